"""Run one case in torch, one MindSpore target and the reference, compare, and sort the violations.

This is the one place both front ends (`pytest fuzz/` and `python -m fuzz run`) go through, so a
violation means the same thing in both.  Known differences are applied here; what is left is new.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from fuzz.execution.adapters import adapter_for
from fuzz.execution.backends import Pairing
from fuzz.model.case import Case
from fuzz.oracle.compare import CaseComparison, Kind, Violation, compare_case
from fuzz.oracle.known import KnownDifference, KnownDifferences
from fuzz.model.outcome import Outcome
from fuzz.oracle.tolerance import case_tolerances
from fuzz.execution.isolation import WorkerAdapter, WorkerLimits

TORCH = "torch.nn"
MINDSPORE_TARGETS = ("mindspore.nn", "mindspore.mint")


@dataclass(frozen=True)
class CheckResult:
    case: Case
    left: Outcome
    right: Outcome
    reference: Outcome
    comparison: CaseComparison
    new: tuple[Violation, ...] = ()
    known: tuple[tuple[Violation, KnownDifference], ...] = field(default=())

    def new_of(self, kind: Kind) -> tuple[Violation, ...]:
        return tuple(v for v in self.new if v.kind is kind)

    @property
    def worst_ratio(self) -> float:
        """The largest error/tolerance ratio of any framework-vs-reference comparison (for targeting)."""
        ratios = [c.ratio for c in self.comparison.comparisons if c.expected == "reference" and c.ratio < float("inf")]
        return max(ratios, default=0.0)


class Checker:
    """Holds the adapters (frameworks imported once) and the known differences.

    The right side is `target` on `backend`; the left side is `left` on `left_backend` (torch on
    the same backend by default).  With `isolate`, both frameworks run in worker processes
    (fuzz/execution/isolation.py), so a crash or hang becomes a finding instead of the end of the run.
    """

    def __init__(self, target: str = "mindspore.nn", backend: str = "cpu", known: KnownDifferences | None = None,
                 left: str = TORCH, left_backend: str | None = None, isolate: bool = False,
                 limits: WorkerLimits | None = None) -> None:
        left_backend = left_backend or backend
        self.backend = backend if left_backend == backend else f"{left_backend}~{backend}"
        self.isolated = isolate
        self._started: deque[tuple[Case, int, int]] = deque()  # started in the workers (with tags), not finished
        if isolate:
            limits = limits or WorkerLimits()
            self.left = WorkerAdapter(left, left_backend, limits)
            self.right = WorkerAdapter(target, backend, limits)
        else:
            self.left = adapter_for(left, left_backend)
            self.right = adapter_for(target, backend)
        self.reference = adapter_for("reference", backend)
        self.known = known if known is not None else KnownDifferences.load()
        differ = left_backend != backend or left == target
        self.names = (f"{left}@{left_backend}", f"{target}@{backend}") if differ else (left, target)

    @classmethod
    def for_pairing(cls, pairing: Pairing, known: KnownDifferences | None = None, isolate: bool = False,
                    limits: WorkerLimits | None = None) -> Checker:
        return cls(pairing.right.target, pairing.right.backend, known, left=pairing.left.target,
                   left_backend=pairing.left.backend, isolate=isolate, limits=limits)

    @property
    def frameworks(self) -> tuple[str, str]:
        return self.names

    def check(self, case: Case) -> CheckResult:
        self.start(case)
        return self.finish(case)

    def start(self, case: Case) -> None:
        """Hand `case` to the isolated workers, which compute it while this process goes on.

        Cases may be started ahead (the run keeps one in flight while it judges the last one);
        `finish` must then be called in the same order.  In process, the work happens in `finish`.
        """
        if self.isolated:
            self._started.append((case, self.left.submit(case), self.right.submit(case)))

    def finish(self, case: Case) -> CheckResult:
        """The float64 reference and tolerances here, the frameworks' outcomes, the comparison."""
        if self.isolated:
            if not self._started or self._started[0][0] is not case:
                raise RuntimeError("Checker.finish: cases must be finished in the order they were started")
            _, left_tag, right_tag = self._started.popleft()
            failure: Exception | None = None
            try:  # computed while the workers compute
                reference = self.reference.run(case)
                tolerances = case_tolerances(case, reference.steps, self.backend)
            except Exception as exc:
                failure = exc
            # always, and by tag: the next case's outcome is behind this one's
            left, right = self.left.collect(left_tag), self.right.collect(right_tag)
            if failure is not None:
                raise failure
        else:
            reference = self.reference.run(case)
            tolerances = case_tolerances(case, reference.steps, self.backend)
            left, right = self.left.run(case), self.right.run(case)
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
        for side in (self.left, self.right):
            if hasattr(side, "drop"):
                side.drop()

    def close(self) -> None:
        """Stop the workers; cases started and not finished are dropped."""
        self._started.clear()
        for side in (self.left, self.right):
            if hasattr(side, "close"):
                side.close()
