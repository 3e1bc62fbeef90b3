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
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any, Final, NamedTuple

import lark
from lark.lexer import Lexer
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
    direct_constructor,
)

__all__ = ["cache_dir", "grammar_text", "parse", "parse_with_lark"]

# The block nodes, built as the parser reduces each block (every field given).
_new_question = direct_constructor(Question)
_new_clause = direct_constructor(Clause)
_new_paragraph = direct_constructor(Paragraph)
_new_list = direct_constructor(BulletList)
_new_item = direct_constructor(BulletItem)


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

    def noise(self, children: list[Any]) -> Noise:
        noise: Noise = children[0][0]
        return noise

    def body(self, children: list[Block]) -> tuple[Block, ...]:
        return tuple(children)

    def question(self, children: list[Any]) -> Question:
        return _new_question(children[0], tuple(children[1:]))

    def clause(self, children: list[Any]) -> Clause:
        if type(children[-1]) is list:
            return _new_clause(children[0], (*children[1:-1], *children[-1]))
        return _new_clause(children[0], tuple(children[1:]))

    def subclauses(self, children: list[Clause]) -> list[Clause]:
        return list(children)

    def paragraph(self, children: list[Any]) -> Paragraph:
        return _new_paragraph(children[0])

    cover = paragraph  # cover lines before the first field or heading

    def bullet_list(self, children: list[BulletItem]) -> BulletList:
        return _new_list(tuple(children))

    def item(self, children: list[Any]) -> BulletItem:
        if len(children) == 2:
            return _new_item(children[0], children[1].items)
        return _new_item(children[0], ())


_NODES: Final = _ToNodes()  # stateless: one serves every parse


class _Inline(list[Any]):
    """The children of an inlined rule (lark's helpers for ``x*`` and ``x+``), which are
    spliced into the parent's children."""

    __slots__ = ()


_Reduce = Callable[[list[Any]], Any]
_Action = int | tuple[int, _Reduce, str]  # shift (the next state) or reduce


def _plan(expansion: list[Any]) -> tuple[int, ...]:
    """How a rule treats each child, as lark's tree builder does: 0 drops it (a
    terminal named ``_X``), 2 splices its children in (a rule named ``_x``, and lark's
    ``__x_star_n`` helpers), 1 keeps it."""
    return tuple(
        (0 if symbol.name.startswith("_") else 1)
        if symbol.is_term
        else (2 if symbol.name.startswith("_") else 1)
        for symbol in expansion
    )


def _reducer(plan: tuple[int, ...], origin: str, nodes: _ToNodes) -> _Reduce:
    """What reducing one rule does: its children, treated as ``plan`` says, go to the
    rule's :class:`_ToNodes` method, or to the parent if the rule is inlined."""
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

    if finish is not None and plan in ((1, 2), (1, 2, 2), (0, 2, 0)):
        # A rule's head and then lists (``clause``, ``question``), or a bracketed list
        # (``bullet_list``, ``subclauses``): the lists are spliced in without a loop.
        if plan == (1, 2):
            return lambda children: finish([children[0], *children[1]])
        if plan == (1, 2, 2):
            return lambda children: finish([children[0], *children[1], *children[2]])
        return lambda children: finish(children[1])

    def reduce(children: list[Any]) -> Any:
        out = _Inline()
        for step, value in zip(plan, children, strict=True):
            if step == 1:
                out.append(value)
            elif step == 2:
                out.extend(value)
        return out if finish is None else finish(out)

    return reduce


class _Tables(NamedTuple):
    """The grammar's LALR tables, as the driver reads them and the cache stores them."""

    start: int  #: The first state.
    end: int  #: The state reached once ``start`` is reduced.
    rules: list[tuple[str, tuple[int, ...]]]  #: Each rule's name and :func:`_plan`.
    states: list[dict[str, int]]  #: Symbol -> next state (>= 0) or ``~rule`` (< 0).


def _tables_of(parser: lark.Lark) -> _Tables:
    """The tables lark compiled, in the driver's shape; raises if lark keeps them in a
    shape this code does not know."""
    table = parser.parser.parser.parser.parse_table
    numbers: dict[int, int] = {}
    rules: list[tuple[str, tuple[int, ...]]] = []
    states: list[dict[str, int]] = [{} for _ in table.states]
    for state, row in table.states.items():
        for symbol, (action, arg) in row.items():
            if action is Shift:
                states[state][symbol] = int(arg)
                continue
            number = numbers.get(id(arg))
            if number is None:
                if arg.alias or arg.options.keep_all_tokens or arg.options.expand1:
                    raise ValueError(f"the table driver does not run rule options: {arg}")
                number = numbers[id(arg)] = len(rules)
                rules.append((arg.origin.name, _plan(arg.expansion)))
            states[state][symbol] = ~number
    return _Tables(table.start_states["start"], table.end_states["start"], rules, states)


def _readable_tables(parser: lark.Lark) -> _Tables | None:
    """:func:`_tables_of`, or None (lark's own loop, then) if they cannot be read."""
    try:
        return _tables_of(parser)
    except (AttributeError, KeyError, TypeError, ValueError):
        return None


class _Driver:
    """Runs the grammar's LALR tables, as compiled by lark, over the block tokens.

    lark's own loop wraps every token in a ``Token`` and every reduction in a tree
    builder; here a token is its payload and a reduction is one call, which halves the
    cost per token.  ``tests/test_parser.py`` checks that both loops build the same
    trees.  Should a lark release keep its tables in another shape, :meth:`parse_text`
    runs lark's own loop instead (slower, the same trees).
    """

    __slots__ = ("_lark", "actions", "end", "start")

    def __init__(self, tables: _Tables | None, parser: lark.Lark | None = None) -> None:
        self._lark = parser
        self.actions: list[dict[str, _Action]] | None = None
        self.start = self.end = 0
        if tables is None:
            return
        reductions = [
            (len(plan), _reducer(plan, name, _NODES), name) for name, plan in tables.rules
        ]
        self.actions = [
            {symbol: (to if to >= 0 else reductions[~to]) for symbol, to in row.items()}
            for row in tables.states
        ]
        self.start, self.end = tables.start, tables.end

    @property
    def lark(self) -> lark.Lark:
        """The lark parser of the grammar, built on first use when the tables came from
        the cache."""
        if self._lark is None:
            self._lark = _build()
        return self._lark

    def parse_text(self, text: str, max_depth: int) -> Document:
        """The tree of ``text``, through the tables (or lark's loop, see above)."""
        if self.actions is None:
            return _parse_with_lark(self.lark, text, max_depth)
        return self.parse(lexer.tokens(text, max_depth))

    def parse(self, tokens: Iterable[tuple[str, Any]]) -> Document:
        """Shift each token, reducing first as the tables say; the tree at ``$END``."""
        actions = self.actions
        if actions is None:
            raise RuntimeError("the parse tables were not read: use parse_text")
        states = [self.start]
        values: list[Any] = []
        state, end = self.start, self.end
        push_state, push_value = states.append, values.append
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
                    push_value(reduce(children))
                state = actions[states[-1]][origin]  # type: ignore[assignment]
                if state == end:
                    document = values[-1]
                    assert type(document) is Document
                    return document
                push_state(state)
                action = actions[state].get(kind)
            if action is None:
                expected = {s for s in actions[state] if s.isupper()}
                token = lark.Token(kind, "")
                raise lark.exceptions.UnexpectedToken(token, expected)  # type: ignore[no-untyped-call]
            state = action  # type: ignore[assignment]  # an int: not None, not a tuple
            push_state(state)
            push_value(payload)
        raise AssertionError("no $END")  # pragma: no cover


_END: Final = "$END"


# -- the compiled grammar, cached across processes ----------------------------------
#
# Building the LALR tables costs far more than importing lark, so the driver's tables
# are kept in the user's cache directory, keyed by the grammar, lark's and Python's
# versions.  They are stored as JSON, never pickled, and every value is checked when
# read: a cache file can be wrong but it cannot run code.  Any problem with the cache
# (unwritable, corrupt, stale) means building the tables as if there were no cache.

_CACHE_FORMAT: Final = 3


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


def _options() -> dict[str, Any]:
    return {"parser": "lalr", "lexer": _BlockLexer, "strict": True}


def _build() -> lark.Lark:
    return lark.Lark(grammar_text(), **_options())


def _cache_key(grammar: str) -> str:
    version = f"{_CACHE_FORMAT}|{lark.__version__}|{sys.version_info[:2]}|{sorted(_options())}"
    return hashlib.sha256(f"{version}\n{grammar}".encode()).hexdigest()


def _tables_from_json(data: Any) -> _Tables:
    """Tables read back from the cache, every value checked; ValueError if any is off."""
    start, end, rules, states = data["start"], data["end"], data["rules"], data["states"]
    if not (type(start) is int and type(end) is int and type(rules) is list):
        raise ValueError("malformed tables")
    checked: list[tuple[str, tuple[int, ...]]] = []
    for name, plan in rules:
        inline = type(name) is str and name.startswith("_")
        if not (inline or name in _RULE_METHODS) or not all(step in (0, 1, 2) for step in plan):
            raise ValueError("malformed rule")
        checked.append((name, tuple(plan)))
    if type(states) is not list or not 0 <= start < len(states) or not 0 <= end < len(states):
        raise ValueError("malformed states")
    for row in states:
        for symbol, to in row.items():
            if (
                type(symbol) is not str
                or type(to) is not int
                or not -len(checked) <= to < len(states)
            ):
                raise ValueError("malformed action")
    return _Tables(start, end, checked, states)


_RULE_METHODS: Final = frozenset(n for n in vars(_ToNodes) if not n.startswith("_"))


def _load_cached(path: Path, key: str) -> _Tables | None:
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    try:
        header, _, payload = raw.partition(b"\n")
        stored = json.loads(header)
        if stored != {"key": key, "sha256": hashlib.sha256(payload).hexdigest()}:
            return None
        return _tables_from_json(json.loads(payload))
    except Exception:  # a bad cache file only means building afresh
        return None


def _save_cached(tables: _Tables, path: Path, key: str) -> None:
    payload = json.dumps(tables._asdict(), separators=(",", ":")).encode()
    header = json.dumps({"key": key, "sha256": hashlib.sha256(payload).hexdigest()})
    import tempfile  # only when writing: keeps it off the start-up path

    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".lalr-", suffix=".tmp")
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
    """The parser, built once per process; from the cached tables when they are good
    (lark then compiles the grammar only if something asks for its own loop)."""
    directory = cache_dir()
    key = _cache_key(grammar_text())
    path = None if directory is None else directory / f"lalr-{key[:32]}.json"
    if path is not None:
        cached = _load_cached(path, key)
        if cached is not None:
            return _Driver(cached)
    parser = _build()
    tables = _readable_tables(parser)
    if path is not None and tables is not None:
        _save_cached(tables, path, key)
    return _Driver(tables, parser)


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
        return getattr(_NODES, data)(values)


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
