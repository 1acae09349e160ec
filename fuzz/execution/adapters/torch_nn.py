"""torch.nn.BatchNorm1d, the public module class looked up when the adapter is built."""

from __future__ import annotations

import os
from functools import partial
from typing import Any

import numpy as np
from numpy.typing import NDArray

from fuzz.execution.adapters.base import AdapterUnavailable
from fuzz.execution.adapters.tensors import torch_input, torch_like, torch_numpy
from fuzz.execution.devices import torch_device
from fuzz.model.case import Case
from fuzz.model.mapping import ModulePlan, torch_plan
from fuzz.model.outcome import ErrorInfo, Outcome, Phase, StepOutcome


class TorchNnAdapter:
    target = "torch.nn"

    def __init__(self, backend: str = "cpu") -> None:
        try:
            import torch
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise AdapterUnavailable(f"torch is not installed: {exc}") from exc
        device = torch_device(backend)
        if device is None:
            raise AdapterUnavailable(f"torch adapter has no backend {backend!r}")
        from fuzz.execution.backends import status

        found = status("torch", backend)
        if not found.available:
            raise AdapterUnavailable(found.reason)
        # One intra-op thread: BatchNorm1d cases are small, and torch's worker threads spinning beside
        # MindSpore's in one process made a whole check 2.3x slower on 2 cores (3.4 ms vs 8 ms, README).
        torch.set_num_threads(int(os.environ.get("FUZZ_TORCH_THREADS", "1")))
        self.torch = torch
        self.backend = backend
        self.device = device
        self.module_class = torch.nn.BatchNorm1d
        self.versions = {"torch": torch.__version__, "torch_threads": str(torch.get_num_threads())}

    def _dtype(self, name: str) -> Any:
        return getattr(self.torch, name)

    def build(self, plan: ModulePlan) -> Any:
        kwargs = dict(plan.kwargs)
        if "dtype" in kwargs:
            kwargs["dtype"] = self._dtype(kwargs["dtype"])
        module = self.module_class(**kwargs, device=self.device)
        with self.torch.no_grad():
            for name, value in plan.assigned_init.items():
                target = getattr(module, name)
                target.copy_(self.torch.as_tensor(np.asarray(value), dtype=target.dtype))
        return module

    def run(self, case: Case) -> Outcome:
        torch = self.torch
        plan = torch_plan(case)
        outcome = partial(Outcome, target=self.target, backend=self.backend, convention=plan.convention.value,
                          versions=self.versions)
        try:
            module = self.build(plan)
        except Exception as exc:
            return outcome(error=ErrorInfo.from_exception(exc, Phase.CONSTRUCT))
        steps: list[StepOutcome] = []
        for index, (step, train) in enumerate(zip(case.steps, plan.train_flags)):
            module.train(bool(train))
            try:  # a framework that cannot make the input (its dtype, its view) rejects the case
                x = torch_input(torch, step.input, case.shape, case.dtype, self.device)  # its dtype and layout
            except Exception as exc:
                return outcome(steps=tuple(steps), error=ErrorInfo.from_exception(exc, Phase.FORWARD, index))
            want_grad = case.grad and x.is_floating_point()
            if want_grad:
                x.requires_grad_(True)
            for p in module.parameters():
                p.grad = None
            try:
                y = module(x)
            except Exception as exc:
                return outcome(steps=tuple(steps), error=ErrorInfo.from_exception(exc, Phase.FORWARD, index))
            grads: dict[str, NDArray[Any] | None] = {}
            if want_grad:
                upstream = case.upstream_gradient(index, tuple(y.shape), str(y.dtype).replace("torch.", ""))
                try:
                    y.backward(torch_like(torch, upstream, y))
                except Exception as exc:
                    return outcome(steps=tuple(steps), error=ErrorInfo.from_exception(exc, Phase.BACKWARD, index))
                grads = {
                    "grad_input": _numpy(x.grad),
                    "grad_weight": _numpy(module.weight.grad) if module.weight is not None else None,
                    "grad_bias": _numpy(module.bias.grad) if module.bias is not None else None,
                }
            steps.append(
                StepOutcome(
                    output=_numpy(y),
                    running_mean=_numpy(module.running_mean),
                    running_var=_numpy(module.running_var),
                    state=_state(module),
                    **grads,
                )
            )
        return outcome(steps=tuple(steps))


def _state(module: Any) -> dict[str, NDArray[Any]]:
    """The module's state through torch's own API: `state_dict()`, by its names."""
    return {name: value.detach().cpu().numpy().copy() for name, value in module.state_dict().items()}


def _numpy(tensor: Any) -> NDArray[Any] | None:
    if tensor is None:
        return None
    return torch_numpy(tensor)  # bfloat16 as float32
