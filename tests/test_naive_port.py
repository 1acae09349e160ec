"""The naive port as a pairing of its own (`--naive-port`): every case also runs with one mapping
rule switched off, one rule at a time, each beside itself with the rule.

What differs only without a rule confirms it: a finding of status known (`mapping-rule:<rule>`),
never new, never a reason for exit 1; the summary tallies it per rule and kind, and the reports have
a section "Mapping rules, confirmed".  The first tests use stand-ins for the frameworks (the float64
reference, made to honour or ignore each rule), the last ones the real frameworks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from fuzz.campaign.runner import LARGE_PROPERTY, FuzzRun, RunConfig
from fuzz.campaign.store import read_findings
from fuzz.campaign.summary import RunSummary, merge, pairing_of
from fuzz.execution.backends import BackendError, Pairing, Side, base_name
from fuzz.execution.check import (
    Checker,
    NaiveChecker,
    checkers_for,
    confirmed_rule,
    naive_pairings,
    rule_changes_nothing,
)
from fuzz.execution.inprocess import InProcess
from fuzz.model.case import MAPPING_RULES, Case, InputSpec, Mode, Step
from fuzz.model.outcome import Outcome
from fuzz.model.vocabulary import Kind, Status
from fuzz.oracle.known import KnownDifferences
from fuzz.oracle.reference import ReferenceAdapter
from fuzz.report.html import render_html
from fuzz.report.markdown import render_markdown
from tests.test_cli import ROOT, env, fuzz

MAPPED = Pairing(Side("torch.nn", "cpu"), Side("mindspore.nn", "cpu"))
#: the rules the stand-in MindSpore side honours: without them its values go wrong (every other
#: rule of MAPPING_RULES changes nothing it does)
HONOURED = {"momentum": "running_mean", "train_mode": "output"}


# ---------------------------------------------------------------------------- names
@pytest.mark.parametrize("sides", [MAPPED, Pairing(Side("torch.nn", "cpu"), Side("mindspore.mint", "gpu")),
                                   Pairing(Side("torch.nn", "cpu"), Side("torch.nn", "gpu"))])
def test_every_pairing_name_reads_back_with_and_without_a_rule(sides):
    assert Pairing.parse(sides.name) == sides and base_name(sides.name) == sides.name
    for rule in MAPPING_RULES:
        naive = sides.without(rule)
        assert naive.name == f"{sides.name}!naive:{rule}"
        assert Pairing.parse(naive.name) == naive and naive.base == sides and base_name(naive.name) == sides.name


@pytest.mark.parametrize("name", ["torch.nn@cpu", "torch.nn~mindspore.nn", "torch.nn@cpu~mindspore.nn@cpu!naive:",
                                  ""])
def test_a_name_that_is_no_pairing_says_so(name):
    with pytest.raises(BackendError, match="is not a pairing name"):
        Pairing.parse(name)


def test_a_naive_checker_switches_off_a_mapping_rule_only():
    base = Checker(InProcess(Honouring("torch.nn", ())), InProcess(Honouring("mindspore.nn", ())),
                   known=KnownDifferences([]))
    with pytest.raises(ValueError, match="switches off one of"):
        NaiveChecker(base, "no_such_rule")


# ---------------------------------------------------------------------------- which rules apply
def test_a_rule_applies_where_switching_it_off_changes_what_the_target_is_given():
    assert rule_changes_nothing("mindspore.nn", "mindspore-legacy", "momentum") is None
    assert rule_changes_nothing("mindspore.nn", "mindspore-legacy", "train_mode") is None
    why = rule_changes_nothing("mindspore.mint", "torch", "momentum")
    assert why is not None and "momentum" in why and "mindspore.mint" in why
    assert rule_changes_nothing("faulty.crash", "torch", "momentum") is None  # a target whose mapping is not known


def test_rules_that_change_nothing_are_pairings_left_out_with_the_reason():
    mint = Pairing(Side("torch.nn", "cpu"), Side("mindspore.mint", "cpu"))
    base = Checker(InProcess(Honouring("torch.nn", ())), InProcess(Honouring("mindspore.mint", (), "torch")),
                   known=KnownDifferences([]))
    usable, left_out = naive_pairings(mint, base)
    assert "momentum" not in {p.naive for p in usable}
    assert {s["pairing"] for s in left_out} | {p.name for p in usable} == {mint.without(r).name for r in MAPPING_RULES}
    assert all(s["reason"] for s in left_out)
    across_devices = Pairing(Side("torch.nn", "cpu"), Side("torch.nn", "gpu"))
    assert naive_pairings(across_devices, base) == ([], [])  # no mapping between one framework and itself


# ---------------------------------------------------------------------------- the checker, with stand-ins
class Honouring:
    """The float64 reference as a framework: a quantity goes wrong in every case that runs without
    a rule it honours (HONOURED); with `always`, its running variance is always off, a defect of the
    mapped pairing that no rule accounts for."""

    def __init__(self, target: str, honoured: tuple[str, ...], convention: str = "mindspore-legacy",
                 always: bool = False) -> None:
        self.target, self.backend, self.honoured, self.convention, self.always = (target, "cpu", honoured,
                                                                                 convention, always)
        self.reference = ReferenceAdapter()

    def run(self, case: Case) -> Outcome:
        outcome = self.reference.run(case)
        spoiled = {HONOURED[rule] for rule in self.honoured if rule in case.rules_off}
        if self.always:
            spoiled.add("running_var")
        steps = tuple(replace(step, **{name: getattr(step, name) + 1.0 for name in spoiled
                                       if getattr(step, name) is not None}) for step in outcome.steps)
        return replace(outcome, target=self.target, convention=self.convention, steps=steps)


def stand_in_checkers(always: bool = False) -> dict[str, Checker]:
    known = KnownDifferences([])
    base = Checker(InProcess(Honouring("torch.nn", ())), InProcess(Honouring("mindspore.nn", tuple(HONOURED),
                                                                             always=always)), known=known)
    return {MAPPED.name: base, **{MAPPED.without(rule).name: NaiveChecker(base, rule) for rule in MAPPING_RULES}}


def trained(channels: int = 2, momentum: float = 0.1) -> Case:
    return Case(shape=(6, channels), momentum=momentum,
                steps=(Step(Mode.TRAIN, InputSpec(seed=3)), Step(Mode.EVAL, InputSpec(seed=4))))


def test_what_differs_only_without_the_rule_confirms_it_and_the_case_carries_the_rule():
    checkers = stand_in_checkers()
    result = checkers[MAPPED.without("momentum").name].check(trained())
    assert result.case.rules_off == frozenset({"momentum"})
    assert result.new == () and result.naive is not None and result.naive.rule == "momentum"
    assert [v.kind for v in result.naive.confirmed] == [Kind.RUNNING_MEAN]
    assert [(v.kind, entry.id) for v, entry in result.known] == [(Kind.RUNNING_MEAN, "mapping-rule:momentum")]
    assert confirmed_rule(result.known[0][1].id) == "momentum" and confirmed_rule("torch-something") is None
    # replayed from its own case alone (the rule already off), the same
    again = checkers[MAPPED.without("momentum").name].check(result.case)
    assert [v.kind for v in again.naive.confirmed] == [Kind.RUNNING_MEAN]
    assert checkers[MAPPED.name].check(trained()).comparison.violations == ()


def test_what_differs_with_the_rule_too_is_not_the_rules():
    checkers = stand_in_checkers(always=True)
    result = checkers[MAPPED.without("momentum").name].check(trained(channels=3))
    assert [v.kind for v in result.naive.confirmed] == [Kind.RUNNING_MEAN]
    assert [v.kind for v in result.naive.also_with_rule] == [Kind.RUNNING_VAR]
    assert result.new == () and [v.kind for v, _ in result.known] == [Kind.RUNNING_MEAN]
    assert [v.kind for v in checkers[MAPPED.name].check(trained(channels=3)).new] == [Kind.RUNNING_VAR]


def test_a_naive_pairing_shares_its_mapped_pairings_sides():
    checkers, skipped = checkers_for([MAPPED, MAPPED.without("momentum")], KnownDifferences([]))
    naive = checkers[MAPPED.without("momentum").name]
    assert isinstance(naive, NaiveChecker) and naive.left is checkers[MAPPED.name].left
    assert naive.right is checkers[MAPPED.name].right and skipped == []


# ---------------------------------------------------------------------------- the run, with stand-ins
@pytest.fixture(scope="module")
def stand_in_run(tmp_path_factory) -> tuple[FuzzRun, RunSummary]:
    out = tmp_path_factory.mktemp("stand-in")
    checkers = stand_in_checkers(always=True)
    skipped = [{"pairing": "torch.nn@cpu~mindspore.mint@cpu!naive:momentum", "reason": "mint has no such rule"}]
    run = FuzzRun(RunConfig(out=out, budget_s=None, max_examples=16, seed=3, isolate=False, shrink=False),
                  checkers, known=KnownDifferences([]), skipped=skipped)
    run.execute()
    return run, run.summary()


def test_the_summary_tallies_per_rule_and_kind(stand_in_run):
    run, summary = stand_in_run
    tallies = summary.mapping_rules
    assert set(tallies) == {MAPPED.without(r).name for r in MAPPING_RULES} | {
        "torch.nn@cpu~mindspore.mint@cpu!naive:momentum"}
    assert tallies["torch.nn@cpu~mindspore.mint@cpu!naive:momentum"].not_applicable == "mint has no such rule"
    momentum, train_mode = tallies[MAPPED.without("momentum").name], tallies[MAPPED.without("train_mode").name]
    naive_name = MAPPED.without("momentum").name
    assert momentum.cases == sum(count for key, count in summary.examples.items() if key.endswith(f"[{naive_name}]"))
    assert momentum.kinds["running_mean"].cases > 0 and momentum.differing >= momentum.kinds["running_mean"].cases
    assert momentum.kinds["running_mean"].max_ratio > 1
    assert momentum.kinds["running_mean"].max_abs == pytest.approx(1, rel=1e-6)
    assert train_mode.kinds["output"].cases > 0 and "output" not in momentum.kinds
    assert momentum.kinds["running_var"].cases == 0 and momentum.kinds["running_var"].also_with_rule > 0
    for rule in set(MAPPING_RULES) - set(HONOURED):  # a rule whose removal changes nothing
        assert not any(t.cases for t in tallies[MAPPED.without(rule).name].kinds.values())
    # the exemplar is the stored finding that confirms the rule, known, with the rule off in its case
    findings = {f.id: f for f in read_findings(run.config.out / "findings.jsonl")}
    exemplar = findings[momentum.kinds["running_mean"].finding]
    assert exemplar.status is Status.KNOWN and exemplar.known_id == "mapping-rule:momentum"
    assert exemplar.case is not None and "momentum" in exemplar.case.rules_off
    assert exemplar.reproducible and not exemplar.shrunk
    naive_new = [f for f in findings.values() if f.is_new and "!naive:" in pairing_of(f.property)]
    assert naive_new == [] and summary.new_findings  # the mapped pairing's running_var defect is new


def test_the_tally_reads_back_and_merges(stand_in_run):
    _, summary = stand_in_run
    again = RunSummary.from_json(json.loads(json.dumps(summary.to_json())))
    assert again.mapping_rules == summary.mapping_rules
    doubled = merge([summary, summary], []).mapping_rules
    name = MAPPED.without("momentum").name
    assert doubled[name].cases == 2 * summary.mapping_rules[name].cases
    assert doubled[name].kinds["running_mean"].cases == 2 * summary.mapping_rules[name].kinds["running_mean"].cases
    assert doubled[name].kinds["running_mean"].max_ratio == summary.mapping_rules[name].kinds["running_mean"].max_ratio
    assert doubled["torch.nn@cpu~mindspore.mint@cpu!naive:momentum"].not_applicable


def test_a_summary_rebuilt_from_the_findings_keeps_what_they_say(stand_in_run):
    run, summary = stand_in_run
    rebuilt = RunSummary.from_findings(read_findings(run.config.out / "findings.jsonl")).mapping_rules
    name = MAPPED.without("momentum").name
    assert rebuilt[name].kinds["running_mean"].finding == summary.mapping_rules[name].kinds["running_mean"].finding
    assert rebuilt[name].cases == 0  # not known from the findings alone: the report says so


def test_the_reports_have_the_section_with_each_rule(stand_in_run):
    run, summary = stand_in_run
    findings = read_findings(run.config.out / "findings.jsonl")
    markdown, html = render_markdown(findings, summary), render_html(findings, summary)
    section = markdown.split("## Mapping rules, confirmed", 1)[1].split("\n## ", 1)[0]
    for rule in MAPPING_RULES:
        assert f"### Rule `{rule}`" in section
    exemplar = summary.mapping_rules[MAPPED.without("momentum").name].kinds["running_mean"].finding
    assert f"(repro/{exemplar}.py)" in section and f"(#{exemplar})" in section
    assert "removing this rule changed nothing in" in section  # the rules the stand-in ignores
    assert "not run: mint has no such rule" in section
    assert "0 new findings of this kind on torch.nn@cpu~mindspore.nn@cpu" in section
    assert "Shown with the rule as well" in section and "running_var in" in section
    assert 'id="mapping-rules"' in html and f'href="repro/{exemplar}.py"' in html
    empty = render_markdown([], RunSummary())
    assert "Mapping rules, confirmed" not in empty  # no naive-port pairing, no section


def test_without_naive_port_the_rounds_are_those_of_the_mapped_pairing_alone(tmp_path):
    checkers = stand_in_checkers()
    only_mapped = {MAPPED.name: checkers[MAPPED.name]}
    config = RunConfig(out=tmp_path / "a", budget_s=None, max_examples=8, seed=3, isolate=False, shrink=False)
    with_naive = FuzzRun(config, checkers, known=KnownDifferences([]))
    with_naive.execute()
    alone = FuzzRun(replace(config, out=tmp_path / "b"), only_mapped, known=KnownDifferences([]))
    alone.execute()
    mapped_keys = {k: v for k, v in with_naive.state.examples.items() if "!naive:" not in k}
    assert mapped_keys == alone.state.examples  # the naive-port pairings take nothing from the mapped one
    naive_keys = {k for k, v in with_naive.state.examples.items() if "!naive:" in k and v}
    # every property, one rule off (but the large-batch stratum: a mapping rule shows on small cases alike)
    assert {(k.split("[")[0], base_name(pairing_of(k))) for k in naive_keys} == {
        (k.split("[")[0], pairing_of(k)) for k in alone.state.examples if not k.startswith(LARGE_PROPERTY)}


# ---------------------------------------------------------------------------- the real frameworks
def _start(out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "fuzz", "run", "--max-examples", "12", "--chunk", "12", "--seed",
                             "7", "--targets", "mindspore.nn", "--no-shrink", "--out", str(out), *extra],
                            cwd=ROOT, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture(scope="module")
def real_runs(tmp_path_factory) -> dict[str, Any]:
    """The same short run with --naive-port and without (both at once: each waits on its workers)."""
    tmp = tmp_path_factory.mktemp("naive-real")
    runs = {"naive": _start(tmp / "naive", "--naive-port"), "plain": _start(tmp / "plain")}
    found: dict[str, Any] = {}
    for name, proc in runs.items():
        _, stderr = proc.communicate(timeout=300)
        assert "internal error" not in stderr, stderr[-3000:]
        found[name] = subprocess.CompletedProcess(proc.args, proc.returncode, "", stderr)
        found[f"{name}_out"] = tmp / name
    return found


def test_the_real_naive_port_confirms_momentum_and_train_mode(real_runs):
    out = real_runs["naive_out"]
    summary = json.loads((out / "summary.json").read_text())
    tallies = summary["mapping_rules"]
    assert set(tallies) >= {MAPPED.without(rule).name for rule in MAPPING_RULES}
    momentum, train_mode = tallies[MAPPED.without("momentum").name], tallies[MAPPED.without("train_mode").name]
    assert momentum["cases"] > 0 and train_mode["cases"] > 0
    # without momentum = 1 - momentum, MindSpore's moving statistics move the other way
    assert momentum["kinds"]["running_mean"]["cases"] > 0 and momentum["kinds"]["running_var"]["cases"] > 0
    assert "output" not in momentum["kinds"] or momentum["kinds"]["output"]["cases"] <= momentum["differing"]
    # without set_train the Cell stays in eval mode: outputs and statistics differ
    assert train_mode["kinds"]["output"]["cases"] > 0 and train_mode["kinds"]["running_mean"]["cases"] > 0
    findings = read_findings(out / "findings.jsonl")
    naive = [f for f in findings if "!naive:" in pairing_of(f.property)]
    assert naive and all(f.status is Status.KNOWN and confirmed_rule(f.known_id) for f in naive)
    assert all(f.case is not None and confirmed_rule(f.known_id) in f.case.rules_off for f in naive)
    exemplar = momentum["kinds"]["running_mean"]["finding"]
    assert exemplar in {f.id for f in naive} and (out / "repro" / f"{exemplar}.py").is_file()
    report = (out / "report.md").read_text()
    assert "## Mapping rules, confirmed" in report and f"(repro/{exemplar}.py)" in report


def test_the_real_naive_port_changes_nothing_of_the_mapped_pairing_nor_the_exit_status(real_runs):
    naive, plain = real_runs["naive"], real_runs["plain"]
    assert naive.returncode == plain.returncode, naive.stderr[-3000:]  # 0 while the frameworks are clean
    with_naive = {f.id: f.count for f in read_findings(real_runs["naive_out"] / "findings.jsonl")
                  if "!naive:" not in pairing_of(f.property)}
    alone = {f.id: f.count for f in read_findings(real_runs["plain_out"] / "findings.jsonl")}
    assert with_naive == alone
    summary = json.loads((real_runs["naive_out"] / "summary.json").read_text())
    new = set(summary["new_findings"])
    assert not {f.id for f in read_findings(real_runs["naive_out"] / "findings.jsonl")
                if "!naive:" in pairing_of(f.property)} & new


def test_a_naive_finding_replays_from_its_record_and_its_repro_script_shows_it(real_runs):
    out = real_runs["naive_out"]
    exemplar = json.loads((out / "summary.json").read_text())["mapping_rules"][MAPPED.without("momentum").name][
        "kinds"]["running_mean"]["finding"]
    replayed = fuzz("replay", str(out / "findings.jsonl"), "--id", exemplar, timeout=120)
    assert replayed.returncode == 0, replayed.stdout + replayed.stderr[-2000:]  # it confirms a rule: not new
    assert f"reproduces  {exemplar}" in replayed.stdout and "(mapping-rule:momentum)" in replayed.stdout
    script = subprocess.run([sys.executable, str(out / "repro" / f"{exemplar}.py")], cwd=out, capture_output=True,
                            text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert script.returncode == 1, script.stdout + script.stderr[-2000:]  # the naive port's difference is there


def test_pytest_runs_each_property_on_the_naive_port_pairings_too_and_says_what_they_showed():
    proc = subprocess.run([sys.executable, "-m", "pytest", "fuzz/test_properties.py", "--fuzz-naive-port",
                           "--fuzz-targets", "mindspore.nn", "--fuzz-max-examples", "4", "-k", "test_running_mean",
                           "-p", "no:cacheprovider", "-q"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert f"{len(MAPPING_RULES) + 1} passed" in proc.stdout  # the mapped pairing and one per rule, none failing
    summary = proc.stdout.split("mapping rules, confirmed", 1)[1]
    for rule in MAPPING_RULES:
        assert f"{MAPPED.without(rule).name}: " in summary


def test_off_by_default_and_on_in_the_nightly_job():
    import configparser

    from fuzz.interface.options import BY_NAME, PYTEST, RUN

    option = BY_NAME["naive-port"]
    assert option.default_for(RUN) is False and option.default_for(PYTEST) is False and option.field == "naive_port"
    assert RunConfig(out=Path("unused")).naive_port is False
    workflow = (ROOT / ".github" / "workflows" / "nightly.yml").read_text()
    assert "python -m fuzz run" in workflow and "--naive-port" in workflow.split("python -m fuzz run", 1)[1]
    tox = configparser.ConfigParser(interpolation=None)
    tox.read(ROOT / "tox.ini")
    assert "--naive-port" in tox["testenv:nightly"]["commands"]
