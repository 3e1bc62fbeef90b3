"""``wgec-parse compile DIR_OR_FILES... -o compilation.docx|.md|.html``: answers by question.

Exit status: 0 when every file was read, 1 when any could not be read (named on
standard error and at the end of the compilation), 2 when an input does not exist, no
file was found, the question set cannot be read or the output cannot be written.
"""

from __future__ import annotations

import argparse
import logging
import os
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

_FORMATS = (".docx", ".md", ".html", ".htm")


def run(args: argparse.Namespace) -> int:
    """Read the inputs and write the compilation."""
    import attrs

    from wgec_parse.batch import SUFFIXES, document_ids, scan
    from wgec_parse.compilation import read_compilation, write_compilation
    from wgec_parse.questions import question_set

    if os.path.splitext(args.out)[1].lower() not in _FORMATS:
        sys.stderr.write(f"wgec-parse: {args.out}: the output must end with .docx, .md or .html\n")
        return 2
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
    ids = document_ids(found.paths, found.folders)
    progress = Progress(sys.stderr, names=[ids[p] for p in found.paths])
    handlers = setup_logging(progress, stderr_level(args), args.log)
    progress.start(len(found.paths))
    try:
        compilation = read_compilation(
            found,
            questions,
            jobs=args.jobs,
            time_limit=args.time_limit,
            progress=Reporter(progress),
        )
        if args.title:
            compilation = attrs.evolve(compilation, title=args.title)
        write_compilation(compilation, args.out)
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
    answered = sum(1 for c in compilation.contributions if any(a.pieces for a in c.answers))
    for path, why in found.skipped:
        sys.stderr.write(f"wgec-parse: {path}: {why}\n")
    sys.stderr.write(
        f"wgec-parse: compile: {len(compilation.contributions)} of {len(found.paths)} files "
        f"read, {answered} with answers, {len(compilation.errors)} errors; "
        f"{len(questions.questions)} questions of {questions.name} in {args.out}\n"
    )
    return 1 if compilation.errors else 0


def register(commands: Any) -> None:
    """Add the ``compile`` subcommand."""
    cmd = commands.add_parser(
        "compile",
        help="compile every submission's answers by question into .docx, .md or .html",
        description=(
            "Read every file (folders are searched as batch searches them) and write, for "
            "each question of the question set, every submission's answer in order of "
            "document id, headed by its submitter (or file name), with clause numbers and "
            "bullets kept. The format follows OUT's ending: .docx (needs python-docx: the "
            "compile extra), .md or .html. Exit status: 0 all read, 1 some could not be "
            "read, 2 an input missing, no files, or OUT cannot be written."
        ),
    )
    cmd.add_argument("inputs", nargs="+", metavar="DIR_OR_FILE", help="folders and files")
    cmd.add_argument(
        "-o", "--out", required=True, metavar="OUT", help="compilation.docx, .md or .html"
    )
    cmd.add_argument("--title", help='the title (default: "Compilation of inputs")')
    add_reading_options(cmd)
    cmd.set_defaults(run=run)
