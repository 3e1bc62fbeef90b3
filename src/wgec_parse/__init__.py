"""wgec_parse: lossless parsing of WGEC consultation submissions into typed trees."""

from __future__ import annotations

from wgec_parse.answers import Answer, iter_answers
from wgec_parse.batch import run_batch
from wgec_parse.errors import InputTooLarge, JsonError, ReadError, WgecError
from wgec_parse.jsonio import from_dict, from_json, json_schema, to_dict, to_json
from wgec_parse.loaders import MissingExtraError, load
from wgec_parse.markdown import to_markdown
from wgec_parse.nodes import (
    Blank,
    BulletItem,
    BulletList,
    Clause,
    Document,
    Field,
    FrontMatter,
    Line,
    Noise,
    Paragraph,
    Position,
    Question,
)
from wgec_parse.parser import parse
from wgec_parse.questions import (
    WGEC2,
    QuestionSet,
    QuestionSetError,
    QuestionSpec,
    load_question_set,
    question_set,
)
from wgec_parse.reading import decode, parse_file
from wgec_parse.render import render, render_clean
from wgec_parse.validate import Diagnostic, Related, validate

__all__ = [
    "WGEC2",
    "Answer",
    "Blank",
    "BulletItem",
    "BulletList",
    "Clause",
    "Diagnostic",
    "Document",
    "Field",
    "FrontMatter",
    "InputTooLarge",
    "JsonError",
    "Line",
    "MissingExtraError",
    "Noise",
    "Paragraph",
    "Position",
    "Question",
    "QuestionSet",
    "QuestionSetError",
    "QuestionSpec",
    "ReadError",
    "Related",
    "WgecError",
    "decode",
    "from_dict",
    "from_json",
    "iter_answers",
    "json_schema",
    "load",
    "load_question_set",
    "parse",
    "parse_file",
    "question_set",
    "render",
    "render_clean",
    "run_batch",
    "to_dict",
    "to_json",
    "to_markdown",
    "validate",
]
