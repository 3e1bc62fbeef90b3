"""Folding text for tolerant comparison of wordings and names."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["UNSPACED", "WIDE_PUNCTUATION", "WRAPS_UNSPACED", "fold"]

#: A character of a script written without spaces between words (Chinese, Japanese).
UNSPACED: Final = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

#: A character between two of which a wrap joins lines without a space: those of
#: :data:`UNSPACED` and the ideographic and full-width punctuation written with them.
WRAPS_UNSPACED: Final = re.compile(
    "[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)
#: Ideographic and full-width punctuation ("，", "。", "）"): no space follows it at a wrap,
#: whatever the next line starts with.
WIDE_PUNCTUATION: Final = re.compile(
    "[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]"
)


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
