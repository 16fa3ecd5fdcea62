"""Shared by the legality reading tests: the blocking violations the legality guard finds in a text
for the seed case with some facts overridden."""

from __future__ import annotations

from guardrails.guards import legality

from .conftest import seed_facts


def blocked(text, **facts):
    return [v for v in legality.check(text, seed_facts(**facts)) if v.blocking]
