"""What every fuzz target shares: running a drawn case, steering the search, attaching a repro."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from hypothesis import event, note, target

from fuzz.model.case import Case
from fuzz.execution.check import Checker, CheckResult
from fuzz.oracle.text import repro_command


@contextmanager
def repro_on_failure(case: Case, target_name: str) -> Iterator[None]:
    """Attach the case and a ready-to-run replay command to whatever escapes the block."""
    try:
        yield
    except Exception as exc:
        exc.add_note(f"Case: {case.describe()}")
        exc.add_note(f"Replay: {repro_command(case, target_name)}")
        raise


def check_case(checker: Checker, case: Case) -> CheckResult:
    """Run and compare `case`, steer Hypothesis toward large disagreements, and log what was known."""
    note(f"case: {case.describe()}")
    result = checker.check(case)
    target(min(result.worst_ratio, 1e6), label="worst error/tolerance vs reference")
    for _, entry in result.known:
        event(f"known difference: {entry.id}")
    return result
