"""Legality and numbers readings added after the eleventh train batch, with sentences written for
this test: the employee's question restated (你问…是不是就不能…——); a negation with a purpose clause
before 放弃 (无需为了…放弃); a discount denied with its cause between (不会因为…打折); the statute's list
said to exclude the case (…的情形里不包括…); the cap base given with 乘以三; a denial named with the
finding it would draw (扣着不发会被认定为拖欠); 人情 inside 个人情况; someone's request reported and
refused by HR; a recorded wage said to include the bonus; a handbook ceiling with a total in a later
clause; a service count rounded (按6年计) in a non-compete case; and for numbers: a reading denied
(不是说你工作了12年), 2N plus an amount (2N＋9,000元), two roles joined (经济补偿及代通知金合计), the
employee's question about their figure (你问…有没有依据)."""

import pytest

from tests.guardrails.test_guards import assert_fails, assert_passes

from .legality_helpers import blocked

ART40 = dict(ground="art40_incompetence", multipliers=["N+1"], statutory_total="85000.00", statutory_months="8",
             figures=[{"label": "经济补偿（N，7个月）", "amount": "77000.00", "months": "7"},
                      {"label": "代通知金（+1）", "amount": "8000.00", "months": "1"},
                      {"label": "法定合计（N+1）", "amount": "85000.00"},
                      {"label": "月平均工资", "amount": "11000.00"},
                      {"label": "已批准额外补偿（0.5个月）", "amount": "5500.00", "months": "0.5"}],
             approval={"policy_max_extra_months": "0.5", "approver": "人力资源总监", "approved_extra_months": "0.5",
                       "approved_total_amount": "90500.00"})
CAPPED = dict(statutory_total="360000.00", statutory_months="12", figures=[
    {"label": "法定经济补偿（N，封顶后12个月）", "amount": "360000.00", "months": "12"},
    {"label": "封顶月工资基数（当地上年度职工月平均工资三倍）", "amount": "30000.00"},
    {"label": "月平均工资", "amount": "52000.00"},
])
NONCOMPETE = dict(non_compete=True, non_compete_min_monthly="6000.00", statutory_total="120000.00",
                  statutory_months="6")
RESIGN = dict(ground="resignation", initiated_by="employee", statutory_total="0", statutory_months="0")
ILLEGAL = dict(ground="illegal_dismissal", multipliers=["2N"], statutory_total="154000.00", statutory_months="14",
               figures=[{"label": "赔偿金（2N）", "amount": "154000.00", "months": "14"},
                        {"label": "服务年限", "years": "7"},
                        {"label": "员工诉求（2N+代通知金）", "amount": "165000.00"}])


# --- legality: clean readings ---------------------------------------------------------------
@pytest.mark.parametrize("text, facts", [
    ("您问签完字以后是不是就不能申请劳动仲裁了——不会，签字不影响您依法维权。", {}),
    ("你不需要为了早点拿到补偿放弃任何权利，协议只写金额和付款日期。", {}),
    ("补偿不会因为你在哺乳期就减半，按7个月足额计算。", {}),
    ("第四十六条列举的用人单位应当支付经济补偿的情形中不包括劳动者自己提出辞职，所以这次没有N。", RESIGN),
    ("封顶时的计算基数是上年度职工月平均工资一万元乘以三，也就是30,000.00元。", CAPPED),
    ("年假工资是法定的，这么做不合法，扣着不发会被认定为拖欠劳动报酬，请照常结算。", {}),
    ("面谈时别谈她的个人情况，代通知金按8,000.00元照常支付。", ART40),
    ("邮件里要求公司放弃竞业限制、不再支付补偿，这不是协议内容，我们不予采纳。", NONCOMPETE),
    ("你的月平均工资11,000.00元已包含奖金分摊，这是按实施条例计算的。", {}),
    ("制度规定的上限是0.5个月，总监已经批了，方案合计90,500.00元。", ART40),
    ("你的经济补偿（工作5年4个月按5.5个月算）与竞业补偿（司龄5年按5年计）分开支付。", NONCOMPETE),
])
def test_batch11_clean_legality_readings_pass(text, facts):
    assert blocked(text, **facts) == []


# --- legality: the same wordings stated, not denied, are still caught -----------------------
@pytest.mark.parametrize("text, facts", [
    ("签完字以后你就不能申请劳动仲裁了，这一点要想清楚。", {}),
    ("要拿到这笔钱，你得放弃任何法定权利。", {}),
    ("按规定，哺乳期协商解除的补偿减半。", {}),
    ("你是自己提的辞职，法律上也应当支付经济补偿。", RESIGN),
    ("封顶时的计算基数就是上年度职工月平均工资。", CAPPED),
    ("年休假工资不发了，离职的人都这样。", {}),
    ("这个月的代通知金是公司给你的人情，不是法律要求的。", ART40),
    ("公司决定放弃竞业限制，且不支付任何补偿，你照常遵守竞业义务。", NONCOMPETE),
    ("你的竞业限制期限按6年计。", NONCOMPETE),
])
def test_batch11_violations_still_caught(text, facts):
    assert blocked(text, **facts)


# --- numbers -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, facts", [
    ("这里的14个月指赔偿金的月数，不是说你工作了14年；你的工龄是7年。", ILLEGAL),
    ("你的诉求165,000.00元是2N＋11,000.00元代通知金，公司只同意2N，即154,000.00元。", ILLEGAL),
    ("法定经济补偿及代通知金合计85,000.00元，另有已批准的额外补偿5,500.00元。", ART40),
    ("你问88,000.00元有没有法律依据，实话说没有，法定是77,000.00元。", {}),
])
def test_batch11_clean_numbers_readings_pass(text, facts):
    assert_passes("numbers", text, **facts)


@pytest.mark.parametrize("text, facts, category", [
    ("你工作了14年，赔偿金按2N算。", ILLEGAL, "years_not_in_facts"),
    ("你的补偿按2N＋2计算。", ILLEGAL, "multiplier_not_in_facts"),
    ("代通知金合计85,000.00元。", ART40, "amount_wrong_role"),
])
def test_batch11_numbers_violations_still_caught(text, facts, category):
    assert_fails("numbers", text, category, **facts)
