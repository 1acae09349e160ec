"""Target names: an implementation (its API) and the execution mode it runs in.

A target is named `API` or `API+MODE`: `torch.nn`, `mindspore.nn`, `mindspore.mint`, or any
BatchNorm1d-like class by import path (`package.module:Class`, fuzz/execution/adapters/imported.py),
optionally followed by a compiled mode its framework offers (`COMPILED_MODES`):
`mindspore.nn+graph` (the context's GRAPH_MODE), `mindspore.nn+jit` (`mindspore.jit` on a function
that calls the Cell and takes gradients), `mindspore.mint+graph`, `torch.nn+compile`
(`torch.compile`, the default inductor backend).  The mapping, the state API and the known
differences are the API's; the mode only changes how the same calls are executed, so everything
that plans or names a case looks the API up (`api_of`) and the mode is recorded beside it.

This module is the one place these names are parsed; it imports no framework.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

#: what separates an API from its execution mode in a target name
MODE_MARK = "+"


class ExecutionMode(str, Enum):
    """How a target's calls are executed."""

    EAGER = "eager"  # torch eager, MindSpore PyNative (synchronous)
    GRAPH = "graph"  # MindSpore: mindspore.set_context(mode=GRAPH_MODE); the Cell and its gradients compiled
    JIT = "jit"  # MindSpore: mindspore.jit on a function that calls the Cell and takes its gradients
    COMPILE = "compile"  # torch: torch.compile (default inductor backend)

    @property
    def compiled(self) -> bool:
        return self is not ExecutionMode.EAGER


#: the APIs the harness ships an adapter for, and the compiled modes each offers
BUILTIN_APIS: dict[str, tuple[ExecutionMode, ...]] = {
    "torch.nn": (ExecutionMode.COMPILE,),
    "mindspore.nn": (ExecutionMode.GRAPH, ExecutionMode.JIT),
    "mindspore.mint": (ExecutionMode.GRAPH,),
}

#: every compiled target name, in the order the README lists them
COMPILED_TARGETS: tuple[str, ...] = tuple(f"{api}{MODE_MARK}{mode.value}" for api, modes in BUILTIN_APIS.items()
                                          for mode in modes)

_IMPORT_PATH = re.compile(r"^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*:[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$")


class TargetNameError(ValueError):
    """A target name that names no implementation or a mode its framework does not offer."""


@dataclass(frozen=True)
class TargetName:
    api: str  # torch.nn, mindspore.nn, mindspore.mint or package.module:Class
    mode: ExecutionMode = ExecutionMode.EAGER

    @property
    def imported(self) -> bool:
        """A class named by import path (not one of the built-in APIs)."""
        return ":" in self.api

    @property
    def framework(self) -> str:
        """torch or mindspore for the built-in APIs; `imported` for a class by import path (whose
        framework is known only once it is imported)."""
        return "imported" if self.imported else self.api.split(".")[0]

    def __str__(self) -> str:
        return self.api if self.mode is ExecutionMode.EAGER else f"{self.api}{MODE_MARK}{self.mode.value}"

    @classmethod
    def parse(cls, text: str) -> TargetName:
        name = text.strip()
        api, mark, mode_text = name.partition(MODE_MARK)
        if api in BUILTIN_APIS:
            if not mark:
                return cls(api)
            offered = BUILTIN_APIS[api]
            mode = next((m for m in offered if m.value == mode_text), None)
            if mode is None:
                raise TargetNameError(f"{name!r}: {api} runs in no mode {mode_text!r}; its compiled modes: "
                                      + ", ".join(f"{api}{MODE_MARK}{m.value}" for m in offered))
            return cls(api, mode)
        if _IMPORT_PATH.match(api):
            if mark:
                raise TargetNameError(f"{name!r}: a class by import path runs as it is (no {MODE_MARK}MODE)")
            return cls(api)
        raise TargetNameError(f"{name!r} is not a target: use {', '.join(BUILTIN_APIS)}, a compiled mode "
                              f"({', '.join(COMPILED_TARGETS)}) or a class by import path (package.module:Class)")


def api_of(target: str) -> str:
    """The API a target name runs (`mindspore.nn+graph` -> `mindspore.nn`); any other name as it is."""
    return target.partition(MODE_MARK)[0]


def mode_of(target: str) -> ExecutionMode:
    """The execution mode of a target name (eager for a name without one, a planted fault's included)."""
    _, mark, mode = target.partition(MODE_MARK)
    if not mark:
        return ExecutionMode.EAGER
    try:
        return ExecutionMode(mode)
    except ValueError:
        return ExecutionMode.EAGER

