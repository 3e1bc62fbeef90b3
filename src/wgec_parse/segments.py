"""Flattened lines read as segments: a page or a form sitting on one physical line.

Web scrapes and some converters write a whole page or form on one line.  Such a line
is *flattened* (:func:`is_flattened`: at least :data:`FLATTENED_MIN` code points and
:data:`SENTENCES_MIN` sentence ends; the ``flattened-text`` finding uses the same
test).  :func:`segment` cuts each flattened line into *segments*, which the classifier
and the context rules then read as lines, so that the questions, clauses, fields, page
furniture and closing in it come out as they do in ordinary text.  Each segment becomes
a :class:`~wgec_parse.nodes.Line` with the physical line's number and its ``offset`` on
it; every segment but the last ends with ``eol == ""``, so rendering is unchanged.
A line that is not flattened is cut in two where it opens with a question heading whose
title asks (or, after a keyword, names a question's topic) and a tab sets its answer's
text apart, as a form exported one row a line writes them (:func:`_heading_then_tabbed`).

A cut is made only where it is unambiguous, at a *boundary*: the start of the line, or
just after a sentence end (". ", "? ", "! ", "; ", ": ", "。", "？", "：" ...) or a
dateline's date with its year ("Cuenca, 28 de diciembre de 2016 A) ...") and the white
space after it.  At a boundary, a cut goes before

* a question heading: a keyword heading ("Question 2:", "[Question 2]"), or a number ("3.", "(2)",
  "II)", "一、") or a question's wording whose title asks its question ("?" before any
  full stop) or opens with a question's wording; the heading ends at its "?" (or, with
  no "?", after the whole wording if it is all there, or else at the next full stop),
  and a cut goes after it too;
* a clause marker that continues a sequence of its style ("(1)", "(2)" / "A.", "B." /
  "1.", "2." / "a)", "b)" / "1.1", "1.2" / "一、", "二、"): a sequence needs two members,
  so a number inside a sentence ("in 2015. 2.9 billion people") is never a cut;
* a sign-off ("Best regards,"), with a cut after it.

Field labels of the memo and closing vocabulary with their colon ("Contact:",
"Submitted by:", "Date:", "联系人：") are cut before at a boundary, after a word that is
not in lower case ("... DEVELOPMENT Submitted by: ..."), or after another such field.
Page furniture ("Page 1 of 2", "- 2 -", "第 1 页（共 2 页）": the ``INLINE_PAGE``
terminals of ``grammar/lines.lark``) is cut out wherever it stands between white space,
and so is the running header text repeated next to it (read as noise).  A number
inside a sentence ("paragraphs 69 to 71") is never at a boundary.

A text flattened page by page runs over several physical lines: a line after a
flattened page that ends with page furniture is the next page (:func:`_next_pages`).
At the breaks between pages, a page number alone at a page's foot
(:func:`_closing_page_number`), a running footer before the furniture at the foot
of two pages or more (:func:`_running_feet`), or of one page after its last sentence
(:func:`_foot_title`), a running title on both sides of a break
(:func:`_title_on_both_sides`) and one seen once at a page's top, before a heading or
the next clause (:func:`_page_top`), or before the rest of a sentence the break cut,
in lower case, or after a Chinese title that ends with the word for the body's views
(:func:`_title_in_a_cut_sentence`), are cut out as noise.  After the last
heading or clause of the text, a closing sentence or a place and date starts the
closing, web-page furniture is noise (:func:`_read_tail`), and a signature run
together at the end of the last line is cut into its lines (:func:`_read_signature`).

The white space at a cut ends the segment before it (its trailing white space).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

from wgec_parse.folding import TITLE_JOINS, fold
from wgec_parse.lazyre import LazyPattern
from wgec_parse.markers import (
    INDENT_WS,
    WS,
    Kind,
    LineParts,
    classify,
    inline_patterns,
    kind_of,
    match_terminal,
)
from wgec_parse.numbering import cjk_numeral, cjk_to_int, question_number, roman_to_int
from wgec_parse.questions import (
    OPENING_QUOTES,
    WGEC2,
    QuestionSet,
    match_subject,
    match_topic,
    match_wording,
)
from wgec_parse.submitters import (
    ABOUT_LABELS,
    CONTACT_LABELS,
    LABELS,
    signed_by_a_person,
    signed_with_initials,
    signs_for,
)

__all__ = [
    "FLATTENED_MIN",
    "INLINE_MIN",
    "SENTENCES_MIN",
    "Segments",
    "is_flattened",
    "physical_length",
    "segment",
]

#: A line this long holds a page or a form, not a paragraph: the longest paragraphs of
#: real submissions stay well under it.
FLATTENED_MIN: Final = 2000
#: ... when it also holds this many sentence ends.
SENTENCES_MIN: Final = 3
#: A shorter line is flattened when a question heading or page furniture stands inside
#: it, after a sentence end, and it is at least this long (a title and some answer).
INLINE_MIN: Final = 200

#: A sentence end: a stop with closing quotes or brackets, before white space (Latin,
#: Cyrillic, Arabic script), or a full-width stop (no white space needed).
_END: Final = LazyPattern(
    rf"[.!?;:؟؛…][\"'”’»)\]]{{0,3}}(?=[{WS}])|[。！？；：][”’」』）)\]]{{0,3}}"
)
#: A sentence end inside a running title: not a colon, which a title may hold
#: ("Enhanced cooperation: input to WGEC-2").
_TITLE_BREAK: Final = LazyPattern(
    rf"[.!?;؟؛…][\"'”’»)\]]{{0,3}}(?=[{WS}])|[。！？；][”’」』）)\]]{{0,3}}"
)
#: The end of a question's title.
_ASKS: Final = LazyPattern(r"[?？؟][\"'”’»」』）)\]]{0,3}")
#: A full stop (or semicolon) that ends a sentence before a title asks its question.
_STOP: Final = LazyPattern(rf"[.!;](?=[{WS}])|[。！；]")
#: Where a numbered or keyword heading may start after white space, and where a marker
#: may start at a boundary: the INLINE_ hints of ``grammar/lines.lark`` (the classifier
#: then says whether one does).
_HEADING_START: Final = inline_patterns("INLINE_HEADING_HINT")["INLINE_HEADING_HINT"]
_MARKER_HINT: Final = inline_patterns("INLINE_MARKER_HINT")["INLINE_MARKER_HINT"]
#: How far a heading's title may run, in code points.
TITLE_MAX: Final = 400
#: How much of the text at a boundary is classified (the longest marker fits).
_LOOK: Final = 48
#: A courtesy close names its sender before its verb ("The Permanent Mission of ... to
#: the United Nations Office at Geneva avails itself ..."), and a closing sentence may
#: name what it offers late ("The Centre would welcome the opportunity to present its
#: survey results ..."): a wider window.
_COURTESY_LOOK: Final = 160
#: The longest sign-off with a space ("Yours sincerely,"), as the classifier allows.
_SIGNOFF_MAX: Final = 60
#: The comma or stop that ends a sign-off formula ("Best regards,").
_SIGNOFF_STOP: Final = LazyPattern("[,.!，。！،]")
#: A question keyword anywhere in a line ("question", "问题", "Q2"): the INLINE_QUESTION
#: terminals of ``grammar/lines.lark``, the word searched for in the case-folded line.
_KEYWORD: Final = inline_patterns("INLINE_QUESTION")
_KEYWORD_WORD: Final = _KEYWORD["INLINE_QUESTION_WORD"]
_KEYWORD_Q: Final = _KEYWORD["INLINE_QUESTION_Q"]
#: Page furniture inside a line ("Page 1 of 2", "第 1 页（共 2 页）", "- 2 -"): the
#: INLINE_PAGE terminals of ``grammar/lines.lark``, each searched for on its own.
_FURNITURE: Final = tuple(inline_patterns("INLINE_PAGE").items())
#: Characters a title neither starts nor ends with (reversed text starts with its end).
_STOPS: Final = (".", "!", "?", ";", "。", "！", "？", "؟")
#: A running header is at least this long and at most as long as the classifier's.
_HEADER_MIN: Final = 8
_HEADER_MAX: Final = 100
#: Field names cut before, besides those that name the submitter or a contact.
_MEMO_LABELS: Final = (
    "Date",
    "E-mail",
    "Email",
    "Tel",
    "Tel.",
    "Telephone",
    "Phone",
    "Fax",
    "Address",
    "Title",
    "Position",
    "Website",
    "Stakeholder",
    "Stakeholder group",
    "Courriel",
    "Téléphone",
    "Adresse",
    "Fecha",
    "Correo electrónico",
    "Teléfono",
    "Dirección",
    "Cargo",
    "Дата",
    "Адрес",
    "Телефон",
    "Электронная почта",
    "التاريخ",
    "البريد الإلكتروني",
    "الهاتف",
    "日期",
    "电子邮件",
    "电子邮箱",
    "邮箱",
    "电话",
    "手机",
    "传真",
    "地址",
    "职务",
)
_FIELD_LABELS: Final = frozenset(LABELS) | CONTACT_LABELS | {fold(x) for x in _MEMO_LABELS}
#: The most words, and code points, a field label holds.
_LABEL_WORDS: Final = 4
_LABEL_MAX: Final = 40
_COLON: Final = LazyPattern("[:：]")
#: A field's value runs at most this far before the next field of a run.
_FIELD_RUN: Final = 200

# The kinds of cut, by what starts the segment after it.
HEADING: Final = "heading"  #: a question heading
ANSWER: Final = "answer"  #: the text after a heading
CLAUSE: Final = "clause"  #: a clause continuing a sequence
BULLET: Final = "bullet"  #: an item of a list of bullets
FIELD: Final = "field"  #: a memo or closing field
SIGNOFF: Final = "signoff"  #: a sign-off, and what follows it
FURNITURE: Final = "furniture"  #: page furniture (a page number)
HEADER: Final = "header"  #: a running header (read as noise)
RESUME: Final = "resume"  #: the text after page furniture or a running header
CLOSING: Final = "closing"  #: a sentence that closes a letter, after the answers
WEB: Final = "web"  #: web-page furniture after the article (read as noise)
#: Cuts that start a new block (the blank line that was lost); the others do not
#: interrupt the open block.
BREAKING: Final = frozenset((HEADING, ANSWER, CLAUSE, FIELD, SIGNOFF, CLOSING))
#: Cuts whose segment is read as noise.
NOISY: Final = frozenset((HEADER, WEB))
#: Which kind a position keeps when two rules cut there.
_PRIORITY: Final = (
    HEADING,
    FURNITURE,
    WEB,
    HEADER,
    FIELD,
    SIGNOFF,
    CLOSING,
    CLAUSE,
    BULLET,
    ANSWER,
    RESUME,
)
#: Cuts that open a question's structure: what comes after the last of them is the
#: tail of the text, where a closing or web-page furniture may start.
_STRUCTURE: Final = frozenset((HEADING, ANSWER, CLAUSE, BULLET))
#: A glyph that starts a list item inside a flattened line, after a sentence end, when
#: another item of the line starts with it too; the letter "o" does not ("; o bien").
_INLINE_GLYPHS_NOT: Final = frozenset("o")


class Segments(NamedTuple):
    """A text's lines with its flattened lines cut: what the lexer reads."""

    contents: list[str]  #: Each segment's content, as a line's.
    eols: list[str]  #: Each segment's line ending ("" inside a physical line).
    numbers: list[int]  #: Each segment's physical line number (1-based).
    offsets: list[int]  #: Code points of its physical line before each segment.
    breaks: frozenset[int]  #: Segments whose cut breaks the open block.
    noise: frozenset[int]  #: Segments that are running headers.
    #: Segments that are unnumbered topic headings, read as a heading style is.
    headings: frozenset[int] = frozenset()


def is_flattened(content: str, questions: QuestionSet = WGEC2) -> bool:
    """Whether a physical line holds a flattened page or form: :data:`SENTENCES_MIN`
    sentence ends or more, and either :data:`FLATTENED_MIN` code points or more, or at
    least :data:`INLINE_MIN` and, inside the line, a question heading after a sentence
    end (one that asks, "... 3. To what extent ...? ...", a keyword heading, or a part
    word's heading whose title names a topic, "... themes.  Theme I: The defining features
    of enhanced cooperation  In our view ...", or a numbered one whose topic title
    stands over the first point of its answer, "... below. Issue 1. Characteristics
    (i) ..."), page
    furniture ("... Page 1 of 2 ...") or, after a heading at its start, two clause
    markers in sequence ("Question 2 — ...? 1) Recommend ... 2) Recommend ...")."""
    if len(content) < INLINE_MIN:
        return False
    ends = _END.finditer(content)
    if not all(next(ends, None) is not None for _ in range(SENTENCES_MIN)):
        return False
    return len(content) >= FLATTENED_MIN or _holds_structure(content, questions)


def _holds_structure(s: str, questions: QuestionSet) -> bool:
    """Whether a question heading stands after a sentence end inside the line, or page
    furniture between its words."""
    # Page furniture after text, inside the line or at its end ("... 2. ask the
    # organisations to report regularly Page 1 of 2").
    if any(a > 0 for a, _ in _furniture(s)):
        return True
    # A page's foot: a page number after a sentence end and the running footer ("...
    # useful. BDIC - WGEC-2 contribution 1/2").
    if _closing_page_number(s, questions) is not None:
        return True
    if not any(mark in s for mark in "?？؟") and not _has_keyword(s):
        # No title asks a question and no keyword heads one: only a part word's heading
        # whose title names a topic ("... themes.  Theme I: The defining features of
        # enhanced cooperation  In our view ...") may stand inside.
        return _holds_part_heading(s, questions)
    head = len(s) - len(s.lstrip(INDENT_WS))
    # A heading at the line's start, with its answer after it, is an ordinary line: its
    # title is not inside.  After it, only the sentence ends followed by what may start
    # a heading are looked at, and the answer's points run into one line ("... should
    # we consider? 1) Recommend ... 2) Recommend ...").
    heading_end = _read_boundary(s, head, questions)[1]
    after = heading_end or head
    for m in _heading_starts(questions).finditer(s, after):
        if _read_boundary(s, m.end(1), questions)[1] is not None:
            return True
    if any(p > after for p in _worded_headings(s, questions)):
        return True  # "... Date: 23 December 2016  Guiding question 1 - What are ...?"
    return heading_end is not None and _holds_points(s, heading_end, questions)


def _holds_part_heading(s: str, questions: QuestionSet) -> bool:
    """Whether a part word's heading ("Theme I:", "Part 2 -") that names a question's
    topic, or a numbered heading whose topic title stands over the first point of its
    answer ("Issue 1. Characteristics (i) ..."), stands after a sentence end inside the
    line, not at its start."""
    for m in _heading_starts(questions).finditer(s):
        p = m.end(1)
        parts, end = _read_boundary(s, p, questions)
        if end is None or parts is None:
            continue
        if parts.terminal.startswith("DASHNUM_PART"):
            return True
        # A numbered heading over the first point of its answer's sequence
        title = p + len(parts.indent) + len(parts.marker) + len(parts.gap)
        if _topic_before_points(s, title, parts, questions) == end:
            return True
    return False


def _holds_points(s: str, start: int, questions: QuestionSet) -> bool:
    """Whether two clause markers in sequence ("1)", "2)"; "a.", "b.") open sentences of
    the line after ``start``."""
    opened: set[str] = set()
    for p in _boundaries(s):
        if p < start:
            continue
        parts = _read_boundary(s, p, questions)[0]
        if parts is None or parts.kind not in _SEQUENCE_KINDS:
            continue
        for key, value in sequence_keys(parts):
            if value == 2 and key in opened:
                return True
            if value == 1:
                opened.add(key)
    return False


def _has_keyword(s: str) -> bool:
    """Whether the line holds a question keyword ("Question", "Q2", "问题")."""
    return _KEYWORD_WORD.search(s.casefold()) is not None or _KEYWORD_Q.search(s) is not None


def _heading_starts(questions: QuestionSet) -> LazyPattern:
    """A sentence end and its white space (group 1) before what may start a heading of
    ``questions``: a marker, or the first word of a wording."""
    return _WGEC2_STARTS if questions is WGEC2 else _heading_starts_of(questions)


@functools.lru_cache(maxsize=16)
def _heading_starts_of(questions: QuestionSet) -> LazyPattern:
    firsts: set[str] = set()
    for spec in questions.questions:
        for wording in spec.wordings:
            word = wording.lstrip("¿¡«\"“'‘ ").split(" ")[0]
            word = word[:2] if _is_cjk(word[:1]) else word
            plain = "".join(c for c in unicodedata.normalize("NFKD", word) if c.isalnum())
            firsts.update(w for w in (word, plain) if w)
    words = "|".join(re.escape(w) for w in sorted(firsts, key=len, reverse=True))
    return LazyPattern(
        rf"([.!?;:؟…][\"'”’»)\]]{{0,3}}[{WS}]{{1,8}}|[。！？；：][”’」』）)\]]{{0,3}}[{WS}]{{0,8}}"
        rf"|{_DATED.pattern}[{WS}]{{1,8}})"
        rf"(?:{_MARKER_HINT.pattern}|[¿¡«\"“'‘]?(?i:{words}))"
    )


def _read_boundary(s: str, p: int, questions: QuestionSet) -> tuple[LineParts | None, int | None]:
    """The text at boundary ``p`` classified (None when no marker can start there), and
    where a question heading starting there ends (None when there is none)."""
    if _MARKER_HINT.match(s, p) is None:
        if _quoted_after_colon(s, p):
            return None, None  # 'two questions: "What are ...?" and "..."': cited
        end = _title_end(s, p, wording=False) if _worded(s, p, questions) else None
        return None, end
    parts = _classify(s[p : p + _LOOK])
    return parts, _heading_end(s, p, parts, questions)


def _quoted_after_colon(s: str, p: int) -> bool:
    """Whether the text at boundary ``p`` opens with a quotation mark after a colon: a
    sentence that cites the questions' wordings ("Le Groupe a posé deux questions :
    « Quelles sont ...? » et « ...? »", "سؤالين هما: "ما هي ...؟" و"...؟""), not a
    heading."""
    return s[p : p + 1] in OPENING_QUOTES and s[:p].rstrip(WS).endswith((":", "："))


def _opening_prefixes(questions: QuestionSet) -> tuple[frozenset[str], frozenset[str]]:
    """The first folded character, and the first three, of every wording of
    ``questions`` (those of the built-in set without hashing it)."""
    return _WGEC2_OPENINGS if questions is WGEC2 else _openings_of(questions)


@functools.lru_cache(maxsize=16)
def _openings_of(questions: QuestionSet) -> tuple[frozenset[str], frozenset[str]]:
    folded = [fold(w) for spec in questions.questions for w in spec.wordings]
    return frozenset(f[:1] for f in folded), frozenset(f[:3] for f in folded)


_WGEC2_OPENINGS: Final = _openings_of(WGEC2)
#: Identical windows (repeated text) are classified once.
_classify: Final = functools.lru_cache(maxsize=1024)(classify)


def physical_length(lines: Iterable[tuple[str, str, str]]) -> int:
    """The length of a physical line from its segments' (indent, content, trailing)."""
    return sum(len(a) + len(b) + len(c) for a, b, c in lines)


def _skip_ws(s: str, j: int) -> int:
    n = len(s)
    while j < n and s[j] in WS:
        j += 1
    return j


def _boundaries(s: str, *, gaps: bool = True) -> list[int]:
    """The line's start (past its indent) and the starts of the text after each
    sentence end, or after a date with its year that ends a dateline run together with
    what follows it ("Cuenca, 28 de diciembre de 2016 A) Características ..."), or,
    with ``gaps``, after two spaces or more, in order."""
    out = [len(s) - len(s.lstrip(INDENT_WS))]
    runs = (_END.finditer(s), _DATED.finditer(s), _WIDE_GAP_RUN.finditer(s) if gaps else ())
    ends = sorted(itertools.chain(*runs), key=lambda m: m.end())
    for m in ends:
        j = _skip_ws(s, m.end())
        if j < len(s) and j > out[-1]:
            out.append(j)
            last = _LAST_ITEM.match(s, j) if m.group()[0] in ";؛" else None
            if last is not None and _MARKER_HINT.match(s, last.end()) is not None:
                out.append(last.end())  # "...; and (e) that ...": the list's last item
    return out


#: Two spaces or more between words: where a line of the page ended before the page was
#: run together onto one line ("Date: 20 December 2016  Part I. High level ...").
_WIDE_GAP_RUN: Final = LazyPattern(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
#: The word that joins a list's last item to the one before it, after a semicolon
#: ("(d) ...; and (e) ...", "; et e) ...", "; y e) ...", "; и д) ...").
_LAST_ITEM: Final = LazyPattern(r"(?:and|or|et|ou|y|o|e|и|или)[ \u00a0]+")


#: A place's comma and a date with its year, then white space: where a dateline run
#: together with the text after it ends, at the match's end (the INLINE_DATED terminal
#: of ``grammar/lines.lark``).
_DATED: Final = inline_patterns("INLINE_DATED")["INLINE_DATED"]


# -- question headings -----------------------------------------------------------------


def _title_end(s: str, start: int, wording: bool) -> int | None:
    """Where the title starting at ``start`` ends: after its "?" when it asks before any
    full stop; with a question's ``wording`` and no "?", after the next full stop;
    None when it is no title."""
    stop = _STOP.search(s, start, start + TITLE_MAX)
    asks = _ASKS.search(s, start, start + TITLE_MAX if stop is None else stop.start() + 1)
    if asks is not None:
        return asks.end()
    if wording and stop is not None:
        return stop.end()
    return None


def _worded(s: str, title: int, questions: QuestionSet) -> bool:
    """Whether the text at ``title`` opens with a question's wording (its first letters
    are tried first: most text does not start like one)."""
    firsts, prefixes = _opening_prefixes(questions)
    ch = s[title : title + 1]
    if not ch.isalnum():  # "¿Cuáles", "«What"
        ch = s[title + 1 : title + 2]
    first = ch.casefold()
    if first not in firsts and (first.isascii() or fold(ch) not in firsts):
        return False
    if fold(s[title : title + 8])[:3] not in prefixes:
        return False
    return match_wording(s[title : title + 200], questions) is not None


def _heading_end(s: str, p: int, parts: LineParts, questions: QuestionSet) -> int | None:
    """Where a question heading at boundary ``p`` ends, or None if there is none."""
    title = p + len(parts.indent) + len(parts.marker) + len(parts.gap)
    kind = parts.kind
    if kind in (Kind.QKEY, Kind.NUMBER, Kind.DASHNUM):
        worded = _worded(s, title, questions)
        end = _title_end(s, title, kind == Kind.QKEY or worded)
        if kind == Kind.QKEY and not worded and (end is None or s[end - 1] not in "?？؟"):
            # "1st question: Characteristics of enhanced cooperation In our view ..."
            limit = min(len(s) if end is None else end, title + _PART_TOPIC_MAX)
            # ... or before its first point ("Q2 – Recommendations 1) Map ...", "السؤال 2:
            # التوصيات 1) أن يوصي ...", in a script without capitals).
            points = _topic_before_points(s, title, parts, questions)
            topics = (
                _topic_before_sentence(s, title, limit, questions),
                points if points is not None and points <= limit else None,
            )
            topic = min((e for e in topics if e is not None), default=None)
            end = topic if topic is not None else end
        if end is None and kind == Kind.QKEY:
            return title  # "Question 1" and no title: the heading is its marker
        if end is None and not worded:
            unspaced = _unspaced_topic_end(s, title, questions)
            if unspaced is not None:
                return unspaced
            gap = _topic_before_gap(s, title, questions)
            if gap is not None:  # "II. Recomendaciones al Grupo de Trabajo  Recomendamos"
                return gap
            # The first point of the answer ends a topic title before its full stop.
            ends = (
                _part_topic_end(s, title, parts, questions),
                _topic_before_points(s, title, parts, questions),
                _capitals_topic_end(s, title, questions, question_number(parts.marker)),
                # "[1] Characteristics of enhanced cooperation In our reading ..."
                _topic_before_sentence(s, title, min(len(s), title + _PART_TOPIC_MAX), questions),
            )
            return min((e for e in ends if e is not None), default=None)
        if worded and end is not None and s[end - 1] not in "?？؟":
            # No "?": the whole wording, if it is all there, ends the title.
            whole = _wording_end(s, title, questions)
            end = whole if whole is not None and whole < end else end
            # A Chinese topic title that opens as a question's wording ends at the space
            # before its answer ("（一）增强合作的高层次特征 本中心认为，……").
            unspaced = _unspaced_topic_end(s, title, questions)
            end = unspaced if unspaced is not None and unspaced < end else end
        return end
    if kind == Kind.TEXT and _worded(s, title, questions):
        return _title_end(s, title, wording=False)
    return None


#: The longest topic title of a part word's heading ("Topic one - ...").
_PART_TOPIC_MAX: Final = 120


def _part_topic_end(s: str, title: int, parts: LineParts, questions: QuestionSet) -> int | None:
    """Where the title of a part word's heading ends when it names a question's topic
    and a full stop ends it, as the lost line break after a title does ("... countries.
    Topic one - characteristics of enhanced cooperation. In the region ..."), or two
    spaces before a capital do ("Theme I: The defining features of enhanced cooperation
    In our view ..."); None otherwise."""
    if not parts.terminal.startswith("DASHNUM_PART"):
        return None
    stop = _STOP.search(s, title, title + _PART_TOPIC_MAX)
    gap = _GAP_BEFORE_CAPITAL.search(s, title, title + _PART_TOPIC_MAX)
    if gap is not None and (stop is None or gap.start() < stop.start()):
        stop = gap  # "Theme I: The defining features of ...  In our view ..."
    if stop is not None and match_topic(s[title : stop.start()], questions) is not None:
        return stop.end()
    end = title + _PART_TOPIC_MAX if stop is None else stop.start()
    return _topic_before_sentence(s, title, end, questions)


def _topic_before_gap(s: str, title: int, questions: QuestionSet) -> int | None:
    """Where a numbered heading's title that names a question's topic ends at two spaces
    or more before a capital, a line break lost in a flattened text ("II. Recomendaciones
    al Grupo de Trabajo  Recomendamos que ..."): the gap is surer than a capital inside
    the title; None where there is no such gap, or the words before it name no topic."""
    gap = _GAP_BEFORE_CAPITAL.search(s, title, title + _PART_TOPIC_MAX)
    if gap is None or match_topic(s[title : gap.start()], questions) is None:
        return None
    return gap.end()


def _topic_before_sentence(s: str, title: int, end: int, questions: QuestionSet) -> int | None:
    """Where a heading's title that names a question's topic ends, before ``end``, when
    the first word of its answer's sentence follows it on the line, a capital before a
    word in lower case ("Part A – Characteristics of enhanced cooperation From our study,
    ...", "1st question: Characteristics of enhanced cooperation In the Authority's view
    ..."); None otherwise.  A title ends on no small word that joins it to the next
    ("Recomendaciones al Grupo de Trabajo Proponemos ...": "Grupo" goes on the title),
    nor inside brackets ("Recommendations (Tunis Agenda paragraphs 69-71)")."""
    stop = _TITLE_BREAK.search(s, title, end)  # a title holds no sentence end
    for m in _SENTENCE_START.finditer(s, title, end if stop is None else stop.start()):
        before = s[title : m.start()]
        last = before.rpartition(" ")[2]
        if last.islower() and last in TITLE_JOINS:
            continue
        if before.count("(") > before.count(")"):
            continue  # "Recommendations (Tunis Agenda paragraphs 69-71)": in brackets
        if match_topic(before, questions) is not None:
            return m.end()
    return None


def _topic_before_points(
    s: str, title: int, parts: LineParts, questions: QuestionSet
) -> int | None:
    """Where the title of a numbered heading ends when it names a question's topic and
    the first point of a sequence in another style follows it, as the lost line break
    after a title does ("Issue 1. Characteristics of enhanced cooperation (i) Enhanced
    ...", "Часть 2. Рекомендации 2.1 Рекомендовать ...", "(ب) التوصيات 1) ..."), or any
    point after two spaces or more, the lost line break itself ("recommendations  5.
    The ..."); None otherwise.  A number that closes a bracket the title opened
    ("Characteristics (guiding question 1) (a) ...") is no point."""
    heading_styles = {style for style, _ in sequence_keys(parts)}
    for m in _SPACES.finditer(s, title, title + _PART_TOPIC_MAX):
        p = m.end()
        if _MARKER_HINT.match(s, p) is None:
            continue
        point = _classify(s[p : p + _LOOK])
        if point.kind not in _SEQUENCE_KINDS or not point.text:
            continue
        before = s[title : m.start()]
        if before.count("(") > before.count(")"):
            continue  # "Characteristics (guiding question 1) (a) ...": the bracket's "1)"
        keys = sequence_keys(point)
        # A point after two spaces or more (a lost line break) may go on with the
        # answer before ("Second question: recommendations  5. The Working Group ...").
        first = 1 if len(m.group()) < 2 else None
        if any(first in (None, value) and style not in heading_styles for style, value in keys):
            return p if match_topic(s[title : m.start()], questions) is not None else None
    return None


#: White space between words.
_SPACES: Final = LazyPattern(rf"[{WS}]+")


#: Two spaces or more before a capital: a line break lost in a flattened text, as some
#: converters write it.
_GAP_BEFORE_CAPITAL: Final = LazyPattern(r"[ \u00a0]{2,}(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")


#: A space before a sentence's first word: a capital, then a word in lower case ("...
#: cooperation From our study"; not "the Working Group", whose next word is a capital).
_SENTENCE_START: Final = LazyPattern(
    r"[ \u00a0](?=[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё]*[ \u00a0][a-zà-öø-ÿа-яё]"
    # ... or an article before a name ("The Ministry considers ...", "La Commission ...")
    r"|(?:The|This|Our|La|Le|Les|El|Los|Las|Nuestra|Nuestro|Notre)[ \u00a0]"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё]*[ \u00a0][a-zà-öø-ÿа-яё])"
)


#: The longest topic title of a numbered heading in a script written without spaces.
_UNSPACED_TOPIC_MAX: Final = 24


def _capitals_topic_end(
    s: str, title: int, questions: QuestionSet, number: str | None = None
) -> int | None:
    """Where the title of a numbered heading ends when it is written in capitals, names
    a question's topic (or the subject of the question of its ``number``, "I. WHAT
    ENHANCED COOPERATION SHOULD BE For our members ...") and runs into the answer's
    first sentence, as the lost line break after it does ("II. RECOMMENDATIONS Taking
    into account ...", "I. HIGH LEVEL CHARACTERISTICS In our view ..."); None
    otherwise."""
    start = end = title
    for m in _SPACES.finditer(s, title, title + _PART_TOPIC_MAX):
        word = s[start : m.start()].strip("()[]«»\"'“”,;:–—-")
        if not word.isupper():
            break
        start, end = m.end(), m.start()
        after = s[m.end() : m.end() + _LOOK].split(maxsplit=1)
        first = after[0] if after else ""
        if first[:1].isupper() and any(c.islower() for c in first[1:]):
            words = s[title:end]
            if match_topic(words, questions) is not None:
                return end
            return end if number and match_subject(words, questions) == number else None
    return None


def _unspaced_topic_end(s: str, title: int, questions: QuestionSet) -> int | None:
    """Where the title of a numbered heading in Chinese or Japanese ends when it names a
    question's topic and white space sets it apart from the answer, as the space of a
    flattened page is the lost line break ("1．关于增强合作的高层次特征 联盟认为，……");
    None otherwise."""
    if not _is_cjk(s[title : title + 1]):
        return None
    gap = s.find(" ", title, title + _UNSPACED_TOPIC_MAX + 1)
    if gap < 0:
        return None
    topic = s[title:gap]
    if _END.search(topic + " ") is not None or not all(map(_is_cjk, topic)):
        return None
    return gap if match_topic(topic, questions) is not None else None


def _wording_end(s: str, title: int, questions: QuestionSet) -> int | None:
    """Where the whole wording of the question that the text at ``title`` opens with
    ends, when every word of it is there in order; None otherwise."""
    number = match_wording(s[title : title + 200], questions)
    spec = questions.by_number(number) if number else None
    if spec is None:
        return None
    for wording in spec.wordings:
        words = fold(wording).split()
        matched, end = 0, title
        for m in _ALNUM_RUN.finditer(s, title, title + TITLE_MAX):
            if matched == len(words) or fold(m.group()) != words[matched]:
                break
            matched, end = matched + 1, m.end()
        if matched == len(words):
            return end
    return None


def _topic_title_set_apart(s: str, title: int, questions: QuestionSet) -> bool:
    """Whether the text at ``title`` opens with words in capitals, two or more, or with
    Chinese characters up to white space, that name a question's topic
    ("CHARACTERISTICS OF ENHANCED COOPERATION The Government ...", "关于加强合作的高层次特征
    本院认为 ..."): a title set apart by its capitals or its space."""
    m = _CAPITALS_RUN.match(s, title) or _CJK_TITLE.match(s, title)
    return m is not None and match_topic(m.group().strip(), questions) is not None


#: A Chinese title up to the white space after it ("关于加强合作的高层次特征 本院认为 ...").
_CJK_TITLE: Final = LazyPattern(r"[\u4e00-\u9fff《》“”]{2,40}(?=[ \u00a0\u3000])")
#: Words in capitals in a row (letters, hyphens and apostrophes), two or more.
_CAPITALS_RUN: Final = LazyPattern(
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ'’\-]+(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ'’\-]*)+"
)


def _worded_headings(s: str, questions: QuestionSet) -> list[int]:
    """Where a numbered or keyword heading whose title opens with a question's wording,
    or is a topic title set apart (:func:`_topic_title_set_apart`), starts after white
    space (or a Chinese character), wherever it stands: the wording, the capitals or the
    space make it unambiguous ("... policy@example.org 1. What are the high level ...",
    "... (WGEC-2) I. CHARACTERISTICS OF ENHANCED COOPERATION The Government ...")."""
    out: list[int] = []
    marker_end = 0  # the end of the last such heading's marker
    for m in _HEADING_START.finditer(s):
        p = m.start()
        if p == 0 or p < marker_end or not (s[p - 1] in WS or _is_cjk(s[p - 1])):
            continue  # "question 1" inside "Guiding question 1 -" is no heading of its own
        parts = _classify(s[p : p + _LOOK])
        title = p + len(parts.marker) + len(parts.gap)
        heads = parts.kind in (Kind.QKEY, Kind.NUMBER, Kind.DASHNUM) and not parts.indent
        if heads and (_worded(s, title, questions) or _topic_title_set_apart(s, title, questions)):
            out.append(p)
            marker_end = title
    return out


# -- clause sequences --------------------------------------------------------------------

_SEQUENCE_KINDS: Final = frozenset((Kind.NUMBER, Kind.DOTTED, Kind.LETTER, Kind.DASHNUM))
_ALNUM_RUN: Final = LazyPattern(r"[^\W_]+")
_ABJAD: Final = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"


def _shape(marker: str, run: re.Match[str]) -> str:
    """The marker with its last number replaced: "(1)" -> "(#)", "2.3" -> "2.#"."""
    return marker[: run.start()] + "#" + marker[run.end() :]


def _letter_value(name: str, numeral: str) -> list[tuple[str, int]]:
    """The (family, value) readings of a lettered marker's numeral."""
    if name.startswith("LETTER_ROMAN"):
        value = roman_to_int(numeral)
        return [("roman", value)] if value else []
    if name == "LETTER_CYRILLIC":
        return [("cyrillic", ord(numeral) - ord("а") + 1)]
    if name == "LETTER_ABJAD":
        return [("abjad", _ABJAD.find(numeral.replace("ا", "أ")) + 1)]
    out = [("letter", ord(numeral) - ord("a") + 1)]
    if numeral in "ivx":  # "(i)" may be the first roman numeral
        out.append(("roman", roman_to_int(numeral) or 0))
    return out


def sequence_keys(parts: LineParts) -> list[tuple[str, int]]:
    """The sequences a marker may belong to, as (style, value): the style names the
    family of numerals and the marker's shape ("digit (#)"), the value its place."""
    marker = parts.marker
    runs = list(_ALNUM_RUN.finditer(marker))
    if not runs:
        return []
    run = runs[-1]
    numeral = run.group()
    name = parts.terminal
    readings: list[tuple[str, int]]
    if numeral.isdigit():
        readings = [("digit", int(numeral))]
    elif name.startswith("LETTER"):
        readings = _letter_value(name, numeral)
    elif name in ("NUMBER_ROMAN",):
        readings = [("ROMAN", roman_to_int(numeral) or 0)]
    elif name == "DASHNUM_SECTION":
        readings = [("LETTER", ord(numeral) - ord("A") + 1)]
    elif name.startswith("NUMBER_CJK"):
        readings = [("cjk", cjk_to_int(cjk_numeral(marker)))]
    else:
        number = question_number(marker)
        readings = [("other", int(number))] if number else []
    shape = _shape(marker, run)
    return [(f"{family} {name[:6]} {shape}", value) for family, value in readings if value > 0]


class _Sequences:
    """The clause markers of a text's flattened lines, in reading order: each style's
    run goes on with the next value and starts again at 1, and the markers of a run of
    two or more are cut before.  Only the open runs are kept, not every marker."""

    def __init__(self) -> None:
        #: For each style: the run's length, and its first marker while it is alone.
        self.runs: dict[str, tuple[int, tuple[_Line, int] | None]] = {}

    def continues(self, keys: list[tuple[str, int]]) -> bool:
        """Whether a marker of these readings continues an open run."""
        return any(
            (run := self.runs.get(key)) is not None and value == run[0] + 1 for key, value in keys
        )

    def add(self, line: _Line, p: int, keys: list[tuple[str, int]]) -> None:
        runs = self.runs
        for key, value in keys:
            run = runs.get(key)
            if run is not None and value == run[0] + 1:
                first = run[1]
                if first is not None:
                    first[0].cut(first[1], CLAUSE)
                line.cut(p, CLAUSE)
                runs[key] = (value, None)
                return
        for key, value in keys:
            if value == 1:
                runs[key] = (1, (line, p))


# -- fields, sign-offs, furniture, running headers ---------------------------------------


def _is_cjk(ch: str) -> bool:
    """Whether ``ch`` is a Chinese (or Japanese) letter, not punctuation."""
    return ("\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff") and ch.isalnum()


def _label_start(s: str, colon: int) -> int | None:
    """Where a field label of the vocabulary that ends at ``colon`` starts, or None."""
    window = s[max(0, colon - _LABEL_MAX) : colon]
    base = colon - len(window)
    name = window.rstrip(" \u00a0")
    best: int | None = None
    # Chinese labels need no white space before them: the last few characters.
    for width in range(2, 5):
        label = name[-width:]
        if len(label) == width and _is_cjk(label[0]) and fold(label) in _FIELD_LABELS:
            best = base + len(name) - width
    # Labels of words: the last one to four words, after white space or the start.
    end = len(name)
    for _ in range(_LABEL_WORDS):
        space = max(name.rfind(" ", 0, end), name.rfind("\u00a0", 0, end))
        label = name[space + 1 :]
        if (space >= 0 or base == 0) and label[:1] not in WS and _is_label(label):
            best = base + space + 1
        if space < 0:
            break
        end = space
    return best


def _is_label(label: str) -> bool:
    """Whether words are a field name of the vocabulary, or a note's about its writers
    ("About IDGS", "À propos du Centre")."""
    folded = fold(label)
    return folded in _FIELD_LABELS or (folded.startswith(ABOUT_LABELS) and label[:1].isupper())


def _fields(s: str, boundaries: set[int]) -> list[int]:
    """Where the fields of the line start (their labels), as :func:`segment` cuts: at a
    boundary, after a word not in lower case, right after another field, or anywhere
    for a label of two words or more that starts with a capital ("... coopération
    renforcée Soumis par : ...": inside a sentence such words are in lower case)."""
    out: list[int] = []
    value = -1  # where the value of the last field found starts
    for m in _COLON.finditer(s):
        k = m.start()
        after = s[k + 1 : k + 2]
        if m.group() == ":" and after and not (after in WS or after.isdigit()):
            continue
        start = _label_start(s, k)
        if start is None or s[start].islower():
            continue
        before = s[max(0, start - _LABEL_MAX) : start].rstrip(WS)
        word = before[before.rfind(" ") + 1 :][:1]
        chained = value >= 0 and start - value <= _FIELD_RUN and not _END.search(s, value, start)
        capital = s[start].isupper() and any(c in WS for c in s[start:k].rstrip(WS))
        if start in boundaries or start == 0 or chained or capital or (word and not word.islower()):
            out.append(start)
            value = k + 1
    return out


def _signoff_end(s: str, p: int) -> int | None:
    """Where a sign-off ("Best regards,") starting at boundary ``p`` ends, or None."""
    if not s[p : p + 1].isalpha():
        return None
    stop = _SIGNOFF_STOP.search(s, p, p + _SIGNOFF_MAX + 1)
    if stop is None:
        return None
    name = match_terminal(s[p : stop.end()])
    return stop.end() if name is not None and kind_of(name) == Kind.SIGNOFF else None


def _furniture(s: str) -> list[tuple[int, int]]:
    """The page furniture standing between white space on the line: (start, end)."""
    # The forms start with different characters, so no two match at the same place; a
    # match that starts inside an earlier one is left out.
    found = sorted(
        (m.start(), m.end(), name) for name, pattern in _FURNITURE for m in pattern.finditer(s)
    )
    out: list[tuple[int, int]] = []
    reached = 0
    for a, b, form in found:
        if a < reached:
            continue
        if (
            form == "INLINE_PAGE_AT_END"
            and not s.startswith("page", a)
            and _END.search(s, max(0, a - 3), a) is None
        ):
            # "Page 2" alone at the end, but after no sentence end: text (not "page" in
            # lower case, which only a running title's dash or bar stands before)
            continue
        reached = b
        edge_before = a == 0 or s[a - 1] in INDENT_WS or s[a] == "第"
        edge_after = b == len(s) or s[b] in INDENT_WS or s[b - 1] in "页）)"
        name = match_terminal(s[a:b])
        if edge_before and edge_after and name is not None and kind_of(name) == Kind.NOISE:
            out.append((a, b))
    return out


def _common_prefix(texts: list[str]) -> str:
    """The longest prefix all ``texts`` share that ends at a word's end in each."""
    first = min(texts, key=len)
    n = 0
    while n < len(first) and all(t[n] == first[n] for t in texts):
        n += 1
    while n > 0 and not all(len(t) == n or t[n] in WS for t in texts):
        n -= 1
    return first[:n].rstrip(WS)


def _shared(pieces: list[str], edge: str) -> str:
    """The start that the pieces of text next to the furniture share (two of them at
    least, or one and the piece at the edge of the line), if it can be a header."""
    texts = [t for t in pieces if t]
    if len(texts) < 2:
        texts += [edge] if edge else []
    if len(texts) < 2:
        return ""
    header = _common_prefix(texts)
    if not _HEADER_MIN <= len(header) <= _HEADER_MAX or " " not in header:
        return ""
    # A header is a title: no sentence ends in it, nor at either end of it.
    if _END.search(header) or header.endswith(_STOPS) or header.startswith(_STOPS):
        return ""
    return header


def _headers(s: str, furniture: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The running header text repeated next to the page furniture: (start, end)."""
    if not furniture:
        return []
    n = len(s)
    found: list[tuple[int, int]] = []
    # The text after each piece of furniture; the line's start (the first page's top).
    afters = [
        (_skip_ws(s, b), stop)
        for (_, b), stop in zip(furniture, [a for a, _ in furniture[1:]] + [n], strict=True)
    ]
    head = (len(s) - len(s.lstrip(INDENT_WS)), furniture[0][0])
    header = _shared([s[a:b] for a, b in afters], s[head[0] : head[1]])
    if header:
        for a, b in [*afters, head]:
            if s.startswith(header, a) and (a + len(header) == b or s[a + len(header)] in WS):
                found.append((a, a + len(header)))
    # The text before each piece of furniture; the line's end (the last page's foot).
    befores = [
        (stop, a)
        for (a, _), stop in zip(furniture, [0] + [b for _, b in furniture[:-1]], strict=True)
    ]
    foot = (furniture[-1][1], n)

    def backwards(a: int, b: int) -> str:
        return s[a:b].rstrip(WS)[::-1]

    footer = _shared([backwards(a, b) for a, b in befores], backwards(*foot))
    if footer:
        for a, b in [*befores, foot]:
            end = a + len(s[a:b].rstrip(WS))
            text = s[a:end]
            if text.endswith(footer[::-1]) and (
                len(text) == len(footer) or text[-len(footer) - 1] in WS
            ):
                found.append((end - len(footer), end))
    return found


# -- page breaks across lines --------------------------------------------------------------

#: A page number standing alone at the end of a flattened page is at most this long.
_PAGE_NUMBER_MAX: Final = 20
#: What a sentence ends with.
_ENDS: Final = (*_STOPS, ":", "：", "；", "؛")


def _fraction_set_apart(s: str, a: int, b: int) -> bool:
    """Whether the fraction ``s[a:b]`` ("1/2") stands after a wide gap, as a page's
    number and total set at the right margin do, its page no later than its total."""
    page, total = re.split(r"[/|]", s[a:b], maxsplit=1)
    return s[max(0, a - _WIDE_GAP) : a] == " " * _WIDE_GAP and int(page) <= int(total)


def _closing_page_number(s: str, questions: QuestionSet) -> tuple[int, int] | None:
    """A page number that ends the line ("... 成果。 第1页", "... transit. 12", "...
    page 1 of 2"): at the foot of a flattened page it is page furniture even without
    the total, or the capital, that one inside a line needs ("Page 1 of 2"); so is a
    fraction after a wide gap ("...   1/2", :func:`_fraction_set_apart`).  One with
    its word ("第2页", "Page 2") needs white space before it, a bare number a sentence
    end; after a sentence end and the page's running footer (:func:`_foot_title`), one
    marked as a page number ("... normalisation. Example Note – 1") or of three digits
    at most ("... investigadores. CESI - Universidad de Cuenca 1")."""
    end = len(s.rstrip(WS))
    j = end
    for _ in range(4):  # "Page 2", "- 2 -", "page 1 of 2": up to four words
        j = max(s.rfind(" ", 0, j), s.rfind("\u00a0", 0, j))
        if j < 0 or end - j - 1 > _PAGE_NUMBER_MAX:
            return None
        name = match_terminal(s[j + 1 : end])
        if name == "NOISE_PAGE_OF":
            return j + 1, end
        if name == "NOISE_PAGE_FRACTION" and _fraction_set_apart(s, j + 1, end):
            return j + 1, end  # "... with regard to   1/2": the page and its total
        if name is None or not name.startswith("NOISE_PAGE"):
            continue
        before = s[:j].rstrip(WS)
        if before.endswith(_ENDS) and not _page_word_before(s, j, end):
            return j + 1, end
        # After a running footer, a number marked as a page's, by a dash before it
        # ("Example Note – 1") or its word ("Page 2"), or of three digits at most
        # ("CESI - Universidad de Cuenca 1"): a bare number of four there is a date's
        # year ("Geneva, 20 December 2016").
        number = s[j + 1 : end]
        marked = (
            not number.isdigit() or len(number) < _YEAR_DIGITS or before.endswith(("-", "–", "—"))
        )
        if marked and _foot_title(before, questions) is not None:
            return j + 1, end
    return None


def _page_word_before(s: str, j: int, end: int) -> bool:
    """Whether the word before the page number ``s[j + 1:end]`` is its page word, whose
    abbreviation's full stop is no sentence end ("... к морю. Центр – с. 1")."""
    k = max(s.rfind(" ", 0, j), s.rfind("\u00a0", 0, j))
    name = match_terminal(s[k + 1 : end])
    return name is not None and name.startswith("NOISE_PAGE")


#: A bare number of this many digits at a page's foot is a year, not the page's number.
_YEAR_DIGITS: Final = 4


#: "第1页" between a sentence end and white space: a Chinese page number without its
#: total, which inside a sentence has none of them around it ("见第1页的表格").
_PAGE_WORD: Final = LazyPattern(
    rf"(?<=[。！？；.!?][{WS}])[{WS}]{{0,7}}(第[ \u00a0]?\d{{1,4}}[ \u00a0]?页)(?=[{WS}])"
)


def _page_words(s: str) -> list[tuple[int, int]]:
    """The Chinese page numbers without their total inside the line, each right after a
    sentence end and before white space ("... 成果。 第1页 网络空间 ..."): (start, end)."""
    return [m.span(1) for m in _PAGE_WORD.finditer(s)]


class _Foot(NamedTuple):
    """A flattened line's page furniture, found once: all of it (:func:`_furniture`),
    the page number that ends the line (:func:`_closing_page_number`), and what ends the
    line of either (the foot of a flattened page), if any."""

    furniture: list[tuple[int, int]]
    closing: tuple[int, int] | None
    end: tuple[int, int] | None


def _foot(s: str, questions: QuestionSet) -> _Foot:
    """The page furniture of line ``s``."""
    furniture = _furniture(s)
    closing = _closing_page_number(s, questions)
    if furniture and furniture[-1][1] == len(s.rstrip(WS)):
        return _Foot(furniture, closing, furniture[-1])
    return _Foot(furniture, closing, closing)


def _title_stop(s: str, pos: int, endpos: int) -> re.Match[str] | None:
    """The first sentence end in ``s[pos:endpos]`` (:data:`_TITLE_BREAK`), the full stop
    of an abbreviation before a number aside ("Policy Brief No. 7 – ...")."""
    stop = _TITLE_BREAK.search(s, pos, endpos)
    while stop is not None and _NUMBER_ABBREVIATION.match(s, max(0, stop.start() - 4)):
        stop = _TITLE_BREAK.search(s, stop.end(), endpos)
    return stop


def _is_title(text: str) -> bool:
    """Whether ``text`` may be a running title: 8 to 100 code points, with no sentence
    end in it (a colon may stand inside) nor at either end, nor a Chinese comma, not
    starting in lower case."""
    return (
        _HEADER_MIN <= len(text) <= _HEADER_MAX
        and "，" not in text  # a Chinese clause's comma: a sentence cut by the page's end
        and not text[:1].islower()
        and _title_stop(text, 0, len(text)) is None
        and not text.endswith(_STOPS)
        and not text.startswith(_STOPS)
    )


def _foot_title(before: str, questions: QuestionSet) -> int | None:
    """Where the running title starts that the text before a page's furniture ends
    with, after a sentence end, printed at that page's foot alone ("... in good time.
    Example Council - Input to WGEC-2 Page 1 of 2", or the page's address as a browser
    prints it, "... (2016). https://www.example.org/wgec2-input 1/2"); None where the
    text does not end so.  A heading at the page's foot ("2. Recommendations",
    "Recommendations") is no such title, nor words that end in lower case, a sentence
    that runs on, unless parts set apart by a spaced dash or bar make it a title's
    ("NBIXF - WGEC-2 input")."""
    ends = [m.end() for m in _END.finditer(before)]
    ends += [m.end() for m in _DATED.finditer(before)]  # "..., 20 December 2016 NBIXF - ..."
    if not ends:
        return None
    start = _skip_ws(before, max(ends))
    title = before[start:].rstrip(WS)
    if match_terminal(title) == "NOISE_URL":
        return start  # a browser prints the page's address at its foot
    if not _is_title(title) or _classify(title[:_LOOK]).kind != Kind.TEXT:
        return None
    parted = _in_parts(title)
    if title.split()[-1][:1].islower() and not parted:
        # "... As set out in Page 1 of 2": a sentence runs on over the break; a title of
        # parts may end in lower case ("NBIXF - WGEC-2 input 1")
        return None
    return None if match_topic(title, questions) is not None else start


def _title_on_both_sides(before: str, after: str) -> int:
    """The length of the running title that ends the text ``before`` a page break and
    starts the text ``after`` it (a title printed at the foot of one page and the head
    of the next, "... raisonnable, FBUI – Contribution GTRC-2 Page 1 sur 2 FBUI –
    Contribution GTRC-2 y compris ..."); 0 when there is none.  Only whole words are
    compared, and the longest such title is taken."""
    before = before.rstrip(WS)
    best = 0
    limit = min(len(after), _HEADER_MAX)
    for n in range(_HEADER_MIN, limit + 1):
        if n < len(after) and after[n] not in WS:
            continue
        title = after[:n]
        k = len(before) - n
        if before.endswith(title) and (k == 0 or before[k - 1] in WS) and _is_title(title):
            best = n
    return best


def _head_title_once(after: str, footer: str, ended: bool = False) -> int:
    """The length of the running title printed at the head of a page alone, where the
    running ``footer`` of the page before is known ("... not left" / "CPIA |
    Contribution to WGEC-2 | page 1 of 2", then "WGEC-2 input - CPIA out of global
    discussions"): a run of words that ends with a word in capitals or with a number,
    and is a title (:func:`_is_title`) with a spaced dash or bar between its parts and a
    word in capitals shared with the footer.  Where the page before broke off
    mid-sentence, the longest such run before a word in lower case that goes on with
    the sentence; where it ``ended`` its sentence, the run up to the page's first wide
    gap, before a capital that opens the page's first sentence ("KIIP | Enhanced
    cooperation – working paper 2016/07  These characteristics ...").  0 when there is
    none."""
    shared = {w for w in footer.split() if len(w) > 2 and w.isupper()}
    best = 0
    for m in _SPACES.finditer(after, 0, _HEADER_MAX + 1):
        if ended and len(m.group()) < _WIDE_GAP:
            continue
        title, word = after[: m.start()], after[m.end() : m.end() + 1]
        words = title.split()
        last = words[-1] if words else ""
        opens = word.isupper() if ended else word.islower()
        if (
            opens
            and (last.isupper() or any(c.isdigit() for c in last))
            and _is_title(title)
            and any(w in _TITLE_SEPARATORS for w in words)
            and shared.intersection(words)
        ):
            best = m.start()
        if ended:
            break  # only the first wide gap can end the title
    return best


#: The fewest spaces of a wide gap between a flattened page's title and its text.
_WIDE_GAP: Final = 2


#: The marks that part a running title's pieces, between spaces ("WGEC-2 input - CPIA").
_TITLE_SEPARATORS: Final = frozenset(("-", "–", "—", "|", "·"))


def _in_parts(title: str) -> bool:
    """Whether ``title`` holds parts set apart by a spaced dash or bar ("NBIXF - WGEC-2
    input")."""
    return any(f" {mark} " in title for mark in _TITLE_SEPARATORS)


class _Page(NamedTuple):
    """What the lines around a flattened line say about its page breaks."""

    #: Whether the line starts a page, and if so whether the page before it ended
    #: with a sentence end (None: it starts no page).
    top: bool | None = None
    #: The running title at the line's start, repeated at the foot of the page before.
    head: int = 0
    #: The running title before the furniture that ends the line, repeated at the head
    #: of the next page: (start, end), or None.
    foot: tuple[int, int] | None = None


def _pages(
    contents: Sequence[str], flat: list[int], feet_of: dict[int, _Foot], questions: QuestionSet
) -> dict[int, _Page]:
    """For each flattened line, its page breaks with the flattened line before and after
    it (only blank or form-feed lines between): whether it starts a page, and the
    running title printed on both sides of the break.  ``feet_of``: each flattened
    line's page furniture."""
    pages = dict.fromkeys(flat, _Page())
    ends = {i: feet_of[i].end for i in flat}
    feet = _running_feet(contents, ends)
    for i, foot in feet.items():
        pages[i] = pages[i]._replace(foot=foot)
    for i, j in itertools.pairwise(flat):
        if any(contents[k].strip(WS + "\f") for k in range(i + 1, j)):
            continue
        s = contents[i]
        end = ends[i]
        if end is None:
            continue
        before = s[: feet[i][0] if i in feet else end[0]].rstrip(WS)
        after = contents[j][len(contents[j]) - len(contents[j].lstrip(INDENT_WS)) :]
        n = _title_on_both_sides(before, after)
        once = 0  # a running header printed at the head of this page alone
        if not n and i in feet:
            once = _head_title_once(after, s[feet[i][0] : feet[i][1]], before.endswith(_ENDS))
        title = None if n or i in feet else _foot_title(before, questions)
        text = before[: len(before) - n].rstrip(WS)  # the page's text, its running title left out
        ended = text.endswith(_ENDS) or title is not None
        pages[j] = pages[j]._replace(top=ended, head=n or once)
        if n:
            pages[i] = pages[i]._replace(foot=(len(before) - n, len(before)))
        elif title is not None:  # a running footer seen once
            pages[i] = pages[i]._replace(foot=(title, len(before)))
    return pages


def _running_feet(
    contents: Sequence[str], ends: dict[int, tuple[int, int] | None]
) -> dict[int, tuple[int, int]]:
    """The running footer printed before the page furniture at the foot of two flattened
    pages or more ("... public policy. LITLP – WGEC-2 input – page 1 of 2"), on each line
    that ends with it: (start, end).  ``ends``: the furniture ending each flattened line
    (:attr:`_Foot.end`), if any.  The pages' texts before their furniture must end with
    the same title (:func:`_shared`: whole words, no sentence end in it), or the same
    web address ("... https://www.example.org/input 1/2")."""
    feet = {i: contents[i][: end[0]].rstrip(WS) for i, end in ends.items() if end is not None}
    if len(feet) < 2:
        return {}
    footer = _shared([before[::-1] for before in feet.values()], "")[::-1]
    if not footer:  # the page's address, as a browser prints it at every page's foot
        last = {before.rsplit(None, 1)[-1] for before in feet.values() if before}
        url = last.pop() if len(last) == 1 else ""
        footer = url if match_terminal(url) == "NOISE_URL" else ""
    found: dict[int, tuple[int, int]] = {}
    if footer:
        for i, before in feet.items():
            k = len(before) - len(footer)
            if before.endswith(footer) and (k == 0 or before[k - 1] in WS):
                found[i] = (k, len(before))
    return found


def _next_pages(
    contents: Sequence[str], flat: list[int], questions: QuestionSet
) -> dict[int, _Foot]:
    """The flattened lines, with the pages that follow a flattened page, each with its
    page furniture, in order: a line of :data:`INLINE_MIN` code points or more with
    :data:`SENTENCES_MIN` sentence ends, after a flattened line that ends with page
    furniture (blank or form-feed lines between), is the next page of the same text even
    when nothing inside it says so."""
    out: dict[int, _Foot] = {}
    follows = False  # the last non-blank line is a flattened page's foot
    marked = set(flat)
    for i, s in enumerate(contents):
        if not s.strip(WS + "\f"):
            continue
        if i not in marked and not (follows and _is_next_page(s)):
            follows = False
            continue
        out[i] = _foot(s, questions)
        follows = out[i].end is not None
    return out


def _is_next_page(s: str) -> bool:
    """Whether a line is long enough, with enough sentence ends, to be a page; a
    Chinese character counts twice, as it holds a word or more."""
    if len(s) + sum(1 for ch in s if _is_cjk(ch)) < INLINE_MIN:
        return False
    ends = _END.finditer(s)
    return all(next(ends, None) is not None for _ in range(SENTENCES_MIN))


# -- one line ------------------------------------------------------------------------------


class _Line:
    """The cuts found on one flattened line: position -> kind, and the spans that no
    cut may fall inside (headings' titles, furniture, headers)."""

    def __init__(self, s: str) -> None:
        self.s = s
        self.cuts: dict[int, str] = {}
        self.spans: list[tuple[int, int]] = []
        #: The boundaries where nothing was cut (a closing may start there).
        self.others: list[int] = []
        #: Where the unnumbered topic headings start.
        self.topics: set[int] = set()
        #: Runs that may be topic headings, where the line named one question's alone:
        #: (start, end, question) each (see :func:`_read_topics_across`).
        self.lone_topics: list[tuple[int, int, str]] = []

    def cut(self, p: int, kind: str) -> None:
        old = self.cuts.get(p)
        if old is None or _PRIORITY.index(kind) < _PRIORITY.index(old):
            self.cuts[p] = kind

    def cut_after(self, end: int, kind: str) -> int:
        """Cut where the text after ``end`` (and its white space) starts; returns it."""
        j = _skip_ws(self.s, end)
        if j < len(self.s):
            self.cut(j, kind)
        return j

    def noise(self, a: int, b: int, kind: str) -> int:
        """Cut out ``s[a:b]`` as ``kind`` (furniture, a header): no cut falls inside
        it, and the text after it resumes; returns where."""
        self.cut(a, kind)
        self.spans.append((a, b))
        return self.cut_after(b, RESUME)

    def last_structure(self) -> int:
        """Where the last question heading, answer or clause cut of the line is (-1)."""
        return max((p for p, kind in self.cuts.items() if kind in _STRUCTURE), default=-1)

    def final(self) -> tuple[str, list[tuple[int, str]]]:
        """The kind of the line's first segment ("" if none), and the cuts in order:
        none inside a span, each with text before and after it."""
        s = self.s
        first = ""
        out: list[tuple[int, str]] = []
        last = 0
        content_end = len(s.rstrip(INDENT_WS))
        spans = sorted(self.spans)
        j, reach = 0, -1  # how far the spans that start before the cut reach
        for p in sorted(self.cuts):
            while j < len(spans) and spans[j][0] < p:
                reach = max(reach, spans[j][1])
                j += 1
            if p < reach:
                continue
            if not s[last:p].strip(INDENT_WS):
                if not out:
                    first = first or self.cuts[p]
                continue
            if p >= content_end:
                break
            out.append((p, self.cuts[p]))
            last = p
        return first, out


def _page_top(s: str, p: int, questions: QuestionSet, sequences: _Sequences) -> int | None:
    """Where the text after a running title at the top of a page starts, when the
    title stands before a question heading or a clause marker that continues its
    sequence ("AARC – WGEC-2 submission – December 2016 1.4 It should ...", "FADP ·
    Contribución al GTCR-2 2) Teniendo en cuenta ...", "网络空间法治研究院 书面意见
    【问题二】..."), or before a wide gap after a title of parts (:func:`_parted_title_before_gap`);
    None otherwise.  The page before must have ended a sentence, so
    that a sentence running on over the break ("... in section Page 1 of 2 3.2 of
    ...") is never cut, and the title is one (:func:`_is_title`)."""
    limit = min(len(s), p + _HEADER_MAX + 1)
    stop = _title_stop(s, p, limit)  # a title holds no sentence end: none after it
    limit = limit if stop is None else min(limit, stop.end() + 1)
    for q in range(p + _HEADER_MIN + 1, limit):
        if s[q - 1] not in WS or s[q] in WS:
            continue
        hinted = _MARKER_HINT.match(s, q) is not None or s[q].isalpha()
        if not hinted or not _is_title(s[p:q].rstrip(WS)):
            continue
        parts, end = _read_boundary(s, q, questions)
        if end is not None:
            return q
        if (
            parts is not None
            and parts.kind in _SEQUENCE_KINDS
            and sequences.continues(sequence_keys(parts))
        ):
            return q
        if _parted_title_before_gap(s, p, q):
            return q  # "Samoa - WGEC-2 contribution  2017 will mark ...": the lost break
    return None


def _parted_title_before_gap(s: str, p: int, q: int) -> bool:
    """Whether ``s[p:q]`` is a title of parts set apart by a spaced dash or bar ("Samoa
    - WGEC-2 contribution") that ends at a wide gap, the lost line break after a page's
    running title."""
    title = s[p:q]
    return _TITLE_GAP.fullmatch(title, len(title.rstrip(WS))) is not None and _in_parts(title)


#: An abbreviation before a number, whose full stop ends no sentence ("No. 7", "Vol. 2"),
#: matched from a few characters before the stop.
_NUMBER_ABBREVIATION: Final = LazyPattern(r".{0,4}?(?<![^\s(])(?:No|Nr|Vol|N°|Nº|núm|Núm)\.\s\d")
#: The gap between a running title and the text under it, run together on one line.
_TITLE_GAP: Final = LazyPattern(r"[ \u00a0]{2,}")


def _title_in_a_cut_sentence(s: str, p: int) -> int | None:
    """Where the text after a running title at the top of a page starts, when the page
    before broke off inside a sentence and the title stands alone before it, set apart
    by a wide gap, the sentence going on in lower case ("... the cost of international
    Page 1 of 2 / Seychelles – WGEC-2 submission  bandwidth and to improve ..."), or, with
    one space, a title of parts before lower case, a Chinese title, or an Arabic title
    that ends with a code in Latin letters; None otherwise."""
    gap = _TITLE_GAP.search(s, p, min(len(s), p + _HEADER_MAX + 2))
    if gap is None:
        return (
            _title_of_parts_before_lower_case(s, p)
            or _chinese_title_of_parts(s, p)
            or _chinese_opinion_title(s, p)
            or _arabic_title_of_parts(s, p)
        )
    title = s[p : gap.start()]
    if _is_cjk(s[gap.end() : gap.end() + 1]) and _CJK_TITLE_SPACED.fullmatch(title) is not None:
        # "西南数字经济产业联盟　WGEC-2意见  都离不开……": a Chinese title of two parts, the
        # cut sentence going on after the gap (Chinese has no lower case to tell it).
        return gap.end() if _is_title(title) else None
    if not s[gap.end() : gap.end() + 1].islower():
        return None
    return gap.end() if _is_title(title) else None


def _title_of_parts_before_lower_case(s: str, p: int) -> int | None:
    """Where the text after a running title of parts set apart by a spaced dash or bar
    starts, the title's words capitalised but for the small words that join a name, one
    space before the rest of the cut sentence in lower case ("Kingdom of X – Contribution
    to WGEC-2 on what they have done ..."); None otherwise."""
    end = None
    for m in _WORD.finditer(s, p, min(len(s), p + _HEADER_MAX + 1)):
        word = m.group()
        if word[:1].isupper() or word in _TITLE_SEPARATORS or any(c.isdigit() for c in word):
            end = m.end()
        elif word.lower() not in TITLE_JOINS:
            break
    if end is None:
        return None
    title = s[p:end]
    rest = _skip_ws(s, end)
    if not s[rest : rest + 1].islower() or not _in_parts(title):
        return None
    return rest if _is_title(title) else None


def _after_title(pattern: LazyPattern, s: str, p: int) -> int | None:
    """Where the text starts after the running title ``pattern`` matches at ``p`` (the
    title its group 1, the white space after it in the match); None where it does not
    match there or what it matched is no title (:func:`_is_title`)."""
    m = pattern.match(s, p)
    if m is None or not _is_title(m.group(1)):
        return None
    return m.end()


def _chinese_title_of_parts(s: str, p: int) -> int | None:
    """Where the text after a Chinese running title starts, the title's parts set apart
    by a full-width colon and one space before the rest of the cut sentence
    ("……研究院：对WGEC-2指导问题的意见 情况，并向……"); None otherwise."""
    return _after_title(_CJK_RUNNING_TITLE, s, p)


def _chinese_opinion_title(s: str, p: int) -> int | None:
    """Where the text after a Chinese running title of one part starts, a body's name and
    the word for its views at its end ("华南……促进会意见", "……研究院的建议"), then one
    space before the rest of the cut sentence ("……促进会意见 带来的不确定性。"); None
    otherwise."""
    return _after_title(_CJK_OPINION_TITLE, s, p)


def _arabic_title_of_parts(s: str, p: int) -> int | None:
    """Where the text after an Arabic running title starts, the title's Arabic words, a
    spaced dash and a code in Latin letters at its end, then one space before the rest
    of the cut sentence ("مساهمة جمعية المثال – WGEC-2 المشاورات الوطنية ..."): Arabic has
    no capitals to tell a title from the text, the code in Latin letters after the dash
    does; None otherwise."""
    return _after_title(_ARABIC_TITLE_OF_PARTS, s, p)


def _chinese_title_at_page_top(s: str, p: int) -> int | None:
    """Where the text after a Chinese running title at the top of a page starts, the
    title's two parts set apart by an ideographic space, then white space and the text
    ("西南……研究院　增强合作意见 合作成果应当……", after a page that ended a sentence or
    inside one that a page break cut): Chinese has no capitals to tell a title from the
    text, the ideographic space inside it does; None otherwise."""
    return _after_title(_CJK_TITLE_AT_TOP, s, p)


#: A Chinese running title of two parts around a full-width colon, then one space and
#: Chinese text.
_CJK_RUNNING_TITLE: Final = LazyPattern(
    r"([\u4e00-\u9fff][^\s。！？；]{1,40}：[^\s。！？；]{2,40})[ \u00a0\u3000](?=[\u4e00-\u9fff])"
)
#: An Arabic running title (group 1): Arabic words, a spaced dash and a code in Latin
#: letters ("WGEC-2"), then white space before Arabic text.
_ARABIC_TITLE_OF_PARTS: Final = LazyPattern(
    r"([\u0621-\u064a][^\n.!?؟،؛:–—]{2,60}?[ \u00a0][–—-][ \u00a0][A-Za-z][A-Za-z0-9\-]{1,15})"
    r"[ \u00a0]+(?=[\u0621-\u064a])"
)
#: A Chinese running title of one part that ends with the word for the body's views
#: ("……促进会意见"), then one space before Chinese text.
_CJK_OPINION_TITLE: Final = LazyPattern(
    r"([\u4e00-\u9fff][^\s。！？；，]{3,38}(?:意见|建议|看法|观点|答复|回复))[ \u00a0\u3000]"
    r"(?=[\u4e00-\u9fff])"
)
#: A Chinese running title of two parts set apart by an ideographic space ("……联盟　WGEC-2
#: 意见"), no clause's comma in it.
_CJK_TITLE_SPACED: Final = LazyPattern(
    r"[\u4e00-\u9fff][^\s。！？；，]{1,30}\u3000[^\s。！？；，]{1,20}"
)
#: Such a title (group 1), then white space before Chinese text.
_CJK_TITLE_AT_TOP: Final = LazyPattern(
    rf"({_CJK_TITLE_SPACED.pattern})[ \u00a0]+(?=[\u4e00-\u9fff])"
)


def _page_breaks(s: str, page: _Page, foot: _Foot, line: _Line) -> list[tuple[int, bool]]:
    """Cut out the line's page furniture and the running titles next to it; returns
    the page tops on the line: where the text after each page break resumes, and
    whether the page before ended with a sentence end."""
    tops: list[tuple[int, bool]] = []
    head = len(s) - len(s.lstrip(INDENT_WS))
    if page.top is not None:
        if page.head:
            line.noise(head, head + page.head, HEADER)
        else:
            tops.append((head, page.top))
    furniture, closing = foot.furniture, foot.closing
    for a, b in [*furniture, *_page_words(s), *([closing] if closing else [])]:
        resume = line.noise(a, b, FURNITURE)
        before = s[:a].rstrip(WS)
        ended = before.endswith(_ENDS)
        if page.top is not None and _is_title(before[head:]):
            # "Example – WGEC-2 – page 2 of 2 Q2 – ...": furniture in the page's head,
            # after its running title; the page before ended its sentence or not.
            ended = page.top
        if resume < len(s):
            tops.append((resume, ended))
    for a, b in _headers(s, furniture) + ([page.foot] if page.foot else []):
        line.noise(a, b, HEADER)
    return tops


def _read_line(
    s: str, questions: QuestionSet, sequences: _Sequences, page: _Page, foot: _Foot
) -> _Line:
    """Find the cuts of one flattened line (its clause markers go to ``sequences``)."""
    line = _Line(s)
    tops = _page_breaks(s, page, foot, line)
    resumes = [p for p, kind in line.cuts.items() if kind == RESUME]
    for p, ended in tops:
        if line.cuts.get(p) == HEADER:
            continue
        if ended:
            q = _page_top(s, p, questions, sequences) or _chinese_title_at_page_top(s, p)
        else:
            q = _title_in_a_cut_sentence(s, p) or _chinese_title_at_page_top(s, p)
        if q is not None:
            line.noise(p, q, HEADER)
            resumes.append(q)
    boundaries = sorted(set(_boundaries(s)).union(resumes, _worded_headings(s, questions)))
    boundaries = sorted(set(boundaries).union(_points_after_topics(s, boundaries, questions)))
    for start in _fields(s, set(boundaries)):
        line.cut(start, FIELD)
    _read_boundaries(s, boundaries, questions, sequences, line)
    _read_topics(s, questions, line)
    return line


#: The number of a point that may follow a topic heading inside a flattened line ("1.").
_POINT_NUMBER: Final = LazyPattern(r"\d{1,2}[.)]")
#: An unnumbered topic heading inside a flattened line has at most this many words.
_TOPIC_WORDS: Final = 8
_WORD: Final = LazyPattern(r"\S+")


def _read_topics(s: str, questions: QuestionSet, line: _Line) -> None:
    """Cut around the unnumbered topic headings of a flattened line ("... such as ours.
    Our recommendations We suggest ..."): at a boundary where nothing else was cut, a
    run of at most eight words starting with a capital that names a question's topic
    and is followed by a word starting with a capital, when the line holds such runs
    for two questions or more (one alone may be a sentence's subject)."""
    found: list[tuple[int, int, str]] = []
    for p in line.others:
        topic = _topic_end(s, p, questions)
        if topic is not None:
            found.append((p, *topic))
    if len({number for _, _, number in found}) < 2:
        # One run read from two starts ("BDIC - WGEC-2 contribution Recommendations for
        # the" and "Recommendations for the Working Group"): the later.
        line.lone_topics = [
            run
            for run, after in itertools.zip_longest(found, found[1:])
            if after is None or after[0] >= run[1]
        ]
        return
    _cut_topics(line, found)


def _cut_topics(line: _Line, found: Iterable[tuple[int, int, str]]) -> None:
    """Cut the topic headings ``found`` (start, end, question) out of ``line``."""
    for p, end, _ in found:
        line.cut(p, HEADING)
        line.cut_after(end, ANSWER)
        line.spans.append((p, end))
        line.topics.add(p)


def _read_topics_across(found: dict[int, _Line], questions: QuestionSet) -> None:
    """Cut the topic headings of flattened lines that each name one question's topic
    alone, where together they name two questions' or more, each once (a text flattened
    a page a line, "Characteristics" on the first page, "Recommendations" on the
    second): what :func:`_read_topics` reads on one line, read across the text."""
    runs = [(line, run) for line in found.values() for run in line.lone_topics]
    numbers = [number for _, (_, _, number) in runs]
    if len(set(numbers)) < 2 or len(set(numbers)) != len(numbers):
        return
    for line, (p, end, number) in runs:
        own = _topic_after_a_title(line.s, p, end, number, questions) if p == 0 else None
        if own is not None:  # "Kiribati – WGEC-2 contribution Recommendations"
            line.noise(p, own, HEADER)
            p = own
        _cut_topics(line, ((p, end, number),))


def _topic_after_a_title(
    s: str, p: int, end: int, number: str, questions: QuestionSet
) -> int | None:
    """Where a topic heading's own words start in a run at a page's top that opens with
    the page's running title, parts set apart by a spaced dash or bar ("Kiribati –
    WGEC-2 contribution Recommendations"): the last capitalised word after the title's
    separator from which the run still names question ``number``'s topic; None where
    the run holds no such title."""
    words = list(_WORD.finditer(s, p, end))
    for k in range(len(words) - 1, 0, -1):
        start = words[k].start()
        title = s[p:start].rstrip()
        if (
            s[start : start + 1].isupper()
            and _in_parts(title)
            and match_topic(s[start:end], questions) == number
        ):
            return start
    return None


def _topic_end(s: str, p: int, questions: QuestionSet) -> tuple[int, str] | None:
    """Where a topic heading starting at boundary ``p`` ends, and the question whose
    topic it names (see :func:`_read_topics`): before a point's number ("1."), or else
    before the first word with a capital after it; None if none starts there."""
    if not s[p : p + 1].isupper():
        return None
    words = list(_WORD.finditer(s, p, p + 200))
    found = None
    for n in range(1, min(len(words), _TOPIC_WORDS + 1)):
        head = s[p : words[n - 1].end()]
        if _END.search(head) is not None or head.endswith((":", ",", ";")):
            break
        following = words[n].group()
        point = _POINT_NUMBER.fullmatch(following) is not None
        if not (point or (found is None and following[:1].isupper())):
            continue
        number = match_topic(head, questions)
        if number is not None:
            found = words[n - 1].end(), number
            if point:  # "Recommendations for the Working Group 4. Recommend ...": its points
                break
    return found


def _points_after_topics(s: str, boundaries: Iterable[int], questions: QuestionSet) -> set[int]:
    """Where the first points after the topic runs at ``boundaries`` stand (".
    Characteristics of enhanced cooperation 1. Enhanced ..."): boundaries too, so that
    the points' numbering is read from the first."""
    found = set()
    for p in boundaries:
        topic = _topic_end(s, p, questions)
        if topic is not None:
            point = _skip_ws(s, topic[0])
            if _POINT_NUMBER.match(s, point) is not None:
                found.add(point)
    return found


def _read_boundaries(
    s: str, boundaries: list[int], questions: QuestionSet, sequences: _Sequences, line: _Line
) -> None:
    """Cut before the headings, clause markers, list items and sign-offs at the line's
    boundaries, and note the sentences that close a letter."""
    skip_to = 0
    items: dict[str, list[int]] = {}  # the boundaries that open with a glyph, by glyph
    at_boundary = set(boundaries)
    # A glyph after a wide gap alone parts a menu's entries ("Inicio  ·  Facultad"): an
    # item opens after a sentence end.
    gapped = set(_boundaries(s)).difference(_boundaries(s, gaps=False))
    ended = at_boundary - gapped
    for p in boundaries:
        if p < skip_to or p >= len(s):
            continue
        parts, end = _read_boundary(s, p, questions)
        if end is not None:
            if parts is None:
                p = _keyed_before(s, p)
            line.cut(p, HEADING)
            line.cut_after(end, ANSWER)
            line.spans.append((p, end))
            skip_to = end
            point = _skip_ws(s, end)
            if point not in at_boundary:  # "Issue 1. Characteristics (i) ...": its first point
                _read_point(s, point, sequences, line)
        elif parts is not None and parts.kind in _SEQUENCE_KINDS:
            _note_point(parts, p, sequences, line)
        elif parts is None and p in ended and _opens_item(s, p):
            items.setdefault(s[p], []).append(p)
        else:
            signoff = _signoff_end(s, p)
            if signoff is not None:
                line.cut(p, SIGNOFF)
                line.cut_after(signoff, SIGNOFF)
            else:
                line.others.append(p)
    _read_items(items, line)


def _keyed_before(s: str, p: int) -> int:
    """Where the question's marker right before a wording at ``p`` starts, run on from
    the text before it without a sentence end (a date field's value, "التاريخ: 30 كانون
    الأول/ديسمبر 2016 س1: ما هي ...؟"; a title, "Contribution of the Government of X A.
    What are ...?"): the heading starts there; ``p`` where no marker stands before it."""
    end = p
    while end > 0 and s[end - 1] in WS:
        end -= 1
    start = end
    while start > 0 and s[start - 1] not in WS and end - start < _KEY_MAX:
        start -= 1
    if start == end or (start > 0 and s[start - 1] not in WS):
        return p
    parts = _classify(s[start : start + _LOOK])
    keyed = parts.kind in _KEYS_BEFORE_WORDING and parts.marker.rstrip() == s[start:end]
    return start if keyed else p


#: The markers that may stand right before a question's wording, run on from the text
#: before them: a keyword ("س1:"), a number or a section's letter ("A.").
_KEYS_BEFORE_WORDING: Final = frozenset((Kind.QKEY, Kind.NUMBER, Kind.DASHNUM))


#: The longest question keyword read before a wording ("س1:", "Q.1:", "Вопрос1:").
_KEY_MAX: Final = 12


def _read_point(s: str, p: int, sequences: _Sequences, line: _Line) -> None:
    """Note a clause marker at ``p``, right after a heading's title, in its sequence."""
    if p < len(s) and _MARKER_HINT.match(s, p) is not None:
        parts = _classify(s[p : p + _LOOK])
        if parts.kind in _SEQUENCE_KINDS:
            _note_point(parts, p, sequences, line)


def _note_point(parts: LineParts, p: int, sequences: _Sequences, line: _Line) -> None:
    """Add the clause marker ``parts`` at ``p`` to the sequences it may belong to."""
    keys = sequence_keys(parts)
    if keys:
        sequences.add(line, p, keys)


def _opens_item(s: str, p: int) -> bool:
    """Whether a bullet glyph and white space stand at ``p``."""
    return not s[p].isalnum() and _classify(s[p : p + _LOOK]).kind == Kind.BULLET


def _read_items(items: dict[str, list[int]], line: _Line) -> None:
    """Cut before the list items of a flattened line ("... among them: • dependence on
    one cable; • exposure to cyclones; ..."): the boundaries that open with one glyph,
    two of them or more; a glyph met once is text."""
    for glyph, starts in items.items():
        if len(starts) >= 2 and glyph not in _INLINE_GLYPHS_NOT:
            for p in starts:
                line.cut(p, BULLET)
        else:
            line.others.extend(starts)


#: A place and date is at most this long ("Asunción, 20 de diciembre de 2016.").
_DATELINE_MAX: Final = 80
#: How a place and date starts: a place with a capital and its comma, or a Chinese
#: place and the year (the TEXT_DATELINE terminal then reads it whole).
_DATELINE_START: Final = LazyPattern(
    "[A-ZÀ-ÖØ-ÞА-ЯЁ][^,.!?;:]{0,39},|[\u4e00-\u9fff]{2,12}[，,、 \u00a0]?\\d{4}年"
)
#: A date ends this far after its year at most ("2016 года", "2016年12月14日。").
_DATE_AFTER_YEAR: Final = 8
#: A year, which ends a date.
_YEAR: Final = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _dateline_end(s: str, p: int) -> int | None:
    """Where a place and date alone ("Lima, 14 de diciembre de 2016.", "北京，2016年12月14日":
    the TEXT_DATELINE terminal) starting at boundary ``p`` ends: before white space or
    at the line's end, after a year, as far as it reaches; None if there is none."""
    if _DATELINE_START.match(s, p) is None:
        return None
    year = _YEAR.search(s, p, p + _DATELINE_MAX)
    if year is None:
        return None
    n = len(s)
    end = None  # the longest: "Москва, 14 декабря 2016 г.", not "... 2016"
    # The date ends with its year, or a few characters after it ("2016 г.", "2016年").
    for k in range(year.end(), min(n, year.end() + _DATE_AFTER_YEAR) + 1):
        if (k == n or s[k] in WS) and match_terminal(s[p:k]) == "TEXT_DATELINE":
            end = k
    return end


# -- the tail of the text --------------------------------------------------------------------

#: What starts web-page furniture after an article: its end mark, the editor's
#: credit, sharing buttons, related links, the copyright line.
_WEB_START: Final = LazyPattern(
    r"[（(](?:完|全文完|END|End)[)）]"
    r"|(?:责任编辑|编辑|分享到|相关阅读|相关文章|相关新闻|延伸阅读)[：:]"
    r"|版权所有|(?:Copyright|©)[ \u00a0]?(?:©[ \u00a0]?)?(?:19|20)\d\d"
    r"|(?:Share this|Share on|Related (?:articles|posts|stories|news)|Tags)[ \u00a0]?:"
    r"|All rights reserved|Comments[ \u00a0]\(\d{1,4}\)"
    r"|(?:Partager|Mots-clés|Étiquettes|Articles (?:liés|similaires)|À lire aussi)[ \u00a0]?:"
    r"|Tous droits réservés|Commentaires[ \u00a0]\(\d{1,4}\)"
    r"|(?:Compartir|Etiquetas)[ \u00a0]?:|(?:Entradas|Artículos|Noticias) relacionad[oa]s"
    r"|Todos los derechos reservados|Comentarios[ \u00a0]\(\d{1,4}\)"
    r"|(?:Поделиться|Теги|Метки|Читайте также|Похожие материалы)[ \u00a0]?:"
    r"|Все права защищены|Комментарии[ \u00a0]\(\d{1,4}\)"
    r"|(?:شارك|مشاركة|الوسوم|كلمات مفتاحية|مقالات ذات صلة)[ \u00a0]?:|جميع الحقوق محفوظة"
)


def _web_furniture(s: str, after: int) -> int | None:
    """Where web-page furniture starts on the line after position ``after`` (the last
    question heading or clause of the text): an article's end mark ("（完）", "(END)")
    or a web page's label ("责任编辑：", "分享到：", "相关阅读：", "版权所有", "Copyright ©
    2016", "Share this:", "Comments (2)", "Partager :", "Compartir:", "Etiquetas:",
    "Поделиться:", "مقالات ذات صلة:") after white space or at a sentence end.  What follows it to
    the line's end is the page around the article, read as noise."""
    for m in _WEB_START.finditer(s, max(after, 1)):
        k = m.start()
        if s[k - 1] in WS or s[k - 1] in "。！？":
            return k
    return None


#: A closing (a closing sentence, place and date, signature, fields) starts at most
#: this many code points before the end of its line.
_CLOSING_MAX: Final = 1200


#: The terminals of a sentence that closes a letter, read on the text at a boundary.
_CLOSING_TERMINALS: Final = frozenset(("TEXT_COURTESY", "TEXT_THANKS", "TEXT_SIGNED_FOR"))
#: A line that says who submits the text, run on into the name without a colon
#: ("Submitted on behalf of the Collective by ...", "Présentée par ..."), after the
#: last answer: a closing.
_SUBMITTED_BY: Final = LazyPattern(
    r"(?:Submitted (?:on behalf of|by)|Soumise? par|Présentée? par|Presentad[oa] por)\b"
)


def _read_closing(line: _Line, p: int) -> None:
    """Cut before a sentence that closes a letter at boundary ``p`` ("Thank you for
    ...", "以上意见……", a note's courtesy close: "The Permanent Mission of X avails
    itself of this opportunity ...", a line that says who submits the text:
    :data:`_SUBMITTED_BY`, or signs for it, "On behalf of the X Steering Group, Jane
    Example, Chair"), or around a place and date alone there."""
    s = line.s
    if _SUBMITTED_BY.match(s, p) is not None:  # "Submitted on behalf of the X by A. Example"
        line.cut(p, CLOSING)
        return
    if _classify(s[p : p + _LOOK]).terminal == "TEXT_THANKS" or (
        _classify(s[p : p + _COURTESY_LOOK]).terminal in _CLOSING_TERMINALS
    ):
        line.cut(p, CLOSING)
        return
    end = _dateline_end(s, p)
    if end is not None:
        line.cut(p, CLOSING)
        line.cut_after(end, CLOSING)


def _read_tail(found: dict[int, _Line]) -> None:
    """After the last question heading or clause of the text: a sentence that closes a
    letter, or a place and date alone, near the end of its line starts the closing (a
    cut before it that breaks the answer, and after a place and date, before its
    signature: the context rules then say whether it closes), and web-page furniture is
    cut out to the end of its line."""
    last = -1, -1
    for i, line in found.items():
        p = line.last_structure()
        if p >= 0:
            last = i, p
    if last[0] < 0:
        return  # no answers: nothing closes them
    for i, line in found.items():
        if i < last[0]:
            continue
        after = last[1] if i == last[0] else 0
        near = len(line.s) - _CLOSING_MAX  # a closing stands at the end of the text
        for p in line.others:
            if p > after and p >= near:
                _read_closing(line, p)
        web = _web_furniture(line.s, after + 1)
        if web is not None:
            line.noise(web, len(line.s.rstrip(WS)), WEB)
    i = max(found)
    if i >= last[0]:
        _read_signature(found[i], last[1] if i == last[0] else 0)


#: A signature's lines run together on a flattened page: at most this many, ...
_SIGNED_LINES_MAX: Final = 6
#: ... each at most this long.
_SIGNED_LINE_MAX: Final = 80
#: A name with its initials on a signature's line: "Е. А. Воробьёва", "Лукина О. С.".
_NAME_WITH_INITIALS: Final = LazyPattern(
    r"(?:[^\W\d_]\.[ \u00a0]?){1,2}[^\W\d_][\w'’\-]+|[^\W\d_][\w'’\-]+(?:[ \u00a0][^\W\d_]\.){1,2}"
)


def _read_signature(line: _Line, after: int) -> None:
    """Cut the signature that ends the last flattened line, after the last question
    heading or clause of the text: from a boundary after ``after`` to the page
    furniture at the line's end, two to six short pieces set apart by wide gaps, none
    ending a sentence, the first saying on whose behalf it signs ("For the Principal
    Secretary,") or one of them a person's name ("Marie-Claire Payet", "Е. А.
    Воробьёва"), or one piece alone that opens with a title and ends with a name and
    its initials ("Директор Центра, к.ю.н. А. Р. Саркисян") or gives a person's name, a
    year and an e-mail address ("A. Example, Tromsø, 30 December 2016 –
    a@example.no"); each piece is read as a line
    of the signature, which the context rules then read as the closing."""
    s = line.s
    end = len(s.rstrip(WS))
    for a, b in line.spans:
        if a < end and not s[b:end].strip(WS):
            end = len(s[:a].rstrip(WS))
    for p in line.others:
        if p <= after:
            continue
        starts = [p] + [gap.end() for gap in _TITLE_GAP.finditer(s, p, end)]
        pieces = [s[a:b].strip(WS) for a, b in zip(starts, [*starts[1:], end], strict=True)]
        if _signed(pieces):
            line.cut(p, CLOSING)
            for q in starts[1:]:
                line.cut(q, RESUME)
            return


def _signed(pieces: list[str]) -> bool:
    """Whether the pieces of a flattened line's end are a signature's lines (see
    :func:`_read_signature`)."""
    if not 1 <= len(pieces) <= _SIGNED_LINES_MAX:
        return False
    if any(len(piece) > _SIGNED_LINE_MAX or piece.endswith(_STOPS) for piece in pieces):
        return False
    if len(pieces) == 1:  # "Директор Центра, к.ю.н. А. Р. Саркисян": a title, a name
        return signed_with_initials(pieces[0]) or _signed_dated_and_reachable(pieces[0])
    return signs_for(pieces[0]) or any(
        signed_by_a_person(piece) or _NAME_WITH_INITIALS.fullmatch(piece) is not None
        for piece in pieces
    )


#: An e-mail address that ends a signature's line, after a dash, a bar or a comma.
_ADDRESS_AT_END: Final = LazyPattern(r"[ \u00a0]*[–—|,\-]?[ \u00a0]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\Z")


def _signed_dated_and_reachable(piece: str) -> bool:
    """Whether one piece at a flattened line's end is a person's signature with where
    and when it was written and the address to reach them ("Jane Example, Exampletown,
    30 December 2016 – jane@example.org"): a person's name before its first comma, a
    year, an e-mail address at the end."""
    m = _ADDRESS_AT_END.search(piece)
    if m is None or m.start() == 0:
        return False
    head = piece[: m.start()]
    return signed_by_a_person(head.split(",", 1)[0]) and _YEAR.search(head) is not None


def _heading_then_tabbed(s: str, questions: QuestionSet) -> _Line | None:
    """The cut of a line that opens with a question heading, then a tab and the answer's
    first text, as a form exported one row a line writes a question's cell and its
    answer's ("Q1. What are the high level characteristics of enhanced
    cooperation?<TAB>We see ...", "GQ1 – Characteristics of enhanced
    cooperation<TAB>We see ..."): the heading's title asks, or a keyword heading's names
    a question's topic; the answer is a paragraph of its own.  None for any other
    line."""
    start = len(s) - len(s.lstrip(INDENT_WS))
    parts, end = _read_boundary(s, start, questions)
    if end is None or s[end - 1] not in "?？؟":
        end = None
        if parts is not None and parts.kind == Kind.QKEY:
            title = start + len(parts.indent) + len(parts.marker) + len(parts.gap)
            tab = s.find("\t", title, title + _PART_TOPIC_MAX)
            cell = s[title:tab].rstrip(WS) if tab > title else ""
            if cell and match_topic(cell, questions) is not None:
                end = title + len(cell)
    if end is None:
        return None
    gap = s[end : _skip_ws(s, end)]
    if "\t" not in gap or end + len(gap) >= len(s.rstrip(INDENT_WS)):
        return None
    line = _Line(s)
    line.cut(start, HEADING)
    line.cut_after(end, ANSWER)
    return line


def segment(
    contents: Sequence[str], eols: Sequence[str], questions: QuestionSet = WGEC2
) -> Segments | None:
    """The lines with each flattened line cut into segments, and each line that holds a
    question heading and its answer set apart by a tab cut in two
    (:func:`_heading_then_tabbed`), or None when there is no such line (the lexer then
    reads the lines as they are)."""
    if not contents:
        return None
    flat = []
    if max(map(len, contents)) >= INLINE_MIN:
        flat = [i for i, content in enumerate(contents) if is_flattened(content, questions)]
    found: dict[int, _Line] = {}
    if flat:
        feet_of = _next_pages(contents, flat, questions)
        flat = list(feet_of)
        pages = _pages(contents, flat, feet_of, questions)
        sequences = _Sequences()
        for i in flat:
            found[i] = _read_line(contents[i], questions, sequences, pages[i], feet_of[i])
        _read_topics_across(found, questions)
        _read_tail(found)
    for i, content in enumerate(contents):
        if i not in found and "\t" in content:
            tabbed = _heading_then_tabbed(content, questions)
            if tabbed is not None:
                found[i] = tabbed
    if not found:
        return None
    out = Segments([], [], [], [], frozenset(), frozenset())
    breaks: set[int] = set()
    noise: set[int] = set()
    headings: set[int] = set()
    for i, content in enumerate(contents):
        first, cuts = found[i].final() if i in found else ("", [])
        positions = [p for p, _ in cuts] + [len(content)]
        kinds = dict(cuts)
        kinds[0] = first
        start = 0
        for p in positions:
            kind = kinds.get(start, "")
            if kind in BREAKING and start > 0:
                breaks.add(len(out.contents))
            elif kind in NOISY:
                noise.add(len(out.contents))
            if i in found and start in found[i].topics:
                headings.add(len(out.contents))
            out.contents.append(content[start:p])
            out.eols.append(eols[i] if p == len(content) else "")
            out.numbers.append(i + 1)
            out.offsets.append(start)
            start = p
    return out._replace(
        breaks=frozenset(breaks), noise=frozenset(noise), headings=frozenset(headings)
    )


#: What may start a heading of the built-in question set (see :func:`_heading_starts`).
_WGEC2_STARTS: Final = _heading_starts_of(WGEC2)
