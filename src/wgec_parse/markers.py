"""Line classification by the terminals of ``grammar/lines.lark``.

Each physical line is split into indent, marker, gap, text and trailing white space,
and given a *kind*: the kind of the first terminal (highest priority first) that
matches at the start of its content.  The kind says what the line could be; the
context rules of :mod:`wgec_parse.roles` decide what it is (a numbered line is a
question heading only when its title asks a question, a field is a field only in the
front matter, and so on).

Recognising a new style means adding one terminal to ``grammar/lines.lark``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final, NamedTuple

from wgec_parse.grammars import lines_parser

__all__ = [
    "INDENT_WS",
    "TERMINALS",
    "WS",
    "Kind",
    "LineParts",
    "cjk_to_int",
    "classify",
    "fold",
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
    QKEY: Final = "qkey"  # "Question 1:", "Q1.", "Вопрос 1." - always a heading
    NUMBER: Final = "number"  # "1)", "1.", "(1)", "II)" - a heading or a clause
    DASHNUM: Final = "dashnum"  # "1 -", "A.", "(B)" - a heading, otherwise plain text
    DOTTED: Final = "dotted"  # "1.1", "1.1.", "1.1)", "1.1.2" - a clause
    LETTER: Final = "letter"  # "(a)", "a)", "a.", "(i)", "i)" - a clause
    BULLET: Final = "bullet"  # a glyph followed by white space
    FIELD: Final = "field"  # "Date: ...", "Submitted by" - a field in front matter
    TEXT: Final = "text"


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


def _terminals() -> list[tuple[str, str]]:
    """The line terminals as (name, regular expression), highest priority first, as
    lark's basic lexer tries them; the catch-all TEXT is left out."""
    terminals = sorted(lines_parser().terminals, key=lambda t: (-t.priority, t.name))
    return [(t.name, t.pattern.to_regexp()) for t in terminals if t.name != "TEXT"]


#: The line terminals, highest priority first.
TERMINALS: Final = tuple(_terminals())
_CLASSIFIER: Final = re.compile("|".join(f"(?P<{name}>{regexp})" for name, regexp in TERMINALS))
#: The whole-line noise kinds: their text is the line's text, with no marker.
_WHOLE_LINE: Final = frozenset(
    name for name, _ in TERMINALS if kind_of(name) == Kind.NOISE or name == "FIELD_ALONE"
)


def match_terminal(text: str) -> str | None:
    """The name of the first line terminal that matches at the start of ``text``."""
    m = _CLASSIFIER.match(text)
    return None if m is None else m.lastgroup


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
        return LineParts(Kind.NOISE, indent, "", "", text, trailing, "")
    m = _CLASSIFIER.match(text)
    if m is None:
        return LineParts(Kind.TEXT, indent, "", "", text, trailing)
    terminal = m.lastgroup
    assert terminal is not None
    kind = kind_of(terminal)
    if terminal in _WHOLE_LINE:
        if kind == Kind.NOISE:
            return LineParts(kind, indent, "", "", text, trailing, terminal)
        return LineParts(kind, indent, text, "", "", trailing, terminal)
    marker = m.group()
    rest = text[len(marker) :]
    stripped = rest.lstrip(WS)
    if (kind == Kind.BULLET and not stripped) or (
        kind == Kind.QKEY and marker[-1].isalnum() and stripped[:1].islower()
    ):
        return LineParts(Kind.TEXT, indent, "", "", text, trailing)
    gap = rest[: len(rest) - len(stripped)]
    return LineParts(kind, indent, marker, gap, stripped, trailing, terminal)


#: Chinese numerals, as in "问题一" and "（二）".
_CJK_DIGITS: Final = "一二三四五六七八九十"
_NUMBER_WORDS: Final = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
#: Arabic ordinals (masculine and feminine) up to the fifth: "السؤال الأول".
_ARABIC_ORDINALS: Final = {
    "الأول": 1,
    "الأولى": 1,
    "الثاني": 2,
    "الثانية": 2,
    "الثالث": 3,
    "الثالثة": 3,
    "الرابع": 4,
    "الرابعة": 4,
    "الخامس": 5,
    "الخامسة": 5,
}

_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(numeral: str) -> int | None:
    """The value of an upper- or lower-case roman numeral, or None."""
    total = 0
    prev = 0
    for ch in reversed(numeral.upper()):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        total += -value if value < prev else value
        prev = max(prev, value)
    return total or None


_DIGITS: Final = re.compile(r"\d+")
_CJK_NUMBER: Final = re.compile(f"[{_CJK_DIGITS}]{{1,3}}")


def cjk_to_int(numeral: str) -> int:
    """The value of a Chinese numeral from 一 (1) to 九十九 (99)."""
    if "十" not in numeral:
        return _CJK_DIGITS.index(numeral[-1]) + 1
    tens, _, units = numeral.partition("十")
    value = 10 * (_CJK_DIGITS.index(tens[-1]) + 1 if tens else 1)
    return value + (_CJK_DIGITS.index(units[-1]) + 1 if units else 0)


_ROMAN_PART: Final = re.compile(r"\b[IVXivx]{1,4}\b")


def question_number(marker: str, title: str = "") -> str:
    """The normalised number of a question heading: "Question 1:" and "II)" give "1", "2".

    A heading without a number is matched to the WGEC-2 guiding questions by wording;
    "" when nothing matches.
    """
    if marker:
        digits = _DIGITS.search(marker)
        if digits is not None:
            return str(int(digits.group()))
        roman = _ROMAN_PART.search(marker)
        if roman is not None:
            value = roman_to_int(roman.group())
            if value is not None:
                return str(value)
        letter = marker.strip("().")
        if len(letter) == 1 and "A" <= letter <= "H":  # "A.", "(B)": sections A to H
            return str(ord(letter) - ord("A") + 1)
        for word in marker.casefold().split():
            word = word.strip(".:：)-–—")
            number = _NUMBER_WORDS.get(word) or _ARABIC_ORDINALS.get(word)
            if number is not None:
                return str(number)
        cjk = _CJK_NUMBER.search(marker)
        if cjk is not None:
            return str(cjk_to_int(cjk.group()))
        return ""
    from wgec_parse.questions import match_wording

    return match_wording(title) or ""


def fold(text: str) -> str:
    """Fold text for tolerant comparison: case, accents, punctuation and spacing."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join(decomposed.translate(_FOLD_TABLE).split())


class _FoldTable(dict[int, str]):
    """``str.translate`` table, filled on first sight of each character: combining marks
    go, letters and digits stay, anything else becomes a space."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        value = "" if unicodedata.combining(ch) else ch if ch.isalnum() else " "
        if len(self) < _FOLD_TABLE_MAX:  # hostile text could name every code point
            self[code] = value
        return value


_FOLD_TABLE_MAX: Final = 20_000
_FOLD_TABLE: Final = _FoldTable()
