"""The examples of README.md and docs/*.md run as written, and their links lead somewhere.

Every ```python block runs from the repository root.  A docs block that ends with a
``print`` followed by comment lines shows that output: the comments must be what it prints.
The outline shown after the set-up commands is the command's real output.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wgec_parse.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))
PYTHON = re.compile(r"```python\n(.*?)```", re.S)
BLOCKS = PYTHON.findall(README.read_text("utf-8"))
DOC_BLOCKS = [
    (path.relative_to(ROOT).as_posix(), source)
    for path in DOCS
    for source in PYTHON.findall(path.read_text("utf-8"))
]


def test_the_readme_has_examples() -> None:
    assert BLOCKS
    assert DOC_BLOCKS


@pytest.mark.parametrize("source", BLOCKS, ids=lambda s: s.splitlines()[0][:40])
def test_readme_example_runs(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    exec(compile(source, "README.md", "exec"), {"__name__": "__readme__"})


def test_the_tour_prints_what_its_comments_say(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tour = BLOCKS[0]
    monkeypatch.chdir(ROOT)
    exec(compile(tour, "README.md", "exec"), {"__name__": "__readme__"})
    printed = capsys.readouterr().out.splitlines()
    expected = [
        line.split("# ", 1)[1].strip()
        for line in tour.splitlines()
        if line.startswith("print(") and "# " in line
    ]
    assert [p.strip() for p in printed[: len(expected)]] == expected


def test_the_set_up_outline_is_the_real_output(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The outline shown after the set-up commands is the command's output, runs of
    lines separated by ``...`` lines standing for lines left out."""
    command = "wgec-parse outline fixtures/002_015b3980d26d2b81.txt"
    text = README.read_text("utf-8")
    assert f"&& {command}\n" in text
    shown = text.split("```text\n", 1)[1].split("```", 1)[0].splitlines()
    monkeypatch.chdir(ROOT)
    assert main(command.split()[1:]) == 0
    out = capsys.readouterr().out.splitlines()
    runs: list[list[str]] = [[]]
    for line in shown:
        if line.strip() == "...":
            runs.append([])
        else:
            runs[-1].append(line)
    assert runs[0] == out[: len(runs[0])], "the outline starts as shown"
    at = len(runs[0])
    for run in runs[1:]:
        starts = [i for i in range(at, len(out)) if out[i : i + len(run)] == run]
        assert starts, f"not in the output, in this order: {run}"
        at = starts[0] + len(run)


def shown_output(source: str) -> list[str] | None:
    """The comment lines after a block's last ``print``, or None when it shows none."""
    lines = source.rstrip("\n").splitlines()
    shown: list[str] = []
    while lines and lines[-1].startswith("# "):
        shown.insert(0, lines.pop()[2:])
    if shown and lines and "print(" in lines[-1]:
        return shown
    return None


@pytest.mark.parametrize(
    ("name", "source"),
    DOC_BLOCKS,
    ids=[f"{name}:{source.splitlines()[0][:30]}" for name, source in DOC_BLOCKS],
)
def test_docs_example_runs(
    name: str,
    source: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)
    exec(compile(source, name, "exec"), {"__name__": "__docs__"})
    shown = shown_output(source)
    if shown is not None:
        assert capsys.readouterr().out.splitlines() == shown


LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)
CODE = re.compile(r"`[^`\n]*`")


def relative_links(path: Path) -> list[str]:
    text = CODE.sub("", FENCE.sub("", path.read_text("utf-8")))
    return [
        target
        for target in LINK.findall(text)
        if not re.match(r"[a-z][a-z0-9+.-]*:", target, re.I) and not target.startswith("#")
    ]


def anchors(path: Path) -> set[str]:
    """The anchors GitHub gives the headings of ``path``."""
    seen: dict[str, int] = {}
    for heading in re.findall(r"^#{1,6} +(.+?) *$", FENCE.sub("", path.read_text("utf-8")), re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        if count:
            seen[f"{slug}-{count}"] = 1
    return set(seen)


@pytest.mark.parametrize("path", [README, *DOCS], ids=lambda p: p.relative_to(ROOT).as_posix())
def test_relative_links_lead_to_files_that_exist(path: Path) -> None:
    for link in relative_links(path):
        target, _, anchor = link.partition("#")
        resolved = (path.parent / target).resolve()
        assert resolved.exists(), f"{link} in {path.name}"
        if anchor and resolved.suffix == ".md":
            assert anchor in anchors(resolved), f"{link} in {path.name}"


def test_in_page_anchors_lead_to_headings() -> None:
    for path in [README, *DOCS]:
        text = CODE.sub("", FENCE.sub("", path.read_text("utf-8")))
        for anchor in re.findall(r"\]\(#([^)\s]+)\)", text):
            assert anchor in anchors(path), f"#{anchor} in {path.name}"
