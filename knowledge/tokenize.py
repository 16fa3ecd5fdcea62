"""jieba tokens for BM25, with a legal user dictionary (``data/legal_terms.txt``).

Search-mode segmentation (``cut_for_search``) emits a compound and its parts
(``经济补偿金`` → ``经济``, ``补偿``, ``补偿金``, ``经济补偿金``), so a query that says
``补偿`` still meets a statute that says ``经济补偿``. Punctuation, a short list of function
words and bare numeral fragments of cross-references (``第四``, ``十七条``) are dropped: they
match everywhere and carry no meaning.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

import jieba

logger = logging.getLogger(__name__)

USER_DICT = Path(__file__).resolve().parent / "data" / "legal_terms.txt"
TOKENIZER_VERSION = "1"

jieba.setLogLevel(logging.WARNING)

_STOP = frozenset(
    "的 了 是 在 和 与 或 及 等 被 把 将 对 从 由 向 为 以 之 其 该 这 那 我 你 他 她 它 我们 他们 吗 呢 吧 啊 呀 "
    "么 嘛 哦 也 都 就 还 又 并 而 但 若 如 则 即 个 些 一 上 下 中 有 没 没有 要 会 能 可 可以 "
    "怎么 怎样 什么 如何 多少 哪些 哪个 是否 请问 一下 情况 问题 规定 本法 依照 按照 应当 或者".split()
)
_NUMERAL_FRAGMENT = re.compile(r"^第?[零〇一二三四五六七八九十百千两]+[条款项章节]?$")
_WORD = re.compile(r"[\w+]", re.UNICODE)

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _tokenizer() -> jieba.Tokenizer:
    with _lock:
        tok = jieba.Tokenizer()
        tok.load_userdict(str(USER_DICT))
        tok.initialize()
        return tok


def fingerprint() -> str:
    """Changes when tokens stored in an index would differ from fresh ones."""
    digest = hashlib.sha256(USER_DICT.read_bytes()).hexdigest()[:12]
    return f"{TOKENIZER_VERSION}:{digest}"


def normalise(text: str) -> str:
    """Full-width to half-width (``Ｎ＋１`` → ``N+1``), lower case."""
    return unicodedata.normalize("NFKC", text).lower()


def tokenize(text: str) -> list[str]:
    tokens = []
    for tok in _tokenizer().cut_for_search(normalise(text)):
        tok = tok.strip()
        if not tok or tok in _STOP or not _WORD.search(tok) or _NUMERAL_FRAGMENT.match(tok):
            continue
        tokens.append(tok)
    return tokens

