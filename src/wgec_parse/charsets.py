"""Which legacy encoding a text file is in, when it is not UTF-8 and has no byte order mark.

A leaf module (it imports nothing of the package), used by :mod:`wgec_parse.reading` to
decode files and by the ``encoding-guess`` rule to re-derive how sure that was.

The bytes are decoded in every encoding of :data:`CANDIDATES` that reads them whole and
writes them back unchanged, with no C1 control character; readings that give the same
text are one reading, named by the first of its encodings in :data:`CANDIDATES` (so
plain French is "cp1252", not "cp1250" or "cp1254", which read it alike).  The distinct
readings are then scored, a penalty in rough units of one odd letter or word:

* chardet's confidence in each reading (its language models: letter pairs of each
  language): each tenfold drop below the best reading's counts for a quarter of the
  non-ASCII bytes (10 units at most), three drops at most;
* non-ASCII letters that no one language served by the code page writes (a Turkish "ı"
  read as Czech "ý" among Romanian "ţ" and Croatian "đ" fits no language);
* words that mix scripts (Cyrillic letters among Latin accents), words that change to
  upper case inside (a Russian text in cp1251 read as KOI8-R comes out as "пРОЕКТ"),
  symbols where letters should be (box-drawing characters, "¹" inside a Polish word),
  and words made of punctuation ("«·„„·ﬂ…": Arabic read as Mac Roman);

and the least penalised is taken.  Its confidence is ``1 - exp(-lead / 2)``, from its
lead over the next reading: a text of a few words may read about as well in two code
pages.  Under 0.1 no reading stands out and nothing is guessed.  See docs/reading.md
for the measurements behind these choices.
"""

from __future__ import annotations

import codecs
import functools
import itertools
import math
import re
import unicodedata
from collections import Counter
from typing import Final

import attrs

__all__ = [
    "CANDIDATES",
    "LOW_CONFIDENCE",
    "Guess",
    "guess_legacy",
    "utf16_without_bom",
]

#: The legacy encodings tried, by Python's codec names; when readings tie, the earlier
#: name is the one recorded.
CANDIDATES: Final = (
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1254",
    "cp1257",
    "cp1253",
    "cp1255",
    "cp1256",
    "cp1258",
    "mac-roman",
    "koi8-r",
    "gbk",
    "gb18030",
    "big5",
    "shift_jis",
)
#: Below this confidence, a guess is reported by the ``encoding-guess`` rule.
LOW_CONFIDENCE: Final = 0.5
# The bytes looked at to score readings: enough to tell code pages apart.
_SAMPLE: Final = 32_768
# Up to this many non-ASCII bytes, chardet's confidence weighs more as the bytes grow
# in number.
_WEIGHT_BYTES: Final = 40
# A reading chardet finds this many powers of ten less likely than the best counts as
# unlikely as it gets.
_MAX_DECADES: Final = 3.0
# A lead of this many odd letters or words over the next reading gives a confidence of
# 1 - 1/e (0.63).
_LEAD_SCALE: Final = 2.0
# A guess less sure than this is no guess: the readings within the lead it takes are tied.
_REFUSE: Final = 0.1
_TIE: Final = -_LEAD_SCALE * math.log(1 - _REFUSE)

# The letters (beyond ASCII) of the languages each Latin code page serves; a code page
# whose letters are all of one script needs no list (see _alphabets).
_WESTERN: Final = (
    "àâæçéèêëîïôœùûüÿ",  # French
    "äöüß",  # German
    "áéíñóúü",  # Spanish
    "áâãàçéêíóôõú",  # Portuguese
    "àèéìíîòóùú",  # Italian
    "áéíóúëïöüèà",  # Dutch, Irish, Catalan
    "æøåäöéü",  # Danish, Norwegian, Swedish, Finnish
    "áðéíóúýþæö",  # Icelandic
    "çë",  # Albanian
    "äöõüšž",  # Estonian, Finnish
)
_LATIN: Final[dict[str, tuple[str, ...]]] = {
    "cp1252": _WESTERN,
    "mac-roman": _WESTERN,
    "cp1250": (
        "ąćęłńóśźż",  # Polish
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "áéíóöőúüű",  # Hungarian
        "čćđšž",  # Slovene, Croatian, Bosnian
        "ăâîşţ",  # Romanian
        "çë",  # Albanian
        "äöüß",  # German
    ),
    "cp1254": ("çğıİöşüâîû", *_WESTERN[:-2], "çë"),
    "cp1257": (
        "ąčęėįšųūž",  # Lithuanian
        "āčēģīķļņšūž",  # Latvian
        "äöõüšž",  # Estonian
        "ąćęłńóśźż",  # Polish
        "äöüß",  # German
        "æøåäöéü",  # Nordic
    ),
    "cp1258": ("àáâãèéêìíòóôõùúýăđơư", *_WESTERN[:-1]),
}
# Punctuation and signs that are at home among the letters of any text.
_COMMON_SIGNS: Final = frozenset("“”‘’„‚«»‹›–—…•·°№€£¥§©®™×÷±¡¿¶†‡\u00a0\u00ad")
_C1: Final = re.compile("[\u0080-\u009f]")
# UTF-16 without a byte order mark: NUL bytes on one side of the pairs outnumber those
# on the other (from characters such as U+4E00) this many times at least, and 1 in
# _UTF16_ODD ASCII units at most is not printable.
_UTF16_SIDE: Final = 4
_UTF16_ODD: Final = 20
_SPACE_BYTES: Final = frozenset(b"\t\n\r\f\v")
_MULTIBYTE: Final = frozenset(("gbk", "gb18030", "big5", "shift_jis"))


@attrs.frozen
class Guess:
    """A legacy encoding chosen for some bytes, and how sure the choice is."""

    text: str  #: The bytes decoded.
    encoding: str  #: Python's name for the codec ("cp1251", "gbk").
    confidence: float  #: 0 to 1; below :data:`LOW_CONFIDENCE` the choice is weak.
    #: When no reading stands out (a confidence under 0.1), the encodings that read the
    #: bytes about equally well; else empty.
    tied: tuple[str, ...] = ()
    #: The encoding of the next best reading (None when no other encoding reads them).
    runner_up: str | None = None


@functools.lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """The script of a letter, as the first word of its Unicode name ("LATIN")."""
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    return "CJK" if first in ("CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH") else first


@functools.cache
def _alphabets(encoding: str) -> tuple[frozenset[str], ...]:
    """The sets of non-ASCII letters (both cases) one language of ``encoding`` writes."""
    latin = _LATIN.get(encoding)
    if latin is not None:
        return tuple(frozenset(a + a.upper()) for a in latin)
    if codecs.lookup(encoding).name in _MULTIBYTE:
        return ()
    # A code page of one script beyond Latin: its letters of that script.
    letters = set(bytes(range(0x80, 0x100)).decode(encoding, errors="ignore"))
    scripts: dict[str, set[str]] = {}
    for ch in letters:
        if ch.isalpha() or unicodedata.category(ch) == "Mn":
            scripts.setdefault(_script(ch), set()).add(ch)
    scripts.pop("LATIN", None)
    return tuple(frozenset(s) for s in scripts.values())


@attrs.frozen
class _Features:
    letters: int  # non-ASCII letters (and combining marks)
    misfits: int  # those that no one language of the code page writes
    mixed: int  # non-ASCII words mixing scripts
    camel: int  # non-ASCII words changing to upper case inside ("пРОЕКТ")
    symbols: int  # non-ASCII symbols and controls that are not common signs
    clutter: int  # words made of non-ASCII punctuation more than of letters ("«·„„·ﬂ…")


@functools.lru_cache(maxsize=4096)
def _odd(ch: str) -> bool:
    """A character out of place among words: a symbol, a control, a superscript or
    fraction, unless a sign common in any text."""
    return ch not in _COMMON_SIGNS and unicodedata.category(ch)[0] in "SCN"


def _features(words: Counter[bytes], encoding: str) -> _Features:
    """The features of a reading, from the words holding non-ASCII bytes (by count):
    ASCII reads alike in every candidate, so the other words tell nothing."""
    chars: Counter[str] = Counter()
    mixed = camel = clutter = 0
    for raw, count in words.items():
        word = raw.decode(encoding, errors="replace")
        outside = [ch for ch in word if ord(ch) > 0x7F]
        for ch in outside:
            chars[ch] += count
        alpha = [ch for ch in word if ch.isalpha()]
        if len({_script(ch) for ch in alpha}) > 1:
            mixed += count
        if _camel(word):
            camel += count
        signs = sum(1 for ch in outside if not ch.isalnum())
        if signs >= 2 and signs > len(alpha):
            clutter += count
    found = {ch: n for ch, n in chars.items() if _letter(ch)}
    letters = sum(found.values())
    fitting = max(
        (sum(n for ch, n in found.items() if ch in a) for a in _alphabets(encoding)),
        default=letters,
    )
    symbols = sum(n for ch, n in chars.items() if _odd(ch))
    return _Features(letters, letters - fitting, mixed, camel, symbols, clutter)


def _camel(word: str) -> bool:
    """Whether a lower-case letter is followed by an upper-case one in ``word``."""
    if word.islower() or word.isupper() or word[1:].islower():
        return False  # most words, told at once
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))


@functools.lru_cache(maxsize=4096)
def _letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch) == "Mn"


def _words(sample: bytes) -> Counter[bytes]:
    """The words of ``sample`` (split at ASCII white space, which no candidate uses
    inside a character) that hold a non-ASCII byte, by count."""
    return Counter(w for w in sample.split() if not w.isascii())


def _readings(data: bytes) -> dict[str, str]:
    """Each distinct text the candidates read ``data`` as, by the first encoding giving
    it; only readings that give the bytes back and hold no C1 control character."""
    found: dict[str, str] = {}
    seen: set[str] = set()
    for encoding in CANDIDATES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text in seen or _C1.search(text) or text.encode(encoding) != data:
            continue
        seen.add(text)
        found[encoding] = text
    return found


def _likelihoods(data: bytes, readings: dict[str, str]) -> dict[str, float]:
    """chardet's confidence in each reading, relative to its best (1.0); 0 for a reading
    it does not give.  chardet may name a superset of a candidate (gb18030 for gbk,
    cp932 for shift_jis): its answer goes to the reading that gives the same text."""
    import chardet

    by_text = {text: encoding for encoding, text in readings.items()}
    found: dict[str, float] = {}
    for match in chardet.detect_all(
        data, ignore_threshold=True, include_encodings=list(readings), compat_names=False
    ):
        ours = _same_reading(data, match["encoding"], by_text)
        if ours is not None and ours not in found:
            found[ours] = float(match["confidence"] or 0.0)
    best = max(found.values(), default=0.0)
    return {e: (found.get(e, 0.0) / best if best > 0 else 0.0) for e in readings}


def _same_reading(data: bytes, encoding: str | None, by_text: dict[str, str]) -> str | None:
    """Our candidate whose reading of ``data`` is the same as ``encoding``'s."""
    if encoding is None:
        return None
    try:
        return by_text.get(data.decode(encoding))
    except (UnicodeDecodeError, LookupError):
        return None


def _penalty(features: _Features, likelihood: float, weight: float) -> float:
    """How unlikely a reading is, in rough units of one odd letter or word; ``weight``
    is what a tenfold drop of chardet's confidence counts for."""
    return (
        weight * min(-math.log10(max(likelihood, 1e-6)), _MAX_DECADES)
        + features.misfits
        + features.mixed
        + features.camel
        + features.symbols
        + features.clutter
    )


def guess_legacy(data: bytes) -> Guess | None:
    """The likeliest legacy reading of ``data`` (bytes that are not UTF-8), or None when
    no encoding of :data:`CANDIDATES` reads them."""
    readings = _readings(data)
    if not readings:
        return None
    if len(readings) == 1:
        ((encoding, text),) = readings.items()
        return Guess(text, encoding, 1.0)
    sample = data[:_SAMPLE]
    likelihoods = _likelihoods(sample, {e: t[: len(sample)] for e, t in readings.items()})
    weight = min(sum(1 for b in sample if b > 0x7F), _WEIGHT_BYTES) / 4
    words = _words(sample)
    ranked = sorted((_penalty(_features(words, e), likelihoods[e], weight), e) for e in readings)
    (best, encoding), (second, runner_up) = ranked[0], ranked[1]
    tied = tuple(sorted(e for p, e in ranked if p - best < _TIE)) if second - best < _TIE else ()
    return Guess(readings[encoding], encoding, _confidence(second - best), tied, runner_up)


def _confidence(lead: float) -> float:
    """How sure a guess is, from its lead over the next reading."""
    return round(1 - math.exp(-lead / _LEAD_SCALE), 3)


def utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when ``data`` reads as UTF-16 text without a byte order
    mark, else None.

    Such text has NUL bytes on one side of each pair only: the high bytes of its ASCII
    characters (spaces, line ends, digits, Latin letters), which every text has.  So
    the pairs with a NUL must be nearly all ASCII, with some white space among them, and
    the whole must decode with no control character but white space, no unpaired
    surrogate, no private-use or unassigned code point.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if min(even, odd) * _UTF16_SIDE > max(even, odd):
        return None
    encoding, low = ("utf-16-le", data[0::2]) if odd > even else ("utf-16-be", data[1::2])
    high = data[1::2] if odd > even else data[0::2]
    ascii_units = [b for b, h in zip(low, high, strict=True) if h == 0]
    printable = sum(1 for b in ascii_units if 0x20 <= b < 0x7F or b in _SPACE_BYTES)
    if printable * _UTF16_ODD < len(ascii_units) * (_UTF16_ODD - 1):
        return None
    if not any(b in _SPACE_BYTES or b == 0x20 for b in ascii_units):
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if any(_not_text(ch) for ch in set(text)):
        return None
    return encoding


def _not_text(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\t\n\r\f\v"
