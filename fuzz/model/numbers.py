"""Non-finite floats and typed scalars in JSON.

JSON has no NaN or Inf, and Python's `json` writes them as bare `NaN`/`Infinity`, which other
readers reject.  Cases, findings, reports and repro payloads all store them as the strings 'nan',
'inf' and '-inf', with these functions, so one record reads back the same wherever it is read.

A constructor argument's type is part of a case (eps=1 and eps=numpy.float32(1e-5) are uses of
their own, which a framework may treat differently from eps=1.0), so `encode_scalar` keeps every
type apart that plain JSON would merge:
- a string that would read back as a float (a case's eps="nan" is an invalid use, not NaN) as
  {"str": ...};
- a NumPy scalar as {"np": "<dtype name>", "value": <the Python value it holds, exactly>}, e.g.
  {"np": "float32", "value": 9.999999747378752e-06} for numpy.float32(1e-5).
Python's own int, float, bool and None need no tag: JSON writes 1, 1.0, true and null, and they
read back as the same types, so records written before the tags existed read back unchanged.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

#: the texts a non-finite float is stored as
NONFINITE_TEXT = ("nan", "inf", "-inf")

#: the NumPy scalar types a stored value may have ({"np": name, ...}); others are refused, so that
#: a record names only types every NumPy reads back
NUMPY_SCALAR_TYPES = ("bool", "int8", "int16", "int32", "int64", "uint8", "float16", "float32", "float64")


def encode_float(value: Any) -> Any:
    """A non-finite float as 'nan', 'inf' or '-inf'; any other value unchanged."""
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    return value


def decode_float(value: Any) -> Any:
    """The inverse of `encode_float`: 'nan', 'inf', '-inf' as floats; any other value unchanged."""
    if isinstance(value, str) and value in NONFINITE_TEXT:
        return float(value)
    return value


def decode_float_or_none(value: Any) -> float | None:
    """A stored number (a float or its text) as a float; None stays None."""
    return None if value is None else float(decode_float(value))


def numpy_type_name(value: np.generic) -> str:
    """The dtype name a NumPy scalar is stored under ('float32', 'bool', ...)."""
    return np.dtype(type(value)).name


def encode_scalar(value: Any) -> Any:
    """`encode_float`, a string that would read back as a float kept apart as {"str": value}, and a
    NumPy scalar as {"np": its dtype, "value": its exact Python value} (see the module docstring)."""
    if isinstance(value, str) and value in NONFINITE_TEXT:
        return {"str": value}
    if isinstance(value, np.generic):
        name = numpy_type_name(value)
        if name not in NUMPY_SCALAR_TYPES:
            raise ValueError(f"a NumPy {name} scalar cannot be stored; storable types: {', '.join(NUMPY_SCALAR_TYPES)}")
        return {"np": name, "value": encode_float(value.item())}
    return encode_float(value)


def _is_numpy_tag(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"np", "value"}


def decode_scalar(value: Any) -> Any:
    """The inverse of `encode_scalar`; an unknown NumPy type name is a ValueError that names it."""
    if isinstance(value, dict) and set(value) == {"str"}:
        return str(value["str"])
    if _is_numpy_tag(value):
        name = value["np"]
        if name not in NUMPY_SCALAR_TYPES:
            raise ValueError(f"stored NumPy scalar type {name!r} is not one of {', '.join(NUMPY_SCALAR_TYPES)}")
        held = decode_float(value["value"])
        if isinstance(held, (dict, list, str)) or held is None:
            raise ValueError(f"stored NumPy {name} scalar holds {held!r}, not a number")
        return np.dtype(name).type(held)
    return decode_float(value)


def describe_scalar(value: Any) -> str:
    """A value as a message shows it, its type visible: `np.float32(1e-05)`, `1`, `1.0`, `'1e-5'`.

    NumPy's own repr of a scalar is the bare number before NumPy 2, which would read as a float.
    """
    if isinstance(value, np.generic):
        return f"np.{type(value).__name__}({value!s})"
    return repr(value)


def encode_nested(value: Any, *, keep_strings_apart: bool = False) -> Any:
    """`encode_float` (or, with keep_strings_apart, `encode_scalar`) over dicts, lists, tuples and
    NumPy arrays, which become lists of Python floats.

    keep_strings_apart is for values made from Python objects (a module's arguments); leave it off
    for records whose strings are already stored text (a case's JSON), which would be escaped twice.
    """
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if isinstance(value, dict):
        return {k: encode_nested(v, keep_strings_apart=keep_strings_apart) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [encode_nested(v, keep_strings_apart=keep_strings_apart) for v in value]
    return encode_scalar(value) if keep_strings_apart else encode_float(value)


def decode_nested(value: Any) -> Any:
    """The inverse of `encode_nested(..., keep_strings_apart=True)` (lists stay lists)."""
    if isinstance(value, dict) and set(value) != {"str"} and not _is_numpy_tag(value):
        return {k: decode_nested(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode_nested(v) for v in value]
    return decode_scalar(value)
