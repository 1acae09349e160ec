"""False alarms of a clean nightly: new findings on unchanged frameworks, over several seeds
(benchmarks/RESULTS-false-alarms.md).

    python benchmarks/false_alarms.py --seeds 20261207,20261208,20261209,20261210 --budget 900
    python benchmarks/false_alarms.py --runs reports/nightly-2026-12-07-cpu,...   # tabulate runs made before
    python benchmarks/false_alarms.py --seeds 1 --budget 30 --out /tmp/fa.md       # a tiny check
    python benchmarks/false_alarms.py --seeds 20261215 --compiled                 # the compiled job instead

Each seed is the nightly's CPU job as `python -m fuzz run --budget B --seed S --naive-port` on the
pinned versions; with `--compiled`, its compiled-modes job instead (`--targets
mindspore.nn+graph,mindspore.nn+jit,torch.nn+compile`, folders false-alarms-compiled-SEED).
A nightly that turns red on unchanged frameworks is a false alarm unless its new
finding is a real difference nobody had triaged; so per run this lists every new finding with the
facts of its mechanism (fuzz/oracle/mechanism.py) and, at the end, which facts the new findings
share across the runs: a fact that recurs is an entry to write by its mechanism, not one more narrow
entry per finding.  Findings are counted as the run classified them (the known-differences list of
its commit); `--reclassify` also replays each new one against today's list (`python -m fuzz
triage`), which says whether an entry written since covers it.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fuzz.campaign.store import read_findings  # noqa: E402
from fuzz.oracle.mechanism import mechanism_of  # noqa: E402

#: the nightly workflow's compiled-modes job (.github/workflows/nightly.yml, fuzz-compiled)
COMPILED_TARGETS = "mindspore.nn+graph,mindspore.nn+jit,torch.nn+compile"


def run_nightly(seed: int, budget: int, out: Path, compiled: bool = False) -> float:
    began = time.monotonic()
    job = ["--targets", COMPILED_TARGETS] if compiled else ["--naive-port"]
    subprocess.run([sys.executable, "-m", "fuzz", "run", "--budget", str(budget), "--seed", str(seed), *job,
                    "--out", str(out)], cwd=ROOT, check=False, stdout=subprocess.DEVNULL)
    return time.monotonic() - began


def covered_now(folder: Path) -> dict[str, str]:
    """finding id -> what `python -m fuzz triage` says of it today ("covered now by X", or "new")."""
    done = subprocess.run([sys.executable, "-m", "fuzz", "triage", str(folder)], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    said: dict[str, str] = {}
    current = ""
    for line in done.stdout.splitlines():
        if line and not line.startswith(" ") and "  " in line:
            current = line.split()[0]
            said[current] = "new"
        elif current and line.strip().startswith("covered now by"):
            said[current] = line.strip()
        elif current and line.strip().startswith("does not show on replay"):
            said[current] = "gone on replay"
    return said


def tabulate(folders: list[Path], reclassify: bool) -> str:
    lines = ["| run | seed | examples | examples/s | findings | new | new findings: kind, blamed, mechanism facts"
             + (" | today" if reclassify else "") + " |",
             "|---|---:|---:|---:|---:|---:|---" + ("|---" if reclassify else "") + "|"]
    facts: collections.Counter[str] = collections.Counter()
    red = 0
    for folder in folders:
        summary = json.loads((folder / "summary.json").read_text())
        findings = read_findings(folder / "findings.jsonl")
        new = [f for f in findings if f.is_new]
        red += bool(new)
        today = covered_now(folder) if reclassify and new else {}
        described = []
        for f in new:
            mechanism = mechanism_of(f.case, f.step) if f.case is not None else None
            facts.update(mechanism.facts if mechanism else ("no case",))
            words = ", ".join(mechanism.facts) if mechanism and mechanism.facts else "none"
            described.append(f"`{f.id}` {f.kind.value}, {f.blamed}, [{words}]"
                             + (f" ({today.get(f.id, '?')})" if reclassify else ""))
        lines.append(f"| `{folder.name}` | {summary.get('seed')} | {summary.get('examples_total')} | "
                     f"{summary.get('examples_per_s', 0):.1f} | {len(findings)} | {len(new)} | "
                     + ("; ".join(described) or "-") + " |")
    lines += ["", f"Runs with a new finding (red): {red} of {len(folders)}.", "",
              "Mechanism facts the new findings share (count over all runs): "
              + (", ".join(f"{name} {count}" for name, count in facts.most_common()) or "none") + "."]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", default="", help="comma-separated seeds: one nightly each")
    parser.add_argument("--runs", default="", help="comma-separated run folders made before (no new runs)")
    parser.add_argument("--budget", type=int, default=900)
    parser.add_argument("--folder", type=Path, default=ROOT / "reports",
                        help="where new runs go (one folder per seed: false-alarms-SEED)")
    parser.add_argument("--compiled", action="store_true",
                        help="run the nightly's compiled-modes job instead of its eager CPU job")
    parser.add_argument("--reclassify", action="store_true", help="replay each new finding against today's entries")
    parser.add_argument("--out", type=Path, default=None, help="write the table here (default: print it)")
    args = parser.parse_args()
    folders = [Path(f) for f in args.runs.split(",") if f]
    for seed in [int(s) for s in args.seeds.split(",") if s]:
        out = args.folder / f"false-alarms-{'compiled-' if args.compiled else ''}{seed}"
        wall = run_nightly(seed, args.budget, out, args.compiled)
        print(f"[false-alarms] seed {seed}: {wall:.0f} s -> {out}", file=sys.stderr)
        folders.append(out)
    if not folders:
        parser.error("give --seeds to run nightlies, or --runs to tabulate runs made before")
    text = tabulate(folders, args.reclassify)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
