"""The context rules: what each line is, decided in order, first rule wins.

:mod:`wgec_parse.markers` says what a line could be from its own text; the rules here
decide what it is from its context.  There are two ordered tables, one for the front
matter (:data:`FRONT_RULES`) and one for the body (:data:`BODY_RULES`): for each line,
the first rule of its table that returns a :class:`~wgec_parse.roles.base.Decision`
decides.  A rule placed before another may interrupt it: a numbered heading interrupts
an open paragraph, but noise interrupts nothing (it sits inside the open block).  A
rule may name the kinds of line it looks at, and whether it looks only at lines that
can only start a block (:data:`~wgec_parse.roles.base.FRESH`: a break before them, or
no block open) or only at lines that can continue one
(:data:`~wgec_parse.roles.base.RUNNING`); it is not asked about others.  Before the
rules run, :data:`BREAK_EXCEPTIONS` may say that the blank lines before a line do not
break the open block.

Adding a rule: a function in the module of its family, a line in its table at the
place that says what it may interrupt, a fixture under ``fixtures/styles/``; the table
in ``docs/format.md`` ("How text is read") is checked against these tables.
"""

from __future__ import annotations

from typing import Final

from wgec_parse.markers import Kind
from wgec_parse.roles import blocks, breaks, front, headings
from wgec_parse.roles.base import (
    FRESH,
    RUNNING,
    Current,
    Decision,
    Reading,
    Role,
    Rule,
    RuleFunction,
)

__all__ = [
    "BODY_RULES",
    "BREAK_EXCEPTIONS",
    "FRESH",
    "FRONT_RULES",
    "RUNNING",
    "Current",
    "Decision",
    "Reading",
    "Role",
    "Rule",
    "decide",
    "rule_table",
]

#: A footnote at a page's foot, read as noise in the front matter and the body alike.
_FOOTNOTE: Final = Rule(
    "footnote",
    blocks.footnote,
    frozenset({Kind.TEXT, Kind.NUMBER, Kind.DASHNUM, Kind.BULLET, Kind.LETTER}),
)

#: A running header printed once between the halves of a cut sentence, noise alike.
_CUT_SENTENCE_HEADER: Final = Rule(
    "header_in_a_cut_sentence", blocks.header_in_a_cut_sentence, frozenset({Kind.TEXT})
)

#: The rules of the front matter (see :func:`~wgec_parse.roles.front.in_front`) and of
#: the closing after the last answer, in the order they are tried.
FRONT_RULES: Final = (
    Rule("contents_entry", front.contents_entry),
    Rule("noise", blocks.noise, frozenset({Kind.NOISE})),
    _FOOTNOTE,
    _CUT_SENTENCE_HEADER,
    Rule("quoted", blocks.quoted, frozenset({Kind.QUOTE})),
    Rule("cover_table", front.cover_table, frozenset({Kind.TEXT})),
    Rule("salutation", front.salutation, frozenset({Kind.FIELD})),
    Rule("front_field", front.front_field, frozenset({Kind.FIELD})),
    Rule("cover_line_stands_alone", front.cover_line_stands_alone),
    Rule(
        "dateline_ends_a_field",
        front.dateline_ends_a_field,
        frozenset({Kind.TEXT}),
        RUNNING,
        frozenset({"TEXT_DATELINE"}),
    ),
    Rule("field_value_stands_alone", front.field_value_stands_alone, None, RUNNING),
    Rule("field_value_ends_its_sentence", front.field_value_ends_its_sentence, None, RUNNING),
    Rule("field_value_is_an_address", front.field_value_is_an_address, None, RUNNING),
    Rule("field_value_meets_a_sentence", front.field_value_meets_a_sentence, None, RUNNING),
    Rule("front_continuation", front.front_continuation, None, RUNNING),
    Rule("front_cover", front.front_cover),
)

#: The rules of the body, in the order they are tried.
BODY_RULES: Final = (
    _FOOTNOTE,
    _CUT_SENTENCE_HEADER,
    Rule("sign_off", blocks.sign_off, frozenset({Kind.SIGNOFF})),
    Rule("reply_attribution", blocks.reply_attribution),
    Rule("quoted", blocks.quoted, frozenset({Kind.QUOTE})),
    Rule("table_row", blocks.table_row, frozenset({Kind.TEXT}), None, blocks.TABLE_ROWS),
    Rule("contact_opens_closing", blocks.contact_opens_closing, frozenset({Kind.FIELD, Kind.TEXT})),
    Rule("copyright_closes", blocks.copyright_closes, frozenset({Kind.TEXT, Kind.LETTER})),
    Rule(
        "form_row_closes",
        blocks.form_row_closes,
        frozenset({Kind.FIELD, Kind.TEXT, Kind.QKEY, Kind.NUMBER}),
    ),
    Rule("courtesy_close", blocks.courtesy_close, frozenset({Kind.TEXT}), None, blocks.COURTESY),
    Rule("courtesy_close_below", blocks.courtesy_close_below, frozenset({Kind.TEXT})),
    Rule(
        "back_matter_close",
        blocks.back_matter_close,
        frozenset({Kind.TEXT}),
        None,
        blocks.BACK_MATTER,
    ),
    Rule("endnote_closes", blocks.endnote_closes, frozenset({Kind.NUMBER})),
    Rule(
        "conclusion_closes",
        blocks.conclusion_closes,
        frozenset({Kind.NUMBER, Kind.DASHNUM, Kind.DOTTED}),
    ),
    Rule(
        "thanks_closes",
        blocks.thanks_closes,
        frozenset({Kind.TEXT}),
        None,
        blocks.CLOSING_OPENINGS,
    ),
    Rule(
        "thanks_over_two_lines_closes",
        blocks.thanks_over_two_lines_closes,
        frozenset({Kind.TEXT}),
    ),
    Rule(
        "signature_block",
        blocks.signature_block,
        frozenset({Kind.TEXT, Kind.FIELD, Kind.LETTER, Kind.DASHNUM}),
    ),
    Rule(
        "signature_under_a_rule",
        blocks.signature_under_a_rule,
        frozenset({Kind.TEXT, Kind.FIELD, Kind.LETTER, Kind.DASHNUM}),
    ),
    Rule("dash_byline_closes", blocks.dash_byline_closes, frozenset({Kind.BULLET})),
    Rule("styled_heading", headings.styled_heading, frozenset({Kind.TEXT, Kind.FIELD})),
    Rule("coded_heading", headings.coded_heading, frozenset({Kind.FIELD})),
    Rule("topic_label_heading", headings.topic_label_heading, frozenset({Kind.FIELD})),
    Rule("asked_wording_heading", headings.asked_wording_heading, frozenset({Kind.TEXT})),
    Rule("asked_topic_heading", headings.asked_topic_heading, frozenset({Kind.TEXT})),
    Rule("answer_named_heading", headings.answer_named_heading, frozenset({Kind.TEXT}), FRESH),
    Rule("title_bracket_runs_on", headings.title_bracket_runs_on),
    Rule("heading_note", headings.heading_note, frozenset({Kind.TEXT})),
    Rule("lost_glyph_sibling", blocks.lost_glyph_sibling, frozenset({Kind.TEXT})),
    Rule(
        "topic_after_page_furniture",
        headings.topic_after_page_furniture,
        frozenset({Kind.TEXT}),
        RUNNING,
    ),
    Rule(
        "double_spaced_topic_heading",
        headings.double_spaced_topic_heading,
        frozenset({Kind.TEXT}),
        RUNNING,
    ),
    Rule(
        "unspaced_topic_heading",
        headings.unspaced_topic_heading,
        frozenset({Kind.TEXT}),
        RUNNING,
    ),
    Rule("running_text", blocks.running_text, frozenset({Kind.TEXT}), RUNNING),
    Rule("noise", blocks.noise, frozenset({Kind.NOISE})),
    Rule(
        "number_runs_on",
        blocks.number_runs_on,
        frozenset({Kind.DOTTED, Kind.NUMBER}),
        RUNNING,
        blocks.DECIMAL_NUMBERS,
    ),
    Rule(
        "number_opens_sentence",
        blocks.number_opens_sentence,
        frozenset({Kind.DOTTED}),
        None,
        frozenset({"DOTTED", "DOTTED_HYPHEN"}),
    ),
    Rule(
        "cited_number_ends_its_sentence",
        blocks.cited_number_ends_its_sentence,
        frozenset({Kind.NUMBER}),
        RUNNING,
        frozenset({"NUMBER_DOT"}),
    ),
    Rule(
        "outline_topic_heading",
        headings.outline_topic_heading,
        frozenset({Kind.NUMBER, Kind.DASHNUM, Kind.LETTER}),
    ),
    Rule("clause_number_continues", headings.clause_number_continues, frozenset({Kind.NUMBER})),
    Rule("numbered_heading", headings.numbered_heading, frozenset({Kind.NUMBER, Kind.DASHNUM})),
    Rule(
        "lettered_topic_heading",
        headings.lettered_topic_heading,
        frozenset({Kind.LETTER}),
        None,
        headings.TOPIC_LETTERS,
    ),
    Rule(
        "heading_number_continues",
        headings.heading_number_continues,
        frozenset({Kind.NUMBER, Kind.DASHNUM, Kind.LETTER}),
        FRESH,
    ),
    Rule("keyword_heading", headings.keyword_heading, frozenset({Kind.QKEY})),
    Rule("section_letter_clause", blocks.section_letter_clause, frozenset({Kind.DASHNUM})),
    Rule(
        "dash_number_clause",
        blocks.dash_number_clause,
        frozenset({Kind.DASHNUM}),
        None,
        frozenset({"DASHNUM_DASH"}),
    ),
    Rule(
        "city_after_its_abbreviation",
        blocks.city_after_its_abbreviation,
        frozenset({Kind.LETTER}),
        None,
        frozenset({"LETTER_CYRILLIC"}),
    ),
    Rule(
        "lettered_number_clause",
        blocks.lettered_number_clause,
        frozenset({Kind.DASHNUM}),
        None,
        frozenset({"DASHNUM_LETTERED"}),
    ),
    Rule(
        "numbered_clause",
        blocks.numbered_clause,
        frozenset({Kind.NUMBER, Kind.DOTTED, Kind.LETTER}),
    ),
    Rule("bullet_heading", headings.bullet_heading, frozenset({Kind.BULLET}), FRESH),
    Rule("bullet", blocks.bullet, frozenset({Kind.BULLET})),
    Rule("wording_under_its_topic_heading", headings.wording_under_its_topic_heading, None, FRESH),
    Rule("wording_heading", headings.wording_heading, None, FRESH),
    Rule("referenced_heading", headings.referenced_heading, frozenset({Kind.TEXT}), FRESH),
    Rule("topic_heading", headings.topic_heading, frozenset({Kind.TEXT, Kind.FIELD}), FRESH),
    Rule("hanging_continuation", blocks.hanging_continuation, None, RUNNING),
    Rule(
        "item_goes_on_over_a_page", blocks.item_goes_on_over_a_page, frozenset({Kind.TEXT}), FRESH
    ),
    Rule("lost_glyph", blocks.lost_glyph),
    Rule("continuation", blocks.continuation, None, RUNNING),
    Rule("paragraph", blocks.paragraph),
)

#: Blank lines that do not break the open block, whatever the layout says.
BREAK_EXCEPTIONS: Final = (
    ("label_value_follows", breaks.label_value_follows),
    ("title_follows_bare_heading", breaks.title_follows_bare_heading),
)


#: A rule chain's key: the line's kind, its terminal ("" for plain text), and whether it
#: is fresh.
_ChainKey = tuple[str, str, bool]


class _Chains(dict[_ChainKey, tuple[RuleFunction, ...]]):
    """For each kind of line, terminal, fresh or running, the rules of a table that look
    at it, in order; each chain is worked out on first use."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        super().__init__()
        self.rules = rules

    def __missing__(self, key: _ChainKey) -> tuple[RuleFunction, ...]:
        kind, terminal, fresh = key
        chain = tuple(rule.decide for rule in self.rules if rule.applies(kind, fresh, terminal))
        self[key] = chain
        return chain


_FRONT: Final = _Chains(FRONT_RULES)
_BODY: Final = _Chains(BODY_RULES)


def rule_table() -> str:
    """The rule tables as a Markdown table: table, rule, kinds (fresh: after a break or
    with no block open; running: in an open block, no break before), what it decides."""
    rows = ["| table | rule | kinds of line | what it decides |", "| --- | --- | --- | --- |"]
    for table, rules in (("front", FRONT_RULES), ("body", BODY_RULES)):
        for rule in rules:
            kinds = ", ".join(sorted(rule.kinds)) if rule.kinds is not None else "any"
            if rule.terminals is not None:
                kinds += ": " + ", ".join(f"`{t}`" for t in sorted(rule.terminals))
            if rule.context is not None:
                kinds += f" ({rule.context})"
            doc = " ".join((rule.decide.__doc__ or "").split())
            rows.append(f"| {table} | `{rule.name}` | {kinds} | {doc} |")
    for name, reads_through in BREAK_EXCEPTIONS:
        doc = " ".join((reads_through.__doc__ or "").split())
        rows.append(f"| breaks | `{name}` | any but noise | {doc} |")
    return "\n".join(rows) + "\n"


def decide(reading: Reading, line: Current) -> Decision:
    """What ``line`` is: the decision of the first rule that makes one."""
    if line.brk and line.parts.kind != Kind.NOISE:
        for _, reads_through in BREAK_EXCEPTIONS:
            if reads_through(reading, line):
                line.brk = False
                break
    table = _FRONT if reading.in_closing or front.in_front(reading, line) else _BODY
    parts = line.parts
    for rule in table[parts.kind, parts.terminal, line.brk or not reading.group_open]:
        decision = rule(reading, line)
        if decision is not None:
            return decision
    raise AssertionError("every chain ends with a rule that decides")  # pragma: no cover
