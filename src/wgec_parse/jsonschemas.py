"""The JSON Schemas of the two views, generated from the classes they describe.

Each schema is built from the attrs fields of its classes (a field's type says its JSON
type), the unions and tags of :mod:`wgec_parse.jsonformat`, and :data:`CONSTRAINTS`,
which say in JSON Schema what the reader's checks (:data:`~wgec_parse.jsonformat.CHECKS`)
refuse.  The files in ``wgec_parse/schemas/`` are what this module writes:

    python -m wgec_parse.jsonschemas        # after changing a node class or the format

and a test fails while a shipped file differs from what the classes give.
"""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any, Final, get_args, get_origin

import attrs

from wgec_parse.cleanview import TAGS as CLEAN_TAGS
from wgec_parse.cleanview import CleanBlock, CleanDocument, CleanParagraph, CleanTable
from wgec_parse.jsonformat import EOLS, LINE_PARTS, TAGS, FrontBlock
from wgec_parse.markers import WS
from wgec_parse.nodes import Blank, Block, BulletList, Document, Line, LineLike, Table

__all__ = ["CONSTRAINTS", "FILES", "schema", "text", "write"]

_DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"
#: The versions each view's schema accepts: its major version, any minor one.
_VERSIONS: Final = {
    "full": {"type": "string", "pattern": r"^1\.[0-9]{1,4}$"},
    "clean": {"type": "string", "pattern": r"^2\.[0-9]{1,4}$"},
}
#: The "type" tag of every class that is a member of a union, in either view.
_TAGS: Final[dict[type, str]] = {**TAGS, **CLEAN_TAGS}
#: The definition that each union is written as.
_UNION_NAMES: Final[dict[Any, str]] = {
    LineLike: "LineEntry",
    Block: "Block",
    FrontBlock: "FrontBlock",
    CleanBlock: "Block",
}

#: What the reader's checks refuse that a field's type does not say, by class and field:
#: merged into the schema the type gives.
CONSTRAINTS: Final[dict[tuple[type, str], dict[str, Any]]] = {
    (Line, "line"): {"minimum": 1, "description": "1-based line number in the text."},
    (Blank, "ws"): {"pattern": f"^[{WS}]*$", "not": {"pattern": "[\r\n]"}},
    (BulletList, "items"): {"minItems": 1},
    **{(Line, part): {"$ref": "#/$defs/part"} for part in LINE_PARTS},
    (Line, "eol"): {"$ref": "#/$defs/eol"},
    (Line, "offset"): {
        "minimum": 0,
        "description": "Code points of the physical line before this segment of a "
        "flattened line; absent (0) for a whole line.",
    },
    (Blank, "eol"): {"$ref": "#/$defs/eol"},
    (Document, "heading_lines"): {
        "items": {"type": "integer", "minimum": 1},
        "uniqueItems": True,
        "description": "Lines the original styled as headings (a Word heading style), "
        "1-based and ascending; absent when none.",
    },
}
#: Shared definitions the constraints refer to.
_SHARED: Final[dict[str, Any]] = {
    "part": {"type": "string", "not": {"pattern": "[\r\n]"}},
    "eol": {"enum": list(EOLS)},
}
#: A block's lines: at least one, and the first is a line, not noise.
_BLOCK_LINES: Final = {
    "type": "array",
    "minItems": 1,
    "prefixItems": [{"$ref": "#/$defs/TaggedLine"}],
    "items": {"$ref": "#/$defs/LineEntry"},
    "description": "The block's lines: a head line, then continuation lines and noise.",
}

#: Each view: its root class, its "schema" value, title and description.
_VIEWS: Final[dict[str, tuple[type, str, str, str]]] = {
    "full": (
        Document,
        "wgec-parse/document",
        "wgec-parse document, full lossless view, version 1.x",
        "Every node and all trivia of a parsed submission. Line numbers, blankness and "
        "line endings are also checked by wgec_parse.from_json.",
    ),
    "clean": (
        CleanDocument,
        "wgec-parse/outline",
        "wgec-parse clean view, version 2.x",
        "Front-matter fields and cover, then questions whose body holds paragraphs, "
        "bullet lists, tables and clauses in the order written, as clean text, with the source "
        "line of each entry. Not lossless. Its schema value is the one it was first "
        "published with, as the outline view; version 1.x split a body into paragraphs, "
        "bullets and clauses arrays.",
    ),
}
#: The file each view's schema ships in, under ``wgec_parse/schemas/``.
FILES: Final = {view: f"document-{view}.schema.json" for view in _VIEWS}


#: The classes that stand both in a union (tagged) and alone (untagged): a line (in a
#: block's lines, and in a noise entry), a clean paragraph (in a body, and in the cover),
#: a table and its record (in a body, and in a bullet item's tables).
_BOTH: Final = frozenset((Line, CleanParagraph, Table, CleanTable))


class _Builder:
    """Definitions collected while a schema is built."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def ref(self, cls: type, *, tagged: bool = False) -> dict[str, str]:
        """A reference to the definition of ``cls``, made on first use: named after the
        class (a clean view's record without its "Clean"; a line or a clean paragraph in
        a union, the tagged one, "TaggedLine", "TaggedParagraph", "TaggedTable")."""
        both = cls in _BOTH  # tagged in a union, untagged elsewhere
        name = ("Tagged" if tagged and both else "") + cls.__name__.removeprefix("Clean")
        if name not in self.defs:
            self.defs[name] = {}  # reserved: the class may hold itself
            self.defs[name] = self.object(cls, tag=_TAGS[cls] if tagged else None)
        return {"$ref": f"#/$defs/{name}"}

    def union(self, union: Any) -> dict[str, str]:
        name = _UNION_NAMES[union]
        if name not in self.defs:
            self.defs[name] = {}
            self.defs[name] = {"anyOf": [self.ref(cls, tagged=True) for cls in get_args(union)]}
        return {"$ref": f"#/$defs/{name}"}

    def object(self, cls: type, *, tag: str | None = None) -> dict[str, Any]:
        """The schema of an object of ``cls`` (with its "type" tag, if ``tag``)."""
        fields = attrs.fields(attrs.resolve_types(cls))
        required = [f.name for f in fields if f.default is attrs.NOTHING]
        properties = {f.name: self.field(cls, f.name, f.type) for f in fields}
        if tag is not None:
            required.insert(0, "type")
            properties = {"type": {"const": tag}, **properties}
        return {
            "type": "object",
            "additionalProperties": False,
            "required": required,
            "properties": properties,
        }

    def field(self, cls: type, name: str, kind: Any) -> dict[str, Any]:
        """The schema of field ``name`` of ``cls``, of type ``kind``."""
        if kind == tuple[LineLike, ...]:  # a block's lines
            self.union(LineLike)
            return dict(_BLOCK_LINES)
        extra = CONSTRAINTS.get((cls, name), {})
        if "$ref" in extra:
            return {"$ref": extra["$ref"]}
        base = self.value(kind)
        if name == "line" and kind is int:  # line numbers are 1-based everywhere
            base["minimum"] = 1
        return {**base, **extra}

    def value(self, kind: Any) -> dict[str, Any]:
        """The schema of a value of type ``kind``."""
        simple = {str: "string", int: "integer", bool: "boolean"}
        if kind in simple:
            return {"type": simple[kind]}
        if kind in _UNION_NAMES:
            return self.union(kind)
        if get_origin(kind) is tuple:
            return {"type": "array", "items": self.value(get_args(kind)[0])}
        if get_origin(kind) in (types.UnionType,) and type(None) in get_args(kind):
            (inner,) = (arg for arg in get_args(kind) if arg is not type(None))
            if inner in simple:
                return {"type": [simple[inner], "null"]}
            return {"anyOf": [{"type": "null"}, self.value(inner)]}
        if attrs.has(kind):
            return self.ref(kind)
        raise TypeError(f"no JSON schema for a field of type {kind!r}")


def schema(view: str) -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of ``view``, built from its classes."""
    root, name, title, description = _VIEWS[view]
    builder = _Builder()
    if view == "full":
        builder.defs.update(_SHARED)
    body = builder.object(root)
    return {
        "$schema": _DRAFT,
        "title": title,
        "description": description,
        "type": "object",
        "additionalProperties": False,
        "required": ["schema", "version", *body["required"]],
        "properties": {
            "schema": {"const": name},
            "version": _VERSIONS[view],
            **body["properties"],
        },
        "$defs": builder.defs,
    }


def text(view: str) -> str:
    """The text of the schema file of ``view``."""
    return json.dumps(schema(view), indent=2) + "\n"


def write(folder: Path) -> list[Path]:
    """Write the schema file of each view into ``folder``."""
    written = []
    for view, name in FILES.items():
        path = folder / name
        path.write_text(text(view), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    for path in write(Path(__file__).resolve().parent / "schemas"):
        sys.stdout.write(f"wrote {path}\n")
