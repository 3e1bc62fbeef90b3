"""What the context rules see and what they decide.

A rule looks at the :class:`Current` line and the :class:`Reading` so far (the open
block, the open lists, the layout, the lines ahead) and returns a :class:`Decision`, or
None to leave the line to the next rule.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Final, NamedTuple

from wgec_parse.layout import Layout, cut_sentence_headers, footnotes
from wgec_parse.markers import Kind, LineParts, question_number
from wgec_parse.nesting import MAX_DEPTH, BulletLevels, ClauseLevels
from wgec_parse.nodes import Line, LineLike, Noise
from wgec_parse.questions import WGEC2, QuestionSet, match_subject, match_topic

__all__ = [
    "CONTINUES",
    "FRESH",
    "LAST_LINE",
    "RUNNING",
    "Current",
    "Decision",
    "Reading",
    "Role",
    "Rule",
    "RuleFunction",
]


class Role:
    """What a line becomes (plain strings, cheap to compare)."""

    NOISE: Final = "NOISE"  #: page furniture or junk, inside the open block or alone
    FIELD: Final = "FIELD"  #: a memo or cover field's name line
    COVER: Final = "COVER"  #: the first line of a cover paragraph
    CONTINUE: Final = "CONTINUE"  #: the next line of the open block
    PARA: Final = "PARA"  #: the first line of a paragraph
    TABLE: Final = "TABLE"  #: the first row of a table
    COVER_TABLE: Final = "COVER_TABLE"  #: the first row of a table in the front or closing
    BULLET: Final = "BULLET"  #: the first line of a bullet item
    QUESTION: Final = "QUESTION"  #: the first line of a question heading
    CLAUSE: Final = "CLAUSE"  #: the first line of a numbered clause
    CLOSING: Final = "CLOSING"  #: the first line of the closing after the last answer


class Decision(NamedTuple):
    """What a rule decided about a line."""

    role: str  #: One of :class:`Role`.
    #: The line's marker is part of its text ("Date:" in an answer, "A." in a sentence).
    demote: bool = False
    #: The block stays open for the next lines (a question title that runs on); False
    #: closes it after this line.
    open: bool = True


#: The line goes on with the open block (its marker, if any, part of its text).
CONTINUES: Final = Decision(Role.CONTINUE, demote=True)
#: The line goes on with the open block and is its last (a heading's title ends on it).
LAST_LINE: Final = Decision(Role.CONTINUE, demote=True, open=False)


class Current:
    """The line being read."""

    __slots__ = ("brk", "index", "parts")

    def __init__(self, index: int, parts: LineParts, brk: bool) -> None:
        self.index = index  #: 0-based index of the line.
        self.parts = parts  #: The line, split and classified.
        #: The blank lines before it (with a noise line's carried break) break the block.
        self.brk = brk

    @property
    def plain(self) -> str:
        """The line's content with its marker read as text."""
        return self.parts.marker + self.parts.gap + self.parts.text


class Reading:
    """The state of reading one text: the lines, their layout, the open block."""

    def __init__(
        self,
        contents: Sequence[str],
        lines: Sequence[LineParts | None],
        layout: Layout,
        questions: QuestionSet = WGEC2,
        max_depth: int = MAX_DEPTH,
    ) -> None:
        self.contents = contents  #: Every line's content, without its line ending.
        self.lines = lines  #: Every line, classified; None for a blank line.
        self.layout = layout  #: The layout of the text.
        self.questions = questions  #: The questions the headings may ask.
        self.group: list[LineLike] = []  #: The lines of the open block.
        self.group_type = ""  #: Its token type ("PARA", "CLAUSE", ...), "" if none.
        self.group_open = False  #: Whether the next line may continue it.
        self.lists = BulletLevels(max_depth)  #: Open bullet levels.
        self.clauses = ClauseLevels(max_depth)  #: Open clause levels.
        self.front_end = 0  #: Index of the first line past the front matter.
        self.front_ends_at_break = False  #: The front matter ends at a break after a field.
        self.questions_read = 0  #: Question headings read so far.
        #: The kind and marker of the last question heading read ("" if unnumbered).
        self.heading_marker: tuple[str, str] = ("", "")
        #: The questions that the unnumbered headings read so far name by topic or
        #: subject, and whether a numbered heading has been read.
        self.named_by_topic: set[str] = set()
        self.numbered_read = False
        #: The closing has begun: the rest is sign-off, contact fields and signature.
        self.in_closing = False
        #: Index of the first line of a closing signature at the end (-1: none; None:
        #: not looked for yet).
        self.signature: int | None = None
        #: For each question number, the indexes of the lines that open with that
        #: question's wording, and those of the lines that start an e-mail's tail (None:
        #: not looked for yet).
        self.wording_lines: tuple[dict[str, list[int]], list[int]] | None = None
        #: Indexes of the lines the original styled as headings (a Word heading style).
        self.heading_lines: frozenset[int] = frozenset()
        #: The part words ("part", "section", "тема") of the numbered part lines that
        #: head a question by their own title (None: not looked for yet).
        self.part_words: frozenset[str] | None = None
        #: Indexes of the sections of the writer's own outline that head a question by
        #: the topic their title names (None: not looked for yet).
        self.outline_topics: frozenset[int] | None = None
        #: The lines that ask about the questions' topics one after the other (see
        #: :func:`~wgec_parse.roles.headings.asks_topic_alone`), found on first use.
        self.asked_topics: dict[int, str] | None = None
        #: Indexes of the lines of the table of contents in the front matter, its title
        #: first (found with the front matter's end).
        self.table_of_contents: frozenset[int] = frozenset()
        #: The blank lines between the rows of the open table (0 or 1).
        self.table_spacing = 0

    @cached_property
    def keyed_questions(self) -> dict[str, int]:
        """The index of the last line keyed with each question's number ("Q.1 ...",
        "Question 2:"), by number."""
        keyed = {}
        for i, parts in enumerate(self.lines):
            if parts is not None and parts.kind == Kind.QKEY:
                number = question_number(parts.marker)
                if number is not None:
                    keyed[number] = i
        return keyed

    @cached_property
    def footnotes(self) -> frozenset[int]:
        """Indexes of the footnote lines at the foot of a page
        (:func:`~wgec_parse.layout.footnotes`), found when first asked for."""
        return footnotes(self.contents, self.lines)

    @cached_property
    def cut_sentence_headers(self) -> frozenset[int]:
        """Indexes of the running headers printed once between the halves of a sentence
        a page break cut (:func:`~wgec_parse.layout.cut_sentence_headers`)."""
        return cut_sentence_headers(self.lines)

    def last_text(self) -> str:
        """The text of the open block's last line that is not noise ("" if none)."""
        last = self.last_line()
        return last.text if last is not None else ""

    def last_line(self) -> Line | None:
        """The open block's last line that is not noise."""
        for entry in reversed(self.group):
            if type(entry) is Line:
                return entry
        return None

    def heading_read(self, marker: str, title: str) -> None:
        """Count a question heading read, with its ``marker`` ("" if unnumbered) and
        the ``title`` that an unnumbered one names its question by."""
        self.questions_read += 1
        if marker:
            self.numbered_read = True
            return
        named = match_topic(title, self.questions) or match_subject(title, self.questions)
        if named is not None:
            self.named_by_topic.add(named)

    def subject_unnamed(self, number: str | None) -> bool:
        """Whether a heading that names question ``number``'s subject may still head it:
        no heading has been read, or only unnumbered ones, none of which named it ("What
        enhanced cooperation should look like" after "What we recommend")."""
        if number is None:
            return False
        if not self.questions_read:
            return True
        return not self.numbered_read and number not in self.named_by_topic

    def ends_paragraph(self, text: str) -> bool:
        """Whether the open block's last line, short and ending a sentence, closed it
        before a line starting with ``text`` (single-spaced text only); in text written
        one paragraph a line (:attr:`~wgec_parse.layout.Layout.unwrapped`), any line but
        a heading's does."""
        short_line = self.layout.short_line
        if not short_line or not (text[:1].isupper() or text[:1].isdigit()):
            return False
        if type(self.group[-1]) is Noise:
            return False  # page furniture interrupts a block; it does not end it
        last = self.last_line()
        if last is not None and self.layout.unwrapped and self.group_type != Role.QUESTION:
            return True  # one paragraph a line: a line never wraps into the next
        return last is not None and self.ends_short(last.text, len(last.indent) + len(last.content))

    def ends_short(self, text: str, width: int) -> bool:
        """Whether a line of ``text``, written ``width`` characters wide, ends a sentence
        short of the usual width, where such a line ends its paragraph (single-spaced
        text only)."""
        short_line = self.layout.short_line
        if not short_line or not text.endswith((".", "!", "?")):
            return False
        return width < short_line or self.layout.unwrapped

    def next_content(self, i: int) -> int:
        """Index of the first non-blank line after ``i`` (or the number of lines)."""
        lines = self.lines
        j = i + 1
        while j < len(lines) and lines[j] is None:
            j += 1
        return j

    def blanks_before(self, i: int) -> int:
        """How many blank lines stand right before line ``i``."""
        lines = self.lines
        j = i - 1
        while j >= 0 and lines[j] is None:
            j -= 1
        return i - 1 - j

    def is_break(self, start: int, stop: int) -> bool:
        """Whether the blank lines ``start:stop`` break a paragraph."""
        return self.layout.is_break(self.contents[start:stop])


RuleFunction = Callable[["Reading", "Current"], "Decision | None"]

#: A line that may start a block only: a break before it, or no block open.
FRESH: Final = "fresh"
#: A line that may continue the open block: one is open and no break comes before it.
RUNNING: Final = "running"


class Rule(NamedTuple):
    """A context rule: its name, the function that decides, the kinds of line it looks
    at (every kind if None), whether it looks only at :data:`FRESH` or only at
    :data:`RUNNING` lines (both if None), and the line terminals it looks at (every
    terminal if None): its function returns None for the lines it does not look at."""

    name: str
    decide: RuleFunction
    kinds: frozenset[str] | None = None
    context: str | None = None
    terminals: frozenset[str] | None = None

    def applies(self, kind: str, fresh: bool, terminal: str | None = None) -> bool:
        """Whether the rule looks at a line of ``kind``, fresh or running, matched by
        ``terminal`` ("" for plain text; None: any terminal)."""
        if self.kinds is not None and kind not in self.kinds:
            return False
        if terminal is not None and self.terminals is not None and terminal not in self.terminals:
            return False
        return self.context is None or self.context == (FRESH if fresh else RUNNING)
