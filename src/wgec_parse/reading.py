"""Files to text: byte order marks, UTF-8, UTF-16 and legacy code pages."""

from __future__ import annotations

import os
from typing import Final

import attrs

from wgec_parse.errors import InputTooLarge, ReadError
from wgec_parse.lexer import MAX_DEPTH
from wgec_parse.limits import MAX_SIZE
from wgec_parse.nodes import Document
from wgec_parse.parser import parse

__all__ = ["decode", "parse_file", "read_bytes", "read_text"]

_BOMS: Final = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Legacy code pages tried when the bytes are not UTF-8, most likely first.
_LEGACY: Final = ("cp1252", "cp1251")


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _reads_as_cyrillic(text: str) -> bool:
    """Whether the non-ASCII words of ``text`` are whole Cyrillic words.

    Latin text in cp1252 read as cp1251 gives words that mix Latin and Cyrillic
    letters ("йquitй"); real Russian text gives words of Cyrillic letters only.
    """
    words = [w for w in text.split() if any(ord(ch) > 0x7F and ch.isalpha() for ch in w)]
    if not words:
        return False
    pure = sum(1 for w in words if all("\u0400" <= ch <= "\u04ff" for ch in w if ch.isalpha()))
    return pure >= 0.8 * len(words)


def decode(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode the bytes of a submission; returns ``(text, encoding)``.

    A byte order mark is kept in the text as U+FEFF (so rendering gives it back).
    Bytes that are not UTF-8 are read in a legacy code page (cp1252, or cp1251 when
    that gives Cyrillic words).  Binary data raises :class:`ReadError`.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise ReadError(
                    f"not valid {encoding}: {err.reason}", path, _line_of(data, err.start)
                ) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        # No text format but UTF-16/32 (which need the byte order mark above) holds
        # NUL bytes: this is a binary file, or UTF-16 without its mark.
        raise ReadError(
            "binary data, not text (NUL bytes; UTF-16 text needs a byte order mark)",
            path,
            _line_of(data, nul),
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        first_error = err
    candidates = []
    for encoding in _LEGACY:
        try:
            candidates.append((data.decode(encoding), encoding))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise ReadError(
            f"not UTF-8 ({first_error.reason}) nor a known legacy encoding",
            path,
            _line_of(data, first_error.start),
        )
    if len(candidates) > 1 and _reads_as_cyrillic(candidates[1][0]):
        return candidates[1]
    return candidates[0]


def read_bytes(path: str | os.PathLike[str], size: int = -1) -> bytes:
    """The first ``size`` bytes of a file (all of it with -1).

    Raises :class:`ReadError` naming the file when it is missing, a directory or
    unreadable.
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            return handle.read(size)
    except FileNotFoundError:
        raise ReadError("no such file", name) from None
    except IsADirectoryError:
        raise ReadError("is a directory, not a file", name) from None
    except OSError as err:
        raise ReadError(err.strerror or str(err), name) from None


def read_text(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> tuple[str, str]:
    """Read and decode a file; returns ``(text, encoding)``.

    Raises :class:`ReadError`, or :class:`InputTooLarge` for a file of more than
    ``max_bytes`` bytes (``None``: no limit); a device or pipe is read no further.
    """
    name = os.fspath(path)
    data = read_bytes(name, -1 if max_bytes is None else max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        raise InputTooLarge(len(data), max_bytes, f"{name}: file", "bytes or more")
    return decode(data, name)


def parse_file(
    path: str | os.PathLike[str],
    *,
    max_size: int | None = MAX_SIZE,
    max_depth: int = MAX_DEPTH,
) -> Document:
    """Read, decode and parse a file; the encoding used is recorded on the document.

    ``max_size`` and ``max_depth`` are those of :func:`~wgec_parse.parse`; a file too
    large to hold at most ``max_size`` characters is refused before it is read whole.
    Raises :class:`ReadError` or :class:`InputTooLarge`.
    """
    # Four bytes per character at most (UTF-8, UTF-16), and a byte order mark.
    max_bytes = None if max_size is None else 4 * max_size + 4
    text, encoding = read_text(path, max_bytes=max_bytes)
    try:
        document = parse(text, max_size=max_size, max_depth=max_depth)
    except InputTooLarge as err:
        raise InputTooLarge(err.size, err.limit, f"{os.fspath(path)}: text") from None
    return attrs.evolve(document, encoding=encoding)
