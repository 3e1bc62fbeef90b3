"""Who submitted a contribution: one table of labels in the six UN languages.

The parser's :attr:`~wgec_parse.nodes.FrontMatter.submitted_by`, the validator's
``missing-submitter`` rule and ``batch``'s ``submitter`` column all read this table.
A field whose name is a label gives the submitter; a cover line that starts with a
label and goes on with the name ("Submitted by the Permanent Mission of ...") gives it
too; a title such as "Contribution of X" gives it with less confidence, and says so.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, Literal

import attrs

from wgec_parse.dates import DATE_ALONE
from wgec_parse.folding import UNSPACED, fold
from wgec_parse.lazyre import LazyPattern
from wgec_parse.questions import match_subject, match_topic

__all__ = [
    "ABOUT_LABELS",
    "AUTHOR_LABELS",
    "CONTACT_LABELS",
    "INLINE_CONTACT",
    "LABELS",
    "SENDER_LABELS",
    "SUBJECT_LABELS",
    "Submitter",
    "behind_mailbox_organisation",
    "called_by_its_kind",
    "claimed_by_its_government",
    "field_in_line",
    "fields_in_value",
    "forwarded_sender",
    "from_capitals_at_start",
    "from_fields",
    "from_letterhead",
    "from_line",
    "from_name_before_street",
    "from_paragraph",
    "from_sentence",
    "fullest_title",
    "in_nominative",
    "is_label",
    "is_organisation_name",
    "is_subject",
    "labelled",
    "mission_of",
    "names_a_contact",
    "names_a_mission",
    "names_an_organ_alone",
    "names_an_organ_of",
    "names_organisation",
    "names_state_or_government",
    "names_the_same",
    "opens_with_title",
    "personal_writer",
    "prefer",
    "prefers_the_speaker",
    "says_personal",
    "says_who_wrote",
    "sender_line",
    "signed_by_a_person",
    "signed_with_initials",
    "signed_with_title",
    "signs_for",
    "speaker_for_state",
    "speaks_as_subject",
    "spells",
]

#: Field names that name the submitter, most telling first: an organisation before the
#: person or address an e-mail was sent from.  Gender and number variants included.
#: Field names of a person's name, in the six UN languages.
_PERSON_LABELS: Final = (
    "Name", "Nom", "Nombre", "Full name", "Your name", "Name and surname",
    "First and last name", "Nombre y apellidos", "Nombre y apellido", "Apellidos y nombre",
    "Nombre completo", "Nom et prénom", "Nom et prénoms", "Prénom et nom",
    "Nom complet", "ФИО", "Ф.И.О.", "Фамилия, имя, отчество", "Фамилия, имя",
    "Фамилия и имя", "Имя и фамилия", "Имя", "الاسم",
    "الاسم الكامل", "姓名",
)  # fmt: skip
LABELS: Final = tuple(
    fold(label)
    for label in (
        # an organisation, a government, a country
        "Organization",
        "Organisation",
        "Organization name",
        "Name of organization",
        "Name of organisation",
        "Entity",
        "Institution",
        "Organisme",
        "Entidad",
        "Institución",
        "Учреждение",
        "الجهة",
        "اسم الجهة",
        "Submitting organization",
        "Submitting organisation",
        "Organización",
        "Nombre de la organización",
        "Organisation soumissionnaire",
        "Nom de l'organisation",
        "Организация",
        "Название организации",
        "Наименование организации",
        "المنظمة",
        "اسم المنظمة",
        "组织",
        "组织名称",
        "机构",
        "机构名称",
        "提交机构",
        "单位",
        "单位名称",
        "Government",
        "Gouvernement",
        "Gobierno",
        "Правительство",
        "الحكومة",
        "政府",
        # who submitted it
        "Submitted by",
        "Submitted on behalf of",
        "Soumis par",
        "Soumise par",
        "Soumises par",
        "Présenté par",
        "Présentée par",
        "Présentés par",
        "Présentées par",
        "Presentado por",
        "Presentada por",
        "Presentados por",
        "Presentadas por",
        "Enviado por",
        "Enviada por",
        "Представлено",
        "Представлена",
        "Представлен",
        "Представлены",
        "مقدم من",
        "مقدمة من",
        "مقدّم من",
        "مقدَّم من",
        "提交方",
        "提交单位",
        "提交人",
        "Contributor",
        "Contributeur",
        "Contribuyente",
        "Author",
        "Authors",
        "Auteur",
        "Auteurs",
        "Autor",
        "Autora",
        "Autores",
        "Autoras",
        "Auteure",
        "Auteures",
        "Автор",
        "Авторы",
        "المؤلف",
        "بقلم",
        "作者",
        "Country",
        "Pays",
        "País",
        "Страна",
        "البلد",
        "الدولة",
        "国家",
        # a person's name (first of all where the text says they write in a personal
        # capacity: :func:`from_fields`)
        *_PERSON_LABELS,
        # the sender of an e-mail, last
        "From",
        "De",
        "От",
        "От кого",
        "من",
        "发件人",
        "发件",
        "发自",
    )
)
_RANK: Final = {label: rank for rank, label in enumerate(LABELS)}
#: Word stems that make a short field name an organisation's name ("Organisation name",
#: "Organización remitente", "اسم الجهة المقدِّمة", "报送单位"), folded.
_ORGANISATION_STEMS: Final = tuple(
    fold(stem)
    for stem in (
        "organization", "organisation", "organisme", "organismo", "organización",
        "organizacion", "организаци", "منظمة", "الجهة", "组织", "机构", "单位",
        "structure", "entity", "entité", "entidad", "institution", "institución",
        "company", "société", "empresa", "компани", "учреждени", "المؤسسة", "公司",
    )
)  # fmt: skip
#: Words that make such a field name another field's: its type, sector or group.
_NOT_THE_NAME: Final = tuple(
    fold(word)
    for word in (
        "type", "tipo", "catégorie", "category", "categoría", "sector", "secteur",
        "group", "groupe", "grupo", "size", "taille", "тип", "вид", "сектор", "категори",
        "نوع", "فئة", "قطاع", "类型", "类别", "性质", "contact", "contacto", "контакт",
        "email", "e-mail", "correo", "courriel", "address", "adresse", "dirección",
        "адрес", "عنوان", "البريد", "地址", "邮箱", "country", "pays", "país", "страна",
        "website", "web", "site", "sitio", "сайт", "موقع", "网站",
        # a description of it ("Short description of your organisation", "نبذة عن الجهة")
        "description", "présentation", "descripción", "presentación", "описание", "نبذة",
        "وصف", "简介", "介绍",
    )
)  # fmt: skip
#: An organisation's field name has at most this many words, not counting the small
#: ones ("Nombre de la organización o persona": three).
_ORGANISATION_LABEL_MAX_WORDS: Final = 4
#: A small word (an article, a preposition, a conjunction) has at most this many letters.
_SMALL_WORD_MAX: Final = 3


#: A remark in brackets at the end of a field's name ("Organización (si corresponde)",
#: "Name (optional)", "单位（如适用）"): the name is the words before it.
_LABEL_REMARK: Final = LazyPattern(r"[ \u00a0]*[(（][^()（）]{1,40}[)）]\Z")


def _rank(name: str) -> int | None:
    """How telling a field name is of the submitter (0: most), or None if it names
    something else: a name of :data:`LABELS`, or a short one that speaks of the
    organisation and of nothing else about it ("Organisation name", "Organización
    remitente"; not "Type of organisation"), or two such names set apart by a slash
    ("Name/Organisation", "姓名/机构名称": the more telling); a remark in brackets after
    the name aside ("Organización (si corresponde)")."""
    either = _either_label(name)
    if either:  # "Name/Organisation", "姓名/机构名称"
        found = [rank for rank in map(_rank, either) if rank is not None]
        return min(found) if found else None
    folded = fold(_LABEL_REMARK.sub("", name.rstrip(":：").rstrip()))
    rank = _RANK.get(folded)
    if rank is not None or not folded:
        return rank
    head, _, rest = folded.partition(" ")
    if head in _DOCUMENT_WORDS and _RANK.get(rest) is not None:
        return _RANK[rest]  # "Contribution submitted by", "مساهمة مقدمة من"
    words = [word for word in folded.split() if len(word) > _SMALL_WORD_MAX]
    if len(words) > _ORGANISATION_LABEL_MAX_WORDS or name.rstrip().endswith(("?", "？", "؟")):
        return None  # "Is your organisation accredited to ECOSOC?" asks about it
    return 0 if _asks_for_the_name_of_a_body(folded) else None


def _either_label(name: str) -> list[str]:
    """The two names or more of a field's name that asks for a person's name or another
    ("Name/Organisation", "姓名/机构名称"); [] for any other ("Country/Region")."""
    parts = [part.strip() for part in name.rstrip(":：").replace("／", "/").split("/")]
    if len(parts) < 2 or not all(parts):
        return []
    return parts if any(_RANK.get(fold(part)) in _PERSON_RANKS for part in parts) else []


def _asks_for_a_person(name: str) -> bool:
    """Whether a field's name offers a person's name among others ("姓名/机构名称")."""
    return bool(_either_label(name))


#: The words for the document that may open a submitter's label ("Contribution
#: submitted by:", "Input presented by:", "مساهمة مقدمة من:", "Вклад представлен:"),
#: folded.
_DOCUMENT_WORDS: Final = frozenset(
    fold(word)
    for word in (
        "Contribution",
        "Input",
        "Submission",
        "Paper",
        "Response",
        "Responses",
        "Réponse",
        "Réponses",
        "Contribución",
        "Aporte",
        "Respuesta",
        "Respuestas",
        "Вклад",
        "Ответ",
        "Ответы",
        "مساهمة",
        "ورقة",
        "رد",
        "ردود",
    )
)


def _asks_for_the_name_of_a_body(folded: str) -> bool:
    """Whether a folded field name speaks of the organisation and of nothing else about
    it ("organisation name", "单位"; not "type of organisation", nor "About your
    organisation", which asks for a description: :data:`ABOUT_LABELS`)."""
    return (
        any(stem in folded for stem in _ORGANISATION_STEMS)
        and not any(word in folded for word in _NOT_THE_NAME)
        and not folded.startswith(ABOUT_LABELS)
    )


def names_a_contact(label: str) -> bool:
    """Whether a field's folded label says how to reach the body that wrote, naming it
    after a word of contact ("Contact the Association", "Pour contacter le Réseau",
    "Para contactar a la Red", "Связаться с Ассоциацией", "للتواصل مع الجمعية"), or
    is a contact label (:data:`CONTACT_LABELS`) that says what for ("Contact for this
    submission", "Personne de contact pour cette contribution"), as a contact field
    does."""
    if len(label) > _CONTACT_LABEL_MAX:
        return False
    head = _CONTACT_PURPOSE.split(label, maxsplit=1)[0]
    return label.startswith(_CONTACT_OPENINGS) or (head != label and head in CONTACT_LABELS)


#: The word after a contact label that says what the contact is for.
_CONTACT_PURPOSE: Final = LazyPattern(r" (?:for|about|regarding|on|pour|sur|para|sobre|по) ")


#: The words of contact before the body a label names (folded), with the space after.
_CONTACT_OPENINGS: Final = tuple(
    fold(opening) + opening[len(opening.rstrip()) :]
    for opening in (
        "Contact the ", "Contact us ", "To contact the ", "To contact us ", "Pour contacter ",
        "Pour nous contacter ", "Para contactar ", "Para contactarnos ", "Связаться с ",
        "Для связи с ", "للتواصل مع ", "للاتصال ب", "联系",
    )
)  # fmt: skip
#: The longest such label.
_CONTACT_LABEL_MAX: Final = 60


#: Field names of the contact details that close a submission, in the six UN languages.
CONTACT_LABELS: Final = frozenset(
    fold(label)
    for label in (
        "Contact",
        "Contacts",
        "Contact person",
        "Contact details",
        "Focal point",
        "Contact point",
        "Point de contact",
        "Punto de contacto",
        "Personne de contact",
        "Point focal",
        "Coordonnées",
        "Contacto",
        "Persona de contacto",
        "Punto focal",
        "Контакт",
        "Контакты",
        "Контактное лицо",
        "Контактная информация",
        "Контактные данные",
        "Contact information",
        "Información de contacto",
        "للاتصال",
        "جهة الاتصال",
        "الاتصال",
        "联系人",
        "联系方式",
        "联系电话",
        # "For further information: Dr. X, ...", "For more information, please contact:"
        "For further information",
        "For more information",
        # "Más información: Dirección de ..., correo@example.org": where to write
        "Más información",
        "Para más información",
        "Plus d'informations",
        "Дополнительная информация",
        "لمزيد من المعلومات",
        "更多信息",
        "For further information, please contact",
        "For more information, please contact",
        "Pour plus d'informations",
        "Pour toute information complémentaire",
        "Pour tout renseignement",
        "Pour tout renseignement complémentaire",
        "Pour toute question",
        "Para cualquier consulta",
        "Для справок",
        "По всем вопросам",
        "للاستفسار",
        "للاستفسارات",
        "Enquiries",
        "Inquiries",
        "For enquiries",
        "For inquiries",
        "For queries",
        "Media enquiries",
        "Media inquiries",
        "Press enquiries",
        "Press inquiries",
        "For media enquiries",
        "For media inquiries",
        "For press enquiries",
        "For press inquiries",
        "Pour les médias",
        "Contact médias",
        "Para medios",
        "Media contact",
        "Press contact",
        "Contact presse",
        "Contacto de prensa",
        "Контакты для прессы",
        "Контакт для прессы",
        "للتواصل",
        "للتواصل الإعلامي",
        "Para más información",
        "Para mayor información",
        "Дополнительная информация",
        "لمزيد من المعلومات",
        "للمزيد من المعلومات",
        # Where to write: "For correspondence: Dr. X, x@example.org", "Consultas: ..."
        "Correspondence",
        "For correspondence",
        "Correspondance",
        "Consultas",
        "Correspondencia",
        "Для связи",
        "للمراسلة",
    )
)

#: Labels that may run straight on into the name, without a colon (an Arabic paper's
#: word before "submitted by" too: "ورقة مقدمة من X إلى ...").
_RUN_ON: Final = re.compile(
    r"(?i:submitted(?: on behalf of| by)|soumise? par|présentée? par|presentad[oa] por)"
    r"[ \u00a0]+(?P<name>\S.*)"
    r"|(?:Представлен[оа]?|(?:(?:ورقة|مذكرة|مساهمة|رسالة)[ \u00a0]+)?مقدمة? من)[ \u00a0]+"
    r"(?P<other>\S.*)"
)
#: Titles that name the submitter, with less confidence.
_TITLE: Final = LazyPattern(
    r"(?i:(?:contribution|response|reply|comments|submission|input|statement|position paper)"
    r"[ \u00a0]+(?:of|from|by)"
    r"|(?:contribution|r[ée]ponses?|commentaires|position)[ \u00a0]+(?:de|du|de la|des)"
    r"|(?:contribuci[óo]n|aportes?|respuestas?|comentarios|posici[óo]n)[ \u00a0]+"
    r"(?:del|de la|de los|de las|de))"
    r"[ \u00a0]+(?P<name>[^\W\d_].*)"
)
#: A title's byline: "Comments on the WGEC-2 guiding questions by Jane Doe, independent
#: consultant" names the writer (two to four capitalised words, then a comma, a bracket
#: or the end).
_BYLINE: Final = LazyPattern(
    r"\A(?i:comments|contribution|input|submission|response|remarks|views|reply|note)\b"
    r"[^.?!:]{0,120}?[ \u00a0]by[ \u00a0]"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[ \u00a0][A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})(?=,|[ \u00a0]\(|\Z)"
)
#: A web page's line that says when and by whom it was posted: "Posted on 20 December
#: 2016 by Example Wires Collective", "Publié le 3 mai 2016 par Collectif X", "Publicado
#: por Colectivo X", or before a middle dot and the place, "Publicado el 2 de enero de
#: 2017 por Ana Ejemplo · Montevideo": the organisation after "by" names the submitter.
_POSTED_BY: Final = LazyPattern(
    r"(?i:posted|published|publi[ée]e?|publicad[oa])\b[^.?!|]{0,60}?[ \u00a0](?i:by|par|por)"
    r"[ \u00a0](?P<article>(?i:the|l[ae]|el)[ \u00a0])?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[ \u00a0][\w'’.-]+){1,6}?)(?=[ \u00a0]*[,(|·]|\Z)"
)
#: A body's capitalised name, then "team" or "staff" in lower case, a common noun: the
#: body's people post for it ("Open Net Example team", "Example Digital Forum staff").
_TEAM_OF_BODY: Final = LazyPattern(
    r"(?P<body>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \u00a0][A-ZÀ-ÖØ-Þ][\w'’.-]*){1,5})[ \u00a0]"
    r"(?:team|staff|policy team|editorial team)"
)
#: A body's organ named by the body's acronym ("YVIG Policy Team", "EXA Board").
_ORGAN_OF_ACRONYM: Final = LazyPattern(
    r"[A-ZÀ-ÖØ-Þ][A-Za-zà-ÿ]*[A-ZÀ-ÖØ-Þ][A-Za-zà-ÿ]*[ \u00a0]+(?:Policy[ \u00a0]+)?Team"
)
#: A body's team or office that posts for it ("Policy Team", "Communications Office").
_TEAM_OF: Final = LazyPattern(r"(?:\w+[ \u00a0]){0,3}(?i:team|office|unit|desk|secretariat)")
#: A person's name in Russian that opens a cover line, alone, before a comma or before
#: the degree or job (:data:`_RU_TITLE`) run on from the next line (an individual's heading):
#: initials and surname ("Д. А. Воронцов"), or three names, the second or the third a
#: patronymic ("Ильин Константин Андреевич", "Ирина Викторовна Сомова", "Кравцов Пётр
#: Ильич" over "кандидат юридических наук, ...").
_RU_NAME: Final = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_RU_PATRONYMIC: Final = r"[А-ЯЁ][а-яё]+(?:ич|вна|чна)"
#: The first word of a degree or job in Russian, in lower case, as it follows a name.
_RU_TITLE: Final = (
    r"(?:кандидат|доктор|профессор|доцент|независим|эксперт|старш|ведущ|научн|заведующ"
    r"|директор|председател|член|аспирант|юрист|специалист|преподавател|исследовател"
    r"|руководител|генеральн|главн|советник|консультант)"
)
_RUSSIAN_PERSON: Final = LazyPattern(
    rf"(?:[А-ЯЁ]\.[ \u00a0]?[А-ЯЁ]\.[ \u00a0]?{_RU_NAME}"
    rf"|{_RU_NAME}[ \u00a0]{_RU_NAME}[ \u00a0]{_RU_PATRONYMIC}"
    rf"|{_RU_NAME}[ \u00a0]{_RU_PATRONYMIC}[ \u00a0]{_RU_NAME})(?=,|\Z|[ \u00a0]{_RU_TITLE})"
)
#: A person's name in Chinese (two to four characters) before an aside in brackets, the
#: whole line ("高岚（华岭理工学院法学院副教授，以个人身份提交）", a space between them
#: too, "何晓岚　（以个人身份提交）"): the writer, where the aside says that they write in a
#: personal capacity; not the words for an opinion ("个人意见（以个人身份提交）", a title).
_ZH_PERSON: Final = LazyPattern(
    r"(?!(?:个人|本人)?(?:意见|观点|看法|建议|说明))"
    r"(?P<name>[\u4e00-\u9fff]{2,4})[ \u00a0\u3000]{0,2}[（(](?P<aside>[^（()）]{1,80})[）)]\Z"
)
#: A person's name and an aside in brackets ("Jane Example (submitted in a personal
#: capacity)"): two to four capitalised words.
_PERSON_ASIDE: Final = LazyPattern(
    r"(?P<name>(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*\.?[ \u00a0]){1,3}"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*)[ \u00a0]*\((?P<aside>[^()]{1,80})\)"
)
#: A person's name alone on a line, every word capitalised: two to four words
#: ("Tomasz Example", "Ines Example-Faltermeyer", "Ольга Викторовна Примерова").
_CAPITALISED_NAME: Final = LazyPattern(
    r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*\.?[ \u00a0]){1,3}"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*"
)
#: A state's motto under its name on a letterhead: three or four words joined by spaced
#: dashes, middle dots or stars ("Union - Travail - Justice", "Fraternité – Travail –
#: Progrès", "Unité * Travail * Progrès").
_MOTTO: Final = LazyPattern(
    r"[^\W\d_]+(?:(?:[ \u00a0]+[-–—*][ \u00a0]+|[ \u00a0]*[·•][ \u00a0]*)[^\W\d_]+){2,3}"
)
#: "In a personal capacity" as French, Spanish and Arabic write it, which says so in a
#: sentence (:data:`_PERSONAL`) or as a field's whole value (:data:`_NO_BODY`).
_IN_ONES_OWN_NAME: Final = (
    r"à titre (?:personnel|individuel)|a título (?:personal|individual)|بصفة شخصية"
)
#: Words by which a writer says that they write for themselves, not for the body they
#: work for ("in my personal capacity", "à titre personnel", "в личном качестве").
_PERSONAL: Final = LazyPattern(
    r"(?i:personal capacity|own capacity|individual capacity|в личном качестве|بصفتي الشخصية"
    rf"|{_IN_ONES_OWN_NAME})|个人身份|不代表任何机构"
)
#: A field's value that names no body: the writer is a private person, or there is none
#: ("Individual", "N/A", "Particulier", "Particular", "частное лицо", "فرد", "个人", "无").
_NO_BODY: Final = LazyPattern(
    r"(?i:individual|private individual|private person|private citizen|personal|none|n/?a|-|–|—"
    r"|particulier|aucune?|particular|persona física|ninguna|частное лицо|физическое лицо|нет"
    rf"|فرد|لا يوجد|个人|无|{_IN_ONES_OWN_NAME})"
)
#: Where a title's name ends: the meeting it is addressed to ("Contribution of X to the
#: Working Group ...", "Submission of X to WGEC-2", "Contribution de X au Groupe ...",
#: "Aportes de X al Grupo ...").
_ADDRESSED: Final = LazyPattern(
    r"[ \u00a0]+(?i:to[ \u00a0]+the|to(?=[ \u00a0]+(?:wgec|cstd|cctd|un[ \u00a0]+cstd))"
    r"|au|aux|à[ \u00a0]+la|auprès|al|a[ \u00a0]+la|a[ \u00a0]+las"
    r"|a[ \u00a0]+los|ante)[ \u00a0]"
)
#: What a title is addressed to: the meeting's bodies (by their acronyms too, "GTCM-2",
#: "GTCR-2", "CCTD"), its questions.
_ADDRESSEE_WORDS: Final = LazyPattern(
    r"(?i:working group|groupe de travail|grupo de trabajo|cstd|cctd|wgec|gtc[mr]|commission"
    r"|comisi[óo]n"
    r"|question|pregunta|consultation|consulta|travaux)"
)
#: The articles a title's name may open with ("Contribution of the X"), in lower case.
_LOWER_ARTICLES: Final = ("the ", "la ", "le ", "les ", "l'", "l’", "el ", "los ", "las ")


def _title_name(name: str, head: str = "") -> str:
    """The name a title gives after its head words ``head``: up to the meeting or the
    questions it is addressed to, without its article ("the Example Forum to the Working
    Group" gives "Example Forum"; "Collectif ... au Sahel" keeps its place), but for an
    article that is part of the name (:func:`_article_in_name`: "Aportes de El Salvador"
    gives "El Salvador")."""
    last = -1  # where the last addressee word starts (one pass: a long line stays linear)
    for word in _ADDRESSEE_WORDS.finditer(name):
        last = word.start()
    for cut in _ADDRESSED.finditer(name):
        if cut.start() > 0 and last >= cut.end():
            name = name[: cut.start()]
            break
    if _article_in_name(head, name):
        return name
    opening = name[:4].lower()  # a title in capitals: "INPUT OF THE GOVERNMENT OF X"
    for article in _LOWER_ARTICLES:
        if opening.startswith(article) and len(name) > len(article):
            return name[len(article) :]
    return name


def _article_in_name(head: str, name: str) -> bool:
    """Whether the article that opens ``name`` after a title's ``head`` words is part
    of the name: written with a capital after a preposition in lower case ("of The
    Gambia"), or a Spanish "el" after "de", which would otherwise be written "del"
    ("Aportes de El Salvador", "APORTES DE EL SALVADOR")."""
    last = head.split()[-1:]
    if not last or not name.startswith(_ARTICLES_ANY_CASE):
        return False
    preposition = last[0]
    if preposition.casefold() == "de" and name[:3].casefold() == "el ":
        return True
    return preposition.islower() and name[:1].isupper() and not name[1:2].isupper()


#: What sets a subtitle apart from a title: a Chinese double dash, or a spaced dash.
#: (Each alternative starts only where a run of spaces starts: a search stays linear.)
_SUBTITLE: Final = LazyPattern(r"(?<![ \u00a0])[ \u00a0]*——|(?<![ \u00a0])[ \u00a0]+[–—][ \u00a0]+")
#: Titles that name the submitter between a word and a preposition ("Вклад X в работу
#: ...", "مساهمة X في أعمال ..."): the word, and the prepositions that end the name.
_TITLE_WORDS: Final = (
    (
        frozenset(("Вклад", "Ответ", "Ответы", "Комментарии", "Предложения", "Замечания")),
        frozenset(("в", "к", "для", "по")),
    ),
    (
        frozenset(("مساهمة", "ردود", "رد", "تعليقات", "مقترحات", "ملاحظات")),
        # ... and "للفريق" (to the group), "للجنة" (to the commission)
        frozenset(("في", "إلى", "بشأن", "حول", "على", "للفريق", "للجنة", "لفريق")),
    ),
)
#: Words that make a short cover line the name of an organisation ("Example Internet
#: Users Association", "Fédération des opérateurs ...", "Министерство связи", "Example
#: Data Networks PLC"), folded.
#: Words for the meeting's own working group are left out.
_ORGANISATION_WORDS: Final = frozenset(
    fold(word)
    for word in (
        "Association", "Alliance", "Coalition", "Council", "Centre", "Center",
        "Institute", "Foundation", "Forum", "Federation", "Network", "Society",
        "Chamber", "Ministry", "Mission", "Agency", "Authority", "Consortium",
        "Initiative", "Trust", "Union", "League", "Committee", "Organisation",
        "Organization", "Observatory", "Collective", "Partnership", "Platform",
        "Ligue", "Comité", "Collectif", "Plateforme", "Groupement",
        "Iniciativa", "Unión", "Liga", "Colectivo", "Organización", "Plataforma",
        "Инициатива", "Объединение", "Комитет", "Лига", "Организация", "Платформа",
        "مبادرة", "منظمة", "رابطة", "ائتلاف",
        "Fédération", "Conseil", "Institut", "Fondation", "Réseau", "Société",
        "Chambre", "Ministère", "Agence", "Autorité", "Observatoire",
        "Asociación", "Federación", "Alianza", "Coalición", "Consejo", "Centro",
        "Instituto", "Fundación", "Foro", "Red", "Sociedad", "Cámara", "Ministerio",
        "Misión", "Agencia", "Autoridad", "Observatorio",
        # a standing roundtable of bodies ("Mesa Técnica ...", "Mesa de Diálogo ...")
        "Mesa",
        "Ассоциация", "Альянс", "Коалиция", "Совет", "Центр", "Институт", "Фонд",
        "Форум", "Общество", "Союз", "Палата", "Министерство", "Представительство",
        "Агентство", "АНО", "Служба", "Управление",
        # Russian legal forms of associations and companies, in capitals ("ОО «X»")
        "ОО", "РОО", "МОО", "НКО", "НП", "ООО", "АО", "ЗАО", "ОАО", "ПАО",
        "تجمع", "التجمع", "جمعية", "الجمعية", "اتحاد", "الاتحاد", "تحالف", "مجلس", "مركز", "معهد",
        "مؤسسة", "منتدى", "المنتدى", "شبكة", "وزارة", "البعثة", "هيئة",
        # a forum or gathering of bodies ("ملتقى المجتمع المدني ...")
        "ملتقى",
        "Department", "Département", "Departamento",
        # A ministry's directorate ("Dirección Nacional de ...", "Directorate of ...").
        "Directorate", "Dirección", "Дирекция", "مديرية", "المديرية",
        # A regulator's board ("Example Telecommunications Regulatory Board"), a grouping
        # of bodies ("Regroupement québécois pour ...")
        "Board", "Junta", "Regroupement", "Rassemblement", "Agrupación",
        # A regulator's or another body's commission ("Example Regulatory Commission");
        # the meeting's own commission names no submitter (_named).
        "Commission", "Comisión", "Комиссия",
        "Company", "Corporation", "PLC", "Ltd", "Ltd.", "Inc", "Inc.", "LLC", "GmbH",
        "Limited", "Incorporated", "Limitée", "Limitada",
        "Compagnie", "Compañía", "Corporación", "Компания", "Корпорация", "شركة",
        "Laboratory", "Laboratoire", "Laboratorio", "Лаборатория", "مختبر",
        # A university's research chair ("Chaire de recherche en ...", "Cátedra ...") and
        # an observatory in Arabic ("المرصد العربي للحريات الرقمية").
        "Chaire", "Cátedra", "مرصد", "المرصد",
        # Guilds, unions of trades and cooperatives ("GUILD OF INDEPENDENT SOFTWARE
        # DEVELOPERS OF EAST AFRICA (GISDEA)").
        "Guild", "Guilde", "Gremio", "Гильдия", "Syndicate", "Syndicat", "Sindicato",
        "Cooperative", "Coopérative", "Cooperativa", "Кооператив", "نقابة", "تعاونية",
        # A body that watches over rights ("Example Digital Rights Watch"); a circle of
        # experts or activists ("Nordic Digital Rights Circle", "Cercle de ...").
        "Watch", "Circle", "Cercle", "Círculo", "Кружок",
        # A regulator's unit ("Unidad Reguladora de ...", "Unité de régulation ..."; a
        # department of a body where no other word names one).
        "Unité", "Unidad",
    )
)  # fmt: skip
#: The Russian organisation words without their last letter, to read them in any case
#: ("Министерства", "ассоциации"): the words of six letters or more.
_CYRILLIC_STEMS: Final = tuple(
    word[:-1] for word in _ORGANISATION_WORDS if len(word) >= 6 and "\u0400" <= word[0] <= "\u04ff"
)
#: How a Chinese organisation's name ends ("……研究会", "……中心").
_ZH_ORGANISATION_ENDS: Final = (
    "研究会", "研究院", "研究所", "中心", "联盟", "协会", "学会", "基金会", "联合会",
    "论坛", "代表团", "部", "促进会", "商会", "委员会", "理事会", "大学", "学院", "公司",
    "集团", "办公室", "邮电局", "电信局", "管理局", "监管局", "通讯局", "资讯局", "信息局",
    "社群", "社区", "研究组", "课题组",
)  # fmt: skip
#: A network of bodies at a Chinese name's end ("……数字权利网络"), not a network of
#: wires ("互联网络", "通信网络").
_ZH_NETWORK: Final = "(?<!互联|通信|信息|宽带|移动|电信|数据|光纤)(?<!计算机)网络"
#: A network of bodies ending a name.
_ZH_NETWORK_END: Final = LazyPattern(_ZH_NETWORK + r"\Z")
#: The ends of a Chinese organisation's name, as a pattern.
_ZH_NAME_ENDS: Final = "|".join((*_ZH_ORGANISATION_ENDS, _ZH_NETWORK))
#: A Chinese organisation's name, two to thirty characters ending as an organisation's
#: does (the shortest such run, where a pattern goes on after it).
_ZH_ORGANISATION: Final = "[\u4e00-\u9fff]{2,30}?(?:" + _ZH_NAME_ENDS + ")"
#: The field names of an e-mail's sender: a person, whom an organisation outranks.
SENDER_LABELS: Final = frozenset(
    fold(label) for label in ("From", "De", "От", "От кого", "من", "发件人", "发件", "发自")
)
#: The field names of a memo's or an e-mail's subject.
SUBJECT_LABELS: Final = frozenset(
    fold(label)
    for label in (
        # Thunderbird writes "Sujet" in French.
        "Subject", "Re", "Objet", "Sujet", "Asunto", "Тема", "الموضوع", "主题", "事由",
    )
)  # fmt: skip
#: A name that starts with an acronym: "ALIC, red regional ...", "ALIC".
_ACRONYM: Final = LazyPattern(r"([A-ZÀ-ÖØ-ÞА-ЯЁ]{2,8})(?:[,;(]|[ \u00a0]|$)")
#: A name spelled out before its acronym in brackets, at a line's start.
_NAME_AND_ACRONYM: Final = LazyPattern(
    r"(?P<name>[^\W\d_][^()\n.,;:]{2,150}?)[ \u00a0]*\((?P<acronym>[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,8})\)"
)
#: A Chinese sentence or title whose subject is an organisation that submits or
#: speaks to the questions: its name (ending as an organisation's does) before 向, 就,
#: 关于 or 对 ("新疆数字丝绸之路研究院就……提交书面意见", "……研究院向……秘书处提交了") or
#: 应 and an invitation ("……联盟应……秘书处的邀请，就……") or 代表 for the body it speaks
#: for ("……邮电局代表……政府，就……提交以下意见"), a bracketed aside before the
#: verb ("……公司（一家……企业）对……的意见"), a space before it on a flattened cover
#: ("……研究院 关于……的意见"), when it was done ("……研究所近日向……", recently;
#: "……协会于2016年12月30日向……", on a date) and a
#: lead before the name ("现将", "now") left out.  The
#: name starts after no other Chinese character and holds no 提交 ("submits"): a
#: headline that names the body by its kind ("联盟向……提交书面意见") is no name.
_ZH_SUBMITS: Final = LazyPattern(
    "(?<![\u4e00-\u9fff])(?:现将|兹将|特将|谨将|谨代表|代表)?"
    "((?:(?!提交)[\u4e00-\u9fff]){2,30}?(?:" + _ZH_NAME_ENDS + "))"
    "(?:（[^（）]{0,80}）)?[ \u00a0\u3000]?(?:近日|日前|近期|今日|昨日|最近"
    "|于?\\d{4}年\\d{1,2}月(?:\\d{1,2}日)?)?"
    "(?:向|就|关于|对|应(?=[^。，]{2,60}邀请)|代表(?=[^。]{2,40}?[，,]?(?:就|向|提交)))"
)
#: An acronym in brackets: "(IODCC)".
_BRACKETED_ACRONYM: Final = LazyPattern(r"\(([A-ZÀ-ÖØ-ÞА-ЯЁ]{2,8})\)")
#: At most eight words after a name, then its acronym in brackets (capitals, a small
#: letter among them: "(LaRGN)", a place after a hyphen or a space: "(GPN-Mada)",
#: "(ARCEP Gabon)"): the words, the acronym.
_WORDS_TO_ACRONYM: Final = LazyPattern(
    r"((?:[ \u00a0][^\s()]+){0,8}?)[ \u00a0]"
    r"\(([A-ZÀ-ÖØ-ÞА-ЯЁ](?:[a-zà-ÿа-яё]?[A-ZÀ-ÖØ-ÞА-ЯЁ]){1,7}"
    r"(?:[- \u00a0][A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-ÿа-яё]{1,12})?)\)"
)
#: What ends a sentence, which no organisation's name does.
_SENTENCE_END: Final = (".", "!", "?", ":", ";", "。", "！", "？", "؟", "：", "；")
#: A company's name may end with the full stop of its abbreviated legal form (casefolded:
#: "Acme Data Ltd.", "EJEMPLO COMUNICACIONES S.A.").
_LEGAL_FORM_ENDS: Final = (
    " ltd.", " inc.", " corp.", " co.", " s.a.", " s.l.", " s.r.l.", " s.a.s.", " s.p.a.",
)  # fmt: skip
#: An organisation's name on a cover line has at most this many words.
_ORGANISATION_MAX_WORDS: Final = 12
#: A Chinese organisation's name right before the word for its opinion, a run of
#: Chinese of its own ("主题：…… - 深圳市……促进会意见"): group 1.
_ZH_OPINION_OF: Final = LazyPattern(
    "(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,30}(?:" + _ZH_NAME_ENDS + "))"
    "的?(?:意见|建议|回应|答复|评论|看法)(?![\u4e00-\u9fff])"
)
#: A Chinese title names the submitter before "关于" (or "对", "就") and ends "的意见".
_ZH_ABOUT: Final = ("关于", "对", "就")
_ZH_ENDS: Final = ("的意见", "的建议", "的回应", "的答复", "的评论", "的看法", "意见")


#: A sentence of a covering letter or a subject line that names whose contribution it
#: is: a word for the contribution and "of" ("the views of the Government of X on
#: ...", "les réponses du Gouvernement de X aux ...", "Aportes del Estado X al ..."), or
#: "on behalf of X" ("En nombre del Colectivo X, les hacemos llegar ..."), "submitted
#: by the X" in running text, the French
#: article elided before a vowel ("Au nom d'Example SA, ...").
_SENTENCE_OF: Final = LazyPattern(
    r"(?i:(?P<capitalised>\b(?:(?:contributions?|views|comments|inputs?|responses?"
    r"|repl(?:y|ies)|answers?|submission|position|observations|proposals)[ \u00a0]+"
    r"(?:of|from|by)|on[ \u00a0]+behalf[ \u00a0]+of"
    r"|submitted[ \u00a0]+by(?=[ \u00a0]+the[ \u00a0]))(?:[ \u00a0]+the)?)"
    r"|\b(?:au[ \u00a0]+nom|en[ \u00a0]+(?:nombre|representación))(?:[ \u00a0]+"
    r"(?:du|des|de[ \u00a0]+la|de[ \u00a0]+l['’]|del|de[ \u00a0]+los|de[ \u00a0]+las|de)"
    r"|[ \u00a0]+d['’](?=[AEIOUYÀÂÉÈÊÎÔÛH]))"
    r"|\b(?:contributions?|réponses?|commentaires|observations|vues|propositions|position)"
    r"(?:[ \u00a0]+(?:du|des|de[ \u00a0]+la|de[ \u00a0]+l['’]|de)|[ \u00a0]+d['’]"
    r"(?=[AEIOUYÀÂÉÈÊÎÔÛH]))"
    r"|\b(?:contribuci(?:ón|ones)|aportes?|comentarios|respuestas?|observaciones|opiniones"
    r"|propuestas|posición)[ \u00a0]+(?:del|de[ \u00a0]+la|de[ \u00a0]+los|de[ \u00a0]+las|de))"
    r"[ \u00a0]*(?=\w)"
)
#: The words that make a contribution one's own ("مساهمة فردية", an individual
#: contribution; "Вклад личный"), which name no one.
_OWN_CAPACITY: Final = frozenset(("فردية", "شخصية", "فردي", "شخصي", "личный", "индивидуальный"))
#: The words that say a position's kind after "موقف" ("موقف مشترك", a common position).
_POSITION_KINDS: Final = frozenset(("مشترك", "مشتركة", "موحد", "موحدة"))
#: The same in Russian and Arabic, where the name runs up to a preposition: a word for
#: the contribution ("ответы X на вопросы", "مساهمة X في ..."), or an Arabic verb before
#: its subject ("يسر X أن يقدم ...", "تهدي X لدى ... أطيب تحياتها", "قدم X مساهمة ...",
#: "بعث X بمساهمته ...", "يقدم X، وهو ...، إجاباته", not after "أن", "that").
_SENTENCE_BEFORE: Final = LazyPattern(
    r"(?<!\w)(?:(?i:ответы|ответ|вклад|комментарии|предложения|замечания|материалы|позиция"
    r"|позицию|мнение)|باسم|نيابة[ \u00a0]+عن"
    r"|و?(?:مساهمة|مساهمات|ردود|رد|تعليقات|مقترحات|ملاحظات|آراء|موقف)"
    r"|و?(?:يسر|يسرّ|تسر|تسرّ|تهدي|يهدي|تتشرف|يتشرف|قدم|قدمت|قدّم|قدّمت|تقدم|تقدمت|شارك|شاركت"
    r"|تتقدم|يتقدم|بعث|بعثت|أرسل|أرسلت|(?<!أن[ \u00a0])يقدّ?م))"
    # not "على قدم المساواة" (on an equal footing), nor "يقدم فيما يلي ..." (presents
    # below), whose subject came before the verb, nor a word of time ("أرسلت اليوم",
    # I sent today)
    r"[ \u00a0]+(?=\w)(?!المساواة|فيما[ \u00a0]+يلي|في[ \u00a0]+ما[ \u00a0]+يلي|أدناه"
    r"|(?:اليوم|أمس|بالأمس|الآن|مؤخرا|مؤخراً|سابقا|سابقاً)(?!\w)"
    # nor a contribution of one's own ("مساهمة فردية", an individual contribution), nor
    # a position's kind ("موقف مشترك", a common position)
    r"|(?:" + "|".join(sorted(_OWN_CAPACITY | _POSITION_KINDS)) + r")(?!\w))"
)
#: The words with which a diplomatic note's sender, named before them, presents its
#: compliments ("presents its compliments", "présente ses compliments", "saluda
#: atentamente", "presenta sus atentos saludos", "свидетельствует своё уважение").
_COMPLIMENTS_WORDS: Final = (
    r"presents[ \u00a0]+its[ \u00a0]+compliments|pr[ée]sente[ \u00a0]+ses[ \u00a0]+compliments"
    r"|saluda[ \u00a0]+(?:muy[ \u00a0]+)?atentamente|presenta[ \u00a0]+sus[ \u00a0]+"
    r"(?:atentos[ \u00a0]+)?saludos|свидетельствует[ \u00a0]+сво[её][ \u00a0]+уважение"
)
#: What a covering sentence says of its subject, the submitter, right after naming it
#: ("The Ministry of X is pleased to submit ...", "X presents its views ...", "X has sent
#: the following contribution", "X responded to the call for inputs", "X envió su
#: aporte", "X thanks the Chair ...", "X agradece la invitación ...", "Le Réseau X a
#: l'honneur de ...", "Le Centre X a le plaisir de ...", "La Autoridad X tiene el honor
#: de ...", "Ассоциация X имеет честь ...", the verb after its object pronoun:
#: "L'Association X vous adresse ...", "La Red X les envía ..."), and the opening of a
#: diplomatic note ("The Permanent Mission of X presents its compliments to ...", "...
#: présente ses compliments", "... saluda atentamente", "... свидетельствует свое
#: уважение"), or that it is a research unit or think tank ("The X Centre is a research
#: unit of ..."), or that it wishes to answer ("L'Association X (AX) souhaite répondre
#: ...", "The X Forum wishes to respond ...").
_SENTENCE_SUBJECT: Final = LazyPattern(
    r"[ \u00a0]+(?i:(?:is|are)[ \u00a0]+pleased[ \u00a0]+to|ha(?:s|ve)[ \u00a0]+the[ \u00a0]+"
    r"honou?r[ \u00a0]+to|welcomes[ \u00a0]+the[ \u00a0]+opportunity|(?:ha(?:s|ve)[ \u00a0]+)?"
    r"(?:sent|submitted)[ \u00a0]+(?:the|its|their|this|these|a)[ \u00a0]"
    r"|(?:ha(?:s|ve)[ \u00a0]+)?responded[ \u00a0]+to[ \u00a0]+(?:the|this|a)[ \u00a0]+"
    r"(?:call|invitation|consultation|request)\b"
    r"|(?:envió|remitió|presentó|ha[ \u00a0]+enviado|ha[ \u00a0]+presentado|a[ \u00a0]+envoyé"
    r"|a[ \u00a0]+transmis|a[ \u00a0]+soumis|a[ \u00a0]+adressé)[ \u00a0]|a[ \u00a0]+"
    r"(?:l['’]honneur|le[ \u00a0]+plaisir)[ \u00a0]+de|ont[ \u00a0]+(?:l['’]honneur|le[ \u00a0]+"
    r"plaisir)[ \u00a0]+de|ha(?:s|ve)[ \u00a0]+the[ \u00a0]+pleasure[ \u00a0]+(?:to|of)"
    r"|tienen?[ \u00a0]+el[ \u00a0]+(?:honor|agrado|placer)[ \u00a0]+de"
    r"|se[ \u00a0]+complacen?[ \u00a0]+en|имеет[ \u00a0]+честь|"
    r"submits|transmits|soumet|transmet|presenta|remite|направляет|представляет|"
    r"presents(?:[ \u00a0]+(?:its|their|the|this|these|here|herewith|below)|(?=,))"
    r"|présente(?:[ \u00a0]+(?:ses|sa|son|ici|les|la|le|cette|ce|notre|nos|ci-apr[èe]s)|(?=,))|"
    r"направила|направил|направило|направили|представила|представил|представило|"
    r"представили|"
    r"thanks[ \u00a0]+the|remercie[ \u00a0]+(?:le|la|les|l['’])"
    r"|vous[ \u00a0]+(?:remercie(?:nt)?|adresse(?:nt)?|transmet(?:tent)?"
    r"|(?:fait|font)[ \u00a0]+parvenir)"
    r"|les[ \u00a0]+(?:env[íi]a|remite|hace[ \u00a0]+llegar|agradece)"
    # "... envía sus comentarios", "... envoie ses observations", "... sends its views"
    r"|env[íi]an?[ \u00a0]+(?:sus|su|el|la|los|las|este|esta|estos|estas)[ \u00a0]"
    r"|envoie(?:nt)?[ \u00a0]+(?:ses|sa|son|les|la|le|cette|ce|ces)[ \u00a0]"
    r"|sends[ \u00a0]+(?:its|their|the|this|these|herewith)[ \u00a0]"
    r"|is[ \u00a0]+an?[ \u00a0]+(?:independent[ \u00a0]+|non-profit[ \u00a0]+"
    r"|university[ \u00a0]+)?(?:research[ \u00a0]+(?:unit|centre|center|institute)"
    r"|think[ \u00a0]+tank)"
    r"|agradece[ \u00a0]+(?:la|el|a|al|los|las)|благодарит"
    r"|souhaite(?:nt)?[ \u00a0]+(?:répondre|contribuer|apporter|soumettre|transmettre)"
    r"|wish(?:es)?[ \u00a0]+to[ \u00a0]+(?:answer|respond|contribute|submit)"
    r"|desea(?:n)?[ \u00a0]+(?:responder|contribuir|aportar|presentar)|"
    + _COMPLIMENTS_WORDS
    + r")\b"
)
#: The article before a subject's name, left out of it.
_ARTICLES: Final = ("The ", "Le ", "La ", "Les ", "L'", "L’", "El ", "Los ", "Las ")
#: The same, in capitals too ("APORTES DE EL SALVADOR").
_ARTICLES_ANY_CASE: Final = _ARTICLES + tuple(article.upper() for article in _ARTICLES)


def _without_article(text: str) -> str:
    """``text`` without the article with a capital it opens with (:data:`_ARTICLES`)."""
    for article in _ARTICLES:
        if text.startswith(article):
            return text[len(article) :]
    return text


def _last_article(text: str, start: int, stop: int) -> int:
    """The index of the space before the last article with a capital (:data:`_ARTICLES`)
    in ``text[start:stop]`` that opens a name rather than goes on with one after a
    preposition ("de El Salvador", "of The Gambia"); -1 if none."""
    while True:
        at = max(text.rfind(" " + article, start, stop) for article in _ARTICLES)
        before = text[start:at].split()
        if at < 0 or not before or before[-1] not in _IN_NAME_BEFORE_ARTICLE:
            return at
        stop = at


#: The prepositions after which an article with a capital goes on with a name ("de El
#: Salvador").
_IN_NAME_BEFORE_ARTICLE: Final = frozenset(("de", "del", "of", "du", "des"))


#: The object after an Arabic verb and its subject, which ends the subject's name: "قدم
#: X مساهمته ...", "يقدم X هذه الورقة", "يقدم X إجاباته", or "below" and its view, "يقدم
#: X فيما يلي رأيه", "يقدم X الملاحظات التالية".
_ARABIC_OBJECTS: Final = frozenset(
    (
        "مساهمتها", "مساهمته", "ردودها", "ردوده", "ملاحظاتها", "ملاحظاته",
        "هذه", "هذا", "إجاباته", "إجاباتها", "أجوبته", "أجوبتها",
        "فيما", "أدناه", "رأيه", "رأيها", "آراءه", "آراءها", "الملاحظات", "الآراء",
    )
)  # fmt: skip
#: What ends a French, Spanish, Russian or Arabic name in such a sentence (an English
#: one is the run of its capitalised words).
_NAME_ENDS: Final = frozenset(
    (
        "sur", "aux", "au", "à", "pour", "concernant", "relatives", "relatifs", "dans",
        "en", "qui", "que", "dont", "sobre", "al", "a", "para", "respecto", "acerca",
        "con", "ante", "auprès",
        "на", "в", "к", "по", "для", "относительно", "о", "об",
        "في", "إلى", "بشأن", "حول", "على", "لدى", "أن", "بأن", "أطيب", "عن",
        # a relative clause: "مساهمة الشبكة التي أرسلت أمس" (the network's that I sent)
        "التي", "الذي", "الذين",
        # what a body is honoured to do: "تتشرف X بتقديم ..."
        "بتقديم", "بإرسال", "بإحالة", "بموافاة",
        # what a body sent or offers: "بعث X بمساهمته ...", "تتقدم X بالشكر ..."
        "بمساهمتها", "بمساهمته", "بمساهمة", "بردودها", "بردوده", "بملاحظاتها", "بملاحظاته",
        "بالشكر", "بالأجوبة", "بالإجابات", "بالردود", "بالمساهمة",
        # ... or this one: "تتقدم X بهذه المساهمة" (presents this contribution)
        "بهذه", "بهذا",
    )
) | _ARABIC_OBJECTS  # fmt: skip
#: Words that open a state's name after a preposition, which then goes on with the name
#: rather than end it ("هيئة ... في جمهورية X", "Autorité ... en République de X",
#: "Агентство ... в Республике X"), and the Arab states and regions, named alone after
#: "في" ("رابطة ... في المغرب العربي"): the body's country or region is part of its name,
#: as is the university a centre belongs to ("مركز ... في جامعة X").
_STATE_WORDS: Final = frozenset(
    (
        "جمهورية", "الجمهورية", "مملكة", "المملكة", "دولة", "إمارة",
        "République", "Royaume", "República", "Reino", "Республике", "Королевстве",
        "المغرب", "الجزائر", "تونس", "ليبيا", "مصر", "السودان", "موريتانيا", "لبنان",
        "سوريا", "سورية", "الأردن", "العراق", "فلسطين", "السعودية", "الكويت", "قطر",
        "البحرين", "الإمارات", "عمان", "عُمان", "اليمن", "الصومال", "جيبوتي", "الخليج",
        "الشرق", "المنطقة", "الوطن", "العالم", "أفريقيا", "إفريقيا",
        # a sultanate, the states of a region, a quarter of one ("في سلطنة عمان", "في
        # دول البحر الأحمر", "في شمال أفريقيا")
        "سلطنة", "دول", "منطقة", "شمال", "جنوب", "شرق", "غرب", "وسط",
        # the university or college a centre belongs to ("مركز ... في جامعة X")
        "جامعة", "الجامعة", "كلية",
    )
)  # fmt: skip


def _before_state(words: Sequence[str], k: int) -> bool:
    """Whether the words after ``words[k]`` open a state's name ("في جمهورية X", "en la
    República de X"): the preposition there goes on with the name."""
    after = words[k + 1 : k + 3]
    if len(after) > 1 and after[0] in ("la", "el", "le", "l'", "l’"):
        after = after[1:]
    return bool(after) and after[0].rstrip(",.;:،؛") in _STATE_WORDS


#: Small words inside a name written with capitals ("Government of the Republic of X").
_NAME_JOINS: Final = frozenset(
    (
        "of", "the", "and", "for", "on", "in", "de", "la", "le", "les", "del", "des", "du",
        "los", "las", "y", "e", "et", "pour", "para", "en", "l'", "d'", "l’", "d’",
    )
)  # fmt: skip
#: The small words an acronym may leave out, besides those that join a name: "sur"
#: ("Groupe de recherche sur la gouvernance de l'internet", GRGI), "sobre", "по", an
#: indefinite article ("Collectif citoyen pour un Internet ouvert", CCIO).
_ACRONYM_SKIPS: Final = _NAME_JOINS | frozenset(
    ("sur", "sobre", "au", "aux", "à", "al", "a", "con", "to", "by", "at", "with", "по", "и",
     "в", "для", "при", "un", "une", "uno", "una", "an", "por", "el")
)  # fmt: skip
#: A company's legal form in lower case after its name ("plc", "ltd"), which ends it.
_LEGAL_FORMS: Final = frozenset(
    (
        "plc", "ltd", "ltd.", "llc", "inc.", "s.a.", "s.l.", "s.r.l.", "s.a.s.", "s.p.a.",
        "s.a.r.l.", "gmbh", "sa", "sas", "sarl", "srl", "spa", "ag", "bv", "nv", "pty",
    )
)  # fmt: skip
#: The meeting's own commission, which no cover line names as a submitter (casefolded).
_MEETING_COMMISSIONS: Final = (
    "commission on science", "commission de la science", "comisión de ciencia",
    "комиссия по науке", "комиссии по науке", "cstd",
)  # fmt: skip
#: Names of the meeting's own bodies, which a sentence names without submitting.
_MEETING_WORDS: Final = (
    *_MEETING_COMMISSIONS,
    "working group", "secretariat", "chair", "wgec",
    "united nations", "tunis agenda", "groupe de travail",
    "secrétariat", "grupo de trabajo", "secretaría", "рабоч",
    "секретариат", "الفريق العامل", "الأمانة",
    "لجنة تسخير العلم", "اللجنة", "world summit", "internet governance forum",
)  # fmt: skip
#: How some of :data:`_MEETING_WORDS` are matched.
_MEETING_WORD_FORMS: Final = {
    "chair": "chair(?!e)",
    "internet governance forum": r"(?:^|\bthe )internet governance forum",
}
#: Any of :data:`_MEETING_WORDS` in a casefolded text; "chair" not inside "chaire" (a
#: university's research chair, "Chaire de recherche en ..."), and the Internet
#: Governance Forum itself, not a national or regional one named after its country or
#: region ("Namibia Internet Governance Forum").
_MEETING_WORD: Final = LazyPattern(
    "|".join(_MEETING_WORD_FORMS.get(word, re.escape(word)) for word in _MEETING_WORDS)
)
#: A name read from a sentence has at most this many words.
_SENTENCE_NAME_MAX_WORDS: Final = 18
#: How many characters after the word for the contribution may hold the name.
_SENTENCE_WINDOW: Final = 400


@attrs.frozen
class Submitter:
    """Who submitted a contribution, and where that was read."""

    name: str  #: The name as written.
    source: str  #: The field name as written, or the line the name was read from.
    #: "field" for a labelled field or line, "title" for a title (less sure),
    #: "sentence" for a sentence of a covering letter or subject line (least sure).
    confidence: Literal["field", "title", "sentence"]


def is_label(name: str) -> bool:
    """Whether a field name names the submitter."""
    return _rank(name) is not None


def _field_name(found: Submitter) -> str | None:
    """The name of the field ``found`` was read from, folded, without its colon; None
    where it was read from a title or a sentence."""
    return _folded_label(found.source) if found.confidence == "field" else None


def _folded_label(name: str) -> str:
    """A field's name folded, without its colon ("Organización :": "organizacion")."""
    return fold(name.rstrip(":：").rstrip())


def is_email_sender(found: Submitter) -> bool:
    """Whether ``found`` was read from an e-mail's sender field ("From:", "De :",
    "От:", "من:", "发件人：", "发件：", "发自：")."""
    return _field_name(found) in SENDER_LABELS


#: How the label of a note about its writers opens, folded ("About the authors:",
#: "About the Institute:", "À propos de nous :", "Об авторах:", "作者简介："): after the
#: answers, the note closes the text.
ABOUT_LABELS: Final = tuple(
    fold(label) + label[len(label.rstrip()) :]  # "About " and a word after it
    for label in (
        "About ", "À propos ", "Acerca de ", "Sobre nosotros", "Sobre los autores",
        "Sobre el autor", "Sobre la autora", "Об авторе", "Об авторах", "О нас", "نبذة عن",
        "关于我们", "作者简介",
    )
)  # fmt: skip
#: The field names of a paper's writers ("Authors:"), folded.
AUTHOR_LABELS: Final = frozenset(
    fold(label)
    for label in (
        "Author", "Authors", "Auteur", "Auteurs", "Auteure", "Auteures", "Autor", "Autora",
        "Autores", "Autoras", "Автор", "Авторы",
        "المؤلف", "بقلم", "作者",
        # who prepared the paper ("Prepared by:" over the writers' names and titles)
        "Prepared by", "Préparé par", "Préparée par", "Elaborado por", "Elaborada por",
        "Preparado por", "Preparada por", "Подготовил", "Подготовила", "Подготовили",
        "أعد هذه الورقة", "أعدّ هذه الورقة", "أعدت هذه الورقة", "أعدّت هذه الورقة", "إعداد",
        "编写", "撰稿",
    )
)  # fmt: skip


def names_its_writers(found: Submitter) -> bool:
    """Whether ``found`` was read from a field that names a paper's writers ("Authors:
    Dr. A. Example and B. Example") and names people, not an organisation, nor whom
    they write for ("..., on behalf of the Centre"): a letterhead or title that names an
    organisation says better who submitted the paper."""
    return (
        _field_name(found) in AUTHOR_LABELS
        and not is_organisation_name(found.name)
        and _ON_BEHALF.search(found.name) is None
    )


#: Words that say whom a writer writes for ("on behalf of the Centre").
_ON_BEHALF: Final = LazyPattern(
    r"(?i:on behalf of|au nom d|pour le compte d|en nombre d|en representaci[óo]n d"
    r"|от имени|по поручению)|نيابة عن|باسم|代表"
)


#: The field names of an e-mail client's header line that gives the sender's
#: organisation ("Organization:", as Thunderbird prints a message), folded.
_MAILBOX_ORGANISATION_LABELS: Final = frozenset(
    fold(label)
    for label in ("Organization", "Organisation", "Organización", "Organização", "Организация")
)
#: A preposition's end or an article left before a name after :data:`_ON_BEHALF` ("en
#: nombre del X", "au nom de la X", "on behalf of the X").
_ARTICLE_AFTER_BEHALF: Final = LazyPattern(
    r"(?:el|e la|e los|e las|es|e l['’]|e|u)?[ \u00a0]*"
    r"(?:(?i:the|la|le|les|el|los|las)[ \u00a0]+|l['’])?"
)


def has_sender(fields: Iterable[tuple[str, str]]) -> bool:
    """Whether ``fields`` (name, value) hold an e-mail's sender ("From:", "De :")."""
    return any(_folded_label(name) in SENDER_LABELS for name, _ in fields)


def behind_mailbox_organisation(
    found: Submitter, fields: Sequence[tuple[str, str]], sentences: Iterable[str]
) -> Submitter | None:
    """The body a covering sentence says the writer writes on behalf of ("Les hago
    llegar, en nombre del Laboratorio X de la Universidad Y, ..."), where ``found`` was
    read from an e-mail's organisation header printed with its sender's field ("From:",
    "De:"), a setting of the writer's mail client, not a statement of who submits, or
    from the sender's field itself where it names a person ("From: Jane Example" over
    "On behalf of the Example Forum, please find ...", or "From: Prof. A. Example,
    Centre for X, University of Y" over "I respond on behalf of the Centre for X of the
    University of Y": :func:`_names_a_person`), or, for a person, the
    organisation a covering sentence's subject names ("From: Jane Example" over "The
    Example Forum submits the following answers").  None where ``found`` is no such
    field or no sentence says so."""
    field = _field_name(found)
    office = _OFFICE_OF_ACRONYM.fullmatch(_without_address(found.name))
    if field in SENDER_LABELS and office is not None:
        # "From: MTOC Secretariat" over "CONTRIBUTION OF THE MEKONG TELECOM OPERATORS'
        # COUNCIL (MTOC) TO ...": the body whose acronym names its office.
        texts = list(sentences)
        acronym = office[1] or office[2]
        for text in texts:
            spelled = _spelled_before(text, acronym)
            if spelled is not None:
                written = _as_written(spelled.removeprefix("THE "), texts)
                return Submitter(f"{written} ({acronym})", f"{spelled} ({acronym})", "title")
    person = field in SENDER_LABELS and _names_a_person(_without_address(found.name))
    if field not in _MAILBOX_ORGANISATION_LABELS and not person:
        return None
    if not has_sender(fields):
        return None
    for text in sentences:
        for m in _ON_BEHALF.finditer(text):
            article = _ARTICLE_AFTER_BEHALF.match(text, m.end())
            start = m.end() if article is None else article.end()
            rest = text[start:]
            name = _run_before_end(rest) or _capitalised_run(rest)
            if name is not None and person:
                name = _ends_its_clause(rest, name)
            if name is not None and is_organisation_name(name):
                return Submitter(name, " ".join(text[m.start() : start].split()), "sentence")
    if person:  # "From: Jane Example" over "The Example Forum submits the following ..."
        for text in sentences:
            subject = _sentence_subject(text)
            spoken = None if subject is None else Submitter(subject[1], subject[2], "sentence")
            if spoken is not None and is_organisation_name(_without_accreditation(spoken.name)):
                return spoken
    return None


def _names_a_person(value: str) -> bool:
    """Whether a sender's field names a person: no organisation's name, or a person's
    name before a comma and the body they belong to ("Prof. A. Example, Centre for X,
    University of Y"; not a signer's title, "Director General, X Commission")."""
    if not is_organisation_name(value):
        return True
    head, comma, _ = value.partition(", ")
    return (
        bool(comma)
        and _CAPITALISED_NAME.fullmatch(head) is not None
        and not is_organisation_name(head)
        and not _signers_title(head)
    )


def _as_written(name: str, texts: Iterable[str]) -> str:
    """A name in capitals as running text writes it ("MEKONG TELECOM OPERATORS' COUNCIL"
    in "The Mekong Telecom Operators' Council brings together ..."), else as it is."""
    if not name.isupper():
        return name
    for text in texts:
        for at in _name_places(text, name):
            written = text[at : at + len(name)]
            if not written.isupper():
                return written
    return name


#: A body's office named with the body's acronym, as a mailbox's sender ("MTOC
#: Secretariat", "ABC Policy Team"): the acronym (group 1, or 2).
_OFFICE_OF_ACRONYM: Final = LazyPattern(
    r"([A-ZÀ-ÖØ-ÞА-ЯЁ]{2,8})[ \u00a0]+(?:Secretariat|Secretaría|Secrétariat|Secretaria"
    r"|Policy[ \u00a0]Team|Team|Office|Bureau|Board|Секретариат|Аппарат)"
    # ... or the office first, as French, Spanish and Russian write it ("Secrétariat
    # ALPN", "Secretaría ACE", "Секретариат АЦП"): the acronym (group 2)
    r"|(?:Secrétariat|Secretaría|Secretaria|Bureau|Oficina|Секретариат|Аппарат)"
    r"[ \u00a0]+([A-ZÀ-ÖØ-ÞА-ЯЁ]{2,8})"
)
#: An acronym in brackets that ends a name, and what may follow a name that ends its
#: clause: a comma, a stop, a colon, a semicolon, a bracket or the end.
_NAME_ACRONYM_END: Final = LazyPattern(r"\([A-ZÀ-ÖØ-ÞА-ЯЁ][\w&-]{1,11}\)")
_CLAUSE_ENDS_AFTER: Final = LazyPattern(r"[ \u00a0]*(?:[,.;:()]|\Z)")


def _ends_its_clause(rest: str, name: str) -> str | None:
    """``name``, read at the start of ``rest``, where it ends its clause ("on behalf of
    the Example Forum (EF), please ..."), cut after an acronym in brackets that the
    clause goes on from ("... (EF) les enviamos ..."); None where the clause goes on
    past the name ("au nom du Collectif haïtien pour un Internet citoyen")."""
    m = _NAME_ACRONYM_END.search(name)
    if m is not None:
        name = name[: m.end()]
    if name.count("(") > name.count(")"):  # "... de Cuyo (Mendoza, Argentina)"
        name = name[: name.rfind("(")].rstrip()
    at = rest.find(name)
    if at < 0 or _CLAUSE_ENDS_AFTER.match(rest, at + len(name)) is None:
        return None
    if rest[at + len(name) : at + len(name) + 1] == "." and (
        f" {name.casefold()}.".endswith(_LEGAL_FORM_ENDS)
    ):
        return name + "."  # "Example Services Ltd., a provider of ..."
    return name


def names_organisation(found: Submitter) -> bool:
    """Whether the name ``found`` is an organisation's (:func:`is_organisation_name`), or,
    read from a sentence, a longer name that opens with an organisation's word ("Ministère
    des Postes, des Télécommunications et de l'Économie numérique de la République du
    X"); a mission's name is read without what it is accredited to ("... to the United
    Nations Office at Geneva")."""
    name = _without_accreditation(found.name)
    if is_organisation_name(name):
        return True
    words = name.split()
    return (
        found.confidence == "sentence"
        and len(words) <= _SENTENCE_ORGANISATION_MAX_WORDS
        and _organisation_word(words[0])
    )


def _without_accreditation(name: str) -> str:
    """A mission's name without what it is accredited to ("Permanent Mission of X" for
    "Permanent Mission of X to the United Nations Office at Geneva"); other names as
    they are."""
    if _MISSION_WORDS.match(name) is None:
        return name
    cut = _ACCREDITED.search(name)
    return name if cut is None else name[: cut.start()]


#: The most words of an organisation's name read from a sentence that opens with its
#: organisation word.
_SENTENCE_ORGANISATION_MAX_WORDS: Final = 18


def is_subject(name: str) -> bool:
    """Whether a field name is a memo's or an e-mail's subject ("Subject", "Objet")."""
    return fold(name.rstrip(":：").rstrip()) in SUBJECT_LABELS


_PERSON_RANKS: Final = frozenset(_RANK[fold(label)] for label in _PERSON_LABELS)


def fields_in_value(name: str, value: str) -> list[tuple[str, str]]:
    """A field's ``(name, value)``, and the fields its value runs on into past a run of
    ideographic spaces, as a Chinese web page prints a line of them ("发布时间：2017-01-02
    09:30　作者：周思远　阅读：1,284" gives the date, "作者" and "阅读"); the field alone
    otherwise."""
    if "\u3000" not in value:
        return [(name, value)]
    pieces = _IDEOGRAPHIC_GAP.split(value)
    found = [(name, pieces[0])]
    for piece in pieces[1:]:
        m = _CJK_FIELD.fullmatch(piece)
        if m is None:
            return [(name, value)]  # a value with a wide space in it, not more fields
        found.append((m[1], m[2]))
    return found


#: A Chinese office named by its body's kind alone, which refers back to the body
#: ("社区秘书处", "本会秘书处", "协会办公室"): no name.
_KIND_AND_OFFICE_ZH: Final = LazyPattern(
    r"(?:本会|本院|本中心|该会|社区|协会|学会|中心|联盟|研究院|研究所|联合会|促进会)"
    r"(?:秘书处|办公室|秘书组)"
)
#: A run of ideographic spaces between fields on one line, and such a field: a short
#: Chinese label, a colon, the value.
_IDEOGRAPHIC_GAP: Final = LazyPattern(r"[ \u00a0]*\u3000+[ \u00a0]*")
_CJK_FIELD: Final = LazyPattern(r"([\u4e00-\u9fff]{1,6})[：:][ \u00a0]*(\S.*)")


def field_in_line(text: str) -> tuple[str, str] | None:
    """``(name, value)`` of a line that reads as a field although the grammar did not
    read it as one: a form's row of two cells between a tab, its label starting with a
    letter ("Organization<TAB>Example Network"), or a label that names the submitter
    and its value after a colon, kept from being a field by the label's comma
    ("Фамилия, имя: ...", "Nom, prénom : ..."), by its length, more words than the
    grammar reads in a label ("Nombre de la organización o persona: ..."), or by the
    form reader's escape, its cell's reference ("[r2 c6] 1、您的单位名称: ..."); None
    for any other line, and where the value is another label (it ends with a colon)."""
    cells = [cell.strip() for cell in text.split("\t")]
    if len(cells) != 2:
        escaped = _CELL_REFERENCE.match(text)
        cells = [cell.strip() for cell in text[escaped.end() if escaped else 0 :].split(":", 1)]
        wordy = len(cells[0].split()) > _FIELD_LABEL_MAX_WORDS
        if len(cells) != 2 or not (escaped or wordy or "," in cells[0]) or not is_label(cells[0]):
            return None
    elif not cells[0][:1].isalpha():
        return None
    if not cells[1] or cells[1].endswith((":", "：")):
        return None
    return cells[0], cells[1]


#: The most words of a field's label that the grammar reads (FIELD in lines.lark).
_FIELD_LABEL_MAX_WORDS: Final = 4


def sender_line(text: str) -> tuple[str, str] | None:
    """``("From", name)`` of a line that names an e-mail's sender without a label, as a
    printed e-mail does under its subject: a name, the address in angle brackets, and
    the date after a wide gap or a tab ("Jane Example <jane@example.net>     Fri, Dec
    30, 2016 at 9:47 PM"); None for any other line."""
    m = _SENDER_LINE.fullmatch(text)
    return None if m is None else ("From", m["name"].strip(" \u00a0\"'"))


#: A printed e-mail's sender line (:func:`sender_line`): a name of letters, no label.
_SENDER_LINE: Final = LazyPattern(
    r"(?P<name>[\"']?[^\W\d_][^<>@|:;\t\d]{1,60}?)[ \u00a0]*<[^<>@\s]+@[^<>\s]+>"
    r"(?:(?:[ \u00a0]{2,}|[ \u00a0]*\t[ \u00a0\t]*)\S.*)?"
)


def forwarded_sender(above: str, text: str, *, personal: bool = False) -> tuple[str, str] | None:
    """``("From", name)`` of the line that a web mail writes over the message it
    forwards, its date, its sender's name in quotation marks and address, and a colon
    ("29.12.2016, 14:05, "Example Foundation" <info@example.org>:"), right under the
    line framed by dashes that says a message is forwarded (``above``, "-------- Forwarded
    message --------"), where the name is an organisation's, or a person's in a text
    written in a personal capacity (``personal``); None for any other pair of lines."""
    if _FRAMED_BY_DASHES.fullmatch(above.strip()) is None:
        return None
    m = _ATTRIBUTION.fullmatch(text.strip())
    name = "" if m is None else m["name"].strip()
    if not name or not (is_organisation_name(name) or (personal and signed_by_a_person(name))):
        return None  # a person forwards or sends for the body the text names
    return ("From", name)


def says_personal(texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` says that its writer writes in a personal capacity
    ("submitted in a personal capacity", "Пишу в личном качестве")."""
    return any(_PERSONAL.search(text) for text in texts)


#: A line framed by runs of dashes ("-------- Пересылаемое сообщение --------").
_FRAMED_BY_DASHES: Final = LazyPattern(r"-{2,}[ \u00a0]*[^\W\d_][^-]{0,60}?[ \u00a0]*-{2,}")
#: A web mail's line over a message it forwards or quotes: a date and time of digits,
#: the sender's name in quotation marks (guillemets inside them, "Фонд «X»"), the address
#: in angle brackets, a colon.
_ATTRIBUTION: Final = LazyPattern(
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \u00a0]+\d{1,2}:\d\d,?[ \u00a0]+"
    r"[\"“](?P<name>[^\"“”<>@]{2,100})[\"”][ \u00a0]*<[^<>@\s]+@[^<>\s]+>:"
)


#: A form's cell reference before a line of its view that the form reader escaped
#: (:mod:`wgec_parse.forms` writes "[r2 c6] ").
_CELL_REFERENCE: Final = LazyPattern(r"\[r\d+ c\d+\] ")


def from_fields(fields: Iterable[tuple[str, str]], cover: Iterable[str] = ()) -> Submitter | None:
    """The submitter named by the most telling of ``(name, value)`` fields; a person's
    name comes first where a field, or a line of the ``cover`` texts (a form's row asked
    as a question, "¿Responde en nombre de una organización? No, a título personal"),
    says that they write in a personal capacity ("En nombre de: A título personal"), or
    where the organisation's field says there is none ("Организация: (частное лицо)",
    "Organisation: N/A"); so does the writer a byline names then ("作者：欧阳明哲（个人身份）"
    over "单位：..."); a person's name field whose value names an organisation
    ("Nombre: Observatorio de ...") ranks as an organisation's."""
    fields = _forwarded(list(fields))
    nobody = [_NO_BODY.fullmatch(_without_remark(value)) is not None for _, value in fields]
    personal = any(nobody) or any(_PERSONAL.search(value) for _, value in fields)
    personal = personal or any(_PERSONAL.search(text) for text in cover)
    best: tuple[int, str, str] | None = None
    for (name, value), none in zip(fields, nobody, strict=True):
        rank = _rank(name)
        if rank is None or not value.strip() or none:
            continue
        # only a field that asks for the body, not for who submits (a person may)
        if (
            _asks_for_the_name_of_a_body(_folded_label(name))
            and not _asks_for_a_person(name)
            and _says_no_body(value)
        ):
            continue  # "单位：仅供联系，不代表任何机构": for contact only, no body's name
        if _KIND_AND_OFFICE_ZH.fullmatch(value.strip()) is not None:
            continue  # "作者：社区秘书处": the community's secretariat, named by its kind
        asks_a_person = rank in _PERSON_RANKS or _asks_for_a_person(name)
        # "提交人：周明远（以个人身份）": the value names the writer as an individual
        asks_a_person = asks_a_person or _personal_remark(value)
        if personal and (asks_a_person or _folded_label(name) in AUTHOR_LABELS):
            rank = -1  # "作者：欧阳明哲（个人身份，不代表任何机构）" over "单位：..."
        elif rank in _PERSON_RANKS and is_organisation_name(value.strip()):
            rank = _ORGANISATION_RANK  # "Nombre: Observatorio de ..." over "País: Paraguay"
        if best is None or rank < best[0]:
            best = (rank, name, value)
    if best is None:
        return None
    value = best[2].split(" | ", 1)[0]  # a web page's byline: "Jane Example | 4 May 2017"
    # A wide gap inside the value is a line break lost on a flattened page ("Submitted
    # by: Example Centre, Example University  This brief answers ..."): the value ends.
    value = _VALUE_GAP.split(value.strip(), maxsplit=1)[0]
    # "Submitted by: Example Network (EXN), a network of 230 ...": what the body is
    # follows its name after a comma and an indefinite article.
    value = _APPOSITION.split(value, maxsplit=1)[0]
    if _folded_label(best[1]) in AUTHOR_LABELS:
        # The writer in a personal capacity, without the remark that says so; else the
        # body the byline names.
        value = _without_remark(value) if best[0] < 0 else _writers_body(value)
    elif personal and _personal_remark(value):
        value = _without_remark(value)  # "提交人：张示例（以个人身份提交）": the person
    # "发件：……股份有限公司　政策研究部": the company, not its department
    body = _ZH_BODY_AND_UNIT.fullmatch(value.strip())
    value = body.group(1) if body is not None else value
    # "Soumise par : Direction générale de X," over the place and date: the comma leads on
    name = _without_title(_without_address(value)).rstrip(" ,;")
    # "Submitted on behalf of: the X Board by: A. Example" goes on to the signer
    return Submitter(_BY_AT_END.sub("", name) or name, best[1], "field")


def _personal_remark(value: str) -> bool:
    """Whether a field's value ends with a remark in brackets that says its writer
    writes in a personal capacity ("张示例（以个人身份提交）")."""
    remark = _REMARK.search(value)
    return remark is not None and _PERSONAL.search(remark.group()) is not None


def _says_no_body(value: str) -> bool:
    """Whether an organisation's field says in a sentence that the writer speaks for no
    body ("仅供联系，不代表任何机构", "None: I write in my personal capacity"), naming
    none: an organisation's name with such a remark ("Example University (in a
    personal capacity)") still names one."""
    return _PERSONAL.search(value) is not None and not is_organisation_name(
        _without_remark(value).strip()
    )


#: A Chinese body's name (group 1), an ideographic space and its department's name
#: ("……股份有限公司　政策研究部", "……研究院　国际合作处").
_ZH_BODY_AND_UNIT: Final = LazyPattern(
    "(" + _ZH_ORGANISATION + ")\u3000+[\u4e00-\u9fff]{2,12}(?:部|处|室|科|组|中心)"
)
#: The rank of an organisation's field, which a person's name field whose value names
#: an organisation takes too: a form that asks for a name gets the body's.
_ORGANISATION_RANK: Final = _RANK[fold("Organization")]
#: A comma and an indefinite article before a word in lower case, which open a clause
#: that says what a body is (", a network of ...", ", une association ...").
_APPOSITION: Final = LazyPattern(r",[ \u00a0]+(?:a|an|une?|una?|uno)[ \u00a0]+(?=[a-zà-öø-ÿ])")
#: A gap of two spaces or more, or a tab, inside a field's value.
_VALUE_GAP: Final = LazyPattern(r"[ \u00a0]{2,}|\t")
#: How the subject of a forwarded e-mail opens: "Fwd:", "FW:", "TR :", "RV:", "WG:",
#: "Пересл.:", "Fw：", "转发：", "إعادة توجيه:".
_FORWARD_SUBJECT: Final = LazyPattern(
    r"(?i:fwd?|tr|rv|enc|wg|пересл\.?|转发|إعادة[ \u00a0]توجيه)[ \u00a0]?[:：]"
)


def _forwarded(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The fields of the message forwarded, where an e-mail forwards another one (its
    subject opens with "Fwd:" and the forwarded message's header follows, with its own
    sender: "From: A. Example", after the forwarder's own where the header gives its
    subject first, as Thunderbird's does): whoever forwards the contribution does not
    submit it; ``fields`` unchanged otherwise."""
    for i, (name, value) in enumerate(fields):
        if _folded_label(name) in SUBJECT_LABELS and _FORWARD_SUBJECT.match(value.strip()):
            senders = [
                j for j in range(i + 1, len(fields)) if _folded_label(fields[j][0]) in SENDER_LABELS
            ]
            # A header that gives its subject before its sender ("Sujet : Fwd: ...",
            # "Date :", "De : A. Example"): the first sender after it is the forwarder's.
            own = not any(_folded_label(f[0]) in SENDER_LABELS for f in fields[:i])
            if own and len(senders) > 1:
                return fields[senders[1] :]
            if senders:
                return fields[senders[0] :]
            break
    return fields


def _writers_body(value: str) -> str:
    """The body a paper's writers write for, after their names in a byline ("Dr A.
    Example and Prof. B. Example, Example Policy Centre"), where the names name no
    organisation; the byline whole otherwise."""
    names, comma, body = value.rpartition(", ")
    if comma and is_organisation_name(body) and not is_organisation_name(names):
        return body
    return value


def _without_remark(value: str) -> str:
    """A field's value without brackets around it, or a remark in brackets after it
    ("无（退休，曾从事……）", "None (retired)"): what it says of the submitter."""
    value = value.strip(" \t\u00a0")
    m = _REMARK.search(value)
    if m is not None and m.start() > 0:
        value = value[: m.start()]
    return value.strip(" \t\u00a0()[]")


#: A remark in brackets at the end of a field's value (found from its bracket: a search
#: from every space of a long run would try the run over and over).
_REMARK: Final = LazyPattern(r"[(（][^()（）]*[)）]\Z")
#: An e-mail address in angle brackets after a sender's name.
_ADDRESS: Final = LazyPattern(r"[ \u00a0]*<[^<>@\s]+@[^<>\s]+>\Z")


def lines_of_name(lines: Sequence[str]) -> int:
    """How many of a closing field's lines its value holds, where a signature stands
    under it ("Submitted on behalf of the Example Institute" over "Jane Example" over
    "Policy Lead", one paragraph in text written one line a paragraph): the value ends
    with a line that ends a name (its last word capitalised or an acronym in brackets,
    not a small word, a comma or a hyphen that leads on) when the next line opens with
    a capital; in a script without capitals, every line."""
    for k in range(1, len(lines)):
        before, after = lines[k - 1].rstrip(), lines[k].lstrip()
        last = before.rsplit(None, 1)[-1] if before else ""
        ends_name = last[:1].isupper() or (last[:1] in "([" and last[-1:] in ")]")
        opens = after[:1].isalpha() and after[:1].isupper()
        if ends_name and opens and not before.endswith((",", "-", "–", "—")):
            return k
    return len(lines)


#: A line that opens a postal address under a letterhead: a street's or a post code's
#: number, or a post box ("14 Quay Road", "720000, г. ...", "P.O. Box 12", "B.P. 1234",
#: "Private Bag 310", "Apartado 45", "а/я 17", "ص.ب 1234").
_ADDRESS_OPENS: Final = LazyPattern(
    r"\d|(?i:p\.?[ \u00a0]?o\.?[ \u00a0]?box|b\.p\.|private bag|apartado|casilla|а/я)"
    r"|ص\.?[ \u00a0]?ب"
)


def from_paragraph(lines: Sequence[str], text: str) -> Submitter | None:
    """The submitter named by a cover paragraph of ``lines`` and clean ``text``: by its
    first line where the next opens a postal address under a letterhead ("Example Data
    Limited" over "14 Quay Road, Port Example", "... P.O. Box 12"; read from the whole
    paragraph), names the state ("Dirección Nacional de X" over "República Oriental
    del Y") or gives a place and date ("Example Association" over "Tallinn, 19 December
    2016"), else by its text (:func:`from_line`), else by a name on the two lines
    above the address (:func:`_name_over_address`); a web page's menu or skip link
    among the lines (:func:`navigates`) is left out, and so is a letter's reference code
    alone on its line ("GUSSA/POL/2016-14" at the right margin over the letterhead); a
    name over its acronym alone on the last line takes it in brackets ("ASOCIACIÓN ..."
    over "ASAD")."""
    kept = [
        line
        for line in lines
        if not navigates(line.strip()) and _REFERENCE_CODE.fullmatch(line.strip()) is None
    ]
    if len(kept) < len(lines):  # "中国……联合会" over "首页 | 联合会概况 | ……"
        if not kept:
            return None
        lines, text = kept, " ".join(line.strip() for line in kept)
    last = lines[-1].strip() if len(lines) > 1 else ""
    if _ACRONYM_ALONE.fullmatch(last):
        # "ASOCIACIÓN SALVADOREÑA POR EL ACCESO DIGITAL" over "ASAD": the acronym in
        # brackets after the name it spells
        name = " ".join(" ".join(line.split()) for line in lines[:-1])
        if _spelled_out(f"{name} ({last})", last) is not None and from_line(name) is not None:
            return Submitter(f"{name} ({last})", text, "title")
    opens = (k for k, line in enumerate(lines) if k and _ADDRESS_OPENS.match(line.lstrip()))
    address = next(opens, 0)
    under = address == 1 or (
        len(lines) > 1
        and (
            _state_under_name(lines[0], lines[1])
            or _unit_under_ministry(lines[0], lines[1])
            # "Baltic Digital Industry Association" over "Tallinn, 19 December 2016"
            or _PLACE_AND_DATE.fullmatch(lines[1].strip()) is not None
        )
    )
    read = from_line(lines[0]) if under else None
    if read is None:
        read = from_line(text) or _from_pieces(lines[0])
        if read is not None or address < 2 or not _name_over_address(*lines[address - 2 : address]):
            return read
        read = from_line(" ".join(line.strip() for line in lines[address - 2 : address]))
    return None if read is None else Submitter(read.name, text, read.confidence)


def _from_pieces(line: str) -> Submitter | None:
    """The submitter named by a Chinese title in the first two pieces of a line whose
    pieces wide gaps set apart, as a flattened page runs its cover lines together
    ("西南……联盟  关于……的意见（WGEC-2）  联盟秘书处　2016年12月26日  ...")."""
    pieces = [piece for piece in _WIDE_GAP.split(line.strip()) if piece]
    if len(pieces) < _PIECES_MIN or _CJK_WORD.match(pieces[0]) is None:
        return None
    return from_line(" ".join(pieces[:2]))


#: Two spaces or more between the pieces of a line run together.
_WIDE_GAP: Final = LazyPattern(r"[ \u00a0\u3000]{2,}")
#: A line is read in pieces when it has this many at least.
_PIECES_MIN: Final = 3


#: A letter's reference code: one word of letters and digits in parts set apart by
#: slashes, a digit among them ("GUSSA/POL/2016-14", "MCST/ICT/2/16/091").
_REFERENCE_CODE: Final = LazyPattern(r"(?=\S*\d)[^\W_][\w.\-]*(?:/[\w.\-]+){1,5}")


def _state_under_name(upper: str, lower: str) -> bool:
    """Whether a line names the state under a body's name that ends on its line
    ("Dirección Nacional de X" over "República Oriental del Y"), not the end of a name
    wrapped there ("Ministère des Postes ... de la" over "République togolaise")."""
    last = upper.split()[-1:] or [""]
    return last[0][:1].isupper() and _names_a_state(lower.strip())


def _unit_under_ministry(upper: str, lower: str) -> bool:
    """Whether a line names a unit of the ministry named on the line above it, a name of
    its own ("Ministerio de Ciencia, Tecnología y Telecomunicaciones" over
    "Viceministerio de Telecomunicaciones"): the ministry speaks, not a name wrapped over
    two lines.  (A directorate under a ministry is left to the other rules: a state's
    name over them both is read as the submitter.)"""
    words, under = upper.split(), lower.split()
    return (
        bool(words and under)
        and words[-1][:1].isupper()
        and fold(words[0]) in _MINISTRY_WORDS
        and fold(under[0]) in _UNIT_WORDS
    )


#: The words that open a ministry's name, and those that open the name of a vice-ministry
#: under it, folded.
_MINISTRY_WORDS: Final = frozenset(
    fold(word) for word in ("Ministry", "Ministère", "Ministerio", "Министерство", "وزارة")
)
_UNIT_WORDS: Final = frozenset(
    fold(word)
    for word in (
        "Viceministerio", "Vice-Ministry", "Vice-ministère", "Viceministère",
        "Subsecretaría", "Вице-министерство",
    )
)  # fmt: skip


def _name_over_address(upper: str, lower: str) -> bool:
    """Whether two lines over a postal address are one name: a body's kind over its name
    in quotation marks ("Автономная некоммерческая организация" over "«Центр ...» (АНО
    «Ц»)"), or a name in capitals wrapped ("МИНИСТЕРСТВО ПО РАЗВИТИЮ ..." over "И
    КОММУНИКАЦИЙ РЕСПУБЛИКИ X"; not a state's name over its ministry's, "REPUBLIC OF
    X" over "MINISTRY OF ...")."""
    upper, lower = upper.strip(), lower.strip()
    if lower.startswith(_QUOTES):
        return True
    return upper.isupper() and lower.isupper() and not _names_a_state(upper)


#: The marks that open a name in quotation marks ("«Центр ...»", "“Example”").
_QUOTES: Final = ("«", '"', "“", "„", "‘")


def _without_address(value: str) -> str:
    """A sender's name without the address after it ("Example Forum <info@example.org>"
    names "Example Forum"); an address alone stays."""
    m = _ADDRESS.search(value)
    if m is None or m.start() == 0:
        return value
    name = value[: m.start()]
    quoted = len(name) > 2 and name[0] == name[-1] and name[0] in "\"'"
    return name[1:-1] if quoted else name


def from_line(text: str) -> Submitter | None:
    """The submitter named by a line: a label running on into the name ("Submitted by
    the Permanent Mission of X", or after a title's word, "Contribución presentada por
    el Instituto X"), or, less surely, a title ("Contribution of X", "Вклад X в работу
    ...", "مساهمة X في ...", "X关于……的意见")."""
    found = labelled(text)
    if found is not None:
        return found
    text = text.strip()
    # "Union - Travail - Justice" under "RÉPUBLIQUE GABONAISE"; "Home | About us | News"
    if _MOTTO.fullmatch(text) or navigates(text):
        return None
    title = _SUBTITLE.split(text, maxsplit=1)[0].strip()  # "X关于……的意见 ——对……的答复"
    if title and title != text:
        found = from_line(title)
        if found is not None:
            return Submitter(found.name, text, found.confidence)
    m = _TITLE_THEN_LABEL.match(text)  # "Contribución presentada por el Instituto X"
    found = labelled(text[m.end() :]) if m is not None else None
    if found is not None:
        return Submitter(_without_small_article(found.name), text, "title")
    m = _TITLE.fullmatch(text)
    if m is not None:
        head = text[: m.start("name")]
        return Submitter(_name(_title_name(m.group("name"), head)), text, "title")
    bylined, found = _from_byline(text)
    if bylined:
        return found
    m = _RUSSIAN_PERSON.match(text)  # "Ильин Константин Андреевич, кандидат наук, ..."
    if m is not None:
        return Submitter(m.group(), text, "title")
    m = _ZH_PERSON.match(text) or _PERSON_ASIDE.fullmatch(text)
    if m is not None and _PERSONAL.search(m.group("aside")):
        # "高岚（华岭理工学院副教授，以个人身份提交）", "Jane Example (in a personal capacity)"
        return Submitter(m.group("name"), text, "title")
    name = _title_between(text)
    if name is None:
        spelled = _before_acronym(text)
        if spelled is not None:  # the meeting's own bodies name no one
            named = _named(spelled)
            return None if named is None else Submitter(named, text, "title")
    # A line that opens as a covering sentence or a paper's title ("قدمت جمعية X ...",
    # "مساهمة المركز في ...") is no organisation's name, whatever it holds.
    if name is None and is_organisation_name(text) and _SENTENCE_BEFORE.match(text) is None:
        name = _name(text)
        if any(words in name.casefold() for words in _MEETING_COMMISSIONS):
            return None  # the addressee: "Commission on Science and Technology ..."
    return None if name is None else Submitter(name, text, "title")


#: A title's word for the paper before a label that runs on into the name
#: ("Contribución presentada por el Instituto X", "Input submitted by the X Network").
_TITLE_THEN_LABEL: Final = LazyPattern(
    r"(?i:contribuci[óo]n|aportes?|contributions?|inputs?|submission|respuestas?"
    r"|réponses?|вклад)[ \u00a0]+(?=(?i:presentad|submitted|présenté|soumis|представлен))"
)
#: The articles in lower case a label leaves before the name it runs on into.
_SMALL_ARTICLES: Final = tuple(article.lower() for article in _ARTICLES)


def _without_small_article(name: str) -> str:
    """A name without the article in lower case before it ("el Instituto X")."""
    for article in _SMALL_ARTICLES:
        if name.startswith(article) and name[len(article) : len(article) + 1].isupper():
            return name[len(article) :]
    return name


#: The words that open a government's name ("Government of X", "Gouvernement du X",
#: "Правительство X", "حكومة X", "X政府" ends with it), folded.
_GOVERNMENT_WORDS: Final = (
    "government", "gouvernement", "gobierno", "правительство", "حكومة",
    # Russian in the other cases: "Вклад Правительства Республики X", "при Правительстве"
    "правительства", "правительству", "правительством", "правительстве",
)  # fmt: skip


def _from_byline(text: str) -> tuple[bool, Submitter | None]:
    """Whether a line is a byline ("Comments on the guiding questions by Jane Doe, ...",
    "Posted on 20 December 2016 by Example Wires Collective"), and the submitter it
    names (None for a post by a person or by a body's organ)."""
    m = _BYLINE.search(text)
    if m is not None:
        return True, Submitter(m.group("name"), text, "title")
    m = _POSTED_BY.match(text)
    if m is None:
        return False, None
    name = m.group("name")
    if not m.group("article") and is_organisation_name(name) and not _names_department(name):
        return True, Submitter(name, text, "title")
    # "... by the Policy Team, Example Alliance (EXA)": the body after the team's comma;
    # a post by a person ("... by Jane Example, Programme Committee") or by a body's
    # organ ("... by the EXA Policy Committee", "... by EXA Communications Unit") is a
    # byline, which names the submitter no more than its other words do.
    body = text[m.end() :].strip().removeprefix(",").strip()
    team = _TEAM_OF.fullmatch(m.group("name")) is not None
    if team and is_organisation_name(body):
        return True, Submitter(body, text, "title")
    if team and not body and _ORGAN_OF_ACRONYM.fullmatch(m.group("name")) is not None:
        # "... by YVIG Policy Team": the body's team, which a cover line spells out
        return True, Submitter(m.group("name"), text, "title")
    # "... by Open Net Example team": the body whose team it is, "team" a common noun
    owner = _TEAM_OF_BODY.fullmatch(m.group("name")) if not body else None
    return True, Submitter(owner["body"], text, "title") if owner is not None else None


def fullest_title(titles: Sequence[Submitter]) -> Submitter:
    """The first of ``titles``, or a later one whose name goes on from it: a letterhead's
    "Department of X" gives way to the title "Contribution of the Department of X of the
    Republic of Y" under it."""
    first = titles[0].name.casefold() + " "
    return next((t for t in titles[1:] if t.name.casefold().startswith(first)), titles[0])


def unit_named_by_a_title(titles: Sequence[Submitter]) -> Submitter | None:
    """The letterhead line of the unit that a title names under its parent's name
    ("Dirección Nacional de X y Servicios de Y" under "MINISTERIO DE ...", beside the
    title "Aporte de la Dirección Nacional de X al ..."): a line after the first of
    ``titles`` whose name opens with the name a title of the kind "Contribution of X"
    gives; None where none does."""
    named = [t for t in titles[1:] if _TITLE.fullmatch(" ".join(t.source.split())) is not None]
    for title in named:
        name = fold(title.name) + " "
        for line in titles[1:]:
            if line not in named and (fold(line.name) + " ").startswith(name):
                return line
    return None


def unit_of_parent(titles: Sequence[Submitter], cover: str) -> Submitter | None:
    """The second of a letterhead's ``titles`` where it names a unit of the body the first
    names, as the ``cover`` says in running text (the cover without the letterhead's own
    lines): the unit's name, then the parent's, in any grammatical case ("Центр цифровых
    правовых исследований Балтийского института права и управления ..." under
    "Балтийский институт права и управления" / "Центр цифровых правовых исследований";
    "Centre for X of the University of Y"); None otherwise."""
    if len(titles) < 2 or not (names_organisation(titles[0]) and names_organisation(titles[1])):
        return None
    parent, unit = fold(titles[0].name).split(), fold(titles[1].name)
    if len(parent) < _UNIT_PARENT_MIN_WORDS:
        return None
    text = fold(cover)
    at = text.find(unit + " ")
    while at >= 0:
        after = text[at + len(unit) : at + len(unit) + _SENTENCE_WINDOW].split()
        while after and after[0] in _UNIT_LINKS:
            after = after[1:]
        if len(after) >= len(parent) and all(map(_same_stem, parent, after)):
            return titles[1]
        at = text.find(unit + " ", at + 1)
    return None


#: A parent's name has at least this many words ("University of Y").
_UNIT_PARENT_MIN_WORDS: Final = 3
#: The small words between a unit's name and its parent's ("Centre for X of the
#: University of Y", "Cátedra X de la Universidad Y"), folded.
_UNIT_LINKS: Final = frozenset(("of", "the", "de", "la", "del", "du", "des", "at", "в"))


def _same_stem(word: str, other: str) -> bool:
    """Whether two folded words are one word in different cases ("институт",
    "института"; "балтийский", "балтийского"): they share all but their last three
    letters, at least three."""
    stem = max(3, len(word) - 3)
    return word[:stem] == other[:stem]


def governs(speaker: Submitter, state: Submitter) -> bool:
    """Whether a covering sentence's subject is the government of the state that a title
    names ("The Government of the Republic of X welcomes ..." under "Contribution of the
    Republic of X to ...", or of "X" by its name alone, which the government's name ends
    with, where the government is the subject of a verb that submits, "El Gobierno de la
    República de X, por medio del ..., presenta ..."): the government speaks, not the
    ministry whose letterhead stands above."""
    return (
        names_government(speaker)
        and (_names_state(state) or government_speaks(speaker))
        and fold(speaker.name).endswith(" " + fold(state.name))
    )


def government_speaks(sentence: Submitter) -> bool:
    """Whether a covering sentence's subject is a government that says itself that it
    submits ("The Government of X, through the Ministry of Y, presents ...",
    "Правительство Республики X через Министерство ... представляет ..."): the
    government is the submitter, over the letterhead of the ministry it speaks
    through."""
    return names_government(sentence) and _SENTENCE_SUBJECT.search(sentence.source) is not None


def in_nominative(found: Submitter, lines: Iterable[str]) -> Submitter | None:
    """The same Russian name as another line writes it with other endings, the first
    such line of the cover (its letterhead): "АССОЦИАЦИЯ ОПЕРАТОРОВ СВЯЗИ ЮЖНОГО УРАЛА"
    over "Предложения Ассоциации операторов связи Южного Урала ...", or «Казанский центр
    права и цифровых технологий» after its legal form over "ПОЗИЦИЯ Казанского центра
    права и цифровых технологий ...": a title names its writer in the genitive, the
    letterhead in the nominative.  None where the name is no Russian name of two words
    or more (an acronym in brackets after it aside) read after such a title's word
    (:data:`_GENITIVE_TITLES`), or no line writes it otherwise."""
    words = _ACRONYM_AFTER_NAME.sub("", found.name).split()
    if len(words) < 2 or not _CYRILLIC_CAPITAL.match(words[0]):
        return None
    lead, _, rest = fold(found.source).partition(" ")
    if lead not in _GENITIVE_TITLES or not rest.startswith(fold(found.name)):
        return None  # a name read in its own case
    size, wanted = len(words), [fold(word) for word in words]
    for line in lines:
        tokens = list(_WORD.finditer(line))
        for k in range(len(tokens) - size + 1):
            folded = [fold(token.group()) for token in tokens[k : k + size]]
            if folded == wanted or not all(map(_same_stem, wanted, folded)):
                continue  # the same words (in other capitals or none other), or others
            text = line[tokens[k].start() : tokens[k + size - 1].end()].rstrip(",.;:")
            if text[:1] in _NAME_QUOTES and words[0][:1] not in _NAME_QUOTES:
                text = text[1:]  # «Казанский центр ...» after its legal form: the name
            if text[-1:] in _NAME_QUOTES and words[-1][-1:] not in _NAME_QUOTES:
                text = text[:-1]
            return Submitter(text, found.source, found.confidence)
    return None


#: The words of a Russian title before its writer's name in the genitive ("Позиция X",
#: "Предложения X", "Вклад X"), folded.
_GENITIVE_TITLES: Final = frozenset(
    fold(word)
    for word in (
        "Позиция", "Предложения", "Вклад", "Ответы", "Замечания", "Комментарии", "Мнение",
        "Соображения", "Материалы", "Взгляды", "Отзыв", "Заявление",
    )
)  # fmt: skip
#: An acronym in brackets after a name: " (ДВСОС)".
_ACRONYM_AFTER_NAME: Final = LazyPattern(r"[ \u00a0]*\([^()]{2,12}\)\Z")
#: A word in Cyrillic capitals or capitalised.
_CYRILLIC_CAPITAL: Final = LazyPattern(r"[А-ЯЁ]")
#: A word, with the marks around it ("«Диалог»,").
_WORD: Final = LazyPattern(r"\S+")


def claimed_by_its_government(title: Submitter, cover: Iterable[str]) -> bool:
    """Whether a title names a government as the contributor
    (:func:`names_government`) and no covering sentence says that a body submits on
    that government's behalf ("... on behalf of the Government of X", "au nom du
    Gouvernement"): the body that presents the views ("The Ministry of X presents the
    following views ...") speaks for the government the title names."""
    return names_government(title) and not any(_ON_BEHALF.search(text) for text in cover)


def names_government(title: Submitter) -> bool:
    """Whether a title names a government as the contributor ("Contribution of the
    Government of X", "Contribution du Gouvernement de X", "Aporte del Gobierno de X"):
    the government speaks through the ministry whose letterhead stands above."""
    name = fold(title.name)
    return name.startswith(_GOVERNMENT_WORDS) or name.endswith("政府")


def _names_state(found: Submitter) -> bool:
    """Whether a name is a state's or its government's ("Government of X", "République
    de X", "المملكة المغربية"), not that of the body that speaks for it."""
    return names_government(found) or fold(found.name).partition(" ")[0] in _STATE_NAMES


#: The first word of a state's name, folded.
_STATE_NAMES: Final = frozenset(
    fold(word)
    for word in (
        "Republic", "Kingdom", "Commonwealth", "State", "République", "Royaume", "État",
        "República", "Reino", "Estado", "Республика", "Королевство", "Государство",
        "Sultanate", "Sultanat", "Sultanato", "Султанат", "سلطنة", "السلطنة",
        "Principality", "Principauté", "Principado", "Княжество", "إمارة",
        "جمهورية", "الجمهورية", "مملكة", "المملكة", "دولة",
    )
)  # fmt: skip


def _names_a_state(line: str) -> bool:
    """Whether a letterhead's line is a state's name ("المملكة الأردنية الهاشمية",
    "République du X", "中华人民共和国")."""
    return fold(line).partition(" ")[0] in _STATE_NAMES or line.endswith(("共和国", "王国"))


def _state_in(found: Submitter, cover: str) -> bool:
    """Whether a short name that names no organisation is a state's by what ``cover``
    says of it: a state's or government's word stands just before it ("Contribution du
    Burundi" under "RÉPUBLIQUE DU BURUNDI", or over "... au nom du Gouvernement de la
    République du Burundi"); a name with an organisation's word only where that word
    opens it as it opens some states' names ("UNION DES COMORES" under "... au nom du
    Gouvernement de l'Union des Comores")."""
    name = fold(found.name)
    if not name or len(name.split()) > _STATE_NAME_MAX_WORDS:
        return False
    if names_organisation(found) and name.split()[0] not in _STATE_FORMS:
        return False
    text = fold(cover)
    at = text.find(name)
    while at >= 0:
        before = text[max(0, at - _STATE_REACH) : at].split()
        if any(w in _STATE_OR_GOVERNMENT_WORDS for w in before):
            return True
        at = text.find(name, at + 1)
    return False


#: The organisations' words that open some states' names ("Union des Comores",
#: "Federation of Saint Kitts and Nevis"), folded.
_STATE_FORMS: Final = frozenset(
    fold(word) for word in ("Union", "Federation", "Fédération", "Federación", "Федерация")
)
#: The words of a state's or its government's name, folded.
_STATE_OR_GOVERNMENT_WORDS: Final = _STATE_NAMES | frozenset(_GOVERNMENT_WORDS)
#: The most words of a state's name read from a title, and how far before it (in
#: characters, folded) the state's or government's word may stand.
_STATE_NAME_MAX_WORDS: Final = 3
_STATE_REACH: Final = 30


def speaker_for_state(found: Submitter, texts: Sequence[str]) -> Submitter | None:
    """The body that a covering sentence says speaks for the state a name read from a
    sentence names ("Contribution du Gabon ..." in the subject line, "Le Ministère de
    ... a l'honneur de transmettre ..." in the letter; "مساهمة المملكة ..." over
    "تتشرف وزارة ... بتقديم ..."): the first name the ``texts`` give once the phrases
    that name the state are left out (:func:`prefers_the_speaker`); None where the
    name is no state's, is its government's (unless a sentence says a body submits on
    the government's behalf, :func:`claimed_by_its_government`), or no body speaks
    for it."""
    if _SENTENCE_SUBJECT.search(found.source) is not None or claimed_by_its_government(
        found, texts
    ):
        # "El Gobierno de X agradece ... y presenta ...": the state speaks; "مساهمة حكومة
        # X ...": a contribution that names the government is the government's, where
        # no ministry says it presents it "au nom du Gouvernement".
        return None
    cover = " ".join(texts)
    for _ in range(_SPEAKER_TRIES):
        texts = [text.replace(found.source, " ") for text in texts]
        speaker = next(filter(None, map(_speaker_in, texts)), None)
        if speaker is None or speaker.source == found.source:
            return None
        if prefers_the_speaker(found, speaker, cover):
            return speaker
        if names_government(speaker) and _same_state(found, speaker):
            return speaker  # "مساهمة موريتانيا" over "تتشرف حكومة الجمهورية ... الموريتانية"
        if not (_names_state(speaker) or _state_in(speaker, cover)):
            return None
        found = speaker
    return None


def _same_state(state: Submitter, government: Submitter) -> bool:
    """Whether a government's name ends with the state's short name, or in Arabic with
    the adjective made from it ("موريتانيا", "حكومة الجمهورية الإسلامية الموريتانية";
    "تونس", "الجمهورية التونسية"): the same stem once the article and the endings are
    left out (:func:`_arabic_stem`)."""
    name, whole = fold(state.name), fold(government.name)
    if not name or len(name.split()) > _STATE_NAME_MAX_WORDS or names_organisation(state):
        return False
    if whole.endswith(" " + name):
        return True
    last = whole.rsplit(None, 1)[-1]
    return " " not in name and _arabic_stem(name) == _arabic_stem(last) != ""


#: The endings of an Arabic state's name and of the adjective made from it.
_ARABIC_ENDINGS: Final = ("ية", "يا", "ة")
#: The shortest Arabic stem that two names may share.
_ARABIC_STEM_MIN: Final = 3


def _arabic_stem(word: str) -> str:
    """An Arabic word without its article and its ending ("الموريتانية" and "موريتانيا":
    "موريتان"); "" for a word in another script or too short to compare."""
    if not word or not "\u0600" <= word[0] <= "\u06ff":
        return ""
    stem = word.removeprefix("ال")
    for ending in _ARABIC_ENDINGS:
        if stem.endswith(ending):
            stem = stem[: -len(ending)]
            break
    return stem if len(stem) >= _ARABIC_STEM_MIN else ""


def mission_of(state: Submitter, lines: Iterable[str]) -> Submitter | None:
    """The letterhead line of the mission, delegation or embassy of the state that a
    title names by its name alone ("MISIÓN PERMANENTE DE EL SALVADOR" over "Aportes de
    El Salvador ...", "البعثة الدائمة لسلطنة X" over "مساهمة سلطنة X ..."): a line of
    ``lines`` that opens with a mission's words (:data:`_MISSION_WORDS`, in any case)
    and ends with the state's name (in Arabic, "ل" joined to it); None if none
    does, or where the title names an organisation."""
    name = fold(state.name)
    if not name or len(name.split()) > _STATE_NAME_MAX_WORDS or names_organisation(state):
        return None
    for line in lines:
        text = " ".join(line.split())
        folded = fold(text)
        ends = folded.endswith((" " + name, " ل" + name))  # "لسلطنة X"
        if ends and _MISSION_OPENS.match(text) is not None:
            return Submitter(text, line, "title")
    return None


def _speaker_in(text: str) -> Submitter | None:
    """The subject of the first covering sentence of ``text`` that says it submits or
    speaks ("Le Ministère de X a l'honneur de ...", "تتشرف وزارة X بتقديم ..."), not a
    name after a word for the contribution ("... con aportes del Consejo X")."""
    subject = _sentence_subject(text)
    spoken = next(
        filter(None, (_named_after(text, m) for m in _SPEAKS_BEFORE.finditer(text))), None
    )
    return _earliest([found for found in (subject, spoken) if found is not None])


def _named_after(text: str, m: re.Match[str]) -> tuple[int, str, str] | None:
    """The name that runs from the end of the words ``m`` found in ``text`` up to a
    preposition (:func:`_run_before_end`), where it is, the phrase and the name."""
    name = _run_before_end(text[m.end() : m.end() + _SENTENCE_WINDOW])
    return None if name is None else (m.start(), name, _phrase(m.group(), name))


def _earliest(found: list[tuple[int, str, str]]) -> Submitter | None:
    """The name found first in a text, of (position, name, phrase) triples; None for
    none."""
    if not found:
        return None
    _, name, source = min(found)
    return Submitter(name, source, "sentence")


#: An Arabic verb that says its subject, after it, submits or presents ("تتشرف X
#: بتقديم ...", "يسر X أن يقدم ...").
_SPEAKS_BEFORE: Final = LazyPattern(
    r"(?<!\w)و?(?:يسر|يسرّ|تسر|تسرّ|تهدي|يهدي|تتشرف|يتشرف|قدم|قدمت|قدّم|قدّمت|تقدم|تقدمت)"
    r"[ \u00a0]+(?=\w)(?!المساواة)"
)
#: How many names of a state a search for the body that speaks for it passes over.
_SPEAKER_TRIES: Final = 3


def prefers_the_speaker(title: Submitter, sentence: Submitter | None, cover: str = "") -> bool:
    """Whether a covering sentence's subject outranks a title: the title names a state or
    its government ("Contribution of the Government of X"; a state's short name where
    ``cover`` calls it a state or a government, :func:`_state_in`), and the sentence the
    body that submits for it ("The Ministry of ... submits the following views on behalf
    of the Government ...")."""
    return (
        sentence is not None
        and (_names_state(title) or _state_in(title, cover))
        and not _names_state(sentence)
        and names_organisation(sentence)
    )


def _before_acronym(text: str) -> str | None:
    """The organisation a line opens with, spelled out before its acronym in brackets,
    with the acronym ("Lanka Institute for Technology Law and Policy (LITLP) 27/3 Ward Place, ...",
    "ASSOCIATION OF ... (AXY), P.O. Box ..."): a letterhead run into the address."""
    m = _NAME_AND_ACRONYM.match(text)
    if m is None:
        return None
    name, acronym = m.group("name").strip(), m.group("acronym")
    if _spelled_out(f"{name} ({acronym})", acronym) is None or not is_organisation_name(name):
        return None
    if not _opens_its_acronym(name, acronym):
        return None  # "Les hacemos llegar la contribución del Centro ... (CEE).": a sentence
    return f"{name} ({acronym})"


def _opens_its_acronym(name: str, acronym: str) -> bool:
    """Whether a name's first word after its article gives its acronym's first letter,
    with a capital ("The Example Forum" for "EXF"); a sentence that ends with a name
    and its acronym opens otherwise."""
    words = name.split()
    if len(words) > 1 and f"{words[0]} " in _ARTICLES_ANY_CASE:
        words = words[1:]
    first = _without_elision(words[0]) if words else ""
    return first[:1].isupper() and fold(first[:1]) == fold(acronym[:1])


#: The lines of a letterhead in a script without case that may name the submitter.
_CASELESS_LETTERHEAD_LINES: Final = 2


def from_letterhead(lines: Sequence[str]) -> Submitter | None:
    """A title that a line in capitals of a cover paragraph's ``lines`` names, where a
    letterhead runs on into the lines under it ("REPUBLIC OF X" / "MINISTRY OF ..." /
    "Private Bag 310"): such a line is a name, not a line of a sentence.  In a script
    without case, the paragraph's first line does when it names the submitter as a line
    alone would ("الاتحاد العربي لمزودي خدمات الإنترنت" over "ورقة موقف مقدمة إلى ...",
    "高岚（...，以个人身份提交）" over the date), or else its second line, under the
    state's name ("المملكة الأردنية الهاشمية" over "هيئة تنظيم الاتصالات ...")."""
    if len(lines) < 2:
        return None
    for text in lines[:_CASELESS_LETTERHEAD_LINES]:
        head = text.strip()
        if not head or any(ch.isupper() or ch.islower() for ch in head):
            break
        read = from_line(head)
        if read is not None:
            return read
        if not _names_a_state(head):
            break  # the second line only under the state's name
    for text in lines:
        if text.isupper():  # cased letters, all capitals
            read = from_line(text)
            if read is not None:
                return read
    return None


def personal_writer(lines: Sequence[str], texts: Sequence[str]) -> Submitter | None:
    """The person the cover's ``lines`` name on a line alone, a name of two to four
    capitalised words ("Tomasz Example" over "Independent consultant, Krakow"; with the
    capacity after it, "Ana Ejemplo Ruiz, a título personal"), or the
    name a sentence gives ("Me llamo Ana Ejemplo y ...", :data:`_SELF_NAMED`), where its
    ``texts`` say that the writer writes in a personal capacity ("submitted in a
    personal capacity", "à titre personnel"), or the owner of a blog its title names
    ("欧阳晓岚的博客", "张示例的网络治理笔记", "مدونة سلمى مثال", "Le blog de Jeanne
    Exemple"), or the writer a
    Chinese title names before its colon where the cover names the same person with a
    word of respect ("王示例：……" and "王示例先生"); None otherwise, or where such a line
    names an organisation
    or the meeting ("Enhanced Cooperation After Tunis")."""
    if not any(_PERSONAL.search(text) for text in texts):
        return None
    for text in texts:
        named = _SELF_NAMED.search(text)
        if named is not None and not is_organisation_name(named.group(1)):
            return Submitter(named.group(1), named.group(), "sentence")
    for line in lines:
        # "Mariela Example Ruiz, a título personal": the name, with the capacity after it
        text = _without_dateline(_CAPACITY_AFTER_NAME.sub("", line.strip()))
        blog = _ZH_BLOG.match(text) or _BLOG_OF.match(text)
        if blog is not None and not is_organisation_name(blog[1]):
            # "欧阳晓岚的博客 —— 网络治理札记", "مدونة سلمى مثال > مقالات": the blog's owner
            return Submitter(blog[1], text, "title")
        signed = _ZH_NAME_BEFORE_COLON.match(text)
        if signed is not None and any(
            signed[1] + title in t for t in texts for title in _ZH_HONORIFICS
        ):
            # "王示例：对……的看法" over "刊发王示例先生以个人身份提交的意见": the writer
            return Submitter(signed[1], text, "title")
        if not _CAPITALISED_NAME.fullmatch(text) or is_organisation_name(text):
            continue
        if _named(text) and match_subject(text) is None and match_topic(text) is None:
            return Submitter(text, text, "title")
    return None


def _without_dateline(text: str) -> str:
    """A byline without the place and date after a spaced dash ("Mariela Example - La
    Paz, 30 de diciembre de 2016": the name); the line whole otherwise."""
    dash = _BYLINE_DASH.search(text)
    if dash is not None and _PLACE_AND_DATE.fullmatch(text, dash.end()) is not None:
        return text[: dash.start()]
    return text


#: The first spaced dash of a byline, between a name and its place and date.
_BYLINE_DASH: Final = LazyPattern(r"[ \u00a0]+[-–—][ \u00a0]+")
#: A place and a date after it, its year last ("La Paz, 30 de diciembre de 2016").
_PLACE_AND_DATE: Final = LazyPattern(
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][^,\d]{1,40},[ \u00a0]?[^,]{0,30}\b(?:19|20)\d\d(?:[ \u00a0]?г\.)?\.?"
)


#: A Chinese title that opens with its writer's name before a colon ("王示例：对……的看法").
_ZH_NAME_BEFORE_COLON: Final = LazyPattern(r"([\u4e00-\u9fff]{2,4})[：:]")
#: The Chinese words of respect after a person's name (Mr., Ms.).
_ZH_HONORIFICS: Final = ("先生", "女士")


#: A writer who gives their name in a sentence ("My name is Jane Example and ...", "Me
#: llamo Ana Ejemplo y ...", "Je m'appelle ...", "Меня зовут ..."): the name, two to
#: four capitalised words.
_SELF_NAMED: Final = LazyPattern(
    r"(?:\b(?i:my name is|me llamo|mi nombre es|je m['’]appelle|mon nom est)|Меня зовут)"
    r"[ \u00a0]+(" + _CAPITALISED_NAME.pattern + r")"
)
#: The capacity a writer gives after their name on the cover's line ("Jane Example, in
#: a personal capacity", "Ana Ejemplo, a título personal", "(à titre personnel)").
_CAPACITY_AFTER_NAME: Final = LazyPattern(
    r"[ \u00a0]*(?:,|\(|[–—-])[ \u00a0]*(?i:(?:in|writing in) (?:a|my|her|his|their) "
    r"(?:own |personal |individual )?capacity|" + _IN_ONES_OWN_NAME + r"|в личном качестве)\)?\.?\Z"
)
#: A Chinese blog's title, its owner's name (two to four characters) before "的博客"
#: (or "的个人主页", or notes on a subject, "的网络治理笔记"): the writer, where the text
#: says they write in a personal capacity.
_ZH_BLOG: Final = LazyPattern(
    r"([\u4e00-\u9fff]{2,4})的(?:个人)?(?:[\u4e00-\u9fff]{2,6}?)?(?:博客|主页|网志|笔记|札记|随笔)"
)
#: A blog's title that names its owner after the word for blog, two to four words, alone
#: or before the page's breadcrumb ("مدونة سلمى مثال > مقالات", "Le blog de Jeanne
#: Exemple", "Blog de Ana Ejemplo | Inicio").
_BLOG_OF: Final = LazyPattern(
    r"(?:مدونة|(?:Le |El )?[Bb]log (?:de|d['’]))[ \u00a0]+"
    r"((?:[^\W\d_][\w'’-]*)(?:[ \u00a0][^\W\d_][\w'’-]*){1,3})"
    r"(?=[ \u00a0]*(?:[>›»|–—-]|\Z))"
)


def from_capitals_at_start(text: str) -> Submitter | None:
    """A title that the words in capitals opening ``text`` name, where a letterhead runs
    on into what follows it without a line break, as in a flattened page ("EXAMPLE
    CENTRE FOR INTERNET POLICY Old College, ...", "МИНИСТЕРСТВО СВЯЗИ ... 720000, г.
    ..."); None where fewer than two words open it in capitals, where all of it is in
    capitals, or where they name no organisation."""
    words = text.split()
    run = list(itertools.takewhile(str.isupper, words))  # letters, all in capitals
    if len(run) < 2 or len(run) == len(words):
        return None
    found = from_line(" ".join(run))
    return found if found is not None and names_organisation(found) else None


#: A street address that follows a letterhead's name on a flattened page: the street's
#: word ("Calle Jordán 0342", "12 rue ...", "Av. Arce 2631", "ул. Ленина, 5", "شارع"),
#: its name in a few words and its number.
_STREET: Final = LazyPattern(
    r"(?:(?i:calle|avenida|av\.|avda\.|carrera|jir[oó]n|rua|rue|avenue|boulevard|bd\.|"
    r"chemin|place|street|road|via|viale|piazza)|ул\.|улица|проспект|пр\.|شارع)"
    r"(?:[ \u00a0]+[^\s\d,]+){1,4}[ \u00a0,]+(?:N[°º.]?[ \u00a0]?)?\d"
)
#: A Chinese body's name (ending as an organisation's does, group 1), white space and its
#: address: a run of Chinese and digits that ends with a street's word or a number's.
_ZH_NAME_BEFORE_ADDRESS: Final = LazyPattern(
    "(" + _ZH_ORGANISATION + ")[ \u00a0\u3000]+[\u4e00-\u9fff0-9]{2,30}?(?:路|街|大道|大街|巷|号)"
)
#: The most words of a letterhead's name before its street address.
_NAME_BEFORE_STREET_MAX_WORDS: Final = 10


def from_name_before_street(text: str) -> Submitter | None:
    """An organisation's name that opens ``text`` and runs on into its street address
    without a line break, as a flattened page runs its letterhead lines together
    ("Fundación Red Ciudadana Digital Calle Jordán 0342, Cochabamba, ..."); None where no
    street address follows a few words in, or the words before it name no
    organisation; a Chinese body's name and its address set apart by a space ("示例市跨境
    电子商务协会 示例市中心区示例大道 关于……的意见")."""
    zh = _ZH_NAME_BEFORE_ADDRESS.match(text)
    if zh is not None:
        return Submitter(zh.group(1), zh.group(), "title")
    m = _STREET.search(text, 0, 400)
    if m is None or m.start() == 0:
        return None
    words = text[: m.start()].split()
    if len(words) > _NAME_BEFORE_STREET_MAX_WORDS:
        return None
    name = " ".join(words)
    if not is_organisation_name(name):
        return None
    found = from_line(name)
    return found if found is not None and names_organisation(found) else None


def labelled(text: str) -> Submitter | None:
    """The submitter named by a line that is a label running on into the name
    ("Submitted by the Permanent Mission of X"): what :func:`from_line` reads with
    confidence "field", without trying the titles."""
    text = text.strip()
    m = _RUN_ON.fullmatch(text)
    if m is None:
        return None
    other = m.group("other")
    if other and _ARABIC_LETTER.match(other):
        # "ورقة مقدمة من X إلى الفريق العامل ...": the name ends before "إلى"
        other = _run_before_end(other) or other
    name = _name(m.group("name") or other)
    # "Submitted on behalf of the X Board by: A. Example" goes on to the signer
    name = _BY_AT_END.sub("", name)
    if not (name[:1].isalnum() or name[:1] in _NAME_OPENERS):
        return None  # "Submitted by . globally-": no name after the label
    return Submitter(name, text, "field")


#: An Arabic letter opening a text.
_ARABIC_LETTER: Final = LazyPattern(r"[\u0621-\u064a]")
#: The word that leads from a body's name to its signer at a label's end ("... by:"),
#: and the signer after it, after a colon or named in capitalised words ("... by
#: Oyunchimeg Batbayar", the signature's next line run on, and what follows a comma
#: after the name: "... by A. Example, Coordinator, Lalitpur, 29 December 2016.").
_BY_AT_END: Final = LazyPattern(
    r"(?<=\w)[ \u00a0]+(?:by|par|por|от)"
    r"(?:[ \u00a0]*[:：].*|(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.\-]*){1,4}(?:,.*)?)?$"
)


#: What a name may open with besides a letter or a digit: a quote or a bracket.
_NAME_OPENERS: Final = frozenset("\"'«“‘„(（[【「『")


def note_verbale_sender(text: str) -> Submitter | None:
    """The sender a note verbale names in its opening sentence, where it presents its
    compliments ("The Permanent Mission of X to the United Nations Office ... presents
    its compliments to ...", "La Mission permanente de X ... présente ses compliments",
    "La Misión Permanente de X ... saluda atentamente", "Постоянное представительство X
    ... свидетельствует своё уважение", "تهدي البعثة الدائمة لـ X ... تحياتها", "X常驻
    ……代表团向……致意"): the Mission or Delegation that sends the note submits what it
    transmits, the Government's views included; its name goes on with what it is
    accredited to ("to the United Nations Office and other International Organizations
    in Geneva", "auprès de l'Office des Nations Unies à Genève") up to the verb.  None
    where ``text`` holds no such sentence."""
    flat = " ".join(text.split())
    m = _COMPLIMENTS.search(flat)
    if m is not None:
        lead = flat[: m.start()]
        # The subject opens with its article, else at the sentence's start.
        space = _last_article(lead, 0, len(lead))
        at = space + 1 if space >= 0 else (0 if lead.startswith(_ARTICLES) else -1)
        ends = [i + len(mark) for mark in (". ", "。") if (i := lead.rfind(mark)) >= 0]
        start = at if at >= 0 else max(ends, default=0)
        subject = lead[start:].strip()
        for article in _ARTICLES:
            subject = subject.removeprefix(article)
        phrase = flat[start : m.end()]
    else:
        m = _COMPLIMENTS_AFTER.search(flat)
        if m is None:
            return None
        subject, phrase = m.group(1), m.group()
    name = _sender_name(subject)
    return None if name is None else Submitter(name, phrase, "sentence")


def _clause(rest: str, name: str) -> str:
    """The words of ``rest`` after ``name`` up to the end of their clause (a comma, a
    stop or a semicolon)."""
    after = rest[rest.find(name) + len(name) :]
    end = min((i for i in map(after.find, (",", ". ", ";")) if i >= 0), default=len(after))
    return after[:end]


def _sender_name(subject: str) -> str | None:
    """The name of a note verbale's sender in the words before its verb, with what it
    is accredited to (twelve words at most), from the last word for a mission that no
    joining word comes before (lines run together with no article or stop before the
    sentence: "... В ЖЕНЕВЕ № 02-11/873 Постоянное представительство ..."; "Embassy and Permanent
    Mission of X" is one name)."""
    start = 0
    for m in _MISSION_WORDS.finditer(subject):
        before = subject[: m.start()].split()
        if before and before[-1].lower() not in _NAME_JOINS | _LIST_ENDS:
            start = m.start()
    rest = subject[start:]
    cut = _ACCREDITED.search(rest)
    name = _named(rest[: cut.start()] if cut else rest)
    if name is None or len(name.split()) > _SENTENCE_NAME_MAX_WORDS:
        return None
    if cut is not None and rest[: cut.start()].rstrip().endswith(name):
        accredited = " ".join(rest[cut.start() :].split()).rstrip(" ,")
        if len(accredited.split()) <= _ACCREDITATION_MAX_WORDS and not _ENDS_SENTENCE.search(
            accredited
        ):
            return f"{name} {accredited}"  # "... of X to the United Nations Office at Geneva"
    return name


#: The most words of what a note verbale's sender is accredited to ("to the United
#: Nations Office and other International Organizations in Geneva").
_ACCREDITATION_MAX_WORDS: Final = 12
#: A sentence's end inside a run of words.
_ENDS_SENTENCE: Final = LazyPattern(r"[.!?;:。] ")


#: The words with which a note verbale's sender, named before them, presents its
#: compliments, in the six UN languages (Chinese: "X向……致意").
_COMPLIMENTS: Final = LazyPattern(
    r"(?i:" + _COMPLIMENTS_WORDS + r")|(?<=[^\s。])向[^。]{2,80}?致意"
)
#: Arabic names the sender after the verb, before its greetings ("تهدي البعثة الدائمة
#: لـ X ... أطيب تحياتها").
_COMPLIMENTS_AFTER: Final = LazyPattern(
    r"(?:تهدي|تُهدي|تهديكم)[ ]((?:(?!تحيات).){4,200}?)[ ](?:(?:أطيب|أصدق|خالص|أسمى)[ ])?تحيات"
)
#: The words that open the name of a note verbale's sender, as a sentence writes them.
_MISSION_WORDS: Final = LazyPattern(
    r"\b(?:Permanent Mission|Mission permanente|Misión Permanente|Delegation|Délégation"
    r"|Delegación|Embassy|Ambassade|Embajada|Постоянное представительство|Постоянная миссия"
    r"|Представительство|Посольство|البعثة الدائمة|الوفد الدائم|سفارة)\b"
)


def speaks_as_subject(found: Submitter) -> bool:
    """Whether a covering sentence names ``found`` as the subject of its verb ("Le
    Service X a l'honneur de ...", "The Department of X submits ..."): its source ends
    with the verb (:data:`_SENTENCE_SUBJECT`)."""
    return _SENTENCE_SUBJECT.search(found.source) is not None


def names_state_or_government(found: Submitter) -> bool:
    """Whether a name is a state's or its government's ("Estado Plurinacional de X",
    "Government of X")."""
    return names_government(found) or _names_state(found)


def names_a_mission(text: str) -> bool:
    """Whether a line opens with the name of a state's mission, delegation or embassy,
    after its article or not ("La Misión Permanente de X ante ...", "The Permanent
    Mission of X ...")."""
    return _MISSION_WORDS.match(_without_article(text)) is not None


#: The words of a mission's letterhead, in any case ("PERMANENT MISSION OF X").
_MISSION_OPENS: Final = LazyPattern(_MISSION_WORDS.pattern, re.IGNORECASE)
#: Where a sender's name gives way to what it is accredited to.
_ACCREDITED: Final = LazyPattern(
    r" (?:to the United Nations|to the UN\b|to the Office|in Geneva|at Geneva|auprès d"
    r"|à Genève|ante la Oficina|ante las Naciones|ante los Organismos|en Ginebra"
    r"|при Отделении|при ООН|в Женеве|لدى |في جنيف)"
)


#: An acronym in full-width brackets right after a Chinese name ("（EXA）").
_ZH_ACRONYM_AFTER: Final = LazyPattern(r"（[A-Z][A-Za-z]{1,7}）")


#: A quantifier that opens a phrase naming no one ("any body", "أي جهة", "toute
#: organisation", "cualquier entidad").
_ANY_ONE: Final = LazyPattern(
    r"(?:أي|أية|كل)[ \u00a0]|(?i:any|every|each|aucune?|toute?s?|cualquier|ninguna?)[ \u00a0]"
)


def from_sentence(text: str) -> Submitter | None:
    """The submitter named, least surely, by a sentence of a covering letter or a
    subject line: "the contribution of the Government of X to ...", "les réponses du
    Gouvernement de X aux ...", "Aportes del Estado X al ...", "ответы X на вопросы",
    "يسر X أن يقدم ...".  The first such name in the text that is not one of the
    meeting's own bodies; ``source`` is the phrase it was read from ("réponses du
    Gouvernement de X")."""
    found: list[tuple[int, str, str]] = []
    for zh in (_ZH_SUBMITS, _ZH_OPINION_OF):  # "……研究院向委员会秘书处提交", "- ……促进会意见"
        for m in zh.finditer(text):
            # "……联合会（EXA）应……邀请": the name keeps the acronym in brackets after it
            acronym = _ZH_ACRONYM_AFTER.match(text, m.end(1))
            name = m.group(1) + (acronym.group() if acronym is not None else "")
            found.append((m.start(), name, m.group()))
            break
    for pattern in (_SENTENCE_OF, _SENTENCE_BEFORE):
        for m in pattern.finditer(text):
            rest = text[m.end() : m.end() + _SENTENCE_WINDOW]
            if pattern.match(rest) is not None:
                continue  # "4 تعليقات قدمت X ...": the word before another lead names no one
            capitalised = m.groupdict().get("capitalised")
            name = _capitalised_run(rest) if capitalised else _run_before_end(rest)
            if name is not None and _MISSION_WORDS.match(name) is not None:
                # "the input of the Permanent Mission of X to the United Nations Office
                # ... in Geneva, submitted ...": the mission with what it is accredited to
                name = _sender_name(rest[: rest.find(name) + len(name)] + _clause(rest, name))
                name = name or _capitalised_run(rest)
            described = _NAME_THEN_WHICH_IS.match(rest)
            if described is not None and not capitalised and not _object_before(described, name):
                name = described.group(1)  # "يقدم مركز X في مجتمع المعلومات، وهو مركز ..."
            if name is not None and _NUMBERED.match(name) is not None:
                continue  # "ورقة موقف رقم 4/2016": a paper's number, no one's name
            if name is not None and _ANY_ONE.match(name) is not None:
                continue  # "موقف أي جهة أعمل معها": the stance of any body I work with
            if name is not None and _arabic_sentence(name.split()):
                continue  # "مساهمات" (a breadcrumb's last word) over "الاتحاد يشارك في ..."
            if name is not None and _PERSONAL.match(name) is None and not _possessed(name):
                # not "أرسلت بصفتي الشخصية" (in my personal capacity), nor the object of
                # a verb after its subject, "السلطنة تقدم رؤيتها" (presents its vision)
                found.append((m.start(), name, _phrase(m.group(), name)))
                break
    subject = _sentence_subject(text)
    if subject is not None:
        found.append(subject)
    for m in _ACRONYM_TITLE.finditer(text):  # "... X Policy Institute (XPI) Submission to"
        spelled = _spelled_before(text[: m.end(1) + 1], m.group(1))
        if spelled is not None:
            at = text.rfind(spelled, 0, m.start())
            found.append((at, f"{spelled} ({m.group(1)})", f"{spelled} {m.group()}"))
            break
    return _earliest(found)


#: What opens a paper's number, not a name: a digit, or the word for "number" ("No.",
#: "№", "رقم").
_NUMBERED: Final = LazyPattern(r"\d|(?:No\.|№|N°|رقم)(?:[ \u00a0]|\d)")
#: A title that says whose paper it is by a name with its acronym before the paper's
#: word, run together with a web page's other lines ("Sierra Leone Example Institute
#: (SLEI) Submission to the UN CSTD Working Group ..."): the acronym (group 1), which
#: the words before it must spell.
_ACRONYM_TITLE: Final = LazyPattern(
    r"\(([A-Z][A-Za-z\-]{1,10})\)[ \u00a0]+(?i:submission|input|contribution|comments"
    r"|response|position paper)[ \u00a0]+(?i:to|on|for)\b"
)


def _sentence_subject(text: str) -> tuple[int, str, str] | None:
    """Where a covering sentence names its subject before what it says of it ("The
    Ministry of X is pleased to ...", "Le Réseau X (RX) a l'honneur de ..."): the
    position, the name (its article left out) and the phrase of the first such sentence
    that names one (or of a later one that names the same in full, going on past it);
    None if none does."""
    first: tuple[int, str, str] | None = None
    for m in _SENTENCE_SUBJECT.finditer(text):
        found = _subject_before(text, m) or _subject_after_code(text, m)
        if found is None or _POSSESSIVE.match(found[1]) is not None:
            continue
        if first is None:
            first = found
        elif found[1].startswith(first[1] + " "):
            # "El Núcleo X envía su aporte" (a headline), then "El Núcleo X (NEGD) de la
            # Universidad Y presenta ...": the later sentence names it in full
            return first[0], found[1], found[2]
    return first


#: A possessive before a sentence's subject, which makes it a person's role or a thing,
#: no body's name ("Our coordinator sent the text below ...", "Notre présidente a
#: transmis ...", "Mi colega envió ...").
_POSSESSIVE: Final = LazyPattern(
    r"(?:Our|My|Notre|Nos|Mon|Ma|Mes|Nuestr[oa]s?|Mis?|Наш[аие]?|Мо[йяеи])[ \u00a0]"
)


def _object_before(described: re.Match[str], name: str | None) -> bool:
    """Whether the run up to the comma before "وهو ..." (:data:`_NAME_THEN_WHICH_IS`)
    goes on past the name into the verb's object ("يقدم مركز X الملاحظات التالية، وهي
    ..."): the clause after the comma says what the object is, not the body."""
    whole = described.group(1)
    if name is None or not whole.startswith(name + " "):
        return False
    return whole[len(name) + 1 :].split()[0] in _ARABIC_OBJECTS


#: An Arabic name up to the comma before a clause that says what the body is ("مركز
#: وهران للبحوث في مجتمع المعلومات، وهو مركز بحث جامعي، ..."): the name (group 1) holds
#: its prepositions.
_NAME_THEN_WHICH_IS: Final = LazyPattern(
    r"((?:[\u0621-\u065f\u0670-\u06d3]+[ \u00a0]+){1,9}[\u0621-\u065f\u0670-\u06d3]+)"
    r"[ \u00a0]*[،,][ \u00a0]*(?:وهو|وهي)[ \u00a0]"
)


def _subject_after_code(text: str, m: re.Match[str]) -> tuple[int, str, str] | None:
    """The subject of a covering sentence run together, without a stop, with the title
    above it that ends with its code in brackets ("Вклад в работу Рабочей группы ...
    (WGEC-2) Правительство Республики X через Министерство ... представляет ..."): read
    from the code on."""
    codes = list(_CODE_THEN_CAPITAL.finditer(text, 0, m.start()))
    if not codes:
        return None
    at = codes[-1].end(1)
    while (acronym := _ACRONYM_WORD.match(text, at)) is not None:
        at = acronym.end()  # the title's last words: "(РГРС-2) КНТР ООН Комитет ..."
    rest = text[at:]
    verb = _SENTENCE_SUBJECT.search(rest, m.start() - at)
    found = None if verb is None else _subject_before(rest, verb)
    return None if found is None else (at + found[0], found[1], found[2])


#: The conjunctions that join a sentence's two clauses, which no name ends with.
_CONJUNCTIONS: Final = frozenset(("and", "et", "y", "e", "и", "а", "و"))
#: A town in brackets after a Russian name ("(г. Самара)").
_TOWN_REMARK: Final = LazyPattern(r"[ \u00a0]*\((?:г|гор)\.[ \u00a0]?[^()]{1,40}\)\Z")


def _outside_brackets(text: str, mark: str, stop: int) -> int:
    """Where ``mark`` last stands in ``text`` before ``stop`` outside brackets (not the
    stop of "г." in "Центр ... (г. Самара) направляет ..."); -1 if nowhere."""
    at = text.rfind(mark, 0, stop)
    while at >= 0:
        opened = text.rfind("(", 0, at)
        if opened < 0 or text.find(")", opened, at) >= 0:
            return at
        at = text.rfind(mark, 0, opened)
    return at


def _sentence_start(text: str, stop: int) -> int:
    """Where the covering sentence whose verb stands at ``stop`` starts: after a full
    stop, a colon or a comma ("Madame, Monsieur, Le Réseau ..."), or at the line's
    start."""
    ends = [_outside_brackets(text, mark, stop) for mark in (". ", ": ", "! ")]
    # Lines run together on a flattened page are set apart by a wide gap ("...
    # СОТРУДНИЧЕСТВУ  Центр ... представляет ..."): the sentence starts after it,
    # unless its words name the body only after an article in lower case ("Earlier
    # this week the Example Institute sent ...").
    gap = text.rfind("  ", 0, stop)
    if gap >= 0 and _ARTICLE_IN_RUNNING_TEXT.search(text, gap, stop) is None:
        ends.append(gap)
    ends.append(_last_clause_comma(text, stop))
    # A web page's byline run on into the sentence ("Posted on ... by X | 4 min read
    # Example Forum has sent ..."): the sentence starts after its count.
    counts = list(_BYLINE_COUNT.finditer(text, 0, stop))
    if counts:
        ends.append(counts[-1].end() - 1)
    return max([end + 2 for end in ends if end >= 0] + [text.rfind("\n", 0, stop) + 1])


def _subject_before(text: str, m: re.Match[str]) -> tuple[int, str, str] | None:
    """The subject a covering sentence names before the words ``m`` found in it."""
    start = _sentence_start(text, m.start())
    stop = m.start()
    # "This week the Example Coalition sent ...": the sentence opens with its time, which
    # the name leaves out (the last such time with a capital before the verb: a web
    # page's menu and byline may run on into the sentence).
    times = [t for t in _TIME_LEAD.finditer(text, start, stop) if text[t.start()].isupper()]
    if times:
        start = times[-1].end()
    start, lead = _russian_name_run_on(text, start, stop)
    # A name, then a clause about it between commas ("Некоммерческое партнёрство «X»,
    # объединяющее 64 издания, направляет ...", "X S.A., operador ... en Chile, Perú y
    # Bolivia, presenta ..."): the name ends at the clause's comma, whatever the last
    # comma leaves before the verb.
    named = _appositive(text, m.start())
    if named is not None:
        start, stop = named
        lead = text[start:stop]
    elif _of_its_institution(lead):
        # "The Institute for X, University of Y, sent ...": the name goes on with the
        # institution it belongs to, between the commas.
        stop = start + len(lead.rstrip().removesuffix(","))
        lead = text[start:stop]
    if (
        not _starts_with_capital(lead.lstrip())
        or len(lead.split()) > _SENTENCE_NAME_MAX_WORDS
        or lead.rstrip().endswith(",")  # "..., Cambodia," ends a clause about the name
        or _letterhead_before(lead)
        or _organisation_after_article(text, start, m.start())
        or _MENU_MARK.search(lead) is not None  # "Главная | Новости 29.12.2016 X направила"
    ):
        # Lines run together without a stop ("Kingstown, 27 December 2016 The Government
        # of X presents ...", a letterhead in capitals before "The Delegation of X
        # ..."): the sentence starts at its last article with a capital.
        at = _last_article(text, start, m.start())
        if at < 0:
            # ... before a clause between commas ("HIXA Secretariat The X (XA), which
            # operates ..., has sent ..."), from the last full stop on.
            stop_at = max(text.rfind(mark, 0, m.start()) for mark in (". ", "! ", "\n"))
            at = _last_article(text, stop_at + 1, start)
            clause = _APPOSITIVE.match(text[at + 1 : m.start()]) if at >= 0 else None
            if clause is not None:
                stop = at + 1 + _name_end(clause)
            else:
                at, stop = _run_before_verb(text, stop_at + 1, m.start())
        start = at + 1 if at >= 0 else start
    subject = _HEREINAFTER.sub("", " ".join(text[start:stop].split()))
    subject = _TOWN_REMARK.sub("", subject)  # "Центр ... (г. Самара)": its town
    subject = _without_place_in_brackets(subject)
    if subject.endswith(","):
        return None  # the end of a clause about a name not found ("..., Perú y Bolivia,")
    subject = _without_article(subject)
    if subject.rpartition(" ")[2].casefold() in _WE:
        # "Last week we sent ...": we, the body the sentence before opens with ("The X
        # Association (XA) brings together ...")
        return _antecedent(text, start, m)
    through = _THROUGH.search(subject)
    if through is not None:  # "Правительство Республики X через Министерство ..."
        subject = subject[: through.start()]
    if not 2 <= len(subject.split()) <= _SENTENCE_NAME_MAX_WORDS:
        return None  # "We are pleased to": a name has two words at least
    if subject.rpartition(" ")[2] in _CONJUNCTIONS:
        return None  # "Ассоциация объединяет 14 операторов и представляет ...": a verb's
    # second clause, whose subject opened the first
    name = _named(_before_addressee(subject))
    if name is not None and _MISSION_WORDS.match(name) is not None:
        # "The Permanent Mission of X to the United Nations Office at Geneva presents
        # ...": the mission's name goes on with what it is accredited to.
        accredited = _sender_name(subject)
        name = accredited if accredited is not None and accredited.startswith(name) else name
    return None if name is None else (start, name, " ".join(text[start : m.end()].split()))


#: The pronouns of the first person plural that may be a covering sentence's subject.
_WE: Final = frozenset(("we", "nous", "nosotros", "nosotras", "мы"))


def _antecedent(text: str, start: int, m: re.Match[str]) -> tuple[int, str, str] | None:
    """The body that the sentence before the one at ``start`` opens with, after its
    article, as the subject of the verb ``m`` whose own subject is "we" ("The X
    Association (XA) brings together ... . Last week we sent ..."; where lines run
    together before that sentence, it opens at their last article with a capital);
    None where that sentence opens with no organisation's name."""
    if not text[:start].rstrip().endswith("."):
        return None  # "Dear Colleagues, We are pleased to ...": no sentence before it
    before = text.rfind(". ", 0, start - 1)
    opening = text[before + 2 if before >= 0 else 0 : start]
    # Lines run together before it (a letterhead, its towns, a reference): the sentence
    # opens at its last article with a capital ("... Nairobi The X Council (XC) ...").
    article = _last_article(opening, 0, len(opening))
    if article > 0:
        opening = opening[article + 1 :]
    name = _capitalised_run(_without_article(opening.strip()))
    if name is None or not is_organisation_name(name):
        return None
    return (start, name, " ".join(text[start : m.end()].split()))


def _appositive(text: str, verb: int) -> tuple[int, int] | None:
    """Where the name before a clause about it between commas, right before the verb at
    ``verb`` (:data:`_APPOSITIVE`), starts and ends; its sentence starts after a dateline
    run together with it ("Niamey, le 27 décembre 2016 Le Gouvernement de X, par
    l'intermédiaire du Ministère ..., présente"), after the date's year.  None where no
    such clause stands before the verb, or the name opens in lower case."""
    clause = _APPOSITIVE.search(text, 0, verb)
    if clause is None:
        return None
    shift = 0
    for dated in _YEAR_THEN_CAPITAL.finditer(text, clause.start(1), verb):
        shift = dated.end()
    if shift:
        clause = _APPOSITIVE.match(text[shift:verb])
        if clause is None:
            return None
    if not _starts_with_capital(text[shift + clause.start(1) :]):
        return None
    return shift + clause.start(1), shift + _name_end(clause)


#: A year at the end of a dateline, then a capital that opens the next sentence.
_YEAR_THEN_CAPITAL: Final = LazyPattern(
    r"(?<![\w/.-])(?:19|20)\d\d(?:[ \u00a0]г\.)?[ \u00a0](?=[A-ZÀ-ÖØ-ÞА-ЯЁ])"
)
#: An article in lower case after a word in lower case that joins no name ("this week
#: the Example ..."): the body's name starts after it.
_ARTICLE_IN_RUNNING_TEXT: Final = LazyPattern(
    r"(?<![\w'’])(?!(?:"
    + "|".join(sorted(_NAME_JOINS, key=len, reverse=True))
    + r")[ \u00a0])[a-zà-ÿ]+[ \u00a0]+(?:the|la|le|les|el|los|las)[ \u00a0]+[A-ZÀ-ÖØ-Þ]"
)


def _possessed(name: str) -> bool:
    """Whether a name read after an Arabic verb or a contribution's word opens with a
    noun that a pronoun possesses ("رؤيتها", its vision; "مساهمته", his contribution:
    the verb's object, where the subject came before it; "جمعيتنا", our association:
    the writer's own body, named elsewhere), not a body's name."""
    words = name.split()
    first = words[0] if words else ""
    return not first.startswith("ال") and first.endswith(_POSSESSIVE_ENDINGS)


#: The pronouns that end a possessed Arabic noun: its, their, his; after a feminine
#: noun's "ت", our and your ("جمعيتنا", "منظمتكم"; not a name that ends "نا", "غانا").
_POSSESSIVE_ENDINGS: Final = ("ها", "هم", "ه", "تنا", "تكم")


#: The short name a sentence gives its subject in brackets after its name, left out of
#: the name: "(hereinafter “the Centre”)", "(ci-après « le Réseau »)", "(en adelante, la
#: Red)", "(далее – Центр)".
_HEREINAFTER: Final = LazyPattern(
    r"[ \u00a0]*\((?i:hereinafter|ci-apr[èe]s|en adelante|en lo sucesivo|далее)\b[^()]{0,60}\)\Z"
)


#: A mark that parts a web page's menu or breadcrumb ("Home | News", "Home › News"):
#: lines run together before the sentence, which starts later.
_MENU_MARK: Final = LazyPattern(r" [|›>»·] ")
#: The count that ends a web page's byline after a bar: the minutes it takes to read, or
#: its comments ("| 4 min read", "| 0 comments", "| 3 commentaires").
_BYLINE_COUNT: Final = LazyPattern(
    r"\|[ \u00a0]+\d{1,4}[ \u00a0]+(?i:min(?:ute)?s?[ \u00a0]+read|comments?|replies"
    r"|commentaires?|comentarios?|комментари[йяев]{1,2})(?=[ \u00a0])"
)


def navigates(text: str) -> bool:
    """Whether a line is one of a web page's navigation lines, which name no one though
    an item names a body: its menu or breadcrumb, :data:`_MENU_ITEMS` short items or
    more parted by bars or arrows ("Home | About the Council | News | Contact"; a
    breadcrumb's last item, the page's own title, may be longer: "Inicio » Publicaciones »
    Aporte de la Red al GTCR-2"), or its link past the menu ("Skip to main content")."""
    if _SKIP_LINK.fullmatch(text) is not None:
        return True
    items = _MENU_MARK.split(text)
    if _BREADCRUMB_MARK.search(text) is not None:
        items = items[:-1]  # the page's title
        return len(items) >= _MENU_ITEMS - 1 and all(
            len(item.split()) <= _MENU_ITEM_WORDS for item in items
        )
    return len(items) >= _MENU_ITEMS and all(
        len(item.split()) <= _MENU_ITEM_WORDS for item in items
    )


#: The arrow between a breadcrumb's items.
_BREADCRUMB_MARK: Final = LazyPattern(r" [›>»] ")


#: A web page's link past its menu ("Skip to main content", "Aller au contenu",
#: "تخطَّ إلى المحتوى", "跳到主要内容").
_SKIP_LINK: Final = LazyPattern(
    r"(?i:skip to (?:the )?(?:main )?content|aller au contenu(?: principal)?"
    r"|ir al contenido(?: principal)?|перейти к (?:основному )?содержи(?:мому|анию))"
    r"|تخط[َّ]*ى? إلى المحتوى(?: الرئيسي)?|跳(?:转)?到(?:主要)?内容"
)


#: A menu has this many items at least, each of this many words at most.
_MENU_ITEMS: Final = 3
_MENU_ITEM_WORDS: Final = 3


#: The time a covering sentence opens with, before the body it names with an article in
#: lower case ("This week the Example Coalition sent ...", "Today the Example Network
#: submits ...", "Cette semaine, l'Observatoire X a transmis ..."): left out of the
#: name, with the article.
_TIME_LEAD: Final = LazyPattern(
    r"\b(?i:(?:earlier[ \u00a0]+|later[ \u00a0]+)?this[ \u00a0]+(?:week|month|morning)"
    r"|last[ \u00a0]+(?:week|month)|today|yesterday|recently"
    r"|cette[ \u00a0]+semaine|aujourd['’]hui|esta[ \u00a0]+semana|hoy)"
    r",?[ \u00a0]+(?:the[ \u00a0]+|l['’]|la[ \u00a0]+|le[ \u00a0]+|el[ \u00a0]+)(?=[A-ZÀ-ÖØ-Þ])"
)


def _organisation_after_article(text: str, start: int, stop: int) -> bool:
    """Whether an article with a capital inside ``text[start:stop]``, after its first
    word, opens an organisation's name up to ``stop``: a cover line run together with the
    sentence ("Cabinet du Ministre Le Ministère des Postes a l'honneur de ...", "Republic
    of X The Government of the Republic of X welcomes ..."), not an article inside a name
    ("Fundación Los Andes")."""
    at = _last_article(text, start + 1, stop)
    if at < 0:
        return False
    name = " ".join(text[at + 1 : stop].split())
    governed = fold(name.partition(" ")[2]).startswith(_GOVERNMENT_WORDS)  # after "The"
    return is_organisation_name(name) or governed


def _russian_name_run_on(text: str, start: int, stop: int) -> tuple[int, str]:
    """Where a Russian subject starts in ``text[start:stop]``, and its lead, where the
    lines before it ran together with it, a town's name or a title with no stop
    ("г. Примерск Министерство ... представляет", "... по расширенному сотрудничеству
    Министерство ... представляет"): Russian capitalises a name's first word alone, so
    an organisation word in the nominative with a capital after a word of Cyrillic
    opens the name; ``start`` and its lead unchanged otherwise, and where the lead opens
    with an organisation's word ("Правительство Республики X через Министерство ...")."""
    words = list(re.finditer(r"\S+", text[start:stop]))
    if words and _organisation_word(words[0].group()):
        return start, text[start:stop]
    for before, word in itertools.pairwise(words):
        w, b = word.group(), before.group()
        if not (_lower_cyrillic(w.lower()) and _organisation_word(w)):
            continue
        # The first organisation word decides: "(WGEC-2) Правительство ... через
        # Министерство ..." names the government.
        # A word in lower case before it, or a town's name opening the lead.
        cyrillic = _lower_cyrillic(b) or (before is words[0] and _lower_cyrillic(b.lower()))
        if cyrillic and b not in _THROUGH_WORDS and fold(w) in _ORGANISATION_WORDS:
            at = start + word.start()
            return at, text[at:stop]
        break
    return start, text[start:stop]


#: The Russian words by which a subject speaks through one of its bodies.
_THROUGH_WORDS: Final = frozenset(("через",))


def _letterhead_before(lead: str) -> bool:
    """Whether an article with a capital in ``lead`` follows a word in capitals: a
    letterhead run together with the sentence ("GOBIERNO DE LA REPÚBLICA DE X La
    Secretaría ... presenta")."""
    words = lead.split()
    return any(
        f"{word} " in _ARTICLES and before.isupper() and len(before) > 1
        for before, word in itertools.pairwise(words)
    )


def _last_clause_comma(text: str, stop: int) -> int:
    """Where the last ", " before ``stop`` stands that is not inside a name's list
    ("The Ministry of Industry, Trade and Digital Transformation is pleased ...":
    :func:`_enumeration_goes_on`), nor before the institution a body belongs to ("The
    Institute for X, University of Y, sent ..."), nor inside brackets closed before
    ``stop`` ("Фонд «X» (Кишинёв, Республика Молдова) благодарит ...": the body's town
    and country); -1 if none."""
    at = text.rfind(", ", 0, stop)
    while at >= 0:
        after = text[at + 2 : stop].split()
        if (
            not _enumeration_goes_on(after, -1)
            and not (after and after[0] in _INSTITUTION_WORDS)
            and not _in_closed_brackets(text, at, stop)
        ):
            return at
        at = text.rfind(", ", 0, at)
    return -1


def _without_place_in_brackets(subject: str) -> str:
    """A sentence's subject without the place its brackets give after a comma, its
    acronym kept ("Example Digital Forum (EXDF, Port Example)" gives "Example Digital
    Forum (EXDF)"), or without the brackets where they hold a place alone ("Фонд «X»
    (Кишинёв, Республика Молдова)" gives "Фонд «X»")."""
    m = _PLACE_IN_BRACKETS.search(subject)
    if m is None:
        return subject
    first = m["first"]
    if " " not in first and sum(map(str.isupper, first)) >= 2:
        return f"{subject[: m.start()]} ({first})"
    return subject[: m.start()]


#: Brackets that close a subject and hold a comma: an acronym or a town, then a place.
_PLACE_IN_BRACKETS: Final = LazyPattern(
    r"[ \u00a0]+\((?P<first>[^(),]{1,40}),[ \u00a0]+[^(),]{1,60}\)\Z"
)


def _in_closed_brackets(text: str, at: int, stop: int) -> bool:
    """Whether ``text[at]`` stands inside brackets opened before it and closed before
    ``stop``."""
    opened = text.rfind("(", 0, at)
    return opened > text.rfind(")", 0, at) and text.find(")", at, stop) >= 0


def _run_before_verb(text: str, start: int, verb: int) -> tuple[int, int]:
    """Where a name without an article starts (less one) and ends, among lines run
    together before the verb at ``verb``: the run of capitalised words and the small
    words between them right before a clause between commas ("... por el equipo de
    Colectivo X Y, organización de la sociedad civil ..., envió ..."), or, with no
    clause, right before the verb when its acronym in brackets follows it ("... Blog ·
    4 comments Example Commons Network (ECN) sent the following ...", or the words
    that spell the acronym, "... Ассоциация разработчиков ... Узбекистана (АРПОУ)
    направила ..."); (-1, ``verb``) where no such run comes before it."""
    clause = _CLAUSE_BEFORE_VERB.search(text, start, verb)
    end = verb if clause is None else clause.start()
    words = list(re.finditer(r"\S+", text[start:end]))
    last = len(words)
    if clause is None:
        # With no clause, only a name followed by its acronym: the text introduces it.
        if not last:
            return -1, verb
        if not _ACRONYM_IN_BRACKETS.fullmatch(words[-1].group()):
            return _named_after_the(text, start, words, end)
        # The words before it that spell it out, in lower case as Russian writes them
        # ("Ассоциация разработчиков программного обеспечения Узбекистана (АРПОУ)").
        spelled = _spelled_before(text[start:end], words[-1].group()[1:-1])
        if spelled is not None and not spelled.split()[0][:1].islower():
            return text.rfind(spelled, start, end) - 1, end
        last -= 1
    first = last
    while first and (
        words[first - 1].group()[:1].isupper() or words[first - 1].group() in _NAME_JOINS
    ):
        first -= 1
    while first < last and words[first].group() in _NAME_JOINS:
        first += 1
    run = [word.group() for word in words[first:last]]
    for size in range(2, len(run) // 2 + 1):
        if run[-size:] == run[-2 * size : -size]:  # a byline's name, then the sentence's
            first = last - size
            break
    first = _russian_kind_before(words, first)
    if last - first < 2:
        return -1, verb
    return start + words[first].start() - 1, end


def _russian_kind_before(words: Sequence[re.Match[str]], first: int) -> int:
    """Where a Russian name starts that runs on in lower case before the capitalised
    words at ``first`` ("Служба связи при Правительстве Республики X"): at a word
    for a body with its capital (:func:`_cyrillic_organisation`) at most
    :data:`_RU_LOWER_RUN` words in lower case before them; else ``first``."""
    k = first - 1
    while k >= 0 and first - k <= _RU_LOWER_RUN and words[k].group()[:1].islower():
        k -= 1
    if k < 0 or k == first - 1:
        return first
    word = words[k].group()
    if "\u0400" <= word[:1] <= "\u04ff" and word[:1].isupper():
        folded = fold(word)
        if folded in _ORGANISATION_WORDS or _cyrillic_organisation(folded):
            return k
    return first


#: The most words in lower case inside a Russian name, between its kind and the
#: capitalised words after ("связи при" in "Служба связи при Правительстве ...").
_RU_LOWER_RUN: Final = 3


def _named_after_the(
    text: str, start: int, words: list[re.Match[str]], end: int
) -> tuple[int, int]:
    """Where an organisation's name starts (less one) and ends right before the verb,
    after "the" in lower case among lines run together ("... by Kate Example Today the
    Digital Commons Trust sent its contribution ..."): capitalised words that name an
    organisation; (-1, ``end``) where none does."""
    texts = [word.group() for word in words]
    first = len(texts)
    while (
        first
        and texts[first - 1] != "the"
        and (texts[first - 1][:1].isupper() or texts[first - 1] in _NAME_JOINS)
    ):
        first -= 1
    if first == 0 or texts[first - 1] != "the" or len(texts) - first < 2:
        return -1, end
    if not texts[first][:1].isupper() or not is_organisation_name(" ".join(texts[first:])):
        return -1, end
    return start + words[first].start() - 1, end


#: An acronym in brackets after a name: "(ECN)".
_ACRONYM_IN_BRACKETS: Final = LazyPattern(r"\([A-ZА-ЯЁ][A-Za-zА-Яа-яЁё&-]{1,11}\)")
#: A clause about a name between commas, right before the verb: its comma opens a word
#: in lower case.
_CLAUSE_BEFORE_VERB: Final = LazyPattern(r", [^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ][^.!:]{0,200}?,[ \u00a0]*\Z")
#: A sentence's subject, then a clause about it between commas, right before the verb:
#: the subject (group 1) runs from the sentence's start (after ". ", "! ", ": ", a line
#: break or at the text's start) to the clause's comma (group 2), the clause opening with a word in
#: lower case; a full stop inside a word or before the comma is the name's ("S.A.").
_APPOSITIVE: Final = LazyPattern(
    r"(?:\A|(?<=[.!:] )|(?<=\n))((?:[^.!:,\n]|\.(?=[^\s,]|,))(?:[^.!:,\n]|\.(?=[^\s,]|,)){2,199}?)"
    r"(, [^\W\d_A-ZА-ЯЁ][^.!:]{0,200}?,)[ \u00a0]*\Z"
)
#: The last code in brackets that ends a title ("(WGEC-2)", "(GTCR-2)", "(РГРС-2)"),
#: then a capital: a sentence starts after it, in lines run together.
_CODE_THEN_CAPITAL: Final = LazyPattern(r"\([A-ZА-ЯЁ]{2,6}-\d\)( )[A-ZÀ-ÖØ-ÞА-ЯЁ]")
#: An acronym before another word with a capital: "ООН " in "КНТР ООН Комитет".
_ACRONYM_WORD: Final = LazyPattern(r"[A-ZА-ЯЁ]{2,6} (?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")
#: The words by which a sentence's subject says through which of its bodies it speaks
#: ("The Government of X through the Ministry of Y presents ..."), or for whom it
#: speaks ("Министерство ... Республики X от имени Правительства ... представляет"):
#: the subject ends before them.
_THROUGH: Final = LazyPattern(
    r",? (?:(?:через|through|por (?:intermedio|conducto) de|a trav[ée]s de|عبر|من خلال|от имени"
    r"|on behalf of|نيابة عن) |(?:par l['’]interm[ée]diaire|par le biais|au nom|en nombre)"
    r" d(?:u |e la |e l['’]|es |e |el |['’]))"
)
#: A ministry's portfolio between commas after its name, part of the name ("Ministère
#: de la Communication, chargé des Postes et des Télécommunications"), or more of its
#: portfolio, a preposition and a capital ("Ministère des Postes, des Télécommunications
#: et de l'Économie numérique", "Ministerio de Industria, de Energía y Turismo").
_PORTFOLIO: Final = LazyPattern(
    r", (?:chargée?s? d|encargad[oa]s? d"
    r"|(?:des|du|de la|de l['’]|del|de los|de las|de)[ \u00a0]?[A-ZÀ-ÖØ-Þ])"
)


def _name_end(clause: re.Match[str]) -> int:
    """Where the name before a clause between commas (:data:`_APPOSITIVE`) ends: at the
    clause's comma, or after the clause where it gives a ministry's portfolio, part of
    its name (:data:`_PORTFOLIO`)."""
    if _PORTFOLIO.match(clause.group(2)) is not None:
        return clause.end(2) - 1  # "Le Ministère de X, chargé des Postes, soumet ..."
    return clause.start(2)


#: Two names that share this many words in a row name the same body.
_SHARED_RUN: Final = 3


#: The state or government a body's name goes on with ("... of the Republic of X",
#: "... de la República de X", "... Республики X").
_STATE_AFTER_NAME: Final = LazyPattern(
    r"(?:(?:of the|of|de la|de l['’]|du|de|del|des) )?(?:Republic|Kingdom|State|Government"
    r"|Royal Government|Principality|Sultanate|Federation|République|Royaume|État"
    r"|Gouvernement|República|Reino|Estado|Gobierno|Республики|Королевства|Государства"
    r"|Федерации|Правительства)\b"
)


def names_the_same(title: Submitter, sentence: Submitter) -> bool:
    """Whether a title read from a letterhead and a name read from a sentence elsewhere
    (not from the title's own line) name the same body: they share a run of
    :data:`_SHARED_RUN` words or more, case and accents aside ("ГОСУДАРСТВЕННОЕ
    АГЕНТСТВО СВЯЗИ ..." and "Государственное агентство связи ... Кыргызской
    Республики", "ESTADO PLURINACIONAL DE BOLIVIA MINISTERIO ..." and "Viceministerio
    ... del Estado Plurinacional de Bolivia"); never a title that says whose contribution
    it is ("Aporte de la Secretaría ... de la República de X" beside "en nombre del
    Gobierno de la República de X")."""
    here, there = " ".join(title.source.split()), " ".join(sentence.source.split())
    # "Contribution of the Example Society": one line read twice; but a sentence that
    # goes on from a letterhead's name with more of it names it in full ("Министерство
    # ... развития" over "Министерство ... развития Республики X ... представляет").
    extends = (
        sentence.name.startswith(f"{title.name} ")
        and _STATE_AFTER_NAME.match(sentence.name, len(title.name) + 1) is not None
    )
    if (here in there or there in here) and not extends:
        return False
    if _TITLE.fullmatch(here) is not None:
        return False  # "Aporte de la Secretaría ... de X" names its submitter itself
    first, second = fold(title.name).split(), fold(sentence.name).split()
    runs = {tuple(first[k : k + _SHARED_RUN]) for k in range(len(first) - _SHARED_RUN + 1)}
    return any(
        tuple(second[k : k + _SHARED_RUN]) in runs for k in range(len(second) - _SHARED_RUN + 1)
    )


#: Chinese words by which a body calls itself before its kind ("我会", "本中心"): ours.
_SELF: Final = ("我", "本")


def called_by_its_kind(title: Submitter, sentence: Submitter) -> bool:
    """Whether a title names the body by its kind alone, in one word that ends the name
    a covering sentence gives in full: "协会" in "协会就……提交书面意见" (a web page's
    news item on the association's own site; "我会", our association) beside
    "深圳市跨境电子商务协会向……提交了书面意见"; or by its kind and the staff that writes
    for it, as a web page's byline does: "Council Secretariat" beside "The Example
    Internet Users Council has sent ..."."""
    short, full = fold(title.name).strip(), fold(sentence.name).strip()
    if len(short) > 1 and short[0] in _SELF:
        short = short[1:]  # "我会", "本会": our association
    kind, _, staff = short.rpartition(" ")
    if kind and " " not in kind and staff in _STAFF_WORDS:
        short = kind  # "Council Secretariat": the council's staff
    return (
        " " not in short
        and len(short) < len(full)
        and full.endswith(short)
        and names_organisation(sentence)
    )


#: The words for a body's staff after its kind in a byline ("Council Secretariat",
#: "Network Team"), folded.
_STAFF_WORDS: Final = frozenset(
    ("secretariat", "team", "staff", "desk", "office", "secretariado", "secretariat",
     "equipe", "equipo", "secretaria", "секретариат", "команда")
)  # fmt: skip


def _phrase(head: str, name: str) -> str:
    """The words that name the submitter, as one line: "réponses du Gouvernement de X",
    "Contribution de l'Observatoire X"."""
    return " ".join(head.split()) + (" " if head[-1:].isspace() else "") + name


def _capitalised_run(rest: str) -> str | None:
    """The name at the start of ``rest`` in a script with capitals: its capitalised
    words and the small words between them ("Government of the Republic of X", "South
    Asia Forum (SAF)"), up to the first other word or the end of a clause; a comma goes
    on with it before a list's next items or the institution it belongs to ("Centre
    for X, University of Lagos"); a bracket the clause's end leaves open is left out
    ("University of X (Nelson, New Zealand)" gives "University of X")."""
    words: list[str] = []
    for word in rest.split(maxsplit=_SENTENCE_NAME_MAX_WORDS)[:_SENTENCE_NAME_MAX_WORDS]:
        bare = word.rstrip(",.;:!?")
        core = bare.strip('()«»"“”')
        for elision in ("l'", "d'", "l’", "d’"):
            core = core.removeprefix(elision)
        dotted = _dotted_legal_form(word)
        if words and dotted is not None:  # "Andina Cloud S.A.S.", "Example Ltd."
            words.append(dotted)
            break
        if words and core.lower() in _LEGAL_FORMS:  # "Example Telecommunications plc"
            words.append(bare)
            if bare == word and bare.startswith("(") and bare.endswith(")"):
                continue  # "Example Networks (Pty) Ltd": the form goes on
            break
        if not (core[:1].isupper() or bare.lower() in _NAME_JOINS):
            break
        if (
            len(words) >= 2
            and word in _NEW_SENTENCE_ARTICLES
            and words[-1].lower() not in _NAME_JOINS
        ):
            break  # "... Service Providers The European Federation ...": lines run together
        if word.endswith(",") and (
            _enumeration_goes_on(rest.split(), len(words))
            or _institution_follows(rest.split(), len(words))
        ):
            words.append(word)  # "Ministry of Industry, Trade and Digital Transformation"
            continue
        words.append(bare)
        if bare != word:
            break
    name = " ".join(words)
    if name.count("(") > name.count(")"):  # "... of Tasman Bay (Nelson, New Zealand), on"
        words = name[: name.rfind("(")].split()
    while words and words[-1].lower() in _NAME_JOINS:
        words.pop()
    return _named(" ".join(words))


#: The articles with a capital that open a new sentence, not a name's next word, after
#: a name of two words or more that no small word ends ("of The Gambia" goes on).
_NEW_SENTENCE_ARTICLES: Final = frozenset(a.strip() for a in _ARTICLES if a.endswith(" "))
#: The words that join the last item of a list of capitalised words in a name
#: ("Industry, Trade and Digital Transformation", "Industria, Comercio y ...").
_LIST_ENDS: Final = frozenset(("and", "&", "y", "e", "et", "и"))
#: The most words a name's list goes on for after a comma before its last item.
_LIST_REACH: Final = 6


def _enumeration_goes_on(words: Sequence[str], k: int) -> bool:
    """Whether the comma after ``words[k]`` (before ``words[0]`` where ``k`` is -1) is
    inside a name that lists what a body covers ("Ministerio de Industria, Comercio y
    Transformación Digital"): capitalised words follow it, with commas between them, up
    to a word that joins the list's last item ("and", "y", "et", "и") before a
    capitalised word, an article between them ("et des Médias"); a word after an elided
    article goes on with the list as a joining word does ("des Technologies de
    l'information et des Médias").  Russian writes such a list in lower case, its items
    in the genitive ("Министерство транспорта, связи и информационных технологий"): a
    list of Cyrillic words in lower case goes on to "и" before another."""
    lower = True  # every item so far a Cyrillic word in lower case
    for j in range(k + 1, min(len(words), k + 1 + _LIST_REACH)):
        word = words[j]
        if word in _LIST_ENDS:
            last = j + 1
            while last < min(len(words), j + 3) and words[last] in _NAME_JOINS:
                last += 1  # "et des Médias", "y de las Comunicaciones"
            if last < len(words) and words[last][:2] in _ELIDED:
                return j > k + 1 and words[last][2:3].isupper()  # "et de l'Économie"
            if j == k + 1 or last >= len(words):
                return False
            after = words[last]
            return after[:1].isupper() or (lower and word == "и" and _lower_cyrillic(after))
        bare = word.rstrip(",")
        lower = lower and _lower_cyrillic(bare)
        if not (
            (bare[:1].isupper() and bare.isalpha())
            or bare in _NAME_JOINS
            or (bare[:2] in _ELIDED and bare[2:].isalpha())
            or lower
        ):
            return False
    return False


def _lower_cyrillic(word: str) -> bool:
    """Whether ``word`` is a Cyrillic word in lower case ("связи")."""
    return word.isalpha() and word.islower() and "\u0400" <= word[0] <= "\u04ff"


#: The elided articles that a word of a French name may open with ("l'information").
_ELIDED: Final = frozenset(("l'", "d'", "l’", "d’", "L'", "D'", "L’", "D’"))


def _institution_follows(words: Sequence[str], k: int) -> bool:
    """Whether the comma after ``words[k]`` comes before the institution that a centre
    or a faculty belongs to, which the name goes on with ("Centre for Law and
    Information Technology, University of Lagos")."""
    return k + 1 < len(words) and words[k + 1] in _INSTITUTION_WORDS


def _of_its_institution(lead: str) -> bool:
    """Whether a covering sentence's subject ends with the institution its body belongs
    to, between commas ("The Institute for X, University of Y,"), or with its state
    ("The Office of X, Republic of Y, has submitted ...")."""
    head, comma, tail = lead.rstrip().removesuffix(",").rpartition(", ")
    return (
        bool(comma)
        and lead.rstrip().endswith(",")
        and bool(head)
        and tail.split(" ", 1)[0] in _INSTITUTION_WORDS
    )


#: The words that open the name of the institution a centre or a faculty belongs to,
#: or of the state an office belongs to.
_INSTITUTION_WORDS: Final = frozenset(
    (
        "University", "Université", "Universidad", "Universidade", "Faculty", "Faculté",
        "Facultad", "Университет", "Университета",
        "Republic", "Kingdom", "Government", "République", "Royaume", "Gouvernement",
        "República", "Reino", "Gobierno", "Республика", "Республики", "Правительство",
    )
)  # fmt: skip


#: What an Arabic verb's subject is followed by, past the place it names ("قدم مركز ...
#: في جامعة X مساهمة مكتوبة"): the verb's object, indefinite, which ends the name.
_OBJECTS_AFTER_PLACE: Final = frozenset(("مساهمة", "ورقة", "ردا", "ردًا"))


def _run_before_end(rest: str) -> str | None:
    """The name at the start of ``rest`` in French, Spanish, Russian or Arabic: its
    words up to a preposition ("réponses du X aux ...", "ответы X на ...", "مساهمة X
    في ...", but for "en" after a field's word, "Chaire de recherche en ..."), a dash
    between spaces ("Contribution d'Example SA – GTCR-2", "on behalf of the Centre --
    our first ..."), a bracket
    that opens in lower case ("вклад X (г. Омск) в ...", not "X (XA)") or the end of a
    clause, none of them inside quotation marks ("вклад инициативы «Сеть для всех» в
    ...")."""
    words: list[str] = []
    given = rest.split(maxsplit=_SENTENCE_NAME_MAX_WORDS)[:_SENTENCE_NAME_MAX_WORDS]
    quoted = False  # inside a name in quotation marks ("«Сеть для всех»")
    placed = False  # gone on past a preposition before a state's or university's name
    for k, word in enumerate(given):
        bare = word.rstrip(",.;:!?،؛")
        if bare == "en" and words and fold(words[-1]) in _FIELD_BEFORE_EN:
            words.append(bare)  # "Chaire de recherche en gouvernance numérique"
            continue
        state = bare in _NAME_ENDS and _before_state(given, k)
        placed = placed or state
        if not quoted and (
            bare in ("–", "—", "--")
            or (bare in _NAME_ENDS and not state)
            or (placed and bare in _OBJECTS_AFTER_PLACE)
            or (word[:1] in "(（" and word[1:2].islower() and words)  # "X (г. Омск)"
        ):
            return _named(" ".join(words))
        quoted = (quoted or "«" in word) and "»" not in word
        if word.endswith(",") and _enumeration_goes_on(given, k):
            words.append(word)  # "Ministerio de Industria, Comercio y Transformación ..."
            continue
        dotted = _dotted_legal_form(word)
        if words and dotted is not None:  # "Comentarios de Andina Cloud S.A.S. a las ..."
            words.append(dotted)
            return _named(" ".join(words))
        words.append(bare)
        if bare != word:
            return _named(" ".join(words))
    return None


#: The French and Spanish words after which "en" goes on with a body's name, naming its
#: field ("Centre de recherche en ...", "Chaire d'études en ...", "Maestría en ..."),
#: folded.
_FIELD_BEFORE_EN: Final = frozenset(
    fold(word) for word in ("recherche", "études", "formation", "sciences", "investigación")
)


def _dotted_legal_form(word: str) -> str | None:
    """``word`` without the punctuation after it where it is a company's legal form
    written with full stops, which it keeps ("S.A.S.", "Ltd.", "S.p.A."); None for any
    other word."""
    dotted = word.rstrip(",;:!?،؛")
    return dotted if dotted.endswith(".") and dotted.lower() in _LEGAL_FORMS else None


def _before_addressee(name: str) -> str:
    """A mission's or delegation's name without the body it is accredited to ("Delegation
    of X to the United Nations Office ... in Geneva" gives "Delegation of X"): cut where
    it is addressed to a body of the meeting's own."""
    for cut in _ADDRESSED.finditer(name):
        rest = name[cut.end() :].casefold()
        if cut.start() > 0 and any(word in rest for word in _MEETING_WORDS):
            return name[: cut.start()]
    return name


#: Words after a word for the paper that say what the paper is, not who wrote it, in a
#: script without case ("ملاحظات شخصية حول ...", personal notes on; "ورقة موقف مقدمة
#: إلى ...", a position paper submitted to).
_PAPER_WORDS: Final = frozenset(
    (
        "شخصية", "الشخصية", "أولية", "الأولية", "موجزة", "مكتوبة", "إضافية", "مقدمة",
        "المقدمة", "مقدم", "المقدم", "مقدّمة", "مقدَّمة",
    )
)  # fmt: skip


def _named(name: str) -> str | None:
    """``name`` if it can name a submitter: it starts with a capital (in a cased
    script), is not one of the meeting's own bodies, and is more than a word such as
    "Centre" (or "Centre's"), "المركز" or a state's kind ("la Principauté") that refers
    back to a name, and holds none of a web page's menu or an address's signs ("Home |
    About", "News > Policy", "Inicio › Noticias", "<", "@")."""
    if not _starts_with_capital(name) or not _NOT_IN_NAMES.isdisjoint(name):
        return None
    if " " not in name and _organisation_word(name.removesuffix("'s").removesuffix("’s")):
        return None  # "Centre", "the Centre's views": a word that refers back to a name
    if " " not in name and fold(name) in _STATE_NAMES:
        return None  # "la contribution de la Principauté": the state's kind refers back
    if name.split(maxsplit=1)[0] in _PAPER_WORDS:
        return None
    folded = name.casefold()
    for office in _STATE_SECRETARIATS:  # a government's office, not the meeting's
        folded = folded.replace(office, " ")
    return None if _MEETING_WORD.search(folded) is not None else name


#: Signs that no submitter's name holds: a web page's menu and path, an address.
_NOT_IN_NAMES: Final = frozenset("|<>›@")
#: A government's secretariat of state, technical or national secretariat, which no
#: meeting has (casefolded): "State Secretariat for X", "Secrétariat d'État au
#: Numérique", "Secretaría de Estado de X", "Secretaría Técnica de Innovación Digital".
_STATE_SECRETARIATS: Final = (
    "state secretariat", "secretariat of state", "secrétariat d'état", "secrétariat d’état",
    "secretaría de estado", "secretaria de estado", "technical secretariat",
    "national secretariat", "secrétariat technique", "secrétariat national",
    "secretaría técnica", "secretaria técnica", "secretaria tecnica", "secretaría nacional",
)  # fmt: skip


def is_organisation_name(text: str) -> bool:
    """Whether a line is an organisation's name: short, no sentence (ending it or
    inside it), starting with a capital, and holding a capitalised word such as
    "Association", "Centre", "Министерство" (or, in Chinese, ending as an organisation's
    name does)."""
    if not _starts_with_capital(text):
        return False
    if text.endswith(_SENTENCE_END) and not text.casefold().endswith(_LEGAL_FORM_ENDS):
        return False
    if any(m.group(1).islower() for m in _SENTENCE_INSIDE.finditer(text)):
        return False  # "Уважаемые коллеги, пересылаю ... получение. -- Олег ..."
    words = text.split()
    if len(words) == 1 and UNSPACED.match(text):
        name = text.split("（")[0].split("(")[0]
        return name.endswith(_ZH_ORGANISATION_ENDS) or _ZH_NETWORK_END.search(name) is not None
    if len(words) > _ORGANISATION_MAX_WORDS or _arabic_sentence(words):
        return False
    if _ROUND_TABLE.match(text) is not None:
        return False  # "Mesa redonda sobre ...": an event, not the body "Mesa Técnica ..."
    if _PUBLIC_OFFICE.match(text) is not None:
        return True  # "Office of the Regulator"; not "Government Affairs Office", a unit
    if _RESEARCH_UNIT.search(text) is not None:
        return True  # "Grupo de Investigación en ...", not the meeting's Working Group
    return any(_organisation_word(word) for word in words) or _russian_name(words)


#: A round table, an event whose first word names a standing body too ("Mesa redonda
#: sobre ...", not "Mesa Técnica ...").
_ROUND_TABLE: Final = LazyPattern(r"(?i:mesa[ \u00a0]+redonda)(?![^\W\d_])")

#: A sentence that ends inside a line: a whole word of four letters or more (group 1;
#: in lower case, a word of running text, not an abbreviation such as "Prof.", "Univ."
#: or "etc.") before its full stop, "!" or "?" and a space.
_SENTENCE_INSIDE: Final = LazyPattern(r"(?<![^\W\d_])([^\W\d_]{4,})[.!?][ \u00a0]")


#: A university's research group or unit, named by what it is ("Research Group on ...",
#: "Grupo de Investigación en ...", "Groupe de recherche sur ...", "Núcleo de Estudios
#: en ...", "Исследовательская группа ..."): a body, though "group" alone is no word of
#: one (the meeting's own Working Group).
_RESEARCH_UNIT: Final = LazyPattern(
    r"(?i:research[ \u00a0]+(?:group|unit|cluster)|grupo[ \u00a0]+de[ \u00a0]+(?:investigaci[óo]n"
    r"|estudios)|groupe[ \u00a0]+de[ \u00a0]+recherches?|n[úu]cleo[ \u00a0]+de[ \u00a0]+"
    r"(?:estudios|investigaci[óo]n)|исследовательская[ \u00a0]+группа)"
)


#: A public office named for what it does, which its name opens with: "Office of the
#: Regulator", "OFFICE OF THE REGULATOR", "Oficina Nacional de Gobierno Electrónico".
_PUBLIC_OFFICE: Final = LazyPattern(
    r"(?:(?i:the)[ \u00a0]+)?(?:Office[ \u00a0]+of|OFFICE[ \u00a0]+OF"
    r"|Oficina(?:[ \u00a0]+Nacional)?[ \u00a0]+de|OFICINA(?:[ \u00a0]+NACIONAL)?[ \u00a0]+DE)"
    r"[ \u00a0]+\S"
)


def _arabic_sentence(words: Sequence[str]) -> bool:
    """Whether Arabic words open with a definite noun and then a verb in the present
    tense, a word of four letters or more that opens with its prefix ("الاتحاد يشارك في
    مشاورات ...", "الجمعية تقدم ..."): a headline's sentence about a body, not its name,
    whose second word would be an adjective with its article ("الاتحاد الليبي ...")."""
    return (
        len(words) >= 2
        and words[0].startswith("ال")
        and words[1][:1] in "يتن"
        and len(words[1]) >= _ARABIC_VERB_MIN
    )


#: The fewest letters of an Arabic verb in the present tense with its prefix ("يشارك").
_ARABIC_VERB_MIN: Final = 4


#: The endings of Russian adjectives, which open a name before its noun in lower case.
_RUSSIAN_ADJECTIVE_ENDS: Final = ("ый", "ий", "ой", "ая", "яя", "ое", "ее")


def _russian_name(words: Sequence[str]) -> bool:
    """Whether words are a Russian organisation's name, which capitalises its first word
    only: one or two adjectives, then the organisation word in lower case ("Сибирский
    центр исследований Интернета", "Автономная некоммерческая организация ...")."""
    for k, word in enumerate(words[:3]):
        folded = fold(word)
        if k and (folded in _ORGANISATION_WORDS or _cyrillic_organisation(folded)):
            return True
        adjective = word.lower().endswith(_RUSSIAN_ADJECTIVE_ENDS)
        if not adjective or not "\u0400" <= word[0] <= "\u04ff":
            return False
    return False


def _starts_with_capital(text: str) -> bool:
    """Whether a text starts with a letter, a capital where its script has capitals."""
    first = text[:1]
    return first.isalpha() and (first.lower() == first.upper() or first.isupper())


def _organisation_word(word: str) -> bool:
    """Whether a word as written is an organisation word, capitalised where its script
    has capitals ("Sociedad", not the "sociedad" of a sentence), with or without the
    Arabic article ("المركز"), or a company's legal form ("plc", "Ltd")."""
    word = word.strip("()[]«»\"'“”,")
    first = word[:1]
    if word.lower() in _LEGAL_FORMS:
        return True  # a company's legal form, written in lower case too ("... Group plc")
    if not (first.isupper() or first.lower() == first.upper()):
        return False
    folded = fold(word)
    if folded in _ORGANISATION_WORDS:
        return True
    if folded.startswith("ال"):
        return folded[2:] in _ORGANISATION_WORDS
    return _cyrillic_organisation(folded)


def _cyrillic_organisation(folded: str) -> bool:
    """Whether a folded Russian word is an organisation word in any of its cases
    ("министерства", "организацией")."""
    return any(folded.startswith(stem) and len(folded) <= len(stem) + 3 for stem in _CYRILLIC_STEMS)


def _title_between(text: str) -> str | None:
    """The name in a title that holds it between a word and a preposition ("Вклад X в
    работу ...", "مساهمة X في ..."), or before "关于" in a Chinese title ending "的意见" (a
    wide gap between them, or the title's code in brackets after it, allowed)."""
    words = text.split()
    for heads, ends in _TITLE_WORDS:
        if len(words) > 1 and words[0].capitalize() in heads and words[1] not in ends:
            if words[1].casefold() in _OWN_CAPACITY:
                return None  # "مساهمة فردية في ...", "Личный вклад": no one's name
            k = 2
            while k < len(words) and (words[k] not in ends or _before_state(words, k)):
                k += 1
            return _named(" ".join(words[1:k]))
    if len(words) == 2 and words[1].startswith(_ZH_ABOUT) and _CJK_WORD.fullmatch(words[0]):
        words = [words[0] + words[1]]  # "……联盟  关于……的意见": the name set apart by a gap
    if len(words) == 1:
        text = _CODE_AT_END.sub("", words[0])  # "……的意见（WGEC-2）"
        if text.endswith(_ZH_ENDS) and not text.startswith(_ZH_ABOUT):
            cut = min((i for i in map(text.find, _ZH_ABOUT) if i > 0), default=-1)
            return text[:cut] if cut > 0 and text[0].isalpha() else None
    return None


#: A Chinese word: a run of Chinese characters.
_CJK_WORD: Final = LazyPattern(r"[\u4e00-\u9fff]+")
#: A code in brackets at a title's end: "（WGEC-2）".
_CODE_AT_END: Final = LazyPattern(r"[（(][A-Za-z0-9\-]{2,12}[）)]\Z")


def _letterhead_goes_on(name: str, cover: Sequence[str]) -> str | None:
    """A name that a title cut at a preposition (“مساهمة مركز الدراسات في الحكامة
    الرقمية في أعمال ...” read as "مركز الدراسات"), as a line of the letterhead writes it
    whole, going on past that preposition ("مركز الدراسات في الحكامة الرقمية"); None
    where no cover line alone does."""
    for line in cover:
        text = line.strip()
        rest = text.removeprefix(name + " ")
        if rest == text or len(text) > _LETTERHEAD_NAME_MAX:
            continue
        words = rest.split()
        if (
            words[0] in _GOES_ON_WITH
            and not rest.endswith(_SENTENCE_END)
            and words[-1] not in _NAME_ENDS
            and words[-1] not in _NAME_JOINS
        ):
            return text
    return None


def _with_its_state(name: str, cover: Sequence[str]) -> str | None:
    """A body's name under a letterhead that names its state on a line of its own
    ("РЕСПУБЛИКА АРМЕНИЯ" over "Министерство ..."), as a line of the covering text writes
    it with that state after it ("Министерство ... Республики Армения от имени ...",
    "Ministry of ... of the Republic of Example submits ..."): the name and the words up
    to the state's last word; None where the cover names no state on a line of its own or
    no line goes on so."""
    states = [line.split() for line in map(str.strip, cover) if _names_a_state(line)]
    ends = {fold(words[-1]) for words in states if len(words) > 1}
    if not ends or not name.split() or fold(name.split()[0]) not in _ORGANISATION_WORDS:
        return None
    for line in cover:
        rest = line.strip().removeprefix(name + " ")
        if rest == line.strip():
            continue
        words = rest.split()[:_STATE_AFTER_NAME_MAX]
        for k, word in enumerate(words):
            if fold(word) in ends:
                return " ".join([name, *words[: k + 1]])
            if not (word[:1].isupper() or word in _IN_STATE_NAME):
                break
    return None


#: The most words of a state's name written after a body's name, and the small words
#: that join them ("of the Republic of Example").
_STATE_AFTER_NAME_MAX: Final = 6
_IN_STATE_NAME: Final = frozenset(("of", "the", "de", "la", "du", "del", "des", "l'"))


#: The prepositions a letterhead's name goes on with past a title's cut ("مركز ... في
#: الحكامة الرقمية", "Centre for ...", "Centro de ..."); not what a mission is accredited
#: to ("لدى", "ante", "auprès de").
_GOES_ON_WITH: Final = frozenset(
    ("في", "for", "of", "on", "de", "del", "pour", "sur", "para", "sobre")
)


#: The longest letterhead line a cut name is read whole from.
_LETTERHEAD_NAME_MAX: Final = 80


def _surname_in_signature(name: str, closing: Sequence[str]) -> str | None:
    """A Chinese given name (a blog's owner, "阿依古丽") as the signature writes it in
    full, with the family name after a middle dot ("阿依古丽·吐尔逊　于乌鲁木齐"); None
    where no line of the ``closing`` opens so."""
    if not _CJK_NAME.fullmatch(name):
        return None
    for line in closing:
        m = _CJK_NAME_IN_FULL.match(line.strip())
        if m is not None and m[1] == name:
            return m[0]
    return None


#: A name in Chinese characters, and one with a middle dot between its parts (a given
#: name, group 1, and the family name, as Uyghur and other names are written).
_CJK_NAME: Final = LazyPattern(r"[\u4e00-\u9fff]{2,8}")
_CJK_NAME_IN_FULL: Final = LazyPattern(r"([\u4e00-\u9fff]{2,8})[·・•][\u4e00-\u9fff]{1,8}")


def prefer(
    found: Submitter | None,
    cover: Iterable[str],
    closing: Iterable[str],
    sentences: Iterable[str] = (),
) -> Submitter | None:
    """The submitter a reader would name, given the one ``found`` by the fields, the
    lines of the cover and those of the closing: an organisation before a person.

    An e-mail's sender that is a person ("From: Jane Doe <...>") gives way to an
    organisation named on a line of the closing's signature ("Executive Director,
    Example Rights Forum", or "Submitted on behalf of the Example Rights Forum"), or
    else (or where the signature names only a department or the signer's title) to one
    that a subject line or a sentence of the covering letter names
    (:func:`from_sentence` on each of ``sentences``: "Subject: Contribution of the
    Example Forum to ...", "Please find below the input of the Example Forum"), unless
    the text says the writer writes in a personal capacity; a short name in quotation
    marks to the full one that a sentence gives before it in brackets
    (:func:`_quoted_before`); and a name that starts with an acronym ("ALIC, red
    regional ...") to the acronym spelled out on a cover line ("ALIC - Asociación
    Latinoamericana de Internet Comunitaria", "Asociación Latinoamericana de Internet
    Comunitaria (ALIC)"), written with the acronym in brackets after it; a body's kind
    and its acronym ("Collectif CHAI") to the name a sentence spells out before the
    acronym (:func:`_kind_spelled_out`); a body's organ named by its acronym ("the
    MelNOG Programme Committee") to the body a cover line spells out before it
    (:func:`_body_of_organ`).  Where nothing is found, an organisation on a
    line of the signature names it, or else a sentence of the closing, or, in a text
    whose writer says they write in a personal capacity, the signer's name under the
    sign-off (:func:`_signer`).
    """
    cover, sentences, closing = list(cover), list(sentences), list(closing)
    if found is None:
        return _from_signature(cover, closing, sentences)
    if is_email_sender(found):
        found = _behind_sender(found, cover, closing, sentences)
    full = (
        _body_of_organ(found.name, cover)  # "the MelNOG Programme Committee"
        or _written_in_full(found.name, (*cover, *sentences))
        or _kind_in_full(found.name, (*cover, *sentences))
        or _surname_in_signature(found.name, closing)
        or _letterhead_goes_on(found.name, cover)
        or _with_its_state(found.name, cover)
    )
    if full is not None:
        return Submitter(full, found.source, found.confidence)
    # A name wholly in capitals ("EBONY COAST DIGITAL ...") does not start with an acronym.
    capitals = found.name.isupper() and " " in found.name
    # "the PAFPA Board" starts with its acronym after the article
    acronym = None if capitals else _ACRONYM.match(found.name.removeprefix("the "))
    if acronym is not None:
        for line in cover:
            spelled = _spelled_out(line.strip(), acronym.group(1))
            if spelled is not None:
                if not spelled.endswith(")"):  # "GPONC – Groupement ...": both kept
                    spelled = f"{spelled} ({acronym.group(1)})"
                return Submitter(spelled, found.source, found.confidence)
        body = _acronym_spelled_out(found.name, acronym.group(1), cover, sentences, closing)
        return found if body is None else Submitter(body, found.source, found.confidence)
    # A name that the text follows with its acronym keeps it: "... Council (IODCC)";
    # so does one that a sentence cut short at a word in lower case, where the words
    # up to the acronym spell it ("Association francophone" in "Association
    # francophone pour les libertés numériques (AFLN)").
    # A letterhead's name in capitals takes the text's writing of it with the acronym
    # ("IRONBRIDGE FEDERATION ..." in "The Ironbridge Federation ... (IFDB) represents").
    for text in (*cover, *sentences):
        with_acronym = _followed_by_acronym(found.name, text)
        if with_acronym is not None:
            return Submitter(with_acronym, found.source, found.confidence)
    inside = _acronym_inside(found.name, (*cover, *sentences))
    return found if inside is None else Submitter(inside, found.source, found.confidence)


def _acronym_spelled_out(
    name: str, letters: str, cover: Sequence[str], sentences: Sequence[str], closing: Sequence[str]
) -> str | None:
    """The body that a ``name`` made of its acronym ``letters`` alone, or of an office of
    the body the acronym names ("Submitted on behalf of the PITC Board", "EWA Policy
    Team"), stands for: spelled out before the acronym in brackets in a sentence, or on
    a line of its own in the signature or the cover, or, for an office, by a body's name
    in the words of a sentence ("The Example Wireless Alliance has sent ..."); None
    where the text does not spell it out."""
    office = _OFFICE_OF_ACRONYM.fullmatch(name.removeprefix("the "))
    if letters != name and office is None:
        return None
    for text in (*cover, *sentences):
        spelled = _spelled_before(text, letters)
        if spelled is not None:
            return f"{spelled} ({letters})"
    for line in (*closing, *cover):
        if _spelled_alone(line.strip(), letters):
            return line.strip()
    for text in (*cover, *sentences) if office is not None else ():
        named = _spelled_in_words(text, letters)
        if named is not None:
            return named
    return None


def _followed_by_acronym(name: str, text: str) -> str | None:
    """``name`` with the acronym that ``text`` writes after it, and the words between
    that the acronym spells too ("Example Council (EXC)", "Association francophone pour
    les libertés numériques (AFLN)"), and the institution it belongs to where the text
    names it next (:func:`_institution_after`); the name as read where ``text`` writes it in
    capitals (a letterhead); None if ``text`` gives it none."""
    at = text.find(name + "（")
    if at >= 0:  # "……联合会（EXA）": an acronym in full-width brackets, no space before it
        acronym = _ZH_ACRONYM_AFTER.match(text, at + len(name))
        if acronym is not None:
            return name + acronym.group()
    for at in _name_places(text, name):
        m = _WORDS_TO_ACRONYM.match(text, at + len(name))
        if m is not None:
            written = text[at : at + len(name)]
            if written.isupper() and not name.isupper():
                written = name
            whole = f"{written}{m[1]} ({m[2]})"
            letters = _acronym_letters(m[2])
            if (
                _spelled_out(whole, letters) is not None
                or (
                    all(_core(w).isalpha() for w in m[1].split())
                    and _loosely_spells(f"{written}{m[1]} ({letters})", letters)
                )
                or (not m[1] and _initials_in_any_order(written, letters))
            ):  # spelled out, or words only between the name and its acronym
                return whole + _institution_after(text[m.end() :])
    return None


def _initials_in_any_order(name: str, letters: str) -> bool:
    """Whether each letter of an acronym written right after a name is the initial of
    one of its words, in any order, as an acronym of the name in another language is
    ("Ассоциация пользователей интернета Армении (ИПА)")."""
    initials = [fold(word[:1]) for word in name.split() if word[:1].isalpha()]
    for letter in fold(letters):
        if letter not in initials:
            return False
        initials.remove(letter)
    return True


def _acronym_letters(acronym: str) -> str:
    """The letters an acronym spells its name with: a place after a hyphen gives its
    first letter alone ("GPN-Mada" spells "GPNM": "Groupement des professionnels du
    numérique de Madagascar"); a country after a space, none ("ARCEP Gabon" spells
    "ARCEP", the name of a regulator that every country has)."""
    head, space, _ = acronym.replace("\u00a0", " ").partition(" ")
    if space:
        return head
    head, hyphen, place = acronym.partition("-")
    return head + place[:1] if hyphen and place[:1].isupper() and place[1:].islower() else acronym


def _institution_after(rest: str) -> str:
    """The institution a body belongs to, with the comma before it, where the text goes
    on with it after the body's name (", Université de Lomé, aux ..." gives ",
    Université de Lomé"); "" where it does not."""
    if not rest.startswith(", ") or rest[2:].split(" ", 1)[0] not in _INSTITUTION_WORDS:
        return ""
    institution = _capitalised_run(rest[2:])
    return f", {institution}" if institution else ""


#: The share of an acronym's letters that the initials of a name's words must give, in
#: order, for a loose spelling.
_LOOSE_SHARE: Final = 2 / 3


def _loosely_spells(name: str, acronym: str) -> bool:
    """Whether the words of ``name`` before its acronym in brackets give the acronym's
    first letter and, in order, two thirds of its letters or more, as an acronym coined
    from a longer or older name does ("Laboratoire de recherche sur le droit du
    numérique (LARDGN)")."""
    initials = [_plain(_core(w))[:1] for w in name[: -len(acronym) - 2].split()]
    initials = [c for c in initials if c]
    letters = [c for c in _plain(acronym) if c.isalnum()]
    if len(letters) < 3 or not initials or initials[0] != letters[0]:
        return False
    given, k = 0, 0
    for letter in letters:
        found = next((n for n in range(k, len(initials)) if initials[n] == letter), None)
        if found is not None:
            given, k = given + 1, found + 1
    return given >= _LOOSE_SHARE * len(letters)


def _name_places(text: str, name: str) -> Iterator[int]:
    """Where ``name`` stands in ``text`` followed by a space, in any case and with or
    without its accents, as capitals often drop them ("IRONBRIDGE FEDERATION" in "The
    Ironbridge Federation (IFDB)", "Observatorio Ciudadano de X" in the letterhead's
    "OBSERVATORIO CIUDADANO DE X (OCIX)", "DU NUMERIQUE" in "du numérique")."""
    lowered, plain_name = _bare(text), _bare(name)
    if len(lowered) == len(text) and len(plain_name) == len(name):
        text, name = lowered, plain_name
    at = text.find(name + " ")
    while at >= 0:
        yield at
        at = text.find(name + " ", at + 1)


def _bare(text: str) -> str:
    """``text`` in lower case, each letter without its accent (one character for one)."""
    return "".join(unicodedata.normalize("NFD", c)[:1] for c in text.lower())


def _written_in_full(name: str, texts: Sequence[str]) -> str | None:
    """``name`` as ``texts`` write it in full: a body's kind and its acronym spelled out
    (:func:`_kind_spelled_out`), an acronym before a quoted name spelled out
    (:func:`_acronym_spelled_before_quoted`), or a short name in quotation marks after
    the full one (:func:`_quoted_before`, "АО «Example Networks» (АО «EN»)"); None if
    none of them."""
    spelled = (
        _kind_spelled_out(name, texts)
        or _acronym_spelled_before_quoted(name, texts)
        or _unit_of_its_university(name, texts)
    )
    if spelled is not None:
        return spelled
    found = next(filter(None, (_quoted_before(text, name) for text in texts)), None)
    return found or _kind_and_quoted_in_full(name, texts)


def _unit_of_its_university(name: str, texts: Sequence[str]) -> str | None:
    """A research unit's name (:data:`_RESEARCH_UNIT`) as a sentence writes it with its
    university after it ("the Digital Governance Research Group of the University of
    Example" under the title "Digital Governance Research Group"); None where none does."""
    if _RESEARCH_UNIT.search(name) is None:
        return None
    pattern = re.compile(re.escape(name) + _OF_ITS_UNIVERSITY)
    for text in texts:
        found = pattern.search(text)
        if found is not None:
            return found.group()
    return None


#: A university after a research unit's name: "of the University of Example", "de la
#: Universidad de Ejemplo", "de l'Université d'Exemple", its name's words capitalised.
_OF_ITS_UNIVERSITY: Final = (
    r"[ \u00a0]+(?:of[ \u00a0]+the|at[ \u00a0]+the|de[ \u00a0]+la|de[ \u00a0]+l['’]|del)[ \u00a0]+"
    r"(?:University|Universidad|Université|Universidade|Университета)"
    r"(?:[ \u00a0]+(?:(?:of|de|del|la)[ \u00a0]+|d['’])?[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*)+"
)


def _kind_and_quoted_in_full(name: str, texts: Sequence[str]) -> str | None:
    """A body's kind and its quoted name ("Фонд «Открытая сеть»", an e-mail's sender) as
    a text writes them with the words that say what the body does between them ("Фонд
    цифровых прав «Открытая сеть»"); None where no text does."""
    m = _KIND_THEN_QUOTED.fullmatch(name.strip())
    if m is None or not _organisation_word(m["kind"]):
        return None
    pattern = re.compile(
        rf"{re.escape(m['kind'])}(?:[ \u00a0][\w'’\-]+){{1,4}}[ \u00a0]{re.escape(m['quoted'])}"
    )
    for text in texts:
        found = pattern.search(text)
        if found is not None and (found.start() == 0 or not text[found.start() - 1].isalnum()):
            return found.group()
    return None


#: A body's kind, then its name in quotation marks: "Фонд «Открытая сеть»", "Association
#: « Example »", "Fundación “Ejemplo”".
_KIND_THEN_QUOTED: Final = LazyPattern(
    r"(?P<kind>[^\W\d_]+)[ \u00a0](?P<quoted>[«“\"][^«»“”\"]{2,60}[»”\"])"
)


def _kind_in_full(name: str, texts: Iterable[str]) -> str | None:
    """A body named by its kind alone after "the" ("Submitted on behalf of the Council
    by ..."), named in full where a text writes capitalised words before the same kind
    ("The Ulaanbaatar Digital Business Council (UDBC) groups ...", with small words
    between them, "The Horn of Africa Digital Rights Collective is ..."), and after it up to
    its acronym ("The Accra Forum for Digital Rights (AFDR) is ..."), with the acronym
    in brackets after it if the text gives one; None where none does."""
    m = _THE_KIND.fullmatch(name.strip())
    if m is None or not _organisation_word(m["kind"]):
        return None
    kind = re.escape(m["kind"])
    # The name may go on after its kind up to its acronym ("The Example Forum for
    # Digital Rights (EFDR) is ..."), or end with it.
    # Before its kind, capitalised words and the small words between them ("Horn of
    # Africa Digital Rights Collective").
    before = rf"(?:[A-Z][\w'’\-]*[ \u00a0]+(?:(?:{_JOINS_BEFORE_KIND})[ \u00a0]+)?){{1,6}}"
    going_on = re.compile(
        rf"({before}{kind}"
        rf"(?:[ \u00a0]+(?:{_JOINS_AFTER_KIND}|[A-Z][\w'’\-]*)){{1,6}})[ \u00a0]*\(([A-Z]{{2,8}})\)"
    )
    ending = re.compile(rf"({before}{kind})(?:[ \u00a0]*\(([A-Z]{{2,8}})\))?")
    texts = list(texts)
    for pattern in (going_on, ending):
        found = _spelled_kind(pattern, texts)
        if found is not None:
            return found
    return None


#: The small words inside a body's name after its kind ("Forum for Digital Rights").
_JOINS_AFTER_KIND: Final = "for|of|on|and|the|in|de|du|des|la|le|del|y|et|pour|para|en"
#: The small words between the capitalised words before a body's kind ("Horn of Africa
#: Digital Rights Collective").
_JOINS_BEFORE_KIND: Final = "of|for|and|de|du|des|del|y|et"


def _spelled_kind(pattern: re.Pattern[str], texts: Sequence[str]) -> str | None:
    """The first name that ``pattern`` finds in ``texts`` (group 1; its acronym in
    brackets, group 2) of two words or more that spell its acronym, where it has one,
    with the acronym after it; None if none."""
    for text in texts:
        for found in pattern.finditer(text):
            words = found[1].split()
            if words[0] in _DETERMINERS:
                words = words[1:]  # "The Example Council", not "Our Board"
            if len(words) < 2 or not spells(words, found[2] or "".join(w[0] for w in words)):
                continue
            full = " ".join(words)
            return f"{full} ({found[2]})" if found[2] else full
    return None


def names_an_organ_alone(found: Submitter) -> bool:
    """Whether a name is a body's organ named by its kind alone ("the Board", "the
    Executive Committee", "le Conseil d'administration"), which says nothing of whose
    it is."""
    return _ORGAN_ALONE.fullmatch(found.name.strip()) is not None


def names_an_organ_of(found: Submitter, body: Submitter) -> bool:
    """Whether a name is an organ of ``body`` named by its kind after the body's acronym
    ("the CAISPA Board" where the title names the "Caribbean Association of Internet
    Service Providers (CAISPA)"): the body is the submitter."""
    m = _ORGAN_AFTER_ACRONYM.fullmatch(found.name.strip())
    return m is not None and re.search(rf"\b{m['acronym']}\b", body.name) is not None


#: The kinds of a body's organs, in English: "Board", "Executive Committee", "Programme
#: Committee", "Policy Committee", "Secretariat" (named alone after an article, or after
#: the body's acronym).
_ORGAN_KINDS: Final = (
    r"(?:Executive[ \u00a0]+|Governing[ \u00a0]+)?"
    r"(?:Board(?:[ \u00a0]+of[ \u00a0]+(?:Directors|Trustees))?|Bureau|Secretariat"
    r"|(?:Executive|Steering|Management|Programme|Program|Policy)[ \u00a0]+Committee"
    r"|(?:Policy[ \u00a0]+)?Team)"
)
#: A body's organ named by its kind alone, after its article.
_ORGAN_ALONE: Final = LazyPattern(
    rf"(?:[Tt]he|[Ii]ts|[Oo]ur)[ \u00a0]+{_ORGAN_KINDS}"
    r"|(?:[Ll]e|[Ss]on|[Nn]otre)[ \u00a0]+(?:Conseil[ \u00a0]+d['’]administration|Bureau"
    r"|Secrétariat)|(?:[Ll]a|[Ss]u|[Nn]uestra)[ \u00a0]+(?:Junta[ \u00a0]+Directiva|Secretaría)"
)


#: A body's organ named by its kind after the body's acronym ("the EXA Board").
_ORGAN_AFTER_ACRONYM: Final = LazyPattern(
    rf"(?:[Tt]he|[Ii]ts|[Oo]ur)[ \u00a0]+(?P<acronym>[A-Z]{{2,8}})[ \u00a0]+{_ORGAN_KINDS}"
)


#: The words before a body's kind that are no part of its name ("The Council", "Our
#: Board").
_DETERMINERS: Final = frozenset(
    ("The", "THE", "Our", "Its", "Their", "This", "That", "Your", "Each", "Every")
)
#: A body named by its kind alone: "the Council", "The Network".
_THE_KIND: Final = LazyPattern(r"[Tt]he[ \u00a0]+(?P<kind>[A-Z][a-z]+)")


def _acronym_spelled_before_quoted(name: str, texts: Iterable[str]) -> str | None:
    """A name made of an acronym and a name in quotation marks ("НИЦ «Цифровое
    общество»"), where a text writes the same quoted name after words that spell the
    acronym out ("Научно-исследовательский центр «Цифровое общество» ..."): those words
    and the quoted name; None if no text does."""
    m = _ACRONYM_AND_QUOTED.fullmatch(name.strip())
    if m is None or m["acronym"] in _RU_LEGAL_FORMS:
        return None  # "АНО «X»", "АО «X»": a legal form, written so
    acronym, quoted = m["acronym"], m["quoted"]
    for text in texts:
        at = text.find(" " + quoted)
        while at > 0:
            words = text[:at].split()[-_SPELLED_WORDS_MAX:]
            if words and words[-1] != acronym:  # not the short name itself
                for k in range(2, len(words) + 1):
                    run = words[-k:]
                    if run[0][:1].isupper() and spells(run, acronym):
                        return f"{' '.join(run)} {quoted}"
            at = text.find(" " + quoted, at + 1)
    return None


#: An acronym before a name in quotation marks: "НИЦ «Цифровое общество»", "АО «EN»".
_ACRONYM_AND_QUOTED: Final = LazyPattern(
    r"(?P<acronym>[A-ZА-ЯЁ]{2,8})[ \u00a0]+(?P<quoted>«[^«»]{2,80}»)"
)
#: Russian legal forms written as acronyms before a quoted name, kept so ("АО «X»").
_RU_LEGAL_FORMS: Final = frozenset(
    ("АО", "АНО", "ООО", "ЗАО", "ОАО", "ПАО", "НП", "НКО", "ОО", "ФГУП", "ГУП", "МУП")
)
#: The most words an acronym spells out.
_SPELLED_WORDS_MAX: Final = 8


def _kind_spelled_out(name: str, texts: Iterable[str]) -> str | None:
    """A name made of a body's kind and its acronym ("Collectif CHAI", "Red RLD"),
    spelled out in full with the acronym in brackets where a text writes it so after
    the same kind ("... la contribution du Collectif haïtien pour l'accès à Internet
    (CHAI), ..."), or None."""
    m = _KIND_AND_ACRONYM.fullmatch(name.strip())
    if m is None:
        return None
    for text in texts:
        spelled = _spelled_before(text, m["acronym"])
        if spelled is not None and fold(spelled).split()[0] == fold(m["kind"]):
            return f"{spelled} ({m['acronym']})"
    return None


#: A body's kind, a word with a capital, and its acronym: "Collectif CHAI".
_KIND_AND_ACRONYM: Final = LazyPattern(
    r"(?P<kind>[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]+)[ \u00a0]+(?P<acronym>[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,8})"
)


def _acronym_inside(name: str, texts: Iterable[str]) -> str | None:
    """``name`` as a text writes it with its acronym in brackets inside, after the words
    it spells ("Example Technology Authority (ETA) of X" for "Example Technology
    Authority of X"), or None."""
    spaces = [k for k, ch in enumerate(name) if ch == " "]
    for text in texts:
        for m in _BRACKETED_ACRONYM.finditer(text):
            for k in spaces:  # the name's words before the acronym, and after it
                head, tail = name[:k], name[k:]
                if (
                    text.startswith(tail, m.end())
                    and text.endswith(f"{head} ", 0, m.start())
                    and _spelled_out(f"{head} ({m[1]})", m[1]) is not None
                ):
                    return f"{head} {m.group()}{tail}"
    return None


def _spelled_alone(line: str, acronym: str) -> bool:
    """Whether a line is a name alone that spells ``acronym`` out ("Дальневосточный центр
    исследований интернета" under a signature, for "ДВЦИИ")."""
    words = line.split()
    return (
        1 < len(words) <= _ORGANISATION_MAX_WORDS
        and line[:1].isupper()
        and not line.endswith((".", ":", ","))
        and spells(words, acronym)
    )


def _spelled_in_words(text: str, acronym: str) -> str | None:
    """The organisation's name that a run of capitalised words in ``text`` gives (small
    words such as "for" inside it, no stop or comma), without an article before it,
    whose words spell ``acronym`` ("The Open Spectrum Alliance has sent ..." for "OSA");
    None where no run does."""
    words = text.split()
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        run, i = [words[i]], i + 1
        while (
            run[-1] == _core(run[-1])
            and i < len(words)
            and (words[i][:1].isupper() or words[i].casefold() in _ACRONYM_SKIPS)
        ):
            run.append(words[i])
            i += 1
        while run and not run[-1][:1].isupper():  # small words after the name
            run.pop()
        if run and run[0].casefold() in _ACRONYM_SKIPS:  # "The", "La"
            run.pop(0)
        if len(run) < 2:
            continue
        name = " ".join([*run[:-1], _core(run[-1])])
        if spells(name.split(), acronym) and is_organisation_name(name):
            return name
    return None


def _quoted_before(text: str, short: str) -> str | None:
    """The full name that ``text`` gives right before ``short`` in brackets, where both
    are a legal form and a name in quotation marks ("АО «Евразийские магистральные
    сети» (АО «ЕАМС»)" for "АО «ЕАМС»"): the same legal form and the quoted name that
    end there; None elsewhere."""
    m = _LEGAL_FORM_QUOTED.fullmatch(short)
    at = text.find(f"({short})")
    if m is None or at <= 0:
        return None
    before = text[:at].rstrip(" \u00a0")
    start = before.rfind(f"{m['form']} {m['open']}")
    if start < 0 or not before.endswith(m["close"]) or m["close"] in before[start:-1]:
        return None
    return before[start:]


#: A legal form in capitals and a name in quotation marks: "АО «ЕАМС»", "SA “EN”".
_LEGAL_FORM_QUOTED: Final = LazyPattern(
    r"(?P<form>[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,5}) (?P<open>[«“\"])[^«»“”\"]+(?P<close>[»”\"])"
)


def _spelled_before(text: str, acronym: str) -> str | None:
    """The name that ``text`` spells ``acronym`` out as, right before it in brackets
    ("... | Cámara Ecuatoriana de Economía Digital (CEED) – Guayaquil", "«Поволжский
    центр сетевой инфраструктуры» (ПЦСИ)"): the shortest run of words ending there,
    starting with a capital (after a quotation mark), whose initials are its letters.
    The brackets may go on with the body's place after a comma ("Евразийский институт
    интернет-права (ЕИИП, Алматы)")."""
    at = text.find(f"({acronym})")
    if at < 0:
        at = text.find(f"({acronym}, ")
    if at < 0:
        return None
    words = text[:at].split()[-_ORGANISATION_MAX_WORDS:]
    shortest = None
    for start in range(len(words) - 1, -1, -1):
        first = _without_elision(words[start])  # "de l'Association ... (AORAC)"
        if not first.lstrip(_NAME_QUOTES)[:1].isupper():
            continue
        name = " ".join([first, *words[start + 1 :]])
        # A name in quotation marks spells it as well: "«Поволжский центр ...» (ПЦСИ)".
        bare = name.translate(_WITHOUT_NAME_QUOTES)
        if _initials_are(bare, acronym):
            return name
        if shortest is None and _spelled_out(f"{bare} ({acronym})", acronym) is not None:
            shortest = name
    return shortest


def _initials_are(name: str, acronym: str) -> bool:
    """Whether the initials of the capitalised words of ``name`` (all of them, or those
    but the small words an acronym leaves out: in capitals the small words are capitals
    too, "INSTITUTE FOR ... AND POLICY") are the letters of ``acronym``: a name that
    spells it word by word ("Tonga Consumers' Telecommunications Association" for
    "TCTA"), where a shorter run would spell it only with letters from inside its words
    ("Telecommunications Association")."""
    capitalised = [w for w in name.split() if w[:1].isupper()]
    initials = "".join(w[0] for w in capitalised).upper()
    main = "".join(w[0] for w in capitalised if w.lower() not in _ACRONYM_SKIPS).upper()
    return acronym.upper() in (initials, main)


#: The quotation marks around a name in running text ("«Центр ...»").
_NAME_QUOTES: Final = '«»"“”„'
_WITHOUT_NAME_QUOTES: Final = str.maketrans("", "", _NAME_QUOTES)


def signs_for(text: str) -> bool:
    """Whether a line says on whose behalf the signature under it signs ("For the
    Secretariat:", "Pour le Collectif,", "Por la Comisión,", "For EBA,", "For and on
    behalf of Example Networks Ltd.", "Pour le comité de l'ARUI :"): short, the body
    named with a capital after its article, or its organ in lower case before it, and a
    colon, a comma or a full stop at its end."""
    text = text.strip()
    return (
        len(text) <= _SIGNS_FOR_MAX
        and text.endswith((",", ":", "：", "."))
        and _SIGNING_FOR.match(text) is not None
    )


#: How a sign-off line says on whose behalf the signer signs ("For the Secretariat:",
#: "Pour le Collectif,", "Por la Comisión,"): the body as the signature's lines name it,
#: not by its name; its first letter after an article is a capital ("For these reasons:"
#: signs for no one).
_SIGNING_FOR: Final = LazyPattern(
    r"(?i:for(?: and on behalf of)?|on behalf of|pour|au nom d[eu]|por|en nombre del?"
    r"|от имени|за)[ \u00a0]"
    r"(?:(?i:the|le|la|les|l['’]|el|los|las)[ \u00a0]?)?"
    r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ]"
    # ... or an organ of the body, in lower case, then the body's name: "Pour le comité
    # de l'ARUI :", "For the board of EXA:", "От имени правления Ассоциации:".
    r"|[a-zà-ÿ]{3,20}(?:[ \u00a0][a-zà-ÿ]{3,20})?[ \u00a0](?i:of|de|du|des|del)[ \u00a0]"
    r"(?:(?i:the|l['’]|la|le|el)[ \u00a0]?)?[A-ZÀ-ÖØ-Þ]"
    r"|[а-яё]{3,20}[ \u00a0][А-ЯЁ])"
    r"|(?:عن|باسم)[ \u00a0]ال"  # "عن الشبكة:" (for the network)
)
#: The longest line that says on whose behalf a signature signs.
_SIGNS_FOR_MAX: Final = 60


#: A person's name on a signature's line: two to four capitalised words of letters
#: (hyphens and apostrophes inside), "Yusuf Ramadani", "Ana María Ejemplo-Ruiz".
_PERSON_NAME: Final = LazyPattern(
    r"(?:[^\W\d_][^\W\d_]*[^\W\d_](?:[-'’][^\W\d_]{2,})?\.?[ \u00a0]){1,3}"
    r"[^\W\d_][^\W\d_]*[^\W\d_](?:[-'’][^\W\d_]{2,})?"
)


def signed_by_a_person(text: str) -> bool:
    """Whether a line alone is a person's signature: a name of two to four words, each
    capitalised but for the small words inside a name ("da", "van"), perhaps followed by
    a comma and the place of one word ("Ильдар Сабитов, Казань", "Ana Example",
    "Joaquim Example da Costa")."""
    name = _without_place(text.strip())
    words = name.split()
    if _ARABIC_PERSON.fullmatch(name) is not None:  # a script without capitals
        return not any(word in _ARABIC_NOT_NAMES for word in words)
    return (
        _PERSON_NAME.fullmatch(name) is not None
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(word[:1].isupper() or word in _NAME_PARTICLES for word in words)
    )


#: A name in Arabic script: two to four words ("سلمى الحداد").
_ARABIC_PERSON: Final = LazyPattern(
    r"[\u0621-\u064a\u064b-\u065f]{2,}(?:[ \u00a0][\u0621-\u064a\u064b-\u065f]{2,}){1,3}"
)
#: Words of an Arabic signature's other lines, or of a sign-off, which no name holds:
#: titles, bodies, greetings.
_ARABIC_NOT_NAMES: Final = frozenset(
    (
        "رئيس", "رئيسة", "مدير", "مديرة", "الأمين", "الأمينة", "العام", "العامة", "أستاذ",
        "أستاذة", "منسق", "منسقة", "عن", "باسم", "وزارة", "الوزارة", "جمعية", "الجمعية",
        "مركز", "المركز", "شبكة", "الشبكة", "منتدى", "المنتدى", "هيئة", "الهيئة", "مع",
        "التحية", "تحية", "خالص", "فائق", "الاحترام", "التقدير", "والتقدير", "شكرا",
        "وشكرا", "المجلس", "مجلس", "اتحاد", "الاتحاد", "البعثة", "بعثة", "جامعة", "الجامعة",
        "كلية", "الكلية", "قسم", "إدارة", "الإدارة", "مكتب", "المكتب", "الدائمة", "الدائم",
    )
)  # fmt: skip


#: The small words inside a person's name, in lower case ("Joaquim Ximenes da Costa",
#: "Jan van Example", "María del Ejemplo").
_NAME_PARTICLES: Final = frozenset(
    ("da", "de", "do", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "la", "le")
)


def signed_with_initials(text: str) -> bool:
    """Whether a line alone is a signature that opens with the signer's title and ends
    with their name and its initials ("Директор Центра, к.ю.н. А. Р. Саркисян",
    "Director, A. R. Example")."""
    return opens_with_title(text) and _INITIALS_AT_END.search(text.strip()) is not None


#: A name with its initials at the end of a signature's line ("... А. Р. Саркисян").
_INITIALS_AT_END: Final = LazyPattern(
    r"(?:^|[ \u00a0])(?:[^\W\d_]\.[ \u00a0]?){1,2}[^\W\d_][\w'’\-]+\Z"
)


def signed_with_title(text: str) -> bool:
    """Whether a line alone is a person's signature with their title after a comma,
    and perhaps their body's name after another ("Ilze Example, Senior Researcher,
    BCDP", "Awa Exemple, Coordinatrice"): a person's name (:func:`signed_by_a_person`),
    then a signer's title."""
    parts = text.strip().split(", ")
    return (
        2 <= len(parts) <= _SIGNED_PARTS_MAX
        and signed_by_a_person(parts[0])
        and _signers_title(parts[1])
    )


#: A signature on one line has at most this many parts between commas: a name, a
#: title and a body.
_SIGNED_PARTS_MAX: Final = 3


def _without_place_and_date(text: str) -> str:
    """A signature's line without the place and date after its name, each after a comma
    ("EXA Board, Kathmandu, December 2016" gives "EXA Board"), where the date is one
    alone (:data:`~wgec_parse.dates.DATE_ALONE`) and the place one to three capitalised
    words, or without a date after an ideographic space ("示例研究中心　2016年12月30日");
    the line as it is otherwise."""
    head, comma, date = text.rpartition(", ")
    if comma and DATE_ALONE.fullmatch(date.rstrip(".")) is not None:
        return _without_town(head)
    # "示例研究中心　2016年12月30日": the date after a wide or ideographic space
    head, _, date = text.rstrip().rpartition("\u3000")
    if head.strip() and DATE_ALONE.fullmatch(date.strip()) is not None:
        return head.strip()
    return text


#: A date in digits after a comma at a signature line's end (", 29.12.2016").
_DATE_AFTER_COMMA: Final = LazyPattern(r",[ \u00a0]*\d{1,2}([./])\d{1,2}\1(?:19|20)\d\d\.?\Z")


def _without_place(text: str) -> str:
    """A signature's line without the place of one capitalised word after its comma
    ("Ильдар Сабитов, Казань" gives "Ильдар Сабитов")."""
    name, comma, place = text.partition(", ")
    if comma and " " not in place and place[:1].isupper() and place.isalpha():
        return name
    return text


def says_who_wrote(text: str) -> bool:
    """Whether a short sentence says who its writer is: a person's name, then what they
    are and where ("Tomasz Example is a senior fellow at the Example Policy Forum.",
    "Marie Exemple est chercheuse au Centre ...", "Lucía Ejemplo es investigadora
    del ..."); not a body's name ("The Example Forum is a network of ..."), nor what
    the questions are about ("Enhanced Cooperation is a process of ...")."""
    m = _WRITER_NOTE.fullmatch(text.strip())
    if m is None or len(text.split()) > _WRITER_NOTE_WORDS:
        return False
    name = m.group("name")
    if name.startswith(_ARTICLES) or any(map(_organisation_word, name.split())):
        return False
    return match_subject(name) is None and match_topic(name) is None


#: A sentence about its writer: a name of two to four capitalised words, a verb that
#: says what they are, and a preposition that says where, then a full stop.
_WRITER_NOTE: Final = LazyPattern(
    r"(?P<name>(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]*(?:[-'’.][^\W\d_]*)*[ \u00a0]){1,3}"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]*(?:[-'’][^\W\d_]+)*)"
    r" (?:is (?:a|an|the)|est|es) [^.!?]{3,160}?"
    r"\b(?:at|of|with|au|à|de|du|des|en|del)\b[^!?]{3,160}\."
)
#: Such a sentence has at most this many words.
_WRITER_NOTE_WORDS: Final = 30


def _from_signature(cover: list[str], closing: list[str], sentences: list[str]) -> Submitter | None:
    """Where nothing else names the submitter: an organisation on a line of the
    signature ("以上意见由X提交。" too; the body whose organ it names by the body's
    acronym where a cover line spells it out, :func:`_body_of_organ`), or else the body
    a sentence of the closing names (:func:`from_sentence`: "This input is submitted by
    X ..."), or the signer where the text says they write in a personal capacity."""
    found = _organisation_line(closing)
    body = None if found is None else _body_of_organ(found.name, cover)
    if found is not None and body is not None:  # "HIXA Board" under "... (HIXA) runs"
        return Submitter(body, found.source, found.confidence)
    if found is None:
        found = next(filter(None, map(from_sentence, closing)), None)
    if found is None and any(map(_PERSONAL.search, (*cover, *closing, *sentences))):
        found = _signer(closing) or _posted_by_person(cover)
    return found


def _posted_by_person(cover: Sequence[str]) -> Submitter | None:
    """The person a web page's byline says posted it ("Posted on 29 December 2016 by
    Kerry-Ann Example"), for a text written in a personal capacity; None if none does."""
    for line in cover:
        m = _POSTED_BY.match(line.strip())
        if m is not None and not m.group("article") and signed_by_a_person(m.group("name")):
            return Submitter(m.group("name"), line.strip(), "title")
    return None


def _signer(closing: Sequence[str]) -> Submitter | None:
    """The name a signature opens with, on the line right after its sign-off ("Best
    wishes," over "Yusuf Ramadani") or, without a sign-off, on the closing's first line
    (a blog post signed "Lucía Example" over "Investigadora independiente", or "Ильдар
    Сабитов, Казань" with the place after a comma): every word capitalised, as a title;
    or, under a Chinese letter's salute ("此致" / "敬礼！"), a Chinese name of two to four
    characters alone on its line ("王晓岚"), or such a name under a closing sentence,
    perhaps with the place it was written at ("阿依古丽·吐尔逊　于乌鲁木齐"), or with an
    aside in brackets that says it is submitted in a personal capacity
    ("周示例（以个人身份提交）")."""
    lines = [line for line in closing if line.strip()]
    for k, (before, line) in enumerate(itertools.pairwise([",", *lines])):
        text = line.strip()
        if _ZH_SALUTE.fullmatch(before.strip()) and _ZH_NAME.fullmatch(text):
            return Submitter(text, text, "title")
        # ... or right under the sentence that opens the closing ("Thank you for the
        # opportunity to contribute." over "Joaquim Example da Costa")
        signs = before.rstrip().endswith((",", "，", "،")) or (
            k == 1 and before.rstrip().endswith(_SENTENCE_END)
        )
        bare = _DATE_AFTER_COMMA.sub("", text)  # "Тимур Примеров, Бишкек, 29.12.2016"
        if signs and signed_by_a_person(bare):
            name = _without_place(bare)  # "Ильдар Сабитов, Казань"
            return Submitter(name, name, "title")
        m = _ZH_SIGNED.fullmatch(text)
        if m is not None and before.rstrip().endswith("。") and text not in _ZH_SIGN_OFFS:
            return Submitter(m["name"], text, "title")  # "阿依古丽·吐尔逊　于乌鲁木齐"
        m = _ZH_PERSON.match(text)
        if m is not None and before.rstrip().endswith("。") and _PERSONAL.search(m["aside"]):
            return Submitter(m["name"], text, "title")  # "周示例（以个人身份提交）"
    return None


#: A Chinese letter's sign-off words alone on a line, which no name is.
_ZH_SIGN_OFFS: Final = frozenset(("此致", "敬礼", "此致敬礼", "谨上", "敬上"))
#: A Chinese writer's name alone under the closing sentence, a transcribed name's parts
#: set apart by a middle dot, perhaps with where it was written after a space: "王晓岚",
#: "阿依古丽·吐尔逊　于乌鲁木齐" (at Urumqi).
_ZH_SIGNED: Final = LazyPattern(
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})"
    r"(?:[ \u00a0\u3000]+于[\u4e00-\u9fff]{2,10})?"
)


#: A Chinese letter's salute before the signature: "敬礼！", "此致敬礼", "顺致崇高的敬意。".
_ZH_SALUTE: Final = LazyPattern(r"(?:此致)?[ \u3000]?敬礼[！!。]?|顺致.{0,8}敬意[！!。]?")
#: A Chinese person's name alone on a line: two to four Han characters.
_ZH_NAME: Final = LazyPattern(r"[\u4e00-\u9fff]{2,4}")


#: A contact label inside a line, then an e-mail address after its colon ("... Контакт:
#: office@example.md"): a note about the writers, not a name's line.
INLINE_CONTACT: Final = LazyPattern(
    r"(?:(?i:contacts?|contacto|courriel|e-?mail|контакты?|эл\.[ \u00a0]?почта"
    r"|электронная[ \u00a0]почта)|للتواصل|البريد[ \u00a0]الإلكتروني|联系(?:方式|邮箱|人)?|电子邮箱)"
    r"[ \u00a0]?[:：][ \u00a0]*[\w.+-]+@[\w-]+\.[\w.-]+"
)


def _organisation_line(closing: Iterable[str]) -> Submitter | None:
    """The first line of a closing that says on whose behalf it was submitted
    ("Submitted on behalf of the X", "以上意见由X（EXA）提交。") or names an
    organisation ("Example Rights Forum, Geneva"), as a title: with less confidence;
    not a sign-off line that says on whose behalf the signer signs ("Pour le
    Collectif,").  A signer's title alone on its line
    ("Chair of the Board", "رئيسة مجلس الإدارة"), and a department of a body ("Director,
    Policy and Planning Department" over "Example Authority of X"), names the signer's
    body only when no later line names an organisation."""
    title: Submitter | None = None
    for line in closing:
        # A byline's dash before the name ("— Example Forum", "——示例技术社群"): no part of it.
        text = _after_contact_request(line.strip().lstrip("—―").lstrip(" \u00a0"))
        text = _without_place_and_date(text)  # "EXA Board, Kathmandu, December 2016"
        if INLINE_CONTACT.search(text) is not None:
            continue  # "X - независимая организация. Контакт: office@example.md"
        submitted = _ZH_SUBMITTED_BY.fullmatch(text)
        if submitted is not None:
            return Submitter(submitted["name"], text, "title")  # "以上意见由X（EXA）提交。"
        first, _, after = text.partition(" | ")
        if (
            after
            and is_organisation_name(first)
            and not opens_with_title(first)
            and not is_organisation_name(after.partition(" | ")[0])
        ):
            # "Example Networks Limited | Level 4, 12 Example Quay, ...": the name, then
            # the address after a bar
            text = first
        run_on = labelled(text)  # "Submitted on behalf of the X"
        if run_on is not None:
            return run_on
        if signs_for(text):
            continue  # "Pour le Collectif,", "For the Secretariat:" over the signature
        if is_organisation_name(text):
            found = Submitter(_name(_without_title(text)), text, "title")
            if not (_is_job_title(text) or _names_department(found.name) or _signers_cells(text)):
                return found
            title = title or found
    return title


#: A Chinese closing sentence that says which organisation submitted the text: "以上意见由
#: 亚洲示例网络协会（EXA）提交。" (the above views are submitted by ...), "本文件由……撰写".
_ZH_SUBMITTED_BY: Final = LazyPattern(
    "(?:以上|上述|本|此)?(?:意见|意見|答复|答覆|文件|材料|书面意见|意见书)?由"
    "(?P<name>" + _ZH_ORGANISATION + "(?:（[A-Za-z]{2,8}）)?)"
    "(?:提交|提出|撰写|撰寫|编写|編寫|提供)[。.]?"
)
#: A sentence that asks the reader to write to someone, at a line's start ("For further
#: information please contact", "Please contact", "Pour toute question, contacter").
_CONTACT_REQUEST: Final = LazyPattern(
    r"(?i:for (?:further|more|additional) (?:information|details)[ \u00a0,]*(?:please )?contact"
    r"|(?:please )?(?:contact|write to)|questions? (?:about|on) this (?:submission|input)"
    r"[ \u00a0,]*(?:please )?contact|pour toute (?:question|information)[ \u00a0,]*"
    r"(?:veuillez )?contacter|para (?:mayor|más) información[ \u00a0,]*(?:favor de )?contactar)\b"
)


def _after_contact_request(text: str) -> str:
    """The organisation a sentence that asks the reader to write names, between the
    person or office to write to and the address ("For further information please
    contact Regulatory Affairs, Example Ltd, policy@example.net" gives "Example Ltd");
    any other line as it is."""
    if "@" not in text or _CONTACT_REQUEST.match(text) is None:
        return text
    parts = [part for part in text.split(", ")[1:] if "@" not in part]
    return ", ".join(parts) if parts and is_organisation_name(", ".join(parts)) else text


def _signers_cells(text: str) -> bool:
    """Whether a signature's line sets the signer's name and title side by side,
    parted by a bar ("Jane Example | Chair, Programme Committee"): a cell after the
    first opens with a title's word, and the body it names is the signer's place in
    it, as a title alone on its line is."""
    cells = text.split(" | ")
    return len(cells) > 1 and any(opens_with_title(cell.strip()) for cell in cells[1:])


def _behind_sender(
    found: Submitter, cover: list[str], closing: list[str], sentences: list[str]
) -> Submitter:
    """Who an e-mail's sender ``found`` sends for: a person's organisation (unless the
    text says they write in a personal capacity), or the body a mailbox's organisation
    name stands for, named in full in the signature; else the sender.  "From: Example
    Forum" stays, with its acronym, or spelled out where it is one (:func:`prefer`)."""
    if is_organisation_name(found.name):
        return (
            _fuller_in_signature(found, closing)
            or _named_in_full(found, sentences)
            or _named_with_more(found, sentences)
            or found
        )
    if any(map(_PERSONAL.search, (*cover, *closing, *sentences))):
        return _signed_in_full(found, closing) or found
    return (
        _instead_of_person(closing, sentences)
        or _titled_with_acronym(closing, (*cover, *sentences))
        or found
    )


def _body_of_organ(name: str, cover: Sequence[str]) -> str | None:
    """The body whose organ a name gives by the body's acronym and the organ's kind
    ("Submitted on behalf of the MelNOG Programme Committee", "ExNOG Board"), as a
    cover line spells it out before the acronym in brackets ("Melanesian Network
    Operators Group (MelNOG)"), with the acronym; None where the name is no such organ's
    or no cover line spells the acronym out."""
    words = name.removeprefix("the ").split()
    if len(words) < 2 or _ORGAN_KIND.fullmatch(" ".join(words[1:])) is None:
        return None
    acronym = words[0]
    if not (acronym[:1].isupper() and sum(map(str.isupper, acronym)) >= _ACRONYM_CAPITALS):
        return None
    for line in cover:
        if f"({acronym})" in line:
            spelled = _spelled_before(line, acronym) or _loosely_spelled_before(line, acronym)
            if spelled is not None:
                return f"{spelled} ({acronym})"
    return None


def _loosely_spelled_before(text: str, acronym: str) -> str | None:
    """The organisation's name that ``text`` writes right before ``acronym`` in brackets,
    a run of capitalised words (and the small words between them) whose initials give
    the acronym loosely (:func:`_loosely_spells`: "Himalayan Internet Exchange
    Association (HIXA)", the "X" from inside a word); None where none does."""
    at = text.find(f"({acronym})")
    words = text[:at].split()[-_ORGANISATION_MAX_WORDS:] if at >= 0 else []
    for start, first in enumerate(words):
        run = words[start:]
        if (
            first[:1] == acronym[:1]
            and first not in _DETERMINERS
            and all(w[:1].isupper() or w in _NAME_JOINS for w in run)
        ):
            name = " ".join(run)
            if is_organisation_name(name) and _loosely_spells(f"{name} ({acronym})", acronym):
                return name
    return None


#: A body's organ named after its acronym ("Programme Committee"): :data:`_ORGAN_KINDS`.
_ORGAN_KIND: Final = LazyPattern(_ORGAN_KINDS)
#: An acronym holds at least this many capitals ("MelNOG", "EXOC").
_ACRONYM_CAPITALS: Final = 3


def _titled_with_acronym(closing: list[str], texts: Sequence[str]) -> Submitter | None:
    """The body a signer's title names by its acronym alone ("Chair, MOTA", "Policy
    Officer | MOTA", :func:`_without_title`), spelled out as a text of the cover writes
    it before the acronym in brackets ("The Example Outsourcing Association (MOTA)
    represents ..."); None where no line of the signature does so, or no text spells it
    out."""
    for line in closing:
        acronym = _without_title(line.strip())
        if acronym == line.strip():
            acronym = _acronym_after_title(acronym)
        if acronym == line.strip() or not _ACRONYM_ALONE.fullmatch(acronym):
            continue
        for text in texts:
            spelled = _spelled_before(text, acronym)
            if spelled is not None:
                return Submitter(f"{spelled} ({acronym})", line.strip(), "title")
    return None


def _acronym_after_title(text: str) -> str:
    """The acronym a signer's title names its body by after a preposition ("Présidente
    de l'AMAN", "President of MOTA", "Presidenta de la ALIC"); else the line as it is."""
    m = _TITLE_OF_ACRONYM.fullmatch(text)
    if m is None or not _signers_title(m["title"]):
        return text
    return m["acronym"]


#: A signer's title, a preposition and one word: "Présidente de l'AMAN".
_TITLE_OF_ACRONYM: Final = LazyPattern(
    r"(?P<title>.+?)[ \u00a0]+(?:of(?:[ \u00a0]+the)?|de[ \u00a0]+l['’]|de[ \u00a0]+la|du|de|del"
    r"|des)[ \u00a0]*(?P<acronym>[^\W\d_]+)"
)


def _named_with_more(sender: Submitter, sentences: list[str]) -> Submitter | None:
    """The organisation a covering sentence names with more words before the name an
    e-mail's sender gives it ("От: Центр исследований цифрового права" over "Поволжский
    центр исследований цифрового права (г. Самара) направляет ..."), without a remark
    in brackets after it (the town), or with the body it belongs to after it, with a
    capital ("Центр исследований интернета" for "Центр исследований интернета
    Сибирского технического университета"), or with its acronym spelled out, word by
    word ("Евразийская ассоциация операторов ЦОД" for "Евразийская ассоциация
    операторов центров обработки данных"); None where no sentence does."""
    name = fold(_without_address(sender.name))
    head, _, last = name.rpartition(" ")
    acronym = _without_address(sender.name).rpartition(" ")[2]
    spelled_at_end = head and acronym.isupper() and len(acronym) > 1
    for text in sentences:
        named = from_sentence(text)
        if named is None:
            continue
        fuller = _without_remark(named.name)
        folded = fold(fuller)
        if folded.endswith(" " + name):
            return Submitter(fuller, named.source, named.confidence)
        rest = fuller[len(name) + 1 :].split()
        if folded.startswith(name + " ") and rest and rest[0][:1].isupper():
            return Submitter(fuller, named.source, named.confidence)
        rest = fuller[len(head) + 1 :].split()
        if (
            spelled_at_end
            and folded.startswith(head + " ")
            and fold("".join(word[:1] for word in rest)) == last
        ):
            return Submitter(fuller, named.source, named.confidence)
    return None


def _signed_in_full(sender: Submitter, closing: list[str]) -> Submitter | None:
    """The signature's line that writes a person's name in full where the sender's field
    leaves out a middle name ("From: Jane Doe" signed "Jane Mary Doe"): a line of three
    to five capitalised words that opens with the sender's first word and ends with
    the last; None where none does."""
    words = _without_address(sender.name).split()
    if len(words) < 2:
        return None
    for line in closing:
        text = line.strip()
        signed = text.split()
        if (
            len(words) < len(signed) <= _FULL_NAME_MAX_WORDS
            and signed[0] == words[0]
            and signed[-1] == words[-1]
            and _CAPITALISED_NAME.fullmatch(text) is not None
        ):
            return Submitter(text, sender.source, sender.confidence)
    return None


#: A person's name written in full has at most this many words.
_FULL_NAME_MAX_WORDS: Final = 5


def _named_in_full(sender: Submitter, sentences: list[str]) -> Submitter | None:
    """The organisation that a subject line or a covering sentence names in full where an
    e-mail's sender names it only by one of its offices and a word that refers back to it
    ("From: أمانة الجمعية" over "الموضوع: مساهمة الجمعية العراقية للحقوق الرقمية ...",
    "From: Secretariat of the Association"): the first such name that holds that word
    among others."""
    m = _OFFICE_OF.fullmatch(sender.name.strip())
    if m is None:
        return None
    word = fold(m["word"] or m["word2"])
    for text in sentences:
        named = from_sentence(text)
        words = fold(named.name).split() if named is not None else []
        if word in words and len(words) >= _IN_FULL_MIN_WORDS:
            return named
    return None


#: A body named in full has at least this many words ("الجمعية العراقية للحقوق الرقمية",
#: not "الجمعية أدناه", the association below).
_IN_FULL_MIN_WORDS: Final = 3


#: A sender named by an office of a body and a word that refers back to it: "أمانة
#: الجمعية" (the association's secretariat), "مكتب المركز", "Secretariat of the
#: Association", "Bureau de l'Association".
_OFFICE_OF: Final = LazyPattern(
    r"(?:أمانة|مكتب|إدارة|سكرتارية)[ \u00a0]+(?P<word>ال[^\W\d_]+)"
    r"|(?i:secretariat|office|bureau|secrétariat|secretaría|oficina)[ \u00a0]+"
    r"(?i:of[ \u00a0]+the|de[ \u00a0]+l['’]|du|de[ \u00a0]+la|del)[ \u00a0]*(?P<word2>[^\W\d_]+)"
)


def _instead_of_person(closing: list[str], sentences: list[str]) -> Submitter | None:
    """What names the body behind an e-mail sender who is a person: an organisation on a
    line of the signature, else a subject line or covering sentence, which also outranks
    a signature that names only a department or the signer's title, an organ of the
    body the sentence names (:func:`_organ_of`), or the same body without the parent
    the sentence names it with (or with its town instead: "X Authority, Example City"
    under "the input of the X Authority of Exampleland"); a sentence that names a
    state's mission outranks a signature that names another body (the ministry that
    drafted the text)."""
    instead = _organisation_line(closing)
    named = [found for found in map(from_sentence, sentences) if found is not None]
    sentence = named[0] if named else None
    mission = next((body for body in named if _MISSION_WORDS.match(body.name)), None)
    if mission is not None and (instead is None or _MISSION_WORDS.match(instead.name) is None):
        # "the input of the Permanent Mission of X ..." over the ministry that drafted it
        return mission
    if instead is not None:
        # "MelNOG Programme Committee" under "the Melanesian Network Operators Group
        # (MelNOG)", which a later sentence than the subject line's "MelNOG" spells out
        sentence = next((body for body in named if _organ_of(instead, body)), sentence)
    if instead is None or (
        sentence is not None
        and (
            _signer_only(instead)
            or _organ_of(instead, sentence)
            or _with_its_parent(instead.name, sentence.name)
            or _with_its_parent(_without_town(instead.name), sentence.name)
            or _with_what_it_is_accredited_to(_without_town(instead.name), sentence.name)
        )
    ):
        # "the input of the Government of X" over its department; "la contribution de
        # la Chaire de X de l'Université de Y" over the chair's name alone
        return sentence
    return instead


def _without_town(name: str) -> str:
    """A signature's organisation without the town after its last comma ("National
    Example Authority, Example City" gives "National Example Authority"): one to three
    capitalised words; the name as it is otherwise."""
    head, comma, town = name.rpartition(", ")
    words = town.split()
    if (
        comma
        and head
        and 1 <= len(words) <= _TOWN_MAX_WORDS
        and all(word[:1].isupper() for word in words)
    ):
        return head
    return name


#: The most words a town's name after a signature's organisation has.
_TOWN_MAX_WORDS: Final = 3


def _with_its_parent(name: str, fuller: str) -> bool:
    """Whether ``fuller`` is ``name`` with the body it belongs to, or its town, after it
    ("... de l'Université de Moncton", ", University of Namibia (CIP)", " (Lyon)"), and
    nothing after a bracket that closes ("(FRAI) les enviamos" runs on into the
    sentence)."""
    if not fold(fuller).startswith(fold(name)):
        return False
    rest = fuller[len(name) :]
    return rest.startswith(_PARENT_LEADS) and _RUNS_ON_AFTER_BRACKET.search(rest) is None


def _with_what_it_is_accredited_to(name: str, fuller: str) -> bool:
    """Whether ``fuller`` is a mission's ``name`` with what it is accredited to after it
    ("Permanent Mission of X to the United Nations Office at Geneva" for the signature's
    "Permanent Mission of X, Geneva", its town left out)."""
    return (
        _MISSION_WORDS.match(name) is not None
        and fold(fuller).startswith(fold(name))
        and fuller[len(name) :].startswith(_ACCREDITED_LEADS)
    )


#: How the words that say what a mission is accredited to follow its name.
_ACCREDITED_LEADS: Final = (" to the ", " auprès ", " ante ", " при ")
#: How the words that name a body's parent or town follow its name.
_PARENT_LEADS: Final = (", ", " of ", " de ", " du ", " del ", " at ", " (", " à ")
#: Words after a closing bracket: a sentence that runs on past a name.
_RUNS_ON_AFTER_BRACKET: Final = LazyPattern(r"\)[ \u00a0]+\w")


def _organ_of(organ: Submitter, body: Submitter) -> bool:
    """Whether a signature's organisation is an organ of the body a sentence names, named
    by the body's acronym and more words ("HimNOG Programme Committee" for "Himalayan
    Network Operators Group (HimNOG)")."""
    words = organ.name.split()
    return len(words) > 1 and body.name.endswith(f"({words[0]})")


def _fuller_in_signature(sender: Submitter, closing: list[str]) -> Submitter | None:
    """The organisation a signature names where an e-mail's sender names the same body
    as a mailbox does ("From: Example Mission Geneva" signed "Permanent Mission of the
    Republic of Example"): it holds a word of the sender's own name that is no
    organisation word, or spells with the initials of words in a row an acronym of the
    sender's name ("Ассоциация ЦОД" signed "Ассоциация участников рынка центров
    обработки данных"), and has more words."""
    signed = _organisation_line(closing)
    if signed is None or _signer_only(signed):
        return None
    own = {
        fold(word)
        for word in sender.name.split()
        if len(word) > 3 and word[:1].isupper() and not _organisation_word(word)
    }
    words = signed.name.split()
    shared = any(fold(word.strip("(),")) in own for word in words)
    initials = "".join(fold(word)[:1] for word in words)
    spelled = any(
        len(word) > 1 and word.isupper() and fold(word) in initials for word in sender.name.split()
    )
    return signed if (shared or spelled) and len(words) > len(sender.name.split()) else None


def _signer_only(found: Submitter) -> bool:
    """Whether a name read from a signature names the signer's place and not the body:
    a department ("ICT Policy Analyst, Department of Digital Affairs") or a title alone
    ("Chair of the Board")."""
    return _names_department(found.name) or _is_job_title(found.source)


#: The words of a body's departments, folded: a signature names the body after them.
_DEPARTMENT_WORDS: Final = frozenset(
    fold(word)
    for word in ("Department", "Département", "Departamento", "Division", "Unit", "Unité", "Unidad")
)


def _names_department(name: str) -> bool:
    """Whether a name is a department's: it holds a department word and no other
    organisation word ("Policy and Planning Department", not "Department of
    Telecommunications of the Ministry ...")."""
    words = [fold(word.strip("(),")) for word in name.split()]
    return any(w in _DEPARTMENT_WORDS for w in words) and not any(
        w in _ORGANISATION_WORDS and w not in _DEPARTMENT_WORDS for w in words
    )


def _is_job_title(text: str) -> bool:
    """Whether a line is a signer's title alone: it opens with a title's word and holds
    no comma ("Chair of the Board"; not "Director General, Example Commission")."""
    return "," not in text and opens_with_title(text)


def opens_with_title(text: str) -> bool:
    """Whether ``text`` opens with the first word of a signer's title ("Director ...",
    "директор ...", as Russian writes a title in lower case), after an ordinal, if any
    ("Первый заместитель Министра", "First Secretary")."""
    first, _, rest = fold(text).partition(" ")
    if first in _TITLE_ORDINALS:
        first = rest.partition(" ")[0]
    if first in _COUNSEL_KINDS and rest.partition(" ")[0] == "counsel":
        return True  # "General Counsel & Company Secretary", "Legal Counsel"
    return first in _JOB_TITLE_WORDS


#: The words before "Counsel" in a lawyer's title ("General Counsel"), folded.
_COUNSEL_KINDS: Final = frozenset(("general", "legal", "senior", "chief"))


#: An ordinal before a signer's title ("First Deputy Minister"), folded.
_TITLE_ORDINALS: Final = frozenset(
    fold(word)
    for word in (
        "First", "Second", "Premier", "Première", "Primer", "Primera", "Segundo", "Segunda",
        "Первый", "Первая", "Второй", "Вторая",
    )
)  # fmt: skip


#: The first words of a signer's title ("Executive Director", "Head of Unit",
#: "Directrice générale", "Председатель правления", "مدير عام").
_JOB_TITLE_WORDS: Final = frozenset(
    fold(word)
    for word in (
        "Director", "Executive", "Head", "Chair", "Chairman", "Chairperson", "President",
        "Vice", "Deputy", "Chief", "Senior", "Coordinator", "Officer", "Manager",
        "Secretary", "Adviser", "Advisor", "Counsellor", "Minister", "Ambassador",
        # a title that ends with its rank ("Programme Lead", "Research Fellow")
        "Lead", "Fellow", "Researcher", "Analyst", "Specialist",
        "Directeur", "Directrice", "Président", "Présidente", "Coordonnateur",
        "Coordonnatrice", "Coordinateur", "Coordinatrice", "Responsable", "Chargé",
        "Chargée", "Secrétaire", "Conseiller", "Conseillère", "Titulaire", "Chairholder",
        "Directora", "Presidenta", "Coordinador", "Coordinadora", "Jefe", "Jefa", "Titular",
        "Professor", "Professeur", "Professeure", "Profesor", "Profesora",
        "Secretario", "Secretaria", "Asesor", "Asesora", "Директор", "Председатель",
        "Руководитель", "Заместитель", "Советник", "Профессор", "Министр", "Начальник",
        # Russian academic ranks and a head's title ("кандидат юридических наук, доцент",
        # "Заведующий лабораторией,")
        "Кандидат", "Доктор", "Доцент", "Заведующий", "Заведующая", "مدير",
        "مديرة", "رئيس", "رئيسة", "نائب", "نائبة", "منسق", "منسقة",
    )
)  # fmt: skip


def _without_title(text: str) -> str:
    """A signature line without the signer's title before the organisation
    ("Director General, Eswatini Communications Commission", "Chief Executive, NUCRC",
    "Policy Manager | Example Fibre Networks Ltd", "Programme Coordinator – Example
    Observatory"): the parts before a comma (Latin or Arabic) or a spaced bar or dash
    that are a signer's title and name no organisation are left out while the rest
    names one or is an acronym alone."""
    rest = text
    while (cut := _SIGNATURE_PARTS.search(rest)) is not None:
        head, tail = rest[: cut.start()], rest[cut.end() :]
        # "Head of Unit": a title that names a department, not a body
        if not _signers_title(head) or (is_organisation_name(head) and not _names_department(head)):
            break
        if not (is_organisation_name(tail) or _ACRONYM_ALONE.fullmatch(tail)):
            break
        rest = tail
    return rest


def _signers_title(text: str) -> bool:
    """Whether ``text`` is a signer's title: it opens with a title's first word
    (:func:`opens_with_title`), or is a few words that end with one ("Policy Manager",
    "Government Relations Director")."""
    words = fold(text).split()
    return opens_with_title(text) or (
        0 < len(words) <= _TITLE_WORDS_MAX and words[-1] in _JOB_TITLE_WORDS
    )


#: The most words a signer's title that ends with its title word holds.
_TITLE_WORDS_MAX: Final = 4
#: What sets a signature line's parts apart: a comma, or a bar or a dash between spaces.
_SIGNATURE_PARTS: Final = LazyPattern(r"[,،] | [|–—] ")


#: An organisation's acronym alone ("NUCRC" in "Chief Executive, NUCRC").
_ACRONYM_ALONE: Final = LazyPattern(r"[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,8}")


def _spelled_out(text: str, acronym: str) -> str | None:
    """The name a line spells ``acronym`` out as ("ALIC - Asociación ...", "Asociación
    ... (ALIC)", the acronym in brackets kept): its capitalised words' initials are the
    acronym's letters."""
    bracketed = text.endswith(f"({acronym})")
    if text.startswith(acronym):
        rest = text[len(acronym) :].lstrip(" \u00a0-–—:")
        name = rest if rest != text[len(acronym) :] else ""
    elif bracketed:
        name = text[: -len(acronym) - 2].rstrip()
    else:
        return None
    if not name:
        return None
    if not (_initials_are(name, acronym) or spells(name.split(), acronym)):
        return None
    return text if bracketed else name  # "Example Forum (EXF)" keeps its acronym


#: Elided articles a word may start with ("l'Internet": its initial is the "I").
_ELISIONS: Final = ("l'", "d'", "l’", "d’")
#: The most letters past its initial that one word may give an acronym
#: ("Дальневосточный" gives "ДВ" to "ДВЦИИ").
_INNER_LETTERS_MAX: Final = 2


def _elided(word: str) -> int:
    """The length of the elided article ``word`` opens with, where more follows it
    ("l'Association": 2); 0 if none."""
    lowered = word.casefold()
    for elision in _ELISIONS:
        if lowered.startswith(elision) and len(word) > len(elision):
            return len(elision)
    return 0


def _without_elision(word: str) -> str:
    """A word without the elided article it opens with, where a capital follows it
    ("l'Association": "Association"); else the word."""
    n = _elided(word)
    return word[n:] if n and word[n].isupper() else word


def _core(word: str) -> str:
    """A word without the elided article and the punctuation around it."""
    word = word.strip("\"'«»“”‘’()[],;:.")
    return word[_elided(word) :]


def _plain(text: str) -> str:
    """``text`` case-folded, its letters without their accents ("études": "etudes"), as
    an acronym writes them ("LENS")."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def spells(words: Sequence[str], acronym: str) -> bool:
    """Whether ``words`` spell ``acronym`` out: each word in turn gives its initial,
    a small word ("of", "de", "sur") its initial or nothing, and a word may give
    a letter or two of its own after its initial ("Women in Digital Pacific Network"
    spells "WIDPN", "Association camerounaise des usagers de l'Internet" "ACUI",
    "Laboratoire d'études du numérique" "LEN": accents aside,
    "Дальневосточный центр исследований интернета" "ДВЦИИ"); a compound joined by a
    hyphen may give the initial of its last part instead ("Евразийская ассоциация точек
    обмена интернет-трафиком" spells "ЕАТОТ")."""
    letters = [c for c in _plain(acronym) if c.isalnum()]
    cores = [_plain(_core(w)) for w in words]
    cores = [c for c in cores if c]
    if not letters or not cores:
        return False

    @functools.cache
    def match(i: int, j: int) -> bool:
        if i == len(cores):
            return j == len(letters)
        core = cores[i]
        if core.casefold() in _ACRONYM_SKIPS and match(i + 1, j):
            return True
        last = core.rpartition("-")[2]
        return gives(i, j, core) or (bool(last) and last != core and gives(i, j, last))

    def gives(i: int, j: int, core: str) -> bool:
        """Whether word ``i``, as ``core``, gives letter ``j`` and perhaps the next
        ones, the other words the rest."""
        if j == len(letters) or core[0].casefold() != letters[j]:
            return False
        k, rest = j + 1, core[1:].casefold()
        for _ in range(_INNER_LETTERS_MAX + 1):
            if match(i + 1, k):
                return True
            if k == len(letters):
                return False
            at = rest.find(letters[k])
            if at < 0:
                return False
            rest, k = rest[at + 1 :], k + 1
        return False

    return match(0, 0)


def _name(found: str) -> str:
    """A name without the full stop or colon that ends its sentence; the full stop of
    a company's abbreviated legal form ("Acme Data Ltd.") is the name's."""
    name = found.rstrip(" \u00a0.;:").rstrip()
    return found.rstrip() if found.rstrip().casefold().endswith(_LEGAL_FORM_ENDS) else name
