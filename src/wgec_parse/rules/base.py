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
    "OriginOf",
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
#: Where a line of the extracted text is in the original .docx or PDF: ``"¶12"``,
#: ``"table 1 r2"``, ``"note 3"``, ``"p3"``, or ``""`` when it has no origin (such as
#: :meth:`wgec_parse.extraction.Origins.of`).
OriginOf = Callable[[int], str]


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

    def format(
        self, path: str | None = None, *, notes: bool = False, origin_of: OriginOf | None = None
    ) -> str:
        """The finding as ``wgec-parse validate`` prints it, in compiler style:
        ``PATH:LINE:COLUMN: SEVERITY CODE MESSAGE`` (without ``PATH:`` when ``path`` is
        None).  With ``notes``, one ``note`` line per related place follows, joined by
        newlines; no newline at the end.

        With ``origin_of`` (a .docx or PDF's :class:`~wgec_parse.extraction.Origins`
        ``.of``), a line that has an origin in the original has it after the path:
        ``PATH:ORIGIN:LINE:COLUMN: ...`` (``report.pdf:p3:12:5: warning ...``)."""

        def prefix(line: int) -> str:
            origin = origin_of(line) if origin_of is not None else ""
            return ("" if path is None else f"{path}:") + (f"{origin}:" if origin else "")

        head = f"{prefix(self.line)}{self.line}:{self.column}:"
        out = [f"{head} {self.severity} {self.code} {self.message}"]
        if notes:
            out += [
                f"{prefix(r.line)}{r.line}:{r.column}: note {self.code} {r.message}"
                for r in self.related
            ]
        return "\n".join(out)

    def __str__(self) -> str:
        """The finding's line without a path (:meth:`format`)."""
        return self.format()

    def to_dict(self, origin_of: OriginOf | None = None) -> dict[str, object]:
        """A JSON-ready dict of the finding.  With ``origin_of`` (see :meth:`format`),
        the finding and each related place whose line has an origin get an ``"origin"``
        key (``"p3"``); without, or for a line without one, there is none."""
        related: list[dict[str, object]] = [
            _with_origin({"line": r.line, "column": r.column, "message": r.message}, origin_of)
            for r in self.related
        ]
        out: dict[str, object] = {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "related": related,
        }
        return _with_origin(out, origin_of)


def _with_origin(entry: dict[str, object], origin_of: OriginOf | None) -> dict[str, object]:
    """``entry`` (a finding's or related place's dict) with the ``"origin"`` of its line,
    when it has one."""
    line = entry["line"]
    if origin_of is not None and isinstance(line, int):
        origin = origin_of(line)
        if origin:
            entry["origin"] = origin
    return entry


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

    def __call__(self, context: Context) -> Iterable[Diagnostic]:
        """The findings of :attr:`check` on one document: the name a check is defined
        under still runs it."""
        return self.check(context)

    def finding(
        self,
        message: str,
        start: Position,
        end: Position,
        related: Iterable[Related] = (),
        *,
        severity: Severity | None = None,
    ) -> Diagnostic:
        """A finding of this rule spanning ``start`` to ``end``, of the rule's severity
        unless ``severity`` is given."""
        return finding(self.code, severity or self.severity, message, start, end, related)


#: Every registered rule, by code, in registration order.
RULES: dict[str, Rule] = {}


def rule(code: str, severity: Severity, summary: str) -> Callable[[Check], Rule]:
    """Register the decorated function as the check of rule ``code``; the name it is
    defined under then holds the :class:`Rule`, whose :meth:`Rule.finding` the check
    calls for findings of its code."""

    def register(check: Check) -> Rule:
        if code in RULES:
            raise ValueError(f"rule {code!r} is registered twice")
        family = check.__module__.rsplit(".", 1)[-1]
        made = RULES[code] = Rule(code, severity, summary, family, check)
        return made

    return register
