"""JSON export and import: lossless round trips, the clean view, and bad input."""

from __future__ import annotations

import copy
import json
import string
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wgec_parse
from wgec_parse import (
    BulletItem,
    BulletList,
    Document,
    JsonError,
    Line,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from wgec_parse.jsonio import MAX_DEPTH
from wgec_parse.nodes import Clause, renumber, walk
from wgec_parse.strategies import documents as generated_documents

from .conftest import FIXTURES, SEED_FULL, sampled_fixtures

SAMPLED_FIXTURES = sampled_fixtures()

# -- documents from line-shaped random text ----------------------------------------------

_PIECES = [
    "1) What are the high level characteristics?",
    "2) Taking into consideration the work, what kind of recommendations?",
    "Question 3:",
    "1.1 All governments should",
    "1.1.1 nested clause",
    "2.5   spaced marker",
    "(a) letter clause",
    "\uf0b7 private-use bullet:",
    "\uf0b7\titem after a tab",
    "- dash item",
    "  - indented dash item",
    "    \u2022 deeper item",
    "o letter o bullet",
    "Submitted by",
    "Date:   05-12-2016 ",
    "https://example.org/x",
    "3",
    "\f",
    "globally-",
    "applicable text",
    "plain running text that wraps",
    "",
    " ",
    "\t",
]
_WORDS = st.text(string.ascii_letters + "é Ж中ع.:?-\u00a0\u2028\x0b", max_size=15)
_LINE = st.sampled_from(_PIECES) | _WORDS | st.sampled_from(["\ud800 lone", "x\udfff"])
_EOL = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n \r\n"])


@st.composite
def parsed_documents(draw: st.DrawFn) -> Document:
    """Documents the parser builds from line-shaped text, with every kind of line end."""
    lines = draw(st.lists(_LINE, max_size=25))
    text = "".join(line + draw(_EOL) for line in lines)
    if draw(st.booleans()) and text:
        text = text.rstrip("\r\n")  # no final newline
    if draw(st.booleans()):
        text = "\ufeff" + text
    document = wgec_parse.parse(text)
    encoding = draw(st.sampled_from([None, "utf-8", "cp1252", "utf-16-le"]))
    return attrs.evolve(document, encoding=encoding)


def json_depth(value: Any) -> int:
    stack, deepest = [(value, 1)], 0
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (dict, list)):
            deepest = max(deepest, depth)
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, depth + 1) for child in children)
    return deepest


#: Parsing random text dominates these properties: cap them well below the CI profile's 2000
#: (the whole suite must stay fast on a shared machine).
CAPPED = settings(max_examples=min(settings.default.max_examples, 150))

# -- lossless round trips ----------------------------------------------------------------


@pytest.mark.parametrize("path", SAMPLED_FIXTURES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_round_trips_through_full_json(path: Path) -> None:
    document = wgec_parse.parse_file(path)
    back = from_json(to_json(document))
    assert back == document
    assert back.encoding is not None
    assert wgec_parse.render(back).encode(back.encoding) == path.read_bytes()


@CAPPED
@given(parsed_documents())
def test_full_json_round_trips_to_an_equal_tree(document: Document) -> None:
    from wgec_parse.jsonio import _tree_depth

    text = to_json(document)
    text.encode("utf-8")  # always encodable: surrogates are escaped
    back = from_json(text)
    assert back == document
    assert wgec_parse.render(back) == wgec_parse.render(document)
    data = to_dict(document)
    assert from_dict(data) == document
    # The depth guard of to_json predicts the real depth without building the JSON.
    assert _tree_depth(document) == json_depth(data)


@CAPPED
@given(parsed_documents(), st.data())
def test_a_wrong_line_number_is_refused_at_that_line(
    document: Document, data: st.DataObject
) -> None:
    full = to_dict(document)
    lines: list[dict[str, Any]] = []
    stack: list[Any] = [full]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "line" in node and type(node["line"]) is int:
                lines.append(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    if not lines:
        return
    target = data.draw(st.sampled_from(lines))
    target["line"] += data.draw(st.sampled_from([-1, 1, 7]))
    with pytest.raises(
        JsonError, match=r"line number -?\d+ does not match the text: this is line \d+"
    ) as info:
        from_dict(full)
    assert info.value.path.endswith(".line")


def test_full_json_keeps_every_key_and_tags_union_members() -> None:
    data = to_dict(wgec_parse.parse("1) What?\n1.1 a\n- b\n"))
    assert data["schema"] == "wgec-parse/document"
    assert data["version"] == "1.0"
    assert data["front_matter"] is None
    clause = data["questions"][0]["body"][0]
    assert clause["type"] == "clause"
    head = clause["lines"][0]
    assert head == {
        "type": "line",
        "line": 2,
        "text": "a",
        "marker": "1.1",
        "gap": " ",
        "indent": "",
        "trailing_ws": "",
        "eol": "\n",
        "leading": [],
    }
    bullets = clause["body"][0]
    assert bullets["type"] == "bullet_list"
    assert "type" not in bullets["items"][0]  # items are always bullet items
    assert bullets["items"][0]["lines"][0]["marker"] == "-"


def test_noise_wraps_an_untagged_line() -> None:
    data = to_dict(wgec_parse.parse("Some text\nhttps://example.org/x\nmore text\n"))
    entries = data["body"][0]["lines"]
    assert [e["type"] for e in entries] == ["line", "noise", "line"]
    assert entries[1]["line"]["text"] == "https://example.org/x"
    assert "type" not in entries[1]["line"]


def test_indent_pretty_prints() -> None:
    document = wgec_parse.parse("1) What?\n")
    assert "\n" not in to_json(document)
    pretty = to_json(document, indent=2)
    assert pretty.startswith('{\n  "schema": "wgec-parse/document",\n  "version": "1.0",')
    assert from_json(pretty) == document


def test_unknown_view_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="view must be"):
        to_json(wgec_parse.parse(""), view="tree")  # type: ignore[arg-type]


# -- text that UTF-8 cannot hold ------------------------------------------------------------


def test_non_ascii_is_written_as_itself_and_lone_surrogates_escaped() -> None:
    document = wgec_parse.parse("Вопрос 1. Что? \ud800 end\n")
    text = to_json(document)
    assert "Что" in text
    assert "\\ud800" in text
    assert "\ud800" not in text
    assert from_json(text.encode("utf-8")) == document


def test_a_surrogate_pair_written_as_two_code_points_is_refused() -> None:
    document = wgec_parse.parse("smile \ud83d\ude00\n")
    with pytest.raises(JsonError) as info:
        to_json(document)
    assert info.value.path == "$.body[0].lines[0].text"
    assert "high surrogate followed by a low surrogate" in str(info.value)


# -- the clean view -----------------------------------------------------------------------


def _of(body: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [entry for entry in body if entry["type"] == kind]


def test_clean_view_of_the_full_seed() -> None:
    outline = to_dict(wgec_parse.parse_file(SEED_FULL), view="clean")
    assert outline["schema"] == "wgec-parse/outline"
    assert outline["version"] == "2.0"
    fields = {f["name"]: (f["value"], f["line"]) for f in outline["fields"]}
    assert fields["Submitted by"] == ("the Russian Federation", 33)
    assert fields["Att."] == ("CSTD Secretariat", 63)
    assert fields["Date"] == ("05-12-2016", 69)
    q1, q2 = outline["questions"]
    assert (q1["number"], q1["marker"], q1["line"]) == ("1", "1)", 79)
    assert q1["title"] == "What are the high level characteristics of enhanced cooperation?"
    assert [c["number"] for c in _of(q1["body"], "clause")] == ["1.1", "1.2", "1.3", "1.4", "1.5"]
    assert (q2["number"], q2["line"]) == ("2", 134)
    clauses = _of(q2["body"], "clause")
    assert [c["number"] for c in clauses] == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.5"]
    first = clauses[0]
    assert first["line"] == 141
    assert first["text"].startswith("Based on the abovementioned high level characteristics")
    (bullets,) = _of(first["body"], "bullet_list")
    assert bullets["line"] == 144
    bullet = bullets["items"][0]
    assert (bullet["glyph"], bullet["line"]) == ("\uf0b7", 144)
    assert "globally-applicable" in bullet["text"]  # a hyphen at a line end joins
    assert [(c["glyph"], c["line"]) for c in bullet["children"]] == [("-", 150), ("-", 154)]
    (third,) = _of(clauses[2]["body"], "bullet_list")
    assert [b["text"] for b in third["items"]] == [
        "Infrastructural level",
        "Content level",
        "Social-economic development",
    ]


def test_clean_view_keeps_the_reading_order_in_one_body() -> None:
    text = (
        "1) What are the high level characteristics?\n\n"
        "First a paragraph.\n\n"
        "- a bullet\n\n"
        "1.1 A clause.\n\n"
        "A paragraph of the clause.\n\n"
        "Then a paragraph after the clause.\n"
    )
    doc = wgec_parse.parse(text)
    (question,) = to_dict(doc, view="clean")["questions"]
    shown = [(entry["type"], entry["line"]) for entry in question["body"]]
    written = [(type(b).__name__, b.start.line) for b in doc.questions[0].body]
    names = {"Paragraph": "paragraph", "BulletList": "bullet_list", "Clause": "clause"}
    assert shown == [(names[kind], line) for kind, line in written]
    assert shown[:3] == [("paragraph", 3), ("bullet_list", 5), ("clause", 7)]


def test_clean_view_has_no_trivia() -> None:
    outline = to_dict(wgec_parse.parse_file(SEED_FULL), view="clean")
    text = json.dumps(outline)
    for key in ("eol", "indent", "trailing_ws", "leading", "gap", "noise"):
        assert f'"{key}"' not in text


def test_clean_view_cannot_be_read_back() -> None:
    outline = to_json(wgec_parse.parse("1) What?\n"), view="clean")
    with pytest.raises(
        JsonError, match=r'^\$\.schema: the clean view \(version "2\.0"\) is not lossless'
    ):
        from_json(outline)
    # A clean view of the first version is refused as clearly, naming its version.
    old = json.dumps({"schema": "wgec-parse/outline", "version": "1.0", "questions": []})
    with pytest.raises(JsonError, match=r'\(version "1\.0"\) is not lossless'):
        from_json(old)


def test_outline_is_the_clean_views_former_name() -> None:
    document = wgec_parse.parse_file(SEED_FULL)
    assert to_json(document, view="outline") == to_json(document, view="clean")
    assert wgec_parse.json_schema("outline") == wgec_parse.json_schema("clean")


# -- nesting --------------------------------------------------------------------------------


def _bullet_chain(depth: int) -> Document:
    item: BulletItem | None = None
    for number in range(depth, 0, -1):
        # Each level indented two more spaces, as the parser nests bullets.
        head = Line(number, text="x", marker="-", gap=" ", indent="  " * (number - 1))
        item = BulletItem((head,), (item,) if item else ())
    assert item is not None
    return Document(body=(BulletList((item,)),))


def test_the_deepest_tree_the_parser_builds_round_trips() -> None:
    # Fifteen clause styles nest, and bullets nest by indentation to the lexer's limit.
    markers = ["1.1", "1.1.1", "1.1.1.1", "1.1.1.1.1", "1.1.1.1.1.1", "(a)", "a)", "a."]
    markers += ["(i)", "i)", "(1)", "1.", "II)", "(II)", "II."]
    text = "1) What?\n" + "".join(m + " x\n" for m in markers)
    text += "".join("  " * i + "- y\n" for i in range(80))
    document = wgec_parse.parse(text)
    data = to_dict(document)
    assert json_depth(data) <= MAX_DEPTH
    assert from_json(to_json(document)) == document


def test_documents_up_to_the_limit_round_trip_and_deeper_ones_are_refused() -> None:
    from wgec_parse.limits import MAX_DEPTH_LIMIT

    # The deepest nesting parse builds comes back from JSON.
    ok = _bullet_chain(MAX_DEPTH_LIMIT)
    assert from_json(to_json(ok)) == ok
    # Deeper trees still fit in JSON (each bullet level adds two JSON levels, an item
    # and its children array), but parse never builds them: from_json refuses them.
    deep = _bullet_chain((MAX_DEPTH - 8) // 2)
    assert json_depth(to_dict(deep)) <= MAX_DEPTH
    with pytest.raises(JsonError, match="parse"):
        from_json(to_json(deep))
    too_deep = _bullet_chain(MAX_DEPTH // 2)
    with pytest.raises(JsonError, match=f"deeper than {MAX_DEPTH} JSON levels"):
        to_json(too_deep)


def test_deep_json_is_refused_with_its_path() -> None:
    data: dict[str, Any] = {"schema": "wgec-parse/document", "version": "1.0", "body": []}
    node: list[Any] = data["body"]
    for _ in range(MAX_DEPTH):
        inner: list[Any] = []
        node.append(inner)
        node = inner
    with pytest.raises(JsonError) as info:
        from_json(json.dumps(data))
    assert str(info.value).endswith(f"nested deeper than {MAX_DEPTH} levels")
    # "$" is level 1 and "$.body" level 2: the first container past the limit is named.
    assert info.value.path == "$.body" + "[0]" * (MAX_DEPTH - 1)


def test_a_short_python_stack_gives_json_errors_not_recursion_errors() -> None:
    document = _bullet_chain((MAX_DEPTH - 8) // 2)
    text = to_json(document)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(450)  # enough for pytest, not for 292 levels of cattrs hooks
    try:
        with pytest.raises(JsonError, match="nest"):
            from_json(text)
        with pytest.raises(JsonError, match="nests too deeply for the Python stack"):
            to_dict(document)
        with pytest.raises(JsonError, match="nests too deeply for the Python stack"):
            to_json(document)
    finally:
        sys.setrecursionlimit(limit)


@CAPPED
@given(parsed_documents())
def test_to_json_writes_what_json_dumps_writes_of_to_dict(document: Document) -> None:
    from wgec_parse.jsonio import _tree_depth

    expected = json.dumps(to_dict(document), ensure_ascii=False)
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in expected):
        expected = json.dumps(to_dict(document), ensure_ascii=True)
        assert json.loads(to_json(document)) == json.loads(expected)
    else:
        assert to_json(document) == expected
    assert _tree_depth(document, lines=False) >= _tree_depth(document)


@pytest.mark.parametrize("path", SAMPLED_FIXTURES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_to_json_of_each_fixture_is_what_json_dumps_writes(path: Path) -> None:
    document = wgec_parse.parse_file(path)
    assert to_json(document) == json.dumps(to_dict(document), ensure_ascii=False)


@pytest.mark.parametrize(
    "odd",
    [
        Document(body=(wgec_parse.Paragraph((Line("5", "x"),)),)),  # type: ignore[arg-type]
        Document(bom=1),  # type: ignore[arg-type]
        Document(trailing=[wgec_parse.Blank(" ", "\n")]),  # type: ignore[arg-type]
    ],
    ids=["string-line-number", "int-bom", "list-of-blanks"],
)
def test_trees_outside_the_node_types_take_the_general_route(odd: Document) -> None:
    assert to_json(odd) == json.dumps(to_dict(odd), ensure_ascii=False)


def test_a_node_where_the_schema_has_no_place_for_it_is_a_type_error() -> None:
    odd = Document(body=(wgec_parse.Field((Line(1, "x"),)),))  # a field outside front matter
    for convert in (to_dict, to_json):
        with pytest.raises(TypeError, match="a Field node cannot stand here"):
            convert(odd)  # type: ignore[operator]


@pytest.mark.parametrize("indent", [None, 2])
def test_a_misplaced_node_inside_a_block_is_a_type_error_with_or_without_indent(
    indent: int | None,
) -> None:
    field = wgec_parse.Field((Line(2, "x"),))
    clause = wgec_parse.Clause((Line(1, "1.1", marker="1.1", gap=" "),), body=(field,))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="a Field node cannot stand here"):
        to_json(Document(body=(clause,)), indent=indent)


def test_cyclic_python_data_is_refused() -> None:
    data: dict[str, Any] = {"schema": "wgec-parse/document", "version": "1.0", "body": []}
    data["body"].append(data["body"])
    with pytest.raises(JsonError, match="nested deeper than"):
        from_dict(data)


# -- malformed input --------------------------------------------------------------------


def _base() -> dict[str, Any]:
    """A small valid document: a question with a clause, a paragraph and a bullet."""
    text = "1) What?\n\n1.1 a clause\nhttps://example.org/x\n- an item\n  - nested\n"
    return to_dict(wgec_parse.parse(text))


def _with(change: Any) -> str:
    data = copy.deepcopy(_base())
    change(data)
    return json.dumps(data)


def _q(data: dict[str, Any]) -> dict[str, Any]:
    question: dict[str, Any] = data["questions"][0]
    return question


def _set(path: list[Any], value: Any) -> Any:
    def change(data: Any) -> None:
        for step in path[:-1]:
            data = data[step]
        data[path[-1]] = value

    return change


def _drop(path: list[Any]) -> Any:
    def change(data: Any) -> None:
        for step in path[:-1]:
            data = data[step]
        del data[path[-1]]

    return change


CLAUSE = ["questions", 0, "body", 0]
HEAD = [*CLAUSE, "lines", 0]
ITEM = [*CLAUSE, "body", 0, "items", 0]
H = "{" + '"schema": "wgec-parse/document", "version": "1.0"'

#: (id, input, exact message); "schema" marks inputs the JSON Schema must refuse too.
MALFORMED: list[tuple[str, str | bytes, str, bool]] = [
    ("empty", "", "$: not JSON: Expecting value: line 1 column 1 (char 0)", False),
    # Truncated after 61 characters: the value is missing at the very end.
    (
        "truncated",
        H + ', "body": [',
        "$: not JSON: Expecting value: line 1 column 62 (char 61)",
        False,
    ),
    (
        "bad-utf8",
        b'{"schema": "\xff"}',
        "$: not JSON: 'utf-8' codec can't decode byte 0xff in position 12: invalid start byte",
        False,
    ),
    ("nan", H + ', "bom": NaN}', "$: not JSON: NaN is not a JSON value", False),
    ("array", "[]", "$: expected a document (an object), got an array", True),
    (
        "no-schema",
        '{"version": "1.0"}',
        '$.schema: required key is missing; expected "wgec-parse/document"',
        True,
    ),
    (
        "other-schema",
        '{"schema": "geojson"}',
        '$.schema: not a wgec-parse document: expected "wgec-parse/document"',
        True,
    ),
    (
        "no-version",
        '{"schema": "wgec-parse/document"}',
        '$.version: required key is missing; expected "1.0"',
        True,
    ),
    (
        "version-2",
        '{"schema": "wgec-parse/document", "version": "2.0"}',
        "$.version: unsupported version 2.0: this release reads versions 1.x",
        True,
    ),
    (
        "version-number",
        '{"schema": "wgec-parse/document", "version": 1.0}',
        '$.version: expected a version such as "1.0", got 1.0',
        True,
    ),
    ("repeated-key", H + ', "bom": true, "bom": false}', "$.bom: repeated key", False),
    ("unknown-key", _with(_set(["colour"], "red")), "$.colour: unknown key in a document", True),
    (
        "unknown-key-in-line",
        _with(_set([*HEAD, "color"], 1)),
        "$.questions[0].body[0].lines[0].color: unknown key in a line",
        True,
    ),
    (
        "odd-key",
        _with(_set([*HEAD, "a b\n"], 1)),
        '$.questions[0].body[0].lines[0]["a b\\n"]: unknown key in a line',
        True,
    ),
    (
        "bom-string",
        _with(_set(["bom"], "yes")),
        "$.bom: expected true or false, got a string",
        True,
    ),
    (
        "line-as-string",
        _with(_set([*HEAD, "line"], "3")),
        "$.questions[0].body[0].lines[0].line: expected an integer, got a string",
        True,
    ),
    (
        "line-as-bool",
        _with(_set([*HEAD, "line"], True)),
        "$.questions[0].body[0].lines[0].line: expected an integer, got true",
        True,
    ),
    (
        "text-as-number",
        _with(_set([*HEAD, "text"], 5)),
        "$.questions[0].body[0].lines[0].text: expected a string, got an integer",
        True,
    ),
    (
        "encoding-number",
        _with(_set(["encoding"], 8)),
        "$.encoding: expected a string, got an integer",
        True,
    ),
    (
        "unknown-encoding",
        _with(_set(["encoding"], "klingon")),
        '$.encoding: unknown text encoding "klingon"',
        False,
    ),
    ("body-object", _with(_set(["body"], {})), "$.body: expected an array, got an object", True),
    (
        "question-string",
        _with(_set(["questions", 0], "1) What?")),
        "$.questions[0]: expected a question (an object), got a string",
        True,
    ),
    (
        "unknown-type",
        _with(_set([*CLAUSE, "type"], "figure")),
        '$.questions[0].body[0].type: unknown node type "figure" here; one of "paragraph", "bullet_list", "table", "clause"',
        True,
    ),
    (
        "field-in-body",
        _with(_set([*CLAUSE, "type"], "field")),
        '$.questions[0].body[0].type: unknown node type "field" here; one of "paragraph", "bullet_list", "table", "clause"',
        True,
    ),
    (
        "missing-type",
        _with(_drop([*HEAD, "type"])),
        '$.questions[0].body[0].lines[0].type: required key is missing; one of "line", "noise"',
        True,
    ),
    (
        "missing-line-number",
        _with(_drop([*HEAD, "line"])),
        "$.questions[0].body[0].lines[0].line: required key is missing",
        True,
    ),
    (
        "no-lines",
        _with(_set([*CLAUSE, "lines"], [])),
        "$.questions[0].body[0].lines: a block needs at least one line",
        True,
    ),
    (
        "noise-first",
        _with(lambda d: _q(d)["body"][0]["lines"].reverse()),
        "$.questions[0].body[0].lines[0]: the first line of a block cannot be noise",
        True,
    ),
    (
        "empty-list",
        _with(_set([*CLAUSE, "body", 0, "items"], [])),
        "$.questions[0].body[0].body[0].items: a bullet list needs at least one item",
        True,
    ),
    (
        "bad-eol",
        _with(_set([*HEAD, "eol"], "\n\n")),
        '$.questions[0].body[0].lines[0].eol: eol must be "\\n", "\\r\\n", "\\r" or ""',
        True,
    ),
    (
        "newline-in-text",
        _with(_set([*HEAD, "text"], "a\nb")),
        "$.questions[0].body[0].lines[0].text: a line break inside a line; line endings belong in eol",
        True,
    ),
    (
        "blank-with-text",
        _with(_set([*HEAD, "leading", 0, "ws"], "x")),
        "$.questions[0].body[0].lines[0].leading[0].ws: a blank line may hold only white space",
        True,
    ),
    (
        "blank-line-as-line",
        _with(lambda d: _q(d)["body"][0]["lines"][0].update(marker="", gap="", text="\u3000")),
        "$.questions[0].body[0].lines[0]: a line holding only white space must be a blank line",
        False,
    ),
    (
        "wrong-line-number",
        _with(_set([*ITEM, "lines", 0, "line"], 6)),
        "$.questions[0].body[0].body[0].items[0].lines[0].line: line number 6 does not match the text: this is line 5",
        False,
    ),
    (
        "missing-blank",
        _with(_set([*HEAD, "leading"], [])),
        "$.questions[0].body[0].lines[0].line: line number 3 does not match the text: this is line 2",
        False,
    ),
    (
        "eol-missing-midway",
        _with(_set(["questions", 0, "lines", 0, "eol"], "")),
        "$.questions[0].lines[0].eol: only the last line of a document can lack a line ending",
        False,
    ),
    (
        "cr-meets-lf",
        _with(_set(["questions", 0, "lines", 0, "eol"], "\r")),
        '$.questions[0].body[0].lines[0].leading[0].eol: an empty line ending in "\\n" right after a line ending in "\\r" would render as one line ending',
        False,
    ),
    ("deep", "[" * 100_000, f"$: nested deeper than {MAX_DEPTH} levels", False),
    (
        "big-number",
        H + ', "bom": ' + "9" * 5000 + "}",
        "$: not JSON: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit",
        False,
    ),
]


@pytest.mark.parametrize(
    ("raw", "message"),
    [(raw, message) for _, raw, message, _ in MALFORMED],
    ids=[m[0] for m in MALFORMED],
)
def test_malformed_json_gets_its_message(raw: str | bytes, message: str) -> None:
    with pytest.raises(JsonError) as info:
        from_json(raw)
    assert str(info.value) == message
    assert message.startswith(info.value.path + ": ")


def test_the_table_is_built_on_a_valid_document() -> None:
    assert isinstance(from_json(json.dumps(_base())), Document)
    assert len(H + ', "body": [') == 61
    assert len(MALFORMED) >= 12


def test_from_json_wants_text() -> None:
    with pytest.raises(
        JsonError, match=r"^\$: expected JSON text \(str or bytes\), got an object$"
    ):
        from_json({})  # type: ignore[arg-type]


def test_json_error_is_a_value_error_and_a_wgec_error() -> None:
    err = JsonError("bad", "$.x")
    assert isinstance(err, ValueError)
    assert isinstance(err, wgec_parse.WgecError)
    assert (str(err), err.path) == ("$.x: bad", "$.x")


def test_minor_versions_are_read() -> None:
    data = _base()
    data["version"] = "1.7"
    assert from_dict(data) == from_dict(_base())


def test_missing_keys_take_the_node_defaults() -> None:
    document = from_json('{"schema": "wgec-parse/document", "version": "1.0"}')
    assert document == Document()
    line = from_json(
        H
        + ', "body": [{"type": "paragraph", "lines": [{"type": "line", "line": 1, "text": "x"}]}]}'
    ).body[0]
    assert wgec_parse.render(line) == "x\n"


def test_positions_check_agrees_with_renumber() -> None:
    document = wgec_parse.parse_file(SEED_FULL)
    assert renumber(document) == document
    shifted = attrs.evolve(document, questions=document.questions[1:])
    assert renumber(shifted) != shifted
    with pytest.raises(JsonError, match=r"^\$\.questions\[0\]\.lines\[0\]\.line: line number 134 "):
        from_json(to_json(shifted))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            _set([*CLAUSE, "type"], {1, 2}),
            '$.questions[0].body[0].type: unknown node type {1, 2} here; one of "paragraph", "bullet_list", "table", "clause"',
        ),
        (
            _set(["version"], {(1, 2): 1}),
            '$.version: expected a version such as "1.0", got {(1, 2): 1}',
        ),
        (
            _set([*CLAUSE, "lines"], ()),
            "$.questions[0].body[0].lines: expected an array, got a Python tuple",
        ),
        (_set(["encoding"], "utf\x00"), '$.encoding: unknown text encoding "utf\\u0000"'),
        (_set(["encoding"], "rot13"), '$.encoding: unknown text encoding "rot13"'),
    ],
    ids=["set-tag", "tuple-key-version", "tuple-lines", "nul-encoding", "not-a-text-encoding"],
)
def test_python_objects_json_cannot_hold_are_named_not_crashed_on(
    change: Any, message: str
) -> None:
    data = copy.deepcopy(_base())
    change(data)
    with pytest.raises(JsonError) as info:
        from_dict(data)
    assert str(info.value) == message


def test_bytes_may_start_with_a_utf8_byte_order_mark_or_be_utf16() -> None:
    document = wgec_parse.parse("1) Что?\n")
    text = to_json(document)
    assert from_json(b"\xef\xbb\xbf" + text.encode("utf-8")) == document
    assert from_json(text.encode("utf-16")) == document


# -- only trees that parse builds -------------------------------------------------------

NESTED = [*ITEM, "children", 0, "lines", 0]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            _set([*HEAD, "indent"], "abc"),
            "$.questions[0].body[0].lines[0].indent: an indent may hold only white space, "
            "form feeds and direction marks",
        ),
        (
            _set([*HEAD, "marker"], "banana"),
            "$.questions[0].body[0].lines[0].marker: a marker must be a numbering, "
            "bullet glyph or field name as the parser reads one",
        ),
        (
            _set([*HEAD, "gap"], "x"),
            "$.questions[0].body[0].lines[0].gap: gap may hold only white space",
        ),
        (
            _set([*HEAD, "trailing_ws"], "."),
            "$.questions[0].body[0].lines[0].trailing_ws: trailing_ws may hold only white space",
        ),
        # Each part is lexically sound; the text they render reads as another tree.
        (
            _set([*NESTED, "indent"], ""),
            "$.questions[0].body[0].body[0].items[0].children[0]: not a tree parse builds: "
            "its text parses to a different tree here",
        ),
        (
            _set([*HEAD, "marker"], "-"),
            "$.questions[0].body[0].lines: not a tree parse builds: "
            "its text parses to a different tree here",
        ),
    ],
    ids=["indent", "marker", "gap", "trailing", "bullet-not-nested", "dash-clause"],
)
def test_trees_parse_never_builds_are_refused(change: Any, message: str) -> None:
    data = copy.deepcopy(_base())
    change(data)
    with pytest.raises(JsonError) as info:
        from_dict(data)
    assert str(info.value) == message
    with pytest.raises(JsonError):
        from_json(json.dumps(data))


@pytest.mark.parametrize("encoding", ["idna", "punycode", "unicode_escape", "raw_unicode_escape"])
def test_encodings_that_are_not_plain_text_codecs_are_refused(encoding: str) -> None:
    data = copy.deepcopy(_base())
    data["encoding"] = encoding
    with pytest.raises(JsonError, match=r"^\$\.encoding: encoding .* is not one a document may"):
        from_dict(data)


@pytest.mark.parametrize("encoding", ["utf-8", "UTF8", "latin1", "cp1251", "koi8-r", "utf-16"])
def test_the_documented_text_encodings_and_their_aliases_are_read(encoding: str) -> None:
    data = copy.deepcopy(_base())
    data["encoding"] = encoding
    assert from_dict(data).encoding == encoding


def test_a_tree_parsed_with_a_smaller_nesting_limit_is_read_back() -> None:
    text = "".join("  " * i + "- y\n" for i in range(6))
    document = wgec_parse.parse(text, max_depth=3)
    assert from_json(to_json(document)) == document


_INDENTS = st.sampled_from(["", " ", "\t", "\f", "\u200e", "  ", "abc", "x", "\u2028"])
_MARKERS = st.sampled_from(["", "banana", "-", "1.", "1)", "(a)", "a)", "\u2022", "Date:", " "])
_EOLS = st.sampled_from(["\n", "\r\n", "\r", "", "\x0b", "\n\r", "\u2028"])
_CODECS = st.sampled_from(
    [None, "utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "idna", "punycode", "rot13"]
)
_FIELDS = {"indent": _INDENTS, "marker": _MARKERS, "eol": _EOLS}


def _line_objects(data: Any) -> list[dict[str, Any]]:
    """Every line and blank line object of a document's plain data, in no set order."""
    found: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            if "eol" in value:
                found.append(value)
            stack += value.values()
        elif isinstance(value, list):
            stack += value
    return found


def test_a_tree_that_nests_less_than_its_text_parses_back_with_its_depth() -> None:
    # "1." then "1.1": parse nests 1.1 under 1 unless its nesting limit is one level.
    text = "1. One.\n\n1.1 Two.\n"
    flat = wgec_parse.parse(text, max_depth=1)
    assert [c.number for c in flat.body] == ["1", "1.1"]
    assert from_json(to_json(flat)) == flat
    assert wgec_parse.parse(text) != flat
    assert wgec_parse.parse(text, max_depth=_nesting(flat)) == flat


def _nesting(document: Document) -> int:
    """How many levels of clauses, or of bullet items, the tree nests (1: none inside
    another)."""
    deepest = 1
    for node, parents in walk(document, lines=False):
        if type(node) in (Clause, BulletItem):
            deepest = max(deepest, 1 + sum(1 for p in parents if type(p) is type(node)))
    return deepest


@CAPPED
@given(generated_documents(), st.data())
def test_every_tree_from_json_accepts_parses_back_from_its_text(
    document: Document, data: st.DataObject
) -> None:
    plain = to_dict(document)
    lines = _line_objects(plain)
    for _ in range(data.draw(st.integers(0, 3))):
        if lines:
            line = data.draw(st.sampled_from(lines))
            key = data.draw(st.sampled_from([k for k in _FIELDS if k in line]))
            line[key] = data.draw(_FIELDS[key])
    if data.draw(st.booleans()):
        plain["encoding"] = data.draw(_CODECS)
    try:
        tree = from_json(json.dumps(plain))
    except JsonError:
        return
    text = wgec_parse.render(tree)
    again = wgec_parse.parse(text, max_size=None)
    if again != attrs.evolve(tree, encoding=None, source=None):
        # A tree that nests less deeply than its text would: the one parse builds with
        # that depth as its nesting limit, as from_json documents.
        again = wgec_parse.parse(text, max_size=None, max_depth=_nesting(tree))
    assert attrs.evolve(again, encoding=tree.encoding, source=tree.source) == tree
    if tree.encoding is not None:
        try:
            encoded = text.encode(tree.encoding)
        except UnicodeEncodeError:
            return  # the text holds a character that code page lacks: an honest error
        assert encoded.decode(tree.encoding) == text


def test_reparse_false_keeps_the_field_checks_and_skips_only_the_parse() -> None:
    data = copy.deepcopy(_base())
    data["questions"][0]["body"][0]["lines"][0]["marker"] = "-"
    assert from_dict(data, reparse=False).questions[0].body[0].lines[0].marker == "-"
    data["encoding"] = "idna"
    with pytest.raises(JsonError, match=r"^\$\.encoding"):
        from_json(json.dumps(data), reparse=False)


def test_the_depth_guard_counts_a_closing_as_front_matter_is_counted() -> None:
    from wgec_parse.jsonio import _tree_depth

    text = "1) What?\n1.1 All governments should\n\n\ud800 lone\n\ud800 lone\n"
    document = wgec_parse.parse(text)
    assert document.closing is not None
    assert _tree_depth(document) == json_depth(to_dict(document))


def test_json_read_back_shares_short_blank_lines_as_the_parser_does() -> None:
    from wgec_parse.jsonio import _read_as_built

    document = wgec_parse.parse(
        "1) What?\n\n1.1 a clause\n\nmore\n\n- an item\n" + " " * 81 + "\nx\n"
    )
    text = to_json(document)
    back = _read_as_built(text, True)  # the fast route, not the one naming problems
    assert back == document == from_json(text)
    lines = [line for line in wgec_parse.nodes.iter_lines(back) if type(line) is Line]
    shared = [line.leading for line in lines if line.leading and not line.leading[0].ws]
    assert len(shared) == 3
    assert shared[0] is shared[1] is shared[2]
    long_blank = next(line.leading[0] for line in lines if line.leading and line.leading[0].ws)
    assert long_blank.ws == " " * 81


#: Lines of the small document's clause head changed so that the short way of reading
#: a line's pairs must refuse them, or hand them to the converter's hook, once lines of
#: the same indent, gap, trailing white space and line ending were read: (change, the
#: message of from_json, or None where the change is valid).
_LINE_CHANGES: list[tuple[dict[str, Any], str | None]] = [
    ({"text": "\u3000", "marker": "", "gap": ""}, "a line holding only white space"),
    ({"text": "a\rb", "marker": "", "gap": ""}, "a line break inside a line"),
    ({"marker": "zz"}, "a marker must be a numbering"),
    ({"offset": -1}, "an offset cannot be negative"),
    ({"offset": True}, "expected an integer, got true"),
    ({"line": False}, "expected an integer, got false"),
    ({"leading": {}}, "expected an array, got an object"),
    ({"leading": [{"ws": "", "eol": ["\n"]}]}, "expected a string, got an array"),
    ({"leading": [{"ws": "x", "eol": "\n"}]}, "a blank line may hold only white space"),
    ({"eol": 1}, "expected a string, got an integer"),
    ({"indent": "x"}, "an indent may hold only white space"),
    ({"marker": "", "gap": "", "text": "a clause", "colour": 1}, "unknown key in a line"),
    ({"marker": "", "gap": "", "text": "1.1 a clause"}, None),
]


@pytest.mark.parametrize(("change", "message"), _LINE_CHANGES)
def test_lines_read_the_short_way_keep_every_check(
    change: dict[str, Any], message: str | None
) -> None:

    # The same shapes of line, read first as they are valid.
    assert from_json(json.dumps(_base()), reparse=False) == from_dict(_base())
    data = copy.deepcopy(_base())
    head = data["questions"][0]["body"][0]["lines"][0]
    written = {k: v for k, v in head.items() if k != "type"}
    written.update(change)
    head.clear()
    head.update({**written, "type": "line"})  # in field order, the tag last, as written
    _assert_read_alike(json.dumps(data), message)


def test_a_noise_line_and_a_line_read_the_short_way_equal_those_read_whole() -> None:
    from wgec_parse.jsonio import _read_as_built

    text = "1) What?\n\n1.1 a clause\n\n\nhttps://example.org/x\n \n- an item\r\n  more\r\n"
    document = wgec_parse.parse(text)
    written = to_json(document)
    reordered = json.dumps(json.loads(written, object_pairs_hook=lambda p: dict(reversed(p))))
    assert _read_as_built(written, True) == document == _read_as_built(reordered, True)


def test_the_short_way_reads_the_fields_line_has() -> None:
    from wgec_parse.jsonformat import _LINE_FIELDS

    # The fields the short way of reading a line reads; it reads none if they change.
    assert tuple(field.name for field in attrs.fields(Line)) == _LINE_FIELDS


@CAPPED
@given(parsed_documents())
def test_the_lines_listed_at_once_are_iter_lines_and_the_block_depth(document: Document) -> None:
    from wgec_parse.jsonio import _physical_lines, _tree_depth

    lines, bound = _physical_lines(document)
    assert lines == list(wgec_parse.nodes.iter_lines(document))
    assert all(a is b for a, b in zip(lines, wgec_parse.nodes.iter_lines(document), strict=True))
    assert bound == _tree_depth(document, lines=False)


_ITEM_CHANGES: list[tuple[Any, str | None]] = [
    (lambda item: item.update(lines=[]), "a block needs at least one line"),
    (lambda item: item["lines"].insert(0, {"line": _noise()}), "required key is missing"),
    (
        lambda item: item["lines"].insert(0, {"line": _noise(), "type": "noise"}),
        "the first line of a block cannot be noise",
    ),
    (lambda item: item.update(children={}), "expected an array, got an object"),
    (lambda item: item.update(colour=1), "unknown key in a bullet item"),
    (lambda item: item["children"][0].update(lines=[]), "a block needs at least one line"),
    (lambda item: item["children"].append("x"), "expected a bullet item"),
    (lambda item: item.update(tables=[]), None),
    (lambda item: item.update(children=[]), None),
]


def _noise() -> dict[str, Any]:
    return {"line": 9, "text": "https://example.org/y", "eol": "\n", "leading": []}


@pytest.mark.parametrize(("change", "message"), _ITEM_CHANGES)
def test_bullet_items_read_the_short_way_keep_every_check(change: Any, message: str | None) -> None:

    data = copy.deepcopy(_base())
    change(data["questions"][0]["body"][0]["body"][0]["items"][0])
    _assert_read_alike(json.dumps(data), message)


def _assert_read_alike(text: str, message: str | None) -> None:
    """The short way reads ``text`` as the converter does, or, where the converter
    refuses it with ``message``, leaves it to the converter, which refuses it."""
    from wgec_parse.jsonio import _read_as_built

    if message is None:
        assert _read_as_built(text, False) == from_dict(json.loads(text), reparse=False)
        return
    assert _read_as_built(text, False) is None
    with pytest.raises(JsonError, match=message):
        from_json(text, reparse=False)
