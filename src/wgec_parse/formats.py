"""Formats refused by name: what a file is, told from its first bytes, when it holds no
text the package reads (see docs/reading.md, "Formats refused").

A leaf module: :func:`wgec_parse.loaders.detect` asks :func:`refusal` about the head
of a file that is neither a PDF nor a zip archive, and :func:`zip_refusal` about a zip
archive without ``word/document.xml``; each answers with the message of the
:class:`~wgec_parse.errors.ReadError` to raise, or None for a file to read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import zipfile

__all__ = ["OPENDOCUMENT", "refusal", "zip_refusal"]

_SAVE_AS: Final = "save it as .docx or .txt and read that"
_UNPACK: Final = "unpack it and read the files inside"
_OCR: Final = "OCR needed to read it, or read the original document"


def _image(kind: str) -> str:
    return f"binary data: a {kind} image, not text; {_OCR}"


def _archive(kind: str) -> str:
    return f"binary data: {kind} archive, not text; {_UNPACK}"


# Signatures at the start of a file, and what the file is then.
_MAGIC: Final = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        f"a legacy binary Word .doc (or other OLE2 file): {_SAVE_AS}",
    ),
    (b"\x1f\x8b", _archive("a gzip")),
    (b"7z\xbc\xaf\x27\x1c", _archive("a 7-Zip")),
    (b"Rar!\x1a\x07", _archive("a RAR")),
    (b"\xfd7zXZ\x00", _archive("an xz")),
    (b"\x89PNG\r\n\x1a\n", _image("PNG")),
    (b"\xff\xd8\xff", _image("JPEG")),
    (b"GIF87a", _image("GIF")),
    (b"GIF89a", _image("GIF")),
    (b"II*\x00", _image("TIFF")),
    (b"MM\x00*", _image("TIFF")),
)
_BZIP2: Final = re.compile(rb"BZh[1-9]1AY&SY")
_WEBP: Final = re.compile(rb"RIFF....WEBP", re.DOTALL)
# A tar archive's header names its format at byte 257.
_TAR_MAGIC: Final = slice(257, 262)
# Byte order marks that may come before markup.
_MARKS: Final = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# The start of an HTML or XHTML page, once white space, a byte order mark, an XML
# declaration and comments are skipped.
_HTML: Final = re.compile(r"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)
# What may come before markup: an XML declaration, a comment (with their ends).
_PROLOGUES: Final = (("<?xml", ">"), ("<!--", "-->"))
#: OpenDocument's media types (the "mimetype" member of its zip), and what each is.
OPENDOCUMENT: Final = {
    "application/vnd.oasis.opendocument.text": "an OpenDocument text (.odt)",
    "application/vnd.oasis.opendocument.spreadsheet": "an OpenDocument spreadsheet (.ods)",
    "application/vnd.oasis.opendocument.presentation": "an OpenDocument presentation (.odp)",
}
# Parts that tell the other Office Open XML files from a zip archive.
_OFFICE: Final = (
    ("xl/workbook.xml", "an Excel workbook (.xlsx)"),
    ("ppt/presentation.xml", "a PowerPoint presentation (.pptx)"),
)
# The media type member is a few dozen bytes; more is no OpenDocument.
_MIMETYPE_LIMIT: Final = 200


def _as_text(head: bytes) -> str:
    """The head of a file as characters, enough to look for markup in."""
    for mark in _MARKS:
        if head.startswith(mark):
            encoding = "utf-8" if len(mark) == 3 else "utf-16"
            return head.decode(encoding, errors="ignore").lstrip("\ufeff")
    return head.decode("latin-1")


def refusal(head: bytes) -> str | None:
    """Why a file whose first bytes are ``head`` (neither a PDF nor a zip archive) is
    not read, in words that say what to do; None for text."""
    for magic, message in _MAGIC:
        if head.startswith(magic):
            return message
    if _BZIP2.match(head):
        return _archive("a bzip2")
    if _WEBP.match(head):
        return _image("WebP")
    if head[_TAR_MAGIC] == b"ustar":
        return _archive("a tar")
    text = _as_text(head)
    start = text.lstrip()
    if start.startswith("{\\rtf"):
        return f"an RTF document, not plain text: {_SAVE_AS}"
    if _HTML.match(_after_prologue(text)):
        return f"an HTML page, not plain text: {_SAVE_AS}"
    return None


def _after_prologue(text: str) -> str:
    """``text`` from its first markup that is neither an XML declaration nor a comment,
    white space skipped."""
    rest = text.lstrip()
    while True:
        for start, end in _PROLOGUES:
            if rest.startswith(start):
                stop = rest.find(end, len(start))
                if stop < 0:
                    return rest
                rest = rest[stop + len(end) :].lstrip()
                break
        else:
            return rest


def zip_refusal(archive: zipfile.ZipFile) -> str:
    """Why a zip archive without ``word/document.xml`` is not read."""
    names = archive.namelist()
    if "mimetype" in names:
        info = archive.getinfo("mimetype")
        if info.file_size <= _MIMETYPE_LIMIT:
            kind = archive.read(info).decode("ascii", errors="replace").strip()
            what = OPENDOCUMENT.get(kind)
            if what is not None:
                return f"{what}, not a Word .docx: {_SAVE_AS}"
            if kind == "application/epub+zip":
                return f"an EPUB book, not a Word .docx: {_SAVE_AS}"
    for part, what in _OFFICE:
        if part in names:
            return f"{what}, not a Word .docx: {_SAVE_AS}"
    count = len(names)
    return (
        f"a zip archive of {count:,} file{'s' if count != 1 else ''} without "
        f"word/document.xml, not a Word .docx: {_UNPACK}"
    )
