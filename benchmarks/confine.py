"""Worker: what confining a MindSpore worker to one core changes (`WorkerLimits.confine_mindspore`).

    python -m benchmarks.confine CASES.jsonl [--cases 400] [--rounds 2] --json OUT

MindSpore's CPU runtime keeps its actor and kernel threads spinning (sched_yield) on the cores it may
use while it computes.  For each setting, alternating, a `WorkerAdapter("mindspore.nn")` runs the same
cases (after a warm-up on the first 30); per case: wall time in this process, and the CPU time (user
and system, all threads) the worker used, from /proc/<pid>/stat.  Then the same for the run's
pipelined loop (`Checker.start`/`finish` with two cases in flight), which only gains when the
MindSpore worker leaves a core to this process and the torch worker.  Linux only (/proc).
"""

from __future__ import annotations

import argparse
import os
import time
from collections import deque
from pathlib import Path
from typing import Any

from benchmarks.common import load_cases, write_json

TICK = os.sysconf("SC_CLK_TCK")


def _cpu_s(pid: int) -> tuple[float, float]:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) / TICK, int(fields[12]) / TICK


def _worker(cases: list[Any], confine: bool) -> dict[str, float]:
    from fuzz.execution.isolation import WorkerAdapter, WorkerLimits

    worker = WorkerAdapter("mindspore.nn", limits=WorkerLimits(confine_mindspore=confine))
    try:
        for case in cases[:30]:
            worker.run(case)
        pid = worker.pid
        user0, sys0 = _cpu_s(pid)
        started = time.perf_counter()
        for case in cases:
            worker.run(case)
        wall = time.perf_counter() - started
        user1, sys1 = _cpu_s(pid)
    finally:
        worker.close()
    n = len(cases)
    return {"wall_ms": 1e3 * wall / n, "user_ms": 1e3 * (user1 - user0) / n, "system_ms": 1e3 * (sys1 - sys0) / n}


def _pipelined(cases: list[Any], confine: bool) -> dict[str, float]:
    from fuzz.execution.check import Checker
    from fuzz.execution.isolation import WorkerLimits

    checker = Checker.of("mindspore.nn", isolate=True, limits=WorkerLimits(confine_mindspore=confine))
    try:
        for case in cases[:30]:
            checker.check(case)
        started = time.perf_counter()
        for case in cases:
            checker.check(case)
        sequential = time.perf_counter() - started
        in_flight: deque[Any] = deque()
        started = time.perf_counter()
        for case in cases:
            checker.start(case)
            in_flight.append(case)
            if len(in_flight) > 2:
                checker.finish(in_flight.popleft())
        while in_flight:
            checker.finish(in_flight.popleft())
        pipelined = time.perf_counter() - started
    finally:
        checker.close()
    n = len(cases)
    return {"sequential_ms": 1e3 * sequential / n, "pipelined_ms": 1e3 * pipelined / n}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--cases", type=int, default=400, dest="count")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    cases = [c for _, c in load_cases(args.cases)][: args.count]
    rows: dict[str, list[dict[str, float]]] = {"confined": [], "unconfined": []}
    loops: dict[str, list[dict[str, float]]] = {"confined": [], "unconfined": []}
    for _ in range(args.rounds):  # alternate, so that a noisy moment hits both settings
        for name, confine in (("confined", True), ("unconfined", False)):
            rows[name].append(_worker(cases, confine))
            loops[name].append(_pipelined(cases, confine))
    write_json(args.json, {"cases": len(cases), "rounds": args.rounds, "worker": rows, "checker": loops,
                           "cores": len(os.sched_getaffinity(0))})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
