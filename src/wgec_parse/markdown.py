"""A clean Markdown rendering of a submission, for people who read rather than compute.

* The submitter, when the front matter names one, is the ``#`` title; cover paragraphs
  follow as paragraphs and memo fields as a list of ``**Name:** value``.
* Each question is a ``##`` heading: ``## 2. Taking into consideration ...``.
* A top-level clause is a paragraph opening with its number as written, in bold
  (``**1.1** ...``), since Markdown's ordered lists cannot number "1.1"; sub-clauses are
  list items (``- **(a)** ...``) nested under it.
* Bullet items are ``-`` list items nested by their level; further paragraphs of a list
  item or sub-clause are indented under it.
* Text is clean (wrapped lines joined, noise dropped) with Markdown's special
  characters escaped, so a submission's ``*`` or ``#`` shows as written.

The walk uses an explicit stack, so deeply nested input cannot exhaust the call stack.
"""

from __future__ import annotations

import re
from typing import Final

from wgec_parse.nodes import (
    BulletItem,
    BulletList,
    Clause,
    Document,
    Field,
    Paragraph,
    Question,
)

__all__ = ["escape", "to_markdown"]

_INLINE: Final = re.compile(r"([\\`*_\[\]<>#|])")
# Line starts that Markdown would read as a list, quote, heading or rule.
_BLOCK_START: Final = re.compile(r"^(\s*)([-+=~]|\d{1,9}(?=[.)]))")
# Spaces per list level: the width of "- ", where an item's content starts.
_STEP: Final = "  "

_Node = Paragraph | BulletList | Clause | Question


def escape(text: str, *, line_start: bool = True) -> str:
    """``text`` with Markdown's inline syntax escaped, and, when it starts a line (or a
    list item's content), the syntax of a line start too ("1." or "-" opening a list)."""
    text = _INLINE.sub(r"\\\1", text)
    match = _BLOCK_START.match(text) if line_start else None
    if match:
        if match.group(2).isdigit():  # "1." or "2)": escape the punctuation after it
            end = match.end()
            text = text[:end] + "\\" + text[end:]
        else:
            text = text[: match.start(2)] + "\\" + text[match.start(2) :]
    return text


def _front(document: Document) -> list[str]:
    front = document.front_matter
    if front is None:
        return []
    out: list[str] = []
    if front.submitted_by:
        out.append("# " + escape(front.submitted_by))
    out.extend(escape(p.text) for p in front.cover if p.text)
    fields = [b for b in front.blocks if isinstance(b, Field)]
    if fields:
        out.append(
            "\n".join(
                f"- **{escape(f.name, line_start=False)}:** {escape(f.value, line_start=False)}"
                for f in fields
            )
        )
    return out


def to_markdown(document: Document) -> str:
    """The Markdown text of ``document`` (blocks separated by one blank line)."""
    blocks = _front(document)
    # Stack entries: (node, list level).  Level -1 is the top level (not in a list); a
    # list item or sub-clause at level n is indented n steps, its content n + 1 steps, and
    # a bullet list under a node at level n is at level n + 1.
    stack: list[tuple[_Node, int]] = [(q, -1) for q in reversed(document.questions)]
    stack.extend((b, -1) for b in reversed(document.body))
    while stack:
        node, level = stack.pop()
        pad = _STEP * (level + 1)  # where this level's content starts
        if isinstance(node, Question):
            number = f"{escape(node.number, line_start=False)}. " if node.number else ""
            blocks.append(f"## {number}{escape(node.title, line_start=False)}")
            stack.extend((b, -1) for b in reversed(node.body))
        elif isinstance(node, Paragraph):
            if node.text:
                blocks.append(pad + escape(node.text))
        elif isinstance(node, BulletList):
            blocks.append(_items(node.items, level + 1))
        else:
            marker = escape(node.marker, line_start=False)
            head = f"**{marker}** {escape(node.text, line_start=False)}".rstrip()
            blocks.append(head if level < 0 else _STEP * level + "- " + head)
            # Paragraphs and bullet lists of the clause sit under its content; its
            # sub-clauses are list items one level deeper.
            stack.extend(
                (b, level + 1 if isinstance(b, Clause) else level) for b in reversed(node.body)
            )
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _items(items: tuple[BulletItem, ...], level: int) -> str:
    """A (tight) Markdown list of ``items`` at ``level``, nested items indented."""
    lines: list[str] = []
    stack = [(item, level) for item in reversed(items)]
    while stack:
        item, depth = stack.pop()
        lines.append(_STEP * depth + "- " + escape(item.text))
        stack.extend((child, depth + 1) for child in reversed(item.children))
    return "\n".join(lines)
