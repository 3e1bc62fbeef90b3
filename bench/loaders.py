"""Load time of Word and PDF submissions, against the floor of reading a .docx.

The *floor* of a .docx is what any reader of it must at least do: unzip
word/document.xml and parse it with lxml (``etree.fromstring``).  Each figure is the
median of repeated runs, measured in the same run as the floor, and given as a ratio to
it:

- ``extract``: :func:`wgec_parse.loaders.docx_extraction`, the text and its origins;
- ``load``: :func:`wgec_parse.load`, the text parsed into a document.

The documents are the Word fixtures (fixtures/word/*.docx), one of them with its body
repeated to about 1 MB of XML (where the cost per paragraph shows), and the PDFs
LibreOffice made of them (``load`` only: a PDF has no such floor).

    python bench/loaders.py              # about half a minute
    python bench/loaders.py --repeat 5   # fewer repetitions
    python bench/loaders.py --json out.json

The target of the readers' issue: a .docx ``load`` within 3 times its floor.
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


def median_time(function: Callable[[], object], repeat: int) -> float:
    """The median processor time of ``function``, in seconds, after one warm-up call
    (processor time: on a shared machine, wall time counts the other processes too)."""
    function()
    times = []
    for _ in range(repeat):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return statistics.median(times)


def floor(data: bytes) -> None:
    """Unzip word/document.xml and parse it: what every .docx reader must do."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        etree.fromstring(archive.read("word/document.xml"))


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
        base = median_time(functools.partial(floor, data), repeat)
        stream = median_time(functools.partial(streamed, data), repeat)
        extract = median_time(functools.partial(docx_extraction, data, max_size=None), repeat)
        load = median_time(functools.partial(wgec_parse.load, data, max_size=None), repeat)
        rows.append(
            {
                "document": name,
                "xml_bytes": xml_size,
                "floor_ms": base * 1000,
                "iterparse_ms": stream * 1000,
                "extract_ms": extract * 1000,
                "load_ms": load * 1000,
                "extract_ratio": extract / base,
                "load_ratio": load / base,
            }
        )
    pdfs: list[dict[str, Any]] = []
    for path in sorted(FOLDER.glob("*.pdf")):
        data = path.read_bytes()
        pdfs.append(
            {
                "document": path.name,
                "bytes": len(data),
                "load_ms": median_time(functools.partial(wgec_parse.load, data), repeat) * 1000,
            }
        )
    return {"docx": rows, "pdf": pdfs, "repeat": repeat, "target": TARGET}


def report(results: dict[str, Any]) -> bool:
    """Print the figures; whether every .docx load met the target."""
    print(
        f"medians of {results['repeat']} runs, processor time; floor = unzip + "
        "etree.fromstring of document.xml; iterparse = the same as a stream"
    )
    print(
        f"{'document':42} {'xml KB':>7} {'floor ms':>9} {'iterparse':>15} "
        f"{'extract':>15} {'load':>15}"
    )
    met = True
    for row in results["docx"]:
        met = met and row["load_ratio"] <= TARGET
        print(
            f"{row['document']:42} {row['xml_bytes'] / 1000:7.1f} {row['floor_ms']:9.2f} "
            f"{row['iterparse_ms']:8.2f} {row['iterparse_ms'] / row['floor_ms']:5.1f}x "
            f"{row['extract_ms']:8.2f} {row['extract_ratio']:5.1f}x "
            f"{row['load_ms']:8.2f} {row['load_ratio']:5.1f}x"
        )
    for row in results["pdf"]:
        print(
            f"{row['document']:42} {row['bytes'] / 1000:8.1f} {'':9} {'':15} {row['load_ms']:8.2f}"
        )
    print(f".docx load within {TARGET:g}x of the floor: {'yes' if met else 'NO'}")
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
