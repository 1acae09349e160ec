"""The whole state of the module: each side's state API against its own documentation, and state that
one side keeps and moves where the other keeps none (fuzz/oracle/state_reference.py, state_check.py)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from fuzz.model.case import Case, InitVia, InputSpec, MindSporeOptions, Mode, Step
from fuzz.model.finding import Finding
from fuzz.model.mapping import Convention, mindspore_nn_plan, torch_plan
from fuzz.model.outcome import Outcome
from fuzz.model.state import StateChange, StateDifference
from fuzz.model.vocabulary import Kind, Verdict
from fuzz.oracle.state_check import check_state
from fuzz.oracle.state_reference import documented_state

TRAIN, EVAL = Mode.TRAIN, Mode.EVAL
NAMES = ("torch.nn", "mindspore.nn")


def steps(*modes: Mode) -> tuple[Step, ...]:
    return tuple(Step(m, InputSpec(seed=i)) for i, m in enumerate(modes))


def batch(case: Case, index: int) -> tuple[np.ndarray, np.ndarray]:
    x = case.steps[index].input.generate(case.shape, case.dtype).astype(np.float64)
    return x.mean(axis=0), x.var(axis=0, ddof=1)


def test_torch_documents_its_buffers_and_counts_training_calls():
    case = Case(shape=(6, 3), weight=(2.0, 3.0, 4.0), steps=steps(TRAIN, EVAL, TRAIN))
    doc = documented_state(case, torch_plan(case))
    assert doc is not None and set(doc.initial) == {"weight", "bias", "running_mean", "running_var",
                                                    "num_batches_tracked"}
    assert [float(s["num_batches_tracked"]) for s in doc.steps] == [1.0, 1.0, 2.0]
    mean0, _ = batch(case, 0)
    np.testing.assert_allclose(doc.steps[0]["running_mean"], 0.1 * mean0)
    np.testing.assert_array_equal(doc.steps[1]["running_mean"], doc.steps[0]["running_mean"])  # eval: no change
    assert all((s["weight"] == (2.0, 3.0, 4.0)).all() for s in doc.steps)  # a forward never moves the weight
    untracked = Case(shape=(6, 3), affine=False, track_running_stats=False)
    assert documented_state(untracked, torch_plan(untracked)).initial == {}  # type: ignore[union-attr]


@pytest.mark.parametrize("use_batch_statistics, moves", [(True, (True, True)), (None, (False, True)),
                                                        (False, (False, False))])
def test_mindspore_moving_statistics_move_wherever_batch_statistics_are_used(use_batch_statistics, moves):
    case = Case(shape=(6, 3), steps=steps(EVAL, TRAIN), mindspore=MindSporeOptions(
        use_batch_statistics=use_batch_statistics))
    plan = mindspore_nn_plan(case, Convention.MINDSPORE_LEGACY)
    doc = documented_state(case, plan)  # type: ignore[arg-type]
    assert doc is not None and set(doc.initial) == {"gamma", "beta", "mean", "variance"}
    before = doc.initial["mean"]
    for index, moved in enumerate(moves):
        assert (not np.array_equal(doc.steps[index]["mean"], before)) == moved, index
        before = doc.steps[index]["mean"]


def test_mindspore_keeps_gamma_from_its_own_init_when_affine_is_false():
    case = Case(shape=(6, 3), affine=False, mindspore=MindSporeOptions(
        init_via=InitVia.CONSTRUCTOR, unmapped_init=(("weight", (2.0, 3.0, 4.0)),)))
    doc = documented_state(case, mindspore_nn_plan(case, Convention.MINDSPORE_LEGACY))  # type: ignore[arg-type]
    assert doc is not None
    np.testing.assert_array_equal(doc.steps[0]["gamma"], (2.0, 3.0, 4.0))


# ---- check_state on real outcomes, with planted departures --------------------------------------

@pytest.fixture(scope="module")
def adapters():
    from fuzz.execution.adapters import adapter_for

    return adapter_for("torch.nn"), adapter_for("mindspore.nn")


def run_both(adapters, case: Case) -> tuple[Outcome, Outcome]:
    left, right = (a.run(case) for a in adapters)
    assert left.error is None and right.error is None, (left.error, right.error)
    return left, right


def with_state(outcome: Outcome, index: int, **changes: np.ndarray | None) -> Outcome:
    """`outcome` with entries of step `index`'s state replaced (None: removed)."""
    state = dict(outcome.steps[index].state or {})
    for name, value in changes.items():
        if value is None:
            state.pop(name)
        else:
            state[name] = value
    new_steps = list(outcome.steps)
    new_steps[index] = dataclasses.replace(outcome.steps[index], state=state)
    return dataclasses.replace(outcome, steps=tuple(new_steps))


def kinds_of(violations) -> list[tuple[str, str, StateChange, Verdict]]:
    return [(v.state.side, v.state.torch_name, v.state.change, v.verdict) for v in violations]


def test_clean_frameworks_depart_only_where_one_side_keeps_state_the_other_lacks(adapters):
    tracked = Case(shape=(6, 3), affine=True, steps=steps(TRAIN, EVAL))
    assert kinds_of(check_state(tracked, *run_both(adapters, tracked), NAMES)) == [
        ("torch.nn", "num_batches_tracked", StateChange.ONE_SIDED, Verdict.NOT_JUDGED)]
    untracked = Case(shape=(6, 3), track_running_stats=False, steps=steps(TRAIN, EVAL))
    found = kinds_of(check_state(untracked, *run_both(adapters, untracked), NAMES))
    assert found == [("mindspore.nn", "running_mean", StateChange.ONE_SIDED, Verdict.NOT_JUDGED),
                     ("mindspore.nn", "running_var", StateChange.ONE_SIDED, Verdict.NOT_JUDGED)]
    frozen_eval = Case(shape=(6, 3), affine=False, steps=steps(EVAL, EVAL))
    assert check_state(frozen_eval, *run_both(adapters, frozen_eval), NAMES) == []


def test_planted_departures_are_found_and_blamed_on_their_side(adapters):
    case = Case(shape=(6, 3), track_running_stats=False, weight=(2.0, 3.0, 4.0), steps=steps(TRAIN, EVAL))
    left, right = run_both(adapters, case)
    # torch's weight nudged by the second step: a change nothing documents
    moved = with_state(left, 1, weight=left.steps[1].state["weight"] + 0.5)
    assert ("torch.nn", "weight", StateChange.UNPROMISED, Verdict.BLAME_LEFT) in kinds_of(
        check_state(case, moved, right, NAMES))
    # MindSpore's moving mean left where it was in the eval step: use_batch_statistics=True promises an update
    stuck = with_state(right, 1, mean=right.steps[0].state["mean"])
    assert ("mindspore.nn", "running_mean", StateChange.MISSED, Verdict.BLAME_RIGHT) in kinds_of(
        check_state(case, left, stuck, NAMES))
    # a buffer the documentation does not list, and a documented one gone
    extra = with_state(left, 0, running_mean=np.zeros(3))
    gone = with_state(right, 0, gamma=None)
    found = kinds_of(check_state(case, extra, gone, NAMES))
    assert ("torch.nn", "", StateChange.UNEXPECTED, Verdict.BLAME_LEFT) in found
    assert ("mindspore.nn", "weight", StateChange.MISSING, Verdict.BLAME_RIGHT) in found


def test_state_findings_are_known_documented_differences_on_the_clean_frameworks():
    from fuzz.execution.check import Checker

    checker = Checker.of("mindspore.nn")
    result = checker.check(Case(shape=(6, 3), track_running_stats=False, steps=steps(TRAIN, EVAL)))
    assert not result.new_of(Kind.STATE)
    assert {entry.id for v, entry in result.known if v.kind is Kind.STATE} == {
        "mindspore-moving-statistics-move-where-torch-keeps-none"}
    assert all(entry.classification == "documented" for v, entry in result.known if v.kind is Kind.STATE)


def test_a_state_finding_round_trips_through_json():
    record = StateDifference.of("mindspore.nn", "mean", "running_mean", StateChange.MISSED, np.array([1.0, np.nan]),
                                np.array([0.0, np.inf]), float("inf"), "docs")
    back = StateDifference.from_json(record.to_json())
    assert back.to_json() == record.to_json() and np.isnan(back.expected[1]) and back.actual == (0.0, np.inf)
    assert "did not change where its documentation promises a change" in record.describe()
    from fuzz.testing.records import finding_of

    finding = finding_of(id="state-0123456789", kind="state", frameworks=NAMES, backend="cpu",
                         case={"shape": [6, 3]}, case_summary="BatchNorm1d(3)", step=1, max_abs_error=0.0,
                         max_rel_error=0.0, ratio=1.0, tolerance=None, verdict="blame_right",
                         blamed="mindspore.nn", status="new", versions={}, property="valid_uses", state=record)
    back = Finding.from_json(finding.to_json())
    assert back.state is not None and back.state.change is StateChange.MISSED and back.state.actual[1] == np.inf


# ---- a planted MindSpore defect in one corner of its own arguments ------------------------------

@pytest.fixture
def eval_forgets_batch_statistics(monkeypatch):
    """mindspore.nn.BatchNorm1d with use_batch_statistics=True that, in eval mode only, puts its moving
    statistics back after the call: the update its docs promise for every step goes missing there."""
    ms = pytest.importorskip("mindspore")
    cls = ms.nn.BatchNorm1d
    original = cls.construct

    def construct(self, x):
        if self.use_batch_statistics is True and not self.training:
            kept = (self.moving_mean.asnumpy().copy(), self.moving_variance.asnumpy().copy())
            y = original(self, x)
            self.moving_mean.set_data(ms.Tensor(kept[0]))
            self.moving_variance.set_data(ms.Tensor(kept[1]))
            return y
        return original(self, x)

    monkeypatch.setattr(cls, "construct", construct)


def test_a_mindspore_defect_in_one_use_batch_statistics_corner_is_found_and_blamed(eval_forgets_batch_statistics):
    from fuzz.execution.check import Checker

    checker = Checker.of("mindspore.nn")
    untracked_eval = checker.check(Case(shape=(6, 3), track_running_stats=False, steps=steps(TRAIN, EVAL)))
    assert [(v.state.torch_name, v.state.change, v.verdict) for v in untracked_eval.new_of(Kind.STATE)] == [
        ("running_mean", StateChange.MISSED, Verdict.BLAME_RIGHT), ("running_var", StateChange.MISSED,
                                                                   Verdict.BLAME_RIGHT)]
    tracked_eval = checker.check(Case(shape=(6, 3), steps=steps(TRAIN, EVAL),
                                      mindspore=MindSporeOptions(use_batch_statistics=True)))
    assert {v.kind for v in tracked_eval.new} == {Kind.RUNNING_MEAN, Kind.RUNNING_VAR}  # torch kept in train mode
    assert all(v.verdict is Verdict.BLAME_RIGHT for v in tracked_eval.new)
    # outside the corner (train steps only, or use_batch_statistics left to the mode) nothing is new
    for case in (Case(shape=(6, 3), track_running_stats=False, steps=steps(TRAIN, TRAIN)),
                 Case(shape=(6, 3), steps=steps(TRAIN, EVAL))):
        assert checker.check(case).new == (), case.describe()
