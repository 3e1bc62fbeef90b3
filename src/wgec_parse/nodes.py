"""The syntax tree of a submission: frozen, slotted attrs classes.

Who owns which character
========================
Every character of the input has exactly one owner, so that rendering is a plain
walk that concatenates fields in order and makes no decisions.

* A physical line ends at LF, CRLF or CR, and nowhere else (U+2028, U+0085, VT and
  FF are text).  The line ending is the ``eol`` of the line that it ends; the last
  line of a file without a final newline has ``eol == ""``.
* A *blank* line (only spaces, tabs or other space separators, or nothing) is a
  :class:`Blank`.  Blank lines belong to the next non-blank line: they are its
  ``leading`` tuple.  Blank lines after the last non-blank line belong to
  :attr:`Document.trailing`.
* A non-blank line is a :class:`Line`: ``indent`` (leading spaces, tabs, form feeds),
  ``marker`` (the numbering, bullet glyph or field name exactly as written, or
  ``""``), ``gap`` (the white space after the marker), ``text``, ``trailing_ws`` and
  ``eol``.
* A line that belongs to no structure (a bare URL, a page number, a form feed, a
  running header) is wrapped in :class:`Noise`.  Noise never splits a block: it sits
  among the lines of the block that was open when it appeared.
* Blocks (:class:`Paragraph`, :class:`Table`, :class:`Field`, :class:`Question`,
  :class:`Clause`, :class:`BulletItem`) own a ``lines`` tuple, whose first entry is the head line,
  followed by continuation lines and noise.  Containers own their children in
  ``body`` (or ``children``/``items``) in document order.
* A byte order mark is the flag :attr:`Document.bom`.

Positions are stored once, as the 1-based number of each :class:`Line`; every other
position (columns, ends, a block's span) is derived.  Columns count code points.

The one traversal
=================
Every node has ``child_nodes``: the nodes it owns, in document order.  A block's
``lines`` entries (lines and noise) come first, then what it holds (``body``, ``items``,
nested ``children``); a :class:`Noise` owns its line; a :class:`Line` and a
:class:`Blank` own no node.  Blank lines are trivia, not nodes of the walk: each belongs
to the line after it (:attr:`Line.leading`) or to the end of the document
(:attr:`Document.trailing`), as a line's indent and ``eol`` belong to it, and
:func:`iter_lines` gives them in their place.

The name ``children`` was taken before the walk existed, with narrower meanings that
stay: a bullet item's nested items (a field, and a JSON key) and a clause's sub-clauses.
``child_nodes`` is to them what the DOM's ``childNodes`` is to its ``children``.

:func:`walk` is the one traversal that rendering, clean text, the outline, Markdown,
answers, the JSON checks, validation and :func:`renumber` are written from.  It keeps
its own stack, so a tree nested deeper than Python's recursion limit walks as well.
Each class names the fields that hold its child nodes: ``_line_fields`` for the lines it
owns (a block's ``lines``, a noise's ``line``), ``_block_fields`` for the nodes nested in
it.  A new node kind declares them there, and the walk needs nothing more.  A walk with
``lines=False`` stays out of ``_line_fields``: it yields the blocks alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from typing import Any, ClassVar, Final

import attrs

from wgec_parse.folding import WIDE_PUNCTUATION, WRAPS_UNSPACED
from wgec_parse.submitters import (
    Submitter,
    behind_mailbox_organisation,
    called_by_its_kind,
    claimed_by_its_government,
    field_in_line,
    fields_in_value,
    forwarded_sender,
    from_capitals_at_start,
    from_fields,
    from_letterhead,
    from_line,
    from_name_before_street,
    from_paragraph,
    from_sentence,
    fullest_title,
    government_speaks,
    governs,
    has_sender,
    in_nominative,
    is_email_sender,
    is_subject,
    lines_of_name,
    mission_of,
    names_an_organ_alone,
    names_an_organ_of,
    names_government,
    names_its_writers,
    names_organisation,
    names_state_or_government,
    names_the_same,
    note_verbale_sender,
    personal_writer,
    prefer,
    prefers_the_speaker,
    says_personal,
    sender_line,
    speaker_for_state,
    speaks_as_subject,
    unit_named_by_a_title,
    unit_of_parent,
)

__all__ = [
    "Blank",
    "Block",
    "BulletItem",
    "BulletList",
    "Clause",
    "Closing",
    "Document",
    "Field",
    "FrontMatter",
    "Line",
    "LineLike",
    "Node",
    "Noise",
    "Paragraph",
    "Position",
    "Question",
    "Table",
    "clean_entries",
    "clean_join",
    "glyph_name",
    "iter_lines",
    "renumber",
    "walk",
]


@attrs.frozen
class Position:
    """A 1-based line and column (columns count code points)."""

    line: int  #: 1-based line number.
    column: int  #: 1-based column, in code points.


class _Node:
    """What every node class shares: the nodes it owns, for :func:`walk`."""

    __slots__ = ()
    #: The fields that hold the lines the node owns itself (lines and noise), in order.
    _line_fields: ClassVar[tuple[str, ...]] = ()
    #: The fields that hold the nodes nested in it (a node, None, or a tuple of nodes).
    _block_fields: ClassVar[tuple[str, ...]] = ()

    @property
    def child_nodes(self) -> tuple[Node, ...]:
        """The nodes this node owns, in document order (see the module docstring)."""
        return _values(self, self._line_fields + self._block_fields)


def _values(node: _Node, fields: tuple[str, ...]) -> tuple[Node, ...]:
    """The nodes that ``fields`` of ``node`` hold, in order."""
    out: tuple[Node, ...] = ()
    for name in fields:
        value = getattr(node, name)
        if isinstance(value, tuple):  # the parser may hand over a tuple subclass
            out += value
        elif value is not None:
            out += (value,)
    return out


# -- short reprs --------------------------------------------------------------------------

#: The longest :func:`repr` of a node, in characters.
REPR_WIDTH = 100


def _quoted(text: str, width: int) -> str:
    """``text`` in double quotes, backslash-escaped where not printable (a private-use
    glyph as ``\\uf0b7``), cut to at most ``width`` characters with "..."."""
    pieces: list[str] = []
    size = 2  # the quotes
    for ch in text:
        if ch in '"\\':
            piece = "\\" + ch
        elif ch.isprintable() and not "\ue000" <= ch <= "\uf8ff":
            piece = ch
        else:
            piece = ch.encode("unicode_escape").decode("ascii")
        if size + len(piece) > width:
            while pieces and size + 3 > width:  # room for "...", escapes kept whole
                size -= len(pieces.pop())
            return '"' + "".join(pieces) + '..."'
        pieces.append(piece)
        size += len(piece)
    return '"' + "".join(pieces) + '"'


def glyph_name(glyph: str) -> str:
    """A printable name for a bullet glyph: a private-use one as ``U+F0B7``, a lost one
    as ``(lost)``, any other as written."""
    if not glyph:
        return "(lost)"
    if len(glyph) == 1 and "\ue000" <= glyph <= "\uf8ff":
        return f"U+{ord(glyph):04X}"
    return glyph


def _glyph_label(glyph: str) -> str:
    """:func:`glyph_name`, with a long or unprintable glyph escaped and cut as a node's
    line shows it."""
    name = glyph_name(glyph)
    if name != glyph or (len(glyph) <= 10 and glyph.isprintable()):
        return name
    return _quoted(glyph, 12)[1:-1]


def _start_line(lines: tuple[LineLike, ...]) -> int | None:
    """The number of the first line of ``lines`` (None when there is none)."""
    if not lines:
        return None
    first = lines[0]
    return first.line.line if isinstance(first, Noise) else first.line


def _first_words(lines: tuple[LineLike, ...], width: int = REPR_WIDTH) -> str:
    """The start of the clean text of ``lines``: enough lines for ``width`` characters."""
    taken: list[LineLike] = []
    size = 0
    for entry in lines:
        taken.append(entry)
        size += len(entry.text) + 1
        if size > width:
            break
    return clean_join(tuple(taken))


def _brief(kind: str, label: str, line: int | None, text: str | None, note: str = "") -> str:
    """``<Kind label line N (note): "first words...">``, at most :data:`REPR_WIDTH`
    characters; parts that are empty or None are left out."""
    head = "<" + kind
    if label:
        head += " " + (label if len(label) <= 24 else label[:21] + "...")
    if line is not None:
        head += f" line {line}"
    if note:
        head += f" ({note})"
    if text is None:
        return head + ">"
    return f"{head}: {_quoted(text, max(REPR_WIDTH - len(head) - 3, 12))}>"


def _blocks_brief(kind: str, blocks: tuple[Paragraph | Field | Table | Noise, ...]) -> str:
    """The repr of front matter or a closing: where it starts, how many blocks, and the
    first words of its first block."""
    first = _lines_of(blocks[0]) if blocks else ()
    note = _plural(len(blocks), "block")
    return _brief(kind, "", _start_line(first), _first_words(first), note)


#: How a notebook shows a document or a question: a writer of ``node`` for each of
#: "text/html" and "text/markdown".  :mod:`wgec_parse` fills it in from the outline and
#: Markdown modules, which import this one.
NOTEBOOK_VIEWS: dict[str, Callable[[Node], str]] = {}


def _notebook_view(node: Node, mime: str) -> str | None:
    """``node`` written for ``mime``; None (IPython then tries another) without a writer."""
    writer = NOTEBOOK_VIEWS.get(mime)
    return writer(node) if writer is not None else None


def _plural(n: int, what: str) -> str:
    return f"{n} {what}" if n == 1 else f"{n} {what}s"


def _lines_of(block: Paragraph | Field | Table | Noise) -> tuple[LineLike, ...]:
    """The lines a front-matter or closing block owns."""
    return (block,) if isinstance(block, Noise) else block.lines


@attrs.frozen
class Blank(_Node):
    """A line holding nothing but white space."""

    ws: str = ""  #: The white space on the line (may be empty).
    eol: str = "\n"  #: The line ending: "\n", "\r\n", "\r", or "" at end of file.

    def __repr__(self) -> str:
        """``<Blank " \\n">``: its white space and line ending."""
        return f"<Blank {_quoted(self.ws + self.eol, 40)}>"


@attrs.frozen(weakref_slot=False)
class Line(_Node):
    """One non-blank physical line, or one segment of a flattened one, split into its
    lexical parts.

    A flattened line (a page or a form on one line, see :mod:`wgec_parse.segments`) is
    read as several segments: each is a ``Line`` with the physical line's number, every
    one but the last with ``eol == ""``, and ``offset`` the code points of the physical
    line before it, so that positions stay those of the source.  (Without a weak
    reference slot, the extra field costs an ordinary line no memory.)
    """

    line: int  #: 1-based number of this line in the source.
    text: str = ""  #: The content after the marker and gap, without trailing white space.
    marker: str = ""  #: Numbering, glyph or field name exactly as written, or "".
    gap: str = ""  #: White space between marker and text.
    indent: str = ""  #: White space (and form feeds) before the marker or text.
    trailing_ws: str = ""  #: White space after the text.
    eol: str = "\n"  #: The line ending: "\n", "\r\n", "\r", or "" at end of file.
    leading: tuple[Blank, ...] = ()  #: Blank lines just before this line.
    #: Code points of the physical line before this segment (0 for a whole line).
    offset: int = 0

    @property
    def content(self) -> str:
        """The visible part of the line: marker, gap and text."""
        return self.marker + self.gap + self.text

    @property
    def start(self) -> Position:
        """Where the visible part starts."""
        return Position(self.line, self.offset + len(self.indent) + 1)

    @property
    def end(self) -> Position:
        """Just past the last visible character (exclusive)."""
        return Position(self.line, self.offset + len(self.indent) + len(self.content) + 1)

    @property
    def text_column(self) -> int:
        """1-based column where :attr:`text` starts."""
        return self.offset + len(self.indent) + len(self.marker) + len(self.gap) + 1

    def __repr__(self) -> str:
        """``<Line 12: "1.1 The process...">``: its number and visible content."""
        return _brief("Line", str(self.line), None, self.content)


@attrs.frozen
class Noise(_Node):
    """A line that belongs to no structure: a stray URL, a page number, a form feed."""

    _line_fields = ("line",)
    line: Line  #: The physical line.

    @property
    def text(self) -> str:
        """The line's visible content."""
        return self.line.content

    @property
    def start(self) -> Position:
        """Where the visible part starts."""
        return self.line.start

    @property
    def end(self) -> Position:
        """Just past the last visible character."""
        return self.line.end

    def __repr__(self) -> str:
        """``<Noise line 12: "http://...">``."""
        return _brief("Noise", "", self.line.line, self.line.content)


LineLike = Line | Noise


def _nth_line(lines: tuple[LineLike, ...], count: int) -> int:
    """How many entries of ``lines`` hold its first ``count`` lines (noise between
    them included)."""
    seen = 0
    for k, entry in enumerate(lines):
        if type(entry) is Line:
            seen += 1
            if seen == count:
                return k + 1
    return len(lines)


def clean_join(lines: tuple[LineLike, ...]) -> str:
    """Join the text of ``lines`` into one clean string.

    Noise is skipped, wraps become one space, and nothing is inserted after a hyphen
    that ends a line right after a letter or digit ("globally-" + "applicable"), nor
    between Chinese or Japanese text (or its full-width punctuation) on both sides of
    the wrap, which is written without spaces, nor after such punctuation.
    """
    out = ""
    for entry in lines:
        if type(entry) is Noise:
            continue
        text = entry.text
        if not text:
            continue
        hyphenated = out[-1:] == "-" and len(out) > 1 and out[-2].isalnum()
        if out and not hyphenated and not _wraps_unspaced(out[-1], text[0]):
            out += " "
        out += text
    return out


#: A word broken at a hyphen at the end of a line: a letter, then the hyphen.
_BROKEN_WORD: Final = re.compile(r"[^\W\d_]-\Z")


def _rejoined(texts: Sequence[str]) -> str:
    """``texts`` joined by spaces, a word that a hyphen breaks between two of them, in
    lower case on both sides, rejoined without it ("aten-" + "tamente")."""
    out: list[str] = []
    for text in texts:
        last = out[-1] if out else ""
        if last[-2:-1].islower() and _BROKEN_WORD.search(last) and text[:1].islower():
            out[-1] = last[:-1] + text
        else:
            out.append(text)
    return " ".join(out)


def _wraps_unspaced(before: str, after: str) -> bool:
    """Whether a wrap between the characters ``before`` and ``after`` adds no space:
    both are Chinese or Japanese (:data:`~wgec_parse.folding.WRAPS_UNSPACED`), or
    ``before`` is their full-width punctuation ("。" + "Internet")."""
    if before < "\u3000" or WRAPS_UNSPACED.match(before) is None:
        return False
    return WIDE_PUNCTUATION.match(before) is not None or WRAPS_UNSPACED.match(after) is not None


class _HasLines(_Node):
    """Shared behaviour of blocks that own a ``lines`` tuple."""

    __slots__ = ()
    _line_fields: ClassVar[tuple[str, ...]] = ("lines",)
    lines: tuple[LineLike, ...]

    @property
    def head(self) -> Line:
        """The first line of the block (the one carrying the marker)."""
        first = self.lines[0]
        return first.line if isinstance(first, Noise) else first

    @property
    def marker(self) -> str:
        """The numbering, glyph or field name exactly as written."""
        return self.head.marker

    @property
    def noise(self) -> tuple[Noise, ...]:
        """Noise lines that interrupt this block."""
        return tuple(entry for entry in self.lines if isinstance(entry, Noise))

    @property
    def start(self) -> Position:
        """Where the block's first visible character is."""
        return self.head.start

    @property
    def end(self) -> Position:
        """Just past the block's own last line (children excluded)."""
        last = self.lines[-1]
        return last.end


@attrs.frozen
class Paragraph(_HasLines):
    """Running text: one or more lines up to a paragraph break."""

    lines: tuple[LineLike, ...]  #: Head line, continuation lines and noise.

    @property
    def text(self) -> str:
        """The paragraph's clean text."""
        return clean_join(self.lines)

    def __repr__(self) -> str:
        """``<Paragraph line 12: "The first words...">``."""
        return _brief("Paragraph", "", _start_line(self.lines), _first_words(self.lines))


def table_cells(row: str) -> tuple[str, ...]:
    """The cells of a table row as written (``"| a | b \\| c |"``): the text between
    its "|", each stripped of white space, an escaped ``\\|`` kept as "|" in the cell;
    the "|" that opens and the one that closes the row delimit no cell."""
    body = row.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    cells: list[str] = []
    cell = ""
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and body[i + 1 : i + 2] == "|":
            cell += "|"
            i += 2
            continue
        if ch == "|":
            cells.append(cell.strip())
            cell = ""
        else:
            cell += ch
        i += 1
    cells.append(cell.strip())
    return tuple(cells)


def is_delimiter_row(cells: tuple[str, ...]) -> bool:
    """Whether a row's cells are those of the delimiter row under a table's header:
    hyphens, with a colon at either end or none (``---``, ``:--:``), in every cell (what
    the ``TEXT_TABLE_RULE`` terminal of ``grammar/lines.lark`` matches)."""
    for cell in cells:
        core = cell.removeprefix(":").removesuffix(":")
        if not core or core.strip("-"):
            return False
    return True


def _joined(cells: tuple[str, ...]) -> str:
    """A row's cells joined by " | ", a "|" in a cell written ``\\|``."""
    return " | ".join(cell.replace("|", "\\|") for cell in cells)


@attrs.frozen
class Table(_HasLines):
    """A table written as rows of cells between "|", one row a line: a Markdown table
    (a header row, the delimiter row ``|---|---|``, body rows) or the rows the Word
    reader writes (``| cell | cell |``), two rows at least."""

    lines: tuple[LineLike, ...]  #: The rows as written, the delimiter row too, and noise.

    @property
    def rows(self) -> tuple[tuple[str, ...], ...]:
        """Every row but the delimiter rows (rows of hyphens: the one under the header,
        or a rule drawn between rows), as its cells' text (:func:`table_cells`)."""
        out = []
        for entry in self.lines:
            if type(entry) is Line:
                cells = table_cells(entry.content)
                if not is_delimiter_row(cells):
                    out.append(cells)
        return tuple(out)

    @property
    def header(self) -> tuple[str, ...] | None:
        """The cells of the header row: the row right above the delimiter row, where the
        table has one as its second row; None otherwise."""
        rows = [entry for entry in self.lines if type(entry) is Line]
        if len(rows) >= 2 and is_delimiter_row(table_cells(rows[1].content)):
            return table_cells(rows[0].content)
        return None

    @property
    def data_rows(self) -> tuple[tuple[str, ...], ...]:
        """The rows under the header (every row where the table has no header)."""
        rows = self.rows
        return rows[1:] if rows and self.header is not None else rows

    @property
    def columns(self) -> int:
        """The number of columns: the cells of the widest row."""
        return max((len(row) for row in self.rows), default=0)

    @property
    def text(self) -> str:
        """The table's clean text: a row a line, its cells joined by " | " (a "|" in a
        cell written ``\\|``, as in the table)."""
        return "\n".join(_joined(row) for row in self.rows)

    @property
    def shape(self) -> str:
        """``3x2``: the rows under the header, by the columns."""
        return f"{len(self.data_rows)}x{self.columns}"

    @property
    def title(self) -> str:
        """The header's cells (the first row's where the table has no header), joined
        by " | " (a "|" in a cell written ``\\|``)."""
        rows = self.rows
        return _joined(rows[0]) if rows else ""

    def __repr__(self) -> str:
        """``<Table line 12 (3x2): "Country | Online public services ...">``: its line,
        shape and header."""
        if not self.lines:
            return _brief("Table", "", None, "")
        return _brief("Table", "", _start_line(self.lines), self.title, self.shape)


@attrs.frozen
class Field(_HasLines):
    """A memo or cover field such as ``Date:   05-12-2016``; the value may wrap."""

    lines: tuple[LineLike, ...]  #: Head line (marker = the name as written), continuations.

    @property
    def name(self) -> str:
        """The field name without its colon: "Att.", "Submitted by"."""
        return self.marker.rstrip(":：").rstrip()

    @property
    def value(self) -> str:
        """The field's clean value, wrapped lines joined."""
        return clean_join(self.lines)

    def __repr__(self) -> str:
        """``<Field Date line 3: "05-12-2016">``: its name, line and value."""
        name = self.name if self.lines else ""
        return _brief("Field", name, _start_line(self.lines), _first_words(self.lines))


class _FieldsAndParagraphs(_Node):
    """Views shared by the nodes whose ``blocks`` are paragraphs, fields, tables and
    noise."""

    __slots__ = ()
    blocks: tuple[Paragraph | Field | Table | Noise, ...]

    @property
    def fields(self) -> tuple[Field, ...]:
        """The fields, in order."""
        return tuple(b for b in self.blocks if type(b) is Field)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The paragraphs, in order."""
        return tuple(b for b in self.blocks if type(b) is Paragraph)

    @property
    def tables(self) -> tuple[Table, ...]:
        """The tables, in order."""
        return tuple(b for b in self.blocks if type(b) is Table)

    def labelled(self, *, signed: bool = False) -> Iterator[tuple[str, str]]:
        """(name, value) of each field, then of each row of two cells of its tables (a
        cover table of "Organization | Example Network" rows is read as fields are),
        then of each paragraph of one line that reads as a field although the grammar
        did not read it as one (:func:`~wgec_parse.submitters.field_in_line`: a form's
        "Organization<TAB>Example Network" row, "Фамилия, имя: ..."), and, unless
        ``signed``, a printed e-mail's sender line as its "From" field
        (:func:`~wgec_parse.submitters.sender_line`), alone or over the date and the
        addressee, and each row with a tab of a longer paragraph (a form's rows run
        together under its title); a Chinese field's value that runs on past ideographic
        spaces into other fields ("发布时间：2017-01-02　作者：周思远") gives them too
        (:func:`~wgec_parse.submitters.fields_in_value`).  ``signed``: the
        fields close a letter, and a field's value ends where a signature starts under
        it (:func:`~wgec_parse.submitters.lines_of_name`)."""
        for block in self.blocks:
            if type(block) is Field:
                if signed:
                    texts = [e.text for e in block.lines if type(e) is Line]
                    kept = lines_of_name(texts)
                    yield block.name, clean_join(block.lines[: _nth_line(block.lines, kept)])
                else:
                    yield from fields_in_value(block.name, block.value)
        for table in self.tables:
            for row in table.rows:
                if len(row) == 2:
                    yield row[0], row[1]
        above = ""  # the line above the block's first, where it is a paragraph's
        personal = not signed and says_personal(b.text for b in self.blocks if type(b) is Paragraph)
        for block in self.blocks:
            if type(block) is Paragraph and not signed:
                yield from _forwarded_senders(above, block, personal)
            last = block.lines[-1] if type(block) is Paragraph else None
            above = last.content if type(last) is Line else ""
            if type(block) is Paragraph and len(block.lines) == 1:
                # A sender line before a form's row: its date may follow a tab.
                field = None if signed else sender_line(block.text)
                if field is None:
                    field = field_in_line(block.text)
                if field is not None:
                    yield field
            elif type(block) is Paragraph and not signed:
                # A printed e-mail's sender over its date and addressee
                # ("Jane Example <jane@example.net>" / "30 Dec 2016, 22:47" / "to stdev").
                first = block.lines[0]
                field = sender_line(first.content) if type(first) is Line else None
                if field is not None:
                    yield field
                yield from _form_rows(block)


def _forwarded_senders(
    above: str, paragraph: Paragraph, personal: bool
) -> Iterator[tuple[str, str]]:
    """("From", name) of each line of a paragraph that names the sender of a forwarded
    message under the line that says it is forwarded (``above`` for the first line;
    :func:`~wgec_parse.submitters.forwarded_sender`, a person's name too where the text
    is written in a personal capacity, ``personal``)."""
    for line in paragraph.lines:
        if type(line) is not Line:
            above = ""
            continue
        field = forwarded_sender(above, line.content, personal=personal)
        if field is not None:
            yield field
        above = line.content


def _form_rows(paragraph: Paragraph) -> Iterator[tuple[str, str]]:
    """(name, value) of each line of a paragraph that is a form's row, a label, a tab and
    its value, as a form's rows run together under its title ("Export of responses"
    over "Organization<TAB>Example Network")."""
    for line in paragraph.lines:
        if type(line) is Line and "\t" in line.content:
            field = field_in_line(line.content)
            if field is not None:
                yield field


@attrs.frozen
class FrontMatter(_FieldsAndParagraphs):
    """Everything before the first question, clause or bullet: cover lines, fields and
    tables."""

    _block_fields = ("blocks",)
    blocks: tuple[Paragraph | Field | Table | Noise, ...]  #: In document order.

    @property
    def cover(self) -> tuple[Paragraph, ...]:
        """The cover paragraphs (title lines, disclaimers written without a colon)."""
        return self.paragraphs

    def field(self, *names: str) -> Field | None:
        """The first field whose name is one of ``names`` (case-insensitive)."""
        wanted = {n.casefold() for n in names}
        for f in self.fields:
            if f.name.casefold() in wanted:
                return f
        return None

    @property
    def submitter(self) -> Submitter | None:
        """Who submitted the contribution (:meth:`_read_submitter`), a Russian name read
        in the genitive from a title as the letterhead writes it in the nominative
        (:func:`~wgec_parse.submitters.in_nominative`)."""
        found = self._read_submitter()
        if found is None:
            return None
        return in_nominative(found, self._letterhead_lines(set())) or found

    def _read_submitter(self) -> Submitter | None:
        """Who submitted the contribution, and where that was read: the most telling
        field (an organisation before an e-mail's sender; a row of two cells of a cover
        table counts as a field, :meth:`labelled`; a field that names a paper's writers,
        "Authors: Dr. A. Example", yields to a letterhead or title that names an
        organisation, or else to a covering sentence that names one,
        :func:`~wgec_parse.submitters.names_its_writers`), else a cover
        line that names
        it ("Submitted by the Permanent Mission of ..."), else a title ("Contribution of
        ..."; a sentence of the covering letter that names the same body in running
        text instead, :func:`~wgec_parse.submitters.names_the_same`; a title that names
        a government before the ministry's letterhead above it, but not before the body
        a covering sentence says submits for it,
        :func:`~wgec_parse.submitters.prefers_the_speaker`), else, less surely,
        the subject line or a sentence of the covering letter ("... the views of the
        Government of X on ..."), else a letterhead's line in
        capitals run together with the lines under it, or the words in capitals that
        open the cover when it runs on without a line break (a flattened page,
        :func:`~wgec_parse.submitters.from_capitals_at_start`), or the name that runs on
        into its street address (:func:`~wgec_parse.submitters.from_name_before_street`),
        else a running header that
        names an organisation, in the six UN languages (:mod:`wgec_parse.submitters`)."""
        fields = list(self.labelled())
        cover = self.cover_texts  # built once: the reads below share it
        found = from_fields(fields, cover)
        writers = found if found is not None and names_its_writers(found) else None
        if found is not None and writers is None:
            return behind_mailbox_organisation(found, fields, cover) or found
        titles = []
        titled_at: set[int] = set()
        for paragraph in self.cover:
            lines = [line.content for line in paragraph.lines if type(line) is Line]
            read = from_paragraph(lines, paragraph.text)
            if read is not None and read.confidence == "field":
                return read
            if read is not None:
                titles.append(read)
                titled_at.add(id(paragraph))
        sentence = next(filter(None, map(from_sentence, cover)), None)
        if sentence is None and len(self.cover) > 1:
            # The cover run together hides a sentence behind a byline that ends no
            # sentence ("Posted on ... by Editorial Team" over "Example Collective has
            # sent ..."): each paragraph on its own.
            paragraphs = (paragraph.text for paragraph in self.cover)
            sentence = next(filter(None, map(from_sentence, paragraphs)), None)
        if writers is not None:  # "Authors: Dr. A. Example" under the institute's name
            titled = next(filter(names_organisation, titles), None)
            if titled is None and sentence is not None and names_organisation(sentence):
                return sentence  # "قدم مركز ... مساهمة" under "بقلم: د. ..."
            return titled or writers
        if titles:
            return self._from_titles(titles, titled_at, sentence)
        if sentence is not None:
            # A state a sentence names yields to the body another says speaks for it.
            return speaker_for_state(sentence, cover) or sentence
        for paragraph in self.cover:
            read = from_letterhead([e.content for e in paragraph.lines if type(e) is Line])
            if read is not None:
                return read
        first = self.blocks[0] if self.blocks else None
        if type(first) is Paragraph:  # a letterhead run on into the lines under it
            read = from_capitals_at_start(first.text) or from_name_before_street(first.text)
            if read is not None:
                return read
        lines = [
            e.content
            for block in self.blocks
            if type(block) is Paragraph or type(block) is Field
            for e in block.lines
            if type(e) is Line
        ]
        return personal_writer(lines, cover) or self._running_title()

    def _from_titles(
        self, titles: list[Submitter], titled_at: set[int], sentence: Submitter | None
    ) -> Submitter:
        """The submitter where cover lines read as ``titles`` (their paragraphs' ids in
        ``titled_at``) name one: a letterhead's name in capitals, or run together with
        the lines under it, and a title that names the body by its kind alone ("协会"),
        yield to the covering ``sentence`` that names the same body in running text
        (:func:`~wgec_parse.submitters.called_by_its_kind`); a unit's letterhead line,
        under its parent's, is the submitter where a title names that unit
        (:func:`~wgec_parse.submitters.unit_named_by_a_title`); a ministry's letterhead
        yields to a title that names its government ("Contribution of the Government of
        X"), and to a covering sentence whose subject is the government of the state a
        title names (:func:`~wgec_parse.submitters.governs`);
        and a title that names the state, to the body a sentence says submits for it,
        read from the cover without the titles' own lines ("Contribution du X ..."
        over "Le Ministère de ... a l'honneur de transmettre ..."), and to the
        letterhead of its mission above it when it names the state by its name alone
        (:func:`~wgec_parse.submitters.mission_of`); but a title that names the
        government as the contributor stays the submitter over the body that presents
        its views, unless the cover says that body submits on the government's behalf
        (:func:`~wgec_parse.submitters.claimed_by_its_government`); a covering sentence
        whose subject the letterhead lists under its ministry outranks the titles
        (:meth:`_unit_listed_and_speaking`), unless a title names the state or its
        government ("APORTE DEL ESTADO ... DE X" over "El Viceministerio ... presenta, en
        nombre del Estado ...")."""
        if sentence is not None and (
            names_the_same(titles[0], sentence) or called_by_its_kind(titles[0], sentence)
        ):
            return speaker_for_state(sentence, self.cover_texts) or sentence
        if sentence is not None and government_speaks(sentence):
            return sentence  # "The Government of X, through the Ministry of Y, presents"
        unit = self._unit_listed_and_speaking(titled_at)
        if unit is not None and not any(map(names_state_or_government, titles)):
            return unit  # "Le Service X a l'honneur ..." under "Ministère d'État" / "Service X"
        texts = self._texts(titled_at)
        translated = _translated_letterhead(titles, texts[-1])
        if translated is not None:  # "COLECTIVO ANDINO ..." over "Andean ... Collective"
            return translated
        unit = unit_named_by_a_title(titles) or unit_of_parent(titles, texts[-1])
        if unit is not None:  # "Dirección Nacional de X" under "MINISTERIO DE ..."
            return unit
        # The speaker of the cover without the titles, only where a sentence names one.
        speaker = None if sentence is None else next(filter(None, map(from_sentence, texts)), None)
        if sentence is not None and speaker is not None and governs(speaker, sentence):
            return speaker  # "The Government of the Republic of X welcomes ..."
        titled = next(filter(names_government, titles), None) or fullest_title(titles)
        if sentence is not None and any(governs(sentence, title) for title in titles):
            return sentence  # "INPUT OF THE KINGDOM OF X", then "The Government of ..."
        mission = mission_of(titled, self._letterhead_lines(titled_at))
        if mission is not None:  # "MISIÓN PERMANENTE DE X" over "Aportes de X ..."
            return mission
        if prefers_the_speaker(titled, sentence, self.cover_texts[-1]):
            return sentence or titled
        if sentence is None or claimed_by_its_government(titled, self.cover_texts):
            return titled
        if speaker is not None and prefers_the_speaker(titled, speaker, texts[-1]):
            return speaker
        # ... or where the title's paragraph holds the covering sentence too.
        speaker = speaker_for_state(sentence, self.cover_texts)
        if speaker is not None and prefers_the_speaker(titled, speaker, texts[-1]):
            return speaker
        return titled

    def _unit_listed_and_speaking(self, titled_at: set[int]) -> Submitter | None:
        """The body a covering sentence names as its subject where the letterhead lists
        it alone on a line under a titled paragraph (ids in ``titled_at``): a unit
        under its ministry ("Ministère d'État" over "Service des médias et des
        communications", then "Le Service des médias et des communications a
        l'honneur de transmettre ...")."""
        listed: set[str] = set()
        titled = False
        for paragraph in self.cover:
            lines = [e.content.strip() for e in paragraph.lines if type(e) is Line]
            if titled and len(lines) == 1:
                listed.add(lines[0].casefold())
            titled = titled or id(paragraph) in titled_at
        if not listed:
            return None
        for text in self.cover_texts:
            found = from_sentence(text)
            # The sentence's subject ("Le Service X a l'honneur ..."), not a title's
            # words ("Contribution of the Republic of X").
            opens = found is not None and 0 <= found.source.find(found.name) <= _ARTICLE_MAX
            if (
                found is not None
                and opens
                and found.name.casefold() in listed
                and speaks_as_subject(found)
            ):
                return found
        return None

    def _letterhead_lines(self, left_out: set[int]) -> Iterator[str]:
        """The lines of the cover's paragraphs, and each paragraph whole, but for those
        whose ids are in ``left_out``."""
        for paragraph in self.cover:
            if id(paragraph) not in left_out:
                yield from (e.content for e in paragraph.lines if type(e) is Line)
                yield paragraph.text

    def _running_title(self) -> Submitter | None:
        """A title that a running header of the front matter names (the letterhead
        repeated at the top of every page, read as noise), least surely of all."""
        for block in self.blocks:
            if type(block) is Noise:
                read = from_line(block.text.strip(" \t\f"))
                if read is not None and read.confidence == "title":
                    return read
        return None

    @property
    def cover_texts(self) -> list[str]:
        """Texts that may name the submitter in a sentence: the value of each subject
        field, then the cover as one text (its paragraphs and other fields' values in
        order, joined by spaces: a sentence of double-spaced text spans paragraphs), a
        word broken at a hyphen from one line to the next rejoined ("saluda aten-" over
        "tamente" is "saluda atentamente")."""
        return self._texts(set())

    def _texts(self, left_out: set[int]) -> list[str]:
        """:attr:`cover_texts`, the paragraphs whose ids are in ``left_out`` left out."""
        subjects: list[str] = []
        cover: list[str] = []
        for block in self.blocks:
            if type(block) is Paragraph and id(block) in left_out:
                continue
            if type(block) is Paragraph:
                texts = [line.text for line in block.lines if type(line) is not Noise]
                broken = any(_BROKEN_WORD.search(text) for text in texts)
                cover.append(_rejoined(texts) if broken else block.text)
            elif type(block) is Field:
                (subjects if is_subject(block.name) else cover).append(block.value)
        return [*subjects, _rejoined(cover)]

    @property
    def submitted_by(self) -> str | None:
        """The name of who submitted the contribution (see :attr:`submitter`)."""
        found = self.submitter
        return found.name if found is not None else None

    @property
    def disclaimer(self) -> str | None:
        """The disclaimer text, if there is one."""
        f = self.field("Disclaimer")
        return f.value if f is not None else None

    def __repr__(self) -> str:
        """``<FrontMatter line 1 (5 blocks): "First words...">``."""
        return _blocks_brief("FrontMatter", self.blocks)


@attrs.frozen
class BulletItem(_HasLines):
    """One list item: its glyph line, continuation lines, the tables indented under its
    text, and nested items."""

    _block_fields = ("tables", "children")
    lines: tuple[LineLike, ...]  #: Head line (marker = glyph, "" if lost) and continuations.
    #: Tables indented under the item's text, after its lines (before nested items);
    #: given by keyword, so that ``BulletItem(lines, children)`` reads as it always has.
    tables: tuple[Table, ...] = attrs.field(default=(), kw_only=True)
    children: tuple[BulletItem, ...] = ()  #: Nested items.

    @property
    def glyph(self) -> str:
        """The bullet glyph as written; "" where extraction lost it."""
        return self.head.marker

    @property
    def text(self) -> str:
        """The item's clean text (nested items excluded)."""
        return clean_join(self.lines)

    def __repr__(self) -> str:
        """``<BulletItem U+F0B7 line 20 (2 nested): "First words...">``."""
        glyph = _glyph_label(self.glyph) if self.lines else ""
        nested = _plural(len(self.children), "nested item") if self.children else ""
        return _brief(
            "BulletItem", glyph, _start_line(self.lines), _first_words(self.lines), nested
        )


@attrs.frozen
class BulletList(_Node):
    """A run of sibling bullet items."""

    _block_fields = ("items",)
    items: tuple[BulletItem, ...]  #: The items, in order.

    @property
    def start(self) -> Position:
        """Where the first item starts."""
        return self.items[0].start

    def __repr__(self) -> str:
        """``<BulletList line 20 (3 items): "First words of the first item...">``."""
        first = self.items[0].lines if self.items else ()
        note = _plural(len(self.items), "item")
        return _brief("BulletList", "", _start_line(first), _first_words(first), note)


def _normalise_clause_number(marker: str) -> str:
    """The key of a clause number: brackets (square ones too: "[1.2.]") and closing
    punctuation dropped (the spaced dash of "2 -" too), digits of any script (and
    circled numbers) as ASCII digits, "/" and "-" between numbers as "." ("2/1" is
    "2.1"), and "(" after a number too ("2(a)" is "2.a"); the ordinal signs of "第一，",
    "其一，" and "一是，", "1.º" and "2°" dropped too ("一", "1", "2"); ordinal words as
    digits ("PRIMERO.-" and "أولاً:" are "1"); roman number forms as letters ("Ⅱ．" is
    "II")."""
    from wgec_parse.numbering import ordinal_word_value, roman_letters

    core = marker.strip("()（）[]")
    if core.endswith(("°/", "º/")):
        core = core[:-1]  # "1°/": the slash after the ordinal sign
    core = core.rstrip(".)、-–—．，,：:ºª°").rstrip(". \u00a0")
    core = roman_letters(core)  # "Ⅱ．" is "II", as "II." is
    core = core.removeprefix("第").removeprefix("其").removesuffix("是")
    value = ordinal_word_value(core) if len(core) > 3 else None
    if value is not None:  # "PRIMERO.-", "أولاً:"
        return str(value)
    if core.isascii():  # "2(a)" is "2.a", as "2.a)" is
        return (
            core.replace("/", ".").replace("-", ".").replace("(", ".")
            if core[:1].isdigit()
            else core
        )
    digits = "".join(
        str(unicodedata.digit(ch))
        if ch.isdecimal()
        else str(int(unicodedata.numeric(ch)))
        if "\u2460" <= ch <= "\u2473"  # circled numbers: "①" is "1"
        else ch
        for ch in core
    )
    return digits.replace("/", ".").replace("-", ".") if digits[:1].isdigit() else digits


def _numbers(marker: str) -> bool:
    """Whether a heading's marker holds a number or a letter (not a bullet's glyph)."""
    return any(ch.isalnum() for ch in marker)


class _WithBody(_HasLines):
    """Views shared by clauses and questions, whose ``body`` holds paragraphs, bullet
    lists and clauses."""

    __slots__ = ()
    body: tuple[Block, ...]

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The paragraphs directly in the body, in order: under a question's heading, or
        after a clause's own first paragraph."""
        return tuple(b for b in self.body if type(b) is Paragraph)

    @property
    def tables(self) -> tuple[Table, ...]:
        """The tables directly in the body, in order."""
        return tuple(b for b in self.body if type(b) is Table)


@attrs.frozen
class Clause(_WithBody):
    """A numbered clause (``1.1``, ``2.5``, ``(a)``) and what follows it."""

    _block_fields = ("body",)
    lines: tuple[LineLike, ...]  #: Head line (marker = number as written), continuations.
    body: tuple[Block, ...] = ()  #: Paragraphs, bullet lists, tables and sub-clauses, in order.

    @property
    def number(self) -> str:
        """The normalised number: "1.1." and "1.1)" give "1.1", "2/1" and "١.٢" give "2.1"
        and "1.2", "(a)" gives "a", "（一）" gives "一"."""
        return _normalise_clause_number(self.head.marker)

    @property
    def text(self) -> str:
        """The clause's own clean text (its first paragraph)."""
        return clean_join(self.lines)

    @property
    def bullets(self) -> tuple[BulletItem, ...]:
        """The first-level bullet items of the clause's lists."""
        return tuple(i for b in self.body if type(b) is BulletList for i in b.items)

    @property
    def children(self) -> tuple[Clause, ...]:
        """Sub-clauses (``2.5.1`` under ``2.5``)."""
        return tuple(b for b in self.body if type(b) is Clause)

    def __repr__(self) -> str:
        """``<Clause 1.2 line 14: "The process should be...">``."""
        number = self.number if self.lines else ""
        return _brief("Clause", number, _start_line(self.lines), _first_words(self.lines))


@attrs.frozen
class Question(_WithBody):
    """A question heading and the answer under it."""

    _block_fields = ("body",)
    lines: tuple[LineLike, ...]  #: Heading line(s): marker as written, title wraps.
    body: tuple[Block, ...] = ()  #: Paragraphs, lists and tables, then clauses, in order.

    @property
    def number(self) -> str:
        """The normalised question number ("1)" and "Question 1:" give "1", "(b)" gives
        "2"); "" if none.  A section's number gives way to the question keyword its
        title opens with ("2.0 GUIDING QUESTION ONE" answers question 1), or to the
        question its title names in brackets at its end ("А. Рекомендации (вопрос 2)").  A bullet's
        glyph ("* Recommendations") numbers nothing: the title is read as an unnumbered
        heading's is."""
        from wgec_parse.numbering import (
            heading_number,
            keyword_number,
            question_number,
            referenced_number,
        )

        marker = self.marker
        if not _numbers(marker):
            return question_number("", self.title)
        return (
            keyword_number(self.head.text)
            or referenced_number(self.head.text)
            or heading_number(marker)
        )

    @property
    def numbered(self) -> bool:
        """Whether the heading says its number: a marker, an ordinal in the lead phrase
        of its title ("On the second question (recommendations)"), or a question named in
        brackets at its end ("Recommendations (Q2)")."""
        from wgec_parse.numbering import lead_number, referenced_number

        title = self.title
        return _numbers(self.marker) or bool(lead_number(title) or referenced_number(title))

    @property
    def title(self) -> str:
        """The heading's clean text, wrapped lines joined."""
        return clean_join(self.lines)

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """The top-level clauses of the answer."""
        return tuple(b for b in self.body if type(b) is Clause)

    @property
    def bullets(self) -> tuple[BulletItem, ...]:
        """Every bullet item of the answer in reading order, nested items and the items
        inside clauses included (:attr:`Clause.bullets` gives a clause's first level)."""
        return tuple(n for n, _ in walk(self, lines=False) if type(n) is BulletItem)

    @property
    def answer_text(self) -> str:
        """The clean text of the whole answer, heading left out: what
        :func:`~wgec_parse.rendering.render_clean` gives for the question after its
        heading's line and the empty line after it ("" for an unanswered question)."""
        answer = clean_entries(self)[1:]
        return "\n\n".join(answer) + ("\n" if answer else "")

    def __repr__(self) -> str:
        """``<Question 2 line 30 (4 blocks): "Taking into consideration...">``."""
        number = self.number if self.lines else ""
        note = _plural(len(self.body), "block")
        return _brief("Question", number, _start_line(self.lines), _first_words(self.lines), note)

    def _repr_html_(self) -> str | None:
        """Shown by Jupyter: the repr, then the outline with each block's first words."""
        return _notebook_view(self, "text/html")

    def _repr_markdown_(self) -> str | None:
        """Shown by Jupyter where Markdown is preferred: :func:`to_markdown`."""
        return _notebook_view(self, "text/markdown")


@attrs.frozen
class Closing(_FieldsAndParagraphs):
    """What follows the last answer from a sign-off on ("Best regards,", "Sent from my
    iPhone", "-- "): the sign-off, names and signature as paragraphs, contact fields
    ("Contact:", "E-mail:"), tables and noise."""

    _block_fields = ("blocks",)
    blocks: tuple[Paragraph | Field | Table | Noise, ...]  #: In document order.

    def __repr__(self) -> str:
        """``<Closing line 80 (3 blocks): "Best regards,">``."""
        return _blocks_brief("Closing", self.blocks)


#: What a question's or clause's body holds.
Block = Paragraph | BulletList | Table | Clause


@attrs.frozen
class Document(_Node):
    """A whole submission."""

    _block_fields = ("front_matter", "body", "questions", "closing")
    front_matter: FrontMatter | None = None  #: Cover and memo fields, if any.
    body: tuple[Block, ...] = ()  #: Blocks before the first question heading.
    questions: tuple[Question, ...] = ()  #: The questions, in order.
    trailing: tuple[Blank, ...] = ()  #: Blank lines at the end of the file.
    bom: bool = False  #: Whether the text started with U+FEFF.
    encoding: str | None = None  #: The encoding a file was decoded with, if read from one.
    #: The extractor a file was read with: "text", "docx", "pdf", or "form-csv" and
    #: "form-tsv" (the view of a form export).
    source: str | None = None
    closing: Closing | None = None  #: The sign-off after the last answer, if any.
    #: Lines the original styled as headings (a Word heading style), given to
    #: :func:`~wgec_parse.parse` as ``heading_lines``: 1-based, ascending.  A styled line
    #: that asks a question, opens with a question's wording or names a question's topic
    #: heads a question; ``parse(render(doc), heading_lines=doc.heading_lines) == doc``.
    heading_lines: tuple[int, ...] = ()

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """Top-level clauses that come before any question heading."""
        return tuple(b for b in self.body if type(b) is Clause)

    @property
    def submitter(self) -> Submitter | None:
        """Who submitted the contribution: a field or labelled line of the front matter (see
        :attr:`FrontMatter.submitter`), else a field of the closing ("Submitted by:" under
        the signature), else a title of the front matter (less sure); None where the
        document does not say. An organisation comes before a person: an e-mail's sender
        gives way to an organisation on a line of the signature, or else to one a subject
        line or covering sentence names, and an acronym to its spelling out on a cover line;
        where nothing else names it, the signature's organisation does
        (:func:`~wgec_parse.submitters.prefer`), and an organ named by the body's acronym
        that nothing spells out ("the EXA Board") gives way to the title that names the body
        (:func:`~wgec_parse.submitters.names_an_organ_of`). A note verbale's sender, the
        Mission that presents its compliments in the cover, comes before any name but a
        field's that is not an e-mail's sender
        (:func:`~wgec_parse.submitters.note_verbale_sender`). Where no question heading was
        read, the paragraphs the text opens with stand for its front matter."""
        front = self._cover()
        found = self._submitter_found(front)
        if front is not None and (
            found is None or found.confidence != "field" or is_email_sender(found)
        ):
            sender = note_verbale_sender(front.cover_texts[-1])
            if sender is not None:
                return sender
        preferred = prefer(
            found,
            self._line_texts(front),
            self._line_texts(self.closing),
            front.cover_texts if front is not None else (),
        )
        titled = front.submitter if front is not None else None
        if preferred is not None and titled is not None and names_an_organ_of(preferred, titled):
            return titled  # "the EXA Board" that nothing spells out, under the body's title
        return preferred

    def _cover(self) -> FrontMatter | None:
        """The front matter, or, where no question heading was read (a flattened page
        whose headings run on in its text, a text without headings), the paragraphs and
        fields the body opens with, read as a cover: the head of the text still says
        who submitted it."""
        if self.front_matter is not None or self.questions:
            return self.front_matter
        lead: list[Paragraph | Field | Table | Noise] = []
        for block in self.body:
            if not isinstance(block, (Paragraph, Field, Table, Noise)):
                break
            lead.append(block)
        return FrontMatter(tuple(lead)) if lead else None

    def _submitter_found(self, cover: FrontMatter | None) -> Submitter | None:
        """:attr:`submitter` as the fields and titles of ``cover`` (:meth:`_cover`) and
        the closing name it, before :func:`prefer`."""
        front = cover.submitter if cover is not None else None
        if front is not None and front.confidence == "field":
            return front
        if self.closing is not None:
            found = from_fields(self.closing.labelled(signed=True))
            # Under a reply, the sender of the message replied to is not the submitter.
            replied = (
                found is not None
                and is_email_sender(found)
                and cover is not None
                and has_sender(cover.labelled())
            )
            # "Submitted on behalf of the Board by ..." under a title that names the
            # body: the title says whose board it is.
            organ = found is not None and front is not None and names_an_organ_alone(found)
            if found is not None and not replied and not organ:
                return found
        return front

    @staticmethod
    def _line_texts(blocks: _FieldsAndParagraphs | None) -> list[str]:
        """The text of each line of the paragraphs of front matter or a closing, and each
        field's first line as written ("Submitted on behalf of the X")."""
        if blocks is None:
            return []
        out: list[str] = []
        for block in blocks.blocks:
            if type(block) is Paragraph:
                out.extend(line.text for line in block.lines if type(line) is Line)
            elif type(block) is Field:
                out.append(block.head.content)
        return out

    @property
    def submitted_by(self) -> str | None:
        """The name of who submitted the contribution (see :attr:`submitter`); None
        where it does not say, a cover or not."""
        found = self.submitter
        return found.name if found is not None else None

    def __repr__(self) -> str:
        """``<Document (front matter, 2 questions, closing)>``: what it holds."""
        parts = ["front matter"] if self.front_matter is not None else []
        if self.body:
            parts.append(_plural(len(self.body), "block") + " before the questions")
        parts.append(_plural(len(self.questions), "question"))
        if self.closing is not None:
            parts.append("closing")
        return _brief("Document", "", None, None, ", ".join(parts))

    def _repr_html_(self) -> str | None:
        """Shown by Jupyter: the repr, then the outline with each block's first words."""
        return _notebook_view(self, "text/html")

    def _repr_markdown_(self) -> str | None:
        """Shown by Jupyter where Markdown is preferred: :func:`to_markdown`."""
        return _notebook_view(self, "text/markdown")


def _translated_letterhead(titles: list[Submitter], cover: str) -> Submitter | None:
    """The second of a letterhead's names where the first is in capitals and the text
    under the letterhead (``cover``, without the titles' own lines) writes only the
    second: the name given again in the text's language ("COLECTIVO ANDINO DE DERECHOS
    DIGITALES" over "Andean Digital Rights Collective", then "The Andean Digital Rights
    Collective is a network ..."); None otherwise."""
    if len(titles) < 2 or not titles[0].name.isupper() or titles[1].name.isupper():
        return None
    first, second = titles[0].name, titles[1].name
    words = {w for w in first.casefold().split() if len(w) > _SMALL_WORD}
    other = {w for w in second.casefold().split() if len(w) > _SMALL_WORD}
    if not (
        names_organisation(titles[0])
        and names_organisation(titles[1])
        and min(len(words), len(other)) >= _TRANSLATED_MIN_WORDS
        and 2 * len(words & other) < min(len(words), len(other))
    ):
        return None  # not one name in two languages (a word such as "Digital" aside)
    if second in cover and first.casefold() not in cover.casefold():
        return titles[1]
    return None


#: A name given in two languages has at least this many words of more than
#: :data:`_SMALL_WORD` letters in each, fewer than half of them shared.
_TRANSLATED_MIN_WORDS: Final = 3
_SMALL_WORD: Final = 3


#: Any node of a tree.
Node = (
    Document
    | FrontMatter
    | Closing
    | Question
    | Clause
    | Paragraph
    | Table
    | Field
    | BulletList
    | BulletItem
    | Noise
    | Line
    | Blank
)


def walk(node: Node, *, lines: bool = True) -> Iterator[tuple[Node, tuple[Node, ...]]]:
    """Every node of the tree under ``node``, ``node`` first, in document order, each
    with its ancestors (outermost first): a node comes before the nodes it owns.

    With ``lines=False`` the walk stays out of the lines that blocks own: it yields the
    blocks, and the noise that stands among the blocks of front matter, but no line.
    """
    stack: list[tuple[Node, tuple[Node, ...]]] = [(node, ())]
    while stack:
        item = stack.pop()
        yield item
        current, parents = item
        owned = current.child_nodes if lines else _values(current, current._block_fields)
        if owned:
            inner = (*parents, current)
            stack.extend([(child, inner) for child in reversed(owned)])


def iter_lines(node: Node) -> Iterator[Line | Blank]:
    """Every physical line ``node`` owns, in document order, blank lines included."""
    for current, _ in walk(node):
        if type(current) is Line:
            yield from current.leading
            yield current
        elif type(current) is Blank:
            yield current
    if type(node) is Document:
        yield from node.trailing


def _with_child_nodes(node: Node, owned: list[Node]) -> Node:
    """``node`` owning ``owned`` instead of its child nodes (``node`` itself when they
    are the same objects)."""
    old = node.child_nodes
    if all(new is was for new, was in zip(owned, old, strict=True)):
        return node
    changes: dict[str, Any] = {}
    start = 0
    for name in node._line_fields + node._block_fields:
        value = getattr(node, name)
        if isinstance(value, tuple):
            changes[name] = tuple(owned[start : start + len(value)])
            start += len(value)
        elif value is not None:
            changes[name] = owned[start]
            start += 1
    return attrs.evolve(node, **changes)


def renumber(document: Document) -> Document:
    """A copy of ``document`` whose line numbers match the text it renders to.

    Use it after building or editing a tree by hand: the parser numbers lines itself.
    Nodes whose numbers are already right are reused as they are.
    """
    next_line = 1
    offset = 0  # where the next line starts on its physical line (after a segment)
    finished: list[Node] = []
    # The ancestors of the node the walk is at, each with its child nodes rebuilt so far.
    open_nodes: list[tuple[Node, list[Node]]] = []

    def close(depth: int) -> None:
        """Rebuild the open nodes deeper than ``depth``: the walk has left them."""
        while len(open_nodes) > depth:
            node, owned = open_nodes.pop()
            (open_nodes[-1][1] if open_nodes else finished).append(_with_child_nodes(node, owned))

    for node, parents in walk(document):
        close(len(parents))
        if type(node) is Line:
            number = next_line + len(node.leading)
            if node.leading:
                offset = 0
            if node.eol:
                next_line, after = number + 1, 0
            else:  # a segment of a flattened line: the next goes on where it ends
                next_line, after = number, offset + _width(node)
            if node.line != number or node.offset != offset:
                node = attrs.evolve(node, line=number, offset=offset)
            offset = after
            open_nodes[-1][1].append(node)
        else:
            open_nodes.append((node, []))
    close(0)
    (root,) = finished
    assert type(root) is Document
    return root


def _width(line: Line) -> int:
    """The code points of a line's text, without its line ending."""
    return len(line.indent) + len(line.content) + len(line.trailing_ws)


def clean_entries(node: Node) -> list[str]:
    """The lines of :func:`~wgec_parse.rendering.render_clean`, one per block, indented
    two spaces per clause or bullet item above it (within ``node``), without the empty
    lines between them."""
    if type(node) is Line:
        return [node.content] if node.content else []
    out: list[str] = []
    for current, parents in walk(node, lines=False):
        text = _clean_entry(current)
        if text is not None:
            levels = sum(1 for p in parents if type(p) is Clause or type(p) is BulletItem)
            indent = "  " * levels
            out.append(indent + text.replace("\n", "\n" + indent) if indent else text)
    return out


def _clean_entry(node: Node) -> str | None:
    """The clean line of a block; None for what shows no line (the document, front
    matter, closing, lists, noise)."""
    if type(node) is Paragraph or type(node) is Table:
        return node.text
    if type(node) is Field:
        return f"{node.name}: {node.value}"
    if type(node) is Question:
        return _headed(node.marker, node.title)
    if type(node) is Clause:
        return _headed(node.marker, node.text)
    if type(node) is BulletItem:
        return f"{node.glyph or '-'} {node.text}"
    return None


def _headed(marker: str, text: str) -> str:
    return f"{marker} {text}" if marker else text


#: The longest article before a covering sentence's subject ("The ", "Los ").
_ARTICLE_MAX: Final = 4
