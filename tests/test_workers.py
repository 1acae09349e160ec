"""Isolation: a crash, a hang or memory exhaustion in a framework kills only its worker.

Faulty adapters (fuzz/testing/faulty.py) behave like torch.nn except on a batch of 5.  Each fault
must come back as a crash or timeout violation, the next case must run in a fresh worker, and a
whole fuzz run must go on past faults and record them as findings.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from fuzz.execution.check import Checker
from fuzz.execution.isolation import WorkerAdapter, WorkerLimits
from fuzz.model.case import Case, InputSpec, Mode, Step
from fuzz.model.vocabulary import Kind
from tests.test_campaign_counts import drawn_per_property

FAULT = Case(shape=(5, 3), steps=(Step(Mode.TRAIN, InputSpec(seed=1)),))
FINE = Case(shape=(4, 3), steps=(Step(Mode.TRAIN, InputSpec(seed=2)),))


@pytest.mark.parametrize("target, kind, error_type, timeout_s", [
    ("faulty.crash", Kind.CRASH, "WorkerCrash", 60),
    ("faulty.hang", Kind.TIMEOUT, "WorkerTimeout", 3),
    ("faulty.memory", Kind.CRASH, "WorkerOutOfMemory", 120),  # the hog grows until the memory limit stops it
])
def test_a_fault_becomes_a_finding_and_the_next_case_runs(target, kind, error_type, timeout_s):
    checker = Checker.of(target, left="torch.nn", isolate=True,
                         limits=WorkerLimits(timeout_s=timeout_s, memory_mb=1500))
    try:
        faulted = checker.check(FAULT)
        assert [v.kind for v in faulted.comparison.violations] == [kind]
        assert faulted.right.error is not None and faulted.right.error.type == error_type
        assert faulted.left.error is None, "the healthy side is not affected"
        after = checker.check(FINE)
        assert after.new == () and after.right.error is None
        assert all(v.kind is Kind.STATE for v in after.comparison.violations)  # torch's counter: known
        assert checker.right.restarts == 1
    finally:
        checker.close()


def test_a_worker_whose_memory_grows_is_replaced_between_cases(monkeypatch):
    import fuzz.execution.isolation

    monkeypatch.setattr(fuzz.execution.isolation, "RSS_CHECK_EVERY", 1)
    worker = WorkerAdapter("faulty.leak", "cpu", WorkerLimits(recycle_growth_mb=20, warmup_cases=2))
    healthy = WorkerAdapter("torch.nn", "cpu", WorkerLimits(recycle_growth_mb=None))
    try:
        first_pid = worker.pid
        for seed in range(8):  # +8 MiB a case: past the 20 MiB allowance within a few cases of warm-up
            case = FINE.with_(steps=(Step(Mode.TRAIN, InputSpec(seed=seed)),))
            leaky, fine = worker.run(case), healthy.run(case)
            assert leaky.error is None
            assert np.array_equal(leaky.steps[0].output, fine.steps[0].output)
        assert worker.recycled >= 1 and worker.restarts == 0, "replaced as healthy, not counted as a crash"
        assert worker.pid != first_pid
        assert healthy.recycled == 0
    finally:
        worker.close()
        healthy.close()


def test_crash_message_names_the_signal():
    worker = WorkerAdapter("faulty.crash", "cpu", WorkerLimits(timeout_s=30))
    try:
        outcome = worker.run(FAULT)
        assert outcome.error is not None and "SIGSEGV" in outcome.error.message
    finally:
        worker.close()


def test_isolated_and_in_process_results_are_identical():
    isolated = Checker.of("mindspore.nn", isolate=True)
    try:
        case = Case(shape=(6, 3, 4), grad=True, momentum=0.3,
                    steps=(Step(Mode.TRAIN, InputSpec(seed=3)), Step(Mode.EVAL, InputSpec(seed=4))))
        a, b = isolated.check(case), Checker.of("mindspore.nn").check(case)
        for side in ("left", "right"):
            for step_a, step_b in zip(getattr(a, side).steps, getattr(b, side).steps):
                for name in ("output", "running_mean", "running_var", "grad_input", "grad_weight", "grad_bias"):
                    x, y = getattr(step_a, name), getattr(step_b, name)
                    assert (x is None and y is None) or (x == y).all(), (side, name)
    finally:
        isolated.close()


def test_a_fuzz_run_goes_on_past_crashes(tmp_path: Path):
    from fuzz.campaign.runner import FuzzRun, RunConfig

    checker = Checker.of("faulty.crash", left="torch.nn", isolate=True, limits=WorkerLimits(timeout_s=30))
    config = RunConfig(out=tmp_path / "run", budget_s=None, max_examples=40, chunk=40, seed=3, shrink=False)
    run = FuzzRun(config, checkers={"torch.nn~faulty.crash": checker})
    state = run.execute()
    crashes = [f for f in state.findings.values() if f.kind == "crash"]
    assert crashes, "a batch of 5 is drawn within 40 examples of each property and must crash the worker"
    drawn = sum(state.examples.values()) + sum(state.duplicates.values())
    assert drawn == sum(drawn_per_property(40).values()), "the run went on after each crash"
    assert checker.right.restarts >= 1
    assert all(f.errors[1] is not None and "SIGSEGV" in f.errors[1].message for f in crashes)


def _same_outcome(a, b) -> bool:
    if (a.error is None) != (b.error is None) or len(a.steps) != len(b.steps):
        return False
    for x_step, y_step in zip(a.steps, b.steps):
        for name in ("output", "running_mean", "running_var"):
            x, y = getattr(x_step, name), getattr(y_step, name)
            if not ((x is None and y is None) or (x is not None and y is not None and np.array_equal(x, y))):
                return False
    return True


def test_cases_in_flight_come_back_in_order_and_a_crash_is_the_head_cases():
    """Pipelining: several cases submitted before the first is collected.  A crash belongs to the
    case the worker was computing; the cases queued behind it run in the fresh worker."""
    from fuzz.execution.adapters import adapter_for

    other = Case(shape=(3, 3), steps=(Step(Mode.TRAIN, InputSpec(seed=5)),))
    worker = WorkerAdapter("faulty.crash", limits=WorkerLimits(timeout_s=60))
    try:
        for case in (FINE, FAULT, other, FINE):
            worker.submit(case)
        assert worker.in_flight == 4
        outcomes = [worker.collect() for _ in range(4)]
        assert worker.in_flight == 0
        assert [o.error.type if o.error else None for o in outcomes] == [None, "WorkerCrash", None, None]
        assert worker.restarts == 1
        local = adapter_for("torch.nn", "cpu")
        assert _same_outcome(outcomes[0], local.run(FINE)) and _same_outcome(outcomes[3], local.run(FINE))
        assert _same_outcome(outcomes[2], local.run(other)) and not _same_outcome(outcomes[2], outcomes[0])
        with pytest.raises(RuntimeError, match="without a case submitted"):
            worker.collect()
    finally:
        worker.close()


def test_checker_finishes_started_cases_in_order_and_close_drops_them():
    checker = Checker.of("mindspore.nn", isolate=True)
    try:
        checker.start(FINE)
        checker.start(FAULT)
        with pytest.raises(RuntimeError, match="in the order they were started"):
            checker.finish(FAULT)
        checker.close()  # an abandoned pipeline (an interrupted run): nothing stays in flight
        fine = checker.check(FINE)
        assert fine.new == () and all(v.kind is Kind.STATE for v in fine.comparison.violations)
    finally:
        checker.close()


@pytest.mark.skipif(not hasattr(__import__("os"), "sched_getaffinity"), reason="no CPU affinity on this platform")
@pytest.mark.parametrize("confine", [True, False])
def test_a_mindspore_worker_is_confined_to_one_core(confine):
    """MindSpore's runtime threads spin on every core it may use; its worker gets one (benchmarks/RESULTS.md)."""
    import os

    from fuzz.execution.isolation import mindspore_core

    worker = WorkerAdapter("mindspore.nn", limits=WorkerLimits(confine_mindspore=confine))
    try:
        pid = worker.pid
        assert pid is not None
        allowed = os.sched_getaffinity(pid)
        assert allowed == ({mindspore_core()} if confine else os.sched_getaffinity(0))
        assert worker.run(FINE).error is None
    finally:
        worker.close()
    torch_worker = WorkerAdapter("torch.nn", limits=WorkerLimits(confine_mindspore=confine))
    try:
        torch_pid = torch_worker.pid
        assert torch_pid is not None
        assert os.sched_getaffinity(torch_pid) == os.sched_getaffinity(0)
    finally:
        torch_worker.close()


def test_parallel_jobs_put_their_mindspore_workers_on_different_cores(monkeypatch):
    import os

    from fuzz.execution.isolation import mindspore_core

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3})
    cores = []
    for job in ("1", "2", "3", "4", "5"):
        monkeypatch.setenv("FUZZ_JOB", job)
        cores.append(mindspore_core())
    assert cores == [3, 2, 1, 0, 3]
    monkeypatch.delenv("FUZZ_JOB")
    assert mindspore_core() == 3


def test_a_case_submitted_after_the_worker_died_gets_its_own_outcome():
    """The worker dies on the head case while more are queued, and a case is submitted before the
    run collects: the crash is the head's, and every case behind it gets its own outcome (an
    early version restarted the worker on that submit and gave its result to the dead case)."""
    import time as _time

    from fuzz.execution.adapters import adapter_for

    other = Case(shape=(3, 3), steps=(Step(Mode.TRAIN, InputSpec(seed=5)),))
    worker = WorkerAdapter("faulty.crash", limits=WorkerLimits(timeout_s=60))
    try:
        worker.submit(FAULT)
        worker.submit(FINE)
        deadline = _time.monotonic() + 30
        while worker._alive() and _time.monotonic() < deadline:  # the worker reaches FAULT and dies
            _time.sleep(0.01)
        assert not worker._alive()
        worker.submit(other)  # into a dead worker, before the crash was collected
        outcomes = [worker.collect() for _ in range(3)]
        assert [o.error.type if o.error else None for o in outcomes] == ["WorkerCrash", None, None]
        local = adapter_for("torch.nn", "cpu")
        assert _same_outcome(outcomes[1], local.run(FINE)) and _same_outcome(outcomes[2], local.run(other))
        assert worker.restarts == 1 and worker.stale_results == 0
    finally:
        worker.close()


def test_results_of_dropped_cases_are_never_given_to_later_ones():
    """An abandoned pipeline (an interrupted example): the worker still answers the dropped cases,
    and those answers, tagged with cases no longer in flight, are discarded."""
    from fuzz.execution.adapters import adapter_for

    big = Case(shape=(64, 8, 32), grad=True, steps=(Step(Mode.TRAIN, InputSpec(seed=6)),) * 3)
    worker = WorkerAdapter("torch.nn")
    try:
        worker.submit(big)
        worker.submit(big)
        worker.drop()
        assert worker.in_flight == 0
        outcome = worker.run(FINE)
        assert _same_outcome(outcome, adapter_for("torch.nn", "cpu").run(FINE))
        assert worker.stale_results == 2 and worker.restarts == 0
    finally:
        worker.close()


def test_the_default_timeout_follows_the_measured_cost_of_cases():
    """Without --timeout, a hang costs a few seconds, not two minutes: the limit is a multiple of
    the slowest case served, with a floor for a fresh worker's first calls."""
    import time as _time

    from fuzz.execution.isolation import TIMEOUT_CEILING_S, TIMEOUT_FLOOR_S

    worker = WorkerAdapter("faulty.hang")
    try:
        assert worker.timeout_for(10) == TIMEOUT_FLOOR_S
        assert worker.run(FINE).error is None
        assert TIMEOUT_FLOOR_S <= worker.timeout_for(10) < TIMEOUT_CEILING_S
        began = _time.monotonic()
        outcome = worker.run(FAULT)
        assert outcome.error is not None and outcome.error.type == "WorkerTimeout"
        assert _time.monotonic() - began < TIMEOUT_FLOOR_S + 10
        assert worker.run(FINE).error is None, "the next case runs in a fresh worker"
    finally:
        worker.close()
    # a fixed timeout is honoured whatever the cases cost
    fixed = WorkerAdapter("torch.nn", limits=WorkerLimits(timeout_s=42.0))
    try:
        assert fixed.timeout_for(10**9) == 42.0
    finally:
        fixed.close()


def test_after_a_fault_a_warm_spare_takes_over():
    """The second fault costs a hand-over, not a framework import: the spare started after the
    first one is ready by then."""
    import time as _time

    worker = WorkerAdapter("faulty.crash", limits=WorkerLimits(timeout_s=60))
    try:
        error = worker.run(FAULT).error
        assert error is not None and error.type == "WorkerCrash"
        first_wait = worker.restart_s
        _time.sleep(8)  # the spare imports torch meanwhile
        error = worker.run(FAULT).error
        assert error is not None and error.type == "WorkerCrash"
        assert worker.restarts == 2
        assert worker.restart_s - first_wait < 0.5 * first_wait + 0.2, (first_wait, worker.restart_s)
        assert worker.run(FINE).error is None
    finally:
        worker.close()


@pytest.mark.parametrize("value", [0.0, -1.0])
def test_worker_limits_reject_a_timeout_that_is_not_positive(value):
    with pytest.raises(ValueError, match="timeout_s must be > 0"):
        WorkerLimits(timeout_s=value)


def test_a_memory_fault_is_caught_while_the_run_is_busy_elsewhere():
    """The memory limit holds while nobody waits on the worker (the run judging another case): its
    watchdog kills it at the limit, and the fault reads as a memory fault, not as the SIGKILL of the
    kernel's OOM killer that an unwatched hog (256 MB a step) would meet (seen in a relation case of
    tests/test_campaign.py's memory_c6 run)."""
    worker = WorkerAdapter("faulty.memory", "cpu", WorkerLimits(timeout_s=120, memory_mb=800))
    try:
        tag = worker.submit(FAULT)
        time.sleep(4)  # busy elsewhere: unwatched, the hog would be past 20 GB by now
        outcome = worker.collect(tag)
    finally:
        worker.close()
    assert outcome.error is not None and outcome.error.type == "WorkerOutOfMemory", outcome.error
