"""Reading a consultation's files with progress: batch.read_inputs, as compile and report
use it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from wgec_parse.batch import BatchOptions, FileResult, read_inputs, split_results
from wgec_parse.cli import main
from wgec_parse.compilation import read_compilation
from wgec_parse.report import read_report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [
    ROOT / "fixtures" / "000_cfa95781c7ed215b.txt",
    ROOT / "fixtures" / "002_015b3980d26d2b81.txt",
]


def _inputs(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    return [folder]


def test_read_inputs_reports_each_file_after_the_caller_took_it(tmp_path: Path) -> None:
    events: list[str] = []

    def progress(done: int, total: int, result: FileResult) -> None:
        events.append(f"progress {done}/{total} {Path(result.path).name}")

    found, results = read_inputs(_inputs(tmp_path), BatchOptions(json=False), progress=progress)
    assert [Path(p).name for p in found.paths] == [
        "000_cfa95781c7ed215b.txt",
        "002_015b3980d26d2b81.txt",
        "broken.pdf",
    ]
    assert events == []  # nothing is read before the results are asked for
    for result in results:
        events.append(f"took {Path(result.path).name}")
    assert events == [
        "took 000_cfa95781c7ed215b.txt",
        "progress 1/3 000_cfa95781c7ed215b.txt",
        "took 002_015b3980d26d2b81.txt",
        "progress 2/3 002_015b3980d26d2b81.txt",
        "took broken.pdf",
        "progress 3/3 broken.pdf",
    ]


def test_compile_and_report_read_and_report_progress_alike(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path)
    seen: dict[str, list[tuple[int, int, str, bool]]] = {"compile": [], "report": []}

    def recorder(name: str) -> Callable[[int, int, FileResult], None]:
        def progress(done: int, total: int, result: FileResult) -> None:
            seen[name].append((done, total, Path(result.path).name, result.error is None))

        return progress

    compilation = read_compilation(inputs, progress=recorder("compile"))
    report = read_report(inputs, progress=recorder("report"))
    assert (
        seen["compile"]
        == seen["report"]
        == [
            (1, 3, "000_cfa95781c7ed215b.txt", True),
            (2, 3, "002_015b3980d26d2b81.txt", True),
            (3, 3, "broken.pdf", False),
        ]
    )
    assert [c.path for c in compilation.contributions] == [s.path for s in report.submissions]
    assert [Path(p).name for p, _ in compilation.errors] == ["broken.pdf"]
    assert compilation.errors == report.errors


@pytest.mark.parametrize("command", ["batch", "compile", "report"])
def test_every_missing_input_is_named_before_anything_is_read(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / ("out" if command == "batch" else "out.html")
    gone = [str(tmp_path / "gone"), str(tmp_path / "also gone.txt")]
    assert main([command, str(SEEDS[0]), *gone, "-o", str(out)]) == 2
    assert capsys.readouterr().err == "".join(
        f"wgec-parse: {name}: no such file or folder\n" for name in gone
    )
    assert not out.exists()


def test_split_results_keeps_what_was_read_and_sorts_the_errors(tmp_path: Path) -> None:
    folder = _inputs(tmp_path)[0]
    (folder / "loop.txt").symlink_to(folder / "loop.txt")  # an entry scan leaves out
    found, results = read_inputs([folder], BatchOptions(json=False))
    assert [Path(p).name for p, _ in found.skipped] == ["loop.txt"]
    kept, errors = split_results(results, lambda r, info: (Path(r.path).name, info.words), found)
    assert [name for name, _ in kept] == ["000_cfa95781c7ed215b.txt", "002_015b3980d26d2b81.txt"]
    assert all(words > 100 for _, words in kept)
    assert [Path(p).name for p, _ in errors] == ["broken.pdf", "loop.txt"]
    assert errors == tuple(sorted(errors))
