"""Clauses, bullets, paragraphs and the lines that continue them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import Final

from wgec_parse.dates import DATE_ALONE
from wgec_parse.folding import TITLE_JOINS, fold, starts_unspaced
from wgec_parse.layout import SENTENCE_END, may_go_on
from wgec_parse.lazyre import LazyPattern
from wgec_parse.markers import Kind, LineParts, classify, match_terminal
from wgec_parse.nesting import clause_style, is_font_glyph
from wgec_parse.nodes import Line, LineLike
from wgec_parse.numbering import MARKER_STOPS, roman_to_int
from wgec_parse.questions import FORM_OWN_ROWS, match_subject, match_topic
from wgec_parse.roles.base import CONTINUES, LAST_LINE, Current, Decision, Reading, Role
from wgec_parse.roles.headings import (
    LEADS,
    RELATED_POSTS_LABELS,
    TAIL_STARTS,
    TITLE_MAX_LINES,
    continues_the_points,
    ends_title,
    heading_follows,
    opens_chinese_paragraph,
    stands_as_a_lost_glyph,
)
from wgec_parse.submitters import (
    ABOUT_LABELS,
    AUTHOR_LABELS,
    CONTACT_LABELS,
    INLINE_CONTACT,
    is_organisation_name,
    labelled,
    names_a_contact,
    names_a_mission,
    opens_with_title,
    says_who_wrote,
    signed_by_a_person,
    signed_with_initials,
    signed_with_title,
    signs_for,
)

__all__ = [
    "attributes_a_reply",
    "bullet",
    "cited_number_ends_its_sentence",
    "closing_signature",
    "contact_opens_closing",
    "continuation",
    "courtesy_close",
    "courtesy_close_below",
    "dash_byline_closes",
    "footnote",
    "form_row_closes",
    "hanging_continuation",
    "leads_on",
    "lost_glyph",
    "lost_glyph_sibling",
    "noise",
    "number_opens_sentence",
    "number_runs_on",
    "numbered_clause",
    "paragraph",
    "quoted",
    "reply_attribution",
    "running_text",
    "sign_off",
    "signature_block",
    "signature_start",
    "table_row",
    "thanks_closes",
    "thanks_over_two_lines_closes",
]


def noise(reading: Reading, line: Current) -> Decision | None:
    """Page furniture, URLs, rules and running headers belong to no structure: they sit
    among the lines of the open block without splitting it."""
    return _NOISE if line.parts.kind == Kind.NOISE else None


def quoted(reading: Reading, line: Current) -> Decision | None:
    """A line of a quoted e-mail ("> ...") is no part of an answer: noise inside the
    open block."""
    return _QUOTED


def footnote(reading: Reading, line: Current) -> Decision | None:
    """A footnote at the foot of a page, after a separator rule ("__________") and up to
    the page's end, opening with its number or sign ("1 Tunis Agenda ...", "² Ibid.",
    "* Source : ...", three lines at most each), or, without a rule, one note between a
    sentence that breaks off at the page's foot and the page's number, the sentence
    going on in lower case on the next page, is no part of the answer the page cut
    through: noise inside the open block."""
    return _NOISE if line.index in reading.footnotes else None


def endnote_closes(reading: Reading, line: Current) -> Decision | None:
    """After the last answer's points in another numbering, a note opened by "[1]" that
    no "[2]" follows and after which no point, heading or answer comes ("3.4 ..." then
    "[1] Example survey of ministries, 2016, eleven responses." over the place and date
    and the signature) is the text's endnote, not a point of the answer: it starts the
    closing."""
    parts = line.parts
    if parts.terminal != "NUMBER_SQUARE_BARE" or parts.marker != "[1]" or not line.brk:
        return None
    if not reading.questions_read or reading.group_type != Role.CLAUSE:
        return None
    lines = reading.lines
    for later in lines[line.index + 1 :]:
        if later is not None and (later.kind in _POINT_OR_HEADING_KINDS or later.marker == "[2]"):
            return None
    return _CLOSING_TEXT


#: The kinds of line that, after a note, show the answer going on.
_POINT_OR_HEADING_KINDS: Final = frozenset(
    (Kind.NUMBER, Kind.DOTTED, Kind.DASHNUM, Kind.LETTER, Kind.BULLET, Kind.QKEY)
)


def header_in_a_cut_sentence(reading: Reading, line: Current) -> Decision | None:
    """A short line alone at a page's top, right after the page's number, between a
    sentence that breaks off at the page's foot and its end going on in lower case on
    the next page ("... ежегодно" / "1" / "КРСИ РК – к консультации РГРС-2" /
    "представлять доклады ..."), is the page's running header printed once: noise
    inside the open block."""
    return _NOISE if line.index in reading.cut_sentence_headers else None


#: The terminals of a line of a table's shape: a row, or the delimiter row.
TABLE_ROWS: Final = frozenset(("TEXT_TABLE_ROW", "TEXT_TABLE_RULE"))
#: The most blank lines between two rows of one table.
TABLE_SPACING_MAX: Final = 1
#: The blocks a table's rows make.
_TABLES: Final = frozenset((Role.TABLE, Role.COVER_TABLE))


def table_row(reading: Reading, line: Current) -> Decision | None:
    """A line of a table's shape (one that opens with a vertical bar after its indent,
    the TEXT_TABLE_ROW terminal; or a delimiter row of hyphens between bars,
    TEXT_TABLE_RULE) is a row of a table when two such lines or more stand in a run:
    one under another, or one blank line apart, as text written one paragraph per line
    (the Word reader's rows) has them; the spacing between a table's first two rows
    holds between the rest.  The first row of a run opens the table, closing the open
    paragraph, and the open lists unless it is indented under the open item's text (the
    table is then that item's); the next rows continue it.  A line of that shape alone,
    and a line that merely holds a bar (a page footer "Page 2", bar, "Report"; a bar in
    a sentence), stay text."""
    if line.parts.terminal not in TABLE_ROWS:
        return None
    i = line.index
    if reading.group_type in _TABLES and reading.blanks_before(i) == reading.table_spacing:
        return _ROW
    lines = reading.lines
    after = reading.next_content(i)
    if after >= len(lines) or after - i - 1 > TABLE_SPACING_MAX:
        return None
    parts = lines[after]
    if parts is None or parts.terminal not in TABLE_ROWS:
        return None
    reading.table_spacing = after - i - 1
    return _TABLE


def sign_off(reading: Reading, line: Current) -> Decision | None:
    """A sign-off ("Best regards,", "Sent from my iPhone", the "-- " before an e-mail
    signature) after an answer starts the closing: it and every line after it are the
    document's closing, read as front matter is (fields and paragraphs)."""
    return _CLOSING if reading.questions_read else None


def reply_attribution(reading: Reading, line: Current) -> Decision | None:
    """After an answer, the line an e-mail's reply writes over the message it quotes, its
    date and its sender ("On Mon, Dec 5, 2016 at 10:04 AM, CSTD Secretariat <...>
    wrote:", "Le 05/12/2016 à 10:04, Secrétariat de la CSTD a écrit :", "El lun., 5 dic.
    2016, X escribió:", "5 дек. 2016 г., в 10:04, X написал(а):", "在 2016年12月5日 ...，X
    写道："), starts the closing, as a sign-off does, as a paragraph (its colons make no
    field): the message replied to is no answer's."""
    if not reading.questions_read:
        return None
    # Tried on every line of an answer: the line's own text tells most of them apart
    # before the whole line is put together.
    if not (line.parts.text or line.plain).endswith((":", "：")):
        return None
    return _CLOSING_TEXT if attributes_a_reply(line.plain) else None


def attributes_a_reply(text: str) -> bool:
    """Whether a line is a reply's attribution line (:func:`reply_attribution`)."""
    if not text.endswith((":", "：")) or len(text) > _ATTRIBUTION_MAX:
        return False
    return _REPLY_ATTRIBUTION.fullmatch(text) is not None


#: A reply's attribution line: the time the message replied to was sent, or its
#: sender's address, then the word for "wrote" before a colon at the end (not "As the
#: Agenda of 2005 wrote:", which leads into a quotation).
_REPLY_ATTRIBUTION: Final = LazyPattern(
    r"(?=.{0,200}?(?:\d[:h]\d\d|@)).{4,240}?[ \u00a0](?:wrote|a[ \u00a0]écrit|escribió"
    r"|escreveu|schrieb|написала?|написал\(а\)|كتب)[ \u00a0]?:|在.{4,120}?写道[:：]"
    # "في الأربعاء، 30 نوفمبر 2016 في 10:00 ص، كتب X <x@example.org>:": "wrote" first
    r"|(?=.{0,200}?(?:\d[:h]\d\d|@)).{4,160}?[،,][ \u00a0]?كتب[ \u00a0].{2,120}?:"
)
#: The longest attribution line read.
_ATTRIBUTION_MAX: Final = 250


#: The labels of the fields that close an official letter, folded: its enclosures, the
#: official who drafted it, its copies ("Приложение: без приложения.", "Исп.: ...",
#: "Copia:", "Enclosure:", "抄送："); not a form's attachment ("Pièce jointe", "Adjunto"),
#: whose row is no letter's.
LETTER_TAIL_LABELS: Final = frozenset(
    fold(label)
    for label in (
        "Enclosure", "Enclosures", "Encl.", "cc", "c.c.", "Copy", "Copies", "Copie",
        "Copia", "Copias", "Ampliation", "Ampliations", "Приложение", "Приложения",
        "Исполнитель", "Исп.", "Копия", "نسخة", "抄送", "抄报",
    )
)  # fmt: skip


#: The labels of an e-mail's confidentiality notice or disclaimer under the message,
#: folded ("CONFIDENTIALITY NOTICE: This message ...", "Avis de confidentialité :").
NOTICE_LABELS: Final = frozenset(
    fold(label)
    for label in (
        "Confidentiality notice", "Confidentiality", "Disclaimer", "Legal notice",
        "Avis de confidentialité", "Confidentialité", "Avertissement",
        "Aviso de confidencialidad", "Confidencialidad", "Aviso legal",
        "Уведомление о конфиденциальности", "Конфиденциальность", "إشعار السرية",
        "إخلاء المسؤولية", "保密声明", "免责声明",
    )
)  # fmt: skip


#: The labels of a web page's tags, keywords, categories and sharing buttons after an
#: article, folded: the page around the submission, not part of its last answer.
WEB_TAIL_LABELS: Final = frozenset(
    fold(label)
    for label in (
        "Tags", "Share", "Share this", "Etiquetas", "Compartir", "Étiquettes", "Mots-clés",
        "Partager", "Теги", "Метки", "Поделиться", "الوسوم", "شارك", "标签", "分享到", "分享",
        "Share on", "Share this post", "Compártelo", "Comparte", "Compartir en", "Partagez",
        "Partager sur", "Поделитесь", "Share it", "Partagez-le", "Поделитесь ей",
        "Keywords", "Key words", "Mots clés", "Palabras clave", "Ключевые слова",
        "الكلمات المفتاحية", "关键词", "关键字",
        # the categories a blog files its post under
        "Filed under", "Posted in", "Categories", "Category", "Catégories", "Classé dans",
        "Categorías", "Archivado en", "Рубрики", "Рубрика", "التصنيفات", "分类",
        # the links to its other posts
        *RELATED_POSTS_LABELS,
        "Related reading", "Articles similaires", "Articles connexes", "Entradas relacionadas",
        "Artículos relacionados", "Похожие записи", "مقالات ذات صلة", "相关新闻",
    )
)  # fmt: skip
#: The labels of the fields that may follow a signature: a letter's tail, a contact, or
#: a web page's tags and sharing line (a blog post signed by its writer).
_TAIL_LABELS: Final = LETTER_TAIL_LABELS | CONTACT_LABELS | WEB_TAIL_LABELS | NOTICE_LABELS


def contact_opens_closing(reading: Reading, line: Current) -> Decision | None:
    """After an answer, and with no question heading after it, a contact field
    ("Contact:", "Personne de contact :", "联系人："), a field with no value that says for
    whom the signature under it signs ("For the Association:", :func:`_signs_for`) or
    says that it is signed ("Signed:", "Firmado:", "Подпись:"), a field that closes an
    official
    letter ("Приложение:", "Copia:", "Enclosure:": :data:`LETTER_TAIL_LABELS`), an
    e-mail's notice ("CONFIDENTIALITY NOTICE: ...": :data:`NOTICE_LABELS`), a field
    whose value is an e-mail address alone, where to write ("Questions about this
    submission: policy@example.net"), a note about the writers ("About the authors:":
    :data:`~wgec_parse.submitters.ABOUT_LABELS`, or such a title alone on its line,
    "About the Centre", or a sentence that says who prepared the text,
    "This submission was prepared by the X Policy Team.", "Issued by the Department of
    X.", or, as the text's last line, what the body is with a contact's address in it,
    "X is an independent non-profit. Contact: info@example.org", or who its writer is, "A.
    Example is a senior fellow at the X Forum.", or which body approved it, "Approved
    by the Board of the Association."), a short sentence that asks
    the reader to write to an e-mail address ("For questions about this submission,
    please write to policy@example.org."), a web
    page's tags or sharing buttons ("Tags:", "Etiquetas:", "الوسوم:":
    :data:`WEB_TAIL_LABELS`), a web article's credit in brackets
    ("（联盟秘书处供稿，责任编辑：韩雪）"), a paper's byline ("Authors: Dr. A. Example and B.
    Example", "Auteurs :", "Авторы:": :data:`~wgec_parse.submitters.AUTHOR_LABELS`) or a
    line that says who submitted the document ("Submitted by the Permanent Mission of
    X.") starts the closing."""
    if not reading.questions_read:
        return None
    # Where the line stands is looked at before its words: most lines of an answer run
    # on from a sentence not yet ended.
    if not _opens_after_a_block(reading, line):
        return None
    parts = line.parts
    if parts.terminal == "FIELD_RUN_ON":  # "Submitted by the Permanent Mission of X."
        named = True
    elif parts.kind == Kind.FIELD:
        label = _label(parts)
        named = (
            label in CONTACT_LABELS
            or names_a_contact(label)
            or label in LETTER_TAIL_LABELS
            or label in WEB_TAIL_LABELS
            or label in NOTICE_LABELS
            or label in AUTHOR_LABELS
            or label.startswith(ABOUT_LABELS)
            # "Questions about this submission: policy@example.net": where to write
            or _ADDRESS_ALONE.fullmatch(parts.text) is not None
            or _signs_for(parts, label)
            or (not parts.text and label in _SIGNED_LABELS)  # "Signed:" over the signer
        )
    else:
        named = (
            labelled(parts.text) is not None
            or _EDITOR_CREDIT.fullmatch(parts.text) is not None
            or _about_title(reading, parts.text)
            or _PREPARED_BY.match(parts.text) is not None
            or _approved_by(parts.text)
            or says_who_wrote(parts.text)
            or _writes_to(parts.text)
            or _contact_at_end(reading, line)
            or _asks_to_share(parts.text)
        )
    if not named:
        return None
    return None if heading_follows(reading, line.index) else _CLOSING


#: A short question, then a label and its colon: "¿Te gustó este artículo? Compártelo:",
#: "Enjoyed this post? Share it:".
_ASKED_LABEL: Final = LazyPattern(r"[^?？]{1,60}[?？][ \u00a0]+([^:：?？]{1,30}?)[ \u00a0]?[:：]")


def _asks_to_share(text: str) -> bool:
    """Whether a line asks whether the reader liked the page, then opens a sharing
    label (:data:`WEB_TAIL_LABELS`): a web page's tail after the article."""
    m = _ASKED_LABEL.match(text)
    return m is not None and fold(m.group(1)) in WEB_TAIL_LABELS


def copyright_closes(reading: Reading, line: Current) -> Decision | None:
    """A copyright notice after the answers ("© 2016 Example Alliance", "(c) 2017
    Example Group. All rights reserved.", "Copyright 2016 ...", "版权所有 © 2016 ...")
    starts the closing, unless its "(c)" goes on from a point "(b)" at an open level (a
    point that opens with a year), or a question heading follows."""
    if not reading.questions_read or not _opens_after_a_block(reading, line):
        return None
    parts = line.parts
    if parts.kind == Kind.LETTER:
        if parts.marker not in ("(c)", "(C)") or _YEAR_FIRST.match(parts.text) is None:
            return None
        if any(last in ("b", "B") for _, last in reading.clauses.levels):
            return None
    elif _COPYRIGHT.match(parts.text) is None:
        return None
    return None if heading_follows(reading, line.index) else _CLOSING_TEXT


#: A year that opens the rest of a line ("2016 Example Alliance").
_YEAR_FIRST: Final = LazyPattern(r"(?:19|20)\d\d\b")
#: The opening of a copyright notice: the sign, the word, or "版权所有" (all rights
#: reserved) before it.
_COPYRIGHT: Final = LazyPattern(r"©|(?i:copyright)[ \u00a0]+(?:©[ \u00a0]*)?(?:19|20)\d\d|版权所有")


def _contact_at_end(reading: Reading, line: Current) -> bool:
    """Whether the line is the text's last, short, and gives a contact's e-mail address
    after its label inside it ("X - независимая некоммерческая организация. Контакт:
    office@example.md", "The Forum is a network of ... Contact: info@example.org"): a
    note about the writers that closes the text."""
    if reading.next_content(line.index) < len(reading.lines):
        return False
    text = line.parts.text
    return len(text) <= _WRITE_TO_MAX_CHARS and INLINE_CONTACT.search(text) is not None


#: The labels alone on their line over a signature ("Signed:", "Signé :", "Firmado:",
#: "Подпись:", "التوقيع:", "签名："), folded.
_SIGNED_LABELS: Final = frozenset(
    fold(label)
    for label in (
        "Signed",
        "Signature",
        "Signé",
        "Signée",
        "Firmado",
        "Firmada",
        "Firma",
        "Подпись",
        "Подписано",
        "التوقيع",
        "签名",
        "签字",
    )
)


def _signs_for(parts: LineParts, label: str) -> bool:
    """Whether a field with no value says for whom the signature under it signs ("For
    the Association:", "On behalf of the Board:", "Pour le Collectif :", "En nombre de
    la Red:", "От имени Совета:", "عن الشبكة:"), or with the signer's name and title as
    its value ("For the Board: Ana Example, Policy Officer"): ``label`` is the folded
    label, of a few words."""
    return (
        (not parts.text or _signer_and_title(parts.text))
        and len(label.split()) <= _SIGNS_FOR_WORDS
        and _SIGNS_FOR.match(label) is not None
    )


#: The words that open a label saying for whom a signature signs (folded).
_SIGNS_FOR: Final = LazyPattern(
    r"(?:(?:for and )?on behalf of|for the|pour (?:le|la|l |les)|au nom d|en nombre d"
    r"|por (?:el|la|los|las)|от имени) "
    # "عن الشبكة:", "باسم الجمعية:" (for the network, in the name of the association)
    r"|(?:عن|باسم) ال"
)
#: ... and the most words such a label has.
_SIGNS_FOR_WORDS: Final = 8


def _approved_by(text: str) -> bool:
    """Whether a line alone says which body approved the text (:data:`_APPROVED_BY`):
    short, the body's name opening with a capital, one sentence at most."""
    m = _APPROVED_BY.match(text)
    return (
        m is not None
        and len(text) <= _APPROVED_BY_MAX
        and text[m.end() : m.end() + 1].isupper()
        and not any(mark in text[m.end() :].rstrip(".") for mark in ".;:")
    )


#: A web article's credit in brackets, who contributed it and who edited it
#: ("（联盟秘书处供稿，责任编辑：韩雪）", "(Source: X; editor: Y)").
_EDITOR_CREDIT: Final = LazyPattern(
    r"[（(][^（）()]{0,40}(?:责任编辑|供稿|(?i:editor|rédaction|редактор))[^（）()]{0,40}[）)]"
)
#: A note's title about the writers has at most this many words ("About the Centre").
_ABOUT_TITLE_WORDS: Final = 5


#: A sentence that says who prepared or approved the text: a note about the writers
#: ("This submission was prepared by ...", "Este aporte fue aprobado por la Junta
#: Directiva ...", "Cette contribution a été rédigée par ...", "Esta
#: aportación fue elaborada por ...", "Este documento fue preparado por ...", "Настоящий
#: документ подготовлен ...", "本答复由……负责起草"), or which office issued it ("Issued
#: by the Department of International Affairs, ...").
_PREPARED_BY: Final = LazyPattern(
    r"(?i:(?:this|the present) (?:submission|contribution|input|paper|note|response|document"
    r"|statement) (?:was|has been) (?:prepared|drafted|written|compiled|approved|adopted"
    r"|endorsed) by"
    r"|(?:cette|la présente) (?:contribution|note|réponse|soumission) a été (?:préparée"
    r"|rédigée|élaborée) par"
    r"|(?:esta|la presente) (?:contribución|aportación|respuesta|nota) (?:fue|ha sido)"
    r" (?:preparada|elaborada|redactada|aprobada|adoptada) por"
    r"|(?:este|el presente) (?:documento|aporte|texto|informe) (?:fue|ha sido)"
    r" (?:preparado|elaborado|redactado|aprobado|adoptado) por"
    r"|(?:настоящий|данный) (?:документ|материал|вклад) подготовлен)\b"
    # ... or a line that opens so, the writers' names capitalised after it ("Prepared
    # by Dr A. Example and B. Example for the Institute."), or the body's after the
    # words for its team ("Prepared by the policy team of the Example Centre.")
    r"|(?:Prepared|Drafted|Written|Compiled|Issued) by (?:the )?"
    r"(?:(?:[a-z]+ ){1,3}(?:of|at) (?:the )?)?(?=[A-ZÀ-ÖØ-Þ])"
    r"|(?:Préparée?|Rédigée?|Publiée?) par (?:le |la |l['’])?"
    r"(?:(?:[a-zà-ÿ]+ ){1,3}(?:du |de la |de l['’]|des |de ))?(?=[A-ZÀ-ÖØ-Þ])"
    r"|(?:Preparad[oa]|Elaborad[oa]|Emitid[oa]) por (?:el |la )?"
    r"(?:(?:[a-záéíóúñ]+ ){1,3}(?:del |de la |de los |de ))?(?=[A-ZÀ-ÖØ-Þ])"
    # ... or in Chinese: "本答复由委员会国际合作司负责起草。" (this response was drafted by ...)
    r"|本(?:答复|意见|文件|材料|报告|意见书|书面意见)由[^。，,]{2,40}?(?:负责)?"
    r"(?:起草|撰写|编写|拟定|编制|整理)"
)
#: A short line alone that says which body approved the text ("Approved by the Board of
#: the Association.", "Adoptée par le Conseil d'administration le 20 décembre 2016.",
#: "Aprobado por la Junta Directiva."), the body with a capital: a note after the
#: answers, not part of the last one.
_APPROVED_BY: Final = LazyPattern(
    r"(?:Approved|Adopted|Endorsed|Validated) by (?:the |its |our )?"
    r"|(?:Approuvée?|Adoptée?|Validée?) par (?:le |la |l['’]|les |notre |son |sa )?"
    r"|(?:Aprobad[oa]|Adoptad[oa]|Validad[oa]) por (?:el |la |los |las |nuestr[oa] |su )?"
)
#: The longest line :data:`_APPROVED_BY` reads.
_APPROVED_BY_MAX: Final = 90


def _writes_to(text: str) -> bool:
    """Whether ``text`` is a short sentence that asks the reader to write about the text,
    an e-mail address in it ("For questions about this submission, please write to
    policy@example.org.", "Pour toute question : contact@example.org", "По вопросам
    обращайтесь: info@example.ru"; not "Our members e-mail us at ...")."""
    return (
        "@" in text  # most lines hold no address: looked at before any pattern is tried
        and len(text) <= _WRITE_TO_MAX_CHARS  # a line of Chinese has no spaces to count
        and len(text.split()) <= _WRITE_TO_MAX_WORDS
        and _EMAIL.search(text) is not None
        and _WRITE_TO.search(text) is not None
    )


#: A sentence that says where to write has at most this many words, and characters.
_WRITE_TO_MAX_WORDS: Final = 30
_WRITE_TO_MAX_CHARS: Final = 240
_EMAIL: Final = LazyPattern(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: What asks the reader to write about the text: a request ("please", "veuillez", "por
#: favor", "просьба", "يرجى", "请"), a contact's label ("... organisation. Contact: Dr
#: A. Example, a@example.org"), or a purpose that opens the sentence ("For questions
#: ...", "Pour toute question ...", "Para cualquier consulta ...", "По вопросам ...",
#: "للاستفسار", "如有疑问"), or a passive that says where questions go ("Questions
#: about this response can be sent to ...", "... peuvent être adressées à ..."), or a
#: label that names them ("Comments or questions about this submission: ...", or asks
#: them: "Questions about this contribution? Write to ..."), or an
#: imperative to write ("Si desea apoyar nuestro trabajo, escríbanos a ...").
_WRITE_TO: Final = LazyPattern(
    r"(?i:\b(?:please|kindly|veuillez|merci de|por favor|favor de|sírvase|просьба|просим"
    r"|пожалуйста)\b|\b(?:contact|contacts|contacto|контакты|контактное лицо)[ \u00a0]?:"
    r"|\b(?:can|may|should) be (?:sent|addressed|directed|e-?mailed)\b"
    r"|^(?:comments|questions|queries|enquiries)(?: (?:or|and) (?:comments|questions|queries"
    r"|enquiries))? (?:about|on|regarding|concerning) (?:this|the|our) (?:submission"
    r"|contribution|input|paper|response|note)[ \u00a0]?[:?]"
    r"|\bpeu(?:ven)?t être (?:adressée?s?|envoyée?s?)\b|\bpued(?:e|en) (?:enviarse|dirigirse)\b"
    r"|\bможно (?:направ(?:ить|лять)|присылать|отправ(?:ить|лять))\b|يمكن (?:توجيه|إرسال)"
    r"|可(?:发送|发|寄)至"
    r"|\b(?:write to us|escr[íi]b[ae]nos|[ée]crivez-nous|напишите нам)\b"
    r"|^(?:for (?:any |further |more |all )?(?:questions|queries|enquiries|inquiries"
    r"|information|details)|pour (?:toute|toutes|plus d|tout renseignement|de plus amples)"
    r"|para (?:cualquier|mayor|más|toda|todas|consultas)|по (?:всем )?вопросам|за"
    r" (?:дополнительной )?информацией))|يرجى|للاستفسار|请|如有"
)


def _about_title(reading: Reading, text: str) -> bool:
    """Whether ``text`` is the title of a note about the writers, alone on its line
    ("About the Centre", "À propos de l'Observatoire", "О нас"): short, opening with
    one of :data:`~wgec_parse.submitters.ABOUT_LABELS`, not a sentence, and naming no
    question's topic or subject ("About the recommendations", "About enhanced
    cooperation" head answers)."""
    return (
        len(text.split()) <= _ABOUT_TITLE_WORDS
        and fold(text).startswith(ABOUT_LABELS)
        and not text.endswith(SENTENCE_END)
        and match_topic(text, reading.questions) is None
        and match_subject(text, reading.questions) is None
    )


def courtesy_close(reading: Reading, line: Current) -> Decision | None:
    """After an answer and a break, a paragraph that opens with the complimentary close
    of a diplomatic note ("Please accept, Excellency, the assurances ...", "The
    Permanent Mission of X avails itself of this opportunity ...", "Je vous prie
    d'agréer ...", "Aprovecho la oportunidad para reiterar ...", "وتغتنم البعثة ...":
    the line's terminal is TEXT_COURTESY) starts the closing, with the signature after it.
    Where the answer's last line ends a sentence, a break is not needed (see
    :func:`_after_sentence`)."""
    if line.parts.terminal not in COURTESY or not reading.questions_read:
        return None
    return _CLOSING if line.brk or _after_sentence(reading) else None


def courtesy_close_below(reading: Reading, line: Current) -> Decision | None:
    """After an answer and a break, a line that names a mission alone ("La Misión
    Permanente de X ante la Oficina de las Naciones Unidas en Ginebra") over the line
    that goes on with the complimentary close ("aprovecha la oportunidad para reiterar
    ...", "avails itself of this opportunity ...") starts the closing: the close of a
    diplomatic note, wrapped after its sender's name."""
    if not reading.questions_read or not (line.brk or _after_sentence(reading)):
        return None
    if not names_a_mission(line.parts.text):
        return None
    lines = reading.lines
    below = next((lines[k] for k in range(line.index + 1, len(lines)) if lines[k]), None)
    if below is None or _COURTESY_GOES_ON.match(below.marker + below.gap + below.text) is None:
        return None
    return _CLOSING


#: How a diplomatic note's complimentary close goes on after its sender's name.
_COURTESY_GOES_ON: Final = LazyPattern(
    r"(?i:avails itself|aprovecha (?:la|esta) (?:oportunidad|ocasi[óo]n)|saisit cette occasion"
    r"|se prévaut de cette occasion|пользуется (?:случаем|возможностью)|تغتنم)"
)


def back_matter_close(reading: Reading, line: Current) -> Decision | None:
    """After an answer and a break, the heading of a list of references or notes alone
    on its line ("References", "Bibliography", "Notes", "Références", "Список
    литературы", "المراجع", "参考文献": the line's terminal is TEXT_REFERENCES), or of a
    joint statement's signatories ("Signatories", "Signataires", "Firmantes",
    "Подписавшие организации", "الموقعون", "联署单位": TEXT_SIGNATORIES), starts the
    closing when no question heading follows: the list is the document's back matter,
    not part of the last answer."""
    if line.parts.terminal not in BACK_MATTER or not reading.questions_read or not line.brk:
        return None
    return None if heading_follows(reading, line.index) else _CLOSING


def _opens_after_a_block(reading: Reading, line: Current) -> bool:
    """Whether ``line`` may open a block: after a break, with no block open, or after a
    finished sentence (:func:`_after_sentence`)."""
    return line.brk or not reading.group_open or _after_sentence(reading)


def _after_sentence(reading: Reading) -> bool:
    """Whether the open block's last line ends a sentence ("." "!" "?" "。" ...): in
    double-spaced text one empty line is no break, and in text written one paragraph per
    line there is none, so a closing sentence, a contact line or a signature right
    after the last answer follows a finished sentence instead."""
    return reading.last_text().rstrip().endswith(SENTENCE_END)


#: A closing sentence stands this close to a sign-off or signature (non-blank lines).
THANKS_REACH: Final = 3
#: ... or this close to the end of the text.
THANKS_TAIL: Final = 10
#: The openings of a paragraph that may close a letter.
CLOSING_OPENINGS: Final = frozenset(
    ("TEXT_THANKS", "TEXT_LOOKING_FORWARD", "TEXT_DATELINE", "TEXT_DISCLAIMER", "TEXT_SIGNED_FOR")
)
#: The complimentary close of a diplomatic note.
COURTESY: Final = frozenset(("TEXT_COURTESY",))
#: The heading of the references, notes or signatories after the answers.
BACK_MATTER: Final = frozenset(("TEXT_REFERENCES", "TEXT_SIGNATORIES"))


#: The titles of a conclusion after the answers (folded): "Conclusions", "Closing
#: remarks", "Conclusion générale", "Observaciones finales", "Заключение", "الخاتمة", "结语".
_CONCLUSIONS: Final = frozenset(
    fold(title)
    for title in (
        "Conclusion", "Conclusions", "Concluding remarks", "Closing remarks",
        "Final remarks", "Conclusion générale", "Remarques finales", "Conclusión",
        "Conclusiones", "Observaciones finales", "Consideraciones finales", "Заключение",
        "Выводы", "Заключительные замечания", "الخاتمة", "خاتمة", "ملاحظات ختامية", "结语",
        "结论", "结束语",
    )
)  # fmt: skip
_CONCLUSION_CLOSES: Final = Decision(Role.CLOSING, demote=True)
#: The longest of those titles, with a stop after it.
_CONCLUSION_MAX: Final = 30


def conclusion_closes(reading: Reading, line: Current) -> Decision | None:
    """After an answer, a numbered section whose title is a conclusion's ("5.
    Conclusions", "III. CONCLUSION", "Section 4 – Closing remarks", "Часть 4.
    Заключение", "五、结语") starts the closing when no question heading follows, its
    number read as text: a position paper's conclusions follow its answers, they are not
    part of the last one."""
    text = line.parts.text
    if not reading.questions_read or len(text) > _CONCLUSION_MAX:
        return None  # most numbered lines are clauses, longer than any such title
    if fold(text).rstrip(" .:") not in _CONCLUSIONS or not (line.brk or _after_sentence(reading)):
        return None
    return None if heading_follows(reading, line.index) else _CONCLUSION_CLOSES


#: The longest label of a form's own row ("Any other comments or suggestions").
_FORM_ROW_LABEL_MAX: Final = 60


def form_row_closes(reading: Reading, line: Current) -> Decision | None:
    """After an answer, a form's own row, its label and a tab or a colon before the
    value: the invitation to add other comments ("Other comments<TAB>We thank the
    Secretariat ...", "Autres commentaires : ...", "其他意见：...") or the question of
    consent to publication ("I consent to the publication of my response<TAB>Yes"):
    :data:`~wgec_parse.questions.FORM_OWN_ROWS`; it starts the closing when no question
    heading follows, as the form's rows after its questions are no part of the last
    answer."""
    if not reading.questions_read or reading.group_type == Role.QUESTION:
        return None
    parts = line.parts
    if parts.kind == Kind.FIELD:
        label = parts.marker.rstrip(":：").rstrip()
    elif "\t" in parts.text:
        label = parts.text.split("\t", 1)[0].rstrip()
    else:
        return None
    if len(label) > _FORM_ROW_LABEL_MAX or not fold(label).startswith(FORM_OWN_ROWS):
        return None
    return None if heading_follows(reading, line.index) else _CLOSING


def thanks_closes(reading: Reading, line: Current) -> Decision | None:
    """After an answer and a break, a paragraph that opens with the sentence that closes a
    letter ("Thank you for considering our views.", "Nous restons à votre disposition
    ...", "Sin otro particular, ...", "以上意见……": the line's terminal is TEXT_THANKS;
    "Looking forward to working with the Group,", "Au plaisir d'échanger avec le
    Groupe,": TEXT_LOOKING_FORWARD), a place and date alone ("Lima, 14 de diciembre de
    2016.": TEXT_DATELINE), an e-mail's confidentiality notice ("This message and any
    attachment are intended solely for ...": TEXT_DISCLAIMER), or a signature run on
    from the words that say for whom it signs ("On behalf of the Example Steering Group,
    Jane Example, Chair": TEXT_SIGNED_FOR), starts the closing when no question heading
    follows and a sign-off comes within a few lines after it, or a web page's tags
    ("标签：...", after its related posts and newsletter lines) within ten, or the text
    ends, or an e-mail's tail starts ("Sent from my iPhone", "-----Original
    Message-----") or its signature's "-- " line, a few lines after it; otherwise it is
    part of the answer, as it is right under a heading ("Question 3: Other comments",
    then "We thank the Chair ..."), or over the answer's next point ("（四）" after "（三）"
    and its offer to share what the body knows)."""
    if line.parts.terminal not in CLOSING_OPENINGS:
        return None
    return _closing_sentence_opens(reading, line)


def thanks_over_two_lines_closes(reading: Reading, line: Current) -> Decision | None:
    """A closing sentence that wraps onto the next line (one blank line between, as
    pdftotext's doubled spacing leaves it) starts the closing as it would on one line
    (:func:`thanks_closes`): "Национальный офис ... готов к дальнейшему" over
    "сотрудничеству с Рабочей группой.", "We remain ready to continue" over "working
    with the Group."; the first line ends no sentence and the two, read as one, open
    with a letter's closing sentence (TEXT_THANKS, TEXT_LOOKING_FORWARD)."""
    text = line.parts.text.rstrip()
    if line.parts.terminal or not text or text.endswith(SENTENCE_END):
        return None
    if not (reading.questions_read and (line.brk or _after_sentence(reading))):
        return None
    lines = reading.lines
    i = line.index
    j = i + 2 if i + 1 < len(lines) and lines[i + 1] is None else i + 1  # one blank line
    under = lines[j] if j < len(lines) else None
    if under is None or under.kind != Kind.TEXT or under.terminal:
        return None
    if match_terminal(text + " " + under.text.strip()) not in _WRAPPED_OPENINGS:
        return None
    return _closing_sentence_opens(reading, line)


#: The closing sentences that :func:`thanks_over_two_lines_closes` reads over two lines.
_WRAPPED_OPENINGS: Final = frozenset(("TEXT_THANKS", "TEXT_LOOKING_FORWARD"))


def _closing_sentence_opens(reading: Reading, line: Current) -> Decision | None:
    """Whether a letter's closing sentence (or a place and date, a confidentiality notice
    or a signature run on from its body) at ``line`` starts the closing: see
    :func:`thanks_closes`."""
    if not reading.questions_read:
        return None
    if reading.group_type == Role.QUESTION:
        return None  # a heading's first paragraph is its answer
    if not (line.brk or _after_sentence(reading)):
        return None
    if heading_follows(reading, line.index):
        return None
    # The non-blank lines after it, as far as the tail limit: never the whole text.
    lines = reading.lines
    rest = (lines[k] for k in range(line.index + 1, len(lines)))
    ahead = list(itertools.islice(filter(None, rest), THANKS_TAIL + 1))
    if ahead and continues_the_points(reading, ahead[0]):
        return None  # "我会愿意与各方分享……" over "（四）...": the answer's next point
    if len(ahead) <= THANKS_TAIL:
        return _CLOSING
    if any(later.kind == Kind.SIGNOFF for later in ahead[:THANKS_REACH]):
        return _CLOSING
    if any(_web_tail(later) for later in ahead):
        # a blog post's last words over its signature, its related posts and its tags
        return _CLOSING
    if any(later.terminal in _THANKS_TAILS or _attributes(later) for later in ahead):
        # an e-mail's tail ("Sent from my iPhone", a reply's "On ..., X wrote:") after
        # its signature
        return _CLOSING
    return None


def _attributes(parts: LineParts) -> bool:
    """Whether a line is a reply's attribution line (:func:`attributes_a_reply`)."""
    return attributes_a_reply(parts.marker + parts.gap + parts.text)


def _web_tail(parts: LineParts) -> bool:
    """Whether a line is a web page's tags or sharing line ("Tags: ...", "标签：..."):
    :data:`WEB_TAIL_LABELS`."""
    return parts.kind == Kind.FIELD and _label(parts) in WEB_TAIL_LABELS


#: What may follow a closing sentence's signature: a tail, or the "-- " line that opens
#: an e-mail's signature.
_THANKS_TAILS: Final = TAIL_STARTS | {"SIGNOFF_DELIMITER"}


def signature_block(reading: Reading, line: Current) -> Decision | None:
    """After an answer and a break, a last run of short lines to the end of the
    document, or to the tail of an e-mail ("Sent from my iPhone", "-----Original
    Message-----") or of a web page ("Tags:", "Share this:"; looked for first, as a
    blog's comments may end the page in short lines), (at most six, none ending a
    sentence or starting in lower case: a name, a title, a place and date, contact
    fields, which may end with a full stop) is a signature without a sign-off: it
    starts the closing.  One line alone must hold a year ("Asunción, 20 de diciembre de
    2016"), stand far in, at the right margin, open with a title and end with a name and
    its initials ("Директор Центра, к.ю.н. А. Р. Саркисян"), name an organisation
    right over a contact field ("北部湾……商会秘书处" over "联系电话：……"), or, last in the text,
    name a person and their title ("Jane Example, President"); a title and a name set in
    two columns count without the gap between them; a run after a line ending with ":"
    is a list, not a signature, unless that line says on whose behalf the signature
    signs ("For the Network:"), which then opens it, as such a line ending with a full
    stop does too ("For and on behalf of Example Networks Ltd.").  The footnotes at the
    last page's foot (under their rule) are no part of the run: it ends over them."""
    if not reading.questions_read or reading.group_type == Role.QUESTION:
        return None
    if reading.signature is not None and line.index != reading.signature:
        return None  # found (or not) once already: only its first line can start it
    if not (line.brk or _after_sentence(reading)):
        return None
    if reading.signature is None:
        lines: Sequence[LineParts | None] = reading.lines
        notes = reading.footnotes
        if notes:  # the footnotes at the last page's foot, under the signature
            lines = [None if k in notes else parts for k, parts in enumerate(lines)]
        reading.signature = closing_signature(lines, line.index)
    return _CLOSING if line.index == reading.signature else None


def dash_byline_closes(reading: Reading, line: Current) -> Decision | None:
    """After an answer, a line after a break that opens with an em dash and names a
    person and a title ("— A. Example, Senior Research Fellow, Example Institute") or a
    body ("— Example Policy Working Group"), as a blog post signs its text, starts the
    closing: it is the writer's byline, not a one-item list; so does a line that opens
    with a hyphen or an en dash and signs for a body's team ("- The EXA Policy Team"), or
    names a writer or a body under the last sentence of a paragraph or a numbered point
    ("- EXA Policy Working Group, Kathmandu"; under a bulleted list, its next item).
    A break, the end, a line that gives an e-mail address or a date alone follows it;
    a Chinese byline opens with the Chinese dash, two em dashes ("——示例互联网技术社群").
    An em dash byline may stand right under the paragraph's last sentence, without a
    break ("Comments are welcome." over "— M. E. S.", the writer's initials)."""
    if not reading.questions_read:
        return None
    parts = line.parts
    text = parts.text
    dash = parts.marker.strip()
    if not (line.brk or (dash in _BYLINE_DASHES and _after_a_paragraph(reading, line.index))):
        return None
    initials = _INITIALS_ALONE.fullmatch(text) is not None  # "M. E. S." ends with a stop
    if (text.endswith(SENTENCE_END) and not initials) or len(text) > _BYLINE_MAX:
        return None
    if dash in _BYLINE_DASHES:
        if not _names_a_writer(text):
            return None
    elif dash not in _TEAM_DASHES or not (
        _TEAM_LINE.fullmatch(text) is not None
        or (_names_a_writer(text) and _after_a_paragraph(reading, line.index))
    ):
        return None
    j = reading.next_content(line.index)
    under = reading.lines[j] if j < len(reading.lines) else None
    if (
        under is not None
        and not reading.is_break(line.index + 1, j)
        and (
            under.kind == Kind.BULLET
            or (_EMAIL.search(under.text) is None and DATE_ALONE.fullmatch(under.text) is None)
        )
    ):
        return None  # a list goes on under it
    return None if heading_follows(reading, line.index) else _CLOSING_TEXT


#: A writer's initials alone, two to four capitals with a full stop each ("M. E. S.").
_INITIALS_ALONE: Final = LazyPattern(r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ]\.[ \u00a0]?){2,4}")
#: The dashes that open a byline ("— A. Example, ...").
_BYLINE_DASHES: Final = frozenset(("—", "―", "——"))


def _after_a_paragraph(reading: Reading, index: int) -> bool:
    """Whether the last line before line ``index`` (past blank lines) is a line of text
    or a numbered point that ends a sentence, not a bulleted list's item: a hyphen that
    opens a name under it opens a byline, not the list's next item."""
    j = index - 1
    while j >= 0 and reading.lines[j] is None:
        j -= 1
    above = reading.lines[j] if j >= 0 else None
    return (
        above is not None
        and above.kind in (Kind.TEXT, Kind.NUMBER, Kind.DOTTED, Kind.LETTER)
        and above.text.rstrip().endswith(SENTENCE_END)
    )


#: The dashes that open a team's byline alone ("- The Example Policy Team").
_TEAM_DASHES: Final = frozenset(("-", "–"))
#: The longest byline: a name, a title and an organisation.
_BYLINE_MAX: Final = 120
#: The most words of a byline's name before its comma ("Maria Example, ...").
_BYLINE_NAME_WORDS: Final = 4
#: The most words of a byline that is a name alone ("Example Forum Policy Team").
_BYLINE_WORDS: Final = 8


def _names_a_writer(text: str) -> bool:
    """Whether a byline's text names its writer: two to four capitalised words before a
    comma and what follows ("Maria Example, Senior Research Fellow"), an organisation's
    name, two to eight capitalised words alone ("CTCF Policy Working Group"), or the
    writer's initials alone ("M. E. S.")."""
    if _INITIALS_ALONE.fullmatch(text) is not None:
        return True
    name, comma, rest = text.partition(",")
    words = name.split()
    capitalised = all(word[:1].isupper() for word in words)
    if comma and rest.strip() and 2 <= len(words) <= _BYLINE_NAME_WORDS and capitalised:
        return True
    return is_organisation_name(text) or (
        not comma and 2 <= len(words) <= _BYLINE_WORDS and capitalised
    )


def signature_under_a_rule(reading: Reading, line: Current) -> Decision | None:
    """After an answer, the first line under a rule drawn across the text ("---",
    "_____": NOISE_RULE) starts the closing when the lines from it to the end are a few
    short ones, a signature with a remark in it: the first a signature's line, one an
    e-mail address ("A. Example" / "a@example.net" / "These are my personal views."),
    or the first a person's initials and surname, perhaps with the town after a comma ("Д.
    Примерова, Ташкент" / "Текст можно публиковать."); none a heading."""
    if not reading.questions_read or reading.group_type == Role.QUESTION:
        return None
    lines = reading.lines
    j = line.index - 1
    while j >= 0 and lines[j] is None:
        j -= 1
    above = lines[j] if j >= 0 else None
    if above is None or above.terminal != "NOISE_RULE":
        return None
    rest = [parts for parts in lines[line.index :] if parts is not None]
    if len(rest) > _SIGNATURE_LINES or not _signs(line.parts):
        return None
    if any(len(parts.marker) + len(parts.gap) + len(parts.text) > _SIGNATURE_MAX for parts in rest):
        return None
    if not any(_ADDRESS.search(parts.text) for parts in rest) and not _names_the_signer(
        line.parts.text
    ):
        return None
    return None if heading_follows(reading, line.index) else _CLOSING


def _names_the_signer(text: str) -> bool:
    """Whether a signature's line names a person by initials and a surname ("Д.
    Примерова"), before the town after its comma, if any: a form that no line of running
    text takes (two capitalised words may open a sentence that goes on)."""
    name = text.partition(",")[0].strip()
    return _INITIALS_AND_SURNAME.fullmatch(name) is not None


def _signer_and_title(text: str) -> bool:
    """Whether a field's value is a signer's name, in full or by initials
    (:func:`_names_the_signer`), and the title after its comma ("Ana Example, Policy
    Officer")."""
    return _names_the_signer(text) or signed_by_a_person(text.partition(",")[0].strip())


#: Initials and a surname: "Д. Примерова", "J. M. Example-Smith".
_INITIALS_AND_SURNAME: Final = LazyPattern(
    r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ]\.[ \u00a0]?){1,3}[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+(?:-[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+)?"
)


#: An e-mail address anywhere in a line.
_ADDRESS: Final = LazyPattern(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def closing_signature(lines: Sequence[LineParts | None], after: int) -> int:
    """Index of the first line of the signature that ends ``lines`` just before the
    first tail after line ``after`` (an e-mail's, a web page's tags, a contact field, the
    list of references; a body's name alone over a contact field counts,
    :func:`_body_over_contact`), or else that ends ``lines``; -1 if none."""
    tail = _tail(lines, after)
    start = -1 if tail is None else signature_start(lines, tail)
    if start < 0 and tail is not None:
        start = _body_over_contact(lines, tail)
    if start < 0:
        start = signature_start(lines)
    return start if start >= 0 else _body_at_end(lines)


def _body_at_end(lines: Sequence[LineParts | None]) -> int:
    """Index of the text's last line where, after a blank line, it names the body that
    signs, its parts set apart by commas and no sentence ("Department of Example
    Technology, Ministry of Example Affairs, Example City (focal point)"): a signature of
    one line, too long for :func:`signature_start`; or where it is a person's name and
    title ("Jane Example, President", :func:`signed_with_title`); -1 if none."""
    last = next((j for j in range(len(lines) - 1, -1, -1) if lines[j] is not None), -1)
    if last < 1 or lines[last - 1] is not None:
        return -1
    parts = lines[last]
    if parts is None or parts.kind != Kind.TEXT or len(parts.text) > _BODY_LINE_MAX:
        return -1
    text = parts.text.rstrip()
    pieces = text.split(", ")
    if len(pieces) < 2 or text.endswith(SENTENCE_END):
        return -1
    return last if is_organisation_name(pieces[0]) or signed_with_title(text) else -1


#: The longest line that names a signing body in parts (:func:`_body_at_end`).
_BODY_LINE_MAX: Final = 160


def _body_over_contact(lines: Sequence[LineParts | None], tail: int) -> int:
    """Index of a line alone that names an organisation, or says who prepared the paper,
    after a blank line, right over the contact field at ``tail`` ("北部湾……商会秘书处"
    over "联系电话：……", "Example Forum Secretariat" or "Prepared by the Policy
    Division." over "Contact: ...") or over a web page's tags ("Comité de Políticas de
    X" over "Etiquetas: ..."), or a blank line above either: a signature of one line;
    so is a person's name over a web page's tags (a blog post signed "Ильдар Сабитов,
    Казань" over "Метки: ...", or with their title, "A. Example, Senior Researcher, BCDP");
    so is a name alone over a closing sentence right over the field ("EXA Policy Desk" /
    "Comments on this input are welcome at ..." over "Tags: ...", :func:`_signs_over`);
    -1 if none."""
    parts = lines[tail]
    if parts is None or parts.kind != Kind.FIELD:
        return -1
    label = _label(parts)
    if label not in CONTACT_LABELS and label not in WEB_TAIL_LABELS and not names_a_contact(label):
        return -1
    j = tail - 1
    while j > 0 and (noise := lines[j]) is not None and noise.kind == Kind.NOISE:
        j -= 1  # a web page's download link between ("Descargue el documento (PDF, 180 KB)")
    if j > 0 and lines[j] is None:
        j -= 1  # one blank line between the signature and the field
    above = lines[j] if j >= 0 else None
    if above is not None and above.terminal == "TEXT_THANKS" and _signs_over(lines, j - 1):
        return j - 1  # "EXA Policy Desk" over "Comments on this input are welcome at ..."
    if above is None or above.kind != Kind.TEXT or j == 0 or lines[j - 1] is not None:
        return -1
    text = above.text.strip()
    if _PREPARED_BY_LINE.match(text) is not None and len(text) <= _SIGNATURE_MAX:
        return j  # "Prepared by the Policy and Planning Division." over "Contact: ..."
    if label in WEB_TAIL_LABELS and (signed_by_a_person(text) or signed_with_title(text)):
        return j  # a blog post signed by its writer ("Ilze Example, Senior Researcher")
    if label in WEB_TAIL_LABELS and _first_name_of_the_byline(lines, j, text):
        return j  # "Kerry-Ann" under a post "by Kerry-Ann Example"
    if _TEAM_LINE.fullmatch(text) is not None:
        return j  # "The Example policy team" over "Tags: ..."
    name = text.removesuffix("秘书处")  # the body's secretariat signs for it
    return j if is_organisation_name(name) else -1


def _signs_over(lines: Sequence[LineParts | None], j: int) -> bool:
    """Whether line ``j``, alone after a blank line (or first), names a writer or a body
    (:func:`_names_a_writer`: "EXA Policy Desk") without ending a sentence: a signature
    over the closing sentence under it."""
    parts = lines[j] if j >= 0 else None
    if parts is None or parts.kind != Kind.TEXT or (j > 0 and lines[j - 1] is not None):
        return False
    text = parts.text.strip()
    return not text.endswith(SENTENCE_END) and _names_a_writer(text)


def _first_name_of_the_byline(lines: Sequence[LineParts | None], j: int, text: str) -> bool:
    """Whether ``text``, line ``j``, is one capitalised name alone that a line of the page's
    head gives with a surname after it ("Kerry-Ann" under "Posted on ... by Kerry-Ann
    Example"): the writer signs a blog post by their first name."""
    if _FIRST_NAME.fullmatch(text) is None:
        return False
    named = re.compile(rf"(?<![\w-]){re.escape(text)}[ \u00a0][A-ZÀ-ÖØ-ÞА-ЯЁ]")
    head = (line for line in lines[: min(j, _BYLINE_LOOK)] if line is not None)
    return any(named.search(line.marker + line.gap + line.text) for line in head)


#: A first name alone: one capitalised word, perhaps hyphenated ("Kerry-Ann", "Ана").
_FIRST_NAME: Final = LazyPattern(
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-ÿа-яё'’]+(?:-[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-ÿа-яё'’]+)?"
)
#: The lines of a page's head searched for its byline.
_BYLINE_LOOK: Final = 12


#: A line that signs for a body's team ("The EXA policy team", "— The Example Network
#: Team", "L'équipe de l'Observatoire", "El equipo de Example", "Команда Example").
_TEAM_LINE: Final = LazyPattern(
    r"(?:[-–—][ \u00a0]?)?(?:(?i:the)[ \u00a0]+[^\n]{2,50}?[ \u00a0]+(?i:team)"
    r"|(?i:l['’]équipe|el[ \u00a0]+equipo)[ \u00a0]+[^\n]{2,50}?"
    r"|Команда[ \u00a0]+[^\n]{2,50}?)[.!]?"
)


#: A line that says who prepared a paper ("Prepared by the Policy Division.", "Préparé
#: par ...", "Elaborado por ...", "Подготовлено ...", "أعده ...").
_PREPARED_BY_LINE: Final = LazyPattern(
    r"(?i:(?:prepared|drafted|compiled|written)[ \u00a0]+by|pr[ée]par[ée]e?s?[ \u00a0]+par"
    r"|r[ée]dig[ée]e?s?[ \u00a0]+par|(?:elaborad|preparad|redactad)[oa]s?[ \u00a0]+por"
    r"|подготовлен[оаы]?|подготовил[аи]?)[ \u00a0]+\w|(?:أعده|أعدها|إعداد)[ \u00a0:]"
)


def _tail(lines: Sequence[LineParts | None], after: int) -> int | None:
    """Index of the first line after ``after`` that starts a tail (an e-mail's: "Sent
    from my iPhone", "-----Original Message-----", a reply's attribution line over the
    message it quotes; "References"; a field that closes an official letter,
    "Исполнитель: ...", "Copia:"; a contact field, "Контактное лицо: ..."; a note that
    the views are the writer's, "Note: The views expressed in this memo are those of the
    Centre ..."; a closing sentence after a blank line, :data:`_CLOSING_AFTER`), which
    follows a signature; None if none."""
    for j in range(after + 1, len(lines)):
        parts = lines[j]
        if parts is None:
            continue
        if parts.terminal in TAIL_STARTS:
            return j
        if parts.kind == Kind.FIELD and (
            _label(parts) in _TAIL_LABELS
            or names_a_contact(_label(parts))
            or classify(parts.text).terminal == "TEXT_DISCLAIMER"
        ):
            return j
        if parts.kind == Kind.TEXT and _DRAFTED_BY.match(parts.text) is not None:
            return j
        if parts.kind in (Kind.TEXT, Kind.FIELD) and _attributes(parts):
            return j  # "On Mon, Dec 5, 2016 at 10:02 AM, X <...> wrote:" over the quote
        if parts.terminal in _CLOSING_AFTER and lines[j - 1] is None:
            return j  # "Esta nota puede publicarse ...", a paragraph under the signature
    return None


#: The terminals of a closing sentence that may stand, after a blank line, under the
#: signature: thanks, a note that the text may be published, a disclaimer.
_CLOSING_AFTER: Final = frozenset(("TEXT_THANKS", "TEXT_DISCLAIMER"))


#: The official who drafted a Russian letter, named without a colon under its
#: signature ("Исп. Лукина О. С.", "Исполнитель Петров И. И."): the letter's tail.
_DRAFTED_BY: Final = LazyPattern(r"(?:Исп\.|Исполнитель)[ \u00a0]+[А-ЯЁ]")


def _label(field: LineParts) -> str:
    """A field line's label, folded, without its colon."""
    return fold(field.marker.rstrip(":：").rstrip())


def signature_start(lines: Sequence[LineParts | None], stop: int | None = None) -> int:
    """Index of the first line of the signature that ends ``lines`` (None for a blank
    line), or ends them just before ``stop``, or -1: the look of
    :func:`signature_block`, without the break before it."""
    start, count, dated = -1, 0, False
    j = (len(lines) if stop is None else stop) - 1
    while j >= 0:
        parts = lines[j]
        if parts is not None and parts.kind != Kind.NOISE:
            if count == _SIGNATURE_LINES or not (_signs(parts) or _continues_title(lines, j)):
                break
            count += 1
            dated = dated or _YEAR.search(parts.text) is not None
            start = j
        j -= 1
    # One line alone must hold a year, stand far to the right as a signature set at
    # the right margin does ("                    المدير العام للتعاون الدولي"), or set a
    # title and a name with its initials in two columns.
    first = lines[start] if start >= 0 else None
    alone = (
        first is not None
        and count == 1
        and (
            len(first.indent) >= _SIGNED_FAR_RIGHT
            # A title and a name with its initials in two columns: "Председатель
            # Комитета          Б. Р. Назаров", "Первый заместитель министра     Б. Аннаев".
            or (_COLUMN_GAP.search(first.text) is not None and bool(_INITIALS.search(first.text)))
            # ... or with the name in full: "Директор          Октавиан Русу".
            or _TITLE_THEN_NAME_COLUMNS.fullmatch(first.text) is not None
            # ... or on one line: "Директор Центра, к.ю.н. А. Р. Саркисян".
            or signed_with_initials(first.text)
            # A minister who signs by the office alone: "Le Ministre de l'Économie
            # numérique et de la Communication".
            or _MINISTER_SIGNS.fullmatch(first.text.rstrip()) is not None
        )
    )
    if start < 0 or (count < 2 and not dated and not alone):
        return -1
    # The line before the run (j, -1 at the start of the text) may not introduce a list;
    # where it says on whose behalf the signature signs ("For the Network:", "For and
    # on behalf of Example Ltd."), the signature starts there.
    before = lines[j] if j >= 0 else None
    if before is not None:
        text = before.marker + before.gap + before.text
        if signs_for(text):
            return j
        if text.rstrip().endswith(LEADS):
            return -1
    return start


#: A minister's office alone, as a minister signs a letter: "Le Ministre de l'Économie
#: numérique", "The Minister of Example Affairs", "La Ministra de ...", "Министр связи
#: ...", "وزير الاتصالات ...".
_MINISTER_SIGNS: Final = LazyPattern(
    r"(?:(?:Le|La|The|El)[ \u00a0]+)?(?:Ministre|Minister|Ministro|Ministra)[ \u00a0]+"
    r"(?:de|des|du|of|for|d['’])[^.;:!?\n]{3,100}"
    r"|Министр[ \u00a0]+[^.;:!?\n]{3,100}|(?:ال)?وزير[ \u00a0]+[^.;:!?\n]{3,100}"
)


def _continues_title(lines: Sequence[LineParts | None], j: int) -> bool:
    """Whether line ``j`` goes on in lower case with the signer's title on the line
    right above it ("Заместитель Министра" over "связи и информатизации"), or above the
    blank line between them in double-spaced text: short, plain text, no sentence end,
    under a line that opens with a title and may sign."""
    parts, above = lines[j], lines[j - 1] if j > 0 else None
    if above is None and j > 1:
        above = lines[j - 2]  # double-spaced: "Первый заместитель Министра", a blank line
    if parts is None or above is None or parts.kind != Kind.TEXT:
        return False
    text = parts.text
    return (
        text[:1].islower()
        and len(text) <= _SIGNATURE_MAX
        and not text.endswith(SENTENCE_END)
        and opens_with_title(above.text)
        and _signs(above)
    )


def _signs(parts: LineParts) -> bool:
    """Whether a line may be part of a signature: short, not a sentence, not a list.  A
    line set in two columns, a title at the left and the name pushed to the right margin
    ("д.ю.н., профессор          А. В. Лебедев"), is measured without the gap between
    them, and may start in lower case (a degree: "д.ю.н.", "ing."); so may a title, as
    Russian writes it ("директор Института ..."), an e-mail address alone, and a line of
    contact details ("тел. +7 (383) 346-08-12").  A place and date ("г. Якутск, 26
    декабря 2016 г.") and a title that ends with an abbreviated degree ("Директор
    Центра, д.ю.н.") may end with a full stop.  A row of three cells between tabs
    ("Domain names<TAB>ICANN<TAB>Full participant") is a table's, not a signature's."""
    text = parts.text.rstrip()
    if parts.terminal in TABLE_ROWS or sum(1 for cell in text.split("\t") if cell.strip()) > 2:
        return False
    columns = _COLUMN_GAP.search(text) is not None
    if columns:
        text = " ".join(text.split())
    # A line set in two columns, or at the right margin, may go on in lower case
    # ("l'Économie numérique," under "Le Ministre des Postes et de").
    set_apart = columns or len(parts.indent) >= _SIGNED_FAR_RIGHT
    if parts.kind == Kind.LETTER or parts.kind == Kind.DASHNUM:
        # Initials read as a lettered marker: "А. В. Лебедев", "J. R. Smith", "В. Русу"; or an
        # Arabic title read as a section letter: "د. سلمى ..." (Dr.), "أ. محمد ..." (Prof.);
        # or the place under a signature, "г. Душанбе" (city).
        ok = (
            _INITIAL.match(text) is not None
            or parts.marker in _ARABIC_TITLES
            or (parts.marker == "г." and _CITY_NAME.fullmatch(text) is not None)
            or (
                parts.marker[:1].isupper() and _INITIALS.match(f"{parts.marker} {text}") is not None
            )
        )
    else:
        # A field needs its value: "We recommend:" alone introduces a list.
        ok = parts.kind in _SIGNATURE_KINDS and (parts.kind != Kind.FIELD or bool(text))
    limit = _FIELD_MAX if parts.kind == Kind.FIELD else _SIGNATURE_MAX
    dateline = parts.terminal == "TEXT_DATELINE"  # "г. Якутск, 26 декабря 2016 г."
    return (
        ok
        and len(parts.marker) + len(parts.gap) + len(text) <= limit
        and (
            parts.kind == Kind.FIELD
            or dateline
            or not text.endswith(SENTENCE_END)
            or _PLACE_AND_DATE.fullmatch(text) is not None
            or _DEGREE_AT_END.search(text) is not None
        )
        and (
            set_apart
            or dateline
            or not text[:1].islower()
            or opens_with_title(text)
            or _ADDRESS_ALONE.fullmatch(text) is not None
            # "тел. +7 (383) 346-08-12, ciio@nstu.ru", "tel. +41 22 000 00 00"
            or _EMAIL.search(text) is not None
            or _TELEPHONE.search(text) is not None
        )
    )


#: A title's last words that abbreviate a degree, each short word with its full stop
#: ("Директор Центра, д.ю.н.", "д. полит. н.", "Ph.D."): a stop that ends no sentence.
_DEGREE_AT_END: Final = LazyPattern(r"(?:^|[\s,])(?:[^\W\d_]{1,6}\.[ \u00a0]?){2,4}\Z")
#: A telephone number of seven digits or more, which a signature's line of contact details
#: may hold, opening in lower case ("тел. +7 ...", "tél. ..."), as it may an e-mail address.
_TELEPHONE: Final = LazyPattern(r"\+?\(?\d(?:[ ()\-.]?\d){6}")


#: The terminals of decimal numbers, which may start a wrapped line ("3.5 billion", "2.0
#: technologies").
DECIMAL_NUMBERS: Final = frozenset(
    ("DOTTED", "DOTTED_SLASH", "DOTTED_HYPHEN", "DOTTED_SQUARE", "NUMBER_DECIMAL_ZERO")
)


def number_runs_on(reading: Reading, line: Current) -> Decision | None:
    """A line that starts with a decimal number ("3.5 billion people ...", "2.0
    technologies ...") continues the
    open paragraph, clause or item when the line before it fills the usual width (or
    ends with a word that a number follows: "... described in paragraph" over "1.2
    above, and ...") without ending its sentence, the word after the number is in lower
    case or a unit ("... in the band" over "3.5 GHz, where ..."), and the number does not
    fit the open clause levels (the next, the first under
    or again the last of a level, or an "x.1"); a figure with a word of magnitude after
    a line that ends with a comma runs on whatever clause it could number ("... of a
    population of some 2.1 million," over "1.5 million people were not ...", or after a
    line that fills the usual width and ends no sentence, nor with a semicolon or a
    colon: "... En nuestra región" over "1.5 millones de hogares ..."), and so does
    a number after a line cut at a preposition or an article ("... until the mapping in"
    over "2-1 has been done ..."), unless it goes on from an open level ("... with" over
    "2.2.1 a list of ..." under "2.2")."""
    parts = line.parts
    if not (
        reading.group_open
        and not line.brk
        and reading.group_type in _RUNS_ON
        and reading.layout.full_line
    ):
        return None
    before = reading.last_line()
    if before is None or before.text.endswith(SENTENCE_END):
        return None
    # A capital after the number goes on too where the line above ends with a word a
    # number follows ("... пунктов" over "69-71 Тунисской программы ...").
    cited = parts.terminal in DECIMAL_NUMBERS and _takes_a_number(before.text)
    if not (may_go_on(parts.text) or _is_figure(parts) or cited):
        return None
    # A script without case tells no sentence going on: only a word a number follows
    # does ("... على الفقرات" over "69-71 من خطة عمل تونس").
    caseless = not (parts.text[:1].islower() or _is_figure(parts))
    if caseless and (starts_unspaced(parts.text) or not _takes_a_number(before.text)):
        return None
    if before.text.endswith(",") and _is_figure(parts):
        return CONTINUES
    full = len(before.indent) + len(before.content) >= reading.layout.full_line
    if full and _is_figure(parts) and not before.text.endswith((";", ":", "；", "：")):
        return CONTINUES  # "... En nuestra región" over "1.5 millones de hogares ..."
    if fold(before.text.rpartition(" ")[2]) in _CUT_AFTER and not reading.clauses.continues(
        parts.marker
    ):
        return CONTINUES  # "... until the mapping in" over "2-1 has been done"
    if (full or _takes_a_number(before.text)) and not reading.clauses.fits(parts.marker):
        return CONTINUES
    return None


def _is_figure(parts: LineParts) -> bool:
    """Whether a line opens with a decimal number and a word of magnitude or unit, or a
    per cent sign ("2.6 billion people", "3.5 per cent of ...", "1.5%")."""
    return parts.marker[-1:].isdigit() and (
        parts.text[:1] in ("%", "٪") or fold(parts.text[:12]).startswith(_MAGNITUDES)
    )


def _takes_a_number(text: str) -> bool:
    """Whether ``text`` ends with a word that a number follows ("... described in
    paragraph")."""
    words = text.split()
    return bool(words) and fold(words[-1]) in NUMBER_TAKERS


#: The words a number follows in running text ("paragraph 1.2", "section 2.3", "пункт
#: 1.1", "párrafo 2.1", "the band 3.5 GHz"), folded: a line that opens with a number
#: under one of them goes on with its sentence.
NUMBER_TAKERS: Final = frozenset(
    fold(word)
    for word in (
        "paragraph", "paragraphs", "para.", "paras.", "section", "sections", "article",
        "articles", "annex", "point", "points", "chapter", "item", "items", "clause",
        "paragraphe", "paragraphes", "point", "alinéa", "párrafo", "párrafos", "apartado",
        "punto", "artículo", "пункт", "пункта", "пунктах", "пунктом",
        "пункты", "пунктов", "пунктам", "пунктами", "раздел", "раздела",
        "статья", "статьи", "الفقرة", "الفقرات", "البند",
        # a frequency band ("in the band" over "3.5 GHz, ...")
        "band", "bands", "bande", "banda", "диапазоне", "диапазон", "полосе",
    )
)  # fmt: skip


#: The small words no line ends with but one that a page's width cut in its sentence
#: (prepositions and articles), folded: a number under one goes on with the sentence
#: unless it goes on from an open clause level.
_CUT_AFTER: Final = frozenset(
    fold(word)
    for word in (
        "in", "of", "to", "at", "by", "on", "from", "with", "under", "the", "a", "an",
        "de", "du", "des", "la", "le", "les", "en", "à", "au", "aux", "del", "el", "los",
        "las", "por", "para", "con", "в", "на", "по", "к", "с", "о",
    )
)  # fmt: skip


#: Words of magnitude or unit after a figure ("2.6 billion", "3.5 per cent", "1,5
#: millions", "2,5 млрд", "3.5 ملايين", "1.2 Tbit/s", "2.5 GHz", "1.5 times"), folded:
#: the number is a quantity, not a clause's number.
_MAGNITUDES: Final = (
    "billion", "million", "thousand", "trillion", "per cent", "percent",
    "milliard", "millions", "millones", "mil millones", "millón", "billones",
    "por ciento", "pour cent", "pour-cent",
    "миллиард", "миллион", "тысяч", "млрд", "млн", "процент", "مليار", "مليون", "بالمئة",
    "ملايين", "ألف", "آلاف", "بالمائة", "في المائة", "في المئة",
    "亿", "万", "百分",
    "tbit", "gbit", "mbit", "kbit", "tbps", "gbps", "mbps", "kbps", "tb ", "gb ", "pb ",
    "ghz", "mhz", "km ", "times ", "тбит", "гбит", "мбит", "гб ", "тб ",
)  # fmt: skip


def number_opens_sentence(reading: Reading, line: Current) -> Decision | None:
    """A line that opens with a decimal number, no stop after it, and a word of
    magnitude or unit ("2.6 billion people in Asia are still offline.", "3.5 per cent of
    ..."), where the number does not fit the open clause levels (see
    :func:`number_runs_on`), or would only start a sequence and goes on in lower case
    ("3.1 million mobile subscriptions ..." in an answer of lettered points), is a
    sentence that starts with a figure: a paragraph, not a clause; so is a line that
    opens with a range of numbers before a word in lower case ("69-71 are the paragraphs
    everyone quotes"), where the range does not fit them.  A figure written with a full
    stop never numbers points written with hyphens ("1.5 million ..." after "1-4")."""
    parts = line.parts
    clauses = reading.clauses
    if parts.terminal == "DOTTED" and _is_figure(parts) and _points_with_hyphens(clauses.levels):
        return _PARA  # "1.5 million ..." after points "1-1" to "1-4"
    if clauses.fits(parts.marker) and (
        clauses.continues(parts.marker) or not parts.text[:1].islower()
    ):
        return None
    if parts.terminal == "DOTTED" and _is_figure(parts):
        return _PARA
    if parts.terminal == "DOTTED_HYPHEN" and parts.text[:1].islower():
        low, _, high = parts.marker.partition("-")
        if int(high) > int(low) + 1:
            return _PARA  # "69-71 are the paragraphs everyone quotes": a range
    return None


def _points_with_hyphens(levels: Sequence[tuple[str, str]]) -> bool:
    """Whether the open decimal points are numbered with hyphens ("1-4"), so that a
    figure written with a full stop ("1.5 million") numbers none of them."""
    dotted = [core for style, core in levels if style.startswith("d")]
    return bool(dotted) and all("-" in core for core in dotted)


def cited_number_ends_its_sentence(reading: Reading, line: Current) -> Decision | None:
    """A line that opens with a number and a full stop right under a line that ends with
    a word a number follows, no sentence ended ("... read together with paragraph" over
    "35. The Working Group should ..."), goes on with the open block when the number
    fits none of the open clause levels: the paragraph's number ends the sentence, no
    clause starts."""
    if not (reading.group_open and not line.brk and reading.group_type in _RUNS_ON):
        return None
    if not line.parts.marker.rstrip().endswith("."):
        return None  # "1)" or "(1)" under "... para": a clause, not a cited paragraph
    before = reading.last_line()
    if before is None or before.text.endswith(SENTENCE_END) or not _takes_a_number(before.text):
        return None
    return None if reading.clauses.fits(line.parts.marker) else CONTINUES


def numbered_clause(reading: Reading, line: Current) -> Decision | None:
    """A numbered line that heads no question ("1.1", "(a)", "2)") is a clause."""
    if line.parts.kind in (Kind.NUMBER, Kind.DOTTED, Kind.LETTER):
        return _CLAUSE
    return None


#: How far ahead a section letter's next letter is looked for.
SECTION_LOOKAHEAD: Final = 60


def section_letter_clause(reading: Reading, line: Current) -> Decision | None:
    """A section letter that heads no question ("A.", "B)", "(C)", "D –", Cyrillic "А.",
    "Б)", Arabic "أ.", "ب.") is a clause of the answer when it runs in sequence
    (:func:`_runs_in_sequence`): "A." followed by "B." of the same shape, or a later
    letter after its letter before at an open level, or followed by its next letter
    (the letters going on across questions: "D." then "E." under the second question's
    heading), or a letter one past the next at an open level ("D." after "B.": a point
    dropped).  Otherwise it stays text ("A. Smith said ...", "د. أحمد ...")."""
    core = line.parts.marker.strip(MARKER_STOPS).split()[0]  # "B –": the letter
    letters = next((run for run in _SECTION_LETTERS if core in run), _ABJAD_SECTIONS)
    if not reading.questions_read or len(core) != 1 or core not in letters:
        return None
    place = letters.index(core)
    second = letters[1] if place == 0 else None
    before = letters[place - 1]
    if _runs_in_sequence(reading, line, core, second, before.__eq__):
        return _CLAUSE
    # "D." under the next question's heading, the letters going on from the answer
    # before ("A." to "C."): a sequence when the next letter of its shape follows.
    following = letters[place + 1] if 0 < place < len(letters) - 1 else None
    if following is not None and _runs_in_sequence(reading, line, core, following, before.__eq__):
        return _CLAUSE
    # "A.", "B.", then "D." where the writer dropped a point: one letter skipped at an
    # open level of its shape.
    if place >= 2 and _runs_in_sequence(reading, line, core, None, letters[place - 2].__eq__):
        return _CLAUSE
    return None


#: The section letters in their order: Latin, Cyrillic, and Arabic in abjad order.
_ABJAD_SECTIONS: Final = "أبجدهوزح"
_SECTION_LETTERS: Final = ("ABCDEFGH", "АБВГДЕЖЗ", _ABJAD_SECTIONS)


def _runs_in_sequence(
    reading: Reading,
    line: Current,
    numeral: str,
    second: str | None,
    is_before: Callable[[str], bool],
) -> bool:
    """Whether the section or dash marker of ``line``, whose numeral is ``numeral``, runs
    in sequence: the first of its sequence (``second``: the second's numeral) followed,
    within :data:`SECTION_LOOKAHEAD` lines, by the marker of the same shape with the
    second numeral; or a later one whose open level of its style last had the numeral
    before it (``is_before``)."""
    marker = line.parts.marker
    if second is not None:
        after = marker.replace(numeral, second, 1)
        lines = reading.lines
        end = min(len(lines), line.index + SECTION_LOOKAHEAD)
        return any(
            (later := lines[i]) is not None and later.kind == Kind.DASHNUM and later.marker == after
            for i in range(line.index + 1, end)
        )
    style = clause_style(Kind.DASHNUM, marker, reading.clauses.levels)
    return any(
        open_style == style and is_before(last) for open_style, last in reading.clauses.levels
    )


def _dash_number(numeral: str) -> tuple[str, int] | None:
    """A dash number's numeral read: "2" -> ("digit", 2), "III" -> ("roman", 3); None
    for anything else."""
    if numeral.isdigit():
        return "digit", int(numeral)
    value = roman_to_int(numeral.lower())
    return None if value is None else ("roman", value)


def dash_number_clause(reading: Reading, line: Current) -> Decision | None:
    """A number before a spaced dash ("1 -", "2 –", "II –") that heads no question is a
    clause of the answer when it runs in sequence (:func:`_runs_in_sequence`): "1 -"
    followed by "2 -" of the same shape, or a later number after its number before at
    an open level.  Otherwise it stays text ("3 - 4 weeks later ...")."""
    words = line.parts.marker.split()
    reading_of = _dash_number(words[0]) if len(words) == 2 else None
    if not reading.questions_read or reading_of is None:
        return None
    family, value = reading_of
    second = ("2" if family == "digit" else "II") if value == 1 else None

    def is_before(last: str) -> bool:
        return _dash_number(last) == (family, value - 1)

    return _CLAUSE if _runs_in_sequence(reading, line, words[0], second, is_before) else None


def city_after_its_abbreviation(reading: Reading, line: Current) -> Decision | None:
    """The Russian abbreviation of "city" before a city's name alone on its line ("г.
    Душанбе", as a letter's signature ends) is text, not the clause "г.", unless the
    open clause level's last letter is "в" (the points "а." to "в." go on)."""
    parts = line.parts
    if parts.marker != "г." or _CITY_NAME.fullmatch(parts.text) is None:
        return None
    if any(last == "в" for _, last in reading.clauses.levels):
        return None
    return _PARA


#: A city's name: one or two words, the first capitalised, nothing after them.
_CITY_NAME: Final = LazyPattern(r"[А-ЯЁ][а-яё\-]+(?:[ \u00a0][А-ЯЁ]?[а-яё\-]+)?")


def lettered_number_clause(reading: Reading, line: Current) -> Decision | None:
    """A recommendation's letter and number without a stop ("R1 Keep the focus ...")
    that heads no question is a clause of the answer when it runs in sequence
    (:func:`_runs_in_sequence`): "R1" followed by "R2", or a later number after its
    number before at an open level.  Otherwise it stays text."""
    marker = line.parts.marker
    if not reading.questions_read or not marker[1:].isdecimal():
        return None
    value = int(marker[1:])
    second = marker[0] + "2" if value == 1 else None
    before = f"{marker[0]}{value - 1}"
    return _CLAUSE if _runs_in_sequence(reading, line, marker, second, before.__eq__) else None


def bullet(reading: Reading, line: Current) -> Decision | None:
    """A glyph line is a bullet item; a lone "o" at the margin before any list is a
    word, not Word's second-level glyph, unless a tab follows it as Word's glyph is
    ("o<TAB>des bourses ...")."""
    parts = line.parts
    if parts.kind != Kind.BULLET:
        return None
    if (
        parts.marker == "o"
        and not parts.gap.startswith("\t")
        and not reading.lists
        and len(parts.indent) <= reading.layout.baseline
    ):
        return None
    return _BULLET


def _continue_or_paragraph(reading: Reading, line: Current) -> Decision:
    text = line.plain
    if _opens_chinese_paragraph_under_title(reading, line):
        return _PARA
    if reading.group_open and not line.brk and not reading.ends_paragraph(text):
        # A question's title runs on until it ends as a title does, four lines at most
        # (page furniture between them not counted).
        stays_open = reading.group_type != "QUESTION" or not (
            ends_title(text) or _lines_in(reading.group) + 1 >= TITLE_MAX_LINES
        )
        return CONTINUES if stays_open else LAST_LINE
    return _PARA


def _opens_chinese_paragraph_under_title(reading: Reading, line: Current) -> bool:
    """Whether a line set in by ideographic spaces, as a Chinese paragraph's first line
    is ("　　我们认为，……"), stands under a question heading that has its title ("问题一"
    over "关于增强合作的高层次特征"): the answer starts, the title does not run on."""
    return (
        reading.group_type == Role.QUESTION
        and opens_chinese_paragraph(line.parts)
        and bool(reading.last_text())
    )


def _lines_in(group: Sequence[LineLike]) -> int:
    """How many lines of text the open block holds (its noise not counted)."""
    return sum(1 for entry in group if type(entry) is Line)


def running_text(reading: Reading, line: Current) -> Decision | None:
    """A plain text line at the margin (or under the open item's text), with no break
    before it, continues the open paragraph, clause or item, unless the block's last
    line, short and ending a sentence, closed it.  (Most lines are these; the rules
    after this one would decide the same.)"""
    indent = len(line.parts.indent)
    if (
        reading.group_open
        and not line.brk
        and reading.group_type in _RUNS_ON
        and (indent <= reading.layout.baseline or reading.lists.hangs(indent))
        and not reading.ends_paragraph(line.parts.text)
    ):
        return CONTINUES
    return None


def hanging_continuation(reading: Reading, line: Current) -> Decision | None:
    """A line that lines up under the open item's text continues that item (or, after a
    short line ending a sentence, starts a paragraph): it never lost a glyph."""
    if reading.group_open and not line.brk and reading.lists.hangs(len(line.parts.indent)):
        return _continue_or_paragraph(reading, line)
    return None


#: How a line leads into a list: a colon, in Latin script or full width ("包括：").
_LEADS_IN: Final = (":", "：")


def lost_glyph(reading: Reading, line: Current) -> Decision | None:
    """A line indented past the usual margin, inside a list or right after a line
    ending with ":" (or "："), is an item whose glyph was lost in extraction (not a line that
    lines up under the open clause's text, outside a list: the clause's wrap)."""
    if (
        stands_as_a_lost_glyph(reading, line.parts.indent, line.plain)
        and (
            bool(reading.lists)
            or (bool(reading.group) and reading.last_text().endswith(_LEADS_IN) and not line.brk)
        )
        and not _hangs_under_clause(reading, line)
    ):
        if _sentence_goes_on_under_typed_glyphs(reading, line):
            return CONTINUES
        return _LOST_GLYPH
    if _unspaced_items_after_lead(reading, line):
        return _LOST_GLYPH
    return None


def _sentence_goes_on_under_typed_glyphs(reading: Reading, line: Current) -> bool:
    """Whether a line at the column of the open list's glyphs, a glyph typed as text
    ("*", "-", "+"), opens with a conjunction in lower case and ends the sentence the
    list broke into ("1.2 It starts from ... such as" over "* cross-border access ...,"
    over "and not from institutional design."): no item whose glyph was lost (an item
    ends as its siblings do, "; "), but the open item's text."""
    levels = reading.lists.levels
    if not levels:
        return False
    top = levels[-1]
    text = line.plain.rstrip()
    return (
        top.glyph in _TYPED_GLYPHS
        and abs(len(line.parts.indent) - top.indent) <= 1
        and text.partition(" ")[0] in _SENTENCE_CONJUNCTIONS
        and text.endswith((".", "!", "?"))
    )


#: The glyphs typed as text.
_TYPED_GLYPHS: Final = frozenset(("*", "-", "+"))
#: The conjunctions in lower case that take a sentence on past a list inside it.
_SENTENCE_CONJUNCTIONS: Final = frozenset(
    ("and", "or", "but", "nor", "et", "ou", "mais", "y", "o", "pero", "и", "или", "но")
)


def _unspaced_items_after_lead(reading: Reading, line: Current) -> bool:
    """Whether a line of Chinese under a line that leads into a list ("……包括："), a
    blank line between or none, opens a run of short lines that end as a list's items
    do, the first two at least with "；" ("培训政府官员；" over "支持区域性研究网络；" over
    "……。"): items whose glyph was lost."""
    if not reading.group or not reading.last_text().endswith(_LEADS_IN):
        return False  # (a blank line between the items, as Word spaces them, or none)
    if not starts_unspaced(line.plain):
        return False
    lines, run = reading.lines, 0
    for j in range(line.index, len(lines)):  # indexes, not a copy of the text's tail
        after = lines[j]
        if after is None:
            continue
        if after.kind != Kind.TEXT or not starts_unspaced(after.text):
            break
        if len(after.indent) + len(after.text) >= reading.layout.full_line > 0:
            return False  # a wrapped paragraph's line, not an item's
        if not after.text.endswith("；"):
            break
        run += 1
    return run >= _UNSPACED_RUN_MIN


#: The fewest items ending with "；" that make a run of items whose glyph was lost.
_UNSPACED_RUN_MIN: Final = 2


def item_goes_on_over_a_page(reading: Reading, line: Current) -> Decision | None:
    """A line in lower case after page furniture (a page's number, alone or in its
    running footer, and the running header, blank lines), where the open item or clause
    broke off after a word that leads on (:data:`_LEADS_ON_WORDS`) rather than ending as an
    item does ("- exchanges between universities of the Baltic and" / "Page 1 of 2" /
    "the Caribbean, the Pacific and Africa."), goes on with that item: the page break
    cut it, and the line is no item whose glyph was lost."""
    if reading.group_type not in (Role.BULLET, Role.CLAUSE) or not line.plain[:1].islower():
        return None
    last = reading.last_text().rstrip()
    if not leads_on(last):
        return None  # it may end there: only a word that leads on ("... and") is cut
    numbered = False  # a page's number among the furniture
    lines = reading.lines
    for j in range(line.index - 1, -1, -1):  # indexes, not a copy of the text above
        above = lines[j]
        if above is None:
            continue
        if above.kind != Kind.NOISE:
            return CONTINUES if numbered and above.text.rstrip() == last else None
        if above.terminal == "NOISE_URL" or above.text.startswith(">"):
            return None  # a link or a quoted line, no page's furniture
        # a page's number alone, or ending a running title ("X Working Paper  Page 1 of 2")
        numbered = numbered or above.terminal.startswith("NOISE_PAGE") or above.text[-1:].isdigit()
    return None


#: The small words after which a line cannot end a sentence: a conjunction, a
#: preposition or an article ("... of the Baltic and").
_LEADS_ON_WORDS: Final = TITLE_JOINS | frozenset(
    ("or", "in", "with", "by", "a", "an", "ou", "en", "au", "aux", "o", "para", "con",
     "los", "las", "el", "и", "или", "в", "на", "с", "по", "для", "к", "о")
)  # fmt: skip


def leads_on(text: str) -> bool:
    """Whether a line breaks off after a word that leads on to the next
    (:data:`_LEADS_ON_WORDS`: "... of the Baltic and"), as no item's last line ends."""
    return text.rstrip().rpartition(" ")[2].casefold() in _LEADS_ON_WORDS


def _hangs_under_clause(reading: Reading, line: Current) -> bool:
    """Whether a line lines up under the text of the open clause, outside any list, and
    runs on from a word in lower case without ending as a list's item does: the
    clause's wrap, as pdftotext's layout mode writes "1.2  Recognition that ...
    barriers:" over "     high costs of connectivity, ... exposure to" over "     natural
    disasters."."""
    if reading.lists or reading.group_type != Role.CLAUSE or not reading.group_open:
        return False
    head = reading.group[0]
    return (
        type(head) is Line
        and bool(head.marker)
        and len(line.parts.indent) + 1 == head.text_column - head.offset
        and line.plain[:1].islower()
        and not line.parts.text.endswith(_ITEM_ENDS)
    )


#: How a list's item ends its line: a stop, a semicolon, a comma, a colon.
_ITEM_ENDS: Final = (".", ";", ",", ":", "。", "；", "，", "：", "؛", "،")


def lost_glyph_sibling(reading: Reading, line: Current) -> Decision | None:
    """A line at the indent of the open item whose glyph was lost, once that item ends as
    list items do (";", "؛", ".", or a semicolon and the "and" before a list's last item:
    "...; and"), is the next item, its glyph lost too, even where it lines up under the
    item before a real glyph; so is a line at the text of an item of one line whose
    Word glyph stands before it (:func:`_under_the_glyph`)."""
    if not (reading.group_open and reading.group_type == Role.BULLET and reading.lists):
        return None
    first = reading.group[0]
    indent = len(line.parts.indent)
    if (
        type(first) is Line
        and (
            (not first.marker and line.parts.indent == first.indent)
            or _under_the_glyph(reading, first, indent)
        )
        and indent > reading.layout.baseline
        and line.plain[:1].isalpha()
        and (
            reading.last_text().endswith(_SIBLING_AFTER)
            or _BEFORE_LAST_ITEM.search(reading.last_text()) is not None
        )
    ):
        return _LOST_GLYPH
    return None


def _under_the_glyph(reading: Reading, item: Line, indent: int) -> bool:
    """Whether a line at ``indent`` stands where the glyph of ``item``, an item of one
    line with a glyph Word's fonts lose (U+F0B7, U+F0A7), has its text, or a little
    further in (:data:`_GLYPH_SLACK`): the glyph replaced by white space ("\uf0b7 local
    businesses ...;" over "  users and ..." or "   users and ..."), as the next item
    that lost it does (past the text, it nests as any item two columns in does); a
    wrapped line of an item of one line that ends as items do is rare."""
    text_column = len(item.indent) + len(item.marker) + len(item.gap)
    return (
        len(reading.group) == 1
        and is_font_glyph(item.marker)
        and text_column <= indent <= text_column + _GLYPH_SLACK
    )


#: How many columns past an item's text the next item that lost its glyph may start.
_GLYPH_SLACK: Final = 2


#: How the item before a lost glyph's sibling ends: as a sentence does, or with the
#: Arabic semicolon ("الجامعات ومراكز البحث؛").
_SIBLING_AFTER: Final = (*SENTENCE_END, "؛")
#: How the item before a list's last one ends: a semicolon and "and" or "or" ("...
#: training of officials; and", "...; et", "...; и", "...؛ و").
_BEFORE_LAST_ITEM: Final = LazyPattern(
    r"[;؛；][ \u00a0]*(?i:and|or|et|ou|y|o|e|и|или|و|أو)[ \u00a0]*\Z"
)


def continuation(reading: Reading, line: Current) -> Decision | None:
    """A line without a break before it continues the open block, unless the block's
    last line, short and ending a sentence, closed it."""
    decision = _continue_or_paragraph(reading, line)
    return decision if decision.role == Role.CONTINUE else None


def paragraph(reading: Reading, line: Current) -> Decision | None:
    """Any other line starts a paragraph."""
    return _PARA


_RUNS_ON: Final = frozenset((Role.PARA, Role.CLAUSE, Role.BULLET))
# A signature: at most this many lines, each at most this long (a field's may be longer).
_SIGNATURE_LINES: Final = 6
_SIGNATURE_MAX: Final = 80
_FIELD_MAX: Final = 120
_SIGNATURE_KINDS: Final = frozenset((Kind.TEXT, Kind.FIELD, Kind.SIGNOFF))
_YEAR: Final = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A place and date ending with a full stop, which a signature may hold: "Ереван, 14
#: декабря 2016 г.", "Geneva, 9 December 2016.", "Lima, 14 de diciembre de 2016."; or a
#: date alone, the day, the month's name and the year: "26 декабря 2016 г.".
_PLACE_AND_DATE: Final = LazyPattern(
    r"[^\W\d_][^\d,.]{0,30},[^,.]{1,30}(?:19|20)\d\d(?: ?г)?\."
    r"|\d{1,2}(?: de)? [^\W\d_]{3,}(?: de)? (?:19|20)\d\d(?: ?г)?\."
)
_INITIAL: Final = LazyPattern(r"\w\.\s")
#: Arabic titles before a name, abbreviated as a letter and a full stop: "د." (doctor),
#: "أ." (professor or Mr.).
_ARABIC_TITLES: Final = frozenset(("د.", "أ."))
#: An e-mail address alone on a signature's line ("joana.ximenes@example.org"), or
#: before a telephone number after a bar, a middle dot, a comma, a semicolon, a slash
#: or a dash ("jk@example.org | +232 76 410 552", "ab@example.ci – +225 00 00 00 00").
_ADDRESS_ALONE: Final = LazyPattern(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"(?:(?:[ \u00a0]*[|·,;/–—][ \u00a0]*|[ \u00a0]+-[ \u00a0]+)\+?[\d() \u00a0.-]{6,24})?"
)
#: A run of white space that sets a line's text in two columns: five spaces or more, or a
#: tab (a word processor's tab stop: "Директор Центра<TAB><TAB>А. В. Литвинов").
_COLUMN_GAP: Final = LazyPattern(r"\S(?:[ \u00a0]{5,}|[ \u00a0]*\t[ \u00a0\t]*)\S")
#: A signer's title (at most five words, with a capital) and, far to the right, a name in
#: full of two or three capitalised words: "Директор          Октавиан Русу", "Executive
#: Director          Jane Example".
_TITLE_THEN_NAME_COLUMNS: Final = LazyPattern(
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.'’-]*(?:[ \u00a0][\w.'’-]+){0,4}[ \u00a0]{5,}"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-ÿа-яё'’-]+(?:[ \u00a0][A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-ÿа-яё'’-]+){1,2}"
)
#: A name with one or two initials: "Б. Р. Назаров", "J. R. Smith", "Б. Аннаев".
_INITIALS: Final = LazyPattern(r"(?:^|\s)[^\W\d_]\.(?:[ \u00a0]?[^\W\d_]\.)?[ \u00a0][^\W\d_]{2}")
#: A signature line alone stands at least this far in from the margin.
_SIGNED_FAR_RIGHT: Final = 24
_NOISE: Final = Decision(Role.NOISE)
_QUOTED: Final = Decision(Role.NOISE, demote=True)
_CLOSING: Final = Decision(Role.CLOSING)
#: The line starts the closing, its marker part of its text (a byline's dash).
_CLOSING_TEXT: Final = Decision(Role.CLOSING, demote=True)
_CLAUSE: Final = Decision(Role.CLAUSE)
_BULLET: Final = Decision(Role.BULLET)
_LOST_GLYPH: Final = Decision(Role.BULLET, demote=True)
_PARA: Final = Decision(Role.PARA, demote=True)
# A table is closed after each row: only a row continues it (see table_row).
_TABLE: Final = Decision(Role.TABLE, open=False)
_ROW: Final = Decision(Role.CONTINUE, open=False)
