"""Result types shared by the calculators: every amount comes with its derivation, the article
ids it rests on, and the reading taken on each disputed point."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from pydantic import BaseModel, Field

CENT = Decimal("0.01")


def money(x: Decimal) -> Decimal:
    """Round half-up to the cent (done once, at the end of each item)."""
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def fmt(x: Decimal) -> str:
    """A Decimal as plain text without exponent or trailing zeros (7, 0.5, 11000.00 -> 11000)."""
    s = format(x.normalize(), "f")
    return s


class Step(BaseModel):
    step: str = Field(description="What this step establishes (Chinese).")
    formula: str = Field(description="How, as a formula a person can check.")
    inputs: dict[str, str] = Field(default_factory=dict)
    result: str
    articles: list[str] = Field(default_factory=list)


class Reading(BaseModel):
    """The reading taken on a disputed point of labour-law-rules.md §C."""

    point: str = Field(description="e.g. C2.pre2008_rounding")
    value: str
    default: bool = Field(description="Whether the documented default was used.")
    note_zh: str = ""


Severity = Literal["info", "warning", "blocking"]


class Flag(BaseModel):
    code: str
    severity: Severity
    message_zh: str
    articles: list[str] = Field(default_factory=list)
    exposure: Decimal | None = Field(default=None, description="An amount at stake, e.g. the 2N exposure.")


class ItemResult(BaseModel):
    key: str = Field(description="severance | notice_pay | illegal_termination | non_compete | annual_leave | tax")
    label_zh: str
    amount: Decimal = Field(description="Rounded half-up to the cent.")
    months: Decimal | None = Field(default=None, description="Months of wage, where the item is counted so.")
    monthly_base: Decimal | None = Field(default=None, description="The monthly wage base used.")
    derivation: list[Step] = Field(default_factory=list)
    articles: list[str] = Field(default_factory=list)
    readings: list[Reading] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)
    details: dict[str, str] = Field(default_factory=dict)
