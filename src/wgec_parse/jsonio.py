"""Documents to JSON and back.

Two views:

* ``"full"`` (schema ``wgec-parse/document``) is lossless: every node and every piece
  of trivia, so that ``from_json(to_json(doc)) == doc`` and rendering the result gives
  the original text byte for byte.
* ``"outline"`` (schema ``wgec-parse/outline``) is what an analyst wants: front-matter
  fields and cover paragraphs, then questions with their clauses, paragraphs and bullet
  trees as clean text with source line numbers, and no trivia.  It cannot be read back.

Conversion is done by one cattrs converter; its strict hooks and the checks in this
module make :func:`from_json` either return a tree that renders, or raise
:class:`~wgec_parse.errors.JsonError` naming the JSON path of the first problem.

Text may hold any code point, including lone surrogates (``"\\ud800"``), which UTF-8
cannot encode.  :func:`to_json` writes every other character as itself and escapes
surrogates as ``\\uXXXX``, so its output always encodes as UTF-8 and reads back as the
same string.  A high surrogate directly followed by a low one is the one thing JSON
cannot hold (readers join the two escapes into one character): :func:`to_json` refuses
it with :class:`JsonError`.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator
from importlib import resources
from typing import Any, Final, Literal, get_args, get_origin

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.json import JsonConverter, make_converter
from cattrs.strategies import configure_tagged_union

from wgec_parse.errors import JsonError
from wgec_parse.markers import WS
from wgec_parse.nodes import (
    Blank,
    Block,
    BulletItem,
    BulletList,
    Clause,
    Document,
    Field,
    FrontMatter,
    Line,
    LineLike,
    Noise,
    Paragraph,
    Question,
)

__all__ = [
    "MAX_DEPTH",
    "SCHEMA_FULL",
    "SCHEMA_OUTLINE",
    "VERSION",
    "View",
    "from_dict",
    "from_json",
    "json_schema",
    "to_dict",
    "to_json",
]

SCHEMA_FULL: Final = "wgec-parse/document"  #: The ``"schema"`` of a full document.
SCHEMA_OUTLINE: Final = "wgec-parse/outline"  #: The ``"schema"`` of an outline.
VERSION: Final = "1.0"  #: The format version written; any ``1.x`` is read.
#: Deepest JSON nesting (objects and arrays) accepted or written.  The deepest tree the
#: parser builds (64 levels of clauses holding 64 levels of bullets) needs 266.
MAX_DEPTH: Final = 300

View = Literal["full", "outline"]

_EOLS: Final = ("\n", "\r\n", "\r", "")
_LINE_PARTS: Final = ("indent", "marker", "gap", "text", "trailing_ws")
_VERSION_RE: Final = re.compile(r"(\d{1,4})\.(\d{1,4})")
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_PAIR: Final = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_TAGS: Final[dict[type, str]] = {
    Line: "line",
    Noise: "noise",
    Paragraph: "paragraph",
    Field: "field",
    BulletList: "bullet_list",
    Clause: "clause",
}
_NAMES: Final[dict[type, str]] = {
    Document: "a document",
    FrontMatter: "front matter",
    Question: "a question",
    BulletItem: "a bullet item",
    Blank: "a blank line",
    **{cls: f"a {tag.replace('_', ' ')}" for cls, tag in _TAGS.items()},
}


# -- errors ---------------------------------------------------------------------------


class _Invalid(ValueError):
    """A problem found by a hook; ``where`` extends the path (".eol", "[0]")."""

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.where = where


def _key(name: object) -> str:
    """A JSON path step for an object key: ``.name``, or ``["odd key"]``."""
    if isinstance(name, str) and name.isidentifier() and name.isascii():
        return f".{name}"
    return f"[{json.dumps(name if isinstance(name, str) else repr(name))}]"


def _show(value: object) -> str:
    """A value as JSON for a message; ``repr`` for Python objects that JSON cannot hold."""
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return repr(value)


def _describe(value: object) -> str:
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
            return JsonError(f"unknown key in {_NAMES.get(exc.cl, 'an object')}", path + _key(name))
        if isinstance(exc, _Invalid):
            return JsonError(exc.message, path + exc.where)
        if isinstance(exc, KeyError):
            return JsonError("required key is missing", path)
        if isinstance(exc, RecursionError):
            return JsonError("nested too deeply for the Python stack", path)
        return JsonError(f"invalid value ({type(exc).__name__}: {exc})", path)


# -- the converter --------------------------------------------------------------------


def _strict(kind: type, name: str) -> Callable[[Any, Any], Any]:
    """A structure hook that takes exactly ``kind`` (no str(5), no int("3"), no bool 1)."""

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not kind:
            raise _Invalid(f"expected {name}, got {_describe(value)}")
        return value

    return structure


def _is_node_tuple(cls: Any) -> bool:
    args = get_args(cls)
    return get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(cls: Any, converter: JsonConverter) -> Callable[[Any, Any], Any]:
    """Arrays to tuples.  The element hook is looked up on each call (not captured), so
    unions reach the checked hooks registered last."""
    element = get_args(cls)[0]

    def structure(value: Any, _: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _Invalid(f"expected an array, got {_describe(value)}")
        hook = converter.get_structure_hook(element)
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


def _check_line(line: Line) -> None:
    for part in _LINE_PARTS:
        value = getattr(line, part)
        if "\n" in value or "\r" in value:
            raise _Invalid("a line break inside a line; line endings belong in eol", "." + part)
    if line.eol not in _EOLS:
        raise _Invalid(r'eol must be "\n", "\r\n", "\r" or ""', ".eol")
    if not (line.indent + line.content + line.trailing_ws).strip(WS):
        raise _Invalid("a line holding only white space must be a blank line")


def _check_blank(blank: Blank) -> None:
    if blank.ws.strip(WS):
        raise _Invalid("a blank line may hold only white space", ".ws")
    if blank.eol not in _EOLS:
        raise _Invalid(r'eol must be "\n", "\r\n", "\r" or ""', ".eol")


def _check_block(block: Paragraph | Field | Clause | Question | BulletItem) -> None:
    if not block.lines:
        raise _Invalid("a block needs at least one line", ".lines")
    if type(block.lines[0]) is not Line:
        raise _Invalid("the first line of a block cannot be noise", ".lines[0]")


def _check_list(block: BulletList) -> None:
    if not block.items:
        raise _Invalid("a bullet list needs at least one item", ".items")


def _check_document(document: Document) -> None:
    encoding = document.encoding
    if encoding is not None:
        try:
            "".encode(encoding)
        except (LookupError, ValueError):  # unknown, not a text encoding, a NUL in the name
            raise _Invalid(f"unknown text encoding {_show(encoding)}", ".encoding") from None


_CHECKS: Final[dict[type, Callable[[Any], None]]] = {
    Line: _check_line,
    Blank: _check_blank,
    Paragraph: _check_block,
    Field: _check_block,
    Clause: _check_block,
    Question: _check_block,
    BulletItem: _check_block,
    BulletList: _check_list,
    Document: _check_document,
}


def _node_hook(cls: type, converter: JsonConverter) -> Callable[[Any, Any], Any]:
    """Objects to nodes: cattrs' generated hook (unknown keys forbidden), plus the
    object check before and the node's own checks after."""
    generated: Callable[[Any, Any], Any] = make_dict_structure_fn(cls, converter)
    check = _CHECKS.get(cls)
    name = _NAMES.get(cls, "an object")

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise _Invalid(f"expected {name} (an object), got {_describe(value)}")
        node = generated(value, cls)
        if check is not None:
            check(node)
        return node

    return structure


def _tagged(union: Any, converter: JsonConverter) -> None:
    """Tag the members of ``union`` by a "type" key, with clear errors for bad tags."""
    configure_tagged_union(union, converter, tag_generator=lambda cls: _TAGS[cls], tag_name="type")
    hook = converter.get_structure_hook(union)
    members = get_args(union)
    tags = [_TAGS[cls] for cls in members]
    expected = " or ".join(_NAMES[cls] for cls in members)
    known = ", ".join(json.dumps(tag) for tag in tags)

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise _Invalid(f"expected {expected} (an object), got {_describe(value)}")
        if "type" not in value:
            raise _Invalid(f"required key is missing; one of {known}", ".type")
        tag = value["type"]
        if type(tag) is not str or tag not in tags:
            raise _Invalid(f"unknown node type {_show(tag)} here; one of {known}", ".type")
        return hook(value, union)

    converter.register_structure_hook(union, structure)


@functools.cache
def _converter() -> JsonConverter:
    converter = make_converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _strict(str, "a string"))
    converter.register_structure_hook(int, _strict(int, "an integer"))
    converter.register_structure_hook(bool, _strict(bool, "true or false"))
    converter.register_structure_hook_factory(
        _is_node_tuple, lambda cls: _tuple_hook(cls, converter)
    )
    converter.register_structure_hook_factory(attrs.has, lambda cls: _node_hook(cls, converter))
    # Unions before the classes that hold them, so that generated hooks find them.
    _tagged(LineLike, converter)
    _tagged(Paragraph | Field | Noise, converter)
    _tagged(Block, converter)
    return converter


# -- whole-document checks ------------------------------------------------------------


def _owned(path: str, node: object) -> list[tuple[str, object]]:
    """What a node owns in document order, with JSON paths (render's order)."""
    out: list[tuple[str, object]] = []
    if isinstance(node, Document):
        if node.front_matter is not None:
            out += [
                (f"$.front_matter.blocks[{i}]", b) for i, b in enumerate(node.front_matter.blocks)
            ]
        out += [(f"$.body[{i}]", b) for i, b in enumerate(node.body)]
        out += [(f"$.questions[{i}]", q) for i, q in enumerate(node.questions)]
        out += [(f"$.trailing[{i}]", b) for i, b in enumerate(node.trailing)]
    elif isinstance(node, Noise):
        out.append((f"{path}.line", node.line))
    elif isinstance(node, BulletList):
        out += [(f"{path}.items[{i}]", item) for i, item in enumerate(node.items)]
    else:
        out += [(f"{path}.lines[{i}]", line) for i, line in enumerate(node.lines)]  # type: ignore[attr-defined]
        if isinstance(node, (Question, Clause)):
            out += [(f"{path}.body[{i}]", b) for i, b in enumerate(node.body)]
        elif isinstance(node, BulletItem):
            out += [(f"{path}.children[{i}]", c) for i, c in enumerate(node.children)]
    return out


def _physical_lines(document: Document) -> Iterator[tuple[str, Line | Blank]]:
    """Every physical line in document order, with its JSON path (no recursion)."""
    stack: list[tuple[str, object]] = [("$", document)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, Line):
            for k, blank in enumerate(node.leading):
                yield f"{path}.leading[{k}]", blank
            yield path, node
        elif isinstance(node, Blank):
            yield path, node
        else:
            stack.extend(reversed(_owned(path, node)))


def _check_positions(document: Document) -> None:
    """Line numbers must match the text (``renumber(doc) == doc``), only the last line
    may lack a line ending, and no CR may meet the LF of an empty line after it (the two
    would render as one CRLF)."""
    previous: tuple[str, Line | Blank] | None = None
    for number, (path, line) in enumerate(_physical_lines(document), start=1):
        if previous is not None:
            before_path, before = previous
            if before.eol == "":
                raise JsonError(
                    "only the last line of a document can lack a line ending",
                    before_path + ".eol",
                )
            if before.eol == "\r" and isinstance(line, Blank) and line.ws + line.eol == "\n":
                raise JsonError(
                    'an empty line ending in "\\n" right after a line ending in "\\r" '
                    "would render as one line ending",
                    path + ".eol",
                )
        if isinstance(line, Line) and line.line != number:
            raise JsonError(
                f"line number {line.line} does not match the text: this is line {number}",
                path + ".line",
            )
        previous = path, line
    if (
        previous is not None
        and isinstance(previous[1], Blank)
        and previous[1].ws == "" == previous[1].eol
    ):
        raise JsonError("an empty last line must end in a line ending", previous[0] + ".eol")


# -- depth ----------------------------------------------------------------------------


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


def _too_deep(document: Document) -> bool:
    """Whether the full JSON of ``document`` would nest deeper than :data:`MAX_DEPTH`.

    Blocks alone settle it for any parsed document: a block's lines nest at most five
    levels below it (a noise line's blank line), so lines are counted only when the
    bound says a document might be too deep.
    """
    return _tree_depth(document, lines=False) > MAX_DEPTH and _tree_depth(document) > MAX_DEPTH


def _tree_depth(document: Document, *, lines: bool = True) -> int:
    """The nesting depth of the full JSON of ``document``, without recursion; with
    ``lines=False``, an upper bound that does not visit lines."""
    deepest = 3 if document.trailing else 2
    stack: list[tuple[object, int]] = [(q, 3) for q in document.questions]
    stack += [(b, 3) for b in document.body]
    if document.front_matter is not None:
        deepest = 3
        stack += [(b, 4) for b in document.front_matter.blocks]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, BulletList):
            deepest = max(deepest, depth + 1)
            stack += [(item, depth + 2) for item in node.items]
        elif isinstance(node, Noise):  # the noise object, its line, leading, a blank
            deepest = max(deepest, depth + (3 if node.line.leading else 2))
        elif isinstance(node, Line):  # a line object, leading, a blank
            deepest = max(deepest, depth + (2 if node.leading else 1))
        else:  # a block: its lines array, then each entry one level deeper
            if lines:
                deepest = max(deepest, depth + 1)
                stack += [(entry, depth + 2) for entry in node.lines]  # type: ignore[attr-defined]
            else:  # a noise entry, its line, leading, a blank
                deepest = max(deepest, depth + 5)
            if isinstance(node, (Question, Clause)):
                stack += [(b, depth + 2) for b in node.body]
            elif isinstance(node, BulletItem):
                stack += [(c, depth + 2) for c in node.children]
    return deepest


# -- the outline view -----------------------------------------------------------------


def _paragraphs(blocks: tuple[Any, ...]) -> list[dict[str, Any]]:
    return [{"text": b.text, "line": b.head.line} for b in blocks if type(b) is Paragraph]


def _bullet(item: BulletItem) -> dict[str, Any]:
    return {
        "glyph": item.glyph,
        "text": item.text,
        "line": item.head.line,
        "children": [_bullet(child) for child in item.children],
    }


def _bullets(blocks: tuple[Block, ...]) -> list[dict[str, Any]]:
    return [_bullet(i) for b in blocks if type(b) is BulletList for i in b.items]


def _clauses(blocks: tuple[Block, ...]) -> list[dict[str, Any]]:
    return [
        {
            "number": c.number,
            "marker": c.marker,
            "text": c.text,
            "line": c.head.line,
            "paragraphs": _paragraphs(c.body),
            "bullets": _bullets(c.body),
            "clauses": _clauses(c.body),
        }
        for c in blocks
        if type(c) is Clause
    ]


def _outline(document: Document) -> dict[str, Any]:
    front = document.front_matter
    blocks = front.blocks if front is not None else ()
    return {
        "schema": SCHEMA_OUTLINE,
        "version": VERSION,
        "fields": [
            {"name": f.name, "value": f.value, "line": f.head.line}
            for f in blocks
            if type(f) is Field
        ],
        "cover": _paragraphs(blocks),
        "paragraphs": _paragraphs(document.body),
        "bullets": _bullets(document.body),
        "clauses": _clauses(document.body),
        "questions": [
            {
                "number": q.number,
                "marker": q.marker,
                "title": q.title,
                "line": q.head.line,
                "paragraphs": _paragraphs(q.body),
                "bullets": _bullets(q.body),
                "clauses": _clauses(q.body),
            }
            for q in document.questions
        ],
    }


# -- the API --------------------------------------------------------------------------


def to_dict(document: Document, *, view: View = "full") -> dict[str, Any]:
    """``document`` as plain data (dicts, lists, strings, integers, booleans, None).

    Raises :class:`JsonError` for a hand-built tree nested deeper than :data:`MAX_DEPTH`
    JSON levels, and :class:`ValueError` for an unknown view.
    """
    if view not in ("full", "outline"):
        raise ValueError(f'view must be "full" or "outline", not {view!r}')
    _check_depth(document)
    if view == "outline":
        return _outline(document)
    try:
        data: dict[str, Any] = _converter().unstructure(document)
    except RecursionError:
        raise JsonError("the document nests too deeply for the Python stack") from None
    except KeyError as err:  # a union member cattrs has no tag for, here
        what = getattr(err.args[0], "__name__", repr(err.args[0])) if err.args else "?"
        raise TypeError(f"a {what} node cannot stand here in a document") from None
    return {"schema": SCHEMA_FULL, "version": VERSION, **data}


def _check_depth(document: Document) -> None:
    if _too_deep(document):
        raise JsonError(f"the document would nest deeper than {MAX_DEPTH} JSON levels")


def _find_pair(data: Any, path: str = "$") -> str:
    """The JSON path of the first string holding a surrogate pair (there is one)."""
    stack: list[tuple[str, Any]] = [(path, data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str) and _PAIR.search(value):
            return where
        if isinstance(value, dict):
            stack += [(where + _key(k), v) for k, v in reversed(value.items())]
        elif isinstance(value, list):
            stack += [(f"{where}[{i}]", v) for i, v in reversed(list(enumerate(value)))]
    return path  # pragma: no cover - only called when the dump holds a pair


def to_json(document: Document, *, view: View = "full", indent: int | None = None) -> str:
    """``document`` as JSON text.  See the module docstring on surrogates."""
    text = None
    if view == "full" and indent is None:
        _check_depth(document)
        from wgec_parse.jsontext import write_full

        try:
            text = write_full(document, SCHEMA_FULL, VERSION)
        except TypeError:
            pass  # not a plain tree of nodes: the general route says what it holds
        except RecursionError:
            raise JsonError("the document nests too deeply for the Python stack") from None
    if text is None:
        text = json.dumps(to_dict(document, view=view), ensure_ascii=False, indent=indent)
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
            _find_pair(to_dict(document, view=view)),
        )
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _not_a_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def from_json(data: str | bytes) -> Document:
    """Read a full JSON document back.  Raises :class:`JsonError` on any bad input.

    Bytes may be UTF-8 (with or without a byte order mark), UTF-16 or UTF-32.
    """
    if not isinstance(data, (str, bytes, bytearray)):
        raise JsonError(f"expected JSON text (str or bytes), got {_describe(data)}")
    if isinstance(data, (bytes, bytearray)) and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a UTF-8 byte order mark, as some Windows tools write
    try:
        loaded = json.loads(data, object_pairs_hook=_object, parse_constant=_not_a_constant)
    except RecursionError:
        raise JsonError(f"nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as err:  # JSONDecodeError, UnicodeDecodeError, huge integers
        raise JsonError(f"not JSON: {err}") from None
    return from_dict(loaded)


def _check_header(data: dict[str, Any]) -> None:
    schema = data.get("schema")
    if "schema" not in data:
        raise JsonError(f"required key is missing; expected {json.dumps(SCHEMA_FULL)}", "$.schema")
    if schema == SCHEMA_OUTLINE:
        raise JsonError(
            "an outline is not lossless and cannot be read back; export with view='full'",
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
        raise JsonError(f'expected a version such as "1.0", got {_show(version)}', "$.version")
    if match.group(1) != VERSION.split(".")[0]:
        raise JsonError(
            f"unsupported version {version}: this release reads versions 1.x", "$.version"
        )


def from_dict(data: Any) -> Document:
    """Build a document from plain data as :func:`json.loads` gives it (lists, not
    tuples).  Raises :class:`JsonError` naming the JSON path of the first problem."""
    _check_data(data)
    if type(data) is not dict:
        raise JsonError(f"expected a document (an object), got {_describe(data)}")
    _check_header(data)
    body = {k: v for k, v in data.items() if k not in ("schema", "version")}
    try:
        document: Document = _converter().structure(body, Document)
    except Exception as err:  # cattrs wraps everything, a RecursionError too
        raise _to_json_error(err, "$") from None
    _check_positions(document)
    return document


def json_schema(view: View = "full") -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of a view, as shipped in the package."""
    if view not in ("full", "outline"):
        raise ValueError(f'view must be "full" or "outline", not {view!r}')
    name = f"document-{view}.schema.json"
    schema: dict[str, Any] = json.loads(
        (resources.files("wgec_parse") / "schemas" / name).read_text("utf-8")
    )
    return schema
