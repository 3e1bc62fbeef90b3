"""Trees and findings stay as recorded (see tests/snapshot.py) on thousands of inputs."""

from __future__ import annotations

from tests.snapshot import FIXTURES, ROOT, fixture_inputs, load, reading


def test_every_recorded_fixture_is_still_read() -> None:
    recorded = {row["name"] for row in load() if "text" not in row}
    current = {name for name, _ in fixture_inputs()}
    assert len(recorded) > 300
    assert recorded <= current, sorted(recorded - current)[:5]
    assert FIXTURES.is_dir()


def test_trees_and_findings_match_the_snapshot() -> None:
    rows = load()
    assert len(rows) > 4000
    fixtures = dict(fixture_inputs())
    changed = []
    for row in rows:
        text = row["text"] if "text" in row else fixtures.get(row["name"])
        assert text is not None, row["name"]
        now = reading(text)
        if now != {"tree": row["tree"], "findings": row["findings"]}:
            changed.append(row["name"])
    assert not changed, f"{len(changed)} inputs read differently, e.g. {changed[:8]} ({ROOT})"
