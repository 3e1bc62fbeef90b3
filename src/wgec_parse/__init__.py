"""wgec_parse: lossless parsing of WGEC consultation submissions into typed trees."""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from wgec_parse.errors import InputTooLarge, JsonError, ReadError, WgecError
from wgec_parse.nodes import (
    NOTEBOOK_VIEWS,
    Blank,
    BulletItem,
    BulletList,
    Clause,
    Closing,
    Document,
    Field,
    FrontMatter,
    Line,
    Node,
    Noise,
    Paragraph,
    Position,
    Question,
    Table,
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
from wgec_parse.rendering import render, render_clean

if TYPE_CHECKING:
    from wgec_parse.answers import Answer, iter_answers
    from wgec_parse.batch import run_batch
    from wgec_parse.jsonio import from_dict, from_json, json_schema, to_dict, to_json
    from wgec_parse.loaders import MissingExtraError, load
    from wgec_parse.markdown import to_markdown
    from wgec_parse.validation import Diagnostic, Findings, Related, validate

    __version__: str

# Imported on first use: a command that only parses should not pay for cattrs, the
# process pool or the validation rules.
_LAZY = {
    "Answer": "answers",
    "iter_answers": "answers",
    "run_batch": "batch",
    "from_dict": "jsonio",
    "from_json": "jsonio",
    "json_schema": "jsonio",
    "to_dict": "jsonio",
    "to_json": "jsonio",
    "MissingExtraError": "loaders",
    "load": "loaders",
    "to_markdown": "markdown",
    "Diagnostic": "validation",
    "Findings": "validation",
    "Related": "validation",
    "validate": "validation",
}


#: The package's logger: what a reader notes about a file (a .docx list number shortened)
#: and what a command does, for ``-v``.  Silent unless the application configures logging.
logging.getLogger("wgec_parse").addHandler(logging.NullHandler())


def _notebook_html(node: Node) -> str:
    """A document's or question's HTML in a notebook: its repr, then its outline with
    the start of each block's text, escaped."""
    import html

    from wgec_parse.outline import outline

    return (
        f'<div class="wgec-parse"><p><code>{html.escape(repr(node))}</code></p>'
        f"<pre>{html.escape(outline(node, text=True))}</pre></div>"
    )


def _notebook_markdown(node: Node) -> str:
    """A document's or question's Markdown in a notebook (:func:`to_markdown`)."""
    from wgec_parse.markdown import to_markdown

    return to_markdown(node)


NOTEBOOK_VIEWS.update({"text/html": _notebook_html, "text/markdown": _notebook_markdown})


def _version() -> str:
    """The installed distribution's version; "0+unknown" when running from a bare tree."""
    from importlib import metadata

    try:
        return metadata.version("wgec-parse")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":  # importlib.metadata is slow to load: only when asked
        globals()[name] = version = _version()
        return version
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'wgec_parse' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"wgec_parse.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, "__version__"})


__all__ = [
    "WGEC2",
    "Answer",
    "Blank",
    "BulletItem",
    "BulletList",
    "Clause",
    "Closing",
    "Diagnostic",
    "Document",
    "Field",
    "Findings",
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
    "Table",
    "WgecError",
    "__version__",
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
