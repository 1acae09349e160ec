"""What the checker runs a case through: a `CaseRunner`, in this process or in an isolated worker.

Both kinds take cases in order (`submit`) and hand back each one's outcome by its tag (`collect`),
so the checker pipelines cases the same way whether or not the frameworks run in workers
(fuzz/execution/isolation.py `WorkerAdapter` is the isolated one; `InProcess` wraps any adapter).
"""

from __future__ import annotations

import itertools
from collections import deque
from typing import Protocol

from fuzz.execution.adapters.base import Adapter
from fuzz.execution.isolation import WorkerStats
from fuzz.model.case import Case
from fuzz.model.outcome import Outcome


class CaseRunner(Protocol):
    target: str
    backend: str

    @property
    def versions(self) -> dict[str, str]: ...

    def run(self, case: Case) -> Outcome: ...

    def submit(self, case: Case) -> int: ...

    def collect(self, tag: int | None = None) -> Outcome: ...

    def drop(self) -> None: ...

    def close(self) -> None: ...

    def stats(self) -> WorkerStats | None: ...


class InProcess:
    """An adapter run in this process: `collect` runs the case submitted first (so the work happens
    when the checker asks for the outcome, after its own reference computation)."""

    def __init__(self, adapter: Adapter) -> None:
        self.adapter = adapter
        self.target = adapter.target
        self.backend = adapter.backend
        self._pending: deque[tuple[int, Case]] = deque()
        self._tags = itertools.count(1)

    @property
    def versions(self) -> dict[str, str]:
        return getattr(self.adapter, "versions", {})

    def run(self, case: Case) -> Outcome:
        return self.adapter.run(case)

    def submit(self, case: Case) -> int:
        tag = next(self._tags)
        self._pending.append((tag, case))
        return tag

    def collect(self, tag: int | None = None) -> Outcome:
        if not self._pending:
            raise RuntimeError("collect() without a case submitted")
        if tag is not None and tag != self._pending[0][0]:
            raise RuntimeError(f"collect({tag}): the oldest case submitted has tag {self._pending[0][0]}")
        return self.adapter.run(self._pending.popleft()[1])

    def drop(self) -> None:
        self._pending.clear()

    def close(self) -> None:
        self._pending.clear()

    def stats(self) -> WorkerStats | None:
        return None  # no worker
