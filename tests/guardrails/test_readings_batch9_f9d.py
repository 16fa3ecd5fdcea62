"""Blind spots of the numbers and citation guards found on the ninth batch of new authors' drafts,
with sentences written for this test: a demand figure labelled as the law's right after it under a
condition on the route; a passage of the employee's material reported and disowned; a quotation
led in by 写得很清楚; the article's object between its verb and its number (额外支付劳动者三个月);
an article's standard named as a noun and doubled (第47条标准的二倍)."""

import pytest

from tests.guardrails.test_guards import assert_fails, assert_passes

JS39 = "第三十九条 在竞业限制期限内，用人单位请求解除竞业限制协议的，人民法院应予支持。在解除竞业限制协议时，" \
       "劳动者请求用人单位额外支付劳动者三个月的竞业限制经济补偿的，人民法院应予支持。"
NONCOMPETE = {"sources": [{"id": "劳动争议解释一#39", "text": JS39}], "corpus_ids": ["劳动争议解释一#39"]}


@pytest.mark.parametrize("text", [
    "你想走协商这条路的话，折算下来就是88,000元，这就是法定的标准。",
    "如果按工龄算，一共88,000元，这是法律规定的数。",
])
def test_a_demand_figure_labelled_as_the_law_fails(text):
    assert_fails("numbers", text, "demand_as_entitlement")


@pytest.mark.parametrize("text", [
    "你要是坚持88,000元，这不是法定标准，我们没法答应。",
    "邮件附件里有一段话说公司同意支付88,000元，那并不是我们的回复，公司的核算是77,000元。",
])
def test_a_demand_reported_or_disowned_passes(text):
    assert_passes("numbers", text)


@pytest.mark.parametrize("text", [
    "第47条写得很清楚，“每满一年支付两个月工资”，你满7年就是14个月。",
    "第四十七条说得明明白白：“每满一年支付半个月工资”。",
])
def test_a_quotation_led_in_by_a_plainly_worded_clause_is_checked(text):
    assert_fails("citation", text, "quote_mismatch")


def test_a_number_after_the_article_s_object_is_checked():
    text = "劳动争议解释一第三十九条规定，公司解除竞业协议时，劳动者可以请求额外支付八个月的竞业限制经济补偿。"
    assert_fails("citation", text, "paraphrase_mismatch", **NONCOMPETE)
    assert_passes("citation", text.replace("八个月", "三个月"), **NONCOMPETE)


@pytest.mark.parametrize("text", [
    "如果认定违法解除，赔偿金按第47条标准的二倍计算，也就是154,000元。",
    "违法解除要按第四十七条规定标准的两倍支付。",
])
def test_an_article_s_standard_named_and_doubled_passes(text):
    assert_passes("citation", text)
