"""Legacy encoding detection measured on fixtures/encodings/: the package's guess against
charset-normalizer and chardet alone, each free and limited to the same candidates.

For each fixture (UTF-16 ones aside: they are told by their NUL bytes) and each of its
first 1, 2, 3... lines that holds a non-ASCII byte, a detector is right when its
encoding decodes the bytes to the original text; on the whole fixtures, it must also
name the fixture's encoding (or one that gives the same bytes for that text).

    python bench/detectors.py    # charset-normalizer is skipped when not installed
"""

from __future__ import annotations

import codecs
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from wgec_parse.charsets import CANDIDATES, guess_legacy  # noqa: E402

HERE = ROOT / "fixtures" / "encodings"
Detector = Callable[[bytes], "str | None"]


def _ours(data: bytes) -> str | None:
    guess = guess_legacy(data)
    return None if guess is None or guess.tied else guess.encoding


def _normalizer(limited: bool) -> Detector | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None

    def detect(data: bytes) -> str | None:
        kwargs = {"cp_isolation": list(CANDIDATES)} if limited else {}
        best = from_bytes(data, **kwargs).best()  # type: ignore[arg-type]
        return None if best is None else best.encoding

    return detect


def _chardet(limited: bool) -> Detector | None:
    try:
        chardet = importlib.import_module("chardet")
    except ImportError:
        return None
    kwargs = {"include_encodings": list(CANDIDATES)} if limited else {}

    def detect(data: bytes) -> str | None:
        found = chardet.detect(data, **kwargs)["encoding"]
        return None if found is None else str(found)

    return detect


def _cases() -> list[tuple[str, str, str, bool]]:
    """(name, encoding, text, whole fixture) for every prefix of every fixture."""
    cases = []
    for row in (HERE / "expected.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name, encoding, _ = row.split("\t")
        if encoding.startswith("utf-16"):
            continue
        lines = (HERE / f"{name}.utf8.txt").read_text(encoding="utf-8").splitlines(True)
        for k in range(1, len(lines) + 1):
            text = "".join(lines[:k])
            if not text.isascii():
                cases.append((name, encoding, text, k == len(lines)))
    return cases


def _right(found: str | None, encoding: str, text: str, whole: bool) -> bool:
    data = text.encode(encoding)
    if found is None:
        return False
    try:
        if data.decode(found) != text:
            return False
    except (UnicodeDecodeError, LookupError):
        return False
    return (
        not whole
        or codecs.lookup(found).name == codecs.lookup(encoding).name
        or (text.encode(found) == data and encoding in ("gbk", "gb18030"))
    )


def main() -> None:
    detectors: dict[str, Detector | None] = {
        "wgec_parse (chardet + own scores)": _ours,
        "charset-normalizer, same candidates": _normalizer(True),
        "charset-normalizer, free": _normalizer(False),
        "chardet, same candidates": _chardet(True),
        "chardet, free": _chardet(False),
    }
    cases = _cases()
    whole = [c for c in cases if c[3]]
    print(f"{len(whole)} fixtures, {len(cases)} prefixes holding non-ASCII bytes")
    for label, detect in detectors.items():
        if detect is None:
            print(f"{label}: not installed")
            continue
        detect(b"warm-up \xe9")
        wrong = []
        start = time.perf_counter()
        found = [detect(text.encode(encoding)) for _, encoding, text, _ in cases]
        elapsed = time.perf_counter() - start
        right = 0
        for (name, encoding, text, full), got in zip(cases, found, strict=True):
            if _right(got, encoding, text, full):
                right += 1
            elif full:
                wrong.append(f"{name} as {got}")
        fixtures = len(whole) - len(wrong)
        print(
            f"{label}: {fixtures}/{len(whole)} fixtures, {right}/{len(cases)} prefixes, "
            f"{1000 * elapsed / len(cases):.1f} ms a text"
            + (f"; wrong: {', '.join(wrong)}" if wrong else "")
        )


if __name__ == "__main__":
    main()
