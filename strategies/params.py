"""Constructor arguments and initial parameters, in torch's convention.

Each value strategy puts the default first, so shrinking heads for default-looking modules.
"""

from __future__ import annotations

import numpy as np
from hypothesis import strategies as st

#: eps values people actually write, besides the log-uniform draws.
COMMON_EPS = (1e-5, 1e-3, 1e-6, 1e-8, 0.1, 1.0, 1e-12)

_DTYPES = st.sampled_from(("float32", "float16"))
_PARAM_DTYPES = st.one_of(st.none(), st.sampled_from(("float32", "float16")))
_EPS = st.one_of(st.sampled_from(COMMON_EPS), st.floats(-12, 0).map(lambda e: float(10.0**e)))
_MOMENTA = st.one_of(st.sampled_from((0.1, 0.0, 1.0, 0.01, 0.5, 0.9, 0.99)), st.floats(0.0, 1.0, allow_nan=False),
                     st.none())
#: None (the framework's default) or the seed the values are made from
_INITIAL_SEEDS = st.one_of(st.none(), st.integers(0, 2**32 - 1))


def dtypes() -> st.SearchStrategy[str]:
    """Input dtypes both frameworks accept (float64 is rejected by MindSpore: see invalid_cases)."""
    return _DTYPES


def param_dtypes() -> st.SearchStrategy[str | None]:
    """The module's parameter dtype: None leaves each framework's default (float32)."""
    return _PARAM_DTYPES


def eps_values() -> st.SearchStrategy[float]:
    """eps: the common exact values, or log-uniform over 1e-12..1."""
    return _EPS


def momenta() -> st.SearchStrategy[float | None]:
    """Momentum over [0, 1] with both ends, the default first; None (cumulative average) sometimes."""
    return _MOMENTA


def initial_seeds() -> st.SearchStrategy[int | None]:
    return _INITIAL_SEEDS


def make_initial_values(seed: int | None, channels: int, kind: str) -> tuple[float, ...] | None:
    """C values for weight/bias/running_mean/running_var made from `seed` (variances positive)."""
    if seed is None:
        return None
    rng = np.random.default_rng(seed)
    if kind == "running_var":
        values = 10.0 ** rng.uniform(-3, 3, channels)
    elif kind == "weight":
        values = rng.uniform(-3, 3, channels)
    else:
        values = rng.normal(0, 2, channels)
    return tuple(float(v) for v in values.astype(np.float32))


def initial_values(channels: int, kind: str) -> st.SearchStrategy[tuple[float, ...] | None]:
    """None (the framework default) or C values made from a drawn seed."""
    return _INITIAL_SEEDS.map(lambda seed: make_initial_values(seed, channels, kind))
