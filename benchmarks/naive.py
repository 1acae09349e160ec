"""Worker: the naive harness, the baseline a user would write in an afternoon.

    python -m benchmarks.naive CASES.jsonl [--max N] [--examples-per-case E] --json OUT

The shape of test a user writes with a list of configurations: `@pytest.mark.parametrize` over the
cases of the fixed list (their constructor arguments, initial parameters, step modes, gradient flag)
times `@given(st.data())` with `max_examples=E` (derandomized, no database, generation only), run
here as a plain loop over the parametrized tests (pytest's own per-item cost is left out).  In each
example:
- each step's input is drawn element by element with `hypothesis.extra.numpy.arrays` (float32 or
  float16 elements in [-1e3, 1e3]; any float, NaN and Inf included, for the cases with planted
  non-finite values; integers for the integer-dtype invalid uses);
- a new `torch.nn.BatchNorm1d` and a new `mindspore.nn.BatchNorm1d` are built;
- each framework runs on its defaults: MindSpore is imported and used as is (asynchronous
  PyNative: no `mindspore.runtime.launch_blocking()`, no `pynative_synchronize`), which is why this
  runs in a process of its own;
- outputs, running statistics and gradients are compared with `numpy.allclose` (rtol = atol = 1e-3
  for float32, 1e-2 for float16, equal_nan), and acceptance/rejection is compared.
A difference is counted, not raised, so that no shrinking distorts the throughput.  The
constructor arguments are translated with `fuzz.model.mapping` (pure Python, microseconds) so that the
comparisons are between equivalent modules; a case it cannot map (torch momentum=None) runs in
torch only.  GLOG_v=3 silences MindSpore's C++ log, as in the harness.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from pathlib import Path
from typing import Any, Callable

import numpy as np

from benchmarks.common import load_cases, memory_mib, write_json

DEBUG = bool(os.environ.get("BENCH_NAIVE_DEBUG"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("--max", type=int, default=None, help="use only the first N cases")
    parser.add_argument("--examples-per-case", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    records = load_cases(args.cases)
    cases = [c for _, c in records][: args.max]
    started = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import mindspore as ms  # defaults: no set_context, no launch_blocking
        import torch
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st
    from hypothesis.extra.numpy import arrays

    from fuzz.model.mapping import Unmappable, convention_of, mindspore_nn_plan, torch_plan

    import_s = time.perf_counter() - started
    convention = convention_of(ms.nn.BatchNorm1d)
    stats: dict[str, Any] = {"examples": 0, "mismatches": 0, "parity_mismatches": 0, "unmappable": 0,
                             "draw_s": 0.0, "torch_s": 0.0, "mindspore_s": 0.0, "compare_s": 0.0}

    def elements(dtype: str, nonfinite: bool) -> st.SearchStrategy:
        if dtype.startswith("int"):
            return st.integers(-1000, 1000)
        width = {"float16": 16, "float32": 32}.get(dtype, 64)
        if nonfinite:
            return st.floats(width=width)
        return st.floats(-1e3, 1e3, width=width)

    def run_torch(case: Any, xs: list[np.ndarray]) -> tuple[list[dict[str, np.ndarray]], bool]:
        plan = torch_plan(case)
        kwargs = dict(plan.kwargs)
        if "dtype" in kwargs:
            kwargs["dtype"] = getattr(torch, kwargs["dtype"])
        out: list[dict[str, np.ndarray]] = []
        try:
            module = torch.nn.BatchNorm1d(**kwargs)
            with torch.no_grad():
                for name, value in plan.assigned_init.items():
                    getattr(module, name).copy_(torch.tensor(value))
            for index, (x_np, train) in enumerate(zip(xs, plan.train_flags)):
                module.train(bool(train))
                module.zero_grad()
                x = torch.tensor(x_np, requires_grad=case.grad and x_np.dtype.kind == "f")
                y = module(x)
                step = {"output": y.detach().numpy().copy()}
                if x.requires_grad:
                    y.backward(torch.tensor(case.upstream_gradient(index, tuple(y.shape), x_np.dtype.name)))
                    step["grad_input"] = x.grad.numpy().copy()
                    if module.weight is not None:
                        step["grad_weight"] = module.weight.grad.numpy().copy()
                        step["grad_bias"] = module.bias.grad.numpy().copy()
                if module.running_mean is not None:
                    step["running_mean"] = module.running_mean.numpy().copy()
                    step["running_var"] = module.running_var.numpy().copy()
                out.append(step)
        except Exception as exc:
            if DEBUG:
                print("torch", type(exc).__name__, str(exc)[:100], file=sys.stderr)
            return out, False
        return out, True

    def run_mindspore(case: Any, xs: list[np.ndarray]) -> tuple[list[dict[str, np.ndarray]], bool] | None:
        plan = mindspore_nn_plan(case, convention)
        if isinstance(plan, Unmappable):
            return None
        kwargs = dict(plan.kwargs)
        if isinstance(kwargs.get("dtype"), str):
            kwargs["dtype"] = getattr(ms, kwargs["dtype"])
        out: list[dict[str, np.ndarray]] = []
        try:
            for name, value in plan.constructor_init.items():
                kwargs[name] = ms.Tensor(np.asarray(value), dtype=kwargs.get("dtype", ms.float32))
            cell = ms.nn.BatchNorm1d(**kwargs)
            for name, value in plan.assigned_init.items():
                param = getattr(cell, name)
                param.set_data(ms.Tensor(np.asarray(value), dtype=param.dtype))
            weights = [p for p in (getattr(cell, "gamma", None), getattr(cell, "beta", None))
                       if p is not None and p.requires_grad]
            for index, (x_np, train) in enumerate(zip(xs, plan.train_flags)):
                if train is not None:
                    cell.set_train(train)
                x = ms.Tensor(x_np)
                step: dict[str, np.ndarray] = {}
                if case.grad and x_np.dtype.kind == "f":
                    upstream = ms.Tensor(case.upstream_gradient(index, x_np.shape, x_np.dtype.name))

                    def loss(inp: Any, upstream: Any = upstream) -> tuple[Any, Any]:
                        y = cell(inp)
                        return (y * upstream).sum(), y

                    (_, y), grads = ms.value_and_grad(loss, grad_position=0, weights=weights or None, has_aux=True)(x)
                    grad_x, grad_w = grads if weights else (grads, ())
                    step["grad_input"] = grad_x.asnumpy()
                    if len(grad_w) == 2:
                        step["grad_weight"], step["grad_bias"] = grad_w[0].asnumpy(), grad_w[1].asnumpy()
                else:
                    y = cell(x)
                step["output"] = y.asnumpy()
                if case.track_running_stats:
                    step["running_mean"] = cell.moving_mean.asnumpy()
                    step["running_var"] = cell.moving_variance.asnumpy()
                out.append(step)
        except Exception as exc:
            if DEBUG:
                print("mindspore", type(exc).__name__, str(exc)[:100], file=sys.stderr)
            return out, False
        return out, True

    def compare(case: Any, left: tuple, right: tuple | None) -> None:
        if right is None:
            stats["unmappable"] += 1
            return
        (a_steps, a_ok), (b_steps, b_ok) = left, right
        if a_ok != b_ok:
            stats["parity_mismatches"] += 1
            if DEBUG:
                print("parity", a_ok, b_ok, case.describe(), file=sys.stderr)
        tol = 1e-2 if case.dtype == "float16" else 1e-3
        for a, b in zip(a_steps, b_steps):
            for key in set(a) & set(b):
                if a[key].shape != b[key].shape or not np.allclose(a[key], b[key], rtol=tol, atol=tol, equal_nan=True):
                    stats["mismatches"] += 1

    def parametrized_test(case: Any) -> Callable[[], None]:
        nonfinite = any(s.input.has_nonfinite for s in case.steps)
        values = arrays(np.dtype(case.dtype), case.shape, elements=elements(case.dtype, nonfinite))

        @settings(max_examples=args.examples_per_case, database=None, derandomize=True, deadline=None,
                  phases=[Phase.generate], suppress_health_check=list(HealthCheck))
        @given(data=st.data())
        def naive_test(data: Any) -> None:
            t0 = time.perf_counter()
            xs = [data.draw(values) for _ in case.steps]
            t1 = time.perf_counter()
            left = run_torch(case, xs)
            t2 = time.perf_counter()
            right = run_mindspore(case, xs)
            t3 = time.perf_counter()
            compare(case, left, right)
            t4 = time.perf_counter()
            stats["draw_s"] += t1 - t0
            stats["torch_s"] += t2 - t1
            stats["mindspore_s"] += t3 - t2
            stats["compare_s"] += t4 - t3
            stats["examples"] += 1

        return naive_test

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # untimed warm-up (first calls initialise kernels and autograd), as the harness's fixtures do
        from fuzz.model.case import Case, InputSpec, Mode, Step

        warm = Case(shape=(4, 3, 5), grad=True,
                    steps=(Step(Mode.TRAIN, InputSpec(seed=1)), Step(Mode.EVAL, InputSpec())))
        parametrized_test(warm)()
        for key in stats:
            stats[key] = type(stats[key])()
        started = time.perf_counter()
        for case in cases:
            parametrized_test(case)()
        seconds = time.perf_counter() - started
    try:
        synchronous = bool(ms.get_context("pynative_synchronize"))
    except Exception:  # noqa: BLE001 - the key may be gone in later releases
        synchronous = None
    write_json(args.json, {
        "cases": len(cases), "examples_per_case": args.examples_per_case, "import_s": round(import_s, 3),
        "seconds": seconds, **stats,
        "examples_per_s": stats["examples"] / seconds if seconds else None,
        "mindspore_mode": "PYNATIVE" if ms.get_context("mode") == ms.PYNATIVE_MODE else "GRAPH",
        "pynative_synchronize": synchronous, "memory": memory_mib(),
    })
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
