"""What every report format says, computed once: finding rows, verdicts in words, the repro command."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from fuzz.campaign.summary import RunSummary
from fuzz.model.case import Case
from fuzz.model.finding import Finding
from fuzz.model.numbers import encode_float
from fuzz.model.outcome import ErrorInfo
from fuzz.model.vocabulary import Verdict

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def printable(value: Any) -> str:
    """Control characters (ANSI colours in error messages, NUL) as visible \\xNN escapes: raw, they
    make the file binary to grep and invalid as XML."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))


def case_json(case: Case | None) -> str:
    """The case as JSON with one line per field (and per step): indent=1 would put every input value
    on its own line, hundreds of lines for one case."""
    lines = []
    for key, value in sorted((case.to_json() if case is not None else {}).items()):
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            inner = ",\n".join(f"  {json.dumps(v, sort_keys=True)}" for v in value)
            lines.append(f" {json.dumps(key)}: [\n{inner}\n ]")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, sort_keys=True)}")
    return "{\n" + ",\n".join(lines) + "\n}" if lines else "{}"


VERDICTS = {
    Verdict.BLAME_LEFT: "the float64 reference blames {left}",
    Verdict.BLAME_RIGHT: "the float64 reference blames {right}",
    Verdict.PAIR_ONLY: "the frameworks disagree where the reference has no value",
    Verdict.ILL_CONDITIONED: "both are off the reference by a similar factor (ill-conditioned input)",
    Verdict.NOT_JUDGED: "acceptance differs (nothing numeric to judge)",
    Verdict.AGREE: "both agree with the reference",
}
assert set(VERDICTS) == set(Verdict)


def verdict_words(finding: Finding) -> str:
    left, right = finding.frameworks
    return VERDICTS[finding.verdict].format(left=left, right=right)


def number(value: Any) -> str:
    """A number for a report: 4 significant digits, NaN/Inf as stored ('nan', 'inf', '-inf'), None as '-'."""
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    if isinstance(value, float) and not math.isfinite(value):
        return str(encode_float(value))
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def repro_script_command(finding: Finding) -> str:
    """The command that runs the finding's standalone repro script (written beside the report)."""
    return f"python repro/{finding.id}.py"


def ordered(findings: list[Finding]) -> list[Finding]:
    """New findings first, then by kind, then worst ratio first."""
    def key(f: Finding) -> tuple[bool, str, float]:
        ratio = f.ratio if math.isfinite(f.ratio) else 1e308
        return (not f.is_new, f.kind.value, -ratio)
    return sorted(findings, key=key)


def error_line(error: ErrorInfo | None, name: str) -> str:
    if error is None:
        return f"{name}: accepted"
    step = f" of step {error.step}" if error.step is not None else ""
    return f"{name}: raised {error.type} in {error.phase.value}{step}: {error.message}"


UNMAPPABLE_NOTE = ("Cases a target cannot express faithfully: nothing of them is compared, each is counted here, "
                   "and the value was also handed to the target as it is, which is what a porter tries first.")


def headline(summary: RunSummary, findings: list[Finding]) -> list[tuple[str, str]]:
    new = sum(1 for f in findings if f.is_new)
    rows = [
        ("started", summary.started_at or "-"),
        ("duration", f"{number(summary.duration_s)} s" + (" (interrupted)" if summary.interrupted else "")),
        ("examples", f"{summary.examples_total} ({number(summary.examples_per_s)}/s)"),
        ("findings", f"{len(findings)} ({new} new, {len(findings) - new} known)"),
        ("seed", str(summary.seed) + ("" if summary.seed_given else " (from the clock)")),
        ("versions", ", ".join(f"{k} {v}" for k, v in sorted(summary.versions.items()))),
        ("backends used", ", ".join(summary.backends_used) or "-"),
    ]
    flaky = sum(1 for f in findings if f.flaky)
    if flaky:
        rows.append(("flaky", f"{flaky} findings shown by their stored case in fewer than all replays"))
    shrinking = summary.shrinking
    if shrinking.shrinks:
        rows.append(("shrinking", f"{shrinking.shrunk} of {shrinking.shrinks} shrinks ended with a "
                                  f"shrunk case, {number(shrinking.seconds)} s"))
    if summary.restarts:
        rows.append(("worker restarts", f"{summary.restarts} after crashes, hangs or memory faults; "
                                        f"{number(summary.restart_s)} s waited for them"))
    if summary.unmappable:
        cases = sum(u.count for u in summary.unmappable.values())
        rows.append(("unmappable", f"{cases} cases of {len(summary.unmappable)} reasons (listed, never dropped)"))
    if summary.harness_errors:
        rows.append(("harness errors", f"{summary.harness_errors} (each a crash finding with its traceback)"))
    for skipped in summary.backends_skipped:
        rows.append(("skipped", f"{skipped.get('pairing') or skipped.get('backend')}: {skipped.get('reason')}"))
    if summary.note:
        rows.append(("note", summary.note))
    return rows


