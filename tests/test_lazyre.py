"""Patterns compiled on first use: the same answers as compiled patterns, compiled late."""

from __future__ import annotations

import re
import subprocess
import sys
from typing import Any

import pytest

from wgec_parse.folding import UNSPACED, WIDE_PUNCTUATION, WRAPS_UNSPACED, starts_unspaced
from wgec_parse.lazyre import LazyPattern

_PATTERNS = (
    (r"(\d+)\.(\d+)", 0),
    (r"[,;]\s*", 0),
    (r"question", re.IGNORECASE),
    (r"\b[IVX]{1,4}\b", 0),
)
_TEXTS = ("", "1.2 and 3.4", "Question 2; QUESTION 3,  then IV", "no match here", "第 1 页")


def _calls(text: str) -> list[tuple[str, tuple[Any, ...], dict[str, Any]]]:
    """Every method with a spread of arguments."""
    return [
        ("match", (text,), {}),
        ("match", (text, 4), {}),
        ("fullmatch", (text,), {}),
        ("search", (text,), {}),
        ("search", (text, 3, 12), {}),
        ("findall", (text,), {}),
        ("finditer", (text, 1), {}),
        ("sub", ("<>", text), {}),
        ("sub", (lambda m: m.group().upper(), text), {"count": 1}),
        ("subn", ("-", text), {}),
        ("split", (text,), {"maxsplit": 1}),
        ("split", (text,), {}),
    ]


def _same(a: Any, b: Any) -> bool:
    """Match objects (and iterators of them) compared by what they matched."""
    if isinstance(a, re.Match) or isinstance(b, re.Match):
        return (a.span(), a.groups()) == (b.span(), b.groups())
    if hasattr(a, "__next__"):
        return [(m.span(), m.groups()) for m in a] == [(m.span(), m.groups()) for m in b]
    return bool(a == b)


@pytest.mark.parametrize(("pattern", "flags"), _PATTERNS)
@pytest.mark.parametrize("text", _TEXTS)
def test_every_method_answers_as_the_compiled_pattern(pattern: str, flags: int, text: str) -> None:
    compiled = re.compile(pattern, flags)
    for name, args, kwargs in _calls(text):
        lazy = LazyPattern(pattern, flags)  # a fresh one: each call is a first call
        first = getattr(lazy, name)(*args, **kwargs)
        assert _same(first, getattr(compiled, name)(*args, **kwargs)), (name, args)
        again = getattr(lazy, name)(*args, **kwargs)  # now the compiled pattern's method
        assert _same(again, getattr(compiled, name)(*args, **kwargs)), (name, args)


def test_nothing_is_compiled_before_the_first_call() -> None:
    lazy = LazyPattern(r"(\d+)")
    assert lazy.pattern == r"(\d+)"
    assert lazy.flags == 0
    assert "compiled" not in vars(lazy)
    assert lazy.search("a 12 b") is not None
    assert vars(lazy)["compiled"] is re.compile(r"(\d+)")
    # From then on the compiled pattern's own methods answer.
    assert lazy.search.__self__ is lazy.compiled  # type: ignore[attr-defined]


def test_a_bad_pattern_fails_at_its_first_use() -> None:
    lazy = LazyPattern("(unclosed")
    with pytest.raises(re.error):
        lazy.match("text")


@pytest.mark.parametrize("lowest", ["a", "", "ab", "\x7f"])
def test_lowest_is_one_character_that_is_not_ascii(lowest: str) -> None:
    with pytest.raises(ValueError, match="lowest"):
        LazyPattern("[\u4e00-\u9fff]", lowest=lowest)


_CJK = "[\u3040-\u30ff\u4e00-\u9fff]+"


@pytest.mark.parametrize("text", ["", "plain ASCII text", "naïve café", "Вопрос 2", "l'été"])
def test_with_lowest_text_below_it_is_answered_without_compiling(text: str) -> None:
    lazy = LazyPattern(_CJK, lowest="\u3040")
    compiled = re.compile(_CJK)
    for name, args, kwargs in _calls(text):
        if name in ("match", "fullmatch") or text.isascii():
            assert _same(getattr(lazy, name)(*args, **kwargs), getattr(compiled, name)(*args))
    assert "compiled" not in vars(lazy)


@pytest.mark.parametrize("text", ["问题一", "see 第二 and かな", "Вопрос 问题", "ascii then 中"])
def test_with_lowest_other_text_is_matched_by_the_pattern(text: str) -> None:
    lazy = LazyPattern(_CJK, lowest="\u3040")
    compiled = re.compile(_CJK)
    for name, args, kwargs in _calls(text):
        assert _same(getattr(lazy, name)(*args, **kwargs), getattr(compiled, name)(*args, **kwargs))
    assert "compiled" in vars(lazy)


def test_match_with_lowest_reads_the_character_at_pos() -> None:
    lazy = LazyPattern(_CJK, lowest="\u3040")
    assert lazy.match("ab中文", 2) is not None
    assert lazy.match("ab中文", -5) is None  # a negative pos is 0, as for a pattern
    m = lazy.match("中文", -1)
    assert m is not None
    assert m.span() == (0, 2)
    assert lazy.match("中文", 5) is None


def _every_code_point() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize(
    "lazy", [UNSPACED, WRAPS_UNSPACED, WIDE_PUNCTUATION], ids=["UNSPACED", "WRAPS", "WIDE"]
)
def test_the_wide_classes_of_folding_match_what_their_patterns_match(lazy: LazyPattern) -> None:
    everything = _every_code_point()
    compiled = re.compile(lazy.pattern)
    assert lazy.findall(everything) == compiled.findall(everything)
    for ch in ("a", " ", "\u2fff", "\u3000", "\u3040", "中", "\ufaff", "\uff0c", "\U00020000"):
        assert (lazy.match(ch) is None) == (compiled.match(ch) is None), ch


def test_starts_unspaced_is_a_match_of_unspaced() -> None:
    compiled = re.compile(UNSPACED.pattern)
    # Every code point near an end of a range of the class, and a spread of the others.
    edges = {
        c + d
        for c in (0x3040, 0x30FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xF900, 0xFAFF)
        for d in (-2, -1, 0, 1, 2)
    }
    for ch in map(chr, sorted(edges | set(range(0, 0x110000, 61)))):
        assert starts_unspaced(ch + "x") == (compiled.match(ch + "x") is not None), hex(ord(ch))
    assert not starts_unspaced("")


def test_the_wide_classes_are_not_compiled_at_import() -> None:
    # Importing the command line compiles none of them: a fresh interpreter says so.
    code = (
        "import wgec_parse.folding as f, wgec_parse.cli;"
        "print(sum('compiled' in vars(p) for p in (f.UNSPACED, f.WRAPS_UNSPACED, f.WIDE_PUNCTUATION)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
