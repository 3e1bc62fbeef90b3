"""The rule tables' index: a rule is asked only about the lines it can decide (its
context, fresh or running, and its terminals)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wgec_parse
from wgec_parse import roles
from wgec_parse.markers import KINDS
from wgec_parse.nodes import Field
from wgec_parse.questions import QUESTION_END, asks
from wgec_parse.roles import FRESH, RUNNING, Current, Decision, Reading
from wgec_parse.roles.base import Rule, RuleFunction

from .conftest import FIXTURES


def _texts() -> Iterator[Path]:
    yield from sorted(FIXTURES.glob("*.txt"))
    yield from sorted((FIXTURES / "styles").glob("*.txt"))
    yield from sorted((FIXTURES / "validate").glob("*.txt"))
    yield from sorted((FIXTURES / "consultation").glob("*.txt"))


TEXTS = list(_texts())


def _checked(rule: Rule, seen: list[str]) -> RuleFunction:
    """The rule's function, failing if it decides a line of the other context or of a
    terminal it does not look at."""

    def decide(reading: Reading, line: Current) -> Decision | None:
        decision = rule.decide(reading, line)
        fresh = line.brk or not reading.group_open
        if rule.context is not None or rule.terminals is not None:
            seen.append(rule.name)
        if decision is not None and rule.context is not None:
            assert rule.context == (FRESH if fresh else RUNNING), (rule.name, line.index)
        if decision is not None and rule.terminals is not None:
            assert line.parts.terminal in rule.terminals, (rule.name, line.index)
        return decision

    return decide


class _Unindexed(dict[tuple[str, str, bool], tuple[RuleFunction, ...]]):
    """Every rule of a table asked about every line of its kinds, fresh or running,
    whatever its terminal."""

    def __init__(self, rules: tuple[Rule, ...], seen: list[str]) -> None:
        super().__init__()
        self.by_kind = {
            kind: tuple(
                _checked(rule, seen) for rule in rules if rule.kinds is None or kind in rule.kinds
            )
            for kind in KINDS
        }

    def __missing__(self, key: tuple[str, str, bool]) -> tuple[RuleFunction, ...]:
        return self.by_kind[key[0]]


def test_texts_are_found() -> None:
    assert len(TEXTS) > 100


def test_a_rule_decides_only_lines_of_its_context(monkeypatch: pytest.MonkeyPatch) -> None:
    """Asked about every line, a rule marked fresh or running decides none of the
    other context, and every text reads as it does through the index."""
    expected = [wgec_parse.parse_file(p) for p in TEXTS]
    seen: list[str] = []
    monkeypatch.setattr(roles, "_FRONT", _Unindexed(roles.FRONT_RULES, seen))
    monkeypatch.setattr(roles, "_BODY", _Unindexed(roles.BODY_RULES, seen))
    got = [wgec_parse.parse_file(p) for p in TEXTS]
    assert got == expected
    marked = {
        r.name
        for r in (*roles.FRONT_RULES, *roles.BODY_RULES)
        if r.context is not None or r.terminals is not None
    }
    assert marked
    assert set(seen) == marked  # every marked rule was asked


def test_the_table_shows_each_rules_context() -> None:
    table = roles.rule_table()
    assert "| body | `running_text` | text (running) |" in table
    assert "| body | `wording_heading` | any (fresh) |" in table
    assert "| body | `bullet` | bullet |" in table
    assert "| body | `courtesy_close` | text: `TEXT_COURTESY` |" in table


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What are the characteristics?", True),
        ("What are the characteristics ?»", True),
        ('...cooperation?"', True),
        ("是什么？", True),
        ("ما هي الخصائص؟", True),
        ("(what?) ", True),
        ("What are the characteristics.", False),
        ("Is it so? Yes", False),
        ("(see above)", False),
        ("", False),
    ],
)
def test_asks(text: str, expected: bool) -> None:
    assert asks(text) is expected


@given(st.text(alphabet=st.sampled_from(list("ab ?？؟\"'”’»)]\t\u00a0\u2028\n\x0b.")), max_size=12))
def test_asks_is_the_question_end_search(text: str) -> None:
    assert asks(text) is (QUESTION_END.search(text) is not None)


ABOUT_HEAD = "Example Network\n\n1. Characteristics of enhanced cooperation\n\nIt is open.\n\n"


@pytest.mark.parametrize(
    ("title", "questions", "closes"),
    [
        # A note about the writers after the last answer closes the text.
        ("About the Centre\nThe Centre is an independent unit.\n", 1, True),
        # A title that names a question's topic heads that question.
        ("About the recommendations\n\nAn annual report by the CSTD.\n", 2, False),
    ],
)
def test_an_about_title_closes_unless_it_names_a_question(
    title: str, questions: int, closes: bool
) -> None:
    document = wgec_parse.parse(ABOUT_HEAD + title)
    assert len(document.questions) == questions
    assert (document.closing is not None) == closes


@pytest.mark.parametrize(
    "note",
    [
        "This submission was prepared by the Example Policy Team.",
        "Cette contribution a été rédigée par l'équipe du Réseau.",
        "Esta aportación fue elaborada por el equipo de la Red.",
        "Настоящий документ подготовлен сотрудниками Центра.",
    ],
)
def test_a_note_on_who_prepared_the_text_closes_it(note: str) -> None:
    # After the last answer, before a page's comments (fixture 440).
    tail = "\n1 comment\nJane said on 3 January 2017: Well put, especially the second point.\n"
    document = wgec_parse.parse(ABOUT_HEAD + "\n" + note + "\n" + tail)
    assert document.closing is not None
    assert note in wgec_parse.render(document.closing)


@pytest.mark.parametrize(
    ("line", "closes"),
    [
        # A short sentence that asks the reader to write to an address (fixture 443).
        ("For questions about this submission, please write to policy@example.org.", True),
        ("Para cualquier consulta, escriba a politica@example.org.", True),
        ("Pour toute question : contact@example.org", True),
        ("По вопросам обращайтесь: info@example.ru", True),
        ("The Institute is independent. Contact: Dr A. Example, a@example.org", True),
        # ... not a sentence of the answer that merely holds an address.
        ("Our members e-mail us at desk@example.org about these issues every week.", False),
        ("For questions about this submission, please write to the secretariat.", False),
    ],
)
def test_a_sentence_that_says_where_to_write_closes_the_text(line: str, closes: bool) -> None:
    document = wgec_parse.parse(ABOUT_HEAD + "\n" + line + "\n\nTags: WGEC, CSTD\n")
    assert document.closing is not None
    assert (line in wgec_parse.render(document.closing)) is closes


@pytest.mark.parametrize(
    ("line", "closes"),
    [
        # A short line alone that says which body approved the text (fixture 672).
        ("Approved by the Board of the Association.", True),
        ("Adoptée par le Conseil d'administration le 20 décembre 2016.", True),
        ("Aprobado por la Junta Directiva.", True),
        # ... not a sentence of the answer that opens so and goes on.
        (
            "Adopted by the General Assembly in 2005, the Agenda still guides us. It is clear.",
            False,
        ),
        ("Approved by many governments: a voluntary fund.", False),
    ],
)
def test_a_line_that_says_who_approved_the_text_closes_it(line: str, closes: bool) -> None:
    document = wgec_parse.parse(ABOUT_HEAD + "\n" + line + "\n\nJane Example\nDirector\n")
    closing = wgec_parse.render(document.closing) if document.closing is not None else ""
    assert (line in closing) is closes


@pytest.mark.parametrize(
    "attribution",
    [
        # A reply's attribution line over the quoted message (fixtures 673, 674).
        "On Mon, Dec 5, 2016 at 10:04 AM, CSTD Secretariat <cstd@unctad.org> wrote:",
        "Le 05/12/2016 à 10:04, Secrétariat de la CSTD a écrit :",
        "El lun., 5 dic. 2016 a las 10:04, Secretaría CSTD (<cstd@unctad.org>) escribió:",
        "5 дек. 2016 г., в 10:04, Секретариат КНТР <cstd@unctad.org> написал(а):",
        "在 2016年12月5日 10:04，CSTD秘书处 <cstd@unctad.org> 写道：",
        # "wrote" before the sender, as Arabic mail writes it (fixture 1018).
        "في الأربعاء، 30 نوفمبر 2016 في 10:00 ص، كتب CSTD Secretariat <stdev@unctad.org>:",
    ],
)
def test_a_replys_attribution_line_closes_the_text(attribution: str) -> None:
    text = ABOUT_HEAD + attribution + "\n> 1. What are the high level characteristics?\n"
    document = wgec_parse.parse(text)
    assert document.closing is not None
    assert attribution in wgec_parse.render(document.closing)
    assert not any(isinstance(block, Field) for block in document.closing.blocks)


@pytest.mark.parametrize(
    "line",
    [
        "On this point, the Tunis Agenda of 2005 wrote:",
        "As the Chair wrote in 2016:",
    ],
)
def test_a_sentence_that_leads_into_a_quotation_does_not_close_the_text(line: str) -> None:
    document = wgec_parse.parse(ABOUT_HEAD + line + "\n\n“Enhanced cooperation ...”\n")
    assert document.closing is None
