"""The limit: a bare loop of only the framework calls a case needs, in torch and in MindSpore.

For each case, `prepare` does (untimed) everything that is not a framework call: the argument
translation (`fuzz.model.mapping`'s plans), the input arrays and the upstream gradients as NumPy arrays,
the framework dtype objects.  `run` then does (timed) exactly what the adapters ask of the
frameworks and nothing else: construct the module (torch) or reuse a Cell reset to its fresh
parameters (MindSpore, as `MindSporeAdapterBase.build` does), set the initial parameters and
buffers, switch train/eval, run each step's forward, take the gradients for the upstream gradient
when the case asks for them (torch's `backward`, `mindspore.vjp`, as the adapters), and copy the
output, running statistics and gradients to NumPy.
No Hypothesis, no reference, no tolerance, no comparison, no known differences, no `Outcome`.
An exception a framework raises for a case (a rejected use) ends that case, as in the adapters.

MindSpore runs with the harness's settings: `fuzz.execution.adapters.mindspore_common.import_mindspore`
(PyNative, synchronous launch).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from fuzz.model.case import Case
from fuzz.model.mapping import ModulePlan, Unmappable, convention_of, mindspore_nn_plan, torch_plan

_MS_NAMES = {"running_mean": "moving_mean", "running_var": "moving_variance", "weight": "gamma", "bias": "beta"}


@dataclass
class Prepared:
    """What one framework needs for one case, made before the clock starts."""

    kwargs: dict[str, Any]
    assigned: list[tuple[str, np.ndarray]]
    constructor_init: dict[str, np.ndarray]
    flags: tuple[bool | None, ...]
    inputs: list[np.ndarray]
    upstreams: list[np.ndarray | None]  # None for a non-float input (it takes no gradient)
    grad: bool
    key: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _inputs(case: Case) -> tuple[list[np.ndarray], list[np.ndarray | None]]:
    inputs = [np.array(s.input.generate(case.shape, case.dtype)) for s in case.steps]
    upstreams = [case.upstream_gradient(i, case.shape, case.dtype) if case.dtype.startswith("float") else None
                 for i in range(len(case.steps))]
    return inputs, upstreams


class BareTorch:
    """torch.nn.BatchNorm1d on CPU: a new module per case, as the torch adapter does."""

    def __init__(self) -> None:
        import torch

        self.torch = torch

    def prepare(self, case: Case) -> Prepared:
        plan = torch_plan(case)
        kwargs = dict(plan.kwargs)
        if "dtype" in kwargs:
            kwargs["dtype"] = getattr(self.torch, kwargs["dtype"])
        inputs, upstreams = _inputs(case)
        return Prepared(kwargs, [(n, np.asarray(v)) for n, v in plan.assigned_init.items()], {}, plan.train_flags,
                        inputs, upstreams, case.grad and case.dtype.startswith("float"))

    def run(self, p: Prepared) -> list[np.ndarray]:
        torch = self.torch
        results: list[np.ndarray] = []
        try:
            module = torch.nn.BatchNorm1d(**p.kwargs, device="cpu")
            with torch.no_grad():
                for name, value in p.assigned:
                    target = getattr(module, name)
                    target.copy_(torch.as_tensor(value, dtype=target.dtype))
            for x_np, up_np, train in zip(p.inputs, p.upstreams, p.flags):
                module.train(bool(train))
                x = torch.tensor(x_np)
                if p.grad:
                    x.requires_grad_(True)
                    for param in module.parameters():
                        param.grad = None
                y = module(x)
                if p.grad:
                    upstream = torch.from_numpy(up_np)
                    if tuple(upstream.shape) != tuple(y.shape):
                        upstream = torch.ones_like(y)
                    elif upstream.dtype != y.dtype:
                        upstream = upstream.to(y.dtype)
                    y.backward(upstream)
                    results.append(x.grad.numpy().copy())
                    if module.weight is not None:
                        results.append(module.weight.grad.numpy().copy())
                        results.append(module.bias.grad.numpy().copy())
                results.append(y.detach().numpy().copy())
                if module.running_mean is not None:
                    results.append(module.running_mean.numpy().copy())
                    results.append(module.running_var.numpy().copy())
        except Exception:  # a rejected use ends the case, as in the adapter
            pass
        return results


class BareMindSpore:
    """mindspore.nn.BatchNorm1d: Cells reused (reset to their fresh parameters) as the adapter does."""

    def __init__(self, backend: str = "cpu") -> None:
        from fuzz.execution.adapters.mindspore_common import import_mindspore

        self.ms = import_mindspore(backend)  # the harness's settings: PyNative, synchronous launch
        self.cls = self.ms.nn.BatchNorm1d
        self.convention = convention_of(self.cls)
        self.cells: dict[str, tuple[Any, list[tuple[Any, np.ndarray]]]] = {}

    def prepare(self, case: Case) -> Prepared | None:
        plan = mindspore_nn_plan(case, self.convention)
        if isinstance(plan, Unmappable):
            return None  # the adapter makes no framework call either
        assert isinstance(plan, ModulePlan)
        kwargs = dict(plan.kwargs)
        if "dtype" in kwargs:
            kwargs["dtype"] = getattr(self.ms, kwargs["dtype"]) if isinstance(kwargs["dtype"], str) else kwargs["dtype"]
        key = None if plan.constructor_init else repr(sorted(plan.kwargs.items(), key=lambda kv: kv[0]))
        inputs, upstreams = _inputs(case)
        return Prepared(kwargs, [(n, np.asarray(v)) for n, v in plan.assigned_init.items()],
                        {n: np.asarray(v) for n, v in plan.constructor_init.items()}, plan.train_flags, inputs,
                        upstreams, case.grad and case.dtype.startswith("float"), key)

    def _cell(self, p: Prepared) -> Any:
        ms = self.ms
        cached = self.cells.pop(p.key, None) if p.key is not None else None
        if cached is not None:
            cell, fresh = cached
            for parameter, value in fresh:
                parameter.set_data(ms.Tensor(value, dtype=parameter.dtype))
            cell.set_train(False)
        else:
            kwargs = dict(p.kwargs)
            dtype = kwargs.get("dtype", ms.float32)
            for name, value in p.constructor_init.items():
                kwargs[name] = ms.Tensor(value, dtype=dtype)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                cell = self.cls(**kwargs)
            fresh = [(q, q.asnumpy().copy()) for q in cell.get_parameters()]
        if p.key is not None:
            self.cells[p.key] = (cell, fresh)
            while len(self.cells) > 64:
                self.cells.pop(next(iter(self.cells)))
        return cell

    def run(self, p: Prepared | None) -> list[np.ndarray]:
        if p is None:
            return []
        ms = self.ms
        results: list[np.ndarray] = []
        try:
            cell = self._cell(p)
            for name, value in p.assigned:
                parameter = getattr(cell, name)
                parameter.set_data(ms.Tensor(value, dtype=parameter.dtype))
            trainable = [q for q in (getattr(cell, "gamma", None), getattr(cell, "beta", None))
                         if q is not None and q.requires_grad]
            for x_np, up_np, train in zip(p.inputs, p.upstreams, p.flags):
                if train is not None:
                    cell.set_train(train)
                x = ms.Tensor(x_np)
                if p.grad:
                    y, pullback = ms.vjp(cell, x, weights=trainable) if trainable else ms.vjp(cell, x)
                    upstream = ms.Tensor(up_np)
                    if upstream.dtype != y.dtype:  # (the adapter draws it in y's dtype)
                        upstream = upstream.astype(y.dtype)
                    grads = pullback(upstream)
                    if trainable:
                        (grad_x,), grad_params = grads
                    else:
                        grad_x, grad_params = (grads[0] if isinstance(grads, tuple) else grads), ()
                    results.append(grad_x.asnumpy().copy())
                    results.extend(g.asnumpy().copy() for g in grad_params)
                else:
                    y = cell(x)
                results.append(y.asnumpy().copy())
                for name in ("moving_mean", "moving_variance"):
                    stat = getattr(cell, name, None)
                    if stat is not None:
                        results.append(stat.asnumpy().copy())
        except Exception:  # a rejected use ends the case, as in the adapter
            pass
        return results
