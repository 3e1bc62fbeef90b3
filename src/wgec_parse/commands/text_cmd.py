"""``wgec-parse text FILE...``: the text that was parsed, each line with its origin."""

from __future__ import annotations

import argparse
import functools
import sys
from typing import Final

from wgec_parse.commands.common import (
    Command,
    add_files_argument,
    input_name,
    open_input,
    refuse_json,
)
from wgec_parse.extraction import Extraction
from wgec_parse.loaders import extract

__all__ = ["register"]


def _extraction(path: str, form: bool = True) -> Extraction:
    """The extraction of a file, or of standard input (any format) for ``-``, read as
    ``outline`` reads them.  Raises ReadError."""
    extraction = open_input(path, functools.partial(extract, form=form))
    refuse_json(extraction.text, input_name(path))
    return extraction


def run(args: argparse.Namespace) -> int:
    """Print the extracted text of each file, each line after its origin and a tab."""
    out = sys.stdout
    for path in args.files:
        extraction = _extraction(path, form=not args.no_form)
        if len(args.files) > 1:
            out.write(f"== {path}\n")
        if args.plain:
            out.write(extraction.text)
            continue
        for origin, line in extraction.lines():
            out.write(f"{origin}\t{line}\n")
    return 0


def _arguments(cmd: argparse.ArgumentParser) -> None:
    add_files_argument(cmd, help="a file, or - for stdin")
    cmd.add_argument("--plain", action="store_true", help="the text only, without origins")
    cmd.add_argument(
        "--no-form",
        action="store_true",
        help="show a form or spreadsheet export (CSV, TSV) as the literal file, not its view",
    )


_COMMAND: Final = Command(
    "text",
    "print the text read from each file, each line after where it came from",
    """Print the text wgec-parse reads from a .txt, .docx or .pdf file, each line after its
    origin and a tab: a Word paragraph (¶12), table row (table 1 r2) or note (note 3), a
    PDF page (p3), a form export's cell (r2 c7: row 2, column 7), a text file's line
    number; empty for a line the reader added.""",
    _arguments,
    run,
)
register: Final = _COMMAND.register
