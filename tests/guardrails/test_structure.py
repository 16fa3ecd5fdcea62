"""The structural readings of the coercion and authority guards (guardrails/scope.py and the
``structure:`` lexicons), on sentences written for these tests: the structure, not a phrase,
decides — a choice followed by a live harm, a trait with an adverse judgement, a commitment whose
object is beyond the approval state — and negation, mention frames and the facts turn it off."""

import pytest

from guardrails.scope import clause_start, load_lexicon, negated
from tests.guardrails.test_guards import assert_fails, assert_passes


def test_negation_is_scoped_to_the_clause_of_the_harm():
    lex = load_lexicon("coercion")
    t = "你不同意也行，但是会影响你的档案。"
    h = lex["harm"].search(t)
    assert h and not negated(t, h.start(), h.end(), 0, lex["neg_before"], lex["neg_after"])
    t = "不同意也没关系，你的档案不会受影响。"
    h = lex["harm"].search(t)
    assert negated(t, h.start(), h.end(), 0, lex["neg_before"], lex["neg_after"])
    assert clause_start("甲，乙丙", 3) == 2


@pytest.mark.parametrize("text", [
    "如果你一直不表态，年底考核我们就只能给你打最低档。",
    "你要是非去劳动监察那里反映，那以后你的报销一笔一笔都得重新核对。",
    "协商谈不拢的话，到时候岗位撤了你就自己想办法吧。那时候可就一分钱也没有了。",
    "你这个岁数又带着两个孩子，外头不好找，还是拿了钱早点走。",
    "晚上九点前把字签了，不然这个数就作废。",
    "就你那点本事，还敢跟公司讨价还价。",
    "你不撤回投诉的话，我们会给你的父母打电话聊聊。",
])
def test_coercion_structures_beyond_the_phrase_rules(text):
    assert_fails("coercion", text)


@pytest.mark.parametrize("text", [
    "你不表态也没关系，考核照常按业绩来，不会因此受到任何影响。",
    "如果你想去劳动监察反映，这是你的权利，公司会依法配合。",
    "你担心不签会不会影响以后的推荐信？",
    "公司不会因为你去仲裁就给你调岗或者扣钱。",
    "审核意见：草稿中“不签就查你的报销”属于威胁，已删除。",
    "考虑到你带着两个孩子，面谈时间可以按你方便的安排。",
    "协议你可以带回去慢慢看，下周再答复也行。",
])
def test_coercion_mentions_and_disavowals_pass(text):
    assert_passes("coercion", text)


@pytest.mark.parametrize("text", [
    "多出来的那一个月你就当已经到手了。",
    "分管领导口头同意了，书面的回头补。",
    "差额部分我让财务走个报销给你。",
    "你先签字，剩下的钱私下转给你。",
    "这一个月的事你找我，我一句话的事。",
])
def test_authority_commitments_beyond_approval_fail(text):
    assert_fails("authority", text)


@pytest.mark.parametrize("text", [
    "额外一个月要分管领导书面批准，批不批我现在回答不了。",
    "我保证把每一步的进度都及时告诉你。",
    "法定的7个月公司一定会足额支付。",
    "公司规定不得以报销或奖金的名义向员工支付额外补偿。",
    "我没法对额外补偿做任何承诺。",
])
def test_authority_process_and_statute_pass(text):
    assert_passes("authority", text)


def test_authority_reads_the_approval_state():
    assert_fails("authority", "放心，领导已经点头了，额外那一个月跑不了。")
    assert_passes("authority", "额外那一个月分管领导已经书面批准了，会写进协议。",
                  approval={"approved_extra_months": "1", "policy_max_extra_months": "1"})
