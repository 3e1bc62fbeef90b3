"""``wgec-parse outline FILE...``: a readable outline for people."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from wgec_parse.commands.common import load_document
from wgec_parse.errors import JsonError
from wgec_parse.markdown import to_markdown
from wgec_parse.outline import outline

__all__ = ["register"]

_log = logging.getLogger(__name__)


def run(args: argparse.Namespace) -> int:
    """Print the outline of each file."""
    for path in args.files:
        document = load_document(path)
        _log.info("%s: read as %s, %s: %r", path, document.source, document.encoding, document)
        if args.json:  # as parse --view clean: one document, or JSON Lines for several
            from wgec_parse.jsonio import to_json  # cattrs: only for this option

            indent = 2 if len(args.files) == 1 else None
            try:
                sys.stdout.write(to_json(document, view="clean", indent=indent) + "\n")
            except JsonError as err:  # text JSON cannot hold (a surrogate pair)
                sys.stderr.write(f"wgec-parse: {'<stdin>' if path == '-' else path}: {err}\n")
                return 2
            continue
        if len(args.files) > 1:
            sys.stdout.write(f"== {path}\n")
        if args.markdown:
            sys.stdout.write(to_markdown(document))
        else:
            sys.stdout.write(outline(document, text=not args.structure))
    return 0


def register(commands: Any) -> None:
    """Add the ``outline`` subcommand."""
    cmd = commands.add_parser("outline", help="print a readable outline of each file")
    cmd.add_argument("files", nargs="+", metavar="FILE", help="text file, or - for stdin")
    cmd.add_argument(
        "--structure", action="store_true", help="structure only, without text snippets"
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
    cmd.set_defaults(run=run)
