"""A consultation report: one self-contained HTML page about a whole folder of submissions.

:func:`read_report` reads a folder as ``batch`` does; :func:`report_html` gives a page
that needs no network to be viewed (inline CSS, charts as inline SVG, no script) with:

* the figures of the run (submissions read, not read, answers, findings);
* a table of submissions: submitter, stakeholder group, language, format, words,
  questions answered, findings by severity;
* a coverage matrix: submissions by questions, each cell the words of the answer;
* charts of answer lengths by question and by stakeholder group (matplotlib, drawn as
  SVG with the Agg backend; without matplotlib the page says how to get them);
* findings by rule code, and the files that could not be read.
"""

from __future__ import annotations

import html
import io
import os
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final

import attrs

from wgec_parse.batch import (
    BatchOptions,
    DocumentInfo,
    FileResult,
    Inputs,
    read_inputs,
    split_results,
)
from wgec_parse.language import LANGUAGES
from wgec_parse.limits import BATCH_TIME_LIMIT
from wgec_parse.questions import WGEC2, QuestionSet

__all__ = ["Report", "Submission", "read_report", "report_from", "report_html", "write_report"]


@attrs.frozen
class Submission:
    """One document read."""

    document: str  #: Its id.
    path: str  #: The file.
    info: DocumentInfo  #: What the document table says of it.


@attrs.frozen
class Report:
    """What the report shows."""

    questions: QuestionSet  #: The question set answers are filed under.
    submissions: tuple[Submission, ...]  #: Documents read, by document id.
    errors: tuple[tuple[str, str], ...]  #: (path, why) of files not read.
    title: str = "Consultation report"  #: The page's title.

    def words(self, submission: Submission, question_id: str) -> int:
        """The words of a submission's answer to a question (0: none)."""
        return dict(submission.info.words_by_question).get(question_id, 0)


def read_report(
    inputs: Iterable[str | os.PathLike[str]] | Inputs,
    questions: QuestionSet = WGEC2,
    *,
    jobs: int = 1,
    time_limit: float | None = BATCH_TIME_LIMIT,
    progress: Callable[[int, int, FileResult], None] | None = None,
) -> Report:
    """Read every file of ``inputs`` (folders searched as ``batch`` searches them)."""
    options = BatchOptions(questions=questions, json=False)
    found, results = read_inputs(
        inputs, options, jobs=jobs, time_limit=time_limit, progress=progress
    )
    return report_from(results, questions, found)


def report_from(
    results: Iterable[FileResult], questions: QuestionSet = WGEC2, found: Inputs | None = None
) -> Report:
    """The report of results read by :func:`wgec_parse.batch.read_files`; the entries
    ``found`` left out are errors."""
    submissions, errors = split_results(results, _submission, found)
    submissions.sort(key=lambda s: s.document)
    return Report(questions, tuple(submissions), errors)


def _submission(result: FileResult, info: DocumentInfo) -> Submission:
    # The report shows no answers: they are dropped as each file is read.
    return Submission(result.document, result.path, attrs.evolve(info, answers=()))


# --- charts -----------------------------------------------------------------------------

_COLOURS: Final = ("#0b4f8a", "#e07b00", "#3a8f3a", "#b03060", "#6a4c93", "#7f7f7f")


def _pyplot() -> Any:
    """matplotlib's pyplot on the Agg backend, or None without matplotlib."""
    try:
        import matplotlib
    except ImportError:
        return None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _svg(plt: Any, fig: Any) -> str:
    """A figure as inline SVG: text kept as text, no date, the same ids on every run."""
    buffer = io.StringIO()
    with plt.rc_context({"svg.fonttype": "none", "svg.hashsalt": "wgec-parse"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    plt.close(fig)
    text = buffer.getvalue()
    start = text.find("<svg")
    return text[start:] if start >= 0 else text


def _group_chart(plt: Any, report: Report, labels: Sequence[str]) -> str:
    """Mean words per answer by stakeholder group (rows) and question (bars)."""
    specs = report.questions.questions
    groups = sorted({s.info.stakeholder_group for s in report.submissions}, reverse=True)
    fig, ax = plt.subplots(figsize=(4.6, 0.6 + 0.42 * max(len(groups), 2)))
    height = 0.8 / max(len(specs), 1)
    # The first question on top of each group, as the legend reads.
    for index, spec in enumerate(specs):
        means = []
        for group in groups:
            values = [
                report.words(s, spec.id)
                for s in report.submissions
                if s.info.stakeholder_group == group and report.words(s, spec.id)
            ]
            means.append(statistics.mean(values) if values else 0)
        offsets = [g + ((len(specs) - 1) / 2 - index) * height for g in range(len(groups))]
        colour = _COLOURS[index % len(_COLOURS)]
        ax.barh(offsets, means, height, label=labels[index], color=colour)
    counts = Counter(s.info.stakeholder_group for s in report.submissions)
    ax.set_yticks(range(len(groups)), [f"{g} ({counts[g]})" for g in groups])
    ax.set_xlabel("mean words per answer")
    ax.set_title("Answer length by stakeholder group")
    ax.legend(frameon=False, loc="lower right")
    ax.grid(axis="x", alpha=0.3)
    return _svg(plt, fig)


def _length_charts(report: Report) -> list[tuple[str, str]]:
    """(caption, SVG) of the charts; [] without matplotlib."""
    plt = _pyplot()
    if plt is None:
        return []
    specs = report.questions.questions
    labels = [f"Q{spec.number}" for spec in specs]
    lengths = [
        [report.words(s, spec.id) for s in report.submissions if report.words(s, spec.id)]
        for spec in specs
    ]
    with plt.rc_context({"font.size": 9, "font.family": "sans-serif"}):
        fig, ax = plt.subplots(figsize=(3.6, 3))
        ax.boxplot([values or [0] for values in lengths], showmeans=True)
        ax.set_xticks(range(1, len(labels) + 1), labels)
        ax.set_ylabel("words per answer")
        ax.set_title("Answer length by question")
        ax.grid(axis="y", alpha=0.3)
        by_question = _svg(plt, fig)
        by_group = _group_chart(plt, report, labels)
    return [
        ("Words per answer, by question (box: quartiles; triangle: mean).", by_question),
        ("Mean words per answer, by stakeholder group (submissions) and question.", by_group),
    ]


# --- the page ---------------------------------------------------------------------------

_CSS: Final = """
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC",
       "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; margin: 0;
       color: #1b1b1b; background: #f6f7f9; }
header { background: #0b4f8a; color: #fff; padding: 1.2rem 2rem; }
header h1 { margin: 0; font-size: 1.6rem; }
header p { margin: .3rem 0 0; opacity: .85; }
main { padding: 1rem 2rem 3rem; max-width: 80rem; }
section { background: #fff; border: 1px solid #dde1e6; border-radius: 6px;
          padding: .8rem 1.2rem 1.2rem; margin: 1rem 0; overflow-x: auto; }
h2 { font-size: 1.2rem; margin: .4rem 0 .8rem; color: #0b4f8a; }
.figures { display: flex; flex-wrap: wrap; gap: .8rem; }
.figure { background: #fff; border: 1px solid #dde1e6; border-radius: 6px;
          padding: .6rem 1rem; min-width: 8rem; }
.figure b { display: block; font-size: 1.6rem; color: #0b4f8a; }
table { border-collapse: collapse; font-size: .85rem; }
th, td { border-bottom: 1px solid #e3e6ea; padding: .2rem .5rem; text-align: left;
         vertical-align: top; }
th { background: #eef1f5; position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.yes { background: #d8efd8; text-align: right; }
td.no { background: #f7dada; color: #8a1f1f; text-align: center; }
td.err { color: #8a1f1f; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
figure { margin: 0; } figcaption { font-size: .8rem; color: #555; }
figure svg { max-width: 100%; height: auto; }
.note { color: #555; font-size: .85rem; }
.guess { font-style: italic; color: #555; }
.pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(26rem, 1fr));
        gap: 0 1rem; }
"""


def _e(value: object) -> str:
    return html.escape(str(value))


def _table(head: Sequence[str], rows: Iterable[Sequence[str]], table_id: str) -> str:
    """A table; header cells and data cells are given as HTML (already escaped)."""
    out = [f'<table id="{table_id}"><thead><tr>', *head, "</tr></thead><tbody>"]
    out += ["<tr>" + "".join(row) + "</tr>" for row in rows]
    out.append("</tbody></table>")
    return "\n".join(out)


def _num(value: int) -> str:
    return f'<td class="num">{value:,}</td>'


def _submissions(report: Report) -> str:
    head = [
        "<th>document</th>",
        "<th>submitter</th>",
        "<th>stakeholder group</th>",
        "<th>language</th>",
        "<th>format</th>",
        '<th class="num">words</th>',
        '<th class="num">questions</th>',
        '<th class="num">errors</th>',
        '<th class="num">warnings</th>',
        '<th class="num">infos</th>',
    ]
    total = len(report.questions.questions)
    rows = []
    for s in report.submissions:
        info = s.info
        severities = info.severity_counts()
        answered = sum(1 for spec in report.questions.questions if report.words(s, spec.id))
        group = _e(info.stakeholder_group)
        if info.stakeholder_from == "name":
            group = f'<span class="guess" title="guessed from the name">{group}</span>'
        elif info.stakeholder_from == "field":
            group = f'<span title="stated in the submission">{group}</span>'
        rows.append(
            [
                f"<td>{_e(s.document)}</td>",
                f'<td dir="auto">{_e(info.submitter) or "<i>not stated</i>"}</td>',
                f"<td>{group}</td>",
                f"<td>{_e(LANGUAGES.get(info.language, 'unknown'))}</td>",
                f"<td>{_e(info.source)}</td>",
                _num(info.words),
                f'<td class="num">{answered} of {total}</td>',
                _num(severities["error"]),
                _num(severities["warning"]),
                _num(severities["info"]),
            ]
        )
    note = (
        '<p class="note">Stakeholder groups in italics are guessed from the submitter\'s '
        "name; the others are stated in the submission. Findings are those of "
        "<code>wgec-parse validate</code>.</p>"
    )
    return note + _table(head, rows, "submissions")


def _coverage(report: Report) -> str:
    specs = report.questions.questions
    head = ["<th>document</th>", "<th>submitter</th>"]
    head += [f'<th class="num" title="{_e(q.wording)}">Q{_e(q.number)}</th>' for q in specs]
    rows = []
    for s in report.submissions:
        cells = [f"<td>{_e(s.document)}</td>", f'<td dir="auto">{_e(s.info.submitter)}</td>']
        for spec in specs:
            words = report.words(s, spec.id)
            cells.append(f'<td class="yes">{words:,}</td>' if words else '<td class="no">—</td>')
        rows.append(cells)
    answering = [sum(1 for s in report.submissions if report.words(s, q.id)) for q in specs]
    summary = ", ".join(
        f"question {q.number}: {n} of {len(report.submissions)}"
        for q, n in zip(specs, answering, strict=True)
    )
    note = f'<p class="note">Words of each answer; — for none. Answering {_e(summary)}.</p>'
    return note + _table(head, rows, "coverage")


def _findings(report: Report) -> str:
    counts: Counter[tuple[str, str]] = Counter()
    documents: dict[tuple[str, str], set[str]] = {}
    for s in report.submissions:
        for code, severity, _, _ in s.info.findings:
            counts[(code, severity)] += 1
            documents.setdefault((code, severity), set()).add(s.document)
    order = {"error": 0, "warning": 1, "info": 2}
    keys = sorted(counts, key=lambda k: (order.get(k[1], 3), -counts[k], k[0]))
    if not keys:
        return '<p class="note">No findings.</p>'
    head = ["<th>code</th>", "<th>severity</th>", '<th class="num">findings</th>']
    head.append('<th class="num">documents</th>')
    rows = [
        [
            f"<td>{_e(code)}</td>",
            f"<td>{_e(severity)}</td>",
            _num(counts[(code, severity)]),
            _num(len(documents[(code, severity)])),
        ]
        for code, severity in keys
    ]
    return _table(head, rows, "findings")


def _not_read(report: Report) -> str:
    if not report.errors:
        return '<p class="note">Every file was read.</p>'
    rows = [
        [f"<td>{_e(path)}</td>", f'<td class="err">{_e(why)}</td>'] for path, why in report.errors
    ]
    return _table(["<th>file</th>", "<th>why</th>"], rows, "not-read")


def _figures(report: Report) -> str:
    findings = sum(len(s.info.findings) for s in report.submissions)
    languages = len({s.info.language for s in report.submissions if s.info.language})
    figures = [
        (len(report.submissions), "submissions read"),
        (len(report.errors), "files not read"),
        (len(report.questions.questions), f"questions ({report.questions.name})"),
        (languages, "languages"),
        (sum(s.info.words for s in report.submissions), "words of answers"),
        (findings, "findings"),
    ]
    return (
        '<div class="figures">'
        + "".join(f'<div class="figure"><b>{n:,}</b>{_e(label)}</div>' for n, label in figures)
        + "</div>"
    )


def report_html(report: Report) -> str:
    """The report as one self-contained HTML page."""
    charts = _length_charts(report)
    if charts:
        chart_html = (
            '<div class="charts">'
            + "".join(
                f"<figure>{svg}<figcaption>{_e(caption)}</figcaption></figure>"
                for caption, svg in charts
            )
            + "</div>"
        )
    else:
        chart_html = (
            "<p class=\"note\">Charts need matplotlib: pip install 'wgec-parse[report]'.</p>"
        )
    questions = "".join(
        f"<li><b>Q{_e(q.number)}</b> ({_e(q.id)}): {_e(q.wording)}</li>"
        for q in report.questions.questions
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(report.title)}</title>",
        f"<style>{_CSS}</style></head>",
        "<body>",
        f"<header><h1>{_e(report.title)}</h1>",
        f"<p>{len(report.submissions) + len(report.errors)} files; questions of "
        f"{_e(report.questions.name)}</p></header>",
        "<main>",
        _figures(report),
        f'<section id="questions-asked"><h2>Questions</h2><ul>{questions}</ul></section>',
        f'<section id="lengths"><h2>Answer lengths</h2>{chart_html}</section>',
        '<div class="pair">',
        f"<section><h2>Findings by code</h2>{_findings(report)}</section>",
        f"<section><h2>Files that could not be read</h2>{_not_read(report)}</section>",
        "</div>",
        f"<section><h2>Coverage: submissions by questions</h2>{_coverage(report)}</section>",
        f"<section><h2>Submissions</h2>{_submissions(report)}</section>",
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def write_report(report: Report, path: str | os.PathLike[str]) -> None:
    """Write :func:`report_html` to ``path`` (UTF-8)."""
    with open(os.fspath(path), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(report_html(report))
