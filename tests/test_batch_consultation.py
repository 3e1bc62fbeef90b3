"""batch over the consultation fixture: every output read back (pandas for CSV, Excel and
Parquet), and the same rows in each."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pandas
import pytest

from wgec_parse.batch import (
    BatchOptions,
    BatchSummary,
    FileResult,
    Inputs,
    read_files,
    run_batch,
    scan,
)

ROOT = Path(__file__).resolve().parent.parent
CONSULTATION = ROOT / "fixtures" / "consultation"
CORRUPT = CONSULTATION / "broken_corrupt.docx"


@functools.cache
def consultation_results() -> tuple[Inputs, tuple[FileResult, ...]]:
    """The fixture read once per test run, with each answer's pieces (compile and report
    tests share it)."""
    found = scan([CONSULTATION])
    options = BatchOptions(json=False, pieces=True)
    return found, tuple(read_files(found, options, jobs=2))


def read_csv(path: Path) -> pandas.DataFrame:
    """The recipe of docs/batch.md."""
    return pandas.read_csv(path, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BatchSummary]:
    out = tmp_path_factory.mktemp("consultation")
    return out, run_batch([CONSULTATION], out, jobs=2)


def files() -> list[str]:
    return sorted(p.name for p in CONSULTATION.iterdir() if p.suffix in (".txt", ".docx", ".pdf"))


def test_the_fixture_is_a_consultation() -> None:
    names = files()
    assert len(names) >= 40
    assert {Path(n).suffix for n in names} == {".txt", ".docx", ".pdf"}
    assert {n.split("_")[1] for n in names if n.startswith("gen_")} == {
        "en", "fr", "es", "ru", "ar", "zh"
    }  # fmt: skip
    assert (CONSULTATION / "empty.txt").stat().st_size == 0


def test_summary_and_manifest(run: tuple[Path, BatchSummary]) -> None:
    out, summary = run
    assert (summary.files, summary.documents, len(summary.errors)) == (43, 42, 1)
    assert summary.errors[0][0] == str(CORRUPT)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["completed"] is True
    assert manifest["questions"] == "wgec2"
    assert {p.name for p in out.iterdir()} == {*manifest["outputs"], "manifest.json"}


def test_answers_are_the_same_in_csv_excel_and_parquet(run: tuple[Path, BatchSummary]) -> None:
    out, summary = run
    from_csv = read_csv(out / "answers.csv")
    from_csv["line"] = from_csv["line"].astype("int64")
    from_xlsx = pandas.read_excel(
        out / "answers.xlsx", dtype={"line": "int64"}, keep_default_na=False, na_values=[]
    )
    from_xlsx = from_xlsx.astype({c: str for c in from_xlsx.columns if c != "line"})
    from_parquet = pandas.read_parquet(out / "answers.parquet")
    assert len(from_csv) == summary.rows
    pandas.testing.assert_frame_equal(from_xlsx, from_csv, check_dtype=False)
    pandas.testing.assert_frame_equal(from_parquet, from_csv, check_dtype=False)
    assert set(from_csv.document) == set(files()) - {CORRUPT.name, "empty.txt"}
    assert set(from_csv.question_match) == {"number", "wording", "topic", "none"}


def test_documents_table(run: tuple[Path, BatchSummary]) -> None:
    out, _ = run
    documents = read_csv(out / "documents.csv")
    assert list(documents.document) == [n for n in files() if n != CORRUPT.name]
    generated = documents[documents.document.str.startswith("gen_")]
    # The language each generated file is written in is in its name.
    assert list(generated.language) == [n.split("_")[1] for n in generated.document]
    assert set(documents.source) == {"text", "docx", "pdf"}
    assert set(documents.stakeholder_group) == {
        "Government",
        "Intergovernmental organisation",
        "Private sector",
        "Civil society",
        "Technical and academic community",
        "unknown",
    }
    for column in ("words", "words_wgec2-q1", "words_wgec2-q2", "errors", "warnings", "infos"):
        assert documents[column].str.isdigit().all(), column
    totals = documents["words_wgec2-q1"].astype(int) + documents["words_wgec2-q2"].astype(int)
    assert (totals <= documents.words.astype(int)).all()


def test_coverage_errors_findings_and_jsonl(run: tuple[Path, BatchSummary]) -> None:
    out, summary = run
    coverage = read_csv(out / "coverage.csv")
    assert len(coverage) == 42  # data rows only
    for column in coverage.columns[3:]:
        assert coverage[column].str.isdigit().all(), column
    totals = read_csv(out / "coverage_totals.csv").set_index("question_id")
    assert totals.loc["wgec2-q1", "documents_answering"] == "36"
    assert totals.loc["wgec2-q2", "documents_answering"] == "41"
    assert int(totals.loc["(unmatched)", "rows"]) >= 1  # "Question 3: Other comments"
    errors = read_csv(out / "errors.csv")
    assert list(errors.path) == [str(CORRUPT)]
    findings = read_csv(out / "findings.csv")
    assert set(findings.severity) <= {"error", "warning", "info"}
    assert findings[findings.document == "empty.txt"].code.tolist()[0] == "no-questions"
    lines = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == summary.documents == 42
