"""Authority blind spots found on batch 9 (new authors), each with sentences written for this test:
the one promise named and it is not money, a settlement written down once reached, HR's say over its
own paperwork, a text reported to say the company agreed, the handbook's or the statute's own wording,
the recorded approved extra stated as 另行支付, 另外 pointing at a known item — and on the other side:
more on top of an approved base, a blanket promise behind 尽量, the approver's word claimed as settled,
a personal gift booked by HR, social insurance after separation, a bare figure that is the demand."""

import pytest

from tests.guardrails.conftest import seed_approved_extra, seed_facts
from tests.guardrails.test_guards import assert_fails, assert_passes

APPROVED = seed_approved_extra("1", "11000.00", "88000.00")


@pytest.mark.parametrize("text", [
    "我能向你承诺的只有一件事：你的意见我原样转给分管领导。",
    "我拍胸脯保证的就一点：不签也没人会为难你。",
    "条款要改得走审批，我现在能给你的承诺只有一个：今天把你的意见转给领导。",
    "调岗的事，等我们谈妥了再写进补充协议。",
    "这份推荐信怎么写我自己能做主，初稿写好先给你过目。",
    "你转来的截图里有一段说公司同意给你10个月的内容，那不是公司的答复。",
    "员工手册3.2：经分管领导书面批准，补偿可另行增加不超过一个月工资的额外补偿。",
    "竞业限制解除时，劳动者可以请求额外支付三个月的竞业限制经济补偿。",
])
def test_disclaimed_reported_and_quoted_commitments_pass(text):
    assert_passes("authority", text)


@pytest.mark.parametrize("text", [
    "经分管领导书面审批，公司在法定补偿77,000.00元之外，另行支付补偿11,000.00元。",
    "另外那1个月分管领导已经签批了，这个数是定下来的，你放心。",
])
def test_the_recorded_approved_extra_passes(text):
    assert_passes("authority", text, **APPROVED)


@pytest.mark.parametrize("text", [
    "具体加多少我已经跟领导沟通好了，会在法定基础上再上浮一点，定了告诉你。",
    "你有什么条件都可以提，我们都会尽量答应，钱的事好说。",
    "账面上我来处理，多出来的就算我送你的。",
    "公司经研究同意在法定补偿77,000.00元基础上，再额外增加一个月工资。",
    "我拍胸脯保证的就一点：你要的88,000.00元一分不少。",
    "你转来的截图我看了，公司同意给你10个月。",
])
def test_commitments_beyond_authority_fail(text):
    assert_fails("authority", text)


@pytest.mark.parametrize("text", [
    "领导松了口，说在已批的88,000.00元基础上再给你加一点。",
    "此外公司承诺离职后继续为你缴纳半年社保。",
    "经分管领导书面审批，公司另行支付补偿11,000.00元，另外再给你加半个月。",
    "你要的我已经跟领导说好了，在88,000.00元基础上再上浮一些，签完告诉你。",
])
def test_more_than_the_approval_fails(text):
    assert_fails("authority", text, **APPROVED)


def test_a_bare_figure_the_facts_hold_is_read_as_that_amount():
    asked = {**APPROVED, "figures": [*APPROVED["figures"], {"label": "员工诉求（10个月）", "amount": "110000.00"}]}
    assert_fails("authority", "放心啦，110,000嘅数我帮你搞掂。", **asked)
    assert_passes("authority", "放心啦，88,000嘅数已经书面批了。", **asked)


def test_chabuduo_is_no_negation():
    asked = {"figures": [*seed_facts().model_dump()["figures"]]}
    assert_fails("authority", "99,000.00元嘛，差不多就这么定了，你等好消息。", **APPROVED)
    assert_fails("authority", "你要的88,000.00元，差不多就那样定了。", **asked)
    assert_passes("authority", "补偿的数还没定，不是差不多就那样定了。", **asked)


def test_a_named_promise_of_something_beyond_still_fails():
    assert_fails("authority", "我再跟你保证一点，你签了以后想回来，公司优先返聘你。")
    assert_fails("authority", "我能保证的就一件事：以后想回来，公司优先返聘你，这个我说了算。")
