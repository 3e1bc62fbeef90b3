"""The ``wgec-parse`` command line: ``main(argv) -> int``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from wgec_parse import commands as _commands
from wgec_parse.errors import WgecError

__all__ = ["build_parser", "log_level", "main"]

_log = logging.getLogger("wgec_parse.cli")


class _Version(argparse.Action):
    """``--version``: print the version and exit; importlib.metadata only then."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        import wgec_parse

        sys.stdout.write(f"wgec-parse {wgec_parse.__version__}\n")
        parser.exit()


def _add_verbosity(parser: argparse.ArgumentParser, default: Any) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=default,
        help="log what is done to standard error (-vv: in detail)",
    )
    group.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=default,
        help="log errors only (no warnings)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``wgec-parse``.

    ``-v``/``--verbose`` and ``-q``/``--quiet`` are read before the command and after it.
    """
    return _parser(_commands.NAMES)


def _parser(names: Iterable[str]) -> argparse.ArgumentParser:
    """The argument parser with the subcommands ``names`` (keys of ``commands.NAMES``)."""
    parser = argparse.ArgumentParser(
        prog="wgec-parse",
        description="Parse, render and check the text of WGEC consultation submissions.",
    )
    parser.add_argument("--version", action=_Version, help="print the version and exit")
    _add_verbosity(parser, None)
    # The same options after the command; SUPPRESS keeps the ones given before it.
    shared = argparse.ArgumentParser(add_help=False)
    _add_verbosity(shared, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_parser = commands.add_parser

    def with_shared(*args: Any, **kwargs: Any) -> argparse.ArgumentParser:
        kwargs["parents"] = [*kwargs.get("parents", ()), shared]
        return add_parser(*args, **kwargs)

    commands.add_parser = with_shared  # type: ignore[method-assign]
    for name in names:
        _commands.module(name).register(commands)
    return parser


def _command_named(argv: Sequence[str]) -> str | None:
    """The command of ``argv`` when only ``-v``/``--verbose`` and ``-q``/``--quiet``
    stand before it; else None (help, the version, a mistake: the whole parser reads
    those)."""
    for arg in argv:
        if arg in _commands.NAMES:
            return arg
        counted = len(arg) > 1 and arg.rstrip("v") == "-"  # -v, -vv, ...
        if not counted and arg not in ("--verbose", "-q", "--quiet"):
            return None
    return None


def log_level(verbose: int | None, quiet: bool | None) -> int:
    """The level of the ``wgec_parse`` logger for ``-v`` (counted) and ``-q``: warnings
    by default, INFO with ``-v``, DEBUG with ``-vv``, errors only with ``-q``."""
    if quiet:
        return logging.ERROR
    if not verbose:
        return logging.WARNING
    return logging.INFO if verbose == 1 else logging.DEBUG


@contextmanager
def _logging_to_stderr(level: int) -> Iterator[None]:
    """Records of the ``wgec_parse`` logger at ``level`` or worse, logged by this
    process, one line each on standard error, while the command runs."""
    logger = logging.getLogger("wgec_parse")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("wgec-parse: %(levelname)s: %(message)s"))
    handler.setLevel(level)
    # A batch's worker processes inherit the handler when forked; what they log comes
    # back with each file's result instead, so only this process's records are shown.
    pid = os.getpid()
    handler.addFilter(lambda record: record.process == pid)
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(level)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 findings, 2 bad input)."""
    argv = sys.argv[1:] if argv is None else argv
    # A command's parser alone, when the command is plain to see: the other commands'
    # modules are not imported.
    command = _command_named(argv)
    parser = build_parser() if command is None else _parser((command,))
    args = parser.parse_args(argv)
    with _logging_to_stderr(log_level(args.verbose, args.quiet)):
        started = time.perf_counter()
        try:
            code: int = args.run(args)
        except WgecError as err:
            sys.stderr.write(f"wgec-parse: {err}\n")
            return 2
        except BrokenPipeError:
            return _output_closed()
        _log.debug("%s: exit %d after %.3f s", args.command, code, time.perf_counter() - started)
    return code


def _output_closed() -> int:
    """The reader of standard output went away (``wgec-parse text FILE | head``): stop
    quietly, as other command-line tools do, with the exit code of a broken pipe (141).
    Standard output is pointed at the null device so that Python's flush at exit does
    not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 141


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
