"""The budgeted run loop (fuzz/campaign/runner.py), in process: nothing in shrinking or replaying one finding
ends the run, the shrinker always sees the same verdict for the same case, and a finding whose
case does not always show it is `flaky`.  `tests/test_campaign.py` does the same end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from fuzz.campaign.runner import FuzzRun, RunConfig
from fuzz.execution.check import Checker
from fuzz.testing.planted import plant
from tests.test_campaign_counts import drawn_per_property

PAIRING = "torch.nn@cpu~mindspore.nn@cpu"


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.of("mindspore.nn")


def _run(tmp_path: Path, checker: Checker, **changes) -> FuzzRun:
    config = RunConfig(out=tmp_path / "run", budget_s=90, max_examples=16, chunk=16, seed=5, isolate=False,
                       **changes)
    return FuzzRun(config, checkers={PAIRING: checker})


def test_a_defect_that_fires_on_a_random_half_of_the_modules_is_flaky_not_fatal(tmp_path, checker):
    undo = plant("random_half")
    try:
        run = _run(tmp_path, checker)
        state = run.execute()
    finally:
        undo()
    new = [f for f in state.findings.values() if f.status == "new"]
    assert new and state.harness_errors == 0
    assert any(f.flaky and f.reproduced < f.replays for f in new), [(f.id, f.replay_text) for f in new]
    assert run.summary().flaky_findings


def test_an_exception_while_shrinking_is_a_harness_crash_finding_and_the_run_goes_on(tmp_path, checker, monkeypatch):
    """The search goes through Checker.start/finish, the shrink through Checker.check: break the
    latter, and the shrink's exception must become a crash finding with its traceback."""
    def broken(self, case):
        raise ZeroDivisionError("planted defect in the shrink")

    undo = plant("wide_channels")  # its first case is never the smallest: the shrink has candidates to check
    try:
        monkeypatch.setattr(Checker, "check", broken)
        run = _run(tmp_path, checker)
        state = run.execute()
    finally:
        undo()
    crashes = [f for f in state.findings.values() if f.kind == "crash"]
    assert crashes and state.harness_errors >= 1
    assert any("ZeroDivisionError: planted defect in the shrink" in f.traceback and "while shrinking" in f.traceback
               for f in crashes)
    assert any(f.kind == "output" and f.status == "new" for f in state.findings.values()), "the finding itself stays"
    assert state.shrinks >= 1
    drawn = sum(state.examples.values()) + sum(state.duplicates.values())
    assert drawn == sum(drawn_per_property(16).values()), "every property ran to its end"
    assert (tmp_path / "run" / "findings.jsonl").is_file()


def test_the_shrinker_checks_each_case_once_so_it_sees_one_verdict_per_case(tmp_path, checker, monkeypatch):
    """A framework that answers differently on a case's second call (history dependence, chance)
    must not make a shrink flaky: within one shrink each distinct case is checked at most once
    (Hypothesis' final replay of the minimal example included), its first verdict kept."""
    shrinks: list[dict[str, int]] = []
    active = [False]
    original_check, original_shrink = Checker.check, FuzzRun._shrink

    def counting(self, case):
        if active[0]:
            shrinks[-1][case.dumps()] = shrinks[-1].get(case.dumps(), 0) + 1
        return original_check(self, case)

    def shrink(self, *args, **kwargs):
        shrinks.append({})
        active[0] = True
        try:
            return original_shrink(self, *args, **kwargs)
        finally:
            active[0] = False

    undo = plant("eval_shift")
    try:
        monkeypatch.setattr(Checker, "check", counting)
        monkeypatch.setattr(FuzzRun, "_shrink", shrink)
        state = _run(tmp_path, checker).execute()
    finally:
        undo()
    assert state.shrinks_done >= 1 and state.harness_errors == 0
    assert shrinks and all(count == 1 for checked in shrinks for count in checked.values()), \
        [max(checked.values(), default=0) for checked in shrinks]


def test_an_exception_in_the_search_is_a_harness_crash_finding_and_the_other_rounds_run(tmp_path, checker,
                                                                                       monkeypatch):
    """Not even a broken strategy ends the run: its rounds become one crash finding with the
    traceback, the other properties still run, and the findings and summary are written."""
    import json

    from hypothesis import strategies as st

    import fuzz.campaign.runner

    healthy = fuzz.campaign.runner._properties()

    def broken_draw(value):
        raise ZeroDivisionError("planted defect in a strategy")

    monkeypatch.setattr(fuzz.campaign.runner, "_properties",
                        lambda: {**healthy, "invalid_uses": lambda: st.integers().map(broken_draw)})
    run = _run(tmp_path, checker)
    state = run.execute()
    crashes = [f for f in state.findings.values() if f.kind == "crash"]
    assert len(crashes) == 1 and "while searching round 0 of invalid_uses" in crashes[0].traceback
    assert "planted defect in a strategy" in crashes[0].traceback
    assert state.examples.get(f"valid_uses[{PAIRING}]", 0) > 0
    assert state.examples.get(f"hostile_inputs[{PAIRING}]", 0) > 0
    summary = run.summary()
    assert summary.harness_errors == 1 and crashes[0].id in summary.new_findings
    json.dumps(summary.to_json())
    from fuzz.report.build import build_reports

    build_reports(tmp_path / "run", summary)
    assert crashes[0].id in (tmp_path / "run" / "report.md").read_text()


def test_unmappable_cases_are_counted_per_reason_with_what_the_value_did_as_is(tmp_path, checker):
    """Reported, never dropped: the summary counts them per reason, keeps what MindSpore did with
    torch's value passed as it is (momentum=None), survives JSON and merging, and the report lists them."""
    from fuzz.campaign.summary import RunSummary, merge
    from fuzz.model.case import Case
    from fuzz.report.markdown import render_markdown

    result = checker.check(Case(shape=(4, 3), momentum=None))
    side = result.unmappable
    assert side is not None and side.target == "mindspore.nn" and side.as_is is not None
    assert side.as_is.error is not None  # MindSpore 2.10 refuses momentum=None at construction
    run = _run(tmp_path, checker)
    for _ in range(3):
        run._count_unmappable(result)
    run._count_unmappable(checker.check(Case(shape=(4, 3))))  # a mapped case counts nothing
    summary = run.summary()
    (reason, count), = summary.unmappable.items()
    assert "momentum=None" in reason and count.count == 3 and count.as_is.startswith("raised TypeError")
    again = RunSummary.from_json(summary.to_json())
    assert again.unmappable == summary.unmappable
    assert merge([again, again], []).unmappable[reason].count == 6
    text = render_markdown([], summary)
    assert "## Unmappable cases" in text and count.as_is.split(":")[0] in text
