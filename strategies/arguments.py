"""Constructor arguments of another type than documented: what users pass besides the right type.

Each argument lists the types a user may hand it instead (`TYPE_VARIANTS`), each type a named
conversion of the argument's right value (`retyped`):
- the *value-bearing* ones hold a number the argument can have (eps=1, momentum=0,
  eps=numpy.float32(1e-5)): the reference computes them (`fuzz.model.case.eps_has_value`), so
  `batchnorm_cases` draws them now and then (`draw_value_type`) and their values are compared
  wherever both frameworks accept them;
- the others are plausible mistakes (a bool where a number or int is expected, 0/1/strings/None/
  numpy.bool_ where a bool is expected): `invalid_cases` draws them (`argument_types()`), and what is
  compared is whether both frameworks accept or reject them, and with which exception class.
Strategies are built once, at import; each draw shrinks toward the documented type (first).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from hypothesis import strategies as st

#: how a right value becomes each type: the name is what a case's description and a test id show
CONVERSIONS = ("float", "int", "bool", "str", "None", "numpy.float16", "numpy.float32", "numpy.float64",
               "numpy.int32", "numpy.int64", "numpy.bool_")

#: argument -> the undocumented types a user may pass in its place (numpy.float64 is not among them:
#: it is a Python float, a documented eps or momentum; `VALUE_BEARING` draws it)
TYPE_VARIANTS: dict[str, tuple[str, ...]] = {
    # eps=1 (the one int MindSpore's range (0, 1] holds), eps=True, narrower NumPy floats
    "eps": ("int", "bool", "numpy.float16", "numpy.float32"),
    # momentum=0 or 1 (the ints of [0, 1]), momentum=True/False, numpy.float32
    "momentum": ("int", "bool", "numpy.float32"),
    "affine": ("int", "str", "None", "numpy.bool_"),
    "track_running_stats": ("int", "str", "None", "numpy.bool_"),
    # a bool where an int is expected; NumPy integers (a shape read from an array)
    "num_features": ("bool", "numpy.int64", "numpy.int32"),
}

#: the types besides float that hold a value the argument can have (`fuzz.model.case.eps_has_value`,
#: `momentum_has_value`): these `batchnorm_cases` draws too, so that their values are compared
#: (numpy.float16 eps is left to `invalid_cases`: a small eps rounds to 0 in it, an invalid use)
VALUE_BEARING: dict[str, tuple[str, ...]] = {
    "eps": ("int", "numpy.float32", "numpy.float64"),
    "momentum": ("int", "numpy.float32", "numpy.float64"),
}

#: variants held back from the draws until another part of the harness handles them, with why
#: (each was measured; drop an entry when its reason is gone).
HELD_BACK: dict[tuple[str, str], str] = {
    **{("track_running_stats", kind): (
        "fuzz/oracle/state_reference.py reads track_running_stats with `is True`, where torch reads its "
        "truthiness (1, 'False', numpy.bool_(True) keep running statistics; 0 and None do not), and "
        "the state known differences key on track_running_stats = false: every such case is a state "
        "finding of the state reference's, not of either framework (measured: track_running_stats=1 "
        "blames torch.nn)") for kind in ("int", "str", "None", "numpy.bool_")},
}

#: Hook for `MindSporeOptions.use_batch_statistics` (a MindSpore-only argument, drawn in
#: strategies/mindspore_options.py): the wrong types a user may pass it, for that strategy to draw
#: when the mapping passes them through.  Not drawn here.
USE_BATCH_STATISTICS_TYPE_VARIANTS: tuple[str, ...] = ("int", "str", "numpy.bool_")


def retyped(name: str, value: Any, conversion: str) -> Any:
    """`value` (the right value of argument `name`) as a user holding another type passes it.

    "int" is the int a user writes there: eps=1 (eps's one int in (0, 1]), round(momentum),
    int(affine); "bool" is True for a number (eps=True, num_features=True) and bool(round(m)) for a
    momentum; "str" is str(value) ('True'); the NumPy ones hold the same value.
    """
    if conversion not in CONVERSIONS:
        raise ValueError(f"unknown conversion {conversion!r}; known: {', '.join(CONVERSIONS)}")
    if conversion == "float":
        return float(value)
    if conversion == "int":
        return 1 if name == "eps" else int(round(float(value)))
    if conversion == "bool":
        return bool(round(float(value))) if name == "momentum" else True
    if conversion == "str":
        return str(value)
    if conversion == "None":
        return None
    return getattr(np, conversion.removeprefix("numpy."))(value)


def _kept(name: str, conversions: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c for c in conversions if (name, c) not in HELD_BACK)


#: (argument, conversion) for `invalid_cases`' "argument type" corruption
_ARGUMENT_TYPES = st.sampled_from(tuple((name, c) for name, kinds in TYPE_VARIANTS.items() for c in _kept(name, kinds)))

#: how often `draw_value_type` keeps the documented type: 5 draws in 8 (the first, where shrinking goes)
_KEEP_WEIGHT = 5
_VALUE_TYPES = {name: st.sampled_from(("float",) * _KEEP_WEIGHT + _kept(name, kinds))
                for name, kinds in VALUE_BEARING.items()}


def argument_types() -> st.SearchStrategy[tuple[str, str]]:
    """(argument, conversion): one argument of `TYPE_VARIANTS` and one of its wrong types, value-bearing
    or not; apply it with `retyped`.  Shrinks toward eps as an int."""
    return _ARGUMENT_TYPES


def value_types(name: str) -> st.SearchStrategy[str]:
    """The type a drawn value of `name` (eps or momentum) is passed as: the documented float most of
    the time, else one of `VALUE_BEARING[name]`.  Shrinks toward the float."""
    if name not in _VALUE_TYPES:
        raise ValueError(f"{name!r} has no value-bearing types; those that do: {', '.join(_VALUE_TYPES)}")
    return _VALUE_TYPES[name]


def draw_value_type(draw: st.DrawFn, name: str, value: Any) -> Any:
    """`value` of `name`, passed as its documented type or (now and then) as a value-bearing other
    one; None (torch's momentum=None) stays None.  A function of `draw` (strategies/inputs.py says
    why)."""
    conversion = draw(value_types(name), label=f"{name} type")
    if value is None or conversion == "float":
        return value
    return retyped(name, value, conversion)
