"""One JSON form for everything we store or hash: Decimal as its plain string ("77000.00",
never "7.7E+4"), datetimes in UTC as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``, dates ISO, pydantic
models dumped, sets sorted. ``canonical_json`` adds sorted keys and no whitespace, so the
same payload always hashes the same, on SQLite or PostgreSQL."""

from __future__ import annotations

import json
import math
from datetime import date, datetime, timezone
from decimal import Decimal
from enum import Enum
from pathlib import PurePath
from typing import Any
from uuid import UUID


def utc_text(value: datetime) -> str:
    if value.tzinfo is None:  # SQLite hands datetimes back naive; we only ever store UTC
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def to_jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"non-finite float {value!r} cannot be stored canonically")
        return value
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"non-finite Decimal {value!r} cannot be stored canonically")
        return format(value, "f")
    if isinstance(value, datetime):
        return utc_text(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (UUID, PurePath)):
        return str(value)
    if isinstance(value, Enum):
        return to_jsonable(value.value)
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be strings, got {key!r}")
            out[key] = to_jsonable(item)
        return out
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((to_jsonable(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    model_dump = getattr(value, "model_dump", None)  # pydantic models
    if callable(model_dump):
        return to_jsonable(model_dump(mode="python"))
    raise TypeError(f"cannot store {type(value).__name__} as JSON")


def canonical_json(value: Any) -> str:
    return json.dumps(to_jsonable(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def json_serializer(value: Any) -> str:
    """For SQLAlchemy's JSON columns (``create_engine(json_serializer=...)``)."""
    return json.dumps(to_jsonable(value), ensure_ascii=False, allow_nan=False)
