"""The precision tier on the pinned versions: how often it fires, by which criterion, and what it costs.

    python -m benchmarks.precision --cases N --seeds 1,2 [--target mindspore.nn] [--json OUT]

Draws N cases per seed from each of the valid, gradient and hostile families (Hypothesis' generate
phase only, seeded), checks them in this process against `--target`, and counts the precision
violations by blamed side, quantity and criterion, new or known (fuzz/known_differences.toml).
Then it times `compare_case` on the same outcomes with the precision tier and without it (the
tier's share of the comparing time).  Results go to stdout as a table; benchmarks/RESULTS.md keeps
the measured figures.
"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path
from typing import Any

from benchmarks.common import write_json


def draw(family: Any, count: int, seed: int) -> list[Any]:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    from strategies.families import FAMILIES

    cases: list[Any] = []

    @hypothesis_seed(seed)
    @settings(max_examples=count, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(FAMILIES[family]())
    def collect(case: Any) -> None:
        cases.append(case)

    collect()
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=150)
    parser.add_argument("--seeds", default="11,12")
    parser.add_argument("--target", default="mindspore.nn")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    import fuzz.oracle.compare as compare
    from fuzz.execution.check import Checker
    from fuzz.model.vocabulary import Family, Kind

    checker = Checker.of(args.target)
    counts: collections.Counter[tuple[str, str, str, str]] = collections.Counter()
    checked, with_precision, results = 0, 0, []
    for seed in (int(s) for s in args.seeds.split(",")):
        for family in (Family.VALID, Family.WITH_GRAD, Family.HOSTILE):
            for case in draw(family, args.cases, seed):
                result = checker.check(case)
                results.append(result)
                checked += 1
                known = {id(v) for v, _ in result.known}
                found = [v for v in result.comparison.violations if v.kind is Kind.PRECISION]
                with_precision += bool(found)
                for v in found:
                    assert v.precision is not None
                    status = "known" if id(v) in known else "new"
                    side = v.frameworks[0] if v.precision.blamed_side == "left" else v.frameworks[1]
                    counts[(side, v.precision.quantity, v.precision.criterion.value, status)] += 1

    def time_compare() -> float:
        began = time.perf_counter()
        for r in results:
            compare.compare_case(r.case, r.left, r.right, r.reference, checker.names, checker.backend)
        return time.perf_counter() - began

    with_tier = min(time_compare() for _ in range(3))
    original = compare.judge_precision
    compare.judge_precision = lambda *a, **k: None  # type: ignore[assignment]
    try:
        without_tier = min(time_compare() for _ in range(3))
    finally:
        compare.judge_precision = original  # type: ignore[assignment]

    print(f"{checked} cases against {args.target}; {with_precision} ({100 * with_precision / max(checked, 1):.1f}%) "
          "with a precision violation")
    print("| blamed | quantity | criterion | status | violations |")
    print("|---|---|---|---|---:|")
    for (side, quantity, criterion, status), n in sorted(counts.items()):
        print(f"| {side} | {quantity} | {criterion} | {status} | {n} |")
    print(f"compare_case over the {checked} outcomes: {1e3 * with_tier / max(checked, 1):.3f} ms/case with the "
          f"precision tier, {1e3 * without_tier / max(checked, 1):.3f} ms/case without "
          f"({100 * (with_tier - without_tier) / max(with_tier, 1e-12):.0f}% of the comparing time)")
    write_json(args.json, {
        "target": args.target, "cases": checked, "seeds": args.seeds, "per_family": args.cases,
        "with_precision": with_precision,
        "violations": [{"blamed": side, "quantity": q, "criterion": c, "status": st, "count": n}
                       for (side, q, c, st), n in sorted(counts.items())],
        "with_tier_ms": 1e3 * with_tier / max(checked, 1), "without_tier_ms": 1e3 * without_tier / max(checked, 1)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
