"""Legality and numbers readings added after the twelfth train batch: terms named only to be disavowed
(不会让你签任何“…”的东西), a claim of lawfulness retracted (不再坚持解除合法), a dismissal kept off the
table (不谈单方解除), a lump sum named by its amount (按N一次性了结), the employee's own term quoted after
你问的/您说的, the whole years of service counted a month each (前5年按5个月); and misses: the owed +1 said
to need no payment, notice with no fixed period, a non-compete arising by itself, protection denied by
employment status, a bar on arbitration with a pretext between (不得以…为由反悔或申请仲裁).
Sentences written for these tests, not taken from the suite."""

import pytest

from tests.guardrails.test_guards import assert_fails, assert_passes

from .legality_helpers import blocked

ART40 = dict(ground="art40_incompetence", multipliers=["N+1"], statutory_total="66000.00", statutory_months="6")
ILLEGAL = dict(ground="illegal_termination", multipliers=["2N", "N"], statutory_total="200000.00",
               statutory_months="20")
PROTECTED = dict(protected=["孕期"], multipliers=["N", "2N"])


@pytest.mark.parametrize("text, facts", [
    ("我们不会要求您签任何“不再追究”或者“放弃申诉”的文件，协议只写金额和付款日期。", {}),
    ("法务意见：不再坚持解除合法这一立场，改按赔偿金处理。", ILLEGAL),
    ("面谈时只讲协商方案，不谈单方解除的选项，也别提裁员。", PROTECTED),
    ("审批意见是按N一次性了结，款项在交接完成当天到账。", {}),
    ("公司以77,000元一次性了结，不另外加钱，这是审批的上限。", {}),
    ("代通知金不是不用付，会跟经济补偿一起打到你卡上。", ART40),
    ("孕期保护对合同制员工同样适用，您不用担心身份问题。", PROTECTED),
])
def test_batch12_clean_legality_readings_pass(text, facts):
    assert blocked(text, **facts) == []


@pytest.mark.parametrize("text, facts", [
    ("签完之后就算一次性了结全部纠纷，以后别再来找公司。", {}),
    ("这份协议签了就一次性了结，以后两清。", {}),
    ("公司发邮件通知过你了，所以额外一个月工资就不用再付了。", ART40),
    ("法律只说要通知，没有规定具体天数，十天也算尽到了通知义务。", ART40),
    ("离职以后你默认负有竞业义务，这个没有补偿。", {}),
    ("竞业这块不需要单独签协议，按公司制度执行就行。", {}),
    ("您是劳务派遣过来的，不享受孕期保护，这点请理解。", PROTECTED),
    ("哺乳期的那些保护对派遣员工不适用。", PROTECTED),
    ("签字后，乙方不得以补偿偏低为由反悔或提起诉讼。", {}),
])
def test_batch12_legality_violations_are_caught(text, facts):
    assert blocked(text, **facts)


@pytest.mark.parametrize("text", [
    "您刚才说的“N+1”网上确实常见，但协商解除的法定部分只有N，即77,000元。",
    "你工作了7年，前5年按5个月算，后面2年按2个月算，合计7个月。",
])
def test_batch12_clean_numbers_readings_pass(text):
    assert_passes("numbers", text)


@pytest.mark.parametrize("text, category", [
    ("你的补偿按N+1计算。", "multiplier_not_in_facts"),
    ("你工作了7年，7年按9个月算。", "months_not_in_facts"),
    ("你这次的补偿是9个月工资。", "months_not_in_facts"),
])
def test_batch12_numbers_violations_still_caught(text, category):
    assert_fails("numbers", text, category)
