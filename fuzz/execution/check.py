"""Run one case in torch, one MindSpore target and the reference, compare, and sort the violations.

This is the one place both front ends (`pytest fuzz/` and `python -m fuzz run`) go through, so a
violation means the same thing in both.  Known differences are applied here; what is left is new.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from fuzz.execution.adapters import TORCH, adapter_for
from fuzz.execution.backends import Pairing
from fuzz.execution.inprocess import CaseRunner, InProcess
from fuzz.execution.isolation import WorkerAdapter, WorkerLimits
from fuzz.model.case import Case
from fuzz.model.outcome import Outcome
from fuzz.model.vocabulary import Kind
from fuzz.oracle.compare import compare_case
from fuzz.oracle.comparison import CaseComparison, Violation
from fuzz.oracle.known import KnownDifference, KnownDifferences
from fuzz.oracle.reference import ReferenceAdapter
from fuzz.oracle.tolerance import case_tolerances


@dataclass(frozen=True)
class CheckResult:
    case: Case
    left: Outcome
    right: Outcome
    reference: Outcome
    comparison: CaseComparison
    new: tuple[Violation, ...] = ()
    known: tuple[tuple[Violation, KnownDifference], ...] = field(default=())

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
        differ = left.backend != right.backend or left.target == right.target
        self.names = ((f"{left.target}@{left.backend}", f"{right.target}@{right.backend}") if differ
                      else (left.target, right.target))
        self._started: deque[tuple[Case, int, int]] = deque()  # started (with the sides' tags), not finished

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
        return cls.of(pairing.right.target, pairing.right.backend, known, left=pairing.left.target,
                      left_backend=pairing.left.backend, isolate=isolate, limits=limits)

    def check(self, case: Case) -> CheckResult:
        self.start(case)
        return self.finish(case)

    def start(self, case: Case) -> None:
        """Hand `case` to both sides, which (when isolated) compute it while this process goes on.

        Cases may be started ahead (the run keeps some in flight while it judges the last one);
        `finish` must then be called in the same order.
        """
        self._started.append((case, self.left.submit(case), self.right.submit(case)))

    def finish(self, case: Case) -> CheckResult:
        """The float64 reference and tolerances here, the sides' outcomes, the comparison."""
        if not self._started or self._started[0][0] is not case:
            raise RuntimeError("Checker.finish: cases must be finished in the order they were started")
        _, left_tag, right_tag = self._started.popleft()
        failure: Exception | None = None
        try:  # computed while isolated sides compute
            reference = self.reference.run(case)
            tolerances = case_tolerances(case, reference.steps, self.backend)
        except Exception as exc:
            failure = exc
        # always, and by tag: the next case's outcome is behind this one's
        left, right = self.left.collect(left_tag), self.right.collect(right_tag)
        if failure is not None:
            raise failure
        comparison = compare_case(case, left, right, reference, self.names, self.backend, tolerances)
        new, known = [], []
        for violation in comparison.violations:
            entry = self.known.classify(violation, case, self.backend)
            if entry is None:
                new.append(violation)
            else:
                known.append((violation, entry))
        return CheckResult(case, left, right, reference, comparison, tuple(new), tuple(known))

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
