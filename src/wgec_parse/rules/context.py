"""What the rules share: one walk of the tree, and headings matched to a question set.

The views are read off :func:`~wgec_parse.nodes.walk`, which keeps its own stack, so
documents nested as deep as the lexer allows never hit Python's recursion limit.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Final, NamedTuple, TypeGuard, TypeVar, overload

import attrs

from wgec_parse.nodes import (
    BulletItem,
    Clause,
    Document,
    Field,
    FrontMatter,
    Line,
    Node,
    Noise,
    Paragraph,
    Position,
    Question,
    Table,
    walk,
)
from wgec_parse.questions import QuestionSet, QuestionSpec, match_subject, match_topic

__all__ = ["Context", "Match", "Owned", "Visit", "marker_end"]

#: A node that owns physical lines.
Owner = Paragraph | Table | Field | Noise | Question | Clause | BulletItem

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
    by: str  #: "number", "wording", "topic" (an unnumbered topic heading), or "".


class Owned(Sequence[tuple[Line, Visit]]):
    """Lines, each with the visit of the node that owns it, as ``(line, visit)`` pairs.
    The lines and the visits are kept in two tuples and a pair is made when one is asked
    for: a tuple per line of a large document, alive for the whole validation, would
    keep the cyclic collector rescanning the document."""

    __slots__ = ("_lines", "_visits")

    def __init__(self, lines: tuple[Line, ...], visits: tuple[Visit, ...]) -> None:
        self._lines = lines
        self._visits = visits

    def __len__(self) -> int:
        return len(self._lines)

    @overload
    def __getitem__(self, index: int) -> tuple[Line, Visit]: ...
    @overload
    def __getitem__(self, index: slice) -> Owned: ...
    def __getitem__(self, index: int | slice) -> tuple[Line, Visit] | Owned:
        if isinstance(index, slice):
            return Owned(self._lines[index], self._visits[index])
        return self._lines[index], self._visits[index]

    def __iter__(self) -> Iterator[tuple[Line, Visit]]:
        return zip(self._lines, self._visits)  # noqa: B905 - the two have one length

    @property
    def just_lines(self) -> tuple[Line, ...]:
        """The lines alone, in the same order."""
        return self._lines


def _by_line_number(lines: list[Line], visits: list[Visit]) -> Owned:
    """``lines`` with their ``visits``, in line number order (stable)."""
    numbers = [line.line for line in lines]
    order = sorted(range(len(lines)), key=numbers.__getitem__)
    return Owned(tuple([lines[i] for i in order]), tuple([visits[i] for i in order]))


def _owns_lines(node: Node, parents: tuple[Node, ...]) -> TypeGuard[Owner]:
    """Whether ``node`` gets a visit: a block that owns lines, or noise that stands
    alone among the blocks of the front matter (noise inside a block is the block's)."""
    if type(node) is Noise:
        return type(parents[-1]) is FrontMatter
    return isinstance(node, Owner)


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

    @property
    def visits(self) -> tuple[Visit, ...]:
        """Every line-owning node in document order (a node before its children)."""
        return self._walked[0]

    @functools.cached_property
    def _walked(self) -> tuple[tuple[Visit, ...], Owned, Owned]:
        """The visits; every non-blank line with the visit of the node that owns it, and
        the noise lines among them, each by line number."""
        visits: list[Visit] = []
        found: tuple[list[Line], list[Visit]] = ([], [])
        noise: tuple[list[Line], list[Visit]] = ([], [])
        for node, parents in walk(self.doc, lines=False):
            if not _owns_lines(node, parents):
                continue
            top = parents[1] if len(parents) > 1 else node
            visit = Visit(node, top if type(top) is Question else None, type(top) is FrontMatter)
            visits.append(visit)
            for entry in (node,) if isinstance(node, Noise) else node.lines:
                if isinstance(entry, Noise):
                    noise[0].append(entry.line)
                    noise[1].append(visit)
                    found[0].append(entry.line)
                else:
                    found[0].append(entry)
                found[1].append(visit)
        return tuple(visits), _by_line_number(*found), _by_line_number(*noise)

    @property
    def lines(self) -> Owned:
        """Every non-blank physical line with the node that owns it, by line number."""
        return self._walked[1]

    @property
    def noise_lines(self) -> Owned:
        """The lines that belong to no structure, with the node they sit in."""
        return self._walked[2]

    @property
    def first_span(self) -> tuple[Position, Position]:
        """Where the first non-blank line's visible part starts and ends; line 1,
        column 1 for both in a document without one."""
        if not self.lines:
            return Position(1, 1), Position(1, 1)
        first = self.lines[0][0]
        return first.start, first.end

    @functools.cached_property
    def last_line(self) -> Line | None:
        """The last non-blank line of the document."""
        return self.lines[-1][0] if self.lines else None

    @functools.cached_property
    def clause_groups(self) -> tuple[tuple[Question | None, tuple[Clause, ...]], ...]:
        """Runs of sibling clauses (the clauses of one body), with their question."""
        groups: list[tuple[Question | None, tuple[Clause, ...]]] = []
        for visit in self.visits:
            node = visit.node
            if type(node) is Question:
                siblings = node.clauses
            elif type(node) is Clause:
                siblings = node.children
            else:
                continue
            if siblings:
                groups.append((visit.question, siblings))
        if self.doc.clauses:
            groups.insert(0, (None, self.doc.clauses))
        return tuple(groups)

    @functools.cached_property
    def matches(self) -> tuple[Match, ...]:
        """Each question heading matched to the question set: by the number it says
        (:attr:`~wgec_parse.nodes.Question.numbered`), else by wording, else by the
        topic it names.

        Empty when there is no question set.
        """
        qset = self.questions
        if qset is None:
            return ()
        out: list[Match] = []
        for q in self.doc.questions:
            spec = None
            by = ""
            # A marker, or a lead phrase or a bracketed reference that says the number
            # ("On the second question", "Recommendations (Q2)").
            if q.numbered and _DIGITS.search(q.number or "x"):
                spec = qset.by_number(q.number)
                by = "number" if spec is not None else ""
            if spec is None:
                spec = qset.by_wording(q.title)
                # "Rasgos de la cooperación reforzada" shares words with question 2's
                # Spanish wording and names question 1's topic: a short title is read
                # by the topic it names.
                if spec is not None and match_topic(q.title, qset) not in (None, spec.number):
                    spec = None
                by = "wording" if spec is not None else ""
            # "Recommendations", or "4. Recommendations" where no question has its
            # number (a section of the writer's own outline): a topic heading.
            if spec is None:
                topic = match_topic(q.title, qset)
                if topic is None and not q.numbered:  # "What enhanced cooperation ..."
                    topic = match_subject(q.title, qset)
                spec = qset.by_number(topic) if topic is not None else None
                by = "topic" if spec is not None else ""
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
        qset = self.questions
        matched: dict[int, str] = {}
        for m in self.matches:
            if m.spec is not None:
                matched.setdefault(id(m.question), m.spec.number)
        numbers: dict[int, str] = {}
        for question in self.doc.questions:
            number = question.number
            own = bool(question.numbered and number) and (
                qset is None or qset.by_number(number) is not None
            )
            if not own:  # "3. Characteristics": the section's number is no question's
                number = matched.get(id(question), number)
            numbers.setdefault(id(question), number)
        return numbers

    def shared(self, compute: Callable[[Context], _T]) -> _T:
        """``compute(self)``, computed once for all the rules that ask for it."""
        if compute not in self._shared:
            self._shared[compute] = compute(self)
        return self._shared[compute]  # type: ignore[return-value]
