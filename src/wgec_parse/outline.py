"""A readable, indented outline of a document's structure."""

from __future__ import annotations

from wgec_parse.nodes import (
    BulletItem,
    BulletList,
    Clause,
    Document,
    Field,
    Noise,
    Paragraph,
    Question,
)

__all__ = ["glyph_name", "outline"]

_Entry = Paragraph | Field | Noise | Question | Clause | BulletList | BulletItem


def glyph_name(glyph: str) -> str:
    """A printable name for a bullet glyph: private-use ones as ``U+F0B7``, a lost one
    as ``(lost)``."""
    if not glyph:
        return "(lost)"
    if len(glyph) == 1 and "\ue000" <= glyph <= "\uf8ff":
        return f"U+{ord(glyph):04X}"
    return glyph


def _snippet(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."


def outline(document: Document, *, text: bool = False, width: int = 72) -> str:
    """One line per block, two spaces per level of nesting.

    Entries: ``front``, ``field NAME: VALUE``, ``question N: TITLE``, ``paragraph``,
    ``clause N``, ``bullet GLYPH``, ``noise LINE``.  A block's noise comes first under
    it, then its children.  With ``text=True`` paragraphs, clauses and bullets also show
    the start of their text.
    """
    out: list[str] = []
    stack: list[tuple[_Entry, int]] = []
    if document.front_matter is not None:
        out.append("front")
        stack.extend((b, 1) for b in document.front_matter.blocks)
    stack.extend((b, 0) for b in document.body)
    stack.extend((q, 0) for q in document.questions)
    stack.reverse()
    while stack:
        node, depth = stack.pop()
        pad = "  " * depth
        if isinstance(node, BulletList):
            stack.extend((item, depth) for item in reversed(node.items))
            continue
        if isinstance(node, Noise):
            out.append(f"{pad}noise {node.line.line}")
            continue
        children: list[_Entry] = list(node.noise)
        if isinstance(node, Field):
            out.append(f"{pad}field {node.name}: {node.value}")
        elif isinstance(node, Question):
            out.append(f"{pad}question {node.number or '-'}: {node.title}")
            children.extend(node.body)
        else:
            if isinstance(node, Paragraph):
                label = "paragraph"
            elif isinstance(node, Clause):
                label = f"clause {node.number}"
                children.extend(node.body)
            else:
                label = f"bullet {glyph_name(node.glyph)}"
                children.extend(node.children)
            out.append(pad + label + (f": {_snippet(node.text, width)}" if text else ""))
        stack.extend((child, depth + 1) for child in reversed(children))
    return "\n".join(out) + ("\n" if out else "")
