"""load(): .txt, .docx and .pdf originals, picked by content; clear errors on bad files."""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from wgec_parse import InputTooLarge, ReadError, loaders
from wgec_parse.limits import MAX_LIST_NUMBER, MAX_LIST_PREFIX
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
    # python-docx's "List Number" level is lvlText "%1." starting at 1; a table row is
    # one line, its cells between pipes.
    assert docx_text(path).split("\n \n") == [
        "1. first point",
        "2. second point",
        "| left cell | right cell |",
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


def test_a_zip_of_a_version_zipfile_does_not_read_is_a_read_error(tmp_path: Path) -> None:
    # Found by fuzz/fuzz_docx.py: a central directory entry asking for zip version 23.5
    # made zipfile raise NotImplementedError, which escaped as such.
    data = bytearray(make_docx(tmp_path / "good.docx").read_bytes())
    entry = data.index(b"PK\x01\x02")  # the first central directory entry
    data[entry + 6] = 235  # the version needed to extract it
    path = tmp_path / "newer.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(ReadError, match=r"damaged zip archive.*zip file version 23\.5") as info:
        load(path)
    assert info.value.path == str(path)


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
    # A .docx is read with lxml, which the docx extra (python-docx) installs.
    [("lxml.etree", make_docx, "docx"), ("pypdfium2", make_pdf, "pdf")],
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
        "    1.1 Equal footing:",  # each level further in, as Word shows it
        "        (a) first point",
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


# -- hostile .docx: list numbers, level texts, styles, size ---------------------------

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/'
        'styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{NS_R}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    ),
    "word/_rels/document.xml.rels": (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{NS_R}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId2" Type="{NS_R}/numbering" Target="numbering.xml"/>'
        "</Relationships>"
    ),
}
NORMAL = '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'


def word_file(path: Path, body: str, *, styles: str = NORMAL, numbering: str = "") -> Path:
    """A .docx written part by part: any XML, however hostile, as Word would store it."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in PACKAGE.items():
            archive.writestr(name, xml)
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{NS_W}"><w:body>{body}</w:body></w:document>',
        )
        archive.writestr("word/styles.xml", f'<w:styles xmlns:w="{NS_W}">{styles}</w:styles>')
        archive.writestr(
            "word/numbering.xml", f'<w:numbering xmlns:w="{NS_W}">{numbering}</w:numbering>'
        )
    return path


def one_list(fmt: str, *, start: int | str = 1, text: str = "%1)") -> str:
    return (
        f'<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>'
    )


def items(n: int, *, level: int = 0, num_id: int = 7, text: str = "item") -> str:
    return (
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        f"</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
    ) * n


def lines_of(path: Path, **kwargs: int) -> list[str]:
    return docx_text(path, **kwargs).rstrip("\n").split("\n \n")


def test_a_long_lettered_list_shows_word_letters_and_grows_linearly(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    n = 2_000
    path = word_file(tmp_path / "letters.docx", items(n), numbering=one_list("lowerLetter"))
    lines = lines_of(path)
    assert lines[:3] == ["a) item", "b) item", "c) item"]
    assert lines[25:28] == ["z) item", "aa) item", "bb) item"]  # Word repeats past z
    # Item 2 000 is 77 letters in Word; no prefix is built past MAX_LIST_PREFIX.
    assert max(len(line) for line in lines) <= MAX_LIST_PREFIX + len(" item")
    assert lines[-1] == "x" * MAX_LIST_PREFIX + " item"
    assert sum(map(len, lines)) <= n * (MAX_LIST_PREFIX + len(" item"))
    (record,) = caplog.records  # reported once for the list, not once per paragraph
    assert record.levelname == "WARNING"
    assert str(path) in record.getMessage()
    assert f"cut to {MAX_LIST_PREFIX}" in record.getMessage()


def test_a_huge_list_start_is_reported_and_numbered_from_the_limit(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A start of 10**9 would repeat a letter 38 million times for each paragraph.
    numbering = one_list("lowerLetter", start=10**9) + one_list("decimal", start=10**12).replace(
        '"1"', '"2"'
    ).replace('"7"', '"8"')
    path = word_file(tmp_path / "start.docx", items(3) + items(2, num_id=8), numbering=numbering)
    lines = lines_of(path)
    letter = "abcdefghijklmnopqrstuvwxyz"[(MAX_LIST_NUMBER - 1) % 26]
    assert lines[:3] == [
        letter * MAX_LIST_PREFIX + " item",
        chr(ord(letter) + 1) * MAX_LIST_PREFIX + " item",
        chr(ord(letter) + 2) * MAX_LIST_PREFIX + " item",
    ]
    assert lines[3:] == [f"{MAX_LIST_NUMBER}) item", f"{MAX_LIST_NUMBER + 1}) item"]
    messages = [r.getMessage() for r in caplog.records]
    assert f"{path}: list 7 level 1 starts at 1,000,000,000, outside 0 to 1,000,000" in messages[0]
    assert any("list 8 level 1 starts at 1,000,000,000,000" in m for m in messages)


def test_a_33_kb_docx_cannot_become_gigabytes_of_text(tmp_path: Path) -> None:
    # The probe's file: 10**11 in a lettered list (3.8 GB of text before any limit).
    path = word_file(
        tmp_path / "bomb.docx", items(2_000), numbering=one_list("lowerLetter", start=10**11)
    )
    assert path.stat().st_size < 33_000
    text = docx_text(path, max_size=200_000)
    assert len(text) < 2_000 * (MAX_LIST_PREFIX + 10)
    assert load(path, max_size=200_000).source == "docx"


def test_a_level_text_repeating_placeholders_is_cut(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = word_file(
        tmp_path / "lvltext.docx", items(50), numbering=one_list("decimal", text="%1" * 100_000)
    )
    lines = lines_of(path)
    assert lines[0] == "1" * MAX_LIST_PREFIX + " item"
    assert lines[9] == "10" * (MAX_LIST_PREFIX // 2) + " item"
    assert all(len(line) <= MAX_LIST_PREFIX + len(" item") for line in lines)
    assert len(caplog.records) == 1


def test_a_list_level_past_word_s_nine_is_reported_not_indented(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bullets = one_list("bullet", text="o")
    path = word_file(tmp_path / "deep.docx", items(3, level=10**6), numbering=bullets)
    # A bullet is indented four spaces per level: 10**6 levels would be 4 MB a line.
    assert lines_of(path) == ["                                - item"] * 3
    assert "a level 1,000,001" in caplog.records[0].getMessage()


def test_reports_stay_a_few_lines_however_many_lists_go_past_the_limits(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    numbering = "".join(
        one_list("decimal", start=10**12).replace('"1"', f'"{k}"').replace('"7"', f'"{k}"')
        for k in range(100, 300)
    )
    body = "".join(items(1, level=10**6 + k, num_id=100) for k in range(50))
    body += "".join(items(1, num_id=k) for k in range(100, 300))
    path = word_file(tmp_path / "lists.docx", body, numbering=numbering)
    assert len(lines_of(path)) == 250
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 11
    assert messages[-1] == f"{path}: 191 more lists shortened"
    assert "list 100 has a level 1,000,001, outside 1 to 9" in messages[0]  # once


def test_docx_text_stops_as_soon_as_it_passes_max_size(tmp_path: Path) -> None:
    paragraph = "<w:p><w:r><w:t>" + "word " * 20 + "</w:t></w:r></w:p>"
    path = word_file(tmp_path / "long.docx", paragraph * 5_000)  # 500 000 characters
    with pytest.raises(InputTooLarge, match=r"long\.docx: text too large") as info:
        docx_text(path, max_size=10_000)
    # Refused on the paragraph that passed the limit, not after building the whole text.
    assert 10_000 < info.value.size <= 10_000 + 105
    assert info.value.limit == 10_000
    with pytest.raises(InputTooLarge, match=r"long\.docx: text too large"):
        load(path, max_size=10_000)
    assert len(docx_text(path, max_size=None)) == 5_000 * 102 - 2


def _calls(function: Callable[[], object]) -> int:
    """How many Python and C functions a call makes: a measure of work, not of time."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        function()
    finally:
        sys.setprofile(None)
    return count


def many_styles(path: Path, n: int) -> Path:
    styles = NORMAL + "".join(
        f'<w:style w:type="paragraph" w:styleId="S{k}"><w:name w:val="Style {k}"/>'
        '<w:basedOn w:val="Normal"/></w:style>'
        for k in range(n)
    )
    # Half the paragraphs take the default style, half name one.
    own = '<w:pPr><w:pStyle w:val="S{}"/></w:pPr>'
    body = "".join(
        f"<w:p>{'' if k % 2 else own.format(k)}<w:r><w:t>A paragraph of text.</w:t></w:r></w:p>"
        for k in range(n)
    )
    return word_file(path, body, styles=styles)


def test_styles_are_resolved_once_per_document_not_per_paragraph(tmp_path: Path) -> None:
    # python-docx searched every style for each paragraph's default style: 10 000 styles
    # and 10 000 paragraphs took minutes.  Twice the styles and paragraphs must be about
    # twice the work (a scan per paragraph makes it four times).
    small, large = (
        many_styles(tmp_path / "small.docx", 300),
        many_styles(tmp_path / "large.docx", 600),
    )
    docx_text(small)  # imports and caches out of the way
    ratio = _calls(lambda: docx_text(large)) / _calls(lambda: docx_text(small))
    assert ratio < 2.6
    assert lines_of(large) == ["A paragraph of text."] * 600


def test_list_numbering_follows_the_style_chain_and_the_default_style(tmp_path: Path) -> None:
    numbering = one_list("decimal", text="%1.")
    styles = (
        '<w:style w:type="paragraph" w:default="1" w:styleId="Body"><w:name w:val="Body"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Base"><w:name w:val="Base"/>'
        '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Mine"><w:name w:val="Mine"/>'
        '<w:basedOn w:val="Base"/></w:style>'
        '<w:style w:type="character" w:styleId="Char"><w:name w:val="Char"/></w:style>'
    )

    def paragraph(style: str, text: str) -> str:
        return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'

    body = (
        paragraph("Mine", "from the base style")
        + paragraph("Char", "a character style is no paragraph style")
        + paragraph("Missing", "an unknown style is the default")
        + paragraph("Base", "the base itself")
    )
    path = word_file(tmp_path / "chain.docx", body, styles=styles, numbering=numbering)
    assert lines_of(path) == [
        "1. from the base style",
        "a character style is no paragraph style",
        "an unknown style is the default",
        "2. the base itself",
    ]


def test_runs_hyperlinks_breaks_and_tables_in_document_order_nested_tables_included(
    tmp_path: Path,
) -> None:
    # python-docx's reader told cells apart by id() of lxml proxy objects, which are
    # reused once freed: a nested table's cells could be lost.
    run = "<w:r><w:t>{}</w:t></w:r>"
    body = (
        "<w:p>" + run.format("one") + "<w:r><w:tab/><w:t>two</w:t><w:br/><w:t>three</w:t>"
        '<w:br w:type="page"/><w:t>four</w:t><w:noBreakHyphen/><w:t>five</w:t></w:r>'
        '<w:hyperlink><w:r><w:t xml:space="preserve"> linked</w:t></w:r></w:hyperlink></w:p>'
        "<w:tbl><w:tr><w:tc><w:p>" + run.format("cell 1") + "</w:p></w:tc>"
        '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p>'
        + run.format("merged")
        + "</w:p><w:tbl><w:tr><w:tc><w:p>"
        + run.format("nested")
        + "</w:p></w:tc></w:tr>"
        "</w:tbl></w:tc></w:tr><w:tr><w:tc><w:p>" + run.format("cell 2") + "</w:p></w:tc>"
        "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p>"
        + run.format("hidden by the merge")
        + "</w:p></w:tc></w:tr></w:tbl>"
        # A text box inside a run is not part of its paragraph's line: its paragraphs
        # follow that paragraph.
        "<w:p>"
        + run.format("after")
        + "<w:r><w:pict><w:txbxContent><w:p>"
        + run.format("in a text box")
        + "</w:p></w:txbxContent></w:pict></w:r></w:p>"
    )
    path = word_file(tmp_path / "mixed.docx", body)
    assert lines_of(path) == [
        # A tab is a tab; a line break, of a line or a page, starts a new line.
        "one\ttwo\nthree\nfour-five linked",
        # A row is a line; a nested table is part of its cell; the cell that continues
        # a vertical merge is empty (Word shows the text of the first).
        "| cell 1 | merged / nested |",
        "| cell 2 |  |",
        "after",
        "in a text box",
    ]


# -- sniffing ------------------------------------------------------------------------


def test_text_that_mentions_the_pdf_header_is_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"1) What about files?\n1.1 A PDF starts with %PDF-1.7 and a version.\n")
    assert detect(path) == "text"
    document = load(path)
    assert document.source == "text"
    assert document.questions[0].clauses[0].text.endswith("%PDF-1.7 and a version.")


@pytest.mark.parametrize("space", [b"", b"\n", b" \r\n\t", b"\x00\x0c"])
def test_a_pdf_header_may_follow_white_space(tmp_path: Path, space: bytes) -> None:
    path = tmp_path / "scan.bin"
    path.write_bytes(space + b"%PDF-1.4\n garbage")
    assert detect(path) == "pdf"


def test_load_reads_bytes_and_streams_as_it_reads_files(tmp_path: Path) -> None:
    import io

    path = make_docx(tmp_path / "upload.docx")
    data = path.read_bytes()
    from_path = load(path)
    assert load(data) == from_path
    assert load(io.BytesIO(data), name="upload.docx") == from_path
    assert load(data).source == "docx"


def test_load_names_bytes_by_the_name_given(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"^upload\.bin"):
        load(b"PK\x03\x04 not a zip", name="upload.bin")
    with pytest.raises(InputTooLarge, match="<bytes>"):
        load(b"x" * 100, max_size=10)


def test_a_docx_on_standard_input_is_read_as_the_file_is(tmp_path: Path) -> None:
    import subprocess

    path = make_docx(tmp_path / "in.docx")
    command = [sys.executable, "-m", "wgec_parse.cli", "outline"]
    piped = subprocess.run([*command, "-"], input=path.read_bytes(), capture_output=True)
    named = subprocess.run([*command, str(path)], capture_output=True)
    assert piped.returncode == named.returncode == 0, piped.stderr
    assert b"question 1:" in piped.stdout
    assert piped.stdout == named.stdout
