"""Input shapes (N, C) and (N, C, L).

N starts at 0 (an empty batch is legal in torch) and C at 1.  Most draws are small; a tail reaches
N * L >= 512 and C >= 64.  Everything shrinks toward (small N, C = 1, no L): the first branch of
each `one_of` is the small one.  Strategies are built once, at import: building them per draw made
Hypothesis re-validate them on every example.
"""

from __future__ import annotations

from hypothesis import strategies as st

from strategies.limits import MAX_BATCH, MAX_CHANNELS, MAX_ELEMENTS, MAX_LENGTH

_BATCH_SIZES = st.one_of(st.integers(2, 8), st.integers(0, 1), st.integers(9, MAX_BATCH))
_CHANNEL_COUNTS = st.one_of(st.integers(1, 8), st.integers(9, MAX_CHANNELS))
_LENGTHS = st.one_of(st.none(), st.integers(1, 8), st.integers(9, MAX_LENGTH))


@st.composite
def _input_shapes(draw: st.DrawFn) -> tuple[int, ...]:
    channels = draw(_CHANNEL_COUNTS, label="C")
    length = draw(_LENGTHS, label="L")
    per_batch = channels * (length or 1)
    batch = min(draw(_BATCH_SIZES, label="N"), max(MAX_ELEMENTS // per_batch, 0))
    return (batch, channels) if length is None else (batch, channels, length)


_INPUT_SHAPES = _input_shapes()


def input_shapes() -> st.SearchStrategy[tuple[int, ...]]:
    """(N, C) or (N, C, L), at most MAX_ELEMENTS elements."""
    return _INPUT_SHAPES
