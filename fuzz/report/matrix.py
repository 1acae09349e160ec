"""The version matrix: each stored finding replayed under other framework versions, and since when
it exists (`python -m fuzz matrix FINDINGS.jsonl --mindspore 2.7.0,2.8.0,2.9.0,2.10.0`).

Each version runs in an environment of its own, built once with the ordinary package tools and
kept in a cache folder (`EnvironmentCache`: a virtual environment with the other framework at its
pinned version), and each finding is replayed there by its standalone repro script
(fuzz/report/repro.py), which needs only torch, mindspore and numpy and exits 1 while the
difference is present, 0 once it is gone; a kind the script cannot judge (precision, a relation) is
replayed by the harness itself there (`HARNESS_KINDS`).  A cell is `reproduces`, `absent`, or `cannot_run` with
the reason (the environment could not be built, the script failed or timed out).  From a row of
cells in version order come `introduced_in` (the first version that shows it), `last_absent` (the
last version before that which ran without it) and `fixed_in` (the first version after the last
that shows it where it is gone).

The pure part (cells, rows, the introduced/fixed logic, JSON) imports no framework; building
environments and running scripts is `EnvironmentCache` and `replay_matrix`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Any

from fuzz.model.finding import Finding
from fuzz.model.mapping import Convention
from fuzz.model.targets import api_of
from fuzz.model.vocabulary import REPLAY_LABELS, Kind, ReplayStatus
from fuzz.report.repro import write_repro_scripts

#: what every environment is built with besides the framework under test (the project's own pins)
PINS = {"torch": "torch==2.13.0", "mindspore": "mindspore==2.10.0", "numpy": "numpy>=1.25,<2"}
#: the frameworks a matrix can vary
FRAMEWORKS = ("mindspore", "torch")
#: seconds one repro script may take under one version
SCRIPT_TIMEOUT_S = 600.0
#: seconds building one environment may take (MindSpore is a ~750 MB wheel)
BUILD_TIMEOUT_S = 1800.0


class Cell(str, Enum):
    REPRODUCES = "reproduces"
    ABSENT = "absent"
    CANNOT_RUN = "cannot_run"


@dataclass(frozen=True)
class Outcome:
    """One finding under one version."""

    cell: Cell
    detail: str = ""  # why it could not run, or the script's last line

    def to_json(self) -> dict[str, Any]:
        return {"cell": self.cell.value, "detail": self.detail}


@dataclass(frozen=True)
class Row:
    """One finding across the versions, in version order."""

    finding: str
    outcomes: dict[str, Outcome] = field(default_factory=dict)

    def history(self, versions: Sequence[str]) -> tuple[str | None, str | None, str | None]:
        """(introduced_in, last_absent, fixed_in) over `versions` in order; None where the row does not say."""
        cells = [(v, self.outcomes[v].cell) for v in versions if v in self.outcomes]
        shown = [i for i, (_, c) in enumerate(cells) if c is Cell.REPRODUCES]
        if not shown:
            return None, None, None
        first, last = shown[0], shown[-1]
        before = [v for v, c in cells[:first] if c is Cell.ABSENT]
        after = [v for v, c in cells[last + 1:] if c is Cell.ABSENT]
        return cells[first][0], (before[-1] if before else None), (after[0] if after else None)

    def to_json(self, versions: Sequence[str]) -> dict[str, Any]:
        introduced, absent, fixed = self.history(versions)
        return {"finding": self.finding, "cells": {v: o.to_json() for v, o in self.outcomes.items()},
                "introduced_in": introduced, "last_absent": absent, "fixed_in": fixed}


@dataclass(frozen=True)
class Matrix:
    framework: str
    versions: tuple[str, ...]
    rows: tuple[Row, ...]
    # version -> the signature convention its BatchNorm1d has (fuzz/model/mapping.py `Convention`),
    # read in that version's environment; the scripts there map the case by it
    conventions: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"framework": self.framework, "versions": list(self.versions), "conventions": dict(self.conventions),
                "rows": [row.to_json(self.versions) for row in self.rows]}

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), indent=1) + "\n", encoding="utf-8")


def exemplars(findings: Sequence[Finding]) -> list[Finding]:
    """One finding per defect (fuzz/report/defects.py: a known entry, or a new finding's mechanism),
    the defect's exemplar, in report order; mapping-rule confirmations and findings without a case
    have no script to replay."""
    from fuzz.report.defects import group_defects

    chosen = []
    for defect in group_defects(list(findings)):
        replayable = [f for f in defect.findings if f.case is not None]
        if replayable:
            chosen.append(replayable[0])
    return chosen


def _last_line(output: str) -> str:
    return next((line.strip() for line in reversed(output.splitlines()) if line.strip()), "")


def _failed(what: str, returncode: int | None, output: str) -> Outcome:
    why = "timed out" if returncode is None else f"exit {returncode}"
    return Outcome(Cell.CANNOT_RUN, f"{what} failed ({why}): {_last_line(output)[:300]}")


def cell_of(returncode: int | None, output: str) -> Outcome:
    """A repro script's exit status as a cell: 1 shows the difference, 0 does not, anything else failed."""
    if returncode == 1:
        return Outcome(Cell.REPRODUCES, _last_line(output)[:300])
    if returncode == 0:
        return Outcome(Cell.ABSENT, _last_line(output)[:300])
    return _failed("the script", returncode, output)


class EnvironmentUnavailable(RuntimeError):
    """An environment could not be built; the message says why (pip's last words)."""


class EnvironmentCache:
    """Virtual environments by framework and version, built once (`ensure`) under `root`.

    `python -m venv`, then pip with the framework at the version asked for and the other at the
    project's pin; a folder is used only once its `ready` marker is written, so an interrupted
    build is done again, never half-used.
    """

    def __init__(self, root: Path, python: str = sys.executable,
                 run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run) -> None:
        self.root = root
        self.python = python
        self._run = run

    def folder(self, framework: str, version: str) -> Path:
        return self.root / f"{framework}-{version}"

    def python_of(self, framework: str, version: str) -> Path:
        return self.folder(framework, version) / "bin" / "python"

    def requirements(self, framework: str, version: str) -> list[str]:
        pins = dict(PINS)
        pins[framework] = f"{framework}=={version}"
        return list(pins.values())

    def ensure(self, framework: str, version: str) -> Path:
        """The python of the environment, built first if needed (EnvironmentUnavailable if it cannot be)."""
        folder = self.folder(framework, version)
        if (folder / "ready").is_file():
            return self.python_of(framework, version)
        folder.parent.mkdir(parents=True, exist_ok=True)
        steps = [[self.python, "-m", "venv", "--clear", str(folder)],
                 [str(self.python_of(framework, version)), "-m", "pip", "install", "--quiet",
                  *self.requirements(framework, version)]]
        for command in steps:
            try:
                done = self._run(command, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                raise EnvironmentUnavailable(f"{framework} {version}: '{' '.join(command[:4])} ...' took over "
                                        f"{BUILD_TIMEOUT_S:g} s") from None
            if done.returncode != 0:
                said = next((line for line in reversed((done.stderr or done.stdout or "").splitlines())
                             if line.strip()), "no output")
                raise EnvironmentUnavailable(f"{framework} {version}: {said.strip()[:300]}")
        (folder / "ready").write_text(" ".join(self.requirements(framework, version)) + "\n", encoding="utf-8")
        return self.python_of(framework, version)


#: kinds a standalone script cannot judge (the precision tier's measures, a relation's follow-up cases):
#: the matrix replays them with the harness itself in the version's environment, this project on its
#: PYTHONPATH (`python -m fuzz replay FINDINGS --id ID` needs torch, mindspore and numpy only)
HARNESS_KINDS = frozenset({Kind.PRECISION, Kind.METAMORPHIC})
#: the folder holding the `fuzz` package
PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent


def harness_cell(returncode: int | None, output: str, finding_id: str) -> Outcome:
    """`python -m fuzz replay --id`'s verdict on one finding as a cell."""
    line = next((ln.strip() for ln in output.splitlines() if f" {finding_id} " in f" {ln.strip()} "), "")
    if returncode in (0, 1) and line:
        label = line.split("  ")[0].strip().lower()  # a new finding's "REPRODUCES" too
        if label in (REPLAY_LABELS[ReplayStatus.REPRODUCES], REPLAY_LABELS[ReplayStatus.KNOWN]):
            return Outcome(Cell.REPRODUCES, f"the harness's replay: {line[:280]}")
        if label == REPLAY_LABELS[ReplayStatus.GONE]:
            return Outcome(Cell.ABSENT, f"the harness's replay: {line[:280]}")
    return _failed("the harness's replay", returncode, output)


#: prints the convention of mindspore.nn.BatchNorm1d in the environment it runs in (as `convention_of` reads it;
#: the environments hold the frameworks and numpy only, not this project)
CONVENTION_PROBE = ("import inspect, mindspore.nn as nn; "
                    "print('" + Convention.MINDSPORE_LEGACY.value + "' if 'use_batch_statistics' in "
                    "inspect.signature(nn.BatchNorm1d.__init__).parameters else '" + Convention.TORCH.value + "')")


def probe_convention(python: Path, framework: str,
                     run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run) -> str:
    """The signature convention of the framework's BatchNorm1d under `python` ("" if it cannot be read)."""
    if framework == "torch":
        return Convention.TORCH.value
    try:
        done = run([str(python), "-c", CONVENTION_PROBE], capture_output=True, text=True, timeout=SCRIPT_TIMEOUT_S,
                   env={**os.environ, "GLOG_v": "4"})
    except subprocess.TimeoutExpired:
        return ""
    said = (done.stdout or "").strip().splitlines()
    return said[-1] if done.returncode == 0 and said and said[-1] in {c.value for c in Convention} else ""


def _for_convention(finding: Finding, framework: str, convention: str) -> Finding:
    """The finding with the sides of `framework` mapped by `convention` (its version's), the others as recorded."""
    if not convention:
        return finding
    sides = tuple(convention if api_of(name.partition("@")[0]).startswith(framework + ".") else recorded
                  for name, recorded in zip(finding.frameworks, finding.conventions))
    return finding if sides == finding.conventions else replace(finding, conventions=(sides[0], sides[1]))


def replay_matrix(findings: Sequence[Finding], framework: str, versions: Sequence[str], cache: EnvironmentCache,
                  scripts: Path | None = None, progress: Callable[[str], None] = lambda line: None,
                  run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run) -> Matrix:
    """Each exemplar finding's repro script under each version of `framework`."""
    if framework not in FRAMEWORKS:
        raise ValueError(f"a matrix varies one of {', '.join(FRAMEWORKS)}, not {framework!r}")
    chosen = exemplars(findings)
    with tempfile.TemporaryDirectory(prefix="fuzz-matrix-") as scratch:
        folder = scripts or Path(scratch)
        written = write_repro_scripts(chosen, folder)
        stored = Path(scratch) / "findings.jsonl"  # what the harness's replay reads
        stored.write_text("".join(f.dumps() + "\n" for f in chosen), encoding="utf-8")
        outcomes: dict[str, dict[str, Outcome]] = {f.id: {} for f in chosen}
        conventions: dict[str, str] = {}
        for version in versions:
            try:
                python = cache.ensure(framework, version)
            except EnvironmentUnavailable as exc:
                for finding in chosen:
                    outcomes[finding.id][version] = Outcome(Cell.CANNOT_RUN, f"no environment: {exc}")
                progress(f"{framework} {version}: cannot build its environment ({exc})")
                continue
            conventions[version] = convention = probe_convention(python, framework, run)
            progress(f"{framework} {version}: BatchNorm1d has the {convention or 'unreadable'} signature")
            remapped = [f for f in chosen if _for_convention(f, framework, convention) is not f]
            scripts_here = dict(written)
            if remapped:  # a version whose signature differs from the one the finding was made with
                scripts_here.update(write_repro_scripts([_for_convention(f, framework, convention) for f in remapped],
                                                        Path(scratch) / f"{framework}-{version}"))
            for finding in chosen:
                harness = finding.kind in HARNESS_KINDS
                command = ([str(python), "-m", "fuzz", "replay", str(stored), "--id", finding.id] if harness
                           else [str(python), str(scripts_here[finding.id])])
                env = {**os.environ, "GLOG_v": "4"}
                if harness:
                    env["PYTHONPATH"] = os.pathsep.join([str(PROJECT_ROOT), *filter(None, [env.get("PYTHONPATH")])])
                try:
                    done = run(command, capture_output=True, text=True, timeout=SCRIPT_TIMEOUT_S, cwd=scratch, env=env)
                    said = (done.stdout or "") + (done.stderr or "")
                    outcome = harness_cell(done.returncode, said, finding.id) if harness else cell_of(done.returncode,
                                                                                                     said)
                except subprocess.TimeoutExpired:
                    outcome = harness_cell(None, "", finding.id) if harness else cell_of(None, "")
                outcomes[finding.id][version] = outcome
                progress(f"{framework} {version}: {finding.id} {outcome.cell.value}")
    return Matrix(framework, tuple(versions), tuple(Row(f.id, outcomes[f.id]) for f in chosen), conventions)
