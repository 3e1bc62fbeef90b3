"""``wgec-parse batch DIR_OR_FILES... -o OUT``: a folder of submissions to tables.

Exit status: 0 when every file was read, 1 when any file failed or an entry was not
read (each is named on standard error and in ``OUT/errors.csv``; the others are still
written), 2 when nothing was found at all or the output folder cannot be written, 130
when stopped by Ctrl-C (``OUT/manifest.json`` then says the outputs are incomplete).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from typing import TYPE_CHECKING, Any, TextIO

from wgec_parse.limits import BATCH_TIME_LIMIT

if TYPE_CHECKING:
    from wgec_parse.batch import FileResult

#: The views of ``--view``: the values of :data:`wgec_parse.batch.VIEWS`, written out
#: so that the command line starts without importing the batch machinery.
VIEW_CHOICES = ("full", "outline")

__all__ = ["Progress", "register"]


class Progress:
    """A one-line progress bar on a terminal; silent elsewhere except for errors."""

    def __init__(self, stream: TextIO, *, width: int = 30) -> None:
        self._stream = stream
        self._bar = stream.isatty()
        self._width = width
        self._last = 0.0

    def __call__(self, done: int, total: int, result: FileResult) -> None:
        if result.error is not None or result.notes:
            self._clear()
        for note in result.notes:
            self._stream.write(f"wgec-parse: {result.path}: {note}\n")
        if result.error is not None:
            self._stream.write(f"wgec-parse: {result.path}: {result.error}\n")
        if not self._bar:
            return
        now = time.monotonic()
        # Redraw at most ten times a second: a terminal is slower than the parser.
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        filled = self._width * done // max(total, 1)
        bar = "#" * filled + "." * (self._width - filled)
        self._stream.write(f"\r[{bar}] {done}/{total}")
        if done == total:
            self._stream.write("\n")
        self._stream.flush()

    def _clear(self) -> None:
        if self._bar:
            self._stream.write("\r\x1b[K")

    def interrupted(self) -> None:
        """End the bar's line before a message."""
        if self._bar:
            self._stream.write("\n")


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _time_limit(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError("must be 0 (no limit) or more")
    return value or None


def run(args: argparse.Namespace) -> int:
    """Parse every file and write the tables; Ctrl-C stops it with exit status 130."""
    from wgec_parse.batch import SUFFIXES, run_batch, scan

    try:
        found = scan(args.inputs)
    except KeyboardInterrupt:  # nothing written yet
        sys.stderr.write("wgec-parse: interrupted\n")
        return 130
    if not found.paths and not found.skipped:
        sys.stderr.write(f"wgec-parse: no {', '.join(SUFFIXES)} files in {' '.join(args.inputs)}\n")
        return 2
    for path, why in found.skipped:
        sys.stderr.write(f"wgec-parse: {path}: {why}\n")
    # pypdf logs how it recovers from damaged PDFs; a batch reports only failures.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    progress = Progress(sys.stderr)
    try:
        summary = run_batch(
            found,
            args.out,
            view=args.view,
            jobs=args.jobs,
            progress=progress,
            time_limit=args.time_limit,
        )
    except KeyboardInterrupt:
        progress.interrupted()
        sys.stderr.write(
            f"wgec-parse: interrupted: the outputs in {args.out} are incomplete "
            "(manifest.json says so)\n"
        )
        return 130
    except OSError as err:  # the output folder cannot be made or written
        where = err.filename if err.filename is not None else args.out
        sys.stderr.write(f"wgec-parse: cannot write {where}: {err.strerror or err}\n")
        return 2
    if sys.stderr.isatty():
        outputs = "documents.jsonl, answers.csv" + (", answers.parquet" if summary.parquet else "")
        sys.stderr.write(
            f"{summary.documents} of {summary.files} files read, {summary.rows} answer rows, "
            f"{len(summary.errors)} errors: {outputs}, coverage.csv, manifest.json in "
            f"{args.out}\n"
        )
    return 1 if summary.errors else 0


def register(commands: Any) -> None:
    """Add the ``batch`` subcommand."""
    cmd = commands.add_parser(
        "batch",
        help="parse a folder of .txt/.docx/.pdf submissions into JSONL and CSV tables",
        description=(
            "Parse every file (folders are searched recursively for .txt, .docx and .pdf) "
            "and write OUT/documents.jsonl, OUT/answers.csv (and answers.parquet with "
            "pyarrow), OUT/coverage.csv and OUT/errors.csv, then OUT/manifest.json once "
            "they are complete. A file that cannot be read, and an entry that is not read "
            "(a FIFO, a device, a link loop, a second path to a file), is reported and "
            "skipped. Exit status: 0 all read, 1 some failed, 2 no files or OUT cannot be "
            "written, 130 interrupted."
        ),
    )
    cmd.add_argument("inputs", nargs="+", metavar="DIR_OR_FILE", help="folders and files")
    cmd.add_argument("-o", "--out", required=True, metavar="OUT", help="output folder")
    cmd.add_argument(
        "--view",
        choices=VIEW_CHOICES,
        default="full",
        help="what documents.jsonl holds per document (default: full)",
    )
    cmd.add_argument(
        "--jobs",
        type=_jobs,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes (default: the number of CPUs)",
    )
    cmd.add_argument(
        "--time-limit",
        type=_time_limit,
        default=BATCH_TIME_LIMIT,
        metavar="SECONDS",
        help=f"stop reading a file after this long and report it in errors.csv "
        f"(default: {BATCH_TIME_LIMIT:g}; 0: no limit)",
    )
    cmd.set_defaults(run=run)
