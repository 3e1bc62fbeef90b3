"""Text -> tree -> text is the identity, for the fixtures and for any string."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import wgec_parse
from wgec_parse import Document

from .conftest import FIXTURES, read_exact

ALL_FIXTURES = sorted(p for p in FIXTURES.rglob("*.txt"))


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_every_fixture_renders_back_byte_for_byte(path: Path) -> None:
    text = read_exact(path)
    assert wgec_parse.render(wgec_parse.parse(text)) == text


def test_fixture_files_round_trip_through_parse_file(tmp_path: Path) -> None:
    for path in ALL_FIXTURES:
        data = path.read_bytes()
        doc = wgec_parse.parse_file(path)
        assert doc.encoding is not None
        assert wgec_parse.render(doc).encode(doc.encoding) == data


EDGE_CASES = [
    "",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\ufeff",
    "\ufeff1) What?\n",
    "a\r\nb\rc\nd",
    "1.1 x\r\n\r\n \r\n1.2 y",
    "\f",
    "\f2.1 text after a form feed\n",
    "para\u2028same line\u0085still\x0bsame\x0cline\n",
    "\t- tab indented bullet\t\n",
    "\x00\x01\x02\n",
    "\uf0b7\n\uf0b7 x\n \uf0b7  y  \n",
    "1) What?\n1.1 a\n1.1.1 b\n1.1.1.1 c\n(a) d\n(i) e\n1.2 f\n2) Why?\n",
    "- a:\n\u2022 b:\n* c:\n- d\n",
    "Date: 05-12-2016\nSubmitted by\nX\n\n1) What?\n",
    "https://example.org/x\n",
    "\n\n\n   \n\t\n",
    "globally-\napplicable",
    "\ud800 lone surrogate\n",
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_round_trip(text: str) -> None:
    doc = wgec_parse.parse(text)
    assert isinstance(doc, Document)
    assert wgec_parse.render(doc) == text


_alphabet = st.sampled_from(
    [*"ab1.2)( -:?\t\n\r\uf0b7\u2022\f\u2028\x85\x0b\x00\u00a0\ufeffoQIéЖ中ع"]
)
_lines = st.lists(
    st.sampled_from(
        [
            "",
            " ",
            "1) What?",
            "1.1 text",
            "2.5   x",
            "- item",
            " \uf0b7 item:",
            "Date: 1",
            "(a) x",
            "Question 1:",
            "https://x.y/z",
            "3",
            "Submitted by",
            " lost glyph",
            "word-",
        ]
    )
    | st.text(_alphabet, max_size=12)
    | st.lists(st.sampled_from(["\r\n", "a", " ", "1.", "?"]), max_size=6).map("".join),
    max_size=30,
)


@given(st.text())
@example("1.1 a\n\n1.1.1 b\n")
def test_any_text_round_trips(text: str) -> None:
    assert wgec_parse.render(wgec_parse.parse(text)) == text


@given(_lines, st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\n \n"]))
def test_line_structured_text_round_trips(lines: list[str], eol: str) -> None:
    text = eol.join(lines)
    assert wgec_parse.render(wgec_parse.parse(text)) == text


@given(st.text(_alphabet, max_size=200))
def test_glyph_heavy_text_round_trips(text: str) -> None:
    assert wgec_parse.render(wgec_parse.parse(text)) == text
