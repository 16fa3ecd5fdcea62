"""Decode the JSON a model was asked for, tolerating the wrappers models like to add."""

from __future__ import annotations

import json
import re
from typing import Any

from copilot.errors import ModelError

_FENCE = re.compile(r"^```(?:json|JSON)?\s*\n?(.*?)\n?```\s*$", re.DOTALL)


def parse_json_reply(text: str) -> Any:
    """Return the JSON value in ``text``: bare, inside a ```json fence, or the outermost
    ``{...}`` object amid prose. Anything else raises ``ModelError``."""
    stripped = text.strip()
    if not stripped:
        raise ModelError("model returned an empty reply where JSON was expected", code="model_empty")
    fenced = _FENCE.match(stripped)
    if fenced:
        stripped = fenced.group(1).strip()
    try:
        return json.loads(stripped)
    except json.JSONDecodeError:
        pass
    start, end = stripped.find("{"), stripped.rfind("}")
    if 0 <= start < end:
        try:
            return json.loads(stripped[start : end + 1])
        except json.JSONDecodeError:
            pass
    raise ModelError(
        f"model reply is not valid JSON: {stripped[:120]!r}", code="model_invalid_json"
    )
