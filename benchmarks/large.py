"""Worker: the large-batch stratum's examples/s, and what torch's default thread count costs.

    python -m benchmarks.large --cases N --common M --json OUT

Draws N cases of `strategies.large.large_cases()` (seeded) and checks them through the isolated
`Checker` pipelined as the run does (two in flight; examples/s of the stratum), then each of them
once with threads=1 and once with threads=0 (torch's default), alternating which goes first, one
at a time (median seconds per check).  The same for M common cases (`batchnorm_cases()`), and the
torch adapter alone, in process, on both sets (the part the thread count can change).
"""

from __future__ import annotations

import argparse
import math
import time
from collections import deque
from pathlib import Path
from typing import Any

from benchmarks.common import median, write_json


def draw(strategy: Any, count: int, seed: int) -> list[Any]:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed
    from hypothesis import strategies as st

    cases: list[Any] = []

    @settings(max_examples=count, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @hypothesis_seed(seed)
    @given(st.data())
    def collect(data: Any) -> None:
        cases.append(data.draw(strategy))

    collect()
    return cases


def pipelined(checker: Any, cases: list[Any]) -> float:
    """Seconds to check `cases` as the run's search does: two in flight while the last is judged."""
    began = time.perf_counter()
    in_flight: deque[Any] = deque()
    for case in cases:
        checker.start(case)
        in_flight.append(case)
        if len(in_flight) > 2:
            checker.finish(in_flight.popleft())
    while in_flight:
        checker.finish(in_flight.popleft())
    return time.perf_counter() - began


def by_threads(run: Any, cases: list[Any]) -> dict[str, float]:
    """Median seconds of `run(case)` with threads=1 and threads=0, alternating which goes first."""
    times: dict[int, list[float]] = {1: [], 0: []}
    for index, case in enumerate(cases):
        for threads in ((1, 0) if index % 2 else (0, 1)):
            began = time.perf_counter()
            run(case.with_(threads=threads))
            times[threads].append(time.perf_counter() - began)
    return {"one_s": median(times[1]), "default_s": median(times[0])}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=40)
    parser.add_argument("--common", type=int, default=200)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    from fuzz.execution.adapters.torch_nn import TorchNnAdapter
    from fuzz.execution.check import Checker
    from fuzz.model.case import Case
    from strategies import batchnorm_cases
    from strategies.large import large_cases

    large, common = draw(large_cases(), args.cases, 1), draw(batchnorm_cases(), args.common, 1)
    checker = Checker.of("mindspore.nn", isolate=True)
    checker.check(Case(shape=(4, 3)))
    torch_adapter = TorchNnAdapter()
    out: dict[str, Any] = {"cases": len(large), "common": len(common),
                           "default_threads": torch_adapter.default_threads,
                           "elements_median": median([float(math.prod(c.shape)) for c in large]),
                           "default_share": sum(c.threads == 0 for c in large) / max(len(large), 1)}
    seconds = pipelined(checker, large)
    out["large_pipelined_s"] = seconds
    out["large_examples_per_s"] = len(large) / seconds
    seconds = pipelined(checker, common)
    out["common_examples_per_s"] = len(common) / seconds
    out["large_check"] = by_threads(checker.check, large)
    out["common_check"] = by_threads(checker.check, common)
    out["large_torch"] = by_threads(torch_adapter.run, large)
    out["common_torch"] = by_threads(torch_adapter.run, common)
    checker.close()
    write_json(args.json, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
