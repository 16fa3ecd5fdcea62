"""LangChain adapter: our :class:`~knowledge.retriever.Retriever` as a ``BaseRetriever``.

Each ``Document`` carries the chunk id (also as ``Document.id``), title, source type, the
fused score, its rank and the per-method scores in ``metadata``, plus the chunk's own metadata.
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from knowledge.retriever import Retriever


class KnowledgeRetriever(BaseRetriever):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: Retriever
    k: int = 5
    mode: str = "hybrid"
    source_types: list[str] | None = None
    laws: list[str] | None = None
    employee_id: str | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun,
                                **kwargs: Any) -> list[Document]:
        hits = self.retriever.retrieve(
            query, k=kwargs.get("k", self.k), mode=kwargs.get("mode", self.mode),
            source_types=kwargs.get("source_types", self.source_types), laws=kwargs.get("laws", self.laws),
            employee_id=kwargs.get("employee_id", self.employee_id),
        )
        docs = []
        for hit in hits:
            c = hit.chunk
            meta = dict(c.metadata)
            meta.update(id=c.id, title=c.title, source_type=c.source_type, score=hit.score, rank=hit.rank,
                        scores=dict(hit.scores))
            docs.append(Document(id=c.id, page_content=c.text, metadata=meta))
        return docs
