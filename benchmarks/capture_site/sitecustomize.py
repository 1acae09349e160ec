"""Record every case the harness checks, with the time `Checker.check` took, for the benchmarks.

Put this folder first on PYTHONPATH and set BENCH_CAPTURE=<file>: `python -m pytest fuzz/` and
`python -m fuzz run` then run unchanged, except that `fuzz.execution.check.Checker.finish` (where
every check ends, pipelined or not) is wrapped; at exit one JSON line per checked case is written:
{"group": <pytest test id or "run">, "check_s": ..., "case": ...}.
The wrapper costs two clock reads and a list append per example (cases are serialized at exit).
The benchmarks then run the limit and the naive harness on exactly the cases the harness drew.
"""

import os
from typing import Any

if os.environ.get("BENCH_CAPTURE"):
    import atexit
    import json
    import time

    from fuzz.execution.check import Checker, CheckResult
    from fuzz.model.case import Case

    _path = os.environ["BENCH_CAPTURE"]
    _records: list = []
    _original = Checker.finish

    def _check(self: Checker, case: Case) -> CheckResult:
        started = time.perf_counter()
        try:
            return _original(self, case)
        finally:
            test = os.environ.get("PYTEST_CURRENT_TEST", "run").rsplit(" (", 1)[0]
            target = getattr(getattr(self, "right", None), "target", "?")
            _records.append((test, target, time.perf_counter() - started, case))

    _patched: Any = Checker  # Any: the class is patched in place, and a type checker rejects assigning to a method
    _patched.finish = _check

    @atexit.register
    def _write() -> None:
        with open(_path, "w", encoding="utf-8") as handle:
            for test, target, seconds, case in _records:
                handle.write(json.dumps({"group": test, "target": target, "check_s": seconds,
                                         "case": case.to_json()}, sort_keys=True) + "\n")
