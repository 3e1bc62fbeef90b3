"""The token stream: whole blocks, not characters.

The text is split into physical lines; each is classified (:mod:`wgec_parse.markers`),
the layout of the whole text is worked out (:mod:`wgec_parse.layout`), and the context
rules (:mod:`wgec_parse.roles`) decide, line by line, what each line is.  A head line,
its continuation lines, the blank lines before them and any noise among them become one
block token; bullet and clause nesting adds bracket tokens (:mod:`wgec_parse.nesting`),
so that the grammar stays context-free and LALR(1).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import Final, overload

import lark

from wgec_parse import roles, segments
from wgec_parse.layout import Region, analyse, page_furniture, underlined_titles
from wgec_parse.markers import WS, Kind, LineParts, classify
from wgec_parse.nesting import MAX_DEPTH
from wgec_parse.nodes import Blank, Line, LineLike, Noise
from wgec_parse.questions import WGEC2, QuestionSet
from wgec_parse.roles import Current, Decision, Reading, Role
from wgec_parse.roles.front import front_end

__all__ = ["MAX_DEPTH", "Group", "split_lines", "tokens"]

_EOL: Final = re.compile(r"(\r\n|\r|\n)")
# Blank lines repeat ("", " ", "\t" with the same ending): short ones are shared, which
# keeps the tree of double-spaced text smaller, but not long ones, so that the cache
# never keeps a huge line of spaces alive after a parse.
_SHARED_BLANK_MAX: Final = 80
_shared_blank: Final = functools.lru_cache(maxsize=1024)(Blank)


def _blank(content: str, eol: str) -> Blank:
    if len(content) <= _SHARED_BLANK_MAX:
        return _shared_blank(content, eol)
    return Blank(content, eol)


@functools.lru_cache(maxsize=256)
def _one_blank(content: str, eol: str) -> tuple[Blank]:
    return (Blank(content, eol),)


def _leading(
    blanks: list[str], eols: Sequence[str], start: int, eol: str | None
) -> tuple[Blank, ...]:
    """The blank lines before a line, ``blanks``, the first at ``start`` (one short
    blank line, the usual case, is shared); ``eol``: their ending, if known."""
    if len(blanks) == 1 and len(blanks[0]) <= _SHARED_BLANK_MAX:
        return _one_blank(blanks[0], eols[start] if eol is None else eol)
    return tuple(map(_blank, blanks, eols[start : start + len(blanks)]))


class Group(tuple[LineLike | Blank, ...]):
    """The payload of a block token: the block's lines (or the trailing blank lines)."""

    __slots__ = ()

    def __str__(self) -> str:
        return f"<{len(self)} lines>"


def split_lines(text: str) -> tuple[list[str], list[str]]:
    """Split ``text`` into line contents and line endings (LF, CRLF, CR only)."""
    if "\r" in text:
        parts = _EOL.split(text)
        contents = parts[0::2]
        eols = parts[1::2]
    else:  # LF only, by far the most common: a plain split is several times faster
        contents = text.split("\n")
        eols = ["\n"] * (len(contents) - 1)
    eols.append("")
    if contents[-1] == "":
        contents.pop()
        eols.pop()
    return contents, eols


# Short lines repeat (a form feed, a page number, "- x"): one LineParts is kept per
# distinct short content, for a few thousand contents at most, so that many short lines
# cost a pointer each, not a tuple each.
_SHARED_PARTS_MAX_LEN: Final = 32
_SHARED_PARTS_MAX: Final = 4096


def classify_lines(contents: Sequence[str]) -> list[LineParts | None]:
    """Every line classified; None for a blank line (white space only).  Identical
    short lines share one :class:`LineParts` (a tuple: sharing it changes nothing)."""
    shared: dict[str, LineParts] = {}
    out: list[LineParts | None] = []
    add = out.append
    for c in contents:
        if not c or (c.isspace() and not c.strip(WS)):
            add(None)
        elif len(c) > _SHARED_PARTS_MAX_LEN:
            add(classify(c))
        else:
            parts = shared.get(c)
            if parts is None:
                parts = classify(c)
                if len(shared) < _SHARED_PARTS_MAX:
                    shared[c] = parts
            add(parts)
    return out


class _LineEnds(Sequence[str]):
    """The line endings of text with one kind of line break, without a list: ``eol``
    for every line but the last, which ends with ``last``."""

    __slots__ = ("_count", "_last", "eol")

    def __init__(self, count: int, eol: str, last: str) -> None:
        self._count = count
        self.eol = eol  #: The ending of every line but the last.
        self._last = last

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        count = self._count
        if isinstance(index, slice):
            start, stop, step = index.indices(count)
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            out = [self.eol] * max(0, stop - start)
            if stop == count and out:
                out[-1] = self._last
            return out
        if index < 0:
            index += count
        if index == count - 1:
            return self._last
        if not 0 <= index < count:
            raise IndexError(index)
        return self.eol

    def __iter__(self) -> Iterator[str]:
        if self._count:
            yield from itertools.repeat(self.eol, self._count - 1)
            yield self._last


def _one_break(text: str) -> str | None:
    """The only kind of line break ``text`` holds (LF, CRLF or CR), or None if it mixes
    them."""
    if "\r" not in text:
        return "\n"
    if "\n" not in text:
        return "\r"
    crlf = text.count("\r\n")
    return "\r\n" if crlf == text.count("\r") == text.count("\n") else None


def _split(text: str) -> tuple[list[str], Sequence[str]]:
    """:func:`split_lines`, with the endings of text that has one kind of line break
    as a :class:`_LineEnds` (a list of line endings costs a pointer a line)."""
    eol = _one_break(text)
    if eol is None:
        return split_lines(text)
    contents = text.split(eol)
    if contents[-1] == "":
        contents.pop()
        return contents, _LineEnds(len(contents), eol, eol)
    return contents, _LineEnds(len(contents), eol, "")


def _as_noise(parts: LineParts) -> LineParts:
    whole = parts.marker + parts.gap + parts.text
    return LineParts(Kind.NOISE, parts.indent, "", "", whole, parts.trailing, parts.terminal)


_NO_LINE: Final = LineParts(Kind.TEXT, "", "", "", "", "")
_CONTINUE: Final = Role.CONTINUE
_NOISE: Final = Role.NOISE


class _Blocks:
    """Builds the token stream from the rules' decisions, one line at a time."""

    def __init__(
        self, reading: Reading, eols: Sequence[str], cut: segments.Segments | None
    ) -> None:
        self.reading = reading
        self.eols = eols
        self.cut = cut  # the segments of flattened lines, if any
        self.out: list[lark.Token] = []
        # Text with one kind of line break ends every line but the last with it.
        self.eol = eols.eol if isinstance(eols, _LineEnds) else None
        self.last = len(eols) - 1

    def emit(self, kind: str, payload: object = "") -> None:
        self.out.append(lark.Token(kind, payload))

    def brackets(self, kinds: list[str]) -> None:
        for kind in kinds:
            self.emit(kind)

    def flush(self) -> None:
        """Emit the open block, if any."""
        reading = self.reading
        if reading.group:
            self.emit(reading.group_type, Group(reading.group))

    def start(self, group_type: str, line: Line, is_open: bool = True) -> None:
        reading = self.reading
        reading.group, reading.group_type, reading.group_open = [line], group_type, is_open

    def apply(self, current: Current, decision: Decision, leading: tuple[Blank, ...]) -> bool:
        """Add the line as ``decision`` says; returns whether a break carries on to the
        next line (noise inside a block passes its break on)."""
        reading = self.reading
        parts, i = current.parts, current.index
        if decision.demote and parts.marker:  # the marker is read as text
            text, marker, gap = current.plain, "", ""
        else:
            text, marker, gap = parts.text, parts.marker, parts.gap
        cut = self.cut
        number, offset = (i + 1, 0) if cut is None else (cut.numbers[i], cut.offsets[i])
        eol = self.eol if self.eol is not None and i != self.last else self.eols[i]
        node = Line(number, text, marker, gap, parts.indent, parts.trailing, eol, leading, offset)
        role = decision.role
        if role == _CONTINUE:  # the most common, first
            reading.group.append(node)
            reading.group_open = decision.open
        elif role == _NOISE:
            if reading.group:
                reading.group.append(Noise(node))
                return current.brk
            self.emit("NOISE", Group((Noise(node),)))
        elif role in (Role.FIELD, Role.COVER):
            self.flush()
            self.start(role, node)
        elif role == Role.COVER_TABLE:
            self.flush()
            self.start(role, node, decision.open)
        elif role == Role.CLOSING:
            self.flush()
            self.brackets(reading.lists.close())
            self.brackets(reading.clauses.close())
            reading.in_closing = True
            self.start(Role.FIELD if node.marker else Role.COVER, node)
        elif role == Role.BULLET:
            self.flush()
            after_colon = bool(reading.group) and reading.last_text().endswith(":")
            text_col = node.text_column - offset  # within the segment
            self.brackets(reading.lists.place(node.marker, len(node.indent), text_col, after_colon))
            self.start(Role.BULLET, node)
        else:
            self.flush()
            # A table indented under the open item's text is the item's; any other block
            # closes the lists.
            if role != Role.TABLE or not reading.lists.hangs(len(node.indent)):
                self.brackets(reading.lists.close())
            if role == Role.QUESTION:
                self.brackets(reading.clauses.close())
                reading.heading_read(node.marker, node.text)
                reading.heading_marker = (current.parts.kind, node.marker)
            elif role == Role.CLAUSE:
                kind = current.parts.kind
                self.brackets(reading.clauses.place(kind, node.marker, len(node.indent)))
            self.start(role, node, decision.open)
        return False

    def finish(self, trailing: Group) -> list[lark.Token]:
        reading = self.reading
        self.flush()
        self.brackets(reading.lists.close())
        self.brackets(reading.clauses.close())
        self.emit("TRAILER", trailing)
        return self.out


def tokens(
    text: str,
    max_depth: int = MAX_DEPTH,
    questions: QuestionSet = WGEC2,
    heading_lines: frozenset[int] = frozenset(),
) -> Iterator[lark.Token]:
    """The token stream of ``text``: block and bracket tokens ending with TRAILER.

    At most ``max_depth`` levels of bullets, and of clauses, are opened; headings are
    recognised by the wordings and topics of ``questions``, and among the lines numbered
    in ``heading_lines`` (styled as headings in the original).  The tokens are made as
    they are read (the text is split and classified first): a parser that reduces as
    it reads holds only the open blocks' tokens, not a list of them all.
    """
    bom = text.startswith("\ufeff")
    contents, eols = _split(text[1:] if bom else text)
    cut = segments.segment(contents, eols, questions)  # flattened lines cut, if any
    if cut is not None:
        contents, eols = cut.contents, cut.eols
    lines = classify_lines(contents)
    regions = analyse(contents, lines)
    noise = page_furniture(contents, lines)
    for i in noise | (cut.noise if cut else frozenset()):
        lines[i] = _as_noise(lines[i])  # type: ignore[arg-type]  # never blank
    styled = _indexes(heading_lines, cut) if heading_lines else frozenset()
    styled = styled | underlined_titles(contents, lines)  # Markdown's setext headings
    if cut is not None and cut.headings:  # unnumbered topic headings of flattened lines
        styled = styled | cut.headings
    return _stream(contents, eols, lines, regions, bom, questions, max_depth, cut, styled)


def _indexes(numbers: frozenset[int], cut: segments.Segments | None) -> frozenset[int]:
    """The indexes of the lines numbered ``numbers`` (of their first segment where a
    flattened line was cut)."""
    if cut is None:
        return frozenset(n - 1 for n in numbers)
    return frozenset(
        i
        for i, (number, offset) in enumerate(zip(cut.numbers, cut.offsets, strict=True))
        if offset == 0 and number in numbers
    )


def _stream(
    contents: list[str],
    eols: Sequence[str],
    lines: list[LineParts | None],
    regions: Sequence[Region],
    bom: bool,
    questions: QuestionSet,
    max_depth: int,
    cut: segments.Segments | None = None,
    styled: frozenset[int] = frozenset(),
) -> Iterator[lark.Token]:
    layout = regions[0].layout
    later = list(regions[1:])  # the regions still ahead, each with its layout
    reading = Reading(contents, lines, layout, questions, max_depth)
    reading.heading_lines = styled
    reading.front_end, reading.front_ends_at_break = front_end(reading)
    blocks = _Blocks(reading, eols, cut)
    cut_breaks = cut.breaks if cut is not None else frozenset()
    out = blocks.out
    if bom:
        blocks.emit("BOM")
    blank_start = 0
    carried_break = False
    decide, apply, eol = roles.decide, blocks.apply, blocks.eol
    # The line being read: one object, moved from line to line (the rules keep no
    # reference to it), rather than one made for every line.
    current = Current(0, _NO_LINE, False)
    for i in itertools.compress(range(len(lines)), lines):  # the non-blank lines
        if later and i >= later[0].start:
            layout = reading.layout = later.pop(0).layout
        leading: tuple[Blank, ...] = ()
        if i > blank_start:
            blanks = contents[blank_start:i]
            # Blank lines before a line never end the text: one-break text ends them
            # with its one ending.
            leading = _leading(blanks, eols, blank_start, eol)
            carried_break = carried_break or layout.is_break(blanks)
        if cut_breaks:
            carried_break = carried_break or i in cut_breaks  # a flattened line's cut
        current.index, current.brk = i, carried_break
        current.parts = lines[i]  # type: ignore[assignment]  # not blank
        blank_start = i + 1
        carried_break = apply(current, decide(reading, current), leading)
        if out:
            yield from out
            out.clear()
    # The lines are read: what is left of them is the trailing blank lines.  The lists
    # are emptied as soon as they are no longer needed, so that a text of blank lines
    # never holds them and the tree's tuple of blank lines at once.
    lines.clear()
    ends = itertools.islice(eols, blank_start, None)
    last = tuple(map(_blank, itertools.islice(contents, blank_start, None), ends))
    contents.clear()
    trailing = Group(last)  # a tuple subclass made from a tuple: one copy, not two
    del last
    yield from blocks.finish(trailing)
