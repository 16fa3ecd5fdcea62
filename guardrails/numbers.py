"""Find the numbers a Chinese HR text states and what they measure.

``find_numbers(text)`` returns every figure with its kind (amount of money, months, years,
days, percent, times, multiplier formula …), its exact ``Decimal`` value and its span. It reads

- Arabic numbers with thousands separators and decimals: ``77,000.00元``, ``7.5个月``;
- 万/亿 scaling, Arabic or Chinese: ``7.7万``, ``1万1千``, ``七万七``, ``七点七万元``;
- Chinese numerals and financial capitals with 元/角/分/整: ``七万七千元``, ``捌万捌仟元整``,
  ``壹拾万元零柒分``;
- months: ``8个月``, ``八个月``, ``半个月``, ``一个半月``, ``7.5个月``;
- multiplier formulas: ``N``, ``N+1``, ``2N``, ``N加1``, ``双倍赔偿`` / ``经济补偿的二倍`` (= 2N).

Ordinals (``第四十七条``, ``第2项``), document numbers (``〔2018〕164号``), dates and times are
recognised so that they are never mistaken for amounts. Nothing here knows the facts: deciding
whether a figure is allowed is the numbers guard's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from guardrails.fastre import compile_fast
from guardrails.text import normalize

_CN_DIGIT = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6,
    "陸": 6, "柒": 7, "捌": 8, "玖": 9,
}
_CN_UNIT = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNIT = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_CAPITALS = set("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")

_D = "零〇一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖"
_U = "十拾百佰千仟万萬亿億"
_RUN = re.compile(
    rf"(?:\d|[{_D}十拾])(?:[\d.,]|[{_D}{_U}]|点(?=[{_D}\d]))*"
)
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:[万萬亿億])?")

# A leading look-ahead on the characters a match can start with lets the engine reject most
# positions of a Chinese text at once (the patterns below would otherwise try every alternative,
# or a look-behind, at every character). Same matches.
_MULTIPLIER = re.compile(
    r"(?=[\d一二两三四五六\sNn])(?<![A-Za-z0-9.])(\d+(?:\.\d+)?|[一二两三四五六])?\s?[Nn]"
    r"(?:\s?([+加])\s?(\d+(?:\.\d+)?|[一二两三四五六])(?!\s?个))?(?![A-Za-z])"
)
_DOUBLE_WORDS = re.compile(
    r"(?:双倍|两倍|二倍|2倍)(?:的)?(?:经济)?(?:补偿|赔偿)|"
    r"(?:经济补偿|补偿)(?:标准|金额)?的(?:二|两|2)倍"
)
# 半 first (a literal the engine searches for), then the same look-behind on what precedes it.
_HALF_MONTH = re.compile(rf"半(?<![{_D}\d十拾个]半)个?月")
_HALF_YEAR = re.compile(rf"半(?<![{_D}\d十拾个]半)年")
_PERCENT_WORDS = re.compile(r"百分之")
# compile_fast: ``re`` skips, in C, the positions that cannot start a date (same matches).
_DATE = compile_fast(
    r"(?:(?:19|20)\d{2}\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号])?|"
    r"(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?![\d.])|"
    r"(?:19|20)\d{2}[-/](?:0?[1-9]|1[0-2])(?![\d./])|"
    r"\d{1,2}月\d{1,2}[日号]|\d{1,2}:\d{2}|[零〇一二三四五六七八九]{4}年)"
)
_DOC_NO = re.compile(r"〔\d{4}〕\s?\d+\s?号|\[\d{4}\]\s?\d+\s?号")
_ORDINAL = re.compile(rf"第\s?[\d{_D}{_U}.]+")

# 一分不少 / 一分钱不差 after an amount is the idiom "not a cent less", not one more 分.
_RMB_TAIL = re.compile(
    rf"(?:零?([{_D}\d])角)?(?:零?([{_D}\d])分(?![不钱也都没]))?(?:整|正)?"
)
# Spoken money after 块 (or the Cantonese 蚊, 毫 = 毛): 「四万七千一百零三块二毛五」 (毛 = 角, a bare digit after 毛 = 分),
# 「三块五」 (a bare digit after 块 = 角). Not 「三块五个」「两块三十」: a digit followed by a unit is its own number.
_KUAI_TAIL = re.compile(
    rf"零?([{_D}\d])[毛毫](?:([{_D}\d])分?(?![{_D}{_U}\d.]))?|([一二两三四五六七八九])(?![{_D}{_U}\d.个年月天日人岁倍毛毫角分%])"
)
_APPROX_BEFORE = (
    ("差不多", "about"), ("大约", "about"), ("大概", "about"), ("约", "about"), ("将近", "under"),
    ("接近", "under"), ("不到", "under"), ("不足", "under"), ("近", "under"), ("超过", "over"),
    ("逾", "over"),
)
_APPROX_KIND = dict(_APPROX_BEFORE)
_APPROX_BEFORE_RX = re.compile("(?:" + "|".join(w for w, _ in _APPROX_BEFORE) + ")$")
# 蚊: the Cantonese 元 (「三千蚊」)
_YUAN = re.compile(r"\s?(?:元|圆|块钱|块|蚊|rmb|RMB)")
# 「6个多万」「十多万」: the 万 after a hedge, spoken style
_HEDGED_WAN = re.compile(r"个?多万")
# 33,520.00 with no unit (a table cell under 金额): thousands and cents are money's own notation
_MONEY_NOTATION = re.compile(r"\d{1,3}(?:,\d{3})+\.\d{2}")
# what follows 两块 when it counts parts of a sum: a total of them, or the end of a clause
_PARTS_AFTER = re.compile(r"合计|加起来|相加|一共|总共|共计|都|是|[。，；、：:,;！!]|$")
_MONTH_UNIT = re.compile(r"个多?月")
_NOT_MONEY = re.compile(r"\s?(?:人|名|字|次|家|个|份|条|多人|余人|平|公里|册|件|台|辆)")
_APPROX_AFTER = re.compile(r"\s?(多|余|出头|左右|上下)")
# What an approximation word before a number can end with; "\n" because ``$`` in
# _APPROX_BEFORE_RX also matches before a final newline.
_APPROX_LAST = frozenset(w[-1] for w, _ in _APPROX_BEFORE) | {"\n"}
_ARABIC = re.compile(r"\d+(?:\.\d+)?")
_TOKEN = re.compile(r"\d+(?:\.\d+)?|.")
_BIG = re.compile("[万萬亿億]")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_ZERO, _ONE, _HALF = Decimal(0), Decimal(1), Decimal("0.5")
# Decimal(1).scaleb(e) for the exponents figures have, computed once.
_SCALE = {e: Decimal(1).scaleb(e) for e in range(-12, 13)}


@dataclass(frozen=True, slots=True)
class Mention:
    """One number in a text. ``value`` is exact; ``unit`` is the precision it was stated with
    (7.7万 → 1000), used only to accept a hedged or rounded figure."""

    kind: str  # amount | months | years | days | percent | times | multiplier | article | age | date | number
    start: int
    end: int
    text: str
    value: Decimal | None = None
    formula: str | None = None  # multipliers: 'N', 'N+1', '2N'
    approx: str | None = None  # about | over | under
    unit: Decimal = Decimal(1)
    scaled: bool = False  # 万/亿 in the figure

    @property
    def rounded(self) -> bool:
        """Stated with 万 and a decimal part (7.7万): a rounding of the exact figure."""
        return self.scaled and ("." in self.text or "点" in self.text)


_MENTION_FIELDS = ("kind", "start", "end", "text", "value", "formula", "approx", "unit", "scaled")
if _MENTION_FIELDS != Mention.__slots__:  # pragma: no cover - a field added to Mention but not here
    raise RuntimeError("guardrails.numbers: keep _mention in step with Mention's fields")
_new_object = object.__new__
_SET_FIELDS = tuple(getattr(Mention, f).__set__ for f in _MENTION_FIELDS)


def _mention(kind: str, start: int, end: int, text: str, value: Decimal | None = None,
             formula: str | None = None, approx: str | None = None, unit: Decimal = _ONE,
             scaled: bool = False) -> Mention:
    """``Mention(...)`` at a third of the cost: the frozen dataclass's ``__init__`` goes through
    ``object.__setattr__`` once per field; this writes the slots directly. Same class, same fields."""
    m = _new_object(Mention)
    sk, ss, se, st, sv, sf, sa, su, sc = _SET_FIELDS
    sk(m, kind); ss(m, start); se(m, end); st(m, text); sv(m, value)  # noqa: E702
    sf(m, formula); sa(m, approx); su(m, unit); sc(m, scaled)  # noqa: E702
    return m


def parse_number(s: str) -> Decimal:
    """The value of one number run: ``77,000.00``, ``7.7万``, ``七万七``, ``壹拾贰万叁仟``."""
    s = s.replace(",", "").strip()
    if not s:
        raise ValueError("empty number")
    if _is_arabic(s):
        return Decimal(s)
    for big in ("亿", "億", "万", "萬"):
        if big in s:
            head, tail = s.split(big, 1)
            scale = _BIG_UNIT[big]
            return _small(head) * scale + _after_big(tail, scale // 10)
    return _small(s)


def _is_arabic(s: str) -> bool:
    return _ARABIC.fullmatch(s) is not None


def _after_big(s: str, implied: int) -> Decimal:
    if not s:
        return Decimal(0)
    # 七万七 = 77,000: a lone digit after 万 counts in the next lower unit (spoken style).
    if len(s) == 1 and s in _CN_DIGIT and _CN_DIGIT[s] != 0:
        return Decimal(_CN_DIGIT[s] * implied)
    if len(s) == 1 and s.isdigit() and s != "0":
        return Decimal(int(s) * implied)
    return parse_number(s)


def _small(s: str) -> Decimal:
    if not s:
        raise ValueError("a unit without a digit")
    if _is_arabic(s):
        return Decimal(s)
    if "点" in s:
        whole, frac = s.split("点", 1)
        digits = "".join(str(_CN_DIGIT[c]) if c in _CN_DIGIT else c for c in frac)
        if not digits.isdigit():
            raise ValueError(f"bad decimal part: {s!r}")
        return (_small(whole) if whole else Decimal(0)) + Decimal("0." + digits)
    total = Decimal(0)
    cur: Decimal | None = None
    last_unit: int | None = None
    zero = False
    prev_digit = False
    for tok in _TOKEN.findall(s):
        if tok[0].isdigit():
            cur, prev_digit = Decimal(tok), True
        elif tok in _CN_DIGIT:
            d = _CN_DIGIT[tok]
            if prev_digit and last_unit is None and cur is not None:
                cur = cur * 10 + d  # 二〇二四: a digit string
            elif d == 0:
                zero, cur = True, None
            else:
                cur = Decimal(d)
            prev_digit = True
        elif tok in _CN_UNIT:
            u = _CN_UNIT[tok]
            total += (cur if cur is not None else Decimal(1)) * u
            cur, last_unit, zero, prev_digit = None, u, False, False
        else:
            raise ValueError(f"not a numeral: {tok!r} in {s!r}")
    if cur is not None:
        if last_unit is not None and last_unit >= 100 and not zero:
            total += cur * last_unit // 10  # 三千五 = 3,500; 一百五 = 150
        else:
            total += cur
    return total


@lru_cache(maxsize=1024)
def _precision(value: Decimal) -> Decimal:
    # equal values normalise alike (7 and 7.00), so the cache may be keyed by the value
    v = value.normalize()
    exp = v.as_tuple().exponent
    if not isinstance(exp, int):
        return _ONE
    unit = _SCALE.get(exp)
    return unit if unit is not None else _ONE.scaleb(exp)


def _approx_before(t: str, start: int) -> str | None:
    if not start or t[start - 1] not in _APPROX_LAST:
        return None
    m = _APPROX_BEFORE_RX.search(t, max(0, start - 3), start)
    return _APPROX_KIND[m.group()] if m else None


def _formula(k: str | None, op: str | None, m: str | None) -> str:
    def num(x: str) -> str:
        return str(_CN_DIGIT[x]) if x in _CN_DIGIT else str(Decimal(x).normalize())

    f = "N" if not k or num(k) == "1" else f"{num(k)}N"
    if op and m is not None:
        f += f"+{num(m)}"
    return f


def normalize_formula(formula: str) -> str:
    """'n + 1' → 'N+1', '2 N' → '2N'; what facts.multipliers are compared in."""
    f = normalize(formula).replace(" ", "").replace("加", "+").upper()
    m = _MULTIPLIER.fullmatch(f)
    return _formula(m.group(1), m.group(2), m.group(3)) if m else f


def find_numbers(text: str) -> list[Mention]:
    """Every number in ``text``, in order. Cached: the guards of one check share one parse."""
    return list(_find_numbers(text))


@lru_cache(maxsize=2048)
def find_fixed_numbers(text: str) -> tuple[Mention, ...]:
    """The numbers of a text that recurs across drafts (a fact label, a statute text), in a cache of
    their own so they never push a draft's parse out of the shared one."""
    return _find_numbers.__wrapped__(text)


@lru_cache(maxsize=32)
def _find_numbers(text: str) -> tuple[Mention, ...]:
    t = normalize(text)
    out: list[Mention] = []
    taken = bytearray(len(t) + 1)

    def free(s: int, e: int) -> bool:
        return 1 not in taken[s:e]

    def add(m: Mention) -> None:
        out.append(m)
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)

    for rx, kind in ((_DOC_NO, "article"), (_ORDINAL, "article"), (_DATE, "date")):
        if rx is _DOC_NO and "号" not in t:
            continue
        for m in rx.finditer(t):
            if free(m.start(), m.end()):
                add(_mention(kind, m.start(), m.end(), text[m.start():m.end()]))
    # Cheap exact pre-checks: every _DOUBLE_WORDS match holds 倍, every _DOC_NO match 号.
    for m in _DOUBLE_WORDS.finditer(t) if "倍" in t else ():
        if free(m.start(), m.end()):
            add(_mention("multiplier", m.start(), m.end(), text[m.start():m.end()], formula="2N"))
    for m in _multipliers(t):
        if free(m.start(), m.end()):
            add(_mention("multiplier", m.start(), m.end(), text[m.start():m.end()],
                        formula=_formula(m.group(1), m.group(2), m.group(3))))
    for rx, kind in ((_HALF_MONTH, "months"), (_HALF_YEAR, "years")):
        for m in rx.finditer(t):
            if free(m.start(), m.end()):
                add(_mention(kind, m.start(), m.end(), text[m.start():m.end()], value=_HALF, unit=_HALF))

    # Runs that repeat with the same surroundings (a figure restated, a paragraph quoted twice) are
    # classified once per text: the classification reads only ``_CONTEXT_BEFORE`` characters before
    # the run and at most ``_CONTEXT_AFTER`` after it.
    seen: dict[tuple[str, str, str], tuple[int, Mention | None]] = {}
    for m in _RUN.finditer(t):
        start, run = m.start(), m.group()
        if "," in run:
            tm = _THOUSANDS.match(run)
            run = tm.group() if tm else run.split(",", 1)[0]
        run = run.rstrip(".,")
        if not run or run in ("零", "〇") and not t.startswith("元", start + 1):
            continue
        end = start + len(run)
        if 1 in taken[start:end]:
            continue
        key = (t[start - _CONTEXT_BEFORE if start > _CONTEXT_BEFORE else 0:start], run, t[end:end + _CONTEXT_AFTER])
        hit = seen.get(key)
        if hit is None:
            mention = _classify(t, text, start, end, run)
            seen[key] = (start, mention)
            if mention is None:
                continue
            e = mention.end
        else:
            first, like = hit
            if like is None:
                continue
            e = like.end - first + start
            mention = _mention(like.kind, start, e, text[start:e], like.value, like.formula, like.approx,
                              like.unit, like.scaled)
        out.append(mention)
        taken[start:e] = b"\x01" * (e - start)
    out.sort(key=lambda x: x.start)
    return tuple(out)


# How far ``_classify`` reads around a run: 4 characters before it (``head``, the approximation
# words), and after it a 12-character ``rest`` plus the 角/分/毛 tails, 左右/上下 and the look-aheads
# that follow what it consumed (under 24 characters). A shorter slice at either end of the text is
# part of the key, so ``$`` and the text's edges read the same.
_CONTEXT_BEFORE = 4
_CONTEXT_AFTER = 40
_MULTIPLIER_KEY = re.compile("[Nn]")
_MULTIPLIER_LEAD = frozenset("0123456789.一二两三四五六")


def _multipliers(t: str):
    """``_MULTIPLIER.finditer(t)`` without entering the matcher at every digit: a match holds an N,
    and starts at the N or inside the run of digits, 一…六, '.' and spaces right before it. So,
    after the last match, only the positions from the start of that run up to the next N can start
    the next match; each is tried in order with ``match`` (the look-behinds see the whole text)."""
    pos = 0
    while True:
        k = _MULTIPLIER_KEY.search(t, pos)
        if k is None:
            return
        n = k.start()
        q = n
        while q > pos and (t[q - 1] in _MULTIPLIER_LEAD or t[q - 1].isspace() or t[q - 1].isdecimal()):
            q -= 1
        for s in range(q, n + 1):
            m = _MULTIPLIER.match(t, s)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = n + 1


def _classify(t: str, text: str, start: int, end: int, run: str) -> Mention | None:
    if _ARABIC.fullmatch(run) is not None:  # what parse_number does for a plain 7 / 11000.00
        value = Decimal(run)
    else:
        try:
            value = parse_number(run)
        except (ValueError, ArithmeticError, KeyError):
            return None
    scaled = _BIG.search(run) is not None
    approx = _approx_before(t, start)
    rest = t[end:end + 12]
    head = t[max(0, start - 4):start]
    pos = 0
    am = _APPROX_AFTER.match(rest)
    approx_after = None
    if am and am.group(1) in ("多", "余", "出头"):
        approx_after, pos = "over", am.end()
    tail = rest[pos:]
    extra, consumed = Decimal(0), 0

    def mk(kind: str, val: Decimal, consumed: int) -> Mention:
        e = end + pos + consumed
        a = approx or approx_after
        am2 = _APPROX_AFTER.match(t, e)
        if am2 and am2.group(1) in ("左右", "上下"):
            a = a or "about"
            e = am2.end()
        return _mention(kind, start, e, text[start:e], value=val, approx=a, unit=_precision(val), scaled=scaled)

    um = _YUAN.match(tail)
    if um and um.group().strip() == "块" and (head.endswith(("分", "成", "第", "这", "那", "哪", "每", "另"))
                                              or tail.startswith("块儿") or not tail.startswith("块钱")
                                              and not set(run) & set("0123456789") and t[end + pos + um.end():][:1] in ("：", ":")):
        um = None  # 分三块 / 第一块 / 这一块 / 一块儿 / 三块：…: parts, not 元
    elif um and um.group() == "块" and len(run) == 1 and run in _CN_DIGIT and _PARTS_AFTER.match(t, end + pos + 1):
        um = None  # 「两块合计43,050元」「…和竞业补偿两块。」: two parts, not 2 元
    if um:
        consumed = um.end()
        rm = _RMB_TAIL.match(t, end + pos + consumed)
        km = _KUAI_TAIL.match(t, end + pos + consumed) if um.group().strip() in ("块", "蚊") else None
        if km is not None and not (rm and rm.end() > rm.start()):
            jiao = _digit(km.group(1) or km.group(3))
            fen = _digit(km.group(2)) if km.group(2) else 0
            return mk("amount", value + Decimal(jiao) / 10 + Decimal(fen) / 100, km.end() - end - pos)
        if rm and rm.end() > rm.start():
            jiao = _digit(rm.group(1)) if rm.group(1) else 0
            fen = _digit(rm.group(2)) if rm.group(2) else 0
            extra = Decimal(jiao) / 10 + Decimal(fen) / 100
            consumed = rm.end() - end - pos
        return mk("amount", value + extra, consumed)
    if tail.startswith(("角", "分")) and set(run) & _CAPITALS or (
        tail.startswith("角") and run in _CN_DIGIT
    ):
        rm = _RMB_TAIL.match(t, end - 1 if run[-1] in _CN_DIGIT else end)
        if rm and rm.end() > end:
            jiao = _digit(rm.group(1)) if rm.group(1) else 0
            fen = _digit(rm.group(2)) if rm.group(2) else 0
            try:
                head_value = parse_number(run[:-1]) if len(run) > 1 and run[:-1] else Decimal(0)
            except (ValueError, ArithmeticError, KeyError):
                return None  # not a readable amount (e.g. 壹零点 before 角): no figure, not a crash
            # the last digit of the run belongs to 角/分
            return _mention("amount", start, rm.end(), text[start:rm.end()],
                           value=head_value + Decimal(jiao) / 10 + Decimal(fen) / 100)
        return None
    if head.endswith(("¥", "¥ ", "RMB", "RMB ", "人民币")):
        return mk("amount", value, 0)
    if head.endswith("百分之"):
        return mk("percent", value, 0)
    if tail.startswith("个半月"):
        return mk("months", value + Decimal("0.5"), 3)
    mm = _MONTH_UNIT.match(tail)
    if mm:
        if "多" in mm.group():
            approx = "over"
        return mk("months", value, mm.end())
    if tail.startswith("年半"):
        return mk("years", value + Decimal("0.5"), 2)
    if tail.startswith(("年", "周年")):
        if _YEAR_DIGITS.fullmatch(run) or len(run) == 4 and all(c in _CN_DIGIT for c in run):
            return _mention("date", start, end + 1, text[start:end + 1])
        return mk("years", value, 2 if tail.startswith("周年") else 1)
    if tail.startswith(("日", "天", "个工作日", "个自然日")):
        return mk("days", value, 1)
    if tail.startswith(("%", "％")):
        return mk("percent", value, 1)
    if tail.startswith("‰"):
        return mk("percent", value / 10, 1)
    if tail.startswith("倍"):
        return mk("times", value, 1)
    if tail.startswith(("条", "款", "项", "号", "章", "节")):
        return _mention("article", start, end + 1, text[start:end + 1], value=value)
    if tail.startswith(("岁", "周岁")):
        return _mention("age", start, end + 1, text[start:end + 1], value=value)
    if scaled and not _NOT_MONEY.match(tail):
        return mk("amount", value, 0)
    if not scaled:
        hw = _HEDGED_WAN.match(rest)
        if hw and not _NOT_MONEY.match(t, end + hw.end()):
            e = end + hw.end()
            return _mention("amount", start, e, text[start:e], value=value * 10000, approx="over",
                           unit=_precision(value * 10000), scaled=True)
    if _MONEY_NOTATION.fullmatch(run) and not _NOT_MONEY.match(tail):
        return mk("amount", value, 0)
    return _mention("number", start, end, text[start:end], value=value, approx=approx, unit=_precision(value))


def _digit(c: str) -> int:
    return _CN_DIGIT[c] if c in _CN_DIGIT else int(c)
