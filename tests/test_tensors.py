"""Tests for fuzz/execution/adapters/tensors.py: each framework's input in every dtype and layout.

A view must hold exactly the contiguous input's values (so the reference is unchanged) and must
not be contiguous (else the layout tests nothing); with the real torch and MindSpore.
"""

from __future__ import annotations

import numpy as np
import pytest

from fuzz.execution.adapters.tensors import (
    is_view,
    layout_source,
    mindspore_input,
    mindspore_numpy,
    torch_input,
    torch_numpy,
)
from fuzz.model.case import ALL_DTYPES, InputSpec, Layout

SHAPES = [(), (3,), (4, 3), (5, 3, 4), (2, 3, 2, 2), (0, 3), (4, 1)]
SPEC = InputSpec(seed=11, offset=3.0, scale=10.0)


@pytest.fixture(scope="module")
def torch():
    return pytest.importorskip("torch")


@pytest.fixture(scope="module")
def ms():
    from fuzz.execution.adapters.mindspore_common import import_mindspore

    return import_mindspore("cpu")


def _as_float64(array: np.ndarray) -> np.ndarray:
    return array.real.astype(np.float64) if array.dtype.kind == "c" else array.astype(np.float64)


@pytest.mark.parametrize("shape", SHAPES, ids=str)
@pytest.mark.parametrize("layout", list(Layout), ids=lambda m: m.value)
def test_layout_source_viewed_back_holds_the_values(shape, layout):
    values = SPEC.generate(shape, "float32")
    source = layout_source(values, layout)
    assert source.flags.c_contiguous and source.ndim == values.ndim
    viewed = source
    if is_view(layout, shape):
        reverse = tuple(reversed(range(len(shape))))
        viewed = source.transpose(reverse) if layout is Layout.TRANSPOSED else source[..., ::2]
    assert viewed.shape == values.shape and viewed.tobytes() == values.tobytes()


@pytest.mark.parametrize("dtype", ALL_DTYPES)
@pytest.mark.parametrize("layout", list(Layout), ids=lambda m: m.value)
@pytest.mark.parametrize("shape", [(5, 3, 4), (4, 3), ()], ids=str)
def test_torch_input_has_the_dtype_the_values_and_the_layout(torch, dtype, layout, shape):
    x = torch_input(torch, InputSpec(seed=11, offset=3.0, scale=10.0, layout=layout), shape, dtype, "cpu")
    assert str(x.dtype) == f"torch.{dtype}" and tuple(x.shape) == shape
    expected = SPEC.generate(shape, dtype)
    if dtype == "bfloat16":  # made in float32, rounded by torch
        expected = torch.tensor(expected).to(torch.bfloat16).float().numpy()
    got = torch_numpy(x)
    assert got is not None and np.array_equal(_as_float64(got), _as_float64(expected), equal_nan=True)
    assert x.is_contiguous() is not is_view(layout, shape)


@pytest.mark.parametrize("dtype", ALL_DTYPES)
@pytest.mark.parametrize("layout", list(Layout), ids=lambda m: m.value)
@pytest.mark.parametrize("shape", [(5, 3, 4), (4, 3), ()], ids=str)
def test_mindspore_input_has_the_dtype_the_values_and_the_layout(ms, dtype, layout, shape):
    x = mindspore_input(ms, InputSpec(seed=11, offset=3.0, scale=10.0, layout=layout), shape, dtype)
    assert tuple(x.shape) == shape and x.dtype == getattr(ms, dtype)
    expected = SPEC.generate(shape, dtype)
    if dtype == "bfloat16":
        expected = ms.Tensor(expected, dtype=ms.bfloat16).astype(ms.float32).asnumpy()
    assert np.array_equal(_as_float64(mindspore_numpy(x)), _as_float64(expected), equal_nan=True)
    # MindSpore 2.10: Tensor.transpose and a stepped slice are views (not contiguous) in PyNative mode
    assert x.is_contiguous() is not is_view(layout, shape)


def test_a_contiguous_ndarray_is_what_mindspore_copies_a_strided_one_into(ms):
    """Why the view is made on MindSpore's side: Tensor(non-contiguous ndarray) is contiguous."""
    values = SPEC.generate((4, 3), "float32")
    assert ms.Tensor(values.T.copy().T).is_contiguous()


def test_torch_numpy_turns_bfloat16_into_float32_and_keeps_none(torch):
    assert torch_numpy(None) is None
    out = torch_numpy(torch.ones(2, dtype=torch.bfloat16))
    assert out is not None and out.dtype == np.float32


@pytest.mark.parametrize("target, module, name", [
    ("torch.nn", "fuzz.execution.adapters.torch_nn", "torch_input"),
    ("mindspore.nn", "fuzz.execution.adapters.mindspore_common", "mindspore_input"),
])
def test_an_input_the_framework_cannot_make_is_its_rejection_not_a_dead_worker(target, module, name, monkeypatch):
    """MindSpore's CPU StridedSlice has no bfloat16 kernel (sometimes): making the strided input raises
    TypeError.  Before the adapter caught it, the exception left `run` and killed the isolated worker."""
    import importlib

    from fuzz.execution.adapters import adapter_for
    from fuzz.model.case import Case

    def refuse(*args, **kwargs):
        raise TypeError("Select CPU operator[StridedSlice] fail! Unsupported data type!")

    adapter = adapter_for(target)
    monkeypatch.setattr(importlib.import_module(module), name, refuse)
    outcome = adapter.run(Case(shape=(4, 3)))
    assert outcome.error is not None and outcome.error.type == "TypeError" and outcome.error.step == 0
    assert outcome.rejected and "StridedSlice" in outcome.error.message
