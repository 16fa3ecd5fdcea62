"""The number parse's fast paths read the same as the plain ways they replace."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from guardrails import numbers
from guardrails.numbers import Mention, find_numbers

_ALPHABET = list("0123456789., \nNn+加一二两三四五六七八九十百千万壹贰拾佰仟点元块毛角分整个月年天%倍条号第岁多余左右约近不到半合计。，：")
texts = st.lists(st.sampled_from(_ALPHABET), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_multiplier_scan_is_finditer(t):
    assert [m.span() for m in numbers._multipliers(t)] == [m.span() for m in numbers._MULTIPLIER.finditer(t)]
    assert [m.groups() for m in numbers._multipliers(t)] == [m.groups() for m in numbers._MULTIPLIER.finditer(t)]


def _fields(m: Mention) -> tuple:
    return tuple(repr(getattr(m, f.name)) for f in dataclasses.fields(Mention))


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_a_repeated_run_reads_as_its_first_occurrence(a, b):
    # the second copy of ``a`` is classified from the per-text cache; read alone it is not
    text = a + "。" + b + "。" + a
    shift = len(a) + len(b) + 2
    whole = [m for m in find_numbers(text) if m.start >= shift]
    alone = [m for m in find_numbers("。" + b + "。" + a) if m.start >= len(b) + 2]
    # the same characters around the copy, so the same mentions, shifted
    assert [_fields(dataclasses.replace(m, start=m.start - shift, end=m.end - shift)) for m in whole] == [
        _fields(dataclasses.replace(m, start=m.start - len(b) - 2, end=m.end - len(b) - 2)) for m in alone]


def test_fast_mention_is_a_mention():
    kw = dict(kind="amount", start=3, end=9, text="7.7万元", value=Decimal("77000"), formula=None, approx="about",
              unit=Decimal("1000"), scaled=True)
    fast, plain = numbers._mention(**kw), Mention(**kw)
    assert type(fast) is Mention and fast == plain and hash(fast) == hash(plain) and _fields(fast) == _fields(plain)
    assert numbers._mention("date", 0, 4, "2023年") == Mention("date", 0, 4, "2023年")
