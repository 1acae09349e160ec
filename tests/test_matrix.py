"""The version matrix (issue 14, first part): cells, since-when logic, environment building, and a
replay under fake version environments, one of which carries a planted defect."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from fuzz.model.case import Case, InputSpec, Mode, Step
from fuzz.report.matrix import (
    Cell,
    EnvironmentCache,
    EnvironmentUnavailable,
    Outcome,
    Row,
    cell_of,
    exemplars,
    replay_matrix,
)
from fuzz.testing.records import finding_of
from tests.test_cli import PLANTED_SITE, ROOT

R, A, X = Outcome(Cell.REPRODUCES), Outcome(Cell.ABSENT), Outcome(Cell.CANNOT_RUN, "why")


@pytest.mark.parametrize("cells, expected", [
    ((A, R, R, A), ("2", "1", "4")),  # introduced in 2 (absent in 1), fixed in 4
    ((R, R, R, R), ("1", None, None)),  # as old as the oldest version asked for, not fixed
    ((X, A, R, X), ("3", "2", None)),  # a version that could not run says nothing
    ((A, A, A, A), (None, None, None)),
    ((R, A, R, A), ("1", None, "4")),  # gone in 2, back in 3: fixed after the last that shows it
])
def test_a_row_says_since_when_a_finding_exists_and_where_it_was_fixed(cells, expected):
    versions = ("1", "2", "3", "4")
    row = Row("output-x", dict(zip(versions, cells)))
    assert row.history(versions) == expected
    introduced, absent, fixed = expected
    assert row.to_json(versions)["introduced_in"] == introduced and row.to_json(versions)["fixed_in"] == fixed


def test_a_scripts_exit_status_is_its_cell():
    assert cell_of(1, "...\nDIFFERENCE PRESENT\n") == Outcome(Cell.REPRODUCES, "DIFFERENCE PRESENT")
    assert cell_of(0, "no difference beyond tolerance").cell is Cell.ABSENT
    failed = cell_of(2, "ModuleNotFoundError: No module named 'mindspore'")
    assert failed.cell is Cell.CANNOT_RUN and failed.detail.startswith("the script failed (exit 2)")
    assert "timed out" in cell_of(None, "").detail


PLAIN = Case(shape=(4, 3))


def _finding(fid: str, known: str | None = None, case: Case = PLAIN):
    return finding_of(id=fid, kind="output", frameworks=["torch.nn", "mindspore.nn"], backend="cpu",
                      case=case, case_summary="", step=0, max_abs_error=1.0, max_rel_error=1.0,
                      ratio=2.0, tolerance=None, verdict="blame_left", blamed="torch.nn",
                      status="known" if known else "new", versions={}, property="p", known_id=known)


def test_one_exemplar_per_defect():
    """Per known entry one, and per mechanism of new findings one: c and d share theirs, e's empty batch is
    another."""
    chosen = exemplars([_finding("a", "entry-1"), _finding("b", "entry-1"), _finding("c"), _finding("d"),
                        _finding("e", case=Case(shape=(0, 3)))])
    assert sorted(f.id for f in chosen) == ["a", "c", "e"]


def test_an_environment_is_built_once_with_the_version_asked_for_and_the_other_pins(tmp_path):
    calls: list[list[str]] = []

    def run(command, **_):
        calls.append(command)
        if command[1:3] == ["-m", "venv"]:
            (Path(command[-1]) / "bin").mkdir(parents=True)
        return subprocess.CompletedProcess(command, 0, "", "")

    cache = EnvironmentCache(tmp_path, run=run)
    python = cache.ensure("mindspore", "2.8.0")
    assert python == tmp_path / "mindspore-2.8.0" / "bin" / "python"
    assert calls[1][-3:] == ["torch==2.13.0", "mindspore==2.8.0", "numpy>=1.25,<2"]
    cache.ensure("mindspore", "2.8.0")
    assert len(calls) == 2  # kept: not built again

    def failing(command, **_):
        return subprocess.CompletedProcess(command, 1, "", "ERROR: No matching distribution found for mindspore==0.1\n")

    with pytest.raises(EnvironmentUnavailable, match="No matching distribution found"):
        EnvironmentCache(tmp_path / "other", run=failing).ensure("mindspore", "0.1")


def _fake_version(cache: EnvironmentCache, framework: str, version: str, planted: str | None) -> None:
    """A version environment that is this machine's Python, with a defect planted in torch or not."""
    python = cache.python_of(framework, version)
    python.parent.mkdir(parents=True)
    paths = os.pathsep.join(([str(PLANTED_SITE)] if planted else []) + [str(ROOT)])
    python.write_text(f"#!/bin/sh\nexport PYTHONPATH={paths}\n"
                      + (f"export FUZZ_PLANTED_BUG={planted}\n" if planted else "unset FUZZ_PLANTED_BUG\n")
                      + f'exec {sys.executable} "$@"\n')
    python.chmod(python.stat().st_mode | stat.S_IEXEC)
    (cache.folder(framework, version) / "ready").write_text("fake\n")


def test_replayed_under_fake_versions_a_planted_defect_is_introduced_and_fixed_where_it_is(tmp_path):
    """torch '2.12.0' without the defect, '2.13.0' with it (eval steps shifted), '2.14.0' without:
    the finding was introduced in 2.13.0 (absent in 2.12.0) and fixed in 2.14.0."""
    from fuzz.campaign.record import make_finding
    from fuzz.execution.check import Checker
    from fuzz.model.vocabulary import Kind
    from fuzz.testing.planted import plant

    case = Case(shape=(6, 3), steps=(Step(Mode.TRAIN, InputSpec(seed=1)), Step(Mode.EVAL, InputSpec(seed=2))))
    undo = plant("eval_shift")
    checker = Checker.of("mindspore.nn")
    try:
        result = checker.check(case)
    finally:
        undo()
        checker.close()
    violation = next(v for v in result.new if v.kind is Kind.OUTPUT)
    finding = make_finding(violation, result, backend="cpu", known=None, property_name="valid_uses")
    def no_such_version(command, **_):  # what pip says of a version that does not exist
        return subprocess.CompletedProcess(command, 1, "", f"ERROR: No matching distribution found for {command[-2]}\n")

    cache = EnvironmentCache(tmp_path / "envs", run=no_such_version)
    for version, planted in (("2.12.0", None), ("2.13.0", "eval_shift"), ("2.14.0", None)):
        _fake_version(cache, "torch", version, planted)
    matrix = replay_matrix([finding], "torch", ["2.12.0", "2.13.0", "2.14.0", "9.9.9"], cache,
                           run=subprocess.run)
    (row,) = matrix.rows
    assert [row.outcomes[v].cell for v in matrix.versions] == [Cell.ABSENT, Cell.REPRODUCES, Cell.ABSENT,
                                                               Cell.CANNOT_RUN]
    assert "no environment" in row.outcomes["9.9.9"].detail  # no fake for 9.9.9: building it failed
    assert row.history(matrix.versions) == ("2.13.0", "2.12.0", "2.14.0")
    data = json.loads(json.dumps(matrix.to_json()))
    assert data["rows"][0]["introduced_in"] == "2.13.0" and data["rows"][0]["fixed_in"] == "2.14.0"


@pytest.mark.parametrize("args, says", [
    ((), "name the versions"),
    (("--mindspore", "2.9.x"), "not versions"),
])
def test_the_matrix_command_says_what_is_wrong_without_a_traceback(tmp_path, args, says):
    from tests.test_cli import fuzz

    findings = tmp_path / "findings.jsonl"
    findings.write_text("")
    proc = fuzz("matrix", str(findings), *args)
    assert proc.returncode == 2 and says in proc.stderr and "Traceback" not in proc.stderr


def test_a_run_folder_with_a_matrix_gets_a_versions_section_in_its_report(tmp_path):
    from fuzz.campaign.store import FindingStore
    from fuzz.report.build import build_reports
    from fuzz.report.matrix import Matrix

    finding = _finding("output-0123456789")
    store = FindingStore(tmp_path / "findings.jsonl")
    store.append(finding)
    versions = ("2.8.0", "2.9.0", "2.10.0")
    matrix = Matrix("mindspore", versions, (Row(finding.id, dict(zip(versions, (A, R, R)))),))
    (tmp_path / "matrix.json").write_text(json.dumps({"mindspore": matrix.to_json()}))
    build_reports(tmp_path)
    report = (tmp_path / "report.md").read_text()
    assert "## Versions (python -m fuzz matrix)" in report
    assert "| [`output-0123456789`](#output-0123456789) | absent | reproduces | reproduces | 2.9.0 | 2.8.0 | - |" \
        in report


def test_kinds_a_script_cannot_judge_are_replayed_by_the_harness_in_the_versions_environment(tmp_path):
    """A precision finding (the script judges by the tolerance alone, the precision tier is inside it):
    `python -m fuzz replay --id` runs in the version's environment with this project on PYTHONPATH, and
    its verdict is the cell; a finding the script judges still runs its script."""
    from fuzz.report.matrix import PROJECT_ROOT, harness_cell

    precision = finding_of(id="precision-0000000001", kind="precision", frameworks=["torch.nn", "mindspore.nn"],
                           backend="cpu", case=Case(shape=(4, 3)), case_summary="", step=0, max_abs_error=1.0,
                           max_rel_error=1.0, ratio=0.5, tolerance=None, verdict="blame_right", blamed="mindspore.nn",
                           status="new", versions={}, property="valid_uses", conventions=["torch", "mindspore-legacy"])
    output = _finding("output-0000000002")
    cache = EnvironmentCache(tmp_path)
    for version in ("2.9.0", "2.10.0"):
        cache.folder("mindspore", version).mkdir(parents=True)
        (cache.folder("mindspore", version) / "ready").write_text("fake\n")
    commands: list[tuple[list[str], dict[str, str]]] = []

    def run(command, env=None, **_):
        commands.append((command, env or {}))
        version = Path(command[0]).parent.parent.name.partition("-")[2]
        if command[1] == "-c":
            return subprocess.CompletedProcess(command, 0, "mindspore-legacy\n", "")
        if command[1:4] == ["-m", "fuzz", "replay"]:
            label = "reproduces " if version == "2.10.0" else "gone       "
            return subprocess.CompletedProcess(command, 0, f"{label} precision-0000000001  precision  case\n", "")
        return subprocess.CompletedProcess(command, 1, "DIFFERENCE PRESENT\n", "")

    matrix = replay_matrix([precision, output], "mindspore", ["2.9.0", "2.10.0"], cache, run=run)
    rows = {row.finding: row for row in matrix.rows}
    assert [rows[precision.id].outcomes[v].cell for v in ("2.9.0", "2.10.0")] == [Cell.ABSENT, Cell.REPRODUCES]
    assert rows[precision.id].history(matrix.versions) == ("2.10.0", "2.9.0", None)
    assert all(o.cell is Cell.REPRODUCES for o in rows[output.id].outcomes.values())
    replays = [(c, env) for c, env in commands if c[1:4] == ["-m", "fuzz", "replay"]]
    assert len(replays) == 2 and all(c[-2:] == ["--id", precision.id] for c, _ in replays)
    assert all(env["PYTHONPATH"].split(os.pathsep)[0] == str(PROJECT_ROOT) for _, env in replays)
    assert harness_cell(2, "Traceback ...\nImportError: no fuzz", "x").cell is Cell.CANNOT_RUN
    assert harness_cell(0, "known now   x  precision  case", "x").cell is Cell.REPRODUCES
