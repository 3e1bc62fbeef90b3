"""A readable, indented outline of a document's structure."""

from __future__ import annotations

from wgec_parse.nodes import (
    BulletItem,
    BulletList,
    Clause,
    Closing,
    Document,
    Field,
    FrontMatter,
    Node,
    Noise,
    Paragraph,
    Question,
    Table,
    glyph_name,
    walk,
)

__all__ = ["glyph_name", "outline"]


def _snippet(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."


def outline(node: Node, *, text: bool = False, width: int = 72) -> str:
    """One line per block, two spaces per level of nesting; ``node`` is a document or
    any node in one (its own entry, if it has one, at the first level).

    Entries: ``front``, ``field NAME: VALUE``, ``question N: TITLE``, ``paragraph``,
    ``table RxC: HEADER`` (rows under the header by columns, the header's cells),
    ``clause N``, ``bullet GLYPH``, ``noise LINE``.  A block's noise comes first under
    it, then its children.  With ``text=True`` paragraphs, clauses and bullets also show
    the start of their text.
    """
    out: list[str] = []
    for current, parents in walk(node):
        entry = _entry(current, width if text else None)
        if entry is not None:
            # A bullet list is no level of its own: its items stand where it stands.
            levels = sum(
                1 for p in parents if type(p) is not Document and type(p) is not BulletList
            )
            out.append("  " * levels + entry)
    return "\n".join(out) + ("\n" if out else "")


def _entry(node: Node, width: int | None) -> str | None:
    """The outline entry of ``node``, with up to ``width`` characters of its text."""
    if type(node) is FrontMatter:
        return "front"
    if type(node) is Closing:
        return "closing"
    if type(node) is Noise:
        return f"noise {node.line.line}"
    if type(node) is Field:
        return f"field {node.name}: {node.value}"
    if type(node) is Question:
        return f"question {node.number or '-'}: {node.title}"
    if type(node) is Table:
        return f"table {node.shape}: {_snippet(node.title, width or 72)}"
    if type(node) is Paragraph:
        label = "paragraph"
    elif type(node) is Clause:
        label = f"clause {node.number}"
    elif type(node) is BulletItem:
        label = f"bullet {glyph_name(node.glyph)}"
    else:  # the document, lists and lines have no entry
        return None
    return label if width is None else f"{label}: {_snippet(node.text, width)}"
