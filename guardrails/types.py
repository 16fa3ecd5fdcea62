"""What a guard returns and what the runner hands to the audit log.

A guard is a pure function ``(text, facts) -> list[Violation]``. The runner wraps each call in a
``Verdict`` (name, version, pass/fail, violations, duration, error) and collects the verdicts in a
``CheckReport``. Whether a failure re-asks, fixes, filters or refuses is policy (``policy.py``).
"""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, Field


class Severity(str, Enum):
    BLOCK = "block"  # the draft must not go out as it is
    WARN = "warn"  # shown to HR and logged; does not stop the draft


class Action(str, Enum):
    REASK = "reask"  # ask the model again, with the violations
    FIX = "fix"  # repair the offending spans deterministically (e.g. mask an ID number)
    FILTER = "filter"  # drop the sentences that hold a violation
    REFUSE = "refuse"  # the draft is not used; the engine falls back to its template answer


class Violation(BaseModel):
    guard: str
    category: str = Field(description="Machine code of the kind of problem, e.g. amount_not_in_facts.")
    severity: Severity = Severity.BLOCK
    start: int = Field(ge=0, description="Offset of the offending span in the checked text.")
    end: int = Field(ge=0)
    span: str = Field(description="The offending text itself.")
    message: str = Field(description="Explanation in Chinese that HR can read.")
    source: str = Field(default="draft", description="'draft', or 'untrusted[i]' for an input text.")
    second_reading: float | None = Field(
        default=None, description="Set when the second reading turned this rule reading into a warning: "
                                  "the learned model's score for the draft under this guard.")

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.BLOCK


class Verdict(BaseModel):
    guard: str
    version: str
    passed: bool
    violations: list[Violation] = Field(default_factory=list)
    duration_ms: float = 0.0
    error: str | None = Field(default=None, description="Set when the guard itself failed (fail closed).")
    action: Action | None = Field(default=None, description="What policy says to do; None when passed.")

    @property
    def blocking(self) -> bool:
        return self.error is not None or any(v.blocking for v in self.violations)


class CheckReport(BaseModel):
    verdicts: list[Verdict]
    blocked: bool = Field(description="True when any guard blocks the draft or errored.")
    decision: Action | None = Field(description="The strongest action any failing guard asks for; None = pass.")
    duration_ms: float = 0.0
    text_sha256: str = Field(default="", description="Hash of the checked text, to tie the report to the draft.")

    @property
    def violations(self) -> list[Violation]:
        return [v for verdict in self.verdicts for v in verdict.violations]

    @property
    def blocking_violations(self) -> list[Violation]:
        return [v for v in self.violations if v.blocking]

    def verdict(self, guard: str) -> Verdict:
        return next(v for v in self.verdicts if v.guard == guard)


class PolicyError(ValueError):
    """A guard policy that cannot be used. ``field`` names the key, ``message_zh`` says why."""

    code = "invalid_guard_policy"

    def __init__(self, field: str, message_zh: str) -> None:
        super().__init__(f"{field}: {message_zh}")
        self.field = field
        self.message_zh = message_zh
