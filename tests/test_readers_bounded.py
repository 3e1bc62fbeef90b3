"""Every read is bounded: a path that is not a regular file is refused before it is read,
files and streams are read up to a byte limit, and what goes past it is a clear error
naming the file (one line and exit code 2 on the command line), never a MemoryError.

Tests that would read forever on a reader without these bounds run under a guard (a
memory limit, a writer that unblocks a FIFO), so that such a reader fails them instead
of hanging or exhausting the machine.
"""

from __future__ import annotations

import ast
import io
import os
import resource
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import attrs
import pytest

import wgec_parse
from wgec_parse import InputTooLarge, ReadError, limits
from wgec_parse.cli import main
from wgec_parse.loaders import detect, docx_text, load, pdf_text
from wgec_parse.reading import read_bytes, read_stream

SRC = Path(wgec_parse.__file__).resolve().parent


@contextmanager
def memory_guard(extra: int = 512 << 20) -> Iterator[None]:
    """At most ``extra`` more bytes of address space inside the block: an endless read
    ends in MemoryError instead of taking the machine's memory."""
    with open("/proc/self/status", encoding="ascii") as status:
        size = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize:"))
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (_within(size + extra, hard), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@contextmanager
def unblocked(fifo: Path) -> Iterator[None]:
    """Whenever the code inside opens ``fifo`` and waits for a writer, a writer comes
    within a few seconds (and goes at once): the test then fails on what was read
    instead of hanging."""
    done = threading.Event()

    def write() -> None:
        while not done.wait(3):
            try:  # succeeds only while a reader waits
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                continue

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        yield
    finally:
        done.set()
        writer.join()


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return path


# -- load, parse_file and the extractors refuse what is not a regular file ---------------


@pytest.mark.parametrize(
    "read",
    [load, wgec_parse.parse_file, detect, docx_text, pdf_text],
    ids=["load", "parse_file", "detect", "docx_text", "pdf_text"],
)
def test_a_fifo_is_refused_without_waiting_for_a_writer(fifo: Path, read: object) -> None:
    assert callable(read)
    with unblocked(fifo), pytest.raises(ReadError, match="named pipe") as info:
        read(fifo)
    assert str(info.value) == f"{fifo}: a named pipe (FIFO), not a regular file: not read"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_a_device_is_refused_before_it_is_read(device: str) -> None:
    with memory_guard(), pytest.raises(ReadError) as info:
        load(device)
    assert str(info.value) == f"{device}: a character device, not a regular file: not read"
    with memory_guard(), pytest.raises(ReadError, match="character device"):
        wgec_parse.parse_file(device)


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "socket.txt"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        with pytest.raises(ReadError, match="a socket, not a regular file"):
            load(path)
    finally:
        server.close()


def test_a_link_to_a_device_is_a_device(tmp_path: Path) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with memory_guard(), pytest.raises(ReadError, match="character device"):
        load(link)


def test_a_sparse_gigabyte_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "sparse.txt"
    with open(path, "wb") as handle:
        handle.truncate(1 << 30)  # a gigabyte of zeros that takes no disk space
    with memory_guard(), pytest.raises(InputTooLarge) as info:
        load(path)
    # Its size, from the file system: not a byte of it was read.
    assert str(info.value) == (
        f"{path}: file too large: 1,073,741,824 bytes, limit {4 * limits.MAX_SIZE + 4:,}"
    )
    with memory_guard(), pytest.raises(InputTooLarge, match="file too large"):
        load(path, max_size=1000)


def test_load_takes_max_size_and_max_depth_like_parse_file(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"- a\n  - b\n    - c\n" * 10)  # 180 bytes
    with pytest.raises(InputTooLarge, match=r"big\.txt: file too large: 180 bytes, limit 44"):
        load(path, max_size=10)
    with pytest.raises(InputTooLarge, match=r"big\.txt: text too large: 180 characters"):
        load(path, max_size=100)
    document = load(path, max_size=180, max_depth=2)
    expected = wgec_parse.parse_file(path, max_size=180, max_depth=2)
    assert document == attrs.evolve(expected, source="text")
    assert document != attrs.evolve(wgec_parse.parse_file(path), source="text")


# -- the reader ------------------------------------------------------------------------


class Endless(io.RawIOBase):
    """A stream that never ends, counting what is taken from it; it fails the test
    rather than exhaust memory if read much past ``fail_after``."""

    def __init__(self, fail_after: int = 50 << 20) -> None:
        self.taken = 0
        self.fail_after = fail_after

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.taken > self.fail_after:
            raise AssertionError(f"read {self.taken:,} bytes of an endless stream")
        size = len(buffer)
        buffer[:size] = b"x" * size
        self.taken += size
        return size


def test_read_stream_stops_one_byte_past_the_limit() -> None:
    stream = Endless()
    with pytest.raises(InputTooLarge) as info:
        read_stream(stream, 3_000_000, "<endless>")  # type: ignore[arg-type]
    assert stream.taken == 3_000_001
    assert str(info.value) == (
        "<endless>: input too large: 3,000,001 bytes or more, limit 3,000,000"
    )


def test_read_bytes_reads_devices_only_when_asked_and_up_to_the_limit(fifo: Path) -> None:
    with pytest.raises(ReadError, match="character device"):
        read_bytes("/dev/zero", 1000)
    with memory_guard(), pytest.raises(InputTooLarge, match="/dev/zero: input too large"):
        read_bytes("/dev/zero", 1000, special=True)
    with pytest.raises(ValueError, match="byte limit"):
        read_bytes("/dev/zero", None, special=True)
    with unblocked(fifo), pytest.raises(ReadError, match="named pipe"):
        read_bytes(fifo, 1000)


def test_nothing_in_the_package_reads_without_a_byte_limit() -> None:
    unbounded = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "read"
                and not node.args
                and not node.keywords
            ):
                unbounded.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert unbounded == []


# -- the command line ----------------------------------------------------------------------


def test_render_stops_at_the_byte_limit_on_a_device(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    with memory_guard():
        assert main(["render", "/dev/zero"]) == 2
    err = capsys.readouterr().err
    assert err == "wgec-parse: /dev/zero: input too large: 1,001 bytes or more, limit 1,000\n"


def test_render_stops_at_the_byte_limit_on_endless_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    stdin = Endless()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(stdin)))
    assert main(["render", "-"]) == 2
    assert capsys.readouterr().err == (
        "wgec-parse: <stdin>: input too large: 1,001 bytes or more, limit 1,000\n"
    )
    assert stdin.taken <= 1000 + io.DEFAULT_BUFFER_SIZE


def test_render_refuses_a_large_file_before_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.json"
    with open(path, "wb") as handle:
        handle.truncate(1 << 30)
    with memory_guard():
        assert main(["render", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"wgec-parse: {path}: file too large: 1,073,741,824 bytes, limit 1,000\n"
    )


def _within(limit: int, hard: int) -> int:
    return limit if hard == resource.RLIM_INFINITY else min(limit, hard)


def _limit_memory() -> None:  # in the child, before it runs
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    resource.setrlimit(resource.RLIMIT_AS, (_within(2 << 30, hard), hard))


@pytest.mark.parametrize("command", ["render", "outline"])
def test_a_real_process_on_dev_zero_exits_2_without_a_traceback(command: str) -> None:
    """The installed command, with its real limit (256 MiB): read, refused, exit 2."""
    run = [sys.executable, "-m", "wgec_parse.cli", command, "/dev/zero"]
    done = subprocess.run(
        run, capture_output=True, text=True, check=False, preexec_fn=_limit_memory, timeout=120
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("wgec-parse: /dev/zero: input too large: ")
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr
