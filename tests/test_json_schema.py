"""The shipped JSON Schemas describe what to_json writes and what from_json reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given

import wgec_parse
from wgec_parse import Document, from_json, json_schema, to_dict
from wgec_parse.jsonio import _TAGS
from wgec_parse.nodes import (
    Blank,
    BulletItem,
    BulletList,
    Clause,
    Field,
    FrontMatter,
    Line,
    Noise,
    Paragraph,
    Question,
)

from .conftest import FIXTURES
from .test_jsonio import CAPPED, MALFORMED, parsed_documents

FULL = jsonschema.Draft202012Validator(json_schema("full"))
OUTLINE = jsonschema.Draft202012Validator(json_schema("outline"))


def test_schemas_are_valid_draft_2020_12() -> None:
    for view in ("full", "outline"):
        schema = json_schema(view)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(schema)


def _round_trip_through_json_text(data: dict[str, Any]) -> Any:
    return json.loads(json.dumps(data))


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.rglob("*.txt")), ids=lambda p: str(p.relative_to(FIXTURES))
)
def test_fixture_json_validates(path: Path) -> None:
    document = wgec_parse.parse_file(path)
    FULL.validate(_round_trip_through_json_text(to_dict(document)))
    OUTLINE.validate(_round_trip_through_json_text(to_dict(document, view="outline")))


@CAPPED
@given(parsed_documents())
def test_every_emitted_json_validates(document: Document) -> None:
    FULL.validate(json.loads(wgec_parse.to_json(document)))
    OUTLINE.validate(json.loads(wgec_parse.to_json(document, view="outline")))


# Schema definitions and the node classes they describe.
DEFS = {
    "Blank": Blank,
    "Line": Line,
    "TaggedLine": Line,
    "Noise": Noise,
    "Paragraph": Paragraph,
    "Field": Field,
    "FrontMatter": FrontMatter,
    "BulletItem": BulletItem,
    "BulletList": BulletList,
    "Clause": Clause,
    "Question": Question,
}


@pytest.mark.parametrize("name", sorted(DEFS))
def test_schema_keys_match_the_node_fields(name: str) -> None:
    cls = DEFS[name]
    definition = json_schema("full")["$defs"][name]
    fields = {f.name for f in attrs.fields(cls)}
    required = {f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING}
    tagged = name != "Line" and cls in _TAGS
    if tagged:
        fields.add("type")
        required.add("type")
        assert definition["properties"]["type"] == {"const": _TAGS[cls]}
    assert set(definition["properties"]) == fields
    assert set(definition["required"]) == required
    assert definition["additionalProperties"] is False


def test_document_keys_match_the_document_fields() -> None:
    schema = json_schema("full")
    fields = {f.name for f in attrs.fields(Document)}
    assert set(schema["properties"]) == fields | {"schema", "version"}
    assert set(schema["required"]) == {"schema", "version"}


def test_outline_keys_match_what_is_written() -> None:
    text = "1) What?\n1.1 a\n\nA paragraph.\n\n- b\n  - c\n"
    outline = to_dict(wgec_parse.parse(text), view="outline")
    defs = json_schema("outline")["$defs"]
    assert set(outline) == set(json_schema("outline")["properties"])
    question = outline["questions"][0]
    clause = question["clauses"][0]
    assert set(question) == set(defs["Question"]["properties"])
    assert set(clause) == set(defs["Clause"]["properties"])
    assert set(clause["bullets"][0]) == set(defs["Bullet"]["properties"])
    assert set(clause["paragraphs"][0]) == set(defs["Paragraph"]["properties"])


@pytest.mark.parametrize(
    "raw", [raw for _, raw, _, schema in MALFORMED if schema], ids=[m[0] for m in MALFORMED if m[3]]
)
def test_the_schema_refuses_structurally_bad_documents(raw: str) -> None:
    data = json.loads(raw)
    assert not FULL.is_valid(data)
    with pytest.raises(wgec_parse.JsonError):
        from_json(raw)
