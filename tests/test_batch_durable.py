"""wgec-parse batch under stress: FIFOs and link loops, files that never finish, a parent
killed or interrupted mid-run, stale outputs of an earlier run.

The folder a run writes must always either hold a complete, consistent set of outputs
that ``manifest.json`` vouches for, or a ``manifest.json`` that says it is incomplete;
no worker may outlive the process that started it by more than a few seconds.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from wgec_parse import batch
from wgec_parse.batch import FileResult, _results, process_file, run_batch, scan
from wgec_parse.cli import main
from wgec_parse.jsonio import View

from .conftest import SEED_BODY, SEED_FULL
from .test_loaders import items, one_list, word_file
from .test_readers_bounded import unblocked

ROOT = Path(__file__).resolve().parent.parent
# Where the workers of a test run leave their process ids (one file each, per file read).
MARKS = "WGEC_PARSE_TEST_MARKS"


def sleep_on_slow(path: str, view: View) -> FileResult:
    """A worker that never finishes a file named slow*, as on a pathological input."""
    if os.path.basename(path).startswith("slow"):
        while True:
            time.sleep(0.05)
    return process_file(path, view)


def mark_and_block(path: str, view: View) -> FileResult:
    """A worker that records its process id, and never finishes a file named block*
    (then it says so in a file named "blocked")."""
    marks = Path(os.environ[MARKS])
    (marks / str(os.getpid())).write_text(path, encoding="utf-8")
    if os.path.basename(path).startswith("block"):
        (marks / "blocking").write_text(str(os.getpid()), encoding="utf-8")
        (marks / "blocking").rename(marks / "blocked")
        while True:
            time.sleep(0.05)
    return process_file(path, view)


def read_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def manifest(out: Path) -> dict[str, object]:
    with open(out / "manifest.json", encoding="utf-8") as handle:
        found: dict[str, object] = json.load(handle)
    return found


def check_complete_or_says_not(out: Path) -> bool:
    """Whether ``out`` holds a complete run (checked for consistency); if not, it must
    say so.  Temporary files may remain only beside an incomplete manifest."""
    written = manifest(out)
    assert written["schema"] == "wgec-parse/batch-manifest"
    if written["completed"] is not True:
        assert written["completed"] is False
        return False
    names = written["outputs"]
    assert isinstance(names, list)
    assert {p.name for p in out.iterdir()} == {*names, "manifest.json"}
    documents = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(documents) == written["documents"]
    assert len(read_rows(out / "answers.csv")) - 1 == written["rows"]
    assert len(read_rows(out / "errors.csv")) - 1 == written["errors"]
    assert len(read_rows(out / "coverage.csv")) - 1 == written["documents"]
    assert len(read_rows(out / "documents.csv")) - 1 == written["documents"]
    return True


def alive(pid: int) -> bool:
    """Whether a process still runs (a zombie waiting to be reaped does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def wait_for(condition: object, seconds: float) -> bool:
    """Poll ``condition()`` for up to ``seconds``; whether it came true."""
    assert callable(condition)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return bool(condition())


# -- entries that are not files ---------------------------------------------------------


def test_a_fifo_named_on_the_command_line_is_a_row_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    out = tmp_path / "out"
    with unblocked(fifo):
        code = main(["batch", str(fifo), str(SEED_FULL), "-o", str(out), "--jobs", "1"])
    assert code == 1
    assert read_rows(out / "errors.csv") == [
        ["path", "error"],
        [str(fifo), "a named pipe (FIFO), not a regular file: not read"],
    ]
    assert manifest(out)["documents"] == 1


def test_link_loops_devices_fifos_and_sockets_in_a_folder_each_get_a_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SEED_BODY, folder / "good.txt")
    (folder / "self.txt").symlink_to("self.txt")
    (folder / "broken.txt").symlink_to("gone.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.txt")
    (folder / "sub" / "up").symlink_to("..")
    (folder / "sub" / ".hidden.txt").symlink_to("/dev/zero")  # hidden: not looked at
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(folder / "sock.txt"))
        with unblocked(folder / "pipe.txt"):
            assert main(["batch", str(folder), "-o", str(tmp_path / "out"), "--jobs", "1"]) == 1
    finally:
        server.close()
    assert read_rows(tmp_path / "out" / "errors.csv")[1:] == [
        [str(folder / "broken.txt"), "a broken symbolic link"],
        [str(folder / "pipe.txt"), "a named pipe (FIFO), not a regular file: not read"],
        [str(folder / "self.txt"), "a symbolic link loop"],
        [str(folder / "sock.txt"), "a socket, not a regular file: not read"],
        [str(folder / "sub" / "up"), f"a symbolic link loop: back to {folder}, searched once"],
        [str(folder / "zero.txt"), "a character device, not a regular file: not read"],
    ]
    # One line per entry not read, then the summary.
    assert len(capsys.readouterr().err.splitlines()) == 7
    assert manifest(tmp_path / "out")["documents"] == 1


def test_the_same_file_by_two_paths_is_read_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "real").mkdir(parents=True)
    shutil.copy(SEED_BODY, folder / "a.txt")
    (folder / "alias.txt").symlink_to("a.txt")
    os.link(folder / "a.txt", folder / "hard.txt")
    shutil.copy(SEED_FULL, folder / "real" / "b.txt")
    (folder / "linked").symlink_to("real")  # a link to a folder: searched once
    (tmp_path / "outside").mkdir()
    shutil.copy(SEED_FULL, tmp_path / "outside" / "c.txt")
    (folder / "elsewhere").symlink_to(tmp_path / "outside")  # followed: read
    again = os.path.join(folder, "real", "..", "a.txt")  # the same file, named another way
    found = scan([folder, again])
    assert found.paths == (
        str(folder / "a.txt"),
        str(folder / "elsewhere" / "c.txt"),
        str(folder / "real" / "b.txt"),
    )
    a = str(folder / "a.txt")
    # The first path in sorted order is read; every other one is a row.
    assert found.skipped == (
        (str(folder / "alias.txt"), f"the same file as {a}: read once"),
        (str(folder / "hard.txt"), f"the same file as {a}: read once"),
        (str(folder / "linked"), f"the same folder as {folder / 'real'}: searched once"),
        (again, f"the same file as {a}: read once"),
    )
    summary = run_batch([folder, again], tmp_path / "out", jobs=1)
    assert (summary.files, summary.documents, len(summary.errors)) == (3, 3, 4)
    coverage = read_rows(tmp_path / "out" / "coverage.csv")
    assert [row[0] for row in coverage[1:]] == list(found.paths)


# -- time limit ----------------------------------------------------------------------


def test_a_file_over_the_time_limit_is_stopped_and_reported(tmp_path: Path) -> None:
    names = ["a.txt", "slow.txt", "b.txt", "slow2.txt", "c.txt"]
    for name in names:
        shutil.copy(SEED_BODY, tmp_path / name)
    paths = [str(tmp_path / name) for name in names]
    results = list(_results(paths, "full", 2, sleep_on_slow, 0.5))
    assert [r.path for r in results] == paths
    assert [r.error for r in results] == [
        None,
        "stopped: took longer than the time limit of 0.5 s",
        None,
        "stopped: took longer than the time limit of 0.5 s",
        None,
    ]


def test_the_time_limit_is_an_option_and_a_row_of_errors_csv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_BODY, folder / "a.txt")
    shutil.copy(SEED_BODY, folder / "slow.txt")
    monkeypatch.setattr(batch, "process_file", sleep_on_slow)
    out = tmp_path / "out"
    assert main(["batch", str(folder), "-o", str(out), "--time-limit", "0.5"]) == 1
    assert read_rows(out / "errors.csv")[1:] == [
        [str(folder / "slow.txt"), "stopped: took longer than the time limit of 0.5 s"]
    ]
    assert check_complete_or_says_not(out)
    assert manifest(out)["time_limit"] == 0.5


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("-1", "must be 0 (no limit) or more"),
        ("inf", "must be 0 (no limit) or more"),
        ("nan", "must be 0 (no limit) or more"),
        ("soon", "not a number of seconds: 'soon'"),
    ],
)
def test_a_bad_time_limit_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str, why: str
) -> None:
    with pytest.raises(SystemExit):
        main(["batch", str(SEED_FULL), "-o", str(tmp_path), "--time-limit", bad])
    assert f"argument --time-limit: {why}" in capsys.readouterr().err


def test_time_limit_zero_means_none(tmp_path: Path) -> None:
    assert main(["batch", str(SEED_FULL), "-o", str(tmp_path), "--time-limit", "0"]) == 0
    assert manifest(tmp_path)["time_limit"] is None
    with pytest.raises(ValueError, match="time_limit"):
        run_batch([SEED_FULL], tmp_path, time_limit=0)


# -- durable outputs -------------------------------------------------------------------


def test_a_complete_run_ends_with_a_manifest_that_counts_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n\x00 nothing")
    out = tmp_path / "out"
    summary = run_batch([SEED_FULL, SEED_BODY, bad], out, jobs=2)
    assert check_complete_or_says_not(out)
    written = manifest(out)
    assert {k: written[k] for k in ("completed", "files", "documents", "rows", "errors")} == {
        "completed": True,
        "files": 3,
        "documents": 2,
        "rows": summary.rows,
        "errors": 1,
    }
    assert written["outputs"] == [
        "documents.jsonl",
        "answers.csv",
        "answers.parquet",
        "answers.xlsx",
        "documents.csv",
        "coverage.csv",
        "coverage_totals.csv",
        "findings.csv",
        "errors.csv",
    ]


def test_outputs_are_moved_into_place_only_when_complete(tmp_path: Path) -> None:
    out = tmp_path / "out"
    seen: list[tuple[set[str], object]] = []

    def look(done: int, total: int, result: FileResult) -> None:
        visible = {p.name for p in out.iterdir() if not p.name.startswith(".")}
        seen.append((visible, manifest(out)["completed"]))

    run_batch([SEED_FULL, SEED_BODY], out, jobs=1, progress=look)
    assert seen == [({"manifest.json"}, False)] * 2
    assert check_complete_or_says_not(out)
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary left


def test_stale_outputs_of_an_earlier_run_are_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    run_batch([SEED_FULL, SEED_BODY], out, jobs=1)  # with pyarrow: answers.parquet
    leftover = out / ".documents.jsonl.k1lled.wgec-parse.tmp"  # of a run killed mid-way
    leftover.write_text("partial", encoding="utf-8")
    (out / "notes.md").write_text("the user's own file", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    run_batch([SEED_BODY], out, jobs=1)
    assert not (out / "answers.parquet").exists()  # no longer beside the new tables
    assert not leftover.exists()
    assert (out / "notes.md").read_text(encoding="utf-8") == "the user's own file"
    out.joinpath("notes.md").unlink()
    assert check_complete_or_says_not(out)
    assert manifest(out)["documents"] == 1


def test_a_run_that_fails_leaves_no_outputs_and_says_so(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([SEED_FULL], out, jobs=1)  # an earlier, complete run

    def fail(done: int, total: int, result: FileResult) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        run_batch([SEED_FULL, SEED_BODY], out, jobs=2, progress=fail)
    assert [p.name for p in out.iterdir()] == ["manifest.json"]
    written = manifest(out)
    assert written["completed"] is False
    assert written["stopped"] == "RuntimeError: disk full"
    assert not check_complete_or_says_not(out)


def test_notes_about_a_file_reach_stderr_and_the_manifest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = word_file(tmp_path / "start.docx", items(2), numbering=one_list("decimal", start=10**12))
    assert main(["batch", str(path), "-o", str(tmp_path / "out")]) == 0
    note = "list 7 level 1 starts at 1,000,000,000,000, outside 0 to 1,000,000"
    assert capsys.readouterr().err.startswith(f"wgec-parse: {path}: {note}")
    ((where, what),) = manifest(tmp_path / "out")["notes"]  # type: ignore[misc]
    assert where == str(path)
    assert what.startswith(note)


# -- a parent killed or interrupted ------------------------------------------------------


def start_blocking_batch(tmp_path: Path, *, session: bool) -> tuple[subprocess.Popen[bytes], Path]:
    """A real `wgec-parse batch` with two workers, one of which never finishes block.txt;
    returns once it is mid-run (a.txt read, block.txt in a worker)."""
    folder, marks, out = tmp_path / "in", tmp_path / "marks", tmp_path / "out"
    folder.mkdir()
    marks.mkdir()
    for name in ("a.txt", "block.txt", "c.txt", "d.txt"):
        shutil.copy(SEED_BODY, folder / name)
    script = (
        "import sys\n"
        "from wgec_parse import batch\n"
        "from tests.test_batch_durable import mark_and_block\n"
        "batch.process_file = mark_and_block\n"
        "from wgec_parse.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    command = [sys.executable, "-c", script, "batch", str(folder), "-o", str(out), "--jobs", "2"]
    # Output to a file, not a pipe: a worker that outlived the parent would hold a pipe
    # open, and reading it to its end would wait for that worker.
    with open(tmp_path / "stderr.txt", "w", encoding="utf-8") as stderr:
        parent = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, MARKS: str(marks)},
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=session,
            preexec_fn=default_interrupts,
        )
    if not wait_for(lambda: (marks / "blocked").exists() or parent.poll() is not None, 60):
        parent.kill()
        pytest.fail("the batch never reached block.txt")
    assert parent.poll() is None, (tmp_path / "stderr.txt").read_text(encoding="utf-8")
    return parent, marks


def default_interrupts() -> None:
    """Give SIGINT its default action, as a terminal's foreground job has it: a test run
    started in the background inherits it ignored (a shell without job control ignores
    SIGINT in its background jobs), and Python then installs no KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def worker_pids(marks: Path) -> set[int]:
    return {int(p.name) for p in marks.iterdir() if p.name.isdigit()}


def test_killing_the_parent_leaves_an_incomplete_folder_and_no_worker(tmp_path: Path) -> None:
    parent, marks = start_blocking_batch(tmp_path, session=False)
    workers = worker_pids(marks)
    assert workers
    assert parent.pid not in workers
    parent.kill()  # SIGKILL: no clean-up of any kind in the parent
    parent.wait()
    out = tmp_path / "out"
    # block.txt never finished: the folder must say the outputs are incomplete.
    assert check_complete_or_says_not(out) is False
    assert not (out / "documents.jsonl").exists()
    assert wait_for(lambda: not any(alive(pid) for pid in workers), 10), [
        pid for pid in workers if alive(pid)
    ]
    # A new run into the same folder starts clean and completes.
    summary = run_batch([SEED_FULL], out, jobs=1)
    assert summary.documents == 1
    assert check_complete_or_says_not(out)


def test_ctrl_c_stops_cleanly_with_a_message_and_exit_130(tmp_path: Path) -> None:
    parent, marks = start_blocking_batch(tmp_path, session=True)
    workers = worker_pids(marks)
    os.killpg(parent.pid, signal.SIGINT)  # as a terminal does: the whole process group
    try:
        parent.wait(timeout=60)
    finally:
        if parent.poll() is None:
            parent.kill()
    err = (tmp_path / "stderr.txt").read_text(encoding="utf-8")
    assert parent.returncode == 130, err
    assert "Traceback" not in err
    assert err.endswith(
        f"wgec-parse: interrupted: the outputs in {tmp_path / 'out'} are incomplete "
        "(manifest.json says so)\n"
    )
    out = tmp_path / "out"
    assert manifest(out)["stopped"] == "interrupted"
    assert [p.name for p in out.iterdir()] == ["manifest.json"]
    assert wait_for(lambda: not any(alive(pid) for pid in workers), 10)


def test_ctrl_c_waits_while_the_tables_libraries_are_imported() -> None:
    """An interrupt that arrives while pyarrow or openpyxl is imported and opened is
    acted on once they are, not in the middle of the import."""
    from wgec_parse.batch import _interrupts_held

    reached = []

    def held() -> None:
        with _interrupts_held():
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)
            reached.append(True)  # not interrupted inside the block

    assert threading.current_thread() is threading.main_thread()
    # Python's own handler, even in a test run that inherited SIGINT ignored.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            held()
    finally:
        signal.signal(signal.SIGINT, previous)
    assert reached == [True]
