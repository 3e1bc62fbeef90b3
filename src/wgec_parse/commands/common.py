"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import functools
import json
import os
import stat
import sys
from collections.abc import Callable
from typing import Any, Final, TypeVar

import attrs

from wgec_parse import limits
from wgec_parse.errors import InputTooLarge, ReadError
from wgec_parse.extraction import Origins
from wgec_parse.loaders import load_with_origins
from wgec_parse.nodes import Document, Line, iter_lines
from wgec_parse.reading import read_bytes, read_stream
from wgec_parse.rendering import render

__all__ = [
    "Command",
    "add_files_argument",
    "add_output_option",
    "add_questions_option",
    "input_name",
    "load_document",
    "load_document_with_origins",
    "open_input",
    "read_input",
    "refuse_json",
    "refuse_json_document",
    "write_output",
]

_T = TypeVar("_T")

#: Why a JSON document given where a submission's text is expected is refused.
_JSON_NOT_TEXT: Final = "JSON, not the text of a submission (wgec-parse render reads JSON)"


@attrs.frozen
class Command:
    """A subcommand as its module declares it: ``register(subparsers)`` adds it."""

    name: str  #: What it is called on the command line.
    help: str  #: Its line in ``wgec-parse --help``.
    #: What ``wgec-parse NAME --help`` says of it (argparse folds the white space).
    description: str | None
    arguments: Callable[[argparse.ArgumentParser], None]  #: Adds its arguments.
    run: Callable[[argparse.Namespace], int]  #: Runs it: the exit status.

    def register(self, commands: Any) -> argparse.ArgumentParser:
        """Add the subcommand to ``commands`` (what ``add_subparsers`` returned)."""
        cmd: argparse.ArgumentParser = commands.add_parser(
            self.name, help=self.help, description=self.description
        )
        self.arguments(cmd)
        cmd.set_defaults(run=self.run)
        return cmd


def add_files_argument(
    cmd: argparse.ArgumentParser, help: str = "text file, or - for stdin"
) -> None:
    """The ``FILE...`` argument of the commands that read submissions one by one."""
    cmd.add_argument("files", nargs="+", metavar="FILE", help=help)


def add_output_option(cmd: argparse.ArgumentParser) -> None:
    """``-o OUT``: where :func:`write_output` writes, instead of standard output."""
    cmd.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")


def add_questions_option(
    cmd: argparse.ArgumentParser,
    help: str = "question set: a built-in name (wgec2) or a TOML or JSON file (default: wgec2)",
) -> None:
    """``--questions NAME|FILE``: the question set, ``wgec2`` unless it is given."""
    cmd.add_argument("--questions", default="wgec2", metavar="NAME|FILE", help=help)


def input_name(path: str) -> str:
    """How messages name an input: ``<stdin>`` for ``-``, else the path as given."""
    return "<stdin>" if path == "-" else path


def read_input(path: str, limit: int | None = None) -> bytes:
    """The bytes of standard input for ``-``, else of the file, pipe or device ``path``,
    never more than ``limit`` (default: the command line's byte limit,
    :data:`wgec_parse.limits.MAX_FILE_BYTES`, as it is when called).

    Raises ReadError, or InputTooLarge naming the input.
    """
    if limit is None:
        limit = limits.MAX_FILE_BYTES
    if path == "-":
        return read_stream(sys.stdin.buffer, limit, input_name(path))
    return read_bytes(path, limit, special=True)


def open_input(path: str, read: Callable[..., _T]) -> _T:
    """``read(path)`` for a file of known size (or a directory or nothing, which ``read``
    reports), else ``read(data, name=...)`` of at most the command line's byte limit
    read from standard input (``-``), a pipe or a device (``/dev/zero``).

    ``read`` is :func:`wgec_parse.loaders.load_with_origins` or
    :func:`~wgec_parse.loaders.extract`.  Raises ReadError, naming the input also when
    it is too large.
    """
    name = input_name(path)
    limit = limits.MAX_FILE_BYTES
    try:
        if path != "-" and _regular_or_missing(path, limit):
            # .txt, .docx or .pdf, told apart by content
            return read(path)
        try:
            data = read_input(path, limit)
        except InputTooLarge as err:  # named once, below
            raise InputTooLarge(err.size, err.limit, "input", "bytes") from None
        # Told apart by content, as files are.
        return read(data, name=name)
    except InputTooLarge as err:
        raise ReadError(str(err), name) from None  # the same, naming the file


def load_document(path: str) -> Document:
    """Parse a .txt, .docx or .pdf file, or standard input (any of them) for ``-``.

    Raises ReadError.
    """
    return load_document_with_origins(path)[0]


def load_document_with_origins(path: str, *, form: bool = True) -> tuple[Document, Origins]:
    """:func:`load_document`, and the origin of each line in the original .docx or PDF
    (:func:`wgec_parse.loaders.load_with_origins`; empty for text).  ``form=False``
    reads a form or spreadsheet export as the literal text it is.

    Raises ReadError.
    """
    document, origins = open_input(path, functools.partial(load_with_origins, form=form))
    refuse_json_document(document, input_name(path))
    return document, origins


def write_output(data: bytes, output: str | None) -> int:
    """Write ``data`` to standard output, or to the file ``output``; the exit code."""
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    try:
        with open(output, "wb") as handle:
            handle.write(data)
    except OSError as err:
        sys.stderr.write(f"wgec-parse: {output}: cannot write: {err.strerror or err}\n")
        return 2
    return 0


def _regular_or_missing(path: str, limit: int) -> bool:
    """Whether ``path`` can go to parse_file (a file of known size, a directory or
    nothing: it reports those); raises InputTooLarge for a file over ``limit``."""
    try:
        info = os.stat(path)
    except OSError:
        return True
    if stat.S_ISREG(info.st_mode) and info.st_size > limit:
        raise InputTooLarge(info.st_size, limit, "file", "bytes")
    return stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)


def refuse_json(text: str, name: str) -> None:
    """Raise ReadError naming ``name`` when ``text`` is a JSON object or array: a JSON
    file given where the text of a submission is expected is a mistake."""
    if text.lstrip()[:1] not in ("{", "["):
        return
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return  # text that merely starts with a bracket
    raise ReadError(_JSON_NOT_TEXT, name)


def refuse_json_document(document: Document, name: str) -> None:
    """:func:`refuse_json` for a parsed document, rendered only when its first line
    opens with a bracket."""
    head = next((line for line in iter_lines(document) if isinstance(line, Line)), None)
    if head is None or head.content[:1] not in ("{", "["):
        return
    refuse_json(render(document), name)
