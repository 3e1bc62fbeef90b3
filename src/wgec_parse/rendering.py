"""Tree to text: the exact rendering and the clean rendering, both read off the walk."""

from __future__ import annotations

from wgec_parse.nodes import Document, Line, Node, clean_entries, iter_lines

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
