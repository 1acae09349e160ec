"""The input of one step, as an `InputSpec`: a seed plus a distribution, regenerated bit for bit.

Values are `offset + scale * z` with a drawn offset and a log-scale spread, so that a large mean over
a small spread (mean/variance cancellation) is reached; constant channels, outliers and, when asked
for, NaN/Inf are planted.  Drawing a seed instead of every element keeps a draw in microseconds;
shrinking still reduces the shape, the offset and the spread toward 0 and 1.
"""

from __future__ import annotations

import math

from hypothesis import strategies as st

from fuzz.case import InputSpec

#: largest finite magnitude each dtype must keep clear of, so that only `nonfinite` plants Inf.
_SAFE_MAX = {"float16": 3e4, "float32": 1e30, "float64": 1e300}


@st.composite
def input_specs(draw: st.DrawFn, shape: tuple[int, ...], dtype: str, nonfinite: bool = False) -> InputSpec:
    """One step's input for `shape` and `dtype`; NaN/Inf only with `nonfinite=True`."""
    safe = _SAFE_MAX.get(dtype, 1e30)
    max_exp = 4 if dtype == "float16" else 8
    offset_exp = draw(st.integers(0, max_exp), label="offset magnitude (log10)")
    offset = 0.0 if offset_exp == 0 else draw(st.sampled_from((1.0, -1.0))) * 10.0 ** (offset_exp - 1)
    scale = 10.0 ** draw(st.integers(-3, 3) if dtype != "float16" else st.integers(-2, 2), label="scale (log10)")
    channels = shape[1] if len(shape) > 1 else 0
    constant = ()
    if channels and draw(st.booleans(), label="constant channels"):
        constant = tuple(sorted(draw(st.sets(st.integers(0, channels - 1), min_size=1, max_size=min(channels, 3)))))
    outliers = draw(st.integers(0, 3), label="outliers")
    factor = 1e3
    if outliers:
        factor = min(1e3, (safe - abs(offset)) / scale)
    size = math.prod(shape)
    specials: tuple[tuple[int, str], ...] = ()
    if nonfinite and size and draw(st.booleans(), label="plant NaN/Inf"):
        specials = tuple(draw(st.lists(
            st.tuples(st.integers(0, size - 1), st.sampled_from(("nan", "inf", "-inf"))), min_size=1, max_size=3)))
    seed = draw(st.integers(0, 2**32 - 1), label="input seed")
    return InputSpec(seed=seed, offset=offset, scale=scale, constant_channels=constant, outliers=outliers,
                     outlier_factor=factor, specials=specials)
