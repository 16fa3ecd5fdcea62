"""Coercion guard: threats, intimidation, pressure to sign on the spot, humiliation and
discrimination. Quoting the rule that forbids them, reassuring the employee (「不会影响背调」)
and advising HR what not to say pass. The phrase rules live in data/coercion.yaml."""

from __future__ import annotations

from guardrails.facts import GuardFacts
from guardrails.lexicon import load_rules, match_rules
from guardrails.types import Violation

NAME = "coercion"
VERSION = "1.0"


def check(text: str, facts: GuardFacts) -> list[Violation]:
    return match_rules(text, load_rules(NAME), NAME)
