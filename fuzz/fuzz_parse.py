"""Fuzz target: bytes -> decode -> parse -> render, outline, render_clean, renumber.

``parse`` runs the shipped parser, which builds nodes as it reduces; every input is also
parsed by the grammar compiled afresh into a lark tree, turned into nodes afterwards,
and the two trees must be equal.

Run ``python fuzz/fuzz_parse.py fuzz/corpus/parse -max_total_time=600`` (see
"Fuzzing" in docs/performance.md).  Any exception other than the documented
:class:`ReadError` from ``decode``, any failed round trip, and any hang is a finding.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["wgec_parse"]):
    import lark

    import wgec_parse
    from wgec_parse import grammars, lexer
    from wgec_parse.nodes import renumber
    from wgec_parse.outline import outline
    from wgec_parse.transformer import ToNodes

_TREE_PARSER = lark.Lark(
    grammars.grammar_text(grammars.BLOCKS), parser="lalr", lexer=grammars.TokenFeed
)


def parse_through_a_tree(text: str) -> wgec_parse.Document:
    document = ToNodes().transform(_TREE_PARSER.parse(lexer.tokens(text)))  # type: ignore[arg-type]
    assert isinstance(document, wgec_parse.Document)
    return document


def _check_text(text: str) -> None:
    document = wgec_parse.parse(text)
    rendered = wgec_parse.render(document)
    if rendered != text:
        raise AssertionError(f"round trip lost data: {text!r} -> {rendered!r}")
    if parse_through_a_tree(text) != document:
        raise AssertionError(f"the shipped parser and a lark tree disagree: {text!r}")
    if renumber(document) != document:
        raise AssertionError(f"parser line numbers disagree with renumber(): {text!r}")
    outline(document, text=True)
    wgec_parse.render_clean(document)


def test_one_input(data: bytes) -> None:
    """Two readings of the same bytes: as a file (decode) and as surrogate-escaped text."""
    try:
        text, _encoding = wgec_parse.decode(data)
    except wgec_parse.ReadError:
        pass
    else:
        _check_text(text)
    # Lone surrogates are valid ``str`` content and must survive too.
    _check_text(data.decode("utf-8", "surrogateescape"))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
