"""The budgeted fuzz run behind `python -m fuzz run`: keep fuzzing after a violation, shrink each
distinct finding once, record everything as it happens.

Work is done in rounds of `chunk` cases per (property, pairing), each seeded from (--seed,
property, pairing, round number).  A round first searches: Hypothesis draws its examples, each a
batch of `BATCH` cases (with `target()` pushing toward the largest error/tolerance ratio), the
workers compute each case while this process draws the next and judges the last, and every
violation is recorded, none raised, so the draws depend on the seed alone.  Then each finding id first met in the round is
shrunk: the round's draws are replayed until that id shows, and it is raised from a line of its own
kind for Hypothesis to shrink.  A finding is appended to the store the moment it is first met, so
an interrupted or killed run keeps it; later meetings only bump its count.  Shard i of n runs the
rounds numbered i-1 modulo n, so n shards together draw exactly the examples of one run.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import itertools
from collections import deque
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

from hypothesis import HealthCheck, Phase, given, seed as hypothesis_seed, settings, strategies as st, target

from fuzz.backends import Pairing, Side
from fuzz.case import Case
from fuzz.check import Checker, CheckResult
from fuzz.compare import Kind, Violation
from fuzz.finding import EXCEPTIONS, DifferenceFound, Finding
from fuzz.known import KnownDifference, KnownDifferences
from fuzz.record import crash_finding, finding_id, make_finding, reproduces, versions
from fuzz.render.text import render_violation
from fuzz.store import FindingStore
from fuzz.workers import WorkerLimits

#: run properties: name -> strategy factory.  Each draws cases and checks every channel of them.
def _properties() -> dict[str, Callable[[], Any]]:
    from strategies import batchnorm_cases, invalid_cases

    return {
        "valid_uses": lambda: batchnorm_cases(),
        "hostile_inputs": lambda: batchnorm_cases(nonfinite=True),
        "invalid_uses": lambda: invalid_cases(),
    }


PROPERTY_NAMES = ("valid_uses", "hostile_inputs", "invalid_uses")

#: cases per Hypothesis example in the run's search: enough that the pipeline rarely drains (it does
#: at the end of each example), few enough that `target()` still sees small groups
BATCH = 8
#: cases started ahead of the one being judged, so that one slow case to judge here (a large reference
#: and comparison) does not leave the MindSpore worker without work
PIPELINE_DEPTH = 2


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
    max_examples: int | None = None  # per property and pairing (per shard: this shard's share)
    seed: int | None = None
    pairings: tuple[Pairing, ...] = (Pairing(Side("torch.nn", "cpu"), Side("mindspore.nn", "cpu")),)
    shrink: bool = True
    known_path: Path | None = None
    database: Any = None  # a Hypothesis ExampleDatabase, or None
    chunk: int = 40
    progress_interval_s: float = 5.0
    isolate: bool = True
    limits: WorkerLimits = field(default_factory=WorkerLimits)
    shard: tuple[int, int] = (1, 1)  # (index from 1, count): this run does rounds r with r % count == index - 1


@dataclass
class RunState:
    started: float = field(default_factory=time.monotonic)
    started_at: str = field(default_factory=lambda: _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"))
    examples: dict[str, int] = field(default_factory=dict)
    findings: dict[str, Finding] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    shrunk: set[str] = field(default_factory=set)
    duplicates: dict[str, int] = field(default_factory=dict)  # per key: cases drawn again, not re-checked
    case_sizes: dict[str, int] = field(default_factory=dict)  # per finding: the length of its case's JSON
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
        self.base_seed = config.seed if config.seed is not None else int(time.time())
        self.state = RunState()
        self.known = KnownDifferences.load(config.known_path) if config.known_path else KnownDifferences.load()
        self.checkers = checkers if checkers is not None else {
            p.name: Checker.for_pairing(p, self.known, isolate=config.isolate, limits=config.limits)
            for p in config.pairings
        }
        config.out.mkdir(parents=True, exist_ok=True)
        self.store = FindingStore(config.out / "findings.jsonl")
        self.progress = Progress(config.progress_interval_s)
        self.database = config.database

    # ---------------------------------------------------------------- budget
    def elapsed(self) -> float:
        return time.monotonic() - self.state.started

    def out_of_time(self) -> bool:
        return self.config.budget_s is not None and self.elapsed() >= self.config.budget_s

    def _round_size(self, number: int) -> int:
        """Examples in round `number` of a key: `chunk`, less in the last round of --max-examples."""
        if self.config.max_examples is None:
            return self.config.chunk
        return max(0, min(self.config.chunk, self.config.max_examples - number * self.config.chunk))

    # ---------------------------------------------------------------- recording
    def _record(self, finding: Finding) -> None:
        self.state.findings[finding.id] = finding
        self.store.append(finding)

    def _met(self, violation: Violation, result: CheckResult, known: KnownDifference | None, prop: str) -> str:
        backend = self._checker_of(prop).backend
        fid = finding_id(violation, result, backend, known)
        self.state.counts[fid] = self.state.counts.get(fid, 0) + 1
        current = self.state.findings.get(fid)
        size = len(result.case.dumps())
        if current is None:
            self._record(make_finding(violation, result, backend=backend, known=known, property_name=prop))
            self.state.case_sizes[fid] = size
        elif fid not in self.state.shrunk and size < self.state.case_sizes.get(fid, size):
            # keep the smallest case seen for findings that are not shrunk by Hypothesis (known ones)
            self.state.findings[fid] = make_finding(violation, result, backend=backend, known=known, property_name=prop)
            self.state.case_sizes[fid] = size
            self.state.dirty.add(fid)
        return fid

    def _checker_of(self, key: str) -> Checker:
        """The checker of a property key `prop[pairing]`."""
        return self.checkers[key[key.index("[") + 1:-1]]

    # ---------------------------------------------------------------- one round
    def _settings(self, size: int, phases: list[Phase]) -> settings:
        return settings(max_examples=size, deadline=None, database=self.database, phases=phases,
                        suppress_health_check=list(HealthCheck), report_multiple_bugs=False, print_blob=False,
                        derandomize=False)

    def _round(self, prop: str, pairing_name: str, strategy: Any, round_seed: int, size: int) -> None:
        """Search `size` cases, recording every violation; then shrink each id first met here.

        The search never raises, so which cases it draws depends on the seed alone, never on what
        was found before: a sharded run draws exactly the cases of an unsharded one.  Each
        Hypothesis example draws a batch of `BATCH` cases and pipelines them: while the workers
        compute one case, this process draws the next and judges the last (`Checker.start` /
        `finish`).  A case drawn twice in a round is checked once: Hypothesis begins every round
        with its simplest example, here a batch of identical simplest cases.
        """
        key = f"{prop}[{pairing_name}]"
        checker = self.checkers[pairing_name]
        run = self
        first_met: list[str] = []
        seen: set[int] = set()  # hashes of the cases checked in this round (rounds are what shards split)
        todo = [size]  # cases this round may still check

        def judge(case: Case, score: list[float]) -> None:
            try:
                result = checker.finish(case)
            except Exception as exc:  # the harness or an adapter broke on this case: a crash finding
                run._crash(case, exc, key, checker)
                return
            score.append(min(result.worst_ratio, 1e6))
            for violation, known in [(v, None) for v in result.new] + list(result.known):
                fid = run._met(violation, result, known, key)
                if known is None and fid not in run.state.shrunk and fid not in first_met:
                    first_met.append(fid)

        @self._settings(-(-size // BATCH), [Phase.explicit, Phase.reuse, Phase.generate, Phase.target])
        @hypothesis_seed(round_seed)
        @given(data=st.data())
        def search(data: Any) -> None:
            score: list[float] = []
            in_flight: deque[Case] = deque()
            for _ in range(BATCH):  # always the whole batch: the draws must not depend on the clock
                case = data.draw(strategy)
                identity = hash(case.dumps())
                if todo[0] <= 0 or run.out_of_time():
                    continue
                todo[0] -= 1
                if identity in seen:  # the same case gives the same verdict: counted, not checked again
                    run.state.duplicates[key] = run.state.duplicates.get(key, 0) + 1
                    continue
                seen.add(identity)
                run.state.examples[key] = run.state.examples.get(key, 0) + 1
                run.progress.update(run.state, run.config.budget_s)
                checker.start(case)  # the workers compute it while earlier ones are judged
                in_flight.append(case)
                if len(in_flight) > PIPELINE_DEPTH:
                    judge(in_flight.popleft(), score)
            while in_flight:
                judge(in_flight.popleft(), score)
            target(max(score, default=0.0), label="worst error/tolerance vs reference")

        search()
        if self.config.shrink:
            for fid in first_met:
                if not self.out_of_time():
                    self._shrink(key, checker, strategy, round_seed, size, fid)

    def _shrink(self, key: str, checker: Checker, strategy: Any, round_seed: int, size: int, fid: str) -> None:
        """Replay the round's draws until `fid` shows, then let Hypothesis shrink that example.

        Once a case of a batch shows it, only that position is checked: the other cases of the
        batch shrink away untested.
        """
        run = self
        position: list[int] = []

        @self._settings(-(-size // BATCH), [Phase.generate, Phase.shrink])
        @hypothesis_seed(round_seed)
        @given(data=st.data())
        def reproduce(data: Any) -> None:
            cases = [data.draw(strategy) for _ in range(BATCH)]
            if run.out_of_time():
                return
            for index in position or range(BATCH):
                result = checker.check(cases[index])
                for violation in result.new:
                    if finding_id(violation, result, checker.backend, None) == fid:
                        if not position:
                            position.append(index)
                        try:
                            RAISERS[violation.kind](render_violation(violation, cases[index]))
                        except DifferenceFound as exc:
                            exc.fuzz = (violation, result, fid, key)  # type: ignore[attr-defined]
                            raise

        try:
            reproduce()
        except KeyboardInterrupt:
            raise
        except DifferenceFound as exc:
            self._shrunk(exc)

    def _shrunk(self, exc: BaseException) -> None:
        violation, result, fid, key = exc.fuzz  # type: ignore[attr-defined]
        self.state.shrunk.add(fid)
        finding = make_finding(violation, result, backend=self._checker_of(key).backend, known=None, property_name=key,
                               shrunk=True)
        self.state.findings[fid] = finding
        self.state.dirty.add(fid)
        self._flush(fid)

    def _crash(self, case: Case, exc: Exception, key: str, checker: Checker) -> None:
        finding = crash_finding(case.to_json(), case.describe(), Kind.CRASH, f"harness: {type(exc).__name__}: {exc}",
                                frameworks=checker.names, backend=checker.backend, property_name=key)
        self.state.counts[finding.id] = self.state.counts.get(finding.id, 0) + 1
        if finding.id not in self.state.findings:
            self._record(finding)

    # ---------------------------------------------------------------- finishing
    def _replay(self, finding: Finding) -> bool | None:
        """Does the stored case alone reproduce the finding's id?"""
        checker = next((c for c in self.checkers.values()
                        if c.names == finding.frameworks and c.backend == finding.backend), None)
        if checker is None or finding.property.endswith("harness"):
            return None
        return reproduces(finding, checker)

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
        # the budget and examples/s count from here: the workers' framework imports are behind us
        self.state.started = time.monotonic()
        properties = _properties()
        strategies = {name: factory() for name, factory in properties.items()}
        base_seed = self.base_seed
        index, count = self.config.shard
        # Rounds are numbered per (property, pairing) so that a shard's rounds do not depend on how
        # fast other shards go: shard i of n runs rounds k with k % n == i - 1 of every key.
        keys = [(p, c) for c in self.checkers for p in PROPERTY_NAMES]
        try:
            for number in itertools.count():
                if self.out_of_time() or self._round_size(number) == 0:
                    break
                if number % count != index - 1:
                    continue
                for prop, pairing_name in keys:
                    if self.out_of_time():
                        break
                    key = f"{prop}[{pairing_name}]"
                    seed_material = f"{base_seed}:{key}:{number}".encode()
                    round_seed = int.from_bytes(hashlib.sha256(seed_material).digest()[:8], "big")
                    self._round(prop, pairing_name, strategies[prop], round_seed, self._round_size(number))
        except KeyboardInterrupt:
            self.state.interrupted = True
        finally:
            for checker in self.checkers.values():
                checker.close()
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
            "seed": self.base_seed,  # the one used, drawn from the clock when --seed was not given
            "seed_given": self.config.seed is not None,
            "budget_s": self.config.budget_s,
            "max_examples": self.config.max_examples,
            "shrink": self.config.shrink,
            "examples": dict(self.state.examples),
            "examples_total": sum(self.state.examples.values()),
            "duplicates": dict(self.state.duplicates),  # drawn again under the same key, not checked twice
            "examples_per_s": round(sum(self.state.examples.values()) / max(self.elapsed(), 1e-9), 2),
            "findings_by_kind": by_kind,
            "findings_total": len(self.state.findings),
            "new_findings": sorted(f.id for f in self.state.findings.values() if f.status == "new"),
            "versions": versions() | {k: v for c in self.checkers.values() for k, v in {**c.left.versions,
                                                                                       **c.right.versions}.items()},
            "backends": {"used": sorted(self.checkers), "skipped": list(self.state.skipped)},
            "shard": list(self.config.shard),
            "isolated": self.config.isolate,
            # per worker: restarts after a crash, hang or memory fault; healthy replacements for memory growth
            "workers": {f"{name}/{side.target}": {"restarts": side.restarts, "recycled": side.recycled}
                        for name, c in self.checkers.items() for side in (c.left, c.right)
                        if hasattr(side, "recycled")},
            "known_differences_unmatched": stale,
        }
