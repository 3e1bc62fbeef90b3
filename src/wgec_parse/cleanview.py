"""The clean view of a document: its text for analysis, as records.

Front-matter fields and cover paragraphs; the blocks that come before the first
question; then each question with its own.  A question's, a clause's and the
document's ``body`` holds paragraphs, bullet lists, tables and clauses in one array, in the
order written, each tagged by ``"type"`` (:data:`TAGS`).  Every entry is clean text
(wrapped lines joined, noise dropped) with the 1-based source line where it starts, and
there is no trivia, so the view cannot be read back into a document.
:func:`wgec_parse.jsonio.to_dict` writes it with ``view="clean"``, through the same
converter as the full view; its JSON Schema is generated from these classes.
"""

from __future__ import annotations

from typing import Final

import attrs

from wgec_parse.nodes import (
    Block,
    BulletItem,
    BulletList,
    Clause,
    Closing,
    Document,
    Field,
    FrontMatter,
    Node,
    Paragraph,
    Question,
    Table,
)
from wgec_parse.questions import WGEC2, match_heading

__all__ = [
    "TAGS",
    "CleanBlock",
    "CleanBullet",
    "CleanBulletList",
    "CleanClause",
    "CleanClosing",
    "CleanDocument",
    "CleanField",
    "CleanFront",
    "CleanParagraph",
    "CleanQuestion",
    "CleanTable",
    "clean_node",
    "clean_view",
]


@attrs.frozen
class CleanField:
    """A memo or cover field."""

    name: str  #: The name without its colon.
    value: str  #: The value, wrapped lines joined.
    line: int  #: Where the field starts.


@attrs.frozen
class CleanParagraph:
    """A paragraph."""

    text: str  #: Its clean text.
    line: int  #: Where it starts.


@attrs.frozen
class CleanTable:
    """A table: rows of cells."""

    #: The header's cells, where the table has a header row (above a delimiter row).
    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]  #: The rows under the header, each its cells' text.
    line: int  #: Where it starts.


@attrs.frozen
class CleanBullet:
    """A bullet item and the items nested in it."""

    glyph: str  #: The glyph as written; "" where extraction lost it.
    text: str  #: Its clean text, nested items excluded.
    line: int  #: Where it starts.
    #: The tables indented under its text (given by keyword).
    tables: tuple[CleanTable, ...] = attrs.field(default=(), kw_only=True)
    children: tuple[CleanBullet, ...] = ()  #: The nested items.


@attrs.frozen
class CleanBulletList:
    """A run of sibling bullet items."""

    line: int  #: Where the first item starts.
    items: tuple[CleanBullet, ...]  #: The items, in order.


@attrs.frozen
class CleanClause:
    """A numbered clause with what it holds."""

    number: str  #: The normalised number ("1.1", "a").
    marker: str  #: The number as written ("1.1.", "(a)").
    text: str  #: Its own clean text.
    line: int  #: Where it starts.
    body: tuple[CleanBlock, ...]  #: Its paragraphs, bullet lists, tables and sub-clauses.


@attrs.frozen
class CleanQuestion:
    """A question heading with its answer."""

    number: str  #: The normalised number ("1"); "" if the heading has none.
    marker: str  #: The number as written ("1)", "Question 1:").
    title: str  #: The heading's clean text.
    line: int  #: Where the heading starts.
    body: tuple[CleanBlock, ...]  #: The answer: paragraphs, lists, tables, clauses, in order.
    #: The id of the WGEC-2 question it answers ("wgec2-q2"), None if none matches.
    question_id: str | None = None
    #: How that question was found: "number", "wording", "topic" or "none".
    matched_by: str = "none"


@attrs.frozen
class CleanFront:
    """Front matter: memo fields and cover paragraphs."""

    fields: tuple[CleanField, ...]  #: The fields, in order.
    cover: tuple[CleanParagraph, ...]  #: The cover paragraphs, in order.
    tables: tuple[CleanTable, ...] = attrs.field(default=(), kw_only=True)  #: Its tables.


@attrs.frozen
class CleanClosing:
    """What follows the last answer from a sign-off on."""

    fields: tuple[CleanField, ...]  #: Contact fields.
    paragraphs: tuple[CleanParagraph, ...]  #: The sign-off, names and signature lines.
    tables: tuple[CleanTable, ...] = attrs.field(default=(), kw_only=True)  #: Its tables.


#: What a body holds, each entry tagged by its "type".
CleanBlock = CleanParagraph | CleanBulletList | CleanTable | CleanClause
#: The "type" tag of each member of :data:`CleanBlock`.
TAGS: Final[dict[type, str]] = {
    CleanParagraph: "paragraph",
    CleanBulletList: "bullet_list",
    CleanTable: "table",
    CleanClause: "clause",
}


@attrs.frozen
class CleanDocument:
    """A whole submission's clean view."""

    fields: tuple[CleanField, ...]  #: The front-matter fields.
    cover: tuple[CleanParagraph, ...]  #: The front matter's cover paragraphs.
    #: The front matter's tables.
    front_tables: tuple[CleanTable, ...] = attrs.field(default=(), kw_only=True)
    body: tuple[CleanBlock, ...]  #: Blocks before the first question, in order.
    questions: tuple[CleanQuestion, ...]  #: The questions, in order.
    closing: CleanClosing | None = None  #: The closing after the last answer, if any.


def _field(f: Field) -> CleanField:
    return CleanField(f.name, f.value, f.head.line)


def _paragraph(p: Paragraph) -> CleanParagraph:
    return CleanParagraph(p.text, p.head.line)


def _table(t: Table) -> CleanTable:
    return CleanTable(t.header, t.data_rows, t.head.line)


def _paragraphs(blocks: tuple[object, ...]) -> tuple[CleanParagraph, ...]:
    return tuple(_paragraph(b) for b in blocks if type(b) is Paragraph)


def _tables(blocks: tuple[object, ...]) -> tuple[CleanTable, ...]:
    return tuple(_table(b) for b in blocks if type(b) is Table)


def _bullet(item: BulletItem) -> CleanBullet:
    """An item and its nested items (a stack of its own: nesting may be deep)."""
    done: dict[int, CleanBullet] = {}
    stack: list[tuple[BulletItem, bool]] = [(item, False)]
    while stack:
        current, expanded = stack.pop()
        if expanded:
            kids = tuple(done.pop(id(c)) for c in current.children)
            tables = tuple(_table(t) for t in current.tables)
            done[id(current)] = CleanBullet(
                current.glyph, current.text, current.head.line, kids, tables=tables
            )
        else:
            stack.append((current, True))
            stack.extend((c, False) for c in current.children)
    return done[id(item)]


def _bullet_list(block: BulletList) -> CleanBulletList:
    return CleanBulletList(block.start.line, tuple(_bullet(i) for i in block.items))


def _clause(clause: Clause) -> CleanClause:
    return CleanClause(
        clause.number, clause.marker, clause.text, clause.head.line, _body(clause.body)
    )


def _block(block: Block) -> CleanBlock:
    if type(block) is Paragraph:
        return _paragraph(block)
    if type(block) is BulletList:
        return _bullet_list(block)
    if type(block) is Table:
        return _table(block)
    assert type(block) is Clause
    return _clause(block)


def _body(blocks: tuple[Block, ...]) -> tuple[CleanBlock, ...]:
    return tuple(_block(b) for b in blocks)


def _question(q: Question) -> CleanQuestion:
    # As validation and batch match it: the answer to question 2 written under "I." is
    # question 2's.
    found = match_heading(q.number, q.title, WGEC2, numbered=q.numbered)
    spec_id = found.spec.id if found.spec is not None else None
    return CleanQuestion(
        q.number, q.marker, q.title, q.head.line, _body(q.body), spec_id, found.how
    )


def _closing(closing: Closing | None) -> CleanClosing | None:
    if closing is None:
        return None
    return CleanClosing(
        tuple(_field(f) for f in closing.fields),
        _paragraphs(closing.blocks),
        tables=_tables(closing.blocks),
    )


def clean_view(document: Document) -> CleanDocument:
    """The clean view of ``document``."""
    front = document.front_matter
    blocks = front.blocks if front is not None else ()
    return CleanDocument(
        tuple(_field(f) for f in blocks if type(f) is Field),
        _paragraphs(blocks),
        _body(document.body),
        tuple(_question(q) for q in document.questions),
        _closing(document.closing),
        front_tables=_tables(blocks),
    )


#: The record of each node class that has one, by class.
_RECORDS: Final = {
    Question: _question,
    Clause: _clause,
    Paragraph: _paragraph,
    Table: _table,
    BulletList: _bullet_list,
    BulletItem: _bullet,
    Field: _field,
    Closing: _closing,
    FrontMatter: lambda f: CleanFront(
        tuple(_field(x) for x in f.fields), _paragraphs(f.blocks), tables=_tables(f.blocks)
    ),
    Document: clean_view,
}


def clean_node(node: Node) -> object:
    """The clean record of ``node``, as it stands in the clean view of its document
    (front matter as a :class:`CleanFront`).  ValueError for a node that has none: a
    noise line, a line or a blank line, which the clean view leaves out."""
    make = _RECORDS.get(type(node))
    if make is None:
        raise ValueError(f"the clean view has no record of a {type(node).__name__}")
    return make(node)  # type: ignore[operator]
