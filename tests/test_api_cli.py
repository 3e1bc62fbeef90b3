"""The package's version, ``python -m wgec_parse``, ``--version``, the ``wgec_parse``
logger with ``-v``/``-q``, and a finding's one-line form."""

from __future__ import annotations

import logging
import subprocess
import sys
from importlib import metadata

import pytest

import wgec_parse
from wgec_parse.cli import main
from wgec_parse.extraction import Origins
from wgec_parse.validation import Diagnostic, Findings, Related

from .conftest import FIXTURES, SEED_BODY, read_exact

VALIDATE = FIXTURES / "validate"


def test_version_is_the_installed_distributions() -> None:
    assert wgec_parse.__version__ == metadata.version("wgec-parse")
    assert "__version__" in dir(wgec_parse)


def test_version_falls_back_without_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", missing)
    assert wgec_parse._version() == "0+unknown"


def test_dash_dash_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"wgec-parse {metadata.version('wgec-parse')}\n"


def test_python_dash_m_runs_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wgec_parse", "outline", "--structure", str(SEED_BODY)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("question 1: What are the high level characteristics")
    assert any(line.startswith("question 2: ") for line in lines)
    version = subprocess.run(
        [sys.executable, "-m", "wgec_parse", "--version"], capture_output=True, text=True
    )
    assert version.stdout.startswith("wgec-parse ")


def test_the_package_logger_is_silent_by_default() -> None:
    handlers = logging.getLogger("wgec_parse").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


@pytest.mark.parametrize(
    "argv",
    [
        ["-v", "validate", str(VALIDATE / "duplicate-clause.bad.txt")],
        ["validate", "--verbose", str(VALIDATE / "duplicate-clause.bad.txt")],
    ],
)
def test_verbose_logs_to_stderr_before_or_after_the_command(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert " duplicate-clause " in out
    path = VALIDATE / "duplicate-clause.bad.txt"
    assert err == f"wgec-parse: INFO: {path}: 0 errors, 1 warning, 0 info\n"
    # The handler is gone once the command is over.
    assert not [
        h
        for h in logging.getLogger("wgec_parse").handlers
        if not isinstance(h, logging.NullHandler)
    ]


def test_without_verbose_nothing_is_logged(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(VALIDATE / "duplicate-clause.bad.txt")]) == 0
    assert capsys.readouterr().err == ""


def test_warnings_are_shown_unless_quiet(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reader's warning reaches standard error by default and not with ``-q``."""
    from wgec_parse.commands import outline_cmd

    real = outline_cmd.load_document_with_origins

    def noisy(path: str) -> tuple[wgec_parse.Document, Origins]:
        logging.getLogger("wgec_parse.loaders").warning("%s: a list number was shortened", path)
        return real(path)

    monkeypatch.setattr(outline_cmd, "load_document_with_origins", noisy)
    assert main(["outline", "--structure", str(SEED_BODY)]) == 0
    assert capsys.readouterr().err == (
        f"wgec-parse: WARNING: {SEED_BODY}: a list number was shortened\n"
    )
    assert main(["-q", "outline", "--structure", str(SEED_BODY)]) == 0
    assert capsys.readouterr().err == ""


def test_verbose_and_quiet_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["-v", "-q", "outline", str(SEED_BODY)])
    assert stop.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


# -- a finding's one-line form ------------------------------------------------------------

DUP = Diagnostic(
    "duplicate-clause",
    "warning",
    "Clause number 1.2 is used twice under question 1; the first 1.2 is on line 7.",
    8,
    1,
    8,
    4,
    (Related(7, 1, "first clause 1.2"),),
)


def test_str_and_format_give_the_compiler_style_line() -> None:
    line = (
        "8:1: warning duplicate-clause Clause number 1.2 is used twice under question 1; "
        "the first 1.2 is on line 7."
    )
    assert str(DUP) == line
    assert DUP.format() == line
    assert DUP.format("a.txt") == "a.txt:" + line
    assert DUP.format("a.txt", notes=True) == (
        f"a.txt:{line}\na.txt:7:1: note duplicate-clause first clause 1.2"
    )
    assert repr(DUP).startswith("Diagnostic(code='duplicate-clause'")


def test_the_command_prints_what_format_gives(capsys: pytest.CaptureFixture[str]) -> None:
    path = VALIDATE / "duplicate-clause.bad.txt"
    main(["validate", str(path)])
    found = wgec_parse.validate(wgec_parse.parse(read_exact(path)))
    assert capsys.readouterr().out == found.format(str(path))
    assert found.format(str(path)) == (
        f"{path}:8:1: warning duplicate-clause Clause number 1.2 is used twice under "
        f"question 1; the first 1.2 is on line 7.\n{path}:7:1: note duplicate-clause "
        "first clause 1.2\n"
    )


# -- what validate() returns --------------------------------------------------------------


def test_findings_views_and_counts() -> None:
    doc = wgec_parse.parse(read_exact(SEED_BODY))
    found = wgec_parse.validate(doc)
    assert isinstance(found, Findings)
    assert isinstance(found, list)
    assert found.counts == {"error": 0, "warning": 5, "info": 3}
    assert list(found.counts) == ["error", "warning", "info"]
    assert not found.has_errors
    assert found.errors == ()
    assert [d.code for d in found.warnings].count("duplicate-clause") == 1
    assert len(found.warnings) == 5
    assert len(found.infos) == 3
    assert len(found) == 8
    assert found[0] is next(iter(found))
    assert found == list(found)
    assert [d.line for d in found] == sorted(d.line for d in found)


def test_findings_with_an_error() -> None:
    doc = wgec_parse.parse(read_exact(VALIDATE / "no-questions.bad.txt"))
    found = wgec_parse.validate(doc)
    assert found.has_errors
    assert [d.code for d in found.errors] == ["no-questions"]
    assert found.counts["error"] == 1
    assert wgec_parse.validate(doc, select=["stray-url"]) == []
    assert not wgec_parse.validate(doc, select=["stray-url"]).has_errors
    assert wgec_parse.Findings is Findings


def test_verbose_outline_logs_what_was_read(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["outline", "-v", "--structure", str(SEED_BODY)]) == 0
    assert capsys.readouterr().err == (
        f"wgec-parse: INFO: {SEED_BODY}: read as text, utf-8: <Document (2 questions)>\n"
    )


def test_very_verbose_logs_the_time_taken(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-vv", "outline", "--structure", str(SEED_BODY)]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith(f"wgec-parse: INFO: {SEED_BODY}: read as text, utf-8: ")
    assert lines[1].startswith("wgec-parse: DEBUG: outline: exit 0 after ")
    assert lines[1].endswith(" s")
    assert len(lines) == 2


@pytest.mark.parametrize(
    ("verbose", "quiet", "level"),
    [
        (None, None, logging.WARNING),
        (0, False, logging.WARNING),
        (1, False, logging.INFO),
        (2, False, logging.DEBUG),
        (5, False, logging.DEBUG),
        (None, True, logging.ERROR),
    ],
)
def test_log_levels(verbose: int | None, quiet: bool | None, level: int) -> None:
    from wgec_parse.cli import log_level

    assert log_level(verbose, quiet) == level


def test_records_of_other_processes_are_not_shown(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A batch's forked workers inherit the handler; what they log is not printed."""
    import os

    from wgec_parse.commands import outline_cmd

    real = outline_cmd.load_document_with_origins
    own = os.getpid()

    def from_a_worker(path: str) -> tuple[wgec_parse.Document, Origins]:
        monkeypatch.setattr(os, "getpid", lambda: own + 1)
        logging.getLogger("wgec_parse.loaders").warning("%s: a list number was shortened", path)
        monkeypatch.setattr(os, "getpid", lambda: own)
        return real(path)

    monkeypatch.setattr(outline_cmd, "load_document_with_origins", from_a_worker)
    assert main(["outline", "--structure", str(SEED_BODY)]) == 0
    assert capsys.readouterr().err == ""
