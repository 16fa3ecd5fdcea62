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
