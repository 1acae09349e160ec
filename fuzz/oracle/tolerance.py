"""The tolerance policy: the only home of thresholds, each with its reason.

An element passes when `|actual - expected| <= atol[c] + rtol * |expected|`, the rule of
torch.testing.assert_close, with `atol` a per-channel array.

rtol starts from torch.testing.assert_close's defaults per dtype (float16 1e-3, float32 1.3e-6,
float64 1e-7): about two units in the last place, so a 1-ulp float16 difference is never a finding.

atol is *not* a flat threshold.  It is what a backward-stable float implementation can be expected
to achieve on this particular input, judged against the float64 reference, times a safety factor:

- u_io is the unit roundoff of the dtype a value is stored in (the output's, the statistics'),
  u_acc that of the dtype the frameworks accumulate in (float32 for float16 and float32 inputs:
  both torch and MindSpore compute half-precision batch norm in float; float64 for float64).
- g(n) = sqrt(n) + 2 bounds the growth of rounding error in a sum of n terms (the probabilistic
  bound for recursive summation; pairwise and Welford summation do better).
- cond[c] = (max |x| + |mean|) / sqrt(var + eps) per channel is the conditioning of the normalised
  output: an absolute error u*|x| in x - mean becomes u*cond after dividing by the spread.  A
  channel with a large offset over a small spread is legitimately inexact, a well-scaled one is not
  (PyTorch closes fuzzer reports of 1e-3 absolute gaps on large values whose relative error is 1e-7).
- running variance: a two-pass or Welford variance is accurate to u_acc * g(n) * var plus the
  square of the error of the mean it centres with, (u_acc * (|mean| + g(n) * std))^2; the textbook
  E[x^2] - E[x]^2 is off by about u_acc * mean^2 and fails this policy once |mean| / std is large.
  That is deliberate: such an implementation is a finding (and where both frameworks do it, the
  verdict is ill-conditioned rather than a difference).
- errors carried from earlier steps propagate: running statistics decay them by (1 - m); eval
  outputs and eval gradients inherit the running statistics' tolerance.

The framework-vs-framework tolerance is the sum of both sides' tolerances (each may be off by its
own), so a pair violation always implies at least one side is off the reference.

Inside these tolerances, the precision tier (fuzz/oracle/precision.py, its thresholds and their
sources there: torch._dynamo.utils.same's RMSE multiplier 2, msprobe's max-relative-error ratio 10)
judges each side's error against its peer's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from fuzz.model.case import Case, update_weight
from fuzz.model.outcome import StepOutcome
from fuzz.model.vocabulary import Quantity

#: torch.testing.assert_close defaults (torch/testing/_comparison.py, _DTYPE_PRECISIONS).
RTOL = {"float16": 1e-3, "float32": 1.3e-6, "float64": 1e-7}
#: safety factor over the first-order error estimates below; large enough that a correct
#: implementation stays under about 1/10 of the tolerance on random inputs (benchmarks/RESULTS.md).
SAFETY = 8.0
#: Reductions on accelerators sum in a different, device-dependent order (tree reductions over
#: thread blocks, atomics), so the growth of rounding error is allowed to be larger there.  TF32
#: plays no part: it applies to matmul and convolution, not to batch-norm reductions.  Ascend's
#: vector units may keep statistics in reduced precision in some kernels.  These factors are
#: estimates: no GPU or NPU was lent to the session that wrote them, so they are not calibrated.
BACKEND_GROWTH = {"cpu": 1.0, "gpu": 2.0, "ascend": 4.0}


def backend_growth(backend: str) -> float:
    """The growth factor of a backend label (`cpu`, `gpu`, or `cpu~gpu` for a cross-device pair)."""
    return max(BACKEND_GROWTH.get(part, 4.0) for part in backend.split("~"))


def unit_roundoff(dtype: str) -> float:
    return float(np.finfo(dtype).eps) / 2


def growth(n: int) -> float:
    return float(np.sqrt(max(n, 0))) + 2.0


def channel_abs_max(x: NDArray[Any]) -> NDArray[Any]:
    """max |x| of each channel (axis 1) of a non-empty (N, C) or (N, C, L) input."""
    abs_max: NDArray[Any] = np.abs(x).max(axis=(0,) if x.ndim == 2 else (0, 2))
    return abs_max


def channel_spread(var: NDArray[Any], eps: float) -> NDArray[Any]:
    """sqrt(var + eps), what the normalisation divides by (a rounded negative variance counts as 0)."""
    spread: NDArray[Any] = np.sqrt(np.maximum(var, 0) + eps)
    return spread


def channel_conditioning(abs_max: NDArray[Any], mean: NDArray[Any], var: NDArray[Any], eps: float) -> NDArray[Any]:
    """cond[c] = (max|x| + |mean|) / sqrt(var + eps), from `channel_abs_max` (see the module docstring).

    The caller decides what a NaN/Inf max|x| means: the policy clips it to a finite bound, the
    finding's record skips the channel.
    """
    cond: NDArray[Any] = (abs_max + np.abs(mean)) / channel_spread(var, eps)
    return cond


@dataclass(frozen=True)
class Tolerance:
    """Per-channel absolute and a relative tolerance, and the rule's name (the channel is axis 1 of every
    compared array but the per-channel statistics, which are 1-D)."""

    rule: str
    rtol: float
    atol: NDArray[Any]  # shape (C,): one absolute tolerance per channel

    def allowed(self, expected: NDArray[Any]) -> NDArray[Any]:
        """The allowed |actual - expected| for each element of `expected`."""
        return self.allowed_for_magnitude(np.abs(expected))

    def allowed_for_magnitude(self, magnitude: NDArray[Any]) -> NDArray[Any]:
        """`allowed` for an array that already holds |expected| (the comparator has it at hand)."""
        atol = self.atol
        if magnitude.ndim >= 2:
            atol = atol.reshape((1, -1) + (1,) * (magnitude.ndim - 2))
        allowed: NDArray[Any] = atol + self.rtol * magnitude
        return allowed

    def doubled(self) -> Tolerance:
        """The framework-vs-framework tolerance: both sides may be off by their own."""
        return Tolerance(self.rule + " (pair: sum of both sides)", 2 * self.rtol, 2 * self.atol)

    def atol_range(self) -> tuple[float, float]:
        """The smallest and largest atol where it is a number (where the reference is NaN, so is the
        atol there: it allows nothing, and says nothing about the rest)."""
        atol = np.asarray(self.atol, dtype=np.float64)
        atol = atol[~np.isnan(atol)]
        return (float(atol.min()), float(atol.max())) if atol.size else (0.0, 0.0)

    def to_json(self) -> dict[str, Any]:
        low, high = self.atol_range()
        return {"rule": self.rule, "rtol": self.rtol, "atol_max": high, "atol_min": low}


@dataclass(frozen=True)
class CarriedError:
    """Tolerances of the running statistics carried from one step to the next."""

    running_mean: NDArray[Any]
    running_var: NDArray[Any]


def _compute_dtype(case: Case) -> str:
    return "float64" if case.dtype == "float64" and (case.param_dtype or "float32") == "float64" else "float32"


def _stat_dtype(case: Case) -> str:
    return case.param_dtype or ("float64" if case.dtype == "float64" else "float32")


def step_tolerances(case: Case, index: int, ref: StepOutcome, carried: CarriedError | None,
                    momentum_used: float, backend: str = "cpu") -> tuple[dict[Quantity, Tolerance], CarriedError]:
    """Tolerances for every quantity of step `index`, and the running-statistics error carried on.

    Overflow to Inf (hostile inputs) is a legitimate answer here: an infinite tolerance compares
    nothing, and NaN/Inf positions are judged by the NaN-parity comparison instead.
    """
    with np.errstate(all="ignore"):
        return _step_tolerances(case, index, ref, carried, momentum_used, backend_growth(backend))


def _step_tolerances(case: Case, index: int, ref: StepOutcome, carried: CarriedError | None,
                     momentum_used: float, device_growth: float) -> tuple[dict[Quantity, Tolerance], CarriedError]:
    step = case.steps[index]
    x = step.input.generate(case.shape, case.dtype).astype(np.float64)
    channels = case.shape[1]
    axes = (0,) if x.ndim == 2 else (0, 2)
    n = case.values_per_channel
    training = case.training_steps[index]
    batch_stats = training or not case.track_running_stats
    u_io, u_acc = unit_roundoff(case.dtype), unit_roundoff(_compute_dtype(case))
    u_stat = unit_roundoff(_stat_dtype(case))
    g = (growth(n) if batch_stats else 1.0) * device_growth
    zeros = np.zeros(channels)
    if carried is None:
        carried = CarriedError(zeros, zeros)

    weight = np.abs(case.initial("weight")) if case.affine else np.ones(channels)
    bias = np.abs(case.initial("bias")) if case.affine else zeros
    mean = ref.norm_mean if ref.norm_mean is not None else zeros
    var = ref.norm_var if ref.norm_var is not None else np.ones(channels)
    eps = float(case.eps)  # a float: the reference completed this step, so eps has a value (`eps_has_value`)
    spread = channel_spread(var, eps)
    with np.errstate(all="ignore"):
        xmax = np.nan_to_num(channel_abs_max(x)) if x.size else zeros
        cond = channel_conditioning(xmax, mean, var, eps)
        xhat_max = (np.nan_to_num(np.abs(x - mean.reshape((1, -1) + (1,) * (x.ndim - 2))).max(axis=axes) / spread)
                    if x.size else zeros)
    # error the running statistics bring into an eval-mode normalisation
    if batch_stats:
        inherited = zeros
    else:
        inherited = carried.running_mean / spread + xhat_max * carried.running_var / (2 * spread**2)
    tiny = float(np.finfo(case.dtype).tiny)

    rule = f"{case.dtype}-{'batch' if batch_stats else 'running'}-stats"
    tol: dict[Quantity, Tolerance] = {}
    tol[Quantity.OUTPUT] = Tolerance(rule, RTOL[case.dtype], SAFETY * (
        u_io * (weight * xhat_max + bias) + u_acc * g * cond * weight + weight * inherited) + tiny)

    # running statistics: decay what was carried, add this step's rounding
    new_mean, new_var = carried.running_mean, carried.running_var
    if training and case.track_running_stats and ref.running_mean is not None:
        assert ref.running_var is not None  # the reference reports both running statistics or neither
        m = momentum_used
        prev_mean_mag = np.abs(ref.running_mean - m * mean) if m != 1 else zeros
        prev_var_mag = np.abs(ref.running_var - m * var * n / max(n - 1, 1)) if m != 1 else zeros
        mean_error = u_acc * g * xmax
        # a two-pass variance is off by the square of the error of the mean it centres with; that mean
        # need not be worse than float rounding of |mean| plus summation error on the spread
        centring_error = u_acc * (np.abs(mean) + g * np.sqrt(np.maximum(var, 0)))
        new_mean = abs(1 - m) * carried.running_mean + SAFETY * (
            u_stat * np.abs(ref.running_mean) + u_acc * prev_mean_mag + abs(m) * mean_error)
        unbiased = n / max(n - 1, 1)
        new_var = abs(1 - m) * carried.running_var + SAFETY * (
            u_stat * np.abs(ref.running_var) + u_acc * prev_var_mag
            + abs(m) * unbiased * (u_acc * g * var + centring_error**2))
    stat_rtol = RTOL[_stat_dtype(case)]
    stat_tiny = float(np.finfo(_stat_dtype(case)).tiny)
    tol[Quantity.RUNNING_MEAN] = Tolerance(f"{_stat_dtype(case)}-running-mean", stat_rtol, new_mean + stat_tiny)
    tol[Quantity.RUNNING_VAR] = Tolerance(f"{_stat_dtype(case)}-running-var", stat_rtol, new_var + stat_tiny)

    if case.grad:
        dy = case.upstream_gradient(index, case.shape, case.dtype).astype(np.float64)
        dy_max = np.abs(dy).max(axis=axes) if dy.size else zeros
        dy_sum = np.abs(dy).sum(axis=axes) if dy.size else zeros
        scale = weight / spread
        if batch_stats:
            grad_input_atol = SAFETY * (u_acc * g * scale * dy_max * (1 + cond) * (1 + xhat_max)
                                        + u_io * scale * dy_max)
        else:
            grad_input_atol = SAFETY * (u_io * scale * dy_max + scale * dy_max * carried.running_var / (2 * spread**2))
        tol[Quantity.GRAD_INPUT] = Tolerance(f"{case.dtype}-grad-input", RTOL[case.dtype], grad_input_atol + tiny)
        param_rtol = RTOL[_stat_dtype(case)]
        tol[Quantity.GRAD_WEIGHT] = Tolerance(f"{_stat_dtype(case)}-grad-weight", param_rtol, SAFETY * (
            u_acc * g * (dy_sum * xhat_max + cond * dy_sum) + dy_sum * inherited) + stat_tiny)
        tol[Quantity.GRAD_BIAS] = Tolerance(f"{_stat_dtype(case)}-grad-bias", param_rtol,
                                            SAFETY * u_acc * g * dy_sum + stat_tiny)
    return tol, CarriedError(new_mean, new_var)


def momenta(case: Case) -> list[float]:
    """The momentum each training step applies (torch's None: 1 / number of batches so far)."""
    out, tracked = [], 0
    # float(): an invalid use may give the momentum as a string (no reference step then uses it)
    momentum = None if case.momentum is None else float(case.momentum)
    for training in case.training_steps:
        if training:
            tracked += 1
        out.append(update_weight(momentum, max(tracked, 1)))
    return out


def case_tolerances(case: Case, reference_steps: tuple[StepOutcome, ...],
                    backend: str = "cpu") -> list[dict[Quantity, Tolerance]]:
    """Tolerances for every step the reference completed, on `backend` (see BACKEND_GROWTH)."""
    carried: CarriedError | None = None
    result = []
    for index, (ref, m) in enumerate(zip(reference_steps, momenta(case))):
        tol, carried = step_tolerances(case, index, ref, carried, m, backend)
        result.append(tol)
    return result
