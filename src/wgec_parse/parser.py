"""Text to tree: the LALR parser over the block tokens of :mod:`wgec_parse.lexer`."""

from __future__ import annotations

import functools
import gc
import hashlib
import itertools
import json
import operator
import os
import sys
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any, Final, NamedTuple

import lark
from lark.grammar import Rule
from lark.lexer import Lexer, TerminalDef
from lark.parsers.lalr_analysis import Shift

from wgec_parse import lexer
from wgec_parse.errors import InputTooLarge
from wgec_parse.limits import MAX_SIZE
from wgec_parse.nodes import (
    Block,
    BulletItem,
    BulletList,
    Clause,
    Document,
    Field,
    FrontMatter,
    Noise,
    Paragraph,
    Question,
)

__all__ = ["cache_dir", "grammar_text", "parse"]


def grammar_text() -> str:
    """The Lark grammar shipped with the package."""
    return (resources.files("wgec_parse") / "grammar" / "wgec.lark").read_text("utf-8")


class _Source(NamedTuple):
    """What lark hands the block lexer in place of the text: the text and its limits."""

    text: str
    max_depth: int


class _BlockLexer(Lexer):
    """Feeds lark the block tokens computed by :func:`wgec_parse.lexer.tokens`."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, source: _Source) -> Iterator[lark.Token]:  # type: ignore[override]
        # Tokens are made by hand: ``Token(kind, payload)`` would compute ``str(payload)``
        # (the repr of every blank line in a TRAILER tuple) and go through lark's
        # argument checks, for a string value nothing reads.
        new = str.__new__
        token_class = lark.Token
        for kind, payload in lexer.tokens(source.text, source.max_depth):
            token = new(token_class, kind)
            token.type = kind
            token.value = payload
            token.start_pos = token.line = token.column = None
            token.end_line = token.end_column = token.end_pos = None
            yield token


class _ToNodes:
    """One method per grammar rule, called as the LALR parser reduces it.

    Terminals arrive as their payloads: a :class:`~wgec_parse.lexer.Group` of lines for
    a block, a tuple of blank lines for TRAILER, "" for BOM.
    """

    def start(self, children: list[Any]) -> Document:
        bom = type(children[0]) is str
        if bom:
            children = children[1:]
        front = None
        if type(children[0]) is FrontMatter:
            front = children[0]
            children = children[1:]
        return Document(front, children[0], tuple(children[1:-1]), children[-1], bom)

    def front_matter(self, children: list[Any]) -> FrontMatter:
        return FrontMatter(tuple(children))

    def field(self, children: list[Any]) -> Field:
        return Field(children[0])

    def cover(self, children: list[Any]) -> Paragraph:
        return Paragraph(children[0])

    def noise(self, children: list[Any]) -> Noise:
        noise: Noise = children[0][0]
        return noise

    def body(self, children: list[Block]) -> tuple[Block, ...]:
        return tuple(children)

    def question(self, children: list[Any]) -> Question:
        return Question(children[0], tuple(children[1:]))

    def clause(self, children: list[Any]) -> Clause:
        if type(children[-1]) is list:
            return Clause(children[0], (*children[1:-1], *children[-1]))
        return Clause(children[0], tuple(children[1:]))

    def subclauses(self, children: list[Clause]) -> list[Clause]:
        return list(children)

    def paragraph(self, children: list[Any]) -> Paragraph:
        return Paragraph(children[0])

    def bullet_list(self, children: list[BulletItem]) -> BulletList:
        return BulletList(tuple(children))

    def item(self, children: list[Any]) -> BulletItem:
        if len(children) == 2:
            return BulletItem(children[0], children[1].items)
        return BulletItem(children[0])


class _Inline(list[Any]):
    """The children of an inlined rule (lark's helpers for ``x*`` and ``x+``), which are
    spliced into the parent's children."""

    __slots__ = ()


_Reduce = Callable[[list[Any]], Any]
_Action = int | tuple[int, _Reduce, str]  # shift (the next state) or reduce


def _reducer(expansion: list[Any], origin: str, nodes: _ToNodes) -> _Reduce:
    """What reducing one rule does, as lark's tree builder defines it: terminals named
    ``_X`` are dropped, rules named ``_x`` (and lark's ``__x_star_n`` helpers) are
    spliced into their parent, and any other rule calls its :class:`_ToNodes` method."""
    plan = tuple(
        (0 if symbol.name.startswith("_") else 1)
        if symbol.is_term
        else (2 if symbol.name.startswith("_") else 1)
        for symbol in expansion
    )
    finish: Callable[[list[Any]], Any] | None = (
        None if origin.startswith("_") else getattr(nodes, origin)
    )
    if finish is not None and all(step == 1 for step in plan):
        return finish
    if finish is None and plan == (1,):
        return _Inline
    if finish is None and plan == (2,):
        return operator.itemgetter(0)
    if finish is None and plan in ((2, 1), (2, 2)):
        # A left-recursive list rule extends its own list in place: linear, not quadratic.
        add = list.append if plan[1] == 1 else list.extend

        def extend(children: list[Any]) -> Any:
            out = children[0]
            add(out, children[1])
            return out

        return extend

    def reduce(children: list[Any]) -> Any:
        out = _Inline()
        for step, value in zip(plan, children, strict=True):
            if step == 1:
                out.append(value)
            elif step == 2:
                out.extend(value)
        return out if finish is None else finish(out)

    return reduce


class _Driver:
    """Runs the grammar's LALR tables, as compiled by lark, over the block tokens.

    lark's own loop wraps every token in a ``Token`` and every reduction in a tree
    builder; here a token is its payload and a reduction is one call, which halves the
    cost per token.  ``tests/test_parser.py`` checks that both
    loops build the same trees.  Should a lark release keep its tables in another shape,
    :meth:`parse_text` runs lark's own loop instead (slower, the same trees).
    """

    __slots__ = ("actions", "end", "lark", "start")

    def __init__(self, parser: lark.Lark) -> None:
        self.lark = parser
        self.actions: list[dict[str, _Action]] | None = None
        self.start = self.end = 0
        try:
            self._read(parser.parser.parser.parser.parse_table)
        except (AttributeError, KeyError, TypeError, ValueError):
            self.actions = None

    def _read(self, table: Any) -> None:
        nodes = _ToNodes()
        rules: dict[int, tuple[int, _Reduce, str]] = {}
        actions: list[dict[str, _Action]] = [{} for _ in range(len(table.states))]
        for state, row in table.states.items():
            for symbol, (action, arg) in row.items():
                if action is Shift:
                    actions[state][symbol] = arg
                    continue
                entry = rules.get(id(arg))
                if entry is None:
                    if arg.alias or arg.options.keep_all_tokens or arg.options.expand1:
                        raise ValueError(f"the table driver does not run rule options: {arg}")
                    name = arg.origin.name
                    entry = (len(arg.expansion), _reducer(arg.expansion, name, nodes), name)
                    rules[id(arg)] = entry
                actions[state][symbol] = entry
        self.start = table.start_states["start"]
        self.end = table.end_states["start"]
        self.actions = actions

    def parse_text(self, text: str, max_depth: int) -> Document:
        """The tree of ``text``, through the tables (or lark's loop, see above)."""
        if self.actions is None:
            return _parse_with_lark(self.lark, text, max_depth)
        return self.parse(lexer.tokens(text, max_depth))

    def parse(self, tokens: Iterator[tuple[str, Any]]) -> Document:
        """Shift each token, reducing first as the tables say; the tree at ``$END``."""
        actions = self.actions
        if actions is None:
            raise RuntimeError("the parse tables were not read: use parse_text")
        states = [self.start]
        values: list[Any] = []
        state = self.start
        for kind, payload in itertools.chain(tokens, ((_END, None),)):
            action = actions[state].get(kind)
            while type(action) is tuple:
                size, reduce, origin = action
                if size == 1:
                    values[-1] = reduce(values[-1:])
                    states.pop()
                else:
                    children = values[len(values) - size :]
                    del values[len(values) - size :]
                    del states[len(states) - size :]
                    values.append(reduce(children))
                state = actions[states[-1]][origin]  # type: ignore[assignment]
                if state == self.end:
                    document = values[-1]
                    assert type(document) is Document
                    return document
                states.append(state)
                action = actions[state].get(kind)
            if action is None:
                expected = {s for s in actions[state] if s.isupper()}
                token = lark.Token(kind, "")
                raise lark.exceptions.UnexpectedToken(token, expected)  # type: ignore[no-untyped-call]
            state = action  # type: ignore[assignment]  # an int: not None, not a tuple
            states.append(state)
            values.append(payload)
        raise AssertionError("no $END")  # pragma: no cover


_END: Final = "$END"


# -- the compiled grammar, cached across processes ----------------------------------
#
# Building the LALR tables costs far more than importing lark, so the tables are kept
# in the user's cache directory, keyed by the grammar, lark's and Python's versions.
# They are stored as JSON, never pickled: a cache file can be wrong but it cannot run
# code.  Any problem with the cache (unwritable, corrupt, stale) means building the
# tables as if there were no cache.

_CACHE_FORMAT: Final = 2
_LEXER_MARK: Final = "<wgec_parse block lexer>"


def cache_dir() -> Path | None:
    """Where the compiled grammar is cached, or None when caching is off.

    ``WGEC_PARSE_CACHE_DIR`` overrides the location (an empty value turns caching
    off); otherwise ``$XDG_CACHE_HOME/wgec_parse``, ``~/.cache/wgec_parse``, or
    ``%LOCALAPPDATA%\\wgec_parse`` on Windows.
    """
    override = os.environ.get("WGEC_PARSE_CACHE_DIR")
    if override is not None:
        return Path(override) if override else None
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "wgec_parse"
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "wgec_parse"
    try:
        return Path.home() / ".cache" / "wgec_parse"
    except (RuntimeError, KeyError, OSError):
        return None  # no home directory (some service accounts): no cache


def _encode(value: Any) -> Any:
    """Lark's serialised tables as JSON values (int keys, tuples and the lexer class
    need tagging)."""
    if value is _BlockLexer:
        return _LEXER_MARK
    if isinstance(value, dict):
        if all(type(k) is str for k in value):
            return {k: _encode(v) for k, v in value.items()}
        return {"__items__": [[k, _encode(v)] for k, v in value.items()]}
    if isinstance(value, tuple):
        return {"__tuple__": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if value is None or type(value) in (str, int, bool, float):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if "__items__" in obj:
            return dict(obj["__items__"])
        if "__tuple__" in obj:
            return tuple(obj["__tuple__"])
    return obj


def _restore_lexer(value: Any) -> Any:
    if value == _LEXER_MARK:
        return _BlockLexer
    if isinstance(value, dict):
        return {k: _restore_lexer(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_restore_lexer(v) for v in value]
    return value


def _options() -> dict[str, Any]:
    return {"parser": "lalr", "lexer": _BlockLexer, "strict": True}


def _build() -> lark.Lark:
    return lark.Lark(grammar_text(), **_options())


def _cache_key(grammar: str) -> str:
    version = f"{_CACHE_FORMAT}|{lark.__version__}|{sys.version_info[:2]}|{sorted(_options())}"
    return hashlib.sha256(f"{version}\n{grammar}".encode()).hexdigest()


def _load_cached(path: Path, key: str) -> lark.Lark | None:
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    try:
        header, _, payload = raw.partition(b"\n")
        stored = json.loads(header)
        if stored != {"key": key, "sha256": hashlib.sha256(payload).hexdigest()}:
            return None
        tables = _restore_lexer(json.loads(payload, object_hook=_decode))
        loaded = lark.Lark.__new__(lark.Lark)._load(tables)
    except Exception:  # a bad cache file only means building afresh
        return None
    return loaded


def _save_cached(parser: lark.Lark, directory: Path, path: Path, key: str) -> None:
    try:
        data, memo = parser.memo_serialize([TerminalDef, Rule])
        payload = json.dumps(_encode({"data": data, "memo": memo})).encode()
    except (TypeError, ValueError):
        return  # a table this code cannot store as JSON: run without a cache
    header = json.dumps({"key": key, "sha256": hashlib.sha256(payload).hexdigest()})
    import tempfile  # only when writing: keeps it off the start-up path

    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".lalr-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(header.encode() + b"\n" + payload)
            os.replace(tmp, path)  # atomic: readers see the old file or the new one
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # a read-only or full disk only costs the next process some time


@functools.cache
def _parser() -> _Driver:
    """The parser, built once per process from the cached tables when they are good."""
    directory = cache_dir()
    if directory is None:
        return _Driver(_build())
    key = _cache_key(grammar_text())
    path = directory / f"lalr-{key[:32]}.json"
    cached = _load_cached(path, key)
    if cached is not None:
        return _Driver(cached)
    parser = _build()
    _save_cached(parser, directory, path, key)
    return _Driver(parser)


def _check_arguments(text: str, max_size: int | None, max_depth: int) -> None:
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}")
    if isinstance(max_depth, bool) or not isinstance(max_depth, int) or max_depth < 1:
        raise ValueError(f"max_depth must be a whole number from 1 up, not {max_depth!r}")
    if max_size is not None and len(text) > max_size:
        raise InputTooLarge(len(text), max_size, "text")


def parse(
    text: str, *, max_size: int | None = MAX_SIZE, max_depth: int = lexer.MAX_DEPTH
) -> Document:
    """Parse the text of a submission into a :class:`~wgec_parse.nodes.Document`.

    Total: every ``str`` up to ``max_size`` characters parses, and
    ``render(parse(text)) == text``.  Longer text raises
    :class:`~wgec_parse.errors.InputTooLarge` (``max_size=None``: no limit).  Bullets,
    and clauses, nest at most ``max_depth`` levels deep; deeper ones become siblings at
    that depth, so nothing is lost.
    """
    _check_arguments(text, max_size, max_depth)
    driver = _parser()
    # The tree is acyclic and built in one go: cyclic garbage collection during the
    # parse only re-scans the young tree again and again, so it waits until the end.
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        return driver.parse_text(text, max_depth)
    finally:
        if collecting:
            gc.enable()


class _TreeToNodes(lark.Transformer[lark.Token, Document]):
    """The :class:`_ToNodes` methods applied to a tree built by lark itself."""

    def __default__(self, data: str, children: list[Any], meta: Any) -> Any:
        values = [c.value if isinstance(c, lark.Token) else c for c in children]
        return getattr(_ToNodes(), data)(values)


def parse_with_lark(text: str, *, max_depth: int = lexer.MAX_DEPTH) -> Document:
    """:func:`parse` through lark's own LALR loop and tree: slower, the same tree.

    The reference for the table driver that :func:`parse` uses.
    """
    _check_arguments(text, None, max_depth)
    return _parse_with_lark(_parser().lark, text, max_depth)


def _parse_with_lark(parser: lark.Lark, text: str, max_depth: int) -> Document:
    tree = parser.parse(_Source(text, max_depth))
    document = _TreeToNodes().transform(tree)
    assert isinstance(document, Document)
    return document
