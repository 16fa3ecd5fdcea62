"""The model interface the pipeline calls, and the switch that keeps tests off real models.

A ``ChatModel`` has two methods: ``complete`` (one answer, optionally JSON) and ``stream``
(text deltas). Implementations: ``OpenAICompatibleModel`` (any OpenAI-compatible endpoint)
and ``FakeModel`` (tests). Errors follow ``copilot.errors``: ``ProviderError`` when the
endpoint failed, ``ModelError`` when it answered with something unusable.

``ALLOW_MODEL_REQUESTS`` (after pydantic-ai): when False, a real model refuses to send
anything. The test suite sets it False for every test; the ``allow_model_requests`` fixture
turns it back on for the tests that fake HTTP or talk to a local llama.cpp server.
"""

from __future__ import annotations

from typing import Iterator, Protocol, runtime_checkable

from copilot.llm.types import Completion, MessagesIn, ResponseFormat

ALLOW_MODEL_REQUESTS = True


class ModelRequestsBlocked(RuntimeError):
    """A real model request was attempted while ``ALLOW_MODEL_REQUESTS`` is False.

    Deliberately not a ``CopilotError``: the pipeline degrades on provider errors, and a test
    that reaches for a real model must fail loudly instead of passing on the offline path."""


def check_allowed(model_name: str) -> None:
    if not ALLOW_MODEL_REQUESTS:
        raise ModelRequestsBlocked(
            f"real model request to {model_name!r} blocked: set copilot.llm.base.ALLOW_MODEL_REQUESTS "
            "= True (tests: use the allow_model_requests fixture) or use FakeModel"
        )


@runtime_checkable
class ChatModel(Protocol):
    name: str

    def complete(
        self,
        messages: MessagesIn,
        *,
        max_tokens: int = 1024,
        response_format: ResponseFormat = "text",
        json_schema: dict | None = None,
        timeout_s: float | None = None,
    ) -> Completion: ...

    def stream(
        self,
        messages: MessagesIn,
        *,
        max_tokens: int = 1024,
        timeout_s: float | None = None,
    ) -> Iterator[str]: ...
