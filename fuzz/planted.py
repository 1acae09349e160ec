"""Planted defects in torch.nn.BatchNorm1d, to prove the harness catches each kind of difference.

`plant(kind)` patches the real class in this process; `tests/planted_site/sitecustomize.py` calls
it at interpreter start when FUZZ_PLANTED_BUG is set, so a planted bug is seen by `python -m fuzz
run` and by the standalone repro scripts alike.  Each defect is small but well beyond tolerance.
"""

from __future__ import annotations

from typing import Any, Callable

PLANTED_KINDS = ("output", "running_mean", "running_var", "grad_input", "grad_weight", "grad_bias", "error_parity",
                 "nan_parity")


def plant(kind: str) -> Callable[[], None]:
    """Patch torch.nn.BatchNorm1d.forward with the defect `kind`; returns a function that undoes it."""
    import torch

    if kind not in PLANTED_KINDS:
        raise ValueError(f"unknown planted bug {kind!r}; choose from {', '.join(PLANTED_KINDS)}")
    cls = torch.nn.BatchNorm1d
    original = cls.forward

    def forward(self: Any, x: Any) -> Any:
        if kind == "error_parity" and x.dim() >= 2 and x.shape[0] > 1 and x.shape[0] % 2 == 1:
            raise ValueError("planted: odd batch sizes are rejected")
        y = original(self, x)
        shape = (1, -1) + (1,) * (x.dim() - 2)
        # (t - t.detach()) is exactly 0 in value but adds to the gradient of t: a gradient-only defect
        if kind == "grad_input" and x.requires_grad:
            y = y + 0.05 * (x - x.detach())
        if kind in ("grad_weight", "grad_bias") and self.affine:
            param = self.weight if kind == "grad_weight" else self.bias
            y = y + 0.05 * (param - param.detach()).view(shape) * (1 + x.detach().abs())
        if kind == "output" and y.numel():
            y = y + 0.01 * (y.detach().abs().max() + 1)
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

    cls.forward = forward

    def undo() -> None:
        cls.forward = original

    return undo
