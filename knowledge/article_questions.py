"""Question expansion: hand-written HR questions per article or clause
(``data/article_questions/*.yaml``, format ``questions: {chunk_id: [question, ...]}``).

e5-small matches a colloquial question to another question far better than to the statute text
that answers it. So each question becomes an extra dense entry of its own, embedded as an e5
*query* and pointing to its parent chunk (:func:`knowledge.ingest.ingest` keeps them in a
separate chromadb collection); the retriever scores a chunk by the best of its own vector and
its questions' vectors, and never returns a question itself.

At ingest the questions travel in the chunk's ``questions`` metadata (one per line) so that the
chunk store and the content hash see them; they never reach the displayed text or the chunk's
own vector.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path

import yaml

from knowledge.chunks import Chunk
from knowledge.errors import CorpusError

logger = logging.getLogger(__name__)

ARTICLE_QUESTIONS_DIR = Path(__file__).resolve().parent / "data" / "article_questions"
METADATA_KEY = "questions"


def load_question_file(path: Path) -> dict[str, list[str]]:
    """``chunk id -> questions`` from one YAML file; a malformed entry is a :class:`CorpusError`."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise CorpusError(str(path), getattr(getattr(exc, "problem_mark", None), "line", -1) + 1,
                          "不是合法的 YAML", code="questions_invalid") from exc
    table = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(table, dict):
        raise CorpusError(str(path), 0, "缺少 questions 映射（条文编号 -> 问题列表）", code="questions_invalid")
    out: dict[str, list[str]] = {}
    for cid, questions in table.items():
        if not isinstance(questions, list) or not questions:
            raise CorpusError(str(path), 0, f"条文 {cid} 的问题应为非空列表", code="questions_invalid")
        clean: list[str] = []
        for q in questions:
            if not isinstance(q, str) or not q.strip():
                raise CorpusError(str(path), 0, f"条文 {cid} 有空问题或非文本问题", code="questions_invalid")
            clean.append(" ".join(q.split()))
        out[str(cid)] = list(dict.fromkeys(clean))
    return out


def load_question_dir(directory: Path = ARTICLE_QUESTIONS_DIR) -> dict[str, list[str]]:
    """All ``*.yaml`` files of ``directory`` merged (an id named in two files gets both lists)."""
    directory = Path(directory)
    merged: dict[str, list[str]] = {}
    if not directory.is_dir():
        return merged
    for path in sorted(directory.glob("*.yaml")):
        for cid, questions in load_question_file(path).items():
            if cid in merged:
                logger.info("%s: %s also has questions in another file; merging", path.name, cid)
            merged[cid] = list(dict.fromkeys([*merged.get(cid, []), *questions]))
    return merged


@lru_cache(maxsize=4)
def _default_questions(directory: Path) -> Mapping[str, tuple[str, ...]]:
    return {cid: tuple(qs) for cid, qs in load_question_dir(directory).items()}


def with_questions(chunks: Iterable[Chunk], questions: Mapping[str, Iterable[str]] | None = None,
                   ) -> Iterator[Chunk]:
    """Yield ``chunks``, each one the table names carrying its questions in ``metadata``."""
    table = _default_questions(ARTICLE_QUESTIONS_DIR) if questions is None else questions
    for chunk in chunks:
        qs = table.get(chunk.id)
        if qs:
            chunk = chunk.model_copy(update={"metadata": {**chunk.metadata, METADATA_KEY: "\n".join(qs)}})
        yield chunk


def chunk_questions(chunk: Chunk) -> list[str]:
    raw = chunk.metadata.get(METADATA_KEY)
    return [q for q in str(raw).split("\n") if q.strip()] if raw else []


def question_id(parent_id: str, question: str) -> str:
    """Stable id of one question entry: a new wording is a new entry, an unchanged one keeps its vector."""
    digest = hashlib.sha256(f"{parent_id}\n{question}".encode("utf-8")).hexdigest()[:16]
    return f"{parent_id}?q={digest}"
