"""Memory of a long `python -m fuzz run`: resident set of the run and of each worker, sampled over time.

    python -m benchmarks.memory [--seconds 600] [--seed 7] [--no-isolate] --json OUT.json

Starts `python -m fuzz run --budget SECONDS --seed SEED` (both targets, isolated workers) and,
every `--every` seconds, reads VmRSS of the run's process and of every process below it (the
framework workers) from /proc, together with the examples done so far (from the run's plain
progress lines).  A worker that is replaced (after a crash) is a new pid and starts a new series.
"Flat" is judged per process on the second half of the search, after warm-up and before the run's
one-time finishing work: the growth from its first to its last sample there, and the least-squares
slope per 1,000 examples.  Linux only (/proc).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, worker_env

PROGRESS = re.compile(r"\[fuzz\]\s+(\d+)s\s+(\d+) examples")


def _rss_mib(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _name(pid: int) -> str:
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    text = " ".join(a.decode(errors="replace") for a in argv if a)
    match = re.search(r"fuzz\.workers\S*\s+(\S+)", text)
    return f"worker {match.group(1)}" if match else ("run" if "fuzz" in text else text[:40])


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                out.append(child)
                todo.append(child)
    return out


def _slope(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of (x, y); None for fewer than 3 points or no spread in x."""
    if len(points) < 3:
        return None
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in points) / sxx


def measure(seconds: float, every: float, extra: list[str]) -> dict[str, Any]:
    summary: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        argv = [sys.executable, "-m", "fuzz", "run", "--budget", str(seconds), "--out", str(Path(tmp) / "out"), *extra]
        proc = subprocess.Popen(argv, cwd=ROOT, env=worker_env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        examples = [0]

        def read_progress() -> None:
            assert proc.stderr is not None
            for line in proc.stderr:
                match = PROGRESS.search(line)
                if match:
                    examples[0] = int(match.group(2))

        reader = threading.Thread(target=read_progress, daemon=True)
        reader.start()
        started = time.monotonic()
        series: dict[int, dict[str, Any]] = {}
        while proc.poll() is None:
            now = time.monotonic() - started
            for pid in [proc.pid, *_descendants(proc.pid)]:
                rss = _rss_mib(pid)
                if rss is None:
                    continue
                entry = series.setdefault(pid, {"pid": pid, "name": _name(pid), "samples": []})
                entry["samples"].append((round(now, 1), examples[0], round(rss, 1)))
            time.sleep(every)
        reader.join(timeout=10)
        wall = time.monotonic() - started
        summary_path = Path(tmp) / "out" / "summary.json"
        if summary_path.exists():
            summary = json.loads(summary_path.read_text())
    # the search ends when the example count stops moving; what follows (replays confirming findings,
    # the run importing MindSpore once to write the repro scripts, ~330 MiB) is one-time, not growth
    final = max((s[1] for e in series.values() for s in e["samples"]), default=0)
    search_end = min((s[0] for e in series.values() for s in e["samples"] if s[1] == final), default=wall)
    processes = []
    for entry in series.values():
        samples = entry["samples"]
        late = [s for s in samples if wall / 2 <= s[0] <= search_end]
        slope = _slope([(s[1], s[2]) for s in late])
        processes.append({
            "pid": entry["pid"], "name": entry["name"], "samples": samples,
            "first_mib": samples[0][2], "max_mib": max(s[2] for s in samples), "last_mib": samples[-1][2],
            "second_half_growth_mib": round(late[-1][2] - late[0][2], 1) if late else None,
            "second_half_examples": (late[-1][1] - late[0][1]) if late else None,
            "slope_mib_per_1000_examples": None if slope is None else round(slope * 1000, 3),
        })
    return {"argv": ["python", "-m", "fuzz", "run", "--budget", str(seconds), *extra], "exit": proc.returncode,
            "wall_s": round(wall, 1), "examples": summary.get("examples_total", examples[0]), "every_s": every,
            "workers": summary.get("workers", {}), "processes": processes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--every", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-isolate", action="store_true", help="frameworks in the run's own process")
    parser.add_argument("--json", type=Path, required=True)
    args = parser.parse_args(argv)
    if not Path("/proc/self/status").exists():
        print("benchmarks.memory needs Linux /proc", file=sys.stderr)
        return 2
    extra = ["--seed", str(args.seed)] + (["--no-isolate"] if args.no_isolate else [])
    result = measure(args.seconds, args.every, extra)
    args.json.write_text(json.dumps(result, indent=1))
    for p in result["processes"]:
        print(f"{p['name']:<28} pid {p['pid']:>7}: first {p['first_mib']:.0f} MiB, max {p['max_mib']:.0f}, "
              f"last {p['last_mib']:.0f}; second half +{p['second_half_growth_mib']} MiB over "
              f"{p['second_half_examples']} examples ({p['slope_mib_per_1000_examples']} MiB / 1000 examples)")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("GLOG_v", "3")
    raise SystemExit(main())
