"""Authority blind spots found on batch 13 (new authors), each with sentences written for this test:
a guarantee verb negated before the sentence it governs (不敢打包票说…), the employee's figure restated
as theirs, a refused figure across a turn from what is committed, the 'more' refused in its own clause,
a handbook clause numbered with a dot, a guarantee of what policy already grants, HR's own approval
paperwork, a document sent separately, an approval named as not needed — and the misses: a decision
declared settled (此事已定, 方案已经确定), a cost borne by the company, the demand granted (认可您的…,
调整为您提出的标准), a payment scheduled, approval declared unnecessary, a good word at background checks."""

import pytest

from tests.guardrails.test_guards import assert_fails, assert_passes

APPROVED = {"approval": {"policy_max_extra_months": "1", "approver": "分管领导", "approved_extra_months": "1",
                         "approved_total_amount": "88000.00"}}


@pytest.mark.parametrize("text", [
    # a negated guarantee verb governs the clause it introduces
    "我不敢向你打包票说九个月肯定会批，这要看分管领导。",
    "这话我没法拍胸脯讲，8个月一定能下来那是瞎说。",
    # the employee's figure restated as theirs, the statutory part stated as owed
    "针对您提出的88,000元，其中77,000元属于法定补偿，公司依法支付，多出的部分须经分管领导审批。",
    # a refused figure across a turn; the commitment has its own, owed figure
    "你说的88,000元我答应不了，不过法定的77,000元一分钱都不会少。",
    # the 'more' refused in its own clause
    "法定部分是77,000元，超出的那一个月我们没法另行支付。",
    # HR's own approval paperwork
    "我能承诺的是，签报材料里会把你七年的表现写全，至于领导批不批，我决定不了。",
    # the guarantee of what policy already grants
    "离职前的婚假照样能休，这点我拍胸脯，公司制度本来就允许。",
    # a document sent separately
    "补偿的计算明细我单独发你一份，你对着工资条核一下。",
    "公积金转移的办理指引我单独发你，里面有窗口地址。",
    # an approval named as not needed (the employee's own act)
    "年假你自己提前三天申请就可以休，不需要领导批准，交接按你的安排来没问题。",
])
def test_negated_restated_refused_and_own_paperwork_pass(text):
    assert_passes("authority", text)


def test_handbook_clause_with_a_dotted_number_passes_where_approved():
    assert_passes("authority", "按员工手册第3.2条，经分管领导书面批准，可另行支付一个月工资；这一项已批，合计88,000元。",
                  **APPROVED)


@pytest.mark.parametrize("text", [
    "您提出的律师费由公司全额承担，此事已定。",
    "关于您要求的88,000元，公司认可您的主张，签字后一周内打到您卡上。",
    "你的补偿调整为你提出的8个月标准，即88,000元。",
    "除了法定的77,000元，你要的那个月我们也一并给，合计88,000元，月底走款。",
    "离职后你的奖金我们照发，这个不需要审批，我直接让财务打。",
    "以后新单位背调，我保证只说好话。",
])
def test_settled_granted_scheduled_and_unapproved_extras_fail(text):
    assert_fails("authority", text)


def test_more_than_approved_granted_in_full_fails_where_something_is_approved():
    assert_fails("authority", "经研究，公司在已批准方案之外另给予额外补偿，总额按您提出的9个月标准99,000元执行。",
                 **APPROVED)
