"""compile_fast's start set in re's optimisation block (the C-level skip): same matches as plain re,
with positions, end positions and look-behinds before the start position."""

import re

from guardrails.fastre import _with_start_set, compile_fast
from guardrails.lexicon import load_rules

TEXT = ("公司同意按N+1支付经济补偿，补偿金在离职后半年后支付。2N、x2N、3.5N、 n。"
        "不得以怀孕为由解除；领导已经同意了你的8个月。") * 3


def _matches(rx: re.Pattern[str], text: str, *where: int) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text, *where)]


def test_the_start_set_is_what_compile_fast_returns_for_a_group_led_pattern():
    src = r"(?:经济补偿|补偿金)[^。]{0,30}(?:半年后|离职后)"
    fast = compile_fast(src)
    assert fast.pattern.startswith("(?=[")  # shown as before: the look-ahead form
    assert _with_start_set(src, 0, {"经", "补"}, fast.pattern) is not None
    for where in ((), (5,), (5, 30), (0, len(TEXT) - 3)):
        assert _matches(fast, TEXT, *where) == _matches(re.compile(src), TEXT, *where)
    assert fast.search(TEXT, 20).span() == re.compile(src).search(TEXT, 20).span()


def test_a_look_behind_sees_characters_before_the_start_position():
    src = r"(?<![A-Za-z0-9.])(\d+)?\s?[Nn]"
    fast, plain = compile_fast(src), re.compile(src)
    for pos in range(len(TEXT) // 3):
        assert _matches(fast, TEXT, pos) == _matches(plain, TEXT, pos)


def test_a_literal_prefix_keeps_re_own_search():
    assert _with_start_set("不得(?:以|因)", 0, {"不"}, "x") is None


def test_every_loaded_rule_still_matches_as_its_plain_pattern():
    for name in ("authority", "coercion", "injection", "legality", "privacy"):
        for rule in load_rules(name).rules:
            src = rule.pattern.pattern
            m = re.fullmatch(r"((?:\(\?[aiLmsux]+\))*)\(\?=\[[^\]]*\]\)\(\?:(.*)\)", src, re.S)
            plain = re.compile(m.group(1) + m.group(2) if m else src)
            assert _matches(rule.pattern, TEXT) == _matches(plain, TEXT), rule.id
