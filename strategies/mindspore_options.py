"""MindSpore-only constructor arguments, drawn on their own (not derived from torch's).

`use_batch_statistics` as None (left out or passed), True and False, whatever the steps' modes; how
the initial values reach the Cell (`InitVia`); MindSpore's own initial values where torch keeps no
counterpart (gamma/beta with affine=False, moving statistics with track_running_stats=False), which
the mapping says have no effect on what torch computes; and `data_format` passed explicitly.
Every path makes the same choices, so shrinking heads for the defaults (set_data, None, left out).
"""

from __future__ import annotations

from hypothesis import strategies as st

from fuzz.model.case import INITIAL_NAMES, InitVia, MindSporeOptions
from strategies.arguments import USE_BATCH_STATISTICS_TYPE_VARIANTS, retyped
from strategies.params import initial_seeds, make_initial_values

#: set_data half the time: a constructor init builds a new Cell (~5 ms, no reuse) and a checkpoint
#: round trip writes and reads a file (~5 ms), against ~1 ms for a reused Cell (measured, 16 channels)
_INIT_VIA = st.sampled_from((InitVia.SET_DATA, InitVia.SET_DATA, InitVia.CONSTRUCTOR, InitVia.CHECKPOINT))
#: (use_batch_statistics, passed explicitly): left out first, so shrinking heads there
_USE_BATCH_STATISTICS = st.sampled_from(((None, False), (None, True), (True, True), (False, True)))
_DATA_FORMATS = st.sampled_from((None, "NCHW"))


def draw_mindspore_options(draw: st.DrawFn, channels: int, affine: bool, tracking: bool) -> MindSporeOptions:
    """MindSporeOptions for a case with `channels` features (a function of `draw`, like the steps)."""
    init_via = draw(_INIT_VIA, label="mindspore init via")
    use_batch_statistics, passed = draw(_USE_BATCH_STATISTICS, label="use_batch_statistics")
    unmapped: list[tuple[str, tuple[float, ...]]] = []
    for name in INITIAL_NAMES:
        seed = draw(initial_seeds(), label=f"mindspore-only {name} seed")
        torch_keeps = affine if name in ("weight", "bias") else tracking
        values = make_initial_values(seed, channels, name)
        if values is not None and not torch_keeps:
            unmapped.append((name, values))
    return MindSporeOptions(init_via=init_via, use_batch_statistics=use_batch_statistics,
                            pass_use_batch_statistics=passed, unmapped_init=tuple(unmapped),
                            data_format=draw(_DATA_FORMATS, label="data_format"))


@st.composite
def mindspore_options(draw: st.DrawFn, channels: int, affine: bool = True, tracking: bool = True) -> MindSporeOptions:
    """`draw_mindspore_options` as a strategy."""
    return draw_mindspore_options(draw, channels, affine, tracking)


#: use_batch_statistics of another type than documented (an int, a str, a numpy.bool_): invalid uses
_WRONG_USE_BATCH_STATISTICS = st.tuples(st.sampled_from(USE_BATCH_STATISTICS_TYPE_VARIANTS), st.booleans()).map(
    lambda drawn: retyped("use_batch_statistics", drawn[1], drawn[0]))


def wrong_use_batch_statistics() -> st.SearchStrategy[object]:
    """A value of another type for `use_batch_statistics` (torch has no counterpart to reject it)."""
    return _WRONG_USE_BATCH_STATISTICS
