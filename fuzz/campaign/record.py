"""Turn a checked violation into a stored `Finding`: its stable id, evidence and conditioning."""

from __future__ import annotations

import datetime as _dt
import platform
import re
from typing import Any

import numpy as np

from fuzz.execution.check import CheckResult
from fuzz.oracle.compare import CRASH_TYPES, Kind, Violation
from fuzz.model.finding import Evidence, Finding, signature
from fuzz.oracle.known import KnownDifference, facts


def versions(result: CheckResult | None = None) -> dict[str, str]:
    """Versions of everything that decides a result."""
    import hypothesis

    out = {"numpy": np.__version__, "python": platform.python_version(), "hypothesis": hypothesis.__version__}
    if result is not None:
        out.update(result.left.versions)
        out.update(result.right.versions)
    return out


def _message_stem(message: str) -> str:
    """An error message without its numbers and quoted values, so one check has one id."""
    stem = re.sub(r"[-+]?\d[\d.e+-]*", "#", message)
    stem = re.sub(r"torch\.Size\(\[[^\]]*\]\)", "#", stem)
    return stem[:80]


def finding_id(violation: Violation, result: CheckResult, backend: str, known: KnownDifference | None) -> str:
    """The same defect gets the same id: coarse facts only, never values or shapes."""
    fact = facts(violation, result.case, backend)
    if known is not None:
        features: dict[str, Any] = {"known": known.id}
    elif violation.kind in (Kind.CRASH, Kind.TIMEOUT):
        # a worker that died or hung: which side, and how (the signal or the fault), is the defect;
        # the dtype or shape of the case that met it are not (one planted segfault, one finding)
        crashed = next((e for e in violation.errors if e is not None and e.type in CRASH_TYPES), None)
        features = {"blamed": fact["blamed"], "error_type": crashed.type if crashed else "",
                    "error": _message_stem(crashed.message if crashed else "")}
    else:
        vpc = fact["values_per_channel"]
        features = {
            "blamed": fact["blamed"],
            "dtype": fact["dtype"],
            "param_dtype": fact["param_dtype"],
            "batch_statistics": fact["batch_statistics"],
            "values_per_channel": "0" if vpc == 0 else "1" if vpc == 1 else "many",
            "valid_use": fact["valid_use"],
            "nonfinite_input": fact["nonfinite_input"],
            "rejected_by": fact["rejected_by"],
            "error_type": fact["error_type"],
            "error": _message_stem(fact["error_message"]),
        }
    return signature(violation.kind.value, violation.frameworks, backend, features)


def _evidence(violation: Violation, result: CheckResult) -> tuple[Evidence, float, float]:
    """Values of both frameworks and the reference at the worst element, and the max errors."""
    comparisons = [c for c in violation.versus_reference if c is not None] or ([violation.pair] if violation.pair else [])
    if not comparisons or violation.step is None or violation.pair is None:
        return Evidence(), 0.0, 0.0
    worst = max(comparisons, key=lambda c: c.ratio)
    index = worst.ratio_at
    quantity = violation.pair.quantity

    def value(outcome: Any) -> float | None:
        if violation.step >= len(outcome.steps):  # type: ignore[operator]
            return None
        array = outcome.steps[violation.step].get(quantity)
        if array is None or array.size == 0 or len(index) != array.ndim:
            return None
        return float(array[index])

    evidence = Evidence(index, value(result.left), value(result.right), value(result.reference))
    return evidence, max(c.max_abs for c in comparisons), max(c.max_rel for c in comparisons)


def conditioning(result: CheckResult, step: int | None) -> float:
    """max over channels of (max|x| + |mean|) / sqrt(var + eps) of the failing step (1 if unknown)."""
    if step is None or step >= len(result.reference.steps):
        return 1.0
    ref = result.reference.steps[step]
    if ref.norm_mean is None or ref.norm_var is None or not isinstance(result.case.eps, float):
        return 1.0
    x = result.case.steps[step].input.generate(result.case.shape, result.case.dtype).astype(np.float64)
    if x.size == 0:
        return 1.0
    axes = (0,) if x.ndim == 2 else (0, 2)
    with np.errstate(all="ignore"):
        cond = (np.abs(x).max(axis=axes) + np.abs(ref.norm_mean)) / np.sqrt(np.maximum(ref.norm_var, 0) + result.case.eps)
    cond = cond[np.isfinite(cond)]
    return float(cond.max()) if cond.size else 1.0


def make_finding(violation: Violation, result: CheckResult, *, backend: str, known: KnownDifference | None,
                 property_name: str, shrunk: bool = False) -> Finding:
    evidence, max_abs, max_rel = _evidence(violation, result)
    left, right = violation.frameworks
    blamed = {"blame_left": left, "blame_right": right}.get(violation.verdict.value, "none")
    tolerance = violation.pair.tolerance.to_json() if violation.pair is not None else {}
    if violation.versus_reference[0] is not None:
        tolerance = violation.versus_reference[0].tolerance.to_json()
    return Finding(
        id=finding_id(violation, result, backend, known),
        kind=violation.kind.value,
        frameworks=violation.frameworks,
        backend=backend,
        case=result.case.to_json(),
        case_summary=result.case.describe(),
        step=violation.step,
        max_abs_error=max_abs,
        max_rel_error=max_rel,
        ratio=violation.ratio,
        tolerance=tolerance,
        verdict=violation.verdict.value,
        blamed=blamed,
        status="known" if known else "new",
        versions=versions(result),
        property=property_name,
        known_id=known.id if known else None,
        known_reason=known.reason if known else None,
        known_source=known.source if known else None,
        classification=known.classification if known else None,
        errors=tuple(e.to_json() if e else None for e in violation.errors),  # type: ignore[arg-type]
        evidence=evidence,
        conditioning=conditioning(result, violation.step),
        found_at=_dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        shrunk=shrunk,
    )


def crash_finding(case_json: dict, summary: str, kind: Kind, message: str, *, frameworks: tuple[str, str], backend: str,
                  property_name: str) -> Finding:
    """A finding for a case that crashed or hung the harness or a framework."""
    return Finding(
        id=signature(kind.value, frameworks, backend, {"error": _message_stem(message)}),
        kind=kind.value, frameworks=frameworks, backend=backend, case=case_json, case_summary=summary, step=None,
        max_abs_error=0.0, max_rel_error=0.0, ratio=float("inf"), tolerance={}, verdict="not_judged", blamed="none",
        status="new", versions=versions(), property=property_name,
        errors=({"type": kind.value, "message": message[:500], "phase": "forward", "step": None}, None),
        found_at=_dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
    )


def reproduces(finding: Finding, checker: Any) -> bool:
    """Does the finding's stored case alone show the same finding id again on `checker`?"""
    return replay_status(finding, checker)[0] == "reproduces"


def replay_status(finding: Finding, checker: Any) -> tuple[str, str | None]:
    """Replay a stored finding: ("reproduces", None) when the same id shows again; ("known", entry)
    when a violation of its kind shows but the known-differences list now covers it; ("gone", None)."""
    from fuzz.model.case import Case

    result = checker.check(Case.from_json(finding.case))
    pairs = [(v, None) for v in result.new] + list(result.known)
    if any(finding_id(v, result, finding.backend, k) == finding.id for v, k in pairs):
        return "reproduces", finding.known_id
    for violation, entry in result.known:
        if violation.kind.value == finding.kind:
            return "known", entry.id
    return "gone", None
