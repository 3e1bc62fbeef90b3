"""Context rules of the block lexer, each shown on a minimal document."""

from __future__ import annotations

from pathlib import Path

import pytest

import wgec_parse
from wgec_parse.lexer import MAX_DEPTH, split_lines, tokens
from wgec_parse.outline import outline
from wgec_parse.roles import blocks


def structure(text: str) -> str:
    doc = wgec_parse.parse(text)
    assert wgec_parse.render(doc) == text
    return outline(doc)


@pytest.mark.parametrize(
    ("text", "contents", "eols"),
    [
        ("", [], []),
        ("a", ["a"], [""]),
        ("a\n", ["a"], ["\n"]),
        ("a\r\nb\rc\n", ["a", "b", "c"], ["\r\n", "\r", "\n"]),
        ("\n\n", ["", ""], ["\n", "\n"]),
        ("a\u2028b\x85c\x0bd\x0ce", ["a\u2028b\x85c\x0bd\x0ce"], [""]),
    ],
)
def test_split_lines_only_at_lf_crlf_cr(text: str, contents: list[str], eols: list[str]) -> None:
    assert split_lines(text) == (contents, eols)


def test_token_stream_of_a_small_document() -> None:
    kinds = [token.type for token in tokens("1) What?\n1.1 a\n- x\n- y\n1.1.1 b\n2) Why?\n")]
    assert kinds == [
        "QUESTION",
        "CLAUSE",
        "_LIST_IN",
        "BULLET",
        "BULLET",
        "_LIST_OUT",
        "_CLAUSE_IN",
        "CLAUSE",
        "_CLAUSE_OUT",
        "QUESTION",
        "TRAILER",
    ]


def test_double_spaced_text_joins_over_empty_lines_and_breaks_on_a_space_line() -> None:
    text = (
        "1) What are the high level characteristics?\n \n\n"
        "The first paragraph runs on\n\nover an empty line\n\nand ends here.\n \n\n"
        "A second paragraph after\n\na line holding one space.\n"
    )
    assert structure(text) == (
        "question 1: What are the high level characteristics?\n  paragraph\n  paragraph\n"
    )
    paragraphs = wgec_parse.parse(text).questions[0].paragraphs
    assert paragraphs[0].text == "The first paragraph runs on over an empty line and ends here."


def test_one_paragraph_per_line_is_not_taken_for_double_spacing() -> None:
    text = "1) What?\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird one.\n"
    assert structure(text) == "question 1: What?\n  paragraph\n  paragraph\n  paragraph\n"


def test_single_spaced_any_blank_line_breaks() -> None:
    text = "Question 1: What?\nline one\nline two\n\nnew paragraph\n"
    assert structure(text) == "question 1: What?\n  paragraph\n  paragraph\n"


def test_numbered_line_is_a_heading_only_when_it_asks() -> None:
    text = "1. What are the high level characteristics?\n\n1. We think so.\n2. And so.\n"
    assert structure(text) == (
        "question 1: What are the high level characteristics?\n  clause 1\n  clause 2\n"
    )


def test_a_question_mark_inside_a_clause_does_not_make_a_heading() -> None:
    text = "Question 1: What?\n1. Why is this so? Because it is.\n2. Next.\n"
    assert structure(text) == "question 1: What?\n  clause 1\n  clause 2\n"


def test_heading_title_wraps_until_the_question_mark() -> None:
    text = (
        "2) Taking into consideration\nthe Tunis Agenda, what kind of\nrecommendations?\nAnswer.\n"
    )
    doc = wgec_parse.parse(text)
    assert doc.questions[0].title == (
        "Taking into consideration the Tunis Agenda, what kind of recommendations?"
    )
    assert doc.questions[0].paragraphs[0].text == "Answer."


def test_bare_keyword_heading_takes_the_next_line_as_title_across_a_break() -> None:
    text = "Question 1\n\nWhat are the high level characteristics of enhanced cooperation?\n\nAnswer.\n"
    assert structure(text) == (
        "question 1: What are the high level characteristics of enhanced cooperation?\n"
        "  paragraph\n"
    )


def test_unnumbered_heading_matches_a_guiding_question() -> None:
    text = "Intro.\n\nWhat are the high level characteristics of enhanced cooperation?\n\nAnswer.\n"
    assert structure(text) == (
        "front\n  paragraph\n"
        "question 1: What are the high level characteristics of enhanced cooperation?\n"
        "  paragraph\n"
    )


def test_topic_heading_ends_its_title_on_its_own_line() -> None:
    text = "1. Characteristics of enhanced cooperation\nIt is open.\n2. Recommendations\n2.1 Do.\n"
    assert structure(text) == (
        "question 1: Characteristics of enhanced cooperation\n  paragraph\n"
        "question 2: Recommendations\n  clause 2.1\n"
    )


def test_clause_styles_nest_and_known_styles_are_siblings() -> None:
    text = "1.1 a\n1.1.1 b\n(a) c\n(i) d\n(ii) e\n(b) f\n1.1.2 g\n1.2 h\n"
    assert structure(text) == (
        "clause 1.1\n  clause 1.1.1\n    clause a\n      clause i\n      clause ii\n"
        "    clause b\n  clause 1.1.2\nclause 1.2\n"
    )


def test_letter_i_after_h_is_a_letter_not_a_roman_numeral() -> None:
    letters = "abcdefghij"
    text = "".join(f"{c}) item {c}\n" for c in letters)
    assert structure(text) == "".join(f"clause {c}\n" for c in letters)


def test_bullets_nest_by_glyph_change_after_a_colon_and_by_indentation() -> None:
    text = "1.1 Lead:\n• one:\n- sub\n- sub\n• two\n    ◦ deep\n• three\n"
    assert structure(text) == (
        "clause 1.1\n  bullet •\n    bullet -\n    bullet -\n  bullet •\n    bullet ◦\n  bullet •\n"
    )


def test_glyph_change_without_a_colon_stays_a_sibling() -> None:
    assert structure("• one\n- two\n") == "bullet •\nbullet -\n"


def test_lost_glyphs_after_a_colon_and_inside_a_list() -> None:
    text = "1.1 Lead:\n first item\ncontinued\n second item:\n- child\n third item\n"
    doc = wgec_parse.parse(text)
    items = doc.body[0].bullets  # type: ignore[union-attr]
    assert [(i.glyph, i.text) for i in items] == [
        ("", "first item continued"),
        ("", "second item:"),
        ("", "third item"),
    ]
    assert [c.text for c in items[1].children] == ["child"]


def test_an_item_whose_word_glyph_became_white_space_is_the_next_item() -> None:
    # fixture 741: "\uf0b7 a;" over "  c." (the glyph lost to two spaces) is a sibling
    text = "1.1 Lead:\n\uf0b7 a;\n\uf0b7 b;\n  c.\n"
    assert structure(text) == "clause 1.1\n  bullet U+F0B7\n  bullet U+F0B7\n  bullet (lost)\n"
    # a wrapped line of an item that does not end as items do goes on with it
    text = "1.1 Lead:\n\uf0b7 a\n  wrapped;\n\uf0b7 b.\n"
    assert structure(text) == "clause 1.1\n  bullet U+F0B7\n  bullet U+F0B7\n"


def test_hanging_indent_continues_an_item() -> None:
    text = "•   first item that wraps\n    onto a second line\n•   second\n"
    doc = wgec_parse.parse(text)
    assert [i.text for i in doc.body[0].items] == [  # type: ignore[union-attr]
        "first item that wraps onto a second line",
        "second",
    ]


def test_break_then_text_closes_the_list() -> None:
    text = "Question 1: What?\n- a\n- b\n\nAfter the list.\n"
    assert structure(text) == "question 1: What?\n  bullet -\n  bullet -\n  paragraph\n"


def test_noise_stays_inside_the_open_block() -> None:
    text = "1.1 text runs\n- 2 -\n\f\non after the page break\n1.2 next\n"
    doc = wgec_parse.parse(text)
    first = doc.body[0]
    assert first.text == "text runs on after the page break"  # type: ignore[union-attr]
    assert [n.line.line for n in first.noise] == [2, 3]  # type: ignore[union-attr]


def test_running_header_on_a_paged_document_is_noise() -> None:
    page = "ACME contribution to WGEC\n"
    text = page + "1.1 a\n\f" + page + "1.2 b\n\f" + page + "1.3 c\n"
    assert structure(text) == (
        "front\n  noise 1\nclause 1.1\n  noise 3\nclause 1.2\n  noise 5\nclause 1.3\n"
    )


def test_one_form_feed_and_one_page_number_make_a_paged_document() -> None:
    page = "ACME contribution to WGEC\n"
    paged = page + "1.1 a\n\f" + page + "1.2 b\n- 2 -\n" + page + "1.3 c\n"
    assert structure(paged).count("noise") == 4  # three headers and the page number
    unpaged = page + "1.1 a\n" + page + "1.2 b\n- 2 -\n" + page + "1.3 c\n"
    assert structure(unpaged).count("noise") == 1  # the page number alone


def test_the_same_line_three_times_without_pages_is_text() -> None:
    text = "Yes.\n\nYes.\n\nYes.\n"
    assert "noise" not in structure(text)


def test_front_matter_ends_at_the_first_structure() -> None:
    text = (
        "Submitted by\nThe Republic\nDate: 1 December 2016\nSubject: WGEC\ncontinued\n\n1) What?\n"
    )
    doc = wgec_parse.parse(text)
    assert doc.front_matter is not None
    assert [(f.name, f.value) for f in doc.front_matter.fields] == [
        ("Submitted by", "The Republic"),
        ("Date", "1 December 2016"),
        ("Subject", "WGEC continued"),
    ]


def test_fields_after_the_front_matter_are_plain_text() -> None:
    text = "1) What?\nNote: this is text.\n"
    assert wgec_parse.parse(text).questions[0].paragraphs[0].text == "Note: this is text."


def test_document_without_structure_keeps_fields_in_front_and_text_in_body() -> None:
    text = "To: secretariat\nFrom: us\n\nJust a letter.\n"
    assert structure(text) == "front\n  field To: secretariat\n  field From: us\nparagraph\n"


def test_nesting_deeper_than_the_limit_becomes_siblings() -> None:
    text = "".join(f"{'  ' * k}- item {k}\n" for k in range(MAX_DEPTH + 20))
    doc = wgec_parse.parse(text)
    assert wgec_parse.render(doc) == text
    depth = 0
    items = doc.body[0].items  # type: ignore[union-attr]
    while items:
        depth += 1
        items = items[-1].children
    assert depth == MAX_DEPTH


def test_short_line_ending_a_sentence_ends_a_single_spaced_paragraph() -> None:
    text = (
        "Question 1: What are the high level characteristics of enhanced cooperation?\n"
        "Enhanced cooperation is a process rather than a single mechanism, and its\n"
        "characteristics follow from the Tunis Agenda and the work since then.\n"
        "It is short.\n"
        "The next paragraph starts here, on a line of its own, after a short line\n"
        "that ended a sentence, which is how extractions show paragraph breaks when\n"
        "no blank line is left between paragraphs.\n"
        "- Inclusive: all stakeholders take part.\n"
        "- Open.\n"
        "We conclude here with a sentence of a good length to fill the line width.\n"
    )
    doc = wgec_parse.parse(text)
    assert wgec_parse.render(doc) == text
    q = doc.questions[0]
    assert [type(b).__name__ for b in q.body] == [
        "Paragraph",
        "Paragraph",
        "BulletList",
        "Paragraph",
    ]
    assert q.paragraphs[0].text.endswith("since then. It is short.")
    assert q.body[2].items[1].text == "Open."  # type: ignore[union-attr]


def test_the_short_line_rule_is_off_in_double_spaced_text(seed_full_text: str) -> None:
    clause = wgec_parse.parse(seed_full_text).questions[1].clauses[3]
    assert clause.text.endswith(
        "principles. HLPF, WSIS Forum, IGF could provide necessary "
        "platform for regular wide multi-stakeholder discussions."
    )


def test_word_level_glyphs_nest_without_indentation() -> None:
    text = "Question 1: What?\n•\tOne\no\tSub one\no\tSub two\n▪\tDeeper\n•\tTwo\n"
    assert structure(text) == (
        "question 1: What?\n  bullet •\n    bullet o\n    bullet o\n      bullet ▪\n  bullet •\n"
    )


def test_a_numbered_point_mentioning_recommendations_is_not_a_topic_heading() -> None:
    text = (
        "2) Taking into consideration the work of the previous WGEC, what kind of "
        "recommendations should we consider?\n"
        "1. Recommendations follow:\n"
        "2. Map the mechanisms.\n"
    )
    assert structure(text) == (
        "question 2: Taking into consideration the work of the previous WGEC, what kind of "
        "recommendations should we consider?\n  clause 1\n  clause 2\n"
    )


def test_the_question_headings_numbering_goes_on_past_the_answers_clauses() -> None:
    text = (
        "(1) السمات الأساسية للتعاون المعزز\n\nأ) المساواة بين الحكومات.\n"
        "ب) مشاركة أصحاب المصلحة.\n\n(2) ما نوصي به الفريق العامل\n\nأ) تقرير سنوي.\n"
    )
    assert structure(text) == (
        "question 1: السمات الأساسية للتعاون المعزز\n  clause أ\n  clause ب\n"
        "question 2: ما نوصي به الفريق العامل\n  clause أ\n"
    )


def test_a_number_that_goes_on_with_an_open_clause_level_stays_a_clause() -> None:
    # Under the heading "1)", the answer's own "1)", "2)" (no title): "2)" is its clause.
    text = "1) What are the high level characteristics?\n\n1) One.\n\n2) Two.\n"
    assert structure(text) == (
        "question 1: What are the high level characteristics?\n  clause 1\n  clause 2\n"
    )


def test_bare_heading_does_not_take_an_answer_as_its_title() -> None:
    text = "Question 1:\nThe answer.\n\nQuestion 2:\nWhy would we?\nBecause.\n"
    assert structure(text) == (
        "question 1: \n  paragraph\nquestion 2: Why would we?\n  paragraph\n"
    )


def test_a_title_runs_on_only_when_it_ends_as_a_title_does() -> None:
    # Whole on one line: the next line is the answer.
    text = "Question 1 (High level characteristics)\nWe think so.\n\nQ.2 Recommendations\nSome.\n"
    assert structure(text) == (
        "question 1: (High level characteristics)\n  paragraph\n"
        "question 2: Recommendations\n  paragraph\n"
    )
    # Wrapped: the title ends with "?" or ":" on a later line.
    text = "Question 1: What are the high level\ncharacteristics?\nWe think so.\n"
    assert structure(text) == (
        "question 1: What are the high level characteristics?\n  paragraph\n"
    )
    text = "Question 2: Our recommendations on the\nway forward:\n1.1 One.\n"
    assert structure(text) == "question 2: Our recommendations on the way forward:\n  clause 1.1\n"


def test_a_number_under_a_word_that_takes_one_goes_on_with_its_sentence() -> None:
    outline_text = outline(
        wgec_parse.parse(
            (
                Path(__file__).resolve().parent.parent
                / "fixtures"
                / "styles"
                / "374_number_after_paragraph_runs_on.txt"
            ).read_text(encoding="utf-8")
        ),
        text=True,
        width=200,
    )
    assert "clause 2.1: Clarify the object. The Group should state that enhanced" in outline_text
    assert "\n  clause 1.2: above" not in outline_text
    # Only the last word counts, and a line of white space that str.split sees as none
    # ("\x1c", a separator some extractions leave) has no last word.
    assert blocks._takes_a_number("as described in paragraph")
    assert blocks._takes_a_number("conformément au paragraphe")
    assert not blocks._takes_a_number("a paragraph of text")
    assert not blocks._takes_a_number("\x1c")
