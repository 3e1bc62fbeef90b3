"""wgec-parse compile: the consultation fixture by question, read back from .docx
(python-docx), .html (html.parser) and .md."""

from __future__ import annotations

import importlib.util
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
    compilation_html,
    compilation_markdown,
    read_compilation,
    write_compilation,
)
from wgec_parse.questions import WGEC2

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
    return read_compilation([CONSULTATION], jobs=2)


@pytest.fixture(scope="module")
def word(
    compilation: Compilation, tmp_path_factory: pytest.TempPathFactory
) -> docx.document.Document:
    path = tmp_path_factory.mktemp("compile") / "compilation.docx"
    write_compilation(compilation, path)
    return docx.Document(str(path))


def sections(document: docx.document.Document) -> dict[str, list[tuple[str, str]]]:
    """(style, text) of the paragraphs under each Heading 1."""
    found: dict[str, list[tuple[str, str]]] = {}
    current: list[tuple[str, str]] = []
    for paragraph in document.paragraphs:
        style = paragraph.style.name if paragraph.style is not None else ""
        if style == "Heading 1":
            current = found.setdefault(paragraph.text, [])
        else:
            current.append((style, paragraph.text))
    return found


def test_docx_has_a_heading_per_question_and_word_styles(word: docx.document.Document) -> None:
    styles = [p.style.name for p in word.paragraphs if p.style is not None]
    assert styles[0] == "Title"
    for style in ("Heading 1", "Heading 2", "List Bullet", "List Bullet 2"):
        assert style in styles
    assert list(sections(word)) == [
        Q1,
        Q2,
        "Answers under headings that match no question",
        "Files not read",
    ]


def test_docx_heads_answers_by_submitter_in_document_order(word: docx.document.Document) -> None:
    heads = {
        title: [t for s, t in body if s == "Heading 2"] for title, body in sections(word).items()
    }
    assert set(heads[Q1]) | set(heads[Q2]) == expected_names()
    # Files in order of name: generated ar, en, es, fr, ru, zh, then the hand-written ones.
    names = generator().SUBMITTERS
    assert heads[Q2][:6] == list(names["ar"])
    assert heads[Q2][6:12] == list(names["en"])
    assert heads[Q2][-5:] == list(HAND.values())
    # Every file read answers question 2 but empty.txt (hand_fr_stakeholder_field.txt
    # under "Question 3: Recommendations").  Question 1 is not answered by every seventh
    # generated file (those answer question 2 only: 5 files) nor by gen_ar_29_topic.txt,
    # whose heading "A. الخصائص" is read as a cover line, not as a heading.
    assert len(heads[Q2]) == 41
    assert len(heads[Q1]) == 36 - 5 - 1 + 5
    assert "Global Cloud Services Inc." in heads["Answers under headings that match no question"]


def test_docx_keeps_clause_numbers_and_bullets(word: docx.document.Document) -> None:
    body = sections(word)[Q2]
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
    assert not any("1.10" in text for _, text in sections(word)[Q1])


def test_docx_names_the_unreadable_file(word: docx.document.Document) -> None:
    (line,) = [t for _, t in sections(word)["Files not read"]]
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
    out = tmp_path / "c.md"
    assert main(["compile", str(CONSULTATION), "-o", str(out), "--jobs", "2"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"wgec-parse: {CONSULTATION / 'broken_corrupt.docx'}: ")
    assert err[-1] == (
        f"wgec-parse: compile: 42 of 43 files read, 41 with answers, 1 errors; "
        f"2 questions of wgec2 in {out}"
    )
    assert out.read_text(encoding="utf-8").startswith("# Compilation of inputs\n")
    assert main(["compile", str(CONSULTATION), "-o", str(tmp_path / "c.pdf")]) == 2
    assert main(["compile", str(tmp_path / "missing"), "-o", str(tmp_path / "c.md")]) == 2
