"""Citation guard: every cited article exists in the corpus and was among this turn's retrieved
sources; a quotation attached to a citation matches the article's text."""

from __future__ import annotations

import re
from functools import lru_cache

from decimal import Decimal

from guardrails.citations import Citation, find_citations, unknown_authorities
from guardrails.facts import GuardFacts
from guardrails.numbers import find_fixed_numbers, find_numbers
from guardrails.text import Quote, normalize, quotes, sentences
from guardrails.types import Severity, Violation

NAME = "citation"
VERSION = "1.0"

_PUNCT = re.compile(r"[\s，。；：、,.;:!?！？“”「」『』\"'（）()《》〈〉【】\-—]+")
_ELLIPSIS = re.compile(r"……|…|\.{3,}|⋯+")


def _squash(s: str) -> str:
    return _PUNCT.sub("", s)


def quote_matches(quote: str, source_text: str) -> bool:
    """The quote, with punctuation and spacing ignored and ``……`` standing for an omission, is
    the source text's own words in order."""
    src = _squash(source_text)
    pos = 0
    for part in _ELLIPSIS.split(quote):
        frag = _squash(part)
        if not frag:
            continue
        i = src.find(frag, pos)
        if i < 0:
            return _elided(frag, src, pos)
        pos = i + len(frag)
    return True


# words whose omission changes what the article says (a negation, a proviso, a limit, a figure)
_MEANING_WORDS = re.compile(r"[不非无未没否禁仅只但除另须最\d一二三四五六七八九十百千万倍%％]|事先|事前|提前|书面|以上|以下|以内|超过|高于|低于|至少")
_ELIDED_MIN, _ELIDED_GAPS, _ELIDED_GAP_LEN = 2, 2, 16


def _elided(frag: str, src: str, pos: int) -> bool:
    """「包括奖金、津贴和补贴」 for 「包括计时工资或者计件工资以及奖金、津贴和补贴」: the article's own words
    with a short run left out unmarked. It passes only when every piece is the article's, in order,
    and what was left out holds no negation, proviso, limit or figure."""
    gaps = 0
    k = 0
    while k < len(frag):
        n = _ELIDED_MIN
        i = src.find(frag[k:k + n], pos)
        if i < 0 or k + n > len(frag):
            return False
        while k + n < len(frag) and src.find(frag[k:k + n + 1], pos) == i:
            n += 1
        if k and i != pos:
            gaps += 1
            if gaps > _ELIDED_GAPS or i - pos > _ELIDED_GAP_LEN or _MEANING_WORDS.search(src, pos, i):
                return False
        k += n
        pos = i + n
    return True


# a quotation that names a ground or a claim rather than reciting the article (「…」为由, 「…」的说法)
_LABEL_AFTER = re.compile(r"\s?(?:为由|为理由|作为理由|的理由|的名义|的说法|这一?(?:理由|说法|名义))")
_NO_SUCH_ARTICLE = re.compile(r"(?:没有|并无|并没有|不存在|根本没有|哪有|哪里有|找不到)\s?$")


def check(text: str, facts: GuardFacts) -> list[Violation]:
    names = tuple(sorted({i.split("#", 1)[0] for i in [*facts.corpus_ids, *(s.id for s in facts.sources)] if "#" in i}))
    corpus = set(facts.corpus_ids)
    sources = {s.id: s for s in facts.sources}
    out: list[Violation] = other_employee_records(text, facts)
    seen_quotes: set[tuple[int, int]] = set()
    cites = find_citations(text, names, frozenset(corpus), frozenset(sources))
    cites = _handbook_clauses(text, cites, corpus)
    out += _own_record_unretrieved(text, facts, cites)
    case_values = _case_values(facts)
    quoted_elsewhere = [q for q in quotes(text) if not any(c.quote == q for c in cites)]
    for start, end, name in unknown_authorities(text, names):
        out.append(Violation(guard=NAME, category="unknown_law", start=start, end=end, span=text[start:end],
                             message=f"依据的《{name}》不在法规库中，不能作为依据引用。"))
    for c in cites:
        if c.law is None:
            out.append(Violation(guard=NAME, category="unknown_law", start=c.start, end=c.end, span=c.text,
                                 message=f"引用的《{c.law_text}》不在法规库中，可能是编造的法规名称。"))
            continue
        if corpus and c.id not in corpus:
            if _NO_SUCH_ARTICLE.search(text, max(0, c.start - 6), c.start) and c.quote is None:
                continue  # 「劳动合同法一共九十八条，没有第九十九条」: the article denied to exist
            out.append(Violation(guard=NAME, category="article_not_in_corpus", start=c.start, end=c.end,
                                 span=c.text, message=f"引用的条文「{c.id}」在法规库中不存在，可能是编造或条号错误。"))
            continue
        if c.id not in sources:
            if _cross_reference(text, c, cites, sources) or _names_a_ground(text, c):
                continue
            out.append(Violation(guard=NAME, category="article_not_retrieved", start=c.start, end=c.end,
                                 span=c.text,
                                 message=f"引用的条文「{c.id}」不在本轮检索到的依据中，无法核对其内容，不能作为依据引用。"))
            continue
        source = sources[c.id]
        if source.text:
            out += _structure(c, source.text)
            out += _paraphrase(text, c, cites, source.text, case_values)
            out += _content(text, c, cites, source.text, sources, quoted_elsewhere)
            out += _recited(text, c, cites, source.text, quoted_elsewhere, seen_quotes)
            out += _proviso_added(text, c, cites, source.text)
            out += _condition_added(text, c, cites, source.text)
            out += _payment_added(text, c, cites, source.text)
            out += _reference_swapped(text, c, cites, source.text)
            out += _item_swapped(text, c, cites, source.text) or _item_against_case(text, c, cites, source.text, facts)
        q = c.quote
        if q is None or (q.start, q.end) in seen_quotes:
            continue
        seen_quotes.add((q.start, q.end))
        if _LABEL_AFTER.match(text, q.end):
            continue  # 以第四十条“岗位取消”为由: a name for the ground, not the article's words
        candidates = [sources[x.id] for x in cites if x.quote == q and x.id in sources]
        single = len(candidates) == 1
        source_texts = [_part(s.text, c) if single else s.text for s in candidates if s.text]
        if not source_texts:
            out.append(Violation(guard=NAME, category="quote_unverifiable", severity=Severity.WARN, start=q.start,
                                 end=q.end, span=text[q.start:q.end],
                                 message=f"引文无法核对：检索结果中没有「{c.id}」的原文。"))
        elif not any(quote_matches(q.text, s) for s in source_texts):
            out.append(Violation(guard=NAME, category="quote_mismatch", start=q.start, end=q.end,
                                 span=text[q.start:q.end],
                                 message=f"引号内的文字与「{c.id}」的原文不一致，不能当作法条原文引用。"))
    return out


# 「第二十七条规定月工资“…”」, 「第五条写的是“…”」: a quotation a few words after the citation, led by a
# verb of saying, recites the article even though the citation finder did not attach it
_SAYS = re.compile(r"规定|写的是|写着|写明|原文|表述为|明确|载明|条文是|内容是")
_RECITES_RUN = 8


def _recited(text: str, c: Citation, cites: list[Citation], source_text: str, loose: list[Quote],
             seen: set[tuple[int, int]]) -> list[Violation]:
    if c.quote is not None:
        return []
    nxt = min((x.start for x in cites if x.start > c.start), default=len(text))
    for q in loose:
        if not c.end <= q.start <= c.end + 16 or q.start > nxt or (q.start, q.end) in seen:
            continue
        gap = text[c.end:q.start]
        if not _SAYS.search(gap) or re.search(r"[。；！？\n]", gap):
            continue
        part = _part(source_text, c)
        if _longest_run(_squash(q.text), _squash(part)) < _RECITES_RUN:
            continue  # words of the draft's own in quotation marks, not the article's
        if quote_matches(q.text, part) or quote_matches(q.text, source_text):
            continue
        seen.add((q.start, q.end))
        return [Violation(guard=NAME, category="quote_mismatch", start=q.start, end=q.end, span=text[q.start:q.end],
                          message=f"引号内的文字与「{c.id}」的原文不一致，不能当作法条原文引用。")]
    return []


# 第四十二条规定，…不得依照本法第三十六条的规定解除: the article's own cross-reference (本法第四十条、
# 第四十一条) restated with another article put in its place
_OWN_REF_BEFORE = re.compile(r"(?:本法|该法|本条例)\s?$")
_ARTICLE_REF = re.compile(r"第([零一二两三四五六七八九十百]+)条")
_DRAFT_TURN = re.compile(r"所以|因此|因而|于是|那么|但是|不过|而是|我们|公司|咱们|[。；！？\n]")


def _reference_swapped(text: str, c: Citation, cites: list[Citation], source_text: str) -> list[Violation]:
    if c.quote is not None or _OWN_REF_BEFORE.search(text, max(0, c.start - 4), c.start):
        return []
    refs = {m.group(1) for m in _ARTICLE_REF.finditer(source_text)} - {_cn(c.article)}
    if not refs:
        return []  # an article that points nowhere else: no cross-reference to swap
    for x in cites:
        if x.start <= c.end or x.law != c.law or x.article == c.article:
            continue
        if _DRAFT_TURN.search(text, c.end, x.start):
            break  # past the article's words: the draft's own sentence now
        if not _OWN_REF_BEFORE.search(text, max(0, x.start - 4), x.start):
            break  # another citation of the draft's own, not a reference inside this one
        if _cn(x.article) not in refs:
            return [Violation(guard=NAME, category="content_mismatch", start=x.start, end=x.end, span=x.text,
                              message=f"「{c.id}」原文援引的是第{'、第'.join(sorted(refs))}条，这里换成了{x.text}，曲解了条文。")]
    return []


# 「第四十六条第三项，公司提出的协商解除才有补偿」: the words around an item citation are another item's
# (提出…协商一致 is item 二) while none is the cited item's own: the item number is swapped
_ITEM_WORDS_MIN = 2
_SENTENCE_END = re.compile(r"[。；！？\n]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_CLAUSE_BREAK = re.compile(r"[，,：:；;。（）()]")
# the item named as what the case is not; or the fields a 离职证明 lists (合同期限、解除日期、工作岗位、工作年限),
# which describe the certificate, not the ground
_SET_APART_CLAUSE = re.compile(r"不属于|不适用|不符合|不是|并非|排除|除外|"
                               r"(?:合同期限|解除日期|终止日期|工作岗位|工作年限)[、和及与][^，。！？；]{0,12}(?:合同期限|解除日期|终止日期|工作岗位|工作年限)")
_COMMON_PAIR = re.compile(r"的|规定|依据|情况|情形")  # words any sentence about an article uses


def _bigrams(s: str) -> set[str]:
    return {r[i:i + 2] for r in _CJK_RUN.findall(s) for i in range(len(r) - 1)}


@lru_cache(maxsize=256)
def _item_signatures(source_text: str) -> tuple[frozenset[str], ...]:
    """Per item, the word pairs no other item (nor the stem) holds: what tells the item apart."""
    lines = [line for line in source_text.splitlines() if line.strip()]
    items = [_ITEM.sub("", line) for line in lines if _ITEM_LINE.match(line)]
    stem = _bigrams("".join(line for line in lines if not _ITEM_LINE.match(line)))
    grams = [_bigrams(i) for i in items]
    return tuple(frozenset(w for w in g - stem - set().union(*(o for j, o in enumerate(grams) if j != k))
                           if not _COMMON_PAIR.search(w))
                 for k, g in enumerate(grams))


def _quoted_item(text: str, lo: int, hi: int, c: Citation, source_text: str) -> int | None:
    """The item whose words a quotation beside the citation recites verbatim, when not the cited one."""
    items = [_squash(_ITEM.sub("", line)) for line in source_text.splitlines() if _ITEM_LINE.match(line)]
    for q in quotes(text):
        if q.start < lo or q.end > hi + 1:
            continue
        said = _squash(q.text)
        if len(said) < _MIN_RUN or said in items[c.item - 1]:
            continue
        hits = [k for k, i in enumerate(items) if said in i]
        if len(hits) == 1:
            return hits[0]
    return None


def _item_swapped(text: str, c: Citation, cites: list[Citation], source_text: str) -> list[Violation]:
    if c.item is None or c.paragraph is not None:
        return []
    sigs = _item_signatures(source_text)
    if c.item > len(sigs) or len(sigs) < 2:
        return []
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, c.start)), default=0)
    lo = max([lo, *(x.end for x in cites if x.end <= c.start)])
    hi = next((m.start() for m in _SENTENCE_END.finditer(text, c.end)), len(text))
    hi = min([hi, *(x.start for x in cites if x.start >= c.end)])
    window = text[lo:c.start] + "。" + text[c.end:hi]
    if _bigrams(window) & sigs[c.item - 1]:
        return []
    # the other item's words must meet in one clause (公司提出的协商解除), not be gathered across the
    # sentence (架构调整后，你原来的岗位…: two words of item 二 that describe no item together)
    clauses = [_bigrams(x) for x in _CLAUSE_BREAK.split(window) if not _SET_APART_CLAUSE.search(x)] or [set()]
    score = [max(len(w & sig) for w in clauses) for sig in sigs]
    best = max(range(len(sigs)), key=score.__getitem__)
    if best == c.item - 1 or score[best] < _ITEM_WORDS_MIN:
        best = _quoted_item(text, lo, hi, c, source_text)
        if best is None:
            return []
    return [Violation(guard=NAME, category="item_mismatch", start=c.start, end=c.end, span=c.text,
                      message=f"这里说的是「{c.law}第{_cn(c.article)}条」第{_cn(str(best + 1))}项的情形，"
                              f"却写成了第{_cn(str(c.item))}项，项号有误。")]


_ITEM = re.compile(r"（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)")


# 「经济补偿｜77,000.00元｜第四十六条第三项」「王芳处于孕期，依第四十二条第三项」: an item cited for this case's own
# severance or protection, where the case's facts say which item it is (公司提出的协商解除 is 第46条 item 二,
# a 第40条 termination item 三; 孕期 is 第42条 item 四). Read only where the citation is anchored to the case (its
# severance figure, its protection named) and the words beside it describe no item, nothing is set apart or supposed.
_GROUND_ITEM_46 = (("mutual_employer", 2), ("art40", 3), ("art41", 4))
_PROTECTED_ITEM_42 = (("孕期", 4), ("产期", 4), ("哺乳期", 4), ("医疗期", 3), ("工伤", 2), ("职业病", 2))
_CASE_ITEM_APART = re.compile(r"不属于|不适用|不符合|不是|并非|而非|排除|除外|区别|不同于|如果|若|假如|假设|倘若|的话|或者?|还是|比如|例如")
_ROW_END = re.compile(r"[。；！？\n]")


def _item_against_case(text: str, c: Citation, cites: list[Citation], source_text: str,
                       facts: GuardFacts) -> list[Violation]:
    if c.item is None or c.paragraph is not None or c.law != "劳动合同法" or c.article not in ("42", "46"):
        return []
    lo = max((m.end() for m in _ROW_END.finditer(text, 0, c.start)), default=0)
    hi = next((m.start() for m in _ROW_END.finditer(text, c.end)), len(text))
    window = text[lo:c.start] + "。" + text[c.end:hi]
    if _CASE_ITEM_APART.search(window):
        return []
    if c.article == "46":
        expected = {k for g, k in _GROUND_ITEM_46 if facts.ground.startswith(g)}
        severance = {f.amount for f in facts.figures if f.amount is not None and "经济补偿" in f.label
                     and not re.search(r"诉求|额外|上限|风险", f.label)}
        anchored = any(m.kind == "amount" and m.value in severance for m in find_numbers(window))
    else:
        expected = {k for w, k in _PROTECTED_ITEM_42 if any(w in p for p in facts.protected)}
        anchored = any(w in window for w, k in _PROTECTED_ITEM_42 if k in expected)
    if not expected or c.item in expected or not anchored:
        return []
    sigs = _item_signatures(source_text)
    if c.item > len(sigs) or _bigrams(window) & sigs[c.item - 1]:
        return []  # the words beside it are the cited item's own: another matter, read by _item_swapped
    right = min(expected)
    return [Violation(guard=NAME, category="item_mismatch", start=c.start, end=c.end, span=c.text,
                      message=f"本案属于「{c.law}第{_cn(c.article)}条」第{_cn(str(right))}项的情形，"
                              f"却写成了第{_cn(str(c.item))}项，项号有误。")]
_CLAIM_KINDS = ("percent", "times", "days", "years", "months")


def _structure(c: Citation, source_text: str) -> list[Violation]:
    """第四十七条第四款 where the article has three paragraphs; 第四十条第五项 where it has three items."""
    paragraphs = [line for line in source_text.splitlines() if line.strip()]
    items = len(_ITEM.findall(source_text))
    out = []
    if c.paragraph is not None and c.paragraph > len(paragraphs):
        out.append(Violation(guard=NAME, category="paragraph_not_in_article", start=c.start, end=c.end, span=c.text,
                             message=f"「{c.id}」只有{len(paragraphs)}款，引用的第{c.paragraph}款不存在。"))
    if c.item is not None and c.item > items:
        out.append(Violation(guard=NAME, category="paragraph_not_in_article", start=c.start, end=c.end, span=c.text,
                             message=f"「{c.id}」没有第{c.item}项。"))
    return out


def _case_values(facts: GuardFacts) -> dict[str, set[Decimal]]:
    months = {f.months for f in facts.figures if f.months is not None}
    months |= {facts.statutory_months} if facts.statutory_months is not None else set()
    out = {"months": months, "years": {f.years for f in facts.figures if f.years is not None}}
    # months a sum of the case is worth (赔偿金 170,400.00 = 12 months), not a period (解除前十二个月)
    out["wage_months"] = {f.months for f in facts.figures if f.months is not None and f.amount is not None}
    out["wage_months"] |= {facts.statutory_months} if facts.statutory_months is not None else set()
    for f in facts.figures:  # 「未休年休假工资报酬（3天，200%）」: the label's numbers are the case's too
        for m in find_fixed_numbers(f.label):
            if m.value is not None and m.kind in _CLAIM_KINDS:
                out.setdefault(m.kind, set()).add(m.value)
    return out


# a figure the draft rules out (不会按100%, 而不是六个月, 并非20%) is no statement of the article
_RULED_OUT_BEFORE = re.compile(r"(?:不会|不能|不是|并非|而非|而不是|不|没有)(?:再|只)?(?:按照?|以|是|算|给)?$")


_LIGHT = re.compile(r"[\s，。；：、“”「」『』（）《》\"'()]+")


# the article's object between its verb and its number (额外支付「劳动者」三个月)
_OBJECT = re.compile(r"(?:劳动者|职工|员工|其|本人)")


def _other_number_in_frame(text: str, m, source_text: str) -> bool:
    """The words right before the number are the article's, but there they lead to another
    number (原文「额外支付劳动者三个月」, 稿件「额外支付劳动者六个月」)."""
    head = _LIGHT.sub("", text[max(0, m.start - 12):m.start])
    src = _LIGHT.sub("", normalize(source_text))
    for skip in (0, 1):
        ctx = head[len(head) - 4 - skip:len(head) - skip] if len(head) >= 4 + skip else ""
        if not ctx:
            continue
        j = src.find(ctx)
        while j >= 0:
            tail = src[j + 4:j + 4 + skip + 14]
            gap = _OBJECT.match(tail, skip) if skip < len(tail) else None
            nums = [n for n in find_fixed_numbers(tail) if n.start <= skip + 1
                    or gap is not None and n.start <= gap.end() + 1]
            if nums and nums[0].kind == m.kind and nums[0].value is not None and nums[0].value != m.value:
                return True
            j = src.find(ctx, j + 1)
    return False


# 「解除前十二个月的平均工资」: a wage base (an average over a period) the draft attributes to the article
_AVERAGE_AFTER = re.compile(r"\s?(?:的)?(?:月)?平均(?:工资|月工资)")
# words after a figure that say what the figure is in the rule (支付, 工资的补偿), not filler
_AFTER_STOP = re.compile(r"[的了地是为和与及或]")


def _base_not_in_article(text: str, m, source_text: str) -> bool:
    """「实施条例第二十条…按解除前十二个月的平均工资」 where the article sets 上一个月的工资标准:
    a period's average wage attributed to an article that sets no average at all."""
    return (m.kind == "months" and bool(_AVERAGE_AFTER.match(text, m.end)) and "平均工资" not in source_text
            and bool(_BASE_IN_ARTICLE.search(source_text)))


# the article sets the wage base in its own words (上一个月的工资标准, 当月工资)
_BASE_IN_ARTICLE = re.compile(r"(?:上一?个?月|当月|本月)的?工资")


def _other_number_after(text: str, m, source_text: str) -> bool:
    """The words right after the figure are the article's, and there they follow another figure
    of the same kind (原文「日工资收入的300%支付」, 稿件「日工资的200%支付」; 原文「不超过0.5个月
    工资的补偿」, 稿件「不超过1个月工资的补偿」)."""
    tail = re.split(r"[，。；：,;:！？!?\n]", text[m.end:m.end + 8], maxsplit=1)[0]
    tail = _LIGHT.sub("", tail)[:4]
    if m.value is None or _AFTER_STOP.match(tail):
        return False
    src = _LIGHT.sub("", normalize(source_text))
    if len(tail) < 2 or tail not in src:
        return False  # cheap test first: the article's parse below is not cached
    held = any(n.kind == m.kind and n.value == m.value for n in find_fixed_numbers(src))
    # a multiplier's next words (200%支付) are enough; a period needs more (七个月工资 is the case's
    # sum as often as the rule's); a figure the article holds elsewhere needs the words on both sides
    if len(tail) < (4 if held else 2 if m.kind in ("percent", "times") else 3):
        return False
    head = _LIGHT.sub("", text[max(0, m.start - 6):m.start])[-2:]
    values = set()
    j = src.find(tail)
    while j >= 0:
        nums = [n for n in find_fixed_numbers(src[max(0, j - 12):j]) if n.end == min(j, 12)]
        for n in nums:
            if n.kind != m.kind or n.value is None:
                continue
            at = max(0, j - 12) + n.start
            if not held or len(head) == 2 and src[max(0, at - 2):at] == head:
                values.add(n.value)
        j = src.find(tail, j + 1)
    return bool(values) and m.value not in values


def _paraphrase(text: str, c: Citation, cites: list[Citation], source_text: str,
                case_values: dict[str, set[Decimal]]) -> list[Violation]:
    """A rule stated right after a citation (「第四十七条规定，…高于三倍的…」) must not carry a
    statutory number the article does not hold (五倍, 十年, 20%, 十五日). Numbers of the case
    itself (7个月, 5年) are applications of the rule, not part of it."""
    end = _claim_end(text, c, cites, _part(source_text, c))
    if _nominal(text, c):
        return _antonyms(text, c, c.end, end, source_text)
    if c.quote is not None:
        end = min(end, c.quote.end)
    claim = [m for m in find_numbers(text) if c.end <= m.start < end and m.kind in _CLAIM_KINDS]
    out = _antonyms(text, c, c.end, end, source_text)
    part = _part(source_text, c)
    held = {m.value for m in find_fixed_numbers(normalize(part)) if m.value is not None}
    held |= {Decimal(2)} if "二倍" in source_text or "两倍" in source_text else set()
    for m in claim:
        if _IDIOM_BEFORE.search(text, max(0, m.start - 2), m.start):
            continue  # 结到最后一天, 同一天: a day named, not a period the article sets
        if _base_not_in_article(text, m, source_text) or _other_number_after(text, m, part):
            pass  # the article's own rule words frame another figure (or no such base): not an application
        elif m.value in held or m.value in case_values.get(m.kind, ()) and not _other_number_in_frame(text, m, part):
            continue
        if _RULED_OUT_BEFORE.search(text, max(0, m.start - 6), m.start):
            continue  # 「…的标准，不会按100%打折」: the figure named to be ruled out, not the article's
        if m.kind == "times" and m.value in case_values.get("wage_months", ()) and (
                _WAGE_BEFORE.search(text, max(0, m.start - 24), m.start) or _WAGE_AFTER.match(text, m.end)):
            continue  # 「月平均工资14,200.00元的12倍」: a count of the case's monthly wages, not the article's multiplier
        out.append(Violation(guard=NAME, category="paraphrase_mismatch", start=m.start, end=m.end, span=m.text,
                             message=f"引用「{c.id}」时说的「{m.text}」在该条原文中找不到，可能曲解了法条。"))
    return out


# 「…，但双方协商一致的除外」: an exception carved out of the rule
_PROVISO = re.compile(r"(?:但|但是)[^。；！？\n]{0,20}?除外")


def _proviso_added(text: str, c: Citation, cites: list[Citation], source_text: str) -> list[Violation]:
    """The article restated (in quotation or not) with an exception it does not have (原文「不得因
    女职工怀孕…解除」, 稿件「…，但协商一致的除外」): the exception is the draft's, not the statute's."""
    if "除外" in source_text or _nominal(text, c):
        return []
    end = _claim_end(text, c, cites)
    m = _PROVISO.search(text, c.end, end)
    if m is None or _longest_run(_squash(text[c.end:m.start()]), _squash(_part(source_text, c))) < _MIN_RUN:
        return []
    return [_wrong(c, m.start(), m.end(), text, "「{}」原文没有这一除外条款，这里给法条加上了例外。")]


# 「须经劳动行政部门备案后方可生效」, 「还需经公司书面同意方可离职」: a gate put before the rule
_GATE = re.compile(r"(?:须|需|需要|必须|还需|还要|要)经?[^，。；！？\n]{0,14}?(同意|备案|批准|审批|核准|认可|登记)"
                   r"(?:后|之后)?\s?(?:方可|方能|才能|才可|才可以|才算|才)")


def _condition_added(text: str, c: Citation, cites: list[Citation], source_text: str) -> list[Violation]:
    """The article read as making the act wait on someone's consent or a filing it does not
    require (第三十七条 lets the employee leave on notice; 第三十六条 on agreement): a condition
    the draft adds to the statute."""
    if _nominal(text, c):
        return []
    m = _GATE.search(text, c.end, _claim_end(text, c, cites))
    if m is None or m.group(1) in source_text or m.group(1) in ("同意", "认可") and "协商一致" in source_text:
        return []  # 第三十六条 needs both sides' agreement: 「需要你同意才成立」 is the article's own
    if re.search(r"[不无没]$", text[max(0, m.start() - 1):m.start()]):
        return []
    return [_wrong(c, m.start(), m.end(), text, "「{}」原文没有「" + m.group(1) + "」这一前提，这里给法条加上了条件。")]


# 「第三十七条规定，…用人单位应当支付经济补偿」: a payment the draft says the article orders
_SAYS_LEAD = re.compile(r"\s?(?:中|里)?(?:明确|明文)?(?:规定|写明|写的是|写着)\s?[，,：:]")
_ORDERS_PAY = re.compile(r"(?<![不无])(?:应当|应|须|需|必须|要)(?:另行|额外|向劳动者|向员工)?(?:支付|给予|给付)(经济补偿|赔偿金)")


def _payment_added(text: str, c: Citation, cites: list[Citation], source_text: str) -> list[Violation]:
    """An article said to order a payment (经济补偿, 赔偿金) it never names: 第三十七条 (notice
    resignation) for 经济补偿, 第四十八条 (which orders 赔偿金) for 经济补偿."""
    if not _SAYS_LEAD.match(text, c.end) or _internal(text, c) or re.search(r"本法\s?$", text[max(0, c.start - 3):c.start]):
        return []  # 「依照本法第四十条规定，…」 inside a recited article, or the article as a ground
    m = _ORDERS_PAY.search(text, c.end, _claim_end(text, c, cites))
    if m is None or m.group(1) in source_text:
        return []
    return [_wrong(c, m.start(), m.end(), text, "「{}」原文并没有规定支付「" + m.group(1) + "」，这里曲解了法条。")]


# Words whose swap turns a rule into another rule (事先→事后 通知工会, 书面→口头 通知).
_ANTONYMS = (("事先", "事后"), ("书面", "口头"), ("高于", "低于"), ("提前", "事后通知"))


# a multiple of one month's wage is that many months' wages (工资…的12倍, 12倍月工资)
_WAGE_BEFORE = re.compile(r"工资(?:标准|基数)?[^，。；]{0,16}的\s?$")
_WAGE_AFTER = re.compile(r"\s?的?(?:月|个月|月平均|月均)工资")
_IDIOM_BEFORE = re.compile(r"(?:最后|同|当|这|那|第)$")
_FIGURE_BEFORE = re.compile(r"[\d０-９][\d,.]*\s?(?:万|千)?元?\s?$")


# the swapped word denied force in its own clause (口头…不算数, 不接受口头…): the rule upheld, not changed
_SWAP_DENIED = re.compile(r"(?:不能|不得|不可|不接受|不认|不以)[^，,；;]{0,4}WORD|WORD[^，,；;]{0,12}"
                          r"(?:不构成|不算|不作数|不算数|无效|不具|不产生|不视为|不代表|不能作为|均不|都不|一律不)")


def _clause_at(claim: str, i: int) -> str:
    """The clause of ``claim`` around position i, the word there marked WORD."""
    lo = max(claim.rfind(c, 0, i) for c in "，,；;。") + 1
    his = [j for j in (claim.find(c, i) for c in "，,；;。") if j >= 0]
    hi = min(his) if his else len(claim)
    return claim[lo:i] + "WORD" + claim[i:hi]


def _antonyms(text: str, c: Citation, start: int, end: int, source_text: str) -> list[Violation]:
    claim = text[start:end]
    out = []
    for right, wrong in _ANTONYMS:
        i = claim.find(wrong)
        if i >= 0 and wrong in ("高于", "低于") and _FIGURE_BEFORE.search(claim, 0, i):
            continue  # 你的月均30,000.00元低于47,103.25元: the case's figures compared, not the rule
        if i >= 0 and _SWAP_DENIED.search(_clause_at(claim, i)):
            continue  # 「审批完成前任何口头表述均不构成承诺」: the other word named to be ruled out
        if i >= 0 and wrong not in source_text and right in source_text:
            out.append(Violation(guard=NAME, category="paraphrase_mismatch", start=start + i,
                                 end=start + i + len(wrong), span=wrong,
                                 message=f"「{c.id}」原文是「{right}」，这里说成了「{wrong}」，曲解了法条。"))
    return out


_EMPLOYEE_ID = re.compile(r"(?<![A-Za-z0-9])E\d{4,}(?![0-9])")


def other_employee_records(text: str, facts: GuardFacts) -> list[Violation]:
    """员工档案#E0215 in E0001's case: another employee's record is neither retrieved nor theirs to see."""
    out = []
    for m in _EMPLOYEE_ID.finditer(text):
        if facts.employee_id and m.group() != facts.employee_id:
            out.append(Violation(guard=NAME, category="other_employee_record", start=m.start(), end=m.end(),
                                 span=m.group(), message=f"引用了其他员工（{m.group()}）的档案，本案不得引用或透露。"))
    return out


# 「我翻了手册，6.2条写的是…」: a clause number whose handbook was named earlier in the sentence
_BARE_CLAUSE = re.compile(r"(?<![\d.#])(\d{1,2}\.\d{1,2})\s?条")
_HANDBOOK = "员工手册"


def _handbook_clauses(text: str, cites: list[Citation], corpus: set[str]) -> list[Citation]:
    if "手册" not in text or "条" not in text:
        return cites
    sents = sentences(text)
    extra = []
    for m in _BARE_CLAUSE.finditer(text):
        if any(c.start <= m.start() < c.end for c in cites) or f"{_HANDBOOK}#{m.group(1)}" not in corpus:
            continue
        s_start, _ = sents.around(m.start())
        if "手册" not in text[s_start:m.start()]:
            continue
        extra.append(Citation(start=m.start(), end=m.end(), text=m.group(), law=_HANDBOOK, law_text="",
                              article=m.group(1)))
    return sorted([*cites, *extra], key=lambda c: c.start) if extra else cites


_RECORD_REF = re.compile(r"档案\s?#?\s?(E\d{4,})(?![0-9])(?:\s?/\s?([A-Za-z_]+))?")


def _own_record_unretrieved(text: str, facts: GuardFacts, cites: list[Citation]) -> list[Violation]:
    """见员工档案E0630/wages with no record of hers among this round's sources: the employee's own
    file, cited however it is spelt, is a source like any other and must have been retrieved."""
    out = []
    for m in _RECORD_REF.finditer(text):
        emp, kind = m.group(1), m.group(2)
        if emp != facts.employee_id or any(c.start <= m.start(1) < c.end for c in cites):
            continue
        prefix = f"员工档案#{emp}"
        held = [s.id for s in facts.sources if s.id.startswith(prefix)]
        if held and (kind is None or f"{prefix}/{kind}" in held):
            continue
        out.append(Violation(guard=NAME, category="article_not_retrieved", start=m.start(), end=m.end(),
                             span=m.group(), message=f"引用的「{m.group()}」不在本轮检索到的依据中，无法核对，不能作为依据引用。"))
    return out


_ITEM_LINE = re.compile(r"^\s*(?:（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))")


def _part(source_text: str, c: Citation) -> str:
    """The words of the paragraph (第二款) or item (第三项) a citation names; the whole article
    when it names neither or the article has no such part. An item comes with the paragraph
    that introduces it, since a quote may run from the stem into the item."""
    if c.paragraph is None and c.item is None:
        return source_text
    paragraphs: list[list[str]] = []
    for line in source_text.splitlines():
        if not line.strip():
            continue
        if _ITEM_LINE.match(line) and paragraphs:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    if not paragraphs:
        return source_text
    para = paragraphs[0]
    if c.paragraph is not None:
        if c.paragraph > len(paragraphs):
            return source_text
        para = paragraphs[c.paragraph - 1]
    if c.item is None:
        return "\n".join(para)
    items = [line for line in para[1:]] or [line for p in paragraphs for line in p if _ITEM_LINE.match(line)]
    if c.item > len(items):
        return source_text
    return para[0] + "\n" + items[c.item - 1]


def _parts(source_text: str) -> list[str]:
    """Every item of an article (with its stem), for 'which item does this text come from'."""
    lines = [line for line in source_text.splitlines() if line.strip()]
    stem = next((line for line in lines if not _ITEM_LINE.match(line)), "")
    items = [stem + line for line in lines if _ITEM_LINE.match(line)]
    return items or [source_text]


_MIN_RUN = 8  # a verbatim run this long (punctuation ignored) is the statute's words, not chance


def _longest_run(claim: str, source: str) -> int:
    best = 0
    for i in range(len(claim)):
        n = best + 1
        while i + n <= len(claim) and claim[i:i + n] in source:
            best = n
            n += 1
    return best


def _coverage(claim: str, source: str, min_len: int = 4) -> float:
    """Share of the claim's characters that lie in runs of ``min_len``+ characters found in the source."""
    covered = [False] * len(claim)
    i = 0
    while i < len(claim):
        n = 0
        while i + n < len(claim) and claim[i:i + n + 1] in source:
            n += 1
        if n >= min_len:
            for k in range(i, i + n):
                covered[k] = True
            i += n
        else:
            i += 1
    return sum(covered) / len(claim) if claim else 0.0


_CLAIM_LEAD = re.compile(
    r"(?:第[^，。：:]{0,6}?[款项])*\s?(?:中|里)?(?:的)?(?:规定|明确规定|明确|写明|写了|指出|载明|原文|表述|明文规定)?"
    r"(?:为|是|如下|了)?\s?[:：，,]?\s?"
)
_NEGATION = re.compile(r"(?:不再|不得|不予|不应|不必|无需|无须|不)$")
_NEGATION_NEAR = re.compile(r"(?:不再|不得|不予|不应|不必|无需|无须|没有|未|不)(?!足|满|超过|低于|少于|高于|同|论)")
_NOT_NEGATION_AFTER = re.compile(r"^(?:足|满|超过|低于|少于|高于|同|论|限于|仅)")
_PERMIT_AT_START = re.compile(r"^(?:可以|可|能够|允许|有权|应当|应该)")
# 原文「不足1整天的部分不支付」, 稿件「不足1整天的部分按1天计算」: a rule put where the article says no
_RULE_AT_START = re.compile(r"^(?:按|算作|视为|计为|折算为)[^不没未无]{0,3}(?:计算|计|算|支付|发放)")
_NEG_AT_START = re.compile(r"^(?:不再|不得|不予|不应|不必|无需|无须|不)(?!足|满|超过|低于|少于|高于|同|论)")


_COLON_AFTER = re.compile(r"\s?[:：]")
_INTERNAL = re.compile(r"(?:本法|该法|本条例)$")


def _claim_end(text: str, c: Citation, cites: list[Citation], part: str | None = None) -> int:
    """End of what a citation's words cover: its sentence, or with 「第X条：」 its whole line;
    never past the next citation (other than 本法第X条规定 inside the statute's own words, or, given
    the cited article's ``part``, an article that part itself refers to: 第八十七条「依照第四十七条
    规定的…二倍」)."""
    _, end = sentences(text).around(c.start)
    if _COLON_AFTER.match(text, c.end):
        nl = text.find("\n", c.end)
        end = len(text) if nl < 0 else nl
    later = [x.start for x in cites if x.start > c.end and not _internal(text, x)
             and not (part is not None and _referred_by(text, x, c, part))]
    return min([end, *later])


def _referred_by(text: str, x: Citation, c: Citation, part: str) -> bool:
    """``x`` (same law as ``c``, followed by 规定) is an article that ``c``'s own wording names."""
    if x.law != c.law or not text.startswith("规定", x.end):
        return False
    return re.search(rf"第{_cn(x.article)}条", part) is not None


def _internal(text: str, c: Citation) -> bool:
    """依照本法第三十六条规定: a cross-reference inside a statute's wording, not the draft's own citation."""
    return bool(_INTERNAL.search(text, max(0, c.start - 5), c.start)) and text.startswith("规定", c.end)


# 「依第四十条解除」, 「按40条辞退的」: the article names a kind of dismissal, not the basis the draft relies on
# 「只在第四十条那种情况」, 「第40条那几种情形」: the article pointed at as a kind of case, its words not
# stated (「属于第三十八条的情形」 classifies the case under it: that is relying on the article)
# 「+1只适用第40条的情形」, 「只在第四十条情形下适用」: the article marks the narrow case a rule is
# limited to (and which the draft sets apart from this one), nothing of its wording is relied on
_ONLY_BEFORE = re.compile(r"(?:只|仅)(?:适用(?:于)?|在|限于?|针对|用于)\s?$")
_CASE_AFTER = re.compile(r"\s?(?:的)?(?:情形|情况|场合)")
# 「第四十条那种公司单方解除、又没提前通知的情况」: the kind of case pointed at, described before its noun
_GROUND_AFTER = re.compile(r"\s?(?:的规定)?(?:解除|辞退|裁员|终止)|\s?(?:那|这)几?(?:种|类|些)[^。；！？!?\n]{0,24}?(?:情况|情形)")


# 「不是第40条，所以没有+1」, 「并非第四十条的情形」: the article denied as this case's ground
_DENIED_BEFORE = re.compile(r"(?:不是|不属于|并非|而非|并不是|并不属于)\s?$")
_CLAUSE_END_AFTER = re.compile(r"\s?(?:[，。；,;！!]|$|(?:的)?(?:情形|情况|场合))")
# 「第三十八条是公司有过错时员工解除的情形，…你的情况不属于」: the article described as a kind of
# case, and the case then set apart from it
# 「不要搬出第四十条，那是公司单方解除的情形，和本案无关」, 「附件说按第八十七条双倍，那是违法解除的规定，
# 本案不适用」: the article, then 那/这/它 pointing back at it as a kind of case or rule, then set apart
_KIND_AFTER = re.compile(r"\s?(?:[^。；！？!?\n，,]{0,12}[，,]\s?(?:那|这|它|该条)(?:条)?)?(?:说的|讲的|针对的|适用的)?(?:是|属于)"
                         r"[^。；！？]{0,24}?的(?:情形|情况|规定)")
_SET_APART = re.compile(r"(?:不属于|不适用|不是这种|不是这类|并不属于|对不上|不符合|无关|不相关|不沾边|用不上)")


def _names_a_ground(text: str, c: Citation) -> bool:
    """An article of the corpus (not retrieved this turn) naming the ground of a dismissal; what
    the article says is not stated, so there is nothing to verify."""
    if c.quote is not None or c.paragraph is not None or c.item is not None:
        return False
    if _DENIED_BEFORE.search(text, max(0, c.start - 4), c.start) and _CLAUSE_END_AFTER.match(text, c.end):
        return True
    kind = _KIND_AFTER.match(text, c.end)
    if kind:
        _, s_end = sentences(text).around(c.start)
        if _SET_APART.search(text, kind.end(), s_end):
            return True
    return bool(_GROUND_AFTER.match(text, c.end)) or bool(
        _ONLY_BEFORE.search(text, max(0, c.start - 6), c.start) and _CASE_AFTER.match(text, c.end))


_SET_OUT = re.compile(r"\s?(?:规定|说的是|写的是|讲的是|的内容是|原文是|的意思是|是这样规定的)?\s?[:：]")


def _cross_reference(text: str, c: Citation, cites: list[Citation], sources: dict) -> bool:
    """「第四十六条列明的情形，包括用人单位依照第三十六条提出…」: an article the cited one itself
    refers to, named inside the paraphrase of the cited one, is the statute's wording."""
    for x in cites:
        if x.start >= c.start or x.law != c.law or x.id not in sources or not sources[x.id].text:
            continue
        end = _claim_end(text, x, [y for y in cites if y is not c])
        if _SET_OUT.match(text, x.end):
            # 「第四十八条说的是：A；B」: the article's words set out after a colon run on past a semicolon
            while end < len(text) and text[end - 1] in "；;" and not any(end <= y.start < c.start for y in cites if y is not c):
                end = sentences(text).around(end)[1]
        if not x.end <= c.start < end:
            continue
        ref = re.compile(rf"第{re.escape(c.text.lstrip('第').split('条')[0])}条|第{_cn(c.article)}条")
        if ref.search(_part(sources[x.id].text, x)):
            return True
    return False


def _cn(article: str) -> str:
    """47 -> 四十七 (the statute's own numerals)."""
    if not article.isdigit():
        return article
    n = int(article)
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    tail = "" if rest == 0 else ("零" + digits[rest] if rest < 10 else ("一" if rest < 20 else "") + _cn(str(rest)))
    return digits[hundreds] + "百" + tail


def _nominal(text: str, c: Citation) -> bool:
    """第四十七条规定的经济补偿标准: the article names a thing the sentence goes on to use; what
    follows is not a statement of what the article says."""
    return text.startswith(("规定的", "所规定的", "所称的", "中的"), c.end) or bool(_NOMINAL_NOUN.match(text, c.end))


# 「第四十七条经济补偿的二倍」: the article's sum named as a noun and then used (doubled, compared)
# (「第四十七条经济补偿85,200.00元的二倍」: the sum's figure between the noun and 的)
_NOMINAL_NOUN = re.compile(r"(?:的)?(?:经济补偿|赔偿金|代通知金|补偿金|月工资|工资标准|计算标准|补偿标准|计算年限|计算基数|标准|规定标准)"
                           r"(?:金|标准|数额|金额)?(?:\s?[（(]?\s?[\d,.]+\s?(?:万|千)?元[）)]?)?的")


def _claim(text: str, c: Citation, cites: list[Citation]) -> tuple[int, int]:
    """The span that states what the cited article says: after the citation up to the end of the
    sentence or the next citation; for a citation closing its sentence (「…计算（第八十七条）」),
    the clause before it."""
    s_start, _ = sentences(text).around(c.start)
    end = _claim_end(text, c, cites)
    lead = _CLAIM_LEAD.match(text, c.end, end)
    start = lead.end() if lead else c.end
    if len(_squash(text[start:end])) >= 6:
        return start, end
    earlier = [x.end for x in cites if x.end <= c.start and x.start >= s_start]
    return max([s_start, *earlier]), c.start


def _content(text: str, c: Citation, cites: list[Citation], source_text: str, sources: dict,
             loose_quotes: list[Quote]) -> list[Violation]:
    """What the draft says the article says must be the article's, not another's: a statutory
    quote elsewhere in the sentence, a verbatim run from another retrieved article or another
    item of this one, a near-verbatim copy with words dropped or changed, or a negation flipped."""
    if c.quote is not None or _internal(text, c) or _nominal(text, c):
        return []
    if _cross_reference(text, c, cites, sources):
        return []  # 「第四十八条说的是：…应当依照第八十七条支付赔偿金」: the cited article's own reference, inside its paraphrase
    cites = [x for x in cites if not _internal(text, x)]
    own = _squash(_part(source_text, c))
    whole = _squash(source_text)
    sents = sentences(text)
    s_start, s_end = sents.around(c.start)
    same_sentence = [x for x in cites if s_start <= x.start < s_end and x.id in sources]
    cited_texts = [_squash(sources[x.id].text) for x in same_sentence if sources[x.id].text]
    others = [_squash(p) for sid, s in sources.items() if s.text and all(sid != x.id for x in same_sentence)
              for p in [s.text]]
    # statutes and handbook clauses, not a record whose figures the draft applies (员工档案#E0001/wages)
    articles = {_squash(s.text) for sid, s in sources.items() if s.text and "/" not in sid}
    records = {_squash(s.text) for sid, s in sources.items() if s.text and "/" in sid} - articles
    if c.item is not None or c.paragraph is not None:
        others += [_squash(p) for p in _parts(source_text)]
    for q in loose_quotes:
        if not s_start <= q.start < s_end:
            continue
        frag = _squash(q.text)
        if len(frag) < 6 or any(frag in t for t in cited_texts):
            continue
        # 「第40条……的“额外支付一个月工资”」: the cited article's words with one that changes nothing
        # left out (劳动者), found verbatim in a handbook clause restating the article: still this article's
        if any(_elided(frag, t, 0) for t in cited_texts):
            continue
        if any(frag in t for t in others):
            return [_wrong(c, q.start, q.end, text, "引号内的法条原文出自其他条文，不是「{}」的内容。")]
    start, end = _claim(text, c, cites)
    claim = _squash(text[start:end])
    if len(claim) < 6:
        return []
    run_own = _longest_run(claim, own)
    if not any(_longest_run(claim, t) >= _MIN_RUN for t in cited_texts if t != whole):
        for t in others:
            if t == own or t in cited_texts and t != whole or t in records:
                continue  # a record's figures applied in the sentence are the case's facts, not another article
            run = _longest_run(claim, t)
            # one long run, or the article's words making up most of the claim in several runs
            # (「经分管领导书面审批，可以在法定经济补偿之外…」 with 可以 for 可)
            if run >= _MIN_RUN + 4 and run >= run_own + 6 and (
                    run >= 0.5 * len(claim) or t in articles and _coverage(claim, t, _SWAP_RUN) >= 0.6):
                return [_wrong(c, start, end, text, "这里所述内容出自其他条文（或本条的其他款项），与「{}」不符。")]
    return (_other_item(text, c, start, end, claim, source_text) or _other_paragraph(text, c, start, end, claim, source_text)
            or _flipped(text, c, start, end, claim, own) or _excluded(text, c, start, end, source_text)
            or _substituted(text, c, start, end, claim, own)
            or _omitted(text, c, start, end, source_text) or _widened(text, c, start, end, source_text)
            or _reclassified(text, c, start, end, source_text))


# conduct a work rule classes (迟到属一般违纪, 旷工属严重违纪) and the classes themselves
_CONDUCT = ("迟到", "早退", "旷工", "请假", "打卡", "考勤", "代打卡", "伪造", "泄露", "泄密", "打架", "斗殴", "酒后",
            "饮酒", "兼职", "赌博", "盗窃", "报销", "骚扰", "辱骂", "脱岗", "睡岗", "违章")
_CLASSED = re.compile(r"(?<![不非])(?:属于?|列为|列入|算作?|构成|定为|认定为|视为)\s?(?:是)?(严重违纪|一般违纪|严重违反[^，。；]{0,8}?(?:制度|纪律))")


def _reclassified(text: str, c: Citation, start: int, end: int, source_text: str) -> list[Violation]:
    """A work rule that classes conduct (「迟到、早退属一般违纪」, 「下列情形属严重违纪：…旷工…」) cited
    for a class it does not give that conduct (「迟到三次属严重违纪」): the article's class is read
    from the clause that names both the conduct and the class."""
    clauses = [cl for cl in re.split(r"[。；\n]", normalize(source_text)) if cl]
    for m in _CLASSED.finditer(text, start, end):
        kind = m.group(1)
        if kind not in source_text:
            continue
        s_start = max([start, *(i + 1 for i in range(start, m.start()) if text[i] in "，。；,;")])
        subject = text[s_start:m.start()]
        if re.search(r"[不非没未]$", subject):
            continue
        for b in (x for x in _CONDUCT if x in subject):
            if not any(b in cl and kind in cl for cl in clauses):
                return [_wrong(c, start, end, text, "「{}」并没有把「" + b + "」列为" + kind + "，这里曲解了制度条文。")]
    return []


# 原文「仅在…所必需时使用，并限于最小范围」, 稿件「可在部门内部沟通中使用」: a use the article
# restricts (仅/只/限于) stated as a permission, with none of the restriction kept
_RESTRICTS = re.compile(r"(?:仅|只)(?:在|限|能|可|用于|于|供)|限于")
_PERMITS_USE = re.compile(r"(?:可|可以|能够|允许|有权)[^，。；]{0,16}?(?:使用|通报|告知|公开|披露|共享|提供|查阅|传阅|同步|透露|转告)")
_KEPT = re.compile(r"仅|只|限于|必需|必要|最小|不得|不能|不可")


def _widened(text: str, c: Citation, start: int, end: int, source_text: str) -> list[Violation]:
    if not _RESTRICTS.search(_part(source_text, c)):
        return []
    for clause in _CLAUSE.split(text[start:end]):
        if _PERMITS_USE.search(clause) and not _KEPT.search(clause):
            return [_wrong(c, start, end, text, "「{}」原文把用途限定在必需的范围内，这里说成了可以使用或告知，把法条说宽了。")]
    return []


def _other_paragraph(text: str, c: Citation, start: int, end: int, claim: str, source_text: str) -> list[Violation]:
    """第四十七条第三款 cited for the words of its 第二款: the claim shares a long verbatim run with
    another paragraph of the article and next to nothing with the one it names."""
    if c.paragraph is None or c.item is not None:
        return []
    paragraphs = [_squash(line) for line in source_text.splitlines() if line.strip() and not _ITEM_LINE.match(line)]
    if c.paragraph > len(paragraphs) or len(paragraphs) < 2:
        return []
    own = _longest_run(claim, paragraphs[c.paragraph - 1])
    best = max((_longest_run(claim, p) for k, p in enumerate(paragraphs) if k != c.paragraph - 1), default=0)
    if best >= _MIN_RUN and best >= own + 6:
        return [_wrong(c, start, end, text, "这里所述内容出自该条的其他款，与「{}」不符。")]
    return []


# Gaps that say the same thing in other words: the parties named as the case names them, a modal
# shortened (可以/可, 应当/应/须). Anything else between two verbatim runs of the article is a word swapped.
_SAME_GAP = (
    frozenset({"劳动者", "职工", "员工", "你", "您", "乙方", "其", "他", "她", "该劳动者", "本人", "女职工"}),
    frozenset({"用人单位", "公司", "单位", "甲方", "企业", "我们", "我司", "本单位", "本公司"}),
    frozenset({"可以", "可", "能", "能够", "有权"}),
    frozenset({"应当", "应", "须", "必须", "应该", "需", "需要", "要"}),
    frozenset({"为", "是", "即"}),
)
_NUMERAL_GAP = re.compile(r"[\d零〇一二两三四五六七八九十百千万.%个]+")
_FUNCTION_CHARS = re.compile(r"[的了地之就也都]")
_PREPOSITION_GAP = re.compile(r"[按以向给依照]{1,2}")
_DIGIT = re.compile(r"\d")
_CASE_NOUN_GAP = re.compile(r"情形|情况|场合|时候|时")
_OPEN_LIST = re.compile(r"等|之类|其他|其它|…|\.\.\.")


def _same_gap(g: str, s: str) -> bool:
    g, s = _FUNCTION_CHARS.sub("", g), _FUNCTION_CHARS.sub("", s)
    if g == s or not g or _DIGIT.search(g) or _NUMERAL_GAP.fullmatch(g) or _NUMERAL_GAP.fullmatch(s):
        return True  # numbers are the paraphrase check's business
    if _CASE_NOUN_GAP.fullmatch(g):
        return True  # 「员工本人提出的情形」 for 「员工本人提出协商解除的」: the article's case named in general words
    if _PREPOSITION_GAP.fullmatch(g):
        return True  # 「不满六个月的按半个月工资计」: the article's words dropped, a preposition joining them
    if g in s or _OPEN_LIST.match(g):
        return True  # words moved or dropped (an open list: 「怀孕、生育等」 for 「怀孕、生育、哺乳」) (「本人提出的协商解除」 for 「本人提出协商解除的，公司」), none swapped
    return any(g in group and s in group for group in _SAME_GAP)


_SWAP_RUN = 5  # each side of a swapped word must be this long a verbatim run of the article
_SWAP_GAP = 8
_SWAP_COVER = 0.65  # share of the claim that is the article's words, in runs of four or more


def _substituted(text: str, c: Citation, start: int, end: int, claim: str, own: str) -> list[Violation]:
    """The article restated word for word with one word swapped (原文「协商一致，可以解除」, 稿件
    「协商一致，应当解除」; 「自用工之日起」 → 「自劳动合同订立之日起」): two verbatim runs that sit
    a few characters apart in the article, with other words between them in the draft."""
    if _coverage(claim, own) < _SWAP_COVER:
        return []  # the case told in its own words, not the article restated
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(claim):
        n = 0
        while i + n < len(claim) and claim[i:i + n + 1] in own:
            n += 1
        if n >= _SWAP_RUN:
            runs.append((i, n))
            i += n
        else:
            i += 1
    for (i1, n1), (i2, n2) in zip(runs, runs[1:]):
        gap = claim[i1 + n1:i2]
        if not 1 <= len(gap) <= _SWAP_GAP:
            continue
        a, b = claim[i1:i1 + n1], claim[i2:i2 + n2]
        p = own.find(a)
        while p >= 0:
            q = own.find(b, p + n1)
            if (q >= 0 and 1 <= q - p - n1 <= _SWAP_GAP and max(len(gap), q - p - n1) >= 2
                    and not _same_gap(gap, own[p + n1:q])):
                word = own[p + n1:q]
                return [_wrong(c, start, end, text, "「{}」原文是「" + word + "」，这里说成了「" + gap + "」，改变了法条的意思。")]
            p = own.find(a, p + 1)
    return []


_INCLUDES = re.compile(r"(?<!不)包括([^。；]*?)(?:等|。|；|$)")
_INCLUDE_SPLIT = re.compile(r"[、，,]|或者|以及|和|及|或")
_EXCLUDES = re.compile(r"不包括|不包含|不含|不算|不计入|不计算在内|不计在内|除外|不在内|排除|剔除")
_CLAUSE = re.compile(r"[，,；;]")


def _excluded(text: str, c: Citation, start: int, end: int, source_text: str) -> list[Violation]:
    """The article counts something in (「包括…奖金、津贴和补贴等」) and the draft, citing it, leaves
    it out (「不包括奖金、津贴」, 「奖金都不算在内」)."""
    elems = {e for m in _INCLUDES.finditer(normalize(_part(source_text, c)))
             for e in _INCLUDE_SPLIT.split(m.group(1)) if len(e) >= 2}
    if not elems:
        return []
    for clause in _CLAUSE.split(text[start:end]):
        if _EXCLUDES.search(clause) and not _INCLUDES.search(clause) and any(e in clause for e in elems):
            return [_wrong(c, start, end, text, "「{}」原文把这些项目计算在内，这里说成了不包括，与法条相反。")]
    return []


def _other_item(text: str, c: Citation, start: int, end: int, claim: str, source_text: str) -> list[Violation]:
    """第四十二条第三项 cited for the words of its 第四项: the item's own words are absent and
    another item's are there (the stem, shared by all items, does not count)."""
    if c.item is None:
        return []
    items = [_squash(_ITEM_LINE.sub("", line)) for line in source_text.splitlines() if _ITEM_LINE.match(line)]
    if c.item > len(items):
        return []
    own = _longest_run(claim, items[c.item - 1])
    best = max((_longest_run(claim, it) for k, it in enumerate(items) if k != c.item - 1), default=0)
    if best >= 6 and own < 4 and best >= own + 4:
        return [_wrong(c, start, end, text, "这里所述内容出自该条的其他项，与「{}」不符。")]
    return []


_LIST_JOIN = re.compile(r"和|以及|及|或者")
_STEM_TAIL = re.compile(r"[在的于是为对]")


def _enumerations(source_text: str) -> list[list[str]]:
    """Lists the article spells out with 、 (高级管理人员、高级技术人员和其他负有保密义务的人员),
    each element cut to the words next to the separators."""
    out = []
    for clause in re.split(r"[，。；：\n]", source_text):
        parts = clause.split("、")
        if len(parts) < 2:
            continue
        if "等" in parts[-1][:10]:
            continue  # 「健康、生育、宗教信仰等」: the article's own list is open, naming some of it narrows nothing
        last = _LIST_JOIN.split(parts[-1], maxsplit=1)
        parts = parts[:-1] + [p for p in last if p]
        # the elements without the stem words around them (女职工在「孕期」、产期、「哺乳期」的): the
        # draft names the holder in its own words (你在孕期、产期、哺乳期)
        first = _STEM_TAIL.split(parts[0][-6:])[-1]
        rest = [p[:6].split("的", 1)[0] if len(p[:6].split("的", 1)[0]) >= 2 else p[:6] for p in parts[1:]]
        elems = [first if len(first) >= 2 else parts[0][-6:], *rest]
        if len(elems) >= 3 and all(len(e) >= 2 for e in elems):
            out.append(elems)
    return out


def _omitted(text: str, c: Citation, start: int, end: int, source_text: str) -> list[Violation]:
    """The article's list cut short (孕期、产期 for 孕期、产期、哺乳期) and stated as the rule;
    「等」 or an ellipsis marks the list as open and passes."""
    claim = text[start:end]
    if re.search(r"等|之类|……|…", claim):
        return []
    claim = _squash(claim)  # 女职工“在孕期、产期、哺乳期的”: the quotation marks split no element
    for elems in _enumerations(_part(source_text, c)):
        present = [k for k, e in enumerate(elems) if e in claim]
        # elements picked here and there (怀孕 … 予以辞退) apply the list; a run cut short restates it
        if len(present) >= 2 and len(present) < len(elems) and present == list(range(present[0], present[-1] + 1)):
            missing = next(e for e in elems if e not in claim)
            return [_wrong(c, start, end, text, "引用「{}」时漏掉了原文列举的「" + missing + "」，把法条说窄了。")]
    return []


def _flipped(text: str, c: Citation, start: int, end: int, claim: str, own: str) -> list[Violation]:
    """A run shared with the article where one side is negated right before or right after it
    (原文「不再支付经济补偿」, 稿件「仍需另行支付经济补偿」)."""
    i = 0
    while i < len(claim):
        n = 0
        while i + n < len(claim) and claim[i:i + n + 1] in own:
            n += 1
        if n >= 4:
            anchor = claim[i:i + n]
            occurrences = [j for j in range(len(own)) if own.startswith(anchor, j)]
            negated = not _NOT_NEGATION_AFTER.match(anchor)
            cl_before, cl_after = claim[max(0, i - 4):i], claim[i + n:i + n + 6]
            neg_cl_before = bool(_NEGATION_NEAR.search(cl_before))
            if len(anchor) >= 5 and not neg_cl_before and all(
                negated and bool(_NEGATION.search(own[max(0, j - 2):j])) for j in occurrences
            ):
                return [_wrong(c, start, end, text, "这里把「{}」原文的否定说成了肯定，意思与法条相反。")]
            for j in occurrences:
                ms, mc = _NEG_AT_START.match(own[j + n:j + n + 6]), _NEG_AT_START.match(cl_after)
                verb = own[j + n:j + n + 6][ms.end():ms.end() + 2] if ms else ""
                if ms and not mc and (verb and verb in cl_after or _PERMIT_AT_START.match(cl_after)
                                      or _RULE_AT_START.match(cl_after)):
                    return [_wrong(c, start, end, text, "这里把「{}」原文的否定说成了肯定，意思与法条相反。")]
            i += n
        else:
            i += 1
    return []


def _wrong(c: Citation, start: int, end: int, text: str, message: str) -> Violation:
    return Violation(guard=NAME, category="content_mismatch", start=start, end=end, span=text[start:end],
                     message=message.format(c.id))
