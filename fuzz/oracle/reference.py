"""A float64 NumPy implementation of BatchNorm1d's documented semantics, used to tell which side is wrong.

Semantics (torch.nn.BatchNorm1d docs; the original paper, Ioffe & Szegedy 2015):
- training (or no running statistics): normalise with the batch mean and the *biased* batch
  variance over every axis but the channel axis; y = (x - mean) / sqrt(var + eps) * weight + bias;
- the running update uses the *unbiased* variance: r = (1 - m) * r + m * stat, with m = 1 /
  num_batches_tracked when torch's momentum is None (cumulative average);
- eval with running statistics: normalise with them, no update;
- eps sits inside the square root;
- a channel whose values are all one value has exactly that mean and variance 0 (so its output is
  exactly beta), which the reference computes exactly rather than through a rounded float64 sum.
Where the documented semantics have no value the reference says so instead of inventing one:
a training step over one value per channel (the unbiased variance divides by zero) is
`UndefinedStatistic`; an empty batch (N = 0) produces an empty output and leaves the running
statistics as they were (there is nothing to average).  Invalid uses are `InvalidUse`: the
reference judges values, not argument checking.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import numpy as np
from numpy.typing import NDArray

from fuzz.model.case import FLOAT_DTYPES, Case, eps_has_value, is_real_number, momentum_has_value, update_weight
from fuzz.model.numbers import describe_scalar
from fuzz.model.outcome import ErrorInfo, Outcome, Phase, StepOutcome


class ReferenceAdapter:
    target = "reference"

    def __init__(self, backend: str = "cpu") -> None:
        self.backend = backend
        self.versions = {"numpy": np.__version__}

    def _invalid(self, case: Case) -> str | None:
        """Why the case has no value under the documented semantics (None: the reference computes it).

        A value is judged by what it holds, not by its type, where the holding is unambiguous: eps=1,
        momentum=0 and numpy.float32/float64 scalars are the numbers they hold (`eps_has_value`,
        `momentum_has_value`), and num_features may be a NumPy integer.  A bool in a number's place
        (eps=True, num_features=True) and anything but a bool in a bool's place (affine=0, 'yes',
        None, numpy.bool_) is an invalid use: torch reads the truthiness of affine and
        track_running_stats, MindSpore rejects such values, and which of the two a user meant is not
        for the reference to guess.  bfloat16 has no reference: NumPy cannot round to it.
        """
        if case.dtype not in FLOAT_DTYPES:
            if case.dtype == "bfloat16":
                return "input dtype bfloat16 has no float64 reference (NumPy has no bfloat16 to round the input to)"
            return f"input dtype {case.dtype} is not floating point"
        if len(case.shape) not in (2, 3):
            return f"input rank {len(case.shape)} is not 2 or 3"
        if case.num_features is not None and not (is_real_number(case.num_features)
                                                  and isinstance(case.num_features, (int, np.integer))
                                                  and case.num_features == case.shape[1]):
            return (f"num_features={describe_scalar(case.num_features)} does not match the input's "
                    f"{case.shape[1]} channels")
        if case.shape[1] < 1:
            return "no channels"
        if not eps_has_value(case.eps):
            return f"eps={describe_scalar(case.eps)} is not a positive number"
        if not momentum_has_value(case.momentum):
            return f"momentum={describe_scalar(case.momentum)} is not a number or None"
        for name in ("affine", "track_running_stats"):
            if type(getattr(case, name)) is not bool:
                return f"{name}={describe_scalar(getattr(case, name))} is not a bool"
        return None

    def run(self, case: Case) -> Outcome:
        outcome = partial(Outcome, target=self.target, backend="float64", convention="torch", versions=self.versions)
        why = self._invalid(case)
        if why:
            return outcome(error=ErrorInfo("InvalidUse", why, Phase.CONSTRUCT))
        # numbers of any type: `_invalid` has checked that they hold one (an int, a NumPy scalar)
        eps = float(case.eps)
        momentum = None if case.momentum is None else float(case.momentum)
        weight = case.initial("weight") if case.affine else np.ones(case.channels)
        bias = case.initial("bias") if case.affine else np.zeros(case.channels)
        tracking = case.track_running_stats
        running_mean = case.initial("running_mean") if tracking else None
        running_var = case.initial("running_var") if tracking else None
        batches_tracked = 0
        steps: list[StepOutcome] = []
        for index, step in enumerate(case.steps):
            x = step.input.generate(case.shape, case.dtype).astype(np.float64)  # a copy: the cache stays read-only
            axes = (0,) if x.ndim == 2 else (0, 2)
            shape = (1, -1) if x.ndim == 2 else (1, -1, 1)
            n = case.values_per_channel
            training = case.training_steps[index]
            use_batch = training or not tracking
            if use_batch and n == 0:
                empty = np.zeros(case.shape)
                empty_grads = _grad_fields(self._empty_grads(case, x, weight))
                steps.append(StepOutcome(output=empty, running_mean=_copy(running_mean),
                                         running_var=_copy(running_var), **empty_grads))
                continue
            if training and tracking and n == 1:
                return outcome(steps=tuple(steps), error=ErrorInfo(
                    "UndefinedStatistic", "the unbiased variance of one value per channel divides by zero",
                    Phase.FORWARD, index))
            with np.errstate(all="ignore"):
                if use_batch:
                    mean = x.mean(axis=axes)
                    # a channel of one value has that value as its exact mean and 0 as its variance
                    # (a float64 sum of n copies need not give it back): the exact answers beta and
                    # a zero weight gradient that the precision tier judges against
                    low, high = x.min(axis=axes), x.max(axis=axes)
                    constant = (low == high) & np.isfinite(low)
                    mean = np.where(constant, low, mean)
                    var = np.where(constant, 0.0, ((x - mean.reshape(shape)) ** 2).mean(axis=axes))
                else:
                    assert running_mean is not None and running_var is not None  # eval with tracked statistics
                    mean, var = running_mean, running_var
                invstd = 1.0 / np.sqrt(var + eps)
                xhat = (x - mean.reshape(shape)) * invstd.reshape(shape)
                y = xhat * weight.reshape(shape) + bias.reshape(shape)
                if training and tracking:
                    assert running_mean is not None and running_var is not None  # tracked: set above
                    batches_tracked += 1
                    m = update_weight(momentum, batches_tracked)
                    unbiased = var * n / (n - 1)
                    running_mean = (1 - m) * running_mean + m * mean
                    running_var = (1 - m) * running_var + m * unbiased
                grads = self._grads(case, index, x, xhat, invstd, weight, use_batch, axes, shape) if case.grad else {}
            steps.append(StepOutcome(output=y, running_mean=_copy(running_mean), running_var=_copy(running_var),
                                     norm_mean=mean.copy(), norm_var=var.copy(), **_grad_fields(grads)))
        return outcome(steps=tuple(steps))

    def _grads(self, case: Case, index: int, x: NDArray[Any], xhat: NDArray[Any], invstd: NDArray[Any],
               weight: NDArray[Any], batch_stats: bool, axes: tuple[int, ...],
               shape: tuple[int, ...]) -> dict[str, NDArray[Any] | None]:
        upstream = case.upstream_gradient(index, x.shape, case.dtype).astype(np.float64)
        scale = (weight * invstd).reshape(shape)
        if batch_stats:
            mean_dy = upstream.mean(axis=axes).reshape(shape)
            mean_dy_xhat = (upstream * xhat).mean(axis=axes).reshape(shape)
            grad_input = scale * (upstream - mean_dy - xhat * mean_dy_xhat)
        else:
            grad_input = scale * upstream
        out: dict[str, NDArray[Any] | None] = {"grad_input": grad_input, "grad_weight": None, "grad_bias": None}
        if case.affine:
            out["grad_weight"] = (upstream * xhat).sum(axis=axes)
            out["grad_bias"] = upstream.sum(axis=axes)
        return out

    def _empty_grads(self, case: Case, x: NDArray[Any], weight: NDArray[Any]) -> dict[str, NDArray[Any] | None]:
        if not case.grad:
            return {}
        zeros = np.zeros(case.channels)
        return {"grad_input": np.zeros(x.shape), "grad_weight": zeros if case.affine else None,
                "grad_bias": zeros.copy() if case.affine else None}


def _grad_fields(grads: dict[str, NDArray[Any] | None]) -> dict[str, Any]:
    """The gradients as StepOutcome's keyword arguments (only its grad_* fields)."""
    return {name: grads.get(name) for name in ("grad_input", "grad_weight", "grad_bias") if name in grads}


def _copy(value: NDArray[Any] | None) -> NDArray[Any] | None:
    return None if value is None else value.copy()
