"""The strategies themselves: what they promise about the trees they build.

These check the generator, not the parser, so they run a fixed, small number of
examples whatever the profile.
"""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wgec_parse
from wgec_parse import Document
from wgec_parse.nodes import iter_lines, renumber
from wgec_parse.strategies import (
    GLYPHS,
    LANGUAGES,
    documents,
    documents_with_text,
    node_texts,
    words,
)

SMALL = settings(max_examples=100)


@SMALL
@given(documents())
def test_line_numbers_count_physical_lines(doc: Document) -> None:
    for number, line in enumerate(iter_lines(doc), start=1):
        if isinstance(line, wgec_parse.Line):
            assert line.line == number
    assert renumber(doc) == doc


@SMALL
@given(documents())
def test_only_the_very_last_line_lacks_a_line_ending(doc: Document) -> None:
    lines = list(iter_lines(doc))
    assert all(line.eol in ("\n", "\r\n") for line in lines[:-1])
    if lines:
        assert lines[-1].eol in ("\n", "\r\n", "")


@SMALL
@given(documents_with_text())
def test_one_meant_text_per_text_node(pair: tuple[Document, tuple[str, ...]]) -> None:
    doc, meant = pair
    assert len(node_texts(doc)) == len(meant)


@pytest.mark.parametrize("layout", ["single", "double"])
@SMALL
@given(data=st.data())
def test_layout_can_be_chosen(layout: str, data: st.DataObject) -> None:
    doc = data.draw(documents(layout=layout))
    text = wgec_parse.render(doc)
    lines = text.splitlines()
    empty_after = sum(1 for a, b in itertools.pairwise(lines) if a.strip() and not b)
    non_blank = sum(1 for line in lines if line.strip())
    if layout == "double":
        # Doubled spacing: at least half the text lines are followed by an empty line.
        assert 2 * empty_after >= non_blank - 1
    assert wgec_parse.parse(text) == doc


@SMALL
@given(documents(languages=["ru"]))
def test_languages_limit_the_words(doc: Document) -> None:
    fields = {f.value for f in doc.front_matter.fields} if doc.front_matter else set()
    text = " ".join(t for t in node_texts(doc) if t not in fields)  # dates, e-mail addresses
    assert not any("a" <= ch <= "z" or "\u4e00" <= ch <= "\u9fff" for ch in text.lower())


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="layout"):
        documents(layout="triple")
    with pytest.raises(ValueError, match="languages"):
        documents(languages=["de"])
    with pytest.raises(ValueError, match="languages"):
        words(languages=[])


def _features(doc: Document) -> set[str]:
    found: set[str] = set()
    text = wgec_parse.render(doc)
    if "\r\n" in text:
        found.add("crlf")
    if "\n" in text.replace("\r\n", ""):
        found.add("lf")
    if any(line.trailing_ws for line in iter_lines(doc) if isinstance(line, wgec_parse.Line)):
        found.add("trailing")
    if doc.front_matter is not None and doc.front_matter.fields:
        found.add("field")

    def item(it: wgec_parse.BulletItem) -> None:
        found.add("glyph:" + it.glyph)
        if it.children:
            found.add("nested")
        for child in it.children:
            item(child)

    def block(b: wgec_parse.Paragraph | wgec_parse.BulletList | wgec_parse.Clause) -> None:
        if isinstance(b, wgec_parse.BulletList):
            for it in b.items:
                item(it)
        elif isinstance(b, wgec_parse.Clause):
            found.add("clause")
            if b.children:
                found.add("subclause")
            for child in b.body:
                block(child)
        if not isinstance(b, wgec_parse.BulletList) and b.noise:
            found.add("noise")

    for b in doc.body:
        block(b)
    for q in doc.questions:
        found.add("question")
        if len([x for x in q.lines if isinstance(x, wgec_parse.Line)]) > 1:
            found.add("wrapped title")
        for b in q.body:
            block(b)
    return found


def test_the_generated_documents_cover_every_feature() -> None:
    """A few hundred documents show every glyph, the lost one, nesting, both endings."""
    seen: set[str] = set()

    @settings(max_examples=300, database=None, derandomize=True)
    @given(documents())
    def collect(doc: Document) -> None:
        seen.update(_features(doc))

    collect()
    wanted = {f"glyph:{g}" for g in GLYPHS} | {
        "crlf",
        "lf",
        "trailing",
        "field",
        "nested",
        "clause",
        "subclause",
        "question",
        "wrapped title",
        "noise",
    }
    assert wanted <= seen, wanted - seen


@SMALL
@given(st.sampled_from(LANGUAGES), st.data())
def test_words_come_from_the_language_asked_for(lang: str, data: st.DataObject) -> None:
    word = data.draw(words([lang]))
    assert word[:1].isalpha()
    script = {"ar": "ARABIC", "ru": "CYRILLIC", "zh": "CJK"}.get(lang, "LATIN")
    assert unicodedata.name(word[0]).startswith(script)
