"""The ``wgec-parse`` command line: ``main(argv) -> int``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from wgec_parse.commands import COMMANDS
from wgec_parse.errors import WgecError

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``wgec-parse``."""
    parser = argparse.ArgumentParser(
        prog="wgec-parse",
        description="Parse, render and check the text of WGEC consultation submissions.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMANDS:
        module.register(commands)
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
