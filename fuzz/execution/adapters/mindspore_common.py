"""What MindSpore's two BatchNorm1d classes share: runtime set-up, building a Cell, running steps.

`pynative_synchronize` (now `mindspore.runtime.launch_blocking()`) is switched on once per
process: MindSpore's asynchronous PyNative costs ~5 ms per BatchNorm1d call on a 2-core CPU and
~0.1 ms synchronous (measured, see README), and it changes no result.  Gradients are taken with
`mindspore.vjp(cell, x, weights=...)`: the forward runs exactly once per step (the moving
statistics are updated once, as in torch) and the upstream gradient goes in as the cotangent.  It is
~30% faster per step than `value_and_grad` of `sum(y * upstream)` and gives bit-identical outputs,
statistics and gradients (checked over affine, dtypes, parameter dtypes, 2-D/3-D, train/eval and
`use_batch_statistics`; benchmarks/RESULTS.md).

Compiled modes (fuzz/model/targets.py): `+graph` runs each call with the context's GRAPH_MODE (set
for the case and set back to PyNative after it, so eager and graph targets can share a process),
the forward as the Cell itself and a step with gradients as a small Cell whose `construct` takes
`mindspore.vjp` of the BatchNorm Cell; `+jit` stays in PyNative and calls `mindspore.jit` functions
that do the same.  One call per step either way: the moving statistics are updated once.  Compiled
callables are kept per Cell (and per train/eval: a jit function is made per mode), so a reused Cell
reuses its graphs; a call whose (Cell, mode, gradients, input shape, dtype, layout) was not met
before is counted as a compile, its time as compile time, and an exception it raises is a
`compile` phase error.  A compiled function reads the Parameters' storage it was compiled with:
`Parameter.set_data` after a `mindspore.jit` compile is not seen by it (measured on 2.10: gamma set
to 2 by set_data, the jit function still normalised with 1 and its moving-mean updates went to the
old storage), so the jit target resets and initialises parameters in place (`ops.assign`) and a
checkpoint load, which replaces storage, gets a fresh Cell.  Graph compiles run in a scratch
directory: a failing one writes `rank_0/om/analyze_fail.ir` into the current directory.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

import numpy as np
from numpy.typing import NDArray

from fuzz.execution.adapters.base import AdapterUnavailable
from fuzz.execution.adapters.tensors import mindspore_input, mindspore_numpy
from fuzz.execution.devices import mindspore_device_target
from fuzz.model.case import MAPPING_RULES, Case
from fuzz.model.mapping import ModulePlan, Unmappable, convention_of
from fuzz.model.outcome import AsIs, ErrorInfo, Outcome, Phase, StepOutcome
from fuzz.model.targets import ExecutionMode, TargetName

_CONFIGURED: dict[str, str] = {}


def import_mindspore(backend: str) -> Any:
    """Import MindSpore once, select the device target and synchronous PyNative."""
    # MindSpore's C++ log prints a WARNING per empty-tensor kernel launch, and a failing graph compile
    # dumps its C++ and construct stacks at ERROR level; both come back as the exception the harness
    # records, so only critical messages are logged unless asked (GLOG_v set by the user)
    os.environ.setdefault("GLOG_v", "4")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import mindspore
    except Exception as exc:  # pragma: no cover - depends on the environment
        raise AdapterUnavailable(f"mindspore cannot be imported: {type(exc).__name__}: {exc}") from exc
    target = mindspore_device_target(backend)
    if target is None:
        raise AdapterUnavailable(f"mindspore adapter has no backend {backend!r}")
    configured = _CONFIGURED.get("device_target")
    if configured and configured != target:
        raise AdapterUnavailable(
            f"mindspore's device target is process-wide and already {configured}; run {target} in another process"
        )
    if not configured:
        try:
            mindspore.set_context(mode=mindspore.PYNATIVE_MODE, device_target=target)
            if hasattr(mindspore, "runtime") and hasattr(mindspore.runtime, "launch_blocking"):
                mindspore.runtime.launch_blocking()
            else:  # older releases
                mindspore.set_context(pynative_synchronize=True)
        except Exception as exc:
            raise AdapterUnavailable(f"mindspore cannot use device target {target}: {exc}") from exc
        _CONFIGURED["device_target"] = target
    return mindspore


#: compiled callables kept per adapter (each holds its Cell and graphs); the oldest go first
MAX_COMPILED = 256

_SERIALS = itertools.count(1)


class _Compiled:
    """One compiled callable of one Cell, and the input signatures it has compiled for."""

    def __init__(self, call: Callable[..., Any]) -> None:
        self.call = call
        self.seen: set[tuple[Any, ...]] = set()


@contextlib.contextmanager
def _in_directory(path: str) -> Iterator[None]:
    before = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


class MindSporeAdapterBase:
    """Subclasses look the class up (`lookup_class`, kept as `module_class`), name the API and plan a case."""

    api = ""
    param_names: dict[str, str] = {}  # torch name -> attribute on the Cell: CELL_PARAM_NAMES[api]

    def __init__(self, backend: str = "cpu", reuse_cells: bool = True,
                 mode: ExecutionMode = ExecutionMode.EAGER) -> None:
        self.mode = mode
        self.target = str(TargetName(self.api, mode))
        self.reuse_cells = reuse_cells
        self._compiled: dict[tuple[int, bool, bool], _Compiled] = {}
        # a directory for checkpoint files and compile output, made when first needed, removed with the adapter
        self._scratch: tempfile.TemporaryDirectory[str] | None = None
        self._cells: dict[str, tuple[Any, list[tuple[Any, NDArray[Any]]]]] = {}
        self.ms = import_mindspore(backend)
        self.backend = backend
        self.module_class = self.lookup_class()
        self._class_2d: type | None = None
        self.convention = convention_of(self.module_class)
        self.versions = {"mindspore": self.ms.__version__}
        if mode.compiled:
            how = ("mindspore.set_context(mode=GRAPH_MODE)" if mode is ExecutionMode.GRAPH
                   else "mindspore.jit on the step function")
            self.versions[f"{self.target} mode"] = how

    def lookup_class(self) -> type:
        raise NotImplementedError

    def lookup_class_2d(self) -> type:
        """The target's BatchNorm2d, for the relation batchnorm2d's follow-up (`Case.batchnorm2d`)."""
        raise NotImplementedError

    def _unit_axes_batchnorm2d(self) -> type:
        """The target's BatchNorm2d on (N, C) or (N, C, L) inputs seen as (N, C, L, 1): its own
        construct, only the shapes around it change (so its parameters keep BatchNorm2d's names)."""
        if self._class_2d is None:
            base: Any = self.lookup_class_2d()

            class UnitAxesBatchNorm2d(base):  # type: ignore[misc]
                def construct(self, x: Any) -> Any:
                    shape = tuple(x.shape)
                    return super().construct(x.reshape(shape + (1,) * (4 - len(shape)))).reshape(shape)

            self._class_2d = UnitAxesBatchNorm2d
        return self._class_2d

    def plan(self, case: Case) -> ModulePlan | Unmappable:
        raise NotImplementedError

    def _dtype(self, name: str) -> Any:
        return getattr(self.ms, name)

    def build(self, plan: ModulePlan, batchnorm2d: bool = False) -> Any:
        """A Cell for `plan`: a reused one reset to its freshly-constructed state where possible.

        Constructing a MindSpore Cell costs ~0.9 ms, resetting its parameters in place ~0.04 ms
        (README, benchmarks/RESULTS.md).  A Cell is reused only for identical constructor
        arguments and no tensors passed to the constructor; on reuse every parameter is set back to
        the values it had right after construction and the Cell is put back in eval mode, which is
        where a new Cell starts.  `reuse_cells = False` builds a new Cell for every case.
        `batchnorm2d`: the target's BatchNorm2d on the input with unit axes appended (a follow-up of
        the relation batchnorm2d, fuzz/oracle/metamorphic.py), reused apart from the BatchNorm1d Cells.
        """
        key = None
        # a checkpoint load replaces the Parameters' storage, which jit functions compiled before do not see
        fresh_storage = self.mode is ExecutionMode.JIT and bool(plan.checkpoint_init)
        if self.reuse_cells and not plan.constructor_init and not fresh_storage:
            # with each value's type: eps=numpy.float32(1e-05) and num_features=numpy.int64(3) print
            # as 1e-05 and 3 (NumPy < 2) but are other uses, which MindSpore may reject
            key = repr(sorted(((k, type(v).__qualname__, v) for k, v in plan.kwargs.items()), key=lambda kv: kv[0]))
            key = f"BatchNorm2d {key}" if batchnorm2d else key
        cached = self._cells.pop(key, None) if key is not None else None
        if cached is not None:
            cell, fresh = cached
            for parameter, value in fresh:
                self._write(parameter, value)
            cell.set_train(False)
        else:
            cell = self._construct(plan, self._unit_axes_batchnorm2d() if batchnorm2d else self.module_class)
            object.__setattr__(cell, "_fuzz_serial", next(_SERIALS))  # its compiled callables' key
            fresh = [(p, p.asnumpy().copy()) for p in cell.get_parameters()]
        if key is not None:
            self._cells[key] = (cell, fresh)
            while len(self._cells) > 64:
                self._cells.pop(next(iter(self._cells)))
        for name, value in plan.assigned_init.items():
            self._write(getattr(cell, name), np.asarray(value))
        if plan.checkpoint_init:
            self._load_checkpoint(cell, plan.checkpoint_init)
        return cell

    def _scratch_dir(self) -> str:
        """A directory of this adapter's own (checkpoint files, what a failing compile writes), removed with it."""
        if self._scratch is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="fuzz-ms-")
        return self._scratch.name

    def _write(self, parameter: Any, value: NDArray[Any]) -> None:
        """`Parameter.set_data`, as users set values; in place for the jit target (see the module doc)."""
        tensor = self.ms.Tensor(value, dtype=parameter.dtype)
        if self.mode is ExecutionMode.JIT:
            self.ms.ops.assign(parameter, tensor)
        else:
            parameter.set_data(tensor)

    def _load_checkpoint(self, cell: Any, values: dict[str, Any]) -> None:
        """What a user loading saved state does: `save_checkpoint` of the named values to a file,
        `load_checkpoint`, `load_param_into_net` (not strict: a name the Cell lacks is left out, as
        it is for users; the state read after each step shows what was loaded)."""
        ms = self.ms
        path = os.path.join(self._scratch_dir(), "initial.ckpt")
        own = cell.parameters_dict()
        records = [{"name": name, "data": ms.Tensor(np.asarray(value),
                                                    dtype=own[name].dtype if name in own else ms.float32)}
                   for name, value in values.items()]
        ms.save_checkpoint(records, path)
        ms.load_param_into_net(cell, ms.load_checkpoint(path))

    def _construct(self, plan: ModulePlan, module_class: Any) -> Any:
        kwargs = dict(plan.kwargs)
        if "dtype" in kwargs:
            kwargs["dtype"] = self._dtype(kwargs["dtype"])
        param_dtype = kwargs.get("dtype", self.ms.float32)
        for name, value in plan.constructor_init.items():
            kwargs[name] = self.ms.Tensor(np.asarray(value), dtype=param_dtype)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return module_class(**kwargs)

    def _stat(self, cell: Any, torch_name: str) -> NDArray[Any] | None:
        value = getattr(cell, self.param_names[torch_name], None)
        return None if value is None else value.asnumpy().copy()

    def _trainable(self, cell: Any) -> list[tuple[str, Any]]:
        """(torch name, Parameter) of the weight and bias that take gradients (none without affine)."""
        pairs = [(n, getattr(cell, self.param_names[n], None)) for n in ("weight", "bias")]
        return [(n, p) for n, p in pairs if p is not None and p.requires_grad]

    def _as_is(self, case: Case, unmappable: Unmappable) -> AsIs | None:
        """Run `case` with the value that has no counterpart passed through unmapped (the rule
        switched off), and say what the target did; None where no such form exists."""
        if unmappable.rule not in MAPPING_RULES or unmappable.rule in case.rules_off:
            return None
        tried = self.run(case.with_(rules_off=case.rules_off | {unmappable.rule}))
        return None if tried.unmappable else AsIs(tried.error, len(tried.steps))

    def run(self, case: Case) -> Outcome:
        if self.mode is ExecutionMode.EAGER or self._running:
            return self._run(case)
        self._running = True
        try:
            with self._compiled_mode():
                return self._run(case)
        finally:
            self._running = False

    _running = False

    @contextlib.contextmanager
    def _compiled_mode(self) -> Iterator[None]:
        """The case's calls in a scratch directory (a failing compile writes rank_0/ there) and, for
        the graph target, under the context's GRAPH_MODE, set back to PyNative afterwards."""
        with _in_directory(self._scratch_dir()):
            if self.mode is not ExecutionMode.GRAPH:
                yield
                return
            self.ms.set_context(mode=self.ms.GRAPH_MODE)
            try:
                yield
            finally:
                self.ms.set_context(mode=self.ms.PYNATIVE_MODE)

    def _callable(self, cell: Any, grad: bool, trainable: list[tuple[str, Any]]) -> _Compiled:
        """The compiled callable of `cell` in its current train/eval mode, with or without gradients."""
        key = (getattr(cell, "_fuzz_serial", id(cell)), bool(cell.training), grad)
        entry = self._compiled.get(key)
        if entry is None:
            entry = self._compiled[key] = _Compiled(self._make_callable(cell, grad, [p for _, p in trainable]))
            while len(self._compiled) > MAX_COMPILED:
                self._compiled.pop(next(iter(self._compiled)))
        return entry

    def _make_callable(self, cell: Any, grad: bool, weights: list[Any]) -> Callable[..., Any]:
        ms = self.ms
        if self.mode is ExecutionMode.GRAPH:
            cell_call: Callable[..., Any] = _grad_step(ms, cell, weights) if grad else cell
            return cell_call
        parameters = ms.ParameterTuple(weights) if weights else None

        def forward(x: Any) -> Any:
            return cell(x)

        def step(x: Any, upstream: Any) -> Any:
            if parameters is None:
                y, pullback = ms.vjp(cell, x)
            else:
                y, pullback = ms.vjp(cell, x, weights=parameters)
            return y, pullback(upstream)

        compiled: Callable[..., Any] = ms.jit(step if grad else forward)
        return compiled

    def _run(self, case: Case) -> Outcome:
        ms = self.ms
        plan = self.plan(case)
        outcome = partial(Outcome, target=self.target, backend=self.backend, convention=self.convention.value,
                          versions=self.versions)
        if isinstance(plan, Unmappable):
            return outcome(error=ErrorInfo("Unmappable", plan.reason, Phase.UNMAPPABLE), as_is=self._as_is(case, plan))
        try:
            cell = self.build(plan, case.batchnorm2d)
        except Exception as exc:
            return outcome(error=ErrorInfo.from_exception(exc, Phase.CONSTRUCT))
        trainable = self._trainable(cell)
        steps: list[StepOutcome] = []
        compiles, compile_s = 0, 0.0
        for index, (step, train) in enumerate(zip(case.steps, plan.train_flags)):
            if train is not None:
                cell.set_train(train)
            want_grad = case.grad and case.dtype.startswith("float")
            grads: dict[str, NDArray[Any] | None] = {}
            compiling, began = False, time.perf_counter()
            try:
                # in the try: MindSpore may refuse to make the input itself (its CPU StridedSlice has
                # no bfloat16 kernel), which is its rejection of the case, not a dead worker
                x = mindspore_input(ms, step.input, case.shape, case.dtype)  # its dtype and layout
                compiled = self._callable(cell, want_grad, trainable) if self.mode.compiled else None
                if compiled is not None:
                    signature = (tuple(x.shape), str(x.dtype), step.input.layout.value)
                    compiling = signature not in compiled.seen
                if want_grad:
                    y, grads = self._forward_backward(cell, x, trainable, case, index, compiled)
                else:
                    y = cell(x) if compiled is None else compiled.call(x)
                output = mindspore_numpy(y)
                if compiled is not None:  # compiled (a failed compile is tried again next time)
                    compiled.seen.add(signature)
            except Exception as exc:
                # the forward and the pullback of one step: their errors count as the forward's (or,
                # raised by a call that compiled, as the compile's)
                if compiling:
                    compiles, compile_s = compiles + 1, compile_s + time.perf_counter() - began
                phase = Phase.COMPILE if compiling else Phase.FORWARD
                return outcome(steps=tuple(steps), error=ErrorInfo.from_exception(exc, phase, index),
                               compiles=compiles, compile_s=compile_s)
            if compiling:
                compiles, compile_s = compiles + 1, compile_s + time.perf_counter() - began
            steps.append(
                StepOutcome(
                    output=output,
                    running_mean=self._stat(cell, "running_mean"),
                    running_var=self._stat(cell, "running_var"),
                    state={name: p.asnumpy().copy() for name, p in cell.parameters_dict().items()},
                    **grads,
                )
            )
        return outcome(steps=tuple(steps), compiles=compiles, compile_s=compile_s)

    def _forward_backward(
        self, cell: Any, x: Any, trainable: list[tuple[str, Any]], case: Case, index: int,
        compiled: _Compiled | None = None,
    ) -> tuple[Any, dict[str, NDArray[Any] | None]]:
        ms = self.ms
        weights = [p for _, p in trainable]
        if compiled is None:
            y, pullback = ms.vjp(cell, x, weights=weights) if weights else ms.vjp(cell, x)
            upstream = ms.Tensor(case.upstream_gradient(index, tuple(y.shape), str(y.dtype).lower()))
            grads = pullback(upstream)
        else:
            # one compiled call takes the upstream gradient in: made for the input's shape and dtype,
            # which are the output's (BatchNorm1d keeps both; measured for every dtype pair on 2.10)
            upstream = ms.Tensor(case.upstream_gradient(index, tuple(x.shape), str(x.dtype).lower()))
            y, grads = compiled.call(x, upstream)
        if weights:
            (grad_x,), grad_params = grads
        else:
            grad_x, grad_params = (grads[0] if isinstance(grads, tuple) else grads), ()
        out: dict[str, NDArray[Any] | None] = {"grad_input": mindspore_numpy(grad_x), "grad_weight": None,
                                               "grad_bias": None}
        for (name, _), grad in zip(trainable, grad_params):
            out[f"grad_{name}"] = mindspore_numpy(grad)
        return y, out


_GRAD_STEPS: dict[bool, type] = {}


def _grad_step(ms: Any, cell: Any, weights: list[Any]) -> Any:
    """A Cell whose construct is one step with gradients of `cell`: `mindspore.vjp` of it at the
    input, pulled back with the upstream gradient (compiled whole in GRAPH_MODE)."""
    with_weights = bool(weights)
    if with_weights not in _GRAD_STEPS:
        class GradStep(ms.nn.Cell):  # type: ignore[misc]
            def __init__(self, net: Any, parameters: Any) -> None:
                # auto_prefix off: a child Cell's Parameters would otherwise be renamed "net.gamma",
                # and the BatchNorm Cell's own parameters_dict() with them
                super().__init__(auto_prefix=False)
                self.net = net
                self.parameters = parameters

            def construct(self, x: Any, upstream: Any) -> Any:
                y, pullback = ms.vjp(self.net, x, weights=self.parameters)
                return y, pullback(upstream)

        class InputGradStep(ms.nn.Cell):  # type: ignore[misc]
            def __init__(self, net: Any, parameters: Any) -> None:
                super().__init__(auto_prefix=False)
                self.net = net

            def construct(self, x: Any, upstream: Any) -> Any:
                y, pullback = ms.vjp(self.net, x)
                return y, pullback(upstream)

        _GRAD_STEPS[True], _GRAD_STEPS[False] = GradStep, InputGradStep
    return _GRAD_STEPS[with_weights](cell, ms.ParameterTuple(weights) if weights else None)
