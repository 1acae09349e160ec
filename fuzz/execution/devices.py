"""Backend names, and what each framework calls the device behind one.

The harness names a backend `cpu`, `gpu` or `ascend` (`cuda` and `npu` are accepted spellings);
torch and MindSpore each have their own name for it.  The adapters, the device probes
(`backends`) and the repro writer all read these tables.
"""

from __future__ import annotations

BACKENDS = ("cpu", "gpu", "ascend")
#: accepted spelling -> backend name
ALIASES = {"cuda": "gpu", "npu": "ascend", "cpu": "cpu", "gpu": "gpu", "ascend": "ascend"}
#: backend -> MindSpore's `device_target`
MINDSPORE_DEVICE_TARGETS = {"cpu": "CPU", "gpu": "GPU", "ascend": "Ascend"}
#: backend -> torch's device type (`ascend` is torch_npu's `npu`)
TORCH_DEVICES = {"cpu": "cpu", "gpu": "cuda", "ascend": "npu"}


def mindspore_device_target(backend: str) -> str | None:
    """MindSpore's device_target for a backend or its alias (None: not a backend)."""
    return MINDSPORE_DEVICE_TARGETS.get(ALIASES.get(backend, ""))


def torch_device(backend: str) -> str | None:
    """torch's device type for a backend or its alias (None: not a backend)."""
    return TORCH_DEVICES.get(ALIASES.get(backend, ""))
