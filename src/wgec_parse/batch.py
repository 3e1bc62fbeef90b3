"""A folder of submissions to tables: parse many files in parallel, write JSONL and CSV.

:func:`run_batch` parses each file in a worker process (:func:`process_file`), which
sends back only what the outputs need (a JSON line, the answer rows, per-question
counts), so no tree crosses a process boundary and memory stays flat in the number of
files: results are consumed in input order from a bounded window of pending files.

Outputs, in the output folder:

* ``documents.jsonl``: one line per document read, ``{"path": ..., "document": ...}``
  where the document is :func:`wgec_parse.jsonio.to_json` in the chosen view;
* ``answers.csv``: one row per clause (see :mod:`wgec_parse.answers`), and
  ``answers.parquet`` with the same rows when pyarrow is installed;
* ``coverage.csv``: one row per document, one column per question number holding the
  number of answer rows (0: not answered; column ``(none)`` for text before any
  question), then ``questions`` (how many were answered)
  and ``rows``; a last row ``(documents answering)`` counts the documents per question;
* ``errors.csv``: ``path,error`` for every file that could not be read and every entry
  that was not read (a FIFO, a device, a symbolic link loop, a second path to a file
  already read);
* ``manifest.json``, written last: ``"completed": true`` and the counts once every
  other output is in place.

A file that cannot be read never stops the run: it is reported and the rest go on.  A
worker that crashes, or takes longer than the time limit, costs only its own file.

The outputs are written to temporary files in the output folder and moved into place
at the end; a run starts by marking the folder incomplete in ``manifest.json`` and
removing the outputs of an earlier run.  So whenever the run stops (killed, Ctrl-C, a
full disk), the folder holds either a complete set that ``manifest.json`` vouches for,
or a ``manifest.json`` that says ``"completed": false``.  Workers die with the process
that started them.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import errno
import importlib
import importlib.util
import json
import logging
import multiprocessing
import multiprocessing.connection
import os
import re
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final, TextIO

import attrs

from wgec_parse.answers import Answer, answers
from wgec_parse.errors import ReadError, WgecError
from wgec_parse.limits import BATCH_TIME_LIMIT
from wgec_parse.loaders import load
from wgec_parse.nodes import Document
from wgec_parse.reading import kind_of

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

    from wgec_parse.jsonio import View

__all__ = [
    "MANIFEST",
    "OUTPUTS",
    "SUFFIXES",
    "VIEWS",
    "BatchSummary",
    "FileResult",
    "Inputs",
    "collect",
    "process_file",
    "run_batch",
    "scan",
]

#: File name endings a folder is searched for (case-insensitive).
SUFFIXES: Final = (".txt", ".docx", ".pdf")
#: The views ``documents.jsonl`` can hold.
VIEWS: Final[tuple[View, ...]] = ("full", "outline")  # the values of jsonio.View
#: The tables a run writes (answers.parquet only with pyarrow).
OUTPUTS: Final = (
    "documents.jsonl",
    "answers.csv",
    "answers.parquet",
    "coverage.csv",
    "errors.csv",
)
#: The file written last, that says whether the outputs beside it are complete.
MANIFEST: Final = "manifest.json"
# The name of the manifest's schema, and its version.
_MANIFEST_SCHEMA: Final = "wgec-parse/batch-manifest"
_MANIFEST_VERSION: Final = "1.0"
# Temporary outputs: hidden, and marked as ours so that a later run can remove the
# leftovers of one that was killed.
_TEMP_SUFFIX: Final = ".wgec-parse.tmp"
# Rows buffered before a parquet row group is written.
_PARQUET_ROWS: Final = 5_000
# Characters other than LF and CR that str.splitlines() and some JSONL readers take for a
# line end, and that json.dumps(ensure_ascii=False) leaves raw.
_LINE_BREAKS: Final = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}
# Files in flight or waiting to be written, per worker: enough to keep workers busy
# while one file is slow, few enough to bound memory.
_WINDOW_PER_JOB: Final = 4
# How often a worker checks that the process that started it is still there, in
# seconds, where the system cannot tell it (PR_SET_PDEATHSIG is Linux's).
_WATCH_PARENT: Final = 0.5
# How long a worker that has been asked to stop may take before it is killed, in seconds.
_STOP_GRACE: Final = 2.0
_DIED: Final = "the worker process died reading this file"
# What a worker sends once it has started, before any result.
_READY: Final = "ready"


@attrs.frozen
class FileResult:
    """What a worker sends back for one file: outputs only, never the tree."""

    path: str  #: The file.
    json_line: str = ""  #: The line for documents.jsonl ("" on error).
    rows: tuple[Answer, ...] = ()  #: Its answer rows.
    submitter: str = ""  #: Who submitted it, or "".
    counts: tuple[tuple[str, int], ...] = ()  #: (question number, rows), in document order.
    error: str | None = None  #: Why the file could not be read, or None.
    notes: tuple[str, ...] = ()  #: What reading it reported (a .docx list number shortened).


@attrs.frozen
class BatchSummary:
    """What a run did."""

    files: int  #: Files read or tried (entries not read are in ``errors`` only).
    documents: int  #: Files read and written.
    rows: int  #: Rows of answers.csv.
    errors: tuple[tuple[str, str], ...]  #: (path, error): the rows of errors.csv.
    parquet: bool  #: Whether answers.parquet was written.
    notes: tuple[tuple[str, str], ...] = ()  #: (path, note) for files read with a note.


@attrs.frozen
class Inputs:
    """The files a run reads, and the entries it does not, each with the reason."""

    paths: tuple[str, ...]  #: Regular files to read, sorted, each file once.
    skipped: tuple[tuple[str, str], ...]  #: (path, why) of each entry not read, sorted.


# --- finding the files ------------------------------------------------------------------


def _identity(info: os.stat_result) -> tuple[int, int]:
    return info.st_dev, info.st_ino


def _why_not(path: str) -> tuple[str | None, os.stat_result | None]:
    """Why an entry cannot be read as a submission (None: it can), and its status."""
    try:
        info = os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "a symbolic link loop", None
        if isinstance(err, FileNotFoundError):
            return "a broken symbolic link" if os.path.islink(path) else "no such file", None
        return err.strerror or str(err), None
    kind = kind_of(info.st_mode)
    if kind == "a directory":
        return "is a directory, not a file", info
    if kind is not None:
        return f"{kind}, not a regular file: not read", info
    return None, info


def scan(inputs: Iterable[str | os.PathLike[str]]) -> Inputs:
    """The files to read, and the entries left out with the reason for each.

    Folders are searched recursively (hidden entries skipped) for :data:`SUFFIXES`;
    files named directly are taken whatever their name.  Symbolic links to folders are
    followed once: a link back to a folder already searched (a loop, or the same folder
    twice) is an entry left out.  So are FIFOs, devices and sockets (reading one would
    block or never end), broken links, folders that cannot be searched, and every path
    to a file after the first (in sorted order), so that no file is read twice.
    """
    candidates: set[str] = set()
    skipped: list[tuple[str, str]] = []
    searched: dict[tuple[int, int], str] = {}
    for entry in inputs:
        name = os.fspath(entry)
        if os.path.isdir(name):
            _search(name, candidates, skipped, searched)
        else:
            candidates.add(name)
    paths: list[str] = []
    seen: dict[tuple[int, int], str] = {}
    for path in sorted(candidates):
        why, info = _why_not(path)
        if why is not None or info is None:
            skipped.append((path, why or "not readable"))
            continue
        first = seen.setdefault(_identity(info), path)
        if first != path:
            skipped.append((path, f"the same file as {first}: read once"))
            continue
        paths.append(path)
    return Inputs(tuple(paths), tuple(sorted(skipped)))


def _search(
    top: str,
    candidates: set[str],
    skipped: list[tuple[str, str]],
    searched: dict[tuple[int, int], str],
) -> None:
    def unreadable(err: OSError) -> None:
        skipped.append((err.filename or top, f"cannot search this folder: {err.strerror}"))

    try:
        info = os.stat(top)
    except OSError as err:
        unreadable(err)
        return
    first = searched.setdefault(_identity(info), top)
    if first != top:
        skipped.append((top, f"the same folder as {first}: searched once"))
        return
    for root, dirs, files in os.walk(top, onerror=unreadable, followlinks=True):
        keep = []
        # Folders before links to folders: a folder reached both ways is searched as
        # itself, and the link is the entry left out.
        paths = [os.path.join(root, d) for d in dirs if not d.startswith(".")]
        for path in sorted(paths, key=lambda p: (os.path.islink(p), p)):
            try:
                identity = _identity(os.stat(path))
            except OSError as err:
                unreadable(err)
                continue
            first = searched.setdefault(identity, path)
            if first == path:
                keep.append(os.path.basename(path))
            elif root == first or root.startswith(first + os.sep):
                skipped.append((path, f"a symbolic link loop: back to {first}, searched once"))
            else:
                skipped.append((path, f"the same folder as {first}: searched once"))
        dirs[:] = keep
        candidates.update(
            os.path.join(root, f)
            for f in files
            if not f.startswith(".") and f.lower().endswith(SUFFIXES)
        )


def collect(inputs: Iterable[str | os.PathLike[str]]) -> list[str]:
    """The files to parse, sorted: :attr:`Inputs.paths` of :func:`scan`."""
    return list(scan(inputs).paths)


# --- one file -----------------------------------------------------------------------


class _Notes(logging.Handler):
    """Collects what the readers log about a file (warnings and worse)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.notes: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.notes.append(record.getMessage())


def process_file(path: str, view: View = "full") -> FileResult:
    """Read and parse one file and compute its outputs; errors are returned, not raised.

    What the readers log about the file (a .docx list number shortened, say) comes
    back in :attr:`FileResult.notes`, without the file name they start with.
    """
    from wgec_parse.jsonio import to_json  # cattrs: only when a batch runs

    notes = _Notes()
    logger = logging.getLogger("wgec_parse")
    logger.addHandler(notes)
    try:
        document = load(path)
        rows = tuple(answers(document, path))
        line = f'{{"path": {json.dumps(path, ensure_ascii=False)}, "document": '
        line += to_json(document, view=view) + "}"
        # Inside JSON strings, and only there, these would end a line for many readers.
        line = line.translate(_LINE_BREAKS)
    # A batch must go on past any bad file, whatever the failure; the message says what.
    except Exception as err:
        return FileResult(path, error=_describe(err, path))
    finally:
        logger.removeHandler(notes)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.question] = counts.get(row.question, 0) + 1
    submitter = rows[0].submitter if rows else _submitter(document)
    found = tuple(n.removeprefix(f"{path}: ") for n in notes.notes)
    return FileResult(path, line, rows, submitter, tuple(counts.items()), notes=found)


def _describe(err: Exception, path: str) -> str:
    """The error without the file name (which the reports give already)."""
    if isinstance(err, ReadError):
        return f"line {err.line}: {err.args[0]}" if err.line is not None else str(err.args[0])
    text = str(err)
    text = text[len(path) + 2 :] if text.startswith(f"{path}: ") else text
    # Our own errors explain themselves; anything else is named by its type.
    return text if isinstance(err, WgecError) else f"{type(err).__name__}: {text}"


def _submitter(document: Document) -> str:
    front = document.front_matter
    return (front.submitted_by if front is not None else None) or ""


# --- worker processes -------------------------------------------------------------------

Worker = Callable[[str, "View"], FileResult]


def _die_with_parent() -> None:
    """Make this worker end when the process that started it ends, killed or not."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        # The kernel sends SIGKILL the moment the parent dies, even while this process
        # is deep in a C call that holds the GIL.
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG

    def watch() -> None:
        # Elsewhere, and as a second line: an orphan is adopted by another process.
        while os.getppid() == parent:
            time.sleep(_WATCH_PARENT)
        os._exit(1)

    threading.Thread(target=watch, name="wgec-parse-watch-parent", daemon=True).start()


def _serve(conn: Connection, worker: Worker, pypdf_level: int) -> None:
    """A worker process: read (path, view) requests and answer each with its result."""
    # Ctrl-C reaches every process of the terminal's group: the parent alone decides.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    # Workers log pypdf's recoverable-damage warnings at the level the caller chose;
    # the readers' own notes come back in the results instead.
    logging.getLogger("pypdf").setLevel(pypdf_level)
    logging.getLogger("wgec_parse").propagate = False
    try:
        conn.send(_READY)
    except (EOFError, OSError):
        return
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        path, view = request
        try:
            result = worker(path, view)
        # A worker function that raises still answers for its file.
        except Exception as err:
            result = FileResult(path, error=f"{type(err).__name__}: {err}")
        try:
            conn.send(result)
        except (EOFError, OSError):
            return
        # A result that cannot be pickled (a custom worker's): answer with the reason.
        except Exception as err:
            conn.send(FileResult(path, error=f"{type(err).__name__}: {err}"))


class _Process:
    """One worker process and the file it is reading.

    A file's time starts when the worker is ready (it says so once it has started and
    imported what it needs), so that starting a process never counts against a file.
    """

    def __init__(self, context: BaseContext, worker: Worker, time_limit: float | None) -> None:
        self.conn, theirs = context.Pipe(duplex=True)
        level = logging.getLogger("pypdf").level
        self.process: BaseProcess = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(theirs, worker, level), daemon=True, name="wgec-parse-worker"
        )
        self.process.start()
        theirs.close()
        self._time_limit = time_limit
        self._ready = False
        self.index = -1  #: The position of the file it is reading (-1: none).
        self.deadline = float("inf")  #: When it must have answered (time.monotonic()).

    def start(self, index: int, path: str, view: View) -> None:
        self.conn.send((path, view))
        self.index = index
        self._clock()

    def _clock(self) -> None:
        if self._ready and self._time_limit is not None:
            self.deadline = time.monotonic() + self._time_limit

    def receive(self) -> FileResult | None:
        """What the worker sent: a result, or None when it only said it is ready.

        Raises EOFError or OSError when the worker died.
        """
        message = self.conn.recv()
        if isinstance(message, FileResult):
            self.index = -1
            self.deadline = float("inf")
            return message
        self._ready = True
        self._clock()
        return None

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(_STOP_GRACE)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def _results(
    paths: Sequence[str],
    view: View,
    jobs: int,
    worker: Worker = process_file,
    time_limit: float | None = None,
) -> Iterator[FileResult]:
    """Results in input order, from ``jobs`` worker processes (one file each at a time).

    At most ``jobs * 4`` files are in flight or waiting to be yielded.  A worker that
    dies (a crash, the out-of-memory killer) or takes longer than ``time_limit`` seconds
    (None: no limit) costs only its own file, reported in its result, and is replaced.
    However the generator ends (exhausted, closed, an exception such as
    KeyboardInterrupt), no worker outlives it.
    """
    total = len(paths)
    jobs = max(1, jobs)
    window = jobs * _WINDOW_PER_JOB
    context = multiprocessing.get_context()
    idle: list[_Process] = []
    busy: list[_Process] = []
    done: dict[int, FileResult] = {}
    sent = given = 0  # files sent to workers; results yielded
    ok = False
    try:
        while given < total:
            while sent < total and sent - given < window and (idle or len(busy) < jobs):
                process = idle.pop() if idle else _Process(context, worker, time_limit)
                process.start(sent, paths[sent], view)
                busy.append(process)
                sent += 1
            if given in done:
                yield done.pop(given)
                given += 1
                continue
            timeout = min(p.deadline for p in busy) - time.monotonic()
            waiting: list[Any] = [p.conn for p in busy] + [p.process.sentinel for p in busy]
            ready = set(
                multiprocessing.connection.wait(waiting, None if timeout > 1e9 else max(timeout, 0))
            )
            for process in list(busy):
                index, failure = process.index, None
                if process.conn in ready:
                    try:
                        result = process.receive()
                    except (EOFError, OSError):  # it died
                        failure = _DIED
                    else:
                        if result is not None:
                            done[index] = result
                            busy.remove(process)
                            idle.append(process)
                        continue
                elif process.process.sentinel in ready:
                    failure = _DIED
                elif time.monotonic() >= process.deadline:
                    failure = f"stopped: took longer than the time limit of {time_limit:g} s"
                else:
                    continue
                busy.remove(process)
                process.kill()
                done[index] = FileResult(paths[index], error=failure)
        ok = True
    finally:
        for process in busy + idle:
            if ok:
                process.stop()
            else:  # interrupted: do not wait for files nobody will read
                process.kill()


# --- outputs -------------------------------------------------------------------------


def _natural(number: str) -> tuple[tuple[int, str], ...]:
    """Sort key for question numbers: "2" before "10", "" first."""
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in re.split(r"(\d+)", number) if p)


class _ParquetSink:
    """answers.parquet, written in row groups as rows arrive (needs pyarrow)."""

    def __init__(self, outputs: _Outputs) -> None:
        # pyarrow is optional and untyped: loaded by name, used as Any.
        pa: Any = importlib.import_module("pyarrow")
        pq: Any = importlib.import_module("pyarrow.parquet")
        self._pa = pa
        types = {"line": pa.int64()}
        self._schema = pa.schema([(f, types.get(f, pa.string())) for f in Answer._fields])
        self._writer = pq.ParquetWriter(outputs.temp("answers.parquet"), self._schema)
        self._buffer: list[Answer] = []

    def add(self, rows: Sequence[Answer]) -> None:
        self._buffer.extend(rows)
        if len(self._buffer) >= _PARQUET_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._buffer:
            columns = list(zip(*self._buffer, strict=True))
            self._writer.write_table(self._pa.table(columns, schema=self._schema))
            self._buffer = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


def _write_coverage(handle: TextIO, table: list[tuple[str, str, str, dict[str, int]]]) -> None:
    questions = sorted({q for *_, counts in table for q in counts}, key=_natural)
    writer = csv.writer(handle)
    writer.writerow(
        ["path", "document", "submitter", *[q or "(none)" for q in questions], "questions", "rows"]
    )
    for path, doc_id, submitter, counts in table:
        cells = [counts.get(q, 0) for q in questions]
        answered = sum(1 for q in questions if q and counts.get(q))
        writer.writerow([path, doc_id, submitter, *cells, answered, sum(cells)])
    answering = [sum(1 for *_, counts in table if counts.get(q)) for q in questions]
    writer.writerow(["(documents answering)", "", "", *answering, "", ""])


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


class _Outputs:
    """The output folder: temporary files while the run goes, moved into place at the end.

    Opening marks the folder incomplete (``manifest.json`` says so) and removes the
    outputs and leftover temporary files of an earlier run; :meth:`commit` moves the new
    outputs into place and writes ``manifest.json`` last; :meth:`abandon` removes the
    temporary files and leaves the manifest saying the run did not complete.
    """

    def __init__(self, folder: str, manifest: dict[str, object]) -> None:
        self.folder = folder
        self._manifest = manifest
        self._temps: dict[str, str] = {}  # output name -> its temporary file
        os.makedirs(folder, exist_ok=True)
        self.write_manifest(completed=False)
        for entry in os.listdir(folder):
            if entry in OUTPUTS or (entry.startswith(".") and entry.endswith(_TEMP_SUFFIX)):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(os.path.join(folder, entry))

    def temp(self, name: str) -> str:
        """A new temporary file in the folder for output ``name``; its path."""
        fd, path = tempfile.mkstemp(prefix=f".{name}.", suffix=_TEMP_SUFFIX, dir=self.folder)
        os.close(fd)
        self._temps[name] = path
        return path

    def open(self, name: str, newline: str) -> TextIO:
        return open(self.temp(name), "w", encoding="utf-8", newline=newline)

    def write_manifest(self, *, completed: bool, **counts: object) -> None:
        self._manifest.update(counts, completed=completed)
        text = json.dumps(self._manifest, indent=2, ensure_ascii=False) + "\n"
        fd, path = tempfile.mkstemp(prefix=f".{MANIFEST}.", suffix=_TEMP_SUFFIX, dir=self.folder)
        try:
            with open(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(path, os.path.join(self.folder, MANIFEST))
        except BaseException:
            with contextlib.suppress(OSError):
                os.remove(path)
            raise

    def commit(self, **counts: object) -> None:
        for name, path in self._temps.items():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(path, os.path.join(self.folder, name))
        self._temps.clear()
        self.write_manifest(completed=True, finished=_now(), **counts)

    def abandon(self, reason: str) -> None:
        for path in self._temps.values():
            with contextlib.suppress(OSError):
                os.remove(path)
        self._temps.clear()
        with contextlib.suppress(OSError):
            self.write_manifest(completed=False, stopped=reason, finished=_now())


def run_batch(
    inputs: Iterable[str | os.PathLike[str]] | Inputs,
    out_dir: str | os.PathLike[str],
    *,
    view: View = "full",
    jobs: int | None = None,
    progress: Callable[[int, int, FileResult], None] | None = None,
    time_limit: float | None = BATCH_TIME_LIMIT,
) -> BatchSummary:
    """Parse every file of ``inputs`` and write the outputs into ``out_dir``.

    ``jobs`` worker processes (default: the number of CPUs); each file gets at most
    ``time_limit`` seconds (None: no limit) before its worker is stopped and the file
    reported in errors.csv.  ``progress(done, total, result)`` is called after each
    file, in input order.  ``inputs`` are paths, or what :func:`scan` found; entries
    that are not read (see :func:`scan`) are rows of errors.csv too.

    If the run stops early (an exception, KeyboardInterrupt), the temporary outputs are
    removed, ``manifest.json`` says ``"completed": false``, and the exception goes on.
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}: expected one of {', '.join(VIEWS)}")
    if time_limit is not None and not time_limit > 0:
        raise ValueError(f"time_limit must be more than 0 seconds (or None), not {time_limit!r}")
    found = inputs if isinstance(inputs, Inputs) else scan(inputs)
    jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    outputs = _Outputs(
        os.fspath(out_dir),
        {
            "schema": _MANIFEST_SCHEMA,
            "version": _MANIFEST_VERSION,
            "completed": False,
            "started": _now(),
            "view": view,
            "time_limit": time_limit,
        },
    )
    try:
        summary = _write_outputs(outputs, found, view, jobs, progress, time_limit)
    except KeyboardInterrupt:
        outputs.abandon("interrupted")
        raise
    except BaseException as err:
        outputs.abandon(f"{type(err).__name__}: {err}")
        raise
    outputs.commit(
        files=summary.files,
        documents=summary.documents,
        rows=summary.rows,
        errors=len(summary.errors),
        outputs=[name for name in OUTPUTS if summary.parquet or name != "answers.parquet"],
        notes=[list(note) for note in summary.notes],
    )
    return summary


def _write_outputs(
    outputs: _Outputs,
    found: Inputs,
    view: View,
    jobs: int,
    progress: Callable[[int, int, FileResult], None] | None,
    time_limit: float | None,
) -> BatchSummary:
    paths = found.paths
    errors = list(found.skipped)
    notes: list[tuple[str, str]] = []
    coverage: list[tuple[str, str, str, dict[str, int]]] = []
    documents = rows = 0
    want_parquet = importlib.util.find_spec("pyarrow") is not None
    parquet: _ParquetSink | None = None
    with (
        outputs.open("documents.jsonl", newline="\n") as jsonl,
        outputs.open("answers.csv", newline="") as answers_csv,
    ):
        writer = csv.writer(answers_csv)
        writer.writerow(Answer._fields)
        try:
            # process_file is looked up now, not when this module was loaded.
            results = _results(paths, view, jobs, process_file, time_limit)
            for done, result in enumerate(results, 1):
                notes.extend((result.path, note) for note in result.notes)
                if result.error is not None:
                    errors.append((result.path, result.error))
                else:
                    documents += 1
                    rows += len(result.rows)
                    jsonl.write(result.json_line + "\n")
                    writer.writerows(result.rows)
                    if want_parquet and parquet is None:
                        # Opened only now, so worker processes (started when the first
                        # file was sent) do not each carry pyarrow's ~100 MiB.
                        parquet = _parquet_sink(outputs)
                        want_parquet = parquet is not None
                    if parquet is not None:
                        parquet.add(result.rows)
                    doc_id = result.rows[0].document if result.rows else _stem(result.path)
                    coverage.append((result.path, doc_id, result.submitter, dict(result.counts)))
                if progress is not None:
                    progress(done, len(paths), result)
            if want_parquet and parquet is None:  # no document read: an empty table
                parquet = _parquet_sink(outputs)
        finally:
            if parquet is not None:
                parquet.close()
    with outputs.open("coverage.csv", newline="") as handle:
        _write_coverage(handle, coverage)
    errors.sort(key=lambda row: row[0])
    with outputs.open("errors.csv", newline="") as handle:
        error_writer = csv.writer(handle)
        error_writer.writerow(["path", "error"])
        error_writer.writerows(errors)
    return BatchSummary(
        len(paths), documents, rows, tuple(errors), parquet is not None, tuple(notes)
    )


def _parquet_sink(outputs: _Outputs) -> _ParquetSink | None:
    try:
        return _ParquetSink(outputs)
    except ImportError:
        return None


def _stem(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0]
