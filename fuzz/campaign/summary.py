"""The run summary (`summary.json`): one frozen record, read by the runner, merge, report and renderers.

Every field is defined here once.  What can be counted from the findings (by kind, new, flaky) is
counted in `RunSummary.of` only, so a run, a merge of shards and a report rebuilt from
`findings.jsonl` alone can never disagree on it; JSON is made and read in `to_json`/`from_json`.
The naive-port pairings' tally (`mapping_rules`: per pairing without one mapping rule, what the
cases showed without it and not with it) is counted by `tally_rule`, merged by `merge_rules`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, Iterable

from fuzz.execution.backends import NAIVE_MARK, base_name
from fuzz.execution.check import CheckResult, confirmed_rule
from fuzz.execution.isolation import WorkerStats
from fuzz.model.finding import Finding
from fuzz.model.numbers import decode_float, encode_float
from fuzz.model.targets import mode_of
from fuzz.model.vocabulary import Status
from fuzz.oracle.comparison import Violation

SUMMARY_SCHEMA = 1


@dataclass(frozen=True)
class Shrinking:
    shrinks: int = 0  # attempted
    shrunk: int = 0  # ... that ended with a shrunk example
    seconds: float = 0.0


@dataclass(frozen=True)
class UnmappableCount:
    """Cases of one reason that a target cannot express faithfully, and what it did with the value
    passed as it is (a porter's first try; "" when it has no such form)."""

    count: int = 0
    as_is: str = ""


@dataclass(frozen=True)
class CompileTally:
    """A compiled target's compiles (fuzz/model/targets.py): the cases it ran, the graphs they
    compiled and the seconds of the calls that compiled them, and its whole time in those cases."""

    cases: int = 0
    compiles: int = 0
    compile_s: float = 0.0

    @property
    def per_case(self) -> float:
        return round(self.compiles / self.cases, 4) if self.cases else 0.0

    @property
    def seconds_per_case(self) -> float:
        return round(self.compile_s / self.cases, 4) if self.cases else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"cases": self.cases, "compiles": self.compiles, "compile_s": round(self.compile_s, 3),
                "compiles_per_case": self.per_case, "compile_s_per_case": self.seconds_per_case}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CompileTally:
        return cls(int(data.get("cases", 0)), int(data.get("compiles", 0)), float(data.get("compile_s", 0.0)))


def tally_compiles(tally: dict[str, CompileTally], result: CheckResult) -> None:
    """Add the compiles of a checked case's compiled sides to `tally` (per target)."""
    for outcome in (result.left, result.right):
        if mode_of(outcome.target).compiled:
            old = tally.get(outcome.target, CompileTally())
            tally[outcome.target] = CompileTally(old.cases + 1, old.compiles + outcome.compiles,
                                                 old.compile_s + outcome.compile_s)


def merge_compiles(parts: Iterable[dict[str, CompileTally]]) -> dict[str, CompileTally]:
    merged: dict[str, CompileTally] = {}
    for part in parts:
        for target, t in part.items():
            old = merged.get(target, CompileTally())
            merged[target] = CompileTally(old.cases + t.cases, old.compiles + t.compiles, old.compile_s + t.compile_s)
    return merged


@dataclass(frozen=True)
class RuleKindTally:
    """One kind of difference that switching a mapping rule off made: in how many cases, how large,
    and the finding that holds the smallest case met (its repro script is `repro/<finding>.py`)."""

    cases: int = 0  # cases that showed this kind without the rule and not with it
    also_with_rule: int = 0  # cases that showed it with the rule too: not counted for the rule
    max_ratio: float = 0.0  # the worst error / tolerance (1.0 for a kind without numbers)
    max_abs: float = 0.0  # the greatest absolute difference between the two frameworks
    finding: str = ""  # the exemplar finding's id


@dataclass(frozen=True)
class RuleTally:
    """A naive-port pairing: `pairing` (the mapped one) with `rule` switched off."""

    rule: str
    pairing: str
    cases: int = 0  # cases checked without the rule (each beside itself with the rule)
    differing: int = 0  # ... that showed a difference only without it
    unmappable: int = 0  # ... that had no faithful form without it either (nothing compared)
    kinds: dict[str, RuleKindTally] = field(default_factory=dict)
    not_applicable: str = ""  # why the pairing did not run (the rule changes nothing its target is given)


def pairing_of(key: str) -> str:
    """The pairing name of a property key `property[pairing]` (a finding's `property`), or ""."""
    return key[key.index("[") + 1:-1] if "[" in key and key.endswith("]") else ""


@dataclass(frozen=True)
class Changes:
    """Finding ids against a previous run (a finding not met is fixed only if its case shows it no more)."""

    new: tuple[str, ...] = ()
    fixed: tuple[str, ...] = ()
    persisting: tuple[str, ...] = ()


#: the fields of `Changes`, in report order
CHANGE_LABELS: tuple[str, ...] = tuple(f.name for f in fields(Changes))


@dataclass(frozen=True)
class RunSummary:
    started_at: str = ""
    duration_s: float | None = None  # None: unknown (rebuilt from findings alone)
    interrupted: bool = False
    seed: int | None = None  # the one used, drawn from the clock when --seed was not given
    seed_given: bool = True
    budget_s: float | None = None
    max_examples: int | None = None
    shrink: bool = True
    examples: dict[str, int] = field(default_factory=dict)  # per `property[pairing]`
    duplicates: dict[str, int] = field(default_factory=dict)  # drawn again under the same key, not checked twice
    versions: dict[str, str] = field(default_factory=dict)
    backends_used: tuple[str, ...] = ()
    backends_skipped: tuple[dict[str, str], ...] = ()  # {"pairing" or "backend", "reason"}
    shard: tuple[int, int] = (1, 1)
    merged_from: tuple[tuple[int, int], ...] = ()  # the shards a merged summary adds up
    isolated: bool = True
    workers: dict[str, WorkerStats] = field(default_factory=dict)  # "<pairing>/<target>" (merged: per shard)
    restart_s: float = 0.0
    shrinking: Shrinking = field(default_factory=Shrinking)
    replay_s: float = 0.0
    harness_errors: int = 0  # exceptions of the harness itself, each recorded as a crash finding
    unmappable: dict[str, UnmappableCount] = field(default_factory=dict)  # "<target>: <reason>" -> count
    mapping_rules: dict[str, RuleTally] = field(default_factory=dict)  # per naive-port pairing name
    compiles: dict[str, CompileTally] = field(default_factory=dict)  # per compiled target
    known_differences_unmatched: tuple[str, ...] = ()
    since_previous: Changes | None = None
    note: str = ""
    # counted from the findings, in `of` only
    findings_by_kind: dict[str, dict[str, int]] = field(default_factory=dict)
    findings_total: int = 0
    new_findings: tuple[str, ...] = ()
    flaky_findings: tuple[str, ...] = ()

    @classmethod
    def of(cls, findings: Iterable[Finding], **facts: Any) -> RunSummary:
        """The summary of a run (or of merged shards) that produced `findings`, with `facts` of the run."""
        findings = list(findings)
        by_kind: dict[str, dict[str, int]] = {}
        for finding in findings:
            counts = by_kind.setdefault(finding.kind.value, {status.value: 0 for status in Status})
            counts[finding.status.value] += 1
        return cls(**facts, findings_by_kind=by_kind, findings_total=len(findings),
                   new_findings=tuple(sorted(f.id for f in findings if f.is_new)),
                   flaky_findings=tuple(sorted(f.id for f in findings if f.flaky)))

    @classmethod
    def from_findings(cls, findings: list[Finding]) -> RunSummary:
        """What can be said of a run from its findings alone (a killed run wrote no summary)."""
        return cls.of(findings, interrupted=True, versions=findings[0].versions if findings else {},
                      backends_used=tuple(sorted({f.backend for f in findings})),
                      mapping_rules=rules_from_findings(findings),
                      note="rebuilt from findings.jsonl alone: the run wrote no summary")

    def with_previous(self, changes: Changes) -> RunSummary:
        return replace(self, since_previous=changes)

    @property
    def examples_total(self) -> int:
        return sum(self.examples.values())

    @property
    def examples_per_s(self) -> float:
        return round(self.examples_total / self.duration_s, 2) if self.duration_s else 0.0

    @property
    def restarts(self) -> int:
        return sum(w.restarts for w in self.workers.values())

    # ---------------------------------------------------------------- JSON, here only
    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        skipped = [dict(s) for s in data.pop("backends_skipped")]
        data.update(
            schema=SUMMARY_SCHEMA,
            backends={"used": list(data.pop("backends_used")), "skipped": skipped},
            shard=list(self.shard), merged_from=[list(s) for s in self.merged_from],
            workers={name: _plain(w) for name, w in self.workers.items()},
            shrinking=_plain(self.shrinking),
            unmappable={reason: _plain(u) for reason, u in self.unmappable.items()},
            mapping_rules={name: _rule_json(t) for name, t in self.mapping_rules.items()},
            compiles={target: t.to_json() for target, t in self.compiles.items()},
            since_previous=(None if self.since_previous is None
                            else {k: list(v) for k, v in _plain(self.since_previous).items()}),
            known_differences_unmatched=list(self.known_differences_unmatched),
            new_findings=list(self.new_findings), flaky_findings=list(self.flaky_findings),
            examples_total=self.examples_total, examples_per_s=self.examples_per_s,
        )
        if not self.merged_from:
            del data["merged_from"]
        if self.since_previous is None:
            del data["since_previous"]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RunSummary:
        """Read a summary.json (any field missing takes its default: older runs wrote fewer)."""
        data = dict(data)
        data.pop("schema", None)
        for derived in ("examples_total", "examples_per_s"):
            data.pop(derived, None)
        backends = data.pop("backends", None) or {}
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        kwargs["backends_used"] = tuple(backends.get("used", ()))
        kwargs["backends_skipped"] = tuple(dict(s) for s in backends.get("skipped", ()))
        if kwargs.get("shard"):
            kwargs["shard"] = tuple(kwargs["shard"])
        kwargs["merged_from"] = tuple(tuple(s) for s in kwargs.get("merged_from") or () if s)
        kwargs["workers"] = {name: WorkerStats(**{k: v for k, v in w.items() if k in _names(WorkerStats)})
                             for name, w in (kwargs.get("workers") or {}).items()}
        kwargs["unmappable"] = {reason: UnmappableCount(int(u.get("count", 0)), str(u.get("as_is", "")))
                                for reason, u in (kwargs.get("unmappable") or {}).items()}
        kwargs["mapping_rules"] = {name: _rule_from_json(t) for name, t in (kwargs.get("mapping_rules") or {}).items()}
        kwargs["compiles"] = {target: CompileTally.from_json(t) for target, t in (kwargs.get("compiles") or {}).items()}
        kwargs["shrinking"] = Shrinking(**{k: v for k, v in (kwargs.get("shrinking") or {}).items()
                                           if k in _names(Shrinking)})
        since = kwargs.get("since_previous")
        kwargs["since_previous"] = None if since is None else Changes(*(tuple(since.get(k, ())) for k in CHANGE_LABELS))
        for name in ("known_differences_unmatched", "new_findings", "flaky_findings"):
            kwargs[name] = tuple(kwargs.get(name) or ())
        kwargs["note"] = kwargs.get("note") or ""
        return cls(**kwargs)


def _names(cls: type) -> set[str]:
    return {f.name for f in fields(cls)}


def _plain(record: Any) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in fields(record)}


def _rule_json(tally: RuleTally) -> dict[str, Any]:
    data = _plain(tally)
    data["kinds"] = {kind: {k: encode_float(v) for k, v in _plain(t).items()} for kind, t in tally.kinds.items()}
    return data


def _rule_from_json(data: dict[str, Any]) -> RuleTally:
    kinds = {kind: RuleKindTally(**{k: decode_float(v) for k, v in t.items() if k in _names(RuleKindTally)})
             for kind, t in (data.get("kinds") or {}).items()}
    return RuleTally(**{k: v for k, v in data.items() if k in _names(RuleTally) and k != "kinds"}, kinds=kinds)


def merge(summaries: list[RunSummary], findings: list[Finding]) -> RunSummary:
    """The summary of several shards' runs: counts add up, the duration is the longest shard's, an
    entry is unmatched only if no shard matched it."""
    examples: dict[str, int] = {}
    duplicates: dict[str, int] = {}
    versions: dict[str, str] = {}
    for summary in summaries:
        for key, count in summary.examples.items():
            examples[key] = examples.get(key, 0) + count
        for key, count in summary.duplicates.items():
            duplicates[key] = duplicates.get(key, 0) + count
        versions.update(summary.versions)
    skipped = {tuple(sorted(s.items())): s for summary in summaries for s in summary.backends_skipped}
    stale = set.intersection(*(set(s.known_differences_unmatched) for s in summaries)) if summaries else set()
    return RunSummary.of(
        findings,
        started_at=min((s.started_at for s in summaries), default=""),
        duration_s=max((s.duration_s or 0.0 for s in summaries), default=0.0),
        interrupted=any(s.interrupted for s in summaries),
        seed=summaries[0].seed if summaries else None,
        seed_given=all(s.seed_given for s in summaries),
        budget_s=summaries[0].budget_s if summaries else None,
        max_examples=summaries[0].max_examples if summaries else None,
        shrink=all(s.shrink for s in summaries),
        examples=examples, duplicates=duplicates, versions=versions,
        backends_used=tuple(sorted({b for s in summaries for b in s.backends_used})),
        backends_skipped=tuple(skipped.values()),
        merged_from=tuple(s.shard for s in summaries),
        isolated=all(s.isolated for s in summaries),
        workers={f"shard {s.shard[0]}/{s.shard[1]}: {name}": w for s in summaries for name, w in s.workers.items()},
        restart_s=round(sum(s.restart_s for s in summaries), 2),
        shrinking=Shrinking(sum(s.shrinking.shrinks for s in summaries), sum(s.shrinking.shrunk for s in summaries),
                            round(sum(s.shrinking.seconds for s in summaries), 2)),
        replay_s=round(sum(s.replay_s for s in summaries), 2),
        harness_errors=sum(s.harness_errors for s in summaries),
        unmappable=merge_unmappable(s.unmappable for s in summaries),
        mapping_rules=merge_rules(s.mapping_rules for s in summaries),
        compiles=merge_compiles(s.compiles for s in summaries),
        known_differences_unmatched=tuple(sorted(stale)),
    )


def tally_unmappable(tally: dict[str, UnmappableCount], result: CheckResult) -> str | None:
    """Count `result` in `tally` if a side could not map its case (the first as-is word kept);
    returns the "<target>: <reason>" counted, or None.  The run and the fuzz targets both count so."""
    side = result.unmappable
    if side is None or side.error is None:
        return None
    reason = f"{side.target}: {side.error.message}"
    old = tally.get(reason, UnmappableCount())
    tally[reason] = UnmappableCount(old.count + 1, old.as_is or (side.as_is.describe() if side.as_is else ""))
    return reason


def merge_unmappable(parts: Iterable[dict[str, UnmappableCount]]) -> dict[str, UnmappableCount]:
    """Counts add up; what the target did as is, the first said."""
    merged: dict[str, UnmappableCount] = {}
    for part in parts:
        for reason, u in part.items():
            old = merged.get(reason, UnmappableCount())
            merged[reason] = UnmappableCount(old.count + u.count, old.as_is or u.as_is)
    return dict(sorted(merged.items()))


def _magnitude(violation: Violation) -> tuple[float, float]:
    """(worst error / tolerance, greatest absolute difference between the frameworks) of a violation."""
    comparisons = [c for c in (violation.pair, *violation.versus_reference) if c is not None]
    pair = violation.pair.max_abs if violation.pair is not None else max((c.max_abs for c in comparisons), default=0.0)
    return violation.ratio, pair


def _larger(a: float, b: float) -> float:
    """The larger of two magnitudes, NaN (no value to judge) losing to any number."""
    if math.isnan(a):
        return b
    return a if math.isnan(b) or a >= b else b


def tally_rule(tally: dict[str, RuleTally], pairing: str, result: CheckResult,
               findings: Mapping[str, str] | None = None) -> None:
    """Count a naive-port pairing's result in `tally[pairing]` (nothing for a mapped pairing's):
    one case, and per kind it showed only without the rule its magnitude and, from `findings`
    (kind -> finding id), the exemplar."""
    naive = result.naive
    if naive is None:
        return
    old = tally.get(pairing) or RuleTally(naive.rule, base_name(pairing))
    kinds = dict(old.kinds)
    confirmed = {v.kind.value for v in naive.confirmed}
    for kind in confirmed:
        was = kinds.get(kind, RuleKindTally())
        ratio, max_abs = was.max_ratio, was.max_abs
        for violation in (v for v in naive.confirmed if v.kind.value == kind):
            violation_ratio, violation_abs = _magnitude(violation)
            ratio, max_abs = _larger(ratio, violation_ratio), _larger(max_abs, violation_abs)
        kinds[kind] = replace(was, cases=was.cases + 1, max_ratio=ratio, max_abs=max_abs,
                              finding=was.finding or (findings or {}).get(kind, ""))
    for kind in {v.kind.value for v in naive.also_with_rule} - confirmed:
        was = kinds.get(kind, RuleKindTally())
        kinds[kind] = replace(was, also_with_rule=was.also_with_rule + 1)
    tally[pairing] = replace(old, cases=old.cases + 1, differing=old.differing + bool(confirmed),
                             unmappable=old.unmappable + (result.unmappable is not None), kinds=kinds)


def merge_rules(parts: Iterable[dict[str, RuleTally]]) -> dict[str, RuleTally]:
    """Shards' tallies: counts add up, magnitudes take the largest, the first exemplar is kept, a
    pairing is not applicable only where every shard said so."""
    merged: dict[str, RuleTally] = {}
    for part in parts:
        for name, tally in part.items():
            old = merged.get(name)
            if old is None:
                merged[name] = tally
                continue
            kinds = dict(old.kinds)
            for kind, t in tally.kinds.items():
                was = kinds.get(kind)
                kinds[kind] = t if was is None else RuleKindTally(
                    was.cases + t.cases, was.also_with_rule + t.also_with_rule, _larger(was.max_ratio, t.max_ratio),
                    _larger(was.max_abs, t.max_abs), was.finding or t.finding)
            merged[name] = RuleTally(old.rule, old.pairing, old.cases + tally.cases, old.differing + tally.differing,
                                     old.unmappable + tally.unmappable, kinds,
                                     old.not_applicable if old.not_applicable and tally.not_applicable else "")
    return dict(sorted(merged.items()))


def rules_from_findings(findings: Iterable[Finding]) -> dict[str, RuleTally]:
    """What the findings alone say of the naive-port pairings (a killed run wrote no summary): per
    kind the meetings, the magnitude and the finding; the cases checked are not known (0)."""
    tally: dict[str, RuleTally] = {}
    for finding in findings:
        rule, pairing = confirmed_rule(finding.known_id), pairing_of(finding.property)
        if rule is None or NAIVE_MARK not in pairing:
            continue
        old = tally.get(pairing) or RuleTally(rule, base_name(pairing))
        kinds = dict(old.kinds)
        kinds[finding.kind.value] = RuleKindTally(finding.count, 0, finding.ratio, finding.max_abs_error, finding.id)
        tally[pairing] = replace(old, kinds=kinds)
    return dict(sorted(tally.items()))


def compare_with_previous(current: list[Finding], previous: list[Finding],
                          still_reproduces: Any = None) -> Changes:
    """new / fixed / persisting ids against a previous run.

    A previous finding this run did not meet is 'fixed' only if `still_reproduces(finding)` says its
    stored case no longer shows it; otherwise it is 'persisting' (not met is not fixed).
    """
    now = {f.id for f in current}
    before = {f.id: f for f in previous}
    fixed, persisting = [], sorted(now & set(before))
    for fid, finding in before.items():
        if fid in now:
            continue
        if still_reproduces is not None and still_reproduces(finding):
            persisting.append(fid)
        else:
            fixed.append(fid)
    return Changes(tuple(sorted(now - set(before))), tuple(sorted(fixed)), tuple(sorted(persisting)))
