"""The subcommands of ``wgec-parse``: one module each, named in :data:`NAMES`.

A command's module is imported when the command is: ``wgec-parse outline`` does not
import what ``batch`` or ``validate`` need.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Final

__all__ = ["COMMANDS", "NAMES", "module"]

#: Each subcommand, in the order of ``wgec-parse --help``, and its module in this package
#: (which has ``register(subparsers)``, adding the one subcommand).
NAMES: Final = {
    "outline": "outline_cmd",
    "batch": "batch_cmd",
    "compile": "compile_cmd",
    "report": "report_cmd",
    "validate": "validate_cmd",
    "parse": "parse_cmd",
    "render": "render_cmd",
    "text": "text_cmd",
    "serve": "serve_cmd",
}

if TYPE_CHECKING:
    #: Every command's module, in the order of :data:`NAMES` (all imported when asked).
    COMMANDS: tuple[ModuleType, ...]


def module(name: str) -> ModuleType:
    """The module of the subcommand ``name`` (a key of :data:`NAMES`), imported now if
    it was not yet."""
    return importlib.import_module(f"{__name__}.{NAMES[name]}")


def __getattr__(name: str) -> tuple[ModuleType, ...]:
    if name == "COMMANDS":
        return tuple(module(command) for command in NAMES)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
