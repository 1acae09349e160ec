"""One report section per defect (issue 14): findings grouped by root cause, ordered by severity,
each section with its evidence, versions, repro and every manifestation; the one-page summary; the
version matrix in HTML; the matrix following each version's signature convention."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from fuzz.model.case import Case, InputSpec, Mode, Step
from fuzz.model.finding import Finding
from fuzz.model.vocabulary import Kind, Severity
from fuzz.oracle.mechanism import mechanism_of
from fuzz.report.defects import Classification, group_defects
from fuzz.testing.records import finding_of


def _findings_of(case: Case, planted: str) -> list[Finding]:
    """Every violation torch.nn (with `planted`) shows beside mindspore.nn on `case`, as findings."""
    from fuzz.campaign.record import make_finding
    from fuzz.execution.check import Checker
    from fuzz.testing.planted import plant

    undo = plant(planted)
    checker = Checker.of("mindspore.nn")
    try:
        result = checker.check(case)
    finally:
        undo()
        checker.close()
    return [make_finding(v, result, backend="cpu", known=None, property_name="valid_uses") for v in result.new]


def _steps(*modes: Mode) -> tuple[Step, ...]:
    return tuple(Step(mode, InputSpec(seed=i)) for i, mode in enumerate(modes))


@pytest.fixture(scope="module")
def corner_findings() -> tuple[list[Finding], list[Finding], list[Finding]]:
    """Two planted corner defects of torch and a case outside both corners:
    `third_train_call` (the module's third training call updates the variance wrongly) in a 2-D case of
    three training steps and an eval step, with gradients: the running variance, then the eval step's
    output and gradients that inherit it; `three_d_grad` (the input gradient of (N, C, L) inputs)."""
    third = _findings_of(Case(shape=(8, 3), grad=True, steps=_steps(Mode.TRAIN, Mode.TRAIN, Mode.TRAIN, Mode.EVAL)),
                         "third_train_call")
    three_d = _findings_of(Case(shape=(4, 3, 5), grad=True), "three_d_grad")
    outside = _findings_of(Case(shape=(8, 3), grad=True, steps=_steps(Mode.TRAIN, Mode.TRAIN, Mode.EVAL)),
                           "third_train_call")
    return third, three_d, outside


def test_the_manifestations_of_a_corner_defect_are_one_section(corner_findings):
    third, three_d, outside = corner_findings
    assert outside == []  # two training calls: outside the corner, nothing to group
    kinds = {f.kind for f in third}
    assert Kind.RUNNING_VAR in kinds and len(kinds) >= 3, kinds  # the statistic, and what inherits it
    assert len({f.step for f in third}) >= 2  # shown at more than one step
    defects = group_defects(third + three_d)
    assert len(defects) == 2
    by_finding = {f.id: d for d in defects for f in d.findings}
    assert len({by_finding[f.id].key for f in third}) == 1  # one defect, every manifestation in it
    assert {by_finding[f.id].key for f in three_d}.isdisjoint({by_finding[third[0].id].key})
    for defect in defects:
        assert defect.classification is Classification.NEW and defect.blamed == "torch.nn"
        assert defect.key.startswith("new-torch.nn-")
    assert "an (N, C, L) input" in by_finding[three_d[0].id].title


def test_the_mechanism_is_read_from_the_case():
    assert mechanism_of(Case(shape=(0, 3)), 0).facts == ("empty_batch",)
    assert mechanism_of(Case(shape=(1, 3)), 0).facts == ("one_value_per_channel",)
    assert "eps_underflows" in mechanism_of(Case(shape=(4, 3), dtype="float16", eps=1e-9), 0).facts
    assert "eps_underflows" not in mechanism_of(Case(shape=(4, 3), dtype="float32", eps=1e-9), 0).facts
    far = Case(shape=(4, 3), steps=(Step(Mode.TRAIN, InputSpec()), Step(Mode.TRAIN, InputSpec(offset=1e5))))
    assert "large_offset" not in mechanism_of(far, 0).facts and "large_offset" in mechanism_of(far, 1).facts
    constant = Case(shape=(4, 3), steps=(Step(Mode.TRAIN, InputSpec(constant_channels=(1,))),))
    assert "constant_in_dtype" in mechanism_of(constant, 0).facts
    assert mechanism_of(Case(shape=(4, 3), param_dtype="float16"), 0).facts == ("mixed_dtypes",)
    assert mechanism_of(Case(shape=(4, 3)), 0).words() == "no special input"


PLAIN = Case(shape=(4, 3))


def _stored(fid: str, kind: str = "output", *, blamed: str = "mindspore.nn", ratio: float = 2.0,
            case: Case = PLAIN, known: str | None = None, classification: str | None = None,
            errors: list[dict[str, object] | None] | None = None) -> Finding:
    verdict = {"torch.nn": "blame_left", "mindspore.nn": "blame_right"}.get(blamed, "not_judged")
    return finding_of(id=fid, kind=kind, frameworks=["torch.nn", "mindspore.nn"], backend="cpu", case=case,
                      case_summary=f"case of {fid}", step=0, max_abs_error=1.0, max_rel_error=1.0, ratio=ratio,
                      tolerance=None, verdict=verdict, blamed=blamed, status="known" if known else "new",
                      versions={"mindspore": "2.10.0"}, property="valid_uses", known_id=known,
                      known_reason="why, in words" if known else None, known_source="a source" if known else None,
                      classification=classification, errors=errors or [None, None],
                      evidence={"index": [0], "left": 1.0, "right": 3.0, "reference": 1.0})


RAISED = {"type": "ValueError", "message": "no", "phase": "construct", "step": None}
STORED = [
    _stored("precision-0000000001", "precision", ratio=900.0, case=Case(shape=(2, 3, 4))),
    _stored("error_parity-0000000002", "error_parity", blamed="none", errors=[RAISED, None]),
    _stored("output-0000000003", ratio=3.0, known="mindspore-entry", classification="suspected-defect"),
    _stored("running_var-0000000004", "running_var", ratio=50.0, known="mindspore-entry",
            classification="suspected-defect"),
    _stored("nan_parity-0000000005", "nan_parity", blamed="torch.nn", case=Case(shape=(0, 3))),
    _stored("state-0000000006", "state", blamed="none", known="documented-entry", classification="documented"),
    _stored("output-0000000007", known="mapping-rule:momentum", classification="mapping-rule"),
]


def test_defects_are_ordered_by_severity_then_ratio_and_mapping_rules_are_left_out():
    defects = group_defects(STORED)
    assert [d.severity for d in defects] == [Severity.WRONG_VALUE, Severity.STATE, Severity.NONFINITE, Severity.ERROR,
                                             Severity.PRECISION]
    entry = defects[0]
    assert entry.key == "mindspore-entry" and [f.id for f in entry.findings] == ["running_var-0000000004",
                                                                                 "output-0000000003"]
    assert entry.exemplar.id == "running_var-0000000004" and entry.ratio == 50.0
    assert all(not d.key.startswith("mapping-rule:") for d in defects)
    assert defects[1].classification is Classification.DOCUMENTED and defects[1].framework == "neither"


def _matrix_json() -> dict[str, object]:
    versions = ["2.7.0", "2.8.0", "2.9.0", "2.10.0"]
    cell = {"cell": "reproduces", "detail": ""}
    gone = {"cell": "absent", "detail": ""}
    return {"mindspore": {"framework": "mindspore", "versions": versions,
                          "conventions": {v: "mindspore-legacy" for v in versions},
                          "rows": [{"finding": "running_var-0000000004",
                                    "cells": {"2.7.0": gone, "2.8.0": cell, "2.9.0": cell, "2.10.0": cell},
                                    "introduced_in": "2.8.0", "last_absent": "2.7.0", "fixed_in": None},
                                   {"finding": "precision-0000000001",
                                    "cells": {"2.7.0": cell, "2.8.0": cell, "2.9.0": gone, "2.10.0": cell},
                                    "introduced_in": "2.7.0", "last_absent": None, "fixed_in": None}]}}


def test_the_report_has_a_summary_page_and_one_section_per_defect(tmp_path):
    from fuzz.campaign.store import FindingStore
    from fuzz.report.build import build_reports

    store = FindingStore(tmp_path / "findings.jsonl")
    for finding in STORED:
        store.append(finding)
    (tmp_path / "matrix.json").write_text(json.dumps(_matrix_json()))
    build_reports(tmp_path)
    md = (tmp_path / "report.md").read_text()
    summary = md[md.index("## Summary"):md.index("## Defects")]
    assert "5 distinct defects in 6 findings (1 more confirm mapping rules)" in summary
    assert "| mindspore | 1 (0) | - | - | - | - | 1 (1) | 2 (1) |" in summary
    assert "| torch | - | - | 1 (1) | - | - | - | 1 (1) |" in summary
    assert "**Introduced by a release** (1): [`mindspore-entry`](#defect-mindspore-entry) in mindspore 2.8.0" \
        in summary
    sections = re.split(r"\n### \d+\. ", md[md.index("## Defects"):md.index("## Findings")])[1:]
    assert len(sections) == 5
    entry = sections[0]
    assert entry.startswith("mindspore-entry") and "running_var-0000000004" in entry and "output-0000000003" in entry
    assert "| signature | mindspore-legacy | mindspore-legacy | mindspore-legacy | mindspore-legacy |" in entry
    assert "introduced in mindspore 2.8.0 (absent in 2.7.0), not fixed in any version tried" in entry
    assert "python repro/running_var-0000000004.py" in entry and "why, in words" in entry
    details = md[md.index("### output-0000000003"):]  # a finding the matrix did not replay: its defect's row
    assert "Versions: introduced in mindspore 2.8.0 (absent in 2.7.0), not fixed in any version tried (replayed: " \
        "running_var-0000000004)." in details
    assert "[`issues/mindspore-entry.md`](issues/mindspore-entry.md)" in entry
    assert (tmp_path / "issues" / "mindspore-entry.md").is_file()
    html = (tmp_path / "report.html").read_text()
    assert html.count('<section class="defect"') == 5 and 'id="defects-table"' in html
    assert 'id="matrix-mindspore"' in html and html.count('class="cell-reproduces"') >= 6


def test_the_matrix_maps_each_version_by_the_signature_found_there(tmp_path):
    """A MindSpore version whose BatchNorm1d has torch's signature gets a script mapped that way; the
    others keep the convention the finding was made with; matrix.json says which each had."""
    from fuzz.report.matrix import CONVENTION_PROBE, EnvironmentCache, replay_matrix

    case = Case(shape=(4, 3), momentum=0.3)
    finding = finding_of(id="output-0000000009", kind="output", frameworks=["torch.nn", "mindspore.nn"],
                         backend="cpu", case=case, case_summary="", step=0, max_abs_error=1.0, max_rel_error=1.0,
                         ratio=2.0, tolerance=None, verdict="blame_right", blamed="mindspore.nn", status="new",
                         versions={}, property="valid_uses", conventions=["torch", "mindspore-legacy"])
    cache = EnvironmentCache(tmp_path)
    for version in ("2.10.0", "3.0.0"):
        cache.folder("mindspore", version).mkdir(parents=True)
        (cache.folder("mindspore", version) / "ready").write_text("fake\n")
    scripts: dict[str, str] = {}

    def run(command, **_):
        version = Path(command[0]).parent.parent.name.partition("-")[2]
        if command[1:] == ["-c", CONVENTION_PROBE]:
            return subprocess.CompletedProcess(command, 0, "torch\n" if version == "3.0.0" else "mindspore-legacy\n",
                                               "")
        scripts[version] = Path(command[1]).read_text()
        return subprocess.CompletedProcess(command, 1, "DIFFERENCE PRESENT\n", "")

    matrix = replay_matrix([finding], "mindspore", ["2.10.0", "3.0.0"], cache, run=run)
    assert matrix.to_json()["conventions"] == {"2.10.0": "mindspore-legacy", "3.0.0": "torch"}

    def mindspore_kwargs(script: str) -> dict[str, object]:
        payload = json.loads(re.search(r"r'''(\{.*\})'''", script).group(1))
        return payload["sides"][1]["plan"]["kwargs"]

    legacy, torch_style = mindspore_kwargs(scripts["2.10.0"]), mindspore_kwargs(scripts["3.0.0"])
    assert legacy["momentum"] == pytest.approx(0.7)  # MindSpore's own: 1 - torch's
    assert torch_style["momentum"] == pytest.approx(0.3)  # torch's signature: passed as it is


def test_a_version_of_the_peer_framework_is_not_said_to_introduce_the_defect():
    """A torch defect replayed under MindSpore versions shows only beside newer MindSpore (its values
    there decide the comparison): the summary names no MindSpore release as introducing it."""
    from fuzz.report.common import history_words, overview, version_rows

    torch_defect = next(d for d in group_defects(STORED) if d.framework == "torch")
    matrix = {"mindspore": {"versions": ["2.8.0", "2.9.0"], "conventions": {},
                            "rows": [{"finding": torch_defect.exemplar.id,
                                      "cells": {"2.8.0": {"cell": "absent"}, "2.9.0": {"cell": "reproduces"}},
                                      "introduced_in": "2.9.0", "last_absent": "2.8.0", "fixed_in": None}]}}
    (row,) = version_rows(torch_defect, matrix)
    assert row.peer and "mindspore is the peer here, not the side blamed" in history_words(row)
    assert overview([torch_defect], None, matrix, list(torch_defect.findings)).releases == ()
