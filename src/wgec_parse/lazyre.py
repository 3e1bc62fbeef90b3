"""Regular expressions compiled on their first use, so that importing a module that
defines one does not pay for compiling it (Python's compiler is written in Python, and
a character class over a wide range of code points is built one code point at a time).
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, Final

__all__ = ["LazyPattern"]

#: The methods of :class:`re.Pattern` that a :class:`LazyPattern` stands in for.
_METHODS: Final = ("match", "fullmatch", "search", "findall", "finditer", "sub", "subn", "split")


class LazyPattern:
    """The :class:`re.Pattern` of ``pattern`` and ``flags``, compiled on first use.

    It has the pattern's matching methods (``match``, ``fullmatch``, ``search``,
    ``findall``, ``finditer``, ``sub``, ``subn``, ``split``), which give what the
    compiled pattern's give, and its ``pattern`` and ``flags`` without compiling.  The
    first call compiles it and puts the compiled pattern's own methods in their place,
    so that later calls cost what they cost on a compiled pattern.

    ``lowest`` is a promise of the caller's: every match of the pattern is non-empty and
    starts with a character at or above ``lowest``, which is not ASCII (a class of CJK
    characters: ``lowest="\\u3040"``).  Then, at every call, a string of ASCII only (and
    for ``match`` and ``fullmatch``, a string whose character at ``pos`` is below
    ``lowest``) is answered without the pattern: no match, nothing found, nothing
    replaced.
    """

    pattern: Final[str]
    flags: Final[int]

    def __init__(self, pattern: str, flags: int = 0, *, lowest: str | None = None) -> None:
        if lowest is not None and (len(lowest) != 1 or lowest.isascii()):
            raise ValueError(f"lowest must be one character that is not ASCII, not {lowest!r}")
        self.pattern = pattern
        self.flags = flags
        self._lowest = lowest

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"

    @functools.cached_property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = re.compile(self.pattern, self.flags)
        if self._lowest is None:
            # The instance's attributes hide the class's methods from now on.
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
        return compiled

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As :meth:`re.Pattern.match`."""
        if self._lowest is not None and string[max(pos, 0) : max(pos, 0) + 1] < self._lowest:
            return None
        return self.compiled.match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """As :meth:`re.Pattern.fullmatch`."""
        if self._lowest is not None and string[max(pos, 0) : max(pos, 0) + 1] < self._lowest:
            return None
        return self.compiled.fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As :meth:`re.Pattern.search`."""
        if self._lowest is not None and string.isascii():
            return None
        return self.compiled.search(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """As :meth:`re.Pattern.findall`."""
        if self._lowest is not None and string.isascii():
            return []
        return self.compiled.findall(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """As :meth:`re.Pattern.finditer`."""
        if self._lowest is not None and string.isascii():
            return iter(())
        return self.compiled.finditer(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """As :meth:`re.Pattern.sub`."""
        if self._lowest is not None and string.isascii():
            return string
        return self.compiled.sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        """As :meth:`re.Pattern.subn`."""
        if self._lowest is not None and string.isascii():
            return (string, 0)
        return self.compiled.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """As :meth:`re.Pattern.split`."""
        if self._lowest is not None and string.isascii():
            return [string]
        return self.compiled.split(string, maxsplit)
