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
``| cell | cell |`` lines, notes after the body; :func:`docx_extraction`):
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
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from typing import IO, Any, BinaryIO, Final

import attrs

from wgec_parse.errors import InputTooLarge, ReadError
from wgec_parse.extraction import Extraction, Origins
from wgec_parse.formats import refusal, zip_refusal
from wgec_parse.forms import view_of_text
from wgec_parse.limits import MAX_DEPTH, MAX_LIST_NUMBER, MAX_LIST_PREFIX, MAX_SIZE
from wgec_parse.nodes import Document
from wgec_parse.parser import parse
from wgec_parse.pdfreader import PdfText, read_pdf
from wgec_parse.reading import decode, file_limit, open_file, read_stream

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
# PDF's white space (ISO 32000 7.2.2): what may come before the header.
_PDF_SPACE: Final = b"\x00\t\n\x0c\r "
# Glyphs for bullet levels: the parser's bullet rules know both, and a change of glyph
# with a deeper indent reads as nesting.
_GLYPHS: Final = ("•", "-")
_INDENT: Final = "    "
# Word's list levels are 0 to 8.
_LEVELS: Final = 9
# Links followed from a style to the style it is based on, at most (a damaged file may
# have a cycle).
_STYLE_CHAIN: Final = 16
_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELS: Final = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOCUMENT_XML: Final = "word/document.xml"
_PLACEHOLDER: Final = re.compile(r"%([1-9])")
# Lists reported by name in one file's warnings; the others are counted.
_MAX_REPORTS: Final = 10

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
        try:
            with zipfile.ZipFile(handle) as archive:
                sizes = {info.filename: info.file_size for info in archive.infolist()}
        except (zipfile.BadZipFile, OSError, ValueError) as err:
            raise ReadError(f"a damaged zip archive, not a readable .docx ({err})", name) from None
        finally:
            handle.seek(0)
        if _DOCUMENT_XML not in sizes:
            raise ReadError(_zip_refusal(handle), name)
        # The declared size bounds what unzipping gives (zipfile stops there, and a
        # forged size fails the CRC check), so a zip bomb is refused before it is read.
        if sizes[_DOCUMENT_XML] > DOCX_XML_LIMIT:
            raise InputTooLarge(
                sizes[_DOCUMENT_XML], DOCX_XML_LIMIT, f"{name}: word/document.xml", "bytes"
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
    if kind == "docx" or kind == "pdf":
        if kind == "docx":
            extraction = _docx_extraction(handle, name, max_size)
        else:
            extraction = _paged(_pdf_read(handle, name, max_size))
        text, encoding = extraction.text, None
        origins = Origins.of_extraction(extraction)
    else:
        text, encoding = decode(read_stream(handle, file_limit(max_size), name), name)
        view = view_of_text(text, name, max_size=max_size, max_depth=max_depth) if form else None
        if view is not None:
            return view.document, Origins.of_extraction(view.extraction)
    try:
        document = parse(text, max_size=max_size, max_depth=max_depth)
    except InputTooLarge as err:
        raise InputTooLarge(err.size, err.limit, f"{name}: text") from None
    return attrs.evolve(document, encoding=encoding, source=kind), origins


class _Text:
    """Extracted lines, counted as they come: refused as soon as they pass ``max_size``."""

    def __init__(self, name: str, max_size: int | None, separator: str) -> None:
        self._name = name
        self._max_size = max_size
        self._separator = separator
        self._lines: list[str] = []
        # The length of the text so far: the lines, the separators between them and
        # the final line break.
        self._size = 1 - len(separator)

    def add(self, line: str) -> None:
        self._size += len(line) + len(self._separator)
        if self._max_size is not None and self._size > self._max_size:
            raise InputTooLarge(
                self._size, self._max_size, f"{self._name}: text", "characters or more"
            )
        self._lines.append(line)

    def text(self) -> str:
        joined = self._separator.join(self._lines)
        return joined + "\n" if joined else ""


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
    holding a form feed is several pieces for ``str.splitlines``, each of its page."""
    origins: list[str] = []
    for line, page in zip(pdf.text.split("\n"), pdf.pages, strict=False):
        origin = f"p{page}" if page and line.strip() else ""
        origins.extend([origin] * len((line + "\n").splitlines()))
    return Extraction(pdf.text, tuple(origins))


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
    etree = _etree(name)
    try:
        with zipfile.ZipFile(handle) as archive:
            parts = _related_parts(archive, etree)
            numbering = _read_numbering(archive, parts.get("numbering"), etree)
            numberer = _Numberer(numbering)
            style_cache: list[_Styles] = []

            def styles() -> _Styles:
                if not style_cache:
                    style_cache.append(_read_styles(archive, parts.get("styles"), etree))
                return style_cache[0]

            notes = _Notes(_read_note_formats(archive, parts.get("settings"), etree))
            note_reader = _Reader(styles, _Numberer(numbering), notes)
            held = _Lines(name, max_size)
            for kind in ("footnote", "endnote"):
                notes.texts[kind] = _read_notes(
                    archive, parts.get(kind + "s"), etree, kind, note_reader, held
                )
            lines = _Lines(name, max_size)
            reader = _Reader(styles, numberer, notes)
            with archive.open(_DOCUMENT_XML) as xml:
                for block, origin in _body_blocks(xml, etree, reader):
                    lines.add(block, origin)
            for mark, text in notes.shown():
                lines.add(f"[{mark}] {text}" if text else f"[{mark}]", f"note {mark}")
    except (InputTooLarge, ReadError):
        raise
    # zipfile (a bad CRC), lxml (damaged XML) and the rest on a damaged file.
    except Exception as err:
        raise ReadError(f"not a readable .docx ({type(err).__name__}: {err})", name) from None
    for message in numberer.reports:
        _log.warning("%s: %s", name, message)
    return lines.extraction()


# Between two paragraphs: a blank line holding one space breaks paragraphs in both the
# single- and the double-spaced layout, where lines alone would read as wraps of one
# paragraph.
_SEPARATOR: Final = "\n \n"


class _Lines:
    """Extracted blocks and their origins, counted as they come: refused as soon as the
    text passes ``max_size``."""

    def __init__(self, name: str, max_size: int | None) -> None:
        self._name = name
        self._max_size = max_size
        self._blocks: list[str] = []
        self._origins: list[str] = []
        # The length of the text so far: the blocks, the separators between them and
        # the final line break.
        self._size = 1 - len(_SEPARATOR)

    def count(self, size: int) -> None:
        """Count ``size`` more characters; refused past ``max_size``."""
        self._size += size
        if self._max_size is not None and self._size > self._max_size:
            raise InputTooLarge(
                self._size, self._max_size, f"{self._name}: text", "characters or more"
            )

    def add(self, block: str, origin: str) -> None:
        """Add a block of lines (no line ends with a line break) from ``origin``."""
        self.count(len(block) + len(_SEPARATOR))
        if self._blocks:
            self._origins.append("")  # the separator's line
        self._blocks.append(block)
        self._origins.extend([origin] * len(block.splitlines()))

    def extraction(self) -> Extraction:
        joined = _SEPARATOR.join(self._blocks)
        return Extraction(joined + "\n" if joined else "", tuple(self._origins))


def _xml(stream: IO[bytes], etree: Any, tags: tuple[str, ...]) -> Iterator[Any]:
    """The elements named ``tags`` of an XML stream, each as it ends.

    Entities are not expanded and nothing is fetched: a part of a .docx is data.  A part
    already in memory (:class:`io.BytesIO`, a small one) is parsed whole, which is
    quicker; any other is parsed as a stream.
    """
    options = {
        "resolve_entities": False,
        "no_network": True,
        "load_dtd": False,
        "remove_comments": True,
        "remove_pis": True,
    }
    if isinstance(stream, io.BytesIO):
        root = etree.fromstring(stream.getvalue(), etree.XMLParser(**options))
        # In document order, as the stream gives them (the elements asked for in these
        # parts never hold one another).
        yield from list(root.iter(*tags))
        return
    for _event, element in etree.iterparse(stream, events=("end",), tag=tags, **options):
        yield element


def _drop_done(element: Any) -> None:
    """Free an element that has been read, and the siblings read before it."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def _part(archive: zipfile.ZipFile, name: str | None) -> IO[bytes] | None:
    """A part of the archive opened for reading, or None when there is no such part."""
    if name is None:
        return None
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size <= _WHOLE:
        return io.BytesIO(archive.read(info))
    return archive.open(info)


def _related_parts(archive: zipfile.ZipFile, etree: Any) -> dict[str, str]:
    """The parts word/document.xml refers to, by the last word of the relationship type
    ("styles", "numbering"), as names in the archive."""
    found: dict[str, str] = {}
    stream = _part(archive, "word/_rels/document.xml.rels")
    if stream is None:
        return found
    with stream:
        for rel in _xml(stream, etree, (_RELS + "Relationship",)):
            kind = str(rel.get("Type", "")).rsplit("/", 1)[-1]
            target = str(rel.get("Target", ""))
            if rel.get("TargetMode") != "External" and target and kind not in found:
                joined = posixpath.join("word", target) if not target.startswith("/") else target
                found[kind] = posixpath.normpath(joined).lstrip("/")
            _drop_done(rel)
    return found


def _val(element: Any, tag: str) -> str | None:
    """The ``w:val`` of child ``tag`` of an element (None when either is missing)."""
    if element is None:
        return None
    child = element.find(_W + tag)
    if child is None:
        return None
    value = child.get(_W + "val")
    return value if isinstance(value, str) else None


def _int(text: str | None, default: int) -> int:
    """A whole number of the file; digits too many for ``int`` read as a huge number."""
    if text is None:
        return default
    digits = text.strip()
    if len(digits) > 18 and digits.lstrip("+-").isdigit():
        return -(10**18) if digits.startswith("-") else 10**18
    try:
        return int(digits)
    except ValueError:
        return default


@attrs.frozen
class _Style:
    kind: str  # w:type: "paragraph", "character", "table", "numbering"
    name: str  # w:name, as Word shows it ("List Bullet 2")
    based_on: str | None  # the style id it is based on
    num_id: str | None  # numPr/numId of its paragraph properties
    level: str | None  # numPr/ilvl


class _Styles:
    """word/styles.xml, read once: a paragraph's style, and the list it puts it in.

    Resolving a paragraph's style through python-docx scans every style (its default
    style is searched for on each call): O(paragraphs x styles), 391 s for a file with
    10,000 of each.  Here each lookup is a dictionary's.
    """

    def __init__(self, styles: dict[str, _Style], default: str | None) -> None:
        self._styles = styles
        self._default = default
        self._lists: dict[tuple[str | None, int], tuple[str | None, int, str]] = {}

    def list_of(self, style_id: str | None, level: int) -> tuple[str | None, int, str]:
        """(numId, level, style name) of a paragraph without a numId of its own, whose
        ``w:pStyle`` is ``style_id`` and whose own level is ``level``."""
        key = (style_id, level)
        found = self._lists.get(key)
        if found is None:
            found = self._lists[key] = self._walk(style_id, level)
        return found

    def _walk(self, style_id: str | None, level: int) -> tuple[str | None, int, str]:
        style = self._styles.get(style_id) if style_id is not None else None
        if style is None or style.kind != "paragraph":
            # As Word: an unknown style, or one of another kind, is the default style.
            style = self._styles.get(self._default) if self._default is not None else None
        name = style.name if style is not None else ""
        num_id = None
        for _ in range(_STYLE_CHAIN):
            if style is None:
                break
            num_id = style.num_id
            level = _int(style.level, level)
            if num_id is not None:
                break
            style = self._styles.get(style.based_on) if style.based_on is not None else None
        return num_id, level, name


# What a paragraph's list never depends on in a styles part, as Word writes it (with the
# "w" prefix): styles of other kinds than paragraph (a paragraph never takes one: it
# reads as the default style), the document defaults and the latent styles.  Table
# styles make most of python-docx's template (349 KB, 80% of the time to read a small
# file); the latent styles, most of Word's own.
_OTHER_KIND: Final = re.compile(rb"\sw:type=[\"'](?:table|character|numbering)[\"']")
_CUT: Final = (b"w:style", b"w:docDefaults", b"w:latentStyles")
# A part other than word/document.xml up to this size is read whole, and parsed whole
# (a styles part cut first); a larger one is parsed as a stream.
_WHOLE: Final = 4 << 20


def _paragraph_styles(data: bytes) -> bytes:
    """A styles part without what a paragraph's list never depends on (see _CUT)."""
    for tag in _CUT:
        data = _cut(data, tag)
    return data


def _cut(data: bytes, tag: bytes) -> bytes:
    """``data`` without the elements named ``tag`` (for "w:style", only those of other
    kinds than paragraph).  The elements must not nest, as none of _CUT does (run
    properties would not do: a tracked change of them holds the old ones)."""
    out: list[bytes] = []
    pos = scan = 0
    opening, closing = b"<" + tag, b"</" + tag + b">"
    while (start := data.find(opening, scan)) >= 0:
        head_end = data.find(b">", start)
        if head_end < 0:
            break
        scan = head_end + 1
        head = data[start : head_end + 1]
        after = head[len(opening) : len(opening) + 1]
        if not (after.isspace() or after in (b">", b"/")):
            continue  # a longer name: "<w:styles", "<w:rPrChange"
        if tag == b"w:style" and _OTHER_KIND.search(head) is None:
            continue
        if head.endswith(b"/>"):
            stop = head_end + 1
        else:
            close = data.find(closing, head_end)
            if close < 0:
                break
            stop = close + len(closing)
        out.append(data[pos:start])
        pos = scan = stop
    out.append(data[pos:])
    return b"".join(out)


def _read_styles(archive: zipfile.ZipFile, part: str | None, etree: Any) -> _Styles:
    styles: dict[str, _Style] = {}
    default: str | None = None
    stream = _part(archive, part)
    if stream is None:
        return _Styles(styles, default)
    if isinstance(stream, io.BytesIO):
        stream = io.BytesIO(_paragraph_styles(stream.getvalue()))
    with stream:
        for node in _xml(stream, etree, (_W + "style",)):
            style_id = node.get(_W + "styleId")
            kind = node.get(_W + "type") or "paragraph"
            if isinstance(style_id, str) and style_id not in styles:
                ppr = node.find(_W + "pPr")
                num_pr = ppr.find(_W + "numPr") if ppr is not None else None
                styles[style_id] = _Style(
                    kind=kind,
                    name=_val(node, "name") or "",
                    based_on=_val(node, "basedOn"),
                    num_id=_val(num_pr, "numId"),
                    level=_val(num_pr, "ilvl"),
                )
                # The last default style of a kind is the default (ECMA-376 17.7.4.17).
                if kind == "paragraph" and node.get(_W + "default") in ("1", "true", "on"):
                    default = style_id
            _drop_done(node)
    return _Styles(styles, default)


@attrs.frozen
class _Level:
    fmt: str  # numFmt: "bullet", "decimal", "lowerLetter", ...
    text: str  # lvlText: "%1.%2.", or the bullet character
    start: int  # the first number
    restart: int | None  # lvlRestart: restarts after a use of level 1 to this (0: never)
    legal: bool  # isLgl: every number of the text in decimal ("1.1" under "I.")


@attrs.frozen
class _List:
    """A ``w:num``: an abstract list, with the levels and starts it overrides."""

    abstract: str  # the abstractNumId, whose counters it shares
    levels: dict[int, _Level]
    starts: dict[int, int]  # lvlOverride/startOverride: the level restarts there


def _level(lvl: Any) -> _Level:
    restart = _val(lvl, "lvlRestart")
    legal = lvl.find(_W + "isLgl")
    return _Level(
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") or "",
        start=_int(_val(lvl, "start"), 1),
        restart=None if restart is None else _int(restart, 0),
        legal=legal is not None and legal.get(_W + "val") not in ("0", "false", "off"),
    )


def _read_numbering(archive: zipfile.ZipFile, part: str | None, etree: Any) -> dict[str, _List]:
    """numId -> the list it numbers, from word/numbering.xml (empty when there is none)."""
    stream = _part(archive, part)
    if stream is None:
        return {}
    abstract: dict[str, dict[int, _Level]] = {}
    nums: dict[str, tuple[str, dict[int, _Level], dict[int, int]]] = {}
    defines: dict[str, str] = {}
    refers: dict[str, str] = {}
    with stream:
        for node in _xml(stream, etree, (_W + "abstractNum", _W + "num")):
            if node.tag == _W + "num":
                ref = _val(node, "abstractNumId")
                if ref is not None:
                    levels: dict[int, _Level] = {}
                    starts: dict[int, int] = {}
                    for override in node.iterfind(_W + "lvlOverride"):
                        k = _int(override.get(_W + "ilvl"), 0)
                        start = _val(override, "startOverride")
                        if start is not None:
                            starts[k] = _int(start, 1)
                        lvl = override.find(_W + "lvl")
                        if lvl is not None:
                            levels[k] = _level(lvl)
                    nums[str(node.get(_W + "numId"))] = (ref, levels, starts)
            else:
                abstract_id = str(node.get(_W + "abstractNumId"))
                abstract[abstract_id] = {
                    _int(lvl.get(_W + "ilvl"), 0): _level(lvl) for lvl in node.iterfind(_W + "lvl")
                }
                # A list style: the list that defines it (styleLink), and those that
                # only refer to it (numStyleLink) and take its levels.
                style = _val(node, "styleLink")
                if style is not None:
                    defines.setdefault(style, abstract_id)
                style = _val(node, "numStyleLink")
                if style is not None:
                    refers[abstract_id] = style
            _drop_done(node)
    for abstract_id, style in refers.items():
        if defines.get(style) in abstract:
            abstract[abstract_id] = abstract[defines[style]]
    return {
        num: _List(ref, {**abstract[ref], **levels}, starts)
        for num, (ref, levels, starts) in nums.items()
        if ref in abstract
    }


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


def _format(fmt: str, n: int) -> str:
    """Number ``n`` as Word shows it in format ``fmt``, at most MAX_LIST_PREFIX long."""
    if fmt in ("lowerLetter", "upperLetter") and n > 0:
        # Word repeats the letter past z: aa, bb, ...; never built longer than shown.
        letter = chr(ord("a") + (n - 1) % 26) * min((n - 1) // 26 + 1, MAX_LIST_PREFIX)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt == "decimalZero" and 0 <= n < 10:
        return f"0{n}"
    if fmt == "none":
        return ""
    return str(n)


def _id(num_id: str) -> str:
    """A list's id as a message shows it (the file may make it any length)."""
    return num_id if len(num_id) <= 20 else num_id[:20] + "..."


class _Numberer:
    """Word's list counters: the text a list paragraph's number or bullet shows.

    Lists (``w:num``) of one abstract list share its counters, as in Word, unless they
    restart a level (``w:startOverride``) the first time they are used.  Using a level
    restarts the levels below it (unless their ``w:lvlRestart`` says otherwise).
    What goes past the limits is shortened and noted once per list level in
    :attr:`reports`, for the caller to log.
    """

    def __init__(self, numbering: dict[str, _List]) -> None:
        self._numbering = numbering
        #: Whether the file defines any list.
        self.lists = bool(numbering)
        self._counters: dict[str, dict[int, int]] = {}
        self._starts: dict[str, dict[int, int]] = {}
        self._used: set[str] = set()
        self._noted: set[tuple[str, str, int]] = set()
        self._reports: list[str] = []
        self._more = 0

    @property
    def reports(self) -> list[str]:
        """What was shortened, in words: at most a few lines, however many lists."""
        more = [f"{self._more:,} more lists shortened"] if self._more else []
        return self._reports + more

    def _note(self, what: str, num_id: str, level: int, message: str) -> None:
        if (what, num_id, level) in self._noted:
            return
        self._noted.add((what, num_id, level))
        if len(self._reports) < _MAX_REPORTS:
            self._reports.append(message)
        else:
            self._more += 1

    def _start(self, num_id: str, lst: _List, level: int) -> int:
        spec = lst.levels.get(level)
        start = self._starts.get(lst.abstract, {}).get(level)
        if start is None:
            start = spec.start if spec is not None else 1
        if 0 <= start <= MAX_LIST_NUMBER:
            return start
        shown = min(max(start, 0), MAX_LIST_NUMBER)
        self._note(
            "start",
            num_id,
            level,
            f"list {_id(num_id)} level {level + 1} starts at {start:,}, outside 0 to "
            f"{MAX_LIST_NUMBER:,}: numbered from {shown:,} instead",
        )
        return shown

    def _count(self, num_id: str, lst: _List, level: int) -> dict[int, int]:
        """Count a paragraph at ``level``; the counters of its abstract list."""
        counters = self._counters.setdefault(lst.abstract, {})
        if num_id not in self._used:
            self._used.add(num_id)
            if lst.starts:  # "restart numbering": this list starts again
                self._starts[lst.abstract] = dict(lst.starts)
                for k in lst.starts:
                    counters.pop(k, None)
        counters[level] = counters.get(level, self._start(num_id, lst, level) - 1) + 1
        for deeper in [k for k in counters if k > level]:
            spec = lst.levels.get(deeper)
            restart_at = spec.restart if spec is not None and spec.restart is not None else deeper
            if level < restart_at:
                del counters[deeper]
        return counters

    def prefix(self, num_id: str, level: int, depth: int) -> str:
        """What Word shows before the text of a paragraph at ``level`` of list
        ``num_id`` (``depth``: how deep it shows, for a bullet's indent)."""
        if not 0 <= level < _LEVELS:
            self._note(
                "level", num_id, -1, f"list {_id(num_id)} has a level {level + 1:,}, outside 1 to 9"
            )
            level = min(max(level, 0), _LEVELS - 1)
            depth = level
        lst = self._numbering.get(num_id)
        spec = lst.levels.get(level) if lst is not None else None
        counters = self._count(num_id, lst, level) if lst is not None else {}
        if lst is None or spec is None or spec.fmt == "bullet":
            depth = min(max(depth, 0), _LEVELS - 1)
            return _INDENT * depth + _GLYPHS[min(depth, 1)] + " "

        def number(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            above = lst.levels.get(k)
            n = counters.get(k)
            fmt = above.fmt if above else "decimal"
            return _format(
                "decimal" if spec.legal and fmt != "none" else fmt,
                n if n is not None else self._start(num_id, lst, k),
            )

        # Each %k becomes at least one character: a longer text cannot be shown whole.
        text = _PLACEHOLDER.sub(number, spec.text[: 2 * MAX_LIST_PREFIX + 2])
        if len(text) > MAX_LIST_PREFIX or len(spec.text) > 2 * MAX_LIST_PREFIX + 2:
            self._note(
                "prefix",
                num_id,
                level,
                f"list {_id(num_id)} level {level + 1} shows numbers longer than "
                f"{MAX_LIST_PREFIX} characters: cut to {MAX_LIST_PREFIX}",
            )
            text = text[:MAX_LIST_PREFIX]
        return text + " " if text.strip() else ""


class _Notes:
    """Footnotes and endnotes: their texts, and the marks Word shows for them, in the
    order the body refers to them."""

    def __init__(self, formats: dict[str, tuple[str, int]]) -> None:
        self._formats = formats
        self.texts: dict[str, dict[str, str]] = {}
        self._shown: dict[str, list[tuple[str, str]]] = {"footnote": [], "endnote": []}
        self._numbered = {"footnote": 0, "endnote": 0}

    def mark(self, kind: str, note_id: str | None, custom: str | None = None) -> str:
        """The mark of the next reference to a note of ``kind`` ("footnote", "endnote"):
        the next number, or ``custom``, a mark of the author's, which takes none."""
        fmt, start = self._formats[kind]
        if custom is None:
            custom = _format(fmt, min(start + self._numbered[kind], MAX_LIST_NUMBER))
            self._numbered[kind] += 1
        self._shown[kind].append((custom, self.texts.get(kind, {}).get(note_id or "", "")))
        return custom

    def shown(self) -> list[tuple[str, str]]:
        """(mark, text) of each note referred to: footnotes, then endnotes."""
        return self._shown["footnote"] + self._shown["endnote"]


def _read_note_formats(
    archive: zipfile.ZipFile, part: str | None, etree: Any
) -> dict[str, tuple[str, int]]:
    """How footnote and endnote marks are numbered (word/settings.xml): Word's defaults
    are 1, 2, 3 for footnotes and i, ii, iii for endnotes."""
    formats = {"footnote": ("decimal", 1), "endnote": ("lowerRoman", 1)}
    stream = _part(archive, part)
    if stream is None:
        return formats
    with stream:
        for node in _xml(stream, etree, (_W + "footnotePr", _W + "endnotePr")):
            kind = "footnote" if node.tag == _W + "footnotePr" else "endnote"
            fmt, start = formats[kind]
            formats[kind] = (_val(node, "numFmt") or fmt, _int(_val(node, "numStart"), start))
    return formats


def _read_notes(
    archive: zipfile.ZipFile,
    part: str | None,
    etree: Any,
    kind: str,
    reader: _Reader,
    limit: _Lines,
) -> dict[str, str]:
    """Note id -> the note's text on one line, from word/footnotes.xml or endnotes.xml
    (separators left out).  The notes' text counts against ``limit``'s size as it is
    read, so notes are never held past it."""
    notes: dict[str, str] = {}
    stream = _part(archive, part)
    if stream is None:
        return notes
    with stream:
        for node in _xml(stream, etree, (_W + kind,)):
            if node.get(_W + "type") in (None, "normal"):
                text = notes[str(node.get(_W + "id"))] = _one_line(reader.blocks(node), " ")
                limit.count(len(text))
            _drop_done(node)
    return notes
    with stream:
        for node in _xml(stream, etree, (_W + kind,)):
            if node.get(_W + "type") in (None, "normal"):
                notes[str(node.get(_W + "id"))] = _one_line(reader.blocks(node), " ")
            _drop_done(node)
    return notes


def _one_line(blocks: list[str], joint: str) -> str:
    """Blocks of lines as one line: their lines, stripped, joined by ``joint``."""
    return joint.join(part.strip() for block in blocks for part in block.split("\n"))


# Elements whose content is read as if it stood in their place: inside a paragraph
# (runs, hyperlinks, smart tags, content controls, tracked insertions and moves to,
# simple fields) and around paragraphs, rows and cells (content controls, custom XML).
_INLINE: Final = frozenset(
    _W + tag
    for tag in (
        "r", "hyperlink", "smartTag", "customXml", "sdt", "sdtContent", "ins", "moveTo",
        "fldSimple", "bdo", "dir", "ruby", "rubyBase",
    )
)  # fmt: skip
_BLOCK: Final = frozenset(_W + tag for tag in ("sdt", "sdtContent", "customXml"))
# What run content stands for in the text, as Word shows it: a tab, a line break (of any
# kind: the text after a page break starts a new line), a non-breaking hyphen, and a soft
# hyphen (shown only where it ends a line).
_SIMPLE: Final = {
    _W + "tab": "\t",
    _W + "ptab": "\t",
    _W + "br": "\n",
    _W + "cr": "\n",
    _W + "noBreakHyphen": "-",
    _W + "softHyphen": "",
}
_T: Final = _W + "t"
_PPR: Final = _W + "pPr"
_R: Final = _W + "r"
_RPR: Final = _W + "rPr"
_NUMPR: Final = _W + "numPr"
_P: Final = _W + "p"
_TBL: Final = _W + "tbl"
_TR: Final = _W + "tr"
_TC: Final = _W + "tc"
_FLDCHAR: Final = _W + "fldChar"
_NOTE_REFS: Final = {_W + "footnoteReference": "footnote", _W + "endnoteReference": "endnote"}


class _Reader:
    """The text of paragraphs, cells and rows as Word shows them."""

    def __init__(self, styles: Callable[[], _Styles], numberer: _Numberer, notes: _Notes) -> None:
        # Styles are read when a list paragraph first needs them (a file without list
        # definitions never reads them).
        self._read_styles = styles
        self._styles: _Styles | None = None
        self._lists: dict[tuple[str | None, ...], tuple[str | None, int, int]] = {}
        self._numberer = numberer
        self._notes = notes
        # Open complex fields: False while in the instructions, True in the result.
        self._fields: list[bool] = []
        self._instructions = 0

    def text(self, paragraph: Any) -> str:
        """The text of a paragraph's content, without its list number."""
        parts: list[str] = []
        self._fields.clear()
        self._instructions = 0
        self._runs(paragraph, parts)
        return "".join(parts)

    def paragraph(self, paragraph: Any, before: str = "") -> str:
        """A paragraph's lines: its number or bullet and its text, a line break in it
        starting a new line, white space at line ends left out ("" when empty).
        ``before``: the text of paragraphs whose marks were deleted, merged into it."""
        text = before + self.text(paragraph)
        if "\n" not in text:  # most paragraphs: one line
            text = text.rstrip()
            return self._prefix(paragraph) + text if text else ""
        lines = [line.rstrip() for line in text.split("\n")]
        first, last = 0, len(lines)
        while first < last and not lines[first]:
            first += 1
        while last > first and not lines[last - 1]:
            last -= 1
        if first == last:
            return ""
        return self._prefix(paragraph) + "\n".join(lines[first:last])

    def _runs(self, element: Any, parts: list[str]) -> None:
        for child in element:
            tag = child.tag
            if tag == _R and not self._instructions:
                # A run's usual content, read here rather than one call deeper.
                for item in child:
                    kind = item.tag
                    if kind == _T:
                        parts.append(item.text or "")
                    elif kind != _RPR:
                        self._runs((item,), parts)
            elif tag == _T:
                if not self._instructions:
                    parts.append(child.text or "")
            elif tag in _INLINE:
                self._runs(child, parts)
            elif tag in _SIMPLE:
                if not self._instructions:
                    parts.append(_SIMPLE[tag])
            elif tag == _FLDCHAR:
                self._field(child.get(_W + "fldCharType"))
            elif tag in _NOTE_REFS:
                if not self._instructions:
                    self._note(child, _NOTE_REFS[tag], parts)
            elif tag == _W + "sym" and not self._instructions:
                parts.append(_symbol(child.get(_W + "char")))
            # Anything else is no text Word shows: properties, deletions (w:del,
            # w:moveFrom), field instructions, drawings and text boxes, bookmarks.

    def _note(self, reference: Any, kind: str, parts: list[str]) -> None:
        """A note's mark, "[1]"; a mark of the author's (``w:customMarkFollows``) is the
        text after the reference, which Word shows instead of a number."""
        note_id = reference.get(_W + "id")
        if reference.get(_W + "customMarkFollows") not in ("1", "true", "on"):
            parts.append(f"[{self._notes.mark(kind, note_id)}]")
            return
        after = reference.getnext()
        custom = (after.text or "") if after is not None and after.tag == _T else ""
        self._notes.mark(kind, note_id, custom.strip() or "*")

    def _field(self, kind: str | None) -> None:
        if kind == "begin":
            self._fields.append(False)
            self._instructions += 1
        elif kind == "separate" and self._fields and not self._fields[-1]:
            self._fields[-1] = True
            self._instructions -= 1
        elif kind == "end" and self._fields and not self._fields.pop():
            self._instructions -= 1

    def _prefix(self, paragraph: Any) -> str:
        if not self._numberer.lists:  # no list definitions: Word shows no numbers
            return ""
        key = _list_props(paragraph)
        found = self._lists.get(key)
        if found is None:
            found = self._lists[key] = self._list_of(*key)
        num_id, level, depth = found
        return "" if num_id is None else self._numberer.prefix(num_id, level, depth)

    def _list_of(
        self, style_id: str | None = None, num_id: str | None = None, ilvl: str | None = None
    ) -> tuple[str | None, int, int]:
        """(numId, level, depth shown) of a paragraph of style ``style_id`` with its own
        ``numId`` and ``ilvl`` (each None when it has none); numId None: no list."""
        if self._styles is None:
            self._styles = self._read_styles()
        level = _int(ilvl, 0)
        style_num, style_level, style_name = self._styles.list_of(style_id, level)
        if num_id is None:
            num_id, level = style_num, style_level
        if num_id is None or num_id == "0":  # numId 0 switches numbering off
            return None, 0, 0
        # Word's built-in "List Bullet 2", "List Number 3" show deeper by style, each
        # with a list of its own whose first level they use.
        depth = level
        words = style_name.split()
        if level == 0 and len(words) == 3 and words[0] == "List" and words[2].isdigit():
            depth = max(min(int(words[2][:2]), _LEVELS) - 1, 0)
        return num_id, level, depth

    def blocks(self, container: Any, *, flat: bool = False) -> list[str]:
        """The paragraphs of a cell or a note, in order, and the rows of its nested
        tables: as ``| cell | cell |`` lines, or (``flat``) their cells' blocks."""
        blocks: list[str] = []
        for child in container:
            tag = child.tag
            if tag == _P:
                block = self.paragraph(child)
                if block:
                    blocks.append(block)
            elif tag == _TBL:
                for row in _within(child, _TR):
                    if flat and not _deleted(row, _W + "trPr"):
                        blocks.extend(b for cell in self.cells(row, flat=True) for b in cell)
                    elif line := self.row(row):
                        blocks.append(line)
            elif tag in _BLOCK:
                blocks.extend(self.blocks(child, flat=flat))
        return blocks

    def cells(self, row: Any, *, flat: bool | None = None) -> list[list[str]]:
        """The blocks of each cell of a row; a cell that continues a vertically merged
        one is empty (Word shows the text of the first).  Nested tables are flattened
        into their cell (``flat``), by default when the row has more than one cell."""
        found = list(_within(row, _TC))
        if flat is None:
            flat = len(found) > 1
        cells: list[list[str]] = []
        for cell in found:
            props = cell.find(_W + "tcPr")
            merge = props.find(_W + "vMerge") if props is not None else None
            if merge is not None and merge.get(_W + "val") in (None, "continue"):
                cells.append([])
            else:
                cells.append(self.blocks(cell, flat=flat))
        return cells

    def row(self, row: Any) -> str:
        """A row on one line, ``| cell | cell |`` ("" when every cell is empty)."""
        if _deleted(row, _W + "trPr"):
            return ""
        return _pipe_row(self.cells(row, flat=True))


def _pipe_row(cells: list[list[str]]) -> str:
    if not any(cells):
        return ""
    shown = (_one_line(blocks, " / ").replace("|", "\\|") for blocks in cells)
    return "| " + " | ".join(shown) + " |"


def _symbol(code: str | None) -> str:
    """The character of a ``w:sym`` (its code in hex; Symbol-font codes as written)."""
    try:
        return chr(int(code or "", 16))
    except (ValueError, OverflowError):
        return ""


def _within(element: Any, tag: str) -> Iterator[Any]:
    """The children named ``tag`` of an element, inside content controls too."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _BLOCK:
            yield from _within(child, tag)


def _deleted(element: Any, props: str) -> bool:
    """Whether a tracked change deletes (or moves away) a row or a paragraph mark."""
    found = _first(element, props)
    if found is not None and props == _PPR:
        found = _first(found, _W + "rPr")
    if found is None:
        return False
    return any(child.tag in _GONE for child in found)


_GONE: Final = (_W + "del", _W + "moveFrom")
_VAL: Final = _W + "val"
_PSTYLE: Final = _W + "pStyle"
_NUMID: Final = _W + "numId"
_ILVL: Final = _W + "ilvl"


def _first(element: Any, tag: str) -> Any:
    """The first child named ``tag`` (properties come first: a quick look, then a scan)."""
    if len(element) and element[0].tag == tag:
        return element[0]
    for child in element:
        if child.tag == tag:
            return child
    return None


def _list_props(paragraph: Any) -> tuple[str | None, ...]:
    """(pStyle, numId, ilvl) of a paragraph's own properties, each None when missing."""
    ppr = _first(paragraph, _PPR)
    if ppr is None:
        return ()
    style = num_id = level = None
    for child in ppr:
        tag = child.tag
        if tag == _PSTYLE:
            style = child.get(_VAL)
        elif tag == _NUMPR:
            for item in child:
                if item.tag == _NUMID:
                    num_id = item.get(_VAL)
                elif item.tag == _ILVL:
                    level = item.get(_VAL)
    return (style, num_id, level)


def _at_body(element: Any, body: str) -> bool:
    """Whether an element is the body's, or inside content controls that are."""
    parent = element.getparent()
    while parent is not None and parent.tag in _BLOCK:
        parent = parent.getparent()
    return parent is not None and parent.tag == body


def _body_blocks(xml: IO[bytes], etree: Any, reader: _Reader) -> Iterator[tuple[str, str]]:
    """The blocks of word/document.xml's body as Word shows them, in order, each with
    its origin: body paragraphs ("¶3") and table rows ("table 1 r2").

    The XML is read as a stream and each paragraph and table row is dropped once read,
    so memory follows the largest paragraph or row, not the file.  A row of one cell
    (a box around text) gives that cell's paragraphs; a longer row, one line.
    """
    body = _W + "body"
    paragraphs = tables = 0
    merged, merged_origin = "", ""
    for element in _xml(xml, etree, (_P, _TR, _TBL, _W + "sdt")):
        tag = element.tag
        if tag == _P and _at_body(element, body):
            paragraphs += 1
            if _deleted(element, _PPR):
                # Its mark deleted, the paragraph runs on into the next one.
                text = reader.text(element)
                if text.strip() and not merged_origin:
                    merged_origin = f"¶{paragraphs}"
                merged += text
            else:
                block = reader.paragraph(element, merged)
                if block:
                    yield block, merged_origin or f"¶{paragraphs}"
                merged, merged_origin = "", ""
        elif tag == _TR:
            table = _table_of(element)
            if table is None or not _at_body(table, body):
                continue  # a nested table's row: read with the row it sits in
            if table.get("wgec-table") is None:
                tables += 1
                table.set("wgec-table", str(tables))
                table.set("wgec-rows", "0")
            if not _deleted(element, _W + "trPr"):
                rows = int(table.get("wgec-rows")) + 1
                table.set("wgec-rows", str(rows))
                yield from _row_blocks(reader, element, f"table {tables} r{rows}")
        elif not _at_body(element, body):
            continue
        _drop_done(element)
    if merged.strip():
        yield merged.strip(), merged_origin


def _table_of(row: Any) -> Any:
    parent = row.getparent()
    while parent is not None and parent.tag in _BLOCK:
        parent = parent.getparent()
    return parent if parent is not None and parent.tag == _TBL else None


def _row_blocks(reader: _Reader, row: Any, origin: str) -> Iterator[tuple[str, str]]:
    cells = reader.cells(row)
    if len(cells) == 1:
        for block in cells[0]:
            yield block, origin
    else:
        line = _pipe_row(cells)
        if line:
            yield line, origin


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
    try:
        with zipfile.ZipFile(handle) as archive:
            return zip_refusal(archive)
    except (zipfile.BadZipFile, OSError, ValueError) as err:
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
    return read_pdf(handle, name, max_size)
