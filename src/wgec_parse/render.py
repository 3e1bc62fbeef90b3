"""Tree to text: the exact rendering (a plain walk) and the clean rendering."""

from __future__ import annotations

from collections.abc import Iterator

from wgec_parse.nodes import (
    Blank,
    BulletItem,
    BulletList,
    Clause,
    Document,
    Field,
    FrontMatter,
    Line,
    Noise,
    Paragraph,
    Question,
)

__all__ = ["Node", "iter_lines", "render", "render_clean"]

#: Anything :func:`render` accepts.
Node = (
    Document
    | FrontMatter
    | Field
    | Paragraph
    | Question
    | Clause
    | BulletList
    | BulletItem
    | Noise
    | Line
    | Blank
)


def _children(node: Node) -> tuple[Node, ...]:
    """What a node owns, in document order (its lines first, then its body)."""
    if isinstance(node, Document):
        front: tuple[Node, ...] = (node.front_matter,) if node.front_matter else ()
        return (*front, *node.body, *node.questions, *node.trailing)
    if isinstance(node, FrontMatter):
        return node.blocks
    if isinstance(node, (Question, Clause)):
        return (*node.lines, *node.body)
    if isinstance(node, BulletItem):
        return (*node.lines, *node.children)
    if isinstance(node, BulletList):
        return node.items
    if isinstance(node, (Paragraph, Field)):
        return node.lines
    if isinstance(node, Noise):
        return (node.line,)
    raise TypeError(f"cannot render {type(node).__name__}")


def iter_lines(node: Node) -> Iterator[Line | Blank]:
    """Every physical line a node owns, in document order (no recursion)."""
    stack: list[Node] = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, Line):
            yield from current.leading
            yield current
        elif isinstance(current, Blank):
            yield current
        else:
            stack.extend(reversed(_children(current)))


def render(node: Node) -> str:
    """The exact text of ``node``: ``render(parse(s)) == s`` for every string ``s``."""
    parts: list[str] = []
    add = parts.extend
    stack: list[Node] = [node]
    pop, push = stack.pop, stack.extend
    while stack:
        current = pop()
        if type(current) is Line or isinstance(current, Line):
            for blank in current.leading:
                add((blank.ws, blank.eol))
            add(
                (
                    current.indent,
                    current.marker,
                    current.gap,
                    current.text,
                    current.trailing_ws,
                    current.eol,
                )
            )
        elif isinstance(current, Blank):
            add((current.ws, current.eol))
        else:
            push(reversed(_children(current)))
    text = "".join(parts)
    if isinstance(node, Document) and node.bom:
        return "\ufeff" + text
    return text


def render_clean(document: Document) -> str:
    """Normalised text: one line per block, single-spaced, wraps joined, noise dropped.

    Markers and glyphs are kept as written (a lost glyph becomes "-"); nesting is shown
    by two spaces per level; blocks are separated by one empty line.
    """
    out: list[str] = []
    stack: list[tuple[Node, int]] = []
    if document.front_matter is not None:
        stack.extend((b, 0) for b in document.front_matter.blocks)
    stack.extend((b, 0) for b in document.body)
    stack.extend((q, 0) for q in document.questions)
    stack.reverse()
    while stack:
        node, depth = stack.pop()
        pad = "  " * depth
        if isinstance(node, Paragraph):
            out.append(pad + node.text)
        elif isinstance(node, Field):
            out.append(f"{pad}{node.name}: {node.value}")
        elif isinstance(node, (Question, Clause)):
            head = node.title if isinstance(node, Question) else node.text
            out.append(pad + (f"{node.marker} {head}" if node.marker else head))
            inner = 0 if isinstance(node, Question) else depth + 1
            stack.extend((b, inner) for b in reversed(node.body))
        elif isinstance(node, BulletList):
            stack.extend((i, depth) for i in reversed(node.items))
        elif isinstance(node, BulletItem):
            out.append(f"{pad}{node.glyph or '-'} {node.text}")
            stack.extend((c, depth + 1) for c in reversed(node.children))
    return "\n\n".join(out) + ("\n" if out else "")
