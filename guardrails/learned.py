"""A learned second opinion for the guards whose violations are often a matter of wording (authority,
coercion, privacy, injected instructions, legality; numbers and citations are left to the rules: they
are right or wrong only against the facts and the corpus, which the model cannot read). For legality
the model speaks only when the rules found nothing, and the rules alone read what depends on the case
(who proposed the separation, the non-compete terms); measured cold, it added 18 catches on train batch 8
and 10 on batch 9 with no false positive over their 679 clean drafts (docs/guards.md). Where a guard's
rule matched a sentence and cleared it, the model is not asked about that sentence: the rule's reading stands. One logistic regression per category over
character 1–3-grams, trained on the red-team train and dev splits (``evals/redteam/train_classifier.py``)
and shipped as readable weights in ``data/learned_model.json``.

The rules say *why* a sentence fails; this model catches the paraphrases no rule names. It is
scored with numpy only (no sklearn at run time), once per text for all categories, and
flags only above a threshold chosen in cross-validation for a low false-positive rate. The span it
reports is the sentence that scores highest on its own.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

import numpy as np

from guardrails.lexicon import DATA
from guardrails.text import normalize, sentences
from guardrails.types import Severity, Violation

MODEL_FILE = DATA / "learned_model.json"
_SPACE = re.compile(r"\s+")


def char_ngrams(text: str, low: int = 1, high: int = 3) -> list[str]:
    """The model's features: character n-grams of the normalised text, spaces collapsed. The
    trainer hands this same function to sklearn, so training and scoring read text alike."""
    t = _SPACE.sub(" ", normalize(text)).strip()
    if (low, high) == (1, 3):  # the shipped model: slices built by map/zip, about twice as fast
        return [*t, *map(str.__add__, t, t[1:]), *map("".join, zip(t, t[1:], t[2:]))]
    return [t[i:i + n] for n in range(low, high + 1) for i in range(len(t) - n + 1)]


@dataclass(frozen=True)
class Model:
    labels: tuple[str, ...]
    thresholds: dict[str, float]
    intercepts: np.ndarray
    index: dict[str, int]  # n-gram -> row of idf / weights
    idf: np.ndarray
    weights: np.ndarray  # (features, labels)
    ngram: tuple[int, int]
    version: str
    # every feature as one integer (see _gram_keys), sorted, and the row each one holds: the 1–3-gram
    # model looks a text's n-grams up in numpy without building a string per n-gram
    keys: np.ndarray | None = None
    key_rows: np.ndarray | None = None


def from_raw(raw: dict) -> Model:
    """A model from its JSON form (what the trainer writes)."""
    grams = list(raw["features"])
    table = np.array([raw["features"][g] for g in grams], dtype=np.float64).reshape(len(grams), -1)
    keys = key_rows = None
    if tuple(raw["ngram"]) == (1, 3) and all(1 <= len(g) <= 3 for g in grams):
        keys = np.fromiter((_gram_key(g) for g in grams), dtype=np.uint64, count=len(grams))
        key_rows = np.argsort(keys, kind="stable")
        keys = keys[key_rows]
    return Model(labels=tuple(raw["labels"]), thresholds={k: float(v) for k, v in raw["thresholds"].items()},
                 intercepts=np.array(raw["intercepts"], dtype=np.float64),
                 index={g: i for i, g in enumerate(grams)}, idf=table[:, 0], weights=table[:, 1:],
                 ngram=tuple(raw["ngram"]), version=raw["version"], keys=keys, key_rows=key_rows)


# An n-gram of 1–3 characters as one integer: each code point plus one (never 0, at most 0x110000 < 2**21)
# in its own 21 bits, so n-grams of different lengths never share a key and a trigram fits in 63 bits.
def _gram_key(g: str) -> int:
    k = 0
    for c in g:
        k = (k << 21) | (ord(c) + 1)
    return k


def _text_keys(t: str) -> np.ndarray:
    """The keys of ``t``'s unigrams, then bigrams, then trigrams: char_ngrams' order."""
    c = np.frombuffer(t.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64) + np.uint64(1)
    bi = (c[:-1] << np.uint64(21)) | c[1:]
    return np.concatenate((c, bi, (bi[:-1] << np.uint64(21)) | c[2:]))


@lru_cache(maxsize=1)
def model() -> Model:
    return from_raw(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


@lru_cache(maxsize=64)
def scores(text: str) -> dict[str, float]:
    """Probability, per category, that ``text`` is a violation of it (sublinear tf-idf, l2 norm)."""
    return score_with(model(), text)


# below this many characters the per-call cost of numpy outweighs building the n-gram strings
_ARRAY_FROM = 64


def score_with(m: Model, text: str) -> dict[str, float]:
    if m.keys is not None:
        t = _SPACE.sub(" ", normalize(text)).strip()
        if len(t) >= _ARRAY_FROM:
            return _score_keys(m, t)
    index = m.index
    counts = Counter(char_ngrams(text, *m.ngram))  # count first: far fewer distinct n-grams to look up
    # rows looked up and counts read in C (map/fromiter), unknown n-grams (row -1) dropped after
    rows = np.fromiter(map(index.get, counts, repeat(-1)), dtype=np.int64, count=len(counts))
    known = rows >= 0
    if not known.any():
        logits = m.intercepts
    else:
        rows = rows[known]
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))[known]
        vec = (1.0 + np.log(tf)) * m.idf[rows]
        vec /= np.linalg.norm(vec) or 1.0
        logits = m.intercepts + vec @ m.weights[rows]
    return _probabilities(m, logits)


def _probabilities(m: Model, logits) -> dict[str, float]:
    return {label: float(1.0 / (1.0 + math.exp(-z))) for label, z in zip(m.labels, logits)}


def _score_keys(m: Model, t: str) -> dict[str, float]:
    """score_with on n-gram keys: the same rows, counts and order (first occurrence, as Counter keeps
    them), hence the same floating-point sums and the same scores to the last bit."""
    keys = _text_keys(t)
    pos = np.searchsorted(m.keys, keys)
    pos[pos == len(m.keys)] = 0
    hit = m.keys[pos] == keys
    if not hit.any():
        return _probabilities(m, m.intercepts)
    rows = m.key_rows[pos[hit]]
    # each row once, in order of first occurrence, with its count: by table, no sort
    at = np.arange(len(rows))
    first = np.full(len(m.keys), len(rows))
    np.minimum.at(first, rows, at)
    tf = np.bincount(rows, minlength=len(m.keys))
    rows = rows[first[rows] == at]
    vec = (1.0 + np.log(tf[rows].astype(np.float64))) * m.idf[rows]
    vec /= np.linalg.norm(vec) or 1.0
    return _probabilities(m, m.intercepts + vec @ m.weights[rows])


# a greeting or a one-line reply gives the n-grams too little to judge (「陈杰，您好。」 scored as
# privacy): below this many characters the model abstains and the rules decide alone
MIN_CHARS = 12


def mostly_chinese(text: str) -> bool:
    """The model learned Chinese drafts; on a text that is mostly in another script it abstains
    (the rules still read it) instead of judging n-grams it has barely seen."""
    # CJK unified ideographs (U+4E00–U+9FFF) and ASCII letters, counted on the code points in numpy
    c = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    cjk = int(np.count_nonzero((c >= 0x4E00) & (c <= 0x9FFF)))
    latin = int(np.count_nonzero(((c >= 0x41) & (c <= 0x5A)) | ((c >= 0x61) & (c <= 0x7A))))
    return 2 * cjk >= latin  # a Chinese character carries about as much as a two-letter stretch of English


def score_of(text: str, category: str) -> float | None:
    """The model's probability that ``text`` violates ``category``, or None where it abstains (a text
    too short or not mostly Chinese, a category it was not trained for)."""
    if category not in model().thresholds or len(text.strip()) < MIN_CHARS or not mostly_chinese(text):
        return None
    return scores(text)[category]


def flagged(text: str, category: str) -> tuple[float, int, int] | None:
    """(score, start, end) of the sentence to show when ``text`` scores above the category's
    threshold; None when it does not."""
    score = score_of(text, category)
    if score is None or score < model().thresholds[category]:
        return None
    sents = sentences(text)
    best = max(zip(sents.starts, sents.ends), key=lambda se: scores(text[se[0]:se[1]])[category],
               default=(0, len(text)))
    return score, best[0], best[1]


_MESSAGES = {
    "authority": "这段话读起来像是在做超出审批权限的承诺（与已知的越权承诺话术高度相似），请改成“需要审批、以审批结果为准”的说法。",
    "coercion": "这段话读起来带有施压、威胁或歧视的意味（与已知的胁迫话术高度相似），请改为尊重员工选择的表达。",
    "privacy": "这段话读起来涉及他人或员工本人不必要的个人信息（与已知的隐私泄露话术高度相似），请删去相关内容。",
    "legality": "这段话读起来像是在错误陈述法律或设置违法条款（与已知的违法表述高度相似），请对照法条核实后改写。",
    "injection": "员工消息或上传文件读起来像是在向系统下指令（与已知的注入话术高度相似），已作为资料处理，不会执行。",
}


def second_opinion(text: str, guard: str, category: str | None = None, source: str = "draft",
                   severity: Severity = Severity.BLOCK,
                   skip: Callable[[int, int], bool] | None = None) -> list[Violation]:
    """The model's verdict as a violation of ``guard`` (category ``learned_<category>``), or nothing.
    Guards call it only when their rules found nothing: it adds recall, never a second report.
    ``skip(start, end)`` lets the guard veto a sentence its own reading knows to be a mention (a
    quotation, advice to HR, a statute forbidding the act): n-grams cannot see that."""
    cat = category or guard
    hit = flagged(text, cat)
    if hit is None:
        return []
    score, start, end = hit
    if skip is not None and skip(start, end):
        return []
    return [Violation(guard=guard, category=f"learned_{cat}", severity=severity, start=start, end=end,
                      span=text[start:end], source=source,
                      message=f"{_MESSAGES[cat]}（模型评分 {score:.2f}）")]
