"""The signature rule: a last run of short lines after the answers is the closing."""

from __future__ import annotations

import pytest

import wgec_parse

Q1 = "1) What are the high level characteristics of enhanced cooperation?\n\n"
ANSWER = "Enhanced cooperation must be inclusive and transparent for all stakeholders.\n\n"


def closing_text(text: str) -> str | None:
    doc = wgec_parse.parse(text)
    assert wgec_parse.render(doc) == text
    if doc.closing is None:
        return None
    return wgec_parse.render(doc.closing).strip("\n")


@pytest.mark.parametrize(
    "tail",
    [
        "Jane Doe\nDirector, Example Council\n",
        "Asunción, 20 de diciembre de 2016\n",
        "А. В. Лебедев\nДиректор АНО «ЦИЦЭ»\n",
        "Presented by: Ministry of Communications\nCountry: Examplestan\n",
        "中国互联网协会\n2016年12月20日\n",
    ],
)
def test_a_last_run_of_short_lines_is_the_closing(tail: str) -> None:
    assert closing_text(Q1 + ANSWER + tail) == tail.strip("\n")


@pytest.mark.parametrize(
    "tail",
    [
        # One short line with no year: the answer's last words, not a signature.
        "Thank you\n",
        # A list introduced by a colon.
        "We recommend:\n\nTransparency\nInclusiveness\n",
        # Sentences.
        "This is the end.\nReally the end.\n",
        # Seven short lines: too many for a signature.
        "".join(f"Item {k}\n" for k in range(7)),
        # Lower-case starts continue a sentence.
        "and then\nsome more\n",
    ],
)
def test_what_is_not_a_signature_stays_in_the_answer(tail: str) -> None:
    assert closing_text(Q1 + ANSWER + tail) is None


def test_no_signature_without_an_answer_before_it() -> None:
    assert closing_text("Jane Doe\nDirector, Example Council\n") is None
    assert closing_text(Q1 + "Jane Doe\nDirector\n") is None
