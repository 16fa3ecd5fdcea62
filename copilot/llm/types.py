"""The values that cross the model interface: messages in, a completion out."""

from __future__ import annotations

from typing import Any, Literal, Mapping, Sequence

from pydantic import BaseModel, Field

Role = Literal["system", "user", "assistant"]
ResponseFormat = Literal["text", "json"]


class Message(BaseModel):
    role: Role
    content: str


MessagesIn = Sequence[Message | Mapping[str, str]]


def as_messages(messages: MessagesIn) -> list[Message]:
    """Accept ``Message`` objects or plain ``{"role", "content"}`` dicts (what prompts render)."""
    out = [m if isinstance(m, Message) else Message.model_validate(dict(m)) for m in messages]
    if not out:
        raise ValueError("messages must not be empty")
    return out


class Completion(BaseModel):
    """One model answer. ``parsed`` holds the decoded JSON when JSON was asked for."""

    text: str
    model: str = Field(description="Model name the endpoint reported (or the one asked for).")
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    latency_ms: float = Field(description="Wall time of the successful attempt, in milliseconds.")
    finish_reason: str | None = None
    attempts: int = Field(default=1, description="Requests sent, retries included.")
    parsed: Any = None
    raw: dict[str, Any] = Field(default_factory=dict, description="The endpoint's JSON body, as received.")
