"""Legality and numbers readings added after the sixteenth train batch. Legality misses: a right waived
through a long object clause closed by 的权利; a restraint on the employee with the person between the
period and the ban, or without 离职后, where the case has no non-compete; damages put as owed only once
awarded; a statutory benefit set off against severance; a non-compete paid in one sum / not monthly in
spoken verbs. Legality FPs: 不视为放弃 (the act said NOT to be a waiver); a lump settlement narrowed by a
saving clause after it; a figure asked for on top of the statute (除了法定的…再申请). Numbers: 4天没休 is a
count (一天没休 an idiom); 21.75 is the statute's pay-day divisor; the demand named as 这个数 and declined;
另一个月均 is no month count; a recorded term restated with its stem shortened (竞业 for 竞业限制).
Sentences written for these tests, not taken from the suite."""

import pytest

from guardrails.guards import numbers

from .conftest import seed_facts
from .legality_helpers import blocked

ILLEGAL = dict(ground="illegal_termination", multipliers=["2N"], statutory_total="154000.00", statutory_months="14")
NONCOMPETE = dict(non_compete=True, non_compete_min_monthly="6000.00")


@pytest.mark.parametrize("text, facts", [
    ("乙方同意，自签字之日起放弃就在职期间加班及休假事项向劳动争议仲裁委员会提起仲裁的权利。", {}),
    ("员工本人自愿放弃要求公司按法定标准足额支付解除补偿的权利。", {}),
    ("离职以后两年内您不得加入任何同行业公司，这是惯例。", {}),
    ("乙方承诺一年内不得从事同类业务。", {}),
    ("2N那是法院判下来才有的，咱们协商解决只能按N。", ILLEGAL),
    ("私下和解的话法律只认经济补偿，不会多给。", ILLEGAL),
    ("你的工伤待遇由公司代领，用来冲抵经济补偿。", {}),
    ("竞业补偿等期满后公司一次性转给你，不按月发。", NONCOMPETE),
])
def test_batch16_violations_are_caught(text, facts):
    assert blocked(text, **facts)


@pytest.mark.parametrize("text, facts", [
    ("员工签收本通知不视为放弃其依法享有的其他权利。", {}),
    ("双方就本次解除产生的争议一次性了结。员工其他法定权利不因本条受影响。", {}),
    ("2N并不是打官司才有的，公司认可违法解除，就按2N支付。", ILLEGAL),
    ("生育津贴归你本人，不能拿来抵扣经济补偿。", {}),
    ("您的合同没有竞业条款，离职后去同行业公司完全可以。", {}),
])
def test_batch16_clean_readings_pass(text, facts):
    assert blocked(text, **facts) == []


def test_extra_asked_on_top_of_the_statute_is_not_called_the_statute():
    text = "除了法定的七万七，制度里还可以再申请最多1个月，要领导书面批。"
    assert blocked(text) == []


LEAVE = {"label": "未休年休假工资（应休未休3天）", "amount": "3034.48", }
TERM = {"label": "竞业限制期限（12个月）", "months": "12"}


def _numbers(text, *extra):
    facts = seed_facts(figures=[*seed_facts().model_dump()["figures"], *extra])
    return [v for v in numbers.check(text, facts) if v.blocking]


def test_unused_days_followed_by_mei_are_a_count():
    assert _numbers("年假算下来你今年还有5天没休，按日工资折算给你。", LEAVE)
    assert _numbers("年假算下来你今年还有3天没休，按日工资折算给你。", LEAVE) == []


def test_the_statutory_pay_day_divisor_is_not_leave():
    assert _numbers("未休年假工资：月工资除以21.75天得日工资，乘以3天，再乘以200%。", LEAVE) == []


def test_the_demand_named_as_a_figure_and_declined_passes():
    assert _numbers("8个月这个数我们没办法答应，法定就是7个月。") == []


def test_another_monthly_average_is_no_month_count():
    assert _numbers("对方要求换成另一个月均工资来算，我们不采用，仍按11,000.00元。") == []


def test_recorded_term_with_shortened_stem_passes():
    assert _numbers("竞业补偿12个月，每月按约定支付。", TERM) == []
