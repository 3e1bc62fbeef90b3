"""to_markdown() and ``outline --markdown``: headings, numbered clauses, nested lists."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wgec_parse
from wgec_parse.cli import main
from wgec_parse.markdown import escape, to_markdown
from wgec_parse.nodes import BulletItem, BulletList, Clause, Document, Line, Question

from .conftest import SEED_FULL

Q1 = "What are the high level characteristics of enhanced cooperation?"
TEXT = f"""\
Submitted by: Republic of Testland

- a general remark before the questions

1) {Q1}
We see *three*.
1.1 Equal footing for all governments:
• in international fora
    - at the UN
• with all stakeholders
(a) a sub-point of 1.1
(b) another sub-point
1.2 Openness.

It matters a lot.
"""

EXPECTED = f"""\
# Republic of Testland

- **Submitted by:** Republic of Testland

- a general remark before the questions

## 1. {Q1}

We see \\*three\\*.

**1.1** Equal footing for all governments:

- in international fora
  - at the UN
- with all stakeholders

- **(a)** a sub-point of 1.1

- **(b)** another sub-point

**1.2** Openness.

It matters a lot.
"""


def test_a_submission_renders_to_the_markdown_written_by_hand() -> None:
    assert to_markdown(wgec_parse.parse(TEXT)) == EXPECTED


def test_outline_markdown_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", "--markdown", str(SEED_FULL)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# the Russian Federation\n\n")
    headings = [line for line in out.splitlines() if line.startswith("#")]
    assert headings == [
        "# the Russian Federation",
        "## 1. What are the high level characteristics of enhanced cooperation?",
        "## 2. Taking into consideration the work of the previous WGEC and the Tunis Agenda,"
        " particularly paragraphs 69-71, what kind of recommendations should be considered?",
    ]
    # Clause 2.1's bullets, one level nested under the first, as in the text.
    assert "\n\n- consider and agreed recommendations" in out
    assert "\n  - the equal role and responsibility of governments" in out


@pytest.mark.parametrize(
    ("text", "line_start", "expected"),
    [
        ("1. not a list", True, "1\\. not a list"),
        ("12) not a list", True, "12\\) not a list"),
        ("- not a bullet", True, "\\- not a bullet"),
        ("# not a heading", True, "\\# not a heading"),
        ("2.5 mid-line", False, "2.5 mid-line"),
        ("a *b* _c_ `d` [e] <f> x|y", False, "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\] \\<f\\> x\\|y"),
        ("back\\slash", False, "back\\\\slash"),
    ],
)
def test_escape(text: str, line_start: bool, expected: str) -> None:
    assert escape(text, line_start=line_start) == expected


def test_deep_nesting_does_not_exhaust_the_stack() -> None:
    # 2 * depth levels, past the interpreter's recursion limit (1000); the output grows
    # with the square of the depth (each line is indented to its level).
    depth = 1500
    item = BulletItem((Line(1, "leaf", "-"),))
    for _ in range(depth - 1):
        item = BulletItem((Line(1, "item", "-"),), (item,))
    clause = Clause((Line(1, "deep", "1.1"),), (BulletList((item,)),))
    for _ in range(depth - 1):
        clause = Clause((Line(1, "c", "(a)"),), (clause,))
    question = Question((Line(1, "What?", "1)"),), (clause,))
    out = to_markdown(Document(questions=(question,)))
    lines = out.splitlines()
    # The outer clause is a paragraph; the other depth - 1 clauses are list items at
    # levels 0 .. depth - 2, and the bullets at levels depth - 1 .. 2 * depth - 2.
    assert lines[-1] == "  " * (2 * depth - 2) + "- leaf"
    assert sum(1 for line in lines if line.lstrip().startswith("- ")) == 2 * depth - 1


LINES = st.sampled_from(
    [
        "1) What is enhanced cooperation?",
        "Question 2: What should we recommend?",
        "1.1 A clause.",
        "1.1.1 A sub-clause:",
        "(a) A lettered point",
        "- a bullet",
        "    - a nested bullet",
        "• another bullet",
        "Submitted by: Someone",
        "# looks like a heading",
        "1. looks like a list",
        "* star _under_ `tick`",
        "plain words",
        "",
    ]
)


def list_entries(document: Document) -> int:
    """Items Markdown shows as "- ": fields (of the front matter and of the closing),
    bullet items, clauses nested in clauses."""
    count = len(document.front_matter.fields) if document.front_matter else 0
    count += len(document.closing.fields) if document.closing else 0
    stack: list[tuple[object, bool]] = [(b, False) for b in document.body]
    stack.extend((b, False) for q in document.questions for b in q.body)
    while stack:
        node, nested = stack.pop()
        if isinstance(node, BulletList):
            stack.extend((i, True) for i in node.items)
        elif isinstance(node, BulletItem):
            count += 1
            stack.extend((c, True) for c in node.children)
        elif isinstance(node, Clause):
            count += nested
            stack.extend((b, True) for b in node.body)
    return count


# The line templates are few: 500 examples cover their mixes (2000 took 11 s in CI).
@settings(max_examples=500)
@given(st.lists(LINES, max_size=25))
def test_only_questions_become_headings_and_only_items_become_list_items(
    lines: list[str],
) -> None:
    document = wgec_parse.parse("\n".join(lines) + "\n")
    out = to_markdown(document)
    headings = [line for line in out.splitlines() if re.match(r"#{1,6} ", line)]
    front = document.front_matter
    title = 1 if front is not None and front.submitted_by else 0
    assert len(headings) == len(document.questions) + title
    items = [line for line in out.splitlines() if re.match(r" *[-+*] |\s*\d+[.)] ", line)]
    assert len(items) == list_entries(document)


def test_table_rows_of_a_word_table_show_as_a_markdown_table() -> None:
    text = (
        "1) What are the high level characteristics of enhanced cooperation?\n\n"
        "| Year | Members |\n\n| 2016 | 40 |\n\n| a \\| b | * |\n\nAfter the table.\n\n"
        "| alone |\n"
    )
    out = to_markdown(wgec_parse.parse(text))
    assert out.split("\n\n")[1:] == [
        "| Year | Members |\n| --- | --- |\n| 2016 | 40 |\n| a \\| b | \\* |",
        "After the table.",
        "| alone |\n| --- |\n",
    ]


def test_a_paragraph_that_only_looks_like_a_row_inside_text_stays_text() -> None:
    out = to_markdown(wgec_parse.parse("Costs | are | high\n"))
    assert out == "Costs \\| are \\| high\n"
