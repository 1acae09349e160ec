"""The input of one step, as an `InputSpec`: a seed plus a distribution, regenerated bit for bit.

Values are `offset + scale * z` with a drawn offset and a log-scale spread, so that a large mean over
a small spread (mean/variance cancellation) is reached; constant channels, outliers and, when asked
for, NaN/Inf are planted.  Drawing a seed instead of every element keeps a draw in microseconds;
shrinking still reduces the shape, the offset and the spread toward 0 and 1.
"""

from __future__ import annotations

import functools
import math

from hypothesis import strategies as st

from fuzz.model.case import InputSpec, Layout

#: largest finite magnitude each dtype must keep clear of, so that only `nonfinite` plants Inf.
_SAFE_MAX = {"float16": 3e4, "float32": 1e30, "float64": 1e300}
_OFFSET_EXP = {"float16": st.integers(0, 4), "other": st.integers(0, 8)}
_SCALE_EXP = {"float16": st.integers(-2, 2), "other": st.integers(-3, 3)}
_SIGNS = st.sampled_from((1.0, -1.0))
_BOOLS = st.booleans()
_OUTLIERS = st.integers(0, 3)
_SEEDS = st.integers(0, 2**32 - 1)
_SPECIAL_KINDS = st.sampled_from(("nan", "inf", "-inf"))
#: how the frameworks hold a step's input: contiguous in 4 draws of 6 (first: shrinking goes there),
#: a transposed or a strided view otherwise (fuzz/model/case.py `Layout`)
_LAYOUTS = st.sampled_from((Layout.CONTIGUOUS,) * 4 + (Layout.TRANSPOSED, Layout.STRIDED))


@functools.lru_cache(maxsize=None)
def _constant_channel_sets(channels: int) -> st.SearchStrategy[set[int]]:
    return st.sets(st.integers(0, channels - 1), min_size=1, max_size=min(channels, 3))


@functools.lru_cache(maxsize=1024)
def _special_lists(size: int) -> st.SearchStrategy[list[tuple[int, str]]]:
    return st.lists(st.tuples(st.integers(0, size - 1), _SPECIAL_KINDS), min_size=1, max_size=3)


def draw_distribution(draw: st.DrawFn, shape: tuple[int, ...], dtype: str) -> InputSpec:
    """The distribution of an input (offset, spread, constant channels, outliers), seed 0.

    A function of `draw`, not a strategy: a strategy built per draw (it depends on the shape) is
    validated anew by Hypothesis on every example, which cost a third of a case's drawing time."""
    key = "float16" if dtype == "float16" else "other"
    offset_exp = draw(_OFFSET_EXP[key], label="offset magnitude (log10)")
    offset = 0.0 if offset_exp == 0 else draw(_SIGNS) * 10.0 ** (offset_exp - 1)
    scale = 10.0 ** draw(_SCALE_EXP[key], label="scale (log10)")
    channels = shape[1] if len(shape) > 1 else 0
    constant: tuple[int, ...] = ()
    if channels and draw(_BOOLS, label="constant channels"):
        constant = tuple(sorted(draw(_constant_channel_sets(channels))))
    outliers = draw(_OUTLIERS, label="outliers")
    factor = min(1e3, (_SAFE_MAX.get(dtype, 1e30) - abs(offset)) / scale) if outliers else 1e3
    return InputSpec(offset=offset, scale=scale, constant_channels=constant, outliers=outliers, outlier_factor=factor)


def draw_input_spec(draw: st.DrawFn, shape: tuple[int, ...], dtype: str, nonfinite: bool = False,
                    distribution: InputSpec | None = None) -> InputSpec:
    """One step's input for `shape` and `dtype`, of `distribution` (drawn if not given), in a drawn
    layout (contiguous, a transposed or a strided view); NaN/Inf planted only with `nonfinite=True`."""
    spec = distribution if distribution is not None else draw_distribution(draw, shape, dtype)
    size = math.prod(shape)
    specials: tuple[tuple[int, str], ...] = ()
    if nonfinite and size and draw(_BOOLS, label="plant NaN/Inf"):
        specials = tuple(draw(_special_lists(size)))
    seed = draw(_SEEDS, label="input seed")
    layout = draw(_LAYOUTS, label="input layout")
    return InputSpec(seed=seed, offset=spec.offset, scale=spec.scale, constant_channels=spec.constant_channels,
                     outliers=spec.outliers, outlier_factor=spec.outlier_factor, specials=specials, layout=layout)


@st.composite
def distributions(draw: st.DrawFn, shape: tuple[int, ...], dtype: str) -> InputSpec:
    """`draw_distribution` as a strategy."""
    return draw_distribution(draw, shape, dtype)


@st.composite
def input_specs(draw: st.DrawFn, shape: tuple[int, ...], dtype: str, nonfinite: bool = False,
                distribution: InputSpec | None = None) -> InputSpec:
    """`draw_input_spec` as a strategy."""
    return draw_input_spec(draw, shape, dtype, nonfinite, distribution)
