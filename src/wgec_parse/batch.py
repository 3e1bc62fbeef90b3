"""A folder of submissions to tables: parse many files in parallel, write JSONL, CSV,
Parquet and Excel tables.

:func:`run_batch` parses each file in a worker process (:func:`process_file`), which
sends back only what the outputs need (a JSON line, the answer rows, what the document
table says of it), so no tree crosses a process boundary and memory stays flat in the
number of files: results are consumed in input order from a bounded window of pending
files.

Every document gets an id, unique in the run: its file name with extension, relative to
the folder it was found in ("sub/a.docx"), or its file name for a file named directly;
two files that would get the same id both get their path as given instead.

Outputs, in the output folder (docs/batch.md describes every column):

* ``documents.jsonl``: one line per document read, ``{"path": ..., "document": ...}``
  where the document is :func:`wgec_parse.jsonio.to_json` in the chosen view;
* ``answers.csv``: one row per clause (see :mod:`wgec_parse.answers`), filed under the
  question set's id of the question answered; ``answers.parquet`` (with pyarrow) and
  ``answers.xlsx`` (with openpyxl) hold the same rows;
* ``documents.csv``: one row per document read: submitter, stakeholder group,
  language, word counts, questions answered, findings by severity;
* ``coverage.csv``: one row per document, one column per question of the set holding
  its number of answer rows, and nothing else (no totals row);
  ``coverage_totals.csv``: per question, how many documents answer it;
* ``findings.csv``: every validation finding of every document;
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
from typing import TYPE_CHECKING, Any, Final, TextIO, TypeVar

import attrs

from wgec_parse.answers import Answer, Piece, answer_pieces, answers, question_match
from wgec_parse.errors import ReadError, WgecError
from wgec_parse.extraction import Origins
from wgec_parse.language import count_words, detect_language
from wgec_parse.limits import BATCH_TIME_LIMIT
from wgec_parse.loaders import load_with_origins
from wgec_parse.nodes import Document
from wgec_parse.questions import WGEC2, QuestionSet
from wgec_parse.reading import kind_of
from wgec_parse.stakeholders import stakeholder_group

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

    from wgec_parse.jsonio import View

__all__ = [
    "CSV_ENCODINGS",
    "MANIFEST",
    "OUTPUTS",
    "SUFFIXES",
    "VIEWS",
    "BatchOptions",
    "BatchSummary",
    "DocumentInfo",
    "FileResult",
    "Inputs",
    "QuestionAnswer",
    "collect",
    "document_ids",
    "load_with",
    "process_file",
    "read_files",
    "read_inputs",
    "run_batch",
    "scan",
    "split_results",
]

_Kept = TypeVar("_Kept")

#: Per-file events (info) and the summary of a run; silent unless the caller adds a handler.
log = logging.getLogger("wgec_parse.batch")
log.addHandler(logging.NullHandler())

#: File name endings a folder is searched for (case-insensitive).
SUFFIXES: Final = (".txt", ".docx", ".pdf")
#: The views ``documents.jsonl`` can hold.
VIEWS: Final[tuple[View, ...]] = ("full", "outline")  # the values of jsonio.View
#: The tables a run writes (answers.parquet only with pyarrow, answers.xlsx only with
#: openpyxl).
OUTPUTS: Final = (
    "documents.jsonl",
    "answers.csv",
    "answers.parquet",
    "answers.xlsx",
    "documents.csv",
    "coverage.csv",
    "coverage_totals.csv",
    "findings.csv",
    "errors.csv",
)
#: The encodings CSV tables can be written in: UTF-8 with a byte order mark (the
#: default: Excel then reads them as UTF-8), or without.
CSV_ENCODINGS: Final = ("utf-8-sig", "utf-8")
#: Coverage columns for answers under a heading that matches no question of the set,
#: and for text before the first question heading.
UNMATCHED: Final = "(unmatched)"
BEFORE_QUESTIONS: Final = "(none)"
# The most characters an Excel cell holds.
_XLSX_CELL: Final = 32_767
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
class BatchOptions:
    """What a worker computes for each file."""

    view: View = "full"  #: The view of documents.jsonl.
    questions: QuestionSet = WGEC2  #: The question set answers are filed under.
    json: bool = True  #: Whether to make the documents.jsonl line.
    pieces: bool = False  #: Whether to send each answer's pieces (for a compilation).


@attrs.frozen
class QuestionAnswer:
    """One question heading of a document and its answer, in reading order."""

    question_id: str  #: The question set's id of the question answered, or "".
    written: str  #: The heading's number as written (normalised), or "".
    match: str  #: How it was matched: number, wording, topic or none.
    title: str  #: The heading's clean text.
    pieces: tuple[Piece, ...]  #: The answer's paragraphs, clauses and bullets.


@attrs.frozen
class DocumentInfo:
    """What ``documents.csv`` (and the report) say of one document."""

    source: str  #: The extractor: "text", "docx", "pdf", "form-csv" or "form-tsv".
    submitter: str  #: Who submitted it, or "".
    submitter_field: str  #: The field name (or line) the submitter was read from, or "".
    stakeholder_group: str  #: See :mod:`wgec_parse.stakeholders`; "unknown" if nothing tells.
    stakeholder_from: str  #: "field", "name", or "" when unknown.
    language: str  #: See :mod:`wgec_parse.language`; "" when unknown.
    words: int  #: Words of all its answer rows.
    #: (question id, words of its answer) for each question of the set it answers.
    words_by_question: tuple[tuple[str, int], ...]
    #: (code, severity, line, message) of each validation finding.
    findings: tuple[tuple[str, str, int, str], ...]
    #: Each heading's answer in reading order, after the text before the first heading
    #: (title ""), with ``BatchOptions.pieces`` only.
    answers: tuple[QuestionAnswer, ...] = ()
    #: Where each finding's line is in the original .docx or PDF ("¶12", "p3"; "" for a
    #: text file), one per entry of :attr:`findings`; empty when not known.
    finding_origins: tuple[str, ...] = ()

    def finding_rows(self) -> Iterator[tuple[str, str, int, str, str]]:
        """(code, severity, line, message, origin) of each finding."""
        for k, (code, severity, line, message) in enumerate(self.findings):
            origin = self.finding_origins[k] if k < len(self.finding_origins) else ""
            yield code, severity, line, message, origin

    def severity_counts(self) -> dict[str, int]:
        """How many findings of each severity ("error", "warning", "info")."""
        counts = {"error": 0, "warning": 0, "info": 0}
        for _, severity, _, _ in self.findings:
            counts[severity] = counts.get(severity, 0) + 1
        return counts


@attrs.frozen
class FileResult:
    """What a worker sends back for one file: outputs only, never the tree."""

    path: str  #: The file.
    json_line: str = ""  #: The line for documents.jsonl ("" on error).
    rows: tuple[Answer, ...] = ()  #: Its answer rows.
    submitter: str = ""  #: Who submitted it, or "".
    #: (coverage column, rows): a question id, "(unmatched)" or "(none)".
    counts: tuple[tuple[str, int], ...] = ()
    error: str | None = None  #: Why the file could not be read, or None.
    notes: tuple[str, ...] = ()  #: What reading it reported (a .docx list number shortened).
    info: DocumentInfo | None = None  #: For the document table (None on error).
    document: str = ""  #: The document id, set by the process that collects results.


@attrs.frozen
class BatchSummary:
    """What a run did."""

    files: int  #: Files read or tried (entries not read are in ``errors`` only).
    documents: int  #: Files read and written.
    rows: int  #: Rows of answers.csv.
    errors: tuple[tuple[str, str], ...]  #: (path, error): the rows of errors.csv.
    parquet: bool  #: Whether answers.parquet was written.
    notes: tuple[tuple[str, str], ...] = ()  #: (path, note) for files read with a note.
    xlsx: bool = False  #: Whether answers.xlsx was written.
    #: Per question id of the set (then "(unmatched)", "(none)"): documents answering.
    answering: tuple[tuple[str, int], ...] = ()
    findings: int = 0  #: Validation findings, all documents.
    outputs: tuple[str, ...] = ()  #: The files written, in :data:`OUTPUTS` order.

    def line(self) -> str:
        """The one-line summary the command prints."""
        answering = ", ".join(f"{q} {n}" for q, n in self.answering if not q.startswith("("))
        return (
            f"{self.documents} of {self.files} files read, {self.rows} answer rows, "
            f"{len(self.errors)} errors, {self.findings} findings"
            + (f"; documents answering: {answering}" if answering else "")
        )


@attrs.frozen
class Inputs:
    """The files a run reads, and the entries it does not, each with the reason."""

    paths: tuple[str, ...]  #: Regular files to read, sorted, each file once.
    skipped: tuple[tuple[str, str], ...]  #: (path, why) of each entry not read, sorted.
    folders: tuple[str, ...] = ()  #: The folders named in the inputs, as given.


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
    folders: list[str] = []
    for entry in inputs:
        name = os.fspath(entry)
        if os.path.isdir(name):
            folders.append(name)
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
    return Inputs(tuple(paths), tuple(sorted(skipped)), tuple(folders))


def document_ids(paths: Sequence[str], folders: Sequence[str] = ()) -> dict[str, str]:
    """A unique id for each path: the file name with extension, relative to the folder
    of ``folders`` it is in ("sub/a.docx", with "/" on every system), or the file name
    alone; paths whose ids would be the same get the path as given instead."""
    roots = sorted((f.rstrip("/" + os.sep) or f for f in folders), key=len, reverse=True)
    ids: dict[str, str] = {}
    for path in paths:
        ident = os.path.basename(path)
        for root in roots:
            if path.startswith(root + os.sep) or (root.endswith(os.sep) and path.startswith(root)):
                ident = os.path.relpath(path, root).replace(os.sep, "/")
                break
        ids[path] = ident
    taken: dict[str, int] = {}
    for ident in ids.values():
        taken[ident] = taken.get(ident, 0) + 1
    return {path: (ident if taken[ident] == 1 else path) for path, ident in ids.items()}


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


def process_file(path: str, view: View | BatchOptions = "full") -> FileResult:
    """Read and parse one file and compute its outputs; errors are returned, not raised.

    ``view`` is the view of documents.jsonl, or :class:`BatchOptions`.  What the
    readers log about the file (a .docx list number shortened, say) comes back in
    :attr:`FileResult.notes`, without the file name they start with.
    """
    options = view if isinstance(view, BatchOptions) else BatchOptions(view=view)
    notes = _Notes()
    logger = logging.getLogger("wgec_parse")
    logger.addHandler(notes)
    try:
        document, origins = _load_with(path, options.questions)
        rows = tuple(answers(document, path, questions=options.questions))
        line = _json_line(path, document, options.view) if options.json else ""
        info = document_info(document, rows, options, origins=origins)
    # A batch must go on past any bad file, whatever the failure; the message says what.
    except Exception as err:
        return FileResult(path, error=_describe(err, path))
    finally:
        logger.removeHandler(notes)
    counts: dict[str, int] = {}
    for row in rows:
        key = _coverage_key(row)
        counts[key] = counts.get(key, 0) + 1
    found = tuple(n.removeprefix(f"{path}: ") for n in notes.notes)
    return FileResult(
        path, line, rows, info.submitter, tuple(counts.items()), notes=found, info=info
    )


def load_with(path: str, questions: QuestionSet = WGEC2) -> Document:
    """:func:`~wgec_parse.loaders.load`, the headings read with ``questions``.

    A set other than the built-in one is applied by parsing the extracted text again
    with it (``load`` reads headings with the built-in set).
    """
    return _load_with(path, questions)[0]


def _load_with(path: str, questions: QuestionSet) -> tuple[Document, Origins]:
    """:func:`load_with`, and the origin of each line (the text parsed again renders
    the same lines, so the origins hold for it too)."""
    document, origins = load_with_origins(path)
    if questions is WGEC2:
        return document, origins
    from wgec_parse.parser import parse
    from wgec_parse.rendering import render

    again = parse(render(document), questions=questions)
    return attrs.evolve(again, encoding=document.encoding, source=document.source), origins


def _json_line(path: str, document: Document, view: View) -> str:
    from wgec_parse.jsonio import to_json  # cattrs: only when a batch runs

    line = f'{{"path": {json.dumps(path, ensure_ascii=False)}, "document": '
    line += to_json(document, view=view) + "}"
    # Inside JSON strings, and only there, these would end a line for many readers.
    return line.translate(_LINE_BREAKS)


def _coverage_key(row: Answer) -> str:
    if row.question_id:
        return row.question_id
    return UNMATCHED if row.question_title or row.question_written else BEFORE_QUESTIONS


def document_info(
    document: Document,
    rows: Sequence[Answer],
    options: BatchOptions = BatchOptions(),
    *,
    origins: Origins | None = None,
) -> DocumentInfo:
    """What the document table says of a document whose answer rows are ``rows``;
    ``origins`` (:func:`~wgec_parse.loaders.load_with_origins`) give its findings'
    places in the original .docx or PDF."""
    from wgec_parse.validation import validate  # the rules: only when a batch runs

    front = document.front_matter
    found = document.submitter
    fields = [(f.name, f.value) for f in front.fields] if front is not None else []
    submitter = found.name if found is not None else ""
    group, group_from = stakeholder_group(submitter, fields)
    words: dict[str, int] = {}
    total = 0
    for row in rows:
        n = count_words(row.text)
        total += n
        if row.question_id:
            words[row.question_id] = words.get(row.question_id, 0) + n
    text = "\n".join(row.text for row in rows)
    if not text.strip() and front is not None:
        text = "\n".join(p.text for p in front.paragraphs)
    checked = validate(document, questions=options.questions)
    findings = tuple((d.code, d.severity, d.line, d.message) for d in checked)
    finding_origins = tuple(origins.of(d.line) for d in checked) if origins else ()
    pieces: tuple[QuestionAnswer, ...] = ()
    if options.pieces:
        pieces = _question_answers(document, options.questions)
    return DocumentInfo(
        source=document.source or "text",
        submitter=submitter,
        submitter_field=found.source if found is not None else "",
        stakeholder_group=group,
        stakeholder_from=group_from,
        language=detect_language(text),
        words=total,
        words_by_question=tuple(words.items()),
        findings=findings,
        answers=pieces,
        finding_origins=finding_origins,
    )


def _question_answers(document: Document, questions: QuestionSet) -> tuple[QuestionAnswer, ...]:
    out = []
    if document.body:  # text before the first question heading
        out.append(QuestionAnswer("", "", "none", "", answer_pieces(document.body)))
    for question in document.questions:
        match = question_match(question, questions)
        out.append(
            QuestionAnswer(
                match.spec.id if match.spec is not None else "",
                question.number,
                match.how,
                question.title,
                answer_pieces(question.body),
            )
        )
    return tuple(out)


def _describe(err: Exception, path: str) -> str:
    """The error without the file name (which the reports give already)."""
    if isinstance(err, ReadError):
        return f"line {err.line}: {err.args[0]}" if err.line is not None else str(err.args[0])
    text = str(err)
    text = text[len(path) + 2 :] if text.startswith(f"{path}: ") else text
    # Our own errors explain themselves; anything else is named by its type.
    return text if isinstance(err, WgecError) else f"{type(err).__name__}: {text}"


# --- worker processes -------------------------------------------------------------------

#: A worker function: a path and the run's options (a view, or BatchOptions) to a result.
Worker = Callable[[str, Any], FileResult]


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
    # The worker is the caller of parse here, so it tunes the cyclic collector for
    # itself: what start-up made is moved out of its sight, and young collections run
    # less often, so that a large tree is not scanned again and again as it grows.
    import gc

    gc.freeze()
    gc.set_threshold(10_000, *gc.get_threshold()[1:])
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

    def start(self, index: int, path: str, view: View | BatchOptions) -> None:
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
    view: View | BatchOptions,
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


# Characters an .xlsx file cannot hold (XML 1.0 forbids them), as openpyxl refuses them.
_XLSX_ILLEGAL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Column widths of answers.xlsx, in characters.
_XLSX_WIDTHS: Final = {"path": 30, "document": 24, "submitter": 24, "question_title": 30}


class _XlsxSink:
    """answers.xlsx, streamed (needs openpyxl): a frozen header row, filters on every
    column, ``line`` as a number and every other column as text.

    What a cell cannot hold is noted, never silently changed: characters XML forbids
    become U+FFFD, and a text over Excel's 32,767 characters is cut (the CSV and
    Parquet tables keep it whole).
    """

    def __init__(self, outputs: _Outputs) -> None:
        openpyxl: Any = importlib.import_module("openpyxl")
        self._book = openpyxl.Workbook(write_only=True)
        self._sheet = self._book.create_sheet("answers")
        self._sheet.freeze_panes = "A2"
        letters = openpyxl.utils.get_column_letter
        for index, name in enumerate(Answer._fields, 1):
            width = 60 if name == "text" else _XLSX_WIDTHS.get(name, 14)
            self._sheet.column_dimensions[letters(index)].width = width
        self._sheet.append(list(Answer._fields))
        self._path = outputs.temp("answers.xlsx")
        self._count = 1
        self._last = letters(len(Answer._fields))
        self.notes: list[tuple[str, str]] = []

    def add(self, rows: Sequence[Answer]) -> None:
        for row in rows:
            self._sheet.append([self._cell(row, value) for value in row])
            self._count += 1

    def _cell(self, row: Answer, value: str | int) -> str | int:
        if not isinstance(value, str):
            return value
        if _XLSX_ILLEGAL.search(value) is not None:
            value = _XLSX_ILLEGAL.sub("\ufffd", value)
            self.notes.append(
                (row.path, f"line {row.line}: control characters shown as U+FFFD in answers.xlsx")
            )
        if len(value) > _XLSX_CELL:
            value = value[:_XLSX_CELL]
            self.notes.append(
                (
                    row.path,
                    f"line {row.line}: text cut to {_XLSX_CELL:,} characters in answers.xlsx",
                )
            )
        return value

    def close(self) -> None:
        self._sheet.auto_filter.ref = f"A1:{self._last}{self._count}"
        self._book.save(self._path)


def _sink(kind: type[_ParquetSink] | type[_XlsxSink], outputs: _Outputs) -> Any:
    try:
        return kind(outputs)
    except ImportError:
        return None


def _coverage_columns(questions: QuestionSet) -> list[str]:
    return [q.id for q in questions.questions] + [UNMATCHED, BEFORE_QUESTIONS]


@attrs.frozen
class _DocumentRow:
    path: str
    document: str
    info: DocumentInfo  # without its findings and answers
    counts: dict[str, int]
    severities: dict[str, int]
    rows: int


def _write_coverage(writer: Any, table: Sequence[_DocumentRow], questions: QuestionSet) -> None:
    columns = _coverage_columns(questions)
    own = {q.id for q in questions.questions}
    writer.writerow(["path", "document", "submitter", *columns, "questions", "rows"])
    for doc in table:
        cells = [doc.counts.get(q, 0) for q in columns]
        answered = sum(1 for q in own if doc.counts.get(q))
        writer.writerow([doc.path, doc.document, doc.info.submitter, *cells, answered, doc.rows])


def _answering(table: Sequence[_DocumentRow], questions: QuestionSet) -> list[tuple[str, int]]:
    return [(q, sum(1 for doc in table if doc.counts.get(q))) for q in _coverage_columns(questions)]


def _write_totals(writer: Any, table: Sequence[_DocumentRow], questions: QuestionSet) -> None:
    writer.writerow(["question_id", "question", "documents_answering", "rows"])
    numbers = {q.id: q.number for q in questions.questions}
    for q, answering in _answering(table, questions):
        rows = sum(doc.counts.get(q, 0) for doc in table)
        writer.writerow([q, numbers.get(q, ""), answering, rows])


#: The columns of documents.csv; ``words_<id>`` columns follow ``words``, one per
#: question of the set.
DOCUMENT_COLUMNS: Final = (
    "document",
    "path",
    "source",
    "submitter",
    "submitter_field",
    "stakeholder_group",
    "stakeholder_from",
    "language",
    "words",
    "questions_answered",
    "questions_unanswered",
    "answer_rows",
    "errors",
    "warnings",
    "infos",
)


def _write_documents(writer: Any, table: Sequence[_DocumentRow], questions: QuestionSet) -> None:
    ids = [q.id for q in questions.questions]
    head = list(DOCUMENT_COLUMNS)
    at = head.index("words") + 1
    writer.writerow([*head[:at], *[f"words_{q}" for q in ids], *head[at:]])
    for doc in table:
        info = doc.info
        words = dict(info.words_by_question)
        missing = [q for q in ids if not doc.counts.get(q)]
        writer.writerow(
            [
                doc.document,
                doc.path,
                info.source,
                info.submitter,
                info.submitter_field,
                info.stakeholder_group,
                info.stakeholder_from,
                info.language,
                info.words,
                *[words.get(q, 0) for q in ids],
                len(ids) - len(missing),
                " ".join(missing),
                doc.rows,
                doc.severities.get("error", 0),
                doc.severities.get("warning", 0),
                doc.severities.get("info", 0),
            ]
        )


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

    def open(self, name: str, newline: str, encoding: str = "utf-8") -> TextIO:
        return open(self.temp(name), "w", encoding=encoding, newline=newline)

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
    questions: QuestionSet = WGEC2,
    csv_encoding: str = "utf-8-sig",
) -> BatchSummary:
    """Parse every file of ``inputs`` and write the outputs into ``out_dir``.

    ``jobs`` worker processes (default: the number of CPUs); each file gets at most
    ``time_limit`` seconds (None: no limit) before its worker is stopped and the file
    reported in errors.csv.  ``progress(done, total, result)`` is called after each
    file, in input order.  ``inputs`` are paths, or what :func:`scan` found; entries
    that are not read (see :func:`scan`) are rows of errors.csv too.  Answers are filed
    under the questions of ``questions``; CSV tables are written in ``csv_encoding``
    (:data:`CSV_ENCODINGS`: "utf-8-sig", with a byte order mark, or "utf-8").

    If the run stops early (an exception, KeyboardInterrupt), the temporary outputs are
    removed, ``manifest.json`` says ``"completed": false``, and the exception goes on.
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}: expected one of {', '.join(VIEWS)}")
    if time_limit is not None and not time_limit > 0:
        raise ValueError(f"time_limit must be more than 0 seconds (or None), not {time_limit!r}")
    if csv_encoding not in CSV_ENCODINGS:
        raise ValueError(
            f"unknown CSV encoding {csv_encoding!r}: expected one of {', '.join(CSV_ENCODINGS)}"
        )
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
            "questions": questions.name,
            "csv_encoding": csv_encoding,
        },
    )
    options = BatchOptions(view=view, questions=questions)
    try:
        summary = _write_outputs(outputs, found, options, jobs, progress, time_limit, csv_encoding)
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
        findings=summary.findings,
        outputs=list(summary.outputs),
        notes=[list(note) for note in summary.notes],
    )
    log.info("%s", summary.line(), extra={"summary": True})
    return summary


def read_files(
    found: Inputs,
    options: BatchOptions,
    *,
    jobs: int = 1,
    time_limit: float | None = BATCH_TIME_LIMIT,
    worker: Worker = process_file,
) -> Iterator[FileResult]:
    """The result of every file of ``found``, in order, each with its document id
    (:func:`document_ids`) in :attr:`FileResult.document` and in its rows."""
    ids = document_ids(found.paths, found.folders)
    for result in _results(found.paths, options, jobs, worker, time_limit):
        doc_id = ids[result.path]
        rows = tuple(row._replace(document=doc_id) for row in result.rows)
        if result.error is not None:
            log.info("%s: not read: %s", result.path, result.error)
        else:
            log.info("%s: read as %s, %d answer rows", result.path, doc_id, len(rows))
        yield attrs.evolve(result, rows=rows, document=doc_id)


def read_inputs(
    inputs: Iterable[str | os.PathLike[str]] | Inputs,
    options: BatchOptions,
    *,
    jobs: int = 1,
    time_limit: float | None = BATCH_TIME_LIMIT,
    progress: Callable[[int, int, FileResult], None] | None = None,
) -> tuple[Inputs, Iterator[FileResult]]:
    """The files of ``inputs`` (folders searched as :func:`scan` searches them) and the
    result of each (:func:`read_files`); ``progress(done, total, result)`` is called once
    the caller has taken each result."""
    found = inputs if isinstance(inputs, Inputs) else scan(inputs)
    results = read_files(found, options, jobs=jobs, time_limit=time_limit)
    return found, _reporting(results, len(found.paths), progress)


def _reporting(
    results: Iterable[FileResult],
    total: int,
    progress: Callable[[int, int, FileResult], None] | None,
) -> Iterator[FileResult]:
    for done, result in enumerate(results, 1):
        yield result
        if progress is not None:
            progress(done, total, result)


def split_results(
    results: Iterable[FileResult],
    keep: Callable[[FileResult, DocumentInfo], _Kept],
    found: Inputs | None = None,
) -> tuple[list[_Kept], tuple[tuple[str, str], ...]]:
    """``keep(result, result.info)`` of each file read, in order, and the errors, sorted:
    ``(path, why)`` of each file not read and of each entry ``found`` left out."""
    kept: list[_Kept] = []
    errors = list(found.skipped) if found is not None else []
    for result in results:
        if result.error is not None or result.info is None:
            errors.append((result.path, result.error or "no result"))
        else:
            kept.append(keep(result, result.info))
    return kept, tuple(sorted(errors))


def _write_outputs(
    outputs: _Outputs,
    found: Inputs,
    options: BatchOptions,
    jobs: int,
    progress: Callable[[int, int, FileResult], None] | None,
    time_limit: float | None,
    csv_encoding: str,
) -> BatchSummary:
    paths = found.paths
    errors = list(found.skipped)
    notes: list[tuple[str, str]] = []
    table: list[_DocumentRow] = []
    rows = findings = 0
    sinks: dict[str, Any] = {}
    wanted = {
        name: importlib.util.find_spec(module) is not None
        for name, module in (("answers.parquet", "pyarrow"), ("answers.xlsx", "openpyxl"))
    }
    with (
        outputs.open("documents.jsonl", newline="\n") as jsonl,
        outputs.open("answers.csv", newline="", encoding=csv_encoding) as answers_csv,
        outputs.open("findings.csv", newline="", encoding=csv_encoding) as findings_csv,
    ):
        writer = csv.writer(answers_csv)
        writer.writerow(Answer._fields)
        finding_writer = csv.writer(findings_csv)
        finding_writer.writerow(
            ["document", "path", "code", "severity", "line", "message", "origin"]
        )
        try:
            # process_file is looked up now, not when this module was loaded.
            results = read_files(
                found, options, jobs=jobs, time_limit=time_limit, worker=process_file
            )
            for done, result in enumerate(results, 1):
                notes.extend((result.path, note) for note in result.notes)
                if result.error is not None or result.info is None:
                    errors.append((result.path, result.error or "no result"))
                else:
                    rows += len(result.rows)
                    findings += len(result.info.findings)
                    jsonl.write(result.json_line + "\n")
                    writer.writerows(result.rows)
                    for finding in result.info.finding_rows():
                        finding_writer.writerow([result.document, result.path, *finding])
                    # Opened only now, so worker processes (started when the first file
                    # was sent) do not each carry pyarrow's ~100 MiB.
                    _open_sinks(sinks, wanted, outputs)
                    for sink in sinks.values():
                        if sink is not None:
                            sink.add(result.rows)
                    table.append(_document_row(result, result.info))
                if progress is not None:
                    progress(done, len(paths), result)
            _open_sinks(sinks, wanted, outputs)  # no document read: empty tables
        finally:
            for sink in sinks.values():
                if sink is not None:
                    sink.close()
    xlsx = sinks.get("answers.xlsx")
    if xlsx is not None:
        notes.extend(xlsx.notes)
        for path, note in xlsx.notes:
            log.warning("%s: %s", path, note)
    questions = options.questions
    for name, write in (
        ("documents.csv", _write_documents),
        ("coverage.csv", _write_coverage),
        ("coverage_totals.csv", _write_totals),
    ):
        with outputs.open(name, newline="", encoding=csv_encoding) as handle:
            write(csv.writer(handle), table, questions)
    errors.sort(key=lambda row: row[0])
    with outputs.open("errors.csv", newline="", encoding=csv_encoding) as handle:
        error_writer = csv.writer(handle)
        error_writer.writerow(["path", "error"])
        error_writer.writerows(errors)
    written = tuple(name for name in OUTPUTS if sinks.get(name, True) is not None)
    return BatchSummary(
        len(paths),
        len(table),
        rows,
        tuple(errors),
        sinks.get("answers.parquet") is not None,
        tuple(notes),
        xlsx=xlsx is not None,
        answering=tuple(_answering(table, questions)),
        findings=findings,
        outputs=written,
    )


def _open_sinks(sinks: dict[str, Any], wanted: dict[str, bool], outputs: _Outputs) -> None:
    """Open the tables written row by row (pyarrow's and openpyxl's), once.  Ctrl-C is
    held while they are imported and opened: an import cut short midway can leave a
    library's native threads unable to end, and the process unable to exit."""
    if all(name in sinks for name in wanted):
        return
    with _interrupts_held():
        for name, kind in (("answers.parquet", _ParquetSink), ("answers.xlsx", _XlsxSink)):
            if name not in sinks:
                sinks[name] = _sink(kind, outputs) if wanted[name] else None


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C (SIGINT) held back while the block runs, then acted on as it would have
    been.  Only the main thread handles signals; elsewhere the block runs as it is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    before = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)
    if caught:
        if callable(before):
            before(signal.SIGINT, None)  # Python's own: KeyboardInterrupt
        elif before == signal.SIG_DFL:
            os.kill(os.getpid(), signal.SIGINT)


def _document_row(result: FileResult, info: DocumentInfo) -> _DocumentRow:
    severities = info.severity_counts()
    slim = attrs.evolve(info, findings=(), answers=())
    return _DocumentRow(
        result.path, result.document, slim, dict(result.counts), severities, len(result.rows)
    )
