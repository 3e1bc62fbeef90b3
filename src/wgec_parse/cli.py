"""The ``wgec-parse`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from wgec_parse.errors import WgecError
from wgec_parse.nodes import Document
from wgec_parse.outline import outline
from wgec_parse.parser import parse
from wgec_parse.reading import decode, parse_file

__all__ = ["main"]


def _load(path: str) -> Document:
    if path == "-":
        text, _ = decode(sys.stdin.buffer.read(), "<stdin>")
        return parse(text)
    return parse_file(path)


def _cmd_outline(args: argparse.Namespace) -> int:
    for path in args.files:
        document = _load(path)
        if len(args.files) > 1:
            sys.stdout.write(f"== {path}\n")
        sys.stdout.write(outline(document, text=not args.structure))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``wgec-parse``."""
    parser = argparse.ArgumentParser(
        prog="wgec-parse",
        description="Parse, render and check the text of WGEC consultation submissions.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    cmd = commands.add_parser("outline", help="print a readable outline of each file")
    cmd.add_argument("files", nargs="+", metavar="FILE", help="text file, or - for stdin")
    cmd.add_argument(
        "--structure", action="store_true", help="structure only, without text snippets"
    )
    cmd.set_defaults(run=_cmd_outline)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 findings, 2 bad input)."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except WgecError as err:
        sys.stderr.write(f"wgec-parse: {err}\n")
        return 2
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
