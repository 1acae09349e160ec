"""Crash-proof execution: each framework runs cases in a long-lived worker process.

A worker imports its framework once and then serves cases over a pipe.  A segfault or abort, a
hang past the per-case timeout, or memory beyond the limit kills only that worker: the case comes
back as an `Outcome` whose error is `WorkerCrash`, `WorkerTimeout` or `WorkerOutOfMemory` (which
the comparator turns into a `crash` or `timeout` finding), a fresh worker starts on the next case,
and the run goes on.  Workers are started with the `spawn` method so that a framework's threads
never leak across a fork, and MindSpore's process-wide device target is per worker: that is also
what lets one run pair MindSpore CPU with MindSpore GPU.  A worker is a plain subprocess
(`python -m fuzz.workers ...`) talking over two inherited pipes, so it works the same under pytest,
scripts and the CLI, and a framework printing to stdout cannot corrupt the protocol.
"""

from __future__ import annotations

import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from multiprocessing.connection import Connection
from dataclasses import dataclass
from typing import Any

from fuzz.case import Case
from fuzz.outcome import ErrorInfo, Outcome, Phase


@dataclass(frozen=True)
class WorkerLimits:
    timeout_s: float = 120.0  # per case, generous: a 40k-element 6-step case with gradients takes < 1 s
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


def _serve(connection: Any, target: str, backend: str, threads: int | None, core: int | None = None) -> None:
    """The worker's main loop: build the adapter once, then answer one case per message."""
    if core is not None:  # before the framework starts its threads: they inherit it
        os.sched_setaffinity(0, {core})
    if threads:
        os.environ["OMP_NUM_THREADS"] = str(threads)
    from fuzz.adapters import adapter_for

    try:
        adapter = adapter_for(target, backend)
        if threads and target.startswith("torch"):
            import torch

            torch.set_num_threads(threads)
        connection.send(("ready", None))
    except Exception as exc:  # reported to the parent, which raises AdapterUnavailable
        connection.send(("unavailable", f"{type(exc).__name__}: {exc}"))
        return
    while True:
        try:
            message = connection.recv()
        except EOFError:
            return
        if message is None:
            return
        connection.send(("outcome", adapter.run(Case.loads(message))))


class WorkerAdapter:
    """An adapter whose cases run in a child process; same `run(case) -> Outcome` as any adapter."""

    def __init__(self, target: str, backend: str = "cpu", limits: WorkerLimits = WorkerLimits()) -> None:
        self.target = target
        self.backend = backend
        self.limits = limits
        self.restarts = 0  # after a crash, hang or memory fault
        self.recycled = 0  # replaced, healthy, because its memory grew (WorkerLimits.recycle_growth_mb)
        self._served = 0
        self._baseline_mb: float | None = None
        self.versions: dict[str, str] = {}
        self._process: subprocess.Popen | None = None
        self._connection: Any = None
        self._pending: deque[Case] = deque()  # submitted, not yet collected, oldest first
        self._deadline = 0.0
        self._recycle_due = False
        self._start()

    def _start(self) -> None:
        from fuzz.adapters import AdapterUnavailable

        to_child_r, to_child_w = os.pipe()
        to_parent_r, to_parent_w = os.pipe()
        confine = self.limits.confine_mindspore and self.target.startswith("mindspore") and hasattr(os, "sched_setaffinity")
        core = str(mindspore_core()) if confine else "-"
        command = [sys.executable, "-m", "fuzz.workers", self.target, self.backend, str(self.limits.threads or 0),
                   str(to_child_r), str(to_parent_w), core]
        process = subprocess.Popen(command, pass_fds=(to_child_r, to_parent_w), stdin=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(to_parent_w)
        connection = _Drained(Connection(to_parent_r, writable=False), Connection(to_child_w, readable=False))
        if not connection.poll(300):
            process.kill()
            raise AdapterUnavailable(f"{self.target} worker on {self.backend} did not start within 300 s")
        try:
            status, detail = connection.recv()
        except EOFError:
            process.wait(10)
            raise AdapterUnavailable(f"{self.target} worker on {self.backend} died while starting "
                                     f"(exit code {process.returncode})") from None
        if status != "ready":
            process.wait(10)
            raise AdapterUnavailable(detail)
        self._process, self._connection = process, connection
        self._served, self._baseline_mb, self._recycle_due = 0, None, False

    def _alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _kill(self) -> None:
        if self._alive():
            self._process.kill()  # type: ignore[union-attr]
        if self._process is not None:
            self._process.wait(10)
            self._connection.close()
        self._process = None

    def run(self, case: Case) -> Outcome:
        self.submit(case)
        return self.collect()

    def submit(self, case: Case) -> None:
        """Queue a case; `collect()` returns the outcomes in the order submitted.

        Several cases may be in flight, so that the worker computes the next case while this
        process judges the last one (the run's pipelined search) or two workers compute at once.
        """
        if not self._alive():
            self._start()
        self._pending.append(case)
        if len(self._pending) == 1:
            self._deadline = time.monotonic() + self.limits.timeout_s
        try:
            self._connection.send(case.dumps())
        except (BrokenPipeError, OSError):
            pass  # the worker is gone: collect() finds out and answers the head case with the crash

    @property
    def in_flight(self) -> int:
        return len(self._pending)

    def collect(self) -> Outcome:
        """The outcome of the oldest case submitted; a crash, hang or memory fault is that case's."""
        if not self._pending:
            raise RuntimeError("collect() without a case submitted")
        while True:
            if self._connection.poll(0.02):
                try:
                    _, outcome = self._connection.recv()
                except EOFError:
                    return self._failed("WorkerCrash", _death(self._process))
                self._pending.popleft()
                self._deadline = time.monotonic() + self.limits.timeout_s  # the next case starts now
                self.versions = outcome.versions
                self._after_case()
                return outcome
            if not self._alive():
                return self._failed("WorkerCrash", _death(self._process))
            if self.limits.memory_mb and _rss_mb(self._process.pid) > self.limits.memory_mb:  # type: ignore[union-attr]
                return self._failed("WorkerOutOfMemory", f"the worker exceeded {self.limits.memory_mb} MB of resident memory")
            if time.monotonic() > self._deadline:
                return self._failed("WorkerTimeout", f"no result within {self.limits.timeout_s:g} s")

    def _failed(self, error_type: str, message: str) -> Outcome:
        """The head case gets the failure; the cases queued behind it go to a fresh worker."""
        self._kill()
        self.restarts += 1
        self._pending.popleft()
        behind, self._pending = list(self._pending), deque()
        for case in behind:
            self.submit(case)
        return Outcome(target=self.target, backend=self.backend, convention="unknown",
                       error=ErrorInfo(error_type, message, Phase.FORWARD), versions=self.versions)

    def _after_case(self) -> None:
        """Count the case; replace the worker, between cases, once its memory has grown too much."""
        self._served += 1
        self._recycle_due = self._recycle_due or self._grown()
        if self._recycle_due and not self._pending:  # never with a case in flight
            self.close()  # the next submit starts a fresh worker
            self.recycled += 1

    def _grown(self) -> bool:
        """Past warm-up, has the worker's resident memory grown by more than the limit?"""
        limit = self.limits.recycle_growth_mb
        if limit is None or self._served < self.limits.warmup_cases or self._served % RSS_CHECK_EVERY:
            return False
        rss = _rss_mb(self._process.pid)  # type: ignore[union-attr]
        if self._baseline_mb is None:
            self._baseline_mb = rss
            return False
        return rss > self._baseline_mb + limit

    def close(self) -> None:
        """Stop the worker; cases still in flight are dropped (a later submit starts a fresh one)."""
        self._pending.clear()
        if self._alive():
            try:
                self._connection.send(None)
                self._process.wait(5)  # type: ignore[union-attr]
            except (OSError, subprocess.TimeoutExpired):
                pass
        self._kill()

    def __del__(self) -> None:  # pragma: no cover - best effort at interpreter exit
        try:
            self.close()
        except Exception:
            pass


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
