"""The comparison's records: one array against another, a violation worth a finding, one case's results.

Kept apart from the comparing code (fuzz/oracle/compare.py) so that the verdict, the known
differences and the renderers read them without importing the comparator.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fuzz.model.outcome import ErrorInfo
from fuzz.model.precision import PrecisionEvidence
from fuzz.model.state import StateDifference
from fuzz.model.vocabulary import Kind, Quantity, Verdict
from fuzz.oracle.tolerance import Tolerance


@dataclass(frozen=True)
class Comparison:
    """How far `actual` is from `expected` for one quantity of one step, against `tolerance`."""

    quantity: Quantity
    step: int
    actual: str  # target name
    expected: str  # target name (the reference, or the other framework)
    total: int
    mismatched: int
    max_abs: float
    max_abs_at: tuple[int, ...]
    max_rel: float
    max_rel_at: tuple[int, ...]
    ratio: float  # worst |a - e| / allowed: > 1 means out of tolerance
    ratio_at: tuple[int, ...]
    tolerance: Tolerance
    nonfinite_mismatched: int = 0
    shape_note: str | None = None
    # (actual, expected) at `ratio_at`: a metamorphic finding's evidence, where no outcome holds them
    values_at_ratio: tuple[float, float] | None = None

    @property
    def ok(self) -> bool:
        return self.mismatched == 0 and self.nonfinite_mismatched == 0 and self.shape_note is None


@dataclass(frozen=True)
class Violation:
    """One disagreement worth a finding: what kind, where, between whom, and the evidence."""

    kind: Kind
    step: int | None
    frameworks: tuple[str, str]
    pair: Comparison | None = None  # framework vs framework
    versus_reference: tuple[Comparison | None, Comparison | None] = (None, None)  # each framework vs reference
    verdict: Verdict = Verdict.NOT_JUDGED
    errors: tuple[ErrorInfo | None, ErrorInfo | None] = (None, None)
    state: StateDifference | None = None  # a state finding: the entry, how it departs, both values
    precision: PrecisionEvidence | None = None  # a precision finding: both sides' error measures, the ratio

    @property
    def ratio(self) -> float:
        """The worst error/tolerance ratio of the evidence (1.0 for error parity)."""
        ratios = [c.ratio for c in (self.pair, *self.versus_reference) if c is not None]
        return max(ratios, default=1.0)


@dataclass(frozen=True)
class CaseComparison:
    """Everything comparing one case produced: all comparisons, and the violations among them."""

    comparisons: tuple[Comparison, ...] = ()
    violations: tuple[Violation, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def of_kind(self, kind: Kind) -> tuple[Violation, ...]:
        return tuple(v for v in self.violations if v.kind is kind)
