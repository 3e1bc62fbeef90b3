"""Nesting of bullet lists and clauses, as bracket tokens (like lark's ``Indenter``).

The grammar is context-free because nesting is decided here: each new bullet item or
clause opens, keeps or closes levels, and every level opened or closed is a bracket
token (``_LIST_IN``/``_LIST_OUT``, ``_CLAUSE_IN``/``_CLAUSE_OUT``) in the token stream.
"""

from __future__ import annotations

import re
from typing import Final

from wgec_parse.markers import Kind
from wgec_parse.numbering import MARKER_STOPS

__all__ = [
    "CLAUSE_IN",
    "CLAUSE_OUT",
    "GLYPH_LEVEL",
    "LIST_IN",
    "LIST_OUT",
    "MAX_DEPTH",
    "BulletLevels",
    "ClauseLevels",
    "clause_style",
    "is_font_glyph",
]

#: Default deepest nesting of bullet items, and of clauses; deeper items become
#: siblings at this depth (nothing is dropped).
MAX_DEPTH: Final = 64
#: Largest ``max_depth`` a call may ask for.  Clauses and the bullets inside them nest
#: up to twice this deep, and Python compares, hashes and prints a tree by recursion:
#: at this cap a whole tree stays far from the interpreter's recursion limit (1000),
#: while about 400 levels of nodes exhaust it.
MAX_DEPTH_LIMIT: Final = 100

LIST_IN: Final = "_LIST_IN"
LIST_OUT: Final = "_LIST_OUT"
CLAUSE_IN: Final = "_CLAUSE_IN"
CLAUSE_OUT: Final = "_CLAUSE_OUT"

#: Word's default glyphs for list levels 1, 2 and 3: a deeper level's glyph after a
#: shallower one nests even where extraction dropped the indentation.
GLYPH_LEVEL: Final = {
    glyph: level
    for level, glyphs in enumerate(
        (("\uf0b7", "•", "●"), ("o", "◦", "○"), ("\uf0a7", "▪", "■")), start=1
    )
    for glyph in glyphs
}


class _Level:
    """One open bullet level."""

    __slots__ = ("glyph", "indent", "text_col")

    def __init__(self, glyph: str, indent: int, text_col: int) -> None:
        self.glyph = glyph
        self.indent = indent
        self.text_col = text_col


class BulletLevels:
    """The open levels of bullet lists, innermost last."""

    def __init__(self, max_depth: int = MAX_DEPTH) -> None:
        self.max_depth = max_depth
        self.levels: list[_Level] = []

    def __bool__(self) -> bool:
        return bool(self.levels)

    def hangs(self, indent: int) -> bool:
        """Whether a line indented ``indent`` lines up under the innermost item's text
        (a hanging-indent continuation of that item)."""
        if not self.levels:
            return False
        top = self.levels[-1]
        return indent > top.indent and indent + 1 >= top.text_col

    def close(self) -> list[str]:
        """Close every level: the brackets to emit."""
        out = [LIST_OUT] * len(self.levels)
        self.levels.clear()
        return out

    def place(self, glyph: str, indent: int, text_col: int, after_colon: bool) -> list[str]:
        """Open, keep or close levels for a new item: the brackets to emit.

        An item at two columns or more past the innermost one nests, but for one without
        a glyph where the innermost item's font glyph (U+F0xx) has its text: that glyph
        lost, it is the next item; a glyph seen at an open level returns to that level;
        another glyph nests after an item that ends with ":" or when it is a deeper Word
        level glyph (``after_colon`` says whether the block before the item ends with
        ":").
        """
        levels = self.levels
        if not levels:
            levels.append(_Level(glyph, indent, text_col))
            return [LIST_IN]
        top = levels[-1]
        if top.glyph == glyph and abs(top.indent - indent) <= 1:
            top.text_col = text_col
            return []
        if not glyph and is_font_glyph(top.glyph) and indent + 1 == top.text_col:
            return []  # "\uf0b7 item;" over "  item": the next item, its font glyph lost
        child = indent >= top.indent + 2
        if not child:
            for k in range(len(levels) - 1, -1, -1):
                level = levels[k]
                if level.glyph == glyph and abs(level.indent - indent) <= 1:
                    out = [LIST_OUT] * (len(levels) - k - 1)
                    del levels[k + 1 :]
                    level.text_col = text_col
                    return out
            child = glyph != top.glyph and (
                after_colon or GLYPH_LEVEL.get(glyph, 0) > GLYPH_LEVEL.get(top.glyph, 9)
            )
        if child and len(levels) < self.max_depth:
            levels.append(_Level(glyph, indent, text_col))
            return [LIST_IN]
        out = []
        while len(levels) > 1 and levels[-1].indent > indent + 1:
            levels.pop()
            out.append(LIST_OUT)
        levels[-1].text_col = text_col
        return out


def is_font_glyph(glyph: str) -> bool:
    """Whether a bullet's glyph is one of Word's Symbol or Wingdings fonts (private use,
    U+F000 to U+F0FF: U+F0B7, U+F0A7), which extraction may lose to white space."""
    return "\uf000" <= glyph[:1] <= "\uf0ff"


def unbracketed(marker: str) -> str:
    """A clause marker without the square brackets around it ("[1.2.]" is "1.2."), or
    the parentheses around a dotted number ("(3.1)" is "3.1")."""
    if len(marker) > 2 and marker[0] == "[" and marker[-1] == "]":
        return marker[1:-1]
    if len(marker) > 4 and marker[0] == "(" and marker[-1] == ")" and marker[1].isdigit():
        inside = marker[1:-1]
        if "." in inside.rstrip("."):
            return inside
    return marker


def _numeral(kind: str, marker: str) -> str:
    """A clause marker without its brackets and stops ("(a)" -> "a", "2." -> "2", "A．" ->
    "A"), and without the spaced dash of a section, dash number or letter ("2 -", "B –",
    "ب -" -> "2", "B", "ب")."""
    core = marker.strip(MARKER_STOPS)
    words = core.split()
    return words[0] if kind in (Kind.DASHNUM, Kind.LETTER) and len(words) == 2 else core


def clause_style(kind: str, marker: str, open_styles: list[tuple[str, str]]) -> str:
    """The numbering style of a clause marker: siblings share it, children differ.

    Styles: "d2" for "1.1" (dotted, two numbers), "n)" for "1)", "a(#)" for "(a)", "i#."
    for "iv.", "r#)" for "II)", "A#." for a section letter "A." read as a clause.  "i",
    "v" and "x" are letters after the letter before them at an open level ("i)" after
    "h)"), roman numerals otherwise.  ``open_styles`` are the open levels' (style, last
    number) pairs.
    """
    marker = unbracketed(marker)
    if kind == Kind.DOTTED:
        separators = marker.rstrip(".)").replace("/", ".").replace("-", ".")
        return f"d{separators.count('.') + 1}"
    if kind == Kind.NUMBER and marker[1:2] == "." and marker[2:3].isdigit():
        marker = marker.rstrip(".")  # "A.1" and "A.1." one style, as "1.1" and "1.1." are
    core = _numeral(kind, marker)
    shape = marker.replace(core, "#", 1)
    if kind == Kind.LETTER:
        if core in ("i", "v", "x"):
            previous = chr(ord(core) - 1)
            letter = "a" + shape
            if any(style == letter and last == previous for style, last in open_styles):
                return letter
            return "i" + shape
        return ("i" if len(core) > 1 else "a") + shape
    if kind == Kind.DASHNUM and core.isalpha() and len(core) == 1:
        return "A" + shape  # sections "A." to "H." read as clauses
    numeral = _NUMERAL.search(marker)
    if numeral is not None and not core.isdigit():
        # Digits or Chinese numerals inside other signs: "（一）", "一、", "第一，",
        # "（1）", "1、", "１．" each a style of its own.
        digits = numeral.group()
        return ("n" if digits.isdigit() else "c") + marker.replace(digits, "#", 1)
    if core.isdigit() and not core.isdecimal():  # circled numbers: "①" "②"
        return "o" + shape
    return ("n" if core.isdigit() else "r") + shape


#: The number inside a marker: digits of any script, or Chinese numerals.
_NUMERAL: Final = re.compile(r"\d+|[一二三四五六七八九十]+")


#: The first number of a sequence, in each numbering.
_FIRSTS: Final = frozenset(("1", "a", "i", "A", "I", "一", "١", "۱", "１", "а", "أ", "①"))


def _starts(marker: str) -> bool:
    """Whether a clause marker is the first of its sequence ("1.", "(a)", "i)", "一、")."""
    marker = unbracketed(marker)
    numeral = _NUMERAL.search(marker)
    core = numeral.group() if numeral is not None else marker.strip(MARKER_STOPS)
    return core in _FIRSTS or (core.isdecimal() and int(core) == 1)


def _dotted_core(marker: str) -> str:
    """A dotted clause number without its brackets and final full stop, its slashes and
    hyphens read as full stops ("(2/1)." gives "2.1")."""
    return unbracketed(marker).strip("().").rstrip(".").replace("/", ".").replace("-", ".")


def _follows(last: str, number: str) -> bool:
    """Whether ``number`` comes right after ``last``: "2.9" after "2.8", "3" after "2"."""
    before, after = last.split("."), number.split(".")
    if len(before) != len(after) or before[:-1] != after[:-1]:
        return False
    return (
        before[-1].isdecimal() and after[-1].isdecimal() and int(after[-1]) == int(before[-1]) + 1
    )


class ClauseLevels:
    """The open levels of clause numbering, outermost first."""

    def __init__(self, max_depth: int = MAX_DEPTH) -> None:
        self.max_depth = max_depth
        self.levels: list[tuple[str, str]] = []  # (style, last number)
        self.indents: list[int] = []  # the indent of each level's first clause

    def close(self) -> list[str]:
        """Close every level below the first: the brackets to emit (a question ends
        the clauses of the one before)."""
        out = [CLAUSE_OUT] * max(0, len(self.levels) - 1)
        self.levels.clear()
        self.indents.clear()
        return out

    def fits(self, marker: str) -> bool:
        """Whether a dotted clause number fits the open levels: it starts a sequence
        ("2.1"), or it is the next, the first under, or again the last number of an
        open level ("2.9" after "2.8", "2.5.1" under "2.5", "2.5" again)."""
        return _dotted_core(marker).endswith(".1") or self.continues(marker)

    def continues(self, marker: str) -> bool:
        """Whether a dotted clause number goes on from an open level: the next, the
        first under, or again the last number of one ("2.9" after "2.8", "2.5.1" under
        "2.5", "2.5" again), not merely a sequence's start."""
        core = _dotted_core(marker)
        for _, last in self.levels:
            last = last.rstrip(".").replace("/", ".").replace("-", ".")
            if core in (last, last + ".1") or _follows(last, core):
                return True
        return False

    def place(self, kind: str, marker: str, indent: int = 0) -> list[str]:
        """Open, keep or close levels for a new clause at ``indent``: the brackets to
        emit.

        A known style is a sibling at its level (deeper levels close); a new style is a
        child of the innermost clause, and so is a known style that starts again at its
        first number further in than its level ("1." indented under "1. ...:", as
        Word's "List Number 2" shows it).
        """
        style = clause_style(kind, marker, self.levels)
        core = _numeral(kind, unbracketed(marker))
        levels, indents = self.levels, self.indents
        same = [k for k, (open_style, _) in enumerate(levels) if open_style == style]
        if same:
            k = self._level_of(same, indent)
            deeper = kind != Kind.DOTTED and indent > indents[k] and _starts(marker)
            if not (len(same) == 1 and deeper):
                out = [CLAUSE_OUT] * (len(levels) - k - 1)
                del levels[k + 1 :], indents[k + 1 :]
                levels[k] = (style, core)
                return out
        if not levels:
            levels.append((style, core))
            indents.append(indent)
            return []
        if len(levels) < self.max_depth:
            levels.append((style, core))
            indents.append(indent)
            return [CLAUSE_IN]
        levels[-1] = (levels[-1][0], core)
        return []

    def _level_of(self, same: list[int], indent: int) -> int:
        """Of the open levels ``same`` (of one style), the one a clause at ``indent``
        continues: the deepest not further in than it (the outermost if all are)."""
        fitting = [k for k in same if self.indents[k] <= indent]
        return fitting[-1] if fitting else same[0]
