"""Tests for strategies/arguments.py: the other types users pass, and what the case strategies make of them."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, find, given, settings

from fuzz.model.case import Case, eps_has_value, momentum_has_value
from strategies import batchnorm_cases, invalid_cases
from strategies.arguments import (
    CONVERSIONS,
    HELD_BACK,
    TYPE_VARIANTS,
    VALUE_BEARING,
    argument_types,
    retyped,
    value_types,
)

QUIET = list(HealthCheck)

RETYPED = [
    ("eps", 1e-5, "int", 1), ("eps", 0.3, "bool", True), ("eps", 1e-3, "numpy.float32", np.float32(1e-3)),
    ("eps", 1e-3, "numpy.float16", np.float16(1e-3)), ("momentum", 0.9, "int", 1), ("momentum", 0.1, "int", 0),
    ("momentum", 0.1, "bool", False), ("momentum", 0.3, "numpy.float64", np.float64(0.3)),
    ("affine", True, "int", 1), ("affine", False, "str", "False"), ("affine", True, "None", None),
    ("track_running_stats", False, "numpy.bool_", np.bool_(False)), ("num_features", 3, "bool", True),
    ("num_features", 3, "numpy.int64", np.int64(3)),
]


@pytest.mark.parametrize("name, value, conversion, expected", RETYPED, ids=[f"{n}-{c}" for n, _, c, _ in RETYPED])
def test_retyped_gives_what_a_user_holding_that_type_passes(name, value, conversion, expected):
    got = retyped(name, value, conversion)
    assert type(got) is type(expected) and got == expected


def test_retyped_refuses_an_unknown_conversion_naming_the_known_ones():
    with pytest.raises(ValueError, match="numpy.float32"):
        retyped("eps", 1e-5, "decimal")


def test_every_listed_type_is_a_known_conversion_and_value_bearing_ones_hold_a_value():
    for name, kinds in {**TYPE_VARIANTS, **VALUE_BEARING}.items():
        assert set(kinds) <= set(CONVERSIONS), name
    for kind in VALUE_BEARING["eps"]:
        assert eps_has_value(retyped("eps", 1e-3, kind)), kind
    for kind in VALUE_BEARING["momentum"]:
        assert momentum_has_value(retyped("momentum", 0.3, kind)), kind
    assert "float" not in TYPE_VARIANTS["eps"] and "numpy.float64" not in TYPE_VARIANTS["eps"]  # floats both


def test_value_types_refuse_an_argument_without_value_bearing_types():
    with pytest.raises(ValueError, match="eps"):
        value_types("affine")


def test_held_back_variants_are_never_drawn_and_say_why():
    drawn: set[tuple[str, str]] = set()

    @settings(max_examples=300, derandomize=True, database=None, suppress_health_check=QUIET)
    @given(pair=argument_types())
    def collect(pair):
        drawn.add(pair)

    collect()
    assert drawn and not drawn & set(HELD_BACK)
    assert all(len(why) > 40 for why in HELD_BACK.values())
    expected = {(n, k) for n, kinds in TYPE_VARIANTS.items() for k in kinds} - set(HELD_BACK)
    assert drawn == expected


def test_batchnorm_cases_pass_eps_and_momentum_as_other_types_now_and_then():
    types: Counter[str] = Counter()

    @settings(max_examples=300, derandomize=True, database=None, deadline=None, suppress_health_check=QUIET)
    @given(case=batchnorm_cases())
    def count(case: Case) -> None:
        types["cases"] += 1
        types[f"eps {type(case.eps).__name__}"] += 1
        types[f"momentum {type(case.momentum).__name__}"] += 1

    count()
    # the documented float stays the common case: other types are a low rate
    assert types["eps float"] > types["cases"] // 2 and types["momentum float"] > types["cases"] // 2, types
    quick = settings(max_examples=2000, derandomize=True, database=None, suppress_health_check=QUIET,
                     phases=[Phase.generate])  # the first case found, unshrunk
    for reached in (lambda c: type(c.eps) is int, lambda c: isinstance(c.eps, np.float32),
                    lambda c: type(c.momentum) is int, lambda c: isinstance(c.momentum, np.float64)):
        assert reached(find(batchnorm_cases(), reached, settings=quick))


@settings(max_examples=150, derandomize=True, database=None, deadline=None, suppress_health_check=QUIET)
@given(case=invalid_cases())
def test_an_invalid_case_has_one_undocumented_use_only(case):
    """The valid base's eps and momentum are floats again before one corruption is applied."""
    undocumented = [name for name in ("eps", "momentum") if getattr(case, name) is not None
                    and not isinstance(getattr(case, name), float)]
    undocumented += [name for name in ("affine", "track_running_stats") if type(getattr(case, name)) is not bool]
    assert len(undocumented) <= 1, (undocumented, case.describe())
    if undocumented:
        assert case.dtype in ("float16", "float32") and len(case.shape) in (2, 3) and case.num_features is None
