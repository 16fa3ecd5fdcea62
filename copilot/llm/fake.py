"""A model for tests (after simonw/llm's mock model): replies come from a queue, every call is
recorded. A queued exception is raised at that call, so tests can script provider failures
(``ProviderError``), junk (``"not json"`` where JSON is asked) and recoveries in order."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from copilot.llm.jsontext import parse_json_reply
from copilot.llm.tokens import count_tokens
from copilot.llm.types import Completion, Message, MessagesIn, ResponseFormat, as_messages

Reply = str | dict | list | BaseException | Completion


class FakeModelExhausted(AssertionError):
    """The test asked the fake for more replies than it queued."""


@dataclass
class FakeCall:
    method: str  # "complete" | "stream"
    messages: list[Message]
    kwargs: dict[str, Any] = field(default_factory=dict)

    @property
    def system(self) -> str:
        return "\n".join(m.content for m in self.messages if m.role == "system")

    @property
    def user(self) -> str:
        return "\n".join(m.content for m in self.messages if m.role == "user")


class FakeModel:
    def __init__(self, replies: Iterable[Reply] = (), *, name: str = "fake-model", default: Reply | None = None) -> None:
        self.name = name
        self.queue: list[Reply] = list(replies)
        self.default = default
        self.calls: list[FakeCall] = []

    def add(self, *replies: Reply) -> "FakeModel":
        self.queue.extend(replies)
        return self

    def _next(self) -> Reply:
        if self.queue:
            return self.queue.pop(0)
        if self.default is not None:
            return self.default
        raise FakeModelExhausted(f"FakeModel {self.name!r}: no reply queued for call #{len(self.calls)}")

    def complete(
        self,
        messages: MessagesIn,
        *,
        max_tokens: int = 1024,
        response_format: ResponseFormat = "text",
        json_schema: dict | None = None,
        timeout_s: float | None = None,
    ) -> Completion:
        msgs = as_messages(messages)
        self.calls.append(
            FakeCall(
                "complete",
                msgs,
                {"max_tokens": max_tokens, "response_format": response_format, "json_schema": json_schema, "timeout_s": timeout_s},
            )
        )
        reply = self._next()
        if isinstance(reply, BaseException):
            raise reply
        if isinstance(reply, Completion):
            completion = reply.model_copy()
        else:
            text = reply if isinstance(reply, str) else json.dumps(reply, ensure_ascii=False)
            completion = Completion(
                text=text,
                model=self.name,
                prompt_tokens=count_tokens(msgs),
                completion_tokens=count_tokens(text),
                latency_ms=0.0,
                finish_reason="stop",
            )
        if response_format == "json":
            completion.parsed = parse_json_reply(completion.text)
        return completion

    def stream(self, messages: MessagesIn, *, max_tokens: int = 1024, timeout_s: float | None = None) -> Iterator[str]:
        msgs = as_messages(messages)
        self.calls.append(FakeCall("stream", msgs, {"max_tokens": max_tokens, "timeout_s": timeout_s}))
        reply = self._next()
        if isinstance(reply, BaseException):
            raise reply
        text = reply.text if isinstance(reply, Completion) else reply if isinstance(reply, str) else json.dumps(reply, ensure_ascii=False)
        return iter([text[i : i + 4] for i in range(0, len(text), 4)])
