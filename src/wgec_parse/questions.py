"""Question sets: the official wording of the questions a consultation asks."""

from __future__ import annotations

from typing import Final

import attrs

from wgec_parse.markers import fold

__all__ = ["WGEC2", "QuestionSet", "QuestionSpec", "match_wording"]


@attrs.frozen
class QuestionSpec:
    """One official question."""

    id: str  #: Stable identifier, e.g. "wgec2-q1".
    number: str  #: The number submissions use for it, e.g. "1".
    wording: str  #: The official wording.
    translations: tuple[str, ...] = ()  #: Official wording in other languages.

    @property
    def wordings(self) -> tuple[str, ...]:
        """The official wording followed by its translations."""
        return (self.wording, *self.translations)


@attrs.frozen
class QuestionSet:
    """The questions of one consultation."""

    name: str  #: Short name, e.g. "wgec2".
    questions: tuple[QuestionSpec, ...]  #: In official order.

    def by_number(self, number: str) -> QuestionSpec | None:
        """The question with this number, or None."""
        for q in self.questions:
            if q.number == number:
                return q
        return None


#: The two guiding questions agreed by the WGEC at its first meeting (30 September 2016).
WGEC2: Final = QuestionSet(
    name="wgec2",
    questions=(
        QuestionSpec(
            id="wgec2-q1",
            number="1",
            wording="What are the high level characteristics of enhanced cooperation?",
            translations=(
                "Quelles sont les caractéristiques de haut niveau de la coopération renforcée ?",
                "¿Cuáles son las características de alto nivel de la cooperación reforzada?",
                "Каковы основные характеристики расширенного сотрудничества?",
            ),
        ),
        QuestionSpec(
            id="wgec2-q2",
            number="2",
            wording=(
                "Taking into consideration the work of the previous WGEC and the Tunis "
                "Agenda, particularly paragraphs 69-71, what kind of recommendations "
                "should we consider?"
            ),
        ),
    ),
)

# How many leading words of a question's wording identify it in an unnumbered heading.
_OPENING_WORDS: Final = 6


def _openings() -> tuple[tuple[str, str], ...]:
    found = []
    for spec in WGEC2.questions:
        for wording in spec.wordings:
            words = fold(wording).split()
            found.append((" ".join(words[:_OPENING_WORDS]), spec.number))
    return tuple(found)


_WGEC2_OPENINGS: Final = _openings()


def match_wording(text: str) -> str | None:
    """The number of the WGEC-2 question whose wording ``text`` starts with, or None."""
    folded = fold(text[:200])
    for opening, number in _WGEC2_OPENINGS:
        if folded.startswith(opening):
            return number
    return None


# Short headings that name a question's topic instead of asking it
# ("1. High level characteristics", "2. Recommendations"), in the six UN languages.
_TOPICS: Final = (
    (
        "1",
        ("characteristic", "caracteristique", "caracteristica", "характеристик", "特征", "خصائص"),
    ),
    ("2", ("recommendation", "recommandation", "recomendacion", "рекомендаци", "建议", "توصيات")),
)
_TOPIC_MAX_WORDS: Final = 12


def match_topic(title: str) -> str | None:
    """The number of the WGEC-2 question a short topic heading names, or None.

    Only short titles that do not end a sentence count, so a numbered clause that
    happens to mention "recommendations" stays a clause.
    """
    folded = fold(title[:200])
    if not folded or len(folded.split()) > _TOPIC_MAX_WORDS or title.rstrip().endswith("."):
        return None
    for number, stems in _TOPICS:
        if any(stem in folded for stem in stems):
            return number
    return None
