"""Tree to text: the exact rendering and the clean rendering, both read off the walk."""

from __future__ import annotations

from wgec_parse.nodes import (
    BulletItem,
    Clause,
    Document,
    Field,
    Line,
    Node,
    Paragraph,
    Question,
    iter_lines,
    walk,
)

__all__ = ["render", "render_clean"]


def render(node: Node) -> str:
    """The exact text of ``node``: ``render(parse(s)) == s`` for every string ``s``."""
    parts: list[str] = []
    for line in iter_lines(node):
        if isinstance(line, Line):
            parts += (line.indent, line.marker, line.gap, line.text, line.trailing_ws, line.eol)
        else:
            parts += (line.ws, line.eol)
    text = "".join(parts)
    if type(node) is Document and node.bom:
        return "\ufeff" + text
    return text


def render_clean(document: Document) -> str:
    """Normalised text: one line per block, single-spaced, wraps joined, noise dropped.

    Markers and glyphs are kept as written (a lost glyph becomes "-"); nesting is shown
    by two spaces per level (a clause's body and a bullet's nested items are one level
    in); blocks are separated by one empty line.
    """
    out: list[str] = []
    for node, parents in walk(document, lines=False):
        if type(node) is Paragraph:
            text = node.text
        elif type(node) is Field:
            text = f"{node.name}: {node.value}"
        elif type(node) is Question:
            text = _headed(node.marker, node.title)
        elif type(node) is Clause:
            text = _headed(node.marker, node.text)
        elif type(node) is BulletItem:
            text = f"{node.glyph or '-'} {node.text}"
        else:  # the document, front matter, lists and noise show no line
            continue
        levels = sum(1 for p in parents if type(p) is Clause or type(p) is BulletItem)
        out.append("  " * levels + text)
    return "\n\n".join(out) + ("\n" if out else "")


def _headed(marker: str, text: str) -> str:
    return f"{marker} {text}" if marker else text
