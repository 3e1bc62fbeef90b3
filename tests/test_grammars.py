"""The compiled grammars shipped with the package match their sources."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Final

import lark
import pytest

from wgec_parse import build, grammars
from wgec_parse.grammars import BLOCKS, LINES

#: The compiler itself, which the tests below replace in ``grammars`` with spies.
_COMPILE: Final = grammars.compile_grammar


@functools.cache
def compiled_once(name: str) -> lark.Lark:
    """Each grammar compiled once for the module, as the build compiles it (with the
    compiler itself, whatever a test has put in its place)."""
    with build.without_overlap_report():
        return _COMPILE(name)


@pytest.mark.parametrize("name", [BLOCKS, LINES])
def test_the_shipped_compiled_grammar_is_current(name: str) -> None:
    with open(grammars._compiled_path(name), "rb") as handle:
        key, _, _ = handle.read().partition(b"\n")
    assert key == grammars._key(name), "run: python -m wgec_parse.build"


#: The project's top-level grammar folder, which the package's grammar files link to.
GRAMMAR = Path(__file__).resolve().parent.parent / "grammar"


@pytest.mark.parametrize("name", [BLOCKS, LINES])
def test_the_package_s_grammar_is_the_top_level_file(name: str) -> None:
    shipped = Path(grammars.__file__).parent / "grammar" / name
    assert shipped.is_symlink(), f"{shipped} must be a link to grammar/{name}, not a copy"
    assert shipped.resolve() == (GRAMMAR / name).resolve()


def _shape(parser: lark.Lark) -> tuple[object, object]:
    terminals = sorted((t.name, t.priority, t.pattern.to_regexp()) for t in parser.terminals)
    rules = sorted(str(rule) for rule in parser.rules)
    return terminals, rules


@pytest.mark.parametrize("name", [BLOCKS, LINES])
def test_loading_gives_the_parser_compiling_gives(name: str) -> None:
    loaded = grammars._load(name)
    assert _shape(loaded) == _shape(compiled_once(name))


def test_a_stale_compiled_grammar_is_compiled_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grammars, "_key", lambda name: b"stale")
    compiled: list[str] = []

    def spy(name: str) -> lark.Lark:
        compiled.append(name)
        return compiled_once(name)

    monkeypatch.setattr(grammars, "compile_grammar", spy)
    parser = grammars._load(LINES)
    assert compiled == [LINES]
    assert {t.name for t in parser.terminals} >= {"DOTTED", "QKEY", "TEXT"}


def test_the_shipped_line_terminals_are_current() -> None:
    with open(grammars._terminals_path(), "rb") as handle:
        key, _, _ = handle.read().partition(b"\n")
    assert key == grammars._key(LINES), "run: python -m wgec_parse.build"


def test_the_line_terminals_are_the_compiled_grammars() -> None:
    expected = [(t.name, t.pattern.to_regexp(), t.priority) for t in compiled_once(LINES).terminals]
    assert list(grammars.line_terminals()) == expected


def test_stale_line_terminals_are_read_from_the_grammar(monkeypatch: pytest.MonkeyPatch) -> None:
    grammars.line_terminals.cache_clear()
    monkeypatch.setattr(grammars, "_terminals_path", lambda: grammars._compiled_path("missing"))
    try:
        names = [name for name, _, _ in grammars.line_terminals()]
    finally:
        grammars.line_terminals.cache_clear()
    assert names == [t.name for t in grammars.lines_parser().terminals]


def test_writing_gives_the_shipped_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grammars, "compile_grammar", compiled_once)
    written = build.write_all(str(tmp_path))
    assert sorted(os.path.basename(p) for p in written) == [
        "lines.lark.compiled",
        "lines.lark.latin",
        "lines.lark.terminals",
        "wgec.lark.compiled",
    ]
    shipped = grammars._terminals_path()
    with open(shipped, "rb") as a, open(tmp_path / "lines.lark.terminals", "rb") as b:
        assert a.read() == b.read()
    with open(grammars.latin_path(), "rb") as a, open(tmp_path / "lines.lark.latin", "rb") as b:
        assert a.read() == b.read(), "run: python -m wgec_parse.build"
