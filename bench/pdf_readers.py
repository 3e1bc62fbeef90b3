"""PDF text libraries measured on the PDF fixtures: speed, and how faithfully each gives
the words of the source in order.

For every ``fixtures/pdf/NAME.pdf`` beside its ``NAME.source``, each library's text
(all pages) is compared with the source's words: the share of them found in the same
order (difflib's matching blocks over the word lists), and whether a word hyphenated at
a line end keeps its hyphen.  Speed is processor time per page over all the PDFs under
``fixtures/`` (the Word fixtures' LibreOffice PDFs included, where present).  Also
printed: whether the library gives each line's box, which finding headers and footers
needs (pypdf gives none: only a text visitor with each fragment's matrix).

    python bench/pdf_readers.py     # a library that is not installed is skipped
"""

from __future__ import annotations

import difflib
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

FIXTURES = ROOT / "fixtures"
Reader = Callable[[Path], list[str]]


def _pypdf(mode: str) -> Reader | None:
    try:
        pypdf = importlib.import_module("pypdf")
    except ImportError:
        return None

    def read(path: Path) -> list[str]:
        reader = pypdf.PdfReader(str(path))
        return [page.extract_text(extraction_mode=mode) for page in reader.pages]

    return read


def _pdfium_plain() -> Reader | None:
    try:
        pdfium = importlib.import_module("pypdfium2")
    except ImportError:
        return None

    def read(path: Path) -> list[str]:
        document = pdfium.PdfDocument(str(path))
        try:
            return [document[i].get_textpage().get_text_range() for i in range(len(document))]
        finally:
            document.close()

    return read


def _ours() -> Reader | None:
    try:
        importlib.import_module("pypdfium2")
    except ImportError:
        return None
    from wgec_parse.loaders import pdf_text

    def read(path: Path) -> list[str]:
        return [pdf_text(path)]

    return read


def _pdfplumber() -> Reader | None:
    try:
        pdfplumber = importlib.import_module("pdfplumber")
    except ImportError:
        return None

    def read(path: Path) -> list[str]:
        with pdfplumber.open(str(path)) as pdf:
            return [page.extract_text() or "" for page in pdf.pages]

    return read


def _source_words(path: Path) -> list[str]:
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        for prefix in ("## ", "-- ", "# ", "@ ", "- ", "= "):
            if line.startswith(prefix):
                line = line[len(prefix) :]
                break
        words.extend(line.replace("|", " ").split())
    return words


def _words(text: str) -> list[str]:
    # A hyphen at a line end joins the word again, so "multi-" "stakeholder" compares
    # with the source's "multi-stakeholder" (the source marks the break with "|").
    return text.replace("-\n", "-").replace("\ufffe", "-").replace("\f", " ").split()


def main() -> None:
    readers: dict[str, tuple[Reader | None, bool]] = {
        "wgec_parse (pypdfium2, furniture, indentation)": (_ours(), True),
        "pypdfium2 text, plain": (_pdfium_plain(), True),
        "pypdf plain": (_pypdf("plain"), False),
        "pypdf layout": (_pypdf("layout"), False),
        "pdfplumber": (_pdfplumber(), True),
    }
    sources = sorted((FIXTURES / "pdf").glob("*.source"))
    every_pdf = sorted(FIXTURES.rglob("*.pdf"))
    pdfium = importlib.import_module("pypdfium2")
    pages = sum(len(pdfium.PdfDocument(str(p))) for p in every_pdf)
    print(f"{len(every_pdf)} PDFs, {pages} pages; {len(sources)} with a source text")
    for label, (read, positions) in readers.items():
        if read is None:
            print(f"{label}: not installed")
            continue
        read(every_pdf[0])
        start = time.process_time()
        for path in every_pdf:
            read(path)
        per_page = 1000 * (time.process_time() - start) / pages
        scores = []
        for source in sources:
            expected = _source_words(source)
            found = _words("\n".join(read(source.with_suffix(".pdf"))))
            matcher = difflib.SequenceMatcher(None, expected, found, autojunk=False)
            same = sum(block.size for block in matcher.get_matching_blocks())
            scores.append(f"{source.stem} {100 * same / len(expected):.1f}%")
        hyphen = "multi-stakeholder" in _words(
            "\n".join(read(FIXTURES / "pdf" / "fpdf_three_pages.pdf"))
        )
        print(
            f"{label}: {per_page:.1f} ms a page; words in order: {', '.join(scores)}; "
            f"hyphen kept: {'yes' if hyphen else 'no'}; "
            f"line boxes: {'yes' if positions else 'no'}"
        )


if __name__ == "__main__":
    main()
