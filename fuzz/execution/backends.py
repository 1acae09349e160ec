"""Which backends each framework can use here, and which framework/backend pairs a run compares.

Backends are named `cpu`, `gpu` (CUDA for torch, MindSpore's GPU target) and `ascend` (torch
through `torch_npu`, MindSpore's Ascend target).  `discover()` says, for each framework and
backend, whether it works and, if not, why in plain words (no device, package missing, plugin fails
to load).  MindSpore's device target is process-wide, so its GPU and Ascend targets are probed in a
subprocess.

A *pairing* is two sides, each a target on a backend: `torch.nn@cpu~mindspore.nn@cpu` is the usual
one; `torch.nn@cpu~torch.nn@gpu` compares one framework across devices.  `--backend` takes
`cpu`, `gpu`, `ascend`, `all`, or an explicit pair such as `torch:gpu,mindspore:cpu`.  A *naive-port*
pairing is a pairing with one mapping rule switched off for its MindSpore side, named with the rule:
`torch.nn@cpu~mindspore.nn@cpu!naive:momentum` (`Pairing.parse` reads every name back).
"""

from __future__ import annotations

import functools
import subprocess
import sys
from dataclasses import dataclass

from fuzz.execution.devices import ALIASES as _ALIASES
from fuzz.execution.devices import BACKENDS, MINDSPORE_DEVICE_TARGETS
from fuzz.model.targets import api_of, mode_of

_FRAMEWORK_TARGETS = {"torch": "torch.nn", "mindspore": "mindspore.nn", "mindspore.nn": "mindspore.nn",
                      "mindspore.mint": "mindspore.mint", "torch.nn": "torch.nn"}


class BackendError(ValueError):
    """A --backend value is malformed or names a backend that is not available here."""


@dataclass(frozen=True)
class BackendStatus:
    framework: str  # "torch" or "mindspore"
    backend: str
    available: bool
    reason: str = ""


@dataclass(frozen=True)
class Side:
    target: str
    backend: str

    @property
    def framework(self) -> str:
        """torch or mindspore (any mode), or `imported` for a class by import path."""
        return "imported" if ":" in self.target else self.target.split(".")[0]

    def __str__(self) -> str:
        return f"{self.target}@{self.backend}"


#: what separates a naive-port pairing's rule from the pairing it switches the rule off in
NAIVE_MARK = "!naive:"


@dataclass(frozen=True)
class Pairing:
    """Two sides compared; `naive` names the mapping rule (`fuzz.model.case.MAPPING_RULES`) the
    right side's cases run without, as a port that never read the mapping would (None: all rules)."""

    left: Side
    right: Side
    naive: str | None = None

    @property
    def name(self) -> str:
        return f"{self.left}~{self.right}" + (f"{NAIVE_MARK}{self.naive}" if self.naive else "")

    @property
    def base(self) -> Pairing:
        """The same sides with every rule applied: what a naive-port pairing is measured against."""
        return Pairing(self.left, self.right)

    def without(self, rule: str) -> Pairing:
        """This pairing with `rule` switched off."""
        return Pairing(self.left, self.right, rule)

    @classmethod
    def parse(cls, name: str) -> Pairing:
        """The pairing a `name` (as written by `.name`) stands for."""
        sides, mark, rule = name.strip().partition(NAIVE_MARK)
        parts = sides.split("~")
        if len(parts) != 2 or not all("@" in part for part in parts) or (mark and not rule):
            raise BackendError(f"{name!r} is not a pairing name such as torch.nn@cpu~mindspore.nn@cpu "
                               f"(or ...{NAIVE_MARK}RULE)")
        left, right = (Side(*part.split("@", 1)) for part in parts)
        return cls(left, right, rule or None)

    def __str__(self) -> str:
        return self.name


def base_name(name: str) -> str:
    """The pairing name without its naive-port rule (the name itself for a pairing with every rule)."""
    return name.partition(NAIVE_MARK)[0]


def _torch_status(backend: str) -> BackendStatus:
    try:
        import torch
    except Exception as exc:
        return BackendStatus("torch", backend, False, f"torch cannot be imported: {exc}")
    if backend == "cpu":
        return BackendStatus("torch", "cpu", True)
    if backend == "gpu":
        if torch.version.cuda is None:
            return BackendStatus("torch", "gpu", False, f"torch {torch.__version__} is a CPU-only build (no CUDA)")
        if not torch.cuda.is_available():
            return BackendStatus("torch", "gpu", False,
                                 "torch has CUDA but sees no GPU (torch.cuda.is_available() is False)")
        return BackendStatus("torch", "gpu", True, torch.cuda.get_device_name(0))
    try:
        import torch_npu
    except ImportError:
        return BackendStatus("torch", "ascend", False, "the torch_npu package (torch's Ascend plugin) is not installed")
    except Exception as exc:
        return BackendStatus("torch", "ascend", False, f"torch_npu fails to load: {type(exc).__name__}: {exc}")
    if not torch_npu.npu.is_available():  # the module torch_npu registers as torch.npu
        return BackendStatus("torch", "ascend", False, "torch_npu is installed but sees no Ascend NPU")
    return BackendStatus("torch", "ascend", True)


_MINDSPORE_PROBE = """
import os, sys, warnings
os.environ.setdefault("GLOG_v", "3")
warnings.simplefilter("ignore")
import numpy as np, mindspore as ms
ms.set_context(mode=ms.PYNATIVE_MODE, device_target=sys.argv[1])
print(ms.ops.add(ms.Tensor(np.ones(2, np.float32)), ms.Tensor(np.ones(2, np.float32))).asnumpy())
"""


def _mindspore_status(backend: str) -> BackendStatus:
    if backend == "cpu":
        try:
            import importlib.util

            found = importlib.util.find_spec("mindspore") is not None
        except Exception as exc:
            return BackendStatus("mindspore", "cpu", False, f"mindspore cannot be found: {exc}")
        return BackendStatus("mindspore", "cpu", found, "" if found else "mindspore is not installed")
    target = MINDSPORE_DEVICE_TARGETS[backend]
    try:
        proc = subprocess.run([sys.executable, "-c", _MINDSPORE_PROBE, target], capture_output=True, text=True,
                              timeout=180)
    except subprocess.TimeoutExpired:
        return BackendStatus("mindspore", backend, False, f"probing MindSpore's {target} target timed out")
    if proc.returncode == 0:
        return BackendStatus("mindspore", backend, True)
    lines = [line.strip() for line in (proc.stderr or proc.stdout).splitlines() if line.strip()]
    # the exception line ("RuntimeError: Unsupported device target GPU. This process only supports ...")
    detail = next((line for line in reversed(lines) if line.split(":")[0].endswith(("Error", "Exception"))),
                  lines[-1] if lines else "no output")
    first_sentence = detail.split(". Please")[0]
    return BackendStatus("mindspore", backend, False, f"MindSpore cannot run on {target}: {first_sentence[:300]}")


@functools.lru_cache(maxsize=None)
def status(framework: str, backend: str) -> BackendStatus:
    backend = _ALIASES[backend]
    return _torch_status(backend) if framework == "torch" else _mindspore_status(backend)


def discover() -> list[BackendStatus]:
    """Every framework/backend combination, with whether it works and why not."""
    return [status(framework, backend) for framework in ("torch", "mindspore") for backend in BACKENDS]


def _side(text: str) -> Side:
    framework, sep, backend = text.strip().rpartition(":")
    known = framework in _FRAMEWORK_TARGETS or mode_of(framework).compiled
    if not sep or not known or backend not in _ALIASES:
        raise BackendError(f"{text.strip()!r} is not FRAMEWORK:BACKEND (frameworks: torch, mindspore, mindspore.mint, "
                           f"or a compiled target such as mindspore.nn+graph; backends: {', '.join(BACKENDS)})")
    return Side(_FRAMEWORK_TARGETS.get(framework, framework), _ALIASES[backend])


def target_pairings(target: str, backend: str) -> list[Pairing]:
    """The pairings one `--targets` entry makes on `backend`: each target against eager torch.nn
    (what a porter compares), and a compiled MindSpore target also against its own eager mode (the
    mode oracle); torch.nn+compile is paired with eager torch.nn, which is both."""
    api = api_of(target)
    out = [Pairing(Side("torch.nn", backend), Side(target, backend))]
    if api != target and api != "torch.nn":
        out.append(Pairing(Side(api, backend), Side(target, backend)))
    return out


def pairings_for(spec: str, targets: tuple[str, ...] = ("mindspore.nn",)) -> tuple[list[Pairing], bool]:
    """The pairings a --backend value asks for, and whether the request was explicit (not `all`)."""
    spec = spec.strip()
    if spec in _ALIASES:
        backend = _ALIASES[spec]
        return [p for t in targets for p in target_pairings(t, backend)], True
    if spec == "all":
        out = [p for b in BACKENDS for t in targets for p in target_pairings(t, b)]
        for b in ("gpu", "ascend"):  # the same framework across devices
            out.append(Pairing(Side("torch.nn", "cpu"), Side("torch.nn", b)))
            out.append(Pairing(Side("mindspore.nn", "cpu"), Side("mindspore.nn", b)))
        return out, False
    parts = spec.split(",")
    if len(parts) != 2:
        raise BackendError(f"--backend {spec!r}: use cpu, gpu, ascend, all, or a pair like torch:gpu,mindspore:cpu")
    return [Pairing(_side(parts[0]), _side(parts[1]))], True


def resolve(spec: str, targets: tuple[str, ...] = ("mindspore.nn",)) -> tuple[list[Pairing], list[dict[str, str]]]:
    """Usable pairings and skipped ones with reasons.  An explicit request for a missing backend is
    an error (BackendError), `all` skips what is missing and says why."""
    pairings, explicit = pairings_for(spec, targets)
    usable, skipped = [], []
    for pairing in pairings:
        # CPU is not probed here (that would import torch at start-up): its adapter reports a missing
        # framework itself, as the harness-cannot-run error
        problems = [status(side.framework, side.backend) for side in (pairing.left, pairing.right)
                    if side.backend != "cpu" and side.framework in ("torch", "mindspore")]
        missing = [p for p in problems if not p.available]
        if missing:
            reason = "; ".join(f"{p.framework} {p.backend}: {p.reason}" for p in missing)
            if explicit:
                raise BackendError(f"--backend {spec}: {pairing.name} is not available here ({reason})")
            skipped.append({"pairing": pairing.name, "reason": reason})
        else:
            usable.append(pairing)
    if not usable:
        raise BackendError(f"--backend {spec}: no pairing is available here")
    return usable, skipped
