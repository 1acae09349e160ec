"""Build every report of a run directory from its findings (and summary): Markdown, HTML, JUnit, repro scripts.

`python -m fuzz report DIR` calls this with what is on disk only, so a report can always be rebuilt
from `findings.jsonl`, for instance after a run was killed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fuzz.model.finding import Finding
from fuzz.report.html import render_html
from fuzz.report.junit import render_junit
from fuzz.report.markdown import render_markdown
from fuzz.report.repro import write_repro_scripts
from fuzz.campaign.store import read_findings


def compare_with_previous(current: list[Finding], previous: list[Finding],
                          still_reproduces: Any = None) -> dict[str, list[str]]:
    """new / fixed / persisting ids against a previous run.

    A previous finding this run did not meet is 'fixed' only if `still_reproduces(finding)` says its
    stored case no longer shows it; otherwise it is 'persisting' (not met is not fixed).
    """
    now = {f.id for f in current}
    before = {f.id: f for f in previous}
    fixed, persisting = [], sorted(now & set(before))
    for fid, finding in before.items():
        if fid in now:
            continue
        if still_reproduces is not None and still_reproduces(finding):
            persisting.append(fid)
        else:
            fixed.append(fid)
    return {"new": sorted(now - set(before)), "fixed": sorted(fixed), "persisting": sorted(persisting)}


def default_summary(findings: list[Finding]) -> dict[str, Any]:
    """What can be said of a run from its findings alone (a killed run wrote no summary)."""
    by_kind: dict[str, dict[str, int]] = {}
    for f in findings:
        by_kind.setdefault(f.kind, {"new": 0, "known": 0})[f.status] += 1
    return {"duration_s": None, "examples": {}, "findings_by_kind": by_kind, "findings_total": len(findings),
            "versions": findings[0].versions if findings else {}, "backends": {"used": sorted({f.backend for f in findings}),
                                                                               "skipped": []},
            "interrupted": True, "note": "rebuilt from findings.jsonl alone: the run wrote no summary"}


def build_reports(directory: Path, summary: dict[str, Any] | None = None,
                  comparison: dict[str, list[str]] | None = None) -> list[Finding]:
    directory = Path(directory)
    findings = read_findings(directory / "findings.jsonl")
    if summary is None:
        summary_path = directory / "summary.json"
        summary = json.loads(summary_path.read_text()) if summary_path.exists() else default_summary(findings)
    if comparison is None:
        comparison = summary.get("since_previous")
    _write(directory / "report.md", lambda: render_markdown(findings, summary, comparison), findings)
    _write(directory / "report.html", lambda: render_html(findings, summary, comparison), findings)
    _write(directory / "junit.xml", lambda: render_junit(findings, summary), findings)
    write_repro_scripts(findings, directory / "repro")
    return findings


def _write(path: Path, render: Any, findings: list[Finding]) -> None:
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
