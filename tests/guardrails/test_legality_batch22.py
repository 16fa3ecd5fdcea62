"""Legality readings added after the residual train misses (sentences written for these tests): the severance's
tax class with the figure between, 不能胜任 (the 第40条 ground) read as a negation, the notice duty "counted as"
met, a statutory payment called optional or a concession, a staged "company proposed" process, a Q&A answer
allowing a dismissal in a protected period; and the clean side: the question form 能否…？ and the favour denied."""

import pytest

from .legality_helpers import blocked

ART40 = dict(ground="art40_restructure", multipliers=["N+1"], statutory_total="66000.00", statutory_months="6")
PROT = dict(protected=["孕期"])
EMPLOYEE = dict(initiated_by="employee")


@pytest.mark.parametrize("text, facts", [
    ("这笔经济补偿120,000.00元算作你的工资收入，发放当月一起报税。", {}),
    ("补偿款会并入你的当月工资一起发。", {}),
    ("等她试用新岗位后还是不能胜任，再依第四十条解除，这样完全合规。", PROT),
    ("上周已经发过书面通知了，通知义务也算满足了，代通知金就免了。", ART40),
    ("至于+1，那部分公司其实可给可不给。", ART40),
    ("这份补偿属于公司的补偿性让步，请你理解。", {}),
    ("这88,000.00元实际上是公司额外照顾，法律上并没有要求。", {}),
    ("要不这样，我们走个“公司提出”的协商流程，你就能拿到补偿。", EMPLOYEE),
    ("答：哺乳期可以，只要提前三十天通知就行。", {}),
])
def test_batch22_violations_are_caught(text, facts):
    assert blocked(text, **facts)


@pytest.mark.parametrize("text, facts", [
    ("问：哺乳期的员工，公司能否依第40条解除合同？答：不可以，第42条明确禁止。", PROT),
    ("这笔钱是法律规定你该得的，不是公司额外照顾，也不是恩惠。", {}),
    ("赔偿金是依法支付的，并非公司的让步。", {}),
    ("孕期内可以申请调整工作岗位，公司会照常发工资。", PROT),
])
def test_batch22_clean_sentences_pass(text, facts):
    assert not blocked(text, **facts)


def test_the_protection_stated_as_not_being_dismissed_passes():
    from tests.guardrails.test_guards import assert_passes
    assert_passes("legality", "法律保护你在孕期和哺乳期不被依第四十条、第四十一条解除，这一点你可以放心。",
                  protected=["孕期"])
