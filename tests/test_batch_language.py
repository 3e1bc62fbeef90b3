"""What documents.csv says of a submission: language, words, stakeholder group, and the
question a heading answers."""

from __future__ import annotations

import pytest

from wgec_parse.language import count_words, detect_language, direction
from wgec_parse.questions import WGEC2, match_heading
from wgec_parse.stakeholders import stakeholder_group

Q1, Q2 = WGEC2.questions


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Enhanced cooperation should involve all stakeholders in their roles.", "en"),
        ("La coopération renforcée doit associer toutes les parties prenantes.", "fr"),
        ("La cooperación reforzada debe incluir a todas las partes interesadas.", "es"),
        ("Расширенное сотрудничество должно включать все заинтересованные стороны.", "ru"),
        ("ينبغي أن يشمل التعاون المعزز جميع أصحاب المصلحة.", "ar"),
        ("加强合作应包括所有利益攸关方。", "zh"),
        # A Russian answer quoting an English title is still Russian.
        ("Мы поддерживаем Tunis Agenda и расширенное сотрудничество всех сторон.", "ru"),
        ("Η συνεργασία πρέπει να είναι ανοιχτή.", ""),  # Greek: not a UN language
        ("12345 — 2016", ""),
        ("", ""),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_count_words() -> None:
    assert count_words("Enhanced cooperation, i.e. a multi-stakeholder process (2016).") == 7
    assert count_words("l'Internet et la coopération") == 4
    assert count_words("加强合作") == 4  # one word per ideograph
    assert count_words("WGEC 加强合作 2") == 6
    assert count_words("") == 0


@pytest.mark.parametrize(
    ("submitter", "fields", "expected"),
    [
        ("the Russian Federation", [], ("Government", "name")),
        (
            "Permanent Mission of Brazil to the United Nations",
            [],
            ("Government", "name"),
        ),
        (
            "United Nations Educational, Scientific and Cultural Organization",
            [],
            ("Intergovernmental organisation", "name"),
        ),
        ("Ministère des affaires étrangères", [], ("Government", "name")),
        ("Internet Society", [], ("Technical and academic community", "name")),
        ("Universidad de Chile", [], ("Technical and academic community", "name")),
        ("ACME Telecom Ltd", [], ("Private sector", "name")),
        ("Association for Progressive Communications", [], ("Civil society", "name")),
        ("中华人民共和国政府", [], ("Government", "name")),
        ("Brazil", [], ("unknown", "")),  # a country named alone: a documented limit
        ("", [], ("unknown", "")),
        ("X", [("Stakeholder group", "Civil society")], ("Civil society", "field")),
        ("X", [("Groupe de parties prenantes :", "Société civile")], ("Civil society", "field")),
        ("Government of X", [("Category", "Youth")], ("Youth", "field")),  # kept as stated
    ],
)
def test_stakeholder_group(
    submitter: str, fields: list[tuple[str, str]], expected: tuple[str, str]
) -> None:
    assert stakeholder_group(submitter, fields) == expected


def test_match_heading_prefers_a_closer_wording_over_the_number() -> None:
    # The answer to question 2 written under "I.": its wording wins over its number.
    found = match_heading("1", Q2.wording, numbered=True)
    assert (found.spec, found.how) == (Q2, "wording")
    # A numbered heading with its own question's wording, or a short title, keeps it.
    assert match_heading("2", Q2.wording).how == "number"
    assert match_heading("1", "Characteristics").spec == Q1
    # Unnumbered: wording, then a topic word; a number that is not in the set: topic.
    unnumbered = match_heading("", Q1.wording, numbered=False)
    assert (unnumbered.spec, unnumbered.how) == (Q1, "wording")
    topic = match_heading("3", "Recommandations")
    assert (topic.spec, topic.how) == (Q2, "topic")
    other = match_heading("3", "Other comments")
    assert (other.spec, other.how) == (None, "none")
    # A numbered part whose short title names the other question's topic answers it.
    part = match_heading("1", "关于工作组应考虑的建议")
    assert (part.spec, part.how) == (Q2, "topic")
    assert match_heading("2", "Our recommendations").how == "number"


def test_direction() -> None:
    assert direction("(a) يجب أن يتيح") == "ltr"  # the first letter is the Latin "a"
    assert direction("1.1 يجب أن يتيح") == "rtl"  # digits do not decide
    assert direction("Enhanced cooperation") == "ltr"
    assert direction("加强合作") == "ltr"
    assert direction("") == "ltr"
