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

A PDF without any text (scanned pages) and one that needs a password are refused with a
:class:`~wgec_parse.errors.ReadError` saying what to do.
"""

from __future__ import annotations

import importlib
import itertools
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
_EOL: Final = re.compile(r"\r\n|\r|\n")
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


@attrs.frozen
class _Line:
    text: str  # the line's characters, indentation not included
    left: float  # the box of its visible characters, in points (origin bottom left)
    top: float
    bottom: float


@attrs.frozen
class _Page:
    number: int
    height: float
    lines: tuple[_Line, ...]
    unit: float  # the usual width of a character, for indentation


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
    size = 0
    for index in range(len(document)):
        page = document[index]
        try:
            found = _page(page, index + 1)
        finally:
            page.close()
        size += sum(len(line.text) + 1 for line in found.lines)
        if max_size is not None and size > max_size:
            raise InputTooLarge(size, max_size, f"{name}: text", "characters or more")
        yield found


def _page(page: Any, number: int) -> _Page:
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
    finally:
        textpage.close()
    lines: list[_Line] = []
    widths: list[float] = []
    for chars in _char_lines(text, boxes):
        line = _line(chars, widths)
        if line is not None:
            lines.append(line)
    unit = statistics.median(widths) if widths else 5.0
    return _Page(number, float(page.get_height()), tuple(lines), max(unit, 1.0))


Box = tuple[float, float, float, float]


def _char_lines(text: str, boxes: Sequence[Box]) -> Iterator[list[tuple[str, Box | None]]]:
    """The lines of a page's text, each as its characters with their boxes.

    PDFium ends a line with "\r\n", and marks a hyphen it took for a word's break at a
    line end as U+FFFE, joining the two lines: the hyphen is given back as "-" and the
    line ended after it, as the page shows it.
    """
    line: list[tuple[str, Box | None]] = []
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
        box = boxes[index] if index < len(boxes) else None
        index += 2 if ord(ch) > 0xFFFF else 1
        at += 1
        if ch == "\ufffe":
            line.append(("-", box))
            yield line
            line = []
        else:
            line.append((ch, box))
    yield line


def _line(chars: list[tuple[str, Box | None]], widths: list[float]) -> _Line | None:
    """A line of text and the box of its visible characters (None when it has none)."""
    left = top = bottom = None
    for ch, box in chars:
        if box is None or ch.isspace():
            continue
        x0, y0, x1, y1 = box
        widths.append(x1 - x0)
        left = x0 if left is None else min(left, x0)
        top = y1 if top is None else max(top, y1)
        bottom = y0 if bottom is None else min(bottom, y0)
    text = "".join(ch for ch, _ in chars).strip()
    if not text or left is None or top is None or bottom is None:
        return None
    return _Line(text, left, top, bottom)


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
    return " " * max(round((line.left - margin) / unit), 0)


def _paragraph_gaps(lines: Sequence[_Line]) -> frozenset[int]:
    """The lines that stand further below the line before them than the page's usual
    line pitch allows: the first lines of paragraphs set apart by space."""
    steps = [a.bottom - b.bottom for a, b in itertools.pairwise(lines)]
    usual = [step for step in steps if step > 0]
    if len(usual) < _PITCH_LINES:
        return frozenset()
    pitch = statistics.median(usual)
    return frozenset(k + 1 for k, step in enumerate(steps) if step > _GAP * pitch)


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
        for k, (_, line) in enumerate(body):
            if k in gaps:
                lines.append("")
                origins.append(0)
            lines.append(_indent(line, margin, page.unit) + line.text)
            origins.append(page.number)
        for line in bottom:
            for part in _split_number(line.text):
                lines.append("\f" + part)
                origins.append(page.number)
    text = "\n".join(lines) + "\n" if lines else ""
    if max_size is not None and len(text) > max_size:
        raise InputTooLarge(len(text), max_size, f"{name}: text", "characters or more")
    return PdfText(text, tuple(origins))
