"""The command line on bad files: one line on stderr, exit code 2, never a traceback.

Every subcommand that reads submission text (a ``files`` argument) is tried, so new
commands are covered as they are registered.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wgec_parse.cli import build_parser, main

from .conftest import SEED_FULL


def _text_commands() -> list[str]:
    parser = build_parser()
    names = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                if any(a.dest == "files" for a in sub._actions):
                    names.append(name)
    return sorted(names)


COMMANDS = _text_commands()


def _bad_files(tmp: Path) -> dict[str, tuple[Path, str]]:
    """Each bad input, and a word its error message must contain."""
    binary = tmp / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\xff\xfe\x81\x98" * 20)
    invalid = tmp / "invalid.txt"
    # 0x81 is undefined in cp1252 and 0x98 in cp1251: no encoding reads these bytes.
    invalid.write_bytes(b"1) What?\n\nText \x81\x98 here\n")
    directory = tmp / "folder"
    directory.mkdir()
    json_file = tmp / "doc.json"
    json_file.write_text('{"schema": "wgec-parse/document", "version": "1.0"}\n')
    return {
        "binary": (binary, "binary"),
        "invalid-utf8": (invalid, "UTF-8"),
        "directory": (directory, "directory"),
        "missing": (tmp / "no-such-file.txt", "no such file"),
        "json": (json_file, "JSON"),
    }


CASES = ["binary", "invalid-utf8", "directory", "missing", "json"]


def test_the_text_commands_are_found() -> None:
    assert "outline" in COMMANDS


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", CASES)
def test_bad_file_gives_one_line_and_exit_2(
    command: str, case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, word = _bad_files(tmp_path)[case]
    code = main([command, str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1, err
    assert err.startswith("wgec-parse: ")
    assert str(path) in err
    assert word.lower() in err.lower()
    assert "Traceback" not in err


def test_invalid_utf8_error_names_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = _bad_files(tmp_path)["invalid-utf8"]
    assert main(["outline", str(path)]) == 2
    assert f"{path}:3:" in capsys.readouterr().err  # the bad bytes are on line 3


@pytest.mark.parametrize("command", COMMANDS)
def test_empty_file_is_a_valid_empty_document(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code = main([command, str(empty)])
    captured = capsys.readouterr()
    assert code in (0, 1)  # 1: a command that reports findings about an empty answer
    assert captured.err == ""


def test_empty_file_has_an_empty_outline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["outline", str(empty)]) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("command", COMMANDS)
def test_zero_byte_stdin_is_a_valid_empty_document(
    command: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code = main([command, "-"])
    captured = capsys.readouterr()
    assert code in (0, 1)
    assert captured.err == ""


@pytest.mark.parametrize("command", COMMANDS)
def test_binary_stdin_gives_one_line_and_exit_2(
    command: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x00\xff\x81\x98" * 50)))
    assert main([command, "-"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "<stdin>" in err


def test_text_starting_with_a_bracket_is_still_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.txt"
    path.write_text("[Draft]\n1) What are the high level characteristics?\n")
    assert main(["outline", "--structure", str(path)]) == 0
    assert "question 1" in capsys.readouterr().out


def test_a_real_process_on_a_bad_and_a_good_file(tmp_path: Path) -> None:
    """The installed entry point, not just main(): no traceback reaches the terminal."""
    path, _ = _bad_files(tmp_path)["binary"]
    run = [sys.executable, "-m", "wgec_parse.cli", "outline"]
    bad = subprocess.run([*run, str(path)], capture_output=True, text=True, check=False)
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1
    assert "Traceback" not in bad.stderr
    good = subprocess.run(
        [*run, "--structure", str(SEED_FULL)], capture_output=True, text=True, check=False
    )
    assert good.returncode == 0
    assert good.stdout.startswith("front\n")


def test_text_over_the_size_limit_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from wgec_parse import loaders, parser

    for function in (parser.parse, loaders.load, loaders.load_with_origins):
        assert function.__kwdefaults__ is not None
        monkeypatch.setitem(function.__kwdefaults__, "max_size", 100)
    path = tmp_path / "big.txt"
    path.write_text("1.1 clause\n" * 20)  # 220 characters
    assert main(["outline", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert str(path) in err
    assert "220" in err
    assert "100" in err


def test_endless_device_stops_at_the_byte_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from wgec_parse import limits

    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    assert main(["outline", "/dev/zero"]) == 2  # would read forever without the limit
    err = capsys.readouterr().err
    assert err == "wgec-parse: /dev/zero: input too large: 1,001 bytes, limit 1,000\n"


def test_file_over_the_byte_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from wgec_parse import limits

    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_bytes(b"1.1 x\n" * 200)  # 1 200 bytes
    assert main(["outline", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == f"wgec-parse: {path}: file too large: 1,200 bytes, limit 1,000\n"


def test_stdin_over_the_byte_limit_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from wgec_parse import limits

    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x\n" * 600)))
    assert main(["outline", "-"]) == 2
    assert "<stdin>: input too large" in capsys.readouterr().err


def test_a_named_pipe_is_read_like_a_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    run = [sys.executable, "-m", "wgec_parse.cli", "outline", "--structure", str(fifo)]
    reader = subprocess.Popen(run, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with open(fifo, "w", encoding="utf-8") as writer:
        writer.write("1) What are the high level characteristics?\n1.1 text\n")
    out, err = reader.communicate(timeout=60)
    assert reader.returncode == 0, err
    assert out == "question 1: What are the high level characteristics?\n  clause 1.1\n"
