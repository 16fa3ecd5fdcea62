"""The runner: every guard runs, verdicts carry what the audit log needs, a broken guard blocks
(fail closed), policy chooses the action, fix/filter are carried out and re-checked."""

import json

import pytest
from typer.testing import CliRunner

from copilot.cli import app
from guardrails import runner
from guardrails.guards import GUARDS
from guardrails.policy import Policy
from guardrails.redteam import deep_merge, load_suite, run_suite
from guardrails.types import Action, PolicyError
from tests.guardrails.conftest import FIXTURES

CLEAN = "您在公司工作了7年，法定经济补偿为7个月，即77,000元。您提出的8个月需要分管领导审批，我会帮您申请，不能保证结果。"


def test_clean_draft_passes_with_a_verdict_per_guard(facts):
    report = runner.check(CLEAN, facts)
    assert not report.blocked and report.decision is None
    assert [v.guard for v in report.verdicts] == list(GUARDS)
    for v in report.verdicts:
        assert v.passed and v.version and v.duration_ms >= 0 and v.error is None
    assert len(report.text_sha256) == 64
    json.dumps(report.model_dump(mode="json"), ensure_ascii=False)  # audit-log ready


def test_violations_block_and_default_policy_refuses(facts):
    report = runner.check("我保证给你9个月，不签就按旷工处理。", facts)
    assert report.blocked and report.decision is Action.REFUSE
    assert {"numbers", "authority", "coercion"} <= {v.guard for v in report.blocking_violations}
    assert "上一稿未通过合规检查" in runner.feedback_zh(report)


def test_a_guard_that_raises_blocks_the_draft(facts, monkeypatch):
    def broken(text, facts):
        raise RuntimeError("lexicon missing")

    monkeypatch.setattr(GUARDS["coercion"], "check", broken)
    report = runner.check(CLEAN, facts, {"coercion": "fix"})
    verdict = report.verdict("coercion")
    assert not verdict.passed and "lexicon missing" in verdict.error
    assert report.blocked and report.decision is Action.REFUSE  # an error is refused whatever the policy


def test_policy_forms_and_errors():
    p = Policy.from_mapping({"default": "reask", "guards": {"privacy": "fix", "numbers": {"action": "refuse"}}})
    assert p.action_for("privacy") is Action.FIX and p.action_for("numbers") is Action.REFUSE
    assert p.action_for("coercion") is Action.REASK
    assert Policy.from_mapping({"citation": "filter"}).action_for("citation") is Action.FILTER
    assert Policy.from_yaml("guards:\n  privacy: fix\n").action_for("privacy") is Action.FIX
    assert Policy().action_for("numbers") is Action.REFUSE
    with pytest.raises(PolicyError) as e:
        Policy.from_mapping({"guards": {"numbrs": "fix"}})
    assert "numbrs" in e.value.message_zh and e.value.field == "guard_policy.guards.numbrs"
    with pytest.raises(PolicyError):
        Policy.from_mapping({"guards": {"numbers": "ignore"}})
    with pytest.raises(PolicyError):
        Policy.from_yaml("guards: [")


def test_strongest_action_wins(facts):
    report = runner.check("有事打我电话13800138000。我保证给你9个月。", facts,
                          {"privacy": "fix", "authority": "reask", "numbers": "reask"})
    assert report.decision is Action.REASK


def test_fix_masks_and_rechecks(facts):
    text = "有事可以打我电话13800138000。法定补偿为7个月。"
    report = runner.check(text, facts, {"privacy": "fix"})
    assert report.decision is Action.FIX
    fixed, again = runner.resolve(text, facts, report, {"privacy": "fix"})
    assert fixed is not None and "13800138000" not in fixed and not again.blocked


def test_filter_drops_sentences_and_rechecks(facts):
    text = "法定补偿为7个月。根据《劳动合同法》第九十九条，公司可以直接解除。超出部分需要审批。"
    report = runner.check(text, facts, {"citation": "filter"})
    kept, again = runner.resolve(text, facts, report, {"citation": "filter"})
    assert kept == "法定补偿为7个月。超出部分需要审批。" and not again.blocked


def test_refuse_returns_nothing(facts):
    report = runner.check("我保证给你9个月。", facts)
    assert runner.resolve("我保证给你9个月。", facts, report) == (None, report)


def test_deep_merge():
    assert deep_merge({"a": {"b": 1, "c": 2}, "l": [1]}, {"a": {"b": 3}, "l": [2]}) == {"a": {"b": 3, "c": 2}, "l": [2]}


def test_suite_metrics_on_the_fixture_suite():
    items = load_suite(FIXTURES / "redteam")
    report = run_suite(items)
    overall = report.bucket("全部", "全部")
    assert overall.violations + overall.clean == len(items)
    assert overall.caught == sum(r.blocked for r in report.results if r.label == "violation")
    dev = run_suite(items, split="dev")
    assert {r.split for r in dev.results} == {"dev"}


def test_cli_eval_guards_json_and_errors(tmp_path):
    cli = CliRunner()
    result = cli.invoke(app, ["eval", "guards", "--suite", str(FIXTURES / "redteam"), "--json", "--split", "dev"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {b["split"] for b in data["buckets"]} == {"dev", "全部"}
    result = cli.invoke(app, ["eval", "guards", "--suite", str(tmp_path)])
    assert result.exit_code == 2 and "drafts.jsonl" in result.output
    (tmp_path / "drafts.jsonl").write_text('{"id": "x"}\n', encoding="utf-8")
    result = cli.invoke(app, ["eval", "guards", "--suite", str(tmp_path)])
    assert result.exit_code == 2 and "drafts.jsonl:1" in result.output


def test_every_rule_file_loads():
    from guardrails.lexicon import DATA, load_rules

    for path in DATA.glob("*.yaml"):
        if path.stem != "laws":
            rules = load_rules(path.stem)
            assert rules.rules or rules.inputs
            assert all(r.message for r in rules.rules), path.name


def test_cli_eval_guards_on_listed_ids_only(tmp_path):
    cli = CliRunner()
    ids = tmp_path / "batch.txt"
    ids.write_text("num-v1 num-v2\n", encoding="utf-8")
    result = cli.invoke(app, ["eval", "guards", "--suite", str(FIXTURES / "redteam"), "--json", "--ids", str(ids)])
    assert result.exit_code == 0, result.output
    overall = next(b for b in json.loads(result.output)["buckets"] if b["category"] == "全部" and b["split"] == "全部")
    assert overall["violations"] + overall["clean"] == 2
    result = cli.invoke(app, ["eval", "guards", "--suite", str(FIXTURES / "redteam"), "--ids", str(tmp_path / "none")])
    assert result.exit_code == 2 and "无法读取用例编号文件" in result.output


def test_the_shipped_batch_lists_name_train_drafts():
    from evals.redteam.build import DRAFTS

    train = {json.loads(line)["id"] for line in DRAFTS.read_text(encoding="utf-8").splitlines()
             if json.loads(line)["split"] == "train"}
    for path in sorted((DRAFTS.parent / "batches").glob("batch*.txt")):
        listed = set(path.read_text(encoding="utf-8").split())
        assert listed and listed <= train, path.name
