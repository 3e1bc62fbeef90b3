"""``wgec-parse text``: the text that was parsed, each line after its origin."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import docx
import pytest

from wgec_parse.cli import main
from wgec_parse.loaders import extract

Q1 = "What are the high level characteristics of enhanced cooperation?"


def submission(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Submitted by: Testland")
    document.add_paragraph("")
    document.add_paragraph(Q1, style="Heading 1")
    table = document.add_table(rows=2, cols=2)
    for r, (a, b) in enumerate([("Year", "Count"), ("2016", "29")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    document.add_paragraph("One point", style="List Number")
    document.save(str(path))
    return path


EXPECTED = (
    "¶1\tSubmitted by: Testland\n"
    "\t \n"
    f"¶3\t{Q1}\n"  # ¶2 is the empty paragraph
    "\t \n"
    "table 1 r1\t| Year | Count |\n"
    "\t \n"
    "table 1 r2\t| 2016 | 29 |\n"
    "\t \n"
    "¶4\t1. One point\n"
)


def test_a_docx_line_by_line_with_paragraph_and_row_marks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = submission(tmp_path / "sub.docx")
    assert main(["text", str(path)]) == 0
    assert capsys.readouterr().out == EXPECTED


def test_plain_prints_the_text_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = submission(tmp_path / "sub.docx")
    assert main(["text", "--plain", str(path)]) == 0
    out = capsys.readouterr().out
    assert out == "".join(line.split("\t", 1)[1] + "\n" for line in EXPECTED.splitlines())
    assert out == extract(path).text


def test_a_text_file_gives_its_line_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sub.txt"
    path.write_bytes(f"1) {Q1}\r\n\r\n1.1 Open.\rlast\n".encode("cp1252"))
    assert main(["text", str(path)]) == 0
    assert capsys.readouterr().out == f"1\t1) {Q1}\n2\t\n3\t1.1 Open.\n4\tlast\n"


def test_a_docx_on_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = submission(tmp_path / "sub.docx").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["text", "-"]) == 0
    assert capsys.readouterr().out == EXPECTED


def test_a_pdf_gives_page_marks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    for text in ("On the first page.", "On the second page."):
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        pdf.cell(0, 6, text)
    path = tmp_path / "two.pdf"
    pdf.output(str(path))
    assert main(["text", str(path)]) == 0
    marked = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [(origin, text.strip()) for origin, text in marked if text.strip()] == [
        ("p1", "On the first page."),
        ("p2", "On the second page."),
    ]
