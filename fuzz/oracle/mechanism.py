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
from fuzz.oracle.precision import constant_channels

#: an offset this many spreads from zero makes a one-pass variance cancel in float32
LARGE_OFFSET = 1e3

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
    "invalid_use": "an argument of the wrong type or value",
}


@dataclass(frozen=True)
class Mechanism:
    """The facts of one case up to one step that hold (names from FACT_WORDS, in its order)."""

    facts: tuple[str, ...]

    def words(self) -> str:
        return "; ".join(FACT_WORDS[f] for f in self.facts) or "no special input"


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


def _narrowest(case: Case) -> np.dtype[Any]:
    """The least precise float dtype the case computes in (its input's or its parameters')."""
    names = [case.dtype, case.param_dtype or case.dtype]
    dtypes = [np.dtype(n) for n in names if n in ("float16", "float32", "float64")]
    return min(dtypes, key=lambda d: np.finfo(d).bits) if dtypes else np.dtype(np.float32)


def mechanism_of(case: Case, step: int | None) -> Mechanism:
    """The facts that hold for `case` in its steps up to `step` (all steps when None)."""
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
            if float(case.eps) > 0 and _narrowest(case).type(float(case.eps)) == 0:
                held.add("eps_underflows")
    if case.param_dtype and case.param_dtype != case.dtype:
        held.add("mixed_dtypes")
    if any(s.input.has_nonfinite for s in steps):
        held.add("nonfinite_input")
    if max((offset_over_scale(s.input) for s in steps), default=0.0) >= LARGE_OFFSET:
        held.add("large_offset")
    if not case.is_valid_use:
        held.add("invalid_use")
    return Mechanism(tuple(f for f in FACT_WORDS if f in held))
