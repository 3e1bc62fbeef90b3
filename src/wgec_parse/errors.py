"""The exceptions wgec_parse raises.  Parsing text never raises; reading files can."""

from __future__ import annotations

__all__ = ["InputTooLarge", "JsonError", "ReadError", "WgecError"]


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


class JsonError(WgecError, ValueError):
    """JSON that is not a valid wgec-parse document: not JSON, wrong types, unknown keys
    or node kinds, positions that do not match the text, or nesting that is too deep.

    ``path`` is the JSON path of the problem (``$.questions[1].lines[0].text``); the
    message starts with it.
    """

    def __init__(self, message: str, path: str = "$") -> None:
        super().__init__(message)
        self.path = path  #: Where in the JSON the problem is, as a JSON path.

    def __str__(self) -> str:
        return f"{self.path}: {self.args[0]}"
