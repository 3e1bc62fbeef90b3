"""The subcommands of ``wgec-parse``: one module each, registered in :data:`COMMANDS`."""

from __future__ import annotations

from wgec_parse.commands import (
    batch_cmd,
    compile_cmd,
    outline_cmd,
    parse_cmd,
    render_cmd,
    report_cmd,
    serve_cmd,
    text_cmd,
    validate_cmd,
)

#: Modules with ``register(subparsers)``; each adds one subcommand.
COMMANDS = (
    outline_cmd,
    batch_cmd,
    compile_cmd,
    report_cmd,
    validate_cmd,
    parse_cmd,
    render_cmd,
    text_cmd,
    serve_cmd,
)
