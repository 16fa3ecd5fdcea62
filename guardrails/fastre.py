"""``compile_fast``: ``re.compile`` with a look-ahead on the characters a match can start with.

The phrase rules are long alternations that begin with a group (``(?:绝对|肯定|…)没问题|…``).
``re`` cannot skip ahead to a likely start for such a pattern, so ``finditer`` over a draft tries
every alternative at every character. Prefixing ``(?=[绝肯…])`` lets the engine drop almost every
position of a Chinese text with one character-class test: 3-5 times faster, and the matches (spans,
groups, group names) are exactly those of the plain pattern, because the class holds every
character a match can start with. Where that set cannot be worked out safely (a pattern that can
start with ``.``, ``[^…]`` or a back-reference, that can match the empty string, uses verbose mode
or scoped flags) the pattern is compiled as it is.
"""

from __future__ import annotations

import logging
import re

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

log = logging.getLogger(__name__)

_LEADING_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))*")
_CATEGORY = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_WORD: r"\w"}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


class _Unknown(Exception):
    """The first characters of a pattern cannot be listed as one character class."""


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    plain = re.compile(pattern, flags)
    if plain.flags & re.VERBOSE:
        return plain
    try:
        items, nullable = _first(_p.parse(pattern, flags))
    except _Unknown:
        return plain
    if nullable or not items:
        return plain
    lead = _LEADING_FLAGS.match(pattern).group()
    fast = re.compile(f"{lead}(?=[{''.join(sorted(items))}])(?:{pattern[len(lead):]})", flags)
    if fast.groupindex != plain.groupindex or fast.groups != plain.groups or fast.flags != plain.flags:
        log.warning("compile_fast: kept the plain pattern for %r", pattern)  # pragma: no cover
        return plain
    return fast


def _first(sub) -> tuple[set[str], bool]:
    """The class items a match of ``sub`` can start with, and whether it can match nothing."""
    out: set[str] = set()
    for op, av in sub:
        items, nullable = _first_item(op, av)
        out |= items
        if not nullable:
            return out, False
    return out, True


def _first_item(op, av) -> tuple[set[str], bool]:
    if op is _c.LITERAL:
        return {_char(av)}, False
    if op is _c.IN:
        return _charset(av), False
    if op in _ZERO_WIDTH:
        return set(), True
    if op in _REPEATS:
        lo, _hi, sub = av
        items, nullable = _first(sub)
        return items, nullable or lo == 0
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown
        return _first(sub)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _first(av)
    if op is _c.BRANCH:
        out: set[str] = set()
        nullable = False
        for sub in av[1]:
            items, n = _first(sub)
            out |= items
            nullable |= n
        return out, nullable
    raise _Unknown  # ANY, NOT_LITERAL, GROUPREF, CATEGORY outside a class, …


def _charset(av) -> set[str]:
    out: set[str] = set()
    for op, val in av:
        if op is _c.LITERAL:
            out.add(_char(val))
        elif op is _c.RANGE:
            out.add(f"{_char(val[0])}-{_char(val[1])}")
        elif op is _c.CATEGORY and val in _CATEGORY:
            out.add(_CATEGORY[val])
        else:  # NEGATE, other categories
            raise _Unknown
    return out


def _char(code: int) -> str:
    return re.escape(chr(code)) if chr(code).isascii() else chr(code)


_MAX_HINTS = 16


def required_strings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings of which every match of ``pattern`` holds at least one, or None when there is no
    short such list. A text holding none of them cannot match, and ``str in`` is far cheaper than
    running the pattern over a whole draft."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        found = _required(_p.parse(pattern.pattern, pattern.flags))
    except _Unknown:
        return None
    return tuple(sorted(found)) if found else None


def required_string_sets(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...] | None:
    """Like :func:`required_strings`, but every such list the pattern's top-level sequence
    implies: a match holds a string of each (``(?:经济补偿|补偿金)[^。]{0,30}(?:半年后|离职后)`` needs
    one of the first two and one of the last two). A text missing any list cannot match."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        sub = _p.parse(pattern.pattern, pattern.flags)
    except _Unknown:
        return None
    # look through compile_fast's look-ahead and one wrapping group to the real sequence
    items = [(op, av) for op, av in sub if op is not _c.ASSERT]
    while len(items) == 1 and items[0][0] is _c.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
        items = list(items[0][1][3])
    try:
        sets = _candidates(items)
    except _Unknown:
        return None
    return tuple(tuple(sorted(c)) for c in sets) or None


def _candidates(sub) -> list[set[str]]:
    """Per element of the sequence ``sub`` that every match must contain: the strings one of
    which it holds (literal runs are one string)."""
    candidates: list[set[str]] = []
    run = ""
    for op, av in sub:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append({run})
            run = ""
        found = _required_item(op, av)
        if found:
            candidates.append(found)
    if run:
        candidates.append({run})
    return candidates


def _required(sub) -> set[str] | None:
    """The most selective of :func:`_candidates` (longest shortest string, then fewest)."""
    candidates = _candidates(sub)
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def _required_item(op, av) -> set[str] | None:
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _required(sub)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _required(av)
    if op in _REPEATS:
        lo, _hi, sub = av
        return _required(sub) if lo >= 1 else None
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            found = _required(alt)
            if not found:
                return None
            out |= found
        return out if len(out) <= _MAX_HINTS else None
    if op is _c.IN and all(o is _c.LITERAL for o, _ in av) and len(av) <= _MAX_HINTS:
        return {chr(v) for _, v in av}
    return None
