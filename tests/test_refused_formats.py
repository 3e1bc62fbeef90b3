"""Formats refused by name: each gives a ReadError naming the file and saying what to
do, and the command line prints it on one line and exits with status 2."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import wgec_parse
from wgec_parse import ReadError
from wgec_parse.cli import main

QUESTION = "1) What are the high level characteristics of enhanced cooperation?"
SAVE_AS = "save it as .docx or .txt and read that"
UNPACK = "unpack it and read the files inside"
OCR = "OCR needed to read it, or read the original document"


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _tar() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        data = f"{QUESTION}\n".encode()
        info = tarfile.TarInfo("answer.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _image(kind: str) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buffer, format=kind)
    return buffer.getvalue()


def _html(text: str) -> bytes:
    return text.encode("utf-8")


RTF = (r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}\f0\fs24 " + QUESTION + r"\par}").encode(
    "ascii"
)

#: Each refused file: a maker of its bytes, and the message it must give.
CASES: dict[str, tuple[Callable[[], bytes], str]] = {
    "rtf": (lambda: RTF, f"an RTF document, not plain text: {SAVE_AS}"),
    "rtf after a byte order mark and space": (
        lambda: b"\xef\xbb\xbf \r\n" + RTF,
        f"an RTF document, not plain text: {SAVE_AS}",
    ),
    "html doctype": (
        lambda: _html(f"<!DOCTYPE html>\n<html><body><p>{QUESTION}</p></body></html>\n"),
        f"an HTML page, not plain text: {SAVE_AS}",
    ),
    "html tag": (
        lambda: _html(f"\n\n  <HTML>\n<body><p>{QUESTION}</p></body></HTML>"),
        f"an HTML page, not plain text: {SAVE_AS}",
    ),
    "html body only": (
        lambda: _html(f"<body>\n<p>{QUESTION}</p>\n</body>"),
        f"an HTML page, not plain text: {SAVE_AS}",
    ),
    "xhtml with declaration and comment": (
        lambda: _html(
            '<?xml version="1.0" encoding="utf-8"?>\n<!-- saved from Word -->\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{QUESTION}</body></html>'
        ),
        f"an HTML page, not plain text: {SAVE_AS}",
    ),
    "html in utf-16": (
        lambda: "\ufeff<html><body>1) What?</body></html>".encode("utf-16-le"),
        f"an HTML page, not plain text: {SAVE_AS}",
    ),
    "odt": (
        lambda: _zip(
            {
                "mimetype": b"application/vnd.oasis.opendocument.text",
                "content.xml": b"<office:document-content/>",
            }
        ),
        f"an OpenDocument text (.odt), not a Word .docx: {SAVE_AS}",
    ),
    "ods": (
        lambda: _zip(
            {
                "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                "content.xml": b"<office:document-content/>",
            }
        ),
        f"an OpenDocument spreadsheet (.ods), not a Word .docx: {SAVE_AS}",
    ),
    "xlsx": (
        lambda: _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
        f"an Excel workbook (.xlsx), not a Word .docx: {SAVE_AS}",
    ),
    "zip archive": (
        lambda: _zip({"answer.txt": b"1) What?\n", "annex.txt": b"Annex\n"}),
        f"a zip archive of 2 files without word/document.xml, not a Word .docx: {UNPACK}",
    ),
    "legacy doc": (
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
        f"a legacy binary Word .doc (or other OLE2 file): {SAVE_AS}",
    ),
    "gzip": (
        lambda: gzip.compress(f"{QUESTION}\n".encode(), mtime=0),
        f"binary data: a gzip archive, not text; {UNPACK}",
    ),
    "bzip2": (
        lambda: bz2.compress(f"{QUESTION}\n".encode()),
        f"binary data: a bzip2 archive, not text; {UNPACK}",
    ),
    "xz": (
        lambda: lzma.compress(f"{QUESTION}\n".encode()),
        f"binary data: an xz archive, not text; {UNPACK}",
    ),
    "7z": (
        lambda: b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(24),
        f"binary data: a 7-Zip archive, not text; {UNPACK}",
    ),
    "rar": (
        lambda: b"Rar!\x1a\x07\x01\x00" + bytes(24),
        f"binary data: a RAR archive, not text; {UNPACK}",
    ),
    "tar": (_tar, f"binary data: a tar archive, not text; {UNPACK}"),
    "png": (lambda: _image("PNG"), f"binary data: a PNG image, not text; {OCR}"),
    "jpeg": (lambda: _image("JPEG"), f"binary data: a JPEG image, not text; {OCR}"),
    "gif": (lambda: _image("GIF"), f"binary data: a GIF image, not text; {OCR}"),
    "tiff": (lambda: _image("TIFF"), f"binary data: a TIFF image, not text; {OCR}"),
    "webp": (lambda: _image("WEBP"), f"binary data: a WebP image, not text; {OCR}"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_refused_format_gives_a_read_error_saying_what_to_do(case: str, tmp_path: Path) -> None:
    make, message = CASES[case]
    path = tmp_path / "submission.txt"  # the name says nothing: the content decides
    path.write_bytes(make())
    with pytest.raises(ReadError) as info:
        wgec_parse.load(path)
    assert str(info.value) == f"{path}: {message}"
    assert info.value.path == str(path)
    with pytest.raises(ReadError, match=r"^upload: "):
        wgec_parse.load(make(), name="upload")


@pytest.mark.parametrize("command", ["outline", "validate"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_refused_format_exits_2_with_its_message(
    case: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, message = CASES[case]
    path = tmp_path / "submission.bin"
    path.write_bytes(make())
    assert main([command, str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"wgec-parse: {path}: {message}\n"


@pytest.mark.parametrize(
    "text",
    [
        "<Draft> 1) What are the high level characteristics?\n",
        "Note: the <html> version of this answer is attached.\n1) What?\n",
        "{Draft}\n1) What?\n",
        "BZh, the acronym, opens this line.\n",
        "MM*, a brand name\n",
    ],
)
def test_text_that_merely_mentions_markup_is_read(text: str, tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    assert wgec_parse.load(path).source == "text"


def test_a_refused_format_on_standard_input_names_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RTF)))
    assert main(["outline", "-"]) == 2
    assert capsys.readouterr().err == (
        f"wgec-parse: <stdin>: an RTF document, not plain text: {SAVE_AS}\n"
    )
