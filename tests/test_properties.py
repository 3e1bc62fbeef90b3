"""Tree -> text -> tree: generated documents survive rendering and parsing unchanged.

The documents come from :mod:`wgec_parse.strategies`.  One generated document is
checked against three properties in a row (generating it costs far more than checking
it), so ``HYPOTHESIS_PROFILE=ci`` runs 2,000 examples of each property and
``HYPOTHESIS_PROFILE=thorough`` 50,000:

1. ``parse(render(doc)) == doc``, line numbers and every character of trivia included;
2. ``render(parse(render(doc))) == render(doc)``, byte for byte;
3. the clean text of every field, paragraph, table, question, clause and bullet item is
   the text the generator meant: no word lost, none invented, wraps joined with one space,
   hyphenated splits glued.
"""

from __future__ import annotations

from hypothesis import example, given, settings

import wgec_parse
from wgec_parse import Document, Line, Paragraph, Question
from wgec_parse.strategies import documents_with_text, node_texts

# Regressions found by these properties, kept as examples.
# A bare "Question 1:" followed by a line that does not ask: the line is the answer's
# first paragraph, not the heading's title.
_BARE_HEADING = Document(
    None,
    (),
    (
        Question(
            (Line(1, "", "Question 1:"),),
            (Paragraph((Line(2, "التعاون، التعاون:"),)),),
        ),
    ),
)


# A whole document an example (about 25 ms each): 600 at most.
@settings(max_examples=min(settings().max_examples, 600))
@example((_BARE_HEADING, ("", "التعاون، التعاون:")))
@given(documents_with_text())
def test_tree_text_tree(pair: tuple[Document, tuple[str, ...]]) -> None:
    doc, meant = pair
    text = wgec_parse.render(doc)
    parsed = wgec_parse.parse(text)
    assert wgec_parse.render(parsed) == text, "property 2: the text did not come back"
    assert parsed == doc, "property 1: the tree did not come back"
    assert node_texts(parsed) == meant, "property 3: the clean texts are not the meant ones"
