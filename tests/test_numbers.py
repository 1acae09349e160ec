"""Tests for fuzz/model/numbers.py: non-finite floats and typed scalars through JSON and back."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from fuzz.model.numbers import (
    NUMPY_SCALAR_TYPES,
    decode_nested,
    decode_scalar,
    describe_scalar,
    encode_nested,
    encode_scalar,
)

#: values whose type a case must keep: each reads back as the same value of the same type
TYPED = [1, 0, True, False, None, 1.0, 1e-5, -0.0, "1e-5", "nan", "inf", float("inf"),
         np.float32(1e-5), np.float64(1e-3), np.float16(0.1), np.int64(3), np.int32(3), np.uint8(7),
         np.bool_(True), np.bool_(False), np.float32("nan"), np.float32("-inf")]


def _same(a: object, b: object) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, (float, np.floating)) and math.isnan(a):
        return math.isnan(b)  # type: ignore[arg-type]
    return bool(a == b) and str(a) == str(b)  # -0.0 keeps its sign


@pytest.mark.parametrize("value", TYPED, ids=repr)
def test_a_scalar_reads_back_with_its_type_through_json_text(value):
    text = json.dumps(encode_scalar(value), allow_nan=False)
    assert _same(decode_scalar(json.loads(text)), value)


def test_plain_python_numbers_need_no_tag_and_old_records_read_back_unchanged():
    assert [encode_scalar(v) for v in (1, 1.0, True, None, 1e-5)] == [1, 1.0, True, None, 1e-5]
    assert type(decode_scalar(json.loads("1"))) is int and type(decode_scalar(json.loads("1.0"))) is float


def test_a_numpy_scalar_is_tagged_with_its_dtype_and_exact_value():
    assert encode_scalar(np.float32(1e-5)) == {"np": "float32", "value": float(np.float32(1e-5))}
    assert encode_scalar(np.bool_(True)) == {"np": "bool", "value": True}
    assert encode_scalar(np.float64("nan")) == {"np": "float64", "value": "nan"}
    assert decode_scalar({"np": "float32", "value": 9.999999747378752e-06}) == np.float32(1e-5)


@pytest.mark.parametrize("stored, word", [
    ({"np": "float128", "value": 1.0}, "float128"),
    ({"np": "object", "value": 1}, "object"),
    ({"np": "float32", "value": "abc"}, "not a number"),
    ({"np": "int64", "value": None}, "not a number"),
])
def test_a_malformed_numpy_tag_is_a_value_error_naming_it(stored, word):
    with pytest.raises(ValueError, match=word):
        decode_scalar(stored)


def test_an_unstorable_numpy_scalar_is_refused_with_the_storable_types():
    with pytest.raises(ValueError, match="float32"):
        encode_scalar(np.complex64(1))
    assert "bool" in NUMPY_SCALAR_TYPES and "float16" in NUMPY_SCALAR_TYPES


def test_nested_values_keep_numpy_scalars_and_strings_apart():
    value = {"eps": np.float32(1e-5), "momentum": 0, "affine": np.bool_(False), "name": "nan", "xs": [np.int64(2)]}
    again = decode_nested(json.loads(json.dumps(encode_nested(value, keep_strings_apart=True))))
    assert all(_same(again[k], value[k]) for k in ("eps", "momentum", "affine", "name"))
    assert _same(again["xs"][0], np.int64(2))


@pytest.mark.parametrize("value, text", [
    (np.float32(1e-5), "np.float32(1e-05)"), (np.float64(0.001), "np.float64(0.001)"),
    (np.bool_(True), "np.bool_(True)"),
    (np.int64(3), "np.int64(3)"), (1, "1"), (1.0, "1.0"), ("1e-5", "'1e-5'"), (None, "None"),
])
def test_describe_shows_the_type(value, text):
    assert describe_scalar(value) == text
