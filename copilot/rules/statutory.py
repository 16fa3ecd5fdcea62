"""Statutory parameters in force on a date (``data/statutory.yaml``)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel


class RuleNotInForce(LookupError):
    """No row of a parameter is in force on the date asked."""

    def __init__(self, name: str, on: dt.date) -> None:
        super().__init__(f"no value of {name!r} in force on {on.isoformat()}")
        self.name, self.on = name, on


class StatutoryParam(BaseModel):
    name: str
    value: Any
    valid_from: dt.date
    valid_to: dt.date | None
    source: list[str]


@lru_cache(maxsize=1)
def _table() -> dict[str, list[StatutoryParam]]:
    raw = yaml.safe_load(resources.files("copilot.rules").joinpath("data/statutory.yaml").read_text("utf-8"))
    return {name: [StatutoryParam(name=name, **row) for row in rows] for name, rows in raw.items()}


def param_row(name: str, on: dt.date) -> StatutoryParam:
    """The row of parameter ``name`` in force on ``on``. Raises RuleNotInForce if none is."""
    for row in _table()[name]:
        if row.valid_from <= on and (row.valid_to is None or on <= row.valid_to):
            return row
    raise RuleNotInForce(name, on)


def param(name: str, on: dt.date) -> Any:
    return param_row(name, on).value
