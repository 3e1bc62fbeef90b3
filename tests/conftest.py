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


def read_exact(path: Path) -> str:
    """A fixture's text exactly as stored (no newline translation)."""
    return path.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def seed_full_text() -> str:
    return read_exact(SEED_FULL)


@pytest.fixture(scope="session")
def seed_body_text() -> str:
    return read_exact(SEED_BODY)
