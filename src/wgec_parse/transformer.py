"""The block grammar's rules, turned into nodes as lark's LALR parser reduces them."""

from __future__ import annotations

from typing import Any

import lark

from wgec_parse.nodes import (
    BulletItem,
    BulletList,
    Clause,
    Closing,
    Document,
    Field,
    FrontMatter,
    Noise,
    Paragraph,
    Question,
    Table,
)

__all__ = ["ToNodes"]


def _payload(token: Any) -> Any:
    return token.value if isinstance(token, lark.Token) else token


class ToNodes(lark.Transformer[lark.Token, Document]):
    """One method per grammar rule, called as the LALR parser reduces it.

    Terminals arrive as tokens whose value is their payload: a
    :class:`~wgec_parse.lexer.Group` of lines for a block, of blank lines for TRAILER,
    "" for BOM.
    """

    def start(self, children: list[Any]) -> Document:
        bom = isinstance(children[0], lark.Token) and children[0].type == "BOM"
        if bom:
            children = children[1:]
        front = None
        if type(children[0]) is FrontMatter:
            front = children[0]
            children = children[1:]
        trailing = tuple(_payload(children[-1]))
        closing = None
        if type(children[-2]) is Closing:
            closing = children[-2]
            children = [*children[:-2], children[-1]]
        questions = tuple(children[1:-1])
        return Document(front, children[0], questions, trailing, bom, closing=closing)

    def closing(self, children: list[Any]) -> Closing:
        return Closing(tuple(children))

    def front_matter(self, children: list[Any]) -> FrontMatter:
        return FrontMatter(tuple(children))

    def field(self, children: list[Any]) -> Field:
        return Field(tuple(_payload(children[0])))

    def noise(self, children: list[Any]) -> Noise:
        noise: Noise = _payload(children[0])[0]
        return noise

    def body(self, children: list[Any]) -> tuple[Any, ...]:
        return tuple(children)

    def question(self, children: list[Any]) -> Question:
        return Question(tuple(_payload(children[0])), tuple(children[1:]))

    def clause(self, children: list[Any]) -> Clause:
        body = children[1:]
        if body and type(body[-1]) is list:  # sub-clauses
            body = [*body[:-1], *body[-1]]
        return Clause(tuple(_payload(children[0])), tuple(body))

    def subclauses(self, children: list[Clause]) -> list[Clause]:
        return list(children)

    def paragraph(self, children: list[Any]) -> Paragraph:
        return Paragraph(tuple(_payload(children[0])))

    cover = paragraph  # cover lines before the first field or heading

    def table(self, children: list[Any]) -> Table:
        return Table(tuple(_payload(children[0])))

    cover_table = table  # a table in the front matter or the closing

    def bullet_list(self, children: list[BulletItem]) -> BulletList:
        return BulletList(tuple(children))

    def item(self, children: list[Any]) -> BulletItem:
        nested = children[-1].items if type(children[-1]) is BulletList else ()
        tables = tuple(c for c in children[1:] if type(c) is Table)
        return BulletItem(tuple(_payload(children[0])), nested, tables=tables)
