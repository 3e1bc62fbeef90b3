"""Running titles seen once (wgec_parse.layout.running_titles): page furniture."""

from __future__ import annotations

import pytest

from wgec_parse import layout
from wgec_parse.lexer import classify_lines

COVER = [
    "Example Internet Users Association (EIUA)",
    "Contribution to the Working Group on Enhanced Cooperation, December 2016",
    "",
    "1.1 Enhanced cooperation is a process in which governments and stakeholders work",
    "together on the international public policy issues that concern the Internet and",
    "                                                                   - 1 -",
]


def titles(contents: list[str]) -> list[str]:
    lines = classify_lines(list(contents))
    return [contents[i] for i in sorted(layout.running_titles(contents, lines))]


@pytest.mark.parametrize(
    "header",
    [
        "\fEIUA - Contribution to the WGEC - December 2016",
        "\fExample Internet Users Association | Working Group",
        "\fEIUA \u00b7 Contribution to the Working Group",
    ],
)
def test_a_title_at_the_top_of_a_page_is_furniture(header: str) -> None:
    contents = [*COVER, header, "the way they work together.", "- 2 -"]
    assert titles(contents) == [header]


def test_a_footer_before_the_page_number_is_furniture() -> None:
    footer = "Example Internet Users Association - December 2016"
    contents = [*COVER, "\fthe way they work together.", footer, "- 2 -"]
    assert titles(contents) == [footer]


@pytest.mark.parametrize(
    "line",
    [
        # Not the cover's words.
        "\fthe members of the United Nations - large and small",
        # A sentence.
        "\fEIUA - Contribution to the WGEC - December 2016.",
        # A part that is no words: a page number run into the line.
        "\fEIUA - 2 - Contribution",
    ],
)
def test_other_lines_at_a_page_edge_stay_text(line: str) -> None:
    assert titles([*COVER, line, "the way they work together.", "- 2 -"]) == []


def test_one_part_opening_a_page_under_a_page_number_is_furniture() -> None:
    header = "\fContribution to the Working Group on Enhanced Cooperation"
    assert titles([*COVER, header, "the way they work together.", "- 2 -"]) == [header]


def test_one_part_without_a_page_number_before_it_stays_text() -> None:
    # A form feed alone ends page 1: the line after it may be the next page's heading.
    line = "\fContribution to the Working Group on Enhanced Cooperation"
    assert titles([*COVER[:-1], line, "the way they work together.", "- 2 -"]) == []
    # A page number before it, but the line is not on the new page's first line.
    assert titles([*COVER, "\f", "the way they work", line[1:], "together.", "- 2 -"]) == []


def test_a_title_away_from_page_edges_stays_text() -> None:
    title = "EIUA - Contribution to the WGEC - December 2016"
    contents = [*COVER, "\fthe way they work", title, "together in the WGEC.", "- 2 -"]
    assert titles(contents) == []


def test_without_page_breaks_nothing_is_furniture() -> None:
    contents = [*COVER[:-1], "EIUA - Contribution to the WGEC - December 2016", "Text."]
    assert titles(contents) == []


def test_a_chinese_title_is_matched_by_its_characters() -> None:
    cover = [
        "数字丝路合作联盟",
        "关于增强合作工作组指导性问题的意见",
        "",
        "一、增强合作的高层次特征是什么？",
    ]
    contents = [
        *cover,
        "正文第一行",
        "第 1 页 共 2 页",
        "\f数字丝路合作联盟 · 关于增强合作的意见",
        "正文",
        "第 2 页 共 2 页",
    ]
    assert titles(contents) == ["\f数字丝路合作联盟 · 关于增强合作的意见"]


def test_one_part_under_a_page_number_and_a_form_feed_alone_is_furniture() -> None:
    # pdftotext may write the form feed alone on its line, the page's title after it.
    header = "Contribution to the Working Group on Enhanced Cooperation"
    contents = [*COVER, "\f", header, "the way they work together.", "- 2 -"]
    assert titles(contents) == [header]
    # Without a form feed, a page-number-like line is no page's end.
    assert titles([*COVER, header, "the way they work together.", "- 2 -"]) == []


@pytest.mark.parametrize(
    "header",
    [
        "EIUA \u2013 Submission for WGEC-2",
        "Submission for WGEC-2 | Example Internet Users Association",
    ],
)
def test_a_title_naming_who_submits_it_opening_a_page_is_furniture(header: str) -> None:
    # Most words are not the cover's, but one part is wholly the cover's: its name.
    contents = [*COVER[:-1], "                         1/2", "\f", header, "2.1 We propose."]
    assert titles(contents) == [header]
    fed = [*COVER[:-1], "                         1/2", "\f" + header, "2.1 We propose."]
    assert titles(fed) == ["\f" + header]


@pytest.mark.parametrize(
    "line",
    [
        # No part is wholly the cover's.
        "EIUA members \u2013 Submission for WGEC-2",
        # One part only.
        "EIUA submission for WGEC-2",
        # Lower case: a sentence running on from the last page.
        "internet users \u2013 who pay the most",
    ],
)
def test_other_lines_opening_a_page_stay_text(line: str) -> None:
    contents = [*COVER[:-1], "                         1/2", "\f", line, "2.1 We propose."]
    assert titles(contents) == []


def test_a_title_naming_who_submits_it_not_opening_a_page_stays_text() -> None:
    # At a page's foot, before its number, the title must echo the cover as a whole.
    footer = "EIUA \u2013 Submission for WGEC-2"
    contents = [*COVER, "\fthe way they work together.", footer, "- 2 -"]
    assert titles(contents) == []


def furniture(contents: list[str]) -> list[str]:
    lines = classify_lines(list(contents))
    return [contents[i] for i in sorted(layout.page_furniture(contents, lines))]


BODY = [
    "Example Policy Unit",
    "Submission on enhanced cooperation",
    "",
    "1. What are the high level characteristics of enhanced cooperation?",
    "It is a process among governments that stays open to all stakeholders.",
]


@pytest.mark.parametrize(
    "footer",
    [
        "EPU Policy Note 3 – page 1 of 2",
        "EPU Policy Note 3 | Page 1",
        "EPU Policy Note 3          Стр. 1 из 2",
        "Page 1 of 2 – EPU Policy Note 3",
    ],
)
def test_a_page_label_beside_a_title_is_furniture_on_a_short_document(footer: str) -> None:
    # Two pages: each footer stands once, the header over the second page once.
    contents = [*BODY, footer, "\fEPU Policy Note 3", "It publishes what it decides.", footer]
    assert furniture(contents) == [footer, "\fEPU Policy Note 3", footer]


@pytest.mark.parametrize(
    "line",
    [
        "as the report of the previous group says – page 3 of 5.",  # a sentence's end
        "We refer to the annex of the report, page 3 of 5",  # no title set apart
        "1. Policy notes – page 1 of 2",  # a numbered line
        "Figures: see the annex – page 3 of 5",  # a field and its value
    ],
)
def test_a_page_label_in_a_sentence_is_no_furniture(line: str) -> None:
    contents = [*BODY, line, "It publishes what it decides.", line]
    assert furniture(contents) == []
    assert layout.titled_page_numbers(classify_lines(contents)) == frozenset()


@pytest.mark.parametrize(
    ("header", "furniture"),
    [
        # The initials of the cover's words, short words skipped ("of", "and").
        ("\fNAICTA – Submission to WGEC-2", True),
        ("\fNAICTA RE – Submission to WGEC-2", True),
        # Capitals that abbreviate nothing on the cover; a word, not capitals.
        ("\fWXYZ – Submission to WGEC-2", False),
        ("\fNaicta – Submission to WGEC-2", False),
    ],
)
def test_a_page_top_title_may_abbreviate_the_cover(header: str, furniture: bool) -> None:
    cover = [
        "REPUBLIC OF EXAMPLIA",
        "NATIONAL AUTHORITY OF INFORMATION AND COMMUNICATION TECHNOLOGY AFFAIRS",
        "",
        "1.1 Enhanced cooperation is a process in which governments and stakeholders work",
        "                                                                   - 1 -",
    ]
    contents = [*cover, header, "the way they work together.", "- 2 -"]
    assert titles(contents) == ([header] if furniture else [])


@pytest.mark.parametrize(
    ("line", "titled"),
    [
        ("CECD – Aportación al WGEC-2                      — 1 de 2 —", True),
        ("الهيئة العامة للاتصالات – مساهمة في WGEC-2                 1/2", True),
        ("Example Forum submission        2 of 3", True),
        ("ГИИ - ответ РГРС                                    - 1 -", True),  # dashes
        # Word's page label after a bar ("1 | P a g e", letter-spaced or not).
        ("DCDT Example - WGEC-2 input                          1 | P a g e", True),
        ("IEDS - Aporte al GTCR-2                              2 | Página", True),
        ("Example Forum submission 3 | Page", True),
        ("АИП - вклад в работу РГРС                           2 | Стр.", True),
        ("Members agree on this.                              1 | Page", False),
        # A count of things, or a sentence, is no page's footer.
        ("Countries connected so far        15", False),
        ("We count 12 of 40 members.        1/2", False),
        ("Growth in the region       - 12", False),  # a dash on one side only
    ],
)
def test_a_title_with_a_counted_page_number_set_apart_is_a_page_footer(
    line: str, titled: bool
) -> None:
    lines = classify_lines([line])
    assert (0 in layout.titled_page_numbers(lines)) is titled


@pytest.mark.parametrize(
    ("cover_word", "title_word", "echoes"),
    [
        ("республики", "республика", True),  # declined: the last two letters differ
        ("примерии", "примерия", True),
        ("republic", "republic", True),
        ("international", "internet", False),  # a common start is no stem
        ("союз", "союза", False),  # too short to compare by stem
    ],
)
def test_a_cover_word_in_another_case_echoes(
    cover_word: str, title_word: str, echoes: bool
) -> None:
    found, total = layout._echo_counts(title_word, cover_word, frozenset({cover_word}))
    assert (found == total == 1) is echoes


def test_a_reference_and_a_bare_page_label_come_back_as_a_footer() -> None:
    # "EPU/IP/2016/4 Page 1" / "... Page 2": a title, one space, a page label and its
    # number without the count, back on the next page with its number (fixture 452).
    first, last = "EPU/IP/2016/4 Page 1", "EPU/IP/2016/4 Page 2"
    contents = [
        *BODY,
        first,
        "\fContribution of the Example Policy Unit",
        "It publishes what it decides.",
        last,
    ]
    assert furniture(contents) == [first, "\fContribution of the Example Policy Unit", last]
    # ... not where the title does not come back with another page's number.
    once = [
        *BODY,
        first,
        "\fContribution of the Example Policy Unit",
        "It publishes what it decides.",
        first,
    ]
    assert first not in furniture(once)


STATE_COVER = [
    "RÉPUBLIQUE GABONAISE",
    "MINISTÈRE DE LA COMMUNICATION",
    "",
    "a) Le Ministère transmet ci-après sa réponse aux questions du Groupe de travail sur la",
    "coopération renforcée, qui concernent les questions de politique publique.",
    "Page 1 sur 2",
]


@pytest.mark.parametrize(
    "header",
    [
        # A word for the paper and the state's name, as the cover spells its adjective
        # (fixture 706).
        "\fContribution du Gabon - GTCR-2",
        "\fRéponse du Gabon - WGEC-2",
    ],
)
def test_a_title_naming_the_paper_and_the_covers_state_is_furniture(header: str) -> None:
    contents = [*STATE_COVER, header, "b) Il propose un rapport annuel.", "Page 2 sur 2"]
    assert titles(contents) == [header]


@pytest.mark.parametrize(
    "line",
    [
        # The paper's word, but a name the cover lacks.
        "\fContribution du Sénégal - GTCR-2",
        # The cover's words, but no word for a paper first.
        "\fLe Gabon - GTCR-2 à Genève",
    ],
)
def test_a_title_naming_another_writer_stays_text(line: str) -> None:
    contents = [*STATE_COVER, line, "b) Il propose un rapport annuel.", "Page 2 sur 2"]
    assert titles(contents) == []


def test_a_header_whose_last_part_is_a_date_is_furniture() -> None:
    # Under a page count, no form feed: a header of parts, the last a date (fixture 722).
    header = "EIUA - Contribution to the WGEC          29 December 2016"
    contents = [*COVER[:-1], "                                        Page 1 of 2", header]
    assert titles([*contents, "the way they work together.", "Page 2 of 2"]) == [header]
    other = "EIUA - Contribution to the WGEC          29 to 30"
    assert titles([*contents[:-1], other, "the way they work together.", "Page 2 of 2"]) == []


def test_a_chinese_footer_with_its_page_number_after_a_space_is_furniture() -> None:
    # "示例研究院 第1页" on one page and "示例研究院 第2页" on the next.
    contents = [
        "一、加强合作的高层次特征是什么？",
        "1. 各国政府在平等基础上履行其作用和责任。",
        "",
        "示例研究院 第1页",
        "2. 听取其他利益相关方的意见。",
        "",
        "示例研究院 第2页",
    ]
    lines = classify_lines(contents)
    assert layout.titled_page_numbers(lines) == frozenset({3, 6})
    # One such line alone says no page's number twice: a sentence may end so.
    assert layout.titled_page_numbers(classify_lines(contents[:5])) == frozenset()


def test_a_header_after_a_form_feed_over_the_page_number_in_a_cut_sentence_is_furniture() -> None:
    contents = [
        "5) Поручить организациям ежегодно представлять",
        "\f Вклад Примерии в WGEC-2",
        "",
        "Стр. 1 из 2",
        "",
        "доклады о ходе расширенного сотрудничества.",
    ]
    assert layout.cut_sentence_headers(classify_lines(contents)) == frozenset({1})
    # Where the sentence above ended, or the text under goes on with a capital, it is not.
    ended = [contents[0] + ".", *contents[1:]]
    assert layout.cut_sentence_headers(classify_lines(ended)) == frozenset()
    capital = [*contents[:5], "Доклады о ходе расширенного сотрудничества."]
    assert layout.cut_sentence_headers(classify_lines(capital)) == frozenset()


@pytest.mark.parametrize(
    ("cover", "header", "page", "points"),
    [
        (  # a date in digits, under the page count
            ["АГЕНТСТВО ЦИФРОВОГО РАЗВИТИЯ", "РЕСПУБЛИКИ ПРИМЕРИЯ", "", "от 26 декабря 2016 г."],
            "   РГРС-2 / Примерия                                          26.12.2016",
            "                                                                  Стр. 1 из 2",
            ("1.1. Равноправие.", "2.1. Перечень."),
        ),
        (  # a date in words, opening a page after a form feed
            ["SECRETARÍA NACIONAL DE EJEMPLO", "Contribución al GTCR-2"],
            "\f   Contribución al GTCR-2                        14 de diciembre de 2016",
            "   SNE – Ejemplia                                       Página 1 de 2",
            ("1.1.  Un proceso.", "2.1.  Un inventario."),
        ),
    ],
)
def test_a_running_title_with_a_date_opening_a_page_is_furniture(
    cover: list[str], header: str, page: str, points: tuple[str, str]
) -> None:
    last = page.replace("1 из", "2 из").replace("1 de", "2 de")
    contents = [*cover, "", points[0], "", page, header, "", points[1], last]
    assert titles(contents) == [header]


def test_a_header_once_after_a_page_number_at_the_margin_in_a_cut_sentence_is_furniture() -> None:
    contents = [
        "Permanent Mission of Exampleland",
        "",
        "2.1 Many small States have two or three diplomats in Geneva covering more",
        "",
        " " * 70 + "2",
        "",
        "Permanent Mission of Exampleland - WGEC-2 input",
        "",
        "than forty bodies; they cannot attend every meeting in person.",
    ]
    assert layout.cut_sentence_headers(classify_lines(contents)) == frozenset({6})
    # A number near the margin's other side is a line's, not a footer's.
    near = [*contents[:4], "2", *contents[5:]]
    assert layout.cut_sentence_headers(classify_lines(near)) == frozenset()


def test_the_title_at_a_pages_foot_that_opens_the_next_page_is_furniture_there_too() -> None:
    title = "Contribución de Ejemplia al GTCR-2"
    contents = [
        "Misión Permanente de Ejemplia",
        "Contribución al Grupo de Trabajo (GTCR-2)",
        "",
        "1.1 La igualdad de los Estados.",
        "participación.",
        title,
        "Página 1 de 2",
        "\f" + title,
        "1.2 Se ocupa de las cuestiones de política pública.",
        "Página 2 de 2",
    ]
    assert titles(contents) == [title, "\f" + title]


def test_a_title_on_the_second_page_where_the_first_pages_number_heads_the_text() -> None:
    # The first page's number above its letterhead: the cover is the text under it, and
    # the title the next page opens with, after its number, echoes it (fixture 976).
    header = "Example - Aporte al WGEC-2"
    contents = [
        "                                   Página 1 de 2",
        "REPÚBLICA DE EJEMPLO",
        "Secretaría de Gobierno Digital",
        "Aporte de la Secretaría de Gobierno Digital de Ejemplo al WGEC-2",
        "",
        "2.1. Que la CSTD lleve un registro de las cuestiones.",
        "                                   Página 2 de 2",
        header,
        "2.2. Que se apoye la participación remota.",
    ]
    assert titles(contents) == [header]


def test_a_title_in_the_genitive_after_the_only_page_number_at_the_margin() -> None:
    # One page number, at the right margin, over a title of parts that names the cover's
    # body in the genitive ("комитета" under "комитет"): the text is paged, and the title
    # is furniture (fixture 983).
    header = "Вклад Государственного комитета – РГРС-2"
    contents = [
        "Государственный комитет по связи Республики Примерия",
        "Вклад во вторую сессию Рабочей группы",
        "",
        "2.1. Поручить КНТР ежегодно рассматривать ход работы.",
        "                                                                    Стр. 1",
        header,
        "2.2. Содействовать наращиванию потенциала.",
    ]
    assert titles(contents) == [header]


def test_a_title_of_one_part_with_each_page_number_far_right_is_furniture() -> None:
    # "РГРС-2, вклад X <gap> 1" closing page 1, "... <gap> 2" closing page 2 (fixture
    # 1014): the same title with another page's number is the running footer.
    gap = " " * 30
    contents = [
        "Example Forum",
        "",
        "Enhanced cooperation is a process.",
        f"WGEC-2, contribution of the Example Forum{gap}1",
        "\fIt should be transparent.",
        f"WGEC-2, contribution of the Example Forum{gap}2",
    ]
    lines = classify_lines(contents)
    assert sorted(layout.page_furniture(contents, lines)) == [3, 5]
    # The same number twice, or a figure in a table's row, is no page's number.
    same = [*contents[:5], f"WGEC-2, contribution of the Example Forum{gap}1"]
    assert layout.page_furniture(same, classify_lines(same)) == frozenset()


def test_one_page_number_that_counts_more_pages_makes_the_text_paged() -> None:
    # "Page 1 of 2" at page 1's foot, the second page's number lost (fixture 1017): the
    # title opening the next page is its running header.
    header = "Contribution of Example Internet Users Association"
    contents = [*COVER[:-1], "Page 1 of 2", "", header, "the way they work together."]
    lines = classify_lines(contents)
    assert layout.is_paged(contents, lines)
    assert [contents[i] for i in sorted(layout.running_titles(contents, lines))] == [header]
    # The last page's number, or a count of one page, tells of no page after it.
    for last in ("Page 2 of 2", "Page 1 of 1"):
        alone = [*COVER[:-1], last, "", header, "the way they work together."]
        assert not layout.is_paged(alone, classify_lines(alone))
