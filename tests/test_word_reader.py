"""The Word reader: a .docx read as Word shows it, with the origin of each line."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest

import wgec_parse
from tests.test_loaders import NORMAL, NS_R, NS_W, PACKAGE, Q1, items, one_list, word_file
from wgec_parse.extraction import Extraction
from wgec_parse.loaders import docx_extraction, docx_text, load
from wgec_parse.markdown import to_markdown
from wgec_parse.nodes import Noise, walk
from wgec_parse.outline import outline

Q2 = (
    "Taking into consideration the work of the previous WGEC and the Tunis Agenda, "
    "particularly paragraphs 69-71, what kind of recommendations should we consider?"
)


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*content: str, props: str = "") -> str:
    return f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{''.join(content)}</w:p>"


def blocks(path: Path) -> list[str]:
    return docx_text(path).rstrip("\n").split("\n \n")


# -- what Word shows in a paragraph -----------------------------------------------------


def test_tracked_changes_are_accepted(tmp_path: Path) -> None:
    body = para(
        run("must be "),
        '<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve">fully inclusive and </w:t></w:r></w:ins>',
        '<w:del w:id="2" w:author="A"><w:r><w:delText xml:space="preserve">closed and </w:delText></w:r></w:del>',
        run("transparent"),
        '<w:moveFrom w:id="3" w:author="A"><w:r><w:t>, moved away</w:t></w:r></w:moveFrom>',
        '<w:moveTo w:id="4" w:author="A"><w:r><w:t>, moved here</w:t></w:r></w:moveTo>',
        run("."),
    )
    path = word_file(tmp_path / "tracked.docx", body)
    assert blocks(path) == ["must be fully inclusive and transparent, moved here."]


def test_a_deleted_paragraph_mark_joins_the_paragraph_to_the_next(tmp_path: Path) -> None:
    deleted_mark = '<w:rPr><w:del w:id="9" w:author="A"/></w:rPr>'
    body = (
        para(run("Cooperation should be "), props=deleted_mark)
        + para(run("open to all."))
        + para(
            '<w:del w:id="8" w:author="A"><w:r><w:delText>gone</w:delText></w:r></w:del>',
            props=deleted_mark,
        )
        + para(run("Next paragraph."))
    )
    extraction = docx_extraction(word_file(tmp_path / "merged.docx", body))
    assert extraction.text == "Cooperation should be open to all.\n \nNext paragraph.\n"
    assert extraction.origins == ("¶1", "", "¶4")


def test_content_controls_fields_links_and_smart_tags_keep_their_text(tmp_path: Path) -> None:
    block_control = (
        "<w:sdt><w:sdtPr><w:alias w:val='Answer'/></w:sdtPr><w:sdtContent>"
        + para(run("A paragraph in a content control."))
        + "</w:sdtContent></w:sdt>"
    )
    body = block_control + para(
        run("Submitted by "),
        "<w:sdt><w:sdtPr/><w:sdtContent>" + run("Testland") + "</w:sdtContent></w:sdt>",
        run(" on "),
        '<w:fldSimple w:instr=" DATE \\@ &quot;d MMMM yyyy&quot; ">'
        + run("5 December 2016")
        + "</w:fldSimple>",
        run(", see "),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org" </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        run("our site"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        run(" and "),
        '<w:hyperlink w:history="1">' + run("the report") + "</w:hyperlink>",
        run(" by "),
        '<w:smartTag w:uri="urn:x" w:element="place">' + run("Geneva") + "</w:smartTag>",
        run("."),
    )
    path = word_file(tmp_path / "controls.docx", body)
    assert blocks(path) == [
        "A paragraph in a content control.",
        "Submitted by Testland on 5 December 2016, see our site and the report by Geneva.",
    ]


def test_tabs_breaks_and_hyphens_as_word_shows_them(tmp_path: Path) -> None:
    body = para(
        run("Name:"),
        "<w:r><w:tab/><w:t>Testland</w:t><w:br/><w:t>Date:</w:t><w:tab/><w:t>2016</w:t>"
        "<w:cr/><w:t>non</w:t><w:noBreakHyphen/><w:t>state co</w:t><w:softHyphen/>"
        "<w:t>operation</w:t></w:r>",
    )
    path = word_file(tmp_path / "breaks.docx", body)
    # A soft hyphen shows only where Word breaks the line.
    assert blocks(path) == ["Name:\tTestland\nDate:\t2016\nnon-state cooperation"]


# -- list numbering ---------------------------------------------------------------------


def level(k: int, fmt: str, text: str, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


@pytest.mark.parametrize(
    ("fmt", "text", "shown"),
    [
        ("decimal", "%1.", ["1.", "2.", "3.", "4."]),
        ("lowerLetter", "%1)", ["a)", "b)", "c)", "d)"]),
        ("upperLetter", "%1.", ["A.", "B.", "C.", "D."]),
        ("lowerRoman", "(%1)", ["(i)", "(ii)", "(iii)", "(iv)"]),
        ("upperRoman", "%1.", ["I.", "II.", "III.", "IV."]),
        ("decimalZero", "%1.", ["01.", "02.", "03.", "04."]),
    ],
)
def test_each_number_format(tmp_path: Path, fmt: str, text: str, shown: list[str]) -> None:
    path = word_file(tmp_path / "fmt.docx", items(4), numbering=one_list(fmt, text=text))
    assert blocks(path) == [f"{number} item" for number in shown]


def test_multilevel_patterns_legal_numbers_and_restarts(tmp_path: Path) -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="1">'
        + level(0, "upperRoman", "%1.")
        + level(1, "decimal", "%1.%2.")
        + level(2, "lowerLetter", "%1.%2.%3", "<w:isLgl/>")
        # Level 4 never restarts: it counts on across the whole list.
        + level(3, "decimal", "(%4)", '<w:lvlRestart w:val="0"/>')
        + "</w:abstractNum>"
        + '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        + '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        # "Restart numbering": a new list instance starting the first level again at 1.
        + '<w:num w:numId="3"><w:abstractNumId w:val="1"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    body = (
        items(1, level=0, num_id=1, text="one")
        + items(2, level=1, num_id=1, text="sub")
        + items(1, level=2, num_id=1, text="legal")
        + items(1, level=3, num_id=1, text="counted")
        + items(1, level=0, num_id=2, text="two")  # another instance of the same list
        + items(1, level=1, num_id=2, text="restarted")
        + items(1, level=3, num_id=2, text="counted on")
        + items(1, level=0, num_id=3, text="again")
    )
    path = word_file(tmp_path / "multi.docx", body, numbering=numbering)
    assert blocks(path) == [
        "I. one",
        "    I.1. sub",
        "    I.2. sub",
        "        1.2.1 legal",
        "            (1) counted",
        "II. two",
        "    II.1. restarted",
        "            (2) counted on",
        "I. again",
    ]


def test_word_s_own_list_styles_number_and_nest_as_word_shows(tmp_path: Path) -> None:
    document = docx.Document()
    for text, style in [
        ("first", "List Number"),
        ("second", "List Number"),
        ("under second, first", "List Number 2"),
        ("under second, second", "List Number 2"),
        ("under second, third", "List Number 2"),
        ("third", "List Number"),
        ("a bullet", "List Bullet"),
        ("a sub-bullet", "List Bullet 2"),
        ("a sub-sub-bullet", "List Bullet 3"),
    ]:
        document.add_paragraph(text, style=style)
    path = tmp_path / "styles.docx"
    document.save(str(path))
    # Each of Word's list styles has a list of its own, whose first level it uses:
    # "List Number 2" shows 1. 2. 3. (indented by Word), never a bullet.
    assert blocks(path) == [
        "1. first",
        "2. second",
        "    1. under second, first",
        "    2. under second, second",
        "    3. under second, third",
        "3. third",
        "• a bullet",
        "    - a sub-bullet",
        "        - a sub-sub-bullet",
    ]


def test_a_heading_style_numbered_by_its_list(tmp_path: Path) -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="4">'
        + level(0, "decimal", "%1)")
        + '</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="4"/></w:num>'
    )
    styles = NORMAL + (
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr>'
        '<w:outlineLvl w:val="0"/></w:pPr></w:style>'
    )
    heading = '<w:pStyle w:val="Heading1"/>'
    body = (
        para(run(Q1), props=heading)
        + para(run("Inclusive and transparent."))
        + para(run(Q2), props=heading)
        + para(run("A forum."))
    )
    path = word_file(tmp_path / "headings.docx", body, styles=styles, numbering=numbering)
    assert blocks(path) == [f"1) {Q1}", "Inclusive and transparent.", f"2) {Q2}", "A forum."]
    assert [q.title for q in load(path).questions] == [Q1, Q2]


def test_heading_styled_questions_are_question_headings(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Submission of the Republic of Testland", style="Title")
    document.add_paragraph("Introduction", style="Heading 1")
    document.add_paragraph("We welcome the work of the group.")
    document.add_paragraph(Q1, style="Heading 1")
    document.add_paragraph("Cooperation must be inclusive.")
    document.add_paragraph(Q2, style="Heading 1")
    document.add_paragraph("A forum for all stakeholders.")
    path = tmp_path / "headings.docx"
    document.save(str(path))
    assert outline(load(path), text=True, width=200) == (
        "front\n"
        "  paragraph: Submission of the Republic of Testland\n"
        "  paragraph: Introduction\n"
        "  paragraph: We welcome the work of the group.\n"
        f"question 1: {Q1}\n"
        "  paragraph: Cooperation must be inclusive.\n"
        f"question 2: {Q2}\n"
        "  paragraph: A forum for all stakeholders.\n"
    )


# -- tables -----------------------------------------------------------------------------


def test_a_table_is_rows_of_cells_and_its_numbers_are_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(f"1. {Q1}")
    document.add_paragraph("Submissions received:")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [("Year", "Submissions", "Share | %"), ("2016", "29", "45"), ("2017", "12", "3")]
    ):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 0).add_paragraph("(first year)")
    document.add_paragraph("After the table.")
    path = tmp_path / "table.docx"
    document.save(str(path))
    extraction = docx_extraction(path)
    assert extraction.text.split("\n \n") == [
        f"1. {Q1}",
        "Submissions received:",
        "| Year | Submissions | Share \\| % |",
        "| 2016 / (first year) | 29 | 45 |",
        "| 2017 | 12 | 3 |",
        "After the table.\n",
    ]
    assert [o for o in extraction.origins if o] == [
        "¶1", "¶2", "table 1 r1", "table 1 r2", "table 1 r3", "¶3",
    ]  # fmt: skip
    parsed = load(path)
    shown = outline(parsed, text=True, width=200)
    assert "noise" not in shown
    # The rows are one table (no delimiter row: no header), its numbers text.
    assert "  table 3x3: Year | Submissions | Share \\| %\n" in shown
    (table,) = parsed.questions[0].tables
    assert table.rows[1] == ("2016 / (first year)", "29", "45")
    assert table.rows[0][2] == "Share | %"
    # Markdown shows the rows as a table, the "|" inside a cell kept escaped.
    shown = to_markdown(parsed)
    assert "| Year | Submissions | Share \\| % |\n| --- | --- | --- |\n" in shown
    assert "| 2017 | 12 | 3 |" in shown


# -- notes, headers and footers ---------------------------------------------------------


def word_file_with_parts(path: Path, body: str, parts: dict[str, str]) -> Path:
    """A .docx with more parts (footnotes, endnotes, headers...), related to the body."""
    word_file(path, body)
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    rels = "".join(
        f'<Relationship Id="rX{k}" Type="{NS_R}/{name.split("/")[-1].rstrip("0123456789.xml") or name}" Target="{name.removeprefix("word/")}"/>'
        for k, name in enumerate(parts)
    )
    files["word/_rels/document.xml.rels"] = (
        PACKAGE["word/_rels/document.xml.rels"]
        .replace("</Relationships>", rels + "</Relationships>")
        .encode()
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return path


def notes_part(kind: str, notes: dict[int, str]) -> str:
    separators = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
    )
    return (
        f'<w:{kind}s xmlns:w="{NS_W}">{separators}'
        + "".join(
            f'<w:{kind} w:id="{k}"><w:p><w:r><w:{kind}Ref/></w:r>{run(" " + text)}</w:p></w:{kind}>'
            for k, text in notes.items()
        )
        + f"</w:{kind}s>"
    )


def test_footnotes_and_endnotes_follow_the_body_headers_and_footers_stay_out(
    tmp_path: Path,
) -> None:
    def ref(kind: str, k: int) -> str:
        return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:{kind}Reference w:id="{k}"/></w:r>'

    body = (
        para(
            run("Paragraphs 69-71"),
            ref("footnote", 5),
            # A mark of the author's: shown as written, taking no number.
            '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="6"/><w:t>*</w:t></w:r>',
            run(" of the Tunis Agenda"),
            ref("footnote", 2),
            run("."),
        )
        + para(run("See the report"), ref("endnote", 3), run("."))
        + "<w:sectPr/>"
    )
    parts = {
        "word/footnotes.xml": notes_part(
            "footnote", {2: "Second note.", 5: "Tunis Agenda, 2005.", 6: "The author's own mark."}
        ),
        "word/endnotes.xml": notes_part("endnote", {3: "E/CN.16/2017."}),
        "word/header1.xml": f'<w:hdr xmlns:w="{NS_W}">{para(run("RUNNING HEADER"))}</w:hdr>',
        "word/footer1.xml": f'<w:ftr xmlns:w="{NS_W}">{para(run("Page 1"))}</w:ftr>',
    }
    path = word_file_with_parts(tmp_path / "notes.docx", body, parts)
    extraction = docx_extraction(path)
    # Footnotes are numbered in the order the text refers to them; endnotes i, ii, iii.
    assert extraction.text == (
        "Paragraphs 69-71[1]* of the Tunis Agenda[2].\n \nSee the report[i].\n \n"
        "__________\n \n"  # the notes under a separator rule, as Word draws them
        "[1] Tunis Agenda, 2005.\n \n[*] The author's own mark.\n \n[2] Second note.\n \n"
        "[i] E/CN.16/2017.\n"
    )
    assert [o for o in extraction.origins if o] == [
        "¶1", "¶2", "notes", "note 1", "note *", "note 2", "note i",
    ]  # fmt: skip
    # The parser reads the notes as notes at the foot of the text: noise, not the
    # text of the paragraph before them.
    document = wgec_parse.parse(extraction.text)
    noise = [n.text for n, _ in walk(document) if isinstance(n, Noise)]
    assert noise == [
        "__________", "[1] Tunis Agenda, 2005.", "[*] The author's own mark.",
        "[2] Second note.", "[i] E/CN.16/2017.",
    ]  # fmt: skip


# -- origins ----------------------------------------------------------------------------


def test_origins_count_body_paragraphs_empty_ones_included(tmp_path: Path) -> None:
    cell = "<w:tc><w:p>{}</w:p></w:tc>"
    body = (
        para(run("one"))
        + para()  # an empty paragraph is still ¶2
        + para(run("three"), "<w:r><w:br/></w:r>", run("three, second line"))
        + "<w:tbl><w:tr>"
        + cell.format(run("a"))
        + cell.format(run("b"))
        + "</w:tr>"
        + "<w:tr>"
        + cell.format("")
        + cell.format("")
        + "</w:tr>"  # an empty row: r2
        + "<w:tr>"
        + cell.format(run("c"))
        + cell.format(run("d"))
        + "</w:tr></w:tbl>"
        + "<w:tbl><w:tr>"
        + cell.format(run("a box of one cell"))
        + "</w:tr></w:tbl>"
        + para(run("four"))
    )
    extraction = docx_extraction(word_file(tmp_path / "origins.docx", body))
    assert extraction.lines() == [
        ("¶1", "one"),
        ("", " "),
        ("¶3", "three"),
        ("¶3", "three, second line"),
        ("", " "),
        ("table 1 r1", "| a | b |"),
        ("", " "),
        ("table 1 r3", "| c | d |"),
        ("", " "),
        ("table 2 r1", "a box of one cell"),
        ("", " "),
        ("¶4", "four"),
    ]


def test_docx_extraction_reads_bytes_and_streams(tmp_path: Path) -> None:
    import io

    path = word_file(tmp_path / "one.docx", para(run("one")))
    from_path = docx_extraction(path)
    assert docx_extraction(path.read_bytes()) == from_path
    assert docx_extraction(io.BytesIO(path.read_bytes())) == from_path
    assert from_path == Extraction("one\n", ("¶1",))


def test_an_extraction_needs_one_origin_per_line() -> None:
    with pytest.raises(ValueError, match="1 origins for 2 lines"):
        Extraction("one\ntwo\n", ("¶1",))


def test_styles_of_other_kinds_read_as_the_default_style_whatever_their_form(
    tmp_path: Path,
) -> None:
    # Table and character styles are left out before the styles part is parsed: an
    # empty one (<w:style .../>), one with content, and one in single quotes.
    styles = (
        NORMAL
        + '<w:style w:type="table" w:styleId="Grid"/>'
        + "<w:style w:type='character' w:styleId='Strong'><w:name w:val='Strong'/>"
        '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>'
        + '<w:style w:styleId="Numbered"><w:name w:val="Numbered"/>'
        '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>'
        + '<w:style w:type="table" w:styleId="Plain"><w:tblPr/></w:style>'
    )

    def styled(style: str, text: str) -> str:
        return para(run(text), props=f'<w:pStyle w:val="{style}"/>')

    body = (
        styled("Numbered", "numbered by its style")
        + styled("Grid", "a table style: the default")
        + styled("Strong", "a character style: the default")
        + styled("Numbered", "numbered again")
    )
    path = word_file(tmp_path / "kinds.docx", body, styles=styles, numbering=one_list("decimal"))
    assert blocks(path) == [
        "1) numbered by its style",
        "a table style: the default",
        "a character style: the default",
        "2) numbered again",
    ]


def test_latent_styles_and_defaults_do_not_change_the_lists(tmp_path: Path) -> None:
    styles = (
        '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault>'
        "</w:docDefaults>"
        '<w:latentStyles w:count="2"><w:lsdException w:name="List Number"/>'
        "</w:latentStyles><w:latentStyles/>"
        + NORMAL
        + '<w:style w:styleId="Numbered"><w:name w:val="Numbered"/><w:rPr><w:b/>'
        '<w:rPrChange w:id="1" w:author="A"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr>'
        '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>'
    )
    body = para(run("numbered"), props='<w:pStyle w:val="Numbered"/>') + para(run("plain"))
    path = word_file(tmp_path / "latent.docx", body, styles=styles, numbering=one_list("decimal"))
    assert blocks(path) == ["1) numbered", "plain"]


def test_notes_count_against_the_size_limit_as_they_are_read(tmp_path: Path) -> None:
    from wgec_parse import InputTooLarge

    # Notes no paragraph refers to are never shown, but they are read: a notes part
    # too large for max_size is refused while it is read, not held whole.
    notes = dict.fromkeys(range(1, 50), "word " * 200)
    path = word_file_with_parts(
        tmp_path / "big_notes.docx",
        para(run("short body")),
        {"word/footnotes.xml": notes_part("footnote", notes)},
    )
    with pytest.raises(InputTooLarge, match=r"big_notes\.docx: text too large"):
        docx_text(path, max_size=5_000)
    assert docx_text(path, max_size=60_000) == "short body\n"


def test_a_list_style_numbers_the_lists_that_refer_to_it(tmp_path: Path) -> None:
    # Word's list styles: the abstract list of the paragraphs only names the style
    # (numStyleLink); the levels are in the abstract list that defines it (styleLink).
    numbering = (
        '<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Articles"/></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="2"><w:styleLink w:val="Articles"/>'
        + level(0, "upperRoman", "Article %1.")
        + level(1, "lowerLetter", "%2)")
        + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
    )
    body = items(1, num_id=1, text="first") + items(2, level=1, num_id=1, text="point")
    path = word_file(tmp_path / "list_style.docx", body, numbering=numbering)
    assert blocks(path) == ["Article I. first", "    a) point", "    b) point"]


# -- the body read as a stream, a chunk at a time ----------------------------------------


def streamed_body() -> str:
    deleted_mark = '<w:rPr><w:del w:id="9" w:author="A"/></w:rPr>'
    cell = "<w:tc>{}</w:tc>"
    return (
        para(run("First paragraph."))
        + "<w:sdt><w:sdtPr/><w:sdtContent>"
        + para(run("In a control."))
        + "<w:tbl><w:tblPr/>"
        + "<w:tr>" + cell.format(para(run("a"))) + cell.format(para(run("b"))) + "</w:tr>"
        + "<w:tr>" + cell.format(para(run("c"))) + cell.format(para(run("d"))) + "</w:tr>"
        + "</w:tbl></w:sdtContent></w:sdt>"
        + para(run("Runs on "), props=deleted_mark)
        + para(run("into this one."))
        + "<w:tbl><w:tr>" + cell.format(para(run("Box one.")) + para(run("Box two."))) + "</w:tr></w:tbl>"
        + para(run("Tab"), "<w:r><w:tab/><w:t>after</w:t><w:br/><w:t>next line</w:t></w:r>")
    )  # fmt: skip


@pytest.mark.parametrize("chunk", [1, 5, 97, 1 << 16])
def test_the_body_reads_the_same_whatever_the_chunks_it_is_parsed_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    from wgec_parse import docx as word_reader

    monkeypatch.setattr(word_reader, "_CHUNK", chunk)
    extraction = docx_extraction(word_file(tmp_path / "streamed.docx", streamed_body()))
    assert extraction.text == (
        "First paragraph.\n \nIn a control.\n \n| a | b |\n \n| c | d |\n \n"
        "Runs on into this one.\n \nBox one.\n \nBox two.\n \nTab\tafter\nnext line\n"
    )
    assert extraction.origins == (
        "¶1", "", "¶2", "", "table 1 r1", "", "table 1 r2", "", "¶3", "",
        "table 2 r1", "", "table 2 r1", "", "¶5", "¶5",
    )  # fmt: skip


def test_paragraphs_are_dropped_once_read_inside_a_control_around_the_whole_body(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wgec_parse import docx as word_reader

    # One content control holds all 400 paragraphs: they are read as each chunk of the
    # XML completes them, and dropped, so the tree never holds more than a few of them.
    monkeypatch.setattr(word_reader, "_CHUNK", 256)
    held: list[int] = []
    read = word_reader._Body._paragraph

    def counting(self: Any, paragraph: Any) -> None:
        held.append(len(paragraph.getparent()))
        read(self, paragraph)

    monkeypatch.setattr(word_reader._Body, "_paragraph", counting)
    body = "<w:sdt><w:sdtContent>" + para(run("word")) * 400 + "</w:sdtContent></w:sdt>"
    assert blocks(word_file(tmp_path / "control.docx", body)) == ["word"] * 400
    assert len(held) == 400
    assert max(held) <= 20


def test_text_word_shows_around_runs_of_other_kinds(tmp_path: Path) -> None:
    # A run's hyphen, a text box in a drawing (not in the paragraph's line: its own
    # block after it), page break marks and bookmarks, then a hyperlink: the
    # paragraph's text as Word shows it.
    body = para(
        run("Co"),
        "<w:r><w:noBreakHyphen/><w:t>operation</w:t><w:lastRenderedPageBreak/></w:r>",
        "<w:r><w:drawing><w:txbxContent>"
        + para(run("TEXT BOX"))
        + "</w:txbxContent></w:drawing></w:r>",
        '<w:bookmarkStart w:id="0" w:name="here"/><w:bookmarkEnd w:id="0"/>',
        run(" works, see "),
        '<w:hyperlink w:anchor="report">' + run("the report") + "</w:hyperlink>",
        run("."),
    )
    assert blocks(word_file(tmp_path / "kinds.docx", body)) == [
        "Co-operation works, see the report.",
        "TEXT BOX",
    ]


# -- hidden text, text boxes and outline levels ----------------------------------------


def test_hidden_text_is_left_out_as_word_shows_the_page(tmp_path: Path) -> None:
    hidden = '<w:r><w:rPr><w:b/><w:vanish/></w:rPr><w:t xml:space="preserve">secret </w:t></w:r>'
    shown = '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve">open </w:t></w:r>'
    link = f'<w:hyperlink w:anchor="x">{hidden}</w:hyperlink>'  # read by the full walk
    body = para(run("Shown "), hidden, shown, link, run("text."))
    path = word_file(tmp_path / "hidden.docx", body)
    assert blocks(path) == ["Shown open text."]


_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_V = "urn:schemas-microsoft-com:vml"


def _text_box(*paragraphs: str) -> str:
    inner = "".join(para(run(text)) for text in paragraphs)
    box = f"<w:txbxContent>{inner}</w:txbxContent>"
    return (
        f'<w:r><mc:AlternateContent xmlns:mc="{_MC}">'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="urn:wps">{box}'
        "</wps:txbx></w:drawing></mc:Choice>"
        f'<mc:Fallback><w:pict><v:textbox xmlns:v="{_V}">{box}</v:textbox></w:pict>'
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_a_text_box_s_paragraphs_follow_the_paragraph_that_anchors_it(tmp_path: Path) -> None:
    body = para(run("Our answers follow."), _text_box("Key message:", "Keep it open.")) + para(
        run("Last paragraph.")
    )
    path = word_file(tmp_path / "box.docx", body)
    assert blocks(path) == [
        "Our answers follow.",
        "Key message:",
        "Keep it open.",
        "Last paragraph.",
    ]
    origins = [origin for origin in docx_extraction(path).origins if origin]
    assert origins == ["¶1", "¶1 box", "¶1 box", "¶2"]


def test_a_paragraph_s_own_outline_level_makes_it_a_heading(tmp_path: Path) -> None:
    level = '<w:outlineLvl w:val="0"/>'
    body_level = '<w:outlineLvl w:val="9"/>'
    body = (
        para(run("Contribution of the Example Forum"), props=body_level)
        + para(run("What are the high level characteristics?"), props=level)
        + para(run("Governments act on an equal footing."))
        + para(run("What kind of recommendations should we consider?"), props=level)
        + para(run("Map the existing mechanisms."))
    )
    path = word_file(tmp_path / "outline.docx", body)
    assert docx_extraction(path).heading_lines() == (3, 7)
    assert len(load(path).questions) == 2
