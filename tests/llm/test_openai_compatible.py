"""OpenAICompatibleModel against a faked HTTP endpoint (respx): the body we send, and how every
kind of failure comes back as ProviderError or ModelError within the deadline."""

from __future__ import annotations

import json
import time

import httpx
import pytest
import respx

from copilot.errors import ModelError, ProviderError
from copilot.llm import ModelRequestsBlocked, OpenAICompatibleModel, get_model
from copilot.settings import Settings

BASE = "https://llm.example.test/v1"
URL = f"{BASE}/chat/completions"
MESSAGES = [{"role": "system", "content": "你是HR助手"}, {"role": "user", "content": "员工要求8个月补偿"}]


def chat_body(content: str, *, finish: str = "stop") -> dict:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "deepseek-chat",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish}],
        "usage": {"prompt_tokens": 31, "completion_tokens": 7, "total_tokens": 38},
    }


def make(**kw) -> OpenAICompatibleModel:
    defaults = dict(base_url=BASE, model="deepseek-chat", api_key="sk-test", timeout_s=2.0, max_retries=1)
    defaults.update(kw)
    return OpenAICompatibleModel(**defaults)


pytestmark = pytest.mark.usefixtures("allow_model_requests")


@respx.mock
def test_text_completion_round_trip_and_request_body():
    route = respx.post(URL).mock(return_value=httpx.Response(200, json=chat_body("您好，我们来谈谈方案。")))
    reply = make().complete(MESSAGES, max_tokens=64)
    assert reply.text == "您好，我们来谈谈方案。"
    assert (reply.prompt_tokens, reply.completion_tokens, reply.model) == (31, 7, "deepseek-chat")
    assert reply.latency_ms > 0 and reply.attempts == 1 and reply.finish_reason == "stop"
    sent = json.loads(route.calls.last.request.content)
    assert sent["max_tokens"] == 64 and "max_completion_tokens" not in sent
    assert sent["messages"] == MESSAGES and "response_format" not in sent
    assert route.calls.last.request.headers["authorization"] == "Bearer sk-test"


@respx.mock
def test_json_object_mode_sends_schema_and_parses():
    schema = {"type": "object", "properties": {"months": {"type": "integer"}}, "required": ["months"]}
    route = respx.post(URL).mock(return_value=httpx.Response(200, json=chat_body('```json\n{"months": 8}\n```')))
    reply = make().complete(MESSAGES, max_tokens=50, response_format="json", json_schema=schema)
    assert reply.parsed == {"months": 8}
    sent = json.loads(route.calls.last.request.content)
    assert sent["response_format"] == {"type": "json_object", "schema": schema}


@respx.mock
def test_json_schema_mode_and_max_completion_tokens_field():
    schema = {"title": "demand", "type": "object", "properties": {"months": {"type": "integer"}}}
    route = respx.post(URL).mock(return_value=httpx.Response(200, json=chat_body('{"months": 7}')))
    model = make(structured_output="json_schema", max_tokens_field="max_completion_tokens")
    assert model.complete(MESSAGES, max_tokens=20, response_format="json", json_schema=schema).parsed == {"months": 7}
    sent = json.loads(route.calls.last.request.content)
    assert sent["response_format"] == {"type": "json_schema", "json_schema": {"name": "demand", "schema": schema}}
    assert sent["max_completion_tokens"] == 20 and "max_tokens" not in sent


@respx.mock
def test_json_mode_none_sends_no_response_format():
    route = respx.post(URL).mock(return_value=httpx.Response(200, json=chat_body('好的：{"months": 8}')))
    reply = make(structured_output="none").complete(MESSAGES, response_format="json")
    assert reply.parsed == {"months": 8}
    assert "response_format" not in json.loads(route.calls.last.request.content)


@respx.mock
def test_http_500_retries_then_provider_error():
    route = respx.post(URL).mock(return_value=httpx.Response(500, json={"error": {"message": "boom"}}))
    with pytest.raises(ProviderError) as info:
        make(max_retries=1).complete(MESSAGES)
    assert info.value.code == "provider_server_error"
    assert route.call_count == 2


@respx.mock
def test_500_then_success_recovers_on_retry():
    respx.post(URL).mock(side_effect=[httpx.Response(503), httpx.Response(200, json=chat_body("好"))])
    reply = make(max_retries=2).complete(MESSAGES)
    assert reply.text == "好" and reply.attempts == 2


@respx.mock
@pytest.mark.parametrize("status", [401, 403])
def test_auth_failure_is_provider_error_without_retry(status):
    route = respx.post(URL).mock(return_value=httpx.Response(status, json={"error": {"message": "bad key"}}))
    with pytest.raises(ProviderError) as info:
        make(max_retries=3).complete(MESSAGES)
    assert info.value.code == "provider_auth" and route.call_count == 1


@respx.mock
def test_transport_timeout_is_provider_error():
    respx.post(URL).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(ProviderError) as info:
        make(max_retries=1).complete(MESSAGES)
    assert info.value.code == "provider_timeout"


@respx.mock
def test_connection_refused_is_provider_error():
    respx.post(URL).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(ProviderError) as info:
        make(max_retries=0).complete(MESSAGES)
    assert info.value.code == "provider_unreachable"


@respx.mock
def test_hanging_endpoint_is_cut_at_the_deadline_retries_included():
    def hang(request):
        time.sleep(3)
        return httpx.Response(200, json=chat_body("太迟了"))

    respx.post(URL).mock(side_effect=hang)
    started = time.monotonic()
    with pytest.raises(ProviderError) as info:
        make(timeout_s=30, max_retries=5).complete(MESSAGES, timeout_s=0.6)
    elapsed = time.monotonic() - started
    assert info.value.code == "provider_timeout"
    assert elapsed < 1.0, elapsed


@respx.mock
@pytest.mark.parametrize(
    ("response", "code"),
    [
        (httpx.Response(200, text="<html>gateway</html>"), "model_malformed_response"),
        (httpx.Response(200, json={"unexpected": True}), "model_malformed_response"),
        (httpx.Response(200, json=chat_body("")), "model_empty"),
    ],
)
def test_junk_bodies_are_model_errors(response, code):
    respx.post(URL).mock(return_value=response)
    with pytest.raises(ModelError) as info:
        make().complete(MESSAGES)
    assert info.value.code == code


@respx.mock
def test_unparsable_reply_in_json_mode_is_model_error():
    respx.post(URL).mock(return_value=httpx.Response(200, json=chat_body('{"opening": "您好', finish="length")))
    with pytest.raises(ModelError) as info:
        make().complete(MESSAGES, response_format="json")
    assert info.value.code == "model_invalid_json"


def sse(*deltas: str) -> bytes:
    events = []
    for i, delta in enumerate(deltas):
        chunk = {
            "id": "c",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "m",
            "choices": [{"index": 0, "delta": {"content": delta} if i else {"role": "assistant", "content": delta}, "finish_reason": None}],
        }
        events.append(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n")
    events.append("data: [DONE]\n\n")
    return "".join(events).encode()


@respx.mock
def test_streaming_yields_deltas():
    route = respx.post(URL).mock(
        return_value=httpx.Response(200, content=sse("您好", "，", "我们谈谈"), headers={"content-type": "text/event-stream"})
    )
    assert list(make().stream(MESSAGES, max_tokens=30)) == ["您好", "，", "我们谈谈"]
    sent = json.loads(route.calls.last.request.content)
    assert sent["stream"] is True and sent["max_tokens"] == 30


@respx.mock
def test_streaming_500_is_provider_error():
    respx.post(URL).mock(return_value=httpx.Response(502))
    with pytest.raises(ProviderError):
        list(make().stream(MESSAGES))


def test_get_model_none_without_base_url_and_configured_with_one():
    assert get_model(Settings(llm_base_url=None)) is None
    model = get_model(Settings(llm_base_url=BASE, llm_model="qwen-plus", llm_structured_output="json_schema"))
    assert isinstance(model, OpenAICompatibleModel)
    assert (model.name, model.structured_output) == ("qwen-plus", "json_schema")


def test_requests_are_blocked_without_the_fixture(monkeypatch):
    from copilot.llm import base

    monkeypatch.setattr(base, "ALLOW_MODEL_REQUESTS", False)
    with respx.mock(assert_all_called=False) as mock:
        route = mock.post(URL).mock(return_value=httpx.Response(200, json=chat_body("x")))
        with pytest.raises(ModelRequestsBlocked):
            make().complete(MESSAGES)
        with pytest.raises(ModelRequestsBlocked):
            make().stream(MESSAGES)
        assert route.call_count == 0


@respx.mock
def test_stream_that_trickles_past_the_deadline_is_cut():
    def trickle():
        for piece in sse("一", "二", "三", "四", "五").split(b"\n\n"):
            time.sleep(0.25)
            yield piece + b"\n\n"

    respx.post(URL).mock(return_value=httpx.Response(200, content=trickle(), headers={"content-type": "text/event-stream"}))
    got: list[str] = []
    started = time.monotonic()
    with pytest.raises(ProviderError) as info:
        for delta in make().stream(MESSAGES, timeout_s=0.6):
            got.append(delta)
    assert info.value.code == "provider_timeout"
    assert 0 < len(got) < 5
    assert time.monotonic() - started < 1.2
