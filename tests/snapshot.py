"""A recorded snapshot of trees and findings, to show that a restructuring changes neither.

The inputs are every text fixture (as stored, and with CRLF, CR and BOM variants),
documents drawn from :mod:`wgec_parse.strategies`, and seeded soups of lines mixing
markers, glyphs, fields, noise and words.  Generated inputs are stored, not drawn again,
so that a change to the strategies cannot change the snapshot.  Each input is kept with
a digest of its tree and of its findings, both written in a canonical form that does
not go through the package's JSON code.

    python tests/snapshot.py refresh    # after a change meant to change readings: the
                                        # same inputs, their readings recorded anew
    python tests/snapshot.py record     # new inputs too
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SNAPSHOT = Path(__file__).resolve().parent / "data" / "snapshot.jsonl.gz"
#: Node fields added after the snapshot was recorded, written only when not default.
ADDED_FIELDS = frozenset({"offset", "heading_lines", "tables"})


def canonical(value: Any) -> Any:
    """A JSON-able form of a tree: class names and attrs fields, in order.  A field
    added after the snapshot was recorded is left out where it holds its default (a
    line's ``offset``, 0 but on the segments of a flattened line)."""
    if attrs.has(type(value)):
        out: dict[str, Any] = {"@": type(value).__name__}
        for field in attrs.fields(type(value)):
            item = getattr(value, field.name)
            if field.name in ADDED_FIELDS and item == field.default:
                continue
            out[field.name] = canonical(item)
        return out
    if isinstance(value, (tuple, list)):
        return [canonical(v) for v in value]
    return value


def digest(value: Any) -> str:
    text = json.dumps(canonical(value), ensure_ascii=True, sort_keys=False)
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:24]


def reading(text: str) -> dict[str, str]:
    """The digests of ``text``'s tree and findings."""
    from wgec_parse import parse, validate

    document = parse(text, max_size=None)
    findings = validate(document)
    return {"tree": digest(document), "findings": digest(findings)}


def _variants(name: str, text: str) -> Iterator[tuple[str, str]]:
    yield name, text
    lf = text.replace("\r\n", "\n").replace("\r", "\n")
    yield f"{name}#crlf", lf.replace("\n", "\r\n")
    yield f"{name}#cr", lf.replace("\n", "\r")
    yield f"{name}#bom", "\ufeff" + text


def fixture_inputs() -> Iterator[tuple[str, str]]:
    """Every text fixture, with its line-ending and BOM variants."""
    for path in sorted(FIXTURES.rglob("*.txt")):
        if any(part.startswith("blind") for part in path.parts):  # the judges
            continue
        text = path.read_bytes().decode("utf-8", errors="surrogateescape")
        yield from _variants(str(path.relative_to(ROOT)), text)


_SOUP_PIECES = (
    "1)",
    "2)",
    "1.",
    "2.",
    "1.1",
    "1.2",
    "2.5",
    "2.5.",
    "1.1.1",
    "(a)",
    "(b)",
    "a)",
    "i)",
    "(i)",
    "ii)",
    "(ii)",
    "II.",
    "III)",
    "A.",
    "(B)",
    "1 -",
    "Question 1:",
    "Q2.",
    "Вопрос 1.",
    "问题一",
    "السؤال الأول",
    "\uf0b7",
    "-",
    "•",
    "o",
    "▪",
    "–",
    "*",
    "Date:",
    "To:",
    "From:",
    "Subject:",
    "Submitted by",
    "Att.:",
    "Page 2 of 3",
    "- 3 -",
    "12",
    "https://example.org/x?y=1",
    "www.un.org",
    "____",
    "\f",
    "\t",
    "   ",
    " ",
    "What are the high level characteristics of enhanced cooperation?",
    "Taking into consideration the work of the previous WGEC and the Tunis Agenda,",
    "particularly paragraphs 69-71, what kind of recommendations should we consider?",
    "Recommendations",
    "High level characteristics",
    "globally-",
    "applicable",
    "enhanced cooperation",
    "should be",
    "multistakeholder.",
    "the following:",
    "and",
    "Internet governance;",
    "coopération renforcée",
    "сотрудничество",
    "合作",
    "التعاون",
    "?",
    ":",
    ".",
    "word",
    "Word",
    "2016.",
    "2.9 billion",
    "15 countries",
)


def soup(rng: random.Random) -> str:
    """A text of random lines built from markers, glyphs, fields, noise and words."""
    eol = rng.choice(("\n", "\n", "\r\n", "\r"))
    lines = []
    for _ in range(rng.randint(1, 40)):
        if rng.random() < 0.25:
            lines.append(rng.choice(("", "", " ", "\t")))
            continue
        indent = rng.choice(("", "", "", " ", "  ", "    ", "\t", "\f"))
        parts = [rng.choice(_SOUP_PIECES) for _ in range(rng.randint(1, 6))]
        trailing = rng.choice(("", "", " ", "  "))
        lines.append(indent + " ".join(parts) + trailing)
    text = eol.join(lines)
    return text + eol if rng.random() < 0.7 else text


def generated_inputs(documents: int, soups: int) -> list[tuple[str, str]]:
    """Texts drawn from the strategies and seeded soups (drawn once, when recording)."""
    from hypothesis import HealthCheck, given, settings

    from wgec_parse.strategies import document_texts

    texts: list[str] = []

    @settings(
        max_examples=documents,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(document_texts())
    def collect(text: str) -> None:
        texts.append(text)

    collect()
    rng = random.Random(20161205)
    out = [(f"strategies/{i}", t) for i, t in enumerate(dict.fromkeys(texts))]
    out += [(f"soup/{i}", soup(rng)) for i in range(soups)]
    return out


def load() -> list[dict[str, str]]:
    with gzip.open(SNAPSHOT, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def record(documents: int = 1500, soups: int = 3000) -> int:
    """Write the snapshot: fixtures are named by path, generated texts are stored."""
    rows = []
    for name, text in fixture_inputs():
        rows.append({"name": name, **reading(text)})
    for name, text in generated_inputs(documents, soups):
        rows.append({"name": name, "text": text, **reading(text)})
    return _write(rows)


def refresh() -> tuple[int, list[str]]:
    """Record the readings of the snapshot's own inputs again; the names that changed."""
    fixtures = dict(fixture_inputs())
    rows, changed = [], []
    for row in load():
        text = row["text"] if "text" in row else fixtures[row["name"]]
        now = {"name": row["name"], **({"text": text} if "text" in row else {}), **reading(text)}
        if now != row:
            changed.append(row["name"])
        rows.append(now)
    return _write(rows), changed


def _write(rows: list[dict[str, str]]) -> int:
    SNAPSHOT.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    # No time stamp in the gzip header: the same readings give the same file.
    SNAPSHOT.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    return len(rows)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    if sys.argv[1:] == ["record"]:
        print(f"{record()} inputs recorded in {SNAPSHOT.relative_to(ROOT)}")
    elif sys.argv[1:] == ["refresh"]:
        count, changed = refresh()
        print(f"{count} inputs, {len(changed)} read differently: {changed[:20]}")
    else:
        sys.exit("usage: python tests/snapshot.py record|refresh")
