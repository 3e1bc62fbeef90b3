"""The API that reads naturally: the submitter without a cover, a question's bullets and
answer text, short reprs, notebook views, and rendering any node."""

from __future__ import annotations

import html
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import wgec_parse
from wgec_parse import (
    Blank,
    BulletItem,
    BulletList,
    Clause,
    Document,
    Field,
    FrontMatter,
    Line,
    Noise,
    Paragraph,
    Question,
)
from wgec_parse.nodes import Node, walk
from wgec_parse.strategies import documents

from .conftest import SEED_BODY, SEED_FULL, read_exact

SMALL = """\
Submitted by: Republic of Examplia
Date: 30 September 2016

1) What are the high level characteristics of enhanced cooperation?

Cooperation is "inclusive" and <open>.

1.1 Governments should have an equal role.
\u2022 first point
  \u2013 nested point
\u2022 second point
http://example.org/page
1.2 Decisions are transparent.

2) Taking into consideration the work of the previous WGEC and the Tunis Agenda, \
particularly paragraphs 69-71, what kind of recommendations should be considered?

\u2022 a mechanism
"""


@pytest.fixture(scope="module")
def small() -> Document:
    return wgec_parse.parse(SMALL)


# -- the submitter ------------------------------------------------------------------------


def test_submitter_without_a_cover_is_none() -> None:
    doc = wgec_parse.parse("1) What are the high level characteristics?\nYes.\n")
    assert doc.front_matter is None
    assert doc.submitter is None
    assert doc.submitted_by is None


def test_submitter_from_a_field(small: Document) -> None:
    assert small.submitter is not None
    assert small.submitter.name == "Republic of Examplia"
    assert small.submitted_by == "Republic of Examplia"
    seed = wgec_parse.parse_file(SEED_FULL)
    assert seed.submitted_by == "the Russian Federation"


# -- a question's answer ------------------------------------------------------------------


def test_question_body_is_the_reading_order(small: Document) -> None:
    q1 = small.questions[0]
    assert [type(b).__name__ for b in q1.body] == ["Paragraph", "Clause", "Clause"]
    assert q1.paragraphs == (q1.body[0],)
    assert q1.clauses == (q1.body[1], q1.body[2])


def test_question_bullets_are_every_item_in_order(small: Document) -> None:
    q1, q2 = small.questions
    assert [(b.glyph, b.text) for b in q1.bullets] == [
        ("\u2022", "first point"),
        ("\u2013", "nested point"),
        ("\u2022", "second point"),
    ]
    assert [b.text for b in q2.bullets] == ["a mechanism"]
    # A clause's own view is its first level.
    assert [b.text for b in q1.clauses[0].bullets] == ["first point", "second point"]


def test_answer_text_is_the_clean_answer_without_the_heading(small: Document) -> None:
    q1 = small.questions[0]
    assert q1.answer_text == (
        'Cooperation is "inclusive" and <open>.\n'
        "\n"
        "1.1 Governments should have an equal role.\n"
        "\n"
        "  \u2022 first point\n"
        "\n"
        "    \u2013 nested point\n"
        "\n"
        "  \u2022 second point\n"
        "\n"
        "1.2 Decisions are transparent.\n"
    )
    heading = "1) What are the high level characteristics of enhanced cooperation?"
    assert wgec_parse.render_clean(q1) == heading + "\n\n" + q1.answer_text
    assert small.questions[1].answer_text == "\u2022 a mechanism\n"


def test_an_unanswered_question_has_empty_views() -> None:
    doc = wgec_parse.parse("1) What are the high level characteristics?\n")
    (q,) = doc.questions
    assert q.answer_text == ""
    assert q.bullets == ()
    assert q.body == ()


def test_answer_text_of_the_seed_joins_wrapped_lines() -> None:
    q2 = wgec_parse.parse_file(SEED_FULL).questions[1]
    assert q2.answer_text.startswith(
        "2.1 Based on the abovementioned high level characteristics of enhanced "
        "cooperation WGEC-2 should:\n\n"
    )
    assert "globally-applicable principles" in q2.answer_text
    assert "https://" not in q2.answer_text  # noise dropped
    assert len(q2.bullets) == 10


def test_the_views_are_properties_not_fields() -> None:
    names = {f.name for f in attrs.fields(Question)}
    assert names == {"lines", "body"}
    assert {f.name for f in attrs.fields(Document)} == {
        "front_matter",
        "body",
        "questions",
        "trailing",
        "bom",
        "encoding",
        "source",
        "closing",
        "heading_lines",
    }


# -- short reprs --------------------------------------------------------------------------


def _first(doc: Document, kind: type) -> Node:
    return next(n for n, _ in walk(doc) if type(n) is kind)


def test_the_repr_of_each_node_kind(small: Document) -> None:
    q1 = small.questions[0]
    assert repr(small) == "<Document (front matter, 2 questions)>"
    assert repr(small.front_matter) == '<FrontMatter line 1 (2 blocks): "Republic of Examplia">'
    assert repr(_first(small, Field)) == '<Field Submitted by line 1: "Republic of Examplia">'
    assert repr(q1) == (
        '<Question 1 line 4 (3 blocks): "What are the high level characteristics of '
        'enhanced cooperation?">'
    )
    assert repr(q1.body[0]) == r'<Paragraph line 6: "Cooperation is \"inclusive\" and <open>.">'
    assert repr(q1.clauses[0]) == '<Clause 1.1 line 8: "Governments should have an equal role.">'
    assert repr(q1.clauses[0].body[0]) == '<BulletList line 9 (2 items): "first point">'
    assert repr(q1.bullets[0]) == '<BulletItem \u2022 line 9 (1 nested item): "first point">'
    assert repr(q1.bullets[1]) == '<BulletItem \u2013 line 10: "nested point">'
    assert repr(_first(small, Noise)) == '<Noise line 12: "http://example.org/page">'
    assert repr(q1.lines[0]) == (
        '<Line 4: "1) What are the high level characteristics of enhanced cooperation?">'
    )
    assert repr(Blank(" ", "\r\n")) == r'<Blank " \r\n">'


def test_a_long_text_is_cut_and_the_repr_is_bounded() -> None:
    question = wgec_parse.parse(SMALL).questions[1]
    assert repr(question) == (
        '<Question 2 line 15 (1 block): "Taking into consideration the work of the '
        'previous WGEC and the...">'
    )
    assert len(repr(question)) <= 100


@pytest.mark.parametrize("path", [SEED_FULL, SEED_BODY], ids=lambda p: p.name)
def test_every_repr_of_the_seeds_is_short(path: Path) -> None:
    doc = wgec_parse.parse(read_exact(path))
    for node, _ in walk(doc):
        shown = repr(node)
        assert len(shown) <= 100, shown
        assert shown.startswith(f"<{type(node).__name__} ")
        assert "\n" not in shown


def test_repr_of_the_seed_document_is_short() -> None:
    doc = wgec_parse.parse_file(SEED_BODY)
    assert repr(doc) == "<Document (2 questions)>"
    assert len(repr(wgec_parse.parse_file(SEED_FULL))) < 100


def test_private_use_and_lost_glyphs_are_named() -> None:
    seed = wgec_parse.parse_file(SEED_FULL)
    first = seed.questions[1].clauses[0].bullets[0]
    assert repr(first).startswith("<BulletItem U+F0B7 line 144 (2 nested items): ")
    lost = wgec_parse.parse_file(SEED_BODY).questions[1].clauses[0].bullets[0]
    assert repr(lost).startswith("<BulletItem (lost) line 70 ")


def test_the_outline_and_reprs_name_glyphs_alike() -> None:
    from wgec_parse.nodes import glyph_name
    from wgec_parse.outline import glyph_name as outline_glyph_name

    assert outline_glyph_name is glyph_name
    assert [glyph_name(g) for g in ("", "\uf0b7", "-", "\u2022")] == [
        "(lost)",
        "U+F0B7",
        "-",
        "\u2022",
    ]
    item = wgec_parse.parse_file(SEED_FULL).questions[1].clauses[0].bullets[0]

    # A glyph a line cannot show is escaped in the repr, and written as is in the outline.
    def with_glyph(glyph: str) -> str:
        head = attrs.evolve(item.lines[0], marker=glyph)
        return repr(attrs.evolve(item, lines=(head, *item.lines[1:])))

    assert with_glyph("\x07").startswith("<BulletItem \\x07 line 144 ")
    assert glyph_name("\x07") == "\x07"
    assert with_glyph("\uf0a7").startswith("<BulletItem U+F0A7 line 144 ")
    assert with_glyph("").startswith("<BulletItem (lost) line 144 ")


def test_control_characters_are_escaped_in_a_repr() -> None:
    para = Paragraph((Line(3, "a\x0cb\u200fc\uf0a7"),))
    assert repr(para) == r'<Paragraph line 3: "a\x0cb\u200fc\uf0a7">'
    # Where the text is cut, an escape is kept whole or left out.
    long = Paragraph((Line(3, "x" * 70 + "\uf0b7" * 10),))
    # 80 characters of text fit: 70 x, one escape (6) would leave no room for "...".
    assert repr(long) == '<Paragraph line 3: "' + "x" * 70 + '...">'
    longer = Paragraph((Line(3, "x" * 60 + "\uf0b7" * 10),))
    # 60 x and two escapes (72) leave room for "..." (a third would not).
    assert repr(longer) == '<Paragraph line 3: "' + "x" * 60 + r"\uf0b7" * 2 + '...">'


def test_repr_does_not_recurse_into_a_deep_tree() -> None:
    depth = sys.getrecursionlimit() + 200
    item = BulletItem((Line(depth, "deepest", "-"),))
    for level in range(depth - 1, 0, -1):
        item = BulletItem((Line(level, f"level {level}", "-"),), (item,))
    doc = Document(body=(BulletList((item,)),))
    assert repr(item) == '<BulletItem - line 1 (1 nested item): "level 1">'
    assert repr(doc) == "<Document (1 block before the questions, 0 questions)>"


def test_a_hand_built_node_without_lines_has_a_repr() -> None:
    assert repr(Paragraph(())) == '<Paragraph: "">'
    assert repr(Clause(())) == '<Clause: "">'
    assert repr(BulletList(())) == '<BulletList (0 items): "">'
    assert repr(FrontMatter(())) == '<FrontMatter (0 blocks): "">'


def test_equality_and_hash_are_unchanged(small: Document) -> None:
    again = wgec_parse.parse(SMALL)
    assert again == small
    assert hash(again) == hash(small)
    assert again.questions[0] != small.questions[1]
    assert attrs.evolve(small, encoding="utf-8") != small


# -- notebook views -----------------------------------------------------------------------


def test_html_view_is_the_escaped_outline(small: Document) -> None:
    shown = small._repr_html_()
    assert shown is not None
    assert shown.startswith(
        '<div class="wgec-parse"><p><code>&lt;Document (front matter, 2 questions)&gt;'
    )
    assert "  paragraph: Cooperation is &quot;inclusive&quot; and &lt;open&gt;." in shown
    assert "<open>" not in shown
    text = html.unescape(shown.split("<pre>", 1)[1].split("</pre>", 1)[0])
    assert text.splitlines()[0] == "front"
    assert "question 1: What are the high level characteristics of enhanced cooperation?" in text
    q = small.questions[0]._repr_html_()
    assert q is not None
    assert "<pre>question 1: What are" in q
    assert "question 2" not in q


def test_markdown_view_is_to_markdown(small: Document) -> None:
    md = small._repr_markdown_()
    assert md == wgec_parse.to_markdown(small)
    assert md is not None
    assert md.startswith("# Republic of Examplia\n\n")
    assert small.questions[1]._repr_markdown_() == (
        "## 2. Taking into consideration the work of the previous WGEC and the Tunis "
        "Agenda, particularly paragraphs 69-71, what kind of recommendations should be "
        "considered?\n\n- a mechanism\n"
    )


# -- rendering any node -------------------------------------------------------------------


def test_render_gives_the_exact_source_of_each_node(small: Document) -> None:
    lines = SMALL.splitlines(keepends=True)
    q1 = small.questions[0]
    # Blank lines belong to the line after them: the question's starts it.
    assert wgec_parse.render(q1) == "".join(lines[2:13])
    assert wgec_parse.render(q1.clauses[0]) == "".join(lines[6:12])
    assert wgec_parse.render(q1.clauses[0].body[0]) == "".join(lines[8:12])
    assert wgec_parse.render(q1.bullets[1]) == lines[9]
    assert wgec_parse.render(_first(small, Noise)) == lines[11]
    assert wgec_parse.render(small.front_matter) == "".join(lines[:2])  # type: ignore[arg-type]
    # Blank lines belong to the line after them.
    assert wgec_parse.render(q1.body[0]) == "\n" + lines[5]


def test_render_clean_of_each_node_kind(small: Document) -> None:
    q1 = small.questions[0]
    clause = q1.clauses[0]
    assert wgec_parse.render_clean(clause) == (
        "1.1 Governments should have an equal role.\n\n"
        "  \u2022 first point\n\n    \u2013 nested point\n\n  \u2022 second point\n"
    )
    assert wgec_parse.render_clean(clause.body[0]) == (
        "\u2022 first point\n\n  \u2013 nested point\n\n\u2022 second point\n"
    )
    assert wgec_parse.render_clean(q1.bullets[1]) == "\u2013 nested point\n"
    assert wgec_parse.render_clean(q1.body[0]) == 'Cooperation is "inclusive" and <open>.\n'
    assert wgec_parse.render_clean(small.front_matter) == (  # type: ignore[arg-type]
        "Submitted by: Republic of Examplia\n\nDate: 30 September 2016\n"
    )
    assert wgec_parse.render_clean(_first(small, Field)) == "Submitted by: Republic of Examplia\n"
    assert wgec_parse.render_clean(_first(small, Noise)) == ""
    assert wgec_parse.render_clean(q1.lines[0]) == q1.lines[0].content + "\n"
    assert wgec_parse.render_clean(Blank()) == ""


def test_to_markdown_of_each_node_kind(small: Document) -> None:
    q1 = small.questions[0]
    clause = q1.clauses[0]
    assert wgec_parse.to_markdown(clause) == (
        "**1.1** Governments should have an equal role.\n\n"
        "- first point\n  - nested point\n- second point\n"
    )
    assert wgec_parse.to_markdown(clause.body[0]) == (
        "- first point\n  - nested point\n- second point\n"
    )
    assert wgec_parse.to_markdown(q1.bullets[0]) == "- first point\n  - nested point\n"
    assert wgec_parse.to_markdown(q1.bullets[1]) == "- nested point\n"
    assert wgec_parse.to_markdown(q1.body[0]) == 'Cooperation is "inclusive" and \\<open\\>.\n'
    assert wgec_parse.to_markdown(small.front_matter) == (  # type: ignore[arg-type]
        "# Republic of Examplia\n\n"
        "- **Submitted by:** Republic of Examplia\n- **Date:** 30 September 2016\n"
    )
    assert wgec_parse.to_markdown(_first(small, Field)) == (
        "- **Submitted by:** Republic of Examplia\n"
    )
    assert wgec_parse.to_markdown(_first(small, Noise)) == ""
    assert wgec_parse.to_markdown(q1.lines[0]) == (
        "1\\) What are the high level characteristics of enhanced cooperation?\n"
    )


def test_a_sub_clause_renders_as_if_at_the_top() -> None:
    doc = wgec_parse.parse(
        "1) What are the high level characteristics?\n\n2.5 Main.\n2.5.1 Sub text.\n"
    )
    (main,) = doc.questions[0].clauses
    (sub,) = main.children
    assert wgec_parse.render_clean(sub) == "2.5.1 Sub text.\n"
    assert wgec_parse.to_markdown(sub) == "**2.5.1** Sub text.\n"
    assert wgec_parse.render(sub) == "2.5.1 Sub text.\n"


def test_rendering_a_whole_document_is_unchanged() -> None:
    text = read_exact(SEED_FULL)
    doc = wgec_parse.parse(text)
    assert wgec_parse.render(doc) == text
    cleaned = wgec_parse.render_clean(doc)
    assert cleaned.startswith(
        "UNITED NATIONS COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT\n\n"
    )
    assert wgec_parse.to_markdown(doc).startswith("# the Russian Federation\n\n")


def test_without_a_writer_a_notebook_view_is_left_to_the_next_format(
    small: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wgec_parse import nodes

    monkeypatch.setattr(nodes, "NOTEBOOK_VIEWS", {})
    assert small._repr_html_() is None
    assert small.questions[0]._repr_markdown_() is None


# -- to_dict of any node --------------------------------------------------------------------


def _objects(node: Any, data: Any) -> Iterator[tuple[Any, Any]]:
    """Each node under ``node`` with its object in ``data``, the JSON of ``node``."""
    stack = [(node, data)]
    while stack:
        current, obj = stack.pop()
        yield current, obj
        for field in attrs.fields(type(current)):
            value = getattr(current, field.name)
            if isinstance(value, tuple) and value and attrs.has(type(value[0])):
                stack += [(v, o) for v, o in zip(value, obj[field.name], strict=True)]
            elif attrs.has(type(value)):
                stack.append((value, obj[field.name]))


@pytest.mark.parametrize("text", [SMALL, read_exact(SEED_FULL)], ids=["small", "seed"])
def test_to_dict_of_a_node_is_its_object_in_the_documents_json(text: str) -> None:
    doc = wgec_parse.parse(text)
    whole = wgec_parse.to_dict(doc)
    seen = set()
    for node, obj in _objects(doc, whole):
        if type(node) is Document:
            assert wgec_parse.to_dict(node) == obj
            continue
        seen.add(type(node))
        expected = obj
        if type(node) is Line and "type" not in obj:  # the line inside a noise entry
            expected = {**obj, "type": "line"}
        assert wgec_parse.to_dict(node) == expected, repr(node)
        assert "schema" not in wgec_parse.to_dict(node)
    assert {Question, Clause, Paragraph, Field, BulletList, BulletItem, Line} <= seen
    assert Noise in seen or text != SMALL


def test_to_dict_of_each_kind_in_the_full_view(small: Document) -> None:
    q1 = small.questions[0]
    paragraph = wgec_parse.to_dict(q1.body[0])
    assert paragraph["type"] == "paragraph"
    assert paragraph["lines"][0]["text"] == 'Cooperation is "inclusive" and <open>.'
    assert list(wgec_parse.to_dict(q1)) == ["lines", "body"]  # a question has no tag
    item = wgec_parse.to_dict(q1.bullets[0])
    assert list(item) == ["lines", "children"]
    assert item["children"][0]["lines"][0]["text"] == "nested point"
    assert wgec_parse.to_dict(Blank(" ", "\n")) == {"ws": " ", "eol": "\n"}
    assert wgec_parse.to_json(q1.clauses[1]) == (
        '{"lines": [{"line": 13, "text": "Decisions are transparent.", "marker": "1.2", '
        '"gap": " ", "indent": "", "trailing_ws": "", "eol": "\\n", "leading": [], '
        '"type": "line"}], "body": [], "type": "clause"}'
    )


def test_to_dict_of_a_node_in_the_clean_view(small: Document) -> None:
    q1 = small.questions[0]
    clean = wgec_parse.to_dict(small, view="clean")
    assert wgec_parse.to_dict(q1, view="clean") == clean["questions"][0]
    for block, entry in zip(q1.body, clean["questions"][0]["body"], strict=True):
        assert wgec_parse.to_dict(block, view="clean") == entry
    assert wgec_parse.to_dict(q1.clauses[0], view="clean") == {
        "number": "1.1",
        "marker": "1.1",
        "text": "Governments should have an equal role.",
        "line": 8,
        "body": [
            {
                "line": 9,
                "items": [
                    {
                        "glyph": "\u2022",
                        "text": "first point",
                        "line": 9,
                        "children": [
                            {"glyph": "\u2013", "text": "nested point", "line": 10, "children": []}
                        ],
                    },
                    {"glyph": "\u2022", "text": "second point", "line": 11, "children": []},
                ],
                "type": "bullet_list",
            }
        ],
        "type": "clause",
    }
    assert wgec_parse.to_dict(q1.bullets[1], view="clean") == {
        "glyph": "\u2013",
        "text": "nested point",
        "line": 10,
        "children": [],
    }
    assert wgec_parse.to_dict(_first(small, Field), view="clean") == clean["fields"][0]
    assert wgec_parse.to_dict(small.front_matter, view="clean") == {  # type: ignore[arg-type]
        "fields": clean["fields"],
        "cover": [],
    }
    for left_out in (_first(small, Noise), q1.lines[0], Blank()):
        with pytest.raises(ValueError, match="the clean view has no record of a"):
            wgec_parse.to_dict(left_out, view="clean")


@settings(max_examples=100)
@given(documents())
def test_every_node_of_a_generated_document_has_a_short_repr(document: Document) -> None:
    for node, _ in walk(document):
        shown = repr(node)
        assert len(shown) <= 100, shown
        assert shown.startswith(f"<{type(node).__name__}")
        assert shown.endswith(">")
        assert "\n" not in shown
        assert "\r" not in shown


def test_the_clean_view_files_each_question_under_the_question_it_answers() -> None:
    import json

    text = (
        "I. Taking into consideration the work of the previous WGEC and the Tunis Agenda, "
        "particularly paragraphs 69-71, what kind of recommendations should we consider?\n\n"
        "We recommend a forum.\n\n"
        "II. What are the high level characteristics of enhanced cooperation?\n\n"
        "Inclusive.\n"
    )
    clean = json.loads(wgec_parse.to_json(wgec_parse.parse(text), view="clean"))
    assert [(q["number"], q["question_id"], q["matched_by"]) for q in clean["questions"]] == [
        ("1", "wgec2-q2", "wording"),
        ("2", "wgec2-q1", "wording"),
    ]
