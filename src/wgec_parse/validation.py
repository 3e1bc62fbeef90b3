"""Checks for new submissions: what a clerk must fix before publishing or compiling one.

:func:`validate` runs named rules over a parsed :class:`~wgec_parse.nodes.Document`
and returns :class:`Diagnostic` findings, sorted by position then code.  Each rule is
a small function in one of the modules of :mod:`wgec_parse.rules`, registered here
with :func:`rule` under a stable kebab-case code; docs/rules.md describes them all.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Final, Literal

import attrs

from wgec_parse.nodes import Document, Position
from wgec_parse.questions import WGEC2, QuestionSet, question_set

__all__ = [
    "RULES",
    "SEVERITIES",
    "Diagnostic",
    "Related",
    "Rule",
    "Severity",
    "finding",
    "rule",
    "rules",
    "validate",
]

#: How bad a finding is: an error blocks publication, a warning needs a look, an info
#: is worth knowing.
Severity = Literal["error", "warning", "info"]
#: The severities, worst first.
SEVERITIES: Final[tuple[Severity, ...]] = ("error", "warning", "info")


@attrs.frozen
class Related:
    """A second place a finding points to, such as the first use of a duplicate."""

    line: int  #: 1-based line.
    column: int  #: 1-based column, in code points.
    message: str  #: What is there.


@attrs.frozen
class Diagnostic:
    """One finding: what is wrong, how badly, and where."""

    code: str  #: Stable kebab-case rule code, e.g. "duplicate-clause".
    severity: Severity = attrs.field(validator=attrs.validators.in_(SEVERITIES))
    message: str  #: One sentence a clerk understands.
    line: int  #: 1-based line where the finding starts.
    column: int  #: 1-based column (code points) where it starts.
    end_line: int  #: Line where it ends.
    end_column: int  #: Column just past its end (exclusive).
    related: tuple[Related, ...] = ()  #: Other places the finding refers to.

    @property
    def start(self) -> Position:
        """Where the finding starts."""
        return Position(self.line, self.column)

    def sort_key(self) -> tuple[int, int, str, str]:
        """Position first, then code (then message, so the order is total)."""
        return (self.line, self.column, self.code, self.message)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict of the finding."""
        return {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "related": [
                {"line": r.line, "column": r.column, "message": r.message} for r in self.related
            ],
        }


def finding(
    code: str,
    severity: Severity,
    message: str,
    start: Position,
    end: Position,
    related: Iterable[Related] = (),
) -> Diagnostic:
    """A :class:`Diagnostic` spanning ``start`` to ``end``."""
    return Diagnostic(
        code, severity, message, start.line, start.column, end.line, end.column, tuple(related)
    )


#: What a rule runs: findings for one document.
Check = Callable[["Context"], Iterable[Diagnostic]]


@attrs.frozen
class Rule:
    """A named check: ``check(context)`` yields the rule's findings."""

    code: str  #: Stable kebab-case code.
    severity: Severity  #: The usual severity of its findings (some vary, see docs).
    summary: str  #: What the rule looks for, in one line.
    family: str  #: The module of :mod:`wgec_parse.rules` that defines it.
    check: Check = attrs.field(eq=False, repr=False)


#: Every registered rule, by code, in registration order.
RULES: dict[str, Rule] = {}


def rule(code: str, severity: Severity, summary: str) -> Callable[[Check], Check]:
    """Register the decorated function as the check of rule ``code``."""

    def register(check: Check) -> Check:
        if code in RULES:
            raise ValueError(f"rule {code!r} is registered twice")
        family = check.__module__.rsplit(".", 1)[-1]
        RULES[code] = Rule(code, severity, summary, family, check)
        return check

    return register


def rules() -> tuple[Rule, ...]:
    """All rules, with every family module loaded."""
    import wgec_parse.rules  # noqa: F401  (importing the package registers its rules)

    return tuple(RULES.values())


def _codes(codes: Collection[str] | None, known: Collection[str], what: str) -> set[str]:
    if codes is None:
        return set(known)
    if isinstance(codes, str):
        raise TypeError(f"{what} takes a collection of rule codes, not a string")
    unknown = sorted(set(codes) - set(known))
    if unknown:
        raise ValueError(f"unknown rule code in {what}: {', '.join(unknown)}")
    return set(codes)


def validate(
    doc: Document,
    *,
    questions: str | QuestionSet | None = "wgec2",
    select: Collection[str] | None = None,
    ignore: Collection[str] | None = None,
) -> list[Diagnostic]:
    """The findings of the selected rules on ``doc``, sorted by position then code.

    ``questions`` is the question set the headings answer: a built-in name ("wgec2"),
    a path to a TOML or JSON file, a :class:`~wgec_parse.questions.QuestionSet`, or
    None to skip the rules that need one.  ``select`` keeps only the rules with these
    codes, ``ignore`` drops some; an unknown code raises ValueError.

    Never raises on a document: a rule that fails reports ``internal-error`` instead.
    """
    all_rules = rules()
    known = [r.code for r in all_rules]
    chosen = _codes(select, known, "select") - (
        _codes(ignore, known, "ignore") if ignore is not None else set()
    )
    qset: QuestionSet | None
    if isinstance(questions, str):
        qset = WGEC2 if questions == "wgec2" else question_set(questions)
    else:
        qset = questions
    context = Context(doc, qset)
    found: list[Diagnostic] = []
    for r in all_rules:
        if r.code not in chosen:
            continue
        try:
            found.extend(r.check(context))
        except Exception as err:  # a bug in a rule must not hide the other findings
            found.append(
                Diagnostic(
                    "internal-error",
                    "error",
                    f"The check {r.code} failed on this document ({type(err).__name__}); "
                    "please report it.",
                    1,
                    1,
                    1,
                    1,
                )
            )
    found.sort(key=Diagnostic.sort_key)
    return found


# Imported last: the rule modules import Diagnostic and rule from here.
from wgec_parse.rules.context import Context  # noqa: E402
