"""Outcomes -> comparisons and violations.  Pure: no text, no I/O.

For every step both sides completed and every quantity both report, one `Comparison` is made for
each framework against the float64 reference, and one framework against framework unless both are
within tolerance of the reference (then it could not change the verdict).  Values are compared
only where both sides are finite; where NaN/+Inf/-Inf positions differ, the comparison counts them
(`nonfinite_mismatched`) and a NaN-parity violation is raised for the framework pair.
Whether both frameworks accept or reject the case is compared too (error parity), and when both
reject, whether their exception classes correspond (`fuzz/model/mapping.py`, error class).  Each
side's whole state is checked against its own documentation (`fuzz/oracle/state_check.py`).  Where a
quantity makes no value finding, the precision tier asks whether one side is several times less
accurate than the other (`fuzz/oracle/precision.py`): one precision finding per quantity, at its
first step.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import numpy as np
from numpy.typing import NDArray

from fuzz.model.case import Case
from fuzz.model.mapping import exceptions_correspond
from fuzz.model.outcome import Outcome
from fuzz.model.vocabulary import QUANTITY_KIND, Kind, Quantity, Verdict
from fuzz.oracle.comparison import CaseComparison, Comparison, Violation
from fuzz.oracle.precision import judge_precision
from fuzz.oracle.state_check import check_state
from fuzz.oracle.tolerance import Tolerance, case_tolerances
from fuzz.oracle.verdict import judge


def _index(flat: int, shape: tuple[int, ...]) -> tuple[int, ...]:
    """np.unravel_index for one position, in plain Python (a few microseconds cheaper per call)."""
    out = []
    for size in reversed(shape):
        flat, rest = divmod(flat, size)
        out.append(rest)
    return tuple(reversed(out))


def compare_arrays(actual: NDArray[Any], expected: NDArray[Any], tolerance: Tolerance, *, quantity: Quantity,
                   step: int, actual_name: str, expected_name: str) -> Comparison:
    """Compare two arrays element by element under `tolerance` (the torch.testing rule).

    NaN/Inf positions are judged after rounding `expected` to `actual`'s dtype: a float64 reference
    value beyond float16's range is Inf in float16, and an implementation that says so is right.
    """
    made = partial(Comparison, quantity=quantity, step=step, actual=actual_name, expected=expected_name,
                   tolerance=tolerance)
    if actual.shape != expected.shape:
        return made(total=int(expected.size), mismatched=int(expected.size), max_abs=float("inf"),
                    max_abs_at=(), max_rel=float("inf"), max_rel_at=(), ratio=float("inf"), ratio_at=(),
                    shape_note=f"shape {actual.shape} where {expected.shape} was expected")
    if actual.size == 0:
        return made(total=0, mismatched=0, max_abs=0.0, max_abs_at=(), max_rel=0.0, max_rel_at=(), ratio=0.0,
                    ratio_at=())
    a = actual.astype(np.float64, copy=False)
    e = expected.astype(np.float64, copy=False)
    with np.errstate(all="ignore"):
        diff = np.abs(a - e)
        abs_e = np.abs(e)
        # the common case, nothing to mask: a finite difference means both sides are finite, and the
        # reference must also be representable in the actual's dtype (else it rounds to Inf there)
        if np.isfinite(diff).all() and (actual.dtype == expected.dtype or (
                actual.dtype.kind == "f" and abs_e.max() <= np.finfo(actual.dtype).max)):
            nonfinite_mismatched = 0
            rel = diff / abs_e  # x/0 is Inf (a nonzero error on an exact zero), 0/0 NaN (no error)
            rel[np.isnan(rel)] = 0.0
            ratio = diff / tolerance.allowed_for_magnitude(abs_e)
        else:
            if actual.dtype != expected.dtype:  # Inf where the reference overflows the actual's dtype
                rounded = expected.astype(actual.dtype).astype(np.float64)
                e = np.where(np.isfinite(rounded), e, rounded)
            fin_a, fin_e = np.isfinite(a), np.isfinite(e)
            same_nonfinite = ((np.isnan(a) == np.isnan(e)) & ((a == np.inf) == (e == np.inf))
                              & ((a == -np.inf) == (e == -np.inf)))
            nonfinite_mismatched = int(np.count_nonzero(~same_nonfinite))
            both = fin_a & fin_e
            diff = np.where(both, np.abs(a - e), 0.0)  # (recomputed: e may have been rounded to Inf)
            rel = np.where(both & (e != 0), diff / np.abs(e), np.where(both & (diff > 0), np.inf, 0.0))
            ratio = np.where(both, diff / tolerance.allowed(np.where(both, e, 0.0)), 0.0)
    worst_abs, worst_rel, worst_ratio = int(np.argmax(diff)), int(np.argmax(rel)), int(np.argmax(ratio))
    return made(
        total=int(a.size),
        mismatched=int(np.count_nonzero(ratio > 1)),
        max_abs=float(diff.flat[worst_abs]),
        max_abs_at=_index(worst_abs, a.shape),
        max_rel=float(rel.flat[worst_rel]),
        max_rel_at=_index(worst_rel, a.shape),
        ratio=float(ratio.flat[worst_ratio]),
        ratio_at=_index(worst_ratio, a.shape),
        nonfinite_mismatched=nonfinite_mismatched,
        values_at_ratio=(float(a.flat[worst_ratio]), float(e.flat[worst_ratio])),
    )


def _judge_precision(case: Case, index: int, quantity: Quantity, a: NDArray[Any], b: NDArray[Any],
                     r: NDArray[Any], tolerance: Tolerance, names: tuple[str, str],
                     vs_ref: tuple[Comparison | None, Comparison | None], violations: list[Violation],
                     pair: Comparison | None = None) -> None:
    """Add the precision finding of `quantity` at step `index` (`judge_precision`), unless the quantity
    already has a value or precision finding in this case (an earlier step's error is inherited)."""
    value_kind = QUANTITY_KIND[quantity]
    if any(v.kind is value_kind or (v.kind is Kind.PRECISION and v.precision is not None
                                    and v.precision.quantity == quantity.value) for v in violations):
        return
    evidence = judge_precision(case, index, quantity, a, b, r, tolerance)
    if evidence is None:
        return
    if pair is None:
        pair = compare_arrays(a, b, tolerance.doubled(), quantity=quantity, step=index, actual_name=names[0],
                              expected_name=names[1])
    verdict = Verdict.BLAME_LEFT if evidence.blamed_side == "left" else Verdict.BLAME_RIGHT
    violations.append(Violation(Kind.PRECISION, index, names, pair, vs_ref, verdict, precision=evidence))


def compare_case(case: Case, left: Outcome, right: Outcome, reference: Outcome,
                 names: tuple[str, str] | None = None, backend: str = "cpu",
                 tolerances: list[dict[Quantity, Tolerance]] | None = None) -> CaseComparison:
    """Compare two frameworks' outcomes with each other and with the reference.

    names: how to call the two sides (default: their targets; `torch.nn@cuda` style when one
    framework is paired with itself on two devices).  tolerances: `case_tolerances(case,
    reference.steps, backend)` when the caller has already computed them (while workers ran).
    """
    names = names or (left.target, right.target)
    faults = (left.fault, right.fault)
    if any(faults):
        # the side whose worker died or hung is the one to blame (both: nobody in particular)
        kind = left.fault or right.fault
        assert kind is not None
        verdict = Verdict.NOT_JUDGED if all(faults) else Verdict.BLAME_LEFT if faults[0] else Verdict.BLAME_RIGHT
        fault = Violation(kind, None, names, verdict=verdict, errors=(left.error, right.error))
        return CaseComparison(violations=(fault,))
    if left.unmappable or right.unmappable:
        unmappable = left.error or right.error
        assert unmappable is not None  # an unmappable outcome carries its error
        return CaseComparison(notes=(f"unmappable: {unmappable.message}",))
    violations: list[Violation] = []
    if left.rejected != right.rejected:
        rejection = left.error or right.error
        assert rejection is not None  # a rejected outcome carries its error
        violations.append(Violation(Kind.ERROR_PARITY, rejection.step, names, errors=(left.error, right.error)))
    elif left.rejected and right.rejected and left.error is not None and right.error is not None:
        # both reject: a porter's `except` clause catches the port's exception only if the classes correspond
        if not exceptions_correspond(left.error.type, right.error.type):
            step = left.error.step if left.error.step is not None else right.error.step
            violations.append(Violation(Kind.ERROR_CLASS, step, names, errors=(left.error, right.error)))
    if tolerances is None:
        tolerances = case_tolerances(case, reference.steps, backend)
    comparisons: list[Comparison] = []
    shared_steps = min(len(left.steps), len(right.steps))
    for index in range(shared_steps):
        ref_step = reference.steps[index] if index < len(reference.steps) else None
        tol = tolerances[index] if index < len(tolerances) else None
        for quantity in Quantity:
            a, b = left.steps[index].get(quantity), right.steps[index].get(quantity)
            if a is None or b is None:
                continue
            r = ref_step.get(quantity) if ref_step is not None else None
            if tol is None or quantity not in tol:
                continue  # no reference for this step: nothing to scale a tolerance by
            t = tol[quantity]
            vs_ref: tuple[Comparison | None, Comparison | None] = (None, None)
            if r is not None:
                left_ref = compare_arrays(a, r, t, quantity=quantity, step=index, actual_name=names[0],
                                          expected_name="reference")
                right_ref = compare_arrays(b, r, t, quantity=quantity, step=index, actual_name=names[1],
                                           expected_name="reference")
                if left_ref.ok and right_ref.ok and a.dtype == b.dtype:
                    # Both within tolerance of the reference, NaN/Inf where it has them: the verdict is
                    # `agree` and, in one dtype, both have the same NaN/Inf pattern, so the pair
                    # comparison could not change anything.  A third of the comparing time, saved.
                    comparisons.extend((left_ref, right_ref))
                    _judge_precision(case, index, quantity, a, b, r, t, names, (left_ref, right_ref), violations)
                    continue
                vs_ref = (left_ref, right_ref)
            pair = compare_arrays(a, b, t.doubled(), quantity=quantity, step=index, actual_name=names[0],
                                  expected_name=names[1])
            comparisons.append(pair)
            comparisons.extend(c for c in vs_ref if c is not None)
            if pair.nonfinite_mismatched and not any(v.kind is Kind.NAN_PARITY for v in violations):
                violations.append(Violation(Kind.NAN_PARITY, index, names, pair, vs_ref, judge(pair, vs_ref)))
            verdict = judge(pair, vs_ref)
            if pair.nonfinite_mismatched:
                continue  # NaN/Inf in different places is the NaN-parity finding, not a second value finding
            if verdict.is_violation and not any(v.kind is QUANTITY_KIND[quantity] for v in violations):
                # only the first step a quantity goes wrong in: later steps inherit the error
                violations.append(Violation(QUANTITY_KIND[quantity], index, names, pair, vs_ref, verdict))
            elif r is not None and not verdict.is_violation:
                _judge_precision(case, index, quantity, a, b, r, t, names, vs_ref, violations, pair)
    violations.extend(check_state(case, left, right, names))
    return CaseComparison(tuple(comparisons), tuple(violations))
