import json
from pathlib import Path

import pytest

from guardrails.facts import GuardFacts

FIXTURES = Path(__file__).parent / "fixtures"


def seed_facts(**override) -> GuardFacts:
    raw = json.loads((FIXTURES / "redteam" / "cases" / "seed.json").read_text(encoding="utf-8"))["facts"]
    return GuardFacts.model_validate({**raw, **override})


@pytest.fixture
def facts() -> GuardFacts:
    return seed_facts()
