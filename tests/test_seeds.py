"""The two seed submissions give exactly the structure their text shows."""

from __future__ import annotations

import pytest

import wgec_parse
from wgec_parse import BulletItem, Document, Noise

Q1_TITLE = "What are the high level characteristics of enhanced cooperation?"
Q2_TITLE = (
    "Taking into consideration the work of the previous WGEC and the Tunis Agenda, "
    "particularly paragraphs 69-71, what kind of recommendations should be considered?"
)
CLAUSE_1_1 = (
    "All governments should have an equal role and responsibility for international "
    "Internet governance and for ensuring the stability, security and continuity of the "
    "Internet."
)
BULLET = "\uf0b7"


@pytest.fixture(scope="module", params=["full", "body"])
def doc(request: pytest.FixtureRequest, seed_full_text: str, seed_body_text: str) -> Document:
    return wgec_parse.parse(seed_full_text if request.param == "full" else seed_body_text)


def test_front_matter_of_the_full_seed(seed_full_text: str) -> None:
    front = wgec_parse.parse(seed_full_text).front_matter
    assert front is not None
    assert front.submitted_by == "the Russian Federation"
    assert [(f.name, f.value) for f in front.fields if f.name != "DISCLAIMER"] == [
        ("Submitted by", "the Russian Federation"),
        ("Att.", "CSTD Secretariat"),
        ("To", "stdev@unctad.org"),
        ("From", "Russian Federation"),
        ("Date", "05-12-2016"),
        (
            "Subject",
            "The contributions of the Russian Federation to 2nd meeting of CSTD Working "
            "Group on Enhanced Cooperation",
        ),
    ]
    assert front.disclaimer is not None
    assert front.disclaimer.startswith("The views presented here are the contributors'")
    assert front.disclaimer.endswith("United Nations Conference on Trade and Development.")
    assert [p.text for p in front.cover] == [
        "UNITED NATIONS COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT",
        "Working Group on Enhanced Cooperation",
        "Contribution to the guiding questions agreed during first meeting of the WGEC",
    ]


def test_the_body_only_seed_has_no_front_matter(seed_body_text: str) -> None:
    assert wgec_parse.parse(seed_body_text).front_matter is None


def test_questions(doc: Document) -> None:
    assert [(q.number, q.marker, q.title) for q in doc.questions] == [
        ("1", "1)", Q1_TITLE),
        ("2", "2)", Q2_TITLE),
    ]


def test_question_1_holds_two_paragraphs_then_clauses(doc: Document) -> None:
    q1 = doc.questions[0]
    kinds = [type(b).__name__ for b in q1.body]
    assert kinds == ["Paragraph", "Paragraph"] + ["Clause"] * 5
    assert q1.paragraphs[0].text.startswith("The resolution A/70/125 reaffirmed")
    assert q1.paragraphs[0].text.endswith("have not been adequately addressed.")
    assert q1.paragraphs[1].text == (
        "The high level characteristics of enhanced cooperation have been clear defined "
        "the Tunis Agenda:"
    )
    assert [c.number for c in q1.clauses] == ["1.1", "1.2", "1.3", "1.4", "1.5"]
    assert q1.clauses[0].text == CLAUSE_1_1
    assert "globally-applicable principles" in q1.clauses[3].text
    assert q1.clauses[3].marker == "1.4"
    assert q1.clauses[3].head.gap == "  "


def test_question_2_clauses_in_order(doc: Document) -> None:
    q2 = doc.questions[1]
    assert [c.number for c in q2.clauses] == ["2.1", "2.2", "2.3", "2.4", "2.5", "2.5"]
    assert [type(b).__name__ for b in q2.body] == ["Clause"] * 6
    assert q2.clauses[3].text.endswith("regular wide multi-stakeholder discussions.")
    assert q2.clauses[3].text.startswith("Relevant international organizations")
    assert q2.clauses[4].head.gap == "   "


def _tree(items: tuple[BulletItem, ...]) -> list[tuple[str, str, list[object]]]:
    return [(i.glyph, i.text[:25], _tree(i.children)) for i in items]


def test_bullets_of_question_2(doc: Document, seed_body_text: str) -> None:
    lost = doc.questions[0].head.indent == " "  # the body-only seed lost its glyphs
    top = "" if lost else BULLET
    q2 = doc.questions[1]
    assert _tree(q2.clauses[0].bullets) == [
        (
            top,
            "consider and agreed recom",
            [("-", "the equal role and respon", []), ("-", "roles and responsibilitie", [])],
        ),
        (top, "define what is the subjec", []),
        (top, "recommend where these ite", []),
    ]
    assert (
        q2.clauses[0]
        .bullets[0]
        .text.endswith(
            "including globally-applicable principles on issues associated with the "
            "coordination and management of critical Internet resources, based on:"
        )
    )
    assert _tree(q2.clauses[1].bullets) == [
        ("-", "enhance cooperation betwe", []),
        ("-", "enhance cooperation betwe", []),
    ]
    assert [b.text for b in q2.clauses[2].bullets] == [
        "Infrastructural level",
        "Content level",
        "Social-economic development",
    ]
    for clause in q2.clauses[1:]:
        assert all(not b.children for b in clause.bullets)


def test_lost_glyph_lines_and_the_stray_url(seed_body_text: str) -> None:
    doc = wgec_parse.parse(seed_body_text)
    clause = doc.questions[1].clauses[0]
    assert [b.head.line for b in clause.bullets] == [70, 86, 90]
    assert [b.head.indent for b in clause.bullets] == [" ", " ", " "]
    assert clause.noise == (clause.lines[-1],)
    url = clause.noise[0]
    assert isinstance(url, Noise)
    assert url.line.line == 67
    assert url.text.startswith("https://mail.minsvyaz.ru/owa/redir.aspx?")
    # The noise does not split the clause: its text runs on both sides of nothing else.
    assert clause.text == (
        "Based on the abovementioned high level characteristics of enhanced cooperation "
        "WGEC-2 should:"
    )


def test_duplicate_clause_lines(seed_full_text: str, seed_body_text: str) -> None:
    for text, first, second in ((seed_full_text, 196, 200), (seed_body_text, 122, 126)):
        clauses = wgec_parse.parse(text).questions[1].clauses
        assert [c.head.line for c in clauses[4:]] == [first, second]
