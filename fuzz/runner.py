"""The budgeted fuzz run behind `python -m fuzz run`: keep fuzzing after a violation, shrink each
distinct finding once, record everything as it happens.

Work is done in rounds of `chunk` examples per (property, target).  Each round is one Hypothesis
run with `report_multiple_bugs`: a violation whose id was not yet shrunk is raised, from a line of
its own kind (so Hypothesis keeps bugs apart), and comes back shrunk at the end of the round; a
violation whose id is already shrunk only bumps a count.  Every finding is appended to the store
the moment it is first met, so an interrupted or killed run keeps it.
"""

from __future__ import annotations

import datetime as _dt
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

from hypothesis import HealthCheck, Phase, given, seed as hypothesis_seed, settings, target
from hypothesis.database import DirectoryBasedExampleDatabase

from fuzz.case import Case
from fuzz.check import Checker, CheckResult
from fuzz.compare import Kind, Violation
from fuzz.finding import EXCEPTIONS, DifferenceFound, Finding
from fuzz.known import KnownDifference, KnownDifferences
from fuzz.record import crash_finding, finding_id, make_finding, versions
from fuzz.render.text import render_violation
from fuzz.store import FindingStore

#: run properties: name -> strategy factory.  Each draws cases and checks every channel of them.
def _properties() -> dict[str, Callable[[], Any]]:
    from strategies import batchnorm_cases, invalid_cases

    return {
        "valid_uses": lambda: batchnorm_cases(),
        "hostile_inputs": lambda: batchnorm_cases(nonfinite=True),
        "invalid_uses": lambda: invalid_cases(),
    }


PROPERTY_NAMES = ("valid_uses", "hostile_inputs", "invalid_uses")


# One raising function per kind: Hypothesis tells bugs apart by exception type and raising line.
def _raise_output(message: str) -> None:
    raise EXCEPTIONS[Kind.OUTPUT](message)


def _raise_running_mean(message: str) -> None:
    raise EXCEPTIONS[Kind.RUNNING_MEAN](message)


def _raise_running_var(message: str) -> None:
    raise EXCEPTIONS[Kind.RUNNING_VAR](message)


def _raise_grad_input(message: str) -> None:
    raise EXCEPTIONS[Kind.GRAD_INPUT](message)


def _raise_grad_weight(message: str) -> None:
    raise EXCEPTIONS[Kind.GRAD_WEIGHT](message)


def _raise_grad_bias(message: str) -> None:
    raise EXCEPTIONS[Kind.GRAD_BIAS](message)


def _raise_error_parity(message: str) -> None:
    raise EXCEPTIONS[Kind.ERROR_PARITY](message)


def _raise_nan_parity(message: str) -> None:
    raise EXCEPTIONS[Kind.NAN_PARITY](message)


RAISERS: dict[Kind, Callable[[str], None]] = {
    Kind.OUTPUT: _raise_output, Kind.RUNNING_MEAN: _raise_running_mean, Kind.RUNNING_VAR: _raise_running_var,
    Kind.GRAD_INPUT: _raise_grad_input, Kind.GRAD_WEIGHT: _raise_grad_weight, Kind.GRAD_BIAS: _raise_grad_bias,
    Kind.ERROR_PARITY: _raise_error_parity, Kind.NAN_PARITY: _raise_nan_parity,
}


@dataclass(frozen=True)
class RunConfig:
    out: Path
    budget_s: float | None = 600.0
    max_examples: int | None = None  # per property and target
    seed: int | None = None
    targets: tuple[str, ...] = ("mindspore.nn",)
    backend: str = "cpu"
    shrink: bool = True
    known_path: Path | None = None
    database: Path | None = None
    chunk: int = 40
    progress_interval_s: float = 5.0


@dataclass
class RunState:
    started: float = field(default_factory=time.monotonic)
    started_at: str = field(default_factory=lambda: _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"))
    examples: dict[str, int] = field(default_factory=dict)
    findings: dict[str, Finding] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    shrunk: set[str] = field(default_factory=set)
    dirty: set[str] = field(default_factory=set)
    interrupted: bool = False
    skipped: list[dict[str, str]] = field(default_factory=list)


class Progress:
    """A live line on a terminal, a plain line every few seconds elsewhere (CI logs)."""

    def __init__(self, interval_s: float, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.interval = 0.5 if self.tty else interval_s
        self.last = 0.0

    def update(self, state: RunState, budget_s: float | None, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < self.interval:
            return
        self.last = now
        elapsed = now - state.started
        total = sum(state.examples.values())
        new = sum(1 for f in state.findings.values() if f.status == "new")
        left = f"{max(budget_s - elapsed, 0):.0f}s left" if budget_s else "no budget"
        line = (f"[fuzz] {elapsed:6.0f}s  {total} examples ({total / max(elapsed, 1e-9):.1f}/s)  "
                f"findings: {len(state.findings)} ({new} new)  {left}")
        if self.tty:
            self.stream.write("\r" + line.ljust(100))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


class FuzzRun:
    def __init__(self, config: RunConfig, checkers: dict[str, Checker] | None = None) -> None:
        self.config = config
        self.state = RunState()
        self.known = KnownDifferences.load(config.known_path) if config.known_path else KnownDifferences.load()
        self.checkers = checkers if checkers is not None else {
            t: Checker(t, config.backend, self.known) for t in config.targets
        }
        config.out.mkdir(parents=True, exist_ok=True)
        self.store = FindingStore(config.out / "findings.jsonl")
        self.progress = Progress(config.progress_interval_s)
        self.database = DirectoryBasedExampleDatabase(str(config.database)) if config.database else None

    # ---------------------------------------------------------------- budget
    def elapsed(self) -> float:
        return time.monotonic() - self.state.started

    def out_of_time(self) -> bool:
        return self.config.budget_s is not None and self.elapsed() >= self.config.budget_s

    def _done(self, key: str) -> bool:
        if self.out_of_time():
            return True
        return self.config.max_examples is not None and self.state.examples.get(key, 0) >= self.config.max_examples

    # ---------------------------------------------------------------- recording
    def _record(self, finding: Finding) -> None:
        self.state.findings[finding.id] = finding
        self.store.append(finding)

    def _met(self, violation: Violation, result: CheckResult, known: KnownDifference | None, prop: str) -> str:
        fid = finding_id(violation, result, self.checkers_backend, known)
        self.state.counts[fid] = self.state.counts.get(fid, 0) + 1
        current = self.state.findings.get(fid)
        if current is None:
            self._record(make_finding(violation, result, backend=self.checkers_backend, known=known, property_name=prop))
        elif fid not in self.state.shrunk and len(result.case.dumps()) < len(Case.from_json(current.case).dumps()):
            # keep the smallest case seen for findings that are not shrunk by Hypothesis (known ones)
            self.state.findings[fid] = make_finding(violation, result, backend=self.checkers_backend, known=known,
                                                    property_name=prop)
            self.state.dirty.add(fid)
        return fid

    @property
    def checkers_backend(self) -> str:
        return self.config.backend

    # ---------------------------------------------------------------- one round
    def _round(self, prop: str, target_name: str, strategy: Any, round_seed: int) -> None:
        key = f"{prop}[{target_name}]"
        checker = self.checkers[target_name]
        phases = [Phase.explicit, Phase.reuse, Phase.generate, Phase.target]
        if self.config.shrink:
            phases.append(Phase.shrink)
        run = self

        @settings(max_examples=self.config.chunk, deadline=None, database=self.database, phases=phases,
                  suppress_health_check=list(HealthCheck), report_multiple_bugs=True, print_blob=False,
                  derandomize=False)
        @hypothesis_seed(round_seed)
        @given(case=strategy)
        def body(case: Case) -> None:
            if run._done(key):
                return
            run.state.examples[key] = run.state.examples.get(key, 0) + 1
            run.progress.update(run.state, run.config.budget_s)
            try:
                result = checker.check(case)
            except Exception as exc:  # the harness or an adapter broke on this case: a crash finding
                run._crash(case, exc, key, target_name)
                return
            target(min(result.worst_ratio, 1e6), label="worst error/tolerance vs reference")
            pending: tuple[Violation, str] | None = None
            for violation, known in [(v, None) for v in result.new] + list(result.known):
                fid = run._met(violation, result, known, key)
                if known is None and fid not in run.state.shrunk and pending is None:
                    pending = (violation, fid)
            if pending is not None:
                violation, fid = pending
                try:
                    RAISERS[violation.kind](render_violation(violation, case))
                except DifferenceFound as exc:
                    exc.fuzz = (violation, result, fid, key)  # type: ignore[attr-defined]
                    raise

        try:
            body()
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001 - a Hypothesis failure: one bug or an ExceptionGroup
            for leaf in _leaves(exc):
                self._shrunk(leaf)

    def _shrunk(self, exc: BaseException) -> None:
        info = getattr(exc, "fuzz", None)
        if info is None:
            raise exc
        violation, result, fid, key = info
        self.state.shrunk.add(fid)
        finding = make_finding(violation, result, backend=self.config.backend, known=None, property_name=key,
                               shrunk=self.config.shrink)
        self.state.findings[fid] = finding
        self.state.dirty.add(fid)
        self._flush(fid)

    def _crash(self, case: Case, exc: Exception, key: str, target_name: str) -> None:
        finding = crash_finding(case.to_json(), case.describe(), Kind.CRASH, f"{type(exc).__name__}: {exc}",
                                frameworks=("torch.nn", target_name), backend=self.config.backend, property_name=key)
        self.state.counts[finding.id] = self.state.counts.get(finding.id, 0) + 1
        if finding.id not in self.state.findings:
            self._record(finding)

    # ---------------------------------------------------------------- finishing
    def _replay(self, finding: Finding) -> bool | None:
        """Does the stored case alone reproduce the finding's id?"""
        if finding.kind in (Kind.CRASH.value, Kind.TIMEOUT.value):
            return None
        target_name = finding.frameworks[1]
        checker = self.checkers.get(target_name)
        if checker is None:
            return None
        result = checker.check(Case.from_json(finding.case))
        pairs = [(v, None) for v in result.new] + list(result.known)
        return any(finding_id(v, result, self.config.backend, k) == finding.id for v, k in pairs)

    def _flush(self, fid: str) -> None:
        finding = self.state.findings[fid]
        reproducible = finding.reproducible
        if reproducible is None:
            reproducible = self._replay(finding)
        finding = replace(finding, count=self.state.counts.get(fid, finding.count), reproducible=reproducible)
        self.state.findings[fid] = finding
        self.store.append(finding)
        self.state.dirty.discard(fid)

    def finish(self) -> None:
        """Replay every finding not yet confirmed, write its final line; close the store."""
        for fid, finding in list(self.state.findings.items()):
            counted = self.state.counts.get(fid, finding.count)
            if fid in self.state.dirty or finding.reproducible is None or counted != finding.count:
                try:
                    self._flush(fid)
                except KeyboardInterrupt:
                    break
        self.store.close()
        self.progress.close()

    def execute(self) -> RunState:
        properties = _properties()
        strategies = {name: factory() for name, factory in properties.items()}
        base_seed = self.config.seed if self.config.seed is not None else int(time.time())
        round_number = 0
        try:
            while True:
                active = [(p, t) for t in self.config.targets for p in PROPERTY_NAMES if not self._done(f"{p}[{t}]")]
                if not active:
                    break
                for prop, target_name in active:
                    if self.out_of_time():
                        break
                    self._round(prop, target_name, strategies[prop], base_seed * 1_000_003 + round_number)
                    round_number += 1
                if self.out_of_time():
                    break
        except KeyboardInterrupt:
            self.state.interrupted = True
        self.progress.update(self.state, self.config.budget_s, force=True)
        self.finish()
        return self.state

    def summary(self) -> dict[str, Any]:
        by_kind: dict[str, dict[str, int]] = {}
        for finding in self.state.findings.values():
            by_kind.setdefault(finding.kind, {"new": 0, "known": 0})[finding.status] += 1
        stale = [e.id for e in self.known.stale()]
        return {
            "started_at": self.state.started_at,
            "duration_s": round(self.elapsed(), 2),
            "interrupted": self.state.interrupted,
            "seed": self.config.seed,
            "budget_s": self.config.budget_s,
            "max_examples": self.config.max_examples,
            "shrink": self.config.shrink,
            "examples": dict(self.state.examples),
            "examples_total": sum(self.state.examples.values()),
            "examples_per_s": round(sum(self.state.examples.values()) / max(self.elapsed(), 1e-9), 2),
            "findings_by_kind": by_kind,
            "findings_total": len(self.state.findings),
            "new_findings": sorted(f.id for f in self.state.findings.values() if f.status == "new"),
            "versions": versions() | {k: v for c in self.checkers.values() for k, v in {**c.left.versions,
                                                                                       **c.right.versions}.items()},
            "backends": {"used": [self.config.backend], "skipped": list(self.state.skipped)},
            "targets": list(self.config.targets),
            "known_differences_unmatched": stale,
        }


def _leaves(exc: BaseException) -> list[BaseException]:
    if isinstance(exc, BaseExceptionGroup):
        out: list[BaseException] = []
        for inner in exc.exceptions:
            out.extend(_leaves(inner))
        return out
    return [exc]
