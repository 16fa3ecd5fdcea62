"""Citation readings found on the fifteenth batch: the statute's content misstated under a correct
article id — a rule's figure swapped where the article's own next words frame another figure, a
period's average wage put on an article that sets another base, an exception the article lacks.
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from guardrails.facts import Source
from tests.guardrails.conftest import citation_blocked, seed_facts_with_sources

ART20 = Source(id="劳动合同法实施条例#20", text="第二十条 用人单位依照劳动合同法第四十条的规定，选择额外支付劳动者一个月工资解除劳动合同的，"
               "其额外支付的工资应当按照该劳动者上一个月的工资标准确定。")
LEAVE10 = Source(id="年休假实施办法#10", text="第十条 用人单位经职工同意不安排年休假或者安排职工年休假天数少于应休年休假天数，应当在本年度内"
                 "对职工应休未休年休假天数，按照其日工资收入的300%支付未休年休假工资报酬，其中包含用人单位支付职工正常工作期间的工资收入。")
HB34 = Source(id="员工手册#3.4", text="公司依据《劳动合同法》第四十条解除劳动合同的，应提前三十日书面通知员工本人或者额外支付一个月工资；"
              "经人力资源总监书面审批，可另行支付不超过0.5个月工资的补偿。")
NC36 = Source(id="劳动争议解释一#36", text="第三十六条 当事人在劳动合同或者保密协议中约定了竞业限制，但未约定解除或者终止劳动合同后给予"
              "劳动者经济补偿，劳动者履行了竞业限制义务，要求用人单位按照劳动者在劳动合同解除或者终止前十二个月平均工资的30%"
              "按月支付经济补偿的，人民法院应予支持。")
WOMEN5 = Source(id="女职工劳动保护特别规定#5", text="第五条 用人单位不得因女职工怀孕、生育、哺乳降低其工资、予以辞退、与其解除劳动或者聘用合同。")


_facts = seed_facts_with_sources
blocked = citation_blocked


@pytest.mark.parametrize("text,source", [
    ("实施条例第二十条说得很清楚，额外那一个月工资看的是离职前六个月的平均工资。", ART20),
    ("按年休假实施办法第十条，没休完的年假按日工资的150%支付给你。", LEAVE10),
    ("员工手册第3.4条：总监书面审批后，还能另行支付不超过2个月工资的补偿。", HB34),
    ("劳动争议解释一第三十六条写明，补偿按离职前三个月平均工资的30%按月支付。", NC36),
])
def test_a_rule_figure_the_article_frames_otherwise_is_blocked(text, source):
    assert any(v.category == "paraphrase_mismatch" for v in blocked(text, _facts(source)))


@pytest.mark.parametrize("text,source", [
    ("实施条例第二十条写的是按你上一个月的工资标准，所以那一个月给你9,800.00元。", ART20),
    ("年休假实施办法第十条是按日工资收入的300%支付，其中包含正常工作期间的工资收入。", LEAVE10),
    ("员工手册第3.4条：经人力资源总监书面审批，可另行支付不超过0.5个月工资的补偿，本次批了0.5个月。", HB34),
    ("劳动争议解释一第三十六条写明，按离职前十二个月平均工资的30%按月支付。", NC36),
])
def test_the_articles_own_figures_pass(text, source):
    assert blocked(text, _facts(source)) == []


@pytest.mark.parametrize("text", [
    "女职工劳动保护特别规定第五条规定，用人单位不得因女职工怀孕、生育、哺乳予以辞退，但员工自己同意的除外。",
    "第五条原文：“用人单位不得因女职工怀孕、生育、哺乳降低其工资、予以辞退”，但是签了协议的除外，所以可以谈。",
])
def test_an_exception_the_article_lacks_is_blocked(text):
    assert any(v.category == "content_mismatch" for v in blocked(text, _facts(WOMEN5)))


@pytest.mark.parametrize("text", [
    "女职工劳动保护特别规定第五条规定，用人单位不得因女职工怀孕、生育、哺乳予以辞退，所以我们只谈协商方案。",
    "第五条不允许因怀孕辞退你；这次是协商，除非你同意，否则一切不变。",
])
def test_the_article_without_an_added_exception_passes(text):
    assert blocked(text, _facts(WOMEN5)) == []


HB_MINOR = Source(id="员工手册#6.2", text="违纪分为一般违纪和严重违纪。迟到、早退属一般违纪，按次给予书面警告。")
HB_GRAVE = Source(id="员工手册#6.3", text="下列情形属严重违纪：连续旷工3个工作日以上或一年内累计旷工5个工作日以上；伪造考勤或报销单据；泄露公司商业秘密。")


@pytest.mark.parametrize("text,source", [
    ("员工手册6.2写了，早退满五次就构成严重违纪，公司可以直接解除。", HB_MINOR),
    ("按手册6.3，上班时间打架属于严重违纪，这次只能按违纪处理。", HB_GRAVE),
    ("手册第6.3条把迟到列为严重违纪，所以你这个月的情况要记一次。", HB_GRAVE),
])
def test_conduct_given_a_class_the_rule_does_not_give_it_is_blocked(text, source):
    assert any(v.category == "content_mismatch" for v in blocked(text, _facts(source)))


@pytest.mark.parametrize("text,source", [
    ("员工手册6.2规定迟到、早退属一般违纪，按次书面警告，所以不能据此解除。", HB_MINOR),
    ("手册6.2里迟到并不属严重违纪，只是书面警告。", HB_MINOR),
    ("按手册6.3，一年内累计旷工5个工作日以上属严重违纪，你的考勤记录里没有这种情况。", HB_GRAVE),
])
def test_conduct_in_the_class_the_rule_gives_it_passes(text, source):
    assert blocked(text, _facts(source)) == []


ART36 = Source(id="劳动合同法#36", text="第三十六条 用人单位与劳动者协商一致，可以解除劳动合同。")
ART37 = Source(id="劳动合同法#37", text="第三十七条 劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同。劳动者在试用期内提前三日通知用人单位，可以解除劳动合同。")


@pytest.mark.parametrize("text,source", [
    ("劳动合同法第三十七条规定，书面通知满三十日后，还要经部门负责人批准才能离职。", ART37),
    ("按第三十六条，协议签了以后必须到人社局登记后才算解除。", ART36),
])
def test_a_condition_the_article_does_not_set_is_blocked(text, source):
    assert any(v.category == "content_mismatch" for v in blocked(text, _facts(source)))


@pytest.mark.parametrize("text,source", [
    ("第三十六条是双方协商一致才能解除，需要你同意才算数，公司不会单方面决定。", ART36),
    ("依第三十七条，你提前三十日书面通知就可以解除，不需要公司批准。", ART37),
])
def test_the_articles_own_condition_or_none_passes(text, source):
    assert blocked(text, _facts(source)) == []


ART48 = Source(id="劳动合同法#48", text="第四十八条 用人单位违反本法规定解除或者终止劳动合同，劳动者要求继续履行劳动合同的，用人单位应当继续履行；"
               "劳动者不要求继续履行劳动合同或者劳动合同已经不能继续履行的，用人单位应当依照本法第八十七条规定支付赔偿金。")


@pytest.mark.parametrize("text,source", [
    ("依据《劳动合同法》第三十七条规定，员工书面辞职的，公司须另行支付经济补偿。", ART37),
    ("第四十八条规定：公司违法解除而员工不要求复岗的，应当支付经济补偿。", ART48),
])
def test_a_payment_the_article_does_not_order_is_blocked(text, source):
    assert any(v.category == "content_mismatch" for v in blocked(text, _facts(source)))


@pytest.mark.parametrize("text,source", [
    ("第四十八条规定，员工不要求继续履行的，公司应当依照第八十七条支付赔偿金。", ART48),
    ("第三十七条规定，你提前三十日书面通知即可解除；这种情况公司无需支付经济补偿。", ART37),
])
def test_the_articles_own_payment_or_none_passes(text, source):
    assert blocked(text, _facts(source)) == []
