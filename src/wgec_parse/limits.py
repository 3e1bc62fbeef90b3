"""The documented limits on input, and where to change them.

Parsing is linear in time and memory, so the only way hostile input can hurt is by
sheer size.  :func:`wgec_parse.parse` refuses text longer than :data:`MAX_SIZE`
characters with :class:`~wgec_parse.errors.InputTooLarge` (pass ``max_size=`` to
raise or lower it for one call, or ``max_size=None`` for no limit).

:func:`wgec_parse.parse_file` takes the same ``max_size`` and refuses a file that is
too large for it (more than four bytes a character) before reading it whole.

Nesting is bounded by construction: the lexer opens at most :data:`MAX_DEPTH` levels
of bullets and of clauses (``max_depth=`` of ``parse`` and ``parse_file`` changes it
for one call); deeper items become siblings at the deepest level, so nothing is
dropped and no walk over a parsed tree can recurse deeply.
"""

from __future__ import annotations

from typing import Final

from wgec_parse.lexer import MAX_DEPTH

__all__ = ["MAX_DEPTH", "MAX_FILE_BYTES", "MAX_SIZE"]

#: Default limit on the length of the text :func:`wgec_parse.parse` accepts, in
#: characters (64 Mi).  Parsing needs about ten bytes of memory per character at peak.
MAX_SIZE: Final = 64 * 1024 * 1024

#: Largest file or standard input the command line reads, in bytes: enough for
#: :data:`MAX_SIZE` characters in any encoding.  Devices and pipes are read up to it
#: and no further, so ``wgec-parse outline /dev/zero`` stops with an error.
MAX_FILE_BYTES: Final = 4 * MAX_SIZE
