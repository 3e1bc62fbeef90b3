"""The signature rule: a last run of short lines after the answers is the closing."""

from __future__ import annotations

import pytest

import wgec_parse
from wgec_parse.roles.blocks import _PLACE_AND_DATE

Q1 = "1) What are the high level characteristics of enhanced cooperation?\n\n"
ANSWER = "Enhanced cooperation must be inclusive and transparent for all stakeholders.\n\n"


def closing_text(text: str) -> str | None:
    doc = wgec_parse.parse(text)
    assert wgec_parse.render(doc) == text
    if doc.closing is None:
        return None
    return wgec_parse.render(doc.closing).strip("\n")


@pytest.mark.parametrize(
    "tail",
    [
        "Jane Doe\nDirector, Example Council\n",
        "Asunción, 20 de diciembre de 2016\n",
        "А. В. Лебедев\nДиректор АНО «ЦИЦЭ»\n",
        "Presented by: Ministry of Communications\nCountry: Examplestan\n",
        "中国互联网协会\n2016年12月20日\n",
        "Директор Центра\t\tИ. И. Примеров\n",  # one line in two columns, set by tabs
        # A person's name and title alone on the last line (fixture 1002).
        "Ngozi Example, Executive Director\n",
        "Clara Ejemplo, presidenta\n",
        # Under the line that says on whose behalf it signs; an address and a telephone.
        "For the Network:\nJane Example\nProgramme Coordinator\njane@example.org | +232 76 410 552\n",
    ],
)
def test_a_last_run_of_short_lines_is_the_closing(tail: str) -> None:
    assert closing_text(Q1 + ANSWER + tail) == tail.strip("\n")


@pytest.mark.parametrize(
    "tail",
    [
        # One short line with no year: the answer's last words, not a signature.
        "Thank you\n",
        # A list introduced by a colon.
        "We recommend:\n\nTransparency\nInclusiveness\n",
        "For these reasons:\nTransparency\nInclusiveness\n",
        # Sentences.
        "This is the end.\nReally the end.\n",
        # Seven short lines: too many for a signature.
        "".join(f"Item {k}\n" for k in range(7)),
        # Lower-case starts continue a sentence.
        "and then\nsome more\n",
        # A tab inside one short line, with no name's initials: no signature.
        "Priority\tHigh\n",
        # Two capitalised phrases set apart by a comma name no person and title.
        "Open Standards, Open Data\n",
    ],
)
def test_what_is_not_a_signature_stays_in_the_answer(tail: str) -> None:
    assert closing_text(Q1 + ANSWER + tail) is None


@pytest.mark.parametrize(
    ("tail", "signed"),
    [
        # Under a rule, initials and a surname sign without an address (fixture 1050).
        ("------------\nД. Примерова, Примерск\nТекст можно публиковать.\n", True),
        # Two words that may open a sentence do not: the answer goes on under the rule.
        ("------------\nالتعاون التعاون\nbroad\nbroad.\n", False),
        ("------------\nOpen Standards\nmatter most.\n", False),
    ],
)
def test_a_signature_under_a_rule_names_its_signer(tail: str, signed: bool) -> None:
    found = closing_text(Q1 + ANSWER + tail)
    assert (found == tail.strip("\n").partition("\n")[2]) if signed else found is None


def test_no_signature_without_an_answer_before_it() -> None:
    assert closing_text("Jane Doe\nDirector, Example Council\n") is None
    assert closing_text(Q1 + "Jane Doe\nDirector\n") is None


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Ереван, 14 декабря 2016 г.", True),
        ("Geneva, 9 December 2016.", True),
        ("Lima, 14 de diciembre de 2016.", True),
        ("In 2015, the number of users grew to 2016.", False),  # a sentence
        ("Secretary-General by the end of the first quarter of 2006.", False),
    ],
)
def test_a_place_and_date_may_end_a_signature_with_a_full_stop(line: str, dated: bool) -> None:
    assert (_PLACE_AND_DATE.fullmatch(line) is not None) is dated


def test_a_signature_right_after_the_last_sentence_starts_the_closing() -> None:
    text = (
        "1) What are the high level characteristics of enhanced cooperation?\n"
        "Equal footing for all governments.\n"
        "Deputy Minister\n"
        "A. B. Example\n"
        "Geneva, 9 December 2016.\n"
    )
    doc = wgec_parse.parse(text)
    assert doc.closing is not None
    assert [p.text for p in doc.questions[0].paragraphs] == ["Equal footing for all governments."]


def test_a_closing_sentence_inside_a_running_paragraph_stays_in_it() -> None:
    text = (
        "1) What are the high level characteristics of enhanced cooperation?\n"
        "Equal footing for all governments, and\n"
        "thank you for the chance to say so, we add.\n"
    )
    doc = wgec_parse.parse(text)
    assert doc.closing is None


# A long clause (it fills the line, so the next line would run on into it), then the
# form's own row.
_LONG_CLAUSE = (
    "1)\tThat the outcome of the Working Group be short and practical, and that it be"
    " reviewed against what has changed.\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "Other comments\tWe thank the Secretariat for extending the deadline.\n",
        "Any other comments:\tNone.\n",
        "Autres commentaires\tNous remercions le Secrétariat.\n",
        "Otros comentarios: Agradecemos la prórroga del plazo.\n",
        "Другие комментарии\tБлагодарим Секретариат.\n",
        "其他意见：感谢秘书处。\n",
        "I consent to the publication of my response\tYes\n",
    ],
)
def test_a_forms_own_row_after_the_answers_starts_the_closing(row: str) -> None:
    # fixtures/styles/603: the form's rows after its questions are no part of the answer.
    closing = closing_text(Q1 + _LONG_CLAUSE + row)
    assert closing is not None
    assert closing.startswith(row.split("\t")[0].split(":")[0].split("：")[0])


def test_a_forms_own_row_before_a_question_stays_in_the_answer() -> None:
    row = "Other comments\tWe thank the Secretariat for extending the deadline.\n"
    q2 = "2) What kind of recommendations should we consider?\nA review every two years.\n"
    doc = wgec_parse.parse(Q1 + _LONG_CLAUSE + row + q2)
    assert doc.closing is None
    assert len(doc.questions) == 2


@pytest.mark.parametrize(
    "byline",
    ["- The Example Network Policy Team", "– The EXA team", "— The Example Network Team"],
)
def test_a_teams_byline_after_a_dash_closes_the_text(byline: str) -> None:
    # A blog post signed by its team after a hyphen: a byline, not a list of one item.
    text = Q1 + "• Governments work together.\n• Those affected are consulted.\n\n" + byline + "\n"
    assert closing_text(text) == byline
    tagged = text + "\nTags: enhanced cooperation, WGEC\n"
    assert closing_text(tagged) == byline + "\n\nTags: enhanced cooperation, WGEC"


@pytest.mark.parametrize(
    "item", ["- The Example Network Policy Team.", "- Example network policy team", "- the team"]
)
def test_a_hyphens_item_that_signs_for_no_team_stays_in_the_answer(item: str) -> None:
    text = Q1 + ANSWER + item + "\n"
    assert closing_text(text) is None


def test_a_bodys_byline_after_a_hyphen_under_a_paragraph_closes_the_text() -> None:
    byline = "- Example Network Policy Group, Exampletown"
    lead = Q1 + "- Governments work together.\n- Those affected are consulted.\n"
    text = lead + "We do not think a new body is needed.\n\n" + byline + "\n"
    assert closing_text(text) == byline
    # Under the list's last item it is the list's next item.
    assert closing_text(lead + "\n" + byline + "\n") is None


def test_a_desk_over_a_closing_sentence_over_the_tags_starts_the_closing() -> None:
    tail = "EXA Policy Desk\nComments on this input are welcome at policy@exa.example.\n"
    tags = "\nTags: enhanced cooperation, WGEC\n"
    assert closing_text(Q1 + ANSWER + tail + tags) == (tail + tags).strip("\n")
    # A sentence over the closing sentence stays in the answer.
    said = "We end here.\nComments on this input are welcome at policy@exa.example.\n"
    assert closing_text(Q1 + ANSWER + said + tags) == (said + tags).strip("\n").split("\n", 1)[1]


@pytest.mark.parametrize("label", ["Signed:", "Firmado:", "Подпись:"])
def test_a_signed_label_alone_over_the_signer_starts_the_closing(label: str) -> None:
    tail = f"{label}\nJane Example\nCommissioner\n"
    assert closing_text(Q1 + ANSWER + tail) == tail.strip("\n")


def test_the_texts_last_line_about_the_body_with_its_contact_closes_it() -> None:
    about = "Центр примерной политики - независимая некоммерческая организация. Контакт: office@example.md\n"
    assert closing_text(Q1 + ANSWER + about) == about.strip("\n")
    # Not the last line: the answer goes on under it.
    assert closing_text(Q1 + ANSWER + about + "\nMore of the answer here.\n") is None
    # Its words name no submitter: a note about the writers, not a signature's name.
    assert wgec_parse.parse(Q1 + ANSWER + about).submitter is None


def test_a_chinese_note_on_who_drafted_the_response_closes_the_text() -> None:
    note = "本答复由委员会国际合作司负责起草。如有疑问，请与上述联系方式联系。\n"
    assert closing_text(Q1 + ANSWER + note) == note.strip("\n")


def test_a_spanish_note_on_who_prepared_the_document_closes_the_text() -> None:
    note = "Este documento fue preparado por el equipo de investigación del Observatorio.\n"
    assert closing_text(Q1 + ANSWER + note) == note.strip("\n")


def test_a_bodys_byline_after_a_hyphen_under_numbered_points_closes_the_text() -> None:
    byline = "- Example Operators Policy Group"
    text = Q1 + "1. Publish drafts for comment.\n2. Do not create a new body.\n\n" + byline + "\n"
    assert closing_text(text) == byline


@pytest.mark.parametrize(
    "label",
    [
        "Más información",
        "Compártelo",
        "Share on",
        "Поделитесь",
        "Контактная информация",  # fixture 1083
        "Contact information",
    ],
)
def test_a_contact_or_sharing_label_after_the_answers_starts_the_closing(label: str) -> None:
    tail = f"{label}: Example Office, office@example.org\n"
    assert closing_text(Q1 + ANSWER + tail) == tail.strip("\n")


@pytest.mark.parametrize(
    "line",
    ["Enjoyed this post? Share it: Twitter | E-mail", "¿Te gustó? Compártelo: Facebook"],
)
def test_a_question_before_a_sharing_label_after_the_answers_starts_the_closing(
    line: str,
) -> None:
    tail = line + "\nTags: policy\n"
    assert closing_text(Q1 + ANSWER + tail) == tail.strip("\n")


def test_a_city_after_its_abbreviation_ends_a_signature_not_a_list() -> None:
    tail = "Управление международного сотрудничества\nг. Примерск\n"
    assert closing_text(Q1 + ANSWER + tail) == tail.strip("\n")
    # After points "а." to "в.", "г." is the next point, whatever its text.
    points = "а. первое;\nб. второе;\nв. третье;\nг. Примерск\n"
    doc = wgec_parse.parse(Q1 + points)
    assert [getattr(b, "number", None) for b in doc.questions[0].body] == ["а", "б", "в", "г"]


@pytest.mark.parametrize(
    "notice",
    [
        "(c) 2017 Example Network Operators Group. All rights reserved.",
        "© 2016 Example Alliance",
        "Copyright 2016 Example Alliance",
        "版权所有 © 2016 示例协会",
    ],
)
def test_a_copyright_notice_after_the_answers_starts_the_closing(notice: str) -> None:
    assert closing_text(Q1 + ANSWER + notice + "\n") == notice


def test_c_after_a_point_b_is_the_next_point_though_it_opens_with_a_year() -> None:
    points = "(a) first;\n(b) second;\n(c) 2016 was the year of the review.\n"
    doc = wgec_parse.parse(Q1 + points)
    assert [getattr(b, "number", None) for b in doc.questions[0].body] == ["a", "b", "c"]


_WRAPPED_ANSWERS = (
    "Question 1: Characteristics\n\nEquality among governments.\n\n"
    "Question 2: Recommendations\n\nA yearly report.\n\n"
)


@pytest.mark.parametrize(
    ("first", "second", "closes"),
    [
        # A closing sentence wrapped onto the next line, or over one blank line as
        # doubled spacing leaves it (fixtures 1060, 1061).
        ("The Council remains ready to", "continue working with the Group.", True),
        ("The Council remains ready to", "\ncontinue working with the Group.", True),
        ("Агентство готово к дальнейшему", "\nсотрудничеству с Рабочей группой.", True),
        # Not a closing sentence when read as one, or the first line ends a sentence.
        ("The Council remains ready to", "publish its survey next year.", False),
        ("We are ready.", "Continue working with the Group.", False),
    ],
)
def test_a_closing_sentence_wrapped_over_two_lines_starts_the_closing(
    first: str, second: str, closes: bool
) -> None:
    doc = wgec_parse.parse(_WRAPPED_ANSWERS + first + "\n" + second + "\n\nJane Example\nChair\n")
    answer = doc.questions[1].answer_text
    assert (first not in answer) is closes
    assert doc.closing is not None
