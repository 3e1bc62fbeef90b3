"""Question sets: the official wording of the questions a consultation asks."""

from __future__ import annotations

import errno
import functools
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

import attrs

from wgec_parse.errors import WgecError
from wgec_parse.folding import UNSPACED, fold, starts_unspaced
from wgec_parse.lazyre import LazyPattern

__all__ = [
    "BUILTIN_QUESTION_SETS",
    "CLOSERS",
    "FORM_OWN_ROWS",
    "OPENING_QUOTES",
    "QUESTION_END",
    "WGEC2",
    "QuestionMatch",
    "QuestionSet",
    "QuestionSetError",
    "QuestionSpec",
    "asks",
    "best_similarity",
    "folded_words",
    "load_question_set",
    "match_code",
    "match_heading",
    "match_label",
    "match_restated",
    "match_subject",
    "match_wording",
    "question_set",
    "title_words",
    "wording_similarity",
    "words_similarity",
]

#: How a form's closing invitation to comment ("Any other comments"), or its question
#: of consent to publication, opens (folded): a row of the form's own, no guiding
#: question.
FORM_OWN_ROWS: Final = tuple(
    fold(words)
    for words in (
        "Any other comment", "Any further comment", "Any additional comment",
        "Other comment", "Additional comment", "Further comment", "Anything else",
        "Autres commentaires", "Autre commentaire", "Commentaires supplémentaires",
        "Commentaires additionnels", "Otros comentarios", "Comentarios adicionales",
        "Other observations", "Other remarks", "Additional remarks", "Autres observations",
        "Autres remarques", "Remarques complémentaires", "Observations complémentaires",
        "Otras observaciones",
        "Observaciones adicionales", "Другие комментарии", "Дополнительные комментарии",
        "Иные комментарии", "Другие замечания", "Прочие замечания", "Дополнительные замечания",
        "Иные замечания", "Прочие комментарии", "Иные соображения", "Другие соображения",
        "تعليقات أخرى",
        "ملاحظات أخرى", "تعليقات إضافية", "ملاحظات إضافية", "其他意见", "其他评论", "补充意见",
        "其他建议", "其他说明",
        # Consent to publication: a form's own question, never a guiding one.
        "Do you agree", "Do you consent", "I agree", "I consent", "Consent",
        "Acceptez-vous", "J'accepte", "Autorisez-vous", "Acepta", "Acepto", "Autoriza",
        "Autorizo", "Согласны ли вы", "Согласен", "Согласие", "هل توافق", "أوافق",
        "是否同意", "同意公开",
    )
)  # fmt: skip


@attrs.frozen
class QuestionSpec:
    """One official question."""

    id: str  #: Stable identifier, e.g. "wgec2-q1".
    number: str  #: The number submissions use for it, e.g. "1".
    wording: str  #: The official wording.
    translations: tuple[str, ...] = ()  #: Official wording in other languages.
    #: Folded word stems that name the question in a short topic heading
    #: ("2. Recommendations"), in any language; a stem ending with "$" names it only at
    #: the heading's end ("should recommend$": "What the Group should recommend", not
    #: "It should recommend a fund").
    topics: tuple[str, ...] = ()
    #: Translations made for matching headings, not official texts.
    matching: tuple[str, ...] = ()
    #: Folded phrases naming what the question asks about ("enhanced cooperation"): an
    #: unnumbered short heading standing alone that names one, and no question's
    #: topic, names the question ("What enhanced cooperation should look like").
    subjects: tuple[str, ...] = ()

    @property
    def wordings(self) -> tuple[str, ...]:
        """The official wording, its official translations, then those made for
        matching."""
        return (self.wording, *self.translations, *self.matching)


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

    def by_wording(self, title: str) -> QuestionSpec | None:
        """The question whose wording (or a translation) ``title`` reads as, or None.

        The best match wins if it is close enough (see :func:`wording_similarity`).
        """
        best: QuestionSpec | None = None
        best_score = _MATCH_MIN
        words = compared_words(title)
        for q in self.questions:
            score = best_similarity(words, q.wordings, floor=best_score)
            if score >= best_score:
                best, best_score = q, score
        return best


#: The two guiding questions agreed by the WGEC at its first meeting (30 September 2016),
#: in English, with translations into the other five UN languages made for matching
#: headings (not official UN texts).
WGEC2: Final = QuestionSet(
    name="wgec2",
    questions=(
        QuestionSpec(
            id="wgec2-q1",
            number="1",
            wording="What are the high level characteristics of enhanced cooperation?",
            matching=(
                "Quelles sont les caractéristiques de haut niveau de la coopération renforcée ?",
                "¿Cuáles son las características de alto nivel de la cooperación reforzada?",
                "Каковы основные характеристики расширенного сотрудничества?",
                "ما هي الخصائص الرفيعة المستوى للتعاون المعزز؟",
                "加强合作的高层次特征是什么？",
                # Other renderings in use: "высокоуровневые", "высокого уровня", and
                # 增强合作 for 加强合作.
                "Каковы высокоуровневые характеристики расширенного сотрудничества?",
                "Каковы характеристики высокого уровня расширенного сотрудничества?",
                "增强合作的高层次特征是什么？",
            ),
            topics=(
                "characteristic",
                # What characterises it: "What characterizes enhanced cooperation",
                # "Что характеризует расширенное сотрудничество".
                "characteriz",
                "characterise",
                "характеризу",
                "features",
                "traits",
                "caracteris",
                "caracteriz",
                "rasgos",
                "характеристик",
                "черты",
                "особенност",
                "отличительн",
                "отлича",
                "特征",
                "特点",
                "特性",
                "خصائص",
                "سمات",
                "مميزات",
                "ملامح",
            ),
            subjects=(
                "enhanced cooperation",
                "cooperation enhanced",  # "What makes cooperation 'enhanced'?"
                "coopération renforcée",
                "renforcement de la coopération",
                "cooperación reforzada",
                "cooperación mejorada",
                "расширенное сотрудничество",
                "расширенного сотрудничества",
                "расширенном сотрудничестве",
                "التعاون المعزز",
                "تعزيز التعاون",
                "增强合作",
                "加强合作",
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
            matching=(
                "Compte tenu des travaux du précédent Groupe de travail sur le renforcement "
                "de la coopération et de l'Agenda de Tunis, en particulier de ses paragraphes "
                "69 à 71, quel type de recommandations devrions-nous envisager ?",
                "Teniendo en cuenta la labor del anterior Grupo de Trabajo sobre la "
                "Cooperación Reforzada y la Agenda de Túnez, en particular los párrafos 69 a "
                "71, ¿qué tipo de recomendaciones deberíamos considerar?",
                "С учетом работы предыдущей Рабочей группы по расширенному сотрудничеству и "
                "Тунисской программы, в частности пунктов 69–71, какие рекомендации нам "
                "следует рассмотреть?",
                "مع مراعاة عمل الفريق العامل السابق المعني بتعزيز التعاون وبرنامج عمل تونس، "
                "ولا سيما الفقرات من 69 إلى 71، ما نوع التوصيات التي ينبغي أن ننظر فيها؟",
                "考虑到上一届加强合作工作组的工作和《突尼斯议程》，特别是第69至71段，"
                "我们应考虑哪些建议？",
                "考虑到前一届增强合作工作组的工作以及《突尼斯议程》，特别是第69至71段，"
                "我们应考虑哪些建议？",
                # Other renderings in use (РГРС: the Working Group's Russian abbreviation).
                "Принимая во внимание работу предыдущей РГРС и Тунисскую программу, в "
                "особенности пункты 69–71, какие рекомендации нам следует рассмотреть?",
                "С учетом работы предыдущей РГРС и Тунисской программы, в частности пунктов "
                "69–71, какие рекомендации нам следует рассмотреть?",
                "Принимая во внимание работу предыдущей Рабочей группы по расширенному "
                "сотрудничеству и Тунисскую программу, в особенности пункты 69–71, какие "
                "рекомендации нам следует рассмотреть?",
                "Tomando en consideración el trabajo del anterior Grupo de Trabajo sobre la "
                "Cooperación Reforzada y la Agenda de Túnez, en particular los párrafos 69 a "
                "71, ¿qué tipo de recomendaciones deberíamos considerar?",
                "بالنظر إلى عمل الفريق العامل السابق وبرنامج عمل تونس، ولا سيما الفقرات "
                "69-71، ما نوع التوصيات التي ينبغي أن ننظر فيها؟",
            ),
            topics=(
                "recommendation",
                "recommandation",
                "recomendacion",
                "рекомендаци",
                "建议",
                "توصيات",
                # Proposals: "Our proposals", "Nos propositions", "Propuestas",
                # "Наши предложения", "مقترحاتنا".
                "proposal",
                "proposition",
                "propuesta",
                "предложени",
                "مقترحات",
                "اقتراحات",
                # What a body should (or might) recommend, or what to recommend, at a
                # title's end (a question mark left out): "What the Working Group should
                # recommend", "What should the Working Group recommend?", "What to
                # recommend", "Ce que le Groupe devrait recommander", "Что рекомендовать",
                # "Qué recomendar"; not "We recommend", which leads into a list.
                "should recommend$",
                "might recommend$",
                "would recommend$",
                "could recommend$",
                "may recommend$",
                "to recommend$",
                "group recommend$",
                "wgec recommend$",
                # What the Group should do, at a title's end: "What the Working Group
                # should do", "Ce que le Groupe devrait faire", "Lo que el Grupo debería
                # hacer".
                "group should do$",
                "wgec should do$",
                "groupe devrait faire$",
                "grupo deberia hacer$",
                "recommander$",
                "recomendar$",
                "рекомендовать$",
                # ... or anywhere, where the title asks what to recommend: "Что
                # рекомендовать Рабочей группе", "What to recommend to the Group",
                # "ما نوصي به الفريق العامل" (what we recommend to the Working Group);
                # what we recommend: "WHAT WE RECOMMEND", "Ce que nous recommandons".
                "what to recommend",
                "what we recommend",
                "ce que nous recommandons",
                "lo que recomendamos",
                "что мы рекомендуем",
                "que recommander",
                "que recomendar",
                "что рекомендовать",
                # ... with the verb of duty before it, its subject after it: "Qué debería
                # recomendar el Grupo", "Ce que devrait recommander le Groupe".
                "que deberia recomendar",
                "que devrait recommander",
                # ... or asks what we recommend: "¿Qué recomendamos al Grupo de
                # Trabajo?", "What do we recommend?", "Que recommandons-nous ?".
                "que recomendamos",
                "what do we recommend",
                "que recommandons",
                "ما نوصي",
                "ما يوصي",
                # ... or what we propose: "What we propose to the Working Group", "Lo
                # que proponemos al Grupo de Trabajo", "Ce que nous proposons", "ماذا
                # نقترح على الفريق العامل" (what do we propose to the Working Group).
                "what we propose",
                "ce que nous proposons",
                "lo que proponemos",
                "что мы предлагаем",
                "ما نقترح",
                "ماذا نقترح",
                "ماذا نوصي",
                # ... in the first person singular, as an individual writes: "What I
                # recommend", "Ce que je recommande", "Lo que recomiendo", "Что я
                # рекомендую", "ما أوصي به".
                "what i recommend",
                "ce que je recommande",
                "lo que recomiendo",
                "что я рекомендую",
                "ما أوصي",
                "ما اوصي",
            ),
        ),
    ),
)

# How many leading words of a question's wording identify it in an unnumbered heading.
_OPENING_WORDS: Final = 6
# How many leading characters do in a script written without spaces (Chinese, Japanese).
_OPENING_CHARS: Final = 10


@functools.lru_cache(maxsize=16)
def _openings(questions: QuestionSet) -> tuple[tuple[str, str], ...]:
    """The folded opening words of every wording of a set, with the question's number."""
    found = []
    for spec in questions.questions:
        for wording in spec.wordings:
            folded = fold(wording)
            if starts_unspaced(folded):
                # Chinese and Japanese: the first characters, punctuation and all.
                found.append((folded[:_OPENING_CHARS], spec.number))
                continue
            words = folded.split()
            found.append((" ".join(words[:_OPENING_WORDS]), spec.number))
    return tuple(found)


def match_wording(text: str, questions: QuestionSet = WGEC2) -> str | None:
    """The number of the question whose wording (or a translation) ``text`` starts
    with, or None.  In a script written without spaces the opening characters may
    differ in one place: translations render a word with another character
    (增强合作 and 加强合作, 上一届 and 前一届).  A line that is a short lead and a
    quoted wording, whole (`On "What are ...?"`), names the quoted question too."""
    folded = fold(text[:200])
    for opening, number in _openings(questions):
        if folded.startswith(opening):
            return number
    if starts_unspaced(folded):
        for opening, number in _openings(questions):
            if len(opening) == _OPENING_CHARS and _one_apart(folded, opening):
                return number
    quoted = _quoted_after_lead(text)
    return match_wording(quoted, questions) if quoted else None


#: A title asks a question: "?" with closing quotes or brackets after it.
QUESTION_END: Final = LazyPattern(r"[?？؟][\s\"'”’»)\]]*$")


#: What may close a title after its "?": quotes and brackets.
CLOSERS: Final = ('"', "'", "\u201d", "\u2019", "\u00bb", ")", "]")
_QUESTION_MARKS: Final = ("?", "\uff1f", "\u061f")


def asks(text: str) -> bool:
    """Whether ``text`` ends asking a question (:data:`QUESTION_END`): with "?", or
    "?" before closing quotes, brackets or white space.  Most lines end otherwise,
    which the last character tells without a search."""
    if text.endswith(_QUESTION_MARKS):
        return True
    if not (text.endswith(CLOSERS) or text[-1:].isspace()):
        return False
    return QUESTION_END.search(text) is not None


#: How much of a question's wording, and of a line asking a question in its own words,
#: must be words they share in order for the line to name it (the same words for the
#: most part, a few changed or abbreviated, none of the wording left out).
_RESTATED_MIN: Final = 0.75
#: ... and the fewest words it has (a short question asks something else).
_RESTATED_MIN_WORDS: Final = 6


def match_restated(text: str, questions: QuestionSet = WGEC2) -> str | None:
    """The number of the question that ``text`` asks in words reading as its whole
    wording (opening with a letter, not in lower case, "?" at its end; the words they
    share in order :data:`_RESTATED_MIN` of the longer of the two or more), though it
    does not open with it ("С учетом работы предыдущей РГРС ..., какие рекомендации нам
    следует рассмотреть?", a name abbreviated), or None.  Where the plain words fall
    short, the Working Group's name counts as one word on both sides, spelled out or
    abbreviated (:func:`_group_named_once`)."""
    first = text[:1]
    if not asks(text) or not first.isalpha() or first.islower():
        return None  # no question asked, or not a line that opens with it
    words = compared_words(text[:400])
    if len(words) < _RESTATED_MIN_WORDS:
        return None
    named = _group_named_once(words, _abbreviations(text[:400]))
    for spec in questions.questions:
        for wording in spec.wordings:
            official = folded_words(wording)
            if _restates(words, official) or (
                named is not None and _restates(named, _official_named_once(wording))
            ):
                return spec.number
    return None


def _restates(words: list[str], official: tuple[str, ...]) -> bool:
    """Whether ``words`` share :data:`_RESTATED_MIN` of the longer of the two with
    ``official``, in order."""
    return matching_words(words, official) >= _RESTATED_MIN * max(len(words), len(official))


#: The Working Group's name as wordings spell it out, which a line may abbreviate ("el
#: trabajo del anterior WGEC", "du précédent GTRC") or spell out where the wording
#: abbreviates it ("the previous Working Group on Enhanced Cooperation").
_GROUP_NAMES: Final = (
    "Working Group on Enhanced Cooperation",
    "Groupe de travail sur le renforcement de la coopération",
    "Groupe de travail sur la coopération renforcée",
    "Grupo de Trabajo sobre la Cooperación Reforzada",
    "Рабочей группы по расширенному сотрудничеству",
)
#: The one word that stands for the Working Group's name, spelled out or abbreviated,
#: where a line and a wording are compared again with names counted as one word.
_GROUP: Final = "\x00group"
#: A word of three to six letters: an abbreviation where all are capitals ("WGEC",
#: "GTCR", "РГРС", :func:`_abbreviations`).
_ABBREVIATION: Final = LazyPattern(r"(?<!\w)[^\W\d_]{3,6}(?!\w)")


@functools.cache
def _group_names() -> tuple[tuple[str, ...], ...]:
    """The compared words of each spelling of the Working Group's name (:data:`_GROUP_NAMES`)."""
    return tuple(tuple(compared_words(name)) for name in _GROUP_NAMES)


def _abbreviations(text: str) -> frozenset[str]:
    """The folded abbreviations in ``text`` (:data:`_ABBREVIATION`)."""
    return frozenset(fold(word) for word in _ABBREVIATION.findall(text) if word.isupper())


def _group_named_once(words: list[str], abbreviations: frozenset[str]) -> list[str] | None:
    """``words`` with each abbreviation and each spelled-out Working Group name
    (:data:`_GROUP_NAMES`) as the one word :data:`_GROUP`, or None when they have
    neither."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in abbreviations:
            out.append(_GROUP)
            i += 1
            continue
        name = next((n for n in _group_names() if tuple(words[i : i + len(n)]) == n), None)
        out.append(words[i] if name is None else _GROUP)
        i += 1 if name is None else len(name)
    return out if _GROUP in out else None


@functools.cache
def _official_named_once(wording: str) -> tuple[str, ...]:
    """An official wording's compared words with the Working Group's name as one word."""
    words = compared_words(wording)
    return tuple(_group_named_once(words, _abbreviations(wording)) or words)


#: Quotation marks that open and close a quoted wording.
OPENING_QUOTES: Final = "\"'“‘«„「『"
_CLOSING_QUOTES: Final = "\"'”’»“」』"
#: The most words before a quoted wording (`On "..."`, `Regarding the question "..."`).
_LEAD_MAX_WORDS: Final = 4


def _quoted_after_lead(text: str) -> str:
    """The quoted part of a line that is a short lead and a quotation, whole
    (`ON "WHAT ARE ...?"`, `Sur « Quelles sont ... ? »`, `关于“加强合作……”`); "" for any
    other text."""
    line = text.rstrip(" \t:.：")
    if not line or line[-1] not in _CLOSING_QUOTES:
        return ""
    start = next((k for k, ch in enumerate(line[:80]) if ch in OPENING_QUOTES), -1)
    if start <= 0:
        return ""
    lead = line[:start]
    if len(lead.split()) > _LEAD_MAX_WORDS or any(ch in lead for ch in ".?!。？"):
        return ""
    return line[start:]


def _one_apart(text: str, opening: str) -> bool:
    """Whether ``text`` starts with ``opening`` but for one character in its middle
    (the first and last must agree)."""
    if len(text) < len(opening) or text[0] != opening[0] or text[len(opening) - 1] != opening[-1]:
        return False
    return sum(a != b for a, b in zip(text, opening, strict=False)) <= 1


_TOPIC_MAX_WORDS: Final = 12
#: Full stops that end a sentence, not a topic heading (Latin, ideographic, full-width).
_STOPS: Final = (".", "。", "．")


#: A note of two words or more in brackets at a title's end: "(max. 500 words)", "(paras
#: 69-71)".
_NOTE: Final = LazyPattern(r"\s*[(（][^()（）]{0,40} [^()（）]{1,40}[)）]\s*\Z")


def _without_note(title: str) -> str:
    """``title`` without a note in brackets at its end ("Recommendations to the Working
    Group, taking into account the Tunis Agenda (paras 69-71)"), unless the note is
    all of it."""
    bare = _NOTE.sub("", title)
    return bare if bare.strip() else title


def title_words(folded: str) -> int:
    """How many words a folded title holds: its words between spaces, each character of
    a script written without spaces counting as one."""
    return sum(len(UNSPACED.findall(word)) or 1 for word in folded.split())


def match_code(code: str, title: str, questions: QuestionSet = WGEC2) -> str | None:
    """The number of the question that a form's code for it and its title name: one to
    four capital letters, an optional hyphen and the question's number ("EC-1", "GQ2",
    "Q-1"), then the title of that number's question or its topic ("EC-1: High level
    characteristics of enhanced cooperation"); None where the code is none or the title
    names no question, or another."""
    m = _CODE.fullmatch(code.rstrip(":：.-–— \u00a0"))
    if m is None:
        return None
    number = m.group(1).lstrip("0")
    if (
        match_topic(title, questions) == number
        or match_topic(title.split("(")[0].strip(), questions) == number
        or match_wording(title, questions) == number  # the costliest, tried last
    ):
        return number
    return None


#: A form's code for a question: letters, an optional hyphen and the number.
_CODE: Final = LazyPattern(r"[A-Z]{1,4}-?(\d{1,2})")


def match_label(label: str, title: str, questions: QuestionSet = WGEC2) -> str | None:
    """The number of the question asked after a question's label without a number, as
    an interview writes it ("Q: What are the high level characteristics ...?", "问：加强
    合作的高层次特征是什么？", "Вопрос: Каковы ...?"): the label is one of
    :data:`_QUESTION_LABELS` and the title opens with that question's wording, or asks
    it in words that read as its whole wording (:func:`match_restated`); None
    otherwise."""
    if fold(label.rstrip(":：.-–— \u00a0")) not in _QUESTION_LABELS:
        return None
    return match_wording(title, questions) or match_restated(title, questions)


#: The labels of a question asked without its number, folded.
_QUESTION_LABELS: Final = frozenset(
    fold(word)
    for word in (
        "Q", "Question", "Pregunta", "Cuestión", "Вопрос", "问", "問", "问题", "問題",
        "سؤال", "السؤال", "س",
    )
)  # fmt: skip


def match_topic(title: str, questions: QuestionSet = WGEC2) -> str | None:
    """The number of the question a short topic heading names, or None.

    Only short titles that do not end a sentence ("." or "。") count, so a numbered clause that
    happens to mention "recommendations" stays a clause; in Chinese or Japanese each
    character counts as a word ("二、建议" names question 2, a long clause that opens
    with "建议" does not).
    """
    spaced = _short_title(_without_frame(_without_note(title[:200])), title)
    if spaced is not None:
        return _first_named(spaced, _stems(questions, "topics"))
    return _topic_before_its_wording(title[:400], questions)


def _topic_before_its_wording(title: str, questions: QuestionSet) -> str | None:
    """The number of the question whose topic a title's lead names before a comma, when
    the rest restates that question's own wording ("Recommendations to be considered,
    taking into account the work of the previous WGEC and the Tunis Agenda, particularly
    paragraphs 69-71", "التوصيات التي ينبغي النظر فيها، مع مراعاة عمل الفريق العامل السابق
    ..."): most of its words (:data:`_QUALIFIER_SHARE`), in order, are the wording's;
    None otherwise."""
    comma = _LEAD_COMMA.search(title)
    if comma is None or title.rstrip().endswith(_STOPS):
        return None
    lead, rest = title[: comma.start()], title[comma.end() :]
    number = match_topic(lead, questions)
    if number is None:
        return None
    words = compared_words(rest)
    if len(words) < _QUALIFIER_MIN_WORDS:
        return None
    spec = questions.by_number(number)
    if spec is None:
        return None
    shared = max(matching_words(words, folded_words(w)) for w in spec.wordings)
    return number if shared >= _QUALIFIER_SHARE * len(words) else None


#: The comma after a title's lead (Latin, Arabic or Chinese).
_LEAD_COMMA: Final = LazyPattern(r"[,،，]")
#: The fewest words of a restated wording after a topic's lead.
_QUALIFIER_MIN_WORDS: Final = 6
#: The share of those words that must be the question's wording's, in order.
_QUALIFIER_SHARE: Final = 0.8


def _without_frame(title: str) -> str:
    """A Chinese title without the words that frame it as views on its topic, which are
    not counted ("对加强合作高层级特征的看法" counts "加强合作高层级特征")."""
    m = _FRAME.fullmatch(title.strip())
    return title if m is None else m["topic"]


#: A Chinese title framed as views on its topic: "对……的看法", "关于……的意见".
_FRAME: Final = LazyPattern(
    r"(?:对于|对|关于|有关)(?P<topic>[^\s。？]{2,20}?)的(?:看法|意见|考虑|认识|观点)"
)


def match_subject(title: str, questions: QuestionSet = WGEC2) -> str | None:
    """The number of the question whose subject a short heading names ("What enhanced
    cooperation should look like", "Сущность расширенного сотрудничества"), when it
    names no question's topic (:func:`match_topic`), or None.  The same titles count
    as for topics: short, not ending a sentence.  The subject inside the name of the
    meeting ("Submission to the Working Group on Enhanced Cooperation") is the title's
    addressee, not its subject."""
    spaced = _short_title(title[:200], title)
    if spaced is None or match_topic(title, questions) is not None:
        return None
    for name in _MEETING_NAMES:
        spaced = spaced.replace(name, " ")
    return _first_named(spaced, _stems(questions, "subjects"))


#: The meeting's name in the six UN languages, folded, with a space before it in a
#: script with case, as a title is searched (see :func:`_short_title`).
_MEETING_NAMES: Final = tuple(
    f" {folded}" if folded[:1] != folded[:1].upper() else folded
    for folded in map(
        fold,
        (
            "Working Group on Enhanced Cooperation",
            "Groupe de travail sur la coopération renforcée",
            "Groupe de travail sur le renforcement de la coopération",
            "Grupo de Trabajo sobre la Cooperación Reforzada",
            "Grupo de Trabajo sobre Cooperación Reforzada",
            "Grupo de Trabajo sobre la Cooperación Mejorada",
            "Grupo de Trabajo sobre Cooperación Mejorada",
            "Рабочая группа по расширенному сотрудничеству",
            "الفريق العامل المعني بتعزيز التعاون",
            "الفريق العامل المعني بالتعاون المعزز",
            "فريق العمل المعني بالتعاون المعزز",
            "加强合作工作组",
            "增强合作工作组",
        ),
    )
)


#: The citation of the Tunis Agenda's paragraphs 69 to 71 that ends a folded title, whose
#: words a topic heading's length does not count ("Recommandations au vu des paragraphes 69 à
#: 71 de l'Agenda de Tunis", "Recomendaciones a la luz de los párrafos 69 a 71 de la
#: Agenda de Túnez").
_CITATION: Final = LazyPattern(
    r"(?:paragraphs?|paras?|paragraphes?|parrafos?|пункт\w*|الفقرات|الفقرتين)\s+69\s+"
    r"(?:(?:to|a|au|y|and|et|al|по|إلى|до)\s+)?71(?:\s+(?:of\s+the\s+tunis\s+agenda"
    r"|de\s+l\s+agenda\s+de\s+tunis|de\s+la\s+agenda\s+de\s+tunez|тунисскои\s+программы"
    r"|من\s+برنامج\s+عمل\s+تونس))?\s*\Z"
)


def _short_title(counted: str, title: str) -> str | None:
    """``counted`` (the part of ``title`` whose words count) folded, after a space and
    without a question mark at its end, when it holds at most :data:`_TOPIC_MAX_WORDS`
    words (the citation of paragraphs 69 to 71 left out, :data:`_CITATION`) and
    ``title`` does not end a sentence; else None."""
    folded = fold(counted)
    words = title_words(_CITATION.sub(" ", folded))
    if not folded or words > _TOPIC_MAX_WORDS or title.rstrip().endswith(_STOPS):
        return None
    return f" {folded.rstrip(_ASKS)}{_END}"


def _first_named(spaced: str, named: tuple[tuple[str, tuple[str, ...]], ...]) -> str | None:
    """The number of the first question one of whose stems ``spaced`` holds, or None."""
    for number, stems in named:
        if any(stem in spaced for stem in stems):
            return number
    return None


@functools.lru_cache(maxsize=32)
def _stems(questions: QuestionSet, field: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each question's number and its topic stems or subject phrases (``field``: "topics"
    or "subjects"), folded as titles are ("خصائص" is "خصايص" folded); a stem in a script
    with case starts a word (" traits" is not in "portraits"), others may stand inside
    one (the article in "الخصائص", "主要特点")."""
    return tuple(
        (spec.number, tuple(_word_start(stem) for stem in getattr(spec, field)))
        for spec in questions.questions
    )


#: What ends a short title as :func:`_short_title` gives it, so that a stem written with
#: "$" at its end is found at the title's end only.
_END: Final = "\n"
#: A question mark and the space before it, left out at a short title's end.
_ASKS: Final = " \u00a0?？؟"


def _word_start(stem: str) -> str:
    """A stem folded as it is looked for in a title: with a space before it (in a script
    with case), and with the title's end after it when it ends with "$"."""
    end = stem.endswith("$")
    folded = fold(stem[:-1] if end else stem)
    spaced = f" {folded}" if folded[:1] != folded[:1].upper() else folded
    return spaced + _END if end else spaced


@attrs.frozen
class QuestionMatch:
    """The question of a set that a heading answers, and how that was found."""

    spec: QuestionSpec | None  #: The question, or None when none matches.
    #: "number", "wording", "topic", or "none".
    how: str


_HAS_DIGIT: Final = frozenset("0123456789")


def match_heading(
    number: str, title: str, questions: QuestionSet = WGEC2, *, numbered: bool = True
) -> QuestionMatch:
    """The question of ``questions`` a heading answers, as validation matches it.

    ``number`` is the heading's normalised number ("1" for "I." or "Question 1:") and
    ``numbered`` whether the heading was written with a number marker.  A numbered
    heading answers the question of that number, unless its title reads closer to
    another question's wording (the answer to question 2 written under "I."): then
    the wording wins, as the ``question-text-mismatch`` rule reports it; so does the
    topic that a short title names ("第一部分  关于工作组应考虑的建议", part 1 on the
    recommendations).  An unnumbered heading is matched by its wording, then by a topic
    word of a short heading ("Recommendations").
    """
    by_number = None
    if numbered and not _HAS_DIGIT.isdisjoint(number):
        by_number = questions.by_number(number)
    by_wording = questions.by_wording(title)
    if by_wording is not None and by_wording is not by_number:
        if by_number is None:
            return QuestionMatch(by_wording, "wording")
        words = compared_words(title)
        own = best_similarity(words, by_number.wordings)
        if best_similarity(words, by_wording.wordings) > own:
            return QuestionMatch(by_wording, "wording")
    topic = match_topic(title, questions)
    if topic is None and not numbered:  # "What enhanced cooperation should look like"
        topic = match_subject(title, questions)
    by_topic = questions.by_number(topic) if topic is not None else None
    if by_number is not None and by_topic in (None, by_number):
        return QuestionMatch(by_number, "number")
    if by_topic is not None:
        return QuestionMatch(by_topic, "topic")
    return QuestionMatch(None, "none")


# -- comparing wordings ----------------------------------------------------------------

#: How close a heading must read to a wording to be matched to it by wording alone.
_MATCH_MIN: Final = 0.6


def compared_words(text: str) -> list[str]:
    """The words of ``text`` as wordings are compared: folded (:func:`fold`), and a run
    of a script written without spaces (Chinese, Japanese) cut into its pairs of
    neighbouring characters, so that two renderings of a Chinese question that differ in
    a few characters still share most of their words, while a short heading that
    repeats a few of its characters ("加强合作加强合作") shares few."""
    words = fold(text).split()
    if not any(UNSPACED.search(word) for word in words):
        return words
    out: list[str] = []
    for word in words:
        if UNSPACED.search(word) and len(word) > 1:
            out.extend(word[k : k + 2] for k in range(len(word) - 1))
        else:
            out.append(word)
    return out


@functools.lru_cache(maxsize=256)
def folded_words(wording: str) -> tuple[str, ...]:
    """The compared words of an official wording (few, and compared over and over)."""
    return tuple(compared_words(wording))


def wording_similarity(heading: str, wording: str) -> float:
    """How closely ``heading`` reads as ``wording``, from 0 (unrelated) to 1 (the same).

    Case, accents, punctuation, spacing and line wraps are ignored (:func:`fold`).  The
    score counts the words the two share in order: over the shorter of the two when
    that has at least three words (so a heading that quotes only part of the wording
    still matches), otherwise over both (so "What?" matches nothing).
    """
    return words_similarity(compared_words(heading), folded_words(wording))


def words_similarity(a: list[str], b: tuple[str, ...]) -> float:
    """:func:`wording_similarity` of a heading's folded words and a wording's."""
    if not a or not b:
        return 0.0
    if a == list(b):
        return 1.0
    return _score(matching_words(a, b), len(a), len(b))


@functools.lru_cache(maxsize=256)
def _word_positions(words: tuple[str, ...]) -> dict[str, list[int]]:
    """Where each word of an official wording stands (few wordings, compared often)."""
    positions: dict[str, list[int]] = {}
    for j, word in enumerate(words):
        positions.setdefault(word, []).append(j)
    return positions


def matching_words(a: list[str], b: tuple[str, ...]) -> int:
    """How many words of ``a`` and ``b`` match in order: the total size of the matching
    blocks that ``difflib.SequenceMatcher(None, a, b, autojunk=False)`` finds.

    The same algorithm (the longest common run, the earliest on a tie, then the same on
    each side of it) without difflib's bookkeeping, which takes about 40% longer;
    ``tests/test_rules_questions.py`` holds the two equal.
    """
    positions = _word_positions(b)
    nowhere: list[int] = []
    total = 0
    spans = [(0, len(a), 0, len(b))]
    while spans:
        alo, ahi, blo, bhi = spans.pop()
        best_i, best_j, best_size = alo, blo, 0
        run_ending: dict[int, int] = {}  # j -> length of the common run ending at a[i], b[j]
        for i in range(alo, ahi):
            runs: dict[int, int] = {}
            before = run_ending.get
            for j in positions.get(a[i], nowhere):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                size = runs[j] = before(j - 1, 0) + 1
                if size > best_size:
                    best_i, best_j, best_size = i - size + 1, j - size + 1, size
            run_ending = runs
        if best_size:
            total += best_size
            if alo < best_i and blo < best_j:
                spans.append((alo, best_i, blo, best_j))
            if best_i + best_size < ahi and best_j + best_size < bhi:
                spans.append((best_i + best_size, ahi, best_j + best_size, bhi))
    return total


def _score(same: int, a: int, b: int) -> float:
    shorter = min(a, b)
    if shorter >= 3:
        # Never a full 1.0 for a partial match: only equal wordings score 1.
        return min(same / shorter, 0.99)
    return 2 * same / (a + b)


@functools.lru_cache(maxsize=256)
def _folded_set(wording: str) -> frozenset[str]:
    return frozenset(folded_words(wording))


def best_similarity(words: list[str], wordings: Iterable[str], floor: float = 0.0) -> float:
    """The highest :func:`words_similarity` of ``words`` and any of ``wordings``.

    A wording is compared only if it could score above the best so far and at least
    ``floor``: words of one text that the other lacks can never match, which bounds the
    score from above (a translation in another script shares no words at all).  Below
    ``floor`` the result is only known to be below it.
    """
    best = 0.0
    if not words:
        return best
    present = set(words)
    for wording in wordings:
        b = folded_words(wording)
        if not b:
            continue
        if len(words) == len(b) and words == list(b):
            return 1.0
        common = _folded_set(wording)
        bound = min(sum(map(present.__contains__, b)), sum(map(common.__contains__, words)))
        limit = _score(bound, len(words), len(b))
        if limit <= best or limit < floor:
            continue
        best = max(best, words_similarity(words, b))
    return best


# -- loading question sets ----------------------------------------------------------------


class QuestionSetError(WgecError, ValueError):
    """A question-set file is missing, unreadable or malformed.

    The message names the file and, for bad content, the path of the bad value
    (``questions[1].wording``).
    """

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path  #: The file, or the name that was asked for.

    def __str__(self) -> str:
        return f"{self.path}: {self.args[0]}"


#: The question sets built in, by name.
BUILTIN_QUESTION_SETS: Final[Mapping[str, QuestionSet]] = {"wgec2": WGEC2}


def question_set(name_or_path: str) -> QuestionSet:
    """A built-in question set by name ("wgec2"), or one loaded from a TOML or JSON file."""
    builtin = BUILTIN_QUESTION_SETS.get(name_or_path)
    if builtin is not None:
        return builtin
    return load_question_set(name_or_path)


def load_question_set(path: str | os.PathLike[str]) -> QuestionSet:
    """Load a question set from a TOML (``.toml``) or JSON file.

    The file holds an optional ``name`` (the file's stem by default) and a ``questions``
    array of tables with ``id``, ``number``, ``wording`` and optional ``translations``
    (official), ``matching`` (translations made for matching headings), ``topics``
    (words that name the question in a short heading; one ending with ``$`` names it only
    at the heading's end, "should recommend$") and ``subjects`` (phrases naming
    what it asks about, which name it in a short heading standing alone that names no
    topic)::

        name = "wgec2"
        [[questions]]
        id = "wgec2-q1"
        number = "1"
        wording = "What are the high level characteristics of enhanced cooperation?"
        translations = ["Quelles sont ...?"]
        topics = ["characteristics"]

    Raises :class:`QuestionSetError` naming the file (and the bad value's path).
    """
    where = os.fspath(path)
    try:
        raw = _read_set(where)
    except OSError as err:
        reason = err.strerror or type(err).__name__
        known = sorted(BUILTIN_QUESTION_SETS)
        raise QuestionSetError(
            f"cannot read question set ({reason}); built-in sets: {', '.join(known)}", where
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise QuestionSetError(f"not UTF-8 text (byte {err.start})", where) from None
    data: Any
    stem, suffix = os.path.splitext(os.path.basename(where))
    if suffix.lower() == ".toml":
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - exercised on Python 3.10 only
            import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
            raise QuestionSetError(f"invalid TOML: {err}", where) from None
    else:
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as err:
            raise QuestionSetError(f"invalid JSON: {err}", where) from None
    return _question_set_from_data(data, stem, where)


#: A question set file larger than this is no question set.
_MAX_SET_BYTES: Final = 1_000_000


def _read_set(path: str) -> bytes:
    """The bytes of a question-set file: a regular file of at most a megabyte."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, "not a regular file")
    if info.st_size > _MAX_SET_BYTES:
        raise OSError(errno.EFBIG, f"larger than {_MAX_SET_BYTES:,} bytes")
    with open(path, "rb") as handle:
        return handle.read(_MAX_SET_BYTES + 1)


_Fail = Callable[[str, str], QuestionSetError]


def _question_set_from_data(data: Any, default_name: str, where: str) -> QuestionSet:
    def fail(at: str, message: str) -> QuestionSetError:
        return QuestionSetError(f"{at}: {message}" if at else message, where)

    if not isinstance(data, dict):
        raise fail("", "expected a table (object) with a 'questions' array")
    name = data.get("name", default_name)
    if not isinstance(name, str) or not name.strip():
        raise fail("name", "expected a non-empty string")
    items = data.get("questions")
    if not isinstance(items, list) or not items:
        raise fail("questions", "expected a non-empty array of questions")
    specs: list[QuestionSpec] = []
    for i, item in enumerate(items):
        at = f"questions[{i}]"
        spec = _question_spec(item, at, fail)
        if any(spec.id == other.id for other in specs):
            raise fail(f"{at}.id", f"duplicate id {spec.id!r}")
        if any(spec.number == other.number for other in specs):
            raise fail(f"{at}.number", f"duplicate number {spec.number!r}")
        specs.append(spec)
    return QuestionSet(name=name, questions=tuple(specs))


def _strings(values: Any, at: str, fail: _Fail) -> tuple[str, ...]:
    if not isinstance(values, list):
        raise fail(at, "expected an array of strings")
    for k, value in enumerate(values):
        if not isinstance(value, str) or not fold(value):
            raise fail(f"{at}[{k}]", "expected a non-empty string")
    return tuple(values)


_SPEC_KEYS: Final = frozenset(
    ("id", "number", "wording", "translations", "topics", "matching", "subjects")
)


def _question_spec(item: Any, at: str, fail: _Fail) -> QuestionSpec:
    if not isinstance(item, dict):
        raise fail(at, "expected a table (object)")
    unknown = sorted(set(item) - _SPEC_KEYS)
    if unknown:
        raise fail(f"{at}.{unknown[0]}", "unknown key")
    qid = item.get("id")
    number = item.get("number")
    wording = item.get("wording")
    if not isinstance(qid, str) or not qid.strip():
        raise fail(f"{at}.id", "expected a non-empty string")
    if isinstance(number, int) and not isinstance(number, bool) and number >= 0:
        number = str(number)
    if not isinstance(number, str) or not number.strip():
        raise fail(f"{at}.number", "expected a non-empty string or a whole number")
    if not isinstance(wording, str) or not fold(wording):
        raise fail(f"{at}.wording", "expected a non-empty string")
    translations = _strings(item.get("translations", []), f"{at}.translations", fail)
    topics = _strings(item.get("topics", []), f"{at}.topics", fail)
    matching = _strings(item.get("matching", []), f"{at}.matching", fail)
    subjects = _strings(item.get("subjects", []), f"{at}.subjects", fail)
    return QuestionSpec(
        qid,
        number.strip(),
        wording,
        translations,
        tuple(fold(t[:-1]) + "$" if t.endswith("$") else fold(t) for t in topics),
        matching,
        tuple(fold(t) for t in subjects),
    )
