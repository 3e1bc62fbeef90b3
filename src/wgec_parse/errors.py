"""The exceptions wgec_parse raises.  Parsing text never raises; reading files can."""

from __future__ import annotations

__all__ = ["InputTooLarge", "ReadError", "WgecError"]


class WgecError(Exception):
    """Base class of every exception raised by wgec_parse."""


class ReadError(WgecError, ValueError):
    """A file could not be read (missing, a directory, unreadable) or decoded as text.

    ``path`` names the file; ``line`` (1-based) says where decoding failed when known.
    """

    def __init__(self, message: str, path: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path  #: The file that could not be read.
        self.line = line  #: The 1-based line where decoding failed, if known.

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.args[0]}"


class InputTooLarge(WgecError, ValueError):
    """The input is longer than the configured limit (see :mod:`wgec_parse.limits`).

    ``size`` and ``limit`` are counted in characters (code points) for text and in
    bytes for files.
    """

    def __init__(
        self, size: int, limit: int, what: str = "input", unit: str = "characters"
    ) -> None:
        super().__init__(f"{what} too large: {size:,} {unit}, limit {limit:,}")
        self.size = size  #: The size of the input.
        self.limit = limit  #: The limit it exceeded.
