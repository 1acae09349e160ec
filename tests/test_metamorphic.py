"""The metamorphic relations (fuzz/oracle/metamorphic.py): each holds for the real frameworks, and a
defect planted into both frameworks alike, which the differential comparison cannot see, breaks one.

Tests mirror the module: the follow-ups are made from the stored case alone, the relation is
compared side by side with the case's tolerances, a side that breaks it is blamed, and its finding
replays from its record.
"""

import pytest

from fuzz.campaign.record import finding_id, make_finding, replay_status
from fuzz.model.case import RELATIONS, Case, InputSpec, Mode, Step
from fuzz.model.relations import applicable_relations
from fuzz.model.vocabulary import Kind, ReplayStatus, Verdict
from fuzz.oracle.metamorphic import follow_ups, not_applicable
from fuzz.oracle.text import render_violation
from fuzz.testing.planted import plant, plant_mindspore_first_row

TRAIN, EVAL = Mode.TRAIN, Mode.EVAL
DIFFERENTIAL = {Kind.OUTPUT, Kind.RUNNING_MEAN, Kind.RUNNING_VAR, Kind.GRAD_INPUT, Kind.GRAD_WEIGHT, Kind.GRAD_BIAS,
                Kind.NAN_PARITY}


def _steps(*modes, offset=0.0, scale=1.0):
    return tuple(Step(mode, InputSpec(seed=i + 1, offset=offset, scale=scale)) for i, mode in enumerate(modes))


#: a handful of cases every relation applies to (but flatten_length, rank 3 only)
CASES = (
    Case(shape=(5, 3, 4), grad=True, momentum=0.3, steps=_steps(TRAIN, TRAIN, EVAL, offset=3.0, scale=0.1)),
    Case(shape=(6, 4), dtype="float16", grad=True, weight=(0.5, 1.0, 2.0, -1.0), bias=(0.0, 1.0, 2.0, 3.0),
         steps=_steps(TRAIN, EVAL)),
    Case(shape=(3, 2, 7), eps=1e-3, grad=True, running_mean=(0.5, -1.0), running_var=(2.0, 0.5),
         steps=_steps(EVAL, TRAIN, EVAL)),
)


@pytest.fixture(scope="module")
def checker():
    from fuzz.execution.check import Checker

    return Checker.of("mindspore.nn")


@pytest.fixture
def planted_in_both():
    """The same defect in torch.nn.BatchNorm1d and mindspore.nn.BatchNorm1d: the batch's first row is
    treated apart (fuzz/testing/planted.py `first_row_bump`); both agree with each other."""
    ms = pytest.importorskip("mindspore")
    undo_torch, undo_ms = plant("metamorphic"), plant_mindspore_first_row(ms.nn.BatchNorm1d)
    yield
    undo_ms()
    undo_torch()


@pytest.fixture
def planted_in_mindspore():
    ms = pytest.importorskip("mindspore")
    undo = plant_mindspore_first_row(ms.nn.BatchNorm1d)
    yield
    undo()


def test_follow_ups_are_made_from_the_stored_case_alone():
    for relation in RELATIONS:
        case = CASES[0].with_(relation=relation)
        again = Case.loads(case.dumps())
        assert follow_ups(again) == follow_ups(case), relation
        for follow_up in follow_ups(case):
            assert follow_up.relation is None and Case.loads(follow_up.dumps()) == follow_up
    assert follow_ups(CASES[0].with_(relation="gradient_sums")) == ()
    assert follow_ups(CASES[0].with_(relation="batchnorm2d"))[0].batchnorm2d


def test_a_relation_says_when_it_does_not_apply():
    assert not_applicable(CASES[1].with_(relation="flatten_length")) == "needs an (N, C, L) input"
    train_only = Case(shape=(4, 3), steps=_steps(TRAIN, TRAIN))
    assert "eval_additivity" not in applicable_relations(train_only)
    assert "gradient_sums" not in applicable_relations(train_only)  # no gradients
    assert "gradient_sums" in applicable_relations(train_only.with_(grad=True))
    assert applicable_relations(Case(shape=(0, 3))) == ()  # an empty batch


@pytest.mark.parametrize("relation", RELATIONS)
def test_each_relation_holds_for_the_real_frameworks(relation, checker):
    for case in CASES:
        case = case.with_(relation=relation)
        result = checker.check(case)
        assert result.relation is not None
        if not_applicable(case):
            assert result.relation.note and not result.relation.comparisons
            continue
        assert result.relation.comparisons, case.describe()
        assert not [v for v in result.new if v.kind is Kind.METAMORPHIC], [render_violation(v, case)
                                                                           for v in result.new]


@pytest.mark.parametrize("relation", ["affine_input", "batch_permutation", "flatten_length", "batchnorm2d",
                                      "eval_additivity"])
def test_a_defect_planted_in_both_frameworks_is_caught_by_a_relation_alone(relation, checker, planted_in_both):
    case = CASES[0].with_(relation=relation)
    result = checker.check(case)
    assert not [v for v in result.new if v.kind in DIFFERENTIAL], [render_violation(v, case) for v in result.new]
    broken = [v for v in result.new if v.kind is Kind.METAMORPHIC]
    # each framework breaks it on its own: one violation each, blamed on it
    assert {v.verdict for v in broken} == {Verdict.BLAME_LEFT, Verdict.BLAME_RIGHT}
    text = render_violation(broken[0], case)
    assert f"metamorphic relation {relation} broken by torch.nn in output" in text


def test_a_defect_in_one_framework_is_blamed_on_it(checker, planted_in_mindspore):
    case = CASES[0].with_(relation="batch_permutation")
    result = checker.check(case)
    broken = [v for v in result.new if v.kind is Kind.METAMORPHIC]
    assert broken and all(v.verdict is Verdict.BLAME_RIGHT for v in broken)
    assert all(v.verdict is Verdict.BLAME_RIGHT for v in result.new if v.kind in DIFFERENTIAL)


def test_a_metamorphic_finding_replays_to_the_same_id(checker, planted_in_both):
    case = Case.loads(CASES[0].with_(relation="flatten_length").dumps())
    result = checker.check(case)
    violation = next(v for v in result.new if v.kind is Kind.METAMORPHIC)
    finding = make_finding(violation, result, backend="cpu", known=None, property_name="relations")
    assert finding.id == finding_id(violation, result, "cpu", None)
    assert finding.blamed == "torch.nn" and "relation flatten_length" in finding.case_summary
    assert replay_status(finding, checker) == (ReplayStatus.REPRODUCES, None)
    # the id names the side, the relation and the quantity, not the shape
    other = checker.check(case.with_(shape=(4, 3, 5), steps=_steps(TRAIN, EVAL)))
    assert finding.id in {finding_id(v, other, "cpu", None) for v in other.new if v.kind is Kind.METAMORPHIC}


def test_a_metamorphic_finding_shows_the_blamed_sides_value_beside_the_relations(checker, planted_in_both):
    from fuzz.report.common import number
    from fuzz.report.markdown import _section

    case = CASES[0].with_(relation="batch_permutation")
    result = checker.check(case)
    violation = next(v for v in result.new if v.kind is Kind.METAMORPHIC and v.verdict is Verdict.BLAME_LEFT)
    finding = make_finding(violation, result, backend="cpu", known=None, property_name="relations")
    ev = finding.evidence
    # torch's value where the relation is broken worst, and the value the relation asks of it there
    assert ev.right is None and ev.left is not None and ev.reference is not None
    assert violation.pair is not None and ev.index == violation.pair.ratio_at
    assert ev.left != ev.reference and abs(ev.left - ev.reference) <= violation.pair.max_abs
    text = "\n".join(_section(finding))
    assert "| value the relation expects |" in text and number(ev.left) in text and number(ev.reference) in text
