"""Language and length of a submission's text, without any model or extra dependency.

:func:`detect_language` tells the six UN languages apart in two steps:

1. **Script.**  Letters are counted by Unicode script.  Arabic letters make the text
   Arabic (``ar``), Cyrillic Russian (``ru``), Han ideographs Chinese (``zh``), when that
   script holds most of the letters.
2. **Stop words.**  Latin text is English, French or Spanish by which of three short
   lists of very common words (articles, prepositions, pronouns) it uses most; a text
   with no stop word of any list, or another script (Greek, Devanagari...), is ``""``
   (unknown).

The method reads one language per text: a bilingual submission gets its main one.  It
is meant for whole answers (a few sentences or more); a line or two may be read wrong.

:func:`count_words` counts what spaces separate, where it holds a letter or a digit
("multi-stakeholder", "l'Internet", "(2016)." are one word each; a dash alone is
none), and each Han, kana or Hangul character as one word, since those scripts write
no spaces.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Final

__all__ = ["LANGUAGES", "count_words", "detect_language", "direction"]

#: The languages :func:`detect_language` can give, by code.
LANGUAGES: Final = {
    "ar": "Arabic",
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "ru": "Russian",
    "zh": "Chinese",
}

_SCRIPT_LANGUAGE: Final = {"ARABIC": "ar", "CYRILLIC": "ru", "CJK": "zh"}

_STOP_TEXT: Final = {
    "en": "the of and to in is that for on are with as be by this it we should not an or "
    "which have has from at all its their",
    "fr": "le la les des du de et est une un pour dans que qui sur par au aux nous ne pas "
    "sont ce cette il elle être doit",
    "es": "el la los las del de y es una un para en que por con se su sus al como son "
    "no debe este esta",
}
_STOP_WORDS: Final = {code: frozenset(words.split()) for code, words in _STOP_TEXT.items()}

# Runs of letters, for the stop-word lists ("l'Internet" gives "l" and "Internet").
_LETTERS: Final = re.compile(r"[^\W\d_]+")
# What spaces separate: a word when it holds a letter or a digit.
_TOKEN: Final = re.compile(r"\S+")
# Han ideographs, kana, Hangul: each character is a word.
_SPACELESS: Final = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]"
)


def count_words(text: str) -> int:
    """How many words ``text`` holds (each Han, kana or Hangul character counts as one)."""
    spaceless = len(_SPACELESS.findall(text))
    rest = _SPACELESS.sub(" ", text)
    return spaceless + sum(1 for token in _TOKEN.findall(rest) if any(map(str.isalnum, token)))


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    if first in ("HIRAGANA", "KATAKANA", "HANGUL"):
        return "CJK"
    return first


def detect_language(text: str, *, sample: int = 20_000) -> str:
    """The language of ``text``: "ar", "en", "es", "fr", "ru", "zh", or "" (unknown).

    Only the first ``sample`` characters are read.  See the module's notes for the
    method and its limits.
    """
    text = text[:sample]
    scripts: Counter[str] = Counter(_script(ch) for ch in text if ch.isalpha())
    total = sum(scripts.values())
    if not total:
        return ""
    script, count = scripts.most_common(1)[0]
    if script in _SCRIPT_LANGUAGE and count * 2 >= total:
        return _SCRIPT_LANGUAGE[script]
    if script != "LATIN":
        return ""
    words = [w.casefold() for w in _LETTERS.findall(text)]
    hits = {code: sum(1 for w in words if w in stop) for code, stop in _STOP_WORDS.items()}
    best = max(hits, key=lambda code: hits[code])
    return best if hits[best] else ""


def direction(text: str) -> str:
    """ "rtl" when the first letter of ``text`` is of a right-to-left script (Arabic,
    Hebrew...), else "ltr": how a paragraph of it is laid out."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"
