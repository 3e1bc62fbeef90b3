"""The documented limits on input, and where to change them.

Parsing is linear in time and memory, so the only way hostile input can hurt is by
sheer size.  :func:`wgec_parse.parse` refuses text longer than :data:`MAX_SIZE`
characters with :class:`~wgec_parse.errors.InputTooLarge` (pass ``max_size=`` to
raise or lower it for one call, or ``max_size=None`` for no limit).

:func:`wgec_parse.parse_file` and :func:`wgec_parse.load` take the same ``max_size``:
a file too large for it (more than four bytes a character) is refused before it is
read, and so is a path that is not a regular file (a FIFO, a device, a socket).  Text
extracted from a .docx or a PDF is counted as it is built and refused as soon as it
passes ``max_size``; Word's list numbers are shown up to :data:`MAX_LIST_NUMBER` and
a list paragraph's number or bullet is cut at :data:`MAX_LIST_PREFIX` characters.

Nesting is bounded by construction: the lexer opens at most :data:`MAX_DEPTH` levels
of bullets and of clauses (``max_depth=`` of ``parse`` and ``parse_file`` changes it
for one call, up to :data:`MAX_DEPTH_LIMIT`); deeper items become siblings at the
deepest level, so nothing is dropped and no walk over a parsed tree can recurse deeply.
The cap keeps every tree that parsing builds within what Python's own recursive
``==``, ``hash`` and ``repr`` of nested attrs classes can handle.

A batch gives each file at most :data:`BATCH_TIME_LIMIT` seconds (``time_limit=`` of
:func:`wgec_parse.run_batch`, ``--time-limit`` of ``wgec-parse batch``).
"""

from __future__ import annotations

from typing import Final

from wgec_parse.lexer import MAX_DEPTH
from wgec_parse.nesting import MAX_DEPTH_LIMIT

__all__ = [
    "BATCH_TIME_LIMIT",
    "MAX_DEPTH",
    "MAX_DEPTH_LIMIT",
    "MAX_FILE_BYTES",
    "MAX_LIST_NUMBER",
    "MAX_LIST_PREFIX",
    "MAX_SIZE",
]

#: Default limit on the length of the text :func:`wgec_parse.parse` accepts, in
#: characters (64 Mi).  Parsing needs about ten bytes of memory per character at peak.
MAX_SIZE: Final = 64 * 1024 * 1024

#: Largest file or standard input the command line reads, in bytes: enough for
#: :data:`MAX_SIZE` characters in any encoding.  Devices and pipes are read up to it
#: and no further, so ``wgec-parse outline /dev/zero`` stops with an error.
MAX_FILE_BYTES: Final = 4 * MAX_SIZE

#: Largest list number a .docx may start a list at (Word's ``w:start``).  A larger
#: start is reported and the list starts here instead: a lettered list starting at
#: 10**11 would otherwise repeat its letter 4 billion times.
MAX_LIST_NUMBER: Final = 1_000_000

#: Longest number or bullet text a .docx list paragraph is given, in characters.  A
#: longer one (``aaaa...`` deep into a lettered list, or a level text repeating
#: ``%1`` thousands of times) is reported and cut to this length.
MAX_LIST_PREFIX: Final = 40

#: Default time a batch gives each file, in seconds, before its worker is stopped and
#: the file reported in errors.csv.  Generous: a real submission takes milliseconds,
#: the largest text :data:`MAX_SIZE` allows about a minute.
BATCH_TIME_LIMIT: Final = 600.0
