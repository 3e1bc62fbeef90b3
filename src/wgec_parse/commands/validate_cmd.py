"""``wgec-parse validate FILE...``: findings in compiler style, JSON or SARIF 2.1.0.

A finding on a .docx or PDF also names where its line is in the original (``¶12``,
``p3``; see docs/rules.md): after the path in the text, as ``"origin"`` in JSON, in each
location's property bag in SARIF.

Exit status: 0 when no finding is an error, 1 when one is, 2 when a file cannot be
read (the other files are still checked).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import wgec_parse
from wgec_parse.commands.common import (
    Command,
    add_files_argument,
    add_questions_option,
    load_document_with_origins,
)
from wgec_parse.errors import ReadError
from wgec_parse.extraction import Origins
from wgec_parse.questions import QuestionSet, question_set

if TYPE_CHECKING:
    from wgec_parse.rules.base import OriginOf
    from wgec_parse.validation import Findings, Rule

__all__ = ["register", "sarif_log"]

_log = logging.getLogger(__name__)

SARIF_SCHEMA: Final = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
_SARIF_LEVEL: Final = {"error": "error", "warning": "warning", "info": "note"}

#: One checked file: its path and findings, or the reason it could not be read.
Result: TypeAlias = "tuple[str, Findings | None, str | None]"


def _codes(values: Sequence[str] | None) -> list[str] | None:
    if not values:
        return None
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def _summary(found: Findings) -> str:
    """The counts in words: "2 errors, 0 warnings, 1 info"."""
    return ", ".join(
        f"{n} {severity}{'' if n == 1 or severity == 'info' else 's'}"
        for severity, n in found.counts.items()
    )


def _uri(path: str) -> str:
    if path == "-":
        return "stdin"
    # Imported here: SARIF output alone needs them, not every command's start.
    import urllib.parse
    from pathlib import Path

    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return urllib.parse.quote(p.as_posix())


def _origin_of(origins: Origins) -> OriginOf | None:
    """What findings are given to name their lines' origins: None for a text file."""
    return origins.of if origins else None


def _text(results: list[Result], located: list[Origins]) -> str:
    return "".join(
        d.format(path, notes=True, origin_of=_origin_of(origins)) + "\n"
        for (path, found, _error), origins in zip(results, located, strict=True)
        for d in found or ()
    )


def _json(results: list[Result], located: list[Origins]) -> str:
    files: list[dict[str, Any]] = []
    for (path, found, error), origins in zip(results, located, strict=True):
        entry: dict[str, Any] = {"path": path}
        if error is not None:
            entry["error"] = error
        else:
            origin_of = _origin_of(origins)
            entry["diagnostics"] = [d.to_dict(origin_of) for d in found or ()]
        files.append(entry)
    return json.dumps({"files": files}, ensure_ascii=False, indent=2) + "\n"


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    return {
        "startLine": line,
        "startColumn": column,
        "endLine": end_line,
        "endColumn": max(end_column, column) if end_line == line else end_column,
    }


def _no_origin(line: int) -> str:
    return ""


def _with_origin(location: dict[str, Any], origin: str) -> dict[str, Any]:
    """A SARIF location with, when there is one, the origin of its line in the original
    .docx or PDF in its property bag (SARIF 2.1.0 section 3.8): ``{"origin": "p3"}``."""
    if origin:
        location["properties"] = {"origin": origin}
    return location


def sarif_log(
    results: Sequence[Result], all_rules: Sequence[Rule], *, origins: Sequence[Origins] = ()
) -> dict[str, Any]:
    """A SARIF 2.1.0 log of ``results`` with one run; columns count code points.

    Regions are lines and columns of the extracted text.  ``origins``, one per result
    when given (:func:`wgec_parse.loaders.load_with_origins`), say where those lines
    are in the original .docx or PDF: each location whose line has an origin gets it
    in its property bag, ``"properties": {"origin": "p3"}``."""
    index = {r.code: i for i, r in enumerate(all_rules)}
    driver: dict[str, Any] = {
        "name": "wgec-parse",
        "version": wgec_parse.__version__,
        "rules": [
            {
                "id": r.code,
                "shortDescription": {"text": r.summary},
                "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity]},
            }
            for r in all_rules
        ],
    }
    sarif_results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for number, (path, found, error) in enumerate(results):
        origin_of = origins[number].of if number < len(origins) else _no_origin
        artifact = {"uri": _uri(path)}
        if error is not None:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": error},
                    "locations": [{"physicalLocation": {"artifactLocation": artifact}}],
                }
            )
            continue
        for d in found or ():
            result: dict[str, Any] = {
                "ruleId": d.code,
                "level": _SARIF_LEVEL[d.severity],
                "message": {"text": d.message},
                "locations": [
                    _with_origin(
                        {
                            "physicalLocation": {
                                "artifactLocation": artifact,
                                "region": _region(d.line, d.column, d.end_line, d.end_column),
                            }
                        },
                        origin_of(d.line),
                    )
                ],
            }
            if d.code in index:
                result["ruleIndex"] = index[d.code]
            if d.related:
                result["relatedLocations"] = [
                    _with_origin(
                        {
                            "id": k,
                            "message": {"text": r.message},
                            "physicalLocation": {
                                "artifactLocation": artifact,
                                "region": {"startLine": r.line, "startColumn": r.column},
                            },
                        },
                        origin_of(r.line),
                    )
                    for k, r in enumerate(d.related)
                ]
            sarif_results.append(result)
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "invocations": [invocation],
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }


def run(args: argparse.Namespace) -> int:
    """Validate each file and print the findings."""
    from wgec_parse.validation import rules, validate  # the rules: only for this command

    qset: QuestionSet = question_set(args.questions)
    select = _codes(args.select)
    ignore = _codes(args.ignore)
    known = {r.code for r in rules()}
    unknown = sorted((set(select or ()) | set(ignore or ())) - known)
    if unknown:
        sys.stderr.write(
            f"wgec-parse: unknown rule code: {', '.join(unknown)} "
            f"(known: {', '.join(sorted(known))})\n"
        )
        return 2
    results: list[Result] = []
    # Per result: where each line is in the original .docx or PDF (empty for text).
    located: list[Origins] = []
    unreadable = False
    for path in args.files:
        try:
            document, origins = load_document_with_origins(path)
        except ReadError as err:
            sys.stderr.write(f"wgec-parse: {err}\n")
            results.append((path, None, str(err)))
            located.append(Origins())
            unreadable = True
            continue
        found = validate(document, questions=qset, select=select, ignore=ignore)
        _log.info("%s: %s", path, _summary(found))
        results.append((path, found, None))
        located.append(origins)
    if args.format == "json":
        sys.stdout.write(_json(results, located))
    elif args.format == "sarif":
        log = sarif_log(results, rules(), origins=located)
        sys.stdout.write(json.dumps(log, ensure_ascii=False, indent=2))
        sys.stdout.write("\n")
    else:
        sys.stdout.write(_text(results, located))
    if unreadable:
        return 2
    failed = any(found is not None and found.has_errors for _, found, _ in results)
    return 1 if failed else 0


def _arguments(cmd: argparse.ArgumentParser) -> None:
    add_files_argument(cmd)
    add_questions_option(cmd)
    cmd.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="run only these rules (comma-separated codes; may be repeated)",
    )
    cmd.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help="skip these rules (comma-separated codes; may be repeated)",
    )
    cmd.add_argument(
        "--format",
        choices=("text", "json", "sarif"),
        default="text",
        help="output format (default: text, one finding per line)",
    )


_COMMAND: Final = Command(
    "validate",
    "check submissions and report what must be fixed",
    "Check each file; exit 1 if any finding is an error, 2 if a file cannot be read.",
    _arguments,
    run,
)
register: Final = _COMMAND.register
