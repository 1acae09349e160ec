"""Non-finite floats in JSON: stored as the strings 'nan', 'inf' and '-inf'.

JSON has no NaN or Inf, and Python's `json` writes them as bare `NaN`/`Infinity`, which other
readers reject.  Cases, findings, reports and repro payloads all store them as text, with these
functions, so one record reads back the same wherever it is read.  Where a value may also be a
string (a case's eps="nan" is an invalid use, not NaN), `encode_scalar` keeps such a string apart
as {"str": ...}.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

#: the texts a non-finite float is stored as
NONFINITE_TEXT = ("nan", "inf", "-inf")


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


def encode_scalar(value: Any) -> Any:
    """`encode_float`, and a string that would read back as a float kept apart as {"str": value}."""
    if isinstance(value, str) and value in NONFINITE_TEXT:
        return {"str": value}
    return encode_float(value)


def decode_scalar(value: Any) -> Any:
    """The inverse of `encode_scalar`."""
    if isinstance(value, dict) and set(value) == {"str"}:
        return str(value["str"])
    return decode_float(value)


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
    if isinstance(value, dict) and set(value) != {"str"}:
        return {k: decode_nested(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode_nested(v) for v in value]
    return decode_scalar(value)
