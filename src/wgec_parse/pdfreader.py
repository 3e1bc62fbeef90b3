"""PDF to text with pypdfium2 (PDFium): lines in the order the page's content gives them,
indented as laid out, each with the page it came from; page furniture set apart.

Each page's text comes from PDFium's text layer, split into lines, each with its box.
A line's indentation is its distance from the document's left text margin, in spaces of
the page's usual character width, which is how nested bullets show.  Hyphens at line ends
are kept (the parser joins the word).

Page furniture, running headers and footers, is found by position and repetition: a
line among the first or last three of a page, in its top or bottom band, whose text
(digits aside) stands at about the same height on another page, or that is a bare page
number.  Furniture stays in the text, never dropped, but set at the page's edge and
marked so the parser reads it as noise:

* every furniture line starts with a form feed, the page break character (so a
  document of two pages counts as paged, and each copy of a header stands at a page
  edge for the parser's running-header rule);
* a furniture line whose number changes from page to page ("Submission to the WGEC,
  page 3") is split before and after each run of digits, so its words repeat the same
  on every page and its number stands alone as a page number;
* headers come first on their page and footers last, and a line holding only a form
  feed separates pages, as before.

Lines set as the page shows them (see docs/reading.md, PDF): a superscript note mark
keeps the rest of its line with it; a title or heading in type larger than the body's
that wraps is written on one line; a change of type size or a step wider than the
type's usual pitch starts a paragraph; the notes at the foot of a page, under a short
rule drawn as a graphic or in smaller type, come after a "__________" line, which the
parser's footnote rule reads; a table ruled as a grid gives its rows as
"| cell | cell |" lines; a paragraph in bold type larger than the body's is a heading
line (:attr:`PdfText.headings`).

A page, or a band of it under a title, set in two columns is read column by column:
where a vertical gutter, a strip at least three characters wide that no text crosses,
parts most of the page's rows in two, each side holding lines as wide as a column's
standing beside the other side's, the left column is read top down, then the right
one; a line PDFium read across both columns at one height is split at the gutter; the
lines above the band (a title) and below it (a footer) stay first and last; the right
column's indentation is counted from its own left edge.  A ruled table's rows never
make a column, and a page without such a gutter keeps its order.

A PDF without any text (scanned pages) and one that needs a password are refused with a
:class:`~wgec_parse.errors.ReadError` saying what to do.
"""

from __future__ import annotations

import bisect
import ctypes
import importlib
import itertools
import math
import re
import statistics
from collections.abc import Iterator, Sequence
from typing import Any, BinaryIO, Final

import attrs

from wgec_parse.errors import InputTooLarge, ReadError
from wgec_parse.markers import Kind, classify
from wgec_parse.reading import file_limit, read_stream

__all__ = ["PdfText", "read_pdf"]

#: Share of the page's height, from the top and from the bottom, where headers and
#: footers stand.
BAND: Final = 0.15
# Lines at each end of a page that may be furniture.
_EDGE_LINES: Final = 3
# Two furniture lines on different pages are the same when their heights differ by
# this many points at most.
_SAME_HEIGHT: Final = 6.0
_DIGITS: Final = re.compile(r"\d+")
# A line this many times the usual line pitch below the one before starts a paragraph
# set apart by space; a page needs this many lines for a usual pitch.
_GAP: Final = 1.4
_PITCH_LINES: Final = 4
# Two lines of one paragraph stand this many times their type size apart at least, and
# differ in type size by this many points at most.
_LEADING: Final = 0.9
_SIZE_STEP: Final = 0.5
# A title or heading is set in type this many times the body's size or larger.
_LARGER: Final = 1.1
# A bold face: its weight, or a word in its name ("DejaVuSans-Bold", "Arial,Bold").
_BOLD: Final = 600
_BOLD_FACE: Final = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_FONT_NAME: Final = 128
_EOL: Final = re.compile(r"\r\n|\r|\n")
# A gap this many times the font size between two pieces of a line holds a space (the
# boxes are the glyphs' ink: letters of one word stand up to a fifth of it apart).
_SPACE: Final = 0.3
# A rule is no taller than this, in points, and starts this near the text's left edge.
_RULE_HEIGHT: Final = 2.0
_RULE_LEFT: Final = 12.0
# Notes without a rule are set at this share of the body's type size or smaller.
_NOTE_SIZE: Final = 0.85
# Two columns: a gutter this many times the usual character width wide at least, free
# of text over a band of rows that holds this share of the page's rows at least; each
# side holds this many lines of the band at least, spread over this share of its
# height, and its lines are this share of the text's width wide, as their median.
_GUTTER: Final = 3.0
_BAND_ROWS: Final = 0.5
_SIDE_ROWS: Final = 3
_SIDE_SPAN: Final = 0.5
_COLUMN_WIDTH: Final = 0.25
# This share of the shorter column's lines, at least, have a line of the other beside.
_BESIDE: Final = 0.5
#: The line the reader writes before the notes at the foot of a page, as Word draws the
#: separator rule: the parser reads the lines after it as notes.
NOTES_RULE: Final = "__________"
# A note's mark stands this share of the body's type size above the baseline, at least,
# and is at most this long.
_RAISED: Final = 0.2
_MARK_MAX: Final = 3
_OCR: Final = (
    "a PDF without a text layer (its pages are images, as scanned pages are): no text "
    "layer; OCR needed, then read the result"
)
_ENCRYPTED: Final = (
    "an encrypted PDF: remove the password (save or print it as a new PDF without "
    "security) and read that"
)


@attrs.frozen
class PdfText:
    """The text of a PDF, and the page each of its lines came from."""

    text: str  #: The text the parser reads; its lines end with "\n".
    #: One page number (1-based) per line of ``text``, as the parser counts lines
    #: (``text.split("\n")`` without the empty string after the last line end, *not*
    #: ``str.splitlines()``, which also splits at the form feeds that mark pages); 0 for
    #: a line the reader added (the form feed between pages, a blank line between
    #: paragraphs).
    pages: tuple[int, ...]
    #: The indexes (0-based, as ``pages`` counts lines) of the lines set as headings: a
    #: paragraph in bold type larger than the body's, whole on its line.
    headings: tuple[int, ...] = ()


@attrs.frozen
class _Line:
    text: str  # the line's characters, indentation not included
    left: float  # the box of its visible characters, in points (origin bottom left)
    right: float
    top: float
    bottom: float
    size: float  # the largest font size on it, in points
    row: bool = False  # a row of a ruled table, written "| cell | cell |"
    bold: bool = False  # set in a bold face throughout
    #: How far right of the text's left edge the line's column starts (the right one
    #: of two columns), which its indentation leaves out.
    column: float = 0.0


@attrs.frozen
class _Page:
    number: int
    height: float
    lines: tuple[_Line, ...]
    unit: float  # the usual width of a character, for indentation
    #: The index of the first line at the foot of the page that is a note, or None.
    notes: int | None = None
    #: The note marks raised after a word on the page ("1" of "governments1").
    marks: frozenset[str] = frozenset()


def read_pdf(handle: BinaryIO, name: str, max_size: int | None) -> PdfText:
    """The text of an open PDF file, with the page of each line.

    Needs pypdfium2 (ImportError without it).  Raises :class:`InputTooLarge` as soon as
    the text passes ``max_size`` characters, and :class:`ReadError` for a file that is
    not a readable PDF, needs a password, or holds no text.
    """
    # pypdfium2 has no type hints: it is used as Any.
    pdfium: Any = importlib.import_module("pypdfium2")
    data = read_stream(handle, file_limit(max_size), name)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        if "password" in str(err).lower():
            raise ReadError(_ENCRYPTED, name) from None
        raise ReadError(f"not a readable PDF ({err})", name) from None
    try:
        pages = list(_pages(document, name, max_size))
    except (InputTooLarge, ReadError):
        raise
    except Exception as err:  # PDFium's errors, and ValueError on damaged files
        raise ReadError(f"not a readable PDF ({type(err).__name__}: {err})", name) from None
    finally:
        document.close()
    if pages and not any(page.lines for page in pages):
        raise ReadError(_OCR, name)
    return _assemble(pages, _furniture(pages), name, max_size)


def _pages(document: Any, name: str, max_size: int | None) -> Iterator[_Page]:
    raw: Any = importlib.import_module("pypdfium2.raw")
    size = 0
    for index in range(len(document)):
        page = document[index]
        try:
            found = _page(page, index + 1, raw)
        finally:
            page.close()
        size += sum(len(line.text) + 1 for line in found.lines)
        if max_size is not None and size > max_size:
            raise InputTooLarge(size, max_size, f"{name}: text", "characters or more")
        yield found


def _page(page: Any, number: int, raw: Any) -> _Page:
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        count = textpage.count_chars()
        sizes = [float(raw.FPDFText_GetFontSize(textpage.raw, i)) for i in range(count)]
        # Only type larger than the page's usual size may be a heading's: the face of
        # the rest is not asked for (it costs as much as the rest of the reading).
        usual = statistics.median(sizes) if sizes else 0.0
        chars = [
            _Char(
                tuple(textpage.get_charbox(i)),
                size,
                size > usual * _LARGER and _bold(textpage, raw, i),
            )
            for i, size in enumerate(sizes)
        ]
    finally:
        textpage.close()
    lines: list[_Line] = []
    widths: list[float] = []
    across, down = _rules(page, raw)
    grids = _grids(across, down)
    marks: set[str] = set()
    read, columns = _columns(list(_char_lines(text, chars)), grids)
    for found in list(_tabled(list(_joined(read, marks)), grids)):
        line = found.line(widths) if isinstance(found, _Row) else _line(found, widths)
        if line is not None:
            if columns is not None:
                line = columns.place(line)
            lines.append(line)
    unit = statistics.median(widths) if widths else 5.0
    height = float(page.get_height())
    notes = _notes(lines, across, height)
    return _Page(number, height, tuple(lines), max(unit, 1.0), notes, frozenset(marks))


def _rules(page: Any, raw: Any) -> tuple[list[Box], list[Box]]:
    """The boxes of the page's graphics that are rules: strokes no thicker than two
    points and at least five times as long; the horizontal ones, then the vertical."""
    across: list[Box] = []
    down: list[Box] = []
    for item in page.get_objects():
        if item.type != raw.FPDF_PAGEOBJ_PATH:
            continue
        left, bottom, right, top = (float(v) for v in item.get_bounds())
        wide, tall = right - left, top - bottom
        if tall <= _RULE_HEIGHT and wide >= 5 * max(tall, 1.0):
            across.append((left, bottom, right, top))
        elif wide <= _RULE_HEIGHT and tall >= 5 * max(wide, 1.0):
            down.append((left, bottom, right, top))
        elif _framed(item, raw):  # a box drawn round a cell: its four sides
            across += [(left, bottom, right, bottom), (left, top, right, top)]
            down += [(left, bottom, left, top), (right, bottom, right, top)]
    return across, down


def _framed(item: Any, raw: Any) -> bool:
    """Whether a path is a rectangle's outline: straight sides only (a move, then
    three or four lines, maybe a close), drawn as a stroke."""
    count = raw.FPDFPath_CountSegments(item.raw)
    if not 4 <= count <= 6:
        return False
    kinds = [
        raw.FPDFPathSegment_GetType(raw.FPDFPath_GetPathSegment(item.raw, i)) for i in range(count)
    ]
    if kinds[0] != raw.FPDF_SEGMENT_MOVETO or any(
        kind != raw.FPDF_SEGMENT_LINETO for kind in kinds[1:]
    ):
        return False
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(item.raw, ctypes.byref(fill), ctypes.byref(stroke)):
        return False
    return bool(stroke.value)


@attrs.frozen
class _Grid:
    """A table ruled as a grid: the heights of its rows' rules (top down) and the
    places of its columns' rules (left to right)."""

    columns: tuple[float, ...]
    rows: tuple[float, ...]
    bottom: float
    top: float

    def holds(self, chars: Sequence[_Char]) -> bool:
        middle = (min(c.box[1] for c in chars) + max(c.box[3] for c in chars)) / 2
        return (
            self.bottom < middle < self.top
            and min(c.box[0] for c in chars) >= self.columns[0] - _RULE_LEFT
            and max(c.box[2] for c in chars) <= self.columns[-1] + _RULE_LEFT
        )

    def row(self, chars: Sequence[_Char]) -> int:
        middle = (min(c.box[1] for c in chars) + max(c.box[3] for c in chars)) / 2
        return sum(1 for y in self.rows if y > middle)

    def column(self, char: _Char) -> int:
        return bisect.bisect(self.columns, (char.box[0] + char.box[2]) / 2)


def _grids(across: Sequence[Box], down: Sequence[Box]) -> list[_Grid]:
    """The tables of a page ruled as grids: vertical rules standing side by side (their
    heights overlap), three places at least (two columns), with the horizontal rules
    that run from one of their places to another (a row's rule, or a cell's side)."""
    groups: list[list[Box]] = []
    for box in sorted(down, key=lambda b: -b[3]):
        for group in groups:
            if box[3] > min(b[1] for b in group) and box[1] < max(b[3] for b in group):
                group.append(box)
                break
        else:
            groups.append([box])
    grids = []
    for group in groups:
        places: list[float] = []
        for x in sorted((b[0] + b[2]) / 2 for b in group):
            if not places or x - places[-1] > _RULE_LEFT:
                places.append(x)
        if len(places) < 3:
            continue
        bottom = min(b[1] for b in group)
        top = max(b[3] for b in group)
        heights: list[float] = []
        for left, low, right, high in across:
            y = (low + high) / 2
            if (
                any(abs(left - x) <= _RULE_LEFT for x in places)
                and any(abs(right - x) <= _RULE_LEFT for x in places)
                and right - left > _RULE_LEFT
                and bottom - _RULE_HEIGHT <= y <= top + _RULE_HEIGHT
            ):
                heights.append(y)
        rows: list[float] = []
        for y in sorted(heights, reverse=True):
            if not rows or rows[-1] - y > _RULE_HEIGHT:
                rows.append(y)
        grids.append(_Grid(tuple(places), tuple(rows), bottom, top))
    return grids


class _Row:
    """A row of a ruled table: the text of each of its cells, line by line, and the
    characters of its lines."""

    def __init__(self, width: int) -> None:
        self.cells: list[list[str]] = [[] for _ in range(width)]
        self.chars: list[_Char] = []

    def line(self, widths: list[float]) -> _Line:
        shown = self.chars
        widths.extend(c.box[2] - c.box[0] for c in shown)
        cells = (" ".join(cell).replace("|", "\\|") for cell in self.cells)
        return _Line(
            "| " + " | ".join(cells) + " |",
            min(c.box[0] for c in shown),
            max(c.box[2] for c in shown),
            max(c.box[3] for c in shown),
            min(c.box[1] for c in shown),
            round(max(c.size for c in shown), 1),
            row=True,
        )


def _tabled(lines: list[_Chars], grids: Sequence[_Grid]) -> Iterator[_Chars | _Row]:
    """The lines of a page, the lines inside a ruled table given as its rows instead:
    "| cell | cell |" (a "|" in a cell as "\\|", as the Word reader writes rows), at
    the place of the row's first line; the lines of one row (a cell's text wrapped)
    join, cell by cell."""
    rows: dict[tuple[int, int], _Row] = {}
    for line in lines:
        shown = _visible(line)
        grid = next((k for k, g in enumerate(grids) if shown and g.holds(shown)), None)
        if grid is None:
            yield line
            continue
        key = (grid, grids[grid].row(shown))
        width = len(grids[grid].columns) - 1
        first = key not in rows
        row = rows.setdefault(key, _Row(width))
        row.chars.extend(shown)
        pieces = [""] * width
        at = 0
        for ch, box in line:
            if box is not None and not ch.isspace():
                at = min(max(grids[grid].column(box) - 1, 0), width - 1)
            pieces[at] += ch
        for cell, piece in zip(row.cells, pieces, strict=True):
            if piece.strip():
                cell.append(" ".join(piece.split()))
        if first:
            yield row


def _notes(lines: Sequence[_Line], rules: Sequence[Box], height: float) -> int | None:
    """The first of the lines at the foot of a page that are notes, or None.

    The notes are the last lines of the page (page furniture aside, which the caller
    leaves out) when they stand under a short rule drawn as a graphic: a rule in the
    page's lower half, starting at the text's left edge, at most half as wide as the
    text, with text above it.  Without a rule, the last lines are notes when they lie
    in the page's lower third, set in type clearly smaller than the body's, below a
    line in the body's type."""
    if len(lines) < 2:
        return None
    margin = min(line.left for line in lines)
    width = max(line.right for line in lines) - margin
    for left, bottom, right, top in rules:
        if (
            top < height / 2
            and abs(left - margin) <= _RULE_LEFT
            and right - left <= width / 2
            and not any(line.bottom < top and line.top > bottom for line in lines)
        ):
            under = [i for i, line in enumerate(lines) if line.top < bottom]
            if under and under[0] > 0 and under == list(range(under[0], len(lines))):
                return under[0]
    body = statistics.median(line.size for line in lines)
    start = len(lines)
    while start > 1 and lines[start - 1].size <= body * _NOTE_SIZE:
        start -= 1
    if start == len(lines) or lines[start].top > height / 3:
        return None
    return start if lines[start - 1].size > body * _NOTE_SIZE else None


Box = tuple[float, float, float, float]


@attrs.frozen
class _Char:
    box: Box  # left, bottom, right, top, in points
    size: float  # the font size
    bold: bool  # set in a bold face, in type larger than the page's usual


_Chars = list[tuple[str, _Char | None]]


def _bold(textpage: Any, raw: Any, index: int) -> bool:
    """Whether a character is set in a bold face, by its weight or its font's name."""
    if raw.FPDFText_GetFontWeight(textpage.raw, index) >= _BOLD:
        return True
    name = ctypes.create_string_buffer(_FONT_NAME)
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(textpage.raw, index, name, _FONT_NAME, ctypes.byref(flags))
    return bool(_BOLD_FACE.search(name.value.decode("latin-1").rpartition("+")[2]))


def _char_lines(text: str, chars: Sequence[_Char]) -> Iterator[_Chars]:
    """The lines of a page's text, each as its characters with their boxes.

    PDFium ends a line with "\r\n", and marks a hyphen it took for a word's break at a
    line end as U+FFFE, joining the two lines: the hyphen is given back as "-" and the
    line ended after it, as the page shows it.
    """
    line: _Chars = []
    index = 0  # PDFium's character index, in UTF-16 units
    at = 0
    while at < len(text):
        ch = text[at]
        if ch in "\r\n":
            step = 2 if text.startswith("\r\n", at) else 1
            at += step
            index += step
            yield line
            line = []
            continue
        box = chars[index] if index < len(chars) else None
        index += 2 if ord(ch) > 0xFFFF else 1
        at += 1
        if ch == "\ufffe":
            line.append(("-", box))
            yield line
            line = []
        else:
            line.append((ch, box))
    yield line


def _visible(chars: _Chars) -> list[_Char]:
    return [box for ch, box in chars if box is not None and not ch.isspace()]


def _joined(lines: list[_Chars], marks: set[str]) -> Iterator[_Chars]:
    """The lines of a page with each piece of a line that PDFium ended early given back
    to it: a superscript raises the text, and PDFium starts a new line after it
    ("governments1" / ", in consultation").  A line that stands in the band of the line
    before it (their heights overlap by half the lower one's at least) and starts
    right of that line's end continues it, after a space when a space's width or more
    lies between them.  The raised characters that end such a piece, a note's mark,
    are added to ``marks``."""
    held: _Chars | None = None
    for line in lines:
        if held is not None and _continues(_visible(held), _visible(line)):
            mark = _raised_end(held)
            if mark:
                marks.add(mark)
            last = _visible(held)[-1]
            first = _visible(line)[0]
            gap = first.box[0] - last.box[2]
            space = held[-1][0].isspace() or line[0][0].isspace()
            if not space and gap >= _SPACE * max(first.size, last.size):
                held.append((" ", None))
            held.extend(line)
            continue
        if held is not None:
            yield held
        held = line
    if held is not None:
        yield held


def _raised_end(chars: _Chars) -> str:
    """The characters that end a line raised above its baseline, in smaller type (a
    note's mark: "1", "i", "*"), or ""."""
    shown = [(ch, box) for ch, box in chars if box is not None and not ch.isspace()]
    if len(shown) < 2:
        return ""
    base = statistics.median(box.box[1] for _, box in shown)
    body = statistics.median(box.size for _, box in shown)
    k = len(shown)
    while k > 0 and shown[k - 1][1].box[1] > base + _RAISED * body:
        k -= 1
    mark = "".join(ch for ch, _ in shown[k:])
    return mark if 0 < len(mark) <= _MARK_MAX and k > 0 else ""


def _continues(before: Sequence[_Char], after: Sequence[_Char]) -> bool:
    if not before or not after:
        return False
    low = max(min(c.box[1] for c in before), min(c.box[1] for c in after))
    high = min(max(c.box[3] for c in before), max(c.box[3] for c in after))
    height = min(
        max(c.box[3] for c in chars) - min(c.box[1] for c in chars) for chars in (before, after)
    )
    return high - low >= height / 2 and after[0].box[0] >= before[-1].box[2] - 0.5


@attrs.frozen
class _Columns:
    """Two columns found on a page: the gutter's left and right edges, the band of
    heights they fill, and how far right of the left column the right one starts."""

    left: float
    right: float
    top: float
    bottom: float
    shift: float

    def place(self, line: _Line) -> _Line:
        """The line, its indentation counted from its column's left edge."""
        middle = (line.top + line.bottom) / 2
        if line.row or line.left < self.right or not self.bottom <= middle <= self.top:
            return line
        return attrs.evolve(line, column=self.shift)


@attrs.frozen
class _Piece:
    """A run of a line's characters with no gap as wide as a gutter inside it."""

    line: int  # the index of its line
    start: int  # the index of its first character in the line, and after its last
    end: int
    left: float
    right: float
    top: float
    bottom: float
    tabled: bool  # inside a ruled table


def _pieces(lines: Sequence[_Chars], gap: float, grids: Sequence[_Grid]) -> list[_Piece]:
    """The pieces of a page's lines: each line cut where a gap of ``gap`` points or
    more, or a step back to the left, lies between two of its visible characters."""
    found = []
    for k, line in enumerate(lines):
        run: list[tuple[int, _Char]] = []
        for at, (ch, box) in enumerate([*line, ("", None)]):
            if at < len(line) and (box is None or ch.isspace()):
                continue
            if run and (
                box is None
                or box.box[0] - run[-1][1].box[2] >= gap
                or box.box[2] < run[-1][1].box[0]
            ):
                shown = [c for _, c in run]
                found.append(
                    _Piece(
                        k,
                        run[0][0],
                        run[-1][0] + 1,
                        min(c.box[0] for c in shown),
                        max(c.box[2] for c in shown),
                        max(c.box[3] for c in shown),
                        min(c.box[1] for c in shown),
                        any(g.holds(shown) for g in grids),
                    )
                )
                run = []
            if box is not None:
                run.append((at, box))
    return found


def _rows(pieces: Sequence[_Piece]) -> list[list[_Piece]]:
    """The pieces of a page grouped by height, top down: a piece whose middle lies in
    the height of the row above joins it."""
    rows: list[list[_Piece]] = []
    top = bottom = 0.0
    for piece in sorted(pieces, key=lambda p: -(p.top + p.bottom) / 2):
        middle = (piece.top + piece.bottom) / 2
        if rows and bottom <= middle <= top:
            rows[-1].append(piece)
            top, bottom = max(top, piece.top), min(bottom, piece.bottom)
        else:
            rows.append([piece])
            top, bottom = piece.top, piece.bottom
    return rows


def _gutter(rows: Sequence[Sequence[_Piece]], gap: float) -> tuple[float, int, int] | None:
    """The left edge of a gutter ``gap`` points wide and the band of rows (first, last
    + 1) it parts in two columns, or None.

    A gutter starts where a piece of text ends, in the middle half of the text's
    width; no piece crosses it over the band, which holds most of the page's rows and
    no row of a ruled table; each side holds a few lines over a good share of the
    band's height, wide enough to be a column's (not a form's labels), and the lines
    of the two sides stand side by side (not a line set far right under a short one,
    as a wide indentation sets it)."""
    pieces = [p for row in rows for p in row]
    if not pieces:
        return None
    text_left = min(p.left for p in pieces)
    text_width = max(p.right for p in pieces) - text_left
    best: tuple[int, float, int, int] | None = None
    for edge in sorted({float(math.ceil(p.right)) for p in pieces}):
        if (
            not text_left + text_width * _COLUMN_WIDTH
            <= edge
            <= text_left + text_width * (1 - _COLUMN_WIDTH)
        ):
            continue
        free = [
            not any(p.tabled or (p.left < edge + gap and p.right > edge) for p in row)
            for row in rows
        ]
        start = 0
        while start < len(rows):
            if not free[start]:
                start += 1
                continue
            end = start
            while end < len(rows) and free[end]:
                end += 1
            band = rows[start:end]
            sides = (
                [p for row in band for p in row if p.right <= edge],
                [p for row in band for p in row if p.left > edge],
            )
            if (
                end - start >= len(rows) * _BAND_ROWS
                and all(_column(side, band, text_width) for side in sides)
                and _side_by_side(*sides)
                and (best is None or end - start > best[0])
            ):
                best = (end - start, edge, start, end)
            start = end
    return None if best is None else best[1:]


def _side_by_side(left: Sequence[_Piece], right: Sequence[_Piece]) -> bool:
    """Whether two columns' lines stand side by side: enough of the left one's lines,
    and a share of them, have a line of the right one beside them (their middles
    closer than the taller one's height), as two columns' lines do, and a line set far
    right under a short line does not."""
    beside = sum(
        1
        for a in left
        if any(
            abs((a.top + a.bottom) - (b.top + b.bottom)) / 2
            < max(a.top - a.bottom, b.top - b.bottom)
            for b in right
        )
    )
    return beside >= max(_SIDE_ROWS, min(len(left), len(right)) * _BESIDE)


def _column(side: Sequence[_Piece], band: Sequence[Sequence[_Piece]], width: float) -> bool:
    """Whether the pieces on one side of a gutter, over a band of rows, make a column:
    in enough rows, over a good share of the band's height (beside the other column,
    not above or below it), their median as wide as a column's lines."""
    if len(side) < _SIDE_ROWS:
        return False
    high = max(p.top for row in band for p in row)
    low = min(p.bottom for row in band for p in row)
    span = max(p.top for p in side) - min(p.bottom for p in side)
    return (
        span >= (high - low) * _SIDE_SPAN
        and statistics.median(p.right - p.left for p in side) >= width * _COLUMN_WIDTH
    )


def _columns(lines: list[_Chars], grids: Sequence[_Grid]) -> tuple[list[_Chars], _Columns | None]:
    """The lines of a page, read column by column where it is set in two columns.

    A gutter (see :func:`_gutter`) at least a few characters wide parts a band of the
    page's rows in two: the lines of the band are read left column first, top down,
    then the right one; a line that holds characters on both sides of the gutter
    (PDFium read the two columns' lines at one height as one) is split there, each
    space going with the character before it.  Lines above the band (a title) come
    first and lines below it (a footer) last, in the order the page gives them.  A
    page with no such gutter keeps its lines as they are."""
    shown = [box for line in lines for box in _visible(line)]
    if not shown:
        return lines, None
    gap = _GUTTER * statistics.median(c.box[2] - c.box[0] for c in shown)
    rows = _rows(_pieces(lines, gap, grids))
    found = _gutter(rows, gap)
    if found is None:
        return lines, None
    edge, first, last = found
    band = rows[first:last]
    row_of = {(p.line, p.start): k for k, row in enumerate(rows) for p in row}
    in_band = {p.line for row in band for p in row}
    above = sorted({p.line for row in rows[:first] for p in row} - in_band)
    below = sorted({p.line for row in rows[last:] for p in row} - in_band)
    sides: tuple[list[tuple[int, int, _Chars]], list[tuple[int, int, _Chars]]] = ([], [])
    for k in sorted(in_band):
        pieces = sorted((p for row in band for p in row if p.line == k), key=lambda p: p.start)
        parts: tuple[_Chars, _Chars] = ([], [])
        rank = [len(rows), len(rows)]
        side = 0 if pieces[0].right <= edge else 1
        for at, item in enumerate(lines[k]):
            piece = next((p for p in pieces if p.start == at), None)
            if piece is not None:
                side = 0 if piece.right <= edge else 1
                rank[side] = min(rank[side], row_of[(piece.line, piece.start)])
            parts[side].append(item)
        for s in (0, 1):
            if _visible(parts[s]):
                sides[s].append((rank[s], k, parts[s]))
    left = [c.box[0] for _, _, part in sides[0] for c in _visible(part)]
    right = [c.box[0] for _, _, part in sides[1] for c in _visible(part)]
    columns = _Columns(
        edge,
        edge + gap,
        max(p.top for row in band for p in row),
        min(p.bottom for row in band for p in row),
        min(right) - min(left),
    )
    out = [lines[k] for k in above]
    for part in sides:
        out += [chars for _, _, chars in sorted(part, key=lambda item: item[:2])]
    out += [lines[k] for k in below]
    return out, columns


def _line(chars: _Chars, widths: list[float]) -> _Line | None:
    """A line of text and the box of its visible characters (None when it has none)."""
    shown = _visible(chars)
    text = "".join(ch for ch, _ in chars).strip()
    if not shown or not text:
        return None
    for c in shown:
        widths.append(c.box[2] - c.box[0])
    left = min(c.box[0] for c in shown)
    right = max(c.box[2] for c in shown)
    top = max(c.box[3] for c in shown)
    bottom = min(c.box[1] for c in shown)
    size = round(max(c.size for c in shown), 1)
    bold = all(c.bold for c in shown)
    return _Line(text, left, right, top, bottom, size, bold=bold)


def _key(text: str) -> str:
    return _DIGITS.sub("#", text)


def _is_page_number(text: str) -> bool:
    return classify(text).kind == Kind.NOISE


def _edges(page: _Page) -> Iterator[tuple[int, _Line, str]]:
    """The lines of a page that may be furniture: among the first or last few, in the
    top or bottom band; with "top" or "bottom"."""
    count = len(page.lines)
    for i, line in enumerate(page.lines):
        if i < _EDGE_LINES and line.bottom >= page.height * (1 - BAND):
            yield i, line, "top"
        elif i >= count - _EDGE_LINES and line.top <= page.height * BAND:
            yield i, line, "bottom"


def _furniture(pages: Sequence[_Page]) -> dict[tuple[int, int], str]:
    """The furniture lines, by (page number, line index), with "top" or "bottom"."""
    candidates = [(page.number, i, line, band) for page in pages for i, line, band in _edges(page)]
    heights: dict[tuple[str, str], list[float]] = {}
    for _, _, line, band in candidates:
        heights.setdefault((band, _key(line.text)), []).append(line.bottom)
    found: dict[tuple[int, int], str] = {}
    for number, i, line, band in candidates:
        key = (band, _key(line.text))
        near = sum(1 for h in heights[key] if abs(h - line.bottom) <= _SAME_HEIGHT)
        if near >= 2 or _is_page_number(line.text):
            found[(number, i)] = band
    return found


def _indent(line: _Line, margin: float, unit: float) -> str:
    return " " * max(round((line.left - line.column - margin) / unit), 0)


def _paragraph_gaps(lines: Sequence[_Line]) -> frozenset[int]:
    """The lines that start a paragraph: set in another type size than the line before
    (a heading and the text under it), or standing further below it than the usual
    line pitch of their type allows (paragraphs set apart by space).

    The usual pitch of a type size is the smallest step between two lines of that size
    (the lines of a paragraph, of a table's rows, stand closest), or, for a size with
    no two lines one after the other, the median step of the page's lines."""
    steps = [a.bottom - b.bottom for a, b in itertools.pairwise(lines)]
    usual = [step for step in steps if step > 0]
    if len(usual) < _PITCH_LINES:
        return frozenset()
    median = statistics.median(usual)
    pitches: dict[float, float] = {}
    for (a, b), step in zip(itertools.pairwise(lines), steps, strict=True):
        if a.size == b.size and step >= a.size * _LEADING:
            pitches[a.size] = min(step, pitches.get(a.size, step))
    found = set()
    for k, ((a, b), step) in enumerate(zip(itertools.pairwise(lines), steps, strict=True)):
        if abs(a.size - b.size) > _SIZE_STEP or step > _GAP * pitches.get(b.size, median):
            found.add(k + 1)
    return frozenset(found)


def _body_size(pages: Sequence[_Page], furniture: dict[tuple[int, int], str]) -> float:
    sizes = [
        line.size
        for page in pages
        for i, line in enumerate(page.lines)
        if (page.number, i) not in furniture
    ]
    return statistics.mode(sizes) if sizes else 0.0


def _wraps(before: _Line, line: _Line, body: float, unit: float) -> bool:
    """Whether ``line`` goes on with the paragraph of the line before, set in type
    larger than the body's (a title, a heading): its lines are written as one line, as
    a parser cannot tell them from the lines of a letterhead.  The caller has found no
    paragraph break between them (same type size, usual pitch); the line starts at the
    same left edge.  Lines in the body's type, and a line after a hyphen at a line end,
    keep their breaks (the parser joins them, and the word)."""
    return line.size > body * _LARGER and abs(line.left - before.left) <= unit


def _endnote_pages(pages: Sequence[_Page], furniture: dict[tuple[int, int], str]) -> list[_Page]:
    """The pages, those at the end of the document that hold only notes marked as notes
    (from their first line): the last pages, with no notes found at their foot, whose
    first line (page furniture aside) opens with a mark that the body raised after a
    word ("i See also ..." after "recommendationsi"), as a word processor sets its
    endnotes after the body, in the body's type and with no rule."""
    raised = frozenset().union(*(page.marks for page in pages))
    out = list(pages)
    if not raised:
        return out
    for k in range(len(out) - 1, 0, -1):
        page = out[k]
        body = [i for i in range(len(page.lines)) if (page.number, i) not in furniture]
        if page.notes is not None or not body:
            break
        first = page.lines[body[0]].text
        if not any(first.startswith(mark + " ") for mark in raised):
            break
        out[k] = attrs.evolve(page, notes=body[0])
    return out


def _split_number(text: str) -> list[str]:
    """A furniture line as the lines the parser reads as noise: whole when it is a page
    number or holds no digits, else cut before and after each run of digits."""
    if _is_page_number(text) or not _DIGITS.search(text):
        return [text]
    return [part for part in re.split(r"(\d+)", text) if part.strip()]


def _assemble(
    pages: Sequence[_Page], furniture: dict[tuple[int, int], str], name: str, max_size: int | None
) -> PdfText:
    lines: list[str] = []
    origins: list[int] = []
    headings: list[int] = []
    # One left margin for the document, so that a list running over a page break keeps
    # its indentation on a page where it starts the text.
    margin = min(
        (
            line.left
            for page in pages
            for i, line in enumerate(page.lines)
            if (page.number, i) not in furniture
        ),
        default=0.0,
    )
    # The body's type size: the most common among the lines that are not furniture.
    size = _body_size(pages, furniture)
    pages = _endnote_pages(pages, furniture)
    for page in pages:
        if page.number > 1:
            lines.append("\f")
            origins.append(0)
        body = [(i, line) for i, line in enumerate(page.lines) if (page.number, i) not in furniture]
        top = [
            line for i, line in enumerate(page.lines) if furniture.get((page.number, i)) == "top"
        ]
        bottom = [
            line for i, line in enumerate(page.lines) if furniture.get((page.number, i)) == "bottom"
        ]
        for line in top:
            for part in _split_number(line.text):
                lines.append("\f" + part)
                origins.append(page.number)
        gaps = _paragraph_gaps([line for _, line in body])
        heading = False  # the paragraph going on is a heading
        notes = next(
            (k for k, (i, _) in enumerate(body) if page.notes is not None and i >= page.notes),
            None,
        )
        for k, (_, line) in enumerate(body):
            # A table's rows stand apart, each a paragraph of its own, as the Word
            # reader writes them.
            apart = line.row or (k > 0 and body[k - 1][1].row)
            if k in gaps or k == notes or apart:
                lines.append("")
                origins.append(0)
            if k == notes:
                lines.append(NOTES_RULE)
                origins.append(0)
            before = body[k - 1][1] if k else None
            if (
                before is not None
                and k not in gaps
                and k != notes
                and not apart
                and not lines[-1].endswith("-")
                and _wraps(before, line, size, page.unit)
            ):
                lines[-1] += " " + line.text
                continue
            if k > 0 and k not in gaps and k != notes and not apart:
                if heading and headings and headings[-1] == len(lines) - 1:
                    headings.pop()  # a heading going on after a hyphen: not whole
            else:
                heading = line.bold and line.size > size * _LARGER and not line.row
                if heading:
                    headings.append(len(lines))
            lines.append(_indent(line, margin, page.unit) + line.text)
            origins.append(page.number)
        for line in bottom:
            for part in _split_number(line.text):
                lines.append("\f" + part)
                origins.append(page.number)
    text = "\n".join(lines) + "\n" if lines else ""
    if max_size is not None and len(text) > max_size:
        raise InputTooLarge(len(text), max_size, f"{name}: text", "characters or more")
    return PdfText(text, tuple(origins), tuple(headings))
