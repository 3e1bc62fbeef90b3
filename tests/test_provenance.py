"""Provenance: findings and outlines of a .docx or PDF say where in the original they are.

Each origin is checked against the original read by another library (python-docx for
Word's paragraphs, pypdf for a PDF's pages), not against what the reader recorded.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from pathlib import Path

import jsonschema
import pytest

from wgec_parse.batch import run_batch
from wgec_parse.commands import outline_cmd, validate_cmd
from wgec_parse.extraction import Extraction, Origins, origin_of_line
from wgec_parse.jsonio import to_json
from wgec_parse.loaders import extract, load, load_with_origins
from wgec_parse.outline import outline
from wgec_parse.pdfreader import NOTES_RULE
from wgec_parse.rules.base import Diagnostic, Related
from wgec_parse.validation import validate

docx = pytest.importorskip("docx")
pypdf = pytest.importorskip("pypdf")

ROOT = Path(__file__).resolve().parent.parent
PDFS = sorted((ROOT / "fixtures" / "pdf").glob("*.pdf"))
WORD_PDFS = sorted((ROOT / "fixtures" / "word").glob("*.libreoffice.pdf"))
WORD = ROOT / "fixtures" / "word" / "04_topic_headings.docx"
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"

QUESTION_1 = "What are the high level characteristics of enhanced cooperation?"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """A command's exit code and standard output."""
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers()
    validate_cmd.register(commands)
    outline_cmd.register(commands)
    args = parser.parse_args(argv)
    code = args.run(args)
    return code, capsys.readouterr().out


def _words(text: str) -> str:
    return " ".join(text.replace("\x0c", " ").split())


def _pages(path: Path) -> list[str]:
    """Each page's text as pypdf reads it, white space collapsed."""
    return [_words(page.extract_text()) for page in pypdf.PdfReader(path).pages]


def _parser_lines(text: str) -> list[str]:
    """The lines as the parser counts them: at LF, CRLF or CR only."""
    return re.split(r"\r\n|\r|\n", text)


# --- origins per parser line -----------------------------------------------------------


def test_lines_split_at_form_feeds_keep_their_parser_line_numbers() -> None:
    # splitlines pieces: "a\x0c", "b\n", "c\r\n", "\x0c", "d\r", "e\n"; parser lines:
    # "a\x0cb", "c", "\x0cd", "e".
    text = "a\x0cb\nc\r\n\x0cd\re\n"
    extraction = Extraction(text, ("p1", "p1", "p2", "", "p3", "p4"))
    origins = Origins.of_extraction(extraction)
    assert origins.lines == ("p1", "p2", "p3", "p4")
    assert [origin_of_line(extraction, n) for n in range(6)] == ["", "p1", "p2", "p3", "p4", ""]


def test_text_without_final_line_break_has_its_last_line() -> None:
    extraction = Extraction("one\ntwo", ("¶1", "¶2"))
    assert Origins.of_extraction(extraction).lines == ("¶1", "¶2")
    assert not Origins()
    assert not Origins(("", ""))
    assert Origins(("", "p1"))


@pytest.mark.parametrize("path", PDFS + WORD_PDFS, ids=lambda p: p.name)
def test_each_pdf_line_is_on_the_page_its_origin_names(path: Path) -> None:
    document, origins = load_with_origins(path)
    extraction = extract(path)
    lines = _parser_lines(extraction.text)
    assert len(origins.lines) == len(lines) - 1  # the text ends with a line break
    # Where lines hold form feeds (pages after the first), the two counts differ.
    if "\x0c" in extraction.text:
        assert len(extraction.origins) > len(origins.lines)
    pages = _pages(path)
    checked = 0
    for number, line in enumerate(lines, 1):
        words = _words(line)
        origin = origins.of(number)
        if not words:
            continue
        if line == NOTES_RULE:  # the reader's own line before the notes of a page
            assert origin == "", (number, line)
            continue
        if words.startswith("| ") and words.endswith(" |"):  # a table's row: its cells
            cells = re.split(r"(?<!\\)\|", words)[1:-1]
            words = _words(" ".join(cells).replace("\\|", "|"))
        assert re.fullmatch(r"p[1-9][0-9]*", origin), (number, line)
        page = int(origin[1:])
        assert words in pages[page - 1], (number, line, origin)
        elsewhere = [i + 1 for i, text in enumerate(pages) if words in text]
        if elsewhere == [page]:
            checked += 1
    assert checked > 0.8 * sum(1 for line in lines if line.strip())
    assert document == load(path)


def test_docx_lines_come_from_the_paragraphs_their_origins_name() -> None:
    paragraphs = docx.Document(WORD).paragraphs
    _document, origins = load_with_origins(WORD)
    lines = _parser_lines(extract(WORD).text)
    named = 0
    for number, line in enumerate(lines, 1):
        origin = origins.of(number)
        if origin.startswith("¶"):
            text = paragraphs[int(origin[1:]) - 1].text
            assert text.strip(), (number, line)
            # The reader marks footnote references ("[1]"), which the paragraph's own
            # text does not hold.
            shown = re.sub(r"\[\d+\]", "", line)
            assert _words(shown).endswith(_words(text)), (number, line, text)
            named += 1
    assert named >= 10


# --- findings -------------------------------------------------------------------------


def _made_docx(tmp_path: Path) -> tuple[Path, list[str]]:
    """A .docx whose paragraph 6 repeats clause 1 of paragraph 4 (an empty paragraph
    between them)."""
    texts = [
        "Submitted by: Ministry of Testing",
        "Question 1",
        QUESTION_1,
        "1. Cooperation is open to all.",
        "",
        "1. Cooperation is transparent.",
    ]
    made = docx.Document()
    for text in texts:
        made.add_paragraph(text)
    path = tmp_path / "answers.docx"
    made.save(str(path))
    return path, texts


def test_docx_finding_names_its_paragraph_in_text_json_and_sarif(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, texts = _made_docx(tmp_path)
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    assert paragraphs == texts
    again = paragraphs.index("1. Cooperation is transparent.") + 1  # 6
    first = paragraphs.index("1. Cooperation is open to all.") + 1  # 4

    code, out = _run(["validate", "--select", "duplicate-clause", str(path)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert re.fullmatch(
        rf"{re.escape(str(path))}:¶{again}:\d+:1: warning duplicate-clause .*", lines[0]
    )
    assert re.fullmatch(
        rf"{re.escape(str(path))}:¶{first}:\d+:1: note duplicate-clause .*", lines[1]
    )

    _code, out = _run(
        ["validate", "--format", "json", "--select", "duplicate-clause", str(path)], capsys
    )
    (finding,) = json.loads(out)["files"][0]["diagnostics"]
    assert finding["origin"] == f"¶{again}"
    assert finding["related"][0]["origin"] == f"¶{first}"

    _code, out = _run(
        ["validate", "--format", "sarif", "--select", "duplicate-clause", str(path)], capsys
    )
    log = json.loads(out)
    _sarif_validator().validate(log)
    (result,) = log["runs"][0]["results"]
    assert result["locations"][0]["properties"] == {"origin": f"¶{again}"}
    assert result["relatedLocations"][0]["properties"] == {"origin": f"¶{first}"}


def test_fixture_docx_findings_name_the_paragraphs_word_shows() -> None:
    paragraphs = docx.Document(WORD).paragraphs
    document, origins = load_with_origins(WORD)
    lines = _parser_lines(extract(WORD).text)
    flagged = [d for d in validate(document) if d.code == "question-text-mismatch"]
    assert flagged
    for d in flagged:
        for line in [d.line, *(r.line for r in d.related)]:
            origin = origins.of(line)
            assert origin.startswith("¶")
            text = paragraphs[int(origin.removeprefix("¶")) - 1].text
            assert text
            assert _words(lines[line - 1]).endswith(_words(text))


# The PDFs with findings.
FLAGGED_PDFS = [*PDFS, *(p for p in WORD_PDFS if p.name.startswith(("02_", "04_")))]


@pytest.mark.parametrize("path", FLAGGED_PDFS, ids=lambda p: p.name)
def test_pdf_findings_name_the_page_their_text_is_on(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = _pages(path)
    lines = _parser_lines(extract(path).text)
    _code, out = _run(["validate", "--format", "json", str(path)], capsys)
    diagnostics = json.loads(out)["files"][0]["diagnostics"]
    assert diagnostics
    for d in diagnostics:
        words = _words(lines[d["line"] - 1])
        on = [f"p{i + 1}" for i, text in enumerate(pages) if words and words in text]
        assert d.get("origin", "") in (on or [""]), (d, on)
    _code, text = _run(["validate", str(path)], capsys)
    printed = [
        f"{path}:{d['origin']}:{d['line']}:{d['column']}: {d['severity']} {d['code']}"
        for d in diagnostics
        if "origin" in d
    ]
    assert printed
    assert all(any(line.startswith(p + " ") for line in text.splitlines()) for p in printed)


def test_pdf_question_heading_found_on_page_2(capsys: pytest.CaptureFixture[str]) -> None:
    path = ROOT / "fixtures" / "pdf" / "lo_two_pages.pdf"
    assert "2) Taking into consideration" in pypdf.PdfReader(path).pages[1].extract_text()
    _code, out = _run(["validate", "--format", "sarif", str(path)], capsys)
    log = json.loads(out)
    _sarif_validator().validate(log)
    (result,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "question-text-mismatch"]
    assert result["locations"][0]["properties"] == {"origin": "p2"}


# --- text files, and the tree, as before -------------------------------------------------


def test_text_files_have_no_origins_and_print_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "answers.txt"
    path.write_text(
        f"Question 1\n{QUESTION_1}\n1. Open to all.\n1. Transparent.\n", encoding="utf-8"
    )
    document, origins = load_with_origins(path)
    assert not origins
    assert origins.of(4) == ""
    _code, out = _run(["validate", "--select", "duplicate-clause", str(path)], capsys)
    assert out.splitlines() == [
        f"{path}:4:1: warning duplicate-clause Clause number 1 is used twice under "
        "question 1; the first 1 is on line 3.",
        f"{path}:3:1: note duplicate-clause first clause 1",
    ]
    _code, out = _run(["validate", "--format", "json", str(path)], capsys)
    diagnostics = json.loads(out)["files"][0]["diagnostics"]
    assert {"code", "line", "related"} <= diagnostics[0].keys()
    assert all("origin" not in d for d in diagnostics)
    assert all("origin" not in r for d in diagnostics for r in d["related"])
    _code, out = _run(["validate", "--format", "sarif", str(path)], capsys)
    results = json.loads(out)["runs"][0]["results"]
    assert len(results) == len(diagnostics)
    locations = [loc for r in results for loc in r["locations"] + r.get("relatedLocations", [])]
    assert all("properties" not in loc for loc in locations)
    assert document == load(path)


def test_diagnostic_format_and_dict_with_and_without_origins() -> None:
    d = Diagnostic("c", "warning", "m", 3, 2, 3, 9, (Related(1, 1, "there"),))
    assert d.format("f.txt", notes=True) == "f.txt:3:2: warning c m\nf.txt:1:1: note c there"
    assert "origin" not in d.to_dict()
    origin_of = {3: "table 1 r2", 1: "¶1"}.__getitem__
    assert d.format("f.docx", notes=True, origin_of=origin_of) == (
        "f.docx:table 1 r2:3:2: warning c m\nf.docx:¶1:1:1: note c there"
    )
    assert d.format(origin_of=origin_of) == "table 1 r2:3:2: warning c m"
    placed = d.to_dict(origin_of)
    assert placed["origin"] == "table 1 r2"
    assert placed["related"] == [{"line": 1, "column": 1, "message": "there", "origin": "¶1"}]
    # A line without an origin (one the reader added) prints as a text file's.
    assert d.format("f.pdf", origin_of=lambda line: "") == "f.pdf:3:2: warning c m"
    assert d.to_dict(lambda line: "") == d.to_dict()


def test_origins_leave_the_tree_and_its_json_unchanged() -> None:
    document, origins = load_with_origins(WORD)
    assert origins
    assert document == load(WORD)
    assert to_json(document) == to_json(load(WORD))


# --- outline ----------------------------------------------------------------------------


def test_pdf_outline_names_the_page_of_each_noise_line(capsys: pytest.CaptureFixture[str]) -> None:
    path = ROOT / "fixtures" / "pdf" / "lo_two_pages.pdf"
    pages = _pages(path)
    lines = _parser_lines(extract(path).text)
    _code, out = _run(["outline", "--structure", str(path)], capsys)
    noise = re.findall(r"^ *noise (\d+)(?: \((p\d+)\))?$", out, re.MULTILINE)
    assert len(noise) >= 4
    for number, page in noise:
        words = _words(lines[int(number) - 1])
        if words:  # a running header or footer: on the page named
            assert words in pages[int(page[1:]) - 1]
        else:  # the form feed between pages is on no page
            assert page == ""
    # Everything but the marks is the outline of the document.
    assert re.sub(r" \(p\d+\)$", "", out, flags=re.MULTILINE) == outline(load(path))


def test_text_outline_is_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "answers.txt"
    path.write_text(f"Header\x0c\nQuestion 1\n{QUESTION_1}\nAn answer.\n", encoding="utf-8")
    _code, out = _run(["outline", str(path)], capsys)
    assert out == outline(load(path), text=True)


def _sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


# --- batch ------------------------------------------------------------------------------


def test_batch_findings_csv_has_each_findings_origin(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    pdf = ROOT / "fixtures" / "pdf" / "lo_two_pages.pdf"
    for source in (WORD, pdf):
        (inputs / source.name).write_bytes(source.read_bytes())
    (inputs / "plain.txt").write_text(
        f"Question 1\n{QUESTION_1}\n1. Open to all.\n1. Transparent.\n", encoding="utf-8"
    )
    run_batch([str(inputs)], str(tmp_path / "out"), jobs=1)
    with (tmp_path / "out" / "findings.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["document", "path", "code", "severity", "line", "message", "origin"]
    by_file: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_file.setdefault(Path(row["path"]).name, []).append(row)

    assert {row["origin"] for row in by_file["plain.txt"]} == {""}
    assert any(row["code"] == "duplicate-clause" for row in by_file["plain.txt"])

    (heading,) = [r for r in by_file[pdf.name] if r["code"] == "question-text-mismatch"]
    assert heading["origin"] == "p2"
    page_2 = _pages(pdf)[1]
    assert _words(_parser_lines(extract(pdf).text)[int(heading["line"]) - 1]) in page_2

    paragraphs = docx.Document(WORD).paragraphs
    lines = _parser_lines(extract(WORD).text)
    flagged = [r for r in by_file[WORD.name] if r["code"] == "question-text-mismatch"]
    assert flagged
    for row in flagged:
        text = paragraphs[int(row["origin"].removeprefix("¶")) - 1].text
        assert text
        assert _words(lines[int(row["line"]) - 1]).endswith(_words(text))


def test_rules_doc_shows_the_real_output(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    section = (ROOT / "docs" / "rules.md").read_text("utf-8")
    section = section.split("### Word and PDF files: where each finding is\n", 1)[1]
    command = (
        "wgec-parse validate fixtures/word/02_ngo_form_tracked_changes.docx "
        "fixtures/pdf/lo_two_pages.pdf"
    )
    shown = section.split(f"```sh\n{command}\n```\n\n```\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(ROOT)
    assert _run(command.split()[1:], capsys) == (0, shown)


def test_rules_doc_python_example_prints_what_it_says(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    section = (ROOT / "docs" / "rules.md").read_text("utf-8")
    section = section.split("### Word and PDF files: where each finding is\n", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    said = [line.removeprefix("# ") for line in code.splitlines() if line.startswith("# ")]
    monkeypatch.chdir(ROOT)
    exec(compile(code, "rules.md", "exec"), {})  # the documented example
    assert capsys.readouterr().out.splitlines() == said


def test_a_pdf_on_standard_input_keeps_its_pages(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = ROOT / "fixtures" / "pdf" / "lo_two_pages.pdf"
    stdin = io.TextIOWrapper(io.BytesIO(path.read_bytes()))
    monkeypatch.setattr(sys, "stdin", stdin)
    _code, out = _run(["validate", "--format", "json", "-"], capsys)
    (finding,) = json.loads(out)["files"][0]["diagnostics"]
    assert (finding["code"], finding["origin"]) == ("question-text-mismatch", "p2")
