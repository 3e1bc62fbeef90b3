"""Extraction debris: stray URL lines, and list items whose glyph was lost."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator
from typing import Final

from wgec_parse.markers import match_terminal
from wgec_parse.nodes import BulletItem
from wgec_parse.rules.base import Diagnostic, Severity, rule
from wgec_parse.rules.context import Context

__all__ = ["webmail_kind"]

# Links that webmail and mail filters wrap around a real link or address.  Pasted into
# a document they are no part of its text, and they name the mail system they passed.
_WEBMAIL: Final = (
    ("Outlook Web App", re.compile(r"/owa/|owa/redir\.aspx", re.IGNORECASE)),
    ("Microsoft Safe Links", re.compile(r"safelinks\.protection\.outlook\.com", re.IGNORECASE)),
    ("Proofpoint URL Defense", re.compile(r"urldefense\.(?:proofpoint\.)?com", re.IGNORECASE)),
    (
        "webmail",
        re.compile(
            r"mail\.google\.com/mail|outlook\.(?:live|office|office365)\.com/(?:mail|owa)",
            re.IGNORECASE,
        ),
    ),
)


def webmail_kind(url: str) -> str | None:
    """The webmail or mail-filter system a redirect link comes from, or None."""
    for name, pattern in _WEBMAIL:
        if pattern.search(url):
            return name
    return None


def _host(url: str) -> str:
    bare = url.strip("<>")
    if bare.lower().startswith("www."):
        bare = "http://" + bare
    try:
        return urllib.parse.urlsplit(bare).hostname or ""
    except ValueError:
        return ""


def _stray_message(url: str, front: bool) -> tuple[Severity, str] | None:
    kind = webmail_kind(url)
    if kind is not None:
        host = _host(url)
        server = f"the mail server {host}" if host else "a mail server"
        exposes = (
            f"exposes {server}, internal to the sender's organisation"
            if kind == "Outlook Web App"
            else f"exposes {server} and the mail system it passed through"
        )
        return (
            "warning",
            f"This {kind} redirect link was pasted from an e-mail: it is no part of the "
            f"text and {exposes}; remove it before publishing.",
        )
    if front or url.lower().startswith(("mailto:", "<mailto:")):
        return None  # letterhead links and contact addresses belong to the cover or signature
    return (
        "info",
        "This URL stands alone on its own line, outside the text; check that it is a "
        "reference the author meant and not pasted from elsewhere.",
    )


@rule("stray-url", "warning", "A URL line belongs to no text (webmail redirects above all).")
def stray_url(ctx: Context) -> Iterator[Diagnostic]:
    for line, visit in ctx.noise_lines:
        if match_terminal(line.content) != "NOISE_URL":  # a page number, a rule ...
            continue
        verdict = _stray_message(line.content, visit.front)
        if verdict is not None:
            yield stray_url.finding(verdict[1], line.start, line.end, severity=verdict[0])


@rule("lost-bullet", "warning", "A list item's bullet glyph was lost in extraction.")
def lost_bullet(ctx: Context) -> Iterator[Diagnostic]:
    for visit in ctx.visits:
        item = visit.node
        if type(item) is not BulletItem or item.glyph:
            continue
        head = item.head
        yield lost_bullet.finding(
            "This list item has no bullet glyph: it was lost when the text was extracted, "
            "so the item reads as running text.",
            head.start,
            head.end,
        )
