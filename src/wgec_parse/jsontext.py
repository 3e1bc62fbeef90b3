"""The full JSON view written straight to text, for :func:`wgec_parse.jsonio.to_json`.

It writes exactly what ``json.dumps(to_dict(document), ensure_ascii=False)`` writes
(``tests/test_jsonio.py`` holds the two to each other) without building the dicts
first: a line of text becomes one formatted string, and repeated blank lines are
written once.  A tree that holds anything but the node types and plain ``str``,
``int``, ``bool`` and ``None`` values raises :class:`TypeError`, and the caller falls
back to the general route.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable
from typing import Any, Final, TypeVar

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
    Question,
)

__all__ = ["write_full"]

try:  # the C encoder's string function, as json.dumps(..., ensure_ascii=False) uses
    from _json import encode_basestring as _string
except ImportError:  # pragma: no cover - CPython always has it
    from json.encoder import py_encode_basestring as _string

_SHARED_BLANK_MAX: Final = 80
_T = TypeVar("_T")
_BODY: Final = frozenset((Paragraph, BulletList, Clause))  # the blocks of a body
_FRONT: Final = frozenset((Paragraph, Field, Noise))  # the blocks of front matter


def _number(value: object) -> str:
    if type(value) is not int:
        raise TypeError(f"a line number must be an int, not {type(value).__name__}")
    return int.__repr__(value)


def _scalar(value: object) -> str:
    if value is None or type(value) in (bool, str):
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(f"not a JSON scalar: {type(value).__name__}")


class _Writer:
    """Appends the JSON text of nodes to ``out``."""

    __slots__ = ("blanks", "body", "front", "out")

    def __init__(self) -> None:
        self.out: list[str] = []
        self.blanks: dict[tuple[str, str], str] = {}
        self.body = functools.partial(self.placed, _BODY)  #: Writes a block of a body.
        self.front = functools.partial(self.placed, _FRONT)  #: Writes a front-matter block.

    def blank(self, blank: Blank) -> str:
        if type(blank) is not Blank:
            raise TypeError(f"not a blank line: {type(blank).__name__}")
        key = (blank.ws, blank.eol)
        text = self.blanks.get(key)
        if text is None:
            text = f'{{"ws": {_string(blank.ws)}, "eol": {_string(blank.eol)}}}'
            if len(blank.ws) <= _SHARED_BLANK_MAX:
                self.blanks[key] = text
        return text

    def line(self, line: Line) -> str:
        """A line object without its closing brace (the caller may add a tag)."""
        if type(line) is not Line:
            raise TypeError(f"not a line: {type(line).__name__}")
        leading = ", ".join(map(self.blank, line.leading))
        return (
            f'{{"line": {_number(line.line)}, "text": {_string(line.text)}, '
            f'"marker": {_string(line.marker)}, "gap": {_string(line.gap)}, '
            f'"indent": {_string(line.indent)}, "trailing_ws": {_string(line.trailing_ws)}, '
            f'"eol": {_string(line.eol)}, "leading": [{leading}]'
        )

    def noise(self, noise: Noise) -> str:
        return f'{{"line": {self.line(noise.line)}}}, "type": "noise"}}'

    def entry(self, entry: Line | Noise) -> str:
        if type(entry) is Line:
            return self.line(entry) + ', "type": "line"}'
        if type(entry) is Noise:
            return self.noise(entry)
        raise TypeError(f"not a line or noise: {type(entry).__name__}")

    def lines(self, entries: tuple[Line | Noise, ...]) -> None:
        """Opens a block's object with its ``lines`` array."""
        self.out.append('{"lines": [' + ", ".join(map(self.entry, entries)) + "]")

    def array(self, values: Iterable[_T], write: Callable[[_T], None]) -> None:
        """A JSON array of ``values``, each written by ``write``."""
        put = self.out.append
        put("[")
        for index, value in enumerate(values):
            if index:
                put(", ")
            write(value)
        put("]")

    def placed(self, kinds: frozenset[type], block: Any) -> None:
        """A block where only ``kinds`` may stand (:data:`_BODY` or :data:`_FRONT`)."""
        if type(block) not in kinds:
            raise TypeError(f"a {type(block).__name__} cannot stand here")
        self.block(block)

    def block(self, block: Any) -> None:
        put = self.out.append
        kind = type(block)
        if kind is Paragraph or kind is Field:
            self.lines(block.lines)
            put(', "type": "paragraph"}' if kind is Paragraph else ', "type": "field"}')
        elif kind is Clause:
            self.lines(block.lines)
            put(', "body": ')
            self.array(block.body, self.body)
            put(', "type": "clause"}')
        elif kind is BulletList:
            put('{"items": ')
            self.array(block.items, self.item)
            put(', "type": "bullet_list"}')
        else:  # noise in front matter
            put(self.noise(block))

    def item(self, item: BulletItem) -> None:
        if type(item) is not BulletItem:
            raise TypeError(f"not a bullet item: {type(item).__name__}")
        self.lines(item.lines)
        self.out.append(', "children": ')
        self.array(item.children, self.item)
        self.out.append("}")

    def question(self, question: Question) -> None:
        if type(question) is not Question:
            raise TypeError(f"not a question: {type(question).__name__}")
        self.lines(question.lines)
        self.out.append(', "body": ')
        self.array(question.body, self.body)
        self.out.append("}")


def write_full(document: Document, schema: str, version: str) -> str:
    """The full view of ``document`` as JSON text (surrogates left as they are)."""
    if type(document) is not Document:
        raise TypeError(f"not a document: {type(document).__name__}")
    writer = _Writer()
    put = writer.out.append
    put(f'{{"schema": {_string(schema)}, "version": {_string(version)}, "front_matter": ')
    front = document.front_matter
    if front is None:
        put("null")
    elif type(front) is FrontMatter:
        put('{"blocks": ')
        writer.array(front.blocks, writer.front)
        put("}")
    else:
        raise TypeError(f"not front matter: {type(front).__name__}")
    put(', "body": ')
    writer.array(document.body, writer.body)
    put(', "questions": ')
    writer.array(document.questions, writer.question)
    put(', "trailing": [')
    put(", ".join(map(writer.blank, document.trailing)))
    put(
        f'], "bom": {_scalar(document.bom)}, "encoding": {_scalar(document.encoding)}, '
        f'"source": {_scalar(document.source)}}}'
    )
    return "".join(writer.out)
