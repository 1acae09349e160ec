"""The append-only findings store (`findings.jsonl`): one JSON object per line, flushed as written.

A finding is appended the moment it is met (unshrunk), and again when it has been shrunk or its
count changed; readers keep the last line of each id.  Every append is flushed and fsync'ed, so a
run killed with SIGKILL loses at most the line being written, and the reader reports a corrupt or
truncated line and skips it instead of failing.
"""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path
from typing import IO

from fuzz.model.finding import Finding, FindingError


class CorruptFindingLine(UserWarning):
    """A line of findings.jsonl could not be read; it was skipped."""


class FindingStore:
    """Appends findings to `path`; open it once per run."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._file: IO[str] = open(self.path, "a", encoding="utf-8")

    def append(self, finding: Finding) -> None:
        self._file.write(finding.dumps() + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> FindingStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_findings(path: Path | str, *, warn: bool = True) -> list[Finding]:
    """The findings in `path`, the last line of each id winning, in first-seen order.

    Bad lines (truncated by a kill, hand-edited, of another schema) are skipped with a warning
    that names the line number and the problem.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no findings file at {path}")
    latest: dict[str, Finding] = {}
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                finding = Finding.from_json(json.loads(line))
            except (json.JSONDecodeError, FindingError, ValueError, TypeError, AttributeError, KeyError) as exc:
                if warn:
                    warnings.warn(f"{path}:{number}: skipped an unreadable finding line ({exc})", CorruptFindingLine,
                                  stacklevel=2)
                continue
            latest[finding.id] = finding
    return list(latest.values())
