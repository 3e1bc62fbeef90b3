"""The shape of the text: pages or forms flattened onto single lines."""

from __future__ import annotations

from collections.abc import Iterator

from wgec_parse.nodes import Line
from wgec_parse.questions import WGEC2
from wgec_parse.rules.base import Diagnostic, rule
from wgec_parse.rules.context import Context
from wgec_parse.segments import INLINE_MIN, is_flattened

__all__: list[str] = []


def _physical_lines(ctx: Context) -> Iterator[list[Line]]:
    """The document's physical lines, each as its segments (one for a whole line)."""
    current: list[Line] = []
    for line in sorted(ctx.lines.just_lines, key=lambda line: (line.line, line.offset)):
        if current and (line.line != current[-1].line or line.offset == 0):
            yield current
            current = []
        current.append(line)
    if current:
        yield current


def _question_and_answer(segments: list[Line]) -> bool:
    """Whether a line was cut in two after a question heading that a tab sets apart
    from its answer, as a form exported one row a line writes them (a flattened page is
    told apart by its length and sentences)."""
    return len(segments) == 2 and "\t" in segments[0].trailing_ws


@rule("flattened-text", "warning", "A page or a form sits on one very long line.")
def flattened_text(ctx: Context) -> Iterator[Diagnostic]:
    for segments in _physical_lines(ctx):
        length = sum(len(s.indent) + len(s.content) + len(s.trailing_ws) for s in segments)
        if length < INLINE_MIN:
            continue
        whole = "".join(s.indent + s.content + s.trailing_ws for s in segments)
        # A line read in pieces was read as flattened (also a page after a flattened one).
        if len(segments) == 1 and not is_flattened(whole, ctx.questions or WGEC2):
            continue
        if _question_and_answer(segments) and not is_flattened(whole, ctx.questions or WGEC2):
            continue  # a form's row: a question's cell, a tab, its answer's
        if len(segments) > 1:
            read = (
                f"it was read in {len(segments)} pieces, cut only at question headings, "
                "numbered clauses, fields and page furniture after sentence ends; check "
                "the outline, or extract the text again with its line breaks."
            )
        else:
            read = (
                "no question heading, clause sequence or field was found to cut it at, so "
                "what it holds cannot be told apart; extract the text again with its "
                "line breaks."
            )
        yield flattened_text.finding(
            f"This line holds {length:,} characters: a page or a form was flattened onto "
            f"one line; {read}",
            segments[0].start,
            segments[-1].end,
        )
