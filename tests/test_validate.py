"""validate(): the seeds' findings, one trigger and one clean fixture per rule, the
registry, select/ignore, robustness, and the ``wgec-parse validate`` command."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wgec_parse
from wgec_parse.cli import main
from wgec_parse.lexer import split_lines
from wgec_parse.nodes import BulletItem, Position
from wgec_parse.questions import WGEC2, QuestionSet, QuestionSpec
from wgec_parse.rules import questions
from wgec_parse.rules.context import Context
from wgec_parse.strategies import documents
from wgec_parse.validation import RULES, Diagnostic, Related, Rule, rules, validate

from .conftest import FIXTURES, SEED_BODY, SEED_FULL, read_exact

VALIDATE = FIXTURES / "validate"
DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
SARIF_SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"


def check(path: Path, **kwargs: object) -> list[Diagnostic]:
    return validate(wgec_parse.parse(read_exact(path)), **kwargs)  # type: ignore[arg-type]


def serious(found: list[Diagnostic]) -> list[tuple[str, int]]:
    return [(d.code, d.line) for d in found if d.severity != "info"]


# -- acceptance: the two real submissions ---------------------------------------------


def test_seed_002_has_exactly_the_duplicate_clause() -> None:
    found = check(SEED_FULL)
    assert serious(found) == [("duplicate-clause", 200)]
    (dup,) = (d for d in found if d.code == "duplicate-clause")
    assert [r.line for r in dup.related] == [196]
    assert dup.severity == "warning"
    # What else it says is information only: the memo date and the reworded heading.
    infos = {(d.code, d.line) for d in found if d.severity == "info"}
    assert infos <= {("ambiguous-date", 69), ("question-text-mismatch", 134)}
    assert ("ambiguous-date", 69) in infos


def test_seed_000_findings() -> None:
    found = check(SEED_BODY)
    assert serious(found) == [
        ("stray-url", 67),
        ("lost-bullet", 70),
        ("lost-bullet", 86),
        ("lost-bullet", 90),
        ("duplicate-clause", 126),
    ]
    dup = next(d for d in found if d.code == "duplicate-clause")
    assert [r.line for r in dup.related] == [122]
    url = next(d for d in found if d.code == "stray-url")
    # The OWA redirect names the internal mail server it came through.
    assert "Outlook Web App" in url.message
    assert "mail.minsvyaz.ru" in url.message
    assert (url.column, url.end_line) == (1, 67)
    infos = {d.code for d in found if d.severity == "info"}
    assert {"missing-front-matter", "missing-submitter"} <= infos


def test_u_f0b7_bullets_are_not_encoding_damage() -> None:
    # Seed 002 uses U+F0B7 as its bullet glyph on lines 144, 158 and 162.
    assert "\uf0b7" in read_exact(SEED_FULL)
    assert not [d for d in check(SEED_FULL) if d.code == "encoding-damage"]


# -- one fixture that triggers each rule, one that must not -------------------------

#: Where each rule fires in its ``NAME.bad.txt`` (lines read off the fixture).
TRIGGERS: dict[str, list[int]] = {
    "duplicate-clause": [8],
    "clause-out-of-order": [12],
    "clause-gap": [11],
    "clause-question-mismatch": [10],
    "question-duplicate": [12],
    "question-out-of-order": [8],
    "unknown-question": [12],
    "unanswered-question": [4],
    "question-text-mismatch": [8],
    "no-questions": [1],
    "stray-url": [11],
    "lost-bullet": [11, 12],
    "empty-answer": [4],
    "missing-front-matter": [1],
    "missing-submitter": [1],
    "ambiguous-date": [2],
    "invalid-date": [2],
    "encoding-damage": [6],
    "flattened-text": [3],
}


#: Rules about what reading a file records (its encoding), which a fixture parsed from a
#: string cannot trigger; tested with their example in test_encodings.py.
READ_RULES = {"encoding-guess"}


def test_every_rule_has_a_trigger_expectation() -> None:
    assert set(TRIGGERS) | READ_RULES == {r.code for r in rules()}


@pytest.mark.parametrize("code", sorted(TRIGGERS))
def test_bad_fixture_triggers_its_rule(code: str) -> None:
    found = check(VALIDATE / f"{code}.bad.txt")
    assert [d.line for d in found if d.code == code] == TRIGGERS[code]


@pytest.mark.parametrize("code", sorted(TRIGGERS))
def test_bad_fixture_triggers_it_alone_when_selected(code: str) -> None:
    found = check(VALIDATE / f"{code}.bad.txt", select=[code])
    assert {d.code for d in found} == {code}


@pytest.mark.parametrize("code", sorted(TRIGGERS))
def test_good_fixture_is_clean(code: str) -> None:
    # Each clean fixture is a whole, well-formed submission: no finding of any rule.
    assert check(VALIDATE / f"{code}.good.txt") == []


def test_no_warning_on_style_fixtures_without_a_real_problem() -> None:
    # The style fixtures are realistic submissions; these ones have nothing wrong
    # above information level.  (Others hold real problems: repeated clause numbers,
    # lost glyphs, webmail links, a third question, a stray control character.)
    problems = {
        "19_clause_numbers_restart_repeat",
        "23_lost_glyph",
        "30_webform_export",
        "31_email_export",
        "33_mixed_government_double",
        "36_line_separators_inside_lines",
        "53_flattened_page",
        "54_flattened_chinese",
        "55_lost_glyph_items_in_a_row",
        "58_chinese_digit_comma_clauses",
        "62_titles_closed_by_quotes",
        "64_clause_number_asks_a_question",
        "68_degree_section_item_headings",
        "69_ordinal_word_and_abbreviated_headings",
        "77_cjk_wording_variant",
        "82_topic_heading_standing_alone",
        "85_number_in_thousands_is_text",
        "86_flattened_title_at_page_top",
        "87_flattened_title_on_both_sides_of_a_break",
        "88_flattened_chinese_pages_and_closing",
        "89_flattened_chinese_web_page",
        "100_flattened_spanish_heading_at_page_top",
        "110_flattened_running_footer_before_page_number",
        "114_question_keyword_with_number_sign_or_brackets",
        "127_closing_sentence_before_an_informal_sign_off",  # answers question 2 only
        "131_flattened_topic_headings",
        "134_bracketed_and_hash_keywords",  # a third question, "Any other comments"
        "136_chinese_part_ordinals",  # part 1 answers question 2, part 2 question 1
        "143_flattened_download_link",  # a flattened page
        "146_bullets_inside_a_flattened_line",  # a flattened page
        "149_lead_phrases_of_other_languages",  # the questions answered in three languages
        "150_longer_topic_heading",  # answers question 2 only
        "153_paragraph_per_line_without_full_stops",  # answers question 2 only
        "159_flattened_ordinal_question_words",  # a flattened page
        "166_flattened_chinese_numbered_topics",  # a flattened page
        "175_question_keyword_number_in_words",  # question 2 answered first
        "178_guiding_question_in_brackets",  # question 2 answered first
        "180_outline_sections_recommendations_first",  # question 2 answered first
        "185_thanks_under_its_own_heading",  # a third question, "Other comments"
        "237_clause_wrap_under_its_text_after_a_colon",  # items whose glyph was lost
        "239_topic_labels_over_bullets",  # question 2 answered first
        "282_points_run_into_a_heading_s_line",  # a flattened page
        "288_flattened_part_word_topics",  # a flattened page
        "289_flattened_issue_word_topics_zh",  # a flattened page
        "322_flattened_part_word_headings_after_two_spaces",  # a flattened page
        "360_web_page_byline_and_a_name_before_its_clause",  # a flattened page
        "361_submitted_by_in_running_text",  # a flattened page
        "378_web_page_name_before_its_clause_and_sent",  # a flattened page
        "379_name_and_acronym_before_submission_to",  # a flattened page
        "408_flattened_bracketed_keyword_headings",  # a flattened page
        "409_flattened_note_courtesy_close",  # a flattened page
        "413_flattened_topic_heading_over_its_first_point",  # a flattened page
        "414_flattened_letterhead_in_capitals",  # a flattened page
        "415_flattened_page_foot_title_seen_once",  # a flattened page
        "416_flattened_web_page_furniture_es",  # a flattened page
        "420_flattened_page_number_after_a_running_footer",  # a flattened page
        "421_flattened_browser_print_footer",  # a flattened page
        "428_flattened_part_title_runs_into_its_answer",  # a flattened page
        "429_running_title_with_a_colon_at_a_flattened_page_top",  # a flattened page
        "434_flattened_keyword_heading_topic_runs_into_its_answer",  # a flattened page
        "437_flattened_guiding_question_after_cover_fields",  # a flattened page
        "448_flattened_running_header_on_one_page_only",  # a flattened page
        "461_lost_glyphs_after_a_full_width_colon_zh",  # items whose glyph was lost
        "464_flattened_running_header_after_a_page_that_ended_its_sentence",  # a flattened page
        "478_letterhead_over_an_answer_without_headings",  # no question heading at all
        "504_flattened_heading_in_capitals_runs_into_the_answer",  # a flattened page
        "534_flattened_topic_title_ends_at_a_gap_es",  # flattened pages
        "535_web_page_topic_then_subject_headings_one_paragraph_a_line",  # Q2 first
        "538_personal_sender_signs_in_full",  # answers the second question only
        "540_lost_glyphs_after_an_arabic_semicolon_ar",  # items whose glyph was lost
        "546_guiding_question_keys_inside_a_flattened_page",  # a flattened page
        "558_lost_glyph_after_semicolon_and",  # items whose glyph was lost
        "561_flattened_running_title_in_a_cut_sentence",  # flattened pages
        "562_flattened_signature_run_together",  # a flattened page
        "563_numbered_point_asks_after_a_statement",  # Q2 first
        "567_flattened_cover_names_the_centre_hereinafter_ru",  # flattened pages
        "577_flattened_page_fraction_after_a_wide_gap",  # flattened pages
        "578_blog_post_signed_with_a_title_over_its_tags",  # Q2 first
        "580_flattened_signature_title_and_initials_ru",  # a flattened page
        "584_acronym_before_a_quoted_name_spelled_out_in_a_forward_ru",  # Q2 only
        "587_flattened_capital_headings_and_a_running_title_without_gaps",  # flattened
        "588_flattened_chinese_topic_heading_after_a_date_field_zh",  # a flattened page
        "592_chinese_blog_closing_sentence_over_a_signature_and_tags_zh",  # Q1 only
        "598_flattened_chinese_contact_labels_of_four_characters_zh",  # a flattened page
        "611_forwarded_email_the_original_sender_submits",  # answers question 1 only
        "612_flattened_page_of_in_lower_case_after_a_running_title",  # flattened pages
        "613_flattened_signature_with_date_and_address_on_one_piece",  # a flattened page
        "615_lettered_sections_name_their_question_in_brackets_ru",  # question 2 first
        "624_flattened_arabic_keyword_headings_over_their_first_points_ar",  # flattened
        "625_flattened_arabic_items_after_semicolons_ar",  # a flattened page
        "626_flattened_chinese_running_title_heads_a_cut_sentence_zh",  # flattened pages
        "627_flattened_chinese_title_set_apart_before_its_subject_zh",  # a flattened page
        "631_flattened_topic_title_ending_in_a_small_word_es",  # a flattened page
        "632_flattened_name_runs_into_its_street_es",  # a flattened page
        "637_flattened_closing_thanks_in_the_third_person_es",  # a flattened page
        "643_flattened_chinese_running_title_before_an_items_second_sentence_zh",  # flattened
        "644_flattened_running_title_with_an_issue_number_before_the_next_point",  # flattened
        "645_flattened_arabic_page_ends_with_a_semicolon_before_a_running_title_ar",  # flattened
        "646_section_letters_under_a_keyword_heading_are_its_points",  # question 2 first
        "649_flattened_capitals_title_names_its_questions_subject",  # a flattened page
        "650_form_rows_list_items_set_in_by_tabs_after_a_lead",  # items that lost glyphs
        "655_flattened_chinese_title_ends_at_its_space_and_a_short_next_page_zh",  # flattened
        "658_flattened_closing_submitted_on_behalf_of_a_body_by_its_coordinator",  # flattened
        "663_form_tsv_item_after_a_bulleted_item_keeps_its_tab",  # an item that lost its glyph
        "677_point_that_recommends_under_an_unnumbered_topic_heading",  # question 2 only
        "681_keyword_headings_with_a_slash_after_the_number",  # question 2 first
        "690_writers_outline_over_the_call_quoted_below_ru",  # its own numbers, topics swapped
        "694_closing_sentences_gracias_por_leernos_and_para_consultas_es",  # question 2 only
        "711_flattened_pages_heading_after_a_dateline_numbered_footer_es",  # flattened pages
        "712_flattened_chinese_opinion_title_in_a_cut_sentence_zh",  # flattened pages
        "713_flattened_footer_of_parts_in_lower_case_and_signature_on_behalf_of",  # flattened
        "715_dash_numbered_sections_recommendations_first_fr",  # question 2 first
        "722_running_header_with_a_date_after_a_page_count_layout",  # question 2 first
        "725_flattened_pages_footer_before_abbreviated_page_ru",  # flattened pages
        "727_closing_hope_these_few_remarks_are_of_use",  # question 2 only
        "740_chinese_news_note_of_who_sent_the_text_flattened_zh",  # a flattened page
        "741_item_under_a_word_glyph_lost_its_glyph_double",  # a lost glyph
        "743_fullwidth_hyphen_bullets_zh",  # question 1 only
        "753_topic_heading_over_a_line_leading_into_items_that_lost_their_glyph",  # lost glyphs
        "756_personal_writer_with_her_capacity_after_her_name_es",  # question 2 first
        "759_flattened_chinese_name_before_its_address_zh",  # a flattened page
        "760_flattened_arabic_running_title_with_a_latin_code_ar",  # flattened pages
        "761_flattened_pages_numbered_without_their_total",  # flattened pages
        "762_organisation_field_that_names_no_body_zh",  # question 2 only
        "763_sentence_going_on_in_lower_case_at_a_pages_top_fr",  # question 2 only
        # "(3.1)" under "(3)" in question 1: clause-question-mismatch, as the rule reads
        # a dotted number by its first part whatever point it stands under
        "767_dotted_clause_numbers_in_parentheses_es",
        "772_closing_offer_to_give_more_detail",  # question 2 only
        "779_roman_headings_with_wrapped_wordings_q2_first",  # question 2 answered first
        "784_item_that_lost_its_glyph_past_the_text_column",  # an item lost its glyph
        "787_flattened_keyword_after_a_dated_field_ar",  # a flattened page
        "789_running_title_under_a_form_feed_names_the_group_ru",  # items lost their glyphs
        "791_online_community_names_itself_zh",  # question 2 answered first
        "807_flattened_closing_asks_for_clarification",  # a flattened page
        "815_flattened_point_after_a_topic_title_goes_on",  # a flattened page
        "822_title_with_the_subject_before_its_colon",  # question 2 answered first
        "825_closing_quedamos_a_sus_ordenes_es",  # question 1 only
        "827_flattened_closing_for_enquiries",  # a flattened page
        "831_flattened_letter_before_the_wording_after_a_title",  # a flattened page
        "833_closing_remarks_offered_in_a_personal_capacity",  # question 2 only
        "842_flattened_page_footer_with_page_in_lower_case",  # flattened pages
        "843_flattened_list_last_item_after_and",  # a flattened page
        "847_sentence_naming_a_question_goes_on_in_lower_case",  # question 2 answered first
        "856_flattened_part_heading_after_a_wide_gap",  # flattened pages
        "859_first_is_to_recommend_run_on_is_no_marker_zh",  # question 2 only
        "869_flattened_page_ending_with_its_footer_and_fraction",  # flattened, no headings
        "872_closing_sentences_thats_all_and_thanks_for_reading",  # question 2 first
        "873_roman_headings_with_a_slash_fr",  # question 2 answered first
        "877_topic_heading_over_a_sentence_leading_into_the_list_ar",  # question 2 first
        "879_closing_sentence_blagodaryu_in_the_first_person_ru",  # question 2 first
        "880_closing_sentence_will_submit_later_zh",  # question 1 only
        "897_roman_numeral_alone_over_the_other_questions_topic",  # section II answers 1
        "898_header_after_a_form_feed_over_the_page_number_in_a_cut_sentence_ru",  # 2 only
        "902_last_line_about_the_body_with_its_contact_closes_the_text_ru",  # question 1 only
        "906_chinese_sections_name_their_question_in_brackets_zh",  # question 2 first
        "909_third_person_thanks_to_everyone_who_commented",  # question 2 only
        "914_flattened_title_with_its_question_in_brackets_before_its_points",  # flattened
        "915_arabic_topic_lead_then_the_questions_own_wording_ar",  # question 2 only
        "918_ordinal_question_words_in_lower_case_go_on_a_sentence_es",  # question 2 first
        "931_recommendation_numbers_without_a_stop",  # question 2 only
        "932_question_before_a_sharing_label_after_the_answer",  # question 1 only
        "933_chinese_blog_welcomes_readers_comments_zh",  # question 2 only
        "938_wording_under_its_topic_heading_layout",  # question 2 answered first under "I."
        "943_flattened_pages_each_with_one_topic_heading",  # flattened pages
        "949_flattened_topic_heading_before_its_first_point",  # flattened pages
        "950_flattened_date_field_before_a_part_heading",  # flattened pages
        "951_keyword_then_ordinal_in_lower_case_goes_on_a_sentence",  # question 2 first
        "952_writer_says_a_question_is_not_answered_before_the_sign_off",  # question 1 only
        "955_arabic_personal_signature_under_the_sign_off_ar",  # question 1 only
        "956_arabic_individual_contribution_names_no_one_ar",  # question 1 only
        "962_numbered_point_right_under_a_lettered_section",  # points numbered on: 3.1 under B
        "964_arabic_body_stands_ready_closes_the_text_ar",  # question 1 only
        "965_flattened_running_title_of_parts_before_a_wide_gap",  # flattened pages
        "966_chinese_invitation_to_comment_below_zh",  # question 2 only
        "967_arabic_common_position_names_no_one_ar",  # question 1 only
        "970_section_letter_after_a_dropped_one",  # point C dropped: B then D
        "975_arabic_letter_section_names_its_question_ar",  # question 2 answered first
        "980_email_not_making_recommendations_on_the_second_question",  # question 1 only
        "996_chinese_list_after_a_lead_in_lost_its_glyphs_zh",  # glyphs lost in extraction
        "1000_chinese_personal_opinion_title_over_the_writers_name_zh",  # question 1 only
        "1008_arabic_writer_leaves_the_second_question_aside_ar",  # question 1 only
        "1012_topic_heading_over_its_reference_in_brackets",  # question 2 only
        "1015_dateline_of_a_month_and_year_es",  # question 2 answered first
        "1019_individual_consents_to_publication_after_that_is_all",  # question 2 answered first
        "1024_arabic_topic_heading_over_a_lead_read_as_a_field_ar",  # question 2 answered first
        "1035_subject_heading_after_the_second_question_answered_first",  # question 2 answered first
        "1056_guiding_question_named_in_brackets_zh",  # question 2 answered first
        "1057_question_named_by_its_place_after_a_page_break",  # question 2 answered first
        "1077_roundtable_of_bodies_names_the_submitter_es",  # question 2 only
        "1084_paragraph_numbers_wrapped_under_the_word_that_cites_them_ru",  # question 2 only
        "945_writer_leaves_the_other_question_to_others_ar",  # question 1 only
        "946_personal_signature_with_place_and_date_in_digits_ru",  # question 1 only
        "947_these_are_personal_views_before_the_sign_off",  # question 1 only
        "948_offer_to_discuss_in_french_after_a_lead_fr",  # question 2 only
        "508_flattened_note_about_the_institute",  # a flattened page
        "521_flattened_bracketed_number_headings_run_into_their_answers",  # a flattened page
    }
    styles = sorted((FIXTURES / "styles").glob("*.txt"))
    assert len(styles) >= 30
    for path in styles:
        found = serious(check(path))
        if path.stem in problems:
            assert found, path.stem
        else:
            assert found == [], path.stem


def test_style_fixture_problems_are_the_real_ones() -> None:
    styles = FIXTURES / "styles"
    assert serious(check(styles / "33_mixed_government_double.txt")) == [
        ("stray-url", 49),
        ("duplicate-clause", 67),
    ]
    assert serious(check(styles / "30_webform_export.txt")) == [("unknown-question", 24)]
    assert serious(check(styles / "31_email_export.txt")) == [("stray-url", 12)]
    lost = serious(check(styles / "55_lost_glyph_items_in_a_row.txt"))
    assert lost == [("lost-bullet", n) for n in (15, 17, 29, 31, 35)]
    only_second = serious(check(styles / "77_cjk_wording_variant.txt"))
    assert only_second == [("unanswered-question", 3)]  # question 1 is not answered
    gap = serious(check(styles / "58_chinese_digit_comma_clauses.txt"))
    assert gap == [("clause-gap", 8)]
    for name, line in (
        ("62_titles_closed_by_quotes", 11),
        ("64_clause_number_asks_a_question", 13),
    ):
        assert serious(check(styles / f"{name}.txt")) == [("unknown-question", line)]
    # Each numbering style heads questions 1 and 2 once more: "§1", "Item 1 -" and
    # "第一个问题" are read as question 1, "§ 2.", "Item 2 -" and "第二个问题" as question 2.
    repeated = serious(check(styles / "68_degree_section_item_headings.txt"))
    assert [n for code, n in repeated if code == "question-duplicate"] == [13, 17, 21, 25, 29, 33]
    # "س١:" and "第1题：" head question 1 again, "س٢:" and "第2题：" question 2.
    repeated = serious(check(styles / "69_ordinal_word_and_abbreviated_headings.txt"))
    assert [n for code, n in repeated if code == "question-duplicate"] == [13, 17, 21, 25]
    # U+0085 after "accountable" is a cp1252 ellipsis read as Latin-1.
    (damage,) = check(styles / "36_line_separators_inside_lines.txt", select=["encoding-damage"])
    assert (damage.line, damage.column, damage.severity) == (5, 67, "warning")
    assert "…" in damage.message


# -- the registry and the docs ---------------------------------------------------------


def test_rule_codes_are_kebab_case_and_documented() -> None:
    docs = DOCS.read_text("utf-8")
    for r in rules():
        assert r.code == r.code.lower()
        assert " " not in r.code
        assert "_" not in r.code
        assert f"\n## {r.code}\n" in docs, r.code
        section = docs.split(f"\n## {r.code}\n", 1)[1].split("\n## ", 1)[0]
        for part in ("**What**", "**Why**", "**Example**"):
            assert part in section, (r.code, part)


def test_families_are_the_rule_modules() -> None:
    families = {r.family for r in rules()}
    assert families == {"clauses", "questions", "noise", "front", "encoding", "layout"}


# -- the Diagnostic type -----------------------------------------------------------------


def test_diagnostic_is_frozen_and_checks_severity() -> None:
    d = Diagnostic("x", "info", "m", 1, 1, 1, 2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        d.line = 3  # type: ignore[misc]
    with pytest.raises(ValueError, match="severity"):
        Diagnostic("x", "fatal", "m", 1, 1, 1, 2)  # type: ignore[arg-type]


def test_findings_are_sorted_by_position_then_code() -> None:
    found = check(SEED_BODY)
    keys = [(d.line, d.column, d.code) for d in found]
    assert keys == sorted(keys)
    # Both front-matter infos sit at the first character; code order breaks the tie.
    assert [d.code for d in found[:2]] == ["missing-front-matter", "missing-submitter"]


def test_to_dict_carries_every_field() -> None:
    d = Diagnostic("c", "warning", "m", 3, 4, 3, 9, (Related(1, 2, "first"),))
    assert d.to_dict() == {
        "code": "c",
        "severity": "warning",
        "message": "m",
        "line": 3,
        "column": 4,
        "end_line": 3,
        "end_column": 9,
        "related": [{"line": 1, "column": 2, "message": "first"}],
    }


# -- options -----------------------------------------------------------------------------


def test_select_and_ignore() -> None:
    doc = wgec_parse.parse(read_exact(SEED_BODY))
    assert {d.code for d in validate(doc, select=["lost-bullet"])} == {"lost-bullet"}
    codes = {d.code for d in validate(doc, ignore=["lost-bullet", "stray-url"])}
    assert "lost-bullet" not in codes
    assert "stray-url" not in codes
    assert "duplicate-clause" in codes
    assert validate(doc, select=["lost-bullet"], ignore=["lost-bullet"]) == []


def test_unknown_codes_are_refused() -> None:
    doc = wgec_parse.parse("")
    with pytest.raises(ValueError, match="no-such-rule"):
        validate(doc, select=["no-such-rule"])
    with pytest.raises(ValueError, match="nope"):
        validate(doc, ignore=["nope"])
    with pytest.raises(TypeError):
        validate(doc, select="lost-bullet")


def test_without_a_question_set_the_set_rules_are_silent() -> None:
    doc = wgec_parse.parse(read_exact(VALIDATE / "unknown-question.bad.txt"))
    assert "unknown-question" in {d.code for d in validate(doc)}
    codes = {d.code for d in validate(doc, questions=None)}
    assert not codes & {"unknown-question", "unanswered-question", "question-text-mismatch"}


def test_a_custom_question_set_is_used() -> None:
    doc = wgec_parse.parse(read_exact(VALIDATE / "unknown-question.bad.txt"))
    three = QuestionSet(
        "wgec2plus",
        (
            *wgec_parse.WGEC2.questions,
            QuestionSpec("x-q3", "3", "Do you have any other comments?"),
        ),
    )
    codes = {d.code for d in validate(doc, questions=three)}
    assert "unknown-question" not in codes


def test_a_failing_rule_reports_instead_of_raising(monkeypatch: pytest.MonkeyPatch) -> None:
    rules()

    def broken(_ctx: object) -> list[Diagnostic]:
        raise KeyError("boom")

    monkeypatch.setitem(RULES, "broken-rule", Rule("broken-rule", "info", "-", "test", broken))
    found = validate(wgec_parse.parse("1) What?\nYes.\n"), select=["broken-rule"])
    assert [(d.code, d.severity) for d in found] == [("internal-error", "error")]
    assert "broken-rule" in found[0].message


def test_deep_nesting_does_not_overflow() -> None:
    # 300 bullets, each indented two more columns: the lexer caps nesting at 64 and
    # the rules walk it with a stack.
    items = "".join(" " * (2 * k) + f"• item {k}\n" for k in range(300))
    doc = wgec_parse.parse("1) What are the characteristics?\nThey are:\n" + items)
    found = validate(doc)
    assert all(d.code != "internal-error" for d in found)


# -- property: validate never raises -------------------------------------------------------

_LINES = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "1) What are the high level characteristics of enhanced cooperation?",
            "2) Taking into consideration the work of the previous WGEC",
            "Question 3: Anything else?",
            "II. What kind of recommendations should we consider?",
            "Submitted by",
            "Date: 05-12-2016",
            "Date: 31-02-2016",
            "https://mail.example.gov/owa/redir.aspx?C=x",
            "www.example.org",
            "Page 2 of 7",
            "\f",
        ]
    ),
    st.builds(
        lambda n, m, t: f"{n}.{m} {t}",
        st.integers(0, 12),
        st.integers(0, 12),
        st.text(max_size=20),
    ),
    st.builds(
        lambda pad, glyph, t: " " * pad + glyph + " " + t,
        st.integers(0, 8),
        st.sampled_from(["•", "-", "\uf0b7", "o", "(a)", "ii)", "c.", ""]),
        st.text(max_size=20),
    ),
    st.text(max_size=40),
)
# Runs of lines that only mean something together: a list whose glyphs were lost
# (with a nested item), as in seed 000, and a list that keeps them.
_RUNS = st.sampled_from(
    [
        ["We propose the following:", " an item whose glyph was lost", "   - a nested item;"],
        ["The WGEC should:", " consider;", " recommend."],
        ["They are:", "\uf0b7 one;", "\uf0b7 two:", "   - nested."],
    ]
)
_CHUNKS = st.one_of(_LINES.map(lambda line: [line]), _RUNS)


# Each example parses and validates twice; 600 are plenty and keep CI quick.
_CAPPED = settings(max_examples=min(600, settings().max_examples))


@_CAPPED
@given(
    st.lists(_CHUNKS, max_size=20),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.sampled_from(sorted(TRIGGERS)),
)
def test_validate_never_raises_on_line_shaped_text(
    chunks: list[list[str]], eol: str, code: str
) -> None:
    text = eol.join(line for chunk in chunks for line in chunk)
    doc = wgec_parse.parse(text)
    found = validate(doc)
    assert all(d.code != "internal-error" for d in found), found
    assert found == sorted(found, key=Diagnostic.sort_key)
    count = len(split_lines(text)[0]) or 1
    for d in found:
        assert 1 <= d.line <= d.end_line <= count
        assert d.column >= 1
        assert d.end_column >= 1
    # Every item whose glyph was lost, and nothing else, is a lost-bullet finding.
    lost = [
        v.node.head.line
        for v in Context(doc, None).visits
        if type(v.node) is BulletItem and not v.node.glyph
    ]
    assert [d.line for d in found if d.code == "lost-bullet"] == lost
    # Selecting a rule only filters: its findings are the same as in a full run.
    assert validate(doc, select=[code]) == [d for d in found if d.code == code]


@_CAPPED
@given(st.text(max_size=300))
def test_validate_never_raises_on_any_text(text: str) -> None:
    found = validate(wgec_parse.parse(text))
    assert all(d.code != "internal-error" for d in found), found


@settings(max_examples=min(50, settings().max_examples))
@given(documents())
def test_validate_on_generated_documents(doc: wgec_parse.Document) -> None:
    found = validate(doc)
    assert all(d.code != "internal-error" for d in found), found
    lost = [
        v.node.head.line
        for v in Context(doc, None).visits
        if type(v.node) is BulletItem and not v.node.glyph
    ]
    assert [d.line for d in found if d.code == "lost-bullet"] == lost
    # The generated words are clean text, and U+F0B7 and the other glyphs sit in
    # bullet positions: nothing there is encoding damage.
    assert [d for d in found if d.code == "encoding-damage"] == []


# -- the command line ---------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["validate", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_text_is_compiler_style(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(SEED_FULL))
    assert code == 0  # warnings and infos only
    assert err == ""
    lines = out.splitlines()
    assert f"{SEED_FULL}:200:1: warning duplicate-clause " in "\n".join(lines)
    dup = next(i for i, line in enumerate(lines) if " duplicate-clause " in line)
    assert lines[dup + 1] == f"{SEED_FULL}:196:1: note duplicate-clause first clause 2.5"
    for line in lines:
        path, lineno, col, rest = line.split(":", 3)
        assert path == str(SEED_FULL)
        assert lineno.isdigit()
        assert col.isdigit()
        assert rest.split()[0] in ("error", "warning", "info", "note")


def test_cli_exit_1_on_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(VALIDATE / "no-questions.bad.txt"))
    assert code == 1
    assert ": error no-questions " in out


def test_cli_exit_2_on_unreadable_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    directory = tmp_path / "folder.txt"
    directory.mkdir()
    code, out, err = run(capsys, str(missing), str(directory), str(SEED_FULL))
    assert code == 2
    err_lines = err.splitlines()
    assert len(err_lines) == 2
    assert str(missing) in err_lines[0]
    assert str(directory) in err_lines[1]
    assert "Traceback" not in err
    # The readable file is still checked.
    assert f"{SEED_FULL}:200:1: warning duplicate-clause" in out


def test_cli_select_and_ignore(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--select", "lost-bullet,stray-url", str(SEED_BODY))
    codes = {line.split()[2] for line in out.splitlines()}
    assert codes == {"lost-bullet", "stray-url"}
    _, out, _ = run(
        capsys, "--ignore", "lost-bullet", "--ignore", "duplicate-clause", str(SEED_BODY)
    )
    codes = {line.split()[2] for line in out.splitlines()}
    assert "lost-bullet" not in codes
    assert "duplicate-clause" not in codes
    assert "stray-url" in codes
    code, _, err = run(capsys, "--select", "nonsense", str(SEED_BODY))
    assert code == 2
    assert "nonsense" in err


def test_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--format", "json", str(SEED_FULL))
    assert code == 0
    data = json.loads(out)
    (entry,) = data["files"]
    assert entry["path"] == str(SEED_FULL)
    dup = [d for d in entry["diagnostics"] if d["code"] == "duplicate-clause"]
    assert dup == [
        {
            "code": "duplicate-clause",
            "severity": "warning",
            "message": dup[0]["message"],
            "line": 200,
            "column": 1,
            "end_line": 200,
            "end_column": 4,  # the marker "2.5"
            "related": [{"line": 196, "column": 1, "message": "first clause 2.5"}],
        }
    ]


def _sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SARIF_SCHEMA.read_text("utf-8"))
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def test_cli_sarif_validates_against_the_schema(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "no such file.txt"
    code, out, _ = run(
        capsys,
        "--format",
        "sarif",
        str(SEED_BODY),
        str(SEED_FULL),
        str(VALIDATE / "no-questions.bad.txt"),
        str(missing),
    )
    assert code == 2
    log = json.loads(out)
    validator = _sarif_validator()
    assert list(validator.iter_errors(log)) == []
    (run_,) = log["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    rule_ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert set(rule_ids) == set(TRIGGERS) | READ_RULES
    results = run_["results"]
    dup = [
        r
        for r in results
        if r["ruleId"] == "duplicate-clause"
        and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(
            "002_015b3980d26d2b81.txt"
        )
    ]
    (dup_result,) = dup
    assert dup_result["level"] == "warning"
    assert dup_result["locations"][0]["physicalLocation"]["region"]["startLine"] == 200
    assert dup_result["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 196
    assert rule_ids[dup_result["ruleIndex"]] == "duplicate-clause"
    assert {r["level"] for r in results} == {"error", "warning", "note"}
    notes = run_["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1
    assert "no such file" in notes[0]["message"]["text"]


def test_the_schema_rejects_a_broken_log(capsys: pytest.CaptureFixture[str]) -> None:
    # The check above can fail: the same log with a wrong level does not validate.
    _, out, _ = run(capsys, "--format", "sarif", str(SEED_FULL))
    log = json.loads(out)
    log["runs"][0]["results"][0]["level"] = "info"
    assert list(_sarif_validator().iter_errors(log))


def test_cli_questions_from_toml_and_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = VALIDATE / "unknown-question.bad.txt"
    toml = tmp_path / "three.toml"
    toml.write_text(
        'name = "three"\n'
        + "".join(
            f'[[questions]]\nid = "q{n}"\nnumber = "{n}"\nwording = "{w}"\n'
            for n, w in (
                (1, "What are the high level characteristics of enhanced cooperation?"),
                (2, "What kind of recommendations should we consider?"),
                (3, "Do you have any other comments on the work of the Working Group?"),
            )
        ),
        "utf-8",
    )
    code, out, _ = run(capsys, "--questions", str(toml), str(bad))
    assert code == 0
    assert " unknown-question " not in out
    js = tmp_path / "one.json"
    js.write_text(json.dumps({"questions": [{"id": "a", "number": 1, "wording": "Why?"}]}))
    _, out, _ = run(capsys, "--questions", str(js), str(bad))
    assert out.count(" warning unknown-question ") == 2  # questions 2
    assert 3
    code, out, err = run(capsys, "--questions", str(tmp_path / "absent.toml"), str(bad))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "absent.toml" in err
    assert "wgec2" in err


def test_rules_doc_shows_the_real_output(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = Path(__file__).resolve().parent.parent
    section = DOCS.read_text("utf-8").split("## Validating a submission\n", 1)[1]
    command = "wgec-parse validate fixtures/000_cfa95781c7ed215b.txt"
    assert f"```sh\n{command}\n```\n\n```\n" in section
    shown = section.split(f"```sh\n{command}\n```\n\n```\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(root)
    assert main(command.split()[1:]) == 0
    assert capsys.readouterr().out == shown


@pytest.mark.parametrize("code", sorted(TRIGGERS))
def test_docs_examples_are_the_real_output(
    code: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    section = DOCS.read_text("utf-8").split(f"\n## {code}\n", 1)[1].split("\n## ", 1)[0]
    shown = section.split("**Example**", 1)[1].split("```\n", 2)[1]
    monkeypatch.chdir(VALIDATE)
    main(["validate", "--select", code, f"{code}.bad.txt"])
    assert capsys.readouterr().out == shown


def _imports(path: Path) -> set[str]:
    """The wgec_parse modules a source file imports, anywhere in it (lazily too)."""
    import ast

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith("wgec_parse.")}


def test_validation_and_the_rules_import_each_other_in_one_direction() -> None:
    """validation imports the rules; the rules import rules.base and rules.context,
    never validation: no cycle, not even a lazy one."""
    src = Path(wgec_parse.__file__).resolve().parent
    modules = {"wgec_parse.validation": src / "validation.py"}
    for path in (src / "rules").glob("*.py"):
        name = "wgec_parse.rules" if path.stem == "__init__" else f"wgec_parse.rules.{path.stem}"
        modules[name] = path
    graph = {name: (_imports(path) & set(modules)) - {name} for name, path in modules.items()}
    for name, path in modules.items():
        if name != "wgec_parse.validation":
            assert "wgec_parse.validation" not in _imports(path), path.name
    # Depth-first search for a cycle in the import graph.
    state: dict[str, int] = {}

    def visit(name: str, trail: tuple[str, ...]) -> None:
        state[name] = 1
        for target in sorted(graph[name]):
            assert state.get(target) != 1, f"import cycle: {' -> '.join((*trail, target))}"
            if target not in state:
                visit(target, (*trail, target))
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, (name,))


def test_first_span_is_the_first_visible_text_or_the_start() -> None:
    doc = wgec_parse.parse("\n\n   Some remarks before any heading\nmore\n")
    start, end = Context(doc, None).first_span
    assert (start.line, start.column, end.line, end.column) == (3, 4, 3, 35)
    empty = Context(wgec_parse.parse(""), None).first_span
    assert [(p.line, p.column) for p in empty] == [(1, 1), (1, 1)]


def test_findings_about_the_whole_document_point_at_its_first_text() -> None:
    found = validate(wgec_parse.parse("\n  Remarks with no heading at all.\n"))
    placed = {d.code: (d.line, d.column, d.end_line, d.end_column) for d in found}
    for code in ("no-questions", "missing-front-matter", "missing-submitter"):
        assert placed[code] == (2, 3, 2, 34), code


def test_a_rule_makes_findings_of_its_own_code_and_severity() -> None:
    no_questions = questions.no_questions
    assert isinstance(no_questions, Rule)
    assert RULES["no-questions"] is no_questions
    found = no_questions.finding("No heading.", Position(2, 1), Position(2, 9))
    assert (found.code, found.severity, found.message) == ("no-questions", "error", "No heading.")
    assert (found.line, found.column, found.end_line, found.end_column) == (2, 1, 2, 9)
    assert found.related == ()
    milder = no_questions.finding("No heading.", Position(2, 1), Position(2, 9), severity="info")
    assert milder.severity == "info"
    assert milder.code == "no-questions"


def test_a_rule_runs_as_its_check() -> None:
    context = Context(wgec_parse.parse("Just a paragraph, no question.\n"), None)
    found = list(questions.no_questions(context))
    assert [(d.code, d.severity, d.line) for d in found] == [("no-questions", "error", 1)]
    assert list(questions.no_questions.check(context)) == found


def test_a_short_title_is_matched_by_the_topic_it_names() -> None:
    # "Rasgos de la cooperación reforzada" shares more words with question 2's Spanish
    # wording ("... sobre la Cooperación Reforzada ...") than with question 1's, but names
    # question 1's topic (fixture 424).
    text = (
        "La Red presenta su aporte.\n\nRasgos de la cooperación reforzada\n\n"
        "Es un diálogo abierto.\n\nNuestras recomendaciones\n\n1. Publicar todo.\n"
    )
    doc = wgec_parse.parse(text)
    matches = Context(doc, WGEC2).matches
    assert [(m.spec.number if m.spec else None, m.by) for m in matches] == [
        ("1", "topic"),
        ("2", "topic"),
    ]
