"""Text to tree: lark's LALR parser over the block tokens of :mod:`wgec_parse.lexer`.

The grammar (``grammar/wgec.lark``) is compiled once, at development time
(:mod:`wgec_parse.grammars`), with :class:`~wgec_parse.transformer.ToNodes` as its
inline transformer: each rule becomes its node as soon as the parser reduces it, with
no lark tree in between.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from wgec_parse import grammars, lexer
from wgec_parse.errors import InputTooLarge
from wgec_parse.limits import MAX_SIZE
from wgec_parse.nesting import MAX_DEPTH_LIMIT
from wgec_parse.nodes import Document
from wgec_parse.questions import WGEC2, QuestionSet, question_set

__all__ = ["parse"]


def _check_arguments(text: str, max_size: int | None, max_depth: int) -> None:
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}")
    if isinstance(max_depth, bool) or not isinstance(max_depth, int) or max_depth < 1:
        raise ValueError(f"max_depth must be a whole number from 1 up, not {max_depth!r}")
    if max_depth > MAX_DEPTH_LIMIT:
        raise ValueError(
            f"max_depth must be at most {MAX_DEPTH_LIMIT}, not {max_depth}: deeper trees "
            "cannot be compared, hashed or printed within Python's recursion limit"
        )
    if max_size is not None and len(text) > max_size:
        raise InputTooLarge(len(text), max_size, "text")


def _heading_lines(lines: Iterable[int]) -> tuple[int, ...]:
    """``lines`` as a document keeps them: ascending, once each; whole numbers from 1."""
    numbers = set()
    for number in lines:
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise ValueError(f"heading_lines must hold line numbers from 1 up, not {number!r}")
        numbers.add(number)
    return tuple(sorted(numbers))


def parse(
    text: str,
    *,
    questions: QuestionSet | str = WGEC2,
    max_size: int | None = MAX_SIZE,
    max_depth: int = lexer.MAX_DEPTH,
    heading_lines: Iterable[int] = (),
) -> Document:
    """Parse the text of a submission into a :class:`~wgec_parse.nodes.Document`.

    Total: every ``str`` up to ``max_size`` characters parses, and
    ``render(parse(text)) == text``.  Longer text raises
    :class:`~wgec_parse.errors.InputTooLarge` (``max_size=None``: no limit).  Bullets,
    and clauses, nest at most ``max_depth`` levels deep (at most
    :data:`~wgec_parse.limits.MAX_DEPTH_LIMIT`); deeper ones become siblings at that
    depth, so nothing is lost.  ``questions`` (a
    :class:`~wgec_parse.questions.QuestionSet`, a built-in set's name or a question-set
    file) says which wordings and topics make an unnumbered or short line a heading.
    ``heading_lines`` are the 1-based numbers of lines that the original styled as
    headings (a Word heading style; :func:`~wgec_parse.load` passes them): such a line
    heads a question when it asks one, opens with a question's wording or names a
    question's topic, with or without a number.  The document keeps them
    (:attr:`~wgec_parse.nodes.Document.heading_lines`), so that
    ``parse(render(doc), heading_lines=doc.heading_lines) == doc``.
    """
    _check_arguments(text, max_size, max_depth)
    styled = _heading_lines(heading_lines)
    if isinstance(questions, str):
        questions = question_set(questions)
    tokens = lexer.tokens(text, max_depth, questions, frozenset(styled))
    document: object = grammars.blocks_parser().parse(tokens)
    assert type(document) is Document
    return attrs.evolve(document, heading_lines=styled) if styled else document
