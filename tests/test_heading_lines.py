"""Lines styled as headings in the original (``parse(text, heading_lines=...)``)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wgec_parse
from wgec_parse import JsonError, from_json, parse, render, to_json
from wgec_parse.outline import outline

TEXT = (
    "Views of the Coalition\n"
    "\n"
    "Introduction\n"
    "We welcome the chance to contribute.\n"
    "What should enhanced cooperation achieve?\n"
    "It should be open to all.\n"
    "Our recommendations\n"
    "1. Hold an open consultation.\n"
    "2. Report to the CSTD.\n"
)


def test_without_styles_no_line_heads_a_question() -> None:
    assert parse(TEXT).questions == ()


def test_styled_lines_that_ask_or_name_a_topic_head_questions() -> None:
    document = parse(TEXT, heading_lines=[7, 3, 5])
    assert [q.title for q in document.questions] == [
        "What should enhanced cooperation achieve?",
        "Our recommendations",
    ]
    assert [q.start.line for q in document.questions] == [5, 7]
    assert document.heading_lines == (3, 5, 7)
    shown = outline(document, text=True, width=200)
    assert "paragraph: Introduction" in shown  # styled, but asks nothing
    assert "clause 1: Hold an open consultation." in shown
    assert render(document) == TEXT


def test_a_styled_line_does_not_interrupt_a_heading_waiting_for_its_title() -> None:
    text = "Question 1\nWhat should enhanced cooperation achieve?\nIt should be open.\n"
    document = parse(text, heading_lines=[1, 2])
    assert len(document.questions) == 1
    assert document.questions[0].title == "What should enhanced cooperation achieve?"


def test_heading_lines_survive_json_and_the_text() -> None:
    document = parse(TEXT, heading_lines=(5, 7))
    data = json.loads(to_json(document))
    assert data["heading_lines"] == [5, 7]
    assert from_json(to_json(document)) == document
    assert parse(render(document), heading_lines=document.heading_lines) == document
    assert "heading_lines" not in json.loads(to_json(parse(TEXT)))


@pytest.mark.parametrize("lines", [[5, 5, 7], [7, 5]])
def test_json_heading_lines_must_ascend(lines: list[int]) -> None:
    data = json.loads(to_json(parse(TEXT, heading_lines=(5, 7))))
    data["heading_lines"] = lines
    with pytest.raises(JsonError, match="heading_lines"):
        from_json(json.dumps(data))


def test_json_heading_lines_that_do_not_parse_so_are_refused() -> None:
    data = json.loads(to_json(parse(TEXT)))
    data["heading_lines"] = [5]  # the tree has no question there
    with pytest.raises(JsonError):
        from_json(json.dumps(data))


@pytest.mark.parametrize("bad", [[0], [-1], [True], ["3"], [2.0]])
def test_heading_lines_are_line_numbers(bad: list[object]) -> None:
    with pytest.raises(ValueError, match="heading_lines"):
        parse(TEXT, heading_lines=bad)  # type: ignore[arg-type]


_LINES = st.lists(
    st.sampled_from(
        [
            "",
            " ",
            "Recommendations",
            "What should we do?",
            "Question 1",
            "1. text",
            "- item",
            "Date: 1",
            "Best regards,",
            "plain words",
            "(a) x",
        ]
    ),
    max_size=25,
)


@given(_LINES, st.sampled_from(["\n", "\r\n", "\n\n"]), st.sets(st.integers(1, 60)))
def test_any_styled_lines_round_trip(lines: list[str], eol: str, styled: set[int]) -> None:
    text = eol.join(lines)
    document = parse(text, heading_lines=styled)
    assert render(document) == text
    assert document.heading_lines == tuple(sorted(styled))
    assert parse(render(document), heading_lines=document.heading_lines) == document
    assert wgec_parse.from_json(to_json(document)) == document


@pytest.mark.parametrize(
    ("under", "title"),
    [
        # A sentence with a comma inside it, ending in "。", is the answer (fixture 446).
        ("我们认为，加强合作应当由各国政府在平等基础上共同推进。", "加强合作的高层次特征"),
        # A line that does not read as a sentence goes on with the title.
        ("是什么", "加强合作的高层次特征是什么"),
    ],
)
def test_a_chinese_topic_heading_ends_over_a_sentence(under: str, title: str) -> None:
    text = f"示例研究中心\n\n1．加强合作的高层次特征\n{under}\n\n2．工作组应考虑的建议\n建议每年审议。\n"
    document = wgec_parse.parse(text)
    assert document.questions[0].title == title
