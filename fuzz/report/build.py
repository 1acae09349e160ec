"""Build every report of a run directory from its findings (and summary): Markdown, HTML, JUnit, repro
scripts, issue drafts.

`python -m fuzz report DIR` calls this with what is on disk only, so a report can always be rebuilt
from `findings.jsonl`, for instance after a run was killed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from fuzz.campaign.store import read_findings
from fuzz.campaign.summary import Changes, RunSummary
from fuzz.model.finding import Finding
from fuzz.report.drafts import write_issue_drafts
from fuzz.report.html import render_html
from fuzz.report.junit import render_junit
from fuzz.report.markdown import render_markdown
from fuzz.report.repro import write_repro_scripts


def read_summary(directory: Path, findings: list[Finding]) -> RunSummary:
    """The run's summary.json, or what its findings alone say (a killed run wrote none)."""
    path = Path(directory) / "summary.json"
    return RunSummary.from_json(json.loads(path.read_text())) if path.exists() else RunSummary.from_findings(findings)


def build_reports(directory: Path, summary: RunSummary | None = None,
                  comparison: Changes | None = None) -> list[Finding]:
    directory = Path(directory)
    findings = read_findings(directory / "findings.jsonl")
    if summary is None:
        summary = read_summary(directory, findings)
    if comparison is None:
        comparison = summary.since_previous
    matrix_path = directory / "matrix.json"  # `python -m fuzz matrix`, where it was run on this folder
    matrix = json.loads(matrix_path.read_text()) if matrix_path.is_file() else None
    _write(directory / "report.md", lambda: render_markdown(findings, summary, comparison, matrix), findings)
    _write(directory / "report.html", lambda: render_html(findings, summary, comparison, matrix), findings)
    _write(directory / "junit.xml", lambda: render_junit(findings, summary), findings)
    write_repro_scripts(findings, directory / "repro")
    try:
        write_issue_drafts(findings, directory / "issues")
    except Exception:  # noqa: BLE001 - a harness defect in one draft must not cost the run its reports
        import sys
        import traceback

        print(f"[fuzz] could not write the issue drafts (a harness defect; please report it):\n"
              f"{traceback.format_exc()}", file=sys.stderr)
    return findings


def _write(path: Path, render: Callable[[], str], findings: list[Finding]) -> None:
    """Write one report; if its renderer breaks (a defect of the harness), write in its place the
    list of findings and the traceback, so that no run ends without every report file."""
    try:
        text = render()
    except Exception:  # noqa: BLE001 - reported in the file and on stderr, never fatal
        import sys
        import traceback

        trace = traceback.format_exc()
        print(f"[fuzz] could not render {path.name} (a harness defect; please report it):\n{trace}", file=sys.stderr)
        lines = [f"{f.id}  {f.kind}  {f.status}  {f.case_summary}" for f in findings]
        body = "\n".join(["findings:", *lines, "", "the renderer failed:", trace])
        if path.suffix == ".xml":
            from xml.sax.saxutils import escape

            text = (f'<?xml version="1.0" encoding="utf-8"?>\n<testsuite name="bn-difffuzz" tests="1" failures="1">'
                    f'<testcase name="report"><failure message="the junit renderer failed">{escape(body)}'
                    "</failure></testcase></testsuite>\n")
        elif path.suffix == ".html":
            from html import escape as html_escape

            text = f"<!DOCTYPE html><html><body><pre>{html_escape(body)}</pre></body></html>\n"
        else:
            text = body
    path.write_text(text, encoding="utf-8")
