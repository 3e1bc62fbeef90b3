"""Property 4: strings generated from the grammar itself parse and round-trip.

``hypothesis.extra.lark.from_lark`` walks the grammar in ``grammar/wgec.lark`` and
concatenates one string per terminal.  The grammar's terminals are ``%declare``d (the
block lexer produces them, not regular expressions), so ``from_lark`` needs an
``explicit`` strategy for each: below, each writes realistic lines of its block kind,
and the bracket terminals (``_LIST_IN`` and the like) write nothing.
"""

from __future__ import annotations

import re

import lark
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.lark import from_lark

import wgec_parse
from wgec_parse.grammars import BLOCKS, grammar_text
from wgec_parse.nodes import BulletItem, Clause, Noise, Table, walk

# Every terminal draws one ready-made line: generation then costs one choice per block
# (from_lark's own walk of the grammar is the expensive part).
_PHRASES = (
    "enhanced cooperation",
    "coopération renforcée entre les États",
    "cooperación reforzada",
    "расширенное сотрудничество",
    "التعاون المعزز",
    "加强合作",
    "governments and stakeholders, multi-",
    "public policy issues",
)


def _lines(*templates: str) -> st.SearchStrategy[str]:
    """Ready-made lines: each template filled with each phrase, number and line ending.

    One ``sampled_from`` over them all: a single draw per terminal.
    """
    return st.sampled_from(
        [
            template.format(n=n, m=m, text=phrase, Text=phrase[:1].upper() + phrase[1:]) + end
            for template in templates
            for n, m in ((1, 1), (2, 5), (12, 3))
            for phrase in _PHRASES
            for end in ("\n", " \n", "\r\n")
        ]
    )


TERMINALS: dict[str, st.SearchStrategy[str]] = {
    "BOM": st.just("\ufeff"),
    "FIELD": _lines("Date: {text}", "Att.:\t{text}", "Submitted by"),
    "COVER": _lines("{text}"),
    "NOISE": st.sampled_from(["3\n", "- 4 -\r\n", "Page 2 of 9\n", "https://www.un.org/ \n"]),
    "QUESTION": _lines("{n}) {text}?", "Question {n}: {text}?"),
    # A clause starts a sentence: a number before a word in lower case, right after a
    # full line that runs on, reads as a wrapped line (roles.blocks.number_runs_on).
    "CLAUSE": _lines("{n}.{m} {Text}", "{n}.{m}.{n} {Text}", "(a) {text}"),
    # A paragraph after another block starts after a blank line, or it would continue it;
    # one without a full stop is longer than a heading (a short line standing alone that
    # names what the questions are about, "التعاون المعزز", heads question 1).
    "PARA": _lines(
        "\n{text}.", " \nas our members said at length, {text} was discussed in many ways"
    ),
    "BULLET": _lines("\uf0b7\t{text}", "- {text}", "  • {text}:"),
    # A table after a blank line, its rows one under another (so that a table right
    # after it is another one).
    "TABLE": st.sampled_from(
        [
            "\n| Year | Reports |\n|---|---|\n| 2016 | 5 |\n",
            "\n| a forum | 3 |\r\n| x \\| y | 4 |\r\n",
            " \n--- | ---\n| 1 | 2 |\n",
        ]
    ),
    "COVER_TABLE": st.sampled_from(
        ["\n| Name | Example |\n| Country | Testland |\n", " \n|---|\n| b |\n"]
    ),
    "TRAILER": st.sampled_from(["", "\n", "\n\n", " \n", "\r\n\t"]),
    **{name: st.just("") for name in ("_LIST_IN", "_LIST_OUT", "_CLAUSE_IN", "_CLAUSE_OUT")},
}

_HEADING = re.compile(r"^(?:\d{1,2}\)|Question \d{1,2}:) (.*\?) ?$", re.MULTILINE)
_CLAUSE = re.compile(r"^(?:\d{1,2}\.\d{1,2}(?:\.\d{1,2})?|\(a\)) ", re.MULTILINE)
_BULLET = re.compile(r"^ *[\uf0b7\-•▪–*]\s[^\W\d_]", re.MULTILINE)  # not "- 4 -", a page number
_TABLE = re.compile(r"^ ?\n(?:\||--- )", re.MULTILINE)  # the first row, after a blank line


def _grammar_strings() -> st.SearchStrategy[str]:
    # from_lark compiles the grammar itself; %declare'd terminals need no lexer here.
    return from_lark(lark.Lark(grammar_text(BLOCKS), parser="lalr"), explicit=TERMINALS)


def _count_clauses(blocks: tuple[object, ...]) -> int:
    return sum(1 + _count_clauses(b.body) for b in blocks if isinstance(b, Clause))


def _count_items(items: tuple[BulletItem, ...]) -> int:
    return sum(1 + _count_items(i.children) for i in items)


# Drawing from the grammar is slow (about 40 ms an example): 300 at most.
@settings(max_examples=min(settings().max_examples, 300))
@given(_grammar_strings())
def test_grammar_strings_parse_and_round_trip(text: str) -> None:
    doc = wgec_parse.parse(text)
    assert wgec_parse.render(doc) == text
    # Whatever blocks the grammar put around them, every heading, clause and bullet
    # line it wrote is found again, headings with their titles.
    lines = text.replace("\r\n", "\n").replace("\ufeff", "")
    assert [q.title for q in doc.questions] == _HEADING.findall(lines)
    blocks = (*doc.body, *(b for q in doc.questions for b in q.body))
    assert _count_clauses(blocks) == len(_CLAUSE.findall(lines))
    items = 0
    stack: list[object] = list(blocks)
    while stack:
        node = stack.pop()
        if isinstance(node, wgec_parse.BulletList):
            items += _count_items(node.items)
        elif isinstance(node, Clause):
            stack.extend(node.body)
    assert items == len(_BULLET.findall(lines))
    # Every table the grammar wrote after the first question heading is a table (where
    # nothing is noise: rows repeated next to page numbers are running headers).
    first = _HEADING.search(lines)
    if first is not None and not any(isinstance(n, Noise) for n, _ in walk(doc)):
        after = (*doc.questions, *((doc.closing,) if doc.closing is not None else ()))
        tables = sum(1 for b in after for n, _ in walk(b) if isinstance(n, Table))
        assert tables == len(_TABLE.findall(lines[first.end() :]))
