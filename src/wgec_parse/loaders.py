"""Originals to trees: ``load(path)`` reads a .txt, .docx or .pdf file, chosen by content.

The extractor is picked from the file's first bytes, not its name: a PDF starts with
``%PDF-``, a Word .docx is a zip archive holding ``word/document.xml``, anything else is
read as text (:func:`wgec_parse.reading.read_text`).  The document records the extractor
in :attr:`Document.source` ("text", "docx", "pdf") and, for text, the encoding in
:attr:`Document.encoding` (None for .docx and .pdf, whose extractors return decoded text).

Reading .docx needs python-docx and reading .pdf needs pypdf, the optional extras
``wgec-parse[docx]`` and ``wgec-parse[pdf]``; without them :class:`MissingExtraError`
says which ``pip install`` line to run.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

import attrs

from wgec_parse.errors import InputTooLarge, ReadError
from wgec_parse.limits import MAX_SIZE
from wgec_parse.nodes import Document
from wgec_parse.parser import parse
from wgec_parse.reading import read_bytes, read_text

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.text.paragraph import Paragraph as DocxParagraph

__all__ = [
    "DOCX_TOTAL_LIMIT",
    "DOCX_XML_LIMIT",
    "MissingExtraError",
    "detect",
    "docx_text",
    "load",
    "pdf_text",
]

#: Largest word/document.xml a .docx may declare, in bytes: Word's XML runs about four
#: bytes of markup per character of text, so this matches the parser's own limit.
DOCX_XML_LIMIT: Final = 4 * MAX_SIZE
#: Largest total a .docx may declare for all its parts unzipped (images included), in bytes.
DOCX_TOTAL_LIMIT: Final = 16 * MAX_SIZE
_HEAD_BYTES: Final = 1024
# Word's legacy binary format (OLE2 compound file), recognised only to name it.
_OLE2: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Glyphs for bullet levels: the parser's bullet rules know both, and a change of glyph
# with a deeper indent reads as nesting.
_GLYPHS: Final = ("•", "-")
_INDENT: Final = "    "
_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class MissingExtraError(ReadError):
    """An optional dependency needed to read this kind of file is not installed."""


def detect(path: str | os.PathLike[str]) -> str:
    """The extractor for a file, from its content: "docx", "pdf" or "text".

    Raises :class:`ReadError` for a file that cannot be opened, a zip archive that is
    not a .docx, and a legacy binary Word .doc; :class:`InputTooLarge` for a .docx whose
    parts unzip to more than :data:`DOCX_XML_LIMIT` or :data:`DOCX_TOTAL_LIMIT`.
    """
    name = os.fspath(path)
    head = read_bytes(name, _HEAD_BYTES)
    # The PDF header may follow a few bytes of junk; readers accept it in the first 1 KiB.
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(name) as archive:
                sizes = {info.filename: info.file_size for info in archive.infolist()}
        except (zipfile.BadZipFile, OSError, ValueError) as err:
            raise ReadError(f"a damaged zip archive, not a readable .docx ({err})", name) from None
        if "word/document.xml" not in sizes:
            raise ReadError("a zip archive without word/document.xml, not a Word .docx", name)
        # The declared size bounds what unzipping gives (zipfile stops there, and a
        # forged size fails the CRC check), so a zip bomb is refused before it is read.
        if sizes["word/document.xml"] > DOCX_XML_LIMIT:
            raise InputTooLarge(
                sizes["word/document.xml"], DOCX_XML_LIMIT, f"{name}: word/document.xml", "bytes"
            )
        # python-docx loads every part (images too) into memory.
        if sum(sizes.values()) > DOCX_TOTAL_LIMIT:
            raise InputTooLarge(sum(sizes.values()), DOCX_TOTAL_LIMIT, f"{name}: unzipped", "bytes")
        return "docx"
    if head.startswith(_OLE2):
        raise ReadError("a legacy binary Word .doc (or other OLE2 file); save it as .docx", name)
    return "text"


def load(path: str | os.PathLike[str]) -> Document:
    """Read and parse a .txt, .docx or .pdf file, choosing the extractor by content.

    Raises :class:`ReadError` (naming the file) for anything that cannot be read, and
    :class:`MissingExtraError` when the optional extra for the format is not installed.
    """
    kind = detect(path)
    if kind == "docx":
        return attrs.evolve(parse(docx_text(path)), source="docx")
    if kind == "pdf":
        return attrs.evolve(parse(pdf_text(path)), source="pdf")
    text, encoding = read_text(path)
    return attrs.evolve(parse(text), encoding=encoding, source="text")


# --- .docx ------------------------------------------------------------------------------


def _open_docx(name: str) -> DocxDocument:
    try:
        import docx
    except ImportError:
        raise MissingExtraError(
            "reading .docx files needs python-docx: pip install 'wgec-parse[docx]'", name
        ) from None
    try:
        return docx.Document(name)
    # python-docx raises zip, XML, key and package errors of its own on damaged files.
    except Exception as err:
        raise ReadError(f"not a readable .docx ({type(err).__name__}: {err})", name) from None


def _val(element: object, tag: str) -> str | None:
    """The ``w:val`` of child ``tag`` of an lxml element, or None."""
    find = getattr(element, "find", None)
    if find is None:
        return None
    child = find(_W + tag)
    if child is None:
        return None
    value = child.get(_W + "val")
    return value if isinstance(value, str) else None


@attrs.frozen
class _Level:
    fmt: str  # numFmt: "bullet", "decimal", "lowerLetter", ...
    text: str  # lvlText: "%1.%2.", or the bullet character
    start: int


def _numbering(document: DocxDocument) -> dict[str, dict[int, _Level]]:
    """numId -> level -> format, from word/numbering.xml (empty when there is none)."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    abstract: dict[str, dict[int, _Level]] = {}
    for node in root.iterfind(_W + "abstractNum"):
        levels: dict[int, _Level] = {}
        for lvl in node.iterfind(_W + "lvl"):
            start = _val(lvl, "start") or "1"
            levels[_int(lvl.get(_W + "ilvl"), 0)] = _Level(
                fmt=_val(lvl, "numFmt") or "decimal",
                text=_val(lvl, "lvlText") or "",
                start=_int(start, 1),
            )
        abstract[str(node.get(_W + "abstractNumId"))] = levels
    out: dict[str, dict[int, _Level]] = {}
    for num in root.iterfind(_W + "num"):
        ref = _val(num, "abstractNumId")
        if ref in abstract:
            out[str(num.get(_W + "numId"))] = abstract[ref]
    return out


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _num_pr(paragraph: DocxParagraph) -> tuple[str, int] | None:
    """(numId, level) of a list paragraph, from its own properties or its style's."""
    ppr = paragraph._p.pPr
    num_pr = ppr.find(_W + "numPr") if ppr is not None else None
    num_id = _val(num_pr, "numId")
    level = _int(_val(num_pr, "ilvl"), 0)
    style = paragraph.style
    seen = 0
    # Walk the style chain (bounded: a cyclic chain in a damaged file must not hang).
    while num_id is None and style is not None and seen < 16:
        seen += 1
        s_ppr = style.element.pPr
        s_num = s_ppr.find(_W + "numPr") if s_ppr is not None else None
        num_id = _val(s_num, "numId")
        level = _int(_val(s_num, "ilvl"), level)
        style = style.base_style
    if num_id is None or num_id == "0":  # numId 0 switches numbering off
        return None
    # Word's built-in "List Bullet 2", "List Number 3" nest by style, not by ilvl.
    words = (paragraph.style.name if paragraph.style is not None else "").split()
    if level == 0 and len(words) == 3 and words[0] == "List" and words[2].isdigit():
        level = min(int(words[2]), 9) - 1
    return num_id, level


def _roman(n: int) -> str:
    out = ""
    for value, digits in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        while n >= value:
            out += digits
            n -= value
    return out


def _letter(n: int) -> str:
    # Word repeats the letter past z: aa, bb, ...
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def _format(fmt: str, n: int) -> str:
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n) if 0 < n < 4000 else str(n)
    if fmt == "upperRoman":
        return _roman(n).upper() if 0 < n < 4000 else str(n)
    return str(n)


class _Numberer:
    """Word's list counters: the text a list paragraph's number or bullet shows."""

    def __init__(self, numbering: dict[str, dict[int, _Level]]) -> None:
        self._numbering = numbering
        self._counters: dict[str, dict[int, int]] = {}

    def prefix(self, num_id: str, level: int) -> str:
        levels = self._numbering.get(num_id, {})
        spec = levels.get(level)
        if spec is None or spec.fmt in ("bullet", "none"):
            return _INDENT * level + _GLYPHS[min(level, 1)] + " "
        counters = self._counters.setdefault(num_id, {})
        counters[level] = counters.get(level, spec.start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]  # a higher level restarts the levels below it
        text = spec.text
        for k in range(9):
            if f"%{k + 1}" in text:
                above = levels.get(k)
                n = counters.get(k, above.start if above is not None else 1)
                text = text.replace(f"%{k + 1}", _format(above.fmt if above else "decimal", n))
        return text + " " if text else ""


def _paragraphs(document: DocxDocument) -> Iterator[DocxParagraph]:
    """Body paragraphs in document order, table cells included (row by row)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph as DocxParagraph

    pending: list[object] = list(document.iter_inner_content())
    pending.reverse()
    seen_cells: set[int] = set()
    while pending:  # an explicit stack: nested tables cannot exhaust the call stack
        item = pending.pop()
        if isinstance(item, DocxParagraph):
            yield item
        elif isinstance(item, Table):
            cells: list[object] = []
            for row in item.rows:
                for cell in row.cells:
                    # A merged cell is repeated in every row and column it spans.
                    if id(cell._tc) not in seen_cells:
                        seen_cells.add(id(cell._tc))
                        cells.extend(cell.iter_inner_content())
            pending.extend(reversed(cells))


def docx_text(path: str | os.PathLike[str]) -> str:
    """The text of a .docx: one line per non-empty paragraph, list numbers and bullets kept.

    Numbered list paragraphs get the number Word shows ("1.1", "a)"); bulleted ones a
    glyph ("•" at the first level, "-" below) indented four spaces per level, so the
    parser's bullet rules see the nesting.
    """
    name = os.fspath(path)
    document = _open_docx(name)
    try:
        numberer = _Numberer(_numbering(document))
        lines = []
        for paragraph in _paragraphs(document):
            # Soft line breaks and tabs inside a paragraph are layout, not structure.
            text = " ".join(paragraph.text.replace("\t", " ").split())
            if not text:
                continue
            list_pr = _num_pr(paragraph)
            if list_pr is not None:
                text = numberer.prefix(*list_pr) + text
            lines.append(text)
    except Exception as err:  # damaged XML inside a well-formed zip
        raise ReadError(f"not a readable .docx ({type(err).__name__}: {err})", name) from None
    # Each Word paragraph is a paragraph: a blank line holding one space breaks paragraphs
    # in both the single- and the double-spaced layout, where lines alone would read as
    # wraps of one paragraph.
    return "\n \n".join(lines) + "\n" if lines else ""


# --- .pdf -------------------------------------------------------------------------------


def pdf_text(path: str | os.PathLike[str]) -> str:
    """The text of a PDF, page by page, with the indentation of its layout.

    A line holding only a form feed separates pages (the parser reads it as noise).
    """
    name = os.fspath(path)
    try:
        from pypdf import PdfReader
    except ImportError:
        raise MissingExtraError(
            "reading .pdf files needs pypdf: pip install 'wgec-parse[pdf]'", name
        ) from None
    try:
        reader = PdfReader(name)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError("an encrypted PDF that needs a password", name)
        # Layout mode keeps each line's indentation, which is how nested bullets show.
        pages = [page.extract_text(extraction_mode="layout") for page in reader.pages]
    except ReadError:
        raise
    # pypdf raises its own errors, and ValueError/KeyError/... on damaged files.
    except Exception as err:
        raise ReadError(f"not a readable PDF ({type(err).__name__}: {err})", name) from None
    # A lone form feed is noise to the parser: it never splits a block.
    text = "\n\f\n".join(page.rstrip("\n") for page in pages)
    return text + "\n" if text else ""
