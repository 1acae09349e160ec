"""Run one case in torch, one MindSpore target and the reference, compare, and sort the violations.

This is the one place both front ends (`pytest fuzz/` and `python -m fuzz run`) go through, so a
violation means the same thing in both.  Known differences are applied here; what is left is new.

A case with a metamorphic relation (`Case.relation`) is also run, on each side, as the relation's
follow-up cases (fuzz/oracle/metamorphic.py), and each side is compared with itself: a side that
breaks the relation is a `metamorphic` violation blamed on it; where the known differences already
explain that side's difference from the reference in the same quantity of the same case, the
violation is known by the same entry (the relation sees that difference again).  The differential comparison of the
case itself is the same as without a relation.

A naive-port pairing (`NaiveChecker`) runs each case without one mapping rule, as a port that never
read the mapping would: what differs only without the rule confirms the rule (matched to its entry
`mapping-rule:<rule>`, never new), and the same case with the rule is checked beside it.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from fuzz.execution.adapters import TORCH, adapter_for
from fuzz.execution.backends import Pairing
from fuzz.execution.inprocess import CaseRunner, InProcess
from fuzz.execution.isolation import WorkerAdapter, WorkerLimits
from fuzz.model.buckets import bucketed
from fuzz.model.case import MAPPING_RULES, Case, InputSpec, Mode, Step
from fuzz.model.mapping import (
    PLANNERS,
    RULES,
    SEED_DOC,
    Convention,
    ModulePlan,
    Unmappable,
)
from fuzz.model.outcome import Outcome
from fuzz.model.targets import api_of, mode_of
from fuzz.model.vocabulary import QUANTITY_KIND, Kind, Quantity, Verdict
from fuzz.oracle.compare import compare_case
from fuzz.oracle.comparison import CaseComparison, Violation
from fuzz.oracle.known import KnownDifference, KnownDifferences
from fuzz.oracle.metamorphic import RelationResult, check_relation, follow_ups
from fuzz.oracle.reference import ReferenceAdapter
from fuzz.oracle.tolerance import Tolerance, case_tolerances

#: the id of the entry a naive-port pairing's differences are matched to: `mapping-rule:<rule>`
RULE_ENTRY_PREFIX = "mapping-rule:"


def rule_entry(rule: str) -> KnownDifference:
    """The known-difference-like entry of one mapping rule: a difference seen only without the rule
    is what the rule is for, so it is reported as confirming the rule, never as new."""
    stated = RULES.get(rule)
    statement = stated.statement if stated else rule
    return KnownDifference(
        id=f"{RULE_ENTRY_PREFIX}{rule}", kinds=tuple(kind.value for kind in Kind),
        when={"rules_off": {"contains": rule}},
        reason=f"confirms the mapping rule '{rule}' ({statement}): the case ran without it, as a port that "
               "never read the mapping would, and differs only then",
        source=stated.source if stated else SEED_DOC, classification="mapping-rule")


def confirmed_rule(known_id: str | None) -> str | None:
    """The mapping rule a finding confirms (its known id is `mapping-rule:<rule>`), or None."""
    if known_id and known_id.startswith(RULE_ENTRY_PREFIX):
        return known_id[len(RULE_ENTRY_PREFIX):]
    return None


@dataclass(frozen=True)
class RuleOff:
    """What one case showed without one mapping rule, beside the same case with it."""

    rule: str
    confirmed: tuple[Violation, ...] = ()  # kinds shown only without the rule: what the rule is for
    # kinds shown with the rule too (or where the case with it crashed or hung): the mapped pairing's
    # to report, not counted for the rule
    also_with_rule: tuple[Violation, ...] = ()


@dataclass(frozen=True)
class CheckResult:
    case: Case
    left: Outcome
    right: Outcome
    reference: Outcome
    comparison: CaseComparison
    new: tuple[Violation, ...] = ()
    known: tuple[tuple[Violation, KnownDifference], ...] = field(default=())
    naive: RuleOff | None = None  # a naive-port pairing's result: the rule its case ran without
    # the case's metamorphic relation, checked on each side against itself (None: the case has none)
    relation: RelationResult | None = None

    @property
    def unmappable(self) -> Outcome | None:
        """The side's outcome that says the case has no faithful mapping to it (None: both mapped)."""
        return next((o for o in (self.right, self.left) if o.unmappable), None)

    def new_of(self, kind: Kind) -> tuple[Violation, ...]:
        return tuple(v for v in self.new if v.kind is kind)

    @property
    def worst_ratio(self) -> float:
        """The largest error/tolerance ratio of any framework-vs-reference comparison (for targeting)."""
        ratios = [c.ratio for c in self.comparison.comparisons if c.expected == "reference" and c.ratio < float("inf")]
        return max(ratios, default=0.0)


def side(target: str, backend: str, isolate: bool, limits: WorkerLimits | None = None) -> CaseRunner:
    """One side of a pair: the adapter of `target` on `backend`, in an isolated worker (a crash or
    hang becomes a finding, fuzz/execution/isolation.py) or in this process."""
    if isolate:
        return WorkerAdapter(target, backend, limits or WorkerLimits())
    return InProcess(adapter_for(target, backend))


class Checker:
    """Runs each case through two sides and the float64 reference, compares, applies the known
    differences.  The sides are `CaseRunner`s: the checker does not know whether they are isolated.

    `names` are how findings call the two sides; `backend` is the pair's backend (`cpu`, or
    `gpu~cpu` style when the sides run on different ones).
    """

    def __init__(self, left: CaseRunner, right: CaseRunner, reference: ReferenceAdapter | None = None,
                 known: KnownDifferences | None = None) -> None:
        self.left, self.right = left, right
        self.backend = right.backend if left.backend == right.backend else f"{left.backend}~{right.backend}"
        self.reference = reference or ReferenceAdapter(right.backend)
        self.known = known if known is not None else KnownDifferences.load()
        #: a side runs a compiled mode: its cases are drawn bucketed (fuzz/model/buckets.py)
        self.compiled = mode_of(left.target).compiled or mode_of(right.target).compiled
        differ = left.backend != right.backend or left.target == right.target
        self.names = ((f"{left.target}@{left.backend}", f"{right.target}@{right.backend}") if differ
                      else (left.target, right.target))
        # started (with each side's tag, in the order submitted), not finished
        self._started: deque[tuple[Case, tuple[tuple[CaseRunner, int], ...]]] = deque()

    @classmethod
    def of(cls, target: str = "mindspore.nn", backend: str = "cpu", known: KnownDifferences | None = None,
           left: str = TORCH, left_backend: str | None = None, isolate: bool = False,
           limits: WorkerLimits | None = None) -> Checker:
        """`left` on `left_backend` (default: the same backend) against `target` on `backend`."""
        return cls(side(left, left_backend or backend, isolate, limits), side(target, backend, isolate, limits),
                   known=known)

    @classmethod
    def for_pairing(cls, pairing: Pairing, known: KnownDifferences | None = None, isolate: bool = False,
                    limits: WorkerLimits | None = None) -> Checker:
        """The checker of `pairing`; a naive-port one (`pairing.naive`) gets sides of its own."""
        checker = cls.of(pairing.right.target, pairing.right.backend, known, left=pairing.left.target,
                         left_backend=pairing.left.backend, isolate=isolate, limits=limits)
        return NaiveChecker(checker, pairing.naive) if pairing.naive else checker

    def check(self, case: Case) -> CheckResult:
        self.start(case)
        return self.finish(case)

    def draws(self, case: Case) -> Case:
        """The case this checker's properties check for a drawn `case`: bucketed where a side is compiled."""
        return bucketed(case) if self.compiled else case

    def start(self, case: Case) -> None:
        """Hand `case` to both sides, which (when isolated) compute it while this process goes on.

        Cases may be started ahead (the run keeps some in flight while it judges the last one);
        `finish` must then be called in the same order.
        """
        # a relation's follow-ups go to each side right behind the case: per side, in the order
        # `_collect` takes them back
        runs = (case,) + follow_ups(case)
        self._started.append((case, tuple((runner, runner.submit(run)) for run in runs
                                          for runner in (self.left, self.right))))

    def _collect(self, case: Case, judged: Case, extra: tuple[Case, ...] = (),
                 ) -> tuple[Outcome, list[dict[Quantity, Tolerance]], list[Outcome],
                            list[tuple[Outcome, list[dict[Quantity, Tolerance]]]]]:
        """The float64 reference and tolerances of `judged` (and of the `extra` cases: a relation's
        follow-ups) here, then the outcomes `start` asked for when it was given `case`, by tag."""
        if not self._started or self._started[0][0] is not case:
            raise RuntimeError("Checker.finish: cases must be finished in the order they were started")
        _, tags = self._started.popleft()
        failure: Exception | None = None
        extra_references: list[tuple[Outcome, list[dict[Quantity, Tolerance]]]] = []
        reference, tolerances = Outcome("reference", self.backend, ""), []
        try:  # computed while isolated sides compute
            reference = self.reference.run(judged)
            tolerances = case_tolerances(judged, reference.steps, self.backend)
            for follow_up in extra:
                extra_reference = self.reference.run(follow_up)
                extra_references.append((extra_reference,
                                         case_tolerances(follow_up, extra_reference.steps, self.backend)))
        except Exception as exc:
            failure = exc
        # always, and by tag: the next case's outcome is behind this one's
        outcomes = [runner.collect(tag) for runner, tag in tags]
        if failure is not None:
            raise failure
        return reference, tolerances, outcomes, extra_references

    def finish(self, case: Case) -> CheckResult:
        """The float64 reference and tolerances here, the sides' outcomes, the comparison; for a case
        with a relation, each side's follow-ups against its own outcome of the case."""
        extra = follow_ups(case)
        reference, tolerances, outcomes, extra_references = self._collect(case, case, extra)
        left, right = outcomes[0], outcomes[1]
        comparison = compare_case(case, left, right, reference, self.names, self.backend, tolerances)
        new: list[Violation] = []
        known: list[tuple[Violation, KnownDifference]] = []
        first = min((v.step for v in comparison.violations if v.step is not None), default=None)
        for violation in comparison.violations:
            entry = self.known.classify(violation, case, self.backend, reference, first)
            if entry is None:
                new.append(violation)
            else:
                known.append((violation, entry))
        new, known = attribute_consequences(case, new, known)
        relation = None
        if case.relation is not None:
            relation = check_relation(case, (outcomes[0::2], outcomes[1::2]),
                                      (reference, *(r for r, _ in extra_references)),
                                      (tolerances, *(t for _, t in extra_references)), self.names)
            # a side the known differences already blame, in this case's own differential comparison,
            # for the quantity it breaks the relation in: the same known difference, seen again
            explained = {(v.verdict, v.kind): entry for v, entry in known}
            for violation in relation.violations:
                same = (explained.get((violation.verdict, QUANTITY_KIND[violation.pair.quantity]))
                        if violation.pair is not None else None)
                entry = same or self.known.classify(violation, case, self.backend, reference, first)
                if entry is None:
                    new.append(violation)
                else:
                    known.append((violation, entry))
        return CheckResult(case, left, right, reference, comparison, tuple(new), tuple(known), relation=relation)

    def drop(self) -> None:
        """Forget the cases started and not finished (an abandoned pipeline): their results, when
        they come, carry tags of no case in flight and are never given to another case."""
        self._started.clear()
        self.left.drop()
        self.right.drop()

    def close(self) -> None:
        """Stop the workers; cases started and not finished are dropped."""
        self._started.clear()
        self.left.close()
        self.right.close()


class NaiveChecker(Checker):
    """A naive-port pairing: every case runs on the MindSpore side without `rule` (the case's
    `rules_off` gains it, so its record replays alone) and, on the same side, with it; torch and
    the reference run it once.  A kind of difference the case shows only without the rule confirms
    the rule: matched to `rule_entry(rule)`, never new.  A kind it shows with the rule too is the
    mapped pairing's to report and is left out here (`RuleOff.also_with_rule`).

    It shares the sides (the workers) of the mapped pairing's checker `base`: a checker finishes
    every case it starts before another checker starts one, as the run's rounds and pytest do.
    """

    def __init__(self, base: Checker, rule: str) -> None:
        if rule not in MAPPING_RULES:
            raise ValueError(f"a naive-port pairing switches off one of {', '.join(MAPPING_RULES)}, not {rule!r}")
        super().__init__(base.left, base.right, base.reference, base.known)
        self.rule = rule
        self.entry = rule_entry(rule)

    def without_rule(self, case: Case) -> Case:
        return case if self.rule in case.rules_off else case.with_(rules_off=case.rules_off | {self.rule})

    def with_rule(self, case: Case) -> Case:
        return case.with_(rules_off=case.rules_off - {self.rule}) if self.rule in case.rules_off else case

    def start(self, case: Case) -> None:
        naive, mapped = self.without_rule(case), self.with_rule(case)
        self._started.append((case, ((self.left, self.left.submit(naive)), (self.right, self.right.submit(naive)),
                                     (self.right, self.right.submit(mapped)))))

    def finish(self, case: Case) -> CheckResult:
        naive = self.without_rule(case)
        reference, tolerances, (left, right, right_with_rule), _ = self._collect(case, naive)
        comparison = compare_case(naive, left, right, reference, self.names, self.backend, tolerances)
        with_rule = compare_case(self.with_rule(case), left, right_with_rule, reference, self.names, self.backend,
                                 tolerances)
        shown = {violation.kind for violation in with_rule.violations}
        inconclusive = any(kind.is_fault for kind in shown)  # the case with the rule showed nothing to set beside
        confirmed = tuple(v for v in comparison.violations if v.kind not in shown and not inconclusive)
        also = tuple(v for v in comparison.violations if v.kind in shown or inconclusive)
        return CheckResult(naive, left, right, reference, comparison, (), tuple((v, self.entry) for v in confirmed),
                           RuleOff(self.rule, confirmed, also))


#: cases each mapping rule has something to do in: a training and an evaluation step with initial
#: parameters and statistics given, with and without tracked statistics
RULE_PROBES: tuple[Case, ...] = tuple(
    Case(shape=(4, 3), momentum=0.25, weight=(0.5, 1.0, 2.0), bias=(0.0, 0.5, -1.0), track_running_stats=tracked,
         running_mean=(0.1, 0.2, 0.3) if tracked else None, running_var=(1.0, 2.0, 3.0) if tracked else None,
         steps=(Step(Mode.TRAIN, InputSpec(seed=1)), Step(Mode.EVAL, InputSpec(seed=2))))
    for tracked in (True, False)
)


def _plan_text(plan: ModulePlan | Unmappable) -> str:
    """What a target is given, as text: constructor arguments, initial values and calls (not the
    names of the rules applied)."""
    if isinstance(plan, Unmappable):
        return f"unmappable: {plan.reason}"
    given = [plan.kwargs, plan.constructor_init, plan.assigned_init, plan.checkpoint_init, list(plan.train_flags)]

    def plain(value: Any) -> Any:
        return value.tolist() if hasattr(value, "tolist") else repr(value)

    return json.dumps(given, sort_keys=True, default=plain)


def rule_changes_nothing(target: str, convention: str, rule: str) -> str | None:
    """Why switching `rule` off cannot change what `target` is given under its signature
    `convention` (its arguments and calls are the same for every probe case); None when it does
    change them, or when the target's mapping is not known here."""
    planner = PLANNERS.get(api_of(target)) if api_of(target) != "torch.nn" else None
    if planner is None or convention not in {c.value for c in Convention}:
        return None
    signature = Convention(convention)
    for probe in RULE_PROBES:
        if _plan_text(planner(probe, signature)) != _plan_text(planner(probe.with_(rules_off=frozenset({rule})),
                                                                       signature)):
            return None
    return (f"{target} ({convention} signature) is given the same arguments and calls with '{rule}' switched off: "
            "the rule has nothing to change there")


def naive_pairings(pairing: Pairing, base: Checker,
                   rules: Iterable[str] = MAPPING_RULES) -> tuple[list[Pairing], list[dict[str, str]]]:
    """The naive-port pairings of a torch-vs-MindSpore `pairing` (one per rule), and those left out
    with the reason (the rule changes nothing its target is given).  `base`, the pairing's checker,
    runs one plain case to learn the signature its MindSpore class has here.  Other pairings (one
    framework across devices) have no mapping to switch off: none."""
    if pairing.naive or pairing.left.framework != "torch" or pairing.right.framework != "mindspore":
        return [], []
    convention = base.right.run(Case(shape=(4, 3))).convention
    usable, skipped = [], []
    for rule in rules:
        why = rule_changes_nothing(pairing.right.target, convention, rule)
        if why is None:
            usable.append(pairing.without(rule))
        else:
            skipped.append({"pairing": pairing.without(rule).name, "reason": why})
    return usable, skipped


#: the quantities a step leaves behind in the module: a difference in them lives on into later steps
CARRIED = frozenset({Quantity.RUNNING_MEAN, Quantity.RUNNING_VAR})


def _carried(violation: Violation) -> bool:
    """The violation is in the running statistics (as values, or as NaN/Inf in them)."""
    return violation.pair is not None and violation.pair.quantity in CARRIED


def attribute_consequences(case: Case, new: list[Violation], known: list[tuple[Violation, KnownDifference]]
                           ) -> tuple[list[Violation], list[tuple[Violation, KnownDifference]]]:
    """New violations that a known difference in an earlier step's running statistics explains, moved
    to known under that entry: a later step that reads the statistics (an eval step normalising with
    them, or a training step updating them) inherits what went wrong, on the side that difference
    blamed or on neither side.  Anything else stays new: a difference of its own in a later step, one
    blamed on the other side, one in a step that never reads the statistics."""
    causes = sorted(((v.step, v, e) for v, e in known if v.step is not None and _carried(v)), key=lambda c: c[0])
    if not causes:
        return new, known
    still_new: list[Violation] = []
    for violation in new:
        step = violation.step
        reads = step is not None and step < len(case.steps) and (
            _carried(violation) or (case.track_running_stats and not case.training_steps[step]))
        cause = next(((s, v, e) for s, v, e in causes if step is not None and s < step
                      and violation.verdict in (v.verdict, Verdict.PAIR_ONLY, Verdict.ILL_CONDITIONED)), None)
        if not reads or cause is None or violation.kind in (Kind.ERROR_PARITY, Kind.ERROR_CLASS, Kind.STATE):
            still_new.append(violation)
            continue
        cause_step, cause_violation, entry = cause
        known.append((violation, replace(entry, reason=f"A consequence of step {cause_step}'s "
                                         f"{cause_violation.kind.value} difference ({entry.id}): this step reads "
                                         f"the running statistics that step left behind. {entry.reason}")))
    return still_new, known


def checkers_for(pairings: Sequence[Pairing], known: KnownDifferences | None = None, isolate: bool = False,
                 limits: WorkerLimits | None = None,
                 naive_port: bool = False) -> tuple[dict[str, Checker], list[dict[str, str]]]:
    """The checkers of `pairings` by name, and with `naive_port` one naive-port pairing per mapping
    rule of each torch-vs-MindSpore pairing; pairings left out, with the reason.  A naive-port
    pairing shares the workers of its mapped pairing (one framework import per side, not per rule)."""
    bases: dict[str, Checker] = {}
    checkers: dict[str, Checker] = {}
    skipped: list[dict[str, str]] = []

    def base_of(pairing: Pairing) -> Checker:
        if pairing.base.name not in bases:
            bases[pairing.base.name] = Checker.for_pairing(pairing.base, known, isolate=isolate, limits=limits)
        return bases[pairing.base.name]

    for pairing in pairings:
        base = base_of(pairing)
        checkers[pairing.name] = NaiveChecker(base, pairing.naive) if pairing.naive else base
    if naive_port:
        for pairing in [p for p in pairings if not p.naive]:
            usable, left_out = naive_pairings(pairing, base_of(pairing))
            checkers.update({p.name: NaiveChecker(base_of(p), p.naive) for p in usable
                             if p.naive and p.name not in checkers})
            skipped += left_out
    return checkers, skipped
