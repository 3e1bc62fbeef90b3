"""Hypothesis strategies that build realistic WGEC submission trees.

Install the extra first: ``pip install 'wgec-parse[hypothesis]'``.

>>> from hypothesis import given
>>> from wgec_parse import parse, render
>>> from wgec_parse.strategies import documents
>>> @given(documents())
... def test_round_trip(doc):
...     assert parse(render(doc)) == doc

Every tree is built with the public node constructors, its line numbers match the
text it renders to, and it is *canonical*: exactly the tree :func:`wgec_parse.parse`
builds from that text.  The trees follow the rules of the README section "How text is
read": front matter with memo fields and cover lines, question headings (numbered or
keyword, titles wrapped over up to four lines), clauses numbered ``1.1``, ``2.5.``,
``1.1.1``, ``(a)``, ``(i)`` (duplicates and gaps included) nested by numbering style,
bullet lists nested by indentation or by a glyph change after a colon (the glyphs
U+F0B7, ``-``, ``•``, ``o``, ``▪``, ``–``, ``*``, and items whose glyph was lost),
tables (rows of cells between ``|``, a delimiter row under the first now and then),
noise lines (URLs, page numbers, rules, form feeds), single- or double-spaced layout,
LF or CRLF endings, trailing spaces, hyphenated wraps and words in the six UN
languages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

try:
    from hypothesis import assume
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError(
        "wgec_parse.strategies needs hypothesis: pip install 'wgec-parse[hypothesis]'"
    ) from exc

from wgec_parse import layout
from wgec_parse.layout import SENTENCE_END
from wgec_parse.markers import LineParts, classify
from wgec_parse.nodes import (
    Blank,
    Block,
    BulletItem,
    BulletList,
    Clause,
    Document,
    Field,
    FrontMatter,
    Line,
    LineLike,
    Noise,
    Paragraph,
    Question,
    Table,
)
from wgec_parse.questions import WGEC2
from wgec_parse.rendering import render
from wgec_parse.roles.blocks import closing_signature, leads_on
from wgec_parse.roles.front import has_a_coded_value, has_an_address_value
from wgec_parse.roles.headings import HEADING_END, past_the_questions
from wgec_parse.segments import is_flattened

__all__ = [
    "GLYPHS",
    "LANGUAGES",
    "FlattenedText",
    "document_texts",
    "documents",
    "documents_with_text",
    "flattened_texts",
    "node_texts",
    "words",
]

#: The languages words are drawn from: the six official languages of the UN.
LANGUAGES: tuple[str, ...] = ("ar", "en", "es", "fr", "ru", "zh")

#: The bullet glyphs lists are written with ("" stands for a glyph lost in extraction).
GLYPHS: tuple[str, ...] = ("\uf0b7", "-", "•", "o", "▪", "–", "*", "")

# Words that are safe anywhere in a line: they start with a letter, hold no digit,
# colon, question mark or bracket, are never a marker ("o", "a", "II"), a question
# keyword ("Question", "Вопрос", "问题"), a topic word ("recommendations",
# "characteristics") or a subject's ("enhanced cooperation", "加强合作"), so no line
# built from them is read as structure by accident.


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_VOCAB: dict[str, tuple[str, ...]] = {
    "en": _split(
        "broad cooperation internet governance governments stakeholders public policy "
        "issues roles responsibilities international framework security access development "
        "capacity building should consider global digital economy open transparent "
        "inclusive process dialogue forum mechanism states private sector civil society "
        "academia technical community multilateral democratic equal footing principles "
        "the of and in for with to on all their its between"
    ),
    "fr": _split(
        "coopération élargie gouvernance internet gouvernements parties prenantes "
        "politiques publiques rôles responsabilités cadre international sécurité accès "
        "développement mondiale numérique ouvert transparent inclusif processus dialogue "
        "forum mécanisme États secteur privé société civile les des pour dans avec sur "
        "une est"
    ),
    "es": _split(
        "cooperación amplia gobernanza internet gobiernos partes interesadas políticas "
        "públicas funciones responsabilidades marco internacional seguridad acceso "
        "desarrollo mundial digital abierto transparente inclusivo proceso diálogo foro "
        "mecanismo Estados sector privado sociedad civil los las del para con sobre "
        "una es"
    ),
    "ru": _split(
        "широкое сотрудничество управление интернетом правительства заинтересованные "
        "стороны государственная политика роли обязанности международные рамки "
        "безопасность доступ развитие потенциала глобальный цифровой открытый прозрачный "
        "процесс диалог форум механизм государства частный сектор гражданское общество "
        "для всех на по"
    ),
    "ar": _split(
        "التعاون الواسع إدارة الإنترنت الحكومات أصحاب المصلحة السياسات العامة الأدوار "
        "المسؤوليات الإطار الدولي الأمن الوصول التنمية بناء القدرات العالمي الرقمي "
        "المفتوح الشفاف العملية الحوار المنتدى الآلية الدول القطاع الخاص المجتمع المدني "
        "في من على"
    ),
    "zh": _split(
        "广泛合作 互联网治理 各国政府 利益攸关方 公共政策 作用 责任 国际框架 安全 接入 "
        "发展 能力建设 全球 数字经济 开放 透明 包容 进程 对话 论坛 机制 国家 私营部门 "
        "民间社会"
    ),
}

# Compounds split at their hyphen across two lines ("multi-" + "stakeholder"): the
# clean text joins them with nothing in between.
_HYPHENATED: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("multi-", "stakeholder"), ("globally-", "applicable"), ("cross-", "border")),
    "fr": (("multi-", "acteurs"), ("socio-", "économique")),
    "es": (("multi-", "sectorial"), ("socio-", "económico")),
    "ru": (("много-", "сторонний"), ("социально-", "экономический")),
    "ar": (("متعدد-", "الأطراف"),),
    "zh": (("多利益-", "攸关方"),),
}

# Sentence ends, question marks and colons as each script writes them.
_PUNCT: dict[str, dict[str, str]] = {
    # A list after a line ending with the full-width "：" is not recognised by its
    # colon (only ":" counts), so colons stay ASCII everywhere.
    "zh": {".": "。", "?": "？", ":": ":", ";": "；", ",": "，"},
    "ar": {".": ".", "?": "؟", ":": ":", ";": ";", ",": "،"},
}
_ASCII_PUNCT = {".": ".", "?": "?", ":": ":", ";": ";", ",": ","}

_FIELD_NAMES = (
    "Date",
    "Att.",
    "To",
    "From",
    "Subject",
    "Organization",
    "Country",
    "Contact person",
    "E-mail",
    "Pays",
    "Fecha",
    "País",
    "Дата",
    "Организация",
    "التاريخ",
    "日期",
)
_FIELD_VALUES = ("05-12-2016", "30 September 2016", "wgec@unctad.org", "+41 22 917 5806")
_QKEY_MARKERS = (
    "Question {n}:",
    "Question {n}.",
    "Q{n}.",
    "Q{n}:",
    "Question n° {n} :",
    "Pregunta {n}.",
    "Вопрос {n}.",
    "问题{n}：",
    "السؤال {n}:",
)
_NUMBERED_HEADINGS = ("{n})", "{n}.", "({n})", "{r})", "{n} -")
# The clause style that shares a numbered heading's style.
_HEADING_CLAUSE_STYLES = {"{n})": ("n#)",), "({n})": ("n(#)",)}
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_NOISE_TEXTS = (
    "3",
    "12",
    "- 4 -",
    "– 7 –",
    "Page 2 of 9",
    "Página 3",
    "Стр. 4",
    "3/7",
    "https://www.intgovforum.org/",
    "www.unctad.org/cstd",
    "<http://unctad.org/wgec>",
    "mailto:wgec@unctad.org",
    # No rule of underscores: under one, a page's last lines read as its footnotes
    # (layout.footnotes), which these documents do not hold.
    "------------",
    "==========",
)
_BLANK_WS = ("", " ", "\t", "  ", " \t")
_TRAILING_WS = ("", "", "", " ", "  ", "\t", "\u00a0")
_GAPS = (" ", " ", "\t", "  ", "   ")
_TOP_GLYPHS = tuple(g for g in GLYPHS if g not in ("o", ""))
_LETTERS = "abcdefg"  # no i, v, x (roman) and no h, u, w (their predecessors)
_LOWER_ROMAN = ("i", "ii", "iii", "iv", "v", "vi")
# Numbering styles of clauses: siblings share one, children take another.
_CLAUSE_STYLES = ("d2", "d2", "d3", "a(#)", "a#)", "a#.", "i(#)", "i#)", "n#)", "n(#)")
_SENTENCE_END = SENTENCE_END
_HEADING_END = HEADING_END

# Row kinds, as the line classifier sees them (a table's rows are text that opens
# with "|").
_TEXT, _FIELD, _NOISE, _OTHER, _ROW = "text", "field", "noise", "other", "row"
# What may separate a row from the previous one.
_WITHIN, _BREAK, _FREE = "within", "break", "free"


# Strategies are built once: building one per draw costs more than the draw.
@cache
def _integers(low: int, high: int) -> st.SearchStrategy[int]:
    return st.integers(low, high)


@cache
def _sampled(options: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.sampled_from(options)


_MAX_WORDS = 4  # per line


@cache
def _line_words(lang: str) -> st.SearchStrategy[list[str]]:
    # One integer numbers every line of up to four words: two choices per line instead
    # of two per word, which keeps generation fast; it shrinks towards the first words.
    vocab = _VOCAB[lang]
    size = len(vocab)

    def decode(pair: tuple[int, int]) -> list[str]:
        count, code = pair
        out = []
        for _ in range(count):
            code, index = divmod(code, size)
            out.append(vocab[index])
        return out

    return st.tuples(st.integers(1, _MAX_WORDS), st.integers(0, size**_MAX_WORDS - 1)).map(decode)


@dataclass
class _Row:
    """One planned non-blank line; spacing, endings and numbers come later."""

    kind: str
    text: str
    marker: str = ""
    gap: str = ""
    indent: str = ""
    sep: str = _WITHIN
    trailing_ws: str = ""
    leading: tuple[Blank, ...] = ()
    eol: str = "\n"
    number: int = 0

    def line(self) -> Line:
        return Line(
            self.number,
            self.text,
            self.marker,
            self.gap,
            self.indent,
            self.trailing_ws,
            self.eol,
            self.leading,
        )


@dataclass
class _Node:
    """One planned block: its rows and its children, in document order."""

    kind: str  # cover, field, noise, para, table, question, clause, list, item
    rows: list[_Row] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)


@dataclass
class _Level:
    """An open bullet level, as the lexer will see it."""

    glyph: str
    indent: int
    text_col: int = 0


class _Builder:
    """Draws one document in document order, keeping the state the lexer keeps."""

    def __init__(self, draw: st.DrawFn, languages: Sequence[str], double: bool) -> None:
        self.draw = draw
        self.languages = tuple(languages)
        self.double = double  # the layout aimed at; biases towards wrapped text
        self.texts: list[str] = []
        self.rows: list[_Row] = []
        self.group_open = False  # would the last block take a following text line?
        self.lost_indents: list[int] = []
        # Trailing white space is mostly a habit of the whole file (pdftotext's " ").
        self.trailing = self.pick(("", "", " ", "mixed"))

    # -- small draws --------------------------------------------------------------

    def chance(self, percent: int) -> bool:
        # Shrinks towards False, so a counterexample keeps only the features it needs.
        return self.draw(_integers(0, 99)) >= 100 - percent

    def pick(self, options: Sequence[str]) -> str:
        return self.draw(_sampled(tuple(options)))

    def count(self, low: int, high: int) -> int:
        return self.draw(_integers(low, high))

    def row(self, row: _Row) -> _Row:
        # White space after nothing but a form feed is indentation, not trailing.
        if row.text and self.trailing:
            row.trailing_ws = self.trailing if self.trailing != "mixed" else self.pick(_TRAILING_WS)
        self.rows.append(row)
        return row

    # -- text ---------------------------------------------------------------------

    def wrapped(
        self, end: str, max_lines: int = 2, min_lines: int = 1, lower_wraps: bool = False
    ) -> tuple[list[str], str]:
        """Lines of running text in one language, and the clean text they mean.

        ``max_lines=1`` means one line in either layout; otherwise doubled spacing
        allows one more.  ``lower_wraps``: the lines after the first start in lower case
        (a cover line followed by a capital may stand alone).
        """
        lang = self.pick(self.languages)
        vocab = _VOCAB[lang]
        punct = _PUNCT.get(lang, _ASCII_PUNCT)
        n = self.count(min_lines, max_lines + (1 if self.double and max_lines > 1 else 0))
        lines = [self.draw(_line_words(lang)) for _ in range(n)]
        glued = self.count(0, 5 * n) if n > 1 else 0  # a compound split before line `glued`
        if 1 <= glued < n:
            compounds = _HYPHENATED[lang]
            head, tail = compounds[glued % len(compounds)]
            lines[glued - 1].append(head)
            lines[glued].insert(0, tail)
        if self.chance(20) and len(lines[0]) > 1:
            lines[0][0] += punct[","]
        last = lines[-1]
        if end == ":" and len(last) < 5:
            # "one two:" alone on a line reads as a memo field; a comma breaks the name.
            if len(last) < 2:
                last.insert(0, vocab[0])
            last[0] += punct[","]
        if end:
            last[-1] += punct[end]
        if end == "?" and lang == "es":
            lines[0][0] = "¿" + lines[0][0]
        if lower_wraps:
            for words in lines[1:]:
                words[0] = words[0][:1].lower() + words[0][1:]
        joiner = "" if lang == "zh" else " "
        texts = [joiner.join(words) for words in lines]
        clean = texts[0]
        for j, text in enumerate(texts[1:], start=1):
            clean += text if j == glued or lang == "zh" else " " + text  # zh: no spaces
        return texts, clean

    def noise_row(self, sep: str = _WITHIN) -> _Row:
        if self.chance(15):
            return self.row(_Row(_NOISE, self.pick(("", "5", "12")), indent="\f", sep=sep))
        indent = self.pick(("", "", " ", "    "))
        return self.row(_Row(_NOISE, self.pick(_NOISE_TEXTS), indent=indent, sep=sep))

    def continuation(self, rows: list[_Row], lines: list[str], indents: Sequence[str]) -> None:
        """Continuation rows of a block, with noise among them now and then."""
        # One draw places the noise (if any): few draws keep generation fast.
        noise_at = self.count(0, 3 * len(lines) + 8) - 1
        for k, text in enumerate(lines):
            if k == noise_at:
                rows.append(self.noise_row())
            indent = indents[0] if len(indents) == 1 else self.pick(indents)
            rows.append(self.row(_Row(_TEXT, text, indent=indent)))
        # Page furniture after a line that leads on ("... для"), the block's first
        # line when it has no others, would carry the line under it on over the page
        # (roles.blocks.item_goes_on_over_a_page).
        if noise_at == len(lines) and not leads_on(rows[-1].text):
            rows.append(self.noise_row())

    def open_block(self, node: _Node, clean: str, is_open: bool = True) -> _Node:
        self.texts.append(clean)
        self.group_open = is_open
        return node

    # -- blocks -------------------------------------------------------------------

    def paragraph(self, end: str, kind: str = "para") -> _Node:
        lower = kind == "cover"
        lines, clean = self.wrapped(end, min_lines=2 if self.double else 1, lower_wraps=lower)
        sep = _BREAK if self.group_open else _FREE
        rows = [self.row(_Row(_TEXT, lines[0], sep=sep))]
        self.continuation(rows, lines[1:], ("",))
        return self.open_block(_Node(kind, rows), clean)

    def table(self) -> _Node:
        """Two to four rows of one to three cells between "|", a delimiter row under the
        first now and then, a "\\|" in a cell now and then; the rows one under another
        (one empty line apart in doubled spacing)."""
        vocab = _VOCAB[self.pick(self.languages)]
        width = self.count(1, 3)
        closed = self.chance(70)  # each row ends with "|"
        header = self.chance(50)
        sep = _BREAK if self.group_open else _FREE
        rows: list[_Row] = []
        clean: list[str] = []
        for k in range(self.count(2, 4)):
            if header and k == 1:
                cells = [self.pick(("---", " --- ", ":--:", "--:")) for _ in range(width)]
                text = "|" + "|".join(cells) + "|"
            else:
                cells = [self.pick(vocab) for _ in range(width)]
                if self.chance(10):
                    cells[-1] += " \\| " + self.pick(vocab)
                text = "| " + " | ".join(cells) + (" |" if closed else "")
                clean.append(" | ".join(cells))
            rows.append(self.row(_Row(_ROW, text, sep=sep if k == 0 else _WITHIN)))
        return self.open_block(_Node("table", rows), "\n".join(clean), is_open=False)

    def field(self) -> _Node:
        name = self.pick((*_FIELD_NAMES, "Submitted by"))
        if name == "Submitted by" and self.chance(50):
            marker, gap, value = name, "", ""
        else:
            colon = "：" if name == "日期" else self.pick((":", ":", " :"))
            marker, gap = name + colon, self.pick(_GAPS)
            value = self.pick(_FIELD_VALUES) if self.chance(40) else ""
        lines: list[str] = []
        clean = value
        # A value of one coded word ("05-12-2016") or an address alone
        # ("wgec@unctad.org") ends its field: a line under it would start the cover
        # (roles.front.has_a_coded_value, has_an_address_value).
        head = f"{marker}{gap}{value}"
        coded = has_a_coded_value(head) or has_an_address_value(head)
        if not value or (not coded and self.chance(30)):
            lines, more = self.wrapped("", max_lines=2)
            clean = f"{value} {more}" if value else more
        if not value:
            gap = ""
        rows = [self.row(_Row(_FIELD, value, marker, gap, sep=_FREE))]
        self.continuation(rows, lines, ("",))
        return self.open_block(_Node("field", rows), clean)

    def heading(self, body_starts_lost: bool) -> tuple[_Node, tuple[str, ...]]:
        """A question heading, and the clause styles its answer's clauses may not take."""
        n = str(self.count(1, 12))
        shared: tuple[str, ...] = ()
        # A numbered heading past the questions that continues the clause numbering
        # above it ("(10)" after "(9)") is a point: such numbers head by a keyword.
        if body_starts_lost or self.chance(40) or past_the_questions(int(n), WGEC2):
            marker = self.pick(_QKEY_MARKERS).format(n=n)
            end = ":" if body_starts_lost else self.pick(("?", ":", ""))
            # A title wraps onto more lines only when it ends as a title does.
            lines, clean = self.wrapped(end, max_lines=2 if end else 1)
            if end == "?" and len(lines) < 4 and self.chance(20):
                # "Question 1" alone takes the next lines as its title when they ask
                lines.insert(0, "")
            sep = _FREE
        else:
            template = self.pick(_NUMBERED_HEADINGS)
            marker = template.format(n=n, r=_ROMAN[int(n) % 10])
            # A clause in the heading's own style and with its next number heads the
            # next question (roles.headings.heading_number_continues).
            shared = _HEADING_CLAUSE_STYLES.get(template, ())
            lines, clean = self.wrapped("?", max_lines=2)
            # Without a break before it, a numbered heading may continue the numbering
            # of the clauses above it ("7)" after "6)"): a clause then
            # (roles.headings.clause_number_continues).  A keyword heading never does.
            sep = _BREAK
        gap = self.pick(_GAPS) if lines[0] else ""
        rows = [self.row(_Row(_OTHER, lines[0], marker, gap, sep=sep))]
        for text in lines[1:]:
            rows.append(self.row(_Row(_TEXT, text)))
        closed = lines[-1].endswith(_HEADING_END) or len(lines) >= 4
        if closed and self.chance(10):
            rows.append(self.noise_row())
        return self.open_block(_Node("question", rows), clean, is_open=not closed), shared

    def clause(self, style: str, path: tuple[str, ...], depth: int, indent: str) -> _Node:
        plan = self.plan_blocks(allow_lost=True)
        lines, clean = self.wrapped(self.ending(plan))
        row = _Row(_OTHER, lines[0], _clause_marker(self, style), self.pick(_GAPS), indent)
        # A number before a word in lower case, right after a line that runs on, reads
        # as a wrapped line (roles.blocks.number_runs_on): such a clause follows a break.
        dotted = style[0] == "d"
        row.sep = _BREAK if dotted and lines[0][:1].islower() else _FREE
        rows = [self.row(row)]
        self.continuation(rows, lines[1:], ("",))
        node = self.open_block(_Node("clause", rows), clean)
        node.children.extend(self.blocks(plan))
        if depth < 2 and self.chance(25):
            node.children.extend(self.clauses((*path, style), depth + 1))
        return node

    def clauses(self, path: tuple[str, ...], depth: int) -> list[_Node]:
        style = self.pick([s for s in _CLAUSE_STYLES if s not in path])
        # Siblings share their indent: one that starts its numbering again further in
        # than the one before is its child (nesting.ClauseLevels.place).
        indent = self.pick(("", "", "", "  ")) if depth else ""
        return [self.clause(style, path, depth, indent) for _ in range(self.count(1, 2))]

    # -- bullet lists -------------------------------------------------------------

    def bullet_list(self, lost: bool) -> _Node:
        """A top-level list; a lost-glyph list needs a ":" line right before it."""
        if lost:
            level = _Level("", self.count(2, 6))
            return self.level(level, (), _WITHIN)
        level = _Level(self.pick(_TOP_GLYPHS), (0, 0, 1, 2, 4)[self.count(0, 4)])
        return self.level(level, (), _FREE)

    def level(self, level: _Level, path: tuple[_Level, ...], first_sep: str) -> _Node:
        items = [
            self.item(level, path, first_sep if k == 0 else _FREE) for k in range(self.count(1, 3))
        ]
        return _Node("list", children=items)

    def item(self, level: _Level, path: tuple[_Level, ...], sep: str) -> _Node:
        nest = len(path) < 2 and self.chance(20)
        colon = nest and self.chance(50)
        lines, clean = self.wrapped(":" if colon else self.pick(("", ".", ";", ",")))
        indent = " " * level.indent
        if level.glyph:
            gap = self.pick(_GAPS)
            head = _Row(_OTHER, lines[0], level.glyph, gap, indent, sep)
            level.text_col = level.indent + len(level.glyph) + len(gap) + 1
            hanging = " " * (level.text_col - 1)
        else:
            head = _Row(_TEXT, lines[0], indent=indent, sep=sep)
            level.text_col = level.indent + 1
            hanging = " " * (level.indent + 1)
            self.lost_indents.append(level.indent)
        rows = [self.row(head)]
        self.continuation(rows, lines[1:], ("", hanging))
        node = self.open_block(_Node("item", rows), clean)
        if nest:
            child = self.child_level(level, path, colon)
            if child is not None:
                child_level, first_sep = child
                node.children.append(self.level(child_level, (*path, level), first_sep))
        return node

    def child_level(
        self, parent: _Level, path: tuple[_Level, ...], colon: bool
    ) -> tuple[_Level, str] | None:
        """A nested level: deeper by two columns or more, or a new glyph after ":"."""
        by_colon = colon and self.chance(40)
        indent = parent.indent if by_colon else parent.indent + self.count(2, 4)
        # An open level with the same glyph within one column would take the item as
        # its own sibling, so such glyphs cannot open this level.
        glyphs = [
            g
            for g in GLYPHS
            if not any(lv.glyph == g and abs(lv.indent - indent) <= 1 for lv in (*path, parent))
        ]
        if not glyphs:
            return None
        glyph = self.pick(glyphs)
        sep = _FREE
        if not glyph and indent > parent.indent and indent + 1 >= parent.text_col:
            sep = _BREAK  # without a break the line would continue the parent item
        return _Level(glyph, indent), sep

    # -- containers ---------------------------------------------------------------

    def plan_blocks(self, allow_lost: bool, first: str = "") -> list[str]:
        """Kinds of the blocks under a heading or clause: para, list, lost, table."""
        plan = [first] if first else []
        for _ in range(self.count(0, 2)):
            after_para = not plan or plan[-1] == "para"
            if after_para:
                options = ["para", "list", "list", "lost", "table"]
            else:  # a list's glyph lost needs a line ending with ":" before it
                options = ["para", "table"] if plan[-1] != "table" else ["para", "list"]
            if not allow_lost and not plan:
                options = [o for o in options if o != "lost"]
            plan.append(self.pick(options))
        return plan

    @staticmethod
    def ending(plan: list[str], index: int = 0) -> str:
        return ":" if index < len(plan) and plan[index] == "lost" else ""

    def blocks(self, plan: list[str]) -> list[_Node]:
        out = []
        for k, kind in enumerate(plan):
            if kind == "para":
                end = self.ending(plan, k + 1) or self.pick((".", ".", "", ";", ":"))
                if end == ":" and k + 1 < len(plan) and plan[k + 1] == "para":
                    end = "."
                out.append(self.paragraph(end))
            elif kind == "table":
                out.append(self.table())
            else:
                out.append(self.bullet_list(kind == "lost"))
        return out

    def question(self) -> _Node:
        plan = self.plan_blocks(allow_lost=True)
        node, shared = self.heading(bool(plan) and plan[0] == "lost")
        node.children.extend(self.blocks(plan))
        if self.chance(50):
            node.children.extend(self.clauses(shared, 0))
        return node

    # -- the document -------------------------------------------------------------

    def document(self) -> tuple[list[_Node], list[_Node], list[_Node]]:
        front: list[_Node] = []
        body: list[_Node] = []
        questions: list[_Node] = []
        for _ in range(self.count(0, 2) if self.chance(15) else 0):
            front.append(_Node("noise", [self.noise_row(_FREE)]))
        structured = self.chance(80)
        kinds = [self.pick(("field", "field", "cover")) for _ in range(self.count(0, 3))]
        if not structured and kinds and "field" in kinds:
            while kinds[-1] != "field":
                kinds.pop()  # unstructured text: the front matter ends at its last field
        elif not structured:
            kinds = []
        for kind in kinds:
            front.append(self.field() if kind == "field" else self.paragraph("", "cover"))
        if not structured:
            body.extend(self.paragraph(self.pick((".", ""))) for _ in range(self.count(0, 3)))
            return front, body, questions
        opening = self.pick(("none", "list", "clause"))
        if opening == "list":
            plan = self.plan_blocks(allow_lost=False, first="list")
            body.extend(self.blocks(plan))
        if opening == "clause" or (opening == "list" and self.chance(30)):
            body.extend(self.clauses((), 0))
        low = 1 if opening == "none" else 0
        questions.extend(self.question() for _ in range(self.count(low, 2)))
        return front, body, questions


def _clause_marker(builder: _Builder, style: str) -> str:
    def num() -> int:
        return builder.count(1, 12)

    if style == "d2":
        return f"{num()}.{num()}" + builder.pick(("", "", ".", ")"))
    if style == "d3":
        return f"{num()}.{num()}.{num()}"
    letter = builder.pick(tuple(_LETTERS))
    roman = builder.pick(_LOWER_ROMAN)
    return {
        "a(#)": f"({letter})",
        "a#)": f"{letter})",
        "a#.": f"{letter}.",
        "i(#)": f"({roman})",
        "i#)": f"{roman})",
        "n#)": f"{num()})",
        "n(#)": f"({num()})",
    }[style]


# -- spacing, endings, numbers ---------------------------------------------------------


_SPACED = frozenset((_TEXT, _ROW))


def _blank_run(builder: _Builder, row: _Row, previous: _Row | None, double: bool) -> list[str]:
    """The white space of the blank lines before ``row``, one string per line."""
    sep = _FREE if previous is None else row.sep
    if sep == _FREE:
        sep = _BREAK if builder.chance(50) else _WITHIN
    if double:
        if sep == _WITHIN:
            # In doubled spacing a wrap is followed by exactly one empty line.
            # A table's rows keep one spacing: one empty line.
            return [""] if row.kind in _SPACED or not builder.chance(15) else ["", ""]
        ws = builder.pick(_BLANK_WS[1:])
        return [["", ws, ""], ["", "", ""], ["", ws, "", ws, ""]][builder.count(0, 2)]
    if sep == _WITHIN:
        return []
    run = [builder.pick(_BLANK_WS) for _ in range(builder.count(1, 2))]
    runs_on = previous is not None and not previous.text.endswith(_SENTENCE_END)
    if run == [""] and row.kind == _TEXT and runs_on:
        # One empty line after a line that runs on is what doubled spacing looks like.
        run = ["", ""]
    return run


def _wraps(rows: list[_Row]) -> int:
    """Rows that continue a line that runs on: what doubled spacing is recognised by."""
    return sum(
        1
        for before, row in pairwise(rows)
        if row.sep == _WITHIN and row.kind == _TEXT and not before.text.endswith(_SENTENCE_END)
    )


def _physical(rows: list[_Row]) -> tuple[list[str], list[LineParts | None]]:
    """The physical lines of ``rows`` as the lexer sees them: contents, and lines as the
    classifier reads them (None for a blank line)."""
    contents: list[str] = []
    lines: list[LineParts | None] = []
    for row in rows:
        for blank in row.leading:
            contents.append(blank.ws)
            lines.append(None)
        content = row.indent + row.marker + row.gap + row.text + row.trailing_ws
        contents.append(content)
        lines.append(classify(content))
    return contents, lines


def _looks_double(rows: list[_Row]) -> bool:
    """Whether the lexer's layout reads ``rows`` as doubled spacing."""
    return layout.is_double_spaced(*_physical(rows))


def _lost_under_clause_text(rows: list[_Row], lost_indents: list[int]) -> bool:
    """Whether a line that may open a lost-glyph item lines up under the text of the
    numbered line above it, where the reader may take it for that clause's wrap."""
    if not lost_indents:
        return False
    column = -1  # the text column of the last line with a marker
    for row in rows:
        if row.marker:
            column = len(row.indent) + len(row.marker) + len(row.gap)
        elif row.kind == _TEXT and len(row.indent) == column and len(row.indent) in lost_indents:
            return True
    return False


def _fits(rows: list[_Row], lost_indents: list[int], answered: bool) -> bool:
    """Whole-document rules: lost glyphs sit past the usual margin, and not under a
    clause's text (:func:`_lost_under_clause_text`); no running headers
    or titles; one layout throughout; an answered document does not end (or end before
    an e-mail's tail) with what reads as a signature."""
    contents, lines = _physical(rows)
    baseline = layout.usual_indent(lines)
    if any(indent <= baseline for indent in lost_indents):
        return False
    if _lost_under_clause_text(rows, lost_indents):
        return False
    if answered and closing_signature(lines, -1) >= 0:
        return False
    if layout.is_double_spaced(contents, lines) and layout.single_lead(contents, lines):
        return False  # a leading region the reader takes as single-spaced
    return not (layout.running_headers(contents, lines) or layout.running_titles(contents, lines))


# -- nodes ------------------------------------------------------------------------------


def _lines(rows: list[_Row]) -> tuple[LineLike, ...]:
    return tuple(Noise(r.line()) if r.kind == _NOISE else r.line() for r in rows)


def _item(node: _Node) -> BulletItem:
    children = node.children[0].children if node.children else []
    return BulletItem(_lines(node.rows), tuple(_item(c) for c in children))


def _block(node: _Node) -> Block:
    if node.kind == "para":
        return Paragraph(_lines(node.rows))
    if node.kind == "table":
        return Table(_lines(node.rows))
    if node.kind == "list":
        return BulletList(tuple(_item(c) for c in node.children))
    return Clause(_lines(node.rows), tuple(_block(c) for c in node.children))


def _front(node: _Node) -> Paragraph | Field | Noise:
    if node.kind == "noise":
        return Noise(node.rows[0].line())
    if node.kind == "field":
        return Field(_lines(node.rows))
    return Paragraph(_lines(node.rows))


@st.composite
def _documents_with_text(
    draw: st.DrawFn, layout: str | None, languages: tuple[str, ...]
) -> tuple[Document, tuple[str, ...]]:
    double = layout == "double" if layout else draw(st.booleans())
    builder = _Builder(draw, languages, double)
    front, body, questions = builder.document()
    rows = builder.rows
    if double and (_wraps(rows) < 2 or 5 * _wraps(rows) < len(rows)):
        assume(layout != "double")  # too little running text to look double-spaced
        double = False
    eols = builder.pick(("\n", "\r\n", "\n", "\r\n", "mixed"))

    def eol() -> str:
        return builder.pick(("\n", "\r\n")) if eols == "mixed" else eols

    previous = None
    number = 0
    for row in rows:
        run = _blank_run(builder, row, previous, double)
        row.leading = tuple(Blank(ws, eol()) for ws in run)
        row.eol = eol()
        number += len(run) + 1
        row.number = number
        previous = row
    trailing = [Blank(builder.pick(_BLANK_WS), eol()) for _ in range(builder.count(0, 2))]
    if builder.chance(25):  # no newline at the end of the file
        if trailing and trailing[-1].ws:
            trailing[-1] = Blank(trailing[-1].ws, "")
        elif not trailing and rows:
            rows[-1].eol = ""
    assume(_looks_double(rows) == double)
    assume(_fits(rows, builder.lost_indents, bool(questions)))
    document = Document(
        front_matter=FrontMatter(tuple(_front(n) for n in front)) if front else None,
        body=tuple(_block(n) for n in body),
        questions=tuple(
            Question(_lines(q.rows), tuple(_block(c) for c in q.children)) for q in questions
        ),
        trailing=tuple(trailing),
        bom=builder.chance(10),
    )
    return document, tuple(builder.texts)


def _check(layout: str | None, languages: Sequence[str]) -> tuple[str, ...]:
    if layout not in (None, "single", "double"):
        raise ValueError(f"layout must be None, 'single' or 'double', not {layout!r}")
    chosen = tuple(languages)
    unknown = [lang for lang in chosen if lang not in LANGUAGES]
    if unknown or not chosen:
        raise ValueError(f"languages must be a non-empty subset of {LANGUAGES}, got {chosen}")
    return chosen


def documents_with_text(
    *, layout: str | None = None, languages: Sequence[str] = LANGUAGES
) -> st.SearchStrategy[tuple[Document, tuple[str, ...]]]:
    """Pairs of a document and the clean texts its nodes are meant to have.

    The texts are those of :func:`node_texts`, in the same order, written down while
    the words were drawn (not read back from the tree).  ``layout`` is ``"single"``,
    ``"double"`` or ``None`` for either; ``languages`` limits the words to some of
    :data:`LANGUAGES`.
    """
    return _documents_with_text(layout, _check(layout, languages))


def documents(
    *, layout: str | None = None, languages: Sequence[str] = LANGUAGES
) -> st.SearchStrategy[Document]:
    """Canonical :class:`~wgec_parse.nodes.Document` trees: ``parse(render(d)) == d``."""
    return documents_with_text(layout=layout, languages=languages).map(lambda pair: pair[0])


def document_texts(
    *, layout: str | None = None, languages: Sequence[str] = LANGUAGES
) -> st.SearchStrategy[str]:
    """The text of realistic submissions (rendered :func:`documents`)."""
    return documents(layout=layout, languages=languages).map(render)


def words(languages: Sequence[str] = LANGUAGES) -> st.SearchStrategy[str]:
    """Words that are safe anywhere in a line: never a marker, keyword or topic."""
    chosen = _check(None, languages)
    return st.sampled_from([w for lang in chosen for w in _VOCAB[lang]])


def node_texts(document: Document) -> tuple[str, ...]:
    """The clean text of every field, paragraph, table, question, clause and item, in
    order."""
    out: list[str] = []

    def item(node: BulletItem) -> None:
        out.append(node.text)
        for child in node.children:
            item(child)

    def block(node: Block) -> None:
        if isinstance(node, (Paragraph, Table)):
            out.append(node.text)
        elif isinstance(node, BulletList):
            for entry in node.items:
                item(entry)
        else:
            out.append(node.text)
            for child in node.body:
                block(child)

    if document.front_matter is not None:
        for front in document.front_matter.blocks:
            if isinstance(front, Field):
                out.append(front.value)
            elif isinstance(front, Paragraph):
                out.append(front.text)
    for node in document.body:
        block(node)
    for question in document.questions:
        out.append(question.title)
        for node in question.body:
            block(node)
    return tuple(out)


# -- flattened text ------------------------------------------------------------------------
#
# :func:`documents` builds trees line by line, each physical line one row it lays out
# and checks against the layout rules; it never writes a flattened line.  The segments
# of a flattened line are made from the whole line at once (a clause is cut only when
# the next of its sequence follows, running headers are found by repetition), so
# building them node by node would mean a second cutter.  :func:`flattened_texts`
# draws flattened text instead, with the structure it was written with.


@dataclass(frozen=True)
class FlattenedText:
    """A submission flattened onto one line, and what it was written with."""

    text: str  #: The text: a flattened line (perhaps after a cover line) and its end.
    fields: tuple[str, ...]  #: The names of the front matter's fields, in order.
    questions: tuple[str, ...]  #: The numbers of the question headings, in order.
    #: The clause markers under each question, in order.
    clauses: tuple[tuple[str, ...], ...]
    contact: bool  #: Whether a "Contact:" field closes it.


_FLAT_FIELDS: tuple[tuple[str, str], ...] = (
    ("Submitted by", "Example Institute for Digital Policy"),
    ("Date", "5 December 2016"),
    ("Email", "policy@example.org"),
)
_FLAT_HEADINGS: tuple[str, ...] = ("{n}.", "{n})", "Question {n}:", "Q{n}.")
_FLAT_CLAUSES: tuple[str, ...] = ("({k})", "{n}.{k}", "{a})", "({a})")
_FLAT_WORDINGS: tuple[str, ...] = (
    "What are the high level characteristics of enhanced cooperation?",
    "Taking into consideration the work of the previous WGEC and the Tunis Agenda, "
    "particularly paragraphs 69-71, what kind of recommendations should we consider?",
)


@st.composite
def _flat_sentence(draw: st.DrawFn) -> str:
    """A sentence of safe English words, starting in upper case, ending with a stop."""
    count = draw(st.integers(6, 14))
    chosen = [draw(st.sampled_from(_VOCAB["en"])) for _ in range(count)]
    first = chosen[0]
    chosen[0] = first[:1].upper() + first[1:]
    return " ".join(chosen) + draw(st.sampled_from((".", ".", ";")))


@st.composite
def _flattened_texts(draw: st.DrawFn) -> FlattenedText:
    sentence = _flat_sentence()
    pieces = ["Input of the Example Institute."]
    fields = draw(st.lists(st.sampled_from(_FLAT_FIELDS), max_size=3, unique=True))
    pieces += [f"{name}: {value}" for name, value in fields]
    numbers = draw(st.sampled_from((("1",), ("2",), ("1", "2"))))
    style = draw(st.sampled_from(_FLAT_HEADINGS))
    clauses: list[tuple[str, ...]] = []
    for n in numbers:
        pieces.append(style.format(n=n) + " " + _FLAT_WORDINGS[int(n) - 1])
        pieces += draw(st.lists(sentence, min_size=2, max_size=3))
        count = draw(st.sampled_from((0, 2, 3, 4)))
        shape = draw(st.sampled_from(_FLAT_CLAUSES))
        markers = tuple(shape.format(n=n, k=k, a="abcd"[k - 1]) for k in range(1, count + 1))
        for marker in markers:
            pieces.append(marker + " " + draw(sentence))
        clauses.append(markers)
    contact = draw(st.booleans())
    if contact:
        pieces.append("Contact: Jane Doe, jane.doe@example.org")
    if draw(st.booleans()):  # a page number between two pieces after the first heading
        at = draw(st.integers(1 + len(fields) + 1, len(pieces)))
        pieces.insert(at, "Page 1 of 2")
    gaps = [draw(st.sampled_from((" ", " ", "  "))) for _ in pieces]
    line = "".join(gap + piece for gap, piece in zip(gaps, pieces, strict=True)).lstrip()
    assume(is_flattened(line))
    eol = draw(st.sampled_from(("\n", "\r\n", "")))
    cover = draw(st.sampled_from(("", "Example Institute" + eol + eol))) if eol else ""
    return FlattenedText(
        cover + line + eol,
        tuple(name for name, _ in fields),
        numbers,
        tuple(clauses),
        contact,
    )


def flattened_texts() -> st.SearchStrategy[FlattenedText]:
    """Submissions flattened onto one line: a cover sentence, memo fields, numbered or
    keyword headings that ask the guiding questions, answers with clause sequences
    (``(1)``, ``2.1``, ``a)``, ``(a)``), a page number and a contact field, all on one
    line, with what each was written with (see :class:`FlattenedText`)."""
    return _flattened_texts()
