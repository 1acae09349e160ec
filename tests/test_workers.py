"""Isolation: a crash, a hang or memory exhaustion in a framework kills only its worker.

Faulty adapters (fuzz/adapters/faulty.py) behave like torch.nn except on a batch of 5.  Each fault
must come back as a crash or timeout violation, the next case must run in a fresh worker, and a
whole fuzz run must go on past faults and record them as findings.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from fuzz.case import Case, InputSpec, Mode, Step
from fuzz.check import Checker
from fuzz.compare import Kind
from fuzz.workers import WorkerAdapter, WorkerLimits

FAULT = Case(shape=(5, 3), steps=(Step(Mode.TRAIN, InputSpec(seed=1)),))
FINE = Case(shape=(4, 3), steps=(Step(Mode.TRAIN, InputSpec(seed=2)),))


@pytest.mark.parametrize("target, kind, error_type, timeout_s", [
    ("faulty.crash", Kind.CRASH, "WorkerCrash", 60),
    ("faulty.hang", Kind.TIMEOUT, "WorkerTimeout", 3),
    ("faulty.memory", Kind.CRASH, "WorkerOutOfMemory", 120),  # the hog grows until the memory limit stops it
])
def test_a_fault_becomes_a_finding_and_the_next_case_runs(target, kind, error_type, timeout_s):
    checker = Checker(target, left="torch.nn", isolate=True, limits=WorkerLimits(timeout_s=timeout_s, memory_mb=1500))
    try:
        faulted = checker.check(FAULT)
        assert [v.kind for v in faulted.comparison.violations] == [kind]
        assert faulted.right.error is not None and faulted.right.error.type == error_type
        assert faulted.left.error is None, "the healthy side is not affected"
        after = checker.check(FINE)
        assert after.comparison.violations == () and after.right.error is None
        assert checker.right.restarts == 1
    finally:
        checker.close()


def test_a_worker_whose_memory_grows_is_replaced_between_cases(monkeypatch):
    import fuzz.workers

    monkeypatch.setattr(fuzz.workers, "RSS_CHECK_EVERY", 1)
    worker = WorkerAdapter("faulty.leak", "cpu", WorkerLimits(recycle_growth_mb=20, warmup_cases=2))
    healthy = WorkerAdapter("torch.nn", "cpu", WorkerLimits(recycle_growth_mb=None))
    try:
        first_pid = worker._process.pid
        for seed in range(8):  # +8 MiB a case: past the 20 MiB allowance within a few cases of warm-up
            case = FINE.with_(steps=(Step(Mode.TRAIN, InputSpec(seed=seed)),))
            leaky, fine = worker.run(case), healthy.run(case)
            assert leaky.error is None
            assert np.array_equal(leaky.steps[0].output, fine.steps[0].output)
        assert worker.recycled >= 1 and worker.restarts == 0, "replaced as healthy, not counted as a crash"
        assert worker._process is None or worker._process.pid != first_pid
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
    isolated = Checker("mindspore.nn", isolate=True)
    try:
        case = Case(shape=(6, 3, 4), grad=True, momentum=0.3,
                    steps=(Step(Mode.TRAIN, InputSpec(seed=3)), Step(Mode.EVAL, InputSpec(seed=4))))
        a, b = isolated.check(case), Checker("mindspore.nn").check(case)
        for side in ("left", "right"):
            for step_a, step_b in zip(getattr(a, side).steps, getattr(b, side).steps):
                for name in ("output", "running_mean", "running_var", "grad_input", "grad_weight", "grad_bias"):
                    x, y = getattr(step_a, name), getattr(step_b, name)
                    assert (x is None and y is None) or (x == y).all(), (side, name)
    finally:
        isolated.close()


def test_a_fuzz_run_goes_on_past_crashes(tmp_path: Path):
    from fuzz.runner import FuzzRun, RunConfig

    checker = Checker("faulty.crash", left="torch.nn", isolate=True, limits=WorkerLimits(timeout_s=30))
    config = RunConfig(out=tmp_path / "run", budget_s=None, max_examples=40, chunk=40, seed=3, shrink=False)
    run = FuzzRun(config, checkers={"torch.nn~faulty.crash": checker})
    state = run.execute()
    crashes = [f for f in state.findings.values() if f.kind == "crash"]
    assert crashes, "a batch of 5 is drawn within 40 examples of each property and must crash the worker"
    assert sum(state.examples.values()) == 3 * 40, "the run went on after each crash"
    assert checker.right.restarts >= 1
    assert all("SIGSEGV" in (f.errors[1] or {}).get("message", "") for f in crashes)
