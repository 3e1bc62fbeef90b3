"""The work of one request, done in a worker process, and the pool of those processes.

A parse runs in a process of its own so that a time limit can be kept: a process that
runs past it is killed (a thread could not be) and replaced, and the server goes on.
The processes start from a fork server (spawned where fork servers are not available)
that has imported the library once, so a worker is ready in milliseconds; each serves
one request at a time and is replaced after :data:`MAX_TASKS` requests, so memory a
parse leaves behind is given back.  Nothing here imports the web stack.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import queue
import threading
from collections.abc import Sequence
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from wgec_parse.errors import InputTooLarge, JsonError, ReadError
from wgec_parse.nodes import (
    BulletItem,
    Clause,
    Closing,
    Document,
    Field,
    FrontMatter,
    Line,
    Node,
    Noise,
    Paragraph,
    Question,
    Table,
    iter_lines,
    walk,
)
from wgec_parse.questions import QuestionSet

if TYPE_CHECKING:
    from wgec_parse.validation import Findings

__all__ = [
    "MAX_TASKS",
    "PRODUCTS",
    "Failure",
    "ParsePool",
    "Task",
    "TimeLimitExceeded",
    "WorkerDied",
    "analyse",
]

#: Requests a worker process serves before it is replaced by a fresh one.
MAX_TASKS: Final = 100

#: What a task may ask for: the JSON views, the findings (as the CLI's JSON and as
#: SARIF), Markdown, clean text, the source text and the outline tree of the page.
Product = Literal["full", "clean", "diagnostics", "sarif", "markdown", "text", "source", "tree"]
PRODUCTS: Final[tuple[Product, ...]] = (
    "full",
    "clean",
    "diagnostics",
    "sarif",
    "markdown",
    "text",
    "source",
    "tree",
)

# The first bytes of the containers load() reads: a file that starts so but cannot be
# read is a damaged document (422); anything else unreadable is not a kind of file the
# package reads (415).
_PDF_SPACE: Final = b"\x00\t\n\x0c\r "


class TimeLimitExceeded(Exception):
    """A parse ran past the time limit; its worker was killed."""


class WorkerDied(Exception):
    """A worker process ended in the middle of a request (a crash, out of memory)."""


@attrs.frozen
class Task:
    """One upload to read, and what to make of it."""

    data: bytes  #: The upload's bytes.
    name: str  #: What messages call it (never opened).
    products: tuple[Product, ...]  #: What to return.
    questions: QuestionSet | None  #: The question set findings are checked against.


@attrs.frozen
class Failure:
    """A request that cannot be served: an HTTP status and the CLI's message."""

    status: int
    message: str


def _status(error: Exception, data: bytes) -> int:
    from wgec_parse.loaders import MissingExtraError

    if isinstance(error, InputTooLarge):
        return 413
    if isinstance(error, MissingExtraError):
        return 501
    if data.startswith(b"PK\x03\x04") or data[:1024].lstrip(_PDF_SPACE).startswith(b"%PDF-"):
        return 422  # a .docx or a PDF that cannot be read
    return 415  # binary data, a legacy .doc, JSON: not a submission this package reads


def analyse(task: Task) -> dict[str, Any] | Failure:
    """Read ``task.data`` as ``wgec_parse.load`` does and make each product asked for.

    JSON products are JSON text (as ``to_json`` writes it); the findings are the list
    ``Diagnostic.to_dict`` gives.  Errors become a :class:`Failure` with the message the
    command line prints.
    """
    from wgec_parse.commands.common import refuse_json_document
    from wgec_parse.loaders import load

    try:
        document = load(task.data, name=task.name)
        refuse_json_document(document, task.name)
    except (ReadError, InputTooLarge) as err:
        return Failure(_status(err, task.data), str(err))
    try:
        return {p: _product(p, document, task) for p in task.products}
    except JsonError as err:
        return Failure(422, f"{task.name}: {err}")


def _product(product: Product, document: Document, task: Task) -> Any:
    from wgec_parse.jsonio import to_json
    from wgec_parse.markdown import to_markdown
    from wgec_parse.rendering import render, render_clean

    if product == "full":
        return to_json(document)
    if product == "clean":
        return to_json(document, view="clean")
    if product == "diagnostics":
        return [d.to_dict() for d in _findings(document, task)]
    if product == "sarif":
        from wgec_parse.commands.validate_cmd import sarif_log
        from wgec_parse.validation import rules

        log = sarif_log([(task.name, _findings(document, task), None)], rules())
        return json.dumps(log, ensure_ascii=False, indent=2) + "\n"  # as the CLI writes it
    if product == "markdown":
        return to_markdown(document)
    if product == "text":
        return render_clean(document)
    if product == "source":
        return render(document)
    return tree(document, task.questions)


def _findings(document: Document, task: Task) -> Findings:
    from wgec_parse.validation import validate

    return validate(document, questions=task.questions)


def tree(document: Document, questions: QuestionSet | None) -> list[dict[str, Any]]:
    """The outline of the page: nested entries ``{kind, label, line, end_line,
    children}``, noise included (``kind`` "noise"); a question's ``id`` is the canonical
    id of the question it answers (matched by number, else by wording), when known."""
    roots: list[dict[str, Any]] = []
    entries: dict[int, dict[str, Any]] = {}
    for node, parents in walk(document):
        entry = _entry(node, questions)
        if entry is None:
            continue
        entries[id(node)] = entry
        owner = next((entries[id(p)] for p in reversed(parents) if id(p) in entries), None)
        (owner["children"] if owner is not None else roots).append(entry)
    return roots


def _span(node: Node) -> tuple[int, int]:
    """The first and last source line of ``node``."""
    numbers = [line.line for line in iter_lines(node) if type(line) is Line]
    return (numbers[0], numbers[-1]) if numbers else (1, 1)


def _entry(node: Node, questions: QuestionSet | None) -> dict[str, Any] | None:
    kind: str
    label = ""
    if type(node) is FrontMatter:
        kind = "front"
    elif type(node) is Closing:
        kind = "closing"
    elif type(node) is Noise:
        kind, label = "noise", node.line.content
    elif type(node) is Field:
        kind, label = "field", f"{node.name}: {node.value}"
    elif type(node) is Question:
        kind, label = "question", node.title
    elif type(node) is Paragraph:
        kind, label = "paragraph", node.text
    elif type(node) is Table:
        kind, label = "table", f"{node.shape}: {node.title}"
    elif type(node) is Clause:
        kind, label = "clause", node.text
    elif type(node) is BulletItem:
        kind, label = "bullet", node.text
    else:  # the document, lists and lines have no entry
        return None
    first, last = _span(node)
    entry: dict[str, Any] = {
        "kind": kind,
        "label": label,
        "line": first,
        "end_line": last,
        "children": [],
    }
    if type(node) is Question:
        entry["number"] = node.number
        spec = None
        if questions is not None:
            spec = questions.by_number(node.number) if node.number else None
            spec = spec or questions.by_wording(node.title)
        entry["id"] = spec.id if spec is not None else None
    elif type(node) is Clause:
        entry["number"] = node.number
    elif type(node) is BulletItem:
        from wgec_parse.outline import glyph_name

        entry["glyph"] = glyph_name(node.glyph)
    return entry


# -- the pool -------------------------------------------------------------------------


def _serve(conn: Connection) -> None:
    """A worker's loop: a task in, its result out, until the pipe closes."""
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        try:
            result: dict[str, Any] | Failure = analyse(task)
        except Exception as err:  # a bug: say so, and keep serving
            result = Failure(
                500,
                f"{task.name}: reading this file failed ({type(err).__name__}); please report it",
            )
        conn.send(result)


def _context() -> BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["wgec_parse.web.worker"])
        return context
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows, macOS


class _Worker:
    def __init__(self, context: BaseContext) -> None:
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(child,), daemon=True, name="wgec-parse-serve-worker"
        )
        self.process.start()
        child.close()
        self.tasks = 0

    def stop(self) -> None:
        self.conn.close()
        self.process.kill()
        self.process.join(5)


class ParsePool:
    """At most ``workers`` worker processes, each serving one :class:`Task` at a time.

    :meth:`run` blocks until a worker is free, then for the result; past ``time_limit``
    seconds (None: no limit) the worker is killed and :class:`TimeLimitExceeded` raised.
    Workers are started on demand and replaced after :data:`MAX_TASKS` tasks.
    """

    def __init__(self, workers: int | None = None, time_limit: float | None = 60.0) -> None:
        self.workers = workers or min(4, os.cpu_count() or 1)
        self.time_limit = time_limit
        self._context = _context()
        self._slots = threading.BoundedSemaphore(self.workers)
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()

    def _take(self) -> _Worker:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            worker = _Worker(self._context)
            with self._lock:
                self._all.add(worker)
            return worker

    def _drop(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._all.discard(worker)

    def run(self, task: Task) -> dict[str, Any] | Failure:
        """The result of ``task``, from a worker process."""
        with self._slots:
            worker = self._send(task)
            try:
                if not worker.conn.poll(self.time_limit):
                    self._drop(worker)
                    raise TimeLimitExceeded(task.name)
                result: dict[str, Any] | Failure = worker.conn.recv()
            except (EOFError, OSError) as err:
                self._drop(worker)
                raise WorkerDied(task.name) from err
            worker.tasks += 1
            if worker.tasks >= MAX_TASKS:
                self._drop(worker)
            else:
                self._idle.put(worker)
            return result

    def _send(self, task: Task) -> _Worker:
        """A worker that has been sent ``task``: an idle one, or a new one if none is
        idle or the idle one has died since its last task."""
        worker = self._take()
        try:
            worker.conn.send(task)
        except OSError:
            if worker.tasks == 0:  # a new worker that cannot be reached
                self._drop(worker)
                raise WorkerDied(task.name) from None
            self._drop(worker)
            worker = _Worker(self._context)
            with self._lock:
                self._all.add(worker)
            try:
                worker.conn.send(task)
            except OSError as err:
                self._drop(worker)
                raise WorkerDied(task.name) from err
        return worker

    def pids(self) -> Sequence[int]:
        """The process ids of the live workers."""
        with self._lock:
            return [w.process.pid for w in self._all if w.process.pid is not None]

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            workers, self._all = list(self._all), set()
        for worker in workers:
            worker.stop()
