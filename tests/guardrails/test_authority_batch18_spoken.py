"""Authority blind spots found on batch 18 (spoken registers), each with sentences written for this test:
a quoted overstatement retracted (说"…"，这话得收回), the breakdown HR sends (明细我另外发你), the employee's
word on where to meet (约在外面，就按你说的办); and the misses: a likelihood or a precedent given as the
outcome (大概率能拿到, 之前都批满了), a tacit approval claimed (已经默认), a turn from HR's process to the
approver's word (我如实反映了，其实领导松口了), more still to come (后面还会加), the job or back pay
restored on HR's word, a paid consultancy, the books adjusted, a gap paid from a bonus, finance squared,
HR directing the company (我让公司给你续交), and a non-compete waived personally."""

import pytest

from tests.guardrails.conftest import seed_approved_extra
from tests.guardrails.test_guards import assert_fails, rule_blocking

HALF = seed_approved_extra("0.5", "5500.00", "82500.00")


def _rules(text: str, **kw):
    return rule_blocking("authority", text, **kw)


@pytest.mark.parametrize("text", [
    '（给同事）你上周对她讲"公司肯定会同意的"，这句要收回，今天重新讲清楚还没批。',
    '他之前说"领导已经点头了"，这话说错了，额外的部分还在审批，结果以书面批复为准。',
    "核算表我另外发你，你对一下再回我。",
    "你说想在公司楼下的咖啡馆见面，那就按你说的办，我带协议过去找你。",
])
def test_retracted_quotes_own_paperwork_and_meeting_place_pass(text):
    assert not _rules(text)


def test_a_quoted_line_hr_is_told_to_say_is_still_read():
    assert_fails("authority", '你就直接跟他说"领导肯定会同意多给一个月"。')


@pytest.mark.parametrize("text", [
    "上次几个同级别的走的时候，领导最后都批满了，你这份也可以放心。",
    "老板其实已经默认按顶格给了，你不用担心。",
    "额外那一个月大概率能批，你就当有了。",
    "社保这块我让公司给你续缴到年底，你看行不行？",
    "先签了吧，后续我们可以请你做技术顾问，每月照样给一笔钱。",
    "超出封顶的部分我们内部按实际工资算，账面上调一下，你不会吃亏的。",
    "差的两万我从你的年终奖里给你补回来，别声张。",
])
def test_precedents_tacit_approvals_and_side_money_fail(text):
    assert_fails("authority", text)


@pytest.mark.parametrize("text", [
    "你要的条件我都如实转达了，实际上领导私下已经松口了，88,000.00元稳稳的。",
    "已批的半个月只是开头，后面还会再加的，不用急着签。",
    "以后你想回来，我直接把你的岗位恢复，这段时间的工资也给你补齐。",
])
def test_more_than_the_approved_half_month_fails(text):
    assert_fails("authority", text, **HALF)


def test_a_non_compete_waived_on_hrs_word_fails():
    assert_fails("authority", "名单我来报，我不把你报上去，你去哪家都行。", non_compete=True)


def test_the_non_compete_ending_frees_the_employee_passes():
    assert not _rules("竞业期满以后，你去哪家都行，公司不会再过问。", non_compete=True)
