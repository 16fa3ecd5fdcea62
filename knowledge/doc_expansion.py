"""Document expansion: the HR words for each article (table: ``data/article_keywords.yaml``).

Statutes say ``额外支付劳动者一个月工资``; HR says ``N+1`` and ``代通知金``. The jargon table
(:mod:`knowledge.query_expansion`) rewrites the query; this module does the reverse, adding to
each targeted chunk a short line of the words and questions HR uses for it. The line is stored
in the chunk's ``keywords`` metadata and indexed with its BM25 text only (see
:func:`knowledge.ingest.bm25_text`); the chunk's ``text``, which is cited and shown, never changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path

import yaml

from knowledge.chunks import Chunk
from knowledge.errors import CorpusError

ARTICLE_KEYWORDS = Path(__file__).resolve().parent / "data" / "article_keywords.yaml"
METADATA_KEY = "keywords"


def load_keywords(path: Path = ARTICLE_KEYWORDS) -> dict[str, str]:
    """``chunk id -> keyword line``; a malformed file is a :class:`CorpusError` naming the entry."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    table = data.get("keywords")
    if not isinstance(table, dict):
        raise CorpusError(str(path), 0, "缺少 keywords 映射（条文编号 -> 关键词）", code="keywords_invalid")
    out: dict[str, str] = {}
    for cid, words in table.items():
        if not isinstance(words, str) or not words.strip():
            raise CorpusError(str(path), 0, f"条文 {cid} 的关键词为空或不是文本", code="keywords_invalid")
        out[str(cid)] = " ".join(words.split())
    return out


@lru_cache(maxsize=4)
def default_keywords(path: Path = ARTICLE_KEYWORDS) -> Mapping[str, str]:
    return load_keywords(path)


def with_keywords(chunks: Iterable[Chunk], keywords: Mapping[str, str] | None = None) -> Iterator[Chunk]:
    """Yield ``chunks``, each one the table names carrying its keyword line in ``metadata``."""
    table = default_keywords() if keywords is None else keywords
    for chunk in chunks:
        words = table.get(chunk.id)
        if words:
            chunk = chunk.model_copy(update={"metadata": {**chunk.metadata, METADATA_KEY: words}})
        yield chunk
