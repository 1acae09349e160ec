"""The precision tier (fuzz/oracle/precision.py): inside the tolerance, a side several times less
accurate than its peer, or one that misses an exact answer its peer gets, is a precision finding;
rounding is not.  Planted losses of precision (fuzz/testing/planted.py PRECISION_DEFECTS) that stay
inside today's tolerance are caught, blamed on torch, and nothing else is reported for them."""

from __future__ import annotations

import numpy as np
import pytest

from fuzz.interface.options import severities
from fuzz.model.case import Case, InputSpec, Mode, Step
from fuzz.model.finding import Finding
from fuzz.model.precision import Criterion
from fuzz.model.vocabulary import Kind, Quantity, Severity, Verdict
from fuzz.oracle.precision import FLOOR_ULPS, exact_mask, judge_precision, measure
from fuzz.oracle.reference import ReferenceAdapter
from fuzz.oracle.tolerance import Tolerance
from fuzz.testing.planted import plant

TRAIN = Mode.TRAIN


def _tolerance(channels: int, atol: float = 1e-4) -> Tolerance:
    return Tolerance("test", 1.3e-6, np.full(channels, atol))


def test_measures_leave_exact_zeros_out_of_relative_errors_and_count_the_lean():
    expected = np.array([0.0, 1.0, 2.0, 4.0])
    actual = np.array([1e-3, 1.1, 2.2, 4.0])
    m = measure(actual, expected)
    assert m.max_abs == pytest.approx(0.2)
    assert m.max_rel == pytest.approx(0.1)  # the zero's error is absolute only
    assert m.sign_balance == pytest.approx(3 / 4)
    assert m.compared == 4 and m.compared_relative == 3


def test_relative_measures_over_no_element_are_shown_as_none_not_zero():
    from fuzz.model.precision import ErrorMeasures
    from fuzz.report.common import PRECISION_MEASURES, RELATIVE_MEASURES

    outside = measure(np.array([1.5, 2.5]), np.array([1.0, 2.0]), relative=np.array([False, False]))
    assert outside.compared == 2 and outside.compared_relative == 0 and outside.max_rel == 0.0
    assert ErrorMeasures.from_json(outside.to_json()) == outside
    old = {k: v for k, v in outside.to_json().items() if k != "compared_relative"}  # a record from before
    assert ErrorMeasures.from_json(old).compared_relative == 0
    assert ErrorMeasures.from_json({**old, "max_rel": 0.5}).compared_relative == 2
    assert RELATIVE_MEASURES <= {name for name, _ in PRECISION_MEASURES}


def test_a_side_several_times_less_accurate_inside_the_tolerance_is_blamed():
    rng = np.random.default_rng(0)
    case = Case(shape=(2000, 1))
    expected = rng.standard_normal((2000, 1))
    peer = expected + 1e-7 * rng.standard_normal((2000, 1))
    worse = expected + 1e-6 * rng.standard_normal((2000, 1))  # 10x the peer, inside atol 1e-5
    # (the floor: 1/32 of the tolerance, 3e-7, and 4 ulps of the magnitude, 5e-7)
    evidence = judge_precision(case, 0, Quantity.OUTPUT, worse.astype(np.float32), peer.astype(np.float32),
                               expected, _tolerance(1, atol=1e-5))
    assert evidence is not None and evidence.criterion is Criterion.RMSE and evidence.blamed_side == "left"
    assert evidence.ratio > 2


def test_rounding_differences_are_not_precision_findings():
    rng = np.random.default_rng(1)
    case = Case(shape=(500, 3))
    expected = rng.standard_normal((500, 3))
    # both are the float32 rounding of the reference, one of them nudged by an ulp: within the floor
    left = expected.astype(np.float32)
    right = np.nextafter(left, np.float32(np.inf))
    assert judge_precision(case, 0, Quantity.OUTPUT, left, right, expected, _tolerance(3)) is None
    assert judge_precision(case, 0, Quantity.OUTPUT, right, left, expected, _tolerance(3)) is None


def test_the_reference_gives_beta_exactly_on_a_constant_channel():
    case = Case(shape=(7, 3), bias=(0.5, -2.0, 0.25), weight=(3.0, 1.0, 1.0), grad=True,
                steps=(Step(TRAIN, InputSpec(seed=2, offset=0.1, constant_channels=(1,))),))
    step = ReferenceAdapter().run(case).steps[0]
    assert step.output is not None and step.grad_weight is not None
    assert (step.output[:, 1] == -2.0).all()
    assert step.grad_weight[1] == 0.0
    mask = exact_mask(case, 0, Quantity.OUTPUT, step.output.shape)
    assert mask is not None and mask[:, 1].all() and not mask[:, 0].any()


def test_missing_an_exact_answer_the_peer_gets_is_a_precision_finding():
    case = Case(shape=(16, 2), steps=(Step(TRAIN, InputSpec(seed=4, constant_channels=(1,))),))
    expected = ReferenceAdapter().run(case).steps[0].output
    assert expected is not None
    exact = expected.astype(np.float32)
    missed = exact.copy()
    missed[:, 1] += np.float32(10 * FLOOR_ULPS * np.finfo(np.float32).eps)  # far inside atol 1e-4
    evidence = judge_precision(case, 0, Quantity.OUTPUT, exact, missed, expected, _tolerance(2))
    assert evidence is not None and evidence.criterion is Criterion.EXACT and evidence.blamed_side == "right"
    assert evidence.exact and evidence.ratio == float("inf")


@pytest.fixture(scope="module")
def checker():
    from fuzz.execution.check import Checker

    return Checker.of("mindspore.nn")


def _kinds(result):
    return [(v.kind, v.verdict, v.precision.criterion if v.precision else None,
             v.precision.quantity if v.precision else None) for v in result.new]


@pytest.mark.parametrize("offset", [2.0, 4.0])
def test_a_planted_one_pass_variance_is_caught_as_precision_inside_the_tolerance(checker, offset):
    """E[x^2] - E[x]^2 in float32 at an offset of a few spreads: 5 to 20 times torch's own error, and
    inside the running variance's tolerance (at offset 8 it leaves the tolerance: a value finding)."""
    case = Case(shape=(64, 8, 16), momentum=0.5, steps=(Step(TRAIN, InputSpec(seed=3, offset=offset)),))
    assert [k for k in _kinds(checker.check(case)) if k[0] is Kind.PRECISION] == []
    undo = plant("one_pass_variance")
    try:
        found = _kinds(checker.check(case))
    finally:
        undo()
    assert (Kind.PRECISION, Verdict.BLAME_LEFT, Criterion.RMSE, "running_var") in found
    assert not any(kind is Kind.RUNNING_VAR for kind, *_ in found)


def test_a_planted_constant_channel_that_misses_beta_is_caught(checker):
    # channel 3 holds 3.0 everywhere; torch itself misses beta by a rounding of its mean over sqrt(eps)
    # (the known torch-cpu-constant-channel-misses-beta), which eps=1 makes smaller than the floor
    case = Case(shape=(64, 8, 16), eps=1.0, steps=(Step(TRAIN, InputSpec(seed=3, constant_channels=(3,))),))
    assert [k for k in _kinds(checker.check(case)) if k[0] is Kind.PRECISION] == []
    undo = plant("constant_channel_off")
    try:
        found = _kinds(checker.check(case))
    finally:
        undo()
    assert (Kind.PRECISION, Verdict.BLAME_LEFT, Criterion.EXACT, "output") in found
    assert not any(kind is Kind.OUTPUT for kind, *_ in found)


def test_a_precision_finding_round_trips_through_its_record(checker):
    from fuzz.campaign.record import make_finding

    case = Case(shape=(64, 8, 16), momentum=0.5, steps=(Step(TRAIN, InputSpec(seed=3, offset=4.0)),))
    undo = plant("one_pass_variance")
    try:
        result = checker.check(case)
    finally:
        undo()
    violation = next(v for v in result.new if v.kind is Kind.PRECISION)
    finding = make_finding(violation, result, backend="cpu", known=None, property_name="gradients")
    again = Finding.from_json(finding.to_json())
    assert again.precision == finding.precision and again.severity is Severity.PRECISION
    assert "RMSE" in again.precision.describe()


def test_fail_on_names_severities():
    assert set(severities("all")) == set(Severity)
    assert severities("wrong_value,state") == (Severity.WRONG_VALUE, Severity.STATE)
    with pytest.raises(Exception, match="unknown severities"):
        severities("precise")


def test_reports_show_a_precision_findings_measures_and_severity(checker, tmp_path):
    from fuzz.campaign.record import make_finding
    from fuzz.campaign.summary import RunSummary
    from fuzz.report.html import render_html
    from fuzz.report.junit import render_junit
    from fuzz.report.markdown import render_markdown

    case = Case(shape=(64, 8, 16), momentum=0.5, steps=(Step(TRAIN, InputSpec(seed=3, offset=4.0)),))
    undo = plant("one_pass_variance")
    try:
        result = checker.check(case)
    finally:
        undo()
    violation = next(v for v in result.new if v.kind is Kind.PRECISION)
    finding = make_finding(violation, result, backend="cpu", known=None, property_name="gradients")
    summary = RunSummary.from_json({"duration_s": 1.0, "examples": {"gradients": 1}, "seed": 1})
    markdown = render_markdown([finding], summary)
    assert "severity precision" in markdown and "| RMSE |" in markdown and "Precision (rmse" in markdown
    assert 'id="precision-table"' in render_html([finding], summary)
    assert "Precision (rmse" in render_junit([finding], summary)
    # the running variance is judged in the absolute domain only: no relative measure, shown as none
    from fuzz.report.common import precision_rows

    rows = dict((label, (a, b)) for label, a, b in precision_rows(finding))
    assert finding.precision is not None and finding.precision.left.compared_relative == 0
    assert rows["max relative error"] == ("-", "-") and rows["RMSE"][0] != "-"
