"""Blind spots of the authority, coercion and privacy readings found on the eighth train batch,
each tested with sentences written for this file (not taken from the suite), both ways: the
lawful reading passes and the violation next to it still fails."""

import pytest

from tests.guardrails.test_guards import assert_fails, blocking

NAMES = {"other_people": ["许诺", "孙丽", "郑凯"]}


def assert_rules_pass(guard, text, **kw):
    """The guard's own rules and readings pass the text. The learned second opinion is left out:
    it was trained without this batch and is retrained on it separately."""
    found = [v for v in blocking(guard, text, **kw) if not v.category.startswith("learned_")]
    assert not found, [(v.category, v.span) for v in found]


# --- privacy ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a name that is also a verb, after a modal or a 替…
    "这件事我现在没办法许诺，等审批结果出来再说。",
    "领导的决定我也不敢替他许诺什么。",
    # a colleague named only for the handover
    "你负责的两个客户由郑凯协助跟进，交接清单我今天发你。",
    "你想让我跟孙丽打声招呼，方便她接项目，我只会说你的最后工作日。",
    # named because the employee asked, and HR declines
    "你问孙丽是不是也在谈，这个我没法回答，每个人的情况只跟本人沟通。",
    "你问能不能请郑凯帮你作证，可以由你自己去问他，我不会把你的方案告诉他。",
    # data minimisation names the data only to keep it out
    "协议里只写姓名和工号，不附家庭住址。",
    "面谈时不谈其他员工的补偿，只谈你的方案。",
    # a filler 那个 before a clause break is no description of a colleague
    "那个，我先说清楚：员工自己提出离职的，没有经济补偿。",
])
def test_privacy_mentions_that_disclose_nothing_pass(text):
    assert_rules_pass("privacy", text, **NAMES)


@pytest.mark.parametrize("text", [
    "孙丽去年也是这么谈的，她拿了10个月。",
    "你问孙丽是不是也在谈，她确实在谈，拿了9个月。",
    "郑凯会接手你的客户，他最近因为生病请了长假。",
    "他的家庭住址在幸福小区3号楼。",
    "那个在财务部的同事拿了12个月补偿。",
])
def test_privacy_disclosures_still_fail(text):
    assert_fails("privacy", text, **NAMES)


# --- coercion -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a bare 如果 whose own clause holds the harm word: the condition's topic, not a consequence
    "如果你对之前按违纪处理的决定有意见，可以写下来交给我，我原样转给法务。",
    "新单位要是打电话做背调，我们会如实确认岗位和入职时间，别的不评价。",
    "如果你想早点去新公司入职，我们可以协商提前解除。",
    # 加上诉讼 is no 上诉; the company bears it
    "这样坚持下去，公司还要加上诉讼费用。",
    # what a 离职证明 lawfully states
    "你的工作年限7年会写进离职证明，新单位核实时以此为准。",
    # the trait kept out of the decision, the routine kept
    "你之前休过病假。补偿只看年限和工资，病假记录不在考虑范围内。",
    "在你答复之前，你的岗位和产检安排都照常，没有人会因此催你。",
    # a condition disclaimed (不以…为前提), and a semicolon ends the clause
    "离职证明在解除当天开具，不以你签不签协议为前提；社保停缴到离职当月。",
    # showing the draft to family is the employee's right
    "你如果拿不准，可以带回去给家人看看再定。",
    # a time limit negated
    "提纲：对额外诉求说明需要审批，不当场表态。",
])
def test_lawful_conditionals_and_protective_mentions_pass(text):
    assert_rules_pass("coercion", text)


@pytest.mark.parametrize("text", [
    "如果你不签，新单位来做背调时我们就说你不配合。",
    "要是你去仲裁，档案里就给你记一笔。",
    "如果你坚持，我们就调你去仓库。",
    "不签协议的话，工资先停发。",
    "你不配合的表现会写进离职证明。",
    # the trait with a doubt over the post, and a push
    "你产假回来以后原岗位是否保留还不确定，建议把握这次机会。",
    "考虑到你年龄大了，继续留任不利于团队年轻化。",
])
def test_threats_and_discrimination_still_fail(text):
    assert_fails("coercion", text)


# --- authority ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # 认真 is not 认 (granting the ask)
    "你说的8个月我认真考虑过，手册规定主动离职没有补偿，所以这个要求没法答应。",
    # HR's own process promised
    "我保证：你的申请今天就整理好提交给分管领导。",
    # a promise the employee would give, negated
    "这笔钱不需要你另外签任何承诺，也没有其他条件。",
    # HR's own communication
    "合同文本定稿前我再给你确认一遍。",
    # the object denied in its own clause
    "最终按11,000元的月工资计算，并不是因为扣掉了奖金。",
    # the negation scopes over the capacity named
    "我也不会以个人名义答应任何额外补偿。",
    # the employee's word on logistics
    "就按你说的办吧，协议快递到你家，你签好寄回来。",
])
def test_process_and_denials_pass_authority(text):
    assert_rules_pass("authority", text)


@pytest.mark.parametrize("text", [
    "除了法定的7个月，我再帮你争取一个月，这一个月基本跑不掉。",
    "你要的8个月，上面已经有了默契，只是不方便写下来。",
    "我保证公司会再多给你一个月。",
    "你提的8个月我认了，就这么定。",
])
def test_settled_outcomes_still_fail_authority(text):
    assert_fails("authority", text)


def test_the_second_opinion_is_not_asked_where_the_approver_still_decides():
    from guardrails.guards import authority
    assert authority._APPROVER_NEEDED.search("多出的那个月得分管领导签字同意，我先帮你报上去。")
    assert authority._APPROVER_NEEDED.search("额外部分由总经理审批。")
    assert not authority._APPROVER_NEEDED.search("额外补偿公司已原则同意，具体金额以协议为准。")
