"""Who submitted a contribution, in the six UN languages (wgec_parse.submitters)."""

from __future__ import annotations

from pathlib import Path

import pytest

import wgec_parse
from wgec_parse.batch import document_info
from wgec_parse.nodes import Noise
from wgec_parse.submitters import (
    Submitter,
    _names_a_person,
    _quoted_before,
    _without_dateline,
    behind_mailbox_organisation,
    called_by_its_kind,
    forwarded_sender,
    from_capitals_at_start,
    from_fields,
    from_letterhead,
    from_line,
    from_paragraph,
    from_sentence,
    is_label,
    is_organisation_name,
    labelled,
    lines_of_name,
    mission_of,
    names_an_organ_alone,
    names_its_writers,
    names_the_same,
    note_verbale_sender,
    opens_with_title,
    personal_writer,
    prefer,
    prefers_the_speaker,
    sender_line,
    signs_for,
    speaker_for_state,
    spells,
)

STYLES = Path(__file__).resolve().parent.parent / "fixtures" / "styles"
Q1 = "1) What are the high level characteristics of enhanced cooperation?\nText.\n"


def _submitter_of(fixture: str) -> Submitter | None:
    """Who submitted the style fixture ``fixture`` (its name without ".txt")."""
    return wgec_parse.parse((STYLES / f"{fixture}.txt").read_text(encoding="utf-8")).submitter


@pytest.mark.parametrize(
    ("front", "name"),
    [
        ("Submitted by: Republic of Examplia\n", "Republic of Examplia"),
        ("Soumise par : Mission permanente de l'Examplie\n", "Mission permanente de l'Examplie"),
        ("Presentada por: Asociación Ejemplo\n", "Asociación Ejemplo"),
        ("Présentées par : Organisations d'Examplie\nPays : X\n", "Organisations d'Examplie"),
        ("Nom de l'organisation : Fédération Exemple\nPays : X\n", "Fédération Exemple"),
        ("Name of organization: Example Council\nCountry: X\n", "Example Council"),
        ("Название организации: Ассоциация «Пример»\nСтрана: X\n", "Ассоциация «Пример»"),
        ("مقدَّم من: الجمعية العربية\nالبلد: X\n", "الجمعية العربية"),
        ("组织名称：示例研究院\n国家：X\n", "示例研究院"),
        ("Представлено: Министерство связи\n", "Министерство связи"),
        ("Представлена: Ассоциация «Пример»\n", "Ассоциация «Пример»"),
        ("مقدمة من: الجمعية العربية\n", "الجمعية العربية"),
        ("提交单位：示例研究院\n", "示例研究院"),
        ("提交單位：示例研究院\n", "示例研究院"),  # the label in traditional characters
        ("機構名稱：示例研究會\n國家：X\n", "示例研究會"),
        ("提交方: 示例共和国\n", "示例共和国"),
        ("Pays: Examplie\n", "Examplie"),
        ("País: Ejemplia\n", "Ejemplia"),
        ("Страна: Примерия\n", "Примерия"),
        ("البلد: مثالستان\n", "مثالستان"),
        ("国家：示例国\n", "示例国"),
        ("Submitted by\nPermanent Mission of Examplia\n\n", "Permanent Mission of Examplia"),
        ("Présentée par\nFédération des opérateurs\n\n", "Fédération des opérateurs"),
    ],
)
def test_a_labelled_field_names_the_submitter(front: str, name: str) -> None:
    doc = wgec_parse.parse(front + "\n" + Q1)
    assert doc.front_matter is not None
    assert doc.front_matter.submitted_by == name
    assert doc.submitter is not None
    assert doc.submitter.confidence == "field"


def test_an_organisation_is_preferred_to_an_e_mail_sender() -> None:
    front = (
        "From: Jane Doe <jane@example.org>\nSent: Monday\nOrganization: Example Council\n"
        "Subject: WGEC input\n"
    )
    submitter = wgec_parse.parse(front + "\n" + Q1).submitter
    assert submitter is not None
    assert (submitter.name, submitter.source) == ("Example Council", "Organization")


def test_a_label_that_runs_on_into_the_name_on_a_cover_line() -> None:
    front = "Submitted by the Permanent Mission of Examplia to the United Nations in Geneva\n"
    submitter = wgec_parse.parse(front + "\n" + Q1).submitter
    assert submitter is not None
    assert submitter.name == "the Permanent Mission of Examplia to the United Nations in Geneva"
    assert submitter.confidence == "field"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Contribution of the Example Internet Society", "Example Internet Society"),
        ("Response from Examplia Telecom", "Examplia Telecom"),
        ("Contribution de la République d'Examplie", "République d'Examplie"),
        ("Contribución de la Asociación Ejemplo", "Asociación Ejemplo"),
        ("Вклад Ассоциации «Пример» в работу Рабочей группы", "Ассоциации «Пример»"),
        (
            "Вклад Агентства примера в Республике Примерия в работу группы",
            "Агентства примера в Республике Примерия",
        ),
        ("Предложения Министерства связи Примерии", "Министерства связи Примерии"),
        ("مساهمة الجمعية العربية للإنترنت في أعمال الفريق العامل", "الجمعية العربية للإنترنت"),
        ("示例互联网研究会关于增强合作问题的意见", "示例互联网研究会"),
        ("示例研究院对指导性问题的建议", "示例研究院"),
        # A subtitle after a double or spaced dash is not part of the title.
        ("示例研究会关于增强合作问题的意见 ——对指导性问题的答复", "示例研究会"),
        ("Contribution of the Example Forum – December 2016", "Example Forum"),
        # A title word in capitals.
        (
            "ПРЕДЛОЖЕНИЯ ЦЕНТРА ЦИФРОВОГО ПРАВА (ЦЦП) к Рабочей группе",
            "ЦЕНТРА ЦИФРОВОГО ПРАВА (ЦЦП)",
        ),
    ],
)
def test_a_title_names_the_submitter_with_less_confidence(title: str, name: str) -> None:
    submitter = wgec_parse.parse(title + "\n\n" + Q1).submitter
    assert submitter is not None
    assert (submitter.name, submitter.confidence) == (name, "title")


def test_a_field_beats_a_title() -> None:
    text = "Contribution of Someone Else\n\nCountry: Examplia\n\n" + Q1
    submitter = wgec_parse.parse(text).submitter
    assert submitter is not None
    assert (submitter.name, submitter.confidence) == ("Examplia", "field")


def test_nothing_names_no_one() -> None:
    assert wgec_parse.parse("Some cover line\n\n" + Q1).submitter is None
    assert wgec_parse.parse(Q1).submitter is None


@pytest.mark.parametrize(
    ("cover", "name"),
    [
        ("Association pour un Internet solidaire et ouvert (AISO)", "Association pour"),
        ("Global Internet Users Association", "Global Internet Users Association"),
        ("Министерство цифрового развития Примерии", "Министерство цифрового развития"),
        ("الجمعية العربية لحوكمة الإنترنت", "الجمعية العربية لحوكمة الإنترنت"),
        ("华夏互联网公共政策研究会", "华夏互联网公共政策研究会"),
        ("示例数字经济研究中心（深圳）", "示例数字经济研究中心"),
        ("西部示例电子商务促进会", "西部示例电子商务促进会"),
        ("示例大学网络法研究所", "示例大学网络法研究所"),
    ],
)
def test_an_organisation_named_on_a_cover_line_is_a_title(cover: str, name: str) -> None:
    text = cover + "\n\nContribution to the Working Group on Enhanced Cooperation\n\n" + Q1
    submitter = wgec_parse.parse(text).submitter
    assert submitter is not None
    assert submitter.name.startswith(name)
    assert (submitter.source, submitter.confidence) == (cover, "title")


@pytest.mark.parametrize(
    "line",
    [
        "UNITED NATIONS COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT",
        "Working Group on Enhanced Cooperation",
        "The Forum believes that enhanced cooperation is a process.",
        "Estados y sociedad civil en la cooperación internacional",
        "Paris, le 16 décembre 2016",
    ],
)
def test_a_cover_line_without_an_organisation_names_no_one(line: str) -> None:
    assert from_line(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Pacific Centre for Digital Rights (PCDR) 14 Harbour Road, Apia, Samoa",
            "Pacific Centre for Digital Rights (PCDR)",
        ),
        (
            "NORDIC INSTITUTE FOR NETWORK POLICY AND LAW (NINPL) Box 12, Oslo",
            "NORDIC INSTITUTE FOR NETWORK POLICY AND LAW (NINPL)",
        ),
        (
            "NATIONAL AUTHORITY FOR DIGITAL SERVICES (NADS), Main Street 1",
            "NATIONAL AUTHORITY FOR DIGITAL SERVICES (NADS)",
        ),
        ("Fundación Redes del Sur (FRS), Montevideo", "Fundación Redes del Sur (FRS)"),
    ],
)
def test_a_letterhead_spelled_out_before_its_acronym_names_the_submitter(
    line: str, name: str
) -> None:
    assert from_line(line) == Submitter(name, line, "title")


@pytest.mark.parametrize(
    "line",
    [
        # Not an organisation, or the initials are not the acronym's letters.
        "Enhanced Cooperation on Public Policy (ECPP) was discussed in 2016",
        # The meeting's own bodies.
        "World Summit on the Information Society (WSIS) outcomes and their review",
        "Internet Governance Forum (IGF) 2016, Guadalajara",
    ],
)
def test_a_name_before_an_acronym_that_is_no_submitter_names_no_one(line: str) -> None:
    assert from_line(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # A web page's line that says when and by whom it was posted (fixture 703).
        ("Posted on 20 December 2016 by Example Wires Collective", "Example Wires Collective"),
        (
            "Posted on 28 December 2016 by Example Rights Forum | 3 comments",
            "Example Rights Forum",
        ),
        ("Publié le 3 mai 2016 par Collectif Exemple Numérique", "Collectif Exemple Numérique"),
    ],
)
def test_a_posted_by_line_names_the_organisation(line: str, name: str) -> None:
    assert from_line(line) == Submitter(name, line, "title")


@pytest.mark.parametrize(
    "line",
    [
        "Posted on 20 December 2016 by Jane Example",  # a person: the byline's writer
        "Posted in Internet governance",
    ],
)
def test_a_posted_by_line_names_no_person(line: str) -> None:
    found = from_line(line)
    assert found is None or found.name != "Jane Example"


def test_a_posted_by_line_names_no_department_of_the_body() -> None:
    # A unit is a department (fixture 1043): a body's unit posts for the body.
    assert from_line("Posted on 3 January 2017 by EUC Communications Unit") is None


def test_a_regulators_unit_is_an_organisation() -> None:
    assert is_organisation_name("Unidad Reguladora de Servicios Examplares")
    assert is_organisation_name("Unité de régulation des services exemplaires")


@pytest.mark.parametrize(
    "title",
    [
        "Вклад в работу Рабочей группы по расширенному сотрудничеству",
        "مساهمة في أعمال الفريق العامل",
        "关于增强合作工作组指导性问题的意见",
        "关于增强合作工作组对指导性问题的意见",
        "增强合作的意见",
    ],
)
def test_a_title_without_a_name_names_no_one(title: str) -> None:
    assert from_line(title) is None


def test_the_table_reads_names_as_written() -> None:
    assert is_label("Submitted by:")
    assert is_label("ORGANISATION")
    assert not is_label("Subject")
    # A word for the document before the label (fixture 905).
    assert is_label("Contribution submitted by:")
    assert is_label("مساهمة مقدمة من:")
    assert is_label("Вклад представлен:") is is_label("Представлен:")
    assert not is_label("Contribution date")
    # A research group or unit is a body (fixture 910); the meeting's Working Group not.
    assert is_organisation_name("Grupo de Investigación en Derecho y Tecnología (GIDT)")
    assert is_organisation_name("NÚCLEO DE ESTUDIOS EN GOBERNANZA DE INTERNET (NEGI)")
    assert is_organisation_name("Research Group on Law and Technology")
    assert not is_organisation_name("Working Group on Enhanced Cooperation")
    # A Chinese network of bodies (fixture 911), not a network of wires.
    assert is_organisation_name("示例公民数字权利网络")
    assert not is_organisation_name("示例互联网络")
    assert from_fields([("Subject", "x"), ("Date", "y")]) is None
    assert from_fields([("From", "a@b"), ("Country", "X")]) is not None
    assert from_line("Enhanced cooperation matters.") is None


def test_a_person_writing_in_a_personal_capacity_comes_before_the_country() -> None:
    fields = [("Nombre y apellidos", "Ana Ejemplo"), ("País", "Uruguay")]
    assert from_fields(fields) == Submitter("Uruguay", "País", "field")
    personal = [*fields, ("En nombre de", "A título personal (profesora)")]
    assert from_fields(personal) == Submitter("Ana Ejemplo", "Nombre y apellidos", "field")
    # An organisation named by a word for it ("structure", "entité") comes before both.
    named = [("Nom de la structure", "Fédération Exemple"), ("Pays", "France")]
    assert from_fields(named) == Submitter("Fédération Exemple", "Nom de la structure", "field")


def test_arabic_words_for_the_paper_name_no_one() -> None:
    # "Personal notes on ...", "a position paper submitted to ...": what the paper is.
    assert from_line("ملاحظات شخصية حول السؤالين التوجيهيين") is None
    assert from_sentence("ورقة موقف مقدمة إلى الفريق العامل المعني بتعزيز التعاون") is None
    assert from_line("ملاحظات جمعية المثال حول السؤالين") == Submitter(
        "جمعية المثال", "ملاحظات جمعية المثال حول السؤالين", "title"
    )
    # "By (the pen of):" is an author's field; "About the entity" describes it.
    assert from_fields([("بقلم", "د. ليلى مثال")]) == Submitter("د. ليلى مثال", "بقلم", "field")
    fields = [("نبذة عن الجهة", "اتحاد يضم 14 جمعية."), ("اسم الجهة", "اتحاد المثال")]
    assert from_fields(fields) == Submitter("اتحاد المثال", "اسم الجهة", "field")


def test_a_letterhead_without_case_names_its_organisation_on_its_first_line() -> None:
    lines = ["الاتحاد العربي لمزودي خدمات الإنترنت", "ورقة موقف مقدمة إلى الفريق العامل"]
    found = from_letterhead(lines)
    assert found is not None
    assert found.name == lines[0]
    assert from_letterhead(lines[::-1]) is None  # its first line, not any line
    assert from_letterhead(lines[:1]) is None  # a line alone is a title, read as one
    # ... or its second line, under the state's name.
    state = ["المملكة الأردنية الهاشمية", "هيئة تنظيم الاتصالات وتقنية المعلومات", "مساهمة الهيئة"]
    found = from_letterhead(state)
    assert found is not None
    assert found.name == state[1]
    assert from_letterhead(["中华人民共和国", "工业和信息化部"]) is not None


def test_a_covering_sentence_names_its_subject_before_a_clause_about_it() -> None:
    text = (
        "Уважаемые коллеги! Некоммерческое партнёрство «Пример», объединяющее 64 издания, "
        "направляет свои ответы."
    )
    found = from_sentence(text)
    assert found is not None
    assert found.name == "Некоммерческое партнёрство «Пример»"
    english = "The Example Forum, which represents 40 members, is pleased to submit its views."
    assert from_sentence(english) == Submitter(
        "Example Forum", "The Example Forum, which represents 40 members, is pleased to", "sentence"
    )
    # The clause may hold names and commas, the name the full stops of "S.A." (fixture 316).
    spanish = (
        "Ejemplo Comunicaciones S.A., operador de fibra en Chile, Perú y Bolivia, presenta "
        "a continuación sus comentarios."
    )
    found = from_sentence(spanish)
    assert found is not None
    assert found.name == "Ejemplo Comunicaciones S.A."
    # A clause whose name was not found leaves no name: never what its last comma leaves.
    clause = "operador de fibra en Chile, Perú y Bolivia, presenta sus comentarios."
    assert from_sentence(clause) is None


def test_a_chinese_name_before_an_aside_is_a_person_writing_for_themselves() -> None:
    assert from_line("李明（示例大学副教授，以个人身份提交）") == Submitter(
        "李明", "李明（示例大学副教授，以个人身份提交）", "title"
    )
    # An aside that says nothing of a personal capacity names no one; an organisation's
    # name keeps its place in brackets.
    assert from_line("李明（示例大学副教授）") is None
    assert from_line("示例大学（广州）") == Submitter(
        "示例大学（广州）", "示例大学（广州）", "title"
    )


def test_a_company_name_keeps_its_legal_form() -> None:
    found = from_sentence("This is the response of Example Telecommunications plc to the call.")
    assert found is not None
    assert found.name == "Example Telecommunications plc"


def test_the_validator_reads_the_same_table() -> None:
    for text in ("Presentada por: Asociación Ejemplo\n\n" + Q1, "Contribution of X\n\n" + Q1):
        codes = {d.code for d in wgec_parse.validate(wgec_parse.parse(text))}
        assert "missing-submitter" not in codes
    codes = {d.code for d in wgec_parse.validate(wgec_parse.parse("Cover\n\n" + Q1))}
    assert "missing-submitter" in codes


def test_a_document_names_its_submitter_from_the_closing_fields_too() -> None:
    text = (
        "1) What are the high level characteristics of enhanced cooperation?\n\n"
        "Cooperation must be inclusive.\n\n"
        "Представлено: Государственный комитет связи.\n"
        "Страна: Кыргызстан\n"
    )
    doc = wgec_parse.parse(text)
    assert doc.front_matter is None
    assert doc.submitter is not None
    assert doc.submitter.name == "Государственный комитет связи."
    assert (doc.submitter.source, doc.submitter.confidence) == ("Представлено", "field")
    # A labelled field of the front matter comes first; a title comes after the closing.
    front = "Submitted by: Example Council\n\n" + text
    assert wgec_parse.parse(front).submitted_by == "Example Council"
    titled = "Contribution of the Example Council\n\n" + text
    assert wgec_parse.parse(titled).submitted_by == "Государственный комитет связи."


SENDER = Submitter("Amina Diallo <amina@example.org>", "From", "field")


def test_an_organisation_in_the_signature_outranks_an_e_mail_sender() -> None:
    closing = ["Amina Diallo", "Executive Director, Example Digital Rights Forum", "Dakar"]
    found = prefer(SENDER, [], closing)
    # The signer's title before the organisation is left out of the name.
    assert found == Submitter(
        "Example Digital Rights Forum",
        "Executive Director, Example Digital Rights Forum",
        "title",
    )
    # Without an organisation in the signature, the sender stays; a labelled field
    # ("Submitted by") is never replaced by the signature.
    assert prefer(SENDER, [], ["Amina Diallo", "Dakar, Senegal"]) == SENDER
    labelled = Submitter("Example Council", "Submitted by", "field")
    assert prefer(labelled, [], closing) == labelled
    # Where nothing else names the submitter, the signature's organisation does.
    assert prefer(None, ["Example Forum"], closing) == found
    assert prefer(None, [], ["Amina Diallo", "Dakar, Senegal"]) is None


def test_a_sign_off_for_a_body_names_no_one_the_signature_does() -> None:
    closing = ["Pour le Collectif,", "Nadia Exemple", "Coordonnatrice", "Collectif Exemple Libre"]
    found = prefer(SENDER, [], closing)
    assert found == Submitter("Collectif Exemple Libre", "Collectif Exemple Libre", "title")
    # "For the Secretariat:" alone names no one either.
    assert prefer(None, [], ["For the Secretariat:", "Dr. Ada Example"]) is None


def test_a_covering_sentence_outranks_a_department_in_the_signature() -> None:
    sentences = ["Please find below the input of the Government of Exampla, prepared by us."]
    closing = ["Ada Example", "ICT Policy Analyst, Department of Digital Affairs"]
    found = prefer(SENDER, [], closing, sentences)
    assert found is not None
    assert found.name == "Government of Exampla"
    # Without the sentence, the department is the best the text offers.
    alone = prefer(SENDER, [], closing)
    assert alone is not None
    assert alone.name.endswith("Department of Digital Affairs")


def test_a_memo_sender_s_title_before_an_acronym_is_left_out() -> None:
    found = from_fields([("From", "Chief Executive, NUCRC")])
    assert found == Submitter("NUCRC", "From", "field")
    cover = ["NAURU UTILITIES AND COMMUNICATIONS REGULATORY COMMISSION"]
    spelled = prefer(found, cover, [])
    assert spelled is not None
    assert spelled.name.casefold() == cover[0].casefold()
    # A title before a person's name stays: no acronym, no organisation after it.
    assert from_fields([("From", "Director, Ada Example")]) == Submitter(
        "Director, Ada Example", "From", "field"
    )


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "Comments on the WGEC-2 guiding questions by Ada Example, independent consultant",
            "Ada Example",
        ),
        ("Input to WGEC-2 by Ada Example (personal capacity)", "Ada Example"),
        # A byline needs a capitalised name: "by the members" names no one.
        ("Comments on the questions by the members of our network", None),
        ("Recommendations drafted by a working party, 2016", None),
    ],
)
def test_a_title_s_byline_names_its_writer(title: str, name: str | None) -> None:
    found = from_line(title)
    assert (found.name if found is not None else None) == name
    if found is not None:
        assert found.confidence == "title"


def test_a_sender_that_is_an_organisation_stays() -> None:
    sender = Submitter("Example Digital Rights Association", "From", "field")
    assert prefer(sender, [], ["President of the Association", "Nouakchott"]) == sender


def test_a_closing_that_says_on_whose_behalf_outranks_an_e_mail_sender() -> None:
    text = (
        "FROM: Prof. Ada Example\n\n" + Q1 + "\n\nIt is open.\n\n"
        "Submitted on behalf of the Example Scholars Federation (ESF)\n"
        "by Prof. Ada Example, Chair\n"
    )
    document = wgec_parse.parse(text)
    assert document.submitted_by == "the Example Scholars Federation (ESF)"
    assert prefer(SENDER, [], ["Submitted on behalf of the Example Scholars Federation"]) == (
        Submitter(
            "the Example Scholars Federation",
            "Submitted on behalf of the Example Scholars Federation",
            "field",
        )
    )


@pytest.mark.parametrize(
    ("cover", "name"),
    [
        # The spelled-out name keeps its acronym, in brackets after it, however the line
        # writes the two.
        (
            "ALIC - Asociación Latinoamericana de Internet Comunitaria",
            "Asociación Latinoamericana de Internet Comunitaria (ALIC)",
        ),
        (
            "Asociación Latinoamericana de Internet Comunitaria (ALIC)",
            "Asociación Latinoamericana de Internet Comunitaria (ALIC)",
        ),
    ],
)
def test_an_acronym_gives_way_to_its_spelled_out_name(cover: str, name: str) -> None:
    found = Submitter("ALIC, red regional de redes comunitarias", "Presentado por", "field")
    assert prefer(found, ["Contribución de la ALIC", cover], []) == Submitter(
        name, "Presentado por", "field"
    )


def test_an_acronym_whose_initials_do_not_match_stays() -> None:
    found = Submitter("ALIC, red regional", "Presentado por", "field")
    assert prefer(found, ["ALIC - Red de Redes Comunitarias"], []) == found


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Submitted by the Permanent Mission of Examplestan.",
            "the Permanent Mission of Examplestan",
        ),
        ("Contribution of the Example Council", None),
        ("Example Rights Association", None),
        ("The Forum believes that enhanced cooperation is a process.", None),
    ],
)
def test_labelled_reads_only_a_label_running_on_into_the_name(line: str, name: str | None) -> None:
    found = labelled(line)
    assert (found.name if found is not None else None) == name
    read = from_line(line)
    # from_line reads the same label with confidence "field", and titles besides.
    assert (read is not None and read.confidence == "field") == (found is not None)
    if found is not None:
        assert read == found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "We have the honour to send the contribution of the Government of the Republic "
            "of Examplia to the Working Group.",
            "Government of the Republic of Examplia",
        ),
        (
            "Please find below the views of Example Rights Watch (ERW).",
            "Example Rights Watch (ERW)",
        ),
        (
            "Nous vous transmettons les observations de la Fédération des opérateurs "
            "d'Examplie sur les questions.",
            "Fédération des opérateurs d'Examplie",
        ),
        (
            "Objet : Contribution de l'Observatoire Exemple aux travaux du GTCR",
            "Observatoire Exemple",
        ),
        (
            "Remitimos las respuestas del Gobierno de la República de Ejemplia sobre las "
            "preguntas.",
            "Gobierno de la República de Ejemplia",
        ),
        ("Aportes de la Red Ejemplo al Grupo de Trabajo", "Red Ejemplo"),
        (
            "Направляем предложения Ассоциации операторов связи Примерии на вопросы.",
            "Ассоциации операторов связи Примерии",
        ),
        ("يسر مركز المثال للدراسات أن يقدم مساهمته.", "مركز المثال للدراسات"),
        ("مساهمة جمعية المثال في أعمال الفريق العامل", "جمعية المثال"),
        # A preposition before a state's name goes on with the name.
        (
            "مساهمة هيئة المثال في جمهورية المثال في أعمال الفريق العامل",
            "هيئة المثال في جمهورية المثال",
        ),
        (
            "Aportes de la Autoridad Ejemplo en la República de Ejemplia al Grupo de Trabajo",
            "Autoridad Ejemplo en la República de Ejemplia",
        ),
        ("On behalf of the Example Users Council, we send our answers.", "Example Users Council"),
        ("En nombre del Colectivo Ejemplo, les hacemos llegar", "Colectivo Ejemplo"),
        (
            "Au nom de la Ligue des usagers d'Examplie, nous répondons",
            "Ligue des usagers d'Examplie",
        ),
        ("باسم جمعية المثال للإنترنت، نقدم هذه المساهمة.", "جمعية المثال للإنترنت"),
    ],
)
def test_a_sentence_names_the_submitter_least_surely(sentence: str, name: str) -> None:
    found = from_sentence(sentence)
    assert found is not None
    assert (found.name, found.confidence) == (name, "sentence")
    assert found.source.endswith(name)
    assert " ".join(sentence.split()).find(found.source) > 0 or sentence.startswith(found.source)


@pytest.mark.parametrize(
    "sentence",
    [
        "The views of the Working Group on Enhanced Cooperation differ.",  # the meeting
        "We welcome the contribution of the private sector to development.",  # no name
        "Ответы на вопросы Рабочей группы прилагаются.",  # no name before the preposition
        "مساهمة المركز في أعمال الفريق العامل",  # "the Centre": a word that refers back
        "Our comments follow.",
        # A verb's second clause, whose subject opened the first (fixture 690's set).
        "Ассоциация объединяет 14 операторов и представляет техническое сообщество.",
        # A headline whose second word is a verb, after a breadcrumb's "contributions".
        "الرئيسية » الأخبار » مساهمات الاتحاد يشارك في مشاورات الأمم المتحدة",
        # "We" with no body opening the sentence before it.
        "Our members met in June. Last week we sent the text below.",
    ],
)
def test_a_sentence_without_a_name_names_no_one(sentence: str) -> None:
    assert from_sentence(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "L'Association exemplaire pour l'internet citoyen (AEIC) souhaite répondre aux "
            "deux questions.",
            "Association exemplaire pour l'internet citoyen (AEIC)",
        ),
        ("The Example Users Forum wishes to respond to both questions.", "Example Users Forum"),
        ("La Red Ejemplo desea responder a las dos preguntas.", "Red Ejemplo"),
    ],
)
def test_a_body_that_wishes_to_answer_names_itself(sentence: str, name: str) -> None:
    found = from_sentence(sentence)
    assert found is not None
    assert (found.name, found.confidence) == (name, "sentence")


def test_a_covering_letter_names_the_submitter_when_nothing_else_does() -> None:
    letter = (
        "Excellency,\n\nI have the honour to transmit the comments of the\n"
        "Government of Examplia on the guiding questions.\n\n"
    )
    doc = wgec_parse.parse(letter + Q1)
    assert doc.submitter == Submitter(
        "Government of Examplia", "comments of the Government of Examplia", "sentence"
    )
    codes = {d.code for d in wgec_parse.validate(doc)}
    assert "missing-submitter" not in codes


def test_a_sentence_spans_the_paragraphs_of_double_spaced_text() -> None:
    letter = "J'ai l'honneur de transmettre les réponses du\n\nGouvernement de l'Examplie aux\n\n"
    assert wgec_parse.parse(letter + "questions.\n\n" + Q1).submitted_by == (
        "Gouvernement de l'Examplie"
    )


def test_a_salutation_with_a_colon_does_not_hide_the_letter() -> None:
    letter = (
        "Señor Presidente:\nTengo el honor de remitir los comentarios del Gobierno de "
        "Ejemplia sobre las preguntas.\n\n"
    )
    assert wgec_parse.parse(letter + Q1).submitted_by == "Gobierno de Ejemplia"


def test_a_title_beats_a_sentence() -> None:
    cover = (
        "Contribution of the Example Council\n\n"
        "We send the views of the Government of Examplia on the questions.\n\n"
    )
    submitter = wgec_parse.parse(cover + Q1).submitter
    assert submitter is not None
    assert (submitter.name, submitter.confidence) == ("Example Council", "title")


def test_a_subject_line_outranks_an_e_mail_sender_who_is_a_person() -> None:
    memo = (
        "From: Jane Doe <jane@example.org>\nTo: WGEC Secretariat\n"
        "Subject: Contribution of the Example Rights Forum to WGEC-2\n\n"
        "Dear colleagues, please find our answers below.\n\n"
    )
    submitter = wgec_parse.parse(memo + Q1).submitter
    assert submitter is not None
    assert (submitter.name, submitter.confidence) == ("Example Rights Forum", "sentence")
    assert submitter.source == "Contribution of the Example Rights Forum"


def test_a_sender_in_another_grammatical_case_is_still_an_organisation() -> None:
    memo = "От: Министерства связи Примерии\nТема: Позиция Республики Примерия по вопросам\n\n"
    assert wgec_parse.parse(memo + Q1).submitted_by == "Министерства связи Примерии"


def test_an_entity_field_outranks_a_country() -> None:
    form = "البلد: مثالستان\nالجهة: اتحاد المثال للإنترنت\n"
    assert wgec_parse.parse(form + "\n" + Q1).submitted_by == "اتحاد المثال للإنترنت"


def test_batch_reads_the_submitter_of_the_whole_document() -> None:
    text = Q1 + "\nBest regards,\nSubmitted by: Example Council\n"
    doc = wgec_parse.parse(text)
    assert doc.front_matter is None
    assert document_info(doc, ()).submitter == "Example Council"


def test_the_covering_letter_fixture_names_its_government() -> None:
    path = STYLES / "93_covering_letter_names_the_submitter.txt"
    submitter = wgec_parse.parse(path.read_text("utf-8")).submitter
    assert submitter == Submitter(
        "Gouvernement de la République d'Examplie",
        "réponses du Gouvernement de la République d'Examplie",
        "sentence",
    )


def test_an_organisation_in_the_signature_names_the_submitter_when_nothing_else_does() -> None:
    text = Q1 + "\nYours sincerely,\n\nJane Example\nPolicy Officer\nExample Library Trust\n"
    submitter = wgec_parse.parse(text).submitter
    assert submitter == Submitter("Example Library Trust", "Example Library Trust", "title")


def test_a_person_sender_gives_way_to_an_initiative_in_the_signature() -> None:
    memo = "From: Jane Example\nDate: 8 December 2016\n\n"
    text = memo + Q1 + "\nJane Example\nChair of the Board\nBaltic Example Initiative, Riga\n"
    assert wgec_parse.parse(text).submitted_by == "Baltic Example Initiative, Riga"


def test_a_letterhead_line_in_capitals_names_the_submitter_when_nothing_else_does() -> None:
    cover = (
        "                    REPUBLIC OF EXAMPLAND\n\n"
        "      MINISTRY OF DIGITAL AFFAIRS AND TELECOMMUNICATIONS\n\n"
        "                  Private Bag 12, Capital City\n\n"
        "Ref: MDAT/16/4                                  Date: 14 December 2016\n\n\n"
    )
    text = cover + Q1.replace("\n", "\n\n")
    submitter = wgec_parse.parse(text).submitter
    assert submitter is not None
    assert submitter.name == "MINISTRY OF DIGITAL AFFAIRS AND TELECOMMUNICATIONS"
    assert submitter.confidence == "title"


@pytest.mark.parametrize(
    ("cover", "name"),
    [
        (
            "PERMANENT MISSION OF EXAMPLAND\n"
            "Rue de Lausanne 1, 1201 Geneva. Tel. +41 22 000 00 00.\n\n"
            "Please find attached the views of the Government of Exampland on the questions.\n\n",
            "Government of Exampland",
        ),
        # A letterhead's title run together from three lines gives way to a sentence
        # that names the same body (three words in a row in common).
        (
            "                    REPUBLIC OF EXAMPLAND\n"
            "      NATIONAL AGENCY FOR DIGITAL AFFAIRS\n"
            "          Department of International Relations\n\n"
            "Dear Chair,\n\n"
            "The National Agency for Digital Affairs of the Republic of Exampland submits its "
            "answers to the questions of the Working Group.\n\n",
            "National Agency for Digital Affairs of the Republic of Exampland",
        ),
    ],
)
def test_a_covering_sentence_outranks_a_letterhead_in_capitals(cover: str, name: str) -> None:
    submitter = wgec_parse.parse(cover + Q1).submitter
    assert submitter is not None
    assert submitter.name == name
    assert submitter.confidence == "sentence"


def test_a_mail_clients_organisation_header_yields_to_whom_the_writer_writes_for() -> None:
    found = Submitter("Universidad Ejemplo", "Organización", "field")
    sender = [("De", "Ana Ejemplo <ana@example.edu>"), ("Organización", "Universidad Ejemplo")]
    sentences = ["Les envío, en nombre del Laboratorio de Redes Ejemplo, nuestro aporte."]
    assert behind_mailbox_organisation(found, sender, sentences) == Submitter(
        "Laboratorio de Redes Ejemplo", "en nombre del", "sentence"
    )
    # A form's organisation field, with no sender beside it, is the submitter's.
    assert behind_mailbox_organisation(found, sender[1:], sentences) is None
    # ... and so is the header where no sentence says on whose behalf.
    assert behind_mailbox_organisation(found, sender, ["Les envío mi aporte."]) is None


def test_a_name_the_text_follows_with_its_acronym_keeps_the_acronym() -> None:
    found = Submitter("Pacific Digital Council", "Organization", "field")
    cover = ["On behalf of the Pacific Digital Council (PDC), I transmit our views."]
    assert prefer(found, cover, []) == Submitter(
        "Pacific Digital Council (PDC)", "Organization", "field"
    )
    # Brackets that are not its acronym are left alone.
    other = ["On behalf of the Pacific Digital Council (Suva), I transmit our views."]
    assert prefer(found, other, []) == found


def test_an_acronym_alone_is_spelled_out_where_a_sentence_spells_it() -> None:
    found = Submitter("CEED", "Aporte de la CEED", "sentence")
    cover = ["Inicio | Documentos | Cámara Ecuatoriana de Economía Digital (CEED) – Quito"]
    assert prefer(found, cover, []) == Submitter(
        "Cámara Ecuatoriana de Economía Digital (CEED)", "Aporte de la CEED", "sentence"
    )
    assert prefer(found, ["La CEED (Quito) presenta su aporte."], []) == found


@pytest.mark.parametrize(
    ("words", "acronym", "spelled"),
    [
        ("Women in Digital Pacific Network", "WIDPN", True),  # a small word's letter
        # "sur", "la" and "de l'" left out (fixture 435); "sobre" and "la".
        ("Groupe de recherche sur la gouvernance de l'internet", "GRGI", True),
        ("Grupo de estudios sobre la red", "GER", True),
        ("Association lorraine des usagers de l'Internet", "ALUI", True),  # l'Internet
        ("Дальневосточный центр исследований интернета", "ДВЦИИ", True),  # two letters
        ("Instituto Norteño de las Telecomunicaciones", "INOTEL", True),
        ("Pacific Digital Council", "PDC", True),
        ("Laboratoire d'études du numérique et de la société", "LENS", True),  # accents aside
        ("Écoles réunies", "ER", True),
        ("Women in Digital", "WIDPN", False),  # letters left over
        ("the Working Group", "WGEC", False),
        ("Digital Pacific Network", "PDN", False),  # out of order
    ],
)
def test_words_spell_an_acronym_out(words: str, acronym: str, spelled: bool) -> None:
    assert spells(words.split(), acronym) is spelled


@pytest.mark.parametrize(
    ("label", "names"),
    [
        ("Organisation name", True),
        ("Organización remitente", True),
        ("اسم الجهة المقدِّمة", True),
        ("报送单位", True),
        ("Type of organisation", False),
        ("Organisation type", False),
        ("Organisation e-mail", False),
        ("Name of the organisation's contact person for this form", False),  # too long
        # Small words are not counted (forms 41); a label that asks names no one.
        ("Nombre de la organización o persona", True),
        ("Nom de l'organisation ou de la personne", True),
        ("Is your organisation accredited?", False),
    ],
)
def test_a_short_label_that_speaks_of_the_organisation_names_it(label: str, names: bool) -> None:
    found = from_fields([("Country", "Examplia"), (label, "Example Forum")])
    assert found is not None
    assert found.name == ("Example Forum" if names else "Examplia")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Сибирский центр исследований Интернета", True),  # the noun in lower case
        ("Автономная некоммерческая организация «Пример»", True),
        ("Наш центр считает", False),  # no adjective before the noun
        ("Новый подход центр", False),  # a noun before it
    ],
)
def test_a_russian_name_capitalises_its_first_word_only(line: str, names: bool) -> None:
    assert (from_line(line) is not None) is names


def test_a_sender_s_address_is_no_part_of_the_name() -> None:
    fields = [("From", "Association lorraine des usagers de l'Internet <contact@alui.example>")]
    found = from_fields(fields)
    assert found is not None
    assert found.name == "Association lorraine des usagers de l'Internet"
    quoted = from_fields([("De", '"Fédération Exemple" <info@fe.example>')])
    assert quoted is not None
    assert quoted.name == "Fédération Exemple"
    alone = from_fields([("From", "<info@fe.example>")])
    assert alone is not None
    assert alone.name == "<info@fe.example>"


def test_what_replaces_a_person_sender_keeps_or_spells_out_its_acronym() -> None:
    sender = Submitter("Anne Exemple", "De", "field")
    # The subject names an acronym that the covering sentence spells out.
    subject = "Contribution ALUI – consultation"
    cover = "Au nom de l'Association lorraine des usagers de l'Internet (ALUI), je transmets ..."
    found = prefer(sender, [cover], [], [subject, cover])
    assert found is not None
    assert found.name == ("Association lorraine des usagers de l'Internet (ALUI)")
    # The signature names the organisation, which the cover follows with its acronym.
    signed = prefer(
        sender, [cover], ["Anne Exemple", "Association lorraine des usagers de l'Internet"]
    )
    assert signed is not None
    assert signed.name == "Association lorraine des usagers de l'Internet (ALUI)"


def test_an_acronym_alone_is_spelled_out_by_a_line_of_the_signature() -> None:
    found = Submitter("ДВЦИИ", "Тема", "sentence")
    closing = ["С уважением,", "И. С. Пример", "Дальневосточный центр исследований интернета"]
    assert prefer(found, [], closing) == Submitter(
        "Дальневосточный центр исследований интернета", "Тема", "sentence"
    )
    assert prefer(found, [], ["С уважением,", "Центр исследований"]) == found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("2016年12月，华南数字治理研究院向委员会秘书处提交了书面意见。", "华南数字治理研究院"),
        ("政策建议 华南数字治理研究院就加强合作问题提交书面意见", "华南数字治理研究院"),
    ],
)
def test_a_chinese_sentence_names_the_organisation_that_submits(sentence: str, name: str) -> None:
    found = from_sentence(sentence)
    assert found is not None
    assert (found.name, found.confidence) == (name, "sentence")


def test_a_running_header_names_the_submitter_when_nothing_else_does() -> None:
    # The letterhead is printed again at the head of the second page: a running
    # header, read as noise wherever it stands; the cover names no one else.
    text = (
        "                      华南数字治理研究院 \n"
        "                关于加强合作问题的意见 \n\n"
        "问题一：加强合作的高层次特征是什么？ \n"
        "    各国政府平等参与。 \n"
        "                                                         第 1 页 共 2 页 \n"
        "\f                      华南数字治理研究院 \n"
        "问题二：我们应当考虑提出哪些建议？ \n"
        "    定期报告。 \n"
        "                                                         第 2 页 共 2 页 \n"
    )
    document = wgec_parse.parse(text)
    assert type(document.front_matter.blocks[0]) is Noise
    submitter = document.submitter
    assert submitter is not None
    assert (submitter.name, submitter.confidence) == ("华南数字治理研究院", "title")


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Executive Director, Example Rights Forum", "Example Rights Forum"),
        (
            "Head of Unit, Policy Department, Example Ministry",
            "Policy Department, Example Ministry",
        ),
        ("Example Rights Forum, Geneva", "Example Rights Forum, Geneva"),
        ("Jane Doe, Senior Adviser", "Jane Doe, Senior Adviser"),
        (  # a place's name before the organisation is no title
            "University of Northbridge, Institute for Internet Studies",
            "University of Northbridge, Institute for Internet Studies",
        ),
    ],
)
def test_a_signers_title_before_the_organisation_is_left_out(value: str, name: str) -> None:
    found = from_fields([("Submitted by", value)])
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Ministry of Transport of the Republic of Examplia is pleased to submit its views.",
            "Ministry of Transport of the Republic of Examplia",
        ),
        (
            "Madame, Monsieur, Le Réseau exemple des usagers (REU) a l'honneur de vous faire "
            "parvenir sa contribution.",
            "Réseau exemple des usagers (REU)",
        ),
        (
            "La Autoridad Nacional de Ejemplo (ANE) tiene el honor de presentar sus respuestas.",
            "Autoridad Nacional de Ejemplo (ANE)",
        ),
        (
            "La Cámara Ejemplo de Software tiene el placer de enviar sus respuestas.",
            "Cámara Ejemplo de Software",
        ),
        (
            "The Example Research Network has the pleasure to submit its answers.",
            "Example Research Network",
        ),
        # A government's secretariat of state is not the meeting's secretariat.
        (
            "The State Secretariat for Digital Affairs of Examplia presents its compliments "
            "to the Secretariat of the CSTD.",
            "State Secretariat for Digital Affairs of Examplia",
        ),
        # A regulator's commission is no body of the meeting; the CSTD is.
        (
            "Please find below the input of the Examplia Communications Commission.",
            "Examplia Communications Commission",
        ),
        (
            "Уважаемый господин Председатель! Государственное агентство связи Республики "
            "Примерия направляет ответы на вопросы Рабочей группы.",
            "Государственное агентство связи Республики Примерия",
        ),
        (
            "The National Agency for Digital Affairs submits its answers below.",
            "National Agency for Digital Affairs",
        ),
        ("Thank you. We are pleased to submit our answers.", None),  # a pronoun is no name
        ("The Commission on Science and Technology for Development is pleased to ...", None),
        # An article after "de" or "of" goes on with the name.
        ("Le Ministère de El Salvador transmet ses réponses.", "Ministère de El Salvador"),
        ("El Instituto de El Salvador presenta sus respuestas.", "Instituto de El Salvador"),
        # A letterhead in capitals run together with the sentence.
        (
            "MINISTERIO DE EJEMPLIA La Agencia Digital de Ejemplia presenta sus respuestas.",
            "Agencia Digital de Ejemplia",
        ),
        # ... not a capitalised word that is no article.
        ("ACME Fundación Los Andes presenta sus respuestas.", "ACME Fundación Los Andes"),
        ("Example Networks Ltd responded to the call for inputs.", "Example Networks Ltd"),
        ("Example Networks Ltd responded to the argument.", None),
        (
            "Направляем вклад Ассоциации «Сеть для всех» (г. Омск) в РГРС.",
            "Ассоциации «Сеть для всех»",
        ),
        ("Направляем вклад Ассоциации связи (АСВ) в РГРС.", "Ассоциации связи (АСВ)"),
        ("قدمت جمعية الإنترنت في لبنان مساهمتها.", "جمعية الإنترنت في لبنان"),
        ("4 تعليقات قدمت جمعية المثال الرقمية مساهمتها.", "جمعية المثال الرقمية"),
        # A subject that thanks first (fixture 412).
        (
            "El Ministerio de Transportes y Telecomunicaciones de la República de Examplia"
            " agradece la invitación y presenta sus respuestas.",
            "Ministerio de Transportes y Telecomunicaciones de la República de Examplia",
        ),
        (
            "L'Autorité de régulation d'Exemplia remercie le secrétariat de son invitation.",
            "Autorité de régulation d'Exemplia",
        ),
        ("Министерство связи Примерии благодарит секретариат.", "Министерство связи Примерии"),
        ("Many thanks to the Chair for the invitation.", None),
        # A web page run together: an organisation's capitalised name after "the" in lower
        # case, right before the verb (fixture 453); not a name that is no organisation's.
        (
            "Home | News Posted on 31 December 2016 by Kate Example Today the Example"
            " Commons Trust sent its contribution to the Group.",
            "Example Commons Trust",
        ),
        ("Home | News Posted by Kate Example Today the Group sent its views.", None),
        # ... or a Russian name in lower case that spells the acronym after it (454).
        (
            "Главная | Новости 29.12.2016 Примерная ассоциация интернет-провайдеров Сибири"
            " (ПАИС) направила в секретариат ответы.",
            "Примерная ассоциация интернет-провайдеров Сибири (ПАИС)",
        ),
        # A ministry's name lists its portfolio with elided articles (fixture 442) ...
        (
            "Le Ministère de la Communication, des Technologies de l'information et des"
            " Médias a l'honneur de transmettre ses réponses.",
            "Ministère de la Communication, des Technologies de l'information et des Médias",
        ),
        (
            "Le Ministère des Postes, des Télécommunications et de l'Économie numérique"
            " a l'honneur de transmettre ses réponses.",
            "Ministère des Postes, des Télécommunications et de l'Économie numérique",
        ),
        # ... and a capitalised article inside what runs before the verb starts it.
        (
            "Cabinet du Ministre Le Ministère des Postes a l'honneur de transmettre ses réponses.",
            "Ministère des Postes",
        ),
        ("Cabinet du Ministre transmet ses réponses.", "Cabinet du Ministre"),
        # Lines run together before the sentence: the capitalised words before the verb,
        # when the acronym in brackets follows them (fixture 410); without it, no name.
        (
            "Home | About us | Programmes | Blog Our input to the Working Group Posted on 3"
            " January 2017 by the editors · 4 comments Example Commons Network (ECN) sent the"
            " following input.",
            "Example Commons Network (ECN)",
        ),
        (
            "Home | About us | Programmes | Blog Our input to the Working Group Posted on 3"
            " January 2017 by the editors · 4 comments Example Commons Network sent the"
            " following input.",
            None,
        ),
        # The subject ends before the body it speaks through (fixture 609), and "présente
        # la" presents (fixture 606).
        (
            "The Government of the Republic of Example through the Ministry of Posts presents"
            " the following answers.",
            "Government of the Republic of Example",
        ),
        (
            "El Gobierno de la República de Ejemplo, a través del Ministerio de Ciencia, presenta"
            " sus respuestas.",
            "Gobierno de la República de Ejemplo",
        ),
        (
            "Le Ministère de l'Économie numérique présente la contribution ci-après.",
            "Ministère de l'Économie numérique",
        ),
    ],
)
def test_a_covering_sentence_names_its_subject(sentence: str, name: str | None) -> None:
    found = from_sentence(sentence)
    assert (found.name if found is not None else None) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "EXAMPLE CENTRE FOR INTERNET POLICY Old College, Exampleton",
            "EXAMPLE CENTRE FOR INTERNET POLICY",
        ),
        ("МИНИСТЕРСТВО СВЯЗИ ПРИМЕРИИ 720000, г. Примерск", "МИНИСТЕРСТВО СВЯЗИ ПРИМЕРИИ"),
        ("RESPONSE TO THE GUIDING QUESTIONS Submitted in December", None),  # no organisation
        ("EXAMPLE CENTRE FOR INTERNET POLICY", None),  # all in capitals: a title line
        ("EXAMPLE Centre for Internet Policy", None),  # one word in capitals
    ],
)
def test_words_in_capitals_opening_a_cover_name_its_letterhead(text: str, name: str | None) -> None:
    found = from_capitals_at_start(text)
    assert (found.name if found is not None else None) == name


def test_a_signers_title_alone_yields_to_the_organisation_after_it() -> None:
    answer = "1. What are the high level characteristics of enhanced cooperation?\n\nOpen.\n\n"
    signed = answer + "وتفضلوا بقبول خالص التحية،\n\nنورة\nرئيسة مجلس الإدارة\nالجمعية القطرية\n"
    submitter = wgec_parse.parse(signed).submitter
    assert submitter is not None
    assert submitter.name == "الجمعية القطرية"
    # With no organisation after it, the title still names the signer's body.
    alone = answer + "Best regards,\n\nJane Doe\nDirector of the Example Council\n"
    submitter = wgec_parse.parse(alone).submitter
    assert submitter is not None
    assert submitter.name == "Director of the Example Council"


@pytest.mark.parametrize(
    ("title", "name", "same"),
    [
        (
            "ESTADO PLURINACIONAL DE EJEMPLO MINISTERIO DE OBRAS PÚBLICAS",
            "Viceministerio de Telecomunicaciones del Estado Plurinacional de Ejemplo",
            True,
        ),
        ("NATIONAL AGENCY FOR DIGITAL AFFAIRS", "National Agency for Digital Affairs", True),
        # Two words in common are not a body's name.
        ("MINISTRY OF FOREIGN AFFAIRS", "Ministry of Digital Affairs", False),
        ("REPUBLIC OF EXAMPLAND", "Examplia Internet Society", False),
    ],
)
def test_names_the_same_body(title: str, name: str, same: bool) -> None:
    letterhead = Submitter(title, title, "title")
    sentence = Submitter(name, f"{name} submits", "sentence")
    assert names_the_same(letterhead, sentence) is same
    # A title line read again as a sentence is one source, not two.
    assert not names_the_same(letterhead, Submitter(name, title, "sentence"))


def test_a_company_letterhead_with_its_legal_form_names_the_submitter() -> None:
    path = Path(__file__).parent.parent / "fixtures/styles/187_company_letterhead_legal_form.txt"
    submitter = wgec_parse.parse(path.read_text(encoding="utf-8")).submitter
    assert submitter == Submitter(
        "EXAMPLE FIBRE NETWORKS PLC", "EXAMPLE FIBRE NETWORKS PLC", "title"
    )


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Acme Data Ltd.", "Acme Data Ltd."),  # the legal form's full stop is the name's
        ("Example Cloud Company Inc.", "Example Cloud Company Inc."),
        # In capitals too, and the Spanish forms (fixture 316).
        ("EJEMPLO COMUNICACIONES S.A.", "EJEMPLO COMUNICACIONES S.A."),
        ("Ejemplo Datos S.R.L.", "Ejemplo Datos S.R.L."),
        ("Компания Пример-Телеком", "Компания Пример-Телеком"),
    ],
)
def test_a_company_name_is_read_with_its_legal_form(line: str, name: str) -> None:
    found = from_line(line)
    assert found is not None
    assert found.name == name


def test_a_sentence_that_mentions_a_company_names_no_submitter() -> None:
    assert from_line("We met the Company.") is None


def test_a_signature_names_the_body_after_its_department_with_the_acronym_of_the_letter() -> None:
    path = STYLES / "188_signature_department_over_its_body.txt"
    submitter = wgec_parse.parse(path.read_text(encoding="utf-8")).submitter
    assert submitter == Submitter(
        "Example Technology Authority (ETA) of Exampland",
        "Example Technology Authority of Exampland",
        "title",
    )


def test_a_department_alone_in_a_signature_still_names_the_submitter() -> None:
    text = Q1 + "\nRegards,\nJane Example\nDirector, Policy and Planning Department\n"
    assert wgec_parse.parse(text).submitted_by == "Policy and Planning Department"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Permanent Mission of Exampland presents its compliments to the secretariat "
            "and has the honour to transmit the answers of Exampland.",
            "Permanent Mission of Exampland",
        ),
        (
            "La Misión Permanente de Ejemplo saluda atentamente a la Secretaría y tiene el "
            "honor de remitir sus respuestas.",
            "Misión Permanente de Ejemplo",
        ),
        (
            "Постоянное представительство Республики Пример свидетельствует свое уважение "
            "Секретариату.",
            "Постоянное представительство Республики Пример",
        ),
        # Lines run together without a stop: the sentence starts at its article.
        (
            "Capital City, 27 December 2016 The Government of Exampland presents its "
            "compliments to the secretariat.",
            "Government of Exampland",
        ),
        # The mission's name goes on with what it is accredited to (fixture 621).
        (
            "The Delegation of Exampland to the United Nations Office and other "
            "international organizations in Geneva presents its compliments.",
            "Delegation of Exampland to the United Nations Office and other international"
            " organizations in Geneva",
        ),
        # A letterhead in capitals run together with the note: the sentence starts at
        # its article.
        (
            "DELEGATION OF EXAMPLAND TO THE UNITED NATIONS OFFICE AND OTHER INTERNATIONAL "
            "ORGANIZATIONS IN GENEVA REF/2016/44 The Delegation of Exampland presents its "
            "compliments to the secretariat and transmits the views of the Government.",
            "Delegation of Exampland",
        ),
    ],
)
def test_a_diplomatic_notes_opening_names_its_sender(sentence: str, name: str) -> None:
    found = from_sentence(sentence)
    assert found is not None
    assert (found.name, found.confidence) == (name, "sentence")


def test_a_french_note_verbale_names_the_mission_that_sends_it() -> None:
    path = STYLES / "189_diplomatic_note_opening_names_the_sender.txt"
    found = wgec_parse.parse(path.read_text(encoding="utf-8")).submitter
    assert found is not None
    assert found.name == "Mission permanente de la République d'Exemple"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "Contribution of the Example Forum to the CSTD Working Group on Enhanced Cooperation",
            "Example Forum",
        ),
        ("Contribución del Instituto Ejemplo al Grupo de Trabajo", "Instituto Ejemplo"),
        ("Aportes de la Secretaría Nacional de Ejemplo", "Secretaría Nacional de Ejemplo"),
        ("Réponses de la Fédération Exemple aux questions du Groupe", "Fédération Exemple"),
        # A place in the name is no addressee.
        (
            "Contribution du Collectif pour un Numérique Solidaire au Sahel (CNSS)",
            "Collectif pour un Numérique Solidaire au Sahel (CNSS)",
        ),
    ],
)
def test_a_title_names_the_submitter_up_to_what_it_is_addressed_to(title: str, name: str) -> None:
    found = from_line(title)
    assert found is not None
    assert (found.name, found.confidence) == (name, "title")


def test_an_author_field_names_the_submitter_before_a_cover_line() -> None:
    found = _submitter_of("200_author_field_names_the_submitter")
    assert found == Submitter(
        "Example Centre for Technology Law, University of Exampleton", "Author", "field"
    )


def test_a_russian_state_service_in_a_letterhead_names_the_submitter() -> None:
    found = from_line("ГОСУДАРСТВЕННАЯ СЛУЖБА СВЯЗИ ПРИМЕРИИ")
    assert found == Submitter(
        "ГОСУДАРСТВЕННАЯ СЛУЖБА СВЯЗИ ПРИМЕРИИ", "ГОСУДАРСТВЕННАЯ СЛУЖБА СВЯЗИ ПРИМЕРИИ", "title"
    )
    assert from_line("Начальник Государственной службы") is None  # a signer's title


@pytest.mark.parametrize(
    ("front", "name"),
    [
        (
            "REPUBLIC OF EXAMPLIA\nMinistry of Digital Affairs\n\n"
            "Contribution of the Government of Examplia to the Working Group\n\n",
            "Government of Examplia",
        ),
        (
            "RÉPUBLIQUE D'EXAMPLIE\nMinistère du Numérique\n\n"
            "Contribution du Gouvernement de l'Examplie aux travaux du Groupe de travail\n\n",
            "Gouvernement de l'Examplie",
        ),
        (
            "REPÚBLICA DE EJEMPLO\nMinisterio de Comunicaciones\n\n"
            "Aporte del Gobierno de Ejemplo al Grupo de Trabajo\n\n",
            "Gobierno de Ejemplo",
        ),
        # A title that names the country alone leaves the ministry the submitter.
        (
            "Ministry of Digital Affairs\n\nContribution of Examplia to the Working Group\n\n",
            "Ministry of Digital Affairs",
        ),
    ],
)
def test_a_title_naming_the_government_outranks_its_ministrys_letterhead(
    front: str, name: str
) -> None:
    found = wgec_parse.parse(front + Q1).submitter
    assert found is not None
    assert found.name == name


def test_a_government_title_under_a_double_spaced_letterhead_names_the_submitter() -> None:
    found = _submitter_of("227_double_spaced_letterhead_over_a_government_title")
    assert found is not None
    assert found.name == "GOVERNMENT OF THE REPUBLIC OF EXAMPLIA"


@pytest.mark.parametrize(
    ("fixture", "name", "source"),
    [
        ("262_uncased_letterhead_over_a_paper_ar", "الاتحاد العربي لمزودي خدمات المثال", None),
        ("263_personal_notes_with_a_byline_ar", "د. سلمى مثال", "بقلم"),
        ("269_chinese_name_before_a_personal_aside_zh", "李明", None),
    ],
)
def test_arabic_letterheads_and_bylines_name_the_submitter(
    fixture: str, name: str, source: str | None
) -> None:
    found = _submitter_of(fixture)
    assert found is not None
    assert found.name.startswith(name)
    assert source is None or found.source == source


def test_a_company_s_legal_form_in_lower_case_makes_its_letterhead_a_name() -> None:
    found = _submitter_of("286_company_letterhead_legal_form_in_lower_case")
    assert found == Submitter("Example Networks Group plc", "Example Networks Group plc", "title")


def test_a_letterhead_in_capitals_takes_the_acronym_the_text_gives_it() -> None:
    found = _submitter_of("292_letterhead_in_capitals_and_its_acronym")
    assert found is not None
    assert found.name == "Example Coast Digital Inclusion Network (ECDIN)"


def test_a_regulatory_commission_s_letterhead_names_it_but_the_meeting_s_does_not() -> None:
    found = _submitter_of("293_regulatory_commission_letterhead")
    assert found is not None
    assert found.name.startswith("EXAMPLE COMMUNICATIONS REGULATORY COMMISSION")
    assert from_line("Commission on Science and Technology for Development") is None


def test_a_town_under_a_russian_letterhead_leaves_the_memo_field_in_the_front_matter() -> None:
    found = _submitter_of("229_answer_to_question_ordinal_ru")
    assert found == Submitter(
        "Государственный комитет по связи Республики Примерия", "Представлено", "field"
    )


def test_a_name_cut_at_a_word_in_lower_case_runs_on_to_the_acronym_it_spells() -> None:
    found = Submitter("Association exemple", "Au nom de l'Association exemple", "sentence")
    sentence = "Au nom de l'Association exemple pour les libertés numériques (AELN), voici."
    assert prefer(found, [], [], [sentence]) == Submitter(
        "Association exemple pour les libertés numériques (AELN)",
        "Au nom de l'Association exemple",
        "sentence",
    )
    # Words that do not spell the acronym leave the name as it was.
    other = "Au nom de l'Association exemple et de ses partenaires (OCDE), voici."
    assert prefer(found, [], [], [other]) == found


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ильин Константин Андреевич, кандидат юридических наук", "Ильин Константин Андреевич"),
        ("Ирина Викторовна Сомова", "Ирина Викторовна Сомова"),
        ("Д. А. Воронцов, независимый эксперт", "Д. А. Воронцов"),
        ("Примеров Пример Примерович", "Примеров Пример Примерович"),
    ],
)
def test_a_russian_persons_name_opening_the_cover_names_the_submitter(line: str, name: str) -> None:
    assert from_line(line) == Submitter(name, line, "title")


def test_a_russian_sentence_that_opens_with_a_name_names_no_one() -> None:
    assert from_line("Иванов Иван Иванович сообщает, что") is None


def test_a_chinese_covering_sentence_names_the_company_before_its_aside() -> None:
    sentence = "您好！现将示例科技股份有限公司（一家云计算企业）对两个指导问题的意见发送如下"
    assert from_sentence(sentence) == Submitter(
        "示例科技股份有限公司", "现将示例科技股份有限公司（一家云计算企业）对", "sentence"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Union - Travail - Justice",
        "Fraternité – Travail – Progrès",
        "Unidad · Paz · Progreso",
        "Unité * Travail * Progrès",  # "Unité" is an organisation word (fixture 1043)
    ],
)
def test_a_states_motto_names_no_one(line: str) -> None:
    assert from_line(line) is None


def test_a_motto_under_the_letterhead_leaves_the_title_the_submitter() -> None:
    text = (
        "RÉPUBLIQUE D'EXAMPLIE\n\nUnion - Travail - Justice\n\n"
        "Contribution de la République d'Examplie aux travaux du Groupe de travail\n\n" + Q1
    )
    found = wgec_parse.parse(text).submitter
    assert found is not None
    assert found.name == "République d'Examplie"


def test_a_sender_writing_in_a_personal_capacity_stays_the_submitter() -> None:
    found = Submitter("Ada Example", "From", "field")
    closing = ["With best wishes,", "Ada Example", "Example Rights Forum"]
    assert prefer(found, [], closing, ["I write in my personal capacity."]) == found
    assert prefer(found, [], closing, ["Je réponds à titre personnel."]) == found
    # Without those words the signature's organisation names the body behind the sender.
    assert prefer(found, [], closing, ["I write for the Forum."]) == Submitter(
        "Example Rights Forum", "Example Rights Forum", "title"
    )


def test_a_writer_in_a_personal_capacity_whom_nothing_names_is_the_signer() -> None:
    closing = ["Thank you for considering these views.", "Best wishes,", "Ana Example", "Jakarta"]
    assert prefer(None, [], closing, ["I write in my personal capacity."]) == Submitter(
        "Ana Example", "Ana Example", "title"
    )
    # Without those words the signer's name alone names no submitter.
    assert prefer(None, [], closing, ["I write to the Group."]) is None
    # Nor does a line that is no name under the sign-off.
    assert (
        prefer(None, [], ["Best wishes,", "see you in Geneva"], ["in my personal capacity"]) is None
    )


def test_the_elided_french_article_opens_the_name_a_sentence_gives() -> None:
    assert _submitter_of("339_french_elided_article_names_the_submitter") == Submitter(
        "Orbivia Réseaux SA", "Contribution d'Orbivia Réseaux SA", "sentence"
    )
    assert from_sentence("Au nom d'Orbivia Réseaux SA, opérateur de fibre, je vous") == Submitter(
        "Orbivia Réseaux SA", "Au nom d'Orbivia Réseaux SA", "sentence"
    )
    # "d'" before a word in lower case opens no name: "la contribution d'une association".
    assert from_sentence("Voici la contribution d'une association de la région.") is None


def test_a_title_that_goes_on_from_the_letterhead_names_the_submitter() -> None:
    found = _submitter_of("340_title_goes_on_from_the_letterhead")
    assert found is not None
    assert found.name == "Ministry of Posts and Digital Economy of the Republic of Examplia"
    # A title that names another body leaves the letterhead's name first.
    text = "Ministry of Posts\n\nContribution of the Examplia Post Office\n\n" + Q1
    assert wgec_parse.parse(text).submitted_by == "Ministry of Posts"


def test_a_sentence_run_on_from_a_page_header_names_its_subject_before_a_clause() -> None:
    assert _submitter_of("341_web_page_sentence_with_a_clause_names_the_submitter") == Submitter(
        "Examplian Network Operators Group",
        "The Examplian Network Operators Group, which brings together 120 network engineers,"
        " has sent the",
        "sentence",
    )
    # The verb is looked for past a first one whose sentence names no one.
    text = (
        "Home | About | Contact News > Policy ENOG submits views on enhanced cooperation"
        " Posted on 19 December by Staff The Example Forum has submitted the text."
    )
    found = from_sentence(text)
    assert found is not None
    assert found.name == "Example Forum"


def test_a_mailbox_sender_gives_way_to_the_signature_that_names_the_body_in_full() -> None:
    assert _submitter_of("342_mailbox_sender_and_the_signature_s_fuller_name") == Submitter(
        "Permanent Mission of the Republic of Examplia",
        "Permanent Mission of the Republic of Examplia",
        "title",
    )
    sender = Submitter("Example Forum Geneva", "From", "field")
    # A signature that shares none of the sender's own words names another body.
    assert prefer(sender, [], ["Regards,", "Other Rights Association"]) == sender
    # Nor does one with no more words than the sender's.
    assert prefer(sender, [], ["Regards,", "Example Forum"]) == sender


@pytest.mark.parametrize(
    "none",
    [
        "(частное лицо)",
        "N/A",
        "Individual",
        "—",
        "particular",
        "个人",
        # With a remark in brackets after it.
        "None (retired)",
        "无（自由职业者）",
        "N/A (personal capacity)",
    ],
)
def test_an_organisation_field_that_names_no_one_leaves_the_person_s_name(none: str) -> None:
    fields = [("Name", "Ana Example"), ("Organisation", none), ("Country", "Examplia")]
    assert from_fields(fields) == Submitter("Ana Example", "Name", "field")
    # An organisation's name is no such value.
    fields[1] = ("Organisation", "Individuals for Example")
    assert from_fields(fields) == Submitter("Individuals for Example", "Organisation", "field")


def test_a_form_s_tab_row_and_a_label_with_a_comma_count_as_fields() -> None:
    text = "Форма\n\nФамилия, имя: Рашидов Тимур\n\nОрганизация: (частное лицо)\n\n" + Q1
    found = wgec_parse.parse(text).submitter
    assert found == Submitter("Рашидов Тимур", "Фамилия, имя", "field")
    text = "Form export\n\nReference\tR-1\n\nName of organisation\tExample Forum\n\n" + Q1
    found = wgec_parse.parse(text).submitter
    assert found == Submitter("Example Forum", "Name of organisation", "field")
    # A form's line escaped after its cell's reference.
    text = "问卷\n\n[r2 c6] 1、您的单位名称: 示例研究中心\n\n" + Q1
    found = wgec_parse.parse(text).submitter
    assert found == Submitter("示例研究中心", "1、您的单位名称", "field")
    # A row whose value is another label, or whose label is no word, names no one.
    text = "Form\n\nSubmitted by\tSubmitted by the following:\n\n? From: www.example.org\n\n"
    assert wgec_parse.parse(text + Q1).submitter is None


def test_a_contribution_title_outranks_a_sentence_naming_the_government_it_speaks_for() -> None:
    found = _submitter_of("357_contribution_title_before_a_sentence_naming_the_government")
    assert found is not None
    assert found.name == "Secretaría Nacional de Conectividad de la República de Examplia"
    assert found.confidence == "title"
    title = Submitter("X", "Contribution of the Example Agency of the Republic of Y", "title")
    sentence = Submitter("Government of the Republic of Y", "views of the Government", "sentence")
    assert not names_the_same(title, sentence)
    # A letterhead's name in capitals still gives way to the sentence that names it.
    letterhead = Submitter(
        "EXAMPLE AGENCY OF THE REPUBLIC OF Y", "EXAMPLE AGENCY OF THE REPUBLIC OF Y", "title"
    )
    assert names_the_same(
        letterhead, Submitter("Example Agency of the Republic of Y", "s", "sentence")
    )


def test_a_russian_name_over_the_writer_s_degree_names_the_submitter() -> None:
    found = _submitter_of("358_russian_name_over_the_degree")
    assert found is not None
    assert found.name == "Примеров Пётр Ильич"
    # A name before a word with a capital is no heading's name.
    assert from_line("Примеров Пётр Ильич Кандидат наук") is None


def test_a_letterhead_in_capitals_gives_the_name_read_elsewhere_its_acronym() -> None:
    found = _submitter_of("359_letterhead_in_capitals_gives_the_acronym")
    assert found is not None
    assert found.name == "Observatorio Ciudadano de Internet de Ejemplo (OCIE)"
    # Letters in brackets that do not spell the name are no acronym of it.
    found = prefer(
        Submitter("Example Network Forum", "Example Network Forum", "title"),
        ["EXAMPLE NETWORK FORUM (XYZ)"],
        [],
    )
    assert found is not None
    assert found.name == "Example Network Forum"


def test_a_flattened_page_names_its_submitter_in_a_sentence_after_its_byline() -> None:
    found = _submitter_of("360_web_page_byline_and_a_name_before_its_clause")
    assert found is not None
    assert found.name == "Colectivo Red Ejemplo"
    found = _submitter_of("361_submitted_by_in_running_text")
    assert found is not None
    assert found.name == "Example Business Council for the Digital Economy (EBCDE)"
    # A clause between commas after words in lower case, or a page's path, names no one.
    assert from_sentence("Inicio › publicado por el equipo, que trabaja, envió su aporte.") is None


def test_a_closing_field_ends_where_the_signature_starts_under_it() -> None:
    found = _submitter_of("365_closing_field_over_a_signature")
    assert found == Submitter(
        "the Example Institute for Digital Rights", "Submitted on behalf of", "field"
    )
    # A value wrapped after a small word, a comma or a hyphen goes on; capitals under a
    # name end it; a script without capitals keeps every line.
    assert lines_of_name(["the Permanent Mission of the", "Republic of X", "Jane Doe"]) == 2
    assert lines_of_name(["Example Network,", "Examplia", "Jane Doe"]) == 2
    assert lines_of_name(["Example Network (EN)", "Jane Doe"]) == 1
    assert lines_of_name(["Example Network", "jane@example.org"]) == 2
    assert lines_of_name(["الجمعية الليبية", "م. قاسم"]) == 2


def test_a_name_that_lists_a_ministry_portfolio_keeps_its_commas() -> None:
    sentence = from_sentence(
        "The Ministry of Industry, Trade and Digital Transformation of Examplia is pleased"
        " to submit its views."
    )
    assert sentence is not None
    assert sentence.name == "Ministry of Industry, Trade and Digital Transformation of Examplia"
    # A comma before words in lower case, or a list with no word that joins its last
    # item, ends the name.
    sentence = from_sentence("the contribution of the Government of Examplia, which welcomes it")
    assert sentence is not None
    assert sentence.name == "Government of Examplia"
    sentence = from_sentence("the contribution of the Ministry of Trade, Examplia, to the group")
    assert sentence is not None
    assert sentence.name == "Ministry of Trade"


def test_a_note_verbale_is_submitted_by_the_mission_that_sends_it() -> None:
    found = _submitter_of("367_note_verbale_names_its_mission")
    assert found is not None
    assert found.name == (
        "Permanent Mission of the Republic of Examplia to the United Nations Office and"
        " other international organizations in Geneva"
    )
    assert found.confidence == "sentence"
    # In the six languages, the name goes on with what the Mission is accredited to, up
    # to the verb (fixture 621).
    for text, name in [
        (
            "La Mission permanente de la République d'Examplie auprès de l'Office des"
            " Nations Unies à Genève présente ses compliments au secrétariat",
            "Mission permanente de la République d'Examplie auprès de l'Office des Nations"
            " Unies à Genève",
        ),
        (
            "Nota No. 12. La Misión Permanente de Examplia ante la Oficina de las Naciones"
            " Unidas saluda atentamente a la Secretaría",
            "Misión Permanente de Examplia ante la Oficina de las Naciones Unidas",
        ),
        (
            "Постоянное представительство Республики Примерия при Отделении ООН в Женеве"
            " свидетельствует своё уважение Секретариату",
            "Постоянное представительство Республики Примерия при Отделении ООН в Женеве",
        ),
        (
            "تهدي البعثة الدائمة لجمهورية المثال لدى مكتب الأمم المتحدة بجنيف أطيب تحياتها إلى",
            "البعثة الدائمة لجمهورية المثال لدى مكتب الأمم المتحدة بجنيف",
        ),
        ("示例国常驻日内瓦代表团向秘书处致意，并谨转交", "示例国常驻日内瓦代表团"),
        (
            "ПОСТОЯННОЕ ПРЕДСТАВИТЕЛЬСТВО РЕСПУБЛИКИ ПРИМЕРИЯ № 02-11/873 Постоянное"
            " представительство Республики Примерия при Отделении ООН свидетельствует"
            " свое уважение",
            "Постоянное представительство Республики Примерия при Отделении ООН",
        ),
    ]:
        sender = note_verbale_sender(text)
        assert sender is not None, text
        assert sender.name == name
    # A covering letter that presents nothing names no sender; a field that is not an
    # e-mail's sender keeps naming the submitter.
    assert note_verbale_sender("The Example Forum presents its views below.") is None
    text = (
        "Submitted by: Government of Examplia\n\nThe Permanent Mission of Examplia presents"
        " its compliments to the secretariat.\n\n" + Q1
    )
    assert wgec_parse.parse(text).submitted_by == "Government of Examplia"


def test_a_field_that_names_the_writers_yields_to_the_institute() -> None:
    writers = Submitter("Dr. Jane Example and John Sample", "Authors", "field")
    assert names_its_writers(writers)
    # An organisation, or the body the writers write for, is no writers' list.
    assert not names_its_writers(Submitter("Example Centre for Law", "Author", "field"))
    assert not names_its_writers(
        Submitter("Dr. Jane Example, on behalf of the Example Centre", "Authors", "field")
    )
    assert not names_its_writers(Submitter("Dr. Jane Example", "Submitted by", "field"))


def test_words_before_brackets_that_do_not_spell_the_acronym_name_no_one() -> None:
    # Words before the brackets that do not spell the acronym name no one.
    assert from_sentence("Home › Policy Notes (EDPI) Submission to the Working Group") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Posted on 30 December 2016 by Jane Example | 4 min read "
            "Example Forum has sent the following input.",
            "Example Forum",
        ),
        (
            "Posted by Jane Example | 0 comments Example Forum submitted the text below.",
            "Example Forum",
        ),
    ],
)
def test_a_covering_sentence_starts_after_a_bylines_count(text: str, name: str) -> None:
    found = from_sentence(text)
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize(
    ("fixture", "name"),
    [
        (
            "366_name_listing_a_ministry_portfolio",
            "Ministerio de Industria, Comercio y Transformación Digital de la República de Examplia",
        ),
        (
            "373_authors_field_under_the_institute",
            "Example Institute for Internet Law and Policy (EIILP)",
        ),
        ("378_web_page_name_before_its_clause_and_sent", "Example Digital Policy Forum"),
        ("379_name_and_acronym_before_submission_to", "Examplia Digital Policy Institute (EDPI)"),
        ("385_printed_email_sender_line_without_label", "Jane Example"),
        ("386_russian_short_name_defined_in_brackets", "ООО «Примерные телекоммуникационные сети»"),
        (
            "390_technical_secretariat_presents_its_answers",
            "Secretaría Técnica de Innovación Digital",
        ),
        (
            "391_article_of_a_country_name_inside_the_subject",
            "Instituto Nacional de Telecomunicaciones de El Salvador",
        ),
        ("392_author_field_in_the_feminine", "Ana Ejemplo Ruiz"),
        (
            "393_russian_name_in_quotes_with_a_preposition_then_city",
            "Общественной инициативы «Сеть для всех»",
        ),
        ("394_company_responded_to_the_call", "Example Satellite Services Ltd"),
        ("395_arabic_verb_before_the_submitter", "مركز دراسات الحوكمة الرقمية في جامعة المثال"),
        ("396_arabic_region_inside_the_name", "رابطة مستخدمي الشبكات في المغرب العربي"),
        (
            "397_byline_author_yields_to_the_covering_sentence",
            "Example Centre for Digital Governance",
        ),
        ("405_sender_office_refers_back_to_the_body", "الجمعية المثالية للحقوق الرقمية"),
        (
            "406_centre_and_the_university_it_belongs_to",
            "Example Centre for Internet Law, University of Examplia",
        ),
        ("410_name_and_acronym_before_the_verb", "Example Spectrum Commons (ESC)"),
        ("411_printed_email_sender_line_with_a_tab", "Marc Exemple"),
        ("412_covering_sentence_that_thanks_first", "Examplian Communications Commission"),
        ("414_flattened_letterhead_in_capitals", "OBSERVATOIRE EXEMPLAIRE DES LIBERTÉS NUMÉRIQUES"),
        (
            "418_mail_client_organisation_header",
            "Laboratoire de droit numérique de l'Université Exemple",
        ),
        ("419_acronym_of_accented_words", "Réseau d'études numériques (REN)"),
        (
            "425_groupement_letterhead_names_the_submitter_fr",
            "Groupement des éditeurs de logiciels du Sahel (GELS)",
        ),
        (
            "426_note_verbale_hyphenated_across_double_spaced_lines",
            "Permanent Mission of the Republic of Examplia to the United Nations Office at Geneva",
        ),
        ("427_chinese_subject_ends_with_the_body_and_its_opinion_zh", "示例城市数字治理协会"),
        ("435_acronym_leaves_out_sur_fr", "Centre d'études sur la gouvernance numérique (CEGN)"),
        (
            "438_ministry_submits_for_the_government_in_the_title",
            "Ministry of Digital Affairs (MDA)",
        ),
        ("439_name_with_a_personal_capacity_aside", "Jane Example-Smith"),
        ("447_chinese_signer_under_the_salute_personal_zh", "李明远"),
        ("453_web_page_the_trust_sent_its_contribution", "Example Commons Trust"),
        (
            "454_web_page_russian_name_spells_its_acronym_before_the_verb_ru",
            "Примерная ассоциация интернет-провайдеров Сибири (ПАИС)",
        ),
        (
            "450_subject_names_the_state_the_letter_its_ministry_fr",
            "Ministère de la Communication et de l'Économie numérique",
        ),
        (
            "451_state_letterhead_and_title_the_ministry_speaks_ar",
            "وزارة الاقتصاد الرقمي في المملكة المثالية",
        ),
        (
            "449_guild_letterhead_over_its_address",
            "GUILD OF INDEPENDENT APP MAKERS OF EXAMPLIA (GIAME)",
        ),
        (
            "442_ministry_speaks_for_the_state_a_title_names",
            "Ministère des Postes, des Télécommunications et de l'Économie numérique",
        ),
        ("457_title_keeps_the_article_of_the_name_es", "El Salvador"),
        ("458_mission_letterhead_over_a_title_naming_its_state", "PERMANENT MISSION OF VELORIA"),
        ("459_organisation_none_with_a_remark_zh", "张晓峰"),
        (
            "460_signature_cells_name_and_title_then_the_body",
            "Example Network Operators Forum (ENOF)",
        ),
        (
            "462_acronym_spelled_after_an_elided_article_fr",
            "Association des réseaux numériques de l'Estuaire (ARNE)",
        ),
        (
            "465_russian_administration_letterhead_ru",
            "УПРАВЛЕНИЕ ЦИФРОВОГО РАЗВИТИЯ ПРИМЕРСКОЙ ОБЛАСТИ",
        ),
        ("466_arabic_grouping_letterhead_ar", "تجمع المبرمجين العرب المستقلين"),
        ("471_company_letterhead_limited", "Lagoon Harbour Data Limited"),
        ("472_signature_title_and_company_after_a_bar", "Example Fibre Networks Ltd"),
        ("473_authors_byline_after_the_answers_fr", "Observatoire des politiques numériques"),
        (
            "474_dateline_under_a_field_value_es",
            "Secretaría Nacional de Tecnologías de la Información y Comunicación",
        ),
        ("476_arabic_letterhead_body_under_the_state", "الهيئة الوطنية لتنظيم القطاع الرقمي"),
        ("477_printed_email_sender_over_its_date", "Marta Example"),
        (
            "478_letterhead_over_an_answer_without_headings",
            "PACIFIC EXAMPLE DIGITAL POLICY INSTITUTE",
        ),
        ("479_contact_request_names_the_company", "Harbourline Networks Limited"),
        ("483_letterhead_name_again_under_the_signature", "National Digital Economy Authority"),
        ("487_research_chair_letterhead_fr", "Chaire de recherche sur la régulation du numérique"),
        ("488_signature_title_and_body_after_a_dash", "Example Digital Rights Observatory"),
        ("491_person_named_alone_in_a_personal_capacity", "Marta Example-Kowalska"),
        ("492_signature_before_a_web_pages_tags", "Example Digital Council"),
        ("493_blog_signed_without_a_sign_off_in_a_personal_capacity", "Tomás Ejemplo Ruiz"),
        ("494_questions_can_be_sent_to_an_address", "Example Telecommunications Regulatory Board"),
        (
            "495_letterhead_kind_over_quoted_name_over_address_ru",
            "Некоммерческое партнерство «Объединение операторов точек обмена трафиком»",
        ),
        ("496_news_item_names_the_body_by_its_kind_zh", "东湖网络空间治理学会"),
        ("497_web_menu_names_no_one", "Riverside Policy Institute"),
        ("501_arabic_name_with_its_region_ar", "هيئة تنظيم البريد والاتصالات في شمال أفريقيا"),
        (
            "502_sender_acronym_spelled_by_the_signature_ru",
            "Ассоциация операторов центров обработки трафика (АОЦОТ)",
        ),
        (
            "503_acronym_spelled_with_a_hyphenated_word_ru",
            "Сибирская ассоциация агрегаторов интернет-трафика (СААТ)",
        ),
        (
            "513_long_ministry_name_in_a_covering_sentence_fr",
            "Ministère de la Communication, des Technologies de l'Information et des Médias"
            " de la République d'Exemple",
        ),
        ("514_our_association_in_a_news_title_zh", "南岭数字贸易商会"),
        (
            "517_submitted_on_behalf_of_the_board_by",
            "West Coast Payments and Fintech Association (WCPFA)",
        ),
        ("518_letterhead_over_a_web_menu_zh", "中国东部数字企业联合会"),
        (
            "519_regroupement_letterhead_over_its_address_fr",
            "Regroupement acadien pour un numérique citoyen (RANC)",
        ),
        ("523_pregunta_dot_dash_headings_es", "Observatorio de Ejemplo"),
        (
            "524_directorate_under_its_ministry_letterhead_es",
            "Dirección Nacional de Servicios Digitales de Ejemplo",
        ),
        (
            "525_thanks_before_an_email_signature_fr",
            "Réseau des usagers du numérique de l'Exemple (RUNE)",
        ),
        (
            "527_ministry_speaks_for_the_state_in_a_long_name_fr",
            "Ministère des Postes, des Télécommunications et de l'Économie numérique de la"
            " République de l'Exemple",
        ),
        ("528_on_behalf_of_under_a_person_sender_in_a_reply", "Example Operators' Forum (EOF)"),
        (
            "533_government_speaks_under_a_ministry_letterhead",
            "Government of the Republic of Examplia",
        ),
        ("538_personal_sender_signs_in_full", "Jane Mary Doe"),
        ("539_centre_of_its_institute_ru", "Центр цифровых правовых исследований"),
        ("543_body_name_a_blank_line_over_web_tags_fr", "Observatoire sahélien du numérique"),
        ("547_legal_form_with_full_stops_in_a_subject_line_es", "Cumbre Datos S.A.S."),
        (
            "550_figure_with_a_decimal_opens_a_wrapped_line_in_a_lettered_answer",
            "Andes Connectivity Council",
        ),
        ("555_blog_post_signed_by_its_writer_over_its_tags_fr", "Léa Fontaine"),
        (
            "566_ministry_presents_its_views_under_its_letterhead",
            "Ministry of Public Telecommunications of the Republic of Examplia",
        ),
        (
            "567_flattened_cover_names_the_centre_hereinafter_ru",
            "Центр исследований интернета Примерного государственного университета",
        ),
        (
            "568_government_contribution_presented_by_its_ministry",
            "Government of the Republic of Examplia",
        ),
        (
            "571_coordinatrice_signs_for_a_collective_with_an_indefinite_article_fr",
            "Collectif citoyen pour une Toile ouverte (CCTO)",
        ),
        (
            "573_headline_about_a_federation_that_sent_its_contribution_ar",
            "الاتحاد المثالي لشركات الاتصالات",
        ),
        ("574_person_aside_after_a_full_width_space_zh", "王晓明"),
        (
            "575_reference_code_over_a_letterhead_in_capitals",
            "Example Software and Services Association (ESSA)",
        ),
        (
            "576_government_through_its_ministry_under_a_state_title",
            "Government of the Kingdom of Examplia",
        ),
        (
            "579_mailbox_kind_and_acronym_spelled_out_in_a_sentence_fr",
            "Collectif pour un Internet pour l'Exemple (CPIE)",
        ),
        (
            "584_acronym_before_a_quoted_name_spelled_out_in_a_forward_ru",
            "Научно-исследовательский центр «Цифровое будущее»",
        ),
        (
            "585_cordiales_saludos_after_a_closing_sentence_es",
            "Centro de Estudios de Ejemplo (CEE)",
        ),
        (
            "586_russian_name_in_lower_case_before_a_participle_clause_ru",
            "Служба связи при Правительстве Примерной Республики",
        ),
        (
            "590_acronym_before_its_name_on_a_web_page_keeps_it_fr",
            "Groupement professionnel des opérateurs de l'Exemple (GPOE)",
        ),
        (
            "591_arabic_news_page_object_after_its_subject_and_a_past_closing_ar",
            "وزارة الاتصالات وتقنية المعلومات في المملكة المثالية",
        ),
        ("592_chinese_blog_closing_sentence_over_a_signature_and_tags_zh", "古丽·示例"),
        (
            "593_acronym_after_a_quoted_name_in_a_forwarded_letter_ru",
            "«Примерный центр сетевой поддержки» (ПЦСП)",
        ),
        (
            "595_submitted_on_behalf_of_the_body_by_its_kind",
            "Example Digital Business Council (EDBC)",
        ),
        (
            "596_ministry_presents_in_the_name_of_its_government_ar",
            "وزارة الاتصالات والتقنيات الحديثة",
        ),
        (
            "597_mission_presents_in_the_name_of_its_government_fr",
            "Mission permanente de la République d'Exemple à Genève",
        ),
        (
            "605_arabic_form_rows_run_together_numbers_with_hyphen_tab_ar",
            "المنتدى المثالي لمشغلي الشبكات",
        ),
        (
            "606_ministry_presents_the_contribution_in_the_name_of_its_government_fr",
            "Ministère du Numérique et de la Communication",
        ),
        (
            "607_ministry_named_with_its_portfolio_between_commas_fr",
            "Ministère de la Communication, chargé des Postes et des Télécommunications",
        ),
        (
            "608_title_code_in_brackets_then_covering_sentence_double_ru",
            "Постоянное представительство Примерной Республики при Отделении ООН в Женеве",
        ),
        (
            "609_government_through_its_ministry_under_the_ministry_letterhead_double_ru",
            "Правительство Примерной Республики",
        ),
        ("611_forwarded_email_the_original_sender_submits", "Alice Example"),
        (
            "614_union_state_letterhead_over_a_ministry_that_submits_for_its_government_fr",
            "Ministère des Postes, des Télécommunications et du Numérique",
        ),
        (
            "616_genitive_title_under_a_letterhead_in_the_nominative_ru",
            "АССОЦИАЦИЯ ОПЕРАТОРОВ СВЯЗИ ПРИМЕРНОГО КРАЯ",
        ),
        (
            "618_arabic_verb_before_a_name_and_what_it_is_ar",
            "مركز المثال للبحوث في مجتمع المعلومات",
        ),
        (
            "621_note_verbale_sender_with_what_it_is_accredited_to",
            "Permanent Mission of the Republic of Examplia to the United Nations Office and"
            " other International Organizations in Geneva",
        ),
        (
            "623_web_page_breadcrumb_ends_with_the_pages_title_es",
            "Red Ejemplar por los Derechos Digitales (REDD)",
        ),
        (
            "624_flattened_arabic_keyword_headings_over_their_first_points_ar",
            "مرصد المثال للحقوق الرقمية",
        ),
        ("627_flattened_chinese_title_set_apart_before_its_subject_zh", "示例数字经济产业联盟"),
        (
            "628_part_label_alone_over_its_question_ar",
            "وزارة الاقتصاد الرقمي",
        ),
        (
            "629_quoted_question_in_a_running_sentence",
            "Example Hosting Ltd",
        ),
        (
            "630_name_before_an_acronym_it_spells_loosely_fr",
            "Observatoire de recherche sur les politiques du numérique (ORPAN)",
        ),
        (
            "632_flattened_name_runs_into_its_street_es",
            "Fundación Ejemplo Digital",
        ),
        (
            "633_double_spaced_signature_with_a_degree_and_a_dateline_ru",
            "Центр цифрового права Примерного университета",
        ),
        (
            "634_arabic_centre_named_with_its_university_ar",
            "مركز بحوث الاقتصاد الرقمي في جامعة المثال",
        ),
        (
            "635_form_row_question_and_answer_set_apart_by_a_tab",
            "Example Data Centres Ltd",
        ),
        (
            "636_blog_post_signed_with_a_dash_byline",
            "Example Institute for Digital Policy",
        ),
        (
            "637_flattened_closing_thanks_in_the_third_person_es",
            "Grupo de Estudios en Gobernanza Digital (GEGD)",
        ),
        (
            "638_ministry_with_a_lower_case_portfolio_on_behalf_of_its_government_ru",
            "Министерство транспорта, связи и цифрового развития Республики Примерия",
        ),
        (
            "642_government_speaks_through_a_vice_ministry_under_its_letterhead_es",
            "Gobierno de la República de Examplia",
        ),
        (
            "644_flattened_running_title_with_an_issue_number_before_the_next_point",
            "Example Centre for Digital Governance, Example University",
        ),
        (
            "645_flattened_arabic_page_ends_with_a_semicolon_before_a_running_title_ar",
            "مركز المثال لأبحاث السياسات الرقمية، جامعة المثال",
        ),
        ("641_blog_post_signed_by_a_team_over_a_contact_line", "Example Technical Forum"),
        (
            "648_forwarded_mailbox_of_a_body_named_by_its_acronym",
            "Example Operators' Council (EXOC)",
        ),
        (
            "649_flattened_capitals_title_names_its_questions_subject",
            "Example Network of Women in Technology (EXWIT)",
        ),
        (
            "651_arabic_paper_submitted_by_a_centre_of_its_university_ar",
            "مركز الدراسات الرقمية بجامعة المثال",
        ),
        ("652_chinese_blog_owner_writes_in_a_personal_capacity_zh", "张晓明"),
        (
            "658_flattened_closing_submitted_on_behalf_of_a_body_by_its_coordinator",
            "Example Digital Rights Collective (EDRC)",
        ),
        (
            "659_arabic_letterhead_writes_the_name_a_title_cuts_ar",
            "مركز الدراسات في الحكامة الرقمية",
        ),
        (
            "660_signature_counsel_title_over_company_and_address_after_a_bar",
            "Example Subsea Networks Limited",
        ),
        (
            "643_flattened_chinese_running_title_before_an_items_second_sentence_zh",
            "示例数字治理研究院",
        ),
        (
            "664_covering_sentence_a_le_plaisir_de_fr",
            "Centre d'études sur l'internet en Exemplie (CEIE)",
        ),
        (
            "665_submitted_on_behalf_of_the_acronym_board",
            "Example Islands Cable Operators Association (EICOA)",
        ),
        (
            "666_forwarded_email_signed_with_a_title_and_an_acronym",
            "Example Outsourcing and Telecommunications Association (EXOTA)",
        ),
        ("671_web_page_by_a_rights_watch", "Example Digital Rights Watch"),
        ("678_byline_in_a_personal_capacity_over_a_unit_field_zh", "王示例"),
        (
            "680_closing_submitted_on_behalf_of_the_board_alone",
            "Example Hosting Providers Association (EHPA)",
        ),
        ("683_position_paper_number_before_the_contribution_ar", "مرصد المثال للحقوق الرقمية"),
        ("692_letterhead_name_in_two_languages", "Andean Example Digital Collective"),
        ("697_web_page_byline_fields_set_apart_by_ideographic_spaces_zh", "王示例"),
        (
            "693_capitals_letterhead_over_its_acronym_es",
            "ASOCIACIÓN SALVADOREÑA POR EL EJEMPLO DIGITAL (ASED)",
        ),
        (
            "691_research_chair_of_a_university_named_by_a_covering_sentence_fr",
            "Chaire de recherche en gouvernance numérique de l'Université Exemple",
        ),
        (
            "688_sentence_names_the_mailbox_body_with_its_region_ru",
            "Примерский центр исследований цифрового права",
        ),
        (
            "685_thunderbird_forward_subject_first_from_a_secretariat_fr",
            "Association exemple des prestataires numériques (AEPN)",
        ),
        (
            "673_sign_off_salutations_distinguees_fr",
            "Réseau exemple de gouvernance d'Internet (REGI)",
        ),
        (
            "675_signature_names_a_committee_of_the_body_a_sentence_names",
            "Example Network Operators Group (ExNOG)",
        ),
        (
            "676_vice_ministry_under_the_ministry_letterhead_es",
            "Ministerio de Ciencia, Tecnología y Telecomunicaciones",
        ),
        (
            "667_ministry_under_its_state_letterhead_ru",
            "Министерство связи и информационных технологий Республики Примерия",
        ),
        (
            "700_signer_title_of_an_acronym_under_a_forwarding_person_fr",
            "Association exemple des acteurs du numérique (AEAN)",
        ),
        (
            "701_committee_of_the_body_a_later_sentence_spells_out",
            "Example Network Operators Group (ExNOG)",
        ),
        (
            "702_ministry_portfolio_listed_after_commas_au_nom_du_fr",
            "Ministère des Postes, des Télécommunications et de l'Économie numérique",
        ),
        ("703_closing_thanks_over_related_posts_and_tags", "Example Wires Collective"),
        ("708_name_ends_at_a_spaced_double_hyphen", "Example Policy Institute"),
        (
            "709_government_sentence_run_on_from_the_dateline_fr",
            "Gouvernement de la République d'Exemplie",
        ),
        ("710_chinese_sender_field_fa_zi_zh", "示例域名技术联盟（EDTA）秘书处"),
        ("716_arabic_title_name_ends_before_the_addressee_ar", 'جمعية "الحقوق الرقمية المثالية"'),
        (
            "717_centre_is_a_research_unit_and_the_centres_views",
            "Example Centre for Internet Policy Studies",
        ),
        (
            "718_submitted_on_behalf_of_a_committee_named_by_the_acronym",
            "Example Network Operators Group (ExNOG)",
        ),
        (
            "719_confidentiality_notice_field_under_a_signature",
            "Example Institute for Digital Policy",
        ),
        (
            "720_forward_names_the_mission_whose_input_it_is",
            "Permanent Mission of Examplia to the United Nations Office at Geneva",
        ),
        ("723_russian_legal_form_in_a_signature_ru", "ОО «Примерная открытая сеть»"),
        ("726_chinese_news_headline_names_the_body_by_its_kind_zh", "示例数据产业联盟"),
        ("728_state_short_name_and_its_government_adjective_ar", "حكومة الجمهورية الإكزمبلية"),
        (
            "738_service_speaks_for_the_state_a_russian_title_names_ru",
            "Служба связи при Правительстве Республики Примерия",
        ),
        ("739_mission_speaks_for_the_sultanate_ar", "البعثة الدائمة لسلطنة المثال"),
        ("742_writer_names_herself_in_a_sentence_es", "Ana Ejemplo Ruiz"),
        ("756_personal_writer_with_her_capacity_after_her_name_es", "Ana Ejemplo Ruiz"),
        ("757_bureau_speaks_for_its_government_zh", "示例特别行政区政府邮电局"),
        (
            "758_ministry_under_its_states_name_and_motto_fr",
            "Ministère des Postes et Télécommunications",
        ),
        ("759_flattened_chinese_name_before_its_address_zh", "示例市跨境电子商务协会"),
        ("762_organisation_field_that_names_no_body_zh", "张示例"),
        ("768_sender_field_of_a_company_and_its_department_zh", "示例数联科技股份有限公司"),
        ("775_covering_sentence_after_a_bylines_reading_time", "Example Digital Voice"),
        (
            "776_name_cut_at_a_small_word_spelled_by_its_acronym_fr",
            "Institut d'études sur la société de l'information de Exempleville (IESIE)",
        ),
        (
            "769_national_internet_governance_forum_named_in_a_sentence",
            "Exampleland Internet Governance Forum (ExIGF)",
        ),
        ("778_signers_title_titulaire_fr", "Chaire Exemple en gouvernance numérique"),
        (
            "781_covering_sentence_opens_with_its_time",
            "Open Internet Coalition of the Example Islands",
        ),
        ("782_chinese_sentence_says_when_the_body_submitted_zh", "示例数字政策研究所"),
        (
            "785_board_named_by_the_bodys_acronym",
            "EXAMPLE ASSOCIATION OF INTERNET SERVICE PROVIDERS (EAISPA)",
        ),
        ("786_form_row_about_the_organisation", "Example Centre for Digital Governance"),
        ("788_company_with_its_legal_form_in_brackets", "Example Fibre Networks (Pty) Ltd"),
        ("791_online_community_names_itself_zh", "示例开放网络社群"),
        (
            "797_covering_sentence_names_the_institute_and_its_university",
            "Institute for Example Policy Research, University of Exampleland",
        ),
        ("798_signature_names_the_body_with_its_town", "National Example Authority of Exampleland"),
        (
            "799_acronym_with_a_small_letter_and_its_university_fr",
            "Laboratoire de recherche sur la gouvernance numérique (LaRGN), "
            "Université d'Exempleville",
        ),
        (
            "800_title_runs_on_into_submitted_by_es",
            "Instituto Ejemplar de las Telecomunicaciones (INDEJ)",
        ),
        (
            "801_letterhead_in_capitals_without_accents_fr",
            "Groupement des professionnels du numérique d'Exempleland (GPN-Exem)",
        ),
        ("805_technical_community_names_itself_zh", "示例互联网技术社区"),
        ("809_chinese_notes_about_the_writer_close_the_text_zh", "王示例"),
        ("810_byline_of_a_person_names_no_submitter", "Example Network Operators Group"),
        (
            "811_acronym_with_a_place_in_cyrillic_ru",
            "Молодёжного форума по управлению интернетом Примерии (МФУИ-Примерия)",
        ),
        (
            "812_header_with_its_page_number_after_a_tab_fr",
            "Service des médias et des communications",
        ),
        ("813_unit_under_its_ministry_speaks_in_the_cover", "Department of Example Technology"),
        (
            "814_verb_after_its_object_pronoun_fr",
            "Association exemplaire pour le développement des TIC (AXTIC)",
        ),
        ("822_title_with_the_subject_before_its_colon", "Jane Example"),
        ("823_post_by_a_team_of_the_body", "Example Inclusion Alliance (EIA)"),
        ("829_covering_sentence_in_a_paragraph_after_a_byline", "Example Freedom Collective"),
        (
            "830_name_stops_at_the_next_sentences_article",
            "European Federation of Example Service Providers (EFESP)",
        ),
        (
            "837_chinese_name_keeps_its_acronym_in_full_width_brackets_zh",
            "示例数字经济企业联合会（EXDEF）",
        ),
        (
            "838_arabic_title_names_the_working_group_on_enhanced_cooperation_ar",
            "جمعية المثال للحقوق الرقمية",
        ),
        ("839_arabic_our_association_names_no_one_ar", "جمعية المثال للحقوق الرقمية"),
        (
            "842_flattened_page_footer_with_page_in_lower_case",
            "Example Centre for Policy Studies, University of Exampleland",
        ),
        (
            "846_acronym_with_its_country_in_brackets_fr",
            "Autorité de Régulation des Postes et des Télécommunications (ARPT Exempleland)",
        ),
        ("853_letterhead_office_of_the_regulator", "OFFICE OF THE REGULATOR"),
        ("854_e_mail_sender_kind_and_quoted_name_in_full_ru", "Фонд цифровых прав «Пример»"),
        ("857_web_page_posted_by_a_bodys_team_in_lower_case", "Open Net Example"),
        ("861_blog_post_signed_by_first_name_in_a_personal_capacity", "Kerry-Ann Example"),
        (
            "864_we_sent_names_the_body_the_sentence_before_opens_with",
            "Example Internet Exchange Association (EIXA)",
        ),
        (
            "865_arabic_headline_is_no_name_and_the_body_that_took_part_ar",
            "اتحاد المثال لشركات الخدمات الرقمية",
        ),
        (
            "866_acronym_right_after_the_name_in_another_order_ru",
            "Ассоциация пользователей интернета Примерии (ИПП)",
        ),
        (
            "875_personal_capacity_signer_with_a_particle_under_a_closing_sentence",
            "Joaquim Example da Costa",
        ),
        ("876_research_group_names_itself_zh", "示例城市数码治理研究组"),
        ("889_chinese_closing_sentence_submitted_by_the_body_zh", "示例数字治理协会（EDGA）"),
        ("891_closing_sentence_says_which_body_submits", "Example Digital Rights Forum"),
        ("895_chinese_web_page_invites_members_feedback_zh", "示例数字经济商会"),
        ("900_arabic_blog_of_its_writer_sent_today_ar", "ليلى المثال"),
        (
            "905_label_contribution_submitted_by_ar",
            "الهيئة الوطنية لتنظيم الاتصالات، جمهورية المثال",
        ),
        (
            "910_research_group_names_the_submitter_es",
            "Grupo de Investigación en Derecho y Tecnología (GIDT)",
        ),
        ("911_chinese_network_of_civil_bodies_names_itself_zh", "示例公民数字权利网络（ECDRN）"),
        (
            "915_arabic_topic_lead_then_the_questions_own_wording_ar",
            "الشبكة العربية المثال للحقوق الرقمية",
        ),
        ("879_closing_sentence_blagodaryu_in_the_first_person_ru", "Иван Примеров"),
        (
            "881_web_page_posted_by_the_bodys_acronym_team",
            "Example Youth Voices for Internet Governance (EYVIG)",
        ),
        (
            "936_web_page_posted_by_a_team_whose_acronym_a_sentence_spells",
            "Example Wireless Alliance",
        ),
        ("935_city_after_its_abbreviation_under_the_signature_ru", "ПРИМЕРНОЕ АГЕНТСТВО СВЯЗИ"),
        ("946_personal_signature_with_place_and_date_in_digits_ru", "Тимур Примеров"),
        ("955_arabic_personal_signature_under_the_sign_off_ar", "سلمى المثال"),
        ("956_arabic_individual_contribution_names_no_one_ar", "سليم المثال"),
        ("959_circle_names_an_organisation", "EXAMPLE DIGITAL RIGHTS CIRCLE"),
        ("967_arabic_common_position_names_no_one_ar", "جمعية مهندسي الشبكات في بلد المثال"),
        ("972_arabic_mission_joined_to_state_name_ar", "البعثة الدائمة لسلطنة المثال"),
        ("984_personal_byline_with_place_and_date_es", "Ana Ejemplo Ruiz"),
        ("995_chinese_submitter_in_a_personal_capacity_over_a_contact_unit_zh", "张示例"),
        ("1004_acronym_spelled_out_with_its_place_in_brackets", "Example Digital Forum (EXDF)"),
        ("1022_name_over_its_place_and_date", "Example Digital Industry Association"),
        (
            "1027_acronym_spelled_word_by_word_after_a_possessive",
            "Tarovia Consumers' Telecommunications Association (TCTA)",
        ),
        (
            "1025_subject_over_the_covering_sentence",
            "Example Telecommunications Regulatory Authority",
        ),
        ("1029_arabic_title_names_the_forum_by_its_kind_ar", "ملتقى المثال للحقوق الرقمية"),
        ("1051_forwarded_message_of_a_writer_in_a_personal_capacity_ru", "Анна Примерова"),
        ("1037_chinese_dash_byline_over_its_date_zh", "示例互联网技术社群（EITC）"),
        ("1054_chinese_body_and_date_on_the_last_line_zh", "示例网络治理研究中心"),
        ("1063_personal_notes_titled_with_the_writers_name_zh", "李示例"),
        ("1065_possessive_subject_names_no_body", "Example Rights Network"),
        (
            "1069_byline_of_the_bodys_staff_beside_its_sentence",
            "Exampleland Internet Users Network",
        ),
        (
            "1072_office_with_its_state_between_commas",
            "Office of the Commissioner for Digital Affairs, Republic of Exampleland",
        ),
        (
            "1076_body_named_by_its_kind_with_small_words_in_its_name",
            "Gulf of Example Digital Rights Collective",
        ),
        (
            "1077_roundtable_of_bodies_names_the_submitter_es",
            "Mesa Técnica Ejemplar de Internet Comunitario",
        ),
        (
            "1080_signed_for_the_policy_committee",
            "Example Telecommunications Operators Association (ETOA)",
        ),
        ("1081_body_sends_its_comments_es", "Asociación Ejemplar de Empresas de Software (AEES)"),
        ("1040_chinese_signature_in_a_personal_capacity_under_the_closing_zh", "张示例"),
        (
            "1045_organ_signs_with_its_place_and_date_under_a_web_post",
            "Example Internet Exchange Association (EIXA)",
        ),
        (
            "1044_the_forum_named_in_full_up_to_its_acronym",
            "Example Forum for Digital Rights (EFDR)",
        ),
        (
            "1043_regulators_unit_under_its_running_title_es",
            "UNIDAD REGULADORA DE SERVICIOS EXAMPLARES",
        ),
        ("1041_posted_by_a_person_before_a_middle_dot_and_the_place_es", "Ana Ejemplo Ruiz"),
        (
            "1039_we_after_the_body_named_under_its_letterhead",
            "Example Digital Business Council (EDBC)",
        ),
        (
            "1031_forwarded_message_sender_under_the_forward_line_ru",
            "Агентство связи Республики Примерия",
        ),
        (
            "1032_mailbox_name_with_its_acronym_spelled_out_in_the_sentence_ru",
            "Ассоциация операторов центров обработки данных (АОЦОД)",
        ),
        (
            "1033_mailbox_name_without_the_university_it_belongs_to_ru",
            "Центр исследований сети Примерского технического университета",
        ),
        (
            "1030_state_named_by_its_kind_in_a_forwarding_note_fr",
            "Direction de l'Économie numérique",
        ),
        (
            "1028_name_with_its_town_and_country_in_brackets_ru",
            "Фонд «Цифровой пример»",
        ),
        (
            "986_arabic_centre_presents_its_view_below_ar",
            "مركز المثال لدراسات سياسات الإنترنت",
        ),
        (
            "987_arabic_body_presents_the_following_observations_ar",
            "مركز المثال لبحوث السياسات بجامعة المثال",
        ),
        (
            "978_sender_with_affiliation_writes_on_behalf_of_the_centre",
            "Centre for Example Law of the University of Exampleland",
        ),
        (
            "974_forwarded_note_salutation_over_signature_ru",
            "Институт примерных исследований цифровой политики",
        ),
        (
            "871_signature_mission_with_its_town_under_the_sentence_naming_what_it_is_"
            "accredited_to",
            "Permanent Mission of the Republic of Exampleland to the United Nations Office at "
            "Geneva",
        ),
    ],
)
def test_the_style_fixture_names_its_submitter(fixture: str, name: str) -> None:
    found = _submitter_of(fixture)
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (
            "Jane Example <jane@example.net>          Fri, Dec 30, 2016 at 9:47 PM",
            ("From", "Jane Example"),
        ),
        ("Jane Example <jane@example.net>\tFri, Dec 30, 2016 at 9:47 PM", ("From", "Jane Example")),
        ("Gmail\tJane Example <jane@example.net>", None),
        ('"Example Forum" <info@example.org>', ("From", "Example Forum")),
        ("Ковалёва Ирина <i.k@example.ru>", ("From", "Ковалёва Ирина")),
        ("On Mon, Dec 12, 2016, Secretariat <s@example.org> wrote:", None),
        ("Write to Jane <jane@example.net> for more.", None),
        ("To: Secretariat <s@example.org>", None),
        ("<jane@example.net>", None),
    ],
)
def test_a_printed_e_mails_sender_line_is_its_from_field(
    line: str, field: tuple[str, str] | None
) -> None:
    assert sender_line(line) == field


_FORWARD_LINE = "-------- Пересылаемое сообщение --------"


@pytest.mark.parametrize(
    ("above", "line", "field"),
    [
        (
            _FORWARD_LINE,
            '27.12.2016, 16:40, "Example Telecom Agency" <info@agency.example>:',
            ("From", "Example Telecom Agency"),
        ),
        (
            "---------- Forwarded message ----------",
            '29.12.2016, 14:05, "Фонд «Цифровой пример»" <info@fund.example>:',
            ("From", "Фонд «Цифровой пример»"),
        ),
        (
            _FORWARD_LINE,
            '29.12.2016, 17:05, "Белова Ирина" <i.belova@example.ru>:',
            None,  # a person: the body the text names comes first
        ),
        (
            "Уважаемые коллеги!",
            '27.12.2016, 16:40, "Example Telecom Agency" <info@agency.example>:',
            None,  # not under a forward line: a reply's quoted message
        ),
        (_FORWARD_LINE, "Example Telecom Agency <info@agency.example>", None),
    ],
)
def test_a_forwarded_messages_sender_is_read_under_the_forward_line(
    above: str, line: str, field: tuple[str, str] | None
) -> None:
    assert forwarded_sender(above, line) == field


def test_a_forwarded_messages_sender_is_a_person_in_a_personal_text() -> None:
    line = '29.12.2016, 17:05, "Белова Ирина" <i.belova@example.ru>:'
    assert forwarded_sender(_FORWARD_LINE, line, personal=True) == ("From", "Белова Ирина")


def test_a_sender_line_names_no_one_in_a_signature() -> None:
    text = (
        "Question 1. What are the high level characteristics?\n\nAnswer.\n\n"
        "Best regards,\nJane Example <jane@example.net>\n"
    )
    closing = wgec_parse.parse(text).closing
    assert closing is not None
    assert list(closing.labelled(signed=True)) == []


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "Направляем ответы АО «Примерные сети» (АО «ПС») на вопросы.",
            "АО «ПС»",
            "АО «Примерные сети»",
        ),
        (
            "Le rapport de la SA “Exemple Réseaux” (SA “ER”) suit.",
            "SA “ER”",
            "SA “Exemple Réseaux”",
        ),
        ("Направляем ответы АО «ПС» на вопросы.", "АО «ПС»", None),
        ("Ответы ООО «Примерные сети» (АО «ПС») ниже.", "АО «ПС»", None),
        ("Ответы АО «Примерные» и «Сети» (АО «ПС») ниже.", "АО «ПС»", None),
        ("Ответы (ISOC) ниже.", "ISOC", None),
    ],
)
def test_a_short_name_in_quotation_marks_takes_its_full_name_in_brackets(
    text: str, short: str, full: str | None
) -> None:
    assert _quoted_before(text, short) == full


def test_a_web_bylines_metadata_is_no_part_of_the_name() -> None:
    found = from_fields([("Author", "Dr. Jane Example | 4 January 2017 | 5 min read")])
    assert found is not None
    assert found.name == "Dr. Jane Example"


@pytest.mark.parametrize(
    ("line", "signs"),
    [
        ("For the Network:", True),
        ("Pour le Collectif,", True),
        ("Por la Comisión,", True),
        ("For EBA,", True),
        ("On behalf of the Board:", True),
        # An organ of the body in lower case, then the body (fixture 1006).
        ("Pour le comité de l'ARUI :", True),
        ("For the board of EXA:", True),
        ("От имени правления Ассоциации:", True),
        ("For the reasons set out above:", False),
        ("Pour les raisons suivantes :", False),
        ("For these reasons:", False),  # a list's lead
        ("For example:", False),
        ("For the Network, which met in Freetown in November 2016 with 40 members:", False),
        ("For the Network", False),
    ],
)
def test_a_line_says_on_whose_behalf_a_signature_signs(line: str, signs: bool) -> None:
    assert signs_for(line) is signs


@pytest.mark.parametrize(
    ("sender", "sentence", "name"),
    [
        (
            "Secretariat of the Association",
            "The Example Digital Association has sent the following contribution.",
            "Example Digital Association",
        ),
        # A sentence that names the body by the same word alone names it no better.
        ("مكتب الجمعية", "نعيد إليكم توجيه مساهمة الجمعية أدناه.", "مكتب الجمعية"),
        # A sender that is no office of a body stays.
        (
            "Example Forum",
            "The Example Digital Association has sent the following.",
            "Example Forum",
        ),
    ],
)
def test_a_sender_named_by_an_office_of_a_body_yields_to_its_full_name(
    sender: str, sentence: str, name: str
) -> None:
    found = prefer(Submitter(sender, "From", "field"), [], [], [sentence])
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize(
    ("text", "titled"),
    [
        ("Director, Policy Unit", True),
        ("директор Института", True),
        # An ordinal before the title (fixture 431).
        ("Первый заместитель Министра", True),
        ("First Secretary", True),
        ("First, we recommend", False),
        ("Jane Example", False),
    ],
)
def test_a_line_opens_with_a_signer_s_title(text: str, titled: bool) -> None:
    assert opens_with_title(text) is titled


@pytest.mark.parametrize(
    ("title", "cover", "speaks"),
    [
        # The cover calls the title's short name a state or a government (fixture 442).
        ("Veloria", "RÉPUBLIQUE DU VELORIA", True),
        ("Veloria", "les réponses du Gouvernement de la République du Veloria", True),
        ("Veloria", "on behalf of the Government of Veloria", True),
        # ... not where it names it otherwise, nor a name that is an organisation's.
        ("Veloria", "the people of Veloria", False),
        ("Veloria Telecom Association", "the Government of Veloria Telecom Association", False),
        ("Veloria", "", False),
    ],
)
def test_a_ministry_speaks_for_the_state_a_short_title_names(
    title: str, cover: str, speaks: bool
) -> None:
    ministry = Submitter("Ministère des Postes", "Le Ministère des Postes a", "sentence")
    found = Submitter(title, f"Contribution of {title}", "title")
    assert prefers_the_speaker(found, ministry, cover) is speaks


def test_a_chinese_signer_names_the_submitter_only_in_a_personal_capacity() -> None:
    # The name under "此致" / "敬礼！" (fixture 447); not where no one says so.
    text = (STYLES / "447_chinese_signer_under_the_salute_personal_zh.txt").read_text("utf-8")
    assert wgec_parse.parse(text).submitted_by == "李明远"
    assert wgec_parse.parse(text.replace("（以个人身份提交）", "")).submitted_by is None


@pytest.mark.parametrize(
    ("texts", "name"),
    [
        # A state named in a subject line yields to the ministry that speaks for it in
        # the letter (fixture 450), and an Arabic state to the ministry a verb before
        # its subject says presents the text (fixture 451).
        (
            [
                "Contribution du Veloria aux travaux du Groupe",
                "RÉPUBLIQUE DU VELORIA Le Ministère des Postes a l'honneur de transmettre ...",
            ],
            "Ministère des Postes",
        ),
        (
            ["مساهمة المملكة المثالية في أعمال الفريق تتشرف وزارة الاقتصاد الرقمي بأن تقدم ردودها"],
            "وزارة الاقتصاد الرقمي",
        ),
        # ... not a government named as such, nor a state that speaks itself, nor a
        # body named as one that contributed.
        (["مساهمة حكومة دولة المثال في أعمال الفريق تتشرف وزارة الاقتصاد الرقمي بأن تقدم"], None),
        (["El Gobierno de la República de Veloria agradece la invitación y presenta ..."], None),
        (["Aporte de Veloria, REPÚBLICA DE VELORIA, con aportes del Consejo Consultivo."], None),
        # The state's government speaks for it, its name ending with the state's as
        # written, or in Arabic with the adjective made from it (fixture 728).
        (
            ["مساهمة تونس في أعمال الفريق", "تتشرف حكومة الجمهورية التونسية بتقديم ردودها"],
            "حكومة الجمهورية التونسية",
        ),
        (
            [
                "Contribution of Examplia to the Working Group",
                "The Government of Examplia has the honour to submit its views.",
            ],
            "Government of Examplia",
        ),
        (["مساهمة تونس في أعمال الفريق", "تتشرف حكومة الجمهورية الليبية بتقديم"], None),
    ],
)
def test_a_body_speaks_for_the_state_a_sentence_names(texts: list[str], name: str | None) -> None:
    state = next(filter(None, map(from_sentence, texts)))
    found = speaker_for_state(state, texts)
    assert (found.name if found is not None else None) == name


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (
            ["Lagoon Harbour Data Limited", "14 Quay Road, Port Example"],
            "Lagoon Harbour Data Limited",
        ),
        (["Example Internet Society", "P.O. Box 1234, Example City"], "Example Internet Society"),
        (["Fédération des opérateurs", "B.P. 1234 Exempleville"], "Fédération des opérateurs"),
        (
            ["Ministry of Digital Affairs", "Private Bag 310, Example"],
            "Ministry of Digital Affairs",
        ),
        (["Ассоциация операторов связи", "а/я 17, г. Примерск"], "Ассоциация операторов связи"),
        (
            ["Объединение операторов", "127018, Москва, ул. Примерная, д. 18"],
            "Объединение операторов",
        ),
        # A line that runs on into a second line of the name is read whole.
        (["Example Institute for", "Internet Policy"], "Example Institute for Internet Policy"),
    ],
)
def test_a_letterhead_names_its_body_without_the_address_under_it(
    lines: list[str], name: str
) -> None:
    found = from_paragraph(lines, " ".join(lines))
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Policy Manager | Example Fibre Networks Ltd", "Example Fibre Networks Ltd"),
        ("Government Relations Director, Example Telecom PLC", "Example Telecom PLC"),
        (
            "Director General, Example Communications Commission",
            "Example Communications Commission",
        ),
        (
            "Programme Coordinator – Example Digital Rights Observatory",
            "Example Digital Rights Observatory",
        ),
        ("منسقة البرامج – المرصد العربي للحقوق الرقمية", "المرصد العربي للحقوق الرقمية"),
        # A first part that names an organisation is kept.
        ("Example Society | Example Internet Forum", "Example Society | Example Internet Forum"),
    ],
)
def test_a_signers_title_before_the_body_is_left_out(line: str, name: str) -> None:
    found = wgec_parse.parse(f"{Q1}\nBest regards,\nJane Example\n{line}\n").submitter
    assert found is not None
    assert found.name == name


def test_a_forms_row_asked_as_a_question_says_the_writer_is_a_person() -> None:
    # "¿Responde en nombre de una organización? No, a título personal" (forms 48): the
    # person's name, not the country's field.
    path = STYLES.parent / "forms" / "48_personal_capacity_asked_as_a_question_es.tsv"
    found = wgec_parse.load(path).submitter
    assert found is not None
    assert (found.name, found.source) == ("Ana Ejemplo Ruiz", "Nombre y apellidos")


def test_a_forms_label_with_a_remark_says_there_is_no_body() -> None:
    # "Organisation (le cas échéant): Aucune" beside "Nom et prénoms" (forms 46).
    path = STYLES.parent / "forms" / "46_name_labels_with_a_remark_fr.tsv"
    found = wgec_parse.load(path).submitter
    assert found is not None
    assert (found.name, found.source) == ("Amadou Example Diallo", "Nom et prénoms")


@pytest.mark.parametrize(
    ("fields", "name"),
    [
        (
            [("Nombre y apellido", "Ana Example"), ("Organización (si corresponde)", "—")],
            "Ana Example",
        ),
        (
            [("Name (optional)", "Jo Example"), ("Organisation (if any)", "Example Forum")],
            "Example Forum",
        ),
        ([("First and last name", "Jo Example"), ("Organisation", "N/A")], "Jo Example"),
    ],
)
def test_a_fields_name_is_read_without_its_remark(fields: list[tuple[str, str]], name: str) -> None:
    found = from_fields(fields)
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Submitted by . globally-", None),  # no name after the label
        ("Submitted by – (i) Subject: multistakeholder.", None),
        ("Submitted by «Example Forum»", "«Example Forum»"),
        ("Submitted by Example Forum", "Example Forum"),
    ],
)
def test_a_label_runs_on_into_a_name_only(line: str, name: str | None) -> None:
    found = labelled(line)
    assert (found.name if found is not None else None) == name


def test_a_sentences_name_leaves_out_a_bracket_its_clause_leaves_open() -> None:
    text = "Submitted by the Centre for Law, University of Example Bay (Nelson, New Zealand), on 27 December 2016."
    found = from_sentence(text)
    assert found is not None
    assert found.name == "Centre for Law, University of Example Bay"


@pytest.mark.parametrize(
    ("lines", "texts", "name"),
    [
        (["Jo Example", "Consultant, Riga"], ["Submitted in a personal capacity."], "Jo Example"),
        (["Jo Example", "Consultant, Riga"], ["Submitted by Jo Example."], None),  # not said
        # A title in capitals of the meeting's words, or an organisation, names no person.
        (["Enhanced Cooperation After Tunis"], ["in a personal capacity"], None),
        (["Example Policy Institute"], ["in a personal capacity"], None),
    ],
)
def test_a_person_named_alone_writes_in_a_personal_capacity(
    lines: list[str], texts: list[str], name: str | None
) -> None:
    found = personal_writer(lines, texts)
    assert (found.name if found is not None else None) == name


def test_a_person_who_sends_yields_to_the_body_a_covering_sentence_names() -> None:
    text = (
        "From: Jane Example <jane@example.org>\n"
        "Subject: WGEC-2 input\n\n"
        "Dear Secretariat,\n\n"
        "The Example Rights Forum submits the following answers to the guiding questions.\n\n"
        "1) What are the high level characteristics of enhanced cooperation?\n"
        "Equal footing for all governments.\n"
    )
    front = wgec_parse.parse(text).front_matter
    assert front is not None
    assert front.submitter is not None
    assert front.submitter.name == "Example Rights Forum"


def test_an_office_named_by_its_bodys_kind_alone_names_no_one() -> None:
    # "作者：社区秘书处" (the community's secretariat) in a byline of fields (fixture 698).
    assert _submitter_of("698_web_page_byline_names_the_community_secretariat_zh") is None
    # "ويقدم فيما يلي ..." (and presents below ...): no one's name (fixture 721).
    assert _submitter_of("721_presents_below_names_no_one_ar") is None


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        ("以上意见由示例数字治理协会（EDGA）提交。", "示例数字治理协会（EDGA）"),
        ("本文件由示例网络研究院撰写", "示例网络研究院"),
        ("This input is submitted by the Example Digital Forum.", "Example Digital Forum"),
    ],
)
def test_a_closing_sentence_names_the_submitter_where_nothing_else_does(
    closing: str, name: str
) -> None:
    question = "1) What are the high level characteristics of enhanced cooperation?"
    text = f"{question}\nOpen.\n\nBest regards,\n\n{closing}\n"
    document = wgec_parse.parse(text)
    assert document.closing is not None
    found = document.submitter
    assert found is not None
    assert found.name == name
    assert found.confidence in ("title", "sentence")


def test_a_closing_sentence_gives_way_to_a_field() -> None:
    text = (
        "Submitted by: Example Council\n\n"
        "1) What are the high level characteristics of enhanced cooperation?\nOpen.\n\n"
        "Best regards,\n\nThis input is submitted by the Example Digital Forum.\n"
    )
    found = wgec_parse.parse(text).submitter
    assert found is not None
    assert (found.name, found.confidence) == ("Example Council", "field")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A body that submitted on a date (fixture 895).
        ("示例数字经济商会于2016年12月30日向委员会秘书处提交了书面意见。", "示例数字经济商会"),
        ("示例研究院于2016年12月向委员会提交了意见。", "示例研究院"),
    ],
)
def test_a_chinese_sentence_names_the_body_that_submitted_on_a_date(text: str, name: str) -> None:
    found = from_sentence(text)
    assert found is not None
    assert found.name == name


def test_an_arabic_verb_before_a_word_of_time_names_no_one() -> None:
    # "أرسلت اليوم إلى ..." (I sent today to ...): "today" is no sender.
    assert from_sentence("أرسلت اليوم إلى أمانة اللجنة النص التالي.") is None


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("مدونة ليلى المثال > مقالات > حوكمة الإنترنت", "ليلى المثال"),
        ("Le blog de Jeanne Exemple", "Jeanne Exemple"),
        ("Blog de Ana Ejemplo | Inicio", "Ana Ejemplo"),
    ],
)
def test_a_blogs_title_names_its_writer_in_a_personal_capacity(title: str, name: str) -> None:
    text = (
        f"{title}\n\nI write in my personal capacity.\n\n"
        "1) What are the high level characteristics of enhanced cooperation?\nOpen.\n"
    )
    found = wgec_parse.parse(text).submitter
    assert found is not None
    assert found.name == name


def test_a_research_groups_title_gives_way_to_its_name_with_its_university() -> None:
    text = (
        "Digital Policy Research Group\n\n"
        "This note is submitted by the Digital Policy Research Group of the University of "
        "Example City in response to the call.\n\n"
        "1) What are the high level characteristics of enhanced cooperation?\nOpen.\n"
    )
    found = wgec_parse.parse(text).submitter
    assert found is not None
    assert found.name == "Digital Policy Research Group of the University of Example City"


@pytest.mark.parametrize(
    ("line", "signs"),
    [
        ("سلمى المثال", True),
        ("سليم عبد الرحيم المثال", True),
        ("رئيسة المنتدى", False),  # a title
        ("مع خالص التحية", False),  # a sign-off
    ],
)
def test_an_arabic_name_alone_is_a_persons_signature(line: str, signs: bool) -> None:
    from wgec_parse.submitters import signed_by_a_person

    assert signed_by_a_person(line) is signs


def test_a_title_that_ends_with_its_rank_is_a_signers() -> None:
    from wgec_parse.submitters import signed_with_title

    assert signed_with_title("Dara Lim, Programme Lead, on behalf of the EDFN steering group")
    assert signed_with_title("Ana Example, Research Fellow")
    assert not signed_with_title("Dara Lim, who took the lead in writing it")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Институт примерных исследований цифровой политики", True),
        # A salutation and a sentence that ends inside the line (fixture 974).
        ("Уважаемые коллеги, пересылаю вклад нашего Института, просьба. -- Иван Примеров", False),
        ("Example Data Ltd. Policy Institute", True),  # an abbreviation's capital stop
        ("Univ. of Example Research Centre", True),
        ("Example Association of Operators, etc. and Partners", True),
    ],
)
def test_a_sentence_inside_a_line_is_no_organisations_name(text: str, expected: bool) -> None:
    assert is_organisation_name(text) is expected


@pytest.mark.parametrize(
    ("state", "line", "found"),
    [
        ("سلطنة المثال", "البعثة الدائمة لسلطنة المثال", True),  # fixture 972
        ("سلطنة المثال", "البعثة الدائمة لـ سلطنة المثال", True),
        ("Example", "Permanent Mission of Example", True),
        ("سلطنة المثال", "البعثة الدائمة لسلطنة أخرى", False),
        ("سلطنة المثال", "جمعية المثال لسلطنة المثال", False),  # no mission's words
    ],
)
def test_a_mission_named_with_its_state_joined_to_the_preposition(
    state: str, line: str, found: bool
) -> None:
    mission = mission_of(Submitter(state, f"Contribution {state}", "title"), [line])
    assert (mission.name if mission is not None else None) == (line if found else None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Jane Example", True),
        # A person's name, then the body they belong to (fixture 978).
        ("Prof. Jane Example, Centre for Example Law, University of Exampleland", True),
        ("Director General, Example Communications Commission", False),  # a signer's title
        ("Example Policy Forum", False),
    ],
)
def test_a_senders_field_names_a_person(value: str, expected: bool) -> None:
    assert _names_a_person(value) is expected


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ana Ejemplo Ruiz - Ciudad Ejemplo, 30 de diciembre de 2016", "Ana Ejemplo Ruiz"),
        ("Jane Example – Example Town, 2 December 2016", "Jane Example"),
        ("Jane Example - Policy Notes", "Jane Example - Policy Notes"),  # no place and date
    ],
)
def test_a_byline_without_its_place_and_date(line: str, name: str) -> None:
    assert _without_dateline(line) == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # The verb's object ends the name; the clause after the comma speaks of it (987).
        (
            "يقدم مركز المثال بجامعة المثال الملاحظات التالية، وهي ثمرة حلقة نقاش.",
            "مركز المثال بجامعة المثال",
        ),
        # A clause that says what the body is keeps its prepositions.
        (
            "يقدم مركز المثال للبحوث في مجتمع المعلومات، وهو مركز بحث جامعي، إجاباته.",
            "مركز المثال للبحوث في مجتمع المعلومات",
        ),
        ("يقدم المركز فيما يلي رأيه في السؤالين.", None),  # "below, its view": no name
        # A relative clause ends the name: "the network's, which I sent yesterday".
        ("أعيد إليكم توجيه مساهمة الشبكة التي أرسلت أمس إلى عنوان خاطئ.", None),
    ],
)
def test_an_arabic_verbs_subject_ends_before_its_object(sentence: str, name: str | None) -> None:
    found = from_sentence(sentence)
    assert (found.name if found is not None else None) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("张示例（以个人身份提交）", "张示例"),
        # The words for an opinion are a title's, no one's name (fixture 1000).
        ("个人意见（以个人身份提交）", None),
    ],
)
def test_a_chinese_name_before_a_personal_aside(line: str, name: str | None) -> None:
    found = from_line(line)
    assert (found.name if found is not None else None) == name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("欧阳晓岚的博客", "欧阳晓岚"),
        # notes on a subject under the writer's name (fixture 1063)
        ("李示例的互联网政策笔记", "李示例"),
        ("张示例的网络治理随笔", "张示例"),
        # a body's notes, or notes with no owner, name no writer
        ("示例研究会的工作笔记", None),
        ("互联网政策笔记", None),
    ],
)
def test_a_personal_blogs_title_names_its_owner(title: str, name: str | None) -> None:
    texts = ["我以个人身份提交以下意见。"]
    found = personal_writer([title, "我对指导问题的看法"], texts)
    assert (found.name if found is not None else None) == name


@pytest.mark.parametrize(
    "sentence",
    [
        "Our coordinator sent the text below from a personal address last night.",
        "Notre présidente a transmis le texte ci-dessous.",
        "Mi colega envió el texto a la Secretaría.",
    ],
)
def test_a_subject_after_a_possessive_names_no_body(sentence: str) -> None:
    # A role or a thing, not a body's name (fixture 1065).
    assert from_sentence(sentence) is None


@pytest.mark.parametrize(
    ("title", "same"),
    [
        ("Council Secretariat", True),  # the council's staff (fixture 1069)
        ("Council Team", True),
        ("Council", True),
        ("Network Secretariat", False),  # another kind of body
        ("Policy Unit Secretariat", False),  # more than a kind
    ],
)
def test_a_byline_of_the_bodys_staff_names_it_by_its_kind(title: str, same: bool) -> None:
    sentence = Submitter("Example Internet Users Council", "The Example ... has sent", "sentence")
    assert called_by_its_kind(Submitter(title, f"Posted by {title}", "title"), sentence) is same


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # The office's state between commas goes with its name (fixture 1072).
        (
            "The Office of Digital Affairs, Republic of Exampleland, has submitted its views.",
            "Office of Digital Affairs, Republic of Exampleland",
        ),
        (
            "The Ministry of Digital Affairs, Kingdom of Exampleland, presents its views.",
            "Ministry of Digital Affairs, Kingdom of Exampleland",
        ),
        (
            "The Institute for Example Studies, University of Exampleland, sent its views.",
            "Institute for Example Studies, University of Exampleland",
        ),
        # a body that sends its views (fixture 1081)
        ("La Asociación Ejemplar (AE) envía sus comentarios.", "Asociación Ejemplar (AE)"),
        ("Le Réseau Exemple (RE) envoie ses observations.", "Réseau Exemple (RE)"),
        ("The Example Network sends its views below.", "Example Network"),
        # a headline's subject, then a sentence that names the same in full
        (
            "El Núcleo Ejemplar envía su aporte al WGEC-2 Publicado el 3 de enero "
            "El Núcleo Ejemplar (NE) de la Universidad Ejemplar presenta sus respuestas.",
            "Núcleo Ejemplar (NE) de la Universidad Ejemplar",
        ),
    ],
)
def test_a_covering_sentences_subject_names_the_body_in_full(sentence: str, name: str) -> None:
    found = from_sentence(sentence)
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # small words between the capitalised words before the kind (fixture 1076)
        (
            "The Horn of Africa Digital Rights Collective is a network.",
            "Horn of Africa Digital Rights Collective",
        ),
        ("The Bay of Example Business Council groups firms.", "Bay of Example Business Council"),
        ("The Example Business Council groups firms.", "Example Business Council"),
    ],
)
def test_a_body_named_by_its_kind_in_a_field_is_named_in_full(text: str, name: str) -> None:
    kind = name.rsplit(" ", 1)[1]
    field = Submitter(f"the {kind}", "Submitted on behalf of", "field")
    found = prefer(field, [text], [])
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize(
    ("line", "body"),
    [
        # a standing roundtable of bodies (fixture 1077), not a round table, an event
        ("Mesa Técnica Ejemplar de Internet Comunitario", True),
        ("Mesa de Diálogo Ejemplar", True),
        ("Mesa redonda sobre la cooperación reforzada", False),
        ("Mesa Redonda sobre Gobernanza de Internet", False),
    ],
)
def test_a_roundtable_of_bodies_is_an_organisation_a_round_table_is_not(
    line: str, body: bool
) -> None:
    assert is_organisation_name(line) is body


@pytest.mark.parametrize(
    ("name", "organ"),
    [
        ("the Policy Committee", True),  # fixture 1080
        ("the Programme Committee", True),
        ("the Example Policy Forum", False),
    ],
)
def test_a_committee_named_by_its_kind_alone_is_an_organ(name: str, organ: bool) -> None:
    assert names_an_organ_alone(Submitter(name, "Submitted on behalf of", "field")) is organ
