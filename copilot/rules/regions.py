"""Regional figures (``data/regions.yaml``): local average wage (the severance cap base) and
minimum wage, per city and period, each with its source. Unknown means ``None``, never a guess."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel


class RegionalFigure(BaseModel):
    city: str
    kind: Literal["average_wage", "minimum_wage"]
    monthly: Decimal
    annual: Decimal | None = None
    reference_year: int | None = None
    basis: str | None = None
    in_force_from: dt.date
    in_force_to: dt.date | None = None
    source: str
    verified: bool


@lru_cache(maxsize=1)
def regional_table() -> list[RegionalFigure]:
    raw = yaml.safe_load(resources.files("copilot.rules").joinpath("data/regions.yaml").read_text("utf-8"))
    return [RegionalFigure(**row) for row in raw]


def _find(city: str, kind: str, on: dt.date) -> RegionalFigure | None:
    for fig in regional_table():
        if fig.city == city and fig.kind == kind and fig.in_force_from <= on and (
            fig.in_force_to is None or on <= fig.in_force_to
        ):
            return fig
    return None


def find_average_wage(city: str, on: dt.date, *, reference_year: int | None = None) -> RegionalFigure | None:
    """The cap-base figure in force on ``on`` or, with ``reference_year``, the figure about that year."""
    if reference_year is not None:
        for fig in regional_table():
            if fig.city == city and fig.kind == "average_wage" and fig.reference_year == reference_year:
                return fig
        return None
    return _find(city, "average_wage", on)


def find_minimum_wage(city: str, on: dt.date) -> RegionalFigure | None:
    return _find(city, "minimum_wage", on)
