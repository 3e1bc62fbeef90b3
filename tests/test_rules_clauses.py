"""Clause numbering rules: duplicates, order, gaps, clauses under the wrong question."""

from __future__ import annotations

import pytest

import wgec_parse
from wgec_parse.rules.clauses import sequence_key
from wgec_parse.validation import Diagnostic, validate

Q1 = "1) What are the high level characteristics of enhanced cooperation?\n\n"
Q2 = "2) Taking into consideration the work of the previous WGEC and the Tunis Agenda, particularly paragraphs 69-71, what kind of recommendations should we consider?\n\n"


def found(text: str, code: str) -> list[Diagnostic]:
    return validate(wgec_parse.parse(text), select=[code])


@pytest.mark.parametrize(
    ("number", "roman", "key"),
    [
        ("2.5", False, ("n2", (2,), 5)),
        ("1.1.3", False, ("n3", (1, 1), 3)),
        ("7", False, ("n1", (), 7)),
        ("c", False, ("a", (), 3)),
        ("i", False, ("a", (), 9)),
        ("i", True, ("r", (), 1)),
        ("iv", True, ("r", (), 4)),
        ("II", True, ("R", (), 2)),
        ("B", False, ("A", (), 2)),
        ("2.x", False, None),
    ],
)
def test_sequence_key(number: str, roman: bool, key: object) -> None:
    assert sequence_key(number, roman) == key


def test_duplicate_points_at_the_marker_and_the_first_use() -> None:
    text = Q1 + "1.1 One.\n1.2 Two.\n  1.2  Again.\n"
    (d,) = found(text, "duplicate-clause")
    # Line 5 is "  1.2  Again.": the marker spans columns 3 to 5.
    assert (d.line, d.column, d.end_line, d.end_column) == (5, 3, 5, 6)
    assert [(r.line, r.column) for r in d.related] == [(4, 1)]
    assert "1.2" in d.message


def test_letters_may_restart_in_each_list_but_not_repeat_in_one() -> None:
    text = Q1 + "1.1 First:\n(a) x;\n(b) y.\n1.2 Second:\n(a) z;\n(a) w.\n"
    (d,) = found(text, "duplicate-clause")
    # Lines: 3 "1.1 First:", 4 "(a) x;", 5 "(b) y.", 6 "1.2 Second:", 7 "(a) z;", 8 "(a) w.".
    assert d.line == 8
    assert [r.line for r in d.related] == [7]


def test_a_dotted_number_is_unique_in_the_whole_answer() -> None:
    # 1.1.1 under 1.1 and again under 1.2 is the same number twice in one answer.
    text = Q1 + "1.1 A.\n1.1.1 B.\n1.2 C.\n1.1.1 D.\n"
    assert [d.line for d in found(text, "duplicate-clause")] == [6]


def test_the_same_number_under_two_questions_is_no_duplicate() -> None:
    text = Q1 + "a) One.\nb) Two.\n\n" + Q2 + "a) Three.\nb) Four.\n"
    assert found(text, "duplicate-clause") == []


def test_out_of_order_and_gap_are_told_apart() -> None:
    text = Q2 + "2.1 A.\n2.3 B.\n2.2 C.\n2.5 D.\n"
    assert [d.line for d in found(text, "clause-out-of-order")] == [5]
    # 2.2 comes later, so 2.3 opens no gap; 2.4 never comes.
    (gap,) = found(text, "clause-gap")
    assert gap.line == 6
    assert "2.4" in gap.message
    assert [r.line for r in gap.related] == [5]


def test_gap_of_several_numbers_and_a_list_that_opens_late() -> None:
    text = Q2 + "2.3 A.\n2.4 B.\n2.7 C.\n"
    gaps = found(text, "clause-gap")
    assert [d.line for d in gaps] == [3, 5]
    assert "2.1 to 2.2" in gaps[0].message
    assert gaps[0].related == ()
    assert "2.5 to 2.6" in gaps[1].message


def test_points_numbered_on_from_the_answer_before_leave_no_gap() -> None:
    text = Q1 + "1. One.\n2. Two.\n\n" + Q2 + "3. Three.\n4. Four.\n"
    assert found(text, "clause-gap") == []
    skipped = Q1 + "1. One.\n2. Two.\n\n" + Q2 + "4. Four.\n5. Five.\n"
    (gap,) = found(skipped, "clause-gap")
    assert "clause 1 to 3 are missing" in gap.message


def test_roman_and_letter_runs() -> None:
    roman = Q1 + "1.1 Items:\ni) one;\nii) two;\niv) four.\n"
    (d,) = found(roman, "clause-gap")
    assert "clause iii is missing" in d.message
    letters = Q1 + "a) 1\nb) 2\nc) 3\nd) 4\ne) 5\nf) 6\ng) 7\nh) 8\ni) 9\n"
    assert found(letters, "clause-gap") == []


def test_clause_under_the_wrong_question() -> None:
    text = (
        Q1
        + "1.1 Fine.\n\n"
        + Q2
        + "2.1 Fine.\n3.1 Not this question.\n2.1.1 Fine.\n1.2.1 Nested, wrong.\n"
    )
    found_ = found(text, "clause-question-mismatch")
    assert [d.line for d in found_] == [8, 10]
    assert [r.line for r in found_[0].related] == [5]  # the heading of question 2


def test_letter_clauses_never_mismatch_a_question() -> None:
    assert found(Q2 + "a) One.\nb) Two.\n", "clause-question-mismatch") == []


def test_an_unnumbered_heading_takes_the_matched_number() -> None:
    text = (
        "What are the high level characteristics of enhanced cooperation?\n\n"
        "2.1 Numbered for question 2.\n"
    )
    (d,) = found(text, "clause-question-mismatch")
    assert d.line == 3
    assert "question 1" in d.message


OUTLINE = (
    "1. Introduction\n\nWe welcome the call.\n\n"
    "3. Characteristics of enhanced cooperation\n\n3.1 Equal footing.\n4.1 Misplaced.\n\n"
    "4. Recommendations to the Working Group\n\n4.1 A yearly report.\n2.2 Also fine.\n"
)


def test_clauses_of_an_outline_section_follow_its_own_number() -> None:
    # "3." answers question 1 by its topic; "3.1" follows the section's number, "4.1"
    # follows neither; under "4." (question 2) "2.2" follows the question's.
    doc = wgec_parse.parse(OUTLINE)
    assert [q.marker for q in doc.questions] == ["3.", "4."]
    found_ = found(OUTLINE, "clause-question-mismatch")
    assert [d.line for d in found_] == [8]
    assert "question 1" in found_[0].message


def test_a_paragraph_number_under_the_word_that_cites_it_ends_the_sentence() -> None:
    text = (
        "1) What are the high level characteristics of enhanced cooperation?\n\n"
        "(a) Cooperation as described in the Tunis Agenda, para\n"
        "35. The Working Group should build on it.\n"
    )
    doc = wgec_parse.parse(text)
    assert [c.number for c in doc.questions[0].body] == ["a"]


def test_a_clause_in_brackets_under_a_word_that_cites_numbers_is_a_clause() -> None:
    # Only a number with a full stop is a cited paragraph's ("para" / "35."): "1)" is a
    # point of the list, out of order or not (found by the layout property test).
    doc = wgec_parse.parse("Date:\nX\n(a) Y\n2) cooperación para\n1) Z\n")
    (lettered,) = doc.body
    assert [c.number for c in lettered.body] == ["2", "1"]


@pytest.mark.parametrize(
    ("figure", "clause"),
    [
        # A figure with an Arabic word of magnitude, or an Arabic per cent sign, after
        # points "1.1" to "1.3" opens a sentence (fixture 1058).
        ("3.5 ملايين شخص ما زالوا دون اتصال.", False),
        ("2.5 مليار دولار.", False),
        ("4.5 ٪ من السكان.", False),
        ("3.5 por ciento de los hogares.", False),
        # A number that continues the points, or starts the next level, is a point.
        ("1.4 أن يكون التعاون مفتوحاً.", True),
        ("2.1 أن يقدم الفريق تقريراً.", True),
    ],
)
def test_a_figure_with_a_word_of_magnitude_opens_a_sentence(figure: str, clause: bool) -> None:
    text = "أولاً: الخصائص\n1.1 أ.\n1.2 ب.\n1.3 ج.\n" + figure + "\n"
    (question,) = wgec_parse.parse(text).questions
    numbers = [c.number for c in question.body if isinstance(c, wgec_parse.Clause)]
    assert (numbers[-1] == figure.split()[0]) is clause


def test_points_lettered_under_their_number_in_brackets_are_clauses() -> None:
    # "2(a)" numbers as "2.a" does (fixture 1059).
    text = "Question 2: Recommendations\n2(a) A yearly report.\n2(b) Plain language.\n"
    (question,) = wgec_parse.parse(text).questions
    assert [c.number for c in question.body] == ["2.a", "2.b"]
    assert [c.head.marker for c in question.body] == ["2(a)", "2(b)"]


@pytest.mark.parametrize(
    ("after", "items"),
    [
        # The sentence goes on past the list inside it (fixture 1078).
        ("    and not from institutional design.", 2),
        # An item whose glyph was lost ends as its siblings do.
        ("    spam and malware;", 3),
        # Not a conjunction: an item.
        ("    the cost of connectivity.", 3),
    ],
)
def test_a_sentence_goes_on_past_a_list_of_typed_glyphs(after: str, items: int) -> None:
    text = (
        "Question 1: Characteristics\n"
        "1.2 It starts from concrete problems, such as\n"
        "    * cross-border access to evidence,\n"
        "    * consumer protection,\n" + after + "\n1.3 It is plural.\n"
    )
    (question,) = wgec_parse.parse(text).questions
    assert len(question.body[0].bullets) == items


@pytest.mark.parametrize(
    ("marker", "number"),
    [
        ("1°/", "1"),  # the slash after the ordinal sign (fixture 1082)
        ("2°)", "2"),
        ("2(a)", "2.a"),  # "(" after a number, as "2.a)" (fixture 1059)
        ("2/1", "2.1"),
    ],
)
def test_a_clauses_number_leaves_its_signs_out(marker: str, number: str) -> None:
    doc = wgec_parse.parse(f"Question 1: Characteristics\n{marker} Text of the point.\n")
    (question,) = doc.questions
    assert [c.number for c in question.body] == [number]


@pytest.mark.parametrize(
    ("cited", "runs_on"),
    [
        # The word that cites paragraphs, then the range before a capital (fixture 1084).
        ("пунктов", True),
        ("paragraphs", True),
        # Any other word: the range numbers a clause of its own.
        ("решений", False),
    ],
)
def test_a_range_under_the_word_that_cites_it_goes_on(cited: str, runs_on: bool) -> None:
    text = (
        "Министерство связи Экзампленда\n\nВопрос № 2\n"
        "Какие рекомендации следует рассмотреть?\n\n"
        f"       1) Рекомендовать КНТР ежегодно рассматривать ход выполнения {cited}\n"
        "          69-71 Тунисской программы, в том числе:\n"
        "          а) доклады соответствующих организаций;\n"
        "          б) вклады заинтересованных сторон.\n"
        "       2) Рекомендовать поддержку участия развивающихся стран.\n"
    )
    (question,) = wgec_parse.parse(text).questions
    first = question.body[0]
    assert ("69.71" in [c.number for c in first.body]) is not runs_on
