"""Tables as tables: rows of cells between "|" read as a Table node, by stage (the
row terminals are in test_markers.py)."""

from __future__ import annotations

import json

import pytest

import wgec_parse
from wgec_parse import JsonError, Paragraph, Table, from_json, parse, render, to_dict, to_json
from wgec_parse.answers import answer_pieces, iter_answers
from wgec_parse.markdown import to_markdown
from wgec_parse.nodes import is_delimiter_row, table_cells, walk
from wgec_parse.outline import outline

HEAD = "1. What are the high level characteristics of enhanced cooperation?\n\n"

MARKDOWN_TABLE = (
    HEAD + "The figures:\n\n"
    "| Country   | Online public services used (% of adults) |\n"
    "|-----------|-------------------------------------------|\n"
    "| Estonia   | 79                                        |\n"
    "| Latvia    | 62                                        |\n"
    "| Lithuania | 53                                        |\n"
    "\n2 of the 3 countries share data.\n"
)

WORD_ROWS = (
    HEAD + "Budget:\n \n| Programme | 2015 | 2016 |\n \n| Broadband \\| rural | 1200 | 1450 |\n"
    " \n| Cybersecurity | 300 | 410 |\n \nA last paragraph.\n"
)


def _tables(text: str) -> list[Table]:
    return [n for n, _ in walk(parse(text)) if type(n) is Table]


# -- nodes: cells ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        ("| a | b |", ("a", "b")),
        ("|a|b", ("a", "b")),
        ("| Broadband \\| rural | 1200 |", ("Broadband | rural", "1200")),
        ("| | x |", ("", "x")),
        ("a | b", ("a", "b")),
        ("|---|:--:|", ("---", ":--:")),
    ],
)
def test_table_cells(row: str, cells: tuple[str, ...]) -> None:
    assert table_cells(row) == cells


@pytest.mark.parametrize(
    ("cells", "delimiter"),
    [
        (("---", ":--:", "--:", ":-"), True),
        (("---", "x"), False),
        (("",), False),
        ((":",), False),
        (("-:-",), False),
    ],
)
def test_delimiter_rows(cells: tuple[str, ...], delimiter: bool) -> None:
    assert is_delimiter_row(cells) is delimiter


# -- roles: what makes a table -----------------------------------------------------------


def test_a_markdown_table_is_one_table_with_its_header() -> None:
    (table,) = _tables(MARKDOWN_TABLE)
    assert table.header == ("Country", "Online public services used (% of adults)")
    assert table.data_rows == (("Estonia", "79"), ("Latvia", "62"), ("Lithuania", "53"))
    assert len(table.rows) == 4  # the delimiter row is no row
    assert table.shape == "3x2"
    body = parse(MARKDOWN_TABLE).questions[0].body
    assert [type(b) for b in body] == [Paragraph, Table, Paragraph]


def test_word_rows_one_blank_line_apart_are_one_table() -> None:
    (table,) = _tables(WORD_ROWS)
    assert table.header is None
    assert table.rows[1] == ("Broadband | rural", "1200", "1450")
    assert table.shape == "3x3"
    assert parse(WORD_ROWS).questions[0].body[-1].text == "A last paragraph."


def test_rows_in_one_spacing_then_another_are_two_tables() -> None:
    text = HEAD + "| a | b |\n| c | d |\n\n| e | f |\n| g | h |\n"
    assert [t.rows for t in _tables(text)] == [(("a", "b"), ("c", "d")), (("e", "f"), ("g", "h"))]


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "| One line that opens with a bar.\n\nA paragraph.\n",
        HEAD + "A sentence with a | b in it\nand its wrap | too.\n",
        HEAD + "An answer.\n\nPage 2 | Report\n",
        HEAD + "| a row\n\n\n| two blank lines later\n",
    ],
)
def test_a_bar_alone_makes_no_table(text: str) -> None:
    assert _tables(text) == []
    assert render(parse(text)) == text


def test_a_table_sits_in_a_clause() -> None:
    text = HEAD + "1.1 Figures:\n| x | y |\n|---|---|\n| 1 | 2 |\n"
    document = parse(text)
    clause = document.questions[0].clauses[0]
    assert [type(b) for b in clause.body] == [Table]
    assert clause.tables[0].header == ("x", "y")


def test_a_table_after_a_list_closes_it() -> None:
    text = HEAD + "We recommend:\n\n- a report:\n\n| a | b |\n| 1 | 2 |\n\n- a forum.\n"
    body = parse(text).questions[0].body
    assert [type(b).__name__ for b in body] == ["Paragraph", "BulletList", "Table", "BulletList"]


ITEM_TABLE = (
    HEAD + "We recommend:\n\n- a report with figures:\n\n  | Year | Reports |\n"
    "  |------|---------|\n  | 2015 | 3 |\n\n  - a nested item\n- a forum.\n"
)


def test_a_table_indented_under_an_item_is_the_item_s() -> None:
    document = parse(ITEM_TABLE)
    bullets = document.questions[0].body[1]
    first, second = bullets.items
    assert [t.data_rows for t in first.tables] == [(("2015", "3"),)]
    assert [c.text for c in first.children] == ["a nested item"]
    assert second.text == "a forum."
    assert render(document) == ITEM_TABLE
    assert from_json(to_json(document)) == document
    shown = outline(document)
    assert "  bullet -\n    table 1x2: Year | Reports\n    bullet -\n  bullet -\n" in shown
    assert (
        "- a report with figures:\n\n  | Year | Reports |\n  | --- | --- |\n  | 2015 | 3 |\n"
        in to_markdown(document)
    )
    pieces = answer_pieces(document.questions[0].body)
    assert [(p.kind, p.level) for p in pieces] == [
        ("paragraph", 0),
        ("bullet", 0),
        ("table", 1),
        ("bullet", 1),
        ("bullet", 0),
    ]
    clean = to_dict(document, view="clean")["questions"][0]["body"][1]["items"]
    assert clean[0]["tables"] == [
        {"header": ["Year", "Reports"], "rows": [["2015", "3"]], "line": 7}
    ]
    assert "tables" not in clean[1]
    assert "tables" not in to_dict(document)["questions"][0]["body"][1]["items"][1]


def test_a_table_is_no_signature() -> None:
    text = HEAD + "An answer.\n\n| Name | Role |\n| A. Person | Chair |\n"
    document = parse(text)
    assert document.closing is None
    assert type(document.questions[0].body[-1]) is Table


# -- render and JSON ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [MARKDOWN_TABLE, WORD_ROWS, WORD_ROWS.replace("\n", "\r\n")])
def test_tables_round_trip_through_text_and_json(text: str) -> None:
    document = parse(text)
    assert render(document) == text
    assert from_json(to_json(document)) == document


def test_the_json_of_a_table() -> None:
    (table,) = _tables(MARKDOWN_TABLE)
    data = to_dict(table)
    assert data["type"] == "table"
    assert data["lines"][1]["text"].startswith("|---")
    clean = to_dict(parse(MARKDOWN_TABLE), view="clean")["questions"][0]["body"][1]
    assert clean == {
        "type": "table",
        "header": ["Country", "Online public services used (% of adults)"],
        "rows": [["Estonia", "79"], ["Latvia", "62"], ["Lithuania", "53"]],
        "line": 5,
    }


def test_from_json_takes_a_table_only_as_parse_builds_it() -> None:
    data = json.loads(to_json(parse(WORD_ROWS)))
    table = data["questions"][0]["body"][1]
    table["lines"] = table["lines"][:1]
    with pytest.raises(JsonError, match="at least two rows"):
        from_json(json.dumps(data))
    data = json.loads(to_json(parse(WORD_ROWS)))
    data["questions"][0]["body"][1]["lines"][1]["text"] = "no row"
    with pytest.raises(JsonError, match="table row"):
        from_json(json.dumps(data))
    # Rows made a paragraph are refused too: parsing the text again gives a table.
    data = json.loads(to_json(parse(WORD_ROWS)))
    data["questions"][0]["body"][1]["type"] = "paragraph"
    with pytest.raises(JsonError):
        from_json(json.dumps(data))


# -- outline, Markdown, answers ----------------------------------------------------------


def test_the_outline_shows_a_table() -> None:
    shown = outline(parse(MARKDOWN_TABLE))
    assert "  table 3x2: Country | Online public services used (% of adults)\n" in shown
    assert "|---" not in outline(parse(MARKDOWN_TABLE), text=True)


def test_markdown_writes_a_table() -> None:
    assert (
        "| Country | Online public services used (% of adults) |\n| --- | --- |\n"
        "| Estonia | 79 |\n| Latvia | 62 |\n| Lithuania | 53 |\n\n"
    ) in to_markdown(parse(MARKDOWN_TABLE))
    markdown = to_markdown(parse(WORD_ROWS))
    assert "| Programme | 2015 | 2016 |\n| --- | --- | --- |\n| Broadband \\| rural |" in markdown


def test_answers_and_clean_text_keep_the_cells_readable() -> None:
    document = parse(WORD_ROWS)
    pieces = answer_pieces(document.questions[0].body)
    assert [p.kind for p in pieces] == ["paragraph", "table", "paragraph"]
    assert pieces[1].text == (
        "Programme | 2015 | 2016\nBroadband \\| rural | 1200 | 1450\nCybersecurity | 300 | 410"
    )
    (row,) = iter_answers([("a.txt", document)])
    assert "Cybersecurity | 300 | 410" in row.text
    clean = wgec_parse.render_clean(document)
    assert "\nProgramme | 2015 | 2016\nBroadband \\| rural | 1200 | 1450\n" in clean
    assert "| Programme |" not in clean


def test_rules_drawn_between_rows_are_no_rows() -> None:
    text = HEAD + "|------|-----|\n| a    | 1   |\n|------|-----|\n| b    | 2   |\n|------|-----|\n"
    (table,) = _tables(text)
    assert table.rows == (("a", "1"), ("b", "2"))
    assert table.header is None
    assert table.shape == "2x2"


FRONT_AND_CLOSING = (
    "| Name | Jane Example |\n| Organization | Example Network |\n\n"
    "Contribution to the WGEC\n\n" + HEAD + "An answer.\n\nBest regards,\n\n"
    "| Contact | jane@example.org |\n| Phone | +1 555 0100 |\n"
)


def test_tables_in_the_front_matter_and_the_closing() -> None:
    document = parse(FRONT_AND_CLOSING)
    assert document.front_matter is not None
    assert document.closing is not None
    assert [t.rows[1] for t in document.front_matter.tables] == [
        ("Organization", "Example Network")
    ]
    assert [t.rows[0] for t in document.closing.tables] == [("Contact", "jane@example.org")]
    assert render(document) == FRONT_AND_CLOSING
    assert from_json(to_json(document)) == document
    assert outline(document).startswith("front\n  table 2x2: Name | Jane Example\n  paragraph\n")
    assert "closing\n  paragraph\n  table 2x2: Contact | jane@example.org\n" in outline(document)
    clean = to_dict(document, view="clean")
    assert clean["front_tables"][0]["rows"][1] == ["Organization", "Example Network"]
    assert clean["closing"]["tables"][0]["line"] == 12
    assert "| Organization | Example Network |" in to_markdown(document)


def test_a_cover_table_of_two_columns_names_the_submitter() -> None:
    document = parse(FRONT_AND_CLOSING)
    assert document.submitter is not None
    assert (document.submitter.name, document.submitter.source) == (
        "Example Network",
        "Organization",
    )
    assert document.submitter.confidence == "field"


def test_without_tables_the_clean_view_is_as_before() -> None:
    clean = to_dict(parse(HEAD + "An answer.\n\nBest regards,\nJane\n"), view="clean")
    assert "front_tables" not in clean
    assert "tables" not in clean["closing"]
