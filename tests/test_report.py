"""wgec-parse report: the consultation fixture on one self-contained page, read back with
html.parser and rendered by headless Chromium where it is installed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from wgec_parse.cli import main
from wgec_parse.questions import WGEC2
from wgec_parse.report import Report, report_from, report_html

from .test_batch_consultation import consultation_results

ROOT = Path(__file__).resolve().parent.parent
CONSULTATION = ROOT / "fixtures" / "consultation"
CORRUPT = CONSULTATION / "broken_corrupt.docx"
CHROMIUM = Path("/usr/bin/chromium")


class Page(HTMLParser):
    """Tables (by id) as rows of cell texts, and what could reach the network."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.tags: list[str] = []
        self.urls: list[str] = []
        self.text = ""
        self._table: list[list[str]] | None = None
        self._cell = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.urls += [v or "" for k, v in attrs if k in ("src", "href", "xlink:href")]
        if tag == "table":
            self._table = self.tables.setdefault(dict(attrs).get("id") or "", [])
        elif tag == "tr" and self._table is not None:
            self._table.append([])
        elif tag in ("td", "th") and self._table is not None:
            self._table[-1].append("")
            self._cell = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._table = None
        elif tag in ("td", "th"):
            self._cell = False

    def handle_data(self, data: str) -> None:
        self.text += data
        if self._cell and self._table is not None:
            self._table[-1][-1] += data


def read_ids() -> list[str]:
    """The files of the fixture that can be read, by name (what a reader sees in it)."""
    names = sorted(p.name for p in CONSULTATION.iterdir() if p.suffix in (".txt", ".docx", ".pdf"))
    names.remove(CORRUPT.name)
    return names


@pytest.fixture(scope="module")
def report() -> Report:
    found, results = consultation_results()
    return report_from(results, WGEC2, found)


@pytest.fixture(scope="module")
def page(report: Report) -> Page:
    parsed = Page()
    parsed.feed(report_html(report))
    return parsed


def test_report_has_every_table_and_every_document(page: Page) -> None:
    assert set(page.tables) == {"submissions", "coverage", "findings", "not-read"}
    submissions = page.tables["submissions"]
    assert submissions[0][:3] == ["document", "submitter", "stakeholder group"]
    assert [row[0] for row in submissions[1:]] == read_ids()
    assert len(read_ids()) >= 40
    assert [row[0] for row in page.tables["coverage"][1:]] == read_ids()
    assert page.tables["not-read"][1:] == [
        [str(CORRUPT), "a damaged zip archive, not a readable .docx (File is not a zip file)"]
    ]


def test_report_rows_say_what_the_files_say(page: Page) -> None:
    rows = {row[0]: row for row in page.tables["submissions"][1:]}
    northland = rows["hand_en_q2_answered_first.txt"]
    assert northland[1:5] == [
        "Ministry of Digital Affairs of the Republic of Northland",
        "Government",
        "English",
        "text",
    ]
    assert northland[6] == "2 of 2"
    assert rows["gen_ru_21_paren.pdf"][3:5] == ["Russian", "pdf"]
    assert rows["gen_zh_31_question-word.docx"][3:5] == ["Chinese", "docx"]
    assert rows["gen_ar_26_roman.txt"][3] == "Arabic"
    assert rows["hand_fr_stakeholder_field.txt"][2] == "Civil society"  # stated in a field
    assert rows["empty.txt"][1:7] == ["not stated", "unknown", "unknown", "text", "0", "0 of 2"]
    languages = {row[3] for row in rows.values()}
    assert languages == {"Arabic", "Chinese", "English", "French", "Russian", "Spanish", "unknown"}
    coverage = {row[0]: row[2:] for row in page.tables["coverage"][1:]}
    # Question 2 answered first under "I.": its 17-word answer to question 1 is Q1's.
    assert coverage["hand_en_q2_answered_first.txt"][0] == "17"
    assert coverage["gen_en_03_paren.pdf"][0] == "—"  # answers question 2 only
    assert coverage["empty.txt"] == ["—", "—"]


def test_report_findings_by_code(page: Page) -> None:
    findings = {(row[0], row[1]): row[2:] for row in page.tables["findings"][1:]}
    assert findings[("no-questions", "error")] == ["1", "1"]  # empty.txt
    # Both headings of the Northland file read as the other question.
    assert findings[("question-text-mismatch", "warning")] == ["2", "1"]


def test_report_is_self_contained(page: Page) -> None:
    # Only references inside the page (the charts' own markers, "#m0a1b..."), nothing
    # that would be fetched.
    assert page.urls
    assert [url for url in page.urls if not url.startswith("#")] == []
    assert "script" not in page.tags
    assert "link" not in page.tags
    assert page.tags.count("svg") == 2
    assert "Answer length by stakeholder group" in page.text


def test_without_matplotlib_the_report_says_how_to_get_charts(
    report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    text = report_html(report)
    assert "<svg" not in text
    assert "Charts need matplotlib: pip install 'wgec-parse[report]'." in text


def test_report_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("hand_en_q2_answered_first.txt", "broken_corrupt.docx"):
        shutil.copy(CONSULTATION / name, folder / name)
    out = tmp_path / "report.html"
    assert main(["report", str(folder), "-o", str(out), "--jobs", "1", "--title", "WGEC 2016"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == f"wgec-parse: report: 1 of 2 files read, 1 not read; {out}"
    page = Page()
    page.feed(out.read_text(encoding="utf-8"))
    assert "WGEC 2016" in page.text
    assert [row[0] for row in page.tables["submissions"][1:]] == ["hand_en_q2_answered_first.txt"]
    assert main(["report", str(tmp_path / "missing"), "-o", str(out)]) == 2


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium package")
def test_report_renders_in_headless_chromium(report: Report, tmp_path: Path) -> None:
    from PIL import Image

    page = tmp_path / "report.html"
    page.write_text(report_html(report), encoding="utf-8")
    shot = tmp_path / "report.png"
    subprocess.run(
        [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", f"--screenshot={shot}",
            "--window-size=1280,2000", page.as_uri(),
        ],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    image = Image.open(shot).convert("RGB")
    assert image.size == (1280, 2000)
    # The header band is drawn in the report's blue, the page below it is not blank, and
    # the charts (orange bars of question 2) are on the first screen.
    assert image.getpixel((640, 10)) == (0x0B, 0x4F, 0x8A)
    colours = image.getcolors(maxcolors=1_000_000)
    assert colours is not None
    assert len(colours) > 500
    orange = sum(n for n, rgb in colours if rgb == (0xE0, 0x7B, 0x00))
    assert orange > 1000
