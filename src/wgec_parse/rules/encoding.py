"""Text damaged on its way out of Word or PDF: lost characters, mojibake, stray codes; and
legacy encodings chosen with little evidence.

Mojibake (UTF-8 read as Windows-1252: "Ã©" for "é") is looked for only in text that came
to the package as Unicode (UTF-8, UTF-16/32, Word, PDF, a string) or from a Windows-1252
or Latin-1 file.  A file read in another legacy code page was read in that code page,
not in Windows-1252, and its letters may form the same byte pairs as UTF-8 (Arabic
"المبدأ؟" in Windows-1256 holds the bytes of UTF-8 "ÿ"): it is never said to be UTF-8.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import Final

from wgec_parse.charsets import CANDIDATES, LOW_CONFIDENCE, guess_legacy
from wgec_parse.nodes import BulletItem, Line, Position
from wgec_parse.rendering import render
from wgec_parse.rules.base import Diagnostic, Severity, rule
from wgec_parse.rules.context import Context, Visit

__all__ = ["damage", "looks_for_mojibake"]

# UTF-8 read as cp1252 (or Latin-1): a lead byte shown as "Â".."ô" followed by
# continuation bytes shown as the cp1252 characters of 0x80..0xBF ("€", "™", "©"...).
_CONTINUATION: Final = "".join(
    sorted({bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0)})
)
_MOJIBAKE: Final = re.compile(f"[\u00c2-\u00f4][{re.escape(_CONTINUATION)}]{{1,3}}")
# The private-use planes and area: every character of category "Co".
_PRIVATE_RANGES: Final = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"
_PRIVATE: Final = re.compile(f"[{_PRIVATE_RANGES}]")
# Control characters (category "Cc") but line ends, tabs, form feeds and vertical tabs
# (Word's manual line break), which are layout.
_CONTROL_RANGES: Final = "\x00-\x08\x0e-\x1f\x7f-\x9f"
_CONTROL: Final = re.compile(f"[{_CONTROL_RANGES}]")
# Any character that one of the checks below looks for: a control, a mojibake lead
# byte, the replacement character or a private-use character.
_SUSPECT: Final = re.compile(f"[{_CONTROL_RANGES}\u00c2-\u00f4\ufffd{_PRIVATE_RANGES}]")
_GLYPHS: Final = re.compile(f"[{_PRIVATE_RANGES}]+")
# The encodings whose mojibake the Windows-1252 patterns above find: text that came to
# the package as Unicode (UTF-8, UTF-16/32, Word, PDF), and Windows-1252 or Latin-1 files.
_CP1252_STYLE: Final = frozenset(
    codecs.lookup(e).name for e in ("utf-8", "utf-16", "utf-32", "cp1252", "latin-1", "ascii")
)
# How each code page is called in messages.
_NAMES: Final = {
    "cp1250": "Windows-1250",
    "cp1251": "Windows-1251",
    "cp1252": "Windows-1252",
    "cp1253": "Windows-1253",
    "cp1254": "Windows-1254",
    "cp1255": "Windows-1255",
    "cp1256": "Windows-1256",
    "cp1257": "Windows-1257",
    "cp1258": "Windows-1258",
    "koi8-r": "KOI8-R",
    "mac-roman": "Mac Roman",
    "gbk": "GBK",
    "gb18030": "GB18030",
    "big5": "Big5",
    "shift_jis": "Shift-JIS",
}


def looks_for_mojibake(encoding: str | None) -> bool:
    """Whether Windows-1252 mojibake is looked for in a document read in ``encoding``
    (None: from Word, PDF or a string): not in one read in another legacy code page."""
    if encoding is None:
        return True
    try:
        return codecs.lookup(encoding).name in _CP1252_STYLE
    except LookupError:
        return True


def _name(encoding: str) -> str:
    return _NAMES.get(encoding, encoding)


def _byte(ch: str) -> int:
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(ch)  # cp1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D to Latin-1


def _mojibake(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, stop, meant)`` for each UTF-8 sequence that was decoded as cp1252."""
    for m in _MOJIBAKE.finditer(text):
        raw = bytes(_byte(ch) for ch in m.group())
        lead = raw[0]
        size = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        if len(raw) < size:
            continue
        try:
            meant = raw[:size].decode("utf-8")
        except UnicodeDecodeError:
            continue
        yield m.start(), m.start() + size, meant


def _bullet_position(line: Line, visit: Visit, index: int, full: str) -> bool:
    """Whether ``full[index]`` sits where a bullet glyph goes."""
    start = len(line.indent)
    node = visit.node
    if type(node) is BulletItem and node.head is line:
        return start <= index < start + len(line.marker)
    # A glyph that opens a line and is followed by white space (front matter, cover).
    return index == start and (index + 1 == len(full) or full[index + 1].isspace())


def _may_be_damaged(line: Line, visit: Visit) -> bool:
    """Whether any check of :func:`damage` could find something on ``line``: it holds a
    suspect character, other than a private-use glyph that is a bullet's own marker."""
    text = line.text
    # Printable ASCII, most text, holds no suspect character and is told at once.
    if not (text.isascii() and text.isprintable()) and _SUSPECT.search(text):
        return True
    if _SUSPECT.search(line.indent + line.gap + line.trailing_ws):
        return True
    marker = line.marker
    if not _SUSPECT.search(marker):
        return False
    node = visit.node
    return not (type(node) is BulletItem and node.head is line and _GLYPHS.fullmatch(marker))


def damage(
    line: Line, visit: Visit, mojibake: bool = True
) -> Iterator[tuple[Severity, int, int, str]]:
    """``(severity, start, stop, message)`` for each kind of damage on ``line``.

    ``mojibake`` says whether to look for mojibake (:func:`looks_for_mojibake`).
    Offsets index the line's full text (indent included); one finding per kind.
    """
    if not _may_be_damaged(line, visit):  # most lines: one search settles them
        return
    full = line.indent + line.content + line.trailing_ws
    consumed: set[int] = set()
    found = list(_mojibake(full)) if mojibake else []
    if found:
        yield _mojibake_finding(full, found)
        for s, e, _ in found:
            consumed.update(range(s, e))
    replacement = full.find("\ufffd")
    if replacement >= 0:
        count = full.count("\ufffd")
        more = f" ({count} on this line)" if count > 1 else ""
        yield (
            "error",
            replacement,
            replacement + 1,
            f"The replacement character U+FFFD stands for text lost in conversion{more}; "
            "recover it from the original file.",
        )
    private = [
        m.start()
        for m in _PRIVATE.finditer(full)
        if not _bullet_position(line, visit, m.start(), full)
    ]
    if private:
        first = full[private[0]]
        yield (
            "warning",
            private[0],
            private[0] + 1,
            f"The private-use character U+{ord(first):04X} stands inside the text: a "
            "symbol-font glyph (Symbol, Wingdings) that shows as nothing or a box outside "
            "Word.",
        )
    controls = [m.start() for m in _CONTROL.finditer(full) if m.start() not in consumed]
    if controls:
        ch = full[controls[0]]
        meant = ""
        if 0x80 <= ord(ch) <= 0x9F:
            guess = bytes([ord(ch)]).decode("cp1252", errors="ignore")
            if guess:
                meant = f', probably a Windows-1252 "{guess}" read as Latin-1'
        yield (
            "warning",
            controls[0],
            controls[0] + 1,
            f"The control character U+{ord(ch):04X} stands inside the text{meant}.",
        )


def _mojibake_finding(
    full: str, found: list[tuple[int, int, str]]
) -> tuple[Severity, int, int, str]:
    start, stop, meant = found[0]
    more = f" (and {len(found) - 1} more on this line)" if len(found) > 1 else ""
    return (
        "error",
        start,
        stop,
        f'"{full[start:stop]}" is mojibake for "{meant}"{more}: the text was UTF-8 but '
        "was read as Windows-1252.",
    )


@rule("encoding-damage", "error", "Lost characters, mojibake, private-use or control codes.")
def encoding_damage(ctx: Context) -> Iterator[Diagnostic]:
    mojibake = looks_for_mojibake(ctx.doc.encoding)
    for line, visit in ctx.lines:
        if not _may_be_damaged(line, visit):  # most lines: settled before damage() starts
            continue
        for severity, start, stop, message in damage(line, visit, mojibake):
            yield encoding_damage.finding(
                message,
                Position(line.line, start + 1),
                Position(line.line, stop + 1),
                severity=severity,
            )


@rule("encoding-guess", "warning", "A legacy encoding chosen with little evidence.")
def encoding_guess(ctx: Context) -> Iterator[Diagnostic]:
    """The document was read in a legacy code page that another reads almost as well
    (or better, for a tree whose recorded encoding was set by hand).

    The confidence is derived again from the document itself: its text written back in
    its recorded encoding gives the very bytes that were read, and the same guess is
    made on them (a few milliseconds, for legacy documents only).
    """
    ours = _legacy(ctx.doc.encoding)
    if ours is None:
        return
    text = render(ctx.doc)
    try:
        data = text.encode(ours)
    except UnicodeEncodeError:
        return
    guess = guess_legacy(data)
    if guess is None:
        return
    if codecs.lookup(guess.encoding).name != ours:
        other, how = guess.encoding, "better"
    elif guess.confidence < LOW_CONFIDENCE and guess.runner_up is not None:
        other, how = guess.runner_up, f"almost as well (confidence {guess.confidence:.2f})"
    else:
        return
    lines = _EOL.split(text)
    line = _first_difference(lines, data, other)
    yield encoding_guess.finding(
        f"The file was read as {_name(ours)}, but {_name(other)} reads it {how}; this line "
        "differs between the two. Check its accented letters against the original, or save "
        "the file as UTF-8.",
        Position(line, 1),
        Position(line, 1 + len(lines[line - 1])),
    )


# Line ends, as the parser counts lines.
_EOL: Final = re.compile("\r\n|\r|\n")
# The legacy encodings, by Python's codec names.
_LEGACY: Final = frozenset(codecs.lookup(e).name for e in CANDIDATES)


def _legacy(encoding: str | None) -> str | None:
    """Python's name for ``encoding`` when it is one of the legacy candidates."""
    if encoding is None:
        return None
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    return name if name in _LEGACY else None


def _first_difference(lines: list[str], data: bytes, other: str) -> int:
    """The first of ``lines`` (1-based) that reads differently in ``other``."""
    theirs = _EOL.split(data.decode(other, errors="replace"))
    for number, (a, b) in enumerate(zip(lines, theirs, strict=False), start=1):
        if a != b:
            return number
    return 1
