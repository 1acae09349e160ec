"""What running a case produced in one implementation: per step values, statistics, gradients, or an error.

Every adapter returns this one structure, so the comparator never needs to know which framework
produced it.  Arrays are NumPy copies taken after each step; an implementation that lacks a
quantity (torch's running statistics with track_running_stats=False, weight gradients without
affine) reports None for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from numpy.typing import NDArray

from fuzz.model.vocabulary import Kind, Quantity


class Phase(str, Enum):
    """Where an error was raised."""

    CONSTRUCT = "construct"
    COMPILE = "compile"  # raised by a compiled target's call that compiled (fuzz/model/targets.py)
    FORWARD = "forward"
    BACKWARD = "backward"
    UNMAPPABLE = "unmappable"


def _is_banner(line: str) -> bool:
    """A rule of dashes or equals signs, or a "- Heading:" line of MindSpore's error layout
    ("- C++ Call Stack: (For framework developers)")."""
    return set(line) <= set("-=_ ") or (line.startswith("- ") and ":" in line[:48])


@dataclass(frozen=True)
class ErrorInfo:
    """An exception an implementation raised: its class name, the first line of its message that
    says something, and where.  MindSpore's messages may open with a banner (a line of dashes, a
    "- C++ Call Stack:" heading) before the sentence that known differences match on."""

    type: str
    message: str
    phase: Phase
    step: int | None = None

    @classmethod
    def from_exception(cls, exc: BaseException, phase: Phase, step: int | None = None) -> ErrorInfo:
        lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
        said = [line for line in lines if not _is_banner(line)]
        first = said[0] if said else lines[0] if lines else ""
        return cls(type(exc).__name__, first[:500], phase, step)

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "message": self.message, "phase": self.phase.value, "step": self.step}


@dataclass(frozen=True)
class AsIs:
    """What a target did with a case it cannot express faithfully, given the value unmapped."""

    error: ErrorInfo | None  # None: it accepted the value and ran
    steps: int  # steps completed

    def describe(self) -> str:
        if self.error is None:
            return f"accepted and ran {self.steps} step(s)"
        return f"raised {self.error.type} in {self.error.phase.value}: {self.error.message}"


@dataclass(frozen=True)
class StepOutcome:
    output: NDArray[Any] | None = None
    running_mean: NDArray[Any] | None = None
    running_var: NDArray[Any] | None = None
    grad_input: NDArray[Any] | None = None
    grad_weight: NDArray[Any] | None = None
    grad_bias: NDArray[Any] | None = None
    # the module's whole state after the step, read through its framework's state API (torch
    # `state_dict()`, MindSpore `parameters_dict()`), by the names that API uses (mapping.STATE_NAMES)
    state: dict[str, NDArray[Any]] | None = None
    # float64 reference only: the batch statistics this step normalised with (for the tolerance policy)
    norm_mean: NDArray[Any] | None = None
    norm_var: NDArray[Any] | None = None

    def get(self, quantity: Quantity) -> NDArray[Any] | None:
        value: NDArray[Any] | None = getattr(self, quantity.value)
        return value


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
    # an unmappable case: what the target did with the value passed as it is (what a porter tries first)
    as_is: AsIs | None = None
    # a compiled target (fuzz/model/targets.py): the graphs this case compiled, and the seconds of the
    # calls that compiled them (0 for eager targets and for a case whose every call reused a graph)
    compiles: int = 0
    compile_s: float = 0.0

    @property
    def rejected(self) -> bool:
        return self.error is not None and self.error.phase is not Phase.UNMAPPABLE

    @property
    def unmappable(self) -> bool:
        return self.error is not None and self.error.phase is Phase.UNMAPPABLE
