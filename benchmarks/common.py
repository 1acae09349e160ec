"""Shared helpers of the benchmarks: paths, machine facts, memory, case files, worker subprocesses.

Imports no framework: the orchestrator (`benchmarks/run.py`) stays light, and every measurement that
needs torch or MindSpore runs in a worker subprocess (`python -m benchmarks.<worker>`), so that
framework settings (MindSpore's synchronous vs asynchronous PyNative) and peak memory are per process.
"""

from __future__ import annotations

import datetime as _dt
import importlib.metadata
import importlib.util
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
CAPTURE_SITE = BENCH / "capture_site"

if str(ROOT) not in sys.path:  # workers run as `python -m benchmarks.x` from ROOT, but be safe
    sys.path.insert(0, str(ROOT))


class BenchmarkError(RuntimeError):
    """A benchmark cannot run here (a framework is missing, a worker failed); the message says why."""


# --------------------------------------------------------------------------- environment
def require_frameworks(names: Iterable[str] = ("torch", "mindspore", "numpy", "hypothesis", "pytest")) -> None:
    """Fail early, with one clear line, when a package the benchmarks need is not importable."""
    names = list(names)
    missing = [n for n in names if importlib.util.find_spec(n) is None]
    if missing:
        raise BenchmarkError(
            f"missing package(s): {', '.join(missing)} (python {sys.executable}); "
            f"install the project first: pip install -e {ROOT}")
    # installed is not enough: a framework may fail at import (wrong NumPy, broken install); try in a subprocess
    frameworks = [n for n in names if n in ("torch", "mindspore")]
    if frameworks:
        code, _out, err, _wall = run_command(
            [sys.executable, "-c", "; ".join(f"import {n}" for n in frameworks)], timeout=300)
        if code != 0:
            last = [line for line in err.strip().splitlines() if line.strip()][-1:] or ["?"]
            raise BenchmarkError(f"{' / '.join(frameworks)} cannot be imported (python {sys.executable}): {last[0]}")


def package_versions() -> dict[str, str]:
    """Versions from the installed distributions' metadata (imports nothing)."""
    out = {"python": platform.python_version()}
    for name in ("torch", "mindspore", "numpy", "hypothesis", "pytest", "psutil"):
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def machine_info() -> dict[str, Any]:
    """nproc, CPU model, memory, load average, kernel, date (UTC) and the git commit."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gib = round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    commit = "unknown"
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                                timeout=10).stdout.strip() or "unknown"
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, timeout=10).stdout.strip()
        if dirty:
            commit += " (+ uncommitted changes)"
    except (OSError, subprocess.SubprocessError):
        pass
    return {
        "nproc": os.cpu_count(),
        "affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu": cpu,
        "memory_gib": mem_gib,
        "loadavg": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "kernel": platform.release(),
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
    }


def memory_mib() -> dict[str, float]:
    """This process's resident set now (VmRSS) and its peak (VmHWM), in MiB, from /proc/self/status.

    Unlike tracemalloc this sees every allocation (torch's and MindSpore's C++ allocators included).
    Falls back to getrusage's ru_maxrss where /proc is missing.
    """
    out: dict[str, float] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value = line.split(":", 1)
                out[key] = round(int(value.split()[0]) / 1024, 1)
    except OSError:
        pass
    if "VmHWM" not in out:
        out["VmHWM"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


# --------------------------------------------------------------------------- cases on disk
def save_cases(path: Path, records: Sequence[tuple[str, Any]]) -> None:
    """Write (group, Case) pairs as JSON lines: {"group": ..., "case": <Case.to_json()>}."""
    with open(path, "w", encoding="utf-8") as handle:
        for group, case in records:
            handle.write(json.dumps({"group": group, "case": case.to_json()}, sort_keys=True) + "\n")


def load_cases(path: Path | str) -> list[tuple[str, Any]]:
    """(group, Case) pairs from a file written by `save_cases` or by the capture sitecustomize."""
    from fuzz.model.case import Case

    out = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                out.append((record.get("group", ""), Case.from_json(record["case"])))
    return out


# --------------------------------------------------------------------------- workers
def worker_env(extra_path: Sequence[Path] = (), **extra: str) -> dict[str, str]:
    """The environment of a subprocess: the repo (and `extra_path`) on PYTHONPATH, MindSpore's C++ log quiet."""
    env = dict(os.environ)
    paths = [str(p) for p in extra_path] + [str(ROOT)]
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    env.setdefault("GLOG_v", "3")
    env.pop("CI", None)  # the CI variable would switch Hypothesis profiles behind our back
    env.update(extra)
    return env


def run_command(argv: Sequence[str], *, timeout: float, env: dict[str, str] | None = None,
                cwd: Path = ROOT) -> tuple[int, str, str, float]:
    """Run a command; (exit status, stdout, stderr, wall seconds).  A timeout is exit status 124."""
    started = time.perf_counter()
    try:
        proc = subprocess.run(list(argv), cwd=cwd, env=env or worker_env(), capture_output=True, text=True,
                              timeout=timeout)
        return proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - started
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode(errors="replace") if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        err = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else (exc.stderr or "")
        return 124, out, err + f"\n[benchmarks] timed out after {timeout:.0f} s", time.perf_counter() - started


def run_worker(module: str, args: Sequence[str], *, timeout: float, out_json: Path,
               env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run `python -m benchmarks.<module> ARGS --json OUT` and return what it wrote to OUT.

    Raises BenchmarkError with the tail of stderr when the worker fails or writes nothing.
    """
    argv = [sys.executable, "-m", f"benchmarks.{module}", *args, "--json", str(out_json)]
    code, out, err, wall = run_command(argv, timeout=timeout, env=env)
    if code != 0 or not out_json.exists():
        tail = "\n".join((err or out).strip().splitlines()[-15:])
        raise BenchmarkError(f"benchmarks.{module} failed (exit {code}, {wall:.0f} s):\n{tail}")
    result = json.loads(out_json.read_text())
    result.setdefault("wall_s", round(wall, 2))
    return result


def write_json(path: Path | str | None, data: Any) -> None:
    """Write a worker's result (or print it when no path is given)."""
    text = json.dumps(data, indent=1, sort_keys=True, default=str)
    if path:
        Path(path).write_text(text, encoding="utf-8")
    else:
        print(text)


def median(values: Sequence[float]) -> float:
    """The median (inf stays inf, so 'not detected' sorts last); nan for an empty list."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


# --------------------------------------------------------------------------- a fixed, seeded set of cases
def draw_cases(per_strategy: int, seed: int = 0) -> list[tuple[str, Any]]:
    """`per_strategy` cases from each strategy the properties use, drawn once with a fixed seed.

    The strategies are `batchnorm_cases()`, `batchnorm_cases(grad=True)`,
    `batchnorm_cases(nonfinite=True)` and `invalid_cases()`; generation only (no shrinking, no
    database), so the same seed gives the same list on the same Hypothesis version.
    """
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hseed

    from strategies import batchnorm_cases, invalid_cases

    out: list[tuple[str, Any]] = []
    for name, strategy in (("drawn:batchnorm_cases()", batchnorm_cases()),
                           ("drawn:batchnorm_cases(grad=True)", batchnorm_cases(grad=True)),
                           ("drawn:batchnorm_cases(nonfinite=True)", batchnorm_cases(nonfinite=True)),
                           ("drawn:invalid_cases()", invalid_cases())):
        drawn: list[Any] = []

        @settings(max_examples=per_strategy, database=None, deadline=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @hseed(seed)
        @given(case=strategy)
        def collect(case: Any) -> None:
            drawn.append(case)  # noqa: B023 - collect() runs within this iteration

        collect()
        out.extend((name, c) for c in drawn[:per_strategy])
    return out
