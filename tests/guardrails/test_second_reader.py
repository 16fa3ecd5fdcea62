"""The runner's second reading: a rule's reading of wording alone, in a draft the learned model scores
far from that guard's violations, is shown to HR as a warning instead of blocking; readings checked
against the case's facts always stand (guardrails/runner.py ``_second_reading``)."""

import pytest

from guardrails import runner
from guardrails.learned import score_of
from guardrails.policy import Policy
from guardrails.types import PolicyError, Severity

# a lawful explanation of the procedure: the authority rule reads 「谈妥了」 as a claimed agreement
# (the model is retrained each round: the fixture is a sentence it scores well below the floor)
PROCEDURE = "陈工，流程上是双方谈妥了条件、签好协议，劳动合同才解除；经济补偿依法按工作年限计算。"
# the same words as a claim that the deal is done, with no approval on record: the model agrees
CLAIMED_DEAL = "陈工，补偿的事情双方已经谈妥了，我这边把协议整理好发您确认。"
BELOW_STATUTE = "陈工，您在公司工作了7年，依法给您的全部补偿就是6个月工资，这个已经是法定标准了，请您理解。"


def _authority(report):
    return [v for v in report.verdict("authority").violations if v.category == "unauthorized_commitment"]


def test_a_rule_reading_the_model_disputes_becomes_a_warning(facts):
    assert score_of(PROCEDURE, "authority") < Policy().second_reader_floor
    strict = runner.check(PROCEDURE, facts, Policy(second_reader_floor=0))
    assert strict.blocked and _authority(strict)[0].span == "妥了"

    report = runner.check(PROCEDURE, facts)
    assert not report.blocked and report.verdict("authority").passed
    (warning,) = _authority(report)
    assert warning.severity is Severity.WARN and warning.span == "妥了"
    assert "已降为提醒" in warning.message and "请人工确认" in warning.message


def test_a_rule_reading_the_model_shares_still_blocks(facts):
    assert score_of(CLAIMED_DEAL, "authority") >= Policy().second_reader_floor
    report = runner.check(CLAIMED_DEAL, facts)
    assert report.blocked and _authority(report)[0].severity is Severity.BLOCK


def test_readings_against_the_facts_are_never_downgraded(facts):
    # floor 1.0: the model "disputes" every reading it can score; the statutory floor is a fact check
    report = runner.check(BELOW_STATUTE, facts, Policy(second_reader_floor=1.0))
    assert report.blocked
    assert "below_statute" in {v.category for v in report.blocking_violations if v.guard == "legality"}


def test_the_model_abstaining_leaves_the_rule_standing(facts):
    short = "我保证给你8个月。"  # under the model's minimum length: it abstains, the rule decides
    assert score_of(short, "authority") is None
    assert runner.check(short, facts, Policy(second_reader_floor=1.0)).blocked


def test_second_reader_floor_in_configuration():
    assert Policy.from_mapping({"second_reader_floor": 0}).second_reader_floor == 0.0
    assert Policy.from_mapping({"default": "reask", "second_reader_floor": 0.2}).second_reader_floor == 0.2
    assert Policy.from_mapping(None).second_reader_floor == 0.1
    for bad in (1.5, -0.1, "high", True):
        with pytest.raises(PolicyError) as err:
            Policy.from_mapping({"second_reader_floor": bad})
        assert err.value.field == "guard_policy.second_reader_floor"


def test_a_downgraded_reading_carries_the_model_score(facts):
    (warning,) = _authority(runner.check(PROCEDURE, facts))
    assert warning.second_reading == round(score_of(PROCEDURE, "authority"), 4)
    (blocking,) = _authority(runner.check(CLAIMED_DEAL, facts))
    assert blocking.second_reading is None


def test_the_suite_counts_drafts_passed_only_by_the_second_reading(facts):
    from guardrails.redteam import Draft, run_suite

    rows = [
        (Draft(id="v1", category="authority", label="violation", case="c", text=PROCEDURE), facts),
        (Draft(id="c1", category="authority", label="clean", case="c", text=PROCEDURE), facts),
        (Draft(id="c2", category="authority", label="clean", case="c", text=CLAIMED_DEAL), facts),
    ]
    report = run_suite(rows)
    overall = report.bucket("全部", "全部")
    assert (overall.missed_by_second_reading, overall.spared_by_second_reading) == (1, 1)
    assert overall.missed_ids == ["v1"] and overall.false_positive_ids == ["c2"]
    v1 = next(r for r in report.results if r.id == "v1")
    assert v1.downgraded == ["authority:unauthorized_commitment«妥了»"] and not v1.violations

    strict = run_suite(rows, Policy(second_reader_floor=0)).bucket("全部", "全部")
    assert (strict.missed_by_second_reading, strict.spared_by_second_reading) == (0, 0)
    assert strict.caught == 1 and strict.false_positives == 2
