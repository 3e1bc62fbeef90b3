"""``wgec-parse serve``: the validator page and the HTTP API on a local server.

Needs the optional ``web`` extra (FastAPI, uvicorn, python-multipart); without it the
command says which ``pip install`` line to run.  See docs/web.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from typing import Any, Final

from wgec_parse.commands.common import Command, add_questions_option
from wgec_parse.limits import MAX_FILE_BYTES

__all__ = ["register"]

#: The modules the web extra installs.
_NEEDS = ("fastapi", "uvicorn", "python_multipart")


def _positive(kind: type[int] | type[float]) -> Any:
    def convert(value: str) -> int | float:
        try:
            number = kind(value)
        except ValueError:
            number = 0
        if not number > 0:
            raise argparse.ArgumentTypeError(f"expected a number above 0, got {value!r}")
        return number

    return convert


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted."""
    missing = [m for m in _NEEDS if importlib.util.find_spec(m) is None]
    if missing:
        sys.stderr.write(
            f"wgec-parse: serve needs {', '.join(missing)}: pip install 'wgec-parse[web]'\n"
        )
        return 2
    import uvicorn

    from wgec_parse.web.app import create_app

    app = create_app(
        questions=args.questions,
        max_size=args.max_size,
        time_limit=args.time_limit,
        workers=args.workers,
    )
    sys.stderr.write(f"wgec-parse: serving on http://{args.host}:{args.port}/ (Ctrl-C stops)\n")
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0


def _arguments(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    cmd.add_argument(
        "--port", type=_positive(int), default=8000, help="port to listen on (default: 8000)"
    )
    add_questions_option(cmd)
    cmd.add_argument(
        "--max-size",
        type=_positive(int),
        default=MAX_FILE_BYTES,
        metavar="BYTES",
        help=f"largest upload, in bytes (default: {MAX_FILE_BYTES}, the command line's limit)",
    )
    cmd.add_argument(
        "--time-limit",
        type=_positive(float),
        default=60.0,
        metavar="SECONDS",
        help="time one parse may take before its worker is stopped (default: 60)",
    )
    cmd.add_argument(
        "--workers",
        type=_positive(int),
        default=None,
        metavar="N",
        help="parses run at once, each in a process of its own (default: processors, at most 4)",
    )
    cmd.add_argument(
        "--log-level",
        choices=("critical", "error", "warning", "info", "debug"),
        default="info",
        help="uvicorn's log level (default: info)",
    )


_COMMAND: Final = Command(
    "serve",
    "serve the validator page and the HTTP API (needs the web extra)",
    """Serve a page that shows what the parser reads in a submission and what must be
    fixed, and an HTTP API (/api/parse, /api/validate, /api/outline; OpenAPI at /docs).
    Binds to 127.0.0.1 unless --host says otherwise.""",
    _arguments,
    run,
)
register: Final = _COMMAND.register
