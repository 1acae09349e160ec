"""Worker: the nightly job against defects that hide in corners (fuzz/testing/planted.py, CORNER_DEFECTS).

    python -m benchmarks.campaign [--defects eval_shift,...] [--seeds 3] [--budget 60] --json OUT

For each defect and seed, `python -m fuzz run --budget B --seed S --targets mindspore.nn` runs in a
subprocess with the defect planted in torch (tests/planted_site).  From its findings.jsonl and
summary.json: the exit status, whether it ended with every report and no harness error, the
seconds into the run when the first new finding of the defect's kind inside its corner was met
(`met_after_s`) and when such a finding was shrunk (`shrunk_after_s`), how its replays went, new
findings outside the corner (outcomes charged to the wrong case: there should be none), worker
restarts and the seconds spent waiting for them, time spent shrinking, and the run's duration
against its budget.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, median, write_json

REPORTS = ("findings.jsonl", "summary.json", "report.md", "report.html", "junit.xml")


def one_run(defect: str, seed: int, budget: float, workdir: Path) -> dict[str, Any]:
    from fuzz.campaign.store import read_findings
    from fuzz.testing.planted import CORNER_DEFECTS

    corner = CORNER_DEFECTS[defect]
    out = workdir / f"{defect}-{seed}"
    env = dict(os.environ, FUZZ_PLANTED_BUG=defect,
               PYTHONPATH=os.pathsep.join([str(ROOT / "tests" / "planted_site"), str(ROOT)]))
    env.pop("CI", None)
    extra = ["--memory-limit", "1500"] if defect == "memory_c6" else []
    began = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "fuzz", "run", "--budget", str(budget), "--seed", str(seed),
                           "--targets", "mindspore.nn", "--out", str(out), *extra],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=budget + 900)
    wall = time.monotonic() - began
    row: dict[str, Any] = {"defect": defect, "seed": seed, "exit": proc.returncode, "wall_s": round(wall, 1),
                           "complete": all((out / name).is_file() for name in REPORTS),
                           "internal_error": "internal error" in proc.stderr}
    if not (out / "summary.json").is_file():
        row["error"] = proc.stderr[-2000:]
        return row
    summary = json.loads((out / "summary.json").read_text())
    findings = read_findings(out / "findings.jsonl")
    new = [f for f in findings if f.status == "new"]
    inside = [f for f in new if f.case is not None and corner.covers(f.case)]
    mine = [f for f in inside if f.kind == corner.kind]
    shrunk = [f.shrunk_after_s for f in mine if f.shrunk_after_s is not None]
    row.update({
        "duration_s": summary["duration_s"],
        "examples": summary["examples_total"],
        "new": len(new),
        "outside_corner": [f.case_summary for f in new if f not in inside],
        "detected": bool(mine),
        "first_met_s": min((f.met_after_s for f in mine), default=float("inf")),
        "first_shrunk_s": min(shrunk, default=float("inf")),
        "replays": [f.replay_text for f in mine],
        "flaky": sum(f.flaky for f in new),
        "harness_errors": summary["harness_errors"],
        "shrinks": summary["shrinking"]["shrinks"],
        "shrunk": summary["shrinking"]["shrunk"],
        "shrink_s": summary["shrinking"]["seconds"],
        "restarts": sum(w["restarts"] for w in summary["workers"].values()),
        "restart_s": summary["restart_s"],
        "stale_results": sum(w["stale_results"] for w in summary["workers"].values()),
    })
    return row


def main(argv: list[str] | None = None) -> int:
    from fuzz.testing.planted import CORNER_DEFECTS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--defects", default=",".join(CORNER_DEFECTS))
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--budget", type=float, default=60.0)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    out: dict[str, Any] = {"budget_s": args.budget, "seeds": args.seeds, "defects": {}}
    with tempfile.TemporaryDirectory(prefix="bench-campaign-") as tmp:
        for defect in [d for d in args.defects.split(",") if d]:
            runs = [one_run(defect, seed, args.budget, Path(tmp)) for seed in range(1, args.seeds + 1)]
            out["defects"][defect] = {
                "kind": CORNER_DEFECTS[defect].kind,
                "corner": CORNER_DEFECTS[defect].corner,
                "runs": runs,
                "detected": sum(bool(r.get("detected")) for r in runs),
                "exit_1_complete": sum(r["exit"] == 1 and r["complete"] and not r["internal_error"] for r in runs),
                "median_first_met_s": median([r.get("first_met_s", float("inf")) for r in runs]),
                "median_first_shrunk_s": median([r.get("first_shrunk_s", float("inf")) for r in runs]),
            }
            print(f"[campaign] {defect}: {out['defects'][defect]['detected']}/{len(runs)} detected", file=sys.stderr,
                  flush=True)
    write_json(args.json, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
