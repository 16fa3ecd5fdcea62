"""The pipeline's view of the knowledge layer: law and policy by query, the case's own employee
records (always scoped to that employee), articles by id, and the ids the corpus holds."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.retriever import Retriever


@dataclass
class Hit:
    id: str
    title: str
    text: str
    source_type: str
    score: float


class KnowledgeRetrieval:
    def __init__(self, retriever: Retriever, *, k_records: int = 2) -> None:
        self.retriever = retriever
        self.k_records = k_records
        self._corpus_ids: list[str] | None = None

    def search_sources(self, query: str, *, employee_id: str | None, k: int) -> list[Hit]:
        hits = [Hit(s.chunk.id, s.chunk.title, s.chunk.text, s.chunk.source_type, round(s.score, 6))
                for s in self.retriever.retrieve(query, k=k, source_types=["law", "policy"])]
        if employee_id:
            hits += [Hit(s.chunk.id, s.chunk.title, s.chunk.text, s.chunk.source_type, round(s.score, 6))
                     for s in self.retriever.retrieve(query, k=self.k_records, source_types=["record"],
                                                      employee_id=employee_id, mode="bm25")]
            # one employee's records are a handful of chunks: BM25 ranks them well and saves a query embedding
        return hits

    def get_sources(self, ids: list[str]) -> list[Hit]:
        out = []
        for i in ids:
            chunk = self.retriever.get(i)
            if chunk is not None:
                out.append(Hit(chunk.id, chunk.title, chunk.text, chunk.source_type, 0.0))
        return out

    def corpus_ids(self) -> list[str]:
        if self._corpus_ids is None:
            self._corpus_ids = [i for i in self.retriever.ids if not i.startswith("员工档案#")]
        return self._corpus_ids
