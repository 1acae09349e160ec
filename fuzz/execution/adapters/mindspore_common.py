"""What MindSpore's two BatchNorm1d classes share: runtime set-up, building a Cell, running steps.

`pynative_synchronize` (now `mindspore.runtime.launch_blocking()`) is switched on once per
process: MindSpore's asynchronous PyNative costs ~5 ms per BatchNorm1d call on a 2-core CPU and
~0.1 ms synchronous (measured, see README), and it changes no result.  Gradients are taken with
`mindspore.vjp(cell, x, weights=...)`: the forward runs exactly once per step (the moving
statistics are updated once, as in torch) and the upstream gradient goes in as the cotangent.  It is
~30% faster per step than `value_and_grad` of `sum(y * upstream)` and gives bit-identical outputs,
statistics and gradients (checked over affine, dtypes, parameter dtypes, 2-D/3-D, train/eval and
`use_batch_statistics`; benchmarks/RESULTS.md).
"""

from __future__ import annotations

import os
import tempfile
import warnings
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

_CONFIGURED: dict[str, str] = {}


def import_mindspore(backend: str) -> Any:
    """Import MindSpore once, select the device target and synchronous PyNative."""
    # MindSpore's C++ log prints a WARNING per empty-tensor kernel launch; keep errors only unless asked
    os.environ.setdefault("GLOG_v", "3")
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


class MindSporeAdapterBase:
    """Subclasses look the class up (`lookup_class`, kept as `module_class`), name the target and plan a case."""

    target = ""
    param_names: dict[str, str] = {}  # torch name -> attribute on the Cell: CELL_PARAM_NAMES[target]

    def __init__(self, backend: str = "cpu", reuse_cells: bool = True) -> None:
        self.reuse_cells = reuse_cells
        # a directory for checkpoint files, made when first needed and removed with the adapter
        self._scratch: tempfile.TemporaryDirectory[str] | None = None
        self._cells: dict[str, tuple[Any, list[tuple[Any, NDArray[Any]]]]] = {}
        self.ms = import_mindspore(backend)
        self.backend = backend
        self.module_class = self.lookup_class()
        self._class_2d: type | None = None
        self.convention = convention_of(self.module_class)
        self.versions = {"mindspore": self.ms.__version__}

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
        if self.reuse_cells and not plan.constructor_init:
            # with each value's type: eps=numpy.float32(1e-05) and num_features=numpy.int64(3) print
            # as 1e-05 and 3 (NumPy < 2) but are other uses, which MindSpore may reject
            key = repr(sorted(((k, type(v).__qualname__, v) for k, v in plan.kwargs.items()), key=lambda kv: kv[0]))
            key = f"BatchNorm2d {key}" if batchnorm2d else key
        cached = self._cells.pop(key, None) if key is not None else None
        if cached is not None:
            cell, fresh = cached
            for parameter, value in fresh:
                parameter.set_data(self.ms.Tensor(value, dtype=parameter.dtype))
            cell.set_train(False)
        else:
            cell = self._construct(plan, self._unit_axes_batchnorm2d() if batchnorm2d else self.module_class)
            fresh = [(p, p.asnumpy().copy()) for p in cell.get_parameters()]
        if key is not None:
            self._cells[key] = (cell, fresh)
            while len(self._cells) > 64:
                self._cells.pop(next(iter(self._cells)))
        for name, value in plan.assigned_init.items():
            parameter = getattr(cell, name)
            parameter.set_data(self.ms.Tensor(np.asarray(value), dtype=parameter.dtype))
        if plan.checkpoint_init:
            self._load_checkpoint(cell, plan.checkpoint_init)
        return cell

    def _load_checkpoint(self, cell: Any, values: dict[str, Any]) -> None:
        """What a user loading saved state does: `save_checkpoint` of the named values to a file,
        `load_checkpoint`, `load_param_into_net` (not strict: a name the Cell lacks is left out, as
        it is for users; the state read after each step shows what was loaded)."""
        ms = self.ms
        if self._scratch is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="fuzz-ckpt-")
        path = os.path.join(self._scratch.name, "initial.ckpt")
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
        for index, (step, train) in enumerate(zip(case.steps, plan.train_flags)):
            if train is not None:
                cell.set_train(train)
            want_grad = case.grad and case.dtype.startswith("float")
            grads: dict[str, NDArray[Any] | None] = {}
            try:
                # in the try: MindSpore may refuse to make the input itself (its CPU StridedSlice has
                # no bfloat16 kernel), which is its rejection of the case, not a dead worker
                x = mindspore_input(ms, step.input, case.shape, case.dtype)  # its dtype and layout
                if want_grad:
                    y, grads = self._forward_backward(cell, x, trainable, case, index)
                else:
                    y = cell(x)
                output = mindspore_numpy(y)
            except Exception as exc:
                # the forward and the pullback of one step: their errors count as the forward's
                phase = Phase.FORWARD
                return outcome(steps=tuple(steps), error=ErrorInfo.from_exception(exc, phase, index))
            steps.append(
                StepOutcome(
                    output=output,
                    running_mean=self._stat(cell, "running_mean"),
                    running_var=self._stat(cell, "running_var"),
                    state={name: p.asnumpy().copy() for name, p in cell.parameters_dict().items()},
                    **grads,
                )
            )
        return outcome(steps=tuple(steps))

    def _forward_backward(
        self, cell: Any, x: Any, trainable: list[tuple[str, Any]], case: Case, index: int
    ) -> tuple[Any, dict[str, NDArray[Any] | None]]:
        ms = self.ms
        weights = [p for _, p in trainable]
        y, pullback = ms.vjp(cell, x, weights=weights) if weights else ms.vjp(cell, x)
        upstream = ms.Tensor(case.upstream_gradient(index, tuple(y.shape), str(y.dtype).lower()))
        grads = pullback(upstream)
        if weights:
            (grad_x,), grad_params = grads
        else:
            grad_x, grad_params = (grads[0] if isinstance(grads, tuple) else grads), ()
        out: dict[str, NDArray[Any] | None] = {"grad_input": mindspore_numpy(grad_x), "grad_weight": None,
                                               "grad_bias": None}
        for (name, _), grad in zip(trainable, grad_params):
            out[f"grad_{name}"] = mindspore_numpy(grad)
        return y, out
