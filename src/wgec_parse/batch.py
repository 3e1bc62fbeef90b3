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
* ``errors.csv``: ``path,error`` for every file that could not be read.

A file that cannot be read never stops the run: it is reported and the rest go on.
"""

from __future__ import annotations

import csv
import importlib
import importlib.util
import json
import logging
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Final, TextIO

import attrs

from wgec_parse.answers import Answer, answers
from wgec_parse.errors import ReadError, WgecError
from wgec_parse.loaders import load
from wgec_parse.nodes import Document

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from wgec_parse.jsonio import View

__all__ = [
    "SUFFIXES",
    "VIEWS",
    "BatchSummary",
    "FileResult",
    "collect",
    "process_file",
    "run_batch",
]

#: File name endings a folder is searched for (case-insensitive).
SUFFIXES: Final = (".txt", ".docx", ".pdf")
#: The views ``documents.jsonl`` can hold.
VIEWS: Final[tuple[View, ...]] = ("full", "outline")  # the values of jsonio.View
# Rows buffered before a parquet row group is written.
_PARQUET_ROWS: Final = 5_000
# Characters other than LF and CR that str.splitlines() and some JSONL readers take for a
# line end, and that json.dumps(ensure_ascii=False) leaves raw.
_LINE_BREAKS: Final = {0x85: "\\u0085", 0x2028: "\\u2028", 0x2029: "\\u2029"}
# Files in flight per worker: enough to keep workers busy, few enough to bound memory.
_WINDOW_PER_JOB: Final = 4


@attrs.frozen
class FileResult:
    """What a worker sends back for one file: outputs only, never the tree."""

    path: str  #: The file.
    json_line: str = ""  #: The line for documents.jsonl ("" on error).
    rows: tuple[Answer, ...] = ()  #: Its answer rows.
    submitter: str = ""  #: Who submitted it, or "".
    counts: tuple[tuple[str, int], ...] = ()  #: (question number, rows), in document order.
    error: str | None = None  #: Why the file could not be read, or None.


@attrs.frozen
class BatchSummary:
    """What a run did."""

    files: int  #: Files given or found.
    documents: int  #: Files read and written.
    rows: int  #: Rows of answers.csv.
    errors: tuple[tuple[str, str], ...]  #: (path, error) of each file that failed.
    parquet: bool  #: Whether answers.parquet was written.


def collect(inputs: Iterable[str | os.PathLike[str]]) -> list[str]:
    """The files to parse, sorted: folders are searched (recursively, hidden entries
    skipped) for :data:`SUFFIXES`; files named directly are always taken."""
    found: set[str] = set()
    for entry in inputs:
        name = os.fspath(entry)
        if not os.path.isdir(name):
            found.add(name)
            continue
        for root, dirs, files in os.walk(name):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            found.update(
                path
                for path in (os.path.join(root, f) for f in files if not f.startswith("."))
                # Regular files only: opening a FIFO or socket would block or fail oddly.
                if path.lower().endswith(SUFFIXES) and os.path.isfile(path)
            )
    return sorted(found)


def process_file(path: str, view: View = "full") -> FileResult:
    """Read and parse one file and compute its outputs; errors are returned, not raised."""
    from wgec_parse.jsonio import to_json  # cattrs: only when a batch runs

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
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.question] = counts.get(row.question, 0) + 1
    submitter = rows[0].submitter if rows else _submitter(document)
    return FileResult(path, line, rows, submitter, tuple(counts.items()))


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


Worker = Callable[[str, "View"], FileResult]


def _pool(jobs: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    # Workers log pypdf's recoverable-damage warnings at the level the caller chose.
    level = logging.getLogger("pypdf").level
    return ProcessPoolExecutor(
        max_workers=jobs, initializer=logging.getLogger("pypdf").setLevel, initargs=(level,)
    )


def _results(
    paths: Sequence[str], view: View, jobs: int, worker: Worker = process_file
) -> Iterator[FileResult]:
    """Results in input order; at most ``jobs * 4`` files in flight.

    A worker process that dies (a crash, the out-of-memory killer) breaks the whole pool
    and every file in flight with it.  The pool is then replaced and those files are
    run again one at a time, so that only the file that kills a worker is reported.
    """
    if jobs <= 1:
        for path in paths:
            yield worker(path, view)
        return
    from concurrent.futures.process import BrokenProcessPool

    todo = deque(paths)
    pending: deque[tuple[str, Future[FileResult]]] = deque()
    careful = 0  # files left to run one at a time after a worker died
    pool = _pool(jobs)
    try:
        while todo or pending:
            limit = 1 if careful else jobs * _WINDOW_PER_JOB
            while todo and len(pending) < limit:
                try:
                    future = pool.submit(worker, todo[0], view)
                except BrokenProcessPool:  # broken by a file in flight: found below
                    break
                pending.append((todo.popleft(), future))
            if not pending:  # broken with nothing in flight: start afresh
                pool.shutdown(wait=True, cancel_futures=True)
                pool = _pool(jobs)
                continue
            path, future = pending.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                pool = _pool(jobs)
                if careful:  # it ran alone: this file is the one that kills workers
                    careful -= 1
                    yield FileResult(path, error="the worker process died reading this file")
                    continue
                # Any of the files in flight may be the culprit: run each alone.
                todo.extendleft(reversed([path, *(p for p, _ in pending)]))
                careful = 1 + len(pending)
                pending.clear()
                continue
            # Anything else a future raises (say, a result that cannot be unpickled).
            except Exception as err:
                result = FileResult(path, error=f"{type(err).__name__}: {err}")
            careful = max(0, careful - 1)
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _natural(number: str) -> tuple[tuple[int, str], ...]:
    """Sort key for question numbers: "2" before "10", "" first."""
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in re.split(r"(\d+)", number) if p)


class _ParquetSink:
    """answers.parquet, written in row groups as rows arrive (needs pyarrow)."""

    def __init__(self, path: str) -> None:
        # pyarrow is optional and untyped: loaded by name, used as Any.
        pa: Any = importlib.import_module("pyarrow")
        pq: Any = importlib.import_module("pyarrow.parquet")
        self._pa = pa
        types = {"line": pa.int64()}
        self._schema = pa.schema([(f, types.get(f, pa.string())) for f in Answer._fields])
        self._writer = pq.ParquetWriter(path, self._schema)
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


def _parquet_sink(path: str) -> _ParquetSink | None:
    try:
        return _ParquetSink(path)
    except ImportError:
        return None


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


def run_batch(
    inputs: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    view: View = "full",
    jobs: int | None = None,
    progress: Callable[[int, int, FileResult], None] | None = None,
) -> BatchSummary:
    """Parse every file of ``inputs`` and write the outputs into ``out_dir``.

    ``jobs`` worker processes (default: the number of CPUs; 1 runs in this process).
    ``progress(done, total, result)`` is called after each file, in input order.
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}: expected one of {', '.join(VIEWS)}")
    paths = collect(inputs)
    jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    out = os.fspath(out_dir)
    os.makedirs(out, exist_ok=True)
    errors: list[tuple[str, str]] = []
    coverage: list[tuple[str, str, str, dict[str, int]]] = []
    documents = rows = 0
    parquet_path = os.path.join(out, "answers.parquet")
    want_parquet = importlib.util.find_spec("pyarrow") is not None
    parquet: _ParquetSink | None = None
    with (
        open(os.path.join(out, "documents.jsonl"), "w", encoding="utf-8", newline="\n") as jsonl,
        open(os.path.join(out, "answers.csv"), "w", encoding="utf-8", newline="") as answers_csv,
    ):
        writer = csv.writer(answers_csv)
        writer.writerow(Answer._fields)
        try:
            for done, result in enumerate(_results(paths, view, jobs), 1):
                if result.error is not None:
                    errors.append((result.path, result.error))
                else:
                    documents += 1
                    rows += len(result.rows)
                    jsonl.write(result.json_line + "\n")
                    writer.writerows(result.rows)
                    if want_parquet and parquet is None:
                        # Opened only now, so worker processes (forked when the first
                        # file was sent) do not each carry pyarrow's ~100 MiB.
                        parquet = _parquet_sink(parquet_path)
                        want_parquet = parquet is not None
                    if parquet is not None:
                        parquet.add(result.rows)
                    doc_id = result.rows[0].document if result.rows else _stem(result.path)
                    coverage.append((result.path, doc_id, result.submitter, dict(result.counts)))
                if progress is not None:
                    progress(done, len(paths), result)
        finally:
            if want_parquet and parquet is None:  # no document read: an empty table
                parquet = _parquet_sink(parquet_path)
            if parquet is not None:
                parquet.close()
    with open(os.path.join(out, "coverage.csv"), "w", encoding="utf-8", newline="") as handle:
        _write_coverage(handle, coverage)
    with open(os.path.join(out, "errors.csv"), "w", encoding="utf-8", newline="") as handle:
        error_writer = csv.writer(handle)
        error_writer.writerow(["path", "error"])
        error_writer.writerows(errors)
    return BatchSummary(len(paths), documents, rows, tuple(errors), parquet is not None)


def _stem(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0]
