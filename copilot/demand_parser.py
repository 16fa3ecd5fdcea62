"""Deterministic extraction of what the employee asks for from HR's Chinese message:
"他要8个月" -> 8 months; "要N+2" -> formula N+2; "要十万" -> 100,000; "按2N赔" -> 2N;
"要8.8万" -> 88,000; "再多给一个月" -> N+1 (one month above statute).
When the message states no demand, or two that conflict, the result says so and the engine asks back."""

from __future__ import annotations

import logging
import re
import warnings
from decimal import Decimal, InvalidOperation

import cn2an
from pydantic import BaseModel, Field

from copilot.calc.case import Demand

log = logging.getLogger(__name__)

_NUM = r"(\d+(?:\.\d+)?)"
_FORMULA = re.compile(r"(?<![A-Za-z])(\d*(?:\.\d+)?)\s*[NnＮ]\s*(?:[+＋加]\s*(\d+(?:\.\d+)?))?(?![A-Za-z])")
_MONTHS = re.compile(_NUM + r"\s*个?\s*月(?:的)?(?:工资|补偿|薪水)?")
_HALF_MONTHS = re.compile(r"(\d+)个半月")
_WAN = re.compile(_NUM + r"\s*[万wW]")
_YUAN = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{4,}(?:\.\d+)?)\s*(?:元|块)?")
_MORE_MONTHS = re.compile(r"(?:再|多|额外|另外)(?:多)?(?:给|补|加)?\s*" + _NUM + r"\s*个?月")
_DOUBLE = re.compile(r"双倍(?:赔偿|补偿)?|两倍(?:赔偿|补偿)?|二倍(?:赔偿|补偿)?")
_ASK = re.compile(r"要|要求|提出|希望|想拿|坚持|开价|咬定|诉求|谈到|索赔|赔")


class ExtractedDemand(BaseModel):
    demands: list[Demand] = Field(default_factory=list)
    needs_clarification: bool = False
    question_zh: str | None = Field(default=None, description="What to ask HR back when unclear.")
    normalized_text: str = ""


def _normalize(text: str) -> str:
    t = text.replace("，", ",").replace("＋", "+").replace("Ｎ", "N").replace(" ", "")
    t = t.replace("两个月", "2个月").replace("两倍", "2倍")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            t = cn2an.transform(t, "cn2an")
        except Exception:  # noqa: BLE001 - cn2an rejects odd input; keep the text as it is
            log.debug("cn2an could not transform %r", text)
    return t


_WAGE_WORDS = re.compile(r"(工资|月薪|薪水|平均|基数|底薪|收入|税前|税后)[^，,。；;]{0,4}$")


def _is_wage_context(text: str, pos: int) -> bool:
    """A figure right after a wage word states a fact about pay, not what the employee asks."""
    return bool(_WAGE_WORDS.search(text[max(0, pos - 8):pos]))


def extract_demand(message: str) -> ExtractedDemand:
    text = _normalize(message)
    found: list[Demand] = []
    for m in _FORMULA.finditer(text):
        mult, plus = m.group(1), m.group(2)
        value = f"{mult if mult not in ('', '1') else ''}N" + (f"+{plus}" if plus else "")
        found.append(Demand(kind="formula", value=value, text=message))
    if _DOUBLE.search(text) and not any(d.value.startswith("2N") for d in found):
        found.append(Demand(kind="formula", value="2N", text=message))
    for m in _MORE_MONTHS.finditer(text):
        found.append(Demand(kind="formula", value=f"N+{m.group(1)}", text=message))
    consumed = " ".join(m.group(0) for m in _MORE_MONTHS.finditer(text))
    for m in _HALF_MONTHS.finditer(text):
        if m.group(0) not in consumed:
            found.append(Demand(kind="months", value=str(Decimal(m.group(1)) + Decimal("0.5")), text=message))
    for m in _MONTHS.finditer(text):
        if m.group(0) in consumed or re.search(r"\d个半月", text[m.start():m.end() + 1]):
            continue
        start = max(0, m.start() - 1)
        if text[start:m.start()] in ("第", "前", "近", "后"):
            continue  # 前12个月, 第3个月: a period, not a demand
        found.append(Demand(kind="months", value=m.group(1), text=message))
    for m in _WAN.finditer(text):
        try:
            amount = Decimal(m.group(1)) * 10000
        except InvalidOperation:
            continue
        if _is_wage_context(text, m.start()):
            continue
        found.append(Demand(kind="amount", value=format(amount.normalize(), "f"), text=message))
    if not any(d.kind == "amount" for d in found):
        for m in _YUAN.finditer(text):
            raw = m.group(1).replace(",", "")
            if re.fullmatch(r"(19|20)\d\d", raw) and "元" not in m.group(0):
                continue  # a year, not money
            if _is_wage_context(text, m.start()):
                continue
            found.append(Demand(kind="amount", value=raw, text=message))
    unique: list[Demand] = []
    for d in found:
        if all((d.kind, d.value) != (u.kind, u.value) for u in unique):
            unique.append(d)
    if not unique:
        return ExtractedDemand(normalized_text=text, needs_clarification=bool(_ASK.search(text)),
                               question_zh="员工具体要求多少？请说明是几个月工资、具体金额，还是N+1、2N这类说法。"
                               if _ASK.search(text) else None)
    if len(unique) > 1 and len({d.kind for d in unique}) > 1 and not _ASK.search(text):
        return ExtractedDemand(demands=unique, normalized_text=text, needs_clarification=True,
                               question_zh="消息里有多个数字，请确认员工的诉求是哪一个。")
    return ExtractedDemand(demands=unique, normalized_text=text)
