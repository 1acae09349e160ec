"""Tests for strategies/: what the case strategies draw, what they reach, and how they shrink."""

from __future__ import annotations

import functools
import math
from collections import Counter

import numpy as np
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st

from fuzz.model.case import TORCH_DEFAULTS, Case, Layout, MindSporeOptions, Mode, eps_has_value, momentum_has_value
from strategies import batchnorm_cases, input_shapes, invalid_cases
from strategies.cases import INVALID_ARGUMENTS
from strategies.limits import MAX_BATCH, MAX_CHANNELS, MAX_ELEMENTS, MAX_LENGTH, MAX_STEPS

QUIET = list(HealthCheck)
FIND = settings(database=None, derandomize=True, max_examples=2000, suppress_health_check=QUIET)
FIRST = settings(FIND, phases=[Phase.generate])  # the first example found, unshrunk


@functools.cache
def simplest_case() -> Case:
    """What the shrinker makes of a failure every case has (computed once: shrinking takes seconds)."""
    return find(batchnorm_cases(), lambda c: True, settings=FIND)


def inputs(case: Case) -> list[np.ndarray]:
    return [s.input.generate(case.shape, case.dtype) for s in case.steps]


# --------------------------------------------------------------------------------------------
# Valid uses

@settings(max_examples=100, deadline=None, database=None, suppress_health_check=QUIET)
@given(case=batchnorm_cases())
def test_batchnorm_cases_draws_only_valid_uses_within_the_limits(case):
    # valid but for the types eps and momentum may be passed as (strategies/arguments.py, VALUE_BEARING)
    documented = case.with_(eps=float(case.eps), momentum=0.1 if case.momentum is None else float(case.momentum))
    assert documented.is_valid_use
    assert eps_has_value(case.eps) and momentum_has_value(case.momentum)
    assert case.num_features is None and case.rules_off == frozenset()
    n, c = case.shape[:2]
    length = case.shape[2] if len(case.shape) == 3 else 1
    assert math.prod(case.shape) <= MAX_ELEMENTS
    assert n <= MAX_BATCH and 1 <= c <= MAX_CHANNELS and 1 <= length <= MAX_LENGTH
    assert 1 <= len(case.steps) <= MAX_STEPS
    for name in case.omit:
        assert getattr(case, name) == TORCH_DEFAULTS[name]
    # initial values only where the module has them; a running variance is positive
    assert (case.weight is None and case.bias is None) or case.affine
    assert (case.running_mean is None and case.running_var is None) or case.track_running_stats
    if case.running_var is not None:
        assert min(case.running_var) > 0
    # MindSpore's own initial values only where torch keeps no counterpart
    for name, _ in case.mindspore.unmapped_init:
        assert not (case.affine if name in ("weight", "bias") else case.track_running_stats), name
    for x in inputs(case):  # nonfinite=False: every input finite, float16 included
        assert x.shape == case.shape and x.dtype == np.dtype(case.dtype) and np.isfinite(x).all()


FEATURES = {
    "N = 0": lambda c: c.shape[0] == 0,
    "N * L == 1": lambda c: c.values_per_channel == 1,
    "C >= 64": lambda c: c.shape[1] >= 64,
    "N * L >= 512": lambda c: c.values_per_channel >= 512,
    "over a quarter of MAX_ELEMENTS": lambda c: math.prod(c.shape) > MAX_ELEMENTS // 4,
    "2-D": lambda c: len(c.shape) == 2,
    "3-D": lambda c: len(c.shape) == 3,
    "float16": lambda c: c.dtype == "float16",
    "float32": lambda c: c.dtype == "float32",
    "float16 parameters": lambda c: c.param_dtype == "float16",
    "an omitted argument": lambda c: bool(c.omit),
    "momentum 0": lambda c: c.momentum == 0.0,
    "momentum 1": lambda c: c.momentum == 1.0,
    "momentum None": lambda c: c.momentum is None,
    "a drawn eps": lambda c: c.eps != 1e-5,
    ">= 4 steps": lambda c: len(c.steps) >= 4,
    "an eval step": lambda c: any(s.mode is Mode.EVAL for s in c.steps),
    "eval after train": lambda c: any(a.mode is Mode.TRAIN and b.mode is Mode.EVAL
                                      for a, b in zip(c.steps, c.steps[1:])),
    "affine=False": lambda c: not c.affine,
    "track_running_stats=False": lambda c: not c.track_running_stats,
    "a non-default weight": lambda c: c.weight is not None,
    "a non-default running_var": lambda c: c.running_var is not None and c.running_var != (1.0,) * c.shape[1],
    "gradients": lambda c: c.grad,
    "frozen statistics": lambda c: c.mindspore.frozen_statistics,
    "init via constructor": lambda c: c.mindspore.init_via.value == "constructor",
    "init via checkpoint": lambda c: c.mindspore.init_via.value == "checkpoint",
    "use_batch_statistics=True": lambda c: c.mindspore.use_batch_statistics is True,
    "MindSpore-only gamma with affine=False": lambda c: any(n == "weight" for n, _ in c.mindspore.unmapped_init),
    "MindSpore-only moving statistics": lambda c: any(n == "running_mean" for n, _ in c.mindspore.unmapped_init),
    "a large offset": lambda c: any(abs(s.input.offset) >= 1e3 for s in c.steps),
    "a constant channel": lambda c: any(s.input.constant_channels for s in c.steps),
    "outliers": lambda c: any(s.input.outliers for s in c.steps),
    "eps as an int": lambda c: type(c.eps) is int,
    # (eps as a narrower NumPy float is rarer than 1 in 300 since the threads draw: tests/test_arguments.py
    # reaches it in its 2000 examples)
    "eps as numpy.float64": lambda c: isinstance(c.eps, np.float64),
    "momentum as an int": lambda c: type(c.momentum) is int,
    "momentum as numpy.float64": lambda c: isinstance(c.momentum, np.float64),
    "a transposed input": lambda c: any(s.input.layout is Layout.TRANSPOSED for s in c.steps),
    "a strided input": lambda c: any(s.input.layout is Layout.STRIDED for s in c.steps),
    "a contiguous step after a strided one": lambda c: any(
        a.input.layout is Layout.STRIDED and b.input.layout is Layout.CONTIGUOUS for a, b in zip(c.steps, c.steps[1:])),
}


#: examples in which the draws must reach every feature and corruption.  Derandomized, the draws are
#: fixed for one process, yet which 300 came out moved with what the process had imported before
#: (measured 2026-12-07: after importing fuzz/execution/adapters/mindspore_common.py of issue 13,
#: 300 missed "momentum as numpy.float64" and "rank 4", standalone they did not; cause not found);
#: 600 reach every one in both
REACH_EXAMPLES = 600


def test_batchnorm_cases_reach_every_feature_in_600_examples():
    counts: Counter[str] = Counter()

    @settings(max_examples=REACH_EXAMPLES, deadline=None, database=None, derandomize=True, suppress_health_check=QUIET)
    @given(case=batchnorm_cases())
    def count(case):
        counts["examples"] += 1
        counts.update(name for name, has in FEATURES.items() if has(case))

    count()
    assert counts["examples"] == REACH_EXAMPLES
    missing = [name for name in FEATURES if counts[name] == 0]
    assert not missing, (missing, counts)


def test_nonfinite_true_plants_nan_and_both_infinities():
    seen: Counter[str] = Counter()

    @settings(max_examples=100, deadline=None, database=None, derandomize=True, suppress_health_check=QUIET)
    @given(case=batchnorm_cases(nonfinite=True))
    def count(case):
        for x in inputs(case):
            seen["nan"] += int(np.isnan(x).any())
            seen["inf"] += int(np.isposinf(x).any())
            seen["-inf"] += int(np.isneginf(x).any())
        assert any(s.input.has_nonfinite for s in case.steps) == any(not np.isfinite(x).all() for x in inputs(case))

    count()
    assert seen["nan"] and seen["inf"] and seen["-inf"], seen


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=QUIET)
@given(case=batchnorm_cases(nonfinite=False, grad=True))
def test_nonfinite_false_never_plants_and_grad_can_be_forced(case):
    assert case.grad is True
    assert not any(s.input.has_nonfinite for s in case.steps)
    assert all(np.isfinite(x).all() for x in inputs(case))


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=QUIET)
@given(shape=input_shapes())
def test_shapes_stay_within_the_limits(shape):
    assert len(shape) in (2, 3) and math.prod(shape) <= MAX_ELEMENTS
    assert 0 <= shape[0] <= MAX_BATCH and 1 <= shape[1] <= MAX_CHANNELS
    assert len(shape) == 2 or 1 <= shape[2] <= MAX_LENGTH



# --------------------------------------------------------------------------------------------
# Invalid uses

def corruption(case: Case) -> str:
    if case.dtype not in ("float16", "float32"):
        return "dtype"
    if len(case.shape) not in (2, 3):
        return f"rank {len(case.shape)}"
    if case.num_features is not None and (type(case.num_features) is not int or case.num_features != case.shape[1]):
        return "num_features"
    if type(case.affine) is not bool or type(case.track_running_stats) is not bool:
        return "a bool argument of another type"
    if not (isinstance(case.eps, float) and 0 < case.eps <= 1):
        return "eps"
    if not (isinstance(case.momentum, float) and 0 <= case.momentum <= 1):
        return "momentum"
    if case.mindspore.use_batch_statistics is not None and type(case.mindspore.use_batch_statistics) is not bool:
        return "use_batch_statistics of another type"
    return "none"


@settings(max_examples=100, deadline=None, database=None, derandomize=True, suppress_health_check=QUIET)
@given(case=invalid_cases())
def test_invalid_cases_are_never_valid_uses(case):
    assert corruption(case) != "none"
    assert not case.is_valid_use
    assert len(case.steps) <= 2 and case.omit == frozenset() and case.grad is False


def test_invalid_cases_reach_every_corruption():  # in REACH_EXAMPLES
    seen: Counter[str] = Counter()

    @settings(max_examples=REACH_EXAMPLES, deadline=None, database=None, derandomize=True, suppress_health_check=QUIET)
    @given(case=invalid_cases())
    def count(case):
        seen[corruption(case)] += 1

    count()
    for kind in ("dtype", "rank 0", "rank 1", "rank 4", "num_features", "eps", "momentum",
                 "a bool argument of another type", "use_batch_statistics of another type"):
        assert seen[kind], (kind, seen)


def test_a_float_num_features_from_invalid_cases_is_not_a_valid_use():
    assert 3.0 in dict(INVALID_ARGUMENTS)["num_features"]
    case = find(invalid_cases(), lambda c: isinstance(c.num_features, float), settings=FIRST)
    assert not case.is_valid_use


# --------------------------------------------------------------------------------------------
# Shrinking

def test_shrinking_reaches_a_single_training_step():
    case = simplest_case()
    assert [s.mode for s in case.steps] == [Mode.TRAIN]
    assert case.grad_seed == 0 and case.steps[0].input.offset == 0.0 and case.steps[0].input.scale == 1.0


def test_shrinking_with_default_modules_reaches_the_simplest_case():
    case = find(batchnorm_cases(), lambda c: c.affine and c.track_running_stats, settings=FIND)
    assert case.shape == (2, 1) and case.dtype == "float32" and len(case.steps) == 1
    assert case.steps[0].mode is Mode.TRAIN and case.param_dtype is None and case.grad is False
    assert (case.eps, case.momentum, case.omit) == (1e-5, 0.1, frozenset())
    assert case.weight is None and case.running_var is None and case.mindspore == MindSporeOptions()


def test_shrinking_reaches_one_float32_train_step_on_a_small_default_module():
    case = simplest_case()
    assert case.dtype == "float32" and case.shape[1] == 1 and math.prod(case.shape) <= 8
    assert case.affine and case.track_running_stats


def test_strategies_are_lazy_and_validate_nothing_at_import():
    assert isinstance(batchnorm_cases(), st.SearchStrategy) and isinstance(invalid_cases(), st.SearchStrategy)
