"""``wgec-parse parse FILE...``: JSON, full (lossless) or clean (clean text).

One file gives one JSON document (pretty-printed with ``--indent``); several files give
JSON Lines, one compact document per line, in the order of the arguments.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Final

from wgec_parse.commands.common import (
    Command,
    add_files_argument,
    add_output_option,
    input_name,
    load_document,
    write_output,
)
from wgec_parse.errors import JsonError

__all__ = ["register"]

_log = logging.getLogger(__name__)


def _indent(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= 16:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 16, got {value!r}")
    return number


def run(args: argparse.Namespace) -> int:
    """Write the JSON of each file, all at once once every file has been read."""
    from wgec_parse.jsonio import to_json  # cattrs: only for this command

    if len(args.files) > 1 and args.indent is not None:
        sys.stderr.write("wgec-parse: --indent needs a single FILE (several give JSON Lines)\n")
        return 2
    chunks = []
    for path in args.files:
        document = load_document(path)
        _log.info("%s: read as %s, %s: %r", path, document.source, document.encoding, document)
        try:
            chunks.append(to_json(document, view=args.view, indent=args.indent) + "\n")
        except JsonError as err:
            sys.stderr.write(f"wgec-parse: {input_name(path)}: {err}\n")
            return 2
    data = "".join(chunks).encode("utf-8")
    return write_output(data, args.output)


def _arguments(cmd: argparse.ArgumentParser) -> None:
    add_files_argument(cmd)
    cmd.add_argument(
        "--view",
        choices=("full", "clean", "outline"),
        default="full",
        help="full: lossless, reads back with 'render'; clean: clean text for analysis "
        "(outline: its former name)",
    )
    add_output_option(cmd)
    cmd.add_argument(
        "--indent", type=_indent, metavar="N", help="pretty-print with N spaces (one FILE only)"
    )


_COMMAND: Final = Command(
    "parse",
    "write the JSON of each file (JSON Lines for several files)",
    """Parse text files into JSON. One FILE gives one JSON document; several give JSON
    Lines (one compact document per line, in order).""",
    _arguments,
    run,
)
register: Final = _COMMAND.register
