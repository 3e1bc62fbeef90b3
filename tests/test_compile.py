"""wgec-parse compile: the consultation fixture by question, read back from .docx
(python-docx), .html (html.parser) and .md."""

from __future__ import annotations

import importlib.util
import shutil
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import docx
import pytest

from wgec_parse.answers import Piece
from wgec_parse.batch import QuestionAnswer
from wgec_parse.cli import main
from wgec_parse.compilation import (
    Compilation,
    Contribution,
    compilation_from,
    compilation_html,
    compilation_markdown,
    write_compilation,
)
from wgec_parse.questions import WGEC2

from .test_batch_consultation import consultation_results

ROOT = Path(__file__).resolve().parent.parent
CONSULTATION = ROOT / "fixtures" / "consultation"
Q1 = "Question 1: What are the high level characteristics of enhanced cooperation?"
Q2 = (
    "Question 2: Taking into consideration the work of the previous WGEC and the Tunis "
    "Agenda, particularly paragraphs 69-71, what kind of recommendations should we consider?"
)
NORTHLAND = "Ministry of Digital Affairs of the Republic of Northland"


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_consultation", CONSULTATION / "make_consultation.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Who each hand-written file says submitted it (hand_es_no_submitter.txt does not say).
HAND = {
    "hand_en_email.txt": "Example ISP Association",
    "hand_en_q2_answered_first.txt": NORTHLAND,
    "hand_en_unknown_heading.txt": "Global Cloud Services Inc.",
    "hand_es_no_submitter.txt": "hand_es_no_submitter.txt",
    "hand_fr_stakeholder_field.txt": "Collectif pour un Internet ouvert",
}


def expected_names() -> set[str]:
    names = {name for names in generator().SUBMITTERS.values() for name in names}
    return names | set(HAND.values())


@pytest.fixture(scope="module")
def compilation() -> Compilation:
    found, results = consultation_results()
    return compilation_from(results, WGEC2, found)


class Word:
    """A .docx read back: its paragraphs as (style, text), read once (python-docx looks a
    paragraph's style up anew on every access)."""

    def __init__(self, document: docx.document.Document) -> None:
        self.paragraphs = list(document.paragraphs)
        self.styled = [
            (p.style.name if p.style is not None else "", p.text) for p in self.paragraphs
        ]

    def sections(self) -> dict[str, list[tuple[str, str]]]:
        """(style, text) of the paragraphs under each Heading 1."""
        found: dict[str, list[tuple[str, str]]] = {}
        current: list[tuple[str, str]] = []
        for style, text in self.styled:
            if style == "Heading 1":
                current = found.setdefault(text, [])
            else:
                current.append((style, text))
        return found


@pytest.fixture(scope="module")
def word(compilation: Compilation, tmp_path_factory: pytest.TempPathFactory) -> Word:
    path = tmp_path_factory.mktemp("compile") / "compilation.docx"
    write_compilation(compilation, path)
    return Word(docx.Document(str(path)))


def test_docx_has_a_heading_per_question_and_word_styles(word: Word) -> None:
    styles = [style for style, _ in word.styled]
    assert styles[0] == "Title"
    for style in ("Heading 1", "Heading 2", "List Bullet", "List Bullet 2"):
        assert style in styles
    assert list(word.sections()) == [
        Q1,
        Q2,
        "Answers under headings that match no question",
        "Files not read",
    ]


def test_docx_heads_answers_by_submitter_in_document_order(word: Word) -> None:
    heads = {
        title: [t for s, t in body if s == "Heading 2"] for title, body in word.sections().items()
    }
    assert set(heads[Q1]) | set(heads[Q2]) == expected_names()
    # Files in order of name: generated ar, en, es, fr, ru, zh, then the hand-written ones.
    names = generator().SUBMITTERS
    assert heads[Q2][:6] == list(names["ar"])
    assert heads[Q2][6:12] == list(names["en"])
    assert heads[Q2][-5:] == list(HAND.values())
    # Every file read answers question 2 but empty.txt (hand_fr_stakeholder_field.txt
    # under "Question 3: Recommendations").  Question 1 is not answered by every seventh
    # generated file (those answer question 2 only: 5 files); gen_ar_29_topic.txt's
    # topic heading "الخصائص" ("characteristics") heads it.
    assert len(heads[Q2]) == 41
    assert len(heads[Q1]) == 36 - 5 + 5
    assert "Global Cloud Services Inc." in heads["Answers under headings that match no question"]


def test_docx_keeps_clause_numbers_and_bullets(word: Word) -> None:
    body = word.sections()[Q2]
    start = body.index(("Heading 2", NORTHLAND))
    mine = body[start + 1 : start + 15]
    assert mine[0] == ("Normal", "We answer the second question first, as it matters most to us.")
    assert ("Normal", "1.10 Ensure that the recommendations are reported to the CSTD.") in mine
    assert ("List Bullet 2", "training programmes for officials;") in mine
    clause = next(p for p in word.paragraphs if p.text.startswith("1.10 Ensure"))
    assert clause.runs[0].text == "1.10"
    assert clause.runs[0].bold
    # The generated Word and PDF files' bullets are bullets here too.
    assert ("List Bullet", "capacity building for developing countries") in body
    # And nothing of that answer is filed under question 1.
    assert not any("1.10" in text for _, text in word.sections()[Q1])


def test_docx_names_the_unreadable_file(word: Word) -> None:
    (line,) = [t for _, t in word.sections()["Files not read"]]
    assert line.startswith(f"{CONSULTATION / 'broken_corrupt.docx'}: a damaged zip archive")


class Outline(HTMLParser):
    """Headings, paragraph texts and every URL-bearing attribute of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: dict[str, list[str]] = {}
        self.urls: list[str] = []
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.urls += [v or "" for k, v in attrs if k in ("src", "href")]
        if tag in ("h1", "h2", "h3", "p", "li"):
            self._open = tag
            self.text.setdefault(tag, []).append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self.text[self._open][-1] += data


def test_html_is_self_contained_and_holds_every_submitter(compilation: Compilation) -> None:
    page = Outline()
    page.feed(compilation_html(compilation))
    assert page.text["h2"] == [
        Q1,
        Q2,
        "Answers under headings that match no question",
        "Files not read",
    ]
    assert set(page.text["h3"]) >= expected_names()
    assert page.urls == []
    assert "script" not in page.tags
    assert "1.10 Ensure that the recommendations are reported to the CSTD." in page.text["p"]
    assert "capacity building for developing countries" in page.text["li"]


def test_markdown_has_the_same_outline(compilation: Compilation) -> None:
    text = compilation_markdown(compilation)
    lines = text.splitlines()
    assert [line[3:] for line in lines if line.startswith("## ")] == [
        Q1,
        Q2,
        "Answers under headings that match no question",
        "Files not read",
    ]
    # Markdown escapes the underscores of a file name.
    assert {line[4:].replace("\\_", "_") for line in lines if line.startswith("### ")} >= (
        expected_names()
    )
    assert "**1.10** Ensure that the recommendations are reported to the CSTD." in lines
    assert "  - training programmes for officials;" in lines


def test_text_is_escaped_in_html_and_markdown() -> None:
    answer = QuestionAnswer(
        "wgec2-q1",
        "1",
        "number",
        "t",
        (Piece("paragraph", 0, "", "<script>alert(1)</script> & *x*"),),
    )
    sample = Compilation(WGEC2, (Contribution("a.txt", "a.txt", "<b>Org</b>", (answer,)),))
    page = compilation_html(sample)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; *x*" in page
    assert "&lt;b&gt;Org&lt;/b&gt;" in page
    assert "\\*x\\*" in compilation_markdown(sample)


def test_compile_command_writes_each_format_and_reports_the_unreadable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("hand_en_q2_answered_first.txt", "broken_corrupt.docx"):
        shutil.copy(CONSULTATION / name, folder / name)
    for suffix in (".md", ".html", ".docx"):
        out = tmp_path / f"c{suffix}"
        assert main(["compile", str(folder), "-o", str(out), "--jobs", "1"]) == 1
        err = capsys.readouterr().err.splitlines()
        assert err == [
            f"wgec-parse: {folder / 'broken_corrupt.docx'}: a damaged zip archive, not a "
            "readable .docx (File is not a zip file)",
            f"wgec-parse: compile: 1 of 2 files read, 1 with answers, 1 errors; "
            f"2 questions of wgec2 in {out}",
        ]
    assert (tmp_path / "c.md").read_text(encoding="utf-8").startswith("# Compilation of inputs\n")
    assert '<h3 dir="ltr" title="hand_en_q2_answered_first.txt">' in (
        tmp_path / "c.html"
    ).read_text(encoding="utf-8")
    assert [p.text for p in docx.Document(str(tmp_path / "c.docx")).paragraphs][:2] == [
        "Compilation of inputs",
        Q1,
    ]
    assert main(["compile", str(folder), "-o", str(tmp_path / "c.pdf")]) == 2
    assert main(["compile", str(tmp_path / "missing"), "-o", str(tmp_path / "c.md")]) == 2


def test_arabic_answers_are_laid_out_right_to_left(compilation: Compilation, word: Word) -> None:
    arabic = "يجب أن يتيح التعاون المعزز لجميع الحكومات المشاركة على قدم المساواة."
    page = compilation_html(compilation)
    assert f'<p dir="rtl"><span class="clause-number">1.1</span> {arabic}</p>' in page
    assert f'<p dir="rtl"><span class="clause-number">(a)</span> {arabic}</p>' in page
    assert '<p dir="ltr"><span class="clause-number">1.1</span> Enhanced' in page
    bidi = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi"

    def right_to_left(paragraph: docx.text.paragraph.Paragraph) -> bool:
        properties = paragraph._p.pPr
        return properties is not None and properties.find(bidi) is not None

    arabic_ones = [p for p in word.paragraphs if p.text.endswith(arabic)]
    english_ones = [p for p in word.paragraphs if p.text.endswith("on an equal footing.")]
    # Clause 1.1 of gen_ar_25, (a) of gen_ar_26 and a) of gen_ar_29 (gen_ar_24 answers
    # question 2 only; the others join the sentences into one paragraph).
    assert len(arabic_ones) == 3
    assert len(english_ones) == 4  # gen_en_00, _01, _02 and _05 (the others answer
    # question 2 only, or join the sentences)
    assert all(right_to_left(p) for p in arabic_ones)
    assert not any(right_to_left(p) for p in english_ones)


def test_a_table_is_a_table_in_each_format(tmp_path: Path) -> None:
    table = Piece("table", 0, "", "Programme | 2015\nBroadband \\| rural | 1200\n<b> | 3")
    answer = QuestionAnswer("wgec2-q1", "1", "number", "t", (table,))
    sample = Compilation(WGEC2, (Contribution("a.txt", "a.txt", "Org", (answer,)),))
    markdown = compilation_markdown(sample)
    assert (
        "| Programme | 2015 |\n| --- | --- |\n| Broadband \\| rural | 1200 |\n| \\<b\\> | 3 |\n"
    ) in markdown
    page = compilation_html(sample)
    assert '<td dir="ltr">Broadband | rural</td>' in page
    assert "&lt;b&gt;" in page
    assert "<b>" not in page
    path = tmp_path / "table.docx"
    write_compilation(sample, path)
    (written,) = docx.Document(str(path)).tables
    assert [[cell.text for cell in row.cells] for row in written.rows] == [
        ["Programme", "2015"],
        ["Broadband | rural", "1200"],
        ["<b>", "3"],
    ]
