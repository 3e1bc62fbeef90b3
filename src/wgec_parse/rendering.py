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

__all__ = ["clean_entries", "render", "render_clean"]


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


def render_clean(node: Node) -> str:
    """Normalised text: one line per block, single-spaced, wraps joined, noise dropped.

    Markers and glyphs are kept as written (a lost glyph becomes "-"); nesting is shown
    by two spaces per level (a clause's body and a bullet's nested items are one level
    in); blocks are separated by one empty line.  ``node`` is a document or any node in
    one, its own block at the first level; noise and blank lines give "", a line its
    visible text.
    """
    out = clean_entries(node)
    return "\n\n".join(out) + ("\n" if out else "")


def clean_entries(node: Node) -> list[str]:
    """The lines of :func:`render_clean`, one per block, indented, without separators."""
    if type(node) is Line:
        return [node.content] if node.content else []
    out: list[str] = []
    for current, parents in walk(node, lines=False):
        text = _clean_entry(current)
        if text is not None:
            levels = sum(1 for p in parents if type(p) is Clause or type(p) is BulletItem)
            out.append("  " * levels + text)
    return out


def _clean_entry(node: Node) -> str | None:
    """The clean line of a block; None for what shows no line (the document, front
    matter, closing, lists, noise)."""
    if type(node) is Paragraph:
        return node.text
    if type(node) is Field:
        return f"{node.name}: {node.value}"
    if type(node) is Question:
        return _headed(node.marker, node.title)
    if type(node) is Clause:
        return _headed(node.marker, node.text)
    if type(node) is BulletItem:
        return f"{node.glyph or '-'} {node.text}"
    return None


def _headed(marker: str, text: str) -> str:
    return f"{marker} {text}" if marker else text
