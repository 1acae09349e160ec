"""The budgeted fuzz run behind `python -m fuzz run`: keep fuzzing after a violation, shrink each
distinct finding once, record everything as it happens.

Work is done in rounds of `chunk` cases per (property, pairing), each seeded from (--seed,
property, pairing, round number).  A round first searches: Hypothesis draws its examples, each a
batch of `BATCH` cases (with `target()` pushing toward the largest error/tolerance ratio), the
workers compute each case while this process draws the next and judges the last, and every
violation is recorded, none raised, so the draws depend on the seed alone.  Then each finding id
first met in the round is shrunk: the round's draws are replayed until that id shows, and it is
raised from a line of its own kind for Hypothesis to shrink.  A finding is appended to the store
the moment it is first met, so an interrupted or killed run keeps it; later meetings only bump its
count.  Shard i of n runs the rounds numbered i-1 modulo n, so n shards together draw exactly the
examples of one run.

With `naive_port`, each torch-vs-MindSpore pairing gets one naive-port pairing per mapping rule
(fuzz/execution/check.py `NaiveChecker`), whose rounds draw the same cases as the mapped pairing's
(the seed names the mapped pairing; with a budget, only in the rounds where they have had at most
`NAIVE_SHARE` of the time) and run them without that rule, each beside itself with the rule.  What
differs only without it confirms the rule: a finding of status known, id `mapping-rule:<rule>`,
never new, never shrunk (the smallest case met is kept), tallied per rule and kind in the
summary's `mapping_rules`.

The large-batch stratum (`Family.LARGE`, strategies/large.py: up to 10^6 elements a case, a few
hundred times a common case's cost) is a property of its own with a small share of the run: rounds
of at most `LARGE_CHUNK` cases, which with a budget take turns only while the stratum has had at
most `LARGE_SHARE` of the time, and with `max_examples` add up to that share of it (rounded up).
It runs on the mapped pairings only: a mapping rule's removal shows in the common cases.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import itertools
import math
import sys
import time
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Sequence

from hypothesis import HealthCheck, Phase, given, settings, target
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from hypothesis.reporting import with_reporter

from fuzz.campaign import defaults
from fuzz.campaign.record import crash_finding, finding_id, make_finding, reproduces, versions
from fuzz.campaign.store import FindingStore
from fuzz.campaign.summary import (
    CompileTally,
    RuleTally,
    RunSummary,
    Shrinking,
    UnmappableCount,
    pairing_of,
    tally_compiles,
    tally_rule,
    tally_unmappable,
)
from fuzz.execution.backends import NAIVE_MARK, Pairing, Side, base_name
from fuzz.execution.check import Checker, CheckResult, NaiveChecker, checkers_for, confirmed_rule
from fuzz.execution.isolation import WorkerLimits
from fuzz.model.case import Case
from fuzz.model.finding import Finding
from fuzz.model.vocabulary import EXCEPTIONS, DifferenceFound, Family, Kind, Status
from fuzz.oracle.comparison import Violation
from fuzz.oracle.known import KnownDifference, KnownDifferences
from fuzz.oracle.text import render_violation

#: the run's properties: each draws one family of cases and checks every kind of finding on them
RUN_FAMILIES = (Family.VALID, Family.HOSTILE, Family.INVALID, Family.RELATIONS, Family.LARGE)
PROPERTY_NAMES: tuple[str, ...] = tuple(family.value for family in RUN_FAMILIES)
#: the property of the large-batch stratum, which has a share of the run of its own (`LARGE_SHARE`)
LARGE_PROPERTY = Family.LARGE.value


def _properties() -> dict[str, Callable[[], Any]]:
    """Property name -> its strategy factory (strategies/families.py)."""
    from strategies.families import FAMILIES

    return {family.value: FAMILIES[family] for family in RUN_FAMILIES}


#: cases per Hypothesis example in the run's search: enough that the pipeline rarely drains (it does
#: at the end of each example), few enough that `target()` still sees small groups
BATCH = 8
#: cases started ahead of the one being judged, so that one slow case to judge here (a large reference
#: and comparison) does not leave the MindSpore worker without work
PIPELINE_DEPTH = 2


#: replays of a new finding's stored case alone that decide whether it is reproducible or `flaky`
#: (a defect that fires on a random half of its calls passes all 8 with probability 1/256); a
#: crash or hang costs a worker restart (or a whole timeout) per replay, so it gets 2; a known
#: finding is replayed once, for the record
REPLAYS_NEW = 8
REPLAYS_FAULT = 2
REPLAYS_KNOWN = 1
#: one shrink may take this share of the budget (at least SHRINK_MIN_S, never past the budget);
#: without a budget (--max-examples) SHRINK_MAX_S
SHRINK_SHARE = 0.02
SHRINK_MIN_S = 10.0
SHRINK_MAX_S = 120.0
#: shrinks tried per finding id: a finding first met in Hypothesis' target phase is not re-found by
#: the shrink's replay of the round, and a later round may meet it where the replay can
SHRINK_TRIES = 2
#: with a budget, the naive-port pairings' rounds stop taking turns while they have had more than this
#: share of the run's time (round 0 always has them): each of their cases costs two MindSpore calls
#: (without the rule and with it), a rule's removal shows in most cases where it shows at all, and
#: the budget is the mapped pairings' first
NAIVE_SHARE = 0.25
#: the large-batch stratum's share: with a budget its rounds take turns while it has had at most this
#: share of the run's time (round 0 always has it), with max_examples it checks this share of them
#: (rounded up).  The stratum checks 7.6 cases/s against the common draws' 41/s, up to 0.7 s a case at
#: 10^6 elements (benchmarks/RESULTS.md, "Large batches"), and what it adds (long reductions, torch's
#: threads splitting them) is a few corners of the case space: the common draws keep nine tenths
LARGE_SHARE = 0.1
#: cases per round of the large stratum (the others take `chunk`): a round of 40 would take ~15 s on
#: 2 cores, far past its share in a short run's first round.  Each round's first Hypothesis example
#: is its simplest (one case, drawn BATCH times), so a round needs more than BATCH cases to draw others
LARGE_CHUNK = 16
#: replays still owed when the budget ends may start for this many seconds more (a hang's replay
#: then costs one timeout); findings not replayed by then say so
FINISH_GRACE_S = 10.0


@dataclass(frozen=True)
class RunConfig:
    out: Path
    budget_s: float | None = defaults.BUDGET_S  # the CLI's default too (fuzz/campaign/defaults.py)
    max_examples: int | None = None  # per property and pairing (per shard: this shard's share)
    seed: int | None = None
    pairings: tuple[Pairing, ...] = (Pairing(Side("torch.nn", "cpu"), Side("mindspore.nn", "cpu")),)
    shrink: bool = defaults.SHRINK
    database: Any = None  # a Hypothesis ExampleDatabase, or None
    chunk: int = defaults.CHUNK
    progress_interval_s: float = 5.0
    isolate: bool = defaults.ISOLATE
    limits: WorkerLimits = field(default_factory=WorkerLimits)
    shard: tuple[int, int] = (1, 1)  # (index from 1, count): this run does rounds r with r % count == index - 1
    # one naive-port pairing per mapping rule of each torch-vs-MindSpore pairing (where the run builds its
    # checkers; given checkers are used as they are, the CLI's made by the same `checkers_for`)
    naive_port: bool = defaults.NAIVE_PORT


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
    shrink_tries: dict[str, int] = field(default_factory=dict)  # per finding id
    shrinks: int = 0  # shrinks attempted
    shrinks_done: int = 0  # ... that ended with a shrunk example
    shrink_s: float = 0.0  # time spent shrinking
    replay_s: float = 0.0  # time spent replaying stored cases
    harness_errors: int = 0  # exceptions of the harness itself, each recorded as a crash finding
    naive_s: float = 0.0  # time spent in naive-port pairings' rounds
    large_s: float = 0.0  # time spent in the large stratum's rounds
    unmappable: dict[str, UnmappableCount] = field(default_factory=dict)  # reported, never dropped
    compiles: dict[str, CompileTally] = field(default_factory=dict)  # per compiled target
    rules: dict[str, RuleTally] = field(default_factory=dict)  # per naive-port pairing (summary `mapping_rules`)


class Progress:
    """A live line on a terminal, a plain line every few seconds elsewhere (CI logs)."""

    def __init__(self, interval_s: float, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.interval = 0.5 if self.tty else interval_s
        self.last = 0.0

    def update(self, state: RunState, budget_s: float | None, force: bool = False, doing: str = "") -> None:
        now = time.monotonic()
        if not force and now - self.last < self.interval:
            return
        self.last = now
        elapsed = now - state.started
        total = sum(state.examples.values())
        new = sum(1 for f in state.findings.values() if f.is_new)
        left = f"{max(budget_s - elapsed, 0):.0f}s left" if budget_s else "no budget"
        line = (f"[fuzz] {elapsed:6.0f}s  {total} examples ({total / max(elapsed, 1e-9):.1f}/s)  "
                f"findings: {len(state.findings)} ({new} new)  {left}" + (f"  {doing}" if doing else ""))
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
    def __init__(self, config: RunConfig, checkers: dict[str, Checker] | None = None,
                 known: KnownDifferences | None = None, skipped: Sequence[dict[str, str]] = ()) -> None:
        """`known`: the entries the checkers match against (the committed file if None), whose
        stale ones the summary lists; `skipped`: pairings left out, with the reason, for the summary
        (a naive-port pairing among them says why its rule was not switched off)."""
        self.config = config
        self.base_seed = config.seed if config.seed is not None else int(time.time())
        self.known = known if known is not None else KnownDifferences.load()
        skipped = list(skipped)
        if checkers is None:
            checkers, left_out = checkers_for(config.pairings, self.known, isolate=config.isolate,
                                              limits=config.limits, naive_port=config.naive_port)
            skipped += left_out
        self.checkers = checkers
        self.state = RunState(skipped=skipped)
        for name, checker in self.checkers.items():
            if isinstance(checker, NaiveChecker):
                self.state.rules[name] = RuleTally(checker.rule, base_name(name))
        for skip in skipped:
            name = skip.get("pairing", "")
            if NAIVE_MARK in name:
                self.state.rules[name] = RuleTally(name.partition(NAIVE_MARK)[2], base_name(name),
                                                   not_applicable=skip.get("reason", ""))
        config.out.mkdir(parents=True, exist_ok=True)
        self.store = FindingStore(config.out / "findings.jsonl")
        self.progress = Progress(config.progress_interval_s)
        self.database = config.database

    # ---------------------------------------------------------------- budget
    def elapsed(self) -> float:
        return time.monotonic() - self.state.started

    def out_of_time(self) -> bool:
        return self.config.budget_s is not None and self.elapsed() >= self.config.budget_s

    def _round_size(self, number: int, prop: str = "") -> int:
        """Examples in round `number` of a key of property `prop`: `chunk` (at most `LARGE_CHUNK` for
        the large stratum), less in the last round of --max-examples (of which the large stratum
        gets `LARGE_SHARE`)."""
        chunk, total = self.config.chunk, self.config.max_examples
        if prop == LARGE_PROPERTY:
            chunk = min(chunk, LARGE_CHUNK)
            total = None if total is None else math.ceil(total * LARGE_SHARE)
        if total is None:
            return chunk
        return max(0, min(chunk, total - number * chunk))

    def _large_turn(self, number: int) -> bool:
        """Does the large stratum take part in round `number`?  Always without a budget and in round 0;
        else while it has had at most `LARGE_SHARE` of the time so far."""
        return (self.config.budget_s is None or number == 0
                or self.state.large_s <= LARGE_SHARE * self.elapsed())

    def _naive_turn(self, number: int) -> bool:
        """Do the naive-port pairings take part in round `number`?  Always without a budget and in
        round 0; else while they have had at most `NAIVE_SHARE` of the time so far."""
        return (self.config.budget_s is None or number == 0
                or self.state.naive_s <= NAIVE_SHARE * self.elapsed())

    # ---------------------------------------------------------------- recording
    def _record(self, finding: Finding) -> None:
        finding = replace(finding, met_after_s=round(self.elapsed(), 3))
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
            smaller = make_finding(violation, result, backend=backend, known=known, property_name=prop)
            self.state.findings[fid] = replace(smaller, found_at=current.found_at, met_after_s=current.met_after_s)
            self.state.case_sizes[fid] = size
            self.state.dirty.add(fid)
        return fid

    def _count_unmappable(self, result: CheckResult) -> None:
        tally_unmappable(self.state.unmappable, result)

    def _checker_of(self, key: str) -> Checker:
        """The checker of a property key `prop[pairing]`."""
        return self.checkers[pairing_of(key)]

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
        # what the search saw, handed to the shrinks: each case checked -> the new finding ids it
        # showed, and each id's first case with its result (the shrink replays these, not rechecks)
        verdicts: dict[str, frozenset[str]] = {}
        first_hits: dict[str, tuple[str, Violation, CheckResult]] = {}
        todo = [size]  # cases this round may still check

        def judge(case: Case, score: list[float]) -> None:
            try:
                result = checker.finish(case)
            except Exception as exc:  # the harness or an adapter broke on this case: a crash finding
                run._crash(case, exc, key, checker, "judging a case of the search")
                return
            score.append(min(result.worst_ratio, 1e6))
            tally_compiles(run.state.compiles, result)
            if result.naive is None:  # a naive-port pairing's cases are the mapped pairing's: counted there
                run._count_unmappable(result)
            identity = case.dumps()
            shown: set[str] = set()
            confirming: dict[str, str] = {}  # kind -> the finding that confirms the rule
            for violation, known in [(v, None) for v in result.new] + list(result.known):
                fid = run._met(violation, result, known, key)
                if known is None:
                    shown.add(fid)
                    first_hits.setdefault(fid, (identity, violation, result))
                    if fid not in run.state.shrunk and fid not in first_met:
                        first_met.append(fid)
                elif confirmed_rule(known.id):
                    confirming.setdefault(violation.kind.value, fid)
            verdicts[identity] = frozenset(shown)
            tally_rule(run.state.rules, pairing_name, result, confirming)

        @self._settings(-(-size // BATCH), [Phase.explicit, Phase.reuse, Phase.generate, Phase.target])
        @hypothesis_seed(round_seed)
        @given(data=st.data())
        def search(data: Any) -> None:
            score: list[float] = []
            in_flight: deque[Case] = deque()
            try:
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
            finally:
                # also when Hypothesis ends the example inside a draw: no case stays in flight to be
                # mistaken for the next one
                while in_flight:
                    judge(in_flight.popleft(), score)
            target(max(score, default=0.0), label="worst error/tolerance vs reference")

        search()
        if self.config.shrink:
            for fid in first_met:
                tries = self.state.shrink_tries.get(fid, 0)
                if not self.out_of_time() and tries < SHRINK_TRIES:
                    self.state.shrink_tries[fid] = tries + 1
                    known_verdicts: dict[str, tuple[Violation, CheckResult] | None] = {
                        identity: None for identity, fids in verdicts.items() if fid not in fids}
                    identity, violation, result = first_hits[fid]
                    known_verdicts[identity] = (violation, result)
                    self._shrink(key, checker, strategy, round_seed, size, fid, known_verdicts)
        budget_end = None if self.config.budget_s is None else self.state.started + self.config.budget_s
        for fid in first_met:  # confirmed from the stored case alone, shrunk or not, while in budget
            if not self.out_of_time() and not self.state.findings[fid].replays:
                self._confirm(fid, budget_end)

    def _shrink_allowance(self) -> float:
        """Seconds one shrink may take: a share of the budget, never past its end."""
        if self.config.budget_s is None:
            return SHRINK_MAX_S
        share = max(SHRINK_MIN_S, SHRINK_SHARE * self.config.budget_s)
        return max(0.0, min(share, self.config.budget_s - self.elapsed()))

    def _shrink(self, key: str, checker: Checker, strategy: Any, round_seed: int, size: int, fid: str,
                known_verdicts: dict[str, tuple[Violation, CheckResult] | None]) -> None:
        """Replay the round's draws until `fid` shows, then let Hypothesis shrink that example.

        Once a case of a batch shows it, only that position is checked: the other cases of the
        batch shrink away untested.  Each distinct case is checked once and its verdict kept (the
        search's verdicts, `known_verdicts`, to begin with: the case -> its violation and result,
        or None where it did not show `fid`), so
        the shrinker always sees the same verdict for the same case, whatever the frameworks do
        on a second call and whatever the clock says: past the shrink's allowance a case not yet
        checked counts as not showing `fid` (the shrink then ends with the smallest case seen),
        and its own time limit ends Hypothesis' shrinker.  Whether the finding depends on history
        or chance is what `_confirm`'s replays measure.  Nothing here can end the run: a flaky
        shrink marks the finding flaky, any other exception becomes a harness crash finding.
        """
        import hypothesis.internal.conjecture.engine as engine
        from hypothesis.errors import Flaky

        began = time.monotonic()
        stop_at = began + self._shrink_allowance()
        position: list[int] = []
        verdicts = dict(known_verdicts)
        last: list[tuple[Violation, CheckResult]] = []

        def shows(case: Case) -> tuple[Violation, CheckResult] | None:
            identity = case.dumps()
            if identity not in verdicts:
                if time.monotonic() > stop_at:
                    return None  # not checked: past the allowance nothing new is tried
                self.progress.update(self.state, self.config.budget_s, doing=f"shrinking {fid}")
                try:
                    result = checker.check(case)
                except Exception as exc:  # the harness broke on this case: recorded; it does not show fid
                    self._crash(case, exc, key, checker, f"shrinking {fid}")
                    verdicts[identity] = None
                    return None
                verdicts[identity] = next(((v, result) for v in result.new
                                           if finding_id(v, result, checker.backend, None) == fid), None)
            return verdicts[identity]

        @self._settings(-(-size // BATCH), [Phase.generate, Phase.shrink])
        @hypothesis_seed(round_seed)
        @given(data=st.data())
        def reproduce(data: Any) -> None:
            cases = [data.draw(strategy) for _ in range(BATCH)]
            for index in position or range(BATCH):
                hit = shows(cases[index])
                if hit is not None:
                    if not position:
                        position.append(index)
                    last[:] = [hit]
                    raise EXCEPTIONS[hit[0].kind](render_violation(hit[0], cases[index]))

        self.state.shrinks += 1
        saved = engine.MAX_SHRINKING_SECONDS  # Hypothesis documents this limit as monkeypatchable
        engine.MAX_SHRINKING_SECONDS = max(1, int(stop_at - time.monotonic()))
        try:
            with with_reporter(lambda text: None):  # Hypothesis' own words on a shrink cut short
                reproduce()
        except KeyboardInterrupt:
            raise
        except DifferenceFound:
            self._shrunk(fid, key, *last[0])
            self.state.shrinks_done += 1
        except Flaky:  # only if the strategies drew differently from the same choices
            self.state.findings[fid] = replace(self.state.findings[fid], flaky=True)
            self.state.dirty.add(fid)
        except Exception as exc:  # the harness broke while shrinking: recorded, the run goes on
            self._crash(self.state.findings[fid].case, exc, key, checker, f"shrinking {fid}")
        finally:
            engine.MAX_SHRINKING_SECONDS = saved
            self.state.shrink_s += time.monotonic() - began

    def _shrunk(self, fid: str, key: str, violation: Violation, result: CheckResult) -> None:
        self.state.shrunk.add(fid)
        first = self.state.findings[fid]
        finding = make_finding(violation, result, backend=self._checker_of(key).backend, known=None, property_name=key,
                               shrunk=True)
        self.state.findings[fid] = replace(finding, found_at=first.found_at, met_after_s=first.met_after_s,
                                           shrunk_after_s=round(self.elapsed(), 3), flaky=first.flaky)
        self.state.dirty.add(fid)

    def _crash(self, case: Case | None, exc: BaseException, key: str, checker: Checker, where: str) -> None:
        """The harness itself broke on `case` (None: outside any one case) while doing `where`: a
        crash finding with the traceback; the run goes on."""
        import traceback

        self.state.harness_errors += 1
        finding = crash_finding(case, case.describe() if case else f"no case ({where})",
                                Kind.CRASH, f"harness: {type(exc).__name__}: {exc}",
                                frameworks=checker.names, backend=checker.backend, property_name=key)
        frames = "".join(traceback.format_tb(exc.__traceback__))  # without Hypothesis' notes (the draws)
        finding = replace(finding, traceback=(f"while {where}:\n" + frames[-7000:]
                                              + f"{type(exc).__name__}: {exc}"[:1000]))
        self.state.counts[finding.id] = self.state.counts.get(finding.id, 0) + 1
        if finding.id not in self.state.findings:
            self._record(finding)

    # ---------------------------------------------------------------- finishing
    def _checker_for(self, finding: Finding) -> Checker | None:
        """The checker the finding was met on: its property names the pairing (a naive-port pairing
        and its mapped one share names and backend)."""
        own = self.checkers.get(pairing_of(finding.property))
        if own is not None:
            return own
        return next((c for c in self.checkers.values()
                     if c.names == finding.frameworks and c.backend == finding.backend), None)

    def _confirm(self, fid: str, deadline: float | None) -> None:
        """Replay the finding's stored case alone, several times, and write its line.

        No replay starts past `deadline` (monotonic clock; None: no limit): a hang's replay costs a
        whole timeout, and the replays done are what is counted.  A harness crash is not replayed
        (its case may be fine); an exception while replaying is itself a harness crash finding,
        and the finding keeps what was counted before it.
        """
        finding = self.state.findings[fid]
        checker = self._checker_for(finding)
        replays = (REPLAYS_KNOWN if finding.status is Status.KNOWN else
                   REPLAYS_FAULT if finding.kind.is_fault else REPLAYS_NEW)
        reproduced = done = 0
        began = time.monotonic()
        if checker is not None and not finding.traceback:
            try:
                for _ in range(replays):
                    if deadline is not None and time.monotonic() > deadline:
                        break
                    done += 1
                    reproduced += reproduces(finding, checker)
            except KeyboardInterrupt:
                raise
            except Exception as exc:
                done -= 1
                self._crash(finding.case, exc, finding.property, checker, f"replaying {fid}")
        self.state.replay_s += time.monotonic() - began
        finding = replace(finding, count=self.state.counts.get(fid, finding.count), replays=done, reproduced=reproduced,
                          reproducible=(reproduced == done) if done else None,
                          flaky=finding.flaky or (done > 0 and reproduced < done))
        self.state.findings[fid] = finding
        self.store.append(finding)
        self.state.dirty.discard(fid)

    def _finish_deadline(self) -> float | None:
        """When `finish` stops replaying (monotonic clock), or None without a budget."""
        if self.config.budget_s is None:
            return None
        return self.state.started + self.config.budget_s + FINISH_GRACE_S

    def finish(self, replay: bool = True) -> None:
        """Replay every finding not yet confirmed (within the grace after the budget; not at all
        after an interrupt), write its final line; close the store.  A finding left unreplayed
        says so ("not replayed")."""
        deadline = self._finish_deadline()
        for fid, finding in list(self.state.findings.items()):
            counted = self.state.counts.get(fid, finding.count)
            if fid in self.state.dirty or not finding.replays or counted != finding.count:
                try:
                    if finding.replays or not replay or (deadline is not None and time.monotonic() > deadline):
                        # counted again, or out of time: the record is rewritten, not replayed
                        self.state.findings[fid] = replace(finding, count=counted)
                        self.store.append(self.state.findings[fid])
                        self.state.dirty.discard(fid)
                    else:
                        self._confirm(fid, deadline)
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
                if self.out_of_time() or not any(self._round_size(number, prop) for prop in PROPERTY_NAMES):
                    break
                if number % count != index - 1:
                    continue
                naive_turn = self._naive_turn(number)
                large_turn = self._large_turn(number)
                for prop, pairing_name in keys:
                    if self.out_of_time():
                        break
                    naive = isinstance(self.checkers[pairing_name], NaiveChecker)
                    if naive and not naive_turn:
                        continue
                    large = prop == LARGE_PROPERTY
                    if large and (naive or not large_turn):
                        continue
                    size = self._round_size(number, prop)
                    if size == 0:
                        continue
                    key = f"{prop}[{pairing_name}]"
                    # a naive-port pairing draws its mapped pairing's cases: the seed names that one
                    seed_material = f"{base_seed}:{prop}[{base_name(pairing_name)}]:{number}".encode()
                    round_seed = int.from_bytes(hashlib.sha256(seed_material).digest()[:8], "big")
                    began = time.monotonic()
                    try:
                        strategy = strategies[prop]
                        if self.checkers[pairing_name].compiled:  # configurations repeat: graphs are reused
                            strategy = strategy.map(self.checkers[pairing_name].draws)
                        self._round(prop, pairing_name, strategy, round_seed, size)
                    except (KeyboardInterrupt, SystemExit):
                        raise
                    except Exception as exc:  # the harness broke outside any one case: recorded, next round
                        self.checkers[pairing_name].drop()
                        self._crash(None, exc, key, self.checkers[pairing_name], f"searching round {number} of {key}")
                    finally:
                        if naive:
                            self.state.naive_s += time.monotonic() - began
                        if large:
                            self.state.large_s += time.monotonic() - began
        except KeyboardInterrupt:
            self.state.interrupted = True
        try:
            self.progress.update(self.state, self.config.budget_s, force=True)
            for checker in self.checkers.values():
                checker.drop()  # an interrupted example may have left cases in flight
            self.finish(replay=not self.state.interrupted)
        finally:
            for checker in self.checkers.values():
                checker.close()
        return self.state

    def summary(self) -> RunSummary:
        sides: dict[int, tuple[str, Any]] = {}
        for name, checker in self.checkers.items():  # a side shared by a naive-port pairing: counted once
            for side in (checker.left, checker.right):
                sides.setdefault(id(side), (name, side))
        workers = {f"{name}/{side.target}": stats for name, side in sides.values()
                   if (stats := side.stats()) is not None}
        return RunSummary.of(
            self.state.findings.values(),
            started_at=self.state.started_at,
            duration_s=round(self.elapsed(), 2),
            interrupted=self.state.interrupted,
            seed=self.base_seed,
            seed_given=self.config.seed is not None,
            budget_s=self.config.budget_s,
            max_examples=self.config.max_examples,
            shrink=self.config.shrink,
            examples=dict(self.state.examples),
            duplicates=dict(self.state.duplicates),
            versions=versions() | {k: v for c in self.checkers.values() for k, v in {**c.left.versions,
                                                                                   **c.right.versions}.items()},
            backends_used=tuple(sorted(self.checkers)),
            backends_skipped=tuple(self.state.skipped),
            shard=self.config.shard,
            isolated=self.config.isolate,
            workers=workers,
            restart_s=round(sum(w.restart_s for w in workers.values()), 2),
            shrinking=Shrinking(self.state.shrinks, self.state.shrinks_done, round(self.state.shrink_s, 2)),
            replay_s=round(self.state.replay_s, 2),
            harness_errors=self.state.harness_errors,
            unmappable=dict(sorted(self.state.unmappable.items())),
            compiles=dict(sorted(self.state.compiles.items())),
            mapping_rules=dict(sorted(self.state.rules.items())),
            known_differences_unmatched=tuple(e.id for e in self.known.stale()),
        )
