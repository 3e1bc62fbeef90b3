"""Score the parser against the blind set (fixtures/blind/), through the public API only.

Each ``NN_name.txt`` is read with ``wgec_parse.load`` (the file reader the command line
uses, which tells form and spreadsheet exports from text) and compared with its
``NN_name.expected.json`` (format in fixtures/blind/README.md). The checks, each pass or
fail:

* ``count``: the number of questions equals the expected number;
* for each expected question, matched in order to the parsed question at the same
  position (every check below fails when there is none):
  ``marker`` (equal after stripping white space), ``title`` (starts with ``title_starts``,
  case-insensitive, an opening quote ignored), ``clauses`` (the markers of all clauses, all
  levels, in document order), ``bullets`` (the number of bullet items, all levels),
  ``contains`` (every phrase is in the answer's clean text), ``excludes`` (no phrase is);
* ``submitter``: the expected text is in the document's ``submitted_by`` (front matter or
  closing; case-insensitive), or both are absent;
* ``closing``: no ``closing_contains`` phrase is in any question's answer text.

A document is exact when all its checks pass. ``python tests/blind_score.py`` prints a
table; ``score()`` returns (documents exact, documents, checks passed, checks).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

import wgec_parse
from wgec_parse import BulletItem, Clause, Document, Line, Paragraph, Question, Table
from wgec_parse.nodes import walk

BLIND = Path(__file__).resolve().parent.parent / "fixtures" / "blind"

#: Opening quotes a title may start with (the blind set's checker's, and a few more).
OPENING_QUOTES = "\"'\u201c\u201e\u00ab\u2018\u201a\u300c\u300e"

#: Check kinds asked of each expected question, in the order they are reported.
QUESTION_KINDS = ("marker", "title", "clauses", "bullets", "contains", "excludes")


class Check(NamedTuple):
    """One pass/fail check of one document."""

    kind: str  #: "count", a QUESTION_KINDS entry, "submitter" or "closing".
    question: int | None  #: 1-based position of the expected question, or None.
    passed: bool
    detail: str  #: What was expected and what was found, when it failed.


class DocumentScore(NamedTuple):
    name: str
    checks: list[Check]

    @property
    def passed(self) -> int:
        return sum(1 for c in self.checks if c.passed)

    @property
    def exact(self) -> bool:
        return all(c.passed for c in self.checks)


def normalise(text: str) -> str:
    """Runs of white space as one space, no white space at the ends."""
    return " ".join(text.split())


def answer_text(question: Question) -> str:
    """The clean text of a question's answer: its body's blocks (not the heading), wraps
    joined, noise dropped, clause markers and bullet glyphs kept (and a table's rows as
    written, with their bars), white space normalised."""
    parts: list[str] = []
    for block in question.body:
        for node, _ in walk(block, lines=False):
            if type(node) is Paragraph:
                parts.append(node.text)
            elif type(node) is Clause:
                parts.append(f"{node.marker} {node.text}")
            elif type(node) is BulletItem:
                parts.append(f"{node.glyph} {node.text}")
            elif type(node) is Table:  # its rows as written, bars kept as markers are
                parts.extend(line.content for line in node.lines if type(line) is Line)
    return normalise(" ".join(parts))


def clause_markers(question: Question) -> list[str]:
    """The markers of every clause in the answer, all levels, in document order."""
    return [node.marker.strip() for node, _ in walk(question, lines=False) if type(node) is Clause]


def bullet_count(question: Question) -> int:
    """The number of bullet items in the answer, all levels."""
    return sum(1 for node, _ in walk(question, lines=False) if type(node) is BulletItem)


def title_matches(title: str, starts: str) -> bool:
    """Whether ``title`` starts with ``starts``, an opening quote on either side or
    both left out."""
    got = normalise(title).lstrip(OPENING_QUOTES).lstrip().casefold()
    return got.startswith(normalise(starts).lstrip(OPENING_QUOTES).lstrip().casefold())


def question_checks(
    position: int, parsed: Question | None, expected: Mapping[str, Any], *, csv: bool = False
) -> list[Check]:
    """The six checks of one expected question against the parsed one at its position.
    ``csv``: the document is a CSV export, whose expectations quote phrases as the file
    writes them, a '"' in a cell doubled (CSV's escape): the answer holds it once."""
    if parsed is None:
        return [Check(kind, position, False, "no parsed question") for kind in QUESTION_KINDS]
    checks: list[Check] = []

    def add(kind: str, passed: bool, want: object, got: object) -> None:
        detail = "" if passed else f"expected {want!r}, got {got!r}"
        checks.append(Check(kind, position, passed, detail))

    want_marker = str(expected["marker"]).strip()
    add("marker", parsed.marker.strip() == want_marker, want_marker, parsed.marker.strip())
    starts = str(expected["title_starts"])
    add("title", title_matches(parsed.title, starts), starts, parsed.title[:60])
    markers = clause_markers(parsed)
    want_clauses = [str(m).strip() for m in expected["clauses"]]
    add("clauses", markers == want_clauses, want_clauses, markers)
    bullets = bullet_count(parsed)
    add("bullets", bullets == int(expected["bullets"]), expected["bullets"], bullets)
    text = answer_text(parsed)

    def phrase(p: str) -> str:
        return normalise(p).replace('""', '"') if csv else normalise(p)

    missing = [p for p in expected["contains"] if phrase(p) not in text]
    add("contains", not missing, "all of contains", f"missing {missing}")
    present = [p for p in expected["excludes"] if phrase(p) in text]
    add("excludes", not present, "none of excludes", f"present {present}")
    return checks


def check_document(doc: Document, expected: Mapping[str, Any]) -> list[Check]:
    """Every check of one parsed document against its expectation."""
    wanted: list[Mapping[str, Any]] = list(expected["questions"])
    parsed = doc.questions
    checks = [
        Check(
            "count",
            None,
            len(parsed) == len(wanted),
            "" if len(parsed) == len(wanted) else f"expected {len(wanted)}, got {len(parsed)}",
        )
    ]
    for index, want in enumerate(wanted):
        got = parsed[index] if index < len(parsed) else None
        checks.extend(
            question_checks(index + 1, got, want, csv=expected.get("format") == "form-csv")
        )

    submitter = expected.get("submitter")
    found = doc.submitted_by
    if submitter is None or found is None:
        ok = submitter is None and found is None
    else:
        ok = normalise(str(submitter)).casefold() in normalise(found).casefold()
    checks.append(
        Check("submitter", None, ok, "" if ok else f"expected {submitter!r}, got {found!r}")
    )

    answers = [answer_text(q) for q in parsed]
    inside = [
        p for p in expected.get("closing_contains", []) if any(normalise(p) in a for a in answers)
    ]
    checks.append(Check("closing", None, not inside, f"in an answer: {inside}" if inside else ""))
    return checks


def cases(directory: Path = BLIND) -> list[tuple[str, Path, dict[str, Any]]]:
    """(name, text path, expectation) of every document of the set, in name order."""
    out: list[tuple[str, Path, dict[str, Any]]] = []
    for path in sorted(directory.glob("*.expected.json")):
        name = path.name.removesuffix(".expected.json")
        expected: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        out.append((name, directory / f"{name}.txt", expected))
    return out


def score_documents(directory: Path = BLIND) -> list[DocumentScore]:
    """The checks of every document of the set."""
    return [
        DocumentScore(name, check_document(wgec_parse.load(text), expected))
        for name, text, expected in cases(directory)
    ]


def totals(results: list[DocumentScore]) -> tuple[int, int, int, int]:
    exact = sum(1 for r in results if r.exact)
    passed = sum(r.passed for r in results)
    checks = sum(len(r.checks) for r in results)
    return exact, len(results), passed, checks


def score(directory: Path = BLIND) -> tuple[int, int, int, int]:
    """(documents exact, documents, checks passed, checks) over the blind set."""
    return totals(score_documents(directory))


def report(results: list[DocumentScore], *, verbose: bool = False) -> str:
    """The table of documents, the failing checks by kind and the totals."""
    width = max((len(r.name) for r in results), default=8)
    lines = [f"{'document':<{width}}  checks  exact"]
    for r in results:
        lines.append(
            f"{r.name:<{width}}  {r.passed:>2}/{len(r.checks):<3}  {'yes' if r.exact else 'no'}"
        )
        if verbose:
            for c in r.checks:
                if not c.passed:
                    where = f" Q{c.question}" if c.question is not None else ""
                    lines.append(f"    {c.kind}{where}: {c.detail}")
    failing = Counter(c.kind for r in results for c in r.checks if not c.passed)
    lines.append("")
    lines.append(
        "failing checks by kind: "
        + (", ".join(f"{kind} {n}" for kind, n in failing.most_common()) or "none")
    )
    exact, documents, passed, checks = totals(results)
    lines.append(f"documents exact: {exact}/{documents}")
    lines.append(f"checks passed: {passed}/{checks}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv or "--verbose" in argv
    print(report(score_documents(), verbose=verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
