"""Pick the model from settings."""

from __future__ import annotations

from copilot.llm.base import ChatModel
from copilot.llm.openai_compatible import OpenAICompatibleModel


def get_model(settings) -> ChatModel | None:
    """The configured endpoint, or None when no ``llm_base_url`` is set (the pipeline then
    drafts offline from templates)."""
    if not settings.llm_base_url:
        return None
    return OpenAICompatibleModel.from_settings(settings)
