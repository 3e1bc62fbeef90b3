"""Line classification by the terminals of ``grammar/lines.lark``.

Each physical line is split into indent, marker, gap, text and trailing white space,
and given a *kind*: the kind of the first terminal (highest priority first) that
matches at the start of its content.  The kind says what the line could be; the
context rules of :mod:`wgec_parse.roles` decide what it is (a numbered line is a
question heading only when its title asks a question, a field is a field only in the
front matter, and so on).

Recognising a new style means adding one terminal to ``grammar/lines.lark``.  Its
``INLINE_`` terminals are no line's: :func:`inline_patterns` compiles them to be searched
for inside a line (page furniture and question keywords in a flattened page).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Final, NamedTuple

from wgec_parse.folding import fold
from wgec_parse.grammars import LATIN, latin_bands, line_terminals
from wgec_parse.lazyre import LazyPattern
from wgec_parse.numbering import cjk_to_int, question_number, roman_to_int

__all__ = [
    "FIELD_ALONE_MAX",
    "INDENT_WS",
    "INLINE",
    "INLINE_TERMINALS",
    "KINDS",
    "NOISE_SPACED_MAX",
    "TERMINALS",
    "WS",
    "Kind",
    "LineParts",
    "band_sources",
    "cjk_to_int",
    "classify",
    "fold",
    "inline_patterns",
    "kind_of",
    "match_terminal",
    "question_number",
    "roman_to_int",
]

#: Characters that count as white space in indentation, gaps and trailing runs.
WS: Final = (
    " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)
#: Indentation may also hold form feeds (pdftotext starts a page with one) and the
#: invisible direction marks and zero-width spaces that right-to-left text and Word
#: exports put before a line's first character.
INDENT_WS: Final = (
    WS + "\f\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)


class Kind:
    """The kinds a line can be classified as (plain strings, cheap to compare).

    A kind is the part of a ``grammar/lines.lark`` terminal's name before its first
    "_", lower-cased: ``NUMBER_DOT`` is a "number" line.
    """

    NOISE: Final = "noise"
    SIGNOFF: Final = "signoff"  # "Best regards," "-- " - a closing after the last answer
    QKEY: Final = "qkey"  # "Question 1:", "Q1.", "Вопрос 1." - always a heading
    NUMBER: Final = "number"  # "1)", "1.", "(1)", "II)" - a heading or a clause
    DASHNUM: Final = "dashnum"  # "1 -", "A.", "(B)" - a heading, otherwise plain text
    DOTTED: Final = "dotted"  # "1.1", "1.1.", "1.1)", "1.1.2" - a clause
    LETTER: Final = "letter"  # "(a)", "a)", "a.", "(i)", "i)" - a clause
    BULLET: Final = "bullet"  # a glyph followed by white space
    QUOTE: Final = "quote"  # "> " - a line of a quoted e-mail
    FIELD: Final = "field"  # "Date: ...", "Submitted by" - a field in front matter
    TEXT: Final = "text"


#: Every kind.
KINDS: Final = frozenset(
    value for name, value in vars(Kind).items() if not name.startswith("_") and name.isupper()
)


class LineParts(NamedTuple):
    """One non-blank line, split and classified; the parts concatenate back to it."""

    kind: str  #: One of :class:`Kind`: what the line could be.
    indent: str  #: White space, form feeds and direction marks before the content.
    marker: str  #: The numbering, glyph or field name as written, or "".
    gap: str  #: White space after the marker.
    text: str  #: The rest, without trailing white space.
    trailing: str  #: White space after the text.
    terminal: str = ""  #: The ``lines.lark`` terminal that matched ("" for plain text).


def kind_of(terminal: str) -> str:
    """The kind of a ``lines.lark`` terminal: its name up to the first "_", lower-cased."""
    return terminal.partition("_")[0].lower()


#: The "kind" of the ``INLINE_`` terminals, which are no kind of line: forms searched
#: for inside a line (see :func:`inline_patterns`).
INLINE: Final = "inline"


def _terminals(terminals: Iterable[tuple[str, str, int]]) -> list[tuple[str, str]]:
    """The line terminals (name, regular expression, priority) as (name, regular
    expression), highest priority first, as lark's basic lexer tries them; the catch-all
    TEXT is left out."""
    ordered = sorted(terminals, key=lambda t: (-t[2], t[0]))
    return [(name, regexp) for name, regexp, _ in ordered if name != "TEXT"]


_ALL: Final = tuple(_terminals(line_terminals()))
#: The line terminals, highest priority first.
TERMINALS: Final = tuple((name, rx) for name, rx in _ALL if kind_of(name) != INLINE)
#: The inline terminals (``INLINE_``), highest priority first.
INLINE_TERMINALS: Final = tuple((name, rx) for name, rx in _ALL if kind_of(name) == INLINE)


def inline_patterns(prefix: str) -> dict[str, LazyPattern]:
    """The inline terminals whose names start with ``prefix`` ("INLINE_PAGE"), each
    compiled on its own (on first use) to be searched for inside a line (one pattern
    that opens with a letter or a class is searched much faster than an alternation of
    several)."""
    return {name: LazyPattern(rx) for name, rx in INLINE_TERMINALS if name.startswith(prefix)}


def _band(terminals: Iterable[tuple[str, str]], *kinds: str) -> str:
    """One pattern trying the terminals of ``kinds`` in priority order.

    Each terminal is named by an empty group after it, the last group to match
    (``lastgroup``): a group around it would hide its first character from the regular
    expression engine, which skips an alternative that starts with a character or a
    class the text does not start with without entering it."""
    chosen = [(name, rx) for name, rx in terminals if kind_of(name) in kinds]
    return "|".join(f"(?:{rx})(?P<{name}>)" for name, rx in chosen)


# The terminals fall in four bands of priority: whole lines (noise, sign-offs), then
# markers, then fields, then openings of text.  Each band is one pattern, tried only
# where it can match: a whole line with a space is short ("Страница 12 из 30", "Best
# regards,"), and a field holds a colon, or is a short name alone ("Submitted by") or
# before its value ("Soumis par la Fédération ...": only the line's first characters
# are tried).  Openings ("Please accept, Excellency, ...") may open a line of any length,
# and are tried when no other band matched; each fails on the line's first characters
# unless it can open it.  tests/test_markers.py checks the bounds against the
# terminals, and the bands' order against lark's lexer.
_BAND_KINDS: Final = {
    "noise": (Kind.NOISE, Kind.SIGNOFF),
    "marker": (
        Kind.DOTTED,
        Kind.NUMBER,
        Kind.DASHNUM,
        Kind.LETTER,
        Kind.BULLET,
        Kind.QUOTE,
        Kind.QKEY,
    ),
    "field": (Kind.FIELD,),
    "opening": (Kind.TEXT,),
}


def band_sources(terminals: Iterable[tuple[str, str, int]]) -> dict[str, str]:
    """The pattern of each band, by name, from the line terminals (name, regular
    expression, priority) as :func:`~wgec_parse.grammars.line_terminals` gives them."""
    lines = [(name, rx) for name, rx in _terminals(terminals) if kind_of(name) != INLINE]
    return {band: _band(lines, *kinds) for band, kinds in _BAND_KINDS.items()}


class _Bands(NamedTuple):
    noise: LazyPattern
    marker: LazyPattern
    field: LazyPattern
    opening: LazyPattern


def _bands() -> tuple[_Bands, _Bands]:
    """The bands, and the bands narrowed to text in Latin script where they are shipped
    for the bands of these terminals (else the bands themselves), each compiled on its
    first use: a submission in English compiles only the narrowed ones, about half the
    work of Python's regular expression compiler (see :func:`grammars.narrowed`)."""
    sources = band_sources(line_terminals())
    shipped = latin_bands()
    whole = _Bands(**{name: LazyPattern(rx) for name, rx in sources.items()})
    narrowed = _Bands(
        **{
            name: LazyPattern(shipped[name][1])
            if shipped.get(name, ("", ""))[0] == rx
            else getattr(whole, name)
            for name, rx in sources.items()
        }
    )
    return whole, narrowed


_WHOLE_BANDS, _LATIN_BANDS = _bands()
_NOISE_BAND: Final = _WHOLE_BANDS.noise
_MARKER_BAND: Final = _WHOLE_BANDS.marker
_FIELD_BAND: Final = _WHOLE_BANDS.field
_OPENING_BAND: Final = _WHOLE_BANDS.opening
#: Runs of characters beyond the first range of :data:`~wgec_parse.grammars.LATIN` (a
#: class of few code points, quick to compile), whose characters are then looked up in
#: the other ranges.
_BEYOND_FIRST: Final = LazyPattern(f"[^\\u{LATIN[0][0]:04x}-\\u{LATIN[0][1]:04x}]+")
_OTHER_RANGES: Final = tuple((chr(low), chr(high)) for low, high in LATIN[1:])


def _is_latin(text: str) -> bool:
    """Whether every character of ``text`` is in :data:`~wgec_parse.grammars.LATIN`."""
    if text.isascii():
        return True
    for run in _BEYOND_FIRST.findall(text):
        for ch in run:
            if not any(low <= ch <= high for low, high in _OTHER_RANGES):
                return False
    return True


#: The longest whole-line noise or sign-off that holds a space: an e-mail's line over
#: the message forwarded, "--- Пересылаемое сообщение ---" with its spaces and 23 dashes
#: a side, is 70 characters (a download link of three words, "Télécharger ... (xlsx;
#: 000.0 kb)", is 67).
NOISE_SPACED_MAX: Final = 70
#: The longest field name without a colon.
FIELD_ALONE_MAX: Final = 24
#: The kind of each terminal.
_KIND_OF: Final = {name: kind_of(name) for name, _ in TERMINALS}
#: The whole-line terminals: their text is the line's text, with no marker.
_WHOLE_LINE: Final = frozenset(
    name
    for name, _ in TERMINALS
    if kind_of(name) in (Kind.NOISE, Kind.SIGNOFF, Kind.TEXT) or name == "FIELD_ALONE"
)


#: The bands a line in Latin script is tried against: the narrowed ones, until a line in
#: another script has been tried against the whole ones, which answer alike; from then
#: on those, so that a submission in Russian or Chinese does not compile both.
_for_latin: _Bands = _LATIN_BANDS


def _match(text: str) -> re.Match[str] | None:
    global _for_latin
    if _is_latin(text):
        bands = _for_latin
    else:
        bands = _for_latin = _WHOLE_BANDS
    if len(text) <= NOISE_SPACED_MAX or " " not in text:
        m = bands.noise.match(text)
        if m is not None:
            return m
    m = bands.marker.match(text)
    if m is None:
        if ":" in text or "：" in text or len(text) <= FIELD_ALONE_MAX:
            m = bands.field.match(text)
        else:  # a field name running on into its value: the name is short
            m = bands.field.match(text[: FIELD_ALONE_MAX + 2])
        if m is None:
            m = bands.opening.match(text)
    return m


def match_terminal(text: str) -> str | None:
    """The name of the first line terminal that matches at the start of ``text``."""
    m = _match(text)
    return None if m is None else m.lastgroup


# Built as tuples: a NamedTuple's own constructor costs four times as much, for every
# line of every document.
_parts: Final = functools.partial(tuple.__new__, LineParts)


def classify(content: str) -> LineParts:
    """Split one non-blank line and classify it by the first terminal that matches.

    A glyph with nothing after it, and a question keyword that runs on as a sentence
    ("Question 1 is about..."), are plain text.
    """
    body = content.lstrip(INDENT_WS)
    indent = content[: len(content) - len(body)]
    text = body.rstrip(WS)
    trailing = body[len(text) :]
    if not text:
        return _parts((Kind.NOISE, indent, "", "", text, trailing, ""))
    m = _match(text)
    if m is None:
        return _parts((Kind.TEXT, indent, "", "", text, trailing, ""))
    terminal = m.lastgroup
    kind = _KIND_OF[terminal]  # type: ignore[index]  # every group is a terminal
    if terminal in _WHOLE_LINE:
        if kind != Kind.FIELD:
            return _parts((kind, indent, "", "", text, trailing, terminal))
        return _parts((kind, indent, text, "", "", trailing, terminal))
    marker = m.group()
    rest = text[len(marker) :]
    stripped = rest.lstrip(WS)
    if (kind == Kind.BULLET and not stripped) or (
        kind == Kind.QKEY and marker[-1].isalnum() and stripped[:1].islower()
    ):
        return _parts((Kind.TEXT, indent, "", "", text, trailing, ""))
    gap = rest[: len(rest) - len(stripped)]
    return _parts((kind, indent, marker, gap, stripped, trailing, terminal))
