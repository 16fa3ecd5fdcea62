"""Deterministic extraction of what the employee asks for from HR's Chinese message:
"他要8个月" -> 8 months; "要N+2" -> formula N+2; "要十万" -> 100,000; "按2N赔" -> 2N;
"要8.8万" -> 88,000; "再多给一个月" -> N+1 (one month above statute).
When the message states no demand, or two that conflict, the result says so and the engine asks back."""

from __future__ import annotations

import re
from decimal import Decimal

from guardrails.numbers import find_numbers
from pydantic import BaseModel, Field

from copilot.calc.case import Demand

# Numbers are read by the guards' parser (Arabic, 万, Chinese numerals and capitals, months,
# N-formulas): a demand is read exactly the way a draft's figures are checked.
_MORE_BEFORE = re.compile(r"(?:再|多|额外|另外)(?:多)?(?:给|补|加)?\s?$")
_PERIOD_BEFORE = re.compile(r"[第前近后]$")
_WAGE_WORDS = re.compile(r"(工资|月薪|薪水|平均|基数|底薪|收入|税前|税后)[^，,。；;]{0,4}$")
_ASK = re.compile(r"要|要求|提出|希望|想拿|坚持|开价|咬定|诉求|谈到|索赔|赔")
# 「小王只拿了5万」「上次走的老李拿了N+2」: what someone else got is not this employee's demand
_THIRD_PARTY_BEFORE = re.compile(r"(别人|同事|其他人|上次走的|之前走的|前面走的|某某|小[\u4e00-\u9fff]|老[\u4e00-\u9fff])"
                                 r"[^，,。；;？?！!]{0,6}(拿了|拿到|拿|签了|给了|赔了|得了)[^，,。；;？?！!]{0,3}$")
_CLAUSE_START = re.compile(r"[，,。；;？?！!\n][^，,。；;？?！!\n]*$")
# 「他也要这么多」: the colleague's figure is the demand after all
_SAME_AS = re.compile(r"(也|同样)(要|想要|想拿|要求)[^，,。；;？?]{0,4}(这么多|一样|同样|这个数|那么多|这个标准)")
# 「晚一个月走」「提前一个月通知」「一个月后离职」: a month of time, not of pay
_TIMING_BEFORE = re.compile(r"(晚|推迟|延后|延期|延迟|再干|多干|多留|提前|缓)\s?$")
_TIMING_AFTER = re.compile(r"^\s?(后|以后|之后|内|以内|再走|才走|走人|离职|通知)")
# 「要求补缴去年的加班费，大概两万块」: a wage claim, not a severance demand (no ask-back either)
_WAGE_CLAIM = re.compile(r"(补缴|补发|补交|补足|补齐|结清|报销|拖欠|欠)[^，,。；;？?]{0,6}(加班费|工资|奖金|年终奖|提成|报销|社保|公积金)|"
                         r"(加班费|年终奖|奖金|提成|报销款|社保|公积金)[^，,。；;？?]{0,6}$")
# a clause with its own ask (「另外补偿要8个月」) is not the previous clause's wage claim continued
_OWN_ASK = re.compile(r"补偿|赔偿|赔|要|[nN]")
# 「工作满7年零3个月」: service, not a demand
_SERVICE_BEFORE = re.compile(r"(\d|[一二三四五六七八九十两])\s?年零?\s?$|(干了|工作了|工作满|满|工龄|司龄|入职)[^，,。；;]{0,4}$")
# 「按12000的基数算」: a wage figure named after it
_WAGE_AFTER = re.compile(r"^\s?(元)?(的)?\s?(基数|月薪|工资标准|平均工资|底薪)")
_CONTRAST_BEFORE = re.compile(r"(不是|而不是|不按|而非)\s?$")  # 「按12000的基数算，不是11000」
# 「精神损失费5万」「三个月的代通知金」: another item, not the severance demand
_OTHER_ITEM = re.compile(r"精神损失|精神损害|误工费|医药费|医疗费|代通知金|违约金|竞业")
# 「离职后继续交社保」「个税」: an ask that is not about an amount
_NON_MONEY_ASK = re.compile(r"社保|公积金|档案|证明|推荐|背调|个税|所得税|交税|纳税|基数")
# 「从补偿里扣掉他借的5000块」: a deduction or a debt, not a demand
_DEBT_BEFORE = re.compile(r"扣|抵扣|冲抵|抵销|借的|借了|借款|欠|备用金|押金|罚款|罚了")
# An ask without a figure needs one only when it is about money (「说要找媒体」 is not)
_MONEY_TOPIC = re.compile(r"补偿|赔偿|赔|钱|多少|多拿|拿|给|补|[nN]|个月|万|价|金额|方案|数|法定")
_BARE_AMOUNT_MIN = Decimal("1000")  # a bare number this large in a demand is money, not months


class ExtractedDemand(BaseModel):
    demands: list[Demand] = Field(default_factory=list)
    needs_clarification: bool = False
    question_zh: str | None = Field(default=None, description="What to ask HR back when unclear.")
    normalized_text: str = ""


def _demand(kind: str, value: Decimal | str, message: str) -> Demand:
    text = value if isinstance(value, str) else format(value.normalize(), "f")
    return Demand(kind=kind, value=text, text=message)


def extract_demand(message: str) -> ExtractedDemand:
    found: list[Demand] = []
    third_party: list[Demand] = []
    other_claim = False  # a figure of a wage claim, debt or other item: not the severance demand
    for m in find_numbers(message):
        before = message[max(0, m.start - 8):m.start]
        clause = message[:m.start]
        cut = _CLAUSE_START.search(clause)
        own_clause = clause[cut.start() + 1:] if cut else clause
        previous = clause[:cut.start()] if cut else ""
        prev_cut = _CLAUSE_START.search(previous)
        previous_clause = previous[prev_cut.start() + 1:] if prev_cut else previous
        continues_claim = not _OWN_ASK.search(own_clause) and bool(_WAGE_CLAIM.search(previous_clause + "，"))
        named_after = message[m.end:m.end + 8].split("，")[0]
        if (_WAGE_CLAIM.search(own_clause) or continues_claim or _DEBT_BEFORE.search(own_clause)
                or _OTHER_ITEM.search(own_clause) or _OTHER_ITEM.search(named_after)):
            other_claim = True
            continue
        if _WAGE_AFTER.search(message[m.end:m.end + 6]) or ("基数" in message and _CONTRAST_BEFORE.search(before)):
            continue
        target = third_party if _THIRD_PARTY_BEFORE.search(own_clause) else found
        if m.kind == "multiplier" and m.formula:
            target.append(_demand("formula", m.formula.upper(), message))
        elif m.kind == "months" and m.value is not None:
            if _TIMING_BEFORE.search(before) or _TIMING_AFTER.search(message[m.end:m.end + 4]) \
                    or _SERVICE_BEFORE.search(before):
                continue
            if _MORE_BEFORE.search(before):
                target.append(_demand("formula", f"N+{format(m.value.normalize(), 'f')}", message))
            elif not _PERIOD_BEFORE.search(before) and not _WAGE_WORDS.search(before):
                target.append(_demand("months", m.value, message))  # 前12个月 is a period, not a demand
        elif m.kind in ("amount", "number") and m.value is not None and not _WAGE_WORDS.search(before):
            if m.kind == "amount" or m.value >= _BARE_AMOUNT_MIN:
                target.append(_demand("amount", m.value, message))
    if not found and third_party and _SAME_AS.search(message):
        found = third_party
    unique: list[Demand] = []
    for d in found:
        if all((d.kind, d.value) != (u.kind, u.value) for u in unique):
            unique.append(d)
    asked = bool(_ASK.search(message))
    if not unique:
        asked = asked and not other_claim and bool(_MONEY_TOPIC.search(message)) and not _NON_MONEY_ASK.search(message)
        return ExtractedDemand(normalized_text=message, needs_clarification=asked,
                               question_zh="员工具体要求多少？请说明是几个月工资、具体金额，还是N+1、2N这类说法。"
                               if asked else None)
    if len(unique) > 1 and len({d.kind for d in unique}) > 1 and not asked:
        return ExtractedDemand(demands=unique, normalized_text=message, needs_clarification=True,
                               question_zh="消息里有多个数字，请确认员工的诉求是哪一个。")
    return ExtractedDemand(demands=unique, normalized_text=message)
