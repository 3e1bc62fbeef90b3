"""The shape of the text: pages or forms flattened onto single lines."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from wgec_parse.rules.base import Diagnostic, finding, rule
from wgec_parse.rules.context import Context

__all__: list[str] = []

#: A line this long holds a page or a form, not a paragraph: the longest paragraphs of
#: real submissions stay well under it.
FLATTENED_MIN: Final = 2000


@rule("flattened-text", "warning", "A page or a form sits on one very long line.")
def flattened_text(ctx: Context) -> Iterator[Diagnostic]:
    for line, _ in ctx.lines:
        length = len(line.content)
        if length < FLATTENED_MIN:
            continue
        yield finding(
            "flattened-text",
            "warning",
            f"This line holds {length:,} characters: a page or a form was flattened onto "
            "one line, so the questions, clauses and lists in it cannot be told apart; "
            "extract the text again with its line breaks.",
            line.start,
            line.end,
        )
