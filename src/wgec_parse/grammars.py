"""The two Lark grammars shipped with the package, compiled once at development time.

``grammar/lines.lark`` is the line vocabulary (one terminal per marker style),
``grammar/wgec.lark`` the block structure.  Compiling a grammar costs lark far more than
importing it, so each is shipped beside its source already compiled, with
:meth:`lark.Lark.save`, under a key made of the grammar's text and lark's version; it is
loaded with :meth:`lark.Lark.load`.  Where the key does not match (a grammar edited
since, another lark), the grammar is compiled from its source instead: slower, the
same parser.  ``python -m wgec_parse.build`` writes the compiled files again, and
``tests/test_grammars.py`` fails while they are stale.

The classifier needs only the line vocabulary's terminals, not its parser: they are
also written beside it as JSON under the same key (:func:`line_terminals`), so that a
start reads them without loading the parser.

The classifier's bands (alternations of those terminals) are written beside them too,
each with its form *narrowed to* :data:`LATIN` (:func:`narrowed`): the same pattern
without what can match only a character outside that range (Cyrillic, Arabic, CJK), which
gives the same match as the whole band on any text within the range and costs Python's
regular expression compiler about half as much (:func:`latin_bands`).
"""

from __future__ import annotations

import functools
import io
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final

import lark
from lark.lexer import Lexer

from wgec_parse.transformer import ToNodes

__all__ = [
    "BLOCKS",
    "GRAMMAR_DIR",
    "LATIN",
    "LINES",
    "TokenFeed",
    "blocks_parser",
    "compile_grammar",
    "grammar_text",
    "latin_bands",
    "latin_json",
    "latin_path",
    "line_terminals",
    "lines_parser",
    "narrowed",
    "read_terminals",
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
    vocabulary's terminals (:mod:`wgec_parse.build` writes the classifier's bands
    narrowed to :data:`LATIN` after them)."""
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


def read_terminals(directory: str) -> tuple[Terminal, ...] | None:
    """The terminals written in ``directory``, or None where they are missing or stale."""
    try:
        with open(os.path.join(directory, f"{LINES}.terminals"), "rb") as handle:
            key, _, payload = handle.read(_MAX_FILE_CHARS).partition(b"\n")
    except OSError:
        return None
    if key != _key(LINES):
        return None
    return tuple((name, regexp, priority) for name, regexp, priority in json.loads(payload))


@functools.cache
def line_terminals() -> tuple[Terminal, ...]:
    """The terminals of the line vocabulary as (name, regular expression, priority), in
    the compiled grammar's order: those written beside it, or, where they are stale
    (their key is not the grammar's), those of the grammar loaded or compiled."""
    terminals = read_terminals(os.path.dirname(_terminals_path()))
    if terminals is not None:
        return terminals
    return tuple(_terminals_of(lines_parser()))


# -- the classifier's bands, narrowed to Latin text ------------------------------------

#: The characters of text in Latin script, as ranges of code points: the Latin letters
#: with their diacritics (to U+036F, the combining marks), the punctuation and symbols
#: such text holds (U+2000 to U+27BF: dashes, quotation marks, bullets, arrows, shapes,
#: circled numbers, dingbats), and the private-use glyphs of Word's bullets (the Symbol
#: font's, U+F000 to U+F0FF).  Few code points, so that the class of those outside is
#: quick to compile.
LATIN: Final = ((0x0000, 0x036F), (0x2000, 0x27BF), (0xF000, 0xF0FF))


def latin_path() -> str:
    return os.path.join(GRAMMAR_DIR, f"{LINES}.latin")


def latin_json(bands: Mapping[str, str]) -> bytes:
    """The narrowed bands file's bytes for the bands ``bands`` (name: pattern)."""
    narrowed_bands = {name: [pattern, narrowed(pattern)] for name, pattern in bands.items()}
    document = {
        "unicode": unicodedata.unidata_version,
        "latin": [list(r) for r in LATIN],
        "bands": narrowed_bands,
    }
    return json.dumps(document, ensure_ascii=False, indent=0).encode("utf-8")


def latin_bands() -> dict[str, tuple[str, str]]:
    """Each band written beside the grammars as (pattern, narrowed pattern), by name.

    Empty where the file is missing, or was written for other case rules (another
    version of Unicode: which characters match a Latin one regardless of case) or another
    range; a band whose pattern is not the one the classifier builds now is stale, and
    the classifier checks that itself."""
    try:
        with open(latin_path(), "rb") as handle:
            document = json.loads(handle.read(_MAX_FILE_CHARS))
    except (OSError, ValueError):
        return {}
    if document.get("unicode") != unicodedata.unidata_version or document.get("latin") != [
        list(r) for r in LATIN
    ]:
        return {}
    return {name: (pattern, narrow) for name, (pattern, narrow) in document["bands"].items()}


def narrowed(pattern: str) -> str:
    """``pattern`` without what can match only characters outside :data:`LATIN`.

    On a text whose characters are all in :data:`LATIN`, the narrowed pattern matches
    where ``pattern`` matches, the same characters, with the same last group: a literal
    or a member of a character class that matches no character of the range, regardless
    of case where the pattern ignores it, is dropped, and with it the alternative, the
    repetition (down to its minimum) or the look-ahead it makes impossible.  Run at
    development time: it reads the pattern with the parser of Python's own regular
    expression compiler, and tries each literal and class on every character of the
    range.  "(?!)" (which never matches) where nothing of the pattern can match.
    """
    return _Narrowing().pattern(pattern)


class _Narrowing:
    """The work of :func:`narrowed`; each literal and class tried once on the range."""

    def __init__(self) -> None:
        try:  # Python 3.11 on
            from re import _constants, _parser  # type: ignore[attr-defined]
        except ImportError:  # pragma: no cover - Python 3.10
            import sre_constants as _constants
            import sre_parse as _parser
        self.c: Any = _constants
        self.parser: Any = _parser
        self.chars = "".join(chr(i) for low, high in LATIN for i in range(low, high + 1))
        self.tried: dict[tuple[str, bool], bool] = {}

    def pattern(self, pattern: str) -> str:
        tree = self.parser.parse(pattern)
        flags = tree.state.flags & ~re.UNICODE
        if flags:
            raise ValueError(f"global flags are not narrowed: {pattern[:40]!r}")
        self.names = {number: name for name, number in tree.state.groupdict.items()}
        text = self.sequence(list(tree), 0)
        return "(?!)" if text is None else text

    def in_latin(self, text: str, flags: int) -> bool:
        """Whether the literal or class ``text`` matches some character of the range."""
        key = (text, bool(flags & re.IGNORECASE))
        if key not in self.tried:
            compiled = re.compile(text, flags & re.IGNORECASE)
            self.tried[key] = any(compiled.fullmatch(ch) for ch in self.chars)
        return self.tried[key]

    def sequence(self, items: list[Any], flags: int) -> str | None:
        out = []
        for op, av in items:
            text = self.item(op, av, flags)
            if text is None:
                return None
            out.append(text[0])
        return "".join(out)

    def item(self, op: Any, av: Any, flags: int) -> tuple[str, bool] | None:
        """The narrowed text of one item, and whether a quantifier may follow it as it
        is; None where it cannot match within the range."""
        c = self.c
        if op is c.LITERAL:
            text = _literal(av)
            return (text, True) if self.in_latin(text, flags) else None
        if op is c.NOT_LITERAL:
            return f"[^{_literal(av, in_class=True)}]", True
        if op is c.ANY:
            return ".", True
        if op is c.IN:
            return self.char_class(av, flags)
        if op is c.BRANCH:
            alternatives = [self.sequence(list(b), flags) for b in av[1]]
            kept = [a for a in alternatives if a is not None]
            if len(kept) == 1:  # a sequence, grouped before a quantifier
                return kept[0], False
            return (f"(?:{'|'.join(kept)})", True) if kept else None
        if op is c.SUBPATTERN:
            return self.group(av, flags)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            return self.repeat(op is c.MIN_REPEAT, av, flags)
        if op is c.AT:
            return _AT[str(av)], False
        if op in (c.ASSERT, c.ASSERT_NOT):
            direction, inner = av
            asserted = self.sequence(list(inner), flags)
            if asserted is None:  # a look-ahead that cannot match fails, its negation holds
                return None if op is c.ASSERT else ("", False)
            sign = "=" if op is c.ASSERT else "!"
            return f"(?{'' if direction == 1 else '<'}{sign}{asserted})", False
        raise ValueError(f"not narrowed: {op}")

    def char_class(self, av: list[Any], flags: int) -> tuple[str, bool] | None:
        c = self.c
        negated = bool(av) and av[0][0] is c.NEGATE
        members = [self.member(op, value) for op, value in (av[1:] if negated else av)]
        if negated:
            return f"[^{''.join(members)}]", True
        kept = [m for m in members if self.in_latin(f"[{m}]", flags)]
        if not kept:
            return None
        if len(kept) == 1 and len(av) == 1 and av[0][0] is c.CATEGORY:
            return kept[0], True
        return f"[{''.join(kept)}]", True

    def member(self, op: Any, value: Any) -> str:
        c = self.c
        if op is c.LITERAL:
            return _literal(value, in_class=True)
        if op is c.RANGE:
            return f"{_literal(value[0], in_class=True)}-{_literal(value[1], in_class=True)}"
        if op is c.CATEGORY:
            return _CATEGORY[str(value)]
        raise ValueError(f"not narrowed in a class: {op}")

    def group(self, av: Any, flags: int) -> tuple[str, bool] | None:
        number, add, remove, inner = av
        text = self.sequence(list(inner), (flags | add) & ~remove)
        if text is None:
            return None
        if number is not None:
            if add or remove:
                raise ValueError("flags on a capturing group are not narrowed")
            return f"(?P<{self.names[number]}>{text})", True
        on, off = _flag_letters(add), _flag_letters(remove)
        if on or off:
            return f"(?{on}{'-' + off if off else ''}:{text})", True
        return f"(?:{text})", True

    def repeat(self, lazy: bool, av: Any, flags: int) -> tuple[str, bool] | None:
        low, high, inner = av
        items = list(inner)
        single = self.item(items[0][0], items[0][1], flags) if len(items) == 1 else None
        if single is not None and single[1]:
            text: str | None = single[0]
        else:
            body = self.sequence(items, flags)
            text = None if body is None else f"(?:{body})"
        if text is None:  # only the empty repetition is left, where it is allowed
            return ("", False) if low == 0 else None
        unbounded = high == self.c.MAXREPEAT
        if (low, unbounded) == (0, True):
            quantifier = "*"
        elif (low, unbounded) == (1, True):
            quantifier = "+"
        elif (low, high) == (0, 1):
            quantifier = "?"
        elif low == high:
            quantifier = f"{{{low}}}"
        else:
            quantifier = f"{{{low},{'' if unbounded else high}}}"
        return f"{text}{quantifier}{'?' if lazy else ''}", False


def _literal(code: int, in_class: bool = False) -> str:
    """One character as a pattern writes it, escaped only where it must be (each escape
    is a step more for the compiler)."""
    ch = chr(code)
    if not ch.isprintable() or (ch.isspace() and ch != " "):
        return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
    return f"\\{ch}" if ch in (_CLASS_SPECIAL if in_class else _SPECIAL) else ch


#: The characters that stand for themselves only escaped, outside a class and inside.
_SPECIAL: Final = frozenset("\\.^$*+?{}[]|()")
_CLASS_SPECIAL: Final = frozenset("\\]^-[")


def _flag_letters(flags: int) -> str:
    return "".join(
        letter
        for letter, flag in (("i", re.IGNORECASE), ("m", re.MULTILINE), ("s", re.DOTALL))
        if flags & flag
    )


_CATEGORY: Final = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_AT: Final = {
    "AT_BEGINNING": "^",
    "AT_BEGINNING_STRING": r"\A",
    "AT_BOUNDARY": r"\b",
    "AT_NON_BOUNDARY": r"\B",
    "AT_END": "$",
    "AT_END_STRING": r"\Z",
}


@functools.cache
def lines_parser() -> lark.Lark:
    """The line vocabulary, compiled: its ``terminals`` and its basic lexer."""
    return _load(LINES)


@functools.cache
def blocks_parser() -> lark.Lark:
    """The block grammar, compiled: an LALR parser whose ``parse`` takes the tokens of
    :func:`wgec_parse.lexer.tokens` and returns a :class:`~wgec_parse.nodes.Document`."""
    return _load(BLOCKS)
