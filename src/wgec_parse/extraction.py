"""Extracted text with its provenance: where in the original each line came from.

A reader of Word or PDF files gives the text the parser reads, and for each line of it
an *origin*, a short mark a person can find in the original:

- ``"¶12"``: paragraph 12 of a Word document's body (1-based, counting every body
  paragraph Word has, empty ones included, but not those inside tables);
- ``"table 1 r2"``: row 2 of the document's first table (a nested table is part of the
  row of the outer table it sits in);
- ``"note 3"``: the footnote or endnote whose mark Word shows as 3 (or ``iii``);
- ``"p3"``: page 3 of a PDF;
- ``"12"``: line 12 of a text file;
- ``""``: a line the reader added (the blank line between two paragraphs), found in no
  part of the original.
"""

from __future__ import annotations

import attrs

__all__ = ["Extraction"]


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

    def lines(self) -> list[tuple[str, str]]:
        """(origin, line) pairs, in order."""
        return list(zip(self.origins, self.text.splitlines(), strict=True))
