"""Shared test set-up: hypothesis profiles and fixture paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED_FULL = FIXTURES / "002_015b3980d26d2b81.txt"
SEED_BODY = FIXTURES / "000_cfa95781c7ed215b.txt"

settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile(
    "ci", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough",
    max_examples=50_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)


def sampled_fixtures() -> list[Path]:
    """The fixture texts that the checks repeating a parse in another form (both parsers,
    the JSON round trips, the JSON Schema) run on: every fixture outside the blind sets,
    and a third of each blind set's documents, a different third in each set (the
    documents whose place in the set, plus the set's number, divides by three), so that
    every language and format of the sets is met.  Every fixture still round-trips
    byte for byte (test_roundtrip.py) and every blind document is scored
    (test_blind.py); these checks of all the blind sets' documents took a quarter of
    the suite's time."""
    found: list[Path] = []
    for path in sorted(FIXTURES.rglob("*.txt")):
        folder = path.parent.name
        if not folder.startswith("blind") or path.parent.parent != FIXTURES:
            found.append(path)
            continue
        number = int(folder[len("blind") :] or "1")
        place = int(path.name[:2]) if path.name[:2].isdigit() else 0
        if (place + number) % 3 == 0:
            found.append(path)
    return found


def read_exact(path: Path) -> str:
    """A fixture's text exactly as stored (no newline translation)."""
    return path.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def seed_full_text() -> str:
    return read_exact(SEED_FULL)


@pytest.fixture(scope="session")
def seed_body_text() -> str:
    return read_exact(SEED_BODY)
