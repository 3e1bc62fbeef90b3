"""Parsing reads the question set it is given: headings by its wordings and topics."""

from __future__ import annotations

import wgec_parse

from .conftest import FIXTURES, read_exact

TEXT = read_exact(FIXTURES / "question_sets" / "archives.txt")
ARCHIVES = wgec_parse.load_question_set(FIXTURES / "question_sets" / "archives.toml")


def test_unnumbered_headings_are_found_by_the_sets_wordings() -> None:
    document = wgec_parse.parse(TEXT, questions=ARCHIVES)
    titles = [q.title for q in document.questions]
    assert titles == [
        "How should the archives of public consultations be kept?",
        "Who should be able to consult the archives, and under which conditions?",
        "Access",
    ]
    assert [ARCHIVES.by_wording(t) for t in titles[:2]] == list(ARCHIVES.questions)
    assert document.questions[0].paragraphs[0].text.startswith("Archives should be kept")
    assert wgec_parse.render(document) == TEXT


def test_a_short_heading_names_a_question_by_the_sets_topics() -> None:
    access = wgec_parse.parse(TEXT, questions=ARCHIVES).questions[2]
    assert (access.marker, access.number) == ("2.", "2")
    assert access.paragraphs[0].text == "Requests are answered within thirty days."


def test_the_built_in_set_finds_none_of_them() -> None:
    document = wgec_parse.parse(TEXT)
    assert document.questions == ()
    assert wgec_parse.parse(TEXT, questions="wgec2") == document


def test_a_set_can_be_named_by_its_file() -> None:
    path = str(FIXTURES / "question_sets" / "archives.toml")
    assert wgec_parse.parse(TEXT, questions=path) == wgec_parse.parse(TEXT, questions=ARCHIVES)
