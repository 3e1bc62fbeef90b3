"""The JSON Schemas (Draft 2020-12) the API publishes at ``/api/schemas/{name}``.

``full`` and ``clean`` (also ``outline``) are the package's own document schemas
(:func:`wgec_parse.json_schema`); ``validate`` describes the findings, as
``wgec-parse validate --format json`` writes them; ``report`` the page's answer;
``error`` every error.
"""

from __future__ import annotations

from typing import Any, Final

__all__ = ["SCHEMAS", "schema"]

_DRAFT: Final = "https://json-schema.org/draft/2020-12/schema"

_POSITIVE: Final = {"type": "integer", "minimum": 1}

_DIAGNOSTIC: Final[dict[str, Any]] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["code", "severity", "message", "line", "column", "end_line", "end_column"],
    "properties": {
        "code": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
        "severity": {"enum": ["error", "warning", "info"]},
        "message": {"type": "string", "minLength": 1},
        "line": _POSITIVE,
        "column": _POSITIVE,
        "end_line": _POSITIVE,
        "end_column": _POSITIVE,
        "related": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["line", "column", "message"],
                "properties": {
                    "line": _POSITIVE,
                    "column": _POSITIVE,
                    "message": {"type": "string"},
                },
            },
        },
    },
}

_VALIDATE: Final[dict[str, Any]] = {
    "$schema": _DRAFT,
    "title": "wgec-parse findings, as wgec-parse validate --format json writes them",
    "type": "object",
    "additionalProperties": False,
    "required": ["files"],
    "properties": {
        "files": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["path", "diagnostics"],
                "properties": {
                    "path": {"type": "string"},
                    "diagnostics": {"type": "array", "items": {"$ref": "#/$defs/diagnostic"}},
                },
            },
        }
    },
    "$defs": {"diagnostic": _DIAGNOSTIC},
}

_ERROR: Final[dict[str, Any]] = {
    "$schema": _DRAFT,
    "title": "wgec-parse API error",
    "type": "object",
    "additionalProperties": False,
    "required": ["error"],
    "properties": {"error": {"type": "string", "minLength": 1}},
}

_TREE_ENTRY: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["kind", "label", "line", "end_line", "children"],
    "properties": {
        "kind": {
            "enum": [
                "front",
                "closing",
                "field",
                "question",
                "paragraph",
                "table",
                "clause",
                "bullet",
                "noise",
            ]
        },
        "label": {"type": "string"},
        "line": _POSITIVE,
        "end_line": _POSITIVE,
        "number": {"type": "string"},
        "id": {"type": ["string", "null"]},
        "glyph": {"type": "string"},
        "children": {"type": "array", "items": {"$ref": "#/$defs/entry"}},
    },
}


_TEXT: Final = {"type": "string"}

_REPORT: Final[dict[str, Any]] = {
    "$schema": _DRAFT,
    "title": "wgec-parse page report: everything the page shows of one submission",
    "type": "object",
    "additionalProperties": False,
    "required": ["name", "source", "tree", "diagnostics", "downloads"],
    "properties": {
        "name": {"type": "string", "description": "What messages call the upload."},
        "source": {"type": "string", "description": "The text read, as render() gives it."},
        "tree": {"type": "array", "items": {"$ref": "#/$defs/entry"}},
        "diagnostics": {"type": "array", "items": {"$ref": "#/$defs/diagnostic"}},
        "downloads": {
            "description": "The files the page offers, as text: the full and clean JSON as "
            "to_json writes them, SARIF as wgec-parse validate --format sarif writes it, "
            "Markdown (to_markdown) and clean text (render_clean).",
            "type": "object",
            "additionalProperties": False,
            "required": ["full", "clean", "sarif", "markdown", "text"],
            "properties": dict.fromkeys(("full", "clean", "sarif", "markdown", "text"), _TEXT),
        },
    },
    "$defs": {"entry": _TREE_ENTRY, "diagnostic": _DIAGNOSTIC},
}


#: The published names.
SCHEMAS: Final = ("clean", "error", "full", "outline", "report", "validate")


def schema(name: str) -> dict[str, Any] | None:
    """The schema published as ``name``, or None."""
    from wgec_parse.jsonio import json_schema

    if name == "full":
        return json_schema("full")
    if name in ("clean", "outline"):
        return json_schema("clean")
    if name == "validate":
        return _VALIDATE
    if name == "error":
        return _ERROR
    if name == "report":
        return _REPORT
    return None
