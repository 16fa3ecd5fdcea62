"""compile_fast, required_strings and required_string_sets are speed-ups only: they must never change a match."""

import re

import pytest
import yaml

from guardrails.fastre import compile_fast, required_string_sets, required_strings
from guardrails.lexicon import DATA
from guardrails.redteam import load_suite

RULE_FILES = ("authority", "coercion", "injection", "legality", "privacy")


def _rule_patterns() -> list[str]:
    out = []
    for name in RULE_FILES:
        raw = yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))
        for r in raw.get("rules", []) + raw.get("inputs", []):
            out += [r["pattern"], *r.get("unless", []), *r.get("requires", [])]
        out += raw.get("unless", [])
    return out


@pytest.fixture(scope="module")
def suite_texts() -> list[str]:
    items = load_suite()
    return [d.text for d, _ in items] + [u for _, f in items for u in f.untrusted_texts]


def _matches(rx: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)]


def test_rule_patterns_match_exactly_as_plain_re(suite_texts):
    patterns = _rule_patterns()
    assert len(patterns) > 100
    sped_up = 0
    for src in patterns:
        plain, fast = re.compile(src), compile_fast(src)
        sped_up += fast.pattern != src
        assert fast.groupindex == plain.groupindex
        hints, groups = required_strings(plain), required_string_sets(fast)
        for text in suite_texts:
            found = _matches(plain, text)
            assert _matches(fast, text) == found, (src, text)
            if found and hints is not None:
                assert any(h in text for h in hints), (src, hints, text)
            if found and groups is not None:
                assert all(any(h in text for h in g) for g in groups), (src, groups, text)
    assert sped_up > len(patterns) // 2


@pytest.mark.parametrize("src", [
    r"[^。]{0,5}不得",  # can start with almost anything
    r"(?:不得)?",  # can match nothing
    r"(不)?\1得",  # may start with a back-reference
    r"(?x) 不 得",  # verbose
    r"(?i:ab)c",  # scoped flag
])
def test_patterns_it_cannot_read_are_compiled_as_they_are(src):
    assert compile_fast(src).pattern == src


def test_leading_global_flags_stay_in_front():
    fast = compile_fast(r"(?i)ignore (?:all )?previous")
    assert fast.pattern.startswith("(?i)(?=")
    assert fast.search("Please IGNORE ALL previous text").group() == "IGNORE ALL previous"
    assert required_strings(fast) is None  # case-insensitive: no literal pre-check


def test_lookbehind_before_the_first_character_still_applies():
    src = r"(?<![A-Za-z0-9.])(\d+)?\s?[Nn]"
    text = "N、2N、x2N、3.5N、 n"
    assert compile_fast(src).pattern != src
    assert _matches(compile_fast(src), text) == _matches(re.compile(src), text)


def test_required_strings():
    assert required_strings(re.compile(r"(?:绝对|肯定)没问题")) == ("没问题",)
    assert required_strings(re.compile(r"包在我身上|拍胸脯")) == ("包在我身上", "拍胸脯")
    assert required_strings(re.compile(r"(?:不)?会")) == ("会",)
    assert required_strings(re.compile(r"[^。]+")) is None


def test_required_string_sets_name_every_part_a_match_needs():
    rx = compile_fast(r"(?:经济补偿|补偿金)[^。]{0,30}(?:半年后|离职后)才")
    assert required_string_sets(rx) == (("经济补偿", "补偿金"), ("半年后", "离职后"), ("才",))
    assert required_string_sets(re.compile(r"(?:不得)?")) is None
