"""Tests for fuzz/oracle/reference.py: the float64 reference against values computed by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from fuzz.model.case import Case, InputSpec, MindSporeOptions, Mode, Step
from fuzz.model.outcome import Outcome, Phase
from fuzz.oracle.reference import ReferenceAdapter

TRAIN, EVAL = Mode.TRAIN, Mode.EVAL
REF = ReferenceAdapter()


def literal(*modes_and_values: tuple[Mode, tuple[float, ...]]) -> tuple[Step, ...]:
    return tuple(Step(mode, InputSpec(values=tuple(float(v) for v in values))) for mode, values in modes_and_values)


def run(case: Case) -> Outcome:
    outcome = REF.run(case)
    assert outcome.target == "reference" and outcome.backend == "float64"
    return outcome


# x (N=2, C=2): channel 0 = [1, 3]: mean 2, biased var 1, unbiased var 2
#               channel 1 = [2, 6]: mean 4, biased var 4, unbiased var 8
X22 = (1.0, 2.0, 3.0, 6.0)
EPS = 0.5  # large, so that eps inside or outside the square root gives different numbers
WEIGHT, BIAS = (2.0, -1.0), (0.5, 1.0)


def test_training_step_on_a_2x2_input_by_hand():
    case = Case(shape=(2, 2), eps=EPS, momentum=0.25, weight=WEIGHT, bias=BIAS, running_mean=(0.0, 10.0),
                running_var=(1.0, 2.0), steps=literal((TRAIN, X22)))
    outcome = run(case)
    assert outcome.error is None and len(outcome.steps) == 1
    step = outcome.steps[0]
    s0, s1 = math.sqrt(1.0 + 0.5), math.sqrt(4.0 + 0.5)  # biased variance, eps inside the sqrt
    expected = [[(1 - 2) / s0 * 2 + 0.5, (2 - 4) / s1 * -1 + 1],
                [(3 - 2) / s0 * 2 + 0.5, (6 - 4) / s1 * -1 + 1]]
    np.testing.assert_allclose(step.output, expected, rtol=1e-15, atol=0)
    # running update: (1 - m) * old + m * batch statistic, the variance unbiased
    np.testing.assert_allclose(step.running_mean, [0.75 * 0 + 0.25 * 2, 0.75 * 10 + 0.25 * 4], rtol=1e-15)
    np.testing.assert_allclose(step.running_var, [0.75 * 1 + 0.25 * 2, 0.75 * 2 + 0.25 * 8], rtol=1e-15)
    np.testing.assert_allclose(step.norm_mean, [2.0, 4.0], rtol=1e-15)
    np.testing.assert_allclose(step.norm_var, [1.0, 4.0], rtol=1e-15)
    assert step.output.dtype == np.float64


def test_training_step_on_a_2x1x3_input_reduces_over_batch_and_length():
    # values 1, 2, 3 | 4, 5, 9: mean 4, squared deviations 9+4+1+0+1+25 = 40
    # biased var 40/6 = 20/3, unbiased 40/5 = 8; eps 1/3 makes var + eps = 7
    values = (1.0, 2.0, 3.0, 4.0, 5.0, 9.0)
    case = Case(shape=(2, 1, 3), eps=1 / 3, momentum=0.5, steps=literal((TRAIN, values)))
    step = run(case).steps[0]
    expected = (np.array(values).reshape(2, 1, 3) - 4.0) / math.sqrt(7.0)
    np.testing.assert_allclose(step.output, expected, rtol=1e-14)
    np.testing.assert_allclose(step.running_mean, [0.5 * 0 + 0.5 * 4], rtol=1e-15)
    np.testing.assert_allclose(step.running_var, [0.5 * 1 + 0.5 * 8], rtol=1e-15)
    np.testing.assert_allclose(step.norm_var, [20 / 3], rtol=1e-15)


def test_eval_step_normalises_with_the_running_statistics_and_leaves_them_alone():
    case = Case(shape=(2, 2), eps=EPS, weight=WEIGHT, bias=BIAS, running_mean=(1.0, -1.0), running_var=(4.0, 0.25),
                steps=literal((EVAL, X22)))
    step = run(case).steps[0]
    s0, s1 = math.sqrt(4.5), math.sqrt(0.75)
    expected = [[(1 - 1) / s0 * 2 + 0.5, (2 + 1) / s1 * -1 + 1],
                [(3 - 1) / s0 * 2 + 0.5, (6 + 1) / s1 * -1 + 1]]
    np.testing.assert_allclose(step.output, expected, rtol=1e-15)
    np.testing.assert_array_equal(step.running_mean, [1.0, -1.0])
    np.testing.assert_array_equal(step.running_var, [4.0, 0.25])


def test_eval_after_train_uses_the_updated_running_statistics():
    case = Case(shape=(2, 2), eps=EPS, momentum=0.25, running_mean=(0.0, 10.0), running_var=(1.0, 2.0),
                steps=literal((TRAIN, X22), (EVAL, (0.0, 0.0, 1.0, 1.0))))
    outcome = run(case)
    mean, var = np.array([0.5, 8.5]), np.array([1.25, 3.5])  # from the hand computation above
    np.testing.assert_allclose(outcome.steps[1].output,
                               (np.array([[0.0, 0.0], [1.0, 1.0]]) - mean) / np.sqrt(var + EPS), rtol=1e-15)
    np.testing.assert_allclose(outcome.steps[1].running_mean, mean, rtol=1e-15)


def test_momentum_none_gives_the_cumulative_average_over_training_steps():
    batches = [(1.0, 3.0), (10.0, 20.0), (-4.0, 0.0)]  # (N=2, C=1): means 2, 15, -2; unbiased vars 2, 50, 8
    case = Case(shape=(2, 1), momentum=None, running_mean=(100.0,), running_var=(100.0,),
                steps=literal((TRAIN, batches[0]), (EVAL, (7.0, 7.0)), (TRAIN, batches[1]), (TRAIN, batches[2])))
    outcome = run(case)
    means = [s.running_mean[0] for s in outcome.steps]
    variances = [s.running_var[0] for s in outcome.steps]
    # the first step replaces the initial value (m = 1), an eval step counts nothing
    np.testing.assert_allclose(means, [2.0, 2.0, (2 + 15) / 2, (2 + 15 - 2) / 3], rtol=1e-15)
    np.testing.assert_allclose(variances, [2.0, 2.0, (2 + 50) / 2, (2 + 50 + 8) / 3], rtol=1e-15)


def test_momentum_zero_and_one_are_the_ends_of_the_update():
    keep = run(Case(shape=(2, 2), momentum=0.0, running_mean=(5.0, 6.0), steps=literal((TRAIN, X22)))).steps[0]
    np.testing.assert_array_equal(keep.running_mean, [5.0, 6.0])
    replace = run(Case(shape=(2, 2), momentum=1.0, running_mean=(5.0, 6.0), steps=literal((TRAIN, X22)))).steps[0]
    np.testing.assert_array_equal(replace.running_mean, [2.0, 4.0])
    np.testing.assert_array_equal(replace.running_var, [2.0, 8.0])


@pytest.mark.parametrize("mode", [TRAIN, EVAL])
def test_without_tracking_batch_statistics_are_used_in_every_mode(mode):
    case = Case(shape=(2, 2), eps=EPS, track_running_stats=False, steps=literal((mode, X22)))
    step = run(case).steps[0]
    s0, s1 = math.sqrt(1.5), math.sqrt(4.5)
    np.testing.assert_allclose(step.output, [[-1 / s0, -2 / s1], [1 / s0, 2 / s1]], rtol=1e-15)
    assert step.running_mean is None and step.running_var is None


def test_frozen_statistics_never_update_and_always_use_running_statistics():
    case = Case(shape=(2, 2), eps=EPS, running_mean=(1.0, -1.0), running_var=(4.0, 0.25),
                mindspore=MindSporeOptions(use_batch_statistics=False), steps=literal((TRAIN, X22), (TRAIN, X22)))
    outcome = run(case)
    for step in outcome.steps:
        np.testing.assert_array_equal(step.running_mean, [1.0, -1.0])
        np.testing.assert_allclose(step.output[:, 0], (np.array([1.0, 3.0]) - 1.0) / math.sqrt(4.5), rtol=1e-15)


def test_affine_false_ignores_weight_and_bias():
    with_params = run(Case(shape=(2, 2), affine=False, weight=WEIGHT, bias=BIAS, steps=literal((TRAIN, X22))))
    without = run(Case(shape=(2, 2), affine=False, steps=literal((TRAIN, X22))))
    np.testing.assert_array_equal(with_params.steps[0].output, without.steps[0].output)


def test_input_is_rounded_to_the_case_dtype_first():
    value = 1.0 + 2**-20  # exact in float32 and float64, rounds to 1.0 in float16
    for dtype, expected_mean in (("float16", 1.0), ("float32", value)):
        case = Case(shape=(2, 1), dtype=dtype, steps=literal((TRAIN, (value, value))))
        assert run(case).steps[0].norm_mean[0] == expected_mean, dtype


# --------------------------------------------------------------------------------------------
# Gradients against a central finite difference (float64 throughout)

def loss(case: Case) -> float:
    """The scalar whose gradient the reference reports: sum(output * upstream)."""
    outcome = run(case)
    assert outcome.error is None
    index = len(case.steps) - 1
    upstream = case.upstream_gradient(index, case.shape, case.dtype).astype(np.float64)
    return float(np.sum(outcome.steps[index].output * upstream))


def finite_difference(case: Case, field: str, h: float = 1e-6) -> np.ndarray:
    if field == "input":
        base = np.array(case.steps[-1].input.values)
    else:
        base = np.array(getattr(case, field))
    grad = np.zeros_like(base)
    for i in range(base.size):
        plus, minus = base.copy(), base.copy()
        plus[i] += h
        minus[i] -= h
        values = []
        for v in (plus, minus):
            if field == "input":
                last = Step(case.steps[-1].mode, InputSpec(values=tuple(v)))
                values.append(loss(case.with_(steps=case.steps[:-1] + (last,))))
            else:
                values.append(loss(case.with_(**{field: tuple(v)})))
        grad[i] = (values[0] - values[1]) / (2 * h)
    return grad


X = tuple(np.random.default_rng(5).normal(1.0, 2.0, 12))
GRAD_CASES = {
    "train": Case(shape=(3, 2, 2), dtype="float64", grad=True, grad_seed=3, weight=(1.5, -0.5), bias=(0.2, 0.1),
                  steps=literal((TRAIN, X))),
    "eval": Case(shape=(3, 2, 2), dtype="float64", grad=True, grad_seed=4, weight=(1.5, -0.5), bias=(0.2, 0.1),
                 running_mean=(0.5, -1.0), running_var=(2.0, 0.5), steps=literal((EVAL, X))),
    "eval without tracking": Case(shape=(6, 2), dtype="float64", grad=True, grad_seed=5, weight=(0.7, 2.0),
                                  bias=(0.0, 1.0), track_running_stats=False, steps=literal((EVAL, X))),
    "second step, train": Case(shape=(4, 3), dtype="float64", grad=True, grad_seed=6, weight=(1.0, 2.0, 3.0),
                               bias=(0.0, 0.0, 0.0), steps=literal((TRAIN, X), (TRAIN, X[::-1]))),
}


@pytest.mark.parametrize("case", GRAD_CASES.values(), ids=GRAD_CASES.keys())
def test_gradients_match_a_central_finite_difference(case):
    step = run(case).steps[-1]
    x_shape = case.shape
    np.testing.assert_allclose(step.grad_input, finite_difference(case, "input").reshape(x_shape), rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(step.grad_weight, finite_difference(case, "weight"), rtol=1e-6, atol=1e-7)
    np.testing.assert_allclose(step.grad_bias, finite_difference(case, "bias"), rtol=1e-6, atol=1e-7)
    # the check has teeth: batch statistics make grad_input differ from the eval-mode formula
    if case.steps[-1].mode is TRAIN:
        upstream = case.upstream_gradient(len(case.steps) - 1, x_shape, "float64")
        naive = upstream * (np.array(case.weight) / np.sqrt(step.norm_var + case.eps)).reshape(1, -1)
        assert not np.allclose(step.grad_input, naive, rtol=1e-3)


def test_no_gradients_unless_asked_and_none_for_weight_without_affine():
    plain = run(Case(shape=(3, 2, 2), dtype="float64", steps=literal((TRAIN, X)))).steps[0]
    assert plain.grad_input is None and plain.grad_weight is None
    no_affine = run(Case(shape=(3, 2, 2), dtype="float64", grad=True, affine=False, steps=literal((TRAIN, X)))).steps[0]
    assert no_affine.grad_input.shape == (3, 2, 2)
    assert no_affine.grad_weight is None and no_affine.grad_bias is None


# --------------------------------------------------------------------------------------------
# Where the documented semantics have no value

@pytest.mark.parametrize("shape", [(1, 3), (1, 3, 1)])
def test_one_value_per_channel_in_training_with_tracking_is_an_undefined_statistic(shape):
    values = tuple(range(3))
    case = Case(shape=shape, steps=literal((EVAL, values), (TRAIN, values), (TRAIN, values)))
    outcome = run(case)
    assert outcome.error is not None
    assert (outcome.error.type, outcome.error.phase, outcome.error.step) == ("UndefinedStatistic", Phase.FORWARD, 1)
    assert len(outcome.steps) == 1  # the eval step before it completed
    assert outcome.rejected and not outcome.unmappable


def test_one_value_per_channel_without_tracking_returns_the_bias():
    case = Case(shape=(1, 3), track_running_stats=False, bias=(0.5, -1.0, 2.0), steps=literal((TRAIN, (1.0, 5.0, 9.0))))
    outcome = run(case)
    assert outcome.error is None
    np.testing.assert_array_equal(outcome.steps[0].output, [[0.5, -1.0, 2.0]])


@pytest.mark.parametrize("shape", [(0, 3), (0, 3, 4)])
@pytest.mark.parametrize("mode", [TRAIN, EVAL])
def test_an_empty_batch_gives_an_empty_output_and_keeps_the_running_statistics(shape, mode):
    case = Case(shape=shape, running_mean=(1.0, 2.0, 3.0), running_var=(4.0, 5.0, 6.0), grad=True,
                steps=(Step(mode, InputSpec()), Step(TRAIN, InputSpec(seed=1))))
    outcome = run(case)
    assert outcome.error is None and len(outcome.steps) == 2
    for step in outcome.steps:
        assert step.output.shape == shape
        np.testing.assert_array_equal(step.running_mean, [1.0, 2.0, 3.0])
        np.testing.assert_array_equal(step.running_var, [4.0, 5.0, 6.0])
        assert step.grad_input.shape == shape
        np.testing.assert_array_equal(step.grad_weight, [0.0, 0.0, 0.0])


INVALID = [
    (dict(shape=(4, 3), dtype="int32"), "dtype"),
    (dict(shape=(4, 3), dtype="int64"), "dtype"),
    (dict(shape=(3,)), "rank"),
    (dict(shape=(2, 3, 2, 2)), "rank"),
    (dict(shape=(4, 3), num_features=4), "num_features"),
    (dict(shape=(4, 3), num_features="3"), "num_features"),
    (dict(shape=(4, 0)), "channels"),
    (dict(shape=(4, 3), eps=0.0), "eps"),
    (dict(shape=(4, 3), eps=-1e-5), "eps"),
    (dict(shape=(4, 3), eps=float("nan")), "eps"),
    (dict(shape=(4, 3), eps="1e-5"), "eps"),
    (dict(shape=(4, 3), momentum="0.1"), "momentum"),
    # another type than documented, holding no value (strategies/arguments.py)
    (dict(shape=(4, 3), eps=True), "eps"),
    (dict(shape=(4, 3), momentum=True), "momentum"),
    (dict(shape=(4, 1), num_features=True), "num_features"),
    (dict(shape=(4, 3), affine=0), "affine"),
    (dict(shape=(4, 3), affine="True"), "affine"),
    (dict(shape=(4, 3), affine=np.bool_(True)), "affine"),
    (dict(shape=(4, 3), track_running_stats=1), "track_running_stats"),
    (dict(shape=(4, 3), track_running_stats=None), "track_running_stats"),
    (dict(shape=(4, 3), dtype="bfloat16"), "bfloat16"),
    (dict(shape=(4, 3), dtype="bool"), "dtype"),
    (dict(shape=(4, 3), dtype="complex64"), "dtype"),
    (dict(shape=(), num_features=1), "rank"),
]


@pytest.mark.parametrize("kwargs, word", INVALID, ids=[str(k) for k, _ in INVALID])
def test_invalid_uses_are_reported_as_invalid_use(kwargs, word):
    outcome = run(Case(**kwargs))
    assert outcome.error is not None and outcome.steps == ()
    assert (outcome.error.type, outcome.error.phase) == ("InvalidUse", Phase.CONSTRUCT)
    assert word in outcome.error.message


@pytest.mark.parametrize("kwargs", [dict(eps=1.5), dict(momentum=-0.5), dict(momentum=1.5), dict(dtype="float64")],
                         ids=str)
def test_values_torch_accepts_are_computed(kwargs):
    outcome = run(Case(shape=(4, 3), **kwargs))
    assert outcome.error is None and len(outcome.steps) == 1


def test_a_float_num_features_is_an_invalid_use():
    outcome = run(Case(shape=(4, 3), num_features=3.0))
    assert outcome.error is not None and outcome.error.type == "InvalidUse"


# --------------------------------------------------------------------------------------------
# Arguments of another type that hold a value, and input layouts: computed as the value they hold

TYPED_VALUES = [
    (dict(eps=1), dict(eps=1.0)),
    (dict(eps=np.float32(1e-3)), dict(eps=float(np.float32(1e-3)))),  # the float32 number, not 1e-3
    (dict(eps=np.float64(0.5)), dict(eps=0.5)),
    (dict(momentum=0), dict(momentum=0.0)),
    (dict(momentum=1), dict(momentum=1.0)),
    (dict(momentum=np.float32(0.25)), dict(momentum=0.25)),
    (dict(num_features=np.int64(2)), dict()),
]


@pytest.mark.parametrize("typed, plain", TYPED_VALUES, ids=[str(t) for t, _ in TYPED_VALUES])
def test_an_argument_of_another_type_is_computed_as_the_number_it_holds(typed, plain):
    steps = literal((TRAIN, X22), (EVAL, X22))
    got, expected = run(Case(shape=(2, 2), steps=steps, **typed)), run(Case(shape=(2, 2), steps=steps, **plain))
    assert got.error is None and len(got.steps) == len(expected.steps) == 2
    for a, b in zip(got.steps, expected.steps):
        np.testing.assert_array_equal(a.output, b.output)
        np.testing.assert_array_equal(a.running_var, b.running_var)


def test_a_float32_eps_is_its_float32_value():
    """numpy.float32(0.1) is 0.10000000149011612: what both frameworks receive, so the reference too."""
    steps = literal((TRAIN, X22))
    narrow = run(Case(shape=(2, 2), eps=np.float32(0.1), steps=steps))
    wide = run(Case(shape=(2, 2), eps=0.1, steps=steps))
    assert not np.array_equal(narrow.steps[0].output, wide.steps[0].output)


@pytest.mark.parametrize("layout", ["transposed", "strided"])
def test_the_layout_leaves_the_reference_unchanged(layout):
    spec = InputSpec(seed=3, offset=2.0)
    plain = run(Case(shape=(5, 3, 4), grad=True, steps=(Step(TRAIN, spec), Step(EVAL, spec))))
    viewed = run(Case(shape=(5, 3, 4), grad=True, steps=(Step(TRAIN, InputSpec(seed=3, offset=2.0, layout=layout)),
                                                          Step(EVAL, InputSpec(seed=3, offset=2.0, layout=layout)))))
    for a, b in zip(plain.steps, viewed.steps):
        for name in ("output", "running_mean", "running_var", "grad_input", "grad_weight"):
            np.testing.assert_array_equal(getattr(a, name), getattr(b, name))
