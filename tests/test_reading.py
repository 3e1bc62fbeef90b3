"""Files to text: encodings, byte order marks and unreadable files."""

from __future__ import annotations

from pathlib import Path

import pytest

import wgec_parse
from wgec_parse import ReadError
from wgec_parse.reading import decode

SAMPLE = "1) What are the high level characteristics?\r\n1.1 Governments’ role – équité\r\n"


@pytest.mark.parametrize(
    ("data", "encoding", "bom"),
    [
        (SAMPLE.encode("utf-8"), "utf-8", False),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8", True),
        (b"\xff\xfe" + SAMPLE.encode("utf-16-le"), "utf-16-le", True),
        (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16-be", True),
        (SAMPLE.encode("cp1252"), "cp1252", False),
    ],
)
def test_parse_file_decodes_and_records_the_encoding(
    tmp_path: Path, data: bytes, encoding: str, bom: bool
) -> None:
    path = tmp_path / "submission.txt"
    path.write_bytes(data)
    doc = wgec_parse.parse_file(path)
    assert doc.encoding == encoding
    assert doc.bom is bom
    assert doc.questions[0].clauses[0].text == "Governments’ role – équité"
    assert wgec_parse.render(doc).encode(encoding) == data


def test_cyrillic_legacy_text_is_read_as_cp1251() -> None:
    text = "Вопрос 1. Каковы основные характеристики расширенного сотрудничества?\n"
    assert decode(text.encode("cp1251")) == (text, "cp1251")


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    with pytest.raises(ReadError) as info:
        wgec_parse.parse_file(path)
    assert info.value.path == str(path)
    assert str(info.value) == f"{path}: no such file"


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="is a directory"):
        wgec_parse.parse_file(tmp_path)


def test_binary_data_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"line one\nline two\n\x89PNG\x00\x00\xff\xfe\x00")
    with pytest.raises(ReadError) as info:
        wgec_parse.parse_file(path)
    assert info.value.line == 3
    assert str(info.value).startswith(f"{path}:3: binary data")


def test_bad_utf16_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken16.txt"
    path.write_bytes(b"\xff\xfe" + "a\nb\n".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(ReadError, match=r"broken16.txt:3: not valid utf-16-le"):
        wgec_parse.parse_file(path)


def test_read_error_is_a_value_error() -> None:
    assert issubclass(ReadError, ValueError)
    assert issubclass(ReadError, wgec_parse.WgecError)


def test_empty_file_is_an_empty_document(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    doc = wgec_parse.parse_file(path)
    assert doc == wgec_parse.Document(encoding="utf-8")
    assert wgec_parse.render(doc) == ""


def test_nul_bytes_in_otherwise_valid_utf8_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"1) What?\n" + b"\x00\x01\x02PK\x03\x04" * 50)
    with pytest.raises(ReadError, match=r"blob.txt:2: binary data"):
        wgec_parse.parse_file(path)
