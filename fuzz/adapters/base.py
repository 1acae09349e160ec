"""The protocol every implementation adapter follows, and the registry of targets by name."""

from __future__ import annotations

import importlib
from typing import Protocol

from fuzz.case import Case
from fuzz.outcome import Outcome


class AdapterUnavailable(RuntimeError):
    """The framework (or its backend) cannot be used on this machine; the message says why."""


class Adapter(Protocol):
    """Runs a case in one implementation and returns its outcome; never raises for the case's sake."""

    target: str
    backend: str

    def run(self, case: Case) -> Outcome: ...


#: target name -> (module, class) of its adapter; imported only when asked for.
TARGETS: dict[str, tuple[str, str]] = {
    "torch.nn": ("fuzz.adapters.torch_nn", "TorchNnAdapter"),
    "mindspore.nn": ("fuzz.adapters.mindspore_nn", "MindSporeNnAdapter"),
    "mindspore.mint": ("fuzz.adapters.mindspore_mint", "MindSporeMintAdapter"),
    "reference": ("fuzz.adapters.reference", "ReferenceAdapter"),
    # planted faults for the isolation tests (fuzz/adapters/faulty.py); never selected by --targets
    "faulty.crash": ("fuzz.adapters.faulty", "CrashingAdapter"),
    "faulty.hang": ("fuzz.adapters.faulty", "HangingAdapter"),
    "faulty.memory": ("fuzz.adapters.faulty", "MemoryHogAdapter"),
    "faulty.leak": ("fuzz.adapters.faulty", "LeakingAdapter"),
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
