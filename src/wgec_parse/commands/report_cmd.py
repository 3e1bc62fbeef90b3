"""``wgec-parse report DIR_OR_FILES... -o report.html``: the consultation on one page.

Exit status: 0 when every file was read, 1 when any could not be read (named on
standard error and in the report), 2 when an input does not exist, no file was found,
the question set cannot be read or the report cannot be written.
"""

from __future__ import annotations

import argparse
import functools
import logging
from typing import TYPE_CHECKING, Final

from wgec_parse.commands.batch_cmd import add_consultation_arguments, read_and_write
from wgec_parse.commands.common import Command

if TYPE_CHECKING:
    from wgec_parse.batch import Inputs
    from wgec_parse.questions import QuestionSet
    from wgec_parse.report import Report

__all__ = ["register"]


def _summary(report: Report, found: Inputs, _questions: QuestionSet, out: str) -> str:
    return (
        f"report: {len(report.submissions)} of {len(found.paths)} files read, "
        f"{len(report.errors)} not read; {out}"
    )


def run(args: argparse.Namespace) -> int:
    """Read the inputs and write the report."""
    from wgec_parse.report import read_report, write_report

    logging.getLogger("matplotlib").setLevel(logging.WARNING)
    return read_and_write(args, read_report, write_report, _summary)


_COMMAND: Final = Command(
    "report",
    "one self-contained HTML page about a whole consultation",
    """Read every file (folders are searched as batch searches them) and write one HTML page
    that needs no network: the submissions, a coverage matrix (submissions by questions),
    answer lengths by question and stakeholder group as charts (matplotlib: the report
    extra), findings by code and the files that could not be read. Exit status: 0 all read,
    1 some could not be read, 2 an input missing, no files, or OUT cannot be written.""",
    functools.partial(
        add_consultation_arguments, out_help="report.html", title="Consultation report"
    ),
    run,
)
register: Final = _COMMAND.register
