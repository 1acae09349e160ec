"""The large-batch stratum and torch's thread count (strategies/large.py, `Case.threads`).

What the large strategy draws and reaches, the threads share of the valid draws, torch running each
case with the thread count it names (a probe inside the real torch forward), that count surviving a
finding's JSON and reaching its repro script, the stratum's share of a run, and a defect planted in
long reductions only (`long_reduction`, fuzz/testing/planted.py) found, shrunk and reproduced by a
short budgeted run of the stratum while nothing outside its corner is reported.
"""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from collections import Counter
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis.errors import InvalidArgument

from fuzz.campaign.runner import LARGE_CHUNK, LARGE_PROPERTY, LARGE_SHARE, FuzzRun, RunConfig
from fuzz.model.case import DEFAULT_THREADS, Case
from fuzz.model.finding import Finding
from fuzz.testing.planted import CORNER_DEFECTS, LONG_REDUCTION
from strategies import batchnorm_cases, invalid_cases
from strategies.cases import DEFAULT_THREADS_SHARE
from strategies.large import (
    LARGE_MAX_CHANNELS,
    LARGE_MAX_ELEMENTS,
    LARGE_MAX_STEPS,
    LARGE_MAX_VALUES_PER_CHANNEL,
    LARGE_MIN_VALUES_PER_CHANNEL,
    large_cases,
)
from tests.test_cli import ROOT, env
from tests.test_repro_template import load_template

QUIET = list(HealthCheck)
DRAWS = settings(max_examples=200, deadline=None, database=None, derandomize=True, suppress_health_check=QUIET)
PAIRING = "torch.nn@cpu~mindspore.nn@cpu"


# --------------------------------------------------------------------------------------------
# What the strategies draw

def _documented(case: Case) -> Case:
    """eps and momentum as the floats they hold (`batchnorm_cases` passes them as other types now and then)."""
    return case.with_(eps=float(case.eps), momentum=0.1 if case.momentum is None else float(case.momentum))


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=QUIET)
@given(case=large_cases())
def test_large_cases_stay_within_their_limits(case):
    assert len(case.shape) in (2, 3) and _documented(case).is_valid_use, case.describe()
    channels, per_channel = case.shape[1], case.values_per_channel
    assert 1 <= channels <= LARGE_MAX_CHANNELS
    assert 1 <= per_channel <= LARGE_MAX_VALUES_PER_CHANNEL
    assert math.prod(case.shape) <= LARGE_MAX_ELEMENTS
    # N * L is the length drawn rounded down to a multiple of L (so at least half of it), and below
    # 10^4 only where the cap made it give way to many channels
    many_channels = channels > LARGE_MAX_ELEMENTS // LARGE_MIN_VALUES_PER_CHANNEL
    assert 2 * per_channel >= LARGE_MIN_VALUES_PER_CHANNEL or many_channels
    assert 1 <= len(case.steps) <= LARGE_MAX_STEPS
    assert all(not step.input.specials for step in case.steps)
    assert case.threads in (1, DEFAULT_THREADS)


#: what the large stratum exists to reach
LARGE_FEATURES = {
    "N*L above 10^5": lambda c: c.values_per_channel > 100_000,
    "N*L of at least 5 * 10^5": lambda c: c.values_per_channel >= 500_000,
    "C of at least 512": lambda c: c.shape[1] >= 512,
    "an (N, C, L) input": lambda c: len(c.shape) == 3,
    "an (N, C) input": lambda c: len(c.shape) == 2,
    "torch's default threads": lambda c: c.threads == DEFAULT_THREADS,
    "one torch thread": lambda c: c.threads == 1,
    "float16": lambda c: c.dtype == "float16",
    "gradients": lambda c: c.grad,
    "two steps": lambda c: len(c.steps) == 2,
    "an offset 10^6 times the spread": lambda c: any(abs(s.input.offset) >= 1e6 * s.input.scale for s in c.steps),
}


def test_large_cases_reach_long_reductions_many_channels_and_both_thread_counts():
    counts: Counter[str] = Counter()

    @DRAWS
    @given(case=large_cases())
    def count(case):
        counts.update(name for name, has in LARGE_FEATURES.items() if has(case))

    count()
    assert not [name for name in LARGE_FEATURES if counts[name] == 0], counts
    assert counts["torch's default threads"] >= 50, counts  # half of 200, give or take


def test_large_cases_shrink_to_the_shortest_long_reduction():
    """A failure of every case past 10^5 values per channel with torch's default threads shrinks
    to one float32 training step on (100001, 1) with default arguments: the threads too are kept
    only where the failure needs them."""
    case = find(large_cases(), lambda c: c.values_per_channel > 100_000 and c.threads == DEFAULT_THREADS,
                settings=settings(DRAWS, max_examples=2000))
    assert case.shape == (100_001, 1) and case.dtype == "float32" and len(case.steps) == 1
    assert case.threads == DEFAULT_THREADS and not case.grad


def test_a_share_of_valid_cases_runs_with_torchs_default_threads_and_invalid_ones_never_do():
    seen: Counter[str] = Counter()

    @DRAWS
    @given(valid=batchnorm_cases(), invalid=invalid_cases(), single=batchnorm_cases(default_threads=0))
    def count(valid, invalid, single):
        seen[f"valid {valid.threads}"] += 1
        seen[f"invalid {invalid.threads}"] += 1
        seen[f"single {single.threads}"] += 1

    count()
    share = seen[f"valid {DEFAULT_THREADS}"] / 200
    # Hypothesis' draws lean toward each strategy's first choice (one thread): a share, not the exact one
    assert DEFAULT_THREADS_SHARE / 5 < share < 2 * DEFAULT_THREADS_SHARE, seen
    assert seen["invalid 1"] == seen["single 1"] == 200, seen


@pytest.mark.parametrize("arguments", [
    {"default_threads": -0.1}, {"default_threads": 1.5}, {"default_threads": True}, {"default_threads": "0.25"},
    {"default_threads": float("nan")}, {"max_steps": 0}, {"max_steps": 2.0}, {"shapes": (4, 3)},
])
def test_batchnorm_cases_rejects_bad_arguments_at_once(arguments):
    with pytest.raises(InvalidArgument, match="batchnorm_cases"):
        batchnorm_cases(**arguments)


# --------------------------------------------------------------------------------------------
# torch runs each case with its own thread count

PROBE = """
import json, torch
torch.set_num_threads(3)  # the process's count before any adapter, as a user or OMP_NUM_THREADS leaves it
import_default = torch.get_num_threads()
from fuzz.execution.adapters.torch_nn import TorchNnAdapter
from fuzz.model.case import Case, InputSpec, Mode, Step
adapter = TorchNnAdapter()
seen, calls = [], []
forward, set_threads = torch.nn.BatchNorm1d.forward, torch.set_num_threads
def probe(self, x):
    seen[-1].append(torch.get_num_threads())
    return forward(self, x)
def counted(n):
    calls.append(n)
    set_threads(n)
torch.nn.BatchNorm1d.forward, torch.set_num_threads = probe, counted
steps = (Step(Mode.TRAIN, InputSpec(seed=1)), Step(Mode.EVAL, InputSpec(seed=2)))
for threads in (0, 0, 1, 1, 2, 0):
    seen.append([])
    outcome = adapter.run(Case(shape=(6, 3, 4), steps=steps, threads=threads, grad=True))
    assert outcome.error is None, outcome.error
print(json.dumps({"import_default": import_default, "adapter_default": adapter.default_threads, "seen": seen,
                  "calls": calls, "versions": outcome.versions}))
"""


def test_torch_runs_every_step_of_a_case_with_the_thread_count_it_names():
    """torch's default is the count the process had before the adapter first set one thread (3
    here, whatever the cores); torch.set_num_threads is called only when the count changes."""
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env(), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    probe = json.loads(done.stdout.strip().splitlines()[-1])
    assert probe["import_default"] == probe["adapter_default"] == 3
    assert probe["seen"] == [[3, 3], [3, 3], [1, 1], [1, 1], [2, 2], [3, 3]]
    assert probe["calls"] == [3, 1, 2, 3]  # the first case changes the adapter's one thread, then each change
    assert probe["versions"]["torch_threads"] == "1" and probe["versions"]["torch_default_threads"] == "3"


def test_the_repro_template_sets_the_thread_count_of_the_case():
    import torch

    template, before = load_template(), torch.get_num_threads()
    try:
        assert template.set_torch_threads({"threads": 2}) == 2
        assert template.set_torch_threads({}) == 1  # as the harness runs every case that names none
        torch.set_num_threads(2)
        assert template.set_torch_threads({"threads": DEFAULT_THREADS}) == 2  # torch's own, left alone
    finally:
        torch.set_num_threads(before)


# --------------------------------------------------------------------------------------------
# The stratum in a run

def test_the_large_stratum_gets_its_share_of_max_examples_in_rounds_of_its_own(tmp_path):
    run = FuzzRun(RunConfig(out=tmp_path / "run", max_examples=120, chunk=40, seed=1), checkers={})
    assert [run._round_size(n, "valid_uses") for n in range(4)] == [40, 40, 40, 0]
    total = math.ceil(120 * LARGE_SHARE)
    assert [run._round_size(n, LARGE_PROPERTY) for n in range(2)] == [min(LARGE_CHUNK, total), 0]
    unbounded = FuzzRun(RunConfig(out=tmp_path / "budget", budget_s=100, max_examples=None, seed=1), checkers={})
    assert unbounded._round_size(7, LARGE_PROPERTY) == LARGE_CHUNK
    assert unbounded._large_turn(0)
    unbounded.state.large_s = unbounded.elapsed() + 10  # more than its share of the time so far
    assert not unbounded._large_turn(1)


#: the planted run: budget (most of it the two shrinks, SHRINK_MIN_S each), cases, seed; with seed 1
#: the large stratum's first round meets the defect twice (two ids) and no new finding elsewhere
PLANTED_BUDGET_S = 15
PLANTED_MAX_EXAMPLES = 160  # the stratum's share: 16 cases, one round
PLANTED_SEED = 1


@pytest.fixture(scope="module")
def long_reduction_run(tmp_path_factory) -> tuple[FuzzRun, list[Finding]]:
    """The large stratum alone (the run's other properties are tests/test_campaign.py's), in process,
    with `long_reduction` planted in torch."""
    import fuzz.campaign.runner as runner
    from fuzz.execution.check import Checker
    from fuzz.testing.planted import plant

    out = tmp_path_factory.mktemp("long_reduction") / "run"
    config = RunConfig(out=out, budget_s=PLANTED_BUDGET_S, max_examples=PLANTED_MAX_EXAMPLES, seed=PLANTED_SEED,
                       isolate=False)
    saved, runner.PROPERTY_NAMES = runner.PROPERTY_NAMES, (LARGE_PROPERTY,)
    import torch

    threads = torch.get_num_threads()
    undo = plant("long_reduction")
    try:
        run = FuzzRun(config, checkers={PAIRING: Checker.of("mindspore.nn")})
        run.execute()
    finally:
        undo()
        runner.PROPERTY_NAMES = saved
        torch.set_num_threads(threads)  # a default-thread case leaves this process's torch at its default
    return run, [f for f in run.state.findings.values() if f.status == "new"]


def test_a_defect_in_long_reductions_only_is_found_shrunk_and_reproduced_by_the_large_stratum(long_reduction_run):
    run, new = long_reduction_run
    corner = CORNER_DEFECTS["long_reduction"]
    outside = [f.case_summary for f in new if f.case is None or not corner.covers(f.case)]
    assert not outside, f"new findings outside the corner ({corner.corner}): {outside}"
    assert not [f for f in new if f.blamed == "mindspore.nn"], [(f.id, f.blamed) for f in new]
    mine = [f for f in new if f.kind == corner.kind and f.shrunk]
    assert mine, [(f.kind, f.shrunk) for f in new]
    assert any(f.reproducible and f.reproduced == f.replays > 1 for f in mine)
    assert all(f.property == f"{LARGE_PROPERTY}[{PAIRING}]" and f.case.values_per_channel > LONG_REDUCTION
               for f in mine)
    key = f"{LARGE_PROPERTY}[{PAIRING}]"
    drawn = run.state.examples[key] + run.state.duplicates.get(key, 0)
    assert drawn == math.ceil(PLANTED_MAX_EXAMPLES * LARGE_SHARE)
    assert run.state.harness_errors == 0


def test_the_thread_count_survives_a_findings_json_and_reaches_its_repro_script(long_reduction_run, tmp_path):
    from fuzz.report.repro import payload, write_repro_scripts

    _, new = long_reduction_run
    finding = next(f for f in new if f.kind == "output" and f.shrunk)
    default = replace(finding, case=finding.case.with_(threads=DEFAULT_THREADS))
    stored = Finding.from_json(json.loads(json.dumps(default.to_json())))
    assert stored.case.threads == DEFAULT_THREADS and stored.case.dumps() == default.case.dumps()
    assert "torch threads: default" in stored.case.describe()
    recorded = stored.versions["torch_default_threads"]
    assert recorded.isdigit() and payload(stored)["torch_threads"] == int(recorded)
    one = replace(finding, case=finding.case.with_(threads=1))
    assert payload(one)["torch_threads"] == one.case.threads == 1
    script = write_repro_scripts([stored], tmp_path)[stored.id]
    done = subprocess.run([sys.executable, str(script)], env=env("long_reduction"), capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr[-3000:]
    assert re.search(r"torch intra-op threads: \d+ \(torch's default here\)", done.stdout), done.stdout
    assert "DIFFERENCE PRESENT" in done.stdout


def test_a_large_batch_repro_script_keeps_the_reference_of_the_evidence_row_and_still_fails(
        long_reduction_run, tmp_path, monkeypatch):
    """A large batch's reference is stored for the evidence's batch row only (a 10^6-element output
    in full is a script of 10 MB); the script judges that row and still shows the difference."""
    import fuzz.report.repro as repro

    _, new = long_reduction_run
    finding = next(f for f in new if f.kind == "output" and f.shrunk)
    monkeypatch.setattr(repro, "REFERENCE_ELEMENTS", 1 << 40)
    full = repro.payload(finding)["reference"]
    monkeypatch.setattr(repro, "REFERENCE_ELEMENTS", 64)  # whatever the shrunk size, it counts as large
    part = repro.payload(finding)["reference"]
    row = finding.evidence.index[0]
    assert part["row"] == row and part["shape"] == [1, *full["shape"][1:]] and "row" not in full
    script = repro.write_repro_scripts([finding], tmp_path)[finding.id]
    done = subprocess.run([sys.executable, str(script)], env=env("long_reduction"), capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr[-3000:]
    assert f"judged on batch row {row}" in done.stdout and "DIFFERENCE PRESENT" in done.stdout


def test_a_repro_script_of_an_acceptance_finding_carries_no_reference():
    from fuzz.model.case import Case
    from fuzz.report.repro import payload
    from fuzz.testing.records import finding_of

    case = Case(shape=(4, 3))
    for kind, reference in (("error_parity", False), ("nan_parity", False), ("output", True)):
        finding = finding_of(id=f"{kind}-0", kind=kind, case=case, frameworks=["torch.nn", "mindspore.nn"],
                             backend="cpu", case_summary=case.describe(), step=0, verdict="blame_left",
                             blamed="torch.nn", status="new", versions={}, property="valid_uses",
                             conventions=["torch", "mindspore-legacy"])
        assert (payload(finding)["reference"] is not None) is reference, kind
