"""The blind set's score never falls, and the scorer can tell a wrong outline."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any, Final, NamedTuple

import pytest

import wgec_parse

from .blind_score import (
    BLIND,
    answer_text,
    bullet_count,
    check_document,
    clause_markers,
    score,
)


class Floor(NamedTuple):
    """What a blind set must keep scoring: its documents, at least, and the documents
    exact and the checks passed when its rules last landed (raise, never lower)."""

    documents: int
    exact: int
    passed: int


#: Each blind set's floor, with its history: how it scored on arrival and which rules
#: its failures guided.
FLOORS: Final = {
    # The floor reached by the parser when the blind set was first scored (0 of 35 documents
    # exact, 286 of 507 checks passed). Raise these as rules land; never lower them.
    "blind": Floor(1, 35, 507),
    # The second blind set (fixtures/blind2/), written after the first had guided the rules.
    # Scored on arrival: its first ten documents 1 exact and 85 of 144 checks, which then
    # guided one rule (the marker styles of fixture 68): 2 exact, 133 checks; its last ten,
    # never looked at before they were scored: 2 exact, 86 of 144 checks.  Their failures
    # then guided the marker styles of fixtures 69 and 71, the Russian renderings of
    # fixture 70, the courtesy close of fixture 72 and ordinal-first keyword headings inside
    # flattened lines: 7 exact, 271 of 288 in all.
    # An "Author:" field names the submitter (fixture 200): 17 exact, 285.
    # Word's "o" glyph before a tab (fixture 407): 18 exact, 286.
    "blind2": Floor(20, 18, 286),
    # The third blind set (fixtures/blind3/), 24 documents written without the parser's
    # code.  Scored on arrival: 1 exact, 219 of 348 checks.  Its failures then guided the
    # rules of fixtures 73-85 (roman-dash, bracketed, part-word and abbreviated headings,
    # section letters and Chinese ordinals as clauses, renderings one character apart,
    # one-time page titles, topic headings standing alone, closing sentences): 12 exact,
    # 310 checks; then the submitter read from a covering letter's sentence or subject line
    # and closings after a finished sentence (fixtures 93-95), a second header row of form
    # exports (fixtures/forms/07-10).
    # A Russian title's name in the genitive is now given as the letterhead writes it, in
    # the nominative (fixture 616), as eight later sets expect; this set expects it as the
    # title writes it: 20 exact, 344.
    # With the rules of fixtures 741 and 742: 21 exact, 345.
    "blind3": Floor(24, 21, 345),
    # The fourth blind set (fixtures/blind4/), 24 documents written without the parser's
    # code.  Scored on arrival: 4 exact, 292 of 348 checks.  (The scores of this set and
    # the next ones rose by three and one documents when the scorer read the phrases of
    # CSV exports with CSV's doubled quotes undone, as their answers hold them.)
    # A note verbale's sender, the Mission that presents its compliments (fixture 367):
    # 19 exact, 343.
    # A government that speaks through its ministry (fixture 609): 20 exact, 344.  A
    # forwarded e-mail's submitter is the forwarded message's sender (fixture 611): 21
    # exact, 345.
    "blind4": Floor(24, 21, 345),
    # The fifth blind set (fixtures/blind5/), 24 documents written without the parser's
    # code.  Scored on arrival: 5 exact, 236 of 354 checks (seven documents with no question
    # found: headings "A/", "Q-1:", "1°)", "Pregunta N.º 1", "1/", "السؤال (1):", "问题（一）").
    # Those marker styles (fixtures 111-114) then gave 9 exact, 329 checks; Chinese glyphs
    # and brackets without a space (fixture 115) 10 exact, 331; signatures in two columns
    # or alone at the right margin (fixtures 116, 117) 337; a running title with the
    # page's number and a contact sentence without its comma (fixture 118) 11 exact, 339; a
    # form's closing invitation to comment read as no question (forms 12) 12 exact, 340;
    # letterheads, acronyms, Chinese sentences and running headers naming the submitter:
    # 18 exact, 347; acronyms spelled out by a covering sentence or a line of the signature,
    # and kept after the name they stand for: 21 exact, 350; bullets inside a flattened
    # line (fixture 146): 22 exact, 351.
    # A name before its clause and a verb that sends, "Submitted by X" in running text
    # (fixtures 360, 361): 22 exact, 352.
    # "We are grateful to the secretariat for ..." closing the text (fixture 896): 23, 353.
    "blind5": Floor(24, 23, 353),
    # The sixth blind set (fixtures/blind6/), 24 documents written without the parser's
    # code after the fifth had guided the rules.  Scored on arrival: 8 exact, 273 of 348
    # checks (78%).  Then keyword-first ordinal headings, Chinese sign-offs and consent
    # rows of forms (fixtures 123, 124, forms 13): 10 exact, 288; parts of one text heading
    # its questions (fixture 125): 11 exact, 300; circled note marks: 12 exact, 301;
    # "On the first question (...)" headings (fixture 126): 306; informal sign-offs
    # (fixture 127): 13 exact, 307; signatures at the right margin and in one line, a
    # French closing sentence (fixtures 128, 129): 14 exact, 310; Arabic letters with a full
    # stop (fixture 130): 311; unnumbered topic headings of a flattened page (fixture 131):
    # 321; acronyms kept and spelled out, a sender's address left out of the name: 15 exact,
    # 324; titles compared with an opening quote left out on both sides: 328; a page
    # label beside a title as page furniture (fixture 132): 329; ordinal numbers before the
    # keyword (fixture 135): 330; a web page's download link as furniture (fixture 143): 331;
    # a signature above an e-mail's confidentiality notice (fixture 145): 333; bullets
    # inside a flattened line (fixture 146): 334; "On the first question (...)" read as
    # the heading's title, its lead phrase no marker (fixture 126): 16 exact, 338.
    # Closing sentences that remain at the Group's disposal (fixture 183): 339.
    # A name before its clause, then a verb that sends, in a web page run together
    # (fixture 378): 17 exact, 340.
    # A body's kind and quoted name taking the words a text writes between them (fixture
    # 854): 18 exact, 341.
    "blind6": Floor(24, 18, 341),
    # The seventh blind set (fixtures/blind7/), 24 documents from less tidy sources written
    # without the parser's code.  Scored on arrival: 5 exact, 209 of 354 checks (59%; nine
    # documents with no question found: "[Q1]", "Guiding Question #1:", "1ère question :",
    # "PREGUNTA A:", "1ra. pregunta:", "К вопросу 1.", "Вопрос 1 из 2:", "第一部分", and
    # unnumbered quoted headings in a flattened Chinese page).  Those keyword styles and
    # parts (fixtures 134-138): 8 exact, 287; organisation labels of forms, reply headings,
    # a courtesy to the Chair and an Arabic sign-off (forms 14, fixtures 139, 140): 14
    # exact, 306; a CSV cell of prose left unquoted joined back (forms 15): 15 exact, 320;
    # circled numbers as clauses (fixture 141): 16 exact, 322; signatures set in columns by
    # tabs and Russian names with the noun in lower case (fixture 142): 17 exact, 325; a web
    # page's download link as furniture (fixture 143): 326; items numbered with their
    # section's letter, "A1." (fixture 144): 328; Chinese names ending "促进会", "委员会",
    # "大学" and the like: 18 exact, 329; bullets inside a flattened line (fixture 146): 330;
    # "Department" an organisation word: 19 exact, 331.
    # Part words at a boundary of a flattened line, and a point numbered past the
    # questions (fixtures 288, 289, 291): 333.
    # A flattened Chinese cover's name before " 关于……的意见" (fixture 643): 334.
    "blind7": Floor(24, 19, 334),
    # The eighth blind set (fixtures/blind8/), 24 ordinary documents written without the
    # parser's code, most non-English headings worded freely.  Scored on arrival: 7 exact,
    # 238 of 354 checks (67%; five documents with no question found, their numbered
    # headings naming a question's topic in other words: "Les grands traits",
    # "Rasgos principales", "السمات الأساسية", "主要特点").  The topic words of each
    # question in the six languages (fixture 147): 8 exact, 284; a heading that continues
    # the last heading's numbering past the answer's clauses (fixture 148): 9 exact, 301;
    # "On the first question (...)" a lead phrase of the title, in Russian, Arabic and
    # Chinese too (fixtures 126, 149): 10 exact, 318; topic headings of up to twelve words
    # (fixture 150) and "отличает" among the topic words of question 1: 335; references
    # after the answers and more courtesy closes starting the closing (fixtures 151, 152):
    # 340; a regulator's commission no body of the meeting, and covering sentences that
    # name their subject before "is pleased to", "a l'honneur de", "tiene el honor de":
    # 12 exact, 342; a letterhead's title giving way to a covering sentence that names
    # the same body: 14 exact, 344.
    # The rules of fixtures 323-327 and a state's name in a submitter's name: 15 exact, 345.
    # A name before its clause and a verb that sends, "Submitted by X" in running text
    # (fixtures 360, 361): 16 exact, 346.
    # A body that speaks for the state a sentence names (fixtures 450, 451): 17 exact,
    # 347.  Two lines of a ministry's name in capitals over the address are one name
    # (fixture 495): 18 exact, 348.
    # A ministry whose long name holds the state's speaks for it (fixture 527): 19, 349.
    # With the rules of fixtures 725-740: 20 exact, 350.
    "blind8": Floor(24, 20, 350),
    # The ninth blind set (fixtures/blind9/), 24 documents written without the parser's
    # code after the eighth had guided the rules, half ordinary, half less tidy.  Scored
    # on arrival: 6 exact, 251 of 348 checks (72%; six documents with no question found:
    # form columns labelled by topic ("Part A – High-level characteristics ... (Q1)"),
    # headings inside a flattened blog page, Arabic "أ- حول ..." headings).
    # Then headings and form columns that name their question in brackets ("(Q1)",
    # "(pregunta 2)", fixture 154): 7 exact, 274; parts lettered A to D ("Part A –",
    # fixture 155): 8 exact, 278; Arabic headings lettered "أ-", "ب-" that name their
    # question's topic, and "وتقبلوا خالص التحية" a sign-off (fixture 156): 290;
    # keyword headings led by an ordinal word in flattened lines (fixture 159): 299;
    # points numbered "1 -", "A -" in sequence (fixture 160): 9 exact, 301.
    # Closing sentences of more kinds and a signature with one initial in two columns
    # (fixtures 183, 184): 10 exact, 306; a delegation's note whose letterhead in
    # capitals runs into it names the delegation: 11 exact, 307.
    # A form's part-word labels naming a topic (fixtures/forms/30): 313.
    # Headings, closings, page numbers and form fields of fixtures 345-354 and forms
    # 38: 11 exact, 323.
    # A form's lettered label naming its topic in its first clause (forms 39): 12 exact,
    # 330.
    # Web-page furniture in the six languages after a flattened article (fixture 416): 331.
    # A flattened heading's topic title ends before a sentence's first word (fixture
    # 521): 334.
    # A signer's title in French and an acronym that leaves out an indefinite article
    # (fixture 571): 13 exact, 335.
    "blind9": Floor(24, 13, 336),
    # The tenth blind set (fixtures/blind10/), 24 documents written without the parser's
    # code, as WGEC-2 contributors sent them (two thirds ordinary letters and answer
    # sheets, a third pdftotext, e-mails, forms).  Scored on arrival: 10 exact, 309 of 348
    # checks (89%; one document with no question found: a form labelled in traditional
    # Chinese, "問題1："); keywords in traditional characters, and a table folding them
    # to simplified ones for wordings, topics and labels (fixture 157): 11 exact, 323;
    # Chinese points numbered "其一，", "一是" (fixture 158): 12 exact, 324; a form's
    # "Question n° 3 – Autres observations" an invitation to comment: 13 exact, 325; a
    # signer's title alone on its line yields to the organisation after it: 14, 326;
    # keyword headings led by an ordinal word in flattened lines (fixture 159): 332.
    # Closing sentences of more kinds (fixture 183): 16 exact, 336; a diplomatic note's
    # opening naming its sender (fixture 189): 17 exact, 337; an "Author:" field
    # (fixture 200): 18 exact, 338.
    # The rules of fixtures 323-327 and a state's name in a submitter's name: 19 exact, 339.
    # A name spelling its acronym before "Submission to" (fixture 379): 20 exact, 340.
    # A body that speaks for the state a sentence names (fixtures 450, 451): 21 exact, 341.
    "blind10": Floor(24, 22, 342),
    # The eleventh blind set (fixtures/blind11/), 24 documents written without the
    # parser's code: the five other languages as their writers state who they are and
    # head the questions, and English briefs, joint statements, tables and e-mails.
    # Scored on arrival: 9 exact, 264 of 348 checks (76%; five documents with no
    # question found: topic headings right above the answer's first point, a quoted
    # wording after a lead word, a Chinese web page on one line).  Then topic headings
    # with the answer's first numbered point or bullet right under them (fixture 161):
    # 10 exact, 283; a lead and a quoted wording, whole on the line, heading its
    # question (`ON "WHAT ARE ...?"`, fixture 162): 292; "label<TAB>value" forms whose
    # question labels are a keyword and a topic (fixtures/forms/16), points numbered
    # "PRIMERO.-" and "1.º" (fixture 163): 13 exact, 299; "特此函复" closing a letter and
    # QQ Mail's "原始邮件" delimiter (fixture 164), a running title that abbreviates
    # the cover (fixture 165): 15 exact, 304; a letterhead's title giving way to a
    # covering sentence that names the same body ("X направляет ответы"): 17 exact, 308;
    # numbered Chinese topic titles in a flattened page (fixture 166): 18 exact, 322;
    # a topic heading opening a page under page furniture (fixture 167): 19 exact, 330;
    # a list of signatories after the answers as back matter (fixture 168): 332; a
    # signature whose title is in lower case (fixture 169): 20 exact, 334; a mission's
    # name in a covering sentence without the body it is accredited to: 21 exact, 335;
    # a numbered subject title beside a numbered topic title (fixture 238): 22 exact, 346.
    # Submitters and closing sentences of fixtures 339-344: 23 exact, 347.
    "blind11": Floor(24, 23, 347),
    # The twelfth blind set (fixtures/blind12/), 24 documents written without the
    # parser's code after the eleventh had guided the rules: the ordinary run, answers
    # inside position papers under the writer's own outline ("3.", "II. A.", "Section 2
    # –", "Часть 2", "三、"), forms with one row per question.  Scored on arrival: 10
    # exact, 267 of 354 checks (75%; five documents with no question found).  Then a
    # position paper's numbered conclusions after its answers as the closing (fixture
    # 170): 12 exact, 271; the sections of the writer's outline that name the
    # questions' topics as their headings (fixture 171): 13 exact, 310; forms that ask
    # in the value with the answer on the next row (fixtures/forms/17): 14 exact, 312;
    # CSV exports with one row per question (fixtures/forms/18): 15 exact, 326; a title
    # above a form's labels and "(guiding question 2)" (fixture 178): 16 exact, 329.
    # Keyed form rows "1<TAB>question<TAB>answer" under "题号<TAB>问题<TAB>回答"
    # (fixtures/forms/29): 17 exact, 331.
    # Submitters and closing sentences of fixtures 339-344: 17 exact, 332.
    # A signature under "For the Network:" (fixture 404): 18 exact, 334.
    # Web-page furniture in the six languages after a flattened article (fixture 416): 335.
    # A web page's covering sentence run together (fixtures 453, 454): 18 exact, 336.
    # A letterhead's second line under the state's name, in Arabic (fixture 476): 19
    # exact, 337.
    "blind12": Floor(24, 19, 337),
    # The thirteenth blind set (fixtures/blind13/), 24 documents written without the
    # parser's code after the twelfth had guided the rules: submissions as a
    # consultation's page publishes them, headings paraphrasing the questions, summaries
    # first, Q2 first.  Scored on arrival: 7 exact, 198 of 348 checks (57%).  Then a
    # topic heading opening a page after a form feed (fixture 172) and a bare part
    # heading over its title (fixture 173): 9 exact, 219; proposals as the second
    # question's topic (fixture 174): 221; question numbers in Spanish and French words
    # (fixture 175): 10 exact, 234; headings that name what the questions are about
    # (fixtures 176, 177): 11 exact, 263; CSV exports with one row per question
    # (fixtures/forms/18): 12 exact, 274; a title above a form's labels
    # (fixtures/forms/19) and "(guiding question 2)" (fixture 178): 14 exact, 285;
    # topic headings in double-spaced text (fixture 179): 296; a signature ending with an
    # e-mail address (fixture 181): 298; numbered form labels naming their topic
    # (fixtures/forms/20): 15 exact, 312; "P1 -" form labels (fixtures/forms/21): 325;
    # Chinese memo labels with a half-width colon (fixture 182): 16 exact, 326.
    # A person writing in a personal capacity named before the country, an organisation
    # named by "structure" (fixtures/forms/31, 32): 17 exact, 327.
    # Submitters and closing sentences of fixtures 339-344: 18 exact, 328.
    # A letterhead in capitals gives a name its acronym (fixture 359): 19 exact, 329.
    # A topic title over the first point of its answer in a flattened line (fixture 413): 341.
    # Laboratories are organisations; an acronym spelled without accents (fixtures 418, 419): 20 exact, 342.
    # An Arabic name goes on with its region after "في" (fixture 501): 343.
    # A flattened Arabic keyword heading's topic title that ends before its first point
    # (fixture 624): 21 exact, 344.
    "blind13": Floor(24, 22, 346),
    # The fourteenth blind set (fixtures/blind14/), 24 documents written without the
    # parser's code after the thirteenth had guided the rules: ordinary submissions as a
    # secretariat receives them, with covering letters, introductions, tables of
    # contents, footnotes and conclusions.  Scored on arrival (with fixtures 183-185): 17
    # exact, 338 of 360 checks (94%).  Then a table of contents in the front matter
    # (fixture 186): 19 exact, 354; a company's letterhead with its legal form (fixture
    # 187): 20 exact, 355; a signature's department giving way to its body, with the
    # acronym the letter writes inside its name (fixture 188): 21 exact, 356; a
    # diplomatic note's opening naming its sender (fixture 189): 22 exact, 357.
    # Number words alone in capitals heading topics ("ONE:") and contact labels
    # ("للتواصل:", "Контакты для прессы:"; fixtures 294, 295): 23 exact, 359.
    "blind14": Floor(24, 23, 359),
    # The fifteenth blind set (fixtures/blind15/), 24 documents written without the
    # parser's code after the fourteenth had guided the rules: submissions laid out as
    # each language's administrations write official replies (references and file
    # numbers, letterheads, notes verbales, stamps), four in each language.  Scored on
    # arrival: 8 exact, 266 of 360 checks (74%).  Then sections numbered with a zero
    # ("2.0 GUIDING QUESTION ONE"), "I-", "PRIMERO.-", "PART A --", "a.-" and "a-",
    # "المسألة الأولى:" (fixtures 191-195): 9 exact, 307; an official letter's tail
    # fields, the minus sign and U+F0A8 as bullets, "Con sentimientos de distinguida
    # consideración" (fixtures 196-198): 11 exact, 314; a Chinese closing sentence of
    # humble views (fixture 199): 12 exact, 316; an "Author:" field (fixture 200): 317;
    # a Russian state service ("Служба") as an organisation's name: 13 exact, 318.
    # "[1] ..." over a topic as a heading (fixture 249): 14 exact, 320.
    # The same submitter fields (fixtures/forms/31, 32): 15 exact, 321.
    # "R1." points (fixture 272): 16 exact, 322.
    # A letterhead in capitals named as the text writes it with its acronym, and a
    # regulator's "Commission" (fixtures 292, 293): 17 exact, 323.
    # Number words alone in capitals heading topics ("ONE:") and contact labels
    # ("للتواصل:", "Контакты для прессы:"; fixtures 294, 295): 324.
    # Headings, closings, page numbers and form fields of fixtures 345-354 and forms
    # 38 (a form's escaped cell naming the submitter): 18 exact, 325.
    # A note verbale's sender, the Mission that presents its compliments (fixture 367):
    # 19 exact, 326.
    # Submitters in covering sentences and bylines (fixtures 387-397): 20 exact, 327.
    # A topic title over the first point of its answer in a flattened line (fixture 413): 328.
    # A Chinese heading after a date field and a running title of two parts on a
    # flattened page (fixture 588): 21 exact, 335.
    "blind15": Floor(24, 21, 335),
    # The sixteenth blind set (fixtures/blind16/), 24 documents written without the
    # parser's code after the fifteenth had guided the rules: a cross-section of a whole
    # consultation, every kind of submitter and layout.  Scored on arrival: 4 exact, 208
    # of 360 checks (58%; nine documents with no question found).  Then "1 --", "GQ1.",
    # "First guiding question", "Primera cuestión:" headings, French salutations as a
    # sign-off, "Ampliations :", "Спасибо за" (fixtures 202-205): 6 exact, 262; "（甲）"
    # headings and a title's lead before a colon naming its topic (fixture 206): 273;
    # "(i)", "(ii)" headings naming topics (fixtures 207, 208): 283; "第 1 頁" page
    # numbers (fixture 209): 284; "(Q1)" and "(P1)" question labels (fixture 210,
    # fixtures/forms/22): 7 exact, 297; "A.1", "B.3." clauses (fixture 211): 299;
    # closing sentences of more kinds and before an e-mail's tail (fixtures 212-214): 8
    # exact, 303; "+", "◆" bullets (fixture 216): 9 exact, 304; a topic heading over a
    # line leading into the first point with a colon (fixture 217): 10 exact, 317;
    # "Ngā mihi," and other languages' sign-offs (fixture 222): 11 exact, 320.
    # Keyed form rows under "#<TAB>Question<TAB>Answer" (fixtures/forms/29, fixture
    # 251): 12 exact, 334.  "Réponse à la question 1 (caractéristiques ...)", "К вопросу 1
    # (...)" with the whole line as the title (fixture 257): 14 exact, 342.
    # A covering sentence's subject before a clause about it (fixture 267): 343.
    # Lowered by one document and one check where a note verbale's sender, the Mission
    # that presents its compliments, names the submitter (fixture 367): this set's 01
    # expects the Government whose views the Mission transmits (as blind3's 01 does;
    # blind3 keeps its floor, its 19 gaining), where the notes verbales of ten opened
    # sets (blind3's 19, blind4, 15, 25, 26, 28, 33, 36, 38, 39, 43) expect the Mission
    # or the Ministry that sends it: 13 exact, 342.
    # A signature under "For the Secretariat:" (fixture 404): 343.
    # An organisation's field name counted without its small words (forms 41): 14 exact, 344.
    # A keyword heading's topic title run into its answer (fixture 434): 14 exact, 345.
    # An Arabic name goes on with its sultanate after "في" (fixture 501): 15 exact, 346.
    # A keyword heading's topic title that ends before its first point (fixture 613): 15
    # exact, 347.
    "blind16": Floor(24, 15, 347),
    # Three sets written without the parser's code after the sixteenth had guided the
    # rules, each scored on arrival: the seventeenth (fixtures/blind17/), another
    # cross-section of a consultation, 6 exact, 299 of 360 (83%); the eighteenth
    # (fixtures/blind18/), documents as they arrive by e-mail, form exports, web pages,
    # flattened and two-column PDF text, 13 exact, 325 (90%); the nineteenth
    # (fixtures/blind19/), every numbering and structure habit of the six languages,
    # 11 exact, 292 (81%).  Then, in the seventeenth, "A.1", "B.3." clauses (fixture
    # 211): 8 exact, 304; closing sentences of more kinds and before an e-mail's tail
    # (fixtures 212-214): 10 exact, 308, and 14 exact, 330 and 14 exact, 297 in the
    # eighteenth and nineteenth.
    # Then "PRIMERO:" headings (fixture 215): 15 exact, 310 in the nineteenth; CSV
    # "label,value" records and "P.1" labels (fixtures/forms/23, 24): 11 exact, 322 in
    # the seventeenth, 16 exact, 324 in the nineteenth; "+", "◆" bullets (fixture
    # 216): 12 exact, 324 in the seventeenth, 15 exact, 331 in the eighteenth; "A．"
    # and "ب -" points (fixtures 218, 219): 13 exact, 328 in the seventeenth; an
    # Arabic "د." signing and a signer's title going on in lower case (fixtures 220,
    # 221): 14 exact, 332 in the seventeenth, 332 in the eighteenth.
    # A title's byline ("... by Ada Example, independent consultant"): 15 exact, 333.
    # Arabic words that say what the paper is ("ملاحظات شخصية") name no one (fixture
    # 263): 16 exact, 334.
    # A "label<TAB>value" export whose answers' lines are set in under their column
    # (fixtures/forms/37): 337.
    # A sender named by an office of its body (fixture 405): 17 exact, 338.
    # A form value's lines lose the column's tab (forms 45): 19 exact, 340.
    # Thanks alone on a line signs off (fixture 456): 19 exact, 341.
    # A text without question headings names its submitter at its head (fixture 478): 342.
    # The body a person's reply writes on behalf of (fixture 528): 20 exact, 343.
    # Lost glyphs after an item ending with the Arabic semicolon (fixture 540): 21, 344.
    # With the rules of fixtures 725-740: 22 exact, 345.
    "blind17": Floor(24, 22, 345),
    # A web page's "Tags:" row after the last answer (fixture 224): 333.
    # A title with a page's number and count set apart by a wide gap (fixture 246): 334.
    # A title beside a page number between dashes (fixture 268): 341.
    # Part words at a boundary of a flattened line, and a point numbered past the
    # questions (fixtures 288, 289, 291): 347.
    # Cyrillic section letters and a signer's one initial (fixture 337), a title ended
    # over a line leading into a list (fixture 336): 15 exact, 349.
    # A running footer seen once at a flattened page's foot (fixture 415): 16 exact, 350.
    # Web-page furniture in the six languages after a flattened article (fixture 416): 351.
    # A printed e-mail's sender line over its date (fixture 477): 17 exact, 352.
    # "Consultas" a contact label, cut before in a flattened page (fixture 522): 18
    # exact, 353.
    # A Russian title's name in the genitive given as the letterhead writes it, in the
    # nominative (fixture 616): 19 exact, 354.
    "blind18": Floor(24, 19, 355),
    # A covering sentence over a department in the signature: 17 exact, 325 in the
    # nineteenth.
    # A title ending with "should recommend" (fixture 226): 18 exact, 338.
    # A state's motto under the letterhead naming no one: 19 exact, 339.
    # A person named alone on a cover that says it writes in a personal capacity
    # (fixture 491): 340.
    # With the rules of fixtures 725-740: 20 exact, 341.
    # Since: a page number after a sentence end and the running footer makes a line a
    # flattened page (fixture 869): 342.
    "blind19": Floor(24, 20, 342),
    # The twentieth blind set (fixtures/blind20/), written without the parser's code at
    # the end of the rules the sixteenth to nineteenth guided: another cross-section.
    # Scored on arrival: 13 exact, 310 of 360 (86%); with the parser as it was before
    # those rules, 12 exact, 287 (80%).  Then "Punto I –" and "PREMIER POINT –" part
    # headings (fixture 223): 14 exact, 318.
    # Closing sentences "وتؤكد الهيئة استعدادها", "Прошу рассматривать эти замечания",
    # "Issued under the authority of" (fixture 225): 15 exact, 323; a memo sender's
    # title before an acronym left out: 16 exact, 324; a title ending with "should
    # recommend" (fixture 226): 327; a title naming the government over a ministry's
    # letterhead, and a double-spaced memo field ending at a column or a title in
    # capitals (fixture 227): 19 exact, 330; a Russian individual's name opening the
    # cover: 20 exact, 331; "1) What enhanced cooperation is about" beside "2) What the
    # Working Group should recommend" (fixture 238): 341; field names alone naming a
    # topic over bullets, "Recommendations:", "Characteristics:" (fixture 239): 354; a
    # sender writing in a personal capacity stays the submitter: 21 exact, 355.
    # "Contacto de prensa:" opens the closing of a flattened page (fixture 283): 357.
    # Submitters and closing sentences of fixtures 339-344: 22 exact, 358.
    # A letterhead in capitals gives a name its acronym (fixture 359): 23 exact, 359.
    # A name before its clause and a verb that sends, "Submitted by X" in running text
    # (fixtures 360, 361): 24 exact, 360.
    "blind20": Floor(24, 24, 360),
    # The twenty-first blind set (fixtures/blind21/), another cross-section written
    # without the parser's code.  Scored on arrival: 8 exact, 264 of 360 (73%).  Then
    # headings "1ª PREGUNTA:", "Ответ на вопрос первый:", "المحور (1):", "Part A<TAB>",
    # ">> Question 1 <<", "Ad (i) -", a form's "В1." (fixtures 228-233, forms 25), a
    # point naming its headed question's topic (234), closing sentences (235) and
    # "г. Минск" read as a town: 15 exact, 347 (96%); a sentence opening with a figure
    # ("2.6 billion people ...", fixture 236): 16 exact, 348; submitters (a name run on
    # to the acronym its words spell, a Russian individual's name, a Chinese company
    # before an aside): 19 exact, 351 (98%); a clause's wrap under its text after a
    # colon (fixture 237): 352; a delegation's note naming the delegation: 20 exact, 353.
    # Part words at a boundary of a flattened line, and a point numbered past the
    # questions (fixtures 288, 289, 291): 354.
    # A name before its clause and a verb that sends, "Submitted by X" in running text
    # (fixtures 360, 361): 20 exact, 355.
    # Web-page furniture in the six languages after a flattened article (fixture 416): 21 exact, 356.
    # Letters in square brackets, "[a]" (fixture 436): 22 exact, 358.
    # A bare keyword heading over its topic and words that qualify it (fixture 552): 23
    # exact, 359.
    "blind21": Floor(24, 23, 359),
    # The twenty-second blind set (fixtures/blind22/), weighted to PDF extraction, and the
    # twenty-third (fixtures/blind23/), weighted to the five other languages, Word text,
    # e-mail and forms, both written without the parser's code and scored before any rule
    # was made from them: 9 exact, 284 (79%) and 7 exact, 186 (52%); with the parser as
    # it was before the twenty-first set's rules, 7 exact, 281 (78%) and 6 exact, 173
    # (48%).  Then headings "RESPONSE TO GUIDING QUESTION ONE", "Issue 1 -", "Interrogante
    # 1.", "Pregunta orientadora 2", "Раздел первый.", "البند الأول:", "议题一" (fixtures
    # 240-245) and form labels "Q-A:", "Вопрос Б.", "السؤال (ب):" (forms 26-28): 11 exact,
    # 301 (84%) and 13 exact, 314 (87%); a title with a page's number and count set
    # apart by a wide gap as page furniture (fixture 246): the twenty-third 15 exact, 316;
    # "السؤال التوجيهي رقم (1)", "指导问题1：" (fixtures 247, 248): the twenty-second 13
    # exact, 327 (91%); "[1] High level characteristics" (fixture 249): the twenty-second
    # 334 (93%), the twenty-third 16 exact, 329 (91%).
    # Gmail's forwarded message, a new year's sign-off, "Буду признателен" (fixture 250):
    # the twenty-second 16 exact, 341 (95%).
    # "R1." points (fixture 272): 17 exact, 342.
    # Topic headings over section letters "A.<TAB>" (fixture 280): 18 exact, 343.
    # "For questions about this submission, contact ..." (fixture 298): 344.
    # A letterhead in capitals gives a name its acronym (fixture 359): 19 exact, 345.
    # A note's courtesy close in a flattened page (fixture 409): 20 exact, 346.
    # A running footer seen once at a flattened page's foot (fixture 415): 21 exact, 354.
    # A field line whose label is longer than the grammar reads (forms 41): 22 exact, 355.
    # An Arabic observatory's letterhead (fixture 487): 23 exact, 356.
    # A Russian title's name in the genitive is now given as the letterhead writes it, in
    # the nominative (fixture 616), as eight later sets expect; this set expects it as the
    # title writes it: 22 exact, 355.
    "blind22": Floor(24, 22, 355),
    # "R1." points (fixture 272): 330.
    # Part words at a boundary of a flattened line, and a point numbered past the
    # questions (fixtures 288, 289, 291): 332.
    # "... se tient à la disposition du Groupe" closing the letter (fixture 315): 17, 333.
    # Submitters in covering sentences and bylines (fixtures 387-397): 18 exact, 334.
    # "Ответ 1." heads a question (fixtures 398, 399): 19 exact, 338.
    # A note's courtesy close in a flattened page (fixture 409): 20 exact, 340.
    # "We hope these recommendations will be useful" closes a letter (fixture 423): 342.
    # "Guild" an organisation's word (fixture 449): 21 exact, 343.
    # A key column of one row per question names no respondent (forms 43): 22 exact,
    # 357.
    # "Управление" an organisation's word (fixture 465): 23 exact, 358.
    "blind23": Floor(24, 23, 358),
    # The twenty-fourth blind set (fixtures/blind24/), a cross-section, and the
    # twenty-fifth (fixtures/blind25/), weighted to e-mails, letters, notes verbales,
    # forms and short PDFs, both written without the parser's code.  Scored on arrival:
    # 16 exact, 337 of 360 (94%) and 8 exact, 218 of 360 (61%), the same with the parser
    # as it was before the keyed form rows.  Then, in the twenty-fourth, a topic label
    # between two paragraphs ("ON CHARACTERISTICS:", fixture 252): 348; closing sentences
    # ("I hope this is of some use", "stands ready to take part", "أشكر الأمانة",
    # fixtures 252, 253): 19 exact, 354.
    # The same submitter fields (fixtures/forms/31, 32): 20 exact, 355.
    # Arabic submitters: a byline "بقلم:", an uncased letterhead's first line, words for
    # the paper naming no one (fixtures 262, 263): 22 exact, 357.
    # "Pour tout renseignement :" and other contact fields (fixture 265): 23 exact, 359.
    "blind24": Floor(24, 23, 359),
    # The twenty-fifth, never looked at, after the rules the twenty-fourth, twenty-sixth
    # and twenty-seventh guided: 9 exact, 219.  Then, its texts read once the twenty-ninth
    # had taken its place as the set never looked at: "Guiding question (a) -", "S'agissant
    # de la première question", "PUNTO PRIMERO.", "النقطة الأولى:", "Q1．", "R-1" points,
    # headings in capitals over their text, a form's "Topic" column (fixtures 273-279,
    # fixtures/forms/35): 12 exact, 309.  A question asked in its own words, a name
    # abbreviated, and a date alone under a signature (fixtures 284, 285): 318.
    # Part words at a boundary of a flattened line ("Topic one - ...", "议题二："), and a
    # point numbered past the questions (fixtures 288, 289, 291): 13 exact, 344.
    # Submitters and closing sentences of fixtures 339-344: 14 exact, 345.
    # A note verbale's sender, the Mission that presents its compliments (fixture 367):
    # 16 exact, 347.
    # Closing sentences "X выражает готовность ..." (fixture 380): 17 exact, 349.
    # Submitters in covering sentences and bylines (fixtures 387-397): 19 exact, 351.
    # A memo's end mark "Ends." starts the closing (fixture 468): 20 exact, 353.
    "blind25": Floor(24, 21, 354),
    # The twenty-sixth blind set (fixtures/blind26/), weighted as the twenty-fifth, written
    # without the parser's code after the twenty-fifth was scored.  Scored on arrival: 5
    # exact, 218 of 360 (61%), the same with the parser as it was before the keyed form
    # rows.  Then "(a) Characteristics ...", "(b) Recommendations ..." (fixture 254): 231;
    # "Question (i):" and a topic label over a sentence (fixtures 255, 256): 7 exact, 257;
    # "Ответ на вопрос № 1 (...)" with the whole line as the title (fixture 257): 261; a
    # form's "Theme 1 - High-level characteristics" labels (fixtures/forms/30): 9 exact,
    # 277; "Первое.", "القسم أ:" (fixtures 258, 259): 10 exact, 302; "Respuesta a la
    # primera pregunta", "الإجابة عن السؤال الأول", "【关于问题1】" (fixtures 260, 261): 13
    # exact, 328.
    # The same submitter fields (fixtures/forms/31, 32): 14 exact, 329.
    # "نبذة عن الجهة" describes the organisation, "اسم الجهة" names it: 330.
    # A title whose bracket is not closed goes on over "69-71 of the Tunis Agenda)"
    # (fixture 264): 331.
    # The same two rules (fixtures 267, 268): 15 exact, 333.
    # A Chinese name before an aside saying the writer submits in a personal capacity
    # (fixture 269): 16 exact, 334.
    # A note verbale's sender, the Mission that presents its compliments (fixture 367):
    # 17 exact, 335.
    # The closing sentence "Le bureau remercie les ..." (fixture 381): 18 exact, 336.
    # A note's reference as a running footer's part (fixture 469): 18 exact, 337.
    # A topic heading in text without blank lines (fixture 489): 341.
    # A person named alone on a cover that says it writes in a personal capacity
    # (fixture 491): 342.
    # A Russian legal form in capitals on a signature's line (fixture 723): 19 exact, 343.
    "blind26": Floor(24, 19, 343),
    # The twenty-seventh blind set (fixtures/blind27/), another cross-section written
    # without the parser's code while the twenty-fourth and twenty-sixth guided rules,
    # and scored before any rule was made from it: 11 exact, 325 of 360 (90%); with the
    # parser as it was before those rules, 11 exact, 324.  Then "هـ-" points (fixture
    # 266), a form's "1. High level characteristics ..." labels (fixtures/forms/33) and
    # a company's legal form kept in its name ("... plc"): 14 exact, 340.
    # The rules of fixtures 323-327 and a state's name in a submitter's name: 15 exact, 341.
    # Headings, closings, page numbers and form fields of fixtures 345-354 and forms
    # 38: 15 exact, 342.
    # A name before its clause and a verb that sends, "Submitted by X" in running text
    # (fixtures 360, 361): 16 exact, 343.
    # A browser's print footer, the page's address and number (fixture 421): 351.
    # "X is ready to share ..." closes a letter (fixture 422): 352.
    # A Russian title's name in the genitive given as the letterhead writes it, in the
    # nominative (fixture 616): 17 exact, 353.
    "blind27": Floor(24, 17, 353),
    # The twenty-eighth blind set (fixtures/blind28/), another cross-section written
    # while the rules of the twenty-sixth and twenty-seventh were made, scored before any
    # rule was made from it: 6 exact, 275 of 360 (76%), the same with the parser as it
    # was before those rules.  Then "第一问：", a form's "PG1 -" and "i." / "ii." topic
    # headings (fixtures 270, 271, forms 34): 8 exact, 315.
    # "R1." points (fixture 272): 9 exact, 316.
    # A letterhead in capitals named as the text writes it with its acronym, and a
    # regulator's "Commission" (fixtures 292, 293): 11 exact, 318.
    # Number words alone in capitals heading topics ("ONE:") and contact labels
    # ("للتواصل:", "Контакты для прессы:"; fixtures 294, 295): 12 exact, 335.
    # "Primero.", "Segundo." points (fixture 297): 337.
    # "For questions about this submission, contact ..." (fixture 298): 338.
    # A note verbale's sender, the Mission that presents its compliments (fixture 367):
    # 13 exact, 339.
    # Closing sentences ("... would be glad to share ...", fixture 370): 340.
    # A wording below an e-mail's tail keeps no topic line from heading (fixture 400): 349.
    # A Russian title's name in the genitive is now given as the letterhead writes it, in
    # the nominative (fixture 616), as eight later sets expect; this set expects it as the
    # title writes it: 12 exact, 348.
    "blind28": Floor(24, 12, 348),
    # The twenty-ninth blind set (fixtures/blind29/), e-mails, letters, notes verbales,
    # forms and short PDFs as the twenty-fifth, which it replaces as the set never
    # looked at: 7 exact, 262 of 360 (73%) with the parser before the rules of fixtures
    # 273-286; 7 exact, 268 after them.  Opened once the thirty-second replaced it as
    # the set never looked at: part words "Apartado A:", "Блок 1.", "Point n° 1 —", "Q1（特征）",
    # "Ⅰ．", a note in brackets ending a title, "might recommend" (fixtures 299-306):
    # 9 exact, 323.  A flattened page's part word headings ended by two spaces (fixture
    # 322): 10 exact, 337.
    # The rules of fixtures 323-327 and a state's name in a submitter's name: 11 exact, 338.
    # Submitters and closing sentences of fixtures 339-344: 12 exact, 339.
    # A season's greeting that signs off and a Russian offer to take part in the further
    # work that closes (fixtures 480, 481): 14 exact, 343.
    # A flattened Arabic keyword heading's topic title that ends before its first point
    # (fixture 624): 14 exact, 345.
    # Lowered by one: a field's value now ends before a clause that says what the body
    # is (", a network of ...", fixture 649), which one of this set's expectations keeps
    # as part of the name ("Mwanga Youth Digital Forum, a network of 31 ..."): 13, 344.
    "blind29": Floor(24, 13, 344),
    # The thirtieth blind set (fixtures/blind30/), a cross-section: 15 exact, 335 of 360
    # on arrival, the same with the parser before the rules of fixtures 273-286, which
    # it guided with the twenty-fifth and thirty-first: 16 exact, 351.  Wingdings'
    # square bullets and "ص 1" page numbers (fixtures 287, 290): 17 exact, 353.
    # A contribution title before a sentence naming the government, a Russian name over
    # the degree (fixtures 357, 358): 18 exact, 354.
    # A covering sentence whose subject thanks first (fixture 412): 19 exact, 355.
    # A word broken at a hyphen rejoined where the cover is searched for a sentence
    # (fixture 426): 20 exact, 356.
    # A title and a bare page label back on the next page (fixture 452): 21 exact, 357.
    # A web page's covering sentence run together (fixtures 453, 454): 22 exact, 358.
    "blind30": Floor(24, 22, 358),
    # The thirty-first blind set (fixtures/blind31/), a cross-section: 15 exact, 324 of
    # 360 on arrival, the same before those rules: 17 exact, 341.
    # A letterhead in capitals named as the text writes it with its acronym, and a
    # regulator's "Commission" (fixtures 292, 293): 18 exact, 342.
    # A number and three spaces heading a topic, as pdftotext -layout writes it
    # (fixture 296): 19 exact, 355.
    # The signer of a message written in a personal capacity (fixture 317): 20 exact, 356.
    # A name before its clause and a verb that sends, "Submitted by X" in running text
    # (fixtures 360, 361): 22 exact, 358.
    # A running title seen once in a declined form (fixture 401): 23 exact, 359.
    "blind31": Floor(24, 23, 359),
    # The thirty-second blind set (fixtures/blind32/), a cross-section, held out: never
    # looked at, only scored.  12 exact, 263 of 360 (73%) on arrival and with the parser
    # of the session before (300b0c2); 13 exact, 276 once underlined headings were read
    # (fixture 318).
    # Opened in the next session: a roman numeral or an Arabic ordinal and a tab
    # ("II<TAB>", "ثانياً<TAB>"), an ordinal before a part word ("Primer tema."), a part
    # word's Cyrillic letter or letter in brackets ("Раздел Б.", "المحور (ب):") (fixtures
    # 323-327), a state's name after a preposition kept in a submitter's name: 16 exact, 339.
    # A footer's page count after one space (fixture 338): 340.
    # A signature before a contact field (fixture 377): 17 exact, 342.
    # Closing sentences "X выражает готовность ..." (fixture 380): 18 exact, 343.
    # A flattened page whose heading opens with a wording after the cover's fields,
    # without a sentence end before it (fixture 437): 19 exact, 355.
    # "Dirección" an organisation's word (fixture 524): 20 exact, 356.
    # A legal form written with full stops keeps them (fixture 547): 21 exact, 357.
    # A Russian title's name in the genitive is now given as the letterhead writes it, in
    # the nominative (fixture 616), as eight later sets expect; this set expects it as the
    # title writes it: 19 exact, 355.
    # A delegation named by a sentence with what it is accredited to (fixture 720): 20
    # exact, 356.  A ministry under its state's short name and motto, the title saying
    # it submits for the government (fixture 758): 21, 357.
    # An Arabic name alone under the sign-off of a personal text (fixture 955): 22, 358.
    "blind32": Floor(24, 22, 358),
    # The thirty-third blind set (fixtures/blind33/), e-mails, letters, notes verbales,
    # forms and short PDFs: 5 exact, 203 of 360 with the parser of 300b0c2, 6 exact, 211
    # on arrival.  Lone bullets heading questions, Chinese one paragraph per line not read
    # as doubled spacing, "المسألة (أ):", "〔问一〕", "Consulta A:", "甲、", "其一  "
    # (fixtures 307-314): 12 exact, 285.  Underlined (setext) headings, the meeting's name
    # naming no subject (fixture 318): 13 exact, 298.  "About the authors:", "Point de
    # contact :" and consent to publication closing the text (fixtures 319-321): 15, 303.
    # A note verbale's sender, the Mission that presents its compliments (fixture 367):
    # 17 exact, 305.
    # A topic title over the first point of its answer in a flattened line (fixture 413): 331.
    # A letterhead in capitals opening a flattened cover (fixture 414): 18 exact, 332.
    # A form's codes for the questions (fixture 455, forms 44): 19 exact, 345.
    # A Russian name's first word after a title run on without a stop (fixture 638): 20
    # exact, 346.
    # A partial response's row that answers no question (forms 51): 21 exact, 351.
    # A public office named for what it does ("Office of the ...", fixture 853): 22
    # exact, 352.
    "blind33": Floor(24, 22, 352),
    # The thirty-fourth blind set (fixtures/blind34/), a cross-section: 13 exact, 334 of
    # 360 with the parser of 300b0c2, 13 exact, 343 on arrival.
    # "se tient à la disposition", "S.A." letterheads and sentences, the signer of a
    # message in a personal capacity, value lines set in under their column (fixtures
    # 315-317, forms 37): 17 exact, 350.
    # The rules of fixtures 323-327 and a state's name in a submitter's name: 18 exact, 351.
    # Submitters and closing sentences of fixtures 339-344: 18 exact, 352.
    # A form value's lines lose the column's tab (forms 45): 19 exact, 353.
    # A flattened page's note about its writers is cut as a field (fixture 508): 20
    # exact, 355.
    # The government a covering sentence names for the state a title names, over the
    # ministry's letterhead (fixture 533): 21 exact, 356.
    "blind34": Floor(24, 21, 356),
    # The thirty-fifth blind set (fixtures/blind35/), a cross-section, held out: never
    # looked at, only scored.  19 exact, 353 of 360 on arrival and with the parser of the
    # session before (17fbf7e).
    # Opened in the next session (its figures only had been read): the rules of
    # fixtures 339-344 (submitters, closing sentences): 24 exact, 360.
    "blind35": Floor(24, 24, 360),
    # The thirty-sixth blind set (fixtures/blind36/), e-mails, letters, notes verbales,
    # forms and short PDFs: 9 exact, 264 of 360 with the parser of 17fbf7e; 10 exact, 284
    # on arrival (the rules of fixtures 323-327).  "Question 1/2:", "问题1 ——", what
    # characterises and what to recommend, a short topic heading over its paragraph,
    # closing sentences and an "About the Centre" title, "Tema: ..." labels, "(1)" before
    # Chinese text, titles ended over a lead or a sentence, Cyrillic section letters
    # (fixtures 328-337): 12 exact, 327.
    # A note verbale's sender, the Mission that presents its compliments (fixture 367):
    # 329.
    # A complimentary close cut by a wrap after "avails" (fixture 382), a printed e-mail's
    # sender line (fixture 385): 13 exact, 332.
    # The asterism "* * *" and "Un saludo cordial," (fixtures 402, 403): 15 exact, 336.
    # A text without question headings names its submitter at its head (fixture 478): 337.
    # The sender of the message replied to names no submitter (fixture 528): 16, 338.
    # Lost glyphs after an item ending with the Arabic semicolon (fixture 540): 17, 339.
    # A Russian dateline with the city's abbreviation (fixture 589): 18 exact, 340.
    # With the rules of fixtures 725-740: 19 exact, 341.
    "blind36": Floor(24, 19, 341),
    # The thirty-seventh blind set (fixtures/blind37/), a cross-section: 12 exact, 330 of
    # 360 with the parser of 17fbf7e and on arrival.  The rules of fixtures 328-337, a
    # government's "State Secretariat" naming its sender: 16 exact, 350.  A footer's
    # page count after one space (fixture 338): 18 exact, 353.
    # A field line whose label is longer than the grammar reads (forms 41): 19 exact, 354.
    # A sentence that says where to write (fixture 443): 20 exact, 356.
    "blind37": Floor(24, 20, 356),
    # The thirty-eighth blind set (fixtures/blind38/), a cross-section, held out: never
    # looked at, only scored.  14 exact, 313 of 360 with the parser of the session's start
    # (9b50792), on arrival and with the rules of fixtures 345-354.  Opened in the same
    # session: a preposition before the question keyword ("Sur la question n° 1 :"),
    # "For media enquiries:" (fixtures 355, 356): 15 exact, 324.
    # A note verbale's sender, the Mission that presents its compliments (fixture 367):
    # 16 exact, 325.
    # Submitters in covering sentences and bylines (fixtures 387-397): 326.
    # A bare page number after a flattened page's running footer (fixture 420): 17 exact,
    # 335.
    # A body that speaks for the state a sentence names (fixtures 450, 451): 18 exact, 336.
    # 18 -> 17 exact, 336 -> 335 by the rule of fixture 483: a letterhead's line that
    # comes back under the signature is no running header, so it names the submitter
    # ("Agencia Nacional de Gobierno Digital"), where the writer expects the fuller name
    # the covering sentence gives ("... de la República de Costaclara").
    "blind38": Floor(24, 17, 335),
    # The thirty-ninth blind set (fixtures/blind39/), e-mails, letters, notes verbales,
    # forms and short PDFs: 11 exact, 287 of 360 with the parser of 9b50792, 11 exact, 288
    # on arrival.  "PRIMERO. ...", "乙、", "ii." after "i. What are ...?", titles that say
    # what to recommend, "关于第一个问题：...", an offer to the Group that closes
    # (fixtures 345-354): 16 exact, 342.
    # A contribution title before a sentence naming the government, a Russian name over
    # the degree (fixtures 357, 358): 17 exact, 343.
    # A name before its clause and a verb that sends, "Submitted by X" in running text
    # (fixtures 360, 361): 18 exact, 344.
    # A note verbale's sender, the Mission that presents its compliments (fixture 367):
    # 20 exact, 346.
    # A running title seen once in a declined form (fixture 401): 21 exact, 347.
    # The subject's words in the other order, "What makes cooperation 'enhanced'?" (fixture 417): 22 exact, 358.
    "blind39": Floor(24, 22, 358),
    # The fortieth blind set (fixtures/blind40/), a cross-section: 10 exact, 341 of 360
    # with the parser of 9b50792, 11 exact, 342 on arrival.  A table's rows before a
    # signature, "PRIMERO. ...", a form's field that names no one, "I wish the Working
    # Group every success", "第1页/共2页" (fixtures 345-348, forms 38): 17 exact, 353.
    # A contribution title before a sentence naming the government, a Russian name over
    # the degree (fixtures 357, 358): 18 exact, 354.
    # A centre's name goes on with its university (fixture 406): 19 exact, 355.
    # "Управление" and "تجمع" organisations' words (fixtures 465, 466): 21 exact, 357.
    # A web page's menu left out of the letterhead's paragraph (fixture 518): 22 exact,
    # 358.
    # With the rules of fixtures 725-740: 23 exact, 359.
    "blind40": Floor(24, 23, 359),
    # The forty-first blind set (fixtures/blind41/), a cross-section, held out through
    # one stop: scored only, 7 exact, 332 of 360 with the parser of 9b50792, of 31178fa
    # and of ee82984.  Opened then: its failures guided chevrons after a question's
    # number, a table's header row flattened to tabs (no topic heading), a page and its
    # count between a bar, a closing field's value over a signature, and the commas of a
    # name that lists a ministry's portfolio (style fixtures 362-366): 8 exact, 344.
    # Thirteen of its submitter expectations quote more than the name (a field's label,
    # the article, what the sentence says next), which containment cannot pass.
    # 344 -> 343 by the rule of fixture 481: its writer keeps "Институт готов принять
    # участие в дальнейшем обсуждении ..." under the last list item in the answer, where
    # the twenty-ninth set's writer, on the same offer after a break, puts it in the
    # closing, as the English "stands ready to contribute" is read.
    "blind41": Floor(24, 8, 343),
    # The forty-second blind set (fixtures/blind42/), a cross-section, held out: never
    # looked at, only scored.  15 exact, 345 of 360 with the parser of ee82984; 16, 346
    # with the rules that blind41 guided (e686863), on arrival; 18 exact, 349 with the
    # first that blind43 guided (1d479a6), 350 with the next.  Opened after 1103269: a
    # complimentary close cut by a wrap, closing sentences in Russian and Chinese, a
    # printed e-mail's sender line, a short name in quotation marks defined in brackets
    # (fixtures 382-386): 22 exact, 358.
    # A ministry that submits for the government a title names (fixture 438): 23 exact,
    # 359.
    "blind42": Floor(24, 23, 359),
    # The forty-third blind set (fixtures/blind43/), documents whose layout is hard at
    # the edges (short PDFs with footnotes and headers falling inside answers, forwarded
    # e-mails, multi-level Word numbering): 11 exact, 321 of 360 with the parser of
    # ee82984 and on arrival.  Opened: its failures guided a note verbale's sender,
    # headings that ask about a topic in a web page written one paragraph a line, a
    # title that ends with its sentence, units after a figure ("1.2 Tbit/s"), a topic
    # heading at the foot of a page (fixtures 367-369): 14 exact, 339.  Closing
    # sentences, "§<TAB>" bullets, "p. 1" and a footnote marked "*", a field's value that
    # ends its sentence, a writers' field under the institute's letterhead, a number
    # under "paragraph", a note that nothing is confidential (fixtures 370-375): 17
    # exact, 350.  A heading's title going on past the page's foot, a signature before a
    # contact field (fixtures 376, 377): 18 exact, 353.
    # A covering sentence whose subject thanks first (fixture 412): 19 exact, 354.
    # A body that speaks for the state a sentence names (fixtures 450, 451): 20 exact, 355.
    # A footnote without a rule where a sentence breaks off at a page's foot (fixture
    # 467): 21 exact, 356.
    # Cyrillic lettered titles of one or two words (fixture 583): 22 exact, 358.
    "blind43": Floor(24, 22, 358),
    # The forty-fourth blind set (fixtures/blind44/), a cross-section, held out: never
    # looked at, only scored.  13 exact, 336 of 360 with the parser of ee82984, of
    # 1d479a6 and of 36d7e68, on arrival, and of 4a13775.  Opened after 4a13775: the
    # sender's field of a message replied to ends the search for a heading, a closing
    # sentence in Arabic, "On your first question", submitters in covering sentences and
    # bylines (fixtures 387-397): 21 exact, 357.
    # A body that speaks for the state a sentence names (fixtures 450, 451): 22 exact, 358.
    # Double-spaced Chinese lines of twenty wide characters (fixture 537): 23, 359.
    "blind44": Floor(24, 23, 359),
    # The forty-fifth blind set (fixtures/blind45/), a cross-section, held out: never
    # looked at, only scored.  19 exact, 331 of 360 with the parser of 1103269, and on
    # arrival, and of 5d6c8fc.  Opened after 5d6c8fc: keyword headings in square
    # brackets and a note's courtesy close in a flattened page, a name and its acronym
    # before the verb of a covering sentence (fixtures 408-410): 20 exact, 346.
    # A printed e-mail's sender line with its date after a tab (fixture 411): 21, 347.
    # A covering sentence whose subject thanks first (fixture 412): 22 exact, 348.
    # The subject's words in the other order, "What makes cooperation 'enhanced'?" (fixture 417): 23 exact, 359.
    # A mail client's organisation header yields to the sentence that says whom the writer writes for (fixture 418): 24 exact, 360.
    "blind45": Floor(24, 24, 360),
    # The forty-sixth blind set (fixtures/blind46/), a cross-section, held out (never
    # looked at, only scored) until 601aeeb.  15 exact, 329 of 360 with the parser of
    # 1103269, and on arrival (after 4a13775); 330 with Word's "o" glyph before a tab
    # (fixture 407).  Opened at 601aeeb: 15 exact, 330.
    # A title row of its own cells above a form's labels (forms 40) and "Lo que
    # proponemos" naming question 2 (fixture 424): 17 exact, 340.
    # "Groupement" an organisation's word (fixture 425), a hyphen-broken note verbale
    # (426), a long organisation label (forms 41), a Chinese subject "- X意见" (427):
    # 21 exact, 344.
    # A flattened part heading's title that runs into its answer (fixture 428) and a
    # running title with a colon at a flattened page's top (fixture 429): 22 exact, 358.
    # A Russian title's name in the genitive given as the letterhead writes it, in the
    # nominative (fixture 616): 23 exact, 359.
    "blind46": Floor(24, 23, 359),
    # The forty-seventh blind set (fixtures/blind47/), a cross-section, held out (never
    # looked at, only scored) until 37bf43a.  16 exact, 347 of 360 with the parser of
    # 5d6c8fc and, on arrival, of 8cdfaeb.  A printed e-mail's sender line with its date after a tab
    # (fixture 411): 17 exact, 348.
    # A covering sentence whose subject thanks first (fixture 412): 18 exact, 349.
    # Opened at 37bf43a: 18 exact, 349.  A signature's address and telephone after a
    # dash (fixture 430), a double-spaced signature under an ordinal's title (431), a
    # field whose value is an address alone (432), a range of paragraph numbers opening
    # a sentence (433): 21 exact, 355.
    # An acronym that leaves out "sur" and "la" (fixture 435): 22 exact, 356.
    # A name with a personal-capacity aside (fixture 439): 357.  A signature under a
    # rule, a remark in it (fixture 441): 23 exact, 359.
    "blind47": Floor(24, 23, 359),
    # The forty-eighth blind set (fixtures/blind48/), a cross-section, held out (never
    # looked at, only scored) until 15b7fbb.  20 exact, 355 of 360 on arrival (after
    # 0fcc44f), the same with the parser of 5d6c8fc.
    # Opened at 15b7fbb: 20 exact, 355.  A flattened keyword heading's topic title run
    # into its answer (fixture 434): 21 exact, 357.  A note on who prepared the text
    # closing it (fixture 440): 22 exact, 358.  A letterhead's line seen again under
    # the signature is no running header (fixture 483): 23 exact, 359.
    # An Arabic headline about a body is no name (fixture 573): 24 exact, 360.
    # A government that speaks through its ministry ("The Government of X, through the
    # Ministry of Y, is pleased to respond ...", fixture 609) is the submitter, as
    # docs/api.md says and the sets' brief has said since the seventy-third set; this
    # set, written before, expects the ministry: 23 exact, 359.
    "blind48": Floor(24, 23, 359),
    # The forty-ninth blind set (fixtures/blind49/), a cross-section, held out: never
    # looked at, only scored.  22 exact, 356 of 360 on arrival (after 816459e), the same
    # with the parser of 601aeeb.
    # A flattened keyword heading's topic title run into its answer (fixture 434): 23
    # exact, 359.
    # Opened after 3b22ed6.  A ministry that speaks for the state a short title names
    # (fixture 442): 24, 360.
    "blind49": Floor(24, 24, 360),
    # The fiftieth blind set (fixtures/blind50/), a cross-section, held out: never looked
    # at, only scored.  22 exact, 358 of 360 on arrival (after 89a0abb), the same with the
    # parser of 601aeeb.
    # Opened after 3b22ed6.  A ministry that speaks for the state a short title names
    # (fixture 442): 23, 359.
    # A sentence that says where to write (fixture 443): 24, 360.
    "blind50": Floor(24, 24, 360),
    # The fifty-first blind set (fixtures/blind51/), a cross-section, held out: never
    # looked at, only scored.  19 exact, 353 of 360 on arrival (after c95ed8f); 18
    # exact, 342 with the parser of 601aeeb.
    # Opened after cd4843f.  "Sent from my phone." with an apology after it (fixture
    # 444), a numbered invitation to other remarks (forms 42) and "特此说明。" (fixture
    # 445): 22 exact, 358.  A Chinese signer under the salute, in a personal capacity
    # (fixture 447): 23 exact, 359.  A running header at the head of one flattened page
    # alone (fixture 448): 24 exact, 360.
    "blind51": Floor(24, 24, 360),
    # The fifty-second blind set (fixtures/blind52/), a cross-section, held out: never
    # looked at, only scored.  16 exact, 351 of 360 on arrival (after c95ed8f); 15
    # exact, 349 with the parser of 601aeeb.
    # A sentence that says where to write (fixture 443): 17 exact, 353.
    # Opened after 999e966.  Lost glyphs after a full-width colon (fixture 461), an
    # article that is part of a title's name and a mission's letterhead (fixtures 457,
    # 458), a signature's cells (fixture 460), an acronym spelled out after an elided
    # article (fixture 462), a field that names no body, with a remark (fixture 459): 22
    # exact, 358.  A running header at the head of a flattened page after one that
    # ended its sentence (fixture 464): 23 exact, 359.
    "blind52": Floor(24, 23, 359),
    # The fifty-third blind set (fixtures/blind53/), a cross-section, held out: never
    # looked at, only scored.  16 exact, 351 of 360 on arrival (after abd3acf), the same
    # with the parser of 3b22ed6.
    # A body that speaks for the state a sentence names (fixtures 450, 451): 17 exact, 352.
    # The rules of fixtures 457-463: 18 exact, 353.
    # Opened after 3764660.  Word's page label after a bar ending a footer (fixture
    # 470), a company's legal form spelled out (fixture 471): 20 exact, 355.  A byline
    # after the answers (fixture 473), a form's labels with a remark (forms 46): 22
    # exact, 357.  An apology before the sign-off (fixture 475), a letterhead's second
    # line under the state's name (fixture 476): 24 exact, 360.
    "blind53": Floor(24, 24, 360),
    # The fifty-fourth blind set (fixtures/blind54/), a cross-section, held out: never
    # looked at, only scored.  13 exact, 334 of 360 on arrival (after abd3acf); 12
    # exact, 333 with the parser of 3b22ed6.
    # Opened after 3560651.  A letterhead's line seen again under the signature is no
    # running header (fixture 483): 14 exact, 335.  Word text with tabs after its list
    # markers is no form (forms 47), a hope that the remarks prove useful (fixture 485),
    # a web article's credit in brackets (fixture 486): 17 exact, 344.  A research
    # chair's and an Arabic observatory's letterheads (fixture 487): 19 exact, 346.  An
    # answer's lead that restates its question under its heading (fixture 490): 20
    # exact, 349.
    # A web page written one paragraph a line, a subject heading after a topic heading
    # (fixture 535): 21 exact, 357.
    # A Russian title's name in the genitive given as the letterhead writes it, in the
    # nominative (fixture 616): 22 exact, 358.
    "blind54": Floor(24, 22, 358),
    # The fifty-fifth blind set (fixtures/blind55/), a cross-section, held out: never
    # looked at, only scored.  20 exact, 353 of 360 on arrival (after c0b1fc3), the same
    # with the parser of 999e966.
    # Still held out: a web article's credit in brackets (fixture 486): 355.
    # Opened after two sessions held out, and read: a signature before a web page's
    # tags, the signer of a personal blog without a sign-off, a sentence that says where
    # questions can be sent, a body's kind over its quoted name over the address, a
    # news item's title that names the body by its kind alone (fixtures 492-497): 24
    # exact, 360.
    "blind55": Floor(24, 24, 360),
    # The fifty-sixth blind set (fixtures/blind56/), a cross-section, held out: never
    # looked at, only scored.  17 exact, 350 of 360 on arrival (after d368d3f), the same
    # with the parser of 999e966.
    # Still held out: a web article's credit in brackets (fixture 486): 18 exact, 352.
    # Opened after three sessions held out, and read: a page number and count parted by
    # a bar, an offer to expand on the answers before the sign-off, a flattened page's
    # note about its writers (fixtures 506-508): 21 exact, 357.  Left: a blog's remark
    # after its answers, two submitters whose expectation differs from a reading that
    # other sets expect (a Russian name in the genitive its title gives it; a
    # mission's letterhead under the state's name).
    # A Russian title's name in the genitive given as the letterhead writes it, in the
    # nominative (fixture 616): 22 exact, 358.
    "blind56": Floor(24, 22, 358),
    # The fifty-seventh blind set (fixtures/blind57/), a cross-section, held out: never
    # looked at, only scored.  17 exact, 337 of 360 on arrival (after 272c6c6), the same
    # with the parser of 3764660.
    # Opened after four stops held out (17 and 337 with the parser of 6628b24):
    # "PREGUNTA 1.-" headings, a directorate under its ministry's letterhead, a closing
    # sentence before an e-mail's "-- " signature, "Prepared by ..." over a contact field,
    # the body a person's reply writes on behalf of (fixtures 523-528): 21 exact, 356.
    # Left: a Russian centre inside its institute (18), a lost glyph's bullets (20), a
    # web page's tags after the answers (21).
    # Keywords after the answers a web page's tail (fixture 532): 22 exact, 358.
    # A centre named as its institute's, lost glyphs after an Arabic semicolon (fixtures
    # 539, 540): 24 exact, 360.
    "blind57": Floor(24, 24, 360),
    # The fifty-eighth blind set (fixtures/blind58/), a cross-section, held out: never
    # looked at, only scored.  17 exact, 349 of 360 on arrival (after 3560651), the same
    # with the parser of 3764660.
    # Still held out: a signature before a web page's tags (fixture 492): 351.  A web
    # page's menu left out of the letterhead's paragraph (fixture 518): 19 exact, 353.
    # Still held out: a form's row asked as a question says the writer is a person
    # (forms 48): 20 exact, 354.
    # Opened and read, held out until then: an Arabic sign-off in the plural and
    # "sent from my mobile" in Arabic (fixture 541), an apology for sending late before
    # the sign-off (fixture 542), a body's name a blank line above a web page's tags
    # (fixture 543): 23 exact, 359.
    "blind58": Floor(24, 23, 359),
    # The fifty-ninth blind set (fixtures/blind59/), a cross-section, opened on arrival:
    # 17 exact, 326 of 360 (after 1ad928b), the same with the parser of 63f8727.
    # A title with a subtitle after a colon and "ماذا نقترح" head their questions
    # (fixtures 498, 499), a Chinese offer to keep taking part closes the text (fixture
    # 500), an Arabic name with its region, a sender's acronym spelled by the
    # signature, an acronym spelled with a hyphenated word (fixtures 501-503), a
    # flattened heading in capitals that runs into its answer (fixture 504) and a
    # sentence about the writer after the answers (fixture 505): 23 exact, 359.
    # A body that "presents the following views" on the government's behalf (fixture
    # 566): 24 exact, 360.
    "blind59": Floor(24, 24, 360),
    # The sixtieth blind set (fixtures/blind60/), a cross-section, held out: never
    # looked at, only scored.  20 exact, 355 of 360 on arrival (after 1ad928b), the same
    # with the parser of 63f8727.
    # Still held out: a reference field's value of one word ends on its line (fixture
    # 516): 21 exact, 356.
    # Still held out: lost glyphs after an Arabic semicolon (fixture 540): 22, 357.
    # Still held out: an apology before the sign-off and the rest of fixtures 541-543:
    # 22, 357.  Opened and read: a running title under a page count whose form feed was
    # lost (fixture 544), a signature under "For and on behalf of X Ltd." (fixture
    # 545): 24 exact, 360.
    "blind60": Floor(24, 24, 360),
    # The sixty-first blind set (fixtures/blind61/), a cross-section, held out: never
    # looked at, only scored.  19 exact, 354 of 360 on arrival (after 521282c), the same
    # with the parser of 63f8727.
    # Still held out: a web page's menu left out of the letterhead's paragraph (fixture
    # 518): 20 exact, 355.
    # Opened and read: a guiding question's key "GQ1." inside a flattened page (fixture
    # 546), a legal form's full stops kept (fixture 547): 22 exact, 358.
    "blind61": Floor(24, 22, 358),
    # The sixty-second blind set (fixtures/blind62/), a cross-section, opened on
    # arrival: 17 exact, 320 of 360 (after 521282c), the same with the parser of
    # 63f8727.  Roman numerals with a dot and a dash, "QUESTION UN", numbered points
    # under keyword headings, a restated question wrapped into its lead, a long name in
    # a covering sentence, "我会", a body's line over its contact, a reference field in
    # double-spaced text, "Submitted on behalf of the X Board by:" (fixtures 509-517):
    # 21 exact, 357.
    # Double-spaced Chinese lines of twenty wide characters (fixture 537): 22, 358.
    # With the rules of fixtures 725-740: 23 exact, 359.
    # A flattened title's bracketed question number no point (fixture 914): 24, 360.
    "blind62": Floor(24, 24, 360),
    # The sixty-third blind set (fixtures/blind63/), a cross-section, held out: never
    # looked at, only scored.  18 exact, 350 of 360 on arrival (after 3383868); 18 and
    # 349 with the parser of 63f8727.
    # Opened and read, held out until then: "Nous restons disponibles ..." closes
    # (fixture 548), a label over an address that says where to send comments (fixture
    # 549), a figure "3.1 million" at a wrapped line's start in an answer of lettered
    # points (fixture 550), a double-spaced first sentence that restates its question
    # over a line that opens with a number (fixture 551), a bare "[Question 2]" over its
    # topic and words that qualify it (fixture 552): 23 exact, 359.
    "blind63": Floor(24, 23, 359),
    # The sixty-fourth blind set (fixtures/blind64/), a cross-section, opened on
    # arrival: 19 exact, 343 of 360 (after 3383868), the same with the parser of
    # 63f8727.  A web page's menu left out of the letterhead's paragraph, "Regroupement"
    # an organisation's word, a running header printed once in a cut sentence (fixtures
    # 518-520): 22 exact, 346.  A flattened paper's bracketed number headings whose
    # topic titles run into their answers (fixture 521): 357.  "For correspondence" a
    # contact label (fixture 522): 23 exact, 359.  A regulator's "Office of ..."
    # letterhead, read as an organisation where "Office" opens the name, not where it
    # ends a unit's inside a body (fixture 853): 24 exact, 360.
    "blind64": Floor(24, 24, 360),
    # The sixty-fifth blind set (fixtures/blind65/), a cross-section, opened on
    # arrival: 13 exact, 322 of 348 (after 6628b24's rules and those of fixtures
    # 523-528), the same with the parser of 6628b24.
    # A download link in Arabic, letters closed by a full-width bracket, a breadcrumb
    # field, keywords, a government over a ministry's letterhead, a flattened title ended
    # at a gap, a web page one paragraph a line (fixtures 529-535): 18 exact, 339.
    # Russian academic ranks in a signature, double-spaced Chinese of twenty wide
    # characters a line, a personal sender's name in full (fixtures 536-538): 21, 344.
    # Left: a Chichewa thanks before the English (03), a form's individual under her
    # country (15), a forwarded Russian e-mail whose body names the association in a
    # sentence with no verb of submitting (17), a header printed once in Chinese (22).
    # A form's row asked as a question says the writer is a person (forms 48): 22, 345.
    "blind65": Floor(24, 22, 345),
    # The sixty-sixth blind set (fixtures/blind66/), a cross-section, held out: never
    # looked at, only scored.  12 exact, 315 of 348 on arrival, the same with the
    # parser of 6628b24.
    # Still held out: the same rules (fixtures 529-535): 12 exact, 323.
    # Still held out: the rules of fixtures 541-543: 13 exact, 324.
    # Opened and read: questions quoted in the cover before keyed headings (fixture
    # 553), a running title with spaced middle dots (fixture 554): 15 exact, 336.
    # A blog post signed "Name, City" over its tags (fixture 555): 16 exact, 338.
    # An Arabic lead sentence under a topic heading (fixture 556): 17 exact, 339.
    # A figure after a comma (fixture 557), a lost glyph after "; and" (fixture 558):
    # 18 exact, 341.
    # A Russian title's name in the genitive given as the letterhead writes it, in the
    # nominative (fixture 616): 19 exact, 342.
    # Since: a Chinese name keeps its acronym in full-width brackets (fixture 837): 20
    # exact, 343 of 348.
    "blind66": Floor(24, 20, 343),
    # The sixty-seventh blind set (fixtures/blind67/), a cross-section, held out: never
    # looked at, only scored.  16 exact, 322 of 348 on arrival (after dd52d09), the same
    # with the parser of 6628b24.
    # Still held out: the rules of fixtures 541-543: 16 exact, 323.
    # Opened and read: a sign-off with its place, an adoption line (fixtures 559, 560),
    # a running title in a cut sentence and a signature run together on flattened pages
    # (fixtures 561, 562), a numbered point that asks after a statement (fixture 563), a
    # Russian drafter's line and a contact label that names its body (fixtures 564,
    # 565), a ministry that presents its views and a centre's short name in brackets
    # (fixtures 566-568): 23 exact, 347.  The one left: a department that submits on
    # behalf of its government is expected as the government, where nine other sets
    # expect the body that submits (and one the government).
    "blind67": Floor(24, 23, 347),
    # The sixty-eighth blind set (fixtures/blind68/), a cross-section, held out: never
    # looked at, only scored.  14 exact, 327 of 348 on arrival (after dd52d09); 14 and
    # 319 with the parser of 6628b24.
    # Still held out: the rules of fixtures 541-552: 15 exact, 328.
    # Opened and read: the Pacific's thanks as a sign-off (fixture 569), a contact
    # label that says what for (fixture 570), a French signer's title and an acronym
    # without its article (fixture 571), wordings quoted after a colon (fixture 572), an
    # Arabic headline and lead (fixture 573), a Chinese writer's aside after a wide
    # space (fixture 574), a reference code over a letterhead (fixture 575), a
    # government that presents its answers through its ministry (fixture 576): 23
    # exact, 347.  The one left: a mission forwards the government's contribution,
    # expected as the government, where two other sets expect the mission.
    "blind68": Floor(24, 23, 347),
    # The sixty-ninth blind set (fixtures/blind69/), a cross-section, held out: never
    # looked at, only scored.  19 exact, 327 of 348 on arrival (after 48abda4).
    # Still held out: the rules of fixtures 553-554: 20 exact, 338.
    # Still held out: the rules of fixtures 559-568: 20 exact, 340.
    # Opened and read: a page's number and total after a wide gap at a flattened
    # page's foot (fixture 577), a blog post signed with a title (fixture 578), a
    # mailbox named by a kind and an acronym (fixture 579), a signature of a title and
    # a name with its initials on one line (fixtures 580, 581): 23 exact, 347.  The one
    # left: a mission's name expected with what it is accredited to, which the note
    # verbale's reading leaves out by design.
    # A note verbale's sender named with what it is accredited to (fixture 621): 24 exact,
    # 348.
    "blind69": Floor(24, 24, 348),
    # The seventieth blind set (fixtures/blind70/), a cross-section, held out: never
    # looked at, only scored.  14 exact, 327 of 342 on arrival (after 9b46089), the same
    # with the parser of 48abda4.
    # Still held out: the rules of fixtures 559-576: 16 exact, 331.
    # Opened and read: a running header once in a cut sentence after a titled footer
    # (fixture 582), Cyrillic lettered titles of one or two words (fixture 583), an
    # acronym before a quoted name spelled out (fixture 584), "Cordiales saludos,"
    # (fixture 585), a Russian name in lower case before a participle's clause (fixture
    # 586): 20 exact, 338.  The four left expect a state where a ministry or an
    # authority says it submits its answers (three) and a Russian name in the
    # nominative where a title gives the genitive (one).
    # A Russian title's name in the genitive given as the letterhead writes it, in the
    # nominative (fixture 616): 21 exact, 339.
    # A forwarder's sentence that names the mission as the submitter over the drafting
    # authority's signature (fixture 720): 22 exact, 340.
    "blind70": Floor(24, 22, 340),
    # The seventy-first blind set (fixtures/blind71/), a cross-section, held out: never
    # looked at, only scored.  17 exact, 311 of 348 on arrival (after dd8473a).
    # Still held out: the rules of fixtures 559-576: 19 exact, 319.
    # Still held out: the rules of fixtures 577-586: 20 exact, 320.
    # Opened and read: a flattened page with single spaces that ends with its
    # furniture, numbered titles in capitals or in Chinese that name a topic wherever
    # they stand, running titles of parts before a cut sentence (fixtures 587, 588), a
    # Russian dateline with the city's abbreviation (fixture 589), an acronym before its
    # name on a cover line (fixture 590): 23 exact, 347.  The one left expects a
    # Russian name in the nominative where the title gives the genitive.
    # A Russian title's name in the genitive given as the letterhead writes it, in the
    # nominative (fixture 616): 24 exact, 348.
    "blind71": Floor(24, 24, 348),
    # The seventy-second blind set (fixtures/blind72/), a cross-section, held out: never
    # looked at, only scored.  14 exact, 329 of 348 on arrival (after 117e163); 13 and
    # 326 with the parser of dd8473a.
    # Opened and read: an Arabic news page's object after its subject and its closing
    # line in the past tense (fixture 591), a Chinese blog's closing sentence over its
    # signature and tags (fixture 592), an acronym after a quoted name (fixture 593), a
    # paragraph's number that ends a wrapped sentence (fixture 594): 18 exact, 336.  Of
    # the six left, three expect a state where a ministry or a service says it submits,
    # one a mission's name with what it is accredited to, one a lead phrase's colon as
    # a marker (six other sets expect the whole line as the title), and one is a
    # flattened page whose clauses run across a running title (not read yet).
    # A flattened title's bracketed question number no point (fixture 914): 18, 338.
    "blind72": Floor(24, 18, 338),
    # The seventy-third blind set (fixtures/blind73/), a cross-section, held out: never
    # looked at, only scored; its brief said which body a submission that speaks for a
    # government names (as docs/api.md does).  19 exact, 343 of 348 on arrival (after
    # 0e87a1a).
    # Opened and read: a body named by its kind before its signer (fixture 595), a
    # ministry and a mission that present their answers in their government's name
    # (fixtures 596, 597): 22 exact, 346.  The two left name a centre and a chair with
    # the university they belong to, after a comma or as a longer name.
    # With the rules of fixtures 725-740: 23 exact, 347.
    "blind73": Floor(24, 23, 347),
    # The seventy-fourth blind set (fixtures/blind74/), a cross-section, held out: never
    # looked at, only scored; written from the same brief as the seventy-third.  21
    # exact, 350 of 354 on arrival (after 9dc6bb2), the same with the parser of dd8473a.
    # Opened and read: a closing sentence that invites the reader to write (fixture
    # 599), a ministry that presents a contribution titled as its government's in the
    # government's name (fixture 606), a mission's covering sentence run together with a
    # title that ends with its code in brackets (fixture 608): 24 exact, 354.
    "blind74": Floor(24, 24, 354),
    # The seventy-fifth blind set (fixtures/blind75/), a cross-section, held out: never
    # looked at, only scored; written from the same brief as the seventy-third.  13
    # exact, 341 of 354 on arrival (after 934a368); 11 and 328 with the parser of
    # dd8473a.
    # Opened and read: links to the file (fixtures 600, 601), a closing sentence (602),
    # a form's own rows after its questions (603), a lettered point's own points
    # (604), a form's `1-<TAB>` points (605), a ministry's portfolio (607), a
    # government that speaks through its ministry (609), a Chinese title over an
    # indented paragraph (610), a forwarded e-mail (611): 23 exact, 352.  The one left
    # is a flattened Chinese page whose running header, joined to its next line, is
    # read with it, and whose organisation opens the page before a wide gap.
    # That page: words before the page number with a Chinese comma are no footer, a
    # Chinese running title of two parts heads the next page (fixture 626), and the
    # title's name set apart by a wide gap before "关于……的意见" (fixture 627): 24
    # exact, 354.
    "blind75": Floor(24, 24, 354),
    # The seventy-sixth and seventy-seventh blind sets (fixtures/blind76/,
    # fixtures/blind77/), cross-sections, held out: never looked at, only scored; written
    # from the seventy-third's brief.  On arrival (after b97b4a2): 18 exact, 327 of 354,
    # the same with the parser of 3f1e62e; and 19 exact, 339 of 354, against 18 and 338
    # with the parser of 3f1e62e.
    # Opened and read: a flattened page's running title with `page 1 of 2` in lower
    # case and a signature piece with its address (fixtures 612, 613), a state's
    # letterhead named `UNION ...` over the ministry that submits (614), lettered
    # sections that name their question (615), a title's genitive name (616), the
    # Arabic greeting of peace (617), an Arabic name before `، وهو` (618), a Chinese
    # news page's closing report (619): 24 exact, 354.
    "blind76": Floor(24, 24, 354),
    # Opened and read: `Thanks to everyone who commented.` (620), a note verbale's
    # sender with what it is accredited to (621), a Russian signature's title over two
    # lines (622), a web page's breadcrumb (623), a flattened Arabic page's headings and
    # items (624, 625): 23 exact, 351.  The one left is that flattened Arabic page,
    # whose page number ends its first page mid-sentence and whose running title heads
    # the second page once, and whose signature runs into the last point.
    "blind77": Floor(24, 23, 351),
    # The seventy-eighth and seventy-ninth blind sets (fixtures/blind78/,
    # fixtures/blind79/), cross-sections, held out: never looked at, only scored; written
    # from the seventy-third's brief.  On arrival (after ab89582): 18 exact, 326 of 354,
    # against 18 and 325 with the parser of bca991e; and 20 exact, 341 of 348, against 18
    # and 339.  Opened after c61f5ed and read: a part's label alone over its question
    # (fixture 628), a quoted question in a sentence that goes on (629), a name before an
    # acronym that spells it loosely (630), a topic title that ends on no small word
    # (631), a name run into its street (632), a signature's degree and dateline (633),
    # a centre with its university (634), a form's question and answer set apart by a
    # tab (635), a byline after a dash (636), thanks in the third person (637), a
    # ministry's portfolio in lower case on behalf of its government (638): 24 exact,
    # 354; and 24 exact, 348.
    "blind78": Floor(24, 24, 354),
    "blind79": Floor(24, 24, 348),
    # The eightieth and eighty-first blind sets (fixtures/blind80/, fixtures/blind81/),
    # cross-sections, held out: never looked at, only scored; written from the
    # seventy-third's brief.  On arrival (after 6bdaf99): 17 exact, 335 of 348, against
    # 17 and 334 with the parser of 3f1e62e; and 22 exact, 349 of 354, against 19 and
    # 344.  Opened after c61f5ed: a signature's degree (fixture 633) reads one more
    # exactly, 18 and 337.  Opened and read after e2603d3: roman numbers in square
    # brackets (fixture 639), a form's keyword topic and answer set apart by a tab (640),
    # a team's byline over a contact line (641), a government that speaks through a
    # vice-ministry (642), a Chinese running title after a page that ended a sentence
    # (643), a running title that holds "No. 4" and a closing sentence that names what it
    # offers late (644), a page that ends with an Arabic semicolon (645): 23 exact, 347
    # (one document's expectation excludes a wrapped line of its own answer); 24, 354.
    "blind80": Floor(24, 23, 347),
    "blind81": Floor(24, 24, 354),
    # The eighty-second to eighty-fifth blind sets (fixtures/blind82/ to
    # fixtures/blind85/), cross-sections, held out: never looked at, only scored; written
    # from the seventy-third's brief.  On arrival (after 2acaf9f): 20 exact, 337 of 348;
    # 20, 333; 15, 313; 19, 341; against 20 and 337, 19 and 332, 13 and 309, 18 and 339
    # with the parser of c61f5ed.
    # Opened and read after b74f9b1: lettered points under a keyword heading (fixture
    # 646), closing sentences that thank everyone or offer answers (647), a mailbox named
    # by a body's acronym (648), a capitals title that names its question's subject
    # (649), a form's list items set in by tabs (650), an Arabic paper "مقدمة من" its
    # centre (651), a Chinese blog's owner (652): 24 exact, 348; and 24, 348.
    "blind82": Floor(24, 24, 348),
    "blind83": Floor(24, 24, 348),
    # Opened and read after e0da947: lines that name the question they answer (fixture
    # 653), "¿Qué recomendamos ...?" and a request to write (654), a Chinese title that
    # ends at its space and a short Chinese page (655), an answer that restates its
    # question under its heading (656), "Prepared by" and a Russian hope (657), a
    # flattened "Submitted on behalf of" (658), a letterhead that writes the name a title
    # cuts (659): 21 exact, 343; and 21, 345.  A signer's "General Counsel" title and a
    # company before its address after a bar (fixture 660), a flattened Chinese cover's
    # name before " 关于……" (643): 23, 347 for the eighty-fifth.  Recommendations
    # numbered "R1:" (fixture 661): 22, 344 for the eighty-fourth.
    # With the rules of fixtures 725-740: 23 exact, 345.
    "blind84": Floor(24, 23, 345),
    "blind85": Floor(24, 23, 347),
    # The eighty-sixth and eighty-seventh blind sets (fixtures/blind86/,
    # fixtures/blind87/), cross-sections, held out: never looked at, only scored; written
    # from the seventy-third's brief.  On arrival (after 7527103): 21 exact, 345 of 348,
    # and 20, 344; against 21 and 345, 20 and 343 with the parser of c61f5ed.
    # Opened and read after 13287d1: a download link of four words (fixture 662), a form's
    # item set in by a tab after a bulleted item (663), "a le plaisir de" (664), a body's
    # board named by its acronym (665), a signer's title and an acronym (666), a ministry
    # under its state's letterhead line (667): 24 exact, 348; and 23, 347 (one
    # document's expectation counts three of four numbered points).
    "blind86": Floor(24, 24, 348),
    "blind87": Floor(24, 23, 347),
    # The eighty-eighth and eighty-ninth blind sets (fixtures/blind88/,
    # fixtures/blind89/), cross-sections, held out: never looked at, only scored; written
    # from the seventy-third's brief.  On arrival (after aaef1a6): 17 exact, 326 of 354,
    # and 18, 340 of 348; the same with the parser of c61f5ed.
    # Opened and read after 13287d1: a footer over its page's number in a cut sentence
    # (fixture 668), "What the Working Group should do" (669), page numbers between
    # full-width hyphens (670), a "Watch" (671): 22 exact, 352 for the eighty-eighth.
    # A dateline run into a flattened page's heading (fixture 711): 23 exact, 353.
    # "Page 2" without its total at a flattened page's end (fixture 761): 24, 354.
    "blind88": Floor(24, 24, 354),
    # Opened and read after 13287d1: a line that says which body approved the text
    # (fixture 672), "Salutations distinguées," and a reply's attribution line (673, 674),
    # a signature's committee of the body a sentence names (675), a vice-ministry under
    # its ministry's letterhead (676): 22 exact, 346 for the eighty-ninth.
    "blind89": Floor(24, 22, 346),
    # The ninetieth and ninety-first blind sets (fixtures/blind90/, fixtures/blind91/),
    # cross-sections, held out: never looked at, only scored; written from the
    # seventy-third's brief.  On arrival (after 4d12e17 and fixture 661): 21 exact, 347
    # of 354, and 23, 346 of 348; against 20 and 346, 21 and 344 with the parser of
    # c61f5ed.
    # Opened and read after 5a50025: a point that names the topic under an unnumbered
    # topic heading (fixture 677), a flattened topic title with its paragraphs in
    # brackets (tests/test_segments.py), a byline in a personal capacity (678), the
    # Chinese double dash (679): 23 exact, 353; and 24, 348.  (A vice-ministry that
    # presents the text under its ministry's letterhead stays missed: the ministry is
    # read.)
    # Since: a unit the letterhead lists under its ministry, subject of the covering
    # sentence (fixture 813): 24 exact, 354 of 354.
    "blind90": Floor(24, 24, 354),
    "blind91": Floor(24, 24, 348),
    # The ninety-second and ninety-third blind sets (fixtures/blind92/,
    # fixtures/blind93/), cross-sections, held out: never looked at, only scored; written
    # from the seventy-third's brief.  On arrival (after 9461505): 19 exact, 337 of 360,
    # and 19, 342 of 348; the same with the parser of 13287d1.
    # Opened and read after 5a50025: a closing on behalf of the Board alone (fixture
    # 680), "Q2 / recommendations" (681), "Avec nos salutations les meilleures,", a
    # Chinese topic framed as views on it (682), a paper's number before the
    # contribution (683), a number after a line cut at a preposition (684), a
    # Thunderbird forward whose header gives its subject first and "Secrétariat AEPN"
    # (685), a Chinese offer to share with all parties (686, 687), a mailbox's body
    # that a sentence names with its region (688): 21 exact, 355; and 23, 347.  Left: an
    # answer's last words before a dash byline, an Arabic running title inside a cut
    # sentence, Chinese clause markers expected without their comma, a unit that
    # presents the text under its ministry's or government's letterhead (the sets
    # disagree on who submits then).
    "blind92": Floor(24, 21, 355),
    # Since: the same (fixture 813): 24 exact, 348 of 348.
    "blind93": Floor(24, 24, 348),
    # The ninety-fourth and ninety-fifth blind sets (fixtures/blind94/,
    # fixtures/blind95/), cross-sections, held out: never looked at, only scored; written
    # from the seventy-third's brief.  On arrival (after 5a50025): 20 exact, 344 of 348,
    # and 16, 333 of 348; the same with the parsers of 13287d1 and 17fc956.
    # Opened and read after b715c81: "Best," (fixture 689), a writer's outline over
    # the call quoted below a reply (690), a university's research chair named by a
    # covering sentence (691), a letterhead's name in two languages (692), a capitals
    # letterhead over its acronym (693): 20 exact, 344; and 20, 343.  Left: who submits
    # a text a unit presents under its ministry's or government's letterhead (the sets
    # disagree), a Russian body's name expected in the genitive, a closing sentence that
    # says why the answers start with the recommendations, running titles, a form's
    # bullets.
    # "au nom du Gouvernement" ends a ministry's name read from a sentence (fixture
    # 702): 21 exact, 345 for the ninety-fourth.
    # Since: the same (fixture 813): 22 exact, 346 of 348.
    "blind94": Floor(24, 22, 346),
    # A running header whose last part is a date (fixture 722): 21 exact, 344 for the
    # ninety-fifth.
    "blind95": Floor(24, 21, 344),
    # The ninety-sixth and ninety-seventh blind sets (fixtures/blind96/,
    # fixtures/blind97/), cross-sections, held out: never looked at, only scored; written
    # from the seventy-third's brief.  On arrival (with the rules of fixtures 677-688):
    # 22 exact, 345 of 348, and 21, 349 of 354; against 21 and 341, 19 and 347 with the
    # parsers of 13287d1 and 17fc956.
    # Opened and read after 7eb1a4b: "Gracias por leernos.", "Para consultas,
    # dirigirse a ...:" (fixture 694), "Министерство готово и далее участвовать"
    # (695), a figure written with a full stop after points numbered with hyphens (696),
    # a Chinese byline of fields set apart by ideographic spaces (697, 698): 24 exact,
    # 348; and 24, 354.
    "blind96": Floor(24, 24, 348),
    "blind97": Floor(24, 24, 354),
    # The ninety-eighth and ninety-ninth blind sets (fixtures/blind98/,
    # fixtures/blind99/), cross-sections, held out: never looked at, only scored; written
    # from the seventy-third's brief.  On arrival (after 794dcdf and fixtures 692, 693):
    # 19 exact, 334 of 348, and 19, 326 of 348; the same with the parser of 13287d1.
    # Opened after 222b15d: "We would be glad to follow up ..." and "X reitera su
    # compromiso con el proceso ..." (fixture 699): 21 exact, 338 for the ninety-eighth.
    # The ninety-ninth's failing checks were listed then too (no rule was drawn from
    # them): it is held out no more.
    # A running title that names the paper and the cover's state (fixture 706), a
    # ministry's portfolio after commas (702): 23 exact, 342; and 19, 338.
    "blind98": Floor(24, 23, 342),
    # With the rules of fixtures 725-732 and forms 53-55 (a "Nombre" row that names an
    # organisation, clause numbers after a tab in a form's value): 21 exact, 343 for the
    # ninety-ninth.
    # Since: the same (fixture 813): 22 exact, 344 of 348.
    "blind99": Floor(24, 22, 344),
    # The hundredth and hundred-and-first blind sets (fixtures/blind100/,
    # fixtures/blind101/), cross-sections, held out: never looked at, only scored;
    # written from the seventy-third's brief.  On arrival (after 54520de): 20 exact, 335
    # of 354, and 18, 341 of 348; against 20 and 335, 17 and 340 with the parser of
    # 13287d1.
    # Opened and read after 41c1ef3: a form's row of a tester's words (forms 49), a
    # signer's title before an acronym (fixture 700), a committee of the body a later
    # sentence spells out (701), a ministry's portfolio after commas (702), closing
    # sentences over a web page's tail and in Spanish and Chinese (703-705), a running
    # title seen once (706), a topic that cites paragraphs 69 to 71 and a glyph and a
    # tab in a form's value (707, forms 50): 23 exact, 340; and 23, 347.  A flattened
    # text whose headings follow a dateline and a running header with no stop, its
    # pages ending with a footer and a bare number (fixture 711): 353.  Left: the
    # hundredth's fourteenth names its centre with its university only in the title
    # run into the letterhead, an expectation that the answer itself contradicts
    # (101/20: the answer says "المجتمع المدني").
    "blind100": Floor(24, 23, 353),
    "blind101": Floor(24, 23, 347),
    # The hundred-and-second and hundred-and-third blind sets (fixtures/blind102/,
    # fixtures/blind103/), cross-sections, written from the seventy-third's brief.  On
    # arrival (with the rules of fixtures 700-707): 19 exact, 342 of 348, and 19, 331 of
    # 348; against 18 and 340, 17 and 329 with the parser of 2794939.  The hundred-and-
    # third is held out: never looked at, only scored.
    # The hundred-and-second opened and read: a name that ends at a spaced double
    # hyphen (fixture 708), a government's sentence run on from the dateline (709),
    # `发自：` (710), a form's lettered points set in by a tab (forms 52): 22 exact,
    # 346.  A Chinese running title of the body's views in a cut sentence on a
    # flattened page (fixture 712): 23 exact, 347.  Left: a signature that names the
    # body with its university where a sentence names it with its acronym (102/05).
    "blind102": Floor(24, 23, 347),
    # The hundred-and-third opened and read after aadef45: a page's footer of parts in
    # lower case and a signature "On behalf of the X, Name, Chair" on flattened pages
    # (fixture 713), "Issued by the Department of ..." (714), sections numbered "I –"
    # with the recommendations first (715), an Arabic title's name before "للفريق"
    # (716): 22 exact, 346.  Left: a Russian name expected in the genitive (103/17), an
    # Arabic name expected without the quotation marks the title gives it (103/20).
    "blind103": Floor(24, 22, 346),
    # The hundred-and-fourth and hundred-and-fifth blind sets (fixtures/blind104/,
    # fixtures/blind105/), cross-sections, held out: never looked at, only scored;
    # written from the seventy-third's brief.  On arrival (after 5b9289a): 19 exact, 340
    # of 348, and 20, 343 of 348; against 19 and 340, 19 and 342 with the parser of
    # 2794939.
    # With the rules of fixtures 713-716: 20 exact, 342 for the hundred-and-fourth.
    # The hundred-and-fourth opened and read after 79b24ff: a research unit named by a
    # sentence and "the Centre's" (fixture 717), a committee named by the body's
    # acronym (718), a confidentiality notice's field (719), a mission named by a
    # forwarder's sentence (720), "يقدم فيما يلي" (721): 23 exact, 347.  Left: an
    # Arabic letterhead run on into a flattened page names no one (104/21).
    "blind104": Floor(24, 23, 347),
    # The hundred-and-fifth opened and read after c64f867: a running header whose last
    # part is a date (fixture 722), a Russian legal form in capitals on a signature's
    # line (723): 22 exact, 345.  Left: a blog post's thanks to its members over its
    # related posts (105/09: a rule for it lowered a set still held out, and was
    # dropped), a Russian signature's closing line "Текст можно публиковать." (105/18).
    "blind105": Floor(24, 23, 347),
    # The hundred-and-sixth and hundred-and-seventh blind sets (fixtures/blind106/,
    # fixtures/blind107/), cross-sections, held out: never looked at, only scored;
    # written from the seventy-third's brief.  On arrival (after b65d102): 20 exact, 344
    # of 348, and 22, 352 of 354; against 19 and 332, 22 and 352 with the parser of
    # 2794939.
    # The hundred-and-sixth opened and read after d093fb8: a note that the full paper
    # follows, or where to comment, over a web page's tags (fixture 724): 22 exact, 346.
    # Left: an expectation of three points where the answer has four (106/23), a
    # mission's name expected in its short form (106/22).
    "blind106": Floor(24, 22, 346),
    # The hundred-and-seventh opened and read after 9613951 (it had been scored once
    # more before, to reject a rule): left, Chinese "第一，" clauses expected without their
    # comma (107/23, against the other sets' "第一，"), an acronym expected after a name
    # the title gives without it (107/24).
    # Since: the same (fixture 837): 23 exact, 353 of 354.
    "blind107": Floor(24, 23, 353),
    # The hundred-and-eighth and hundred-and-ninth blind sets (fixtures/blind108/,
    # fixtures/blind109/), cross-sections, held out: never looked at, only scored;
    # written from the seventy-third's brief.  On arrival (after aa0b068): 22 exact, 352
    # of 354, and 21, 344 of 354; against 20 and 332, 21 and 344 with the parser of
    # 2794939.
    # Both opened and read after 9613951: a closing "I hope these brief points are of
    # some help" (fixture 727), an Arabic state named in a subject line and its
    # government, named by the state's adjective, in the covering sentence (728): 24
    # exact, 354 for the hundred-and-eighth; a form's question column that names its
    # question in brackets before a comma (forms 53), flattened pages whose footer
    # ends with "с. 1" (725), a Chinese headline that names the body by its kind over
    # the sentence that names it in full (726): 23 exact, 353 for the hundred-and-ninth.
    # Left: a flattened Russian cover that names the centre only in its first words
    # and as the instrumental after "подготовлены" (109/18).
    "blind108": Floor(24, 24, 354),
    "blind109": Floor(24, 23, 353),
    # The hundred-and-tenth to hundred-and-fifteenth blind sets (fixtures/blind110/ to
    # fixtures/blind115/), cross-sections written from the seventy-third's brief.  On
    # arrival, with the parser of 9613951: 19 exact, 332 of 348; 19, 343 of 348; 21,
    # 351 of 354; 16, 308 of 348; 20, 340 of 348; 22, 346 of 348.
    # The hundred-and-tenth to hundred-and-thirteenth opened and read: a topic heading
    # under a title alone between blank lines (fixture 729), "1 / What are ...?" (730),
    # a question's label without a number before its wording, "问：" and "Q:" (731,
    # 732), clause numbers "1-1" and "2.1" after a tab in a form's value (forms 54), a
    # "Nombre" row that names an organisation (forms 55): 20, 343; 19, 343; 21, 351;
    # 19, 343.  Then closing sentences ("Готова ответить на вопросы ...", "نأمل أن تسهم
    # هذه المساهمة ...", "本会愿继续参与有关讨论", "（本文由X供稿）": fixtures 733-735,
    # 740), a link to the full text with its size (736), a Chinese footer set apart by
    # ideographic spaces (737), a state named in the genitive or a sultanate, for which
    # a service or mission speaks (738, 739): 23, 347; 19, 343; 23, 353; 22, 346.
    # Then an item whose Word glyph became white space under an item that kept it
    # (741), a writer who gives their name in a sentence, "Me llamo X y ..." (742): 22,
    # 346 for the hundred-and-eleventh.
    # Left: a Russian name expected in the genitive (111/17), "第一" expected without
    # its comma (111/23), a university expected after its centre's name (112/14), a
    # chair's full name (110/12), a service under a ministry's letterhead with its
    # address run on (113/16), a web page's link to an earlier post (113/09).
    "blind110": Floor(24, 23, 347),
    "blind111": Floor(24, 22, 346),
    "blind112": Floor(24, 23, 353),
    "blind113": Floor(24, 22, 346),
    # Held out: never looked at, only scored.  With the rules of fixtures 725-732 and
    # forms 53-55: 21 exact, 344 for the hundred-and-fourteenth; 22, 346 for the
    # hundred-and-fifteenth.
    # The hundred-and-fourteenth and hundred-and-fifteenth opened and read after the
    # rules of fixtures 741 and 742: Chinese items after the full-width hyphen-minus
    # (fixture 743), "The Institute will publish a longer paper ..." closing the answers
    # (744): 23 exact, 346 for the hundred-and-fourteenth.  Left: "第一" expected
    # without its comma (114/23), a chair's name expected with its university after
    # "de l'" where the text gives it after a comma (115/12), an Arabic name expected
    # without the town after its dash (115/21).
    "blind114": Floor(24, 23, 346),
    "blind115": Floor(24, 22, 346),
    # The hundred-and-sixteenth and hundred-and-seventeenth blind sets (fixtures/blind116/,
    # fixtures/blind117/), cross-sections written from the seventy-third's brief, held
    # out: never looked at, only scored.  On arrival (after a5f9605): 20 exact, 335 of
    # 342, and 18, 340 of 348; the same with the rules of fixtures 733-742.
    # Opened and read: closing sentences ("Gracias por la oportunidad de participar.",
    # a body named in full that will go on taking part, "X政府愿继续积极参与相关讨论",
    # "These are my own views ...": fixtures 745, 749, 750), a download link that names
    # the file (746), the katakana middle dot and "－" run into a Chinese item as
    # bullets (747, 748), "Avec nos salutations citoyennes," (751), a form's comments
    # row after a question keyword in brackets (752): 23 exact, 341 of 342; 22, 346 of
    # 348.  Then a bureau that speaks for its government (fixture 757), a ministry under
    # its state's short name and motto (758), an Arabic running title that ends with a
    # code in Latin letters at the top of a flattened page (760): 24 exact, 342; 24, 348.
    "blind116": Floor(24, 24, 342),
    "blind117": Floor(24, 24, 348),
    # The hundred-and-eighteenth and hundred-and-nineteenth blind sets (fixtures/blind118/,
    # fixtures/blind119/), cross-sections written from the seventy-third's brief.  On
    # arrival, with the parser of 73fb41e: 20 exact, 333 of 348, and 20, 349 of 354.
    # Opened and read: a topic heading over a line that leads into items that lost their
    # glyph (fixture 753), "For the Association:" over the signature (754), "ويأمل
    # المنتدى أن تسهم هذه المساهمة" (755): 20, 344; 22, 352.  Left: a web page whose
    # covering sentence runs on from its byline without a stop (118/09), a ministry's
    # remit after its name expected as part of it (118/10), a laboratory's acronym
    # (118/12), an acronym in brackets expected with the name (119/11).  Then the
    # writer's capacity after her name on the cover (fixture 756), a Chinese name run
    # on into its address on a flattened cover (759): 21, 345; 23, 353.  A covering
    # sentence after a byline's "| 4 min read" (fixture 775): 22, 346 for the
    # hundred-and-eighteenth.
    "blind118": Floor(24, 22, 346),
    "blind119": Floor(24, 23, 353),
    # The hundred-and-twentieth and hundred-and-twenty-first blind sets
    # (fixtures/blind120/, fixtures/blind121/), cross-sections written from the
    # seventy-third's brief, held out: never looked at, only scored.  On arrival (with
    # the parser of 73fb41e): 21 exact, 338 of 354, and 21, 335 of 348; the same with
    # the rules of fixtures 745-755.
    # Opened and read after the rules of fixtures 756-760 (the same scores): "Page 2"
    # without its total at the end of a flattened page (fixture 761), an organisation's
    # field that names no body (762), a sentence going on in lower case at a page's top
    # (763), a subject heading over its paragraph at up to two thirds of the usual width
    # (764), a figure that would be the next clause's number under a full line (765),
    # "Agradecemos a las organizaciones aliadas ..." (766): 23 exact, 353 of 354; 24,
    # 348 of 348.  Left: "第一" expected without its comma (120/24).
    "blind120": Floor(24, 23, 353),
    "blind121": Floor(24, 24, 348),
    # The hundred-and-twenty-second and hundred-and-twenty-third blind sets
    # (fixtures/blind122/, fixtures/blind123/), cross-sections written from the
    # seventy-third's brief, held out: never looked at, only scored.  On arrival (with
    # the parser of e9e6dd0): 22 exact, 346 of 348, and 22, 345 of 348; the same with
    # the rules of fixtures 756-766.
    # Opened and read: "(3.1)" under "(3)" (fixture 767), a sender field "发件：" of a
    # company and its department (768), a national Internet Governance Forum named in a
    # covering sentence (769), closing notes that the members adopted the answers
    # (770) and that the full text is a PDF (771): 24 exact, 348 of 348; 24, 348 of 348.
    "blind122": Floor(24, 24, 348),
    "blind123": Floor(24, 24, 348),
    # The hundred-and-twenty-fourth and hundred-and-twenty-fifth blind sets
    # (fixtures/blind124/, fixtures/blind125/), cross-sections written from the
    # seventy-third's brief, held out: never looked at, only scored.  On arrival (with
    # the parser of adb6989): 19 exact, 336 of 342, and 20, 344 of 348; the same with
    # the rules of fixtures 761-771.
    # Opened and read: closings "We would be happy to give more detail ..." (fixture
    # 772), "We would welcome comments on this response ..." (773), "X agradece a sus
    # socios ..." (774): 21 exact, 339 of 342; 21, 345 of 348.  Left: a name cut at "pour
    # un" (124/11), an answer's preface in a personal capacity expected outside it
    # (124/18), a ministry that a verb-first Arabic sentence names, under a breadcrumb
    # that names the state (124/19), three clauses expected where the text has four
    # (125/06), a Russian name without its kind's words (125/17), a form's sector
    # (125/21).
    # Since: a covering sentence of an institute and its university between commas
    # (fixture 797): 22 exact, 340 of 342.
    "blind124": Floor(24, 22, 340),
    "blind125": Floor(24, 21, 345),
    # The hundred-and-twenty-sixth and hundred-and-twenty-seventh blind sets
    # (fixtures/blind126/, fixtures/blind127/), cross-sections written from the
    # seventy-third's brief, held out: never looked at, only scored.  On arrival (with
    # the parser of adb6989): 22 exact, 352 of 354, and 23, 347 of 348; the same with
    # the rules of fixtures 761-774.
    # Opened and read: a covering sentence after a byline's "| 4 min read" (fixture 775),
    # a name cut at a small word spelled in full up to its acronym seven words on (776):
    # 24 exact, 354 of 354; 23, 347 of 348.  Left: an answer that says "المجتمع المدني"
    # where the expectation excludes it as the form's sector (127/20).
    "blind126": Floor(24, 24, 354),
    "blind127": Floor(24, 23, 347),
    # The hundred-and-twenty-eighth and hundred-and-twenty-ninth blind sets
    # (fixtures/blind128/, fixtures/blind129/), cross-sections written from the
    # seventy-third's brief, held out: never looked at, only scored.  On arrival (with
    # the parser of 9ab04c9): 22 exact, 343 of 348, and 17, 338 of 348.
    # Opened and read: closing sentences "Au plaisir d'échanger avec le Groupe," (fixture
    # 777) and "本中心愿意继续跟踪工作组的工作" (790), "Titulaire," as a signer's title (778),
    # "(Pty) Ltd" (788), a running title under a form feed that names the Group by its
    # code (789), "社群" (791), a last line that names the signing body in parts (792): 22
    # exact, 345 of 348; 22, 346 of 348.  Left: a name a covering sentence completes with
    # its university where the parser reads the signature's (128/12); a flattened page's
    # footer without a number, and a centre named with its university in a sentence but
    # with its acronym in the letterhead (128/15); a directorate that presents the
    # answers "en nombre del Gobierno" under the government's letterhead (129/13); a name
    # with its acronym in brackets (129/20).
    "blind128": Floor(24, 22, 345),
    "blind129": Floor(24, 22, 346),
    # The hundred-and-thirtieth to hundred-and-thirty-third blind sets
    # (fixtures/blind130/ to fixtures/blind133/), cross-sections written from a brief
    # written anew (the same composition and expectation format as the seventy-third's),
    # held out: never looked at, only scored.  On arrival (with the parser of 675e8fc):
    # 21 exact, 332 of 348; 20, 338 of 342; 21, 345 of 348; 19, 338 of 348.
    # The hundred-and-thirtieth and hundred-and-thirty-first opened and read: roman
    # headings with their wordings, question 2 first (fixture 779), a team's name over a
    # web page's tags (780), a covering sentence that opens with its time (781), "近日"
    # (782), a unit after a number in a doubled item (783), an item that lost its glyph
    # past the items' text (784), a board named by the body's acronym (785), a form's
    # "About your organisation" row (786), a keyword run on from a flattened date field
    # (787): 24 exact, 348 of 348; 24, 342 of 342.
    # The hundred-and-thirty-second and hundred-and-thirty-third opened later, with the
    # hundred-and-thirty-fourth and hundred-and-thirty-fifth: page furniture (one page
    # number beside a title, fixture 793; a title like a field's name, 794; a bare page
    # number far right, 795; a header printed once under a number that counts the
    # pages, 796), where to write asked as a question (802), a minister's office alone
    # (803), a courtesy close wrapped after the mission's name (804), "社区" (805): 22
    # exact, 346 of 348; 23, 347 of 348.  Left: a vice-ministry that a sentence names
    # under its ministry's letterhead (132/13), a ministry "في اتحاد جزر القمر" under a
    # title that names the state (132/21), a mission named in the closing's courtesy
    # sentence rather than by its letterhead in capitals (133/13).
    "blind130": Floor(24, 24, 348),
    "blind131": Floor(24, 24, 342),
    "blind132": Floor(24, 22, 346),
    "blind133": Floor(24, 23, 347),
    # The hundred-and-thirty-fourth to hundred-and-thirty-seventh blind sets
    # (fixtures/blind134/ to fixtures/blind137/), cross-sections written from the brief
    # of the hundred-and-thirtieth, held out: never looked at, only scored.  On arrival
    # (with the parser of 2689641): 19 exact, 342 of 348; 21, 345 of 348; 20, 342 of
    # 348; 20, 339 of 348.
    # The first two opened and read: an institute and its university in a covering
    # sentence (797), a signature's town (798), an acronym with a small letter and the
    # university after it (799), a title that runs on into "presentada por" (800),
    # capitals without accents and an acronym with a place after a hyphen (801), with
    # the page furniture above: 24 exact, 348 of 348; 23, 347 of 348.  Left: a line of
    # fact after a closing offer, expected in the answer (135/24).  The last two stay
    # held out (the rules since moved the hundred-and-thirty-seventh to 21, 340 of 348).
    "blind134": Floor(24, 24, 348),
    # The writer of 135/17 names the body as a covering sentence writes it, in the
    # genitive ("Ассоциации ... (АПИМ)"); the forwarded message's sender, which web mail
    # writes under the forward line in the nominative, now names it (fixture 1031), as
    # the writers of 164/18, 199/18 and 226/18 expect: 22 exact, 346 of 348.
    "blind135": Floor(24, 22, 346),
    # Opened and read with the hundred-and-thirty-eighth and hundred-and-thirty-ninth:
    # closings (thanks to the members who commented, fixture 806; an offer of
    # clarification, 807; a Chinese note on the writer, 808), a person's byline (810), a
    # Cyrillic acronym with a place (811), a header's page number after a tab and a unit
    # that the letterhead lists and that speaks in the cover (812, 813), a verb after its
    # object pronoun (814), a Chinese writer named before a title's colon (809), a point
    # after two spaces in a flattened page (815): 22 exact, 345 of 348; 23, 344 of 348.
    # Left: the government a mission sends for (136/03), "一是 ... 二是" read as clauses
    # where the writer saw running text and "作者：网络秘书处" (136/24), a form's label with
    # a note in brackets before its tab (137/06).
    # Since: "一是" numbers a point only where a comma, a colon or white space sets it
    # apart (fixture 859): 346 of 348.
    # A network of civil bodies named in Chinese ("……权利网络", fixture 911): 23, 347.
    "blind136": Floor(24, 23, 347),
    "blind137": Floor(24, 23, 344),
    # The hundred-and-thirty-eighth to hundred-and-forty-first blind sets
    # (fixtures/blind138/ to fixtures/blind141/), cross-sections written from the same
    # brief, held out: never looked at, only scored.  On arrival (with the parser of
    # d1e2301): 20 exact, 338 of 342; 19, 341 of 348; 16, 335 of 348; 20, 326 of 342.
    # The first two opened and read (with the rules above): 23 exact, 341 of 342; 22,
    # 346 of 348.  Left: a letterhead in capitals expected as the text writes the
    # ministry in the genitive (138/16), a centre named with its acronym in the
    # letterhead and with its university in the sentence (139/12), "وتبقى الجمعية
    # مستعدة" (the association remains ready) expected in the closing here and in the
    # answer elsewhere (139/20, 40/21).  The last two stay held out.
    "blind138": Floor(24, 23, 341),
    "blind139": Floor(24, 22, 346),
    # Opened and read: closings (fixtures 816-820; the end mark "（完）" with its
    # editor's credit), a bare number over its topic (821), a title whose words before
    # its colon name the subject (822), a post by a body's team (823): 21 exact, 345 of
    # 348; 23, 341 of 342.  Left: a line under a clause's text after its colon read as
    # an item that lost its glyph, where it is the clause's wrap (140/02), a state the
    # expectation names under its ministry's letterhead in capitals (140/16), a Russian
    # name in the genitive where the expectation gives the nominative (140/17), an Arabic
    # name where the French one comes first (141/21).
    "blind140": Floor(24, 21, 345),
    "blind141": Floor(24, 23, 341),
    # The hundred-and-forty-second to hundred-and-forty-fifth blind sets
    # (fixtures/blind142/ to fixtures/blind145/), cross-sections written from the same
    # brief, held out: never looked at, only scored.  On arrival (with the parser of
    # 8a14dab): 17 exact, 327 of 348; 18, 337; 21, 344; 16, 329 of 348.
    # The first two opened and read: closings ("Au plaisir,", fixture 824; "Quedamos a
    # sus órdenes", 825; "For enquiries:" on a flattened page, 827), capital ordinal
    # words over topics and "Qué debería recomendar el Grupo" (826), a quantifier that
    # names no one (828), a cover paragraph read on its own after a byline (829), a name
    # read across lines run together that stops at the next sentence's article (830), a
    # letter run on from a title before its wording (831): 22 exact, 346 of 348; 19, 342
    # of 348.  Left: a mission's letterhead in capitals where the expectation writes its
    # name as the text does (142/10); a ministry in the genitive (142/16, 143/16); a
    # form's answer line that says the numbering goes on (143/06); a running footer
    # inside a flattened page and the government a title names under its mission
    # (143/08); an institute whose university a sentence names after it (143/15); an
    # Arabic writer's name over "(مساهمة بصفة شخصية)" (143/21, now no name where a wrong
    # one was read).  The last two stay held out.
    "blind142": Floor(24, 22, 346),
    # An Arabic name alone under the sign-off of a personal text (fixture 955): 20, 343.
    "blind143": Floor(24, 20, 343),
    # Opened and read: closings ("Agradecemos a la Presidencia ...", fixture 832; "These
    # remarks are offered in a personal capacity", 833; a blog's "Filed under:", 834), a
    # lead that names the question by its number before its topic (835), capital
    # letters going on across questions (836): 23 exact, 347 of 348; 20, 344 of 348.
    # Left: a Lebanese university's centre named in a letterhead run together (144/21),
    # a board's committee where a sentence names the chamber (145/09), a state expected
    # under its ministry's letterhead (145/13), a running title printed once between
    # clauses (145/18), a name with its acronym in full-width brackets (145/24).
    "blind144": Floor(24, 23, 347),
    # Since: a Chinese name keeps its acronym in full-width brackets (fixture 837): 21
    # exact, 345 of 348.
    # A header once after a page number at the right margin (fixture 940): 22, 346.
    "blind145": Floor(24, 22, 346),
    # The hundred-and-forty-sixth to hundred-and-forty-ninth blind sets
    # (fixtures/blind146/ to fixtures/blind149/), cross-sections written from the same
    # brief, held out: never looked at, only scored.  On arrival (with the parser of
    # c84d052): 21 exact, 333 of 348; 18, 328; 18, 322; 21, 343 of 348.  The rules of
    # fixtures 832-836 since moved the hundred-and-forty-eighth to 19, 323 of 348.
    # Opened: the Group's Arabic name `المعني بالتعاون المعزز` in a title (838), a
    # possessed noun naming no one (839), closing sentences (840, 841, 855), a flattened
    # page's footer with "page" in lower case (842) and a list's last item after "and"
    # (843), a coded running header once after a form feed (844), a disclaimer note after
    # a signature (845), an acronym with its country (846), a sentence naming a question
    # that goes on in lower case (847), download links (848, 849), a letter in brackets
    # alone over its title (850), a title and full name in two columns (851), "Ia
    # manuia," (852), "Office of the ..." (853), a sender's quoted name in full (854):
    # 24, 348 of 348; 23, 347 (a mission's signature with its city against the
    # covering sentence's name with what it is accredited to, 147/04); 24, 348; 24, 348.
    "blind146": Floor(24, 24, 348),
    # Since: a mission's signature with its town gives way to the covering sentence that
    # names it with what it is accredited to (fixture 871): 147 at 24, 348 of 348.
    "blind147": Floor(24, 24, 348),
    "blind148": Floor(24, 24, 348),
    "blind149": Floor(24, 24, 348),
    # The hundred-and-fiftieth to hundred-and-fifty-third blind sets (fixtures/blind150/
    # to fixtures/blind153/), cross-sections written from the same brief.  On arrival
    # (with the parser of 4d3f7b4, and of 52cdfc4): 18 exact, 332 of 348; 19, 346 of 354;
    # 21, 332 of 348; 21, 343 of 348.  The last two are held out: never looked at, only
    # scored.  Opened, the first two brought the rules of fixtures 856 to 863 and forms 56
    # (a wide gap as a flattened page's boundary, a body's team in lower case, a section
    # letter alone over its title, "一是" run on, a sentence going on at a page's top, a
    # blog post signed by a first name, a reply's attribution and related reading as
    # tails, a form's value that asks and answers): 23, 347 of 348; 23, 353 of 354.
    # Left: the government whose letterhead's first line is "GOVERNMENT OF X" over its
    # ministry (150/01; other writers name the ministry, 137/10, 53/01), "وتبقى الجمعية
    # مستعدة" closing a flattened page (151/21; 40/21 reads it as the answer's).
    "blind150": Floor(24, 23, 347),
    "blind151": Floor(24, 23, 353),
    # The last two, opened after many stops held out, brought the rules of fixtures 886
    # to 891 (Chinese "对第二个问题的回答：", a team's byline after a hyphen, a Chinese
    # footer "X 第1页", "以上意见由X提交。", an address field that ends with its line, a
    # closing sentence naming who submits): 22, 346; 23, 347 of 348.  Left: the state
    # over its ministry's letterhead (152/13, as 150/01), a form's question row left
    # empty (152/18: the parser keeps an unanswered question's heading), the
    # coordinating committee that sends the text (153/24; the writer names the body).
    "blind152": Floor(24, 22, 346),
    "blind153": Floor(24, 23, 347),
    # The hundred-and-fifty-fourth to hundred-and-fifty-seventh blind sets
    # (fixtures/blind154/ to fixtures/blind157/), cross-sections written from the same
    # brief.  On arrival (with the parser of d1f8d05): 21 exact, 344 of 348; 19, 343; 20,
    # 330; 22, 346 of 348.  The last is held out: never looked at, only scored.  Opened,
    # the first three brought the rules of fixtures 864 to 870 ("we" naming the body the
    # sentence before opens with, an Arabic headline with its verb naming no one, an
    # acronym of the name's initials in another order, a body that wishes to answer, the
    # cover's name as a running footer once, a page number ending a flattened page, a
    # request to acknowledge receipt): 23, 346; 22, 346; 21, 332 of 348.  Left: clauses
    # "4)" the writer did not list (154/15), the state under its ministry and
    # vice-ministry (155/14; other writers name the state), a mission named as its
    # letterhead in capitals (155/10), "First question -" a marker (156/05), a name
    # expected with its article (156/11), unnumbered topic headings of a flattened page
    # over its first numbered point (156/08: tried, three sets fell).
    "blind154": Floor(24, 23, 346),
    "blind155": Floor(24, 22, 346),
    # Topic headings of flattened pages read across the text, one before its first
    # point's number (fixtures 943, 949): 22, 345.
    "blind156": Floor(24, 22, 345),
    # Opened after two stops held out: "للاطلاع على النص الكامل للمساهمة: تحميل الملف (PDF)"
    # a download link (fixture 921): 23, 347 (left: a laboratory named by its acronym
    # where the writer spells it out, 157/12).
    "blind157": Floor(24, 23, 347),
    # The hundred-and-fifty-eighth to hundred-and-sixty-first blind sets
    # (fixtures/blind158/ to fixtures/blind161/), cross-sections written from the same
    # brief.  On arrival (with the parser of 33684aa): 21 exact, 344 of 348; 19, 323 of
    # 342; 22, 346 of 348; 15, 332 of 348.  The last two were held out; the last was
    # opened at the end of the stop that wrote them.  Opened, the first two brought the rules of fixtures 871 to 877 (a
    # mission named with what it is accredited to, closing sentences, roman numerals
    # with a slash, "تنتهز" in a note's courtesy close, a name with "da" under the
    # closing sentence, "研究组", a topic line over a sentence that leads into a list):
    # 24, 348 of 348; 23, 341 of 342.  Left: the government expected under its
    # ministry's letterhead (159/09; other sets name the ministry).
    "blind158": Floor(24, 24, 348),
    "blind159": Floor(24, 23, 341),
    # Opened after two stops held out: "We trust that these views will be useful"
    # (fixture 920): 23, 347 (left: the mission named without what it is accredited to
    # on a flattened note, 160/08).
    "blind160": Floor(24, 23, 347),
    # Opened: the Arabic rendering of question 2 "بالنظر إلى عمل الفريق العامل السابق
    # ..." (fixture 882) and "本意见仅代表……的观点" (fixture 883): 17 exact, 341 of 348.
    # Left: governments, a university and a country's name expected beside the bodies
    # the parser names (161/01, 03, 09, 13), a Russian name in the genitive (161/17),
    # clauses "e)" and "v." the writer did not list (161/04, 161/05).
    "blind161": Floor(24, 17, 341),
    # The hundred-and-sixty-second to hundred-and-sixty-fifth blind sets
    # (fixtures/blind162/ to fixtures/blind165/), cross-sections written from the same
    # brief (invented writers only).  On arrival (with the parser of 45f8dd8): 22 exact,
    # 345 of 348; 19, 341; 21, 344; 20, 343 of 348.  The last is held out: never looked
    # at, only scored.  Opened, the hundred-and-sixty-third brought the rules of
    # fixtures 878 to 881 (a closing sentence over a signature and a reply's attribution,
    # "Благодарю ...", "……另行提交书面意见", a byline's team named by the body's
    # acronym): 23, 347 of 348 (left: two bullets the writer did not count, 163/04).
    # The hundred-and-sixty-second, opened too, brought the rule of fixture 884 (an
    # endnote "[1]" after the last points starts the closing): 23, 347 of 348 (left: a
    # form's thanks row in an answer, 162/06).
    "blind162": Floor(24, 23, 347),
    "blind163": Floor(24, 23, 347),
    # The hundred-and-sixty-fourth, opened at the end of the stop that wrote it, brought
    # the closing "We will follow the Group's work closely" (fixture 885): 22, 345 of 348
    # (left: a form's clauses (5)-(8) of question 2 in a second row, 164/14; a Russian
    # agency named in the genitive by a title, 164/18).
    "blind164": Floor(24, 24, 348),
    # Opened after two stops held out: "Más información:" a contact label (fixture 925):
    # 21, 344 (left: a running header of the writer's initials and surname, 165/05; a
    # unit expected beside its office, 165/08; a name run into its web address, 165/11).
    "blind165": Floor(24, 21, 344),
    # The hundred-and-sixty-sixth to hundred-and-sixty-ninth blind sets
    # (fixtures/blind166/ to fixtures/blind169/), cross-sections written from the same
    # brief (invented writers only).  On arrival (with the parser of 5816eb2, and of
    # e6ed857): 20 exact, 342 of 348; 20, 331; 21, 336; 24, 348 of 348.  Opened, the
    # first three brought the rules of fixtures 892 to 900 (a body's byline after a
    # hyphen, closing sentences that invite comments or thank the secretariat, a desk's
    # name over one, a Chinese body that submitted on a date, a section number alone
    # over the other question's topic, a header over the page's number in a cut
    # sentence, "What I recommend", a blog's owner): 23, 347; 22, 346; 24, 348 of 348.
    # Left: Russian names in the genitive (166/16, 167/18), the unit expected under its
    # ministry's letterhead (167/04; other writers name the ministry).
    "blind166": Floor(24, 23, 347),
    "blind167": Floor(24, 23, 347),
    "blind168": Floor(24, 24, 348),
    "blind169": Floor(24, 24, 348),
    # The hundred-and-seventieth to hundred-and-seventy-third blind sets
    # (fixtures/blind170/ to fixtures/blind173/), cross-sections written from the same
    # brief (invented writers only).  On arrival (with the parser of 96b5bb3, and of
    # 4a02dd8): 20 exact, 341 of 348; 23, 347; 22, 345; 20, 344 of 348.  The
    # hundred-and-seventy-second is held out: never looked at, only scored.  Opened, the
    # others brought the rules of fixtures 901 to 905 (question 2 with the Group's
    # Russian abbreviation, a last line about the body with its contact, "Signed:",
    # points "1.a", "مساهمة مقدمة من:"): 21, 343; 23, 347; 23, 347 of 348.  Left: a
    # flattened page's signature run into its last point (170/16), a note about the
    # numbering over "Signed:" (170/08), a name expected with its article (170/10), an
    # acronym's title spelled out in a covering sentence (171/07), the person who
    # forwards for a network (173/12).
    "blind170": Floor(24, 21, 343),
    "blind171": Floor(24, 23, 347),
    # Opened after two stops held out (unmoved): a signer's line "Name, Place, 29.12.2016"
    # (fixture 946): 23, 346 (left: "Question two:" expected as the title's, 172/05).
    "blind172": Floor(24, 23, 346),
    "blind173": Floor(24, 23, 347),
    # The hundred-and-seventy-fourth to hundred-and-seventy-seventh blind sets
    # (fixtures/blind174/ to fixtures/blind177/), cross-sections written from the same
    # brief (invented writers only).  On arrival (with the parser of cf810ef; the first,
    # with that of e0a5fdf, 23 exact, 341 of 342): 24 exact, 342 of 342; 20, 344 of 348;
    # 20, 337; 14, 325 of 348.  The hundred-and-seventy-sixth is held out: never looked
    # at, only scored.  Opened, the seventy-fifth and seventy-seventh brought the rules
    # of fixtures 906 to 911 (sections naming their question in brackets after
    # "对应", a header opening a page under a footer that counts the pages, a signature
    # over the footnotes, a body's thanks to everyone who commented, a research group,
    # a breadcrumb's field, a Chinese network of bodies): 22, 346; 19, 343 of 348.
    # Left: the state or government expected beside the mission or ministry the
    # parser names (175/15, 177/08, 177/13, 177/19), names in the genitive or in
    # capitals (177/16, 177/18), a name in the other order (175/17).
    "blind174": Floor(24, 24, 342),
    "blind175": Floor(24, 22, 346),
    # Opened after two stops held out (unmoved): a lettered heading restating its question
    # (fixture 939), a header once after a page number at the margin (940), a running title
    # with a date in words (941): 23, 347 (left: the authority over its office, 176/02).
    "blind176": Floor(24, 23, 347),
    "blind177": Floor(24, 20, 344),
    # The hundred-and-seventy-eighth to hundred-and-eighty-first blind sets
    # (fixtures/blind178/ to fixtures/blind181/), cross-sections written from the same
    # brief (invented writers only).  On arrival (with the parser of 4187461, and of
    # 9accdb3): 21 exact, 344 of 348; 21, 345; 23, 347; 22, 345 of 348 (23, 346 with
    # 9accdb3).  The hundred-and-seventy-ninth is held out: never looked at, only scored.
    # Opened, the seventy-eighth, eightieth and eighty-first brought the rules of
    # fixtures 912 to 914 (the Group's code with its round as the cover's word in a
    # running title, Pacific thanks alone, a flattened title's bracketed question number):
    # 23, 347; 23, 347; 24, 348 of 348.  Left: a lost glyph's item under a list in
    # another glyph read as the item's continuation (178/16), a name expected spelled out
    # where the text gives its acronym first (180/17).
    "blind178": Floor(24, 23, 347),
    # Held out, scored only: one of the closing sentences of fixtures 952 to 954 (which,
    # not looked at) moved it: 22, 346.
    "blind179": Floor(24, 22, 346),
    "blind180": Floor(24, 23, 347),
    "blind181": Floor(24, 24, 348),
    # The hundred-and-eighty-second to hundred-and-eighty-fifth blind sets
    # (fixtures/blind182/ to fixtures/blind185/), cross-sections written from the same
    # brief (invented writers only).  On arrival (with the parser of afb35e6, and of
    # 1cba242): 19 exact, 333 of 348; 24, 348 of 348; 19, 330 of 342; 20, 334 of 348.
    # The hundred-and-eighty-fifth is held out: never looked at, only scored.
    # Opened, the eighty-second and eighty-fourth brought the rules of fixtures 915 to
    # 919 (a topic's lead and the question's own wording after a comma, a Chinese note on
    # who drafted the response, an Arabic link to the full text, an ordinal and keyword
    # in lower case going on a sentence, a running title with a date in digits): 21, 345
    # of 348; 22, 340 of 342.  Left: the state over its department (182/09), a
    # name's genitive in an e-mail's bracket (182/18), a footnote before the dateline
    # (184/10), the acronym expected spelled out (184/17).
    "blind182": Floor(24, 22, 346),
    "blind183": Floor(24, 24, 348),
    # Footnotes under the last answer up to the dateline (fixture 944): 23, 341.
    "blind184": Floor(24, 23, 341),
    "blind185": Floor(24, 20, 334),
    # The hundred-and-eighty-sixth to hundred-and-eighty-ninth blind sets
    # (fixtures/blind186/ to fixtures/blind189/), cross-sections written from the same
    # brief (invented writers only).  On arrival (with the parser of 51c8ac0): 21 exact,
    # 344 of 354; 19, 334 of 348; 19, 332; 21, 344 of 348.  The hundred-and-eighty-ninth
    # is held out: never looked at, only scored.
    # Opened, the eighty-sixth to eighty-eighth brought the rules of fixtures 922 to 924
    # (a topic line between two points, the text's first line as a topic heading where
    # another follows, a body's gratitude for the opportunity, "Este documento fue
    # preparado por ..."): 22, 352 of 354; 19, 334; 21, 345 of 348.  Left: "First
    # question:" expected as part of the title, not a marker (187/03, 187/12, 187/16;
    # other writers read it as the marker), an individual expected where the text gives
    # their university with a remark (188/24), the state over its ministry (188/04).
    "blind186": Floor(24, 23, 353),
    "blind187": Floor(24, 20, 335),
    "blind188": Floor(24, 22, 346),
    "blind189": Floor(24, 21, 344),
    # The hundred-and-ninetieth to hundred-and-ninety-third blind sets
    # (fixtures/blind190/ to fixtures/blind193/), cross-sections written from the same
    # brief (invented writers only).  On arrival (with the parser of ac7387a): 19 exact,
    # 326 of 348; 21, 343 of 348; 18, 318 of 348; 21, 351 of 354.  The
    # hundred-and-ninety-third is held out: never looked at, only scored.
    # Opened, the ninetieth to ninety-second brought the rules of fixtures 926 to 930 (a
    # byline after a hyphen under numbered points, "Question no. 1 -", a Spanish sharing
    # label, abjad-lettered sections in the writer's outline, an ordinal word alone as a
    # label): 20, 330; 22, 346; 20, 344 of 348.  Left: "关于问题2：" expected as a marker
    # (190/24; lead phrases give the whole line as the title), a flattened page's "PART
    # ONE." (190/09), a web page's related posts as bullets (190/15), governments over
    # their offices (191/02, 192/13), "R1"-style points (192/05).
    # A web page's "¿Te gustó este artículo? Compártelo:" (fixture 932): 21, 332 (190/15);
    # "R1 ..." points with no stop (fixture 931): 21, 345 (192/05).
    # A date field's value ends before a flattened page's part heading (fixture 950): 22,
    # 343 (190/09).
    "blind190": Floor(24, 22, 343),
    "blind191": Floor(24, 22, 346),
    "blind192": Floor(24, 21, 345),
    "blind193": Floor(24, 21, 351),
    # The hundred-and-ninety-fourth to hundred-and-ninety-seventh blind sets
    # (fixtures/blind194/ to fixtures/blind197/), cross-sections written from the same
    # brief (invented writers only).  On arrival (with the parser of 82bd247): 22 exact,
    # 346 of 348; 21, 343; 22, 344; 21, 344 of 348.  The hundred-and-ninety-seventh is
    # held out: never looked at, only scored.
    # Opened, the ninety-fourth to ninety-sixth brought the rules of fixtures 933 to 936
    # (a Chinese invitation to comment, thanks to the Group's members, "г. Душанбе"
    # under a signature (in two sets), a team's acronym spelled by the body's name in a
    # sentence) and 937 (a copyright notice after the answers): 22, 346; 24, 348; 24, 348
    # of 348.  Left: the state over its ministry or mission (194/10, 194/19).
    "blind194": Floor(24, 23, 347),
    "blind195": Floor(24, 24, 348),
    "blind196": Floor(24, 24, 348),
    "blind197": Floor(24, 21, 344),
    # The hundred-and-ninety-eighth to two-hundred-and-first blind sets
    # (fixtures/blind198/ to fixtures/blind201/), cross-sections written from the same
    # brief (invented writers only).  On arrival (with the parser of 7ebbe6a): 19 exact,
    # 348 of 354; 18, 336 of 348; 22, 344; 21, 333 of 348.  The two-hundredth is held out:
    # never looked at, only scored.
    # Opened, the ninety-eighth, ninety-ninth and two-hundred-and-first brought the rules
    # of fixtures 938 and 942 to 948 (a wording under its topic heading, "We look forward to
    # working with ...", topic headings of flattened pages read across the text, a
    # footnote before the dateline, the other question left to others, a signer's place
    # and date, "These are personal views", an offer to discuss after a lead): 21, 351 of
    # 354; 20, 344; 24, 348 of 348.  Left: a body's acronym before its name (198/11), a
    # letterhead over its department (198/13), a note after an offer to help (199/23), a
    # Latin D in a Cyrillic acronym (199/18).
    "blind198": Floor(24, 21, 351),
    "blind199": Floor(24, 21, 345),
    "blind200": Floor(24, 22, 346),
    "blind201": Floor(24, 24, 348),
    # The two-hundred-and-second to two-hundred-and-fifth blind sets
    # (fixtures/blind202/ to fixtures/blind205/), cross-sections written from the same
    # brief (invented writers only; the writer of the two-hundred-and-fifth read the
    # repository's commit messages, not its code, and followed one reading they describe,
    # 205/05).  On arrival (with the parser of c0946d0): 21 exact, 345 of 348; 21, 344; 20,
    # 342; 20, 335 of 348.  The two-hundred-and-third is held out: never looked at, only
    # scored.
    # Opened, the two-hundred-and-second, fourth and fifth brought the rules of fixtures
    # 951 to 960 (a keyword and ordinal in lower case going on a sentence, a question not
    # answered or an offer to contribute, a Chinese contact sentence, an Arabic signer's
    # name, an individual contribution naming no one, an Arabic range running on, a
    # running title at a page's foot and the next top, "Circle", a title ending in
    # "Lead"): 23, 347; 24, 348; 23, 347 of 348.  Left: a person's body in an e-mail
    # forwarded (202/05), the full name of an Arabic writer in a personal capacity (205/21).
    "blind202": Floor(24, 23, 347),
    "blind203": Floor(24, 21, 344),
    "blind204": Floor(24, 24, 348),
    "blind205": Floor(24, 23, 347),
    # The two-hundred-and-sixth to two-hundred-and-ninth blind sets
    # (fixtures/blind206/ to fixtures/blind209/), cross-sections written from the same
    # brief (invented writers only; the repository's history kept from their writers).
    # On arrival (with the parser of 347dd7e): 22 exact, 346 of 348; 21, 341; 23, 347;
    # 20, 338 of 348.  The two-hundred-and-seventh is held out: never looked at, only
    # scored.
    # Opened, the two-hundred-and-sixth, eighth and ninth brought the rules of fixtures
    # 961 to 965 (a title wrapped inside its wording's phrase, a point right under a
    # section in another style, thanks to the members who contributed, an Arabic body
    # standing ready, a flattened page's title of parts before a wide gap): 23, 347; 24,
    # 348; 22, 346 of 348.  Left: an Arabic body's name cut to its first word (206/20), a
    # name with its acronym (209/14), a council named for its network (209/18), a
    # thanks line expected in the answer by another writer (107/09, kept there).
    "blind206": Floor(24, 24, 348),
    "blind207": Floor(24, 22, 342),
    "blind208": Floor(24, 24, 348),
    "blind209": Floor(24, 22, 346),
    # The two-hundred-and-tenth to two-hundred-and-thirteenth blind sets
    # (fixtures/blind210/ to fixtures/blind213/), cross-sections written from the same
    # brief (invented writers only; the repository's history kept from their writers).
    # The parser of 2ee2256 raised an error on 210/09 ("(a)" heading after "(b)"), fixed
    # in 11268e0 before the merge.  On arrival (with the parser of 11268e0): 22 exact,
    # 346 of 348; 23, 347; 19, 342 of 348; 21, 349 of 354.  The two-hundred-and-twelfth is
    # held out: never looked at, only scored.
    # Opened, the two-hundred-and-tenth, eleventh and thirteenth brought the rules of
    # fixtures 966 to 968 (a Chinese invitation to comment below, "موقف مشترك" naming no
    # one, a footnote over the page's number marked in the text): 22, 346; 24, 348 of
    # 348; 22, 352 of 354.  Left: the state over its ministry (210/10), a centre named in
    # the genitive by its acronym's e-mail (210/18), a subject field run on into the
    # note's first sentence (213/09), a lost glyph's count (213/14).
    "blind210": Floor(24, 23, 347),
    "blind211": Floor(24, 24, 348),
    "blind212": Floor(24, 20, 343),
    "blind213": Floor(24, 23, 353),
    # The two-hundred-and-fourteenth to two-hundred-and-seventeenth blind sets
    # (fixtures/blind214/ to fixtures/blind217/), cross-sections written from the same
    # brief (invented writers only; the repository's history kept from their writers).
    # On arrival (with the parser of 178198a): 21 exact, 345 of 348; 22, 345; 18, 330;
    # 14, 322 of 348.  The two-hundred-and-fifteenth is held out: never looked at, only
    # scored.
    # Opened, the two-hundred-and-fourteenth, sixteenth and seventeenth brought the rules
    # of fixtures 969 to 977 and forms 57 and 58 (a section titled by the questions'
    # subject, a dropped section letter, a closing report-back line, an Arabic mission
    # joined to its state's name, a rule of em dashes over footnotes, a sentence inside
    # a name's line, an Arabic letter naming its question, a running title under the
    # first page's number, a team that prepared the text; a form's question parted from
    # its answer by a dash, a name-or-organisation column): 22, 346; 21, 345; 19, 341 of
    # 348.  Left: the state over its body (217/13), the Russian genitive of a name read
    # in the nominative (216/16, 216/17, 217/16, 217/17), a job title before the body
    # (216/12), a flattened Arabic ministry letter (217/19), an Arabic body cut in a
    # sentence (217/21), a Russian centre without its university (214/18), the state
    # over its ministry (214/19).
    "blind214": Floor(24, 22, 346),
    "blind215": Floor(24, 22, 345),
    "blind216": Floor(24, 21, 345),
    "blind217": Floor(24, 19, 341),
    # The two-hundred-and-eighteenth to two-hundred-and-twenty-first blind sets
    # (fixtures/blind218/ to fixtures/blind221/), cross-sections written from the same
    # brief (invented writers only; the repository's history kept from their writers).
    # On arrival (with the parser of 4b557bc): 19 exact, 326 of 348; 21, 343; 23, 347;
    # 18, 324 of 348.  The two-hundred-and-nineteenth is held out: never looked at, only
    # scored.
    # Opened, the two-hundred-and-eighteenth, twentieth and twenty-first brought the
    # rules of fixtures 979 to 984 (closing lines that say the writer will follow the
    # Group's work, or makes no recommendations on the second question; an Arabic topic
    # heading under a title over a lead-in; a running title in the genitive after the only
    # page number; a byline with its place and date): 20, 337; 24, 348; 21, 329 of 348;
    # the held-out two-hundred-and-twelfth moved from 19 to 20 (scored only).  Left:
    # headings in ordinal words recorded without a marker (218/15, 218/17, 218/23), a
    # university after a dash in a letterhead (218/21), a form's unanswered question
    # ("(sin respuesta)", 221/14), two respondents' answers merged (221/07), a flattened
    # page's roman heading after a title (221/08).
    "blind218": Floor(24, 20, 337),
    "blind219": Floor(24, 21, 343),
    "blind220": Floor(24, 24, 348),
    "blind221": Floor(24, 21, 329),
    # The two-hundred-and-twenty-second to two-hundred-and-twenty-fifth blind sets
    # (fixtures/blind222/ to fixtures/blind225/), cross-sections written from the same
    # brief (invented writers only; the repository's history kept from their writers).
    # On arrival (with the parser of ccc095e): 20 exact, 343 of 348; 23, 347; 22, 346;
    # 20, 334 of 348.  The two-hundred-and-twenty-second is held out: never looked at,
    # only scored.  Opened, the twenty-fifth brought the rules of fixtures 986 and 987
    # (an Arabic verb's object, or "فيما يلي", ending its subject's name): 20, 335 of
    # 348; then those of fixtures 988 and 989 ("For more information contact ..."
    # closing a page; an item cut by a page break going on in lower case): 23, 347 and
    # 21, 336 of 348 for the twenty-fourth and twenty-fifth.  Left: an Arabic topic
    # heading right under a long covering sentence, no blank lines (225/21: a reading
    # that would also make "Our recommendations" over "1. ..." a heading in a text
    # whose other headings are not read), a regulator's name in its letter's title only
    # (223/02), a secretariat over its directorate (224/13), a name in
    # capitals on the cover only (225/13), a body's name with its state after a dash
    # (225/20, written "في جيبوتي" by the writer).
    "blind222": Floor(24, 20, 343),
    "blind223": Floor(24, 23, 347),
    "blind224": Floor(24, 23, 347),
    "blind225": Floor(24, 21, 336),
    # The two-hundred-and-twenty-sixth to two-hundred-and-twenty-ninth blind sets
    # (fixtures/blind226/ to fixtures/blind229/), cross-sections written from the same
    # brief (invented writers only; the repository's history kept from their writers).
    # On arrival (with the parser of 3e1ce12): 16 exact, 336 of 348; 20, 334; 19, 339;
    # 19, 335 of 348.  The two-hundred-and-twenty-ninth is held out: never looked at,
    # only scored.
    # Opened, the twenty-sixth to twenty-eighth brought the rules of fixtures 990 to 995
    # ("Solidairement,", a Chinese body's thanks, a signature over a sentence saying the
    # note may be published, "Questions or comments? Write to ...", a field naming the
    # writer in a personal capacity over a unit's "for contact only"; an Arabic relative
    # clause ending a name): 17, 337; 22, 336; 21, 344 of 348 (and blind188 from 21 to
    # 22); then fixture 996 (a Chinese list under a lead-in, its glyphs lost): 18, 338
    # for the twenty-sixth.  Left: headings in ordinal words recorded without a marker
    # (226/04), a web page's council named only in its byline (226/08), a ministry with
    # its state after "of the Republic of" (226/09), a flattened Russian signature
    # (226/17), a laboratory named by its institute (226/18), a university after a dash
    # (226/21), a flattened Arabic text (227/21), a Chinese e-mail's sender over its
    # institute (227/24), a ministry's office (228/05), a page's byline naming the group
    # (228/09), two respondents' answers merged (228/14).
    "blind226": Floor(24, 19, 339),
    "blind227": Floor(24, 22, 336),
    "blind228": Floor(24, 21, 344),
    "blind229": Floor(24, 20, 337),
    # The two-hundred-and-thirtieth to two-hundred-and-thirty-third blind sets
    # (fixtures/blind230/ to fixtures/blind233/), cross-sections written from the same
    # brief (invented writers only; the repository's history kept from their writers).
    # On arrival (with the parser of 7b07ad1): 22 exact, 340 of 342; 22, 345 of 348;
    # 20, 337; 21, 345 of 348.  The two-hundred-and-thirty-first is held out: never
    # looked at, only scored.
    # Opened, the thirtieth, thirty-second and thirty-third brought the rules of
    # fixtures 997 to 1000 (thanks to a body's members, whose views the input reflects,
    # a board that approved it, "个人意见" naming no one): 23, 341 of 342; 20, 337; 24,
    # 348 of 348.  Left: the government over its ministry (230/12), an offer to share
    # data in a form's answer (232/07), a note's headings in full questions read as a
    # clause list (232/15), a flattened page's Chinese running title (232/22), a Chinese
    # body's description over its offer to keep in touch (232/23).  Fixtures 1001 and
    # 1002 (the Group's name abbreviated in a restated question) took 232 to 21, 345.
    "blind230": Floor(24, 23, 341),
    "blind231": Floor(24, 22, 345),
    "blind232": Floor(24, 21, 345),
    "blind233": Floor(24, 24, 348),
    # The two-hundred-and-thirty-fourth to two-hundred-and-thirty-seventh blind sets
    # (fixtures/blind234/ to fixtures/blind237/), cross-sections written from the same
    # brief (invented writers only; the repository's history kept from their writers).
    # On arrival (with the parser of 6b6e637): 23 exact, 347 of 348; 21, 344; 22, 346;
    # 21, 343 of 348.  The two-hundred-and-thirty-seventh is held out: never looked at,
    # only scored.
    # Opened, the thirty-fourth and thirty-fifth brought the rules of fixtures 1003 and
    # 1004 (a body ready to go on cooperating closes the text; an acronym spelled out
    # with its place in the same brackets): 24, 348 of 348; 23, 347 (fixture 1004 also
    # took 210 to 23, 347).  Left: a letterhead's state over its ministry where the
    # writer names the ministry alone (235/10; reading the ministry alone lost twelve
    # older sets whose writers name both), a quoted name inside a quoted name (236/17), a
    # note verbale's mission or its government (236/08).
    "blind234": Floor(24, 24, 348),
    "blind235": Floor(24, 23, 347),
    "blind236": Floor(24, 23, 347),
    "blind237": Floor(24, 22, 345),
    # The two-hundred-and-thirty-eighth to two-hundred-and-forty-first blind sets
    # (fixtures/blind238/ to fixtures/blind241/), cross-sections written from the same
    # brief (invented writers only; the repository's history kept from their writers).
    # On arrival (with the parser of 94ba96b): 23 exact, 345 of 348; 22, 351 of 354; 21,
    # 344 of 348; 24, 348 of 348.  The two-hundred-and-thirty-ninth is held out: never
    # looked at, only scored.
    "blind238": Floor(24, 23, 345),
    "blind239": Floor(24, 22, 351),
    "blind240": Floor(24, 22, 346),
    "blind241": Floor(24, 24, 348),
    # The two-hundred-and-forty-second to two-hundred-and-forty-fifth blind sets
    # (fixtures/blind242/ to fixtures/blind245/), written the same way.  On arrival (with
    # the parser of 94ba96b): 21 exact, 342 of 348; 21, 348 of 354; 21, 341 of 348; 20,
    # 343 of 348.  The two-hundred-and-forty-second is held out: never looked at, only
    # scored.
    # Opened, the thirty-eighth, fortieth, forty-first and forty-third to forty-fifth
    # brought the rules of fixtures 1005 to 1008 (points numbered "I.1" under a roman
    # section; a signature under "Pour le comité de l'ARUI :"; thanks to the volunteers
    # who commented, "That is all from us.", an Arabic writer leaving the second question
    # aside close the text): 243 to 22, 352 of 354; 244 to 22, 343; 245 to 22, 346 (and
    # the held-out 200 to 346 checks).  Not widened: thanks to "the members who
    # commented on the draft at ..." stay in the answer, as set 107's writer reads them.
    # Left: a flattened page's points (238/07), a chair named with its university
    # (240/12), a letterhead in capitals over the name in the genitive (240/16), an Arabic
    # "prepared by" field over its names (240/21), a mission or its government (243/05,
    # 244/08), ordinal-word headings without a marker (244/04).
    "blind242": Floor(24, 21, 342),
    "blind243": Floor(24, 22, 352),
    "blind244": Floor(24, 22, 343),
    "blind245": Floor(24, 22, 346),
    # The two-hundred-and-forty-sixth to two-hundred-and-forty-ninth blind sets
    # (fixtures/blind246/ to fixtures/blind249/), written the same way.  On arrival (with
    # the parser of 55376cb): 21 exact, 345 of 348; 20, 331 of 348; 21, 345 of 348; 21,
    # 345 of 354.  The two-hundred-and-forty-eighth is held out: never looked at, only
    # scored.
    # Opened, the forty-sixth, forty-seventh and forty-ninth brought the rules of
    # fixtures 1009 to 1012 ("س1/" heads a question; "以上答复……敬请指正", a Chinese body
    # keeping in touch and thanks to the many partners close the text; "Recommendations"
    # over "(on guiding question 2)" heads question 2): 22, 346 of 348; 22, 340 of 348;
    # 22, 349 of 354.  Left: a Moldovan letterhead's title in an answer (246/16), a
    # Russian note's Q1-only heading under its title (247/17), an Arabic web page's
    # related links counted as bullets (247/21), a network named in English and Spanish
    # (249/04), a Chinese note with no front matter (249/24).
    "blind246": Floor(24, 23, 347),
    "blind247": Floor(24, 23, 346),
    "blind248": Floor(24, 21, 345),
    "blind249": Floor(24, 22, 352),
    # The two-hundred-and-fiftieth to two-hundred-and-fifty-third blind sets
    # (fixtures/blind250/ to fixtures/blind253/), written the same way.  On arrival (with
    # the parser of c82d446): 19 exact, 342 of 348; 22, 346; 23, 346; 21, 345 of 348.
    # The two-hundred-and-fiftieth is held out: never looked at, only scored.
    # Opened, the fifty-first to fifty-third brought the rules of fixtures 1013 and 1014
    # (an Arabic place and date over the courtesy close; a running footer of one part
    # with each page's number far to the right): 252 to 24, 348 of 348; 253 to 23, 347
    # (and 246 to 23, 347; 18 to 355 checks).  Left: the state or its ministry (251/10),
    # a letterhead in capitals over the name in the genitive (251/18), a flattened
    # page's clause after a gap (253/08).
    "blind250": Floor(24, 19, 342),
    "blind251": Floor(24, 22, 346),
    "blind252": Floor(24, 24, 348),
    "blind253": Floor(24, 23, 347),
    # The two-hundred-and-fifty-fourth to two-hundred-and-fifty-seventh blind sets
    # (fixtures/blind254/ to fixtures/blind257/), written the same way.  On arrival (with
    # the parser of 56d3d84): 22 exact, 345 of 348; 18, 339; 18, 339; 18, 332 of 348.
    # The two-hundred-and-fifty-sixth is held out: never looked at, only scored.
    # Opened, the fifty-fifth and fifty-seventh brought the rules of fixtures 1015 to
    # 1017 (a month and year after several places; a Chinese credit to who wrote the
    # text and a body's thanks; one page number that counts more pages makes the text
    # paged): 255 to 21, 345 of 348; 257 to 19, 334 (and 9 to 336 checks).  Not
    # widened: a dateline of several places set apart by commas ("Lima, Quito y La Paz,
    # enero de 2017.", 257/15), which read a signature's name, place and date on one
    # line as a dateline too and cut flattened closings otherwise.  Left: a
    # committee's chair or its group (254/05), "我们" read as a name (254/24), a
    # footnote under its page (255/16), an institute's name shortened (255/18), a
    # Chinese web page's body (255/23), a letterhead's name or its committee (257/02),
    # a lettered form's last point (257/07), a note's second question under roman
    # points (257/09), a body's name and its acronym in either order (257/12).
    "blind254": Floor(24, 22, 345),
    "blind255": Floor(24, 22, 346),
    "blind256": Floor(24, 18, 339),
    "blind257": Floor(24, 20, 342),
    # The two-hundred-and-fifty-eighth to two-hundred-and-sixty-first blind sets
    # (fixtures/blind258/ to fixtures/blind261/), written the same way.  On arrival (with
    # the parser of f8e1826): 22 exact, 344 of 348; 21, 344; 20, 335; 23, 345 of 348.
    # The two-hundred-and-sixtieth is held out: never looked at, only scored.
    # Opened, the fifty-eighth, fifty-ninth and sixty-first brought the rules of
    # fixtures 1018 to 1020 ("مع أطيب التحيات،" and an Arabic reply's attribution line;
    # "That is all." and a writer's consent to publish; "本文由……整理"): 258 to 23, 346;
    # 259 to 345 checks; 261 to 24, 348 (and the held-out 229 to 20, 337).  Left: a
    # flattened page's signature after "For the Council," (258/09), a date alone in a
    # letterhead's layout (259/02), a regulator's chairperson's office (259/05), a
    # network's place in brackets (259/24), an individual's name under the consent to
    # publish (261/06).
    "blind258": Floor(24, 23, 346),
    "blind259": Floor(24, 22, 346),
    "blind260": Floor(24, 20, 335),
    "blind261": Floor(24, 24, 348),
    # The two-hundred-and-sixty-second to two-hundred-and-sixty-fifth blind sets
    # (fixtures/blind262/ to fixtures/blind265/), written the same way.  On arrival (with
    # the parser of b82e039): 20 exact, 344 of 348; 21, 348 of 354; 16, 317 of 348; 17,
    # 339 of 354.  The two-hundred-and-sixty-fifth is held out: never looked at, only
    # scored.
    # Opened, the sixty-second and sixty-third brought the rules of fixtures 1021 and
    # 1022 ("问题1." before a Chinese title with no space; a name over its place and date):
    # 262 to 21, 345 of 348; 263 to 22, 352 of 354.  Not read: the sixty-fourth's writer
    # takes ordinal-word headings ("First question:", "Première question", "السؤال
    # الأول") for titles without a marker, as writers of earlier sets did not.  Left: a
    # state, its government or its ministry (262/03, 262/10, 264/10), a committee named
    # for its association (263/06), names in the genitive (262/16, 263/18).  Fixture 1023
    # (a note of what is attached closes the text) took 264 to 17, 319 of 348.
    "blind262": Floor(24, 21, 345),
    "blind263": Floor(24, 22, 352),
    "blind264": Floor(24, 17, 319),
    "blind265": Floor(24, 18, 347),
    # The two-hundred-and-sixty-sixth to two-hundred-and-sixty-ninth blind sets
    # (fixtures/blind266/ to fixtures/blind269/), written the same way.  On arrival (with
    # the parser of 6b7e04e): 21 exact, 345 of 348; 19, 343 of 348; 22, 339 of 348; 20,
    # 347 of 354.  The two-hundred-and-sixty-seventh is held out: never looked at, only
    # scored.
    # Opened, the sixty-eighth brought the rule of fixture 1024 (an Arabic topic heading
    # over a lead read as a field with no value): 23, 347 of 348 (and the held-out 265
    # to 18, 347 of 354).  Left: thanks to "the members who commented on drafts" read
    # as the closing by this writer (266/08) and as the answer by set 107's, "Comments
    # welcome before Friday." (266/05), a letterhead in capitals cut at its state
    # (266/16, 269/16), a state, its government or its ministry (268/05, 269/08,
    # 269/13), ordinal-word headings without a marker (269/11).
    "blind266": Floor(24, 22, 346),
    "blind267": Floor(24, 19, 343),
    "blind268": Floor(24, 23, 347),
    "blind269": Floor(24, 20, 347),
    # The two-hundred-and-seventieth to two-hundred-and-seventy-third blind sets
    # (fixtures/blind270/ to fixtures/blind273/), written the same way.  On arrival
    # (with the parser of 439f6cb, and the same with that of 03b8ee5): 22, 24, 23 and
    # 20 exact, 346, 348, 347 and 341 of 348.  The two-hundred-and-seventieth is held
    # out: never looked at, only scored.
    "blind270": Floor(24, 23, 347),
    "blind271": Floor(24, 24, 348),
    "blind272": Floor(24, 24, 348),
    "blind273": Floor(24, 22, 345),
    # The two-hundred-and-seventy-fourth to two-hundred-and-seventy-seventh blind sets
    # (fixtures/blind274/ to fixtures/blind277/), written the same way.  On arrival (with
    # the parser of 03f6d04): 23, 19, 24 and 19 exact, 347, 332 and 348 of 348, 332 of
    # 342.  The two-hundred-and-seventy-seventh is held out: never looked at, only scored.
    # Opened, the seventy-fifth brought the rules of fixtures 1043 to 1046 (a regulator's
    # unit, the Forum named in full up to its acronym, a board's signature with its town
    # and date, "se tient volontiers à la disposition"): 23, 336 of 348.  Left: flattened
    # pages read as one question (274/23, 275/08), a mission for its government (275/08).
    "blind274": Floor(24, 23, 347),
    "blind275": Floor(24, 23, 336),
    "blind276": Floor(24, 24, 348),
    "blind277": Floor(24, 19, 332),
    # The two-hundred-and-seventy-eighth to two-hundred-and-eighty-first blind sets
    # (fixtures/blind278/ to fixtures/blind281/), written the same way.  On arrival (with
    # the parser of fa724a9): 22, 22, 18 and 22 exact, 345 and 345 of 348, 325 of 342,
    # 346 of 348.  The two-hundred-and-eightieth is held out: never looked at, only
    # scored.  Opened, the seventy-eighth brought the rule of fixture 1051 (a forwarded
    # message's sender in a personal text): 23, 346 of 348.  Left: a flattened page's
    # contact line (278/14), a town in brackets after a name (279/18), a mission for its
    # government (281/05), a letterhead in capitals against the genitive (281/17),
    # ordinal-word headings without a marker (279/05).
    "blind278": Floor(24, 23, 346),
    "blind279": Floor(24, 22, 345),
    "blind280": Floor(24, 18, 325),
    "blind281": Floor(24, 22, 346),
    # The two-hundred-and-eighty-second to two-hundred-and-eighty-fifth blind sets
    # (fixtures/blind282/ to fixtures/blind285/), written the same way.  On arrival (with
    # the parser of 9661ad0): 20, 22, 21 and 23 exact, 341, 346, 345 and 346 of 348.  The
    # two-hundred-and-eighty-third is held out: never looked at, only scored.
    "blind282": Floor(24, 21, 342),
    "blind283": Floor(24, 22, 346),
    "blind284": Floor(24, 22, 346),
    "blind285": Floor(24, 24, 348),
    # The two-hundred-and-eighty-sixth to two-hundred-and-eighty-ninth blind sets
    # (fixtures/blind286/ to fixtures/blind289/), written the same way.  On arrival (with
    # the parser of ad89e97, and the same with that of the commit after it): 22, 19, 23
    # and 21 exact, 344 of 354, 331, 347 and 345 of 348.  The two-hundred-and-eighty-ninth
    # is held out: never looked at, only scored.
    "blind286": Floor(24, 24, 354),
    "blind287": Floor(24, 20, 344),
    "blind288": Floor(24, 24, 348),
    "blind289": Floor(24, 21, 345),
    # The two-hundred-and-ninetieth to three-hundred-and-first blind sets
    # (fixtures/blind290/ to fixtures/blind301/), written the same way.  On arrival (with
    # the parser of ebd3908): 21, 20, 21 and 21 exact (342, 344, 331 and 344 of 348);
    # 21, 20, 21 and 21 (344, 334, 344 and 344 of 348); 22, 20, 24 and 22 (343, 343, 348
    # and 346 of 348).  The two-hundred-and-ninety-first, two-hundred-and-ninety-fifth
    # and two-hundred-and-ninety-eighth are held out: never looked at, only scored.
    "blind290": Floor(24, 22, 344),
    "blind291": Floor(24, 20, 344),
    "blind292": Floor(24, 22, 346),
    "blind293": Floor(24, 22, 345),
    "blind294": Floor(24, 21, 344),
    "blind295": Floor(24, 20, 334),
    "blind296": Floor(24, 22, 346),
    "blind297": Floor(24, 22, 345),
    "blind298": Floor(24, 22, 343),
    "blind299": Floor(24, 21, 345),
    "blind300": Floor(24, 24, 348),
    "blind301": Floor(24, 24, 348),
    # The three-hundred-and-second to three-hundred-and-fifth blind sets
    # (fixtures/blind302/ to fixtures/blind305/), written the same way.  On arrival (with
    # the parser of 45920236): 22, 19, 17 and 23 exact (346, 331, 329 and 346 of 348).
    # The three-hundred-and-fifth is held out: never looked at, only scored.  Opened,
    # the third and fourth brought the rules of fixtures 1070 to 1075: 20 (344) and 21
    # (345).
    "blind302": Floor(24, 22, 346),
    "blind303": Floor(24, 20, 344),
    "blind304": Floor(24, 21, 345),
    "blind305": Floor(24, 24, 348),
    # The three-hundred-and-sixth to three-hundred-and-ninth blind sets
    # (fixtures/blind306/ to fixtures/blind309/), written the same way.  On arrival (with
    # the parser of 9fb5d883): 22, 23, 22 and 23 exact (346 of 348, 353 of 354, 343 and
    # 347 of 348).  The three-hundred-and-eighth is held out: never looked at, only scored.
    "blind306": Floor(24, 23, 347),
    "blind307": Floor(24, 24, 354),
    "blind308": Floor(24, 22, 343),
    "blind309": Floor(24, 24, 348),
    # The three-hundred-and-tenth to three-hundred-and-thirteenth blind sets
    # (fixtures/blind310/ to fixtures/blind313/), written the same way.  On arrival (with
    # the parser of 043b1e00): 21, 21, 20 and 20 exact (345 of 348, 351 of 354, 343 and
    # 344 of 348).  The three-hundred-and-twelfth is held out: never looked at, only
    # scored.
    "blind310": Floor(24, 21, 345),
    "blind311": Floor(24, 21, 351),
    "blind312": Floor(24, 20, 343),
    "blind313": Floor(24, 20, 344),
    # The three-hundred-and-fourteenth to three-hundred-and-seventeenth blind sets
    # (fixtures/blind314/ to fixtures/blind317/), written the same way.  On arrival (with
    # the parser of 043b1e00): 21, 23, 23 and 17 exact (335 of 348, 347 of 348, 341 of
    # 342, 325 of 348).  The three-hundred-and-seventeenth is held out: never looked at,
    # only scored.
    "blind314": Floor(24, 22, 337),
    "blind315": Floor(24, 24, 348),
    "blind316": Floor(24, 24, 342),
    "blind317": Floor(24, 17, 325),
    # The three-hundred-and-eighteenth to three-hundred-and-twenty-first blind sets
    # (fixtures/blind318/ to fixtures/blind321/), written the same way.  On arrival (with
    # the parser of 038d166b): 21, 20, 20 and 22 exact (344, 340, 341 and 333 of 348).
    # The three-hundred-and-nineteenth is held out: never looked at, only scored.
    # Opened, the eighteenth and twenty-first brought the rules of fixtures 1082 and
    # 1083: 22 (346) and 23 (346).
    "blind318": Floor(24, 22, 346),
    "blind319": Floor(24, 20, 340),
    "blind320": Floor(24, 20, 341),
    "blind321": Floor(24, 23, 346),
    # The three-hundred-and-twenty-second to three-hundred-and-twenty-fifth blind sets
    # (fixtures/blind322/ to fixtures/blind325/), written the same way.  On arrival (with
    # the parser of b2312cc0): 24, 17, 22 and 23 exact (348, 327, 346 and 347 of 348).
    # The three-hundred-and-twenty-fourth is held out: never looked at, only scored.
    "blind322": Floor(24, 24, 348),
    "blind323": Floor(24, 19, 330),
    "blind324": Floor(24, 22, 346),
    "blind325": Floor(24, 23, 347),
}

SAMPLE = "09_cgip_plain_topic_headings"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_blind_score_does_not_fall(name: str) -> None:
    floor = FLOORS[name]
    exact, documents, passed, checks = score(BLIND.parent / name)
    assert documents >= floor.documents
    assert exact >= floor.exact, f"{exact}/{documents} documents exact, floor {floor.exact}"
    assert passed >= floor.passed, f"{passed}/{checks} checks passed, floor {floor.passed}"


def _outline_of(doc: wgec_parse.Document) -> dict[str, Any]:
    """An expectation written from the parse itself: every check passes against it."""
    questions = []
    for q in doc.questions:
        text = answer_text(q)
        questions.append(
            {
                "answers": q.number,
                "marker": q.marker,
                "title_starts": q.title[:20],
                "clauses": clause_markers(q),
                "bullets": bullet_count(q),
                "contains": [text[:30]],
                "excludes": ["not a phrase of any answer"],
            }
        )
    return {
        "submitter": doc.submitted_by,
        "questions": questions,
        "closing_contains": ["not a phrase of any answer"],
    }


def _failing(doc: wgec_parse.Document, expected: dict[str, Any]) -> set[str]:
    return {c.kind for c in check_document(doc, expected) if not c.passed}


@pytest.fixture(scope="module")
def sample() -> tuple[wgec_parse.Document, dict[str, Any]]:
    doc = wgec_parse.parse_file(BLIND / f"{SAMPLE}.txt")
    outline = _outline_of(doc)
    assert len(outline["questions"]) == 2
    assert outline["questions"][1]["clauses"]
    return doc, outline


def test_scorer_passes_an_outline_of_the_parse(
    sample: tuple[wgec_parse.Document, dict[str, Any]],
) -> None:
    doc, outline = sample
    assert _failing(doc, outline) == set()


@pytest.mark.parametrize(
    ("kind", "path", "wrong"),
    [
        ("marker", ("questions", 0, "marker"), "9)"),
        ("title", ("questions", 0, "title_starts"), "Nothing like the title"),
        ("clauses", ("questions", 1, "clauses"), ["1.1"]),
        ("bullets", ("questions", 0, "bullets"), 99),
        ("contains", ("questions", 0, "contains"), ["a phrase that is not there"]),
        ("submitter", ("submitter",), "Nobody in particular"),
    ],
)
def test_scorer_fails_a_wrong_expectation(
    sample: tuple[wgec_parse.Document, dict[str, Any]],
    kind: str,
    path: tuple[str | int, ...],
    wrong: object,
) -> None:
    doc, outline = sample
    expected = copy.deepcopy(outline)
    target: Any = expected
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = wrong
    assert _failing(doc, expected) == {kind}


def test_scorer_fails_phrases_inside_an_answer(
    sample: tuple[wgec_parse.Document, dict[str, Any]],
) -> None:
    doc, outline = sample
    phrase = outline["questions"][1]["contains"][0]
    expected = copy.deepcopy(outline)
    expected["questions"][0]["excludes"] = [outline["questions"][0]["contains"][0]]
    expected["closing_contains"] = [phrase]
    assert _failing(doc, expected) == {"excludes", "closing"}


def test_scorer_fails_a_missing_question(
    sample: tuple[wgec_parse.Document, dict[str, Any]],
) -> None:
    doc, outline = sample
    expected = copy.deepcopy(outline)
    expected["questions"].append(copy.deepcopy(expected["questions"][0]))
    checks = check_document(doc, expected)
    assert [c.kind for c in checks if not c.passed] == [
        "count",
        "marker",
        "title",
        "clauses",
        "bullets",
        "contains",
        "excludes",
    ]


def test_score_counts_a_wrong_expectation_file(tmp_path: Path) -> None:
    """score() on a folder: a document whose expectation is its own parse is exact; a
    wrong bullet count in the file makes it not exact and costs one check."""
    doc = wgec_parse.parse_file(BLIND / f"{SAMPLE}.txt")
    shutil.copy(BLIND / f"{SAMPLE}.txt", tmp_path / f"{SAMPLE}.txt")
    expected_path = tmp_path / f"{SAMPLE}.expected.json"
    outline = _outline_of(doc)
    expected_path.write_text(json.dumps(outline), encoding="utf-8")
    exact, documents, passed, checks = score(tmp_path)
    assert (exact, documents, passed) == (1, 1, checks)

    outline["questions"][0]["bullets"] += 1
    expected_path.write_text(json.dumps(outline), encoding="utf-8")
    assert score(tmp_path) == (0, 1, checks - 1, checks)


def test_a_csv_export_s_phrases_are_read_with_its_doubled_quotes_undone() -> None:
    text = (
        'Timestamp,Organisation,"1. What are the high level characteristics of enhanced '
        'cooperation?",Consent\r\n'
        '2016-12-01,Example Forum,"It is ""enhanced"" because it goes further.",Yes\r\n'
    )
    document = wgec_parse.load(text.encode("utf-8"))  # read as a form export
    expected: dict[str, Any] = {
        "format": "form-csv",
        "submitter": None,
        "closing_contains": [],
        "questions": [
            {
                "marker": "1.",
                "title_starts": "What are",
                "clauses": [],
                "bullets": 0,
                "contains": ['It is ""enhanced"" because'],
                "excludes": [],
            }
        ],
    }
    question = next(c for c in check_document(document, expected) if c.kind == "contains")
    assert question.passed
    expected["format"] = "plain"  # read as written elsewhere: "" is not in the answer
    question = next(c for c in check_document(document, expected) if c.kind == "contains")
    assert not question.passed
