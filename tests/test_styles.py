"""The family of real submissions: each style fixture parses to its hand-written outline.

Every ``fixtures/styles/NAME.txt`` has a ``NAME.outline`` written by reading the input
(see fixtures/styles/README.md for the format and what each file exercises).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import wgec_parse
from wgec_parse.outline import outline

from .conftest import FIXTURES, read_exact

STYLES = FIXTURES / "styles"
CASES = sorted(p for p in STYLES.glob("*.txt") if p.with_suffix(".outline").exists())


def test_there_are_enough_style_fixtures() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_style_fixture_outline(path: Path) -> None:
    expected = path.with_suffix(".outline").read_text("utf-8")
    got = outline(wgec_parse.parse(read_exact(path)))
    assert got == expected


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_style_fixture_round_trips(path: Path) -> None:
    text = read_exact(path)
    assert wgec_parse.render(wgec_parse.parse(text)) == text
