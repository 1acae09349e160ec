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
from typing import Any

from fuzz.model.finding import Finding
from fuzz.report.build import build_reports, compare_with_previous, default_summary
from fuzz.campaign.store import FindingStore, read_findings


def _better(a: Finding, b: Finding) -> Finding:
    """The record to keep of two of the same id."""
    if a.shrunk != b.shrunk:
        return a if a.shrunk else b
    return a if len(json.dumps(a.case)) <= len(json.dumps(b.case)) else b


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


def merge_summaries(summaries: list[dict[str, Any]], findings: list[Finding]) -> dict[str, Any]:
    examples: dict[str, int] = {}
    duplicates: dict[str, int] = {}
    for summary in summaries:
        for key, count in summary.get("examples", {}).items():
            examples[key] = examples.get(key, 0) + count
        for key, count in summary.get("duplicates", {}).items():
            duplicates[key] = duplicates.get(key, 0) + count
    duration = max((s.get("duration_s") or 0.0 for s in summaries), default=0.0)
    total = sum(examples.values())
    by_kind: dict[str, dict[str, int]] = {}
    for f in findings:
        by_kind.setdefault(f.kind, {"new": 0, "known": 0})[f.status] += 1
    used = sorted({b for s in summaries for b in s.get("backends", {}).get("used", [])})
    skipped = [k for s in summaries for k in s.get("backends", {}).get("skipped", [])]
    unique_skipped = [dict(t) for t in {tuple(sorted(k.items())) for k in skipped}]
    versions: dict[str, str] = {}
    for s in summaries:
        versions.update(s.get("versions", {}))
    stale = set.intersection(*(set(s.get("known_differences_unmatched", [])) for s in summaries)) if summaries else set()
    return {
        "started_at": min((s.get("started_at") or "" for s in summaries), default=""),
        "duration_s": duration,
        "interrupted": any(s.get("interrupted") for s in summaries),
        "seed": summaries[0].get("seed") if summaries else None,
        "examples": examples,
        "examples_total": total,
        "duplicates": duplicates,
        "examples_per_s": round(total / duration, 2) if duration else 0.0,
        "findings_by_kind": by_kind,
        "findings_total": len(findings),
        "new_findings": sorted(f.id for f in findings if f.status == "new"),
        "versions": versions,
        "backends": {"used": used, "skipped": unique_skipped},
        "merged_from": [s.get("shard") for s in summaries],
        "known_differences_unmatched": sorted(stale),
        # per shard's worker, and the run's waits, shrinks, replays and harness errors added up
        "workers": {f"shard {'/'.join(map(str, s.get('shard') or ['?']))}: {name}": w
                    for s in summaries for name, w in (s.get("workers") or {}).items()},
        "restart_s": round(sum(s.get("restart_s") or 0.0 for s in summaries), 2),
        "shrinking": {key: round(sum((s.get("shrinking") or {}).get(key, 0) for s in summaries), 2)
                      for key in ("shrinks", "shrunk", "seconds")},
        "replay_s": round(sum(s.get("replay_s") or 0.0 for s in summaries), 2),
        "harness_errors": sum(s.get("harness_errors") or 0 for s in summaries),
        "flaky_findings": sorted(f.id for f in findings if f.flaky),
    }


def merge_runs(directories: list[Path], out: Path, previous: Path | None = None) -> tuple[dict[str, Any], list[Finding]]:
    """Write `out/findings.jsonl`, `out/summary.json` and every report; returns (summary, findings)."""
    groups, summaries = [], []
    for directory in directories:
        findings = read_findings(Path(directory) / "findings.jsonl")
        groups.append(findings)
        summary_path = Path(directory) / "summary.json"
        summaries.append(json.loads(summary_path.read_text()) if summary_path.exists() else default_summary(findings))
    findings = merge_findings(groups)
    summary = merge_summaries(summaries, findings)
    if previous is not None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            summary["since_previous"] = compare_with_previous(findings, read_findings(Path(previous) / "findings.jsonl"))
    out.mkdir(parents=True, exist_ok=True)
    target = out / "findings.jsonl"
    if target.exists():
        target.unlink()
    with FindingStore(target) as store:
        for finding in findings:
            store.append(finding)
    (out / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=True), encoding="utf-8")
    return summary, build_reports(out, summary)
