"""Tests for fuzz/model/case.py: the replayable case, its JSON form, and the inputs it regenerates."""

from __future__ import annotations

import json
import math
import warnings
from dataclasses import fields, is_dataclass

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz.model.case import TORCH_DEFAULTS, Case, CaseError, InitVia, InputSpec, Layout, MindSporeOptions, Mode, Step
from strategies import batchnorm_cases, invalid_cases

TRAIN, EVAL = Mode.TRAIN, Mode.EVAL
NAN, INF = float("nan"), float("inf")


_DEFAULT_SPEC = InputSpec()


def steps(*modes: Mode, spec: InputSpec = _DEFAULT_SPEC) -> tuple[Step, ...]:
    return tuple(Step(mode, spec) for mode in modes)


def same(a: object, b: object) -> bool:
    """Structural equality in which a float NaN equals a float NaN (and types must agree)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if is_dataclass(a):
        return all(same(getattr(a, f.name), getattr(b, f.name)) for f in fields(a))
    return a == b


def strict_json(text: str) -> object:
    """json.loads that refuses the non-standard NaN/Infinity tokens."""

    def refuse(token: str) -> None:
        raise AssertionError(f"non-standard JSON token {token} in {text}")

    return json.loads(text, parse_constant=refuse)


# --------------------------------------------------------------------------------------------
# JSON round trip

ROUND_TRIP_CASES = {
    "defaults": Case(shape=(4, 3)),
    "3-d, every scalar field set": Case(
        shape=(2, 3, 5), dtype="float16", num_features=3, eps=1e-3, momentum=0.25, affine=False,
        track_running_stats=False, param_dtype="float16", grad=True, grad_seed=77),
    "frozensets": Case(shape=(4, 3), omit=frozenset({"eps", "momentum", "affine", "track_running_stats"}),
                       rules_off=frozenset({"momentum", "train_mode"})),
    "mindspore options": Case(shape=(4, 3), mindspore=MindSporeOptions(
        InitVia.CHECKPOINT, False, True, (("weight", (1.5, -0.0, 2.0)),), "NCHW")),
    "str eps and momentum": Case(shape=(4, 3), eps="1e-5", momentum="0.1"),
    "str, float and zero num_features": Case(shape=(4, 3), num_features="3"),
    "float num_features": Case(shape=(4, 3), num_features=3.0),
    "zero num_features": Case(shape=(4, 3), num_features=0),
    "momentum None": Case(shape=(4, 3), momentum=None),
    "int eps and momentum": Case(shape=(4, 3), eps=1, momentum=0),
    "numpy scalars": Case(shape=(4, 3), eps=np.float32(1e-5), momentum=np.float64(0.3), num_features=np.int64(3),
                          affine=np.bool_(True), track_running_stats=np.bool_(False)),
    "bools and ints in each other's place": Case(shape=(4, 1), num_features=True, affine=0, track_running_stats=1),
    "strings and None where bools go": Case(shape=(4, 3), affine="False", track_running_stats=None),
    "every input dtype and layout": Case(shape=(4, 3, 2), dtype="bfloat16", steps=(
        Step(TRAIN, InputSpec(seed=1, layout="transposed")), Step(EVAL, InputSpec(seed=2, layout="strided")))),
    "rank 0": Case(shape=(), num_features=1, dtype="complex64"),
    "inf eps, -inf momentum": Case(shape=(4, 3), eps=INF, momentum=-INF),
    "initial values with inf": Case(shape=(2, 3), weight=(1.0, -INF, 0.5), bias=(0.0, 1e-30, -2.0),
                                    running_mean=(1e30, 0.0, -1.0), running_var=(INF, 1.0, 3.0)),
    "input specs": Case(shape=(3, 2, 2), steps=(
        Step(TRAIN, InputSpec(seed=5, offset=-1e4, scale=1e-3, constant_channels=(0, 1), outliers=2,
                              outlier_factor=250.0, specials=((0, "nan"), (3, "inf"), (11, "-inf")))),
        Step(EVAL, InputSpec(values=tuple(float(v) for v in range(12)))),
        Step(TRAIN, InputSpec(values=(INF, -INF) + (0.5,) * 10)),
    )),
}

NAN_CASES = {
    "nan eps": Case(shape=(4, 3), eps=NAN),
    "nan momentum": Case(shape=(4, 3), momentum=NAN),
    "nan initial values": Case(shape=(2, 2), weight=(NAN, 1.0), running_var=(1.0, NAN)),
    "nan input values and offset": Case(shape=(2, 1), steps=(
        Step(TRAIN, InputSpec(values=(NAN, 1.0))), Step(TRAIN, InputSpec(offset=NAN, scale=INF)))),
}


@pytest.mark.parametrize("case", ROUND_TRIP_CASES.values(), ids=ROUND_TRIP_CASES.keys())
def test_json_round_trip_gives_an_equal_case(case):
    text = case.dumps()
    strict_json(text)
    again = Case.loads(text)
    assert again == case
    assert again.dumps() == text
    assert type(again.eps) is type(case.eps) and type(again.momentum) is type(case.momentum)
    assert type(again.num_features) is type(case.num_features)


@pytest.mark.parametrize("case", NAN_CASES.values(), ids=NAN_CASES.keys())
def test_json_round_trip_keeps_nan_values(case):
    text = case.dumps()
    strict_json(text)  # NaN is stored as the string 'nan', never as the NaN token
    again = Case.loads(text)
    assert same(again, case)
    assert again.dumps() == text


def test_json_stores_nonfinite_floats_as_strings():
    data = Case(shape=(2, 2), eps=NAN, momentum=INF, weight=(-INF, 1.0)).to_json()
    assert (data["eps"], data["momentum"], data["weight"]) == ("nan", "inf", ["-inf", 1.0])
    spec = InputSpec(offset=NAN, values=(INF, 1.0)).to_json()
    assert spec == {"offset": "nan", "values": ["inf", 1.0]}


def test_json_leaves_out_default_input_fields_and_names_the_schema():
    data = Case(shape=(4, 3), omit=frozenset({"momentum", "eps"})).to_json()
    assert data["schema"] == 1
    assert data["shape"] == [4, 3]
    assert data["omit"] == ["eps", "momentum"]  # sorted: the JSON of a case is canonical
    assert data["steps"] == [{"mode": "train", "input": {}}]


@pytest.mark.parametrize("case", NAN_CASES.values(), ids=NAN_CASES.keys())
def test_json_round_trip_of_nan_cases_compares_equal(case):
    assert Case.loads(case.dumps()) == case


@pytest.mark.parametrize("text", ["nan", "inf", "-inf"])
def test_json_round_trip_keeps_str_eps_that_looks_like_a_nonfinite_float(text):
    case = Case(shape=(4, 3), eps=text, momentum=text)
    again = Case.loads(case.dumps())
    assert again.eps == text and again.momentum == text


# --------------------------------------------------------------------------------------------
# Malformed cases and JSON

BAD_CASES = [
    # (constructor arguments, a word the message must contain)
    (dict(shape=[4, 3]), "shape"),
    (dict(shape=(4, -3)), "shape"),
    (dict(shape=(4, 3.0)), "shape"),
    (dict(shape=(4, True)), "shape"),
    (dict(shape=(4, 3), dtype="float128"), "dtype"),
    (dict(shape=(4, 3), dtype="float8_e4m3"), "dtype"),
    (dict(shape=(4, 3), dtype="uint16"), "dtype"),
    (dict(shape=(4, 3), param_dtype="bfloat16"), "param_dtype"),
    (dict(shape=(4, 3), affine=1, omit=frozenset({"affine"})), "affine"),
    (dict(shape=(4, 3), eps=np.float32(1e-5), omit=frozenset({"eps"})), "eps"),
    (dict(shape=(4, 3), param_dtype="int32"), "param_dtype"),
    (dict(shape=(4, 3), steps=()), "steps"),
    (dict(shape=(4, 3), omit=frozenset({"num_features"})), "omit"),
    (dict(shape=(4, 3), eps=1e-3, omit=frozenset({"eps"})), "eps"),
    (dict(shape=(4, 3), momentum=None, omit=frozenset({"momentum"})), "momentum"),
    (dict(shape=(4, 3), affine=False, omit=frozenset({"affine"})), "affine"),
    (dict(shape=(4, 3), rules_off=frozenset({"affine"})), "rules_off"),
    (dict(shape=(4, 3), weight=(1.0, 2.0)), "weight"),
    (dict(shape=(4, 3), bias=(1.0,) * 4), "bias"),
    (dict(shape=(4, 3), running_mean=()), "running_mean"),
    (dict(shape=(4, 3), num_features=2, running_var=(1.0, 1.0, 1.0)), "running_var"),
]


@pytest.mark.parametrize("kwargs, word", BAD_CASES, ids=[f"{w}-{i}" for i, (_, w) in enumerate(BAD_CASES)])
def test_malformed_case_raises_case_error_naming_the_field(kwargs, word):
    with pytest.raises(CaseError, match=word):
        Case(**kwargs)


BAD_SPECS = [
    (dict(seed=-1), "seed"),
    (dict(seed="1"), "seed"),
    (dict(seed=1.0), "seed"),
    (dict(specials=((0, "NaN"),)), "specials"),
    (dict(specials=((-1, "nan"),)), "specials"),
]


@pytest.mark.parametrize("kwargs, word", BAD_SPECS, ids=[f"{w}-{i}" for i, (_, w) in enumerate(BAD_SPECS)])
def test_malformed_input_spec_raises_case_error_naming_the_field(kwargs, word):
    with pytest.raises(CaseError, match=word):
        InputSpec(**kwargs)


def test_input_values_of_the_wrong_length_raise_case_error():
    with pytest.raises(CaseError, match=r"values has 3 values, shape \(2, 2\) needs 4"):
        InputSpec(values=(1.0, 2.0, 3.0)).generate((2, 2), "float32")


GOOD = '"shape": [4, 3]'
BAD_JSON = [
    # (JSON text, what the message must contain)
    ("{", "does not parse"),
    ("[4, 3]", "JSON object"),
    ('{"dtype": "float32"}', "shape"),
    ('{%s, "colour": 1}' % GOOD, "colour"),
    ('{%s, "schema": 2}' % GOOD, "schema"),
    ('{%s, "schema": "1"}' % GOOD, "schema"),
    ('{"shape": [4, -1]}', "shape"),
    ('{%s, "dtype": "uint16"}' % GOOD, "dtype"),
    ('{%s, "eps": {"np": "float128", "value": 1e-5}}' % GOOD, "float128"),
    ('{%s, "eps": {"np": "float32", "value": "1e-5"}}' % GOOD, "eps"),
    ('{%s, "steps": [{"mode": "train", "input": {"layout": "sideways"}}]}' % GOOD, "layout"),
    ('{%s, "weight": [1, 2]}' % GOOD, "weight"),
    ('{%s, "omit": ["momentum"], "momentum": 0.5}' % GOOD, "omit"),
    ('{%s, "steps": []}' % GOOD, "steps"),
    ('{%s, "steps": [{"mode": "train", "input": {"seed": -4}}]}' % GOOD, "seed"),
    ('{%s, "steps": [{"mode": "train", "input": {"sede": 4}}]}' % GOOD, "sede"),
    ('{%s, "steps": [{"mode": "train", "input": {"specials": [[0, "NAN"]]}}]}' % GOOD, "specials"),
    ('{%s, "mindspore": {"frozen": true}}' % GOOD, "frozen"),
    pytest.param('{"shape": "ab"}', "shape", id="shape-not-a-list"),
    pytest.param('{"shape": 3}', "shape", id="shape-a-number"),
    pytest.param('{%s, "weight": [1, "a", 2]}' % GOOD, "weight", id="weight-text"),
    pytest.param('{%s, "steps": [{"mode": "bogus"}]}' % GOOD, "steps", id="step-mode"),
    pytest.param('{%s, "omit": 5}' % GOOD, "omit", id="omit-a-number"),
]


@pytest.mark.parametrize("text, word", BAD_JSON)
def test_malformed_json_raises_case_error_naming_the_field(text, word):
    with pytest.raises(CaseError, match=word):
        Case.loads(text)


@pytest.mark.parametrize("text", [
    '{"shape": "ab"}', '{"shape": 3}', '{%s, "weight": [1, "a", 2]}' % GOOD,
    '{%s, "steps": [{"mode": "bogus"}]}' % GOOD,
    '{%s, "steps": [{}]}' % GOOD, '{%s, "omit": 5}' % GOOD, '{%s, "steps": 5}' % GOOD, "null", '"text"',
    '{%s, "eps": {"np": "float32", "value": [1]}}' % GOOD, '{%s, "affine": {"np": 3, "value": 1}}' % GOOD,
])
def test_malformed_json_never_raises_anything_but_case_error(text):
    with pytest.raises(CaseError):
        Case.loads(text)


def test_case_error_is_a_value_error():
    assert issubclass(CaseError, ValueError)


# --------------------------------------------------------------------------------------------
# Inputs: regenerated bit for bit from a seed and a distribution

def test_generate_is_bit_for_bit_identical_across_calls_and_instances():
    spec = InputSpec(seed=1234, offset=3.0, scale=0.01, constant_channels=(1,), outliers=2, specials=((4, "nan"),))
    first = spec.generate((5, 3, 4), "float32")
    again = spec.generate((5, 3, 4), "float32")
    twin = InputSpec(seed=1234, offset=3.0, scale=0.01, constant_channels=(1,), outliers=2,
                     specials=((4, "nan"),)).generate((5, 3, 4), "float32")
    assert first.tobytes() == again.tobytes() == twin.tobytes()
    assert first.dtype == np.float32 and first.shape == (5, 3, 4)
    assert InputSpec(seed=1235, offset=3.0, scale=0.01).generate((5, 3, 4), "float32").tobytes() != first.tobytes()


def test_generate_follows_the_documented_recipe_bit_for_bit():
    """A stored case must replay the same input later: the recipe itself is pinned here, independently."""
    spec = InputSpec(seed=1234, offset=3.0, scale=0.01, constant_channels=(1,), outliers=2, outlier_factor=50.0,
                     specials=((4, "nan"), (7, "-inf")))
    shape = (5, 3, 4)
    rng = np.random.default_rng(1234)
    data = 3.0 + 0.01 * rng.standard_normal(60).reshape(shape)
    data[:, 1, ...] = 3.0 + 1
    flat = data.reshape(-1)
    flat[rng.choice(60, size=2, replace=False)] = 3.0 + 0.01 * 50.0
    flat[4], flat[7] = np.nan, -np.inf
    got = spec.generate(shape, "float32")
    assert got.tobytes() == data.astype(np.float32).tobytes()
    try:  # a caller that writes into the result must not change what the next call returns
        got[...] = 0
    except ValueError:
        pass  # read-only
    assert spec.generate(shape, "float32").tobytes() == data.astype(np.float32).tobytes()


def test_generate_is_offset_plus_scale_times_the_seeded_normal():
    shape = (4, 3, 2)
    z = np.random.default_rng(99).standard_normal(24).reshape(shape)
    got = InputSpec(seed=99, offset=-7.0, scale=100.0).generate(shape, "float64")
    np.testing.assert_array_equal(got, -7.0 + 100.0 * z)


def test_generate_honours_constant_channels():
    spec = InputSpec(seed=3, offset=10.0, scale=1.0, constant_channels=(0, 2, 9))  # channel 9 does not exist
    x = spec.generate((6, 4, 3), "float64")
    assert np.all(x[:, 0, :] == 10.0) and np.all(x[:, 2, :] == 12.0)
    assert np.unique(x[:, 1, :]).size == 18 and np.unique(x[:, 3, :]).size == 18
    np.testing.assert_array_equal(x[:, 1], InputSpec(seed=3, offset=10.0).generate((6, 4, 3), "float64")[:, 1])


@pytest.mark.parametrize("outliers, size, expected", [(1, 24, 1), (3, 24, 3), (5, 4, 4)])
def test_generate_honours_outliers(outliers, size, expected):
    spec = InputSpec(seed=8, offset=1.0, scale=2.0, outliers=outliers, outlier_factor=500.0)
    x = spec.generate((size // 2, 2), "float64")
    assert np.count_nonzero(x == 1.0 + 2.0 * 500.0) == expected
    assert np.count_nonzero(np.abs(x) > 100) == expected


def test_generate_plants_specials_at_their_flat_index_and_ignores_those_past_the_end():
    spec = InputSpec(seed=0, specials=((0, "nan"), (5, "inf"), (7, "-inf"), (100, "nan")))
    flat = spec.generate((2, 2, 2), "float32").reshape(-1)
    assert np.isnan(flat[0]) and flat[5] == np.inf and flat[7] == -np.inf
    assert np.isfinite(np.delete(flat, [0, 5, 7])).all()
    assert spec.has_nonfinite and not InputSpec(seed=0).has_nonfinite


def test_generate_uses_literal_values_row_major():
    x = InputSpec(values=(1.0, 2.0, 3.0, 4.0, 5.0, 6.0)).generate((1, 2, 3), "float64")
    np.testing.assert_array_equal(x, [[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]])
    assert InputSpec(values=(1.0, NAN)).has_nonfinite and not InputSpec(values=(1.0, 2.0)).has_nonfinite


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64", "int8", "int16", "int32", "int64", "uint8", "bool",
                                   "complex64"])
def test_generate_casts_to_the_dtype_without_warnings(dtype):
    spec = InputSpec(seed=2, offset=0.0, scale=1e3, specials=((0, "nan"), (1, "inf")))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        x = spec.generate((3, 4), dtype)
    assert x.dtype == np.dtype(dtype)
    reference = InputSpec(seed=2, offset=0.0, scale=1e3).generate((3, 4), "float64")
    with np.errstate(all="ignore"):
        np.testing.assert_array_equal(x.reshape(-1)[2:], reference.astype(dtype).reshape(-1)[2:])


def test_generate_float16_overflows_to_inf():
    x = InputSpec(values=(1e5, -1e5, 65504.0, 1.0)).generate((2, 2), "float16")
    assert x.reshape(-1).tolist() == [np.inf, -np.inf, 65504.0, 1.0]


def test_generate_handles_empty_shapes():
    x = InputSpec(seed=0, constant_channels=(0,), outliers=2, specials=((0, "nan"),)).generate((0, 3, 2), "float32")
    assert x.shape == (0, 3, 2) and x.dtype == np.float32


# --------------------------------------------------------------------------------------------
# Derived facts

def test_describe_collapses_repeated_modes_and_leaves_out_omitted_arguments():
    case = Case(shape=(4, 16, 3), steps=steps(TRAIN, TRAIN, TRAIN), omit=frozenset({"affine", "track_running_stats"}))
    assert case.describe() == "BatchNorm1d(16, eps=1e-05, momentum=0.1) on (4, 16, 3) float32, train x3"


def test_describe_names_every_argument_dtype_and_extra():
    case = Case(shape=(2, 3), dtype="float16", eps=0.001, momentum=None, affine=False, param_dtype="float16",
                steps=steps(TRAIN, TRAIN, EVAL, TRAIN, EVAL, EVAL), grad=True,
                rules_off=frozenset({"train_mode", "momentum"}))
    assert case.describe() == (
        "BatchNorm1d(3, eps=0.001, momentum=None, affine=False, track_running_stats=True, dtype=float16) "
        "on (2, 3) float16, train x2, eval, train, eval x2 (grad; mapping rules off: momentum,train_mode)")


def test_describe_shows_an_explicit_num_features():
    assert Case(shape=(2, 3), num_features=4, omit=frozenset(TORCH_DEFAULTS)).describe() == \
        "BatchNorm1d(4) on (2, 3) float32, train"


def test_describe_tells_a_str_num_features_from_an_int():
    assert Case(shape=(2, 3), num_features="3").describe() != Case(shape=(2, 3), num_features=3).describe()


def test_describe_shows_each_arguments_type():
    text = Case(shape=(2, 3), eps=np.float32(1e-5), momentum=0, affine=0, track_running_stats="yes",
                num_features=np.int64(3)).describe()
    assert "BatchNorm1d(np.int64(3), eps=np.float32(1e-05), momentum=0, affine=0, track_running_stats='yes')" in text
    assert "eps=1," in Case(shape=(2, 3), eps=1).describe() and "eps=1.0," in Case(shape=(2, 3), eps=1.0).describe()


def test_the_type_of_an_argument_survives_json():
    for value in (1, 1.0, np.float32(1e-5), np.float64(1e-5)):
        again = Case.loads(Case(shape=(2, 3), eps=value).dumps())
        assert type(again.eps) is type(value) and again.eps == value
    assert type(Case.loads(Case(shape=(2, 3), affine=np.bool_(True)).dumps()).affine) is np.bool_
    assert Case(shape=(2, 3), eps=1) != Case(shape=(2, 3), eps=1.0)


def test_json_written_before_layouts_and_typed_scalars_reads_back():
    old = ('{"schema":1,"shape":[4,3],"dtype":"float32","eps":1e-05,"momentum":0.1,"affine":true,'
           '"steps":[{"mode":"train","input":{"seed":3}}]}')
    case = Case.loads(old)
    assert case.steps[0].input.layout is Layout.CONTIGUOUS and type(case.eps) is float and case.affine is True
    assert "layout" not in json.dumps(case.to_json()["steps"])  # the default is left out, as before


def test_bfloat16_inputs_are_made_in_float32_and_layouts_leave_the_values_alone():
    spec = InputSpec(seed=4, offset=1.0)
    assert spec.generate((3, 2), "bfloat16").dtype == np.float32
    for layout in Layout:
        viewed = InputSpec(seed=4, offset=1.0, layout=layout)
        assert viewed.generate((3, 2), "float32").tobytes() == spec.generate((3, 2), "float32").tobytes()
    assert Case(shape=(2, 2)).upstream_gradient(0, (2, 2), "bfloat16").dtype == np.float32


VALID_USES = [
    dict(shape=(4, 3)),
    dict(shape=(4, 3, 7), dtype="float16"),
    dict(shape=(0, 3)),
    dict(shape=(1, 1)),
    dict(shape=(4, 3), num_features=3),
    dict(shape=(4, 3), eps=1.0),
    dict(shape=(4, 3), momentum=0.0),
    dict(shape=(4, 3), momentum=1.0),
    dict(shape=(4, 3), eps=np.float64(1e-3), momentum=np.float64(0.5)),  # Python floats
    dict(shape=(4, 3), steps=(Step(TRAIN, InputSpec(layout="transposed")), Step(EVAL, InputSpec(layout="strided")))),
]
INVALID_USES = [
    dict(shape=(4, 3), dtype="float64"),
    dict(shape=(4, 3), dtype="int32"),
    dict(shape=(3,)),
    dict(shape=(2, 3, 2, 2)),
    dict(shape=(4, 0)),
    dict(shape=(4, 3), num_features=4),
    dict(shape=(4, 3), num_features="3"),
    dict(shape=(4, 3), eps=0.0),
    dict(shape=(4, 3), eps=-1e-5),
    dict(shape=(4, 3), eps=1.5),
    dict(shape=(4, 3), eps=NAN),
    dict(shape=(4, 3), eps="1e-5"),
    dict(shape=(4, 3), momentum=-0.1),
    dict(shape=(4, 3), momentum=1.5),
    dict(shape=(4, 3), momentum=NAN),
    dict(shape=(4, 3), momentum="0.1"),
    dict(shape=(4, 3), momentum=None),  # no MindSpore counterpart: not a use both APIs document
    # the documented type matters (strategies/arguments.py): a value of another type is not a valid use
    dict(shape=(4, 3), eps=1),
    dict(shape=(4, 3), eps=np.float32(1e-5)),
    dict(shape=(4, 3), momentum=0),
    dict(shape=(4, 3), momentum=np.float32(0.1)),
    dict(shape=(4, 3), affine=1),
    dict(shape=(4, 3), affine=np.bool_(True)),
    dict(shape=(4, 3), track_running_stats="True"),
    dict(shape=(4, 3), dtype="bfloat16"),
    dict(shape=(4, 3), dtype="bool"),
    dict(shape=()),
]


@pytest.mark.parametrize("kwargs", VALID_USES, ids=str)
def test_is_valid_use_accepts_documented_uses(kwargs):
    assert Case(**kwargs).is_valid_use is True


@pytest.mark.parametrize("kwargs", INVALID_USES, ids=str)
def test_is_valid_use_rejects_undocumented_uses(kwargs):
    assert Case(**kwargs).is_valid_use is False


@pytest.mark.parametrize("kwargs", [dict(shape=(4, 3), num_features=3.0), dict(shape=(4, 1), num_features=True)],
                         ids=str)
def test_is_valid_use_rejects_a_non_int_num_features_equal_to_the_channels(kwargs):
    assert Case(**kwargs).is_valid_use is False


@pytest.mark.parametrize("shape, expected", [
    ((5, 2), 5), ((4, 16, 3), 12), ((1, 3), 1), ((1, 3, 1), 1), ((0, 3, 7), 0), ((3,), 0), ((2, 3, 4, 5), 40),
])
def test_values_per_channel_is_n_times_l(shape, expected):
    assert Case(shape=shape).values_per_channel == expected


def test_channels_and_initial_values():
    case = Case(shape=(4, 3), weight=(1.0, 2.0, 3.0))
    assert case.channels == 3 and Case(shape=(4, 3), num_features=5).channels == 5
    assert Case(shape=(4, 3), num_features="5").channels == 3 and Case(shape=(3,)).channels == 0
    np.testing.assert_array_equal(case.initial("weight"), [1.0, 2.0, 3.0])
    np.testing.assert_array_equal(case.initial("bias"), [0.0, 0.0, 0.0])
    np.testing.assert_array_equal(case.initial("running_mean"), [0.0, 0.0, 0.0])
    np.testing.assert_array_equal(case.initial("running_var"), [1.0, 1.0, 1.0])
    assert case.initial("weight").dtype == np.float64


def test_upstream_gradient_is_deterministic_and_depends_on_seed_and_step():
    case = Case(shape=(4, 3), grad_seed=11)
    first = case.upstream_gradient(2, (4, 3), "float16")
    assert first.dtype == np.float16 and first.shape == (4, 3)
    assert first.tobytes() == case.upstream_gradient(2, (4, 3), "float16").tobytes()
    # the same for any case with the same seed: it is what every framework is differentiated with
    other = Case(shape=(4, 3), grad_seed=11, eps=0.5, steps=steps(EVAL, EVAL, EVAL))
    assert other.upstream_gradient(2, (4, 3), "float16").tobytes() == first.tobytes()
    expected = np.random.default_rng([11, 2]).standard_normal((4, 3)).astype(np.float16)
    assert expected.tobytes() == first.tobytes()
    assert case.upstream_gradient(1, (4, 3), "float16").tobytes() != first.tobytes()
    assert Case(shape=(4, 3), grad_seed=12).upstream_gradient(2, (4, 3), "float16").tobytes() != first.tobytes()


def test_step_accepts_a_mode_by_value():
    assert Step("eval", InputSpec()).mode is Mode.EVAL
    with pytest.raises(ValueError):
        Step("test", InputSpec())


def test_with_returns_a_changed_copy_and_validates_it():
    case = Case(shape=(4, 3))
    changed = case.with_(eps=0.5)
    assert changed.eps == 0.5 and case.eps == 1e-5
    with pytest.raises(CaseError, match="weight"):
        case.with_(weight=(1.0,))


# --------------------------------------------------------------------------------------------
# Property: every drawn case survives JSON and replays the same inputs

def regenerate(case: Case) -> list[bytes]:
    return [s.input.generate(case.shape, case.dtype).tobytes() for s in case.steps]


@settings(max_examples=50, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(case=st.one_of(batchnorm_cases(nonfinite=True), invalid_cases()))
def test_drawn_cases_round_trip_through_json_and_regenerate_identically(case):
    text = case.dumps()
    strict_json(text)
    again = Case.loads(text)
    assert again == case  # equality by JSON text: NaN fields compare equal to themselves
    assert again.dumps() == text
    assert regenerate(again) == regenerate(case)
    assert again.upstream_gradient(0, case.shape, "float32").tobytes() == \
        case.upstream_gradient(0, case.shape, "float32").tobytes()


def test_literal_values_round_trip_bit_for_bit_on_both_paths():
    # the all-finite path (NumPy's) and the path with non-finite values store the same numbers,
    # -0.0 and subnormals included: a relation's follow-up is compared value for value
    finite = (-0.0, 5e-324, 1.0 / 3.0, -1e308, 2.0 ** -149)
    for values in (finite, finite + (NAN, INF, -INF)):
        spec = InputSpec(values=values)
        again = InputSpec.from_json(json.loads(json.dumps(spec.to_json())))
        assert again == spec
        assert [math.copysign(1.0, v) for v in again.values] == [math.copysign(1.0, v) for v in values]
        assert all(type(v) is float for v in again.values)
