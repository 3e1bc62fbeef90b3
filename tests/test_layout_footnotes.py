"""Footnotes at the foot of a page (wgec_parse.layout.footnotes, the ``footnote`` rule)."""

from __future__ import annotations

import pytest

import wgec_parse
from wgec_parse import layout
from wgec_parse.lexer import classify_lines
from wgec_parse.nodes import Noise, walk

ANSWER = [
    "1. What are the high level characteristics of enhanced cooperation?",
    "Enhanced cooperation should let governments take up their role on an equal",
    "footing with all stakeholders, as the Tunis Agenda says.1",
]


def notes(contents: list[str]) -> list[str]:
    """The footnote lines of ``contents``, as written."""
    lines = classify_lines(list(contents))
    return [contents[i] for i in sorted(layout.footnotes(contents, lines))]


def test_footnotes_up_to_the_page_number() -> None:
    contents = [
        *ANSWER,
        "__________",
        "1 Tunis Agenda for the Information Society, paragraph 69.",
        "2 Ibid., paragraph 35.",
        "                                                    - 1 -",
        "\fIt should also be transparent.",
    ]
    assert notes(contents) == contents[4:6]


#: The answer's last lines in double spacing, the rule and a first footnote under it.
DOUBLE_SPACED_NOTE = [
    ANSWER[1],
    "",
    ANSWER[2],
    "",
    "____________________",
    "",
    "1 Tunis Agenda for the Information Society, paragraph 69.",
]


@pytest.mark.parametrize(("gap", "read"), [(3, True), (2, True), (1, False)])
def test_footnotes_end_at_a_wide_gap_where_the_page_break_was_lost(gap: int, read: bool) -> None:
    contents = [
        *DOUBLE_SPACED_NOTE,
        *[""] * gap,
        "II. What kind of recommendations should we consider?",
    ]
    assert notes(contents) == ([contents[6]] if read else [])


def test_double_spaced_footnotes_up_to_the_form_feed() -> None:
    contents = [
        *DOUBLE_SPACED_NOTE,
        "",
        "2 Ibid.",
        "",
        "\fIt should also be transparent.",
    ]
    assert notes(contents) == [contents[6], contents[8]]


@pytest.mark.parametrize(
    "note",
    [
        "\u00b9 \u0628\u0631\u0646\u0627\u0645\u062c \u0639\u0645\u0644 \u062a\u0648\u0646\u0633",
        "\u00b2Ibid.",
        "\u00b9\u00b2 Ibid.",
        "3 \u0422\u0443\u043d\u0438\u0441\u0441\u043a\u0430\u044f \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0430, \u043f. 69.",
        "12Ibid., p. 4.",
        "4 2005 Tunis Agenda.",
        "5\tIbid., paragraph 71.",
        "6\u00a0Ibid.",
        "7   Ibid., paragraph 71.",
        "8 Tunis Agenda for the Information Society",  # words alone, no stop (DASHNUM_BARE)
    ],
)
def test_a_footnote_number_in_any_form(note: str) -> None:
    contents = [*ANSWER, "_______", note, "Page 1 of 2"]
    assert notes(contents) == [note]


def test_a_footnote_wraps_over_three_lines_at_most() -> None:
    note = [
        "1 Tunis Agenda for the Information Society, adopted at the second phase of",
        "the World Summit on the Information Society, Tunis, 18 November 2005,",
        "paragraphs 69 to 71.",
    ]
    assert notes([*ANSWER, "_____", *note, "2 Ibid.", "- 1 -"]) == [*note, "2 Ibid."]
    # A fourth line is not a footnote's: the lines after the rule are text.
    longer = [*note, "See also paragraph 35."]
    assert notes([*ANSWER, "_____", *longer, "- 1 -"]) == []


def test_footnotes_at_the_end_of_the_text() -> None:
    contents = [*ANSWER, "__________", "1 Tunis Agenda, paragraph 69.", ""]
    assert notes(contents) == [contents[4]]


def test_a_url_in_a_footnote_is_part_of_it() -> None:
    contents = [*ANSWER, "_____", "1 See", "https://www.un.org/wgec", "- 1 -"]
    assert notes(contents) == contents[4:6]


@pytest.mark.parametrize(
    "after",
    [
        # Ordinary text after the rule.
        ["It should also be transparent.", "- 1 -"],
        # Footnote-like lines, then text: the page goes on.
        ["1 Tunis Agenda, paragraph 69.", "2 Ibid.", "More text.", "And more.", "Here."],
        # A year opening a line is no footnote number.
        ["2016 saw many consultations.", "- 1 -"],
        # A numbered clause or heading after the rule.
        ["1. Tunis Agenda, paragraph 69.", "- 1 -"],
        ["1) Tunis Agenda, paragraph 69.", "- 1 -"],
        # A line that asks a question is a heading at the page's foot.
        ["2 What kind of recommendations should we consider?", "- 1 -"],
        # Nothing but the page number.
        ["- 1 -", "\fText."],
    ],
)
def test_a_rule_followed_by_other_lines_is_no_footnote_area(after: list[str]) -> None:
    assert notes([*ANSWER, "__________", *after]) == []


def test_a_rule_of_other_characters_is_no_separator() -> None:
    assert notes([*ANSWER, "----------", "1 Tunis Agenda, paragraph 69.", "- 1 -"]) == []
    assert notes([*ANSWER, "1 Tunis Agenda, paragraph 69.", "- 1 -"]) == []


TEXT = """\
1. What are the high level characteristics of enhanced cooperation?

1.1 Governments take up their role on an equal footing with all stakeholders,
as the Tunis Agenda says.1 The process should be open to every
stakeholder in its respective role.2
__________
1 Tunis Agenda for the Information Society, paragraph 69.
2 Ibid., paragraph 35.
                                                    - 1 -
\fand it should be transparent.

2. What kind of recommendations should we consider?

We recommend an annual review.
"""


def test_footnote_lines_are_noise_outside_the_answer_text() -> None:
    doc = wgec_parse.parse(TEXT)
    assert wgec_parse.render(doc) == TEXT
    q1 = doc.questions[0]
    clause = q1.clauses[0]
    noise = [n.text for n, _ in walk(clause) if isinstance(n, Noise)]
    assert noise == [
        "__________",
        "1 Tunis Agenda for the Information Society, paragraph 69.",
        "2 Ibid., paragraph 35.",
        "- 1 -",
    ]
    assert clause.text.endswith("in its respective role.2 and it should be transparent.")
    assert "Tunis Agenda for the Information Society" not in q1.answer_text
    assert "Ibid." not in q1.answer_text
    assert [c.number for c in q1.clauses] == ["1.1"]


def test_no_finding_falls_on_a_footnote_line() -> None:
    doc = wgec_parse.parse(TEXT)
    lines = {f.line for f in wgec_parse.validate(doc)}
    assert not lines & {6, 7, 8}


def test_numbers_opening_lines_elsewhere_are_unchanged() -> None:
    text = TEXT.replace("__________\n", "")
    doc = wgec_parse.parse(text)
    noise = [n.text for n, _ in walk(doc) if isinstance(n, Noise)]
    assert noise == ["- 1 -"]
    assert "Tunis Agenda for the Information Society" in doc.questions[0].answer_text


def test_a_running_footer_ends_the_footnotes() -> None:
    # The footer repeated on each page is page furniture: the page ends there.
    footer = "EIUA submission on enhanced cooperation"
    text = "\n".join(
        [
            "1. What are the high level characteristics of enhanced cooperation?",
            "Governments take up their role on an equal footing.1 All stakeholders",
            "__________",
            "1 Tunis Agenda, paragraph 69.",
            footer,
            "\ftake part in their respective roles.",
            footer,
            "\f2. What kind of recommendations should we consider?",
            "An annual review.",
            footer,
            "",
        ]
    )
    doc = wgec_parse.parse(text)
    assert wgec_parse.render(doc) == text
    noise = [n.text for n, _ in walk(doc) if isinstance(n, Noise)]
    assert noise == ["__________", "1 Tunis Agenda, paragraph 69.", footer, footer, footer]
    assert doc.questions[0].answer_text == (
        "Governments take up their role on an equal footing.1 All stakeholders"
        " take part in their respective roles.\n"
    )


def test_a_roman_mark_opens_a_note_after_the_separator() -> None:
    text = (
        "1. What are the high level characteristics of enhanced cooperation?\n"
        "An answer with a mark.\n\n__________\n"
        "i See also the report of the first WGEC.\n"
        "ii And its annex.\n"
    )
    document = wgec_parse.parse(text)
    answer = document.questions[0].answer_text
    assert "See also" not in answer
    assert "And its annex" not in answer


def test_a_circled_number_opens_a_note_after_the_separator() -> None:
    text = (
        "问题一：加强合作的高层次特征是什么？\n"
        "各国政府平等参与，这是《突尼斯议程》①确立的基本目标。\n"
        "____________________\n"
        "① 《信息社会突尼斯议程》第69段。\n"
    )
    answer = wgec_parse.parse(text).questions[0].answer_text
    assert "第69段" not in answer
    assert "基本目标" in answer


def test_footnotes_under_the_last_answer_up_to_the_place_and_date() -> None:
    contents = [
        *ANSWER,
        "__________",
        "1 Tunis Agenda, paragraph 69.",
        "",
        "Fait à Exempleville, le 28 décembre 2016",
        "Jean Exemple",
    ]
    assert notes(contents) == [contents[4]]
    # The closing right under the rule, with no note before it: no footnote area.
    assert notes([*contents[:4], *contents[6:]]) == []


def test_a_note_over_the_page_number_whose_mark_the_page_carries() -> None:
    contents = [
        "1. What are the high level characteristics of enhanced cooperation?",
        "Governments act on an equal footing on issues pertaining to the Internet1;",
        "and they consult other stakeholders.",
        "1 Tunis Agenda for the Information Society, paragraph 69.",
        "Page 1 of 2",
        "\fThey publish their results.",
    ]
    assert notes(contents) == [contents[3]]
    # No word of the page carries the mark: the line stays text.
    unmarked = [contents[0], contents[1].replace("Internet1", "Internet"), *contents[2:]]
    assert notes(unmarked) == []


def test_footnotes_under_a_rule_of_em_dashes() -> None:
    # A Chinese text draws the rule over its footnotes with em dashes (fixture 973).
    contents = [
        "（一）平等参与。各国政府应在平等基础上参与①。",
        "——————————",
        "① 参见《突尼斯议程》第68至71段。",
        "                                  第 1 页 共 2 页",
        "（二）公开透明。",
    ]
    assert notes(contents) == contents[2:3]
