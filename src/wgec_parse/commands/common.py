"""Helpers shared by the subcommands."""

from __future__ import annotations

import json
import os
import stat
import sys

from wgec_parse import limits
from wgec_parse.errors import InputTooLarge, ReadError
from wgec_parse.extraction import Origins
from wgec_parse.loaders import load_with_origins
from wgec_parse.nodes import Document, Line, iter_lines
from wgec_parse.reading import read_bytes, read_stream
from wgec_parse.rendering import render

__all__ = ["load_document", "load_document_with_origins", "write_output"]


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
    name = "<stdin>" if path == "-" else path
    limit = limits.MAX_FILE_BYTES
    try:
        if path != "-" and _regular_or_missing(path, limit):
            # .txt, .docx or .pdf, told apart by content
            document, origins = load_with_origins(path, form=form)
        else:
            # Standard input, a pipe or a device (/dev/zero): read at most the limit.
            try:
                if path == "-":
                    data = read_stream(sys.stdin.buffer, limit, name)
                else:
                    data = read_bytes(path, limit, special=True)
            except InputTooLarge as err:  # named once, below
                raise InputTooLarge(err.size, err.limit, "input", "bytes") from None
            # Told apart by content, as files are.
            document, origins = load_with_origins(data, name=name, form=form)
    except InputTooLarge as err:
        raise ReadError(str(err), name) from None  # the same, naming the file
    _refuse_json(document, name)
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


def _refuse_json(document: Document, path: str) -> None:
    """A JSON file given where text is expected is a mistake, not a submission."""
    head = next((line for line in iter_lines(document) if isinstance(line, Line)), None)
    if head is None or head.content[:1] not in ("{", "["):
        return
    try:
        json.loads(render(document))
    except (ValueError, RecursionError):
        return  # text that merely starts with a bracket
    raise ReadError("JSON, not the text of a submission (wgec-parse render reads JSON)", path)
