"""Turn a checked violation into a stored `Finding`: its stable id, evidence and conditioning."""

from __future__ import annotations

import datetime as _dt
import platform
import re
from typing import Any

import numpy as np

from fuzz.execution.check import Checker, CheckResult
from fuzz.model.case import Case
from fuzz.model.finding import Evidence, Finding, ToleranceRecord, signature
from fuzz.model.outcome import ErrorInfo, Outcome, Phase
from fuzz.model.vocabulary import Kind, ReplayStatus, Status, Verdict
from fuzz.oracle.comparison import Violation
from fuzz.oracle.known import KnownDifference, facts
from fuzz.oracle.tolerance import Tolerance, channel_abs_max, channel_conditioning


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
    fact = facts(violation, result.case, backend, result.reference)
    if known is not None:
        features: dict[str, Any] = {"known": known.id}
    elif violation.kind.is_fault:
        # a worker that died or hung: which side, and how (the signal or the fault), is the defect;
        # the dtype or shape of the case that met it are not (one planted segfault, one finding)
        faulted = result.left if result.left.fault is not None else result.right
        crashed = faulted.error if faulted.fault is not None else None
        features = {"blamed": fact["blamed_target"], "error_type": crashed.type if crashed else "",
                    "error": _message_stem(crashed.message if crashed else "")}
    else:
        vpc = fact["values_per_channel"]
        features = {
            "blamed": fact["blamed_target"],
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
        if violation.kind is Kind.ERROR_CLASS:  # which class the port raises where torch raises its own
            features["right_error_type"] = fact["right_error_type"]
        if violation.kind is Kind.STATE:
            # which side's entry and how it departs is the defect; the case's dtype, shape or how its
            # initial values were set are not (one planted counter defect, one or two ids, not eight)
            features = {"blamed": fact["blamed_target"], **{k: fact[k] for k in ("state_side", "state_name",
                                                                                  "state_change")}}
        if violation.kind is Kind.PRECISION:
            # which side is less accurate, in which quantity and by which measure is the defect; the
            # case's dtype and shape are not (one planted one-pass variance, one or two ids)
            features = {"blamed": fact["blamed_target"], **{k: fact[k] for k in ("quantity", "precision_criterion",
                                                                                  "batch_statistics")}}
        if violation.kind is Kind.METAMORPHIC:
            # which side breaks which relation in which quantity is the defect (a follow-up the side
            # rejected: `status`); the case's dtype and shape are not
            features = {"blamed": fact["blamed_target"], "relation": result.case.relation or "",
                        "quantity": violation.pair.quantity.value if violation.pair is not None else "status"}
    return signature(violation.kind, violation.frameworks, backend, features)


def _evidence(violation: Violation, result: CheckResult) -> tuple[Evidence, float, float]:
    """Values of both frameworks and the reference at the worst element, and the max errors."""
    comparisons = ([c for c in violation.versus_reference if c is not None]
                   or ([violation.pair] if violation.pair else []))
    if not comparisons or violation.step is None or violation.pair is None:
        return Evidence(), 0.0, 0.0
    if violation.kind is Kind.METAMORPHIC:
        # one side against itself: its value and the one the relation expects are the comparison's,
        # not in the source case's outcomes read below; the blamed side's column holds its value
        pair = violation.pair
        actual, expected = pair.values_at_ratio if pair.values_at_ratio is not None else (None, None)
        left = actual if violation.verdict is Verdict.BLAME_LEFT else None
        right = actual if violation.verdict is Verdict.BLAME_RIGHT else None
        return Evidence(pair.ratio_at, left, right, expected), pair.max_abs, pair.max_rel
    step = violation.step
    worst = max(comparisons, key=lambda c: c.ratio)
    index = worst.ratio_at
    quantity = violation.pair.quantity

    def value(outcome: Outcome) -> float | None:
        if step >= len(outcome.steps):
            return None
        array = outcome.steps[step].get(quantity)
        if array is None or array.size == 0 or len(index) != array.ndim:
            return None
        return float(array[index])

    evidence = Evidence(index, value(result.left), value(result.right), value(result.reference))
    return evidence, max(c.max_abs for c in comparisons), max(c.max_rel for c in comparisons)


def conditioning(result: CheckResult, step: int | None) -> float:
    """The worst finite channel conditioning of the failing step (`channel_conditioning`; 1 if unknown)."""
    if step is None or step >= len(result.reference.steps):
        return 1.0
    ref = result.reference.steps[step]
    if ref.norm_mean is None or ref.norm_var is None or not isinstance(result.case.eps, float):
        return 1.0
    x = result.case.steps[step].input.generate(result.case.shape, result.case.dtype).astype(np.float64)
    if x.size == 0:
        return 1.0
    with np.errstate(all="ignore"):
        cond = channel_conditioning(channel_abs_max(x), ref.norm_mean, ref.norm_var, result.case.eps)
    cond = cond[np.isfinite(cond)]
    return float(cond.max()) if cond.size else 1.0


def _tolerance(tolerance: Tolerance) -> ToleranceRecord:
    data = tolerance.to_json()
    return ToleranceRecord(str(data["rule"]), float(data["rtol"]), float(data["atol_min"]), float(data["atol_max"]))


def make_finding(violation: Violation, result: CheckResult, *, backend: str, known: KnownDifference | None,
                 property_name: str, shrunk: bool = False) -> Finding:
    evidence, max_abs, max_rel = _evidence(violation, result)
    left, right = violation.frameworks
    blamed = {Verdict.BLAME_LEFT: left, Verdict.BLAME_RIGHT: right}.get(violation.verdict, "none")
    judged = violation.versus_reference[0] or violation.pair
    return Finding(
        id=finding_id(violation, result, backend, known),
        kind=violation.kind,
        frameworks=violation.frameworks,
        backend=backend,
        case=result.case,
        case_summary=result.case.describe(),
        step=violation.step,
        max_abs_error=max_abs,
        max_rel_error=max_rel,
        ratio=violation.ratio,
        tolerance=_tolerance(judged.tolerance) if judged is not None else None,
        verdict=violation.verdict,
        blamed=blamed,
        status=Status.KNOWN if known else Status.NEW,
        versions=versions(result),
        property=property_name,
        conventions=(result.left.convention, result.right.convention),
        known_id=known.id if known else None,
        known_reason=known.reason if known else None,
        known_source=known.source if known else None,
        classification=known.classification if known else None,
        errors=violation.errors,
        evidence=evidence,
        conditioning=conditioning(result, violation.step),
        found_at=_dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        shrunk=shrunk,
        state=violation.state,
        precision=violation.precision,
    )


def crash_finding(case: Case | None, summary: str, kind: Kind, message: str, *, frameworks: tuple[str, str],
                  backend: str, property_name: str) -> Finding:
    """A finding for a case that crashed or hung the harness or a framework (None: outside any case)."""
    return Finding(
        id=signature(kind, frameworks, backend, {"error": _message_stem(message)}),
        kind=kind, frameworks=frameworks, backend=backend, case=case, case_summary=summary, step=None,
        max_abs_error=0.0, max_rel_error=0.0, ratio=float("inf"), tolerance=None, verdict=Verdict.NOT_JUDGED,
        blamed="none", status=Status.NEW, versions=versions(), property=property_name,
        errors=(ErrorInfo(kind.value, message[:500], Phase.FORWARD), None),
        found_at=_dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
    )


def reproduces(finding: Finding, checker: Checker) -> bool:
    """Does the finding's stored case alone show the same finding id again on `checker`?"""
    return replay_status(finding, checker)[0] is ReplayStatus.REPRODUCES


def replay_status(finding: Finding, checker: Checker) -> tuple[ReplayStatus, str | None]:
    """Replay a stored finding: (REPRODUCES, its known entry or None) when the same id shows again;
    (KNOWN, entry) when a violation of its kind shows but the known-differences list now covers it;
    (GONE, None) otherwise, also for a finding without a case."""
    if finding.case is None:
        return ReplayStatus.GONE, None
    result = checker.check(finding.case)
    pairs = [(v, None) for v in result.new] + list(result.known)
    if any(finding_id(v, result, finding.backend, k) == finding.id for v, k in pairs):
        return ReplayStatus.REPRODUCES, finding.known_id
    for violation, entry in result.known:
        if violation.kind is finding.kind:
            return ReplayStatus.KNOWN, entry.id
    return ReplayStatus.GONE, None
