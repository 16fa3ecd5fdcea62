"""Coercion guard: threats, intimidation, pressure to sign on the spot, humiliation and
discrimination. Quoting the rule that forbids them, reassuring the employee (「不会影响背调」)
and advising HR what not to say pass.

Two layers. The phrase rules (data/coercion.yaml ``rules``) catch fixed wordings. The structural
reading (``structure`` lexicons, ``_structural`` below) models what coercion is, sentence by
sentence:

- threat: a choice of the employee's (不签/不同意/拖/闹/仲裁/坚持…) followed by a harm HR can
  inflict (扣钱, 处分, 调岗, 档案/背调/行业, 查你, 后果/代价, 家人…) that is not negated in its
  clause (「不签也不会影响你的工资」 passes). The consequence may run on into the next sentence
  when it opens with 那/到时候/否则….
- discrimination: a protected trait (怀孕, 年龄, 病, 地域, 性别, 婚育…) and, in the same or the
  next sentence, an adverse judgement (不适合, 精力, 负担, 不好找工作…) or a push to leave
  (还是签了吧, 拿钱走…), unless the sentence protects or accommodates (依法, 照顾, 不会因…).
- pressure: a short time limit (今天/现在/X点前) on signing or answering with a must or a
  forfeit (必须, 过期作废, 就没了), unless time to think is offered.
- humiliation: insult words not negated.
A sentence that only mentions the act (advice to HR, a statute that forbids it, the employee's
worry being answered with a question) is not read for threats.
"""

from __future__ import annotations

import re
from typing import Callable

from guardrails.facts import GuardFacts
from guardrails.lexicon import load_rules, match_rules
from guardrails.learned import second_opinion
from guardrails.scope import clause_end, load_lexicon, negated
from guardrails.text import company_said, in_spans, normalize, quotes, sentences
from guardrails.types import Severity, Violation

# 「不当场表态」「无需今天答复」: the time limit itself negated
_NO_LIMIT = re.compile(r"(?:不|别|无需|不必|不用|不要|不能|没法|无法)$")  # 我不能现在答应你: HR's own inability
_BARE_IF = re.compile(r"(?:你|您)?(?:要是|如果|若是?|假如|一旦|万一|只要|如)(?:你|您|其|对方)?")
# 「如果需要，我们可以为您出具推荐信」: a condition on the employee's wish opens an offer, not a threat
_OFFER_IF = re.compile(r"(?:你|您)?(?:还)?(?:有)?(?:任何)?(?:需要|需求|意愿|愿意|方便|疑问|问题|想了解|想咨询)")
# a line scripted for HR to say (可以说“…”, 可点一句「…」, 强调“…”): HR's own words, read like the rest
_SCRIPT_CUE = re.compile(r"(?:(?:可以|可|就|不妨|适当|顺带|顺便|再|要|务必)(?:[^，。！？「“]{1,5}地)?(?:跟|对|向)?(?:他|她|其|对方)?"
                         r"(?:说|讲|点|提|暗示|表示|强调|补充)(?:一句|一下|出|明|及|醒)?|强调|暗示|(?:润色|改写|修改|改|写)(?:了)?(?:一下|一版|成|为|如下))[:：，,]?\s*$")

NAME = "coercion"
VERSION = "3.0"
# Every coercion reading is a reading of wording (see runner._second_reading).
WORDING_CATEGORIES = frozenset({"threat", "pressure_to_sign", "discrimination", "humiliation"})

_MESSAGES = {
    "threat": "把员工的选择（不签、不同意、仲裁、拖延等）和扣钱、处分、调岗、档案背调、追查或其他不利后果挂钩，"
              "属于威胁、胁迫；协商必须出于员工自愿。",
    "discrimination": "以怀孕、婚育、年龄、疾病、地域、性别等个人特征作出不利评价或劝其离开，属于就业歧视"
                      "（就业促进法、劳动合同法第四十二条、女职工劳动保护特别规定第五条）。",
    "pressure_to_sign": "限时要求员工签字或答复、以过期作废相逼，属于施压；应给员工合理的考虑时间。",
    "humiliation": "贬低员工能力、人格的表述，属于羞辱，不得出现在协商话术中。",
}


def check(text: str, facts: GuardFacts) -> list[Violation]:
    lex = load_lexicon(NAME)
    t = normalize(text)
    sents = sentences(text)
    # a rule match inside a sentence that only mentions the act (你担心…会影响背调吗？) is no threat
    # and a record's line quoting the company's side (部门经理告知："不签也行，…") is the company's word
    qs = [q for q in quotes(text) if not _SCRIPT_CUE.search(t, max(0, q.start - 12), q.start)
          and not company_said(t, q.start, q.end)]
    quoted = [(q.start, q.end) for q in qs]
    # a quotation that on its own is a threat (不存在「今天不签就没了」这回事) is someone's words being
    # answered; one that is not (写明你「不服从安排」) is what HR threatens to write
    memo: dict[int, bool] = {}

    def cited(pos: int) -> bool:
        for i, q in enumerate(qs):
            if q.start <= pos < q.end:
                if i not in memo:
                    memo[i] = _is_threat(q.text, lex)
                return memo[i]
        return False

    out = [v for v in match_rules(text, load_rules(NAME), NAME)
           if not _mention(v, t, sents, lex, quoted, cited)]
    out.extend(_structural(text, [(v.start, v.end) for v in out], quoted, cited))
    if not out:
        # the model cannot see a quotation or a mention frame: the sentence it names must have neither
        out = second_opinion(text, NAME, skip=lambda s, e: bool(lex["frame"].search(t, s, e))
                             or bool(lex["learned_veto"].search(t, s, e))
                             or _hearsay_denied(t, sents, s, e, lex)
                             or any(s <= a < e for a, _ in quoted))
    return out


def _is_threat(q: str, lex) -> bool:
    if any(r.pattern.search(q) for r in load_rules(NAME).rules):
        return True
    c = lex["choice"].search(q)
    return c is not None and lex["harm"].search(q, c.end()) is not None


def _mention(v: Violation, t: str, sents, lex: dict, quoted: list[tuple[int, int]],
             cited: Callable[[int], bool]) -> bool:
    """A phrase-rule hit that sits in a quotation, in a sentence framed as a mention, or (for
    discrimination) in a sentence that protects the trait, is no threat."""
    s, e = sents.around(v.start)[0], sents.around(max(v.start, v.end - 1))[1]
    if in_spans(v.start, quoted) or cited(max(v.start, v.end - 1)) or lex["frame"].search(t, s, e) \
            or _hearsay_denied(t, sents, s, e, lex):
        return True
    return v.category == "discrimination" and lex["protect"].search(t, s, e) is not None


def _structural(text: str, taken: list[tuple[int, int]], quoted: list[tuple[int, int]],
                cited: Callable[[int], bool]) -> list[Violation]:
    lex = load_lexicon(NAME)
    advice = load_rules(NAME).unless
    t = normalize(text)
    sents = sentences(text)
    bounds = list(zip(sents.starts, sents.ends))
    found: list[Violation] = []

    def add(category: str, a: int, b: int) -> None:
        if any(s < b and a < e for s, e in taken) or in_spans(a, quoted) or cited(b - 1):
            return  # overlaps a finding, or starts in a quotation or ends in a quoted threat
        taken.append((a, b))
        found.append(Violation(guard=NAME, category=category, severity=Severity.BLOCK, start=a, end=b,
                               span=text[a:b], message=_MESSAGES[category]))

    neg_before, neg_after = lex["neg_before"], lex["neg_after"]

    def live_harm(s: int, e: int, after: int):
        for h in lex["harm"].finditer(t, max(s, after), e):
            if cited(h.start()):
                continue
            if lex["forewarn"].search(t, max(s, h.start() - 24), h.start()):
                continue  # 「我提前说清楚，免得你吃亏」: the harm HR's warning helps the employee avoid
            if not negated(t, h.start(), h.end(), s, neg_before, neg_after, through="、"):
                return h
        return None

    framed = [bool(lex["frame"].search(t, s, e)) or any(u.search(t, s, e) for u in advice)
              or _hearsay_denied(t, sents, s, e, lex) for s, e in bounds]
    for i, (s, e) in enumerate(bounds):
        if framed[i]:
            continue
        nxt = bounds[i + 1] if i + 1 < len(bounds) and not framed[i + 1] else None
        carry = nxt is not None and lex["carry"].match(t, nxt[0] + _lead(t, nxt[0], nxt[1]))
        # threat: a choice, then a live harm after it (same sentence or a carried-on one)
        for c in lex["choice"].finditer(t, s, e):
            if in_spans(c.start(), quoted):
                continue  # 你问“不同意是不是就不给了”: the employee's words, answered, not a condition set
            if negated(t, c.start(), c.end(), s, lex["choice_neg"], window=10):
                continue  # 「不会因为你不同意就…」, 「不管你签不签」
            if _BARE_IF.fullmatch(c.group()) and _OFFER_IF.match(t, c.end()):
                continue
            if lex["choice_actor"].search(t, max(s, c.start() - 8), c.start()):
                continue  # 「公司依政策拒绝也是正常流程」: the company's refusal, not the employee's choice
            # a bare 如果/要是 opens a condition; a harm inside that same clause is what the
            # condition is about (如果新单位来做背调，…), not a consequence set on the employee
            h = live_harm(s, e, clause_end(t, c.end(), e) if _BARE_IF.fullmatch(c.group()) else c.end())
            if h is None and carry:
                h = live_harm(nxt[0], nxt[1], nxt[0])
            if h is not None:
                add("threat", c.start(), h.end())
                break
        # harms that need no condition, and harms an ominous closer turns into threats
        for h in lex["harm_alone"].finditer(t, s, e):
            if not negated(t, h.start(), h.end(), s, neg_before, neg_after):
                add("threat", h.start(), h.end())
                break
        cl = lex["closer"].search(t, s, e)
        if cl is not None:
            h = live_harm(s, e, s)
            if h is not None:
                add("threat", min(h.start(), cl.start()), max(h.end(), cl.end()))
        # discrimination: a trait with an adverse judgement or a push, nothing protective
        tr = lex["trait"].search(t, s, e)
        if tr is not None and not lex["protect"].search(t, s, e):
            hit = lex["adverse"].search(t, s, e) or lex["push"].search(t, s, e)
            if hit is None and nxt is not None and not lex["protect"].search(t, *nxt):
                hit = lex["adverse"].search(t, *nxt) or lex["push"].search(t, *nxt)
            if hit is not None and not negated(t, hit.start(), hit.end(), s, neg_before):
                add("discrimination", min(tr.start(), hit.start()), max(tr.end(), hit.end()))
        # pressure: a short time limit on signing, with a must or a forfeit
        now = next((n for n in lex["now"].finditer(t, s, e) if not _hr_cannot_yet(t, n, lex)
                    and not _NO_LIMIT.search(t, max(s, n.start() - 2), n.start())), None)
        relax = [r for r in lex["relax"].finditer(t, s, e) if not lex["relax_void"].match(t, r.end())] \
            if now is not None else []
        if now is not None and not relax and e > s and t[e - 1] in "；;" and i + 1 < len(bounds):
            # 「现在签只能按法定签；想等审批结果再签也可以，不着急」: the clause after the semicolon offers the time
            ns, ne = bounds[i + 1]
            relax = [r for r in lex["relax"].finditer(t, ns, ne) if not lex["relax_void"].match(t, r.end())]
        if now is not None and not relax:
            # the employee's signature or answer, not the approver's (要总经理签字)
            d = next((d for d in lex["decide"].finditer(t, s, e)
                      if not lex["decider"].search(t, max(s, d.start() - 8), d.start())
                      and not lex["decide_given"].search(t, max(s, d.start() - 10), d.start())
                      and not lex["hr_reply"].match(t, d.start())
                      and not _known_now(t, s, d, lex)), None)
            m = lex["must"].search(t, s, e)
            if d is not None and m is not None and not negated(t, m.start(), m.end(), s, neg_before):
                add("pressure_to_sign", min(now.start(), d.start(), m.start()), max(now.end(), d.end(), m.end()))
        # humiliation
        for m in lex["insult"].finditer(t, s, e):
            if not negated(t, m.start(), m.end(), s, neg_before, window=4):
                add("humiliation", m.start(), m.end())
                break
    return found


def _hearsay_denied(t: str, sents, s: int, e: int, lex) -> bool:
    """「有人说你要是去仲裁公司就会翻旧账。不会有这种事」: a claim reported from others and denied
    in the same sentence or the next is a rumour being answered, not HR's own threat. Reported
    without a denial (团队里有人说你拖后腿) it stays HR's words."""
    h = lex["hearsay"].search(t, s, e)
    if h is None:
        return False
    if lex["denial"].search(t, h.end(), e):
        return True
    ns = e
    while ns < len(t) and t[ns] in " \u3000\t\n":
        ns += 1
    if ns >= len(t):
        return False
    ne = sents.around(ns)[1]
    return lex["denial"].search(t, ns, ne) is not None


def _hr_cannot_yet(t: str, now, lex) -> bool:
    """「我现在没法替他答应」, 「现在我们还不能答复」: HR's own inability at the moment, not a
    limit set on the employee."""
    m = lex["now_self"].match(t, now.end())
    if m is None:
        return False
    return m.group().startswith(("我", "HR", "公司")) or t[now.start() - 1:now.start()] in ("我", "们")


def _known_now(t: str, s: int, d, lex) -> bool:
    """「现在能确认的只有法定部分」: a confirming verb nominalised by 的 after 能/可以 names what
    HR can state now; the employee is asked nothing. A signature (能签的) stays a decision."""
    return (d.group() in ("确认", "答复", "回复", "决定", "表态", "拍板", "回话")
            and t.startswith("的", d.end())
            and lex["known_before"].search(t, max(s, d.start() - 6), d.start()) is not None)


def _lead(t: str, s: int, e: int) -> int:
    """Skip leading spaces and quote marks of a sentence."""
    i = s
    while i < e and t[i] in " \u3000\t「“\"":
        i += 1
    return i - s

