"""Whole cases: `batchnorm_cases()` for valid uses, `invalid_cases()` for the error-parity property."""

from __future__ import annotations

import dataclasses
import functools
from typing import TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from fuzz.model.case import ALL_DTYPES, DEFAULT_THREADS, TORCH_DEFAULTS, Case, MindSporeOptions, Step
from strategies.arguments import argument_types, draw_value_type, retyped
from strategies.limits import MAX_STEPS
from strategies.mindspore_options import draw_mindspore_options, wrong_use_batch_statistics
from strategies.params import dtypes, eps_values, initial_seeds, make_initial_values, momenta, param_dtypes
from strategies.shapes import input_shapes
from strategies.steps import draw_step_sequence

_BOOLS = st.booleans()
_GRAD_SEEDS = st.integers(0, 2**16)

T = TypeVar("T")


def _argument(draw: st.DrawFn, name: str, strategy: st.SearchStrategy[T], omit: set[str],
              typed: bool = False) -> T:
    """One constructor argument: a drawn custom value, or torch's default (then sometimes in `omit`).

    typed: a custom value is now and then passed as another type that holds it (eps=1,
    numpy.float32(1e-3): strategies/arguments.py `draw_value_type`), so that its values are compared.
    """
    # the default is kept (and sometimes left out, so the framework's own default is tested)
    # unless a custom value is drawn; every path draws twice, so shrinking heads for defaults
    if draw(_BOOLS, label=f"custom {name}"):
        value = draw(strategy, label=name)
        return draw_value_type(draw, name, value) if typed else value
    default: T = TORCH_DEFAULTS[name]
    if draw(_BOOLS, label=f"omit {name}"):
        omit.add(name)
    return default


#: the share of valid cases torch runs with its own default intra-op thread count (`DEFAULT_THREADS`:
#: all cores of the worker, as users run it) instead of the harness's one thread.  torch splits a
#: reduction across threads only above its grain size (32,768 elements, at::internal::GRAIN_SIZE), so
#: in the common small cases the count changes nothing but the time; the large stratum
#: (strategies/large.py) draws it more often.
DEFAULT_THREADS_SHARE = 0.25
#: the share is drawn from this many equally likely slots (the first ones threads=1, where shrinking goes)
THREADS_SLOTS = 20


@functools.lru_cache(maxsize=None)
def _thread_counts(default_slots: int) -> st.SearchStrategy[int]:
    return st.sampled_from((1,) * (THREADS_SLOTS - default_slots) + (DEFAULT_THREADS,) * default_slots)


def batchnorm_cases(nonfinite: bool = False, grad: bool | None = None, *,
                    default_threads: float = DEFAULT_THREADS_SHARE,
                    shapes: st.SearchStrategy[tuple[int, ...]] | None = None,
                    max_steps: int = MAX_STEPS) -> st.SearchStrategy[Case]:
    """A valid BatchNorm1d case in torch's convention.

    nonfinite: allow NaN/Inf in inputs.  grad: force gradients on/off (None: drawn).
    default_threads: the share of cases torch runs with its default intra-op thread count
    (`Case.threads = DEFAULT_THREADS`), in steps of 1/THREADS_SLOTS; the others run with one thread.
    shapes: the input shapes (`input_shapes()` if None; strategies/large.py passes its own).
    max_steps: most train/eval steps.
    Shrinks toward one float32 training step with one torch thread on a small (N, 1) input with
    default arguments (on the smallest shape `shapes` draws).
    """
    if isinstance(default_threads, bool) or not isinstance(default_threads, (int, float)) \
            or not 0 <= default_threads <= 1:
        raise InvalidArgument(f"batchnorm_cases(default_threads=...) must be a share between 0 and 1, "
                              f"got {default_threads!r}")
    if shapes is not None and not isinstance(shapes, st.SearchStrategy):
        raise InvalidArgument(f"batchnorm_cases(shapes=...) must be a strategy of input shapes or None, got {shapes!r}")
    if isinstance(max_steps, bool) or not isinstance(max_steps, int) or max_steps < 1:
        raise InvalidArgument(f"batchnorm_cases(max_steps=...) must be an int >= 1, got {max_steps!r}")
    threads = _thread_counts(round(default_threads * THREADS_SLOTS)) if default_threads else None
    return _batchnorm_cases(nonfinite, grad, threads, input_shapes() if shapes is None else shapes, max_steps)


@st.composite
def _batchnorm_cases(draw: st.DrawFn, nonfinite: bool, grad: bool | None, threads: st.SearchStrategy[int] | None,
                     shapes: st.SearchStrategy[tuple[int, ...]], max_steps: int) -> Case:
    shape = draw(shapes, label="shape")
    dtype = draw(dtypes(), label="dtype")
    omit: set[str] = set()
    eps = _argument(draw, "eps", eps_values(), omit, typed=True)
    momentum = _argument(draw, "momentum", momenta(), omit, typed=True)
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
    options = draw_mindspore_options(draw, channels, affine, tracking)
    return Case(
        shape=shape,
        dtype=dtype,
        param_dtype=draw(param_dtypes(), label="param dtype"),
        omit=frozenset(omit),
        steps=draw_step_sequence(draw, shape, dtype, nonfinite, max_steps),
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
        threads=1 if threads is None else draw(threads, label="torch threads"),
    )


#: the valid case an invalid use is made from (built once: see strategies.inputs.draw_distribution),
#: with one torch thread: whether a use is accepted, and with which exception, is no thread count's
_VALID_BASE = batchnorm_cases(grad=False, default_threads=0)

#: input dtypes a user may hold that the valid family does not draw: every one but float16/float32
INVALID_DTYPES = tuple(d for d in ALL_DTYPES if d not in ("float16", "float32"))

#: (field, invalid values) for one corruption of an otherwise valid case.
INVALID_ARGUMENTS: tuple[tuple[str, tuple[object, ...]], ...] = (
    ("eps", (0.0, -1e-5, 1.5, 2.0, float("nan"), float("inf"), "1e-5")),
    ("momentum", (-0.1, 1.5, 2.0, float("nan"), "0.1")),
    ("num_features", (0, -1, "3", 3.0)),
    ("dtype", INVALID_DTYPES),
)

#: input ranks BatchNorm1d does not take: a scalar (), (C,), (N, C, H, W)
INVALID_RANKS = (0, 1, 4)

_CORRUPTIONS = st.sampled_from(("argument", "argument type", "channel mismatch", "rank", "mindspore argument type"))
_INVALID_ARGUMENT = st.sampled_from(INVALID_ARGUMENTS)
_INVALID_VALUES = {name: st.sampled_from(choices) for name, choices in INVALID_ARGUMENTS}
_CHANNEL_DELTAS = st.sampled_from((1, -1))
_RANKS = st.sampled_from(INVALID_RANKS)


def _documented_types(case: Case) -> Case:
    """`case` with eps and momentum as the floats they hold: a base that already passes one of them
    as another type (`draw_value_type`) would give an invalid case a second undocumented use."""
    momentum = None if case.momentum is None else float(case.momentum)
    return case.with_(eps=float(case.eps), momentum=momentum)


def _without_initial(options: MindSporeOptions) -> MindSporeOptions:
    """The options without MindSpore's own initial values: they have the old number of features."""
    return dataclasses.replace(options, unmapped_init=())


@st.composite
def invalid_cases(draw: st.DrawFn) -> Case:
    """A small valid case with exactly one invalid use: bad eps/momentum/num_features, an argument of
    another type than documented (strategies/arguments.py), an input dtype other than float16/float32,
    a channel mismatch or a rank other than 2 and 3.  What each framework accepts is what the
    property compares."""
    base = draw(_VALID_BASE, label="valid base")
    base = _documented_types(base).with_(steps=base.steps[:2], omit=frozenset())
    corruption = draw(_CORRUPTIONS, label="corruption")
    if corruption == "argument type":
        name, conversion = draw(argument_types(), label="argument type")
        right = base.shape[1] if name == "num_features" else getattr(base, name)
        right = TORCH_DEFAULTS[name] if right is None else right  # momentum=None holds no number to retype
        return base.with_(**{name: retyped(name, right, conversion)})
    if corruption == "mindspore argument type":  # MindSpore's own argument, of another type (tracked:
        # without torch's statistics the mapping passes True whatever was drawn)
        value = draw(wrong_use_batch_statistics(), label="use_batch_statistics of another type")
        return base.with_(track_running_stats=True, running_mean=None, running_var=None,
                          mindspore=dataclasses.replace(base.mindspore, use_batch_statistics=value,
                                                        unmapped_init=()))
    if corruption == "argument":
        name, _ = draw(_INVALID_ARGUMENT, label="argument")
        value = draw(_INVALID_VALUES[name], label=f"invalid {name}")
        if name == "num_features":
            value = float(base.shape[1]) if isinstance(value, float) else value
            return base.with_(num_features=value, weight=None, bias=None, running_mean=None, running_var=None,
                              mindspore=_without_initial(base.mindspore))
        return base.with_(**{name: value})
    if corruption == "channel mismatch":
        delta = draw(_CHANNEL_DELTAS, label="channel delta")
        features = base.shape[1] + delta
        if features < 1:
            features = base.shape[1] + 1
        return base.with_(num_features=features, weight=None, bias=None, running_mean=None, running_var=None,
                          mindspore=_without_initial(base.mindspore))
    rank = draw(_RANKS, label="rank")
    shape = {0: (), 1: (base.shape[1],)}.get(rank, (max(base.shape[0], 2), base.shape[1], 2, 2))
    steps = tuple(Step(s.mode, s.input) for s in base.steps)
    return base.with_(shape=shape, steps=steps, num_features=base.shape[1])
