"""Nodes: two-way (node <-> text) tables, clean text, derived values and positions."""

from __future__ import annotations

import re

import attrs
import pytest

import wgec_parse
from wgec_parse import (
    Blank,
    BulletItem,
    BulletList,
    Clause,
    Closing,
    Document,
    Field,
    FrontMatter,
    Line,
    Noise,
    Paragraph,
    Position,
    Question,
    Table,
)
from wgec_parse.nodes import Node, clean_join, iter_lines, renumber, walk

TWO_WAY = [
    (
        Document(body=(Paragraph((Line(1, "Hello", trailing_ws=" ", eol=""),)),)),
        "Hello ",
    ),
    (
        Document(
            questions=(
                Question(
                    (Line(1, "What?", "1)", " ", eol="\r\n"),),
                    (
                        Clause(
                            (Line(3, "Text", "1.1", "   ", leading=(Blank(" ", "\r\n"),)),),
                            (BulletList((BulletItem((Line(4, "x", "\uf0b7", " ", " "),)),)),),
                        ),
                    ),
                ),
            ),
            trailing=(Blank("", "\n"),),
        ),
        "1) What?\r\n \r\n1.1   Text\n \uf0b7 x\n\n",
    ),
    (
        Document(
            front_matter=FrontMatter(
                (
                    Field(
                        (
                            Line(1, "", "Submitted by", trailing_ws=" "),
                            Line(3, "X", leading=(Blank(),)),
                        )
                    ),
                    Field((Line(4, "05-12-2016", "Date:", "   "),)),
                )
            ),
            bom=True,
        ),
        "\ufeffSubmitted by \n\nX\nDate:   05-12-2016\n",
    ),
    (
        Document(
            body=(
                Clause(
                    (
                        Line(1, "a", "2.1", " "),
                        Noise(Line(2, "https://x.example/y")),
                        Line(3, "b"),
                    ),
                ),
            )
        ),
        "2.1 a\nhttps://x.example/y\nb\n",
    ),
    (
        Document(
            questions=(
                Question(
                    (Line(1, "What?", "1)", " "),),
                    (
                        Table(
                            (
                                Line(3, "| A | B |", leading=(Blank(),)),
                                Line(4, "|---|---|"),
                                Noise(Line(5, "- 2 -")),
                                Line(6, "| 1 \\| 2 | 3 |", indent=" ", trailing_ws="  "),
                            )
                        ),
                    ),
                ),
            )
        ),
        "1) What?\n\n| A | B |\n|---|---|\n- 2 -\n | 1 \\| 2 | 3 |  \n",
    ),
]


@pytest.mark.parametrize(("node", "text"), TWO_WAY)
def test_node_renders_to_text_and_text_parses_to_node(node: Document, text: str) -> None:
    assert wgec_parse.render(node) == text
    assert wgec_parse.parse(text) == node


@pytest.mark.parametrize(
    ("texts", "joined"),
    [
        (["globally-", "applicable"], "globally-applicable"),
        (["paragraphs 69-", "71"], "paragraphs 69-71"),
        (["paras 35 -", "37"], "paras 35 - 37"),
        (["a", "", "b"], "a b"),
        (["- dash", "text"], "- dash text"),
        (["-", "x"], "- x"),
        # Chinese and Japanese are written without spaces: a wrap between them adds none,
        (["加强合作的高层次", "特征是什么？"], "加强合作的高层次特征是什么？"),
        (["原则，", "充分发挥"], "原则，充分发挥"),
        (["国際的な", "協力"], "国際的な協力"),
        # nor after their full-width punctuation; other scripts keep their space.
        (["作用。", "Internet 治理"], "作用。Internet 治理"),
        (["参与 IGF", "等论坛"], "参与 IGF 等论坛"),
        (["Внимание", "加强"], "Внимание 加强"),
    ],
)
def test_clean_join(texts: list[str], joined: str) -> None:
    lines = tuple(Line(i + 1, t) for i, t in enumerate(texts))
    assert clean_join(lines) == joined


def test_clean_join_skips_noise() -> None:
    lines = (Line(1, "one"), Noise(Line(2, "- 2 -")), Line(3, "two"))
    assert clean_join(lines) == "one two"


@pytest.mark.parametrize(
    ("marker", "number"),
    [
        ("1.1", "1.1"),
        ("1.1.", "1.1"),
        ("1.1)", "1.1"),
        ("(a)", "a"),
        ("a)", "a"),
        ("b.", "b"),
        ("(iv)", "iv"),
        ("2.5.1", "2.5.1"),
        ("3.", "3"),
    ],
)
def test_clause_number(marker: str, number: str) -> None:
    assert Clause((Line(1, "x", marker, " "),)).number == number


def test_field_name_drops_the_colon() -> None:
    assert Field((Line(1, "v", "Date :", " "),)).name == "Date"
    assert Field((Line(1, "v", "Att.:", " "),)).name == "Att."


def test_positions_count_code_points() -> None:
    line = Line(7, "中文 text", "•", " ", indent="  ", trailing_ws=" ")
    assert line.start == Position(7, 3)
    assert line.end == Position(7, 3 + len("• 中文 text"))
    assert line.text_column == 5


def test_nodes_are_frozen_and_slotted() -> None:
    line = Line(1, "x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        line.text = "y"  # type: ignore[misc]
    assert not hasattr(line, "__dict__")


def test_renumber_repairs_line_numbers_after_an_edit(seed_full_text: str) -> None:
    doc = wgec_parse.parse(seed_full_text)
    q1 = doc.questions[0]
    extra = Paragraph((Line(0, "An inserted paragraph.", leading=(Blank(" "),)),))
    edited = attrs.evolve(
        doc, questions=(attrs.evolve(q1, body=(extra, *q1.body)), *doc.questions[1:])
    )
    fixed = renumber(edited)
    assert fixed != edited
    assert wgec_parse.parse(wgec_parse.render(fixed)) == fixed
    assert fixed.questions[1].head.line == doc.questions[1].head.line + 2


_ITEM = BulletItem((Line(5, "item", "•", " "),))


# -- the one traversal ---------------------------------------------------------------------

_LINE = Line(1, "x")
_NOISE = Noise(Line(2, "3"))


@pytest.mark.parametrize(
    ("node", "owned"),
    [
        (Blank(), ()),
        (_LINE, ()),
        (_NOISE, (_NOISE.line,)),
        (Paragraph((_LINE, _NOISE)), (_LINE, _NOISE)),
        (Field((_LINE,)), (_LINE,)),
        (FrontMatter((Field((_LINE,)), _NOISE)), (Field((_LINE,)), _NOISE)),
        (BulletItem((_LINE,), (_ITEM,)), (_LINE, _ITEM)),
        (BulletList((_ITEM, _ITEM)), (_ITEM, _ITEM)),
        (Clause((_LINE, _NOISE), (Paragraph((_LINE,)),)), (_LINE, _NOISE, Paragraph((_LINE,)))),
        (Question((_LINE,), (BulletList((_ITEM,)),)), (_LINE, BulletList((_ITEM,)))),
        (
            Document(FrontMatter(()), (Paragraph((_LINE,)),), (Question((_LINE,)),), (Blank(),)),
            (FrontMatter(()), Paragraph((_LINE,)), Question((_LINE,))),
        ),
        (Document(), ()),
    ],
)
def test_child_nodes_are_the_owned_nodes_in_document_order(
    node: Node, owned: tuple[Node, ...]
) -> None:
    assert node.child_nodes == owned


def _node_classes() -> list[type]:
    return [
        Blank,
        Line,
        Noise,
        Paragraph,
        Table,
        Field,
        FrontMatter,
        Closing,
        BulletItem,
        BulletList,
        Clause,
        Question,
        Document,
    ]


@pytest.mark.parametrize("cls", _node_classes(), ids=lambda c: c.__name__)
def test_every_field_that_holds_nodes_is_a_child_field_or_trivia(cls: type) -> None:
    """A field added to a node class must be declared in its ``_line_fields`` or
    ``_block_fields`` (or be one
    of the blank-line trivia fields), or the walk would not see what it holds."""
    trivia = {(Line, "leading"), (Document, "trailing")}
    classes = tuple(_node_classes())
    holding = []
    for field in attrs.fields(cls):
        hint = str(field.type)
        if any(c.__name__ in hint for c in classes) or hint.endswith(
            ("LineLike, ...]", "Block, ...]")
        ):
            holding.append(field.name)
    declared = (*cls._line_fields, *cls._block_fields)  # type: ignore[attr-defined]
    assert [n for n in holding if (cls, n) not in trivia] == list(declared)


def test_walk_gives_each_node_before_what_it_owns_with_its_ancestors(seed_full_text: str) -> None:
    doc = wgec_parse.parse(seed_full_text)
    seen = list(walk(doc))
    assert seen[0] == (doc, ())
    order = {id(node): index for index, (node, _) in enumerate(seen)}
    for node, parents in seen[1:]:
        parent = parents[-1]
        assert any(child is node for child in parent.child_nodes)
        assert order[id(parent)] < order[id(node)]
    # Every node once, in document order: the lines come out in the order of the text.
    lines = [node.line for node, _ in seen if type(node) is Line]
    assert lines == sorted(lines)
    assert len(lines) == sum(1 for line in iter_lines(doc) if type(line) is Line)


def test_iter_lines_gives_every_physical_line_with_the_blank_ones(seed_full_text: str) -> None:
    doc = wgec_parse.parse(seed_full_text)
    physical = list(iter_lines(doc))
    assert [line.eol for line in physical if line.eol] == re.findall(r"\r\n|\r|\n", seed_full_text)
    parts = [
        line.ws if isinstance(line, Blank) else line.indent + line.content + line.trailing_ws
        for line in physical
    ]
    assert "".join(p + line.eol for p, line in zip(parts, physical, strict=True)) == seed_full_text


def _chain(depth: int) -> Document:
    item = BulletItem((Line(depth, "x", "-", " "),))
    for number in range(depth - 1, 0, -1):
        item = BulletItem((Line(number, "x", "-", " "),), (item,))
    return Document(body=(BulletList((item,)),))


def test_a_tree_deeper_than_the_recursion_limit_walks_renders_and_renumbers() -> None:
    import sys

    depth = sys.getrecursionlimit() + 100
    doc = _chain(depth)
    assert sum(1 for _ in walk(doc)) == 2 * depth + 2
    assert wgec_parse.render(doc) == "- x\n" * depth
    assert renumber(doc) is doc
    shifted = attrs.evolve(doc, trailing=(), body=(*doc.body, Paragraph((Line(1, "end"),))))
    assert renumber(shifted).body[1].head.line == depth + 1  # type: ignore[union-attr]


def test_renumber_numbers_a_node_used_twice_once_for_each_place() -> None:
    item = BulletItem((Line(1, "same", "-", " "),))
    doc = Document(body=(BulletList((item, item, item)),))
    fixed = renumber(doc)
    assert [i.head.line for i in fixed.body[0].items] == [1, 2, 3]  # type: ignore[union-attr]
    assert fixed.body[0].items[0] is item  # type: ignore[union-attr]
    assert wgec_parse.render(fixed) == "- same\n" * 3
