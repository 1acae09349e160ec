"""What each API documents about its module's state, step by step, in float64.

The forward reference (`fuzz/oracle/reference.py`) follows torch's semantics, which the mapping
makes the pair's common ground.  State is different: each side keeps its own, under its own names,
and both sides may do exactly what they document and still end apart (MindSpore's moving statistics
move where torch keeps none).  So the state each side should hold is worked out from its own
documentation and from the plan its adapter ran (`fuzz.model.mapping.ModulePlan`):

- torch (torch.nn, and mindspore.mint, which takes torch's signature), torch.nn.BatchNorm1d docs:
  `weight`/`bias` with affine, never changed by a forward; with track_running_stats the buffers
  `running_mean`, `running_var` (updated in train mode with the unbiased variance, weight momentum,
  or 1/num_batches_tracked with momentum=None) and `num_batches_tracked` (+1 per train-mode call).
- mindspore.nn's own signature, its 2.10 docstring: `gamma`, `beta`, `mean`, `variance` always
  (gamma/beta at their initial values, fixed when affine=False); the moving statistics
  (`moving_mean`/`moving_variance`, state names `mean`/`variance`) are updated, weight
  1 - momentum on the old value, wherever batch statistics are used: use_batch_statistics=True in
  every step ("use the mean value and variance value of current batch data and track running mean
  and running variance"), None in train mode (the Cell starts in eval), False never.  Initial values
  loaded from a checkpoint reach only the parameters the checkpoint names (`load_param_into_net`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from numbers import Real
from typing import Any

import numpy as np
from numpy.typing import NDArray

from fuzz.model.case import Case, InputSpec, update_weight
from fuzz.model.mapping import MS_INIT_KWARGS, MS_NAMES, Convention, ModulePlan, state_names

TORCH_STATE_DOC = "torch.nn.BatchNorm1d docs: weight/bias (affine), running_mean/running_var/num_batches_tracked"
MS_STATE_DOC = ("mindspore.nn.BatchNorm1d docstring (2.10): gamma/beta (affine), moving statistics tracked "
                "wherever batch statistics are used (use_batch_statistics)")

_DEFAULTS = {"weight": 1.0, "bias": 0.0, "running_mean": 0.0, "running_var": 1.0}
STATISTICS = ("running_mean", "running_var")


@dataclass(frozen=True)
class DocumentedState:
    """The documented state before the first step (`initial`) and after each step, by the side's
    state names; `torch_names` maps each back to torch's; `source` is the documentation followed."""

    initial: dict[str, NDArray[Any]]
    steps: tuple[dict[str, NDArray[Any]], ...]
    torch_names: dict[str, str]
    source: str


def _batch_statistics(case: Case, index: int) -> tuple[NDArray[Any], NDArray[Any]] | None:
    """The batch mean and unbiased variance of step `index` (None: fewer than two values per channel)."""
    if case.values_per_channel < 2:
        return None
    return _statistics_of(case.steps[index].input, case.shape, case.dtype)


@functools.lru_cache(maxsize=64)
def _statistics_of(spec: InputSpec, shape: tuple[int, ...], dtype: str) -> tuple[NDArray[Any], NDArray[Any]]:
    """Cached: both sides of a pair, and every step that reuses an input, ask for the same statistics."""
    x = spec.generate(shape, dtype).astype(np.float64)
    axes = (0,) if x.ndim == 2 else (0, 2)
    with np.errstate(all="ignore"):
        mean, var = x.mean(axis=axes), x.var(axis=axes, ddof=1)
    mean.setflags(write=False)
    var.setflags(write=False)
    return mean, var


def _initial(case: Case, plan: ModulePlan, names: dict[str, str]) -> dict[str, NDArray[Any]]:
    """Defaults, then whatever the plan sets by a name the module knows (a name it does not know
    sets nothing: `load_param_into_net` leaves it out, an assignment fails and the case errs)."""
    values = {t: np.full(case.channels, fill) for t, fill in _DEFAULTS.items()}
    by_init_kwarg = {v: k for k, v in MS_INIT_KWARGS.items()}
    by_attribute = {v: k for k, v in MS_NAMES.items()} if plan.convention is Convention.MINDSPORE_LEGACY else {}
    by_state_name = {v: k for k, v in names.items()}
    for name, value in plan.constructor_init.items():
        if name in by_init_kwarg:
            values[by_init_kwarg[name]] = np.asarray(value, dtype=np.float64)
    for name, value in plan.assigned_init.items():
        torch_name = by_attribute.get(name, name if plan.convention is Convention.TORCH else None)
        if torch_name in values:
            values[torch_name] = np.asarray(value, dtype=np.float64)
    for name, value in plan.checkpoint_init.items():
        if name in by_state_name and by_state_name[name] in values:
            values[by_state_name[name]] = np.asarray(value, dtype=np.float64)
    return values


def documented_state(case: Case, plan: ModulePlan) -> DocumentedState | None:
    """The state `plan`'s API documents for `case` (None where it documents none: an invalid use)."""
    if (len(case.shape) not in (2, 3) or case.channels < 1 or case.shape[1] != case.channels
            or case.dtype not in ("float16", "float32", "float64")):
        return None  # no values to work a state out from: the case is an invalid use
    names = state_names(plan.target, plan.convention)
    values = _initial(case, plan, names)
    if plan.convention is Convention.MINDSPORE_LEGACY:
        return _mindspore(case, plan, names, values)
    return _torch(case, plan, names, values)


def _torch(case: Case, plan: ModulePlan, names: dict[str, str],
           values: dict[str, NDArray[Any]]) -> DocumentedState | None:
    momentum = plan.kwargs.get("momentum", 0.1)
    if momentum is not None and not (isinstance(momentum, Real) and not isinstance(momentum, bool)):
        return None
    # torch reads both flags by their truth (`if self.affine:`), whatever their type: affine=1 keeps a
    # weight and a bias, as the module does
    affine = bool(plan.kwargs.get("affine", True))
    tracking = bool(plan.kwargs.get("track_running_stats", True))
    kept = (["weight", "bias"] if affine else []) + ([*STATISTICS, "num_batches_tracked"] if tracking else [])
    values["num_batches_tracked"] = np.asarray(0.0)
    torch_names = {names[t]: t for t in kept}

    def snapshot() -> dict[str, NDArray[Any]]:
        return {names[t]: values[t].copy() for t in kept}

    initial, steps = snapshot(), []
    count = 0
    # a torch Module starts in train mode, a MindSpore Cell (mint's) in eval; a flag of None leaves it
    training = not plan.target.startswith("mindspore")
    for index, flag in enumerate(plan.train_flags):
        training = training if flag is None else flag
        if training and tracking:
            count += 1
            values["num_batches_tracked"] = np.asarray(float(count))
            stats = _batch_statistics(case, index)
            if stats is not None:
                m = update_weight(None if momentum is None else float(momentum), count)
                with np.errstate(all="ignore"):  # NaN/Inf inputs carry into the statistics, as documented
                    values["running_mean"] = (1 - m) * values["running_mean"] + m * stats[0]
                    values["running_var"] = (1 - m) * values["running_var"] + m * stats[1]
            elif case.values_per_channel == 1:
                break  # torch raises for one value per channel: no state after this step
        steps.append(snapshot())
    return DocumentedState(initial, tuple(steps), torch_names, TORCH_STATE_DOC)


def _mindspore(case: Case, plan: ModulePlan, names: dict[str, str],
               values: dict[str, NDArray[Any]]) -> DocumentedState | None:
    momentum = plan.kwargs.get("momentum", 0.9)
    if not (isinstance(momentum, Real) and not isinstance(momentum, bool) and 0 <= float(momentum) <= 1):
        return None
    use_batch = plan.kwargs.get("use_batch_statistics")
    torch_names = {names[t]: t for t in ("weight", "bias", *STATISTICS)}

    def snapshot() -> dict[str, NDArray[Any]]:
        return {name: values[t].copy() for name, t in torch_names.items()}

    initial, steps = snapshot(), []
    training = False  # a Cell starts in eval mode
    for index, flag in enumerate(plan.train_flags):
        training = training if flag is None else flag
        if use_batch is True or (use_batch is None and training):
            stats = _batch_statistics(case, index)
            if stats is None:
                break  # fewer than two values per channel: the unbiased variance has no value
            keep = float(momentum)
            with np.errstate(all="ignore"):  # NaN/Inf inputs carry into the statistics, as documented
                values["running_mean"] = keep * values["running_mean"] + (1 - keep) * stats[0]
                values["running_var"] = keep * values["running_var"] + (1 - keep) * stats[1]
        steps.append(snapshot())
    return DocumentedState(initial, tuple(steps), torch_names, MS_STATE_DOC)
