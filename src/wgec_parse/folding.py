"""Folding text for tolerant comparison of wordings and names."""

from __future__ import annotations

import unicodedata
from typing import Final

from wgec_parse.lazyre import LazyPattern

__all__ = [
    "TITLE_JOINS",
    "TRADITIONAL",
    "UNSPACED",
    "WIDE_PUNCTUATION",
    "WRAPS_UNSPACED",
    "fold",
    "simplified",
    "starts_unspaced",
]

#: The small words that join a title's words ("Characteristics of enhanced ...", "la
#: Agenda de Túnez"), folded.
TITLE_JOINS: Final = frozenset(
    ("of", "to", "for", "and", "the", "on", "de", "du", "des", "la", "le", "les", "et",
     "del", "y", "al")
)  # fmt: skip

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
    """Fold text for tolerant comparison: case, accents, punctuation and spacing, and the
    traditional Chinese characters of :data:`TRADITIONAL` to their simplified forms."""
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

#: Traditional Chinese characters of the words that wordings, topics, keywords and labels
#: are matched by, each with its simplified form: "問題1：加強合作的高層次特徵是什麼？"
#: folds as "问题1：加强合作的高层次特征是什么？" does, and "機構名稱" as "机构名称".
TRADITIONAL: Final = dict(
    zip(
        "問題強層徵麼慮屆組議別們應點個關於對機構稱聯絡單國際會網數碼經濟電郵區時"
        "間語體為與發進術資訊務實現見樣條還這讓調論壇證據標準業員門處導環織參協辦"
        "專義開計劃書報說認識權產設規則續適護內長東亞歐將從來過遞館級項類負責聲總"
        "統復謝興",
        "问题强层征么虑届组议别们应点个关于对机构称联络单国际会网数码经济电邮区时"
        "间语体为与发进术资讯务实现见样条还这让调论坛证据标准业员门处导环织参协办"
        "专义开计划书报说认识权产设规则续适护内长东亚欧将从来过递馆级项类负责声总"
        "统复谢兴",
        strict=True,
    )
)
_SIMPLIFIED: Final = {ord(old): new for old, new in TRADITIONAL.items()}
_FOLD_TABLE.update(_SIMPLIFIED)


def simplified(text: str) -> str:
    """``text`` with the traditional Chinese characters of :data:`TRADITIONAL` in their
    simplified forms ("問題二" is "问题二"), and nothing else changed."""
    return text.translate(_SIMPLIFIED)
