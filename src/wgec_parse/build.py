"""The files shipped beside the grammars, written at development time.

``python -m wgec_parse.build`` compiles both grammars and writes them, the line
vocabulary's terminals (:func:`wgec_parse.grammars.write_compiled`), and the
classifier's bands narrowed to Latin text (:func:`wgec_parse.grammars.narrowed`), built
from the terminals just written.  Run it after editing ``grammar/*.lark``:
``tests/test_grammars.py`` and ``tests/test_latin_bands.py`` fail while the files are
stale.  Nothing imports this module; it imports both the grammars and the classifier.
"""

from __future__ import annotations

import os

from wgec_parse import grammars, markers

__all__ = ["write_all"]


def write_all(directory: str) -> list[str]:
    """Write the compiled grammars, the terminals and the narrowed bands into
    ``directory``; the paths written."""
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
