"""Deliberately faulty adapters, to prove that isolation turns a crash, a hang or memory exhaustion
into a finding (tests/test_workers.py).  Each behaves like torch.nn except on cases with a batch of
exactly 5, where it aborts the process, sleeps past any timeout, or allocates memory without end.
"""

from __future__ import annotations

import os
import signal
import time
from typing import Any

import numpy as np
from numpy.typing import NDArray

from fuzz.execution.adapters.torch_nn import TorchNnAdapter
from fuzz.model.case import Case
from fuzz.model.outcome import Outcome

TRIGGER_BATCH = 5


class _Faulty(TorchNnAdapter):
    target = "faulty"

    def misbehave(self) -> None:
        raise NotImplementedError

    def run(self, case: Case) -> Outcome:
        if case.shape and case.shape[0] == TRIGGER_BATCH:
            self.misbehave()
        return TorchNnAdapter.run(self, case)


class CrashingAdapter(_Faulty):
    target = "faulty.crash"

    def misbehave(self) -> None:
        os.kill(os.getpid(), signal.SIGSEGV)


class HangingAdapter(_Faulty):
    target = "faulty.hang"

    def misbehave(self) -> None:
        time.sleep(3600)


class MemoryHogAdapter(_Faulty):
    target = "faulty.memory"

    def misbehave(self) -> None:
        hoard = []
        while True:  # 256 MB a step, touched so that it is resident
            hoard.append(np.ones(32 * 1024 * 1024))
            time.sleep(0.01)


class LeakingAdapter(TorchNnAdapter):
    """Healthy results, but keeps 8 MiB more resident after every case: the slow growth of
    MindSpore's per-shape caches, made fast, to test worker recycling."""

    target = "faulty.leak"
    kept: list[NDArray[Any]] = []

    def run(self, case: Case) -> Outcome:
        self.kept.append(np.ones(1024 * 1024))  # 8 MiB of float64, written, so resident
        return TorchNnAdapter.run(self, case)
