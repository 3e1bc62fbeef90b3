"""The package's shape: no import cycles, no function too complex to read."""

from __future__ import annotations

import ast
from pathlib import Path

import wgec_parse

PACKAGE = Path(wgec_parse.__file__).resolve().parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, name: str) -> set[str]:
    """The package modules ``path`` imports, anywhere in it (lazy imports included)."""
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("wgec_parse"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            if base.startswith("wgec_parse"):
                # "from wgec_parse import lexer" names the module, not the package.
                for alias in node.names:
                    found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
    return found


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def import_graph() -> dict[str, set[str]]:
    """Which package modules each module imports (a package's ``__init__`` counts only
    where the code names the package itself)."""
    return {
        name: {t for t in _imports(path, name) if t in MODULES and t != name}
        for name, path in MODULES.items()
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every import cycle, found by a depth-first search from each module."""
    found: list[list[str]] = []
    for start in sorted(graph):
        stack = [(start, [start])]
        while stack:
            node, path = stack.pop()
            for target in sorted(graph[node]):
                if target == start:
                    found.append(path)
                elif target not in path and target > start:
                    stack.append((target, [*path, target]))
    return found


def test_the_package_has_no_import_cycle() -> None:
    graph = import_graph()
    assert "wgec_parse.lexer" in graph
    assert "wgec_parse.roles.base" in graph["wgec_parse.roles.front"]
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_the_docs_list_the_context_rules_as_the_tables_have_them() -> None:
    from wgec_parse import roles

    docs = (PACKAGE.parent.parent / "docs" / "format.md").read_text("utf-8")
    shown = docs.split("<!-- rules:start -->\n", 1)[1].split("<!-- rules:end -->", 1)[0]
    assert shown == roles.rule_table(), "regenerate with wgec_parse.roles.rule_table()"


def test_every_rule_says_what_it_decides() -> None:
    from wgec_parse import roles

    for rule in (*roles.FRONT_RULES, *roles.BODY_RULES):
        assert rule.decide.__doc__, rule.name
