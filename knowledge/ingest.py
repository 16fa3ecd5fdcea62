"""Build or update the retrieval index under one directory, incrementally.

Layout of ``index_dir``::

    chroma/        chromadb PersistentClient: collection ``knowledge`` (one vector per chunk,
                   metadata incl. content_hash) and ``knowledge_questions`` (one vector per HR
                   question of a chunk, metadata ``parent_id``, ``kind="question"``, the parent's scope)
    chunks.json    the chunk store: every chunk, its content hash and its BM25 tokens, so the
                   retriever loads without re-parsing or re-tokenising anything

A chunk's content hash covers everything that reaches the index (id, title, text, metadata).
A run embeds only the chunks whose hash is new or changed, deletes the chunks no provider
yields any more, and leaves the rest alone; likewise for questions (:mod:`knowledge.article_questions`),
whose ids hash their parent and wording: an edited question is embedded alone, a removed
chunk takes its questions with it; a second run with no change embeds nothing. If the
embedding function changes (another model), every vector is rebuilt, since old and new vectors
are not comparable.

Chunk providers are pluggable: any iterables of :class:`Chunk` (law articles, handbook
clauses, employee records…), see :func:`default_providers`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import chromadb
from chromadb.config import Settings
from pydantic import BaseModel, Field

from knowledge.article_questions import METADATA_KEY as QUESTIONS_KEY
from knowledge.article_questions import chunk_questions, question_id, with_questions
from knowledge.chunks import Chunk
from knowledge.doc_expansion import METADATA_KEY as KEYWORDS_KEY
from knowledge.doc_expansion import with_keywords
from knowledge.errors import CorpusError, IndexMissingError
from knowledge.tokenize import fingerprint, tokenize

logger = logging.getLogger(__name__)

INDEX_FORMAT = 1
COLLECTION = "knowledge"
QUESTIONS_COLLECTION = "knowledge_questions"
# Metadata a question entry copies from its parent, so that a chromadb ``where`` scopes it alike.
QUESTION_SCOPE_KEYS = ("source_type", "law", "employee_id")
STORE_FILE = "chunks.json"
CHROMA_DIR = "chroma"
EMBED_BATCH = 16

Progress = Callable[[int, int], None]


class IngestReport(BaseModel):
    added: list[str] = Field(default_factory=list)
    updated: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    unchanged: int = 0
    embedded: int = Field(default=0, description="Chunks sent to the embedding function this run.")
    total: int = 0
    rebuilt: bool = Field(default=False, description="All vectors rebuilt (new index or new embedder).")
    questions_total: int = Field(default=0, description="Question entries in the index after this run.")
    questions_embedded: int = Field(default=0, description="Questions sent to the embedding function.")
    questions_removed: int = 0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def index_text(chunk: Chunk) -> str:
    """What is embedded for a chunk: its title, its chapter/section, its text."""
    context = chunk.metadata.get("chapter") or chunk.metadata.get("section") or ""
    head = f"{chunk.title} {context}".strip()
    return f"{head}\n{chunk.text}"


def bm25_text(chunk: Chunk) -> str:
    """What is BM25-indexed: :func:`index_text` plus the chunk's HR keyword line, if any
    (document expansion, :mod:`knowledge.doc_expansion`)."""
    words = chunk.metadata.get(KEYWORDS_KEY)
    return f"{index_text(chunk)}\n{words}" if words else index_text(chunk)


def content_hash(chunk: Chunk) -> str:
    payload = json.dumps(
        {"id": chunk.id, "t": chunk.title, "x": chunk.text, "s": chunk.source_type, "m": chunk.metadata},
        ensure_ascii=False, sort_keys=True,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def embed_hash(chunk: Chunk) -> str:
    """Covers only what the vector is computed from: a metadata-only edit re-embeds nothing."""
    return hashlib.sha256(index_text(chunk).encode("utf-8")).hexdigest()


def open_client(index_dir: Path) -> chromadb.ClientAPI:
    return chromadb.PersistentClient(path=str(Path(index_dir) / CHROMA_DIR),
                                     settings=Settings(anonymized_telemetry=False, allow_reset=False))


def open_collection(client: chromadb.ClientAPI, embedding_function, *, create: bool = True,
                    name: str = COLLECTION):
    if create:
        return client.get_or_create_collection(
            name, embedding_function=embedding_function, configuration={"hnsw": {"space": "cosine"}}
        )
    return client.get_collection(name, embedding_function=embedding_function)


def open_question_collection(client: chromadb.ClientAPI, embedding_function, *, create: bool = True):
    """The question entries, or ``None`` when the index predates them (``create=False``)."""
    if create:
        return open_collection(client, embedding_function, name=QUESTIONS_COLLECTION)
    try:
        return open_collection(client, embedding_function, create=False, name=QUESTIONS_COLLECTION)
    except Exception:  # noqa: BLE001 - chromadb raises NotFoundError/ValueError across versions
        return None


def embed_queries(embedding_function, texts: list[str]) -> list:
    """Questions are embedded as queries (e5: ``query: `` prefix) when the function can."""
    embed = getattr(embedding_function, "embed_query", None)
    return embed(texts) if embed else embedding_function(texts)


def embedder_identity(embedding_function) -> str:
    return getattr(embedding_function, "identity", None) or embedding_function.name()


def load_store(index_dir: Path) -> dict:
    path = Path(index_dir) / STORE_FILE
    if not path.exists():
        raise IndexMissingError(f"索引目录 {index_dir} 中没有检索索引，请先运行 `copilot ingest`",
                                code="index_missing")
    return json.loads(path.read_text(encoding="utf-8"))


def _write_store(index_dir: Path, store: dict) -> None:
    path = Path(index_dir) / STORE_FILE
    fd, tmp = tempfile.mkstemp(dir=index_dir, prefix=".chunks.", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(store, fh, ensure_ascii=False)
    os.replace(tmp, path)


def collect(providers: Sequence[Iterable[Chunk]]) -> list[Chunk]:
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    for provider in providers:
        for chunk in provider:
            if chunk.id in seen:
                raise CorpusError(chunk.id, 0, "块编号重复：两个来源给出了同一个编号", code="chunk_id_duplicate")
            seen[chunk.id] = len(chunks)
            chunks.append(chunk)
    return chunks


def _chroma_metadata(chunk: Chunk, digest: str) -> dict:
    meta = dict(chunk.metadata)
    meta.pop(QUESTIONS_KEY, None)  # they have their own collection; the chunk store keeps the list
    meta.update(source_type=chunk.source_type, title=chunk.title, content_hash=digest,
                embed_hash=embed_hash(chunk))
    return meta


def ingest(
    index_dir: Path,
    providers: Sequence[Iterable[Chunk]],
    embedding_function,
    *,
    progress: Progress | None = None,
) -> IngestReport:
    """Bring the index in ``index_dir`` in line with what ``providers`` yield."""
    started = time.perf_counter()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    chunks = collect(providers)
    hashes = {c.id: content_hash(c) for c in chunks}
    identity = embedder_identity(embedding_function)

    old_store: dict | None = None
    try:
        old_store = load_store(index_dir)
    except IndexMissingError:
        pass

    client = open_client(index_dir)
    rebuilt = False
    if old_store is not None and (old_store.get("embedding") != identity or old_store.get("format") != INDEX_FORMAT):
        logger.info("embedding function changed (%s -> %s): rebuilding all vectors",
                    old_store.get("embedding"), identity)
        for name in (COLLECTION, QUESTIONS_COLLECTION):
            try:
                client.delete_collection(name)
            except Exception:  # noqa: BLE001 - chromadb raises different types across versions
                logger.debug("no collection %s to delete", name)
        rebuilt = True
    collection = open_collection(client, embedding_function)

    existing: dict[str, str] = {}
    existing_embed: dict[str, str] = {}
    got = collection.get(include=["metadatas"])
    for cid, meta in zip(got["ids"], got["metadatas"] or []):
        existing[cid] = (meta or {}).get("content_hash", "")
        existing_embed[cid] = (meta or {}).get("embed_hash", "")
    if not existing:
        rebuilt = True

    added = [c.id for c in chunks if c.id not in existing]
    updated = [c.id for c in chunks if c.id in existing and existing[c.id] != hashes[c.id]]
    removed = sorted(set(existing) - set(hashes))
    changed = set(added) | set(updated)
    to_embed = [c for c in chunks if c.id in changed and existing_embed.get(c.id) != embed_hash(c)]
    meta_only = [c for c in chunks if c.id in changed and existing_embed.get(c.id) == embed_hash(c)]

    if removed:
        collection.delete(ids=removed)
    if meta_only:
        # No ``documents`` here: chromadb would run its embedding function on them again. The
        # document is the chunk text, which is unchanged when the embedded text is.
        collection.update(ids=[c.id for c in meta_only],
                          metadatas=[_chroma_metadata(c, hashes[c.id]) for c in meta_only])
    q_collection = open_question_collection(client, embedding_function)
    q_wanted, q_stale, q_meta_only = _plan_questions(q_collection, chunks)
    total = len(to_embed)
    grand_total = total + len(q_wanted)
    if progress:
        progress(0, grand_total)
    for start in range(0, total, EMBED_BATCH):
        batch = to_embed[start:start + EMBED_BATCH]
        vectors = embedding_function([index_text(c) for c in batch])
        collection.upsert(
            ids=[c.id for c in batch],
            embeddings=[list(map(float, v)) for v in vectors],
            documents=[c.text for c in batch],
            metadatas=[_chroma_metadata(c, hashes[c.id]) for c in batch],
        )
        if progress:
            progress(min(start + len(batch), total), grand_total)

    if q_stale:
        q_collection.delete(ids=q_stale)
    if q_meta_only:
        q_collection.update(ids=[e[0] for e in q_meta_only], metadatas=[e[2] for e in q_meta_only])
    for start in range(0, len(q_wanted), EMBED_BATCH):
        batch = q_wanted[start:start + EMBED_BATCH]
        vectors = embed_queries(embedding_function, [e[1] for e in batch])
        q_collection.upsert(ids=[e[0] for e in batch], embeddings=[list(map(float, v)) for v in vectors],
                            documents=[e[1] for e in batch], metadatas=[e[2] for e in batch])
        if progress:
            progress(total + min(start + len(batch), len(q_wanted)), grand_total)

    _write_store(index_dir, _build_store(chunks, hashes, identity, old_store))
    report = IngestReport(
        added=added, updated=updated, removed=removed,
        unchanged=len(chunks) - len(added) - len(updated), embedded=total, total=len(chunks),
        rebuilt=rebuilt, seconds=round(time.perf_counter() - started, 3),
        questions_total=sum(len(chunk_questions(c)) for c in chunks), questions_embedded=len(q_wanted),
        questions_removed=len(q_stale),
    )
    logger.info("ingest: %d added, %d updated, %d removed, %d unchanged, %d questions embedded in %.1fs",
                len(report.added), len(report.updated), len(report.removed), report.unchanged,
                report.questions_embedded, report.seconds)
    return report


def _question_metadata(chunk: Chunk) -> dict:
    meta: dict = {"parent_id": chunk.id, "kind": "question", "source_type": chunk.source_type}
    for key in QUESTION_SCOPE_KEYS[1:]:
        if key in chunk.metadata:
            meta[key] = chunk.metadata[key]
    return meta


def _plan_questions(q_collection, chunks: list[Chunk]):
    """(entries to embed, ids to delete, entries whose scope metadata alone changed); an entry is
    ``(id, question, metadata)``. Ids hash parent and wording, so the diff is a set difference."""
    wanted: dict[str, tuple[str, str, dict]] = {}
    for c in chunks:
        meta = _question_metadata(c)
        for q in chunk_questions(c):
            qid = question_id(c.id, q)
            wanted[qid] = (qid, q, meta)
    got = q_collection.get(include=["metadatas"])
    existing = {qid: (meta or {}) for qid, meta in zip(got["ids"], got["metadatas"] or [])}
    to_embed = [e for qid, e in wanted.items() if qid not in existing]
    stale = sorted(set(existing) - set(wanted))
    meta_only = [e for qid, e in wanted.items() if qid in existing and existing[qid] != e[2]]
    return to_embed, stale, meta_only


def _build_store(chunks: list[Chunk], hashes: dict[str, str], identity: str, old_store: dict | None) -> dict:
    tok_fp = fingerprint()
    reuse: dict[str, list[str]] = {}
    if old_store and old_store.get("tokenizer") == tok_fp:
        reuse = {row["chunk"]["id"]: row["tokens"] for row in old_store.get("chunks", [])
                 if hashes.get(row["chunk"]["id"]) == row.get("hash")}
    rows = []
    for c in chunks:
        tokens = reuse.get(c.id)
        if tokens is None:
            tokens = tokenize(bm25_text(c))
        rows.append({"chunk": c.model_dump(), "hash": hashes[c.id], "tokens": tokens})
    return {"format": INDEX_FORMAT, "embedding": identity, "tokenizer": tok_fp, "chunks": rows}


def default_providers(
    *,
    law_dir: Path | None = None,
    policy_dir: Path | None = None,
    extra: Sequence[Iterable[Chunk]] = (),
) -> list[Iterable[Chunk]]:
    """Law articles and handbook clauses from the repo (with their HR keyword lines, see
    :mod:`knowledge.doc_expansion`, and their HR questions, :mod:`knowledge.article_questions`),
    plus whatever ``extra`` providers (employee records) the caller passes."""
    from knowledge.law_corpus import iter_law_chunks
    from knowledge.policy_corpus import iter_policy_chunks

    return [with_questions(with_keywords(iter_law_chunks(law_dir))),
            with_questions(with_keywords(iter_policy_chunks(policy_dir))), *extra]
