"""The clean view of a document: its text for analysis, as records.

Front-matter fields and cover paragraphs; the paragraphs, bullets and clauses that come
before the first question; then each question with its own.  Every entry is clean text
(wrapped lines joined, noise dropped) with the 1-based source line where it starts, and
there is no trivia, so the view cannot be read back into a document.
:func:`wgec_parse.jsonio.to_dict` writes it with ``view="clean"``, through the same
converter as the full view; its JSON Schema is generated from these classes.
"""

from __future__ import annotations

import attrs

from wgec_parse.nodes import Block, BulletItem, BulletList, Clause, Document, Field, Paragraph

__all__ = [
    "CleanBullet",
    "CleanClause",
    "CleanClosing",
    "CleanDocument",
    "CleanField",
    "CleanParagraph",
    "CleanQuestion",
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
class CleanBullet:
    """A bullet item and the items nested in it."""

    glyph: str  #: The glyph as written; "" where extraction lost it.
    text: str  #: Its clean text, nested items excluded.
    line: int  #: Where it starts.
    children: tuple[CleanBullet, ...]  #: The nested items.


@attrs.frozen
class CleanClause:
    """A numbered clause with what it holds."""

    number: str  #: The normalised number ("1.1", "a").
    marker: str  #: The number as written ("1.1.", "(a)").
    text: str  #: Its own clean text.
    line: int  #: Where it starts.
    paragraphs: tuple[CleanParagraph, ...]  #: Its further paragraphs.
    bullets: tuple[CleanBullet, ...]  #: Its first-level bullet items.
    clauses: tuple[CleanClause, ...]  #: Its sub-clauses.


@attrs.frozen
class CleanQuestion:
    """A question heading with its answer."""

    number: str  #: The normalised number ("1"); "" if the heading has none.
    marker: str  #: The number as written ("1)", "Question 1:").
    title: str  #: The heading's clean text.
    line: int  #: Where the heading starts.
    paragraphs: tuple[CleanParagraph, ...]  #: Paragraphs of the answer outside clauses.
    bullets: tuple[CleanBullet, ...]  #: Bullet items of the answer outside clauses.
    clauses: tuple[CleanClause, ...]  #: The answer's top-level clauses.


@attrs.frozen
class CleanClosing:
    """What follows the last answer from a sign-off on."""

    fields: tuple[CleanField, ...]  #: Contact fields.
    paragraphs: tuple[CleanParagraph, ...]  #: The sign-off, names and signature lines.


@attrs.frozen
class CleanDocument:
    """A whole submission's clean view."""

    fields: tuple[CleanField, ...]  #: The front-matter fields.
    cover: tuple[CleanParagraph, ...]  #: The front matter's cover paragraphs.
    paragraphs: tuple[CleanParagraph, ...]  #: Paragraphs before the first question.
    bullets: tuple[CleanBullet, ...]  #: Bullet items before the first question.
    clauses: tuple[CleanClause, ...]  #: Clauses before the first question.
    questions: tuple[CleanQuestion, ...]  #: The questions, in order.
    closing: CleanClosing | None = None  #: The closing after the last answer, if any.


def _paragraphs(blocks: tuple[object, ...]) -> tuple[CleanParagraph, ...]:
    return tuple(CleanParagraph(b.text, b.head.line) for b in blocks if type(b) is Paragraph)


def _bullet(item: BulletItem) -> CleanBullet:
    return CleanBullet(
        item.glyph, item.text, item.head.line, tuple(_bullet(c) for c in item.children)
    )


def _bullets(blocks: tuple[Block, ...]) -> tuple[CleanBullet, ...]:
    return tuple(_bullet(i) for b in blocks if type(b) is BulletList for i in b.items)


def _clauses(blocks: tuple[Block, ...]) -> tuple[CleanClause, ...]:
    return tuple(
        CleanClause(
            c.number,
            c.marker,
            c.text,
            c.head.line,
            _paragraphs(c.body),
            _bullets(c.body),
            _clauses(c.body),
        )
        for c in blocks
        if type(c) is Clause
    )


def clean_view(document: Document) -> CleanDocument:
    """The clean view of ``document``."""
    front = document.front_matter
    blocks = front.blocks if front is not None else ()
    return CleanDocument(
        tuple(CleanField(f.name, f.value, f.head.line) for f in blocks if type(f) is Field),
        _paragraphs(blocks),
        _paragraphs(document.body),
        _bullets(document.body),
        _clauses(document.body),
        tuple(
            CleanQuestion(
                q.number,
                q.marker,
                q.title,
                q.head.line,
                _paragraphs(q.body),
                _bullets(q.body),
                _clauses(q.body),
            )
            for q in document.questions
        ),
        _closing(document),
    )


def _closing(document: Document) -> CleanClosing | None:
    closing = document.closing
    if closing is None:
        return None
    return CleanClosing(
        tuple(CleanField(f.name, f.value, f.head.line) for f in closing.fields),
        _paragraphs(closing.blocks),
    )
