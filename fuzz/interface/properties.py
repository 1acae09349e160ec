"""What every fuzz target shares: running a drawn case, steering the search, raising a new
violation as its kind's exception, attaching a replay command."""

from __future__ import annotations

import shlex
from contextlib import contextmanager
from typing import Iterator

from hypothesis import event, note, target

from fuzz.campaign.summary import UnmappableCount, tally_unmappable
from fuzz.execution.check import Checker, CheckResult
from fuzz.model.case import Case
from fuzz.model.vocabulary import EXCEPTIONS, Kind
from fuzz.oracle.text import render_violation


def replay_case_command(case: Case, target_name: str = "mindspore.nn", left: str = "torch.nn") -> str:
    """The shell command that replays `case` alone and prints both sides' results."""
    return (f"python -m fuzz replay-case {shlex.quote(case.dumps())} --target {target_name}"
            + ("" if left == "torch.nn" else f" --left {left}"))


@contextmanager
def repro_on_failure(case: Case, target_name: str, left: str = "torch.nn") -> Iterator[None]:
    """Attach the case and a ready-to-run replay command to whatever escapes the block."""
    try:
        yield
    except Exception as exc:
        exc.add_note(f"Case: {case.describe()}")
        exc.add_note(f"Replay: {replay_case_command(case, target_name, left)}")
        raise


#: unmappable cases met in this session, per "<target>: <reason>" (with what the value did as is);
#: the plugin's terminal summary lists them (reported, never dropped)
UNMAPPABLE: dict[str, UnmappableCount] = {}


def check_case(checker: Checker, case: Case) -> CheckResult:
    """Run and compare `case`, steer Hypothesis toward large disagreements, log what was known and
    what could not be mapped."""
    note(f"case: {case.describe()}")
    result = checker.check(case)
    reason = tally_unmappable(UNMAPPABLE, result)
    if reason is not None:
        event(f"unmappable ({reason})")
    target(min(result.worst_ratio, 1e6), label="worst error/tolerance vs reference")
    for _, entry in result.known:
        event(f"known difference: {entry.id}")
    return result


def check_property(kind: Kind, case: Case, checker: Checker) -> None:
    """The property of one kind: `case` shows no new violation of `kind` (else its exception).  A
    pairing with a compiled side checks the case bucketed (`Checker.draws`)."""
    case = checker.draws(case)
    with repro_on_failure(case, checker.right.target, checker.left.target):
        result = check_case(checker, case)
        for violation in result.new_of(kind):
            raise EXCEPTIONS[kind](render_violation(violation, case))
