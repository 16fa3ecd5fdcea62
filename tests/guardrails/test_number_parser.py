"""The number parser: the forms a draft uses, and property tests that any amount written any
supported way parses back to the same Decimal."""

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails.numbers import find_numbers, normalize_formula, parse_number


def only(text: str, kind: str):
    found = [m for m in find_numbers(text) if m.kind == kind]
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize("text, value", [
    ("77,000.00元", "77000"), ("7.7万", "77000"), ("7.7万元", "77000"), ("七万七千元", "77000"),
    ("七万七", "77000"), ("捌万捌仟元整", "88000"), ("柒万柒仟元伍角", "77000.5"), ("壹拾万元零柒分", "100000.07"),
    ("1万1千元", "11000"), ("三千五百元", "3500"), ("一百五十块", "150"), ("人民币77000", "77000"),
    ("¥77,000.50", "77000.50"), ("七点七万元", "77000"), ("１１，０００元".replace("，", ","), "11000"),
])
def test_amounts(text, value):
    assert only(text, "amount").value == Decimal(value)


@pytest.mark.parametrize("text, value", [
    ("8个月", "8"), ("八个月", "8"), ("半个月", "0.5"), ("一个半月", "1.5"), ("7.5个月", "7.5"),
    ("七个半月", "7.5"), ("两个月", "2"), ("十二个月", "12"),
])
def test_months(text, value):
    assert only(text, "months").value == Decimal(value)


@pytest.mark.parametrize("text, formula", [
    ("N", "N"), ("N+1", "N+1"), ("n + 2", "N+2"), ("2N", "2N"), ("N加1", "N+1"), ("双倍赔偿", "2N"),
    ("经济补偿标准的二倍", "2N"), ("Ｎ＋１", "N+1"),
])
def test_multipliers(text, formula):
    assert only(text, "multiplier").formula == formula


def test_not_amounts():
    text = ("依据《劳动合同法》第四十七条和财税〔2018〕164号，2023年2月28日离职，30日内结清，"
            "15日内转移档案，竞业限制不超过2年，按30%计算，社平工资3倍，电话13800138000，十分感谢，一次性支付。")
    kinds = {m.text: m.kind for m in find_numbers(text)}
    assert "amount" not in kinds.values() and "months" not in kinds.values()
    assert kinds["30日"] == "days" and kinds["2年"] == "years" and kinds["30%"] == "percent"
    assert kinds["3倍"] == "times"


def test_hedges_and_precision():
    m = only("约7.7万元", "amount")
    assert m.approx == "about" and m.unit == Decimal(1000)
    assert only("7万多元", "amount").approx == "over"
    assert only("7.7万", "amount").rounded and not only("77,000元", "amount").rounded


def test_normalize_formula():
    assert normalize_formula("n + 1") == "N+1" and normalize_formula("2 N") == "2N"


def test_parse_number_rejects_junk():
    with pytest.raises(ValueError):
        parse_number("万")


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999999.99"), places=2)


def _formats(d: Decimal) -> list[str]:
    plain = format(d, "f")
    integer, frac = plain.split(".")
    out = [plain + "元", f"{d:,.2f}元", f"{d:.2f}元", format(d.normalize(), "f") + "元"]
    out.append(format((d / 10000).normalize(), "f") + "万元")
    out.append(cn2an.an2cn(plain, "rmb"))  # financial capitals: 捌万捌仟元整, 柒万柒仟元伍角
    if int(integer):
        low = cn2an.an2cn(integer, "low") + "元"
        jiao, fen = int(frac[0]), int(frac[1])
        if jiao:
            low += cn2an.an2cn(str(jiao), "low") + "角"
        if fen:
            low += ("零" if not jiao else "") + cn2an.an2cn(str(fen), "low") + "分"
        out.append(low)  # Chinese numerals: 七万七千元五角
    return out


@settings(max_examples=300, deadline=None)
@given(amounts)
def test_any_amount_in_any_format_parses_back(d):
    for text in _formats(d):
        found = [m for m in find_numbers(f"补偿金额为{text}，请核对。") if m.kind == "amount"]
        assert len(found) == 1, (text, found)
        assert found[0].value == d, (text, found[0])


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=Decimal("0.5"), max_value=Decimal("36"), places=1))
def test_any_month_count_parses_back(months):
    texts = [format(months.normalize(), "f") + "个月"]
    if months == months.to_integral_value():
        texts.append(cn2an.an2cn(str(int(months)), "low") + "个月")
    elif months % 1 == Decimal("0.5"):
        whole = int(months)
        texts.append((cn2an.an2cn(str(whole), "low") + "个半月") if whole else "半个月")
    for text in texts:
        found = [m for m in find_numbers(f"补偿{text}工资") if m.kind == "months"]
        assert len(found) == 1 and found[0].value == months, (text, found)
