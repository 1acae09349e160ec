"""Configurations from a small set, for pairings with a compiled target: compiled graphs get reused.

A compiled target compiles once per configuration it meets: torch.compile guards on the module's
float attributes (eps and momentum are constants in its graph), and a MindSpore Cell, with its
graphs, is reused only for identical constructor arguments.  Drawn freely, nearly every case has
an eps and a momentum never met before, so every case would compile (measured: 30 cases, 30
inductor compiles of 1.5-6 s each).  `bucketed` moves a case's real eps and momentum to the
nearest of a few values (on a log scale for eps), keeping the type the value was passed as, so
that configurations repeat.  Shapes are left as drawn: torch's automatic dynamic shapes reuse one
graph for every batch size and length after the second, and a case's literal input values and
planted specials depend on its shape.  The case run is the bucketed one, stored as it is, so every
finding replays from its record alone.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from fuzz.model.case import Case, is_real_number

#: the eps values a compiled pairing's cases take (the common draws' own, strategies/params.py)
EPS_BUCKETS = (1e-12, 1e-8, 1e-5, 1e-3, 0.1, 1.0)
#: the momentum values (None, torch's cumulative average, is kept as it is)
MOMENTUM_BUCKETS = (0.0, 0.01, 0.1, 0.5, 0.9, 1.0)


def _nearest(value: float, buckets: tuple[float, ...], log: bool) -> float:
    if log:
        if not value > 0 or math.isinf(value):
            return value  # a non-positive or infinite eps is an invalid use, kept as drawn
        return min(buckets, key=lambda b: abs(math.log10(b) - math.log10(value)))
    return min(buckets, key=lambda b: abs(b - value))


def _retyped(original: Any, value: float) -> Any:
    """`value` as the type `original` was passed as (a Python int stays as it was: eps=1 is its own use)."""
    if isinstance(original, (bool, int, np.integer)):
        return original
    return type(original)(value)


def bucketed(case: Case) -> Case:
    """`case` with its real eps and momentum moved to the nearest bucket (the same case if already there)."""
    changes: dict[str, Any] = {}
    if is_real_number(case.eps) and not math.isnan(float(case.eps)):
        eps = _nearest(float(case.eps), EPS_BUCKETS, log=True)
        if eps != float(case.eps):
            changes["eps"] = _retyped(case.eps, eps)
    if case.momentum is not None and is_real_number(case.momentum) and not math.isnan(float(case.momentum)):
        momentum = _nearest(float(case.momentum), MOMENTUM_BUCKETS, log=False)
        if momentum != float(case.momentum):
            changes["momentum"] = _retyped(case.momentum, momentum)
    return case.with_(**changes) if changes else case
