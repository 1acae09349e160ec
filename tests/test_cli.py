"""`python -m fuzz` end to end, in subprocesses, with the real frameworks.

A defect planted in torch.nn.BatchNorm1d (tests/planted_site, fuzz/testing/planted.py) must make the run
exit 1 with a finding of the right kind and a repro script that exits 1 while the defect is there
and 0 without it; without a defect the run exits 0.  Exit statuses 2 and 3, report rebuilding,
replay, and a run killed with SIGKILL keeping its findings are covered too.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from fuzz.campaign.store import read_findings
from tests.test_campaign_counts import drawn_per_property

ROOT = Path(__file__).resolve().parents[1]
PLANTED_SITE = ROOT / "tests" / "planted_site"
BROKEN_SITE = ROOT / "tests" / "broken_site"
OUTPUT_FILES = ("findings.jsonl", "summary.json", "report.md", "report.html", "junit.xml")


def env(planted: str | None = None, site: Path | None = None) -> dict[str, str]:
    out = dict(os.environ)
    paths = [str(ROOT)]
    if planted:
        out["FUZZ_PLANTED_BUG"] = planted
        paths.insert(0, str(PLANTED_SITE))
    if site:
        paths.insert(0, str(site))
    out["PYTHONPATH"] = os.pathsep.join(paths)
    out.pop("CI", None)
    return out


def fuzz(*args: str, planted: str | None = None, site: Path | None = None,
         timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fuzz", *args], cwd=ROOT, env=env(planted, site), capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("clean") / "run"
    return fuzz("run", "--max-examples", "12", "--chunk", "12", "--seed", "7", "--out", str(out)), out


@pytest.fixture(scope="module")
def planted_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("planted") / "run"
    return fuzz("run", "--max-examples", "12", "--chunk", "12", "--seed", "7", "--out", str(out),
                planted="running_var"), out


def test_run_without_defect_exits_0_and_writes_every_file(clean_run):
    proc, out = clean_run
    assert proc.returncode == 0, proc.stderr[-3000:]
    for name in OUTPUT_FILES:
        assert (out / name).is_file(), name
    summary = json.loads((out / "summary.json").read_text())
    pairings = ("torch.nn@cpu~mindspore.nn@cpu", "torch.nn@cpu~mindspore.mint@cpu")
    expected = drawn_per_property(12)
    assert set(summary["examples"]) == {f"{p}[{q}]" for p in expected for q in pairings}
    # 12 cases drawn per key (the large stratum its share); one drawn twice in a round is checked once
    # and counted as a duplicate
    assert all(count + summary["duplicates"].get(key, 0) == expected[key.partition("[")[0]]
               for key, count in summary["examples"].items())
    assert all(count >= 4 for key, count in summary["examples"].items()
               if key.partition("[")[0] in ("valid_uses", "hostile_inputs", "invalid_uses"))
    assert summary["versions"]["torch"].startswith("2.13.0") and summary["versions"]["mindspore"] == "2.10.0"
    assert summary["new_findings"] == []
    assert summary["seed"] == 7 and summary["seed_given"] is True
    assert summary["workers"] and all(w["restarts"] == w["recycled"] == w["stale_results"] == 0
                                      for w in summary["workers"].values())
    assert summary["harness_errors"] == 0 and summary["restart_s"] == 0
    for finding in read_findings(out / "findings.jsonl"):
        assert finding.status == "known" and (out / "repro" / f"{finding.id}.py").is_file()


def test_planted_defect_exits_1_with_a_finding_of_its_kind(planted_run):
    proc, out = planted_run
    assert proc.returncode == 1, proc.stderr[-3000:]
    new = [f for f in read_findings(out / "findings.jsonl") if f.status == "new"]
    # the planted running variance is found; eval steps after it may show its consequences too, and
    # so may a relation torch checked against itself (its follow-up cases run the defect too)
    assert "running_var" in {f.kind for f in new}
    assert {f.kind for f in new} <= {"running_var", "output", "grad_input", "grad_weight", "nan_parity",
                                     "metamorphic"}
    assert all(f.blamed == "torch.nn" for f in new)
    finding = next(f for f in new if f.kind == "running_var")
    assert finding.reproducible is True and finding.shrunk is True
    assert finding.blamed == "torch.nn" and finding.ratio > 1
    assert set(finding.versions) >= {"torch", "mindspore", "numpy", "python", "hypothesis"}
    junit = (out / "junit.xml").read_text()
    assert finding.id in junit and "<failure" in junit
    assert finding.id in (out / "report.md").read_text() and finding.id in (out / "report.html").read_text()


def test_repro_script_exits_1_with_the_defect_and_0_without(planted_run):
    _, out = planted_run
    finding = next(f for f in read_findings(out / "findings.jsonl") if f.status == "new" and f.kind == "running_var")
    script = out / "repro" / f"{finding.id}.py"
    present = subprocess.run([sys.executable, str(script)], env=env("running_var"), capture_output=True, text=True,
                             timeout=300)
    assert present.returncode == 1, present.stdout + present.stderr
    assert "DIFFERENCE PRESENT" in present.stdout
    fixed = subprocess.run([sys.executable, str(script)], env=env(), capture_output=True, text=True, timeout=300)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr


def test_replay_says_which_findings_still_reproduce(planted_run):
    _, out = planted_run
    finding = next(f for f in read_findings(out / "findings.jsonl") if f.status == "new" and f.kind == "running_var")
    with_defect = fuzz("replay", str(out / "findings.jsonl"), "--id", finding.id, planted="running_var")
    assert with_defect.returncode == 1 and "REPRODUCES" in with_defect.stdout
    without = fuzz("replay", str(out / "findings.jsonl"), "--id", finding.id)
    assert without.returncode == 0 and "gone" in without.stdout


def test_report_rebuilds_from_findings_alone(planted_run, tmp_path):
    _, out = planted_run
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "findings.jsonl").write_text((out / "findings.jsonl").read_text() + '{"id": "truncated-by-a-ki')
    proc = fuzz("report", str(copy))
    assert proc.returncode == 0, proc.stderr
    assert "skipped an unreadable finding line" in proc.stderr
    for name in ("report.md", "report.html", "junit.xml"):
        assert (copy / name).is_file()
    ids = {f.id for f in read_findings(out / "findings.jsonl")}
    assert all(i in (copy / "report.md").read_text() for i in ids)


def test_previous_run_comparison(planted_run, clean_run, tmp_path):
    _, previous = planted_run
    out = tmp_path / "again"
    proc = fuzz("run", "--max-examples", "12", "--chunk", "12", "--seed", "7", "--out", str(out),
                "--previous", str(previous))
    assert proc.returncode == 0, proc.stderr[-2000:]
    since = json.loads((out / "summary.json").read_text())["since_previous"]
    planted_id = next(f.id for f in read_findings(previous / "findings.jsonl")
                      if f.status == "new" and f.kind == "running_var")
    assert planted_id in since["fixed"]
    assert "Since the previous run" in (out / "report.md").read_text()


def test_sigkill_keeps_findings_recorded_before_it(tmp_path):
    out = tmp_path / "killed"
    proc = subprocess.Popen([sys.executable, "-m", "fuzz", "run", "--budget", "300", "--seed", "11", "--out", str(out)],
                            cwd=ROOT, env=env("output"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    findings_file = out / "findings.jsonl"
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and not (findings_file.exists()
                                                    and findings_file.read_text().count("\n") >= 2):
            time.sleep(0.5)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    kept = read_findings(findings_file)
    assert len(kept) >= 1
    report = fuzz("report", str(out))
    assert report.returncode == 0, report.stderr
    text = (out / "report.md").read_text()
    assert all(f.id in text for f in kept)


def test_sigterm_stops_cleanly_with_a_summary(tmp_path):
    out = tmp_path / "terminated"
    proc = subprocess.Popen([sys.executable, "-m", "fuzz", "run", "--budget", "300", "--seed", "5", "--out", str(out)],
                            cwd=ROOT, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (out / "findings.jsonl").exists():
        time.sleep(0.5)
    time.sleep(3)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode in (0, 1), stderr[-2000:]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["interrupted"] is True and summary["examples_total"] > 0
    assert (out / "report.html").is_file()


@pytest.mark.parametrize("args", [
    ("run", "--budget", "-5"),
    ("run", "--targets", "tensorflow.nn"),
    ("run", "--max-examples", "zero"),
    ("run", "--previous", "/nonexistent/run"),
    ("replay", "/nonexistent/findings.jsonl"),
    ("report", "/nonexistent/run"),
    ("replay-case", "{not json"),
    ("frobnicate",),
    ("run", "--timeout", "0"),
    ("run", "--timeout", "-1"),
    ("run", "--memory-limit", "0"),
    ("run", "--out", "/proc/cannot/be/created"),
])
def test_bad_usage_exits_2_without_a_traceback(args):
    proc = fuzz(*args)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip(), "a bad usage must say what is wrong"


def test_a_framework_that_cannot_import_exits_3(tmp_path):
    proc = fuzz("run", "--max-examples", "1", "--out", str(tmp_path / "run"), site=BROKEN_SITE)
    assert proc.returncode == 3, proc.stderr
    assert "mindspore" in proc.stderr and "Traceback" not in proc.stderr


def test_nan_parity_repro_looks_at_every_quantity_of_the_step(tmp_path):
    """A NaN-parity finding carries no quantity: its script must find the NaN wherever it is.  This
    committed one (torch momentum 1.2e-38: MindSpore's update weight rounds to 0 and 0 x Inf = NaN)
    has its NaN in the running statistics, not in the output."""
    from fuzz.report.repro import write_repro_scripts

    report = Path(__file__).resolve().parents[1] / "reports" / "nightly-2026-11-24-cpu" / "findings.jsonl"
    finding = next(f for f in read_findings(report) if f.id == "nan_parity-355c82e8cb")
    # a schema-1 line: it predates the recorded conventions (mindspore.nn 2.10's is the legacy one)
    finding = replace(finding, conventions=("torch", "mindspore-legacy"))
    script = write_repro_scripts([finding], tmp_path)[finding.id]
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "running_" in done.stdout and "NaN/Inf positions differ" in done.stdout


def test_a_run_without_seed_records_the_seed_it_drew(tmp_path):
    """So that any run can be repeated with --seed, even one started without it."""
    from fuzz.campaign.runner import FuzzRun, RunConfig

    drawn = FuzzRun(RunConfig(out=tmp_path / "a"), checkers={}).summary()
    given = FuzzRun(RunConfig(out=tmp_path / "b", seed=3), checkers={}).summary()
    assert isinstance(drawn.seed, int) and drawn.seed_given is False
    assert given.seed == 3 and given.seed_given is True


def test_an_exception_class_that_does_not_correspond_is_an_error_class_finding_with_a_repro(tmp_path):
    """Planted: torch raises LookupError where it raised ValueError.  Both still reject, so error
    parity sees nothing; the error-class oracle does, and the finding's script shows it (exit 1) under
    the defect and not without it (exit 0: both raise ValueError)."""
    out = tmp_path / "run"
    proc = fuzz("run", "--max-examples", "40", "--seed", "3", "--no-shrink", "--targets", "mindspore.nn",
                "--out", str(out), planted="error_class")
    assert proc.returncode == 1, proc.stderr[-3000:]
    found = [f for f in read_findings(out / "findings.jsonl") if f.kind == "error_class" and f.status == "new"]
    assert found, [(f.kind, f.status) for f in read_findings(out / "findings.jsonl")]
    finding = found[0]
    assert finding.errors[0] is not None and finding.errors[0].type == "LookupError"
    assert finding.errors[1] is not None and finding.errors[1].message  # both messages are kept
    script = out / "repro" / f"{finding.id}.py"
    with_defect = subprocess.run([sys.executable, str(script)], env=env("error_class"), capture_output=True,
                                 text=True, timeout=300)
    without = subprocess.run([sys.executable, str(script)], env=env(), capture_output=True, text=True, timeout=300)
    assert with_defect.returncode == 1 and "DIFFERENCE PRESENT" in with_defect.stdout, with_defect.stdout
    assert without.returncode == 0, without.stdout
