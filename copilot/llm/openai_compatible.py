"""A ``ChatModel`` for any OpenAI-compatible chat-completions endpoint: OpenAI, DeepSeek,
Qwen (DashScope compatible mode), vLLM, Ollama, llama.cpp's server.

Built on the openai SDK directly (not langchain's ChatOpenAI) because we need the request
body exact: llama.cpp ignores ``max_completion_tokens`` (ChatOpenAI's choice) and answers
HTTP 500 to ``response_format.type=json_schema`` (ChatOpenAI's structured output), but it
honours ``max_tokens`` and ``json_object`` with a ``schema``. The SDK gives us the typed
exception tree, auth headers and SSE parsing; we read the raw JSON body ourselves so a
backend's extra fields (timings, reasoning) survive in ``Completion.raw``.

The SDK's own retries are off: we retry here, inside one hard deadline. Each attempt runs
in a daemon thread with an HTTP timeout no longer than the time left, and the caller stops
waiting at the deadline whatever the socket is doing (a server that trickles bytes cannot
hold us). Streams check the deadline between chunks.

The HTTP client is a plain ``httpx.Client`` (the SDK accepts one), so tests fake the
endpoint with respx.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any, Iterator, Literal

import httpx
import openai
from pydantic import SecretStr

from copilot.errors import ModelError, ProviderError
from copilot.llm.base import check_allowed
from copilot.llm.jsontext import parse_json_reply
from copilot.llm.types import Completion, Message, MessagesIn, ResponseFormat, as_messages

logger = logging.getLogger(__name__)

StructuredOutput = Literal["json_schema", "json_object", "none"]
MaxTokensField = Literal["max_tokens", "max_completion_tokens"]

_BACKOFF_S = 0.5


class _Retryable(Exception):
    def __init__(self, error: ProviderError) -> None:
        super().__init__(str(error))
        self.error = error


def _map_sdk_error(exc: Exception, *, model: str) -> ProviderError | _Retryable:
    """openai SDK exception -> our ProviderError; wrapped in _Retryable when worth retrying."""
    if isinstance(exc, openai.APITimeoutError):
        return _Retryable(ProviderError(f"{model}: request timed out", code="provider_timeout"))
    if isinstance(exc, openai.APIConnectionError):
        return _Retryable(ProviderError(f"{model}: cannot reach endpoint: {exc}", code="provider_unreachable"))
    if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
        return ProviderError(f"{model}: endpoint refused the credentials (HTTP {exc.status_code})", code="provider_auth")
    if isinstance(exc, openai.RateLimitError):
        return _Retryable(ProviderError(f"{model}: rate limited (HTTP 429)", code="provider_rate_limited"))
    if isinstance(exc, openai.APIStatusError):
        detail = exc.response.text[:200] if exc.response is not None else ""
        error = ProviderError(
            f"{model}: endpoint answered HTTP {exc.status_code}: {detail}",
            code="provider_server_error" if exc.status_code >= 500 else "provider_rejected",
        )
        return _Retryable(error) if exc.status_code >= 500 else error
    return ProviderError(f"{model}: unexpected client failure: {exc!r}", code="provider_error")


class OpenAICompatibleModel:
    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        api_key: SecretStr | str = "",
        timeout_s: float = 30.0,
        max_retries: int = 1,
        structured_output: StructuredOutput = "json_object",
        schema_in_json_object: bool = True,
        max_tokens_field: MaxTokensField = "max_tokens",
        temperature: float | None = 0.2,
        http_client: httpx.Client | None = None,
    ) -> None:
        key = api_key.get_secret_value() if isinstance(api_key, SecretStr) else api_key
        self.name = model
        self.base_url = base_url
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self.structured_output = structured_output
        self.schema_in_json_object = schema_in_json_object
        self.max_tokens_field = max_tokens_field
        self.temperature = temperature
        self._http = http_client or httpx.Client(timeout=timeout_s, follow_redirects=False)
        # "not-needed": local servers take no key, but the SDK insists on one.
        self._client = openai.OpenAI(
            base_url=base_url, api_key=key or "not-needed", max_retries=0, timeout=timeout_s, http_client=self._http
        )

    @classmethod
    def from_settings(cls, settings: Any) -> "OpenAICompatibleModel":
        return cls(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key,
            timeout_s=settings.llm_timeout_s,
            max_retries=settings.llm_max_retries,
            structured_output=settings.llm_structured_output,
            schema_in_json_object=settings.llm_schema_in_json_object,
            max_tokens_field=settings.llm_max_tokens_field,
            temperature=settings.llm_temperature,
        )

    def close(self) -> None:
        self._http.close()

    def __repr__(self) -> str:
        return f"OpenAICompatibleModel(model={self.name!r}, base_url={self.base_url!r})"

    # -- request body ------------------------------------------------------------------

    def _body(self, messages: list[Message], max_tokens: int, response_format: ResponseFormat, json_schema: dict | None) -> dict:
        extra: dict[str, Any] = {self.max_tokens_field: max_tokens}
        kwargs: dict[str, Any] = {
            "model": self.name,
            "messages": [m.model_dump() for m in messages],
            "extra_body": extra,
        }
        if self.temperature is not None:
            kwargs["temperature"] = self.temperature
        if response_format == "json" and self.structured_output != "none":
            if self.structured_output == "json_schema" and json_schema is not None:
                kwargs["response_format"] = {
                    "type": "json_schema",
                    "json_schema": {"name": json_schema.get("title", "answer"), "schema": json_schema},
                }
            else:
                fmt: dict[str, Any] = {"type": "json_object"}
                if json_schema is not None and self.schema_in_json_object:
                    fmt["schema"] = json_schema  # llama.cpp turns this into a grammar
                kwargs["response_format"] = fmt
        return kwargs

    # -- complete ----------------------------------------------------------------------

    def complete(
        self,
        messages: MessagesIn,
        *,
        max_tokens: int = 1024,
        response_format: ResponseFormat = "text",
        json_schema: dict | None = None,
        timeout_s: float | None = None,
    ) -> Completion:
        check_allowed(self.name)
        body = self._body(as_messages(messages), max_tokens, response_format, json_schema)
        budget = timeout_s if timeout_s is not None else self.timeout_s
        deadline = time.monotonic() + budget
        last: ProviderError | None = None
        for attempt in range(1, self.max_retries + 2):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            started = time.monotonic()
            try:
                raw = self._post_within(body, remaining)
            except _Retryable as exc:
                last = exc.error
                logger.warning("model %s attempt %d failed: %s (%s)", self.name, attempt, exc.error.code, exc.error)
                pause = min(_BACKOFF_S * attempt, deadline - time.monotonic())
                if pause > 0 and attempt <= self.max_retries:
                    time.sleep(pause)
                continue
            latency_ms = (time.monotonic() - started) * 1000
            completion = self._completion(raw, latency_ms, attempt)
            if response_format == "json":
                completion.parsed = parse_json_reply(completion.text)
            return completion
        if last is not None and time.monotonic() < deadline:
            raise last  # retries used up before the deadline
        suffix = f"; last failure: {last.code}" if last is not None else ""
        raise ProviderError(f"{self.name}: no answer within {budget:.1f}s{suffix}", code="provider_timeout")

    def _post_within(self, body: dict, remaining: float) -> dict:
        """One request, abandoned at ``remaining`` seconds whatever the socket does."""
        box: dict[str, Any] = {}
        done = threading.Event()
        timeout = httpx.Timeout(remaining, connect=min(remaining, 10.0))

        def run() -> None:
            try:
                response = self._client.chat.completions.with_raw_response.create(timeout=timeout, **body)
                box["response"] = response.http_response
            except BaseException as exc:  # handed to the caller's thread
                box["error"] = exc
            finally:
                done.set()

        threading.Thread(target=run, name=f"llm-{self.name}", daemon=True).start()
        if not done.wait(remaining):
            raise _Retryable(ProviderError(f"{self.name}: deadline reached mid-request", code="provider_timeout"))
        if "error" in box:
            mapped = _map_sdk_error(box["error"], model=self.name)
            raise mapped
        http_response = box["response"]
        try:
            data = http_response.json()
        except ValueError:
            raise ModelError(
                f"{self.name}: endpoint answered a non-JSON body: {http_response.text[:120]!r}",
                code="model_malformed_response",
            ) from None
        if not isinstance(data, dict):
            raise ModelError(f"{self.name}: endpoint answered {type(data).__name__}, not an object", code="model_malformed_response")
        return data

    def _completion(self, raw: dict, latency_ms: float, attempts: int) -> Completion:
        try:
            choice = raw["choices"][0]
            text = choice["message"].get("content") or ""
        except (KeyError, IndexError, TypeError, AttributeError):
            raise ModelError(f"{self.name}: response has no choices[0].message", code="model_malformed_response") from None
        if not text.strip():
            raise ModelError(f"{self.name}: empty reply (finish_reason={choice.get('finish_reason')})", code="model_empty")
        usage = raw.get("usage") or {}
        return Completion(
            text=text,
            model=str(raw.get("model") or self.name),
            prompt_tokens=usage.get("prompt_tokens"),
            completion_tokens=usage.get("completion_tokens"),
            latency_ms=latency_ms,
            finish_reason=choice.get("finish_reason"),
            attempts=attempts,
            raw=raw,
        )

    # -- stream ------------------------------------------------------------------------

    def stream(self, messages: MessagesIn, *, max_tokens: int = 1024, timeout_s: float | None = None) -> Iterator[str]:
        """Text deltas. The request is sent (and refused, or failed) at call time; the deadline
        holds between chunks; nothing is retried once streaming began."""
        check_allowed(self.name)
        body = self._body(as_messages(messages), max_tokens, "text", None)
        budget = timeout_s if timeout_s is not None else self.timeout_s
        deadline = time.monotonic() + budget
        timeout = httpx.Timeout(budget, connect=min(budget, 10.0))
        try:
            chunks = self._client.chat.completions.create(stream=True, timeout=timeout, **body)
        except openai.OpenAIError as exc:
            mapped = _map_sdk_error(exc, model=self.name)
            raise (mapped.error if isinstance(mapped, _Retryable) else mapped) from exc
        return self._deltas(chunks, deadline, budget)

    def _deltas(self, chunks: Any, deadline: float, budget: float) -> Iterator[str]:
        yielded = False
        try:
            for chunk in chunks:
                if time.monotonic() > deadline:
                    raise ProviderError(f"{self.name}: stream passed its {budget:.1f}s deadline", code="provider_timeout")
                if not chunk.choices:
                    continue
                delta = chunk.choices[0].delta.content
                if delta:
                    yielded = True
                    yield delta
        except openai.OpenAIError as exc:
            mapped = _map_sdk_error(exc, model=self.name)
            raise (mapped.error if isinstance(mapped, _Retryable) else mapped) from exc
        except httpx.HTTPError as exc:
            raise ProviderError(f"{self.name}: stream broke: {exc!r}", code="provider_unreachable") from exc
        finally:
            chunks.close()
        if not yielded:
            raise ModelError(f"{self.name}: stream ended without any text", code="model_empty")
