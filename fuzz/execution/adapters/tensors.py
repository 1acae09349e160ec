"""Framework tensors from a case's NumPy arrays and back: every input dtype, every input layout.

One place for what each adapter does at its edges, so that torch and MindSpore get the same
values in the same dtype and the same layout (`fuzz.model.case.Layout`):
- the values come from `InputSpec.generate` (float32 for bfloat16, which NumPy lacks) and are cast
  to the case's dtype inside the framework (`torch.bfloat16`, `mindspore.bfloat16`);
- a TRANSPOSED input is a tensor made from the array with its axes reversed, then permuted back
  with the framework's own view op; a STRIDED input is a tensor twice as long on the last axis
  with the values in every second element, then sliced `[..., ::2]`.  Either way the tensor the
  module sees holds exactly the contiguous input's values but is not contiguous (unless sizes of
  0 or 1 make the view contiguous by the framework's rule, as an (N, 1) transposed; torch: a view;
  MindSpore 2.10: `Tensor.transpose` and a stepped slice are views with `is_contiguous() ==
  False` in PyNative mode, while `Tensor(non-contiguous ndarray)` copies to a contiguous tensor, so
  the view is made on the MindSpore side, not in NumPy);
- results come back as NumPy arrays the comparison can read: bfloat16 as float32 (torch's
  `.numpy()` refuses bfloat16).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from fuzz.model.case import InputSpec, Layout, numpy_dtype


def _reversed_axes(rank: int) -> tuple[int, ...]:
    return tuple(reversed(range(rank)))


def layout_source(values: NDArray[Any], layout: Layout) -> NDArray[Any]:
    """The contiguous array a framework tensor is made from before `layout`'s view is taken.

    CONTIGUOUS: the values.  TRANSPOSED: the values with their axes reversed (the view reverses
    them back).  STRIDED: a buffer twice as long on the last axis, the values in its even
    positions and zeros between (the view is `[..., ::2]`).  Rank 0 (and rank 1 for TRANSPOSED)
    has nothing to permute or stride: the values themselves.
    """
    if not layout.views(values.shape):
        return values  # nothing the framework makes a view of (rank 0, an empty input)
    if layout is Layout.TRANSPOSED and values.ndim >= 2:
        return values.transpose(_reversed_axes(values.ndim)).copy(order="C")
    if layout is Layout.STRIDED and values.ndim >= 1:
        buffer = np.zeros(values.shape[:-1] + (2 * values.shape[-1],), dtype=values.dtype)
        buffer[..., ::2] = values
        return buffer
    return values  # (np.ascontiguousarray would make a rank-0 input rank 1)


def is_view(layout: Layout, shape: tuple[int, ...]) -> bool:
    """Whether `layout` makes the framework's tensor a view for an input of `shape` (else the
    tensor is the contiguous source itself): `Layout.views`."""
    return layout.views(shape)


def torch_input(torch: Any, spec: InputSpec, shape: tuple[int, ...], dtype: str, device: Any) -> Any:
    """The step's input as torch holds it: dtype `dtype`, layout `spec.layout`, on `device`.

    The cast happens before the view is taken: `.to()` of a strided view would copy it to a
    contiguous tensor.  The result is a leaf (no view of a tensor that requires grad), so
    `requires_grad_` and `.grad` work on it as on a fresh tensor.
    """
    values = spec.generate(shape, dtype)
    source = torch.tensor(layout_source(values, spec.layout), device=device)
    if numpy_dtype(dtype) != dtype:
        source = source.to(getattr(torch, dtype))
    if not is_view(spec.layout, shape):
        return source
    if spec.layout is Layout.TRANSPOSED:
        return source.permute(*_reversed_axes(len(shape)))
    return source[..., ::2]


def torch_like(torch: Any, array: NDArray[Any], like: Any) -> Any:
    """`array` (an upstream gradient) as a contiguous tensor of `like`'s dtype and device."""
    return torch.tensor(array, device=like.device).to(like.dtype)


def torch_numpy(tensor: Any) -> NDArray[Any] | None:
    """A tensor's values as a NumPy array of its own (None stays None); bfloat16 as float32."""
    if tensor is None:
        return None
    tensor = tensor.detach().cpu()
    if str(tensor.dtype) == "torch.bfloat16":
        tensor = tensor.float()
    array: NDArray[Any] = tensor.numpy().copy()
    return array


def mindspore_input(ms: Any, spec: InputSpec, shape: tuple[int, ...], dtype: str) -> Any:
    """The step's input as MindSpore holds it: dtype `dtype`, layout `spec.layout` (a view made by
    MindSpore's own `Tensor.transpose` or a stepped slice; see the module docstring)."""
    values = spec.generate(shape, dtype)
    source = layout_source(values, spec.layout)
    tensor = ms.Tensor(source, dtype=getattr(ms, dtype)) if numpy_dtype(dtype) != dtype else ms.Tensor(source)
    if not is_view(spec.layout, shape):
        return tensor
    if spec.layout is Layout.TRANSPOSED:
        return tensor.transpose(*_reversed_axes(len(shape)))
    return tensor[..., ::2]


def mindspore_like(ms: Any, array: NDArray[Any], like: Any) -> Any:
    """`array` (an upstream gradient) as a tensor of `like`'s dtype."""
    return ms.Tensor(array).astype(like.dtype)


def mindspore_numpy(tensor: Any) -> NDArray[Any]:
    """A MindSpore tensor's values as a NumPy array of its own; bfloat16 as float32."""
    if str(tensor.dtype) == "BFloat16":
        import mindspore

        tensor = tensor.astype(mindspore.float32)
    array: NDArray[Any] = tensor.asnumpy().copy()
    return array
