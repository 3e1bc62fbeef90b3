"""``wgec-parse text FILE...``: the text that was parsed, each line with its origin."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from wgec_parse import limits
from wgec_parse.commands.common import _regular_or_missing
from wgec_parse.errors import InputTooLarge, ReadError
from wgec_parse.extraction import Extraction
from wgec_parse.loaders import extract
from wgec_parse.reading import read_bytes, read_stream

__all__ = ["register"]


def _extraction(path: str, form: bool = True) -> Extraction:
    """The extraction of a file, or of standard input (any format) for ``-``, read as
    ``outline`` reads them.  Raises ReadError."""
    name = "<stdin>" if path == "-" else path
    limit = limits.MAX_FILE_BYTES
    try:
        if path != "-" and _regular_or_missing(path, limit):
            extraction = extract(path, form=form)
        else:
            try:
                if path == "-":
                    data = read_stream(sys.stdin.buffer, limit, name)
                else:
                    data = read_bytes(path, limit, special=True)
            except InputTooLarge as err:
                raise InputTooLarge(err.size, err.limit, "input", "bytes") from None
            extraction = extract(data, name=name, form=form)
    except InputTooLarge as err:
        raise ReadError(str(err), name) from None
    _refuse_json(extraction.text, name)
    return extraction


def _refuse_json(text: str, name: str) -> None:
    """A JSON file given where text is expected is a mistake, as for ``outline``."""
    if text.lstrip()[:1] not in ("{", "["):
        return
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return
    raise ReadError("JSON, not the text of a submission (wgec-parse render reads JSON)", name)


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


def register(commands: Any) -> None:
    """Add the ``text`` subcommand."""
    cmd = commands.add_parser(
        "text",
        help="print the text read from each file, each line after where it came from",
        description=(
            "Print the text wgec-parse reads from a .txt, .docx or .pdf file, each line "
            "after its origin and a tab: a Word paragraph (¶12), table row (table 1 r2) "
            "or note (note 3), a PDF page (p3), a form export's cell (r2 c7: row 2, "
            "column 7), a text file's line number; empty for a line the reader added."
        ),
    )
    cmd.add_argument("files", nargs="+", metavar="FILE", help="a file, or - for stdin")
    cmd.add_argument("--plain", action="store_true", help="the text only, without origins")
    cmd.add_argument(
        "--no-form",
        action="store_true",
        help="show a form or spreadsheet export (CSV, TSV) as the literal file, not its view",
    )
    cmd.set_defaults(run=run)
