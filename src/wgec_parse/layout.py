"""Layout: what the whole text says about how its lines are laid out.

Some decisions need the whole document: whether empty lines between text lines are
pdftotext's doubled spacing or real breaks, how far in the usual margin is, how long a
line that ends its paragraph is, and which repeated lines are page furniture.  They are
computed once per document, before any line is read in context, into a
:class:`Layout`.  A layout applies to a :class:`Region` of lines: a document is one
region, or two when a message written one paragraph per line stands above
double-spaced text (:func:`single_lead`).
"""

from __future__ import annotations

import functools
import itertools
import operator
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import Final

import attrs

from wgec_parse.dates import DATE_ALONE
from wgec_parse.folding import UNSPACED, fold
from wgec_parse.lazyre import LazyPattern
from wgec_parse.markers import Kind, LineParts, match_terminal

__all__ = [
    "ASKS",
    "SENTENCE_END",
    "SENTENCE_STOPS",
    "Layout",
    "Region",
    "analyse",
    "cut_sentence_headers",
    "footnotes",
    "may_go_on",
    "page_furniture",
    "running_headers",
    "running_titles",
    "single_lead",
    "underlined_titles",
]

#: Characters that end a sentence (or a clause of one) in the six UN languages.
SENTENCE_END: Final = (".", "!", "?", ":", ";", "。", "！", "？", "؟", "：", "；")
#: Characters that end a whole sentence (no colon, no semicolon).
SENTENCE_STOPS: Final = (".", "!", "?", "。", "！", "？", "؟")
#: What ends a line that asks a question.
ASKS: Final = ("?", "？", "؟")
#: A line repeated this often on a paged document is a running header or footer.
RUNNING_MIN: Final = 3
#: A page break marker this many non-blank lines away, or nearer, is next to a line.
_BREAK_REACH: Final = 2
#: How many physical lines each way are looked at for a page break.
_BREAK_LOOK: Final = 12
#: Fewer text lines than this give no reliable common line length.
_SHORT_LINE_MIN_LINES: Final = 8
#: Lines of text that wraps are at least this long: shorter usual widths are lists of
#: short items, not running text.
_WRAP_MIN_WIDTH: Final = 40
#: A line this long fits no page: a text with a few such lines, and no line that goes on
#: with the sentence of the line above, is written one paragraph a line.
_UNWRAPPED_LINE: Final = 250
_UNWRAPPED_LINES: Final = 2

Lines = Sequence[LineParts | None]  # None for a blank line
_INDENT: Final = operator.attrgetter("indent")
# Lines of page furniture a wrap may run past (a footer, a page number, a header).
_FURNITURE_LINES: Final = 4
#: What separates the parts of a running title: "AISO - Contribution - 2016", "A | B", a
#: wide gap of spaces or ideographic spaces ("X研究院\u3000\u3000...第1页").
_TITLE_SEPARATOR: Final = LazyPattern(
    r"[ \u00a0]*\s[-\u2013\u2014|\u00b7]\s[ \u00a0]*|\uff5c|[ \u00a0\u3000]{3,}|\u3000{2,}|\t"
)
#: A part of a running title: words, no numbering or glyph first ("- 3 -" is no part),
#: the document's reference ("N° 0412/MPK/GE/2016", "Ref. EPU/IP/2016/4", "№ 07/2-15"),
#: or a date with its month in words ("29 December 2016", "14 de diciembre de 2016",
#: "26 декабря 2016 г.") or in digits ("26.12.2016", "26/12/2016").
_TITLE_PART: Final = LazyPattern(
    r"[^\W\d_]{2}|(?i:n[°º]|no\.|nº|réf\.|ref\.|№)[ \u00a0]?\w"
    r"|\d{1,2}(?:st|nd|rd|th|er)?[ \u00a0](?:de[ \u00a0])?[^\W\d_]{3,}[ \u00a0](?:de[ \u00a0])?"
    r"\d{4}(?:[ \u00a0]?г\.)?\Z"
    r"|\d{1,2}([./])\d{1,2}\1(?:19|20)\d\d\Z"
)
#: A page number set apart at one end of a running title.
_PAGE_NUMBER: Final = LazyPattern(r"\d{1,4}")
#: A leading single-spaced region holds at least this many text lines.
_LEAD_MIN_LINES: Final = 3
#: A footnote's number opening its line at the foot of a page: one to three digits, then
#: white space (spaces, tabs, no-break spaces) or the note's first letter ("1 Tunis
#: Agenda ...", "1\tIbid.", "12Ibid."), or one to three superscript digits and white
#: space or none ("² Ibid.", "¹Ibid."), or a mark in brackets as the Word reader writes
#: the notes after the body ("[1] Ibid.", "[ii] ...", "[*] ..."), a lower-case roman mark
#: ("i See also ...", as a word processor numbers endnotes), or a circled number ("①
#: 《信息社会突尼斯议程》第69段。", as Chinese texts mark their notes).
_FOOTNOTE_NUMBER: Final = LazyPattern(
    r"(?:\[(?:\d{1,3}|[ivxlc]{1,6}|\*)\](?:[ \t\u00a0]+(?=\S)|\Z)"
    r"|[ivx]{1,4}[ \t\u00a0]+(?=\S)"
    r"|\d{1,3}(?:[ \t\u00a0]+(?=\S)|(?=[^\W\d_]))"
    r"|[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]{1,3}[ \t\u00a0]*(?=\S)"
    r"|[\u2460-\u2473][ \t\u00a0]*(?=\S))"
)
#: The number terminals that mark a note at the foot of a page: a circled number, a
#: number or a letter alone in square brackets ("[1]", an endnote's "[i]"), a number
#: and a tab ("5<TAB>Ibid."), or three spaces ("7   Ibid.", as pdftotext -layout writes
#: the tab), or one space before words alone ("1 Tunis Agenda for the Information
#: Society", a note without a stop).
_NOTE_MARKS: Final = frozenset(
    (
        "NUMBER_CIRCLED",
        "NUMBER_SQUARE_BARE",
        "LETTER_SQUARE",
        "NUMBER_TAB",
        "DASHNUM_SPACED",
        "DASHNUM_BARE",
    )
)
#: The signs that mark a note at the foot of a page where a number does not ("* Source
#: : ...", "† Ibid."): a line that a bullet's glyph opens, after the footnotes' rule.
_NOTE_SIGNS: Final = frozenset(("*", "†", "‡"))
#: A footnote runs over this many lines at most (its number's line and its wraps).
_FOOTNOTE_LINES: Final = 3
#: The cover a running title echoes: at most this many text lines before the first page
#: break.
_COVER_LINES: Final = 15


@attrs.frozen
class Layout:
    """How the lines of a region are laid out."""

    #: Every text line is followed by an empty line (pdftotext's doubled spacing).
    double: bool = False
    #: The most common indent width of non-blank lines: the usual left margin.
    baseline: int = 0
    #: A line shorter than this that ends a sentence ends its paragraph (0: no such rule).
    short_line: int = 0
    #: A line at least this long fills the usual width: the next one may be its wrap
    #: (0: too few lines to tell).
    full_line: int = 0
    #: The text is written one paragraph a line, never wrapped (:func:`is_unwrapped`):
    #: each line that ends a sentence, or is followed by one that starts with a
    #: capital, ends its paragraph.
    unwrapped: bool = False

    def is_break(self, blanks: Sequence[str]) -> bool:
        """Whether a run of blank lines (their white space) breaks a paragraph.

        In doubled spacing one empty line is spacing; a blank line holding white space,
        or three lines or more, is a break.  Elsewhere any blank line is a break.
        """
        if not blanks:
            return False
        if not self.double or len(blanks) >= 3:
            return True
        return any(blanks)


@attrs.frozen
class Region:
    """A run of lines sharing one layout."""

    start: int  #: Index of the region's first line.
    stop: int  #: Index just past its last line.
    layout: Layout  #: How its lines are laid out.


def is_double_spaced(contents: Sequence[str], lines: Lines, *, wide: int | None = None) -> bool:
    """Whether every text line is followed by an empty line, as pdftotext may write.

    Half the non-blank lines must be followed by an empty line, and some of those must
    be wraps (see :func:`_wraps_over_gap`), one at least a sentence going on over the
    gap (:func:`_continues_over_gap`), which tells doubled spacing from one paragraph
    per line separated by empty lines (web pages, e-mails, Word's "save as text").
    ``wide``: :func:`full_line_length`, when known.
    """
    content_lines = len(lines) - lines.count(None)
    if 2 * contents.count("") < content_lines:
        return False
    followed = [
        i for i in itertools.compress(range(len(lines) - 2), lines) if contents[i + 1] == ""
    ]
    if 2 * len(followed) < content_lines:
        return False
    needed = max(2, -(-len(followed) // 5))
    if wide is None:
        wide = full_line_length(contents, lines)
    wraps = continued = 0
    for i in followed:
        line, after = lines[i], _after_furniture(lines, i + 2)
        assert line is not None
        if after is not None and _wraps_over_gap(line, after, len(contents[i]), wide):
            wraps += 1
            continued += _continues_over_gap(line, after, len(contents[i]), wide)
            if wraps >= needed and continued:
                return True
    return False


def _after_furniture(lines: Lines, j: int) -> LineParts | None:
    """The line at ``j``, or past the page furniture there (a page number, a running
    header: at most a few lines, each with its empty line) the line after it."""
    for _ in range(_FURNITURE_LINES):
        line = lines[j] if j < len(lines) else None
        if line is None or line.kind != Kind.NOISE:
            return line
        j += 2
    return None


def _wraps_over_gap(line: LineParts, after: LineParts, length: int, wide: int) -> bool:
    """Evidence that ``after`` continues the sentence of ``line`` over an empty line: no
    sentence end before the gap, plain text after it, and a lower-case word after it
    (or a script without case), a hyphenated break, or a line filling the usual width.
    Page furniture is no evidence.  (That a sentence goes on is told apart by
    :func:`_continues_over_gap`.)"""
    if line.kind == Kind.NOISE or after.kind != Kind.TEXT or line.text.endswith(SENTENCE_END):
        return False
    first = after.text[:1]
    if first.isalpha() and first.lower() == first.upper():  # a script without case
        return True
    return _continues_over_gap(line, after, length, wide) or (wide > 0 and length >= wide)


def _continues_over_gap(line: LineParts, after: LineParts, length: int, wide: int) -> bool:
    """Whether ``after`` goes on with the sentence of ``line`` in the sentence itself: a
    lower-case word or a hyphenated break, not the line's width alone, which a
    paragraph written on one line may reach too.  In a script without case (Chinese,
    Arabic), where a title or a date reads on into anything, the line must also fill
    the usual width (``wide``), as a wrapped one does."""
    first = after.text[:1]
    if first.isalpha() and first.lower() == first.upper():  # no case
        return wide > 0 and length >= wide
    return first.islower() or line.text.endswith(("-", "\u00ad"))


def usual_indent(lines: Lines) -> int:
    """The most common indent width of the non-blank lines (0 if there are none)."""
    widths = Counter(map(len, map(_INDENT, filter(None, lines))))
    return widths.most_common(1)[0][0] if widths else 0


def full_line_length(contents: Sequence[str], lines: Lines) -> int:
    """Four fifths of the usual width of the text's lines (the length nine lines in ten
    stay within), 0 with too few lines to tell.

    Wrapped text fills its lines up to a common width: a line at least this long may
    wrap, and a shorter one that ends a sentence ends its paragraph.  A usual width
    under 40 characters is no running text: 0 then too.
    """
    texts = sorted(itertools.compress(contents, lines), key=len)
    if len(texts) < _SHORT_LINE_MIN_LINES:
        return 0
    usual = texts[int(0.9 * (len(texts) - 1))]
    return int(0.8 * len(usual)) if _columns(usual) >= _WRAP_MIN_WIDTH else 0


def _columns(text: str) -> int:
    """How many columns ``text`` takes on a page: a wide character (Chinese, full-width
    forms) takes two, as twenty of them fill a line that forty letters do."""
    wide = sum(1 for ch in text if ch >= "\u1100" and unicodedata.east_asian_width(ch) in "WF")
    return len(text) + wide


def _feeds(contents: Sequence[str]) -> Iterator[int]:
    """Indexes of the lines that hold a form feed."""
    if "\f" not in "".join(contents):  # most texts have none: one scan in C
        return iter(())
    return (i for i, content in enumerate(contents) if "\f" in content)


def _noise(lines: Lines) -> Iterator[tuple[int, LineParts]]:
    """The noise lines, with their indexes."""
    present = zip(itertools.compress(range(len(lines)), lines), filter(None, lines), strict=True)
    return ((i, line) for i, line in present if line.kind == Kind.NOISE)


def is_paged(
    contents: Sequence[str], lines: Lines, titled: Mapping[int, str] | None = None
) -> bool:
    """Whether the text shows page breaks: two form-feed or page-number lines (a page
    number beside a title, :func:`titled_page_numbers`, counts; ``titled``: those lines
    with their titles, :func:`_titled_pages`, if found already), or one page number
    beside a title that echoes the cover (its words the text's first lines', the Working
    Group's code counting as theirs: "Example - WGEC-2 contribution Page 2", the only
    header of a text of two pages), or over one at the right margin
    (:func:`_margin_number_over_a_title`)."""
    marks = itertools.chain(_feeds(contents), (i for i, line in _noise(lines) if line.text))
    count = sum(1 for _ in itertools.islice(marks, 2))  # two are enough
    if count >= 2:
        return True
    if titled is None:
        titled = _titled_pages(lines)
    if count + len(titled) >= 2:
        return True
    if count == 1 and not titled and _margin_number_over_a_title(lines):
        return True
    if count == 1 and _counts_more_pages(lines):
        return True  # "Page 1 of 2": a page follows, though its own number was lost
    return count + len(titled) == 1 and any(
        _echoes_cover(title, lines) for title in titled.values()
    )


def _counts_more_pages(lines: Lines) -> bool:
    """Whether the text's one page number counts the pages and is not the last of them
    ("Page 1 of 2", "Page 1 sur 2", "Стр. 1 из 3")."""
    for _, line in _noise(lines):
        if line.terminal != "NOISE_PAGE_OF":
            continue
        numbers = [int(n) for n in _DIGITS.findall(line.text)]
        return len(numbers) == 2 and 1 <= numbers[0] < numbers[1] <= _PAGES_COUNTED_MAX
    return False


#: The most pages a short text's page count gives.
_PAGES_COUNTED_MAX: Final = 99


def _margin_number_over_a_title(lines: Lines) -> bool:
    """Whether the text's one page number stands at the right margin right over a title
    of parts that echoes the cover ("<wide indent>Стр. 1" over "Вклад Государственного
    комитета – РГРС-2"): the first page's footer, then the next page's header."""
    for i, line in _noise(lines):
        if not line.terminal.startswith("NOISE_PAGE") or len(line.indent) < _FOOTER_INDENT_MIN:
            continue
        after = next((lines[j] for j in range(i + 1, len(lines)) if lines[j] is not None), None)
        if after is None or after.kind != Kind.TEXT or len(after.text) > _TITLED_PAGE_MAX:
            return False
        parts = _TITLE_SEPARATOR.split(after.text)
        return len(parts) > 1 and _echoes_cover(after.text, lines)
    return False


def page_breaks(
    contents: Sequence[str], lines: Lines, titled: Collection[int] | None = None
) -> frozenset[int]:
    """Indexes of the lines that mark a page break: a form feed or a page number, alone
    or with a title (``titled``: those lines, if found already)."""
    pages = (i for i, line in _noise(lines) if line.terminal.startswith("NOISE_PAGE"))
    if titled is None:
        titled = titled_page_numbers(lines)
    return frozenset(itertools.chain(_feeds(contents), pages, titled))


#: The page labels a titled page number ends or opens with ("page 1 of 2", "Page 3",
#: "Стр. 2 из 3"): the line terminals of a page's number that hold a word.
_PAGE_LABELS: Final = frozenset({"NOISE_PAGE_OF", "NOISE_PAGE_BAR"})
#: The first letters of the page words ("Page", "Página", "Стр.", "Страница", "Seite",
#: "الصفحة", "صفحة"): a line that opens with none of them opens with no page label.
_PAGE_WORD_INITIALS: Final = frozenset("PpСсSsاص")
#: No titled page numbers.
_NO_TITLES: Final[Mapping[int, str]] = {}
#: A page's number with the count of pages ("1/2", "— 1 de 2 —", "2 of 3", "1 | 2"), or between
#: dashes ("- 1 -"), set apart at a line's end by a wide gap, after the title a header or
#: footer gives.
_COUNTED_PAGE: Final = LazyPattern(
    r"(?<=\S)[ \u00a0]{3,}(?:[-–—]?[ \u00a0]?\d{1,4}[ \u00a0]?(?:/|\||of|de|sur|из|من)[ \u00a0]?"
    r"\d{1,4}(?:[ \u00a0]?[-–—])?|[-–—][ \u00a0]?\d{1,4}[ \u00a0]?[-–—])\Z"
)
#: A page's number and the count of pages at a line's end after a space, with or
#: without a page word ("... input Page 1 of 2", "... WGEC-2 1/2", "... 第 1 页 共 2 页").
_SPACED_COUNT: Final = LazyPattern(
    r"(?<=\S)[ \u00a0]+(?:(?i:page|p[áa]gina|стр\.|страница)[ \u00a0]*)?\d{1,3}[ \u00a0]?"
    r"(?:/|of|de|sur|из|من)[ \u00a0]?\d{1,3}\Z"
    r"|(?<=\S)[ \u00a0]*第[ \u00a0]?\d{1,3}[ \u00a0]?页[ \u00a0，,]*"
    r"共[ \u00a0]?\d{1,3}[ \u00a0]?页\Z"
)
#: A page label and its number, without the count of pages, after one space at a
#: line's end ("ECRA/IP/2016/214 Page 1", "X研究学会 第1页"): a footer where its title
#: comes back with another page's number.
_SPACED_PAGE: Final = LazyPattern(
    r"(?<=\S)[ \u00a0]+(?i:page|p[áa]gina|стр\.|страница|صفحة)[ \u00a0]?(\d{1,3})\Z"
    r"|(?<=\S)[ \u00a0]*第[ \u00a0]?(\d{1,3})[ \u00a0]?[页頁]\Z"
)
#: Word's page label after a bar at a line's end ("X - WGEC-2 input      1 | P a g e",
#: the word letter-spaced or not), after the title a footer gives.
_BARRED_PAGE: Final = LazyPattern(
    r"(?<=\S)[ \u00a0]+\d{1,4}[ \u00a0]?\|[ \u00a0]?"
    r"(?i:p[ \u00a0]?a[ \u00a0]?g[ \u00a0]?e|p[áa]gina|стр\.|страница|الصفحة)\Z"
)
#: The characters a counted page number ends its line with.
_COUNTED_ENDS: Final = frozenset("0123456789-–—")
#: A line longer than this is no page's header or footer.
_TITLED_PAGE_MAX: Final = 120


def titled_page_numbers(lines: Lines) -> frozenset[int]:
    """Indexes of the lines that say which page they stand on, beside a title: a page
    label ("page 1 of 2", "Página 2", "Стр. 2 из 3") at one end, set apart from the
    title by a spaced dash, a bar, a middle dot or a wide gap (or by a space, where the
    label counts the pages: "X - WGEC-2 input Page 1 of 2", "X 第 1 页 共 2 页"), the
    title's parts words with no sentence end ("DRRU Working Paper 2016/4 – page 1 of 2",
    "Page 2 of 3 | Contribution of X"): a footer or header, wherever it stands."""
    return frozenset(_titled_pages(lines))


def _titled_pages(lines: Lines) -> dict[int, str]:
    """:func:`titled_page_numbers`, each with its title, folded (its parts joined by
    " – ")."""
    found: dict[int, str] = {}
    spaced: dict[str, list[tuple[int, int]]] = {}
    gapped: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        if line is None or line.kind not in (Kind.TEXT, Kind.FIELD):
            continue
        if line.marker and not _coded_field(line):
            continue
        # A field named by the Group's code is the title's first words ("WGEC-2:
        # Contribution of X    p. 2"), not a field and its value.
        text = line.marker + line.gap + line.text if line.marker else line.text
        if len(text) > _TITLED_PAGE_MAX:
            continue
        # "CFCD – Aportación    — 1 de 2 —", "... 1/2": tried on lines that end so only
        counted = _COUNTED_PAGE.search(text) if text[-1] in _COUNTED_ENDS else None
        named = _title_before(text, counted.start()) if counted else _labelled_page_title(text)
        if named is None and counted is None and text[-1].isdigit():
            named = _title_of_gapped_number(text, coded=bool(line.marker))
            if named is None:
                _gather_gapped(gapped, i, text)
        if named is not None:
            found[i] = named
        elif counted is None and (text[-1] in _COUNTED_ENDS or text[-1] in "页頁"):
            counted_title = _title_counted_after_space(text)
            if counted_title is not None:
                spaced.setdefault(counted_title[0], []).append((i, counted_title[1]))
    # A title that a count follows after one space only ("X - WGEC-2 input Page 1 of 2",
    # "X研究院 第 1 页 共 2 页") is a header or footer where it comes back on another page
    # with another page's number.
    # So is a title of one part far to the left of a bare number ("РГРС-2, вклад X
    # <wide gap> 1", "增强合作工作组意见 —— 澳门…… <wide gap> 2") that comes back so.
    for title, seen in (*spaced.items(), *gapped.items()):
        if len({page for _, page in seen}) > 1:
            found.update((i, title) for i, _ in seen)
    return found


def _gather_gapped(gapped: dict[str, list[tuple[int, int]]], i: int, text: str) -> None:
    """Add line ``i``'s title, folded, and its page's number to ``gapped`` where
    ``text`` ends with a bare number far to the right of a title (:data:`_GAPPED_NUMBER`)
    of no sentence."""
    found = _GAPPED_NUMBER.search(text)
    if found is None:
        return
    title = _title_before(text, found.start())
    if title is not None:
        gapped.setdefault(title, []).append((i, int(text[found.start() :].strip())))


def _coded_field(line: LineParts) -> bool:
    """Whether a field's name is the Working Group's code ("WGEC-2:", "РГРС-2:")."""
    words = fold(line.marker).split()
    return line.kind == Kind.FIELD and bool(words) and _GROUP_CODE.fullmatch(words[0]) is not None


def _title_of_gapped_number(text: str, *, coded: bool = False) -> str | None:
    """The title, folded, of a header that gives a page's bare number far to the right
    of a title in parts set apart by a spaced dash ("Example - Aporte al GTCM-2 <wide
    gap> 2", "Service X – Contribution WGEC-2<TAB>2"), or, ``coded``, opened by the
    Group's code and a colon ("WGEC-2: вклад X <wide gap> 2"); None for any other line
    (a table's row of a name and a figure is no title in parts)."""
    found = _GAPPED_NUMBER.search(text)
    if found is None:
        return None
    head = text[: found.start()].strip()
    if len(_TITLE_SEPARATOR.split(head)) < 2 and not coded:
        return None
    return _title_before(text, found.start())


#: A page's bare number far to the right (or after a tab, as Word sets a header's right
#: tab stop), at a line's end.
_GAPPED_NUMBER: Final = LazyPattern(r"(?<=\S)(?:[ \u00a0]{8,}|\t[ \u00a0]*)\d{1,3}\Z")


def _title_counted_after_space(text: str) -> tuple[str, int] | None:
    """The title before a page's number and the count of pages that follow it after one
    space ("X - WGEC-2 input Page 1 of 2", "X – Contribution WGEC-2 1/2"), or before a
    page label and its number alone ("ECRA/IP/2016/214 Page 1"), folded, and the page's
    number; None if the line does not end so, or the page cannot be one of the count."""
    found = _SPACED_COUNT.search(text)
    counted = _page_of_count(found.group()) if found is not None else None
    if found is None or counted is None:
        # "ECRA/IP/2016/214 Page 1": a page label without the count of pages
        found = _SPACED_PAGE.search(text)
        if found is None:
            return None
        counted = int(found.group(1) or found.group(2))
    title = _title_before(text, found.start())
    return None if title is None else (title, counted)


def _page_of_count(number: str) -> int | None:
    """The page's number where a page's number and the count of pages ("1 of 2", "第 2 页
    共 3 页") read as such, the page one of the count; None where they do not ("16/09", a
    paper's number) or where ``number`` holds no count."""
    numbers = [int(n) for n in _DIGITS.findall(number)[:2]]
    return numbers[0] if len(numbers) == 2 and 1 <= numbers[0] <= numbers[1] else None


#: A run of digits.
_DIGITS: Final = LazyPattern(r"\d+")


def _title_before(text: str, end: int) -> str | None:
    """The title of a header or footer before its page number at ``end``, folded."""
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(text[:end])]
    return _page_title([p for p in parts if p])


def _labelled_page_title(text: str) -> str | None:
    """The title of a header or footer set apart from a page label at one end ("Page 2
    of 3 | Contribution of X", "X – page 1 of 2", "X    1 | P a g e"), folded; None if
    it has none."""
    if "|" in text:  # "... 1 | P a g e", "... 2 | Стр."
        barred = _BARRED_PAGE.search(text)
        if barred is not None:
            return _title_before(text, barred.start())
    if not (
        text[-1].isdigit()
        or text[-1] == "页"
        or (text[0] in _PAGE_WORD_INITIALS and text[-1].isalpha())
    ):
        return None
    parts = [part.strip() for part in _TITLE_SEPARATOR.split(text)]
    if len(parts) < 2:
        return None
    if match_terminal(parts[-1]) in _PAGE_LABELS:
        return _page_title(parts[:-1])
    if match_terminal(parts[0]) in _PAGE_LABELS:
        return _page_title(parts[1:])
    return None


def _page_title(parts: Sequence[str]) -> str | None:
    """The title a header or footer gives beside its page number, folded, its parts
    joined by " – "; None unless every part is words with no sentence end."""
    if all(_TITLE_PART.match(part) and not part.endswith(SENTENCE_END) for part in parts):
        return fold(" – ".join(parts))
    return None


def _page_sides(i: int, breaks: frozenset[int], lines: Lines) -> frozenset[int]:
    """The sides of line ``i`` on which a page edge stands (the start or end of the text,
    or a break marker) within two non-blank lines (looking a dozen lines each way at
    most): -1 where the line opens a page (an edge above it, or a form feed before its
    own text), 1 where it closes one (an edge under it); empty where it stands inside a
    page."""
    if i in breaks:
        return _OPENS
    sides = []
    for step in (-1, 1):
        j, seen = i + step, 0
        while seen < _BREAK_REACH and abs(j - i) <= _BREAK_LOOK:
            if j < 0 or j >= len(lines) or j in breaks:
                sides.append(step)
                break
            if lines[j] is not None:
                seen += 1
            j += step
        else:
            if 0 <= j < len(lines) and j in breaks and abs(j - i) <= _BREAK_LOOK:
                sides.append(step)
    return frozenset(sides)


#: :func:`_page_sides` of a line that opens a page.
_OPENS: Final = frozenset((-1,))


#: The page's number at the end of a running header or footer, after a space, with or
#: without a page word, and with the count of pages or not ("SUTTI - Aporte al WGEC-2
#: 1", "ECRA/IP/2016/214 Page 2", "X - WGEC-2 input Page 1 of 2", "X – Contribution
#: WGEC-2 1/2", "X input 1 | 2", "X研究院 第 1 页 共 2 页"): the copies of one header
#: differ by it.
_PAGE_NUMBER_AT_END: Final = LazyPattern(
    r"[ \u00a0]+(?:(?i:page|p\.|p[áa]g\.|p[áa]gina|стр\.|страница)[ \u00a0]*)?\d{1,3}"
    r"(?:[ \u00a0]?(?:/|\||of|de|sur|из|من)[ \u00a0]?\d{1,3})?\Z"
    r"|[ \u00a0]*第[ \u00a0]?\d{1,3}[ \u00a0]?页(?:[ \u00a0，,]*共[ \u00a0]?\d{1,3}[ \u00a0]?页)?\Z"
)


def _without_page_number(whole: str) -> str:
    """A header's or footer's line without the page's number at its end, if any (most
    lines end otherwise, which the last character tells without a search); a count of
    pages that cannot be one ("Working Paper 16/09") stays."""
    if not (whole[-1:].isdigit() or whole[-1:] == "页"):
        return whole
    found = _PAGE_NUMBER_AT_END.search(whole)
    if found is None:
        return whole
    if len(_DIGITS.findall(found.group())) == 2 and _page_of_count(found.group()) is None:
        return whole
    return whole[: found.start()]


def running_headers(contents: Sequence[str], lines: Lines) -> frozenset[int]:
    """Indexes of the text and field lines that are page furniture on a paged text: a
    line repeated three times or more, or twice where both copies stand next to a page
    break (a form feed or a page number) on the same side, both opening their pages or
    both closing them, as the header or footer of a short document does (a letterhead
    at the text's start and the same name under the signature at its end are none); the
    copies may differ in the page's number at their end ("... WGEC-2 1", "... WGEC-2
    2")."""
    if not is_paged(contents, lines):
        return frozenset()
    return _running_headers(contents, lines, page_breaks(contents, lines))


def _running_headers(
    contents: Sequence[str], lines: Lines, breaks: frozenset[int]
) -> frozenset[int]:
    """:func:`running_headers` of a paged text with the page breaks ``breaks``."""
    candidates = [
        (i, _without_page_number(line.marker + line.gap + line.text))
        for i, line in enumerate(lines)
        if line is not None and line.kind in (Kind.TEXT, Kind.FIELD)
    ]
    counts = Counter(whole for _, whole in candidates)
    repeated = {w for w, n in counts.items() if n >= 2 and 3 <= len(w) <= 100}
    if not repeated:
        return frozenset()
    twice = {w for w in repeated if counts[w] < RUNNING_MIN}
    # The sides of its pages each copy of a line seen twice stands by: a header opens
    # its pages and a footer closes them, so a letterhead near the text's start and the
    # same name under the signature near its end are no header.
    sides: dict[str, list[frozenset[int]]] = {}
    for i, whole in candidates:
        if whole in twice:
            sides.setdefault(whole, []).append(_page_sides(i, breaks, lines))
    paged = {w for w, seen in sides.items() if frozenset.intersection(*seen)}
    return frozenset(
        i
        for i, whole in candidates
        if whole in repeated and (counts[whole] >= RUNNING_MIN or whole in paged)
    )


def running_titles(contents: Sequence[str], lines: Lines) -> frozenset[int]:
    """Indexes of the running titles seen once on a paged text: a line at a page edge
    (the first after a form feed or a page number, or the last before one) made of
    parts joined by a spaced dash, bar or middle dot, or set apart by a wide gap as a
    header's left and right parts are ("AISO - Contribution au GTCR - décembre 2016",
    "EACIP submission      December 2016", or "MIDP Working Paper 16/09      2" with the
    page's number at one end), or of one part where it opens a page
    right after the last one's page number (a form feed before its text or alone on a
    line before it); with no sentence end, and words mostly the cover's (the text lines
    before the first page break, or after it where the first page's number heads the
    text), as a short document's header or footer is.  A title
    of parts that opens a page so, or closes one right over its number where a sentence
    the page break cut stands above it ("Malawi - Input to WGEC-2" over "Page 1 of 2",
    :func:`_footer_in_a_cut_sentence`), may hold words the cover lacks when its first or last
    part is wholly the cover's, as the name of who submits it is ("CDRC – Contribution
    to WGEC-2", "Bénin – Contribution au GTCR-2"), or a word for the paper and the
    cover's name ("Contribution du Niger - WGEC-2", :func:`_paper_of_the_cover`), or
    abbreviations of the cover's words
    ("ГАСЦР КР – ответы РГРС-2" under "ГОСУДАРСТВЕННОЕ АГЕНТСТВО СВЯЗИ И ЦИФРОВОГО
    РАЗВИТИЯ" of the "КЫРГЫЗСКАЯ РЕСПУБЛИКА").  A date alone that opens a page
    ("December 2016" after the form feed under the last page's number) is a header's
    date, whatever the cover's words."""
    if not is_paged(contents, lines):
        return frozenset()
    return _running_titles(contents, lines, page_breaks(contents, lines))


#: An underline: a line of "=" or "-" alone, three at least.
_UNDERLINE: Final = LazyPattern(r"[ \t]*(?:={3,}|-{3,})[ \t]*")


def underlined_titles(contents: Sequence[str], lines: Lines) -> frozenset[int]:
    """The lines of text underlined by the line right under them, a run of "=" or "-"
    about as long as the text (within a third of it, or three characters), as
    Markdown's setext headings and plain-text web pages set their headings: a heading
    styled in the original, as a Word heading style is."""
    found = set()
    for i, under in enumerate(contents):
        # Most lines open with neither mark: looked at before the pattern is tried.
        if not under or under.lstrip(" \t")[:1] not in ("=", "-") or i == 0:
            continue
        line = lines[i - 1]
        if line is None or line.kind != Kind.TEXT or _UNDERLINE.fullmatch(under) is None:
            continue
        width, length = len(under.strip()), len(line.text)
        if abs(width - length) <= max(3, length // 3):
            found.add(i - 1)
    return frozenset(found)


def page_furniture(contents: Sequence[str], lines: Lines) -> frozenset[int]:
    """Indexes of the running headers and titles of a paged text (:func:`running_headers`
    and :func:`running_titles`, with the pages told and their breaks found once), and
    of its page numbers that stand beside a title (:func:`titled_page_numbers`)."""
    titled = _titled_pages(lines)
    if not is_paged(contents, lines, titled):
        return frozenset()
    breaks = page_breaks(contents, lines, titled.keys())
    return (
        _running_headers(contents, lines, breaks)
        | _running_titles(contents, lines, breaks, titled)
        | frozenset(titled)
    )


def footnotes(contents: Sequence[str], lines: Lines) -> frozenset[int]:
    """Indexes of the footnote lines at the foot of a page: after a separator rule of
    underscores alone on its line ("__________", as Word draws it; em dashes, "——————",
    in a Chinese text), one footnote or more, each opening with its number or sign ("1
    Tunis Agenda ...", "² Ibid.", "① 参见 ...", "* Source : ...") and running over three
    lines at most, up to the end of the page (a page number, a form feed, a running
    header or other page furniture, or the end of the text); blank lines between them
    are spacing.  Footnotes are plain text lines (a URL in one is noise)
    that ask no question.  A rule followed by anything else is no footnote area: none
    of its lines is a footnote.  Without a rule, a footnote stands where a sentence
    breaks off at a page's foot (:func:`_cut_sentence_note`)."""
    ruled = any(rule in c for c in contents for rule in _NOTE_RULES)  # most texts have none
    found: set[int] = set()
    for i, line in _noise(lines):
        if line.terminal in _PAGE_NUMBERS:
            found.update(_cut_sentence_note(lines, i))
            found.update(_marked_note(lines, i))
        elif ruled and line.terminal == "NOISE_RULE" and not line.text.strip(_NOTE_RULE_CHARS):
            found.update(_footnote_area(contents, lines, i + 1))
    return frozenset(found)


#: The characters of the rule over a page's footnotes: underscores as Word draws it, em
#: dashes or a box-drawing line as a Chinese text does ("——————").
_NOTE_RULE_CHARS: Final = "_—─＿"
#: Three of one of them, as the rule holds them (a quick test before the lines are read).
_NOTE_RULES: Final = tuple(c * 3 for c in _NOTE_RULE_CHARS)
#: The terminals of a page's number alone on its line.
_PAGE_NUMBERS: Final = frozenset(
    ("NOISE_PAGE_NUMBER", "NOISE_PAGE_OF", "NOISE_PAGE_BAR", "NOISE_PAGE_FRACTION")
)


def _marked_note(lines: Lines, page: int) -> list[int]:
    """The line of a footnote printed without a separator rule right over the page's
    number at ``page``, whose number the page's text carries as a mark run into a word
    ("... pertaining to the Internet1;" above, "1 Tunis Agenda ..., paragraph 69." over
    "Page 1 of 2"): one line of text that opens with its number; none where no word of
    the page above carries it."""
    j = page - 1
    note = lines[j] if j >= 0 else None
    if note is None or not _opens_note(note) or _no_note_line(note):
        return []
    number = _NOTE_NUMBER.match(note.text)
    if number is None:
        return []
    for k in range(j - 1, max(-1, j - _MARK_REACH), -1):
        above = lines[k]
        if above is not None and (above.kind == Kind.NOISE or "\f" in above.indent):
            break  # the page before
        if above is not None and any(
            m.group(1) == number.group() for m in _NOTE_MARK.finditer(above.text)
        ):
            return [j]
    return []


#: The number that opens a footnote's line ("1 Tunis Agenda ..."), before a space.
_NOTE_NUMBER: Final = LazyPattern(r"\d{1,2}(?=[ \t\u00a0]+\S)")
#: A note's mark run into the word before it ("Internet1;"): the number (group 1).
_NOTE_MARK: Final = LazyPattern(r"[^\W\d_]{2}(\d{1,2})(?!\w)")
#: How many lines above a footnote its mark is looked for (a page's lines).
_MARK_REACH: Final = 60


def _cut_sentence_note(lines: Lines, page: int) -> list[int]:
    """The lines of a footnote printed without a separator rule between a sentence that
    breaks off at a page's foot and the page's number at ``page``, the sentence going
    on in lower case on the next page ("... will not" / "1 Tunis Agenda ..., para. 69."
    / "1" / "meet the standard set in Tunis."): one note of at most
    :data:`_FOOTNOTE_LINES` lines of text, its first opening with its number; none
    where the sentence above ended, or the text after the page's number does not go on
    with it."""
    # The lines above and below are looked for one by one from the page's number: each
    # page's lines are walked once, whatever the length of the text.
    present = (j for j in range(page - 1, -1, -1) if lines[j] is not None)
    above = list(itertools.islice(present, _FOOTNOTE_LINES + 1))
    note = next((k for k, j in enumerate(above[:_FOOTNOTE_LINES]) if _opens_note(lines[j])), None)
    if note is None or note + 1 >= len(above):
        return []
    cut = lines[above[note + 1]]
    rest = above[: note + 1]
    if cut is None or cut.kind == Kind.NOISE or cut.text.endswith(SENTENCE_END):
        return []
    if any(_no_note_line(lines[j]) for j in rest):
        return []  # a heading at the page's foot, a numbered point, a page's first line
    after = next((lines[k] for k in range(page + 1, len(lines)) if lines[k] is not None), None)
    if after is None or after.kind != Kind.TEXT or not after.text[:1].islower():
        return []
    return rest


def cut_sentence_headers(lines: Lines) -> frozenset[int]:
    """Indexes of the lines printed alone at a page's top between the two halves of a
    sentence the page break cut ("... ежегодно" / "1" / "\\fКРСИ РК – к консультации
    РГРС-2" / "представлять доклады ..."): after a page's number (alone, or beside a
    title in a footer read from the layout), the first line of the next page (after a
    form feed, or under a number that counts the pages at the right margin,
    :func:`_counts_pages`, or a number alone there, :func:`_numbers_at_the_margin`),
    short (its columns' gaps aside), plain text that opens as a title does (not in lower
    case: that is the sentence going on) and ends no sentence,
    where the text above the number ended no sentence and the text under the line goes
    on in lower case (or in a script without case, :func:`may_go_on`): the page's
    running header, printed once.  Where no form feed and no lower case tell it from
    the sentence going on, it must echo the cover (:func:`_echoes_cover`).  A header
    after a form feed right over the page's number counts too (:func:`_fed_header_over`)."""
    found: set[int] = set()
    for i, line in _noise(lines):
        # A page's number, or a footer read as page furniture from the layout (no
        # terminal of its own: "X / WGEC-2      Page 1 of 2", a number beside a title).
        if line.terminal and line.terminal not in _PAGE_NUMBERS:
            continue
        fed = _fed_header_over(lines, i)
        if fed is not None:
            found.add(fed)
            continue
        above = next((lines[j] for j in range(i - 1, -1, -1) if lines[j] is not None), None)
        if above is None or above.kind == Kind.NOISE or above.text.endswith(SENTENCE_END):
            continue
        present = (k for k in range(i + 1, len(lines)) if lines[k] is not None)
        top, under = next(present, None), next(present, None)
        if top is None or under is None:
            continue
        head, after = lines[top], lines[under]
        if (
            head is not None
            and after is not None
            and head.kind == Kind.TEXT
            and ("\f" in head.indent or _counts_pages(line) or _numbers_at_the_margin(line))
            and len(" ".join(head.text.split())) <= _HEADER_ONCE_MAX
            and not head.text.endswith(SENTENCE_END)
            and not head.text[:1].islower()  # the cut sentence itself, going on
            and after.kind == Kind.TEXT
            and may_go_on(after.text)
            # Without a form feed or a lower case to tell them apart, the header is
            # the one that echoes the cover; the sentence goes on with other words.
            and (
                ("\f" in head.indent and after.text[:1].islower())
                or _echoes_cover(head.text, lines)
            )
        ):
            found.add(top)
    return frozenset(found)


def _fed_header_over(lines: Lines, i: int) -> int | None:
    """Index of the page's running header printed once right over the page's number at
    ``i``, the other way round ("... ежегодно" / "\\fВклад X в WGEC-2" / "Стр. 1 из 2"
    / "представлять доклады ..."): a short line of text after a form feed that opens as a
    title does and ends no sentence, between a sentence that breaks off above it and
    goes on in lower case under the number; None if there is none."""
    present = (j for j in range(i - 1, -1, -1) if lines[j] is not None)
    top = next(present, None)
    cut = next(present, None)
    under = next((k for k in range(i + 1, len(lines)) if lines[k] is not None), None)
    if top is None or cut is None or under is None:
        return None
    head, before, after = lines[top], lines[cut], lines[under]
    if head is None or before is None or after is None:
        return None
    if not (head.kind == Kind.TEXT and "\f" in head.indent):
        return None
    if len(" ".join(head.text.split())) > _HEADER_ONCE_MAX or head.text.endswith(SENTENCE_END):
        return None
    if head.text[:1].islower() or before.kind == Kind.NOISE:
        return None
    if before.text.endswith(SENTENCE_END) or after.kind != Kind.TEXT:
        return None
    return top if after.text[:1].islower() else None


def _echoes_cover(text: str, lines: Lines) -> bool:
    """Whether most of the words of ``text`` are those of the text's first lines (its
    cover), the Working Group's code counting as theirs (:func:`_echoes`)."""
    cover = itertools.islice(filter(None, lines), _COVER_LINES)
    cover_text = fold(" ".join(parts.marker + parts.gap + parts.text for parts in cover))
    return _echoes(fold(text), cover_text, frozenset(cover_text.split()))


def _counts_pages(line: LineParts) -> bool:
    """Whether a page's number alone on its line, set at the right margin, counts the
    pages ("<wide indent>الصفحة 1 من 2", "<wide indent>Page 1 of 2"): only a footer does,
    and the next line opens the next page, even where the extraction lost its form
    feed."""
    return (
        line.terminal == "NOISE_PAGE_OF"
        and len(line.indent) >= _FOOTER_INDENT_MIN
        and _PAGE_COUNT.search(line.text) is not None
    )


def _numbers_at_the_margin(line: LineParts) -> bool:
    """Whether a page's number alone on its line stands at the right margin ("<wide
    indent>2"), as a PDF's extraction sets its footer: the next line opens the next
    page."""
    return line.terminal == "NOISE_PAGE_NUMBER" and len(line.indent) >= _FOOTER_INDENT_MIN


#: How far in a footer set at the right margin stands, in columns.
_FOOTER_INDENT_MIN: Final = 20


def may_go_on(text: str) -> bool:
    """Whether a line may go on with a sentence cut above it: it opens in lower case,
    or with a letter of a script without case (Arabic, Chinese), which no case tells."""
    first = text[:1]
    return first.islower() or (first.isalpha() and not first.isupper())


#: A running header printed once is at most this long.
_HEADER_ONCE_MAX: Final = 80


def _opens_note(line: LineParts | None) -> bool:
    """Whether a line opens a footnote with its number ("1 Tunis Agenda ...")."""
    if line is None or line.kind != Kind.TEXT:
        return False
    return _FOOTNOTE_NUMBER.match(line.text) is not None


def _no_note_line(line: LineParts | None) -> bool:
    """Whether a line is no footnote's: not plain text, a question, or a page's first
    line (after a form feed)."""
    return line is None or line.kind != Kind.TEXT or line.text.endswith(ASKS) or "\f" in line.indent


#: Blank lines in a row that end a page whose break the extraction lost, after its notes.
_PAGE_GAP: Final = 2


def _footnote_area(contents: Sequence[str], lines: Lines, start: int) -> list[int]:
    """The indexes of the footnote lines from ``start`` (just after a separator rule) to
    the end of the page (or to the text's closing under the last page's notes: a place
    and date, a sign-off; or, after a footnote, to a line that opens no footnote after
    :data:`_PAGE_GAP` blank lines or more, where the page's break was lost), or none if
    the lines there are not footnotes."""
    area: list[int] = []
    run = 0  # lines of the footnote read so far (0: none yet)
    gap = 0  # blank lines since the last line read
    for j in range(start, len(lines)):
        line = lines[j]
        if line is None:
            gap += 1
            continue
        wide_gap, gap = gap >= _PAGE_GAP, 0
        if "\f" in contents[j] or (line.kind == Kind.NOISE and line.terminal != "NOISE_URL"):
            break  # the page ends
        if run and (line.terminal == "TEXT_DATELINE" or line.kind == Kind.SIGNOFF):
            break  # the text's closing, under the last page's notes ("Fait à X, le ...")
        if (
            (line.kind == Kind.TEXT and _FOOTNOTE_NUMBER.match(line.text))
            or line.terminal in _NOTE_MARKS  # "① 《信息社会突尼斯议程》第69段。", "[1] Ibid."
            or (line.kind == Kind.BULLET and line.marker in _NOTE_SIGNS)  # "* Source : ..."
        ):
            run = 1
        elif 0 < run < _FOOTNOTE_LINES and line.kind in (Kind.TEXT, Kind.NOISE):
            run += 1  # a footnote wraps (a URL in it is noise)
        elif run and wide_gap:
            break  # the next page's text, after a wider gap than the text's own
        else:
            return []  # no footnote: text before any, past one's last line, or marked
        if line.text.endswith(ASKS):
            return []  # a question (a heading at the page's foot), not a footnote
        area.append(j)
    return area


def _running_titles(
    contents: Sequence[str],
    lines: Lines,
    breaks: frozenset[int],
    titled: Mapping[int, str] = _NO_TITLES,
) -> frozenset[int]:
    """:func:`running_titles` of a paged text with the page breaks ``breaks``, and the
    lines that open a page with the title of one of its titled page numbers ``titled``
    (index: folded title; the header over a footer "DRRU Working Paper 2016/4 – page 1
    of 2")."""
    if not breaks:
        return frozenset()
    first_break = min(breaks)
    start = 0
    if not any(lines[:first_break]):  # the first page's number heads it: its text follows
        start = first_break + 1
        first_break = min((b for b in breaks if b > first_break), default=len(lines))
    # The first page's last line is left out of the cover, unless it is its only one: it
    # may be the page's footer.
    cover = [
        (i, line) for i, line in enumerate(lines[start:first_break], start) if line is not None
    ]
    cover = cover[: min(_COVER_LINES, max(1, len(cover) - 1))]
    if not cover:
        return frozenset()
    cover_text = fold(" ".join(line.marker + line.gap + line.text for _, line in cover))
    cover_words = frozenset(cover_text.split())
    footer_titles = set(titled.values())
    found = set()
    # From the end of the cover: the first page's footer, over its number, is looked at
    # as the others are.
    for i in range(cover[-1][0] + 1, len(lines)):
        line = lines[i]
        if line is None or line.kind not in (Kind.TEXT, Kind.FIELD):
            continue
        whole = line.marker + line.gap + line.text
        if DATE_ALONE.fullmatch(whole.lstrip("\f")) and _opens_page(i, contents, lines, titled):
            found.add(i)  # "December 2016" alone at a page's top: the header's date
            continue
        if len(whole) > 100 or whole.endswith(SENTENCE_END) or _OPENS_IN_LOWER_CASE.match(whole):
            continue  # a sentence, or one going on at a page's top ("producción de ...")
        parts = _TITLE_SEPARATOR.split(whole.lstrip("\f"))
        if len(parts) > 1 and _PAGE_NUMBER.fullmatch(parts[-1]):
            parts = parts[:-1]  # "MIDP Working Paper 16/09          2": the page's number
        elif len(parts) > 1 and _PAGE_NUMBER.fullmatch(parts[0]):
            parts = parts[1:]
        if not all(_TITLE_PART.match(part) for part in parts):
            continue
        opens = _opens_page(i, contents, lines, titled)
        if not (opens or _at_page_edge(i, breaks, lines)):
            continue
        alone = i > 0 and lines[i - 1] is None  # not a signature's line under a name
        if (
            len(parts) == 1
            and not opens
            and not (alone and _footer_of_cover_words(whole, cover_text, cover_words))
        ):
            continue
        if opens and fold(whole.lstrip("\f")) in footer_titles:
            found.add(i)
            continue
        edge = opens or ("@" not in whole and _footer_in_a_cut_sentence(i, lines))
        if _echoes(fold(whole), cover_text, cover_words) or (
            edge and len(parts) > 1 and _names_the_cover(parts, cover_text, cover_words)
        ):
            found.add(i)
    return frozenset(found | _same_title_at_an_edge(lines, breaks, found))


def _same_title_at_an_edge(lines: Lines, breaks: frozenset[int], found: set[int]) -> set[int]:
    """The lines at a page's edge that read as a running title ``found`` opening a page
    does: the title printed at the first page's foot, over its number, and again at the
    next page's top."""
    if not found:
        return set()
    titles = {fold(_whole(lines[i]).lstrip("\f")) for i in found}
    return {
        i
        for i, line in enumerate(lines)
        if line is not None
        and i not in found
        and line.kind == Kind.TEXT
        and fold(_whole(line).lstrip("\f")) in titles
        and _at_page_edge(i, breaks, lines)
    }


def _whole(line: LineParts | None) -> str:
    """A line's visible text: marker, gap and text ("" for a blank line)."""
    return "" if line is None else line.marker + line.gap + line.text


#: A line that opens with a word in lower case, as a sentence cut by a page break goes
#: on ("producción de indicadores ..."; not a site's address, "www.example.org"); unlike
#: :func:`may_go_on`, not a line in a script without case, which may be a running title.
_OPENS_IN_LOWER_CASE: Final = LazyPattern(r"[a-zß-öø-ÿа-яё][^\W\d_]*[ \u00a0]")


def _footer_of_cover_words(whole: str, cover_text: str, cover_words: frozenset[str]) -> bool:
    """Whether a line alone at a page's foot, in one part, is the cover's name printed as
    a running footer: three words or more, all of them the cover's, opening with a
    capital ("Министерство связи ... Республики Беларусь" under "МИНИСТЕРСТВО СВЯЗИ ...")."""
    found, total = _echo_counts(fold(whole), cover_text, cover_words)
    return whole[:1].isupper() and total >= _FOOTER_WORDS_MIN and found == total


#: The fewest words of a running footer in one part that :func:`_footer_of_cover_words`
#: reads.
_FOOTER_WORDS_MIN: Final = 3


def _footer_in_a_cut_sentence(i: int, lines: Lines) -> bool:
    """Whether line ``i`` is the last line of a page, right over its number alone on a
    line, under a sentence that the page break cut ("... their voices reach the" over
    "Malawi - Input to WGEC-2" over "Page 1 of 2"; blank lines between): a footer,
    which the sentence goes on past.  (Under a sentence that ended, a line made of a
    title's parts may be the text's own; so may a signature's last line, which holds
    an address: the caller leaves those out.)"""
    after = next((lines[j] for j in range(i + 1, len(lines)) if lines[j] is not None), None)
    if after is None or not after.terminal.startswith("NOISE_PAGE"):
        return False
    above = next((lines[j] for j in range(i - 1, -1, -1) if lines[j] is not None), None)
    return above is not None and above.kind != Kind.NOISE and not above.text.endswith(SENTENCE_END)


def _opens_page(
    i: int, contents: Sequence[str], lines: Lines, titled: Collection[int] = frozenset()
) -> bool:
    """Whether line ``i`` is the first line of a page, under the last page's footer: a
    form feed stands before its text or alone on a line before it, and the line before
    that (blank lines between) is a page number, alone or beside a title (one of
    ``titled``); or, where the extraction lost its form feeds, the line before is a page
    number that counts the pages ("Page 1 | 2", "Página 1 de 3"), alone or beside a
    title ("WGEC-2 contribution - X      Page 1 of 2"), which only a footer holds."""
    fed = contents[i].lstrip(" \t").startswith("\f")
    j = i - 1
    while j >= 0 and (lines[j] is None or not contents[j].strip(" \t\f")):
        fed = fed or "\f" in contents[j]
        j -= 1
    before = lines[j] if j >= 0 else None
    if before is None:
        return False
    if not fed:
        counted = before.terminal == "NOISE_PAGE_OF" or j in titled
        return counted and _PAGE_COUNT.search(before.text) is not None
    return before.terminal.startswith("NOISE_PAGE") or j in titled


#: A page's number and the number of pages ("1 | 2", "1 of 2", "1 de 3", "1/2").
_PAGE_COUNT: Final = LazyPattern(r"\d[ \u00a0]?(?:of|de|sur|из|من|/|\|)[ \u00a0]?\d")


def _names_the_cover(parts: Sequence[str], cover_text: str, cover_words: frozenset[str]) -> bool:
    """Whether a title's first or last part, opening with a capital (or a letter of a
    script without case), is wholly the cover's words, or abbreviations of them: the
    name of who submits it, as in "CDRC – Contribution to WGEC-2" under a cover that
    names the CDRC or spells out its name."""
    cover = cover_text.split()
    for part in (parts[0], parts[-1]):
        first = part.lstrip()[:1]
        if first.islower():
            continue
        folded = fold(part)
        # The Group's code with its round ("wgec 2") is the cover's beside other words
        # ("EXA input to WGEC-2"); alone ("GTCR-2") it names no one.
        others = [
            w for w in _CODE_AND_ROUND.sub(" ", folded).split() if not _GROUP_CODE.fullmatch(w)
        ]
        found, total = _echo_counts(folded, cover_text, cover_words, rounds=bool(others))
        if total and found == total:
            return True
        if _paper_of_the_cover(fold(part), cover_words):
            return True
        if all(_abbreviates(word, cover) for word in part.split()):
            return True
    return False


def _paper_of_the_cover(folded: str, cover_words: frozenset[str]) -> bool:
    """Whether a folded title part names the paper by its kind and its writer by the
    cover's words: a word for the paper ("Contribution du Niger", "Input of X"), then
    words each the cover's or the start of one as a state's name starts its adjective
    ("Gabon" under "RÉPUBLIQUE GABONAISE")."""
    words = folded.split()
    if len(words) < 2 or words[0] not in _PAPER_KINDS:
        return False
    named = [word for word in words[1:] if word not in _PAPER_JOINS]
    return bool(named) and all(
        word in cover_words
        or (len(word) >= _STEM_MIN - 1 and any(w.startswith(word) for w in cover_words))
        for word in named
    )


#: The words for a paper that open a running title, folded.
_PAPER_KINDS: Final = frozenset(
    fold(word)
    for word in (
        "Contribution", "Input", "Submission", "Response", "Responses", "Comments",
        "Réponse", "Réponses", "Commentaires", "Contribución", "Aporte", "Aportes",
        "Respuesta", "Respuestas", "Comentarios", "Вклад", "Ответы", "Замечания",
        "Предложения", "مساهمة", "ردود", "تعليقات",
    )
)  # fmt: skip
#: The words that join a paper's kind to its writer's name, folded.
_PAPER_JOINS: Final = frozenset(
    ("of", "from", "by", "the", "du", "de", "des", "d'", "la", "le", "l'", "del", "los",
     "las", "el")
)  # fmt: skip


#: The shortest abbreviation read as one (two capitals: "KR", "UN").
_ABBREVIATION_MIN: Final = 2


def _abbreviates(word: str, cover: list[str]) -> bool:
    """Whether ``word`` is an abbreviation of a run of the cover's (folded) words: all
    capitals, each the initial of the next word of the run, short words such as "of",
    "и", "de" without a capital of their own skipped ("ГАСЦР" for "государственное
    агентство связи и цифрового развития", "CDRC" for "Centre for Digital Rights ...")."""
    if len(word) < _ABBREVIATION_MIN or not word.isalpha() or not word.isupper():
        return False
    letters = word.casefold()
    for start, first in enumerate(cover):
        if first[:1] != letters[0]:
            continue
        k, j = 1, start + 1
        while k < len(letters) and j < len(cover):
            if cover[j][:1] == letters[k]:
                k += 1
            elif len(cover[j]) > 3:
                break
            j += 1
        if k == len(letters):
            return True
    return False


def _at_page_edge(i: int, breaks: frozenset[int], lines: Lines) -> bool:
    """Whether line ``i`` holds a page break (a form feed before its text) or stands
    right after or before a line that is one (a page number, a form feed alone; blank
    lines between)."""
    if i in breaks:
        return True
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and lines[j] is None:
            j += step
        edge = lines[j] if j in breaks else None
        if edge is not None and edge.kind == Kind.NOISE:
            return True
    return False


#: The Working Group's code and its round, folded ("WGEC-2" folds to "wgec 2"): the
#: round's number (group 1) is the cover's as the code is.
_CODE_AND_ROUND: Final = LazyPattern(r"(?<!\S)\(?(?:wgec|ргрс|gtcm|gtcr)[ ](\d)(?!\S)")
#: The Working Group's code, folded ("WGEC-2" folds to "wgec 2"), in the UN languages
#: that write one ("wgec", "(wgec", "ргрс", "gtcm", "gtcr").
_GROUP_CODE: Final = LazyPattern(r"\(?(?:wgec|ргрс|gtcm|gtcr)\)?[.,:;]?")


def _echoes(folded: str, cover_text: str, cover_words: frozenset[str]) -> bool:
    """Whether most of a folded line's distinct words are the cover's (each character of
    a script without spaces counting as a word, found anywhere in the cover)."""
    found, total = _echo_counts(folded, cover_text, cover_words)
    return 2 * found > total


def _echo_counts(
    folded: str, cover_text: str, cover_words: frozenset[str], *, rounds: bool = False
) -> tuple[int, int]:
    """How many of a folded line's distinct words are the cover's, and how many it has
    (see :func:`_echoes`).  A word of six letters or more is the cover's where a cover
    word of as many differs from it in its last two letters only, as a declined form
    does ("Республика Заречье" under "РЕСПУБЛИКИ ЗАРЕЧЬЕ"); the Working Group's code
    ("WGEC-2", "РГРС-2", "GTCM-2", its round's number with it) is what every cover speaks
    of, and counts as its.  So does a word that is a cover word of five letters or more
    with one or two letters after it ("комитета" under "Государственный комитет"), as
    a declined form of a word whose stem ends it is."""
    found = total = 0
    # "wgec 2": the round's number, where asked for, is the cover's as the code is
    numbers = frozenset(m.group(1) for m in _CODE_AND_ROUND.finditer(folded)) if rounds else ()
    for word in set(folded.split()):
        chars = set(UNSPACED.findall(word))
        if chars:
            total += len(chars)
            found += sum(1 for c in chars if c in cover_text)
            continue
        total += 1
        if word in cover_words or word in numbers or _GROUP_CODE.fullmatch(word) is not None:
            found += 1
        elif len(word) >= _STEM_MIN:
            # "комитета" (or "комитетом") over "комитет": an ending after a bare stem
            found += (
                word[:-2] in _stems(cover_words)
                or word[:-1] in cover_words
                or word[:-2] in cover_words
            )
    return found, total


@functools.lru_cache(maxsize=4)
def _stems(cover_words: frozenset[str]) -> frozenset[str]:
    """The stems of a cover's words of six letters or more (all but their last two
    letters), made once for a cover, whose lines are compared with it one by one."""
    return frozenset(w[:-2] for w in cover_words if len(w) >= _STEM_MIN)


#: The shortest word compared with the cover's by its stem (all but its last two letters).
_STEM_MIN: Final = 6


def analyse(contents: Sequence[str], lines: Lines) -> tuple[Region, ...]:
    """The regions of a text and their layouts, from the lines as classified (before
    running headers are turned into noise).

    A text is one region, unless it is double-spaced after a leading region written one
    paragraph per line (see :func:`single_lead`): an e-mail's message above the text
    of its attachment.  That region is read single-spaced."""
    full_line = full_line_length(contents, lines)
    double = is_double_spaced(contents, lines, wide=full_line)
    # Lines too long for any page (one paragraph a line, as Word's "save as text" and web
    # pages write them) never wrap: each that ends a sentence ends its paragraph.
    unwrapped = not double and is_unwrapped(contents, lines)
    layout = Layout(
        double=double,
        baseline=usual_indent(lines),
        # Doubled spacing marks breaks itself: the short-line rule is off there.
        short_line=0 if double else full_line,
        full_line=full_line,
        unwrapped=unwrapped,
    )
    lead = single_lead(contents, lines, wide=full_line) if double else 0
    if lead:
        single = attrs.evolve(layout, double=False, short_line=full_line)
        return (Region(0, lead, single), Region(lead, len(lines), layout))
    return (Region(0, len(lines), layout),)


def is_unwrapped(contents: Sequence[str], lines: Lines) -> bool:
    """Whether a text is written one paragraph a line, never wrapped: a few of its lines
    are too long for any page (:data:`_UNWRAPPED_LINE`), and no line of text goes on with
    the sentence the line above it leaves open (a lower-case start, or a script without
    case, under a line of text that ends no sentence)."""
    if sum(len(text) >= _UNWRAPPED_LINE for text in contents) < _UNWRAPPED_LINES:
        return False
    for above, line in itertools.pairwise(lines):
        if above is None or line is None or line.kind != Kind.TEXT or line.indent:
            continue
        if above.kind == Kind.NOISE or above.text.endswith(SENTENCE_END):
            continue
        first = line.text[:1]
        if first.isalpha() and first.lower() == first:
            return False  # a sentence wraps ("... the Group" / "will have to ...")
    return True


def single_lead(contents: Sequence[str], lines: Lines, *, wide: int | None = None) -> int:
    """Where a leading region written one paragraph per line ends in a double-spaced
    text (0: there is none).

    The region runs from the start to the first strong gap (two empty lines or more, or
    a line of white space) after its first line, which must come before the first
    evidence of doubled spacing (a sentence running on over an empty line, see
    :func:`_wraps_over_gap`); it holds three text lines or more, and its text lines
    mostly end a sentence (or a salutation, with a comma).  ``wide``:
    :func:`full_line_length`, when known."""
    if wide is None:
        wide = full_line_length(contents, lines)
    seen = False  # a line of the region has been read
    for i, line in enumerate(lines):
        if line is None:
            continue
        if seen and lines[i - 1] is None and (lines[i - 2] is None or contents[i - 1]):
            return i if _one_per_line(lines, i) else 0
        seen = True
        if i + 1 < len(lines) and not contents[i + 1]:
            after = _after_furniture(lines, i + 2)
            if after is not None and _wraps_over_gap(line, after, len(contents[i]), wide):
                return 0
    return 0


def _one_per_line(lines: Lines, stop: int) -> bool:
    """Whether the lines before ``stop`` are written one paragraph per line: three text
    lines or more, most of them ending a sentence (or a salutation, with a comma)."""
    count = texts = ended = 0
    for line in itertools.islice(lines, stop):
        if line is None:
            continue
        count += 1
        if line.kind == Kind.TEXT:
            texts += 1
            ended += line.text.endswith((*SENTENCE_END, ","))
    return count >= _LEAD_MIN_LINES and ended >= 2 and 2 * ended >= texts
