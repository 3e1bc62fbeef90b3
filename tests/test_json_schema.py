"""The shipped JSON Schemas describe what to_json writes and what from_json reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wgec_parse
from wgec_parse import Document, from_json, json_schema, jsonio, jsonschemas, to_dict
from wgec_parse.jsonformat import NODE_CLASSES, TAGS
from wgec_parse.jsonschemas import FILES
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
    renumber,
)
from wgec_parse.strategies import documents

from .conftest import FIXTURES, sampled_fixtures
from .test_jsonio import CAPPED, MALFORMED, parsed_documents

FULL = jsonschema.Draft202012Validator(json_schema("full"))
CLEAN = jsonschema.Draft202012Validator(json_schema("clean"))


@pytest.mark.parametrize("view", sorted(FILES))
def test_the_shipped_schemas_are_what_the_classes_give(view: str) -> None:
    """A node field added, removed or retyped without the schema files regenerated
    (``python -m wgec_parse.jsonschemas``) fails here."""
    shipped = (Path(wgec_parse.__file__).parent / "schemas" / FILES[view]).read_text("utf-8")
    assert shipped == jsonschemas.text(view), "run python -m wgec_parse.jsonschemas"
    assert json_schema(view) == jsonschemas.schema(view)  # type: ignore[arg-type]


def test_every_node_class_has_a_definition() -> None:
    defs = json_schema("full")["$defs"]
    for cls in NODE_CLASSES[1:]:  # the document is the schema itself
        assert cls.__name__ in defs
    assert {f"Tagged{cls.__name__}" if cls is Line else cls.__name__ for cls in TAGS} <= set(defs)


def test_schemas_are_valid_draft_2020_12() -> None:
    for view in ("full", "clean"):
        schema = json_schema(view)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(schema)


def _round_trip_through_json_text(data: dict[str, Any]) -> Any:
    return json.loads(json.dumps(data))


@pytest.mark.parametrize("path", sampled_fixtures(), ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_json_validates(path: Path) -> None:
    document = wgec_parse.parse_file(path)
    FULL.validate(_round_trip_through_json_text(to_dict(document)))
    CLEAN.validate(_round_trip_through_json_text(to_dict(document, view="clean")))


@CAPPED
@given(parsed_documents())
def test_every_emitted_json_validates(document: Document) -> None:
    FULL.validate(json.loads(wgec_parse.to_json(document)))
    CLEAN.validate(json.loads(wgec_parse.to_json(document, view="clean")))


@settings(max_examples=min(settings.default.max_examples, 50))  # building trees is slow
@given(documents())
def test_generated_documents_round_trip_and_validate(document: Document) -> None:
    text = wgec_parse.to_json(document)
    assert from_json(text) == document
    FULL.validate(json.loads(text))
    CLEAN.validate(json.loads(wgec_parse.to_json(document, view="clean")))


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
    tagged = name != "Line" and cls in TAGS
    if tagged:
        fields.add("type")
        required.add("type")
        assert definition["properties"]["type"] == {"const": TAGS[cls]}
    assert set(definition["properties"]) == fields
    assert set(definition["required"]) == required
    assert definition["additionalProperties"] is False


def test_document_keys_match_the_document_fields() -> None:
    schema = json_schema("full")
    fields = {f.name for f in attrs.fields(Document)}
    assert set(schema["properties"]) == fields | {"schema", "version"}
    assert set(schema["required"]) == {"schema", "version"}


def test_clean_view_keys_match_what_is_written() -> None:
    text = (
        "| Name | X |\n| Date | 2016 |\n\n"
        "1) What?\n1.1 a\n\nA paragraph.\n\n- b\n  | x | y |\n  | 1 | 2 |\n  - c\n\n"
        "Best regards,\nContact: x@y\n\n| a | b |\n| c | d |\n"
    )
    outline = to_dict(wgec_parse.parse(text), view="clean")
    defs = json_schema("clean")["$defs"]
    assert set(outline) == set(json_schema("clean")["properties"])
    assert set(outline["closing"]) == {"fields", "paragraphs", "tables"}
    assert set(outline["front_tables"][0]) == set(defs["Table"]["properties"])
    question = outline["questions"][0]
    clause = question["body"][0]
    paragraph, bullets = clause["body"]
    assert set(question) == set(defs["Question"]["properties"])
    assert set(clause) == set(defs["Clause"]["properties"])
    assert set(bullets) == set(defs["BulletList"]["properties"])
    item = bullets["items"][0]
    assert set(item) == set(defs["Bullet"]["properties"])
    assert set(item["tables"][0]) == set(defs["Table"]["properties"])
    assert "tables" not in item["children"][0]  # an item without tables: as before them
    assert set(paragraph) == set(defs["TaggedParagraph"]["properties"])
    assert set(outline["closing"]["paragraphs"][0]) == set(defs["Paragraph"]["properties"])
    assert [clause["type"], paragraph["type"], bullets["type"]] == [
        "clause",
        "paragraph",
        "bullet_list",
    ]


@pytest.mark.parametrize(
    "raw", [raw for _, raw, _, schema in MALFORMED if schema], ids=[m[0] for m in MALFORMED if m[3]]
)
def test_the_schema_refuses_structurally_bad_documents(raw: str) -> None:
    data = json.loads(raw)
    assert not FULL.is_valid(data)
    with pytest.raises(wgec_parse.JsonError):
        from_json(raw)


_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-2, 400)
    | st.sampled_from(["", " ", "\n", "\r", "x", "line", "noise", "clause", "paragraph", "1.0"]),
    lambda inner: (
        st.lists(inner, max_size=2)
        | st.dictionaries(
            st.sampled_from(["type", "line", "text", "lines", "ws"]), inner, max_size=2
        )
    ),
    max_leaves=4,
)


_SAME_TYPE: dict[type, st.SearchStrategy[Any]] = {
    str: st.sampled_from(["", "x", " ", "\u3000", "a\nb", "\r", "\n\n", "\r\n", "\f", "klingon"]),
    int: st.integers(-1, 400),
    bool: st.booleans(),
    type(None): st.sampled_from(["utf-8", "x", "cp1252"]),
}


def _slots(data: Any) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in ``data``."""
    out: list[tuple[Any, Any]] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            out += [(node, key) for key in node]
            stack += list(node.values())
        elif isinstance(node, list):
            out += [(node, index) for index in range(len(node))]
            stack += node
    return out


@CAPPED
@given(parsed_documents(), st.data())
def test_what_from_json_accepts_the_schema_accepts(document: Document, data: st.DataObject) -> None:
    """Damage a valid document in one place: from_json raises nothing but JsonError, and
    whatever it still accepts is valid for the schema, renders, and has right positions."""
    full = json.loads(wgec_parse.to_json(document))
    for _ in range(data.draw(st.integers(1, 3))):
        slots = _slots(full)
        scalars = [(c, k) for c, k in slots if not isinstance(c[k], (dict, list))]
        container, key = data.draw(st.sampled_from(scalars or slots))
        action = data.draw(st.sampled_from(["delete", "replace", "replace", "scalar"]))
        if action == "delete":
            del container[key]
        elif action == "replace":
            container[key] = data.draw(_VALUES)
        else:  # a value of the same JSON type that breaks a rule
            container[key] = data.draw(_SAME_TYPE[type(container[key])])
    # The fast reader takes exactly what the reader that names problems takes.
    loaded = json.loads(json.dumps(full), object_pairs_hook=jsonio._object)
    fast = jsonio._read(loaded)
    try:
        named = jsonio._read_naming_the_problem(loaded)
    except wgec_parse.JsonError:
        named = None
    assert fast == named
    # So does the reader that builds tagged objects into nodes as the JSON is read.
    assert jsonio._read_as_built(json.dumps(full), True) == fast
    try:
        back = from_json(json.dumps(full))
    except wgec_parse.JsonError:
        assert fast is None
        return
    assert FULL.is_valid(full)
    wgec_parse.render(back)
    assert renumber(back) == back
