import pytest

from copilot.errors import ModelError, ProviderError
from copilot.llm import ChatModel, Completion, FakeModel, FakeModelExhausted


def test_replies_come_in_order_and_calls_are_recorded():
    model = FakeModel(["第一句", {"opening": "您好"}])
    assert isinstance(model, ChatModel)
    first = model.complete([{"role": "user", "content": "你好"}], max_tokens=10)
    second = model.complete([{"role": "system", "content": "规则"}, {"role": "user", "content": "起草"}], response_format="json")
    assert first.text == "第一句" and first.completion_tokens and first.prompt_tokens
    assert second.parsed == {"opening": "您好"}
    assert [c.kwargs["response_format"] for c in model.calls] == ["text", "json"]
    assert model.calls[0].kwargs["max_tokens"] == 10
    assert model.calls[1].system == "规则" and model.calls[1].user == "起草"


def test_queued_exceptions_are_raised_at_their_turn():
    model = FakeModel([ProviderError("down", code="provider_timeout"), "恢复了"])
    with pytest.raises(ProviderError):
        model.complete([{"role": "user", "content": "x"}])
    assert model.complete([{"role": "user", "content": "x"}]).text == "恢复了"
    assert len(model.calls) == 2


def test_junk_where_json_expected_is_a_model_error_like_the_real_client():
    model = FakeModel(["this is not json"])
    with pytest.raises(ModelError) as info:
        model.complete([{"role": "user", "content": "x"}], response_format="json")
    assert info.value.code == "model_invalid_json"


def test_exhausted_queue_fails_the_test_loudly_unless_a_default_is_set():
    with pytest.raises(FakeModelExhausted):
        FakeModel().complete([{"role": "user", "content": "x"}])
    model = FakeModel(default="总是这句")
    assert model.complete([{"role": "user", "content": "x"}]).text == "总是这句"


def test_stream_splits_the_reply_and_completion_objects_pass_through():
    model = FakeModel(["协商解除方案如下", Completion(text="ok", model="m", latency_ms=12.5, prompt_tokens=3)])
    assert "".join(model.stream([{"role": "user", "content": "x"}])) == "协商解除方案如下"
    reply = model.complete([{"role": "user", "content": "x"}])
    assert (reply.latency_ms, reply.prompt_tokens) == (12.5, 3)
    assert [c.method for c in model.calls] == ["stream", "complete"]


def test_empty_messages_are_refused():
    with pytest.raises(ValueError):
        FakeModel(["x"]).complete([])
