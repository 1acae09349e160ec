"""Triage help: for a new finding, the known entries whose conditions come closest, and which of
their conditions the finding's facts fail (`python -m fuzz triage DIR`).

A person then widens the entry by the fact that differs, with a reason, or writes a new one naming
the mechanism, instead of copying the finding's symptoms into a narrow entry of its own.  Pure: the
facts come from `fuzz.oracle.known.facts` of the replayed violation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fuzz.oracle.known import KnownDifference, condition_holds


@dataclass(frozen=True)
class Miss:
    """One condition of an entry the finding does not meet."""

    key: str  # the fact ("kind" for the entry's kinds)
    expected: Any  # the entry's condition
    actual: Any  # the finding's fact


@dataclass(frozen=True)
class Nearness:
    entry: KnownDifference
    misses: tuple[Miss, ...]
    met: int  # the entry's conditions the finding meets

    @property
    def distance(self) -> int:
        return len(self.misses)


def compare(entry: KnownDifference, fact: dict[str, Any]) -> Nearness:
    """Which of `entry`'s conditions (its kinds, each `when` key) hold for `fact`."""
    misses = []
    if fact["kind"] not in entry.kinds:
        misses.append(Miss("kind", list(entry.kinds), fact["kind"]))
    for key, expected in entry.when.items():
        if not condition_holds(expected, fact.get(key)):
            misses.append(Miss(key, expected, fact.get(key)))
    return Nearness(entry, tuple(misses), 1 + len(entry.when) - len(misses))


def nearest(entries: Sequence[KnownDifference], fact: dict[str, Any], limit: int = 3) -> list[Nearness]:
    """The `limit` entries that miss the fewest conditions (ties: the one meeting more), never one that
    meets none of its `when` conditions."""
    ranked = [compare(entry, fact) for entry in entries]
    ranked = [n for n in ranked if n.met > (0 if n.misses and n.misses[0].key == "kind" else 1)]
    ranked.sort(key=lambda n: (n.distance, -n.met, n.entry.id))
    return ranked[:limit]


def describe(nearness: Nearness) -> list[str]:
    """The entry and each condition it misses, in words."""
    lines = [f"{nearness.entry.id} ({nearness.entry.classification}): misses {nearness.distance} of "
             f"{nearness.distance + nearness.met} conditions"]
    for miss in nearness.misses:
        lines.append(f"    {miss.key}: the entry wants {miss.expected!r}, the finding has {miss.actual!r}")
    return lines
