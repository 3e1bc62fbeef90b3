"""Flattened text over several pages: page breaks, running titles, the closing and web
furniture after the answers (the cuts of ``wgec_parse.segments`` around them)."""

from __future__ import annotations

from pathlib import Path

import pytest

import wgec_parse
from wgec_parse import Document, parse, render
from wgec_parse.markers import classify
from wgec_parse.nodes import Noise, walk
from wgec_parse.segments import segment

Q1 = "What are the high level characteristics of enhanced cooperation?"
Q2 = (
    "Taking into consideration the work of the previous WGEC and the Tunis Agenda, "
    "particularly paragraphs 69-71, what kind of recommendations should we consider?"
)
FILLER = (
    "It serves people who use the Internet every day. It is open to all stakeholders. "
    "It reports on its work in good time, and its documents are published online in "
    "the six official languages of the United Nations."
)
ZH_FILLER = "增强合作应当注重实效，以跨境数据流动、网络安全等具体问题为导向，并及时公布讨论结果。"


def pieces(text: str) -> list[str]:
    """The segments of ``text``'s lines, white space stripped (empty ones left out)."""
    lines = text.split("\n")
    cut = segment(lines, ["\n"] * (len(lines) - 1) + [""])
    assert cut is not None
    return [c.strip() for c in cut.contents if c.strip()]


def noise_texts(doc: Document) -> list[str]:
    """The text of every noise line in the tree, in order."""
    return [node.line.text.strip() for node, _ in walk(doc) if type(node) is Noise]


def read(text: str) -> Document:
    doc = parse(text)
    assert render(doc) == text
    return doc


# -- pages over several lines -----------------------------------------------------------


PAGE1 = f"Our input follows. Question 1: {Q1} 1.1 It is open. 1.2 It is fair. {FILLER}"


def test_a_running_title_at_a_page_top_before_the_next_clause_is_noise() -> None:
    text = f"{PAGE1} Page 1 of 2\nXYZ – WGEC input – 2016 1.3 It is measured. {FILLER}\n"
    doc = read(text)
    (question,) = doc.questions
    assert [c.number for c in question.clauses] == ["1.1", "1.2", "1.3"]
    assert noise_texts(doc) == ["Page 1 of 2", "XYZ – WGEC input – 2016"]
    assert "XYZ" not in question.answer_text


def test_a_running_title_at_a_page_top_before_a_heading_is_noise() -> None:
    page2 = f"Example Forum input 2. {Q2} We recommend a forum. {FILLER}"
    text = f"Intro. 1. {Q1} {FILLER} - 1 -\n\f\n{page2}\n"
    doc = read(text)
    assert [q.number for q in doc.questions] == ["1", "2"]
    assert doc.questions[1].title == Q2
    assert "Example Forum input" in noise_texts(doc)
    assert "Example Forum" not in doc.questions[0].answer_text


def test_no_title_is_cut_where_the_page_before_ended_inside_a_sentence() -> None:
    # "as set out in section" runs on over the break: the number after it is text.
    text = f"{PAGE1} As set out in Page 1 of 2\nAnnex Two of our report 1.3 below. {FILLER}\n"
    doc = read(text)
    assert [c.number for c in doc.questions[0].clauses] == ["1.1", "1.2"]
    assert "Annex Two of our report 1.3 below." in doc.questions[0].answer_text


def test_no_title_is_cut_before_a_number_that_continues_no_sequence() -> None:
    text = f"{PAGE1} Page 1 of 2\nEarly in our survey 2.5 million people said so. {FILLER}\n"
    doc = read(text)
    assert [c.number for c in doc.questions[0].clauses] == ["1.1", "1.2"]
    assert noise_texts(doc) == ["Page 1 of 2"]
    assert "Early in our survey 2.5 million people" in doc.questions[0].answer_text


def test_a_title_on_both_sides_of_a_break_is_noise_and_the_sentence_runs_on() -> None:
    title = "XYZ · Contribution · 2016"
    page2 = f"{title} in good time. 1.3 It is measured. {FILLER}"
    text = f"{PAGE1} Its reports are published {title} Page 1 of 2\n{page2}\n"
    doc = read(text)
    clauses = doc.questions[0].clauses
    assert [c.number for c in clauses] == ["1.1", "1.2", "1.3"]
    assert noise_texts(doc) == [title, "Page 1 of 2", title]
    assert clauses[1].text.endswith("Its reports are published in good time.")


@pytest.mark.parametrize(
    ("foot", "number", "head"),
    [
        # A running footer seen once, before the furniture (fixture 415).
        ("Example Forum – Input to WGEC-2", "Page 1 of 2", "XYZ – December 2016"),
        # A bare number after a dash, the footer's title opening the next page (420).
        ("Example Forum – Input –", "1", "Example Forum – Input"),
        # A title of parts that ends in lower case (fixture 713).
        ("EXF - WGEC-2 input", "1", "EXF - WGEC-2 input"),
    ],
)
def test_a_running_footer_after_a_pages_last_sentence_is_noise(
    foot: str, number: str, head: str
) -> None:
    text = f"{PAGE1} {foot} {number}\n{head} 1.3 It is measured. {FILLER}\n"
    doc = read(text)
    clauses = doc.questions[0].clauses
    assert [c.number for c in clauses] == ["1.1", "1.2", "1.3"]
    assert noise_texts(doc)[:3] == [foot, number, head]
    assert clauses[1].text.endswith("official languages of the United Nations.")


def test_a_bare_number_after_a_sentence_running_on_ends_no_page() -> None:
    text = f"{PAGE1} We counted – 1\nExample 1.3 It is measured. {FILLER}\n"
    assert [c.number for c in read(text).questions[0].clauses] == ["1.1", "1.2"]


def test_a_browser_prints_the_pages_address_and_number_at_its_foot() -> None:
    url = "https://www.example.org/policy/input"
    header = "29/12/2016 Example Forum - Input"
    page2 = f"{header} 2. {Q2} We recommend a forum. {FILLER} It is read."
    text = f"Intro. 1. {Q1} {FILLER} {url} 1/2\n{page2} {url} 2/2\n"
    doc = read(text)
    assert [q.number for q in doc.questions] == ["1", "2"]
    assert noise_texts(doc) == [url, "1/2", header, url, "2/2"]
    assert url not in doc.questions[1].answer_text


@pytest.mark.parametrize("heading", ["2. Recommendations", "Recommendations"])
def test_a_heading_at_a_pages_foot_is_no_running_title(heading: str) -> None:
    text = f"{PAGE1} {heading} Page 1 of 2\nXYZ – December 2016 2.1 It is measured. {FILLER}\n"
    doc = read(text)
    assert heading not in noise_texts(doc)


def test_the_line_after_a_flattened_page_is_its_next_page() -> None:
    # Nothing inside the second line says it is flattened: it follows a page's foot.
    page2 = f"XYZ – WGEC input – 2016 1.3 It is measured. {FILLER}"
    cut = pieces(f"{PAGE1} Page 1 of 2\n\f\n{page2}")
    assert cut[-3:] == ["Page 1 of 2", "XYZ – WGEC input – 2016", f"1.3 It is measured. {FILLER}"]


def test_a_line_after_a_flattened_line_without_page_furniture_is_not_cut() -> None:
    after = f"XYZ – WGEC input – 2016 1.3 It is measured. {FILLER}"
    cut = pieces(f"{PAGE1}\n{after}")
    assert cut[-1] == after


@pytest.mark.parametrize(
    ("foot", "number"),
    [("第1页", "第1页"), ("Page 2", "Page 2"), ("12", "12"), ("- 3 -", "- 3 -")],
)
def test_a_page_number_alone_at_a_pages_foot_is_furniture(foot: str, number: str) -> None:
    text = f"{PAGE1} {foot}\n"
    assert pieces(text)[-1] == number
    assert noise_texts(read(text)) == [number]


@pytest.mark.parametrize(("number", "page"), [("1", True), ("12", True), ("2016", False)])
def test_a_bare_number_after_a_pages_footer_is_its_number(number: str, page: bool) -> None:
    # Three digits at most after a footer's title (fixture 711); four are a date's year.
    footer = "Example Forum - Input to WGEC-2"
    text = f"{PAGE1} {footer} {number}\n\fXYZ – December 2016 1.3 It is measured. {FILLER}\n"
    doc = read(text)
    assert (noise_texts(doc)[:2] == [footer, number]) is page


def test_a_date_with_its_year_ends_a_dateline_run_into_a_heading() -> None:
    # No stop between the dateline and the topic heading, whose title stands over its
    # answer's first point (fixture 711).
    line = (
        "EXAMPLE CENTRE Contribution of the Example Centre to the Working Group "
        "Example City, 28 December 2016 A) Characteristics of enhanced cooperation "
        f"1) It is open. 2) It is fair. {FILLER}"
    )
    doc = read(line + "\n")
    assert [q.marker for q in doc.questions] == ["A)"]
    assert [c.number for c in doc.questions[0].clauses] == ["1", "2"]
    # Inside a sentence, a date is no boundary.
    plain = f"{FILLER} We met on 28 December 2016 A) in Geneva. {FILLER}"
    assert read(plain + "\n").questions == ()


def test_a_chinese_title_of_the_bodys_views_in_a_cut_sentence_is_noise() -> None:
    # The first page breaks off inside a sentence; the second opens with the body's name
    # and "意见" (its views), one space, then the sentence's rest (fixture 712).
    page1 = (
        f"本会意见如下。 问题一：增强合作的高层次特征是什么？ 1. 平等参与。{ZH_FILLER * 3} "
        f"2. {ZH_FILLER * 2}企业需要可预期的规则，避免规则频繁变动"
    )
    text = f"{page1} — 1 —\n\f示例数字经济促进会意见 带来的不确定性。{ZH_FILLER * 3}\n"
    doc = read(text)
    assert noise_texts(doc) == ["— 1 —", "示例数字经济促进会意见"]
    assert doc.questions[0].clauses[1].text.endswith(f"带来的不确定性。{ZH_FILLER * 3}")
    # A sentence that merely ends with the word for views is no title.
    plain = f"{page1} — 1 —\n\f各方提出的意见。 带来的不确定性。{ZH_FILLER * 3}\n"
    assert "各方提出的意见。" not in noise_texts(read(plain))


def test_a_bare_number_ending_a_sentence_is_no_page_number() -> None:
    text = f"{PAGE1} We were founded in 2016\n"
    assert pieces(text)[-1].endswith("We were founded in 2016")
    assert noise_texts(read(text)) == []


# -- the closing and web furniture after the answers -------------------------------------


def test_a_closing_sentence_after_the_last_clause_starts_the_closing() -> None:
    text = (
        f"Thank you for the invitation. 1. {Q1} (1) It is open. (2) It is fair. "
        f"2. {Q2} 2.1 A forum. 2.2 A report. Thank you for considering our views. "
        "Contact: Jane Doe, jane@example.org\n"
    )
    doc = read(text)
    # The same sentence before the questions stays in the front matter.
    assert "Thank you for the invitation." in doc.front_matter.paragraphs[0].text
    assert doc.closing is not None
    assert doc.closing.paragraphs[0].text == "Thank you for considering our views."
    assert "Thank you" not in doc.questions[1].answer_text


@pytest.mark.parametrize(
    "dateline",
    [
        "Lima, 14 de diciembre de 2016.",
        "Genève, le 12 décembre 2016",
        "New York, December 14, 2016",
        "Москва, 14 декабря 2016 г.",
    ],
)
def test_a_place_and_date_after_the_last_clause_starts_the_closing(dateline: str) -> None:
    text = (
        f"Intro. 1. {Q1} (1) It is open. (2) It is fair. 2. {Q2} 2.1 A forum. "
        f"2.2 A report. {dateline} Ana Quispe, Coordinator\n"
    )
    doc = read(text)
    assert doc.closing is not None
    assert [p.text for p in doc.closing.paragraphs] == [dateline, "Ana Quispe, Coordinator"]
    assert "2016" not in doc.questions[1].answer_text


def test_a_chinese_place_and_date_after_the_last_clause_starts_the_closing() -> None:
    text = (
        f"本会意见如下。 问题一：增强合作的高层次特征是什么？ 1. 平等参与。{ZH_FILLER} "
        f"2. 公开透明。{ZH_FILLER} "
        f"问题二：我们应考虑提出哪些建议？ 1. 设立议程。 2. {ZH_FILLER} "
        "北京，2016年12月9日 联系人：李明\n"
    )
    doc = read(text)
    assert doc.closing is not None
    assert doc.closing.paragraphs[0].text == "北京，2016年12月9日"
    assert "2016" not in doc.questions[1].answer_text


def test_a_place_and_date_inside_the_answers_is_not_cut() -> None:
    text = (
        f"Intro. 1. {Q1} (1) It is open. Geneva, 12 December 2016 was the date. "
        f"(2) It is fair. 2. {Q2} 2.1 A forum. 2.2 A report. {FILLER}\n"
    )
    doc = read(text)
    assert doc.closing is None
    assert "Geneva, 12 December 2016 was the date." in doc.questions[0].clauses[0].text


@pytest.mark.parametrize(
    ("line", "terminal"),
    [
        ("Lima, 14 de diciembre de 2016.", "TEXT_DATELINE"),
        ("Paris, le 5 décembre 2016", "TEXT_DATELINE"),
        ("Brasília, 14.12.2016", "TEXT_DATELINE"),
        ("北京，2016年12月14日", "TEXT_DATELINE"),
        ("In Geneva, 12 December 2016 we met.", ""),  # text after the date
        ("the place, 12 May 2016", ""),  # a place starts with a capital
        ("Geneva, 2016", ""),  # a year is no date
    ],
)
def test_a_place_and_date_alone_is_a_dateline(line: str, terminal: str) -> None:
    assert classify(line).terminal == terminal


def test_a_place_and_date_closes_ordinary_text_after_the_last_answer() -> None:
    text = (
        f"1. {Q1}\n\nIt is open.\n\n2. {Q2}\n\nA forum.\n\n"
        "Geneva, 12 December 2016.\n"
        "Jane Doe, Director of the Example Institute for Digital Policy Research and Training\n"
    )
    doc = read(text)
    assert doc.closing is not None
    assert doc.questions[1].answer_text.strip() == "A forum."


@pytest.mark.parametrize(
    "furniture",
    [
        "Share this: Twitter Facebook Related posts: IGF closes in Guadalajara | "
        "Copyright © 2016 Example Forum",
        "Comments (2) Jane: Good work!",
        "Partager : Facebook Twitter Mots-clés : CSTD",
        "Compartir: Facebook Twitter Etiquetas: CCTD, Túnez",
        "Entradas relacionadas Foro de Ciberseguridad 2016",
        "Comentarios (2) Laura: Muy buen aporte",
        "Поделиться: Telegram · VK Теги: РГРС",
        "مقالات ذات صلة: منتدى حوكمة الإنترنت",
    ],
)
def test_web_page_furniture_after_the_article_is_noise(furniture: str) -> None:
    text = f"Intro. 1. {Q1} (1) It is open. (2) It is fair. 2. {Q2} 2.1 A forum. {furniture}\n"
    doc = read(text)
    assert noise_texts(doc) == [furniture]
    assert doc.questions[1].answer_text.strip() == "2.1 A forum."


def test_a_word_that_opens_a_sentence_after_the_last_clause_is_no_web_label() -> None:
    text = (
        f"Intro. 1. {Q1} (1) It is open. (2) It is fair. 2. {Q2} 2.1 A forum. Compartir es clave.\n"
    )
    doc = read(text)
    assert noise_texts(doc) == []


def test_a_web_label_before_the_last_clause_is_text() -> None:
    text = (
        f"Intro. 1. {Q1} (1) Share this: it is open to all. (2) It is fair. "
        f"2. {Q2} 2.1 A forum. 2.2 A report. {FILLER}\n"
    )
    doc = read(text)
    assert noise_texts(doc) == []
    assert "Share this: it is open to all." in doc.questions[0].answer_text


# -- fields --------------------------------------------------------------------------------


def test_a_capitalised_label_of_two_words_is_a_field_after_a_lower_case_word() -> None:
    text = f"Contribution au groupe de travail Soumis par : Forum XYZ. {FILLER} 1. {Q1} {FILLER}\n"
    doc = read(text)
    assert [f.name for f in doc.front_matter.fields] == ["Soumis par"]


def test_a_label_of_one_word_after_a_lower_case_word_is_text() -> None:
    text = f"Our reply, sent on the Date: 5 December 2016. {FILLER} 1. {Q1} {FILLER}\n"
    doc = read(text)
    assert doc.front_matter.fields == ()


def test_a_chinese_page_number_between_a_sentence_end_and_white_space_is_furniture() -> None:
    text = (
        f"本会意见如下。 问题一：增强合作的高层次特征是什么？ 1. 平等参与。{ZH_FILLER} "
        f"2. 公开透明，详见第1页的表格。{ZH_FILLER} 第1页 研究会 书面意见稿 "
        f"问题二：我们应考虑提出哪些建议？ 1. 设立议程。 2. {ZH_FILLER}\n"
    )
    doc = read(text)
    assert noise_texts(doc) == ["第1页", "研究会 书面意见稿"]
    assert [q.number for q in doc.questions] == ["1", "2"]
    assert "详见第1页的表格" in doc.questions[0].answer_text


def test_every_line_read_in_pieces_gets_the_flattened_text_finding() -> None:
    # Line 3 is read as flattened only because it follows a flattened page.
    styles = Path(__file__).resolve().parent.parent / "fixtures" / "styles"
    text = (styles / "87_flattened_title_on_both_sides_of_a_break.txt").read_text("utf-8")
    findings = wgec_parse.validate(wgec_parse.parse(text))
    assert [d.line for d in findings if d.code == "flattened-text"] == [1, 3]


@pytest.mark.parametrize(
    ("after", "footer", "length"),
    [
        # A header printed at one page's head alone, inside a sentence (fixture 448).
        ("WGEC-2 input - EXA out of global discussions.", "EXA | Contribution to WGEC-2", 18),
        ("EXA – Input to WGEC-2 and the Commission.", "EXA | Contribution", 21),
        ("EXA – December 2016 and the Commission.", "EXA | page", 19),
        ("EXA – Input out of Global North talks.", "EXA | Contribution", 0),
        # ... not capitalised words that go on with the sentence: no word shared with the
        # footer, no dash between parts, or a run that ends in lower case.
        ("ITU - ICANN level and beyond.", "EXA | Contribution to WGEC-2", 0),
        ("United Nations Secretariat and others.", "UN | Contribution to WGEC-2", 0),
        ("out of global discussions.", "EXA | Contribution to WGEC-2", 0),
    ],
)
def test_a_running_header_at_one_pages_head_alone(after: str, footer: str, length: int) -> None:
    from wgec_parse.segments import _head_title_once

    assert _head_title_once(after, footer) == length


def test_topic_headings_that_each_flattened_page_names_alone_are_cut_together() -> None:
    page1 = f"Our answers follow under two headings. Characteristics Exampleland is small. {FILLER}"
    page2 = f"Exampleland – WGEC-2 contribution Recommendations We recommend a review. {FILLER}"
    got = pieces(f"{page1} {FILLER} Page 1 of 2\n{page2} {FILLER} Page 2 of 2")
    assert "Characteristics" in got
    assert "Recommendations" in got
    assert "Exampleland – WGEC-2 contribution" in got
    # One page alone names one question's topic: no heading is cut.
    alone = pieces(f"{page1} {FILLER} Page 1 of 2\nWe recommend a review. {FILLER} Page 2 of 2")
    assert "Characteristics" not in alone


def test_a_topic_heading_inside_a_flattened_page_ends_before_its_first_point() -> None:
    page1 = (
        f"Our input. Characteristics of enhanced cooperation 1. It is open. 2. It is fair. {FILLER}"
    )
    page2 = f"Recommendations for the Working Group 3. Report yearly. 4. Fund travel. {FILLER}"
    got = pieces(f"{page1} {FILLER} Page 1 of 2\n{page2} {FILLER} Page 2 of 2")
    assert "Characteristics of enhanced cooperation" in got
    assert "Recommendations for the Working Group" in got
    assert "1. It is open." in got


def test_a_title_of_parts_before_a_wide_gap_at_a_flattened_pages_top_is_its_header() -> None:
    page1 = f"Question 1: {Q1} 1. It is open. 2. It is fair. {FILLER}"
    page2 = f"Exampleland - WGEC-2 contribution  2017 will mark ten years. {FILLER}"
    got = pieces(f"{page1} - 1 -\n{page2} - 2 -")
    assert "Exampleland - WGEC-2 contribution" in got
