"""One error root for the engine.

    CopilotError
    ├── InputError       the caller sent something we cannot use (field, code, Chinese message)
    ├── ModelError       the model answered, but with something unusable (junk, bad JSON)
    └── ProviderError    the model endpoint failed: timeout, connection, HTTP 5xx, auth

Callers show ``InputError`` to the user (``message_zh`` names the field and the reason);
``ModelError`` and ``ProviderError`` are handled inside the pipeline by degrading to the
offline path and are only logged.
"""

from __future__ import annotations


class CopilotError(Exception):
    """Root of every error the engine raises on purpose."""

    code: str = "copilot_error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    def to_dict(self) -> dict:
        return {"code": self.code, "message": str(self)}


class InputError(CopilotError):
    """Bad input from a caller. ``field`` is a dotted path into the input (e.g. ``wages.monthly[3]``)."""

    code = "invalid_input"

    def __init__(self, field: str, message_zh: str, *, code: str | None = None) -> None:
        super().__init__(f"{field}: {message_zh}", code=code)
        self.field = field
        self.message_zh = message_zh

    def to_dict(self) -> dict:
        return {"code": self.code, "field": self.field, "message": self.message_zh}


class ModelError(CopilotError):
    code = "model_error"


class ProviderError(CopilotError):
    code = "provider_error"
