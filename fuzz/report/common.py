"""What every report format says, computed once: finding rows, verdicts in words, the repro command."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from fuzz.model.finding import Finding

NO_NUMBERS = ("error_parity", "crash", "timeout")  # kinds whose finding is an error, not a value
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def printable(value: Any) -> str:
    """Control characters (ANSI colours in error messages, NUL) as visible \\xNN escapes: raw, they
    make the file binary to grep and invalid as XML."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))


def case_json(case: dict[str, Any]) -> str:
    """The case as JSON with one line per field (and per step): indent=1 would put every input value
    on its own line, hundreds of lines for one case."""
    lines = []
    for key, value in sorted(case.items()):
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            inner = ",\n".join(f"  {json.dumps(v, sort_keys=True)}" for v in value)
            lines.append(f" {json.dumps(key)}: [\n{inner}\n ]")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, sort_keys=True)}")
    return "{\n" + ",\n".join(lines) + "\n}" if lines else "{}"


VERDICTS = {
    "blame_left": "the float64 reference blames {left}",
    "blame_right": "the float64 reference blames {right}",
    "pair_only": "the frameworks disagree where the reference has no value",
    "ill_conditioned": "both are off the reference by a similar factor (ill-conditioned input)",
    "not_judged": "acceptance differs (nothing numeric to judge)",
    "agree": "both agree with the reference",
}


def verdict_words(finding: Finding) -> str:
    left, right = finding.frameworks
    return VERDICTS.get(finding.verdict, finding.verdict).format(left=left, right=right)


def number(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    if isinstance(value, float) and not math.isfinite(value):
        return "inf" if value > 0 else ("-inf" if value < 0 else "nan")
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def repro_command(finding: Finding) -> str:
    return f"python repro/{finding.id}.py"


def ordered(findings: list[Finding]) -> list[Finding]:
    """New findings first, then by kind, then worst ratio first."""
    def key(f: Finding) -> tuple:
        ratio = f.ratio if math.isfinite(f.ratio) else 1e308
        return (f.status != "new", f.kind, -ratio)
    return sorted(findings, key=key)


def error_line(error: dict[str, Any] | None, name: str) -> str:
    if not error:
        return f"{name}: accepted"
    step = f" of step {error.get('step')}" if error.get("step") is not None else ""
    return f"{name}: raised {error.get('type')} in {error.get('phase')}{step}: {error.get('message')}"


def headline(summary: dict[str, Any], findings: list[Finding]) -> list[tuple[str, str]]:
    new = sum(1 for f in findings if f.status == "new")
    examples = summary.get("examples") or {}
    rows = [
        ("started", str(summary.get("started_at") or "-")),
        ("duration", f"{number(summary.get('duration_s'))} s" + (" (interrupted)" if summary.get("interrupted") else "")),
        ("examples", f"{sum(examples.values())} ({number(summary.get('examples_per_s'))}/s)"),
        ("findings", f"{len(findings)} ({new} new, {len(findings) - new} known)"),
        ("seed", str(summary.get("seed")) + ("" if summary.get("seed_given", True) else " (from the clock)")),
        ("versions", ", ".join(f"{k} {v}" for k, v in sorted((summary.get("versions") or {}).items()))),
        ("backends used", ", ".join((summary.get("backends") or {}).get("used", [])) or "-"),
    ]
    flaky = sum(1 for f in findings if f.flaky)
    if flaky:
        rows.append(("flaky", f"{flaky} findings shown by their stored case in fewer than all replays"))
    shrinking = summary.get("shrinking") or {}
    if shrinking.get("shrinks"):
        rows.append(("shrinking", f"{shrinking.get('shrunk', 0)} of {shrinking['shrinks']} shrinks ended with a "
                                  f"shrunk case, {number(shrinking.get('seconds'))} s"))
    restarts = sum(w.get("restarts", 0) for w in (summary.get("workers") or {}).values())
    if restarts:
        rows.append(("worker restarts", f"{restarts} after crashes, hangs or memory faults; "
                                        f"{number(summary.get('restart_s'))} s waited for them"))
    if summary.get("harness_errors"):
        rows.append(("harness errors", f"{summary['harness_errors']} (each a crash finding with its traceback)"))
    for skipped in (summary.get("backends") or {}).get("skipped", []):
        rows.append(("skipped", f"{skipped.get('pairing') or skipped.get('backend')}: {skipped.get('reason')}"))
    if summary.get("note"):
        rows.append(("note", str(summary["note"])))
    return rows
