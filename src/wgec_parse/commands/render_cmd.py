"""``wgec-parse render FILE.json``: the exact text of a full JSON document, as bytes in
the encoding it was read with (UTF-8 when none is recorded)."""

from __future__ import annotations

import argparse
import re
import sys
from typing import Final

from wgec_parse.commands.common import (
    Command,
    add_output_option,
    input_name,
    read_input,
    write_output,
)
from wgec_parse.errors import InputTooLarge, JsonError, ReadError
from wgec_parse.rendering import render

__all__ = ["register"]


def _fail(name: str, message: str) -> int:
    sys.stderr.write(f"wgec-parse: {name}: {message}\n")
    return 2


def run(args: argparse.Namespace) -> int:
    """Read one full JSON document and write its text back byte for byte."""
    from wgec_parse.jsonio import from_json  # cattrs: only for this command

    path: str = args.file
    name = input_name(path)
    # At most the command line's byte limit, from a file, a pipe, a device or stdin.
    try:
        data = read_input(path)
    except ReadError as err:
        return _fail(name, err.args[0])
    except InputTooLarge as err:  # its message names the file
        sys.stderr.write(f"wgec-parse: {err}\n")
        return 2
    try:
        document = from_json(data)
    except JsonError as err:
        return _fail(name, str(err))
    text = render(document)
    encoding = document.encoding or "utf-8"
    try:
        output = text.encode(encoding)
    except UnicodeEncodeError as err:
        line = len(re.split(r"\r\n|\r|\n", text[: err.start]))
        return _fail(name, f"the text cannot be written in {encoding} (line {line}): {err.reason}")
    return write_output(output, args.output)


def _arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("file", metavar="FILE.json", help="a full JSON document, or - for stdin")
    add_output_option(cmd)


_COMMAND: Final = Command(
    "render",
    "write the exact text of a full JSON document",
    """Render a full JSON document (from 'parse') back to its text, byte for byte, in the
    encoding recorded in it.""",
    _arguments,
    run,
)
register: Final = _COMMAND.register
