"""The mechanism facts read from a case and its float64 reference (fuzz/oracle/mechanism.py) and the
step of a case's first divergence: what known entries name instead of the symptoms of one run."""

from __future__ import annotations

import numpy as np
import pytest

from fuzz.model.case import Case, InputSpec, Mode, Step
from fuzz.model.vocabulary import Kind, Verdict
from fuzz.oracle.comparison import Violation
from fuzz.oracle.known import KnownDifference, KnownDifferences, facts
from fuzz.oracle.mechanism import mechanism_of, outlier_dominated, reference_overflows, variance_overflows

SIDES = ("torch.nn", "mindspore.nn")


def _case(*specs: InputSpec, **fields) -> Case:
    return Case(shape=fields.pop("shape", (64, 3)), steps=tuple(Step(Mode.TRAIN, s) for s in specs), **fields)


def test_a_channel_whose_variance_one_outlier_carries_is_outlier_dominated():
    ones = np.ones((600, 2), dtype=np.float32)
    ones[5, 1] = 10_001.0
    assert outlier_dominated(ones)
    assert not outlier_dominated(np.random.default_rng(0).normal(size=(600, 2)).astype(np.float32))
    assert not outlier_dominated(np.full((600, 2), 3.0, dtype=np.float32))  # no variance at all
    assert not outlier_dominated(np.array([[1.0], [2.0]], dtype=np.float32))  # two values carry it equally
    three_d = np.zeros((40, 2, 10), dtype=np.float32)
    three_d[3, 0, 7] = 1e4
    assert outlier_dominated(three_d)


def test_outlier_dominated_is_read_from_the_generated_inputs_up_to_the_step():
    plain, spiked = InputSpec(seed=1), InputSpec(seed=2, outliers=1, outlier_factor=1e3)
    case = _case(plain, spiked)
    assert "outlier_dominated" not in mechanism_of(case, 0).facts
    assert "outlier_dominated" in mechanism_of(case, 1).facts
    assert "outlier_dominated" in mechanism_of(case, None).facts


def test_an_ill_conditioned_variance_is_any_of_its_three_causes():
    assert "ill_conditioned_variance" not in mechanism_of(_case(InputSpec(seed=1)), 0).facts
    for spec in (InputSpec(seed=1, offset=1e4, scale=1.0), InputSpec(seed=1, outliers=1),
                 InputSpec(seed=1, constant_channels=(0,))):
        held = mechanism_of(_case(spec), 0)
        assert "ill_conditioned_variance" in held.facts
        assert "loses digits" not in held.words()  # a shorthand, shown by its parts


def test_statistics_from_a_large_offset_need_an_earlier_training_step_that_updates_them():
    far, near = InputSpec(seed=1, offset=1e6), InputSpec(seed=2)

    def held(*steps: Step, fact: str = "statistics_from_large_offset", **fields) -> bool:
        case = Case(shape=(8, 3, 5), steps=steps, **fields)
        return fact in mechanism_of(case, len(steps) - 1).facts

    assert held(Step(Mode.TRAIN, far), Step(Mode.EVAL, near))
    assert held(Step(Mode.TRAIN, near), Step(Mode.EVAL, near), fact="statistics_from_training")
    assert not held(Step(Mode.EVAL, near), Step(Mode.EVAL, near), fact="statistics_from_training")
    assert not held(Step(Mode.TRAIN, near), fact="statistics_from_training")
    assert not held(Step(Mode.TRAIN, near), Step(Mode.EVAL, near), fact="statistics_from_training", momentum=0.0)
    # an eval step at a large offset, with statistics from a checkpoint: no update took that offset in
    assert not held(Step(Mode.EVAL, far), running_mean=(1e6,) * 3, running_var=(1.0,) * 3)
    assert not held(Step(Mode.TRAIN, near), Step(Mode.EVAL, far))
    assert not held(Step(Mode.TRAIN, far), Step(Mode.EVAL, near), momentum=0.0)  # statistics never move
    assert not held(Step(Mode.TRAIN, far), Step(Mode.EVAL, near), track_running_stats=False)
    assert not held(Step(Mode.TRAIN, far))  # the step itself uses its batch statistics


def test_a_batch_variance_that_rounds_to_inf_in_the_narrowest_dtype_overflows():
    plus_minus = np.array([[1.0], [-1.0]] * 2, dtype=np.float16)
    assert not variance_overflows(plus_minus * 254, np.dtype(np.float16))  # 64516 <= 65504
    assert variance_overflows(plus_minus * 257, np.dtype(np.float16))  # 66049
    assert not variance_overflows((plus_minus * 257).astype(np.float32), np.dtype(np.float32))
    nan_channel = np.array([[np.nan, 300.0], [1.0, -300.0]], dtype=np.float16)
    assert variance_overflows(nan_channel, np.dtype(np.float16))  # the NaN channel is no fact, the other is
    wide = InputSpec(seed=1, scale=1e3)  # a standard deviation of 1e3: a variance of 1e6
    assert "variance_overflows" in mechanism_of(Case(shape=(16, 2), dtype="float16", steps=(Step(Mode.TRAIN, wide),)),
                                                0).facts
    assert "variance_overflows" in mechanism_of(Case(shape=(16, 2), dtype="float32", param_dtype="float16",
                                                     steps=(Step(Mode.TRAIN, wide),)), 0).facts
    # an eval step with tracked statistics computes no batch variance
    assert "variance_overflows" not in mechanism_of(Case(shape=(16, 2), dtype="float16",
                                                         steps=(Step(Mode.EVAL, wide),)), 0).facts
    assert "variance_overflows" not in mechanism_of(Case(shape=(16, 2), dtype="float32",
                                                         steps=(Step(Mode.TRAIN, wide),)), 0).facts


def test_a_reference_beyond_the_dtypes_finite_range_is_a_fact():
    # gamma 6e4 on normalised values of a few units: an output beyond float16's 65504, within float32's range
    wide = dict(shape=(64, 2), weight=(6e4, 6e4), steps=(Step(Mode.TRAIN, InputSpec(seed=3)),))
    assert reference_overflows(Case(dtype="float16", **wide), 0)
    assert "reference_overflows" in mechanism_of(Case(dtype="float16", **wide), 0).facts
    assert not reference_overflows(Case(dtype="float32", **wide), 0)
    assert not reference_overflows(Case(dtype="float16", shape=(64, 2), steps=wide["steps"]), 0)


def test_facts_name_the_step_of_the_first_divergence():
    case = _case(InputSpec(seed=1), InputSpec(seed=2), InputSpec(seed=3))
    later = Violation(Kind.RUNNING_VAR, 2, SIDES, verdict=Verdict.BLAME_LEFT)
    assert facts(later, case, "cpu")["first_divergence_step"] == 2
    assert facts(later, case, "cpu", first_step=1)["first_divergence_step"] == 1
    third_call = KnownDifference(id="third-call", kinds=("running_var",), when={"first_divergence_step": {"min": 2}},
                                 reason="a planted k-th call defect", source="test", classification="suspected-defect")
    known = KnownDifferences([third_call])
    assert known.classify(later, case, "cpu") is third_call
    assert known.classify(later, case, "cpu", first_step=0) is None  # it began earlier: another mechanism


def test_the_outlier_entry_covers_only_its_mechanism_and_size():
    entry = next(e for e in KnownDifferences.load().entries
                 if e.id == "torch-cpu-2d-sequential-variance-outliers-seen-by-relations")
    spiked = _case(InputSpec(seed=2, offset=1.0, scale=10.0, outliers=1), shape=(392, 1, 17), relation="flatten_length")
    violation = Violation(Kind.METAMORPHIC, 0, SIDES, verdict=Verdict.BLAME_LEFT)
    # the quantity and size the relation's violation of the running variance reports
    fact = {**facts(violation, spiked, "cpu"), "quantity": "running_var", "ratio": 1.6}
    assert fact["outlier_dominated"] is True and entry.matches(fact)
    assert not entry.matches({**fact, "outlier_dominated": False})
    assert not entry.matches({**fact, "ratio": 500.0})  # far beyond n ulps: a defect, not the rounding
    assert not entry.matches({**fact, "blamed": "mindspore.nn"})


def test_an_error_is_measured_against_what_cancellation_at_its_offset_explains():
    import math

    from fuzz.oracle.mechanism import error_over_cancellation

    float32, float16 = _case(InputSpec(seed=1)), _case(InputSpec(seed=1), dtype="float16")
    roundoff = 2.0 ** -24
    assert error_over_cancellation(1e-3, float32, 1e3) == pytest.approx(1e-3 / (roundoff * 1e6))
    assert error_over_cancellation(1e-3, float32, 0.1) == pytest.approx(1e-3 / roundoff)  # no offset: ulps
    assert error_over_cancellation(1e-3, float16, 1e3) < error_over_cancellation(1e-3, float32, 1e3)
    assert math.isnan(error_over_cancellation(math.inf, float32, 1e3))
    # a violation with no comparison to measure has no such error, so no bound on it can cover it
    bare = Violation(Kind.RUNNING_VAR, 0, SIDES, verdict=Verdict.BLAME_LEFT)
    fact = facts(bare, _case(InputSpec(seed=1, offset=1e4)), "cpu")
    assert math.isnan(fact["error_over_cancellation"])
    threads = next(e for e in KnownDifferences.load().entries if e.id == "torch-cpu-2d-batch-variance-default-threads")
    assert not threads.matches({**fact, "kind": "running_var", "threads": "default"})
    assert threads.matches({**fact, "kind": "running_var", "threads": "default", "error_over_cancellation": 30.0})
    assert not threads.matches({**fact, "kind": "running_var", "threads": "default", "error_over_cancellation": 1e4})


def test_the_conditioning_is_read_from_the_inputs_where_the_spec_understates_it():
    from fuzz.oracle.mechanism import channel_conditioning, error_over_cancellation

    spread = _case(InputSpec(seed=1, offset=1e4, scale=1.0))
    assert 5e3 < channel_conditioning(spread, 0) < 2e4
    # a channel of one value at 1e7 beside one outlier elsewhere: the spec says 1e5, the channel has no spread
    constant = _case(InputSpec(seed=1, offset=1e7, scale=100.0, constant_channels=(0,), outliers=1))
    assert channel_conditioning(constant, 0) == float("inf")
    assert error_over_cancellation(5e7, constant, channel_conditioning(constant, 0)) == 0.0
