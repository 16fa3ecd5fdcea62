"""Builds the knowledge layer's objects from the engine's settings (``knowledge`` takes its
configuration as arguments and never reads ``copilot.settings`` itself)."""

from __future__ import annotations

from pathlib import Path

from copilot.settings import Settings, get_settings
from knowledge.embeddings import EmbeddingConfig, make_embedding_function
from knowledge.retriever import RetrievalConfig, Retriever


def index_dir(settings: Settings | None = None) -> Path:
    return (settings or get_settings()).data_dir / "index"


def embedding_config(settings: Settings | None = None) -> EmbeddingConfig:
    s = settings or get_settings()
    return EmbeddingConfig(backend=s.embedding_backend, base_url=s.embedding_base_url,
                           model=s.embedding_model, api_key=s.embedding_api_key)


def embedding_function(settings: Settings | None = None):
    return make_embedding_function(embedding_config(settings))


def open_retriever(settings: Settings | None = None, *, directory: Path | None = None,
                   config: RetrievalConfig | None = None) -> Retriever:
    return Retriever(directory or index_dir(settings), embedding_function(settings), config)


def record_chunk_provider(scope: str = "active"):
    """Employee-record chunks to index: ``active`` = employees with a separation under way
    (the working set; embedding all 220 records would take minutes on 2 cores), ``all``, ``none``."""
    from knowledge.records import EMPLOYEES_JSON, load_employees, record_chunks

    if scope == "none":
        return []
    employees = load_employees(EMPLOYEES_JSON).employees
    chosen = [e for e in employees if scope == "all" or (e.separation is not None and e.status != "已离职")]
    return [c for e in chosen for c in record_chunks(e)]


def ensure_index(settings: Settings | None = None, *, progress=None, records: str = "active") -> Path:
    """Build the index on first use; later calls only re-embed what changed (usually nothing)."""
    from knowledge.ingest import default_providers, ingest

    directory = index_dir(settings)
    ingest(directory, default_providers(extra=[record_chunk_provider(records)]), embedding_function(settings),
           progress=progress)
    return directory
