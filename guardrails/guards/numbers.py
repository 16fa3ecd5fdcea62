"""Numbers guard: every amount, compensation month count and multiplier in a draft is a figure
the facts hold.

Allowed figures are the facts' own (``figures``, ``statutory_total``/``statutory_months``, the
approval state) plus what follows from them without judgement: sums and differences of two
figures (「比法定多出11,000元」), a monthly wage times a month count the facts hold, and what
the case's own formulas give (N+1 with N = 7 → 8 months). A hedged figure (约7.7万, 7万多) or a
rounded one (7.7万) matches when the exact figure lies within the precision it was stated with.

Statutory constants the law itself states (每满一年一个月, 不满六个月半个月, 前十二个月, 三倍,
30%, 300%, 竞业限制三个月) pass where they are stated as the rule, not as this case's offer.
Dates, ordinals (第四十七条), document numbers, days and ages are never compared. Numbers
inside a quotation of a cited article are left to the citation guard, which checks the quote.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import combinations

from guardrails.citations import cited_quote_spans
from guardrails.facts import GuardFacts
from guardrails.numbers import Mention, find_numbers, normalize_formula
from guardrails.text import in_spans, normalize, sentences
from guardrails.types import Severity, Violation

NAME = "numbers"
VERSION = "1.0"

STATUTORY_MONTHS = {Decimal("0.5"), Decimal(1), Decimal(3), Decimal(6), Decimal(12)}
STATUTORY_PERCENTS = {Decimal(x) for x in ("3", "10", "20", "25", "30", "35", "45", "50", "80", "100",
                                          "150", "200", "300")}
_PERIOD_AFTER = re.compile(
    r"\s?(?:的)?(?:平均|以内|内|以上|以下|之内|之后|以后|后|期间|期限|未支付|不满|试用|医疗期|的工资标准|工资标准|"
    r"合同|劳动合同|社保|工龄|司龄|服务)"
)
_PERIOD_BEFORE = re.compile(
    r"(?:前|最近|近|过去|超过|不满|未满|满|已满|试用期|医疗期|提前|连续|每|长达|期限为|期限|期为|工作了?|入职|"
    r"做了|干了|待了|服务了?|年|零|又|再过|还有|剩|剩下)\s?$"
)
_COMP_AFTER = re.compile(
    r"\s?(?:的)?(?:月?工资|薪资|月薪|薪水|工资的|的工资)?(?:的|作为|计算的?)?(?:经济)?"
    r"(?:补偿|赔偿|补偿金|赔偿金|代通知金|离职补偿)"
)
_COMP_BEFORE = re.compile(
    r"(?:补偿|赔偿|支付|给你|给您|发放|拿到|拿|多给|额外|再加|加上|一共|共计|合计|总共|总计|给到|争取|"
    r"要求|诉求|提出|方案|开出|补|付|多|按|到)[^，。；,;]{0,6}$"
)
_RULE_SENTENCE = re.compile(
    r"每满一年|每工作一年|每年|满一年|不满六个月|不满6个月|六个月以上|6个月以上|按一年|半个月工资的经济补偿|"
    r"代通知金|额外支付.{0,6}一个月工资|提前三十日|提前30日|竞业限制|第四十[七条]|第47条|法律规定|法定标准"
)
_CLAUSE_SPLIT = re.compile(r"[，,；;：:]")
_COMP_WORD = re.compile(r"补偿|赔偿")
_NEGATED = re.compile(
    r"(?:不适用|不是|并非|并不是|而非|没有|不存在|不包括|不含|不属于|不能按|无法按|不能给|无法给|不能支付|无法支付|"
    r"不会按|不按|不应按|不能说成|不要说|避免说)\s?(?:所谓的?)?(?:[“「\"])?$"
)
_WAGE_SENTENCE = re.compile(r"工资|月薪|平均|社平|封顶|上限|基数")
_CONDITIONAL = re.compile(r"如果|若|一旦|假如|倘若|假设|如系|如属|否则|如被认定|风险|可能")
_ILLEGAL = re.compile(r"违法|非法|违反")
_ART40 = re.compile(r"第四十条|第40条|代通知金|提前三十日|提前30日|额外支付.{0,4}一个月")
_SERVICE_BEFORE = re.compile(
    r"(?:工作了?|入职|工龄|司龄|服务年限|服务了?|在(?:公司|我们公司|本单位|单位|这里)(?:工作|干|待)?了?|干了|做了)"
    r"(?:已经|有|已|共|满|近|将近|超过)?\s?$"
)


def check(text: str, facts: GuardFacts) -> list[Violation]:
    mentions = find_numbers(text)
    if not mentions:
        return []
    t = normalize(text)
    quoted = cited_quote_spans(text)
    sents = sentences(text)
    allowed = _Allowed(facts)
    out: list[Violation] = []
    for m in mentions:
        if m.kind not in ("amount", "months", "multiplier", "times", "percent", "years"):
            continue
        if in_spans(m.start, quoted):
            continue
        sentence = sents.sentence_at(m.start)
        before = t[max(0, m.start - 12):m.start]
        clause = _CLAUSE_SPLIT.split(before)[-1]
        if _NEGATED.search(clause):
            continue  # 「不适用N+1」「并非8个月」: the figure is denied, not stated
        after = t[m.end:m.end + 12]
        problem = _judge(m, allowed, sentence, clause, after)
        if problem is not None:
            category, message, severity = problem
            out.append(Violation(guard=NAME, category=category, severity=severity, start=m.start, end=m.end,
                                 span=m.text, message=message))
    return out


def _judge(m: Mention, allowed: _Allowed, sentence: str, clause_before: str, after: str):
    if m.kind == "amount":
        if _matches(m, allowed.amounts):
            return None
        return ("amount_not_in_facts",
                f"金额「{m.text}」与计算结果和已审批方案中的任何数字都不一致，不能向员工说出未经核算的金额。",
                Severity.BLOCK)
    if m.kind == "months":
        if _matches(m, allowed.months):
            return None
        if _PERIOD_AFTER.match(after) and not _COMP_AFTER.match(after) or _PERIOD_BEFORE.search(clause_before):
            return None  # a time period (前12个月、试用期6个月、工作了7年8个月), not a compensation count
        compensation = bool(_COMP_AFTER.match(after) or _COMP_BEFORE.search(clause_before))
        if m.value in STATUTORY_MONTHS and (not compensation or _RULE_SENTENCE.search(sentence)):
            return None
        return ("months_not_in_facts",
                f"「{m.text}」这一补偿月数不在计算结果或已审批方案中（法定为{allowed.statutory_label}）。",
                Severity.BLOCK)
    if m.kind == "multiplier":
        formula = m.formula or ""
        if formula in allowed.formulas:
            return None
        if formula == "2N" and _ILLEGAL.search(sentence) and _CONDITIONAL.search(sentence):
            return None  # explaining the 2N risk of an illegal termination
        if formula == "N+1" and _ART40.search(sentence) and _CONDITIONAL.search(sentence):
            return None  # explaining when the +1 applies (第四十条 without notice)
        return ("multiplier_not_in_facts",
                f"「{m.text}」（{formula}）不是本案适用的补偿公式（本案为：{allowed.formula_label}）。",
                Severity.BLOCK)
    if m.kind == "times":
        if m.value == 3 and _WAGE_SENTENCE.search(sentence):
            return None
        if _COMP_AFTER.match(after) or _COMP_WORD.search(after[:6]):
            return ("multiplier_not_in_facts", f"「{m.text}」的补偿倍数不在计算结果中。", Severity.BLOCK)
        return None
    if m.kind == "percent":
        if m.value in STATUTORY_PERCENTS:
            return None
        if _COMP_WORD.search(sentence):
            return ("percent_not_in_facts", f"比例「{m.text}」既不是法定比例，也不在计算结果中。", Severity.BLOCK)
        return None
    if m.kind == "years":
        if not allowed.years or not _SERVICE_BEFORE.search(clause_before):
            return None
        v = m.value
        if m.approx == "over":
            ok = any(v <= y < v + 1 for y in allowed.years)
        elif m.approx in ("under", "about"):
            ok = any(abs(y - v) < 1 for y in allowed.years)
        else:
            ok = any(0 <= y - v < 1 or abs(y - v) <= Decimal("0.5") for y in allowed.years)
        if ok:
            return None
        return ("years_not_in_facts", f"工作年限「{m.text}」与员工档案中的服务年限不符。", Severity.BLOCK)
    return None


def _matches(m: Mention, allowed: list[Decimal]) -> bool:
    v = m.value
    if v is None:
        return False
    for f in allowed:
        if m.approx == "over":
            ok = v <= f < v + m.unit
        elif m.approx == "under":
            ok = v - m.unit < f <= v
        elif m.approx == "about":
            ok = abs(f - v) <= m.unit
        elif m.rounded:
            ok = abs(f - v) <= m.unit / 2
        else:
            ok = f == v
        if ok:
            return True
    return False


class _Allowed:
    def __init__(self, facts: GuardFacts) -> None:
        amounts = {f.amount for f in facts.figures if f.amount is not None}
        if facts.statutory_total is not None:
            amounts.add(facts.statutory_total)
        if facts.approval.approved_total_amount is not None:
            amounts.add(facts.approval.approved_total_amount)
        months = {f.months for f in facts.figures if f.months is not None}
        n = facts.statutory_months
        a = facts.approval
        extras = {a.approved_extra_months, a.policy_max_extra_months} - {Decimal(0)}
        months |= extras
        self.formulas = {normalize_formula(x) for x in facts.multipliers} | {"N"}
        if n is not None:
            months.add(n)
            months |= {n + e for e in extras}
            for f in self.formulas:
                fm = re.fullmatch(r"(\d+(?:\.\d+)?)?N(?:\+(\d+(?:\.\d+)?))?", f)
                if fm:
                    months.add(n * Decimal(fm.group(1) or 1) + Decimal(fm.group(2) or 0))
        months |= {abs(x - y) for x, y in combinations(months, 2)} - {Decimal(0)}
        wages = {f.amount for f in facts.figures if f.amount is not None and re.search(r"工资|月薪|薪", f.label)}
        totals = amounts - wages  # sums and differences of totals (N + 代通知金, demand − statute), not of wages
        derived = {x + y for x, y in combinations(totals, 2)} | {abs(x - y) for x, y in combinations(totals, 2)}
        derived |= {w * mo for w in wages for mo in months}
        self.amounts = sorted(amounts | derived)
        self.months = sorted(months)
        self.years = sorted({f.years for f in facts.figures if f.years is not None})
        self.statutory_label = f"{n}个月" if n is not None else "未提供"
        self.formula_label = "、".join(sorted(self.formulas))
