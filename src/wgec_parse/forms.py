"""Online-form and spreadsheet exports: column labels, and a row per respondent.

An export of an online questionnaire puts each question in a header cell of the first
row and each respondent's answer in the same column of a later row, far apart in the
text.  :func:`read_form` tells such a file by its structure, and :func:`form_view`
builds the text the parser reads from it (the *view*), respondent by respondent, with
the cell each line came from: an :class:`~wgec_parse.extraction.Extraction` whose
origins are ``"r2 c7"``, row 2 and column 7 of the file as a spreadsheet shows it
(the header is row 1, column 1 is A).  ``wgec_parse.load`` reads a form export this way
and records :attr:`Document.source` ``"form-csv"`` or ``"form-tsv"``; ``load(...,
form=False)`` reads the literal text.

Three layouts are told apart, the first two tried first:

- **a header row** (CSV with a comma or a semicolon, or TSV): the whole text reads with
  Python's :mod:`csv` module (quoted cells may hold line breaks and delimiters) into at
  least two records of the same number of cells, three or more; the delimiter giving
  the most columns wins.  The first record is the header: no cell longer than
  :data:`HEADER_CELL_MAX` characters or starting with white space (prose after a comma
  does), and at least one a question (:func:`is_question`).  Blank lines between
  records are allowed.  A header of labels that holds no question but one column
  labelled as the questions' ("Question", "Вопрос", "问题", "Topic") and one as the
  answers' ("Answer", "Réponse", "回答") has one row per question: when every row holds
  the same respondent in the other columns (a column numbering the rows aside, and a
  column of keys, "No." or "序号", whose "0" marks each field's row) and a
  row's question is one, it is read as that respondent's one row (:attr:`Form.layout`
  "long"; each line keeps its own cell).
- **"label<TAB>value" lines**, one field or question per line (one respondent): the
  first line holds a label, a tab and a value (or at most three lines stand above it, a
  title, shown as a paragraph of the front matter, which may be a row of three cells or
  more: "Consultation export<TAB>WGEC-2<TAB>Downloaded ..."); every line holds one tab,
  or none (a line of the value before it); three labels or more, one of them a whole
  question (numbered or a keyword, and asking, or a guiding question's wording, or a
  keyword and a question's topic: "Question 1 — High-level characteristics").  A label that
  is a question keyword and number alone ("Guiding Question 1", "Pregunta 2") asks the
  question its value asks ("Guiding Question 1<TAB>What are ...?": the whole line is
  the heading), and a row after a question whose label says only "Answer" ("Answer 1",
  "Respuesta", "回答") is that question's answer, its value alone.  After a header
  row of a key, a question and an answer column ("No.<TAB>Question<TAB>Answer", not
  shown in the view), a row may hold three cells: its key, a label and a value; a
  question's label keeps its key ("1<TAB>What are ...?"), a field's leaves it out.  The
  origin of a value's first line is the label's row, column 2 (column 3 in a keyed
  row); of its other lines, their own row, column 1.  A CSV of two columns, one
  "label,value" record per field or question ("Champ,Réponse" first, quoted values over
  several lines), reads the same way when no header row does.

A byte order mark is skipped, and so is an Excel ``sep=;`` first line, which names the
delimiter (Excel does not show it as a row).  Anything else is text.

**A second header row.**  Some survey tools write sub-labels under the header
("Response", "Open-Ended Response", "Réponse ouverte", "Respuesta", "Ответ", "回答",
an option's text) before the respondents' rows.  The record after the header is such
a row (:func:`continues_header`, kept in :attr:`Form.sub`; the respondents are then
the rows after it, from row 3) when at least one respondent follows it, every cell is
empty, its column's label again, or a short sub-label (one line, at most
:data:`SUB_LABEL_MAX` characters and eight words, no sentence end, no e-mail, date,
time or run of three digits), and one cell at least tells a header: a sub-label survey
tools write, a sub-label under an empty header cell, or a label repeated.  A label
spanning several columns (SurveyMonkey: the question text in the first, empty header
cells after it) names its empty cells: each such column's label is its sub-label
(:meth:`Form.owner` gives the column it continues).

The view of one respondent, in column order:

- the columns before the first question: one memo field each, ``Label: value`` (a label
  too long to read as a field gets a blank line before it, so that it is a paragraph of
  its own);
- each question column: a blank line, its label as the question heading, then the
  cell's own lines, so the answer's numbered list and bullets are read inside the
  answer; a non-question column between two questions follows the answer before it as
  a ``Label: value`` paragraph;
- the columns after the last question (consent and the like): a line ``--`` (added,
  with no origin) that starts the closing, then their ``Label: value`` fields.

An empty cell gives no line (an unanswered question keeps its heading).  Lines end
with LF in the view, whatever the file used.

A second header row comes first in the view, each non-empty sub-label after its
cell's reference (``[r2 c9] Open-Ended Response``), one paragraph of the front
matter, then a blank line.  Under a spanning label, each column's value is named by
its sub-label (``Name: Ana``, after the spanning label as a paragraph of its own in
the first column; in an answer, ``Other (please specify): ...``); a column holding its
own sub-label (an option chosen) is named by the spanning label, or shows the option
alone in an answer; the columns that continue the last question stay in its answer.

A row that answers no question (:func:`is_placeholder_row`: every answer's cell empty
or a tester's word, "test", "prueba", "тест", "测试", as a partial response or a trial
run leaves it) is no respondent where another row answers: its cells are ``Label:
value`` fields where it stands, in the front matter before the first respondent, in
the answer before it between two, and in the closing after the last.

Several respondents follow each other in one document, so that no row is lost: the
first respondent's memo fields are the front matter; the memo fields of each later
respondent, and the trailing fields of each respondent but the last, are paragraphs at
the end of the answer before them; only the last respondent's trailing fields form the
closing.  A warning on this module's logger says so; :func:`respondents` splits a form
into one form per respondent, whose views are one document each.

A line of a cell that the parser would read as structure outside its cell (an answer
line that asks "3. Why?" and would head a question, a "Best regards," that would start
the closing, a memo value's "1." line that would end the front matter, a closing
cell's "Contact:" line that would start another field) is shown after its cell's
reference in brackets, ``[r2 c7] 3. Why?``, which the parser reads as text in its
place; in an answer a blank line goes before it, so that no heading's title runs on
into it.  An answer's question keywords, numbered lines that ask and sign-offs are
escaped before the view is parsed.  Then every line's place is checked against its
cell's, and the first line of each run of lines out of place is escaped (or, escaped
already, loses its blank line: a short line after a break can read as a signature),
until none is: at most :data:`MAX_PASSES` more parses, and a warning if a line is still
out of place.  A form without such lines is parsed once.
"""

from __future__ import annotations

import csv
import io
import itertools
import logging
import re
from collections.abc import Iterator, Sequence
from typing import Final

import attrs

from wgec_parse.errors import InputTooLarge
from wgec_parse.extraction import Extraction
from wgec_parse.folding import fold
from wgec_parse.lazyre import LazyPattern
from wgec_parse.limits import MAX_DEPTH, MAX_SIZE
from wgec_parse.markers import Kind, classify
from wgec_parse.nodes import Document, Line, Node, Noise, walk
from wgec_parse.numbering import question_number, referenced_number
from wgec_parse.parser import parse
from wgec_parse.questions import FORM_OWN_ROWS, match_topic, match_wording
from wgec_parse.roles.headings import codes_a_question

__all__ = [
    "HEADER_CELL_MAX",
    "MAX_PASSES",
    "SUB_LABEL_MAX",
    "Form",
    "FormView",
    "continues_header",
    "form_view",
    "is_placeholder_row",
    "is_question",
    "read_form",
    "respondents",
    "view_of_text",
]

_log = logging.getLogger(__name__)

#: A header cell longer than this (in characters) is no column label: the text is prose.
HEADER_CELL_MAX: Final = 400
#: At most this many parses settle a view (see the module's documentation).
MAX_PASSES: Final = 16
#: Delimiters tried, the one giving the most columns wins.
_DELIMITERS: Final = ("\t", ";", ",")
_MIN_COLUMNS: Final = 3
# A "label<TAB>value" export with more labels than this is no questionnaire's.
_PAIRS_MAX: Final = 500
_LINE_END: Final = LazyPattern(r"\r\n|\r|\n")
# Excel's first line naming the delimiter.
_SEP_LINE: Final = re.compile(r"sep=([,;\t])(?:\r\n|\r|\n)")
# A label asks a question: "?" with closing quotes or brackets after it.
_ASKS: Final = LazyPattern(r"[?？؟][\s\"'”’»)\]]*$")
#: A question mark with the closing quotes or brackets after it, anywhere in a line.
_QUESTION_MARK: Final = LazyPattern(r"[?？؟][\"'”’»)\]]*")
#: A spaced dash or a colon between a question asked in a form's cell and its answer.
_ANSWER_AFTER_SEPARATOR: Final = LazyPattern(r"[-–—:：][ \u00a0\t]+(?=\S)")
_NUMBERED: Final = (Kind.NUMBER, Kind.DASHNUM)
_COLONS: Final = (":", "：")
#: The line that starts the closing before the trailing columns.
CLOSING_MARK: Final = "--"


@attrs.frozen
class Form:
    """A form export read as a table: its column labels and one row per respondent.

    A "label<TAB>value" export (one field or question per line) is one respondent whose
    labels are the header: :attr:`layout` "pairs", and :attr:`starts` holds the line of
    each label.
    """

    #: The delimiter of its cells: "\t", ";" or ",".
    delimiter: str
    #: The column labels: the header row's cells, or the labels of a "pairs" export.
    header: tuple[str, ...]
    #: The respondents' rows, each with as many cells as the header.
    rows: tuple[tuple[str, ...], ...]
    #: The 0-based columns whose label is a question, in order.
    questions: tuple[int, ...]
    #: "rows" (a header row, then a row per respondent), "pairs" (label<TAB>value) or
    #: "long" (a header row, then a row per question: read as one row of columns).
    layout: str = "rows"
    #: For "pairs": the 1-based line of each label in the file.
    starts: tuple[int, ...] = ()
    #: The spreadsheet row of ``rows[0]`` (the header is row 1).
    first_row: int = 2
    #: The header's second row (row 2: sub-labels such as "Response"), () when none.
    sub: tuple[str, ...] = ()
    #: For "pairs": the question columns whose label only names the question ("Guiding
    #: Question 1") and whose value asks it; the heading is the whole line.
    asked: tuple[int, ...] = ()
    #: For "pairs": the title lines before the first label ("WGEC-2 online consultation
    #: - export of response 0041"), each with its 1-based line in the file.
    preamble: tuple[tuple[str, int], ...] = ()
    #: For "long" (one row per question): the file's cell of each column's label and of
    #: its value, as (row, column), 1-based rows and 0-based columns.
    cells: tuple[tuple[tuple[int, int], tuple[int, int]], ...] = ()
    #: For "pairs": the columns read from a keyed table's row ("1<TAB>What are
    #: ...?<TAB>answer"), whose value is in the file's third column; a question's label
    #: holds its key, a field's label leaves it out.
    keyed: tuple[int, ...] = ()

    @property
    def source(self) -> str:
        """What :attr:`Document.source` records: "form-tsv" or "form-csv"."""
        return "form-tsv" if self.delimiter == "\t" else "form-csv"

    def label_lines(self, column: int) -> list[tuple[str, str]]:
        """The lines of a column's label, each with its origin."""
        if self.layout == "pairs":
            label = self.header[column]
            if column in self.asked:  # "Guiding Question 1<TAB>What are ...?"
                label = f"{label}\t{_asked_and_answer(_split(self.rows[0][column])[0])[0]}"
            keyed_field = column in self.keyed and column not in self.questions
            return [(label, _ref(self.starts[column], 1 if keyed_field else 0))]
        at = self.cells[column][0] if self.layout == "long" else (1, column)
        lines = _strip_blank([(line, _ref(*at)) for line in _split(self.header[column])])
        if lines or not self.sub:
            return lines
        # An empty header cell (a label spanning several columns) takes its sub-label.
        return self.sub_label_lines(column)

    def sub_label_lines(self, column: int) -> list[tuple[str, str]]:
        """The lines of a column's sub-label (its cell in the header's second row)."""
        if not self.sub:
            return []
        return _strip_blank([(line, _ref(2, column)) for line in _split(self.sub[column])])

    def owner(self, column: int) -> int:
        """The column whose label ``column`` continues (an empty header cell with a
        sub-label under it, after a label spanning several columns), or -1."""
        if not self.sub or column >= len(self.header) or self.header[column].strip():
            return -1
        if not self.sub[column].strip():
            return -1
        return next((i for i in range(column - 1, -1, -1) if self.header[i].strip()), -1)

    def value_lines(self, row: int, column: int) -> list[tuple[str, str]]:
        """The lines of a respondent's cell (``row`` 0-based), each with its origin;
        [] for an empty cell."""
        lines = _split(self.rows[row][column])
        if self.layout == "pairs":
            at = self.starts[column]
            if column in self.asked:  # its first line is in the heading, but for its answer
                answer = _asked_and_answer(lines[0])[1] if lines else ""
                head = [(answer, _ref(at, 1))] if answer else []
                rest = [(line, _ref(at + k, 0)) for k, line in enumerate(lines) if k]
                return _strip_blank(head + rest)
            found = [(lines[0], _ref(at, 2 if column in self.keyed else 1))]
            found.extend((line, _ref(at + k, 0)) for k, line in enumerate(lines[1:], 1))
        else:
            cell = (self.first_row + row, column)
            if self.layout == "long":  # its own row in the file
                cell = self.cells[column][1]
            found = [(line, _ref(*cell)) for line in lines]
        return _strip_blank(found)


@attrs.frozen
class FormView:
    """A form export's view: the text parsed, its document, and the cell of each line."""

    form: Form
    #: The view and the origin of each line (``"r2 c7"``, ``""`` for a line added).
    extraction: Extraction
    #: The view parsed, with :attr:`Document.source` set to :attr:`Form.source`.
    document: Document
    #: How many lines were escaped with their cell's reference.
    escaped: int = 0


#: A sub-label of a header's second row is at most this long (in characters).
SUB_LABEL_MAX: Final = 80
_SUB_LABEL_WORDS: Final = 8
# What a respondent's cell holds and a sub-label does not: an e-mail address, a date or
# a time, an identifier or an amount (three digits in a row).
_VALUE: Final = LazyPattern(r"@|\d[/:.\-]\d|\d{3}")
# Sub-labels survey tools write under every question, in the six UN languages.
_GENERIC: Final = frozenset(
    fold(label)
    for label in (
        "Response",
        "Open-Ended Response",
        "Open-ended response",
        "Answer",
        "Réponse",
        "Réponse ouverte",
        "Réponse libre",
        "Respuesta",
        "Respuesta abierta",
        "Respuesta libre",
        "Ответ",
        "Открытый ответ",
        "Свободный ответ",
        "الإجابة",
        "إجابة",
        "إجابة مفتوحة",
        "الاستجابة",
        "استجابة مفتوحة",
        "الرد",
        "回答",
        "答复",
        "回复",
        "开放式回答",
        "开放式答复",
        "开放式回复",
    )
)


def _is_sub_label(cell: str, label: str) -> bool:
    """Whether a cell of the record after the header reads as a sub-label of its column:
    empty, the column's label again, or short (one line, a few words, no sentence end)
    and holding nothing a respondent's cell does (an e-mail, a date, a number)."""
    if not cell or cell == label:
        return True
    text = cell.strip()
    return (
        cell == text
        and len(text) <= SUB_LABEL_MAX
        and len(text.split()) <= _SUB_LABEL_WORDS
        and _LINE_END.search(text) is None
        and _VALUE.search(text) is None
        and text[-1] not in ".!?;:。！？؟"
    )


def continues_header(header: Sequence[str], record: Sequence[str]) -> bool:
    """Whether ``record``, the record after a form's header row, is a second header row:
    every cell a sub-label (:func:`_is_sub_label`), one at least not empty, and one at
    least telling of a header: a sub-label survey tools write ("Response", "Réponse
    ouverte", "Ответ"...), a sub-label under an empty header cell (a label spanning
    several columns), or a header cell's label repeated."""
    if len(record) != len(header) or not any(c.strip() for c in record):
        return False
    if not all(_is_sub_label(c, h) for c, h in zip(record, header, strict=True)):
        return False
    return any(
        fold(c.strip()) in _GENERIC or (c.strip() and (not h.strip() or c == h))
        for c, h in zip(record, header, strict=True)
    )


def respondents(form: Form) -> list[Form]:
    """One form per respondent's row, each with the header (its origins keep the row's
    number in the file): :func:`form_view` of each gives one document per respondent."""
    return [
        attrs.evolve(form, rows=(row,), first_row=form.first_row + i)
        for i, row in enumerate(form.rows)
    ]


def _split(cell: str) -> list[str]:
    return _LINE_END.split(cell)


def _strip_blank(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Lines without the blank ones at either end."""
    first = next((i for i, (text, _) in enumerate(lines) if text.strip()), len(lines))
    last = max((i for i, (text, _) in enumerate(lines) if text.strip()), default=-1)
    return lines[first : last + 1]


def _ref(row: int, column: int) -> str:
    return f"r{row} c{column + 1}"


def is_question(label: str) -> bool:
    """Whether a column label is a question: numbered ("3.", "II)", "Question 1:") and
    asking ("?", "？", "؟" at the end, or at the end of a line followed by the form's
    help text: "2. ... what kind of recommendations should we consider?" then
    "(800 words at most)"), a question keyword ("Question 1:", "Pregunta 1.", which
    always heads one), numbered and naming the topic of its number's question ("1.
    High-level characteristics of enhanced cooperation (max. 500 words)"), in its first
    clause at least ("B/ Recommandations à envisager, au vu du premier GTRC ..."), or opening
    with a guiding question's wording.  A form's closing
    invitation to comment ("Q3. Any other comments", "4. Autres commentaires ?",
    "其他意见") or question of consent ("5. Do you agree to publication?", "第4题：是否同意
    公开发布") is no question: its column is read as the rows after the last one are."""
    text = " ".join(label.split())
    if not text:
        return False
    parts = classify(text)
    if fold(parts.text).startswith(FORM_OWN_ROWS):
        return False  # "Q3. Any other comments": the form's own last row
    kind = parts.kind
    if kind == Kind.QKEY or codes_a_question(parts):
        return True
    if kind in _NUMBERED and any(_ASKS.search(line) for line in _split(label)):
        return True
    if kind in _NUMBERED and question_number(parts.marker) in (
        match_topic(parts.text),
        match_topic(parts.text.split(",", 1)[0]),  # "B/ Recommandations à envisager, au vu ..."
    ):
        return True  # "1. High-level characteristics of enhanced cooperation (max. 500 words)"
    return match_wording(text) is not None or bool(referenced_number(text))


def _asks(label: str) -> bool:
    """Whether a label is a whole question: it asks, has a guiding question's wording,
    names its question in brackets ("Part A – ... (Q1)"), is a question keyword or a
    part word and a question's topic ("Question 1 — High-level characteristics",
    "Pregunta 2 - Recomendaciones", "Theme 1 - High-level characteristics"), or is
    numbered and names its number's question's topic ("1. High level characteristics
    of enhanced cooperation")."""
    text = " ".join(label.split())
    if _ASKS.search(text) is not None or match_wording(text) is not None:
        return True
    if referenced_number(text):
        return True
    parts = classify(text)
    if codes_a_question(parts):
        return True  # "EC-1: High level characteristics of enhanced cooperation"
    topic = match_topic(parts.text)
    if parts.kind in _NUMBERED:  # "1. High level characteristics of enhanced cooperation"
        return topic is not None and topic == question_number(parts.marker)
    return parts.kind in _TOPIC_KINDS and topic is not None


#: The kinds of a label whose marker and a question's topic make a whole question:
#: a question keyword ("Question 1 — ...") or a part word ("Theme 1 - ...", "Eje 2:").
_TOPIC_KINDS: Final = (Kind.QKEY, Kind.DASHNUM)


def _is_label(cell: str) -> bool:
    """A column label: short, and not starting with white space (prose after a comma
    or a semicolon does)."""
    return len(cell) <= HEADER_CELL_MAX and cell == cell.lstrip()


def _is_header(cells: list[str]) -> bool:
    return (
        len(cells) >= _MIN_COLUMNS
        and all(_is_label(c) for c in cells)
        and any(is_question(c) for c in cells)
    )


def _read_with(body: str, delimiter: str) -> Form | None:
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
        if header is None:
            return None
        asks = _is_header(header)
        # A header without a question may head one row per question.
        long = None if asks else _long_columns(header)
        if not asks and long is None:
            return None
        rows: list[tuple[str, ...]] = []
        for record in reader:
            if not record:
                continue  # a blank line between records
            if len(record) > len(header):
                record = _rejoined(record, len(header), delimiter)
            if len(record) != len(header):
                return None
            rows.append(tuple(record))
    except csv.Error:  # bad quoting, a cell past the csv module's size limit
        return None
    if not rows:
        return None
    if long is not None:
        return _long_form(delimiter, header, rows, long)
    questions = tuple(i for i, label in enumerate(header) if is_question(label))
    if len(rows) > 1 and continues_header(header, rows[0]):
        return Form(delimiter, tuple(header), tuple(rows[1:]), questions, first_row=3, sub=rows[0])
    return Form(delimiter, tuple(header), tuple(rows), questions)


#: The header cell of the column holding the questions, in an export with one row per
#: question (folded).
_QUESTION_LABELS: Final = frozenset(
    fold(label)
    for label in (
        "Question", "Questions", "Guiding question", "Pregunta", "Preguntas", "Вопрос",
        "Вопросы", "السؤال", "الأسئلة", "问题", "題目", "题目", "問題",
    )
)  # fmt: skip
#: ... or, where no column is labelled so, of the column naming the topic each row
#: answers ("Topic", "Tema").
_TOPIC_LABELS: Final = frozenset(
    fold(label) for label in ("Topic", "Theme", "Thème", "Tema", "المحور", "主题", "议题")
)


def _long_columns(header: Sequence[str]) -> tuple[int, int] | None:
    """The columns of the questions and of the answers in a header of labels that holds
    no question itself ("Response ID,Organisation,Question,Answer"), or None."""
    if len(header) < _MIN_COLUMNS or not all(_is_label(c) for c in header):
        return None
    labels = [fold(cell.strip()) for cell in header]
    asked = [i for i, label in enumerate(labels) if label in _QUESTION_LABELS]
    if not asked:
        asked = [i for i, label in enumerate(labels) if label in _TOPIC_LABELS]
    answered = [i for i, label in enumerate(labels) if label in _GENERIC]
    if len(asked) != 1 or len(answered) != 1:
        return None
    return asked[0], answered[0]


def _long_form(
    delimiter: str, header: list[str], rows: list[tuple[str, ...]], columns: tuple[int, int]
) -> Form | None:
    """An export with one row per question ("Response ID,Organisation,Question,Answer"),
    its ``columns`` of questions and answers (:func:`_long_columns`): one respondent, the
    same in every row, whose columns are its fields (in the first row) and then one
    column per row, labelled by the row's question and holding its answer; None unless a
    row asks a question and every row names one respondent (a column of the rows' keys,
    "序号" or "No.", names none: "0" for each field's row, then "1", "2" ...)."""
    asked, answered = columns
    fields = [i for i in range(len(header)) if i not in columns]
    same = [
        i
        for i in fields
        if not _numbers_rows(rows, i) and fold(header[i].strip()) not in _KEY_LABELS
    ]
    if any(tuple(row[i] for i in same) != tuple(rows[0][i] for i in same) for row in rows):
        return None  # several respondents: read as text
    labels = [header[i] for i in fields] + [row[asked] for row in rows]
    values = [rows[0][i] for i in fields] + [row[answered] for row in rows]
    cells = [((1, i), (2, i)) for i in fields]
    cells += [((2 + k, asked), (2 + k, answered)) for k in range(len(rows))]
    questions = tuple(i for i, label in enumerate(labels) if is_question(label))
    if not questions:
        return None
    return Form(
        delimiter,
        tuple(labels),
        (tuple(values),),
        questions,
        "long",
        cells=tuple(cells),
    )


def _numbers_rows(rows: list[tuple[str, ...]], column: int) -> bool:
    """Whether ``column`` numbers the rows of an export with one row per question (an
    "id" of 112, 113, 114): a number in each row, each one more than the one before.
    Such a column says nothing of who answered, so it does not tell respondents apart."""
    values = [row[column].strip() for row in rows]
    if len(values) < 2 or not all(v.isascii() and v.isdigit() for v in values):
        return False
    return all(int(b) == int(a) + 1 for a, b in itertools.pairwise(values))


def _rejoined(record: list[str], columns: int, delimiter: str) -> list[str]:
    """``record`` with cells joined back where a writer left a cell of prose unquoted:
    a cell that starts with white space is the rest of the cell before it, cut at a
    delimiter followed by a space ("... in the national, Finland and Norway ..."); joined
    from the first, as long as the record holds more cells than ``columns``."""
    cells = list(record)
    i = 1
    while len(cells) > columns and i < len(cells):
        if cells[i][:1].isspace():
            cells[i - 1 : i + 1] = [cells[i - 1] + delimiter + cells[i]]
        else:
            i += 1
    return cells


#: At most this many lines (a title, blank lines) stand above a "label<TAB>value"
#: export's first label.
_PREAMBLE_MAX: Final = 3


def _read_pairs(body: str) -> Form | None:
    """A "label<TAB>value" export: every line a label, a tab and a value, or (without a
    tab, or with a tab before it and no label) a line of the value before (the tab that
    sets it in under the value's column left out, so that an answer's sentence after its
    bullets reads as one, not as an item that lost its glyph, but kept on the items of
    a list after a line that leads into it with a colon, or after an item ending with
    ";"), and a list's number or glyph before a tab ("a.<TAB>item", "•<TAB>item") keeps
    its item in the value before (fewer such lines than labels, or fewer than
    :data:`_BARE_MARKERS_MAX`: else the text is Word's, no form); the first line
    a label, or at most :data:`_PREAMBLE_MAX` lines (a title, or a title row of three
    cells or more) above it; at least :data:`_MIN_COLUMNS` labels, one of them a whole
    question."""
    lines = _split(body)
    while lines and not lines[-1].strip():
        lines.pop()
    labels: list[str] = []
    values: list[list[str]] = []
    starts: list[int] = []
    keys: list[str] = []
    keyed = False  # after a header row "No.<TAB>Question<TAB>Answer"
    preamble: list[tuple[str, int]] = []
    markers = 0  # lines that open with a list's number or glyph and a tab
    for number, line in enumerate(lines, 1):
        if "\t" not in line:
            if values:
                values[-1].append(line)
            elif len(preamble) < _PREAMBLE_MAX and _is_label(line):
                preamble.append((line, number))  # a title above the first label
            else:
                return None
            continue
        cells = line.split("\t")
        if values and not cells[0] and not keyed:
            # A value's next line, set in under its column; a list's item in words
            # after a lead ("... for example:"), or after an item that ends with ";"
            # (one that lost its glyph too, or one with its glyph: "• ...;"), keeps its
            # tab, as an item whose glyph was lost.
            before = values[-1][-1].rstrip()
            lead = before.endswith((":", "：")) or (
                before.endswith(";")
                and (before.startswith("\t") or classify(before).kind == Kind.BULLET)
            )
            item = lead and line[1:2].isalpha()
            values[-1].append(line if item else line[1:])
            continue
        if values and len(cells) == 2 and _BARE_MARKER.fullmatch(cells[0].strip()) is not None:
            markers += 1  # "•<TAB>item", "a.<TAB>item": the value's list, as Word writes it
            values[-1].append(line)
            continue
        if not keyed and _is_keyed_header(cells):
            keyed = True
            continue
        if not (labels or keyed) and len(cells) > 2 and _is_label(line):
            if len(preamble) == _PREAMBLE_MAX:
                return None
            preamble.append((line, number))  # a title row of its own cells
            continue
        key = cells.pop(0) if keyed and len(cells) == 3 and _is_key(cells[0]) else ""
        if len(cells) != 2 or not cells[0] or not _is_label(cells[0]):
            return None
        labels.append(cells[0])
        if len(labels) > _PAIRS_MAX:
            return None
        values.append([cells[1]])
        starts.append(number)
        keys.append(key)
    if markers >= _BARE_MARKERS_MAX and markers >= len(labels):
        return None  # Word text with a tab after each list's number or glyph ("1.<TAB>...")
    return _pairs_form("\t", labels, ["\n".join(value) for value in values], starts, preamble, keys)


#: So many lines that open with a list's marker and a tab, as many as the labels or more,
#: make a text no "label<TAB>value" form.
_BARE_MARKERS_MAX: Final = 3
#: A list's number, letter or glyph alone, as Word's text puts a tab after it ("1.",
#: "a)", "iv.", "1.-", "1-" as Arabic lists write it, a clause's "1.1" or "1-1", "o",
#: U+F0B7): no form's label.
_BARE_MARKER: Final = LazyPattern(
    r"\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)][-–]?|\d{1,3}[-–]|\d{1,2}[.\-–]\d{1,2}\.?"
    r"|[\uf000-\uf0ff•◦▪▫■□●○◆◇➢➤►✓✔o*·\-–—]"
)


#: The header cell of a keyed table's first column: the rows' own numbers (folded; "#"
#: folds to "", as an empty cell does, and both head a column of keys).
_KEY_LABELS: Final = frozenset(
    fold(label)
    for label in (
        "#", "No", "No.", "N°", "Nº", "№", "Nr", "Nr.", "Item", "Ref", "Ref.", "Code",
        "Número", "Numéro", "Номер", "№ п/п", "الرقم", "رقم", "序号", "编号", "题号",
    )
)  # fmt: skip
#: A key of a keyed table's row: a short code without white space ("1", "0.3", "Q2").
_KEY: Final = LazyPattern(r"[^\s]{1,8}")


def _is_keyed_header(cells: list[str]) -> bool:
    """Whether a line of a "label<TAB>value" export is the header of a table keyed by
    number, each row a key, a question or a field's name, and its answer or value:
    "No.<TAB>Question<TAB>Answer", "题号<TAB>问题<TAB>回答"."""
    if len(cells) != 3:
        return False
    key, asked, answered = (fold(cell.strip()) for cell in cells)
    return key in _KEY_LABELS and asked in _QUESTION_LABELS and answered in _GENERIC


def _keyed_question(key: str, label: str) -> bool:
    """Whether a row's ``label`` is a question, with the row's ``key`` before it (""
    for none): a question alone, or with its key ("Q2", "1") numbered and asking."""
    if is_question(label):
        return True
    if not key:
        return False
    if is_question(f"{key} {label}"):
        return True
    return classify(f"{key}\t{label}").kind in _NUMBERED and _asks(label)


def _is_key(cell: str) -> bool:
    """Whether a keyed table's first cell is a row's key."""
    return _KEY.fullmatch(cell) is not None


def _pairs_form(
    delimiter: str,
    labels: list[str],
    values: list[str],
    starts: list[int],
    preamble: list[tuple[str, int]],
    keys: list[str] | None = None,
) -> Form | None:
    """The "pairs" form of ``labels`` and their ``values`` (each label's line in
    ``starts``), or None unless there are at least :data:`_MIN_COLUMNS` labels, one of
    them a whole question."""
    asking = [
        _pair_question(label, _split(value)[0]) for label, value in zip(labels, values, strict=True)
    ]
    keys = keys or [""] * len(labels)
    questions = tuple(i for i, question in enumerate(asking) if _keyed_question(keys[i], question))
    if len(labels) < _MIN_COLUMNS or not any(_asks(asking[i]) for i in questions):
        return None
    asked = tuple(i for i in questions if asking[i] != labels[i])
    keyed = tuple(i for i, key in enumerate(keys) if key)
    for i in keyed:  # a keyed question's heading is its key and its question
        if i in questions:
            labels[i] = f"{keys[i]}\t{labels[i]}"
    return Form(
        delimiter,
        tuple(labels),
        (tuple(values),),
        questions,
        "pairs",
        tuple(starts),
        asked=asked,
        preamble=tuple((text, n) for text, n in preamble if text.strip()),
        keyed=keyed,
    )


def _read_csv_pairs(body: str, delimiter: str) -> Form | None:
    """A "label,value" export (a spreadsheet of two columns, "Champ,Réponse" or "Field,
    Value" first): every record two cells, a short label and its value (quoted cells may
    hold line breaks); at least :data:`_MIN_COLUMNS` labels, one of them a whole
    question, as for "label<TAB>value" lines."""
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter, strict=True)
    labels: list[str] = []
    values: list[str] = []
    starts: list[int] = []
    try:
        line = 1
        for record in reader:
            start, line = line, reader.line_num + 1
            if not record:
                continue  # a blank line between records
            if len(record) != 2 or not record[0] or not _is_label(record[0]):
                return None
            labels.append(record[0])
            values.append(record[1])
            starts.append(start)
            if len(labels) > _PAIRS_MAX:
                return None
    except csv.Error:
        return None
    return _pairs_form(delimiter, labels, values, starts, [])


def _asked_and_answer(line: str) -> tuple[str, str]:
    """A value's first line that asks its question, then runs on into the answer after
    the question mark ("加强合作的高层次特征是什么？我们认为主要有以下几点："), or after
    a dash or a colon that parts them ("...? — Escribo a título personal ..."): the
    question, and the answer ("" where the line ends with the question)."""
    m = _QUESTION_MARK.search(line)
    if m is None or not line[m.end() :].strip():
        return line, ""
    answer = line[m.end() :].strip()
    parted = _ANSWER_AFTER_SEPARATOR.match(answer)
    return line[: m.end()], answer if parted is None else answer[parted.end() :]


def _pair_question(label: str, value: str) -> str:
    """What a "label<TAB>value" line asks: its label, or, where the label is a question
    keyword and number alone ("Guiding Question 1", "Pregunta 2") and the value asks or
    opens with a guiding question's wording, the label and the value."""
    parts = classify(label.strip())
    if parts.kind != Kind.QKEY or parts.text or not value.strip():
        return label
    joined = f"{label} {_asked_and_answer(value.strip())[0]}"
    return joined if _asks(joined) or fold(value).startswith(FORM_OWN_ROWS) else label


def read_form(text: str) -> Form | None:
    """The form export ``text`` holds, or None when it is not one (see the module's
    documentation for the test).  A leading byte order mark is skipped, and so is an
    Excel ``sep=;`` first line, which names the delimiter (Excel does not show it as a
    row)."""
    body = text.removeprefix("\ufeff")
    delimiters: tuple[str, ...] = _DELIMITERS
    named = _SEP_LINE.match(body)
    if named is not None:
        body, delimiters = body[named.end() :], (named.group(1),)
    head = body[: HEADER_CELL_MAX * 4]
    best: Form | None = None
    for delimiter in delimiters:
        if delimiter not in head:
            continue
        found = _read_with(body, delimiter)
        if found is not None and (best is None or len(found.header) > len(best.header)):
            best = found
    first_lines = head.split("\n", _PREAMBLE_MAX + 1)[: _PREAMBLE_MAX + 1]
    if best is None and any("\t" in line for line in first_lines):
        best = _read_pairs(body)
    for delimiter in delimiters:
        if best is None and delimiter != "\t" and delimiter in first_lines[0]:
            best = _read_csv_pairs(body, delimiter)
    return best


# --- the view ------------------------------------------------------------------------


@attrs.frozen
class _Piece:
    """One line of the view, with where it came from and where it must be read."""

    text: str
    origin: str
    #: "front", "head", "answer", "closing", or "added" (a line the view adds).
    place: str
    #: The view's question (0-based, over all respondents) of a "head" or "answer" line.
    question: int = -1
    #: The first line of a heading.
    first: bool = False
    #: 0; 1: shown after its cell's reference (a blank line before it, in an answer);
    #: 2: after its cell's reference, without the blank line.
    escaped: int = 0
    #: The cell of a memo or closing field ("row:column"): its lines make one field.
    cell: str = ""
    #: A line of the header's second row (shown with its reference, not escaped).
    header: bool = False


_BLANK: Final = _Piece("", "", "added")


def _field_labels(
    form: Form, column: int, values: list[tuple[str, str]]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The title (a paragraph of its own before the field, or []) and the label lines
    of a non-question cell holding ``values``.  Under a label that spans several
    columns, each column's sub-label names its value ("Name: Ana", the spanning label
    its title in the first column), and a column holding its own sub-label (an option
    chosen) is named by the spanning label, or, in an answer, shows the option alone."""
    labels = form.label_lines(column)
    if answers_before(form, column):
        return [], []
    if not form.sub:
        return [], labels
    sub = form.sub[column].strip()
    chosen = len(values) == 1 and values[0][0].strip() == sub
    owner = form.owner(column)
    if owner >= 0:
        if not chosen:
            return [], labels
        return [], [] if owner in form.questions else form.label_lines(owner)
    if form.owner(column + 1) == column and sub and not chosen and fold(sub) not in _GENERIC:
        return labels, form.sub_label_lines(column)
    return [], labels


def answers_before(form: Form, column: int) -> bool:
    """Whether a "pairs" column is the answer to the question on the line before it: its
    label says only "Answer", with the question's number or letter or without ("Answer
    1", "Respuesta B:", "Réponse", "回答"), so its value stands alone in that answer."""
    if form.layout != "pairs" or column - 1 not in form.questions:
        return False
    label = _ANSWER_NUMBER.sub("", fold(form.header[column]).rstrip(" .:："))
    return label in _GENERIC


#: The number or letter of the question after an answer's label ("Answer 1", "Respuesta
#: B"), left out of the label.
_ANSWER_NUMBER: Final = LazyPattern(r"[ \u00a0]*(?:\d+|\b[^\W\d_]|\([^\W_]{1,3}\))\Z")


def _field(form: Form, row: int, column: int, place: str, question: int) -> list[_Piece]:
    """A non-question cell as a ``Label: value`` line (its other lines after it), after
    a blank line when it is not a field of the front matter or the closing (its own
    paragraph); [] for an empty cell."""
    values = form.value_lines(row, column)
    if not values:
        return []
    title, labels = _field_labels(form, column, values)
    cell = f"{row}:{column}" if place in ("front", "closing") else ""
    out = [_Piece(text, origin, place, question, cell=cell) for text, origin in title]
    if title:
        out.append(_BLANK)
    out.extend(_Piece(text, origin, place, question, cell=cell) for text, origin in labels[:-1])
    first, origin = values[0]
    if labels:
        last = labels[-1][0]
        first = last + (" " if last.endswith(_COLONS) else ": ") + first
    out.append(_Piece(first, origin, place, question, cell=cell))
    out.extend(_Piece(text, origin, place, question, cell=cell) for text, origin in values[1:])
    if place == "answer" or classify(out[0].text).kind != Kind.FIELD:
        out.insert(0, _BLANK)
    return out


def _question(form: Form, row: int, column: int, number: int) -> list[_Piece]:
    """A question column: a blank line, its label as the heading, the answer's lines."""
    pieces = [_BLANK]
    for i, (text, origin) in enumerate(form.label_lines(column)):
        pieces.append(_Piece(text, origin, "head", number, first=i == 0))
    pieces.extend(_Piece(t, o, "answer", number) for t, o in form.value_lines(row, column))
    return pieces


#: What a tester types into every answer of a form before it goes out, in the six UN
#: languages (folded, stripped of :data:`_PLACEHOLDER_MARKS`).
_PLACEHOLDERS: Final = frozenset(
    fold(word)
    for word in (
        "test", "testing", "test test", "test test test", "test response", "xxx", "asdf",
        "n/a", "na", "essai", "prueba", "тест", "тестирование", "اختبار", "تجربة", "测试",
        "試験",
        # a pointer to another row's answer, as a resubmission leaves it: "(see previous
        # response)", "same as above", "voir ci-dessus", "см. выше", "同上"
        "see previous response", "see previous submission", "see previous", "see above",
        "same as above", "as above", "voir ci-dessus", "voir plus haut", "idem",
        "ver arriba", "véase arriba", "igual que arriba", "см. выше", "см выше",
        "انظر أعلاه", "同上", "见上",
    )
)  # fmt: skip


def is_placeholder_row(form: Form, row: int) -> bool:
    """Whether a respondent's row answers no question: each of its answers' cells (the
    question columns, and the columns under a question's spanning label) empty, a
    tester's word ("test", "prueba", "тест", "测试", "n/a") or a pointer to another row's
    answer ("(see previous response)", "同上"), as a partial response, a trial run or a
    resubmission leaves them; a form of one row has none (see :func:`form_view`)."""
    return _answers_nothing(form, row, _answer_columns(form))


def _answer_columns(form: Form) -> list[int]:
    """The columns of a form's answers: its questions', and those under a question's
    spanning label."""
    return [c for c in range(len(form.header)) if c in form.questions or form.owner(c) >= 0]


def _answers_nothing(form: Form, row: int, columns: Sequence[int]) -> bool:
    """:func:`is_placeholder_row` with the form's answer ``columns`` found once."""
    if len(form.rows) < 2 or form.layout != "rows":
        return False
    cells = (fold(form.rows[row][c]).strip(_PLACEHOLDER_MARKS) for c in columns)
    return all(not cell or cell in _PLACEHOLDERS for cell in cells)


#: What a tester's word may have around it (brackets too: "(see previous response)").
_PLACEHOLDER_MARKS: Final = " \t\r\n.!-_()[]（）"


def _respondent(
    form: Form, row: int, first_question: int, last: bool, *, front: bool
) -> list[_Piece]:
    """The view's lines of one respondent (0-based ``row``); its questions are numbered
    from ``first_question``; ``front``: its fields are the front matter's."""
    questions = form.questions
    place = "front" if front else "answer"
    pieces: list[_Piece] = []
    for column in range(questions[0]):
        pieces.extend(_field(form, row, column, place, first_question - 1))
    number = first_question - 1
    closing = False
    for column in range(questions[0], len(form.header)):
        if column in questions:
            number += 1
            pieces.extend(_question(form, row, column, number))
        elif (
            column < questions[-1]
            or not last
            or form.owner(column) in questions
            or answers_before(form, column)
        ):
            pieces.extend(_field(form, row, column, "answer", number))
        else:
            fields = _field(form, row, column, "closing", -1)
            if fields and not closing:
                pieces += [_BLANK, _Piece(CLOSING_MARK, "", "added")]
                closing = True
            pieces.extend(fields)
    return pieces


def _sub_labels(form: Form) -> list[_Piece]:
    """The header's second row, shown once before the respondents (a blank line after
    it): each line of a sub-label after its cell's reference (``[r2 c5] Response``),
    one paragraph of the front matter."""
    pieces: list[_Piece] = []
    for column in range(len(form.sub)):
        for text, origin in form.sub_label_lines(column):
            shown = f"[{origin}] {text}" if text.strip() else text
            pieces.append(_Piece(shown, origin, "front", escaped=2, cell="sub", header=True))
    return pieces


def _placeholder_fields(form: Form, row: int, place: str, question: int) -> list[_Piece]:
    """A row that answers no question (:func:`is_placeholder_row`): each non-empty cell
    a ``Label: value`` field, in the front matter, an answer or the closing."""
    pieces: list[_Piece] = []
    for column in range(len(form.header)):
        pieces.extend(_field(form, row, column, place, question))
    return pieces


def _pieces(form: Form) -> list[_Piece]:
    pieces: list[_Piece] = []
    rows = range(len(form.rows))
    columns = _answer_columns(form)
    answering = [i for i in rows if not _answers_nothing(form, i, columns)] or list(rows)
    last, shown = answering[-1], set(answering)
    done = 0  # respondents shown
    closing = False  # the last respondent's trailing fields started the closing
    for index in rows:
        if pieces:
            pieces.append(_BLANK)
        first = done * len(form.questions)
        if index in shown:
            own = _respondent(form, index, first, index == last, front=done == 0)
            closing = any(piece.text == CLOSING_MARK and not piece.origin for piece in own)
            pieces.extend(own)
            done += 1
        elif done == 0:  # before the first respondent: the front matter's
            pieces.extend(_placeholder_fields(form, index, "front", -1))
        elif index < last:  # between two: the answer before's
            pieces.extend(_placeholder_fields(form, index, "answer", first - 1))
        else:
            fields = _placeholder_fields(form, index, "closing", -1)
            if fields and not closing:
                pieces.append(_Piece(CLOSING_MARK, "", "added"))
                closing = True
            pieces.extend(fields)
    header = _sub_labels(form)
    if header and pieces and pieces[0].text:
        header.append(_BLANK)
    title = [_Piece(text, _ref(n, 0), "front") for text, n in form.preamble]
    if title:  # a paragraph of the front matter
        title.append(_BLANK)
    return title + header + pieces


def _text(pieces: list[_Piece]) -> str:
    return "\n".join(p.text for p in pieces) + "\n"


def _extraction(pieces: list[_Piece]) -> Extraction:
    """The view's text with one origin per ``str.splitlines`` piece (a line holding a
    form feed or a U+2028 is several pieces, each with its cell's origin)."""
    origins: list[str] = []
    for piece in pieces:
        origins.extend([piece.origin] * len((piece.text + "\n").splitlines()))
    return Extraction(_text(pieces), tuple(origins))


_ESCAPE_BLANK: Final = _Piece("", "", "added", cell="escape")


def _escaped(pieces: list[_Piece], steps: dict[int, int]) -> list[_Piece]:
    """``pieces`` with each line ``i`` of ``steps`` escaped to level ``steps[i]``: 1,
    after its cell's reference and, in an answer, a blank line (so that no heading's
    title runs on into it); 2, without that blank line (a short line after a break can
    read as a signature)."""
    out: list[_Piece] = []
    for index, piece in enumerate(pieces):
        level = steps.get(index)
        if level is None:
            out.append(piece)
            continue
        text = piece.text if piece.escaped else f"[{piece.origin}] {piece.text}"
        piece = attrs.evolve(piece, text=text, escaped=level)
        if level == 1 and piece.place == "answer" and out and out[-1].text.strip():
            out.append(_ESCAPE_BLANK)
        elif level == 2 and out and out[-1] is _ESCAPE_BLANK:
            out.pop()
        out.append(piece)
    return out


def _sure_escapes(pieces: list[_Piece]) -> dict[int, int]:
    """The lines of answers and memo fields that always read as structure outside their
    cell, with the level they are escaped to: a question keyword ("Question 1:") or a
    numbered line that asks heads a question (1: a blank line before it, in an answer),
    a sign-off in an answer starts the closing (2)."""
    steps: dict[int, int] = {}
    for index, piece in enumerate(pieces):
        if piece.place not in ("answer", "front") or piece.header:
            continue
        kind = classify(piece.text).kind
        if kind == Kind.SIGNOFF and piece.place == "answer":
            steps[index] = 2
        elif kind == Kind.QKEY or (kind in _NUMBERED and _ASKS.search(piece.text)):
            steps[index] = 1
    return steps


# --- checking where each line was read -------------------------------------------------


def _mark(node: Node, place: tuple[str, int], zones: dict[int, tuple[str, int]]) -> None:
    for found, _ in walk(node):
        if type(found) is Line:
            zones[found.line] = place


def _zones(document: Document) -> dict[int, tuple[str, int]]:
    """Where each (non-blank) line of a document was read: ("front", -1),
    ("body", -1), ("head", i), ("answer", i), ("closing", -1)."""
    zones: dict[int, tuple[str, int]] = {}
    if document.front_matter is not None:
        _mark(document.front_matter, ("front", -1), zones)
    for block in document.body:
        _mark(block, ("body", -1), zones)
    for i, question in enumerate(document.questions):
        for line in question.lines:
            _mark(line, ("head", i), zones)
        for block in question.body:
            _mark(block, ("answer", i), zones)
    if document.closing is not None:
        _mark(document.closing, ("closing", -1), zones)
    return zones


def _blocks(document: Document) -> dict[int, int]:
    """The block of the front matter or the closing each of their lines is in (its
    position among all their blocks)."""
    found: dict[int, int] = {}
    parts = (document.front_matter, document.closing)
    blocks = [b for part in parts if part is not None for b in part.blocks]
    for index, block in enumerate(blocks):
        for node, _ in walk(block):
            if type(node) is Line:
                found[node.line] = index
    return found


def _split_fields(document: Document, pieces: list[_Piece]) -> Iterator[int]:
    """The 0-based indexes of the lines of a memo or closing cell read outside the
    field (or paragraph) its first line, or the last blank line of the cell before
    them, starts."""
    blocks = _blocks(document)
    noise = _noise_lines(document)
    current: dict[str, int] = {}
    after_blank = False
    for n, piece in enumerate(pieces, 1):
        if piece.cell and n in blocks and n not in noise:
            if after_blank or piece.cell not in current:
                current[piece.cell] = blocks[n]
            elif current[piece.cell] != blocks[n]:
                yield n - 1
        after_blank = not piece.text.strip()


def _misplaced(document: Document, pieces: list[_Piece]) -> Iterator[int]:
    """The 0-based indexes of the view's lines read outside their cell's place (the
    first in the view first, then those splitting a field)."""
    yield from _out_of_place(document, pieces)
    yield from _split_fields(document, pieces)


def _noise_lines(document: Document) -> set[int]:
    return {node.line.line for node, _ in walk(document) if type(node) is Noise}


def _out_of_place(document: Document, pieces: list[_Piece]) -> Iterator[int]:
    """The lines read outside their cell's place: the front matter, a question's heading
    or answer, the closing.  A noise line (a page number, a URL) of an answer may sit
    among the heading's lines: it is under its question all the same."""
    zones = _zones(document)
    noise = _noise_lines(document)
    starts = {_first_line(heading): i for i, heading in enumerate(document.questions)}
    heading_of = {p.question: starts.get(n, -2) for n, p in enumerate(pieces, 1) if p.first}
    for n, piece in enumerate(pieces, 1):
        got = zones.get(n)
        if piece.place == "added" or got is None:
            continue
        question = heading_of.get(piece.question, -1) if piece.question >= 0 else -1
        if got == (piece.place, question):
            continue
        if n in noise and piece.place == "answer" and got == ("head", question):
            continue
        yield n - 1


def _culprits(document: Document, pieces: list[_Piece]) -> list[int]:
    """The lines to escape: the first line of each run of lines out of place (the lines
    after it in the run are out of place because of it), unless it is a heading; where
    that line is escaped already as far as it goes, the next line of the run that is
    not (a contact field further down may be what puts the run out of place)."""
    wrong = set(_misplaced(document, pieces))
    # A question that starts on a line that is no heading: always a culprit.
    heads = {_first_line(q) for q in document.questions}
    found: list[int] = []
    before = False  # whether the line before was out of place
    seeking = False  # whether the run still lacks a culprit
    for index, piece in enumerate(pieces):
        if piece.place == "added" or not piece.text.strip():
            continue
        here = index in wrong
        seeking = here and (seeking or not before or index + 1 in heads)
        if seeking and piece.place != "head" and piece.escaped < 2:
            found.append(index)
            seeking = False
        before = here
    return found


def _first_line(node: Node) -> int:
    """The number of the first line of a node (0 for none)."""
    return next((n.line for n, _ in walk(node) if type(n) is Line), 0)


def form_view(
    form: Form, *, max_size: int | None = MAX_SIZE, max_depth: int = MAX_DEPTH
) -> FormView:
    """The view of a form export, parsed (see the module's documentation).

    ``max_size`` and ``max_depth`` are :func:`~wgec_parse.parse`'s; raises
    :class:`~wgec_parse.errors.InputTooLarge` when the view is too large.
    """
    # The lines sure to read outside their cell are escaped before any parse.
    pieces = _pieces(form)
    pieces = _escaped(pieces, _sure_escapes(pieces))
    document = parse(_text(pieces), max_size=max_size, max_depth=max_depth)
    for _ in range(MAX_PASSES):
        culprits = _culprits(document, pieces)
        if not culprits:
            break
        pieces = _escaped(pieces, {i: pieces[i].escaped + 1 for i in culprits})
        document = parse(_text(pieces), max_size=max_size, max_depth=max_depth)
    wrong = list(_misplaced(document, pieces))
    if wrong:
        _log.warning(
            "%d lines of the view are read outside their cells, the first from %s",
            len(wrong),
            pieces[wrong[0]].origin,
        )
    document = attrs.evolve(document, source=form.source)
    escaped = sum(1 for piece in pieces if piece.escaped and not piece.header)
    return FormView(form, _extraction(pieces), document, escaped)


def view_of_text(
    text: str,
    name: str,
    *,
    max_size: int | None = MAX_SIZE,
    max_depth: int = MAX_DEPTH,
) -> FormView | None:
    """The view of ``text`` when it is a form export (:func:`read_form`), else None;
    :class:`~wgec_parse.errors.InputTooLarge` names the file ``name`` when the view is
    too large for ``max_size``."""
    form = read_form(text)
    if form is None:
        return None
    if len(form.rows) > 1:
        _log.warning(
            "%s: %d respondents, read in turn as one document "
            "(wgec_parse.forms.respondents gives one each)",
            name,
            len(form.rows),
        )
    try:
        return form_view(form, max_size=max_size, max_depth=max_depth)
    except InputTooLarge as err:
        raise InputTooLarge(err.size, err.limit, f"{name}: text") from None
