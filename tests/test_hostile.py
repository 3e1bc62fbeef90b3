"""Hostile and broken input: everything parses, renders back, and fails only as documented.

The timings of the same kinds of input at two sizes are in ``bench/pathological.py``;
here each is checked for totality and exact round trip, and the grammar cache is fed
broken files.
"""

from __future__ import annotations

import pytest

import wgec_parse
from wgec_parse.nodes import iter_lines, renumber
from wgec_parse.outline import outline

HOSTILE = {
    "dotted runs": "1.1.1.1.1.1.1.1.1.1.1.1.1.1.1\n" * 200,
    "one long line": "word " * 20_000,
    "spaces then x": " " * 50_000 + "x",
    "digits": "7" * 50_000,
    "empty lines": "\n" * 20_000,
    "space lines": " \n" * 20_000,
    "deep bullets": "".join("  " * k + "- item\n" for k in range(300)),
    "alternating glyphs": "- a:\n• b:\n* c:\n◦ d:\n\uf0b7 e:\n" * 200,
    "every line a question": "1) What is enhanced cooperation?\n" * 500,
    "every line a url": "https://example.org/wgec/2016/submission.pdf\n" * 500,
    "2.5 duplicates": "2.5 the same clause again\n" * 1000,
    "every line a field": "Date: 05-12-2016\n" * 500,
    "cr and lf": "a\rb\nc\r\n\r\r\n\n" * 500,
    "separators that are not line ends": "a\u2028b\x85c\x0cd\x0b\u2029\n" * 500,
    "combining marks": ("a" + "\u0301" * 500 + "\n") * 20,
    "rtl marks": "\u200f1.1\u200f text \u202e(a)\u202c\n" * 500,
    "nul bytes": "\x00\x00\x00 1.1 \x00\n" * 500,
    "lone surrogates": b"\xff\xfe 1.1 \x80 text \xed\xa0\x80\n".decode("utf-8", "surrogateescape")
    * 500,
    "form feeds and running headers": "\fWGEC contribution\nSome text\n3\n" * 300,
    "noise in one block": "1.1 text\n" + "3\n" * 5000,
    "lost glyphs": "Items:\n    lost glyph item\n" * 500,
    "letter sections": "A. Smith agrees\nB) and\n(C) so on\n" * 500,
    "bare headings over blank runs": "Question 1\n\n\n\n\n" * 500,
    "titles that never close": "Question 1: one\ntwo\nthree\nfour\nfive\n" * 300,
    "chinese numbering": "问题一：什么？\n一、加强？\n（一）论坛。\n" * 300,
    "bom only": "\ufeff",
    "bom twice": "\ufeff\ufeff1) What?\n",
    "only a cr": "\r",
    "heading with a huge title": "1) Taking into consideration\n" + "the work " * 20_000,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_parses_and_renders_back(name: str) -> None:
    text = HOSTILE[name]
    doc = wgec_parse.parse(text)
    assert wgec_parse.render(doc) == text
    assert renumber(doc) == doc  # the parser's line numbers are the rendered ones
    outline(doc, text=True)
    wgec_parse.render_clean(doc)


def test_every_physical_line_is_kept_with_its_number() -> None:
    text = HOSTILE["cr and lf"]
    doc = wgec_parse.parse(text)
    lines = list(iter_lines(doc))
    # LF, CRLF and CR each end one line: "a\r", "b\n", "c\r\n", "\r", "\r\n", "\n".
    assert len(lines) == 6 * 500


def test_nul_and_surrogates_stay_in_the_text() -> None:
    doc = wgec_parse.parse("1.1 a\x00b \udc80\n")
    assert [c.text for c in doc.clauses] == ["a\x00b \udc80"]


def test_decode_refuses_binary_with_read_error() -> None:
    with pytest.raises(wgec_parse.ReadError, match="binary"):
        wgec_parse.decode(b"\x00\x01\x02\xff\xfe\x81" * 10, "blob.bin")


def test_non_text_input_is_a_type_error() -> None:
    for bad in (None, 3, ["1.1 x"]):
        with pytest.raises(TypeError):
            wgec_parse.parse(bad)  # type: ignore[arg-type]


def test_deep_json_is_a_json_error_not_a_recursion_error() -> None:
    from wgec_parse.errors import JsonError
    from wgec_parse.jsonio import from_json

    for deep in ("[" * 100_000 + "]" * 100_000, '{"a":' * 50_000 + "1" + "}" * 50_000):
        with pytest.raises(JsonError):
            from_json(deep)


@pytest.mark.parametrize(
    "data",
    [b"", b"\xff\xfe\x00", b"null", b"[]", b'"text"', b"{}", b'{"schema": 3}', b"1e999999"],
)
def test_junk_json_is_a_json_error(data: bytes) -> None:
    from wgec_parse.errors import JsonError
    from wgec_parse.jsonio import from_json

    with pytest.raises(JsonError):
        from_json(data)


def test_deepest_parsed_tree_survives_json() -> None:
    from wgec_parse.jsonio import from_json, to_json

    text = "1.1 a\n(a) b\n(i) c\n" + "".join("  " * k + "- item\n" for k in range(100))
    doc = wgec_parse.parse(text)
    assert from_json(to_json(doc)) == doc


def test_hand_built_tree_too_deep_for_json_is_a_json_error() -> None:
    from wgec_parse.errors import JsonError
    from wgec_parse.jsonio import to_json
    from wgec_parse.nodes import BulletItem, BulletList, Document, Line

    item = BulletItem((Line(1, "x", "-", " "),))
    for _ in range(5000):
        item = BulletItem((Line(1, "x", "-", " "),), (item,))
    with pytest.raises(JsonError, match="deeper"):
        to_json(Document(body=(BulletList((item,)),)))
