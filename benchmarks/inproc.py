"""Worker: on a fixed list of cases, time the limit, the adapters and `Checker.check`; profile the check;
time Hypothesis generation, recording and reporting.

    python -m benchmarks.inproc CASES.jsonl [--repeat R] [--draws N] [--record-sample K] --json OUT

The first pass times the bare loops only, each case met once and in order, as the harness meets
them (`first_pass_*`: the single-pass limit, which pays MindSpore's first-shape costs as the harness
does).  Then, per case and per pass (R passes; the per-case minimum is kept, a warm best case):
- limit_torch / limit_ms: the bare loops of `benchmarks.limit` (framework calls only);
- adapter_torch / adapter_ms: `adapter.run(case)` (adds mapping, input generation, Outcome, error capture);
- check: `Checker.check(case)` (adds the float64 reference, tolerance, comparison, known differences).
Before every pass the adapters' and the bare loop's Cell caches are emptied, so each pass meets the
cases as a fresh harness would; before every timed adapter/check call the input cache is emptied
(untimed), so each case pays for generating its inputs once, as in the harness.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from benchmarks.common import load_cases, memory_mib, write_json


def _clear_input_cache() -> None:
    import fuzz.model.case

    cached = getattr(fuzz.model.case, "_generate_cached", None)
    if cached is not None and hasattr(cached, "cache_clear"):
        cached.cache_clear()


def _clear_cells(*holders: Any) -> None:
    for holder in holders:
        for name in ("_cells", "cells"):
            cells = getattr(holder, name, None)
            if isinstance(cells, dict):
                cells.clear()


def _timed(fn: Callable[..., Any], *args: Any) -> float:
    """Seconds `fn(*args)` takes."""
    started = time.perf_counter()
    fn(*args)
    return time.perf_counter() - started


# --------------------------------------------------------------------------- profile buckets
_BUCKET_FILES = {
    "fuzz/execution/adapters/torch_nn.py": "torch.nn adapter",
    "fuzz/execution/adapters/mindspore_common.py": "mindspore.nn adapter",
    "fuzz/execution/adapters/mindspore_nn.py": "mindspore.nn adapter",
    "fuzz/oracle/reference.py": "reference (float64 NumPy)",
    "fuzz/oracle/compare.py": "comparison",
    "fuzz/oracle/verdict.py": "comparison",
    "fuzz/oracle/tolerance.py": "tolerance policy",
    "fuzz/oracle/known.py": "known-difference matching",
}


def _norm(path: str) -> str:
    return path.replace("\\", "/")


def profile_buckets(stats: pstats.Stats) -> dict[str, Any]:
    """Exclusive seconds per part of `Checker.check`, from cProfile's cumulative times and call graph.

    Roots: each adapter's `run`, `compare_case` (less `case_tolerances`: the tolerance policy),
    `KnownDifferences.classify`.  Input generation (`InputSpec.generate`, `Case.upstream_gradient`)
    and argument mapping (`fuzz.model.mapping` plans) are moved out of whichever root called them, using
    cProfile's per-caller cumulative times.  `rest` is Checker's own glue (check minus the roots).
    """
    raw: dict = stats.stats  # type: ignore[attr-defined]  # the table behind pstats' API (not in typeshed)

    def keys(suffix: str, name: str) -> list:
        return [k for k in raw if _norm(k[0]).endswith(suffix) and k[2] == name]

    def cumulative(suffix: str, name: str) -> float:
        return sum(raw[k][3] for k in keys(suffix, name))

    total = cumulative("fuzz/execution/check.py", "check")
    buckets: dict[str, float] = {
        "torch.nn adapter": cumulative("fuzz/execution/adapters/torch_nn.py", "run"),
        "mindspore.nn adapter": cumulative("fuzz/execution/adapters/mindspore_common.py", "run"),
        "reference (float64 NumPy)": cumulative("fuzz/oracle/reference.py", "run"),
        "comparison": cumulative("fuzz/oracle/compare.py", "compare_case"),
        "tolerance policy": cumulative("fuzz/oracle/tolerance.py", "case_tolerances"),
        "known-difference matching": cumulative("fuzz/oracle/known.py", "classify"),
        "input generation": 0.0,
        "argument mapping": 0.0,
    }
    # the tolerances are computed by Checker (while isolated workers run), or inside compare_case
    # when not given: take only the latter out of the comparison
    buckets["comparison"] -= sum(ct for key in keys("fuzz/oracle/tolerance.py", "case_tolerances")
                                 for caller, (_cc, _nc, _tt, ct) in raw[key][4].items() if caller[2] == "compare_case")
    moves = [("fuzz/model/case.py", "generate", "input generation"),
             ("fuzz/model/case.py", "upstream_gradient", "input generation"),
             ("fuzz/model/mapping.py", "torch_plan", "argument mapping"),
             ("fuzz/model/mapping.py", "mindspore_nn_plan", "argument mapping")]
    for suffix, name, into in moves:
        for key in keys(suffix, name):
            callers = raw[key][4]
            for caller, (_cc, _nc, _tt, ct) in callers.items():
                owner = next((b for f, b in _BUCKET_FILES.items() if _norm(caller[0]).endswith(f)), None)
                if owner is None:
                    continue  # e.g. called from inside another mapping function: already counted there
                buckets[owner] -= ct
                buckets[into] += ct
    buckets["rest (Checker glue)"] = total - sum(buckets.values())
    top = sorted(raw.items(), key=lambda kv: kv[1][2], reverse=True)[:15]
    top_rows = []
    for (path, line, name), (_cc, nc, tt, ct, _callers) in top:
        short = _norm(path)
        for marker in ("site-packages/", "/work/main/"):
            if marker in short:
                short = short.split(marker, 1)[1]
        top_rows.append({"function": f"{short}:{line}({name})", "calls": nc, "tottime_s": round(tt, 4),
                         "cumtime_s": round(ct, 4)})
    return {"total_s": total, "buckets_s": buckets, "top_tottime": top_rows}


# --------------------------------------------------------------------------- generation
def time_generation(n: int, seed: int = 0) -> dict[str, Any]:
    """Seconds per example for Hypothesis to draw a case (engine included), per strategy, no body work."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hseed

    from strategies import batchnorm_cases, invalid_cases

    out: dict[str, Any] = {}
    for name, strategy in (("batchnorm_cases()", batchnorm_cases()),
                           ("batchnorm_cases(nonfinite=True)", batchnorm_cases(nonfinite=True)),
                           ("invalid_cases()", invalid_cases())):
        count = [0]

        @settings(max_examples=5, database=None, deadline=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @hseed(seed + 1)
        @given(case=strategy)
        def warm(case: Any) -> None:
            pass

        warm()  # untimed: the first use of a strategy builds it

        @settings(max_examples=n, database=None, deadline=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @hseed(seed)
        @given(case=strategy)
        def draw(case: Any) -> None:
            count[0] += 1  # noqa: B023 - draw() runs within this iteration

        seconds = _timed(draw)
        out[name] = {"examples": count[0], "s": round(seconds, 4), "ms_per_example": 1e3 * seconds / max(count[0], 1)}
    return out


# --------------------------------------------------------------------------- recording and reporting
def time_recording(pairs: list[tuple[Any, Any, Any]], backend: str = "cpu") -> dict[str, Any]:
    """Per violation: `finding_id` (met), `make_finding` + `FindingStore.append` (fsync), text rendering;
    then `fuzz.report.build.build_reports` over the findings written."""
    from fuzz.campaign.record import finding_id, make_finding
    from fuzz.campaign.store import FindingStore
    from fuzz.oracle.text import render_violation

    out: dict[str, Any] = {"violations_sampled": len(pairs)}
    if not pairs:
        return out
    with tempfile.TemporaryDirectory(prefix="bench-record-") as tmp:
        directory = Path(tmp)
        ids = make = render = 0.0
        with FindingStore(directory / "findings.jsonl") as store:
            for violation, result, known in pairs:
                ids += _timed(finding_id, violation, result, backend, known)
                started = time.perf_counter()
                finding = make_finding(violation, result, backend=backend, known=known, property_name="bench")
                store.append(finding)
                make += time.perf_counter() - started
                render += _timed(render_violation, violation, result.case)
        n = len(pairs)
        out.update(finding_id_ms=1e3 * ids / n, make_and_append_ms=1e3 * make / n, render_text_ms=1e3 * render / n)
        try:
            from fuzz.report.build import build_reports

            started = time.perf_counter()
            findings = build_reports(directory)
            out["build_reports_s"] = round(time.perf_counter() - started, 4)
            out["build_reports_findings"] = len(findings)
        except Exception as exc:  # the reporting modules may be missing or broken: say so
            out["build_reports_error"] = f"{type(exc).__name__}: {exc}"
    return out


# --------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--draws", type=int, default=100, help="examples drawn per strategy for generation timing")
    parser.add_argument("--record-sample", type=int, default=50)
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--limit-only", action="store_true", help="time only the bare loops (no adapters, no check)")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    records = load_cases(args.cases)
    cases = [c for _, c in records]
    result: dict[str, Any] = {"cases": len(cases), "groups": [g for g, _ in records], "memory_start": memory_mib()}

    started = time.perf_counter()
    from fuzz.execution.check import Checker

    checker = Checker.of("mindspore.nn")
    result["setup_s"] = round(time.perf_counter() - started, 3)

    from benchmarks.limit import BareMindSpore, BareTorch

    bare_torch, bare_ms = BareTorch(), BareMindSpore()

    # first pass: each case met once, in order, as the harness meets them (timed: the single-pass limit,
    # which pays MindSpore's first-shape costs as the harness does); keep the violations for the
    # recording sample
    pairs: list[tuple[Any, Any, Any]] = []
    violations = 0
    first: dict[str, list[float]] = {"limit_torch": [], "limit_ms": []}
    for case in cases:
        pt, pm = bare_torch.prepare(case), bare_ms.prepare(case)
        first["limit_torch"].append(_timed(bare_torch.run, pt))
        first["limit_ms"].append(_timed(bare_ms.run, pm))
        if args.limit_only:
            continue
        res = checker.check(case)
        violations += len(res.new) + len(res.known)
        for v in res.new:
            pairs.append((v, res, None))
        for v, entry in res.known:
            pairs.append((v, res, entry))
    result["violations_per_example"] = violations / max(len(cases), 1)
    result["new_violations"] = sum(1 for p in pairs if p[2] is None)

    inf = float("inf")
    names = ("limit_torch", "limit_ms") if args.limit_only else \
        ("limit_torch", "limit_ms", "adapter_torch", "adapter_ms", "check")
    best: dict[str, list[float]] = {n: [inf] * len(cases) for n in names}
    for _ in range(max(args.repeat, 1)):
        _clear_cells(bare_ms)
        for i, case in enumerate(cases):
            pt, pm = bare_torch.prepare(case), bare_ms.prepare(case)
            best["limit_torch"][i] = min(best["limit_torch"][i], _timed(bare_torch.run, pt))
            best["limit_ms"][i] = min(best["limit_ms"][i], _timed(bare_ms.run, pm))
        if args.limit_only:
            continue
        _clear_cells(checker.right.adapter)
        for i, case in enumerate(cases):
            _clear_input_cache()
            best["adapter_torch"][i] = min(best["adapter_torch"][i], _timed(checker.left.run, case))
            best["adapter_ms"][i] = min(best["adapter_ms"][i], _timed(checker.right.run, case))
        _clear_cells(checker.right.adapter)
        for i, case in enumerate(cases):
            _clear_input_cache()
            best["check"][i] = min(best["check"][i], _timed(checker.check, case))
    result["per_case_s"] = best
    result["totals_s"] = {n: sum(v) for n, v in best.items()}
    result["first_pass_per_case_s"] = first
    result["first_pass_totals_s"] = {n: sum(v) for n, v in first.items()}

    if args.limit_only:
        result["memory_end"] = memory_mib()
        write_json(args.json, result)
        return 0
    if not args.no_profile:
        profiler = cProfile.Profile()
        _clear_cells(checker.right.adapter)
        for case in cases:
            _clear_input_cache()
            profiler.enable()
            checker.check(case)
            profiler.disable()
        result["profile"] = profile_buckets(pstats.Stats(profiler))

    result["generation"] = time_generation(args.draws)
    result["recording"] = time_recording(pairs[: args.record_sample])
    result["memory_end"] = memory_mib()
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
