"""The validation rules, one module per family; importing this package registers them.

* :mod:`~wgec_parse.rules.questions`: question headings against a question set;
* :mod:`~wgec_parse.rules.clauses`: clause numbering;
* :mod:`~wgec_parse.rules.noise`: stray URL lines and lost bullet glyphs;
* :mod:`~wgec_parse.rules.front`: front matter, submitter and memo dates;
* :mod:`~wgec_parse.rules.encoding`: damaged characters;
* :mod:`~wgec_parse.rules.layout`: pages or forms flattened onto one line.
"""

from __future__ import annotations

from wgec_parse.rules import clauses, encoding, front, layout, noise, questions

__all__ = ["clauses", "encoding", "front", "layout", "noise", "questions"]
