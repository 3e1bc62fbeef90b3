"""PDF reading: the outline a viewer shows, page furniture kept but read as noise, the
page of each line, hyphens kept, and PDFs without text or with a password refused."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fpdf import FPDF

import wgec_parse
from wgec_parse import ReadError
from wgec_parse.answers import iter_answers
from wgec_parse.cli import main
from wgec_parse.loaders import pdf_lines, pdf_text
from wgec_parse.nodes import BulletList, Noise, walk
from wgec_parse.outline import outline
from wgec_parse.rendering import render
from wgec_parse.validation import validate

from .conftest import FIXTURES

PDFS = FIXTURES / "pdf"
NAMES = ["lo_two_pages", "fpdf_three_pages"]
#: The furniture of each fixture, page by page, as the viewer shows it.
FURNITURE = {
    "lo_two_pages": (
        "Contribution of the Republic of Testland to the WGEC",
        "Submission to the WGEC, page {n}",
        2,
    ),
    "fpdf_three_pages": (
        "Internet Society Chapter of Testland - WGEC contribution",
        "- {n} -",
        3,
    ),
}


def _without_noise(text: str) -> str:
    return "".join(
        line + "\n" for line in text.splitlines() if not line.lstrip().startswith("noise")
    )


@pytest.mark.parametrize("name", NAMES)
def test_pdf_gives_the_outline_a_viewer_shows(name: str) -> None:
    document = wgec_parse.load(PDFS / f"{name}.pdf")
    assert document.source == "pdf"
    expected = (PDFS / f"{name}.outline").read_text(encoding="utf-8")
    assert _without_noise(outline(document, text=True)) == expected


@pytest.mark.parametrize("name", NAMES)
def test_headers_and_footers_stay_in_the_text_as_noise(name: str) -> None:
    header, footer, pages = FURNITURE[name]
    document = wgec_parse.load(PDFS / f"{name}.pdf")
    noise = [render(node) for node, _ in walk(document) if isinstance(node, Noise)]
    joined = "".join(noise).replace("\f", "").replace("\n", "")
    # Every page's header and footer is there, in page order, and nothing else is noise.
    expected = "".join(header + footer.format(n=n) for n in range(1, pages + 1))
    assert joined == expected
    text = pdf_text(PDFS / f"{name}.pdf")
    assert text.count(header) == pages


@pytest.mark.parametrize("name", NAMES)
def test_no_furniture_in_the_answers_and_no_false_lost_bullet(name: str) -> None:
    header, footer, _ = FURNITURE[name]
    document = wgec_parse.load(PDFS / f"{name}.pdf")
    for row in iter_answers([(str(PDFS / f"{name}.pdf"), document)]):
        assert header not in row.text
        assert footer.format(n=1) not in row.text
    codes = {d.code for d in validate(document)}
    assert "lost-bullet" not in codes  # a header on page 2 stands inside the list
    assert "encoding-damage" not in codes


@pytest.mark.parametrize("name", NAMES)
def test_every_word_of_the_source_is_in_the_text(name: str) -> None:
    source = (PDFS / f"{name}.source").read_text(encoding="utf-8")
    words = []
    for line in source.splitlines():
        line = line.split(" ", 1)[1] if line[:2] in ("# ", "@ ", "- ", "= ") else line
        line = line.split(" ", 1)[1] if line.startswith(("## ", "-- ")) else line
        words.extend(line.replace("|", " ").split())
    text = pdf_text(PDFS / f"{name}.pdf")
    flat = " ".join(text.replace("-\n", "-").split())
    for word in words:
        assert word in flat, word


def test_a_hyphen_at_a_line_end_is_kept_for_the_parser() -> None:
    lines = pdf_text(PDFS / "fpdf_three_pages.pdf").split("\n")
    at = lines.index(
        "controls it. Enhanced cooperation should build on that experience and on the multi-"
    )
    assert lines[at + 1] == "stakeholder model, rather than replace it with a hierarchy."
    paragraph = wgec_parse.load(PDFS / "fpdf_three_pages.pdf").questions[0].paragraphs[1]
    # The parser joins the word and keeps its hyphen, as the writer typed it.
    assert "and on the multi-stakeholder model, rather" in paragraph.text
    lo = wgec_parse.load(PDFS / "lo_two_pages.pdf")
    assert "particularly paragraphs 69-71, what kind" in lo.questions[1].title


@pytest.mark.parametrize("name", NAMES)
def test_each_line_knows_its_page(name: str) -> None:
    header, _, pages = FURNITURE[name]
    found = pdf_lines(PDFS / f"{name}.pdf")
    # Lines as the parser counts them: str.splitlines() would also split at form feeds.
    lines = found.text.split("\n")[:-1]
    assert len(found.pages) == len(lines)
    # Each page starts with its header; the form feed lines between pages are the
    # reader's own (page 0).
    starts = [i for i, line in enumerate(lines) if line == "\f" + header]
    assert [found.pages[i] for i in starts] == list(range(1, pages + 1))
    assert [found.pages[i] for i, line in enumerate(lines) if line == "\f"] == [0] * (pages - 1)
    question2 = next(i for i, line in enumerate(lines) if line.startswith("2) Taking"))
    assert found.pages[question2] == 2
    assert sorted(set(found.pages) - {0}) == list(range(1, pages + 1))


def _header_inside_a_list(path: Path) -> Path:
    """Two pages whose header stands where a list's items stand, the list running over
    the page break: read page by page without the header's position, the header on
    page 2 was an item that lost its glyph."""

    class Submission(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font("helvetica", "I", 9)
            self.set_x(24)
            self.cell(0, 8, "Republic of Testland, contribution to the WGEC")
            self.ln(12)

    pdf = Submission(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    for page, items in enumerate(((1, 2, 3), (4, 5))):
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        if page == 0:
            pdf.cell(
                0, 6, "1) What are the high level characteristics?", new_x="LMARGIN", new_y="NEXT"
            )
            pdf.cell(0, 6, "Enhanced cooperation should be:", new_x="LMARGIN", new_y="NEXT")
        for n in items:
            pdf.set_x(20)
            pdf.cell(0, 6, f"\u2022 characteristic {n} of the list;", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_a_header_on_page_2_inside_a_list_is_no_lost_bullet(tmp_path: Path) -> None:
    document = wgec_parse.load(_header_inside_a_list(tmp_path / "two.pdf"))
    assert [d.code for d in validate(document) if d.code == "lost-bullet"] == []
    (items,) = [b.items for b in document.questions[0].body if isinstance(b, BulletList)]
    assert [item.text for item in items] == [
        f"characteristic {n} of the list;" for n in range(1, 6)
    ]
    assert [item.glyph for item in items] == ["•"] * 5


def test_lines_of_one_page_pdf_without_furniture_keep_their_order(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for text in ("1) What are the high level characteristics?", "1.1 Open.", "1.2 Fair."):
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "one.pdf"
    pdf.output(str(path))
    found = pdf_lines(path)
    assert found.text == "1) What are the high level characteristics?\n1.1 Open.\n1.2 Fair.\n"
    assert found.pages == (1, 1, 1)


# -- PDFs refused ---------------------------------------------------------------------


def _image_only() -> bytes:
    from PIL import Image

    image = io.BytesIO()
    Image.new("RGB", (300, 200), "white").save(image, format="PNG")
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.image(image, x=10, y=10, w=150)
    return bytes(pdf.output())


def _encrypted() -> bytes:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=PDFS / "fpdf_three_pages.pdf")
    writer.encrypt("secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


REFUSED = {
    "scan.pdf": (
        _image_only,
        "a PDF without a text layer (its pages are images, as scanned pages are): no text "
        "layer; OCR needed, then read the result",
    ),
    "locked.pdf": (
        _encrypted,
        "an encrypted PDF: remove the password (save or print it as a new PDF without "
        "security) and read that",
    ),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_pdf_without_text_or_with_a_password_is_refused(name: str, tmp_path: Path) -> None:
    make, message = REFUSED[name]
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(ReadError) as info:
        wgec_parse.load(path)
    assert str(info.value) == f"{path}: {message}"


@pytest.mark.parametrize("command", ["outline", "validate"])
@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_pdf_exits_2(
    name: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, message = REFUSED[name]
    path = tmp_path / name
    path.write_bytes(make())
    assert main([command, str(path)]) == 2
    assert capsys.readouterr().err == f"wgec-parse: {path}: {message}\n"


def test_a_pdf_encrypted_without_a_user_password_is_read(tmp_path: Path) -> None:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=PDFS / "fpdf_three_pages.pdf")
    writer.encrypt("", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    document = wgec_parse.load(out.getvalue(), name="owner-only.pdf")
    assert [q.number for q in document.questions] == ["1", "2"]


# -- lines, notes and titles as the page sets them ----------------------------------------


def _page_with_notes(path: Path, *, rule: bool) -> Path:
    """One page: a title in large type over two lines, a question, an answer whose line
    holds a raised note mark, and at the foot a note, under a short rule (drawn as a
    graphic) or, without one, in smaller type."""
    pdf = FPDF(format="A4")
    pdf.c_margin = 0  # cells without padding: the mark sets on against its word
    pdf.add_page()
    pdf.set_font("helvetica", size=24)
    pdf.multi_cell(90, 11, "Submission of the Republic of Testland", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("helvetica", size=11)
    for text in (
        "1) What are the high level characteristics of enhanced cooperation?",
        "",
        "Enhanced cooperation is a process among all governments and",
    ):
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.write(6, "stakeholders")
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_font("helvetica", size=7)
    width = pdf.get_string_width("1")
    pdf.set_xy(x, y - 1.5)
    pdf.cell(width, 6, "1")
    pdf.set_font("helvetica", size=11)
    pdf.set_xy(x + width, y)
    pdf.cell(0, 6, ", in consultation with the Commission.", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "It should report every year.", new_x="LMARGIN", new_y="NEXT")
    if rule:
        pdf.line(pdf.l_margin, 262, pdf.l_margin + 40, 262)
        pdf.set_y(264)
    else:
        pdf.set_font("helvetica", size=8)
        pdf.set_y(266)
    pdf.cell(0, 5, "1 Tunis Agenda for the Information Society, 2005.")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("rule", [True, False], ids=["rule", "smaller"])
def test_notes_at_the_foot_of_a_page_are_read_as_notes(rule: bool, tmp_path: Path) -> None:
    path = _page_with_notes(tmp_path / "notes.pdf", rule=rule)
    lines = pdf_text(path).split("\n")
    at = lines.index("__________")
    assert lines[at + 1] == "1 Tunis Agenda for the Information Society, 2005."
    assert pdf_lines(path).pages[at] == 0  # the reader's own line
    document = wgec_parse.load(path)
    answer = "".join(row.text for row in iter_answers([(str(path), document)]))
    assert "Tunis" not in answer
    noise = "".join(render(node) for node, _ in walk(document) if isinstance(node, Noise))
    assert "1 Tunis Agenda for the Information Society, 2005." in noise


def test_a_raised_note_mark_stays_on_its_line(tmp_path: Path) -> None:
    path = _page_with_notes(tmp_path / "notes.pdf", rule=True)
    lines = pdf_text(path).split("\n")
    assert "stakeholders1, in consultation with the Commission." in lines
    (paragraph,) = wgec_parse.load(path).questions[0].paragraphs
    assert paragraph.text == (
        "Enhanced cooperation is a process among all governments and "
        "stakeholders1, in consultation with the Commission. It should report every year."
    )


def test_a_title_in_large_type_over_two_lines_is_one_line(tmp_path: Path) -> None:
    path = _page_with_notes(tmp_path / "notes.pdf", rule=True)
    lines = pdf_text(path).split("\n")
    assert lines[:2] == ["Submission of the Republic of Testland", ""]
    front = outline(wgec_parse.load(path), text=True).splitlines()
    assert "  paragraph: Submission of the Republic of Testland" in front


WORD_PDFS = FIXTURES / "word"
#: The LibreOffice PDFs of the Word fixtures, each with an outline written from what a
#: viewer shows.
WORD_OUTLINES = [
    "01_ministry_word_styles",
    "02_ngo_form_tracked_changes",
    "03_mission_tables_notes",
    "04_topic_headings",
]


@pytest.mark.parametrize("name", WORD_OUTLINES)
def test_libreoffice_pdfs_of_the_word_fixtures_give_the_outline_a_viewer_shows(
    name: str,
) -> None:
    document = wgec_parse.load(WORD_PDFS / f"{name}.libreoffice.pdf")
    expected = (WORD_PDFS / f"{name}.libreoffice.outline").read_text(encoding="utf-8")
    assert _without_noise(outline(document, text=True, width=300)) == expected


@pytest.mark.parametrize(
    ("name", "line", "note"),
    [
        (
            "01_ministry_word_styles",
            "We recommend building on paragraphs 69-71 of the Tunis Agenda1 and on",
            "1 Tunis Agenda for the Information Society, 2005.",
        ),
        (
            "03_mission_tables_notes",
            "Enhanced cooperation is a process among governments1, in consultation",
            "1 As in paragraph 69 of the Tunis Agenda.",
        ),
    ],
)
def test_libreoffice_pdfs_of_the_word_fixtures_keep_marks_and_notes_apart(
    name: str, line: str, note: str
) -> None:
    path = WORD_PDFS / f"{name}.libreoffice.pdf"
    lines = [text.strip() for text in pdf_text(path).split("\n")]
    assert line in lines
    assert lines[lines.index(note) - 1] == "__________"
    document = wgec_parse.load(path)
    answers = " ".join(row.text for row in iter_answers([(str(path), document)]))
    assert note not in answers
    assert line.split()[-3] in answers  # the words after the mark are in the answer


def _page_with_table(path: Path, *, boxes: bool) -> Path:
    """A question, a line of text, a table of three columns ruled as a grid (each cell a
    box drawn round it, or lines drawn along the rows and columns), one cell's text
    wrapped over two lines and one holding a "|", then a line of text; and a
    paragraph in a frame, which is no table."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(0, 6, "1) What are the high level characteristics?", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 6, "Budget of the programme:", new_x="LMARGIN", new_y="NEXT")
    rows = (
        ("Programme", "2015", "2016"),
        ("Broadband | rural and remote areas of the country", "1200", "1450"),
        ("Cybersecurity", "300", "410"),
    )
    widths = (60, 30, 30)
    if boxes:  # fpdf2 draws a box round each cell, the cells of a row as high
        with pdf.table(
            col_widths=widths,
            width=sum(widths),
            align="LEFT",
            line_height=6,
            first_row_as_headings=False,
        ) as table:
            for row in rows:
                table.row(row)
    else:
        top = pdf.get_y()
        heights = []
        for row in rows:
            y = pdf.get_y()
            x = pdf.l_margin
            for text, width in zip(row, widths, strict=True):
                pdf.set_xy(x, y)
                pdf.multi_cell(width, 6, text)
                x += width
            pdf.set_y(y + (12 if len(row[0]) > 30 else 6))
            heights.append(pdf.get_y())
        right = pdf.l_margin + sum(widths)
        for y in (top, *heights):
            pdf.line(pdf.l_margin, y, right, y)
        x = pdf.l_margin
        for width in (0, *widths):
            x += width
            pdf.line(x, top, x, heights[-1])
    pdf.ln(4)
    pdf.cell(0, 6, "The figures are in thousands of dollars.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(120, 6, "A paragraph in a frame is no table.", border=1)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("boxes", [True, False], ids=["boxes", "lines"])
def test_a_ruled_table_gives_its_rows_as_pipe_rows(boxes: bool, tmp_path: Path) -> None:
    path = _page_with_table(tmp_path / "table.pdf", boxes=boxes)
    lines = [line for line in pdf_text(path).split("\n") if line]
    start = lines.index("Budget of the programme:")
    assert lines[start + 1 : start + 6] == [
        "| Programme | 2015 | 2016 |",
        "| Broadband \\| rural and remote areas of the country | 1200 | 1450 |",
        "| Cybersecurity | 300 | 410 |",
        "The figures are in thousands of dollars.",
        "A paragraph in a frame is no table.",
    ]
    # The rows are a table, as the Word reader's rows are.
    tables = wgec_parse.load(path).questions[0].tables
    assert len(tables) == 1
    assert tables[0].rows == (
        ("Programme", "2015", "2016"),
        ("Broadband | rural and remote areas of the country", "1200", "1450"),
        ("Cybersecurity", "300", "410"),
    )


def test_a_paragraph_in_larger_bold_type_is_a_heading(tmp_path: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.add_page()
    blocks = (
        ("B", 14, "What should enhanced cooperation achieve?"),
        ("", 11, "It should let every stakeholder take part in public policy."),
        ("B", 11, "Bold in the body's type is no heading."),
        ("", 11, "Governments and others should meet on an equal footing."),
        ("B", 14, "Taking into consideration the work of the previous WGEC and the Tunis"),
        ("B", 14, "Agenda, what kind of recommendations should we consider?"),
        ("", 11, "1. Hold an open consultation every year."),
    )
    for style, size, text in blocks:
        pdf.set_font("helvetica", style, size)
        pdf.cell(0, size / 2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    path = tmp_path / "headings.pdf"
    pdf.output(str(path))
    found = pdf_lines(path)
    lines = found.text.split("\n")
    assert [lines[i] for i in found.headings] == [
        "What should enhanced cooperation achieve?",
        "Taking into consideration the work of the previous WGEC and the Tunis "
        "Agenda, what kind of recommendations should we consider?",
    ]
    document = wgec_parse.load(path)
    assert [q.title for q in document.questions] == [lines[i] for i in found.headings]


def _pages_with_endnote(path: Path, mark: str, opens: str | None = None) -> Path:
    """Two pages: an answer whose line holds a raised note mark, and a last page that
    holds only the note, in the body's type and with no rule, as a word processor sets
    its endnotes."""
    pdf = FPDF(format="A4")
    pdf.c_margin = 0
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for text in ("1) What are the high level characteristics of enhanced cooperation?", ""):
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.write(6, "We consider the following recommendations")
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_font("helvetica", size=7)
    width = pdf.get_string_width(mark)
    pdf.set_xy(x, y - 1.5)
    pdf.cell(width, 6, mark)
    pdf.set_font("helvetica", size=11)
    pdf.set_xy(x + width, y)
    pdf.cell(0, 6, ": a yearly report.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    first = mark if opens is None else opens
    pdf.cell(0, 6, f"{first} See also the report of the first WGEC.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("mark", ["i", "2"])
def test_a_last_page_of_notes_marked_in_the_body_is_read_as_notes(
    mark: str, tmp_path: Path
) -> None:
    path = _pages_with_endnote(tmp_path / "endnote.pdf", mark)
    lines = pdf_text(path).split("\n")
    at = lines.index("__________")
    assert lines[at + 1] == f"{mark} See also the report of the first WGEC."
    document = wgec_parse.load(path)
    answer = "".join(row.text for row in iter_answers([(str(path), document)]))
    assert f"recommendations{mark}: a yearly report." in answer
    assert "See also" not in answer


def test_a_last_page_that_opens_with_no_raised_mark_is_no_page_of_notes(tmp_path: Path) -> None:
    # The body raised "i"; the last page opens with "ii", which it never raised.
    path = _pages_with_endnote(tmp_path / "endnote.pdf", "i", opens="ii")
    assert "__________" not in pdf_text(path)


# -- Pages set in two columns -----------------------------------------------------------


def test_a_page_in_two_columns_gives_the_outline_a_viewer_shows() -> None:
    path = PDFS / "fpdf_two_columns.pdf"
    document = wgec_parse.load(path)
    expected = (PDFS / "fpdf_two_columns.outline").read_text(encoding="utf-8")
    assert _without_noise(outline(document, text=True)) == expected
    noise = [render(node) for node, _ in walk(document) if isinstance(node, Noise)]
    assert "".join(noise).strip() == "Page 1 of 1"
    lines = pdf_text(path).split("\n")
    # The title across the page first, the footer last; the left column's lines carry
    # none of the right one's words, and the right one's start at its own left edge.
    assert lines[0].startswith("Contribution of the Association for Open Networks")
    assert lines[-2:] == ["\fPage 1 of 1", ""]
    assert "Enhanced cooperation lets governments take" in lines
    assert "1. Set up a light mechanism within the CSTD to" in lines
    source = (PDFS / "fpdf_two_columns.source").read_text(encoding="utf-8").split()
    flat = " ".join(pdf_text(path).split())
    assert all(word in flat for word in source if word not in ("#", "##", "@", "-")), flat


def _page_in_two_columns(path: Path, left: list[str], right: list[str]) -> Path:
    """A page whose two columns' lines stand at the same heights, written row by row
    (the left line, then the right one), so that PDFium reads each row as one line."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for k in range(max(len(left), len(right))):
        for x, lines in ((20, left), (110, right)):
            if k < len(lines):
                pdf.set_xy(x, 30 + 6 * k)
                pdf.cell(80, 6, lines[k])
    pdf.output(str(path))
    return path


def test_a_line_across_the_gutter_is_split_there(tmp_path: Path) -> None:
    import pypdfium2

    left = [
        "1) What are the high level characteristics",
        "of enhanced cooperation?",
        "It lets governments take part in public",
        "policy issues on an equal footing, with",
        "every stakeholder in its respective role.",
    ]
    right = [
        "2) What kind of recommendations should",
        "we consider?",
        "2.1 Map the issues that lack a forum.",
        "2.2 Report to the CSTD every year.",
    ]
    path = _page_in_two_columns(tmp_path / "columns.pdf", left, right)
    document = pypdfium2.PdfDocument(str(path))
    textpage = document[0].get_textpage()
    # PDFium reads a row of the two columns as one line.
    assert f"{left[0]} {right[0]}" in textpage.get_text_range()
    textpage.close()
    document.close()
    found = pdf_lines(path)
    assert found.text == "".join(line + "\n" for line in [*left, *right])
    assert found.pages == (1,) * 9
    document = wgec_parse.load(path)
    assert [q.number for q in document.questions] == ["1", "2"]


def test_a_page_in_one_column_with_a_centred_heading_or_a_wide_indent_keeps_its_order(
    tmp_path: Path,
) -> None:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    written: list[str] = []

    def line(text: str, x: float = 0.0, align: str = "L") -> None:
        pdf.set_x(pdf.l_margin + x)
        pdf.cell(0, 6, text, align=align, new_x="LMARGIN", new_y="NEXT")
        written.append(text)

    line("Contribution of the Republic of Testland", align="C")
    for text in (
        "Enhanced cooperation lets governments take part in public policy issues on an",
        "equal footing with each other, while every other stakeholder keeps its role.",
    ):
        line(text)
    # Short lines at the left, and lines set far right, one under another, no two at
    # one height; on the next page the same with lines as wide as a column's.
    for k in range(6):
        line(f"- item {k + 1};")
        line(f"note {k + 1} on the item above", x=95)
    line("1) What are the high level characteristics of enhanced cooperation?", align="C")
    line("It should be open, transparent and inclusive.")
    line("Geneva, 5 December 2016", align="R")
    pdf.add_page()
    for k in range(6):
        line(f"- the item number {k + 1} of the list, in words;")
        line(f"a note on the item number {k + 1}, set right", x=95)
    path = tmp_path / "one.pdf"
    pdf.output(str(path))
    lines = [text.strip() for text in pdf_text(path).split("\n") if text.strip()]
    assert lines == written


def test_a_paragraph_flows_from_the_left_column_into_the_right(tmp_path: Path) -> None:
    left = [
        "1) What are the high level characteristics",
        "of enhanced cooperation?",
        "It lets governments take part in public",
        "policy issues on an equal footing, with",
    ]
    right = [
        "every stakeholder in its respective role.",
        "It should report every year to the CSTD",
        "in an open consultation of all the",
        "stakeholders.",
    ]
    path = _page_in_two_columns(tmp_path / "columns.pdf", left, right)
    (paragraph,) = wgec_parse.load(path).questions[0].paragraphs
    assert paragraph.text == " ".join([*left[2:], *right])


def test_a_ruled_table_of_two_wide_columns_is_no_two_columns(tmp_path: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.cell(
        0, 6, "2) What kind of recommendations should we consider?", new_x="LMARGIN", new_y="NEXT"
    )
    rows = [
        (f"Recommendation {k} on the public policy issues", f"Who should act on it, step {k}")
        for k in range(1, 9)
    ]
    with pdf.table(col_widths=(85, 85), line_height=6, first_row_as_headings=False) as table:
        for row in rows:
            table.row(row)
    path = tmp_path / "table.pdf"
    pdf.output(str(path))
    lines = [line for line in pdf_text(path).split("\n") if line]
    assert lines == [
        "2) What kind of recommendations should we consider?",
        *(f"| {a} | {b} |" for a, b in rows),
    ]
