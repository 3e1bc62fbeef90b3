"""Noise rules: stray URL lines (webmail redirects above all) and lost bullet glyphs."""

from __future__ import annotations

import pytest

import wgec_parse
from wgec_parse.rules.noise import webmail_kind
from wgec_parse.validation import Diagnostic, validate

HEAD = "1) What are the high level characteristics of enhanced cooperation?\n\n"


def found(text: str, code: str) -> list[Diagnostic]:
    return validate(wgec_parse.parse(text), select=[code])


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        (
            "https://mail.minsvyaz.ru/owa/redir.aspx?C=x&URL=mailto%3astdev%40unctad.org",
            "Outlook Web App",
        ),
        (
            "https://eur01.safelinks.protection.outlook.com/?url=http%3A%2F%2Functad.org",
            "Microsoft Safe Links",
        ),
        (
            "https://urldefense.proofpoint.com/v2/url?u=http-3A__unctad.org",
            "Proofpoint URL Defense",
        ),
        ("https://mail.google.com/mail/u/0/#inbox", "webmail"),
        ("https://unctad.org/en/Pages/CSTD/WGEC.aspx", None),
        ("https://www.example.org/owasp-top-ten", None),
    ],
)
def test_webmail_kind(url: str, kind: str | None) -> None:
    assert webmail_kind(url) == kind


def test_owa_link_names_the_mail_server() -> None:
    text = (
        HEAD
        + "1.1 We propose:\nhttps://mail.example.gov/owa/redir.aspx?C=a&URL=mailto%3ax\n- more.\n"
    )
    (d,) = found(text, "stray-url")
    assert (d.line, d.column, d.severity) == (4, 1, "warning")
    assert d.end_column == 1 + len("https://mail.example.gov/owa/redir.aspx?C=a&URL=mailto%3ax")
    assert "mail.example.gov" in d.message
    assert "remove it" in d.message


def test_a_redirect_link_in_the_front_matter_is_still_reported() -> None:
    text = (
        "Submitted by: Examplia\nhttps://x.safelinks.protection.outlook.com/?url=y\n\n"
        + HEAD
        + "Text.\n"
    )
    (d,) = found(text, "stray-url")
    assert (d.line, d.severity) == (2, "warning")


def test_ordinary_urls() -> None:
    # Alone on a line in an answer: worth a look (info).
    alone = (
        HEAD
        + "See the resolution.\nhttps://www.un.org/ga/search/view_doc.asp?symbol=A/RES/70/125\n"
    )
    assert [(d.line, d.severity) for d in found(alone, "stray-url")] == [(4, "info")]
    # Inside a sentence, on a letterhead, or a mailto line in a signature: nothing.
    inline = HEAD + "See https://www.un.org/ for the resolution.\n"
    letterhead = (
        "Examplia Telecom\nwww.examplia.example\nSubmitted by: Examplia\n\n" + HEAD + "Text.\n"
    )
    signature = HEAD + "Text.\nJane Doe\nmailto:jane@example.org\n"
    for text in (inline, letterhead, signature):
        assert found(text, "stray-url") == []


def test_lost_bullets_span_the_item_line() -> None:
    text = HEAD + "We propose:\n  first item without its glyph;\n  second one.\n"
    found_ = found(text, "lost-bullet")
    # Two columns of indent, then 29 and 11 characters of text.
    assert [(d.line, d.column, d.end_column) for d in found_] == [(4, 3, 32), (5, 3, 14)]


def test_bullets_with_glyphs_are_not_lost() -> None:
    text = HEAD + "We propose:\n\uf0b7 first;\n\u2022 second;\n- third.\n"
    assert found(text, "lost-bullet") == []
