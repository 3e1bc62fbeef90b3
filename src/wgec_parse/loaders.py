"""Originals to trees: ``load(path)`` reads a .txt, .docx or .pdf file, chosen by content.

The extractor is picked from the file's first bytes, not its name: a PDF starts with
``%PDF-`` (after optional white space), a Word .docx is a zip archive holding
``word/document.xml``, anything else is read as text
(:func:`wgec_parse.reading.decode`), and a text that is a form or spreadsheet export as
a view of its respondents (:mod:`wgec_parse.forms`).  The document records the
extractor in :attr:`Document.source` ("text", "docx", "pdf", "form-csv", "form-tsv")
and, for text, the encoding in :attr:`Document.encoding` (None for .docx, .pdf and form
exports, whose extractors return the text they build).

Every file is opened by :func:`wgec_parse.reading.open_file`: a path that is not a
regular file is refused before it is read, and so is a file too large for ``max_size``.
The text of a .docx or a PDF is counted as it is built and refused as soon as it
passes ``max_size``.

A .docx is read straight from its zip archive, as Word shows it (tracked changes
accepted, content controls and fields read for their text, table rows as
``| cell | cell |`` lines, notes after the body; :func:`docx_extraction`, by the Word
reader in :mod:`wgec_parse.docx`):
``word/document.xml`` is parsed as a stream (paragraphs and rows are dropped once read,
so memory follows the largest paragraph or row, not the file), and the styles, list
definitions and notes it refers to are read once per document.  :func:`extract` gives
the text of any supported file with the origin of each line
(:class:`~wgec_parse.extraction.Extraction`), and :func:`load_with_origins` gives the
document with that origin for each of its lines.  Word's list numbers are rebuilt as
Word shows them, within :data:`~wgec_parse.limits.MAX_LIST_NUMBER` and
:data:`~wgec_parse.limits.MAX_LIST_PREFIX`; a file that goes past them (a list starting
at 10**11, a level text repeating ``%1`` thousands of times) is reported on the
``wgec_parse.loaders`` logger and its numbers shortened, never built whole.

Reading .docx needs lxml and reading .pdf needs pypdf: the
optional extras ``wgec-parse[docx]`` and ``wgec-parse[pdf]``; without them
:class:`MissingExtraError` says which ``pip install`` line to run.
"""

from __future__ import annotations

import importlib
import io
import logging
import os
from typing import TYPE_CHECKING, Any, BinaryIO, Final

import attrs

from wgec_parse.errors import InputTooLarge, ReadError
from wgec_parse.extraction import Extraction, Origins
from wgec_parse.formats import refusal, zip_refusal
from wgec_parse.forms import view_of_text
from wgec_parse.limits import MAX_DEPTH, MAX_SIZE
from wgec_parse.nodes import Document
from wgec_parse.parser import parse
from wgec_parse.reading import decode, file_limit, open_file, read_stream

if TYPE_CHECKING:
    from wgec_parse.pdfreader import PdfText

# The Word and PDF readers, and zipfile, are imported when a .docx, a zip archive or a
# PDF is read, not by every command that reads a text file.

__all__ = [
    "DOCX_TOTAL_LIMIT",
    "DOCX_XML_LIMIT",
    "MissingExtraError",
    "detect",
    "docx_extraction",
    "docx_text",
    "extract",
    "load",
    "load_with_origins",
    "pdf_lines",
    "pdf_text",
]

#: Largest word/document.xml a .docx may declare, in bytes: Word's XML runs about four
#: bytes of markup per character of text, so this matches the parser's own limit.
DOCX_XML_LIMIT: Final = 4 * MAX_SIZE
#: Largest total a .docx may declare for all its parts unzipped (images included), in bytes.
DOCX_TOTAL_LIMIT: Final = 16 * MAX_SIZE
_HEAD_BYTES: Final = 1024
# What zipfile raises for a damaged archive (and zipfile.BadZipFile), or one made by a
# newer zip (a version or a feature it does not read: NotImplementedError).
_ZIP_ERRORS: Final = (OSError, ValueError, NotImplementedError)
# PDF's white space (ISO 32000 7.2.2): what may come before the header.
_PDF_SPACE: Final = b"\x00\t\n\x0c\r "

_log = logging.getLogger(__name__)


class MissingExtraError(ReadError):
    """An optional dependency needed to read this kind of file is not installed."""


def detect(path: str | os.PathLike[str]) -> str:
    """The extractor for a file, from its content: "docx", "pdf" or "text".

    Raises :class:`ReadError` for a file that cannot be opened or is not a regular file,
    and for the formats refused by name, saying what to do (see
    :mod:`wgec_parse.formats`): a zip archive that is not a .docx (an OpenDocument file,
    an archive), a legacy binary Word .doc, RTF, HTML, other archives and images;
    :class:`InputTooLarge` for a .docx whose parts unzip to more than
    :data:`DOCX_XML_LIMIT` or :data:`DOCX_TOTAL_LIMIT`.
    """
    name = os.fspath(path)
    with open_file(name) as handle:
        return _sniff(handle, name)


def _sniff(handle: BinaryIO, name: str) -> str:
    """:func:`detect` on an open file, which is left at its start."""
    head = handle.read(_HEAD_BYTES)
    handle.seek(0)
    if head.lstrip(_PDF_SPACE).startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        import zipfile

        from wgec_parse.docx import DOCUMENT_XML

        try:
            with zipfile.ZipFile(handle) as archive:
                sizes = {info.filename: info.file_size for info in archive.infolist()}
        except (zipfile.BadZipFile, *_ZIP_ERRORS) as err:
            raise ReadError(f"a damaged zip archive, not a readable .docx ({err})", name) from None
        finally:
            handle.seek(0)
        if DOCUMENT_XML not in sizes:
            raise ReadError(_zip_refusal(handle), name)
        # The declared size bounds what unzipping gives (zipfile stops there, and a
        # forged size fails the CRC check), so a zip bomb is refused before it is read.
        if sizes[DOCUMENT_XML] > DOCX_XML_LIMIT:
            raise InputTooLarge(
                sizes[DOCUMENT_XML], DOCX_XML_LIMIT, f"{name}: word/document.xml", "bytes"
            )
        if sum(sizes.values()) > DOCX_TOTAL_LIMIT:
            raise InputTooLarge(sum(sizes.values()), DOCX_TOTAL_LIMIT, f"{name}: unzipped", "bytes")
        return "docx"
    refused = refusal(head)
    if refused is not None:
        raise ReadError(refused, name)
    return "text"


def load(
    source: str | os.PathLike[str] | bytes | BinaryIO,
    *,
    name: str | None = None,
    max_size: int | None = MAX_SIZE,
    max_depth: int = MAX_DEPTH,
    form: bool = True,
) -> Document:
    """Read and parse a .txt, .docx or .pdf submission, choosing the extractor by content.

    ``source`` is a path, the file's bytes, or a binary stream (an upload, standard
    input); ``name`` is what errors call it (default: the path, or ``"<bytes>"`` /
    ``"<stream>"``).  A stream is read to its end, within the byte limit, and never
    closed.

    ``max_size`` and ``max_depth`` are those of :func:`~wgec_parse.parse`: input too
    large to give at most ``max_size`` characters is refused before it is read whole, and
    the text of a .docx or PDF as soon as it grows past it.  A path that is not a regular
    file (a FIFO, a device, a socket) is refused before it is opened for reading.
    A form or spreadsheet export (CSV, TSV) is read as a view of its respondents
    (:mod:`wgec_parse.forms`); ``form=False`` reads it as the literal text it is.

    Raises :class:`ReadError` (naming the file) for anything that cannot be read,
    :class:`InputTooLarge` (naming it too) for anything too large, and
    :class:`MissingExtraError` when the optional extra for the format is not installed.
    """
    return load_with_origins(source, name=name, max_size=max_size, max_depth=max_depth, form=form)[
        0
    ]


def load_with_origins(
    source: str | os.PathLike[str] | bytes | BinaryIO,
    *,
    name: str | None = None,
    max_size: int | None = MAX_SIZE,
    max_depth: int = MAX_DEPTH,
    form: bool = True,
) -> tuple[Document, Origins]:
    """:func:`load`, and where in the original each line of the parsed text came from.

    The :class:`~wgec_parse.extraction.Origins` hold, per line as the parser numbers
    lines (and as findings and :class:`~wgec_parse.nodes.Position` count them), the
    paragraph, table row or note of a .docx (``"¶12"``, ``"table 1 r2"``, ``"note 3"``)
    or the page of a PDF (``"p3"``); ``""`` for a line the reader added.  They are empty
    for a text file, whose line numbers already say where each line is.  They are kept
    beside the document, not in it, so that the tree, its equality and its JSON do not
    depend on how the text was read.  Raises as :func:`load` does.
    """
    max_bytes = file_limit(max_size)
    if isinstance(source, (bytes, bytearray, memoryview)):
        label = name or "<bytes>"
        data = bytes(source)
        if max_bytes is not None and len(data) > max_bytes:
            raise InputTooLarge(len(data), max_bytes, label, "bytes")
        return _load_open(io.BytesIO(data), label, max_size, max_depth, form)
    if isinstance(source, (str, os.PathLike)):
        label = name or os.fspath(source)
        with open_file(os.fspath(source), max_bytes=max_bytes) as handle:
            return _load_open(handle, label, max_size, max_depth, form)
    label = name or "<stream>"
    data = read_stream(source, max_bytes, label)
    return _load_open(io.BytesIO(data), label, max_size, max_depth, form)


def _load_open(
    handle: BinaryIO, name: str, max_size: int | None, max_depth: int, form: bool = True
) -> tuple[Document, Origins]:
    """:func:`load_with_origins` on an open, seekable binary file."""
    kind = _sniff(handle, name)
    origins = Origins()
    styled: tuple[int, ...] = ()
    if kind == "docx" or kind == "pdf":
        if kind == "docx":
            extraction = _docx_extraction(handle, name, max_size)
        else:
            extraction = _paged(_pdf_read(handle, name, max_size))
        text, encoding = extraction.text, None
        origins = Origins.of_extraction(extraction)
        styled = extraction.heading_lines()
    else:
        text, encoding = decode(read_stream(handle, file_limit(max_size), name), name)
        view = view_of_text(text, name, max_size=max_size, max_depth=max_depth) if form else None
        if view is not None:
            return view.document, Origins.of_extraction(view.extraction)
    try:
        document = parse(text, max_size=max_size, max_depth=max_depth, heading_lines=styled)
    except InputTooLarge as err:
        raise InputTooLarge(err.size, err.limit, f"{name}: text") from None
    return attrs.evolve(document, encoding=encoding, source=kind), origins


# --- what was read, line by line -----------------------------------------------------


def extract(
    source: str | os.PathLike[str] | bytes | BinaryIO,
    *,
    name: str | None = None,
    max_size: int | None = MAX_SIZE,
    form: bool = True,
) -> Extraction:
    """The text :func:`load` parses from a file, with the origin of each line.

    Origins (see :mod:`wgec_parse.extraction`): ``"¶12"``, ``"table 1 r2"``, ``"note 3"``
    for a .docx, ``"p3"`` for a PDF, the line number for text (every piece
    ``str.splitlines`` makes of a line takes its number).  Raises as :func:`load` does.
    """
    max_bytes = file_limit(max_size)
    if isinstance(source, (bytes, bytearray, memoryview)):
        label = name or "<bytes>"
        if max_bytes is not None and len(source) > max_bytes:
            raise InputTooLarge(len(source), max_bytes, label, "bytes")
        return _extract_open(io.BytesIO(bytes(source)), label, max_size, form)
    if isinstance(source, (str, os.PathLike)):
        label = name or os.fspath(source)
        with open_file(os.fspath(source), max_bytes=max_bytes) as handle:
            return _extract_open(handle, label, max_size, form)
    label = name or "<stream>"
    data = read_stream(source, max_bytes, label)
    return _extract_open(io.BytesIO(data), label, max_size, form)


def _extract_open(
    handle: BinaryIO, name: str, max_size: int | None, form: bool = True
) -> Extraction:
    kind = _sniff(handle, name)
    if kind == "docx":
        return _docx_extraction(handle, name, max_size)
    if kind == "pdf":
        return _paged(_pdf_read(handle, name, max_size))
    text, _encoding = decode(read_stream(handle, file_limit(max_size), name), name)
    view = view_of_text(text, name, max_size=max_size) if form else None
    return view.extraction if view is not None else _numbered(text)


def _numbered(text: str) -> Extraction:
    """Text whose origins are its line numbers, lines ending at LF, CRLF or CR as the
    parser counts them."""
    origins: list[str] = []
    number = 1
    for piece in text.splitlines(keepends=True):
        origins.append(str(number))
        if piece.endswith(("\n", "\r")):
            number += 1
    return Extraction(text, tuple(origins))


def _paged(pdf: PdfText) -> Extraction:
    """A PDF's text with ``"p1"``, ``"p2"``... for the lines of each page (no origin for
    the lines the reader added).  The reader counts a line up to its line feed; a line
    holding a form feed is several pieces for ``str.splitlines``, each of its page.
    The lines the reader found set as headings are the extraction's headings."""
    origins: list[str] = []
    styled = set(pdf.headings)
    headings: list[int] = []
    for index, (line, page) in enumerate(zip(pdf.text.split("\n"), pdf.pages, strict=False)):
        origin = f"p{page}" if page and line.strip() else ""
        if index in styled:  # a heading holds no form feed: one piece
            headings.append(len(origins))
        origins.extend([origin] * len((line + "\n").splitlines()))
    return Extraction(pdf.text, tuple(origins), tuple(headings))


# --- .docx ------------------------------------------------------------------------------


def docx_text(path: str | os.PathLike[str], *, max_size: int | None = MAX_SIZE) -> str:
    """The text of a .docx, as :func:`docx_extraction` gives it (without the origins)."""
    return docx_extraction(path, max_size=max_size).text


def docx_extraction(
    source: str | os.PathLike[str] | bytes | BinaryIO,
    *,
    name: str | None = None,
    max_size: int | None = MAX_SIZE,
) -> Extraction:
    """The text of a .docx as Word shows it, with the origin of each line.

    ``source`` is a path, the file's bytes or a seekable binary stream; ``name`` is what
    errors call it.  The body is read in order: each paragraph is one line (a line break
    inside it starts a new line), paragraphs separated by a blank line holding one space;
    tracked changes accepted, content controls, fields, hyperlinks and smart tags read
    for their text; list paragraphs with the number or bullet Word shows; each table row
    one line ``| cell | cell |``; footnotes and endnotes after the body, ``[1] text``,
    their marks ``[1]`` in the text.  Origins are ``"¶12"``, ``"table 1 r2"``,
    ``"note 3"`` (see :mod:`wgec_parse.extraction`).

    Raises :class:`InputTooLarge` as soon as the text passes ``max_size`` characters
    (``None``: no limit), and :class:`ReadError` for a file that is not a readable .docx.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _docx_open(io.BytesIO(bytes(source)), name or "<bytes>", max_size)
    if isinstance(source, (str, os.PathLike)):
        label = name or os.fspath(source)
        with open_file(os.fspath(source), max_bytes=file_limit(max_size)) as handle:
            return _docx_open(handle, label, max_size)
    return _docx_open(source, name or "<stream>", max_size)


def _docx_open(handle: BinaryIO, name: str, max_size: int | None) -> Extraction:
    if _sniff(handle, name) != "docx":
        raise ReadError("not a Word .docx", name)
    return _docx_extraction(handle, name, max_size)


def _etree(name: str) -> Any:
    try:
        # lxml comes with python-docx; it has no type hints, so it is used as Any.
        return importlib.import_module("lxml.etree")
    except ImportError:
        raise MissingExtraError(
            "reading .docx files needs lxml: pip install 'wgec-parse[docx]'", name
        ) from None


def _docx_extraction(handle: BinaryIO, name: str, max_size: int | None) -> Extraction:
    """The Word reader (:func:`wgec_parse.docx.read_docx`) on an open .docx; what it
    shortened in list numbers is logged, naming the file."""
    from wgec_parse.docx import read_docx

    extraction, reports = read_docx(handle, name, max_size, _etree(name))
    for message in reports:
        _log.warning("%s: %s", name, message)
    return extraction


# --- .pdf -------------------------------------------------------------------------------


def pdf_text(path: str | os.PathLike[str], *, max_size: int | None = MAX_SIZE) -> str:
    """The text of a PDF, page by page, with the indentation of its layout.

    A line holding only a form feed separates pages (the parser reads it as noise);
    running headers and footers stay in the text as lines starting with a form feed,
    which the parser reads as noise (see :mod:`wgec_parse.pdfreader`).  Raises
    :class:`InputTooLarge` as soon as the text passes ``max_size`` characters (``None``:
    no limit), and :class:`ReadError` for a file that is not a readable PDF, needs a
    password, or has no text layer.
    """
    return pdf_lines(path, max_size=max_size).text


# --- formats refused ----------------------------------------------------------------------


def _zip_refusal(handle: BinaryIO) -> str:
    """What a zip archive without word/document.xml is, for its error message."""
    import zipfile

    try:
        with zipfile.ZipFile(handle) as archive:
            return zip_refusal(archive)
    except (zipfile.BadZipFile, *_ZIP_ERRORS) as err:
        return f"a damaged zip archive, not a readable .docx ({err})"
    finally:
        handle.seek(0)


# --- .pdf, with the page of each line ---------------------------------------------------


def pdf_lines(path: str | os.PathLike[str], *, max_size: int | None = MAX_SIZE) -> PdfText:
    """The text of a PDF (as :func:`pdf_text`) and the page of each of its lines:
    ``pages[i]`` is the 1-based page of line ``i`` as the parser counts lines
    (``text.split("\n")``, not ``str.splitlines()``, which also splits at form feeds),
    0 for the lines the reader adds (the form feed between pages, a blank line between
    paragraphs)."""
    name = os.fspath(path)
    with open_file(name, max_bytes=file_limit(max_size)) as handle:
        if _sniff(handle, name) != "pdf":
            raise ReadError("not a PDF", name)
        return _pdf_read(handle, name, max_size)


def _pdf_read(handle: BinaryIO, name: str, max_size: int | None) -> PdfText:
    try:
        importlib.import_module("pypdfium2")
    except ImportError:
        raise MissingExtraError(
            "reading .pdf files needs pypdfium2: pip install 'wgec-parse[pdf]'", name
        ) from None
    from wgec_parse.pdfreader import read_pdf

    return read_pdf(handle, name, max_size)
