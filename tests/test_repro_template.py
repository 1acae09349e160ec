"""The standalone repro script re-implements the harness's input generation and NaN/Inf decoding
(it may import only numpy, torch and mindspore): these tests hold the copies to the originals, bit
for bit, so a change on either side that forgets the other fails here.

The template is loaded from its path, as the script runs it: its PAYLOAD is then empty.
"""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path
from types import ModuleType

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from fuzz.model.case import ALL_DTYPES, FLOAT_DTYPES, Case, InputSpec, Mode, Step
from fuzz.model.mapping import torch_plan
from fuzz.model.numbers import NONFINITE_TEXT, decode_nested, encode_nested
from strategies.inputs import input_specs
from strategies.shapes import input_shapes

TEMPLATE_PATH = Path(__file__).resolve().parents[1] / "fuzz" / "report" / "repro_template.py"


def load_template() -> ModuleType:
    spec = importlib.util.spec_from_file_location("repro_template_under_test", TEMPLATE_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TEMPLATE = load_template()

#: every rank the harness feeds (1 and 4 are error-parity cases), small enough to draw values for
_SMALL_SHAPES = st.lists(st.integers(0, 5), min_size=1, max_size=4).map(tuple)
_SHAPES = st.one_of(input_shapes(), _SMALL_SHAPES)
_ANY_FLOAT = st.floats(allow_nan=True, allow_infinity=True)
#: mostly ordinary values: a zero scale or a NaN offset would hide every other field
_OFFSETS = st.one_of(st.sampled_from((0.0, -0.0, 1e4, -1e6)), st.floats(-1e6, 1e6), _ANY_FLOAT)
_SCALES = st.one_of(st.sampled_from((1.0, 1e-3, 100.0)), st.floats(1e-6, 1e6), _ANY_FLOAT)
_FACTORS = st.one_of(st.just(1e3), st.floats(-1e4, 1e4), _ANY_FLOAT)
_SPECIALS = st.sampled_from(NONFINITE_TEXT)


@st.composite
def free_specs(draw: st.DrawFn, shape: tuple[int, ...]) -> InputSpec:
    """Any InputSpec, beyond what the strategies draw: channels and indices out of range,
    non-finite offsets and factors, more outliers than values."""
    size = math.prod(shape)
    return InputSpec(
        seed=draw(st.integers(0, 2**32 - 1)),
        offset=draw(_OFFSETS),
        scale=draw(_SCALES),
        constant_channels=tuple(draw(st.lists(st.integers(0, 8), max_size=3))),  # out of range: >= C
        outliers=draw(st.integers(0, size + 2)),
        outlier_factor=draw(_FACTORS),
        specials=tuple(draw(st.lists(st.tuples(st.integers(0, size + 2), _SPECIALS), max_size=3))),
    )


@st.composite
def shaped_specs(draw: st.DrawFn) -> tuple[InputSpec, tuple[int, ...], str]:
    shape = draw(_SHAPES, label="shape")
    dtype = draw(st.sampled_from(ALL_DTYPES), label="dtype")
    size = math.prod(shape)
    how = draw(st.sampled_from(("strategies", "free", "values")), label="spec kind")
    if how == "values" and size <= 64:
        spec = InputSpec(values=tuple(draw(st.lists(_ANY_FLOAT, min_size=size, max_size=size))))
    elif how == "strategies" and len(shape) >= 2 and shape[1] >= 1:
        spec = draw(input_specs(shape, dtype if dtype in FLOAT_DTYPES else "float32", nonfinite=draw(st.booleans())))
    else:
        spec = draw(free_specs(shape))
    return spec, shape, dtype


def as_payload(data: object) -> object:
    """What the script reads: the JSON text the harness wrote, parsed again."""
    return json.loads(json.dumps(data))


def assert_same_array(got: np.ndarray, expected: np.ndarray) -> None:
    assert got.dtype == expected.dtype
    assert got.shape == expected.shape
    assert np.array_equal(got, expected, equal_nan=True)
    assert got.tobytes() == expected.tobytes()  # bit for bit: -0.0 and NaN payloads too


@given(drawn=shaped_specs())
def test_make_input_is_input_spec_generate_bit_for_bit(drawn):
    spec, shape, dtype = drawn
    stored = as_payload(spec.to_json())
    got = TEMPLATE.make_input(stored, shape, dtype)
    # as the harness replays the stored case: JSON keeps no NaN sign or payload (a -NaN is read back as NaN)
    assert_same_array(got, InputSpec.from_json(stored).generate(shape, dtype))  # type: ignore[arg-type]


@given(grad_seed=st.integers(0, 2**16), step=st.integers(0, 6), shape=_SHAPES, dtype=st.sampled_from(FLOAT_DTYPES))
def test_upstream_is_case_upstream_gradient_bit_for_bit(grad_seed, step, shape, dtype):
    case = Case(shape=shape, grad_seed=grad_seed)
    got = TEMPLATE.upstream(as_payload(case.to_json())["grad_seed"], step, shape, dtype)
    assert_same_array(got, case.upstream_gradient(step, shape, dtype))


_KEYS = st.text(min_size=1, max_size=8).filter(lambda k: k != "str")  # {"str": s} is the escape itself
_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(), _ANY_FLOAT, st.text(max_size=5), _SPECIALS)
_NESTED = st.recursive(_LEAVES, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                        st.dictionaries(_KEYS, inner, max_size=4)), max_leaves=12)


@given(value=_NESTED)
def test_decode_reads_back_what_the_harness_encodes(value):
    encoded = as_payload(encode_nested(value, keep_strings_apart=True))
    decoded = TEMPLATE.decode(encoded)
    # encoding again compares NaN with NaN and keeps the string 'nan' apart from the float
    assert encode_nested(decoded, keep_strings_apart=True) == encode_nested(value, keep_strings_apart=True)
    assert encode_nested(decoded, keep_strings_apart=True) == encode_nested(decode_nested(encoded),
                                                                             keep_strings_apart=True)


def test_a_nonfinite_eps_reaches_torch_as_a_float():
    """eps=NaN is an error-parity case (torch accepts it, MindSpore does not): the script must pass
    torch the float, not the text it is stored as."""
    from fuzz.report.repro import _plan_json

    case = Case(shape=(4, 3), eps=float("nan"), steps=(Step(Mode.TRAIN, InputSpec(seed=1)),))
    plan = as_payload(_plan_json(torch_plan(case)))
    assert plan["kwargs"]["eps"] == "nan"  # stored as text ...
    side = {"label": "torch.nn", "framework": "torch", "mode": "eager", "class": "torch.nn:BatchNorm1d", "plan": plan}
    steps = TEMPLATE.run_torch(as_payload(case.to_json()), side)  # ... and run as NaN
    assert np.isnan(steps[0]["output"]).all()


def test_a_string_argument_stays_a_string():
    from fuzz.report.repro import _plan_json

    plan = TEMPLATE.decode(as_payload(_plan_json(torch_plan(Case(shape=(4, 3), eps="nan")))))
    assert plan["kwargs"]["eps"] == "nan" and isinstance(plan["kwargs"]["eps"], str)
