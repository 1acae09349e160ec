"""Run one case in torch, one MindSpore target and the reference, compare, and sort the violations.

This is the one place both front ends (`pytest fuzz/` and `python -m fuzz run`) go through, so a
violation means the same thing in both.  Known differences are applied here; what is left is new.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fuzz.adapters import adapter_for
from fuzz.case import Case
from fuzz.compare import CaseComparison, Kind, Violation, compare_case
from fuzz.known import KnownDifference, KnownDifferences
from fuzz.outcome import Outcome

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
    """Holds the adapters (frameworks imported once) and the known differences."""

    def __init__(self, target: str = "mindspore.nn", backend: str = "cpu", known: KnownDifferences | None = None,
                 left: str = TORCH) -> None:
        self.backend = backend
        self.left = adapter_for(left, backend)
        self.right = adapter_for(target, backend)
        self.reference = adapter_for("reference", backend)
        self.known = known if known is not None else KnownDifferences.load()

    @property
    def frameworks(self) -> tuple[str, str]:
        return (self.left.target, self.right.target)

    def check(self, case: Case) -> CheckResult:
        left = self.left.run(case)
        right = self.right.run(case)
        reference = self.reference.run(case)
        comparison = compare_case(case, left, right, reference)
        new, known = [], []
        for violation in comparison.violations:
            entry = self.known.classify(violation, case, self.backend)
            if entry is None:
                new.append(violation)
            else:
                known.append((violation, entry))
        return CheckResult(case, left, right, reference, comparison, tuple(new), tuple(known))
