"""Line classification: one named pattern per numbering, bullet or noise style.

Each physical line is split into indent, marker, gap, text and trailing white space,
and given a *kind*.  The kind says what the line could be; :mod:`wgec_parse.lexer`
decides from context what it is (a numbered line is a question heading only when its
title asks a question, a field is a field only in the front matter, and so on).

Recognising a new style means adding one named alternative to a pattern below.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = [
    "BULLET_GLYPHS",
    "WS",
    "Kind",
    "classify",
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
    """The kinds a line can be classified as (plain strings, cheap to compare)."""

    NOISE: Final = "noise"
    QKEY: Final = "qkey"  # "Question 1:", "Q1.", "Вопрос 1." - always a heading
    NUMBER: Final = "number"  # "1)", "1.", "(1)", "II)" - a heading or a clause
    DASHNUM: Final = "dashnum"  # "1 -", "A.", "(B)" - a heading, otherwise plain text
    DOTTED: Final = "dotted"  # "1.1", "1.1.", "1.1)", "1.1.2" - a clause
    LETTER: Final = "letter"  # "(a)", "a)", "a.", "(i)", "i)" - a clause
    BULLET: Final = "bullet"  # a glyph followed by white space
    FIELD: Final = "field"  # "Date: ...", "Submitted by" - a field in front matter
    TEXT: Final = "text"


#: Bullet glyphs, as written by Word, pdftotext and hand typing.
BULLET_GLYPHS: Final = (
    "\uf0b7"  # Word Symbol-font bullet (private use)
    "\uf0a7"  # Word Wingdings square (private use)
    "\uf0d8"  # Word Wingdings arrow (private use)
    "\uf0fc"  # Word Wingdings check mark (private use)
    "•◦▪■□●○▫►▸‣⁃∙·"
    "–—-*"
    "➢➤✓✔"
)

_QUESTION_WORDS: Final = (
    r"(?:(?i:(?:response|reply|replies|answers?|comments?|input)[ \u00a0](?:to|on)"
    r"[ \u00a0](?:the[ \u00a0])?|guiding[ \u00a0]))?"
    r"(?:(?i:question|questão|cuestión|pregunta|вопрос|frage)|Q|Q\.|问题|问|السؤال|سؤال)"
)
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
#: Chinese numerals, as in "问题一" and "（二）".
_CJK_DIGITS: Final = "一二三四五六七八九十"
_QUESTION_NUMBER: Final = (
    r"(?:\d{1,2}|[IVX]{1,4}|(?i:one|two|three|four|five)"
    rf"|[{_CJK_DIGITS}]{{1,3}}|(?:الأول|الثاني|الثالث|الرابع|الخامس)[ىة]?)"
)

# Markers at the start of the line's content (after the indent).  Every alternative is
# anchored at the start and bounded, so matching is linear.  No text matches two of
# them (tests/test_markers.py checks it), so their order is only a matter of speed: the
# cheap numberings first, the question words last.
_MARKER_ALTERNATIVES: Final = {
    "dotted": r"\d{1,3}(?:\.\d{1,3}){1,5}[.)]?(?=\s|$)",
    "number": (
        r"(?:\(\d{1,2}\)|\d{1,2}[.)]|\(?[IVX]{1,4}[.)])(?=\s|$)"
        rf"|[{_CJK_DIGITS}]{{1,3}}、|[（(][{_CJK_DIGITS}]{{1,3}}[）)]|（\d{{1,2}}）"
    ),
    "dashnum": r"(?:\d{1,2}[ \u00a0][-–—]|[A-H][.)]|\([A-H]\))(?=\s)",
    "letter": r"(?:\([a-z]\)|[a-z][.)]|\([ivx]{1,4}\)|[ivx]{1,4}\))(?=\s)",
    "bullet": rf"(?:[{re.escape(BULLET_GLYPHS)}]|o)(?=\s|$)",
    # "：" and "、" need no space after them.
    "qkey": (
        rf"(?:{_QUESTION_WORDS})[ \u00a0]?(?:n°|nº|No\.|№)?[ \u00a0]?{_QUESTION_NUMBER}"
        r"(?:[ \u00a0]?[.:：)\-–—]?(?=\s|$)|[ \u00a0]?[：、])"
    ),
}
# What every marker starts with: anything but two ASCII letters, or the letters that
# open a roman numeral or a question word.  Most lines of prose fail this at once.
# (Letters are matched by explicit classes, which is faster than ignoring case; "ſ"
# is the one other letter that a case-blind "s" matches.)
_MARKER_START: Final = (
    r"(?=[^a-zA-Z]|[a-zA-Z](?![a-zA-Z])|[IVXivx]{2}|[Qq]|[Rr][Ee][SsſPp]|[Aa][Nn][Ssſ]"
    r"|[Cc][Oo][Mm][Mm]|[Cc][Uu][Ee]|[Ii][Nn][Pp]|[Gg][Uu]|[Pp][Rr][Ee][Gg]|[Ff][Rr][Aa])"
)
_MARKER: Final = re.compile(
    _MARKER_START
    + "(?:"
    + "|".join(f"(?P<{name}>{body})" for name, body in _MARKER_ALTERNATIVES.items())
    + ")"
)

# A memo or cover field: a name of one to four words, then a colon.
_FIELD: Final = re.compile(
    r"""
    (?!https?:|ftp:|mailto:)
    [^\W\d_][\w.'’()/&-]*(?:[ \u00a0][\w.'’()/&-]+){0,3}
    (?:[ \u00a0]?[:：](?=\s|$)|[ \u00a0]?：)  # Chinese writes no space after "："
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The field names that stand alone, their value on the next line.
_FIELD_ALONE: Final = re.compile(
    r"Submitted\ by|Submitted\ on\ behalf\ of|Soumis\ par|Presentado\ por|Представлено",
    re.VERBOSE | re.IGNORECASE,
)

# Lines that belong to no structure.
_NOISE_ALTERNATIVES: Final = r"""
    <?(?:https?://|ftp://|www\.|mailto:)\S+>?          # a bare URL
  | (?:[-–—][ \u00a0]?)?\d{1,4}(?:[ \u00a0]?[-–—])?     # 3, - 3 -, – 3 –
  | (?:Page|Página|Pág\.|Стр\.|Страница|Seite|页)[ \u00a0]?\d{1,4}
      (?:[ \u00a0]?(?:of|de|sur|из|/)[ \u00a0]?\d{1,4})?  # Page 3 of 7
  | \d{1,4}[ \u00a0]?/[ \u00a0]?\d{1,4}                  # 3/7
  | [_=*\-]{3,}                                        # a separator rule
"""
# What the alternatives start with, tested first: most lines fail it at once.
_NOISE_START: Final = "(?=[-–—<\\d_=*hfwmpsс页])"
_NOISE: Final = re.compile(f"{_NOISE_START}(?:{_NOISE_ALTERNATIVES})", re.VERBOSE | re.IGNORECASE)


#: The longest noise line with a space ("Страница 1234 из 1234").
_NOISE_SPACED_MAX: Final = 30
#: The longest field name without a colon ("Submitted on behalf of").
_FIELD_ALONE_MAX: Final = 24


def classify(content: str) -> tuple[str, str, str, str, str, str]:
    """Split one non-blank line and classify it.

    Returns ``(kind, indent, marker, gap, text, trailing_ws)``; the parts concatenate
    back to ``content``.
    """
    body = content.lstrip(INDENT_WS)
    indent = content[: len(content) - len(body)]
    text = body.rstrip(WS)
    trailing = body[len(text) :]
    # Longer noise is a URL or a rule, which hold no space: most lines skip the pattern.
    if not text or (
        (len(text) <= _NOISE_SPACED_MAX or " " not in text) and _NOISE.fullmatch(text) is not None
    ):
        return Kind.NOISE, indent, "", "", text, trailing
    m = _MARKER.match(text)
    if m is not None:
        marker = m.group()
        rest = text[len(marker) :]
        stripped = rest.lstrip(WS)
        kind = m.lastgroup or Kind.TEXT
        if kind == Kind.BULLET and not stripped:
            return Kind.TEXT, indent, "", "", text, trailing
        if kind == Kind.QKEY and marker[-1].isalnum() and stripped[:1].islower():
            # "Question 1 is about..." runs on as a sentence: not a heading.
            return Kind.TEXT, indent, "", "", text, trailing
        return kind, indent, marker, rest[: len(rest) - len(stripped)], stripped, trailing
    # A field name ends with a colon; only the short "Submitted by" lines lack one.
    if ":" in text or "：" in text:
        f = _FIELD.match(text)
        if f is not None:
            marker = f.group()
            rest = text[len(marker) :]
            stripped = rest.lstrip(WS)
            return Kind.FIELD, indent, marker, rest[: len(rest) - len(stripped)], stripped, trailing
    if len(text) <= _FIELD_ALONE_MAX and _FIELD_ALONE.fullmatch(text) is not None:
        return Kind.FIELD, indent, text, "", "", trailing
    return Kind.TEXT, indent, "", "", text, trailing


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
