"""Folding text for tolerant comparison of wordings and names."""

from __future__ import annotations

import unicodedata
from typing import Final

from wgec_parse.lazyre import LazyPattern

__all__ = ["UNSPACED", "WIDE_PUNCTUATION", "WRAPS_UNSPACED", "fold", "starts_unspaced"]

# The classes below span wide ranges of code points, which Python's compiler walks one
# by one: each is compiled only when first asked about text it could match (ASCII text,
# or for a match a first character below the class, is answered without it).

#: The ranges of code points of :data:`UNSPACED`: kana, CJK ideographs and their
#: extension A and compatibility ideographs.
_UNSPACED_RANGES: Final = (
    ("\u3040", "\u30ff"),
    ("\u3400", "\u4dbf"),
    ("\u4e00", "\u9fff"),
    ("\uf900", "\ufaff"),
)
#: A character of a script written without spaces between words (Chinese, Japanese).
UNSPACED: Final = LazyPattern(
    "[" + "".join(f"{lo}-{hi}" for lo, hi in _UNSPACED_RANGES) + "]", lowest="\u3040"
)

#: A character between two of which a wrap joins lines without a space: those of
#: :data:`UNSPACED` and the ideographic and full-width punctuation written with them.
WRAPS_UNSPACED: Final = LazyPattern(
    "[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]", lowest="\u3000"
)
#: Ideographic and full-width punctuation ("，", "。", "）"): no space follows it at a wrap,
#: whatever the next line starts with.
WIDE_PUNCTUATION: Final = LazyPattern(
    "[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]", lowest="\u3000"
)


def starts_unspaced(text: str) -> bool:
    """Whether ``text`` starts with a character of :data:`UNSPACED` (as
    ``UNSPACED.match(text)``, without compiling the class)."""
    first = text[:1]
    return first >= "\u3040" and any(lo <= first <= hi for lo, hi in _UNSPACED_RANGES)


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
