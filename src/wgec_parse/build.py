"""The files shipped beside the grammars, written at development time.

``python -m wgec_parse.build`` compiles both grammars and writes them, the line
vocabulary's terminals (:func:`wgec_parse.grammars.write_compiled`), and the
classifier's bands narrowed to Latin text (:func:`wgec_parse.grammars.narrowed`), built
from the terminals just written.  Run it after editing ``grammar/*.lark``:
``tests/test_grammars.py`` and ``tests/test_latin_bands.py`` fail while the files are
stale.  Nothing imports this module; it imports both the grammars and the classifier.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import lark.lexer

from wgec_parse import grammars, markers

__all__ = ["without_overlap_report", "write_all"]


@contextlib.contextmanager
def without_overlap_report() -> Iterator[None]:
    """Compile without lark's report of overlapping terminals.

    Where interegular is installed (a test dependency), lark compares every pair of
    same-priority terminals while it compiles a grammar with its own lexer: on the lines
    grammar, whose terminals overlap by design, that takes minutes, changes nothing that
    is compiled, and only logs, at a level lark silences."""
    saved = lark.lexer.has_interegular
    lark.lexer.has_interegular = False
    try:
        yield
    finally:
        lark.lexer.has_interegular = saved


def write_all(directory: str) -> list[str]:
    """Write the compiled grammars, the terminals and the narrowed bands into
    ``directory``; the paths written."""
    with without_overlap_report():
        written = grammars.write_compiled(directory)
    terminals = grammars.read_terminals(directory) or ()
    path = os.path.join(directory, f"{grammars.LINES}.latin")
    with open(path, "wb") as handle:
        handle.write(grammars.latin_json(markers.band_sources(terminals)))
    written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_all(grammars.GRAMMAR_DIR):
        print(f"wrote {written_path}")
