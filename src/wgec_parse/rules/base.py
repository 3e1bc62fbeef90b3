"""What every rule module shares: findings, and the registry the rules add themselves to.

A leaf of the validation package: it imports only the context the rules read, so that
:mod:`wgec_parse.validation` and the rule modules can both import it without a cycle.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final, Literal

import attrs

from wgec_parse.nodes import Position
from wgec_parse.rules.context import Context

__all__ = [
    "RULES",
    "SEVERITIES",
    "Check",
    "Diagnostic",
    "Related",
    "Rule",
    "Severity",
    "finding",
    "rule",
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
    #: Where the line is in the original .docx or PDF ("¶12", "p3"), or "" (see
    #: :meth:`Diagnostic.located`).
    origin: str = ""


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
    #: Where the finding's line is in the original .docx or PDF: ``"¶12"``,
    #: ``"table 1 r2"``, ``"note 3"``, ``"p3"`` (see :mod:`wgec_parse.extraction`); ``""``
    #: for a text file and for a line the reader added.  Set by :meth:`located`.
    origin: str = ""

    @property
    def start(self) -> Position:
        """Where the finding starts."""
        return Position(self.line, self.column)

    def sort_key(self) -> tuple[int, int, str, str]:
        """Position first, then code (then message, so the order is total)."""
        return (self.line, self.column, self.code, self.message)

    def format(self, path: str | None = None, *, notes: bool = False) -> str:
        """The finding as ``wgec-parse validate`` prints it, in compiler style:
        ``PATH:LINE:COLUMN: SEVERITY CODE MESSAGE`` (without ``PATH:`` when ``path`` is
        None), ``PATH:ORIGIN:LINE:COLUMN: ...`` when the finding has an :attr:`origin`
        (``report.pdf:p3:12:5: warning ...``).  With ``notes``, one ``note`` line per
        related place follows, joined by newlines; no newline at the end."""
        prefix = _prefix(path, self.origin)
        out = [f"{prefix}{self.line}:{self.column}: {self.severity} {self.code} {self.message}"]
        if notes:
            out += [
                f"{_prefix(path, r.origin)}{r.line}:{r.column}: note {self.code} {r.message}"
                for r in self.related
            ]
        return "\n".join(out)

    def located(self, origin_of: Callable[[int], str]) -> Diagnostic:
        """The finding with the :attr:`origin` of its line, and of each related place's,
        as ``origin_of(line)`` gives them (such as
        :meth:`wgec_parse.extraction.Origins.of`)."""
        related = tuple(attrs.evolve(r, origin=origin_of(r.line)) for r in self.related)
        return attrs.evolve(self, origin=origin_of(self.line), related=related)

    def __str__(self) -> str:
        """The finding's line without a path (:meth:`format`)."""
        return self.format()

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict of the finding; ``"origin"`` (here and in each related
        place) only when there is one, so that a text file's findings read as before."""
        out: dict[str, object] = {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "related": [_related_dict(r) for r in self.related],
        }
        if self.origin:
            out["origin"] = self.origin
        return out


def _prefix(path: str | None, origin: str) -> str:
    """What comes before ``LINE:COLUMN:`` in a finding's line."""
    return ("" if path is None else f"{path}:") + (f"{origin}:" if origin else "")


def _related_dict(related: Related) -> dict[str, object]:
    out: dict[str, object] = {
        "line": related.line,
        "column": related.column,
        "message": related.message,
    }
    if related.origin:
        out["origin"] = related.origin
    return out


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
Check = Callable[[Context], Iterable[Diagnostic]]


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
