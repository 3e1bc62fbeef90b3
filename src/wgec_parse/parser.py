"""Text to tree: the LALR parser over the block tokens of :mod:`wgec_parse.lexer`."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from importlib import resources
from typing import Any

import lark
from lark.lexer import Lexer

from wgec_parse import lexer
from wgec_parse.nodes import (
    Block,
    BulletItem,
    BulletList,
    Clause,
    Document,
    Field,
    FrontMatter,
    Noise,
    Paragraph,
    Question,
)

__all__ = ["grammar_text", "parse"]


def grammar_text() -> str:
    """The Lark grammar shipped with the package."""
    return (resources.files("wgec_parse") / "grammar" / "wgec.lark").read_text("utf-8")


class _BlockLexer(Lexer):
    """Feeds lark the block tokens computed by :func:`wgec_parse.lexer.tokens`."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, text: str) -> Iterator[lark.Token]:  # type: ignore[override]
        token = lark.Token
        for kind, payload in lexer.tokens(text):
            yield token(kind, payload)


class _ToNodes(lark.Transformer[lark.Token, Document]):
    """One method per grammar rule; runs inline while the LALR parser reduces."""

    def start(self, children: list[Any]) -> Document:
        bom = False
        front = None
        if isinstance(children[0], lark.Token) and children[0].type == "BOM":
            bom = True
            children = children[1:]
        if type(children[0]) is FrontMatter:
            front = children[0]
            children = children[1:]
        body = children[0]
        questions = tuple(children[1:-1])
        return Document(front, body, questions, children[-1].value, bom)

    def front_matter(self, children: list[Any]) -> FrontMatter:
        return FrontMatter(tuple(children))

    def field(self, children: list[lark.Token]) -> Field:
        return Field(children[0].value)

    def cover(self, children: list[lark.Token]) -> Paragraph:
        return Paragraph(children[0].value)

    def noise(self, children: list[lark.Token]) -> Noise:
        noise: Noise = children[0].value[0]
        return noise

    def body(self, children: list[Block]) -> tuple[Block, ...]:
        return tuple(children)

    def question(self, children: list[Any]) -> Question:
        return Question(children[0].value, tuple(children[1:]))

    def clause(self, children: list[Any]) -> Clause:
        if children and type(children[-1]) is list:
            return Clause(children[0].value, (*children[1:-1], *children[-1]))
        return Clause(children[0].value, tuple(children[1:]))

    def subclauses(self, children: list[Clause]) -> list[Clause]:
        return children

    def paragraph(self, children: list[lark.Token]) -> Paragraph:
        return Paragraph(children[0].value)

    def bullet_list(self, children: list[BulletItem]) -> BulletList:
        return BulletList(tuple(children))

    def item(self, children: list[Any]) -> BulletItem:
        if len(children) == 2:
            return BulletItem(children[0].value, children[1].items)
        return BulletItem(children[0].value)


@functools.cache
def _parser() -> lark.Lark:
    return lark.Lark(
        grammar_text(),
        parser="lalr",
        lexer=_BlockLexer,
        transformer=_ToNodes(),
        strict=True,
    )


def parse(text: str) -> Document:
    """Parse the text of a submission into a :class:`~wgec_parse.nodes.Document`.

    Total: every ``str`` parses, and ``render(parse(text)) == text``.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}")
    document = _parser().parse(text)
    assert isinstance(document, Document)
    return document
