"""One exception class per kind of violation, so Hypothesis tells a running-variance bug from an output bug.

Hypothesis distinguishes failures by exception type and the line that raised it; each fuzz target
raises its own class from its own line.
"""

from __future__ import annotations

from fuzz.oracle.compare import Kind


class DifferenceFound(AssertionError):
    """A new (not known) difference between the frameworks."""

    kind: Kind


class OutputMismatch(DifferenceFound):
    kind = Kind.OUTPUT


class RunningMeanMismatch(DifferenceFound):
    kind = Kind.RUNNING_MEAN


class RunningVarMismatch(DifferenceFound):
    kind = Kind.RUNNING_VAR


class GradInputMismatch(DifferenceFound):
    kind = Kind.GRAD_INPUT


class GradWeightMismatch(DifferenceFound):
    kind = Kind.GRAD_WEIGHT


class GradBiasMismatch(DifferenceFound):
    kind = Kind.GRAD_BIAS


class ErrorParityViolation(DifferenceFound):
    kind = Kind.ERROR_PARITY


class NanParityViolation(DifferenceFound):
    kind = Kind.NAN_PARITY


class WorkerCrashed(DifferenceFound):
    kind = Kind.CRASH


class WorkerHung(DifferenceFound):
    kind = Kind.TIMEOUT


EXCEPTIONS: dict[Kind, type[DifferenceFound]] = {
    cls.kind: cls
    for cls in (OutputMismatch, RunningMeanMismatch, RunningVarMismatch, GradInputMismatch, GradWeightMismatch,
                GradBiasMismatch, ErrorParityViolation, NanParityViolation, WorkerCrashed, WorkerHung)
}
assert set(EXCEPTIONS) == set(Kind), "every kind of finding needs its exception class (the shrinker raises it)"


# --------------------------------------------------------------------------------------------
# The stored record of a finding (one line of findings.jsonl).

import hashlib  # noqa: E402
import json  # noqa: E402
from dataclasses import asdict, dataclass, field  # noqa: E402
from typing import Any  # noqa: E402

FINDING_SCHEMA = 1


class FindingError(ValueError):
    """A stored finding is malformed; the message names the field."""


@dataclass(frozen=True)
class Evidence:
    """The values at the worst element: both frameworks beside the float64 reference."""

    index: tuple[int, ...] = ()
    left: float | None = None
    right: float | None = None
    reference: float | None = None


@dataclass(frozen=True)
class Finding:
    """One distinct disagreement, as stored and reported.

    id is a stable signature of the defect (`signature()`), so the same defect found again, in this
    run or a later one, gets the same id; `count` says how often this run met it.
    """

    id: str
    kind: str
    frameworks: tuple[str, str]
    backend: str
    case: dict[str, Any]
    case_summary: str
    step: int | None
    max_abs_error: float
    max_rel_error: float
    ratio: float  # worst error / tolerance
    tolerance: dict[str, Any]
    verdict: str
    blamed: str
    status: str  # "new" or "known"
    versions: dict[str, str]
    property: str
    known_id: str | None = None
    known_reason: str | None = None
    known_source: str | None = None
    classification: str | None = None
    reproducible: bool | None = None
    count: int = 1
    errors: tuple[dict[str, Any] | None, dict[str, Any] | None] = (None, None)
    evidence: Evidence = field(default_factory=Evidence)
    conditioning: float = 0.0
    found_at: str = ""
    shrunk: bool = False
    # replays of the stored case alone, each in a worker that has run other cases before it: a
    # finding that shows in fewer than all of them depends on history or chance, and is `flaky`
    replays: int = 0
    reproduced: int = 0
    flaky: bool = False
    traceback: str = ""  # a harness crash: where the harness broke
    # seconds into the run when it was first met and when its shrink ended (None: not shrunk)
    met_after_s: float = 0.0
    shrunk_after_s: float | None = None

    @property
    def replay_text(self) -> str:
        """How the stored case replayed, in words for the reports."""
        if not self.replays:
            return "not replayed"
        text = f"{self.reproduced} of {self.replays} replays"
        return f"flaky ({text})" if self.flaky else text

    def __post_init__(self) -> None:
        if self.status not in ("new", "known"):
            raise FindingError(f"finding {self.id}: status must be 'new' or 'known', got {self.status!r}")
        if self.kind not in {k.value for k in Kind}:
            raise FindingError(f"finding {self.id}: unknown kind {self.kind!r}")

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["schema"] = FINDING_SCHEMA
        data["frameworks"] = list(self.frameworks)
        data["errors"] = list(self.errors)
        data["evidence"]["index"] = list(self.evidence.index)
        return _finite(data)

    def dumps(self) -> str:
        return json.dumps(self.to_json(), sort_keys=True)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Finding:
        if not isinstance(data, dict):
            raise FindingError("a finding must be a JSON object")
        data = dict(data)
        schema = data.pop("schema", FINDING_SCHEMA)
        if schema != FINDING_SCHEMA:
            raise FindingError(f"finding schema {schema!r} is not supported")
        try:
            data["frameworks"] = tuple(data["frameworks"])
            data["errors"] = tuple(data.get("errors", (None, None)))
            ev = data.get("evidence") or {}
            data["evidence"] = Evidence(tuple(ev.get("index", ())), _float_or_none(ev.get("left")),
                                        _float_or_none(ev.get("right")), _float_or_none(ev.get("reference")))
            for name in ("max_abs_error", "max_rel_error", "ratio", "conditioning", "met_after_s"):
                data[name] = float(data[name]) if name in data else 0.0
            data["tolerance"] = {k: _float_or_none(v) if k != "rule" else v for k, v in (data.get("tolerance") or {}).items()}
            return cls(**data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise FindingError(f"malformed finding: {exc}") from exc


def _float_or_none(value: Any) -> float | None:
    """Read back a number stored by `_finite` ('nan', 'inf' and '-inf' are strings in JSON)."""
    return None if value is None else float(value)


def _finite(value: Any) -> Any:
    """JSON has no NaN/Inf: store them as strings."""
    if isinstance(value, float) and value != value:
        return "nan"
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return "inf" if value > 0 else "-inf"
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def signature(kind: str, frameworks: tuple[str, str], backend: str, features: dict[str, Any]) -> str:
    """A stable id: the kind, the pair, the backend and a few coarse facts of the case and verdict."""
    key = json.dumps({"kind": kind, "frameworks": list(frameworks), "backend": backend, **features}, sort_keys=True)
    return f"{kind}-{hashlib.sha256(key.encode()).hexdigest()[:10]}"
