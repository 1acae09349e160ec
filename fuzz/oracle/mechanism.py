"""Facts of a case that explain how a difference arises (its mechanism), read from the case alone.

A finding's symptoms (its kind, which side a verdict blamed, the exact eps) vary from one
manifestation of a defect to the next; the conditions that make the defect fire do not: an empty
batch, a channel of one value, an eps that rounds to 0 in the dtype, a large offset over a small
spread.  Reports group findings into defects by these facts (fuzz/report/defects.py), and each has
a name and the words a report shows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from fuzz.model.case import Case, InputSpec, is_real_number
from fuzz.model.outcome import Outcome
from fuzz.model.relations import batch_stats_step
from fuzz.oracle.precision import constant_channels
from fuzz.oracle.reference import ReferenceAdapter

#: an offset this many spreads from zero makes a one-pass variance cancel in float32
LARGE_OFFSET = 1e3

#: a channel whose largest deviations, this share of its values (at least one), carry at least
#: half its sum of squared deviations: a sequential reduction there rounds every later value against
#: the outliers' square, losing about n ulps of the variance
OUTLIER_SHARE = 0.01

#: facts that only combine others (an entry's shorthand), left out of the words a report shows
DERIVED = frozenset({"ill_conditioned_variance"})

#: fact name -> what it means, in the words a report shows
FACT_WORDS: dict[str, str] = {
    "empty_batch": "an empty batch (no value per channel)",
    "one_value_per_channel": "one value per channel",
    "three_d_input": "an (N, C, L) input",
    "constant_in_dtype": "a channel of one value in the dtype (exactly, or rounded together) normalised with "
                         "batch statistics",
    "eps_underflows": "eps rounds to 0 in the computation's dtype",
    "mixed_dtypes": "parameters in another dtype than the input",
    "nonfinite_input": "NaN or Inf in the input",
    "large_offset": f"a large offset over a small spread (|mean| / std >= {LARGE_OFFSET:g})",
    "statistics_from_training": "running statistics that an earlier training step updated (what a later eval "
                                "step normalises with)",
    "statistics_from_large_offset": "running statistics that an earlier training step updated from a batch at a "
                                    "large offset (what a later eval step normalises with)",
    "outlier_dominated": f"a few outliers carry a channel's variance (its largest {OUTLIER_SHARE:.0%} of "
                         "deviations, half the sum of squares)",
    "ill_conditioned_variance": "a channel whose variance float32 loses digits on: a large offset, a few "
                                "outliers carrying it, or one value in the dtype (any of the three facts above)",
    "variance_overflows": "a channel's batch variance rounds to Inf in the case's least precise dtype (a step "
                          "with batch statistics)",
    "reference_overflows": "the float64 reference has a value beyond the finite range of the case's least "
                           "precise dtype",
    "invalid_use": "an argument of the wrong type or value",
}


@dataclass(frozen=True)
class Mechanism:
    """The facts of one case up to one step that hold (names from FACT_WORDS, in its order)."""

    facts: tuple[str, ...]

    def words(self) -> str:
        return "; ".join(FACT_WORDS[f] for f in self.facts if f not in DERIVED) or "no special input"


def offset_over_scale(spec: InputSpec) -> float:
    """How far a step's values sit from zero against their spread (0 for an input centred at 0)."""
    if spec.values is not None:
        finite = np.asarray([v for v in spec.values if math.isfinite(v)], dtype=np.float64)
        if finite.size < 2:
            return 0.0
        spread = float(finite.std())
        return float(abs(finite.mean()) / spread) if spread > 0 else math.inf if finite.mean() else 0.0
    if not math.isfinite(spec.offset) or not math.isfinite(spec.scale):
        return 0.0
    return abs(spec.offset) / spec.scale if spec.scale > 0 else math.inf if spec.offset else 0.0


def narrowest_dtype(case: Case) -> np.dtype[Any]:
    """The least precise float dtype the case computes in (its input's or its parameters')."""
    names = [case.dtype, case.param_dtype or case.dtype]
    dtypes = [np.dtype(n) for n in names if n in ("float16", "float32", "float64")]
    return min(dtypes, key=lambda d: np.finfo(d).bits) if dtypes else np.dtype(np.float32)


def outlier_dominated(x: np.ndarray[Any, Any]) -> bool:
    """Whether some channel of a 2-D or 3-D float input has its variance carried by a few outliers."""
    if x.ndim not in (2, 3) or x.dtype.kind != "f" or x.size == 0:
        return False
    with np.errstate(all="ignore"):
        values = np.moveaxis(x.astype(np.float64), 1, 0).reshape(x.shape[1], -1)
        finite = np.isfinite(values).all(axis=1)
        if not finite.any():
            return False
        values = values[finite]
        squares = (values - values.mean(axis=1, keepdims=True)) ** 2
        total = squares.sum(axis=1)
        k = max(1, int(values.shape[1] * OUTLIER_SHARE))
        top = -np.partition(-squares, k - 1, axis=1)[:, :k].sum(axis=1) if values.shape[1] > k else total
        return bool(((total > 0) & (top >= 0.5 * total) & (values.shape[1] > 2 * k)).any())


def variance_overflows(x: np.ndarray[Any, Any], dtype: np.dtype[Any]) -> bool:
    """Whether some channel of a 2-D or 3-D input has a finite (biased) variance that rounds to Inf in
    `dtype`: what a side that keeps the batch variance in that dtype for its backward reads."""
    if x.ndim not in (2, 3) or x.dtype.kind != "f" or x.shape[0] == 0:
        return False
    with np.errstate(all="ignore"):
        variance = x.astype(np.float64).var(axis=(0,) if x.ndim == 2 else (0, 2))
        return bool((np.isfinite(variance) & np.isinf(variance.astype(dtype))).any())


_REFERENCES: dict[str, Outcome] = {}


def _reference(case: Case) -> Outcome:
    """The float64 reference of `case`, kept for the last cases asked (reports ask once per finding)."""
    key = case.dumps()
    if key not in _REFERENCES:
        if len(_REFERENCES) >= 64:
            _REFERENCES.pop(next(iter(_REFERENCES)))
        _REFERENCES[key] = ReferenceAdapter().run(case)
    return _REFERENCES[key]


def reference_overflows(case: Case, last: int, reference: Outcome | None = None) -> bool:
    """Whether the float64 reference's values in steps up to `last` exceed the narrowest dtype's range."""
    if not case.is_valid_use or not case.shape:
        return False
    outcome = reference if reference is not None else _reference(case)
    limit = float(np.finfo(narrowest_dtype(case)).max)
    for step in outcome.steps[:last + 1]:
        for value in (step.output, step.running_mean, step.running_var, step.grad_input, step.grad_weight,
                      step.grad_bias):
            if value is None:
                continue
            with np.errstate(all="ignore"):
                magnitude = np.abs(np.asarray(value, dtype=np.float64))
            if ((magnitude > limit) & np.isfinite(magnitude)).any():
                return True
    return False


def channel_conditioning(case: Case, last: int) -> float:
    """The largest |mean| / std of a channel's values in the steps up to `last`, read from the
    generated inputs (inf for a channel of one nonzero value: its variance cancels entirely)."""
    worst = 0.0
    if len(case.shape) not in (2, 3) or case.values_per_channel < 2:
        return worst
    for step in case.steps[:last + 1]:
        try:
            x = step.input.generate(case.shape, case.dtype)
        except (ValueError, TypeError, OverflowError):
            continue
        if x.dtype.kind != "f":
            continue
        with np.errstate(all="ignore"):
            values = np.moveaxis(x.astype(np.float64), 1, 0).reshape(x.shape[1], -1)
            values = values[np.isfinite(values).all(axis=1)]
            if not values.size:
                continue
            mean, std = np.abs(values.mean(axis=1)), values.std(axis=1)
            ratio = np.where(std > 0, mean / np.where(std > 0, std, 1.0), np.where(mean > 0, np.inf, 0.0))
        worst = max(worst, float(ratio.max()))
    return worst


def error_over_cancellation(relative_error: float, case: Case, offset_over_scale: float) -> float:
    """A relative error in units of what a one-pass variance can lose to cancellation: the unit
    roundoff of the case's narrowest dtype times (|mean| / std)^2 (at least 1).  Well above 1, the
    cancellation at this offset does not explain the error; NaN when there is no error to measure."""
    if not math.isfinite(relative_error):
        return math.nan
    if math.isinf(offset_over_scale):
        return 0.0
    roundoff = float(np.finfo(narrowest_dtype(case)).eps) / 2
    return relative_error / (roundoff * max(1.0, offset_over_scale) ** 2)


def mechanism_of(case: Case, step: int | None, reference: Outcome | None = None) -> Mechanism:
    """The facts that hold for `case` in its steps up to `step` (all steps when None); `reference` is
    its float64 reference outcome where the caller has it (else it is computed here)."""
    last = len(case.steps) - 1 if step is None else max(0, min(step, len(case.steps) - 1))
    steps = case.steps[:last + 1]
    held: set[str] = set()
    if case.shape and case.values_per_channel == 0:
        held.add("empty_batch")
    if case.values_per_channel == 1:
        held.add("one_value_per_channel")
    if len(case.shape) == 3:
        held.add("three_d_input")
    if len(case.shape) in (2, 3) and case.values_per_channel > 1:  # a wrong-typed argument leaves the input as it is
        for s in range(last + 1):
            try:
                if constant_channels(case, s).any():
                    held.add("constant_in_dtype")
                    break
            except (ValueError, TypeError, OverflowError):  # an input the generator cannot build is no fact
                continue
    if is_real_number(case.eps):
        with np.errstate(all="ignore"):
            if float(case.eps) > 0 and narrowest_dtype(case).type(float(case.eps)) == 0:
                held.add("eps_underflows")
    if case.param_dtype and case.param_dtype != case.dtype:
        held.add("mixed_dtypes")
    if any(s.input.has_nonfinite for s in steps):
        held.add("nonfinite_input")
    if max((offset_over_scale(s.input) for s in steps), default=0.0) >= LARGE_OFFSET:
        held.add("large_offset")
    updating = case.track_running_stats is True and not (is_real_number(case.momentum) and float(case.momentum) == 0)
    training = case.training_steps
    updates = [s for s in range(last) if training[s]] if updating else []  # steps before this one
    if updates:
        held.add("statistics_from_training")
    if any(offset_over_scale(case.steps[s].input) >= LARGE_OFFSET for s in updates):
        held.add("statistics_from_large_offset")
    if len(case.shape) in (2, 3) and any(s.input.outliers or s.input.values is not None for s in steps):
        for taken in steps:
            try:
                if outlier_dominated(taken.input.generate(case.shape, case.dtype)):
                    held.add("outlier_dominated")
                    break
            except (ValueError, TypeError, OverflowError):
                continue
    if len(case.shape) in (2, 3):
        narrowest = narrowest_dtype(case)
        for s in (s for s in range(last + 1) if batch_stats_step(case, s)):
            try:
                if variance_overflows(case.steps[s].input.generate(case.shape, case.dtype), narrowest):
                    held.add("variance_overflows")
                    break
            except (ValueError, TypeError, OverflowError):
                continue
    if held & {"large_offset", "outlier_dominated", "constant_in_dtype"}:
        held.add("ill_conditioned_variance")
    try:
        if reference_overflows(case, last, reference):
            held.add("reference_overflows")
    except (ValueError, TypeError, OverflowError):
        pass
    if not case.is_valid_use:
        held.add("invalid_use")
    return Mechanism(tuple(f for f in FACT_WORDS if f in held))
