"""load(): .txt, .docx and .pdf originals, picked by content; clear errors on bad files."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from wgec_parse import InputTooLarge, ReadError, loaders
from wgec_parse.loaders import MissingExtraError, detect, docx_text, load
from wgec_parse.outline import outline

Q1 = "What are the high level characteristics of enhanced cooperation?"
Q2 = "Taking into consideration the work of the previous WGEC, what kind of recommendations should we consider?"

# The outline both originals below must give: a field, two questions, clauses, and
# bullets nested one level under the first clause.
EXPECTED = f"""\
front
  field Submitted by: Republic of Testland
question 1: {Q1}
  paragraph: Our answer has two parts.
  clause 1.1: Governments should act together:
    bullet {{top}}: on equal footing
      bullet {{sub}}: in international fora
      bullet {{sub}}: with all stakeholders
    bullet {{top}}: within their mandates
  clause 1.2: Cooperation should be open.
question 2: {Q2}
  clause 2.1: Map the existing mechanisms.
"""


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Submitted by: Republic of Testland")
    document.add_paragraph(f"1) {Q1}")
    document.add_paragraph("Our answer has two parts.")
    document.add_paragraph("")  # an empty Word paragraph is no text at all
    document.add_paragraph("1.1 Governments should act together:")
    document.add_paragraph("on equal footing", style="List Bullet")
    document.add_paragraph("in international fora", style="List Bullet 2")
    document.add_paragraph("with all stakeholders", style="List Bullet 2")
    document.add_paragraph("within their mandates", style="List Bullet")
    document.add_paragraph("1.2 Cooperation should be open.")
    document.add_paragraph(f"2) {Q2}")
    document.add_paragraph("2.1 Map the existing mechanisms.")
    document.save(str(path))
    return path


def make_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    lines = [
        (10, "Submitted by: Republic of Testland"),
        (10, f"1) {Q1}"),
        (10, "Our answer has two parts."),
        (10, "1.1 Governments should act together:"),
        (16, "- on equal footing"),
        (26, "o in international fora"),
        (26, "o with all stakeholders"),
        (16, "- within their mandates"),
        (10, "1.2 Cooperation should be open."),
    ]
    for x, text in lines:
        pdf.set_x(x)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()  # the second question on a page of its own
    pdf.set_font("helvetica", size=10)
    # Q2 is too long for one line of the page: it wraps, as in real files.
    pdf.multi_cell(0, 6, f"2) {Q2}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "2.1 Map the existing mechanisms.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_docx_parses_to_the_outline_of_what_was_written(tmp_path: Path) -> None:
    document = load(make_docx(tmp_path / "sub.docx"))
    assert outline(document, text=True, width=200) == EXPECTED.format(top="•", sub="-")
    assert (document.source, document.encoding) == ("docx", None)


def test_pdf_parses_to_the_outline_of_what_was_written(tmp_path: Path) -> None:
    document = load(make_pdf(tmp_path / "sub.pdf"))
    # Line 10 is the form feed between the two pages: noise inside the open clause.
    expected = EXPECTED.format(top="-", sub="o").replace("be open.\n", "be open.\n    noise 10\n")
    assert outline(document, text=True, width=200) == expected
    assert (document.source, document.encoding) == ("pdf", None)


def test_docx_numbered_lists_keep_the_number_word_shows(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("first point", style="List Number")
    document.add_paragraph("second point", style="List Number")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "left cell"
    table.cell(0, 1).text = "right cell"
    document.add_paragraph("after the table")
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    # python-docx's "List Number" level is lvlText "%1." starting at 1.
    assert docx_text(path).split("\n \n") == [
        "1. first point",
        "2. second point",
        "left cell",
        "right cell",
        "after the table\n",
    ]


def test_the_extractor_is_chosen_by_content_not_by_name(tmp_path: Path) -> None:
    text_named_docx = tmp_path / "really_text.docx"
    text_named_docx.write_bytes(f"1) {Q1}\n1.1 One clause.\n".encode("cp1252"))
    docx_named_txt = make_docx(tmp_path / "really_docx.txt")
    pdf_named_bin = make_pdf(tmp_path / "really_pdf.bin")
    assert detect(text_named_docx) == "text"
    assert detect(docx_named_txt) == "docx"
    assert detect(pdf_named_bin) == "pdf"
    as_text = load(text_named_docx)
    assert (as_text.source, as_text.encoding) == ("text", "utf-8")
    assert [c.number for c in as_text.questions[0].clauses] == ["1.1"]
    assert load(docx_named_txt).source == "docx"


def test_text_files_keep_their_encoding(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    # UTF-16 with a byte order mark: an encoding no extractor but the text one reports.
    path.write_bytes(
        "1) What are the high level characteristics?\n1.1 Café société.\n".encode("utf-16")
    )
    document = load(path)
    assert (document.source, document.encoding) == ("text", "utf-16-le")
    assert document.questions[0].clauses[0].text == "Café société."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04 this is not really a zip", "damaged zip archive"),
        (b"%PDF-1.7\n garbage, no objects, no trailer", "not a readable PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "legacy binary Word .doc"),
        (b"\x00\x01\x02\xff\xfe binary", "binary data"),
    ],
)
def test_damaged_files_raise_read_error_naming_the_file(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=message) as info:
        load(path)
    assert info.value.path == str(path)
    assert str(path) in str(info.value)


def test_a_zip_that_is_not_a_docx_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ReadError, match=r"without word/document\.xml"):
        load(path)


def test_a_docx_with_broken_xml_is_a_read_error(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx")
    bad = tmp_path / "broken.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]  # cut off in the middle of an element
            dst.writestr(item, data)
    with pytest.raises(ReadError, match=r"not a readable \.docx"):
        load(bad)


def test_missing_files_and_directories(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        load(tmp_path / "absent.pdf")
    with pytest.raises(ReadError, match="is a directory"):
        load(tmp_path)


@pytest.mark.parametrize(
    ("module", "maker", "extra"),
    [("docx", make_docx, "docx"), ("pypdf", make_pdf, "pdf")],
)
def test_a_missing_extra_says_which_pip_line_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, maker: object, extra: str
) -> None:
    assert callable(maker)
    path = maker(tmp_path / f"sub.{extra}")
    # None in sys.modules makes `import module` raise ImportError, as when not installed.
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(MissingExtraError) as info:
        load(path)
    assert f"pip install 'wgec-parse[{extra}]'" in str(info.value)
    assert isinstance(info.value, ReadError)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_docx_multilevel_numbering_gives_headings_clauses_and_bullets(tmp_path: Path) -> None:
    from docx.oxml import parse_xml

    document = docx.Document()
    # A multi-level list as Word writes one: "1)", "1.1", "(a)", then a bullet level.
    numbering = document.part.numbering_part.element
    numbering.append(
        parse_xml(
            f"""<w:abstractNum {W} w:abstractNumId="90">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>
            <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
            </w:abstractNum>"""
        )
    )
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def item(text: str, level: int) -> None:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
        )

    item(Q1, 0)
    item("Equal footing:", 1)
    item("first point", 2)
    item("second point", 2)
    item("Openness.", 1)
    item(Q2, 0)
    item("Map the mechanisms:", 1)  # level 1 restarts under the second heading
    item("a detail", 3)
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    assert docx_text(path).split("\n \n")[:3] == [
        f"1) {Q1}",
        "1.1 Equal footing:",
        "(a) first point",
    ]
    assert outline(load(path), text=True, width=200) == (
        f"question 1: {Q1}\n"
        "  clause 1.1: Equal footing:\n"
        "    clause a: first point\n"
        "    clause b: second point\n"
        "  clause 1.2: Openness.\n"
        f"question 2: {Q2}\n"
        "  clause 2.1: Map the mechanisms:\n"
        "    bullet -: a detail\n"
    )


@pytest.mark.parametrize(
    ("limit", "what"),
    [("DOCX_XML_LIMIT", "word/document.xml too large"), ("DOCX_TOTAL_LIMIT", "unzipped too large")],
)
def test_a_docx_that_unzips_too_large_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str, what: str
) -> None:
    path = make_docx(tmp_path / "sub.docx")
    with zipfile.ZipFile(path) as archive:
        declared = archive.getinfo("word/document.xml").file_size
    monkeypatch.setattr(loaders, limit, declared - 1)
    with pytest.raises(InputTooLarge, match=what) as info:
        load(path)
    assert info.value.limit == declared - 1
    assert str(path) in str(info.value)
