"""Fuzz target: bytes -> a .docx archive -> ``load`` with a byte budget -> render.

The input is split on the byte ``0x00`` into up to three parts, which become
``word/document.xml``, ``word/numbering.xml`` and ``word/styles.xml`` of a .docx archive
built in memory (with the relationships that point at them); an input starting with
``PK`` is also given to ``load`` as it is.  ``load`` must either return a Document whose
text stays within the budget and renders back exactly, or raise the documented
:class:`ReadError` or :class:`InputTooLarge`.  Any other exception, a text over the
budget, and any hang is a finding.

Run ``fuzz/run.sh`` (see "Fuzzing" in docs/performance.md).
"""

from __future__ import annotations

import io
import sys
import zipfile

import atheris

with atheris.instrument_imports(include=["wgec_parse"]):
    import wgec_parse
    from wgec_parse.errors import InputTooLarge, ReadError
    from wgec_parse.loaders import load

#: Characters of text a fuzzed .docx may give: small, so that a numbering or repeat
#: bug shows up as a refusal or a finding, not as minutes of work.
BUDGET = 20_000

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    "</Types>"
)
_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_R}/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_R}/numbering" Target="numbering.xml"/>'
    f'<Relationship Id="rId2" Type="{_R}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
_SEED_BODY = (
    f'<w:document xmlns:w="{_W}"><w:body>'
    '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    "<w:r><w:t>What are the high level characteristics of enhanced cooperation?</w:t></w:r>"
    "</w:p></w:body></w:document>"
)


def _archive(parts: list[bytes]) -> bytes:
    names = ("word/document.xml", "word/numbering.xml", "word/styles.xml")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _PACKAGE_RELS)
        archive.writestr("word/_rels/document.xml.rels", _DOCUMENT_RELS)
        for name, part in zip(names, parts, strict=False):
            archive.writestr(name, part)
    return buffer.getvalue()


def _check(data: bytes) -> None:
    try:
        document = load(data, name="fuzz.docx", max_size=BUDGET)
    except (ReadError, InputTooLarge):
        return
    text = wgec_parse.render(document)
    if len(text) > BUDGET:
        raise AssertionError(f"{len(text)} characters from a budget of {BUDGET}")
    again = wgec_parse.parse(text)
    if (again.front_matter, again.questions) != (document.front_matter, document.questions):
        raise AssertionError("the loaded document does not re-parse from its own text")


def test_one_input(data: bytes) -> None:
    if data[:2] == b"PK":
        _check(data)
        return
    parts = data.split(b"\x00", 2) if data else [_SEED_BODY.encode()]
    _check(_archive(parts))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
