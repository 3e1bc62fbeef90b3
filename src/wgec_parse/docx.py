"""The Word reader: the text of a .docx as Word shows it, with the origin of each line.

:func:`read_docx` reads a .docx straight from its zip archive (tracked changes accepted,
content controls and fields read for their text, table rows as ``| cell | cell |``
lines, notes after the body).  ``word/document.xml`` is parsed as a stream (paragraphs
and rows are dropped once read, so memory follows the largest paragraph or row, not the
file), and the styles, list definitions and notes it refers to are read once per
document.  Word's list numbers are rebuilt as Word shows them, within
:data:`~wgec_parse.limits.MAX_LIST_NUMBER` and :data:`~wgec_parse.limits.MAX_LIST_PREFIX`;
what goes past them is shortened, never built whole, and returned in words for the
caller to log.

Telling a .docx from other files, the size limits of its archive and the missing-lxml
error are :mod:`wgec_parse.loaders`', which calls this module.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from typing import IO, Any, BinaryIO, Final

import attrs

from wgec_parse.errors import InputTooLarge, ReadError
from wgec_parse.extraction import Extraction
from wgec_parse.limits import MAX_LIST_NUMBER, MAX_LIST_PREFIX

__all__ = ["DOCUMENT_XML", "read_docx"]

# Glyphs for bullet levels: the parser's bullet rules know both, and a change of glyph
# with a deeper indent reads as nesting.
_GLYPHS: Final = ("•", "-")
_INDENT: Final = "    "
# Word's list levels are 0 to 8.
_LEVELS: Final = 9
# Links followed from a style to the style it is based on, at most (a damaged file may
# have a cycle).
_STYLE_CHAIN: Final = 16
_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELS: Final = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: The main part of a .docx, which every .docx holds.
DOCUMENT_XML: Final = "word/document.xml"
_PLACEHOLDER: Final = re.compile(r"%([1-9])")
# Lists reported by name in one file's warnings; the others are counted.
_MAX_REPORTS: Final = 10


def read_docx(
    handle: BinaryIO, name: str, max_size: int | None, etree: Any
) -> tuple[Extraction, list[str]]:
    """The text of the .docx open in ``handle`` with the origin of each line (see
    :func:`wgec_parse.loaders.docx_extraction`), and what was shortened in its list
    numbers, in words, for the caller to log.  ``etree`` is ``lxml.etree``.

    Raises :class:`InputTooLarge` as soon as the text passes ``max_size`` characters,
    and :class:`ReadError` naming ``name`` for a file that is not a readable .docx.
    """
    try:
        with zipfile.ZipFile(handle) as archive:
            parts = _related_parts(archive, etree)
            numbering = _read_numbering(archive, parts.get("numbering"), etree)
            numberer = _Numberer(numbering)
            style_cache: list[_Styles] = []

            def styles() -> _Styles:
                if not style_cache:
                    style_cache.append(_read_styles(archive, parts.get("styles"), etree))
                return style_cache[0]

            notes = _Notes(_read_note_formats(archive, parts.get("settings"), etree))
            note_reader = _Reader(styles, _Numberer(numbering), notes)
            held = _Lines(name, max_size)
            for kind in ("footnote", "endnote"):
                notes.texts[kind] = _read_notes(
                    archive, parts.get(kind + "s"), etree, kind, note_reader, held
                )
            lines = _Lines(name, max_size)
            reader = _Reader(styles, numberer, notes)
            with archive.open(DOCUMENT_XML) as xml:
                _read_body(xml, etree, reader, lines)
            shown = notes.shown()
            if shown:  # under a separator rule, as Word draws the notes at a page's foot
                lines.add(NOTES_RULE, "notes")
            for mark, text in shown:
                lines.add(f"[{mark}] {text}" if text else f"[{mark}]", f"note {mark}")
    except (InputTooLarge, ReadError):
        raise
    # zipfile (a bad CRC), lxml (damaged XML) and the rest on a damaged file.
    except Exception as err:
        raise ReadError(f"not a readable .docx ({type(err).__name__}: {err})", name) from None
    return lines.extraction(), numberer.reports


#: The line before the footnotes and endnotes after the body: a separator rule, so that
#: the parser reads them as notes at the foot of the text, not as the last answer's text.
NOTES_RULE: Final = "__________"

# Between two paragraphs: a blank line holding one space breaks paragraphs in both the
# single- and the double-spaced layout, where lines alone would read as wraps of one
# paragraph.
_SEPARATOR: Final = "\n \n"
_SEPARATOR_SIZE: Final = len(_SEPARATOR)


class _Lines:
    """Extracted blocks and their origins, counted as they come: refused as soon as the
    text passes ``max_size``."""

    def __init__(self, name: str, max_size: int | None) -> None:
        self._name = name
        self._max_size = max_size
        self._blocks: list[str] = []
        self._origins: list[str] = []
        self._headings: list[int] = []
        # The length of the text so far: the blocks, the separators between them and
        # the final line break.
        self._size = 1 - len(_SEPARATOR)

    def count(self, size: int) -> None:
        """Count ``size`` more characters; refused past ``max_size``."""
        self._size += size
        if self._max_size is not None and self._size > self._max_size:
            raise InputTooLarge(
                self._size, self._max_size, f"{self._name}: text", "characters or more"
            )

    def add(self, block: str, origin: str, *, heading: bool = False) -> None:
        """Add a block of lines (no line ends with a line break) from ``origin``;
        ``heading``: a paragraph styled as a heading (its first line is noted)."""
        self._size += len(block) + _SEPARATOR_SIZE
        if self._max_size is not None and self._size > self._max_size:
            self.count(0)  # refused
        if self._blocks:
            self._origins.append("")  # the separator's line
        if heading:
            self._headings.append(len(self._origins))
        self._blocks.append(block)
        self._origins.extend([origin] * len(block.splitlines()))

    def extraction(self) -> Extraction:
        joined = _SEPARATOR.join(self._blocks)
        text = joined + "\n" if joined else ""
        return Extraction(text, tuple(self._origins), tuple(self._headings))


# How every part is parsed: entities are not expanded and nothing is fetched (a part of
# a .docx is data); comments and processing instructions are left out.
_OPTIONS: Final = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "remove_comments": True,
    "remove_pis": True,
}


def _xml(stream: IO[bytes], etree: Any, tags: tuple[str, ...]) -> Iterator[Any]:
    """The elements named ``tags`` of an XML stream, each as it ends.

    Entities are not expanded and nothing is fetched: a part of a .docx is data.  A part
    already in memory (:class:`io.BytesIO`, a small one) is parsed whole, which is
    quicker; any other is parsed as a stream.
    """
    if isinstance(stream, io.BytesIO):
        root = etree.fromstring(stream.getvalue(), etree.XMLParser(**_OPTIONS))
        # In document order, as the stream gives them (the elements asked for in these
        # parts never hold one another).
        yield from list(root.iter(*tags))
        return
    for _event, element in etree.iterparse(stream, events=("end",), tag=tags, **_OPTIONS):
        yield element


def _drop_done(element: Any) -> None:
    """Free an element that has been read, and the siblings read before it."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def _part(archive: zipfile.ZipFile, name: str | None) -> IO[bytes] | None:
    """A part of the archive opened for reading, or None when there is no such part."""
    if name is None:
        return None
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size <= _WHOLE:
        return io.BytesIO(archive.read(info))
    return archive.open(info)


def _related_parts(archive: zipfile.ZipFile, etree: Any) -> dict[str, str]:
    """The parts word/document.xml refers to, by the last word of the relationship type
    ("styles", "numbering"), as names in the archive."""
    found: dict[str, str] = {}
    stream = _part(archive, "word/_rels/document.xml.rels")
    if stream is None:
        return found
    with stream:
        for rel in _xml(stream, etree, (_RELS + "Relationship",)):
            kind = str(rel.get("Type", "")).rsplit("/", 1)[-1]
            target = str(rel.get("Target", ""))
            if rel.get("TargetMode") != "External" and target and kind not in found:
                joined = posixpath.join("word", target) if not target.startswith("/") else target
                found[kind] = posixpath.normpath(joined).lstrip("/")
            _drop_done(rel)
    return found


def _val(element: Any, tag: str) -> str | None:
    """The ``w:val`` of child ``tag`` of an element (None when either is missing)."""
    if element is None:
        return None
    child = _first(element, _W + tag)
    if child is None:
        return None
    value = child.get(_W + "val")
    return value if isinstance(value, str) else None


def _children(element: Any) -> dict[Any, Any]:
    """The first child of each name of an element, found in one pass (as ``find``
    would find each)."""
    children: dict[Any, Any] = {}
    for child in element:
        children.setdefault(child.tag, child)
    return children


def _child_val(children: dict[Any, Any], tag: str) -> str | None:
    """:func:`_val` from the :func:`_children` of an element."""
    child = children.get(_W + tag)
    value = child.get(_VAL) if child is not None else None
    return value if isinstance(value, str) else None


def _int(text: str | None, default: int) -> int:
    """A whole number of the file; digits too many for ``int`` read as a huge number."""
    if text is None:
        return default
    digits = text.strip()
    if len(digits) > 18 and digits.lstrip("+-").isdigit():
        return -(10**18) if digits.startswith("-") else 10**18
    try:
        return int(digits)
    except ValueError:
        return default


@attrs.frozen
class _Style:
    kind: str  # w:type: "paragraph", "character", "table", "numbering"
    name: str  # w:name, as Word shows it ("List Bullet 2")
    based_on: str | None  # the style id it is based on
    num_id: str | None  # numPr/numId of its paragraph properties
    level: str | None  # numPr/ilvl
    outline: str | None = None  # pPr/outlineLvl: "0" to "8" for a heading, "9" for body


class _Styles:
    """word/styles.xml, read once: a paragraph's style, and the list it puts it in.

    Resolving a paragraph's style through python-docx scans every style (its default
    style is searched for on each call): O(paragraphs x styles), 391 s for a file with
    10,000 of each.  Here each lookup is a dictionary's.
    """

    def __init__(self, styles: dict[str, _Style], default: str | None) -> None:
        self._styles = styles
        self._default = default
        self._lists: dict[tuple[str | None, int], tuple[str | None, int, str]] = {}
        self._headings: dict[str | None, bool] = {}

    def is_heading(self, style_id: str | None) -> bool:
        """Whether a paragraph of style ``style_id`` is a heading: its style, or one it
        is based on, is one of Word's "heading 1" to "heading 9" (by the name Word
        keeps in every language) or has an outline level of 1 to 9 (``outlineLvl``
        0 to 8)."""
        found = self._headings.get(style_id)
        if found is None:
            found = self._headings[style_id] = self._heading_walk(style_id)
        return found

    def _heading_walk(self, style_id: str | None) -> bool:
        style = self._styles.get(style_id) if style_id is not None else None
        for _ in range(_STYLE_CHAIN):
            if style is None or style.kind != "paragraph":
                return False
            if _HEADING_NAME.fullmatch(style.name.lower()) is not None:
                return True
            if style.outline is not None:
                return style.outline in _HEADING_LEVELS
            style = self._styles.get(style.based_on) if style.based_on is not None else None
        return False

    def list_of(self, style_id: str | None, level: int) -> tuple[str | None, int, str]:
        """(numId, level, style name) of a paragraph without a numId of its own, whose
        ``w:pStyle`` is ``style_id`` and whose own level is ``level``."""
        key = (style_id, level)
        found = self._lists.get(key)
        if found is None:
            found = self._lists[key] = self._walk(style_id, level)
        return found

    def _walk(self, style_id: str | None, level: int) -> tuple[str | None, int, str]:
        style = self._styles.get(style_id) if style_id is not None else None
        if style is None or style.kind != "paragraph":
            # As Word: an unknown style, or one of another kind, is the default style.
            style = self._styles.get(self._default) if self._default is not None else None
        name = style.name if style is not None else ""
        num_id = None
        for _ in range(_STYLE_CHAIN):
            if style is None:
                break
            num_id = style.num_id
            level = _int(style.level, level)
            if num_id is not None:
                break
            style = self._styles.get(style.based_on) if style.based_on is not None else None
        return num_id, level, name


#: Word's built-in heading styles, by the name it keeps whatever the language shown.
_HEADING_NAME: Final = re.compile(r"heading [1-9]")
#: The outline levels of headings (``w:outlineLvl`` "9" is body text).
_HEADING_LEVELS: Final = frozenset("012345678")

# What a paragraph's list never depends on in a styles part, as Word writes it (with the
# "w" prefix): styles of other kinds than paragraph (a paragraph never takes one: it
# reads as the default style), the document defaults and the latent styles.  Table
# styles make most of python-docx's template (349 KB, 80% of the time to read a small
# file); the latent styles, most of Word's own.
_OTHER_KIND: Final = re.compile(rb"\sw:type=[\"'](?:table|character|numbering)[\"']")
_CUT: Final = (b"w:style", b"w:docDefaults", b"w:latentStyles")
# A part other than word/document.xml up to this size is read whole, and parsed whole
# (a styles part cut first); a larger one is parsed as a stream.
_WHOLE: Final = 4 << 20


def _paragraph_styles(data: bytes) -> bytes:
    """A styles part without what a paragraph's list never depends on (see _CUT)."""
    for tag in _CUT:
        data = _cut(data, tag)
    return data


def _cut(data: bytes, tag: bytes) -> bytes:
    """``data`` without the elements named ``tag`` (for "w:style", only those of other
    kinds than paragraph).  The elements must not nest, as none of _CUT does (run
    properties would not do: a tracked change of them holds the old ones)."""
    out: list[bytes] = []
    pos = scan = 0
    opening, closing = b"<" + tag, b"</" + tag + b">"
    while (start := data.find(opening, scan)) >= 0:
        head_end = data.find(b">", start)
        if head_end < 0:
            break
        scan = head_end + 1
        head = data[start : head_end + 1]
        after = head[len(opening) : len(opening) + 1]
        if not (after.isspace() or after in (b">", b"/")):
            continue  # a longer name: "<w:styles", "<w:rPrChange"
        if tag == b"w:style" and _OTHER_KIND.search(head) is None:
            continue
        if head.endswith(b"/>"):
            stop = head_end + 1
        else:
            close = data.find(closing, head_end)
            if close < 0:
                break
            stop = close + len(closing)
        out.append(data[pos:start])
        pos = scan = stop
    out.append(data[pos:])
    return b"".join(out)


def _read_styles(archive: zipfile.ZipFile, part: str | None, etree: Any) -> _Styles:
    styles: dict[str, _Style] = {}
    default: str | None = None
    stream = _part(archive, part)
    if stream is None:
        return _Styles(styles, default)
    if isinstance(stream, io.BytesIO):
        stream = io.BytesIO(_paragraph_styles(stream.getvalue()))
    with stream:
        for node in _xml(stream, etree, (_W + "style",)):
            style_id = node.get(_W + "styleId")
            kind = node.get(_W + "type") or "paragraph"
            if isinstance(style_id, str) and style_id not in styles:
                children = _children(node)
                ppr = children.get(_PPR)
                num_pr = _first(ppr, _NUMPR) if ppr is not None else None
                styles[style_id] = _Style(
                    kind=kind,
                    name=_child_val(children, "name") or "",
                    based_on=_child_val(children, "basedOn"),
                    num_id=_val(num_pr, "numId"),
                    level=_val(num_pr, "ilvl"),
                    outline=_val(ppr, "outlineLvl"),
                )
                # The last default style of a kind is the default (ECMA-376 17.7.4.17).
                if kind == "paragraph" and node.get(_W + "default") in ("1", "true", "on"):
                    default = style_id
            _drop_done(node)
    return _Styles(styles, default)


@attrs.frozen
class _Level:
    fmt: str  # numFmt: "bullet", "decimal", "lowerLetter", ...
    text: str  # lvlText: "%1.%2.", or the bullet character
    start: int  # the first number
    restart: int | None  # lvlRestart: restarts after a use of level 1 to this (0: never)
    legal: bool  # isLgl: every number of the text in decimal ("1.1" under "I.")


@attrs.frozen
class _List:
    """A ``w:num``: an abstract list, with the levels and starts it overrides."""

    abstract: str  # the abstractNumId, whose counters it shares
    levels: dict[int, _Level]
    starts: dict[int, int]  # lvlOverride/startOverride: the level restarts there


def _level(lvl: Any) -> _Level:
    children = _children(lvl)
    restart = _child_val(children, "lvlRestart")
    legal = children.get(_W + "isLgl")
    return _Level(
        fmt=_child_val(children, "numFmt") or "decimal",
        text=_child_val(children, "lvlText") or "",
        start=_int(_child_val(children, "start"), 1),
        restart=None if restart is None else _int(restart, 0),
        legal=legal is not None and legal.get(_VAL) not in ("0", "false", "off"),
    )


def _read_numbering(archive: zipfile.ZipFile, part: str | None, etree: Any) -> dict[str, _List]:
    """numId -> the list it numbers, from word/numbering.xml (empty when there is none)."""
    stream = _part(archive, part)
    if stream is None:
        return {}
    abstract: dict[str, dict[int, _Level]] = {}
    nums: dict[str, tuple[str, dict[int, _Level], dict[int, int]]] = {}
    defines: dict[str, str] = {}
    refers: dict[str, str] = {}
    with stream:
        for node in _xml(stream, etree, (_W + "abstractNum", _W + "num")):
            if node.tag == _W + "num":
                ref = _val(node, "abstractNumId")
                if ref is not None:
                    levels: dict[int, _Level] = {}
                    starts: dict[int, int] = {}
                    for override in node.iterfind(_W + "lvlOverride"):
                        k = _int(override.get(_W + "ilvl"), 0)
                        start = _val(override, "startOverride")
                        if start is not None:
                            starts[k] = _int(start, 1)
                        lvl = _first(override, _W + "lvl")
                        if lvl is not None:
                            levels[k] = _level(lvl)
                    nums[str(node.get(_W + "numId"))] = (ref, levels, starts)
            else:
                abstract_id = str(node.get(_W + "abstractNumId"))
                abstract[abstract_id] = {
                    _int(lvl.get(_W + "ilvl"), 0): _level(lvl) for lvl in node.iterfind(_W + "lvl")
                }
                # A list style: the list that defines it (styleLink), and those that
                # only refer to it (numStyleLink) and take its levels.
                style = _val(node, "styleLink")
                if style is not None:
                    defines.setdefault(style, abstract_id)
                style = _val(node, "numStyleLink")
                if style is not None:
                    refers[abstract_id] = style
            _drop_done(node)
    for abstract_id, style in refers.items():
        if defines.get(style) in abstract:
            abstract[abstract_id] = abstract[defines[style]]
    return {
        num: _List(ref, {**abstract[ref], **levels}, starts)
        for num, (ref, levels, starts) in nums.items()
        if ref in abstract
    }


def _roman(n: int) -> str:
    out = ""
    for value, digits in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        while n >= value:
            out += digits
            n -= value
    return out


def _format(fmt: str, n: int) -> str:
    """Number ``n`` as Word shows it in format ``fmt``, at most MAX_LIST_PREFIX long."""
    if fmt == "decimal":
        return str(n)
    if fmt in ("lowerLetter", "upperLetter") and n > 0:
        # Word repeats the letter past z: aa, bb, ...; never built longer than shown.
        letter = chr(ord("a") + (n - 1) % 26) * min((n - 1) // 26 + 1, MAX_LIST_PREFIX)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        return _roman(n).upper() if fmt == "upperRoman" else _roman(n)
    if fmt == "decimalZero" and 0 <= n < 10:
        return f"0{n}"
    if fmt == "none":
        return ""
    return str(n)


def _id(num_id: str) -> str:
    """A list's id as a message shows it (the file may make it any length)."""
    return num_id if len(num_id) <= 20 else num_id[:20] + "..."


class _Numberer:
    """Word's list counters: the text a list paragraph's number or bullet shows.

    Lists (``w:num``) of one abstract list share its counters, as in Word, unless they
    restart a level (``w:startOverride``) the first time they are used.  Using a level
    restarts the levels below it (unless their ``w:lvlRestart`` says otherwise).
    What goes past the limits is shortened and noted once per list level in
    :attr:`reports`, for the caller to log.
    """

    def __init__(self, numbering: dict[str, _List]) -> None:
        self._numbering = numbering
        #: Whether the file defines any list.
        self.lists = bool(numbering)
        self._counters: dict[str, dict[int, int]] = {}
        self._starts: dict[str, dict[int, int]] = {}
        self._used: set[str] = set()
        self._noted: set[tuple[str, str, int]] = set()
        self._reports: list[str] = []
        self._more = 0
        # A level text split at its placeholders: ["", "1", ".", "2", "."] for "%1.%2.".
        self._templates: dict[str, list[str]] = {}

    @property
    def reports(self) -> list[str]:
        """What was shortened, in words: at most a few lines, however many lists."""
        more = [f"{self._more:,} more lists shortened"] if self._more else []
        return self._reports + more

    def _note(self, what: str, num_id: str, level: int, message: str) -> None:
        if (what, num_id, level) in self._noted:
            return
        self._noted.add((what, num_id, level))
        if len(self._reports) < _MAX_REPORTS:
            self._reports.append(message)
        else:
            self._more += 1

    def _start(self, num_id: str, lst: _List, level: int) -> int:
        spec = lst.levels.get(level)
        starts = self._starts.get(lst.abstract)
        start = starts.get(level) if starts is not None else None
        if start is None:
            start = spec.start if spec is not None else 1
        if 0 <= start <= MAX_LIST_NUMBER:
            return start
        shown = min(max(start, 0), MAX_LIST_NUMBER)
        self._note(
            "start",
            num_id,
            level,
            f"list {_id(num_id)} level {level + 1} starts at {start:,}, outside 0 to "
            f"{MAX_LIST_NUMBER:,}: numbered from {shown:,} instead",
        )
        return shown

    def _count(self, num_id: str, lst: _List, level: int) -> dict[int, int]:
        """Count a paragraph at ``level``; the counters of its abstract list."""
        counters = self._counters.get(lst.abstract)
        if counters is None:
            counters = self._counters[lst.abstract] = {}
        if num_id not in self._used:
            self._used.add(num_id)
            if lst.starts:  # "restart numbering": this list starts again
                self._starts[lst.abstract] = dict(lst.starts)
                for k in lst.starts:
                    counters.pop(k, None)
        counters[level] = counters.get(level, self._start(num_id, lst, level) - 1) + 1
        if len(counters) == 1:  # no deeper level to restart
            return counters
        for deeper in [k for k in counters if k > level]:
            spec = lst.levels.get(deeper)
            restart_at = spec.restart if spec is not None and spec.restart is not None else deeper
            if level < restart_at:
                del counters[deeper]
        return counters

    def prefix(self, num_id: str, level: int, depth: int) -> str:
        """What Word shows before the text of a paragraph at ``level`` of list
        ``num_id`` (``depth``: how deep it shows, for a bullet's indent)."""
        if not 0 <= level < _LEVELS:
            self._note(
                "level", num_id, -1, f"list {_id(num_id)} has a level {level + 1:,}, outside 1 to 9"
            )
            level = min(max(level, 0), _LEVELS - 1)
            depth = level
        lst = self._numbering.get(num_id)
        spec = lst.levels.get(level) if lst is not None else None
        counters = self._count(num_id, lst, level) if lst is not None else {}
        if lst is None or spec is None or spec.fmt == "bullet":
            depth = min(max(depth, 0), _LEVELS - 1)
            return _INDENT * depth + _GLYPHS[min(depth, 1)] + " "

        # Each %k becomes at least one character: a longer text cannot be shown whole.
        # The text is split at its placeholders once per list level text.
        pieces = self._templates.get(spec.text)
        if pieces is None:
            pieces = _PLACEHOLDER.split(spec.text[: 2 * MAX_LIST_PREFIX + 2])
            self._templates[spec.text] = pieces
        if len(pieces) == 1:
            text = pieces[0]
        else:
            shown = pieces.copy()
            for i in range(1, len(pieces), 2):
                k = int(pieces[i]) - 1
                above = lst.levels.get(k)
                n = counters.get(k)
                fmt = above.fmt if above else "decimal"
                shown[i] = _format(
                    "decimal" if spec.legal and fmt != "none" else fmt,
                    n if n is not None else self._start(num_id, lst, k),
                )
            text = "".join(shown)
        if len(text) > MAX_LIST_PREFIX or len(spec.text) > 2 * MAX_LIST_PREFIX + 2:
            self._note(
                "prefix",
                num_id,
                level,
                f"list {_id(num_id)} level {level + 1} shows numbers longer than "
                f"{MAX_LIST_PREFIX} characters: cut to {MAX_LIST_PREFIX}",
            )
            text = text[:MAX_LIST_PREFIX]
        # Deeper levels indented as Word shows them, so that the parser nests them.
        depth = min(max(depth, 0), _LEVELS - 1)
        return _INDENT * depth + text + " " if text.strip() else ""


class _Notes:
    """Footnotes and endnotes: their texts, and the marks Word shows for them, in the
    order the body refers to them."""

    def __init__(self, formats: dict[str, tuple[str, int]]) -> None:
        self._formats = formats
        self.texts: dict[str, dict[str, str]] = {}
        self._shown: dict[str, list[tuple[str, str]]] = {"footnote": [], "endnote": []}
        self._numbered = {"footnote": 0, "endnote": 0}

    def mark(self, kind: str, note_id: str | None, custom: str | None = None) -> str:
        """The mark of the next reference to a note of ``kind`` ("footnote", "endnote"):
        the next number, or ``custom``, a mark of the author's, which takes none."""
        fmt, start = self._formats[kind]
        if custom is None:
            custom = _format(fmt, min(start + self._numbered[kind], MAX_LIST_NUMBER))
            self._numbered[kind] += 1
        self._shown[kind].append((custom, self.texts.get(kind, {}).get(note_id or "", "")))
        return custom

    def shown(self) -> list[tuple[str, str]]:
        """(mark, text) of each note referred to: footnotes, then endnotes."""
        return self._shown["footnote"] + self._shown["endnote"]


def _read_note_formats(
    archive: zipfile.ZipFile, part: str | None, etree: Any
) -> dict[str, tuple[str, int]]:
    """How footnote and endnote marks are numbered (word/settings.xml): Word's defaults
    are 1, 2, 3 for footnotes and i, ii, iii for endnotes."""
    formats = {"footnote": ("decimal", 1), "endnote": ("lowerRoman", 1)}
    stream = _part(archive, part)
    if stream is None:
        return formats
    with stream:
        for node in _xml(stream, etree, (_W + "footnotePr", _W + "endnotePr")):
            kind = "footnote" if node.tag == _W + "footnotePr" else "endnote"
            fmt, start = formats[kind]
            formats[kind] = (_val(node, "numFmt") or fmt, _int(_val(node, "numStart"), start))
    return formats


def _read_notes(
    archive: zipfile.ZipFile,
    part: str | None,
    etree: Any,
    kind: str,
    reader: _Reader,
    limit: _Lines,
) -> dict[str, str]:
    """Note id -> the note's text on one line, from word/footnotes.xml or endnotes.xml
    (separators left out).  The notes' text counts against ``limit``'s size as it is
    read, so notes are never held past it."""
    notes: dict[str, str] = {}
    stream = _part(archive, part)
    if stream is None:
        return notes
    with stream:
        for node in _xml(stream, etree, (_W + kind,)):
            if node.get(_W + "type") in (None, "normal"):
                text = notes[str(node.get(_W + "id"))] = _one_line(reader.blocks(node), " ")
                limit.count(len(text))
            _drop_done(node)
    return notes


def _one_line(blocks: list[str], joint: str) -> str:
    """Blocks of lines as one line: their lines, stripped, joined by ``joint``."""
    if len(blocks) == 1 and "\n" not in blocks[0]:  # most cells: one line
        return blocks[0].strip()
    return joint.join(part.strip() for block in blocks for part in block.split("\n"))


# Elements whose content is read as if it stood in their place: inside a paragraph
# (runs, hyperlinks, smart tags, content controls, tracked insertions and moves to,
# simple fields) and around paragraphs, rows and cells (content controls, custom XML).
_INLINE: Final = frozenset(
    _W + tag
    for tag in (
        "r", "hyperlink", "smartTag", "customXml", "sdt", "sdtContent", "ins", "moveTo",
        "fldSimple", "bdo", "dir", "ruby", "rubyBase",
    )
)  # fmt: skip
# What sends a paragraph from the quick pass over its runs to the full walk
# (:meth:`_Reader.scan`): content read in place, fields, note marks and symbols.
_WALKED: Final = _INLINE | frozenset(
    _W + tag for tag in ("fldChar", "footnoteReference", "endnoteReference", "sym")
)
_BLOCK: Final = frozenset(_W + tag for tag in ("sdt", "sdtContent", "customXml"))
# What run content stands for in the text, as Word shows it: a tab, a line break (of any
# kind: the text after a page break starts a new line), a non-breaking hyphen, and a soft
# hyphen (shown only where it ends a line).
_SIMPLE: Final = {
    _W + "tab": "\t",
    _W + "ptab": "\t",
    _W + "br": "\n",
    _W + "cr": "\n",
    _W + "noBreakHyphen": "-",
    _W + "softHyphen": "",
}
# The names compared with on every paragraph, row and cell, qualified once.
_P, _PPR, _PSTYLE, _NUMPR, _NUMID, _ILVL, _VAL, _R, _RPR, _T, _FLDCHAR = (
    _W + name
    for name in ("p", "pPr", "pStyle", "numPr", "numId", "ilvl", "val", "r", "rPr", "t", "fldChar")
)
_OUTLINE_LEVEL, _VANISH, _TXBX_CONTENT, _FALLBACK = (
    _W + "outlineLvl",
    _W + "vanish",
    _W + "txbxContent",
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
)
_TBL, _TR, _TRPR, _TC, _TCPR, _VMERGE = (
    _W + name for name in ("tbl", "tr", "trPr", "tc", "tcPr", "vMerge")
)
_NOTE_REFS: Final = {_W + "footnoteReference": "footnote", _W + "endnoteReference": "endnote"}


class _Reader:
    """The text of paragraphs, cells and rows as Word shows them."""

    def __init__(self, styles: Callable[[], _Styles], numberer: _Numberer, notes: _Notes) -> None:
        # Styles are read when a list paragraph first needs them (a file without list
        # definitions never reads them).
        self._read_styles = styles
        self._styles: _Styles | None = None
        self._lists: dict[tuple[str | None, ...], tuple[str | None, int, int]] = {}
        self._numberer = numberer
        self._notes = notes
        # Open complex fields: False while in the instructions, True in the result.
        self._fields: list[bool] = []
        self._instructions = 0

    def is_heading(self, key: tuple[str | None, ...]) -> bool:
        """Whether a paragraph of list properties ``key`` (:func:`_props`) has a heading
        style (:meth:`_Styles.is_heading`), or an outline level of a heading of its own
        (which outranks its style's)."""
        if len(key) > 3:
            return key[3] in _HEADING_LEVELS
        if not key or key[0] is None:
            return False
        if self._styles is None:
            self._styles = self._read_styles()
        return self._styles.is_heading(key[0])

    def text(self, paragraph: Any) -> str:
        """The text of a paragraph's content, without its list number."""
        return self.scan(paragraph)[2]

    def scan(self, paragraph: Any) -> tuple[bool, tuple[str | None, ...], str]:
        """A paragraph read in one pass: whether its mark is deleted, its list
        properties (:func:`_props`) and its text, without its list number."""
        # Most paragraphs hold only their properties and runs of text, tabs and breaks,
        # read here; the first thing of another kind (a field, a note, a hyperlink, a
        # tracked insertion...) sends the text to the full walk, which reads everything.
        parts: list[str] = []
        append = parts.append
        props = _NO_PROPS  # until its first w:pPr
        for child in paragraph:
            tag = child.tag
            if tag == _PPR:
                if props is _NO_PROPS:
                    props = _own_props(child)
                continue
            # A run's content, or content straight in the paragraph, read alike.
            for item in child if tag == _R else (child,):
                kind = item.tag
                if kind == _T:
                    append(item.text or "")
                elif kind in _SIMPLE:
                    append(_SIMPLE[kind])
                elif kind in _WALKED:
                    return self._walked(paragraph, props)
                elif kind == _RPR and _hidden(item):
                    break  # hidden text: Word does not show it
        return props[0], props[1], "".join(parts)

    def _walked(
        self, paragraph: Any, props: tuple[bool, tuple[str | None, ...]]
    ) -> tuple[bool, tuple[str | None, ...], str]:
        """:meth:`scan` by the full walk (``props``: the properties read so far)."""
        if props is _NO_PROPS:
            props = _props(paragraph)
        return props[0], props[1], self._walk(paragraph)

    def _walk(self, paragraph: Any) -> str:
        """:meth:`text` by the full walk: fields, notes, symbols and nested content."""
        parts: list[str] = []
        self._fields.clear()
        self._instructions = 0
        self._runs(paragraph, parts)
        return "".join(parts)

    def paragraph(self, paragraph: Any, before: str = "") -> str:
        """A paragraph's lines: its number or bullet and its text, a line break in it
        starting a new line, white space at line ends left out ("" when empty).
        ``before``: the text of paragraphs whose marks were deleted, merged into it."""
        _deleted, key, text = self.scan(paragraph)
        return self.lines(key, before + text)

    def lines(self, key: tuple[str | None, ...], text: str) -> str:
        """The lines of a paragraph of list properties ``key`` (:func:`_props`) and
        ``text``, as :meth:`paragraph` gives them."""
        if "\n" not in text:  # most paragraphs: one line
            text = text.rstrip()
            return self._prefix(key) + text if text else ""
        lines = [line.rstrip() for line in text.split("\n")]
        first, last = 0, len(lines)
        while first < last and not lines[first]:
            first += 1
        while last > first and not lines[last - 1]:
            last -= 1
        if first == last:
            return ""
        return self._prefix(key) + "\n".join(lines[first:last])

    def _runs(self, element: Any, parts: list[str]) -> None:
        for child in element:
            tag = child.tag
            if tag == _R and not self._instructions:
                self._run(child, parts)
            elif tag == _T:
                if not self._instructions:
                    parts.append(child.text or "")
            elif tag in _INLINE:
                self._runs(child, parts)
            elif tag in _SIMPLE:
                if not self._instructions:
                    parts.append(_SIMPLE[tag])
            elif tag == _FLDCHAR:
                self._field(child.get(_W + "fldCharType"))
            elif tag in _NOTE_REFS:
                if not self._instructions:
                    self._note(child, _NOTE_REFS[tag], parts)
            elif tag == _W + "sym" and not self._instructions:
                parts.append(_symbol(child.get(_W + "char")))
            # Anything else is no text Word shows: properties, deletions (w:del,
            # w:moveFrom), field instructions, drawings and text boxes, bookmarks.

    def _run(self, run: Any, parts: list[str]) -> None:
        """A run's content: its text, and anything else read as :meth:`_runs` reads
        it; nothing of a run whose properties hide it (``w:vanish``)."""
        for item in run:
            kind = item.tag
            if kind == _T:
                parts.append(item.text or "")
            elif kind != _RPR:
                self._runs((item,), parts)
            elif _hidden(item):
                break  # hidden text: Word does not show it

    def _note(self, reference: Any, kind: str, parts: list[str]) -> None:
        """A note's mark, "[1]"; a mark of the author's (``w:customMarkFollows``) is the
        text after the reference, which Word shows instead of a number."""
        note_id = reference.get(_W + "id")
        if reference.get(_W + "customMarkFollows") not in ("1", "true", "on"):
            parts.append(f"[{self._notes.mark(kind, note_id)}]")
            return
        after = reference.getnext()
        custom = (after.text or "") if after is not None and after.tag == _T else ""
        self._notes.mark(kind, note_id, custom.strip() or "*")

    def _field(self, kind: str | None) -> None:
        if kind == "begin":
            self._fields.append(False)
            self._instructions += 1
        elif kind == "separate" and self._fields and not self._fields[-1]:
            self._fields[-1] = True
            self._instructions -= 1
        elif kind == "end" and self._fields and not self._fields.pop():
            self._instructions -= 1

    def _prefix(self, key: tuple[str | None, ...]) -> str:
        if not self._numberer.lists:  # no list definitions: Word shows no numbers
            return ""
        found = self._lists.get(key)
        if found is None:
            found = self._lists[key] = self._list_of(*key[:3])
        num_id, level, depth = found
        return "" if num_id is None else self._numberer.prefix(num_id, level, depth)

    def _list_of(
        self, style_id: str | None = None, num_id: str | None = None, ilvl: str | None = None
    ) -> tuple[str | None, int, int]:
        """(numId, level, depth shown) of a paragraph of style ``style_id`` with its own
        ``numId`` and ``ilvl`` (each None when it has none); numId None: no list."""
        if self._styles is None:
            self._styles = self._read_styles()
        level = _int(ilvl, 0)
        style_num, style_level, style_name = self._styles.list_of(style_id, level)
        if num_id is None:
            num_id, level = style_num, style_level
        if num_id is None or num_id == "0":  # numId 0 switches numbering off
            return None, 0, 0
        # Word's built-in "List Bullet 2", "List Number 3" show deeper by style, each
        # with a list of its own whose first level they use.
        depth = level
        words = style_name.split()
        if level == 0 and len(words) == 3 and words[0] == "List" and words[2].isdigit():
            depth = max(min(int(words[2][:2]), _LEVELS) - 1, 0)
        return num_id, level, depth

    def blocks(self, container: Any, *, flat: bool = False) -> list[str]:
        """The paragraphs of a cell or a note, in order, and the rows of its nested
        tables: as ``| cell | cell |`` lines, or (``flat``) their cells' blocks."""
        blocks: list[str] = []
        for child in container:
            tag = child.tag
            if tag == _P:
                block = self.paragraph(child)
                if block:
                    blocks.append(block)
            elif tag == _TBL:
                for row in _within(child, _TR):
                    if flat and not _deleted(row):
                        blocks.extend(b for cell in self.cells(row, flat=True) for b in cell)
                    elif line := self.row(row):
                        blocks.append(line)
            elif tag in _BLOCK:
                blocks.extend(self.blocks(child, flat=flat))
        return blocks

    def cells(self, row: Any, *, flat: bool | None = None) -> list[list[str]]:
        """The blocks of each cell of a row; a cell that continues a vertically merged
        one is empty (Word shows the text of the first).  Nested tables are flattened
        into their cell (``flat``), by default when the row has more than one cell."""
        found: list[Any] = []
        for child in row:
            tag = child.tag
            if tag == _TC:
                found.append(child)
            elif tag in _BLOCK:
                found.extend(_within(child, _TC))
        if flat is None:
            flat = len(found) > 1
        cells: list[list[str]] = []
        for cell in found:
            props = _first(cell, _TCPR)
            merge = _first(props, _VMERGE) if props is not None else None
            if merge is not None and merge.get(_VAL) in (None, "continue"):
                cells.append([])
            else:
                cells.append(self.blocks(cell, flat=flat))
        return cells

    def row(self, row: Any) -> str:
        """A row on one line, ``| cell | cell |`` ("" when every cell is empty)."""
        if _deleted(row):
            return ""
        return _pipe_row(self.cells(row, flat=True))


def _pipe_row(cells: list[list[str]]) -> str:
    if not any(cells):
        return ""
    shown = (_one_line(blocks, " / ").replace("|", "\\|") for blocks in cells)
    return "| " + " | ".join(shown) + " |"


def _hidden(rpr: Any) -> bool:
    """Whether run properties hide the run's text (``w:vanish``, not switched off)."""
    for item in rpr:
        if item.tag == _VANISH:
            return item.get(_VAL) not in _OFF
    return False


#: The values that switch a property off.
_OFF: Final = frozenset(("0", "false", "off"))


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    """The paragraphs of the text boxes anchored in a paragraph, in order: each box
    once (a drawing's DrawingML box, not its VML copy under ``mc:Fallback``)."""
    for box in paragraph.iter(_TXBX_CONTENT):
        parent = box.getparent()
        while parent is not None and parent is not paragraph and parent.tag != _FALLBACK:
            parent = parent.getparent()
        if parent is not None and parent.tag == _FALLBACK:
            continue
        yield from (p for p in box if p.tag == _P)


def _symbol(code: str | None) -> str:
    """The character of a ``w:sym`` (its code in hex; Symbol-font codes as written)."""
    try:
        return chr(int(code or "", 16))
    except (ValueError, OverflowError):
        return ""


def _within(element: Any, tag: str) -> Iterator[Any]:
    """The children named ``tag`` of an element, inside content controls too."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _BLOCK:
            yield from _within(child, tag)


def _deleted(row: Any) -> bool:
    """Whether a tracked change deletes (or moves away) a table row (a paragraph's
    mark: :func:`_props`)."""
    found = _first(row, _TRPR)
    return found is not None and any(child.tag in _GONE for child in found)


_GONE: Final = (_W + "del", _W + "moveFrom")


def _first(element: Any, tag: str) -> Any:
    """The first child named ``tag`` (properties come first: a quick look, then a scan)."""
    if len(element) and element[0].tag == tag:
        return element[0]
    for child in element:
        if child.tag == tag:
            return child
    return None


def _props(paragraph: Any) -> tuple[bool, tuple[str | None, ...]]:
    """What a paragraph's own properties (its first ``w:pPr``) say: whether a tracked
    change deletes its mark, and (pStyle, numId, ilvl), each None when missing (``()``
    without properties)."""
    ppr = _first(paragraph, _PPR)
    return _NO_PROPS if ppr is None else _own_props(ppr)


_NO_PROPS: Final[tuple[bool, tuple[str | None, ...]]] = (False, ())


def _own_props(ppr: Any) -> tuple[bool, tuple[str | None, ...]]:
    """:func:`_props` of a paragraph whose ``w:pPr`` is ``ppr``; a paragraph with an
    outline level of its own (``w:outlineLvl``) has it fourth."""
    style = num_id = level = outline = None
    deleted: bool | None = None  # None until the first run properties are seen
    for child in ppr:
        tag = child.tag
        if tag == _PSTYLE:
            style = child.get(_VAL)
        elif tag == _OUTLINE_LEVEL:
            outline = child.get(_VAL)
        elif tag == _NUMPR:
            for item in child:
                if item.tag == _NUMID:
                    num_id = item.get(_VAL)
                elif item.tag == _ILVL:
                    level = item.get(_VAL)
        elif tag == _RPR and deleted is None:
            deleted = any(item.tag in _GONE for item in child)
    if outline is not None:
        return bool(deleted), (style, num_id, level, outline)
    return bool(deleted), (style, num_id, level)


# How much of word/document.xml is unzipped and parsed at a time.
_CHUNK: Final = 1 << 16
_BODY: Final = _W + "body"


def _read_body(xml: IO[bytes], etree: Any, reader: _Reader, lines: _Lines) -> None:
    """Add the blocks of word/document.xml's body to ``lines`` as Word shows them, in
    order, each with its origin: body paragraphs ("¶3") and table rows ("table 1 r2").

    The XML is parsed as a stream, a chunk at a time; after each chunk the paragraphs
    and table rows it completed are read and dropped, so memory follows the largest
    paragraph or row, not the file.  A row of one cell (a box around text) gives that
    cell's paragraphs; a longer row, one line.  The body is ``w:body``, outside any
    other (a body nested inside a paragraph is not Word's and is not read as one).
    """
    parser = etree.XMLPullParser(events=("start",), tag=_BODY, **_OPTIONS)
    walker = _Body(reader, lines)
    bodies: list[Any] = []
    while chunk := xml.read(_CHUNK):
        parser.feed(chunk)
        _new_bodies(parser, bodies, walker)
        if bodies:
            walker.drain(bodies[0], final=False)
    parser.close()
    _new_bodies(parser, bodies, walker)
    if bodies:
        walker.drain(bodies[0], final=True)
    walker.finish()


def _new_bodies(parser: Any, bodies: list[Any], walker: _Body) -> None:
    """Note the bodies the parser has started (``bodies`` holds the one being read): a
    body outside the others ends the one before it, which is read to its end and
    dropped."""
    for _event, body in parser.read_events():
        parent = body.getparent()
        while parent is not None and parent.tag != _BODY:
            parent = parent.getparent()
        if parent is None:
            if bodies:
                walker.drain(bodies[0], final=True)
                bodies.pop().clear(keep_tail=False)
            bodies.append(body)


class _Body:
    """The blocks of a body, read as its elements are completed: paragraphs (numbered
    in order, those whose mark is deleted merged into the next), and the rows of its
    tables (tables numbered in order of their first row)."""

    def __init__(self, reader: _Reader, lines: _Lines) -> None:
        self._reader = reader
        self._lines = lines
        self._paragraphs = 0
        self._tables = 0
        # The table whose rows are being read (kept while it is being parsed), and the
        # rows of it read so far.
        self._table: Any = None
        self._rows = 0
        # Text of paragraphs whose mark is deleted, waiting for the next paragraph.
        self._merged = ""
        self._merged_origin = ""

    def drain(self, container: Any, *, final: bool, rows: bool = False) -> None:
        """Read the complete children of the body (or of a content control in it, or,
        ``rows``, of a table) and drop them: all but the last one, which may still be
        being parsed, unless ``final``.  Then read what is complete in that last one."""
        done = len(container) if final else len(container) - 1
        for child in container[:done] if done > 0 else ():
            tag = child.tag
            if tag == _P and not rows:
                self._paragraph(child)
            elif tag == _TBL and not rows:
                self.drain(child, final=True, rows=True)
                self._table = None  # read: not held
            elif tag == _TR and rows:
                self._row(child, container)
            elif tag in _BLOCK:
                self.drain(child, final=True, rows=rows)
        if final or done < 0:
            return
        del container[:done]
        last = container[0]
        if last.tag == _TBL and not rows:
            self.drain(last, final=False, rows=True)
        elif last.tag in _BLOCK:
            self.drain(last, final=False, rows=rows)

    def _paragraph(self, paragraph: Any) -> None:
        self._paragraphs += 1
        deleted, key, text = self._reader.scan(paragraph)
        if deleted:
            # Its mark deleted, the paragraph runs on into the next one.
            if text.strip() and not self._merged_origin:
                self._merged_origin = f"¶{self._paragraphs}"
            self._merged += text
            return
        block = self._reader.lines(key, self._merged + text if self._merged else text)
        if block:
            origin = self._merged_origin or f"¶{self._paragraphs}"
            self._lines.add(block, origin, heading=self._reader.is_heading(key))
        self._merged, self._merged_origin = "", ""
        # A text box's paragraphs follow the paragraph that anchors it.
        for inner in _text_boxes(paragraph):
            boxed = self._reader.paragraph(inner)
            if boxed:
                self._lines.add(boxed, f"¶{self._paragraphs} box")

    def _row(self, row: Any, parent: Any) -> None:
        """A row of a body table (``parent``: the table, or a content control in it)."""
        table = parent
        while table.tag in _BLOCK:
            table = table.getparent()
        if table is not self._table:  # the first row of a table
            self._tables += 1
            self._table, self._rows = table, 0
        if _deleted(row):
            return
        self._rows += 1
        origin = f"table {self._tables} r{self._rows}"
        cells = self._reader.cells(row)
        if len(cells) == 1:
            for block in cells[0]:
                self._lines.add(block, origin)
        elif line := _pipe_row(cells):
            self._lines.add(line, origin)

    def finish(self) -> None:
        """Add what is left of paragraphs whose mark was deleted, at the end."""
        if self._merged.strip():
            self._lines.add(self._merged.strip(), self._merged_origin)
