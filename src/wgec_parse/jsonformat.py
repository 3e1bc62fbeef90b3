"""The full JSON format of a document, defined once: one cattrs converter.

Every node is an object whose keys are its attrs fields, in field order, and whose
values are written by the same converter: strings, integers, booleans, null, arrays for
tuples.  Where a field may hold nodes of more than one class (a block's lines, a body,
front matter), each object also carries a ``"type"`` tag, written last, from
:data:`TAGS`.  Reading refuses unknown keys and values of the wrong JSON type (no
``"5"`` for 5, no ``1`` for true), and checks what the classes cannot say, in the
:data:`CHECKS` of each class: line endings, blank lines that hold only white space,
blocks that open with a line, tables whose rows are rows.

Writing and reading both follow from :func:`converter`; the published JSON Schemas are
generated from the same definitions (:mod:`wgec_parse.jsonschemas`), and a test holds
the shipped files to them.

The converter comes in two builds of the same hooks: ``detailed=False`` reads a valid
document fast (cattrs' generated structuring without its error bookkeeping), and
``detailed=True`` is run on a document the fast build refused, to say where the first
problem is.  A test holds the two to accepting the same documents.  A third,
``built=True``, takes the nodes that :func:`reader` builds from tagged objects while
the JSON text is read; :func:`expander` writes a node at a time with the same hooks.
"""

from __future__ import annotations

import codecs
import functools
import json
from collections.abc import Callable
from typing import Any, Final, get_args, get_origin

import attrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.preconf.json import JsonConverter, make_converter
from cattrs.strategies import configure_tagged_union

from wgec_parse.cleanview import TAGS as CLEAN_TAGS
from wgec_parse.cleanview import CleanBlock, CleanBullet, CleanClosing, CleanDocument, CleanFront
from wgec_parse.markers import INDENT_WS, WS, match_terminal
from wgec_parse.nodes import (
    Blank,
    Block,
    BulletItem,
    BulletList,
    Clause,
    Closing,
    Document,
    Field,
    FrontMatter,
    Line,
    LineLike,
    Noise,
    Paragraph,
    Question,
    Table,
)

__all__ = [
    "CHECKS",
    "ENCODINGS",
    "EOLS",
    "NAMES",
    "NODE_CLASSES",
    "OMIT_IF_DEFAULT",
    "TAGS",
    "UNIONS",
    "FrontBlock",
    "Invalid",
    "Unusual",
    "converter",
    "describe",
    "expander",
    "reader",
    "show",
]

#: What front matter holds.
FrontBlock = Paragraph | Field | Table | Noise
#: The fields that may hold nodes of several classes: their members carry a "type" tag.
UNIONS: Final = (LineLike, FrontBlock, Block)
#: The tag of each class that is a member of a union.
TAGS: Final[dict[type, str]] = {
    Line: "line",
    Noise: "noise",
    Paragraph: "paragraph",
    Table: "table",
    Field: "field",
    BulletList: "bullet_list",
    Clause: "clause",
}
#: Every class the format holds, the document first.
NODE_CLASSES: Final = (
    Document,
    FrontMatter,
    Closing,
    Question,
    Clause,
    Paragraph,
    Table,
    Field,
    BulletList,
    BulletItem,
    Noise,
    Line,
    Blank,
)
#: How messages name each class.
NAMES: Final[dict[type, str]] = {
    Document: "a document",
    FrontMatter: "front matter",
    Closing: "a closing",
    Question: "a question",
    BulletItem: "a bullet item",
    Blank: "a blank line",
    **{cls: f"a {tag.replace('_', ' ')}" for cls, tag in TAGS.items()},
}
#: The fields left out of an object while they hold their default: a whole line has no
#: offset (only the segments of a flattened line carry one), an item without tables and
#: a document without a closing or heading lines are written as before those existed.
OMIT_IF_DEFAULT: Final[dict[type, tuple[str, ...]]] = {
    Line: ("offset",),
    BulletItem: ("tables",),
    Document: ("closing", "heading_lines"),
}
#: The line endings a line or blank line may have.
EOLS: Final = ("\n", "\r\n", "\r", "")
#: The fields of a line that hold its text, each without a line break.
LINE_PARTS: Final = ("indent", "marker", "gap", "text", "trailing_ws")
#: The text encodings a document may name (any alias Python gives the same codec).
ENCODINGS: Final = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "utf-32-le",
    "utf-32-be",
    *(f"cp{n}" for n in range(1250, 1259)),
    "koi8-r",
    "gb18030",
    "gbk",
    "big5",
    "shift_jis",
    "mac_roman",
    "latin-1",
    "ascii",
)
_CODECS: Final = frozenset(codecs.lookup(name).name for name in ENCODINGS)


class Invalid(ValueError):
    """A problem found by a hook; ``where`` extends the JSON path (".eol", "[0]")."""

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.where = where


def show(value: object) -> str:
    """A value as JSON for a message; ``repr`` for Python objects that JSON cannot hold."""
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return repr(value)


def describe(value: object) -> str:
    """How a JSON value is called in messages."""
    if value is None:
        return "null"
    if value is True or value is False:
        return str(value).lower()
    names = {str: "a string", int: "an integer", float: "a number", dict: "an object"}
    if type(value) in names:
        return names[type(value)]
    if type(value) is list:
        return "an array"
    return f"a Python {type(value).__name__}"


# -- what the classes cannot say ------------------------------------------------------


def _check_line(line: Line) -> None:
    whole = line.indent + line.marker + line.gap + line.text + line.trailing_ws
    if "\n" in whole or "\r" in whole:
        part = next(p for p in LINE_PARTS if "\n" in getattr(line, p) or "\r" in getattr(line, p))
        raise Invalid("a line break inside a line; line endings belong in eol", "." + part)
    if line.eol not in EOLS:
        raise Invalid(r'eol must be "\n", "\r\n", "\r" or ""', ".eol")
    if line.offset < 0:
        raise Invalid("an offset cannot be negative", ".offset")
    if not whole.strip(WS):
        raise Invalid("a line holding only white space must be a blank line")
    if line.indent.strip(INDENT_WS):
        raise Invalid(
            "an indent may hold only white space, form feeds and direction marks", ".indent"
        )
    if line.gap.strip(WS) or line.trailing_ws.strip(WS):
        part = "gap" if line.gap.strip(WS) else "trailing_ws"
        raise Invalid(f"{part} may hold only white space", "." + part)
    if line.marker and match_terminal(line.content) is None:
        raise Invalid(
            "a marker must be a numbering, bullet glyph or field name as the parser reads one",
            ".marker",
        )


def _check_blank(blank: Blank) -> None:
    if blank.ws.strip(WS):
        raise Invalid("a blank line may hold only white space", ".ws")
    if blank.eol not in EOLS:
        raise Invalid(r'eol must be "\n", "\r\n", "\r" or ""', ".eol")


def _check_block(block: Paragraph | Table | Field | Clause | Question | BulletItem) -> None:
    if not block.lines:
        raise Invalid("a block needs at least one line", ".lines")
    if type(block.lines[0]) is not Line:
        raise Invalid("the first line of a block cannot be noise", ".lines[0]")


#: The terminals of ``grammar/lines.lark`` a table's rows match.
_TABLE_ROWS: Final = frozenset(("TEXT_TABLE_ROW", "TEXT_TABLE_RULE"))


def _check_table(table: Table) -> None:
    """A table as the parser builds one: two rows or more, each a line of a table's
    shape without a marker (noise may stand among them)."""
    _check_block(table)
    rows = 0
    for index, entry in enumerate(table.lines):
        if type(entry) is not Line:
            continue
        if entry.marker or match_terminal(entry.content) not in _TABLE_ROWS:
            raise Invalid(
                'a table row opens with "|" (or is a delimiter row, "---|---") and has no marker',
                f".lines[{index}]",
            )
        rows += 1
    if rows < 2:
        raise Invalid("a table needs at least two rows", ".lines")


def _check_list(block: BulletList) -> None:
    if not block.items:
        raise Invalid("a bullet list needs at least one item", ".items")


def _check_document(document: Document) -> None:
    previous = 0
    for index, number in enumerate(document.heading_lines):
        if number <= previous:
            raise Invalid(
                "heading lines are line numbers from 1 up, in ascending order",
                f".heading_lines[{index}]",
            )
        previous = number
    encoding = document.encoding
    if encoding is None:
        return
    try:
        "".encode(encoding)
    except (LookupError, ValueError):  # unknown, not a text encoding, a NUL in the name
        raise Invalid(f"unknown text encoding {show(encoding)}", ".encoding") from None
    if codecs.lookup(encoding).name not in _CODECS:
        raise Invalid(
            f"encoding {show(encoding)} is not one a document may name: one of "
            + ", ".join(ENCODINGS),
            ".encoding",
        )


#: The check of each class, run on each node read.
CHECKS: Final[dict[type, Callable[[Any], None]]] = {
    Line: _check_line,
    Blank: _check_blank,
    Paragraph: _check_block,
    Table: _check_table,
    Field: _check_block,
    Clause: _check_block,
    Question: _check_block,
    BulletItem: _check_block,
    BulletList: _check_list,
    Document: _check_document,
}


# -- the hooks ------------------------------------------------------------------------


def _strict(kind: type, name: str) -> Callable[[Any, Any], Any]:
    """A structure hook that takes exactly ``kind`` (no str(5), no int("3"), no bool 1)."""

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not kind:
            raise Invalid(f"expected {name}, got {describe(value)}")
        return value

    return structure


def _is_node_tuple(cls: Any) -> bool:
    args = get_args(cls)
    return get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(
    cls: Any, converter: JsonConverter, detailed: bool, built: bool = False
) -> Callable[[Any, Any], Any]:
    """Arrays to tuples.  The element hook is looked up when first needed: a class's
    hook is made before the union hooks that its fields need (unions hold classes that
    hold unions).  ``built``: an array of a union's members that :func:`reader` built
    already is taken whole, as their hook would take each (:func:`_tagged`)."""
    element = get_args(cls)[0]
    hooks: list[Callable[[Any, Any], Any]] = []
    members = frozenset(get_args(element)) if built and element in UNIONS else frozenset()

    def structure(value: Any, _: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise Invalid(f"expected an array, got {describe(value)}")
        if not value:
            return ()
        if members and members.issuperset(map(type, value)):
            return tuple(value)
        if not hooks:
            hooks.append(converter.get_structure_hook(element))
        hook = hooks[0]
        if not detailed:
            return tuple([hook(item, element) for item in value])
        out = []
        for index, item in enumerate(value):
            try:
                out.append(hook(item, element))
            except Exception as err:
                note = IterableValidationNote(f"index {index}", index, element)
                # Like add_note(), which Python 3.10 lacks.
                err.__notes__ = [*getattr(err, "__notes__", ()), note]  # type: ignore[attr-defined]
                raise IterableValidationError("invalid array", [err], cls) from None
        return tuple(out)

    return structure


def _node_hook(cls: type, converter: JsonConverter) -> Callable[[Any, Any], Any]:
    """Objects to nodes: cattrs' generated hook (unknown keys refused), the object
    check before it and the class's check after."""
    generated: Callable[[Any, Any], Any] = make_dict_structure_fn(cls, converter)
    check = CHECKS.get(cls)
    name = NAMES.get(cls, "an object")

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise Invalid(f"expected {name} (an object), got {describe(value)}")
        node = generated(value, cls)
        if check is not None:
            check(node)
        return node

    return structure


def _tagged(union: Any, converter: JsonConverter, built: bool = False) -> None:
    """Tag the members of ``union`` by a "type" key, with clear errors for bad tags;
    ``built``: a member already built from its object (:func:`reader`) is taken as it
    is."""
    configure_tagged_union(union, converter, tag_generator=TAGS.__getitem__, tag_name="type")
    hook = converter.get_structure_hook(union)
    members = get_args(union)
    tags = [TAGS[cls] for cls in members]
    expected = " or ".join(NAMES[cls] for cls in members)
    known = ", ".join(json.dumps(tag) for tag in tags)

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise Invalid(f"expected {expected} (an object), got {describe(value)}")
        if "type" not in value:
            raise Invalid(f"required key is missing; one of {known}", ".type")
        tag = value["type"]
        if type(tag) is not str or tag not in tags:
            raise Invalid(f"unknown node type {show(tag)} here; one of {known}", ".type")
        return hook(value, union)

    classes = frozenset(members)

    def as_built(value: Any, _: Any) -> Any:
        if type(value) in classes:
            return value
        return structure(value, _)

    converter.register_structure_hook(union, as_built if built else structure)


#: Blank lines this long at most are shared, as the parser shares them.
_SHARED_BLANK_MAX: Final = 80
#: How many blank lines of each short kind, and short line shapes, are remembered at most.
_SHARED_MAX: Final = 1024


class _Shared:
    r"""The short blank lines read so far, one node of each kind ("\n", " \r\n"...),
    as the parser shares them, so that the tree read back is as small as the tree
    parsed: by value; by the pairs of the object they were read from
    (``(("ws", " "), ("eol", "\n"))``), for :func:`reader` to take the node for the
    object when it meets such pairs again; and a line's one blank line before it as a
    tuple, by the identity of its node.  Nodes are frozen, so sharing changes nothing;
    nodes in the tables stay alive, so identities stay theirs.  Each table is filled
    before the one that leads to it, for readers in other threads."""

    def __init__(self) -> None:
        self.by_value: dict[Blank, Blank] = {}
        self.by_pairs: dict[tuple[tuple[str, str], ...], Blank] = {}
        self.alone: dict[int, tuple[Blank]] = {}

    def blank(self, node: Blank, value: dict[str, Any]) -> Blank:
        """The shared node equal to ``node``, read from ``value``."""
        if len(node.ws) > _SHARED_BLANK_MAX:
            return node
        shared = self.by_value.get(node)
        if shared is None:
            if len(self.by_value) >= _SHARED_MAX:
                return node
            self.alone[id(node)] = (node,)
            shared = self.by_value[node] = node
        if len(value) == 2 and len(self.by_pairs) < _SHARED_MAX:
            self.by_pairs[tuple(value.items())] = shared
        return shared

    def one(self, node: Blank) -> tuple[Blank]:
        """The blank lines before a line when ``node`` is the one there is."""
        if len(node.ws) > _SHARED_BLANK_MAX:
            return (node,)
        shared = self.by_value.get(node)
        if shared is None:
            return (node,)
        return self.alone[id(shared)]


_SHARED: Final = _Shared()


def _sharing_blanks(made: JsonConverter) -> None:
    """Read short blank lines, and a line's one short blank line before it, into shared
    nodes (:class:`_Shared`): a blank line is a node of its own, and double-spaced text
    would otherwise hold as many of them as lines.  A blank line :func:`reader` built
    already is taken as it is."""
    read_blank = _node_hook(Blank, made)
    read_blanks = _tuple_hook(tuple[Blank, ...], made, detailed=False)

    def blank(value: Any, _: Any) -> Blank:
        if type(value) is Blank:
            return value
        node: Blank = read_blank(value, Blank)
        return _SHARED.blank(node, value)

    def blanks(value: Any, cls: Any) -> tuple[Blank, ...]:
        nodes: tuple[Blank, ...] = read_blanks(value, cls)
        if len(nodes) == 1:
            return _SHARED.one(nodes[0])
        return nodes

    made.register_structure_hook(Blank, blank)
    made.register_structure_hook_func(lambda cls: cls == tuple[Blank, ...], blanks)


#: The keys of a bullet item's object as written when it holds no tables.
_ITEM_KEYS: Final = frozenset(("lines", "children"))
_LINE_LIKE: Final = frozenset(get_args(LineLike))


def _reading_items(made: JsonConverter) -> None:
    """Read a bullet item's object as written without tables (its lines and noise built
    into nodes already, its first line a line, its children such objects too) straight
    into its node, each child so in turn, as the hook of ``made`` would; any other
    object by that hook."""
    hook = _node_hook(BulletItem, made)

    def item(value: Any, cls: Any) -> BulletItem:
        if type(value) is dict and len(value) == 2 and value.keys() == _ITEM_KEYS:
            lines = value["lines"]
            children = value["children"]
            if (
                type(lines) is list
                and lines
                and type(lines[0]) is Line
                and _LINE_LIKE.issuperset(map(type, lines))
                and type(children) is list
            ):
                return BulletItem(tuple(lines), tuple([item(c, cls) for c in children]))
        node: BulletItem = hook(value, cls)
        return node

    made.register_structure_hook(BulletItem, item)


def _omitting(cls: type, made: JsonConverter) -> None:
    """Register the unstructure hook of ``cls`` that leaves out its
    :data:`OMIT_IF_DEFAULT` fields while they hold their default."""
    omitted: dict[str, Any] = {
        name: override(omit_if_default=True) for name in OMIT_IF_DEFAULT[cls]
    }
    made.register_unstructure_hook(cls, make_dict_unstructure_fn(cls, made, **omitted))


@functools.cache
def converter(
    *, detailed: bool = False, tuples: bool = False, built: bool = False
) -> JsonConverter:
    """The converter of the full format; ``detailed`` keeps where each problem is;
    ``tuples`` unstructures arrays as tuples (the same JSON once dumped): the collector
    stops tracking a tuple that holds only strings, numbers and such tuples (a dict of
    them at its next full collection), which lists never leave; ``built`` takes the
    members of a union as :func:`reader` builds them while the JSON is read (nodes
    where their objects were)."""
    overrides: dict[Any, Any] = {tuple: tuple} if tuples else {}
    made = make_converter(
        forbid_extra_keys=True,
        detailed_validation=detailed,
        unstruct_collection_overrides=overrides,
    )
    made.register_structure_hook(str, _strict(str, "a string"))
    made.register_structure_hook(int, _strict(int, "an integer"))
    made.register_structure_hook(bool, _strict(bool, "true or false"))
    made.register_structure_hook_factory(
        _is_node_tuple, lambda cls: _tuple_hook(cls, made, detailed, built)
    )
    made.register_structure_hook_factory(attrs.has, lambda cls: _node_hook(cls, made))
    if built:
        _sharing_blanks(made)
    _omitting(Line, made)
    # An item's hook is made once its lines are tagged, before the blocks that hold it are.
    _tagged(LineLike, made, built)
    if built:
        _reading_items(made)
    _omitting(BulletItem, made)
    for record in (CleanBullet, CleanFront, CleanClosing):
        made.register_unstructure_hook(
            record,
            make_dict_unstructure_fn(record, made, tables=override(omit_if_default=True)),
        )
    for union in UNIONS:
        if union is not LineLike:
            _tagged(union, made, built)
    # The clean view is written, never read: its body entries are tagged the same way.
    configure_tagged_union(CleanBlock, made, tag_generator=CLEAN_TAGS.__getitem__, tag_name="type")
    _omitting(Document, made)
    made.register_unstructure_hook(
        CleanDocument,
        make_dict_unstructure_fn(
            CleanDocument,
            made,
            closing=override(omit_if_default=True),
            front_tables=override(omit_if_default=True),
        ),
    )
    return made


# -- writing a node at a time -----------------------------------------------------------


class Unusual(Exception):
    """A tree that :func:`expander` does not write as it is: a field holding what its
    type does not say (a list for a tuple, a node of another class or of a subclass,
    an object JSON has no value for).  Such a tree is written by unstructuring it whole,
    which writes it, or fails, as :func:`converter` does."""


def _as_they_are(classes: frozenset[type]) -> Callable[[Any], Any]:
    """The hook of a field holding a tuple of nodes of ``classes``: the tuple itself,
    each node written by the expander when the encoder reaches it."""

    def unstructure(value: Any) -> Any:
        if type(value) is not tuple or not classes.issuperset(map(type, value)):
            raise Unusual
        return value

    return unstructure


def _node_as_it_is(cls: type) -> Callable[[Any], Any]:
    """The hook of a field holding a node of ``cls`` or None: the node itself."""

    def unstructure(value: Any) -> Any:
        if value is not None and type(value) is not cls:
            raise Unusual
        return value

    return unstructure


def _nodes_of(kind: Any) -> tuple[type, ...]:
    """The node classes ``kind`` (a class or a union) names; () if it names anything else."""
    classes = get_args(kind) or (kind,)
    if all(cls in NODE_CLASSES for cls in classes):
        return classes
    return ()


def _field_hook(kind: Any, full: JsonConverter) -> Callable[[Any], Any]:
    """How the expander writes a field of type ``kind``: nodes as they are where the
    object of each carries a "type" tag exactly when its class has one in :data:`TAGS`
    (the members of a union, a class without a tag on its own); anything else, a line
    or tables outside a union among them, as :func:`converter` does."""
    if _is_node_tuple(kind):
        classes = _nodes_of(get_args(kind)[0])
        tagged = len(classes) > 1
        if classes and all((cls in TAGS) is tagged for cls in classes):
            return _as_they_are(frozenset(classes))
    else:
        classes = tuple(cls for cls in get_args(kind) or (kind,) if cls is not type(None))
        if len(classes) == 1 and classes[0] in NODE_CLASSES and classes[0] not in TAGS:
            return _node_as_it_is(classes[0])
    hook: Callable[[Any], Any] = full.get_unstructure_hook(kind)
    return hook


#: The nodes that :func:`expander` expands on their own when told to write blocks whole.
_OUTER: Final = frozenset((Document, FrontMatter, Closing, Question))


@functools.cache
def expander(*, whole: bool = False) -> Callable[[Any], dict[str, Any]]:
    """The ``default`` of :func:`json.dumps` that writes a node as one object of the
    full format at a time: its fields as :func:`converter` writes them, but the nodes it
    holds as they are, each written in turn when the encoder reaches it (with its "type"
    tag where it has one).  The same JSON as dumping the converter's unstructured tree,
    without building that tree first: each object lives only while it is written, so
    a large document leaves the cyclic collector no growing heap of containers to scan
    again and again.  Raises :class:`Unusual` on a tree it does not write as it is.

    ``whole``: the blocks of the bodies and of front matter are unstructured whole, as
    :func:`converter` does, each when the encoder reaches it (json.dumps with an indent
    encodes in Python, a generator a level, and a node expanded on its own costs one
    more level for all it holds)."""
    full = converter(tuples=True)
    hooks: dict[type, Callable[[Any], dict[str, Any]]] = {}
    for cls in NODE_CLASSES:
        if whole and cls not in _OUTER:
            hooks[cls] = full.get_unstructure_hook(cls)
            continue
        attrs.resolve_types(cls)
        omitted = OMIT_IF_DEFAULT.get(cls, ())
        fields: dict[str, Any] = {
            field.name: override(
                omit_if_default=field.name in omitted or None,
                unstruct_hook=_field_hook(field.type, full),
            )
            for field in attrs.fields(cls)
        }
        hooks[cls] = make_dict_unstructure_fn(cls, full, **fields)

    def expand(node: Any) -> dict[str, Any]:
        cls = type(node)
        hook = hooks.get(cls)
        if hook is None:
            raise Unusual
        data = hook(node)
        tag = TAGS.get(cls)
        if tag is not None:
            data["type"] = tag
        return data

    return expand


# -- reading a node at a time -----------------------------------------------------------


#: The fields of a line, in order, as :func:`_line_reader` reads them (it reads no line
#: the short way if the class's fields are not these).
_LINE_FIELDS: Final = (
    "line",
    "text",
    "marker",
    "gap",
    "indent",
    "trailing_ws",
    "eol",
    "leading",
    "offset",
)
#: The keys of a line's object as written, but for a segment's offset and the "type" tag.
_LINE_KEYS: Final = _LINE_FIELDS[:-1]
_LINE_TAG: Final = ("type", TAGS[Line])
_NOISE_TAG: Final = ("type", TAGS[Noise])
_BLANK: Final = frozenset((Blank,))


def _line_reader(made: JsonConverter) -> Callable[[list[tuple[str, Any]]], Line | None]:
    """Read the pairs of a line's object written as :func:`expander` writes it (every
    key but a whole line's offset, in field order, then one more, its "type" tag; values
    of their types, none or one shared blank line before it) as the hook of ``made``
    reads its object, by a shorter way; None for any other.  The checks of a line's
    indent, gap, trailing white space and line ending run once for each distinct four:
    :func:`_check_line` passes on a line with these whose text holds no line break and
    more than white space, and whose marker, if any, holds no line break and opens a
    terminal, where it passed on another line with these four."""
    if tuple(f.name for f in attrs.fields(Line)) != _LINE_FIELDS:
        return lambda pairs: None
    blanks = made.get_structure_hook(tuple[Blank, ...])
    alone = _SHARED.alone
    match = match_terminal
    make = Line
    checked: set[tuple[str, str, str, str]] = set()

    def as_written(pairs: list[tuple[str, Any]]) -> Line | None:
        if len(pairs) == 9:
            offset = 0
        elif len(pairs) == 10:
            offset = pairs[8][1]
            if type(offset) is not int or offset < 0:
                return None
        else:
            return None
        (
            (k_line, number),
            (k_text, text),
            (k_marker, marker),
            (k_gap, gap),
            (k_indent, indent),
            (k_trailing, trailing),
            (k_eol, eol),
            (k_leading, leading),
        ) = pairs[:8]
        if (
            (k_line, k_text, k_marker, k_gap, k_indent, k_trailing, k_eol, k_leading) != _LINE_KEYS
            or (len(pairs) == 10 and pairs[8][0] != "offset")
            or type(number) is not int
            or type(text) is not str
            or type(leading) is not list
        ):
            return None
        shape = (indent, gap, trailing, eol)
        try:
            known = shape in checked  # strings all, if in it
        except TypeError:  # an array or an object in the shape
            return None
        if type(marker) is not str:
            return None
        if not known and not str is type(gap) is type(indent) is type(trailing) is type(eol):
            return None
        before: tuple[Blank, ...] = ()
        if len(leading) == 1:
            before = alone.get(id(leading[0])) or blanks(leading, tuple[Blank, ...])
        elif leading:
            before = tuple(leading)
            if not _BLANK.issuperset(map(type, before)):
                before = blanks(leading, tuple[Blank, ...])
        node = make(number, text, marker, gap, indent, trailing, eol, before, offset)
        if (
            not known
            or "\n" in text
            or "\r" in text
            or not text.strip(WS)
            or (marker and ("\n" in marker or "\r" in marker or match(marker + gap + text) is None))
        ):
            _check_line(node)
            if len(checked) < _SHARED_MAX and len(indent + gap + trailing) <= _SHARED_BLANK_MAX:
                checked.add(shape)  # a short one: the set holds no long strings alive
        return node

    return as_written


@functools.cache
def reader() -> Callable[[list[tuple[str, Any]]], Any]:
    """The ``object_pairs_hook`` of :func:`json.loads` that builds each object carrying a
    "type" tag into its node as soon as the object is read (with the hooks of
    ``converter(built=True)``, which take such nodes where a union's objects stand), so
    that no plain-data copy of the whole document is alive beside the tree it becomes;
    other objects stay dicts, for the hook of the node that holds them, but for the
    pairs of a short blank line read before, which become its shared node at once.
    Raises on any problem, a repeated key too: the plain data, read again, then says
    where it is."""
    made = converter(built=True)
    classes = {tag: cls for cls, tag in TAGS.items()}
    hooks = {cls: made.get_structure_hook(cls) for cls in TAGS}
    line_as_written = _line_reader(made)
    shared = _SHARED.by_pairs

    def build(pairs: list[tuple[str, Any]]) -> Any:
        if len(pairs) == 2 and pairs[0][0] == "ws":
            try:
                node = shared.get(tuple(pairs))
            except TypeError:  # an array or an object for a value
                node = None
            if node is not None:
                return node
        elif pairs and pairs[-1] == _LINE_TAG:
            line = line_as_written(pairs)
            if line is not None:
                return line
        elif pairs and pairs[-1] == _NOISE_TAG and len(pairs) == 2 and pairs[0][0] == "line":
            inner = pairs[0][1]
            line = line_as_written([*inner.items(), _LINE_TAG]) if type(inner) is dict else None
            if line is not None:
                return Noise(line)
        data = dict(pairs)
        if len(data) != len(pairs):
            raise Invalid("repeated key")
        tag = data.get("type")
        cls = classes.get(tag) if type(tag) is str else None
        if cls is None:
            return data
        del data["type"]
        return hooks[cls](data, cls)

    return build
