"""Execution modes as targets: names, pairings, buckets, compiled MindSpore and torch against eager.

Real frameworks throughout; the one fake is the planted defect `compiled_eval_shift`, which only a
torch.compile'd graph carries (eager torch is right), to prove the mode oracle catches a defect
that no eager pairing can see.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from fuzz.execution.backends import pairings_for
from fuzz.execution.check import Checker
from fuzz.interface.options import parse_targets
from fuzz.model.buckets import EPS_BUCKETS, MOMENTUM_BUCKETS, bucketed
from fuzz.model.case import Case, InitVia, InputSpec, Layout, MindSporeOptions, Mode, Step
from fuzz.model.outcome import Phase
from fuzz.model.targets import COMPILED_TARGETS, ExecutionMode, TargetName, TargetNameError, api_of, mode_of
from fuzz.model.vocabulary import Kind, Verdict
from fuzz.oracle.known import facts
from fuzz.testing.planted import plant

# ---------------------------------------------------------------- names, pairings, buckets


@pytest.mark.parametrize("name, api, mode", [
    ("mindspore.nn", "mindspore.nn", ExecutionMode.EAGER),
    ("mindspore.nn+graph", "mindspore.nn", ExecutionMode.GRAPH),
    ("mindspore.nn+jit", "mindspore.nn", ExecutionMode.JIT),
    ("mindspore.mint+graph", "mindspore.mint", ExecutionMode.GRAPH),
    ("torch.nn+compile", "torch.nn", ExecutionMode.COMPILE),
    ("tests.examples.manual_batchnorm:ManualBatchNorm1d", "tests.examples.manual_batchnorm:ManualBatchNorm1d",
     ExecutionMode.EAGER),
])
def test_target_names_parse_to_their_api_and_mode(name, api, mode):
    parsed = TargetName.parse(name)
    assert (parsed.api, parsed.mode, str(parsed)) == (api, mode, name)
    assert (api_of(name), mode_of(name)) == (api, mode)


@pytest.mark.parametrize("name, says", [
    ("mindspore.nn+compile", "mindspore.nn+graph"),  # a mode its framework does not offer: the offered ones named
    ("torch.nn+graph", "torch.nn+compile"),
    ("mindspore.mint+jit", "mindspore.mint+graph"),
    ("tensorflow.nn", "package.module:Class"),
    ("pkg.mod:Class+graph", "runs as it is"),
])
def test_a_wrong_target_name_says_what_would_do(name, says):
    with pytest.raises(TargetNameError, match=r"(?s).*" + says.replace("+", r"\+")):
        TargetName.parse(name)


def test_parse_targets_takes_every_compiled_mode_and_refuses_eager_torch():
    assert parse_targets(",".join(COMPILED_TARGETS)) == COMPILED_TARGETS
    with pytest.raises(ValueError, match="the side every target is compared with"):
        parse_targets("torch.nn")
    with pytest.raises(ValueError, match="unknown target"):
        parse_targets("mindspore.nn+eager")


def test_a_compiled_mindspore_target_is_paired_with_torch_and_with_its_own_eager_mode():
    names = [p.name for p in pairings_for("cpu", ("mindspore.nn+graph", "torch.nn+compile"))[0]]
    assert names == ["torch.nn@cpu~mindspore.nn+graph@cpu", "mindspore.nn@cpu~mindspore.nn+graph@cpu",
                     "torch.nn@cpu~torch.nn+compile@cpu"]


def test_buckets_move_eps_and_momentum_to_the_nearest_value_and_keep_their_type():
    case = Case(shape=(4, 3), eps=np.float32(3e-5), momentum=0.37)
    moved = bucketed(case)
    assert type(moved.eps) is np.float32 and float(moved.eps) == pytest.approx(1e-5)
    assert moved.momentum == 0.5
    assert bucketed(moved) == moved  # already in its buckets
    # an int eps is its own use (MindSpore rejects it), None momentum is torch's cumulative average
    untouched = Case(shape=(4, 3), eps=1, momentum=None)
    assert bucketed(untouched) == untouched
    for eps in (1e-13, 2e-7, 0.5, 3.0):
        assert bucketed(Case(shape=(4, 3), eps=eps)).eps in EPS_BUCKETS
    assert {bucketed(Case(shape=(4, 3), momentum=m)).momentum for m in np.linspace(0, 1, 41)} <= set(MOMENTUM_BUCKETS)
    assert math.isnan(bucketed(Case(shape=(4, 3), eps=float("nan"))).eps)  # an invalid use, kept as drawn


# ---------------------------------------------------------------- compiled MindSpore against eager

TRAIN_EVAL = (Step(Mode.TRAIN, InputSpec(seed=1)), Step(Mode.EVAL, InputSpec(seed=2, layout=Layout.TRANSPOSED)),
              Step(Mode.TRAIN, InputSpec(seed=3)))


def _cases() -> list[Case]:
    """Cases that reuse one Cell (same constructor arguments) with other initial values in between."""
    return [
        Case(shape=(6, 3, 4), momentum=0.1, steps=TRAIN_EVAL, grad=True),
        Case(shape=(6, 3, 4), momentum=0.1, weight=(2.0, -1.0, 0.5), bias=(0.5, 0.0, -3.0),
             running_mean=(1.0, 2.0, 3.0), running_var=(4.0, 0.5, 2.0), steps=TRAIN_EVAL, grad=True),
        Case(shape=(6, 3, 4), momentum=0.1, weight=(1.5, 1.0, 0.25), running_mean=(-1.0, 0.0, 1.0),
             steps=TRAIN_EVAL, grad=True, mindspore=MindSporeOptions(init_via=InitVia.CHECKPOINT)),
        Case(shape=(6, 3, 4), momentum=0.1, steps=TRAIN_EVAL, grad=True),  # the first again, on a reused Cell
    ]


@pytest.fixture(scope="module", params=["mindspore.nn+graph", "mindspore.nn+jit"])
def mode_oracle(request):
    checker = Checker.of(request.param, left="mindspore.nn")
    yield checker
    checker.close()


def test_a_compiled_cell_reused_with_other_initial_values_agrees_with_eager_step_by_step(mode_oracle):
    """Cell and graph reuse (in-place resets for jit, a fresh Cell after a checkpoint load) must give
    every case the values a new Cell would: the compiled side equals the eager one within tolerance."""
    results = [mode_oracle.check(case) for case in _cases()]
    for result in results:
        assert not result.left.error and not result.right.error, (result.left.error, result.right.error)
        assert [v.kind for v in result.comparison.violations] == []
        assert len(result.right.steps) == 3
        # the moving statistics were updated inside the compiled graph, once per training step
        np.testing.assert_allclose(result.right.steps[2].running_mean, result.left.steps[2].running_mean, rtol=1e-5)
    first, again = results[0], results[-1]
    assert first.right.compiles >= 2 and first.right.compile_s > 0  # a training and an eval graph at least
    assert again.right.compiles == 0 and again.right.compile_s == 0  # the same configuration: graphs reused
    assert results[0].left.compiles == 0  # eager compiles nothing


def test_a_failing_compile_is_a_compile_error_and_writes_nothing_into_the_current_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    checker = Checker.of("mindspore.nn+graph", left="mindspore.nn")
    try:
        result = checker.check(Case(shape=(4, 3), eps=1, steps=(Step(Mode.TRAIN, InputSpec(seed=1)),)))
    finally:
        checker.close()
    assert result.right.error is not None and result.right.error.phase is Phase.COMPILE
    assert result.left.error is not None and result.left.error.phase is Phase.FORWARD  # eager: at the forward
    assert list(tmp_path.iterdir()) == []  # no rank_0/om/analyze_fail.ir in the user's directory


def test_known_difference_facts_name_the_api_the_mode_and_what_is_compared():
    checker = Checker.of("mindspore.nn+graph", left="torch.nn")
    try:
        case = Case(shape=(4, 3), eps=1, steps=(Step(Mode.TRAIN, InputSpec(seed=1)),))
        result = checker.check(case)
    finally:
        checker.close()
    parity = next(v for v in result.comparison.violations if v.kind is Kind.ERROR_PARITY)
    fact = facts(parity, case, "cpu")
    assert (fact["frameworks"], fact["rejected_by"], fact["mode"], fact["compares"], fact["error_phase"]) == (
        "torch.nn~mindspore.nn", "mindspore.nn", "graph", "implementations", "compile")
    # documented for eager MindSpore, the same mechanism at the compile: known, not new
    assert [entry.id for _, entry in result.known] == ["mindspore-rejects-int-or-bool-eps"]


# ---------------------------------------------------------------- torch.compile and a compiled-only defect


@pytest.fixture(scope="module")
def compile_oracle():
    checker = Checker.of("torch.nn+compile", left="torch.nn")
    yield checker
    checker.close()


EVAL_CASE = Case(shape=(5, 3), momentum=0.1, running_mean=(0.5, -1.0, 2.0), running_var=(1.0, 2.0, 0.5),
                 steps=(Step(Mode.TRAIN, InputSpec(seed=4)), Step(Mode.EVAL, InputSpec(seed=5))), grad=True)


def test_torch_compile_agrees_with_eager_and_records_its_compiler(compile_oracle):
    result = compile_oracle.check(EVAL_CASE)
    assert result.new == () and not result.right.error
    assert result.right.versions["torch.nn+compile mode"].startswith("torch.compile (inductor, ")
    assert compile_oracle.check(EVAL_CASE).right.compiles == 0  # the same configuration: no recompile


def test_a_defect_planted_only_in_compiled_graphs_is_caught_by_the_mode_oracle_and_not_in_eager(compile_oracle):
    undo = plant("compiled_eval_shift")
    eager = Checker.of("mindspore.nn")
    try:
        import torch

        torch._dynamo.reset()  # graphs compiled before the defect was planted would hide it
        caught = compile_oracle.check(EVAL_CASE)
        unseen = eager.check(EVAL_CASE)
    finally:
        undo()
        import torch

        torch._dynamo.reset()
        eager.close()
    outputs = [v for v in caught.new if v.kind is Kind.OUTPUT]
    assert outputs and all(v.verdict is Verdict.BLAME_RIGHT and v.step == 1 for v in outputs)
    assert compile_oracle.names == ("torch.nn", "torch.nn+compile")
    assert [v for v in unseen.comparison.violations if v.kind is Kind.OUTPUT] == []  # eager torch is right


# ---------------------------------------------------------------- the compile tally in summary.json and reports


def test_compile_tallies_survive_json_add_up_over_shards_and_show_in_the_report():
    from fuzz.campaign.summary import CompileTally, RunSummary, merge
    from fuzz.report.common import headline

    one = RunSummary(duration_s=10.0, compiles={"mindspore.nn+graph": CompileTally(4, 6, 2.0)})
    two = RunSummary(duration_s=8.0, compiles={"mindspore.nn+graph": CompileTally(6, 3, 1.0),
                                               "torch.nn+compile": CompileTally(2, 2, 5.0)})
    data = one.to_json()["compiles"]["mindspore.nn+graph"]
    assert data == {"cases": 4, "compiles": 6, "compile_s": 2.0, "compiles_per_case": 1.5, "compile_s_per_case": 0.5}
    assert RunSummary.from_json(one.to_json()).compiles == one.compiles
    merged = merge([one, two], []).compiles
    assert merged == {"mindspore.nn+graph": CompileTally(10, 9, 3.0), "torch.nn+compile": CompileTally(2, 2, 5.0)}
    rows = {value: label for label, value in headline(one, [])}
    assert "mindspore.nn+graph: 6 compiles in 4 cases (1.5 per case, 0.5 s per case, 20% of the run)" in rows


def test_the_fuzz_targets_find_nothing_new_on_the_clean_compiled_targets():
    """`pytest fuzz/` on the ci profile (derandomized) against the compiled targets, 5 examples per
    property and pairing (the ci profile's 120 would take 40 minutes: every configuration compiles;
    the nightly's fuzz-compiled job is where they are searched):
    on unchanged frameworks, every difference met is a known one."""
    import subprocess
    import sys

    from tests.test_cli import ROOT, env

    proc = subprocess.run([sys.executable, "-m", "pytest", "fuzz/", "--hypothesis-profile", "ci", "-q",
                           "-p", "no:cacheprovider", "--fuzz-max-examples", "5",
                           "--fuzz-targets", "mindspore.nn+graph,mindspore.nn+jit,torch.nn+compile"],
                          cwd=ROOT, env=env(), capture_output=True, text=True, timeout=1500)
    assert proc.returncode == 0, proc.stdout[-4000:]
    assert " passed" in proc.stdout and "failed" not in proc.stdout and "skipped" not in proc.stdout.splitlines()[-1]


def test_a_run_finds_the_compiled_only_defect_and_its_repro_script_runs_the_compiled_mode(tmp_path):
    """End to end: `python -m fuzz run --targets torch.nn+compile` with the defect planted in every
    process finds it blamed on torch.nn+compile, in eval steps only; the standalone script of that
    finding compiles the module as the harness did: it shows the difference with the defect planted
    and none without."""
    import json
    import subprocess
    import sys

    from tests.test_cli import ROOT, env

    out = tmp_path / "run"
    proc = subprocess.run([sys.executable, "-m", "fuzz", "run", "--budget", "40", "--seed", "5", "--no-shrink",
                           "--targets", "torch.nn+compile", "--out", str(out)], cwd=ROOT,
                          env=env(planted="compiled_eval_shift"), capture_output=True, text=True, timeout=900)
    assert proc.returncode == 1, proc.stderr[-3000:]
    findings = [json.loads(line) for line in (out / "findings.jsonl").read_text().splitlines()]
    outputs = [f for f in findings if f["status"] == "new" and f["kind"] == "output"]
    assert outputs and {f["blamed"] for f in outputs} == {"torch.nn+compile"}
    for finding in outputs:
        case = Case.from_json(finding["case"])
        assert not case.training_steps[finding["step"]], finding["id"]  # torch ran that step in eval mode
    summary = json.loads((out / "summary.json").read_text())
    assert summary["compiles"]["torch.nn+compile"]["compiles"] >= 1
    script = out / "repro" / f"{outputs[0]['id']}.py"
    planted = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env(planted="compiled_eval_shift"),
                             capture_output=True, text=True, timeout=600)
    assert planted.returncode == 1 and "torch.nn+compile (compile mode)" in planted.stdout, planted.stdout[-2000:]
    clean = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env(), capture_output=True, text=True,
                           timeout=600)
    assert clean.returncode == 0, clean.stdout[-2000:] + clean.stderr[-2000:]


def test_the_offset_over_scale_fact_measures_how_far_inputs_sit_from_zero_against_their_spread():
    from fuzz.oracle.mechanism import offset_over_scale as _offset_over_scale

    assert _offset_over_scale(InputSpec(offset=-1e5, scale=10.0)) == 1e4
    assert _offset_over_scale(InputSpec()) == 0.0
    assert _offset_over_scale(InputSpec(values=(99.0, 101.0, 99.0, 101.0))) == pytest.approx(100.0)
    assert _offset_over_scale(InputSpec(values=(5.0, 5.0))) == math.inf  # a constant: no spread at all
    assert _offset_over_scale(InputSpec(offset=float("nan"))) == 0.0
