"""Clause-level reading shared by the structural guards (coercion, authority).

A sentence (``text.sentences``) is cut into clauses at commas, colons and brackets. The helpers
here answer the questions the structural rules ask of a match:

- is it negated? A negation earlier in the same clause (「不会」扣你工资), or a reassurance just
  after it in the same clause (背调「不会」受影响);
- is the sentence a frame that only *mentions* the act: advice to HR (不要说…), a statute that
  forbids it (法律规定不得…), the employee's worry being answered (你担心…会不会…吗？), a quote?

Lexicons are regex fragments kept in the guard's data file (``structure:`` section) and joined
into one alternation per name by ``Lexicon``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from guardrails.fastre import compile_fast
from guardrails.lexicon import DATA

CLAUSE_BREAK = re.compile(r"[，,：:（）()「」“”\"、—]")


def clause_start(text: str, pos: int, floor: int = 0, through: str = "") -> int:
    """Offset where the clause holding ``pos`` begins (not before ``floor``); the marks in
    ``through`` (e.g. 、) join list items into one clause instead of breaking it."""
    i = pos - 1
    while i >= floor:
        if text[i] not in through and CLAUSE_BREAK.match(text, i):
            return i + 1
        i -= 1
    return floor


def clause_end(text: str, pos: int, ceil: int) -> int:
    m = CLAUSE_BREAK.search(text, pos, ceil)
    return m.start() if m else ceil


@dataclass(frozen=True)
class Lexicon:
    """Named alternations compiled from a data file's ``structure:`` mapping."""

    patterns: dict[str, re.Pattern[str]]

    def __getitem__(self, name: str) -> re.Pattern[str]:
        return self.patterns[name]


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> Lexicon:
    raw = yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8")).get("structure") or {}
    out: dict[str, re.Pattern[str]] = {}
    for key, value in raw.items():
        parts = value if isinstance(value, list) else [value]
        pattern = "|".join(f"(?:{p})" for p in parts)
        try:
            out[key] = compile_fast(pattern)
        except re.error as exc:  # a broken data file must fail loudly, never pass drafts
            raise ValueError(f"{name}.yaml structure.{key}: bad pattern: {exc}") from exc
    return Lexicon(out)


def negated(text: str, start: int, end: int, sent_start: int, neg_before: re.Pattern[str],
            neg_after: re.Pattern[str] | None = None, window: int = 12, through: str = "") -> bool:
    """A negation in the clause before ``start`` (within ``window`` characters), or a reassurance
    right after ``end`` in the same clause. With ``through="、"`` a negation scopes over a list
    (不会停你的工资、扣你的材料)."""
    cs = max(clause_start(text, start, sent_start, through), start - window)
    if neg_before.search(text, cs, start):
        return True
    if neg_after is not None:
        ce = clause_end(text, end, min(len(text), end + 10))
        if neg_after.match(text, end, ce):
            return True
    return False
