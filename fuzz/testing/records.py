"""Findings for tests, written as their stored fields (strings for the enums, dicts for the case,
errors and tolerance) and made into typed records through the one reader, `Finding.from_json`."""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from typing import Any

from fuzz.model.case import Case
from fuzz.model.finding import Finding
from fuzz.model.outcome import ErrorInfo


def finding_of(**fields: Any) -> Finding:
    """A `Finding` from stored-style fields (typed values are accepted too)."""
    data: dict[str, Any] = {}
    for name, value in fields.items():
        if isinstance(value, Case):
            value = value.to_json()
        elif is_dataclass(value) and not isinstance(value, type):
            value = asdict(value)
        elif name == "errors":
            value = [e.to_json() if isinstance(e, ErrorInfo) else e for e in value]
        data[name] = value
    return Finding.from_json(data)
