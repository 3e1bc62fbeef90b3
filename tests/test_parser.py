"""The LALR table driver that ``parse`` uses builds the trees lark's own loop builds."""

from __future__ import annotations

from pathlib import Path

import lark
import pytest
from hypothesis import given
from hypothesis import strategies as st

import wgec_parse
from wgec_parse import lexer, parser
from wgec_parse.nodes import Line, Paragraph

from .conftest import FIXTURES, read_exact
from .test_roundtrip import EDGE_CASES, _lines

ALL_FIXTURES = sorted(p for p in FIXTURES.rglob("*.txt"))


def both(text: str) -> tuple[wgec_parse.Document, wgec_parse.Document]:
    return wgec_parse.parse(text), parser.parse_with_lark(text)


@pytest.mark.parametrize("path", ALL_FIXTURES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixtures_give_the_same_tree_both_ways(path: Path) -> None:
    ours, theirs = both(read_exact(path))
    assert ours == theirs


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_give_the_same_tree_both_ways(text: str) -> None:
    ours, theirs = both(text)
    assert ours == theirs


@given(_lines, st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_line_soup_gives_the_same_tree_both_ways(lines: list[str], eol: str) -> None:
    ours, theirs = both(eol.join(lines))
    assert ours == theirs


@given(st.integers(1, 6), st.integers(0, 4))
def test_nesting_at_the_depth_limit_gives_the_same_tree_both_ways(
    max_depth: int, extra: int
) -> None:
    bullets = "".join("  " * k + "- item\n" for k in range(max_depth + extra))
    clauses = "1.1 a\n1.1.1 b\n1.1.1.1 c\n(a) d\n(i) e\n1.2 f\n"
    text = "1) What?\n" + clauses + bullets + "2) Why?\n" + bullets
    ours = wgec_parse.parse(text, max_depth=max_depth)
    assert ours == parser.parse_with_lark(text, max_depth=max_depth)


def test_long_lists_of_blocks_are_kept_in_order() -> None:
    text = "".join(f"Paragraph {k}.\n\n" for k in range(5000))
    ours, theirs = both(text)
    assert ours == theirs
    assert [block.lines[0].text for block in ours.body] == [f"Paragraph {k}." for k in range(5000)]


def test_a_token_stream_the_grammar_refuses_is_an_error() -> None:
    para = lexer.Group((Line(1, "x"),))
    with pytest.raises(lark.exceptions.UnexpectedToken) as caught:
        parser._parser().parse(iter([("PARA", para), ("_LIST_OUT", ""), ("TRAILER", ())]))
    assert caught.value.token.type == "_LIST_OUT"
    with pytest.raises(lark.exceptions.UnexpectedToken):
        parser._parser().parse(iter([("PARA", para)]))  # no TRAILER


def test_the_driver_reads_payloads_not_tokens() -> None:
    para = lexer.Group((Line(1, "x"),))
    doc = parser._parser().parse(iter([("PARA", para), ("TRAILER", ())]))
    assert doc.body == (Paragraph(para),)


def test_tables_in_an_unknown_shape_fall_back_to_lark_s_loop(seed_full_text: str) -> None:
    class Reshaped:
        """A lark parser whose tables are not where the driver looks."""

        parser = None

        def __init__(self, real: lark.Lark) -> None:
            self.real = real

        def parse(self, source: object) -> lark.Tree[lark.Token]:
            return self.real.parse(source)

    real = parser._parser().lark
    reshaped = Reshaped(real)
    driver = parser._Driver(parser._readable_tables(reshaped), reshaped)  # type: ignore[arg-type]
    assert driver.actions is None
    assert driver.parse_text(seed_full_text, lexer.MAX_DEPTH) == wgec_parse.parse(seed_full_text)
    with pytest.raises(RuntimeError, match="parse_text"):
        driver.parse(iter([]))
