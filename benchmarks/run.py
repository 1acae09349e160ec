"""Benchmark the harness against its limit and against a naive harness; write benchmarks/RESULTS.md.

    python benchmarks/run.py            # the full run (tens of minutes on a 2-core machine)
    python benchmarks/run.py --quick    # about fifteen minutes (ten of them the campaign); smaller sizes

Sections (each in its own subprocess; see benchmarks/README.md for exactly what each times):
  pytest     examples/s of `pytest fuzz/` per property (ci profile, mindspore.nn), with every checked
             case captured (benchmarks/capture_site) so the other sections run on the same cases
  inproc     on those cases: the limit (bare framework calls), adapter.run, Checker.check, a cProfile
             breakdown of the check, Hypothesis draw time, recording and reporting costs
  naive      the naive harness on those cases (new modules, MindSpore asynchronous, arrays())
  fuzz_run   examples/s of `python -m fuzz run`, the limit and the naive harness on the cases it checked
  confine    a MindSpore worker confined to one core vs not: its wall and CPU time per case, and the
             run's pipelined loop against the sequential one
  jobs       `python -m fuzz run --jobs 1` vs `--jobs 2` (only where --help lists --jobs)
  scaling    time per example and peak memory as N*C*L grows from 10 to 10^6 (a process per size)
  large      examples/s of the large-batch stratum (strategies/large.py), and torch's default thread
             count against one thread, on large and on common cases
  precision  how often the precision tier (fuzz/oracle/precision.py) fires on drawn cases, by side,
             quantity and criterion, new or known, and its share of the comparing time
  memory     resident memory of `python -m fuzz run` and each of its workers, sampled over a 10-minute
             run (45 s with --quick), and how much each grows in the second half
  detection  examples and seconds until each planted bug (fuzz/testing/planted.py) is first reported
  campaign   `python -m fuzz run` with each corner defect planted (fuzz/testing/planted.py): exit status,
             seconds to the first finding in the corner and to its shrunk case, restarts, shrinking

The last line printed is `overhead=<harness time / limit time> naive_speedup=<harness ex/s / naive ex/s>`,
where the harness is `python -m fuzz run` (the nightly job, isolated and pipelined; its duration) and
the limit is the bare loop, one pass, on exactly the cases it checked; the naive harness ran on those
cases too.  The line before gives the same two ratios for `pytest fuzz/` (sum of the properties' call
durations, on the cases those properties checked).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

if __package__ in (None, ""):  # run as a script: make `benchmarks` and the harness importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (  # noqa: E402
    BENCH,
    CAPTURE_SITE,
    BenchmarkError,
    draw_cases,
    load_cases,
    machine_info,
    median,
    package_versions,
    require_frameworks,
    run_command,
    run_worker,
    save_cases,
    worker_env,
)

SECTIONS = ("pytest", "inproc", "naive", "fuzz_run", "confine", "jobs", "scaling", "large", "precision", "memory",
            "detection", "campaign")


class Mode:
    """Sizes of every section, for --quick and for the full run."""

    def __init__(self, quick: bool) -> None:
        self.quick = quick
        self.name = "quick" if quick else "full"
        self.pytest_max_examples: int | None = 20 if quick else None  # None: the ci profile's own count
        self.fallback_cases = 15 if quick else 60  # per strategy, if pytest captured nothing
        self.inproc_repeat = 2 if quick else 3
        self.draws = 50 if quick else 300
        self.naive_cases = 50 if quick else None  # None: every captured case
        self.naive_examples_per_case = 2 if quick else 3
        self.run_budget_s = 20 if quick else 90  # the run's section: a budgeted run, as the nightly job
        self.jobs_budget_s = 90 if quick else 1800  # the --jobs section: bounded by its example count
        self.jobs_max_examples = 20 if quick else 100
        self.sizes = [10, 1_000, 100_000, 1_000_000] if quick else [10, 100, 1_000, 10_000, 100_000, 1_000_000]
        self.scaling_reps = 2 if quick else 5
        self.detect_seeds = 2 if quick else 5
        self.detect_max_examples = 300 if quick else 1000
        self.campaign_seeds, self.campaign_budget_s = (1, 30) if quick else (3, 60)
        self.memory_seconds = 45 if quick else 600
        self.confine_cases, self.confine_rounds = (150, 1) if quick else (400, 2)
        self.large_cases, self.large_common = (16, 100) if quick else (40, 200)
        self.precision_cases = 30 if quick else 150  # per family and seed (two seeds, three families)


# --------------------------------------------------------------------------- helpers
def _fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if math.isnan(value):
            return "n/a"
        if math.isinf(value):
            return "not detected"
        if value == 0:
            return "0"
        magnitude = abs(value)
        if magnitude >= 100:
            return f"{value:,.0f}"
        return f"{value:.{digits}g}"
    return str(value)


def _signed(value: float) -> str:
    """A difference with its sign: +1.2, -0.25 (noise can make a layer's cost look negative)."""
    return ("-" if value < 0 else "+") + _fmt(abs(value))


def _ratio(a: float | None, b: float | None) -> float:
    if a is None or b is None or not b or (isinstance(b, float) and math.isnan(b)):
        return float("nan")
    return a / b


def _log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _tail(text: str, lines: int = 12) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def _cell(text: str, limit: int = 160) -> str:
    """An error message fit for a Markdown table cell: its last line, no pipes, truncated."""
    lines = [ln.strip() for ln in str(text).strip().splitlines() if ln.strip()]
    last = (lines[-1] if lines else "?").replace("|", "/").replace("`", "'")
    return "`" + (last[: limit - 1] + "..." if len(last) > limit else last) + "`"


def _block(title: str, text: str, lines: int = 12) -> str:
    """A title and the tail of an error message in a fenced block."""
    return f"{title}\n\n```\n{_tail(str(text), lines)}\n```"


def _evenly(items: list[Any], count: int | None) -> list[Any]:
    """`count` items spread evenly over `items` (all of them when count is None or larger)."""
    if count is None or count >= len(items):
        return list(items)
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def _limit_by_group(inproc: dict[str, Any]) -> dict[str, float]:
    """The single-pass limit (each case once, in order, as the harness meets them) per pytest test."""
    per_case = inproc.get("first_pass_per_case_s") or inproc["per_case_s"]
    out: dict[str, float] = {}
    for i, group in enumerate(inproc["groups"]):
        out[group] = out.get(group, 0.0) + per_case["limit_torch"][i] + per_case["limit_ms"][i]
    return out


# --------------------------------------------------------------------------- sections
_DURATION = re.compile(r"^\s*([\d.]+)s\s+(setup|call|teardown)\s+(\S+)\s*$")
_STATS_HEAD = re.compile(r"^(\S+::\S+):\s*$")
_PHASE = re.compile(r"-\s+during (\w+) phase \(([\d.]+) seconds\)")
_COUNTS = re.compile(r"-\s+(\d+) passing, (\d+) failing, and (\d+) invalid")
_OUTCOME = re.compile(r"^(PASSED|FAILED|SKIPPED|ERROR|XFAIL|XPASS)\s+(\S+::\S+)")


def parse_pytest(output: str) -> dict[str, dict[str, Any]]:
    """Per test id: setup/call seconds (--durations=0), examples per phase (--hypothesis-show-statistics),
    outcome (-rA)."""
    tests: dict[str, dict[str, Any]] = {}
    current: str | None = None
    for line in output.splitlines():
        match = _DURATION.match(line)
        if match:
            seconds, when, node = float(match.group(1)), match.group(2), match.group(3)
            tests.setdefault(node, {})[f"{when}_s"] = seconds
            continue
        match = _STATS_HEAD.match(line)
        if match:
            current = match.group(1)
            tests.setdefault(current, {}).setdefault("phases", {})
            continue
        match = _PHASE.search(line)
        if match and current:
            phase = match.group(1)
            tests[current]["phases"][phase] = {"seconds": float(match.group(2))}
            tests[current]["_phase"] = phase
            continue
        match = _COUNTS.search(line)
        if match and current and tests[current].get("_phase"):
            passing, failing, invalid = (int(g) for g in match.groups())
            tests[current]["phases"][tests[current]["_phase"]].update(passing=passing, failing=failing, invalid=invalid)
            continue
        match = _OUTCOME.match(line)
        if match:
            tests.setdefault(match.group(2), {})["outcome"] = match.group(1).lower()
    for info in tests.values():
        info.pop("_phase", None)
        phases = info.get("phases", {})
        info["examples"] = sum(p.get("passing", 0) + p.get("failing", 0) for p in phases.values())
        info["invalid"] = sum(p.get("invalid", 0) for p in phases.values())
        info.setdefault("outcome", "passed" if info.get("call_s") is not None and phases else "skipped?")
    return tests


def section_pytest(mode: Mode, tmp: Path) -> dict[str, Any]:
    """`pytest fuzz/` (ci profile, mindspore.nn) with every checked case captured."""
    capture = tmp / "pytest_cases.jsonl"
    argv = [sys.executable, "-m", "pytest", "fuzz/", "-q", "-p", "no:cacheprovider", "--hypothesis-profile", "ci",
            "--fuzz-targets", "mindspore.nn", "--durations=0", "--durations-min=0", "--hypothesis-show-statistics",
            "-rA"]
    if mode.pytest_max_examples:
        argv += ["--fuzz-max-examples", str(mode.pytest_max_examples)]
    env = worker_env([CAPTURE_SITE], BENCH_CAPTURE=str(capture))
    code, out, err, wall = run_command(argv, timeout=240 if mode.quick else 3600, env=env)
    tests = parse_pytest(out + "\n" + err)
    tests = {k: v for k, v in tests.items() if k.startswith("fuzz/")}
    if code not in (0, 1) or not tests:
        raise BenchmarkError(f"pytest fuzz/ failed (exit {code}):\n{_tail(out + err)}")
    from hypothesis import settings as hsettings

    from fuzz.interface.profiles import register_profiles

    register_profiles()
    profile_examples = mode.pytest_max_examples or hsettings.get_profile("ci").max_examples
    captured: dict[str, dict[str, float]] = {}
    if capture.exists():
        for line in capture.read_text().splitlines():
            record = json.loads(line)
            entry = captured.setdefault(record["group"], {"checks": 0, "check_s": 0.0})
            entry["checks"] += 1
            entry["check_s"] += record["check_s"]
    for node, info in tests.items():
        info.update(captured.get(node, {"checks": 0, "check_s": 0.0}))
    return {"command": " ".join(argv[1:]), "exit": code, "wall_s": wall, "tests": tests,
            "profile_max_examples": profile_examples, "capture": str(capture) if capture.exists() else None,
            "summary_line": _tail(out, 1)}


def _fuzz_run_once(mode: Mode, tmp: Path, name: str, extra: list[str]) -> dict[str, Any]:
    capture = tmp / f"run_cases{name}.jsonl"
    out_dir = tmp / f"fuzz-run{name}"
    argv = [sys.executable, "-m", "fuzz", "run", "--budget", str(mode.run_budget_s), "--seed", "1",
            "--targets", "mindspore.nn", *extra, "--out", str(out_dir)]
    env = worker_env([CAPTURE_SITE], BENCH_CAPTURE=str(capture))
    code, out, err, wall = run_command(argv, timeout=mode.run_budget_s + 300, env=env)
    summary_path = out_dir / "summary.json"
    if code not in (0, 1) or not summary_path.exists():
        raise BenchmarkError(f"python -m fuzz run{''.join(' ' + e for e in extra)} failed (exit {code}):\n"
                             f"{_tail(err or out)}")
    summary = json.loads(summary_path.read_text())
    checks = check_s = 0.0
    if capture.exists():
        for line in capture.read_text().splitlines():
            checks += 1
            check_s += json.loads(line)["check_s"]
    return {"command": " ".join(argv[1:-2]) + " --out DIR", "exit": code, "wall_s": wall,
            "examples_total": summary.get("examples_total"), "duration_s": summary.get("duration_s"),
            "examples_per_s": summary.get("examples_per_s"), "examples": summary.get("examples"),
            "isolated": summary.get("isolated"), "findings_total": summary.get("findings_total"),
            "new_findings": len(summary.get("new_findings", [])),
            "checks": int(checks), "check_s": check_s, "capture": str(capture) if capture.exists() else None}


def section_fuzz_run(mode: Mode, tmp: Path) -> dict[str, Any]:
    """`python -m fuzz run` with a fixed seed and budget, on its defaults and, where the CLI has
    the flag, with `--no-isolate` (frameworks in the run's own process); every checked case captured."""
    code, help_text, _err, _ = run_command([sys.executable, "-m", "fuzz", "run", "--help"], timeout=120)
    variants: list[tuple[str, list[str]]] = [("", [])]
    if code == 0 and "--no-isolate" in help_text:
        variants.append(("-no-isolate", ["--no-isolate"]))
    runs: dict[str, Any] = {}
    for name, extra in variants:
        try:
            runs[" ".join(extra) or "defaults"] = _fuzz_run_once(mode, tmp, name, extra)
        except BenchmarkError as exc:
            if not name:
                raise
            runs[" ".join(extra)] = {"error": str(exc)}
    return {"runs": runs, "capture": runs["defaults"]["capture"]}


def section_jobs(mode: Mode, tmp: Path) -> dict[str, Any]:
    """`python -m fuzz run --jobs 1` and `--jobs 2`, where the CLI has --jobs."""
    code, out, err, _ = run_command([sys.executable, "-m", "fuzz", "run", "--help"], timeout=120)
    if "--jobs" not in out:
        return {"available": False, "reason": "python -m fuzz run --help lists no --jobs"
                if code == 0 else f"python -m fuzz run --help failed (exit {code}): {_tail(err, 3)}"}
    runs: dict[str, Any] = {}
    for jobs in (1, 2):
        out_dir = tmp / f"jobs-{jobs}"
        argv = [sys.executable, "-m", "fuzz", "run", "--jobs", str(jobs), "--max-examples", str(mode.jobs_max_examples),
                "--seed", "1", "--targets", "mindspore.nn", "--budget", str(mode.jobs_budget_s), "--out", str(out_dir)]
        code, out, err, wall = run_command(argv, timeout=mode.jobs_budget_s + 300)
        summary_path = out_dir / "summary.json"
        if code not in (0, 1) or not summary_path.exists():
            runs[str(jobs)] = {"error": f"exit {code}: {_tail(err or out, 4)}"}
            continue
        summary = json.loads(summary_path.read_text())
        runs[str(jobs)] = {"examples_total": summary.get("examples_total"), "duration_s": summary.get("duration_s"),
                           "examples_per_s": summary.get("examples_per_s"), "wall_s": wall}
    return {"available": True, "runs": runs}


def section_scaling(mode: Mode, tmp: Path) -> dict[str, Any]:
    """One worker process per size: time per example and peak memory."""
    rows = []
    for size in mode.sizes:
        reps = max(1, mode.scaling_reps // 2) if size >= 1_000_000 else mode.scaling_reps
        try:
            rows.append(run_worker("scaling", ["--size", str(size), "--reps", str(reps)], timeout=600,
                                   out_json=tmp / f"scaling-{size}.json"))
        except BenchmarkError as exc:
            rows.append({"size": size, "error": str(exc)})
    return {"rows": rows}


# --------------------------------------------------------------------------- RESULTS.md
def _measured(add: Callable[[str], None], section: dict[str, Any]) -> bool:
    """Whether a section has results to show; if not, say why (not run, or failed) and return False."""
    if not section:
        add("Not run in this invocation (--sections).")
        return False
    if "error" in section:
        add(_block("Could not be measured:", section["error"]))
        return False
    return True


def _pytest_table(pytest: dict[str, Any], limits: dict[str, float]) -> tuple[list[str], dict[str, float]]:
    lines = ["| property (mindspore.nn) | outcome | examples | call s | examples/s | check s (in situ) | "
             "limit s (same cases) | harness / limit |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    total = {"examples": 0, "call_s": 0.0, "check_s": 0.0, "limit_s": 0.0}
    for node, info in sorted(pytest["tests"].items()):
        name = re.sub(r"\[.*\]$", "", node.split("::", 1)[1])
        call = info.get("call_s")
        examples = info.get("examples", 0)
        limit = limits.get(node)
        lines.append(f"| `{name}` | {info.get('outcome')} | {examples} | {_fmt(call)} | "
                     f"{_fmt(_ratio(examples, call)) if examples else '-'} | {_fmt(info.get('check_s'))} | "
                     f"{_fmt(limit)} | {_fmt(_ratio(call, limit)) if limit else '-'} |")
        if examples and call:
            total["examples"] += examples
            total["call_s"] += call
            total["check_s"] += info.get("check_s", 0.0)
            total["limit_s"] += limit or 0.0
    lines.append(f"| **all properties** | | **{total['examples']}** | **{_fmt(total['call_s'])}** | "
                 f"**{_fmt(_ratio(total['examples'], total['call_s']))}** | {_fmt(total['check_s'])} | "
                 f"{_fmt(total['limit_s'])} | **{_fmt(_ratio(total['call_s'], total['limit_s']))}** |")
    return lines, total


def _naive_paragraph(add: Callable[[str], None], naive: dict[str, Any], harness_label: str, harness_eps: float,
                     headline: dict[str, float], key: str) -> None:
    if "error" in naive:
        add(_block("Could not be measured:", naive["error"]))
        return
    eps = naive.get("examples_per_s")
    headline[key] = _ratio(harness_eps, eps)
    ex = naive["examples"] or 1
    add(f"{naive['examples']} examples ({naive['cases']} cases x up to {naive['examples_per_case']}) in "
        f"{naive['seconds']:.1f} s = **{_fmt(eps)} examples/s** (MindSpore mode {naive['mindspore_mode']}, "
        f"pynative_synchronize={naive['pynative_synchronize']}). Per example: draw "
        f"{_fmt(1e3 * naive['draw_s'] / ex)} ms, torch {_fmt(1e3 * naive['torch_s'] / ex)} ms, MindSpore "
        f"{_fmt(1e3 * naive['mindspore_s'] / ex)} ms, compare {_fmt(1e3 * naive['compare_s'] / ex)} ms. It "
        f"counted {naive['mismatches']} allclose failures and {naive['parity_mismatches']} accept/reject "
        f"mismatches (no tolerance policy, no known differences, no reference: most are noise); "
        f"{naive['unmappable']} examples had no MindSpore mapping. Peak RSS {naive['memory']['VmHWM']} MiB.")
    add("")
    add(f"**Harness ({harness_label}) / naive throughput on the same cases: {_fmt(headline[key])}x**.")
    add("")


def _confine_section(add: Callable[[str], None], confine: dict[str, Any]) -> None:
    add("### A MindSpore worker confined to one core")
    add("")
    if not _measured(add, confine):
        add("")
        return
    add(f"`benchmarks/confine.py` on {confine['cases']} captured cases (the run's, where it ran), "
        f"{confine['rounds']} alternating round(s), "
        f"{confine['cores']} cores: `WorkerAdapter('mindspore.nn')` with `WorkerLimits(confine_mindspore=...)`; "
        "per case the wall time and the CPU time the worker used (all its threads, from /proc). Then the "
        "Checker on the same cases, one at a time (`check`) and pipelined as the run does (`start`/`finish`, "
        "two cases in flight). Medians over the rounds.")
    add("")
    add("| MindSpore worker | wall ms/case | worker user ms/case | worker system ms/case | Checker sequential "
        "ms/case | Checker pipelined ms/case |")
    add("|---|---:|---:|---:|---:|---:|")
    for name in ("confined", "unconfined"):
        rows, loops = confine["worker"][name], confine["checker"][name]
        add(f"| {name} | {_fmt(median([r['wall_ms'] for r in rows]))} | {_fmt(median([r['user_ms'] for r in rows]))} | "
            f"{_fmt(median([r['system_ms'] for r in rows]))} | {_fmt(median([r['sequential_ms'] for r in loops]))} | "
            f"{_fmt(median([r['pipelined_ms'] for r in loops]))} |")
    add("")


def _large_section(add: Callable[[str], None], large: dict[str, Any]) -> None:
    add("### Large batches and torch's threads")
    add("")
    if not _measured(add, large):
        add("")
        return
    add(f"`benchmarks/large.py`: {large['cases']} cases of `strategies.large.large_cases()` (median "
        f"{large['elements_median']:,.0f} elements; {100 * large['default_share']:.0f}% drawn with torch's default "
        f"threads, {large['default_threads']} here) through the isolated `Checker`, pipelined as the run does: "
        f"**{_fmt(large['large_examples_per_s'])} examples/s** (the common draws: "
        f"{_fmt(large['common_examples_per_s'])}/s, {large['common']} cases). Then every case once with "
        "threads=1 and once with torch's default, alternating which goes first, one at a time (median ms): the "
        "whole check, and torch's adapter alone in process.")
    add("")
    add("| cases | what is timed | threads=1 ms | threads=default ms | default / 1 |")
    add("|---|---|---:|---:|---:|")
    for label, key in (("large", "large"), ("common", "common")):
        for what, suffix in (("`Checker.check` (isolated)", "check"), ("torch adapter (in process)", "torch")):
            row = large[f"{key}_{suffix}"]
            add(f"| {label} | {what} | {_fmt(1e3 * row['one_s'])} | {_fmt(1e3 * row['default_s'])} | "
                f"{_fmt(_ratio(row['default_s'], row['one_s']))} |")
    add("")


def _precision_section(add: Callable[[str], None], precision: dict[str, Any]) -> None:
    add("### The precision tier")
    add("")
    if not _measured(add, precision):
        add("")
        return
    share = 100 * precision["with_precision"] / max(precision["cases"], 1)
    add(f"`benchmarks/precision.py`: {precision['per_family']} cases per family (valid, gradients, hostile) and "
        f"seed ({precision['seeds']}), {precision['cases']} in all, checked in process against "
        f"`{precision['target']}`: **{share:.1f}%** have a precision violation.  Each is counted by blamed side, "
        "quantity and criterion, and whether `fuzz/known_differences.toml` knows it.")
    add("")
    add("| blamed | quantity | criterion | status | violations |")
    add("|---|---|---|---|---:|")
    for row in precision["violations"]:
        add(f"| {row['blamed']} | {row['quantity']} | {row['criterion']} | {row['status']} | {row['count']} |")
    add("")
    add(f"`compare_case` on the same outcomes: {_fmt(precision['with_tier_ms'])} ms/case with the tier, "
        f"{_fmt(precision['without_tier_ms'])} ms/case without it (best of 3).")
    add("")


def write_results(path: Path, mode: Mode, machine: dict[str, Any], versions: dict[str, str], results: dict[str, Any],
                  elapsed: float) -> dict[str, float]:
    """Write RESULTS.md; return the headline numbers (overhead, naive_speedup)."""
    L: list[str] = []
    add = L.append
    add(f"# Benchmarks ({mode.name} run)")
    add("")
    add(f"Written by `python benchmarks/run.py{' --quick' if mode.quick else ''}` on {machine['date']} "
        f"in {elapsed:.0f} s; every run overwrites this file. "
        + ("A **quick** run uses small sizes: read its numbers as indicative only." if mode.quick else ""))
    add("")
    add("## Machine and versions")
    add("")
    load = machine.get("loadavg")
    add(f"- CPU: {machine['cpu']}, nproc {machine['nproc']} (usable by this process: {machine.get('affinity')}); "
        f"memory {machine['memory_gib']} GiB; load average at start "
        f"{', '.join(f'{x:.2f}' for x in load) if load else '-'}; Linux {machine['kernel']}")
    add("- " + ", ".join(f"{k} {v}" for k, v in versions.items()))
    add(f"- commit {machine['commit']}; backend CPU; MindSpore target `mindspore.nn` only")
    add("")

    nan = float("nan")
    headline = {"overhead": nan, "naive_speedup": nan, "pytest_overhead": nan, "pytest_naive_speedup": nan}
    pytest = results.get("pytest", {})
    inproc = results.get("inproc", {})
    limits = _limit_by_group(inproc) if "per_case_s" in inproc else {}
    harness_eps = float("nan")

    # -- harness vs limit
    add("## 1. Harness vs limit")
    add("")
    add("*Limit*: `benchmarks/limit.py`, a bare loop of only the framework calls the cases need - construct "
        "the torch module / reuse a MindSpore Cell reset to its fresh parameters (as the adapter does), set "
        "the initial parameters and buffers, switch train/eval, run every step, take the gradients of "
        "the upstream gradient (torch `backward`, `mindspore.vjp`), copy outputs, running statistics and "
        "gradients to NumPy - with the harness's "
        "framework settings (MindSpore synchronous PyNative). Inputs, upstream gradients and argument "
        "translation are prepared before the clock starts. *Single pass* (the limit of every ratio below): "
        "each case once, in the order the harness met them, in a fresh process after the framework imports - "
        "what a bare loop over those cases costs, MindSpore's first-shape costs included, as the harness "
        "pays them. *Warm best*: per case the minimum over further passes (a lower bound no single pass "
        "reaches; the breakdown in section 2 uses it).")
    add("")
    add("*Same cases*: every case the properties below checked was captured (`benchmarks/capture_site`, "
        "a wrapper around `Checker.finish`, where every check ends), and the limit ran on exactly those cases. "
        "All cases are kept, "
        "including the ones a framework rejects (the rejection is a framework call too).")
    add("")
    if not pytest:
        add("`pytest fuzz/`: not run in this invocation (--sections).")
    elif "error" in pytest:
        add(_block("`pytest fuzz/` could not be measured:", pytest["error"]))
    elif pytest:
        params = sorted({m.group(1) for m in (re.search(r"\[(.*)\]$", k) for k in pytest["tests"]) if m})
        add(f"`python {pytest['command']}` (exit {pytest['exit']}, wall {pytest['wall_s']:.0f} s; "
            f"profile examples per property: {pytest['profile_max_examples']}). Examples are Hypothesis' "
            f"own counts (`--hypothesis-show-statistics`, passing + failing, all phases); *call s* is pytest's "
            "call duration (fixture set-up, i.e. framework import, excluded); *check s (in situ)* is the time "
            f"spent inside `Checker.check` during that call. Test parameter: `{', '.join(params) or '-'}`.")
        add("")
        table, total = _pytest_table(pytest, limits)
        L.extend(table)
        harness_eps = _ratio(total["examples"], total["call_s"])
        headline["pytest_overhead"] = _ratio(total["call_s"], total["limit_s"])
        warm = inproc.get("totals_s", {})
        add("")
        add(f"**`pytest fuzz/` time / limit time on the same cases: {_fmt(headline['pytest_overhead'])}x**; "
            f"harness {_fmt(harness_eps)} examples/s (limit single pass {_fmt(total['limit_s'])} s, warm best "
            f"{_fmt(warm.get('limit_torch', 0) + warm.get('limit_ms', 0))} s). Here Hypothesis needs each "
            "example's verdict before it draws the next, so nothing overlaps: every harness cost adds to the "
            "framework calls.")
    add("")
    run = results.get("fuzz_run", {})
    add("### `python -m fuzz run`")
    add("")
    if not run:
        add("Not run in this invocation (--sections).")
    elif "error" in run:
        add(_block("Could not be measured:", run["error"]))
    elif run:
        run_limit = results.get("run_limit", {})
        limit_totals = run_limit.get("first_pass_totals_s") or run_limit.get("totals_s")
        limit_total = sum(limit_totals.values()) if limit_totals else None
        warm_total = sum(run_limit["totals_s"].values()) if run_limit.get("totals_s") else None
        first = run["runs"]["defaults"]
        add(f"`python {first['command']}` (+ the variant's flags). Examples/s from its summary.json (duration "
            "excludes imports and report writing; wall includes them). *In check*: time inside `Checker.check` "
            "(captured, including the replays that confirm findings); *outside*: the rest of the run per example "
            "(Hypothesis generation and engine, `target`, finding ids, recording with fsync, shrinking each "
            "distinct new finding, progress output). Isolated, the run pipelines: the workers compute the "
            "next cases while this process draws and judges, so *in check* and *outside* overlap the "
            "frameworks and do not add up to the duration. Limit on the default run's cases (every case it "
            f"checked, replays included): single pass {_fmt(limit_total) if limit_total else 'n/a'} s, warm "
            f"best {_fmt(warm_total) if warm_total else 'n/a'} s.")
        add("")
        add("| variant | isolated | examples | duration s | wall s | examples/s | in check s | outside ms/example | "
            "findings (new) | run / limit |")
        add("|---|---|---:|---:|---:|---:|---:|---:|---|---:|")
        default = run["runs"].get("defaults", {})
        if limit_total and default.get("duration_s"):
            headline["overhead"] = _ratio(default["duration_s"], limit_total)
            headline["run_eps"] = default.get("examples_per_s") or float("nan")
        for variant, row in run["runs"].items():
            if "error" in row:
                add(f"| `{variant}` | failed: {_cell(row['error'])} | | | | | | | | |")
                continue
            outside = (row["duration_s"] or 0) - row["check_s"]
            add(f"| `{variant}` | {row.get('isolated')} | {row['examples_total']} | {row['duration_s']} | "
                f"{row['wall_s']:.0f} | **{_fmt(row['examples_per_s'])}** | {_fmt(row['check_s'])} | "
                f"{_fmt(1e3 * outside / max(row['examples_total'] or 1, 1))} | {row['findings_total']} "
                f"({row['new_findings']}) | {_fmt(_ratio(row['duration_s'], limit_total)) if limit_total else 'n/a'} |")
        if "error" in run_limit:
            add("")
            add(_block("The limit on the run's cases failed:", run_limit["error"]))
        if headline["overhead"] == headline["overhead"]:
            add("")
            add(f"**Overhead of the run (the nightly job; duration / single-pass limit on the same cases): "
                f"{_fmt(headline['overhead'])}x**; {_fmt(headline.get('run_eps'))} examples/s.")
    add("")
    _confine_section(add, results.get("confine", {}))

    # -- breakdown
    add("## 2. Where the time goes")
    add("")
    if not inproc:
        add("Not run in this invocation (--sections).")
    elif "error" in inproc:
        add(_block("Could not be measured:", inproc["error"]))
    elif inproc:
        n = inproc["cases"]
        tot = inproc["totals_s"]
        limit_t, limit_m = tot["limit_torch"] / n, tot["limit_ms"] / n
        ad_t, ad_m = tot["adapter_torch"] / n, tot["adapter_ms"] / n
        check = tot["check"] / n
        add(f"On the {n} captured cases ({'from pytest' if results.get('cases_source') == 'pytest' else 'drawn'}; "
            f"{inproc['inproc_repeat']} timed pass(es) after a warm-up pass, per-case minimum; no profiler), "
            "in ms per example:")
        add("")
        add("| layer | ms/example | what it adds |")
        add("|---|---:|---|")
        add(f"| limit: torch.nn framework calls | {_fmt(1e3 * limit_t)} | |")
        add(f"| limit: mindspore.nn framework calls | {_fmt(1e3 * limit_m)} | |")
        add(f"| `TorchNnAdapter.run` | {_fmt(1e3 * ad_t)} | {_signed(1e3 * (ad_t - limit_t))}: mapping, input "
            "generation, upstream gradient, Outcome, error capture |")
        add(f"| `MindSporeNnAdapter.run` | {_fmt(1e3 * ad_m)} | {_signed(1e3 * (ad_m - limit_m))}: the same |")
        add(f"| `Checker.check` | {_fmt(1e3 * check)} | {_signed(1e3 * (check - ad_t - ad_m))}: float64 reference, "
            "tolerance policy, comparison, known differences |")
        tests = pytest.get("tests", {}) if "error" not in pytest else {}
        examples = sum(t.get("examples", 0) for t in tests.values() if t.get("call_s"))
        calls = sum(t.get("call_s", 0.0) for t in tests.values() if t.get("examples"))
        in_situ = sum(t.get("check_s", 0.0) for t in tests.values() if t.get("examples"))
        if examples:
            add(f"| `pytest fuzz/` per example | {_fmt(1e3 * calls / examples)} | "
                f"{_signed(1e3 * (calls - in_situ) / examples)} outside `Checker.check` (Hypothesis generation and "
                f"engine, `note`/`target`/`event`, pytest); in situ the check took {_fmt(1e3 * in_situ / examples)} |")
        add("")
        prof = inproc.get("profile")
        if prof:
            total = prof["total_s"]
            scale = tot["check"] / total if total else float("nan")
            add(f"cProfile of `Checker.check` over the same cases (one pass; profiled total {total:.2f} s vs "
                f"{tot['check']:.2f} s unprofiled: the profiler inflates Python-heavy parts most, so shares are "
                "approximate; ms/example = share x unprofiled time). Input generation and argument mapping are "
                "taken out of whichever part called them:")
            add("")
            add("| part of the check | share | ms/example |")
            add("|---|---:|---:|")
            for name, seconds in sorted(prof["buckets_s"].items(), key=lambda kv: -kv[1]):
                add(f"| {name} | {100 * seconds / total:.1f}% | {_fmt(1e3 * seconds * scale / n)} |")
            add("")
            add("<details><summary>Top 15 functions by own time (profiled)</summary>")
            add("")
            add("| function | calls | own s | cumulative s |")
            add("|---|---:|---:|---:|")
            for row in prof["top_tottime"]:
                add(f"| `{row['function']}` | {row['calls']} | {row['tottime_s']} | {row['cumtime_s']} |")
            add("")
            add("</details>")
            add("")
        gen = inproc.get("generation", {})
        if gen:
            add("Outside the check (same worker):")
            add("")
            add("| cost | value |")
            add("|---|---:|")
            for name, g in gen.items():
                add(f"| Hypothesis draw of `{name}` (engine included, empty body) | {_fmt(g['ms_per_example'])} "
                    "ms/example |")
            rec = inproc.get("recording", {})
            add(f"| violations (new + known) per example on these cases | "
                f"{_fmt(inproc.get('violations_per_example'))} |")
            if rec.get("violations_sampled"):
                add(f"| `finding_id` per violation met (runner) | {_fmt(rec.get('finding_id_ms'))} ms |")
                add(f"| `make_finding` + `FindingStore.append` (fsync) per finding recorded | "
                    f"{_fmt(rec.get('make_and_append_ms'))} ms |")
                add(f"| `render_violation` (text) per violation raised | {_fmt(rec.get('render_text_ms'))} ms |")
                if "build_reports_s" in rec:
                    add(f"| `fuzz.report.build.build_reports` (md, html, junit, repro) for "
                        f"{rec['build_reports_findings']} findings, once per run | {_fmt(rec['build_reports_s'])} s |")
                else:
                    add(f"| `fuzz.report.build.build_reports` | failed: {_cell(rec.get('build_reports_error', '?'))} |")
            add(f"| framework import + `Checker` construction, once per process | {_fmt(inproc.get('setup_s'))} s |")
            add("")
    add("")

    # -- naive
    naive = results.get("naive", {})
    add("## 3. Naive harness")
    add("")
    add("`benchmarks/naive.py`: what a user writes in an afternoon - pytest-style parametrization over the same "
        "captured cases x `@given(st.data())` (`max_examples` per case below), each step's input drawn element by "
        "element with `hypothesis.extra.numpy.arrays`, a new module per example in each framework, each "
        "framework on its defaults (MindSpore's asynchronous PyNative: no `launch_blocking`), outputs, running "
        "statistics and gradients compared with `numpy.allclose`, acceptance compared; differences counted, not "
        "raised (no shrinking). Separate process; untimed warm-up as the harness's fixtures do.")
    add("")
    if not naive and not results.get("naive_run"):
        add("Not run in this invocation (--sections).")
    for label, data, harness_label, eps_harness, key in (
            ("the `python -m fuzz run` cases (the headline)", results.get("naive_run", {}), "`python -m fuzz run`",
             headline.get("run_eps", float("nan")), "naive_speedup"),
            ("the `pytest fuzz/` cases", naive, "`pytest fuzz/`", harness_eps, "pytest_naive_speedup")):
        if data:
            add(f"On {label}:")
            add("")
            _naive_paragraph(add, data, harness_label, eps_harness, headline, key)
    add("")

    # -- scaling
    add("## 4. Scaling")
    add("")
    add("`benchmarks/scaling.py`, one process per size: float32, default arguments, gradients on, three steps "
        "(train, train, eval); time per example (median); peak resident set (`VmHWM` from /proc/self/status, which "
        "sees torch's and MindSpore's allocators) after the limit's repetitions and after the harness's.")
    add("")
    scaling = results.get("scaling", {})
    if _measured(add, scaling):
        add("| N*C*L | shape | limit ms/example | harness (`Checker.check`) ms/example | harness / limit | "
            "RSS after warm-up MiB | peak limit MiB | peak harness MiB |")
        add("|---:|---|---:|---:|---:|---:|---:|---:|")
        for row in scaling["rows"]:
            if "error" in row:
                add(f"| {row['size']:,} | failed: {_cell(row['error'])} | | | | | | |")
                continue
            add(f"| {row['size']:,} | {tuple(row['shape'])} | {_fmt(1e3 * row['limit_median_s'])} | "
                f"{_fmt(1e3 * row['check_median_s'])} | {_fmt(_ratio(row['check_median_s'], row['limit_median_s']))} | "
                f"{_fmt(row['rss_baseline_mib'])} | {_fmt(row['peak_limit_mib'])} | {_fmt(row['peak_harness_mib'])} |")
    add("")
    jobs = results.get("jobs", {})
    add("### `python -m fuzz run --jobs`")
    add("")
    if not jobs:
        add("Not run in this invocation (--sections).")
    elif "error" in jobs:
        add(_block("Could not be measured:", jobs["error"]))
    elif not jobs.get("available"):
        add(f"not available ({jobs.get('reason', '?')}).")
    else:
        add(f"`python -m fuzz run --jobs N --max-examples {mode.jobs_max_examples} --seed 1 --targets mindspore.nn` "
            "(the CLI's other defaults), on this machine's cores:")
        add("")
        add("| --jobs | examples | duration s | examples/s |")
        add("|---:|---:|---:|---:|")
        for jobs_n, row in jobs["runs"].items():
            if "error" in row:
                add(f"| {jobs_n} | failed: {_cell(row['error'])} | | |")
            else:
                add(f"| {jobs_n} | {row['examples_total']} | {row['duration_s']} | {_fmt(row['examples_per_s'])} |")
    add("")

    # -- memory
    add("### Memory over a long run")
    add("")
    memory = results.get("memory", {})
    if _measured(add, memory):
        add(f"`benchmarks/memory.py`: `{' '.join(memory['argv'])}` (both MindSpore targets, isolated workers), "
            f"resident set (VmRSS) of the run and of each worker every {memory['every_s']:g} s; {memory['examples']:,} "
            f"examples in {memory['wall_s']:.0f} s (exit {memory['exit']}). *Growth* and *slope* are over the second "
            "half of the search (after warm-up, up to the last change in the example count); the slope is a "
            "least-squares fit against examples done. Workers that start at the end confirm findings by replay; the "
            "run's own process imports MindSpore only at the end, to read the class signature for the repro "
            "scripts (~330 MiB), which is the step in its last reading.")
        add("")
        add("| process | pid | first MiB | max MiB | last MiB | second-half growth MiB | over examples | "
            "MiB per 1,000 examples |")
        add("|---|---:|---:|---:|---:|---:|---:|---:|")
        for p in memory["processes"]:
            add(f"| {p['name']} | {p['pid']} | {_fmt(p['first_mib'])} | {_fmt(p['max_mib'])} | {_fmt(p['last_mib'])} "
                f"| {_fmt(p['second_half_growth_mib'])} | {p['second_half_examples']} | "
                f"{_fmt(p['slope_mib_per_1000_examples'])} |")
        workers = memory.get("workers") or {}
        if workers:
            add("")
            add("Worker replacements in the run (summary.json): " + ", ".join(
                f"{name}: {w['recycled']} recycled, {w['restarts']} restarted"
                for name, w in sorted(workers.items())) + ".")
    add("")

    _large_section(add, results.get("large", {}))
    _precision_section(add, results.get("precision", {}))

    # -- detection
    add("## 5. Time to detection of the planted bugs")
    add("")
    det = results.get("detection", {})
    if _measured(add, det):
        add(f"`benchmarks/detect.py`: `fuzz.testing.planted.plant(kind)` in-process; a Hypothesis test seeded with "
            f"`@seed(s)` for s in 0..{det['seeds'] - 1} draws from the kind's strategy and runs `Checker.check` "
            f"until `result.new` holds a violation of that kind (at most {det['max_examples']} examples). Medians "
            "over the seeds; seconds from the start of the test. The first example Hypothesis generates is the "
            "strategy's simplest case, which already trips most planted bugs.")
        add("")
        add("| planted kind | detected | median examples | median seconds | examples per seed |")
        add("|---|---:|---:|---:|---|")
        for kind, row in det["kinds"].items():
            per_seed = ", ".join(str(r["examples_run"]) if r["detected"] else f">{r['examples_run']}"
                                 for r in row["runs"])
            add(f"| {kind} | {row['detected']}/{len(row['runs'])} | {_fmt(row['median_examples'])} | "
                f"{_fmt(row['median_seconds'])} | {per_seed} |")
    add("")

    # -- campaign
    add("## 6. The nightly job against defects that hide in corners")
    add("")
    camp = results.get("campaign", {})
    if _measured(add, camp):
        add(f"`benchmarks/campaign.py`: `python -m fuzz run --budget {_fmt(camp['budget_s'])} --seed S --targets "
            f"mindspore.nn` (S = 1..{camp['seeds']}) with each corner defect of `fuzz/testing/planted.py` "
            "planted in torch. "
            "*Complete*: exit 1 with every report and no internal error. *Met* / *shrunk*: seconds into the run "
            "when the first new finding of the defect's kind inside its corner was recorded / shrunk (medians "
            "over the seeds). *Outside*: new findings outside the corner (outcomes charged to the wrong case).")
        add("")
        add("| defect | corner | kind | detected | complete | met (s) | shrunk (s) | outside | restarts | "
            "restart wait (s) | shrinking (s) | duration (s) | replays |")
        add("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for defect, row in camp["defects"].items():
            runs = row["runs"]
            add(f"| {defect} | {row['corner']} | {row['kind']} | {row['detected']}/{len(runs)} | "
                f"{row['exit_1_complete']}/{len(runs)} | {_fmt(row['median_first_met_s'])} | "
                f"{_fmt(row['median_first_shrunk_s'])} | {sum(len(r.get('outside_corner', [])) for r in runs)} | "
                f"{', '.join(str(r.get('restarts', '-')) for r in runs)} | "
                f"{', '.join(_fmt(r.get('restart_s')) for r in runs)} | "
                f"{', '.join(_fmt(r.get('shrink_s')) for r in runs)} | "
                f"{', '.join(_fmt(r.get('duration_s')) for r in runs)} | "
                f"{'; '.join(', '.join(r.get('replays', [])) for r in runs)[:120]} |")
    add("")
    failed = [s for s in SECTIONS if "error" in results.get(s, {})]
    if failed:
        add(f"Sections that failed in this run: {', '.join(failed)}.")
        add("")
    add("---")
    add(f"`pytest fuzz/: overhead={_fmt(headline['pytest_overhead'])} "
        f"naive_speedup={_fmt(headline['pytest_naive_speedup'])}`")
    add("")
    add(f"`overhead={_fmt(headline['overhead'])} naive_speedup={_fmt(headline['naive_speedup'])}`")
    path.write_text("\n".join(L) + "\n", encoding="utf-8")
    return headline


# --------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="small sizes: about fifteen minutes, ten of them the campaign section")
    parser.add_argument("--out", type=Path, default=BENCH / "RESULTS.md", help="where to write the results")
    parser.add_argument("--sections", default=",".join(SECTIONS), help=f"comma-separated subset of {SECTIONS}")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (cases, worker JSON)")
    args = parser.parse_args(argv)
    wanted = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = set(wanted) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections {sorted(unknown)}; choose from {', '.join(SECTIONS)}")
    try:
        require_frameworks()
    except BenchmarkError as exc:
        print(f"benchmarks/run.py: {exc}", file=sys.stderr)
        return 3

    mode = Mode(args.quick)
    started = time.perf_counter()
    machine, versions = machine_info(), package_versions()
    tmp = Path(tempfile.mkdtemp(prefix="bn-bench-"))
    results: dict[str, Any] = {}

    def attempt(name: str, fn: Callable[[], dict[str, Any]], section: str | None = None) -> None:
        if (section or name) not in wanted:
            return
        t0 = time.perf_counter()
        _log(f"{name} ...")
        try:
            results[name] = fn()
        except (BenchmarkError, OSError, ValueError, KeyError) as exc:
            results[name] = {"error": str(exc)}
            _log(f"{name} FAILED: {_cell(str(exc), 200)}")
        _log(f"{name} done in {time.perf_counter() - t0:.0f} s")

    try:
        attempt("pytest", lambda: section_pytest(mode, tmp))
        cases_file = tmp / "cases.jsonl"
        captured = results.get("pytest", {}).get("capture")
        if captured and load_cases(captured):
            shutil.copy(captured, cases_file)
            results["cases_source"] = "pytest"
        else:
            save_cases(cases_file, draw_cases(mode.fallback_cases, seed=0))
            results["cases_source"] = "drawn"

        def inproc() -> dict[str, Any]:
            out = run_worker("inproc", [str(cases_file), "--repeat", str(mode.inproc_repeat), "--draws",
                                        str(mode.draws)], timeout=1800, out_json=tmp / "inproc.json")
            out["inproc_repeat"] = mode.inproc_repeat
            return out

        attempt("inproc", inproc)

        def naive() -> dict[str, Any]:
            records = load_cases(cases_file)
            subset = tmp / "naive_cases.jsonl"
            save_cases(subset, _evenly(records, mode.naive_cases))
            return run_worker("naive", [str(subset), "--examples-per-case", str(mode.naive_examples_per_case)],
                              timeout=3600, out_json=tmp / "naive.json")

        attempt("naive", naive)
        attempt("fuzz_run", lambda: section_fuzz_run(mode, tmp))
        run_capture = results.get("fuzz_run", {}).get("capture")
        if run_capture and load_cases(run_capture):
            attempt("run_limit", lambda: run_worker("inproc", [run_capture, "--limit-only"], timeout=1800,
                                                    out_json=tmp / "run_limit.json"), section="fuzz_run")

            def naive_run() -> dict[str, Any]:
                subset = tmp / "naive_run_cases.jsonl"
                save_cases(subset, _evenly(load_cases(run_capture), mode.naive_cases))
                return run_worker("naive", [str(subset), "--examples-per-case", str(mode.naive_examples_per_case)],
                                  timeout=3600, out_json=tmp / "naive_run.json")

            attempt("naive_run", naive_run, section="naive")
        attempt("confine", lambda: run_worker(
            "confine", [run_capture or str(cases_file), "--cases", str(mode.confine_cases), "--rounds",
                        str(mode.confine_rounds)], timeout=1800, out_json=tmp / "confine.json"))
        attempt("jobs", lambda: section_jobs(mode, tmp))
        attempt("scaling", lambda: section_scaling(mode, tmp))
        attempt("large", lambda: run_worker("large", ["--cases", str(mode.large_cases), "--common",
                                                      str(mode.large_common)], timeout=1800,
                                            out_json=tmp / "large.json"))
        attempt("precision", lambda: run_worker("precision", ["--cases", str(mode.precision_cases)], timeout=1800,
                                                out_json=tmp / "precision.json"))
        attempt("memory", lambda: run_worker("memory", ["--seconds", str(mode.memory_seconds)],
                                             timeout=mode.memory_seconds + 600, out_json=tmp / "memory.json"))
        attempt("detection", lambda: run_worker(
            "detect", ["--seeds", str(mode.detect_seeds), "--max-examples", str(mode.detect_max_examples)],
            timeout=3600, out_json=tmp / "detect.json"))
        attempt("campaign", lambda: run_worker(
            "campaign", ["--seeds", str(mode.campaign_seeds), "--budget", str(mode.campaign_budget_s)],
            timeout=4 * 3600, out_json=tmp / "campaign.json"))
    except KeyboardInterrupt:
        _log("interrupted: writing what was measured")
    finally:
        elapsed = time.perf_counter() - started
        (tmp / "results.json").write_text(json.dumps(results, indent=1, default=str))
        headline = write_results(args.out, mode, machine, versions, results, elapsed)
        if args.keep:
            _log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    _log(f"wrote {args.out} ({mode.name} run, {elapsed:.0f} s)")
    print(f"pytest fuzz/: overhead={_fmt(headline['pytest_overhead'])} "
          f"naive_speedup={_fmt(headline['pytest_naive_speedup'])}")
    print(f"overhead={_fmt(headline['overhead'])} naive_speedup={_fmt(headline['naive_speedup'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
