"""Clause numbering: duplicates, order, gaps, and clauses under the wrong question."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Final

from wgec_parse.nodes import Clause, Position, Question
from wgec_parse.numbering import question_number, roman_to_int
from wgec_parse.rules.base import Diagnostic, Related, rule
from wgec_parse.rules.context import Context, marker_end

__all__ = ["sequence_key"]

# Dotted numbers of up to 16 levels (the parser writes at most 6); bounded, so that a
# huge hand-made number fails after a few steps instead of stacking one per level.
_NUMERIC: Final = re.compile(r"\d{1,3}(?:\.\d{1,3}){0,15}")
_ROMAN: Final = re.compile(r"[ivxlc]{1,6}|[IVXLC]{1,6}")
_LETTER: Final = re.compile(r"[a-z]|[A-Z]")

#: (numbering family, prefix of a dotted number, value of its last part)
Key = tuple[str, tuple[int, ...], int]


def _is_roman_run(numbers: list[str]) -> bool:
    """Whether letter-like numbers of one list count in roman numerals (i, ii, iii)."""
    letters = [
        n for n in numbers if not n[:1].isdigit() and (_ROMAN.fullmatch(n) or _LETTER.fullmatch(n))
    ]
    if not letters or not all(_ROMAN.fullmatch(n) for n in letters):
        return False
    # "i" alone, or "i, ii": roman; "c, d" (both roman digits too): letters.
    return letters[0] in ("i", "I") or any(len(n) > 1 for n in letters)


def sequence_key(number: str, roman: bool) -> Key | None:
    """Where a clause number sits in its sequence: "2.5" is (n2, (2,), 5); None if odd."""
    if _NUMERIC.fullmatch(number):
        parts = tuple(map(int, number.split(".")))
        return f"n{len(parts)}", parts[:-1], parts[-1]
    if roman and _ROMAN.fullmatch(number):
        value = roman_to_int(number)
        return (("r" if number.islower() else "R"), (), value) if value else None
    if _LETTER.fullmatch(number):
        lower = number.lower()
        return ("a" if number.islower() else "A"), (), ord(lower) - ord("a") + 1
    return None


def _to_roman(value: int) -> str:
    out = ""
    for size, digits in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix")):
        while value >= size:
            out += digits
            value -= size
    for size, digits in ((5, "v"), (4, "iv"), (1, "i")):
        while value >= size:
            out += digits
            value -= size
    return out


def _number_for(key: Key, value: int) -> str:
    family, prefix, _ = key
    if family.startswith("n"):
        return ".".join(str(p) for p in (*prefix, value))
    if family in ("r", "R"):
        text = _to_roman(value)
        return text if family == "r" else text.upper()
    if 1 <= value <= 26:
        letter = chr(ord("a") + value - 1)
        return letter if family == "a" else letter.upper()
    return str(value)


def _where(question: Question | None) -> str:
    if question is None:
        return "before the first question"
    number = question.number
    return f"under question {number}" if number else "under this question"


def _keyed(clauses: tuple[Clause, ...]) -> list[tuple[Clause, Key]]:
    numbers = [c.number for c in clauses]
    roman = _is_roman_run(numbers)
    out = []
    for clause, number in zip(clauses, numbers, strict=True):
        key = sequence_key(number, roman)
        if key is not None:
            out.append((clause, key))
    return out


def _marker_span(clause: Clause) -> tuple[Position, Position]:
    """Where a clause's number is written: what its findings point at."""
    head = clause.head
    return head.start, marker_end(head)


def _related(node: Clause | Question, what: str) -> Related:
    start = node.start
    return Related(start.line, start.column, what)


@rule("duplicate-clause", "warning", "A clause number is used twice under one question.")
def duplicate_clause(ctx: Context) -> Iterator[Diagnostic]:
    # Dotted numbers ("2.5") name one clause in the whole answer; letters and plain
    # numbers ("a", "1") only among siblings, since every list may restart them.
    first: dict[tuple[str, int, str], Clause] = {}
    for index, (question, siblings) in enumerate(ctx.clause_groups):
        for clause in siblings:
            number = clause.number
            if not number:
                continue
            scope = ("question", id(question)) if "." in number else ("list", index)
            earlier = first.setdefault((*scope, number), clause)
            if earlier is clause:
                continue
            yield duplicate_clause.finding(
                f"Clause number {number} is used twice {_where(question)}; "
                f"the first {number} is on line {earlier.start.line}.",
                *_marker_span(clause),
                [_related(earlier, f"first clause {number}")],
            )


Sequence = tuple[Question | None, list[tuple[Clause, Key]]]


def _sequences(ctx: Context) -> list[Sequence]:
    """Each run of sibling clauses that count in one numbering (same family and prefix)."""
    out: list[Sequence] = []
    for question, siblings in ctx.clause_groups:
        runs: dict[tuple[str, tuple[int, ...]], list[tuple[Clause, Key]]] = {}
        for clause, key in _keyed(siblings):
            runs.setdefault(key[:2], []).append((clause, key))
        out.extend((question, run) for run in runs.values())
    return out


@rule("clause-out-of-order", "warning", "Clause numbers go backwards (2.3 then 2.2).")
def clause_out_of_order(ctx: Context) -> Iterator[Diagnostic]:
    for _question, run in ctx.shared(_sequences):
        seen: set[int] = set()
        last: tuple[Clause, int] | None = None
        for clause, key in run:
            value = key[2]
            if value in seen:
                continue  # a duplicate, reported by duplicate-clause
            seen.add(value)
            if last is not None and value < last[1]:
                yield clause_out_of_order.finding(
                    f"Clause {clause.number} comes after clause {last[0].number}; "
                    "the numbering goes backwards.",
                    *_marker_span(clause),
                    [_related(last[0], f"clause {last[0].number}")],
                )
                continue
            last = (clause, value)


@rule("clause-gap", "warning", "A clause number is skipped (2.1, 2.3 with no 2.2).")
def clause_gap(ctx: Context) -> Iterator[Diagnostic]:
    # The last number of each numbering under the question before: an answer may number
    # its points on from the answer before it (1-5 under question 1, 6-10 under 2).
    ends: dict[tuple[str, tuple[int, ...]], tuple[Question | None, int]] = {}
    for question, run in ctx.shared(_sequences):
        values = sorted({key[2] for _, key in run})
        family = run[0][1][:2]
        before, end = ends.get(family, (question, 0))
        ends[family] = (question, values[-1])
        top = end if before is not question and run[0][1][2] == end + 1 else 0
        for index, (clause, key) in enumerate(run):
            value = key[2]
            # Reported only when no number of the gap turns up anywhere in the list.
            if value > top + 1 and _none_between(values, top, value):
                missing = range(top + 1, value)
                yield _gap(clause, key, missing, run[index - 1][0] if index else None)
            top = max(top, value)


def _none_between(values: list[int], low: int, high: int) -> bool:
    """Whether sorted ``values`` hold no number strictly between ``low`` and ``high``."""
    k = bisect.bisect_right(values, low)
    return k == len(values) or values[k] >= high


def _gap(clause: Clause, key: Key, missing: range, before: Clause | None) -> Diagnostic:
    first = _number_for(key, missing[0])
    lost = first if len(missing) == 1 else f"{first} to {_number_for(key, missing[-1])}"
    verb = "is" if len(missing) == 1 else "are"
    if before is None:
        message = f"Clause {clause.number} opens its list: clause {lost} {verb} missing."
        related: list[Related] = []
    else:
        message = (
            f"Clause {clause.number} follows clause {before.number}: clause {lost} {verb} missing."
        )
        related = [_related(before, f"clause {before.number}")]
    return clause_gap.finding(message, *_marker_span(clause), related)


@rule(
    "clause-question-mismatch",
    "warning",
    "A dotted clause number names another question (3.1 under question 2).",
)
def clause_question_mismatch(ctx: Context) -> Iterator[Diagnostic]:
    for visit in ctx.visits:
        clause = visit.node
        question = visit.question
        if type(clause) is not Clause or question is None:
            continue
        number = clause.number
        if "." not in number or not _NUMERIC.fullmatch(number):
            continue
        answers = ctx.question_number(question)
        if not answers.isdigit():
            continue
        first = int(number.split(".", 1)[0])
        # "3.1" under "3. Characteristics ...", a section of the writer's own outline
        # that answers question 1, follows its heading's number, as "2.1" does under
        # "2.0 GUIDING QUESTION ONE".
        own = question_number(question.marker) if question.marker else ""
        if first == int(answers) or (own.isdigit() and first == int(own)):
            continue
        yield clause_question_mismatch.finding(
            f"Clause {number} is numbered for question {first} but stands under "
            f"question {answers}.",
            *_marker_span(clause),
            [_related(question, f"question {answers}")],
        )
