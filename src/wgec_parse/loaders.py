"""Originals to trees: ``load(path)`` reads a .txt, .docx or .pdf file, chosen by content.

The extractor is picked from the file's first bytes, not its name: a PDF starts with
``%PDF-`` (after optional white space), a Word .docx is a zip archive holding
``word/document.xml``, anything else is read as text
(:func:`wgec_parse.reading.decode`).  The document records the extractor in
:attr:`Document.source` ("text", "docx", "pdf") and, for text, the encoding in
:attr:`Document.encoding` (None for .docx and .pdf, whose extractors return decoded text).

Every file is opened by :func:`wgec_parse.reading.open_file`: a path that is not a
regular file is refused before it is read, and so is a file too large for ``max_size``.
The text of a .docx or a PDF is counted as it is built and refused as soon as it
passes ``max_size``.

A .docx is read straight from its zip archive: ``word/document.xml`` is parsed as a
stream (paragraphs are dropped once read, so memory follows the largest paragraph or
table, not the file), and the styles and list definitions it refers to are read once
per document.  Word's list numbers are rebuilt as Word shows them, within
:data:`~wgec_parse.limits.MAX_LIST_NUMBER` and
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
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Final

import attrs

from wgec_parse.errors import InputTooLarge, ReadError
from wgec_parse.formats import refusal, zip_refusal
from wgec_parse.limits import MAX_DEPTH, MAX_LIST_NUMBER, MAX_LIST_PREFIX, MAX_SIZE
from wgec_parse.nodes import Document
from wgec_parse.parser import parse
from wgec_parse.pdfreader import PdfText, read_pdf
from wgec_parse.reading import decode, file_limit, open_file, read_stream

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "DOCX_TOTAL_LIMIT",
    "DOCX_XML_LIMIT",
    "MissingExtraError",
    "detect",
    "docx_text",
    "load",
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

    Raises :class:`ReadError` (naming the file) for anything that cannot be read,
    :class:`InputTooLarge` (naming it too) for anything too large, and
    :class:`MissingExtraError` when the optional extra for the format is not installed.
    """
    max_bytes = file_limit(max_size)
    if isinstance(source, (bytes, bytearray, memoryview)):
        label = name or "<bytes>"
        data = bytes(source)
        if max_bytes is not None and len(data) > max_bytes:
            raise InputTooLarge(len(data), max_bytes, label, "bytes")
        return _load_open(io.BytesIO(data), label, max_size, max_depth)
    if isinstance(source, (str, os.PathLike)):
        label = name or os.fspath(source)
        with open_file(os.fspath(source), max_bytes=max_bytes) as handle:
            return _load_open(handle, label, max_size, max_depth)
    label = name or "<stream>"
    data = read_stream(source, max_bytes, label)
    return _load_open(io.BytesIO(data), label, max_size, max_depth)


def _load_open(handle: BinaryIO, name: str, max_size: int | None, max_depth: int) -> Document:
    """:func:`load` on an open, seekable binary file."""
    kind = _sniff(handle, name)
    if kind == "docx":
        text, encoding = _docx_text(handle, name, max_size), None
    elif kind == "pdf":
        text, encoding = _pdf_text(handle, name, max_size), None
    else:
        text, encoding = decode(read_stream(handle, file_limit(max_size), name), name)
    try:
        document = parse(text, max_size=max_size, max_depth=max_depth)
    except InputTooLarge as err:
        raise InputTooLarge(err.size, err.limit, f"{name}: text") from None
    return attrs.evolve(document, encoding=encoding, source=kind)


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


# --- .docx ------------------------------------------------------------------------------


def docx_text(path: str | os.PathLike[str], *, max_size: int | None = MAX_SIZE) -> str:
    """The text of a .docx: one line per non-empty paragraph, list numbers and bullets kept.

    Numbered list paragraphs get the number Word shows ("1.1", "a)"); bulleted ones a
    glyph ("•" at the first level, "-" below) indented four spaces per level, so the
    parser's bullet rules see the nesting.  Raises :class:`InputTooLarge` as soon as the
    text passes ``max_size`` characters (``None``: no limit), and :class:`ReadError`
    for a file that is not a readable .docx.
    """
    name = os.fspath(path)
    with open_file(name, max_bytes=file_limit(max_size)) as handle:
        if _sniff(handle, name) != "docx":
            raise ReadError("not a Word .docx", name)
        return _docx_text(handle, name, max_size)


def _etree(name: str) -> Any:
    try:
        # lxml comes with python-docx; it has no type hints, so it is used as Any.
        return importlib.import_module("lxml.etree")
    except ImportError:
        raise MissingExtraError(
            "reading .docx files needs lxml: pip install 'wgec-parse[docx]'", name
        ) from None


def _docx_text(handle: BinaryIO, name: str, max_size: int | None) -> str:
    etree = _etree(name)
    try:
        with zipfile.ZipFile(handle) as archive:
            parts = _related_parts(archive, etree)
            styles = _read_styles(archive, parts.get("styles"), etree)
            numberer = _Numberer(_read_numbering(archive, parts.get("numbering"), etree))
            text = _Text(name, max_size, "\n \n")
            with archive.open(_DOCUMENT_XML) as xml:
                for paragraph in _body_paragraphs(xml, etree):
                    line = _paragraph_line(paragraph, styles, numberer)
                    if line:
                        text.add(line)
    except (InputTooLarge, ReadError):
        raise
    # zipfile (a bad CRC), lxml (damaged XML) and the rest on a damaged file.
    except Exception as err:
        raise ReadError(f"not a readable .docx ({type(err).__name__}: {err})", name) from None
    for message in numberer.reports:
        _log.warning("%s: %s", name, message)
    # Each Word paragraph is a paragraph: a blank line holding one space breaks paragraphs
    # in both the single- and the double-spaced layout, where lines alone would read as
    # wraps of one paragraph.
    return text.text()


def _xml(stream: IO[bytes], etree: Any, tags: tuple[str, ...]) -> Iterator[Any]:
    """The elements named ``tags`` of an XML stream, each as it ends.

    Entities are not expanded and nothing is fetched: a part of a .docx is data.
    """
    for _event, element in etree.iterparse(
        stream,
        events=("end",),
        tag=tags,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
    ):
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
        return archive.open(name)
    except KeyError:
        return None


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


def _read_styles(archive: zipfile.ZipFile, part: str | None, etree: Any) -> _Styles:
    styles: dict[str, _Style] = {}
    default: str | None = None
    stream = _part(archive, part)
    if stream is None:
        return _Styles(styles, default)
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


def _read_numbering(
    archive: zipfile.ZipFile, part: str | None, etree: Any
) -> dict[str, dict[int, _Level]]:
    """numId -> level -> format, from word/numbering.xml (empty when there is none)."""
    stream = _part(archive, part)
    if stream is None:
        return {}
    abstract: dict[str, dict[int, _Level]] = {}
    refs: dict[str, str] = {}
    with stream:
        for node in _xml(stream, etree, (_W + "abstractNum", _W + "num")):
            if node.tag == _W + "num":
                ref = _val(node, "abstractNumId")
                if ref is not None:
                    refs[str(node.get(_W + "numId"))] = ref
            else:
                levels: dict[int, _Level] = {}
                for lvl in node.iterfind(_W + "lvl"):
                    levels[_int(lvl.get(_W + "ilvl"), 0)] = _Level(
                        fmt=_val(lvl, "numFmt") or "decimal",
                        text=_val(lvl, "lvlText") or "",
                        start=_int(_val(lvl, "start"), 1),
                    )
                abstract[str(node.get(_W + "abstractNumId"))] = levels
            _drop_done(node)
    return {num: abstract[ref] for num, ref in refs.items() if ref in abstract}


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
    return str(n)


def _id(num_id: str) -> str:
    """A list's id as a message shows it (the file may make it any length)."""
    return num_id if len(num_id) <= 20 else num_id[:20] + "..."


class _Numberer:
    """Word's list counters: the text a list paragraph's number or bullet shows.

    What goes past the limits is shortened and noted once per list level in
    :attr:`reports`, for the caller to log.
    """

    def __init__(self, numbering: dict[str, dict[int, _Level]]) -> None:
        self._numbering = numbering
        self._counters: dict[str, dict[int, int]] = {}
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

    def _start(self, num_id: str, level: int, spec: _Level | None) -> int:
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

    def prefix(self, num_id: str, level: int) -> str:
        if not 0 <= level < _LEVELS:
            self._note(
                "level", num_id, -1, f"list {_id(num_id)} has a level {level + 1:,}, outside 1 to 9"
            )
            level = min(max(level, 0), _LEVELS - 1)
        levels = self._numbering.get(num_id, {})
        spec = levels.get(level)
        if spec is None or spec.fmt in ("bullet", "none"):
            return _INDENT * level + _GLYPHS[min(level, 1)] + " "
        counters = self._counters.setdefault(num_id, {})
        counters[level] = counters.get(level, self._start(num_id, level, spec) - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]  # a higher level restarts the levels below it

        def number(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            above = levels.get(k)
            n = counters.get(k)
            return _format(
                above.fmt if above else "decimal",
                n if n is not None else self._start(num_id, k, above),
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
        return text + " " if text else ""


def _body_paragraphs(xml: IO[bytes], etree: Any) -> Iterator[Any]:
    """The paragraphs of word/document.xml that Word shows in the body, in order: the
    body's own and those of its tables' cells, row by row (nested tables included).

    The XML is read as a stream and each paragraph and table row is dropped once read,
    so memory follows the largest paragraph or row, not the file.
    """
    body, tbl, tr, tc = _W + "body", _W + "tbl", _W + "tr", _W + "tc"
    for element in _xml(xml, etree, (_W + "p", tbl, tr)):
        tag = element.tag
        if tag == tr:
            _drop_done(element)
            continue
        if tag == _W + "p" and _in_body(element, body, tbl, tr, tc):
            yield element
        # Paragraphs elsewhere (text boxes, content controls) go with their container.
        parent = element.getparent()
        if parent is not None and parent.tag == body:
            _drop_done(element)


def _in_body(paragraph: Any, body: str, tbl: str, tr: str, tc: str) -> bool:
    """Whether a paragraph is the body's, or a table cell's whose tables are the body's;
    a cell that continues a vertically merged one shows the text of the first."""
    parent = paragraph.getparent()
    while parent is not None:
        if parent.tag == body:
            return True
        if parent.tag != tc:
            return False
        props = parent.find(_W + "tcPr")
        merge = props.find(_W + "vMerge") if props is not None else None
        if merge is not None and merge.get(_W + "val") in (None, "continue"):
            return False
        row = parent.getparent()
        table = row.getparent() if row is not None and row.tag == tr else None
        if table is None or table.tag != tbl:
            return False
        parent = table.getparent()
    return False


# What the run content python-docx reads stands for in a paragraph's text: text, tabs,
# line breaks (a page or column break is nothing), non-breaking hyphens.
_RUN_TEXT: Final[dict[str, Callable[[Any], str]]] = {
    _W + "t": lambda e: e.text or "",
    _W + "tab": lambda e: " ",
    _W + "ptab": lambda e: " ",
    _W + "cr": lambda e: " ",
    _W + "br": lambda e: " " if e.get(_W + "type") in (None, "textWrapping") else "",
    _W + "noBreakHyphen": lambda e: "-",
}


def _paragraph_text(paragraph: Any) -> str:
    """The text of a paragraph's runs and hyperlinks, white space runs made one space."""
    parts: list[str] = []
    run, link = _W + "r", _W + "hyperlink"
    for child in paragraph:
        runs = (child,) if child.tag == run else child.iterfind(run) if child.tag == link else ()
        for r in runs:
            for item in r:
                read = _RUN_TEXT.get(item.tag)
                if read is not None:
                    parts.append(read(item))
    # Soft line breaks and tabs inside a paragraph are layout, not structure.
    return " ".join("".join(parts).split())


def _paragraph_line(paragraph: Any, styles: _Styles, numberer: _Numberer) -> str:
    """A paragraph's line: its text after its list number or bullet ("" when empty)."""
    text = _paragraph_text(paragraph)
    if not text:
        return ""
    ppr = paragraph.find(_W + "pPr")
    num_pr = ppr.find(_W + "numPr") if ppr is not None else None
    num_id = _val(num_pr, "numId")
    level = _int(_val(num_pr, "ilvl"), 0)
    style_num, style_level, style_name = styles.list_of(_val(ppr, "pStyle"), level)
    if num_id is None:
        num_id, level = style_num, style_level
    if num_id is None or num_id == "0":  # numId 0 switches numbering off
        return text
    # Word's built-in "List Bullet 2", "List Number 3" nest by style, not by ilvl.
    words = style_name.split()
    if level == 0 and len(words) == 3 and words[0] == "List" and words[2].isdigit():
        level = max(min(int(words[2][:2]), _LEVELS) - 1, 0)
    return numberer.prefix(num_id, level) + text


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


def _pdf_text(handle: BinaryIO, name: str, max_size: int | None) -> str:
    return _pdf_read(handle, name, max_size).text


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
