"""batch tables as users open them: canonical question ids, pandas/Excel-safe CSV, xlsx,
unique document ids, documents.csv, the summary line, logs and exit status."""

from __future__ import annotations

import csv
import os
import pty
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pandas
import pytest

from wgec_parse.batch import document_ids, run_batch
from wgec_parse.cli import main
from wgec_parse.questions import load_question_set

from .conftest import SEED_FULL

ROOT = Path(__file__).resolve().parent.parent
CONSULTATION = ROOT / "fixtures" / "consultation"
SWAPPED = CONSULTATION / "hand_en_q2_answered_first.txt"
ARCHIVES = ROOT / "fixtures" / "question_sets"

Q1_START = "What are the high level characteristics"
Q2_START = "Taking into consideration the work"


def read_csv(path: Path) -> pandas.DataFrame:
    """The recipe of docs/batch.md."""
    return pandas.read_csv(path, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def swapped_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("in")
    shutil.copy(SWAPPED, folder / SWAPPED.name)
    shutil.copy(SEED_FULL, folder / SEED_FULL.name)
    out = tmp_path_factory.mktemp("out")
    run_batch([folder], out, jobs=1)
    return out


def test_answer_to_question_2_written_under_I_is_question_2_in_answers(swapped_out: Path) -> None:
    frames = {
        "csv": read_csv(swapped_out / "answers.csv"),
        "parquet": pandas.read_parquet(swapped_out / "answers.parquet"),
        "xlsx": pandas.read_excel(swapped_out / "answers.xlsx", dtype=str, keep_default_na=False),
    }
    for kind, frame in frames.items():
        mine = frame[frame.document == SWAPPED.name]
        first = mine[mine.question_title.str.startswith(Q2_START)]
        second = mine[mine.question_title.str.startswith(Q1_START)]
        # The loose paragraph and clauses 1.1-1.10, all filed under question 2.
        assert len(first) == 11, kind
        assert set(first.question_id) == {"wgec2-q2"}, kind
        assert set(first.question) == {"2"}, kind
        assert set(first.question_written) == {"1"}, kind
        assert set(first.question_match) == {"wording"}, kind
        assert list(first.clause) == ["", *[f"1.{n}" for n in range(1, 11)]], kind
        assert list(second.question_id) == ["wgec2-q1"], kind
        assert list(second.question_written) == ["2"], kind


def test_answer_to_question_2_written_under_I_is_question_2_in_coverage_and_documents(
    swapped_out: Path,
) -> None:
    coverage = read_csv(swapped_out / "coverage.csv").set_index("document")
    assert coverage.loc[SWAPPED.name, "wgec2-q2"] == "11"
    assert coverage.loc[SWAPPED.name, "wgec2-q1"] == "1"
    assert coverage.loc[SWAPPED.name, "(unmatched)"] == "0"
    documents = read_csv(swapped_out / "documents.csv").set_index("document")
    row = documents.loc[SWAPPED.name]
    # "Enhanced cooperation should be inclusive, transparent and focused on international
    # public policy issues pertaining to the Internet." is the whole answer to question 1.
    assert row["words_wgec2-q1"] == "17"
    assert int(row["words_wgec2-q2"]) > 90
    assert row.questions_answered == "2"
    assert row.questions_unanswered == ""
    assert row.submitter == "Ministry of Digital Affairs of the Republic of Northland"
    assert row.submitter_field == "Submitted by"
    assert (row.stakeholder_group, row.stakeholder_from) == ("Government", "name")
    assert row.language == "en"
    assert row.source == "text"
    # Both headings read as the other question: two warnings from validation.
    assert (row.errors, row.warnings) == ("0", "2")
    findings = read_csv(swapped_out / "findings.csv")
    mine = findings[findings.document == SWAPPED.name]
    assert list(mine.code) == ["question-text-mismatch"] * 2
    assert list(mine.line) == ["6", "23"]


def test_documented_recipe_keeps_clause_1_10(swapped_out: Path) -> None:
    clauses = read_csv(swapped_out / "answers.csv").clause
    assert "1.10" in set(clauses)
    assert "1.1" in set(clauses)
    # What the recipe is for: pandas' defaults read the same column as numbers.
    naive = pandas.read_csv(swapped_out / "answers.csv").clause
    assert "1.10" not in {str(v) for v in naive}


def test_csv_has_a_byte_order_mark_unless_asked_not_to(tmp_path: Path) -> None:
    assert main(["batch", str(SWAPPED), "-o", str(tmp_path / "bom"), "--jobs", "1"]) == 0
    assert (
        main(
            [
                "batch",
                str(SWAPPED),
                "-o",
                str(tmp_path / "plain"),
                "--jobs",
                "1",
                "--csv-encoding",
                "utf-8",
            ]
        )
        == 0
    )
    for name in ("answers.csv", "documents.csv", "coverage.csv", "findings.csv", "errors.csv"):
        with_bom = (tmp_path / "bom" / name).read_bytes()
        without = (tmp_path / "plain" / name).read_bytes()
        assert with_bom.startswith(b"\xef\xbb\xbf"), name
        assert not without.startswith(b"\xef\xbb\xbf"), name
        assert with_bom[3:] == without, name


def test_xlsx_has_typed_columns_a_frozen_header_and_filters(swapped_out: Path) -> None:
    sheet = openpyxl.load_workbook(swapped_out / "answers.xlsx").active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    table = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert sheet.auto_filter.ref == f"A1:K{len(table)}"
    with open(swapped_out / "answers.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    line = rows[0].index("line")
    assert table[0] == rows[0]
    assert all(isinstance(r[line], int) for r in table[1:])
    # Empty cells read back as None; every other cell as written in the CSV.
    assert [[("" if v is None else str(v)) for v in r] for r in table[1:]] == rows[1:]


def test_document_ids_are_unique_file_names_with_extension(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    text = SWAPPED.read_text(encoding="utf-8")
    (folder / "northland.txt").write_text(text, encoding="utf-8")
    (folder / "sub" / "northland.txt").write_text(text, encoding="utf-8")
    word = docx.Document()
    for paragraph in text.split("\n"):
        if paragraph:
            word.add_paragraph(paragraph)
    word.save(str(folder / "northland.docx"))
    out = tmp_path / "out"
    run_batch([folder], out, jobs=1)
    documents = read_csv(out / "documents.csv")
    assert list(documents.document) == ["northland.docx", "northland.txt", "sub/northland.txt"]
    assert list(documents.source) == ["docx", "text", "text"]
    answers = read_csv(out / "answers.csv")
    assert answers.groupby("document").size().to_dict() == {
        "northland.docx": 12,
        "northland.txt": 12,
        "sub/northland.txt": 12,
    }


def test_document_ids_that_would_collide_are_paths() -> None:
    ids = document_ids(["a/x.txt", "b/x.txt", "a/y.txt"], ["a", "b"])
    assert ids == {"a/x.txt": "a/x.txt", "b/x.txt": "b/x.txt", "a/y.txt": "y.txt"}
    assert document_ids(["in/sub/x.txt", "one.txt"], ["in/"]) == {
        "in/sub/x.txt": "sub/x.txt",
        "one.txt": "one.txt",
    }


def test_questions_option_files_answers_under_another_set(tmp_path: Path) -> None:
    out = tmp_path / "out"
    toml = ARCHIVES / "archives.toml"
    assert (
        main(["batch", str(ARCHIVES), "-o", str(out), "--jobs", "1", "--questions", str(toml)]) == 0
    )
    answers = read_csv(out / "answers.csv")
    assert list(zip(answers.question_id, answers.question_match, strict=True)) == [
        ("archives-q1", "wording"),
        ("archives-q2", "wording"),
        ("archives-q2", "number"),  # "2. Access"
    ]
    coverage = read_csv(out / "coverage.csv")
    assert list(coverage.columns[3:7]) == ["archives-q1", "archives-q2", "(unmatched)", "(none)"]
    assert load_question_set(toml).name == "archives"


def test_an_unknown_question_set_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["batch", str(SWAPPED), "-o", str(out), "--questions", "nope"]) == 2
    assert "nope: cannot read question set" in capsys.readouterr().err
    assert not out.exists()


def test_summary_on_stderr_when_it_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert not sys.stderr.isatty()
    assert main(["batch", str(SWAPPED), "-o", str(tmp_path / "out"), "--jobs", "1"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "wgec-parse: batch: 1 of 1 files read, 12 answer rows, 0 errors, 2 findings; "
        f"documents answering: wgec2-q1 1, wgec2-q2 1; tables in {tmp_path / 'out'}"
    ]


def test_verbose_logs_each_file_and_log_file_gets_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "run.log"
    args = [str(SWAPPED), str(SEED_FULL), "-o", str(tmp_path / "out"), "--jobs", "1"]
    assert main(["batch", *args, "-v", "--log", str(log)]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == f"wgec-parse: {SEED_FULL}: read as {SEED_FULL.name}, 12 answer rows"
    assert lines[1] == f"wgec-parse: {SWAPPED}: read as {SWAPPED.name}, 12 answer rows"
    assert lines[2].startswith("wgec-parse: batch: 2 of 2 files read, 24 answer rows")
    assert len(lines) == 3
    logged = log.read_text(encoding="utf-8")
    assert "INFO wgec_parse.batch: 2 of 2 files read, 24 answer rows" in logged
    assert f"{SWAPPED}: read as {SWAPPED.name}" in logged
    # Without -v, per-file events are not shown, and the log handlers are gone.
    assert main(["batch", *args]) == 0
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_a_missing_folder_is_exit_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["batch", str(tmp_path / "missing"), "-o", str(out)]) == 2
    assert (
        capsys.readouterr().err == f"wgec-parse: {tmp_path / 'missing'}: no such file or folder\n"
    )
    assert not out.exists()


def test_two_hundred_files_show_progress_on_a_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = "Submitted by: Examplia\n\n1. What are the high level characteristics?\nOpenness.\n"
    for n in range(200):
        (folder / f"sub{n:03}.txt").write_text(text, encoding="utf-8")
    main_fd, terminal = pty.openpty()
    # A new pseudo-terminal reports a size of 0 by 0: the bar is drawn all the same.
    log = tmp_path / "run.log"
    process = subprocess.Popen(
        [sys.executable, "-c", "from wgec_parse.cli import main; raise SystemExit(main())",
         "batch", str(folder), "-o", str(tmp_path / "out"), "--jobs", "2", "--log", str(log)],
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "120"},
        stdout=subprocess.DEVNULL, stderr=terminal, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(terminal)
    shown = b""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([main_fd], [], [], 1)
        if ready:
            try:
                chunk = os.read(main_fd, 65536)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            shown += chunk
        elif process.poll() is not None:
            break
    os.close(main_fd)
    assert process.wait(30) == 0
    text_shown = shown.decode("utf-8", "replace")
    assert "200/200" in text_shown
    assert "file/s" in text_shown
    assert "wgec-parse: batch: 200 of 200 files read, 200 answer rows" in text_shown
    assert "200 of 200 files read" in log.read_text(encoding="utf-8")


def test_what_an_excel_cell_cannot_hold_is_noted_and_kept_in_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    long = " ".join(["word"] * 8000)  # 39,999 characters
    (folder / "a.txt").write_text(
        "Submitted by: Testland\n\n"
        "1. What are the high level characteristics of enhanced cooperation?\n"
        "1.1 Open\x07ness.\n"
        f"1.2 {long}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["batch", str(folder), "-o", str(out), "--jobs", "1"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[:2] == [
        f"wgec-parse: {folder / 'a.txt'}: line 4: control characters shown as U+FFFD in answers.xlsx",
        f"wgec-parse: {folder / 'a.txt'}: line 5: text cut to 32,767 characters in answers.xlsx",
    ]
    texts = list(read_csv(out / "answers.csv").text)
    assert texts == ["Open\x07ness.", long]
    sheet = openpyxl.load_workbook(out / "answers.xlsx").active
    assert sheet is not None
    cells = [row[9] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert cells == ["Open\ufffdness.", long[:32_767]]
    manifest = (out / "manifest.json").read_text(encoding="utf-8")
    assert "text cut to 32,767 characters in answers.xlsx" in manifest


def test_without_openpyxl_there_is_no_xlsx_and_the_summary_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    out = tmp_path / "out"
    assert main(["batch", str(SWAPPED), "-o", str(out), "--jobs", "1"]) == 0
    assert not (out / "answers.xlsx").exists()
    assert (out / "answers.csv").exists()
    assert (
        capsys.readouterr()
        .err.rstrip("\n")
        .endswith(f"tables in {out}; no answers.xlsx (needs openpyxl)")
    )
