"""What a `state` finding says: one entry of a module's state that departs from what its API documents,
or that one side of the mapped pair keeps and moves while the other keeps none.

The state is read through each framework's own state API after every step (`StepOutcome.state`);
`fuzz/oracle/state.py` works out what each API's documentation promises and makes these records.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from fuzz.model.numbers import decode_float, encode_float


class StateChange(StrEnum):
    """How one state entry departs from what is documented (or from the other side)."""

    UNPROMISED = "unpromised_change"  # changed where its docs promise it stays
    MISSED = "missed_change"  # stayed where its docs promise a change
    WRONG = "wrong_value"  # changed, but not to the documented value
    MISSING = "missing"  # documented, but the state API does not list it
    UNEXPECTED = "unexpected"  # listed by the state API, but not documented for this configuration
    ONE_SIDED = "one_sided"  # both sides as documented, but only one keeps it and it moved

    @property
    def words(self) -> str:
        return _WORDS[self]


_WORDS = {
    StateChange.UNPROMISED: "changed where its documentation promises no change",
    StateChange.MISSED: "did not change where its documentation promises a change",
    StateChange.WRONG: "changed, but not to the documented value",
    StateChange.MISSING: "is documented but absent from the state",
    StateChange.UNEXPECTED: "is in the state but not documented for this configuration",
    StateChange.ONE_SIDED: "moved on this side only: the other side keeps no counterpart",
}

#: values kept in a record (the first few of each array): enough to read, small enough to store
SHOWN = 8


def _values(array: Any) -> tuple[float, ...] | None:
    if array is None:
        return None
    flat = [float(v) for v in list(getattr(array, "reshape", lambda *_: array)(-1))[:SHOWN]]
    return tuple(flat)


@dataclass(frozen=True)
class StateDifference:
    """One state entry of one side at one step: what it holds, what was documented, and how it departs.

    side: the side's name in the pair; name: the entry's name in that side's state API; torch_name:
    its torch counterpart (mapping.STATE_NAMES, "" when it has none); expected: the documented value
    (for ONE_SIDED: the value it started from); source: the documentation the expectation rests on.
    """

    side: str
    name: str
    torch_name: str
    change: StateChange
    expected: tuple[float, ...] | None
    actual: tuple[float, ...] | None
    max_abs: float
    source: str

    @classmethod
    def of(cls, side: str, name: str, torch_name: str, change: StateChange, expected: Any, actual: Any,
           max_abs: float, source: str) -> StateDifference:
        return cls(side, name, torch_name, change, _values(expected), _values(actual), max_abs, source)

    def describe(self) -> str:
        counterpart = f" ({self.torch_name})" if self.torch_name and self.torch_name != self.name else ""
        text = f"{self.side}'s {self.name!r}{counterpart} {self.change.words}"
        if self.expected is not None or self.actual is not None:
            text += f": expected {_short(self.expected)}, found {_short(self.actual)}"
        if math.isfinite(self.max_abs) and self.max_abs:
            text += f" (max |difference| {self.max_abs:.3g})"
        return text + f" [{self.source}]"

    def to_json(self) -> dict[str, Any]:
        return {"side": self.side, "name": self.name, "torch_name": self.torch_name, "change": self.change.value,
                "expected": None if self.expected is None else [encode_float(v) for v in self.expected],
                "actual": None if self.actual is None else [encode_float(v) for v in self.actual],
                "max_abs": encode_float(self.max_abs), "source": self.source}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StateDifference:
        def values(key: str) -> tuple[float, ...] | None:
            raw = data.get(key)
            return None if raw is None else tuple(float(decode_float(v)) for v in raw)

        return cls(str(data["side"]), str(data["name"]), str(data.get("torch_name", "")),
                   StateChange(data["change"]), values("expected"), values("actual"),
                   float(decode_float(data.get("max_abs", 0.0))), str(data.get("source", "")))


def _short(values: tuple[float, ...] | None) -> str:
    if values is None:
        return "nothing"
    shown = ", ".join(f"{v:.6g}" for v in values)
    return f"[{shown}{', ...' if len(values) >= SHOWN else ''}]"
