"""The protocol every implementation adapter follows, and the registry of targets by name."""

from __future__ import annotations

import importlib
from typing import Protocol

from fuzz.model.case import Case
from fuzz.model.outcome import Outcome
from fuzz.model.targets import COMPILED_TARGETS, ExecutionMode, TargetName, TargetNameError, mode_of


class AdapterUnavailable(RuntimeError):
    """The framework (or its backend) cannot be used on this machine; the message says why."""


class Adapter(Protocol):
    """Runs a case in one implementation and returns its outcome; never raises for the case's sake."""

    target: str
    backend: str

    def run(self, case: Case) -> Outcome: ...


#: the left side of every pairing, and the built-in targets `--targets` chooses from (besides
#: any class by import path): the MindSpore APIs and every compiled mode (fuzz/model/targets.py)
TORCH = "torch.nn"
MINDSPORE_TARGETS = ("mindspore.nn", "mindspore.mint")
CHOOSABLE_TARGETS = MINDSPORE_TARGETS + COMPILED_TARGETS

#: API -> (module, class) of its adapter; imported only when asked for.  A target name adds an
#: execution mode to the API (`mindspore.nn+graph`), which the adapter is built with.
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

#: the module that runs a class by import path (`package.module:Class`)
IMPORTED_ADAPTER = "fuzz.execution.adapters.imported"

_CACHE: dict[tuple[str, str], Adapter] = {}


def adapter_for(target: str, backend: str = "cpu") -> Adapter:
    """The (process-wide, reused) adapter for `target` on `backend`: frameworks are imported once.
    `target` is a registered name, a built-in API with its mode (`mindspore.nn+graph`), or a class by
    import path (`package.module:Class`, fuzz/execution/adapters/imported.py)."""
    key = (target, backend)
    if key in _CACHE:
        return _CACHE[key]
    if target in TARGETS and mode_of(target) is ExecutionMode.EAGER:
        module_name, class_name = TARGETS[target]
        _CACHE[key] = getattr(importlib.import_module(module_name), class_name)(backend=backend)
        return _CACHE[key]
    try:
        name = TargetName.parse(target)
    except TargetNameError as exc:
        raise ValueError(f"unknown target {target!r}; known targets: {', '.join(TARGETS)}, "
                         f"{', '.join(COMPILED_TARGETS)} or package.module:Class ({exc})") from None
    if name.imported:  # looked up by name, as every adapter is: the registry imports none of them
        _CACHE[key] = importlib.import_module(IMPORTED_ADAPTER).imported_adapter(name.api, backend)
    else:
        module_name, class_name = TARGETS[name.api]
        _CACHE[key] = getattr(importlib.import_module(module_name), class_name)(backend=backend, mode=name.mode)
    return _CACHE[key]
