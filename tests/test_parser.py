"""The parser: lark's LALR parser over the block tokens, building nodes as it reduces.

The reference is the same grammar compiled afresh, building a lark tree that
:class:`~wgec_parse.transformer.ToNodes` then turns into nodes: the shipped parser,
with its transformer saved inside, must build the same trees.
"""

from __future__ import annotations

import functools
from pathlib import Path

import lark
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wgec_parse
from wgec_parse import grammars, lexer
from wgec_parse.nodes import Line
from wgec_parse.transformer import ToNodes

from .conftest import FIXTURES, read_exact, sampled_fixtures
from .test_roundtrip import EDGE_CASES, _lines

SAMPLED_FIXTURES = sampled_fixtures()


@functools.cache
def _tree_parser() -> lark.Lark:
    return lark.Lark(
        grammars.grammar_text(grammars.BLOCKS), parser="lalr", lexer=grammars.TokenFeed
    )


def through_a_tree(text: str, max_depth: int = lexer.MAX_DEPTH) -> wgec_parse.Document:
    tree = _tree_parser().parse(lexer.tokens(text, max_depth))  # type: ignore[arg-type]
    document = ToNodes().transform(tree)
    assert isinstance(document, wgec_parse.Document)
    return document


@pytest.mark.parametrize("path", SAMPLED_FIXTURES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixtures_give_the_same_tree_both_ways(path: Path) -> None:
    text = read_exact(path)
    assert wgec_parse.parse(text) == through_a_tree(text)


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_give_the_same_tree_both_ways(text: str) -> None:
    assert wgec_parse.parse(text) == through_a_tree(text)


@given(_lines, st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_line_soup_gives_the_same_tree_both_ways(lines: list[str], eol: str) -> None:
    text = eol.join(lines)
    assert wgec_parse.parse(text) == through_a_tree(text)


@given(st.integers(1, 6), st.integers(0, 4))
def test_nesting_at_the_depth_limit_gives_the_same_tree_both_ways(
    max_depth: int, extra: int
) -> None:
    bullets = "".join("  " * k + "- item\n" for k in range(max_depth + extra))
    clauses = "1.1 a\n1.1.1 b\n1.1.1.1 c\n(a) d\n(i) e\n1.2 f\n"
    text = "1) What?\n" + clauses + bullets + "2) Why?\n" + bullets
    ours = wgec_parse.parse(text, max_depth=max_depth)
    assert ours == through_a_tree(text, max_depth)


def test_long_lists_of_blocks_are_kept_in_order() -> None:
    text = "".join(f"Paragraph {k}.\n\n" for k in range(5000))
    ours = wgec_parse.parse(text)
    assert ours == through_a_tree(text)
    assert [block.lines[0].text for block in ours.body] == [f"Paragraph {k}." for k in range(5000)]


def test_a_token_stream_the_grammar_refuses_is_an_error() -> None:
    para = lexer.Group((Line(1, "x"),))
    shipped = grammars.blocks_parser()
    stream = [lark.Token("PARA", para), lark.Token("_LIST_OUT", ""), lark.Token("TRAILER", ())]
    with pytest.raises(lark.exceptions.UnexpectedToken) as caught:
        shipped.parse(stream)  # type: ignore[arg-type]
    assert caught.value.token.type == "_LIST_OUT"
    with pytest.raises(lark.exceptions.UnexpectedToken):
        shipped.parse([lark.Token("PARA", para)])  # type: ignore[arg-type]  # no TRAILER


def test_a_payload_reads_as_its_size_not_as_nothing() -> None:
    assert str(lexer.Group((Line(1, "x"), Line(2, "y")))) == "<2 lines>"


@pytest.mark.parametrize(
    ("note", "in_heading"),
    [
        ("(Please answer in 500 words at most)", True),
        ("（不超过800字）", True),
        ("[Maximum 300 words]", True),
        ("(b)", False),  # a lone marker, its item below
        ("(ii)", False),
    ],
)
def test_a_note_in_brackets_under_a_heading_is_part_of_it(note: str, in_heading: bool) -> None:
    text = (
        "1. What are the high level characteristics of enhanced cooperation?\n"
        f"{note}\nGovernments cooperate.\n"
    )
    question = wgec_parse.parse(text).questions[0]
    assert (note in question.title) is in_heading
    assert "Governments cooperate." not in question.title
