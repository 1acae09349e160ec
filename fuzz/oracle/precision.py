"""The precision tier: inside the tolerance, is one side several times less accurate than the other?

The tolerance policy (fuzz/oracle/tolerance.py) asks whether each side is as accurate as *some*
backward-stable algorithm could be on the input.  On ill-conditioned inputs that bound is wide, and
a side two or three times further from the float64 reference than its peer passes it.  Here each
side's error is measured against the reference (or against an exact answer) and judged by the
ratio to the peer's error, as vendor accuracy tools judge an implementation against a benchmark:

- RMSE ratio.  `torch._dynamo.utils.same` (torch 2.13, read here) passes a result whose RMSE
  against float64 is at most `multiplier * ref_error + tol / 10`, multiplier 2.0, and 3.0 for
  float16/bfloat16 results and tensors under 1000 elements ("noise might dominate our error metric
  for smaller tensors").  Ascend msprobe's accuracy checker judges an API by its error divided by
  the benchmark implementation's error, RMSE ratio at most 2 at its loosest level.
- Max relative error ratio: at most 10 (msprobe's loosest level), measured only in the relative
  domain, the elements where the tolerance is relative (rtol * |expected| >= atol): elsewhere a
  relative error is rounding noise over a small value, and the ratio of two such is chance.
- Exact answers (`exact_mask`): where the exact result is known (a constant channel in a step
  normalised with batch statistics gives beta, and a zero weight gradient), the error is absolute
  and judged against the peer: a side that misses by more than `FLOOR_ULPS` ulps of the channel's
  scale where its peer misses by several times less is a finding, however wide the tolerance is.
- Sign balance: errors that lean one way (almost all above, or all below, the reference) where the
  peer's do not are what a biased variance or a wrong momentum looks like before it shows in a max.

A floor keeps rounding out: a side is a finding only when its measure also exceeds `FLOOR_ULPS`
ulps of the quantity's magnitude and `ESTIMATE_SHARE` of the tolerance (the tolerance is SAFETY
times a first-order error estimate; errors well under the estimate are what any float algorithm
makes, and their ratio between two implementations is chance).  Precision is judged only where no
value finding was made for the quantity (that one says more), and only for the same dtype on both
sides.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np
from numpy.typing import NDArray

from fuzz.model.case import Case
from fuzz.model.precision import Criterion, ErrorMeasures, PrecisionEvidence
from fuzz.model.vocabulary import Quantity
from fuzz.oracle.tolerance import Tolerance

#: torch._dynamo.utils.same's multiplier, and its looser one for half precision and small tensors
RMSE_RATIO = 2.0
RMSE_RATIO_LOOSE = 3.0
#: elements below which a tensor takes the looser multiplier (torch._dynamo.utils.same)
LOOSE_BELOW = 1000
#: msprobe's loosest max-relative-error ratio
MAX_REL_RATIO = 10.0
#: measures within this many ulps (of the actual's dtype) of the quantity's magnitude are rounding
FLOOR_ULPS = 4.0
#: share of the tolerance below which an error is what any float algorithm makes on this input
ESTIMATE_SHARE = 1.0 / 32
#: sign balance: the blamed side's at least this lopsided, the peer's at most PEER_BALANCE, over
#: at least BALANCE_ELEMENTS elements
LOPSIDED = 0.9
PEER_BALANCE = 0.3
BALANCE_ELEMENTS = 16


def ulp(dtype: np.dtype[Any]) -> float:
    """The spacing of the dtype's floats at 1 (machine epsilon)."""
    return float(np.finfo(dtype).eps)


def measure(actual: NDArray[Any], expected: NDArray[Any], relative: NDArray[Any] | None = None) -> ErrorMeasures:
    """`actual`'s error against `expected` where both are finite; relative measures over `relative`
    (a mask, the relative domain) and nonzero expected values only."""
    a = actual.astype(np.float64, copy=False).reshape(-1)
    e = expected.astype(np.float64, copy=False).reshape(-1)
    with np.errstate(all="ignore"):
        both = np.isfinite(a) & np.isfinite(e)
        if not both.all():
            a, e = a[both], e[both]
            if relative is not None:
                relative = relative.reshape(-1)[both]
        if a.size == 0:
            return ErrorMeasures(0.0, 0.0, 0.0, 0.0, 0.0, 0)
        signed = a - e
        diff = np.abs(signed)
        rel_mask = e != 0
        if relative is not None:
            rel_mask &= relative.reshape(-1)
        rel = diff[rel_mask] / np.abs(e[rel_mask])
        balance = (np.count_nonzero(signed > 0) - np.count_nonzero(signed < 0)) / a.size
        return ErrorMeasures(
            max_abs=float(diff.max()), max_rel=float(rel.max()) if rel.size else 0.0,
            rmse=float(np.sqrt(np.mean(diff * diff))), mean_rel=float(rel.mean()) if rel.size else 0.0,
            sign_balance=float(balance), compared=int(a.size), compared_relative=int(rel.size))


def rmse_ratio(size: int, dtype: np.dtype[Any]) -> float:
    """The RMSE multiplier for a tensor of `size` elements in `dtype` (torch._dynamo.utils.same)."""
    return RMSE_RATIO_LOOSE if size < LOOSE_BELOW or dtype.itemsize <= 2 else RMSE_RATIO


@functools.lru_cache(maxsize=32)
def constant_channels(case: Case, step: int) -> NDArray[Any]:
    """Channels whose input values are all one finite value, in a step normalised with batch
    statistics (the exact output there is beta); a read-only mask of shape (C,)."""
    x = case.steps[step].input.generate(case.shape, case.dtype)
    mask = np.zeros(case.shape[1] if len(case.shape) >= 2 else 0, dtype=bool)
    batch_stats = case.training_steps[step] or not case.track_running_stats
    if batch_stats and x.ndim in (2, 3) and x.size and x.dtype.kind == "f":
        axes = (0,) if x.ndim == 2 else (0, 2)
        with np.errstate(all="ignore"):
            low, high = x.min(axis=axes), x.max(axis=axes)
        mask = (low == high) & np.isfinite(low)
    mask.setflags(write=False)
    return mask


def exact_mask(case: Case, step: int, quantity: Quantity, shape: tuple[int, ...]) -> NDArray[Any] | None:
    """Elements of `quantity` at `step` whose exact value is known (None: none): in a step with batch
    statistics, a constant channel's output is its bias and its weight gradient is 0 (x - mean is
    exactly 0 there; `fuzz.oracle.reference` computes it so)."""
    if quantity not in (Quantity.OUTPUT, Quantity.GRAD_WEIGHT) or len(shape) < 1:
        return None
    channels = constant_channels(case, step)
    if not channels.any():
        return None
    if quantity is Quantity.GRAD_WEIGHT:
        return channels if shape == channels.shape else None
    if len(shape) < 2 or shape[1] != channels.size:
        return None
    return np.broadcast_to(channels.reshape((1, -1) + (1,) * (len(shape) - 2)), shape)


def _exact_scale(case: Case, step: int, quantity: Quantity, expected: NDArray[Any]) -> float:
    """The magnitude an exact answer's error is measured in ulps of: the output's scale |weight| + |bias|
    (the answer itself may be 0), the weight gradient's sum |dy| over a channel."""
    if quantity is Quantity.OUTPUT:
        weight = np.abs(case.initial("weight")) if case.affine else np.ones(case.channels)
        bias = np.abs(case.initial("bias")) if case.affine else np.zeros(case.channels)
        return float(np.max(weight + bias, initial=float(np.max(np.abs(expected), initial=0.0))))
    dy = case.upstream_gradient(step, case.shape, case.dtype).astype(np.float64)
    axes = (0,) if dy.ndim == 2 else (0, 2)
    return float(np.max(np.abs(dy).sum(axis=axes), initial=0.0)) if dy.size else 0.0


def _mean_ulps(case: Case, step: int, quantity: Quantity, actual: NDArray[Any], expected: NDArray[Any],
               exact: NDArray[Any]) -> float:
    """A missed exact output as the error of the channel's mean it amounts to, in ulps of the channel's
    value: miss * sqrt(eps) / |weight| / spacing(value).  About 1: the side rounded the mean once."""
    if quantity is not Quantity.OUTPUT or not isinstance(case.eps, float) or actual.ndim < 2:
        return 0.0
    x = case.steps[step].input.generate(case.shape, case.dtype)
    weight = np.abs(case.initial("weight")) if case.affine else np.ones(case.channels)
    axes = (0,) if actual.ndim == 2 else (0, 2)
    with np.errstate(all="ignore"):
        miss = np.where(exact, np.abs(actual.astype(np.float64) - expected), 0.0).max(axis=axes)
        value = np.abs(x.reshape(x.shape[0], x.shape[1], -1)[0, :, 0]).astype(x.dtype)
        spacing = np.spacing(value).astype(np.float64)
        ulps = miss * np.sqrt(case.eps) / (weight * spacing)
    channels = exact.reshape(exact.shape[0], exact.shape[1], -1)[0, :, 0] & np.isfinite(ulps)
    return float(ulps[channels].max()) if channels.any() else 0.0


def _rms(values: NDArray[Any]) -> float:
    """The root mean square (Inf where the squares overflow: then no floor is passed)."""
    with np.errstate(over="ignore", invalid="ignore"):
        return float(np.sqrt(np.mean(values * values)))


def _blame(left: float, right: float, threshold: float, floor: float) -> tuple[str, float] | None:
    """The side whose measure exceeds the floor and `threshold` times the peer's, and the ratio."""
    for side, worse, peer in (("left", left, right), ("right", right, left)):
        if worse > floor and worse > threshold * peer:
            return side, worse / peer if peer > 0 else float("inf")
    return None


def judge_precision(case: Case, step: int, quantity: Quantity, left: NDArray[Any], right: NDArray[Any],
                    expected: NDArray[Any], tolerance: Tolerance) -> PrecisionEvidence | None:
    """The evidence that one side is several times less accurate than the other for `quantity` at
    `step`, or None.  The caller has found both inside the tolerance or at least no value finding."""
    if left.dtype != right.dtype or left.shape != expected.shape or right.shape != expected.shape or not left.size:
        return None
    dtype = left.dtype
    if dtype.kind != "f":
        return None
    with np.errstate(all="ignore"):
        e = expected.astype(np.float64, copy=False)
        finite = np.isfinite(e)
        magnitude = np.where(finite, np.abs(e), 0.0)
        allowed = np.where(finite, tolerance.allowed_for_magnitude(magnitude), 0.0)
        relative_domain = tolerance.rtol * magnitude >= (allowed - tolerance.rtol * magnitude)
    eps = ulp(dtype)
    exact = exact_mask(case, step, quantity, expected.shape)
    if exact is not None:
        scale = _exact_scale(case, step, quantity, e)
        floor = FLOOR_ULPS * eps * scale
        lm, rm = measure(left[exact], e[exact]), measure(right[exact], e[exact])
        threshold = rmse_ratio(int(exact.sum()), dtype)
        blamed = _blame(lm.max_abs, rm.max_abs, threshold, floor)
        if blamed is not None:
            missed = left if blamed[0] == "left" else right
            return PrecisionEvidence(quantity.value, step, Criterion.EXACT, True, lm, rm, blamed[0], blamed[1],
                                     threshold, floor, _mean_ulps(case, step, quantity, missed, e, exact))
    lm, rm = measure(left, e, relative_domain), measure(right, e, relative_domain)
    floor = max(FLOOR_ULPS * eps * _rms(magnitude), ESTIMATE_SHARE * _rms(allowed))
    threshold = rmse_ratio(int(e.size), dtype)
    blamed = _blame(lm.rmse, rm.rmse, threshold, floor)
    if blamed is not None:
        return PrecisionEvidence(quantity.value, step, Criterion.RMSE, False, lm, rm, blamed[0], blamed[1],
                                 threshold, floor)
    blamed = _blame(lm.max_rel, rm.max_rel, MAX_REL_RATIO, FLOOR_ULPS * eps)
    if blamed is not None:
        return PrecisionEvidence(quantity.value, step, Criterion.MAX_REL, False, lm, rm, blamed[0], blamed[1],
                                 MAX_REL_RATIO, FLOOR_ULPS * eps)
    if min(lm.compared, rm.compared) >= BALANCE_ELEMENTS:
        for side, worse, peer in (("left", lm, rm), ("right", rm, lm)):
            if (abs(worse.sign_balance) >= LOPSIDED and abs(peer.sign_balance) <= PEER_BALANCE
                    and worse.rmse > floor and worse.rmse >= peer.rmse):
                ratio = abs(worse.sign_balance) / max(abs(peer.sign_balance), 1.0 / worse.compared)
                return PrecisionEvidence(quantity.value, step, Criterion.BIAS, False, lm, rm, side, ratio,
                                         LOPSIDED / PEER_BALANCE, floor)
    return None
