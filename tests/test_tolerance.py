"""Tests for fuzz/oracle/tolerance.py: per-channel tolerances that follow the conditioning of the input."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from fuzz.model.case import Case, InputSpec, Mode, Step
from fuzz.model.vocabulary import Quantity
from fuzz.oracle.reference import ReferenceAdapter
from fuzz.oracle.tolerance import RTOL, SAFETY, Tolerance, case_tolerances, growth, momenta, unit_roundoff
from strategies import batchnorm_cases

TRAIN, EVAL = Mode.TRAIN, Mode.EVAL
REF = ReferenceAdapter()


def tolerances(case: Case) -> list[dict[Quantity, Tolerance]]:
    return case_tolerances(case, REF.run(case).steps)


# --------------------------------------------------------------------------------------------
# Tolerance itself

ATOL = np.array([1.0, 10.0, 100.0])


@pytest.mark.parametrize("shape", [(3,), (2, 3), (2, 3, 4)])
def test_allowed_broadcasts_atol_along_the_channel_axis(shape):
    tolerance = Tolerance("test", 0.5, ATOL)
    expected = np.full(shape, -2.0)
    allowed = tolerance.allowed(expected)
    assert allowed.shape == shape
    for channel, atol in enumerate(ATOL):
        index = (channel,) if len(shape) == 1 else (slice(None), channel)
        np.testing.assert_array_equal(allowed[index], atol + 0.5 * 2.0)


def test_allowed_grows_with_the_magnitude_of_the_expected_value():
    allowed = Tolerance("test", 1e-3, np.zeros(2)).allowed(np.array([[1.0, -1e4], [0.0, 5.0]]))
    np.testing.assert_allclose(allowed, [[1e-3, 10.0], [0.0, 5e-3]])


def test_doubled_is_the_pair_tolerance():
    tolerance = Tolerance("fp32-rule", 1e-6, ATOL)
    pair = tolerance.doubled()
    assert pair.rtol == 2e-6
    np.testing.assert_array_equal(pair.atol, 2 * ATOL)
    assert pair.rule.startswith("fp32-rule") and "pair" in pair.rule
    np.testing.assert_array_equal(tolerance.atol, ATOL)  # the original is untouched
    np.testing.assert_allclose(pair.allowed(np.ones((2, 3))), 2 * tolerance.allowed(np.ones((2, 3))))


def test_to_json_summarises_the_atol():
    assert Tolerance("r", 0.1, ATOL).to_json() == {"rule": "r", "rtol": 0.1, "atol_max": 100.0, "atol_min": 1.0}
    assert Tolerance("r", 0.1, np.zeros(0)).to_json() == {"rule": "r", "rtol": 0.1, "atol_max": 0.0, "atol_min": 0.0}
    # where the reference is NaN the atol is NaN: the range is the rest's, never "nan to nan"
    nan_there = Tolerance("r", 0.1, np.array([np.nan, 2.0, 5.0]))
    assert nan_there.to_json() == {"rule": "r", "rtol": 0.1, "atol_max": 5.0, "atol_min": 2.0}


@pytest.mark.parametrize("dtype, expected", [("float16", 2.0**-11), ("float32", 2.0**-24), ("float64", 2.0**-53)])
def test_unit_roundoff(dtype, expected):
    assert unit_roundoff(dtype) == expected


def test_growth_is_sqrt_n_plus_two():
    assert [growth(n) for n in (0, 1, 4, 100, -3)] == [2.0, 3.0, 4.0, 12.0, 2.0]


def test_rtol_is_torch_testing_default_and_at_least_twice_the_unit_roundoff():
    assert RTOL == {"float16": 1e-3, "float32": 1.3e-6, "float64": 1e-7}
    for dtype, rtol in RTOL.items():
        assert rtol >= 2 * unit_roundoff(dtype)


def test_momenta_per_step():
    steps = tuple(Step(m, InputSpec()) for m in (TRAIN, EVAL, TRAIN, TRAIN))
    assert momenta(Case(shape=(4, 2), momentum=0.3, steps=steps)) == [0.3] * 4
    assert momenta(Case(shape=(4, 2), momentum=None, steps=steps)) == [1.0, 1.0, 0.5, 1 / 3]
    eval_first = tuple(Step(m, InputSpec()) for m in (EVAL, TRAIN))
    assert momenta(Case(shape=(4, 2), momentum=None, steps=eval_first)) == [1.0, 1.0]


# --------------------------------------------------------------------------------------------
# The policy: tolerances follow the conditioning of the input

def offset_case(offset: float, dtype: str = "float32", **kwargs) -> Case:
    steps = (Step(TRAIN, InputSpec(seed=1, offset=offset)), Step(EVAL, InputSpec(seed=2, offset=offset)))
    return Case(shape=(64, 2), dtype=dtype, grad=True, steps=steps, **kwargs)


@pytest.mark.parametrize("quantity",
                         [Quantity.OUTPUT, Quantity.GRAD_INPUT, Quantity.GRAD_WEIGHT, Quantity.RUNNING_MEAN])
def test_a_large_offset_over_the_same_spread_gets_a_larger_atol(quantity):
    well = tolerances(offset_case(0.0))[0][quantity].atol
    ill = tolerances(offset_case(1e4))[0][quantity].atol
    assert np.all(ill > 100 * well), (well, ill)


def test_atol_grows_steadily_with_the_offset():
    atols = [tolerances(offset_case(offset))[0][Quantity.OUTPUT].atol[0] for offset in (0.0, 1e1, 1e2, 1e3, 1e4)]
    assert all(b > 2 * a for a, b in zip(atols, atols[1:])), atols


def test_a_well_conditioned_float32_output_gets_a_tight_tolerance():
    tol = tolerances(offset_case(0.0))[0][Quantity.OUTPUT]
    assert tol.rtol == RTOL["float32"]
    assert np.all(tol.atol < 1e-4) and np.all(tol.atol > unit_roundoff("float32"))


def test_float16_output_tolerance_is_looser_than_float32():
    half = tolerances(offset_case(0.0, "float16"))[0][Quantity.OUTPUT]
    single = tolerances(offset_case(0.0, "float32"))[0][Quantity.OUTPUT]
    assert half.rtol == RTOL["float16"] and np.all(half.atol > 100 * single.atol)


def test_eval_steps_inherit_the_running_statistics_error():
    train_eval = tolerances(offset_case(1e4))
    eval_only = tolerances(offset_case(1e4).with_(steps=(Step(EVAL, InputSpec(seed=2, offset=1e4)),)))
    # the running statistics' tolerance is carried unchanged through an eval step
    np.testing.assert_array_equal(train_eval[1][Quantity.RUNNING_MEAN].atol, train_eval[0][Quantity.RUNNING_MEAN].atol)
    # and an eval output after a training step is allowed what the statistics brought with them
    assert np.all(train_eval[1][Quantity.OUTPUT].atol > 10 * eval_only[0][Quantity.OUTPUT].atol)


def test_running_statistics_tolerance_decays_with_momentum():
    def after_two_steps(momentum: float) -> np.ndarray:
        steps = (Step(TRAIN, InputSpec(seed=1, offset=1e4)), Step(TRAIN, InputSpec(seed=3, offset=0.0)))
        return tolerances(Case(shape=(64, 2), momentum=momentum, steps=steps))[1][Quantity.RUNNING_MEAN].atol

    # with m = 0.01 the error of the ill-conditioned first step is carried almost whole; with m = 1 it is forgotten
    assert np.all(after_two_steps(0.01) > 10 * after_two_steps(1.0))


def test_gradient_tolerances_exist_only_with_grad_and_use_the_stat_dtype():
    assert Quantity.GRAD_INPUT not in tolerances(offset_case(0.0).with_(grad=False))[0]
    tol = tolerances(offset_case(0.0, "float16", param_dtype="float16"))[0]
    assert tol[Quantity.GRAD_WEIGHT].rtol == RTOL["float16"] and tol[Quantity.RUNNING_VAR].rtol == RTOL["float16"]
    assert tolerances(offset_case(0.0, "float16"))[0][Quantity.RUNNING_VAR].rtol == RTOL["float32"]


def test_safety_factor_scales_every_atol():
    assert SAFETY >= 1
    tol = tolerances(offset_case(0.0))[0][Quantity.GRAD_BIAS]
    # grad_bias: SAFETY * u_acc * g(n) * sum|dy| + tiny
    case = offset_case(0.0)
    dy = np.abs(case.upstream_gradient(0, case.shape, case.dtype).astype(np.float64)).sum(axis=0)
    expected = SAFETY * unit_roundoff("float32") * growth(64) * dy + np.finfo(np.float32).tiny
    np.testing.assert_allclose(tol.atol, expected, rtol=1e-12)


def test_one_tolerance_per_step_the_reference_completed():
    case = Case(shape=(1, 2), steps=(Step(EVAL, InputSpec()), Step(TRAIN, InputSpec()), Step(EVAL, InputSpec())))
    assert len(tolerances(case)) == 1  # the reference stops at the undefined training step
    assert len(tolerances(Case(shape=(0, 2)))) == 1


# --------------------------------------------------------------------------------------------
# Property: a correctly rounded result is always within tolerance

ROUNDED = {
    Quantity.OUTPUT: "io", Quantity.GRAD_INPUT: "io", Quantity.RUNNING_MEAN: "stat", Quantity.RUNNING_VAR: "stat",
    Quantity.GRAD_WEIGHT: "stat", Quantity.GRAD_BIAS: "stat",
}


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(case=batchnorm_cases())
def test_tolerance_never_goes_below_the_rounding_of_the_value(case):
    reference = REF.run(case)
    dtypes = {"io": case.dtype, "stat": case.param_dtype or "float32"}
    for step, tol in zip(reference.steps, case_tolerances(case, reference.steps)):
        for quantity, kind in ROUNDED.items():
            expected = step.get(quantity)
            if expected is None or quantity not in tol:
                continue
            dtype = dtypes[kind]
            with np.errstate(all="ignore"):
                rounded = expected.astype(dtype).astype(np.float64)
                allowed = tol[quantity].allowed(expected)
            finite = np.isfinite(expected) & np.isfinite(rounded)
            assert np.all(allowed[finite] >= unit_roundoff(dtype) * np.abs(expected[finite])), quantity
            assert np.all(np.abs(rounded - expected)[finite] <= allowed[finite]), (quantity, case.describe())


def test_accelerator_backends_get_a_larger_reduction_growth():
    from fuzz.oracle.tolerance import backend_growth

    assert backend_growth("cpu") == 1.0 < backend_growth("gpu") < backend_growth("ascend")
    assert backend_growth("cpu~gpu") == backend_growth("gpu")
    case = Case(shape=(64, 3), steps=(Step(Mode.TRAIN, InputSpec(seed=1, offset=100.0)),))
    ref = ReferenceAdapter().run(case).steps
    cpu, gpu = case_tolerances(case, ref, "cpu")[0], case_tolerances(case, ref, "gpu")[0]
    assert (gpu[Quantity.OUTPUT].atol > cpu[Quantity.OUTPUT].atol).all()
