"""Line classification: each style's pattern, two ways (split parts join back)."""

from __future__ import annotations

import functools
import re
import unicodedata

import lark
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lark.lexer import LexerThread

import wgec_parse
from wgec_parse import build, markers
from wgec_parse.folding import simplified
from wgec_parse.grammars import LINES, grammar_text, lines_parser
from wgec_parse.markers import Kind, classify, fold, question_number, roman_to_int

CASES = [
    # content, kind, indent, marker, gap, text, trailing
    (
        "1) What are the high level characteristics?  ",
        Kind.NUMBER,
        "",
        "1)",
        " ",
        "What are the high level characteristics?",
        "  ",
    ),
    (" 1) What?", Kind.NUMBER, " ", "1)", " ", "What?", ""),
    ("1.\tText", Kind.NUMBER, "", "1.", "\t", "Text", ""),
    ("(2) Why", Kind.NUMBER, "", "(2)", " ", "Why", ""),
    ("II) Taking", Kind.NUMBER, "", "II)", " ", "Taking", ""),
    ("1)", Kind.NUMBER, "", "1)", "", "", ""),
    ("1 - What?", Kind.DASHNUM, "", "1 -", " ", "What?", ""),
    ("Question 1: What?", Kind.QKEY, "", "Question 1:", " ", "What?", ""),
    ("Question 1 : Quelles ?", Kind.QKEY, "", "Question 1 :", " ", "Quelles ?", ""),
    ("Question n° 2 : Quelles ?", Kind.QKEY, "", "Question n° 2 :", " ", "Quelles ?", ""),
    ("Q1. What?", Kind.QKEY, "", "Q1.", " ", "What?", ""),
    ("Q 1: What?", Kind.QKEY, "", "Q 1:", " ", "What?", ""),
    ("Pregunta 1. ¿Cuáles?", Kind.QKEY, "", "Pregunta 1.", " ", "¿Cuáles?", ""),
    ("PREGUNTA 1.- ¿Cuáles?", Kind.QKEY, "", "PREGUNTA 1.-", " ", "¿Cuáles?", ""),
    ("Вопрос 1. Каковы?", Kind.QKEY, "", "Вопрос 1.", " ", "Каковы?", ""),
    ("Question 1", Kind.QKEY, "", "Question 1", "", "", ""),
    ("Response to Question 1: What?", Kind.QKEY, "", "Response to Question 1:", " ", "What?", ""),
    ("Guiding question 2. Taking", Kind.QKEY, "", "Guiding question 2.", " ", "Taking", ""),
    ("QUESTION ONE: What?", Kind.QKEY, "", "QUESTION ONE:", " ", "What?", ""),
    ("PREGUNTA DOS", Kind.QKEY, "", "PREGUNTA DOS", "", "", ""),
    ("P1 - Características", Kind.QKEY, "", "P1 -", " ", "Características", ""),
    ("发件人:林志远", Kind.FIELD, "", "发件人:", "", "林志远", ""),
    ("Question deux : Compte", Kind.QKEY, "", "Question deux :", " ", "Compte", ""),
    ("Question un peu longue", Kind.TEXT, "", "", "", "Question un peu longue", ""),
    ("Question 1 is about roles", Kind.TEXT, "", "", "", "Question 1 is about roles", ""),
    ("Questionnaire 1", Kind.TEXT, "", "", "", "Questionnaire 1", ""),
    ("1.1 All governments", Kind.DOTTED, "", "1.1", " ", "All governments", ""),
    ("2.5   Development ", Kind.DOTTED, "", "2.5", "   ", "Development", " "),
    ("1.1. Text", Kind.DOTTED, "", "1.1.", " ", "Text", ""),
    ("1.1) Text", Kind.DOTTED, "", "1.1)", " ", "Text", ""),
    ("1.1.2 Deeper", Kind.DOTTED, "", "1.1.2", " ", "Deeper", ""),
    ("(a) first", Kind.LETTER, "", "(a)", " ", "first", ""),
    ("a) first", Kind.LETTER, "", "a)", " ", "first", ""),
    ("b. second", Kind.LETTER, "", "b.", " ", "second", ""),
    ("(iv) fourth", Kind.LETTER, "", "(iv)", " ", "fourth", ""),
    ("ii) second", Kind.LETTER, "", "ii)", " ", "second", ""),
    (" \uf0b7 consider", Kind.BULLET, " ", "\uf0b7", " ", "consider", ""),
    ("\uf0a7\tsquare", Kind.BULLET, "", "\uf0a7", "\t", "square", ""),
    ("- the equal role ", Kind.BULLET, "", "-", " ", "the equal role", " "),
    ("• dot", Kind.BULLET, "", "•", " ", "dot", ""),
    ("   o open circle", Kind.BULLET, "   ", "o", " ", "open circle", ""),
    ("➢ arrow", Kind.BULLET, "", "➢", " ", "arrow", ""),
    ("✓ tick", Kind.BULLET, "", "✓", " ", "tick", ""),
    ("— em dash", Kind.BULLET, "", "—", " ", "em dash", ""),
    ("Att.:   CSTD Secretariat  ", Kind.FIELD, "", "Att.:", "   ", "CSTD Secretariat", "  "),
    (
        "Date of submission: 7 December 2016",
        Kind.FIELD,
        "",
        "Date of submission:",
        " ",
        "7 December 2016",
        "",
    ),
    ("Date : 5 décembre", Kind.FIELD, "", "Date :", " ", "5 décembre", ""),
    ("Submitted by ", Kind.FIELD, "", "Submitted by", "", "", " "),
    (
        "https://mail.example.org/owa/redir.aspx?C=x",
        Kind.NOISE,
        "",
        "",
        "",
        "https://mail.example.org/owa/redir.aspx?C=x",
        "",
    ),
    ("www.example.org", Kind.NOISE, "", "", "", "www.example.org", ""),
    ("- 3 -", Kind.NOISE, "", "", "", "- 3 -", ""),
    ("Page 3 of 7 ", Kind.NOISE, "", "", "", "Page 3 of 7", " "),
    ("12", Kind.NOISE, "", "", "", "12", ""),
    ("\f", Kind.NOISE, "\f", "", "", "", ""),
    ("_____", Kind.NOISE, "", "", "", "_____", ""),
    ("\f2.1 after a page break", Kind.DOTTED, "\f", "2.1", " ", "after a page break", ""),
    (
        "58-60, 69-71 of the Tunis Agenda",
        Kind.TEXT,
        "",
        "",
        "",
        "58-60, 69-71 of the Tunis Agenda",
        "",
    ),
    (
        "The high level characteristics of enhanced cooperation have been clear defined:",
        Kind.TEXT,
        "",
        "",
        "",
        "The high level characteristics of enhanced cooperation have been clear defined:",
        "",
    ),
    ("Questions 1 and 2", Kind.TEXT, "", "", "", "Questions 1 and 2", ""),
    ("i.e. the point", Kind.TEXT, "", "", "", "i.e. the point", ""),
    ("-", Kind.TEXT, "", "", "", "-", ""),
    ("1.5million", Kind.TEXT, "", "", "", "1.5million", ""),
]


@pytest.mark.parametrize(("content", "kind", "indent", "marker", "gap", "text", "trailing"), CASES)
def test_classify(
    content: str, kind: str, indent: str, marker: str, gap: str, text: str, trailing: str
) -> None:
    assert classify(content)[:6] == (kind, indent, marker, gap, text, trailing)
    assert indent + marker + gap + text + trailing == content


@pytest.mark.parametrize(
    ("marker", "number"),
    [
        ("1)", "1"),
        ("Question 1:", "1"),
        ("Q 2:", "2"),
        ("(2)", "2"),
        ("II)", "2"),
        ("IV.", "4"),
        ("Вопрос 1.", "1"),
        ("Question n° 2 :", "2"),
        ("PREGUNTA A:", "1"),
        ("Question B -", "2"),
        ("Guiding Question #2:", "2"),
        ("Вопрос 2 из 2:", "2"),
        ("1ère question :", "1"),
        ("第二部分", "2"),
        ("PREGUNTA DOS", "2"),
        ("Question trois :", "3"),
        ("Часть вторая.", "2"),  # the ordinal's feminine and neuter forms
        ("Первое.", "1"),
        ("القسم ب:", "2"),
        ("Question (ii):", "2"),
        ("", ""),
    ],
)
def test_question_number(marker: str, number: str) -> None:
    assert question_number(marker) == number


def test_unnumbered_heading_takes_the_number_of_the_question_it_words() -> None:
    assert question_number("", "Taking into consideration the work of the previous WGEC") == "2"
    assert question_number("", "What are the high level characteristics of X?") == "1"
    assert question_number("", "Our views on the matter") == ""


@pytest.mark.parametrize(
    ("numeral", "value"), [("I", 1), ("iv", 4), ("IX", 9), ("XII", 12), ("ABC", None)]
)
def test_roman_to_int(numeral: str, value: int | None) -> None:
    assert roman_to_int(numeral) == value


def test_direction_marks_before_a_marker_are_indentation() -> None:
    assert classify("\u200f1.1 نص")[:3] == (Kind.DOTTED, "\u200f", "1.1")
    assert classify("\u200e\u2022 item")[:3] == (Kind.BULLET, "\u200e", "\u2022")


@given(st.text())
def test_fold_drops_marks_keeps_letters_and_digits_and_spaces_the_rest(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(
        ch if ch.isalnum() else " " for ch in decomposed if not unicodedata.combining(ch)
    )
    assert fold(text) == simplified(" ".join(kept.split()))


def test_fold_reads_traditional_chinese_as_simplified() -> None:
    assert fold("問題1：加強合作的高層次特徵是什麼？") == "问题1 加强合作的高层次特征是什么"
    assert fold("覆盖") == "覆盖"  # a character both forms write stays


@pytest.mark.parametrize(
    ("line", "kind", "marker", "number"),
    [
        ("问题一：加强合作的高层次特征是什么？", Kind.QKEY, "问题一：", "1"),
        ("问题1：什么？", Kind.QKEY, "问题1：", "1"),
        ("问题十二、什么？", Kind.QKEY, "问题十二、", "12"),
        ("一、加强合作？", Kind.NUMBER, "一、", "1"),
        ("二十一、其他", Kind.NUMBER, "二十一、", "21"),
        ("（三）公开透明。", Kind.NUMBER, "（三）", "3"),
        ("(四) 包容", Kind.NUMBER, "(四)", "4"),
        ("السؤال الأول: ما هي", Kind.QKEY, "السؤال الأول:", "1"),
        ("السؤال الثانية: نص", Kind.QKEY, "السؤال الثانية:", "2"),
        ("السؤال الخامس: نص", Kind.QKEY, "السؤال الخامس:", "5"),
        ("问题（二）考虑到上一届工作组的工作", Kind.QKEY, "问题（二）", "2"),
        ("السؤال (2): مع الأخذ", Kind.QKEY, "السؤال (2):", "2"),
        ("2/ مع مراعاة أعمال الفريق", Kind.NUMBER, "2/", "2"),
        ("Q-2: Taking into consideration", Kind.QKEY, "Q-2:", "2"),
        ("Pregunta N.º 2 Teniendo en cuenta", Kind.QKEY, "Pregunta N.º 2", "2"),
        ("Pregunta Nº 2: Teniendo", Kind.QKEY, "Pregunta Nº 2:", "2"),
        ("2°) Compte tenu", Kind.NUMBER, "2°)", "2"),
        ("B/ Taking into consideration", Kind.DASHNUM, "B/", "2"),
    ],
)
def test_chinese_numerals_and_arabic_ordinals_number_questions(
    line: str, kind: str, marker: str, number: str
) -> None:
    got = classify(line)
    assert (got[0], got[2]) == (kind, marker)
    assert question_number(got[2]) == number


@pytest.mark.parametrize(
    "line",
    ["问题二的答复如下", "一些国家认为", "十分重要。", "أولاً، إنشاء آلية", "أولاً وقبل كل شيء"],
)
def test_chinese_numerals_and_ordinals_inside_words_are_text(line: str) -> None:
    assert classify(line)[0] == Kind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "A/70/125 is the symbol of the outcome document.",
        "Q-2 countries are those of the second quarter.",
        "1/2",
        "2016/17 budget figures",
    ],
)
def test_slashes_and_dashes_in_symbols_and_dates_are_no_heading(line: str) -> None:
    assert classify(line)[0] in (Kind.TEXT, Kind.NOISE)


@pytest.mark.parametrize(
    "line",
    [
        # A number before a title of words alone is a section's (fixture 1070); before a
        # date, a figure, a sentence's stop or a comma, it is text.
        "17 December 2016 the Group met",
        "1 Tunis Agenda, paragraph 69.",
        "2 Similar to the repository of the first WGEC.",
        "3 Member States and 2 observers",
        "12 more countries joined",
    ],
)
def test_a_number_before_anything_but_a_title_of_words_is_text(line: str) -> None:
    assert classify(line)[0] == Kind.TEXT


@pytest.mark.parametrize(
    ("line", "is_field"),
    [
        ("日期：2016年9月30日", True),
        ("提交方： 示例国", True),
        ("Date:x", False),
        ("Date:26/12/2016", True),
        ("Ratio:3 to 1", True),
        ("Date: x", True),
    ],
)
def test_a_full_width_colon_needs_no_space_after_it(line: str, is_field: bool) -> None:
    assert (classify(line)[0] == Kind.FIELD) is is_field


@pytest.mark.parametrize(
    ("line", "marker", "number"),
    [("A. What is it?", "A.", "1"), ("B) Recommendations", "B)", "2"), ("(C) Other", "(C)", "3")],
)
def test_capital_letters_mark_sections_that_may_be_headings(
    line: str, marker: str, number: str
) -> None:
    kind, _, got, *_ = classify(line)
    assert (kind, got) == (Kind.DASHNUM, marker)
    assert question_number(got) == number


def test_a_capital_letter_section_that_is_not_a_heading_is_text() -> None:
    text = "1) What is it?\nA. Smith, our chair, agrees.\nJ. Doe\n"
    doc = wgec_parse.parse(text)
    assert [type(b).__name__ for b in doc.questions[0].body] == ["Paragraph"]
    assert doc.questions[0].body[0].text == "A. Smith, our chair, agrees. J. Doe"  # type: ignore[union-attr]


def test_recommendation_numbers_without_a_stop_are_clauses_in_sequence() -> None:
    points = "R1 Keep the focus on policy.\nR2 Report every two years.\nR3 Fund participation.\n"
    doc = wgec_parse.parse("2) Recommendations?\n" + points)
    body = doc.questions[0].body
    assert [getattr(block, "number", None) for block in body] == ["R1", "R2", "R3"]
    # Alone, such a line stays text (fixture 931).
    alone = wgec_parse.parse("2) Recommendations?\nR2 is the road we took.\n")
    assert [type(b).__name__ for b in alone.questions[0].body] == ["Paragraph"]


# -- the classifier and lark's lexer over grammar/lines.lark ------------------------------

_MARKER_TERMINALS = [
    (name, regexp)
    for name, regexp in markers.TERMINALS
    if markers.kind_of(name) not in (Kind.NOISE, Kind.SIGNOFF, Kind.FIELD, Kind.TEXT)
]


@pytest.mark.parametrize(
    ("name", "regexp"), _MARKER_TERMINALS, ids=[n for n, _ in _MARKER_TERMINALS]
)
# Drawing from a regex is slow, and there are forty terminals: 300 examples each.
@settings(max_examples=min(settings().max_examples, 300))
@given(data=st.data())
def test_marker_terminals_exclude_each_other(name: str, regexp: str, data: st.DataObject) -> None:
    """No text starts with markers of two kinds, so their priorities only order the
    tries ("(v)" is a letter, whether as a letter or a roman numeral)."""
    text = data.draw(st.from_regex(rf"\A(?:{regexp})"))
    kind = markers.kind_of(name)
    others = [
        other
        for other, pattern in _MARKER_TERMINALS
        if markers.kind_of(other) != kind and re.match(pattern, text)
    ]
    assert others == []
    found = markers.match_terminal(text)
    assert found is not None
    assert found in markers._WHOLE_LINE or markers.kind_of(found) == kind


_BY_NAME = dict(markers.TERMINALS)


def test_the_longest_download_link_is_tried_as_noise() -> None:
    # Three words of twelve letters, an "xlsx" file and a size with a decimal: the
    # longest line NOISE_DOWNLOAD matches, within the bound of the noise band.
    words = "\u00a0".join(["A" * 12] * 3)
    link = f"T\u00e9l\u00e9charger\u00a0{words}\u00a0(xlsx; 000.0\u00a0kb)"
    assert len(link) <= markers.NOISE_SPACED_MAX
    assert markers.classify(link).terminal == "NOISE_DOWNLOAD"


@pytest.mark.parametrize(
    "name",
    [
        n
        for n, _ in markers.TERMINALS
        if markers.kind_of(n) in (Kind.NOISE, Kind.SIGNOFF, Kind.FIELD)
    ],
)
# The field's look-ahead for a colon makes drawing from it filter a lot: 100 examples
# a terminal (the FIELD one alone took 38 s at 300).
@settings(
    max_examples=min(settings().max_examples, 100),
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(data=st.data())
def test_the_bands_are_tried_wherever_they_can_match(name: str, data: st.DataObject) -> None:
    """Noise with a space is short, and a field holds a colon or is short: the bounds
    under which the classifier tries those terminals at all."""
    text = data.draw(st.from_regex(rf"\A(?:{_BY_NAME[name]})", fullmatch=False))
    m = re.match(_BY_NAME[name], text)
    assert m is not None
    found = m.group().rstrip(markers.WS)  # the classifier never sees trailing white space
    if markers.kind_of(name) in (Kind.NOISE, Kind.SIGNOFF) and " " in found:
        assert len(found) <= markers.NOISE_SPACED_MAX
    if markers.kind_of(name) == Kind.FIELD and ":" not in found and "：" not in found:
        assert len(found) <= markers.FIELD_ALONE_MAX


def test_an_end_mark_with_its_editors_credit_stays_within_the_noise_band() -> None:
    # The widest gap and the longest credit the end mark allows: within the bound.
    line = "【完】" + "\u00a0" * 8 + "责任编辑:" + "0" * 20
    assert len(line) <= markers.NOISE_SPACED_MAX
    assert markers.classify(line).terminal == "SIGNOFF_END"
    # A wider gap is no end mark: the terminal itself stops short of the band's bound.
    wide = "【完】" + "\u00a0" * 42 + " 责任编辑:" + "0" * 20
    assert re.match(_BY_NAME["SIGNOFF_END"], wide) is None


def test_the_longest_forwarded_message_line_is_a_sign_off() -> None:
    # The longest phrase between the longest dashes (23 a side), with its spaces: the
    # bound of the noise band.
    line = "-" * 23 + " Пересылаемое сообщение " + "-" * 23
    assert len(line) == markers.NOISE_SPACED_MAX
    assert markers.classify(line).terminal == "SIGNOFF_ORIGINAL"


def test_the_bands_keep_the_grammars_priorities() -> None:
    order = [markers.kind_of(n) for n, _ in markers.TERMINALS]
    whole = (Kind.NOISE, Kind.SIGNOFF)
    noise = [i for i, k in enumerate(order) if k in whole]
    fields = [i for i, k in enumerate(order) if k == Kind.FIELD]
    openings = [i for i, k in enumerate(order) if k == Kind.TEXT]
    markers_band = [i for i, k in enumerate(order) if k not in (*whole, Kind.FIELD, Kind.TEXT)]
    assert max(noise) < min(markers_band)
    assert max(markers_band) < min(fields)
    assert max(fields) < min(openings)
    assert openings == list(range(min(openings), len(order)))


def test_the_inline_terminals_are_no_line_terminals() -> None:
    """The INLINE_ terminals rank below lark's catch-all TEXT, and the classifier
    leaves them out."""
    priority = {t.name: t.priority for t in lines_parser().terminals}
    inline = [n for n in priority if n.startswith("INLINE_")]
    assert inline
    assert sorted(inline) == sorted(n for n, _ in markers.INLINE_TERMINALS)
    assert max(priority[n] for n in inline) < priority["TEXT"]
    assert not any(n.startswith("INLINE_") for n, _ in markers.TERMINALS)


# ``Lark.lex`` builds a new lexer on every call (about 50 ms here) when the grammar has a
# parser; the same lexer, built once, keeps the differential test to seconds. Both are
# built as the build compiles, without lark's report of overlapping terminals.
with build.without_overlap_report():
    _LARK_LINES = lark.Lark(grammar_text(LINES), parser="lalr", lexer="basic")
    _LARK_LEXER = _LARK_LINES._build_lexer()


def lark_first_terminal(text: str) -> str:
    """The first token lark's own basic lexer reads from ``text``: the reference."""
    return next(iter(LexerThread.from_text(_LARK_LEXER, text).lex(None))).type


_PIECES = st.sampled_from(
    [
        "1",
        "2",
        "12",
        "1.1",
        "2.5.",
        "1.1.1",
        ")",
        ".",
        "(",
        "（",
        "）",
        "、",
        "一",
        "十",
        "a",
        "b",
        "i",
        "iv",
        "x",
        "A",
        "H",
        "I",
        "II",
        "V",
        "o",
        "-",
        "–",
        "•",
        "\uf0b7",
        "*",
        "_",
        "=",
        "Q",
        "Question",
        "question",
        "Pregunta",
        "Вопрос",
        "问题",
        "السؤال",
        "الأول",
        "Response to",
        "Page",
        "of",
        "Стр.",
        "/",
        "http://x.org",
        "www.un.org",
        "Date",
        "Submitted by",
        "Soumis par",
        ":",
        "：",
        " ",
        "\u00a0",
        "\t",
        "word",
        "n°",
        "No.",
        "one",
        "Two",
    ]
)


@given(st.lists(_PIECES, min_size=1, max_size=6).map("".join).map(str.strip))
def test_the_classifier_tries_terminals_as_larks_lexer_does(text: str) -> None:
    """The built classifier and lark's lexer over the same grammar agree on a line's
    first terminal (lark's catch-all TEXT where the classifier finds none)."""
    if not text:
        return
    assert (markers.match_terminal(text) or "TEXT") == lark_first_terminal(text)


@pytest.mark.parametrize("name", [n for n, _ in markers.TERMINALS])
def test_every_terminal_is_reached_by_an_example(name: str) -> None:
    assert name in _EXAMPLES.values()
    text = next(t for t, n in _EXAMPLES.items() if n == name)
    assert markers.match_terminal(text) == lark_first_terminal(text) == name


_EXAMPLES = {
    "أولاً: ما هي الخصائص؟": "NUMBER_ARABIC_ORDINAL",
    "1° Quelles sont les caractéristiques ?": "NUMBER_DEGREE",
    "2°) Compte tenu des travaux": "NUMBER_DEGREE",
    "1/ ما هي الخصائص": "NUMBER_SLASH",
    "[1.] Enhanced cooperation": "NUMBER_SQUARE",
    "Вопрос второй. «С учетом работы": "QKEY_WORD_ORDINAL",
    "On the first question (characteristics of enhanced cooperation)": "QKEY_ON_ORDINAL",
    "По первому вопросу (характеристики)": "QKEY_ON_ORDINAL",
    "Относительно второго вопроса": "QKEY_ON_ORDINAL",
    "بشأن السؤال الأول (الخصائص)": "QKEY_ON",
    "فيما يتعلق بالسؤال الثاني": "QKEY_ON_ORDINAL",
    "关于第一个问题（特征）": "QKEY_ON_ORDINAL",
    "關於第一個問題（特徵）": "QKEY_ON_ORDINAL",
    "問題2：考慮到": "QKEY",
    "第二個問題：": "QKEY_CJK_ORDINAL",
    "ب. أنه يسعى إلى قواعد متوافقة": "DASHNUM_SECTION_ABJAD",
    "发自我的iPhone": "SIGNOFF_SENT_FROM",
    "Sent from my phone. Please excuse brevity and typos.": "SIGNOFF_SENT_FROM",  # 444
    "Envoyé de mon iPhone. Excusez la brièveté.": "SIGNOFF_SENT_FROM",
    "Sent from my phone.": "SIGNOFF_SENT_FROM",
    "أُرسلت من هاتفي المحمول": "SIGNOFF_SENT_FROM",  # fixture 541
    "Page 1 | 2": "NOISE_PAGE_OF",  # fixture 544
    "Kind regards from Apia,": "SIGNOFF",  # fixture 559
    "Vinaka vakalevu,": "SIGNOFF",  # fixture 569
    "Fa'afetai tele lava,": "SIGNOFF",
    "Sent from my Samsung Galaxy smartphone.": "SIGNOFF_SENT_FROM",  # fixture 569
    "Cordiales saludos,": "SIGNOFF",  # fixture 585
    "Б. Рекомендации": "DASHNUM_SECTION_CYRILLIC",  # fixture 583
    "В. Прочие замечания": "DASHNUM_SECTION_CYRILLIC",
    "г. Владивосток, 23 декабря 2016 г.": "TEXT_DATELINE",  # fixture 589
    "г. Обеспечить перевод материалов": "LETTER_CYRILLIC",
    "وأكدت الوزارة استعدادها للمشاركة في اجتماعات الفريق القادمة.": "TEXT_THANKS",  # 591
    "With warm regards from Port Example.": "SIGNOFF",
    "Adopted by the Forum's Policy Working Party, Port Example, 20 December 2016.": "TEXT_THANKS",
    "Принято Правлением Ассоциации 14 декабря 2016 г.": "TEXT_THANKS",  # fixture 560
    "Nous restons disponibles pour tout échange.": "TEXT_THANKS",  # fixture 548
    # Thanks to the volunteers who commented, a last word (fixture 1007), and a writer
    # who leaves the other question aside (1008).
    "We thank the volunteers from six districts who commented on the draft.": "TEXT_THANKS",
    "That is all from us. Thanks for reading.": "TEXT_THANKS",
    # An invitation to comment at a line's end (fixture 1042).
    "Comments are welcome.": "TEXT_THANKS",
    "Como siempre, los comentarios son bienvenidos.": "TEXT_THANKS",
    "Vos commentaires sont les bienvenus.": "TEXT_THANKS",
    "Comments welcome before Friday.": "TEXT_THANKS",
    "La FEN se tient volontiers à la disposition du Groupe de travail.": "TEXT_THANKS",  # 1046
    "欢迎会员通过电子邮件提出意见。": "TEXT_THANKS",  # fixture 1053
    "ولا أتناول السؤال الثاني في هذه المساهمة.": "TEXT_THANKS",
    # Thanks to the many partners (fixture 1011); a Chinese close asking to be corrected,
    # and a body going on with its members' views and in touch with the Group (1010).
    "We thank the many partners in Exampleland who shared their experience.": "TEXT_THANKS",
    "以上答复如有不妥之处，敬请指正。": "TEXT_THANKS",
    "本社群愿意继续通过线上讨论收集成员意见，并与工作组保持联系。": "TEXT_THANKS",
    # A month and year with no day (fixture 1015); a Chinese text's credit to who
    # wrote it, and a body's thanks to the Group (1016).
    "Tegucigalpa, diciembre de 2016": "TEXT_DATELINE",
    "（本文由观察社政策小组执笔）": "TEXT_THANKS",
    "本学会感谢工作组给予提交意见的机会。": "TEXT_THANKS",
    # "مع أطيب التحيات،" (fixture 1018); "That is all." and consent to publish the
    # comments (1019); a Chinese text compiled by a secretariat (1020).
    "مع أطيب التحيات،": "SIGNOFF",
    "That is all. I am happy for these comments to be published with my name.": "TEXT_THANKS",
    "本文由示例网络秘书处整理": "TEXT_THANKS",
    # A note of what is attached (fixture 1023).
    "We attach a summary of the results of the national consultation.": "TEXT_THANKS",
    "Please find attached the full report of our consultation.": "TEXT_THANKS",
    "نرفق بهذه الورقة ملخصاً لنتائج مشاورة وطنية.": "TEXT_THANKS",
    # An Arabic dateline, the month named twice (fixture 1013).
    "جنيف، في 28 كانون الأول/ديسمبر 2016": "TEXT_DATELINE",
    "تونس، 29 ديسمبر 2016م": "TEXT_DATELINE",
    # A body ready to go on working with the Group (fixture 1003).
    "Exampleland stands ready to continue working with all members of the Group.": "TEXT_THANKS",
    "El Ministerio está dispuesto a seguir colaborando con el Grupo.": "TEXT_THANKS",
    "Министерство готово к дальнейшему сотрудничеству.": "TEXT_THANKS",
    "We will report back after the Geneva meeting.": "TEXT_THANKS",  # fixture 971
    "We will follow the work of the Group and report on it here.": "TEXT_THANKS",  # 979
    "We are not making recommendations under the second question.": "TEXT_THANKS",  # 980
    "本会将继续关注工作组的进展。": "TEXT_THANKS",  # fixture 981
    "For more information contact Jane Example, Coordinator": "TEXT_THANKS",  # 988
    "Solidairement,": "SIGNOFF",  # fixture 990
    "We thank the Forum's members in Example Island who helped.": "TEXT_THANKS",  # 997
    "This input reflects the views of the Example Committee.": "TEXT_DISCLAIMER",  # 998
    "联合会衷心感谢工作组给予提交意见的机会。": "TEXT_THANKS",  # fixture 991
    "Esta nota puede publicarse en el sitio web de la CSTD.": "TEXT_THANKS",  # fixture 993
    "Questions or comments? Write to the committee at pc@example.org.": "TEXT_THANKS",  # 994
    "——————————": "NOISE_RULE",  # fixture 973
    "──────": "NOISE_RULE",
    "مع خالص التحيات،": "SIGNOFF",  # fixture 541
    "Apologies for sending this at the last minute, and happy new year.": "TEXT_THANKS",  # 542
    "Ends.": "SIGNOFF_END",  # 468
    "ENDS": "SIGNOFF_END",
    "- ENDS -": "SIGNOFF_END",
    "-ends-": "SIGNOFF_END",
    "###": "SIGNOFF_END",
    "-انتهى-": "SIGNOFF_END",
    "（完）": "SIGNOFF_END",
    "Fin.": "SIGNOFF_END",
    "特此说明。": "TEXT_THANKS",  # fixture 445
    "Apologies for the brevity - I hope this is still useful.": "TEXT_THANKS",  # fixture 475
    "Sorry for the late submission.": "TEXT_THANKS",
    "Happy to expand on any of this.": "TEXT_THANKS",  # fixture 507
    "We are happy to elaborate on these points.": "TEXT_THANKS",
    "Veuillez excuser la brièveté de cette note.": "TEXT_THANKS",
    "Disculpen la demora en el envío.": "TEXT_THANKS",
    "Извините за краткость.": "TEXT_THANKS",
    "Буду рада, если эти заметки окажутся полезными.": "TEXT_THANKS",  # fixture 485
    "Будем рады, если наши предложения будут полезны Группе.": "TEXT_THANKS",
    "We hope this is still useful to the Group.": "TEXT_THANKS",
    "[1.2.] Decisions are published.": "DOTTED_SQUARE",
    "(1.2) Decisions are published.": "DOTTED_PAREN",
    "1）包容性。": "NUMBER_FULLWIDTH_CLOSE",
    "·边境地区的网络接入；": "BULLET_CJK",
    "§\tel comercio electrónico transfronterizo;": "BULLET_SECTION_SIGN",
    "p. 2": "NOISE_PAGE_OF",
    "Министерство выражает готовность к дальнейшему сотрудничеству.": "TEXT_THANKS",
    "Примите, господин Председатель, уверения в нашем высоком уважении.": "TEXT_THANKS",
    "Le bureau remercie les membres qui ont relu le projet.": "TEXT_THANKS",
    "Готовы при необходимости представить дополнительную информацию.": "TEXT_THANKS",
    "Министерство готово принять участие в дальнейшей работе.": "TEXT_THANKS",  # fixture 481
    "Ассоциация готова и в дальнейшем сотрудничать с Группой.": "TEXT_THANKS",
    "Мы готовы предоставить более подробную информацию.": "TEXT_THANKS",
    "以上仅代表个人观点，供工作组参考。": "TEXT_THANKS",
    "نحن على استعداد لتقديم أي معلومات إضافية.": "TEXT_THANKS",
    "On your first question (characteristics):": "QKEY_ON_ORDINAL",
    "Sobre su primera pregunta:": "QKEY_ON_ORDINAL",
    "Sur votre première question :": "QKEY_ON_ORDINAL",
    "On your question 1: characteristics": "QKEY_ON",
    "* * *": "NOISE_RULE",
    "Un saludo cordial,": "SIGNOFF",
    "Season's greetings and thank you for all your efforts,": "SIGNOFF",  # fixture 480
    "Happy holidays,": "SIGNOFF",
    "Ответ 1. О характеристиках расширенного сотрудничества": "QKEY_ANSWER_NUMBER",
    "Answer 1: Characteristics": "QKEY_ANSWER_NUMBER",
    "الإجابة 1: الخصائص": "QKEY_ANSWER_NUMBER",
    "The Permanent Mission of the Republic of Examplia avails": "TEXT_COURTESY",
    "La Mission permanente de la République d'Exemplie saisit": "TEXT_COURTESY",
    "La Misión Permanente de Ejemplia aprovecha la": "TEXT_COURTESY",
    "Постоянное представительство Примерии пользуется": "TEXT_COURTESY",
    "This document contains no confidential information and may be published.": "TEXT_DISCLAIMER",
    "C/ Recommendations": "DASHNUM_SECTION",
    "A．各国政府在平等基础上": "DASHNUM_SECTION_FULLWIDTH",
    "ب - يستند إلى خطة عمل تونس": "LETTER_ABJAD",
    "PRIMERO.- Es un proceso": "NUMBER_SPANISH_ORDINAL",
    "SEGUNDO: Recomendaciones": "NUMBER_SPANISH_ORDINAL",
    "PRIMERO. Sobre las características": "NUMBER_SPANISH_ORDINAL",
    "1 -- Characteristics": "DASHNUM_DASH",
    "（甲）加強合作的高層次特徵": "NUMBER_CJK_STEM",
    "GQ1. What are the high level": "QKEY",
    "GQ1 >> characteristics": "QKEY",
    "Q2 → recommendations": "QKEY",
    "Question 2 » Recommendations": "QKEY",
    "R1. Recognise the role of network operators": "NUMBER_LETTERED",
    "R-1\tPredictability of the rules": "NUMBER_LETTERED",
    "R1 Keep the focus on public policy": "DASHNUM_LETTERED",
    "Guiding question (a) - High level characteristics": "QKEY_LETTER",
    "S'agissant de la première question (caractéristiques": "QKEY_ON_ORDINAL",
    "PUNTO PRIMERO. Características de alto nivel": "DASHNUM_PART",
    "النقطة الأولى: خصائص التعاون المعزز": "DASHNUM_PART",
    "Q1．加强合作的高层次特征是什么？": "QKEY",
    "\uf06e\t跨境电子商务规则的协调；": "BULLET",
    "ص 1": "NOISE_PAGE_OF",
    "第1页/共2页": "NOISE_PAGE_OF",
    "ONE: characteristics": "DASHNUM_PART",
    "1   Characteristics of enhanced cooperation": "DASHNUM_SPACED",
    "Primero. La cooperación mejorada es un proceso": "NUMBER_SPANISH_ORDINAL",
    "For questions about this submission, contact Ana Example.": "TEXT_THANKS",
    "Apartado A: rasgos esenciales de la cooperación reforzada": "DASHNUM_PART",
    "Блок 1. Характерные черты": "DASHNUM_PART",
    "Point n° 2 — Les recommandations": "DASHNUM_PART",
    "Chapter 2 - Recommendations": "DASHNUM_PART",
    "Q1（特征）增强合作的高级别特征是什么？": "QKEY",
    "Ⅰ．增强合作的基本特征": "NUMBER_ROMAN_FORM",
    "Ⅱ. Recommendations": "NUMBER_ROMAN_FORM",
    "Consulta A: Rasgos esenciales": "DASHNUM_PART",
    "المسألة (أ): خصائص التعاون المعزز": "QKEY",
    "〔问一〕增强合作有哪些高层次特征？": "QKEY_BRACKETED",
    "甲、增强合作主要是各国政府之间的合作。": "NUMBER_CJK_STEM",
    "其一  增强合作的主要特征": "NUMBER_CJK_ENUMERATION",
    "We are happy for this input to be published.": "TEXT_THANKS",
    "Le Réseau se tient à la disposition du Groupe de travail.": "TEXT_THANKS",
    "第一问：加强合作的高层次特征是什么？": "QKEY_CJK_ORDINAL",
    "PG1 - ¿Cuáles son": "QKEY_P_ABBREVIATION",
    "Respuesta a la primera pregunta": "QKEY_ON_ORDINAL",
    "Answer to the second question:": "QKEY_ON_ORDINAL",
    "Ответ на первый вопрос (характеристики)": "QKEY_ON_ORDINAL",
    "الإجابة عن السؤال الأول (السمات)": "QKEY_ON_ORDINAL",
    "【关于问题1】增强合作的高层次特征": "QKEY_BRACKETED",
    "Первое. О характеристиках": "DASHNUM_PART",
    "القسم أ: السمات الرفيعة المستوى": "DASHNUM_PART",
    "II\tWhat kind of recommendations should we consider?": "NUMBER_ROMAN_TAB",
    "ثانياً\tما هي التوصيات التي ينبغي النظر فيها؟": "NUMBER_ARABIC_ORDINAL",
    "Primer tema. Características de alto nivel": "DASHNUM_PART",
    "Second theme: Recommendations": "DASHNUM_PART",
    "Раздел Б. Рекомендации": "DASHNUM_PART",
    "Б.\tРекомендовать международным организациям отчитываться": "DASHNUM_SECTION_CYRILLIC",
    "المحور (ب): التوصيات": "DASHNUM_PART",
    "Question 2/2: Taking into consideration": "QKEY",
    "问题1 —— 增强合作的高层次特征": "QKEY",
    "Vellmar stands ready to contribute to the further work of the Group.": "TEXT_THANKS",
    "The Council is ready to share the experience of its members.": "TEXT_THANKS",
    "Nous restons à votre disposition pour tout échange.": "TEXT_THANKS",
    "We hope these recommendations will be useful to the Working Group.": "TEXT_THANKS",
    "Надеюсь, эти замечания будут полезны.": "TEXT_THANKS",
    "وتبقى الرابطة على استعداد لتقديم أي معلومات إضافية.": "TEXT_THANKS",
    "Question (ii): Taking into consideration": "QKEY",
    "First guiding question": "QKEY_ORDINAL_WORD",
    "Primera cuestión: ¿Cuáles son": "QKEY_ORDINAL_WORD",
    "Avec nos salutations distinguées,": "SIGNOFF",
    "Nga mihi,": "SIGNOFF",
    "Mit freundlichen Grüßen": "SIGNOFF",
    "Atenciosamente,": "SIGNOFF",
    "Спасибо за возможность высказаться.": "TEXT_THANKS",
    "2.0    GUIDING QUESTION ONE": "NUMBER_DECIMAL_ZERO",
    "3.0. Recommendations": "NUMBER_DECIMAL_ZERO",
    "2.0.1 A point": "DOTTED",
    "I- DES CARACTÉRISTIQUES": "NUMBER_ROMAN_HYPHEN",
    "a.- Igualdad de condiciones": "LETTER_DOT",
    "b-\tgarantir la transparence": "LETTER_DOT",
    "PART A -- CHARACTERISTICS": "DASHNUM_PART",
    "المسألة الأولى: ما هي": "QKEY",
    "Segunda.– Elaborar": "NUMBER_SPANISH_ORDINAL",
    "1.º Que el Grupo": "NUMBER_DEGREE",
    "2.ª La": "NUMBER_DEGREE",
    "D – Recommendations": "DASHNUM_SECTION",
    "Q-1: What are the high level": "QKEY",
    "Guiding Question #1: What are the high level": "QKEY",
    "PREGUNTA A: ¿Cuáles son": "QKEY_LETTER",
    "Вопрос 1 из 2: Каковы": "QKEY",
    "К вопросу 1. Каковы": "QKEY_ANSWER",
    "Ответ на вопрос № 1 (характеристики)": "QKEY_ANSWER",
    "Réponse à la question 2 : Compte tenu": "QKEY_ANSWER",
    "[Q1] What are the high level": "QKEY_SQUARE",
    "(P1) ¿Cuáles son las características": "QKEY_PAREN",
    "(Q2) Taking into consideration": "QKEY_PAREN",
    "1ère question : Quelles sont": "QKEY_NUMBER_ORDINAL",
    "1ra. pregunta: ¿Cuáles son": "QKEY_NUMBER_ORDINAL",
    "第一部分  关于工作组应考虑的建议": "DASHNUM_PART_CJK",
    "① 建议建立定期对话机制。": "NUMBER_CIRCLED",
    "A1. Enhanced cooperation is a process": "NUMBER_LETTERED",
    "A.1  Enhanced cooperation concerns": "NUMBER_LETTERED",
    "B.3. Que las organizaciones": "NUMBER_LETTERED",
    "س1/ ما هي الخصائص": "QKEY_ARABIC_ABBREVIATION",  # fixture 1009
    "问题1.加强合作的高层次特征": "QKEY",  # fixture 1021
    # Points numbered under a section's roman numeral (fixture 1005).
    "I.1\tLa coopération renforcée concerne": "NUMBER_LETTERED",
    "II.3. The Group should recommend": "NUMBER_LETTERED",
    "Pregunta N.º 1\t¿Cuáles son": "QKEY",
    "السؤال (1): ما هي": "QKEY",
    "问题（一）加强合作的高层次特征是什么？": "QKEY",
    "§2 Принимая во внимание": "NUMBER_SECTION_SIGN",
    "第二个问题：考虑到": "QKEY_CJK_ORDINAL",
    "PRIMERA PREGUNTA": "QKEY_ORDINAL_WORD",
    "٢- تعزيز": "NUMBER_HYPHEN",
    "س٢: مع مراعاة": "QKEY_ARABIC_ABBREVIATION",
    "【问题一】增强合作的高层次特征是什么？": "QKEY_BRACKETED",
    "السؤال رقم 1: ما هي": "QKEY",
    "II – Compte tenu": "DASHNUM_DASH",
    "\uf076 item": "BULLET",
    "+ is open to the other stakeholders;": "BULLET",
    "◆\tregional consultations;": "BULLET",
    "1 | P a g e": "NOISE_PAGE_BAR",
    "１．网络安全": "NUMBER_FULLWIDTH_DOT",
    "第一，政府主导": "NUMBER_CJK_ORDINAL",
    "其一，政府间合作": "NUMBER_CJK_ENUMERATION",
    "二是，多方参与": "NUMBER_CJK_ENUMERATION",
    "II/ Recommandations": "NUMBER_ROMAN",
    "I/O devices need drivers": "",
    "三是\t加强区域合作": "NUMBER_CJK_ENUMERATION",
    "四是：加强区域合作": "NUMBER_CJK_ENUMERATION",
    # the sentence's own first words, run on: "the first is to recommend ..."
    "一是建议工作组避免重复争论": "",
    "المحور الأول: خصائص التعاون": "DASHNUM_PART",
    "Part 2: Recommendations": "DASHNUM_PART",
    "Punto II – Recomendaciones": "DASHNUM_PART",
    "PREMIER POINT – Les caractéristiques": "DASHNUM_PART",
    "P1. ¿Cuáles son": "QKEY_P_ABBREVIATION",
    "P.2 Teniendo en cuenta": "QKEY_P_ABBREVIATION",
    "1ª PREGUNTA:\t¿Cuáles son": "QKEY_NUMBER_ORDINAL",
    "Ответ на вопрос первый: «Каковы": "QKEY_WORD_ORDINAL",
    "В1. Высокоуровневые характеристики": "QKEY_CYRILLIC_ABBREVIATION",
    "В2 – Рекомендации": "QKEY_CYRILLIC_ABBREVIATION",
    ">> Question 1 <<": "QKEY_CHEVRON",
    ">>Q2<<": "QKEY_CHEVRON",
    "Ad (i) - characteristics": "QKEY_AD",
    "Ad 2. Recommendations": "QKEY_AD",
    "المحور (1): ما هي الخصائص": "DASHNUM_PART",
    "Part A\tWhat are the high level": "DASHNUM_PART",
    "The Secretariat remains available to the Working Group.": "TEXT_THANKS",
    "Буду рад ответить на вопросы.": "TEXT_THANKS",
    "-------- Message original --------": "SIGNOFF_ORIGINAL",
    "RESPONSE TO GUIDING QUESTION ONE": "QKEY_ANSWER",
    "السؤال التوجيهي رقم (1)": "QKEY",
    "指导问题1：加强合作的高层级特征是什么？": "QKEY",
    "— 1 de 2 —": "NOISE_PAGE_NUMBER",
    "Best wishes and a happy new year,": "SIGNOFF",
    "---------- Forwarded message ---------": "SIGNOFF_ORIGINAL",
    "-------- Message transféré --------": "SIGNOFF_ORIGINAL",
    "Буду признателен за учет этих замечаний.": "TEXT_THANKS",
    "[1] High level characteristics": "NUMBER_SQUARE_BARE",
    "2 of 3": "NOISE_PAGE_NUMBER",
    "Pregunta orientadora 2 (recomendaciones)": "QKEY",
    "Interrogante 1. ¿Cuáles son": "QKEY",
    "Issue 1 - What we mean": "DASHNUM_PART",
    "Раздел первый. Каковы": "DASHNUM_PART",
    "البند الأول: ما هي": "DASHNUM_PART",
    "议题一 增强合作的高层次特征是什么？": "DASHNUM_PART_CJK",
    "Q-A: In your view": "QKEY_LETTER",
    "Вопрос Б. Какие рекомендации": "QKEY_LETTER",
    "السؤال (ب): ما نوع التوصيات": "QKEY",
    "Thank you for considering our views.": "TEXT_THANKS",
    "I hope this is of some use to the Group, and I would be happy to help.": "TEXT_THANKS",
    "We would be glad to present this response at a meeting of the Group.": "TEXT_THANKS",
    "The Council stands ready to take part in further consultations.": "TEXT_THANKS",
    "وأخيراً، أشكر الأمانة على إتاحة الفرصة للمشاركة.": "TEXT_THANKS",
    "We remain at the Group's disposal for any clarification.": "TEXT_THANKS",
    "The steering committee remains at the disposal of the Group": "TEXT_THANKS",
    "We hope this contribution is useful to the Working Group.": "TEXT_THANKS",
    "We thank the Chair for the opportunity.": "TEXT_THANKS",
    "Esperamos que esta contribución sea útil.": "TEXT_THANKS",
    "Надеемся, что наш вклад будет полезен.": "TEXT_THANKS",
    "希望以上意见能够有所帮助。": "TEXT_THANKS",
    "以上是我们的一点浅见，如有不妥之处，敬请指正。": "TEXT_THANKS",
    "The Foundation thanks the CSTD secretariat for the opportunity.": "TEXT_THANKS",
    "Samoa thanks the Secretariat for its work.": "TEXT_THANKS",
    "Quedamos a disposición del Grupo de Trabajo.": "TEXT_THANKS",
    "Agradecemos la oportunidad de participar.": "TEXT_THANKS",
    "El Gobierno de Honduras reitera su disposición a seguir colaborando.": "TEXT_THANKS",
    "Nous remercions le Groupe de travail de cette occasion.": "TEXT_THANKS",
    "Issued under the authority of the Commission.": "TEXT_THANKS",
    "Прошу рассматривать эти замечания как дополнение.": "TEXT_THANKS",
    "وتؤكد الهيئة استعدادها للتعاون مع الفريق العامل.": "TEXT_THANKS",
    "وفي الختام، نشكر الفريق العامل على إتاحة هذه الفرصة.": "TEXT_THANKS",
    "This message and any attachment are intended solely for the addressee.": "TEXT_DISCLAIMER",
    "Please accept, Chair, the assurances of our highest consideration.": "TEXT_COURTESY",
    "Nous vous prions d'agréer, Madame, Monsieur, nos salutations.": "TEXT_COURTESY",
    "Je vous prie de bien vouloir agréer, Excellence, ...": "TEXT_COURTESY",
    "References": "TEXT_REFERENCES",
    "Table of contents": "TEXT_CONTENTS",
    "Table des matières": "TEXT_CONTENTS",
    "Índice": "TEXT_CONTENTS",
    "Содержание": "TEXT_CONTENTS",
    "المحتويات": "TEXT_CONTENTS",
    "目录": "TEXT_CONTENTS",
    "Part A – High-level characteristics (Q1)": "DASHNUM_PART",
    "Section B: Recommendations": "DASHNUM_PART",
    "Bibliografía": "TEXT_REFERENCES",
    "Список литературы": "TEXT_REFERENCES",
    "المراجع": "TEXT_REFERENCES",
    "参考文献": "TEXT_REFERENCES",
    "SIGNATORIES": "TEXT_SIGNATORIES",
    "Organizaciones firmantes": "TEXT_SIGNATORIES",
    "联署单位": "TEXT_SIGNATORIES",
    "On behalf of the Example Steering Group, Jane Example, Chair": "TEXT_SIGNED_FOR",
    "Au plaisir de vous revoir au Groupe,": "TEXT_LOOKING_FORWARD",
    "Sin otro particular, saludamos a ustedes.": "TEXT_THANKS",
    "I wish the Working Group every success.": "TEXT_THANKS",
    "Sur la question n° 1 : « Quelles sont les caractéristiques ? »": "QKEY_ON",
    "On Question 2: Recommendations": "QKEY_ON",
    "Sobre la pregunta 1: características": "QKEY_ON",
    "关于问题一：加强合作的特征": "QKEY_ON",
    "关于第一个问题：加强合作的主要特征": "QKEY_ON_ORDINAL",
    "对第二个问题的回答：我们的建议": "QKEY_ON_ORDINAL",  # fixture 886
    "1.a  Es un proceso, no un órgano.": "DOTTED_NUMBER_LETTER",  # fixture 904
    "Question no. 1 - characteristics": "QKEY",  # fixture 927
    "If you have views on this text, please share them in the comments.": "TEXT_THANKS",  # 893
    "Comments on this input are welcome at policy@example.org.": "TEXT_THANKS",  # 894
    "欢迎会员就上述意见提出反馈，本会将汇总讨论。": "TEXT_THANKS",  # 895
    "欢迎读者留言讨论。": "TEXT_THANKS",  # 933
    "欢迎读者在下方留言讨论。": "TEXT_THANKS",  # 966
    "We thank the members of the Working Group for their attention.": "TEXT_THANKS",  # 934
    "We look forward to working with all members of the Group.": "TEXT_LOOKING_FORWARD",  # 942
    "أما السؤال الثاني فأتركه لغيري في هذه المرحلة.": "TEXT_THANKS",  # 945
    "As for the second question, I leave it to others.": "TEXT_THANKS",  # 945
    "These are personal views and do not engage any institution.": "TEXT_DISCLAIMER",  # 947
    "Ces propositions sont limitées ; je serais heureuse d'en discuter.": "TEXT_THANKS",  # 948
    "I have not answered question 2.": "TEXT_THANKS",  # 952
    "We would be glad to contribute to the work of the Group.": "TEXT_THANKS",  # 953
    "如有疑问，请与本会秘书长联系。": "TEXT_THANKS",  # 954
    "We thank the members who contributed to this text.": "TEXT_THANKS",  # 963
    "والمعهد على استعداد لتبادل نتائج أبحاثه مع الفريق العامل.": "TEXT_THANKS",  # 964
    "We are grateful to the secretariat for extending the deadline.": "TEXT_THANKS",  # 896
    "The Programme Committee thanks everyone on the list who commented.": "TEXT_THANKS",  # 909
    "Vinaka vakalevu.": "TEXT_THANKS",  # fixture 913
    "للاطلاع على النص الكامل بصيغة PDF اضغط هنا.": "NOISE_DOWNLOAD",  # fixture 917
    "للاطلاع على النص الكامل للمساهمة: تحميل الملف (PDF)": "NOISE_DOWNLOAD",  # fixture 921
    "We trust that these views will be useful to the Working Group.": "TEXT_THANKS",  # 920
    "The Office is grateful for the opportunity to contribute.": "TEXT_THANKS",  # 924
    "Segunda pregunta.": "QKEY_ORDINAL_WORD",
    "Mālō ʻaupito.": "TEXT_THANKS",
    "對第一個問題的答覆：": "QKEY_ON_ORDINAL",
    "本院愿意为工作组的后续工作提供研究支持。": "TEXT_THANKS",
    "本所愿继续参与工作组的相关工作，并可提供研究支持。": "TEXT_THANKS",  # fixture 500
    "Questions about this contribution can be sent to policy@example.org.": "TEXT_THANKS",
    "The Council would welcome the opportunity to present these views.": "TEXT_THANKS",
    "Lima, 14 de diciembre de 2016.": "TEXT_DATELINE",
    "http://example.org/a?b=1": "NOISE_URL",
    "Download the full submission (PDF, 184 KB)": "NOISE_DOWNLOAD",
    "Download the submission (PDF)": "NOISE_DOWNLOAD",
    "تحميل المساهمة كاملة (PDF)": "NOISE_DOWNLOAD",
    "下载全文（PDF）": "NOISE_DOWNLOAD",
    "第 1 页\u3000共 2 页": "NOISE_PAGE_OF",
    "- 3 -": "NOISE_PAGE_NUMBER",
    "Page 3 of 7": "NOISE_PAGE_OF",
    "3/7": "NOISE_PAGE_FRACTION",
    "1 | 2": "NOISE_PAGE_FRACTION",  # fixture 506
    "I.– Les caractéristiques de haut niveau": "NUMBER_ROMAN",  # fixture 509
    "QUESTION UN": "QKEY",  # fixture 510
    "_____": "NOISE_RULE",
    "Best regards,": "SIGNOFF",
    "وتقبلوا خالص التحية والتقدير،": "SIGNOFF",
    "مع فائق الاحترام": "SIGNOFF",
    "Sent from my iPhone": "SIGNOFF_SENT_FROM",
    "Thanks and 73,": "SIGNOFF",  # fixture 456
    "Many thanks,": "SIGNOFF",
    "Muchas gracias,": "SIGNOFF",
    "Спасибо,": "SIGNOFF",
    "--": "SIGNOFF_DELIMITER",
    "-----Original Message-----": "SIGNOFF_ORIGINAL",
    "> quoted text": "QUOTE",
    "1.1 Text": "DOTTED",
    "(1) Text": "NUMBER_PAREN",
    "1) Text": "NUMBER_DOT",
    "1\tText": "NUMBER_TAB",
    "12\t\tТекст": "NUMBER_TAB",
    "1.- Texto": "NUMBER_DOT",
    "1.企业，特别是中小企业；": "NUMBER_DOT",
    "(ب) نص": "LETTER_ABJAD",
    "2.– Texto": "NUMBER_DOT",
    "II. Text": "NUMBER_ROMAN",
    "一、文本": "NUMBER_CJK",
    "1、文本": "NUMBER_IDEOGRAPHIC_COMMA",
    "Soumis par la Fédération des opérateurs de télécommunications": "FIELD_RUN_ON",
    "（二）文本": "NUMBER_CJK_PAREN",
    "（3）文本": "NUMBER_FULLWIDTH_PAREN",
    "1 - Text": "DASHNUM_DASH",
    "B. Text": "DASHNUM_SECTION",
    "(a) Text": "LETTER_PAREN",
    "[a] Text": "LETTER_SQUARE",
    "a) Text": "LETTER_DOT",
    "(iv) Text": "LETTER_ROMAN_PAREN",
    "iv) Text": "LETTER_ROMAN",
    "iv. Text": "LETTER_ROMAN_DOT",
    "2/1 Text": "DOTTED_SLASH",
    "1-1 Text": "DOTTED_HYPHEN",
    "б) Текст": "LETTER_CYRILLIC",
    "a）联合国系统内的专门机构；": "LETTER_FULLWIDTH_CLOSE",
    "ب- نص": "LETTER_ABJAD",
    "هـ- إتاحة الوثائق": "LETTER_ABJAD",
    "\uf0b7 Text": "BULLET",
    "Question 1: Text": "QKEY",
    "Date: 05-12-2016": "FIELD",
    "Submitted by": "FIELD_ALONE",
    "Please accept, Excellency, the assurances of my highest consideration.": "TEXT_COURTESY",
    "| Estonia | 79 |": "TEXT_TABLE_ROW",
    "| Broadband \\| rural | 1200 |": "TEXT_TABLE_ROW",
    "|-----------|:---:|": "TEXT_TABLE_RULE",
    "| --- | --- |": "TEXT_TABLE_RULE",
    "---|---": "TEXT_TABLE_RULE",
    ":--|--:": "TEXT_TABLE_RULE",
    "b.1) la publicación anticipada de los temas;": "DOTTED_LETTER",  # fixture 604
    "أولاً": "NUMBER_ARABIC_ORDINAL",  # alone over its title, fixture 1055
    "ثانيا  ": "NUMBER_ARABIC_ORDINAL",
    "2(a) Recommend a yearly report.": "DOTTED_NUMBER_LETTER",  # fixture 1059
    "شكراً لكل من شارك في إعداد هذه المساهمة.": "TEXT_THANKS",  # fixture 1062
    "وشكرًا.": "TEXT_THANKS",
    "欢迎大家在评论区讨论，也可以通过邮件与我联系。": "TEXT_THANKS",  # fixture 1064
    "In solidarity,": "SIGNOFF",  # fixture 1066
    "En solidaridad,": "SIGNOFF",
    "عمّان، ٢٠ كانون الأول/ديسمبر ٢٠١٦": "TEXT_DATELINE",  # fixture 1067
    "Министерство выражает признательность Секретариату КНТР": "TEXT_THANKS",  # 1068
    "Центр выражает свою искреннюю благодарность Рабочей группе.": "TEXT_THANKS",
    "1 Characteristics of enhanced cooperation": "DASHNUM_BARE",  # fixture 1070
    "2 Recommendations": "DASHNUM_BARE",
    "Veuillez recevoir, Madame, Monsieur, nos salutations les meilleures.": "TEXT_COURTESY",
    "Veuillez accepter nos salutations distinguées.": "TEXT_COURTESY",  # fixture 1073
    "Las opiniones expresadas son las del Centro y no comprometen a la Universidad.": (
        "TEXT_DISCLAIMER"  # fixture 1074
    ),
    "Les opinions exprimées sont celles du Réseau et non de ses bailleurs.": "TEXT_DISCLAIMER",
    "Б. О рекомендациях": "DASHNUM_SECTION_CYRILLIC",  # fixture 1075
    "В. По характеристикам": "DASHNUM_SECTION_CYRILLIC",
    "特此回复。": "TEXT_THANKS",  # fixture 1079
    "1°/ Caractéristiques de haut niveau": "NUMBER_DEGREE",  # fixture 1082
    "Comments (0)": "NOISE_COMMENTS",  # fixture 1085
    "3 comments": "NOISE_COMMENTS",
    "Комментарии (2)": "NOISE_COMMENTS",
    "评论（4）": "NOISE_COMMENTS",
}


@pytest.mark.parametrize(("text", "name"), list(_EXAMPLES.items()))
def test_each_example_is_read_as_its_terminal(text: str, name: str) -> None:
    """Every example, not only each terminal's first, is read as the terminal it names."""
    assert (markers.match_terminal(text) or "") == name


@pytest.mark.parametrize(
    ("line", "terminal"),
    [
        ("If you would like to discuss this input, write to policy@example.org.", "TEXT_THANKS"),
        ("Restant à votre disposition, je vous prie d'agréer nos salutations", "TEXT_THANKS"),
        ("Read the full PDF (312 KB)", "NOISE_DOWNLOAD"),  # fixture 600
        ("View the PDF", "NOISE_DOWNLOAD"),
        ("Read our input as sent (PDF, 180 KB)", "NOISE_DOWNLOAD"),  # fixture 662
        ("－1－", "NOISE_PAGE_NUMBER"),  # fixture 670
        ("Salutations distinguées,", "SIGNOFF"),  # fixture 673
        ("——提供远程参会条件；", "BULLET_CJK"),  # fixture 679
        ("Avec nos salutations les meilleures,", "SIGNOFF"),
        ("Best,", "SIGNOFF"),  # fixture 689
        ("Gracias por leernos.", "TEXT_THANKS"),  # fixture 694
        ("Para consultas, dirigirse a la coordinación del Colectivo:", "TEXT_THANKS"),
        ("Merci de votre attention.", "TEXT_THANKS"),
        ("Спасибо за внимание.", "TEXT_THANKS"),
        ("Министерство готово и далее участвовать в работе Группы.", "TEXT_THANKS"),  # 695
        ("We would be glad to follow up with the Secretariat.", "TEXT_THANKS"),  # 699
        ("El Gobierno de X reitera su compromiso con el proceso.", "TEXT_THANKS"),
        ("Agradecemos los comentarios de nuestros socios y voluntarios.", "TEXT_THANKS"),  # 704
        ("Agradecemos las observaciones recibidas.", "TEXT_THANKS"),
        ("Agradecemos que el Grupo trabaje en línea.", ""),
        ("谨此提交，请予考虑。", "TEXT_THANKS"),  # 705
        ("如需进一步资料，欢迎与本会联络。", "TEXT_THANKS"),
        ("谨慎推进改革。", ""),
        ("I hope these brief points are of some help to the Chair.", "TEXT_THANKS"),  # 727
        ("I hope these few remarks are of some use to the Group.", "TEXT_THANKS"),
        ("We hope the above answers are of use.", "TEXT_THANKS"),
        ("I hope it is clear that governments are of help.", ""),
        ("Comments are welcome.", "TEXT_THANKS"),  # fixture 1042
        ("Comments are welcome from all stakeholders on the draft.", ""),
        ("с. 2", "NOISE_PAGE_OF"),  # fixture 725
        ("1 / What are the high level characteristics of enhanced cooperation?", "NUMBER_SLASH"),
        ("2 / 3 of our members work on access.", ""),  # fixture 730
        ("Готова ответить на вопросы секретариата.", "TEXT_THANKS"),  # fixture 733
        ("Готовы ответить на любые вопросы.", "TEXT_THANKS"),
        ("نأمل أن تسهم هذه المساهمة في إنجاح أعمال الفريق العامل.", "TEXT_THANKS"),  # 734
        ("本会愿继续参与有关讨论，并提供意见。", "TEXT_THANKS"),  # fixture 735
        ("（本文由示例治理研究院供稿）", "TEXT_THANKS"),  # fixture 740
        ("（联盟秘书处　供稿）", "TEXT_THANKS"),
        ("Полный текст вклада (PDF, 180 КБ)", "NOISE_DOWNLOAD"),  # fixture 736
        ("Full text (PDF, 120 KB)", "NOISE_DOWNLOAD"),
        ("－\u3000公开会议议程和文件；", "BULLET"),  # fixture 743
        ("The Institute will publish a longer paper on these questions.", "TEXT_THANKS"),  # 744
        ("Gracias por la oportunidad de participar.", "TEXT_THANKS"),  # fixture 745
        ("Gracias por la oportunidad que nos dieron los gobiernos.", "TEXT_THANKS"),
        ("Download: Example_WGEC2_input.pdf", "NOISE_DOWNLOAD"),  # fixture 746
        ("Télécharger : contribution finale.docx (85 Ko)", "NOISE_DOWNLOAD"),
        ("Download: the full text of the Tunis Agenda", "FIELD"),
        ("・政府主导；", "BULLET_CJK"),  # fixture 747
        ("・ 注重实效。", "BULLET"),
        ("\u3000\u3000－企业提供技术和市场信息；", "BULLET_CJK"),  # fixture 748
        ("示例市政府愿继续积极参与相关讨论，并与各方分享经验。", "TEXT_THANKS"),  # 749
        ("各国政府愿继续参与相关讨论。", ""),
        ("These are my own views and do not commit any organisation.", "TEXT_DISCLAIMER"),  # 750
        ("The views expressed in this paper are those of the author.", "TEXT_DISCLAIMER"),
        ("Ces opinions n'engagent que leur auteur.", "TEXT_DISCLAIMER"),
        ("Estas opiniones son personales.", "TEXT_DISCLAIMER"),
        ("These views are shared by many governments.", ""),
        ("Avec nos salutations citoyennes,", "SIGNOFF"),  # fixture 751
        ("Salutations fraternelles.", "SIGNOFF"),
        ("ويأمل المنتدى أن تسهم هذه المساهمة في إنجاح أعمال الفريق.", "TEXT_THANKS"),  # 755
        ("Agradecemos a las organizaciones aliadas que revisaron el borrador.", "TEXT_THANKS"),
        ("Agradecemos a nuestros socios su apoyo.", "TEXT_THANKS"),  # fixture 766
        ("These recommendations were discussed at our members' meeting.", "TEXT_THANKS"),  # 770
        ("The recommendations were adopted by consensus in Tunis.", ""),
        ("The full text is also available as a PDF (112 KB).", "TEXT_THANKS"),  # fixture 771
        ("(3.1) con becas para investigadores jóvenes;", "DOTTED_PAREN"),  # fixture 767
        ("(2.5 per cent of the budget)", ""),
        ("We would be happy to give more detail on any of the above.", "TEXT_THANKS"),  # 772
        ("We would welcome comments on this response.", "TEXT_THANKS"),  # fixture 773
        ("We would welcome a second session on this.", ""),
        ("La Asociación agradece a sus socios su apoyo.", "TEXT_THANKS"),  # fixture 774
        ("Au plaisir d'échanger avec le Groupe,", "TEXT_LOOKING_FORWARD"),  # fixture 777
        ("本中心愿意继续跟踪工作组的工作，并提供研究成果。", "TEXT_THANKS"),  # fixture 790
        ("Thank you to all members who commented on the draft.", "TEXT_THANKS"),  # 806
        ("We thank all members who commented on the draft.", "TEXT_THANKS"),
        ("For any clarification please contact the Director.", "TEXT_THANKS"),  # fixture 807
        ("Exampleland stands ready to engage constructively.", "TEXT_THANKS"),  # 816
        ("With thanks to the Group for its efforts.", "TEXT_THANKS"),  # fixture 817
        ("We thank our members in the three regions.", "TEXT_THANKS"),  # fixture 818
        ("感谢工作组给予本联盟发表意见的机会。", "TEXT_THANKS"),  # fixture 819
        ("如需进一步说明，请与联合会秘书处联系。", "TEXT_THANKS"),  # fixture 820
        ("Au plaisir,", "SIGNOFF"),  # fixture 824
        ("Au plaisir d'échanger avec vous,", "TEXT_LOOKING_FORWARD"),
        ("Quedamos a sus órdenes para cualquier aclaración.", "TEXT_THANKS"),  # fixture 825
        ("Agradecemos a la Presidencia del Grupo su conducción.", "TEXT_THANKS"),  # 832
        ("Agradecemos al Grupo de Trabajo la oportunidad de participar.", "TEXT_THANKS"),
        ("These remarks are offered in a personal capacity.", "TEXT_DISCLAIMER"),  # 833
        ("（完）\u3000责任编辑：陈示例", "SIGNOFF_END"),  # with its editor's credit
        ("本文仅代表作者个人观点。", "TEXT_DISCLAIMER"),  # fixture 809
        ("（本文作者为互联网治理研究者，电子邮箱：a@example.cn）", "TEXT_DISCLAIMER"),  # 808
        ("本文作者认为，加强合作应当透明。", ""),
        ("Looking forward to working with the Group.", "TEXT_LOOKING_FORWARD"),
        ("Looking forward to 2020, the Group should meet twice a year.", ""),
        ("We look forward to the Group's report.", ""),
        ("We look forward to working with the members of the Group.", "TEXT_LOOKING_FORWARD"),
        ("The CSTD will publish a detailed report every year.", ""),
        ("Полный текст Тунисской программы доступен на сайте ООН.", ""),
        ("с. 12 из 14", "NOISE_PAGE_OF"),
        (  # fixture 713
            "On behalf of the EIXF Steering Group, Jane Example, Chair",
            "TEXT_SIGNED_FOR",
        ),
        ("Au nom du Bureau, Marie Exemple, présidente", "TEXT_SIGNED_FOR"),
        ("On behalf of the Example Forum (EF), please find below our views.", ""),
        ("On behalf of the Government, I would like to thank the Chair.", ""),
        ("Our full paper, with references, will be published in January.", "TEXT_THANKS"),  # 724
        ("Comments are welcome at policy@example.org.", "TEXT_THANKS"),
        ("Полный текст вклада (PDF, 214 КБ) доступен по ссылке ниже.", "TEXT_THANKS"),
        ("Le texte intégral est disponible sur notre site.", "TEXT_THANKS"),
        ("The full text of the Tunis Agenda is available online.", ""),
        ("Comments are welcome, but governments decide.", ""),
        ("Best practices are shared.", ""),
        ("本院愿意与各方分享有关研究成果，并参加工作组后续的磋商。", "TEXT_THANKS"),  # 686
        ("Q2 / recommendations", "QKEY"),  # fixture 681
        ("Q2/3 of the list", ""),
        ("Download the full text of our written submission (PDF, 212 KB)", ""),  # six words
        ("Lire le texte complet (PDF, 1,2 Mo)", "NOISE_DOWNLOAD"),
        ("لقراءة النص بصيغة PDF اضغط هنا", "NOISE_DOWNLOAD"),  # fixture 601
        ("a.2. le second point", "DOTTED_LETTER"),  # fixture 604
        ("c.1.3 un point plus bas", "DOTTED_LETTER"),
        ("Thanks to everyone who commented.", "TEXT_THANKS"),  # fixture 620
        ("El Grupo agradece la oportunidad de contribuir a este proceso.", "TEXT_THANKS"),  # 637
        ("Центр благодарит Рабочую группу за внимание к его предложениям.", "TEXT_THANKS"),
        ("المحور الأول", "DASHNUM_PART"),  # fixture 628
        ("Part 2", "DASHNUM_PART"),
        ("[II] Recomendaciones", "NUMBER_SQUARE_BARE"),  # fixture 639
        ("[X] I consent to the publication of my response", ""),  # a ticked box, no number
        ("The Centre would welcome the opportunity to present its survey results.", "TEXT_THANKS"),
        ("We thank everyone who took part in our consultations.", "TEXT_THANKS"),  # fixture 647
        ("I am happy to answer any questions.", "TEXT_THANKS"),
        ("Надеюсь, эти заметки окажутся полезны.", "TEXT_THANKS"),  # fixture 657
        ("R3: Avoid any new mechanism that would duplicate existing bodies.", "NUMBER_LETTERED"),
        ("Thanks to the Tunis Agenda, governments act on an equal footing.", ""),
        ("研究所表示，将继续跟踪工作组的进展。", "TEXT_THANKS"),  # fixture 619
        ("والسلام عليكم ورحمة الله وبركاته.", "SIGNOFF"),  # fixture 617
        ("السلام عليكم ورحمة الله وبركاته، وبعد،", ""),  # the greeting that opens a letter
        ("p.12 of the report", ""),  # a page, no point
        ("Read the full report on our website.", ""),
        ("View the PDF version of the Tunis Agenda, paragraph 71, for the text.", ""),
    ],
)
def test_closing_sentences_links_and_lettered_points(line: str, terminal: str) -> None:
    assert markers.classify(line).terminal == terminal


@pytest.mark.parametrize(
    "line",
    [
        "Page 2 of 3",
        "Página 2 de 3",
        "Page 2 sur 3",
        "Страница 2 из 3",
        "الصفحة 1 من 2",
        "صفحة ٣ من ٥",
        "第 2 页",
        "第2页 共3页",
        "第 1 页（共 2 页）",
        "第 1 頁",  # in traditional characters
        "第 2 頁（共 3 頁）",
    ],
)
def test_page_numbers_in_the_six_languages_are_noise(line: str) -> None:
    assert markers.classify(line).kind == Kind.NOISE
    assert markers.classify(f"{line} of the report, continued").kind != Kind.NOISE


@pytest.mark.parametrize(
    "text",
    [
        "А. Иванов",  # an initial: Cyrillic letters number clauses in lower case
        "2-fold growth in access",  # a compound, not "2-" numbering a clause
        "A4 paper is the format",  # a letter and a number without a stop
        "P. 5 of the report",  # a page, not "P.5" for "Pregunta 5"
        "В 2016 году сеть выросла",  # the preposition "В", not "В1." for "Вопрос 1"
        "Ad hoc groups have a role",  # "ad hoc", not "Ad 1." for "as to 1"
        "对第二个问题的回答，我们将另行提交。",  # the answer to question 2 in a sentence
        "We are grateful to governments that consult widely.",  # thanks to no one here
        "3.e-commerce is growing",  # a number and a word, not "3.e" lettering a point
        "1.abc of the plan",
        "If you have views on policy, you know this.",
        "Government thanks everyone.",  # no one it thanks for anything
        "Vinaka vakalevu to all who helped us",  # thanks in a sentence that goes on
        "We trust that governments will act.",  # trust in no views of ours
        "Small States are grateful for the opportunity to grow.",  # no thanks for this one
    ],
)
def test_lines_that_look_numbered_stay_text(text: str) -> None:
    assert classify(text).kind == Kind.TEXT


def test_a_quoted_line_has_no_closing_chevrons() -> None:
    assert classify(">> Question 1 is about the characteristics").kind == Kind.QUOTE
    assert classify(">> Question 1 <<").kind == Kind.QKEY


def test_dr_in_arabic_reads_as_text_where_no_letter_follows_in_sequence() -> None:
    # "د." may number a clause ("أ." "ب." "ج." "د."), so the line is a section letter's
    # (as "A. Smith" is); alone, it is "Dr." and its line a paragraph.
    assert classify("د. خالد العبري").kind == Kind.DASHNUM
    text = (
        "1. ما هي الخصائص الرفيعة المستوى للتعاون المعزز؟\n\n"
        "د. خالد العبري يرى أن المنتدى السنوي هو الحل.\n"
    )
    question = wgec_parse.parse(text).questions[0]
    assert question.clauses == ()
    assert "خالد العبري" in question.answer_text


# -- openings of text: tried last, on lines of any length --------------------------------

_OPENINGS = [n for n, _ in markers.TERMINALS if markers.kind_of(n) == Kind.TEXT]


@pytest.mark.parametrize(
    ("line", "terminal"),
    [
        (
            "Please accept, Excellency, the assurances of my highest consideration, and "
            "of the Government's continued support for the work of the Working Group.",
            "TEXT_COURTESY",
        ),
        (
            "The Permanent Mission of the Republic of Ghana to the United Nations Office "
            "at Geneva avails itself of this opportunity to renew to the Secretariat the "
            "assurances of its highest consideration.",
            "TEXT_COURTESY",
        ),
        (
            "Je vous prie d'agréer, Monsieur le Président, l'expression de ma haute considération.",
            "TEXT_COURTESY",
        ),
        (
            "La Misión Permanente de Chile aprovecha la oportunidad para reiterar su consideración.",
            "TEXT_COURTESY",
        ),
        (
            "Постоянное представительство пользуется случаем, чтобы возобновить уверения.",
            "TEXT_COURTESY",
        ),
        ("وتغتنم البعثة الدائمة هذه الفرصة لتعرب عن فائق تقديرها.", "TEXT_COURTESY"),
        ("中国常驻日内瓦代表团借此机会向秘书处重申崇高的敬意。", "TEXT_COURTESY"),
        # Another band first: the number, the field.
        ("1. The Mission avails itself of this opportunity to renew its assurances.", "NUMBER_DOT"),
        ("Note: the Mission avails itself of this opportunity to renew its assurances.", "FIELD"),
        # A sentence ends before the formula; a sender's name in lower case.
        ("We note the Secretariat's work. The Mission avails itself of this opportunity.", None),
        ("the Mission avails itself of this opportunity to renew its assurances.", None),
        ("Please accept our answers to the questions below.", None),
    ],
)
def test_openings_are_tried_after_every_other_band(line: str, terminal: str | None) -> None:
    assert markers.match_terminal(line) == terminal
    assert lark_first_terminal(line) == (terminal or "TEXT")
    if terminal in _OPENINGS:
        assert classify(line)[:6] == (Kind.TEXT, "", "", "", line, "")


@functools.cache
def _opening_texts(name: str) -> st.SearchStrategy[str]:
    """Texts drawn from an opening's pattern, the strategy built once per opening (a large
    pattern, as TEXT_THANKS is, costs far more to build than to draw from)."""
    return st.from_regex(rf"\A(?:{_BY_NAME[name]})", fullmatch=False)


@pytest.mark.parametrize("name", _OPENINGS)
@settings(max_examples=min(settings().max_examples, 300))
@given(data=st.data())
def test_openings_are_read_as_larks_lexer_reads_them(name: str, data: st.DataObject) -> None:
    """Drawn from each opening, with anything after it: the classifier, which tries the
    openings only where no other band matched, agrees with lark's lexer."""
    text = data.draw(_opening_texts(name))
    if not text.strip():
        return
    assert (markers.match_terminal(text) or "TEXT") == lark_first_terminal(text)


# -- inline forms: searched for inside a flattened line ----------------------------------

_INLINE = dict(markers.INLINE_TERMINALS)

#: A sentence holding each inline form, and the text the form finds in it.
_INLINE_EXAMPLES = {
    "INLINE_PAGE_OF": ("the digital divide. Page 2 of 5 2. Taking into", "Page 2 of 5"),
    "INLINE_PAGE_CJK": ("加强合作。第 1 页（共 2 页） 二、建议", "第 1 页（共 2 页）"),
    "INLINE_PAGE_NUMBER": ("of all stakeholders. - 3 - Developing countries", "- 3 -"),
    "INLINE_PAGE_AT_END": ("remains available for any clarification. Page 2", "Page 2"),
    "INLINE_PAGE_DOWNLOAD": (
        "is discussed. Download the full submission (PDF, 184 KB) Tags: WGEC",
        "Download the full submission (PDF, 184 KB)",
    ),
    "INLINE_QUESTION_WORD": ("In answer to the second question, we", "question"),
    "INLINE_QUESTION_Q": ("policy makers. Q2 Taking into", "Q2"),
    "INLINE_MARKER_HINT": ("2.1 Governments", "2"),
    "INLINE_HEADING_HINT": ("Question 1: What", "Q"),
    "INLINE_DATED": (
        "(GTCR-2) Cuenca, 28 de diciembre de 2016 A) Características",
        ", 28 de diciembre de 2016",
    ),
}


def test_a_date_fields_value_ends_where_a_flattened_line_goes_on() -> None:
    text = "Submitted by: Ministry Date: 30 December 2016 PART ONE. Characteristics"
    m = markers.inline_patterns("INLINE_DATED")["INLINE_DATED"].search(text)
    assert m is not None
    assert m.group() == "Date: 30 December 2016"


@pytest.mark.parametrize("name", sorted(_INLINE))
def test_every_inline_terminal_is_found_by_an_example(name: str) -> None:
    text, found = _INLINE_EXAMPLES[name]
    prefix = name.rsplit("_", 1)[0]
    patterns = markers.inline_patterns(prefix)
    assert name in patterns
    m = patterns[name].search(text) if not name.endswith("_HINT") else patterns[name].match(text)
    assert m is not None
    assert m.group() == found
    assert lark_first_terminal(text) == (markers.match_terminal(text) or "TEXT")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("as noted on page 2 of the report", None),  # the key word with its capital
        ("Page 2 and the rest", None),  # no total
        ("in 2015-2016 and 2017", None),  # a range, not dashes on both sides
        ("Estrategia nacional. Página 3 de 9 Las cuestiones", "Página 3 de 9"),
        ("Страница 4 из 7", "Страница 4 из 7"),
        ("не менее важны,  стр. 1 из 2", "стр. 1 из 2"),  # fixture 567
        ("a courtesy. Example – WGEC-2 – page 1 of 2", "page 1 of 2"),  # fixture 612
        ("on page 1 of 2 of the report", None),  # "page" in lower case in a sentence
        ("الصفحة 1 من 2", "الصفحة 1 من 2"),
        ("第2页 共3页", "第2页 共3页"),
        ("合作。第 2 頁（共 3 頁） 二、", "第 2 頁（共 3 頁）"),
        ("— 12 —", "— 12 —"),
    ],
)
def test_inline_page_furniture(text: str, found: str | None) -> None:
    spans = [
        m.group() for p in markers.inline_patterns("INLINE_PAGE").values() for m in p.finditer(text)
    ]
    assert spans == ([] if found is None else [found])


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("Réponse à la QUESTION 2 du groupe", True),
        ("Las cuestiones de gobernanza", True),
        ("По второму Вопросу", True),
        ("关于第1题", True),
        ("الإجابة على السؤال الأول", True),
        ("See Q2 below", True),
        ("Quality and quantity of access", False),
        ("The questionnaire", True),  # a stem: the gate is wide, the headings decide
        ("Q&A session in q2", False),
    ],
)
def test_the_inline_question_keyword(text: str, holds: bool) -> None:
    """The word is searched for in the case-folded line, "Q" and its digit as written."""
    patterns = markers.inline_patterns("INLINE_QUESTION")
    assert sorted(patterns) == ["INLINE_QUESTION_Q", "INLINE_QUESTION_WORD"]
    word = patterns["INLINE_QUESTION_WORD"].search(text.casefold())
    q = patterns["INLINE_QUESTION_Q"].search(text)
    assert (word is not None or q is not None) is holds


def test_the_inline_question_word_is_written_case_folded() -> None:
    word = _INLINE["INLINE_QUESTION_WORD"]
    assert word == word.casefold()


_INLINE_PAGES = [n for n in sorted(_INLINE) if n.startswith("INLINE_PAGE")]


@pytest.mark.parametrize("name", _INLINE_PAGES)
@settings(max_examples=min(settings().max_examples, 300))
@given(data=st.data())
def test_inline_page_furniture_is_whole_line_noise(name: str, data: st.DataObject) -> None:
    """Stricter than the whole-line terminals: page furniture found inside a line is a
    page-number line on its own, for the classifier and for lark's lexer."""
    text = data.draw(st.from_regex(rf"\A(?:{_INLINE[name]})\Z", fullmatch=True))
    found = markers.match_terminal(text)
    assert found is not None
    assert markers.kind_of(found) == Kind.NOISE
    assert lark_first_terminal(text) == found


@pytest.mark.parametrize("name", sorted(_INLINE))
@settings(max_examples=min(settings().max_examples, 50))
@given(data=st.data())
def test_no_line_is_read_as_an_inline_terminal(name: str, data: st.DataObject) -> None:
    text = data.draw(st.from_regex(rf"\A(?:{_INLINE[name]})", fullmatch=False))
    first = lark_first_terminal(text)
    assert not first.startswith("INLINE_")
    assert (markers.match_terminal(text) or "TEXT") == first


# The hints say where a marker may start inside a flattened line; the classifier decides.
# These marker terminals are always hinted, at a boundary and after white space; the
# others only in part (below).
_AT_BOUNDARY = [
    n
    for n, _ in _MARKER_TERMINALS
    if n
    not in (
        "QKEY",
        "QKEY_ANSWER",
        "QKEY_ON",
        "QKEY_WORD_ORDINAL",
        "QKEY_ON_ORDINAL",
        "NUMBER_SECTION_SIGN",
        "BULLET_SECTION_SIGN",  # a lost Word glyph before a tab: lines of their own only
        "BULLET",
        "BULLET_CJK",
        "DOTTED_SQUARE",
        "DOTTED_PAREN",  # inside a line, a cited paragraph's number more often
        "NUMBER_SQUARE",
        "QUOTE",
        "QKEY_PAREN",
        "QKEY_NUMBER_ORDINAL",
        "NUMBER_CIRCLED",  # inside a line, a note's mark more often than a clause's
        "DASHNUM_SECTION_FULLWIDTH",  # "A．" read on lines of their own only
        "NUMBER_LETTERED",
        "DASHNUM_LETTERED",
        "QKEY_LETTER",
        "NUMBER_SPANISH_ORDINAL",
        # Read on lines of their own only.
        "NUMBER_SQUARE_BARE",  # inside a line, a note's mark
        "QKEY_CYRILLIC_ABBREVIATION",
        "QKEY_CHEVRON",
        "QKEY_AD",
        "QKEY_ANSWER_NUMBER",
    )
]
_AFTER_WHITE_SPACE = [
    n
    for n in _AT_BOUNDARY
    if markers.kind_of(n) in (Kind.NUMBER, Kind.DASHNUM)
    and n
    not in (
        "NUMBER_ARABIC_ORDINAL",
        "DASHNUM_SECTION",
        "DASHNUM_SECTION_ABJAD",
        "DASHNUM_SECTION_CYRILLIC",
        "DASHNUM_PART",  # part words are looked for at a boundary only
        "DASHNUM_PART_CJK",
    )
]


@pytest.mark.parametrize(
    ("hint", "name"),
    [("INLINE_MARKER_HINT", n) for n in _AT_BOUNDARY]
    + [("INLINE_HEADING_HINT", n) for n in _AFTER_WHITE_SPACE],
)
# Forty-odd pairs: 50 examples each.
@settings(max_examples=min(settings().max_examples, 50))
@given(data=st.data())
def test_the_hints_cover_these_markers(hint: str, name: str, data: st.DataObject) -> None:
    text = data.draw(st.from_regex(rf"\A(?:{_BY_NAME[name]})", fullmatch=False))
    assert markers.inline_patterns(hint)[hint].match(text) is not None


@pytest.mark.parametrize(
    ("text", "at_boundary", "after_white_space"),
    [
        ("Question 1: What", True, True),
        ("Response to Question 1: What", True, False),
        ("Q1. What", True, True),
        ("GQ1. What", True, True),  # a guiding question's key (fixture 546)
        ("第二个问题：考虑到", True, True),
        ("س٢: مع مراعاة", True, False),
        ("B. What", True, False),
        ("أولاً: ما هي", True, False),
        ("Item 1 - What", False, True),  # after white space, by its "I"
        # At a boundary and after white space, by its ordinal or its lead word: where
        # a wording follows, a heading wherever it stands (fixture 437).
        ("PRIMERA PREGUNTA", True, True),
        ("Guiding question 1 - What", True, True),
        ("Part 2: Recommendations", True, False),  # at a boundary, by its part word
        # A number in square brackets at a boundary, a heading where a topic title
        # and a sentence follow it (fixture 521); a note's mark inside a sentence.
        ("[1] Characteristics of enhanced cooperation", True, False),
        # A letter closed by a full-width bracket, at a boundary (fixture 530).
        ("a）联合国", True, False),
        # Not looked for inside a flattened line.
        ("§2 Принимая во внимание", False, False),
    ],
)
def test_what_the_hints_cover_in_part(
    text: str, at_boundary: bool, after_white_space: bool
) -> None:
    assert markers.match_terminal(text) is not None
    boundary = markers.inline_patterns("INLINE_MARKER_HINT")["INLINE_MARKER_HINT"]
    heading = markers.inline_patterns("INLINE_HEADING_HINT")["INLINE_HEADING_HINT"]
    assert (boundary.match(text) is not None) is at_boundary
    assert (heading.match(text) is not None) is after_white_space


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("От:Калининградского института права", Kind.FIELD),
        ("To:Chair of the Working Group", Kind.FIELD),
        ("الموضوع:الرد على الأسئلة", Kind.FIELD),
        ("Date:26/12/2016", Kind.FIELD),
        ("note:that is all we say", Kind.TEXT),  # a word in lower case after it: prose
    ],
)
def test_a_field_name_may_run_into_a_capitalised_value(line: str, kind: str) -> None:
    assert classify(line).kind == kind


@pytest.mark.parametrize(
    ("line", "terminal"),
    [
        ("| Country | Online public services used (% of adults) |", "TEXT_TABLE_ROW"),
        ("|cell", "TEXT_TABLE_ROW"),
        ("|---|---|", "TEXT_TABLE_RULE"),
        ("| :-- | --: | :-: |", "TEXT_TABLE_RULE"),
        ("--- | ---", "TEXT_TABLE_RULE"),
        ("|---|", "TEXT_TABLE_RULE"),
        ("Page 2 | Report", None),
        ("a | b", None),
        ("---", "NOISE_RULE"),
        ("--- a | ---", None),
        ("1 | Page", "NOISE_PAGE_BAR"),
    ],
)
def test_table_lines(line: str, terminal: str | None) -> None:
    """A line that opens with "|" is a row, a run of hyphens between "|" a delimiter
    row; a "|" inside a line makes no row."""
    assert markers.classify(line).terminal == (terminal or "")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("PREGUNTA A: ¿Cuáles son", Kind.QKEY),
        ("Question B - Recommendations", Kind.QKEY),
        ("Item A: budget lines", Kind.FIELD),  # a lettered item is no question
        ("Q A session was held in Geneva", Kind.TEXT),
        ("Pregunta a los miembros: la consulta", Kind.FIELD),  # a lower-case word
    ],
)
def test_a_question_is_lettered_only_after_the_keyword_spelled_out(line: str, kind: str) -> None:
    assert classify(line).kind == kind


def test_a_courtesy_formula_cut_by_a_wrap_is_read_at_the_line_end_only() -> None:
    assert markers.match_terminal("The Mission of Examplia avails") == "TEXT_COURTESY"
    assert markers.match_terminal("The Mission of Examplia avails itself of this") == (
        "TEXT_COURTESY"
    )
    assert markers.match_terminal("The Mission of Examplia avails itself of more") is None
    assert markers.match_terminal("It is decided. The Mission avails") is None


@pytest.mark.parametrize(
    "text",
    ["Answer 1\tThe Secretariat serves", "Response 63 of 118 - WGEC-2", "Answer 12345"],
)
def test_an_answer_word_and_number_without_a_stop_is_no_heading(text: str) -> None:
    assert markers.match_terminal(text) != "QKEY_ANSWER_NUMBER"


def test_a_sign_off_keeps_at_most_three_spaces_before_its_stop() -> None:
    # A long run of spaces before the stop would take a sign-off past the noise band's
    # bound (a counterexample the bands' property once drew).
    signoff = re.compile(_BY_NAME["SIGNOFF"])
    assert signoff.match("nos meilleures salutations distinguées" + "\u00a0" * 32 + ".") is None
    assert signoff.match("nos meilleures salutations distinguées\u00a0\u00a0\u00a0.") is not None
