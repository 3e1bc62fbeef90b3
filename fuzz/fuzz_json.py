"""Fuzz target: JSON -> from_json -> Document -> render, to_json, from_json again.

Run ``fuzz/run.sh`` (see "Fuzzing" in docs/performance.md).  ``from_json`` must either
return a Document or raise the documented ``JsonError``; a Document it returns must
render, and survive ``to_json``/``from_json`` unchanged.  Half the inputs are built from
parsed text first, so that the fuzzer starts from valid documents and mutates them.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["wgec_parse"]):
    import json

    import wgec_parse
    from wgec_parse import jsonio

JsonError = jsonio.JsonError
from_json = jsonio.from_json
to_json = jsonio.to_json


def _check(data: str | bytes) -> None:
    try:
        document = from_json(data)
    except JsonError:
        return
    if not isinstance(document, wgec_parse.Document):
        raise AssertionError(f"from_json returned {type(document).__name__}")
    wgec_parse.render(document)
    again = from_json(to_json(document))
    if again != document:
        raise AssertionError(f"to_json/from_json changed the document: {data!r}")


def _same_reading(data: str | bytes) -> None:
    """The fast readers take exactly what the reader that names problems takes."""
    try:
        loaded = json.loads(data, object_pairs_hook=jsonio._object)
    except (ValueError, RecursionError):
        return
    fast = jsonio._read(loaded)
    try:
        named = jsonio._read_naming_the_problem(loaded)
    except JsonError:
        named = None
    if fast != named:
        raise AssertionError(f"the fast and the naming reader differ on {data!r}")
    # So does the reader that builds tagged objects into nodes as the JSON is read.
    if jsonio._read_as_built(data, True) != fast:
        raise AssertionError(f"the building and the fast reader differ on {data!r}")


def test_one_input(data: bytes) -> None:
    if data[:1] == b"T":
        # Valid JSON of a parsed text, with the rest of the input as the text.
        text = data[1:].decode("utf-8", "surrogateescape")
        document = wgec_parse.parse(text)
        dumped = to_json(document)
        if from_json(dumped) != document:
            raise AssertionError(f"parse -> to_json -> from_json changed {text!r}")
        _check(dumped)
        return
    _check(data)
    _same_reading(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    _check(text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
