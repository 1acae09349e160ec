"""Compiled targets: what compiling costs, in the adapter alone and in a campaign (benchmarks/RESULTS-compiled.md).

    python benchmarks/compiled.py                  # full: 150 cases per target, then 120 s campaigns
    python benchmarks/compiled.py --cases 4 --targets mindspore.nn,mindspore.nn+graph --skip-campaign \\
        --out /tmp/bench-compiled.md               # a tiny check
    python -m benchmarks.compiled --one TARGET --cases-file F --json OUT   # worker: one target, one process

A compiled target (fuzz/model/targets.py: `torch.nn+compile`, `mindspore.nn+graph`, `mindspore.nn+jit`,
`mindspore.mint+graph`) compiles a graph the first time it meets a configuration, and the harness
buckets eps and momentum (fuzz/model/buckets.py) so that configurations repeat.  This measures what
that costs and how much of it the reuse wins back, beside the eager targets:

*Adapter alone*: one fixed, seeded set of K valid cases (`cases_of(Family.VALID)`, Hypothesis'
generate phase, every case `bucketed`, the same cases for every target) runs through
`adapter_for(target).run(case)` twice, in a fresh process per target (compile caches and MindSpore's
process-wide context do not leak between targets): pass 1 cold (graphs are compiled), pass 2 warm (the
same cases again, graphs reused).  Per pass: cases/s, the compiles and compile seconds the outcomes
report (`Outcome.compiles`, `Outcome.compile_s`), the compile share (compile seconds / wall seconds
of the pass) and the cases the target rejected (`outcome.error` set).  torch inductor also keeps an
on-disk cache (/tmp/torchinductor_<user>) that outlives the process: whether it was warm is reported,
and it is never deleted.

*Campaign*: `python -m fuzz run --budget B --seed S --targets T --no-shrink` per target (the eager
`mindspore.nn` baseline always included; `torch.nn`, the left side of every pairing, is not a
campaign target): examples/s from its summary.json and its compile tally (compiles per case, compile
seconds per case, compile share = compile seconds / the run's duration).  A compiled MindSpore target
runs two pairings, against torch.nn and against its own eager mode, each in its own worker.
"""

from __future__ import annotations

import argparse
import collections
import getpass
import hashlib
import json
import os
import re
import shlex
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `benchmarks` and the harness importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (  # noqa: E402
    BENCH,
    ROOT,
    BenchmarkError,
    load_cases,
    machine_info,
    package_versions,
    require_frameworks,
    run_command,
    run_worker,
    save_cases,
    write_json,
)

DEFAULT_TARGETS = ("torch.nn", "torch.nn+compile", "mindspore.nn", "mindspore.nn+graph", "mindspore.nn+jit",
                   "mindspore.mint+graph")
DEFAULT_CASES = 150
DEFAULT_BUDGET_S = 120.0
DEFAULT_SEED = 1
DEFAULT_OUT = BENCH / "RESULTS-compiled.md"
#: the eager target every campaign row is read against
BASELINE = "mindspore.nn"


# --------------------------------------------------------------------------- small helpers
def _log(message: str) -> None:
    print(f"[compiled] {message}", file=sys.stderr, flush=True)


def _fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if value != value:
            return "n/a"
        if value == 0:
            return "0"
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.{digits}g}"
    return str(value)


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f}%" if whole > 0 else "n/a"


def _cell(text: str, limit: int = 140) -> str:
    """Text fit for a Markdown table cell: one line, no pipes or backticks, truncated."""
    flat = " ".join(str(text).split()).replace("|", "/").replace("`", "'")
    return flat[: limit - 3] + "..." if len(flat) > limit else flat


def _tail(text: str, lines: int = 12) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def inductor_cache_dir() -> Path:
    """Where torch inductor keeps its on-disk cache (TORCHINDUCTOR_CACHE_DIR, else torch's default
    `<tmp>/torchinductor_<user>`), found without importing torch."""
    configured = os.environ.get("TORCHINDUCTOR_CACHE_DIR")
    if configured:
        return Path(configured)
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return Path(tempfile.gettempdir()) / ("torchinductor_" + re.sub(r'[\\/:*?"<>|]', "_", user))


def cache_state(path: Path) -> dict[str, Any]:
    """Whether a cache directory exists, its files and MiB (warm: it has files)."""
    files, size = 0, 0
    if path.is_dir():
        for folder, _dirs, names in os.walk(path):
            for name in names:
                try:
                    size += (Path(folder) / name).stat().st_size
                    files += 1
                except OSError:
                    pass
    return {"path": str(path), "exists": path.is_dir(), "files": files, "mib": round(size / 2**20, 1),
            "warm": files > 0}


def _describe_cache(state: dict[str, Any]) -> str:
    if not state["exists"]:
        return "absent (cold)"
    if not state["warm"]:
        return "empty (cold)"
    return f"warm ({state['files']} files, {state['mib']} MiB)"


# --------------------------------------------------------------------------- cases
def draw_valid_cases(count: int, seed: int) -> list[Any]:
    """`count` valid cases (`cases_of(Family.VALID)`, generate phase, seeded), each moved to the
    buckets a compiled pairing uses, so every target runs exactly these cases."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    from fuzz.model.buckets import bucketed
    from fuzz.model.vocabulary import Family
    from strategies import cases_of

    drawn: list[Any] = []

    @hypothesis_seed(seed)
    @settings(max_examples=count, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(cases_of(Family.VALID))
    def collect(case: Any) -> None:
        drawn.append(case)

    collect()
    return [bucketed(case) for case in drawn[:count]]


# --------------------------------------------------------------------------- worker: one target, two passes
def _digest(outcome: Any) -> str:
    """A hash of every value an outcome holds (per step: output, statistics, gradients) and its error's class."""
    digest = hashlib.sha256(repr(None if outcome.error is None else outcome.error.type).encode())
    for step in outcome.steps:
        for name in ("output", "running_mean", "running_var", "grad_input", "grad_weight", "grad_bias"):
            value = getattr(step, name)
            digest.update(name.encode())
            if value is not None:
                digest.update(f"{value.dtype}{value.shape}".encode())
                digest.update(value.tobytes())
    return digest.hexdigest()


def one_target(target: str, cases: list[Any]) -> dict[str, Any]:
    """Every case through `adapter_for(target).run`, twice, in this process."""
    from fuzz.execution.adapters import AdapterUnavailable, adapter_for

    began = time.perf_counter()
    try:
        adapter = adapter_for(target)
    except AdapterUnavailable as exc:
        return {"target": target, "unavailable": str(exc)}
    setup_s = time.perf_counter() - began  # imports, construction (torch.nn+compile: one probe compile)
    versions = dict(getattr(adapter, "versions", {}) or {})
    passes: list[dict[str, Any]] = []
    accepted: list[list[str | None]] = []
    results: list[list[str]] = []
    for number in (1, 2):
        wall = compile_s = 0.0
        compiles = compiled_cases = 0
        phases: collections.Counter[str] = collections.Counter()
        messages: collections.Counter[str] = collections.Counter()
        compiling_by_init: collections.Counter[str] = collections.Counter()  # MindSpore's init_via (jit: checkpoint)
        verdicts: list[str | None] = []
        digests: list[str] = []
        for case in cases:
            t0 = time.perf_counter()
            outcome = adapter.run(case)
            wall += time.perf_counter() - t0
            compiles += outcome.compiles
            compile_s += outcome.compile_s
            if outcome.compiles:
                compiled_cases += 1
                init_via = getattr(case.mindspore.init_via, "value", str(case.mindspore.init_via))
                compiling_by_init[init_via] += 1
            error = outcome.error
            verdicts.append(None if error is None else f"{error.phase.value}: {error.type}")
            digests.append(_digest(outcome))
            if error is not None:
                phases[error.phase.value] += 1
                messages[f"{error.phase.value}: {error.type}: {error.message[:160]}"] += 1
        accepted.append(verdicts)
        results.append(digests)
        passes.append({"pass": number, "cases": len(cases), "wall_s": wall, "compiles": compiles,
                       "compile_s": compile_s, "cases_compiling": compiled_cases,
                       "compiling_by_init_via": dict(compiling_by_init),
                       "rejected": sum(phases.values()), "rejected_by_phase": dict(phases),
                       "messages": messages.most_common(8)})
    # a case accepted in one pass and rejected in the other (or rejected differently): the reuse changed it
    flips = [i for i, (a, b) in enumerate(zip(*accepted)) if a != b]
    # same verdict but different values (outputs, statistics, gradients, bit for bit): a reused graph computed otherwise
    changed = [i for i, (a, b) in enumerate(zip(*results)) if a != b and i not in flips]
    inductor = None
    if target.endswith("+compile"):
        try:
            from torch._inductor.runtime.cache_dir_utils import cache_dir

            inductor = cache_dir()
        except Exception:  # a private API: the parent reports the default path anyway
            inductor = None
    return {"target": target, "setup_s": setup_s, "versions": versions, "passes": passes,
            "flips": [{"index": i, "pass1": accepted[0][i], "pass2": accepted[1][i]} for i in flips],
            "changed_values": changed,
            "inductor_cache_dir": inductor}


def worker_main(args: argparse.Namespace) -> int:
    cases = ([case for _group, case in load_cases(args.cases_file)] if args.cases_file
             else draw_valid_cases(args.cases, args.seed))
    write_json(args.json, one_target(args.one, cases))
    return 0


# --------------------------------------------------------------------------- campaign
def _pairing_of(key: str) -> str:
    """`property[torch.nn@cpu~mindspore.nn+graph@cpu]` -> `torch.nn~mindspore.nn+graph`."""
    inside = key[key.find("[") + 1: key.rfind("]")] if "[" in key else key
    return inside.replace("@cpu", "")


def campaign_run(target: str, budget: float, seed: int, workdir: Path) -> dict[str, Any]:
    out = workdir / re.sub(r"[^A-Za-z0-9_.-]", "_", target)
    argv = [sys.executable, "-m", "fuzz", "run", "--budget", f"{budget:g}", "--seed", str(seed),
            "--targets", target, "--out", str(out), "--no-shrink"]
    code, stdout, stderr, wall = run_command(argv, timeout=budget + 900)
    row: dict[str, Any] = {"target": target, "exit": code, "wall_s": wall,
                           "command": shlex.join(["python", *argv[1:-3], "--out", "DIR", "--no-shrink"])}
    summary_path = out / "summary.json"
    if code not in (0, 1) or not summary_path.exists():  # 1: new findings, a normal end
        row["error"] = f"exit {code}: {_tail(stderr or stdout, 8)}"
        return row
    summary = json.loads(summary_path.read_text())
    pairings: collections.Counter[str] = collections.Counter()
    for used in (summary.get("backends") or {}).get("used", []):  # every pairing the run set up, 0 if it got none
        pairings[_pairing_of(used)] += 0
    for key, n in (summary.get("examples") or {}).items():
        pairings[_pairing_of(key)] += int(n)
    tallies = summary.get("compiles") or {}
    compile_s = sum(float(t.get("compile_s", 0.0)) for t in tallies.values())
    row.update({
        "examples_per_s": summary.get("examples_per_s"), "examples_total": summary.get("examples_total"),
        "duration_s": summary.get("duration_s"), "pairings": dict(pairings), "compiles": tallies,
        "compile_s": compile_s, "findings_total": summary.get("findings_total"),
        "new_findings": list(summary.get("new_findings") or []), "harness_errors": summary.get("harness_errors"),
        "restarts": sum(int(w.get("restarts", 0)) for w in (summary.get("workers") or {}).values()),
        "findings_by_kind": summary.get("findings_by_kind") or {},
    })
    return row


def campaign_targets(targets: list[str]) -> tuple[list[str], list[str]]:
    """The targets `python -m fuzz run --targets` takes (the baseline first), and those it does not."""
    from fuzz.execution.adapters import CHOOSABLE_TARGETS

    chosen = [BASELINE] + [t for t in targets if t != BASELINE and (t in CHOOSABLE_TARGETS or ":" in t)]
    skipped = [t for t in targets if t not in chosen]
    return chosen, skipped


# --------------------------------------------------------------------------- results file
def write_results(path: Path, args: argparse.Namespace, command: str, machine: dict[str, Any],
                  versions: dict[str, str], adapter_rows: list[dict[str, Any]] | None, cache_before: dict[str, Any],
                  cache_after: dict[str, Any], campaign_rows: list[dict[str, Any]] | None,
                  campaign_skipped: list[str], elapsed: float) -> None:
    lines: list[str] = []
    add = lines.append
    add("# Compiled targets: compile cost in the adapter and in a campaign")
    add("")
    add(f"Written by `{command}` on {machine['date']} in {elapsed:.0f} s; every run overwrites this file. "
        "See the docstring of `benchmarks/compiled.py` for exactly what is timed.")
    add("")
    load = machine.get("loadavg")
    add(f"- machine: {machine['cpu']}, os.cpu_count() = {machine['nproc']} (usable: {machine.get('affinity')}), "
        f"memory {machine['memory_gib']} GiB, load average at start "
        f"{', '.join(f'{x:.2f}' for x in load) if load else '-'}")
    add(f"- torch {versions.get('torch')}, mindspore {versions.get('mindspore')}, python {versions.get('python')}, "
        f"hypothesis {versions.get('hypothesis')}, numpy {versions.get('numpy')}; commit {machine['commit']}; "
        "backend CPU")
    add("")

    add("## 1. The adapter alone")
    add("")
    if adapter_rows is None:
        add("Not run in this invocation.")
    else:
        add(f"{args.cases} valid cases (`cases_of(Family.VALID)`, seed {args.seed}, bucketed), each target in a "
            "fresh process: pass 1 cold (graphs compiled), pass 2 the same cases again (graphs reused). "
            "*setup s*: import and adapter construction (torch.nn+compile: one probe compile), not in either pass. "
            "*compile share*: compile s / wall s of the pass. *rejected*: cases whose outcome has an error "
            "(by phase).")
        add("")
        add(f"torch inductor's on-disk cache `{cache_before['path']}` before this section: "
            f"{_describe_cache(cache_before)}; after: {_describe_cache(cache_after)}.")
        add("")
        add("| target | setup s | pass | wall s | cases/s | compiles | cases compiling | compile s | compile share "
            "| rejected |")
        add("|---|---:|---|---:|---:|---:|---:|---:|---:|---|")
        for row in adapter_rows:
            if "error" in row or "unavailable" in row:
                add(f"| `{row['target']}` | - | failed | - | - | - | - | - | - | "
                    f"{_cell(row.get('error') or row.get('unavailable', ''))} |")
                continue
            for p in row["passes"]:
                rejected = str(p["rejected"])
                if p["rejected_by_phase"]:
                    rejected += " (" + ", ".join(f"{k} {v}" for k, v in sorted(p["rejected_by_phase"].items())) + ")"
                add(f"| `{row['target']}` | {_fmt(row['setup_s']) if p['pass'] == 1 else ''} | "
                    f"{'1 cold' if p['pass'] == 1 else '2 warm'} | {_fmt(p['wall_s'])} | "
                    f"{_fmt(p['cases'] / p['wall_s'] if p['wall_s'] else float('nan'))} | {p['compiles']} | "
                    f"{p['cases_compiling']} | {_fmt(p['compile_s'])} | {_pct(p['compile_s'], p['wall_s'])} | "
                    f"{rejected} |")
        add("")
        still = [(row["target"], row["passes"][1]) for row in adapter_rows if "passes" in row
                 and row["passes"][1]["compiles"]]
        if still:
            add("Cases that compiled again in pass 2 (graphs not reused), by the case's `mindspore.init_via`: "
                + "; ".join(f"`{t}` " + ", ".join(f"{k} {v}" for k, v in sorted(p["compiling_by_init_via"].items()))
                            for t, p in still)
                + ". (`+jit` builds a fresh Cell, so fresh graphs, for every checkpoint load; a compile that "
                "failed is tried again the next time.)")
            add("")
        rejections = [(row["target"], p) for row in adapter_rows if "passes" in row for p in row["passes"]
                      if p["messages"]]
        if rejections:
            add("Rejections (most frequent first, per target and pass):")
            add("")
            for target, p in rejections:
                for message, n in p["messages"]:
                    add(f"- `{target}` pass {p['pass']}: {n} x {_cell(message, 220)}")
            add("")
        flips = [(row["target"], f) for row in adapter_rows for f in row.get("flips", [])]
        if flips:
            add("Cases accepted or rejected differently in pass 2 than in pass 1 (graph reuse changed the verdict):")
            add("")
            for target, f in flips:
                add(f"- `{target}` case {f['index']}: pass 1 {f['pass1'] or 'accepted'}, "
                    f"pass 2 {f['pass2'] or 'accepted'}")
            add("")
        else:
            add("Every case got the same verdict (accepted, or rejected in the same phase with the same exception "
                "class) in both passes.")
            add("")
        changed = [(row["target"], i) for row in adapter_rows for i in row.get("changed_values", [])]
        if changed:
            add("Cases whose values (outputs, statistics, gradients) differ, bit for bit, between the passes: "
                + ", ".join(f"`{t}` case {i}" for t, i in changed) + ".")
        else:
            add("Every case gave bit-identical outputs, running statistics and gradients in both passes.")
        add("")

    add("## 2. Campaign")
    add("")
    if campaign_rows is None:
        add("Not run in this invocation (--skip-campaign).")
    else:
        add(f"`python -m fuzz run --budget {args.budget:g} --seed {args.seed} --targets T --out DIR "
            "--no-shrink` per target (isolated workers, pipelined, as the nightly job). *examples/s*: its "
            "summary.json (examples over every pairing / duration). *compile share*: the compiled target's "
            "compile s (summed over the workers of its pairings, which run side by side) / the run's duration. "
            "A compiled MindSpore target runs two pairings, against torch.nn and against its own eager mode; "
            "*examples by pairing* lists every pairing the run set up (0: the budget ran out before its turn).")
        if campaign_skipped:
            add(f"Not campaign targets (torch.nn is every pairing's left side): {', '.join(campaign_skipped)}.")
        add("")
        add("| target | examples/s | examples by pairing | duration s | compiles / case | compile s / case "
            "| compile share | findings (new) | restarts | exit |")
        add("|---|---:|---|---:|---:|---:|---:|---|---:|---:|")
        for row in campaign_rows:
            if "error" in row:
                add(f"| `{row['target']}` | failed | {_cell(row['error'])} | - | - | - | - | - | - | {row['exit']} |")
                continue
            tallies = row["compiles"]
            per_case = "; ".join(f"{_fmt(t.get('compiles_per_case'))}" for t in tallies.values()) or "0"
            s_per_case = "; ".join(f"{_fmt(t.get('compile_s_per_case'))}" for t in tallies.values()) or "0"
            pairings = "; ".join(f"{name}: {n}" for name, n in sorted(row["pairings"].items()))
            add(f"| `{row['target']}` | {_fmt(row['examples_per_s'])} | {pairings} | {_fmt(row['duration_s'])} | "
                f"{per_case} | {s_per_case} | {_pct(row['compile_s'], row['duration_s'] or 0.0)} | "
                f"{row['findings_total']} ({len(row['new_findings'])}) | {row['restarts']} | {row['exit']} |")
        add("")
        base = next((r for r in campaign_rows if r["target"] == BASELINE and "error" not in r), None)
        if base and base.get("examples_per_s"):
            add(f"Against the eager `{BASELINE}` baseline ({_fmt(base['examples_per_s'])} examples/s): "
                + "; ".join(f"`{r['target']}` {_fmt(r['examples_per_s'] / base['examples_per_s'])}x"
                            for r in campaign_rows if r is not base and "error" not in r and r.get("examples_per_s"))
                + ".")
            add("")
        new = [(r["target"], f) for r in campaign_rows for f in r.get("new_findings", [])]
        if new:
            add("New findings (`--no-shrink`: recorded as met): "
                + ", ".join(f"`{t}` {f}" for t, f in new) + ".")
            add("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- main
def _command_line() -> str:
    argv0 = Path(sys.argv[0]).resolve()
    try:
        shown = str(argv0.relative_to(ROOT))
    except ValueError:
        shown = sys.argv[0]
    if __package__:
        return shlex.join(["python", "-m", "benchmarks.compiled", *sys.argv[1:]])
    return shlex.join(["python", shown, *sys.argv[1:]])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=DEFAULT_CASES, help="valid cases per target (adapter section)")
    parser.add_argument("--budget", type=float, default=DEFAULT_BUDGET_S, help="seconds per campaign target")
    parser.add_argument("--targets", default=",".join(DEFAULT_TARGETS), help="comma-separated targets")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the drawn cases and of the campaigns")
    parser.add_argument("--out", type=Path, default=None,
                        help=f"results file (default {DEFAULT_OUT.relative_to(ROOT)}, written by a full run only)")
    parser.add_argument("--skip-campaign", action="store_true", help="only the adapter section")
    parser.add_argument("--skip-adapter", action="store_true", help="only the campaign section")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (cases, worker JSON, runs)")
    # the worker, one target in its own process (run by the parent)
    parser.add_argument("--one", metavar="TARGET", help=argparse.SUPPRESS)
    parser.add_argument("--cases-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        return worker_main(args)

    targets = [t.strip() for t in args.targets.split(",") if t.strip()]
    reduced = (args.cases < DEFAULT_CASES or args.budget < DEFAULT_BUDGET_S or args.skip_campaign
               or args.skip_adapter or not set(DEFAULT_TARGETS) <= set(targets))
    if args.out is None:
        if reduced:
            parser.error(f"a reduced run does not overwrite {DEFAULT_OUT.relative_to(ROOT)}: pass --out PATH")
        args.out = DEFAULT_OUT
    from fuzz.model.targets import TargetName, TargetNameError

    for target in targets:
        if target != "torch.nn":
            try:
                TargetName.parse(target)
            except TargetNameError as exc:
                parser.error(str(exc))
    try:
        require_frameworks(("torch", "mindspore", "numpy", "hypothesis"))
    except BenchmarkError as exc:
        print(f"benchmarks/compiled.py: {exc}", file=sys.stderr)
        return 3

    command = _command_line()
    started = time.perf_counter()
    machine, versions = machine_info(), package_versions()
    tmp = Path(tempfile.mkdtemp(prefix="bn-bench-compiled-"))
    cache_dir = inductor_cache_dir()
    cache_before = cache_after = cache_state(cache_dir)
    adapter_rows: list[dict[str, Any]] | None = None
    campaign_rows: list[dict[str, Any]] | None = None
    chosen, skipped = campaign_targets(targets)
    try:
        if not args.skip_adapter:
            adapter_rows = []
            cases_file = tmp / "cases.jsonl"
            cases = draw_valid_cases(args.cases, args.seed)
            save_cases(cases_file, [("valid", case) for case in cases])
            _log(f"adapter: {len(cases)} cases; inductor cache {cache_dir}: {_describe_cache(cache_before)}")
            for i, target in enumerate(targets):
                t0 = time.perf_counter()
                try:
                    row = run_worker("compiled", ["--one", target, "--cases-file", str(cases_file)],
                                     timeout=600 + 40 * len(cases), out_json=tmp / f"adapter-{i}.json")
                except BenchmarkError as exc:
                    row = {"target": target, "error": str(exc)}
                adapter_rows.append(row)
                summary = row.get("error") or row.get("unavailable") or ", ".join(
                    f"pass {p['pass']}: {p['cases'] / p['wall_s']:.1f} cases/s, {p['compiles']} compiles "
                    f"({p['compile_s']:.1f} s), {p['rejected']} rejected" for p in row["passes"])
                _log(f"adapter {target} ({time.perf_counter() - t0:.0f} s): {_cell(summary, 300)}")
            cache_after = cache_state(cache_dir)
        if not args.skip_campaign:
            campaign_rows = []
            for target in chosen:
                _log(f"campaign {target}: {_fmt(args.budget)} s budget ...")
                row = campaign_run(target, args.budget, args.seed, tmp)
                campaign_rows.append(row)
                _log(f"campaign {target}: " + (_cell(row["error"], 300) if "error" in row else
                                               f"{row['examples_per_s']} examples/s, compiles {row['compiles']}"))
    except KeyboardInterrupt:
        _log("interrupted: writing what was measured")
    finally:
        elapsed = time.perf_counter() - started
        write_results(args.out, args, command, machine, versions, adapter_rows, cache_before, cache_after,
                      campaign_rows, skipped, elapsed)
        if args.keep:
            _log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    _log(f"wrote {args.out} in {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
