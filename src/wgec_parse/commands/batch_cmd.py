"""``wgec-parse batch DIR_OR_FILES... -o OUT``: a folder of submissions to tables.

Exit status: 0 when every file was read, 1 when any file failed or an entry was not
read (each is named on standard error and in ``OUT/errors.csv``; the others are still
written), 2 when an input does not exist, nothing was found at all, the question set
cannot be read or the output folder cannot be written (no table is written then), 130
when stopped by Ctrl-C (``OUT/manifest.json`` then says the outputs are incomplete).
A one-line summary always ends the run on standard error.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Final, Protocol, TextIO, TypeVar

from wgec_parse.commands.common import Command, add_questions_option
from wgec_parse.limits import BATCH_TIME_LIMIT

if TYPE_CHECKING:
    from wgec_parse.batch import FileResult, Inputs
    from wgec_parse.questions import QuestionSet


class _Read(Protocol):
    """What ``compile`` and ``report`` read: a compilation or a report."""

    @property
    def errors(self) -> tuple[tuple[str, str], ...]:
        """(path, why) of the files not read."""
        ...


_Result = TypeVar("_Result", bound=_Read)

#: The views of ``--view``: the values of :data:`wgec_parse.batch.VIEWS`, written out
#: so that the command line starts without importing the batch machinery.
VIEW_CHOICES = ("full", "outline")

__all__ = [
    "Progress",
    "Reporter",
    "add_consultation_arguments",
    "add_inputs_arguments",
    "add_reading_options",
    "missing_inputs",
    "register",
    "remove_logging",
    "report_missing",
    "setup_logging",
]

# The logger of per-file events; its messages are shown with -v (and errors always).
_LOG = "wgec_parse.batch"


class Progress:
    """A progress bar on a terminal (tqdm: files done, rate, time left, and the file
    being read); nothing elsewhere.  Messages go through :meth:`write`, which keeps
    them off the bar."""

    def __init__(self, stream: TextIO, *, names: Sequence[str] = (), interval: float = 0.1) -> None:
        self._stream = stream
        self._on = stream.isatty()
        self._names = names  #: The document ids, in the order files are read.
        self._interval = interval  # the least time between redraws, in seconds
        self._bar: Any = None

    def start(self, total: int) -> None:
        """Draw the bar at 0 of ``total`` files (before the first file is read)."""
        if not self._on or self._bar is not None:
            return
        from tqdm import tqdm

        # A terminal that reports no size (a pseudo-terminal nobody sized: tqdm would
        # then hide the bar) counts as 80 by 24.
        size = shutil.get_terminal_size()
        self._bar = tqdm(
            total=total,
            file=self._stream,
            unit="file",
            mininterval=self._interval,
            ncols=size.columns or 80,
            nrows=size.lines or 24,
        )
        if self._names:
            self._bar.set_postfix_str(self._names[0], refresh=True)

    def __call__(self, done: int, total: int, result: FileResult) -> None:
        if not self._on:
            return
        self.start(total)
        self._bar.update(done - self._bar.n)
        current = self._names[done] if done < len(self._names) else ""
        self._bar.set_postfix_str(current, refresh=self._interval == 0)
        if done == total:
            self.close()

    def write(self, text: str) -> None:
        """Write a line (``text`` without its newline) above the bar."""
        if self._bar is not None:
            self._bar.write(text, file=self._stream)
        else:
            self._stream.write(text + "\n")
            self._stream.flush()

    def close(self) -> None:
        """End the bar (before a final message)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def interrupted(self) -> None:
        """End the bar's line before a message."""
        self.close()


class _ToProgress(logging.Handler):
    """Log records as ``wgec-parse: message`` lines, written above the progress bar."""

    def __init__(self, progress: Progress, level: int) -> None:
        super().__init__(level)
        self._progress = progress
        #: Handlers muted while this one writes, with their levels before.
        self.muted: list[tuple[logging.Handler, int]] = []
        self.addFilter(lambda record: not getattr(record, "summary", False))

    def emit(self, record: logging.LogRecord) -> None:
        self._progress.write(f"wgec-parse: {record.getMessage()}")


def stderr_level(args: argparse.Namespace) -> int:
    """The level of what reaches standard error, from the command line's ``-v`` and
    ``-q``: every file's event with ``-v``, errors only with ``-q``, else warnings."""
    if getattr(args, "verbose", None):
        return logging.INFO
    return logging.ERROR if getattr(args, "quiet", None) else logging.WARNING


def setup_logging(progress: Progress, level: int, log_file: str | None) -> list[logging.Handler]:
    """Send the ``wgec_parse`` logs at ``level`` to standard error, above the progress bar
    (the command line's own handler on standard error is muted meanwhile) and, at the
    info level, to ``log_file``; the handlers added."""
    logger = logging.getLogger("wgec_parse")
    to_stderr = _ToProgress(progress, level)
    to_stderr.muted = [
        (h, h.level)
        for h in logger.handlers
        if type(h) is logging.StreamHandler and h.stream is sys.stderr
    ]
    for handler, _ in to_stderr.muted:
        handler.setLevel(logging.CRITICAL + 1)
    handlers: list[logging.Handler] = [to_stderr]
    if log_file is not None:
        to_file = logging.FileHandler(log_file, encoding="utf-8")
        to_file.setLevel(logging.INFO)
        to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handlers.append(to_file)
    for handler in handlers:
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return handlers


def remove_logging(handlers: list[logging.Handler]) -> None:
    """Undo :func:`setup_logging`."""
    logger = logging.getLogger("wgec_parse")
    for handler in handlers:
        logger.removeHandler(handler)
        handler.close()
        for muted, level in getattr(handler, "muted", ()):
            muted.setLevel(level)
    logger.setLevel(logging.NOTSET)


def start_progress(
    args: argparse.Namespace, found: Inputs
) -> tuple[Progress, list[logging.Handler]]:
    """The progress bar over the files ``found`` (named by their document ids), started,
    and the log handlers :func:`setup_logging` added for ``args``."""
    from wgec_parse.batch import document_ids

    # pypdf logs how it recovers from damaged PDFs; a batch reports only failures.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    ids = document_ids(found.paths, found.folders)
    progress = Progress(sys.stderr, names=[ids[p] for p in found.paths])
    handlers = setup_logging(progress, stderr_level(args), args.log)
    progress.start(len(found.paths))
    return progress, handlers


def read_and_write(
    args: argparse.Namespace,
    read: Callable[..., _Result],
    write: Callable[[_Result, str], None],
    summary: Callable[[_Result, Inputs, QuestionSet, str], str],
) -> int:
    """What ``compile`` and ``report`` share: check the inputs, ``read`` every file
    (``read(found, questions, jobs=, time_limit=, progress=)``) with a progress bar and
    the logs, give it ``--title``, ``write`` it to ``args.out``, name the entries
    skipped and end with the line ``summary(result, found, questions, args.out)``.  The exit
    status: 0 when every file was read, 1 when one was not, 2 when an input is missing,
    nothing is found or ``args.out`` cannot be written, 130 when interrupted."""
    import attrs

    from wgec_parse.batch import SUFFIXES, scan
    from wgec_parse.questions import question_set

    if report_missing(args.inputs):
        return 2
    questions = question_set(args.questions)
    found = scan(args.inputs)
    if not found.paths:
        sys.stderr.write(f"wgec-parse: no {', '.join(SUFFIXES)} files in {' '.join(args.inputs)}\n")
        return 2
    progress, handlers = start_progress(args, found)
    try:
        result = read(
            found,
            questions,
            jobs=args.jobs,
            time_limit=args.time_limit,
            progress=Reporter(progress),
        )
        if args.title:
            result = attrs.evolve(result, title=args.title)  # type: ignore[misc]
        write(result, args.out)
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
    sys.stderr.write(f"wgec-parse: {summary(result, found, questions, args.out)}\n")
    return 1 if result.errors else 0


def missing_inputs(inputs: Sequence[str]) -> list[str]:
    """The inputs that name nothing at all (not even a broken link)."""
    return [name for name in inputs if not os.path.lexists(name)]


def report_missing(inputs: Sequence[str]) -> bool:
    """Name each of the :func:`missing_inputs` on standard error; whether there was one."""
    missing = missing_inputs(inputs)
    for name in missing:
        sys.stderr.write(f"wgec-parse: {name}: no such file or folder\n")
    return bool(missing)


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
    from wgec_parse.questions import question_set

    if report_missing(args.inputs):
        return 2
    questions = question_set(args.questions)  # QuestionSetError: exit 2 in cli.main
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
    progress, handlers = start_progress(args, found)
    try:
        summary = run_batch(
            found,
            args.out,
            view=args.view,
            jobs=args.jobs,
            progress=Reporter(progress),
            time_limit=args.time_limit,
            questions=questions,
            csv_encoding=args.csv_encoding,
        )
    except KeyboardInterrupt:
        progress.interrupted()
        sys.stderr.write(
            f"wgec-parse: interrupted: the outputs in {args.out} are incomplete "
            "(manifest.json says so)\n"
        )
        return 130
    except OSError as err:  # the output folder cannot be made or written
        progress.close()
        where = err.filename if err.filename is not None else args.out
        sys.stderr.write(f"wgec-parse: cannot write {where}: {err.strerror or err}\n")
        return 2
    finally:
        remove_logging(handlers)
    progress.close()
    skipped = [name for name in ("answers.parquet", "answers.xlsx") if name not in summary.outputs]
    extra = {"answers.parquet": "pyarrow", "answers.xlsx": "openpyxl"}
    note = "".join(f"; no {name} (needs {extra[name]})" for name in skipped)
    sys.stderr.write(f"wgec-parse: batch: {summary.line()}; tables in {args.out}{note}\n")
    return 1 if summary.errors else 0


class Reporter:
    """The progress callback: the bar, and each file's error and notes above it."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress

    def __call__(self, done: int, total: int, result: FileResult) -> None:
        for note in result.notes:
            self._progress.write(f"wgec-parse: {result.path}: {note}")
        if result.error is not None:
            self._progress.write(f"wgec-parse: {result.path}: {result.error}")
        self._progress(done, total, result)


def _csv_encoding(text: str) -> str:
    aliases = {"utf-8-sig": "utf-8-sig", "utf8-sig": "utf-8-sig", "utf-8": "utf-8", "utf8": "utf-8"}
    found = aliases.get(text.lower())
    if found is None:
        raise argparse.ArgumentTypeError("expected utf-8-sig (with a byte order mark) or utf-8")
    return found


def add_reading_options(cmd: Any) -> None:
    """The options that batch, compile and report share: --questions, --jobs, --log (and
    the command line's own -v and -q)."""
    add_questions_option(
        cmd,
        help="the question set answers are filed under: a built-in name or a TOML/JSON file "
        "(default: wgec2)",
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
        help=f"stop reading a file after this long and report it "
        f"(default: {BATCH_TIME_LIMIT:g}; 0: no limit)",
    )
    cmd.add_argument("--log", metavar="FILE", help="also write the log, with the summary, to FILE")


def add_inputs_arguments(cmd: argparse.ArgumentParser, out_help: str) -> None:
    """``DIR_OR_FILE...`` and ``-o OUT``: what batch, compile and report read and write."""
    cmd.add_argument("inputs", nargs="+", metavar="DIR_OR_FILE", help="folders and files")
    cmd.add_argument("-o", "--out", required=True, metavar="OUT", help=out_help)


def add_consultation_arguments(cmd: argparse.ArgumentParser, out_help: str, title: str) -> None:
    """The arguments of compile and report: the inputs, ``-o OUT``, ``--title`` (``title``
    by default) and the reading options."""
    add_inputs_arguments(cmd, out_help)
    cmd.add_argument("--title", help=f'the title (default: "{title}")')
    add_reading_options(cmd)


def _arguments(cmd: argparse.ArgumentParser) -> None:
    add_inputs_arguments(cmd, "output folder")
    cmd.add_argument(
        "--view",
        choices=VIEW_CHOICES,
        default="full",
        help="what documents.jsonl holds per document (default: full)",
    )
    cmd.add_argument(
        "--csv-encoding",
        type=_csv_encoding,
        default="utf-8-sig",
        metavar="ENCODING",
        help="utf-8-sig (default: UTF-8 with a byte order mark, so that Excel reads it) or utf-8",
    )
    add_reading_options(cmd)


_COMMAND: Final = Command(
    "batch",
    "parse a folder of .txt/.docx/.pdf submissions into JSONL, CSV and Excel tables",
    """Parse every file (folders are searched recursively for .txt, .docx and .pdf) and write
    OUT/documents.jsonl, OUT/answers.csv (and answers.parquet with pyarrow, answers.xlsx
    with openpyxl), OUT/documents.csv, OUT/coverage.csv, OUT/coverage_totals.csv,
    OUT/findings.csv and OUT/errors.csv, then OUT/manifest.json once they are complete.
    Answers are filed under the ids of the question set's questions. A file that cannot be
    read, and an entry that is not read (a FIFO, a device, a link loop, a second path to a
    file), is reported and skipped. Exit status: 0 all read, 1 some failed, 2 an input
    missing, no files, or OUT cannot be written, 130 interrupted.""",
    _arguments,
    run,
)
register: Final = _COMMAND.register
