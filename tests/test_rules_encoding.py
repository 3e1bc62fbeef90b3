"""encoding-damage: lost characters, mojibake, private-use glyphs, control characters."""

from __future__ import annotations

import pytest

import wgec_parse
from wgec_parse.validation import Diagnostic, validate

HEAD = "1) What are the high level characteristics of enhanced cooperation?\n"


def damage(line: str) -> list[tuple[int, int, str]]:
    found: list[Diagnostic] = validate(
        wgec_parse.parse(HEAD + line + "\n"), select=["encoding-damage"]
    )
    assert all(d.line == 2 for d in found)
    return [(d.column, d.end_column, d.severity) for d in found]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # UTF-8 read as Windows-1252: "’" became three characters, "é" two.
        ("the Governmentâ€™s role", [(15, 18, "error")]),
        ("la coopÃ©ration", [(8, 10, "error")]),
        # Cyrillic through the same mistake ("Р" is D0 A0, shown as "Ð" and NBSP).
        (
            "\u00d0\u00a0\u00d0\u00be\u00d1\u0081\u00d1\u0081\u00d0\u00b8\u00d1\u008f",
            [(1, 3, "error")],
        ),
        ("a lost \ufffd character", [(8, 9, "error")]),
        ("a glyph \uf0b7 inside the text", [(9, 10, "warning")]),
        ("the end of an item\uf0a7", [(19, 20, "warning")]),
        ("accountable\x85 and it", [(12, 13, "warning")]),
        ("a bell \x07 here", [(8, 9, "warning")]),
    ],
)
def test_damage_is_found(line: str, expected: list[tuple[int, int, str]]) -> None:
    assert damage(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "\uf0b7\tgovernments lead;",  # Word's Symbol bullet, then a tab
        "  \uf0d8 an arrow bullet",
        "\uf0fc",  # a glyph alone on a line
        "La coopération renforcée doit être créée ; « naïve »",
        "Расширенное сотрудничество — ما هي الخصائص — 加强合作",
        "a line\vbroken by Word\u2028and a line separator\fand a form feed",
        "Ã",  # a capital A tilde alone is a letter, not half a character
        "São Tomé",
    ],
)
def test_clean_text_is_not_damage(line: str) -> None:
    assert damage(line) == []


def test_one_finding_per_kind_and_line() -> None:
    found = damage("â€™ and â€œ and \ufffd\ufffd")
    assert [severity for _, _, severity in found] == ["error", "error"]
    messages = [
        d.message
        for d in validate(
            wgec_parse.parse(HEAD + "â€™ and â€œ and \ufffd\ufffd\n"), select=["encoding-damage"]
        )
    ]
    assert "and 1 more on this line" in messages[0]
    assert "(2 on this line)" in messages[1]


def test_front_matter_and_noise_lines_are_checked_too() -> None:
    text = "Submitted by: Caf\u00c3\u00a9 Ltd\n\n" + HEAD + "Text.\nPage 2\ufffd\n"
    lines = [d.line for d in validate(wgec_parse.parse(text), select=["encoding-damage"])]
    assert lines == [1, 5]


def test_private_use_and_control_patterns_match_their_unicode_categories() -> None:
    import unicodedata

    from wgec_parse.rules.encoding import _CONTROL, _PRIVATE

    for code in range(0x110000):
        ch = chr(code)
        category = unicodedata.category(ch)
        assert (category == "Co") == (_PRIVATE.fullmatch(ch) is not None), hex(code)
        layout = ch in "\t\n\r\f\v"
        assert (category == "Cc" and not layout) == (_CONTROL.fullmatch(ch) is not None), hex(code)


def test_a_hand_built_line_is_checked_in_every_part() -> None:
    from wgec_parse.nodes import BulletItem, BulletList, Document, Line, Paragraph

    # A parsed line holds only white space around its text; a hand-built one may not.
    for line in (
        Line(1, "text", indent="\x01"),
        Line(1, "text", "-", "\x02"),
        Line(1, "text", trailing_ws="\x03"),
    ):
        doc = Document(body=(Paragraph((line,)),))
        assert [d.code for d in validate(doc, select=["encoding-damage"])] == ["encoding-damage"]
    bullet = Line(1, "item", "\uf0b7", " ")
    doc = Document(body=(BulletList((BulletItem((bullet,)),)),))
    assert validate(doc, select=["encoding-damage"]) == []
