"""Question rules and question sets: matching, wording, loading from TOML and JSON."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import wgec_parse
from wgec_parse.answers import question_match
from wgec_parse.numbering import referenced_number
from wgec_parse.questions import (
    WGEC2,
    QuestionSetError,
    best_similarity,
    folded_words,
    load_question_set,
    match_code,
    match_restated,
    match_wording,
    matching_words,
    question_set,
    wording_similarity,
    words_similarity,
)
from wgec_parse.rules.questions import script_of
from wgec_parse.validation import Diagnostic, validate

Q1 = WGEC2.questions[0].wording
Q2 = WGEC2.questions[1].wording


def found(text: str, code: str, **kwargs: object) -> list[Diagnostic]:
    return validate(wgec_parse.parse(text), select=[code], **kwargs)  # type: ignore[arg-type]


# -- comparing wordings ---------------------------------------------------------------


def test_similarity_ignores_case_punctuation_spacing_and_wraps() -> None:
    assert (
        wording_similarity(
            "WHAT are the high-level\ncharacteristics of  enhanced cooperation ?", Q1
        )
        == 1.0
    )


def test_similarity_ranks_a_rewording_above_another_question() -> None:
    reworded = Q2.replace("should we consider?", "should be considered?")
    assert 0.8 < wording_similarity(reworded, Q2) < 1.0
    assert wording_similarity(reworded, Q1) < 0.4


def test_a_short_heading_matches_nothing_by_one_common_word() -> None:
    assert wording_similarity("What?", Q1) < 0.6
    assert WGEC2.by_wording("What?") is None
    assert (
        WGEC2.by_wording("What kind of recommendations should we consider?") is WGEC2.questions[1]
    )


def test_match_wording_still_gives_the_number() -> None:
    assert match_wording(Q2) == "2"
    assert (
        match_wording(
            "Quelles sont les caractéristiques de haut niveau de la coopération renforcée ?"
        )
        == "1"
    )
    assert match_wording("Something else entirely") is None
    # The Group named by its Russian abbreviation, the line cut before the rest (fixture
    # 901).
    assert match_wording("С учетом работы предыдущей РГРС и Тунисской программы, особенно") == "2"


@pytest.mark.parametrize(
    "line",
    [
        # The Group's name abbreviated where the wording spells it out (fixture 1001).
        "À la lumière des travaux du précédent GTRC et de l'Agenda de Tunis, en particulier "
        "des paragraphes 69 à 71, quel type de recommandations devrions-nous envisager ?",
        "Teniendo en cuenta el trabajo del anterior WGEC y la Agenda de Túnez, en particular "
        "los párrafos 69-71, ¿qué tipo de recomendaciones deberíamos considerar?",
        # ... and spelled out where the wording abbreviates it.
        "Bearing in mind the work of the previous Working Group on Enhanced Cooperation and "
        "the Tunis Agenda, particularly paragraphs 69-71, what recommendations should we "
        "consider?",
    ],
)
def test_a_restated_wording_may_name_the_group_either_way(line: str) -> None:
    assert match_wording(line) is None
    assert match_restated(line) == "2"


def test_an_abbreviation_alone_does_not_make_a_restated_wording() -> None:
    # The name counts as one word: the rest of the wording must still be there.
    assert match_restated("What kind of recommendations should the previous WGEC consider?") is None


def test_match_wording_reads_the_set_it_is_given() -> None:
    other = wgec_parse.QuestionSet(
        "made-up",
        (wgec_parse.QuestionSpec("x-1", "7", "How should archives of submissions be kept?"),),
    )
    assert match_wording("How should archives of submissions be kept, and by whom?", other) == "7"
    assert match_wording(Q2, other) is None
    assert match_wording("How should archives of submissions be kept?") is None


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Hello", "LATIN"),
        ("Каковы", "CYRILLIC"),
        ("ما هي", "ARABIC"),
        ("加强合作", "CJK"),
        ("2016", ""),
    ],
)
def test_script_of(text: str, script: str) -> None:
    assert script_of(text) == script


# -- headings against the set ------------------------------------------------------------


def test_heading_that_asks_the_other_question_is_a_warning() -> None:
    text = f"1) {Q2}\nAnswer.\n\n2) {Q1}\nAnswer.\n"
    found_ = found(text, "question-text-mismatch")
    assert [(d.line, d.severity) for d in found_] == [(1, "warning"), (4, "warning")]
    assert "reads as question 2" in found_[0].message


def test_a_rewording_is_an_info() -> None:
    text = f"1) {Q1}\nA.\n\n2) {Q2.replace('should we consider', 'should be considered')}\nB.\n"
    (d,) = found(text, "question-text-mismatch")
    assert (d.line, d.severity) == (4, "info")


def test_a_translation_the_set_lacks_is_not_compared() -> None:
    # The built-in set has no Chinese wording of question 1.
    text = "问题1：加强合作的高层次特征是什么？\n答案。\n"
    assert found(text, "question-text-mismatch") == []


def test_unknown_unanswered_duplicate_out_of_order() -> None:
    text = f"2) {Q2}\nA.\n\n2) {Q2}\nB.\n\n5) Is there anything else?\nC.\n"
    assert [d.line for d in found(text, "unknown-question")] == [7]
    (unanswered,) = found(text, "unanswered-question")
    # Question 1 is missing: the finding points at the heading that should follow it.
    assert unanswered.line == 1
    assert "Question 1" in unanswered.message
    (dup,) = found(text, "question-duplicate")
    assert (dup.line, [r.line for r in dup.related]) == (4, [1])
    order = f"2) {Q2}\nA.\n\n1) {Q1}\nB.\n\n2) {Q2}\nC.\n"
    (late,) = found(order, "question-out-of-order")
    assert (late.line, [r.line for r in late.related]) == (4, [1])


def test_no_questions_and_empty_answers() -> None:
    (none,) = found("\n\n  Just a letter.\n", "no-questions")
    assert (none.line, none.column, none.severity) == (3, 3, "error")
    assert found("", "no-questions")[0].line == 1
    # An empty document has no questions to answer: unanswered-question stays silent.
    assert found("", "unanswered-question") == []
    empty = f"1) {Q1}\n\n2) {Q2}\n"
    assert [d.line for d in found(empty, "empty-answer")] == [1, 3]


# -- loading question sets ----------------------------------------------------------------


def test_builtin_set_by_name() -> None:
    assert question_set("wgec2") is WGEC2


def test_load_toml(tmp_path: Path) -> None:
    path = tmp_path / "consultation.toml"
    path.write_text(
        '[[questions]]\nid = "c-q1"\nnumber = 1\nwording = "Why?"\n'
        'translations = ["Pourquoi ?", "¿Por qué?"]\n'
        '[[questions]]\nid = "c-q2"\nnumber = "2"\nwording = "How?"\n',
        "utf-8",
    )
    qset = load_question_set(path)
    assert qset.name == "consultation"  # the file's stem when no name is given
    assert [(q.id, q.number, q.wording) for q in qset.questions] == [
        ("c-q1", "1", "Why?"),
        ("c-q2", "2", "How?"),
    ]
    assert qset.questions[0].translations == ("Pourquoi ?", "¿Por qué?")


def test_load_json_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "set.json"
    data = {"name": "other", "questions": [{"id": "x", "number": "A", "wording": "Who?"}]}
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode())
    qset = question_set(str(path))
    assert qset.name == "other"
    assert qset.by_number("A") is qset.questions[0]


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ("[1, 2]", "expected a table"),
        ('{"questions": []}', "questions: expected a non-empty array"),
        ('{"questions": [{"id": "a", "number": "1"}]}', "questions[0].wording: expected"),
        ('{"questions": [{"id": "a", "number": true, "wording": "W?"}]}', "questions[0].number"),
        (
            '{"questions": [{"id": "a", "number": "1", "wording": "W?", "extra": 1}]}',
            "questions[0].extra: unknown key",
        ),
        (
            '{"questions": [{"id": "a", "number": "1", "wording": "W?", "translations": "T"}]}',
            "questions[0].translations",
        ),
        (
            '{"questions": [{"id": "a", "number": "1", "wording": "W?", "translations": [""]}]}',
            "questions[0].translations[0]",
        ),
        (
            '{"questions": [{"id": "a", "number": "1", "wording": "W?"}, {"id": "a", "number": "2", "wording": "X?"}]}',
            "questions[1].id: duplicate id",
        ),
        (
            '{"questions": [{"id": "a", "number": "1", "wording": "W?"}, {"id": "b", "number": "1", "wording": "X?"}]}',
            "questions[1].number: duplicate number",
        ),
        (
            '{"name": 3, "questions": [{"id": "a", "number": "1", "wording": "W?"}]}',
            "name: expected",
        ),
        ("{not json", "invalid JSON"),
        ("[" * 100_000, "invalid JSON"),
    ],
)
def test_bad_json_sets_name_the_file_and_the_value(
    tmp_path: Path, content: str, where: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    with pytest.raises(QuestionSetError) as info:
        load_question_set(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert where in message


def test_bad_toml_and_unreadable_files(tmp_path: Path) -> None:
    toml = tmp_path / "bad.toml"
    toml.write_text("questions = [", "utf-8")
    with pytest.raises(QuestionSetError, match="invalid TOML"):
        load_question_set(toml)
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"name": "caf\xe9"}')
    with pytest.raises(QuestionSetError, match="not UTF-8"):
        load_question_set(latin)
    with pytest.raises(QuestionSetError, match="built-in sets: wgec2"):
        question_set(str(tmp_path / "absent.toml"))
    with pytest.raises(QuestionSetError, match="cannot read"):
        load_question_set(tmp_path)  # a directory
    # It is a WgecError, so the command line reports it without a traceback.
    assert issubclass(QuestionSetError, wgec_parse.WgecError)


def test_a_loaded_set_drives_the_rules(tmp_path: Path) -> None:
    path = tmp_path / "two.json"
    path.write_text(
        json.dumps(
            {
                "questions": [
                    {"id": "a", "number": "1", "wording": "What is the role of governments?"},
                    {
                        "id": "b",
                        "number": "2",
                        "wording": "What is the role of other stakeholders?",
                    },
                ]
            }
        ),
        "utf-8",
    )
    text = "What is the role of governments?\nThey lead.\n\n1) What is the role of other stakeholders?\nThey advise.\n"
    doc = wgec_parse.parse(text)
    codes = [
        (d.code, d.line, d.severity)
        for d in validate(
            doc,
            questions=str(path),
            select=[
                "question-text-mismatch",
                "question-duplicate",
                "unanswered-question",
                "unknown-question",
            ],
        )
    ]
    # Line 1 has no number, and is not a WGEC-2 wording: the parser may not see it as
    # a heading; line 4 is numbered 1 but asks question 2 of this set.
    assert ("question-text-mismatch", 4, "warning") in codes


def test_a_heading_far_from_its_wording_in_the_same_script_is_an_info() -> None:
    # A French question 2: the built-in set has only the English wording of it.
    text = (
        f"1) {Q1}\nA.\n\n2) Compte tenu des travaux du précédent Groupe de travail, "
        "quel type de recommandations devrions-nous envisager ?\nB.\n"
    )
    (d,) = found(text, "question-text-mismatch")
    assert (d.line, d.severity) == (4, "info")
    assert "paraphrase or a translation" in d.message


_WORDINGS = [w for q in WGEC2.questions for w in q.wordings]
_VOCABULARY = sorted({w for wording in _WORDINGS for w in folded_words(wording)})


@given(
    st.lists(st.sampled_from([*_VOCABULARY, "zz", "yy"]), max_size=30),
    st.sampled_from([0.0, 0.3, 0.6, 0.9]),
)
@example(list(folded_words(WGEC2.questions[0].wording)), 0.6)
def test_best_similarity_is_the_best_of_all_wordings(words: list[str], floor: float) -> None:
    exact = max(words_similarity(words, folded_words(w)) for w in _WORDINGS)
    assert best_similarity(words, _WORDINGS) == exact
    below = best_similarity(words, _WORDINGS, floor=floor)
    if exact >= floor:
        assert below == exact
    else:
        assert below < floor


_WORDS = st.lists(st.sampled_from(["a", "b", "c", "the", "of", "wgec"]), max_size=30)


@given(_WORDS, _WORDS)
@example(["the", "work", "of", "the", "previous", "wgec"], ["the", "of", "the", "work"])
def test_matching_words_counts_what_difflib_counts(a: list[str], b: list[str]) -> None:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    expected = sum(block.size for block in matcher.get_matching_blocks())
    assert matching_words(a, tuple(b)) == expected


def test_outline_sections_answer_the_questions_whose_topics_they_name() -> None:
    text = (
        "2. Background\n\nSome context.\n\n"
        "3. Characteristics of enhanced cooperation\n\nAnswer one.\n\n"
        "4. Recommendations\n\nAnswer two.\n"
    )
    doc = wgec_parse.parse(text)
    assert [q.marker for q in doc.questions] == ["3.", "4."]
    codes = {d.code for d in validate(doc)}
    assert not codes & {"unknown-question", "unanswered-question", "question-out-of-order"}
    # A heading whose own number is a question's keeps answering that one.
    (late,) = found(f"2) {Q2}\nA.\n\n1) {Q1}\nB.\n", "question-out-of-order")
    assert late.line == 4


@pytest.mark.parametrize(
    ("code", "title", "number"),
    [
        # A form's code for a question and its title or topic (fixture 455, forms 44).
        ("EC-1:", "High level characteristics of enhanced cooperation", "1"),
        ("EC-2:", "Recommendations (previous WGEC, Tunis Agenda paras 69-71)", "2"),
        ("GQ2:", "Taking into consideration the work of the previous WGEC", "2"),
        # ... not another question's topic, a word for a code, or a code without a number.
        ("EC-2:", "High level characteristics of enhanced cooperation", None),
        ("Name:", "High level characteristics of enhanced cooperation", None),
        ("ISO-9:", "Quality management", None),
        ("EC:", "High level characteristics of enhanced cooperation", None),
    ],
)
def test_a_forms_code_names_its_question(code: str, title: str, number: str | None) -> None:
    assert match_code(code, title) == number


def test_section_numbers_alone_over_their_titles_answer_the_questions_they_name() -> None:
    # "I." over question 2's topic, "II." over question 1's: the writer's own outline.
    text = (
        "Our views.\n\n"
        "I.\nRecommendations the Working Group should consider (Question 2)\n\n"
        "(a) A standing item.\n(b) A compilation.\n\n"
        "II.\nHigh level characteristics of enhanced cooperation (Question 1)\n\n"
        "(a) Intergovernmental.\n(b) Small States as equals.\n"
    )
    doc = wgec_parse.parse(text)
    assert [q.marker for q in doc.questions] == ["I.", "II."]
    assert [q.title for q in doc.questions] == [
        "Recommendations the Working Group should consider (Question 2)",
        "High level characteristics of enhanced cooperation (Question 1)",
    ]
    # One section alone makes no outline: it stays a point.
    one = "Our views.\n\nI.\nRecommendations the Working Group should consider\n\n(a) A.\n"
    assert wgec_parse.parse(one).questions == ()


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("关于工作组应当考虑的建议（对应问题二：我们应当考虑哪些建议？）", "2"),
        ("Recommendations (Question 2: what kind of recommendations?)", "2"),
        ("Characteristics (answering question 1)", "1"),
        ("Our view (see below: more)", ""),
        # "on", "sobre la", "по" before it (fixture 1012).
        ("(on guiding question 2)", "2"),
        ("Recomendaciones (sobre la pregunta 2)", "2"),
        ("Рекомендации (по вопросу 2)", "2"),
        ("Our view (on balance)", ""),
        # The guiding question in Chinese (fixture 1056), a question by its place
        # (fixtures 1057 and 286/23).
        ("关于建议（指导问题二）", "2"),
        ("关于加强合作的特征（第一个问题）", "1"),
        ("建议（第2题）", "2"),
        ("What the Working Group should do next (second question)", "2"),
        ("Caractéristiques (première question)", "1"),
        ("Рекомендации (второй вопрос)", "2"),
        ("Our view (the main question)", ""),
        ("Our view (first of all)", ""),
    ],
)
def test_a_bracketed_reference_after_a_lead_or_before_a_colon_names_its_question(
    title: str, number: str
) -> None:
    assert referenced_number(title) == number


def _numbers_answered(doc: wgec_parse.Document) -> list[str | None]:
    """The number of the official question each of ``doc``'s headings answers."""
    specs = [question_match(q).spec for q in doc.questions]
    return [spec.number if spec is not None else None for spec in specs]


def test_sections_naming_their_question_in_brackets_head_it_in_their_order() -> None:
    text = (
        "说明：先回答第二个问题。\n\n"
        "1. 关于工作组应当考虑的建议（对应问题二：我们应当考虑哪些建议？）\n（1）建议一。\n\n"
        "2. 关于增强合作的高层次特征（对应问题一：增强合作的高层次特征是什么？）\n（1）特征一。\n"
    )
    doc = wgec_parse.parse(text)
    assert [q.marker for q in doc.questions] == ["1.", "2."]
    assert _numbers_answered(doc) == ["2", "1"]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_ordinal_and_keyword_in_lower_case_go_on_the_sentence_above(gap: str) -> None:
    # "... responde primero a la" / "segunda pregunta.": no heading (fixture 918).
    cover = f"Por razones de orden práctico, responde primero a la{gap}segunda pregunta.\n\n"
    text = cover + "PREGUNTA 2\n\nTexto de la respuesta.\n"
    doc = wgec_parse.parse(text)
    assert [q.marker for q in doc.questions] == ["PREGUNTA 2"]
    # A capital, or a sentence ended above, leaves it a heading.
    headed = wgec_parse.parse("Respondemos así.\nSegunda pregunta.\nTexto.\n")
    assert [q.marker for q in headed.questions] == ["Segunda pregunta."]


def test_a_topic_line_between_two_points_heads_its_question() -> None:
    # "3. ... sola." / "Recomendaciones" / "4. ...": no blank line around it (fixture 922).
    text = (
        "Características de la cooperación reforzada\n"
        "1.\tEs un proceso entre gobiernos.\n2.\tDebe ser previsible para todos.\n"
        "Recomendaciones\n3.\tRecomendar consultas periódicas.\n"
    )
    titles = [q.title for q in wgec_parse.parse("Nota.\n\n" + text).questions]
    assert titles[-1] == "Recomendaciones"
    # A longer line between points, or one with a sentence's marks, is no title.
    said = text.replace("Recomendaciones\n", "Recomendaciones; y también otras cosas\n")
    assert "Recomendaciones" not in [
        q.title for q in wgec_parse.parse("Nota.\n\n" + said).questions
    ]


def test_the_texts_first_line_heads_a_question_where_another_topic_heading_follows() -> None:
    first = "Características de la cooperación mejorada\n\nEs un proceso entre gobiernos.\n\n"
    second = "Recomendaciones\n\nUn examen anual de los avances.\n"
    doc = wgec_parse.parse(first + second)
    assert [q.title for q in doc.questions] == [
        "Características de la cooperación mejorada",
        "Recomendaciones",
    ]
    # Alone, the first line is the text's title.
    alone = wgec_parse.parse(first + "Un examen anual de los avances.\n")
    assert alone.questions == ()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Primera: ¿qué caracteriza a la cooperación reforzada?", "Segunda: recomendaciones"),
        ("First: characteristics of enhanced cooperation", "Second: recommendations"),
    ],
)
def test_an_ordinal_word_alone_labels_the_question_its_value_names(first: str, second: str) -> None:
    text = f"Notas.\n\n{first}\n\n(a) Uno.\n(b) Dos.\n\n{second}\n\n(a) Tres.\n"
    doc = wgec_parse.parse(text)
    assert _numbers_answered(doc) == ["1", "2"]
    # The ordinal over the other question's topic labels nothing.
    crossed = (
        f"Notas.\n\n{first.replace('Primera', 'Segunda').replace('First', 'Second')}\n\nUno.\n"
    )
    assert wgec_parse.parse(crossed).questions == ()


def test_arabic_lettered_sections_follow_the_writers_outline() -> None:
    text = (
        "مقدمة.\n\n(أ) التوصيات في ضوء عمل الفريق السابق\n١) توصية.\n\n"
        "(ب) خصائص التعاون المعزز\n١) خاصية.\n"
    )
    doc = wgec_parse.parse(text)
    assert _numbers_answered(doc) == ["2", "1"]


def test_a_wording_under_a_heading_naming_its_topic_goes_on_the_heading() -> None:
    text = (
        "I.   RECOMMENDATIONS\n\n"
        "     Taking into consideration the work of the previous WGEC and the Tunis Agenda,\n"
        "     particularly paragraphs 69-71, what kind of recommendations should we consider?\n\n"
        "     (a)  that governments consult business.\n\n"
        "II.  CHARACTERISTICS\n\n"
        "     What are the high level characteristics of enhanced cooperation?\n\n"
        "     (a)  open in its preparation.\n"
    )
    doc = wgec_parse.parse(text)
    assert [q.title.split()[0] for q in doc.questions] == ["RECOMMENDATIONS", "CHARACTERISTICS"]
    # A sentence that restates the wording and leads into the list is the answer's.
    leads = text.replace("should we consider?", "we recommend:")
    assert len(wgec_parse.parse(leads).questions) == 2


def test_a_keyword_then_its_ordinal_in_lower_case_goes_on_the_sentence_above() -> None:
    text = (
        "We answer the second guiding question first and the first\n"
        "question second. Our paragraphs are numbered consecutively.\n\n"
        "I.  RECOMMENDATIONS (guiding question 2)\n\n"
        "1.  The Working Group should recommend an annual exchange.\n"
    )
    doc = wgec_parse.parse(text)
    assert [q.marker for q in doc.questions] == ["I."]


def test_a_title_cut_inside_its_wordings_phrase_takes_the_words_under_it() -> None:
    text = (
        "A. High level characteristics of enhanced\ncooperation\n\nIt is a process.\n\n"
        "B. Recommendations\nthe Group should make\n\nA review.\n"
    )
    doc = wgec_parse.parse(text)
    assert doc.questions[0].title == "High level characteristics of enhanced cooperation"
    # "Recommendations" / "the Group ...": no phrase of a wording cut, the title ends.
    assert doc.questions[1].title == "Recommendations"


def test_a_numbered_line_right_under_a_lettered_section_is_its_first_point() -> None:
    text = (
        "A. High level characteristics of enhanced cooperation\n\n"
        "1. We consider that enhanced cooperation has the following characteristics:\n"
        "1.1 it is a process among governments;\n\n"
        "B. Recommendations\n\n2. We recommend a review.\n"
    )
    doc = wgec_parse.parse(text)
    assert [q.marker for q in doc.questions] == ["A.", "B."]


def test_letters_in_brackets_heading_question_two_first_read_without_error() -> None:
    # "(b)" heads the last question read; "(a)" after it is compared by its letter's place.
    text = (
        "I take the second question first.\n\n(b) Recommendations\n\n"
        "i. Keep the recommendations few.\nii. Ask for reporting.\n\n"
        "(a) Characteristics\n\nv. Intergovernmental.\n"
    )
    doc = wgec_parse.parse(text)
    assert wgec_parse.render(doc) == text
    assert [q.marker for q in doc.questions] == ["(b)", "(a)"]


def test_a_reference_alone_under_a_short_line_makes_it_a_heading() -> None:
    # "Recommendations" over "(on guiding question 2)": the two lines head question 2
    # (fixture 1012); a sentence over a bracketed remark heads nothing.
    doc = wgec_parse.parse(
        "Our input.\n\nRecommendations\n(on guiding question 2)\n\n1. Report yearly.\n"
        "2. Publish inputs.\n"
    )
    assert [(q.number, q.title) for q in doc.questions] == [
        ("2", "Recommendations (on guiding question 2)")
    ]
    sentence = "Our input.\n\nWe end here.\n(on guiding question 2)\n\n1. Report yearly.\n"
    assert wgec_parse.parse(sentence).questions == ()


def test_a_heading_naming_its_question_by_place_after_a_form_feed_heads_it() -> None:
    # After a page's form feed the line is in the open block's run, yet it heads the
    # question its brackets name (fixture 1057).
    text = (
        "Forum.\n\nOur next steps (second question)\n1. Report yearly.\n2. Support.\n"
        "\fThe process as we see it (first question)\n1. Equal footing.\n"
    )
    doc = wgec_parse.parse(text)
    assert [q.number for q in doc.questions] == ["2", "1"]
    assert doc.questions[1].title == "The process as we see it (first question)"
    # Without the brackets the line after the form feed is the clause's run-on text.
    plain = text.replace(" (first question)", "")
    assert [q.number for q in wgec_parse.parse(plain).questions] == ["2"]


@pytest.mark.parametrize(
    ("above", "heads"),
    [
        # A web page's line of related pages is no title over the heading (fixture 1071).
        ("Related: National ICT Policy | Exampleland at the IGF", True),
        ("Voir aussi : Politique nationale | Exampleland au FGI", True),
        # A letterhead's contact line is its last line, a title's part.
        ("Tel.: +1 555 0100 | info@example.org", False),
    ],
)
def test_a_topic_heading_under_a_line_of_related_pages_heads_its_question(
    above: str, heads: bool
) -> None:
    text = (
        f"Exampleland Digital Office\n{above}\n\nCharacteristics of enhanced cooperation\n\n"
        "Exampleland is small. Enhanced cooperation has two characteristics.\n"
        "- Equal footing.\n- Roles.\n"
    )
    titles = [q.title for q in wgec_parse.parse(text).questions]
    assert (titles == ["Characteristics of enhanced cooperation"]) is heads
