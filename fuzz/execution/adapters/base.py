"""The protocol every implementation adapter follows, and the registry of targets by name."""

from __future__ import annotations

import importlib
from typing import Protocol

from fuzz.model.case import Case
from fuzz.model.outcome import Outcome


class AdapterUnavailable(RuntimeError):
    """The framework (or its backend) cannot be used on this machine; the message says why."""


class Adapter(Protocol):
    """Runs a case in one implementation and returns its outcome; never raises for the case's sake."""

    target: str
    backend: str

    def run(self, case: Case) -> Outcome: ...


#: the left side of every pairing, and the MindSpore targets `--targets` chooses from
TORCH = "torch.nn"
MINDSPORE_TARGETS = ("mindspore.nn", "mindspore.mint")

#: target name -> (module, class) of its adapter; imported only when asked for.
TARGETS: dict[str, tuple[str, str]] = {
    "torch.nn": ("fuzz.execution.adapters.torch_nn", "TorchNnAdapter"),
    "mindspore.nn": ("fuzz.execution.adapters.mindspore_nn", "MindSporeNnAdapter"),
    "mindspore.mint": ("fuzz.execution.adapters.mindspore_mint", "MindSporeMintAdapter"),
    "reference": ("fuzz.oracle.reference", "ReferenceAdapter"),
    # planted faults for the isolation tests (fuzz/testing/faulty.py); never selected by --targets
    "faulty.crash": ("fuzz.testing.faulty", "CrashingAdapter"),
    "faulty.hang": ("fuzz.testing.faulty", "HangingAdapter"),
    "faulty.memory": ("fuzz.testing.faulty", "MemoryHogAdapter"),
    "faulty.leak": ("fuzz.testing.faulty", "LeakingAdapter"),
}

_CACHE: dict[tuple[str, str], Adapter] = {}


def adapter_for(target: str, backend: str = "cpu") -> Adapter:
    """The (process-wide, reused) adapter for `target` on `backend`: frameworks are imported once."""
    if target not in TARGETS:
        raise ValueError(f"unknown target {target!r}; known targets: {', '.join(TARGETS)}")
    key = (target, backend)
    if key not in _CACHE:
        module_name, class_name = TARGETS[target]
        cls = getattr(importlib.import_module(module_name), class_name)
        _CACHE[key] = cls(backend=backend)
    return _CACHE[key]
