"""wgec_parse: lossless parsing of WGEC consultation submissions into typed trees."""

from __future__ import annotations

from wgec_parse.errors import InputTooLarge, ReadError, WgecError
from wgec_parse.nodes import (
    Blank,
    BulletItem,
    BulletList,
    Clause,
    Document,
    Field,
    FrontMatter,
    Line,
    Noise,
    Paragraph,
    Position,
    Question,
)
from wgec_parse.parser import parse
from wgec_parse.reading import decode, parse_file
from wgec_parse.render import render, render_clean

__all__ = [
    "Blank",
    "BulletItem",
    "BulletList",
    "Clause",
    "Document",
    "Field",
    "FrontMatter",
    "InputTooLarge",
    "Line",
    "Noise",
    "Paragraph",
    "Position",
    "Question",
    "ReadError",
    "WgecError",
    "decode",
    "parse",
    "parse_file",
    "render",
    "render_clean",
]
