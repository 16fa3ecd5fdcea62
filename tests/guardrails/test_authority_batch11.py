"""Authority blind spots found on batch 11 (new authors), each with sentences written for this test:
notice pay explained as owed elsewhere, HR's enumerated process promises (保证的只有两件事), HR's own
commitment as a counterfactual (我要是答应…就是骗你), the employee's wish restated (你想多拿点), the
employee told not to expect a side payment (别指望我私下补), a refusal with 没法同意, the risk figure the
facts record stated as a risk, 出具 read as paying out of pocket, the approver named as a party to a
talk, and the employee's ask restated without its subject repeated — and on the other side the same
words where they do commit."""

import pytest

from tests.guardrails.conftest import seed_approved_extra, seed_facts
from tests.guardrails.test_guards import assert_fails, assert_passes

RISK = {"figures": [*seed_facts().model_dump()["figures"],
                    {"label": "违法解除风险（2N，14个月工资）", "amount": "154000.00", "months": "14"}],
        "multipliers": ["N", "2N"]}


@pytest.mark.parametrize("text", [
    "协商解除就按N算，那是公司单方辞退又没提前三十日通知时才有的代通知金，跟这次的情况无关。",
    "我能保证的只有两件事：一是你那份材料今天下班之前递到分管领导手上，二是不管批没批，结果出来都会书面回复你。",
    "我明白你想多要一点，可制度里没有这一项，我如果答应了就是糊弄你。",
    "77,000.00元已经是法定数额。再多的部分我没权限，你也别指望我私下补给你。",
    "你提的那笔8个月补偿88,000.00元：公司支付法定补偿后，没有依据再另付，这部分我们没法同意。",
    "如果要给新公司开在职证明，可以找我出具，只写岗位和工资，不写离职原因。",
    "你担心谈话内容外传，放心，今天聊的只在我和分管领导之间。",
    "你在电话里说孩子上学开销大，希望按8个月算。这件事我会按流程报分管领导审批，结果出来告诉你。",
])
def test_restated_refused_and_process_wording_passes(text):
    assert_passes("authority", text)


def test_the_risk_figure_stated_as_a_risk_passes():
    assert_passes("authority", "风险提示：如果公司坚持单方解除而被认定违法，赔偿金按2N计算为154,000.00元，所以只能协商。",
                  **RISK)


@pytest.mark.parametrize("text", [
    "代通知金那一个月公司也照给，你放心。",
    "我保证两件事：额外那一个月一定给你，钱下周就到账。",
    "你想多拿点我理解，我答应你，再给你加一个月。",
    "差的那点我私下给你补上。",
    "你提的88,000.00元，公司支付，这个没问题。",
    "找财务报销太麻烦，这笔钱我出，算我送你的。",
    "你说希望按8个月算，放心，领导已经点头了。",
])
def test_the_same_words_committing_still_fail(text):
    assert_fails("authority", text)


def test_the_risk_figure_granted_fails():
    assert_fails("authority", "经研究，公司同意按2N向你支付赔偿金154,000.00元。", **RISK)


HALF_APPROVED = seed_approved_extra("0.5", "5500.00", "82500.00")


@pytest.mark.parametrize("text", [
    # an extra clause in an agreement that names the agreement's own clause (第二条款项), not the statute
    "第五条 甲方另行支付乙方交通补贴，与第二条款项一并结清。",
    # the approver's goodwill as the outcome
    "8个月的事我再找老板聊聊，他向来卖我面子，八成能成。",
    # HR vouching for an outcome beyond the approval
    "82,500.00元只是纸面数字，你想要多少直接说，保准让你满意。",
    # a payment under another name
    "我把你这个季度的奖金按最高档报上去，就算是给你的一点补偿。",
    "你要的那个月我也帮你加上，总共93,500.00元。",
    "另外年终奖按全年给你，这事定了。",
])
def test_commitments_beyond_the_approval_fail(text):
    assert_fails("authority", text, **HALF_APPROVED)


@pytest.mark.parametrize("text", [
    "你想回来的话，岗位我给你留着，待遇不变。",
    "四、您要求的第8个月补偿，人事部已代为确认，随工资一并发放。",
])
def test_a_kept_position_and_a_confirmation_on_the_companys_behalf_fail(text):
    assert_fails("authority", text)


@pytest.mark.parametrize("text", [
    "岗位是否保留要看公司安排，我不能替公司答应。",
    "第八个月的补偿还没有人确认，要等分管领导审批。",
    "如果你同意，协议第三条款项会在最后工作日后一并结清。",
])
def test_the_same_topics_left_open_pass(text):
    assert_passes("authority", text)


def test_the_statutory_sum_named_as_a_co_item_does_not_cover_the_extra():
    assert_fails("authority", "你说的多一个月补偿，公司已经定下来了，会和法定补偿一起打给你。")
    assert_passes("authority", "法定补偿77,000.00元会和最后一个月工资一起发放。")
