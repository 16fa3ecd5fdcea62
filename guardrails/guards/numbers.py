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
from guardrails.numbers import Mention, find_fixed_numbers, find_numbers, normalize_formula, parse_number
from guardrails.text import in_spans, normalize, qa_question_spans, quotes, sentences
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
    r"做了|干了|待了|服务了?|年|零|又|再过|还有|剩|剩下|不足|不到|多出(?:来)?的(?:是|那)?|零头(?:是)?)\s?$"
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
    r"不会按|不按|不应按|不能说成|不要说|避免说|"
    # 「请先别按88,000元做安排」: the figure under a warning not to rely on it
    r"(?:先)?(?:别|不要|切勿|勿|暂时不要)(?:按|以|拿|把|用))\s?(?:所谓的?)?(?:[“「\"])?$"
    # 「不是说你工作了12年」「并不意味着要给8个月」: a reading of the figure denied
    r"|(?:不是说|并不是说|并非说|不是指|并不是指|不代表|不等于|不意味着|并不意味着)[^，,。；;“”\"]{0,8}$"
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
# 「2N是违法解除时的赔偿金标准」: the formula defined by the kind of termination it belongs to
_FOR_ILLEGAL = re.compile(r"2N\s?(?:是|为|指|属于|(?:只|仅)?(?:适用于?|针对|对应))[^，。；]{0,4}(?:违法|非法)")
_ART40 = re.compile(r"第四十条|第40条|代通知金|提前三十日|提前30日|提前(?:三十|30)天|提前通知|额外支付.{0,4}一个月")
_SERVICE_BEFORE = re.compile(
    r"(?:工作了?|入职|工龄|司龄|服务年限|工作年限|年限|服务了?|在(?:公司|我们公司|本单位|单位|这里)(?:工作|干|待)?了?|干了|做了|"
    r"按|按照|折算(?:为|成)?|计算为|算作?|计为|视为)"
    r"(?:已经|有|已|共|满|近|将近|超过)?\s?$"
)


# 「跟你说明一下」「给您说一下」: HR speaking to the employee, not the employee's words (你说)
_TO_YOU = "(?<![跟和给对同向])"
# The employee's own ask may be restated as theirs (你提出的8个月), never as what they get.
_DEMAND_LABEL = re.compile(r"诉求|要求|主张|期望")
_DEMAND_CONTEXT = re.compile(
    r"诉求|要求|主张|期望|希望|想要|提出|提的|提到|询问|(?:你|您)(?:对|的)[^，。；]{0,12}意见|你要|您要|你算|您算|" + _TO_YOU + r"(?:你|您)说(?!明)|你问|您问|你开|您开|申请仲裁|仲裁请求|报价|开价|你的意思|您的意思|"
    r"做不到|无法|不能|没法|达不到|给不了|不会|不可能|超出|高于|超过|差距|差额|请求|没有同意|不同意|未同意|拍板|如果|若|"
    r"批准|审批|申请|争取|不了|不支持|不予|权限|无权|点头|才算|批不批|(?:你|您)(?:另外|额外|还|又|再)(?:要|提|想要)|原话|转给|转达|"
    # a hypothetical (不封顶的话是14.5个月) or someone else's claim (页脚声称比例是40%)
    r"的话|假如|假设|要是|本来|原本|声称|号称|自称|所称|宣称|扬言|"
    # 「孙浩坚持按40%」「他的口径65,000.00×14.5」: a position held, a reckoning owned by someone
    r"坚持|(?:他|她|你|您|员工|对方)(?:的|这边的?)(?:口径|算法|版本|算账方式)|"
    # 「不敢打包票说185,000元能批」: the figure named as what might be approved, not as what is due
    r"能批|会批|批得下来|批下来|打包票|"
    # 「在不封顶的情况下是14.5个月」: a counterfactual, negated condition
    r"(?:不|没|未|无)[^，。；]{0,6}(?:的情况下|的情形下|的前提下|时|的时候)"
)
# the ask attributed in the sentence before (「你要求每月12,000元……。按40%算，12个月合计…」), or
# the figure named as the topic (「关于40%：……」)
_DEMAND_BEFORE = re.compile(r"诉求|要求|主张|提出|提的|(?:你|您)(?:刚才|之前|前面|上次)?(?:要|想要|希望|开|说|问|提)|报价|开价")
# …unless that sentence grants it (「诉求标记为已审批通过。补偿88,000元」)
_GRANTED = re.compile(r"通过|已(?:经)?(?:批|同意|确认|答应)|(?:批准|同意|答应)了")
# an ask (the employee's, an instruction's) reported in the figure's clause, and refused in its sentence
_ASK_BEFORE = re.compile(r"(?:要求|声称|主张|提出|提到|指令|让我们|让公司|(?<![你您我])说)(?:把|将|按|改为|改成|写成)?[^，。；]{0,10}$")
_REFUSED = re.compile(r"不会照|不照|不作为(?:指令|依据)|不予执行|不会执行|不予采纳|不采纳|没有?采纳|未采纳|不予理会|不会采纳|不作为依据|不能照办|不会按|不能按|不接受|"
                      # 「这个我不能答应」「这不是有效的审批依据」: the ask declined or disowned as a basis
                      r"(?:不能|不会|无法|没法|没办法|没有办法)(?:答应|同意|承诺|执行|照办)|不是有效的?(?:审批)?(?:依据|指令|审批)|"
                      r"不是(?:公司|我们)?的?(?:审批|核定|计算)(?:结果)?|"
                      # a passage in the employee's material disowned (「那并不是我们的答复」)
                      r"不是(?:公司|我们)(?:的|给你的|给您的)?(?:答复|回复|意见|立场|决定|承诺|原话)")
# the figure's reckoning named and then faulted (「14.5个月乘以65,000元的算法没有考虑封顶」)
_RECKONING_FAULTED = re.compile(
    r"(?:算法|算式|计算方法|计算方式|算账方式|说法|这么算|这样算)[^，。；]{0,4}"
    r"(?:没有?考虑|未考虑|忽略|漏(?:掉|算)?了|不对|不准确|有误|是错的|错了|不成立|站不住)")
# the predicate negated earlier in the clause (「法律并没有规定竞业补偿必须是40%」)
_PREDICATE_NEGATED = re.compile(r"(?:并没有|没有|并未|从未|从没|并不)(?:规定|要求|说过?|写过?|约定)[^，。；：:]{0,16}$")
# the statute's threshold reached or not (「剩下5个月没到第47条说的六个月」)
_STATUTE_SAYS = re.compile(r"(?:第[一二三四五六七八九十\d]+条|法律|法条|条文)(?:里)?(?:说|讲|写)的\s?$")
# an instruction reported earlier in the sentence (「材料里有一段话，是让助手直接建议按6个月支付」)
_INSTRUCTION_REPORTED = re.compile(
    r"(?:是让|要求|指令|指示|(?<![你您我])说|让[^，。；]{0,8}(?:助手|AI|系统|HR|我们|公司))[^。；]{0,24}$")
_TOPIC = re.compile(r"(?:关于|至于|针对|就)\s?$")
# a quotation the draft reports (「你问“还能按N+1拿吗”」「出现“额外补偿上限调整为3个月”的字样」), not
# what it states; not text it dictates (写成/写明/改为 “…”)
_REPORTED_BEFORE = re.compile(
    r"(?:说|问|讲|称|声称|号称|提到|写着|写的是|出现了?|看到|收到|表示|认为|以为|觉得|听说|传言?|原话是|"
    r"(?:文章|网上|帖子|群里|视频|上面|里面)(?:里|上|中)?写(?:的|着|道)?|"
    # 「你问的“N+1”」「您提到的“三个月”」: the employee's own term, quoted after what they asked or said
    r"(?:你|您)(?:刚才|之前|前面|上次)?(?:问|说|提|讲|要|算)(?:到|过)?的)[：:，,]?\s?$")
# 「“协商解除是N+1”，那个说法不对」: the quotation named as a claim right after it
_REPORTED_AFTER = re.compile(r"\s?(?:的)?(?:字样|说法|这(?:句|种)(?:话|说法)|之类)|\s?[，,]\s?(?:那个|这个|这种|那种|此|该)(?:说法|讲法)")
# A month count that measures a period of the case (service remainder, wage period, a term), not pay.
_PERIOD_LABEL = re.compile(r"服务年限|不满一年的月数|期间|界限|期限")
_SERVICE_CONTEXT = re.compile(r"工龄|司龄|工作|服务|入职|年限|在公司|在职|干了|做了|待了")
_REMAINDER_LABEL = re.compile(r"不满一年的月数")
_MONTHLY = re.compile(r"每月|每个月|(?<!不)按月")
_SERVICE_LABEL = re.compile(r"服务年限")
_UNUSED_LEAVE = re.compile(r"未休年休假|应休未休")


# 「6个月这个数我没办法答应」: the figure named as a figure (someone's number) and declined in its sentence
_FIGURE_NAMED = re.compile(r"\s?(?:这个|那个|这一|的这个)(?:数|数字|要求|诉求|方案)")
# 「5个月我没办法答应」「额外两个月，公司给不了」: the figure as the topic of a refusal that follows it
_REFUSED_AFTER = re.compile(
    r"\s?(?:元)?(?:的?(?:要求|诉求|这个数|这个要求))?[，,]?\s?(?:我|我们|公司|这边|我这边|公司这边)?(?:确实|实在|真的|恐怕)?"
    r"(?:(?:没办法|没有办法|不能|无法|没法)(?:答应|同意|承诺|给|批|支付|接受)|给不了|答应不了|批不了|做不到|办不到)")
# 「一蚊都唔会少」「一块钱也不少」: "not a single yuan", an idiom of completeness, not a figure
_NOT_ONE_YUAN = re.compile(r"\s?(?:钱)?(?:都|也|亦)(?:不|唔|没|冇|无)")
# 「6个月的讲法」「两个月这个说法」: the figure named as someone's claim, not stated as the case's
_CLAIM_NAMED = re.compile(r"\s?(?:元)?(?:的|这个|那个|这种)?(?:讲法|说法|提法|讲头)")
# 「改用另一个月均工资数」: 另一个 + 月均 (a monthly average), no count of months
_ANOTHER_MONTHLY = re.compile(r"(?:另|同|某|任何|其他|哪)$")


def check(text: str, facts: GuardFacts) -> list[Violation]:
    mentions = find_numbers(text)
    if not mentions:
        return []
    t = normalize(text)
    quoted = cited_quote_spans(text)
    said = [(q.start, q.end) for q in quotes(text)]  # the employee's ask in quotes is attributed
    reported = [(q.start, q.end) for q in quotes(text) if q.end - q.inner_start >= 3 and (
        _REPORTED_BEFORE.search(t, max(0, q.start - 6), q.start) or _REPORTED_AFTER.match(t, q.end))]
    reported += qa_question_spans(text)  # 「问：她要6个月能给吗？」: the figure asked about, not stated
    sents = sentences(text)
    allowed = _Allowed(facts)
    out: list[Violation] = []
    for m in mentions:
        if m.kind not in ("amount", "months", "multiplier", "times", "percent", "years", "number", "days"):
            continue
        if m.kind == "days" and allowed.leave_days is None:
            continue
        if m.kind == "number" and (allowed.cap is None or m.value != allowed.wage and m.value != allowed.cap):
            continue
        if in_spans(m.start, quoted) or in_spans(m.start, reported):
            continue
        if m.kind == "amount" and m.value == 1 and _NOT_ONE_YUAN.match(t, m.end):
            continue
        if m.kind == "months" and t.startswith("均", m.end) and _ANOTHER_MONTHLY.search(t, max(0, m.start - 2), m.start):
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
        faulted = False
        if m.value in allowed.disputable:  # the readings below only excuse a figure someone else holds
            clause_lo = max(t.rfind(c, max(0, m.start - 30), m.start) for c in "，,；;。：:\n") + 1
            if _PREDICATE_NEGATED.search(t, max(clause_lo, m.start - 30), m.start):
                continue  # 「法律并没有规定……必须是40%」: the claim of the figure is denied
            if _INSTRUCTION_REPORTED.search(t, max(sents.starts[i], m.start - 30), m.start) and (
                    _REFUSED.search(sentence) or _REFUSED.search(_next_sentence(text, sents, i))):
                continue  # 「……是让助手直接建议按6个月支付。这段不作为指令执行」
            faulted = bool(_RECKONING_FAULTED.search(t, m.end, sents.ends[i]))
        after = t[m.end:m.end + 12]
        attributed = faulted or in_spans(m.start, said) or _TOPIC.search(clause) or _CLAIM_NAMED.match(t, m.end) or (
            _FIGURE_NAMED.match(t, m.end) and _REFUSED.search(sentence)) or _REFUSED_AFTER.match(t, m.end) or (
            _DEMAND_BEFORE.search(prev) and not _GRANTED.search(prev)
            and not (_ENTITLED.search(sentence) and not _DEMAND_CONTEXT.search(sentence))) or (
            _LIST_HEADER.search(_list_header(text, sents, i)) and not _GRANTED.search(_list_header(text, sents, i)))
        if m.kind in ("number", "days"):
            problem = _base_misused(m, t, allowed, sentence) if m.kind == "number" else _leave_days(m, t, allowed, sentence)
            if problem is not None:
                category, message, severity = problem
                out.append(Violation(guard=NAME, category=category, severity=severity, start=m.start, end=m.end,
                                     span=m.text, message=message))
            continue
        problem = (None if attributed else _ratio_misstated(m, mentions, t, allowed, sents.starts[i], sents.ends[i])) \
            or _judge(m, allowed, sentence, clause, after, mentions, t) or _service_remainder(m, mentions, t, allowed) \
            or _term_restated(m, allowed, clause) \
            or (None if attributed else _demand_as_entitlement(m, allowed, sentence, clause, after)) \
            or (None if attributed else _wrong_role(m, mentions, t, allowed, sentence)) \
            or (None if faulted else _base_misused(m, t, allowed, sentence)) \
            or _period_swapped(m, t, allowed)
        if problem is not None:
            category, message, severity = problem
            out.append(Violation(guard=NAME, category=category, severity=severity, start=m.start, end=m.end,
                                 span=m.text, message=message))
    return out + _product_wrong(t) + _sum_wrong(t)


# 「9,000.00 × 12｜180,000.00元」「7×11,000.00=77,000.00元」: a product written out with its result, the result
# not what the factors give. Only a bare chain of factors (no sum or difference joined to it) and one result.
_NUM = r"\d[\d,]*(?:\.\d+)?"
_FACTOR = _NUM + r"\s?(?:万|元|个月|月|天|年|%)?"
_PRODUCT = re.compile(
    r"(?<![\d,.+\-＋－÷/×xX*])(" + _FACTOR + r"(?:\s?[×xX*]\s?" + _FACTOR + r")+)"
    r"\s?(?:=|＝|｜|\||\bis\b|合计|共计|得)\s?(" + _NUM + r")\s?(万)?(?![\d,]|\.\d|\s?[+\-＋－×xX*÷/])")
_FACTOR_RX = re.compile(r"(" + _NUM + r")\s?(万|%)?")


def _factor_value(raw: str) -> Decimal | None:
    m = _FACTOR_RX.match(raw.strip())
    if m is None:
        return None
    try:
        v = Decimal(m.group(1).replace(",", ""))
    except Exception:
        return None
    return v * 10000 if m.group(2) == "万" else v / 100 if m.group(2) == "%" else v


def _product_wrong(t: str) -> list[Violation]:
    if "×" not in t and "*" not in t and "x" not in t and "X" not in t:
        return []
    out = []
    for m in _PRODUCT.finditer(t):
        if re.search(r"[+\-＋－÷/×xX*加减除乘]\s?$", t[max(0, m.start() - 3):m.start()]):
            continue  # 「85,200 + 2 × 14,200 = 113,600」: the product is one term of a sum
        factors = [_factor_value(x) for x in re.split(r"\s?[×xX*]\s?", m.group(1))]
        result = _factor_value(m.group(2) + (m.group(3) or ""))
        if result is None or any(f is None for f in factors) or len(factors) < 2:
            continue
        product = Decimal(1)
        for f in factors:
            product *= f
        # rounding of the factors (15,701.08 × 3 = 47,103.24 for 47,103.25) and of a 万 figure
        tol = max(Decimal("0.05"), abs(result) * Decimal("0.001"), Decimal(50) if m.group(3) else Decimal(0))
        if abs(product - result) <= tol:
            continue
        out.append(Violation(guard=NAME, category="arithmetic_wrong", severity=Severity.BLOCK,
                             start=m.start(), end=m.end(), span=m.group(),
                             message=f"「{m.group()}」算错了：{m.group(1)} 的结果应为 {product:,.2f}，不是 {m.group(2)}{m.group(3) or ''}。"))
    return out


# 「170,400.00 + 14,600.00 = 185,000.00元」「诉求185,000.00元，由赔偿金170,400.00元加代通知金14,200.00元构成」: a sum
# written out with its total, the total not what the parts give. Every figure may be one of the case's, in the wrong
# role, so only the arithmetic can tell. A term that is itself a product or a difference is left alone.
_MONEY = _NUM + r"\s?(?:万)?(?:元)?"
_LABEL = r"(?:[\u4e00-\u9fff]{1,6}\s?)?"  # 「补偿7.7万+代通知金1.1万=合计8.8万」
_SUM = re.compile(
    r"(?<![\d,.×xX*÷/\-－])(" + _MONEY + r"(?:\s?[+＋]\s?" + _LABEL + _MONEY + r")+)\s?(?:=|＝)\s?" + _LABEL
    + r"(" + _NUM + r")\s?(万)?"
    r"(?![\d,]|\.\d|\s?[+\-＋－×xX*÷/])")
_COMPOSED = re.compile(
    r"(" + _NUM + r")\s?(万)?元[，,]?\s?(?:由|包括|包含)[^。；;\d]{0,16}(" + _NUM + r")\s?(万)?元"
    r"[^。；;\d]{0,4}(?:加|加上|和|与|及|以及|[+＋])[^。；;\d]{0,16}(" + _NUM + r")\s?(万)?元[^。；;\d]{0,4}(?:构成|组成)")


def _sum_wrong(t: str) -> list[Violation]:
    if "+" not in t and "＋" not in t and "构成" not in t and "组成" not in t:
        return []
    found: list[tuple[int, int, list[Decimal | None], Decimal | None]] = []
    for m in _SUM.finditer(t):
        terms = [_factor_value(re.sub(r"^[\u4e00-\u9fff]+\s?", "", x).replace("元", ""))
                 for x in re.split(r"\s?[+＋]\s?", m.group(1))]
        found.append((m.start(), m.end(), terms, _factor_value(m.group(2) + (m.group(3) or ""))))
    for m in _COMPOSED.finditer(t):
        parts = [_factor_value(m.group(i) + (m.group(i + 1) or "")) for i in (3, 5)]
        found.append((m.start(), m.end(), parts, _factor_value(m.group(1) + (m.group(2) or ""))))
    out = []
    for start, end, terms, total in found:
        if total is None or any(x is None for x in terms) or len(terms) < 2:
            continue
        wrong_by = abs(sum(terms) - total)
        if wrong_by <= max(Decimal("0.05"), abs(total) * Decimal("0.001")):
            continue
        span = t[start:end]
        out.append(Violation(guard=NAME, category="arithmetic_wrong", severity=Severity.BLOCK, start=start, end=end,
                             span=span, message=f"「{span}」加总不对：各项之和为 {sum(terms):,.2f}，不是 {total:,.2f}。"))
    return out


# a list item (「②竞业补偿由30%提高至40%」) is read under the list's header (「员工申请：①……；②……」)
_LIST_ITEM = re.compile(r"\s*(?:[①-⑳]|[（(]\d{1,2}[)）]|\d{1,2}[.、．)）](?!\d)|[一二三四五六七八九十][、．])")
_LIST_HEADER = re.compile(r"(?:诉求|要求|主张|申请|请求|提出|提的|报价|开价)[^，。；;]{0,6}[：:]\s*$")


def _list_header(text: str, sents, i: int) -> str:
    """The header of the list whose item sentence i is ("" when it is none): walks back over the
    items in the same paragraph to the sentence that opens the list, and returns its text up to the
    first item."""
    if not _LIST_ITEM.match(text, sents.starts[i]):
        return ""
    for j in range(i - 1, max(-1, i - 12), -1):
        if text[sents.ends[j] - 1] == "\n":
            return ""
        first = _LIST_ITEM.search(text, sents.starts[j], sents.ends[j])
        if first is None:
            return ""
        if first.start() > sents.starts[j] and not text[sents.starts[j]:first.start()].isspace():
            return text[sents.starts[j]:first.start()]
    return ""


def _next_sentence(text: str, sents, i: int) -> str:
    """The sentence after sentence i, in the same paragraph ("" if none)."""
    if i + 1 >= len(sents.starts) or text[sents.ends[i] - 1] == "\\n":
        return ""
    return text[sents.starts[i + 1]:sents.ends[i + 1]]


# the figure stated as the law's or as what the employee gets: a demand named in the sentence before
# does not make it a restatement (「你的诉求我们看了。按法定标准，你可以拿88,000元」)
_ENTITLED = re.compile(r"按法定标准|法定标准|依法|法律规定|你(?:这次)?(?:可以|能)拿|您(?:这次)?(?:可以|能)拿|应得")

# What a draft names an amount as, and the fact labels that hold such an amount.
_ROLES = (
    ("赔偿金", re.compile(r"赔偿金"), re.compile(r"^赔偿金|违法解除.{0,4}(?:赔偿|风险)")),
    ("代通知金", re.compile(r"代通知金"), re.compile(r"代通知金")),
    ("违约金", re.compile(r"违约金"), re.compile(r"违约金")),
    ("竞业补偿", re.compile(r"竞业(?:限制)?(?:的)?(?:经济)?补偿"), re.compile(r"竞业")),
    ("额外补偿", re.compile(r"额外(?:的)?(?:经济)?补偿"), re.compile(r"额外补偿|超出法定部分")),
    ("方案合计", re.compile(r"方案(?:合计|总额|总计|金额)?"), re.compile(r"方案合计")),
    ("经济补偿", re.compile(r"(?<!额外)(?<!额外的)(?<!倍)(?<!倍的)经济补偿(?:金)?(?:总额|金额|合计|总计)?(?!标准的|的[二两2]倍|封顶|基数|上限)"),
     re.compile(r"^法定经济补偿|^经济补偿")),
)
_ROLE_RX = re.compile("|".join(f"(?P<r{i}>{rx.pattern})" for i, (_, rx, _) in enumerate(_ROLES)))
# between the role and its amount: only a copula or 即 (「赔偿金85,200元」「经济补偿是30,000元」
# 「额外补偿一个月，即36,750元」); a month count may stand in between
_ROLE_LINK = re.compile(
    r"(?:\s|的|是|为|就是|也就是|即|共|共计|合计|总计|一共|计|：|:|定为|确定为|核定为|一次性|大约|约|大概|人民币|RMB|￥|¥|"
    r"[，,]\s?(?=即|也就是|就是|共计|合计|总计|一共)|(?:给予|支付)(?:你|您)?|MONTHS(?:的)?(?:工资)?|按MONTHS(?:计)?算|"
    # 「代通知金这块按你上月工资算，是9,500元」: the role as topic and the base it is reckoned on
    r"这块|这一块|这部分|这一项|这项|按(?:你|您)?的?[^，,。；;\d]{0,6}(?:计算|算|计)[，,]?)*")
_CLAUSE_START = re.compile(r"[，,；;。：:\n][^，,；;。：:\n]*$")
# 「132,000元，这笔钱就是本次的经济补偿总额」: the amount named after it
_ROLE_AFTER = re.compile(r"\s?[，,]?\s?(?:这笔钱|这笔|这个数|这个金额|这一数字|这部分)(?:就|也|正)?(?:是|即|作为)[^，。；,;\d]{0,12}|"
                         # 「合计132,000.00元，即为本次应支付的经济补偿金额」
                         r"\s?[，,]\s?(?:即为|即是|也就是|就是)(?:(?:你|您)的?)?(?:本次|这次|此次)?的?(?:(?:你|您)?应(?:当|该)?(?:支付|发放|给付|得到?|拿)的?)?|"
                         r"\s?(?:作为|当作|算作|充作)(?:你的|您的)?")
_ROLE_AFTER_HINT = re.compile(r"这|作为|当作|算作|充作|即为|即是|就是")
# 「经济补偿及代通知金合计43,050元」: two roles joined name their sum, not the last one
_ROLES_JOINED = re.compile(r"(?:补偿|补偿金|赔偿金|代通知金|违约金|N|\+1)(?:及|以及|和|与|加上?|连同|[+＋、])$")
_TERM_VALUED = re.compile(r"\s?(?:部分|这部分|这一项|这项)?(?:为|是|=|＝)")
_SUM_WORD = re.compile(r"合计|共计|总计|一共|总共|加起来|累计")
_ROLE_SKIP = re.compile(r"不|非|没|无|如果|若|假如|假设|的话|要是|本来|原本|而是|按月|每月|每个月")


# the sentence reports someone else's reckoning or a hypothetical, not the case's figure
_SOMEONE_ELSES = re.compile(r"诉求|要求|主张|提出|提的|提到|" + _TO_YOU + r"(?:你|您)(?:说(?!明)|问|算|要|开|以为|觉得|理解)|的话|假如|假设|要是|声称|号称|网上|有人|别人")


# 「月平均工资为188,413元」where 188,413 is the city's ANNUAL average: the fact's own figure, stated as
# the other period's; checked against the label of the fact that holds the figure (never downgraded)
_ANNUAL_LABEL = re.compile(r"（年）|\(年\)|年平均工资|年薪|全年")
_MONTHLY_LABEL = re.compile(r"（月）|\(月\)|月平均工资|月工资|月薪")
_PERIOD_WORD = re.compile(r"(?P<m>月平均工资|月平均|月均|每月|每个月|月工资|月薪)|(?P<y>年平均工资|年平均|年均|每年|全年|年薪|一年的?(?:平均)?工资)")
_PERIOD_WORD_AFTER = re.compile(r"\s?元?\s?(?:(?P<m>/月|每月|一个月|/个月)|(?P<y>/年|每年|一年))")
_PERIOD_LINK = re.compile(r"\s?(?:为|是|约为|大约是|达到|就是|也就是|即)?\s?(?:人民币)?\s?$")


def _period_swapped(m: Mention, t: str, allowed: "_Allowed"):
    own = allowed.period_of.get(m.value) if m.kind == "amount" else None
    if own is None:
        return None
    lo = max(t.rfind(c, max(0, m.start - 20), m.start) for c in "，,；;。：:\n") + 1
    said = None
    for w in _PERIOD_WORD.finditer(t, lo, m.start):
        if _PERIOD_LINK.fullmatch(t, w.end(), m.start):
            said = "月" if w.group("m") else "年"
    after = _PERIOD_WORD_AFTER.match(t, m.end)
    if after:
        said = "月" if after.group("m") else "年"
    if said is None or said == own:
        return None
    return ("amount_wrong_period",
            f"「{m.text}」在核算结果中是按{own}计的数字，这里说成了按{said}计，单位错了。",
            Severity.BLOCK)


def _role_of(label: str) -> set[str]:
    return {name for name, _, fact in _ROLES if fact.search(label)}


def _wrong_role(m: Mention, mentions, t: str, allowed: _Allowed, sentence: str):
    """An amount the facts hold, named as something it is not: the 12-month wage total as the
    compensation, N as the damages, the statutory N as the approved extra, N+1 as the approved plan."""
    if m.kind != "amount" or m.value is None or m.value not in allowed.roles or m.value in allowed.demand_amounts:
        return None
    own = allowed.roles[m.value]
    lo = t.rfind("。", 0, m.start) + 1
    claimed = None
    window = t[max(lo, m.start - 24):m.start]
    last = None
    for rm in _ROLE_RX.finditer(window):
        last = rm
    if last is not None:
        gap = window[last.end():]
        offset = m.start - len(window) + last.end()
        for x in mentions:
            if offset <= x.start and x.end <= m.start and x.kind in ("months", "multiplier"):
                # 「方案：N为3.5个月36,750元」: a formula given its own value is an item under the role, not it
                own_label = x.kind == "multiplier" and _TERM_VALUED.match(t, x.end)
                gap = gap.replace(t[x.start:x.end], "TERM" if own_label else "MONTHS", 1)
        head = window[:last.start()]
        claim_start = m.start - len(window) + last.start()
        cm = _CLAUSE_START.search(head)
        # 「经济补偿36,750元及额外补偿一个月，合计47,250元」: a sum after a list of items is the sum of them all
        listed = _SUM_WORD.search(gap) and any(x.kind == "amount" and lo <= x.start and x.end <= claim_start
                                               for x in mentions)
        if _ROLE_LINK.fullmatch(gap) and not _ROLE_SKIP.search(window[cm.start() if cm else 0:]) \
                and not _ROLES_JOINED.search(head) and not listed:
            claimed = _ROLES[int(last.lastgroup[1:])][0]
            claim_at = m.start - len(window) + last.start()
    if claimed is None and _ROLE_AFTER_HINT.search(t, m.end, m.end + 6):
        hi = min(len(t), m.end + 30)
        for end in range(m.end + 1, hi):
            if t[end - 1] in "。；;":
                break
            rm = _ROLE_RX.match(t, end)
            if rm and _ROLE_AFTER.fullmatch(t, m.end, end) and not _ROLE_SKIP.search(t, m.end, end):
                claimed = _ROLES[int(rm.lastgroup[1:])][0]
                claim_at = m.start
                break
    if claimed is None or claimed not in allowed.role_names or claimed in own[0]:
        return None
    lo = max(t.rfind(c, 0, claim_at) for c in "，,；;。：:\n") + 1
    if _SOMEONE_ELSES.search(t, lo, m.end) and not _ENTITLED.search(t, lo, m.end):
        return None
    return ("amount_wrong_role",
            f"「{m.text}」在核算结果中是{own[1]}，不是{claimed}；数字对，但用错了位置。",
            Severity.BLOCK)


_MULTIPLY_AFTER = re.compile(r"\s?(?:元)?\s?(?:[×xX*]|乘以?)")
_MULTIPLY_BEFORE = re.compile(r"(?:[×xX*]|乘以?)\s?$")
_CAP_AS_BASE = re.compile(r"(?:按|以|用)(?:这个|该|此|这一|上述)?(?:封顶)?基数[^，。；]{0,8}(?:乘|×|计算|算)")
_CAP_BASE_BEFORE = re.compile(r"(?:按|以|用|按照)(?:社平|城市|北京|上海)?(?:封顶|三倍)(?:的)?(?:基数|工资|标准)(?:计|计算|算|折算)?(?:为|是|得)?\s?$")
_CAP_BASE_DENIED = re.compile(r"不封顶|而不是|不是|并非|不能|不按|不应|诉求|主张|你算|您算|的话|假如|假设|要是|误|错")
_UNCAPPED = re.compile(r"不封顶|如果|若|假如|假设|的话|要是|原本|本来|而不是|不是|不能|不按|不会|并非|诉求|主张|要求|你算|您算|提出|"
                       # 「按14.5个月乘65,000元是942,500元，但封顶是第四十七条的明文规定」: the reckoning, then the cap that overrides it
                       r"(?:但|但是|可是|不过)[^。；;\d]{0,8}(?:封顶|三倍)")


def _base_misused(m: Mention, t: str, allowed: _Allowed, sentence: str):
    """The wage base of the formula: the employee's own monthly wage when it is under the city cap,
    the cap when it is over (第四十七条第二款). The other one multiplied is a wrong base."""
    if m.kind not in ("amount", "number") or allowed.cap is None or allowed.wage is None or m.value is None:
        return None  # 「12个月乘65,000」: a bare figure multiplied is an amount too
    binding = allowed.wage > allowed.cap
    wrong = allowed.wage if binding else allowed.cap
    if m.value != wrong:
        return None
    # 「若申请额外补偿，……按封顶基数计47,103.25元」: the cap named as the base of the sum, right before it, where
    # the wage is under the cap; a hypothetical ask around it does not make the base right
    labelled = not binding and _CAP_BASE_BEFORE.search(t, max(0, m.start - 12), m.start)
    if labelled:
        if _CAP_BASE_DENIED.search(sentence):
            return None
    elif _UNCAPPED.search(sentence) or _DEMAND_CONTEXT.search(sentence):
        return None
    multiplied = _MULTIPLY_AFTER.match(t, m.end) or _MULTIPLY_BEFORE.search(t, max(0, m.start - 4), m.start)
    if not multiplied and not labelled and not (not binding and _CAP_AS_BASE.search(t, m.end, m.end + 30)):
        return None
    if binding:
        message = f"月工资{m.text}高于封顶基数{allowed.cap}元，计算基数应为封顶基数，而不是实际工资。"
    else:
        message = f"月平均工资{allowed.wage}元低于封顶基数，封顶基数{m.text}不适用，不能作为计算基数。"
    return ("wrong_wage_base", message, Severity.BLOCK)


_LEAVE = re.compile(r"年假|年休假")
_DAY_IDIOM = re.compile(r"\s?(?:都|也)")
# 「一天没休」「半天不到」 is an idiom; 「4天没休」 counts the unused days
_ONE_DAY_IDIOM = re.compile(r"\s?(?:还|不|没)")
# 「12,000元÷21.75天」: the statute's monthly pay-day count, a divisor, not days of leave
_DIVISOR_BEFORE = re.compile(r"(?:÷|/|除以|除)\s?$")
_PAY_DAYS = (Decimal("21.75"), Decimal("20.83"), Decimal("261"), Decimal("250"))
_DAY_IDIOM_BEFORE = re.compile(r"(?:最后|第|同|当|前|后|每|那|这)$")
_LEAVE_PAID = re.compile(r"折算|没休|未休|没有休|剩|工资|报酬|结清|补偿")
_LEAVE_ENTITLEMENT = re.compile(r"全年|每年|一年|[天日]\s?/\s?年|法定|满\d|满[一二三四五六七八九十]|可休|应休(?!未休)|额度|享有|共有")


def _leave_days(m: Mention, t: str, allowed: _Allowed, sentence: str):
    """「还有5天年假没休，折算成工资」: the days paid out are the unused days the record holds
    (prorated to the last day), not the year's entitlement."""
    lo = max(t.rfind(c, 0, m.start) for c in "，,；;。") + 1
    his = [i for i in (t.find(c, m.end) for c in "，,；;。") if i >= 0]
    clause = t[lo:min(his) if his else len(t)]
    if _DAY_IDIOM.match(t, m.end) or _DAY_IDIOM_BEFORE.search(t, max(0, m.start - 2), m.start) or (
            _ONE_DAY_IDIOM.match(t, m.end) and (m.value is None or m.value <= 1)):
        return None  # 一天都没休, 最后一天: not a count of days
    if m.value in _PAY_DAYS or _DIVISOR_BEFORE.search(t, max(0, m.start - 3), m.start):
        return None
    if m.value is None or m.value == allowed.leave_days or not _LEAVE.search(sentence) or not _LEAVE_PAID.search(clause):
        return None
    if _LEAVE_ENTITLEMENT.search(clause) or _SOMEONE_ELSES.search(clause) or _NEGATED.search(t, lo, m.start):
        return None
    return ("days_not_in_facts", f"折算的年休假天数「{m.text}」与记录的应休未休天数（{allowed.leave_days}天）不符。",
            Severity.BLOCK)


# 「法定部分是8个月、88,000.00元，你希望再多给1个月」: the figure named as the law's in its own clause;
# the demand told elsewhere in the sentence does not make it the employee's
# 「法定N是88,000元」「你的N就是5个月」: the formula of the law named as the figure's label
_STATUTORY_BEFORE = re.compile(r"(?<!超出)(?<!超过)(?<!高于)(?<!之外)(?:法定(?:部分|标准|的部分|的经济补偿|经济补偿|应得|的?N)?|依法(?:应得|应付|应当支付)?(?:的部分|的)?|"
                               r"(?:你|您)(?:的|这次的?)N)"
                               r"(?:就|应当|应)?(?:是|为)\s?(?:[^，,；;。、]{1,14}、\s?)?$")


def _labelled_statutory_before(clause: str) -> bool:
    return bool(_STATUTORY_BEFORE.search(clause)) and not _SOMEONE_ELSES.search(clause) and not _NEGATED_ANY.search(clause)


_NEGATED_ANY = re.compile(r"不是|并非|不算|没有|不属于|如果|假如|若")


def _demand_as_entitlement(m: Mention, allowed: _Allowed, sentence: str, clause_before: str, after: str):
    """An amount or month count that only the employee's demand holds, stated without saying so."""
    compensation = bool(_COMP_AFTER.match(after) or _COMP_BEFORE.search(clause_before))
    period = bool(_PERIOD_AFTER.match(after) and not _COMP_AFTER.match(after) or _PERIOD_BEFORE.search(clause_before))
    pool = {"amount": allowed.demand_amounts, "months": allowed.demand_months,
            "percent": allowed.demand_percents}.get(m.kind)
    if not pool or m.value not in pool:
        return None
    if _DEMAND_CONTEXT.search(sentence) and not _LABELLED_STATUTORY.match(after) and not _labelled_statutory_before(clause_before):
        return None
    if m.kind == "months" and (m.value in allowed.period_months and not compensation or period):
        return None
    if m.kind == "months" and m.value in STATUTORY_MONTHS and not _COMP_AFTER.match(after) and _STATUTE_SAYS.search(clause_before):
        return None  # 「没到第47条说的六个月」: the statute's own threshold, not the demand
    return ("demand_as_entitlement",
            f"「{m.text}」是员工自己的诉求数字，这里却写成了公司给付或法定标准；复述诉求时要说明是员工提出的。",
            Severity.BLOCK)


# the figure labelled as the law's right after it (「也就是60,000元，这是法定的标准」): a condition
# elsewhere in the sentence (你要是走协商解除) does not make it the employee's reckoning
_LABELLED_STATUTORY = re.compile(r"\s?(?:元)?\s?[，,]\s?(?:这|这个|这笔)(?:就|也|都)?(?:是|属于)(?:法定|法律规定|依法)")


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
    # 「工龄是从2021-02-01到现在，3年4个月」: the service word may open the clause chain before the dates
    lo = max(t.rfind(c, 0, prev.start) for c in "。；;\n") + 1
    if not _SERVICE_CONTEXT.search(t[max(0, prev.start - 10):prev.start]) and not (
            _SERVICE_CONTEXT.search(t, max(lo, prev.start - 30), prev.start)
            and re.search(r"\d{4}[-./年]\d{1,2}", t[max(lo, prev.start - 30):prev.start])
            and not t.endswith("满", 0, prev.start)):  # 「满三年3个月」: whole years counted as months
        return None
    if prev.value in allowed.years and m.value != allowed.remainder:
        return ("years_not_in_facts", f"服务年限「{t[prev.start:m.end]}」与员工档案不符。", Severity.BLOCK)
    # 「6年11个月」 for a record of exactly 7 years: the month total is off by less than a year
    if prev.value is not None and m.value is not None and any(
            0 < abs((y * 12 + allowed.remainder) - (prev.value * 12 + m.value)) < 12 and prev.value != y
            for y in allowed.years):
        return ("years_not_in_facts", f"服务年限「{t[prev.start:m.end]}」与员工档案不符。", Severity.BLOCK)
    return None


_AMOUNT_CONTINUES = re.compile(r"[,，]\d{3}|\.\d+\s?元|\d*\s?(?:元|万)")


# 「3年按3个月算」「满7年的部分计7个月」: the whole years of service counted at a month each
_YEARS_AS_MONTHS = re.compile(r"(\d+|[一二两三四五六七八九十]{1,3})(?:个)?(?:整)?年(?:的部分)?(?:就|则)?(?:按|计|算|折算为?|折合|对应)(?:成|为)?\s?$")


def _whole_years_as_months(m: Mention, allowed: "_Allowed", clause_before: str) -> bool:
    y = _YEARS_AS_MONTHS.search(clause_before)
    if y is None or m.value != int(m.value):
        return False
    try:
        if parse_number(y.group(1)) != m.value:
            return False
    except (ValueError, ArithmeticError, KeyError):  # 「十十」: not a numeral
        return False
    served = list(allowed.years) or ([allowed.statutory] if allowed.statutory is not None else [])
    return any(s >= m.value for s in served)


# the statute's standard named before 二倍 (第八十七条's wording): the double is 2N
_STANDARD_DOUBLED = re.compile(r"(?:第(?:四十七|47)条(?:规定的)?|经济补偿|N)(?:的)?(?:计算)?标准的$|经济补偿(?:金)?的$|N的$")


def _judge(m: Mention, allowed: _Allowed, sentence: str, clause_before: str, after: str, mentions, t: str):
    if m.kind == "amount":
        if _matches(m, allowed.amounts) or _glossed_exactly(m, allowed, mentions, t):
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
            if any((stem[:2] if len(stem) >= 4 else stem) in clause_before and months == m.value for stem, months in allowed.terms):
                return None  # 「竞业限制按协议执行12个月」「竞业补偿12个月」: the recorded term (its stem may be shortened), restated with its own count
            return ("months_not_in_facts",
                    f"「{m.text}」是本案的期间（如服务年限的零头、计算期间），不是补偿月数（法定为{allowed.statutory_label}）。",
                    Severity.BLOCK)
        if _PERIOD_AFTER.match(after) and not _COMP_AFTER.match(after) or _PERIOD_BEFORE.search(clause_before):
            return None  # a time period (前12个月、试用期6个月、工作了7年8个月), not a compensation count
        if _whole_years_as_months(m, allowed, clause_before):
            return None  # 「整年的3年按3个月算」: one month per whole year of service, a step of the statute's sum
        compensation = bool(_COMP_AFTER.match(after) or _COMP_BEFORE.search(clause_before))
        if m.value in STATUTORY_MONTHS and (not compensation or _RULE_SENTENCE.search(sentence)):
            return None
        return ("months_not_in_facts",
                f"「{m.text}」这一补偿月数不在计算结果或已审批方案中（法定为{allowed.statutory_label}）。",
                Severity.BLOCK)
    if m.kind == "multiplier":
        formula = m.formula or ""
        if _AMOUNT_CONTINUES.match(after):
            formula = re.sub(r"\+\d+(?:\.\d+)?$", "", formula)  # 「2N＋14,600.00元」: N plus an amount, not N+14
        if formula in allowed.formulas:
            return None
        if _DISPUTED.search(sentence):
            return None  # a formula named to be corrected, not stated as the case's
        if formula == "2N" and _ILLEGAL.search(sentence) and (_CONDITIONAL.search(sentence) or _FOR_ILLEGAL.search(sentence)):
            return None  # explaining the 2N risk of an illegal termination
        if formula == "N+1" and _ART40.search(sentence) and _CONDITIONAL.search(sentence):
            return None  # explaining when the +1 applies (第四十条 without notice)
        return ("multiplier_not_in_facts",
                f"「{m.text}」（{formula}）不是本案适用的补偿公式（本案为：{allowed.formula_label}）。",
                Severity.BLOCK)
    if m.kind == "times":
        if m.value == 3 and _WAGE_SENTENCE.search(sentence):
            return None
        if m.value == 2 and "2N" in allowed.formulas and _STANDARD_DOUBLED.search(clause_before):
            return None  # 「按第四十七条标准的二倍计算赔偿金」: 2N, the case's own formula, in words
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


# 「170,400元，折合11个月平均工资」「相当于竞业补偿总额的三倍」「相当于您将近一年的工资」: a month count,
# a duration or a multiple stated about an amount is arithmetic on it, checked against the facts' amounts
_EQUIVALENT = re.compile(r"折合|相当于|约合|约等于|等于|折算(?:成|为)?|抵得上|顶得上")
_ANAPHOR = re.compile(r"(?:上述|以上|前述|这笔|该笔|这些|此)(?:各项)?(?:款项|钱|金额|费用|补偿)?(?:合计|总计|共计)?\s?$")
_GLOSS = re.compile(r"[^，,。；;\d（(]{0,6}[，,]?\s?(?:金额|数额)?(?:即|也就是|就是|合计|共计|约|大约)?(?:为|是)?\s?(?:人民币)?")
_WAGE_AFTER = re.compile(r"\s?(?:的)?(?:月)?(?:平均)?(?:工资|薪资|薪水|月薪|收入)")
_RATIO_TOLERANCE = {"under": (Decimal("0.75"), Decimal(1)), "about": (Decimal("0.85"), Decimal("1.15"))}


def _ratio_misstated(m: Mention, mentions, t: str, allowed: "_Allowed", sentence_start: int, sentence_end: int):
    """An amount said to equal k months' wage (or k times another amount) where no amount of the
    facts gives that ratio: 170,400 is 12 months of 14,200, not 「折合11个月」. A percentage said of
    the sentence's own figures (「1个月在7个月基础上上浮12.5%」) is one of their ratios."""
    if m.kind == "percent":
        return _percent_misstated(m, mentions, t, allowed, sentence_start, sentence_end)
    if m.value is None or not m.value or m.kind not in ("months", "years", "times"):
        return None
    if m.kind != "times" and not _WAGE_AFTER.match(t, m.end):
        return None
    eq = None
    for eq in _EQUIVALENT.finditer(t, sentence_start, m.start):
        pass
    if eq is None or m.start - eq.end() > 16 or any(eq.end() <= x.start < m.start for x in mentions):
        return None  # 「折合每月15,701元，三倍为……」: the connector equates the figure after it, not this one
    amount = next((x for x in reversed(mentions) if x.kind == "amount" and x.end <= eq.start()
                   and eq.start() - x.end <= 200 and x.value), None)
    # the amount is what is equated: right before the connector with nothing else counted between
    # (「二倍赔偿相当于12个月工资」 equates the formula, not the wage before it), or named back to
    # (「上述款项相当于……」); else the amount the count is glossed with right after it
    # (「赔偿金相当于12个月工资，也就是170,400元」)
    if amount is not None and ("\n\n" in t[amount.end:eq.start()] or (
            eq.start() - amount.end > 24 or any(amount.end <= x.start and x.end <= eq.start() for x in mentions))
            and not _ANAPHOR.search(t, max(0, eq.start() - 8), eq.start())):
        amount = None
    if amount is None:
        if m.kind == "times":
            return None  # 「……的三倍为47,103.25元」: the product of a base the sentence names, not a count of pay
        amount = next((x for x in mentions if x.start >= m.end), None)
        if amount is None or amount.kind != "amount" or not amount.value or amount.start - m.end > 14 \
                or not _GLOSS.fullmatch(t, m.end, amount.start):
            return None
    k = m.value * 12 if m.kind == "years" else m.value
    bases = [b for b in allowed.amounts if b and b != amount.value]
    if not bases:
        return None
    unit = {"years": Decimal(12)}.get(m.kind, Decimal(1))
    approx = m.approx
    if m.kind == "years" and m.value == Decimal("0.5") and t.startswith("大", m.start - 1):
        approx, unit = "over", Decimal(6)  # 大半年: more than six months, under a year
    for b in bases:
        r = amount.value / b
        if approx == "over":
            ok = k < r < k + unit
        elif approx in _RATIO_TOLERANCE:
            lo, hi = _RATIO_TOLERANCE[approx]
            ok = k * lo <= r < k * hi if approx == "under" else k * lo <= r <= k * hi
        else:
            ok = abs(r - k) <= k * Decimal("0.02") + Decimal("0.01")  # a stated count is exact, not rounded to a unit
        if ok:
            return None
    category = "multiplier_not_in_facts" if m.kind == "times" else "months_not_in_facts"
    return (category, f"「{amount.text}」并不等于「{m.text}」：按核算的金额换算，这个倍数或月数不成立。", Severity.BLOCK)


_PERCENT_EQ = re.compile(r"相当于|上浮|上涨|增加|提高|多出|多了|占|折合")


def _percent_misstated(m: Mention, mentions, t: str, allowed: "_Allowed", lo: int, hi: int):
    if m.value is None or m.value in STATUTORY_PERCENTS or m.value in allowed.percents or m.approx:
        return None
    if not _PERCENT_EQ.search(t, max(lo, m.start - 16), m.start):
        return None
    values = {x.value for x in mentions if lo <= x.start and x.end <= hi and x is not m
              and x.kind in ("months", "amount") and x.value}
    if len(values) < 2:
        return None
    tolerance = max(m.unit, Decimal("0.1")) / 2
    if any(abs(x / y * 100 - m.value) <= tolerance for x in values for y in values if x != y):
        return None
    return ("percent_not_in_facts", f"比例「{m.text}」不是本句数字之间的比例，按核算的数字换算不成立。", Severity.BLOCK)


def _glossed_exactly(m: Mention, allowed: "_Allowed", mentions, t: str) -> bool:
    """「约56.52万元，精确数为565,239.00元」: a rounded figure stated with the exact figure it rounds,
    next to it in the same sentence, is the exact figure's shorthand, not an invented one."""
    if not m.approx and not m.rounded or m.value is None:
        return False
    half = m.unit / 2
    return any(x is not m and x.kind == "amount" and x.value in allowed.amounts and not x.rounded
               and abs(x.value - m.value) <= half and abs(x.start - m.start) <= 30
               and not any(c in t[min(m.end, x.end):max(m.start, x.start)] for c in "。；;！？\n")
               for x in mentions)


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
        # an amount the facts give per year (社平工资（年）) or per month, for the figure restated with the other period
        self.period_of = {f.amount: ("年" if _ANNUAL_LABEL.search(f.label) else "月")
                          for f in plain if f.amount is not None and (_ANNUAL_LABEL.search(f.label)
                                                                      or _MONTHLY_LABEL.search(f.label))}
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
        self.statutory = n
        self.statutory_label = f"{n}个月" if n is not None else "未提供"
        self.formula_label = "、".join(sorted(self.formulas))
        # each amount's roles (and a label to name it by); the roles the case has a figure for
        roles: dict[Decimal, tuple[set[str], str]] = {}
        for f in plain:
            if f.amount is not None:
                names, label = roles.get(f.amount, (set(), ""))
                roles[f.amount] = (names | _role_of(f.label), label or f.label.split("（")[0])
        if a.approved_total_amount is not None and a.approved_total_amount in roles:
            roles[a.approved_total_amount][0].add("方案合计")
        self.roles = roles
        self.role_names = {r for names, _ in roles.values() for r in names}
        caps = [f.amount for f in plain if f.amount is not None and "封顶" in f.label and "基数" in f.label]
        wages = [f.amount for f in plain if f.amount is not None and f.label.startswith("月平均工资")]
        self.cap = caps[0] if len(caps) == 1 else None
        leave = {x.value for f in facts.figures if _UNUSED_LEAVE.search(f.label)
                 for x in find_fixed_numbers(f.label) if x.kind == "days"}
        self.leave_days = leave.pop() if len(leave) == 1 else None
        self.wage = wages[0] if len(wages) == 1 else None
        # figures only the employee's demand (or the wrong wage base) holds: what a refusal may restate
        self.disputable = self.demand_amounts | self.demand_months | self.demand_percents | (
            {self.wage, self.cap} - {None} if self.cap is not None else set())
