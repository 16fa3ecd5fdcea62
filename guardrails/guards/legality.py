"""Legality guard: waivers of statutory rights, illegal non-compete terms, less than the statute
presented as the full entitlement, and misstatements of law (「协商解除没有补偿」 where the
employer proposed it; 「法定N+1」 for a 协商解除; 「试用期可以随便辞退」 …).

Phrase rules live in data/legality.yaml; what needs the facts' figures is here:
- an amount or month count below ``statutory_total``/``statutory_months`` called 法定/全部/足额/最多;
- a non-compete longer than two years (第24条), paid below 30% (法释〔2020〕26号第36条) or below
  ``non_compete_min_monthly``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from guardrails.facts import GuardFacts
from guardrails.frames import frame_spans, match_frames, reported_speech
from guardrails.learned import second_opinion
from guardrails.lexicon import clause_before, load_rules, match_rules, rule_spans
from guardrails.numbers import Mention, find_numbers
from guardrails.text import in_spans, normalize, sentences
from guardrails.types import Violation

NAME = "legality"
VERSION = "1.0"
# Readings of wording alone (see runner._second_reading); below_statute, misstated_statute and
# noncompete are read against the case's figures and terms and always stand.
WORDING_CATEGORIES = frozenset({"waiver", "misstatement"})

_FULL_BEFORE = re.compile(
    r"(?:法定|依法应得|依法|法律规定的?|按法律|全部|全额|足额|应得的?|所有的?|最多|最高|顶多|顶格|上限|封顶|只能|仅能"
    r"|撑死|充其量|顶天|至多|大不了)"
    r"(?:的)?(?:就)?(?:能)?(?:给|拿到?|支付|获得)?(?:你|您)?(?:的)?(?:经济)?(?:补偿|补偿金|赔偿|代通知金|经济补偿)?(?:金额|标准|总额|总计)?"
    r"(?:是|为|就是|只有|仅为|仅|共计?|总共|合计|一共|也就|也就是)?(?:代通知金|经济补偿|补偿金|赔偿金)?\s?$"
)
# 「经济补偿统一按第四十七条计算且最高不超过三个月工资」: a ceiling on the statutory payment itself, put as a
# limit the figure may not pass (a handbook's ceiling on the extra names no statutory payment in its sentence)
_STATUTORY_LIMIT = re.compile(r"(?:经济补偿|补偿金|赔偿金|第四十七条|第47条|法定|依法|法律规定)[^。；;！？\n]{0,24}"
                              r"(?:最多|最高|上限|顶多|至多)(?:也)?(?:不(?:得|能|会)?超过|不超出|不高于)\s?$")
# 「法律规定公司只要给半个月」: a statement of the law, then a limiting word, then the number
_LAW_LIMIT = re.compile(r"(?:法律规定|法律上|按法律|依法|法定)[^。；;\n]{0,12}(?:只要|只需|只能|只|仅|就够|最多|顶多)[^。；;\n]{0,6}$")
_FULL_AFTER = re.compile(
    r"\s?(?:的)?(?:经济补偿|补偿)?[，,]?(?:这|这个|此|这笔)?(?:就是|即为|已经是|已是|是|为|就)(?:你|您)?(?:的)?"
    r"(?:法律规定的|法定的?|依法应得的?|(?:法律规定|法律上|依法|按法律)(?:你|您)?(?:能|可以)?(?:拿到|拿|得到|获得)的"
    r"|法律(?:上)?(?:能|会)?给(?:你|您)?的)?"
    r"(?:全部|所有|法定|依法应得|全额|足额|能拿到的(?:全部|最多)|能拿的全部|最多|最高|上限)"
    r"|\s?(?:的)?(?:经济补偿|补偿|赔偿金?)?(?:就|也就)(?:够了|足够了|足够|行了|可以了)"
)
_LEGAL_BEFORE = re.compile(
    r"(?:法定|依法应得|依法应当支付|法律规定的?|按法律(?:规定)?|根据法律(?:规定)?|依照法律|依法)[^。，,；]{0,2}[，,]?"
    r"(?:您|你)?(?:的)?(?:经济)?(?:补偿|补偿金|赔偿金?|标准)(?:金额|标准|总额|月数)?"
    r"(?:应当|应)?(?:是|为|就是|共计?|总共|合计|一共|有)?\s?$"
)
_LEGAL_AFTER = re.compile(r"\s?(?:的)?(?:经济补偿|补偿)?(?:就是|即为|是|为)(?:你|您)?(?:的)?(?:法定|依法应得)")
# 「按N也就是85,200.00元与你和解，这已经是公司在法律上要承担的全部责任了」
_FULL_LATER = re.compile(r"(?:这|此|这个数|这笔)(?:已经|就|已|也就)?是[^。！？；;\n]{0,14}(?:全部|所有)"
                         r"(?:(?:的)?(?:责任|义务|补偿|赔偿)|(?:了|啦)?(?=[，,。！？；;\n]|$))"
                         r"|(?:这|此|这个数|这笔)(?:已经|就|已|也就)?是(?:法定的?|法律上的?)?(?:顶格|封顶|上限|最高|天花板)(?:了|啦)?(?=[，,。！？；;\n]|$)")
# 「法律上撑死就是经济补偿85,200.00元」: one statutory item put as the ceiling of what the law gives
_CEILING = re.compile(r"撑死|充其量|顶天|顶多|至多|最多|大不了")
# the payment the amount belongs to, named before it in the sentence (「竞业补偿…公司会按月足额支付9,000.00元」)
_ITEM_NAME = re.compile(r"经济补偿|补偿金|赔偿金|代通知金|离职补偿|竞业|年假|年休假|加班|违约金|(?<![个一二三四五六七八九十0-9])月补偿"
                        r"|(?:按月|每月)(?:足额|另行|按时)?(?:支付|发放|发|给|付|打款)")
_OTHER_ITEM = ("竞业", "年假", "年休假", "加班", "违约金", "月补偿", "按月", "每月")
_SENTENCE_BREAK = re.compile(r"[。！？!?；;\n]")
# 「除了法定的十八万，手册允许再申请最多1个月」: the figure asked for on top of what the statute gives
_EXTRA = re.compile(r"额外|之外|另外|另加|再加|加上|多出|超出|多给|上浮|再给|再争取|再申请|再报|除了[^。！？；;]{0,20}(?:再|还(?:能|可以|可))")
# the figure named as what an approver granted (批的/批了/审批的): its own ceiling, not the statute's
_APPROVED = re.compile(r"批(?:的|了|下来|下的|准的?|复的?)|审批(?:的|了|通过)|核批")
_EXTRA_AFTER = re.compile(r"\s?(?:的)?(?:额外|之外|以外)")
_NONCOMPETE = re.compile(r"竞业|(?:年|个月)内不得(?:到|去|入职|加入|从事|就职|在)")
_SERVICE = re.compile(r"(?:工作|入职|工龄|司龄|服务|干|做)了?(?:已经|有|满|近)?\s?$|(?:折算|折合|算作|计为|视为)(?:成|为)?\s?$")
_MIN_WAGE_WORD = re.compile(r"最低工资(?:标准)?(?:为|是)?\s?$")
# 「按北京月最低工资2,540.00元每月支付」: the minimum wage named as what will be paid, not as a reference
_PAID_AT_MIN_WAGE = re.compile(r"(?:按|以|按照|只按|仅按)[^，,。；;]{0,8}最低工资(?:标准)?\s?$")
# the clause holding a year count is about service or severance (「依第四十七条按6年计算」), not the restraint
_SEVERANCE_CLAUSE = re.compile(r"经济补偿|补偿金|工作年限|工龄|司龄|服务年限|第四十七条|第47条")
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?\n]")
# figures the facts record in another role than the statutory total (a cap base, the ceiling on the
# extra, a wage, the employee's demand): naming one with 封顶/上限/最多 states that figure's own role
_OTHER_ROLE = re.compile(r"基数|上限|额外")
# the figure labelled as the monthly base right before it (「基数封顶为」「封顶基数是」「月工资基数」)
_BASE_NAMED = re.compile(r"基数(?:封顶|上限|最高)?(?:后)?(?:为|是|按|计|即|取)?\s?$")
_ROLE_CONTEXT = re.compile(r"基数|额外|手册|审批|批准|政策|制度|已(?:经)?批")
_LAW_WORD = re.compile(r"法定|依法|法律")
_WAGE_AFTER = re.compile(r"(?:的)?(?:工资|薪水|薪资|月薪)")
# an amount followed by the name of another payment (non-compete pay, leave pay, wages, a penalty)
_OTHER_ITEM_AFTER = re.compile(r"\s?(?:的)?(?:竞业|年假|年休假|未休|工资|月薪|加班|违约金|社保|公积金|报销|奖金)")
# 「5年6个月」: a year count with months after it is a length of service, not a restraint period
_YEARS_THEN_MONTHS = re.compile(r"(?:零|又)?(?:\d+|[一二两三四五六七八九十]+)个月")
# 「（工作5年6个月按6年计）」: the service counted in whole years
_SERVICE_ROUNDED = re.compile(r"(?:工作|工龄|司龄|入职|服务|年限)[^，,；;。]{0,10}(?:按|折算为?|折合|算作?|计为)\s?$")
_COUNTED_AS = re.compile(r"\s?(?:计|算|计算|折算)")
_BARE_NONCOMPETE_PAY = re.compile(r"补偿|补贴")
_OTHER_PAY = re.compile(r"经济补偿|离职补偿|补偿金|赔偿|代通知金|年假|年休假|加班|(?<![A-Za-z])N(?![A-Za-z+＋加])|工资(?!标准)")
_MONTHLY = re.compile(r"每月|按月|/月|每个月|月补偿|元/月|一个月")


# 「你问签了协议是不是就不能去仲裁了——」: the employee's question restated; what it asks is not stated
_ASKED = re.compile(r"(?:你|您)(?:刚才|之前|前面|上次)?(?:问|想问|问到|问的是|担心|想知道|关心)(?:的是)?[：:，,]?"
                    r"([^。！？?；;—\n]{2,40}?)(?:[？?]|——|[吗么](?:[？?，,]|$))")
_QUESTION = re.compile(r"是不是|能不能|会不会|可不可以|要不要|有没有|是否|吗|么|[？?]")


def _asked(t: str) -> list[tuple[int, int]]:
    return [(m.start(1), m.end(1)) for m in _ASKED.finditer(t) if _QUESTION.search(t, m.start(1), m.end())]


# 「由公司提出协商解除的，公司依法支付经济补偿。」: a rule stated in the statute's conditional form
_GENERAL_RULE = re.compile(r"\s*(?:由|凡是?|对于?)[^。，,；;]{2,24}的[，,]")
# 「剩余一半交接完成当天付清」: severance paid when the handover is done is the statute's own timing
# (劳动合同法第五十条); the model, having learned withheld halves and deposits, reads any schedule as one.
# A sentence that also holds back, forfeits or conditions the money is left to the model.
_HANDOVER_PAYMENT = re.compile(r"(?:交接|离职手续)[^。；;！？\n]{0,10}(?:当天|当日|时|后|之日|完毕)[^。；;！？\n]{0,8}"
                               r"(?:支付|付清|结清|发放|到账|打款|付款|付)")
# 「公司依法代扣个人所得税后发放补偿」: a deduction the law itself orders (tax, the employee's social-insurance share)
_STATUTORY_DEDUCTION = re.compile(r"(?:依法|按规定|按税法规定|依税法)?(?:代扣代缴|代扣|扣缴|代缴)(?:代缴)?"
                                  r"(?:的)?(?:个人所得税|个税|社保个人部分|社会保险个人部分|个人(?:应缴|缴纳)的?(?:社保|社会保险|公积金))")
# 「不能拿经济补偿来顶竞业补偿」: one payment said not to stand in for another is the statute's own rule
_NO_OFFSET = re.compile(r"(?:不能|不得|不可以?|不允许|不应)(?:拿|用|以)[^。，；;！？]{1,12}(?:来|去)?(?:顶|抵|冲抵|抵扣|抵销|抵消|代替|替代)")
# 「领导批了的就是一个月，这已经是上限了」: the ceiling of what an approval or the extra allows is company policy
# (手册: at most one month beyond the statute), not the statutory entitlement called whole; a sentence that
# also names the statutory amount is left to the model
_APPROVAL_CEILING = re.compile(r"(?:批了?的|批下来的|审批(?:的|下来的)|获批的?|额外(?:的|部分)?|多给的|多出(?:的|来的)(?:部分)?)"
                               r"[^。；;！？]{0,16}(?:上限|最多|封顶|顶格|到头|不能再多)")
# 「未休年假会按日工资的200%折算支付」: the statutory rate for untaken leave (年休假条例第五条: 300 % including the
# wage already paid, i.e. 200 % on top); the model, having learned wrong rates (100 %, 300 % on top), reads any rate
_LEAVE_RATE = re.compile(r"(?:未休|应休未休|没休|没有休)[^。；;！？\n]{0,8}(?:年休假|年假)[^。；;！？\n]{0,20}?"
                         r"(?:(?P<two>200%|百分之二百|两倍|二倍)|(?P<three>300%|百分之三百|三倍))")
_STATUTORY_WORD = re.compile(r"法定|依法|法律规定|经济补偿|补偿金|应得")
_WITHHELD = re.compile(r"押金|保证金|扣|不予|不再|不付|不发|视为|放弃|竞业|新工作|新单位|入职|仲裁|起诉|诉讼|投诉|违约|保密"
                       r"|满[^。，]{0,4}(?:个月|年)|以后再|再说|才(?:能|会)?(?:支付|付|发)")


def check(text: str, facts: GuardFacts) -> list[Violation]:
    conditions = {
        # 封顶后 / 封顶月工资基数: the cap applied; a label naming the cap only for reference (封顶基数) is not that
        "capped": any(re.search(r"封顶后|封顶月工资基数|已封顶", f.label) for f in facts.figures),
        "non_compete": facts.non_compete,
        "employer_initiated": facts.initiated_by == "employer",
        "employee_initiated": facts.initiated_by == "employee",
        "ground_mutual": facts.ground.startswith("mutual"),
        "ground_art40": facts.ground.startswith("art40"),
        "ground_illegal": facts.ground.startswith("illegal"),
        "protected": bool(facts.protected),
    }
    t = normalize(text)
    reported = reported_speech(t)
    asked = _asked(t) if ("问" in t or "担心" in t or "想知道" in t or "关心" in t) else []
    reported = reported + asked if asked else reported
    skip = (lambda start, _end: in_spans(start, reported)) if reported else None
    conditions = _frame_conditions(facts, conditions)
    out = match_rules(text, load_rules(NAME), NAME, conditions, skip)
    framed = match_frames(text, NAME, NAME, conditions)
    if asked:
        framed = [v for v in framed if not in_spans(v.start, asked)]
    out += framed
    if out and facts.figures:
        out = [v for v in out if not _wage_with_bonus(v, facts)]
    if not conditions["owes_any"]:
        out = [v for v in out if not (v.category == "waiver" and _waives_only_severance(v.span))]
    if out and "影响" in t:
        out = [v for v in out if not _settlement_with_saving_clause(v, t)]
    mentions = find_numbers(text)
    if mentions:
        out += _below_statute(text, facts, mentions)
        if facts.non_compete or _NONCOMPETE.search(text):  # it reads nothing else: skip the walk over every figure
            out += _noncompete_figures(text, facts, mentions)
    if not out:
        # A paraphrased misstatement no rule has a reading for. The model reads neither the case nor
        # negation nor who is speaking, so it is not asked about a sentence holding reported speech or
        # wording a rule matched and then cleared (negated, lawful on this case's facts, cancelled by
        # its context): there the rules' verdict stands.
        def known(s: int, e: int) -> bool:
            if _statutes_own_rule(text[s:e]):
                return True
            spans = reported + rule_spans(text, load_rules(NAME)) + frame_spans(text, NAME)
            return any(a < e and s < b for a, b in spans)

        out = second_opinion(text, NAME, skip=known)
    return out


def _statutes_own_rule(sentence: str) -> bool:
    """The law stated for a class of cases, one payment said not to stand in for another, the ceiling of an
    approval or extra, or the statute's own timing or deduction (with nothing held back): lawful wording the
    model has no reading for."""
    if _GENERAL_RULE.match(sentence) or _NO_OFFSET.search(sentence):
        return True
    if _APPROVAL_CEILING.search(sentence) and not _STATUTORY_WORD.search(sentence):
        return True
    rate = _LEAVE_RATE.search(sentence)
    if rate and (rate["two"] or "含" in sentence) and not _WITHHELD.search(sentence):
        return True
    return bool(_HANDOVER_PAYMENT.search(sentence) or _STATUTORY_DEDUCTION.search(sentence)) \
        and not _WITHHELD.search(_STATUTORY_DEDUCTION.sub("", sentence))


_WAGE_INCLUDES = re.compile(r"([0-9][0-9,]*(?:\.[0-9]+)?)元(?:里|中|内|里面)?(?:其实|实际上|本身)?(?:已经|已|都)?(?:包含|包括|含|涵盖)(?:了)?"
                            r"(?:年终奖|奖金|提成|绩效|津贴|补贴)")


def _wage_with_bonus(v: Violation, facts: GuardFacts) -> bool:
    """「您记录里的65,000.00元已含年终奖」: the recorded monthly wage said to include the bonus is the
    statute's own wage (实施条例第27条), not severance that swallows another payment."""
    m = _WAGE_INCLUDES.match(v.span)
    if m is None:
        return False
    value = Decimal(m.group(1).replace(",", ""))
    return any(f.amount == value and "工资" in f.label and not re.search(r"年休假|年假|未休", f.label)
               for f in facts.figures)


# 「双方因解除产生的争议一次性了结。乙方其他法定权利不因本条受影响。」: a settlement whose reach the clause after it
# narrows to the dispute it names; the rights the law grants outside it are kept in so many words
_LUMP_SETTLEMENT = re.compile(r"一次性(?:了结|解决|买断)|两清")
_SAVING_CLAUSE = re.compile(r"(?:其他|其余|其它)[^。；;]{0,20}(?:权利|权益|待遇)[^。；;]{0,6}不(?:因|受)[^。；;]{0,8}影响"
                            r"|不(?:因|受)本(?:条|协议|款|约定)[^。；;]{0,4}影响")


def _settlement_with_saving_clause(v: Violation, t: str) -> bool:
    return (v.category == "waiver" and bool(_LUMP_SETTLEMENT.search(v.span))
            and bool(_SAVING_CLAUSE.search(t, v.end, v.end + 90)))


_SEVERANCE_WORD = re.compile(r"经济补偿|补偿金|补偿款|离职补偿|补偿|(?<![A-Za-z0-9])N(?![A-Za-z+＋加])")
_OTHER_RIGHT = re.compile(r"竞业|赔偿|加班|年假|年休假|社保|社会保险|公积金|仲裁|诉讼|起诉|投诉|举报|监察|申诉|权利|权益|工资|"
                          r"报酬|待遇|代通知金|工伤|医疗期|产假|生育|失业|一切|任何|所有|全部")


def _waives_only_severance(span: str) -> bool:
    """「不再主张补偿」 where the statute owes no severance (an employee's own resignation) gives up
    nothing the law grants; a waiver naming any other right still counts."""
    return bool(_SEVERANCE_WORD.search(span)) and not _OTHER_RIGHT.search(span)


def _frame_conditions(facts: GuardFacts, base: dict[str, bool]) -> dict[str, bool]:
    """What the statute owes in this case, for the frames' ``when``."""
    owes_any = facts.statutory_total is not None and facts.statutory_total > 0
    illegal = facts.ground.startswith("illegal")
    return {
        **base,
        "owes_any": owes_any,
        "owes_severance": owes_any and not illegal,
        "owes_notice_pay": owes_any and "N+1" in facts.multipliers,
        "owes_damages": owes_any and illegal and "2N" in facts.multipliers,
        "ground_illegal": illegal,
    }


_STATUTORY_ITEM = re.compile(r"经济补偿|赔偿金|代通知金|年休假|法定")
_WHOLE = re.compile(r"全部|所有|全额|总共|一共|合计|总额|足额|全都|就这些|仅此")
# 「足额支付代通知金9,800元」: paying one named statutory item in full says nothing about the total
_ITEM_IN_FULL = re.compile(r"(?:足额|全额)(?:地)?(?:支付|发放|给付|结清)?(?:您|你)?(?:的)?(?:经济补偿|代通知金|赔偿金|年休假工资|未休年假工资)")
_CLAUSE_CUT = re.compile(r"[，,。！？!?；;\n]")


def _statutory_items(facts: GuardFacts) -> set[Decimal]:
    """Each statutory item on its own (经济补偿 beside 代通知金, say) is a correct statement of a
    statutory figure, not a smaller number passed off as the whole statutory total."""
    out: set[Decimal] = set()
    for f in facts.figures:
        if _STATUTORY_ITEM.search(f.label):
            out |= {v for v in (f.amount, f.months) if v is not None}
    return out


def _below_statute(text: str, facts: GuardFacts, mentions: list[Mention]) -> list[Violation]:
    t = normalize(text)
    out = []
    items = _statutory_items(facts)
    other_roles = _other_role_values(facts)
    for m in mentions:
        if m.value is None:
            continue
        tol = m.unit if (m.approx or m.rounded) else Decimal(0)
        if m.kind == "amount" and facts.statutory_total is not None:
            low = m.value + tol < facts.statutory_total
            high = m.value - tol > facts.statutory_total
            legal = f"{facts.statutory_total}元"
        elif m.kind in ("months", "years") and facts.statutory_months is not None:
            value = m.value
            if m.kind == "years":  # 「半年工资」「一年的工资」: a year count of wage is a month count
                if not _WAGE_AFTER.match(t, m.end):
                    continue
                value = m.value * 12
            low = value < facts.statutory_months
            high = value > facts.statutory_months
            legal = f"{facts.statutory_months}个月"
        else:
            continue
        if not (low or high):
            continue
        before = clause_before(t, m.start, 24)
        wide = _SENTENCE_BREAK.split(t[max(0, m.start - 24):m.start])[-1]
        later = _SENTENCE_BREAK.split(t[m.end:m.end + 36])[0]
        # what the figure is called decides first: the checks below only clear a figure so called
        if low:
            if not (_FULL_BEFORE.search(before) or _FULL_AFTER.match(t, m.end) or _LAW_LIMIT.search(wide)
                    or _FULL_LATER.search(later)
                    or _STATUTORY_LIMIT.search(_SENTENCE_BREAK.split(t[max(0, m.start - 48):m.start])[-1])):
                continue
        elif not (_LEGAL_BEFORE.search(wide) or _LEGAL_AFTER.match(t, m.end)):
            continue
        if m.kind == "amount" and _OTHER_ITEM_AFTER.match(t, m.end):
            continue  # 「足额支付9,000.00元竞业补偿」: the amount names another item, not the severance
        after = _SENTENCE_BREAK.split(t[m.end:m.end + 16])[0]
        whole_scope = _ITEM_IN_FULL.sub("", wide) + _CLAUSE_CUT.split(after)[0]
        if (m.value in items and not (m.approx or m.rounded) and not _WHOLE.search(whole_scope)
                and not _FULL_LATER.search(later) and not (_CEILING.search(before) and _LAW_WORD.search(wide))):
            continue
        named = [n.group() for n in _ITEM_NAME.finditer(_SENTENCE_BREAK.split(t[max(0, m.start - 40):m.start])[-1])]
        if m.kind == "amount" and named and named[-1].startswith(_OTHER_ITEM):
            continue  # the amount is the non-compete, leave or monthly payment named just before it
        if (m.value in other_roles and not (m.approx or m.rounded) and not _WHOLE.search(wide + _CLAUSE_CUT.split(after)[0])
                and not _LAW_WORD.search(wide) and (_ROLE_CONTEXT.search(_role_context(t, m.start) + after)
                                                   or _named_in_role_before(t, m, mentions))):
            continue
        if (m.kind == "amount" and m.value in other_roles and not (m.approx or m.rounded)
                and _BASE_NAMED.search(before) and not _WHOLE.search(wide + _CLAUSE_CUT.split(after)[0])):
            continue  # 「依法……基数封顶为47,103.25元」: the law's cap on the monthly base, named as the base
        if _EXTRA.search(_SENTENCE_BREAK.split(t[max(0, m.start - 48):m.start])[-1]) or _EXTRA_AFTER.match(t, m.end):
            continue  # 「额外补偿最多1个月」 is the extra on top of statute, not the statute itself
        if _APPROVED.search(before) and not _LAW_WORD.search(wide):
            continue  # 「批的就是一个月，这是上限」: what was approved, capped by its approval, not the statute
        if not low:
            out.append(Violation(guard=NAME, category="misstated_statute", start=m.start, end=m.end, span=m.text,
                                 message=f"「{m.text}」不是法定标准（{legal}），却被说成法定或依法应得的数额。"))
        else:
            # 「最多只能给5个月」 is below statute only where the statute applies at all
            if facts.initiated_by == "employee" and facts.statutory_total in (None, Decimal(0)):
                continue
            out.append(Violation(guard=NAME, category="below_statute", start=m.start, end=m.end, span=m.text,
                                 message=f"「{m.text}」低于法定标准（{legal}），却被说成法定或全部应得，属于错误陈述。"))
    return out


# 「也就是说上限是2个月」: a sentence that restates the one before takes that sentence's subject
_RESTATES = re.compile(r"^[”\"」』’\s]*(?:也就是说|也就是|换句话说|换言之|即|这意味着|意思是|所以|因此)")


def _role_context(t: str, start: int) -> str:
    parts = _SENTENCE_BREAK.split(t[max(0, start - 60):start])
    ctx = parts[-1]
    if _RESTATES.match(ctx):
        prev = _SENTENCE_BREAK.split(t[max(0, start - len(ctx) - 80):start - len(ctx)])
        ctx = (prev[-2] if len(prev) > 1 else prev[-1]) + ctx
    return ctx


def _named_in_role_before(t: str, m: Mention, mentions: list[Mention]) -> bool:
    """「③总监已批的额外半个月……但上限就是半个月」: the same figure named earlier in the draft as the
    extra or the approved amount; its later mention (上限/最多) refers back to that role."""
    return any(p.end <= m.start and p.kind == m.kind and p.value == m.value
               and _ROLE_CONTEXT.search(clause_before(t, p.start, 16)) for p in mentions)


def _severance_clause(t: str, m: Mention) -> bool:
    lo = max((b.end() for b in _CLAUSE_END.finditer(t, max(0, m.start - 30), m.start)), default=max(0, m.start - 30))
    hi = next((b.start() for b in _CLAUSE_END.finditer(t, m.end, m.end + 30)), m.end + 30)
    clause = t[lo:hi]
    return bool(_SEVERANCE_CLAUSE.search(clause)) and not _NONCOMPETE.search(clause)


def _other_role_values(facts: GuardFacts) -> set[Decimal]:
    out: set[Decimal] = set()
    for f in facts.figures:
        if _OTHER_ROLE.search(f.label) and not _STATUTORY_ITEM.search(f.label):
            out |= {v for v in (f.amount, f.months) if v is not None}
    return out


def _noncompete_minimum(facts: GuardFacts) -> Decimal | None:
    """``non_compete_min_monthly``, else the monthly non-compete pay the facts compute (a figure
    labelled 竞业限制月补偿, not the employee's own demand)."""
    if facts.non_compete_min_monthly is not None:
        return facts.non_compete_min_monthly
    monthly = [f.amount for f in facts.figures
               if f.amount is not None and "竞业限制月补偿" in f.label and "诉求" not in f.label]
    return min(monthly) if monthly else None


def _noncompete_figures(text: str, facts: GuardFacts, mentions: list[Mention]) -> list[Violation]:
    minimum = _noncompete_minimum(facts)
    sents = sentences(text)
    t = normalize(text)
    out = []
    for m in mentions:
        if m.value is None or m.kind not in ("years", "months", "percent", "amount"):
            continue
        sentence = sents.sentence_at(m.start)
        if not _NONCOMPETE.search(sentence):
            # in a non-compete case the monthly pay may be discussed without naming the restraint
            # (「补偿标准这块，公司会按最低工资每月2,540.00元给你」); only its amount is read then
            if not (facts.non_compete and m.kind == "amount" and _BARE_NONCOMPETE_PAY.search(sentence)
                    and not _OTHER_PAY.search(sentence)):
                continue
        before = clause_before(t, m.start, 10)
        if m.kind == "years" and (_YEARS_THEN_MONTHS.match(t, m.end) or _SERVICE_ROUNDED.search(clause_before(t, m.start, 16))
                                  and _COUNTED_AS.match(t, m.end)):
            continue  # 「工作5年6个月按6年计」: a length of service rounded, not a restraint period
        if m.kind in ("years", "months") and not _SERVICE.search(before) and not _severance_clause(t, m):
            too_long = m.value > 2 if m.kind == "years" else m.value > 24
            if too_long and not re.search(r"不得超过|最长|超过[^。]{0,10}(?:无效|部分)", sentence):
                out.append(Violation(guard=NAME, category="noncompete", start=m.start, end=m.end, span=m.text,
                                     message="竞业限制期限不得超过二年（劳动合同法第二十四条）。"))
        elif m.kind == "percent" and m.value < 30 and re.search(r"补偿|补贴|工资", sentence):
            out.append(Violation(guard=NAME, category="noncompete", start=m.start, end=m.end, span=m.text,
                                 message="竞业限制经济补偿按月不应低于离职前十二个月平均工资的30%且不低于当地最低工资标准"
                                 "（劳动争议解释一第三十六条）。"))
        elif (m.kind == "amount" and minimum is not None and m.value < minimum and _MONTHLY.search(sentence)
              and (not _MIN_WAGE_WORD.search(clause_before(t, m.start, 12))
                   or _PAID_AT_MIN_WAGE.search(clause_before(t, m.start, 16)))):
            out.append(Violation(guard=NAME, category="noncompete", start=m.start, end=m.end, span=m.text,
                                 message=f"竞业限制月补偿「{m.text}」低于法定参考标准"
                                 f"{minimum}元/月（30%平均工资与最低工资取高者）。"))
    return out
