"""A clean Markdown rendering of a submission, for people who read rather than compute.

* The submitter, when the front matter names one, is the ``#`` title; cover paragraphs
  follow as paragraphs, then its tables, and memo fields as a list of ``**Name:**
  value``.
* Each question is a ``##`` heading: ``## 2. Taking into consideration ...``.
* A top-level clause is a paragraph opening with its number as written, in bold
  (``**1.1** ...``), since Markdown's ordered lists cannot number "1.1"; sub-clauses are
  list items (``- **(a)** ...``) nested under it.
* Bullet items are ``-`` list items nested by their level; further paragraphs of a list
  item or sub-clause are indented under it.
* A table is a Markdown table (its first row the header where it has none marked); an
  item's table is indented under the item's content.
* Text is clean (wrapped lines joined, noise dropped) with Markdown's special
  characters escaped, so a submission's ``*`` or ``#`` shows as written.

Written from :func:`~wgec_parse.nodes.walk`, so deeply nested input cannot exhaust the
call stack.
"""

from __future__ import annotations

import re
from typing import Final

from wgec_parse.nodes import (
    BulletItem,
    BulletList,
    Clause,
    Closing,
    Document,
    Field,
    FrontMatter,
    Line,
    Node,
    Paragraph,
    Question,
    Table,
    walk,
)

__all__ = ["escape", "to_markdown"]

_INLINE: Final = re.compile(r"([\\`*_\[\]<>#|])")
# Line starts that Markdown would read as a list, quote, heading or rule.
_BLOCK_START: Final = re.compile(r"^(\s*)([-+=~]|\d{1,9}(?=[.)]))")
# Cells of a table row: " | " not preceded by a backslash.
_CELL_SEPARATOR: Final = re.compile(r"(?<!\\) \| ")
# What marks a block as a table this module wrote (its header's rule).
_TABLE_RULE: Final = "| --- |"
# Spaces per list level: the width of "- ", where an item's content starts.
_STEP: Final = "  "


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


def _front(front: FrontMatter | None) -> list[str]:
    if front is None:
        return []
    out: list[str] = []
    if front.submitted_by:
        out.append("# " + escape(front.submitted_by))
    out.extend(escape(p.text) for p in front.cover if p.text)
    out.extend(_table(t, "") for t in front.tables)
    out.extend(_fields(front.fields))
    return out


def _fields(fields: tuple[Field, ...]) -> list[str]:
    """A list of fields as one block, or none."""
    if not fields:
        return []
    return [
        "\n".join(
            f"- **{escape(f.name, line_start=False)}:** {escape(f.value, line_start=False)}"
            for f in fields
        )
    ]


def _closing(closing: Closing | None) -> list[str]:
    """The closing after a rule: its paragraphs, its tables, then its fields."""
    if closing is None:
        return []
    return [
        "---",
        *(escape(p.text) for p in closing.paragraphs if p.text),
        *(_table(t, "") for t in closing.tables),
        *_fields(closing.fields),
    ]


def to_markdown(node: Node) -> str:
    """The Markdown text of ``node`` (blocks separated by one blank line).

    ``node`` is a document or any node in one, shown as it would stand at the top of a
    document: a clause as a paragraph opening with its bold number, a bullet list or
    item as a list.  Noise and blank lines show nothing; a line shows its visible text.
    """
    if type(node) is Document:
        blocks = _front(node.front_matter)
        for top in (*node.body, *node.questions):
            _walk_into(blocks, top)
        blocks.extend(_closing(node.closing))
    elif type(node) is FrontMatter:
        blocks = _front(node)
    elif type(node) is Closing:
        blocks = _closing(node)
    elif type(node) is Field:
        blocks = _fields((node,))
    elif type(node) is Line:
        blocks = [escape(node.content)] if node.content else []
    else:
        blocks = [""] if type(node) is BulletItem else []  # the list block it adds to
        _walk_into(blocks, node)
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _walk_into(blocks: list[str], top: Node) -> None:
    """Add what ``top`` and the blocks under it show to ``blocks``."""
    for node, parents in walk(top, lines=False):
        _add(blocks, node, parents)


def _add(blocks: list[str], node: Node, parents: tuple[Node, ...]) -> None:
    """Add what ``node`` shows to ``blocks``: a block of its own, or, for a bullet item,
    a line of the list block its list opened.

    A clause inside ``n`` clauses is a list item at level ``n - 1`` (``n - 1`` steps
    in), and a top-level clause (level -1) is a paragraph.  A paragraph or list inside
    a clause sits under that clause's content, one step in from the clause's level; a
    nested bullet item one step more.
    """
    if type(node) is Question:
        number = f"{escape(node.number, line_start=False)}. " if node.number else ""
        blocks.append(f"## {number}{escape(node.title, line_start=False)}")
    elif type(node) is Paragraph:
        if _is_table_row(node.text):
            _add_row(blocks, _under(parents), node.text)
        elif node.text:
            blocks.append(_under(parents) + escape(node.text))
    elif type(node) is Table:
        items = sum(1 for p in parents if type(p) is BulletItem)
        if items:  # under the item's content, in its list's block, after an empty line
            blocks[-1] += "\n\n" + _table(node, _under(parents) + _STEP * items)
        else:
            blocks.append(_table(node, _under(parents)))
    elif type(node) is BulletList:
        blocks.append("")  # the items add their lines to it
    elif type(node) is BulletItem:
        nested = sum(1 for p in parents if type(p) is BulletItem)
        line = _under(parents) + _STEP * nested + "- " + escape(node.text)
        blocks[-1] = f"{blocks[-1]}\n{line}" if blocks[-1] else line
    elif type(node) is Clause:
        marker = escape(node.marker, line_start=False)
        head = f"**{marker}** {escape(node.text, line_start=False)}".rstrip()
        level = sum(1 for p in parents if type(p) is Clause) - 1
        blocks.append(head if level < 0 else _STEP * level + "- " + head)


def _table(table: Table, indent: str) -> str:
    """A Markdown table: the header row (the first row where the table has none, as
    Markdown tables need one), the delimiter row, the rows under it, each row as wide as
    the widest; a "|" in a cell escaped."""
    rows = table.rows
    width = max(table.columns, 1)
    lines = []
    for row in rows or ((),):
        cells = [escape(c, line_start=False) for c in row] + [""] * (width - len(row))
        lines.append(indent + "| " + " | ".join(cells) + " |")
    lines.insert(1, indent + "|" + "|".join(" --- " for _ in range(width)) + "|")
    return "\n".join(lines)


def _is_table_row(text: str) -> bool:
    """Whether a paragraph is a table row as the Word reader writes one: a single line
    ``| cell | cell |``."""
    return len(text) > 3 and text.startswith("| ") and text.endswith(" |") and "\n" not in text


def _add_row(blocks: list[str], indent: str, text: str) -> None:
    """Add a table row to the table ``blocks`` ends with, or start a table: its first
    row is the header (Markdown tables need one).  A ``|`` inside a cell is written
    ``\\|`` by the Word reader and stays escaped."""
    cells = [c.replace("\\|", "|") for c in _CELL_SEPARATOR.split(text[2:-2])]
    row = indent + "| " + " | ".join(escape(c, line_start=False) for c in cells) + " |"
    last = blocks[-1] if blocks else ""
    if last.startswith(indent + "| ") and _TABLE_RULE in last:
        blocks[-1] = f"{last}\n{row}"
    else:
        rule = indent + "|" + "|".join(" --- " for _ in cells) + "|"
        blocks.append(f"{row}\n{rule}")


def _under(parents: tuple[Node, ...]) -> str:
    """Where the content of the innermost clause of ``parents`` starts."""
    return _STEP * max(sum(1 for p in parents if type(p) is Clause) - 1, 0)
