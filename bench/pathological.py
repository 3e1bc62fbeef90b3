"""Pathological inputs: parse + render must stay linear on hostile text.

Each case builds a hostile text of about N characters and of 10N, times
``render(parse(text))`` on both (best of a few runs), and prints the ratio.  Linear code
gives a ratio near 10; any ratio above 12 (or a wrong round trip) fails and the script
exits with status 1.  ``--small`` (the CI run, on shared machines whose load moves timings
by tens of percent) fails above 30 instead: a quadratic step in Python code still fails
there, while the strict limit of 12 belongs to the full run.  Then every compiled pattern of the
package is matched in the ways the package's source calls it (``match``, ``search``,
``sub``...) against adversarial strings (long runs of spaces, digits, dots, letters,
"1.1.1", "((((", combining marks) of 30 000 and 300 000 characters, with the same
limit on the ratio.

Then hostile Word files (a long lettered list, a list starting at 10**11, a level text
repeating "%1", thousands of styles, a large word/document.xml) of N/20 and 10N/20
paragraphs are read with ``load``, timed the same way; each large file is also read in a
fresh process to measure its peak memory in bytes per byte of XML unzipped (a .docx
compresses its XML a hundredfold and more, so per byte of file would say little), which
fails above 20.

    python bench/pathological.py            # N = 100 000 characters
    python bench/pathological.py --small    # N = 10 000, limit 30, for CI
    python bench/pathological.py --max-ratio 15
    python bench/pathological.py --linear   # validate, from_json, to_json alone
    python bench/pathological.py --json out.json
"""

from __future__ import annotations

import argparse
import gc
import importlib
import inspect
import io
import json
import logging
import multiprocessing
import os
import pkgutil
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from typing import Any, Final

import wgec_parse
from wgec_parse.loaders import docx_text, load

MAX_RATIO = 12.0
# Peak memory reading a .docx, in bytes per byte of its XML unzipped.
MAX_BYTES_PER_BYTE = 20.0
# The CI run's limit, a tripwire for gross blow-ups: with two other busy processes on a
# two-core machine, linear steps and patterns measured up to 18 at N = 10 000, while a
# quadratic step in Python code measures about 100 there.
SMALL_MAX_RATIO = 30.0


def repeat(unit: str) -> Callable[[int], str]:
    """A text of ``unit`` repeated until it holds at least ``n`` characters."""
    return lambda n: unit * (n // len(unit) + 1)


def one_line(unit: str) -> Callable[[int], str]:
    """One line of ``unit`` repeated, without any line break."""
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def deep_bullets(n: int) -> str:
    lines = []
    size = 0
    k = 0
    while size < n:
        line = "  " * (k % 300) + "- item\n"
        lines.append(line)
        size += len(line)
        k += 1
    return "".join(lines)


def surrogates(n: int) -> str:
    unit = b"\xff\xfe 1.1 \x80\x81 text \xed\xa0\x80\n".decode("utf-8", "surrogateescape")
    return repeat(unit)(n)


def wrapped_headings(n: int) -> str:
    # Numbered lines whose titles wrap: each heading looks ahead over its next lines.
    return repeat("1) what\nis\nit\nabout\n2. Recommendations\n")(n)


def heading_then_long_line(n: int) -> str:
    # A numbered line whose title continues in one huge line (matched against the
    # guiding questions' wording).
    return "1) Taking into consideration\n" + one_line("the work of the WGEC ")(n)


def paged_running_headers(n: int) -> str:
    # Form feeds make the document "paged", so repeated lines are counted as running
    # headers.
    return repeat("\fWGEC contribution\nSome text line here\n3\n")(n)


CASES: dict[str, Callable[[int], str]] = {
    "1.1.1.1... lines": repeat("1.1.1.1.1.1.1.1.1.1.1.1.1.1.1\n"),
    "one long line": one_line("word "),
    "one long line of 1.1.1": one_line("1."),
    "one line of spaces then x": lambda n: " " * n + "x",
    "one line of digits": one_line("7"),
    "empty lines": repeat("\n"),
    "' ' lines": repeat(" \n"),
    "'x' lines": repeat("x\n"),
    "form-feed lines": repeat("\f\n"),
    "short bullets '- x'": repeat("- x\n"),
    "short fields 'a: b'": repeat("a: b\n"),
    "deep bullet nesting": deep_bullets,
    "alternating glyphs after ':'": repeat("- a:\n• b:\n* c:\n◦ d:\n\uf0b7 e:\n"),
    "every line a question": repeat("1) What is enhanced cooperation?\n"),
    "every line a URL": repeat("https://example.org/wgec/2016/submission.pdf\n"),
    "'2.5' duplicates": repeat("2.5 the same clause again\n"),
    "every line a field": repeat("Date: 05-12-2016\n"),
    "words without a colon": repeat("a b c d e f g h i j k l m n o p q r s t u v w x y z\n"),
    "alternating CR and LF": repeat("a\rb\nc\r\n\r\r\n\n"),
    "U+2028, U+0085, FF everywhere": repeat("a\u2028b\x85c\x0cd\x0b\u2029\n"),
    "combining marks": repeat("a" + "\u0301" * 500 + "\n"),
    "RTL marks": repeat("\u200f1.1\u200f text \u202e(a)\u202c\n"),
    "NUL bytes": repeat("\x00\x00\x00 1.1 \x00\n"),
    "lone surrogates": surrogates,
    "wrapped headings": wrapped_headings,
    "heading then a huge line": heading_then_long_line,
    "paged running headers": paged_running_headers,
    "noise inside one block": lambda n: "1.1 text\n" + repeat("3\n")(n),
    "a page's number under every line": lambda n: "".join(
        f"line {k} goes on\n{k % 500 + 1}\n" for k in range(n // 12 + 1)
    ),
    "lost glyphs after ':'": repeat("Items:\n    lost glyph item\n"),
    "letter sections, not headings": repeat("A. Smith agrees\nB) and\n(C) so on\n"),
    "bare headings over blank runs": repeat("Question 1\n\n\n\n\n"),
    "titles that never close": repeat("Question 1: one\ntwo\nthree\nfour\nfive\n"),
}


# Adversarial subjects for every compiled pattern of the package, matched directly.
REGEX_SUBJECTS: dict[str, Callable[[int], str]] = {
    "spaces": lambda n: " " * n + "x",
    "digits": lambda n: "1" * n + "x",
    "dots": lambda n: "." * n + "x",
    "letters": lambda n: "a" * n + "!",
    "words": lambda n: ("ab " * n)[:n] + "!",
    "1.1.1.1": lambda n: ("1." * n)[:n] + "x",
    "((((": lambda n: "(" * n + "x",
    "combining marks": lambda n: "a" + "\u0301" * n,
    "question marks and spaces": lambda n: ("? " * n)[:n] + "x",
    "url-like": lambda n: "https://" + "a" * n + " x",
}


_USES = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer")


def package_patterns() -> dict[str, tuple[re.Pattern[Any], tuple[str, ...]]]:
    """Every compiled pattern in the package's modules (globals, and tables of them),
    with the ways the module's source uses it (a pattern in a table: all of them)."""
    found: dict[str, tuple[re.Pattern[Any], tuple[str, ...]]] = {}
    seen: set[int] = set()
    names = [wgec_parse.__name__] + [
        m.name for m in pkgutil.walk_packages(wgec_parse.__path__, wgec_parse.__name__ + ".")
    ]
    for name in names:
        module = importlib.import_module(name)
        try:
            source = inspect.getsource(module)
        except (OSError, TypeError):
            source = ""
        for attr, value in vars(module).items():
            if isinstance(value, re.Pattern):
                uses = tuple(u for u in _USES if f"{attr}.{u}(" in source)
                if id(value) not in seen and uses:
                    seen.add(id(value))
                    found[f"{name.removeprefix('wgec_parse.')}.{attr}"] = (value, uses)
                continue
            if not isinstance(value, (tuple, list)):
                continue
            for k, item in enumerate(value):
                for pattern in item if isinstance(item, tuple) else (item,):
                    if isinstance(pattern, re.Pattern) and id(pattern) not in seen:
                        seen.add(id(pattern))
                        found[f"{name.removeprefix('wgec_parse.')}.{attr}[{k}]"] = (
                            pattern,
                            ("match", "search"),
                        )
    return found


# A search that never matches: one linear pass over the subject.
_SCAN: Final = re.compile("\x00\x01")
_SCAN_BYTES: Final = re.compile(b"\x00\x01")


def time_regex(pattern: re.Pattern[Any], uses: tuple[str, ...], subject: Any, reps: int) -> float:
    best = float("inf")
    for _ in range(reps):
        start = time.perf_counter()
        for use in uses:
            if use in ("sub", "subn"):
                getattr(pattern, use)(subject[:0], subject)
            elif use == "finditer":
                for _ in pattern.finditer(subject):
                    pass
            else:
                getattr(pattern, use)(subject)
        best = min(best, time.perf_counter() - start)
    return best


def regex_rows(n: int, repeats: int, max_ratio: float) -> tuple[list[dict[str, object]], bool]:
    """The worst 10N/N ratio of each pattern over the adversarial subjects."""
    rows: list[dict[str, object]] = []
    failed = False
    subjects = {name: (make(n), make(10 * n)) for name, make in REGEX_SUBJECTS.items()}
    # Patterns of bytes (file signatures, raw XML) are matched against the same
    # subjects in UTF-8.
    encoded = {
        name: (small.encode("utf-8"), large.encode("utf-8"))
        for name, (small, large) in subjects.items()
    }
    print(f"\n{'pattern (worst subject)':48} {'s at N':>9} {'s at 10N':>9} {'10N/N':>6}")
    for where, (pattern, uses) in sorted(package_patterns().items()):
        worst = ("", 0.0, 0.0, 0.0)
        chosen: dict[str, tuple[Any, Any]] = (
            encoded if isinstance(pattern.pattern, bytes) else subjects
        )
        scan = _SCAN_BYTES if isinstance(pattern.pattern, bytes) else _SCAN
        for subject, (small, large) in chosen.items():
            for attempt in range(3):  # measured again when over the limit, as above
                # Interleaved, best of many: both sizes see the same load.  A plain
                # linear scan of the same subjects is timed alongside, and the ratio is
                # scaled by 10 / its ratio: on a busy machine the long subject can be
                # slow to reach in memory for reasons that have nothing to do with the
                # pattern, and the scan sees the same slowdown.
                t_small = t_large = r_small = r_large = float("inf")
                # Each new measure takes more timings than the one before: a ratio over
                # the limit on a busy machine is more often noise than the pattern.
                for _ in range(repeats * (1 + 2 * attempt)):
                    t_small = min(t_small, time_regex(pattern, uses, small, 1))
                    t_large = min(t_large, time_regex(pattern, uses, large, 1))
                    r_small = min(r_small, time_regex(scan, ("search",), small, 1))
                    r_large = min(r_large, time_regex(scan, ("search",), large, 1))
                scale = 10.0 / max(r_large / max(r_small, 1e-9), 10.0)
                # Below 50 microseconds at 10N the ratio is noise: count it as linear.
                ratio = scale * t_large / max(t_small, 1e-9) if t_large > 5e-5 else 0.0
                if ratio <= max_ratio:
                    break
            if ratio >= worst[3]:
                worst = (subject, t_small, t_large, ratio)
        subject, t_small, t_large, ratio = worst
        bad = ratio > max_ratio
        failed |= bad
        label = f"{where} ({subject})"
        flag = "  FAIL" if bad else ""
        print(f"{label[:48]:48} {t_small:>9.5f} {t_large:>9.5f} {ratio:>6.1f}{flag}")
        rows.append(
            {
                "pattern": where,
                "subject": subject,
                "seconds_n": t_small,
                "seconds_10n": t_large,
                "ratio": ratio,
                "ok": not bad,
            }
        )
    return rows, failed


# -- hostile Word files ------------------------------------------------------------------

_W_NS: Final = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R_NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RELS_NS: Final = "http://schemas.openxmlformats.org/package/2006/relationships"
_CONTENT_TYPES: Final = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_NORMAL: Final = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "</w:style>"
)


def docx(body: str, styles: str = "", numbering: str = "") -> bytes:
    """A .docx holding ``body`` (paragraphs), ``styles`` and ``numbering`` as given."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{_RELS_NS}"><Relationship Id="rId1" '
            f'Type="{_R_NS}/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr(
            "word/_rels/document.xml.rels",
            f'<Relationships xmlns="{_RELS_NS}">'
            f'<Relationship Id="rId1" Type="{_R_NS}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId2" Type="{_R_NS}/numbering" Target="numbering.xml"/>'
            "</Relationships>",
        )
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{_W_NS}"><w:body>{body}</w:body></w:document>',
        )
        archive.writestr(
            "word/styles.xml", f'<w:styles xmlns:w="{_W_NS}">{_NORMAL}{styles}</w:styles>'
        )
        archive.writestr(
            "word/numbering.xml", f'<w:numbering xmlns:w="{_W_NS}">{numbering}</w:numbering>'
        )
    return out.getvalue()


def word_list(fmt: str, start: int = 1, level_text: str = "%1)") -> Callable[[int], bytes]:
    """n paragraphs of one Word list."""
    numbering = (
        f'<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{level_text}"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    )
    item = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        "<w:r><w:t>an item of the list</w:t></w:r></w:p>"
    )
    return lambda n: docx(item * n, numbering=numbering)


def many_styles(n: int) -> bytes:
    """n styles and n paragraphs: python-docx looked at every style for each paragraph."""
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="S{k}"><w:name w:val="Style {k}"/>'
        '<w:basedOn w:val="Normal"/></w:style>'
        for k in range(n)
    )
    own = '<w:pPr><w:pStyle w:val="S{}"/></w:pPr>'
    body = "".join(
        f"<w:p>{'' if k % 2 else own.format(k)}<w:r><w:t>A paragraph.</w:t></w:r></w:p>"
        for k in range(n)
    )
    return docx(body, styles=styles)


def large_document_xml(n: int) -> bytes:
    """n paragraphs of twenty runs each: about 560 bytes of XML a paragraph, which
    deflate packs into a few."""
    return docx(("<w:p>" + "<w:r><w:t>word </w:t></w:r>" * 20 + "</w:p>") * n)


DOCX_CASES: dict[str, Callable[[int], bytes]] = {
    "lettered list (.docx)": word_list("lowerLetter"),
    "list starting at 10**11 (.docx)": word_list("lowerLetter", start=10**11),
    "level text of 10**4 '%1' (.docx)": word_list("decimal", level_text="%1" * 10_000),
    "many styles (.docx)": many_styles,
    "large document.xml (.docx)": large_document_xml,
}


def unzipped(path: str) -> int:
    with zipfile.ZipFile(path) as archive:
        return sum(info.file_size for info in archive.infolist())


def _status(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise OSError(f"no {field} in /proc/self/status")


def _peak_growth(path: str, warm_up: str, answer: multiprocessing.connection.Connection) -> None:
    """In a fresh process: how far its resident memory grows above where it stood while
    ``load(path)`` runs (the kernel's high-water mark, reset first).  A small file is
    read first, to get imports out of the way without leaving freed memory behind that
    the large one would reuse unseen."""
    try:
        load(warm_up)
        gc.collect()
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")  # reset the high-water mark to the current size
        before = _status("VmRSS")
        load(path)
        answer.send(_status("VmHWM") - before)
    except OSError:
        answer.send(None)


def peak_memory(path: str, warm_up: str) -> int | None:
    """Peak memory growth of load(path) in bytes, measured in a forked process (Linux:
    /proc/self/clear_refs), or None where it cannot be measured."""
    if not sys.platform.startswith("linux"):
        return None
    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe()
    child = context.Process(target=_peak_growth, args=(path, warm_up, theirs))
    child.start()
    grown: int | None = ours.recv()
    child.join()
    return grown


def time_load(small: str, large: str, repeats: int) -> tuple[float, float]:
    """Best times of ``repeats`` runs of load() on each file, interleaved."""
    best = {small: float("inf"), large: float("inf")}
    for _ in range(repeats):
        for path in (small, large):
            gc.collect()
            start = time.perf_counter()
            load(path)
            best[path] = min(best[path], time.perf_counter() - start)
    return best[small], best[large]


def docx_rows(
    n: int, repeats: int, max_ratio: float, max_bytes: float
) -> tuple[list[dict[str, object]], bool]:
    """Each hostile .docx at N/20 and 10N/20 paragraphs: time ratio, peak bytes per byte."""
    paragraphs = max(n // 20, 100)
    rows: list[dict[str, object]] = []
    failed = False
    print(
        f"\n{'.docx':34} {'paras N':>9} {'s at N':>9} {'s at 10N':>9} {'10N/N':>6}"
        f" {'file KB':>8} {'XML MB':>7} {'B/XMLB':>7} {'B/fileB':>8}"
    )
    # What the files are made to show is reported: no need to hear it for every run.
    logging.getLogger("wgec_parse.loaders").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as folder:
        for name, make in DOCX_CASES.items():
            small, large = os.path.join(folder, "small.docx"), os.path.join(folder, "large.docx")
            tiny = os.path.join(folder, "tiny.docx")
            for path, count in ((small, paragraphs), (large, 10 * paragraphs), (tiny, 10)):
                with open(path, "wb") as handle:
                    handle.write(make(count))
            for _ in range(3):  # measured again when over the limit, as the text cases
                t_small, t_large = time_load(small, large, repeats)
                ratio = t_large / max(t_small, 1e-9)
                if ratio <= max_ratio:
                    break
            grown = peak_memory(large, tiny)
            xml, size = unzipped(large), os.path.getsize(large)
            per_xml = grown / xml if grown is not None else None
            bad = ratio > max_ratio or (per_xml is not None and per_xml > max_bytes)
            failed |= bad
            memory = (
                f"{per_xml:>7.1f} {grown / size:>8.0f}"
                if grown is not None
                else f"{'-':>7} {'-':>8}"
            )
            print(
                f"{name:34} {paragraphs:>9,} {t_small:>9.4f} {t_large:>9.4f} {ratio:>6.1f}"
                f" {size / 1024:>8.0f} {xml / 2**20:>7.1f} {memory}{'  FAIL' if bad else ''}"
            )
            rows.append(
                {
                    "input": name,
                    "paragraphs": paragraphs,
                    "seconds_n": t_small,
                    "seconds_10n": t_large,
                    "ratio": ratio,
                    "file_bytes_10n": size,
                    "xml_bytes_10n": xml,
                    "peak_bytes_10n": grown,
                    "bytes_per_xml_byte": per_xml,
                    "ok": not bad,
                }
            )
    return rows, failed


def measure(small: str, large: str, repeats: int) -> tuple[float, float]:
    """Best times of ``repeats`` runs of render(parse(text)) on each text, the two
    interleaved so that both see the same load; checks the round trips."""
    best_small = best_large = float("inf")
    for _ in range(repeats):
        for text in (small, large):
            gc.collect()
            start = time.perf_counter()
            rendered = wgec_parse.render(wgec_parse.parse(text, max_size=None))
            took = time.perf_counter() - start
            if rendered != text:
                raise AssertionError("round trip lost data")
            if text is small:
                best_small = min(best_small, took)
            else:
                best_large = min(best_large, took)
    return best_small, best_large


# -- memory per input byte -----------------------------------------------------------

#: The target of peak memory while parsing, in bytes per input byte, on every shape.
MEMORY_TARGET: Final = 20.0
#: Shapes measured for memory, with the ceiling each must stay under (peak bytes per
#: input byte of ``parse``).  Short lines cost a frozen ``Line`` node each in the tree
#: (about 130 bytes with its line number), which no sharing can remove: those shapes
#: stay above the target, and their ceilings (the figures measured, plus a tenth) catch
#: any regression.  docs/limits.md gives the figures and the design that would meet
#: the target.
MEMORY_SHAPES: Final[dict[str, tuple[str, float]]] = {
    "'x' lines": ("x\n", 88.0),
    "empty lines": ("\n", MEMORY_TARGET),
    "form-feed lines": ("\f\n", 115.0),
    "' ' lines": (" \n", MEMORY_TARGET),
    "short bullets '- x'": ("- x\n", 88.0),
    "short fields 'a: b'": ("a: b\n", 69.0),
    "'word word word' lines": ("word word word\n", MEMORY_TARGET),
}

_MEMORY_PROBE: Final = """
import sys, tracemalloc, wgec_parse
unit, n = sys.argv[1], int(sys.argv[2])
text = unit * (n // len(unit))
wgec_parse.parse("warm up\\n- x\\na: b\\n")
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
document = wgec_parse.parse(text, max_size=None)
kept, peak = tracemalloc.get_traced_memory()
print((peak - base) / len(text), (kept - base) / len(text))
"""


def parse_memory(unit: str, n: int) -> tuple[float, float]:
    """Peak and kept bytes per input byte of ``parse`` on ``unit`` repeated to ``n``
    characters, in a fresh process, by tracemalloc: it counts the bytes Python
    allocates, whatever the allocator keeps or returns, so the figure depends neither
    on memory freed earlier in the process nor on the page size, as the resident size
    does."""
    done = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, unit, str(n)],
        capture_output=True,
        text=True,
        check=True,
    )
    peak, kept = done.stdout.split()
    return float(peak), float(kept)


def memory_rows(n: int) -> tuple[list[dict[str, object]], bool]:
    """Peak bytes per input byte of ``parse`` on each memory shape."""
    rows: list[dict[str, object]] = []
    failed = False
    print(
        f"\n{'parse memory (tracemalloc)':34} {'size':>9} {'peak B/B':>9} {'kept B/B':>9}"
        f" {'ceiling':>8} {'target':>7}"
    )
    for name, (unit, ceiling) in MEMORY_SHAPES.items():
        peak, kept = parse_memory(unit, n)
        bad = peak > ceiling
        failed |= bad
        over = "" if peak <= MEMORY_TARGET else "  over target"
        print(
            f"{name:34} {n:>9,} {peak:>9.1f} {kept:>9.1f} {ceiling:>8.0f}"
            f" {MEMORY_TARGET:>7.0f}{'  FAIL' if bad else over}"
        )
        rows.append(
            {
                "input": name,
                "size": n,
                "peak_bytes_per_byte": peak,
                "kept_bytes_per_byte": kept,
                "ceiling": ceiling,
                "ok": not bad,
            }
        )
    return rows, failed


# -- linear beyond parse ----------------------------------------------------------------


def _median_times(
    pair: tuple[Callable[[], object], Callable[[], object]], repeats: int
) -> tuple[float, float]:
    """Median times of the two calls, interleaved, with the garbage collector on (as
    a caller runs them)."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeats):
        for call, took in zip(pair, times, strict=True):
            start = time.perf_counter()
            call()
            took.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def linear_rows(size: int, repeats: int, max_ratio: float) -> tuple[list[dict[str, object]], bool]:
    """t(10n)/t(n) of validate, from_json (with and without reparsing) and to_json on
    seed-like text of ``size`` and 10 x ``size`` characters, and of .docx extraction on
    ``size / 200`` and ten times as many paragraphs (about 560 bytes of XML each)."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from bench import corpus  # beside this script, not a package

    small, large = (wgec_parse.parse(corpus(k), max_size=None) for k in (size, 10 * size))
    json_small, json_large = wgec_parse.to_json(small), wgec_parse.to_json(large)
    # The inputs are finished trees and texts that the timed calls only read: frozen, as
    # a program that keeps such trees can freeze them (docs/performance.md), so that a
    # collection during a call scans what the call builds, not the caller's other data.
    gc.freeze()
    try:
        return _linear_rows(size, repeats, max_ratio, (small, large), (json_small, json_large))
    finally:
        gc.unfreeze()


def _linear_rows(
    size: int,
    repeats: int,
    max_ratio: float,
    trees: tuple[wgec_parse.Document, wgec_parse.Document],
    texts: tuple[str, str],
) -> tuple[list[dict[str, object]], bool]:
    """:func:`linear_rows` on the trees and JSON texts made for it."""
    small, large = trees
    json_small, json_large = texts
    rows: list[dict[str, object]] = []
    failed = False
    print(
        f"\n{'linear (median, gc on, inputs frozen)':34} {'n':>9} {'s at n':>9}"
        f" {'s at 10n':>9} {'10n/n':>6}"
    )
    with tempfile.TemporaryDirectory() as folder:
        docs = os.path.join(folder, "small.docx"), os.path.join(folder, "large.docx")
        paragraphs = max(size // 200, 50)
        for path, count in zip(docs, (paragraphs, 10 * paragraphs), strict=True):
            with open(path, "wb") as handle:
                handle.write(large_document_xml(count))
        calls: dict[str, tuple[int, Callable[[], object], Callable[[], object]]] = {
            "validate": (
                size,
                lambda: wgec_parse.validate(small),
                lambda: wgec_parse.validate(large),
            ),
            "from_json": (
                size,
                lambda: wgec_parse.from_json(json_small),
                lambda: wgec_parse.from_json(json_large),
            ),
            "from_json (reparse=False)": (
                size,
                lambda: wgec_parse.from_json(json_small, reparse=False),
                lambda: wgec_parse.from_json(json_large, reparse=False),
            ),
            "to_json": (size, lambda: wgec_parse.to_json(small), lambda: wgec_parse.to_json(large)),
            "docx_text (paragraphs)": (
                paragraphs,
                lambda: docx_text(docs[0], max_size=None),
                lambda: docx_text(docs[1], max_size=None),
            ),
        }
        for name, (count, at_n, at_10n) in calls.items():
            for _ in range(3):  # measured again when over the limit, as above
                t_small, t_large = _median_times((at_n, at_10n), repeats)
                ratio = t_large / max(t_small, 1e-9)
                if ratio <= max_ratio:
                    break
            bad = ratio > max_ratio
            failed |= bad
            print(
                f"{name:34} {count:>9,} {t_small:>9.4f} {t_large:>9.4f} {ratio:>6.1f}"
                f"{'  FAIL' if bad else ''}"
            )
            rows.append(
                {
                    "call": name,
                    "n": count,
                    "seconds_n": t_small,
                    "seconds_10n": t_large,
                    "ratio": ratio,
                    "ok": not bad,
                }
            )
    return rows, failed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="N = 10 000 characters (for CI)")
    ap.add_argument("--n", type=int, help="N in characters (default 100 000)")
    ap.add_argument(
        "--max-ratio",
        type=float,
        help=f"fail above this 10N/N ratio ({MAX_RATIO:g}; {SMALL_MAX_RATIO:g} with --small)",
    )
    ap.add_argument(
        "--max-bytes-per-byte",
        type=float,
        default=MAX_BYTES_PER_BYTE,
        help=f"fail when reading a .docx peaks above this many bytes per byte of its "
        f"XML ({MAX_BYTES_PER_BYTE:g})",
    )
    ap.add_argument(
        "--linear",
        action="store_true",
        help="only the rows of validate, from_json, to_json and .docx extraction",
    )
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = ap.parse_args(argv)
    n = args.n or (10_000 if args.small else 100_000)
    max_ratio = args.max_ratio or (SMALL_MAX_RATIO if args.small else MAX_RATIO)
    if args.linear:
        wgec_parse.parse("warm up the grammar\n")
        _, failed = linear_rows(100_000 if args.small else 1_000_000, 3, max_ratio)
        print("FAILED" if failed else f"ok: every ratio <= {max_ratio:g}")
        return 1 if failed else 0
    # Medians of 3 for CI (a ratio over the limit is measured again anyway), 3 in the
    # full run, whose sizes are ten times larger.
    repeats = 3

    wgec_parse.parse("warm up the grammar\n")
    rows: list[dict[str, object]] = []
    failed = False
    print(f"{'input':34} {'size N':>9} {'s at N':>9} {'s at 10N':>9} {'10N/N':>6}")
    for name, make in CASES.items():
        small, large = make(n), make(10 * n)
        try:
            # A ratio over the limit is measured again (three tries at most): load from
            # other processes on a shared machine can spoil one measurement, but not a
            # super-linear algorithm, which fails every time.
            for _ in range(3):
                t_small, t_large = measure(small, large, repeats)
                ratio = t_large / max(t_small, 1e-9)
                if ratio <= max_ratio:
                    break
        except (AssertionError, RecursionError, MemoryError) as err:
            print(f"{name:34} FAILED: {type(err).__name__}: {err}")
            failed = True
            rows.append({"input": name, "error": f"{type(err).__name__}: {err}"})
            continue
        bad = ratio > max_ratio
        failed |= bad
        flag = "  FAIL" if bad else ""
        print(f"{name:34} {len(small):>9,} {t_small:>9.4f} {t_large:>9.4f} {ratio:>6.1f}{flag}")
        rows.append(
            {
                "input": name,
                "size": len(small),
                "seconds_n": t_small,
                "seconds_10n": t_large,
                "ratio": ratio,
                "ok": not bad,
            }
        )
    # Patterns are timed at 30 000 and 300 000 characters whatever N: at 10 000 the
    # short subject alone stays in the CPU's fastest cache, which inflated the ratio
    # of linear patterns to 15-18 on a busy machine.
    # Best of 9 interleaved timings in the full run, of 2 for CI (a pattern over the
    # limit is timed again anyway).
    regexes, regex_failed = regex_rows(30_000, 2 if args.small else 9, max_ratio)
    failed |= regex_failed
    word, word_failed = docx_rows(n, repeats, max_ratio, args.max_bytes_per_byte)
    failed |= word_failed
    # validate, from_json, to_json and .docx extraction: 100 000 characters and ten
    # times as many (smaller ones are timing noise), 1 000 000 in the full run.
    linear, linear_failed = linear_rows(100_000 if args.small else 1_000_000, repeats, max_ratio)
    failed |= linear_failed
    # Under tracemalloc parsing is several times slower: 20 000 characters for CI.
    memory, memory_failed = memory_rows(20_000 if args.small else 200_000)
    failed |= memory_failed
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            result = {
                "n": n,
                "max_ratio": max_ratio,
                "cases": rows,
                "regexes": regexes,
                "docx": word,
                "memory": memory,
                "linear": linear,
            }
            json.dump(result, handle, indent=2)
    print("FAILED" if failed else f"ok: every ratio <= {max_ratio:g}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
