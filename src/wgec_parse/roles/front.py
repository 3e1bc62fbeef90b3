"""Front matter: cover lines and memo fields before the first question, clause or bullet."""

from __future__ import annotations

from typing import Final

from wgec_parse.folding import TITLE_JOINS
from wgec_parse.layout import SENTENCE_STOPS
from wgec_parse.lazyre import LazyPattern
from wgec_parse.markers import Kind
from wgec_parse.questions import match_subject, match_topic, match_wording
from wgec_parse.roles.base import CONTINUES, Current, Decision, Reading, Role
from wgec_parse.roles.blocks import attributes_a_reply, table_row
from wgec_parse.roles.headings import (
    asks_topic_alone,
    codes_a_question,
    goes_on_a_sentence,
    heading_kind,
    names_its_answer,
    references_question,
    salutes,
    styled_asks,
    topic_label_stands_alone,
    topic_stands_alone,
)
from wgec_parse.submitters import navigates

__all__ = [
    "contents_entry",
    "cover_line_stands_alone",
    "cover_table",
    "field_value_meets_a_sentence",
    "field_value_stands_alone",
    "front_continuation",
    "front_cover",
    "front_end",
    "front_field",
    "has_a_coded_value",
    "in_front",
    "table_of_contents",
]


def front_end(reading: Reading) -> tuple[int, bool]:
    """Where the front matter ends, and whether it ends at a break after a field.

    It ends at the first line that can only be body: a numbered, lettered ("г. Минск"
    names a town) or keyword line, a bullet (not a lone "o" at the margin), a "1 -" or
    "A." heading, or such a line whose title names any question's topic ("I –
    Recommandations ..." before "II – Caractéristiques ..."), a line opening with a
    question's wording, or a heading without a
    number (:func:`_heads_unnumbered`).  With none, it ends after the last field (at
    the next break), or at the first text line when there is no field.  A table of
    contents is part of it, whatever its entries look like; it is kept in
    ``reading.table_of_contents``.
    """
    last_field = -1
    first_text = -1
    baseline = reading.layout.baseline
    for i, line in enumerate(reading.lines):
        if line is None or i in reading.table_of_contents:
            continue
        kind = line.kind
        if line.terminal == "TEXT_CONTENTS" and not reading.table_of_contents:
            reading.table_of_contents = table_of_contents(reading, i)
            if reading.table_of_contents:
                first_text = i if first_text < 0 else first_text
                continue
        if kind in (Kind.QKEY, Kind.DOTTED, Kind.NUMBER) and not goes_on_a_sentence(
            reading.lines, i
        ):
            return i, False
        if kind == Kind.LETTER and not (line.marker == _TOWN and line.text[:1].isupper()):
            return i, False
        if kind == Kind.BULLET and (line.marker != "o" or len(line.indent) > baseline):
            return i, False
        if kind == Kind.DASHNUM and (
            heading_kind(reading, i) or match_topic(line.text, reading.questions) is not None
        ):
            return i, False  # "I – Recommandations ...": a section that names a topic
        if kind == Kind.TEXT and match_wording(line.text, reading.questions) is not None:
            return i, False
        if _heads_unnumbered(reading, i):
            return i, False
        if kind == Kind.FIELD and codes_a_question(line, reading.questions):
            return i, False  # "EC-1: High level characteristics of enhanced cooperation"
        if kind == Kind.FIELD:
            last_field = i
        elif kind != Kind.NOISE and first_text < 0:
            first_text = i
    if last_field >= 0:
        return last_field + 1, True
    return (first_text if first_text >= 0 else len(reading.lines)), False


def _heads_unnumbered(reading: Reading, i: int) -> bool:
    """Whether line ``i`` heads a question without a number: styled as a heading, a
    topic heading standing alone, a line that names the question it answers ("Our
    answer to question one"), a topic label over its list ("Recommendations:" over
    "* ..."), or a heading that names its question in brackets."""
    return (
        styled_asks(reading, i)
        or topic_stands_alone(reading, i)
        or asks_topic_alone(reading, i)
        or names_its_answer(reading, i)
        or topic_label_stands_alone(reading, i)
        or references_question(reading, i)
    )


#: Russian "г." before a capitalised name abbreviates "город" (town): "г. Минск, 26
#: декабря 2016 г." is a cover line, not the fourth lettered point.
_TOWN: Final = "г."
#: The most entries a table of contents is read with, and the longest entry.
_CONTENTS_ENTRIES: Final = 40
_CONTENTS_ENTRY_MAX: Final = 100


def table_of_contents(reading: Reading, title: int) -> frozenset[int]:
    """The lines of the table of contents whose title is line ``title`` ("Contents",
    "Table des matières", "Índice", "Содержание", "المحتويات", "目录": TEXT_CONTENTS):
    the title and the lines after it up to the next break, at most
    :data:`_CONTENTS_ENTRIES` of them, none longer than :data:`_CONTENTS_ENTRY_MAX`
    characters; empty if no line follows."""
    lines, contents, layout = reading.lines, reading.contents, reading.layout
    found = [title]
    blank_start = title + 1
    for j in range(title + 1, len(lines)):
        parts = lines[j]
        if parts is None:
            continue
        if j > blank_start and layout.is_break(contents[blank_start:j]):
            break
        if len(found) > _CONTENTS_ENTRIES:
            break
        if len(parts.marker) + len(parts.gap) + len(parts.text) > _CONTENTS_ENTRY_MAX:
            break
        found.append(j)
        blank_start = j + 1
    return frozenset(found) if len(found) > 1 else frozenset()


_CONTENTS_TITLE: Final = Decision(Role.COVER, demote=True)
_CONTENTS_ENTRY: Final = Decision(Role.CONTINUE, demote=True)


def contents_entry(reading: Reading, line: Current) -> Decision | None:
    """A table of contents in the front matter (its title alone on a line, "Contents",
    "Table des matières", "Índice", "Содержание", "المحتويات", "目录", and the lines
    under it up to the next break, see :func:`table_of_contents`) is one cover
    paragraph: its entries are text, whatever their numbers ("Q1: Characteristics
    ....... 1", "I. Caractéristiques"), and head nothing."""
    contents = reading.table_of_contents
    if line.index not in contents:
        return None
    return _CONTENTS_TITLE if line.index == min(contents) else _CONTENTS_ENTRY


def cover_table(reading: Reading, line: Current) -> Decision | None:
    """In the front matter and the closing, a table is read as in the body (the
    ``table_row`` rule below): a run of two lines of a table's shape or more."""
    decision = table_row(reading, line)
    if decision is not None and decision.role == Role.TABLE:
        return _COVER_TABLE
    return decision


def in_front(reading: Reading, line: Current) -> bool:
    """Whether the line is in the front matter: before its end, or running on the last
    field's value without a break."""
    return line.index < reading.front_end or (
        reading.front_ends_at_break and reading.group_type == "FIELD" and not line.brk
    )


def salutation(reading: Reading, line: Current) -> Decision | None:
    """A letter's salutation written with a colon ("Dear colleagues:", "Estimados
    señores:", "Excelentísimo señor Presidente:", "De nuestra consideración:",
    "Monsieur le Président :", "Уважаемые коллеги:", "尊敬的主席：") is a cover line, not a
    field: the letter that follows it is not its value."""
    label = line.parts.marker.rstrip(":： \u00a0")
    return _COVER if salutes(label) else None


def front_field(reading: Reading, line: Current) -> Decision | None:
    """A field line in the front matter starts a field ("Date: 05-12-2016"), but for a
    reply's attribution line, whose colon ends it ("Le 05/12/2016 à 10:04, X a écrit
    :"), and a title whose words before its colon name the questions' subject
    ("Enhanced cooperation: a personal view"): a paragraph's."""
    if line.parts.kind != Kind.FIELD or attributes_a_reply(line.plain):
        return None
    name = line.parts.marker.rstrip(":： \u00a0")
    if match_subject(name, reading.questions) is not None:
        return None
    return _FIELD


def cover_line_stands_alone(reading: Reading, line: Current) -> Decision | None:
    """A cover line that stops well short of the usual width (an organisation's name, a
    title, a place and date), followed without a break by a line that starts with a
    capital, ends its cover paragraph: the next line starts another; so does a line in
    capitals (a letterhead) followed by one that starts in lower case ("г. Баку, ...",
    a town).  A title in capitals that wraps in capitals stays one, and so does a
    signature after the answers."""
    full_line = reading.layout.full_line
    if not (
        full_line
        and reading.group_open
        and reading.group_type == Role.COVER
        and not reading.in_closing  # a signature's lines stay one paragraph
    ):
        return None
    last = reading.last_line()
    first = line.plain[:1]
    if last is not None and first.islower() and last.content.isupper():
        return _COVER  # a letterhead in capitals over "г. Баку, 26 декабря 2016 г."
    if (
        last is None
        or len(last.indent) + len(last.content) >= full_line
        or not first.isupper()
        or (last.content.isupper() and line.plain.isupper())
        or last.content.endswith(("-", ",", "\u00ad"))
    ):
        return None
    return _COVER


#: A run of spaces this long inside a line sets a column apart ("Ref: 14/3/2016
#: <spaces> Windhoek, 27 December 2016"): no sentence is written so.
_COLUMN_GAP: Final = "   "


def field_value_stands_alone(reading: Reading, line: Current) -> Decision | None:
    """In double-spaced text, a field's value goes on over the empty line only as a
    sentence would: after a value whose line sets a column apart with a wide gap ("Ref:
    MICT/14/3    Windhoek, 27 December 2016") or a web page's breadcrumb ("You are
    here: Home > News", "当前位置：首页 > 新闻动态"), or under a value not in capitals, a
    line in capitals (a title) starts a cover paragraph."""
    if not (
        reading.layout.double
        and reading.group_open
        and reading.group_type == Role.FIELD
        and not reading.in_closing
        and reading.contents[line.index - 1] == ""
    ):
        return None
    last = reading.last_line()
    if last is None:
        return None
    if _COLUMN_GAP in last.text or (line.plain.isupper() and not last.text.isupper()):
        return _COVER
    if len(reading.group) == 1 and navigates(last.text.strip()):
        return _COVER  # "当前位置：首页 > 新闻动态 > 政策倡导": a breadcrumb ends with its line
    return None


def dateline_ends_a_field(reading: Reading, line: Current) -> Decision | None:
    """A place and date alone on their line ("Bujumbura, le 26 décembre 2016", "Lima,
    14 de diciembre de 2016.": the line's terminal is TEXT_DATELINE) under a field's
    value start a cover paragraph, in single- or double-spaced text: they are no part
    of the value ("Soumise par : Ministère des Postes ..." over them)."""
    if line.parts.terminal != "TEXT_DATELINE" or reading.in_closing or line.brk:
        return None
    return _COVER if reading.group_open and reading.group_type == Role.FIELD else None


def field_value_ends_its_sentence(reading: Reading, line: Current) -> Decision | None:
    """A field's value that ends a sentence on a line well short of the usual width
    ("Authors: Dr. A. Example and B. Example, LL.M.") ends there: a line under it that
    starts with a capital, without a break ("This submission reflects ..."), starts a
    cover paragraph, though single-spaced text runs on over it (a value cut short at a
    name's end, "Submitted by: Ministry of Foreign Affairs" over "Republic of X", still
    goes on); so does a value of one word with a digit in it, a reference or a number
    ("Ref.: GVA/ECON/2016/214" over "Working Group on ...", in double-spaced text),
    and a web page's breadcrumb ("You are here: Home > Submissions > 2016")."""
    full_line = reading.layout.full_line
    if not (
        full_line
        and reading.group_open
        and not line.brk
        and reading.group_type == Role.FIELD
        and not reading.in_closing
    ):
        return None
    last = reading.last_line()
    if last is None or not line.plain[:1].isupper():
        return None
    if len(reading.group) == 1 and has_a_coded_value(last.content):
        return _COVER  # "Ref.: GVA/ECON/2016/214"
    if len(reading.group) == 1 and navigates(last.text.strip()):
        return _COVER  # "You are here: Home > Submissions > 2016"
    if len(last.indent) + len(last.content) >= full_line or not last.content.endswith(
        SENTENCE_STOPS
    ):
        return None
    return _COVER


def field_value_meets_a_sentence(reading: Reading, line: Current) -> Decision | None:
    """A field's value that ends on a whole word, not a link ("Subject: Contribution to
    the second meeting of the Working Group on Enhanced Cooperation"), ends there when
    the line under it, without a break, opens a sentence of the body: an article and a
    capitalised name, its subject ("The Example Office presents its compliments and
    ..."), or "We" or "I" and a word in lower case, on a line that runs to about the
    usual width or ends a sentence; that line starts a cover paragraph.  A value cut
    at a link ("Submitted on behalf of" over "The Republic of Example") goes on, and so
    does an address's next line ("To: The Chair" over "The Working Group on Enhanced
    Cooperation", short and no sentence)."""
    if not (
        reading.group_open
        and not line.brk
        and reading.group_type == Role.FIELD
        and not reading.in_closing
        and _OPENS_A_SENTENCE.match(line.plain) is not None
    ):
        return None
    last = reading.last_line()
    if last is None or not last.text or last.text.endswith(_LINKING_ENDS):
        return None
    words = last.text.rsplit(None, 1)
    if words[-1].casefold() in _LINKING_WORDS:
        return None
    full_line = reading.layout.full_line
    plain = line.plain
    runs_wide = full_line > 0 and len(plain) >= full_line * 3 // 4
    ends_a_sentence = plain.endswith(SENTENCE_STOPS) and plain.count(" ") >= 4
    return _COVER if runs_wide or ends_a_sentence else None


#: The opening of a sentence of the body: an article and a capitalised name, or a
#: pronoun of the first person and a word in lower case.
_OPENS_A_SENTENCE: Final = LazyPattern(
    r"(?:(?:The|Le|La|Les|El|Los|Las)[ \u00a0]+[A-ZÀ-ÖØ-Þ]|(?:We|I|Nous|Je)[ \u00a0]+[a-zà-öø-ÿ])"
)
#: What ends a value cut at the line's end: a comma, a dash or a colon.
_LINKING_ENDS: Final = (",", "-", "–", "—", ":", "&", "/", "(")
#: Words that link a value to its next line: a preposition, an article or a conjunction,
#: those that join a title's words and more.
_LINKING_WORDS: Final = TITLE_JOINS | frozenset(
    ("in", "by", "from", "with", "at", "a", "an", "à", "au", "aux", "par", "pour", "sur",
     "e", "por", "para", "en", "el", "los", "las", "con")
)  # fmt: skip


#: A field's value of one word with a digit in it, after the label's colon: a
#: reference, a code or a number.
_CODED_VALUE: Final = LazyPattern(r"[:：][ \u00a0\t]*[^\s:：]*\d[^\s:：]*$")


def has_a_coded_value(content: str) -> bool:
    """Whether a field's line ends with a value of one word with a digit in it, after
    its colon ("Ref.: GVA/ECON/2016/214", "Date: 05-12-2016"): a line that a capitalised
    line under it does not continue."""
    return _CODED_VALUE.search(content) is not None


def field_value_is_an_address(reading: Reading, line: Current) -> Decision | None:
    """A field's value that is an e-mail address or a web address alone ("Email:
    policy@example.org", "Website: https://example.org") ends with its line: a line under
    it without a break ("29 December 2016, Geneva", "2016年12月29日，香港") starts a
    paragraph of the cover or closing, unless it opens in lower case or with a slash or a
    dot, as an address cut at the line's end goes on."""
    if not (reading.group_open and not line.brk and reading.group_type == Role.FIELD):
        return None
    last = reading.last_line()
    if last is None or len(reading.group) != 1 or not has_an_address_value(last.content):
        return None
    head = line.plain[:1]
    return None if not head or head.islower() or head in "/.-_" else _COVER


#: A field's value that is an e-mail address or a web address alone, after the label's
#: (first) colon, not cut at the line's end (no hyphen, slash or dot last).
_ADDRESS_VALUE: Final = LazyPattern(
    r"^[^:：]*[:：][ \u00a0\t]*(?:<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?|(?:https?://|www\.)\S+)(?<![-/.])$"
)


def has_an_address_value(content: str) -> bool:
    """Whether a field's line ends with a value that is an e-mail or web address alone,
    after its first colon ("Email: policy@example.org"): a line that a line under it
    continues only in lower case (:func:`field_value_is_an_address`)."""
    return _ADDRESS_VALUE.search(content) is not None


def front_continuation(reading: Reading, line: Current) -> Decision | None:
    """Any other front-matter line without a break before it continues the open field
    or cover paragraph (a wrapped value or title)."""
    if reading.group_open and not line.brk and reading.group_type in ("FIELD", "COVER"):
        return CONTINUES
    return None


def front_cover(reading: Reading, line: Current) -> Decision | None:
    """Any other front-matter line starts a cover paragraph."""
    return _COVER


_FIELD: Final = Decision(Role.FIELD)
_COVER: Final = Decision(Role.COVER, demote=True)
_COVER_TABLE: Final = Decision(Role.COVER_TABLE, open=False)
