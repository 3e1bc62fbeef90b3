"""Flattened lines: a page or a form on one physical line, read as segments."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given, settings

import wgec_parse
from tests.conftest import FIXTURES
from wgec_parse import JsonError, from_json, parse, render, to_json, validate
from wgec_parse.nodes import Line, iter_lines, renumber
from wgec_parse.segments import FLATTENED_MIN, INLINE_MIN, is_flattened, segment
from wgec_parse.strategies import FlattenedText, flattened_texts

Q1 = "What are the high level characteristics of enhanced cooperation?"
Q2 = (
    "Taking into consideration the work of the previous WGEC and the Tunis Agenda, "
    "particularly paragraphs 69-71, what kind of recommendations should we consider?"
)
SENTENCES = (
    "Enhanced cooperation brings governments and stakeholders together. "
    "It works on the public policy issues of the Internet. "
)


def segments_of(doc: wgec_parse.Document) -> list[Line]:
    return [line for line in iter_lines(doc) if type(line) is Line]


def flat(*parts: str) -> str:
    """One physical line made of ``parts`` joined by single spaces, with a line end."""
    return " ".join(parts) + "\n"


# -- which lines are flattened ------------------------------------------------------------


def test_a_long_paragraph_without_inline_structure_is_not_flattened() -> None:
    paragraph = SENTENCES * 6  # about 700 characters, a dozen sentences
    assert INLINE_MIN < len(paragraph) < FLATTENED_MIN
    assert not is_flattened(paragraph)
    doc = parse(paragraph + "\n")
    assert len(segments_of(doc)) == 1
    assert [d.code for d in validate(doc) if d.code == "flattened-text"] == []


def test_a_very_long_line_of_sentences_is_flattened_even_without_structure() -> None:
    paragraph = SENTENCES * 20
    assert len(paragraph) >= FLATTENED_MIN
    assert is_flattened(paragraph)


def test_a_very_long_line_without_sentence_ends_is_not() -> None:
    assert not is_flattened("word " * 1000)


def test_a_line_with_a_question_heading_inside_it_is_flattened() -> None:
    line = f"Our input. {SENTENCES}1. {Q1} {SENTENCES}"
    assert is_flattened(line)


_AROUND = (
    "We thank the Secretariat for the invitation. Our views follow. They are brief. {} "
    "We recommend a working group open to all stakeholders on equal footing, with a clear "
    "mandate and a report within two years."
)


@pytest.mark.parametrize(
    ("inside", "flattened"),
    [
        # A keyword heading in any case, or "Q" and its number (INLINE_QUESTION_*).
        ("QUESTION 2: Taking into consideration the work of the previous WGEC.", True),
        ("Q2. Taking into consideration the work of the previous WGEC.", True),
        # Page furniture inside a sentence needs its key word's capital and its total,
        # or dashes on both sides (INLINE_PAGE_*).
        ("Página 2 de 5", True),
        ("第 1 页（共 2 页）", True),
        ("- 3 -", True),
        ("－3－", True),  # between full-width hyphens (fixture 670)
        ("as noted on page 2 of 5 in the annex.", False),
        ("see 2015-2016 - 3 of them.", False),
    ],
)
def test_headings_and_page_furniture_inside_a_line_are_the_grammars(
    inside: str, flattened: bool
) -> None:
    assert is_flattened(_AROUND.format(inside)) is flattened


def test_a_heading_at_the_start_of_its_line_with_the_answer_after_it_is_not() -> None:
    # A heading and its answer on one line is an ordinary layout, read as before.
    line = f"1. {Q1} {SENTENCES}{SENTENCES}"
    assert not is_flattened(line)
    assert segment([line], ["\n"]) is None


def test_no_line_is_cut_in_ordinary_text() -> None:
    assert segment(["1. " + Q1, "Short answer."], ["\n", "\n"]) is None


# -- where lines are cut --------------------------------------------------------------------


def test_an_english_page_on_one_line_reads_as_questions_clauses_and_closing() -> None:
    text = flat(
        "Submitted by: Example Institute Date: 5 December 2016",
        f"1. {Q1}",
        "We see three characteristics: (1) openness to all stakeholders; (2) transparency",
        "of documents; (3) accountability to users. That is all.",
        f"2. {Q2}",
        "We recommend the following. 2.1 Map the existing mechanisms.",
        "2.2 Propose a forum for the gaps.",
        "Contact: Jane Doe, jane@example.org",
    )
    doc = parse(text)
    assert render(doc) == text
    assert [f.name for f in doc.front_matter.fields] == ["Submitted by", "Date"]
    assert doc.submitted_by == "Example Institute"
    assert [q.number for q in doc.questions] == ["1", "2"]
    assert doc.questions[0].title == Q1
    assert doc.questions[1].title == Q2
    assert [c.marker for c in doc.questions[0].clauses] == ["(1)", "(2)", "(3)"]
    assert doc.questions[0].clauses[2].text == "accountability to users. That is all."
    assert [c.number for c in doc.questions[1].clauses] == ["2.1", "2.2"]
    assert doc.closing is not None
    assert [f.name for f in doc.closing.fields] == ["Contact"]
    assert "Jane Doe" not in doc.questions[1].answer_text


def test_numbers_inside_sentences_are_never_cuts() -> None:
    text = flat(
        f"Our input. 1. {Q1}",
        "Paragraphs 69 to 71 matter, and 2.9 billion people are not connected.",
        "In 2015. 2.9 billion people were offline. We recall section 3. 4. It goes on.",
        SENTENCES * 2,
    )
    doc = parse(text)
    (question,) = doc.questions
    assert question.clauses == ()
    assert len(question.paragraphs) == 1
    assert "2.9 billion people were offline" in question.answer_text


def test_a_clause_marker_alone_is_no_sequence() -> None:
    text = flat(f"Intro text here. 1. {Q1}", SENTENCES, "(1) A lone number.", SENTENCES)
    doc = parse(text)
    assert doc.questions[0].clauses == ()


def test_a_glyph_opening_two_items_or_more_starts_a_bullet_each() -> None:
    text = flat(
        f"Our input. 1. {Q1} We see three traits:",
        "• equality of governments; • the roles of stakeholders; • existing bodies.",
        SENTENCES,
    )
    (question,) = parse(text).questions
    items = question.bullets
    assert [item.lines[0].text for item in items] == [
        "equality of governments;",
        "the roles of stakeholders;",
        "existing bodies. " + SENTENCES.rstrip(),
    ]
    assert {item.lines[0].marker for item in items} == {"•"}


@pytest.mark.parametrize(
    "items",
    [
        "• one glyph alone is text; and so it stays.",
        "o una cosa; o la otra; o ninguna.",  # "o" is a word
        "• a first item; ▪ a second, of another glyph.",
    ],
)
def test_a_glyph_met_once_in_a_line_is_text(items: str) -> None:
    text = flat(f"Our input. 1. {Q1} We see:", items, SENTENCES)
    (question,) = parse(text).questions
    assert question.bullets == ()
    assert items in question.answer_text


def test_a_heading_without_its_question_mark_ends_with_its_wording() -> None:
    wording = Q2.rstrip("?")
    text = flat(f"Our input. 1. {Q1}", SENTENCES, f"2. {wording} We recommend a forum.", SENTENCES)
    q2 = parse(text).questions[1]
    assert q2.title == wording
    assert q2.answer_text.startswith("We recommend a forum.")


def test_a_paraphrased_heading_without_its_question_mark_ends_at_its_full_stop() -> None:
    title = "Taking into consideration the work of the previous WGEC, what should be done."
    text = flat(f"Our input. 1. {Q1}", SENTENCES, f"2. {title} We recommend a forum.", SENTENCES)
    q2 = parse(text).questions[1]
    assert q2.title == title
    assert q2.answer_text.startswith("We recommend a forum.")


def test_page_furniture_and_running_header_are_noise_where_they_fall() -> None:
    header = "Example Institute input to the WGEC"
    text = flat(
        header,
        f"Note. 1. {Q1}",
        "Enhanced cooperation should report to the",
        "Page 1 of 2",
        header,
        "Commission every year. It should be open.",
        f"2. {Q2}",
        "We recommend a light forum. It should be open.",
        "Page 2 of 2",
    )
    doc = parse(text)
    assert render(doc) == text
    q1, q2 = doc.questions
    (paragraph,) = q1.paragraphs
    assert [n.text for n in paragraph.noise] == ["Page 1 of 2", header]
    # The sentence runs on over the page break.
    assert paragraph.text == (
        "Enhanced cooperation should report to the Commission every year. It should be open."
    )
    assert [n.text for n in q2.paragraphs[0].noise] == ["Page 2 of 2"]


def test_the_white_space_at_a_cut_ends_the_segment_before_it() -> None:
    text = flat(f"Intro.   1. {Q1}  (1) a first point;  (2) a second point.", SENTENCES)
    doc = parse(text)
    lines = segments_of(doc)
    assert lines[0].text == "Intro."
    assert lines[0].trailing_ws == "   "
    assert lines[1].indent == ""
    assert lines[1].marker == "1."
    assert all(line.eol == "" for line in lines[:-1])
    assert lines[-1].eol == "\n"
    assert {line.line for line in lines} == {1}


def test_a_chinese_page_without_spaces() -> None:
    text = flat(
        "提交单位：示例研究所 日期：2016年12月",
        "一、加强合作的高层次特征是什么？我们认为加强合作是各方在与互联网有关的国际公共政策问题上共同工作的方式，"
        "它应当具有以下特征：（一）开放，各利益攸关方都能参与；（二）透明，文件及时公布；（三）负责，"
        "向所有互联网用户负责。这些都很重要。",
        "二、考虑到上一届加强合作工作组的工作和《突尼斯议程》，特别是第69至71段，我们应考虑哪些建议？"
        "我们建议设立论坛。联系人：王明",
    )
    doc = parse(text)
    assert render(doc) == text
    assert [f.name for f in doc.front_matter.fields] == ["提交单位", "日期"]
    assert [q.number for q in doc.questions] == ["1", "2"]
    assert [c.marker for c in doc.questions[0].clauses] == ["（一）", "（二）", "（三）"]
    assert doc.closing is not None
    assert doc.closing.fields[0].value == "王明"


@pytest.mark.parametrize(
    ("first", "second"),
    [("第1题：", "第2题："), ("第一个问题：", "第二个问题：")],
)
def test_keyword_headings_with_the_ordinal_first_are_cut_inside_a_line(
    first: str, second: str
) -> None:
    text = flat(
        "本页为研究所的意见全文。我们感谢委员会的邀请，并愿意就两个问题分享我们的看法。"
        "以下是我们的答复，供工作组参考。"
        f"{first}加强合作的高层次特征是什么？我们认为各国政府应当在平等基础上履行其作用和职责。"
        "各利益攸关方也应当能够按照各自的作用参与讨论。增强合作还应当围绕具体问题展开。"
        f"{second}我们应考虑哪些建议？我们建议设立常设论坛，并向所有利益攸关方开放。"
        "我们还建议相关国际组织每年报告其落实情况，报告应在网上公开。",
    )
    doc = parse(text)
    assert render(doc) == text
    assert [(q.number, q.marker.strip()) for q in doc.questions] == [
        ("1", first.strip()),
        ("2", second.strip()),
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [("[Question 1]", "[Question 2]"), ("[Q1]", "[Q2]"), ("[Pregunta 1]", "[Pregunta 2]")],
)
def test_keyword_headings_in_square_brackets_are_cut_inside_a_line(first: str, second: str) -> None:
    text = flat(
        "The Example Council sends its views on the two guiding questions, as follows.",
        f"{first} {Q1} Cooperation is open to all stakeholders. It is also transparent.",
        f"{second} {Q2} We recommend a regular review by the Commission.",
    )
    doc = parse(text)
    assert render(doc) == text
    assert [(q.number, q.marker) for q in doc.questions] == [("1", first), ("2", second)]
    assert doc.questions[0].title == Q1


def test_guiding_question_keys_are_cut_inside_a_line() -> None:
    """A guiding question's key ("GQ1.") before a question's wording opens the heading:
    it is no end of the sentence before it (fixture 546)."""
    path = FIXTURES / "styles" / "546_guiding_question_keys_inside_a_flattened_page.txt"
    text = path.read_text("utf-8")
    doc = parse(text)
    assert render(doc) == text
    assert [(q.number, q.marker) for q in doc.questions] == [("1", "GQ1."), ("2", "GQ2.")]
    assert doc.front_matter is not None
    cover = render(doc.front_matter)
    assert cover.rstrip().endswith("round table of 2 December 2016."), cover


@pytest.mark.parametrize(
    "courtesy",
    [
        "The Permanent Mission of the Republic of Examplia to the United Nations Office at"
        " Geneva avails itself of this opportunity to renew the assurances of its highest"
        " consideration.",
        "La Mission permanente de la République d'Exemplia saisit cette occasion pour"
        " renouveler les assurances de sa haute considération.",
    ],
)
def test_a_courtesy_close_after_the_last_clause_starts_the_closing(courtesy: str) -> None:
    text = flat(
        "The Permanent Mission of the Republic of Examplia presents its compliments.",
        f"1. {Q1} Cooperation is open to all stakeholders.",
        f"2. {Q2} We recommend: a) an annual report; b) a forum for the gaps.",
        courtesy,
        "Geneva, 20 December 2016",
    )
    doc = parse(text)
    assert render(doc) == text
    last = doc.questions[1].clauses[-1]
    assert last.text == "a forum for the gaps."
    assert doc.closing is not None
    assert [p.text for p in doc.closing.paragraphs] == [courtesy, "Geneva, 20 December 2016"]


@pytest.mark.parametrize(
    ("marker", "topics", "points"),
    [
        ("Issue {n}.", ("Characteristics of enhanced cooperation", "Recommendations"), "({i})"),
        ("Часть {n}.", ("Характеристики", "Рекомендации"), "{n}.{k}"),
        ("{n}.", ("Characteristics", "Recommendations"), "{a})"),
    ],
)
def test_a_topic_title_ends_before_the_first_point_of_its_answer(
    marker: str, topics: tuple[str, str], points: str
) -> None:
    def point(n: int, k: int) -> str:
        return points.format(n=n, k=k, i="i" * k, a="ab"[k - 1])

    def page(n: int, title: str) -> str:
        heading = marker.format(n=n)
        return f"{heading} {title} {point(n, 1)} Open to all. {point(n, 2)} Reported yearly."

    intro = "The Example Council answers the guiding questions. It met twice in 2016. Its members agreed."
    text = flat(intro, page(1, topics[0]), page(2, topics[1]))
    assert is_flattened(text.rstrip("\n"))
    doc = parse(text)
    assert render(doc) == text
    assert [q.title for q in doc.questions] == list(topics)
    for n, question in enumerate(doc.questions, 1):
        assert [c.marker for c in question.clauses] == [point(n, 1), point(n, 2)]
        assert [c.text for c in question.clauses] == ["Open to all.", "Reported yearly."]
    # A title that names no topic heads nothing: the line is not even flattened.
    other = flat(intro, page(1, "Our members"), page(2, "Our partners"))
    assert not is_flattened(other.rstrip("\n"))
    assert parse(other).questions == ()


def test_other_lines_keep_their_numbers_and_endings() -> None:
    text = "Cover title\r\n\r\n" + flat(f"Intro. 1. {Q1}", SENTENCES * 2).replace("\n", "\r\n")
    text += "Last line\r\n"
    doc = parse(text)
    assert render(doc) == text
    numbers = [(line.line, line.offset, line.eol) for line in segments_of(doc)]
    assert numbers[0] == (1, 0, "\r\n")
    assert numbers[1] == (3, 0, "")
    assert numbers[2][0] == 3
    assert numbers[2][1] == len("Intro. ")
    assert numbers[-2][2] == "\r\n"
    assert numbers[-1] == (4, 0, "\r\n")


# -- positions and findings -----------------------------------------------------------------


def test_a_segment_knows_its_columns() -> None:
    text = flat(f"Intro. 1. {Q1}", SENTENCES * 2)
    line = segments_of(parse(text))[1]
    assert line.offset == len("Intro. ")
    assert line.start.column == len("Intro. ") + 1
    assert line.text_column == len("Intro. 1. ") + 1
    assert line.end.column == len(f"Intro. 1. {Q1}") + 1


def test_flattened_text_finding_spans_the_physical_line_and_says_what_happened() -> None:
    text = flat(f"Intro. 1. {Q1}", SENTENCES, f"2. {Q2}", SENTENCES)
    doc = parse(text)
    (finding,) = [d for d in validate(doc) if d.code == "flattened-text"]
    assert (finding.line, finding.column) == (1, 1)
    assert (finding.end_line, finding.end_column) == (1, len(text.rstrip("\n").rstrip()) + 1)
    assert f"{len(text) - 1:,} characters" in finding.message
    assert f"read in {len(segments_of(doc))} pieces" in finding.message


def test_a_finding_on_a_segment_has_its_column_in_the_physical_line() -> None:
    third = "3. Is there anything else you wish to add?"
    text = flat(f"Intro. 1. {Q1}", SENTENCES, f"2. {Q2}", SENTENCES, third, SENTENCES)
    (finding,) = [d for d in validate(parse(text)) if d.code == "unknown-question"]
    assert finding.line == 1
    assert finding.column == text.index(third) + 1
    assert finding.end_column == text.index(third) + len(third) + 1


# -- JSON and renumbering -------------------------------------------------------------------


def _flat_doc() -> tuple[str, wgec_parse.Document]:
    text = flat(f"Intro. 1. {Q1}", SENTENCES, f"2. {Q2}", "(1) one; (2) two.")
    return text, parse(text)


def test_segments_round_trip_through_json_with_their_offsets() -> None:
    text, doc = _flat_doc()
    data = json.loads(to_json(doc))
    assert "offset" in json.dumps(data)
    assert from_json(to_json(doc)) == doc
    assert render(from_json(to_json(doc))) == text


def test_an_ordinary_line_writes_no_offset() -> None:
    assert "offset" not in to_json(parse("1. " + Q1 + "\nAnswer.\n"))


def _lines_in_json(data: object) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if item.get("type") == "line" or ("eol" in item and "text" in item):
                found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def test_from_json_refuses_an_offset_that_does_not_match_the_text() -> None:
    _, doc = _flat_doc()
    data = json.loads(to_json(doc))
    segment = next(line for line in _lines_in_json(data) if line.get("offset"))
    segment["offset"] = int(str(segment["offset"])) + 1
    with pytest.raises(JsonError, match=r"offset .* does not match the text"):
        from_json(json.dumps(data))


def test_from_json_refuses_an_offset_on_a_whole_line() -> None:
    data = json.loads(to_json(parse("1. " + Q1 + "\nAnswer.\n")))
    line = _lines_in_json(data)[0]
    line["offset"] = 3
    with pytest.raises(JsonError, match="only a segment"):
        from_json(json.dumps(data))


def test_from_json_refuses_a_cut_that_parse_would_not_make() -> None:
    # Two lines of an ordinary answer joined as the segments of one physical line: the
    # text renders, but parse reads it as one line, so the tree is refused.
    doc = parse(f"1. {Q1}\nFirst sentence of the answer.\nSecond one.\n")
    (paragraph,) = doc.questions[0].paragraphs
    first, second = paragraph.lines
    assert type(first) is Line
    assert type(second) is Line
    width = len(first.indent) + len(first.content) + len(first.trailing_ws)
    joined = attrs.evolve(
        paragraph,
        lines=(
            attrs.evolve(first, eol="", trailing_ws=" "),
            attrs.evolve(second, line=2, offset=width + 1),
        ),
    )
    question = attrs.evolve(doc.questions[0], body=(joined,))
    bad = attrs.evolve(doc, questions=(question,))
    with pytest.raises(JsonError):
        from_json(to_json(bad))
    assert from_json(to_json(bad), reparse=False) == bad  # the positions are consistent


def test_renumber_keeps_segments_on_their_line_and_mends_offsets() -> None:
    _, doc = _flat_doc()
    assert renumber(doc) == doc
    q = doc.questions[1]
    head = q.lines[0]
    assert type(head) is Line
    broken = attrs.evolve(
        doc,
        questions=(doc.questions[0], attrs.evolve(q, lines=(attrs.evolve(head, offset=0),))),
    )
    assert renumber(broken) == doc


# -- generated flattened text ---------------------------------------------------------------


# Each example builds and reads a whole page: 300 take about 8 s, the CI profile's 2,000
# took 50 s.
@settings(max_examples=min(settings().max_examples, 300))
@given(flattened_texts())
def test_generated_flattened_text_reads_as_it_was_written(case: FlattenedText) -> None:
    doc = parse(case.text)
    assert render(doc) == case.text
    front = doc.front_matter.fields if doc.front_matter is not None else ()
    assert tuple(f.name for f in front) == case.fields
    assert tuple(q.number for q in doc.questions) == case.questions
    assert tuple(tuple(c.marker for c in q.clauses) for q in doc.questions) == case.clauses
    closing = doc.closing.fields if doc.closing is not None else ()
    assert [f.name for f in closing] == (["Contact"] if case.contact else [])
    assert from_json(to_json(doc)) == doc
    assert renumber(doc) == doc
    assert [d.code for d in validate(doc)].count("flattened-text") == 1


def test_one_topic_phrase_alone_in_a_flattened_line_is_no_heading() -> None:
    # Two topic headings make a page's structure; one such phrase may be a subject.
    fixture = (FIXTURES / "styles" / "131_flattened_topic_headings.txt").read_text("utf-8")
    assert len(wgec_parse.parse(fixture).questions) == 2
    one = fixture.replace("High level characteristics We see", "We see")
    assert [q.title for q in wgec_parse.parse(one).questions] == []


def test_a_topic_title_does_not_end_inside_its_brackets() -> None:
    # "Agenda paragraphs" opens no sentence inside the brackets that close the title.
    text = flat(
        "The Example Network answers the guiding questions. It met twice in 2016.",
        f"1) {Q1} A. Open to all. B. Reported yearly.",
        "2) Recommendations (Tunis Agenda paragraphs 69-71) A. Recommend that governments"
        " consult operators. B. Recommend a review in 2019.",
    )
    doc = parse(text)
    assert render(doc) == text
    assert doc.questions[1].title == "Recommendations (Tunis Agenda paragraphs 69-71)"
    assert [c.marker for c in doc.questions[1].clauses] == ["A.", "B."]


@pytest.mark.parametrize(
    ("fixture", "markers"),
    [
        # "... 2016 س1: ما هي ...؟": a keyword run on from a date field
        ("787_flattened_keyword_after_a_dated_field_ar", ["س1:", "س2:"]),
        # "... of the Government of Exampleland A. What are ...?": a letter after a title
        ("831_flattened_letter_before_the_wording_after_a_title", ["A.", "B."]),
    ],
)
def test_a_marker_run_on_before_a_wording_opens_its_heading(
    fixture: str, markers: list[str]
) -> None:
    text = (FIXTURES / "styles" / f"{fixture}.txt").read_text(encoding="utf-8")
    assert [question.marker for question in parse(text).questions] == markers


def test_a_flattened_titles_bracketed_question_number_is_no_point() -> None:
    # "Characteristics (guiding question 1) (a) ...": "1)" closes the title's bracket.
    text = (
        "EXAMPLE POLICY OFFICE We answer the second guiding question first. "
        "Part One – Recommendations (guiding question 2) (a) The Working Group should "
        "recommend an overview of where public policy issues are addressed. (b) It should "
        "recommend attention for landlocked countries. Part Two – Characteristics (guiding "
        "question 1) (a) Enhanced cooperation takes place among governments, on an equal "
        "footing. (b) It involves all stakeholders. (c) It is a continuing process.\n"
    )
    doc = parse(text)
    assert render(doc) == text
    assert [q.title for q in doc.questions] == [
        "Recommendations (guiding question 2)",
        "Characteristics (guiding question 1)",
    ]
    assert [c.number for c in doc.questions[1].clauses] == ["a", "b", "c"]
