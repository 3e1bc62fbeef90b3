"""A compilation of inputs by question: who said what on each question of a consultation.

:func:`read_compilation` reads a folder (as ``batch`` does, in worker processes) and
keeps each document's answers in reading order; :func:`write_compilation` writes them
as Word (.docx), Markdown (.md) or HTML (.html):

* a title, then for each question of the set a level-1 heading ("Question 1: ...");
* under it, every document that answers it, ordered by document id, headed (level 2)
  by its submitter, or its file name where the document does not say who sent it;
* the answer as written: paragraphs, clauses opening with their number as written
  ("1.10", "(a)"), bullet items as bulleted lists, nested as in the original;
* then the documents that do not answer the question, by name;
* after the questions, answers under headings that match no question of the set and
  text written before the first question heading (so that nothing read is left out),
  and the files that could not be read.

In Word the headings use the built-in "Title", "Heading 1" and "Heading 2" styles and
bullets the built-in "List Bullet", "List Bullet 2" and "List Bullet 3", so the file
takes the look of any template and gets a navigation pane.  Clauses are paragraphs
that start with their number in bold, indented by level: Word's "List Number" style
would number them again (1, 2, 3...) instead of keeping "2.5" or "(b)" as written.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Final

import attrs

from wgec_parse.answers import Piece
from wgec_parse.batch import (
    BatchOptions,
    DocumentInfo,
    FileResult,
    Inputs,
    QuestionAnswer,
    read_inputs,
    split_results,
)
from wgec_parse.language import direction
from wgec_parse.limits import BATCH_TIME_LIMIT
from wgec_parse.markdown import escape
from wgec_parse.nodes import table_cells
from wgec_parse.questions import WGEC2, QuestionSet, QuestionSpec

__all__ = [
    "FORMATS",
    "Compilation",
    "Contribution",
    "compilation_from",
    "compilation_html",
    "compilation_markdown",
    "read_compilation",
    "write_compilation",
    "write_docx",
]

#: The output formats, by file name ending.
FORMATS: Final = (".docx", ".md", ".html")
# Word's list styles by nesting level (deeper levels use the last).
_BULLET_STYLES: Final = ("List Bullet", "List Bullet 2", "List Bullet 3")
_UNMATCHED_TITLE: Final = "Answers under headings that match no question"
_BEFORE_TITLE: Final = "(text before the first question heading)"


@attrs.frozen
class Contribution:
    """One document read, with its answers in reading order."""

    document: str  #: The document id (its file name with extension).
    path: str  #: The file.
    submitter: str  #: Who submitted it, or "".
    answers: tuple[QuestionAnswer, ...]  #: Every heading's answer ("" title: before them).

    @property
    def name(self) -> str:
        """What heads its answers: the submitter, or the document id if unknown."""
        return self.submitter or self.document

    def answer_to(self, question_id: str) -> tuple[Piece, ...]:
        """The pieces of every answer filed under ``question_id``, in reading order."""
        return tuple(
            piece for a in self.answers if a.question_id == question_id for piece in a.pieces
        )

    def unmatched(self) -> list[QuestionAnswer]:
        """Answers under headings that match no question, and text before the first."""
        return [a for a in self.answers if not a.question_id and a.pieces]


@attrs.frozen
class Compilation:
    """Every contribution of a consultation and the files that could not be read."""

    questions: QuestionSet  #: The question set answers are filed under.
    contributions: tuple[Contribution, ...]  #: Ordered by document id.
    errors: tuple[tuple[str, str], ...] = ()  #: (path, why) of files not read.
    title: str = "Compilation of inputs"  #: The document's title.

    def answering(self, spec: QuestionSpec) -> list[tuple[Contribution, tuple[Piece, ...]]]:
        """The contributions that answer ``spec``, each with its answer."""
        found = [(c, c.answer_to(spec.id)) for c in self.contributions]
        return [(c, pieces) for c, pieces in found if pieces]

    def silent_on(self, spec: QuestionSpec) -> list[Contribution]:
        """The contributions that give no answer to ``spec``."""
        return [c for c in self.contributions if not c.answer_to(spec.id)]


def read_compilation(
    inputs: Iterable[str | os.PathLike[str]] | Inputs,
    questions: QuestionSet = WGEC2,
    *,
    jobs: int = 1,
    time_limit: float | None = BATCH_TIME_LIMIT,
    progress: Callable[[int, int, FileResult], None] | None = None,
) -> Compilation:
    """Read every file of ``inputs`` (folders searched as ``batch`` searches them)."""
    options = BatchOptions(questions=questions, json=False, pieces=True)
    found, results = read_inputs(
        inputs, options, jobs=jobs, time_limit=time_limit, progress=progress
    )
    return compilation_from(results, questions, found)


def compilation_from(
    results: Iterable[FileResult], questions: QuestionSet = WGEC2, found: Inputs | None = None
) -> Compilation:
    """The compilation of results read with ``BatchOptions(pieces=True)``
    (:func:`wgec_parse.batch.read_files`); the entries ``found`` left out are errors."""
    contributions, errors = split_results(results, _contribution, found)
    contributions.sort(key=lambda c: c.document)
    return Compilation(questions, tuple(contributions), errors)


def _contribution(result: FileResult, info: DocumentInfo) -> Contribution:
    return Contribution(result.document, result.path, result.submitter, info.answers)


def _question_heading(spec: QuestionSpec) -> str:
    return f"Question {spec.number}: {spec.wording}"


def _unmatched_heading(answer: QuestionAnswer) -> str:
    if not answer.title:
        return _BEFORE_TITLE
    return f"{answer.written}. {answer.title}" if answer.written else answer.title


# --- Markdown ---------------------------------------------------------------------------


def _cells(piece: Piece) -> list[tuple[str, ...]]:
    """The rows of a table piece, each its cells (a row a line of its text)."""
    return [table_cells(row) for row in piece.text.split("\n")]


def _markdown_table(piece: Piece) -> str:
    """A table piece as a Markdown table, its first row the header."""
    rows = _cells(piece)
    width = max(len(row) for row in rows)
    lines = [
        "| "
        + " | ".join([escape(c, line_start=False) for c in row] + [""] * (width - len(row)))
        + " |"
        for row in rows
    ]
    lines.insert(1, "|" + "|".join(" --- " for _ in range(width)) + "|")
    return "\n".join(lines)


def _markdown_pieces(pieces: Sequence[Piece]) -> Iterator[str]:
    previous = ""
    for piece in pieces:
        if piece.kind == "bullet":
            if previous and previous != "bullet":
                yield ""
            yield "  " * piece.level + "- " + escape(piece.text, line_start=False)
        else:
            if previous:
                yield ""
            if piece.kind == "clause":
                marker = escape(piece.marker, line_start=False)
                text = f"**{marker}** {escape(piece.text, line_start=False)}".rstrip()
            elif piece.kind == "table":
                text = _markdown_table(piece)
            else:
                text = escape(piece.text)
            yield text
        previous = piece.kind
    yield ""


def compilation_markdown(compilation: Compilation) -> str:
    """The compilation as Markdown (text escaped; bullets as nested ``-`` lists)."""
    out = [f"# {escape(compilation.title)}", ""]
    for spec in compilation.questions.questions:
        out += [f"## {escape(_question_heading(spec))}", ""]
        for contribution, pieces in compilation.answering(spec):
            out += [f"### {escape(contribution.name)}", ""]
            out += _markdown_pieces(pieces)
        silent = compilation.silent_on(spec)
        if silent:
            names = "; ".join(escape(c.name, line_start=False) for c in silent)
            out += [f"*No answer from:* {names}", ""]
    others = [c for c in compilation.contributions if c.unmatched()]
    if others:
        out += [f"## {escape(_UNMATCHED_TITLE)}", ""]
        for contribution in others:
            out += [f"### {escape(contribution.name)}", ""]
            for answer in contribution.unmatched():
                out += [f"*{escape(_unmatched_heading(answer), line_start=False)}*", ""]
                out += _markdown_pieces(answer.pieces)
    if compilation.errors:
        out += ["## Files not read", ""]
        out += [
            f"- {escape(path, line_start=False)}: {escape(why, line_start=False)}"
            for path, why in compilation.errors
        ]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# --- HTML -------------------------------------------------------------------------------

_CSS: Final = """
body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.45; color: #1b1b1b; }
h1 { font-size: 1.8rem; } h2 { font-size: 1.35rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.1rem; margin-bottom: .3rem; color: #0b4f8a; }
.clause-number { font-weight: bold; }
.silent { color: #555; font-style: italic; }
table { border-collapse: collapse; margin: .5rem 0; }
td { border: 1px solid #ccc; padding: .2rem .5rem; vertical-align: top; }
"""


def _html_pieces(pieces: Sequence[Piece]) -> Iterator[str]:
    depth = 0  # open <ul> elements
    base = 0
    for piece in pieces:
        if piece.kind == "bullet":
            want = piece.level - base + 1
            if depth == 0:
                base, want = piece.level, 1
            while depth < want:
                yield "<ul>"
                depth += 1
            while depth > want:
                yield "</ul>"
                depth -= 1
            yield f'<li dir="{direction(piece.text)}">{html.escape(piece.text)}</li>'
            continue
        while depth:
            yield "</ul>"
            depth -= 1
        indent = f' style="margin-left: {1.5 * piece.level:g}em"' if piece.level else ""
        if piece.kind == "table":
            yield _html_table(piece, indent)
            continue
        text = html.escape(piece.text)
        if piece.kind == "clause":
            marker = html.escape(piece.marker)
            text = f'<span class="clause-number">{marker}</span> {text}'
        yield f'<p dir="{direction(piece.text)}"{indent}>{text}</p>'
    while depth:
        yield "</ul>"
        depth -= 1


def _html_table(piece: Piece, indent: str) -> str:
    """A table piece as an HTML table, a row a line of its text."""
    rows = "".join(
        "<tr>" + "".join(f'<td dir="{direction(c)}">{html.escape(c)}</td>' for c in row) + "</tr>"
        for row in _cells(piece)
    )
    return f"<table{indent}>{rows}</table>"


def _html_name(contribution: Contribution) -> str:
    e = html.escape
    return (
        f'<h3 dir="{direction(contribution.name)}" title="{e(contribution.document)}">'
        f"{e(contribution.name)}</h3>"
    )


def compilation_html(compilation: Compilation) -> str:
    """The compilation as one self-contained HTML page (text escaped, inline CSS)."""
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8">',
        f"<title>{e(compilation.title)}</title>",
        f"<style>{_CSS}</style></head>",
        "<body>",
        f"<h1>{e(compilation.title)}</h1>",
    ]
    for spec in compilation.questions.questions:
        out.append(f'<section id="{e(spec.id)}"><h2>{e(_question_heading(spec))}</h2>')
        for contribution, pieces in compilation.answering(spec):
            out.append(_html_name(contribution))
            out += _html_pieces(pieces)
        silent = compilation.silent_on(spec)
        if silent:
            names = "; ".join(e(c.name) for c in silent)
            out.append(f'<p class="silent">No answer from: {names}</p>')
        out.append("</section>")
    others = [c for c in compilation.contributions if c.unmatched()]
    if others:
        out.append(f'<section id="unmatched"><h2>{e(_UNMATCHED_TITLE)}</h2>')
        for contribution in others:
            out.append(_html_name(contribution))
            for answer in contribution.unmatched():
                out.append(f"<p><em>{e(_unmatched_heading(answer))}</em></p>")
                out += _html_pieces(answer.pieces)
        out.append("</section>")
    if compilation.errors:
        out.append('<section id="not-read"><h2>Files not read</h2><ul>')
        out += [f"<li>{e(path)}: {e(why)}</li>" for path, why in compilation.errors]
        out.append("</ul></section>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


# --- Word -------------------------------------------------------------------------------


def _right_to_left(paragraph: Any, text: str) -> Any:
    """Lay ``paragraph`` out right to left (Word's w:bidi) when ``text`` is Arabic."""
    if direction(text) == "rtl":
        from docx.oxml import OxmlElement

        paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
    return paragraph


def _docx_table(doc: Any, piece: Piece) -> None:
    """A table piece as a Word table, a row a line of its text."""
    rows = _cells(piece)
    table = doc.add_table(rows=len(rows), cols=max(len(row) for row in rows))
    table.style = "Table Grid"
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=False):
            cell.text = text


def _docx_pieces(doc: Any, pieces: Sequence[Piece], cm: Callable[[float], Any]) -> None:
    for piece in pieces:
        if piece.kind == "table":
            _docx_table(doc, piece)
            continue
        if piece.kind == "bullet":
            style = _BULLET_STYLES[min(piece.level, len(_BULLET_STYLES) - 1)]
            _right_to_left(doc.add_paragraph(piece.text, style=style), piece.text)
            continue
        paragraph = _right_to_left(doc.add_paragraph(), piece.text)
        if piece.kind == "clause":
            paragraph.add_run(piece.marker).bold = True
            if piece.text:
                paragraph.add_run(" " + piece.text)
        else:
            paragraph.add_run(piece.text)
        if piece.level:
            paragraph.paragraph_format.left_indent = cm(0.75 * piece.level)


def write_docx(compilation: Compilation, path: str | os.PathLike[str]) -> None:
    """Write the compilation as a Word file (needs python-docx: the ``compile`` extra)."""
    try:
        import docx
        from docx.shared import Cm
    except ImportError:
        from wgec_parse.loaders import MissingExtraError

        raise MissingExtraError(
            "writing .docx needs python-docx: pip install 'wgec-parse[compile]'", os.fspath(path)
        ) from None
    doc: Any = docx.Document()
    doc.core_properties.title = compilation.title
    doc.add_heading(compilation.title, level=0)
    for spec in compilation.questions.questions:
        doc.add_heading(_question_heading(spec), level=1)
        for contribution, pieces in compilation.answering(spec):
            _right_to_left(doc.add_heading(contribution.name, level=2), contribution.name)
            _docx_pieces(doc, pieces, Cm)
        silent = compilation.silent_on(spec)
        if silent:
            note = doc.add_paragraph()
            note.add_run("No answer from: ").italic = True
            note.add_run("; ".join(c.name for c in silent))
    others = [c for c in compilation.contributions if c.unmatched()]
    if others:
        doc.add_heading(_UNMATCHED_TITLE, level=1)
        for contribution in others:
            doc.add_heading(contribution.name, level=2)
            for answer in contribution.unmatched():
                doc.add_paragraph().add_run(_unmatched_heading(answer)).italic = True
                _docx_pieces(doc, answer.pieces, Cm)
    if compilation.errors:
        doc.add_heading("Files not read", level=1)
        for file, why in compilation.errors:
            doc.add_paragraph(f"{file}: {why}", style="List Bullet")
    doc.save(os.fspath(path))


def write_compilation(compilation: Compilation, path: str | os.PathLike[str]) -> None:
    """Write the compilation in the format its file name ends with (:data:`FORMATS`)."""
    name = os.fspath(path)
    suffix = os.path.splitext(name)[1].lower()
    if suffix == ".docx":
        write_docx(compilation, name)
        return
    if suffix == ".md":
        text = compilation_markdown(compilation)
    elif suffix in (".html", ".htm"):
        text = compilation_html(compilation)
    else:
        raise ValueError(f"{name}: the output must end with {', '.join(FORMATS)}")
    with open(name, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
