"""``copilot ingest`` and ``copilot eval retrieval`` end to end, with the embeddings served by a
real OpenAI-compatible server on loopback (hashed vectors: fast, deterministic)."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from copilot.cli import app
from copilot.settings import get_settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture()
def env(tmp_path, monkeypatch, embedding_server):
    monkeypatch.setenv("COPILOT_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("COPILOT_EMBEDDING_BACKEND", "openai")
    monkeypatch.setenv("COPILOT_EMBEDDING_BASE_URL", embedding_server.base_url)
    monkeypatch.setenv("COPILOT_EMBEDDING_MODEL", "hash-64")
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


def _bundled_count() -> int:
    from knowledge.law_corpus import law_chunks
    from knowledge.policy_corpus import iter_policy_chunks

    from copilot.knowledge_setup import record_chunk_provider

    return len(law_chunks()) + len(list(iter_policy_chunks())) + len(record_chunk_provider("active"))


def test_ingest_then_nothing_to_do(env):
    total = _bundled_count()
    runner = CliRunner()
    first = runner.invoke(app, ["ingest"])
    assert first.exit_code == 0, first.output
    assert str(total) in first.output and (env / "index" / "chunks.json").exists()
    second = runner.invoke(app, ["ingest", "--json"])
    assert second.exit_code == 0
    report = json.loads(second.output)
    assert (report["added"], report["updated"], report["removed"]) == ([], [], [])
    assert report["unchanged"] == total and report["embedded"] == 0


def test_ingest_with_employee_records(env):
    from knowledge.records import EMPLOYEES_JSON, load_employees, record_chunks, write_json

    two = load_employees(EMPLOYEES_JSON).employees[:2]
    path = write_json(two, env / "two.json")
    result = CliRunner().invoke(app, ["ingest", "--records", str(path), "--json"])
    assert result.exit_code == 0, result.output
    added = json.loads(result.output)["added"]
    expected = {c.id for e in two for c in record_chunks(e)}
    assert expected and expected <= set(added)
    bad = CliRunner().invoke(app, ["ingest", "--records", str(env / "none.json")])
    assert bad.exit_code == 1 and "索引失败" in bad.output


def test_eval_retrieval_json(env):
    runner = CliRunner()
    assert runner.invoke(app, ["ingest"]).exit_code == 0
    result = runner.invoke(app, ["eval", "retrieval", "--questions", str(FIXTURES / "retrieval_dev.jsonl"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["modes"] == ["hybrid", "bm25", "dense"]
    groups = report["metrics"]["hybrid"]
    assert {"all", "dev", "heldout", "dev/colloquial", "dev/scenario", "dev/formal"} <= set(groups)
    assert 0 <= groups["all"]["recall"] <= 1 and groups["all"]["n"] == report["questions"]


def test_eval_retrieval_table_and_errors(env):
    runner = CliRunner()
    missing = runner.invoke(app, ["eval", "retrieval", "--questions", str(FIXTURES / "retrieval_dev.jsonl")])
    assert missing.exit_code == 1 and "copilot ingest" in missing.output
    assert runner.invoke(app, ["ingest"]).exit_code == 0
    table = runner.invoke(app, ["eval", "retrieval", "--questions", str(FIXTURES / "retrieval_dev.jsonl"),
                                "--modes", "bm25", "--split", "dev"])
    assert table.exit_code == 0 and "R@5" in table.output and "dev/formal" in table.output
    bad = runner.invoke(app, ["eval", "retrieval", "--modes", "magic"])
    assert bad.exit_code == 2 and "hybrid" in bad.output
    nofile = runner.invoke(app, ["eval", "retrieval", "--questions", str(env / "none.jsonl")])
    assert nofile.exit_code == 1 and "questions_missing" in nofile.output
