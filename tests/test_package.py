"""The package's public names, and what importing it costs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import wgec_parse


def _modules_after(statement: str) -> set[str]:
    """The modules loaded by a fresh interpreter that runs ``statement``."""
    code = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return set(json.loads(out.stdout))


@pytest.mark.parametrize("statement", ["import wgec_parse", "import wgec_parse.cli"])
def test_importing_does_not_load_what_only_some_commands_need(statement: str) -> None:
    loaded = _modules_after(statement)
    heavy = {
        "cattrs",
        "concurrent.futures.process",
        "wgec_parse.jsonio",
        "wgec_parse.validation",
        "wgec_parse.batch",
        "tomllib",
    }
    assert loaded & heavy == set()


def test_names_imported_on_first_use_are_the_real_objects() -> None:
    from wgec_parse.jsonio import to_json
    from wgec_parse.validation import Diagnostic, validate

    assert wgec_parse.to_json is to_json
    assert wgec_parse.Diagnostic is Diagnostic
    # Importing the submodule must not shadow the function of the same purpose.
    assert wgec_parse.validate is validate
    assert callable(wgec_parse.validate)


def test_every_public_name_resolves() -> None:
    for name in wgec_parse.__all__:
        assert getattr(wgec_parse, name) is not None, name
    assert set(wgec_parse.__all__) <= set(dir(wgec_parse))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'parse_text'"):
        wgec_parse.parse_text  # noqa: B018


def test_the_batch_command_offers_every_view_of_the_batch_module() -> None:
    from wgec_parse.batch import VIEWS
    from wgec_parse.commands.batch_cmd import VIEW_CHOICES

    assert VIEW_CHOICES == VIEWS


def test_no_public_module_is_shadowed_by_a_name_of_the_package() -> None:
    """``import wgec_parse.X`` gives the module X: no function or class of the package
    namespace (``wgec_parse.render`` is the function) bears a module's name."""
    import importlib
    import pkgutil
    import types

    for module in pkgutil.iter_modules(wgec_parse.__path__):
        importlib.import_module(f"wgec_parse.{module.name}")
        assert isinstance(getattr(wgec_parse, module.name), types.ModuleType), module.name
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("wgec_parse.render")
