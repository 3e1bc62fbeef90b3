"""Hostile and broken input: everything parses, renders back, and fails only as documented.

The timings of the same kinds of input at two sizes are in ``bench/pathological.py``;
here each is checked for totality and exact round trip, and the grammar cache is fed
broken files.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

import wgec_parse
from wgec_parse import parser
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


# -- the grammar cache ---------------------------------------------------------------


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache directory, and a parser that has not been built in this process."""
    monkeypatch.setenv("WGEC_PARSE_CACHE_DIR", str(tmp_path / "cache"))
    parser._parser.cache_clear()
    yield tmp_path / "cache"
    parser._parser.cache_clear()


def _seed_outline(seed_full_text: str) -> str:
    return outline(wgec_parse.parse(seed_full_text))


def test_cache_is_written_then_used(fresh_cache: Path, seed_full_text: str) -> None:
    expected = _seed_outline(seed_full_text)
    files = list(fresh_cache.glob("lalr-*.json"))
    assert len(files) == 1
    header = json.loads(files[0].read_bytes().partition(b"\n")[0])
    assert set(header) == {"key", "sha256"}
    parser._parser.cache_clear()
    mtime = files[0].stat().st_mtime_ns
    assert _seed_outline(seed_full_text) == expected
    assert files[0].stat().st_mtime_ns == mtime  # read, not rewritten


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not json at all",
        b'{"key": "x", "sha256": "y"}\n{}',
        b"\x80\x81\x82\n\x00",
    ],
)
def test_a_damaged_cache_file_is_rebuilt(
    fresh_cache: Path, seed_full_text: str, damage: bytes
) -> None:
    expected = _seed_outline(seed_full_text)
    (path,) = fresh_cache.glob("lalr-*.json")
    path.write_bytes(damage)
    parser._parser.cache_clear()
    assert _seed_outline(seed_full_text) == expected
    assert path.read_bytes() != damage  # replaced by a good table


def test_a_tampered_table_with_a_matching_key_is_refused(
    fresh_cache: Path, seed_full_text: str
) -> None:
    expected = _seed_outline(seed_full_text)
    (path,) = fresh_cache.glob("lalr-*.json")
    header, _, payload = path.read_bytes().partition(b"\n")
    tampered = payload.replace(b'"start"', b'"trats"', 1)
    assert tampered != payload
    path.write_bytes(header + b"\n" + tampered)  # the checksum no longer matches
    parser._parser.cache_clear()
    assert _seed_outline(seed_full_text) == expected


@pytest.mark.parametrize(
    "tables",
    [
        {"start": 0, "end": 5, "rules": [], "states": [{}]},
        {"start": 0, "end": 0, "rules": [["mro", [1]]], "states": [{"PARA": -1}]},
        {"start": 0, "end": 0, "rules": [["paragraph", [3]]], "states": [{"PARA": -1}]},
        {"start": 0, "end": 0, "rules": [], "states": [{"PARA": 7}]},
        {"start": 0, "end": 0, "rules": [], "states": [{"PARA": "0"}]},
        {"start": 0, "rules": [], "states": []},
    ],
    ids=["end-out-of-range", "not-a-rule", "bad-plan", "bad-target", "string-target", "no-end"],
)
def test_malformed_tables_with_a_good_checksum_are_rebuilt(
    fresh_cache: Path, seed_full_text: str, tables: dict[str, object]
) -> None:
    expected = _seed_outline(seed_full_text)
    (path,) = fresh_cache.glob("lalr-*.json")
    key = json.loads(path.read_bytes().partition(b"\n")[0])["key"]
    payload = json.dumps(tables).encode()
    header = json.dumps({"key": key, "sha256": hashlib.sha256(payload).hexdigest()})
    path.write_bytes(header.encode() + b"\n" + payload)
    parser._parser.cache_clear()
    assert _seed_outline(seed_full_text) == expected
    assert path.read_bytes() != header.encode() + b"\n" + payload


def test_an_unwritable_cache_location_still_parses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_full_text: str
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("WGEC_PARSE_CACHE_DIR", str(blocker / "cache"))
    parser._parser.cache_clear()
    try:
        doc = wgec_parse.parse(seed_full_text)
    finally:
        parser._parser.cache_clear()
    assert wgec_parse.render(doc) == seed_full_text


def test_an_empty_cache_setting_turns_caching_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WGEC_PARSE_CACHE_DIR", "")
    assert parser.cache_dir() is None
    monkeypatch.delenv("WGEC_PARSE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if os.name != "nt":
        assert parser.cache_dir() == tmp_path / "wgec_parse"


# -- JSON ----------------------------------------------------------------------------


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


def test_no_home_directory_means_no_cache_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, seed_full_text: str
) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("WGEC_PARSE_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert parser.cache_dir() is None
    parser._parser.cache_clear()
    try:
        assert wgec_parse.render(wgec_parse.parse(seed_full_text)) == seed_full_text
    finally:
        parser._parser.cache_clear()
