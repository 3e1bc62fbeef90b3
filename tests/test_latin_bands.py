"""The classifier's bands narrowed to text in Latin script match as the whole bands on
such text (:func:`wgec_parse.grammars.narrowed`)."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wgec_parse import grammars, markers
from wgec_parse.grammars import LATIN, narrowed

ROOT = Path(__file__).resolve().parent.parent

_BANDS = list(markers._Bands._fields)
_BAND_OF = {
    name: band
    for band, kinds in markers._BAND_KINDS.items()
    for name, _ in markers.TERMINALS
    if markers.kind_of(name) in kinds
}


def _latin(text: str) -> bool:
    return all(any(low <= ord(ch) <= high for low, high in LATIN) for ch in text)


def _same(band: str, text: str) -> None:
    whole = getattr(markers._WHOLE_BANDS, band).match(text)
    narrow = getattr(markers._LATIN_BANDS, band).match(text)
    assert (whole and (whole.lastgroup, whole.end())) == (
        narrow and (narrow.lastgroup, narrow.end())
    ), (band, text)


def test_the_shipped_narrowed_bands_are_current() -> None:
    sources = markers.band_sources(grammars.line_terminals())
    with open(grammars.latin_path(), "rb") as handle:
        assert handle.read() == grammars.latin_json(sources), "run: python -m wgec_parse.build"


def test_the_classifier_uses_the_narrowed_bands() -> None:
    for band in _BANDS:
        narrow = getattr(markers._LATIN_BANDS, band)
        assert narrow is not getattr(markers._WHOLE_BANDS, band)
        assert len(narrow.pattern) < len(getattr(markers._WHOLE_BANDS, band).pattern)


def test_after_a_line_in_another_script_latin_lines_take_the_whole_bands(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(markers, "_for_latin", markers._LATIN_BANDS)
    assert markers.match_terminal("1.1 Text") == "DOTTED"
    assert markers._for_latin is markers._LATIN_BANDS
    assert markers.match_terminal("Вопрос 1: Текст") == "QKEY"
    assert markers._for_latin is markers._WHOLE_BANDS
    assert markers.match_terminal("1.1 Text") == "DOTTED"
    assert markers.match_terminal("Question 1: Text") == "QKEY"


def test_a_stale_band_is_not_narrowed(monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = grammars.latin_bands()
    stale = {**shipped, "marker": ("(?:x)(?P<X>)", "(?!)")}
    monkeypatch.setattr(markers, "latin_bands", lambda: stale)
    whole, narrow = markers._bands()
    assert narrow.marker is whole.marker
    assert narrow.noise is not whole.noise


def test_bands_written_for_other_case_rules_are_not_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert grammars.latin_bands()
    monkeypatch.setattr(grammars.unicodedata, "unidata_version", "1.0.0")
    assert grammars.latin_bands() == {}
    monkeypatch.setattr(grammars, "latin_path", lambda: grammars._compiled_path("missing"))
    assert grammars.latin_bands() == {}


@given(st.text(st.characters(max_codepoint=0x10FFFF), max_size=12))
def test_latin_text_is_told_from_other_text(text: str) -> None:
    assert markers._is_latin(text) == _latin(text)


@pytest.mark.parametrize(
    "text",
    ["plain", "café’s “quote” – \uf0b7 ➢ ①", "Привет", "a 中", "\u27bf", "\u27c0", "\uf100"],
)
def test_latin_text_examples(text: str) -> None:
    assert markers._is_latin(text) == _latin(text)


def _fixture_lines() -> list[str]:
    lines = []
    for path in sorted((ROOT / "fixtures").rglob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            text = line.lstrip(markers.INDENT_WS).rstrip(markers.WS)
            if text and _latin(text):
                lines.append(text)
    return lines


def test_the_fixtures_latin_lines_match_alike() -> None:
    lines = _fixture_lines()
    assert len(lines) > 5_000
    for text in lines:
        for band in _BANDS:
            _same(band, text)
            _same(band, text[: markers.FIELD_ALONE_MAX + 2])


@functools.cache
def _drawn_from(regexp: str) -> st.SearchStrategy[str]:
    """Text that opens with a match of ``regexp``, the strategy built once per terminal
    (building it from a long terminal, TEXT_THANKS, takes far longer than drawing)."""
    return st.from_regex(rf"\A(?:{regexp})", fullmatch=False)


@pytest.mark.parametrize(("name", "regexp"), markers.TERMINALS)
@settings(
    max_examples=min(settings().max_examples, 100),
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(data=st.data())
def test_what_a_terminal_matches_matches_alike(name: str, regexp: str, data: st.DataObject) -> None:
    """Text drawn from each terminal, then cut or run on: where it is Latin, every band
    matches it as the whole band does."""
    text = data.draw(_drawn_from(regexp))
    text = text[: data.draw(st.integers(0, len(text)))] + data.draw(st.text(max_size=3))
    if _latin(text):
        for band in _BANDS:
            _same(band, text)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("abc|где", "abc"),
        ("где", "(?!)"),
        ("x(?:где)?y", "xy"),
        ("x(?:где)+y", "(?!)"),
        ("x(?=где)", "(?!)"),
        ("x(?!где)", "x"),
        ("[aд-я]b", "[a]b"),
        ("[^д]b", "[^д]b"),
        (r"\d{1,2}[.：)]", r"\d{1,2}[.)]"),
        ("(?i:ab|вопрос)", "(?i:ab)"),
        ("(?:ab|где)+", "(?:ab)+"),
        ("(?P<N>)", "(?P<N>)"),
        (r"\w+\Z", r"\w+\Z"),
    ],
)
def test_narrowed(pattern: str, expected: str) -> None:
    assert narrowed(pattern) == expected


def test_a_letter_that_matches_a_latin_one_regardless_of_case_stays() -> None:
    """The Kelvin sign (U+212A) matches "k" where case is ignored; "ſ" is Latin."""
    assert re.fullmatch(narrowed("(?i:\u212a)"), "k") is not None
    assert narrowed("(?i:\u212a)") == "(?i:\u212a)"
    assert narrowed("(?i:ſ)") == "(?i:ſ)"
