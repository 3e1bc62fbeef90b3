"""Documents to JSON and back.

Two views:

* ``"full"`` (schema ``wgec-parse/document``) is lossless: every node and every piece
  of trivia, so that ``from_json(to_json(doc)) == doc`` and rendering the result gives
  the original text byte for byte.  Its format is defined once, by the converter of
  :mod:`wgec_parse.jsonformat`.
* ``"clean"`` (schema ``wgec-parse/outline``, the value it was first published with,
  version :data:`CLEAN_VERSION`) is what an analyst wants: front-matter fields and
  cover paragraphs, then questions whose ``body`` holds paragraphs, bullet lists and
  clauses in the order written, as clean text with source line numbers, and no trivia
  (:mod:`wgec_parse.cleanview`).  It cannot be read back.  ``"outline"``,
  its former name, is still read as ``"clean"``: the word now means only the indented
  text listing of :mod:`wgec_parse.outline`.

:func:`from_json` either returns a tree that ``parse`` builds (``parse(render(tree))``
gives it back), or raises :class:`~wgec_parse.errors.JsonError` naming the JSON path of
the first problem.  It
reads a valid document with the fast build of the converter, building each tagged
object into its node as the JSON is read, and checks the whole (nesting, line numbers)
afterwards; only a document that fails is read again as plain data with the detailed
build, and the checks that name a path, to say where.  :func:`to_json` likewise writes
a node at a time (:func:`~wgec_parse.jsonformat.expander`): neither keeps a plain-data
copy of a whole document alive beside its tree, which on a large document kept the
cyclic collector rescanning both.

Text may hold any code point, including lone surrogates (``"\\ud800"``), which UTF-8
cannot encode.  :func:`to_json` writes every other character as itself and escapes
surrogates as ``\\uXXXX``, so its output always encodes as UTF-8 and reads back as the
same string.  A high surrogate directly followed by a low one is the one thing JSON
cannot hold (readers join the two escapes into one character): :func:`to_json` refuses
it with :class:`JsonError`.
"""

from __future__ import annotations

import itertools
import json
import re
from importlib import resources
from typing import Any, Final, Literal

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from wgec_parse.cleanview import TAGS as CLEAN_TAGS
from wgec_parse.cleanview import clean_node
from wgec_parse.errors import JsonError
from wgec_parse.jsonformat import (
    NAMES,
    TAGS,
    Invalid,
    Unusual,
    converter,
    describe,
    expander,
    reader,
    show,
)
from wgec_parse.nesting import MAX_DEPTH as MAX_NESTING
from wgec_parse.nesting import MAX_DEPTH_LIMIT
from wgec_parse.nodes import (
    Blank,
    BulletItem,
    Clause,
    Closing,
    Document,
    FrontMatter,
    Line,
    Node,
    Noise,
    iter_lines,
    walk,
)
from wgec_parse.parser import parse
from wgec_parse.rendering import render

__all__ = [
    "CLEAN_VERSION",
    "MAX_DEPTH",
    "SCHEMA_CLEAN",
    "SCHEMA_FULL",
    "VERSION",
    "View",
    "from_dict",
    "from_json",
    "json_schema",
    "to_dict",
    "to_json",
]

SCHEMA_FULL: Final = "wgec-parse/document"  #: The ``"schema"`` of a full document.
#: The ``"schema"`` of the clean view, as first published (under the view's former name).
SCHEMA_CLEAN: Final = "wgec-parse/outline"
VERSION: Final = "1.0"  #: The full format's version written; any ``1.x`` is read.
#: The clean view's version: 2.0 keeps each body in one array in reading order (1.0
#: split it into paragraphs, bullets and clauses arrays).
CLEAN_VERSION: Final = "2.0"
#: Deepest JSON nesting (objects and arrays) accepted or written.  The deepest tree the
#: parser builds (64 levels of clauses holding 64 levels of bullets) needs 266.
MAX_DEPTH: Final = 300

#: The views; ``"outline"`` is the clean view's former name, read as ``"clean"``.
View = Literal["full", "clean", "outline"]
_VIEWS: Final = {"full": "full", "clean": "clean", "outline": "clean"}

_VERSION_RE: Final = re.compile(r"(\d{1,4})\.(\d{1,4})")
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_PAIR: Final = re.compile("[\ud800-\udbff][\udc00-\udfff]")


# -- errors ---------------------------------------------------------------------------


def _key(name: object) -> str:
    """A JSON path step for an object key: ``.name``, or ``["odd key"]``."""
    if isinstance(name, str) and name.isidentifier() and name.isascii():
        return f".{name}"
    return f"[{json.dumps(name if isinstance(name, str) else repr(name))}]"


def _to_json_error(exc: BaseException, path: str) -> JsonError:
    """The first problem in a cattrs exception tree, with its JSON path."""
    while True:
        if isinstance(exc, (ClassValidationError, IterableValidationError)):
            with_notes, without = exc.group_exceptions()
            if with_notes:
                exc, note = with_notes[0]
                if isinstance(note, AttributeValidationNote):
                    path += _key(note.name)
                elif isinstance(note, IterableValidationNote):
                    path += f"[{note.index}]"
                continue
            exc = without[0]
            continue
        if isinstance(exc, ForbiddenExtraKeysError):
            name = sorted(exc.extra_fields)[0]
            return JsonError(f"unknown key in {NAMES.get(exc.cl, 'an object')}", path + _key(name))
        if isinstance(exc, Invalid):
            return JsonError(exc.message, path + exc.where)
        if isinstance(exc, KeyError):
            return JsonError("required key is missing", path)
        if isinstance(exc, RecursionError):
            return JsonError("nested too deeply for the Python stack", path)
        return JsonError(f"invalid value ({type(exc).__name__}: {exc})", path)


# -- line numbers and line endings ----------------------------------------------------


def _position_problem(
    document: Document, lines: list[Line | Blank] | None = None
) -> tuple[str, Line | Blank, str] | None:
    """The first line whose number or offset does not match the text (``renumber(doc)
    == doc`` fails), the first line but the last without a line ending that is not a
    segment of a flattened line followed by the next, or a CR that would meet the LF of
    an empty line after it (the two would render as one CRLF): a message, the line, and
    the key it is about.  (Whether parse cuts a flattened line there is checked by
    parsing the text again.)  ``lines``: those of the document, if listed already
    (:func:`_physical_lines`)."""
    previous: Line | Blank | None = None
    previous_eol = "\n"  # that of the line before the first
    number = 0
    for line in _physical_lines(document)[0] if lines is None else lines:
        if previous_eol == "" and previous is not None:
            problem = _segment_problem(previous, line)
            if problem is not None:
                return problem
        else:
            number += 1
            if type(line) is Line:
                if line.offset:
                    return (
                        "only a segment after one without a line ending has an offset",
                        line,
                        "offset",
                    )
            elif previous_eol == "\r" and type(line) is Blank and line.ws + line.eol == "\n":
                return (
                    'an empty line ending in "\\n" right after a line ending in "\\r" '
                    "would render as one line ending",
                    line,
                    "eol",
                )
        if type(line) is Line and line.line != number:
            return (
                f"line number {line.line} does not match the text: this is line {number}",
                line,
                "line",
            )
        previous = line
        previous_eol = line.eol
    if type(previous) is Blank and previous.ws == "" == previous.eol:
        return "an empty last line must end in a line ending", previous, "eol"
    return None


def _physical_lines(document: Document) -> tuple[list[Line | Blank], int]:
    """``list(iter_lines(document))``, taking the lines of each block at once where they
    are lines and noise that holds a line, as in every tree the converter builds; and,
    from the same walk, ``_tree_depth(document, lines=False)``."""
    out: list[Line | Blank] = []
    deepest = 0
    stack: list[tuple[Node, int]] = [(document, 1)]
    while stack:
        node, depth = stack.pop()
        if type(node) is Noise:
            node = node.line
            if type(node) is not Line:
                return list(iter_lines(document)), _tree_depth(document, lines=False)
            below = 3 if node.leading else 2
        elif type(node) is Line:
            below = 2 if node.leading else 1
        elif type(node) is Document:
            below = 2 if node.trailing else 1
        else:
            below = 5 if node._line_fields else 1
        if depth + below > deepest:
            deepest = depth + below
        if type(node) is Line:
            out += node.leading
            out.append(node)
            continue
        if type(node) is Blank:
            out.append(node)
            continue
        for name in node._line_fields:
            for entry in getattr(node, name):
                if type(entry) is Noise:
                    entry = entry.line
                if type(entry) is not Line:
                    return list(iter_lines(document)), _tree_depth(document, lines=False)
                out += entry.leading
                out.append(entry)
        blocks = _blocks_in(node)
        if blocks:
            stack += [(child, _child_depth(node, child, depth)) for child in reversed(blocks)]
    if type(document) is Document:
        out += document.trailing
    return out, deepest


def _segment_problem(
    previous: Line | Blank, line: Line | Blank
) -> tuple[str, Line | Blank, str] | None:
    """What is wrong with ``line`` coming after ``previous``, which has no line ending:
    only a segment of the same flattened line, starting where ``previous`` ends, may."""
    if type(previous) is not Line or type(line) is not Line or not line.offset:
        # The next is no segment (a segment after the first has an offset).
        return "only the last line of a document can lack a line ending", previous, "eol"
    width = len(previous.indent) + len(previous.content) + len(previous.trailing_ws)
    if line.offset != previous.offset + width:
        return (
            f"offset {line.offset} does not match the text: this segment starts at "
            f"{previous.offset + width}",
            line,
            "offset",
        )
    return None


def _path_to(document: Document, target: Line | Blank) -> str:
    """The JSON path of ``target`` in the full JSON of ``document``."""
    for node, parents in walk(document):
        if node is target:
            chain = (*parents, node)
        elif type(node) is Line and any(blank is target for blank in node.leading):
            chain = (*parents, node, target)
        else:
            continue
        return "$" + "".join(_step(parent, child) for parent, child in itertools.pairwise(chain))
    return "$" + _step(document, target)  # a blank line at the end


def _step(parent: Node, child: Node) -> str:
    """The path from the object of ``parent`` to that of ``child``: ``.key[index]``."""
    for field in attrs.fields(type(parent)):
        value = getattr(parent, field.name)
        if value is child:
            return _key(field.name)
        if isinstance(value, tuple):
            for index, item in enumerate(value):
                if item is child:
                    return f"{_key(field.name)}[{index}]"
    raise ValueError("not a child of this node")  # pragma: no cover


# -- only trees that parse builds ----------------------------------------------------


def _nesting(document: Document) -> int:
    """The deepest nesting of clauses, or of bullet items, in ``document``."""
    deepest = 1
    for node, parents in walk(document, lines=False):
        if type(node) is Clause or type(node) is BulletItem:
            kind = type(node)
            deepest = max(deepest, 1 + sum(1 for p in parents if type(p) is kind))
    return deepest


def _reparsed(document: Document) -> Document | None:
    """What ``parse`` builds from the text of ``document`` (default question set, the
    document's heading lines, no size limit, the default nesting limit or, where the
    tree nests less deeply than its text would, the tree's own depth), with the
    document's encoding and source; None when no such parse gives the tree back."""
    text = render(document)
    styled = document.heading_lines
    again = _as_read(parse(text, max_size=None, heading_lines=styled), document)
    if again == document:
        return None
    depth = _nesting(document)
    if depth != MAX_NESTING and depth <= MAX_DEPTH_LIMIT:
        again = _as_read(
            parse(text, max_size=None, max_depth=depth, heading_lines=styled), document
        )
        if again == document:
            return None
    return again


def _as_read(parsed: Document, document: Document) -> Document:
    """``parsed`` with the encoding and source of ``document`` (parse sets neither)."""
    if parsed.encoding == document.encoding and parsed.source == document.source:
        return parsed
    return attrs.evolve(parsed, encoding=document.encoding, source=document.source)


def _first_difference(ours: Any, theirs: Any, path: str = "$") -> str:
    """The JSON path of the first place where two plain-data trees differ."""
    stack: list[tuple[str, Any, Any]] = [(path, ours, theirs)]
    while stack:
        where, a, b = stack.pop()
        if a == b:
            continue
        if type(a) is dict and type(b) is dict:
            if list(a) != list(b):
                key = next((k for k in a if k not in b), None)
                key = key or next((k for k in b if k not in a), None)
                return where + _key(key) if key is not None else where
            stack += [(where + _key(k), a[k], b[k]) for k in reversed(list(a))]
        elif type(a) is list and type(b) is list:
            common = min(len(a), len(b))
            if all(x == y for x, y in zip(a[:common], b[:common], strict=True)):
                return f"{where}[{common}]" if len(a) > common else where
            stack += [(f"{where}[{i}]", a[i], b[i]) for i in reversed(range(common))]
        else:
            return where
    return path  # pragma: no cover - only called on trees that differ


def _parse_problem(document: Document) -> str | None:
    """Where ``document`` differs from what ``parse`` builds from its text; None if it
    is a tree ``parse`` builds."""
    again = _reparsed(document)
    if again is None:
        return None
    convert = converter()
    return _first_difference(convert.unstructure(document), convert.unstructure(again))


# -- depth ----------------------------------------------------------------------------


def _tree_depth(document: Node, *, lines: bool = True) -> int:
    """The nesting depth of the full JSON of ``document``; with ``lines=False``, an upper
    bound that visits the blocks alone (a block's lines nest at most five levels below
    it: its lines array, a noise object, its line, the line's leading array, a blank).
    Each node is visited once, with the depth of its object (:func:`_child_depth`)."""
    deepest = 0
    stack: list[tuple[Node, int]] = [(document, 1)]
    while stack:
        node, depth = stack.pop()
        if type(node) is Line:
            below = 2 if node.leading else 1  # its leading array, and a blank in it
        elif type(node) is Noise and not lines:
            below = 3 if node.line.leading else 2  # its line, leading array, a blank
        elif type(node) is Document:
            below = 2 if node.trailing else 1  # its arrays, and a blank in trailing
        elif node._line_fields and not lines:
            below = 5
        else:
            below = 1  # its arrays
        if depth + below > deepest:
            deepest = depth + below
        owned = node.child_nodes if lines else _blocks_in(node)
        if owned:
            stack += [(child, _child_depth(node, child, depth)) for child in owned]
    return deepest


def _blocks_in(node: Node) -> tuple[Node, ...]:
    """The nodes nested in ``node``, its lines aside (as :func:`walk` with
    ``lines=False`` takes them)."""
    out: tuple[Node, ...] = ()
    for name in node._block_fields:
        value = getattr(node, name)
        if isinstance(value, tuple):
            out += value
        elif value is not None:
            out += (value,)
    return out


def _child_depth(parent: Node, child: Node, depth: int) -> int:
    """How deep the object of ``child`` sits, its parent's at ``depth``: a node in an
    array two levels below its parent's object, front matter and a noise's line one
    level."""
    return depth + (1 if type(parent) is Noise or type(child) in (FrontMatter, Closing) else 2)


def _too_deep(document: Node) -> bool:
    """Whether the full JSON of ``document`` would nest deeper than :data:`MAX_DEPTH`
    (the blocks alone settle it for any document the parser builds)."""
    return _tree_depth(document, lines=False) > MAX_DEPTH and _tree_depth(document) > MAX_DEPTH


class _Duplicates(dict[str, Any]):
    """An object that had a key twice; the first repeated key is ``repeated``."""

    repeated: str = ""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    flagged = _Duplicates(result)
    for name, _ in pairs:
        if name in seen:
            flagged.repeated = name
            break
        seen.add(name)
    return flagged


def _path_of(trail: tuple[Any, ...] | None) -> str:
    steps: list[str] = []
    while trail is not None:
        trail, step = trail
        steps.append(f"[{step}]" if isinstance(step, int) else _key(step))
    return "$" + "".join(reversed(steps))


def _check_data(data: Any) -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH` (and cycles) and repeated keys,
    before anything recursive touches ``data``."""
    stack: list[tuple[Any, int, tuple[Any, ...] | None]] = [(data, 1, None)]
    while stack:
        value, depth, trail = stack.pop()
        if isinstance(value, dict):
            if type(value) is _Duplicates:
                raise JsonError("repeated key", _path_of((trail, value.repeated)))
            children: Any = value.items()
        elif type(value) is list:
            children = enumerate(value)
        else:
            continue
        if depth > MAX_DEPTH:
            raise JsonError(f"nested deeper than {MAX_DEPTH} levels", _path_of(trail))
        for step, child in children:
            if isinstance(child, (dict, list)):
                stack.append((child, depth + 1, (trail, step)))


# -- the clean view -------------------------------------------------------------------


def _clean(node: Node) -> dict[str, Any]:
    record = clean_node(node)
    data: dict[str, Any] = converter().unstructure(record)
    if type(node) is Document:
        return {"schema": SCHEMA_CLEAN, "version": CLEAN_VERSION, **data}
    tag = CLEAN_TAGS.get(type(record))  # a block of a body: tagged as there
    return data if tag is None else {**data, "type": tag}


def _tagged(node: Node, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with the "type" tag that ``node``'s object carries where a field may hold
    several classes (a body's blocks, a block's lines), written last."""
    tag = TAGS.get(type(node))
    return data if tag is None else {**data, "type": tag}


def _view(view: str) -> str:
    """The name of ``view`` ("clean" for "outline"); ValueError for an unknown one."""
    if view not in _VIEWS:
        raise ValueError(f'view must be "full" or "clean", not {view!r}')
    return _VIEWS[view]


# -- the API --------------------------------------------------------------------------


def to_dict(node: Node, *, view: View = "full") -> dict[str, Any]:
    """``node`` as plain data (dicts, lists, strings, integers, booleans, None).

    A document gets its ``"schema"`` and ``"version"``; any other node is the object it
    is inside its document's JSON (with its ``"type"`` tag where it has one: a
    paragraph, field, bullet list, clause, line or noise).  In the clean view, front
    matter is ``{"fields": [...], "cover": [...]}``, and a noise line, a line or a blank
    line, which that view leaves out, raise ValueError.

    Raises :class:`JsonError` for a hand-built tree nested deeper than :data:`MAX_DEPTH`
    JSON levels, and :class:`ValueError` for an unknown view.
    """
    return _plain(node, view, tuples=False)


def _plain(node: Node, view: View, *, tuples: bool) -> dict[str, Any]:
    """:func:`to_dict`; ``tuples``: the full view's arrays as tuples (for dumping)."""
    name = _view(view)
    if _too_deep(node):
        raise JsonError(f"the document would nest deeper than {MAX_DEPTH} JSON levels")
    if name == "clean":
        return _clean(node)
    try:
        data: dict[str, Any] = converter(tuples=tuples).unstructure(node)
    except RecursionError:
        raise JsonError("the document nests too deeply for the Python stack") from None
    except KeyError as err:  # a union member cattrs has no tag for, here
        what = getattr(err.args[0], "__name__", repr(err.args[0])) if err.args else "?"
        raise TypeError(f"a {what} node cannot stand here in a document") from None
    if type(node) is not Document:
        return _tagged(node, data)
    return {"schema": SCHEMA_FULL, "version": VERSION, **data}


def _find_pair(data: Any, path: str = "$") -> str:
    """The JSON path of the first string holding a surrogate pair (there is one)."""
    stack: list[tuple[str, Any]] = [(path, data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str) and _PAIR.search(value):
            return where
        if isinstance(value, dict):
            stack += [(where + _key(k), v) for k, v in reversed(value.items())]
        elif isinstance(value, (list, tuple)):
            stack += [(f"{where}[{i}]", v) for i, v in reversed(list(enumerate(value)))]
    return path  # pragma: no cover - only called when the dump holds a pair


def to_json(node: Node, *, view: View = "full", indent: int | None = None) -> str:
    """``node`` (a document or any node in one, as :func:`to_dict` gives it) as JSON
    text.  See the module docstring on surrogates."""
    text = _dump_as_it_is(node, view, indent)
    data: dict[str, Any] | None = None
    if text is None:
        # Arrays as tuples: the same JSON, and less for the cyclic collector to keep
        # scanning while a large tree's data is alive.
        data = _plain(node, view, tuples=True)
        text = _dumps(data, indent)
    try:
        text.encode("utf-8")  # far faster than looking for surrogates
    except UnicodeEncodeError:
        pass
    else:
        return text
    if _PAIR.search(text):
        raise JsonError(
            "a high surrogate followed by a low surrogate cannot be written in JSON "
            "(readers would join them into one character)",
            _find_pair(data if data is not None else _plain(node, view, tuples=True)),
        )
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _dumps(data: Any, indent: int | None, default: Any = None) -> str:
    try:
        return json.dumps(data, ensure_ascii=False, indent=indent, default=default)
    except RecursionError:
        raise JsonError("the document nests too deeply for the Python stack") from None


def _dump_as_it_is(node: Node, view: View, indent: int | None) -> str | None:
    """The full JSON of ``node`` written a node at a time (:func:`expander`), without
    the whole tree as plain data first; None for the clean view, or for a tree that
    :func:`_plain` writes (or refuses) its own way."""
    if _view(view) != "full":
        return None
    if _too_deep(node):
        raise JsonError(f"the document would nest deeper than {MAX_DEPTH} JSON levels")
    expand = expander(whole=indent is not None)
    try:
        if type(node) is Document:
            top = {"schema": SCHEMA_FULL, "version": VERSION, **expand(node)}
            return _dumps(top, indent, expand)
        return _dumps(node, indent, expand)
    except (Unusual, KeyError):  # KeyError: a whole block holds a node of no tag there
        return None


def _not_a_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def from_json(data: str | bytes, *, reparse: bool = True) -> Document:
    """Read a full JSON document back.  Raises :class:`JsonError` on any bad input.

    Bytes may be UTF-8 (with or without a byte order mark), UTF-16 or UTF-32.  The tree
    returned is one ``parse`` builds: ``parse(render(tree))`` gives it back (with the
    document's ``encoding`` and ``source``).  Checking that parses the rendered text
    again, which takes about as long as parsing it; ``reparse=False`` skips that check
    (for JSON this library wrote and nobody changed), keeping the checks of each field.
    """
    if not isinstance(data, (str, bytes, bytearray)):
        raise JsonError(f"expected JSON text (str or bytes), got {describe(data)}")
    if isinstance(data, (bytes, bytearray)) and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a UTF-8 byte order mark, as some Windows tools write
    document = _read_as_built(data, reparse)
    if document is not None:
        return document
    try:
        loaded = json.loads(data, object_pairs_hook=_object, parse_constant=_not_a_constant)
    except RecursionError:
        raise JsonError(f"nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as err:  # JSONDecodeError, UnicodeDecodeError, huge integers
        raise JsonError(f"not JSON: {err}") from None
    return from_dict(loaded, reparse=reparse)


def _check_header(data: dict[str, Any]) -> None:
    schema = data.get("schema")
    if "schema" not in data:
        raise JsonError(f"required key is missing; expected {json.dumps(SCHEMA_FULL)}", "$.schema")
    if schema == SCHEMA_CLEAN:
        raise JsonError(
            f"the clean view (version {show(data.get('version'))}) is not lossless and "
            "cannot be read back; export with view='full'",
            "$.schema",
        )
    if schema != SCHEMA_FULL:
        raise JsonError(
            f"not a wgec-parse document: expected {json.dumps(SCHEMA_FULL)}", "$.schema"
        )
    if "version" not in data:
        raise JsonError('required key is missing; expected "1.0"', "$.version")
    version = data["version"]
    match = _VERSION_RE.fullmatch(version) if type(version) is str else None
    if match is None:
        raise JsonError(f'expected a version such as "1.0", got {show(version)}', "$.version")
    if match.group(1) != VERSION.split(".")[0]:
        raise JsonError(
            f"unsupported version {version}: this release reads versions 1.x", "$.version"
        )


def _body(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in ("schema", "version")}


def from_dict(data: Any, *, reparse: bool = True) -> Document:
    """Build a document from plain data as :func:`json.loads` gives it (lists, not
    tuples).  Raises :class:`JsonError` naming the JSON path of the first problem.
    ``reparse`` as for :func:`from_json`."""
    document = _read(data, reparse)
    if document is None:  # something is wrong: read again, to say what and where
        document = _read_naming_the_problem(data, reparse)
    return document


def _read_as_built(text: str | bytes, reparse: bool) -> Document | None:
    """The document the JSON ``text`` holds, its tagged objects built into nodes as they
    are read (:func:`~wgec_parse.jsonformat.reader`); None if anything is wrong with it
    (nothing is raised here)."""
    try:
        data = json.loads(text, object_pairs_hook=reader(), parse_constant=_not_a_constant)
    except Exception:  # not JSON, a bad node, a repeated key, nested too deeply
        return None
    return _read(data, reparse, built=True)


def _read(data: Any, reparse: bool = True, *, built: bool = False) -> Document | None:
    """The document ``data`` holds, read by the fast converter; None if anything is
    wrong with it (nothing is raised here).  ``built``: its tagged objects are nodes
    already."""
    if type(data) is not dict:
        return None
    try:
        _check_header(data)
        document: Document = converter(built=built).structure(_body(data), Document)
    except Exception:  # the converter's errors, a RecursionError, a bad header
        return None
    lines, bound = _physical_lines(document)
    if bound > MAX_DEPTH and _tree_depth(document) > MAX_DEPTH:  # _too_deep(document)
        return None
    if _position_problem(document, lines) is not None:
        return None
    if reparse and _reparsed(document) is not None:
        return None
    return document


def _read_naming_the_problem(data: Any, reparse: bool = True) -> Document:
    """:func:`from_dict` step by step, with the detailed converter: raises
    :class:`JsonError` at the first problem (returns the document if there is none)."""
    _check_data(data)
    if type(data) is not dict:
        raise JsonError(f"expected a document (an object), got {describe(data)}")
    _check_header(data)
    try:
        document: Document = converter(detailed=True).structure(_body(data), Document)
    except Exception as err:  # cattrs wraps everything, a RecursionError too
        raise _to_json_error(err, "$") from None
    problem = _position_problem(document)
    if problem is not None:
        message, line, key = problem
        raise JsonError(message, f"{_path_to(document, line)}.{key}")
    where = _parse_problem(document) if reparse else None
    if where is not None:
        raise JsonError("not a tree parse builds: its text parses to a different tree here", where)
    return document


def json_schema(view: View = "full") -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of a view, as shipped in the package."""
    name = f"document-{_view(view)}.schema.json"
    schema: dict[str, Any] = json.loads(
        (resources.files("wgec_parse") / "schemas" / name).read_text("utf-8")
    )
    return schema
