"""``wgec-parse compile DIR_OR_FILES... -o compilation.docx|.md|.html``: answers by question.

Exit status: 0 when every file was read, 1 when any could not be read (named on
standard error and at the end of the compilation), 2 when an input does not exist, no
file was found, the question set cannot be read or the output cannot be written.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from typing import TYPE_CHECKING, Final

from wgec_parse.commands.batch_cmd import add_consultation_arguments, read_and_write
from wgec_parse.commands.common import Command

if TYPE_CHECKING:
    from wgec_parse.batch import Inputs
    from wgec_parse.compilation import Compilation
    from wgec_parse.questions import QuestionSet

__all__ = ["register"]

_FORMATS = (".docx", ".md", ".html", ".htm")


def _summary(compilation: Compilation, found: Inputs, questions: QuestionSet, out: str) -> str:
    answered = sum(1 for c in compilation.contributions if any(a.pieces for a in c.answers))
    return (
        f"compile: {len(compilation.contributions)} of {len(found.paths)} files "
        f"read, {answered} with answers, {len(compilation.errors)} errors; "
        f"{len(questions.questions)} questions of {questions.name} in {out}"
    )


def run(args: argparse.Namespace) -> int:
    """Read the inputs and write the compilation."""
    from wgec_parse.compilation import read_compilation, write_compilation

    if os.path.splitext(args.out)[1].lower() not in _FORMATS:
        sys.stderr.write(f"wgec-parse: {args.out}: the output must end with .docx, .md or .html\n")
        return 2
    return read_and_write(args, read_compilation, write_compilation, _summary)


_COMMAND: Final = Command(
    "compile",
    "compile every submission's answers by question into .docx, .md or .html",
    """Read every file (folders are searched as batch searches them) and write, for each
    question of the question set, every submission's answer in order of document id, headed
    by its submitter (or file name), with clause numbers and bullets kept. The format
    follows OUT's ending: .docx (needs python-docx: the compile extra), .md or .html. Exit
    status: 0 all read, 1 some could not be read, 2 an input missing, no files, or OUT
    cannot be written.""",
    functools.partial(
        add_consultation_arguments,
        out_help="compilation.docx, .md or .html",
        title="Compilation of inputs",
    ),
    run,
)
register: Final = _COMMAND.register
