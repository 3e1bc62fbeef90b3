"""How the commands read their inputs: files, standard input, and JSON given as text."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from wgec_parse import parse
from wgec_parse.cli import main
from wgec_parse.commands.common import (
    input_name,
    read_input,
    refuse_json,
    refuse_json_document,
)
from wgec_parse.errors import InputTooLarge, ReadError

JSON_MESSAGE = "JSON, not the text of a submission (wgec-parse render reads JSON)"
SUBMISSION = "Submitted by: Testland\n\n1. What is enhanced cooperation?\nIt is cooperation.\n"


@pytest.mark.parametrize("command", ["outline", "parse", "validate", "text"])
def test_a_json_file_is_refused_by_every_text_command(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "doc.json"
    path.write_text('{"schema": "wgec-parse/document", "body": []}\n', encoding="utf-8")
    assert main([command, str(path)]) == 2
    assert capsys.readouterr().err == f"wgec-parse: {path}: {JSON_MESSAGE}\n"


@pytest.mark.parametrize("command", ["outline", "text"])
def test_json_on_standard_input_is_refused_naming_stdin(
    command: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"  [1, 2, 3]\n"))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main([command, "-"]) == 2
    assert capsys.readouterr().err == f"wgec-parse: <stdin>: {JSON_MESSAGE}\n"


@pytest.mark.parametrize("command", ["outline", "text"])
def test_text_that_only_starts_with_a_bracket_is_read(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sub.txt"
    path.write_text("[Draft] Submitted by: Testland\n{see annex}\n", encoding="utf-8")
    assert main([command, "--plain" if command == "text" else "--markdown", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "[Draft] Submitted by: Testland" in out.replace("\\", "")
    assert "{see annex}" in out


def test_refuse_json_tells_json_from_text() -> None:
    with pytest.raises(ReadError, match=r"^a\.json: JSON, not the text"):
        refuse_json('\n  {"a": [1, 2]}\n', "a.json")
    with pytest.raises(ReadError, match=r"^b\.json: JSON, not the text"):
        refuse_json("[]", "b.json")
    refuse_json("{not json}", "c.txt")  # a bracket, then text: no error
    refuse_json('"a JSON string"', "d.txt")  # JSON, but no document: no error
    refuse_json("", "e.txt")
    refuse_json(SUBMISSION, "f.txt")


def test_refuse_json_document_agrees_with_refuse_json_on_the_text() -> None:
    for text in ('{"a": 1}\n', '[\n  "x",\n  "y"\n]\n', "{not json}\n", SUBMISSION, ""):
        assert _refusal(refuse_json, text) == _refusal(refuse_json_document, parse(text)), text
    assert _refusal(refuse_json_document, parse('{"a": 1}\n')) == f"t: {JSON_MESSAGE}"
    assert _refusal(refuse_json_document, parse(SUBMISSION)) is None


def _refusal(refuse: Callable[[Any, str], None], given: object) -> str | None:
    """The message ``refuse(given, "t")`` raises, or None."""
    try:
        refuse(given, "t")
    except ReadError as err:
        return str(err)
    return None


def test_input_name_names_standard_input() -> None:
    assert input_name("-") == "<stdin>"
    assert input_name("folder/sub.txt") == "folder/sub.txt"


def test_read_input_reads_a_file_and_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sub.txt"
    path.write_bytes(b"abc\r\n")
    assert read_input(str(path)) == b"abc\r\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"from stdin")))
    assert read_input("-") == b"from stdin"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 11)))
    with pytest.raises(InputTooLarge, match="<stdin>"):
        read_input("-", limit=10)


def test_a_closed_output_pipe_stops_quietly(tmp_path: Path) -> None:
    # `wgec-parse text FILE | head`: the reader goes away long before the output ends.
    big = tmp_path / "big.txt"
    big.write_text("1.1 A clause that goes on for a while.\n" * 50_000, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "wgec_parse", "text", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    assert proc.stdout.read(100)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=120) == 141
    assert "Traceback" not in err
    assert err == ""
