"""Worker: time to detection of the project's planted bugs (fuzz/testing/planted.py).

    python -m benchmarks.detect [--kinds output,...] [--seeds 5] [--max-examples 1000] --json OUT

For each planted kind and each seed: `plant(kind)` patches torch.nn.BatchNorm1d in this process;
a Hypothesis test seeded with `@seed(s)` (generation phase only, no database) draws cases from the
strategy the kind's property uses (`batchnorm_cases(grad=True)` for the gradient kinds,
`batchnorm_cases(nonfinite=True)` for nan_parity, `batchnorm_cases()` otherwise) and runs
`Checker.check` on each until `result.new` holds a violation of that kind; the examples drawn and
the seconds since the test started are recorded, then the patch is undone.  A kind not detected
within --max-examples is recorded as not detected (infinite).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from benchmarks.common import median, write_json


class _Detected(Exception):
    """Stops the Hypothesis test at the first detection."""


def strategy_for(kind: str) -> Any:
    from strategies import batchnorm_cases

    if kind.startswith("grad_"):
        return batchnorm_cases(grad=True)
    if kind == "nan_parity":
        return batchnorm_cases(nonfinite=True)
    return batchnorm_cases()


def time_to_detection(checker: Any, kind: str, seed: int, max_examples: int) -> dict[str, Any]:
    """Examples and seconds until `kind` is first reported as new, for one seed."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hseed

    from fuzz.model.vocabulary import Kind
    from fuzz.testing.planted import plant

    wanted = Kind(kind)
    state: dict[str, Any] = {"examples": 0, "seconds": None}

    @settings(max_examples=max_examples, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck), derandomize=False, print_blob=False)
    @hseed(seed)
    @given(case=strategy_for(kind))
    def search(case: Any) -> None:
        if state["seconds"] is not None:  # Hypothesis replays the failing example once: do no work
            raise _Detected()
        state["examples"] += 1
        result = checker.check(case)
        if any(v.kind is wanted for v in result.new):
            state["seconds"] = time.perf_counter() - started
            state["case"] = case.describe()
            raise _Detected()

    undo = plant(kind)
    started = time.perf_counter()
    try:
        search()
    except _Detected:
        pass
    except BaseException as exc:  # noqa: BLE001 - Hypothesis may wrap it; detection is what state says
        if state["seconds"] is None:
            state["error"] = f"{type(exc).__name__}: {str(exc)[:200]}"
    finally:
        undo()
    detected = state["seconds"] is not None
    return {"seed": seed, "detected": detected, "examples": state["examples"] if detected else float("inf"),
            "seconds": state["seconds"] if detected else float("inf"),
            "examples_run": state["examples"], "case": state.get("case"), "error": state.get("error")}


def main(argv: list[str] | None = None) -> int:
    from fuzz.testing.planted import PLANTED_KINDS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default=",".join(PLANTED_KINDS))
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--max-examples", type=int, default=1000)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    from fuzz.execution.check import Checker
    from fuzz.model.case import Case

    checker = Checker.of("mindspore.nn")
    checker.check(Case(shape=(4, 3, 5), grad=True))  # warm-up, untimed
    out: dict[str, Any] = {"max_examples": args.max_examples, "seeds": args.seeds, "kinds": {}}
    for kind in [k for k in args.kinds.split(",") if k]:
        runs = [time_to_detection(checker, kind, seed, args.max_examples) for seed in range(args.seeds)]
        out["kinds"][kind] = {
            "runs": runs,
            "detected": sum(r["detected"] for r in runs),
            "median_examples": median([r["examples"] for r in runs]),
            "median_seconds": median([r["seconds"] for r in runs]),
        }
    write_json(args.json, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
