"""Each side's whole state, after every step, against what its own API documents; and the state that
one side of the mapped pair keeps and moves while the other keeps none.

The running statistics that both sides report are compared pair-wise already (kinds running_mean,
running_var); everything else a state API lists is checked here: the parameters (a forward must not
change them), torch's `num_batches_tracked`, MindSpore's moving statistics where torch keeps none,
MindSpore's gamma/beta with affine=False, and names the documentation does not list at all.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np
from numpy.typing import NDArray

from fuzz.model.case import Case
from fuzz.model.mapping import Convention, ModulePlan, plan_for
from fuzz.model.outcome import Outcome
from fuzz.model.state import StateChange, StateDifference
from fuzz.model.vocabulary import Kind, Verdict
from fuzz.oracle.comparison import Violation
from fuzz.oracle.state_reference import STATISTICS, DocumentedState, documented_state
from fuzz.oracle.tolerance import channel_abs_max, growth, unit_roundoff

#: the safety factor of the statistics' bound (a naive float32 sum's error, step after step)
STATISTICS_FACTOR = 32.0
#: what a side that keeps no weight/bias computes with
IDENTITY = {"weight": 1.0, "bias": 0.0}


def _plan(outcome: Outcome, case: Case) -> ModulePlan | None:
    try:
        convention = Convention(outcome.convention)
    except ValueError:
        return None
    plan = plan_for(outcome.target, case, convention)
    return plan if isinstance(plan, ModulePlan) else None


@functools.lru_cache(maxsize=64)
def _input_abs_max(case: Case, upto: int) -> NDArray[Any]:
    """Per channel, the largest |x| of the inputs of steps 0..upto (cached, read-only: every statistic of
    both sides, and each of its comparisons, asks for the same)."""
    worst = np.zeros(case.channels)
    for step in case.steps[: upto + 1]:
        x = step.input.generate(case.shape, case.dtype).astype(np.float64)
        if x.size:
            with np.errstate(invalid="ignore"):
                worst = np.fmax(worst, channel_abs_max(x))
    worst.setflags(write=False)
    return worst


def _difference(actual: NDArray[Any], expected: NDArray[Any], torch_name: str, case: Case,
                index: int) -> float:
    """How far `actual` is beyond what is allowed around `expected`: 0 when within, else the largest
    |difference| (inf for a shape that differs)."""
    if actual.shape != expected.shape:
        return float("inf")
    a = actual.astype(np.float64)
    dtype = str(actual.dtype) if actual.dtype.kind == "f" else "float32"
    if torch_name == "num_batches_tracked":
        allowed: Any = 0.0
    elif torch_name in STATISTICS:
        u, n = unit_roundoff(dtype), max(case.values_per_channel, 1)
        scale = _input_abs_max(case, index) ** (1 if torch_name == "running_mean" else 2)
        allowed = STATISTICS_FACTOR * u * (growth(n) * scale * (index + 1) + np.abs(expected))
    else:  # a parameter: the initial value as the parameter's dtype holds it, exactly
        expected = expected.astype(actual.dtype).astype(np.float64)
        allowed = 2 * unit_roundoff(dtype) * np.abs(expected)
    with np.errstate(invalid="ignore"):
        diff = np.abs(a - expected)
        same = (a == expected) | (np.isnan(a) & np.isnan(expected))  # equal infinities and NaN included
        bad = ~same & ~(diff <= allowed)
    if not bad.any():
        return 0.0
    worst = diff[bad]
    return float(np.nanmax(worst)) if np.isfinite(worst).any() else float("inf")


class _SideCheck:
    """One side's state, step by step, against its documented state."""

    def __init__(self, name: str, outcome: Outcome, doc: DocumentedState, case: Case,
                 names: tuple[str, str]) -> None:
        self.name, self.outcome, self.doc, self.case, self.names = name, outcome, doc, case, names
        self.failed: set[str] = set()  # torch names (or own names) already found departing from the docs
        self.one_sided: set[str] = set()  # torch names already reported as moving on this side only

    def kept(self, index: int) -> dict[str, str]:
        """torch name -> own name of what the state API lists after step `index`."""
        state = self.outcome.steps[index].state or {}
        return {self.doc.torch_names.get(n, n): n for n in state}

    def check(self, index: int, pairwise: set[str], verdict: Verdict) -> list[Violation]:
        state = self.outcome.steps[index].state
        if state is None or index >= len(self.doc.steps):
            return []
        expected = self.doc.steps[index]
        before = self.doc.steps[index - 1] if index else self.doc.initial
        previous = self.outcome.steps[index - 1].state if index else None
        found = []
        for name in sorted(set(expected) | set(state)):
            torch_name = self.doc.torch_names.get(name, "")
            if (torch_name or name) in self.failed or torch_name in pairwise:
                continue
            change, max_abs = None, 0.0
            if name not in state:
                change = StateChange.MISSING
            elif name not in expected:
                change = StateChange.UNEXPECTED
            else:
                max_abs = _difference(state[name], expected[name], torch_name, self.case, index)
                if max_abs:
                    promised = bool(_difference(expected[name], before[name], torch_name, self.case, index))
                    reference = previous[name] if previous is not None and name in previous else before[name]
                    moved = bool(_difference(state[name], reference, torch_name, self.case, index))
                    change = (StateChange.MISSED if promised and not moved
                              else StateChange.UNPROMISED if moved and not promised else StateChange.WRONG)
            if change is None:
                continue
            self.failed.add(torch_name or name)
            record = StateDifference.of(self.name, name, torch_name, change, expected.get(name), state.get(name),
                                        max_abs, self.doc.source)
            found.append(Violation(Kind.STATE, index, self.names, verdict=verdict, state=record))
        return found


def check_state(case: Case, left: Outcome, right: Outcome, names: tuple[str, str]) -> list[Violation]:
    """State violations of both sides: departures from each side's own documentation (blaming that
    side), then entries one side keeps and moves where the other keeps none (judged by neither)."""
    sides: list[_SideCheck | None] = []
    for name, outcome in zip(names, (left, right)):
        plan = _plan(outcome, case)
        doc = documented_state(case, plan) if plan is not None else None
        sides.append(_SideCheck(name, outcome, doc, case, names) if doc is not None else None)
    violations: list[Violation] = []
    verdicts = (Verdict.BLAME_LEFT, Verdict.BLAME_RIGHT)
    for index in range(min(len(left.steps), len(right.steps))):
        pairwise = set(STATISTICS) if (left.steps[index].running_mean is not None
                                       and right.steps[index].running_mean is not None) else set()
        for check, verdict in zip(sides, verdicts):
            if check is not None:
                violations.extend(check.check(index, pairwise, verdict))
        violations.extend(_one_sided(sides, index, case))
    return violations


def _one_sided(sides: list[_SideCheck | None], index: int, case: Case) -> list[Violation]:
    """State that one side keeps, as documented, and has moved, where the other side keeps none."""
    if any(s is None or s.outcome.steps[index].state is None for s in sides):
        return []
    left, right = sides
    assert left is not None and right is not None
    kept = (left.kept(index), right.kept(index))
    found = []
    for keeper, other, mine, theirs in ((left, right, kept[0], kept[1]), (right, left, kept[1], kept[0])):
        for torch_name, own in sorted(mine.items()):
            if torch_name in theirs or not torch_name or torch_name in keeper.failed | keeper.one_sided:
                continue
            state = keeper.outcome.steps[index].state
            assert state is not None
            value = state[own]
            start = (np.full(value.shape, IDENTITY[torch_name]) if torch_name in IDENTITY
                     else keeper.doc.initial.get(own))
            if start is None or not _difference(value, np.asarray(start, dtype=np.float64), torch_name, case, index):
                continue
            keeper.one_sided.add(torch_name)
            with np.errstate(invalid="ignore"):
                moved = np.abs(value.astype(np.float64) - start)
            largest = float(np.max(moved[np.isfinite(moved)])) if np.isfinite(moved).any() else float("inf")
            record = StateDifference.of(keeper.name, own, torch_name, StateChange.ONE_SIDED, start, value,
                                        largest, f"{keeper.doc.source}; {other.doc.source}")
            found.append(Violation(Kind.STATE, index, keeper.names, verdict=Verdict.NOT_JUDGED, state=record))
    return found
