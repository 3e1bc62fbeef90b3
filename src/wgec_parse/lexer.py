"""The token stream: whole blocks, not characters.

The lexer splits the text into physical lines, classifies each with
:func:`wgec_parse.markers.classify`, and groups a head line with its continuation
lines, the blank lines before them and any noise among them into one token.  It also
emits bracket tokens (``_LIST_IN``/``_LIST_OUT``, ``_CLAUSE_IN``/``_CLAUSE_OUT``) for
nesting, in the manner of an indentation post-lexer, so that the grammar stays
context-free and LALR(1).

The context rules it applies are listed in the README ("How text is read").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable
from typing import Final

from wgec_parse.markers import WS, Kind, LineParts, classify, question_number
from wgec_parse.nodes import Blank, Line, LineLike, Noise, direct_constructor, make_line
from wgec_parse.questions import match_topic, match_wording

__all__ = ["MAX_DEPTH", "Group", "Layout", "split_lines", "tokens"]

_new_noise: Final = direct_constructor(Noise)
_EOL: Final = re.compile(r"(\r\n|\r|\n)")
# Blank lines are immutable and mostly alike ("", " ", with "\n" or "\r\n"): one
# shared object per kind keeps the tree of double-spaced text about 13% smaller.
# Blank lines repeat ("", " ", "\t" with the same ending): they are shared, but only
# short ones, so that the caches never keep a huge line of spaces alive after a parse.
_SHARED_BLANK_MAX: Final = 80
_shared_blank: Final = functools.lru_cache(maxsize=1024)(Blank)


def _blank(content: str, eol: str) -> Blank:
    if len(content) <= _SHARED_BLANK_MAX:
        return _shared_blank(content, eol)
    return Blank(content, eol)


_EMPTY_LINE: Final = (Blank("", "\n"),)


@functools.lru_cache(maxsize=256)
def _one_blank(content: str, eol: str) -> tuple[Blank]:
    """The ``leading`` of a line after exactly one blank line (most lines, double-spaced)."""
    return (Blank(content, eol),)


#: Default deepest nesting of bullet items, and of clauses, that the lexer builds;
#: deeper items become siblings at this depth (nothing is dropped).
MAX_DEPTH: Final = 64

_HEADING_END: Final = ("?", ":", "：", "？", "؟")
_SENTENCE_END: Final = (".", "!", "?", ":", ";", "。", "！", "？", "؟", "：", "；")
_QUESTION_END: Final = re.compile(r"[?？؟][\s\"'”’»)\]]*$")
_TITLE_MAX_LINES: Final = 4
_RUNS_ON: Final = frozenset(("PARA", "CLAUSE", "BULLET"))  # groups a plain line can extend
_RUNNING_MIN: Final = 3  # a line seen this often on a paged document is a running header
# Word's default glyphs for list levels 1, 2 and 3: a deeper level's glyph after a
# shallower one nests even where extraction dropped the indentation.
_GLYPH_LEVEL: Final = {
    "\uf0b7": 1,
    "•": 1,
    "●": 1,
    "o": 2,
    "◦": 2,
    "○": 2,
    "\uf0a7": 3,
    "▪": 3,
    "■": 3,
}


class Group(tuple[LineLike, ...]):
    """The payload of a block token: the block's lines.  ``str()`` is cheap on purpose."""

    __slots__ = ()

    def __str__(self) -> str:
        return ""


class Layout:
    """The two layouts the lexer tells apart."""

    SINGLE: Final = "single"
    DOUBLE: Final = "double"


def split_lines(text: str) -> tuple[list[str], list[str]]:
    """Split ``text`` into line contents and line endings (LF, CRLF, CR only)."""
    if "\r" in text:
        parts = _EOL.split(text)
        contents = parts[0::2]
        eols = parts[1::2]
    else:  # LF only, by far the most common: no regular expression needed
        contents = text.split("\n")
        eols = ["\n"] * (len(contents) - 1)
    eols.append("")
    if contents[-1] == "":
        contents.pop()
        eols.pop()
    return contents, eols


class _Level:
    """One open bullet level."""

    __slots__ = ("glyph", "indent", "text_col")

    def __init__(self, glyph: str, indent: int, text_col: int) -> None:
        self.glyph = glyph
        self.indent = indent
        self.text_col = text_col


def _clause_style(kind: str, marker: str, open_levels: list[list[str]]) -> str:
    """The numbering style of a clause marker: siblings share it, children differ."""
    style = _marker_style(kind, marker)
    if style[0] != "?":
        return style
    # "i)" after "h)" is a letter; "i)" opening a new level is a roman numeral.
    shape = style[1:]
    previous = chr(ord(marker.strip("().")) - 1)
    letter = "a" + shape
    if any(open_style == letter and last == previous for open_style, last in open_levels):
        return letter
    return "i" + shape


@functools.lru_cache(maxsize=1024)
def _marker_style(kind: str, marker: str) -> str:
    """The style of a clause marker alone, or "?" and its shape when the open levels
    decide it ("i", "v" and "x" are letters or roman numerals)."""
    if kind == Kind.DOTTED:
        return f"d{marker.rstrip('.)').count('.') + 1}"
    core = marker.strip("().")
    shape = marker.replace(core, "#", 1)
    if kind == Kind.LETTER:
        if core in ("i", "v", "x"):
            return "?" + shape
        return ("i" if len(core) > 1 else "a") + shape
    return ("n" if core.isdigit() else "r") + shape


class _Lexer:
    """Turns one text into block and bracket tokens.  Used once per parse."""

    def __init__(self, text: str, max_depth: int = MAX_DEPTH) -> None:
        self.max_depth = max_depth
        self.contents, self.eols = split_lines(text)
        self.infos: list[LineParts | None] = [
            # White space is only ever searched for on lines that hold nothing else.
            classify(c) if c and (not c.isspace() or c.strip(WS)) else None
            for c in self.contents
        ]
        self.double = self._detect_double_spacing()
        widths = Counter([len(info[1]) for info in filter(None, self.infos)])
        self.baseline = widths.most_common(1)[0][0] if widths else 0
        self.short_line = self._short_line_length()
        self._mark_running_headers(text)

    # -- whole-document passes ---------------------------------------------------

    def _detect_double_spacing(self) -> bool:
        """Whether every text line is followed by an empty line, as pdftotext may write.

        Half the non-blank lines must be followed by an empty line, and some of those
        must be wraps (a sentence running on), which tells doubled spacing from one
        paragraph per line separated by empty lines.
        """
        contents, infos = self.contents, self.infos
        content_lines = len(infos) - infos.count(None)
        if 2 * contents.count("") < content_lines:
            return False  # too few empty lines for half the text lines to have one
        # Text lines (not the last two) followed by an empty line.
        followed = [
            i for i in itertools.compress(range(len(infos) - 2), infos) if contents[i + 1] == ""
        ]
        if 2 * len(followed) < content_lines:
            return False
        # Enough of them must be wraps: the sentence runs on in a text line after the gap.
        needed = max(2, -(-len(followed) // 5))
        wraps = 0
        text_kind = Kind.TEXT
        for i in followed:
            nxt = infos[i + 2]
            if nxt is None or nxt[0] != text_kind:
                continue
            if not infos[i][4].endswith(_SENTENCE_END):  # type: ignore[index]  # not blank
                wraps += 1
                if wraps >= needed:
                    return True
        return False

    def _short_line_length(self) -> int:
        """A line shorter than this, ending a sentence, ends its paragraph.

        Wrapped single-spaced text fills its lines up to a common width; a line that
        stops well short of it after a full stop is the last of its paragraph.  Doubled
        spacing marks breaks itself, so the rule is off there.
        """
        if self.double:
            return 0
        lengths = sorted(len(c) for c, info in zip(self.contents, self.infos, strict=True) if info)
        if len(lengths) < 8:
            return 0
        return int(0.8 * lengths[int(0.9 * (len(lengths) - 1))])

    def _is_paged(self, text: str) -> bool:
        """Whether the text shows page breaks: two form-feed or page-number lines."""
        found = 0
        if "\f" in text:
            found = sum(1 for c in self.contents if "\f" in c)
        for info in self.infos:
            if found >= 2:
                break
            if info is not None and info[0] == Kind.NOISE and info[4]:
                found += 1
        return found >= 2

    def _mark_running_headers(self, text: str) -> None:
        """On a paged text, turn a text or field line repeated often into noise."""
        if not self._is_paged(text):
            return
        infos = self.infos
        text_kind, field_kind = Kind.TEXT, Kind.FIELD
        candidates = [
            i
            for i in itertools.compress(range(len(infos)), infos)
            if infos[i][0] == text_kind or infos[i][0] == field_kind  # type: ignore[index]
        ]
        wholes = [infos[i][2] + infos[i][3] + infos[i][4] for i in candidates]  # type: ignore[index]
        repeated = {
            whole
            for whole, n in Counter(wholes).items()
            if n >= _RUNNING_MIN and 3 <= len(whole) <= 100
        }
        if not repeated:
            return
        for i, whole in itertools.compress(
            zip(candidates, wholes, strict=True), map(repeated.__contains__, wholes)
        ):
            info = infos[i]
            assert info is not None
            infos[i] = LineParts(Kind.NOISE, info[1], "", "", whole, info[5])

    def is_break(self, start: int, stop: int) -> bool:
        """Whether blank lines ``start:stop`` make a paragraph break."""
        if stop <= start:
            return False
        if not self.double or stop - start >= 3:
            return True
        return any(self.contents[start:stop])  # a blank line holding white space

    def next_content(self, i: int) -> int:
        """Index of the first non-blank line after ``i`` (or len)."""
        infos = self.infos
        j = i + 1
        while j < len(infos) and infos[j] is None:
            j += 1
        return j

    def heading_title(self, i: int) -> str:
        """The title a heading at line ``i`` would have, with its continuation lines."""
        info = self.infos[i]
        assert info is not None
        title = info[4]
        for _ in range(_TITLE_MAX_LINES - 1):
            if title.endswith(_HEADING_END):
                break
            j = self.next_content(i)
            # A heading line with no title yet ("Question 1", "1)") takes the next line
            # as its title even across a break.
            if j >= len(self.infos) or (title and self.is_break(i + 1, j)):
                break
            nxt = self.infos[j]
            assert nxt is not None
            if nxt[0] not in (Kind.TEXT, Kind.FIELD):
                break
            title += " " + nxt[2] + nxt[3] + nxt[4]
            i = j
        return title

    def title_closes(self, i: int) -> bool:
        """Whether the title of the heading at ``i``, with the lines after it, ends as a
        title does ("?" or ":") or reads as a guiding question's wording."""
        title = self.heading_title(i)
        return (
            title.endswith(_HEADING_END)
            or _QUESTION_END.search(title) is not None
            or match_wording(title) is not None
        )

    def heading_kind(self, i: int) -> str:
        """Whether a numbered line at ``i`` heads a question, and how its title ends.

        "question": its title (with continuation lines) asks a question or opens with
        the wording of a guiding question; "topic": the line alone names a question's
        topic ("2. Recommendations"), so the title ends with it; "" otherwise.
        """
        title = self.heading_title(i)
        if _QUESTION_END.search(title) is not None or match_wording(title) is not None:
            return "question"
        info = self.infos[i]
        assert info is not None
        # "2. Recommendations" names question 2; "1. Recommendations follow:" is a
        # numbered point that mentions them.
        topic = match_topic(info[4])
        return "topic" if topic is not None and topic == question_number(info[2]) else ""

    def front_end(self) -> tuple[int, bool]:
        """Where the front matter ends, and whether it ends at a break after a field."""
        infos = self.infos
        last_field = -1
        first_text = -1
        for i, info in enumerate(infos):
            if info is None:
                continue
            kind = info[0]
            if kind in (Kind.QKEY, Kind.DOTTED, Kind.LETTER, Kind.NUMBER):
                return i, False
            if kind == Kind.BULLET and (info[2] != "o" or len(info[1]) > self.baseline):
                return i, False
            if kind == Kind.DASHNUM and self.heading_kind(i):
                return i, False
            if kind == Kind.TEXT and match_wording(info[4]) is not None:
                return i, False
            if kind == Kind.FIELD:
                last_field = i
            elif kind != Kind.NOISE and first_text < 0:
                first_text = i
        if last_field >= 0:
            return last_field + 1, True
        return (first_text if first_text >= 0 else len(infos)), False

    # -- the token stream -----------------------------------------------------------

    def tokens(self, bom: bool = False) -> list[tuple[str, object]]:
        """The token stream, as a list (appending is cheaper than resuming a generator
        for every token), after a BOM token if ``bom``."""
        out: list[tuple[str, object]] = [("BOM", "")] if bom else []
        emit = out.append
        contents, eols, infos = self.contents, self.eols, self.infos
        front_end, ends_at_break = self.front_end()
        baseline = self.baseline
        group: list[LineLike] = []
        group_type = ""
        group_open = False
        lists: list[_Level] = []
        clauses: list[list[str]] = []  # open clause levels: [style, last number]
        blank_start = 0
        carried_break = False

        double, short_line = self.double, self.short_line
        # The kinds as locals: read for every line.
        text_kind, noise_kind, field_kind = Kind.TEXT, Kind.NOISE, Kind.FIELD
        bullet_kind, question_kind = Kind.BULLET, Kind.QKEY
        numbered_kinds = (Kind.NUMBER, Kind.DASHNUM)
        field_or_text = (field_kind, text_kind)

        for i in itertools.compress(range(len(infos)), infos):  # the non-blank lines
            kind, indent, marker, gap, text, trailing, _ = infos[i]  # type: ignore[misc]
            # The blank lines before this one: whether they break, and the line's leading.
            blanks = i - blank_start
            if not blanks:
                leading: tuple[Blank, ...] = ()
                brk = carried_break
            elif blanks == 1:  # the usual case, double-spaced or between paragraphs
                blank, eol = contents[blank_start], eols[blank_start]
                if not blank and eol == "\n":  # the most usual of all
                    brk = carried_break or not double
                    leading = _EMPTY_LINE
                else:
                    brk = carried_break or not double or blank != ""
                    if len(blank) <= _SHARED_BLANK_MAX:
                        leading = _one_blank(blank, eol)
                    else:
                        leading = (Blank(blank, eol),)
            else:
                brk = carried_break or self.is_break(blank_start, i)
                leading = tuple(map(_blank, contents[blank_start:i], eols[blank_start:i]))
            blank_start = i + 1
            carried_break = False

            # Most lines are plain text running on the open paragraph, clause or item:
            # the rules below would all let them through, so they are settled here.
            if (
                kind == text_kind
                and not brk
                and group_open
                and group_type in _RUNS_ON
                and i >= front_end
                and (
                    len(indent) <= baseline
                    or (
                        lists
                        and len(indent) > lists[-1].indent
                        and len(indent) + 1 >= lists[-1].text_col
                    )
                )
                and not (
                    short_line
                    and (text[:1].isupper() or text[:1].isdigit())
                    and self.ends_paragraph(group, text)
                )
            ):
                group.append(make_line(i + 1, text, "", "", indent, trailing, eols[i], leading))
                continue

            if kind == noise_kind:
                noise = _new_noise(
                    make_line(i + 1, text, marker, gap, indent, trailing, eols[i], leading)
                )
                if group:
                    group.append(noise)
                    carried_break = brk
                else:
                    emit(("NOISE", Group((noise,))))
                continue

            if brk and group_type == "FIELD" and len(group) == 1 and not group[0].text:
                brk = False  # "Submitted by" alone: its value may follow a blank line
            in_front = i < front_end or (ends_at_break and group_type == "FIELD" and not brk)
            if in_front:
                if kind != field_kind:
                    text, marker, gap = marker + gap + text, "", ""
                    if group_open and not brk and group_type in ("FIELD", "COVER"):
                        group.append(
                            make_line(i + 1, text, "", "", indent, trailing, eols[i], leading)
                        )
                        continue
                    kind = "COVER"
                if group:
                    emit((group_type, Group(group)))
                group = [make_line(i + 1, text, marker, gap, indent, trailing, eols[i], leading)]
                group_type, group_open = ("FIELD" if kind == field_kind else "COVER"), True
                continue

            # -- the body: decide what the line is in context ----------------------
            heading = ""
            if kind in numbered_kinds:
                heading = self.heading_kind(i)
                if heading:
                    kind = question_kind
                elif kind == Kind.DASHNUM:
                    kind = text_kind
            elif kind == bullet_kind and marker == "o" and not lists and len(indent) <= baseline:
                kind = text_kind
            if kind in field_or_text and marker:
                text, marker, gap = marker + gap + text, "", ""
                kind = text_kind
            if kind == text_kind:
                if group_type == "QUESTION" and group_open and not _last_text(group):
                    brk = False  # the title of a bare "Question 1" heading follows it
                if (brk or not group_open) and match_wording(text) is not None:
                    kind = question_kind
                elif (
                    group_open
                    and not brk
                    and lists
                    and len(indent) > lists[-1].indent
                    and len(indent) + 1 >= lists[-1].text_col
                ):
                    pass  # a hanging-indent continuation of the current item
                elif (
                    len(indent) > baseline
                    and text[:1].isalpha()
                    and "\f" not in indent
                    and (lists or (group and _last_text(group).endswith(":") and not brk))
                ):
                    kind = bullet_kind  # the glyph was lost in extraction
                if kind == text_kind:
                    line = make_line(i + 1, text, "", "", indent, trailing, eols[i], leading)
                    if group_open and not brk and not self.ends_paragraph(group, text):
                        group.append(line)
                        if group_type == "QUESTION" and (
                            text.endswith(_HEADING_END) or len(group) >= _TITLE_MAX_LINES
                        ):
                            group_open = False
                        continue
                    if group:
                        emit((group_type, Group(group)))
                    for _ in lists:
                        emit(("_LIST_OUT", ""))
                    lists.clear()
                    group, group_type, group_open = [line], "PARA", True
                    continue

            line = make_line(i + 1, text, marker, gap, indent, trailing, eols[i], leading)
            if kind == bullet_kind:
                if group:
                    emit((group_type, Group(group)))
                text_col = len(indent) + len(marker) + len(gap) + 1
                _place_bullet(lists, marker, len(indent), text_col, group, self.max_depth, emit)
                group, group_type, group_open = [line], "BULLET", True
                continue

            if group:
                emit((group_type, Group(group)))
            for _ in lists:
                emit(("_LIST_OUT", ""))
            lists.clear()
            if kind == question_kind:
                for _ in clauses[1:]:
                    emit(("_CLAUSE_OUT", ""))
                clauses.clear()
                group, group_type = [line], "QUESTION"
                if text:
                    # The next lines carry the title on only if it ends as a title does
                    # ("?", ":") within a few lines: "Question 1 (Characteristics)" is
                    # whole, and the line after it is the answer.
                    group_open = (
                        heading != "topic"
                        and not text.endswith(_HEADING_END)
                        and (heading == "question" or self.title_closes(i))
                    )
                else:  # "Question 1:" alone: the next lines are its title if they ask
                    group_open = self.heading_kind(i) == "question"
            else:  # a clause
                style = _clause_style(kind, marker, clauses)
                core = marker.strip("().")
                for k, level in enumerate(clauses):
                    if level[0] == style:  # a sibling of an open level: close those below
                        for _ in clauses[k + 1 :]:
                            emit(("_CLAUSE_OUT", ""))
                        del clauses[k + 1 :]
                        level[1] = core
                        break
                else:  # a new style: the first level, or a child of the innermost one
                    if not clauses:
                        clauses.append([style, core])
                    elif len(clauses) < self.max_depth:
                        emit(("_CLAUSE_IN", ""))
                        clauses.append([style, core])
                    else:
                        clauses[-1][1] = core
                group, group_type, group_open = [line], "CLAUSE", True

        if group:
            emit((group_type, Group(group)))
        for _ in lists:
            emit(("_LIST_OUT", ""))
        for _ in clauses[1:]:
            emit(("_CLAUSE_OUT", ""))
        trailing_blanks = tuple(map(_blank, contents[blank_start:], eols[blank_start:]))
        emit(("TRAILER", trailing_blanks))
        return out

    def ends_paragraph(self, group: list[LineLike], text: str) -> bool:
        """Whether the group's last line, short and ending a sentence, closed it."""
        if not self.short_line or not (text[:1].isupper() or text[:1].isdigit()):
            return False
        if type(group[-1]) is Noise:
            return False  # page furniture interrupts a block; it does not end it
        last = _last_line(group)
        if last is None or not last.text.endswith(_SENTENCE_END[:3]):
            return False
        return len(last.indent) + len(last.content) < self.short_line


def _last_line(group: list[LineLike]) -> Line | None:
    for entry in reversed(group):
        if type(entry) is Line:
            return entry
    return None


def _last_text(group: list[LineLike]) -> str:
    for entry in reversed(group):
        if type(entry) is Line:
            return entry.text
    return ""


def _place_bullet(
    lists: list[_Level],
    glyph: str,
    indent: int,
    text_col: int,
    before: list[LineLike],
    max_depth: int,
    emit: Callable[[tuple[str, object]], None],
) -> None:
    """Open, close or keep bullet levels for a new item; emits the bracket tokens.

    ``before`` is the block the item follows: an item after a line ending with ":"
    opens a level of its own.
    """
    if not lists:
        lists.append(_Level(glyph, indent, text_col))
        emit(("_LIST_IN", ""))
        return
    top = lists[-1]
    if top.glyph == glyph and abs(top.indent - indent) <= 1:
        top.text_col = text_col  # the next item of the innermost list, as most are
        return
    child = indent >= top.indent + 2
    if not child:
        for k in range(len(lists) - 1, -1, -1):
            level = lists[k]
            if level.glyph == glyph and abs(level.indent - indent) <= 1:
                for _ in lists[k + 1 :]:
                    emit(("_LIST_OUT", ""))
                del lists[k + 1 :]
                level.text_col = text_col
                return
        child = glyph != top.glyph and (
            (bool(before) and _last_text(before).endswith(":"))
            or _GLYPH_LEVEL.get(glyph, 0) > _GLYPH_LEVEL.get(top.glyph, 9)
        )
    if child and len(lists) < max_depth:
        lists.append(_Level(glyph, indent, text_col))
        emit(("_LIST_IN", ""))
        return
    while len(lists) > 1 and lists[-1].indent > indent + 1:
        lists.pop()
        emit(("_LIST_OUT", ""))
    lists[-1].text_col = text_col


def tokens(text: str, max_depth: int = MAX_DEPTH) -> list[tuple[str, object]]:
    """The token stream of ``text``: ``(type, payload)`` pairs ending with TRAILER.

    At most ``max_depth`` levels of bullets, and of clauses, are opened.
    """
    if text.startswith("\ufeff"):
        return _Lexer(text[1:], max_depth).tokens(bom=True)
    return _Lexer(text, max_depth).tokens()
