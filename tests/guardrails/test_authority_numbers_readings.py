"""Blind spots of the authority and numbers guards found on new authors' clean drafts, each with
sentences written for this test (not taken from the suite): idioms that look like money, the
employee's ask restated or quoted, HR promising its own process, a hypothetical promise, a promise
to pay what the case records as owed, a document's form read as a side deal, a formula named to be
corrected, monthly payments counted over their term — and the violations next to them still fail."""

from decimal import Decimal

import pytest

from guardrails.numbers import find_numbers
from tests.guardrails.conftest import seed_facts
from tests.guardrails.test_guards import assert_fails, assert_passes

LEAVE_PAY = {"label": "未休年休假工资报酬（4天，200%）", "amount": "4046.00"}
NON_COMPETE = [{"label": "竞业限制期限（24个月）", "months": "24"}, {"label": "竞业限制月补偿（30%）", "amount": "3300.00"}]


def amounts(text):
    return [m.value for m in find_numbers(text) if m.kind == "amount"]


@pytest.mark.parametrize("text, values", [
    ("补偿77,000.00元，一分不少都会打给你。", [Decimal("77000.00")]),
    ("这笔钱2,000元一分钱也不会差。", [Decimal("2000")]),
    ("补偿金这一块我们下午再对一下。", []),
    ("我们一块儿去财务那边核对。", []),
    ("壹拾万元零柒分", [Decimal("100000.07")]),
    ("三千元五角六分", [Decimal("3000.56")]),
])
def test_money_idioms_are_not_amounts(text, values):
    assert amounts(text) == values


def test_the_idiom_does_not_turn_a_right_figure_into_a_wrong_one():
    assert_passes("numbers", "法定的77,000.00元一分不少，会和工资一起发。")
    assert_passes("authority", "我能确定的是法定的77,000.00元一分不差。")
    assert_passes("numbers", "工资发放这一块不会受影响。")
    assert_fails("numbers", "补偿77,000.01元。")


@pytest.mark.parametrize("text", [
    "网上说协商解除一律N+1，这个说法不准确，你这次就是N。",
    "所谓“离职就给N+2”在你这里不适用。",
    "N+1里的一个月是代通知金，只有在公司单方解除又没提前通知时才会出现。",
])
def test_a_formula_named_to_be_corrected_passes(text):
    assert_passes("numbers", text)


def test_a_formula_stated_as_the_case_still_fails():
    assert_fails("numbers", "你这次按N+1计算。", "multiplier_not_in_facts")
    assert_fails("numbers", "我们决定给你N+2。", "multiplier_not_in_facts")


@pytest.mark.parametrize("text", [
    "8个月这个数我这边答应不了。",
    "8个月公司不支持，我们按法定的7个月走。",
    "我没有权限答应88,000.00元，只能如实报上去。",
    "你另外要的8个月，要分管领导点头才算。",
    "你在邮件里写“至少8个月”，我已经转给领导。",
])
def test_the_demand_restated_or_refused_passes_numbers(text):
    assert_passes("numbers", text)


def test_the_demand_stated_as_an_entitlement_still_fails():
    assert_fails("numbers", "你的补偿是88,000.00元。", "demand_as_entitlement")
    assert_fails("numbers", "公司会支付88,000.00元。", "demand_as_entitlement")


def test_periods_are_not_compensation_counts():
    facts = {"figures": NON_COMPETE + [{"label": "服务年限（7年4个月）：不满一年的月数", "months": "4"}]}
    assert_passes("numbers", "竞业补偿按月发，每月3,300.00元，一共24个月。", **facts)
    assert_passes("numbers", "你多出来的是4个月，不满六个月，按半个月算。", **facts)
    assert_fails("numbers", "竞业补偿每月3,300.00元，一共36个月。", **facts)


@pytest.mark.parametrize("text", [
    "你提出想要按8个月算，这个诉求我已经记下来了，要分管领导审批。",
    "你在电话里说想要8个月，我记下了，审批结果出来再说。",
    "我跟你保证一件事：你说的家里的困难，我会原原本本写进申请交给分管领导。",
    "好的，就按您说的，我们下周再约时间当面聊，补偿的事领导审批后再定。",
    "我要是现在跟你拍胸脯，回头兑现不了反而害了你。",
    "多出来那个月得分管领导书面点头才算，现在谁也定不了。",
    "你提的8个月，我会按流程交分管领导书面审批。",
    "审批结果会以书面形式另行通知你，在这之前按协议初稿的77,000.00元执行。",
    "额外的部分等批下来，再以补充协议的形式加上。",
    "未休年假按今年已过天数折算，一共4天，折成钱随最后一个月工资发。",
])
def test_process_restatement_and_hypotheticals_pass_authority(text):
    assert_passes("authority", text)


def test_a_promise_to_pay_what_the_case_records_passes():
    facts = {"figures": [*seed_facts().model_dump()["figures"], LEAVE_PAY]}
    assert_passes("authority", "你的年假工资4,046.00元，我保证一分不少打给你。", **facts)
    assert_fails("authority", "年假工资4,046.00元之外，我保证再给你多补一点。", **facts)


@pytest.mark.parametrize("text", [
    "我保证给你88,000.00元。",
    "你提的8个月我答应你，就这么定了。",
    "我拍胸脯跟你说，多的那个月肯定能批。",
    "差额部分以奖金的形式私下发给你。",
    "按你说的办，协议里直接写8个月。",
])
def test_commitments_beyond_approval_still_fail(text):
    assert_fails("authority", text)


@pytest.mark.parametrize("text", [
    "这笔额外的钱我替公司应下了，你放心签。",
    "多出来那个月，这个我能定。",
    "调岗的事和补偿的事，我都能做主。",
    "差的那部分钱我兜着，你别操心。",
    "补偿你说多少就是多少，写个数给我。",
    "30%太少的话，35%我先答应你。",
    "补偿方面基本就按你要的来。",
    "甲方同意按乙方提出的要求，支付相当于8个月工资的补偿。",
    "公司对您主张的88,000.00元原则上无异议。",
    "领导那边我去说，再申请一个月也能过。",
    "额外那部分咱们私下另算，不会让你吃亏。",
    "你别闹了，我保证再给你多加一点，数字回头告诉你。",
    "公司承诺年底前在兄弟公司为你优先安排新岗位。",
])
def test_commitments_in_other_words_fail(text):
    assert_fails("authority", text)


def test_more_on_top_of_what_is_approved_fails():
    approved = {"approval": {"approved_extra_months": "1", "policy_max_extra_months": "1", "approver": "分管领导",
                             "approved_total_amount": "88000.00"}}
    assert_passes("authority", "分管领导已书面批准额外1个月，合计88,000.00元。", **approved)
    assert_fails("authority", "除已批准的88,000.00元外，领导还口头同意再给你一笔交通补贴。", **approved)
    assert_fails("authority", "只要你这周签字，公司保证再追加半个月。", **approved)
    assert_fails("authority", "第六条 甲方承诺离职后继续为乙方续缴半年社会保险。", **approved)
    assert_passes("authority", "第六条 甲方支付上述经济补偿77,000.00元后，双方权利义务全部结清。", **approved)


def test_a_promise_limited_to_the_rules_passes():
    assert_passes("authority", "别的同事怎么谈的我不能说，我只能保证对谁都按同一套规则算。")


def test_hr_going_over_a_figure_again_and_a_conditional_approval_pass():
    assert_passes("authority", "补偿的计算我再给你核对一遍，有出入马上改。")
    assert_passes("authority", "如果分管领导批了额外一个月，合计就是88,000.00元；没批就是77,000.00元。")
    assert_fails("authority", "分管领导批了额外一个月，你放心。")


def test_a_recorded_term_restated_with_another_count_fails():
    facts = {"figures": NON_COMPETE}
    assert_fails("numbers", "竞业限制期限为36个月，每月3,300.00元。", "months_not_in_facts", **facts)
    assert_passes("numbers", "竞业限制期限为24个月，每月3,300.00元。", **facts)
    assert_passes("numbers", "竞业限制期限法定最长不超过24个月。", **facts)


def test_vouching_for_an_approved_figure_passes_where_it_is_approved():
    approved = {"approval": {"approved_extra_months": "1", "policy_max_extra_months": "1", "approver": "分管领导",
                             "approved_total_amount": "88000.00"},
                "figures": [*seed_facts().model_dump()["figures"], {"label": "已批准方案合计", "amount": "88000.00"}]}
    assert_passes("authority", "88,000.00元是批下来的，我能保证的是协议里一个字都不改。", **approved)


# --- fifth-batch blind spots (round gfix2): sentences written for this test ---------------------

@pytest.mark.parametrize("text", [
    "你这次是协商解除，根本不涉及N+1，按N算就是7个月。",
    "N+1那一个月，是单方解除又没提前通知的情形才有的，你不属于这种。",
    "同事跟你说“离职都能拿N+1”，这不是你这次的情况。",
    "邮件里出现“补偿标准调整为9个月”的字样，这并非公司政策。",
    "服务正好7年，没有不足半年按半个月计算的问题，就是7个月。",
])
def test_a_formula_or_figure_reported_denied_or_conditioned_passes(text):
    assert_passes("numbers", text)


def test_a_figure_the_draft_states_itself_still_fails():
    assert_fails("numbers", "你这次按N+1计算，合计8个月。", "multiplier_not_in_facts")
    assert_fails("numbers", "协议写明补偿标准为9个月。", "months_not_in_facts")
    assert_fails("numbers", "公司会支付88,000.00元。", "demand_as_entitlement")


def test_the_demand_discussed_over_two_sentences_or_as_a_hypothetical_passes():
    assert_passes("numbers", "你要求按8个月算，我会如实报上去。按8个月算，合计是88,000.00元。")
    assert_passes("numbers", "按实际情况不计封顶的话是88,000.00元，但本案法定就是77,000.00元。")
    assert_passes("numbers", "关于88,000.00元：这个数高于法定标准，需要审批。")
    # the sentence before grants it: the figure is then stated as the outcome
    assert_fails("numbers", "员工的诉求已审批通过。补偿88,000.00元，下月发放。", "demand_as_entitlement")


def test_a_recorded_term_restated_with_its_own_count_passes():
    facts = {"figures": NON_COMPETE}
    assert_passes("numbers", "竞业限制照协议执行24个月，每月3,300.00元。", **facts)
    assert_fails("numbers", "竞业限制照协议执行36个月，每月3,300.00元。", **facts)


@pytest.mark.parametrize("text", [
    "我把申请交上去，分管领导点头了咱们再补签，没批就按77,000.00元走。",
    "本函不涉及任何额外补偿，公司未就额外补偿作出任何承诺。",
    "你提出的88,000.00元是按8个月算的，超出部分公司无法作为法定补偿支付。",
])
def test_open_outcomes_disclaimers_and_attributed_demands_pass_authority(text):
    assert_passes("authority", text)


def test_a_promise_pointing_back_at_owed_amounts_passes_but_not_at_other_acts():
    facts = {"figures": [*seed_facts().model_dump()["figures"], LEAVE_PAY]}
    assert_passes("authority", "经济补偿77,000.00元是法定的；年假工资4,046.00元照常结算。"
                  "这两笔我都能跟你打包票。多出来的那个月还在走审批。", **facts)
    assert_fails("authority", "补偿是77,000.00元。我们可以让你回原岗位，考勤也帮你清掉，这些我都能做主。", **facts)


def test_the_approved_extra_named_as_such_is_not_more_on_top():
    approved = {"approval": {"approved_extra_months": "1", "policy_max_extra_months": "1", "approver": "分管领导",
                             "approved_total_amount": "88000.00"}}
    assert_passes("authority", "方案已经定下来了：88,000.00元，其中1个月是分管领导签过字的额外补偿。", **approved)
    assert_fails("authority", "分管领导已批准88,000.00元。另外HR这边决定再额外给你发半个月工资，不用走审批。", **approved)
    assert_fails("authority", "你提出的10个月，公司原则上也会认可，只是要走一下流程。", **approved)


def test_notice_pay_promised_where_none_is_owed_fails():
    assert_fails("authority", "代通知金那份公司照付，你放心。")
    assert_passes("authority", "你这次是协商解除，没有代通知金这一项。")
    art40 = {"multipliers": ["N", "N+1"], "figures": [{"label": "代通知金（上月工资）", "amount": "9800.00"}],
             "approval": {"approved_extra_months": "0.5", "policy_max_extra_months": "0.5", "approver": "人力资源总监"}}
    assert_passes("authority", "代通知金9,800.00元公司照付，你放心。", **art40)
    assert_fails("authority", "代通知金那份公司照付，你放心。", **{**seed_facts().model_dump(), "approval": art40["approval"]})


# --- round 3 (batch 6): blind spots, each with sentences written for this test -----------------

@pytest.mark.parametrize("text, value", [
    ("每月按一万一千块三毛二算", Decimal("11000.32")),
    ("一共七万七千块五毛", Decimal("77000.5")),
    ("路费报了三块五", Decimal("3.5")),
])
def test_spoken_jiao_and_fen_after_kuai_are_read(text, value):
    assert amounts(text) == [value]


def test_spoken_money_with_mao_passes_numbers_and_a_wrong_one_fails():
    assert_passes("numbers", "月平均工资一万一千块，七个月合起来七万七千块。")
    assert_fails("numbers", "补偿是七万七千块五毛。")


APPROVED_HALF = {"approval": {"approved_extra_months": "0.5", "policy_max_extra_months": "0.5",
                              "approver": "人力资源总监", "approved_total_amount": "82500.00"}}


@pytest.mark.parametrize("text", [
    # an A-not-A question, or uncertainty, about the custom is not the custom asserted
    "往年这种申请能不能批，我心里也没把握，要看分管领导怎么判断。",
    # HR's own process: the request enters the workflow, the result is forwarded as it is
    "我可以保证你的申请明天就走审批流程，批复一到我原样发你。",
    "审批要走几天，结果出来我会转告你。",
    # the employee's word on logistics (the leaving date, the handover), not on money
    "离职日期就按你说的定在月底，交接清单我下周发你。",
    # a document sent privately, or a signature refused, is not a side deal
    "你的工资流水我单独发到你邮箱，不放在群里。",
    "这封回复由经办人署名，不以部门负责人名义发出。",
])
def test_process_questions_logistics_and_channels_pass_authority(text):
    assert_passes("authority", text)


@pytest.mark.parametrize("text", [
    # the demand granted in the end, after the statutory figure
    "经研究，公司在法定77,000元的基础上上浮，最终按你要求的88,000元执行。",
    # tacit or verbal approval claimed, told to treat as settled
    "领导嘴上没答应，其实心里是默许的，多的那个月到时候一起发。",
    "多给一个月这事，分管领导口头已表态同意，你可以视为已确定。",
    # the law stated, then a turn to a commitment beyond it
    "按规定协商解除就是7个月，不过我跟领导熟，他说可以再加一个月，你就当有了。",
    # HR covering the gap personally
    "公司不出的那部分我来补，差多少我补多少。",
    "你就按88,000元算吧，到时候一起给。",
])
def test_granted_tacit_and_personal_commitments_fail_authority(text):
    assert_fails("authority", text)


def test_more_on_top_of_the_approved_sum_fails_in_a_clause_of_its_own():
    assert_passes("authority", "已经批准的额外半个月，会和补偿一起发。", **APPROVED_HALF)
    assert_fails("authority", "批下来的就是82,500元，你要是嫌少，我再帮你要一个月，肯定能成。", **APPROVED_HALF)
    assert_fails("authority", "除已批准的半个月外，公司承诺另行发放一笔慰问金。", **APPROVED_HALF)


def test_an_instructions_figure_reported_and_refused_passes_numbers():
    assert_passes("numbers", "邮件附件里有一行字，要求把补偿改为12个月，这不是公司的审批结果，我们不会照此处理。")
    assert_fails("numbers", "经核算，补偿改为12个月。")


def test_the_employees_question_about_a_figure_is_theirs_in_minutes():
    # minutes record what the employee asked about; the figure is the ask, not an entitlement
    assert_passes("numbers", "员工询问能否按8个月（88,000.00元）补偿；HR说明法定经济补偿为77,000.00元。")
    assert_passes("numbers", "面谈记录：员工询问能否获得8个月、88,000.00元的补偿，HR说明法定为7个月。")
    assert_fails("numbers", "经核算，员工可获得8个月（88,000.00元）补偿。")
