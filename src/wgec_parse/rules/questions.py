"""Question headings: found at all, known, answered, in order, once, worded officially."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from typing import Final

from wgec_parse.nodes import Position, Question
from wgec_parse.questions import (
    QuestionSet,
    QuestionSpec,
    best_similarity,
    compared_words,
    folded_words,
)
from wgec_parse.rules.base import Diagnostic, Related, rule
from wgec_parse.rules.context import Context

__all__ = ["script_of"]

#: A heading reads as another question when it is at least this close to that one's
#: wording, and closer to it than to its own question's.
_OTHER_MIN: Final = 0.6
#: Closer than this to its own wording, a heading is a rewording of it.
_REWORDING_MIN: Final = 0.5
#: How much of a wording a message quotes.
_SNIPPET: Final = 60


_ASCII_LETTER: Final = re.compile("[A-Za-z]")


def script_of(text: str) -> str:
    """The main writing system of ``text``: "LATIN", "CYRILLIC", "ARABIC", "CJK"…, or ""."""
    if text.isascii():
        return "LATIN" if _ASCII_LETTER.search(text) is not None else ""
    counts: Counter[str] = Counter()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            counts[name.split(" ", 1)[0] if name else ""] += 1
    if not counts:
        return ""
    return counts.most_common(1)[0][0]


@functools.lru_cache(maxsize=64)
def _script_of_wording(wording: str) -> str:
    return script_of(wording)


def _heading_span(question: Question) -> tuple[Position, Position]:
    head = question.head
    return head.start, head.end


def _short(text: str) -> str:
    """``text``, cut to :data:`_SNIPPET` characters with "..." when longer."""
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 3].rstrip() + "..."


def _label(question: Question) -> str:
    short = _short(question.title)
    number = question.number
    return f'question {number} ("{short}")' if number else f'the heading "{short}"'


def _related(question: Question, what: str) -> Related:
    start = question.start
    return Related(start.line, start.column, what)


@rule("no-questions", "error", "No question heading could be found in the document.")
def no_questions(ctx: Context) -> Iterator[Diagnostic]:
    if ctx.doc.questions:
        return
    yield no_questions.finding(
        "No question heading was found, so the text cannot be attributed to the questions "
        "it answers.",
        *ctx.first_span,
    )


@rule("empty-answer", "warning", "A question heading has nothing under it.")
def empty_answer(ctx: Context) -> Iterator[Diagnostic]:
    for question in ctx.doc.questions:
        if question.body:
            continue
        yield empty_answer.finding(
            f"The answer to {_label(question)} is empty: no text follows the heading.",
            *_heading_span(question),
        )


@rule("unknown-question", "warning", "A heading answers no question of the question set.")
def unknown_question(ctx: Context) -> Iterator[Diagnostic]:
    qset = ctx.questions
    if qset is None:
        return
    for m in ctx.matches:
        if m.spec is not None:
            continue
        question = m.question
        heading = f"of {_label(question)}" if question.number else f'"{_short(question.title)}"'
        yield unknown_question.finding(
            f"The heading {heading} matches none of the "
            f"{len(qset.questions)} questions of {qset.name}, by number or by wording.",
            *_heading_span(m.question),
        )


@rule("unanswered-question", "warning", "A question of the question set has no answer.")
def unanswered_question(ctx: Context) -> Iterator[Diagnostic]:
    qset = ctx.questions
    if qset is None or not ctx.doc.questions:
        return  # no-questions already says that nothing is answered
    answered: dict[int, Question] = {}
    for m in ctx.matches:
        if m.spec is not None:
            answered.setdefault(id(m.spec), m.question)
    for index, spec in enumerate(qset.questions):
        if id(spec) in answered:
            continue
        # Point at the heading that should have come after it, else the last heading.
        later = [answered[id(s)] for s in qset.questions[index + 1 :] if id(s) in answered]
        anchor = later[0] if later else ctx.doc.questions[-1]
        yield unanswered_question.finding(
            f"Question {spec.number} of {qset.name} is not answered: no heading matches "
            f'its number or its wording ("{_short(spec.wording)}").',
            *_heading_span(anchor),
        )


@rule("question-duplicate", "warning", "Two headings answer the same question.")
def question_duplicate(ctx: Context) -> Iterator[Diagnostic]:
    first: dict[int, Question] = {}
    for m in ctx.matches:
        if m.spec is None:
            continue
        earlier = first.setdefault(id(m.spec), m.question)
        if earlier is m.question:
            continue
        yield question_duplicate.finding(
            f"Question {m.spec.number} is answered twice; its first heading is on line "
            f"{earlier.start.line}.",
            *_heading_span(m.question),
            [_related(earlier, f"first answer to question {m.spec.number}")],
        )


@rule("question-out-of-order", "warning", "Questions are answered out of their official order.")
def question_out_of_order(ctx: Context) -> Iterator[Diagnostic]:
    qset = ctx.questions
    if qset is None:
        return
    order = {id(spec): i for i, spec in enumerate(qset.questions)}
    latest: tuple[int, Question, QuestionSpec] | None = None
    for m in ctx.matches:
        if m.spec is None:
            continue
        rank = order[id(m.spec)]
        if latest is not None and rank < latest[0]:
            yield question_out_of_order.finding(
                f"Question {m.spec.number} is answered after question {latest[2].number}; "
                f"{qset.name} asks them the other way round.",
                *_heading_span(m.question),
                [_related(latest[1], f"question {latest[2].number}")],
            )
        elif latest is None or rank > latest[0]:
            latest = (rank, m.question, m.spec)


def _closeness(words: list[str], spec: QuestionSpec, floor: float = 0.0) -> float:
    return best_similarity(words, spec.wordings, floor)


@rule(
    "question-text-mismatch",
    "warning",
    "A heading's wording differs from the official wording of its question.",
)
def question_text_mismatch(ctx: Context) -> Iterator[Diagnostic]:
    qset = ctx.questions
    if qset is None:
        return
    for m in ctx.matches:
        spec = m.spec
        if spec is None:
            continue
        title = m.question.title
        words = compared_words(title)
        if not words:
            continue
        if any(len(words) == len(w) and words == list(w) for w in map(folded_words, spec.wordings)):
            continue
        yield from _mismatch(m.question, title, words, spec, qset)


def _mismatch(
    question: Question, title: str, words: list[str], spec: QuestionSpec, qset: QuestionSet
) -> Iterator[Diagnostic]:
    start, end = _heading_span(question)
    own = _closeness(words, spec)
    # Another question is a rival only if it reads closer than the own one and at least
    # _OTHER_MIN: scores below that floor need not be exact.
    floor = max(own, _OTHER_MIN)
    others = [(s, _closeness(words, s, floor)) for s in qset.questions if s is not spec]
    rival = max(others, key=lambda pair: pair[1], default=None)
    if rival is not None and rival[1] >= _OTHER_MIN and rival[1] > own:
        yield question_text_mismatch.finding(
            f"The heading of question {spec.number} reads as question {rival[0].number} "
            f'of {qset.name} ("{_short(rival[0].wording)}").',
            start,
            end,
        )
        return
    # Wordings made for matching find the question; only official ones are compared.
    official_wordings = (spec.wording, *spec.translations)
    script = script_of(title)
    if script and all(script != _script_of_wording(w) for w in official_wordings):
        return  # a translation the question set does not hold: nothing to compare
    official = f'the official question ("{_short(spec.wording)}")'
    if best_similarity(words, official_wordings) >= _REWORDING_MIN:
        message = f"The heading of question {spec.number} rewords {official}."
    else:
        message = (
            f"The heading of question {spec.number} does not use the wording of {official}; "
            "it may be a paraphrase or a translation."
        )
    yield question_text_mismatch.finding(message, start, end, severity="info")
