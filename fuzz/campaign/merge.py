"""Merge the folders of several runs (shards of one night, or --jobs) into one folder and report.

Findings are deduplicated by id: the shrunk record wins over an unshrunk one, then the smaller
case; counts add up; a finding is reproducible if any shard confirmed it, flaky if any
shard found it flaky, and the shards' replays add up.  Example counts add up
per property; the duration is the longest shard's.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import replace
from pathlib import Path

from fuzz.campaign.store import FindingStore, read_findings
from fuzz.campaign.summary import RunSummary, compare_with_previous, merge
from fuzz.model.finding import Finding


def _better(a: Finding, b: Finding) -> Finding:
    """The record to keep of two of the same id."""
    if a.shrunk != b.shrunk:
        return a if a.shrunk else b
    return a if a.case_size <= b.case_size else b


def merge_findings(groups: list[list[Finding]]) -> list[Finding]:
    merged: dict[str, Finding] = {}
    for findings in groups:
        for finding in findings:
            if finding.id not in merged:
                merged[finding.id] = finding
                continue
            old = merged[finding.id]
            keep = _better(old, finding)
            reproducible = True if True in (old.reproducible, finding.reproducible) else keep.reproducible
            merged[finding.id] = replace(keep, count=old.count + finding.count, reproducible=reproducible,
                                         replays=old.replays + finding.replays,
                                         reproduced=old.reproduced + finding.reproduced,
                                         flaky=old.flaky or finding.flaky)
    return list(merged.values())


def merge_runs(directories: list[Path], out: Path, previous: Path | None = None) -> tuple[RunSummary, list[Finding]]:
    """Write `out/findings.jsonl` and `out/summary.json` (reports are the caller's); returns (summary, findings)."""
    groups, summaries = [], []
    for directory in directories:
        findings = read_findings(Path(directory) / "findings.jsonl")
        groups.append(findings)
        summary_path = Path(directory) / "summary.json"
        summaries.append(RunSummary.from_json(json.loads(summary_path.read_text())) if summary_path.exists()
                         else RunSummary.from_findings(findings))
    findings = merge_findings(groups)
    summary = merge(summaries, findings)
    if previous is not None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            earlier = read_findings(Path(previous) / "findings.jsonl")
            summary = summary.with_previous(compare_with_previous(findings, earlier))
    out.mkdir(parents=True, exist_ok=True)
    target = out / "findings.jsonl"
    if target.exists():
        target.unlink()
    with FindingStore(target) as store:
        for finding in findings:
            store.append(finding)
    (out / "summary.json").write_text(json.dumps(summary.to_json(), indent=2, sort_keys=True), encoding="utf-8")
    return summary, findings
