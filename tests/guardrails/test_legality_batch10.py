"""Legality readings added after the tenth train batch: a negation with the giver between it and the
favour word (不是公司额外照顾), the wrong base named to reject it (不是按平均工资), a condition quoted to say
the agreement carries none of it (不附带任何“…”之类的条件), a refusal with a manner adverbial before 放弃
(不能用这种方式放弃), the uncapped reckoning named as contrary to the statute; and misses: the drafter's own
proposed wording in quotes (建议措辞为“…”), a false receipt of notice where notice was short, a
non-compete binding whether or not it is paid. Sentences written for these tests, not taken from the suite."""

import pytest

from .legality_helpers import blocked

ART40 = dict(ground="art40_incompetence", multipliers=["N+1"], statutory_total="66000.00", statutory_months="6")
CAPPED = dict(statutory_total="600000.00", statutory_months="12", figures=[
    {"label": "法定经济补偿（N，封顶后12个月）", "amount": "600000.00", "months": "12"},
    {"label": "封顶月工资基数（当地上年度职工月平均工资三倍）", "amount": "50000.00"},
])
NONCOMPETE = dict(non_compete=True, non_compete_min_monthly="6000.00", statutory_total="120000.00",
                  statutory_months="6")


@pytest.mark.parametrize("text, facts", [
    ("这一个月的代通知金是第四十条要求的，并非我们单位主动照顾，你按法定标准领取就是。", ART40),
    ("代通知金这次以你上个月的实发工资为准，而非以十二个月平均工资计。", ART40),
    ("协议没有任何“不得向劳动监察投诉”这类的条款，你可以放心看。", {}),
    ("加班费不能通过签确认书的方式放弃，欠的两天会在工资里补上。", {}),
    ("未休年假工资也不可以这样放弃，按天折算后和最后一个月工资一起发。", {}),
    ("你算的数是按不封顶计算的，跟法律规定不相符，法定部分以十二个月为限。", CAPPED),
])
def test_batch10_clean_readings_pass(text, facts):
    assert blocked(text, **facts) == []


@pytest.mark.parametrize("text, facts", [
    ("给员工的口径，措辞为“本人自愿放弃经济补偿及其他一切权利”，请法务看看。", {}),
    ("你只要在表上确认已经收到提前通知，这一个月工资的事就不提了。", ART40),
    ("竞业协议写明：不论公司有没有按月发放补偿，乙方都必须继续履行。", NONCOMPETE),
    ("乙方不得以甲方迟延支付补偿为由解除竞业限制。", NONCOMPETE),
])
def test_batch10_violations_are_caught(text, facts):
    assert blocked(text, **facts)


def test_notice_receipt_is_fine_where_notice_was_given():
    # the same receipt is true where the statute owes no notice pay (notice was served in time)
    assert blocked("请在交接单上确认已经收到提前通知，补偿按N支付。", multipliers=["N"]) == []
