"""iter_answers(): one row per clause, loose text per question, usable from pandas."""

from __future__ import annotations

from pathlib import Path

import pandas
import pytest

import wgec_parse
from wgec_parse.answers import Answer, answers, iter_answers, question_match
from wgec_parse.nodes import Clause, Document

from .conftest import FIXTURES, SEED_FULL, read_exact

Q1 = "What are the high level characteristics of enhanced cooperation?"
Q2 = (
    "Taking into consideration the work of the previous WGEC and the Tunis Agenda, "
    "what kind of recommendations should we consider?"
)
TEXT = f"""\
Submitted by: Republic of Testland

- a general remark before the questions

1) {Q1}
We see three.
1.1 Equal footing for all governments:
• in international fora
    - at the UN
• with all stakeholders
(a) a sub-point of 1.1
(b) another sub-point
1.2 Openness.

It matters a lot.

2) {Q2}
No recommendations at this stage.
"""


def test_rows_follow_the_document() -> None:
    rows = list(answers(wgec_parse.parse(TEXT), "in/testland.txt"))
    base = ("in/testland.txt", "testland.txt", "Republic of Testland")
    q1 = ("wgec2-q1", "1", "1", "number", Q1)
    assert rows == [
        Answer(*base, "", "", "", "none", "", "", "- a general remark before the questions", 3),
        Answer(*base, *q1, "", "We see three.", 6),
        Answer(
            *base,
            *q1,
            "1.1",
            "Equal footing for all governments:\n"
            "- in international fora\n  - at the UN\n- with all stakeholders",
            7,
        ),
        Answer(*base, *q1, "a", "a sub-point of 1.1", 11),
        Answer(*base, *q1, "b", "another sub-point", 12),
        Answer(*base, *q1, "1.2", "Openness.\nIt matters a lot.", 13),
        Answer(
            *base, "wgec2-q2", "2", "2", "number", Q2, "", "No recommendations at this stage.", 18
        ),
    ]


def all_clauses(document: Document) -> list[Clause]:
    found: list[Clause] = []
    stack = [b for q in document.questions for b in q.body] + list(document.body)
    while stack:
        block = stack.pop()
        if isinstance(block, Clause):
            found.append(block)
            stack.extend(block.body)
    return found


def test_every_clause_of_every_fixture_has_one_row_at_its_line() -> None:
    paths = sorted(FIXTURES.rglob("*.txt"))
    assert paths
    docs = [(p, wgec_parse.parse_file(p)) for p in paths]
    rows_of: dict[str, list[Answer]] = {}
    for row in iter_answers(docs):
        rows_of.setdefault(row.path, []).append(row)
    for path, document in docs:
        mine = [r for r in rows_of.get(str(path), []) if r.clause]
        assert len(mine) == len(all_clauses(document)), path
        lines = read_exact(path).replace("\r\n", "\n").replace("\r", "\n").split("\n")
        # A flattened line holds several clauses: the clauses at each line.
        written: dict[int, list[Clause]] = {}
        for c in all_clauses(document):
            written.setdefault(c.head.line, []).append(c)
        for row in mine:
            # The row names its clause by number ("2.1" for "2/1") at the line that
            # holds the clause's number as written.
            clause = next(c for c in written[row.line] if c.number == row.clause)
            assert clause.marker in lines[row.line - 1], (path, row)


def test_seed_rows_name_the_submitter_and_both_questions() -> None:
    rows = list(iter_answers([(SEED_FULL, wgec_parse.parse_file(SEED_FULL))]))
    assert {r.submitter for r in rows} == {"the Russian Federation"}
    assert [r.clause for r in rows if r.question == "2"] == [
        "2.1",
        "2.2",
        "2.3",
        "2.4",
        "2.5",
        "2.5",
    ]
    # Question 1 opens with two paragraphs outside any clause: one loose row, first.
    assert [r.clause for r in rows if r.question == "1"] == ["", "1.1", "1.2", "1.3", "1.4", "1.5"]


def test_documents_without_paths_are_numbered() -> None:
    rows = list(iter_answers([wgec_parse.parse(TEXT), wgec_parse.parse(TEXT)]))
    assert {(r.path, r.document) for r in rows} == {("", "0"), ("", "1")}


def test_rows_load_into_pandas(tmp_path: Path) -> None:
    frame = pandas.DataFrame(list(iter_answers([("t.txt", wgec_parse.parse(TEXT))])))
    assert list(frame.columns) == list(Answer._fields)
    assert frame.loc[frame.clause == "1.2", "line"].tolist() == [13]
    assert frame.groupby("question").size().to_dict() == {"": 1, "1": 5, "2": 1}


def test_rows_are_immutable() -> None:
    row = next(iter_answers([wgec_parse.parse(TEXT)]))
    assert row._asdict()["line"] == 3
    with pytest.raises(AttributeError):
        row.line = 4  # type: ignore[misc]


@pytest.mark.parametrize(
    ("heading", "number"),
    [
        ("On the second question", "2"),
        ("Sur la première question :", "1"),
        ("По второму вопросу", "2"),
        ("فيما يتعلق بالسؤال الثاني", "2"),
        ("关于第一个问题：", "1"),
        ("对第二个问题的回答：", "2"),
    ],
)
def test_a_lead_phrase_numbers_its_question_without_a_marker(heading: str, number: str) -> None:
    (question,) = wgec_parse.parse(f"{heading}\n\nAn answer of ours.\n").questions
    assert (question.marker, question.title, question.number) == ("", heading, number)
    assert question.numbered
    match = question_match(question)
    assert match.spec is not None
    assert match.spec.number == number
    assert match.how == "number"
