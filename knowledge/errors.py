"""Errors the knowledge layer raises on purpose. ``knowledge`` does not import ``copilot``, so it
has its own small root; each error carries a machine ``code`` and a Chinese ``message_zh``
that names what was wrong, and the caller maps it onto its own error shape.

    KnowledgeError
    ├── CorpusError          a source file cannot be parsed (file, line, why)
    ├── RetrievalInputError  a query the retriever refuses (field, why), e.g. records without employee_id
    ├── IndexMissingError    no index at the given directory: run ``copilot ingest``
    └── EmbeddingError       the embedding backend failed (endpoint down, wrong dimension)
"""

from __future__ import annotations


class KnowledgeError(Exception):
    code: str = "knowledge_error"

    def __init__(self, message_zh: str, *, code: str | None = None) -> None:
        super().__init__(message_zh)
        self.message_zh = message_zh
        if code is not None:
            self.code = code

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message_zh}


class CorpusError(KnowledgeError):
    code = "corpus_invalid"

    def __init__(self, source: str, line: int, message_zh: str, *, code: str | None = None) -> None:
        where = f"{source} 第{line}行" if line else source
        super().__init__(f"{where}：{message_zh}", code=code)
        self.source = source
        self.line = line


class RetrievalInputError(KnowledgeError):
    code = "retrieval_invalid_input"

    def __init__(self, field: str, message_zh: str, *, code: str | None = None) -> None:
        super().__init__(f"{field}：{message_zh}", code=code)
        self.field = field

    def to_dict(self) -> dict:
        return {"code": self.code, "field": self.field, "message": self.message_zh}


class IndexMissingError(KnowledgeError):
    code = "index_missing"


class EmbeddingError(KnowledgeError):
    code = "embedding_failed"
