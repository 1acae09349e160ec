"""Worker: time per example and peak memory for one case size (one process per size).

    python -m benchmarks.scaling --size N*C*L [--reps R] --json OUT

The case: float32, default constructor arguments, gradients on, three steps (train, train, eval),
standard-normal inputs, shape from `SHAPES`.  After an untimed warm-up on a tiny case, the process
times R examples of the limit (`benchmarks.limit`, framework calls only), reads its peak resident
set (VmHWM), then times R examples of `Checker.check` and reads VmHWM again: the second reading is
the harness's peak (the high-water mark only grows, and the harness does strictly more).  Each
repetition has new input seeds, so the harness generates its inputs every time, as when fuzzing.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from benchmarks.common import median, memory_mib, write_json

#: N*C*L -> the (N, C) or (N, C, L) shape used.
SHAPES: dict[int, tuple[int, ...]] = {
    10: (5, 2),
    100: (5, 4, 5),
    1_000: (10, 4, 25),
    10_000: (25, 4, 100),
    100_000: (50, 8, 250),
    1_000_000: (100, 10, 1000),
}


def make_case(shape: tuple[int, ...], seed: int) -> Any:
    """The scaling case for `shape`; `seed` varies the inputs and the upstream gradients."""
    from fuzz.model.case import Case, InputSpec, Mode, Step

    steps = (Step(Mode.TRAIN, InputSpec(seed=3 * seed)), Step(Mode.TRAIN, InputSpec(seed=3 * seed + 1)),
             Step(Mode.EVAL, InputSpec(seed=3 * seed + 2)))
    return Case(shape=shape, grad=True, grad_seed=seed, steps=steps)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, required=True, choices=sorted(SHAPES))
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    shape = SHAPES[args.size]

    from benchmarks.limit import BareMindSpore, BareTorch
    from fuzz.execution.check import Checker

    checker = Checker.of("mindspore.nn")
    bare_torch, bare_ms = BareTorch(), BareMindSpore()
    warm = make_case((4, 3, 5), 10_000)
    checker.check(warm)
    bare_torch.run(bare_torch.prepare(warm))
    bare_ms.run(bare_ms.prepare(warm))
    baseline = memory_mib()

    limit: list[float] = []
    for rep in range(args.reps):
        case = make_case(shape, rep)
        pt, pm = bare_torch.prepare(case), bare_ms.prepare(case)
        started = time.perf_counter()
        bare_torch.run(pt)
        bare_ms.run(pm)
        limit.append(time.perf_counter() - started)
        del pt, pm
    after_limit = memory_mib()

    harness: list[float] = []
    violations = 0
    for rep in range(args.reps):
        case = make_case(shape, 1000 + rep)
        started = time.perf_counter()
        result = checker.check(case)
        harness.append(time.perf_counter() - started)
        violations += len(result.new)
        del result
    after_harness = memory_mib()

    write_json(args.json, {
        "size": args.size, "shape": list(shape), "reps": args.reps,
        "limit_s": limit, "check_s": harness,
        "limit_median_s": median(limit), "check_median_s": median(harness),
        "new_violations": violations,
        "rss_baseline_mib": baseline.get("VmRSS"), "peak_limit_mib": after_limit["VmHWM"],
        "peak_harness_mib": after_harness["VmHWM"],
    })
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
