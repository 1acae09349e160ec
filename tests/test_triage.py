"""Known differences by mechanism (issue 15): consequences follow their cause, mechanism facts, and
the triage command that shows the nearest entries and the facts that keep them from covering a finding."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from fuzz.model.case import Case, InputSpec, Mode, Step
from fuzz.model.vocabulary import Kind, Verdict
from fuzz.oracle.known import KnownDifferences, facts

ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent
#: MindSpore's float16-parameter module never updates its moving statistics: a training step's
#: running statistics are the cause, an eval step after it reads them
CAUSE = "mindspore-float16-params-moving-statistics-not-updated"
CASE = Case(shape=(8, 3), dtype="float16", param_dtype="float16",
            steps=(Step(Mode.TRAIN, InputSpec(seed=1, offset=3.0)), Step(Mode.EVAL, InputSpec(seed=2, offset=3.0))))


def _only(*ids: str) -> KnownDifferences:
    return KnownDifferences([e for e in KnownDifferences.load().entries if e.id in ids])


def _check(case: Case, known: KnownDifferences, planted: str | None = None):
    from fuzz.execution.check import Checker
    from fuzz.testing.planted import plant

    undo = plant(planted) if planted else (lambda: None)
    checker = Checker.of("mindspore.nn", known=known)
    try:
        return checker.check(case)
    finally:
        undo()
        checker.close()


def test_a_later_step_that_reads_known_wrong_statistics_is_their_consequence():
    result = _check(CASE, _only(CAUSE))
    causes = [(v, e) for v, e in result.known if v.step == 0 and v.kind in (Kind.RUNNING_MEAN, Kind.RUNNING_VAR)]
    assert causes and all(e.id == CAUSE for _, e in causes)
    later = [(v, e) for v, e in result.known if v.step == 1]
    assert later and all(e.id == CAUSE and e.reason.startswith("A consequence of step 0's") for _, e in later)
    assert not [v for v in result.new if v.step == 1 and v.kind is Kind.OUTPUT]
    without = _check(CASE, KnownDifferences([]))  # no entry, no cause: the eval step's difference is new
    assert any(v.step == 1 and v.kind is Kind.OUTPUT for v in without.new)


def test_a_defect_of_the_other_side_in_the_later_step_stays_new():
    """torch's eval steps shifted (planted), in a case whose training step has MindSpore's known
    statistics difference: blamed on torch, it is no consequence of MindSpore's statistics.  (On one
    case both eval outputs are off and the verdict is ill-conditioned, so the torch violation comes
    from a float32 twin of the case, with the same steps.)"""
    from fuzz.execution.check import attribute_consequences

    known = list(_check(CASE, _only(CAUSE)).known)
    twin = Case(shape=CASE.shape, steps=CASE.steps)
    shifted = [v for v in _check(twin, KnownDifferences([]), planted="eval_shift").new
               if v.step == 1 and v.kind is Kind.OUTPUT]
    assert shifted and all(v.verdict is Verdict.BLAME_LEFT for v in shifted)
    new, _ = attribute_consequences(CASE, list(shifted), list(known))
    assert new == shifted
    # the same violation blamed on MindSpore's side, or on neither, follows the cause
    from dataclasses import replace

    for verdict in (Verdict.BLAME_RIGHT, Verdict.PAIR_ONLY):
        moved = replace(shifted[0], verdict=verdict)
        new, attributed = attribute_consequences(CASE, [moved], list(known))
        assert new == [] and attributed[-1][0] is moved and attributed[-1][1].id == CAUSE


def test_the_mechanism_facts_are_facts_an_entry_can_name():
    from fuzz.oracle.known import FACT_KEYS
    from fuzz.oracle.mechanism import FACT_WORDS

    assert set(FACT_WORDS) <= FACT_KEYS and "constant_in_dtype" in FACT_WORDS
    result = _check(CASE, KnownDifferences([]))
    fact = facts(result.new[0], CASE, "cpu")
    assert fact["empty_batch"] is False and fact["mixed_dtypes"] is False and fact["eps_underflows"] is False
    close = Case(shape=(8, 3), dtype="float16", eps=1e-9,
                 steps=(Step(Mode.TRAIN, InputSpec(seed=1, offset=100.0, scale=0.01)),))
    fact = facts(result.new[0], close, "cpu")
    assert fact["eps_underflows"] is True and fact["constant_in_dtype"] is True
    assert facts(result.new[0], Case(shape=(8, 3), steps=(Step(Mode.TRAIN, InputSpec(seed=1, offset=100.0,
                                                                                       scale=0.01)),)),
                 "cpu")["constant_in_dtype"] is False  # float32 holds 100 +- 0.01 apart


NUM_BATCHES = "torch-num-batches-tracked-has-no-mindspore-counterpart"


def _narrowed() -> KnownDifferences:
    """The entry of torch's num_batches_tracked written as if for bfloat16 parameters only: one fact away."""
    from dataclasses import replace

    entry = next(e for e in KnownDifferences.load().entries if e.id == NUM_BATCHES)
    return KnownDifferences([replace(entry, when={**entry.when, "param_dtype": "bfloat16"})])


@pytest.fixture(scope="module")
def state_finding(tmp_path_factory):
    """A run folder with one new finding: torch's num_batches_tracked, which MindSpore has no
    counterpart of, in a case with float16 parameters."""
    from fuzz.campaign.record import make_finding
    from fuzz.campaign.store import FindingStore

    case = Case(shape=(8, 3), dtype="float16", param_dtype="float16", steps=(Step(Mode.TRAIN, InputSpec(seed=1)),))
    result = _check(case, _narrowed())
    violation = next(v for v in result.new if v.kind is Kind.STATE and v.state.name == "num_batches_tracked")
    finding = make_finding(violation, result, backend="cpu", known=None, property_name="valid_uses")
    folder = tmp_path_factory.mktemp("run")
    FindingStore(folder / "findings.jsonl").append(finding)
    return folder, violation, case


def test_nearest_entries_name_the_fact_that_differs(state_finding):
    from fuzz.oracle.triage import nearest

    _, violation, case = state_finding
    fact = facts(violation, case, "cpu")
    (top,) = nearest(_narrowed().entries, fact)
    assert top.entry.id == NUM_BATCHES and [(m.key, m.actual) for m in top.misses] == [("param_dtype", "float16")]
    full = nearest(KnownDifferences.load().entries, fact)  # the committed entry covers it: nothing missed
    assert full[0].entry.id == NUM_BATCHES and full[0].distance == 0
    assert all(n.distance >= full[0].distance for n in full)


def test_the_triage_command_shows_the_nearest_entries(state_finding, tmp_path):
    folder, _, _ = state_finding
    known = tmp_path / "known.toml"
    (entry,) = _narrowed().entries
    when = ", ".join(f"{k} = {json.dumps(v)}" for k, v in entry.when.items())
    known.write_text(f'[[difference]]\nid = "{entry.id}"\nkinds = ["state"]\nclassification = "documented"\n'
                     f'when = {{ {when} }}\nreason = "r"\nsource = "s"\n')
    proc = subprocess.run([sys.executable, "-m", "fuzz", "triage", str(folder), "--known", str(known)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert f"{NUM_BATCHES} (documented): misses 1 of" in proc.stdout
    assert "param_dtype: the entry wants 'bfloat16', the finding has 'float16'" in proc.stdout
    assert "1 new findings triaged against 1 known entries" in proc.stdout
    # --apply with the committed entries, which cover it: recorded as known, the reports rebuilt
    applied = subprocess.run([sys.executable, "-m", "fuzz", "triage", str(folder), "--apply"],
                             capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert applied.returncode == 0, applied.stderr
    assert f"covered now by {NUM_BATCHES}" in applied.stdout and "recorded 1 findings as known" in applied.stdout
    from fuzz.campaign.store import read_findings

    (stored,) = read_findings(folder / "findings.jsonl")
    assert stored.status == "known" and stored.known_id == NUM_BATCHES and stored.classification == "documented"
    assert "0 new" in (folder / "report.md").read_text()
    bad = subprocess.run([sys.executable, "-m", "fuzz", "triage", str(tmp_path)], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert bad.returncode == 2 and "holds no findings.jsonl" in bad.stderr and "Traceback" not in bad.stderr
