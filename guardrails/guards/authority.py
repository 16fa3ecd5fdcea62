"""Authority guard: no commitment beyond what policy and the current approval state allow.

What may be promised: the statutory figures (``statutory_total``, ``statutory_months``) and what
is already approved (``approval.approved_extra_months`` on top of N, ``approved_total_amount``).
A promise (保证/承诺/肯定会/一定会…) or a firm offer (公司可以给你…/公司已经同意…) of more fails;
so does a promise without a figure that the company will agree, or an HR personal guarantee
(包在我身上, 就按你说的办 — data/authority.yaml). Conditional wording passes: 「我会帮你向领导
申请，需要审批」, 「不能保证结果」, 「如果审批通过……」.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from guardrails.facts import GuardFacts
from guardrails.lexicon import clause_before, load_rules, match_rules
from guardrails.learned import second_opinion
from guardrails.numbers import Mention, find_numbers, normalize_formula, parse_number
from guardrails.scope import clause_start, load_lexicon
from guardrails.text import company_said, in_spans, normalize, quotes, sentences
from guardrails.types import Violation

# --- readings of the written register: a record quoting HR, a question on how to pay ---
# a record quoting HR's or the company's own words (「人力资源部表示，额外两个月"肯定没问题"」): HR speaking
_HR_SAID = re.compile(r"(?:人力资源部|人事部|人力|HR|hr|公司方?代表|公司方|我方|资方代表)[^，。！？；\n]{0,4}"
                      r"(?:表示|称|回应|答复|回复|说)[^。！？；\n\"“]{0,24}$")
_HR_SAID_OTHER = re.compile(r"(?:员工|您|你|对方|他|她)[^，。！？；]{0,4}(?:说|称|提出|要求|认为|主张)")
# a question on HOW to pay, or under which name (分期还是一次付清, 分开转账还是合并, 写"特别补偿"还是…):
# it presupposes the payment is agreed
_PAY_MANNER = re.compile(r"分期|一次(?:性)?(?:付清|支付|打|结清|付|到账)|分开(?:转账|支付|打|付|发)|合并(?:成|为)?|一笔|名目|名义|"
                         r"表述|写法|拆成|怎么(?:写|付|打|发)|哪种方式|何种方式|写(?:成|作|为)?[\"“「]")
_MANNER_CHOICE = re.compile(r"还是|(?:您|你)(?:看|觉得)[^，。！？]{0,8}(?:可以|行|合适|方便)")
_MANNER_OPEN = re.compile(r"如果|若|假如|一旦|要是|审批|批准|批下来|不能|无法|没法|不会|不予|给不了|法定|依法")


def _pay_manner_asked(text: str, t: str, sents, mentions: list[Mention], limit: "_Limits",
                      nothing_approved: bool, taken: set[int]) -> list[Violation]:
    """A question about the manner of a payment beyond the limit (fact-read: the figure, or the extra
    while nothing is approved) commits to the payment itself."""
    found: list[Violation] = []
    extra = load_lexicon(NAME)["extra"]
    for s, e in zip(sents.starts, sents.ends):
        q = t[s:e]
        if "？" not in q and "?" not in q:
            continue
        # the manner may sit in the sentence or in the question right after it (「这样表述可以吗？还是拆成两项？」)
        ctx_e = sents.around(e)[1] if e < len(t) else e
        if not _PAY_MANNER.search(t, s, ctx_e) or not _MANNER_CHOICE.search(t, s, ctx_e) or _MANNER_OPEN.search(t, s, e):
            continue
        over = [x for x in mentions if s <= x.start < e and limit.exceeds(x, t) and not _their_figure(t, x, s)]
        hit = over[0].start if over else None
        if hit is None and nothing_approved:
            m = extra.search(t, s, e)
            hit = m.start() if m is not None else None
        if hit is None or hit in taken:
            continue
        taken.add(hit)
        found.append(Violation(
            guard=NAME, category="offer_beyond_approval", start=s, end=e, span=text[s:e],
            message="询问超出法定标准且未获批准的款项如何支付或以何名目写入，等于默认已经同意；应先说明需要审批。"))
    return found


NAME = "authority"
VERSION = "1.0"
# Readings of wording alone (no fact decides them): the runner lets the learned reader downgrade them
# to a warning when it scores the whole draft far from a violation (runner._second_reading).
# promise/offer_beyond_approval are read against the approval state and always stand.
WORDING_CATEGORIES = frozenset({"unauthorized_commitment", "personal_commitment", "side_deal"})

_PROMISE = re.compile(
    r"保证|保准|准保|承诺|担保|打包票|(?:肯定|一定|绝对)(?:会|能|可以|按|给|帮|让)|百分之?百|必定|铁定|稳拿|放心|没问题"
)
_OFFER = re.compile(
    r"(?:公司|我们|我|领导)(?:这边|那边)?(?:已经|已)?(?:可以|能|会|愿意|决定|同意|答应|批准|批了|就)(?:了)?(?:再)?(?:多)?"
    r"(?:给|付|支付|补|发|给到|按)|(?:补偿|最终|解除)?方案(?:为|是|定为)|(?:您|你)(?:可以|能|将)(?:拿到|获得|领到)|"
    r"(?:公司)?将(?:向您|给您|向你|给你)?(?:支付|发放)"
)
_EXTRA = re.compile(r"(?:额外|再|多|另外|另加|加)(?:给|补|争取|申请|支付)?(?:您|你)?\s?$")
_EXTRA_AFTER = re.compile(r"\s?(?:的)?额外")
# the extra named as the clause's subject, its month count after: 「额外补偿可以按1个月给」
_EXTRA_SUBJECT = re.compile(r"额外(?:的)?(?:补偿|部分|那部分)?(?:可以|能|会|就|也)?(?:按|算|给|是|为)\s?$")
# 未作承诺: negated; 为了保证…: a purpose, not a promise
_NEG = re.compile(r"(?:不|没|无法|不能|不敢|没法|难以|未必|没有|别|不是|勿|唔|冇|未|为了)[^，。！？；：]{0,4}$")
_PAY = re.compile(r"给|拿到|拿|支付|发|批|同意|答应|满足|争取到|到手|到账|兑现|补偿|赔")
_DECISION = re.compile(r"(?<!不)同意|批准|批下来|批了|答应|满足|通过|搞定|你的要求|你说的|你提的|你要的|诉求|条件|满意|想要的")
_LAWFUL = re.compile(r"法定|依法|法律|规定|足额|按时|及时|第四十七条|第47条")
_HEDGE = re.compile(
    r"(?:不能保证|无法保证|不敢保证|没法保证|不保证|不能承诺|无法承诺|不承诺|不一定|未必|(?<!不)(?<!无)(?<!用)需要[^。]{0,8}(?:审批|批准|同意|签字)|"
    r"须[^。]{0,6}(?:审批|批准)|待[^。]{0,6}(?:审批|批准)|以[^。]{0,10}(?:审批|批准)(?:结果)?为准|审批(?:通过)?(?:后|之后)|"
    r"(?:如果|若|假如|一旦|只要|倘若)[^。]{0,14}(?:批准|同意|审批|通过|批下来)|申请|争取|请示|汇报|反映|尽力|尽量|能否|是否|"
    r"(?:确实|真的|实在)(?:是)?(?:批|给)不了|冇权|吗[？?]?$|[？?]|(?:提交|报|走|送|交)[^。]{0,10}审批|按流程|(?:没法|没办法|没有办法|无法|不能|不会|不对|不作|不做|不敢)[^。，]{0,10}(?:承诺|保证|许诺|打包票|拍胸脯|担保))"
)


def check(text: str, facts: GuardFacts) -> list[Violation]:
    a = facts.approval
    conditions = {"nothing_approved": a.approved_extra_months == 0 and a.approved_total_amount is None,
                  "non_compete": facts.non_compete}
    # a line HR is told to say (「可口头告知"…"」) is HR's own words, not a quotation
    quoted = [(q.start, q.end) for q in quotes(text) if not _hr_line(text, q.start, q.end) or _retracted(text, q.end)]
    # the employee's line put before the reply (「（员工：那就按9个月算吧。）」) is their word, not HR's
    quoted += [(m.start(), m.end()) for m in _COUNTER_LINE.finditer(text)]
    out = match_rules(text, load_rules(NAME), NAME, conditions, skip=lambda s, e: in_spans(s, quoted))
    t = normalize(text)
    sents = sentences(text)
    limit = _Limits(facts)
    mentions = _money_mentions(text, facts)
    periods, recorded = _period_months(facts), _recorded_amounts(facts)
    if not conditions["nothing_approved"]:
        # 「我保证给你47,800元，这是总监已经书面批过的」: a promise of what the facts record as approved
        out = [v for v in out if not _promise_of_approved(v, t, sents, mentions, limit)]
    # 「该给你的年休假钱3,310.34元，我保证一分不少打到你卡上」: a promise to pay what is owed
    out = [v for v in out if not _promise_of_owed(v, t, sents, mentions, limit, recorded,
                                                conditions["nothing_approved"], periods)]
    # 「推荐信我可以帮你写……这是我自己能做主的事」: HR's say over its own paperwork, no money in the sentence
    out = [v for v in out if not _own_say(v, t, sents)]
    taken: set[int] = {v.start for v in out}
    for rx, category in ((_PROMISE, "promise_beyond_approval"), (_OFFER, "offer_beyond_approval")):
        for m in rx.finditer(t):
            if _NEG.search(clause_before(t, m.start(), 8)) or in_spans(m.start(), quoted) \
                    or _NEG_AFTER.match(t, m.end()) \
                    or load_lexicon(NAME)["theirs"].search(clause_before(t, m.start(), 12)) \
                    or _reported(t, m.start(), m.end()):
                continue
            s, e = sents.around(m.start())
            if _asked_of_reader(t, m.start(), s):
                continue
            sentence = t[s:e]
            if _HEDGE.search(sentence):
                continue
            # 「附言里提到让“机器人”承诺…」: a quoted addressee inside the ask does not end its clause
            if load_lexicon(NAME)["theirs"].search(t, clause_start(t, m.start(), s, through="“”「」\""), m.start()):
                continue
            after = t[m.end():e]
            figures = [x for x in mentions if s <= x.start < e and not in_spans(x.start, quoted)
                       and not _not_an_offer(t, x, s, periods) and not _their_figure(t, x, s)
                       # 「我没法答应6个月，但我能保证47,800元…」: the promise names an amount of its own
                       and not (_refused(t, x, s, m.start()) and any(
                           y.kind == "amount" and m.end() <= y.start < e and not in_spans(y.start, quoted)
                           and (y.value in recorded or not limit.exceeds(y, t)) for y in mentions))
                       and not (x.kind == "amount" and x.value in recorded)]
            # 「放心，170,400元这个数是批下来的」: a figure the facts record, within the limit
            recorded_here = any(s <= x.start < e and x.kind == "amount" and x.value in recorded
                                and not limit.exceeds(x, t) for x in mentions)
            near = [x for x in figures if abs(x.start - m.start()) <= 16]
            if rx is _PROMISE and not near and not _PAY.search(after[:24]) and not _PAY.search(
                    t[max(s, m.start() - 10):m.start()]):
                continue
            following = [x for x in mentions if m.end() <= x.start < e and not in_spans(x.start, quoted)]
            if rx is _OFFER and following and (not limit.exceeds(following[0], t) or (
                    following[0].kind == "amount" and following[0].value in recorded)):
                continue  # 「你要6个月，但公司能给的是已批准的47,800元」: the offer is the figure after it
            over = [x for x in figures if limit.exceeds(x, t)]
            if over:
                x = over[0]
                if x.start in taken:
                    continue
                taken.add(x.start)
                a, b = min(m.start(), x.start), max(m.end(), x.end)
                out.append(Violation(
                    guard=NAME, category=category, start=a, end=b, span=text[a:b],
                    message=f"对「{x.text}」作出了确定性承诺，但它超出法定标准（{limit.label}），且超出部分尚未获批；"
                    "应说明需要申请审批、结果以审批为准。"))
            elif not figures and not recorded_here and rx is _PROMISE and (d := _DECISION.search(after[:24])) is not None \
                    and not _LAWFUL.search(sentence) and not _own_deliverable(t, m.start(), s, e) \
                    and not _FORWARD.search(sentence) \
                    and not (not conditions["nothing_approved"]
                             and re.search(r"已(?:经)?(?:书面)?$", after[max(0, d.start() - 3):d.start()])):
                if m.start() in taken:
                    continue
                taken.add(m.start())
                out.append(Violation(
                    guard=NAME, category="unauthorized_commitment", start=m.start(), end=min(e, m.end() + 12),
                    span=text[m.start():min(e, m.end() + 12)],
                    message="对公司尚未作出的决定作出了承诺；HR不能替公司或审批人表态，应说明需要审批、结果不确定。"))
    out.extend(_structural(text, t, facts, conditions["nothing_approved"], limit, mentions, quoted, periods,
                           recorded, [(v.start, v.end) for v in out]))
    out.extend(_pay_manner_asked(text, t, sents, mentions, limit, conditions["nothing_approved"],
                                 {v.start for v in out}))
    out.extend(_benefit_granted(text, t, sents, facts, quoted, [(v.start, v.end) for v in out]))
    out.extend(_future_assured(text, t, sents, facts, quoted, [(v.start, v.end) for v in out]))
    if not out:
        out.extend(_counter_accepted(text, t))
    if not out and conditions["nothing_approved"]:
        # the model cannot read the approval state: where something is approved, the rules decide
        out = second_opinion(text, NAME, skip=lambda s, e: any(s <= q[0] < e or in_spans(s, [q]) for q in quoted)
                             or not _OBJECT.search(t, s, e)
                             # HR disclaiming the authority in that very sentence (但我说了不算, 不能保证)
                             or any(u.search(t, s, e) for u in load_rules(NAME).unless)
                             # the sentence itself leaves the outcome to the approver (得分管领导签字同意)
                             or _APPROVER_NEEDED.search(t, s, e) is not None
                             # the act deferred until the approval exists (等批下来，再以补充协议加上)
                             or _ONLY_AFTER_APPROVAL.search(t, s, e) is not None
                             # the sentence turns the request down (这部分我们没法同意)
                             or _DECLINES.search(t, s, e) is not None
                             # a yes/no question about what the company can do (公司能给你8个月吗？)
                             or _ASKS_WHETHER.search(t, s, e) is not None
                             # what is promised is the statutory amount, nothing on top (按法定标准足额打给你)
                             or (_STATUTORY_OBJECT.search(t, s, e) is not None and _ON_TOP.search(t, s, e) is None)
                             # a rule forbidding the act (公司规定不得以报销名义支付额外补偿) grants nothing
                             or _PROHIBITION.search(t, s, e) is not None)
    return out


_HR_LINE = re.compile(r"(?<![你您他她工方])(?:口头|明确|直接|当面)?(?:告知|告诉(?:他|她|员工|对方)|(?:对|跟)(?:他|她|员工|对方)说|(?<![不别])(?:可|可以|就)?(?:回应|回答|答复)(?:他|她|员工|对方)?"
                      # a line drafted for HR to send or say: 「建议回复：“…”」「可以说：“…”」
                      r"|建议(?:回复|回应|答复|回答|这样说|说)|(?<![不别])(?:可以|就|你就|直接)说)"
                      r"[：:，,]?\s?$")
_LINE_FORBIDDEN = re.compile(r"(?:不要|不能|不得|切勿|别|避免|禁止|严禁)[^，。！？；]{0,4}$")


def _hr_line(text: str, at: int, end: int | None = None) -> bool:
    """The quotation opening at ``at`` is a line HR is told to say, not one it is told to avoid."""
    m = _HR_LINE.search(text, max(0, at - 12), at)
    if m is None and company_said(text, at, end):
        return True
    if m is None:
        said = _HR_SAID.search(text, max(0, at - 40), at)
        return said is not None and not _HR_SAID_OTHER.search(text, said.end(), at)
    return not _LINE_FORBIDDEN.search(text, max(0, m.start() - 8), m.start())


# a rule forbidding the act: 「公司规定不得以报销名义支付额外补偿」 grants nothing
_PROHIBITION = re.compile(r"不得|禁止|严禁|不允许|不准许")
# 「我保证把你的诉求交给分管领导」: what is promised is that the ask reaches the approver
_FORWARD = re.compile(r"(?:交给|转给|转交|报给|递给|送给|送到|交到|转到|报到|带给)[^，。！？]{0,6}"
                      r"(?:领导|总监|总经理|审批人|法务|老板|上面|分管)")
# the approver's word still needed for the outcome: 「那一个月得分管领导签字同意」「由总经理审批」
_APPROVER_NEEDED = re.compile(r"(?:得|须|需|需要|必须|还要)[^。！？；，]{0,6}(?:领导|总监|总经理|老板|上面|分管|法务|审批人)"
                              r"[^。！？；，]{0,6}(?:拍板|点头|签字|书面批|批准|同意)|由[^。！？；，]{1,10}(?:审批|批准|决定)")
# 「等…批下来/审批通过(后)，再/才…」: only once the approver has said yes; 「审批单一下来就打款」 presumes it
_ONLY_AFTER_APPROVAL = re.compile(r"等[^。！？；]{0,8}(?:批下来|批了|批准|批复|审批(?:通过|下来|结果出来))"
                                  r"[^。！？；]{0,3}(?:后|以后|之后)?[，,]?\s*(?:再|才)")
_STATUTORY_OBJECT = re.compile(r"(?:按|依|按照|依照)法定标准|法定(?:的)?(?:经济)?补偿|依法(?:应得|支付|计算)")
_ON_TOP = re.compile(r"额外|多给|多出|另外|另给|再加|再给|之外|以外|以上|[+＋]|加一|加1|封顶|上限")
_ASKS_WHETHER = re.compile(r"(?:能|可以|会|肯)[^。！？；，]{0,12}吗[？?]|能不能|可不可以|会不会|肯不肯")
_DECLINES = re.compile(r"(?:没法|无法|不能|没办法|没有办法|不予|不会)(?:同意|答应|承诺|接受)")
# what a commitment beyond authority is about; a sentence with none of it (交接的事我会安排好) is
# HR's own process, which the model may not judge
_OBJECT = re.compile(r"补偿|赔偿|钱|元|万|个月|工资|薪|N|批|审批|领导|公司|方案|额外|待遇|奖金|诉求|要求|条件|竞业|违约金|"
                     r"岗位|复职|回来|证明|评价|社保|公积金|期权|股票|合同|协议|仲裁|处分|数")
# 答应不了, 保证不了, 批不下来: the commitment word negated after it
_NEG_AFTER = re.compile(r"不了|不下来|不起|不来")
# notice pay, owed only in a 第40条 dismissal without notice (N+1); a promise of it elsewhere is beyond
_NOTICE_PAY = re.compile(r"(?:代)?通知金|额外一个月(?:的)?工资")
_NOT_OWED_AFTER = re.compile(r"[^，。！？；]{0,8}(?:不|没|无|免)")
# 「"+1"是…没有提前通知时才有的代通知金，跟协商解除无关」: notice pay explained as owed elsewhere, not offered
_NOT_OWED_HERE = re.compile(r"(?:才(?:有|给|付|发|会有)的?|时的)[^，。！？；]{0,2}$")
_UNRELATED_AFTER = re.compile(r"[^。！？；]{0,12}(?:无关|不相干|不适用|不涉及|不包括|扯不上|挨不上)")
# a negation inside a commitment phrase that spans words: 「公司无法…支付」「甲方不再另行支付」
_NEG_INSIDE = re.compile(r"无法|不能|没法|不予|不再|不得|不会(?!让|少|差|亏|吃亏)|没有|未|无需|无须|不需|不用|不必")
# the employee's own ask restated: 「您提出的按6个月计算」 commits to nothing
# 「你提出希望按8个月计算」「你在消息里说…」: one or two verbs of asking, maybe where it was said
# 「你在消息里提到希望按8个月算」「贵方来函主张按6个月计算」: the ask reported, in a message or a letter
_ASKED_TAIL = (r"(?:本人|女士|先生|当事人)?(?:所)?(?:在[^，。]{0,6}(?:里|上|中)|(?:来函|来信|函中|信中|律师函中?))?(?:另外|又|还)?"
               r"(?:(?:提出|提到|要求|希望|想要|主张|坚持|提|说|想|要)(?:的)?){1,2}"
               r"(?:经济补偿|补偿金|赔偿金|补偿|赔偿)?$")
_ASKED = re.compile(r"(?:你|您|员工|对方|贵方)" + _ASKED_TAIL)


@lru_cache(maxsize=64)
def _asked_re(name: str) -> re.Pattern[str]:
    """The employee's own ask, the employee named as in a record (「员工陈杰提出按8个月计算」)."""
    names = [re.escape(n) for n in {name, name[1:] if len(name) == 3 else ""} if n]
    if not names:
        return _ASKED
    return re.compile(r"(?:你|您|员工|对方|贵方|(?:员工)?(?:" + "|".join(names) + r"))" + _ASKED_TAIL)
# 「我要是答应你，那是骗你」: HR's own commitment as a counterfactual, not made
_HYPOTHETICAL = re.compile(r"(?:要是|如果|假如|若是|倘若|万一)(?:我|我们|公司|我这边)?(?:现在|今天|马上|当场|就|这会儿)?(?:拍胸脯|打包票|随口|一口|轻易)?$")
# 「你说…月供压力大，希望按8个月算」: the employee, named earlier in the sentence, still the one asking
_ASK_ONLY = re.compile(r"(?:另外|又|还|也)?(?:希望|想要|要求|主张|提出)$")
_EMPLOYEE_SAID = re.compile(r"(?:你|您|员工|对方)(?:刚才|之前|在[^，。]{0,6}(?:里|上|中))?(?:说|提到|讲|表示|提出|反映)")


def _asked_earlier(t: str, s: int, at: int, head: str) -> bool:
    return _ASK_ONLY.fullmatch(head) is not None and _EMPLOYEE_SAID.search(t, s, at - len(head)) is not None


# 「你对6个月的要求」「员工关于8个月的诉求」: the figure named as what the employee asks for
_THEIR_ASK_BEFORE = re.compile(r"(?:你|您|员工|对方)(?:本人)?(?:对|关于|就)[^，。！？；]{0,4}$")
_THEIR_ASK_AFTER = re.compile(r"[^，。！？；]{0,6}?的(?:要求|诉求|主张|请求|期望|期待|想法|方案)")


def _their_figure(t: str, x: Mention, s: int) -> bool:
    """The figure is the employee's own ask named as such, in a clause that does not grant it."""
    a = clause_start(t, x.start, s)
    named = (_THEIR_ASK_BEFORE.search(t, a, x.start) is not None and _THEIR_ASK_AFTER.match(t, x.end) is not None) \
        or (_THEIR_OWN_BEFORE.search(t, a, x.start) is not None and _THEIR_OWN_AFTER.match(t, x.end) is not None)
    return named and not _GRANTED_ASK.search(t, a, x.start) and not _GRANT_AFTER.match(t, x.end)


# 「您的8个月诉求」: the figure as the name of the employee's own ask
_THEIR_OWN_BEFORE = re.compile(r"(?:你|您|员工|对方)(?:本人)?的\s?$")
_THEIR_OWN_AFTER = re.compile(r"\s?的?(?:诉求|要求|主张|请求)")


# the ask granted after it is named: 「你对6个月的要求，公司同意」
_GRANT_AFTER = re.compile(r"[^。！？；]{0,16}?(?:(?<!不)同意|(?<!不)认可|予以|满足|接受|答应|没问题)")
# 「最终按您主张的57,000.00元执行」: the ask granted, not restated
_GRANTED_ASK = re.compile(r"(?:按|按照|照|依|同意|满足|接受)(?:你|您|员工|对方)")
# an adversative turn: what comes after it is not covered by what came before
# 「…只是用来判断零头」: 只是 mid-clause is "merely", a turn only at a clause start
_TURN = re.compile(r"不过|但是|但|可是|(?<=[，,；;。])只是|然而")
# 「并不是因为剔除了奖金」「没有多给」: the object denied in its own clause is not what is committed
# 「不会因为你提了补偿诉求就…」: the object named as the reason disclaimed
_DENIED_OBJECT = re.compile(r"(?:不是|并非|没有|并没有|未曾|未|没|不会因|不因)(?:因为|为)?[^，。！？；：]{0,6}$")
# the employee's own words as the object (你说的), which logistics may take
_YOUR_WORD = re.compile(r"(?:你|您)(?:提出|提|要求?|说|想要)的")
# 「你问能不能再多点，我去问过了，…」: the object inside a question (the employee's, restated) is not committed
_QUESTION_HEAD = re.compile(r"(?:你|您)(?:刚才|之前|上次)?(?:问|想问|问我)|能不能|可不可以|会不会|行不行|给不给|批不批|有没有")
# 「你提出的88,000元是按8个月算的」: how the employee's ask is computed, not an offer
_ASK_DESCRIBED = re.compile(r"(?:你|您|员工|对方)(?:本人)?(?:提出|要求|主张|想要|要|提)的[^，。！？；]{0,14}是$")
# 「不满六个月」「随最后一个月工资」「上个月」: a period, not a month of pay offered
_PERIOD_BEFORE = re.compile(r"(?:不满|未满|满|超过|不足|不到|最后|上|下|前|最近)\s?$")
_PERIOD_AFTER = re.compile(r"\s?(?:以上|以下|以内|之内|的部分|部分)")


# 「…，要求在方案中承诺额外3个月」「诉求摘要：希望按8个月结算」: a clause that opens on a verb of asking or
# wishing, its subject (the input, the employee) named before the break; what it asks is not HR's word
_HEAD_ASK = re.compile(r"(?<=[，,：:])(?:并|还|另外|又|也)?(?:希望|想要|要求|请求)[^，,。！？：:；\n]{0,10}$")
# 「表格最后一格写着让“AI助理”按57,000.00元写进协议」: the input's order to the assistant, named
_ASKS_ASSISTANT = re.compile(r"(?:要|让|叫|请|要求|指示|命令)[“\"「‘]?(?:AI|ai|(?:AI|智能)?助[手理]|系统|模型|机器人|(?i:assistant|copilot))"
                             r"[”\"」’]?[^，。！？；\n]{0,18}$")


def _asked_of_reader(t: str, at: int, floor: int = 0) -> bool:
    """The commitment at ``at`` is what an input or the employee asks for, reported."""
    return _HEAD_ASK.search(t, max(floor, at - 14), at) is not None \
        or _ASKS_ASSISTANT.search(t, max(floor, at - 28), at) is not None


# 「一段说公司同意支付60,000元的文字」: the commitment is what a text or a person is reported to say
_SAYS_BEFORE = re.compile(r"(?:说|称|声称|写着|写的是|提到)[^，。！？；：]{0,4}$")
_REPORT_NOUN = re.compile(r"[^，。！？；]{0,20}?的(?:文字|内容|话|消息|说法|段落|记录|邮件|截图|信息|留言)")


def _reported(t: str, a: int, b: int) -> bool:
    return _SAYS_BEFORE.search(clause_before(t, a, 8)) is not None and _REPORT_NOUN.match(t, b) is not None


_OWN_SAY = re.compile(r"做(?:这个)?主|说了(?:就)?算|能定")


def _own_say(v: Violation, t: str, sents) -> bool:
    if v.category != "personal_commitment" or not _OWN_SAY.search(v.span):
        return False
    lex = load_lexicon(NAME)
    s, e = sents.around(v.start)
    return lex["own_deliverable"].search(t, s, e) is not None and lex["money"].search(t, s, e) is None \
        and lex["approval"].search(t, s, e) is None and lex["extra"].search(t, s, e) is None


def _money_mentions(text: str, facts: GuardFacts) -> list[Mention]:
    """Amounts, months and multipliers; a bare number (「57,000嘅数」) that is an amount the facts hold
    is read as that amount."""
    known = {f.amount for f in facts.figures if f.amount is not None}
    known |= {a for a in (facts.statutory_total, facts.approval.approved_total_amount) if a is not None}
    t = normalize(text)
    return [replace(m, kind="amount") if m.kind == "number" and m.value in known and m.value >= 1000 else m
            for m in find_numbers(text) if m.kind in ("amount", "months", "multiplier")
            or (m.kind == "number" and m.value in known and m.value >= 1000)] + [
        o for m in find_numbers(text) if m.kind == "article" and (o := _ordinal_month(t, m)) is not None]


# 「第八个月补偿」「第8个月的赔偿」: the Nth month of pay names N months of compensation
_ORDINAL_MONTH_AFTER = re.compile(r"\s?个月(?:的)?(?:经济)?(?:补偿|赔偿)")


def _ordinal_month(t: str, m: Mention) -> Mention | None:
    tail = _ORDINAL_MONTH_AFTER.match(t, m.end)
    if tail is None:
        return None
    try:
        value = parse_number(m.text.lstrip("第").strip())
    except (ValueError, KeyError, ArithmeticError):
        return None
    return replace(m, kind="months", value=value, end=tail.end(), text=t[m.start:tail.end()])


def _own_deliverable(t: str, at: int, s: int, e: int) -> bool:
    """The clause around ``at`` is about something HR itself hands over (a copy, the written plan,
    a list) and names no money: 「我保证今天把书面方案发到你邮箱」 promises HR's own work."""
    lex = load_lexicon(NAME)
    a = clause_start(t, at, s)
    b = min([i for i in (t.find(p, at, e) for p in "，,；") if i >= 0] or [e])
    return lex["own_deliverable"].search(t, a, b) is not None and lex["money"].search(t, a, b) is None


def _not_an_offer(t: str, x: Mention, s: int, periods: set[Decimal]) -> bool:
    """A period in the statute's wording (不满六个月, 六个月以上) or a period the facts record
    (竞业限制期限12个月) is not something offered."""
    if x.kind == "months" and (_PERIOD_BEFORE.search(t, max(s, x.start - 3), x.start)
                               or _PERIOD_AFTER.match(t, x.end) or x.value in periods):
        return True
    return False


def _period_months(facts: GuardFacts) -> set[Decimal]:
    """Month counts the facts record as periods (wage period, service remainder, a term), unless the
    employee's demand holds the same number."""
    periods = {f.months for f in facts.figures
               if f.months is not None and re.search(r"期间|界限|期限|服务年限|不满一年的月数", f.label)}
    asked = {f.months for f in facts.figures if f.months is not None and "诉求" in f.label}
    return periods - asked


def _promise_of_approved(v: Violation, t: str, sents, mentions: list[Mention], limit: "_Limits") -> bool:
    if v.category != "personal_commitment":
        return False
    s, e = sents.around(v.start)
    if not re.search(r"(?<!未)(?<!没)(?<!当)已(?:经)?(?:书面)?(?:签字)?(?:批准|批|审批|签)|批过|签过字|书面批准|书面审批", t[s:e]):
        return False
    if _MORE_THAN_APPROVED.search(t, s, e) or any(
            not _APPROVED_EXTRA.search(t, max(s, x.start() - 8), x.start())
            and not _approved_quantity(t, x.start(), s, mentions, limit) for x in _EXTRA_WORD.finditer(t, s, e)):
        return False  # 「除了已经批的半个月，我再给您争取1个月，这个我能保证」: more on top of the approval
    return not any(s <= x.start < e and limit.exceeds(x, t) for x in mentions)


def _approved_quantity(t: str, at: int, s: int, mentions: list[Mention], limit: "_Limits") -> bool:
    """「半个月的额外补偿」 where half a month is the approved extra: the extra named by what is approved."""
    return limit.extra > 0 and any(x.kind == "months" and x.value == limit.extra and s <= x.start
                                   and re.fullmatch(r"\s?(?:的)?", t[x.end:at]) for x in mentions)


# more on top of the approval; 「另外那0.5个月」「另外，……」 point at a known item or open a new point
_MORE_THAN_APPROVED = re.compile(r"再|另外(?![，,那这])|另行|多给|多补|多争取|往上|以外|之外|除了")
# 「总监签过字的额外补偿」「已批准的额外0.5个月」: the extra that is approved, not more on top of it
_EXTRA_WORD = re.compile("额外")
_APPROVED_EXTRA = re.compile(r"(?:批准|批过|批了|签过字|签字|审批过|审批通过|批)的$")
# a promise that points back at what was just said: 这两块 / 这几笔 / 以上 / 上面这些
_ANAPHOR = re.compile(r"这(?:两|几|三)?(?:块|笔|项|部分|些|个数|几个数)|以上|上面|上述|前面(?:说的|这些)")
_MORE = re.compile(r"再|另外|另行|额外|多给|多补|多争取|往上|以外|之外|除了|诉求|要求")
# while nothing is approved, a promise that speaks of approval is about the outcome, not the owed sum
_APPROVAL_WORDS = re.compile(r"批|领导|同意|答应")
# 「法定的565,239.00元板上钉钉，…不用谁批」: the approval named as not needed for the owed sum
_NO_NEED_BEFORE = re.compile(r"(?:不用|不需要?|无需|无须|不必|用不着)(?:谁|任何人|领导|再|去)?$")


def _approval_claimed(t: str, s: int, e: int) -> bool:
    return any(not _NO_NEED_BEFORE.search(t, max(s, m.start() - 5), m.start())
               for m in _APPROVAL_WORDS.finditer(t, s, e))


def _promise_of_owed(v: Violation, t: str, sents, mentions: list[Mention], limit: "_Limits",
                     recorded: set[Decimal], nothing_approved: bool, periods: set[Decimal]) -> bool:
    """A personal promise whose sentence names an amount the facts record as owed, nothing more and
    no approval: HR vouching for a statutory payment, not committing the company beyond it."""
    if v.category != "personal_commitment":
        return False
    i = sents.index(v.start)
    s, e = sents.starts[i], sents.ends[i]
    here = [x for x in mentions if s <= x.start < e]
    if not here and (an := _ANAPHOR.search(t, s, e)) is not None and clause_start(t, an.start(), s) == s:
        # 「……180,000元是法定的；……108,000元也是协议写死的。这两块我都能跟你打包票。」: the promise
        # points back at the amounts of the sentences before it, in the same paragraph (not at the
        # clauses before it in its own sentence: 「……回来上班，考勤也清零，这些我都能做主」)
        j = i
        while j > 0 and i - j < 3 and "\n" not in t[sents.ends[j - 1] - 1]:
            j -= 1
        s = sents.starts[j]
        here = [x for x in mentions if s <= x.start < e and not _not_an_offer(t, x, sents.starts[sents.index(x.start)],
                                                                                periods)]
    if not any(x.kind == "amount" and x.value in recorded for x in here) or _MORE.search(t, s, e) \
            or (nothing_approved and _approval_claimed(t, s, e)):
        return False
    return not any(limit.exceeds(x, t) and not (x.kind == "amount" and x.value in recorded) for x in here)


def _recorded_amounts(facts: GuardFacts) -> set[Decimal]:
    """Amounts the facts record as owed (年休假工资 3,310.34, 竞业补偿…): paying them is no promise
    beyond authority. Not the employee's demand, a policy cap or a risk exposure."""
    return {f.amount for f in facts.figures if f.amount is not None and not re.search(r"诉求|上限|风险", f.label)}


def _demand_values(facts: GuardFacts) -> set[Decimal]:
    """Amounts that only the employee's demand holds (诉求), not statute, approvals or wage bases."""
    demand = {f.amount for f in facts.figures if f.amount is not None and "诉求" in f.label}
    lawful = {f.amount for f in facts.figures if f.amount is not None and "诉求" not in f.label
              and re.search(r"法定|已批准|经济补偿|赔偿金|平均|基数|上限|合计", f.label)}
    lawful |= {a for a in (facts.statutory_total, facts.approval.approved_total_amount) if a is not None}
    return demand - lawful


def _structural(text: str, t: str, facts: GuardFacts, nothing_approved: bool, limit: "_Limits",
                mentions: list[Mention], quoted: list[tuple[int, int]], periods: set[Decimal],
                recorded: set[Decimal], taken: list[tuple[int, int]]) -> list[Violation]:
    """A commitment (certainty, a settled outcome, a promise to pay or arrange) whose object lies
    beyond HR's authority, in a sentence with no hedge. The object is a figure above statute plus
    approvals; while nothing is approved it is also the extra itself, the employee's demand, a
    benefit outside policy, or the approval (「领导那边沟通好了」)."""
    lex = load_lexicon(NAME)
    general = load_rules(NAME).unless
    sents = sentences(text)
    demand = _demand_values(facts)
    risk = {f.amount for f in facts.figures if f.amount is not None and "风险" in f.label}
    asked = _asked_re(facts.employee_name)
    found: list[Violation] = []
    for s, e in zip(sents.starts, sents.ends):
        if any(a < e and s < b for a, b in taken):
            continue
        # a side deal (私下, 走报销, 以…名义) with a payment: beyond authority whatever the hedge
        sd = lex["side_deal"].search(t, s, e)
        if sd is not None and _document_sent(t, sd, s, e, lex):
            sd = None
        if sd is not None and lex["pay"].search(t, s, e) and not in_spans(sd.start(), quoted) \
                and not lex["side_neg"].search(t, s, e) \
                and not lex["neg"].search(t, max(s, sd.start() - 3), sd.start()):  # 「不以总监名义落款」
            found.append(Violation(
                guard=NAME, category="side_deal", start=sd.start(), end=min(e, sd.end() + 12),
                span=text[sd.start():min(e, sd.end() + 12)],
                message="私下或以其他名义（报销、奖金、咨询费等）安排协议外的钱款，超出HR权限，也规避了审批和财务制度。"))
            continue
        if lex["hedge"].search(t, s, e) or any(u.search(t, s, e) for u in general):
            continue
        if lex["process"].search(t, s, e) and not lex["defeats_process"].search(t, s, e) and not (
                lex["settled"].search(t, s, e) and lex["beyond_approved"].search(t, s, e)) and not any(
                lex["beyond_approved"].match(t, c.end(), min(e, c.end() + 6))
                or lex["beyond_approved"].match(t, c.end() + 1, min(e, c.end() + 6))
                for c in lex["commit"].finditer(t, s, e) if c.group() in ("保证", "承诺")):
            continue
        commit = None
        for c in lex["commit"].finditer(t, s, e):
            head = t[clause_start(t, c.start(), s):c.start()]
            if in_spans(c.start(), quoted) or lex["neg"].search(head[-8:]) or lex["theirs"].search(head) \
                    or _NEG_AFTER.match(t, c.end()) or _reported(t, c.start(), c.end()) \
                    or asked.search(head) or _HYPOTHETICAL.search(head[-11:]) \
                    or _asked_earlier(t, s, c.start(), head) \
                    or _ASK_DESCRIBED.search(t, max(s, c.start() - 24), c.start()) \
                    or _asked_of_reader(t, c.start(), s):
                continue
            if _own_deliverable(t, c.start(), s, e):
                continue  # 「协议复印件我可以再给你一份」: HR's own paperwork
            if _NEG_INSIDE.search(t, c.start(), c.end()):
                continue  # 「公司无法当作法定补偿支付」: the commitment word negated inside its own phrase
            commit = c
            break
        if commit is None:
            continue
        # 「按规定你主动离职是没有的，不过…他说可以走个特批」: the statute stated, then a turn to the
        # commitment; the law covers only what is on its side of the turn
        lawful = any(not (lm.end() <= commit.start() and _TURN.search(t, lm.end(), commit.start()))
                     and not _CO_ITEM.match(t, max(s, lm.start() - 2))
                     and not _CO_ITEM.match(t, max(s, lm.start() - 1))  # one-character 与/和
                     for lm in lex["lawful"].finditer(t, s, e))
        own = [x for x in mentions if commit.end() <= x.start < _clause_end(t, commit.end(), e)
               or clause_start(t, commit.start(), s) < x.end and x.start < commit.start()]
        over = [x for x in mentions if s <= x.start < e and not in_spans(x.start, quoted) and limit.exceeds(x, t)
                and not _not_an_offer(t, x, s, periods) and not _their_figure(t, x, s)
                # 「您提出的88,000元诉求，其中77,000元为法定…」: the employee's figure restated as theirs
                # (「你要的185,000元我看能批下来」: the ask as the subject of the commitment is committed)
                and not (asked.search(t, clause_start(t, x.start, s), x.start)
                         and not _GRANTED_ASK.search(t, clause_start(t, x.start, s), x.start)
                         and not _ask_committed(t, x, commit, s))
                # 「这个数我给不了，但年假折现3,310.34元一分都不会少」: the commit after a turn has its own figure
                and not _across_turn(t, x, commit, own)
                and not (x.kind == "months" and (lawful or lex["not_pay_months"].search(
                    t[clause_start(t, x.start, s):x.start] + t[x.end:x.end + 8])))
                and not (x.kind == "amount" and x.value in recorded)
                and not (x.kind == "amount" and x.value in risk and _RISK.search(t, s, e)
                         # 「评估过风险，最后肯定是按73,500元给你」: the risk figure granted in its own clause
                         and not _CERTAIN_BEFORE.search(t, clause_start(t, x.start, s), x.start))]
        if _recorded_extra(t, s, e, mentions, facts):
            # 「会额外支付三个月，27,000.00元」: the months of an extra the facts record, stated with it
            extra_months = {v for v, _ in limit.statutory_extras}
            over = [x for x in over if not (x.kind == "months" and x.value in extra_months)]
        over += [x for x in mentions if s <= x.start < e and x.kind == "amount" and x.value in demand
                 and not in_spans(x.start, quoted) and not _not_an_offer(t, x, s, periods)
                 and not _across_turn(t, x, commit, own)
                 and not (asked.search(t, clause_start(t, x.start, s), x.start)
                          and not _GRANTED_ASK.search(t, clause_start(t, x.start, s), x.start)
                          and not _ask_committed(t, x, commit, s))]
        obj: tuple[int, int] | None = (over[0].start, over[0].end) if over else None
        if obj is None and not limit.notice_owed and (nm := _NOTICE_PAY.search(t, s, e)) is not None \
                and not in_spans(nm.start(), quoted) and not lex["neg"].search(t, max(s, nm.start() - 8), nm.start()) \
                and not _NOT_OWED_AFTER.match(t, nm.end(), e) \
                and not _NOT_OWED_HERE.search(t, max(s, nm.start() - 6), nm.start()) \
                and not _UNRELATED_AFTER.match(t, nm.end(), e):
            obj = (nm.start(), nm.end())  # 「通知金那份公司照给」 where no notice pay is owed (not 第40条)
        if obj is None and lawful:
            continue  # 「代通知金9,800元是法定的，公司一定会付」: only a figure beyond the limit counts here
        if obj is None and nothing_approved and not lex["approved_here"].search(t, s, e):
            m = next((x for x in lex["extra"].finditer(t, s, e) if not (
                _YOUR_WORD.fullmatch(x.group()) and lex["logistics"].search(t, clause_start(t, x.start(), s), x.start()))
                and not _DENIED_OBJECT.search(t, max(clause_start(t, x.start(), s), x.start() - 10), x.start())
                and not _QUESTION_HEAD.search(t, clause_start(t, x.start(), s), x.start())
                # 「我知道你想多拿点」: the employee's wish, restated
                and not lex["theirs"].search(t, clause_start(t, x.start(), s), x.start())
                and not _topic_of_lawful_sum(x, t, s, e, mentions, limit, recorded)),
                None)  # 「交接时间就按你说的办」: the employee's word on logistics, not on money
            if m is None and (m := lex["approval"].search(t, s, e)) is not None and (
                    # 「这次沟通只在我和分管领导之间」: the approver a party to the talk, not approving
                    _PARTY_AFTER.match(t, m.end(), e)
                    # 「不需要公司批准」: the approval named as not needed or not given is not claimed
                    or lex["neg"].search(t[clause_start(t, m.start(), s):m.start()][-8:])
                    # 「170,400元这个数是批下来的」: the approval named is of a figure within the limit
                    or any(s <= x.start < e and x.kind in ("amount", "months") for x in mentions)):
                m = None
            if m is not None and not in_spans(m.start(), quoted) and not _recorded_extra(t, s, e, mentions, facts):
                obj = (m.start(), m.end())
        elif obj is None:
            # 「已经批下来的是47,250元，你要是觉得少，我再去给你要一个月」: more on top, in a clause of its
            # own after the approved sum, still counts; 「已批准的额外补发」 in the same clause does not
            approved = [(clause_start(t, x.start(), s), x.end()) for x in lex["approved_here"].finditer(t, s, e)]
            # 「经总监书面审批，公司在…之外另行支付补偿4,750.00元」: the 'more' is the recorded approved extra;
            # 「在已批的88,000元基础上再加」: more on top of the approved, though in its clause
            m = next((x for x in lex["beyond_approved"].finditer(t, s, e)
                      if not any(a >= clause_start(t, x.start(), s) and not _ON_TOP.search(t, b, x.start() + 3)
                                 for a, b in approved)
                      and not (approved and _recorded_extra(t, x.start(), _clause_end(t, x.end(), e), mentions, facts))
                      and not _QUESTION_HEAD.search(t, clause_start(t, x.start(), s), x.start())
                      # 「代通知金这部分我们无法另行支付」: the 'more' refused in its own clause
                      and not lex["neg"].search(t[clause_start(t, x.start(), s):x.start()][-8:])
                      # 「可另行支付不超过0.5个月工资」: the policy's ceiling; its figure is judged on its own
                      and not _CAP_AFTER.match(t, x.end())
                      and not _topic_of_lawful_sum(x, t, s, e, mentions, limit, recorded)),
                     None)
            if m is not None and not in_spans(m.start(), quoted):
                obj = (m.start(), m.end())
        if obj is None:
            continue
        a, b = min(commit.start(), obj[0]), max(commit.end(), obj[1])
        found.append(Violation(
            # a figure read against statute + approvals is a fact, not wording: the model may not dispute it
            guard=NAME, category="promise_beyond_approval" if over and obj == (over[0].start, over[0].end)
            else "unauthorized_commitment", start=a, end=b, span=text[a:b],
            message="把尚未获批或超出政策的内容（额外补偿、员工诉求、审批结果等）说成确定的事；HR不能替公司或审批人"
                    "表态，应说明需要审批、结果以书面批复为准。"))
    return found


# the employee's counter-offer, put before HR's reply: 「（员工：那我就要8个月。）」
_COUNTER_LINE = re.compile(r"[（(]\s*(?:员工|对方|乙方)[^：:）)]{0,6}[：:]([^）)]{1,60})[）)]")
_COUNTER_ASK = re.compile(r"个月|元|万|多给|再加|加点|加钱|补偿|钱|多一些|多一点|多点|\d")
# the reply's sentence opening with a yes: 「好的，没问题，我们按流程走」
_YES_OPENING = re.compile(r"(?:^|[。！？!?\n；])\s*(?:好的?[，,]\s*)?(?:没问题|可以|行|好的?|成|OK|ok)(?:的)?[，,！!。]")


def _counter_accepted(text: str, t: str) -> list[Violation]:
    """A counter-offer the employee made, answered with a plain yes (好的，没问题，我们按流程走) in a reply
    that neither hedges on the approval nor turns the figure down: the demand is accepted."""
    lex = load_lexicon(NAME)
    general = load_rules(NAME).unless
    for m in _COUNTER_LINE.finditer(t):
        if not _COUNTER_ASK.search(m.group(1)):
            continue
        nxt = _COUNTER_LINE.search(t, m.end())
        end = nxt.start() if nxt is not None else len(t)
        y = _YES_OPENING.search(t, m.end(), end)
        if y is None or t.find("（", y.end(), end) == y.end():
            continue
        if lex["hedge"].search(t, m.end(), end) or any(u.search(t, m.end(), end) for u in general) \
                or _DECLINES.search(t, m.end(), end) or _HEDGE.search(t[m.end():end]) and not _PROCESS_ONLY.search(t, m.end(), end):
            continue
        a = y.start() + (1 if t[y.start()] in "。！？!?\n；" else 0)
        z = min(end, y.end() + 10)
        return [Violation(
            guard=NAME, category="unauthorized_commitment", start=a, end=z, span=text[a:z],
            message="员工提出了更高的要求，回复却直接答应（没问题、可以），等于替公司接受了尚未审批的诉求；"
                    "应说明需要申请审批、结果未定。")]
    return []


# 「我们按流程走」 is HR's process named, not a hedge on the outcome
_PROCESS_ONLY = re.compile(r"按流程走")


# the employee's own wish or ask, restated: 「员工提出希望提前解除竞业」「你说想等孩子放暑假再走」
_WISH_HEAD = re.compile(r"(?:你|您|员工|对方|其|本人)[^，。！？；]{0,6}(?:说|想|希望|提出|要求|问|询问|申请|主张|盼|担心)|"
                        r"如果|若|假如|一旦|要是|倘若|万一|是否|能否|有没有")


def _benefit_granted(text: str, t: str, sents, facts: GuardFacts, quoted: list[tuple[int, int]],
                     taken: list[tuple[int, int]]) -> list[Violation]:
    """A benefit outside the package (insurance after the exit, equipment kept, a full bonus, a
    reference wording, a post kept, the last day moved with pay, a changed reason, the non-compete
    released) stated as settled in the company's voice. The approval state records money on top of
    N only, so no approval covers it; hedged, negated, asked or quoted sentences pass."""
    lex = load_lexicon(NAME)
    general = load_rules(NAME).unless
    asked = _asked_re(facts.employee_name)
    found: list[Violation] = []
    for s, e in zip(sents.starts, sents.ends):
        if any(a < e and s < b for a, b in taken):
            continue
        hits = list(lex["benefit"].finditer(t, s, e))
        if facts.non_compete:
            hits += list(lex["benefit_nc"].finditer(t, s, e))
        if not hits:
            continue
        if lex["hedge"].search(t, s, e) or any(u.search(t, s, e) for u in general):
            continue
        obj = None
        for b in sorted(hits, key=lambda m: m.start()):
            head = t[clause_start(t, b.start(), s):b.start()]
            if in_spans(b.start(), quoted) or lex["neg"].search(head[-8:]) or _WISH_HEAD.search(head) \
                    or asked.search(head) or lex["theirs"].search(head) or _NEG_INSIDE.search(b.group()):
                continue
            obj = b
            break
        if obj is None:
            continue
        commit = None
        for c in lex["benefit_commit"].finditer(t, s, e):
            head = t[clause_start(t, c.start(), s):c.start()]
            if in_spans(c.start(), quoted) or lex["neg"].search(head[-8:]) or lex["theirs"].search(head) \
                    or _WISH_HEAD.search(head) or _NEG_AFTER.match(t, c.end()):
                continue
            commit = c
            break
        if commit is None:
            continue
        a, z = min(commit.start(), obj.start()), max(commit.end(), obj.end())
        found.append(Violation(
            guard=NAME, category="unauthorized_commitment", start=a, end=z, span=text[a:z],
            message="把补偿方案以外的待遇（离职后社保、公司设备、足额奖金、推荐评价、岗位安排、离职日期或原因、"
                    "竞业解除等）说成公司已定；审批只覆盖补偿金额，这些须由公司决定，HR应说明需要申请、结果未定。"))
    return found


def _future_assured(text: str, t: str, sents, facts: GuardFacts, quoted: list[tuple[int, int]],
                    taken: list[tuple[int, int]]) -> list[Violation]:
    """The job's future or the company's future conduct (post or pay kept, off the layoff list, next
    year's raise, a rehire, no claim or appeal, nothing told to the next employer, a record cleared)
    given as certain. These are the company's decisions and no approval records them; the law stated
    as the law, HR's own limits, hedged, asked or quoted sentences pass."""
    lex = load_lexicon(NAME)
    general = load_rules(NAME).unless
    asked = _asked_re(facts.employee_name)
    found: list[Violation] = []
    for s, e in zip(sents.starts, sents.ends):
        if any(a < e and s < b for a, b in taken):
            continue
        hits = list(lex["future"].finditer(t, s, e))
        if not hits or lex["hedge"].search(t, s, e) or any(u.search(t, s, e) for u in general):
            continue
        obj = None
        for b in hits:
            cs = clause_start(t, b.start(), s)
            head = t[cs:b.start()]
            brk = _CLAUSE_BREAK.search(t, b.end(), e)
            clause_end = brk.start() if brk else e
            # 「公司会不会上诉」: the A-not-A question, not the answer
            if in_spans(b.start(), quoted) or _WISH_HEAD.search(head) or asked.search(head) \
                    or lex["theirs"].search(head) or lex["future_lawful"].search(t, cs, clause_end) \
                    or (head.endswith(("会", "能")) and t.startswith("不", b.start())):
                continue
            obj = b
            break
        if obj is None:
            continue
        commit = None
        for c in lex["future_commit"].finditer(t, s, e):
            head = t[clause_start(t, c.start(), s):c.start()]
            if in_spans(c.start(), quoted) or lex["neg"].search(head[-8:]) or lex["theirs"].search(head) \
                    or _WISH_HEAD.search(head) or _NEG_AFTER.match(t, c.end()):
                continue
            commit = c
            break
        if commit is None:
            continue
        a, z = min(commit.start(), obj.start()), max(commit.end(), obj.end())
        found.append(Violation(
            guard=NAME, category="unauthorized_commitment", start=a, end=z, span=text[a:z],
            message="把岗位、薪酬、绩效、录用或公司今后的做法（不追究、不上诉、不向新单位透露等）说成已定或作出保证；"
                    "这些由公司决定，审批记录中没有，HR只能说明法律规定和自己能做的事，不能替公司保证。"))
    return found


# 「评估过风险，最后肯定是按73,500元给你」: a certainty on the figure in its own clause
_CERTAIN_BEFORE = re.compile(r"(?:肯定|一定|保证|绝对|铁定)(?:会|是|能)?(?:按|给|照)")


# 「如…仍单方解除，属于违法解除，赔偿金按2N计算为73,500元」: the risk the facts record, stated as a risk
# (「甲方同意按违法解除标准支付73,500元」 grants it: no risk, no hypothetical)
_RISK = re.compile(r"风险|败诉|(?:如|如果|若|假如|一旦|万一)[^，。！？]{0,16}(?:单方|解除|辞退|开除|仲裁|起诉)")
# 「这次沟通只在我和分管领导之间」: the approver named as a party to a talk, not as approving
_PARTY_AFTER = re.compile(r"[^，。！？；]{0,4}(?:之间|知道|知情|范围内)")
# 「额外的1个月已经定下来了，会与法定部分一并发放」: the statutory sum named as another item paid with it
_CO_ITEM = re.compile(r"(?:与|和|跟|同|连同)(?:法定|依法)[^，。！？；]{0,8}(?:一并|一起|同时|合并)")
_CAP_AFTER = re.compile(r"[^，。！？；]{0,3}?(?:不超过|不高于|最多|至多|上限)")
_ON_TOP = re.compile(r"基础上|之外|以外|之上")


# 「钱的事」 names the topic, not an extra: settled on a sum within the limit it commits to that sum
_MONEY_TOPIC = re.compile(r"钱的事")


def _topic_of_lawful_sum(x: re.Match[str], t: str, s: int, e: int, mentions: list[Mention],
                         limit: "_Limits", recorded: set[Decimal]) -> bool:
    """The money topic named (钱的事) in a sentence whose amounts all lie within statute + approvals
    or are owed as the facts record them (违法解除赔偿金 2N)."""
    amounts = [y for y in mentions if s <= y.start < e and y.kind == "amount"]
    return _MONEY_TOPIC.fullmatch(x.group()) is not None and bool(amounts) \
        and not any(limit.exceeds(y, t) and y.value not in recorded for y in amounts)


# 「我没法答应6个月，但我能保证…」: the figure refused in its own clause, before the promise
_REFUSED_BEFORE = re.compile(r"(?:没法|没办法|无法|不能|不会|不可能|不敢|做不到|给不了|答应不了)(?:再)?"
                             r"(?:答应|同意|接受|给|付|支付|批|满足|承诺|保证)?(?:你|您)?(?:的)?(?:这|那)?(?:个)?$")


def _refused(t: str, x: Mention, s: int, promise_at: int) -> bool:
    """The figure sits before the promise in a clause that refuses it: not what is promised."""
    return x.end <= promise_at and _CLAUSE_BREAK.search(t, x.end, promise_at) is not None and (
        _REFUSED_BEFORE.search(t, clause_start(t, x.start, s), x.start) is not None
        or _REFUSED_AFTER.match(t, x.end) is not None)  # 「九个月我没法答应你，…」: the figure fronted


_REFUSED_AFTER = re.compile(r"(?:的要求|这个数|这个)?(?:我|公司|我们)?(?:这边)?(?:实在|真的)?(?:没法|没办法|无法|不能|不可能|不敢)"
                            r"(?:答应|同意|接受|给|满足|承诺|保证)(?:你|您)?[，,；;。！？]|(?:我|公司|我们)?(?:给不了|答应不了|批不了)")


def _ask_committed(t: str, x: Mention, commit: re.Match[str], s: int) -> bool:
    """The employee's figure is the subject of the commitment that follows it in its own clause:
    「你要的185,000元我看差不多能批下来」 (not 「你要的185,000元，我没法答应」: the commit is negated)."""
    return (commit.start() >= x.end and _CLAUSE_BREAK.search(t, x.end, commit.start()) is None) or (
        # 「最后一般都会往你要的57,000元靠」: the ask is where the settled outcome lands
        commit.end() <= x.start and _CLAUSE_BREAK.search(t, commit.end(), x.start) is None
        and _TOWARDS.search(t, commit.end(), x.start) is not None)


_TOWARDS = re.compile(r"往|朝|向|靠|到")


_CLAUSE_BREAK = re.compile(r"[，,；;。！？：:]")


def _across_turn(t: str, x: Mention, commit: re.Match[str], own: list[Mention]) -> bool:
    """``x`` lies before an adversative turn that precedes the commitment, and the commitment names a
    figure of its own: what it commits to is on its side of the turn."""
    return bool(own) and x not in own and x.end <= commit.start() \
        and _TURN.search(t, x.end, commit.start()) is not None


# what is sent on its own is paperwork: 「计算表单独发你」「规定单独发你一份」「单据会单独给你」
_DOCUMENT = re.compile(r"(?<!代)表(?!示|态|现|达|明)|单据|清单|明细|规定|办法|指引|细则|流程|文件|材料|说明|通知|协议|合同|证明|邮件|资料|文本|复印件|截图|一份|份")


def _document_sent(t: str, sd: re.Match[str], s: int, e: int, lex) -> bool:
    """A 单独发/给 whose clause names a document, or no money at all, sends paperwork, not a side payment."""
    if not sd.group().startswith("单独"):
        return False
    a, b = clause_start(t, sd.start(), s), _clause_end(t, sd.end(), e)
    clause = t[a:b]
    return _DOCUMENT.search(clause) is not None or lex["money"].search(clause) is None


def _clause_end(t: str, at: int, e: int) -> int:
    return min([i for i in (t.find(p, at, e) for p in "，,；") if i >= 0] or [e])


def _recorded_extra(t: str, s: int, e: int, mentions: list[Mention], facts: GuardFacts) -> bool:
    """The sentence states an extra the facts record (已批准额外补偿, 提前解除竞业限制额外补偿)."""
    recorded = {f.amount for f in facts.figures if f.amount is not None and "额外" in f.label
                and not re.search(r"上限|诉求", f.label)}
    return any(s <= x.start < e and x.kind == "amount" and x.value in recorded for x in mentions)


# the words that tell which statutory extra a sentence speaks of (第40条's notice month, 解释一第39条)
_EXTRA_WORDS = {"通知": r"通知|不足(?:30|三十)日|提前(?:30|三十)日|第四十条|第40条",
                "竞业": r"竞业"}


class _Limits:
    """The most a draft may promise: statute plus what is already approved."""

    def __init__(self, facts: GuardFacts) -> None:
        self.n = facts.statutory_months or Decimal(0)
        self.formulas = {normalize_formula(x) for x in facts.multipliers}
        # N+1 in a 第40条 case: the +1 is the statutory notice pay, not an extra month
        notice = Decimal(1) if "N+1" in self.formulas else Decimal(0)
        double = Decimal(2) if "2N" in self.formulas else Decimal(1)  # 2N in an unlawful-dismissal case
        self.months = self.n * double + notice + facts.approval.approved_extra_months
        self.extra = facts.approval.approved_extra_months
        # extras the law itself gives: 第40条's 额外一个月工资 (N+1), 解释一第39条's 额外三个月 when a
        # non-compete is released early — the facts record them with 额外 in the label
        self.statutory_extras = [(f.months, "竞业" if "竞业" in f.label else "通知") for f in facts.figures
                                 if f.months is not None and "额外" in f.label
                                 and not re.search(r"诉求|上限|已批准", f.label)]
        self.statutory_extras += [(Decimal(1), "通知")] if notice else []
        self.notice_owed = bool(notice)
        amounts = [a for a in (facts.statutory_total, facts.approval.approved_total_amount) if a is not None]
        wages = [f.amount for f in facts.figures if f.amount is not None and re.search(r"工资|月薪|薪", f.label)]
        if facts.statutory_total is not None and facts.approval.approved_extra_months and wages:
            amounts.append(facts.statutory_total + facts.approval.approved_extra_months * wages[0])
        self.amount = max(amounts) if amounts else None
        self.label = f"法定{self.n}个月" + (
            f"，已批准额外{facts.approval.approved_extra_months}个月" if facts.approval.approved_extra_months else ""
        )

    def exceeds(self, m: Mention, t: str) -> bool:
        if m.kind == "months" and m.value is not None:
            before = clause_before(t, m.start, 10)
            if _EXTRA.search(before) or _EXTRA_SUBJECT.search(before) or _EXTRA_AFTER.match(t, m.end):
                # 「额外2个月」: compared with what is approved on top of N
                window = t[max(0, m.start - 30):m.end + 30]
                lawful = any(m.value == v and re.search(_EXTRA_WORDS[word], window) for v, word in self.statutory_extras)
                return m.value > self.extra and not lawful
            return m.value > self.months
        if m.kind == "amount" and m.value is not None and self.amount is not None:
            return m.value > self.amount + (m.unit if m.approx or m.rounded else 0)
        if m.kind == "multiplier" and m.formula:
            if m.formula in self.formulas or m.formula == "N":
                return False
            fm = re.fullmatch(r"(\d+(?:\.\d+)?)?N(?:\+(\d+(?:\.\d+)?))?", m.formula)
            if not fm:
                return True
            k, plus = Decimal(fm.group(1) or 1), Decimal(fm.group(2) or 0)
            return self.n * k + plus > self.months if self.n else (k > 1 or plus > 0)
        return False


# --- a quoted line retracted ---
# 「你昨天跟他说"领导会同意的"，这话得收回」: a line someone said, quoted in order to retract it, is
# a quotation even after 跟他说 (the line HR is told to say is never followed by its retraction)
_RETRACTION = re.compile(r"[^。！？\n]{0,8}?(?:(?:得|要|必须|应该|应当|需要)?(?:收回|撤回|更正|纠正)|说错|说过头|"
                         r"不对|不准确|不妥|不能这么说|不该这么说|(?:别|不要|不能)再(?:这么)?说)")


def _retracted(text: str, end: int) -> bool:
    """The quotation ending at ``end`` is followed, in its sentence, by its retraction."""
    return _RETRACTION.match(text, end) is not None
