"""The documented limits: input size, nesting depth, and walks that never recurse."""

from __future__ import annotations

import gc
import json
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wgec_parse
from wgec_parse import (
    BulletItem,
    BulletList,
    Clause,
    Document,
    InputTooLarge,
    Line,
    WgecError,
    lexer,
)
from wgec_parse.lexer import split_lines
from wgec_parse.limits import MAX_DEPTH, MAX_SIZE
from wgec_parse.nodes import iter_lines, renumber
from wgec_parse.outline import outline


def _walk_items(doc: Document) -> list[tuple[BulletItem, int]]:
    """Every bullet item of a document with its depth (1 = top level), iteratively."""
    found: list[tuple[BulletItem, int]] = []
    stack: list[tuple[object, int]] = [(b, 0) for b in doc.body]
    for q in doc.questions:
        stack.extend((b, 0) for b in q.body)
    while stack:
        node, depth = stack.pop()
        if isinstance(node, BulletList):
            stack.extend((item, depth + 1) for item in node.items)
        elif isinstance(node, BulletItem):
            found.append((node, depth))
            stack.extend((BulletList((c,)), depth) for c in node.children)
        elif isinstance(node, Clause):
            stack.extend((b, depth) for b in node.body)
    return found


def _clause_depths(doc: Document) -> list[int]:
    depths: list[int] = []
    stack: list[tuple[Clause, int]] = [(c, 1) for c in doc.clauses]
    while stack:
        clause, depth = stack.pop()
        depths.append(depth)
        stack.extend((c, depth + 1) for c in clause.children)
    return depths


# -- size ----------------------------------------------------------------------------


def test_text_over_the_limit_raises_input_too_large_naming_size_and_limit() -> None:
    text = "1.1 clause\n" * 10  # 110 characters
    with pytest.raises(InputTooLarge) as caught:
        wgec_parse.parse(text, max_size=100)
    err = caught.value
    assert (err.size, err.limit) == (110, 100)
    assert "110" in str(err)
    assert "100" in str(err)
    assert isinstance(err, WgecError)
    assert isinstance(err, ValueError)


def test_text_exactly_at_the_limit_parses() -> None:
    text = "1.1 clause\n" * 10
    doc = wgec_parse.parse(text, max_size=len(text))
    assert [c.number for c in doc.clauses] == ["1.1"] * 10


def test_no_limit_when_max_size_is_none() -> None:
    text = "x" * 1000
    assert wgec_parse.render(wgec_parse.parse(text, max_size=None)) == text


def test_the_default_limit_applies_without_max_size() -> None:
    assert MAX_SIZE >= 10 * 1024 * 1024  # room for the largest real submissions
    text = " " * (MAX_SIZE + 1)  # refused before any work is done
    with pytest.raises(InputTooLarge) as caught:
        wgec_parse.parse(text)
    assert (caught.value.size, caught.value.limit) == (MAX_SIZE + 1, MAX_SIZE)


def test_non_str_input_is_a_type_error_not_a_crash() -> None:
    with pytest.raises(TypeError, match="bytes"):
        wgec_parse.parse(b"1.1 x\n")  # type: ignore[arg-type]


# -- depth ---------------------------------------------------------------------------


def test_bullets_deeper_than_max_depth_become_siblings_and_none_is_lost() -> None:
    levels = 3 * MAX_DEPTH
    text = "".join("  " * k + f"- item {k}\n" for k in range(levels))
    doc = wgec_parse.parse(text)
    items = _walk_items(doc)
    assert sorted(item.text for item, _ in items) == sorted(f"item {k}" for k in range(levels))
    assert max(depth for _, depth in items) == MAX_DEPTH
    # Items past the cap are siblings at the deepest level, in their order.
    deepest = [item.text for item, depth in items if depth == MAX_DEPTH]
    assert sorted(deepest) == sorted(f"item {k}" for k in range(MAX_DEPTH - 1, levels))
    assert wgec_parse.render(doc) == text


def test_every_clause_style_nests_once_and_depth_stays_bounded() -> None:
    # Each marker below has a numbering style not seen before, so each nests under the
    # previous one; the lexer never nests deeper than MAX_DEPTH whatever the input.
    markers = ["1.1", "1.1.1", "1.1.1.1", "(a)", "a)", "(i)", "i)", "(1)", "1.1.1.1.1"]
    text = "".join(f"{m} text\n" for m in markers) * 50
    doc = wgec_parse.parse(text)
    depths = _clause_depths(doc)
    assert len(depths) == len(markers) * 50
    assert max(depths) == len(markers)
    assert max(depths) <= MAX_DEPTH
    assert wgec_parse.render(doc) == text


@pytest.mark.parametrize("max_depth", [1, 2, 5])
def test_max_depth_caps_bullets_and_clauses_for_one_call(max_depth: int) -> None:
    bullets = "".join("  " * k + f"- item {k}\n" for k in range(8))
    doc = wgec_parse.parse(bullets, max_depth=max_depth)
    items = _walk_items(doc)
    assert len(items) == 8
    assert max(depth for _, depth in items) == max_depth
    assert wgec_parse.render(doc) == bullets
    markers = ["1.1", "1.1.1", "(a)", "(i)", "(1)", "1.1.1.1.1"]
    clauses = "".join(f"{m} text\n" for m in markers)
    doc = wgec_parse.parse(clauses, max_depth=max_depth)
    depths = _clause_depths(doc)
    assert len(depths) == len(markers)
    assert max(depths) == max_depth
    assert wgec_parse.render(doc) == clauses


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "3"])
def test_max_depth_must_be_a_positive_whole_number(bad: object) -> None:
    with pytest.raises(ValueError, match="max_depth"):
        wgec_parse.parse("- a\n", max_depth=bad)  # type: ignore[arg-type]


def test_parse_file_refuses_a_file_too_large_before_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 1000)
    with pytest.raises(InputTooLarge, match=r"big\.txt: file too large") as err:
        wgec_parse.parse_file(path, max_size=100)
    assert err.value.limit == 404  # four bytes a character, and a byte order mark
    # Within the byte bound but over the character limit: still named.
    with pytest.raises(InputTooLarge, match=r"big\.txt: text too large: 1,000 characters"):
        wgec_parse.parse_file(path, max_size=300)
    assert wgec_parse.render(wgec_parse.parse_file(path, max_size=1000)) == "a" * 1000


def test_parse_file_passes_max_depth_on(tmp_path: Path) -> None:
    path = tmp_path / "deep.txt"
    path.write_text("".join("  " * k + f"- item {k}\n" for k in range(6)), encoding="utf-8")
    doc = wgec_parse.parse_file(path, max_depth=2)
    assert max(depth for _, depth in _walk_items(doc)) == 2


def _deep_item(depth: int) -> BulletItem:
    item = BulletItem((Line(depth, f"level {depth}", "-", " ", " " * depth),))
    for k in range(depth - 1, 0, -1):
        item = BulletItem((Line(k, f"level {k}", "-", " ", " " * k),), (item,))
    return item


def test_walks_over_a_hand_built_tree_deeper_than_the_recursion_limit() -> None:
    depth = 5000  # far past sys.getrecursionlimit() (1000 by default)
    doc = Document(body=(BulletList((_deep_item(depth),)),))
    text = wgec_parse.render(doc)
    assert text.count("\n") == depth
    assert text.startswith(" - level 1\n  - level 2\n")
    assert sum(1 for _ in iter_lines(doc)) == depth
    assert outline(doc, text=True).count("bullet -") == depth
    assert wgec_parse.render_clean(doc).count("- level") == depth


def test_renumber_on_a_hand_built_tree_deeper_than_the_recursion_limit() -> None:
    depth = 5000
    doc = Document(body=(BulletList((_deep_item(depth),)),))
    fixed = renumber(doc)
    lines = [line for line in iter_lines(fixed) if isinstance(line, Line)]
    assert [line.line for line in lines] == list(range(1, depth + 1))


def test_a_huge_blank_line_is_not_kept_alive_after_the_parse() -> None:
    import gc
    import weakref

    from wgec_parse.nodes import Blank

    for text in ("a\n" + " " * 100_000 + "\nb\n", "a\n\n" + "\t" * 100_000 + "\n\nb\n"):
        doc = wgec_parse.parse(text)
        huge = [b for b in iter_lines(doc) if type(b) is Blank and len(b.ws) >= 100_000]
        assert len(huge) == 1
        ref = weakref.ref(huge[0])
        del doc, huge
        gc.collect()
        assert ref() is None  # no cache holds on to it


def test_max_depth_is_capped_where_equality_hashing_and_repr_still_work() -> None:
    from wgec_parse.limits import MAX_DEPTH_LIMIT

    with pytest.raises(ValueError, match=f"at most {MAX_DEPTH_LIMIT}"):
        wgec_parse.parse("- a\n", max_depth=MAX_DEPTH_LIMIT + 1)
    # A deep tree at the cap: clauses nested as deep as numbering styles go, and bullets
    # nested to the cap inside the deepest clause.
    depth = MAX_DEPTH_LIMIT
    styles = ["1.1", "1.1.1", "1.1.1.1", "(a)", "a)", "(i)", "i)", "(1)", "1.1.1.1.1"]
    clauses = "".join(f"{m} clause\n" for m in styles)
    bullets = "".join("  " * k + f"- item {k}\n" for k in range(depth + 2))
    text = clauses + bullets
    a = wgec_parse.parse(text, max_depth=depth)
    b = wgec_parse.parse(text, max_depth=depth)
    assert max(_clause_depths(a)) == len(styles)
    assert max(d for _, d in _walk_items(a)) == depth
    assert a == b
    assert hash(a) == hash(b)
    assert repr(a).startswith("Document(") or repr(a).startswith("<Document")
    assert wgec_parse.render(a) == text


def _parse_peak_per_byte(text: str) -> float:
    """Peak bytes Python allocates while parsing ``text``, per character of it."""
    wgec_parse.parse("warm up the grammar\n- x\na: b\n")
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        document = wgec_parse.parse(text, max_size=None)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert wgec_parse.render(document) == text
    return (peak - base) / len(text)


@pytest.mark.parametrize("unit", ["\n", " \n", "\r\n", "word word word\n"])
def test_blank_lines_and_running_text_parse_in_at_most_20_bytes_per_byte(unit: str) -> None:
    # Blank lines were 51 bytes a byte: the contents, the endings, the classified lines
    # and two copies of the trailing blank lines were alive at once.
    assert _parse_peak_per_byte(unit * (40_000 // len(unit))) <= 20


@pytest.mark.parametrize(
    ("unit", "ceiling"),
    [("\f\n", 115), ("x\n", 88), ("- x\n", 88), ("a: b\n", 69)],
)
def test_short_lines_parse_within_their_documented_ceiling(unit: str, ceiling: int) -> None:
    # docs/limits.md: each short line keeps a Line node (and a Noise around a form
    # feed) of about 150 bytes in the tree; every line used to cost another tuple of
    # parts and a token, 274 bytes a byte for form feeds.
    assert _parse_peak_per_byte(unit * (40_000 // len(unit))) <= ceiling


def test_to_json_writes_what_to_dict_holds() -> None:
    text = "Date: 1 May\n\n1) What is it?\n1.1 A clause\n- a\n  - b\n\f\n2) Why?\n\n\n"
    document = wgec_parse.parse(text)
    data = wgec_parse.to_dict(document)
    assert wgec_parse.to_json(document) == json.dumps(data, ensure_ascii=False)
    assert wgec_parse.to_json(document, indent=2) == json.dumps(data, ensure_ascii=False, indent=2)
    assert wgec_parse.from_json(wgec_parse.to_json(document)) == document


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a \r\n\f", max_size=30))
def test_the_lexer_splits_lines_as_split_lines_whatever_the_breaks(text: str) -> None:
    # Text with one kind of line break keeps its endings without a list.
    contents, eols = lexer._split(text)
    assert (contents, list(eols)) == split_lines(text)
    assert [eols[i] for i in range(-len(eols), len(eols))] == list(eols) * 2
