"""Any BatchNorm1d-like class by import path: `--targets package.module:Class`.

So that a maintainer can put a new kernel or a port layer under the same strategies, reference and
reports, a class qualifies by this small protocol (README, "A third implementation"):

- A `torch.nn.Module` that takes `torch.nn.BatchNorm1d`'s constructor arguments (`num_features`,
  `eps`, `momentum`, `affine`, `track_running_stats`, `device`, `dtype`), is called on the input,
  keeps `weight`/`bias` (None without affine) and `running_mean`/`running_var` (None when not
  tracking) and its whole state in `state_dict()`: it runs exactly as torch.nn does.
- Or a `mindspore.nn.Cell` with either mindspore.nn.BatchNorm1d's signature (`use_batch_statistics`
  marks it; momentum weighs the old value; parameters `gamma`/`beta`/`moving_mean`/`moving_variance`)
  or torch's (as mindspore.mint.nn.BatchNorm1d: torch's arguments and names): it runs as the
  MindSpore targets do, mapped by the convention its signature shows.

The class's base says which; a class attribute `bn_difffuzz_framework = "torch"` (or
`"mindspore"`) says it explicitly.  A class that cannot be imported or fits neither is reported
as unavailable with the reason, never as a finding.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

from fuzz.execution.adapters.base import Adapter, AdapterUnavailable
from fuzz.execution.adapters.mindspore_common import MindSporeAdapterBase
from fuzz.execution.adapters.torch_nn import TorchNnAdapter
from fuzz.model.case import Case
from fuzz.model.mapping import MS_NAMES, TORCH_NAMES, Convention, ModulePlan, Unmappable, mindspore_mint_plan

#: the class attribute by which a class names its framework
FRAMEWORK_ATTRIBUTE = "bn_difffuzz_framework"


def load_class(path: str) -> type:
    """The class `package.module:Class` names (a dotted Class reaches a nested one)."""
    module_name, _, qualname = path.partition(":")
    if os.getcwd() not in sys.path:  # as `python -m` would: the current directory's packages (the console script's too)
        sys.path.append(os.getcwd())
    try:
        found: Any = importlib.import_module(module_name)
    except Exception as exc:
        raise AdapterUnavailable(f"{path}: module {module_name} cannot be imported: {type(exc).__name__}: {exc}") \
            from exc
    for part in qualname.split("."):
        if not hasattr(found, part):
            raise AdapterUnavailable(f"{path}: {module_name} has no {qualname}")
        found = getattr(found, part)
    if not isinstance(found, type):
        raise AdapterUnavailable(f"{path} is a {type(found).__name__}, not a class")
    return found


def framework_of(cls: type) -> str | None:
    """torch or mindspore: as the class declares it, else as its base classes show (None: neither)."""
    declared = getattr(cls, FRAMEWORK_ATTRIBUTE, None)
    if declared is not None:
        return str(declared)
    bases = {f"{base.__module__}.{base.__qualname__}" for base in cls.__mro__}
    if "torch.nn.modules.module.Module" in bases:
        return "torch"
    if "mindspore.nn.cell.Cell" in bases:
        return "mindspore"
    return None


def imported_adapter(path: str, backend: str = "cpu") -> Adapter:
    """The adapter running the class at `path` by its framework's protocol."""
    cls = load_class(path)
    framework = framework_of(cls)
    if framework == "torch":
        return ImportedTorchAdapter(cls, path, backend)
    if framework == "mindspore":
        return ImportedMindSporeAdapter(cls, path, backend)
    raise AdapterUnavailable(f"{path}: a BatchNorm1d-like class is a torch.nn.Module or a mindspore.nn.Cell (or says "
                             f"which by {FRAMEWORK_ATTRIBUTE} = 'torch' | 'mindspore'); {cls.__name__} is neither"
                             + (f" ({FRAMEWORK_ATTRIBUTE} = {getattr(cls, FRAMEWORK_ATTRIBUTE)!r})"
                                if hasattr(cls, FRAMEWORK_ATTRIBUTE) else ""))


def _class_version(cls: type) -> str:
    module = importlib.import_module(cls.__module__.partition(".")[0])
    return str(getattr(module, "__version__", "unversioned"))


class ImportedTorchAdapter(TorchNnAdapter):
    """A torch-convention class, run as torch.nn.BatchNorm1d is."""

    def __init__(self, cls: type, path: str, backend: str = "cpu") -> None:
        self._class = cls
        super().__init__(backend)
        self.api = self.target = path
        self.versions = {**self.versions, path: _class_version(cls)}

    def lookup_class(self) -> type:
        return self._class


class ImportedMindSporeAdapter(MindSporeAdapterBase):
    """A MindSpore Cell, mapped by the convention its signature shows (mindspore.nn's or torch's)."""

    def __init__(self, cls: type, path: str, backend: str = "cpu") -> None:
        self._class = cls
        self.api = path
        super().__init__(backend)
        legacy = self.convention is Convention.MINDSPORE_LEGACY
        self.param_names = MS_NAMES if legacy else {name: name for name in TORCH_NAMES}
        self.versions = {**self.versions, path: _class_version(cls)}

    def lookup_class(self) -> type:
        return self._class

    def plan(self, case: Case) -> ModulePlan | Unmappable:
        # mint's planner: torch's terms for a torch-convention Cell, mindspore.nn's rules for a legacy one
        return mindspore_mint_plan(case, self.convention)
