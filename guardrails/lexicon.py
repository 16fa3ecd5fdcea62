"""Phrase rules kept as data (guardrails/data/<guard>.yaml) and the matcher that applies them.

A rule is a regular expression for what is wrong, plus what makes a match harmless:

- ``unless``: patterns that, found in the same sentence, cancel the match (quoting the rule
  that forbids something: 「不得以怀孕为由解除」; a reassurance: 「不会影响背调」);
- ``neg_before``: a negation that, found in the few characters before the match within the
  same clause, cancels it (「不会」影响背调). When the pattern has a named group ``harm``, the
  negation is looked for before that group rather than before the whole match: in
  「不签也没关系，不会影响你的工资」 the scope of 不会 is the harm, not the condition;
- ``requires``: patterns of which one must be found in the same sentence (「就这么定了」 is a
  commitment only where the sentence is about money, approval or the employee's demand);
- ``when``: a named condition on the facts (e.g. ``employer_initiated``) that must hold.

A file may hold ``unless`` patterns for all its rules; a rule opts out with ``global_unless: false``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

import yaml

from guardrails.fastre import compile_fast, required_string_sets
from guardrails.text import sentences
from guardrails.types import Severity, Violation

DATA = Path(__file__).parent / "data"
_CLAUSE_BREAK = re.compile(r"[，,：:、（）()「」“”\"]")


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    pattern: re.Pattern[str]
    message: str
    severity: Severity = Severity.BLOCK
    unless: tuple[re.Pattern[str], ...] = ()
    neg_before: re.Pattern[str] | None = None
    neg_window: int = 6
    when: str | None = None
    global_unless: bool = True
    requires: tuple[re.Pattern[str], ...] = ()
    # a text lacking every string of any one of these lists cannot match ``pattern``
    hints: tuple[tuple[str, ...], ...] | None = None

    def finditer(self, text: str):
        """``pattern.finditer(text)``, skipped when a list of required strings has none in the text."""
        if self.hints is not None and not all(any(h in text for h in group) for group in self.hints):
            return iter(())
        return self.pattern.finditer(text)


@dataclass(frozen=True)
class RuleSet:
    name: str
    version: str
    rules: tuple[Rule, ...]
    unless: tuple[re.Pattern[str], ...]
    inputs: tuple[Rule, ...] = ()  # rules run on untrusted input texts rather than the draft


def hints_hold(hints: tuple[tuple[str, ...], ...], text: str, chars: set[str], present: dict[str, bool]) -> bool:
    """``text`` holds a string of each hint list. ``chars`` is ``set(text)``; ``present`` memoises each
    string's answer across the rules of one text, and a string holding a character the text lacks is
    absent without a scan of the text."""
    for group in hints:
        for h in group:
            hit = present.get(h)
            if hit is None:
                hit = present[h] = chars.issuperset(h) and h in text
            if hit:
                break
        else:
            return False
    return True


def _compile(p: str, where: str) -> re.Pattern[str]:
    try:
        return compile_fast(p)
    except re.error as exc:  # a broken data file must fail loudly at load, not pass drafts
        raise ValueError(f"{where}: bad pattern {p!r}: {exc}") from exc


def _rule(r: dict, where: str) -> Rule:
    pattern = _compile(r["pattern"], where)
    return Rule(
        id=r["id"],
        category=r["category"],
        pattern=pattern,
        hints=required_string_sets(pattern),
        message=r.get("message", ""),
        severity=Severity(r.get("severity", "block")),
        unless=tuple(_compile(p, where) for p in r.get("unless", [])),
        neg_before=_compile(r["neg_before"], where) if r.get("neg_before") else None,
        neg_window=int(r.get("neg_window", 6)),
        when=r.get("when"),
        global_unless=bool(r.get("global_unless", True)),
        requires=tuple(_compile(p, where) for p in r.get("requires", [])),
    )


@lru_cache(maxsize=None)
def load_rules(name: str) -> RuleSet:
    raw = yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))
    return RuleSet(
        name=name,
        version=str(raw.get("version", "1")),
        rules=tuple(_rule(r, f"{name}.yaml rules[{i}] ({r.get('id')})") for i, r in enumerate(raw.get("rules", []))),
        unless=tuple(_compile(p, f"{name}.yaml unless") for p in raw.get("unless", [])),
        inputs=tuple(_rule(r, f"{name}.yaml inputs[{i}] ({r.get('id')})") for i, r in enumerate(raw.get("inputs", []))),
    )


def clause_before(text: str, start: int, window: int) -> str:
    head = text[max(0, start - window):start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(head)), default=0)
    return head[cut:]


def match_rules(
    text: str,
    ruleset: RuleSet,
    guard: str,
    conditions: dict[str, bool] | None = None,
    skip: Callable[[int, int], bool] | None = None,
) -> list[Violation]:
    """Every rule match in ``text`` that no ``unless``/``neg_before``/``when`` cancels."""
    conditions = conditions or {}
    sents = sentences(text)
    found: list[Violation] = []
    chars, present = set(text), {}
    for rule in ruleset.rules:
        if rule.when is not None and not _condition(rule.when, conditions):
            continue
        if rule.hints is not None and not hints_hold(rule.hints, text, chars, present):
            continue
        for m in rule.pattern.finditer(text):
            if m.end() == m.start() or (skip is not None and skip(m.start(), m.end())):
                continue
            sentence = sents.sentence_at(m.start())
            cancels = rule.unless + (ruleset.unless if rule.global_unless else ())
            if any(u.search(sentence) for u in cancels):
                continue
            if rule.requires and not any(r.search(sentence) for r in rule.requires):
                continue
            anchor = m.start("harm") if "harm" in rule.pattern.groupindex and m.start("harm") >= 0 else m.start()
            if rule.neg_before is not None and rule.neg_before.search(
                clause_before(text, anchor, rule.neg_window)
            ):
                continue
            found.append(
                Violation(guard=guard, category=rule.category, severity=rule.severity, start=m.start(),
                          end=m.end(), span=m.group(), message=rule.message)
            )
    return found


def rule_spans(text: str, ruleset: RuleSet) -> list[tuple[int, int]]:
    """Every span a rule's pattern matches, whatever cancels it (``when``, ``unless``, a negation):
    the wording the rules have a reading for."""
    chars, present = set(text), {}
    return [(m.start(), m.end()) for rule in ruleset.rules
            if rule.hints is None or hints_hold(rule.hints, text, chars, present)
            for m in rule.pattern.finditer(text) if m.end() > m.start()]


def _condition(expr: str, conditions: dict[str, bool]) -> bool:
    """``name`` or ``not name``; an unknown name is an error in the data file."""
    negate = expr.startswith("not ")
    key = expr[4:] if negate else expr
    if key not in conditions:
        raise KeyError(f"unknown rule condition {key!r}")
    return not conditions[key] if negate else conditions[key]
