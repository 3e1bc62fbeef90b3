"""Legacy encodings and UTF-16 without a byte order mark: each fixture of
fixtures/encodings/ reads as its UTF-8 original, with the right encoding recorded; and
the two encoding rules speak of the encoding the file was really read in."""

from __future__ import annotations

import io
import sys

import pytest

import wgec_parse
from wgec_parse import ReadError
from wgec_parse.charsets import LOW_CONFIDENCE, guess_legacy, utf16_without_bom
from wgec_parse.cli import main
from wgec_parse.reading import Decoded, decode, decode_detected
from wgec_parse.validation import validate

from .conftest import FIXTURES

ENCODINGS = FIXTURES / "encodings"
ROWS = [
    line.split("\t") for line in (ENCODINGS / "expected.tsv").read_text("utf-8").splitlines()[1:]
]
NAMES = [name for name, _, _ in ROWS]
EXPECTED = {name: (encoding, guess) for name, encoding, guess in ROWS}


def _original(name: str) -> str:
    return (ENCODINGS / f"{name}.utf8.txt").read_bytes().decode("utf-8")


def test_every_encoding_of_the_issue_has_a_fixture() -> None:
    wanted = {f"cp{n}" for n in range(1250, 1259)} | {
        "koi8-r",
        "gbk",
        "gb18030",
        "big5",
        "shift_jis",
        "mac-roman",
        "utf-16-le",
        "utf-16-be",
    }
    assert {encoding for encoding, _ in EXPECTED.values()} == wanted
    for name in NAMES:
        assert (ENCODINGS / f"{name}.encoded").is_file(), name


@pytest.mark.parametrize("name", NAMES)
def test_fixture_decodes_to_its_original_with_its_encoding(name: str) -> None:
    data = (ENCODINGS / f"{name}.encoded").read_bytes()
    original = _original(name)
    encoding, guess = EXPECTED[name]
    assert original.encode(encoding) == data  # the fixture is what it says it is
    decoded = decode_detected(data, name)
    assert (decoded.text, decoded.encoding, decoded.detected) == (original, encoding, True)
    if guess == "clear":
        assert decoded.confidence >= LOW_CONFIDENCE
    else:
        assert decoded.confidence < LOW_CONFIDENCE
    assert decode(data, name) == (original, encoding)


@pytest.mark.parametrize("name", NAMES)
def test_loaded_fixture_records_its_encoding_and_renders_back_to_its_bytes(name: str) -> None:
    path = ENCODINGS / f"{name}.encoded"
    document = wgec_parse.load(path)
    encoding, _ = EXPECTED[name]
    assert document.encoding == encoding
    assert wgec_parse.render(document) == _original(name)
    assert wgec_parse.render(document).encode(encoding) == path.read_bytes()
    assert wgec_parse.parse_file(path).encoding == encoding


def test_questions_are_found_in_the_decoded_text() -> None:
    document = wgec_parse.load(ENCODINGS / "ar_cp1256.encoded")
    assert [q.number for q in document.questions] == ["1", "2"]
    assert document.questions[0].title.startswith("ما هي الخصائص")
    assert [c.number for c in document.questions[1].clauses] == ["2.1", "2.2", "2.3"]


def test_utf8_and_byte_order_marks_are_stated_not_detected() -> None:
    text = "1) Quelles sont les caractéristiques ?\n"
    assert decode_detected(text.encode("utf-8")) == Decoded(text, "utf-8", 1.0, False)
    marked = b"\xff\xfe" + text.encode("utf-16-le")
    assert decode_detected(marked) == Decoded("\ufeff" + text, "utf-16-le", 1.0, False)


def test_decoded_is_frozen() -> None:
    decoded = decode_detected(b"abc")
    with pytest.raises(AttributeError):
        decoded.text = "x"  # type: ignore[misc]


# -- UTF-16 without a byte order mark, and binary data --------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_told_by_its_nul_bytes(encoding: str) -> None:
    text = "1) Каковы основные характеристики? 加强合作\n2) What kind of recommendations?\n"
    assert utf16_without_bom(text.encode(encoding)) == encoding
    assert decode(text.encode(encoding)) == (text, encoding)


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\xff\xfe\x81" * 10,  # NULs on one side, but control characters
        b"\x00\xff\x81\x98" * 50,  # NULs on one side, but no ASCII text in the pairs
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",  # NULs on both sides
        "odd length".encode("utf-16-le") + b"x",
    ],
)
def test_binary_data_is_not_taken_for_utf16(data: bytes) -> None:
    assert utf16_without_bom(data) is None
    with pytest.raises(ReadError, match="binary data"):
        decode(data, "blob.bin")


# -- what no code page reads, or two read alike ---------------------------------------


def test_bytes_read_equally_well_in_several_code_pages_are_refused_naming_them() -> None:
    # Two stray bytes in English: Arabic "پک" or Japanese "§"; nothing tells which, so
    # nothing is guessed.
    with pytest.raises(ReadError) as info:
        decode(b"1) What?\n\nText \x81\x98 here\n", "stray.txt")
    assert str(info.value) == (
        "stray.txt:3: not UTF-8 (invalid start byte), and cp1256 and shift_jis read it "
        "equally well: save it as UTF-8"
    )


def test_arabic_is_not_read_as_cyrillic() -> None:
    # The issue's case: Arabic in cp1256 came out as Cyrillic cp1251, without a warning.
    text = "1) ما هي الخصائص الرفيعة المستوى للتعاون المعزز؟\n"
    guess = guess_legacy(text.encode("cp1256"))
    assert guess is not None
    assert (guess.text, guess.encoding) == (text, "cp1256")


def test_russian_in_cp1251_and_koi8_r_are_told_apart_by_letter_case() -> None:
    text = "Вопрос 1. Каковы основные характеристики расширенного сотрудничества?\n"
    assert decode(text.encode("cp1251")) == (text, "cp1251")
    assert decode(text.encode("koi8-r")) == (text, "koi8-r")


# -- encoding-damage never blames the wrong encoding ----------------------------------


def _findings(document: wgec_parse.Document, code: str) -> list[str]:
    return [d.message for d in validate(document, select=[code])]


@pytest.mark.parametrize("name", NAMES)
def test_cleanly_decoded_fixtures_have_no_encoding_damage(name: str) -> None:
    assert _findings(wgec_parse.load(ENCODINGS / f"{name}.encoded"), "encoding-damage") == []


def test_letters_of_another_code_page_are_never_taken_for_utf8() -> None:
    # "المبدأ؟" in Windows-1256 holds the bytes C3 BF, UTF-8 for "ÿ"; "Г©" in
    # Windows-1251 the bytes of "é".  Those files were read in their own code page.
    for text, encoding in [
        ("1) ما هو المبدأ؟ ما هي الخصائص الرفيعة المستوى للتعاون المعزز؟\n", "cp1256"),
        ("1) Каковы основные характеристики?\n1.1 Проект «Г©tude» в рамках сети\n", "cp1251"),
    ]:
        document = wgec_parse.load(text.encode(encoding), name="memo.txt")
        assert document.encoding == encoding
        assert _findings(document, "encoding-damage") == []
    # The same characters in a UTF-8 file were damaged before it was saved.
    utf8 = wgec_parse.load("1) What?\n1.1 Le projet Ã©tude\n".encode(), name="memo.txt")
    assert _findings(utf8, "encoding-damage") == [
        '"Ã©" is mojibake for "é": the text was UTF-8 but was read as Windows-1252.'
    ]


def test_chinese_is_never_said_to_be_utf8_read_as_windows_1252() -> None:
    for name in ("zh_gbk", "zh-tw_big5", "zh_gb18030", "ja_shift_jis"):
        document = wgec_parse.load(ENCODINGS / f"{name}.encoded")
        assert document.encoding != "cp1252"
        assert not [m for m in _findings(document, "encoding-damage") if "UTF-8" in m]


# -- encoding-guess -------------------------------------------------------------------


def test_a_weak_guess_is_a_warning_on_the_first_line_that_reads_differently() -> None:
    document = wgec_parse.load(ENCODINGS / "lt_cp1257_short.encoded")
    (finding,) = validate(document, select=["encoding-guess"])
    assert (finding.severity, finding.line, finding.column) == ("warning", 1, 1)
    # "indėlis" in Windows-1252 is "indëlis": both are letters, so both read well.
    assert finding.message.startswith(
        "The file was read as Windows-1257, but Windows-1252 reads it almost as well"
    )
    assert finding.end_column == 1 + len("Lietuvos interneto asociacijos indėlis")


@pytest.mark.parametrize("name", [n for n in NAMES if EXPECTED[n][1] == "clear"])
def test_a_clear_guess_gives_no_finding(name: str) -> None:
    assert _findings(wgec_parse.load(ENCODINGS / f"{name}.encoded"), "encoding-guess") == []


def test_encoding_guess_is_silent_on_utf8_and_on_parsed_strings() -> None:
    text = _original("lt_cp1257_short")
    assert _findings(wgec_parse.parse(text), "encoding-guess") == []
    assert _findings(wgec_parse.load(text.encode("utf-8")), "encoding-guess") == []


def test_a_recorded_encoding_that_another_reads_better_is_reported() -> None:
    # A tree from JSON whose Russian text was read as Windows-1252 by another tool.
    import attrs

    russian = "1) Каковы основные характеристики расширенного сотрудничества?\n"
    garbled = russian.encode("cp1251").decode("cp1252")
    document = attrs.evolve(wgec_parse.parse(garbled), encoding="cp1252")
    (finding,) = validate(document, select=["encoding-guess"])
    assert finding.message == (
        "The file was read as Windows-1252, but Windows-1251 reads it better; this line "
        "differs between the two. Check its accented letters against the original, or "
        "save the file as UTF-8."
    )
    assert finding.line == 1


def test_docs_example_is_the_real_output(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = (FIXTURES.parent / "docs" / "rules.md").read_text("utf-8")
    section = docs.split("\n## encoding-guess\n", 1)[1].split("\n## ", 1)[0]
    shown = section.split("**Example**", 1)[1].split("```\n", 2)[1]
    monkeypatch.chdir(ENCODINGS)
    assert main(["validate", "--select", "encoding-guess", "lt_cp1257_short.encoded"]) == 0
    assert capsys.readouterr().out == shown


def test_legacy_text_on_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = (ENCODINGS / "ru_koi8-r.encoded").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["outline", "--structure", "-"]) == 0
    assert "question 1" in capsys.readouterr().out
