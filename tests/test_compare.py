"""Tests for fuzz/oracle/compare.py and fuzz/oracle/verdict.py: comparisons, violations, and whom the
reference blames."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings

from fuzz.model.case import Case, InputSpec, Mode, Step
from fuzz.model.outcome import ErrorInfo, Outcome, Phase, StepOutcome
from fuzz.model.vocabulary import Kind, Quantity, Verdict
from fuzz.oracle.compare import compare_arrays, compare_case
from fuzz.oracle.comparison import Comparison, Violation
from fuzz.oracle.reference import ReferenceAdapter
from fuzz.oracle.tolerance import Tolerance
from fuzz.oracle.verdict import SEVERAL, judge
from strategies import batchnorm_cases

TRAIN, EVAL = Mode.TRAIN, Mode.EVAL
REF = ReferenceAdapter()
LEFT, RIGHT = "torch.nn", "mindspore.nn"


def tol(atol=(0.1, 0.1, 0.1), rtol=0.0) -> Tolerance:
    return Tolerance("test", rtol, np.asarray(atol, dtype=np.float64))


def compare(actual, expected, tolerance=None) -> Comparison:
    actual, expected = np.asarray(actual), np.asarray(expected)
    if tolerance is None:
        tolerance = tol(np.full(expected.shape[1] if expected.ndim > 1 else expected.shape[0], 0.1))
    return compare_arrays(actual, expected, tolerance, quantity=Quantity.OUTPUT, step=0, actual_name="a",
                          expected_name="e")


# --------------------------------------------------------------------------------------------
# compare_arrays

def test_identical_arrays_compare_ok():
    x = np.arange(24.0).reshape(2, 3, 4)
    c = compare(x, x)
    measures = (c.total, c.mismatched, c.max_abs, c.max_rel, c.ratio, c.nonfinite_mismatched)
    assert c.ok and measures == (24, 0, 0, 0, 0, 0)


def test_mismatches_are_counted_and_the_worst_located():
    expected = np.ones((2, 3, 4))
    expected[0, 1, 0] = 0.1
    actual = expected.copy()
    actual[1, 2, 3] += 0.5   # abs 0.5, rel 0.5, ratio 5: the worst absolute and ratio
    actual[0, 1, 0] += 0.2   # abs 0.2, rel 2: the worst relative
    actual[0, 0, 0] += 0.05  # inside the tolerance
    c = compare(actual, expected)
    assert (c.total, c.mismatched) == (24, 2)
    assert c.max_abs == pytest.approx(0.5) and c.max_abs_at == (1, 2, 3)
    assert c.max_rel == pytest.approx(2.0) and c.max_rel_at == (0, 1, 0)
    assert c.ratio == pytest.approx(5.0) and c.ratio_at == (1, 2, 3)
    assert not c.ok and c.nonfinite_mismatched == 0 and c.shape_note is None
    assert (c.quantity, c.step, c.actual, c.expected) == (Quantity.OUTPUT, 0, "a", "e")


def test_the_tolerance_is_per_channel():
    expected = np.zeros((2, 3))
    actual = expected + np.array([0.5, 0.5, 0.5])
    c = compare(actual, expected, tol((0.1, 1.0, 0.4)))
    assert c.mismatched == 4  # channels 0 and 2, both rows
    assert c.ratio == pytest.approx(5.0) and c.ratio_at == (0, 0)


def test_relative_part_of_the_tolerance_is_used():
    c = compare(np.array([[1000.5]]), np.array([[1000.0]]), tol((0.0,), rtol=1e-3))
    assert c.ok and c.ratio == pytest.approx(0.5)
    assert compare(np.array([[1001.5]]), np.array([[1000.0]]), tol((0.0,), rtol=1e-3)).mismatched == 1


def test_a_difference_from_zero_has_infinite_relative_error():
    c = compare(np.array([[0.0, 0.05]]), np.array([[0.0, 0.0]]), tol((0.1, 0.1)))
    assert c.ok and c.max_rel == np.inf and c.max_rel_at == (0, 1)


@pytest.mark.parametrize("actual, expected, count", [
    ([[np.nan, 1.0]], [[0.0, 1.0]], 1),
    ([[1.0, 1.0]], [[np.nan, 1.0]], 1),
    ([[np.inf, 1.0]], [[-np.inf, 1.0]], 1),
    ([[np.inf, -np.inf]], [[1e300, -1e300]], 2),
    ([[np.nan, np.inf]], [[np.inf, np.nan]], 2),
    ([[np.nan, -np.inf]], [[np.nan, -np.inf]], 0),
])
def test_nan_and_inf_positions_are_compared(actual, expected, count):
    c = compare(np.array(actual), np.array(expected), tol((0.1, 0.1)))
    assert c.nonfinite_mismatched == count
    assert c.mismatched == 0  # values are compared only where both are finite
    assert c.ok is (count == 0)


def test_a_float64_value_beyond_float16_range_counts_as_inf_for_a_float16_actual():
    expected = np.array([[1e5, -1e5, 7e4, 65504.0, 1.0]])
    actual = np.array([[np.inf, -np.inf, np.inf, 65504.0, 1.0]], dtype=np.float16)
    c = compare(actual, expected, tol([0.1] * 5))
    assert c.ok and c.nonfinite_mismatched == 0
    # a finite float16 where the value overflows float16 is a NaN/Inf mismatch ...
    finite = np.array([[65504.0, -np.inf, np.inf, 65504.0, 1.0]], dtype=np.float16)
    assert compare(finite, expected, tol([0.1] * 5)).nonfinite_mismatched == 1
    # ... and a float32 actual keeps the value finite: its Inf is a mismatch
    assert compare(actual.astype(np.float32), expected, tol([0.1] * 5)).nonfinite_mismatched == 3


def test_float16_comparison_uses_the_float64_expected_value_where_finite():
    expected = np.array([[1.0001]])
    actual = np.array([[1.0]], dtype=np.float16)
    c = compare(actual, expected, tol((0.0,)))
    assert c.max_abs == pytest.approx(1e-4) and c.mismatched == 1


def test_a_shape_mismatch_is_a_note_and_everything_mismatches():
    c = compare(np.zeros((2, 3)), np.zeros((3, 2)), tol((0.1, 0.1)))
    assert not c.ok and c.shape_note == "shape (2, 3) where (3, 2) was expected"
    assert (c.total, c.mismatched, c.max_abs, c.ratio) == (6, 6, np.inf, np.inf)


def test_empty_arrays_compare_ok():
    c = compare(np.zeros((0, 3)), np.zeros((0, 3)))
    assert c.ok and (c.total, c.mismatched, c.max_abs, c.ratio, c.max_abs_at) == (0, 0, 0.0, 0.0, ())


# --------------------------------------------------------------------------------------------
# judge

def comparison(ratio: float, nonfinite: int = 0, shape_note: str | None = None,
               mismatched: int | None = None) -> Comparison:
    if mismatched is None:
        mismatched = int(ratio > 1)
    return Comparison(Quantity.OUTPUT, 0, "a", "e", total=4, mismatched=mismatched, max_abs=ratio, max_abs_at=(0,),
                      max_rel=ratio, max_rel_at=(0,), ratio=ratio, ratio_at=(0,), tolerance=tol((1.0,)),
                      nonfinite_mismatched=nonfinite, shape_note=shape_note)


INF = float("inf")
JUDGEMENTS = [
    # (left vs reference, right vs reference, verdict)
    (comparison(0.5), comparison(0.9), Verdict.AGREE),
    (comparison(1.0), comparison(1.0), Verdict.AGREE),
    (comparison(2.0), comparison(0.5), Verdict.BLAME_LEFT),
    (comparison(0.5), comparison(2.0), Verdict.BLAME_RIGHT),
    (comparison(5.0), comparison(1.2), Verdict.BLAME_LEFT),   # both out, left >= SEVERAL times further
    (comparison(1.2), comparison(5.0), Verdict.BLAME_RIGHT),
    (comparison(8.0), comparison(2.0), Verdict.BLAME_LEFT),   # exactly SEVERAL times
    (comparison(2.0), comparison(8.0), Verdict.BLAME_RIGHT),
    (comparison(3.0), comparison(1.5), Verdict.ILL_CONDITIONED),  # both out by a similar factor
    (comparison(7.9), comparison(2.0), Verdict.ILL_CONDITIONED),
    (comparison(0.1, nonfinite=1), comparison(3.0), Verdict.BLAME_LEFT),   # a NaN where the reference has none
    (comparison(0.5), comparison(0.0, shape_note="shape"), Verdict.BLAME_RIGHT),
    (comparison(0.0, nonfinite=2), comparison(0.0, nonfinite=1), Verdict.ILL_CONDITIONED),  # both infinite
]


@pytest.mark.parametrize("left, right, verdict", JUDGEMENTS,
                         ids=[f"{i}-{v.value}" for i, (*_, v) in enumerate(JUDGEMENTS)])
def test_judge(left, right, verdict):
    assert judge(comparison(max(left.ratio, right.ratio)), (left, right)) is verdict


def test_several_is_four():
    assert SEVERAL == 4.0


@pytest.mark.parametrize("versus_reference", [(None, None), (comparison(0.5), None), (None, comparison(9.0))])
def test_without_a_reference_only_the_pair_is_judged(versus_reference):
    assert judge(comparison(3.0), versus_reference) is Verdict.PAIR_ONLY
    assert judge(comparison(0.5), versus_reference) is Verdict.AGREE
    assert judge(comparison(0.5, nonfinite=1), versus_reference) is Verdict.PAIR_ONLY


def test_which_verdicts_are_violations():
    assert {v for v in Verdict if v.is_violation} == {Verdict.BLAME_LEFT, Verdict.BLAME_RIGHT, Verdict.PAIR_ONLY}


def test_violation_ratio_is_the_worst_of_its_evidence():
    v = Violation(Kind.OUTPUT, 0, (LEFT, RIGHT), comparison(2.0), (comparison(7.0), comparison(0.5)),
                  Verdict.BLAME_LEFT)
    assert v.ratio == 7.0
    assert Violation(Kind.ERROR_PARITY, 0, (LEFT, RIGHT)).ratio == 1.0


# --------------------------------------------------------------------------------------------
# compare_case on hand-built outcomes

CASE = Case(shape=(4, 3, 2), grad=True, grad_seed=9, weight=(1.0, -2.0, 0.5), bias=(0.1, 0.0, -0.3),
            steps=(Step(TRAIN, InputSpec(seed=1)), Step(TRAIN, InputSpec(seed=2, offset=3.0)),
                   Step(EVAL, InputSpec(seed=3)), Step(TRAIN, InputSpec(seed=4))))
REFERENCE = REF.run(CASE)


def copy_of_reference(target: str, reference: Outcome = REFERENCE) -> Outcome:
    """A framework outcome equal to the reference (values only, as adapters report them)."""
    steps = tuple(StepOutcome(**{q.value: None if s.get(q) is None else s.get(q).copy() for q in Quantity})
                  for s in reference.steps)
    return Outcome(target, "cpu", "torch", steps)


def planted(outcome: Outcome, quantity: Quantity, steps: tuple[int, ...], value: float | None = None) -> Outcome:
    """The outcome with element 0 of `quantity` pushed far out of tolerance (or set to `value`) at `steps`."""
    new_steps = list(outcome.steps)
    for index in steps:
        array = new_steps[index].get(quantity).copy()
        flat = array.reshape(-1)
        flat[0] = value if value is not None else flat[0] + 1.0 + abs(flat[0])
        new_steps[index] = replace(new_steps[index], **{quantity.value: array})
    return replace(outcome, steps=tuple(new_steps))


def test_outcomes_equal_to_the_reference_give_no_violation():
    result = compare_case(CASE, copy_of_reference(LEFT), copy_of_reference(RIGHT), REFERENCE)
    assert result.violations == () and result.notes == ()
    # 4 steps x 6 quantities x 2 versus reference; no pair comparison where both agree with the reference
    assert len(result.comparisons) == 4 * 6 * 2
    assert all(c.expected == "reference" for c in result.comparisons)
    assert all(c.ok for c in result.comparisons)


@pytest.mark.parametrize("quantity", list(Quantity), ids=lambda q: q.value)
@pytest.mark.parametrize("side", ["left", "right"])
def test_a_planted_error_gives_one_violation_of_its_kind_blaming_its_side(quantity, side):
    left, right = copy_of_reference(LEFT), copy_of_reference(RIGHT)
    if side == "left":
        left = planted(left, quantity, (1,))
    else:
        right = planted(right, quantity, (1,))
    result = compare_case(CASE, left, right, REFERENCE)
    assert len(result.violations) == 1, result.violations
    violation = result.violations[0]
    assert violation.kind is Kind(quantity.value) and violation.step == 1
    assert violation.frameworks == (LEFT, RIGHT)
    assert violation.verdict is (Verdict.BLAME_LEFT if side == "left" else Verdict.BLAME_RIGHT)
    assert violation.pair is not None and violation.pair.mismatched == 1 and violation.pair.max_abs_at[-1] == 0
    blamed, cleared = violation.versus_reference if side == "left" else violation.versus_reference[::-1]
    assert blamed.ratio > 1 and cleared.ok
    assert result.of_kind(violation.kind) == (violation,)


@pytest.mark.parametrize("quantity", [Quantity.OUTPUT, Quantity.RUNNING_MEAN, Quantity.GRAD_INPUT])
def test_only_the_first_failing_step_is_reported_per_kind(quantity):
    left = planted(copy_of_reference(LEFT), quantity, (1, 2, 3))
    result = compare_case(CASE, left, copy_of_reference(RIGHT), REFERENCE)
    assert [(v.kind, v.step) for v in result.violations] == [(Kind(quantity.value), 1)]
    failing_pairs = [c for c in result.comparisons if c.quantity is quantity and c.expected == RIGHT and not c.ok]
    assert [c.step for c in failing_pairs] == [1, 2, 3]  # every comparison is kept, only the violation is first-only


def test_errors_in_two_quantities_give_two_violations():
    left = planted(planted(copy_of_reference(LEFT), Quantity.OUTPUT, (2,)), Quantity.GRAD_BIAS, (0,))
    result = compare_case(CASE, left, copy_of_reference(RIGHT), REFERENCE)
    assert sorted((v.kind.value, v.step) for v in result.violations) == [("grad_bias", 0), ("output", 2)]


def test_a_nan_at_a_different_position_is_a_nan_parity_violation():
    right = planted(copy_of_reference(RIGHT), Quantity.OUTPUT, (2,), value=float("nan"))
    result = compare_case(CASE, copy_of_reference(LEFT), right, REFERENCE)
    nan_parity = result.of_kind(Kind.NAN_PARITY)
    assert len(nan_parity) == 1
    assert nan_parity[0].step == 2 and nan_parity[0].verdict is Verdict.BLAME_RIGHT
    assert nan_parity[0].pair.nonfinite_mismatched == 1 and nan_parity[0].pair.quantity is Quantity.OUTPUT


def test_nans_where_the_reference_has_them_are_no_violation():
    case = CASE.with_(steps=(Step(TRAIN, InputSpec(seed=1, specials=((0, "nan"), (9, "inf")))),) + CASE.steps[1:])
    reference = REF.run(case)
    assert np.isnan(reference.steps[0].output).any()
    result = compare_case(case, copy_of_reference(LEFT, reference), copy_of_reference(RIGHT, reference), reference)
    assert result.violations == ()


def test_one_side_rejecting_is_an_error_parity_violation():
    error = ErrorInfo("ValueError", "Expected more than 1 value per channel when training", Phase.FORWARD, 0)
    left = Outcome(LEFT, "cpu", "torch", (), error)
    result = compare_case(CASE, left, copy_of_reference(RIGHT), REFERENCE)
    assert len(result.violations) == 1
    violation = result.violations[0]
    assert (violation.kind, violation.step, violation.verdict) == (Kind.ERROR_PARITY, 0, Verdict.NOT_JUDGED)
    assert violation.errors == (error, None) and violation.frameworks == (LEFT, RIGHT)
    assert result.comparisons == ()  # no step completed on both sides


def test_a_rejection_after_some_steps_compares_the_steps_before_it():
    error = ErrorInfo("RuntimeError", "boom", Phase.FORWARD, 2)
    complete = copy_of_reference(RIGHT)
    right = replace(complete, steps=complete.steps[:2], error=error)
    result = compare_case(CASE, copy_of_reference(LEFT), right, REFERENCE)
    assert [(v.kind, v.step, v.errors) for v in result.violations] == [(Kind.ERROR_PARITY, 2, (None, error))]
    assert {c.step for c in result.comparisons} == {0, 1}


def test_both_sides_rejecting_with_the_same_class_is_no_violation():
    left = Outcome(LEFT, "cpu", "torch", (), ErrorInfo("ValueError", "no", Phase.CONSTRUCT))
    right = Outcome(RIGHT, "cpu", "mindspore-legacy", (), ErrorInfo("ValueError", "nope", Phase.FORWARD, 0))
    assert compare_case(CASE, left, right, REFERENCE).violations == ()


def test_both_sides_rejecting_with_classes_that_do_not_correspond_is_an_error_class_violation():
    """A porter's `except ValueError` does not catch MindSpore's TypeError: both messages are kept."""
    left_error = ErrorInfo("ValueError", "no", Phase.FORWARD, 1)
    right_error = ErrorInfo("TypeError", "nope", Phase.CONSTRUCT)
    left = Outcome(LEFT, "cpu", "torch", (), left_error)
    right = Outcome(RIGHT, "cpu", "mindspore-legacy", (), right_error)
    (violation,) = compare_case(CASE, left, right, REFERENCE).violations
    assert (violation.kind, violation.step, violation.verdict) == (Kind.ERROR_CLASS, 1, Verdict.NOT_JUDGED)
    assert violation.errors == (left_error, right_error)


@pytest.mark.parametrize("side", ["left", "right"])
def test_an_unmappable_outcome_gives_no_violations_and_a_note(side):
    unmappable = Outcome(RIGHT, "cpu", "mindspore-legacy", (),
                         ErrorInfo("Unmappable", "torch momentum=None has no counterpart", Phase.UNMAPPABLE))
    left, right = copy_of_reference(LEFT), copy_of_reference(RIGHT)
    left, right = (unmappable, right) if side == "left" else (left, unmappable)
    result = compare_case(CASE, left, right, REFERENCE)
    assert result.violations == () and result.comparisons == ()
    assert result.notes == ("unmappable: torch momentum=None has no counterpart",)
    assert unmappable.unmappable and not unmappable.rejected


def test_quantities_one_side_lacks_are_not_compared():
    left = copy_of_reference(LEFT)
    left = replace(left, steps=tuple(replace(s, running_mean=None, running_var=None) for s in left.steps))
    result = compare_case(CASE, left, planted(copy_of_reference(RIGHT), Quantity.RUNNING_VAR, (0,)), REFERENCE)
    assert result.violations == ()
    assert not any(c.quantity in (Quantity.RUNNING_MEAN, Quantity.RUNNING_VAR) for c in result.comparisons)


# --------------------------------------------------------------------------------------------
# Property: the result of a correctly rounded implementation is never a violation

def rounded_reference(case: Case, reference: Outcome, target: str) -> Outcome:
    stat = case.param_dtype or "float32"
    dtypes = {Quantity.OUTPUT: case.dtype, Quantity.GRAD_INPUT: case.dtype, Quantity.RUNNING_MEAN: stat,
              Quantity.RUNNING_VAR: stat, Quantity.GRAD_WEIGHT: stat, Quantity.GRAD_BIAS: stat}
    with np.errstate(all="ignore"):
        steps = tuple(StepOutcome(**{q.value: None if s.get(q) is None else s.get(q).astype(d)
                                     for q, d in dtypes.items()})
                      for s in reference.steps)
    return Outcome(target, "cpu", "torch", steps, reference.error)


@settings(max_examples=30, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(case=batchnorm_cases(nonfinite=True))
def test_a_correctly_rounded_result_is_never_a_violation(case):
    reference = REF.run(case)
    result = compare_case(case, rounded_reference(case, reference, LEFT), rounded_reference(case, reference, RIGHT),
                          reference)
    assert result.violations == (), [(v.kind, v.step, v.verdict) for v in result.violations]


def test_one_just_over_and_the_other_just_under_is_not_a_difference():
    """Both near the same error (1.06 and 0.62 of tolerance) on a hard input: ill-conditioned, no blame."""
    from fuzz.oracle.verdict import judge

    def comparison(ratio):
        return type("C", (), {"ratio": ratio, "nonfinite_mismatched": 0, "shape_note": None, "ok": ratio <= 1})()

    assert judge(comparison(0.5), (comparison(1.06), comparison(0.62))) is Verdict.ILL_CONDITIONED
    assert judge(comparison(0.5), (comparison(1.06), comparison(0.2))) is Verdict.BLAME_LEFT
