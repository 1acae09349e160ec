"""How many cases a run with --max-examples N draws per property (shared by the tests that count)."""

from __future__ import annotations

import math

from fuzz.campaign.runner import LARGE_PROPERTY, LARGE_SHARE, PROPERTY_NAMES


def drawn_per_property(max_examples: int) -> dict[str, int]:
    """Each property draws `max_examples`; the large-batch stratum its share of them, rounded up."""
    return {prop: math.ceil(max_examples * LARGE_SHARE) if prop == LARGE_PROPERTY else max_examples
            for prop in PROPERTY_NAMES}


def test_the_large_stratum_draws_its_share():
    counts = drawn_per_property(16)
    assert counts[LARGE_PROPERTY] == 2 and all(n == 16 for p, n in counts.items() if p != LARGE_PROPERTY)
