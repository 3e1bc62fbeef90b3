"""Stakeholder group of a submission: from a field that says it, else from the name.

The groups are those of the WSIS and IGF: :data:`GROUPS`.  :func:`stakeholder_group`
first reads a front-matter field whose name says it holds the group ("Stakeholder
group", "Stakeholder type", "Stakeholder", "Category", "Sector", "Type of
organisation" and their French, Spanish and Russian forms): its value is mapped to a
group by the same keywords as below, and kept as written if none applies.  Without such
a field, the submitter's name is searched for keywords, in this order, the first group
with a hit winning:

1. intergovernmental organisation: "United Nations", "Union internationale", UNESCO,
   ITU, OECD, "Council of Europe", "European Union/Commission", "Organisation of ...
   States", "League of Arab States", "African Union"...;
2. government: "Government", "Ministry", "Permanent Mission", "Republic", "Kingdom",
   "Federation", "Federal", "State of", "Embassy", "Delegation" and the same words in
   French, Spanish, Russian, Arabic and Chinese;
3. technical and academic community: "University", "Institute", "Academy", "Research",
   "Laboratory", ICANN, IETF, "Internet Society", "Registry", RIPE NCC, APNIC, LACNIC,
   AFRINIC, ARIN, W3C and translations;
4. private sector: "Inc", "Ltd", "LLC", "GmbH", "S.A.", "Corporation", "Company",
   "Chamber of Commerce", "Business", "Industry", "Telecom" and translations;
5. civil society: "Foundation", "NGO", "Network", "Coalition", "Association",
   "Society", "Forum", "Alliance", "Council", "Centre", "Initiative" and translations.

Limits: a country named alone ("Brazil", "Switzerland") is not recognised as a
government (no list of country names is kept), and an organisation whose name holds
none of the words is "unknown".  The result says whether it came from a field or from
the name, so a table can tell a stated group from a guessed one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from wgec_parse.folding import fold

__all__ = ["GROUPS", "UNKNOWN", "stakeholder_group"]

#: The stakeholder groups, in the order the name heuristic tries them.
GROUPS: Final = (
    "Intergovernmental organisation",
    "Government",
    "Technical and academic community",
    "Private sector",
    "Civil society",
)
#: The group of a submission nothing tells.
UNKNOWN: Final = "unknown"

#: Field names (folded) whose value is the stakeholder group.
FIELD_NAMES: Final = frozenset(
    fold(name)
    for name in (
        "Stakeholder group",
        "Stakeholder type",
        "Stakeholder",
        "Stakeholder category",
        "Category",
        "Sector",
        "Type of organisation",
        "Type of organization",
        "Organisation type",
        "Organization type",
        "Groupe de parties prenantes",
        "Catégorie",
        "Type d'organisation",
        "Grupo de partes interesadas",
        "Categoría",
        "Tipo de organización",
        "Группа заинтересованных сторон",
        "Категория",
    )
)

_KEYWORDS: Final = {
    "Intergovernmental organisation": (
        r"united nations|nations unies|naciones unidas|организаци\w* объединенных наций"
        r"|intergovernmental|intergouvernemental|intergubernamental|межправительств"
        r"|\bunesco\b|\bitu\b|\buit\b|\bunctad\b|\bundp\b|\boecd\b|\bocde\b|\bwipo\b"
        r"|council of europe|conseil de l ?europe|european union|european commission"
        r"|union europeenne|commission europeenne|union europea|африканский союз"
        r"|african union|union africaine|league of arab states|ligue des etats arabes"
        r"|organi[sz]ation of \w+ states|commonwealth secretariat|الأمم المتحدة|联合国"
    ),
    "Government": (
        r"\bgovernment|\bministry|\bministere|\bministerio|\bpermanent mission"
        r"|mission permanente|mision permanente|\brepublic\b|\brepublique\b|\brepublica\b"
        r"|\bkingdom\b|\broyaume\b|\breino\b|\bfederation\b|\bfederacion\b|\bfederal\b"
        r"|\bstate of\b|\bembassy\b|\bambassade\b|\bembajada\b|\bdelegation\b"
        r"|\bgouvernement\b|\bgobierno\b|правительств|министерств|республик|федераци"
        r"|постоянное представительство|حكومة|الحكومة|وزارة|جمهورية|المملكة|البعثة الدائمة"
        r"|政府|部|共和国|王国|常驻"
    ),
    "Technical and academic community": (
        r"universit|universid|\binstitute\b|\binstitut\b|\binstituto\b|\bacadem|\bresearch\b"
        r"|\brecherche\b|\binvestigacion\b|laborator|\bicann\b|\bietf\b|internet society"
        r"|\bisoc\b|\bregistry\b|ripe ncc|\bapnic\b|\blacnic\b|\bafrinic\b|\barin\b|\bw3c\b"
        r"|университет|институт|академи|جامعة|معهد|大学|研究|学院"
    ),
    "Private sector": (
        r"\binc\b|\bltd\b|\bllc\b|\bgmbh\b|\bs a$|\bplc\b|\bcorporation\b|\bcorp\b"
        r"|\bcompany\b|chamber of commerce|chambre de commerce|camara de comercio"
        r"|\bbusiness\b|\bindustry\b|\bindustrie\b|\btelecom|\bentreprise|\bempresa"
        r"|компани|корпораци|торгов\w* палат|شركة|غرفة التجارة|公司|集团|商会"
    ),
    "Civil society": (
        r"\bfoundation\b|\bfondation\b|\bfundacion\b|\bngo\b|\bong\b|\bnetwork\b"
        r"|\breseau\b|\bcoalition\b|\bcoalicion\b|\bassociation\b|\basociacion\b"
        r"|\bsociety\b|\bsociete civile\b|\bsociedad civil\b|\bforum\b|\bforo\b"
        r"|\balliance\b|\balianza\b|\bcouncil\b|\bcentre\b|\bcenter\b|\bcentro\b"
        r"|\binitiative\b|\biniciativa\b|\bcampaign\b|фонд|ассоциаци|общественн|сеть"
        r"|مؤسسة|جمعية|شبكة|منظمة غير حكومية|基金会|协会|网络|民间"
    ),
}
# A mission or ministry is a government's even where it names the United Nations
# ("Permanent Mission of X to the United Nations"): tried before everything else.
_MISSION: Final = (
    r"\bpermanent mission|mission permanente|mision permanente|\bministry|\bministere"
    r"|\bministerio|\bgovernment of\b|\bgouvernement d|\bgobierno d|постоянное представительство"
    r"|министерств|правительств|البعثة الدائمة|وزارة|حكومة|常驻|政府"
)
_PATTERNS: Final = (
    ("Government", re.compile(_MISSION)),
    *((group, re.compile(_KEYWORDS[group])) for group in GROUPS),
)


def _by_keywords(text: str) -> str | None:
    folded = fold(text)
    for group, pattern in _PATTERNS:
        if pattern.search(folded) is not None:
            return group
    return None


def stakeholder_group(submitter: str, fields: Iterable[tuple[str, str]] = ()) -> tuple[str, str]:
    """The stakeholder group and where it was read: ``(group, "field")`` from a field
    that states it, ``(group, "name")`` from the submitter's name, ``("unknown", "")``
    when nothing tells.

    A stated group that matches none of :data:`GROUPS` is kept as written.
    """
    for name, value in fields:
        if fold(name.rstrip(":：").rstrip()) in FIELD_NAMES and value.strip():
            return _by_keywords(value) or _stated(value), "field"
    if submitter.strip():
        group = _by_keywords(submitter)
        if group is not None:
            return group, "name"
    return UNKNOWN, ""


def _stated(value: str) -> str:
    folded = fold(value)
    for group in GROUPS:
        if fold(group) in folded:
            return group
    return value.strip()
