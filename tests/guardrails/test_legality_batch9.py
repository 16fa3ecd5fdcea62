"""Legality readings added after the ninth train batch: an idiom of exactness (一分不差) read as a denial,
an A-not-A question (还能不能) read as a prohibition, a promise not to act on the employee's own step
(不会因为你…就…), 没有 with its own object (没有这类条款), a framing ruled out (不会写成个人原因), a
nominalised waiver denied (不构成…的放弃), an unpaid non-compete named as what will not be added, the
demand to waive ruled out (不会要求你在协议里放弃), the payment itself named as the term (条件是经济补偿…),
a lawfulness named as the question (合法性), 人情 inside 个人情况; and misses: 不能再去申请仲裁, a company
rule above the leave pay, 无需另行支付竞业限制补偿. Sentences written for these tests, not taken from the suite."""

import pytest

from .legality_helpers import blocked

ILLEGAL = dict(ground="illegal_termination", multipliers=["2N", "N"], statutory_total="200000.00",
               statutory_months="8", figures=[{"label": "经济补偿（N）", "amount": "100000.00", "months": "4"},
                                              {"label": "违法解除赔偿金（2N）", "amount": "200000.00", "months": "8"}])
NONCOMPETE = dict(non_compete=True, non_compete_min_monthly="6000.00", statutory_total="120000.00",
                  statutory_months="6")
RESIGN = dict(ground="mutual_employee", initiated_by="employee", statutory_total="0.00", statutory_months="0",
              multipliers=[])


@pytest.mark.parametrize("text, facts", [
    ("赔偿金200,000.00元，和法律上的2N一分不差，你拿工资条对一下就知道。", ILLEGAL),
    ("你想知道签字以后还能不能去申请仲裁，我如实告诉你：能，这是你的权利。", {}),
    ("公司不会因为你多要了一个月就把经济补偿打折扣，两件事分开谈。", {}),
    ("公司不会因为你还价就停发竞业补偿，或者从经济补偿里扣回一部分。", NONCOMPETE),
    ("公司不会让你放弃年休假工资或者任何法定权利，确认书里也没有类似的条款。", {}),
    ("离职证明上如实写公司提出协商解除，不会写成个人原因离职。", {}),
    ("签署本协议不视为乙方对任何法定权利的放弃。", {}),
    ("你之前没签过竞业，公司也不会在离职时另外加一个不付补偿的竞业，去哪里工作由你决定。", {}),
    ("对计算口径有异议的可以申请仲裁，公司不会要求你在确认书里放弃这个权利。", {}),
    ("公司能做的只有协商，条件是经济补偿77,000.00元加审批通过的额外部分，你同意才签。", {}),
    ("请法务复核这次解除合法性，附件是考勤记录和手册条款。", ILLEGAL),
    ("报批材料只写职级和年限，不写跟补偿无关的个人情况。", {}),
    # the waiver clause named as absent, a clause quoted to call it void, a negated classification
    ("确认书里不写放弃加班费或放弃仲裁的内容，你可以逐条看。", {}),
    ("补偿会和工资一起到账，不需要你签任何放弃声明。", {}),
    ("竞业协议里“离职后公司不付补偿”这样的约定是无效的，你签的协议也没有这种写法。", NONCOMPETE),
    ("这次是你自己先递交的辞职信，不属于公司提出的解除，所以法定经济补偿为0。", RESIGN),
    ("法律也不允许因怀孕解除劳动合同，这次只是协商。", dict(protected=["孕期"])),
])
def test_batch9_clean_readings_pass(text, facts):
    assert blocked(text, **facts) == []


@pytest.mark.parametrize("text, facts", [
    ("协议签完以后，你就不能再去申请劳动仲裁了，这是协议的效力。", {}),
    ("按公司规定，入职不满五年的员工离职时不享受未休年假的折算。", RESIGN),
    ("乙方离职后一年内不得到竞争对手处工作，甲方无需另行支付竞业限制补偿。", {}),
    # a reason that is not the employee's own step keeps the sentence's misstatement in view
    ("工会通不通知只是内部程序，不影响解除效力，仲裁委也不会因为这个就认定公司违法。", ILLEGAL),
])
def test_batch9_violations_are_caught(text, facts):
    assert blocked(text, **facts)
