"""Numbers guard: every amount, compensation month count and multiplier in a draft is a figure
the facts hold.

Allowed figures are the facts' own (``figures``, ``statutory_total``/``statutory_months``, the
approval state: N + approved extra months) and what the case's own formulas give (N+1 with
N = 7 → 8 months). Nothing else is derived: the engine lists every number a draft may state
(a sum or a difference it wants stated is a figure of its own), so a coincidental 12 − 1 = 11
cannot pass.
Equality is exact: 7.7万 and 柒万柒仟元整 are 77,000.00, but 约7.7万 for 77,350 or 7.8万 for 77,000
are not — a rounded figure told to an employee becomes a dispute.

Statutory constants the law itself states (每满一年一个月, 不满六个月半个月, 前十二个月, 三倍,
30%, 300%, 竞业限制三个月) pass where they are stated as the rule, not as this case's offer.
Dates, ordinals (第四十七条), document numbers, days and ages are never compared. Numbers
inside a quotation of a cited article are left to the citation guard, which checks the quote.
"""

from __future__ import annotations

import re
from decimal import Decimal

from guardrails.citations import cited_quote_spans
from guardrails.facts import GuardFacts
from guardrails.numbers import Mention, find_fixed_numbers, find_numbers, normalize_formula
from guardrails.text import in_spans, normalize, quotes, sentences
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
    r"做了|干了|待了|服务了?|年|零|又|再过|还有|剩|剩下|多出(?:来)?的(?:是|那)?|零头(?:是)?)\s?$"
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
    r"每满一年|每工作一年|每年|满一年|不满六个月|不满6个月|六个月以上|6个月以上|满六个月|满6个月|按一年|"
    r"(?:不满|未满|满|不足|不到|超过)(?:半年|六个月|6个月)|半年以上|半个月工资的经济补偿|"
    r"代通知金|额外支付.{0,6}一个月工资|提前三十日|提前30日|竞业限制|第四十[七条]|第47条|法律规定|法定标准"
)
_CLAUSE_SPLIT = re.compile(r"[，,；;：:]")
_COMP_WORD = re.compile(r"补偿|赔偿")
_NEGATED = re.compile(
    r"(?:不适用|不涉及|不牵涉|谈不上|用不上|轮不到|与[^，。；]{0,6}无关的?|不是|并非|并不是|而非|没有|不存在|不包括|不含|不属于|不能按|无法按|不能给|无法给|不能支付|无法支付|"
    r"不会按|不按|不应按|不能说成|不要说|避免说)\s?(?:所谓的?)?(?:[“「\"])?$"
)
_WAGE_SENTENCE = re.compile(r"工资|月薪|平均|社平|封顶|上限|基数")
_CONDITIONAL = re.compile(r"如果|若|一旦|假如|倘若|假设|如系|如属|否则|如被认定|风险|可能|只(?:在|有)[^。；]{0,30}(?:才|时)|"
                          r"(?:时|情形|情况下?|场合)才(?:会)?(?:有|适用|出现|存在|产生)")
# A formula named to be corrected: 「有人说协商解除是N+1，这个说法不准确」「“N+1”在您这里不适用」
_DISPUTED = re.compile(
    r"不准确|不适用|不成立|说法有误|是误解|是误传|没有依据|不是(?:公司|本案|这次|你这次|您这次)?的?(?:核定|计算|方案|结果|标准)|"
    r"(?:有人|别人|网上|外面|朋友)[^。；]{0,8}(?:说|讲|流传|传)|听说|所谓"
)
_ILLEGAL = re.compile(r"违法|非法|违反")
_ART40 = re.compile(r"第四十条|第40条|代通知金|提前三十日|提前30日|提前(?:三十|30)天|提前通知|额外支付.{0,4}一个月")
_SERVICE_BEFORE = re.compile(
    r"(?:工作了?|入职|工龄|司龄|服务年限|工作年限|年限|服务了?|在(?:公司|我们公司|本单位|单位|这里)(?:工作|干|待)?了?|干了|做了|"
    r"按|按照|折算(?:为|成)?|计算为|算作?|计为|视为)"
    r"(?:已经|有|已|共|满|近|将近|超过)?\s?$"
)


# The employee's own ask may be restated as theirs (你提出的8个月), never as what they get.
_DEMAND_LABEL = re.compile(r"诉求|要求|主张|期望")
_DEMAND_CONTEXT = re.compile(
    r"诉求|要求|主张|期望|希望|想要|提出|提的|你要|您要|你算|您算|你说|您说|你开|您开|申请仲裁|仲裁请求|报价|开价|你的意思|您的意思|"
    r"做不到|无法|不能|没法|达不到|给不了|不会|不可能|超出|高于|超过|差距|差额|请求|没有同意|不同意|未同意|拍板|如果|若|"
    r"批准|审批|申请|争取|不了|不支持|不予|权限|无权|点头|才算|批不批|(?:你|您)(?:另外|额外|还|又|再)(?:要|提|想要)|原话|转给|转达|"
    # a hypothetical (不封顶的话是14.5个月) or someone else's claim (页脚声称比例是40%)
    r"的话|假如|假设|要是|本来|原本|声称|号称|自称|所称|宣称|扬言"
)
# the ask attributed in the sentence before (「你要求每月12,000元……。按40%算，12个月合计…」), or
# the figure named as the topic (「关于40%：……」)
_DEMAND_BEFORE = re.compile(r"诉求|要求|主张|提出|提的|(?:你|您)(?:要|想要|希望|开)|报价|开价")
# …unless that sentence grants it (「诉求标记为已审批通过。补偿88,000元」)
_GRANTED = re.compile(r"通过|已(?:经)?(?:批|同意|确认|答应)|(?:批准|同意|答应)了")
# an ask (the employee's, an instruction's) reported in the figure's clause, and refused in its sentence
_ASK_BEFORE = re.compile(r"(?:要求|声称|主张|提出|指令|让我们|让公司)(?:把|将|按|改为|改成|写成)?[^，。；]{0,8}$")
_REFUSED = re.compile(r"不会照|不照|不予采纳|不采纳|不予理会|不会采纳|不作为依据|不能照办|不会按|不能按|不接受|"
                      r"不是(?:公司|我们)?的?(?:审批|核定|计算)(?:结果)?")
_TOPIC = re.compile(r"(?:关于|至于|针对|就)\s?$")
# a quotation the draft reports (「你问“还能按N+1拿吗”」「出现“额外补偿上限调整为3个月”的字样」), not
# what it states; not text it dictates (写成/写明/改为 “…”)
_REPORTED_BEFORE = re.compile(
    r"(?:说|问|讲|称|声称|号称|提到|写着|写的是|出现了?|看到|收到|表示|认为|以为|觉得|听说|传言?|原话是)[：:，,]?\s?$")
_REPORTED_AFTER = re.compile(r"\s?(?:的)?(?:字样|说法|这(?:句|种)(?:话|说法)|之类)")
# A month count that measures a period of the case (service remainder, wage period, a term), not pay.
_PERIOD_LABEL = re.compile(r"服务年限|不满一年的月数|期间|界限|期限")
_SERVICE_CONTEXT = re.compile(r"工龄|司龄|工作|服务|入职|年限|在公司|在职|干了|做了|待了")
_REMAINDER_LABEL = re.compile(r"不满一年的月数")
_MONTHLY = re.compile(r"每月|每个月|(?<!不)按月")
_SERVICE_LABEL = re.compile(r"服务年限")


def check(text: str, facts: GuardFacts) -> list[Violation]:
    mentions = find_numbers(text)
    if not mentions:
        return []
    t = normalize(text)
    quoted = cited_quote_spans(text)
    said = [(q.start, q.end) for q in quotes(text)]  # the employee's ask in quotes is attributed
    reported = [(q.start, q.end) for q in quotes(text) if q.end - q.inner_start >= 3 and (
        _REPORTED_BEFORE.search(t, max(0, q.start - 6), q.start) or _REPORTED_AFTER.match(t, q.end))]
    sents = sentences(text)
    allowed = _Allowed(facts)
    out: list[Violation] = []
    for m in mentions:
        if m.kind not in ("amount", "months", "multiplier", "times", "percent", "years"):
            continue
        if in_spans(m.start, quoted) or in_spans(m.start, reported):
            continue
        i = sents.index(m.start)
        sentence = text[sents.starts[i]:sents.ends[i]]
        # the sentence before, in the same paragraph
        prev = text[sents.starts[i - 1]:sents.ends[i - 1]] if i and text[sents.ends[i - 1] - 1] != "\n" else ""
        before = t[max(0, m.start - 12):m.start]
        clause = _CLAUSE_SPLIT.split(before)[-1]
        if _NEGATED.search(clause):
            continue  # 「不适用N+1」「并非8个月」: the figure is denied, not stated
        if _ASK_BEFORE.search(clause) and _REFUSED.search(sentence):
            continue  # 「…要求把代通知金按两个月算，我们不会照此处理」: someone's ask, reported and refused
        after = t[m.end:m.end + 12]
        problem = _judge(m, allowed, sentence, clause, after) or _service_remainder(m, mentions, t, allowed) \
            or _term_restated(m, allowed, clause) \
            or (None if in_spans(m.start, said) or (_DEMAND_BEFORE.search(prev) and not _GRANTED.search(prev)) or _TOPIC.search(clause)
                else _demand_as_entitlement(m, allowed, sentence, clause, after))
        if problem is not None:
            category, message, severity = problem
            out.append(Violation(guard=NAME, category=category, severity=severity, start=m.start, end=m.end,
                                 span=m.text, message=message))
    return out


def _demand_as_entitlement(m: Mention, allowed: _Allowed, sentence: str, clause_before: str, after: str):
    """An amount or month count that only the employee's demand holds, stated without saying so."""
    compensation = bool(_COMP_AFTER.match(after) or _COMP_BEFORE.search(clause_before))
    period = bool(_PERIOD_AFTER.match(after) and not _COMP_AFTER.match(after) or _PERIOD_BEFORE.search(clause_before))
    pool = {"amount": allowed.demand_amounts, "months": allowed.demand_months,
            "percent": allowed.demand_percents}.get(m.kind)
    if not pool or m.value not in pool or _DEMAND_CONTEXT.search(sentence):
        return None
    if m.kind == "months" and (m.value in allowed.period_months and not compensation or period):
        return None
    return ("demand_as_entitlement",
            f"「{m.text}」是员工自己的诉求数字，这里却写成了公司给付或法定标准；复述诉求时要说明是员工提出的。",
            Severity.BLOCK)


_TERM_RULE = re.compile(r"最长|不超过|不得超过|法定|上限|以内|不满|超过")


def _term_restated(m: Mention, allowed: _Allowed, clause_before: str):
    """「竞业限制期限为24个月」: a term the facts record (竞业限制期限（12个月）), restated with another
    count. Not the statute's bound on it (最长不超过二年)."""
    if m.kind != "months" or m.approx or _TERM_RULE.search(clause_before):
        return None
    for stem, months in allowed.terms:
        if stem in clause_before and "期" in clause_before[clause_before.index(stem):] and m.value != months:
            return ("months_not_in_facts", f"「{m.text}」与记录的{stem}期限（{months}个月）不符。", Severity.BLOCK)
    return None


def _service_remainder(m: Mention, mentions, t: str, allowed: _Allowed):
    """「工龄7年零6个月」: the months after the years must be the record's remainder."""
    if m.kind != "months" or allowed.remainder is None:
        return None
    prev = next((x for x in reversed(mentions) if x.end <= m.start), None)
    if prev is None or prev.kind != "years" or not re.fullmatch(r"\s?(?:零|又)?\s?", t[prev.end:m.start]):
        return None
    if not _SERVICE_CONTEXT.search(t[max(0, prev.start - 10):prev.start]):
        return None
    if prev.value in allowed.years and m.value != allowed.remainder:
        return ("years_not_in_facts", f"服务年限「{t[prev.start:m.end]}」与员工档案不符。", Severity.BLOCK)
    return None


def _judge(m: Mention, allowed: _Allowed, sentence: str, clause_before: str, after: str):
    if m.kind == "amount":
        if _matches(m, allowed.amounts):
            return None
        return ("amount_not_in_facts",
                f"金额「{m.text}」与计算结果和已审批方案中的任何数字都不一致（约数、四舍五入也不行），不能向员工说出未经核算的金额。",
                Severity.BLOCK)
    if m.kind == "months":
        if _matches(m, allowed.months):
            return None
        if _PERIOD_AFTER.match(after) and not _COMP_AFTER.match(after) or _PERIOD_BEFORE.search(clause_before):
            return None
        if _matches(m, allowed.period_months):
            if not (_COMP_AFTER.match(after) or _COMP_BEFORE.search(clause_before)) or _MONTHLY.search(sentence):
                return None
            if any(stem in clause_before and months == m.value for stem, months in allowed.terms):
                return None  # 「竞业限制按协议执行12个月」: the recorded term, restated with its own count
            return ("months_not_in_facts",
                    f"「{m.text}」是本案的期间（如服务年限的零头、计算期间），不是补偿月数（法定为{allowed.statutory_label}）。",
                    Severity.BLOCK)
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
        if _DISPUTED.search(sentence):
            return None  # a formula named to be corrected, not stated as the case's
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
        if m.value in STATUTORY_PERCENTS or m.value in allowed.percents:
            return None
        if _COMP_WORD.search(sentence):
            return ("percent_not_in_facts", f"比例「{m.text}」既不是法定比例，也不在计算结果中。", Severity.BLOCK)
        return None
    if m.kind == "years":
        if not allowed.years or not _SERVICE_BEFORE.search(clause_before):
            return None
        v = m.value
        if v == 1 and _RULE_SENTENCE.search(sentence):
            return None  # 「满六个月的部分按一年算」: the statute's rounding rule
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
    """Exact equality. A hedge (约, 多, 左右) does not make a rounded figure right: 约17万 is not
    170,400.00, and 7.7万 passes only because it is exactly 77,000."""
    return m.value is not None and m.value in allowed


class _Allowed:
    def __init__(self, facts: GuardFacts) -> None:
        amounts = {f.amount for f in facts.figures if f.amount is not None and not _DEMAND_LABEL.search(f.label)}
        if facts.statutory_total is not None:
            amounts.add(facts.statutory_total)
        if facts.approval.approved_total_amount is not None:
            amounts.add(facts.approval.approved_total_amount)
        plain = [f for f in facts.figures if not _DEMAND_LABEL.search(f.label)]
        demand = [f for f in facts.figures if _DEMAND_LABEL.search(f.label)]
        months = {f.months for f in plain if f.months is not None and not _PERIOD_LABEL.search(f.label)}
        self.period_months = {f.months for f in plain if f.months is not None and _PERIOD_LABEL.search(f.label)}
        label_percents = {f.label: {x.value for x in find_fixed_numbers(f.label) if x.kind == "percent"}
                          for f in facts.figures}
        self.percents = {v for vs in label_percents.values() for v in vs}
        self.demand_percents = {v for f in demand for v in label_percents[f.label]} - {
            v for f in plain for v in label_percents[f.label]}
        remainder = [f.months for f in facts.figures if f.months is not None and _REMAINDER_LABEL.search(f.label)]
        service = [f for f in facts.figures if f.years is not None and _SERVICE_LABEL.search(f.label)]
        self.remainder = remainder[0] if remainder else (Decimal(0) if service else None)
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
        self.amounts = set(amounts)
        self.months = set(months)
        self.demand_amounts = {f.amount for f in demand if f.amount is not None} - self.amounts
        self.demand_months = {f.months for f in demand if f.months is not None} - self.months
        self.amounts |= self.demand_amounts
        self.months |= self.demand_months
        self.period_months -= self.months
        self.years = sorted({f.years for f in facts.figures if f.years is not None})
        # terms the facts record (竞业限制期限（12个月）): the noun before 期限 and the count
        self.terms = [(f.label.split("期限")[0].split("（")[0], f.months) for f in plain
                      if f.months is not None and "期限" in f.label and f.label.split("期限")[0].split("（")[0]]
        self.statutory_label = f"{n}个月" if n is not None else "未提供"
        self.formula_label = "、".join(sorted(self.formulas))
