"""Privacy guard: no other employee's personal data (names from facts.other_people, or
「之前那位同事拿了10个月」), no identifiers (ID, phone, bank card) and no sensitive personal
information (health details, religion, family, criminal record) a negotiation never needs."""

from __future__ import annotations

import re

from guardrails.facts import GuardFacts
from guardrails.lexicon import load_rules, match_rules
from guardrails.types import Violation

NAME = "privacy"
VERSION = "1.0"


def check(text: str, facts: GuardFacts) -> list[Violation]:
    out = match_rules(text, load_rules(NAME), NAME)
    own = facts.employee_name.strip()
    for name in {n.strip() for n in facts.other_people if len(n.strip()) >= 2 and n.strip() != own}:
        for m in re.finditer(re.escape(name), text):
            out.append(Violation(guard=NAME, category="other_employee", start=m.start(), end=m.end(), span=name,
                                 message=f"话术中提到了其他员工「{name}」，不得透露或比较其他员工的个人信息。"))
    return out
