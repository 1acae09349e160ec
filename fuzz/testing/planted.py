"""Planted defects in torch.nn.BatchNorm1d, to prove the harness catches, shrinks and attributes them.

`plant(name)` patches the real class in this process; `tests/planted_site/sitecustomize.py` calls
it at interpreter start when FUZZ_PLANTED_BUG is set, so a planted bug is seen by `python -m fuzz
run` (its worker processes included) and by the standalone repro scripts alike.

Two families:
- `PLANTED_KINDS`: one defect per kind of finding, firing on nearly every case (the fuzz targets
  must each catch their own).
- `CORNER_DEFECTS`: each fires only in one corner of the case space (a step mode, the k-th call of
  a module, a parameter range, a shape, a dtype, initial values), or on a random half of the
  modules built (so each replay of a case is a coin toss), or crashes/hangs/eats memory for one
  channel count.  A defect that any case trips proves
  little about search, shrinking or attribution; these are what the campaign must survive.
Each defect is small but well beyond tolerance.
"""

from __future__ import annotations

import os
import random
import signal
import time
from dataclasses import dataclass
from typing import Any, Callable

from fuzz.execution.adapters.tensors import is_view
from fuzz.model.case import Case, eps_has_value, is_real_number
from fuzz.model.vocabulary import TARGET_KINDS, Kind

#: one defect per kind that has a fuzz target (each target must catch its own)
PLANTED_KINDS: tuple[str, ...] = tuple(kind.value for kind in TARGET_KINDS)


@dataclass(frozen=True)
class CornerDefect:
    """A defect that shows only in one corner; `kind` is the finding kind it must produce, and
    `covers` says whether a case lies in the corner (every finding it causes must)."""

    kind: Kind
    corner: str  # in words, for test ids and the benchmark's table
    covers: Callable[[Case], bool]


#: the per-channel reduction length (N * L) past which `long_reduction` fires
LONG_REDUCTION = 100_000


def _channels(case: Case) -> int:
    return case.shape[1] if len(case.shape) >= 2 else -1


def _torch_eval_step(case: Case) -> bool:
    """torch runs a step in eval mode: an eval step, or every step of a frozen-statistics case."""
    return not all(case.training_steps)


def _train_steps(case: Case) -> int:
    return sum(case.training_steps)


#: name -> the defect's expected finding kind and its corner.  `plant` implements each.
CORNER_DEFECTS: dict[str, CornerDefect] = {
    "eval_shift": CornerDefect(Kind.OUTPUT, "eval steps only: the output is shifted", _torch_eval_step),
    # what only a compiled target can show: the eager module is right (fuzz/model/targets.py)
    "compiled_eval_shift": CornerDefect(Kind.OUTPUT, "eval steps under torch.compile only: the compiled graph's "
                                        "output is shifted, eager torch is right", _torch_eval_step),
    "third_train_call": CornerDefect(Kind.RUNNING_VAR, "the module's third training call: its variance update is off",
                                     lambda c: _train_steps(c) >= 3 and c.track_running_stats),
    "low_momentum": CornerDefect(Kind.RUNNING_MEAN, "momentum below 0.02: the running mean moves too far",
                                 lambda c: (is_real_number(c.momentum) and bool(c.momentum < 0.02)
                                            and c.track_running_stats)),
    "wide_channels": CornerDefect(Kind.OUTPUT, "inputs with at least 40 channels: the output is off",
                                  lambda c: _channels(c) >= 40),
    "three_d_grad": CornerDefect(Kind.GRAD_INPUT, "(N, C, L) inputs only: the input gradient is off",
                                 lambda c: len(c.shape) == 3 and c.grad),
    "float16_grad_bias": CornerDefect(Kind.GRAD_BIAS, "float16 inputs only: the bias gradient is off",
                                      lambda c: c.dtype == "float16" and c.affine and c.grad),
    "negative_weight": CornerDefect(Kind.OUTPUT, "an initial weight below zero: the output is off",
                                    lambda c: c.affine and c.weight is not None and min(c.weight) < 0),
    "random_half": CornerDefect(Kind.OUTPUT, "a random half of the modules built (decided at each one's first call): "
                                "the output is off (flaky)", lambda c: True),
    "eval_counts_batches": CornerDefect(Kind.STATE, "eval steps with tracked statistics: num_batches_tracked "
                                        "counts them too (a silent change of state, nothing else)",
                                        lambda c: c.track_running_stats and not all(c.training_steps)),
    "crash_c7": CornerDefect(Kind.CRASH, "inputs with exactly 7 channels: the process dies with SIGSEGV",
                             lambda c: _channels(c) == 7),
    "hang_c5": CornerDefect(Kind.TIMEOUT, "inputs with exactly 5 channels: the call never returns",
                            lambda c: _channels(c) == 5),
    "memory_c6": CornerDefect(Kind.CRASH, "inputs with exactly 6 channels: memory grows without end",
                              lambda c: _channels(c) == 6),
    # only the large-batch stratum (strategies/large.py) draws such inputs: the common draws stop at
    # 4 * 10^4 elements in all
    "long_reduction": CornerDefect(Kind.OUTPUT, f"more than {LONG_REDUCTION:,} values per channel (N * L): "
                                   "the output is off", lambda c: c.values_per_channel > LONG_REDUCTION),
}


def plant(name: str) -> Callable[[], None]:
    """Patch torch.nn.BatchNorm1d.forward with the defect `name`; returns a function that undoes it."""
    import torch

    if name not in PLANTED_KINDS and name not in CORNER_DEFECTS:
        raise ValueError(f"unknown planted bug {name!r}; "
                         f"choose from {', '.join(PLANTED_KINDS + tuple(CORNER_DEFECTS))}")
    # Any: the class is patched in place, and a type checker rejects assigning to a method
    cls: Any = torch.nn.BatchNorm1d
    original = cls.forward
    wrapped = (_kind_defect(name, original) if name in PLANTED_KINDS
               else _argument_defect(name, original) if name in ARGUMENT_DEFECTS
               else _precision_defect(name, original) if name in PRECISION_DEFECTS
               else _corner_defect(name, original))
    cls.forward = wrapped

    def undo() -> None:
        cls.forward = original

    return undo


def first_row_bump(x: Any) -> Any:
    """The `metamorphic` kind's defect, as an array to add to the output of input `x` (a NumPy array):
    the batch's first row gets 0.05 * (1 + |x|), as a kernel that handles its first tile apart would.
    Permuting the batch, flattening (N, C, L), scaling the input or adding to it then changes what
    the output should not, while the frameworks may still agree with each other (planted in both)."""
    import numpy as np

    bump = np.zeros(x.shape, dtype=np.float64)
    if x.ndim >= 2 and x.shape[0]:
        bump[0] = 0.05 * (1 + np.abs(x[0].astype(np.float64)))
    return bump


def plant_mindspore_first_row(target_class: Any) -> Callable[[], None]:
    """`first_row_bump` planted in a MindSpore BatchNorm1d class (`mindspore.nn.BatchNorm1d`) in this
    process; returns a function that undoes it.  tests/test_metamorphic.py plants it beside torch's."""
    import mindspore as ms

    original = target_class.construct

    def construct(self: Any, x: Any) -> Any:
        y = original(self, x)
        if len(x.shape) < 2 or not x.shape[0]:
            return y
        return y + ms.Tensor(first_row_bump(x.asnumpy()), dtype=y.dtype)

    target_class.construct = construct

    def undo() -> None:
        target_class.construct = original

    return undo


def _kind_defect(kind: str, original: Callable[..., Any]) -> Callable[..., Any]:
    import torch

    def forward(self: Any, x: Any) -> Any:
        if kind == "error_class":  # rejects what it rejected, with a class no except clause expects
            try:
                return original(self, x)
            except ValueError as exc:
                raise LookupError(f"planted: {exc}") from None
        if kind == "error_parity" and x.dim() >= 2 and x.shape[0] > 1 and x.shape[0] % 2 == 1:
            raise ValueError("planted: odd batch sizes are rejected")
        y = original(self, x)
        shape = (1, -1) + (1,) * (x.dim() - 2)
        # (t - t.detach()) is exactly 0 in value but adds to the gradient of t: a gradient-only defect
        if kind == "grad_input" and x.requires_grad:
            y = y + 0.05 * (x - x.detach())
        if kind in ("grad_weight", "grad_bias") and self.affine:
            param = self.weight if kind == "grad_weight" else self.bias
            y = y + (0.05 * (param - param.detach()).view(shape) * (1 + x.detach().abs())).to(y.dtype)
        if kind == "output" and y.numel():
            y = y + 0.01 * (y.detach().abs().max() + 1)
        if kind == "precision" and y.numel() and y.dtype == torch.float32 and bool(torch.isfinite(y).all()):
            # six float32 ulps of the largest output, all one way: far inside the tolerance, several times
            # the peer's rounding (a side that is right, but less accurate than it could be)
            y = y + 6 * torch.finfo(torch.float32).eps * y.detach().abs().max()
        if kind == "metamorphic" and x.dim() >= 2 and x.shape[0]:  # the batch's first row is treated apart
            y = y + torch.as_tensor(first_row_bump(x.detach().float().cpu().numpy()), dtype=y.dtype, device=y.device)
        if kind == "state" and self.track_running_stats:  # a silent change: the counter moves twice a call
            self.num_batches_tracked.data.add_(1)
        if kind == "nan_parity" and y.numel() and not torch.isnan(x).any():
            y = y.clone()
            y.view(-1)[0] = float("nan")
        if self.training and self.track_running_stats and x.shape[0] > 0:
            # through .data: the buffers may be saved for backward, and a planted defect must not
            # trip autograd's in-place check (that would be an error-parity finding instead)
            if kind == "running_mean":
                self.running_mean.data.add_(0.01 * (self.running_mean.data.abs().max() + 1))
            if kind == "running_var":
                self.running_var.data.mul_(1.02)
        return y

    return forward


#: the random half's coin: the OS's randomness, since Hypothesis reseeds the `random` module before
#: every example of a test (a planted defect in the test's own process would then never vary)
_COIN = random.SystemRandom()


def _shifted(y: Any) -> Any:
    """The output moved by 5% of its magnitude (plus 0.05): far beyond any tolerance, finite."""
    return y + 0.05 * (y.detach().abs().max() + 1) if y.numel() else y


def _corner_defect(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
    import torch

    def forward(self: Any, x: Any) -> Any:
        if name == "compiled_eval_shift":  # traced into the graph, never run eagerly
            y = original(self, x)
            return _shifted(y) if torch.compiler.is_compiling() and not self.training else y
        channels = x.shape[1] if x.dim() >= 2 else -1
        if name == "crash_c7" and channels == 7:
            os.kill(os.getpid(), signal.SIGSEGV)
        if name == "hang_c5" and channels == 5:
            time.sleep(3600)
        if name == "memory_c6" and channels == 6:
            hoard = []
            while True:  # 256 MB a step, written so that it is resident
                hoard.append(torch.ones(32 * 1024 * 1024, dtype=torch.float64))
                time.sleep(0.01)
        if name == "third_train_call" and self.training:
            calls = getattr(self, "_planted_train_calls", 0) + 1
            object.__setattr__(self, "_planted_train_calls", calls)
        y = original(self, x)
        finite = not torch.isnan(x).any() and not torch.isinf(x).any()
        if name == "eval_shift" and not self.training and finite:
            y = _shifted(y)
        if name == "wide_channels" and channels >= 40 and finite:
            y = _shifted(y)
        if name == "negative_weight" and self.affine and bool((self.weight.detach() < 0).any()) and finite:
            y = _shifted(y)
        if name == "random_half" and finite:
            if not hasattr(self, "_planted_fires"):  # decided once per module: each replay is a coin toss
                object.__setattr__(self, "_planted_fires", _COIN.random() < 0.5)
            if self._planted_fires:
                y = _shifted(y)
        # (t - t.detach()) is exactly 0 in value only where t is finite: NaN/Inf inputs are left alone,
        # or the gradient defect would show in the output too
        if name == "three_d_grad" and x.dim() == 3 and x.requires_grad and finite:
            y = y + 0.05 * (x - x.detach())
        if name == "float16_grad_bias" and x.dtype == torch.float16 and self.affine and finite:
            shape = (1, -1) + (1,) * (x.dim() - 2)
            # in y's dtype: a float32 bias must not promote a float16 output (that would show in values)
            y = y + (0.05 * (self.bias - self.bias.detach()).view(shape) * (1 + x.detach().abs())).to(y.dtype)
        if name == "long_reduction" and channels > 0 and x.numel() // channels > LONG_REDUCTION and finite:
            y = _shifted(y)
        if name == "eval_counts_batches" and not self.training and self.track_running_stats:
            self.num_batches_tracked.data.add_(1)
        if self.training and self.track_running_stats and x.shape[0] > 1:
            if name == "third_train_call" and self._planted_train_calls == 3:
                self.running_var.data.mul_(1.25)
            momentum = self.momentum
            if name == "low_momentum" and momentum is not None and momentum < 0.02:
                self.running_mean.data.add_(0.05 * (self.running_mean.data.abs().max() + 1))
        return y

    return forward


# ---- defects in how arguments and inputs are typed and laid out (strategies/arguments.py, Layout)

def _non_float_eps(case: Case) -> bool:
    """eps passed as a number of another type than Python's float: eps=1, a NumPy scalar."""
    return type(case.eps) is not float and eps_has_value(case.eps)


def _viewed_input(case: Case) -> bool:
    """Some step's input reaches the frameworks as a transposed or strided view."""
    return any(is_view(step.input.layout, case.shape) for step in case.steps)


#: corner defects of argument types and input layouts (also in CORNER_DEFECTS)
ARGUMENT_DEFECTS: dict[str, CornerDefect] = {
    "non_float_eps": CornerDefect(Kind.OUTPUT, "eps passed as an int or a NumPy scalar (eps=1, numpy.float32(1e-3)): "
                                  "normalised with ten times its value", _non_float_eps),
    "noncontiguous_input": CornerDefect(Kind.OUTPUT, "a non-contiguous input (a transposed or strided view): "
                                        "the output is off", _viewed_input),
}
CORNER_DEFECTS.update(ARGUMENT_DEFECTS)


# ---- losses of precision that stay inside the tolerance (fuzz/oracle/precision.py)

def _constant_channel_in_batch_statistics(case: Case) -> bool:
    """A step normalised with batch statistics whose input has a channel of one value."""
    return any(step.input.constant_channels and (training or not case.track_running_stats)
               for step, training in zip(case.steps, case.training_steps))


#: precision defects (also in CORNER_DEFECTS): each is inside today's tolerance where it shows
PRECISION_DEFECTS: dict[str, CornerDefect] = {
    "one_pass_variance": CornerDefect(Kind.PRECISION, "training steps with tracked statistics: the running "
                                      "variance is updated with the one-pass E[x^2] - E[x]^2 in float32",
                                      lambda c: c.track_running_stats and any(c.training_steps)),
    "constant_channel_off": CornerDefect(Kind.PRECISION, "a constant channel in a step with batch statistics: "
                                         "its output misses beta by 16 float32 ulps of |weight| + |bias|",
                                         _constant_channel_in_batch_statistics),
}
CORNER_DEFECTS.update(PRECISION_DEFECTS)


def _precision_defect(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
    import torch

    def forward(self: Any, x: Any) -> Any:
        axes = [0] if x.dim() == 2 else [0, 2]
        shape = (1, -1) + (1,) * (x.dim() - 2)
        tracking = self.training and self.track_running_stats and x.shape[0] > 0
        before = self.running_var.detach().clone() if tracking and name == "one_pass_variance" else None
        y = original(self, x)
        finite = bool(torch.isfinite(x).all()) if x.is_floating_point() and x.numel() else False
        if name == "one_pass_variance" and before is not None and finite:
            values = x.detach().float()
            n = values.numel() // max(values.shape[1], 1)
            if n > 1:
                one_pass = (values * values).mean(dim=axes) - values.mean(dim=axes) ** 2
                momentum = (1.0 / float(self.num_batches_tracked) if self.momentum is None else self.momentum)
                update = (1 - momentum) * before.float() + momentum * one_pass * n / (n - 1)
                self.running_var.data.copy_(update.to(self.running_var.dtype))
        if name == "constant_channel_off" and (self.training or not self.track_running_stats) and finite:
            values = x.detach()
            constant = (values.amax(dim=axes) == values.amin(dim=axes)).view(shape)
            scale = (self.weight.detach().abs() + self.bias.detach().abs() if self.affine
                     else torch.ones(x.shape[1], device=x.device)).view(shape)
            off = 16 * torch.finfo(torch.float32).eps * scale * constant
            y = y + off.to(y.dtype)
        return y

    return forward


def _argument_defect(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
    import torch

    def forward(self: Any, x: Any) -> Any:
        finite = not torch.isnan(x).any() and not torch.isinf(x).any() if x.is_floating_point() else True
        if name == "non_float_eps" and type(self.eps) is not float and is_real_number(self.eps):
            # a port that converts a number of another type itself and gets it wrong (a string is
            # left to torch); the attribute is put back, so that what a user reads is unchanged
            given = self.eps
            self.eps = 10 * float(given)
            try:
                return original(self, x)
            finally:
                self.eps = given
        y = original(self, x)
        if name == "noncontiguous_input" and not x.is_contiguous() and finite:
            y = _shifted(y)
        return y

    return forward
