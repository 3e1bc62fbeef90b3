"""Form and spreadsheet exports: told by structure, read as a view of each respondent."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import wgec_parse
from wgec_parse.forms import (
    _asked_and_answer,
    continues_header,
    form_view,
    is_placeholder_row,
    is_question,
    read_form,
    respondents,
)
from wgec_parse.loaders import extract, load_with_origins
from wgec_parse.nodes import BulletItem, Clause, walk
from wgec_parse.outline import outline

from .conftest import FIXTURES

FORMS = Path(__file__).resolve().parent.parent / "fixtures" / "forms"
CASES = sorted(
    p for p in FORMS.iterdir() if p.with_suffix(".outline").exists() and p.suffix != ".outline"
)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_fixture_outline(path: Path) -> None:
    expected = path.with_suffix(".outline").read_text("utf-8")
    assert outline(wgec_parse.load(path), text=True) == expected


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_view_renders_back_and_json_round_trips(path: Path) -> None:
    document = wgec_parse.load(path)
    assert wgec_parse.render(document) == extract(path).text
    assert wgec_parse.from_json(wgec_parse.to_json(document)) == document


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("01_bom_multiline_cells.csv", "form-csv"),
        ("02_semicolon.csv", "form-csv"),
        ("03_header_row.tsv", "form-tsv"),
        ("04_two_respondents.csv", "form-csv"),
        ("05_text_with_commas.txt", "text"),
        ("06_label_tab_value.tsv", "form-tsv"),
        ("07_second_header_row_fr.csv", "form-csv"),
        ("08_surveymonkey_spanning_labels.csv", "form-csv"),
        ("09_second_header_row_es.tsv", "form-tsv"),
        ("10_second_header_row_ru.csv", "form-csv"),
        ("16_keyword_topic_labels.tsv", "form-tsv"),
        ("17_question_and_answer_rows_es.tsv", "form-tsv"),
        ("18_one_row_per_question_fr.csv", "form-csv"),
        ("19_title_above_the_labels.tsv", "form-tsv"),
        ("20_numbered_topic_labels.csv", "form-csv"),
        ("21_p_dash_labels_es.tsv", "form-tsv"),
        ("40_title_row_of_its_own_cells_above_the_labels.tsv", "form-tsv"),
    ],
)
def test_detection(name: str, source: str) -> None:
    assert wgec_parse.load(FORMS / name).source == source


def test_label_tab_value_rows_need_a_whole_question() -> None:
    rows = "Name\tAna\nCountry\tChile\n{label}\tWe see three.\n"
    # A keyword and a question's topic is a whole question; a keyword and anything
    # else, or a topic without a keyword, is not.
    assert read_form(rows.format(label="Pregunta 1 - Características")) is not None
    assert read_form(rows.format(label="Pregunta 1 - Antecedentes")) is None
    assert read_form(rows.format(label="Características de la cooperación")) is None


def test_label_tab_value_rows_may_ask_in_the_value() -> None:
    rows = "Name\tAna\nCountry\tChile\n{label}\t{value}\nAnswer 1\tWe see three.\n"
    asked = read_form(rows.format(label="Question 1", value="What are the traits of EC?"))
    assert asked is not None
    assert (asked.questions, asked.asked) == ((2,), (2,))
    assert asked.label_lines(2) == [("Question 1\tWhat are the traits of EC?", "r3 c1")]
    # A keyword alone before a value that asks nothing is no question.
    assert read_form(rows.format(label="Question 1", value="See the attachment.")) is None


def test_label_tab_value_rows_may_stand_under_a_title() -> None:
    rows = "Name\tAna\nCountry\tChile\nQuestion 1\tWhat are the traits of EC?\n"
    form = read_form("Export of response 7\n\n" + rows)
    assert form is not None
    assert (form.preamble, form.starts) == ((("Export of response 7", 1),), (3, 4, 5))
    assert read_form("One\nTwo\nThree\nFour\n" + rows) is None  # prose, not a title


def test_keyed_rows_follow_a_header_of_keys_questions_and_answers() -> None:
    rows = "Name\tAna\n{header}\nA1\tCountry\tChile\n1\tWhat are the traits of EC?\tOpenness.\n"
    form = read_form(rows.format(header="No.\tQuestion\tAnswer"))
    assert form is not None
    assert (form.header, form.questions, form.keyed) == (
        ("Name", "Country", "1\tWhat are the traits of EC?"),
        (2,),
        (1, 2),
    )
    assert form.label_lines(1) == [("Country", "r3 c2")]  # a field leaves its key out
    assert form.label_lines(2) == [("1\tWhat are the traits of EC?", "r4 c1")]
    assert form.value_lines(0, 2) == [("Openness.", "r4 c3")]
    # Without the header, or under a header that names no keys, three cells are no row.
    assert read_form(rows.format(header="")) is None
    assert read_form(rows.format(header="Date\tQuestion\tAnswer")) is None


def test_one_row_per_question_needs_one_respondent() -> None:
    text = (
        "ID,Name,Question,Answer\n"
        "1,Ana,Q1. What are the traits of EC?,Openness.\n"
        "{id},{name},Q2. What should we recommend?,A report.\n"
    )
    form = read_form(text.format(id=1, name="Ana"))
    assert form is not None
    assert (form.layout, form.header, form.questions) == (
        "long",
        ("ID", "Name", "Q1. What are the traits of EC?", "Q2. What should we recommend?"),
        (2, 3),
    )
    assert form.value_lines(0, 3) == [("A report.", "r3 c4")]
    assert read_form(text.format(id=2, name="Bo")) is None  # two respondents: text
    # The questions' column is labelled as such ("Question", "Topic"), not as any column.
    assert read_form(text.replace("Question", "Note").format(id=1, name="Ana")) is None
    topics = read_form(text.replace("Question", "Topic").format(id=1, name="Ana"))
    assert topics is not None
    assert topics.questions == (2, 3)
    # A topic column beside the questions' own is one of the respondent's fields.
    both = text.format(id=1, name="Ana").replace("Name,", "Name,Topic,")
    beside = read_form(both.replace("Ana,", "Ana,EC,"))
    assert beside is not None
    assert beside.header[:3] == ("ID", "Name", "Topic")
    assert beside.questions == (3, 4)


def test_detection_needs_a_question_in_the_header() -> None:
    text = "Name,Country,City\nAna,Chile,Santiago\nBo,Kenya,Nairobi\n"
    assert read_form(text) is None
    assert read_form("a,b\n1,2\n") is None  # two columns


def test_detection_refuses_prose_and_ragged_rows() -> None:
    prose = (
        "1. What are the high level characteristics of enhanced cooperation?, we ask, again\n"
        "Enhanced cooperation, we think, is inclusive, open, and fair.\n"
    )
    assert read_form(prose) is None  # cells start with a space: prose
    ragged = "Org,Country,1. What should we do?\nA,B,C\nD,E\n"
    assert read_form(ragged) is None
    assert read_form('Org,Country,1. What?\nA,"B,C\n') is None  # an unclosed quote


def test_is_question() -> None:
    assert is_question("3. To what extent should the private sector take part?")
    assert is_question("Question 2: Recommendations")
    assert is_question("What are the high level characteristics of enhanced cooperation")
    assert not is_question("Do you agree to publication?")  # not numbered: consent
    assert not is_question("1. Name")
    # Its number's topic in the first clause; not another question's.
    assert is_question("B/ Recommandations à envisager, au vu du premier GTRC et des paragraphes")
    assert not is_question("A/ Recommandations à envisager, au vu du premier GTRC")


@pytest.mark.parametrize(
    "label",
    [
        "Q3. Any other comments",
        "Question 3: Any other comments?",
        "4. Autres commentaires ?",
        "P3. Otros comentarios",
        "Вопрос 3. Другие комментарии",
        "السؤال 3: تعليقات أخرى",
        "问题三：其他意见",
        "Question n° 3 – Autres observations",
        "Question 3 – Other remarks",
        "Вопрос 3. Другие замечания",
        "В3. Иные замечания",  # forms 42
        "Вопрос 4. Прочие комментарии",
    ],
)
def test_an_invitation_to_other_comments_is_no_question(label: str) -> None:
    assert not is_question(label)


def test_quoted_cell_keeps_its_list_and_its_lines() -> None:
    document = wgec_parse.load(FORMS / "01_bom_multiline_cells.csv")
    first = document.questions[0]
    assert [c.number for c in first.clauses] == ["1", "2"]
    # "3. Why does this matter?" asks, but it is a line of the answer, not a question.
    assert [q.number for q in document.questions] == ["1", "2", "3"]
    assert "[r2 c5] 3. Why does this matter?" in first.answer_text
    # The sign-off inside the second answer stays in it; the closing is the consent column.
    assert "Best regards," in document.questions[1].answer_text
    assert document.closing is not None
    assert [(f.name, f.value) for f in document.closing.fields] == [("Consent", "Yes")]


def test_origins_point_to_cells() -> None:
    extraction = extract(FORMS / "01_bom_multiline_cells.csv")
    lines = {line: origin for origin, line in extraction.lines()}
    assert lines["Organisation: West African Digital Policy Forum, Dakar"] == "r2 c3"
    assert lines["1. What are the high level characteristics of enhanced cooperation?"] == "r1 c5"
    assert lines["These follow from the Tunis Agenda, paragraphs 69 to 71."] == "r2 c5"
    assert lines["--"] == ""
    document, origins = load_with_origins(FORMS / "01_bom_multiline_cells.csv")
    heading = document.questions[2].lines[0]
    assert origins.of(heading.line) == "r1 c7"


def test_label_tab_value_origins_are_file_rows() -> None:
    extraction = extract(FORMS / "06_label_tab_value.tsv")
    lines = {line: origin for origin, line in extraction.lines()}
    assert lines["Country: Fiji"] == "r3 c2"
    assert lines["1.1 remote participation in every meeting;"] == "r5 c1"


@pytest.mark.parametrize(
    ("name", "submitter"),
    [
        ("01_bom_multiline_cells.csv", "West African Digital Policy Forum, Dakar"),
        ("03_header_row.tsv", "Red Paraguaya de Gobernanza de Internet"),
        ("06_label_tab_value.tsv", "Pacific Islands Internet Society"),
        ("07_second_header_row_fr.csv", "Réseau tunisien pour la gouvernance de l'Internet"),
        ("08_surveymonkey_spanning_labels.csv", "Ghana Internet Governance Forum"),
        ("09_second_header_row_es.tsv", "Asociación Latinoamericana de Internet"),
        ("31_individual_in_a_personal_capacity_es.tsv", "Ana Ejemplo Ruiz"),
        ("32_structure_name_label_fr.csv", "Fédération Exemple du Numérique"),
        ("38_organisation_field_that_names_no_one_es.tsv", "Ana Ejemplo Soto"),
        (
            "41_long_organisation_label_names_the_submitter_es.csv",
            "Colectivo Ejemplo por los Derechos Digitales",
        ),
    ],
)
def test_submitter_from_the_organisation_column(name: str, submitter: str) -> None:
    assert wgec_parse.load(FORMS / name).submitted_by == submitter


def test_every_respondent_is_read() -> None:
    document = wgec_parse.load(FORMS / "04_two_respondents.csv")
    assert [q.number for q in document.questions] == ["1", "2", "1", "2"]
    text = wgec_parse.render(document)
    for cell in ("Alpha Network", "Beta Institute", "A yearly CSTD report.", "No"):
        assert cell in text
    assert [c.number for c in document.questions[2].clauses] == ["a", "b"]


def test_empty_cell_gives_no_line() -> None:
    document = wgec_parse.load(FORMS / "03_header_row.tsv")
    assert document.questions[1].body == ()
    text = extract(FORMS / "03_header_row.tsv").text
    assert "\n\n\n" not in text


def test_form_false_reads_the_literal_text() -> None:
    path = FORMS / "02_semicolon.csv"
    literal = wgec_parse.load(path, form=False)
    assert literal.source == "text"
    assert wgec_parse.render(literal) == path.read_bytes().decode("utf-8")
    assert extract(path, form=False).text == path.read_bytes().decode("utf-8")


def test_view_of_form_directly() -> None:
    form = read_form((FORMS / "02_semicolon.csv").read_text("utf-8"))
    assert form is not None
    assert form.delimiter == ";"
    assert form.questions == (4, 5)
    view = form_view(form)
    assert view.document.source == "form-csv"
    assert view.escaped == 0


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wgec_parse", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_cli_outline_text_and_no_form() -> None:
    path = str(FORMS / "03_header_row.tsv")
    got = _cli("outline", path)
    assert got.returncode == 0
    assert got.stdout == (FORMS / "03_header_row.outline").read_text("utf-8")
    shown = _cli("text", path)
    assert "r1 c5\tPregunta 1. ¿Cuáles son" in shown.stdout
    literal = _cli("outline", "--no-form", path)
    assert literal.returncode == 0
    assert "question" not in literal.stdout.split("\n")[0]
    assert _cli("text", "--no-form", "--plain", path).stdout == Path(path).read_text("utf-8")


RISKY = [
    "3. Why does this matter?",
    "Question 1: What are the high level characteristics of enhanced cooperation?",
    "What are the high level characteristics of enhanced cooperation?",
    "Best regards,",
    "Sent from my iPhone",
    "-----Original Message-----",
    "Contact: Jane Doe",
    "Jane Doe",
    "Director",
    "- a bullet",
    "1.1 a clause",
    "",
]
QUESTIONS = (
    "1. What are the high level characteristics of enhanced cooperation?",
    "2. What kind of recommendations should we consider?",
)


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)  # CRLF after each row: a cell's CR or LF is quoted
    return out.getvalue()


@pytest.mark.parametrize("risky", RISKY)
@pytest.mark.parametrize("where", range(4))
def test_a_cell_line_never_reads_as_structure_outside_its_cell(risky: str, where: int) -> None:
    cells = ["Example Network", "We think so.", "A yearly report.", "Yes"]
    cells[where] = f"{cells[where]}\n{risky}\nThe end of the cell."
    text = _csv([["Organisation", *QUESTIONS, "Consent"], cells])
    form = read_form(text)
    assert form is not None
    document = form_view(form).document
    assert [q.title for q in document.questions] == [q[3:] for q in QUESTIONS]
    assert document.front_matter is not None
    assert document.front_matter.fields[0].name == "Organisation"
    assert document.closing is not None
    assert [f.name for f in document.closing.fields] == ["Consent"]
    answers = [q.answer_text for q in document.questions]
    assert "We think so." in answers[0]
    assert "A yearly report." in answers[1]
    if where in (1, 2) and risky:
        assert risky in answers[where - 1]
        assert "The end of the cell." in answers[where - 1]


def test_respondents_one_document_each() -> None:
    form = read_form((FORMS / "04_two_respondents.csv").read_text("utf-8"))
    assert form is not None
    views = [form_view(one) for one in respondents(form)]
    assert [v.document.submitted_by for v in views] == ["Alpha Network", "Beta Institute"]
    assert [len(v.document.questions) for v in views] == [2, 2]
    second = {o: line for o, line in views[1].extraction.lines() if o}
    assert second["r3 c2"] == "Organization: Beta Institute"


def test_batch_fills_the_submitter_column(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "form.txt").write_bytes((FORMS / "03_header_row.tsv").read_bytes())
    wgec_parse.run_batch([folder], tmp_path / "out", jobs=1)
    with (tmp_path / "out" / "documents.csv").open(encoding="utf-8-sig", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert row["submitter"] == "Red Paraguaya de Gobernanza de Internet"
    assert row["submitter_field"] == "Organización"
    assert row["source"] == "form-tsv"


def test_many_respondents_with_risky_lines_keep_every_answer_in_place() -> None:
    rows = [["Organisation", *QUESTIONS, "Consent"]]
    for i in range(40):
        first = "We think:\n1. it is open;\n2. it is fair.\n3. Why does it matter?\nIt does."
        rows.append([f"Org {i}", first, "- a report\nBest regards,", "Yes"])
    form = read_form(_csv(rows))
    assert form is not None
    view = form_view(form)
    document = view.document
    assert len(document.questions) == 80
    assert view.escaped == 80  # each respondent's "3. Why...?" and "Best regards,"
    for number, question in enumerate(document.questions):
        if number % 2 == 0:
            assert [c.number for c in question.clauses] == ["1", "2"]
            assert f"[r{number // 2 + 2} c2] 3. Why does it matter?" in question.answer_text
        else:
            assert "Best regards," in question.answer_text
    assert document.closing is not None
    assert [f.value for f in document.closing.fields] == ["Yes"]


def test_excel_sep_line_names_the_delimiter() -> None:
    text = "sep=,\r\nOrganisation,Country,1. What should we do?\r\nAlpha,Kenya,Report yearly.\r\n"
    form = read_form(text)
    assert form is not None
    assert form.delimiter == ","
    extraction = form_view(form).extraction
    assert extraction.lines()[0] == ("r2 c1", "Organisation: Alpha")
    assert "sep=" not in extraction.text


_CELL_LINES = st.sampled_from([r for r in RISKY if r] + ["--", "3", "  "]) | st.text(max_size=30)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(_CELL_LINES, max_size=5).map("\n".join), min_size=4, max_size=4))
@example(  # a cell quoting a question on a line of its own: its cell's, no heading
    [
        "",
        "",
        "3. Why does this matter?\n\nWhat are the high level characteristics of "
        "enhanced cooperation?",
        "",
    ]
)
def test_any_cells_keep_the_questions_and_render_back(cells: list[str]) -> None:
    text = _csv([["Organisation", *QUESTIONS, "Consent"], cells])
    form = read_form(text)
    assert form is not None
    view = form_view(form)
    assert wgec_parse.render(view.document) == view.extraction.text
    assert [q.title for q in view.document.questions] == [q[3:] for q in QUESTIONS]


# --- a second header row ---------------------------------------------------------------


def test_second_header_row_is_no_respondent() -> None:
    form = read_form((FORMS / "07_second_header_row_fr.csv").read_text("utf-8"))
    assert form is not None
    assert form.sub == (
        "",
        "",
        "Réponse",
        "Réponse",
        "Réponse",
        *["Réponse ouverte"] * 2,
        "Réponse",
    )
    assert form.first_row == 3
    assert [row[2] for row in form.rows] == ["Mariem Ben Salah", "Jean Kouassi"]
    document = form_view(form).document
    assert [q.number for q in document.questions] == ["1", "2", "1", "2"]
    assert document.front_matter is not None
    assert document.front_matter.field("Nom").value == "Mariem Ben Salah"
    for question in document.questions:
        assert "Réponse" not in question.answer_text


def test_second_header_row_keeps_every_cell_with_its_origin() -> None:
    extraction = extract(FORMS / "07_second_header_row_fr.csv")
    lines = extraction.lines()
    # The sub-labels come first, each after its cell's reference, then the respondents.
    assert lines[:6] == [
        ("r2 c3", "[r2 c3] Réponse"),
        ("r2 c4", "[r2 c4] Réponse"),
        ("r2 c5", "[r2 c5] Réponse"),
        ("r2 c6", "[r2 c6] Réponse ouverte"),
        ("r2 c7", "[r2 c7] Réponse ouverte"),
        ("r2 c8", "[r2 c8] Réponse"),
    ]
    found = {line: origin for origin, line in lines}
    assert found["Horodatage: 05/12/2016 14:20"] == "r3 c1"
    assert found["Pays: Bénin"] == "r4 c5"
    assert found["Autorisation de publication: Non"] == "r4 c8"
    document = wgec_parse.load(FORMS / "07_second_header_row_fr.csv")
    assert document.front_matter is not None
    assert "[r2 c6] Réponse ouverte" in wgec_parse.render(document.front_matter)


def test_sub_labels_are_not_counted_as_escaped() -> None:
    form = read_form((FORMS / "09_second_header_row_es.tsv").read_text("utf-8"))
    assert form is not None
    assert form_view(form).escaped == 0


def test_second_header_row_split_by_respondent() -> None:
    form = read_form((FORMS / "07_second_header_row_fr.csv").read_text("utf-8"))
    assert form is not None
    views = [form_view(one) for one in respondents(form)]
    assert [v.document.submitted_by for v in views] == [
        "Réseau tunisien pour la gouvernance de l'Internet",
        "Afrique numérique",
    ]
    for view in views:
        assert view.extraction.lines()[0] == ("r2 c3", "[r2 c3] Réponse")
    second = {o: line for o, line in views[1].extraction.lines() if o}
    assert second["r4 c4"] == "Organisation: Afrique numérique"


def test_blind_shape_answers_keep_their_clauses() -> None:
    """A header row with metadata and questions, a row of "Response" sub-labels."""
    text = _csv(
        [
            ["Respondent ID", "Organisation", *QUESTIONS, "Consent"],
            ["", "Response", "Open-Ended Response", "Open-Ended Response", "Response"],
            ["6541208873", "Example Network", "We see:\n1° openness;\n2° fairness.", "", "Yes"],
        ]
    )
    document = wgec_parse.load(text.encode("utf-8"), name="export.csv")
    assert document.submitted_by == "Example Network"
    assert [q.number for q in document.questions] == ["1", "2"]
    assert [c.number for c in document.questions[0].clauses] == ["1", "2"]
    assert document.questions[1].body == ()
    assert document.closing is not None
    assert [(f.name, f.value) for f in document.closing.fields] == [("Consent", "Yes")]


@pytest.mark.parametrize(
    "sub",
    [
        ["", "Ответ", "Открытый ответ", "Открытый ответ", "Ответ"],
        ["", "الإجابة", "الإجابة", "الإجابة", ""],
        ["", "回答", "回答", "回答", "回答"],
        ["", "Respuesta", "Respuesta abierta", "", ""],
        ["", "", "1. What are the high level characteristics of enhanced cooperation?", "", ""],
    ],
)
def test_second_header_row_in_any_language(sub: list[str]) -> None:
    header = ["Date", "Organisation", *QUESTIONS, "Consent"]
    row = ("2016-12-01", "Example Network", "Open and fair.", "A yearly report.", "Yes")
    form = read_form(_csv([header, sub, list(row)]))
    assert form is not None
    assert form.sub == tuple(sub)
    assert form.rows == (row,)


@pytest.mark.parametrize(
    "second",
    [
        # Short answers, but nothing tells a header: a respondent.
        ["Ana Pérez", "Red Example", "Openness", "Reports", "Yes"],
        # A date, an identifier, an e-mail: a respondent's cells.
        ["2016-12-01", "Response", "", "", "Response"],
        ["6541208873", "Response", "", "", ""],
        ["ana@example.org", "Response", "", "", ""],
        # An answer of several lines, or of a sentence.
        ["", "Response", "We think:\n1. open", "", ""],
        ["", "Response", "Open and fair.", "", ""],
        ["", "Response", "An answer of more than eight words that runs on and on", "", ""],
        # An empty record.
        ["", "", "", "", ""],
    ],
)
def test_a_respondent_is_never_taken_for_a_header_row(second: list[str]) -> None:
    header = ["Date", "Organisation", *QUESTIONS, "Consent"]
    third = ["2016-12-02", "Other Network", "Fair.", "Yearly.", "No"]
    assert not continues_header(header, tuple(second))
    form = read_form(_csv([header, second, third]))
    assert form is not None
    assert form.sub == ()
    assert form.first_row == 2
    assert len(form.rows) == 2


def test_a_lone_row_of_sub_labels_stays_a_row() -> None:
    """With no respondent after it, the record is read as the only row, as before."""
    header = ["Date", "Organisation", *QUESTIONS, "Consent"]
    form = read_form(_csv([header, ["", "Response", "Response", "Response", "Response"]]))
    assert form is not None
    assert form.sub == ()
    assert len(form.rows) == 1


def test_surveymonkey_labels_spanning_columns() -> None:
    form = read_form((FORMS / "08_surveymonkey_spanning_labels.csv").read_text("utf-8"))
    assert form is not None
    assert len(form.rows) == 1
    assert form.questions == (12, 13)
    assert [form.owner(c) for c in (9, 10, 11, 14, 16, 18, 19)] == [-1, 9, 9, 13, 15, 15, -1]
    assert form.label_lines(10) == [("Organization", "r2 c11")]
    document = form_view(form).document
    assert document.front_matter is not None
    front = {f.name: f.value for f in document.front_matter.fields}
    assert front["Name"] == "Kwame Mensah"
    assert front["Email Address"] == "k.mensah@ghanaigf.example"
    # The column after the last question continues its answer, not the closing.
    second = document.questions[1]
    assert len(second.bullets) == 3
    assert "Other (please specify): A fellowship programme" in second.answer_text
    assert document.closing is not None
    closing = wgec_parse.render(document.closing)
    assert "Which stakeholder group do you belong to?: Civil society" in closing
    assert "A fellowship" not in closing


def test_an_option_chosen_under_a_spanning_question_shows_once() -> None:
    header = ["Organisation", QUESTIONS[0], "", "", "Consent"]
    sub = ["", "Inclusive", "Open", "Other (please specify)", "Response"]
    row = ["Example Network", "Inclusive", "", "Led by governments", "Yes"]
    form = read_form(_csv([header, sub, row]))
    assert form is not None
    document = form_view(form).document
    (question,) = document.questions
    assert question.answer_text.splitlines()[0] == "Inclusive"
    assert "Other (please specify): Led by governments" in question.answer_text
    assert "Open" not in question.answer_text.replace("Other", "")


_SUB_CELLS = st.sampled_from(["", "Response", "Réponse ouverte", "回答", "Other (please specify)"])
_GENERIC = st.sampled_from(["Response", "Open-Ended Response", "Réponse", "Ответ", "الإجابة"])


@settings(max_examples=60, deadline=None)
@given(
    st.tuples(_SUB_CELLS, _GENERIC, _SUB_CELLS, _SUB_CELLS),
    st.lists(st.lists(_CELL_LINES, max_size=4).map("\n".join), min_size=3, max_size=3),
)
def test_any_sub_labels_stay_out_of_the_answers(sub: tuple[str, ...], cells: list[str]) -> None:
    header = ["Organisation", *QUESTIONS, "Consent"]
    form = read_form(_csv([header, list(sub), ["Example Network", *cells]]))
    assert form is not None
    assert form.sub == sub
    view = form_view(form)
    assert wgec_parse.render(view.document) == view.extraction.text
    document = view.document
    assert [q.title for q in document.questions] == [q[3:] for q in QUESTIONS]
    shown = [line for origin, line in view.extraction.lines() if origin.startswith("r2 ")]
    assert shown == [f"[r2 c{i + 1}] {c}" for i, c in enumerate(sub) if c]
    assert document.front_matter is not None
    front = wgec_parse.render(document.front_matter)
    assert all(line in front for line in shown)
    assert document.front_matter.fields[0].name == "Organisation"


def test_a_label_repeated_on_several_lines_is_shown_line_by_line() -> None:
    question = "1. What are the high level characteristics\nof enhanced cooperation?"
    header = ["Organisation", question, "2. What should\nwe recommend?", "Consent"]
    sub = ["Response", question, header[2], "Response"]
    row = ["Example Network", "Open and fair.", "A yearly report.", "Yes"]
    form = read_form(_csv([header, sub, row]))
    assert form is not None
    assert form.sub == tuple(sub)
    view = form_view(form)
    shown = [line for origin, line in view.extraction.lines() if origin.startswith("r2 ")]
    assert shown == [
        "[r2 c1] Response",
        "[r2 c2] 1. What are the high level characteristics",
        "[r2 c2] of enhanced cooperation?",
        "[r2 c3] 2. What should",
        "[r2 c3] we recommend?",
        "[r2 c4] Response",
    ]
    document = view.document
    assert [q.number for q in document.questions] == ["1", "2"]
    answers = [q.answer_text.strip() for q in document.questions]
    assert answers == ["Open and fair.", "A yearly report."]
    assert document.submitted_by == "Example Network"


def test_second_header_row_before_a_question_column_keeps_one_blank_line() -> None:
    header = [*QUESTIONS, "Consent"]
    form = read_form(_csv([header, ["Response", "Response", "Response"], ["Yes.", "No.", "Yes"]]))
    assert form is not None
    view = form_view(form)
    assert view.extraction.text.startswith(
        "[r2 c1] Response\n[r2 c2] Response\n[r2 c3] Response\n\n1. What are"
    )
    assert "\n\n\n" not in view.extraction.text
    assert [q.answer_text.strip() for q in view.document.questions] == ["Yes.", "No."]


_SPAN_HEADER = ["Organisation", QUESTIONS[0], "", QUESTIONS[1], "", "Group", "", "Consent"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_SUB_CELLS, min_size=7, max_size=7),
    st.lists(
        st.lists(st.lists(_CELL_LINES, max_size=3).map("\n".join), min_size=7, max_size=7),
        min_size=1,
        max_size=3,
    ),
)
# A contact field in the last cell, under an escaped line of the cell before, once put
# the next respondent's questions in a closing: the run's next line is escaped.
@example(
    [""] * 7,
    [
        ["", "", "", "", "", "3. Why does this matter?\n<", "3. Why?\nContact: Jane Doe"],
        [""] * 7,
    ],
)
def test_spanning_labels_drop_no_cell(sub: list[str], rows: list[list[str]]) -> None:
    records = [[f"Org {i}", *cells] for i, cells in enumerate(rows)]
    form = read_form(_csv([_SPAN_HEADER, ["Response", *sub], *records]))
    assert form is not None
    assert form.sub == ("Response", *sub)
    assert len(form.rows) == len(rows)
    view = form_view(form)
    assert wgec_parse.render(view.document) == view.extraction.text
    # A row that answers nothing (a partial response) is no respondent, unless none answers.
    answering = sum(1 for r in range(len(rows)) if not is_placeholder_row(form, r)) or len(rows)
    assert [q.title for q in view.document.questions] == [q[3:] for q in QUESTIONS] * answering
    shown = view.extraction.lines()
    for r, record in enumerate(records):
        for c, cell in enumerate(record):
            for line in cell.splitlines():
                if line.strip():  # each line of a cell is in a line of the view from it
                    assert any(o == f"r{r + 3} c{c + 1}" and line in v for o, v in shown)


def test_a_numbered_label_asks_on_a_line_before_its_help_text() -> None:
    label = "2. What kind of recommendations should we consider?\n(800 words at most)"
    assert is_question(label)
    assert not is_question("3. Other comments\n(optional)")


@pytest.mark.parametrize(("key", "form"), [("No.", True), ("序号", True), ("Batch", False)])
def test_a_key_column_of_one_row_per_question_names_no_respondent(key: str, form: bool) -> None:
    # "0" for each field's row, then the questions' numbers (forms 43); a column under
    # another label still tells respondents apart.
    text = (
        f"{key},Question,Answer\n0,Organisation,Example Ltd\n0,Country,Examplia\n"
        "1,Q1. What are the traits of EC?,Openness.\n2,Q2. What should we recommend?,A report.\n"
    )
    found = read_form(text)
    assert (found is not None) is form
    if found is not None:
        assert found.header == (
            key,
            "Organisation",
            "Country",
            "Q1. What are the traits of EC?",
            "Q2. What should we recommend?",
        )


@pytest.mark.parametrize(
    "label",
    [
        "EC-1: High level characteristics of enhanced cooperation",  # forms 44
        "EC-2: Recommendations (previous WGEC, Tunis Agenda paras 69-71)",
    ],
)
def test_a_forms_code_and_its_title_is_a_question(label: str) -> None:
    assert is_question(label)
    assert not is_question(label.replace("EC-1", "EC-2").replace("Recommendations", "Risks"))


def test_a_value_line_set_in_under_its_column_loses_the_columns_tab() -> None:
    # The tab that sets the line in under the value is the column's (forms 45).
    text = (FORMS / "45_bullets_and_a_sentence_set_in_under_their_column.tsv").read_text("utf-8")
    form = read_form(text)
    assert form is not None
    asked = "1. What are the high level characteristics of enhanced cooperation?"
    lines = [line for line, _ in form.value_lines(0, form.header.index(asked))]
    assert lines[1:] == [
        "\u2022 it puts users first;",
        "\u2022 it is open.",
        "In 2016 only 3 of our members could attend a meeting.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Word text with a tab after each list's number or glyph (forms 47).
        "Q1\tCharacteristics\n1.\tOpen.\n2.\tPractical.\n\uf0b7\tEarly agendas.\n"
        "Q2\tRecommendations\n1.\tReport every two years.\n",
        "Question 1\tWhat are the high level characteristics of enhanced cooperation?\n"
        "a)\tOpen.\nb)\tPractical.\nc)\tInclusive.\n",
    ],
)
def test_labels_that_are_list_markers_make_no_form(text: str) -> None:
    assert read_form(text) is None


def test_list_items_set_in_by_tabs_after_a_lead_keep_their_tab() -> None:
    # A "label<TAB>value" export writes an answer's list under "... for example:" set in
    # by a tab: the items keep it and read as a list that lost its glyphs; the sentence
    # that follows the list, not set in, stays the answer's.
    path = FIXTURES / "styles" / "650_form_rows_list_items_set_in_by_tabs_after_a_lead.txt"
    question = wgec_parse.load(path).questions[0]
    items = [node.text for node, _ in walk(question, lines=False) if type(node) is BulletItem]
    assert items == [
        "blocking orders that cannot be implemented without affecting other services;",
        "data rules that ignore how island networks reach the world;",
        "security requirements that small operators cannot afford;",
    ]


def test_an_item_set_in_by_a_tab_after_a_bulleted_item_keeps_its_tab() -> None:
    # A bulleted answer in a "label<TAB>value" export, one of whose items lost its glyph
    # and is set in by a tab after an item that ends with ";": it stays an item of the
    # list, not the end of the item before.
    path = FIXTURES / "styles" / "663_form_tsv_item_after_a_bulleted_item_keeps_its_tab.txt"
    question = wgec_parse.load(path).questions[1]
    items = [node.text for node, _ in walk(question, lines=False) if type(node) is BulletItem]
    assert items[1:3] == [
        "ask for a yearly report on paragraph 71;",
        "include business associations of developing countries in consultations;",
    ]


def test_a_row_of_a_testers_words_answers_no_question() -> None:
    # A respondent, then a row whose answers are "test": that row's cells are fields of
    # the closing, and the document has the respondent's two questions (forms 49).
    path = FORMS / "49_placeholder_row_after_the_respondent.csv"
    form = read_form(path.read_text("utf-8"))
    assert form is not None
    assert [is_placeholder_row(form, row) for row in range(len(form.rows))] == [False, True]
    document = wgec_parse.load(path)
    assert len(document.questions) == 2
    assert document.closing is not None
    fields = [(field.name, field.value) for field in document.closing.fields]
    assert ("Consent", "No") in fields
    assert ("Other comments", "We thank the Secretariat for the extension.") in fields


@pytest.mark.parametrize(
    "answers",
    [
        ("prueba", ""),
        ("Тест", "тест"),
        ("测试", "测试"),
        ("test", "n/a"),
        ("", ""),
        # pointers to another row's answers, as a resubmission leaves them (forms 60)
        ("(see previous response)", "Same as above"),
        ("см. выше", "同上"),
    ],
)
def test_only_rows_of_testers_words_or_empty_cells_are_placeholders(
    answers: tuple[str, str],
) -> None:
    header = ("Name", "Q1. What are the characteristics?", "Q2. What should we recommend?")
    rows = (("Example", "Open.", "Review."), ("", *answers))
    form = read_form(_csv([header, *rows]))
    assert form is not None
    assert is_placeholder_row(form, 1)
    assert not is_placeholder_row(form, 0)
    for other in (
        ("", "Testing matters.", "test"),
        ("", "", "A report."),
        ("", "See above for our view.", ""),
    ):
        real = read_form(_csv([header, rows[0], other]))
        assert real is not None
        assert not is_placeholder_row(real, 1)


def _csv(rows: list[tuple[str, ...]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


def test_a_glyph_and_a_tab_under_a_value_are_an_item_of_it() -> None:
    # "•<TAB>item" lines under a "label<TAB>value" row stay in the value as bullets
    # (forms 50).
    path = FORMS / "50_glyph_and_tab_items_in_a_value_fr.tsv"
    document = wgec_parse.load(path)
    assert document.source == "form-tsv"
    items = [n.text for n, _ in walk(document.questions[0], lines=False) if type(n) is BulletItem]
    assert items == ["calendrier connu à l'avance ;", "documents publiés en français."]


def test_numbered_items_under_a_value_fewer_than_the_labels_are_its_lines() -> None:
    # "a.<TAB>..." and "1.<TAB>..." under "label<TAB>value" rows, fewer than the labels:
    # the value's points (forms 52); as many as the labels or more, Word's text (forms 47).
    path = FORMS / "52_lettered_and_numbered_items_in_values.tsv"
    form = read_form(path.read_text("utf-8"))
    assert form is not None
    assert form.header[:4] == ("Respondent ID", "Name", "Organisation", "Country")
    assert form.header[-2:] == ("Contact e-mail", "I consent to the publication of my response")
    assert len(form.questions) == 2
    assert form.rows[0][4].splitlines()[1] == "a.\tworks on public policy questions;"
    assert (
        read_form((FORMS / "47_word_tabs_after_markers_is_no_form.txt").read_text("utf-8")) is None
    )


def test_a_column_naming_its_question_in_brackets_with_more_is_that_question() -> None:
    # "Recommendations (guiding question 2, Tunis Agenda paras 69-71)": the brackets name
    # question 2 before the comma (forms 53).
    path = FORMS / "53_question_column_named_in_brackets_with_more.csv"
    document = wgec_parse.load(path)
    assert document.source == "form-csv"
    assert [q.number for q in document.questions] == ["1", "2"]
    assert document.questions[1].title.startswith("Recommendations (guiding question 2,")


def test_clause_numbers_and_a_tab_under_a_value_are_its_clauses() -> None:
    # "1-1<TAB>..." and "2.1<TAB>..." under "label<TAB>value" rows stay in the value, as
    # the answer's clauses (forms 54).
    path = FORMS / "54_dotted_and_hyphenated_clause_numbers_in_values_es.tsv"
    document = wgec_parse.load(path)
    assert document.source == "form-tsv"
    markers = [
        [n.marker for n, _ in walk(q, lines=False) if type(n) is Clause] for q in document.questions
    ]
    assert markers == [["1-1", "1-2", "1-3"], ["2.1", "2.2"]]


def test_a_name_row_naming_an_organisation_names_the_submitter() -> None:
    # "Nombre<TAB>Observatorio de ..." over "País<TAB>Ejemplia" (forms 55).
    document = wgec_parse.load(FORMS / "55_name_field_naming_an_organisation_es.tsv")
    assert document.submitter is not None
    assert document.submitter.name == "Observatorio de Ejemplo – Universidad Nacional de Ejemplo"
    assert document.submitter.source == "Nombre"


def test_a_dash_after_the_question_asked_in_a_cell_parts_it_from_the_answer() -> None:
    # "Question 1<TAB>What are ...? — The Institute sees ..." (forms 57): the dash parts
    # the question from its answer, whose first line is no bullet.
    document = wgec_parse.load(FORMS / "57_question_dash_then_answer.tsv")
    firsts = [q.body[0] for q in document.questions]
    assert [type(b).__name__ for b in firsts] == ["Paragraph", "Paragraph"]
    assert [b.text for b in firsts] == ["The Institute sees two features:", "We propose two:"]


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        ("What is it? — We think so.", "We think so."),
        ("What is it? - We think so.", "We think so."),
        ("What is it?: We think so.", "We think so."),
        ("What is it? -5 per cent", "-5 per cent"),  # a sign, not a dash that parts them
        ("What is it? We think so.", "We think so."),
    ],
)
def test_the_answer_after_the_question_in_a_cell(line: str, answer: str) -> None:
    assert _asked_and_answer(line) == ("What is it?", answer)


def test_a_name_or_organisation_column_names_the_writer_in_a_personal_capacity() -> None:
    # "姓名/机构名称" (name/organisation) holding "张示例（以个人身份提交）" (forms 58): the
    # column asks for a person too, so the remark names no body but the writer.
    document = wgec_parse.load(FORMS / "58_name_or_organisation_column_zh.csv")
    assert document.submitter is not None
    assert document.submitter.name == "张示例"
    assert document.submitter.source == "姓名/机构名称"
