import json
from pathlib import Path

import pytest

from guardrails.facts import GuardFacts

FIXTURES = Path(__file__).parent / "fixtures"


def seed_facts(**override) -> GuardFacts:
    raw = json.loads((FIXTURES / "redteam" / "cases" / "seed.json").read_text(encoding="utf-8"))["facts"]
    return GuardFacts.model_validate({**raw, **override})


def seed_facts_with_sources(*extra) -> GuardFacts:
    """The seed case with ``extra`` sources retrieved (replacing any with the same id) and in the corpus."""
    base = seed_facts()
    keep = [s for s in base.sources if s.id not in {x.id for x in extra}]
    return seed_facts(sources=[*keep, *extra], corpus_ids=sorted({*base.corpus_ids, *(x.id for x in extra)}))


def citation_blocked(text: str, facts: GuardFacts) -> list:
    """The citation guard's blocking violations of ``text`` under ``facts``."""
    from guardrails.guards import GUARDS
    from guardrails.types import Severity

    return [v for v in GUARDS["citation"].check(text, facts) if v.severity is Severity.BLOCK]


def seed_approved_extra(months: str, amount: str, total: str) -> dict:
    """Overrides for the seed case with an extra of ``months`` approved in writing by 分管领导."""
    return {
        "approval": {"approved_extra_months": months, "policy_max_extra_months": "1", "approver": "分管领导",
                     "approved_total_amount": total},
        "figures": [*seed_facts().model_dump()["figures"],
                    {"label": f"已批准额外补偿（{months}个月，分管领导已书面审批）", "amount": amount, "months": months}],
    }


@pytest.fixture
def facts() -> GuardFacts:
    return seed_facts()
