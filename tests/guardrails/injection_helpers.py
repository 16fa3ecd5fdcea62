"""Shared by the injection reading tests: what the injection guard blocks in a draft given one
untrusted input, and what it flags in that input itself."""

from __future__ import annotations

from guardrails.guards import GUARDS
from guardrails.types import Severity
from tests.guardrails.conftest import seed_facts


def blocked(text: str, message: str, **override) -> list:
    facts = seed_facts(untrusted_texts=[message], **override)
    return [v for v in GUARDS["injection"].check(text, facts) if v.severity is Severity.BLOCK]


def input_flags(message: str) -> list:
    facts = seed_facts(untrusted_texts=[message])
    return [v for v in GUARDS["injection"].check("收到。", facts)
            if v.source == "untrusted[0]" and v.category != "learned_injection"]
