"""Parsing reads the question set it is given: headings by its wordings and topics."""

from __future__ import annotations

from pathlib import Path

import pytest

import wgec_parse
from wgec_parse.questions import WGEC2, match_subject, match_topic

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


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("Characteristics of enhanced cooperation", "1"),
        ("Key features", "1"),
        ("Les grands traits de la coopération renforcée", "1"),
        ("Ce qui caractérise la coopération renforcée", "1"),
        ("Rasgos principales de la cooperación reforzada", "1"),
        ("Lo que caracteriza a la cooperación reforzada", "1"),
        ("Отличительные черты расширенного сотрудничества", "1"),
        ("Особенности расширенного сотрудничества", "1"),
        ("السمات الأساسية للتعاون المعزز", "1"),
        ("مميزات التعاون المعزز", "1"),
        ("关于加强合作的主要特点", "1"),
        ("Nuestras recomendaciones", "2"),
        ("Nos propositions", "2"),
        # A note in brackets at the end is not counted: "(max. 500 words)".
        ("Recommendations to the Working Group, taking into account the Agenda (paras 69-71)", "2"),
        (
            "Recommendations to the Working Group, taking into account the Agenda of the Summit",
            None,
        ),
        ("Наши предложения", "2"),
        ("工作组可以提出哪些建议", "2"),
        # "should recommend" names question 2 only at the title's end.
        ("What the Working Group should recommend", "2"),
        ("Ce que le Groupe devrait recommander ?", "2"),
        ("It should recommend a voluntary fund for officials", None),
        # So do "might", "could", "may" and "would recommend" (fixture 305).
        ("On what the Group might recommend", "2"),
        ("What we would recommend", "2"),
        ("Ce que le Groupe pourrait recommander", "2"),
        ("We recommend", None),
        ("It might recommend a fund", None),
        # What we propose names question 2 as what we recommend does (fixture 424).
        ("Lo que proponemos al Grupo de Trabajo", "2"),
        ("What we propose to the Working Group", "2"),
        ("Ce que nous proposons", "2"),
        ("Что мы предлагаем Рабочей группе", "2"),
        ("ما نقترحه على الفريق العامل", "2"),
        ("We propose", None),
        # ... and in the first person singular, as an individual writes (fixtures 899, 900).
        ("What I recommend", "2"),
        ("Ce que je recommande", "2"),
        ("Lo que recomiendo", "2"),
        ("Что я рекомендую", "2"),
        ("ما أوصي به", "2"),
        ("I recommend", None),
        # A topic's lead, then the question's own wording restated after a comma
        # (fixture 915).
        (
            "Recommendations to be considered, taking into account the work of the previous "
            "WGEC and the Tunis Agenda, particularly paragraphs 69-71",
            "2",
        ),
        (
            "التوصيات التي ينبغي النظر فيها، مع مراعاة عمل الفريق العامل السابق وبرنامج عمل "
            "تونس، ولا سيما الفقرات 69-71",
            "2",
        ),
        (
            "Recommendations to the Group, taking into account what our members told us at "
            "their meeting in Lima",
            None,
        ),
        # What the Group should do, at the title's end (fixture 669).
        ("What the Working Group should do", "2"),
        ("Lo que el Grupo debería hacer", "2"),
        ("What governments should do", None),
        ("The Group should do more to include developing countries", None),
        # A Chinese topic framed as views on it (fixture 682).
        ("对加强合作高层级特征的看法", "1"),
        ("关于工作组建议的意见", "2"),
        ("对此的看法", None),
        # A topic that cites the Tunis Agenda's paragraphs, the citation not counted
        # (fixture 707).
        ("Recommandations à la lumière des paragraphes 69 à 71 de l'Agenda de Tunis", "2"),
        ("Recomendaciones a la luz de los párrafos 69 a 71 de la Agenda de Túnez", "2"),
        (
            "Recommandations que le Groupe pourrait adresser aux gouvernements, aux "
            "organisations internationales et à la société civile",
            None,
        ),
        # Not topics: a sentence, a long title, words that merely share letters.
        ("Key features are listed below.", None),
        ("Le traitement des données personnelles", None),
        ("Portraits of the members", None),
    ],
)
def test_a_short_title_names_a_topic_in_any_language(title: str, number: str | None) -> None:
    assert match_topic(title, WGEC2) == number


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("How we understand enhanced cooperation", "1"),
        ("Lo que entendemos por cooperación reforzada", "1"),
        # The subject inside the meeting's name is the title's addressee (fixture 318).
        ("Submission to the Working Group on Enhanced Cooperation", None),
        ("Aporte al Grupo de Trabajo sobre la Cooperación Reforzada", None),
        ("关于加强合作工作组的意见", None),
    ],
)
def test_a_short_title_names_the_subject_but_not_the_meeting(
    title: str, number: str | None
) -> None:
    assert match_subject(title, WGEC2) == number


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("High-level characteristics of enhanced cooperation (Q1)", "1"),
        ("Recomendaciones al Grupo de Trabajo (pregunta 2)", "2"),
        ("CHARACTERISTICS (QUESTION 1)", "1"),
        ("特征（问题二）", "2"),
        ("Our report (2016)", ""),
        ("Our views (see Q2 below)", ""),
        ("Recommendations (guiding question 2, Tunis Agenda paras 69-71)", "2"),  # forms 53
        ("Recomendaciones (pregunta 2; máx. 500 palabras)", "2"),
        ("Our views (as adopted by the Board of the Example Forum, 2016)", ""),
    ],
)
def test_a_title_names_its_question_in_brackets(title: str, number: str) -> None:
    from wgec_parse.numbering import referenced_number

    assert referenced_number(title) == number


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("What enhanced cooperation should look like", "1"),
        ("Сущность расширенного сотрудничества", "1"),
        ("La coopération renforcée telle que nous la voyons", "1"),
        ("关于增强合作", "1"),
        ('What makes cooperation "enhanced"?', "1"),  # the words in the other order
        ("Cooperation among governments", None),
        # A topic wins over the subject; a sentence names nothing.
        ("Recommendations on enhanced cooperation", None),
        ("Enhanced cooperation is a process among governments.", None),
    ],
)
def test_a_short_title_names_a_subject(title: str, number: str | None) -> None:
    assert match_subject(title, WGEC2) == number


def _records(tmp_path: Path, extra: str) -> wgec_parse.QuestionSet:
    """A one-question set about records, with ``extra`` (a TOML line) in its question."""
    path = tmp_path / "records.toml"
    path.write_text(
        '[[questions]]\nid = "r1"\nnumber = "1"\nwording = "How should records be kept?"\n'
        + extra
        + "\n",
        "utf-8",
    )
    return wgec_parse.load_question_set(path)


def test_a_loaded_set_gives_its_subjects(tmp_path: Path) -> None:
    records = _records(tmp_path, 'subjects = ["Record keeping"]')
    assert records.questions[0].subjects == ("record keeping",)
    text = "Our views follow.\n\nRecord keeping as we see it\n\nShelves, not boxes.\n"
    (question,) = wgec_parse.parse(text, questions=records).questions
    assert question.title == "Record keeping as we see it"


def test_a_loaded_topic_ending_with_a_dollar_names_at_the_end_only(tmp_path: Path) -> None:
    records = _records(tmp_path, 'topics = ["should keep$"]')
    assert records.questions[0].topics == ("should keep$",)
    assert match_topic("What archives should keep", records) == "1"
    assert match_topic("Archives should keep boxes", records) is None


@pytest.mark.parametrize(
    ("label", "title", "number"),
    [
        ("Q:", "What are the high level characteristics of enhanced cooperation?", "1"),  # 732
        ("问：", "加强合作的高层次特征是什么？", "1"),  # fixture 731
        (
            "问：",
            "考虑到上一届工作组的工作和突尼斯议程特别是第69至71段，我们应当考虑哪些建议？",
            "2",
        ),
        ("Pregunta:", "¿Qué tipo de recomendaciones deberíamos considerar?", None),
        ("A:", "What are the high level characteristics of enhanced cooperation?", None),
        ("Q:", "How many members does the Forum have?", None),
    ],
)
def test_a_question_label_before_a_wording_names_its_question(
    label: str, title: str, number: str | None
) -> None:
    from wgec_parse.questions import match_label

    assert match_label(label, title, WGEC2) == number
