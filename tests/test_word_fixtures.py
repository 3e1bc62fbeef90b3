"""The Word fixtures (fixtures/word/): made with Word's own styles, each read as the
expected file, written from what Word shows, says."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path
from types import ModuleType

import attrs
import pytest

from wgec_parse import from_json, parse, render, to_json
from wgec_parse.cli import main
from wgec_parse.docx import NOTES_RULE
from wgec_parse.loaders import docx_extraction, load
from wgec_parse.markdown import to_markdown
from wgec_parse.nodes import Noise, Table, walk
from wgec_parse.outline import outline

FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "word"
DOCUMENTS = sorted(FOLDER.glob("*.docx"))
Q1 = "What are the high level characteristics of enhanced cooperation?"
Q2 = (
    "Taking into consideration the work of the previous WGEC and the Tunis Agenda, "
    "particularly paragraphs 69-71, what kind of recommendations should we consider?"
)


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fixtures", FOLDER / "make_fixtures.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_there_are_fixtures_and_pdfs_of_them() -> None:
    assert len(DOCUMENTS) >= 3
    for path in DOCUMENTS:
        assert path.with_suffix(".libreoffice.pdf").read_bytes().startswith(b"%PDF-")
        assert path.with_suffix(".expected.txt").exists()


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_the_text_is_what_word_shows(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["text", str(path)]) == 0
    expected = path.with_suffix(".expected.txt").read_text(encoding="utf-8")
    assert capsys.readouterr().out == expected


#: The documents whose questions are headed by the guiding questions' wordings (04's
#: headings are topics).
WORDED = [path for path in DOCUMENTS if not path.stem.startswith("04_")]
#: The documents with an outline of their own, written from what Word shows.
OUTLINED = [path for path in DOCUMENTS if path.with_suffix(".expected.outline").exists()]


@pytest.mark.parametrize("path", WORDED, ids=lambda p: p.stem)
def test_both_questions_are_headings_and_tables_are_tables(path: Path) -> None:
    document = load(path)
    assert [q.title for q in document.questions] == [Q1, Q2]
    shown = outline(document, text=True, width=300)
    # Nothing is noise but the notes after the body, under their separator rule.
    noise = [n.text for n, _ in walk(document) if isinstance(n, Noise)]
    assert all(text == NOTES_RULE or text.startswith("[") for text in noise)
    assert ("noise" in shown) == bool(noise)
    markdown = to_markdown(document).replace("\\", "")  # Markdown escapes left out
    tables = [n for n, _ in walk(document) if isinstance(n, Table)]
    rows = [line for line in docx_extraction(path).text.splitlines() if line.startswith("| ")]
    # Each table row is a row of a table: in the outline under its table's header, its
    # cells in a Markdown table.
    assert [line.content for table in tables for line in table.lines] == rows
    for table in tables:
        assert f"table {table.shape}: {table.title}\n" in shown
    for line in rows:
        assert line.replace("\\", "") in markdown
    assert "paragraph: | " not in shown


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_the_generator_makes_the_committed_files(path: Path) -> None:
    module = generator()
    buffer = io.BytesIO()
    module.DOCUMENTS[path.stem]().save(buffer)
    assert docx_extraction(buffer.getvalue()) == docx_extraction(path)


def test_every_document_has_an_outline_of_its_own() -> None:
    assert WORDED
    assert OUTLINED == DOCUMENTS


@pytest.mark.parametrize("path", OUTLINED, ids=lambda p: p.stem)
def test_the_outline_is_what_word_shows(path: Path) -> None:
    expected = path.with_suffix(".expected.outline").read_text(encoding="utf-8")
    assert outline(load(path), text=True, width=300) == expected


def test_heading_styles_reach_the_parser() -> None:
    """The lines of "Heading 1", "Heading 2" and a style based on "Heading 1" are
    heading lines; a styled line heads a question only when it asks one or names a
    question's topic, and the text alone (no styles) heads only what stands alone as a
    heading."""
    path = FOLDER / "04_topic_headings.docx"
    document = load(path)
    text = docx_extraction(path).text
    lines = text.split("\n")
    styled = [lines[n - 1] for n in document.heading_lines]
    assert styled == [
        "Introduction",
        "What should enhanced cooperation achieve?",
        "Inclusiveness",
        "Our recommendations",
    ]
    assert [q.title for q in document.questions] == styled[1::2]
    # Without the styles, only the headings standing alone after a paragraph are ones:
    # a topic's, and the first heading, which names the questions' subject.
    assert [q.title for q in parse(text).questions] == styled[1::2]
    again = parse(render(document), heading_lines=document.heading_lines)
    assert attrs.evolve(again, source="docx") == document
    assert from_json(to_json(document)) == document


def test_headers_and_footers_stay_out_of_the_body() -> None:
    lines = [line for path in DOCUMENTS for line in docx_extraction(path).text.splitlines()]
    assert "Republic of Testland" not in lines  # the header of 01
    assert "Permanent Mission of Testland, Geneva" not in lines  # the header of 03
    assert not [line for line in lines if line.startswith(("Submission to the WGEC", "Page"))]
