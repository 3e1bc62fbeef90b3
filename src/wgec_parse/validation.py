"""Checks for new submissions: what a clerk must fix before publishing or compiling one.

:func:`validate` runs named rules over a parsed :class:`~wgec_parse.nodes.Document`
and returns :class:`Diagnostic` findings, sorted by position then code.  Each rule is
a small function in one of the modules of :mod:`wgec_parse.rules`, registered with
:func:`~wgec_parse.rules.base.rule` under a stable kebab-case code; docs/rules.md
describes them all.
"""

from __future__ import annotations

from collections.abc import Collection

import wgec_parse.rules  # noqa: F401  (importing the package registers its rules)
from wgec_parse.nodes import Document
from wgec_parse.questions import WGEC2, QuestionSet, question_set
from wgec_parse.rules.base import (
    RULES,
    SEVERITIES,
    Diagnostic,
    Related,
    Rule,
    Severity,
    finding,
    rule,
)
from wgec_parse.rules.context import Context

__all__ = [
    "RULES",
    "SEVERITIES",
    "Diagnostic",
    "Findings",
    "Related",
    "Rule",
    "Severity",
    "finding",
    "rule",
    "rules",
    "validate",
]


class Findings(list[Diagnostic]):
    """What :func:`validate` returns: a list of :class:`Diagnostic` (it iterates, indexes
    and compares equal to a plain list of the same findings), with views by severity."""

    __slots__ = ()

    @property
    def has_errors(self) -> bool:
        """Whether a finding is an error (``wgec-parse validate`` then exits 1)."""
        return any(d.severity == "error" for d in self)

    @property
    def counts(self) -> dict[Severity, int]:
        """How many findings of each severity, every severity present, worst first."""
        out: dict[Severity, int] = dict.fromkeys(SEVERITIES, 0)
        for d in self:
            out[d.severity] += 1
        return out

    def _of(self, severity: Severity) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self if d.severity == severity)

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        """The errors, in order."""
        return self._of("error")

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        """The warnings, in order."""
        return self._of("warning")

    @property
    def infos(self) -> tuple[Diagnostic, ...]:
        """The infos, in order."""
        return self._of("info")

    def format(self, path: str | None = None) -> str:
        """Every finding as ``wgec-parse validate`` prints it (see
        :meth:`Diagnostic.format`), related places as ``note`` lines, one per line."""
        return "".join(d.format(path, notes=True) + "\n" for d in self)


def rules() -> tuple[Rule, ...]:
    """All rules, in registration order."""
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
) -> Findings:
    """The findings of the selected rules on ``doc``, sorted by position then code, as
    :class:`Findings` (a list, with ``has_errors``, ``counts`` and views by severity).

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
    found = Findings()
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
