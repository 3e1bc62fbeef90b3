"""Numbers as submissions write them: roman and Chinese numerals, words, ordinals."""

from __future__ import annotations

import re
from typing import Final

from wgec_parse.folding import simplified
from wgec_parse.lazyre import LazyPattern
from wgec_parse.questions import match_restated, match_wording

__all__ = [
    "cjk_numeral",
    "cjk_to_int",
    "heading_number",
    "keyword_number",
    "lead_number",
    "ordinal_number",
    "ordinal_word_value",
    "question_number",
    "referenced_number",
    "roman_letters",
    "roman_to_int",
    "without_reference",
]

#: Chinese numerals, as in "问题一" and "（二）".
_CJK_DIGITS: Final = "一二三四五六七八九十"
_CARDINAL_WORDS: Final = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "uno": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
}
#: Ordinal words before a question keyword: "PRIMERA PREGUNTA", "Second question".
_ORDINAL_WORDS: Final = {
    "first": 1,
    "second": 2,
    "third": 3,
    "primera": 1,
    "segunda": 2,
    "tercera": 3,
    "première": 1,
    "premiere": 1,
    "premier": 1,  # "PREMIER POINT –"
    "primer": 1,
    "segundo": 2,
    "tercer": 3,
    "deuxième": 2,
    "deuxieme": 2,
    "seconde": 2,
    "troisième": 3,
    "troisieme": 3,
    "первый": 1,
    "второй": 2,
    "третий": 3,
    "первая": 1,  # "Часть первая."
    "вторая": 2,
    "третья": 3,
    "первое": 1,  # "Первое. О характеристиках ..."
    "второе": 2,
    "третье": 3,
}
#: The number words a marker may hold: cardinals, ordinals, and the ordinals of a lead
#: phrase ("По первому вопросу", "Относительно второго вопроса").
_NUMBER_WORDS: Final = {
    **_CARDINAL_WORDS,
    **_ORDINAL_WORDS,
    "первому": 1,
    "второму": 2,
    "третьему": 3,
    "первого": 1,
    "второго": 2,
    "третьего": 3,
}
#: The question keyword as a title's lead phrase writes it ("On the first question",
#: "По первому вопросу", "بشأن السؤال الأول", "فيما يتعلق بالسؤال الثاني").
_LEAD_KEYWORDS: Final = frozenset(
    ("question", "pregunta", "cuestión", "вопросу", "вопроса", "السؤال", "بالسؤال")
)
#: How many words of a title its lead phrase spans at most.
_LEAD_WORDS: Final = 5
#: Arabic ordinals (masculine and feminine) up to the fifth: "السؤال الأول".
_ARABIC_ORDINALS: Final = {
    "الأول": 1,
    "الأولى": 1,
    "الثاني": 2,
    "الثانية": 2,
    "الثالث": 3,
    "الثالثة": 3,
    "الرابع": 4,
    "الرابعة": 4,
    "الخامس": 5,
    "الخامسة": 5,
}

#: Arabic ordinal adverbs numbering sections, without their tanween: "أولاً" (firstly).
_ARABIC_ADVERBS: Final = {
    stem + "ا": value
    for value, stems in enumerate(
        (("أول", "اول"), ("ثاني",), ("ثالث",), ("رابع",), ("خامس",)), start=1
    )
    for stem in stems
}

#: Spanish ordinal words numbering points ("PRIMERO.-", "Segunda.–"), masculine and
#: feminine, folded without their accents.
_SPANISH_ORDINALS: Final = {
    stem + ending: value
    for value, stem in enumerate(
        ("primer", "segund", "tercer", "cuart", "quint", "sext", "septim", "octav", "noven",
         "decim"),
        start=1,
    )
    for ending in "oa"
}  # fmt: skip


def ordinal_number(word: str) -> int | None:
    """The value of an ordinal word that may stand for its question alone ("First",
    "Deuxième", "Второй", "Primera", "أولاً"), folded by the caller or not; None for any
    other word."""
    folded = word.casefold()
    return _ORDINAL_WORDS.get(folded) or ordinal_word_value(folded)


def ordinal_word_value(word: str) -> int | None:
    """The value of an ordinal word that numbers a point: Spanish "PRIMERO", "segunda",
    "Séptimo" and Arabic adverbs "أولاً", "ثانيا"; None for any other word."""
    folded = word.casefold().replace("é", "e")
    return _SPANISH_ORDINALS.get(folded) or _ARABIC_ADVERBS.get(folded.replace("\u064b", ""))


_ROMAN: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
#: Unicode's roman number forms ("Ⅰ" to "Ⅻ", "ⅰ" to "ⅻ", one character each) as the
#: letters they stand for.
_ROMAN_FORMS: Final = str.maketrans(
    {
        chr(base + value - 1): numeral.lower() if base == 0x2170 else numeral
        for base in (0x2160, 0x2170)
        for value, numeral in enumerate(
            ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1
        )
    }
)


def roman_letters(text: str) -> str:
    """``text`` with Unicode's roman number forms written as letters ("Ⅱ．" -> "II．");
    ASCII text, as most markers are, as it is."""
    return text if text.isascii() else text.translate(_ROMAN_FORMS)


def roman_to_int(numeral: str) -> int | None:
    """The value of an upper- or lower-case roman numeral (or a number form, "Ⅳ"), or
    None."""
    numeral = roman_letters(numeral)
    total = 0
    prev = 0
    for ch in reversed(numeral.upper()):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        total += -value if value < prev else value
        prev = max(prev, value)
    return total or None


_DIGITS: Final = re.compile(r"\d+")
#: Section letters of a script without case in their order (Arabic in abjad order, a bare
#: alif for hamza-alif): "أ-" and "ب." number 1 and 2.
_SECTION_LETTERS: Final = {letter: place for place, letter in enumerate("أبجد", 1)} | {"ا": 1}
_CJK_NUMBER: Final = LazyPattern(f"[{_CJK_DIGITS}]{{1,3}}")
#: The letters that number a question after its keyword, by their place: Latin A to D,
#: Cyrillic А to Г, the abjad.
_KEYWORD_LETTERS: Final = (
    {letter: place for place, letter in enumerate("ABCD", 1)}
    | {letter: place for place, letter in enumerate("АБВГ", 1)}
    | _SECTION_LETTERS
)
#: What separates the words of a keyword marker: white space, stops, brackets, dashes.
_KEYWORD_PARTS: Final = re.compile(r"[\s.:：()\-–—]+")


def cjk_to_int(numeral: str) -> int:
    """The value of a Chinese numeral from 一 (1) to 九十九 (99)."""
    if "十" not in numeral:
        return _CJK_DIGITS.index(numeral[-1]) + 1
    tens, _, units = numeral.partition("十")
    value = 10 * (_CJK_DIGITS.index(tens[-1]) + 1 if tens else 1)
    return value + (_CJK_DIGITS.index(units[-1]) + 1 if units else 0)


def cjk_numeral(marker: str) -> str:
    """The Chinese numeral in a marker ("一" in "其一，", "十二" in "第十二、"), "" if none."""
    numeral = _CJK_NUMBER.search(marker)
    return numeral.group() if numeral is not None else ""


#: The brackets and stops around a marker's numeral ("(a)", "2.", "A．"), stripped to read it.
MARKER_STOPS: Final = "()./．"

_ROMAN_PART: Final = LazyPattern(r"\b[IVXivx]{1,4}\b")
#: The heavenly stems, which number parts in Chinese official texts: 甲 1, 乙 2, ...
_CJK_STEMS: Final = "甲乙丙丁戊己庚辛"
_CJK_STEM: Final = LazyPattern(f"(?<=[（(])[{_CJK_STEMS}](?=[）)])|\\A[{_CJK_STEMS}](?=、)")


def heading_number(marker: str) -> str:
    """The number of a heading's ``marker``: :func:`question_number`'s, or, for a letter
    in lower case, its place as the capital's ("(b)" gives "2", as "(B)" does)."""
    return question_number(marker) or question_number(marker.upper())


def question_number(marker: str, title: str = "") -> str:
    """The normalised number of a question heading: "Question 1:" and "II)" give "1", "2".

    A heading without a number is matched to the WGEC-2 guiding questions by wording;
    "" when nothing matches.
    """
    if marker:
        marker = roman_letters(marker)  # "Ⅱ．" numbers as "II." does
        digits = _DIGITS.search(marker)
        if digits is not None:
            return str(int(digits.group()))
        roman = _ROMAN_PART.search(marker)
        if roman is not None:
            value = roman_to_int(roman.group())
            if value is not None:
                return str(value)
        letter = marker.strip(MARKER_STOPS + "-–")
        if len(letter) == 1 and "A" <= letter <= "H":  # "A.", "(B)": sections A to H
            return str(ord(letter) - ord("A") + 1)
        if len(letter) == 1 and letter in _SECTION_LETTERS:  # "أ-", "ب."
            return str(_SECTION_LETTERS[letter])
        # "PREGUNTA A:", "Question B -", "Вопрос Б.", "السؤال (ب):", "Q-A:": the
        # keyword's letter, its last word.
        words = _KEYWORD_PARTS.split(marker)
        place = _KEYWORD_LETTERS.get(next((w for w in reversed(words) if w), ""))
        if place is not None:
            return str(place)
        for word in marker.casefold().split():
            word = word.strip(".:：)-–—")
            number = (
                _NUMBER_WORDS.get(word)
                or _ARABIC_ORDINALS.get(word)
                or ordinal_word_value(word)  # "PRIMERO.-", "أولاً:"
            )
            if number is not None:
                return str(number)
        cjk = cjk_numeral(marker)
        if cjk:
            return str(cjk_to_int(cjk))
        stem = _CJK_STEM.search(marker)  # "（甲）", "(乙)", "乙、"
        if stem is not None:
            return str(_CJK_STEMS.index(stem.group()) + 1)
        return ""
    return (
        lead_number(title)
        or referenced_number(title)
        or match_wording(title)
        or match_restated(title)
        or ""
    )


#: A question named in brackets at a title's end: "(Q1)", "(pregunta 1)", "(Question 2)",
#: "（问题一）", "(guiding question 2, Tunis Agenda paras 69-71)".
_REFERENCE: Final = LazyPattern(r"[(（]([^()（）]{1,80})[)）][ \u00a0]*\Z")
#: Where a bracketed reference's question ends and what it adds begins ("(Q2, paras
#: 69-71)", "（对应问题二：考虑到……）", the question's wording after a colon).
_REFERENCE_END: Final = LazyPattern(r"[,;，；、:：]")
#: The words that lead into a bracketed reference: "（对应问题二）" (corresponding to
#: question 2), "(answering question 1)", "(see question 2)", "(on guiding question 2)".
_REFERENCE_LEAD: Final = LazyPattern(
    r"\A(?:对应|对应于|回应|回答|即|(?i:see|cf\.|answering|answers|responds to|relates to"
    r"|corresponds to|réponse à la|en réponse à la|respuesta a la|en respuesta a la"
    r"|on|to|sur la|sobre la|по)(?=[ \u00a0]))[ \u00a0]*"
)
#: How long the question's part of a bracketed reference can be.
_REFERENCE_SPAN: Final = 24
#: How a bracketed reference opens (folded): a question keyword or "Q" and a digit.
_REFERENCE_KEYWORDS: Final = (
    "question", "pregunta", "cuestión", "cuestion", "вопрос", "السؤال", "سؤال", "问题",
    # "(guiding question 2)", "(question directrice 1)", "(pregunta orientadora 2)",
    # "（指导问题二）"
    "guiding question", "question directrice", "pregunta orientadora", "pregunta guía",
    "руководящий вопрос", "指导问题",
)  # fmt: skip
_Q_DIGIT: Final = LazyPattern(r"[Qq][ \u00a0.]?\d")
#: A question named by its place (folded, simplified): "(the) second (guiding)
#: question", "première question", "второй вопрос", "第二个问题", "第1题".
_ORDINAL_REFERENCE: Final = LazyPattern(
    r"(?:the[ \u00a0]|la[ \u00a0])?(?P<word>\w+)[ \u00a0](?:guiding[ \u00a0])?"
    r"(?:question|pregunta|cuestión|cuestion|вопрос)"
    r"|第(?P<cjk>[一二三四五]|\d{1,2})[个]?(?:问题|题)"
)


def referenced_number(title: str) -> str:
    """The number of the question a title names in brackets at its end ("High-level
    characteristics (Q1)", "Recomendaciones al Grupo (pregunta 2)", "特征（问题一）"), the
    question first where the brackets add more after a comma or a colon ("Recommendations
    (guiding question 2, Tunis Agenda paras 69-71)", "……建议（对应问题二：考虑到……）", a lead
    such as "对应", corresponding to, before it); "" if it names none."""
    m = _REFERENCE.search(title)
    if m is None:
        return ""
    inner = _REFERENCE_END.split(m.group(1), maxsplit=1)[0].strip()  # "(Q2, paras 69-71)"
    inner = _REFERENCE_LEAD.sub("", inner)  # "（对应问题二：……）", "(answering question 1)"
    if len(inner) > _REFERENCE_SPAN:
        return ""
    folded = simplified(inner.casefold())
    if not (folded.startswith(_REFERENCE_KEYWORDS) or _Q_DIGIT.fullmatch(inner)):
        return _ordinal_reference(folded)
    return question_number(inner)  # "问题二" too: its Chinese numeral


def _ordinal_reference(folded: str) -> str:
    """The number of the question a bracketed reference names by its place, an ordinal
    word before the keyword ("second question", "première question", "второй вопрос",
    "（第二个问题）"; folded, simplified); "" for anything else."""
    m = _ORDINAL_REFERENCE.fullmatch(folded)
    if m is None:
        return ""
    if m.group("cjk"):
        return question_number("问题" + m.group("cjk"))  # its Chinese numeral or digits
    value = ordinal_number(m.group("word"))
    return str(value) if value is not None else ""


def without_reference(title: str) -> str:
    """``title`` without the question it names in brackets at its end
    (:func:`referenced_number`): "关于工作组应当考虑的建议" of "关于工作组应当考虑的建议（对应
    问题二：……）"; ``title`` itself where it names none."""
    if not referenced_number(title):
        return title
    m = _REFERENCE.search(title)
    return title[: m.start()].rstrip() if m is not None else title


#: The question keywords, the longest first.
_KEYWORDS_LONGEST_FIRST: Final = tuple(sorted(_REFERENCE_KEYWORDS, key=len, reverse=True))
#: How much of a title's start can hold a keyword and its number.
_KEYWORD_SPAN: Final = 48


def keyword_number(title: str) -> str:
    """The number of the question a section's title opens with, a question keyword and
    its number ("GUIDING QUESTION ONE", "Question 2: ...", "Pregunta 1 –"); "" if it
    opens with none."""
    folded = simplified(title[:_KEYWORD_SPAN].casefold())  # a title may be a whole page
    for keyword in _KEYWORDS_LONGEST_FIRST:
        if folded.startswith(keyword):
            rest = folded[len(keyword) :].split()[:1]
            return question_number(f"{keyword} {rest[0]}") if rest else ""
    return ""


def lead_number(title: str) -> str:
    """The number of the question an unnumbered heading names in its lead phrase, an
    ordinal word beside the question keyword ("On the second question (recommendations)",
    "Sur la première question", "По первому вопросу", "بشأن السؤال الأول",
    "关于第一个问题"); "" if it names none."""
    words = simplified(title.casefold()).split()[:_LEAD_WORDS]
    if words and "问题" in words[0]:  # "关于第一个问题（……）"
        cjk = cjk_numeral(words[0].partition("问题")[0])
        return str(cjk_to_int(cjk)) if cjk else ""
    for k, word in enumerate(words):
        if word.strip(".:：,") in _LEAD_KEYWORDS:
            return question_number(" ".join(words[max(0, k - 1) : k + 2]))
    return ""
