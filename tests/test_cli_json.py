"""``wgec-parse parse`` and ``wgec-parse render``: JSON out, exact text back."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import wgec_parse
from wgec_parse.cli import main

from .conftest import FIXTURES, SEED_BODY, SEED_FULL

JSON_DOC = FIXTURES.parent / "docs" / "json.md"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def _command() -> list[str]:
    exe = shutil.which("wgec-parse")
    return [exe] if exe else [sys.executable, "-m", "wgec_parse.cli"]


@pytest.mark.parametrize("path", [SEED_FULL, SEED_BODY], ids=lambda p: p.name)
def test_parse_piped_into_render_reproduces_the_file(path: Path) -> None:
    parsed = subprocess.run([*_command(), "parse", str(path)], capture_output=True, check=True)
    rendered = subprocess.run(
        [*_command(), "render", "-"], input=parsed.stdout, capture_output=True, check=True
    )
    assert rendered.stdout == path.read_bytes()
    assert rendered.stderr == b""


def test_parse_and_render_in_process(
    capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["parse", "--indent", "2", str(SEED_FULL)]) == 0
    out = capsysbinary.readouterr().out
    assert out.startswith(b'{\n  "schema": "wgec-parse/document",')
    _stdin(monkeypatch, out)
    assert main(["render", "-"]) == 0
    assert capsysbinary.readouterr().out == SEED_FULL.read_bytes()


def test_parse_reads_stdin_and_render_keeps_a_legacy_encoding(
    capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    original = "Date: 05-12-2016\r\n\r\n1) Qu'est-ce que la coopération renforcée ?\r\n".encode(
        "cp1252"
    )
    _stdin(monkeypatch, original)
    assert main(["parse", "-", "-o", str(tmp_path / "doc.json")]) == 0
    document = json.loads((tmp_path / "doc.json").read_bytes())
    assert document["encoding"] == "cp1252"
    assert main(["render", str(tmp_path / "doc.json"), "-o", str(tmp_path / "back.txt")]) == 0
    assert (tmp_path / "back.txt").read_bytes() == original
    assert capsysbinary.readouterr() == (b"", b"")


def test_several_files_give_json_lines(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["parse", "--view", "clean", str(SEED_FULL), str(SEED_BODY)]) == 0
    lines = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["schema"] == second["schema"] == "wgec-parse/outline"
    assert [q["number"] for q in first["questions"]] == ["1", "2"]
    assert first == wgec_parse.to_dict(wgec_parse.parse_file(SEED_FULL), view="clean")
    assert second == wgec_parse.to_dict(wgec_parse.parse_file(SEED_BODY), view="clean")


def test_indent_with_several_files_is_refused(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["parse", "--indent", "2", str(SEED_FULL), str(SEED_BODY)]) == 2
    out, err = capsysbinary.readouterr()
    assert out == b""
    assert err == b"wgec-parse: --indent needs a single FILE (several give JSON Lines)\n"


def test_unreadable_input_is_one_line_naming_the_file(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["parse", str(SEED_FULL), str(missing)]) == 2
    out, err = capsysbinary.readouterr()
    assert out == b""  # nothing is written unless every file was read
    assert err == f"wgec-parse: {missing}: no such file\n".encode()
    assert main(["render", str(missing)]) == 2
    assert capsysbinary.readouterr().err == f"wgec-parse: {missing}: no such file\n".encode()
    assert main(["render", str(tmp_path)]) == 2
    assert (
        capsysbinary.readouterr().err
        == f"wgec-parse: {tmp_path}: is a directory, not a file\n".encode()
    )


def test_invalid_json_is_one_line_naming_file_and_path(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "wgec-parse/document", "version": "1.0", "bom": "no"}')
    assert main(["render", str(bad)]) == 2
    out, err = capsysbinary.readouterr()
    assert out == b""
    assert err == f"wgec-parse: {bad}: $.bom: expected true or false, got a string\n".encode()
    bad.write_bytes(b"\x00\x01 not json")
    assert main(["render", str(bad)]) == 2
    err = capsysbinary.readouterr().err
    assert err.startswith(f"wgec-parse: {bad}: $: not JSON: ".encode())
    assert err.count(b"\n") == 1


def test_text_the_recorded_encoding_cannot_hold_is_refused(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    document = wgec_parse.parse("plain\r\nЖ is not ASCII\r\n")
    doc_json = tmp_path / "doc.json"
    doc_json.write_text(
        wgec_parse.to_json(document).replace('"encoding": null', '"encoding": "ascii"')
    )
    assert main(["render", str(doc_json)]) == 2
    out, err = capsysbinary.readouterr()
    assert out == b""
    assert (
        err
        == f"wgec-parse: {doc_json}: the text cannot be written in ascii (line 2): ordinal not in range(128)\n".encode()
    )


def test_unwritable_output_is_reported(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    target = tmp_path / "no" / "such" / "dir.json"
    assert main(["parse", str(SEED_FULL), "-o", str(target)]) == 2
    assert capsysbinary.readouterr().err.startswith(
        f"wgec-parse: {target}: cannot write: ".encode()
    )


def test_json_doc_shows_the_real_clean_view_of_the_full_seed(
    capsysbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(FIXTURES.parent)
    assert (
        main(["parse", "--view", "clean", "--indent", "2", "fixtures/002_015b3980d26d2b81.txt"])
        == 0
    )
    out = capsysbinary.readouterr().out.decode("utf-8")
    doc = JSON_DOC.read_text(encoding="utf-8")
    match = re.search(
        r"--indent 2 fixtures/002_015b3980d26d2b81\.txt\n```\n\n```json\n(.*?)```", doc, re.S
    )
    assert match is not None, "docs/json.md lacks the clean view example"
    assert match.group(1) == out, "regenerate the docs/json.md example with the command it shows"


JSON_FIXTURES = FIXTURES / "json"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "truncated.json",
            "$: not JSON: Expecting property name enclosed in double quotes: line 2 column 1 (char 52)",
        ),
        ("version-2.json", "$.version: unsupported version 2.0: this release reads versions 1.x"),
        (
            "outline.json",
            '$.schema: the clean view (version "1.0") is not lossless and cannot be read back; '
            "export with view='full'",
        ),
        (
            "wrong-line.json",
            "$.questions[0].body[0].lines[0].line: line number 3 does not match the text: this is line 2",
        ),
        (
            "unknown-type.json",
            '$.body[0].type: unknown node type "figure" here; one of "paragraph", "bullet_list", "table", "clause"',
        ),
    ],
)
def test_render_refuses_bad_json_files(
    name: str,
    message: str,
    capsysbinary: pytest.CaptureFixture[bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(FIXTURES.parent)
    path = f"fixtures/json/{name}"
    assert main(["render", path]) == 2
    assert capsysbinary.readouterr() == (b"", f"wgec-parse: {path}: {message}\n".encode())


def test_render_a_hand_written_document(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    # Keys left out take the node defaults; the last line has no line ending.
    assert main(["render", str(JSON_FIXTURES / "good.json")]) == 0
    assert capsysbinary.readouterr().out == b"1) What?\r\n1.1 a"


def test_outline_json_is_the_clean_view(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["outline", "--json", str(SEED_FULL)]) == 0
    one = capsysbinary.readouterr().out.decode("utf-8")
    assert main(["parse", "--view", "clean", "--indent", "2", str(SEED_FULL)]) == 0
    assert one == capsysbinary.readouterr().out.decode("utf-8")
    data = json.loads(one)
    assert (data["schema"], data["version"]) == ("wgec-parse/outline", "2.0")
    assert [b["type"] for b in data["questions"][1]["body"]] == ["clause"] * 6
    assert main(["outline", "--json", str(SEED_FULL), str(SEED_BODY)]) == 0
    lines = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [
        wgec_parse.to_dict(wgec_parse.parse_file(path), view="clean")
        for path in (SEED_FULL, SEED_BODY)
    ]


def test_outline_json_and_markdown_exclude_each_other(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["outline", "--json", "--markdown", str(SEED_FULL)])
    assert "not allowed with argument" in capsys.readouterr().err
