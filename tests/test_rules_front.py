"""Front-matter rules: missing cover, missing submitter, ambiguous and invalid dates."""

from __future__ import annotations

import datetime

import pytest

import wgec_parse
from wgec_parse.rules.front import date_readings
from wgec_parse.validation import Diagnostic, validate

Q1_HEADING = "1) What are the high level characteristics of enhanced cooperation?"

BODY = "1) What are the high level characteristics of enhanced cooperation?\nThey are clear.\n"


def found(text: str, code: str) -> list[Diagnostic]:
    return validate(wgec_parse.parse(text), select=[code])


D = datetime.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("05-12-2016", ("05-12-2016", (D(2016, 12, 5), D(2016, 5, 12)))),
        ("12/12/2016", ("12/12/2016", (D(2016, 12, 12),))),
        ("30/09/2016 17:42", ("30/09/2016", (D(2016, 9, 30),))),
        ("09.30.16", ("09.30.16", (D(2016, 9, 30),))),
        ("31-02-2016", ("31-02-2016", ())),
        ("13-13-2016", ("13-13-2016", ())),
        ("2016-12-05", ("2016-12-05", (D(2016, 12, 5),))),
        ("2016-13-01", ("2016-13-01", ())),
        ("Friday, 30 September 2016 16:05", ("30 september 2016", (D(2016, 9, 30),))),
        ("31 September 2016", ("31 september 2016", ())),
        ("December 5, 2016", ("december 5 2016", (D(2016, 12, 5),))),
        ("30 de septiembre de 2016", ("30 de septiembre de 2016", (D(2016, 9, 30),))),
        ("5 декабря 2016 года", ("5 декабря 2016", (D(2016, 12, 5),))),
        ("2016年9月30日", ("2016年9月30日", (D(2016, 9, 30),))),
        ("1er août 2016", None),  # "1er" is no day number we read
        ("to be confirmed", None),
        ("05-12-201", None),
    ],
)
def test_date_readings(value: str, expected: object) -> None:
    assert date_readings(value) == expected


def test_ambiguous_date_spans_the_value() -> None:
    text = "Submitted by: Examplia\nDate:   05-12-2016\n\n" + BODY
    (d,) = found(text, "ambiguous-date")
    # "Date:" then three spaces: the value starts at column 9 and ends at column 19.
    assert (d.line, d.column, d.end_column, d.severity) == (2, 9, 19, "info")
    assert "5 December 2016" in d.message
    assert "12 May 2016" in d.message


@pytest.mark.parametrize(
    "name", ["Date", "Date of submission", "Fecha", "Дата", "Sent", "Submitted on"]
)
def test_date_fields_by_name(name: str) -> None:
    text = f"Submitted by: Examplia\n{name}: 31-02-2016\n\n" + BODY
    assert [d.line for d in found(text, "invalid-date")] == [2]


def test_a_date_outside_a_date_field_is_not_checked() -> None:
    text = "Submitted by: Examplia\nReference: 31-02-2016\n\n" + BODY
    assert found(text, "invalid-date") == []


def test_front_matter_and_submitter() -> None:
    (missing,) = found(BODY, "missing-front-matter")
    assert (missing.line, missing.severity) == (1, "info")
    assert [d.line for d in found(BODY, "missing-submitter")] == [1]
    assert found("Contribution of Examplia\n\n" + BODY, "missing-front-matter") == []
    for field in (
        "Submitted by: X",
        "Organization: X",
        "Представлено: X",
        "提交方: X",
        "Country: X",
    ):
        assert found(f"{field}\n\n" + BODY, "missing-submitter") == [], field
    # A document with nothing in it has no first line to point at, and no finding.
    assert found("", "missing-front-matter") == []
    assert found("", "missing-submitter") == []


def test_invalid_date_quotes_the_value_as_written() -> None:
    text = "Submitted by: Examplia\nDate: Friday, 31 September 2016\n\n" + BODY
    (d,) = found(text, "invalid-date")
    assert '"Friday, 31 September 2016"' in d.message
    assert (d.line, d.column, d.end_column) == (2, 7, 32)


@pytest.mark.parametrize(
    "salutation",
    [
        "Dear colleagues:",
        "Estimados señores:",
        "Excelentísimo señor Presidente:",
        "Monsieur le Président :",
        "Уважаемые коллеги:",
        "尊敬的主席：",
        "السادة أعضاء الفريق العامل:",
    ],
)
def test_a_salutation_with_a_colon_is_a_cover_line_not_a_field(salutation: str) -> None:
    text = f"{salutation}\n\nWe send our views.\n\n{Q1_HEADING}\nText.\n"
    front = wgec_parse.parse(text).front_matter
    assert front is not None
    assert front.fields == ()
    assert [p.text for p in front.paragraphs] == [salutation, "We send our views."]


def test_a_memo_field_is_still_a_field() -> None:
    text = f"Date: 5 December 2016\n\n{Q1_HEADING}\nText.\n"
    front = wgec_parse.parse(text).front_matter
    assert front is not None
    assert [(f.name, f.value) for f in front.fields] == [("Date", "5 December 2016")]


@pytest.mark.parametrize(
    ("field", "under", "runs_on"),
    [
        ("Email: policy@example.org", "29 December 2016, Geneva", False),
        ("电子邮箱：policy@example.org", "2016年12月29日，香港", False),
        ("Website: https://example.org", "Geneva, Switzerland", False),
        ("E-mail: <policy@example.org>", "Jane Example", False),
        # An address cut at the line's end, or a value that is more than an address.
        ("Website: https://example.org/submissions/", "wgec-2016.html", True),
        ("Email: policy@example.org", "and info@example.org", True),
        ("Contact: Jane Example, policy@example.org", "Geneva, Switzerland", True),
    ],
)
def test_a_field_whose_value_is_an_address_ends_with_its_line(
    field: str, under: str, runs_on: bool
) -> None:
    text = f"{Q1_HEADING}\nText.\n\nContact person: Jane Example\n{field}\n{under}\n"
    document = wgec_parse.parse(text)
    assert wgec_parse.render(document) == text
    assert document.closing is not None
    contact, found = document.closing.fields
    assert contact.value == "Jane Example"
    assert (under in found.value) is runs_on
