"""Load time of Word and PDF submissions, against the floor of reading a .docx.

The *floor* of a .docx is what any reader of it must at least do, measured two ways:

- ``floor``: unzip word/document.xml and parse it with lxml (``etree.fromstring``);
- ``floor all``: unzip and parse every part the Word reader reads (word/document.xml,
  its relationships, styles, list definitions, settings, footnotes and endnotes, those
  the file has), the honest floor of a small file, whose styles part can be 70 times
  its body.

Each figure is the median of repeated runs, the runs of a document interleaved (so
that a busy spell of the shared machine falls on all its figures alike, each timed run
after an untimed one of the same call), and its ratio to the floors is the median of
the ratios of each run:

- ``extract``: :func:`wgec_parse.loaders.docx_extraction`, the text and its origins;
- ``load``: :func:`wgec_parse.load`, the text parsed into a document.

The documents are the Word fixtures (fixtures/word/*.docx), one of them with its body
repeated to about 1 MB of XML (where the cost per paragraph shows), and the PDFs
LibreOffice made of them (``load`` only: a PDF has no such floor).

    python bench/loaders.py              # about half a minute
    python bench/loaders.py --repeat 5   # fewer repetitions
    python bench/loaders.py --json out.json

The target of the readers' issue: a .docx ``extract`` within 3 times its floor.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import io
import json
import re
import statistics
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import wgec_parse
from wgec_parse.loaders import docx_extraction

# lxml has no type hints: used as Any, as the reader does.
etree: Any = importlib.import_module("lxml.etree")
ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "fixtures" / "word"
TARGET = 3.0
_BODY = re.compile(rb"(<w:body>)(.*?)(<w:sectPr)", re.DOTALL)


def interleaved(functions: dict[str, Callable[[], object]], repeat: int) -> dict[str, list[float]]:
    """Processor times of each function, in seconds, ``repeat`` rounds of one timed call
    of each (processor time: on a shared machine, wall time counts the other processes
    too).  Each timed call follows an untimed call of the same function: a call right
    after another function is slower by the memory that one gave back (about a third of
    the floor, measured on the 1 MB document), which would favour whatever came first."""
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeat):
        for name, function in functions.items():
            function()
            start = time.process_time()
            function()
            times[name].append(time.process_time() - start)
    return times


def ratio(times: list[float], base: list[float]) -> float:
    """The median of the ratios of two series of times measured in the same rounds."""
    return statistics.median(a / b for a, b in zip(times, base, strict=True))


def floor(data: bytes) -> None:
    """Unzip word/document.xml and parse it: what every .docx reader must do."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        etree.fromstring(archive.read("word/document.xml"))


# The parts the Word reader reads, as Word names them.
PARTS = (
    "word/document.xml",
    "word/_rels/document.xml.rels",
    "word/styles.xml",
    "word/numbering.xml",
    "word/settings.xml",
    "word/footnotes.xml",
    "word/endnotes.xml",
)


def floor_all(data: bytes) -> None:
    """Unzip and parse every part the Word reader reads that the file has."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        for part in PARTS:
            if part in names:
                etree.fromstring(archive.read(part))


def streamed(data: bytes) -> None:
    """Unzip word/document.xml and parse it as a stream (iterparse, every element)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("word/document.xml") as xml:
        for _event, _element in etree.iterparse(xml, events=("end",)):
            pass


def scaled(data: bytes, xml_bytes: int) -> bytes:
    """The same .docx with its body repeated until word/document.xml is about
    ``xml_bytes`` long (footnote references and all)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            part = source.read(item)
            if item.filename == "word/document.xml":
                found = _BODY.search(part)
                assert found is not None
                body = found.group(2)
                copies = max(xml_bytes // max(len(body), 1), 1)
                part = part[: found.start(2)] + body * copies + part[found.end(2) :]
            target.writestr(item, part, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def documents() -> list[tuple[str, bytes]]:
    found = [(path.name, path.read_bytes()) for path in sorted(FOLDER.glob("*.docx"))]
    if found:
        name, data = found[0]
        found.append((name.replace(".docx", ".x1MB.docx"), scaled(data, 1_000_000)))
    return found


def measure(repeat: int) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    for name, data in documents():
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml_size = archive.getinfo("word/document.xml").file_size
            names = set(archive.namelist())
            parts_size = sum(archive.getinfo(part).file_size for part in PARTS if part in names)
        times = interleaved(
            {
                "floor": functools.partial(floor, data),
                "floor_all": functools.partial(floor_all, data),
                "iterparse": functools.partial(streamed, data),
                "extract": functools.partial(docx_extraction, data, max_size=None),
                "load": functools.partial(wgec_parse.load, data, max_size=None),
            },
            repeat,
        )
        row: dict[str, Any] = {"document": name, "xml_bytes": xml_size, "parts_bytes": parts_size}
        for key, series in times.items():
            row[f"{key}_ms"] = statistics.median(series) * 1000
        for key in ("iterparse", "extract", "load"):
            row[f"{key}_ratio"] = ratio(times[key], times["floor"])
            row[f"{key}_ratio_all"] = ratio(times[key], times["floor_all"])
        rows.append(row)
    pdfs: list[dict[str, Any]] = []
    for path in sorted(FOLDER.glob("*.pdf")):
        data = path.read_bytes()
        pdf_times = interleaved({"load": functools.partial(wgec_parse.load, data)}, repeat)
        pdfs.append(
            {
                "document": path.name,
                "bytes": len(data),
                "load_ms": statistics.median(pdf_times["load"]) * 1000,
            }
        )
    return {"docx": rows, "pdf": pdfs, "repeat": repeat, "target": TARGET}


def report(results: dict[str, Any]) -> bool:
    """Print the figures; whether every .docx extraction met the target against the
    floor of document.xml alone."""
    print(
        f"medians of {results['repeat']} interleaved runs, processor time; floor = unzip + "
        "etree.fromstring of document.xml; floor all = of every part read; "
        "iterparse = document.xml as a stream; ratios: to floor / to floor all"
    )
    print(
        f"{'document':34} {'xml KB':>7} {'parts KB':>8} {'floor ms':>8} {'all ms':>7} "
        f"{'iterparse':>16} {'extract ms, x':>22} {'load ms, x':>22}"
    )
    met = met_all = True
    for row in results["docx"]:
        met = met and row["extract_ratio"] <= TARGET
        met_all = met_all and row["extract_ratio_all"] <= TARGET
        cells = [
            f"{row[key + '_ms']:7.2f} {row[key + '_ratio']:5.1f}/{row[key + '_ratio_all']:4.1f}"
            for key in ("iterparse", "extract", "load")
        ]
        print(
            f"{row['document'][:34]:34} {row['xml_bytes'] / 1000:7.1f} "
            f"{row['parts_bytes'] / 1000:8.1f} {row['floor_ms']:8.2f} {row['floor_all_ms']:7.2f} "
            f"{cells[0]:>16} {cells[1]:>22} {cells[2]:>22}"
        )
    for row in results["pdf"]:
        name, size = row["document"][:34], row["bytes"] / 1000
        print(f"{name:34} {size:7.1f} {'load ms':>8} {row['load_ms']:7.2f}")
    for label, ok in (("the floor", met), ("the floor of all parts", met_all)):
        print(f".docx extract within {TARGET:g}x of {label}: {'yes' if ok else 'NO'}")
    return met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=15, help="runs per figure (median)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    results = measure(args.repeat)
    met = report(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 1 if args.strict and not met else 0


if __name__ == "__main__":
    sys.exit(main())
