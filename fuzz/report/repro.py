"""Write `repro/<id>.py`: a standalone script (torch, mindspore, numpy only) that replays one finding.

The script is `fuzz/report/repro_template.py` with the finding's payload filled in: the case, each
framework's mapped constructor arguments and calls, and for value findings the float64 reference
values and the tolerance of the failing quantity, so it judges exactly as the harness did.  Non-finite
floats in the payload are text (`fuzz.model.numbers`); the script's `decode` reads them back.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from fuzz.execution.devices import MINDSPORE_DEVICE_TARGETS
from fuzz.model.case import DEFAULT_THREADS, Case
from fuzz.model.finding import Finding
from fuzz.model.mapping import (
    CELL_PARAM_NAMES,
    EQUIVALENT_EXCEPTIONS,
    MS_NAMES,
    TORCH_NAMES,
    Convention,
    ModulePlan,
    Unmappable,
    plan_for,
)
from fuzz.model.numbers import encode_nested
from fuzz.model.state import StateChange
from fuzz.model.targets import api_of, mode_of
from fuzz.model.vocabulary import Kind, Quantity
from fuzz.oracle.reference import ReferenceAdapter
from fuzz.oracle.state_reference import documented_state
from fuzz.oracle.tolerance import case_tolerances
from fuzz.oracle.verdict import SEVERAL

TEMPLATE = Path(__file__).with_name("repro_template.py")


def _plan_json(plan: ModulePlan) -> dict[str, Any]:
    """The plan as the script reads it: a string argument stays a string, NaN/Inf become text."""
    def plain(value: Any) -> Any:
        return encode_nested(value, keep_strings_apart=True)

    names = CELL_PARAM_NAMES.get(plan.target) or (MS_NAMES if plan.convention is Convention.MINDSPORE_LEGACY
                                                  else {n: n for n in TORCH_NAMES})
    return {"target": plan.target, "kwargs": plain(plan.kwargs), "constructor_init": plain(plan.constructor_init),
            "assigned_init": plain(plan.assigned_init), "train_flags": list(plan.train_flags),
            "checkpoint_init": plain(plan.checkpoint_init), "param_names": names}


def _convention(finding: Finding, side: int = 1) -> Convention:
    """A side's signature convention as recorded when the finding was made (no framework is
    imported to build a script)."""
    recorded = finding.conventions[side]
    if recorded not in {c.value for c in Convention}:
        raise ValueError(f"finding {finding.id} does not record {finding.frameworks[side]}'s signature convention "
                         f"({recorded or 'a schema-1 finding'}); a run of this harness records it")
    return Convention(recorded)


#: the class each built-in API runs, as the script imports it
API_CLASSES = {"torch.nn": "torch.nn:BatchNorm1d", "mindspore.nn": "mindspore.nn:BatchNorm1d",
               "mindspore.mint": "mindspore.mint.nn:BatchNorm1d"}


def _side(finding: Finding, case: Case, index: int) -> dict[str, Any]:
    """One side as the script runs it: its name, framework, execution mode, class and plan."""
    name = finding.frameworks[index].partition("@")[0]
    api, mode = api_of(name), mode_of(name)
    convention = Convention.TORCH if api == "torch.nn" else _convention(finding, index)
    plan = plan_for(name, case, convention)
    if plan is None:
        raise ValueError(f"finding {finding.id}: {name} is not a target the script can run")
    if isinstance(plan, Unmappable):
        raise ValueError(f"finding {finding.id}: case is unmappable for {name}: {plan.reason}")
    # an imported class's framework is its base's, which the script reads when it imports it
    framework = "imported" if ":" in api else api.split(".")[0]
    return {"label": name, "framework": framework, "mode": mode.value, "class": API_CLASSES.get(api, api),
            "plan": _plan_json(plan)}


def _torch_threads(finding: Finding, case: Case) -> int | None:
    """The intra-op thread count torch ran the case with, as the finding's versions say (None for a
    default-thread case of a run that did not record torch's default count)."""
    if case.threads != DEFAULT_THREADS:
        return case.threads
    recorded = finding.versions.get("torch_default_threads", "")
    return int(recorded) if recorded.isdigit() else None


def payload(finding: Finding) -> dict[str, Any]:
    case = finding.case
    if case is None:
        raise ValueError(f"finding {finding.id} has no case")
    sides = [_side(finding, case, 0), _side(finding, case, 1)]
    quantity = finding.kind if finding.kind in {q.value for q in Quantity} else "output"
    data: dict[str, Any] = {
        "id": finding.id, "kind": finding.kind, "summary": finding.case_summary, "case": case.to_json(),
        "step": finding.step or 0, "quantity": quantity, "sides": sides,
        "device_target": MINDSPORE_DEVICE_TARGETS.get(finding.backend, "CPU"),
        "several": SEVERAL, "reference": None, "atol": [], "rtol": 0.0,
        "equivalent_exceptions": sorted(list(pair) for pair in EQUIVALENT_EXCEPTIONS),
        "torch_threads": _torch_threads(finding, case),
    }
    if finding.state is not None:
        data["state"] = _state_payload(finding, case)
    reference = ReferenceAdapter().run(case)
    step = finding.step or 0
    if step < len(reference.steps):
        tolerance = case_tolerances(case, reference.steps, finding.backend)[step].get(Quantity(quantity))
        values = reference.steps[step].get(Quantity(quantity))
        if tolerance is not None:
            data["atol"] = [float(v) if np.isfinite(v) else 1e308 for v in tolerance.atol]
            data["rtol"] = tolerance.rtol
        if values is not None and finding.kind not in NO_REFERENCE_KINDS:
            raw, row = _reference_part(np.ascontiguousarray(values, dtype=np.float64), finding)
            data["reference"] = {"shape": list(raw.shape), "data": base64.b64encode(raw.tobytes()).decode()}
            if row is not None:
                data["reference"]["row"] = row
    return data


#: the kinds the script judges without the reference (acceptance, exception classes, state, NaN/Inf places)
NO_REFERENCE_KINDS = frozenset({Kind.ERROR_PARITY, Kind.ERROR_CLASS, Kind.STATE, Kind.NAN_PARITY})

#: a reference of more elements is stored for the evidence's batch row only: a large batch's output
#: in full would make a script of tens of MB
REFERENCE_ELEMENTS = 1 << 16


def _reference_part(raw: NDArray[np.float64], finding: Finding) -> tuple[NDArray[np.float64], int | None]:
    """The reference the script compares with: all of it, or for a large batch the batch row of the
    finding's evidence (as a batch of one; None: all of it)."""
    index = finding.evidence.index
    if raw.size <= REFERENCE_ELEMENTS or raw.ndim < 2 or not index:
        return raw, None
    row = int(index[0])
    return np.ascontiguousarray(raw[row:row + 1]), row


def _state_payload(finding: Finding, case: Case) -> dict[str, Any]:
    """A state finding: the entry, on which side, how it departs, and the documented value in full."""
    state = finding.state
    assert state is not None
    side = 0 if state.side == finding.frameworks[0] else 1
    name = finding.frameworks[side].partition("@")[0]
    plan = plan_for(name, case, Convention.TORCH if api_of(name) == "torch.nn" else _convention(finding, side))
    doc = documented_state(case, plan) if isinstance(plan, ModulePlan) else None
    step = finding.step or 0
    documented = None
    if doc is not None and step < len(doc.steps):
        table = doc.initial if state.change is StateChange.ONE_SIDED else doc.steps[step]
        if state.name in table:
            documented = encode_nested(np.asarray(table[state.name], dtype=np.float64).reshape(-1))
    if state.change is StateChange.ONE_SIDED and state.torch_name in ("weight", "bias"):
        documented = [1.0 if state.torch_name == "weight" else 0.0] * case.channels  # the other side's identity
    return {"side": side, "name": state.name, "torch_name": state.torch_name, "change": state.change.value,
            "documented": documented, "words": state.describe()}


def render_repro_script(finding: Finding) -> str:
    text = json.dumps(payload(finding), sort_keys=True).replace("'", "\\u0027")
    return TEMPLATE.read_text(encoding="utf-8").replace("r'''{}'''", "r'''" + text + "'''", 1)


def write_repro_scripts(findings: list[Finding], directory: Path) -> dict[str, Path]:
    """Write one script per finding that has a case to replay; returns id -> path."""
    directory.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for finding in findings:
        path = directory / f"{finding.id}.py"
        try:
            path.write_text(render_repro_script(finding), encoding="utf-8")
        except ValueError as exc:
            path.write_text(f"# no standalone repro: {exc}\nimport sys\nsys.exit(2)\n", encoding="utf-8")
        except Exception as exc:  # noqa: BLE001 - a harness defect on one finding: the others still get theirs
            text = f"{type(exc).__name__}: {exc}".replace("\n", " ")
            path.write_text(f"# no standalone repro: the harness broke writing it ({text})\nimport sys\nsys.exit(2)\n",
                            encoding="utf-8")
        written[finding.id] = path
    return written
