"""What running a case produced in one implementation: per step values, statistics, gradients, or an error.

Every adapter returns this one structure, so the comparator never needs to know which framework
produced it.  Arrays are NumPy copies taken after each step; an implementation that lacks a
quantity (torch's running statistics with track_running_stats=False, weight gradients without
affine) reports None for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import numpy as np

from fuzz.model.vocabulary import Kind, Quantity


class Phase(str, Enum):
    """Where an error was raised."""

    CONSTRUCT = "construct"
    FORWARD = "forward"
    BACKWARD = "backward"
    UNMAPPABLE = "unmappable"


@dataclass(frozen=True)
class ErrorInfo:
    """An exception an implementation raised: its class name, first line of message, and where."""

    type: str
    message: str
    phase: Phase
    step: int | None = None

    @classmethod
    def from_exception(cls, exc: BaseException, phase: Phase, step: int | None = None) -> ErrorInfo:
        text = str(exc).strip()
        first = text.splitlines()[0] if text else ""
        return cls(type(exc).__name__, first[:500], phase, step)

    def to_json(self) -> dict:
        return {"type": self.type, "message": self.message, "phase": self.phase.value, "step": self.step}


@dataclass(frozen=True)
class StepOutcome:
    output: np.ndarray | None = None
    running_mean: np.ndarray | None = None
    running_var: np.ndarray | None = None
    grad_input: np.ndarray | None = None
    grad_weight: np.ndarray | None = None
    grad_bias: np.ndarray | None = None
    # float64 reference only: the batch statistics this step normalised with (for the tolerance policy)
    norm_mean: np.ndarray | None = None
    norm_var: np.ndarray | None = None

    def get(self, quantity: Quantity) -> np.ndarray | None:
        return getattr(self, quantity.value)


@dataclass(frozen=True)
class Outcome:
    """One implementation's run of one case.

    steps holds the steps that completed; `error` is the first exception (and ends the run).
    `fault` is set by the isolation (fuzz/execution/isolation.py) when the worker running the case
    died or hung: the kind of finding that makes (crash or timeout).
    """

    target: str
    backend: str
    convention: str
    steps: tuple[StepOutcome, ...] = ()
    error: ErrorInfo | None = None
    versions: dict[str, str] = field(default_factory=dict)
    fault: Kind | None = None

    @property
    def rejected(self) -> bool:
        return self.error is not None and self.error.phase is not Phase.UNMAPPABLE

    @property
    def unmappable(self) -> bool:
        return self.error is not None and self.error.phase is Phase.UNMAPPABLE
