"""Whole cases: `batchnorm_cases()` for valid uses, `invalid_cases()` for the error-parity property."""

from __future__ import annotations

from typing import TypeVar

from hypothesis import strategies as st

from fuzz.model.case import TORCH_DEFAULTS, Case, MindSporeOptions, Step
from strategies.params import dtypes, eps_values, initial_seeds, make_initial_values, momenta, param_dtypes
from strategies.shapes import input_shapes
from strategies.steps import draw_step_sequence

_BOOLS = st.booleans()
_MINDSPORE_OPTIONS = st.builds(MindSporeOptions, init_via_constructor=_BOOLS, pass_use_batch_statistics=_BOOLS,
                               frozen_statistics=_BOOLS)
_GRAD_SEEDS = st.integers(0, 2**16)

T = TypeVar("T")


def _argument(draw: st.DrawFn, name: str, strategy: st.SearchStrategy[T], omit: set[str]) -> T:
    """One constructor argument: a drawn custom value, or torch's default (then sometimes in `omit`)."""
    # the default is kept (and sometimes left out, so the framework's own default is tested)
    # unless a custom value is drawn; every path draws twice, so shrinking heads for defaults
    if draw(_BOOLS, label=f"custom {name}"):
        return draw(strategy, label=name)
    default: T = TORCH_DEFAULTS[name]
    if draw(_BOOLS, label=f"omit {name}"):
        omit.add(name)
    return default


@st.composite
def batchnorm_cases(draw: st.DrawFn, nonfinite: bool = False, grad: bool | None = None) -> Case:
    """A valid BatchNorm1d case in torch's convention.

    nonfinite: allow NaN/Inf in inputs.  grad: force gradients on/off (None: drawn).
    Shrinks toward one float32 training step on a small (N, 1) input with default arguments.
    """
    shape = draw(input_shapes(), label="shape")
    dtype = draw(dtypes(), label="dtype")
    omit: set[str] = set()
    eps = _argument(draw, "eps", eps_values(), omit)
    momentum = _argument(draw, "momentum", momenta(), omit)
    affine = _argument(draw, "affine", _BOOLS, omit)
    tracking = _argument(draw, "track_running_stats", _BOOLS, omit)
    channels = shape[1]
    initial: dict[str, tuple[float, ...] | None] = {}
    for name in ("weight", "bias", "running_mean", "running_var"):
        # always drawn, then dropped when unused: every path makes the same number of choices, so
        # the shrinker heads for default arguments instead of for whichever path draws least
        seed = draw(initial_seeds(), label=f"{name} seed")
        needed = affine if name in ("weight", "bias") else tracking
        initial[name] = make_initial_values(seed, channels, name) if needed else None
    options = draw(_MINDSPORE_OPTIONS, label="mindspore options")
    if not tracking:
        options = MindSporeOptions(options.init_via_constructor, options.pass_use_batch_statistics, False)
    return Case(
        shape=shape,
        dtype=dtype,
        param_dtype=draw(param_dtypes(), label="param dtype"),
        omit=frozenset(omit),
        steps=draw_step_sequence(draw, shape, dtype, nonfinite),
        grad=draw(_BOOLS, label="grad") if grad is None else grad,
        grad_seed=draw(_GRAD_SEEDS, label="grad seed"),
        mindspore=options,
        eps=eps,
        momentum=momentum,
        affine=affine,
        track_running_stats=tracking,
        weight=initial["weight"],
        bias=initial["bias"],
        running_mean=initial["running_mean"],
        running_var=initial["running_var"],
    )


#: the valid case an invalid use is made from (built once: see strategies.inputs.draw_distribution)
_VALID_BASE = batchnorm_cases(grad=False)

#: (field, invalid values) for one corruption of an otherwise valid case.
INVALID_ARGUMENTS: tuple[tuple[str, tuple[object, ...]], ...] = (
    ("eps", (0.0, -1e-5, 1.5, 2.0, float("nan"), float("inf"), "1e-5")),
    ("momentum", (-0.1, 1.5, 2.0, float("nan"), "0.1")),
    ("num_features", (0, -1, "3", 3.0)),
    ("dtype", ("int32", "int64", "float64")),
)


_CORRUPTIONS = st.sampled_from(("argument", "channel mismatch", "rank"))
_INVALID_ARGUMENT = st.sampled_from(INVALID_ARGUMENTS)
_INVALID_VALUES = {name: st.sampled_from(choices) for name, choices in INVALID_ARGUMENTS}
_CHANNEL_DELTAS = st.sampled_from((1, -1))
_RANKS = st.sampled_from((1, 4))


@st.composite
def invalid_cases(draw: st.DrawFn) -> Case:
    """A small valid case with exactly one invalid use: bad eps/momentum/num_features, wrong dtype,
    a channel mismatch or a wrong rank.  What each framework accepts is what the property compares."""
    base = draw(_VALID_BASE, label="valid base")
    base = base.with_(steps=base.steps[:2], omit=frozenset())
    corruption = draw(_CORRUPTIONS, label="corruption")
    if corruption == "argument":
        name, _ = draw(_INVALID_ARGUMENT, label="argument")
        value = draw(_INVALID_VALUES[name], label=f"invalid {name}")
        if name == "num_features":
            value = float(base.shape[1]) if isinstance(value, float) else value
            return base.with_(num_features=value, weight=None, bias=None, running_mean=None, running_var=None)
        return base.with_(**{name: value})
    if corruption == "channel mismatch":
        delta = draw(_CHANNEL_DELTAS, label="channel delta")
        features = base.shape[1] + delta
        if features < 1:
            features = base.shape[1] + 1
        return base.with_(num_features=features, weight=None, bias=None, running_mean=None, running_var=None)
    rank = draw(_RANKS, label="rank")
    shape = (base.shape[1],) if rank == 1 else (max(base.shape[0], 2), base.shape[1], 2, 2)
    steps = tuple(Step(s.mode, s.input) for s in base.steps)
    return base.with_(shape=shape, steps=steps, num_features=base.shape[1])
