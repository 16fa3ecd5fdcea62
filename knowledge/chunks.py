"""The unit the retriever indexes and hands over: one legal article, one policy clause, or one
group of facts from one employee's record.

Ids are stable and human-readable:
- law:    ``劳动合同法#47``  (short law name + ``#`` + article number in Arabic digits)
- policy: ``员工手册#5.2``   (handbook name + ``#`` + clause number)
- record: ``员工档案#E0001/wages`` (employee id + ``/`` + field group)
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

SourceType = Literal["law", "policy", "record"]


class Chunk(BaseModel):
    id: str = Field(description="Stable id, e.g. 劳动合同法#47")
    text: str = Field(description="The text handed to the model and shown to HR.")
    source_type: SourceType
    title: str = Field(description="Human title, e.g. 《中华人民共和国劳动合同法》第四十七条")
    metadata: dict[str, str | int | float | bool] = Field(
        default_factory=dict,
        description=(
            "Flat, chromadb-compatible metadata. Law: law, version, effective_date, article, "
            "excerpt (bool), verified (bool). Policy: handbook, clause, section. "
            "Record: employee_id, field_group."
        ),
    )


class ScoredChunk(BaseModel):
    chunk: Chunk
    score: float = Field(description="Fused score (higher is better).")
    rank: int = Field(ge=1)
    scores: dict[str, float] = Field(
        default_factory=dict, description="Per-method scores or ranks, e.g. {'bm25': .., 'dense': ..}."
    )
