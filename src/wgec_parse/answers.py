"""Answers as table rows: one per (document, question, clause), for spreadsheets and pandas.

>>> rows = list(iter_answers([("sub.txt", parse(text))]))   # doctest: +SKIP
>>> pandas.DataFrame(rows)                                    # doctest: +SKIP

Each clause (sub-clauses included, in document order) gives one row whose ``text`` is the
clause's clean text followed by its paragraphs, tables and bullet items, one per line
(items as ``- text``, indented two spaces per nesting level; a table a row a line, its
cells joined by `` | ``); sub-clauses get rows of their own.
Paragraphs and bullets of a question that stand outside any clause give one more row,
with ``clause == ""``, ahead of the clause rows.  Blocks before the first question heading
belong to no question (``question_id == ""``).  Front matter gives no rows.

Each row names the question it answers in the question set (``question_id``, and that
question's ``question`` number), found by number, wording or topic as validation finds
it (:func:`wgec_parse.questions.match_heading`), beside the number as written
(``question_written``) and how the match was made (``question_match``: ``number``,
``wording``, ``topic`` or ``none``).  So an answer to question 2 written first under
"I." is filed under question 2.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from wgec_parse.nodes import (
    Block,
    BulletItem,
    BulletList,
    Clause,
    Document,
    Paragraph,
    Question,
    Table,
    walk,
)
from wgec_parse.questions import WGEC2, QuestionMatch, QuestionSet, match_heading

__all__ = [
    "Answer",
    "Piece",
    "answer_pieces",
    "answers",
    "block_text",
    "document_submitter",
    "iter_answers",
    "question_match",
]


class Answer(NamedTuple):
    """One row of the answers table."""

    path: str  #: The file the document was read from ("" if not given).
    document: str  #: The document's id: its file name with extension, or its position.
    submitter: str  #: Who submitted it (the "Submitted by" field or similar), or "".
    question_id: str  #: The question set's id of the question answered ("wgec2-q2"), or "".
    #: The question set's number of that question ("2"); the number as written when no
    #: question of the set matches; "" for text before any question.
    question: str
    question_written: str  #: The heading's number as written, normalised ("I." gives "1").
    question_match: str  #: How the question was found: number, wording, topic or none.
    question_title: str  #: The question heading's clean text.
    clause: str  #: The clause number ("2.5", "a"), or "" for text outside clauses.
    text: str  #: Clean text: the clause, its paragraphs and bullet items, one per line.
    line: int  #: 1-based line in the source text where the clause (or text) starts.


class Piece(NamedTuple):
    """One line of an answer as a compilation shows it, in reading order."""

    kind: str  #: "paragraph", "table", "clause" or "bullet".
    level: int  #: Nesting: 0 for the answer's own blocks, 1 inside a clause or item...
    marker: str  #: The clause number or bullet glyph as written ("" for a paragraph).
    text: str  #: The clean text (a table's: a row a line, cells joined by " | ").


def _pieces(block: Block, level: int) -> Iterator[Piece]:
    if type(block) is Paragraph:
        yield Piece("paragraph", level, "", block.text)
    elif type(block) is Table:
        yield Piece("table", level, "", block.text)
    elif type(block) is BulletList:
        for node, parents in walk(block, lines=False):
            if type(node) is BulletItem:
                yield Piece("bullet", level + len(parents) - 1, node.glyph, node.text)
            elif type(node) is Table:  # under an item's text
                yield Piece("table", level + len(parents) - 1, "", node.text)
    elif type(block) is Clause:
        yield Piece("clause", level, block.marker, block.text)
        for inner in block.body:
            yield from _pieces(inner, level + 1)


def answer_pieces(body: Iterable[Block]) -> tuple[Piece, ...]:
    """The paragraphs, clauses (number as written) and bullet items of an answer, in
    reading order, each with its nesting level."""
    return tuple(piece for block in body for piece in _pieces(block, 0))


def block_text(block: Paragraph | Table | BulletList) -> str:
    """Clean text of a paragraph, of a table (a row a line, its cells joined by " | "),
    or of a list as ``- item`` lines indented by level (a table in an item as its rows,
    indented under the item)."""
    if type(block) is Paragraph or type(block) is Table:
        return block.text
    lines = []
    for node, parents in walk(block, lines=False):
        indent = "  " * (len(parents) - 1)
        if type(node) is BulletItem:
            lines.append(indent + "- " + node.text)
        elif type(node) is Table:  # under an item's text, a row a line
            lines.extend(indent + row for row in node.text.split("\n"))
    return "\n".join(lines)


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


def document_submitter(document: Document) -> str:
    """Who submitted ``document`` as its front matter says, or ""."""
    front = document.front_matter
    return (front.submitted_by if front is not None else None) or ""


def question_match(question: Question, questions: QuestionSet = WGEC2) -> QuestionMatch:
    """The question of ``questions`` that ``question`` answers, and how it was found."""
    return match_heading(question.number, question.title, questions, numbered=question.numbered)


def answers(
    document: Document,
    path: str | os.PathLike[str] = "",
    doc_id: str = "",
    questions: QuestionSet = WGEC2,
) -> Iterator[Answer]:
    """The rows of one document; ``doc_id`` defaults to the file name with extension."""
    name = os.fspath(path)
    if not doc_id:
        doc_id = os.path.basename(name)
    submitter = document_submitter(document)
    for clause, text, line in _rows_of(document.body):
        yield Answer(name, doc_id, submitter, "", "", "", "none", "", clause, text, line)
    for question in document.questions:
        found = question_match(question, questions)
        written = question.number
        qid = found.spec.id if found.spec is not None else ""
        number = found.spec.number if found.spec is not None else written
        for clause, text, line in _rows_of(question.body):
            yield Answer(
                name,
                doc_id,
                submitter,
                qid,
                number,
                written,
                found.how,
                question.title,
                clause,
                text,
                line,
            )


def iter_answers(
    docs: Iterable[Document | tuple[str | os.PathLike[str], Document]],
    questions: QuestionSet = WGEC2,
) -> Iterator[Answer]:
    """Rows for many documents, lazily: pass documents, or ``(path, document)`` pairs.

    A document given without a path gets its position ("0", "1", ...) as its id.
    """
    for index, entry in enumerate(docs):
        if isinstance(entry, Document):
            yield from answers(entry, "", str(index), questions)
        else:
            path, document = entry
            yield from answers(document, path, questions=questions)
