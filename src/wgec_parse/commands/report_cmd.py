"""``wgec-parse report DIR_OR_FILES... -o report.html``: the consultation on one page.

Exit status: 0 when every file was read, 1 when any could not be read (named on
standard error and in the report), 2 when an input does not exist, no file was found,
the question set cannot be read or the report cannot be written.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from wgec_parse.commands.batch_cmd import (
    Progress,
    Reporter,
    add_reading_options,
    missing_inputs,
    remove_logging,
    setup_logging,
    stderr_level,
)

__all__ = ["register"]


def run(args: argparse.Namespace) -> int:
    """Read the inputs and write the report."""
    import attrs

    from wgec_parse.batch import SUFFIXES, document_ids, scan
    from wgec_parse.questions import question_set
    from wgec_parse.report import read_report, write_report

    missing = missing_inputs(args.inputs)
    for name in missing:
        sys.stderr.write(f"wgec-parse: {name}: no such file or folder\n")
    if missing:
        return 2
    questions = question_set(args.questions)
    found = scan(args.inputs)
    if not found.paths:
        sys.stderr.write(f"wgec-parse: no {', '.join(SUFFIXES)} files in {' '.join(args.inputs)}\n")
        return 2
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    logging.getLogger("matplotlib").setLevel(logging.WARNING)
    ids = document_ids(found.paths, found.folders)
    progress = Progress(sys.stderr, names=[ids[p] for p in found.paths])
    handlers = setup_logging(progress, stderr_level(args), args.log)
    progress.start(len(found.paths))
    try:
        report = read_report(
            found,
            questions,
            jobs=args.jobs,
            time_limit=args.time_limit,
            progress=Reporter(progress),
        )
        if args.title:
            report = attrs.evolve(report, title=args.title)
        write_report(report, args.out)
    except KeyboardInterrupt:
        progress.close()
        sys.stderr.write("wgec-parse: interrupted\n")
        return 130
    except OSError as err:
        progress.close()
        sys.stderr.write(f"wgec-parse: cannot write {args.out}: {err.strerror or err}\n")
        return 2
    finally:
        remove_logging(handlers)
    progress.close()
    for path, why in found.skipped:
        sys.stderr.write(f"wgec-parse: {path}: {why}\n")
    sys.stderr.write(
        f"wgec-parse: report: {len(report.submissions)} of {len(found.paths)} files read, "
        f"{len(report.errors)} not read; {args.out}\n"
    )
    return 1 if report.errors else 0


def register(commands: Any) -> None:
    """Add the ``report`` subcommand."""
    cmd = commands.add_parser(
        "report",
        help="one self-contained HTML page about a whole consultation",
        description=(
            "Read every file (folders are searched as batch searches them) and write one "
            "HTML page that needs no network: the submissions, a coverage matrix "
            "(submissions by questions), answer lengths by question and stakeholder group "
            "as charts (matplotlib: the report extra), findings by code and the files that "
            "could not be read. Exit status: 0 all read, 1 some could not be read, 2 an "
            "input missing, no files, or OUT cannot be written."
        ),
    )
    cmd.add_argument("inputs", nargs="+", metavar="DIR_OR_FILE", help="folders and files")
    cmd.add_argument("-o", "--out", required=True, metavar="OUT", help="report.html")
    cmd.add_argument("--title", help='the title (default: "Consultation report")')
    add_reading_options(cmd)
    cmd.set_defaults(run=run)
