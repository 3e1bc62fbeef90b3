"""wgec-parse batch: every fixture to JSONL and CSV; bad files reported and skipped."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
from collections import Counter
from pathlib import Path

import pandas
import pytest

import wgec_parse
from wgec_parse.batch import SUFFIXES, FileResult, _results, collect, process_file, run_batch
from wgec_parse.cli import main
from wgec_parse.commands.batch_cmd import Progress
from wgec_parse.jsonio import View, from_json
from wgec_parse.nodes import Clause, Document

from .conftest import FIXTURES, SEED_BODY, SEED_FULL


def all_clauses(document: Document) -> list[Clause]:
    found: list[Clause] = []
    stack = [b for q in document.questions for b in q.body] + list(document.body)
    while stack:
        block = stack.pop()
        if isinstance(block, Clause):
            found.append(block)
            stack.extend(block.body)
    return found


def read_csv(path: Path) -> pandas.DataFrame:
    return pandas.read_csv(path, dtype=str, keep_default_na=False)


def test_fixtures_folder_gives_one_csv_row_per_clause(tmp_path: Path) -> None:
    out = tmp_path / "out"
    # fixtures/consultation holds one unreadable file on purpose: exit status 1.
    assert main(["batch", str(FIXTURES), "-o", str(out), "--jobs", "2"]) == 1
    errors = read_csv(out / "errors.csv")
    broken = str(FIXTURES / "consultation" / "broken_corrupt.docx")
    assert errors.path.tolist() == [broken]
    # Every other file the batch reads: text, and the PDFs and Word files of the fixtures.
    paths = sorted(
        str(p) for p in FIXTURES.rglob("*") if p.suffix.lower() in SUFFIXES and str(p) != broken
    )
    # A multiset: a flattened line may hold two clauses of the same number.
    expected = Counter(
        (path, clause.number, str(clause.head.line))
        for path in paths
        for clause in all_clauses(wgec_parse.load(path))
    )
    frame = read_csv(out / "answers.csv")
    clause_rows = frame[frame.clause != ""]
    assert len(clause_rows) == sum(expected.values())
    got = Counter(zip(clause_rows.path, clause_rows.clause, clause_rows.line, strict=True))
    assert got == expected
    seed = frame[frame.path == str(SEED_FULL)]
    assert set(seed.submitter) == {"the Russian Federation"}
    assert seed[seed.clause == "2.3"].text.tolist() == [
        "It is proposed to concentrate efforts of WGEC-2 first of all at the international"
        " public policy issues:"
        "\n- Infrastructural level\n- Content level\n- Social-economic development"
    ]
    lines = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    readable = sorted(str(p) for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".docx", ".pdf"))
    readable.remove(str(FIXTURES / "consultation" / "broken_corrupt.docx"))
    assert [json.loads(line)["path"] for line in lines] == readable
    assert all(isinstance(json.loads(line)["document"], dict) for line in lines)


@pytest.mark.parametrize("view", ["full", "outline"])
def test_documents_jsonl_holds_each_document_in_the_chosen_view(tmp_path: Path, view: str) -> None:
    assert main(["batch", str(SEED_FULL), "-o", str(tmp_path), "--view", view]) == 0
    (line,) = (tmp_path / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    entry = json.loads(line)
    assert entry["path"] == str(SEED_FULL)
    assert (
        entry["document"]["schema"] == f"wgec-parse/{'document' if view == 'full' else 'outline'}"
    )
    if view == "full":
        # Lossless: the JSON reads back to a tree that renders the file byte for byte.
        document = from_json(json.dumps(entry["document"]))
        assert wgec_parse.render(document).encode("utf-8") == SEED_FULL.read_bytes()
        assert (document.source, document.encoding) == ("text", "utf-8")
    else:
        assert [q["number"] for q in entry["document"]["questions"]] == ["1", "2"]


def test_coverage_matrix_counts_rows_per_question(tmp_path: Path) -> None:
    run_batch([SEED_FULL, SEED_BODY], tmp_path, jobs=1)
    with open(tmp_path / "coverage.csv", encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == [
        "path",
        "document",
        "submitter",
        "wgec2-q1",
        "wgec2-q2",
        "(unmatched)",
        "(none)",
        "questions",
        "rows",
    ]
    # Both seeds: question 1 has loose paragraphs and clauses 1.1-1.5 (6 rows), question 2
    # clauses 2.1-2.5 with 2.5 twice (6 rows); only 002 names its submitter.  Data rows
    # only: the totals are in coverage_totals.csv.
    assert table[1:] == [
        [str(SEED_BODY), SEED_BODY.name, "", "6", "6", "0", "0", "2", "12"],
        [str(SEED_FULL), SEED_FULL.name, "the Russian Federation", "6", "6", "0", "0", "2", "12"],
    ]
    with open(tmp_path / "coverage_totals.csv", encoding="utf-8-sig", newline="") as handle:
        totals = list(csv.reader(handle))
    assert totals == [
        ["question_id", "question", "documents_answering", "rows"],
        ["wgec2-q1", "1", "2", "12"],
        ["wgec2-q2", "2", "2", "12"],
        ["(unmatched)", "", "0", "0"],
        ["(none)", "", "0", "0"],
    ]


def make_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SEED_FULL, folder / "b.txt")
    shutil.copy(SEED_BODY, folder / "sub" / "a.TXT")
    (folder / "c_corrupt.pdf").write_bytes(b"%PDF-1.4\n\x00\x01 truncated")
    (folder / "d_corrupt.docx").write_bytes(b"PK\x03\x04 not a zip")
    (folder / "notes.md").write_text("not a submission", encoding="utf-8")
    (folder / ".hidden.txt").write_text("1) Hidden?\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")  # reading it would block: reported, never opened
    return folder


def test_collect_searches_folders_for_known_suffixes(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    named = folder / "notes.md"
    assert collect([folder, named]) == sorted(
        str(p)
        for p in (
            folder / "b.txt",
            folder / "sub" / "a.TXT",
            folder / "c_corrupt.pdf",
            folder / "d_corrupt.docx",
            named,  # a file named directly is taken whatever its suffix
        )
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_corrupt_files_are_reported_and_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    folder = make_folder(tmp_path)
    out = tmp_path / "out"
    assert main(["batch", str(folder), "-o", str(out), "--jobs", jobs]) == 1
    err = capsys.readouterr().err
    # Not a terminal: no progress bar, only one line per bad file, then the summary.
    assert err.splitlines() == [
        line for line in err.splitlines() if line.startswith("wgec-parse: ")
    ]
    assert len(err.splitlines()) == 4
    assert err.splitlines()[-1].startswith("wgec-parse: batch: 2 of 4 files read, ")
    assert str(folder / "c_corrupt.pdf") in err
    assert str(folder / "d_corrupt.docx") in err
    assert f"{folder / 'pipe.txt'}: a named pipe (FIFO)" in err
    errors = read_csv(out / "errors.csv")
    assert errors.path.tolist() == [
        str(folder / "c_corrupt.pdf"),
        str(folder / "d_corrupt.docx"),
        str(folder / "pipe.txt"),
    ]
    assert "not a readable PDF" in errors.error[0]
    assert "not a readable .docx" in errors.error[1]
    assert "not a regular file" in errors.error[2]
    documents = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(d)["path"] for d in documents] == [
        str(folder / "b.txt"),
        str(folder / "sub" / "a.TXT"),
    ]
    assert sorted(set(read_csv(out / "answers.csv").path)) == [
        str(folder / "b.txt"),
        str(folder / "sub" / "a.TXT"),
    ]


def test_parallel_output_is_the_same_as_serial(tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    run_batch([folder], tmp_path / "one", jobs=1)
    run_batch([folder], tmp_path / "two", jobs=2)
    for name in ("documents.jsonl", "answers.csv", "coverage.csv", "errors.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_parquet_holds_the_csv_rows(tmp_path: Path) -> None:
    summary = run_batch([SEED_FULL, SEED_BODY], tmp_path, jobs=1)
    assert summary.parquet
    from_parquet = pandas.read_parquet(tmp_path / "answers.parquet")
    from_csv = pandas.read_csv(tmp_path / "answers.csv", dtype=str, keep_default_na=False)
    assert from_parquet.equals(from_csv.astype({"line": "int64"}))
    assert summary.rows == len(from_csv) == 24


def test_without_pyarrow_there_is_no_parquet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    summary = run_batch([SEED_FULL], tmp_path, jobs=1)
    assert not summary.parquet
    assert not (tmp_path / "answers.parquet").exists()
    assert (tmp_path / "answers.csv").exists()


def test_an_empty_folder_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "out")]) == 2
    assert "no .txt, .docx, .pdf files" in capsys.readouterr().err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    terminal, pipe = Terminal(), io.StringIO()
    names = [SEED_BODY.name, SEED_FULL.name]
    for stream in (terminal, pipe):
        progress = Progress(stream, names=names, interval=0)
        run_batch([SEED_FULL, SEED_BODY], tmp_path, jobs=1, progress=progress)
    drawn = terminal.getvalue()
    # Files done, rate, and the file being read next.
    assert "2/2" in drawn
    assert "file/s" in drawn
    assert "1/2 [" in drawn
    assert SEED_FULL.name in drawn.split("1/2 [", 1)[1]
    assert pipe.getvalue() == ""


def test_unknown_view_and_bad_jobs_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown view"):
        run_batch([SEED_FULL], tmp_path, view="tree")
    with pytest.raises(SystemExit):
        main(["batch", str(SEED_FULL), "-o", str(tmp_path), "--jobs", "0"])


def crash_on_marked_files(path: str, view: View) -> FileResult:
    """A worker that dies, as under the out-of-memory killer, on files named crash*."""
    if os.path.basename(path).startswith("crash"):
        os._exit(9)
    return process_file(path, view)


def test_a_file_that_kills_its_worker_is_reported_and_the_rest_go_on(tmp_path: Path) -> None:
    names = [
        "a.txt",
        "crash1.txt",
        "b.txt",
        "c.txt",
        "crash2.txt",
        *[f"d{i}.txt" for i in range(12)],
    ]
    for name in names:
        shutil.copy(SEED_BODY, tmp_path / name)
    paths = [str(tmp_path / name) for name in names]
    results = list(_results(paths, "outline", 2, crash_on_marked_files))
    assert [r.path for r in results] == paths
    failed = {os.path.basename(r.path): r.error for r in results if r.error is not None}
    assert failed == {
        "crash1.txt": "the worker process died reading this file",
        "crash2.txt": "the worker process died reading this file",
    }
    assert all(len(r.rows) == 12 for r in results if r.error is None)


def test_an_unwritable_output_folder_is_a_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = tmp_path / "a_file"
    taken.write_text("", encoding="utf-8")
    assert main(["batch", str(SEED_FULL), "-o", str(taken / "out")]) == 2
    assert capsys.readouterr().err == f"wgec-parse: cannot write {taken / 'out'}: Not a directory\n"


def test_with_no_readable_file_the_tables_are_empty(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n\x00 nothing")
    summary = run_batch([bad], tmp_path / "out", jobs=1)
    assert (summary.files, summary.documents, summary.rows) == (1, 0, 0)
    assert [path for path, _ in summary.errors] == [str(bad)]
    assert read_csv(tmp_path / "out" / "answers.csv").empty
    assert len(pandas.read_parquet(tmp_path / "out" / "answers.parquet")) == 0
    assert (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8") == ""
