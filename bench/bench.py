"""Speed and memory of wgec_parse, measured against the floor of any line-based parser.

The *floor* is what every parser of this format must at least do: decode the bytes,
split lines, and classify each line with one compiled alternation regex.  Every other
figure is reported beside it, as throughput and as a ratio to the floor, measured in
the same run on the same corpus (the seed fixtures repeated, clause numbers varied).

    python bench/bench.py                # 0.1, 1 and 10 MB; about three minutes
    python bench/bench.py --quick        # 0.1 and 1 MB only (no 10 MB corpus)
    python bench/bench.py --json out.json
    python bench/bench.py --cold         # the cold start alone; about ten seconds

from_json is timed as called by default (it parses the rendered text again to check
that the tree is one parse builds) and with ``reparse=False``, at 1 MB and at 10 MB
(0.1 and 1 MB with ``--quick``) for the targets of linear time.

Figures are medians of several repetitions.  The targets of the performance issue are
checked at the end; ``--strict`` makes a missed target exit with status 1.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import inspect
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import wgec_parse

ROOT = Path(__file__).resolve().parent.parent
SEED_FULL = ROOT / "fixtures" / "002_015b3980d26d2b81.txt"
SEED_BODY = ROOT / "fixtures" / "000_cfa95781c7ed215b.txt"
MB = 1_000_000
#: The size of one large submission, which is parsed and validated at once.
SUBMISSION = 50_000
ONE_SUBMISSION = f"parse + validate, one {SUBMISSION // 1000} KB submission"

# -- the corpus ----------------------------------------------------------------------

_CLAUSE = re.compile(r"(?m)^([ \t\f]*)(\d)\.(\d)\b")
_LAST_WORD = re.compile(r"(?m)^(\S+ \S+ .*?)( \S+[ \t]*\r?)$")


def corpus(size: int) -> str:
    """About ``size`` bytes of seed-like text: the full seed's front matter, then the
    answers of both seeds over and over, each copy with its own clause numbers and
    words."""
    full = SEED_FULL.read_bytes().decode("utf-8")
    body = SEED_BODY.read_bytes().decode("utf-8")
    cut = full.index("\n1) What") + 1
    parts = [full[:cut]]
    answers = (full[cut:], body)
    total = len(parts[0])
    copy = 0
    while total < size:
        shift = 5 * copy

        def renumber(m: re.Match[str], shift: int = shift) -> str:
            return f"{m[1]}{m[2]}.{int(m[3]) + shift}"

        part = _CLAUSE.sub(renumber, answers[copy % 2])
        # Each copy's lines differ from the other copies' (a word of its own before the
        # last word of every longer line), as the lines of one real document do: lines
        # repeated on every page are running headers to the parser, not text.
        part = _LAST_WORD.sub(rf"\1 w{copy}\2", part)
        if not part.endswith("\n"):
            part += "\n"
        parts.append(part)
        total += len(part.encode("utf-8"))
        copy += 1
    return "".join(parts)


# -- the floor -----------------------------------------------------------------------

_FLOOR_RE = re.compile(
    r"""
    (?P<question>(?:Question|Q)[ ]?\d{1,2}[.:)]?)(?=\s|$)
  | (?P<dotted>\d{1,3}(?:\.\d{1,3}){1,5}[.)]?)(?=\s|$)
  | (?P<number>\(?\d{1,2}[.)])(?=\s)
  | (?P<letter>\(?[a-z][.)])(?=\s)
  | (?P<bullet>[\uf0b7•◦▪■●○*o\-–—])(?=\s|$)
  | (?P<field>[^\W\d_][\w.'()/&-]*(?:[ ][\w.'()/&-]+){0,3}[ ]?:)(?=\s|$)
  | (?P<url>(?:https?://|www\.)\S+)
  | (?P<page>\d{1,4})$
    """,
    re.VERBOSE,
)


def floor(data: bytes) -> list[str | None]:
    """Decode, split lines, classify each line with one regex: the least a parser does."""
    kinds: list[str | None] = []
    append = kinds.append
    match = _FLOOR_RE.match
    for line in data.decode("utf-8").splitlines():
        m = match(line.strip())
        append(m.lastgroup if m is not None else None)
    return kinds


# -- measuring -----------------------------------------------------------------------


def median_time(fn: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``repeats`` calls (garbage collected before each)."""
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def optional(module: str, name: str) -> Callable[..., Any] | None:
    """A function of a module that may not exist in this version of the package."""
    try:
        return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        return None


def memory(text: str) -> tuple[float, float]:
    """Peak bytes allocated while parsing, and bytes the tree keeps, per input byte."""
    size = len(text.encode("utf-8"))
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    doc = wgec_parse.parse(text)
    gc.collect()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del doc
    return (peak - before) / size, (current - before) / size


def cold_start(repeats: int) -> tuple[float, float]:
    """Median wall time of a fresh ``wgec-parse outline SEED`` and of a fresh
    ``python -c "import lark, attrs"``."""
    # The script installed beside this interpreter: a ``wgec-parse`` found on PATH may
    # be a shell shim (pyenv) that would add its own start-up time.
    script = Path(sys.executable).with_name("wgec-parse")
    if script.exists():
        cli = [str(script)]
    elif shutil.which("wgec-parse"):
        cli = [str(shutil.which("wgec-parse"))]
    else:
        cli = [sys.executable, "-m", "wgec_parse.cli"]
    cmd = [*cli, "outline", str(SEED_FULL)]
    baseline = [sys.executable, "-c", "import lark, attrs"]
    # As on a user's machine, modules are read from cached bytecode: lark and attrs got
    # theirs when pip installed them, and an editable install writes its own on the
    # first run (unless PYTHONDONTWRITEBYTECODE, set on some machines, forbids it).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(cmd, check=True, capture_output=True, env=env)  # bytecode, grammar cache

    def run(argv: list[str]) -> float:
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            subprocess.run(argv, check=True, capture_output=True, env=env)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    # Interleave so that load on a shared machine hits both alike.
    a, b = [], []
    for _ in range(3):
        a.append(run(cmd))
        b.append(run(baseline))
    return statistics.median(a), statistics.median(b)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import lark

    return (
        f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, lark {lark.__version__}"
    )


#: The row of from_json without the check that the tree parses back.
UNCHECKED = "from_json (reparse=False)"


def from_json_unchecked() -> Callable[[str], Any] | None:
    """``from_json(text, reparse=False)``; None for a version without ``reparse``."""
    from_json = optional("wgec_parse.jsonio", "from_json")
    if from_json is None or "reparse" not in inspect.signature(from_json).parameters:
        return None
    return functools.partial(from_json, reparse=False)


def from_json_scaling(
    texts: dict[int, str], quick: bool, repeats: int
) -> dict[str, dict[int, float]]:
    """Median times of from_json, and of it with reparse=False, on the JSON of the 1 MB
    and 10 MB corpora (0.1 and 1 MB with --quick); {} for a version without them."""
    to_json = optional("wgec_parse.jsonio", "to_json")
    from_json = optional("wgec_parse.jsonio", "from_json")
    unchecked = from_json_unchecked()
    if to_json is None or from_json is None:
        return {}
    calls = {"from_json": from_json}
    if unchecked is not None:
        calls[UNCHECKED] = unchecked
    out: dict[str, dict[int, float]] = {name: {} for name in calls}
    for s in [MB // 10, MB] if quick else [MB, 10 * MB]:
        dumped = to_json(wgec_parse.parse(texts[s]))
        reps = repeats if s <= MB else max(3, repeats // 2)
        for name, call in calls.items():
            out[name][s] = median_time(functools.partial(call, dumped), reps)
    return out


# -- the run -------------------------------------------------------------------------


def run(quick: bool, repeats: int) -> dict[str, Any]:
    sizes = [MB // 10, MB] if quick else [MB // 10, MB, 10 * MB]
    texts = {s: corpus(s) for s in sizes}
    text = texts[MB]
    data = text.encode("utf-8")
    size = len(data)
    wgec_parse.parse("warm up\n")

    rows: list[dict[str, Any]] = []

    def add(name: str, seconds: float | None, nbytes: int = size, note: str = "") -> None:
        rows.append(
            {
                "name": name,
                "bytes": nbytes,
                "seconds": seconds,
                "mb_per_s": None if seconds is None else nbytes / seconds / MB,
                "note": note,
            }
        )

    add("floor (decode + split + 1 regex/line)", median_time(lambda: floor(data), repeats))
    add("parse", median_time(lambda: wgec_parse.parse(text), repeats))
    doc = wgec_parse.parse(text)
    add("render", median_time(lambda: wgec_parse.render(doc), repeats))

    to_json = optional("wgec_parse.jsonio", "to_json")
    from_json = optional("wgec_parse.jsonio", "from_json")
    if to_json is not None and from_json is not None:
        dumped = to_json(doc)
        add("to_json", median_time(lambda: to_json(doc), repeats))
        add("from_json", median_time(lambda: from_json(dumped), repeats))
        unchecked = from_json_unchecked()
        if unchecked is not None:
            add(UNCHECKED, median_time(lambda: unchecked(dumped), repeats))
        else:
            add(UNCHECKED, None, note="n/a: no reparse=False in this version")
    else:
        add("to_json", None, note="n/a: wgec_parse.jsonio not in this version")
        add("from_json", None, note="n/a: wgec_parse.jsonio not in this version")
        add(UNCHECKED, None, note="n/a: wgec_parse.jsonio not in this version")

    validate = optional("wgec_parse.validation", "validate")
    if validate is not None:
        add("validate", median_time(lambda: validate(doc), repeats))
    else:
        add("validate", None, note="n/a: wgec_parse.validation not in this version")
    # What a user of one submission waits for: it is read and checked at once.
    submission = corpus(SUBMISSION)
    submission_data = submission.encode("utf-8")
    one = len(submission_data)
    floor_name = f"floor, {SUBMISSION // 1000} KB"
    add(floor_name, median_time(lambda: floor(submission_data), 3 * repeats), one)
    if validate is not None:
        seconds = median_time(lambda: validate(wgec_parse.parse(submission)), 3 * repeats)
        add(ONE_SUBMISSION, seconds, one)
    else:
        add(ONE_SUBMISSION, None, one, note="n/a: wgec_parse.validation not in this version")

    scaling: dict[int, float] = {}
    for s, t in texts.items():
        reps = repeats if s <= MB else max(3, repeats // 2)
        scaling[s] = median_time(functools.partial(wgec_parse.parse, t), reps)
        add(f"parse {s / MB:g} MB", scaling[s], len(t.encode("utf-8")))

    json_scaling = from_json_scaling(texts, quick, repeats)
    for name, times in json_scaling.items():
        for size_, seconds in times.items():
            if size_ != MB:
                add(f"{name} {size_ / MB:g} MB", seconds, len(texts[size_].encode("utf-8")))

    peak, kept = memory(text)
    cli, imports = cold_start(5)
    return {
        "machine": machine(),
        "corpus_bytes": size,
        "repeats": repeats,
        "rows": rows,
        "scaling": {str(k): v for k, v in scaling.items()},
        "json_scaling": {
            name: {str(k): v for k, v in times.items()} for name, times in json_scaling.items()
        },
        "peak_bytes_per_byte": peak,
        "tree_bytes_per_byte": kept,
        "cold_cli_s": cli,
        "cold_import_lark_attrs_s": imports,
    }


def targets(result: dict[str, Any]) -> list[tuple[str, bool | None, str]]:
    """The issue's targets: (what, met or None when not measured, the figure)."""
    rate = {r["name"]: r["mb_per_s"] for r in result["rows"]}
    floor_rate = rate["floor (decode + split + 1 regex/line)"]
    parse = rate["parse"]
    out: list[tuple[str, bool | None, str]] = [
        (
            "parse >= 20% of the floor",
            parse >= 0.20 * floor_rate,
            f"{parse / floor_rate:.0%} ({parse:.2f} of {floor_rate:.2f} MB/s)",
        ),
        (
            "render >= 5x parse",
            rate["render"] >= 5 * parse,
            f"{rate['render'] / parse:.1f}x",
        ),
    ]
    seconds = {r["name"]: r["seconds"] for r in result["rows"]}
    one = seconds.get(ONE_SUBMISSION)
    floor_one = seconds[f"floor, {SUBMISSION // 1000} KB"]
    out.append(
        (
            f"a {SUBMISSION // 1000} KB submission: parse + validate under 10 ms",
            None if one is None else one < 0.010,
            "n/a" if one is None else f"{one * 1000:.1f} ms ({one / floor_one:.0f}x its floor)",
        )
    )
    for name in ("to_json", "validate"):
        r = rate.get(name)
        out.append(
            (
                f"{name} >= parse",
                None if r is None else r >= parse,
                "n/a" if r is None else f"{r / parse:.1f}x",
            )
        )
    unchecked = rate.get(UNCHECKED)
    out.append(
        (
            f"{UNCHECKED} >= 20% of the floor",
            None if unchecked is None else unchecked >= 0.20 * floor_rate,
            "n/a" if unchecked is None else f"{unchecked / floor_rate:.0%}",
        )
    )
    for name, times in result.get("json_scaling", {}).items():
        out.append(_linear(f"linear: {name} t(10 MB) / t(1 MB) <= 11", times))
    scaling = result["scaling"]
    if str(10 * MB) in scaling:
        ratio = scaling[str(10 * MB)] / scaling[str(MB)]
        out.append(("linear: t(10 MB) / t(1 MB) <= 11", ratio <= 11, f"{ratio:.1f}"))
    else:
        ratio = scaling[str(MB)] / scaling[str(MB // 10)]
        out.append(
            (
                "linear: t(10 MB) / t(1 MB) <= 11",
                None,
                f"not run (--quick); t(1 MB) / t(0.1 MB) = {ratio:.1f}",
            )
        )
    peak, kept = result["peak_bytes_per_byte"], result["tree_bytes_per_byte"]
    out.append(("peak memory <= 10 B per input byte", peak <= 10, f"{peak:.1f}"))
    out.append(("tree kept <= 6 B per input byte", kept <= 6, f"{kept:.1f}"))
    gap = (result["cold_cli_s"] - result["cold_import_lark_attrs_s"]) * 1000
    out.append(("cold CLI within 60 ms of import lark, attrs", gap <= 60, f"+{gap:.0f} ms"))
    return out


def _linear(what: str, times: dict[str, float]) -> tuple[str, bool | None, str]:
    """The target ``what`` on the times of a call at 1 and 10 MB (0.1 and 1 MB: not run)."""
    if str(10 * MB) in times:
        ratio = times[str(10 * MB)] / times[str(MB)]
        return what, ratio <= 11, f"{ratio:.1f}"
    ratio = times[str(MB)] / times[str(MB // 10)]
    return what, None, f"not run (--quick); t(1 MB) / t(0.1 MB) = {ratio:.1f}"


def table(result: dict[str, Any]) -> str:
    rows = result["rows"]
    floor_rate = rows[0]["mb_per_s"]
    lines = [
        f"Machine: {result['machine']}",
        f"Corpus: {result['corpus_bytes'] / MB:.2f} MB of seed text; "
        f"medians of {result['repeats']} runs",
        "",
        "| measure | MB | seconds | MB/s | x floor |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        if r["seconds"] is None:
            lines.append(f"| {r['name']} | {r['bytes'] / MB:.2f} | - | - | {r['note']} |")
            continue
        lines.append(
            f"| {r['name']} | {r['bytes'] / MB:.2f} | {r['seconds']:.4f} | "
            f"{r['mb_per_s']:.2f} | {r['mb_per_s'] / floor_rate:.2f} |"
        )
    lines += [
        "",
        "| memory while parsing 1 MB | bytes per input byte |",
        "| --- | ---: |",
        f"| peak | {result['peak_bytes_per_byte']:.1f} |",
        f"| tree kept | {result['tree_bytes_per_byte']:.1f} |",
        "",
        "| cold start (fresh process, median) | ms |",
        "| --- | ---: |",
        f"| `wgec-parse outline` on the seed | {result['cold_cli_s'] * 1000:.0f} |",
        f'| `python -c "import lark, attrs"` | {result["cold_import_lark_attrs_s"] * 1000:.0f} |',
        "",
        "| target | met | figure |",
        "| --- | --- | --- |",
    ]
    for what, met, figure in targets(result):
        mark = "n/a" if met is None else ("yes" if met else "NO")
        lines.append(f"| {what} | {mark} | {figure} |")
    return "\n".join(lines)


def cold_only(repeats: int, strict: bool) -> int:
    """Print the cold start and its target, as the whole run reports them."""
    cli, imports = cold_start(repeats)
    gap = (cli - imports) * 1000
    met = gap <= 60
    print(
        "| cold start (fresh process, median) | ms |\n| --- | ---: |\n"
        f"| `wgec-parse outline` on the seed | {cli * 1000:.0f} |\n"
        f'| `python -c "import lark, attrs"` | {imports * 1000:.0f} |\n\n'
        f"cold CLI within 60 ms of import lark, attrs: {'yes' if met else 'NO'} (+{gap:.0f} ms)"
    )
    return 1 if strict and not met else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="skip the 10 MB corpus")
    ap.add_argument("--repeats", type=int, default=7, help="repetitions per figure")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument(
        "--cold", action="store_true", help="measure the cold start alone (its target only)"
    )
    args = ap.parse_args(argv)
    if args.cold:
        return cold_only(args.repeats, args.strict)
    result = run(args.quick, args.repeats)
    result["targets"] = [
        {"target": what, "met": met, "figure": figure} for what, met, figure in targets(result)
    ]
    floor_rate = result["rows"][0]["mb_per_s"]
    for r in result["rows"]:
        r["x_floor"] = None if r["mb_per_s"] is None else r["mb_per_s"] / floor_rate
    print(table(result))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(result, handle, indent=2)
    missed = [t for t in result["targets"] if t["met"] is False]
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
