"""Crash-proof execution: each framework runs cases in a long-lived worker process.

A worker imports its framework once and then serves cases over a pipe, each request and each
result carrying the case's tag, so an outcome is only ever given to the case it was computed for.
A segfault or abort, a hang past the per-case timeout (derived from the measured cost of cases
unless set), or memory beyond the limit kills only that worker: the case comes back as an
`Outcome` whose error is `WorkerCrash`, `WorkerTimeout` or `WorkerOutOfMemory` and whose `fault`
is the kind of finding that makes (`FAULTS`: crash or timeout), the cases queued behind it go to a fresh
worker (a warm spare after the first fault), and the run goes on.  A worker is a plain subprocess
(`python -m fuzz.execution.isolation ...`, so no framework thread is ever forked) talking over two inherited
pipes, so it works the same under pytest, scripts and the CLI, and a framework printing to stdout
cannot corrupt the protocol.  MindSpore's process-wide device target is per worker: that is also
what lets one run pair MindSpore CPU with MindSpore GPU.
"""

from __future__ import annotations

import itertools
import math
import os
import pickle
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from fuzz.model.case import Case
from fuzz.model.outcome import ErrorInfo, Outcome, Phase
from fuzz.model.targets import mode_of
from fuzz.model.vocabulary import Kind

#: how a worker failed (the error type its case gets) -> the kind of finding that is
FAULTS: dict[str, Kind] = {"WorkerCrash": Kind.CRASH, "WorkerOutOfMemory": Kind.CRASH, "WorkerTimeout": Kind.TIMEOUT}


#: an adaptive timeout never goes below this: a fresh worker's first call of a new shape, or a
#: scheduler hiccup on a loaded 2-core machine, can take a second or two
TIMEOUT_FLOOR_S = 5.0
#: ... and is this many times the slowest case the worker has served (per element-step as well)
TIMEOUT_FACTOR = 20.0
#: the adaptive timeout's ceiling, and the whole timeout before a worker has served anything big
TIMEOUT_CEILING_S = 120.0
#: seconds after a worker's death during which its last results may still be in its pipe
DRAIN_AFTER_DEATH_S = 2.0


@dataclass(frozen=True)
class WorkerStats:
    """One isolated worker's record: restarts after a crash, hang or memory fault (and the seconds
    the run waited for them), healthy replacements for memory growth, results dropped for
    belonging to no case in flight."""

    restarts: int = 0
    recycled: int = 0
    restart_s: float = 0.0
    stale_results: int = 0


@dataclass(frozen=True)
class WorkerLimits:
    # per case; None derives it from the measured cost of cases (`WorkerAdapter.timeout_for`): a
    # case here takes milliseconds, and every meeting of a hang waits the whole timeout
    timeout_s: float | None = None
    memory_mb: int | None = 8192  # resident memory of one worker
    threads: int | None = None  # intra-op threads (torch/OpenMP); 1 when several jobs share the cores
    # MindSpore keeps per-shape kernel caches that are never released (bounded by the shapes met;
    # `value_and_grad` of a new closure per step also leaked ~2 MiB per 1,000 cases, which is why the
    # adapter uses `vjp`; benchmarks/RESULTS.md, memory).  As a safeguard, a worker whose resident
    # memory has grown by more than this since it warmed up is replaced between two cases (a restart
    # costs the framework import, ~2-3 s), so memory per worker stays bounded whatever the cause.
    recycle_growth_mb: float | None = 64.0
    warmup_cases: int = 1000
    # MindSpore's CPU runtime keeps its actor and kernel threads spinning (sched_yield) on the other
    # cores while it computes: unconfined, a worker on a 2-core machine used 13.6 ms user + 11.1 ms
    # system CPU per case for 12.9 ms of wall time, so the second core was never free for the run's
    # own work.  Confined to one core (its affinity set before MindSpore starts its threads) it used
    # 10.8 + 0.55 ms for 11.6 ms of wall time (benchmarks/RESULTS.md, "confined").  Off for large
    # cases that gain from MindSpore's intra-op threads.
    confine_mindspore: bool = True
    # after its first crash, hang or memory fault a worker keeps a warm spare (a second process that
    # has imported the framework and waits), so that the next fault, which a shrink meets again and
    # again, costs a pipe hand-over instead of a framework import
    spare_after_fault: bool = True

    def __post_init__(self) -> None:
        if self.timeout_s is not None and not self.timeout_s > 0:
            raise ValueError(f"WorkerLimits.timeout_s must be > 0 seconds or None (adaptive), got {self.timeout_s!r}")
        if self.memory_mb is not None and self.memory_mb <= 0:
            raise ValueError(f"WorkerLimits.memory_mb must be > 0 or None, got {self.memory_mb!r}")


RSS_CHECK_EVERY = 100  # cases between two reads of a worker's resident memory (a /proc read)


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def mindspore_core() -> int:
    """The core a confined MindSpore worker runs on: the last one this process may use, one
    further down for each parallel job (`FUZZ_JOB`), so that the jobs' MindSpore workers spread."""
    cores = sorted(os.sched_getaffinity(0))
    job = int(os.environ.get("FUZZ_JOB") or 1)
    return cores[-1 - (job - 1) % len(cores)]


def case_work(case: Case) -> int:
    """Element-steps of a case: what its cost grows with (for the adaptive timeout)."""
    return max(math.prod(case.shape), 1) * len(case.steps) * (2 if case.grad else 1)


def _serve(connection: Any, target: str, backend: str, threads: int | None, core: int | None = None) -> None:
    """The worker's main loop: build the adapter once, then answer each tagged case with its tag."""
    if core is not None:  # before the framework starts its threads: they inherit it
        os.sched_setaffinity(0, {core})
    if threads:
        os.environ["OMP_NUM_THREADS"] = str(threads)
    from fuzz.execution.adapters import adapter_for

    try:
        adapter = adapter_for(target, backend)
        if threads and target.startswith("torch"):
            import torch

            torch.set_num_threads(threads)
        connection.send(("ready", None, None))
    except Exception as exc:  # reported to the parent, which raises AdapterUnavailable
        connection.send(("unavailable", None, f"{type(exc).__name__}: {exc}"))
        return
    while True:
        try:
            message = connection.recv()
        except EOFError:
            return
        if message is None:
            return
        tag, text = message
        connection.send(("outcome", tag, adapter.run(Case.loads(text))))


@dataclass
class _Process:
    """One worker process and the parent's end of its pipes (ready once it has said so).  `oom` is
    set by its memory watchdog when it killed the process for its resident memory."""

    popen: subprocess.Popen[bytes]
    connection: Any
    ready: bool = False
    oom: bool = False


#: seconds between two reads of a worker's resident memory by its watchdog
WATCH_EVERY_S = 0.02


def _watch_memory(process: _Process, limit_mb: int) -> None:
    """Kill `process` once its resident memory passes `limit_mb`, whatever the run is doing.

    `collect` reads the memory too, but only while it waits for that worker: a worker that blows up
    while the run judges another case (a relation's follow-ups, a large case's reference) would
    otherwise grow for seconds, until the kernel's OOM killer sends it SIGKILL and the fault reads as
    a crash of another kind (seen: a planted 256-MB-a-step hog in a relation case)."""
    while process.popen.poll() is None:
        if _rss_mb(process.popen.pid) > limit_mb:
            process.oom = True
            try:
                process.popen.kill()
            except OSError:
                pass
            return
        time.sleep(WATCH_EVERY_S)


@dataclass(frozen=True)
class _Pending:
    tag: int
    case: Case
    work: int


class WorkerAdapter:
    """An adapter whose cases run in a child process; same `run(case) -> Outcome` as any adapter.

    Every case sent carries a tag and every result comes back with it: an outcome is only ever
    given to the case it was computed for.  When the worker dies, the case it was computing gets
    the crash and the cases queued behind it are sent, in order, to a fresh worker.
    """

    def __init__(self, target: str, backend: str = "cpu", limits: WorkerLimits = WorkerLimits()) -> None:
        self.target = target
        self.backend = backend
        self.limits = limits
        self.restarts = 0  # after a crash, hang or memory fault
        self.recycled = 0  # replaced, healthy, because its memory grew (WorkerLimits.recycle_growth_mb)
        self.restart_s = 0.0  # time spent waiting for a replacement worker after a fault
        self.stale_results = 0  # results whose tag belonged to no case in flight: of dropped cases, else a defect
        self._served = 0
        self._baseline_mb: float | None = None
        self.versions: dict[str, str] = {}
        self.convention = "unknown"  # the target's signature convention, as its last healthy outcome said
        self._worker: _Process | None = None
        self._spare: _Process | None = None
        self._pending: deque[_Pending] = deque()  # submitted, not yet collected, oldest first
        self._tags = itertools.count(1)
        self._deadline = 0.0
        self._head_started = 0.0
        self._recycle_due = False
        self._slowest_s = 0.0  # the slowest case served (seconds)
        self._slowest_rate = 0.0  # the slowest seconds per element-step, over cases of some size
        self._scratch: tempfile.TemporaryDirectory[str] | None = None  # the workers' current directory
        self._start()

    # ------------------------------------------------------------------ processes
    def _spawn(self) -> _Process:
        """Start a worker process; it imports its framework while this process goes on."""
        to_child_r, to_child_w = os.pipe()
        to_parent_r, to_parent_w = os.pipe()
        confine = (self.limits.confine_mindspore and self.target.startswith("mindspore")
                   and hasattr(os, "sched_setaffinity"))
        core = str(mindspore_core()) if confine else "-"
        command = [sys.executable, "-m", "fuzz.execution.isolation", self.target, self.backend,
                   str(self.limits.threads or 0), str(to_child_r), str(to_parent_w), core]
        # in a scratch directory of its own: what a framework writes into the current directory (a
        # failing MindSpore graph compile writes rank_0/om/analyze_fail.ir) never lands in the user's
        # checkout; the directory it was started from stays importable (a target by import path)
        if self._scratch is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="fuzz-worker-")
        paths = [os.getcwd(), *(os.path.abspath(p) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p)]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths))
        popen = subprocess.Popen(command, pass_fds=(to_child_r, to_parent_w), stdin=subprocess.DEVNULL,
                                 cwd=self._scratch.name, env=env)
        os.close(to_child_r)
        os.close(to_parent_w)
        connection = _Drained(Connection(to_parent_r, writable=False), Connection(to_child_w, readable=False))
        process = _Process(popen, connection)
        if self.limits.memory_mb:
            threading.Thread(target=_watch_memory, args=(process, self.limits.memory_mb), daemon=True,
                             name="fuzz-worker-memory").start()
        return process

    def _await_ready(self, process: _Process) -> None:
        from fuzz.execution.adapters import AdapterUnavailable

        if process.ready:
            return
        if not process.connection.poll(300):
            process.popen.kill()
            raise AdapterUnavailable(f"{self.target} worker on {self.backend} did not start within 300 s")
        try:
            status, _, detail = process.connection.recv()
        except EOFError:
            process.popen.wait(10)
            raise AdapterUnavailable(f"{self.target} worker on {self.backend} died while starting "
                                     f"(exit code {process.popen.returncode})") from None
        if status != "ready":
            process.popen.wait(10)
            raise AdapterUnavailable(detail)
        process.ready = True

    def _start(self, after_fault: bool = False) -> None:
        """Make a worker current: the warm spare if there is one, else a new process."""
        began = time.monotonic()
        process, self._spare = self._spare, None
        if process is not None and process.popen.poll() is not None:  # the spare died idle
            _close_process(process)
            process = None
        process = process or self._spawn()
        self._await_ready(process)
        self._worker = process
        self._served, self._baseline_mb, self._recycle_due = 0, None, False
        if after_fault:
            self.restart_s += time.monotonic() - began
        if after_fault and self.limits.spare_after_fault:
            self._spare = self._spawn()  # imports while the run goes on; awaited when next needed

    def _alive(self) -> bool:
        return self._worker is not None and self._worker.popen.poll() is None

    def _current(self) -> _Process:
        """The worker cases go to: there is one from `_start` until `_kill` or `_stop_worker`."""
        assert self._worker is not None, "no current worker"
        return self._worker

    def _kill(self) -> None:
        if self._worker is not None:
            _close_process(self._worker, kill=True)
        self._worker = None

    # ------------------------------------------------------------------ timeout
    def timeout_for(self, work: int) -> float:
        """The seconds a case of `work` element-steps may take before it is a timeout finding.

        With `WorkerLimits.timeout_s` set, that; for a compiled target, `TIMEOUT_CEILING_S`.
        Otherwise `TIMEOUT_FACTOR` times the slowest case
        served so far, or the slowest rate per element-step times this case's work, whichever is
        larger, and never below `TIMEOUT_FLOOR_S` nor above `TIMEOUT_CEILING_S`.
        """
        if self.limits.timeout_s is not None:
            return self.limits.timeout_s
        if mode_of(self.target).compiled:
            # any call may compile: inductor's first takes ~25 s on an idle 2-core machine, and more
            # under load; the case's own cost says nothing about the next compile
            return TIMEOUT_CEILING_S
        expected = max(self._slowest_s, self._slowest_rate * work)
        return min(max(TIMEOUT_FACTOR * expected, TIMEOUT_FLOOR_S), TIMEOUT_CEILING_S)

    def _measure(self, seconds: float, work: int) -> None:
        self._slowest_s = max(self._slowest_s, seconds)
        if work >= 10_000:  # below that, the fixed cost of a call dominates and the rate means nothing
            self._slowest_rate = max(self._slowest_rate, seconds / work)

    def _arm(self) -> None:
        """The head case starts its clock now (the worker turns to it)."""
        if self._pending:
            self._head_started = time.monotonic()
            self._deadline = self._head_started + self.timeout_for(self._pending[0].work)

    # ------------------------------------------------------------------ cases
    def run(self, case: Case) -> Outcome:
        return self.collect(self.submit(case))

    def submit(self, case: Case) -> int:
        """Queue a case; returns its tag.  `collect()` returns the outcomes in the order submitted.

        Several cases may be in flight, so that the worker computes the next case while this
        process judges the last one (the run's pipelined search) or two workers compute at once.
        A worker found dead with cases in flight is not replaced here: `collect` gives the head case
        its crash first, then sends the rest (this one included) to the fresh worker.
        """
        pending = _Pending(next(self._tags), case, case_work(case))
        if not self._alive() and not self._pending:
            self._kill()
            self._start()
        self._pending.append(pending)
        if len(self._pending) == 1:
            self._arm()
        if self._alive():
            self._send(pending)
        return pending.tag

    def _send(self, pending: _Pending) -> None:
        try:
            self._current().connection.send((pending.tag, pending.case.dumps()))
        except (BrokenPipeError, OSError):
            pass  # the worker is gone: collect() finds out and answers the head case with the crash

    @property
    def pid(self) -> int | None:
        """The current worker's process id (None between a recycle and the next case)."""
        return self._worker.popen.pid if self._worker is not None else None

    @property
    def in_flight(self) -> int:
        return len(self._pending)

    def collect(self, tag: int | None = None) -> Outcome:
        """The outcome of the oldest case submitted (whose tag, if given, must be `tag`); a crash,
        hang or memory fault is that case's."""
        if not self._pending:
            raise RuntimeError("collect() without a case submitted")
        head = self._pending[0]
        if tag is not None and tag != head.tag:
            raise RuntimeError(f"collect({tag}): the oldest case in flight has tag {head.tag}")
        died_at: float | None = None
        worker = self._current()  # (the same one until this returns)
        while True:
            connection = worker.connection
            if connection.poll(0.02):
                try:
                    _, result_tag, received = connection.recv()
                except EOFError:
                    return self._died(worker)
                if result_tag != head.tag:  # a result for no case in flight: never given to another case
                    self.stale_results += 1
                    continue
                outcome: Outcome = received
                self._pending.popleft()
                self._measure(time.monotonic() - self._head_started, head.work)
                self._arm()  # the next case starts now
                self.versions = outcome.versions
                self.convention = outcome.convention
                self._after_case()
                return outcome
            if not self._alive():
                # its last results may still be on their way through the pipe: wait for the EOF
                died_at = died_at or time.monotonic()
                if time.monotonic() - died_at > DRAIN_AFTER_DEATH_S:
                    return self._died(worker)
                continue
            if worker.oom:  # its watchdog (`_watch_memory`) reads the memory; it is being killed
                return self._died(worker)
            if time.monotonic() > self._deadline:
                return self._failed("WorkerTimeout", f"no result within {self._deadline - self._head_started:.3g} s")

    def _died(self, worker: _Process) -> Outcome:
        """The worker is gone: killed by its memory watchdog (a memory fault), or a crash."""
        if worker.oom:
            return self._failed("WorkerOutOfMemory",
                                f"the worker exceeded {self.limits.memory_mb} MB of resident memory")
        return self._failed("WorkerCrash", _death(worker.popen))

    def _failed(self, error_type: str, message: str) -> Outcome:
        """The head case gets the failure; the cases queued behind it go to a fresh worker."""
        self._kill()
        self.restarts += 1
        self._pending.popleft()
        self._start(after_fault=True)
        for pending in self._pending:
            self._send(pending)
        self._arm()
        return Outcome(target=self.target, backend=self.backend, convention=self.convention,
                       error=ErrorInfo(error_type, message, Phase.FORWARD), versions=self.versions,
                       fault=FAULTS[error_type])

    def _after_case(self) -> None:
        """Count the case; replace the worker, between cases, once its memory has grown too much."""
        self._served += 1
        self._recycle_due = self._recycle_due or self._grown()
        if self._recycle_due and not self._pending:  # never with a case in flight
            self._stop_worker()  # the next submit starts a fresh worker
            self.recycled += 1

    def _grown(self) -> bool:
        """Past warm-up, has the worker's resident memory grown by more than the limit?"""
        limit = self.limits.recycle_growth_mb
        if limit is None or self._served < self.limits.warmup_cases or self._served % RSS_CHECK_EVERY:
            return False
        rss = _rss_mb(self._current().popen.pid)
        if self._baseline_mb is None:
            self._baseline_mb = rss
            return False
        return rss > self._baseline_mb + limit

    def _stop_worker(self) -> None:
        if self._worker is not None:
            _close_process(self._worker)
        self._worker = None

    def stats(self) -> WorkerStats:
        return WorkerStats(self.restarts, self.recycled, round(self.restart_s, 2), self.stale_results)

    def drop(self) -> None:
        """Forget the cases in flight; the worker finishes them and their results are dropped."""
        self._pending.clear()

    def close(self) -> None:
        """Stop the worker (and its spare); cases still in flight are dropped (a later submit starts
        a fresh worker)."""
        self._pending.clear()
        self._stop_worker()
        if self._spare is not None:
            _close_process(self._spare)
            self._spare = None

    def __del__(self) -> None:  # pragma: no cover - best effort at interpreter exit
        try:
            self.close()
        except Exception:
            pass


def _close_process(process: _Process, kill: bool = False) -> None:
    """Ask a worker to stop (or kill it), reap it, and close the parent's ends of its pipes."""
    popen = process.popen
    if popen.poll() is None and not kill:
        try:
            process.connection.send(None)
            popen.wait(5)
        except (OSError, subprocess.TimeoutExpired):
            pass
    if popen.poll() is None:
        popen.kill()
    try:
        popen.wait(10)
    except subprocess.TimeoutExpired:  # pragma: no cover - a process that ignores SIGKILL
        pass
    process.connection.close()


def _death(process: Any) -> str:
    try:
        code = process.wait(5)
    except subprocess.TimeoutExpired:
        return "the worker stopped answering"
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"the worker died with {name}"
    return f"the worker exited with code {code}"


class _Duplex:
    """Two one-way pipes as one connection (send on one, recv/poll on the other)."""

    def __init__(self, incoming: Connection, outgoing: Connection) -> None:
        self.incoming, self.outgoing = incoming, outgoing

    def send(self, obj: Any) -> None:
        self.outgoing.send(obj)

    def recv(self) -> Any:
        return self.incoming.recv()

    def poll(self, timeout: float) -> bool:
        return self.incoming.poll(timeout)

    def close(self) -> None:
        self.incoming.close()
        self.outgoing.close()


class _Drained(_Duplex):
    """The parent's end: a thread reads each message the moment the worker writes it.

    A pipe holds 64 KiB; an outcome larger than that (18% of a run's cases, up to ~2 MiB) would
    otherwise keep the worker blocked in `send` until this process gets round to `collect`, instead
    of computing the case queued behind it.
    """

    def __init__(self, incoming: Connection, outgoing: Connection) -> None:
        super().__init__(incoming, outgoing)
        self._inbox: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._ahead: bytes | None = None
        self._eof = False
        self._reader = threading.Thread(target=self._read, name="fuzz-worker-reader", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                data = self.incoming.recv_bytes()
            except (EOFError, OSError):  # the worker is gone (or closed its end)
                self._inbox.put(None)
                return
            self._inbox.put(data)

    def poll(self, timeout: float) -> bool:
        if self._ahead is not None or self._eof:
            return True
        try:
            data = self._inbox.get(timeout=timeout)
        except queue.Empty:
            return False
        if data is None:
            self._eof = True
        else:
            self._ahead = data
        return True

    def recv(self) -> Any:
        while self._ahead is None and not self._eof:
            self.poll(3600)
        if self._ahead is None:
            raise EOFError
        data, self._ahead = self._ahead, None
        return pickle.loads(data)

    def close(self) -> None:
        self.outgoing.close()
        self._reader.join(10)  # it ends at the EOF of a worker that exited; never leave it reading a reused fd
        self.incoming.close()


if __name__ == "__main__":
    _target, _backend, _threads, _read_fd, _write_fd, _core = sys.argv[1:7]
    _serve(_Duplex(Connection(int(_read_fd), writable=False), Connection(int(_write_fd), readable=False)),
           _target, _backend, int(_threads) or None, None if _core == "-" else int(_core))
