"""Input shapes (N, C) and (N, C, L).

N starts at 0 (an empty batch is legal in torch) and C at 1.  Most draws are small; a tail reaches
N * L >= 512 and C >= 64.  Everything shrinks toward (small N, C = 1, no L): the first branch of
each `one_of` is the small one.
"""

from __future__ import annotations

from hypothesis import strategies as st

from strategies.limits import MAX_BATCH, MAX_CHANNELS, MAX_ELEMENTS, MAX_LENGTH


def batch_sizes() -> st.SearchStrategy[int]:
    """N: mostly 0..8, sometimes up to MAX_BATCH."""
    return st.one_of(st.integers(2, 8), st.integers(0, 1), st.integers(9, MAX_BATCH))


def channel_counts() -> st.SearchStrategy[int]:
    """C: mostly 1..8, sometimes 64..MAX_CHANNELS."""
    return st.one_of(st.integers(1, 8), st.integers(9, MAX_CHANNELS))


def lengths() -> st.SearchStrategy[int | None]:
    """L, or None for a 2-D input."""
    return st.one_of(st.none(), st.integers(1, 8), st.integers(9, MAX_LENGTH))


@st.composite
def input_shapes(draw: st.DrawFn) -> tuple[int, ...]:
    """(N, C) or (N, C, L), at most MAX_ELEMENTS elements."""
    channels = draw(channel_counts(), label="C")
    length = draw(lengths(), label="L")
    per_batch = channels * (length or 1)
    batch = min(draw(batch_sizes(), label="N"), max(MAX_ELEMENTS // per_batch, 0))
    return (batch, channels) if length is None else (batch, channels, length)
