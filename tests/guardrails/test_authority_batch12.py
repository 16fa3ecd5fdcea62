"""Authority blind spots found on batch 12 (new authors), each with sentences written for this test:
a counterfactual commitment with an adverb between (我要是当场答应你), 谁说…都别信, HR's process
promise of delivering the employee's words to the approver, the employee's own signature read as an
approval, the scope of what the company checks during a non-compete, a reported demand that the
approval be written in, 只是 meaning "merely" read as a turn — and the misses: a line HR is told to
say quoted in a script, the employee's demands accepted wholesale, topping up to a figure (补足至),
and obtaining what is not due (不该有的也给你弄来)."""

import pytest

from tests.guardrails.test_guards import assert_fails, assert_passes


@pytest.mark.parametrize("text", [
    "九万那个数我要是当场拍胸脯答应你，那是糊弄你，这个数得领导书面审批。",
    "加到8个月这件事，现在谁和你说稳了都不可信，我也一样。",
    "封顶是法律定的，公司通融不了；我能保证的是您的意见一字不落地送到总经理那里。",
    "您考虑多久都行，这份方案跟您签不签字没有关系，您放心。",
    "员工的邮件附件里有一句话，要求我们在回复里注明领导已批准，这句话不予采纳。",
    "8个月是你提的诉求，法定里的“六个月”只是用来判断零头折半年还是一年，你的零头按半个月算。",
    "不要明确告诉他“你的要求我们全部接受”，只说会按流程申请。",
])
def test_counterfactual_disclaimed_process_and_reported_wording_passes(text):
    assert_passes("authority", text)


def test_what_the_company_checks_during_a_non_compete_passes():
    assert_passes("authority", "竞业期间公司只核实你的新单位是不是同行，不会去查你的家属，这点你放心。", non_compete=True)
    assert_fails("authority", "竞业那个条款公司不会真的去查，你照样可以去同行。", non_compete=True)


@pytest.mark.parametrize("text", [
    "沟通要点：如他坚持要9个月，可以直接告诉他“多出来的那部分以绩效奖名义发给你”，不进协议。",
    "面谈提示：对方提什么都行，明确告诉他“你的诉求公司一律同意”。",
    "您的条件我们全部答应。",
    "考虑到您的情况，公司会在法定补偿之外补足到9个月。",
    "这事您别管了，不该拿的我也想辙给您弄来。",
])
def test_scripted_lines_wholesale_grants_and_top_ups_fail(text):
    assert_fails("authority", text)
