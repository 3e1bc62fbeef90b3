"""Helpers shared by the subcommands."""

from __future__ import annotations

import sys

import attrs

from wgec_parse.nodes import Document
from wgec_parse.parser import parse
from wgec_parse.reading import decode, parse_file

__all__ = ["load_document"]


def load_document(path: str) -> Document:
    """Parse a text file, or standard input for ``-``.  Raises ReadError."""
    if path == "-":
        text, encoding = decode(sys.stdin.buffer.read(), "<stdin>")
        return attrs.evolve(parse(text), encoding=encoding)
    return parse_file(path)
