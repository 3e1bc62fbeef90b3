"""No regular expression in the package can backtrack catastrophically.

Every compiled pattern of every module (found by importing the modules and scanning
their globals, so new patterns are covered without editing this file) is parsed with
Python's own regex parser and checked for the three shapes that make a backtracking
matcher super-linear:

A. a repeated group that can split the same text in more than one way: an unbounded
   or variable-length repeat inside a repeat (``(a+)+``, ``(a{1,3})*``), or
   overlapping alternatives inside a repeat (``(aa|a)*``), unless each repetition
   starts with a character the inner repeat cannot match (``(?:[ ]\\w+){0,3}``);
B. two unbounded repeats that can match the same characters with nothing between
   them that they cannot also match (``\\s*\\s*``, ``\\w+\\d+``, ``\\w+a\\w+``);
C. for patterns used with ``search``/``sub``/``split``/``findall``/``finditer``
   (found in the module's source): an unbounded repeat that may have to give back
   what it consumed, and whose run could be scanned again from the next start
   position (``\\s+$`` searched in a long run of spaces).

Patterns free of all three are matched in time linear in the input.  Timings of the
same patterns on adversarial text are in ``bench/pathological.py``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sys
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest

import wgec_parse
from wgec_parse import markers

if sys.version_info >= (3, 11):
    from re import _constants as sre_c
    from re import _parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants as sre_c
    import sre_parse

MAXREPEAT = sre_c.MAXREPEAT
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None))
_ZERO_WIDTH = (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT)
_CATEGORY = {
    sre_c.CATEGORY_DIGIT: r"\d",
    sre_c.CATEGORY_NOT_DIGIT: r"\D",
    sre_c.CATEGORY_WORD: r"\w",
    sre_c.CATEGORY_NOT_WORD: r"\W",
    sre_c.CATEGORY_SPACE: r"\s",
    sre_c.CATEGORY_NOT_SPACE: r"\S",
}
# Every BMP code point (surrogates included: a str may hold them) and a few others.
_UNIVERSE = "".join(map(chr, range(0x10000))) + "\U0001f600\U00010000\U0010ffff"
_SEARCH_USE = ("search", "sub", "subn", "split", "findall", "finditer")

Node = tuple[Any, Any]


# -- what a piece of a pattern can match -----------------------------------------------


@cache
def _class_chars(source: str, flags: int) -> frozenset[str]:
    return frozenset(re.findall(source, _UNIVERSE, flags))


def _class_source(op: Any, av: Any) -> str:
    if op is sre_c.LITERAL:
        return re.escape(chr(av))
    if op is sre_c.NOT_LITERAL:
        return f"[^{re.escape(chr(av))}]"
    if op is sre_c.ANY:
        return "(?s:.)"
    parts = []
    negate = ""
    for iop, iav in av:
        if iop is sre_c.NEGATE:
            negate = "^"
        elif iop is sre_c.LITERAL:
            parts.append(re.escape(chr(iav)))
        elif iop is sre_c.RANGE:
            parts.append(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
        elif iop is sre_c.CATEGORY:
            parts.append(_CATEGORY[iav])
        else:
            raise AssertionError(f"unknown class item {iop}")
    return f"[{negate}{''.join(parts)}]"


def chars(node: Node, flags: int) -> frozenset[str]:
    """Every character ``node`` can consume anywhere in what it matches."""
    op, av = node
    if op in (sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.ANY, sre_c.IN):
        return _class_chars(_class_source(op, av), flags)
    if op in _REPEATS:
        return seq_chars(av[2], flags)
    if op is sre_c.SUBPATTERN:
        return seq_chars(av[3], flags)
    if op is sre_c.BRANCH:
        return frozenset().union(*(seq_chars(b, flags) for b in av[1]))
    if op is sre_c.ATOMIC_GROUP if hasattr(sre_c, "ATOMIC_GROUP") else False:
        return seq_chars(av, flags)
    if op in _ZERO_WIDTH:
        return frozenset()
    if op is sre_c.GROUPREF or op is sre_c.GROUPREF_EXISTS:
        return frozenset(_UNIVERSE)  # unknown: assume anything
    raise AssertionError(f"unknown node {op}")


def seq_chars(seq: Any, flags: int) -> frozenset[str]:
    return frozenset().union(*(chars(n, flags) for n in seq))


def nullable(node: Node) -> bool:
    """Whether ``node`` can match the empty string."""
    op, av = node
    if op in _ZERO_WIDTH:
        return True
    if op in _REPEATS:
        return av[0] == 0 or all(nullable(n) for n in av[2])
    if op is sre_c.SUBPATTERN:
        return all(nullable(n) for n in av[3])
    if op is sre_c.BRANCH:
        return any(all(nullable(n) for n in b) for b in av[1])
    return False


def first(seq: Any, flags: int) -> frozenset[str]:
    """The characters a match of the sequence can start with."""
    out: frozenset[str] = frozenset()
    for node in seq:
        op, av = node
        if op in _ZERO_WIDTH:
            continue
        if op in _REPEATS:
            out |= first(av[2], flags)
        elif op is sre_c.SUBPATTERN:
            out |= first(av[3], flags)
        elif op is sre_c.BRANCH:
            for branch in av[1]:
                out |= first(branch, flags)
        else:
            out |= chars(node, flags)
        if not nullable(node):
            break
    return out


def unbounded(node: Node) -> bool:
    return node[0] in _REPEATS and node[1][1] == MAXREPEAT


def variable(node: Node) -> bool:
    return node[0] in _REPEATS and node[1][0] != node[1][1]


def walk(seq: Any) -> Iterator[Node]:
    """Every node of a parsed pattern, depth first."""
    for node in seq:
        yield node
        op, av = node
        if op in _REPEATS:
            yield from walk(av[2])
        elif op is sre_c.SUBPATTERN:
            yield from walk(av[3])
        elif op is sre_c.BRANCH:
            for branch in av[1]:
                yield from walk(branch)
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            yield from walk(av[1])


def sequences(seq: Any) -> Iterator[Any]:
    """The pattern's top sequence and every sequence nested in it."""
    yield seq
    for op, av in walk(seq):
        if op in _REPEATS:
            yield av[2]
        elif op is sre_c.SUBPATTERN:
            yield av[3]
        elif op is sre_c.BRANCH:
            yield from av[1]
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            yield av[1]


def flatten(seq: Any) -> list[Node]:
    """A sequence with non-repeated groups opened, so neighbours are seen as such."""
    out: list[Node] = []
    for node in seq:
        if node[0] is sre_c.SUBPATTERN:
            out.extend(flatten(node[1][3]))
        else:
            out.append(node)
    return out


# -- the three rules -------------------------------------------------------------------


def width(seq: Any) -> tuple[int, int]:
    """The shortest and longest match of a sequence (longest capped)."""
    low = high = 0
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        if op in _REPEATS:
            lo, hi = width(av[2])
            low, high = low + av[0] * lo, high + min(av[1], 1000) * hi
        elif op is sre_c.SUBPATTERN:
            lo, hi = width(av[3])
            low, high = low + lo, high + hi
        elif op is sre_c.BRANCH:
            widths = [width(b) for b in av[1]]
            low += min(w[0] for w in widths)
            high += max(w[1] for w in widths)
        else:
            low, high = low + 1, high + 1
    return low, min(high, 10**6)


def ambiguous(node: Node, flags: int) -> bool:
    """Whether ``node`` can match text of different lengths, or the same text in two
    ways: a variable repeat, or alternatives that overlap or differ in length."""
    if node[0] in _REPEATS:
        return bool(variable(node))
    if node[0] is sre_c.BRANCH:
        branches = node[1][1]
        if len({width(b) for b in branches}) > 1:
            return True
        firsts = [first(b, flags) for b in branches]
        return any(
            firsts[i] & firsts[j] for i in range(len(firsts)) for j in range(i + 1, len(firsts))
        )
    return False


def single_class_repeat(node: Node) -> bool:
    body = node[1][2]
    return len(body) == 1 and body[0][0] in (sre_c.IN, sre_c.LITERAL, sre_c.NOT_LITERAL)


def rule_a(seq: Any, flags: int) -> list[str]:
    """No repeated body that can split the same text in more than one way."""
    problems = []
    for node in walk(seq):
        if node[0] not in _REPEATS or node[1][1] <= 1:
            continue
        body = flatten(node[1][2])
        inners = [inner for inner in walk(body) if ambiguous(inner, flags)]
        if not inners:
            continue
        # Allowed: a delimiter, then one run of one class the delimiter is not in, as in
        # (?:[ ]\w+){0,3}.  Each repetition then starts at a delimiter and nothing else.
        lead = body[0]
        rest = body[1:]
        if (
            lead[0] in (sre_c.LITERAL, sre_c.IN, sre_c.NOT_LITERAL)
            and len(inners) == 1
            and inners[0] in rest
            and inners[0][0] in _REPEATS
            and single_class_repeat(inners[0])
            and not (chars(lead, flags) & seq_chars(rest, flags))
        ):
            continue
        problems.extend(f"A: ambiguous {inner[0]} inside repeat {node[1][:2]}" for inner in inners)
    return problems


def rule_b(seq: Any, flags: int) -> list[str]:
    """No two unbounded repeats over common characters in a row."""
    problems = []
    for sub in sequences(seq):
        items = flatten(sub)
        for i, node in enumerate(items):
            if not unbounded(node):
                continue
            eaten = chars(node, flags)
            for later in items[i + 1 :]:
                if unbounded(later) and eaten & chars(later, flags):
                    problems.append(f"B: repeats {node[1][:2]} and {later[1][:2]} overlap")
                    break
                if later[0] in _ZERO_WIDTH:
                    continue
                if not (first([later], flags) & eaten) and not nullable(later):
                    break  # the first repeat cannot run past this element
    return problems


def rule_c(seq: Any, flags: int) -> list[str]:
    """Searched patterns: no unbounded run that can be rescanned from many starts."""
    problems = []
    items = flatten(seq)
    for i, node in enumerate(items):
        if not unbounded(node):
            continue
        rest = items[i + 1 :]
        if all(nullable(n) and n[0] is not sre_c.AT for n in rest):
            continue  # nothing after it can fail: the run is never given back
        before = [n for n in items[:i] if n[0] not in _ZERO_WIDTH]
        eaten = chars(node, flags)
        if before and not nullable(before[-1]) and not (chars(before[-1], flags) & eaten):
            continue  # runs scanned from different starts cannot overlap
        problems.append(f"C: searched repeat {node[1][:2]} may be rescanned")
    return problems


def problems_of(pattern: re.Pattern[str], searched: bool) -> list[str]:
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    seq = list(parsed)
    flags = pattern.flags & (re.IGNORECASE | re.ASCII | re.DOTALL | re.UNICODE)
    found = rule_a(seq, flags) + rule_b(seq, flags)
    if searched:
        found += rule_c(seq, flags)
    return found


# -- the patterns of the package -------------------------------------------------------


def _patterns_in(value: Any, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def package_patterns() -> list[tuple[str, re.Pattern[str], bool]]:
    """(where, pattern, used with search) for every pattern in the package's modules."""
    found: dict[int, tuple[str, re.Pattern[str], bool]] = {}
    names = [wgec_parse.__name__] + [
        m.name for m in pkgutil.walk_packages(wgec_parse.__path__, wgec_parse.__name__ + ".")
    ]
    for name in names:
        module = importlib.import_module(name)
        try:
            source = inspect.getsource(module)
        except (OSError, TypeError):
            source = ""
        for attr, value in vars(module).items():
            for pattern in _patterns_in(value):
                if getattr(value, "__module__", name) != name and value is not pattern:
                    continue
                searched = any(f"{attr}.{use}(" in source for use in _SEARCH_USE) or (
                    value is not pattern  # in a table: assume the worst use
                )
                where = f"{name}.{attr}"
                previous = found.get(id(pattern))
                if previous is None or (searched and not previous[2]):
                    found[id(pattern)] = (where, pattern, searched)
    # The classifier's bands, compiled on first use (lazyre.LazyPattern, which the scan
    # does not read), whole and narrowed to Latin text; matched only.
    for bands, names in ((markers._WHOLE_BANDS, _BAND_NAMES), (markers._LATIN_BANDS, None)):
        for band in bands._fields:
            pattern = getattr(bands, band).compiled
            where = f"{markers.__name__}." + (names[band] if names else f"_LATIN_BANDS.{band}")
            found.setdefault(id(pattern), (where, pattern, False))
    return sorted(found.values(), key=lambda t: t[0])


_BAND_NAMES = {
    "noise": "_NOISE_BAND",
    "marker": "_MARKER_BAND",
    "field": "_FIELD_BAND",
    "opening": "_OPENING_BAND",
}
PATTERNS = package_patterns()


def test_the_scan_finds_the_patterns_the_lexer_depends_on() -> None:
    names = {where for where, _, _ in PATTERNS}
    for expected in (
        "markers._NOISE_BAND",
        "markers._MARKER_BAND",
        "markers._FIELD_BAND",
        "lexer._EOL",
    ):
        assert any(n.endswith(expected) for n in names), expected


@pytest.mark.parametrize(
    ("where", "pattern", "searched"), PATTERNS, ids=[w for w, _, _ in PATTERNS]
)
def test_pattern_cannot_backtrack_catastrophically(
    where: str, pattern: re.Pattern[str], searched: bool
) -> None:
    assert problems_of(pattern, searched) == [], f"{where}: {pattern.pattern!r}"


# -- the checker itself catches the classic shapes --------------------------------------

BAD = [
    (r"(a+)+$", False),
    (r"(?:aa|a)*b", False),
    (r"(?:a|ab|b)*c", False),
    (r"(?:xa|x\w?)*c", False),
    (r"(?:\.\d{1,3}\d?)*x", False),
    (r"(?:a{1,3})*b", False),
    (r"(\w+\s?)*:", False),
    (r"\s*\s*x", False),
    (r"\w+\d+$", False),
    (r"\w+a\w+!", False),
    (r"x\s*=?\s*y", False),
    (r"\s+$", True),
    (r"\w+@", True),
]
GOOD = [
    (r"\d{1,3}(?:\.\d{1,3}){1,5}[.)]?(?=\s|$)", False),
    (r"[^\W\d_][\w.]*(?:[ ][\w.]+){0,3}[ ]?:", False),
    (r"[?？][\s\"')]*$", True),
    (r"<?(?:https?://|www\.)\S+>?", True),
    (r"\d+", True),
    (r"(\r\n|\r|\n)", True),
    (r"\b[IVX]{1,4}\b", True),
]


@pytest.mark.parametrize(("source", "searched"), BAD)
def test_checker_flags_known_catastrophic_shapes(source: str, searched: bool) -> None:
    assert problems_of(re.compile(source), searched) != []


@pytest.mark.parametrize(("source", "searched"), GOOD)
def test_checker_accepts_known_linear_shapes(source: str, searched: bool) -> None:
    assert problems_of(re.compile(source), searched) == []
