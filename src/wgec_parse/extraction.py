"""Extracted text with its provenance: where in the original each line came from.

A reader of Word, PDF or form-export files gives the text the parser reads, and for each line of it
an *origin*, a short mark a person can find in the original:

- ``"¶12"``: paragraph 12 of a Word document's body (1-based, counting every body
  paragraph Word has, empty ones included, but not those inside tables);
- ``"table 1 r2"``: row 2 of the document's first table (a nested table is part of the
  row of the outer table it sits in);
- ``"note 3"``: the footnote or endnote whose mark Word shows as 3 (or ``iii``);
- ``"p3"``: page 3 of a PDF;
- ``"r2 c7"``: the cell of a form or spreadsheet export at row 2, column 7, as a
  spreadsheet numbers them (the header row is row 1, column 1 is A; see
  :mod:`wgec_parse.forms`);
- ``"12"``: line 12 of a text file;
- ``""``: a line the reader added (the blank line between two paragraphs), found in no
  part of the original.

:class:`Origins` gives the same marks per line *as the parser counts lines* (at LF, CRLF
or CR only, where ``str.splitlines`` also splits at form feeds and other separators), so
that a finding's line number finds its origin (:func:`origin_of_line`).
"""

from __future__ import annotations

import attrs

__all__ = ["Extraction", "Origins", "origin_of_line"]


def _check_origins(instance: Extraction, attribute: object, origins: tuple[str, ...]) -> None:
    lines = len(instance.text.splitlines())
    if len(origins) != lines:
        raise ValueError(f"{len(origins)} origins for {lines} lines of text")


@attrs.frozen
class Extraction:
    """The text a reader extracted, and one origin per line of it.

    ``origins[i]`` is the origin of ``text.splitlines()[i]`` (see the module's
    documentation for the forms); both have the same length, which the constructor
    checks.
    """

    #: The text the parser reads.
    text: str
    #: One origin per line of :attr:`text`.
    origins: tuple[str, ...] = attrs.field(validator=_check_origins)
    #: Indexes (0-based, as in :attr:`origins`) of the lines the original styled as
    #: headings (a Word heading style), ascending.
    headings: tuple[int, ...] = ()

    def lines(self) -> list[tuple[str, str]]:
        """(origin, line) pairs, in order."""
        return list(zip(self.origins, self.text.splitlines(), strict=True))

    def heading_lines(self) -> tuple[int, ...]:
        """The parser line numbers (1-based, lines ending at LF, CRLF or CR) of the
        lines in :attr:`headings`: what :func:`~wgec_parse.parse` takes as
        ``heading_lines``."""
        if not self.headings:
            return ()
        wanted = set(self.headings)
        out: list[int] = []
        number = 1
        for index, piece in enumerate(self.text.splitlines(keepends=True)):
            if index in wanted and (not out or out[-1] != number):
                out.append(number)
            if piece.endswith(("\n", "\r")):
                number += 1
        return tuple(out)


@attrs.frozen
class Origins:
    """The origin of each line of a parsed text, as the parser numbers lines.

    ``lines[n - 1]`` is the origin of parser line ``n``; a line that ``str.splitlines``
    cuts into several pieces (a PDF line holding a form feed) takes the first origin of
    its pieces that is not ``""``.  Empty for a text file, whose line numbers already say
    where each line is (:func:`wgec_parse.loaders.load_with_origins`).
    """

    #: One origin per parser line, in order.
    lines: tuple[str, ...] = ()

    @classmethod
    def of_extraction(cls, extraction: Extraction) -> Origins:
        """The origins of ``extraction``'s text, per parser line."""
        out: list[str] = []
        current = ""
        open_line = False
        pieces = extraction.text.splitlines(keepends=True)
        for piece, origin in zip(pieces, extraction.origins, strict=True):
            current = current or origin
            open_line = True
            if piece.endswith(("\n", "\r")):
                out.append(current)
                current, open_line = "", False
        if open_line:
            out.append(current)
        return cls(tuple(out))

    def of(self, line: int) -> str:
        """The origin of 1-based parser line ``line``; ``""`` when it has none (a line
        the reader added, a line past the end, a text file's line)."""
        if 1 <= line <= len(self.lines):
            return self.lines[line - 1]
        return ""

    def __bool__(self) -> bool:
        """Whether any line has an origin."""
        return any(self.lines)


def origin_of_line(extraction: Extraction, line_number: int) -> str:
    """The origin of line ``line_number`` (1-based, as the parser and findings count
    lines) of ``extraction``'s text; ``""`` when it has none.

    Builds :class:`Origins` each time: for many look-ups, build it once with
    :meth:`Origins.of_extraction`.
    """
    return Origins.of_extraction(extraction).of(line_number)
