"""Answers as table rows: one per (document, question, clause), for spreadsheets and pandas.

>>> rows = list(iter_answers([("sub.txt", parse(text))]))   # doctest: +SKIP
>>> pandas.DataFrame(rows)                                    # doctest: +SKIP

Each clause (sub-clauses included, in document order) gives one row whose ``text`` is the
clause's clean text followed by its paragraphs and bullet items, one per line (items as
``- text``, indented two spaces per nesting level); sub-clauses get rows of their own.
Paragraphs and bullets of a question that stand outside any clause give one more row,
with ``clause == ""``, ahead of the clause rows.  Blocks before the first question heading
belong to ``question == ""``.  Front matter gives no rows.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from wgec_parse.nodes import Block, BulletItem, BulletList, Clause, Document, Paragraph, walk

__all__ = ["Answer", "answers", "block_text", "iter_answers"]


class Answer(NamedTuple):
    """One row of the answers table."""

    path: str  #: The file the document was read from ("" if not given).
    document: str  #: A short id: the file name without extension, or the position.
    submitter: str  #: Who submitted it (the "Submitted by" field or similar), or "".
    question: str  #: The question number ("1"), or "" for text before any question.
    question_title: str  #: The question heading's clean text.
    clause: str  #: The clause number ("2.5", "a"), or "" for text outside clauses.
    text: str  #: Clean text: the clause, its paragraphs and bullet items, one per line.
    line: int  #: 1-based line in the source text where the clause (or text) starts.


def block_text(block: Paragraph | BulletList) -> str:
    """Clean text of a paragraph, or of a list as ``- item`` lines indented by level."""
    if type(block) is Paragraph:
        return block.text
    return "\n".join(
        "  " * (len(parents) - 1) + "- " + node.text
        for node, parents in walk(block, lines=False)
        if type(node) is BulletItem
    )


def _block_line(block: Block) -> int:
    if isinstance(block, BulletList):
        return block.items[0].head.line
    return block.head.line


def _rows_of(body: tuple[Block, ...]) -> Iterator[tuple[str, str, int]]:
    """(clause number, text, line) for the loose text of ``body``, then every clause."""
    loose = [b for b in body if not isinstance(b, Clause)]
    if loose:
        yield "", "\n".join(block_text(b) for b in loose), _block_line(loose[0])
    for top in body:
        for clause, _ in walk(top, lines=False):
            if type(clause) is Clause:
                parts = [clause.text]
                parts.extend(block_text(b) for b in clause.body if not isinstance(b, Clause))
                yield clause.number, "\n".join(p for p in parts if p), clause.head.line


def answers(
    document: Document, path: str | os.PathLike[str] = "", doc_id: str = ""
) -> Iterator[Answer]:
    """The rows of one document; ``doc_id`` defaults to the file name without extension."""
    name = os.fspath(path)
    if not doc_id:
        doc_id = os.path.splitext(os.path.basename(name))[0]
    front = document.front_matter
    submitter = (front.submitted_by if front is not None else None) or ""
    for clause, text, line in _rows_of(document.body):
        yield Answer(name, doc_id, submitter, "", "", clause, text, line)
    for question in document.questions:
        for clause, text, line in _rows_of(question.body):
            yield Answer(
                name, doc_id, submitter, question.number, question.title, clause, text, line
            )


def iter_answers(
    docs: Iterable[Document | tuple[str | os.PathLike[str], Document]],
) -> Iterator[Answer]:
    """Rows for many documents, lazily: pass documents, or ``(path, document)`` pairs.

    A document given without a path gets its position ("0", "1", ...) as its id.
    """
    for index, entry in enumerate(docs):
        if isinstance(entry, Document):
            yield from answers(entry, "", str(index))
        else:
            path, document = entry
            yield from answers(document, path)
