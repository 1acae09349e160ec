"""BatchNorm1d written out in tensor operations: the shape of a port layer, put under the harness by
import path (`--targets tests.examples.manual_batchnorm:ManualBatchNorm1d`).

`ManualBatchNorm1d` keeps torch.nn.BatchNorm1d's constructor, parameters, buffers and argument
checks (it subclasses it) and computes the forward itself, in float64: the batch statistics, the
normalisation, the affine transform and the running-statistics update, with autograd through those
operations for the gradients.  What it does not compute itself (a non-float input, parameters in a
dtype torch refuses beside the input's, a channel count other than num_features, an eps torch
refuses) it leaves to torch, so those raise torch's own errors.

(Written first with float32 statistics, as a port would be, the harness found it: its running
variance over a few thousand values per channel left the tolerance that torch's kernel keeps.)

`BiasedVarianceBatchNorm1d` is the same with one planted defect, the classic one of a port: the
running variance is updated with the biased batch variance (divided by N*L, not N*L - 1).  It hides
wherever no running variance is updated with batch statistics (eval steps, no tracked statistics,
momentum 0) and shrinks as N*L grows, so it is a corner, not an every-case defect.
"""

from __future__ import annotations

from typing import Any

import torch


def _reduced(dtype: torch.dtype) -> bool:
    return dtype in (torch.float16, torch.bfloat16)


class ManualBatchNorm1d(torch.nn.BatchNorm1d):
    bn_difffuzz_framework = "torch"

    def _computes(self, x: torch.Tensor) -> bool:
        """Whether this class computes the forward itself (else torch's own forward runs)."""
        if not x.is_floating_point() or x.dim() not in (2, 3) or x.size(1) != self.num_features:
            return False
        if not float(self.eps) > 0:  # torch refuses it in training; its own message
            return False
        tensors = [t for t in (self.weight, self.bias, self.running_mean, self.running_var) if t is not None]
        return all(t.dtype == x.dtype or (_reduced(x.dtype) and t.dtype == torch.float32) for t in tensors)

    def _unbiased(self, biased: torch.Tensor, count: int) -> torch.Tensor:
        return biased * (count / (count - 1))

    def forward(self, x: torch.Tensor) -> Any:
        if not self._computes(x):
            return super().forward(x)
        self._check_input_dim(x)
        factor = 0.0 if self.momentum is None else self.momentum
        if self.training and self.track_running_stats and self.num_batches_tracked is not None:
            self.num_batches_tracked.add_(1)
            factor = 1.0 / float(self.num_batches_tracked) if self.momentum is None else self.momentum
        batch = self.training or (self.running_mean is None and self.running_var is None)
        dims = [0] + list(range(2, x.dim()))
        shape = [1, -1] + [1] * (x.dim() - 2)
        compute = torch.float64
        xc = x.to(compute)
        count = x.numel() // x.size(1) if x.size(1) else 0
        if batch:
            if self.training:
                torch.nn.functional._verify_batch_size(x.size())  # torch's own check: one value per channel
            if count == 0:  # an empty batch: nothing to normalise, no statistics to average in
                return x * 1
            mean = xc.mean(dims)
            biased = ((xc - mean.view(shape)) ** 2).mean(dims)
            if self.training and self.running_mean is not None and self.running_var is not None:
                with torch.no_grad():
                    self.running_mean.mul_(1 - factor).add_((mean * factor).to(self.running_mean.dtype))
                    self.running_var.mul_(1 - factor).add_(
                        (self._unbiased(biased, count) * factor).to(self.running_var.dtype))
            var = biased
        else:
            assert self.running_mean is not None and self.running_var is not None
            mean, var = self.running_mean.to(compute), self.running_var.to(compute)
        y = (xc - mean.view(shape)) * torch.rsqrt(var.view(shape) + self.eps)
        if self.weight is not None and self.bias is not None:
            y = y * self.weight.to(compute).view(shape) + self.bias.to(compute).view(shape)
        return y.to(x.dtype)


class BiasedVarianceBatchNorm1d(ManualBatchNorm1d):
    """ManualBatchNorm1d with the planted defect: the running variance takes the biased batch variance."""

    def _unbiased(self, biased: torch.Tensor, count: int) -> torch.Tensor:
        return biased
