"""Helpers shared by the subcommands."""

from __future__ import annotations

import json
import sys

import attrs

from wgec_parse.errors import InputTooLarge, ReadError
from wgec_parse.nodes import Document, Line
from wgec_parse.parser import parse
from wgec_parse.reading import decode, parse_file
from wgec_parse.render import iter_lines, render

__all__ = ["load_document"]


def load_document(path: str) -> Document:
    """Parse a text file, or standard input for ``-``.  Raises ReadError."""
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            text, encoding = decode(sys.stdin.buffer.read(), name)
            document = attrs.evolve(parse(text), encoding=encoding)
        else:
            document = parse_file(path)
    except InputTooLarge as err:
        raise ReadError(str(err), name) from None  # the same, naming the file
    _refuse_json(document, name)
    return document


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
