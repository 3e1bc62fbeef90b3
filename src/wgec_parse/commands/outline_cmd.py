"""``wgec-parse outline FILE...``: a readable outline for people.

For a .docx or PDF, each ``noise LINE`` entry also names where that line is in the
original: ``noise 18 (p2)``, ``noise 3 (¶3)``; a text file's outline is
:func:`~wgec_parse.outline.outline`'s, unchanged.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Final

from wgec_parse.commands.common import (
    Command,
    add_files_argument,
    input_name,
    load_document_with_origins,
)
from wgec_parse.errors import JsonError
from wgec_parse.extraction import Origins
from wgec_parse.outline import outline

__all__ = ["register"]

_log = logging.getLogger(__name__)


def _with_origins(text: str, origins: Origins) -> str:
    """``text``, an outline, with the origin of each noise entry's line after it:
    ``noise 18`` becomes ``noise 18 (p2)``; entries whose line has no origin, and every
    entry when ``origins`` is empty (a text file), are left as they are."""
    if not origins:
        return text
    out = []
    for entry in text.split("\n"):
        number = entry.lstrip(" ").removeprefix("noise ")
        # Only noise entries end in a line number: "noise 18".
        if number != entry.lstrip(" ") and number.isascii() and number.isdigit():
            origin = origins.of(int(number))
            entry += f" ({origin})" if origin else ""
        out.append(entry)
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    """Print the outline of each file."""
    for path in args.files:
        if args.no_form:
            document, origins = load_document_with_origins(path, form=False)
        else:
            document, origins = load_document_with_origins(path)
        _log.info("%s: read as %s, %s: %r", path, document.source, document.encoding, document)
        if args.json:  # as parse --view clean: one document, or JSON Lines for several
            from wgec_parse.jsonio import to_json  # cattrs: only for this option

            indent = 2 if len(args.files) == 1 else None
            try:
                sys.stdout.write(to_json(document, view="clean", indent=indent) + "\n")
            except JsonError as err:  # text JSON cannot hold (a surrogate pair)
                sys.stderr.write(f"wgec-parse: {input_name(path)}: {err}\n")
                return 2
            continue
        if len(args.files) > 1:
            sys.stdout.write(f"== {path}\n")
        if args.markdown:
            from wgec_parse.markdown import to_markdown  # only for this option

            sys.stdout.write(to_markdown(document))
        else:
            sys.stdout.write(_with_origins(outline(document, text=not args.structure), origins))
    return 0


def _arguments(cmd: argparse.ArgumentParser) -> None:
    add_files_argument(cmd)
    cmd.add_argument(
        "--structure", action="store_true", help="structure only, without text snippets"
    )
    cmd.add_argument(
        "--no-form",
        action="store_true",
        help="read a form or spreadsheet export (CSV, TSV) as the literal text it is",
    )
    shown = cmd.add_mutually_exclusive_group()
    shown.add_argument(
        "--markdown", action="store_true", help="clean Markdown for reading, not the outline"
    )
    shown.add_argument(
        "--json",
        action="store_true",
        help="the clean JSON view, each body in reading order (as parse --view clean; "
        "JSON Lines for several files)",
    )


_COMMAND: Final = Command("outline", "print a readable outline of each file", None, _arguments, run)
register: Final = _COMMAND.register
