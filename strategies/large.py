"""The large-batch stratum: cases whose per-channel reductions are long enough to lose accuracy.

The common draws (strategies/shapes.py) stay under `MAX_ELEMENTS` (4 * 10^4) elements, a few
milliseconds a case.  What they never reach is a long reduction: a mean and a variance over 10^5 or
10^6 values per channel, where a float32 sum loses digits with every addition (the error of a naive
running sum grows with N * L, that of pairwise or blocked sums with its logarithm), and where torch
splits the reduction across threads (`Case.threads`, drawn for half of these cases).  `large_cases()`
draws N * L from 10^4 to `LARGE_MAX_VALUES_PER_CHANNEL`, C up to `LARGE_MAX_CHANNELS`, capped at
`LARGE_MAX_ELEMENTS` in all, with one or two steps; every other argument, the initial values, the
MindSpore options and the input distributions are drawn as for `batchnorm_cases()`, so a large
offset over a small spread (the ill-conditioned channel where cancellation in the variance shows)
is reachable (strategies/inputs.py).  The campaign gives the stratum a small share of its budget
(`LARGE_SHARE` in fuzz/campaign/runner.py).
"""

from __future__ import annotations

from hypothesis import strategies as st

from fuzz.model.case import Case
from strategies.cases import batchnorm_cases

#: longest per-channel reduction drawn (N * L)
LARGE_MAX_VALUES_PER_CHANNEL = 1_000_000
#: ... and the shortest, where the common draws (at most 4 * 10^4 elements in all) thin out; the
#: first decade is where shrinking goes
LARGE_MIN_VALUES_PER_CHANNEL = 10_000
#: most channels drawn
LARGE_MAX_CHANNELS = 1024
#: most elements in one step's input (N * C * L).  Measured on 2 cores (benchmarks/RESULTS.md, "Large
#: batches"): a 10^6-element float32 case with gradients and two train steps takes 0.52-0.73 s
#: through the isolated workers, the float64 reference and the comparison (0.36-0.55 s in one
#: process; two thirds of it the reference and the comparison), one of 2 * 10^6 0.9-1.6 s.  At 10^6
#: a case costs at most a few hundred common ones and stays far under the workers' timeout floor
#: (`TIMEOUT_FLOOR_S`, 5 s) and memory limit (8 GiB).  The stratum as drawn checks 7.6 cases/s
#: (median 3 * 10^5 elements), the common draws 41/s.
LARGE_MAX_ELEMENTS = 1_000_000
#: most train/eval steps: each step of a large case costs as much as hundreds of common cases
LARGE_MAX_STEPS = 2
#: the share of large cases torch runs with its default thread count (half: the thread count decides
#: how torch splits exactly these reductions; `DEFAULT_THREADS_SHARE` is for the common draws)
LARGE_DEFAULT_THREADS_SHARE = 0.5

_CHANNELS = st.one_of(st.integers(1, 8), st.integers(9, LARGE_MAX_CHANNELS))
#: a decade each: the first (10^4 .. 10^5) is where shrinking goes
_VALUES_PER_CHANNEL = st.one_of(st.integers(LARGE_MIN_VALUES_PER_CHANNEL, 99_999),
                                st.integers(100_000, LARGE_MAX_VALUES_PER_CHANNEL))
#: None: an (N, C) input; else L, short or long (N is then N * L // L)
_LENGTHS = st.one_of(st.none(), st.integers(1, 64), st.integers(65, 4096))
_BOOLS = st.booleans()


@st.composite
def _large_shapes(draw: st.DrawFn) -> tuple[int, ...]:
    per_channel = draw(_VALUES_PER_CHANNEL, label="N*L")
    channels = draw(_CHANNELS, label="C")
    # over the cap, one of the two gives way: C (long reductions are the point, and where shrinking
    # goes), or N * L (so that many channels are reached too)
    if draw(_BOOLS, label="over the cap, N*L gives way"):
        per_channel = min(per_channel, LARGE_MAX_ELEMENTS // channels)
    else:
        channels = max(1, min(channels, LARGE_MAX_ELEMENTS // per_channel))
    length = draw(_LENGTHS, label="L")
    if length is None:
        return (per_channel, channels)
    length = min(length, per_channel)
    return (per_channel // length, channels, length)


_LARGE_SHAPES = _large_shapes()


def large_shapes() -> st.SearchStrategy[tuple[int, ...]]:
    """(N, C) or (N, C, L) with N * L drawn from `LARGE_MIN_VALUES_PER_CHANNEL` to
    `LARGE_MAX_VALUES_PER_CHANNEL` and C from 1 to `LARGE_MAX_CHANNELS`, at most `LARGE_MAX_ELEMENTS`
    elements: where the two drawn exceed it, C is lowered to fit, or (half the time) N * L, which
    then may end below 10^4 (C = 1024 leaves 976 values per channel).  With L, N is the length drawn
    over L, rounded down (N * L keeps at least half of it).  Shrinks toward (10^4, 1)."""
    return _LARGE_SHAPES


def large_cases(grad: bool | None = None) -> st.SearchStrategy[Case]:
    """A valid case of the large stratum: `large_shapes()`, one or two steps, finite inputs, torch's
    default thread count for half of them (`LARGE_DEFAULT_THREADS_SHARE`), everything else as
    `batchnorm_cases()` draws it.  grad: force gradients on/off (None: drawn).  Shrinks toward one
    float32 training step with one torch thread on a (10^4, 1) input with default arguments."""
    return batchnorm_cases(grad=grad, default_threads=LARGE_DEFAULT_THREADS_SHARE, shapes=large_shapes(),
                           max_steps=LARGE_MAX_STEPS)
