"""The stored record of a finding (one line of findings.jsonl): typed to the edge.

A `Finding` holds the harness's own types (its kind, verdict and status as enums, the `Case`, the
errors as `ErrorInfo`); JSON is made in `to_json` and read in `from_json` only, with the schema.
"""

from __future__ import annotations

import builtins
import hashlib
import json
from dataclasses import dataclass, field, fields
from typing import Any

from fuzz.model.case import Case, CaseError
from fuzz.model.outcome import ErrorInfo, Phase
from fuzz.model.precision import PrecisionEvidence
from fuzz.model.state import StateDifference
from fuzz.model.vocabulary import Kind, Severity, Status, Verdict

#: 2: typed records; the conventions of both sides; the tolerance as a record (1 is still read)
FINDING_SCHEMA = 2
READABLE_SCHEMAS = (1, 2)


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
class ToleranceRecord:
    """The tolerance a value finding was judged by (fuzz/oracle/tolerance.py), as reported."""

    rule: str
    rtol: float
    atol_min: float
    atol_max: float


@dataclass(frozen=True)
class Finding:
    """One distinct disagreement, as stored and reported.

    id is a stable signature of the defect (`signature()`), so the same defect found again, in this
    run or a later one, gets the same id; `count` says how often this run met it.  `case` is None
    only for a harness crash outside any one case.  `conventions` are the signatures each side's
    class was found to have when the finding was made, so that reports and repro scripts can be
    built without importing the frameworks ("" when not recorded).
    """

    id: str
    kind: Kind
    frameworks: tuple[str, str]
    backend: str
    case: Case | None
    case_summary: str
    step: int | None
    max_abs_error: float
    max_rel_error: float
    ratio: float  # worst error / tolerance
    tolerance: ToleranceRecord | None
    verdict: Verdict
    blamed: str
    status: Status
    versions: dict[str, str]
    property: str
    conventions: tuple[str, str] = ("", "")
    known_id: str | None = None
    known_reason: str | None = None
    known_source: str | None = None
    classification: str | None = None
    reproducible: bool | None = None
    count: int = 1
    errors: tuple[ErrorInfo | None, ErrorInfo | None] = (None, None)
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
    state: StateDifference | None = None  # a state finding: which entry, how it departs, the values
    precision: PrecisionEvidence | None = None  # a precision finding: both sides' error measures, the ratio

    def __post_init__(self) -> None:
        for name, enum in (("kind", Kind), ("verdict", Verdict), ("status", Status)):
            if not isinstance(getattr(self, name), enum):
                raise FindingError(f"finding {self.id}: {name} must be a {enum.__name__}, "
                                   f"got {getattr(self, name)!r}")

    # `builtins.property`: to a type checker, the field `property` above shadows the builtin in this class body
    @builtins.property
    def is_new(self) -> bool:
        return self.status is Status.NEW

    @builtins.property
    def severity(self) -> Severity:
        return self.kind.severity

    @builtins.property
    def replay_text(self) -> str:
        """How the stored case replayed, in words for the reports."""
        if not self.replays:
            return "not replayed"
        text = f"{self.reproduced} of {self.replays} replays"
        return f"flaky ({text})" if self.flaky else text

    @builtins.property
    def case_size(self) -> int:
        """The length of the case's JSON: of two records of one finding, the smaller case is kept."""
        return len(self.case.dumps()) if self.case is not None else 0

    # ---------------------------------------------------------------- JSON, here only
    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        data.update(
            schema=FINDING_SCHEMA,
            kind=self.kind.value, verdict=self.verdict.value, status=self.status.value,
            frameworks=list(self.frameworks), conventions=list(self.conventions),
            case=self.case.to_json() if self.case is not None else {},
            tolerance=None if self.tolerance is None else {f.name: getattr(self.tolerance, f.name)
                                                           for f in fields(self.tolerance)},
            errors=[None if e is None else e.to_json() for e in self.errors],
            evidence={"index": list(self.evidence.index), "left": self.evidence.left, "right": self.evidence.right,
                      "reference": self.evidence.reference},
            state=None if self.state is None else self.state.to_json(),
            precision=None if self.precision is None else self.precision.to_json(),
        )
        stored: dict[str, Any] = _finite(data)
        return stored

    def dumps(self) -> str:
        return json.dumps(self.to_json(), sort_keys=True)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Finding:
        if not isinstance(data, dict):
            raise FindingError("a finding must be a JSON object")
        data = dict(data)
        schema = data.pop("schema", FINDING_SCHEMA)
        if schema not in READABLE_SCHEMAS:
            raise FindingError(f"finding schema {schema!r} is not supported (this harness reads {READABLE_SCHEMAS})")
        unknown = set(data) - {f.name for f in fields(cls)}
        if unknown:
            raise FindingError(f"finding {data.get('id')!r}: unknown fields {sorted(unknown)}")
        for name, enum in (("kind", Kind), ("verdict", Verdict), ("status", Status)):
            if name in data and data[name] not in {member.value for member in enum}:
                raise FindingError(f"finding {data.get('id')!r}: unknown {name} {data[name]!r}; "
                                   f"one of {', '.join(member.value for member in enum)}")
        try:
            data["kind"] = Kind(data["kind"])
            data["verdict"] = Verdict(data["verdict"])
            data["status"] = Status(data["status"])
            data["frameworks"] = tuple(data["frameworks"])
            data["conventions"] = tuple(data.get("conventions") or ("", ""))
            data["case"] = Case.from_json(data["case"]) if data.get("case") else None
            data["errors"] = tuple(_error(e) for e in data.get("errors") or (None, None))
            ev = data.get("evidence") or {}
            data["evidence"] = Evidence(tuple(ev.get("index", ())), _float_or_none(ev.get("left")),
                                        _float_or_none(ev.get("right")), _float_or_none(ev.get("reference")))
            for name in ("max_abs_error", "max_rel_error", "ratio", "conditioning", "met_after_s"):
                data[name] = float(data[name]) if name in data else 0.0
            data["state"] = StateDifference.from_json(data["state"]) if data.get("state") else None
            data["precision"] = PrecisionEvidence.from_json(data["precision"]) if data.get("precision") else None
            tolerance = data.get("tolerance") or None
            data["tolerance"] = None if not tolerance else ToleranceRecord(
                str(tolerance.get("rule")), *(float(_float_or_none(tolerance.get(k)) or 0.0)
                                              for k in ("rtol", "atol_min", "atol_max")))
            return cls(**data)
        except CaseError as exc:
            raise FindingError(f"finding {data.get('id')!r}: its case does not parse: {exc}") from exc
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise FindingError(f"malformed finding {data.get('id')!r}: {type(exc).__name__}: {exc}") from exc


def _error(data: dict[str, Any] | None) -> ErrorInfo | None:
    if not data:
        return None
    return ErrorInfo(str(data["type"]), str(data.get("message", "")), Phase(data.get("phase", "forward")),
                     data.get("step"))


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


def signature(kind: Kind, frameworks: tuple[str, str], backend: str, features: dict[str, Any]) -> str:
    """A stable id: the kind, the pair, the backend and a few coarse facts of the case and verdict."""
    key = json.dumps({"kind": kind.value, "frameworks": list(frameworks), "backend": backend, **features},
                     sort_keys=True)
    return f"{kind.value}-{hashlib.sha256(key.encode()).hexdigest()[:10]}"
