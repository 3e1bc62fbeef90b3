"""Front matter: cover lines and memo fields before the first question, clause or bullet."""

from __future__ import annotations

from typing import Final

from wgec_parse.folding import fold
from wgec_parse.markers import Kind
from wgec_parse.questions import match_wording
from wgec_parse.roles.base import Current, Decision, Reading, Role
from wgec_parse.roles.blocks import table_row
from wgec_parse.roles.headings import (
    heading_kind,
    references_question,
    styled_asks,
    topic_stands_alone,
)

__all__ = [
    "cover_line_stands_alone",
    "cover_table",
    "front_continuation",
    "front_cover",
    "front_end",
    "front_field",
    "in_front",
]


def front_end(reading: Reading) -> tuple[int, bool]:
    """Where the front matter ends, and whether it ends at a break after a field.

    It ends at the first line that can only be body: a numbered or keyword line, a
    bullet (not a lone "o" at the margin), a "1 -" or "A." heading, a line opening
    with a question's wording, a heading-styled line that heads a question
    (:func:`~wgec_parse.roles.headings.styled_asks`), or a topic heading standing alone
    (:func:`~wgec_parse.roles.headings.topic_stands_alone`), or a heading that names its
    question in brackets (:func:`~wgec_parse.roles.headings.references_question`).  With
    none, it ends after the last field (at the next break), or at the first text line
    when there is no field.
    """
    last_field = -1
    first_text = -1
    baseline = reading.layout.baseline
    for i, line in enumerate(reading.lines):
        if line is None:
            continue
        kind = line.kind
        if kind in (Kind.QKEY, Kind.DOTTED, Kind.LETTER, Kind.NUMBER):
            return i, False
        if kind == Kind.BULLET and (line.marker != "o" or len(line.indent) > baseline):
            return i, False
        if kind == Kind.DASHNUM and heading_kind(reading, i):
            return i, False
        if kind == Kind.TEXT and match_wording(line.text, reading.questions) is not None:
            return i, False
        if styled_asks(reading, i) or topic_stands_alone(reading, i):
            return i, False
        if references_question(reading, i):
            return i, False
        if kind == Kind.FIELD:
            last_field = i
        elif kind != Kind.NOISE and first_text < 0:
            first_text = i
    if last_field >= 0:
        return last_field + 1, True
    return (first_text if first_text >= 0 else len(reading.lines)), False


def cover_table(reading: Reading, line: Current) -> Decision | None:
    """In the front matter and the closing, a table is read as in the body (the
    ``table_row`` rule below): a run of two lines of a table's shape or more."""
    decision = table_row(reading, line)
    if decision is not None and decision.role == Role.TABLE:
        return _COVER_TABLE
    return decision


def in_front(reading: Reading, line: Current) -> bool:
    """Whether the line is in the front matter: before its end, or running on the last
    field's value without a break."""
    return line.index < reading.front_end or (
        reading.front_ends_at_break and reading.group_type == "FIELD" and not line.brk
    )


def salutation(reading: Reading, line: Current) -> Decision | None:
    """A letter's salutation written with a colon ("Dear colleagues:", "Estimados
    señores:", "Excelentísimo señor Presidente:", "Monsieur le Président :", "Уважаемые
    коллеги:", "尊敬的主席：") is a cover line, not a field: the letter that follows it is
    not its value."""
    label = line.parts.marker.rstrip(":： \u00a0")
    words = label.split(maxsplit=1)
    opens = fold(words[0]).strip(",") if words else ""
    if opens in _SALUTATIONS or label.startswith(_SALUTATION_PREFIXES):
        return _COVER
    return None


#: The first words of a salutation, folded.
_SALUTATIONS: Final = frozenset(
    fold(word)
    for word in (
        "Dear", "Hello", "Excellency", "Estimado", "Estimada", "Estimados", "Estimadas",
        "Distinguido", "Distinguida", "Distinguidos", "Distinguidas", "Señor", "Señora",
        "Señores", "Señoras", "Excelentísimo", "Excelentísima", "Excmo.", "Excma.",
        "Monsieur", "Madame", "Mesdames", "Messieurs", "Cher", "Chère", "Chers", "Chères",
        "Уважаемый", "Уважаемая", "Уважаемые", "السيد", "السيدة", "السادة", "حضرة", "سعادة",
    )
)  # fmt: skip
#: Salutations written without a space after their opening ("尊敬的主席").
_SALUTATION_PREFIXES: Final = ("尊敬的", "亲爱的")


def front_field(reading: Reading, line: Current) -> Decision | None:
    """A field line in the front matter starts a field ("Date: 05-12-2016")."""
    return _FIELD if line.parts.kind == Kind.FIELD else None


def cover_line_stands_alone(reading: Reading, line: Current) -> Decision | None:
    """A cover line that stops well short of the usual width (an organisation's name, a
    title, a place and date), followed without a break by a line that starts with a
    capital, ends its cover paragraph: the next line starts another.  A title
    in capitals that wraps in capitals stays one, and so does a signature after the
    answers."""
    full_line = reading.layout.full_line
    if not (
        full_line
        and reading.group_open
        and reading.group_type == Role.COVER
        and not reading.in_closing  # a signature's lines stay one paragraph
    ):
        return None
    last = reading.last_line()
    first = line.plain[:1]
    if (
        last is None
        or len(last.indent) + len(last.content) >= full_line
        or not first.isupper()
        or (last.content.isupper() and line.plain.isupper())
        or last.content.endswith(("-", ",", "\u00ad"))
    ):
        return None
    return _COVER


def front_continuation(reading: Reading, line: Current) -> Decision | None:
    """Any other front-matter line without a break before it continues the open field
    or cover paragraph (a wrapped value or title)."""
    if reading.group_open and not line.brk and reading.group_type in ("FIELD", "COVER"):
        return _CONTINUE
    return None


def front_cover(reading: Reading, line: Current) -> Decision | None:
    """Any other front-matter line starts a cover paragraph."""
    return _COVER


_FIELD: Final = Decision(Role.FIELD)
_CONTINUE: Final = Decision(Role.CONTINUE, demote=True)
_COVER: Final = Decision(Role.COVER, demote=True)
_COVER_TABLE: Final = Decision(Role.COVER_TABLE, open=False)
