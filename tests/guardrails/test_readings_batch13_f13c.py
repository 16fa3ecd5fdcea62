"""Legality and numbers readings added after the thirteenth train batch: another item's base after a
clause break (代通知金…；赔偿金基数按十二个月), imperative negations (千万别写成个人原因), a dismissal named as
what a step would be deemed (可能被认定为因怀孕解除), 一分都不会少 as the full amount, the remedy affirmed as
the employee's right (依法申请仲裁是您的权利), the company's own forbearance (公司亦不会追究), an approved
figure capped by its approval (批的就是一个月); numbers: the employee's words in the sentence before
(你说…要40%。40%是…), a figure named as what might be approved (打包票说…能批), a negated counterfactual
(不封顶的情况下), a quotation named as a claim right after it (“…”，那个说法不对), a sum after a list of
items; and misses: an amount named by 即为 after it, a currency word between an item and its amount.
Sentences written for these tests, not taken from the suite."""

from decimal import Decimal

import pytest

from guardrails.facts import GuardFacts
from guardrails.guards import numbers
from tests.guardrails.test_guards import assert_fails, assert_passes

from .conftest import seed_facts
from .legality_helpers import blocked

PROTECTED = dict(protected=["孕期"], multipliers=["N", "2N"])
ILLEGAL = dict(ground="illegal_termination", multipliers=["2N", "N"], statutory_total="200000.00",
               statutory_months="20")


@pytest.mark.parametrize("text, facts", [
    ("内部备注：上月工资只用来核对代通知金；经济补偿基数还是按十二个月平均。", {}),
    ("表格里的离职原因请勾“协商解除”，可别填成个人原因，那样补偿就没了。", {}),
    ("在朋友圈解释她的孕情容易被认定为因孕期解除，我们不这么做。", PROTECTED),
    ("你放心，依法该给你的经济补偿一分也不会差。", {}),
    ("方案已经是我能争取到的上限，没法再承诺别的，若您不接受，依法申请仲裁是您的权利。", {}),
    ("本公司确认不会就以往的迟到记录追究您的责任，协议只约定补偿金额。", {}),
    ("领导批了的就是一个月，这已经是上限了。", {}),
])
def test_batch13_clean_legality_readings_pass(text, facts):
    assert blocked(text, **facts) == []


@pytest.mark.parametrize("text, facts", [
    ("代通知金按前十二个月的平均工资算。", {}),
    ("离职原因就写成个人原因吧，流程快一些。", {}),
    ("因为你怀孕了，公司只能跟你解除合同。", PROTECTED),
    ("这种情况经济补偿一分都没有。", {}),
    ("签了协议就代表你承诺不再申请仲裁。", {}),
    ("公司不会追究你的旷工，但你也要确认不再向公司追究任何赔偿。", {}),
    ("法定补偿最多就是一个月。", {}),
])
def test_batch13_legality_violations_still_caught(text, facts):
    assert blocked(text, **facts)


@pytest.mark.parametrize("text", [
    "你刚才说8个月才合理。8个月就是88,000元，我先报上去，今天不能答应你。",
    "我不能拍胸脯保证88,000元能批下来，现在确定的只有77,000元。",
    "在没有工龄上限的情况下也只是7个月，8个月是你自己算的。",
    "网上帖子里写的“协商解除一律按N+1”，这个说法不对，本案只按N。",
])
def test_batch13_clean_numbers_readings_pass(text):
    assert_passes("numbers", text)


def _wangfang_like():
    return seed_facts(figures=[
        {"label": "法定经济补偿（N，7个月）", "amount": "77000.00", "months": "7"},
        {"label": "月平均工资（解除前十二个月）", "amount": "11000.00"},
        {"label": "解除前十二个月应发工资合计", "amount": "132000.00"},
        {"label": "已批准额外补偿（1个月）", "amount": "11000.00", "months": "1"},
        {"label": "已批准方案合计", "amount": "88000.00"},
        {"label": "约定违约金", "amount": "216000.00"},
    ], approval={"policy_max_extra_months": "1", "approver": "分管领导", "approved_extra_months": "1",
                 "approved_total_amount": "88000.00"})


def _blocking(text, facts):
    return [v for v in numbers.check(text, facts) if v.blocking]


def test_batch13_sum_after_listed_items_passes():
    facts = _wangfang_like()
    assert _blocking("方案为经济补偿77,000.00元加已批准的额外补偿一个月，共计88,000.00元。", facts) == []


@pytest.mark.parametrize("text", [
    "十二个月工资总共132,000.00元，即为你这次的经济补偿。",
    "若违反约定，须向公司支付违约金人民币柒万柒仟元整。",
])
def test_batch13_numbers_wrong_role_caught(text):
    found = _blocking(text, _wangfang_like())
    assert "amount_wrong_role" in {v.category for v in found}, found
