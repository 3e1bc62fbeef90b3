"""The front matter: is there one, who submitted, and is the memo date a date."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import Final

from wgec_parse.markers import fold
from wgec_parse.nodes import Field, Position
from wgec_parse.rules.base import Diagnostic, rule
from wgec_parse.rules.context import Context

__all__ = ["date_readings"]

# Field names that say who submitted, in the six UN languages (folded).

# Field names that hold a date (folded, matched as whole words).
_DATE_WORDS: Final = ("date", "dated", "fecha", "дата", "日期", "التاريخ")
_DATE_NAMES: Final = frozenset(("sent", "submitted on", "received"))

_NUMERIC: Final = re.compile(r"(?<!\d)(\d{1,4})([-/.])(\d{1,2})\2(\d{2,4})(?!\d)")
_MONTHS: Final = {
    fold(name): number
    for number, names in enumerate(
        (
            "january janvier enero января январь",
            "february fevrier febrero февраля февраль",
            "march mars marzo марта март",
            "april avril abril апреля апрель",
            "may mai mayo мая май",
            "june juin junio июня июнь",
            "july juillet julio июля июль",
            "august aout agosto августа август",
            "september septembre septiembre setiembre сентября сентябрь",
            "october octobre octubre октября октябрь",
            "november novembre noviembre ноября ноябрь",
            "december decembre diciembre декабря декабрь",
        ),
        start=1,
    )
    for name in names.split()
}
_ENGLISH_MONTHS: Final = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_MONTH: Final = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR: Final = re.compile(rf"(?<!\d)(\d{{1,2}}) (?:de )?({_MONTH}) (?:de )?(\d{{4}})")
_MONTH_DAY_YEAR: Final = re.compile(rf"(?<![^\W\d_])({_MONTH}) (\d{{1,2}}) (\d{{4}})")
_CJK: Final = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _year(text: str) -> int:
    value = int(text)
    return value + 2000 if len(text) == 2 else value


def date_readings(value: str) -> tuple[str, tuple[datetime.date, ...]] | None:
    """The first date written in ``value`` and the valid dates it can mean.

    Returns ``(as_written, readings)``: no reading means it is no date at all
    (31-02-2016); two mean it is ambiguous (05-12-2016); None means no date was found.
    """
    m = _NUMERIC.search(value)
    if m is not None:
        a, _, b, c = m.groups()
        if len(a) == 4:  # ISO order, year first
            found = _date(int(a), int(b), int(c))
            return m.group(), tuple(d for d in (found,) if d is not None)
        if len(c) == 3:
            return None
        year = _year(c)
        dmy = _date(year, int(b), int(a))
        mdy = _date(year, int(a), int(b))
        readings = tuple(dict.fromkeys(d for d in (dmy, mdy) if d is not None))
        return m.group(), readings
    m = _CJK.search(value)
    if m is not None:
        found = _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return m.group(), tuple(d for d in (found,) if d is not None)
    folded = fold(value)
    m = _DAY_MONTH_YEAR.search(folded)
    if m is not None:
        found = _date(int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1)))
        return m.group(), tuple(d for d in (found,) if d is not None)
    m = _MONTH_DAY_YEAR.search(folded)
    if m is not None:
        found = _date(int(m.group(3)), _MONTHS[m.group(1)], int(m.group(2)))
        return m.group(), tuple(d for d in (found,) if d is not None)
    return None


def _is_date_field(field: Field) -> bool:
    name = fold(field.name)
    return name in _DATE_NAMES or any(w in name.split() for w in _DATE_WORDS)


@rule("missing-front-matter", "info", "The document has no cover or memo fields.")
def missing_front_matter(ctx: Context) -> Iterator[Diagnostic]:
    if ctx.doc.front_matter is not None or not ctx.lines:
        return
    yield missing_front_matter.finding(
        "There is no cover page or memo header before the first answer saying who "
        "submitted this contribution and when.",
        *ctx.first_span,
    )


@rule("missing-submitter", "info", "Nothing in the document says who submitted it.")
def missing_submitter(ctx: Context) -> Iterator[Diagnostic]:
    if not ctx.lines or ctx.doc.submitter is not None:
        return
    yield missing_submitter.finding(
        'No field such as "Submitted by" or "Country" says who submitted this contribution.',
        *ctx.first_span,
    )


def _date_fields(ctx: Context) -> Iterator[tuple[Field, str, tuple[datetime.date, ...]]]:
    front = ctx.doc.front_matter
    if front is None:
        return
    for field in front.fields:
        if not _is_date_field(field):
            continue
        found = date_readings(field.value)
        if found is not None:
            yield field, found[0], found[1]


def _value_span(field: Field) -> tuple[Position, Position]:
    head = field.head
    return Position(head.line, head.text_column), head.end


@rule("ambiguous-date", "info", "A numeric date reads as two dates (05-12-2016).")
def ambiguous_date(ctx: Context) -> Iterator[Diagnostic]:
    for field, written, readings in _date_fields(ctx):
        if len(readings) != 2:
            continue
        first, second = (f"{d.day} {_ENGLISH_MONTHS[d.month - 1]} {d.year}" for d in readings)
        yield ambiguous_date.finding(
            f"The date {written} can be read as {first} (day first) or as {second} (month first).",
            *_value_span(field),
        )


@rule("invalid-date", "warning", "A date field holds a date that does not exist (31-02-2016).")
def invalid_date(ctx: Context) -> Iterator[Diagnostic]:
    for field, _written, readings in _date_fields(ctx):
        if readings:
            continue
        yield invalid_date.finding(
            f'The {field.name} field says "{field.value}", which is no valid date in any '
            "order of day and month.",
            *_value_span(field),
        )
