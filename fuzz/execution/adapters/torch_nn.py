"""torch.nn.BatchNorm1d, the public module class looked up when the adapter is built.

Each case runs with its own intra-op thread count (`Case.threads`): one thread, the harness's
default, or torch's own default (`DEFAULT_THREADS`), the count torch chose at import (all cores of
the worker, or `OMP_NUM_THREADS`), read before this adapter first changes it.  The count is set only
when it changes (`torch.set_num_threads` costs ~0.1 us, measured, but a change lets torch's thread
pool grow or idle), and `versions` says both counts, so a finding records the number that ran.

`torch.nn+compile` runs the same module under `torch.compile` (the default inductor backend): the
module is built as for eager and each step calls the compiled module.  Dynamo guards on the
module's float attributes (eps, momentum), its flags and mode, and the input's dtype and rank, so a
new configuration compiles (seconds for inductor's first, ~0.1-3 s later with its on-disk cache) and a
repeated one reuses the graph, whatever module instance it runs (checker buckets make configurations
repeat: fuzz/model/buckets.py).  The recompile limit is lifted and hitting it raises instead of
falling back to eager, so a compiled target never silently runs eager code.  An exception raised by
a call that compiled is a `compile` phase error; the compiles and their seconds are counted per
case (`Outcome.compiles`).
"""

from __future__ import annotations

import shutil
import time
from functools import partial
from typing import Any

import numpy as np
from numpy.typing import NDArray

from fuzz.execution.adapters.base import AdapterUnavailable
from fuzz.execution.adapters.tensors import torch_input, torch_like, torch_numpy
from fuzz.execution.devices import torch_device
from fuzz.model.case import DEFAULT_THREADS, Case
from fuzz.model.mapping import ModulePlan, torch_plan
from fuzz.model.outcome import ErrorInfo, Outcome, Phase, StepOutcome
from fuzz.model.targets import ExecutionMode, TargetName

#: torch's intra-op thread count as this process had it before the first adapter set its own
_IMPORT_THREADS: int | None = None


#: dynamo's per-function recompile limit, lifted: every configuration of BatchNorm1d is a cache
#: entry of the one `_BatchNorm.forward`, and past the default of 8 dynamo would run eager code
RECOMPILE_LIMIT = 100_000


def cxx_compiler() -> str | None:
    """The C++ compiler inductor's CPU backend would use (CXX, else c++/g++/clang++ on PATH)."""
    import os

    for name in (os.environ.get("CXX"), "c++", "g++", "clang++"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


class TorchNnAdapter:
    api = "torch.nn"
    target = "torch.nn"

    def __init__(self, backend: str = "cpu", mode: ExecutionMode = ExecutionMode.EAGER) -> None:
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
        global _IMPORT_THREADS
        if _IMPORT_THREADS is None:  # before any adapter of this process has changed it
            _IMPORT_THREADS = torch.get_num_threads()
        #: the count a case with threads=DEFAULT_THREADS runs with
        self.default_threads = _IMPORT_THREADS
        # One intra-op thread unless a case asks for the default: BatchNorm1d cases are mostly small,
        # and torch's worker threads spinning beside MindSpore's in one process made a whole check
        # 2.3x slower on 2 cores (3.4 ms vs 8 ms, README).
        torch.set_num_threads(1)
        self.torch = torch
        self.backend = backend
        self.device = device
        self.mode = mode
        self.target = str(TargetName(self.api, mode))
        self.module_class = self.lookup_class()
        # the same for every case (a run's summary shows the versions of its last outcome): a case's
        # own `threads` says which of the two counts it ran with
        self.versions = {"torch": torch.__version__, "torch_threads": "1",
                         "torch_default_threads": str(self.default_threads)}
        #: the intra-op thread count the last case ran with (what `run` set; tests read it)
        self.threads_used: int | None = None
        if mode is ExecutionMode.COMPILE:
            self.versions[f"{self.target} mode"] = self._set_up_compile()

    def lookup_class(self) -> type:
        cls: type = self.torch.nn.BatchNorm1d
        return cls

    def _set_up_compile(self) -> str:
        """Check that torch.compile can run here (its C++ compiler; one probe compile), lift the
        recompile limit; the compiler found, as the versions block records it."""
        import torch._dynamo

        compiler = cxx_compiler() if self.backend == "cpu" else "cuda"
        if compiler is None:
            raise AdapterUnavailable("torch.compile's inductor backend needs a C++ compiler on CPU, and none was "
                                     "found (CXX, c++, g++, clang++)")
        config: Any = torch._dynamo.config
        config.recompile_limit = config.accumulated_recompile_limit = RECOMPILE_LIMIT
        config.cache_size_limit = config.accumulated_cache_size_limit = RECOMPILE_LIMIT
        config.fail_on_recompile_limit_hit = True
        try:
            module: Any = self.module_class(2, device=self.device)
            probe: Any = self.torch.compile(module)
            probe(self.torch.ones(3, 2, device=self.device)).sum().backward()
        except Exception as exc:
            raise AdapterUnavailable(f"torch.compile does not run here: {type(exc).__name__}: "
                                     f"{str(exc).splitlines()[0] if str(exc) else ''}") from exc
        return f"torch.compile (inductor, {compiler})"

    def _graphs(self) -> int:
        """Graphs dynamo has compiled in this process so far (0 in eager mode)."""
        if self.mode is not ExecutionMode.COMPILE:
            return 0
        from torch._dynamo.utils import counters

        return int(counters["stats"]["unique_graphs"])

    def threads_for(self, case: Case) -> int:
        """The intra-op thread count `case` runs with: its own, or torch's default for DEFAULT_THREADS."""
        return self.default_threads if case.threads == DEFAULT_THREADS else case.threads

    def _set_threads(self, case: Case) -> None:
        wanted = self.threads_for(case)
        if self.torch.get_num_threads() != wanted:  # read back: a caller may have changed it since
            self.torch.set_num_threads(wanted)
        self.threads_used = wanted

    def _dtype(self, name: str) -> Any:
        return getattr(self.torch, name)

    def build(self, plan: ModulePlan, batchnorm2d: bool = False) -> Any:
        """The module of `plan`: torch.nn.BatchNorm1d, or for a batchnorm2d follow-up
        (`Case.batchnorm2d`) torch.nn.BatchNorm2d fed the input with unit axes appended."""
        kwargs = dict(plan.kwargs)
        if "dtype" in kwargs:
            kwargs["dtype"] = self._dtype(kwargs["dtype"])
        module_class = _unit_axes_batchnorm2d(self.torch) if batchnorm2d else self.module_class
        module = module_class(**kwargs, device=self.device)
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
        self._set_threads(case)  # before the module is built: every step runs with it
        try:
            module = self.build(plan, case.batchnorm2d)
        except Exception as exc:
            return outcome(error=ErrorInfo.from_exception(exc, Phase.CONSTRUCT))
        compiled = self.mode is ExecutionMode.COMPILE
        call = self.torch.compile(module) if compiled else module
        compiles, compile_s = 0, 0.0
        steps: list[StepOutcome] = []

        def failed(exc: Exception, phase: Phase, index: int, graphs: int, began: float) -> Outcome:
            # raised by a call that compiled, or by the compiler itself: the compile's error (tracing
            # runs the op's own argument checks too)
            new_graphs = self._graphs() - graphs
            in_compile = compiled and (new_graphs > 0 or _from_compiler(exc))
            return outcome(steps=tuple(steps), compiles=compiles + new_graphs,
                           compile_s=compile_s + (time.perf_counter() - began if in_compile else 0.0),
                           error=ErrorInfo.from_exception(exc, Phase.COMPILE if in_compile else phase, index))

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
            graphs, began = self._graphs(), time.perf_counter()

            try:
                y = call(x)
            except Exception as exc:
                return failed(exc, Phase.FORWARD, index, graphs, began)
            grads: dict[str, NDArray[Any] | None] = {}
            if want_grad:
                upstream = case.upstream_gradient(index, tuple(y.shape), str(y.dtype).replace("torch.", ""))
                try:
                    y.backward(torch_like(torch, upstream, y))
                except Exception as exc:
                    return failed(exc, Phase.BACKWARD, index, graphs, began)
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
            if self._graphs() > graphs:  # this step compiled: its whole time is the compile's
                compiles += self._graphs() - graphs
                compile_s += time.perf_counter() - began
        return outcome(steps=tuple(steps), compiles=compiles, compile_s=compile_s)


def _from_compiler(exc: BaseException) -> bool:
    """An exception of torch's compiler stack (dynamo, AOTAutograd, inductor) rather than the op's own."""
    module = type(exc).__module__ or ""
    return module.startswith(("torch._dynamo", "torch._inductor", "torch._functorch"))


_BATCHNORM2D: list[type] = []


def _unit_axes_batchnorm2d(torch: Any) -> type:
    """torch.nn.BatchNorm2d on (N, C) or (N, C, L) inputs seen as (N, C, L, 1): the relation
    batchnorm2d's follow-up.  Its forward is BatchNorm2d's own; only the shapes around it change,
    so its parameters, buffers and state_dict names are BatchNorm2d's (the same as BatchNorm1d's)."""
    if not _BATCHNORM2D:
        class UnitAxesBatchNorm2d(torch.nn.BatchNorm2d):  # type: ignore[misc]
            def forward(self, x: Any) -> Any:
                return super().forward(x.reshape(tuple(x.shape) + (1,) * (4 - x.dim()))).reshape(x.shape)

        _BATCHNORM2D.append(UnitAxesBatchNorm2d)
    return _BATCHNORM2D[0]


def _state(module: Any) -> dict[str, NDArray[Any]]:
    """The module's state through torch's own API: `state_dict()`, by its names."""
    return {name: value.detach().cpu().numpy().copy() for name, value in module.state_dict().items()}


def _numpy(tensor: Any) -> NDArray[Any] | None:
    if tensor is None:
        return None
    return torch_numpy(tensor)  # bfloat16 as float32
