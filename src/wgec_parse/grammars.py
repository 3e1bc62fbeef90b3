"""The two Lark grammars shipped with the package, compiled once at development time.

``grammar/lines.lark`` is the line vocabulary (one terminal per marker style),
``grammar/wgec.lark`` the block structure.  Compiling a grammar costs lark far more than
importing it, so each is shipped beside its source already compiled, with
:meth:`lark.Lark.save`, under a key made of the grammar's text and lark's version; it is
loaded with :meth:`lark.Lark.load`.  Where the key does not match (a grammar edited
since, another lark), the grammar is compiled from its source instead: slower, the
same parser.  ``python -m wgec_parse.grammars`` writes the compiled files again, and
``tests/test_grammars.py`` fails while they are stale.

The classifier needs only the line vocabulary's terminals, not its parser: they are
also written beside it as JSON under the same key (:func:`line_terminals`), so that a
start reads them without loading the parser.
"""

from __future__ import annotations

import functools
import io
import json
import os
from collections.abc import Iterable, Iterator
from typing import Any, Final

import lark
from lark.lexer import Lexer

from wgec_parse.transformer import ToNodes

__all__ = [
    "BLOCKS",
    "GRAMMAR_DIR",
    "LINES",
    "TokenFeed",
    "blocks_parser",
    "compile_grammar",
    "grammar_text",
    "line_terminals",
    "lines_parser",
    "write_compiled",
]

#: The block grammar and the line vocabulary, by file name.
BLOCKS: Final = "wgec.lark"
LINES: Final = "lines.lark"


class TokenFeed(Lexer):
    """The block grammar's lexer: the tokens are made beforehand (by
    :mod:`wgec_parse.lexer`) and handed to :meth:`lark.Lark.parse` as a list."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, lexer_state: Any, parser_state: Any = None) -> Iterator[lark.Token]:
        tokens: Iterable[lark.Token] = lexer_state
        yield from tokens


def _options(name: str) -> dict[str, Any]:
    if name == BLOCKS:
        # The transformer is saved with the parser: loading gives a parser that
        # builds nodes as it reduces.
        return {"parser": "lalr", "lexer": TokenFeed, "strict": True, "transformer": ToNodes()}
    return {"parser": "lalr", "lexer": "basic"}


#: More than any grammar or compiled grammar holds (a few dozen kilobytes each).
_MAX_FILE_CHARS: Final = 4_000_000
#: Where the grammars and their compiled forms are shipped, beside this module (a path
#: string: pathlib would add its own import to every start).
GRAMMAR_DIR: Final = os.path.join(os.path.dirname(os.path.abspath(__file__)), "grammar")


def grammar_text(name: str) -> str:
    """The text of a grammar shipped with the package."""
    with open(os.path.join(GRAMMAR_DIR, name), encoding="utf-8") as handle:
        return handle.read(_MAX_FILE_CHARS)


def _key(name: str) -> bytes:
    """What a compiled grammar was compiled from: lark's version, the options and the
    grammar's text (hex-encoded, so that it holds no line break)."""
    options = {k: type(v).__name__ if k == "transformer" else v for k, v in _options(name).items()}
    source = f"{lark.__version__}\n{sorted(options.items(), key=str)}\n{grammar_text(name)}"
    return source.encode("utf-8").hex().encode("ascii")


def _compiled_path(name: str) -> str:
    return os.path.join(GRAMMAR_DIR, f"{name}.compiled")


def compile_grammar(name: str) -> lark.Lark:
    """Compile a grammar from its source (what loading saves)."""
    return lark.Lark(grammar_text(name), **_options(name))


def _load(name: str) -> lark.Lark:
    try:
        with open(_compiled_path(name), "rb") as handle:
            key, _, payload = handle.read(_MAX_FILE_CHARS).partition(b"\n")
    except OSError:
        key = payload = b""
    if key == _key(name):
        return lark.Lark.load(io.BytesIO(payload))
    return compile_grammar(name)


def write_compiled(directory: str) -> list[str]:
    """Compile both grammars and write them, keyed, into ``directory``, with the line
    vocabulary's terminals."""
    written = []
    for name in (BLOCKS, LINES):
        buffer = io.BytesIO()
        parser = compile_grammar(name)
        parser.save(buffer)
        path = os.path.join(directory, f"{name}.compiled")
        with open(path, "wb") as handle:
            handle.write(_key(name) + b"\n" + buffer.getvalue())
        written.append(path)
        if name == LINES:
            path = os.path.join(directory, f"{name}.terminals")
            with open(path, "wb") as handle:
                handle.write(_key(name) + b"\n" + _terminals_json(_terminals_of(parser)))
            written.append(path)
    return written


Terminal = tuple[str, str, int]  # name, regular expression, priority


def _terminals_of(parser: lark.Lark) -> list[Terminal]:
    return [(t.name, t.pattern.to_regexp(), t.priority) for t in parser.terminals]


def _terminals_json(terminals: list[Terminal]) -> bytes:
    return json.dumps(terminals, ensure_ascii=False, indent=0).encode("utf-8")


def _terminals_path() -> str:
    return os.path.join(GRAMMAR_DIR, f"{LINES}.terminals")


@functools.cache
def line_terminals() -> tuple[Terminal, ...]:
    """The terminals of the line vocabulary as (name, regular expression, priority), in
    the compiled grammar's order: those written beside it, or, where they are stale
    (their key is not the grammar's), those of the grammar loaded or compiled."""
    try:
        with open(_terminals_path(), "rb") as handle:
            key, _, payload = handle.read(_MAX_FILE_CHARS).partition(b"\n")
    except OSError:
        key = payload = b""
    if key == _key(LINES):
        return tuple((name, regexp, priority) for name, regexp, priority in json.loads(payload))
    return tuple(_terminals_of(lines_parser()))


@functools.cache
def lines_parser() -> lark.Lark:
    """The line vocabulary, compiled: its ``terminals`` and its basic lexer."""
    return _load(LINES)


@functools.cache
def blocks_parser() -> lark.Lark:
    """The block grammar, compiled: an LALR parser whose ``parse`` takes the tokens of
    :func:`wgec_parse.lexer.tokens` and returns a :class:`~wgec_parse.nodes.Document`."""
    return _load(BLOCKS)


if __name__ == "__main__":
    # Through the package's module, so that the lexer class is saved by its real name.
    from wgec_parse import grammars

    for path in grammars.write_compiled(grammars.GRAMMAR_DIR):
        print(f"wrote {path}")
