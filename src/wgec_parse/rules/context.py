"""What the rules share: one walk of the tree, and headings matched to a question set.

The walk uses an explicit stack, so documents nested as deep as the lexer allows
(:data:`wgec_parse.lexer.MAX_DEPTH`) never hit Python's recursion limit.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final, NamedTuple, TypeVar

import attrs

from wgec_parse.nodes import (
    BulletItem,
    BulletList,
    Clause,
    Document,
    Field,
    Line,
    Noise,
    Paragraph,
    Position,
    Question,
)
from wgec_parse.questions import QuestionSet, QuestionSpec

__all__ = ["Context", "Match", "Visit", "marker_end"]

#: A node that owns physical lines.
Owner = Paragraph | Field | Noise | Question | Clause | BulletItem

_DIGITS: Final = re.compile(r"\d")
_T = TypeVar("_T")


class Visit(NamedTuple):
    """A node met on the walk, with where it sits (a tuple: one is made per node)."""

    node: Owner  #: The node.
    question: Question | None  #: The question whose answer holds it, if any.
    front: bool  #: Whether it is part of the front matter.


@attrs.frozen
class Match:
    """A question heading and the official question it answers."""

    question: Question  #: The heading.
    spec: QuestionSpec | None  #: The question it answers, or None if unknown.
    by: str  #: "number", "wording", or "" when unmatched.


def _line_number(owned: tuple[Line, Visit]) -> int:
    return owned[0].line


def marker_end(line: Line) -> Position:
    """Just past the marker of ``line`` (or past the whole line if it has none)."""
    if not line.marker:
        return line.end
    return Position(line.line, line.start.column + len(line.marker))


class Context:
    """One document under validation, with derived views computed once on demand."""

    def __init__(self, doc: Document, questions: QuestionSet | None) -> None:
        self.doc = doc  #: The document.
        self.questions = questions  #: The question set, or None.
        self._shared: dict[Callable[[Context], object], object] = {}

    @functools.cached_property
    def visits(self) -> tuple[Visit, ...]:
        """Every line-owning node in document order (a node before its children)."""
        out: list[Visit] = []
        doc = self.doc
        if doc.front_matter is not None:
            out.extend(Visit(b, None, True) for b in doc.front_matter.blocks)
        stack: list[tuple[Paragraph | BulletList | Clause | BulletItem | Question, Question | None]]
        stack = [(q, q) for q in reversed(doc.questions)]
        stack.extend((b, None) for b in reversed(doc.body))
        append, pop, push = out.append, stack.pop, stack.extend
        while stack:
            node, question = pop()
            if isinstance(node, BulletList):
                push([(item, question) for item in reversed(node.items)])
                continue
            append(Visit(node, question, False))
            if isinstance(node, Clause | Question):
                if node.body:
                    push([(b, question) for b in reversed(node.body)])
            elif isinstance(node, BulletItem) and node.children:
                push([(c, question) for c in reversed(node.children)])
        return tuple(out)

    @functools.cached_property
    def _owned_lines(
        self,
    ) -> tuple[tuple[tuple[Line, Visit], ...], tuple[tuple[Line, Visit], ...]]:
        """Every non-blank line with the node that owns it, and the noise lines among
        them, each by line number: one walk, one pair a line."""
        found: list[tuple[Line, Visit]] = []
        noise: list[tuple[Line, Visit]] = []
        add, add_noise = found.append, noise.append
        for visit in self.visits:
            node = visit.node
            if isinstance(node, Noise):
                pair = (node.line, visit)
                add(pair)
                add_noise(pair)
                continue
            for entry in node.lines:
                if isinstance(entry, Noise):
                    pair = (entry.line, visit)
                    add(pair)
                    add_noise(pair)
                else:
                    add((entry, visit))
        found.sort(key=_line_number)
        noise.sort(key=_line_number)
        return tuple(found), tuple(noise)

    @property
    def lines(self) -> tuple[tuple[Line, Visit], ...]:
        """Every non-blank physical line with the node that owns it, by line number."""
        return self._owned_lines[0]

    @property
    def noise_lines(self) -> tuple[tuple[Line, Visit], ...]:
        """The lines that belong to no structure, with the node they sit in."""
        return self._owned_lines[1]

    @functools.cached_property
    def last_line(self) -> Line | None:
        """The last non-blank line of the document."""
        return self.lines[-1][0] if self.lines else None

    @functools.cached_property
    def clause_groups(self) -> tuple[tuple[Question | None, tuple[Clause, ...]], ...]:
        """Runs of sibling clauses (the clauses of one body), with their question."""
        groups: list[tuple[Question | None, tuple[Clause, ...]]] = []
        doc = self.doc
        roots: list[tuple[Question | None, tuple[Clause, ...]]] = [(None, doc.clauses)]
        roots.extend((q, q.clauses) for q in doc.questions)
        for question, top in roots:
            stack = [top]
            while stack:
                siblings = stack.pop()
                if not siblings:
                    continue
                groups.append((question, siblings))
                stack.extend(c.children for c in reversed(siblings))
        return tuple(groups)

    @functools.cached_property
    def matches(self) -> tuple[Match, ...]:
        """Each question heading matched to the question set: by number, else by wording.

        Empty when there is no question set.
        """
        qset = self.questions
        if qset is None:
            return ()
        out: list[Match] = []
        for q in self.doc.questions:
            spec = None
            by = ""
            if q.marker and _DIGITS.search(q.number or "x"):
                spec = qset.by_number(q.number)
                by = "number" if spec is not None else ""
            if spec is None:
                spec = qset.by_wording(q.title)
                by = "wording" if spec is not None else ""
            out.append(Match(q, spec, by))
        return tuple(out)

    def question_number(self, question: Question) -> str:
        """The number a heading answers: its own, else the matched question's, else ""."""
        number = self._question_numbers.get(id(question))
        if number is None:  # not a question of this document
            number = question.number
        return number

    @functools.cached_property
    def _question_numbers(self) -> dict[int, str]:
        matched: dict[int, str] = {}
        for m in self.matches:
            if m.spec is not None:
                matched.setdefault(id(m.question), m.spec.number)
        numbers: dict[int, str] = {}
        for question in self.doc.questions:
            number = question.number
            if not (question.marker and number):
                number = matched.get(id(question), number)
            numbers.setdefault(id(question), number)
        return numbers

    def shared(self, compute: Callable[[Context], _T]) -> _T:
        """``compute(self)``, computed once for all the rules that ask for it."""
        if compute not in self._shared:
            self._shared[compute] = compute(self)
        return self._shared[compute]  # type: ignore[return-value]
