"""Files to text: the package's one file reader, then byte order marks, UTF-8, UTF-16 and
legacy code pages (see docs/reading.md).

Every file the package reads goes through :func:`open_file` (or :func:`read_bytes`, which
calls it), and every stream through :func:`read_stream`, so the same two rules hold for
all of them: a read never goes past a byte limit, and a path that is not a regular file
(a FIFO, a device, a socket) is refused before a byte of it is read, unless the caller
asks for it explicitly (the command line does for a path it is given, up to its limit).
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO, Final

import attrs

from wgec_parse.errors import InputTooLarge, ReadError
from wgec_parse.limits import MAX_DEPTH, MAX_SIZE
from wgec_parse.nodes import Document
from wgec_parse.parser import parse

__all__ = [
    "Decoded",
    "decode",
    "decode_detected",
    "file_limit",
    "kind_of",
    "open_file",
    "parse_file",
    "read_bytes",
    "read_stream",
    "read_text",
]

_BOMS: Final = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Streams of unknown length are read this much at a time.
_CHUNK: Final = 1 << 20
# What each kind of file that is not a regular file is called in messages.
_KINDS: Final = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
# Opening a FIFO for reading waits for a writer unless O_NONBLOCK is given; a terminal
# must not become the controlling one.  (Both are 0 where the platform lacks them.)
_OPEN_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)


def file_limit(max_size: int | None) -> int | None:
    """The most bytes a file may hold to give at most ``max_size`` characters of text:
    four bytes a character (UTF-8, UTF-16, UTF-32) and a byte order mark."""
    return None if max_size is None else 4 * max_size + 4


def kind_of(mode: int) -> str | None:
    """What a file that is not a regular file is ("a named pipe (FIFO)", "a directory"...),
    from its ``st_mode``; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a directory"
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _refuse(mode: int, name: str) -> None:
    kind = kind_of(mode)
    if kind == "a directory":
        raise ReadError("is a directory, not a file", name)
    if kind is not None:
        raise ReadError(f"{kind}, not a regular file: not read", name)


def _os_error(err: OSError, name: str) -> ReadError:
    if isinstance(err, FileNotFoundError):
        return ReadError("no such file", name)
    if isinstance(err, IsADirectoryError):
        return ReadError("is a directory, not a file", name)
    return ReadError(err.strerror or str(err), name)


def open_file(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> BinaryIO:
    """Open a regular file for reading in binary mode.

    Raises :class:`ReadError` naming the file when it is missing, unreadable, a
    directory, or not a regular file at all (a FIFO, a device, a socket: refused before a
    byte is read, since a FIFO waits for a writer and a device may never end), and
    :class:`InputTooLarge` when it holds more than ``max_bytes`` bytes (``None``: no
    limit), before it is read.
    """
    name = os.fspath(path)
    try:
        # A first look that opens nothing: opening some devices has effects of its own.
        _refuse(os.stat(name).st_mode, name)
        fd = os.open(name, _OPEN_FLAGS)
    except OSError as err:
        raise _os_error(err, name) from None
    try:
        # The same checks on what was opened, in case the path changed in between.
        info = os.fstat(fd)
        _refuse(info.st_mode, name)
        if max_bytes is not None and info.st_size > max_bytes:
            raise InputTooLarge(info.st_size, max_bytes, f"{name}: file", "bytes")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_stream(stream: BinaryIO, max_bytes: int | None, name: str) -> bytes:
    """Read a binary stream to its end, never more than ``max_bytes + 1`` bytes.

    Raises :class:`InputTooLarge` (naming ``name``) when the stream holds more than
    ``max_bytes`` bytes (``None``: no limit), and :class:`ReadError` when reading fails.
    """
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            want = _CHUNK if max_bytes is None else min(_CHUNK, max_bytes + 1 - total)
            chunk = stream.read(want)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if max_bytes is not None and total > max_bytes:
                raise InputTooLarge(total, max_bytes, f"{name}: input", "bytes or more")
    except OSError as err:
        raise _os_error(err, name) from None
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_bytes(
    path: str | os.PathLike[str], max_bytes: int | None, *, special: bool = False
) -> bytes:
    """The bytes of a file, refused when it holds more than ``max_bytes`` (``None``: no
    limit).

    A path that is not a regular file is refused (see :func:`open_file`) unless
    ``special`` is true: then a FIFO or a device is read like a stream, up to
    ``max_bytes``, which must be given.  Raises :class:`ReadError` or
    :class:`InputTooLarge`, naming the file.
    """
    name = os.fspath(path)
    if not special:
        with open_file(name, max_bytes=max_bytes) as handle:
            return read_stream(handle, max_bytes, name)
    if max_bytes is None:
        raise ValueError("reading a FIFO or a device needs a byte limit")
    try:
        mode = os.stat(name).st_mode
        if stat.S_ISDIR(mode):
            raise ReadError("is a directory, not a file", name)
        if stat.S_ISREG(mode):
            with open_file(name, max_bytes=max_bytes) as handle:
                return read_stream(handle, max_bytes, name)
        # Asked for: a FIFO waits here for its writer, as the user expects.
        with open(name, "rb") as handle:
            return read_stream(handle, max_bytes, name)
    except OSError as err:
        raise _os_error(err, name) from None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


@attrs.frozen
class Decoded:
    """Bytes decoded, with the encoding chosen and how sure the choice is."""

    text: str  #: The text.
    encoding: str  #: Python's name for the codec ("utf-8", "cp1256", "utf-16-le").
    #: 0 to 1: 1 for a byte order mark, valid UTF-8 and the NUL pattern of UTF-16; for a
    #: legacy code page, how clearly its reading beats the next one.
    confidence: float
    #: Whether the encoding was guessed (a legacy code page, or UTF-16 without a byte
    #: order mark) rather than stated by a byte order mark or implied by valid UTF-8.
    detected: bool


def decode_detected(data: bytes, path: str = "<bytes>") -> Decoded:
    """Decode the bytes of a submission, telling how the encoding was chosen.

    In order: a byte order mark (kept in the text as U+FEFF, so rendering gives it
    back); UTF-16 without one, told by its NUL bytes (:func:`~wgec_parse.charsets.
    utf16_without_bom`); other NUL bytes are binary data; valid UTF-8; else the likeliest
    legacy code page of :data:`~wgec_parse.charsets.CANDIDATES`
    (:func:`~wgec_parse.charsets.guess_legacy`).  Raises :class:`ReadError` naming the
    file (and the line of the first bad byte) for binary data, and for bytes that no
    candidate reads or that two read equally well.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding, 1.0, False)
            except UnicodeDecodeError as err:
                raise ReadError(
                    f"not valid {encoding}: {err.reason}", path, _line_of(data, err.start)
                ) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        from wgec_parse.charsets import utf16_without_bom  # most text needs no charsets

        utf16 = utf16_without_bom(data)
        if utf16 is not None:
            return Decoded(data.decode(utf16), utf16, 1.0, True)
        # No text format but UTF-16/32 holds NUL bytes: this is a binary file.
        raise ReadError(
            "binary data, not text (NUL bytes, and not UTF-16 text)", path, _line_of(data, nul)
        )
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0, False)
    except UnicodeDecodeError as err:
        first_error = err
    where = _line_of(data, first_error.start)
    from wgec_parse.charsets import guess_legacy

    guess = guess_legacy(data)
    if guess is None:
        raise ReadError(
            f"not UTF-8 ({first_error.reason}) nor a known legacy encoding", path, where
        )
    if guess.tied:
        raise ReadError(
            f"not UTF-8 ({first_error.reason}), and {_either(guess.tied)} read it equally "
            "well: save it as UTF-8",
            path,
            where,
        )
    return Decoded(guess.text, guess.encoding, guess.confidence, True)


def _either(encodings: tuple[str, ...]) -> str:
    return ", ".join(encodings[:-1]) + " and " + encodings[-1]


def decode(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """Decode the bytes of a submission; returns ``(text, encoding)``.

    :func:`decode_detected` without the confidence: a byte order mark is kept in the
    text as U+FEFF, bytes that are not UTF-8 are read in the likeliest legacy code page,
    and binary data raises :class:`ReadError`.
    """
    decoded = decode_detected(data, path)
    return decoded.text, decoded.encoding


def read_text(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> tuple[str, str]:
    """Read and decode a regular file; returns ``(text, encoding)``.

    Raises :class:`ReadError` (a FIFO, device or socket is refused unread), or
    :class:`InputTooLarge` for a file of more than ``max_bytes`` bytes (``None``: no
    limit), refused before it is read.
    """
    name = os.fspath(path)
    return decode(read_bytes(name, max_bytes), name)


def parse_file(
    path: str | os.PathLike[str],
    *,
    max_size: int | None = MAX_SIZE,
    max_depth: int = MAX_DEPTH,
) -> Document:
    """Read, decode and parse a text file; the encoding used is recorded on the document.

    ``max_size`` and ``max_depth`` are those of :func:`~wgec_parse.parse`; a file too
    large to hold at most ``max_size`` characters is refused before it is read, and so
    is a path that is not a regular file (a FIFO, a device, a socket).
    Raises :class:`ReadError` or :class:`InputTooLarge`.
    """
    text, encoding = read_text(path, max_bytes=file_limit(max_size))
    try:
        document = parse(text, max_size=max_size, max_depth=max_depth)
    except InputTooLarge as err:
        raise InputTooLarge(err.size, err.limit, f"{os.fspath(path)}: text") from None
    return attrs.evolve(document, encoding=encoding)
