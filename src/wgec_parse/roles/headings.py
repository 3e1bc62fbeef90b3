"""Question headings: numbered, keyword and unnumbered, and how far a title runs."""

from __future__ import annotations

import bisect
import itertools
from typing import Final

from wgec_parse.folding import TITLE_JOINS, UNSPACED, fold
from wgec_parse.layout import ASKS, SENTENCE_END, SENTENCE_STOPS, Lines
from wgec_parse.lazyre import LazyPattern
from wgec_parse.markers import Kind, LineParts, classify, question_number
from wgec_parse.nesting import clause_style
from wgec_parse.nodes import Line
from wgec_parse.numbering import (
    heading_number,
    ordinal_number,
    referenced_number,
    roman_to_int,
    without_reference,
)
from wgec_parse.questions import (
    CLOSERS,
    OPENING_QUOTES,
    QUESTION_END,
    WGEC2,
    QuestionSet,
    asks,
    match_code,
    match_label,
    match_restated,
    match_subject,
    match_topic,
    match_wording,
    title_words,
)
from wgec_parse.roles.base import CONTINUES, LAST_LINE, Current, Decision, Reading, Role
from wgec_parse.submitters import SENDER_LABELS

__all__ = [
    "HEADING_END",
    "LEADS",
    "RELATED_POSTS_LABELS",
    "TITLE_MAX_LINES",
    "TOPIC_LETTERS",
    "TOPIC_MAX_WORDS",
    "answer_named_heading",
    "asked_wording_heading",
    "clause_number_continues",
    "continues_the_points",
    "double_spaced_topic_heading",
    "ends_title",
    "goes_on_a_sentence",
    "heading_follows",
    "heading_kind",
    "heading_note",
    "heading_title",
    "keyword_heading",
    "lettered_topic_heading",
    "names_its_answer",
    "numbered_heading",
    "opens_chinese_paragraph",
    "outline_topic_heading",
    "past_the_questions",
    "stands_as_a_lost_glyph",
    "styled_asks",
    "styled_heading",
    "title_bracket_runs_on",
    "title_closes",
    "topic_after_page_furniture",
    "topic_heading",
    "topic_label_heading",
    "topic_label_stands_alone",
    "topic_stands_alone",
    "wording_heading",
]

#: A title ends with one of these.
HEADING_END: Final = ("?", ":", "：", "？", "؟")


def ends_title(text: str) -> bool:
    """Whether a heading's title ends with ``text``'s end: "?" or ":", or "?" before
    closing quotes or brackets ('...cooperation?"', '...coopération renforcée ?»')."""
    return text.endswith(HEADING_END) or (text.endswith(CLOSERS) and asks(text))


#: An unnumbered topic heading has at most this many words (between spaces).
TOPIC_MAX_WORDS: Final = 12
#: A heading's title wraps over at most this many lines.
TITLE_MAX_LINES: Final = 4


def opens_chinese_paragraph(parts: LineParts) -> bool:
    """Whether a line is set in by ideographic spaces, as a Chinese paragraph's first
    line is ("　　我们认为，……")."""
    return "\u3000" in parts.indent


def heading_title(reading: Reading, i: int) -> str:
    """The title a heading at line ``i`` would have, with its continuation lines (none
    after a line that ends a sentence).

    A heading line with no title yet ("Question 1", "1)") takes the next line as its
    title even across a break.  A line set in by ideographic spaces opens a Chinese
    paragraph: the title stops above it.
    """
    lines = reading.lines
    line = lines[i]
    assert line is not None
    title = line.text
    for _ in range(TITLE_MAX_LINES - 1):
        if ends_title(title) or title.endswith(SENTENCE_STOPS):
            break  # "D. It is open: documents ... follow them." over "What should ...?"
        j = reading.next_content(i)
        if j >= len(lines) or (title and reading.is_break(i + 1, j)):
            break
        after = lines[j]
        assert after is not None
        if after.kind not in (Kind.TEXT, Kind.FIELD):
            break
        if title and opens_chinese_paragraph(after):
            break  # "　　我们认为，……": the answer's first paragraph
        title += " " + after.marker + after.gap + after.text
        i = j
    return title


def title_closes(reading: Reading, i: int) -> bool:
    """Whether the title of the heading at ``i``, with the lines after it, ends as a
    title does ("?" or ":") or reads as a question's wording."""
    title = heading_title(reading, i)
    return (
        title.endswith(HEADING_END)
        or asks(title)
        or match_wording(title, reading.questions) is not None
    )


def heading_kind(reading: Reading, i: int) -> str:
    """Whether a numbered line at ``i`` heads a question, and how its title ends.

    "question": its title (with continuation lines) asks a question or opens with the
    wording of one of the questions; "topic": the line alone names a question's topic
    ("2. Recommendations"), so the title ends with it; "" otherwise.
    """
    title = heading_title(reading, i)
    if asks(title) and not _point_that_asks(title, reading):
        return "question"
    if match_wording(title, reading.questions) is not None:
        return "question"
    line = reading.lines[i]
    assert line is not None
    # "2. Recommendations" names question 2; "1. Recommendations follow:" is a numbered
    # point that mentions them.
    if _names_its_topic(line, reading.questions):
        return "topic"
    # "А. Рекомендации (вопрос 2)": a section whose title names a question's topic and
    # that question in brackets at its end heads it, whatever the section's own letter.
    referenced = referenced_number(line.text)
    if referenced and _names_its_topic(line, reading.questions, referenced):
        return "topic"
    # ">> Question 1 <<" over "High level characteristics of enhanced cooperation": a
    # bare keyword heading whose next line names its number's topic takes it as title,
    # as it does where the topic comes before a comma and words that qualify it
    # ("[Question 2]" over "Recommendations, bearing in mind the first WGEC ..."); so
    # does a bare number ("I." over "Characteristics of enhanced cooperation").
    if line.kind in (Kind.QKEY, Kind.NUMBER, Kind.DASHNUM) and not line.text:
        number = question_number(line.marker)
        lead = title.partition(",")[0]
        if number is not None and number in (
            match_topic(title, reading.questions),
            match_topic(lead, reading.questions),
        ):
            return "topic"
    # "I. WHAT ENHANCED COOPERATION SHOULD LOOK LIKE": a title set in capitals that
    # names its number's question's subject (a clause in capitals is rare).
    text = line.text
    if text.isupper() and match_subject(text, reading.questions) == question_number(line.marker):
        return "topic"
    # "1) What enhanced cooperation is about" where "2) What the Working Group should
    # recommend" names question 2's topic: a numbered title that names the questions'
    # subject heads its number's question when the next number, in the same style,
    # heads the next question by its topic (below it, or above it where the questions
    # are answered in reverse order).
    if text and _next_heads_by_topic(reading, i, line):
        return "topic"
    # "Part One – What enhanced cooperation should look like" where "Part Two –
    # Recommendations" heads a question: the parts of one text head its questions.
    if line.terminal in _PARTS:
        # "第一部分  关于工作组应考虑的建议": a part of the text whose title (on its line,
        # or on the next under a bare "第一部分") names a question's topic answers that
        # question, whatever the part's own number; a full stop may end it ("Topic one -
        # characteristics of enhanced cooperation.").
        named = (line.text or title).removesuffix(".").removesuffix("。")
        if match_topic(named, reading.questions) is not None:
            return "topic"
        if _part_word(line.marker) in _heading_parts(reading):
            return "topic"
    return ""


#: A sentence that opens a point, before the question it goes on to ask: words, then a
#: full stop or "!", white space and a capital ("Put rural and mountain users first. Does
#: it help ...?"); an abbreviation's stop before a number ("paras. 69-71") is none.
_STATEMENT_FIRST: Final = LazyPattern(r"[^.!?]*?[^\W\d_]{3}[.!][ \u00a0]+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")
#: The fewest words of that sentence: "Enhanced cooperation. What is it?" is a topic
#: and its question.
_STATEMENT_MIN_WORDS: Final = 5


def _point_that_asks(title: str, reading: Reading) -> bool:
    """Whether a numbered line's title asks only in a later sentence, after a statement
    of five words or more ("1. Put mountain and rural users first. Any recommendation
    should be tested against the question: does it help people who are not yet
    online?"), and what it asks is not one of the questions: a point of an answer that
    ends with a question of its own, no heading."""
    m = _STATEMENT_FIRST.match(title)
    if m is None or len(m.group().split()) < _STATEMENT_MIN_WORDS:
        return False
    rest = title[m.end() :]
    questions = reading.questions
    return match_wording(rest, questions) is None and match_restated(rest, questions) is None


#: How many lines after a numbered title its next number is looked for.
_NEXT_NUMBER_LOOKAHEAD: Final = 200


def _next_heads_by_topic(reading: Reading, i: int, line: LineParts) -> bool:
    """Whether the title of the numbered line ``i`` names the questions' subject as its
    number's question, and the next number of its terminal, within
    :data:`_NEXT_NUMBER_LOOKAHEAD` lines after it, names the next question's topic; or,
    where the questions are answered in reverse order ("(2) What we would like the
    Working Group to recommend", then "(1) How we understand enhanced cooperation"),
    that number does so within as many lines before it."""
    number = question_number(line.marker)
    if not number or match_subject(line.text, reading.questions) != number:
        return False
    following = str(int(number) + 1)
    lines = reading.lines
    after = range(i + 1, min(len(lines), i + _NEXT_NUMBER_LOOKAHEAD))
    before = range(i - 1, max(-1, i - _NEXT_NUMBER_LOOKAHEAD), -1)
    for near in (after, before):
        for j in near:
            other = lines[j]
            if other is None or other.terminal != line.terminal:
                continue
            if question_number(other.marker) == following:
                if _names_its_topic(other, reading.questions):
                    return True
                break
    return False


#: The terminals of a part's or section's heading ("Part One –", "第一部分").
_PARTS: Final = frozenset(("DASHNUM_PART", "DASHNUM_PART_CJK"))


def _names_its_topic(line: LineParts, questions: QuestionSet, number: str = "") -> bool:
    """Whether a numbered line's title, or its lead before a colon, names the topic of
    the question of its number (``number``, or its marker's: "2. Recommendations",
    "（乙）建議：考慮到上一屆工作組的工作 ...", "2. Recommendations: taking into account
    ..."; "1. Recommendations follow:" mentions another's), or a lead that names that
    question by its number has its topic after the colon ("一、关于第一个问题：
    加强合作的高层次特征")."""
    number = number or question_number(line.marker)
    if not number:
        return False
    text = line.text
    if match_topic(text, questions) == number:
        return True
    bare = without_reference(text)  # "……的建议（对应问题二：考虑到……？）"
    if bare != text and match_topic(bare, questions) == number:
        return True
    lead = _LEAD.match(text)
    if lead is not None and match_topic(lead.group(1), questions) == number:
        return True
    # "关于第一个问题：加强合作的高层次特征" (on the first question: its topic): a lead that
    # names the question by its number, then its topic after the colon.
    head, colon, rest = text.partition("：" if "：" in text else ":")
    return (
        bool(colon) and question_number(head) == number and match_topic(rest, questions) == number
    )


#: A title's lead before a colon, where the rest goes on ("Recommendations: taking ...").
_LEAD: Final = LazyPattern(r"([^:：]{1,40})[:：][ \u00a0]*\S")


def _part_word(marker: str) -> str:
    """The word of a part's marker, folded: "Part One –" gives "part", "第一部分" "部分"."""
    words = fold(marker).split()
    if not words:
        return ""
    if words[0].startswith("第"):
        return words[0].lstrip("第一二三四五六七八九十").rstrip(":：、.")
    return words[0]


def _heading_parts(reading: Reading) -> frozenset[str]:
    """The part words whose numbered lines head a question by their own title (it asks,
    opens with a question's wording, or names the topic of its number's question),
    found once per text."""
    if reading.part_words is None:
        found = set()
        for line in reading.lines:
            if line is None or line.terminal not in _PARTS:
                continue
            if (
                asks(line.text)
                or match_wording(line.text, reading.questions) is not None
                or _names_its_topic(line, reading.questions)
            ):
                found.add(_part_word(line.marker))
        reading.part_words = frozenset(found)
    return reading.part_words


def heading_follows(reading: Reading, i: int) -> bool:
    """Whether a question heading (keyword, numbered or by wording) comes after line
    ``i``, before the tail of an e-mail ("-----Original Message-----", "Sent from my
    iPhone", or the sender's field of the message replied to, "From: Secretariat
    <...>"): the call for input quoted below a reply repeats the questions without
    heading anything."""
    lines = reading.lines
    for j in range(i + 1, len(lines)):
        line = lines[j]
        if line is None:
            continue
        if _starts_tail(line):
            return False
        if line.kind == Kind.QKEY:
            return True
        if line.kind in (Kind.NUMBER, Kind.DASHNUM) and heading_kind(reading, j):
            return True
        if line.kind == Kind.TEXT and match_wording(line.text, reading.questions) is not None:
            return True
    return False


def _starts_tail(line: LineParts) -> bool:
    """Whether a line starts the tail below the answers (:data:`TAIL_STARTS`), or is the
    sender's field of a message replied to ("From:", "De :", "От:", "发件人："), below
    which the call for input quoted repeats the questions without heading anything."""
    if line.terminal in TAIL_STARTS:
        return True
    return line.kind == Kind.FIELD and fold(line.marker.rstrip(":： \u00a0")) in SENDER_LABELS


#: The terminals that start the tail below the answers: an e-mail's, below the reply
#: ("Sent from my iPhone", the original message, a confidentiality notice), or the
#: list of references, notes or signatories.
TAIL_STARTS: Final = frozenset(
    (
        "SIGNOFF_SENT_FROM",
        "SIGNOFF_ORIGINAL",
        "TEXT_DISCLAIMER",
        "TEXT_REFERENCES",
        "TEXT_SIGNATORIES",
    )
)


def _heading(reading: Reading, line: Current, text: str, heading: str, demote: bool) -> Decision:
    """A heading whose title is ``text``: its title runs on over the next lines only if
    it then ends as a title does ("?", ":") within a few lines, so the answer right
    under "Question 1 (Characteristics)" stays the answer; a heading with no title yet
    takes the next lines as its title when they ask."""
    if text:
        runs_on = (
            _unclosed(text) > 0
            or (
                heading != "topic"
                and not ends_title(text)
                and (heading == "question" or title_closes(reading, line.index))
                and not _topic_then_sentence(reading, line.index, text)
                and not _note_then_answer(reading, line.index, text)
            )
            or _goes_on_in_lower_case(reading, line.index, text)
        )
    else:  # "第一部分" over its title "关于增强合作的高层次特征" names a topic, too
        runs_on = heading_kind(reading, line.index) in ("question", "topic")
    return Decision(Role.QUESTION, demote=demote, open=runs_on)


def _goes_on_in_lower_case(reading: Reading, i: int, title: str) -> bool:
    """Whether the title of the heading at ``i`` stops mid-phrase (its last character a
    letter: "B. Recommendations the Working Group should consider, taking into
    account") and goes on, past the page's foot (the footnotes' rule, the footnotes,
    the page's number, the next page's header), on a line of text that starts in lower
    case ("the work of the previous Working Group and paragraphs 69-71 of the"), or
    right under it with its last few words (:func:`_short_tail_under`)."""
    if not title[-1:].isalpha():
        return False
    lines = reading.lines
    j = _past_page_foot(reading, i)
    if j == i + 1:
        return _short_tail_under(lines, j) and _phrase_cut(reading, title, lines[j])
    under = lines[j] if i + 1 < j < len(lines) else None
    return under is not None and under.kind == Kind.TEXT and under.text[:1].islower()


def _phrase_cut(reading: Reading, title: str, under: LineParts | None) -> bool:
    """Whether a line break cuts a phrase between a title and the line under it: the
    title ends with a small word that joins ("... of the"), or its last word and the next
    line's first stand together in a question's wording ("enhanced" / "cooperation")."""
    last = fold(title).rpartition(" ")[2]
    if under is None or not under.text or last in _JOINING_WORDS:
        return under is not None
    first = fold(under.text).partition(" ")[0]
    return any(
        f" {last} {first} " in f" {fold(wording)} "
        for spec in reading.questions.questions
        for wording in spec.wordings
    )


#: Small words that join a title to its next words, folded: a title's joins, and
#: prepositions and articles a wrapped title may break after.
_JOINING_WORDS: Final = TITLE_JOINS | frozenset(("in", "el", "en", "и", "в", "по", "для"))
#: The most words of a title's last part wrapped onto the line right under it.
_TITLE_TAIL_WORDS: Final = 3


def _short_tail_under(lines: Lines, j: int) -> bool:
    """Whether line ``j``, right under a title that stops mid-phrase, is that title's
    last words wrapped ("A. High level characteristics of enhanced" over "cooperation"):
    a few words in lower case, ending no sentence, set apart from what follows by a
    blank line (or followed by a numbered line)."""
    under = lines[j] if j < len(lines) else None
    if under is None or under.kind != Kind.TEXT or not under.text[:1].islower():
        return False
    if len(under.text.split()) > _TITLE_TAIL_WORDS or under.text.endswith(SENTENCE_STOPS):
        return False
    after = lines[j + 1] if j + 1 < len(lines) else None
    return after is None or after.kind != Kind.TEXT


def _past_page_foot(reading: Reading, i: int) -> int:
    """The index of the first line past the page's foot right under line ``i`` (page
    furniture, the footnotes and blank lines between them); ``i + 1`` where no
    furniture or footnote stands right under it."""
    lines, footnotes = reading.lines, reading.footnotes
    j = i + 1
    if j >= len(lines) or not (_is_furniture(lines[j]) or j in footnotes):
        return j
    while j < len(lines) and (lines[j] is None or _is_furniture(lines[j]) or j in footnotes):
        j += 1
    return j


#: A line is a sentence, not a title's next line, when it has at least this many words.
_SENTENCE_MIN_WORDS: Final = 5


def _topic_then_sentence(reading: Reading, i: int, title: str) -> bool:
    """Whether a heading's title names a question's topic and the line right under it
    is the answer's first sentence, not more of the title ("Q1: Characteristics of
    enhanced cooperation" over "In our view enhanced cooperation has the following
    characteristics:"): it reads as a sentence (:func:`_reads_as_sentence`), as a
    title's next line in capitals or title case does not, or, under a title that stops
    short of the usual width, leads into the answer's first point
    (:func:`_lead_under_short_title`); a question asked under the topic ("What are
    the high level characteristics ...?") is more of the title."""
    after = reading.lines[i + 1] if i + 1 < len(reading.lines) else None
    if after is None:
        return False
    text = after.marker + after.gap + after.text
    if not (_reads_as_sentence(text) or _lead_under_short_title(reading, i)):
        return False
    if asks(text) or match_wording(text, reading.questions) is not None:
        return False
    return match_topic(title, reading.questions) is not None


def _reads_as_sentence(text: str) -> bool:
    """Whether a line reads as a sentence, not as a title: it starts with a capital and
    most of its words (five or more) start in lower case, or, in a script without case,
    a sentence ends inside it ("我公司注意到，……未能达成一致。我们认为，……"), it ends
    as a sentence does, which a title never does ("增强合作是各国政府在平等基础上的合作。"),
    or it leads into a list after a comma inside it
    ("我们理解的增强合作，应当具备以下几个特征：")."""
    words = text.split()
    if text[:1].isalpha() and text[:1].lower() == text[:1].upper():
        stripped = text.rstrip()
        return "。" in stripped or (stripped.endswith("：") and "，" in stripped)
    if len(words) < _SENTENCE_MIN_WORDS or not words[0][:1].isupper():
        return False
    return 2 * sum(word[:1].islower() for word in words) > len(words)


def _lead_under_short_title(reading: Reading, i: int) -> bool:
    """Whether the heading on line ``i`` stops short of the usual width (a title that
    fills it may wrap) and the line under it opens with a capital (or a letter of a
    script without case) and leads into the numbered point or bullet right under that
    ("Мы выделяем следующие характеристики:" over "• ...", "نرى أن للتعاون المعزز
    الخصائص التالية:" over "أ) ...")."""
    lines = reading.lines
    full = reading.layout.full_line
    heading, line = lines[i], lines[i + 1]
    under = lines[i + 2] if i + 2 < len(lines) else None
    if heading is None or (full and _width(heading) >= full):
        return False
    if line is None or under is None or line.kind not in (Kind.TEXT, Kind.FIELD):
        return False
    text = (line.marker + line.gap + line.text).rstrip()  # "We see these:" is a field name
    first = text[:1]
    opens = first.isupper() or (first.isalpha() and first.lower() == first.upper())
    return opens and text.endswith(LEADS) and under.kind in _POINT_KINDS


def _note_then_answer(reading: Reading, i: int, title: str) -> bool:
    """Whether a heading's title ends with a note in brackets and the line right under
    it asks nothing: the answer's first line, not more of the title ("就第一个问题（增强
    合作的高级别特征）" over "我会认为，增强合作应当：", "Question 1 (characteristics)" over
    "We see four:")."""
    if title[-1:] not in ")）":
        return False
    note = title[max(title.rfind("("), title.rfind("（")) + 1 : -1]
    if len(note) == len(title) - 1 or ")" in note or "）" in note:
        return False  # no note: the closing bracket is a marker's ("a)") or unmatched
    if sum(ch.isalpha() for ch in note) < 3:
        return False  # a marker in brackets: "(b)", "(ii)"
    if roman_to_int(note) is not None:
        return False  # "(iii)"
    after = reading.lines[i + 1] if i + 1 < len(reading.lines) else None
    return after is not None and not asks(after.marker + after.gap + after.text)


def numbered_heading(reading: Reading, line: Current) -> Decision | None:
    """A numbered line ("1)", "II.", "1 -", "A.") heads a question when its title asks
    one, opens with a question's wording, or names a question's topic; but not, by its
    topic alone, the question that a keyword heading opened right above it ("Q.2
    Recommendations", then "A. Define ...", "B. Use what exists. ... the Group should
    recommend:"), nor, right under its heading, the question that a heading in another
    style opened ("A. High level characteristics ..." over "1. Seychelles considers that
    ... has the following characteristics:"), nor the question that an unnumbered
    topic heading opened when the
    line runs on in the numbering of that answer's points ("On recommendations" over
    "(1) ..." and "(2) Be concrete ... I would recommend:"): that is a point of its
    answer."""
    if line.parts.kind not in (Kind.NUMBER, Kind.DASHNUM):
        return None
    heading = heading_kind(reading, line.index)
    if not heading:
        return None
    kind, marker = reading.heading_marker
    number = question_number(line.parts.marker)
    if heading == "topic" and kind == Kind.QKEY and question_number(marker) == number:
        return None
    if (
        heading == "topic"
        and reading.group_type == Role.QUESTION
        and kind != line.parts.kind
        and question_number(marker) == number
    ):
        return None  # "A. High level characteristics ..." right above: "1." is its point
    if (
        heading == "topic"
        and not line.brk
        and number in reading.named_by_topic
        and _next_in_level(reading.clauses.levels, line.parts.kind, line.parts.marker, number)
    ):
        return None  # "On recommendations", "(1) ...", then "(2) ... I would recommend:"
    return _heading(reading, line, line.parts.text, heading, demote=False)


def outline_topic_heading(reading: Reading, line: Current) -> Decision | None:
    """A section of the writer's own outline ("3. Characteristics of enhanced
    cooperation", "٣- خصائص التعاون المعزز", "三、关于增强合作的高层次特征") heads the
    question whose topic its short title names, whatever the section's own number, when
    the sections numbered in its style name two questions' topics or more, each once,
    under ascending numbers ("1. Introduction", "2. Background", "3. Characteristics
    ...", "4. Recommendations ...", or the recommendations first; Arabic letters too,
    "(أ) التوصيات ..." then "(ب) خصائص التعاون المعزز"): an answer's own
    numbered points that mention a topic do not make such a run, nor do the points of a
    text whose questions are headed with a keyword ("Question One").  A short title that
    names the questions' subject as the whole of what it is about ("II. What enhanced
    cooperation means to us", after "I. Recommendations ...") stands for the first
    question's topic.  A section's
    number alone on its line ("II." over "High level characteristics ...") takes the
    next line as its title."""
    if reading.outline_topics is None:
        reading.outline_topics = _outline_topic_lines(reading)
    if line.index not in reading.outline_topics:
        return None
    if not line.parts.text:
        return _TITLE_UNDER  # "II." over "High level characteristics ..."
    return _heading(reading, line, line.parts.text, "topic", demote=False)


#: A heading whose number stands alone: its title is on the next line.
_TITLE_UNDER: Final = Decision(Role.QUESTION, demote=False, open=True)


def _outline_topic_lines(reading: Reading) -> frozenset[int]:
    """The indexes of the lines :func:`outline_topic_heading` makes headings, found once
    per text: the sections of each numbering style that name questions' topics, where
    they make a run; a section that heads its question by its own number already
    (:func:`heading_kind`) is left to :func:`numbered_heading`.  The entries of a table
    of contents are no sections, nor are the questions themselves (the call quoted under
    a reply: "1. Каковы основные характеристики ...?")."""
    questions = reading.questions
    if any(line is not None and line.kind == Kind.QKEY for line in reading.lines):
        return frozenset()  # "Question One" heads its question: numbered lines are points
    order = {spec.number: place for place, spec in enumerate(questions.questions)}
    by_style: dict[str, list[tuple[int, int, int]]] = {}
    for i, line in enumerate(reading.lines):
        if line is None or not (
            line.kind in (Kind.NUMBER, Kind.DASHNUM) or line.terminal == "LETTER_ABJAD"
        ):
            continue
        if i in reading.table_of_contents or asks(line.text):
            continue  # "1. Каковы основные характеристики ...?": a question, no section
        # a marker alone ("I." over "Recommendations ... (Question 2)") takes its title
        # from the next line
        title = heading_title(reading, i)
        topic = match_topic(line.text or title, questions)
        if topic is None and (not line.text or line.text == title):
            topic = _subject_title(title, questions)  # its line is its whole title
        number = (
            _place_of_letter(line) if line.kind == Kind.LETTER else question_number(line.marker)
        )
        if topic is not None and number:
            by_style.setdefault(line.terminal, []).append((i, order[topic], int(number)))
    found: set[int] = set()
    for sections in by_style.values():
        topics = [topic for _, topic, _ in sections]
        numbers = [number for _, _, number in sections]
        if (
            len(sections) >= 2
            and len(set(topics)) == len(topics)
            and all(a < b for a, b in itertools.pairwise(numbers))
        ):
            found.update(i for i, _, _ in sections if not heading_kind(reading, i))
    return frozenset(found)


def _subject_title(title: str, questions: QuestionSet) -> str | None:
    """The question whose subject a section's short title names as the whole of what it
    is about ("What enhanced cooperation means to us": at most
    :data:`_SUBJECT_TITLE_MAX_WORDS` words, no comma or colon), which stands for its
    topic in the writer's outline; None for a sentence that opens with the subject
    ("Enhanced cooperation is a process among governments, ...")."""
    if any(mark in title for mark in ",:;，：") or len(title.split()) > _SUBJECT_TITLE_MAX_WORDS:
        return None
    return match_subject(title, questions)


#: The most words of a section's title that names the questions' subject.
_SUBJECT_TITLE_MAX_WORDS: Final = 7


#: The terminals of letters that number a writer's sections as well as an answer's
#: points: Arabic letters in abjad order, and roman numerals in brackets ("(i)", "(ii)";
#: LETTER_PAREN reads "(i)" as a letter, and a letter there names no question's number).
TOPIC_LETTERS: Final = frozenset(
    (
        "LETTER_ABJAD",
        "LETTER_PAREN",
        "LETTER_ROMAN_PAREN",
        "LETTER_ROMAN_DOT",
        "LETTER_ROMAN",
        "LETTER_DOT",  # "i." is a letter's terminal, "ii." a roman numeral's
    )
)


def _place_of_letter(parts: LineParts) -> str:
    """The number of a topic letter's place: a roman numeral's or an abjad letter's
    own, a Latin letter's in brackets by its place in the alphabet ("(b)" is 2)."""
    if parts.terminal == "LETTER_PAREN":
        return heading_number(parts.marker)
    return question_number(parts.marker)


def lettered_topic_heading(reading: Reading, line: Current) -> Decision | None:
    """A line lettered in a script without case ("أ- حول الخصائص الرفيعة المستوى ...",
    "ب) حول التوصيات": the LETTER_ABJAD terminal), numbered with a roman numeral in
    brackets ("(i) High-level characteristics of enhanced cooperation", "(ii)
    Recommendations") or lettered in brackets ("(a) Characteristics of enhanced
    cooperation", "(b) Recommendations for the Working Group") heads the question of its
    letter's place when its short title
    names that question's topic, or its title opens with that question's wording
    ("ii. Taking into consideration the work of the previous WGEC and the Tunis", wrapped
    over the next lines), and its letter does not continue an open clause level:
    the answer's own "أ-" and "ب-", "(i)" and "(ii)" stay its clauses, as they do where
    their question was headed already or a question heading comes later.  A letter in
    brackets alone on its line ("(a)" over "The characteristics of enhanced
    cooperation") takes the next line as its title.  A title that names a question by
    its number in brackets as well as its topic ("أ- التوصيات (السؤال الثاني)") heads
    that question, whatever its letter's place."""
    parts = line.parts
    number = _place_of_letter(parts)
    if not parts.text:
        parts = parts._replace(text=heading_title(reading, line.index))
    referenced = referenced_number(parts.text)
    if referenced and _names_its_topic(parts, reading.questions, referenced):
        return _referenced_letter(reading, line, parts, referenced)
    worded = number in (
        match_wording(parts.text, reading.questions),
        match_restated(parts.text, reading.questions),  # the wording in other words
    )
    if not (worded or _names_its_topic(parts, reading.questions, number)):
        return None  # its letter's number, too
    if _next_in_level(reading.clauses.levels, parts.kind, parts.marker, number):
        return None
    if int(number) <= reading.questions_read and not _before_the_last_heading(
        reading, parts, number
    ):
        return None
    if _worded_later(reading, number, line.index):
        return None
    if heading_follows(reading, line.index):
        return None  # "(ii) Recommendations should be ..." before "Question 2:"
    if not line.parts.text:
        return Decision(Role.QUESTION, demote=False, open=True)  # its title under it
    # A wording goes on over the lines it wraps to; a topic's short title does not.
    return _heading(reading, line, parts.text, "" if worded else "topic", demote=False)


def _referenced_letter(
    reading: Reading, line: Current, parts: LineParts, number: str
) -> Decision | None:
    """A lettered section whose title names a question's topic and that question by its
    number in brackets ("أ- التوصيات (السؤال الثاني)", "(b) Characteristics (question
    1)") heads that question, whatever its letter's place, unless every question was
    headed already or its letter continues an open clause level."""
    if reading.questions_read >= len(reading.questions.questions) or _next_in_level(
        reading.clauses.levels, parts.kind, parts.marker, _place_of_letter(parts)
    ):
        return None
    return _heading(reading, line, parts.text, "topic", demote=False)


def _before_the_last_heading(reading: Reading, parts: LineParts, number: str) -> bool:
    """Whether a line's letter comes before the last question heading's, in the same
    kind of marker ("i." after "ii. Taking into consideration ..."): a writer who
    answers the second question first heads the first after it."""
    kind, marker = reading.heading_marker
    if kind != parts.kind:
        return False
    # "(b) Recommendations" before "(a) Characteristics": a letter's place in brackets
    last = heading_number(marker)
    return last.isdigit() and number.isdigit() and int(number) < int(last)


def heading_number_continues(reading: Reading, line: Current) -> Decision | None:
    """After a break, a numbered line that continues the numbering of the last question
    heading ("II." after "I. ¿Cómo entendemos ...?", "(2)" after "(1)", "ii." after
    "i. What are ...?", "b)" after "a) Characteristics"), in its style and with the
    next number of a question of the set, heads that question, when no open clause
    level has its style: the answer's own clauses, numbered otherwise ("1)", "a)",
    "أ)"), do not hide it."""
    kind, marker = reading.heading_marker
    parts = line.parts
    if not marker or kind != parts.kind or not reading.questions_read:
        return None
    number = question_number(parts.marker)
    heading = [(clause_style(kind, marker, []), marker)]
    if not number or not _next_in_level(heading, kind, parts.marker, number):
        return None
    style = heading[0][0]
    if any(open_style == style for open_style, _ in reading.clauses.levels):
        return None
    if reading.questions.by_number(number) is None:
        return None
    return _heading(reading, line, parts.text, "", demote=False)


#: Question keywords that are a title's lead phrase, not a marker: "On the first
#: question (characteristics ...)" is its heading's title, whole.
_LEAD_PHRASES: Final = frozenset(("QKEY_ON_ORDINAL", "QKEY_ON"))


def keyword_heading(reading: Reading, line: Current) -> Decision | None:
    """A question keyword and number ("Question 1:", "Вопрос 1.") always heads one; a
    keyword in a lead phrase ("On the first question (...)", "По первому вопросу",
    "بشأن السؤال الأول", or an answer's lead over a topic in brackets, "Réponse à la
    question 1 (caractéristiques)") heads it with the whole line as its title.  An
    ordinal and the keyword in lower case under a line that ends no sentence ("...
    respondemos primero a la" / "segunda pregunta.") are that sentence going on
    (:func:`goes_on_a_sentence`)."""
    if line.parts.kind != Kind.QKEY or goes_on_a_sentence(reading.lines, line.index):
        return None
    if line.parts.terminal in _LEAD_PHRASES or _answer_lead_over_a_note(line.parts):
        return _heading(reading, line, line.plain, "", demote=True)
    return _heading(reading, line, line.parts.text, "", demote=False)


def goes_on_a_sentence(lines: Lines, i: int) -> bool:
    """Whether line ``i`` is an ordinal and a question's keyword in lower case
    (QKEY_ORDINAL_WORD: "segunda pregunta.", "second question."; or the keyword first,
    QKEY_WORD_ORDINAL: "question second.") right under a line of text that ends no
    sentence (one blank line between, as double spacing sets lines apart): the sentence
    above going on over a line break, not a heading."""
    parts = lines[i]
    if (
        parts is None
        or parts.terminal not in ("QKEY_ORDINAL_WORD", "QKEY_WORD_ORDINAL")
        or not parts.marker[:1].islower()
    ):
        return False
    j = i - 1
    if j > 0 and lines[j] is None:
        j -= 1  # one blank line between, as double spacing sets the lines apart
    above = lines[j] if j >= 0 else None
    return (
        above is not None
        and above.kind == Kind.TEXT
        and not above.text.rstrip().endswith(SENTENCE_STOPS)
    )


def _answer_lead_over_a_note(parts: LineParts) -> bool:
    """Whether a keyword after an answer's lead (QKEY_ANSWER) has nothing after its number
    but a topic in brackets ("Réponse à la question 1 (caractéristiques de haut
    niveau)", "Ответ на вопрос № 1 (характеристики ...)"): a lead phrase, as "On the
    first question (...)" is, the whole line its title."""
    if parts.terminal != "QKEY_ANSWER":
        return False
    text = parts.text
    return len(text) > 2 and text[0] in "(（" and text[-1] in ")）"


def wording_under_its_topic_heading(reading: Reading, line: Current) -> Decision | None:
    """A question's wording (or a translation) right under a heading whose short title
    names that question's topic, with nothing between ("I.   RECOMMENDATIONS" over
    "Taking into consideration the work of the previous WGEC ..., what kind of
    recommendations should we consider?") goes on the heading's title: one heading, not
    two; unless it opens the answer's sentence that leads into its list
    (:func:`_leads_answer_under_its_heading`)."""
    if reading.group_type != Role.QUESTION or len(reading.group) != 1:
        return None
    number = match_wording(line.plain, reading.questions)
    if number is None or match_topic(reading.group[0].text, reading.questions) != number:
        return None
    if _leads_answer_under_its_heading(reading, line.index, number):
        return None  # "Taking into consideration ..., we recommend:": the answer
    return _WORDING_GOES_ON


#: The wording goes on the heading's title, and over the lines it wraps to.
_WORDING_GOES_ON: Final = Decision(Role.CONTINUE, demote=True, open=True)


def wording_heading(reading: Reading, line: Current) -> Decision | None:
    """An unnumbered line that opens with a question's wording heads it, after a break
    or where no block is open; so does a line of plain text that asks a question in
    words that read as its wording all the same
    (:func:`~wgec_parse.questions.match_restated`: "С учетом работы предыдущей РГРС ...,
    какие рекомендации нам следует рассмотреть?", a name abbreviated)."""
    if not line.brk and reading.group_open:
        return None
    text, questions = line.plain, reading.questions
    number = match_wording(text, questions)
    if number is not None and (
        _leads_answer_under_its_heading(reading, line.index, number)
        or _cited_before_its_heading(reading, line.index, number)
    ):
        return None
    if number is not None or (line.parts.kind == Kind.TEXT and match_restated(text, questions)):
        return _heading(reading, line, text, "", demote=True)
    return None


def _leads_answer_under_its_heading(reading: Reading, i: int, number: str) -> bool:
    """Whether line ``i``, which opens with the wording of question ``number``, opens a
    sentence that leads into its answer's list (a colon at its end, on this line or on
    one of the next few lines it wraps to) right under that question's heading, with
    nothing between ("¿Qué tipo de recomendaciones deberíamos considerar?" over
    "Teniendo en cuenta la labor del anterior Grupo ..., recomendamos:"): the answer's
    first sentence restates the question, it does not head it again."""
    if reading.group_type != Role.QUESTION or not _sentence_leads(
        reading.lines, i, reading.layout.double
    ):
        return False
    last = reading.last_line()
    if last is None:
        return False
    questions = reading.questions
    heading = last.text
    asked = match_wording(heading, questions) or match_topic(heading, questions)
    return asked is None or asked == number


def _sentence_leads(lines: Lines, i: int, double: bool = False) -> bool:
    """Whether the sentence that line ``i`` opens ends with a colon: the first of its
    lines, up to :data:`_LEAD_LINES` without a blank line between and each after the
    first going on in lower case (or with a number before a word in lower case: "... los
    párrafos 69 a" over "71 de la Agenda de Túnez, proponemos que el Grupo
    recomiende:"), that ends a sentence or leads into a list, leads.  In doubled
    spacing (``double``) one blank line between them is spacing."""
    j, read = i, 0
    while j < len(lines) and read < _LEAD_LINES:
        parts = lines[j]
        if parts is None:
            if double and j > i and lines[j - 1] is not None and j + 1 < len(lines):
                j += 1  # pdftotext's doubled spacing
                continue
            return False
        text = parts.marker + parts.gap + parts.text  # "propose ... suivantes :", a field
        if j > i and not _goes_on(text):
            return False
        end = text.rstrip()
        if end.endswith(LEADS):
            return True
        if end.endswith(SENTENCE_END) or QUESTION_END.search(end) is not None:
            return False
        j, read = j + 1, read + 1
    return False


def _goes_on(text: str) -> bool:
    """Whether a line goes on with the sentence above it: it opens in lower case, or
    with a number (and its comma) before a word in lower case, or in a script without
    case ("71 de la Agenda de Túnez, ...", "71، توصي الهيئة بما يلي:")."""
    number, _, rest = text.partition(" ")
    first = rest[:1]
    caseless = first.isalpha() and first.lower() == first.upper()
    return text[:1].islower() or (number.rstrip(",،").isdigit() and (first.islower() or caseless))


#: A sentence that leads into a list wraps over at most this many lines.
_LEAD_LINES: Final = 4


def styled_asks(reading: Reading, i: int) -> bool:
    """Whether line ``i``, unnumbered, was styled as a heading in the original (a Word
    heading style, or underlined: :func:`~wgec_parse.layout.underlined_titles`) and asks
    a question, opens with a question's wording or names a question's topic, or, before
    any question heading, names what the questions are about ("How we understand
    enhanced cooperation")."""
    line = reading.lines[i]
    if i not in reading.heading_lines or line is None:
        return False
    if line.kind != Kind.TEXT and line.kind != Kind.FIELD:
        return False
    text = line.marker + line.gap + line.text
    questions = reading.questions
    return (
        QUESTION_END.search(text) is not None
        or match_wording(text, questions) is not None
        or match_topic(text, questions) is not None
        or (not reading.questions_read and match_subject(text, questions) is not None)
    )


def styled_heading(reading: Reading, line: Current) -> Decision | None:
    """A line styled as a heading in the original (a Word heading style, passed to
    ``parse`` as ``heading_lines``) heads a question when it asks one, opens with a
    question's wording or names a question's topic, even without a number or a break
    before it ("What should enhanced cooperation achieve?", "Recommendations").  A
    styled paragraph is whole on its line: its title does not run on.  A heading still
    open for its title ("Question 1" in "Heading 1", the question in "Heading 2")
    takes the line as its title instead."""
    if reading.group_open and reading.group_type == "QUESTION":
        return None
    if styled_asks(reading, line.index):
        return Decision(Role.QUESTION, demote=True, open=False)
    return None


#: The kinds of line that open an answer's points: a topic heading may stand right
#: above one (a section letter or a number before a dash, "A.<TAB>Purpose", "1 - ...",
#: too).
_POINT_KINDS: Final = frozenset((Kind.NUMBER, Kind.LETTER, Kind.DOTTED, Kind.BULLET, Kind.DASHNUM))
#: Quotes and brackets that may open a title before its first letter.
_OPENERS: Final = "\"'“‘«„(（[【¿¡"


def _opens_as_a_title(text: str) -> bool:
    """Whether ``text`` starts with a capital, or a letter of a script without case,
    after an opening quote or bracket, if any."""
    first = text.lstrip(_OPENERS)[:1]
    return first.isalpha() and (first.lower() == first.upper() or first.isupper())


#: The first words of a salutation, folded.
_SALUTATIONS: Final = frozenset(
    fold(word)
    for word in (
        "Dear", "Hello", "Hi", "Excellency", "Estimado", "Estimada", "Estimados", "Estimadas",
        "Distinguido", "Distinguida", "Distinguidos", "Distinguidas", "Señor", "Señora",
        "Señores", "Señoras", "Excelentísimo", "Excelentísima", "Excmo.", "Excma.",
        "Monsieur", "Madame", "Mesdames", "Messieurs", "Cher", "Chère", "Chers", "Chères",
        "Уважаемый", "Уважаемая", "Уважаемые", "السيد", "السيدة", "السادة", "حضرة", "سعادة",
    )
)  # fmt: skip
#: Salutations that are whole phrases, folded: "De nuestra consideración:", as letters
#: of Latin America open.
_SALUTATION_PHRASES: Final = frozenset(
    fold(phrase)
    for phrase in (
        "De nuestra consideración", "De mi consideración", "De nuestra mayor consideración",
        "De mi mayor consideración", "Muy señor mío", "Muy señores míos",
    )
)  # fmt: skip
#: Salutations written without a space after their opening ("尊敬的主席").
_SALUTATION_PREFIXES: Final = ("尊敬的", "亲爱的")


def salutes(text: str) -> bool:
    """Whether ``text`` (without its last stop) is a letter's salutation: it opens with
    a salutation's word ("Dear colleagues", "Hello", "Estimados señores", "Уважаемые
    коллеги", "尊敬的主席") or is a whole salutation's phrase ("De nuestra
    consideración")."""
    words = text.split(maxsplit=1)
    opens = fold(words[0]).strip(",") if words else ""
    return (
        opens in _SALUTATIONS
        or text.startswith(_SALUTATION_PREFIXES)
        or (fold(text) in _SALUTATION_PHRASES)
    )


#: The most words a salutation alone on its line holds ("Dear Members of the Group,").
_SALUTATION_WORDS: Final = 6


def _salutation_line(line: LineParts) -> bool:
    """Whether a line is a letter's salutation alone, ended with a comma, colon or
    exclamation mark ("Hello,", "Dear colleagues,", "Уважаемые коллеги!")."""
    text = line.marker + line.gap + line.text
    return (
        text.endswith((",", ":", "!", "，", "：", "！"))
        and len(text.split()) <= _SALUTATION_WORDS
        and salutes(text.rstrip(",:!，：！ "))
    )


def _title_alone(reading: Reading, j: int, *, caseless: bool = False) -> bool:
    """Whether line ``j``, the last of its paragraph, is a title in single-spaced text
    ("Input of the Example Institute, Gaborone", "Posted on 20 December 2016" over a
    blank line), in a script with case (or, ``caseless``, in one without: "مساهمة مركز
    ... في أعمال الفريق العامل"): no sentence goes on from it over the blank line, as
    one may in doubled spacing."""
    lines = reading.lines
    line = lines[j]
    first = line.text[:1] if line is not None else ""
    return (
        not reading.layout.double
        and line is not None
        and line.kind == Kind.TEXT
        # not a script without case, whose lines run on, unless the caller allows it
        and (
            first.isupper()
            or (caseless and first.isalpha() and first == first.lower() and first == first.upper())
        )
        and not line.text.endswith(_LEADS_ON)
    )


#: The kinds of an answer's first item, below its topic after a blank line: not a
#: section's dash number ("Раздел 1. ...", a heading of its own).
_ITEM_KINDS: Final = frozenset((Kind.NUMBER, Kind.LETTER, Kind.DOTTED, Kind.BULLET))
#: How a line that leads into the next one ends.
_LEADS_ON: Final = (",", ":", ";", "-", "\u00ad", "，", "：", "；", "،")


def topic_stands_alone(reading: Reading, i: int) -> bool:
    """Whether line ``i`` is an unnumbered topic heading ("Characteristics of enhanced
    cooperation", "Recomendaciones"; before any question heading, or after unnumbered
    headings that named other questions, also a heading that names a question's
    subject, "What enhanced cooperation should look like"): it names
    a question's topic in at most :data:`TOPIC_MAX_WORDS` words, starts with a capital
    (or a letter of a script without case; after an opening quote or bracket, if any),
    does not lead into what follows (":" or "," at its end), and stands alone after a
    blank line, page furniture or a form feed (or, in text without blank lines between
    paragraphs, a short line that ends one, :func:`_ends_short_paragraph`, or a point
    that ends a sentence over the next point, :func:`_between_points`) and a
    paragraph that ended a sentence (or a letter's salutation, "Hello,", or, for a
    heading that names a question's topic over the answer's first point, a blank line
    between or none, or a sentence leading into it with a colon, a title,
    :func:`_title_alone`),
    with a blank line or the answer's first numbered point or bullet right under it
    ("Рекомендации" over "а) ...", "التوصيات" over "١. ..."), or a line leading into
    that point with a colon (:func:`_point_or_break_under`), or, written in capitals,
    with text not in capitals right under it (:func:`_capitals_over_text`), or, short,
    over a paragraph's first line (:func:`_short_over_paragraph`); in
    double-spaced text (where every line stands between blank lines), with the answer's
    first numbered point or bullet the next line.  The text's first line heads its
    question only where a later heading names another (:func:`_first_line_topic`)."""
    lines = reading.lines
    line = lines[i]
    if line is None or not (line.kind == Kind.TEXT or _subtitled(line, reading.questions)):
        return False
    if i == 0:
        return _first_line_topic(reading, line)
    above = lines[i - 1]
    if not (
        above is None
        or _is_furniture(above)
        or _opens_page(line)
        or _ends_short_paragraph(reading, above)
        or _between_points(reading, above, i)
    ):
        return False
    j = i - 1
    while j >= 0 and (lines[j] is None or _is_furniture(lines[j])):
        j -= 1
    before = lines[j] if j >= 0 else None
    if before is None:
        return False
    # Under a title alone only a question's topic heads it, not the subject of them all
    # ("Comments on enhanced cooperation, December 2016" under a letterhead: a title).
    # A place and date count as a title, whatever ends them ("Алматы, 28 декабря 2016 г.").
    under_title = before.terminal == "TEXT_DATELINE" or not (
        before.text.endswith(SENTENCE_END) or _salutation_line(before) or _links_line(before)
    )
    # Under a title in a script without case, only a heading over a sentence that leads
    # into the answer's list ("خصائص التعاون المعزز" over "... بما يلي:" over "• ...").
    if under_title and not _title_alone(reading, j, caseless=_leads_into_items(lines, i + 1)):
        return False
    text = line.text if line.kind == Kind.TEXT else line.marker + line.gap + line.text
    if not _opens_as_a_title(text):
        return False  # "[r2 c3] ..." (a form's cell), ": . ...", "the characteristics"
    if len(text.split()) > TOPIC_MAX_WORDS or text.endswith((":", "：", ",", "，")):
        return False  # a sentence that leads into a list ("We recommend the following:")
    if _heads_tab_columns(lines, i):
        return False  # "Characteristic<TAB>Why it matters" over "Clarity<TAB>..."
    if not (
        _point_or_break_under(reading, i)
        or _capitals_over_text(reading, i)
        or _short_over_paragraph(reading, i)
    ):
        return False
    questions = reading.questions
    if under_title:  # and the answer's first point under it, a blank line between or none
        k = i + 1
        while k < len(lines) and lines[k] is None and k <= i + 2:
            k += 1
        under = lines[k] if k < len(lines) else None
        return (
            under is not None
            and (
                under.kind in _ITEM_KINDS
                or (k == i + 1 and under.kind in _POINT_KINDS)
                or _leads_into_items(lines, k)
            )
            and match_topic(text, questions) is not None
        )
    if match_topic(text, questions) is not None:
        return True
    # A heading that names only what the questions are about ("What enhanced
    # cooperation should look like") heads one only as the first heading, or after
    # unnumbered headings that named other questions: otherwise it is a sub-heading of
    # an answer.
    return reading.subject_unnamed(match_subject(text, questions))


def _links_line(line: LineParts) -> bool:
    """Whether a line is a web page's field of related pages ("Related: National ICT
    Policy 2016-2020 | Seychelles at the Internet Governance Forum", "Voir aussi : ...",
    "相关阅读：..."), as a news item lists them above the text: no title over the heading
    under it."""
    return (
        line.kind == Kind.FIELD and line.marker.rstrip(" :：\u00a0").casefold() in _RELATED_LABELS
    )


#: The labels of a web page's links to its other posts, in lower case: a line of related
#: pages above the text here, the web page's tail in the closing's rules
#: (:data:`~wgec_parse.roles.blocks.WEB_TAIL_LABELS`).
RELATED_POSTS_LABELS: Final = (
    "related posts", "related articles", "read also", "lire aussi", "à lire aussi",
    "lea también", "читайте также", "اقرأ أيضا", "相关阅读", "相关文章",
)  # fmt: skip
#: The labels of a web page's line of related pages (folded).
_RELATED_LABELS: Final = frozenset(
    (
        *RELATED_POSTS_LABELS,
        "related", "related pages", "related links", "related news", "see also",
        "read more", "voir aussi", "articles liés", "ver también", "véase también",
        "noticias relacionadas", "см. также", "по теме", "ذات صلة", "اقرأ أيضاً", "相关链接",
        "延伸阅读",
    )
)  # fmt: skip


def _leads_into_items(lines: Lines, k: int) -> bool:
    """Whether line ``k`` is a sentence that leads into a list with a colon, the list's
    first item right under it ("يرى المركز أن التعاون المعزز يتسم بما يلي:" over "• ...")."""
    lead = lines[k] if k < len(lines) else None
    after = lines[k + 1] if k + 1 < len(lines) else None
    return (
        lead is not None
        and lead.kind == Kind.TEXT
        and lead.text.endswith(LEADS)
        and after is not None
        and after.kind in _ITEM_KINDS
    )


def _first_line_topic(reading: Reading, line: LineParts) -> bool:
    """Whether the text's first line, a short title that names a question's topic with
    a blank line under it, heads that question: where a later topic heading standing
    alone names another question ("Características de la cooperación mejorada" over
    its answer, then "Recomendaciones"), the text has no cover and opens with its first
    answer's heading."""
    lines = reading.lines
    text = line.text
    number = match_topic(text, reading.questions)
    if number is None or not _opens_as_a_title(text) or len(lines) < 2 or lines[1] is not None:
        return False
    if len(text.split()) > TOPIC_MAX_WORDS or text.endswith(SENTENCE_END):
        return False
    for j in range(2, len(lines)):
        other = lines[j]
        if other is None or other.kind != Kind.TEXT or lines[j - 1] is not None:
            continue
        if len(other.text.split()) > TOPIC_MAX_WORDS or not _opens_as_a_title(other.text):
            continue
        named = match_topic(other.text, reading.questions)
        if named is not None and named != number and _point_or_break_under(reading, j):
            return True  # "Recomendaciones" alone after a blank line, over its answer
    return False


def _subtitled(line: LineParts, questions: QuestionSet) -> bool:
    """Whether a field line is a title with its subtitle after a colon ("Enhanced
    cooperation: what it should look like", "Recomendaciones: lo que proponemos"): its
    name names a question's topic or what the questions are about (not a memo's label,
    "Subject: enhanced cooperation"), and its value opens in lower case and ends no
    sentence."""
    value = line.text
    if line.kind != Kind.FIELD or not value[:1].islower() or value.endswith(SENTENCE_END):
        return False
    name = line.marker.rstrip(":： \u00a0")
    return match_topic(name, questions) is not None or match_subject(name, questions) is not None


def _ends_short_paragraph(reading: Reading, line: LineParts) -> bool:
    """Whether ``line`` is short and ends a sentence where such a line ends its
    paragraph (single-spaced text written without blank lines between paragraphs,
    :meth:`~wgec_parse.roles.base.Reading.ends_paragraph`): a heading may follow it as
    it follows a blank line."""
    if line.kind != Kind.TEXT and not (reading.layout.unwrapped and line.marker):
        return False  # one paragraph a line: a point that ends a sentence ends it too
    return reading.ends_short(line.text, _width(line))


def _heads_tab_columns(lines: Lines, i: int) -> bool:
    """Whether line ``i`` is the header row of a table flattened to tabs: its cells
    split by a tab, with a row of cells split by a tab right under it ("Characteristic
    <TAB>Why it matters to business" over "Clarity<TAB>Companies need to know ...")."""
    line = lines[i]
    under = lines[i + 1] if i + 1 < len(lines) else None
    return (
        line is not None
        and "\t" in line.text.strip()
        and under is not None
        and "\t" in under.text.strip()
    )


#: How a line that leads into a list ends.
LEADS: Final = (":", "：")


def _point_or_break_under(reading: Reading, i: int) -> bool:
    """Whether a blank line or a numbered point or bullet comes right under line ``i``,
    or a line that leads into one (it ends with a colon and the point is the next line:
    "We see the following characteristics:" over "(a) ...", a sentence read as a field
    with no value, "نرى أن التعاون المعزز:" over "• ...", or over an item whose glyph
    was lost, :func:`_glyph_lost_item`), or a page's foot and then
    a point (a heading left at the foot of a page, over the footnotes' rule, the
    footnotes, the page's number and the next page's header); in double-spaced text,
    whether the next line (past blank lines and page furniture) is a numbered point or
    bullet."""
    lines = reading.lines
    if not reading.layout.double:
        under = lines[i + 1] if i + 1 < len(lines) else None
        if _is_furniture(under):  # the page's foot: its footnotes, number, next header
            j = _past_page_foot(reading, i)
            under = lines[j] if j < len(lines) else None
            return under is None or under.kind in _POINT_KINDS
        if (
            under is not None
            and (
                (under.kind == Kind.TEXT and under.text.endswith(LEADS))
                # "نرى أن التعاون المعزز:", not "suivantes :", a sentence's wrapped end
                or (under.kind == Kind.FIELD and not under.text and not under.marker[:1].islower())
            )
        ):
            under = lines[i + 2] if i + 2 < len(lines) else None
            return under is not None and (
                under.kind in _POINT_KINDS or _glyph_lost_item(reading, under)
            )
        return under is None or under.kind in _POINT_KINDS
    for j in range(i + 1, len(lines)):
        line = lines[j]
        if line is not None and not _is_furniture(line):
            return line.kind in _POINT_KINDS
    return False


def _glyph_lost_item(reading: Reading, line: LineParts) -> bool:
    """Whether ``line``, under a line that leads into a list, is an item whose glyph was
    lost: text that stands as such an item does (:func:`stands_as_a_lost_glyph`; a tab,
    as Word's list indent is extracted: "In our experience ... has four features:" over
    "<TAB>governments cooperate openly, ...")."""
    return line.kind == Kind.TEXT and stands_as_a_lost_glyph(reading, line.indent, line.text)


def stands_as_a_lost_glyph(reading: Reading, indent: str, content: str) -> bool:
    """Whether a line of ``indent`` and ``content`` stands as an item whose glyph was lost
    in extraction does: indented past the usual margin, with no form feed in its indent
    (a page's first line), opening with a letter."""
    return len(indent) > reading.layout.baseline and "\f" not in indent and content[:1].isalpha()


def _capitals_over_text(reading: Reading, i: int) -> bool:
    """Whether line ``i`` is written in capitals and the line right under it is text that
    is not ("WHAT THE WORKING GROUP SHOULD RECOMMEND" over "Seen from ..."): a heading
    in capitals needs no blank line to stand apart from its answer."""
    lines = reading.lines
    line, under = lines[i], lines[i + 1] if i + 1 < len(lines) else None
    return (
        line is not None
        and under is not None
        and under.kind == Kind.TEXT
        and line.text.isupper()
        and not under.text.isupper()
    )


#: The usual width of a page's lines, below which a short heading cannot be told from
#: the lines of its paragraph.
_PARAGRAPH_MIN_WIDTH: Final = 40


def _short_over_paragraph(reading: Reading, i: int) -> bool:
    """Whether line ``i``, in single-spaced text, stops well short of the usual width
    (at most two thirds of it, the usual width being five fourths of
    :attr:`~wgec_parse.layout.Layout.full_line`, of :data:`_PARAGRAPH_MIN_WIDTH`
    characters or more) over
    a paragraph's first line: text that opens as a title does, does not lead into a list,
    and fills the usual width or ends a sentence ("What enhanced cooperation is"
    over "Enhanced cooperation is best read as a commitment rather than ..."), or a
    sentence of three words or more that leads into the answer's list ("بشأن التوصيات"
    over "نوصي الفريق العامل بما يلي:"), as a heading whose spacing was lost sits over
    its answer."""
    full = reading.layout.full_line
    lines = reading.lines
    line, under = lines[i], lines[i + 1] if i + 1 < len(lines) else None
    if reading.layout.double or full < _PARAGRAPH_MIN_WIDTH or line is None or under is None:
        return False
    leads = under.text.endswith(LEADS) and len(under.text.split()) >= _LEAD_UNDER_MIN_WORDS
    return (
        under.kind == Kind.TEXT
        and (leads or not under.text.endswith(LEADS))
        and 6 * _width(line) <= 5 * full  # two thirds of the usual width, 5/4 of ``full``
        and _opens_as_a_title(under.text)
        and not under.text.isupper()
        and (leads or _width(under) >= full or under.text.rstrip().endswith(SENTENCE_END))
    )


#: The fewest words of a sentence that leads into a list under a topic heading ("نوصي
#: الفريق العامل بما يلي:", "We recommend the following:").
_LEAD_UNDER_MIN_WORDS: Final = 3


def _width(line: LineParts) -> int:
    """How wide a line is written, up to its trailing white space."""
    return len(line.indent) + len(line.marker) + len(line.gap) + len(line.text)


def double_spaced_topic_heading(reading: Reading, line: Current) -> Decision | None:
    """In double-spaced text, an unnumbered topic heading between a paragraph that ended
    a sentence and the answer's first numbered point or bullet ("حول خصائص التعاون
    المعزز" over "(1) ...", :func:`topic_stands_alone`) heads its question, though one
    blank line is no break there."""
    if reading.layout.double and topic_stands_alone(reading, line.index):
        return Decision(Role.QUESTION, demote=True, open=False)
    return None


def unspaced_topic_heading(reading: Reading, line: Current) -> Decision | None:
    """In single-spaced text without blank lines between paragraphs, an unnumbered
    topic heading right under a short line that ends a sentence, the end of its
    paragraph (:func:`_ends_short_paragraph`; "What enhanced cooperation is" under "...
    do not engage my university."), heads its question as it would after a blank line
    (:func:`topic_stands_alone`); so does one between a point that ends a sentence and
    the next point (:func:`_between_points`)."""
    i = line.index
    if line.brk or not reading.group_open or reading.layout.double or i == 0:
        return None
    above = reading.lines[i - 1]
    if above is None or not (
        _ends_short_paragraph(reading, above) or _between_points(reading, above, i)
    ):
        return None
    if topic_stands_alone(reading, i):
        return Decision(Role.QUESTION, demote=True, open=False)
    return None


#: The most words of a title between two points (:func:`_between_points`).
_BETWEEN_POINTS_WORDS: Final = 6
#: The marks that set a sentence's parts apart, which such a title holds none of.
_INSIDE_A_SENTENCE: Final = (".", ";", ":", "?", "!", "。", "；", "：")


def _between_points(reading: Reading, above: LineParts, i: int) -> bool:
    """Whether line ``i`` stands between a point whose text ends a sentence and the next
    point right under it, no blank line around it ("3. ... ninguna empresa puede
    resolverlo sola." / "Recomendaciones" / "4. Recomendar ..."): a title between two
    points, as a short paragraph's end leaves one, however long the point above: a
    title of a few words (:data:`_BETWEEN_POINTS_WORDS`) and no sentence's marks."""
    lines = reading.lines
    line, under = lines[i], lines[i + 1] if i + 1 < len(lines) else None
    if line is None or len(line.text.split()) > _BETWEEN_POINTS_WORDS:
        return False
    if any(mark in line.text for mark in _INSIDE_A_SENTENCE):
        return False  # "Internet governance; High level ...": more than a title
    return (
        above.kind in (Kind.NUMBER, Kind.DOTTED, Kind.LETTER, Kind.BULLET)
        and above.text.rstrip().endswith((".", "!", "?", "。"))
        and under is not None
        and under.kind in (Kind.NUMBER, Kind.DOTTED, Kind.LETTER, Kind.BULLET)
    )


def _opens_page(line: LineParts) -> bool:
    """Whether a line opens a page: a form feed before it (Word's "save as text" and
    pdftotext put one where a page starts)."""
    return "\f" in line.indent


def _is_furniture(line: LineParts | None) -> bool:
    """Whether a line is page furniture: noise other than a stray URL (a page number, a
    running header or title, a form feed)."""
    return line is not None and line.kind == Kind.NOISE and line.terminal != "NOISE_URL"


def topic_after_page_furniture(reading: Reading, line: Current) -> Decision | None:
    """An unnumbered topic heading right after page furniture (a page number, a running
    header) or opening a page after a form feed heads its question as it would after a
    blank line (:func:`topic_stands_alone`), and so does a line that names its question
    in brackets at its end (:func:`references_question`, "关于加强合作的特征（第一个问题）"
    after a form feed): the page's break is its break, though the open paragraph runs
    on across pages."""
    i = line.index
    if i == 0 or not (_is_furniture(reading.lines[i - 1]) or _opens_page(line.parts)):
        return None
    if topic_stands_alone(reading, i):
        return Decision(Role.QUESTION, demote=True, open=False)
    if references_question(reading, i):
        return Decision(Role.QUESTION, demote=True, open=not referenced_number(line.parts.text))
    return None


#: A heading that names its question in brackets has at most this many words.
REFERENCED_MAX_WORDS: Final = 24


def references_question(reading: Reading, i: int) -> bool:
    """Whether line ``i`` is an unnumbered heading that names its question in brackets
    at its end ("High-level characteristics of enhanced cooperation (Q1)",
    "Recomendaciones al Grupo de Trabajo ... (pregunta 2)", "特征（问题二）"), or alone on
    the line under it (:func:`_reference_under`): plain text
    of at most :data:`REFERENCED_MAX_WORDS` words, after a blank line or at the start,
    naming a question of the set, and not a sentence that goes on in lower case on the
    line under it ("We begin with our recommendations (guiding question 2)" over "and
    then give ...")."""
    lines = reading.lines
    line = lines[i]
    if line is None or line.kind != Kind.TEXT or not _stands_after_a_break(reading, i):
        return False
    if len(line.text.split()) > REFERENCED_MAX_WORDS:
        return False
    under = lines[i + 1] if i + 1 < len(lines) else None
    if under is not None and under.kind == Kind.TEXT and under.text[:1].islower():
        return False
    number = referenced_number(line.text)
    if not number:
        return _reference_under(reading, i)  # "Recommendations" over "(on question 2)"
    return reading.questions.by_number(number) is not None


def _reference_under(reading: Reading, i: int) -> bool:
    """Whether the line under line ``i``, with no break between, is a bracketed reference
    to a question of the set alone ("Recommendations" over "(on guiding question 2)"),
    and line ``i`` a short line of plain text after a break that ends no sentence."""
    lines = reading.lines
    line = lines[i]
    under = lines[i + 1] if i + 1 < len(lines) else None
    if line is None or under is None or line.kind != Kind.TEXT or under.kind != Kind.TEXT:
        return False
    if (i > 0 and lines[i - 1] is not None) or line.text.endswith(SENTENCE_END):
        return False
    if len(line.text.split()) > REFERENCED_MAX_WORDS or under.text[:1] not in "(（":
        return False
    number = referenced_number(under.text)
    return bool(number) and reading.questions.by_number(number) is not None


def _stands_after_a_break(reading: Reading, i: int) -> bool:
    """Whether line ``i`` starts the text, follows a blank line, or follows page
    furniture or opens a page after a form feed (a page's break is a break too)."""
    lines = reading.lines
    if i == 0 or lines[i - 1] is None or _is_furniture(lines[i - 1]):
        return True
    line = lines[i]
    return line is not None and _opens_page(line)


def referenced_heading(reading: Reading, line: Current) -> Decision | None:
    """After a break, an unnumbered line that names its question in brackets at its end
    (:func:`references_question`) heads that question, the whole line its title; so
    does one whose reference stands alone on the line under it ("Recommendations" over
    "(on guiding question 2)"), the two lines its title."""
    if line.brk and references_question(reading, line.index):
        under = not referenced_number(line.parts.text)
        return Decision(Role.QUESTION, demote=True, open=under)
    return None


def topic_label_stands_alone(reading: Reading, i: int) -> bool:
    """Whether line ``i`` is a field name alone that names a question's topic
    ("Recommendations:", "Characteristics:", "Рекомендации:", "ON CHARACTERISTICS:"),
    or a part word's label whose value names one ("Tema: recomendaciones", "Topic:
    Characteristics of enhanced cooperation": :data:`_PART_LABELS`), after a blank line,
    with the answer's first numbered point, bullet or sentence right under it, or a
    blank line and more text: a topic label over its answer, as e-mails write one, not
    a memo field."""
    lines = reading.lines
    line = lines[i]
    if line is None or line.kind != Kind.FIELD or i == 0 or lines[i - 1]:
        return False
    if i + 1 >= len(lines):
        return False
    label = line.marker.rstrip(":： \u00a0")
    if line.text and fold(label) not in _PART_LABELS:
        return False
    under = lines[i + 1]
    if under is None and not _label_between_paragraphs(reading, i, line.marker):
        return False
    if under is not None and under.kind not in _POINT_KINDS and not _sentence_under(under):
        return False
    if line.text:
        return match_topic(line.text, reading.questions) is not None
    # Chinese and Japanese characters count as half a word each ("主要建议：" is two).
    cjk = len(UNSPACED.findall(label))
    if len(label.split()) - (cjk > 0) + cjk / 2 > _LABEL_MAX_WORDS:
        return False  # "We see four characteristics:", "我们建议工作组：" lead into a list
    return match_topic(label, reading.questions) is not None


#: Part words that label a topic as a field does ("Tema: características de la
#: cooperación mejorada"), folded.
_PART_LABELS: Final = frozenset(
    fold(word)
    for word in (
        "Topic", "Theme", "Thème", "Thématique", "Tema", "Eje", "Тема", "المحور", "主题", "议题",
    )
)  # fmt: skip


#: A sentence right under a topic label has at least this many words.
_SENTENCE_UNDER_MIN_WORDS: Final = 5


def _sentence_under(line: LineParts) -> bool:
    """Whether ``line``, right under a topic label, opens the answer with a sentence: text
    that starts with a capital, of :data:`_SENTENCE_UNDER_MIN_WORDS` words or more
    ("Characteristics:" over "For me enhanced cooperation is less an institution ...")."""
    return (
        line.kind == Kind.TEXT
        and line.text[:1].isupper()
        and len(line.text.split()) >= _SENTENCE_UNDER_MIN_WORDS
    )


def _label_between_paragraphs(reading: Reading, i: int, label: str) -> bool:
    """Whether the field name alone on line ``i``, with a blank line under it, stands
    between two paragraphs: it opens with a capital, the text before it ends a
    sentence, and text follows it (a wrap in double-spaced text, "the following" over
    "characteristics:", does not)."""
    lines = reading.lines
    before = next((lines[j] for j in range(i - 1, -1, -1) if lines[j] is not None), None)
    if before is None or not before.text.rstrip().endswith(SENTENCE_END):
        return False
    if not label[:1].isupper():
        return False
    return any(lines[j] is not None for j in range(i + 2, min(i + 4, len(lines))))


#: A topic label has at most this many words ("Recommendations:", "Our recommendations:",
#: "主要建议："), a Chinese or Japanese character counting as half a word.
_LABEL_MAX_WORDS: Final = 2


def coded_heading(reading: Reading, line: Current) -> Decision | None:
    """A field whose name is a form's code for a question and whose value is that
    question's title or topic ("EC-1: High level characteristics of enhanced
    cooperation", :func:`~wgec_parse.questions.match_code`), or whose name is a
    question's label without a number and whose value asks that question ("Q: What are
    the high level characteristics ...?", "问：……是什么？",
    :func:`~wgec_parse.questions.match_label`), heads it, the code or label its marker;
    but right under a heading, with no answer between, a label's question restates the
    heading's ("Section One – Characteristics" over "Question: what are ...?")."""
    parts = line.parts
    if not codes_a_question(parts, reading.questions):
        return None
    if (
        reading.group_type == Role.QUESTION
        and match_code(parts.marker, parts.text, reading.questions) is None
    ):
        return None  # a label's question, not a form's code for it
    return _CODED


def codes_a_question(parts: LineParts, questions: QuestionSet = WGEC2) -> bool:
    """Whether a field line is a form's code for a question of ``questions`` and its
    title, or a question's label and its wording (:func:`coded_heading`; a form's
    label, too)."""
    return parts.kind == Kind.FIELD and (
        match_code(parts.marker, parts.text, questions) is not None
        or match_label(parts.marker, parts.text, questions) is not None
        or _ordinal_labels_its_topic(parts, questions)
    )


def _ordinal_labels_its_topic(parts: LineParts, questions: QuestionSet) -> bool:
    """Whether a field's name is an ordinal word alone, the question's keyword left
    out ("Primera:", "Segunda:", "First:", "Deuxième :"), and its value names that
    question's topic or asks it ("Primera: ¿qué caracteriza a la cooperación
    reforzada?", "Segunda: recomendaciones")."""
    label = parts.marker.rstrip(":： \u00a0").strip()
    if " " in label:
        return False
    place = ordinal_number(fold(label)) or ordinal_number(label)
    if place is None:
        return False
    text = parts.text.strip().lstrip("¿¡")
    number = str(place)
    return (
        match_topic(text, questions) == number
        or match_wording(text, questions) == number
        or (asks(text) and match_subject(text, questions) == number)
    )


_CODED: Final = Decision(Role.QUESTION, open=False)


def topic_label_heading(reading: Reading, line: Current) -> Decision | None:
    """A field name alone that names a question's topic, after a blank line, over the
    answer's first point, bullet or sentence, or between two paragraphs
    (:func:`topic_label_stands_alone`), heads that question; a part word's label before
    its topic ("Tema: recomendaciones") is the heading's marker."""
    if topic_label_stands_alone(reading, line.index):
        return _PART_LABEL_HEADING if line.parts.text else _LABEL_HEADING
    return None


_LABEL_HEADING: Final = Decision(Role.QUESTION, demote=True, open=False)
_PART_LABEL_HEADING: Final = Decision(Role.QUESTION, open=False)


def bullet_heading(reading: Reading, line: Current) -> Decision | None:
    """A bullet after a break, with no item of its glyph right before or after it, before
    any question heading or after one headed by the same glyph, heads a question (its
    glyph the marker) when its text, short, starting with a capital (after an opening
    mark) and not leading into what follows, names a question's topic or opens with its
    wording ("* Вопрос о характеристиках"), or asks and names what the questions are
    about ("— ¿Qué entendemos por cooperación reforzada?"), or asks under the glyph of
    the heading before it ("— ¿Qué debería recomendar el Grupo?")."""
    parts = line.parts
    glyph_heads = reading.heading_marker == (Kind.BULLET, parts.marker)
    if not line.brk or (reading.questions_read and not glyph_heads):
        return None
    text = parts.text
    if not _opens_as_a_title(text):
        return None
    if text.endswith((":", "：", ",", "，", ";", "；", ".", "。")):
        return None
    if title_words(fold(text)) > TOPIC_MAX_WORDS:
        return None
    if _glyph_next_to(reading, line.index, parts.marker):
        return None
    questions = reading.questions
    if match_topic(text, questions) is not None or match_wording(text, questions) is not None:
        return Decision(Role.QUESTION, open=False)
    if not asks(text):
        return None
    if glyph_heads or (not reading.questions_read and match_subject(text, questions)):
        return Decision(Role.QUESTION, open=False)
    return None


def _glyph_next_to(reading: Reading, i: int, glyph: str) -> bool:
    """Whether the line before or after line ``i`` (blank lines skipped) is a bullet of
    ``glyph``: ``i`` is then an item of a list."""
    lines = reading.lines
    for j in (i - 1 - reading.blanks_before(i), reading.next_content(i)):
        near = lines[j] if 0 <= j < len(lines) else None
        if near is not None and near.kind == Kind.BULLET and near.marker == glyph:
            return True
    return False


def topic_heading(reading: Reading, line: Current) -> Decision | None:
    """An unnumbered line that names a question's topic and stands alone after a
    finished paragraph (:func:`topic_stands_alone`; a title with its subtitle after a
    colon too, "Enhanced cooperation: what it should look like") heads that question."""
    if (line.brk or line.index == 0) and topic_stands_alone(reading, line.index):
        return Decision(Role.QUESTION, demote=True, open=False)
    return None


def answer_named_heading(reading: Reading, line: Current) -> Decision | None:
    """A short line alone after a break that says which question the text below answers
    by its number in words or digits ("Our answer to question one", "Réponse à la
    question 2", :func:`names_its_answer`) heads it, without a number of its own."""
    if line.brk and names_its_answer(reading, line.index):
        return Decision(Role.QUESTION, demote=True, open=False)
    return None


def names_its_answer(reading: Reading, i: int) -> bool:
    """Whether line ``i`` is plain text, alone after a blank line, that names the
    question answered below it ("Our answer to question one", "Respuesta a la pregunta
    dos")."""
    line = reading.lines[i]
    if line is None or line.kind != Kind.TEXT or (i > 0 and reading.lines[i - 1] is not None):
        return False
    return _ANSWER_TO_QUESTION.fullmatch(line.text.rstrip(" :.")) is not None


#: A line that names the question it answers: "(Our) answer to question one", "Response
#: to question 2", "Réponse à la question deux", "Respuesta a la pregunta uno".
_ANSWER_TO_QUESTION: Final = LazyPattern(
    r"(?i:(?:(?:our|my|the) )?(?:answer|response|reply|comments|input) (?:to|on) (?:the )?"
    r"(?:guiding )?question (?:one|two|1|2|i|ii)"
    r"|(?:notre |ma )?r[ée]ponse [àa] la question (?:une?|deux|1|2)"
    r"|(?:nuestra |mi )?respuesta a la pregunta (?:uno|una|dos|1|2))"
)


def title_bracket_runs_on(reading: Reading, line: Current) -> Decision | None:
    """A line right under an open question heading whose title holds a bracket not yet
    closed ("As to the second question (recommendations, taking into account paragraphs"
    over "69-71 of the Tunis Agenda)") goes on with the title, whatever it opens with:
    a number there is the wrapped text's, not a clause's."""
    if line.brk or not reading.group_open or reading.group_type != Role.QUESTION:
        return None
    if len(reading.group) >= TITLE_MAX_LINES:
        return None
    title = " ".join(entry.content for entry in reading.group if isinstance(entry, Line))
    opened = _unclosed(title)
    if opened <= 0:
        return None
    return CONTINUES if _unclosed(line.plain) > -opened else LAST_LINE


def _unclosed(text: str) -> int:
    """How many more brackets ``text`` opens than it closes."""
    return text.count("(") + text.count("（") - text.count(")") - text.count("）")


def heading_note(reading: Reading, line: Current) -> Decision | None:
    """A line wholly in brackets right under a question heading, with no break before it
    ("(Máximo 500 palabras)", "(500 words at most)", "（不超过800字）"), is the heading's
    note, part of the heading: a form's help text or the question's instructions, not the
    first line of the answer."""
    if line.brk or reading.group_type != Role.QUESTION or not reading.group:
        return None
    text = line.parts.text
    if len(text) > _NOTE_MAX or text[:1] not in "([（【" or text[-1:] not in ")]）】":
        return None
    # Words, not a lone marker such as "(b)" or "(ii)" whose item runs on below.
    inner = text[1:-1].strip()
    words = " " in inner or any("\u3400" <= ch <= "\u9fff" for ch in inner)
    return LAST_LINE if len(inner) >= _NOTE_MIN and words else None


def asked_wording_heading(reading: Reading, line: Current) -> Decision | None:
    """A plain line that asks a question in its wording, whole on the line, heads it even
    without a break before it, when the line before ends a sentence and its own sentence
    does not go on below it (:func:`_sentence_goes_on`)."""
    if not (asks(line.parts.text) and reading.last_text().endswith(SENTENCE_END)):
        return None
    number = match_wording(line.parts.text, reading.questions)
    if number is None or _cited_before_its_heading(reading, line.index, number):
        return None
    if _sentence_goes_on(reading, line.index):
        return None
    return _heading(reading, line, line.parts.text, "", demote=False)


def _sentence_goes_on(reading: Reading, i: int) -> bool:
    """Whether the line under line ``i``, with no break between them, is text that starts
    in lower case: the sentence that quotes a question goes on ('You asked "What are the
    high level characteristics of enhanced cooperation?"' over "and what the Group
    should recommend.")."""
    under = reading.lines[i + 1] if i + 1 < len(reading.lines) else None
    return under is not None and under.kind == Kind.TEXT and under.text[:1].islower()


def _cited_before_its_heading(reading: Reading, i: int, number: str) -> bool:
    """Whether line ``i``, which gives question ``number``'s wording, cites it in
    quotation marks before the keyword heading of that number further on (a cover that
    quotes "“What are the high level characteristics of enhanced cooperation?”", then
    "Q.1 High-level characteristics"): the cover's words, no heading."""
    parts = reading.lines[i]
    return (
        parts is not None
        and parts.text[:1] in OPENING_QUOTES
        and reading.keyed_questions.get(number, -1) > i
    )


def asked_topic_heading(reading: Reading, line: Current) -> Decision | None:
    """A short line that asks about a question's topic on a line of its own, under a
    line that ended a sentence (:func:`asks_topic_alone`), heads that question, with no
    blank line around it as a web page copied one paragraph a line has none."""
    if asks_topic_alone(reading, line.index):
        return Decision(Role.QUESTION, demote=True, open=False)
    return None


def asks_topic_alone(reading: Reading, i: int) -> bool:
    """Whether line ``i`` heads a question as one of the lines that ask about the
    questions' topics in turn (:func:`_asked_topics`: "What is enhanced cooperation?"
    and then "What should the Working Group recommend?"), the question it asks about not
    headed yet, and no keyword heading or question's wording comes later (a question
    the answer asks itself before the heading proper)."""
    if reading.asked_topics is None:
        reading.asked_topics = _asked_topics(reading)
    number = reading.asked_topics.get(i)
    if number is None or int(number) <= reading.questions_read:
        return False
    questions = reading.questions
    return not any(
        later is not None
        and (
            later.kind == Kind.QKEY
            or (later.kind == Kind.TEXT and match_wording(later.text, questions) is not None)
        )
        for later in reading.lines[i + 1 :]
    )


def _asked_topics(reading: Reading) -> dict[int, str]:
    """The lines that ask about a question's topic, each with the question's number, where
    two questions or more are asked so: a line of text that asks ("?" at its end),
    whole on its line, in at most :data:`TOPIC_MAX_WORDS` words, starting as a title
    does, right under a line (a paragraph's, a clause's or an item's) that ended a
    sentence, and names a question's topic ("What should the Working Group
    recommend?"), or, the first of them, the questions' subject ("What is enhanced
    cooperation?").  One such line alone is a question the text asks itself."""
    lines = reading.lines
    questions = reading.questions
    found: dict[int, str] = {}
    for i in range(1, len(lines)):
        line, before = lines[i], lines[i - 1]
        if line is None or line.kind != Kind.TEXT or before is None or before.kind == Kind.NOISE:
            continue
        text = line.text
        if not text.endswith(ASKS) or len(text.split()) > TOPIC_MAX_WORDS:
            continue
        if not _opens_as_a_title(text) or not before.text.endswith(SENTENCE_END):
            continue
        number = match_topic(text, questions)
        if number is None and not found:
            number = match_subject(text, questions)
        if number is not None:
            found[i] = number
    return found if len(set(found.values())) >= 2 else {}


def clause_number_continues(reading: Reading, line: Current) -> Decision | None:
    """A numbered line that continues the open clause numbering ("2)" after "1)",
    "二、" after "一、") and does not open with its question's wording (nor name its
    topic, where the question is not headed yet) is a clause, not a question heading,
    when its question was headed already, when a later line heads it with the
    question's wording (a question is not asked twice), when no break comes before
    it, or when its number is past the questions and one more (a form's "other
    comments")."""
    parts = line.parts
    if not continues_the_points(reading, parts):
        return None
    number = question_number(parts.marker)
    text, questions = parts.text, reading.questions
    if number == match_wording(text, questions):
        return None  # "2) Taking into consideration ..."
    if int(number) > reading.questions_read and number == match_topic(text, questions):
        return None  # "2. Recommendations", where question 2 is not headed yet
    if text and classify(text).kind == Kind.QKEY:
        return None  # "2.0 GUIDING QUESTION ONE": a section that names its question
    if int(number) <= reading.questions_read or not line.brk:
        return _CLAUSE
    if past_the_questions(int(number), questions):
        return _CLAUSE  # "4." after "3."
    return _CLAUSE if _worded_later(reading, number, line.index) else None


def continues_the_points(reading: Reading, parts: LineParts) -> bool:
    """Whether a numbered line continues the open clause numbering ("（四）" after
    "（三）", "4." after "3."): the answer goes on."""
    levels = reading.clauses.levels
    number = question_number(parts.marker) if levels and parts.marker else ""
    return bool(number) and _next_in_level(levels, parts.kind, parts.marker, number)


def past_the_questions(number: int, questions: QuestionSet) -> bool:
    """Whether ``number`` is past the questions of ``questions`` and one more (a form's
    closing "other comments"): a numbered line so numbered that continues the clause
    numbering is a point (:func:`clause_number_continues`)."""
    return number > len(questions.questions) + 1


def _next_in_level(levels: list[tuple[str, str]], kind: str, marker: str, number: str) -> bool:
    """Whether ``marker`` (whose number is ``number``) is the next number of an open
    clause level of its style."""
    style = clause_style(kind, marker, levels)
    for open_style, last in levels:
        if open_style == style:
            before = question_number(last)
            return bool(before) and int(number) == int(before) + 1
    return False


def _worded_later(reading: Reading, number: str, i: int) -> bool:
    """Whether a line after line ``i`` opens with the wording of question ``number``,
    before the tail of an e-mail below it (the call quoted under "-----Original
    Message-----" or under the sender's field of the message replied to repeats the
    questions without heading anything)."""
    if reading.wording_lines is None:
        reading.wording_lines = _wording_lines(reading)
    worded, tails = reading.wording_lines
    lines = worded.get(number, ())
    after = bisect.bisect_right(lines, i)
    if after == len(lines):
        return False
    tail = bisect.bisect_right(tails, i)
    return tail == len(tails) or lines[after] < tails[tail]


def _wording_lines(reading: Reading) -> tuple[dict[str, list[int]], list[int]]:
    """For each question number, the indexes of the lines that open with the wording of
    that question, and the indexes of the lines that start an e-mail's tail (read once,
    when first needed)."""
    found: dict[str, list[int]] = {}
    tails: list[int] = []
    for i, line in enumerate(reading.lines):
        if line is None:
            continue
        if _starts_tail(line):
            tails.append(i)
        elif line.kind in _MAY_HEAD:
            number = match_wording(line.text, reading.questions)
            if number is not None:
                found.setdefault(number, []).append(i)
    return found, tails


_MAY_HEAD: Final = frozenset((Kind.TEXT, Kind.NUMBER, Kind.DASHNUM, Kind.QKEY))
_CLAUSE: Final = Decision(Role.CLAUSE)
#: A heading's note is at most this long, and holds at least this many characters.
_NOTE_MAX: Final = 120
_NOTE_MIN: Final = 4
