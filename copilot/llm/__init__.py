"""The LLM client layer: one small interface (``ChatModel``), an OpenAI-compatible
implementation, a fake for tests, and offline token budgeting.

    model = get_model(settings)          # None -> offline drafter
    reply = model.complete(messages, max_tokens=800, response_format="json", json_schema=schema)
    reply.parsed, reply.prompt_tokens, reply.latency_ms
"""

from copilot.llm.base import ChatModel, ModelRequestsBlocked
from copilot.llm.factory import get_model
from copilot.llm.fake import FakeCall, FakeModel, FakeModelExhausted
from copilot.llm.openai_compatible import OpenAICompatibleModel
from copilot.llm.tokens import BudgetFit, count_tokens, fit_to_budget, seed_tiktoken_cache
from copilot.llm.types import Completion, Message

__all__ = [
    "BudgetFit",
    "ChatModel",
    "Completion",
    "FakeCall",
    "FakeModel",
    "FakeModelExhausted",
    "Message",
    "ModelRequestsBlocked",
    "OpenAICompatibleModel",
    "count_tokens",
    "fit_to_budget",
    "get_model",
    "seed_tiktoken_cache",
]
