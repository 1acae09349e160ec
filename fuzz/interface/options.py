"""Options shared by the pytest plugin (`pytest fuzz/ --fuzz-...`) and the CLI (`python -m fuzz run --...`).

Each option is defined once here; `add_pytest_options` and `add_cli_options` render the same
definitions with their own prefix, so the two front ends never drift.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class Option:
    name: str  # without prefix, e.g. "max-examples"
    help: str
    type: Callable[[str], Any] | None = str
    default: Any = None
    choices: tuple[str, ...] | None = None


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number >= 1, got {value}")
    return value


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a finite number > 0, got {text}")
    return value


SHARED_OPTIONS: tuple[Option, ...] = (
    Option("max-examples", "examples per property (overrides the Hypothesis profile's max_examples)", positive_int),
    Option("targets", "comma-separated MindSpore targets to compare with torch.nn "
           "(mindspore.nn, mindspore.mint); default: both", str, "mindspore.nn,mindspore.mint"),
    Option("backend", "backend pairing: cpu, gpu, ascend, all, or an explicit pair such as torch:gpu,mindspore:cpu "
           "(a missing backend named explicitly is an error; `all` skips what is missing and says why)", str, "cpu"),
    Option("known", "path of the known-differences TOML file (default: the committed fuzz/known_differences.toml)", str),
    Option("timeout", "seconds one case may take in an isolated worker before it is a timeout finding "
           "(default: 20 times the slowest case the worker has served, at least 5 s and at most 120 s)",
           positive_float),
    Option("memory-limit", "MB of resident memory an isolated worker may use before its case is a crash finding "
           "(default 8192)", positive_int, 8192),
)

#: on/off switches, shared the same way: name -> (help, default)
SHARED_FLAGS: dict[str, tuple[str, bool]] = {
    "isolate": ("run each framework in a long-lived worker process, so a crash or hang becomes a finding", False),
}


def add_pytest_options(parser: Any) -> None:
    group = parser.getgroup("fuzz", "BatchNorm1d differential fuzzing")
    for option in SHARED_OPTIONS:
        group.addoption(f"--fuzz-{option.name}", dest=f"fuzz_{option.name.replace('-', '_')}", default=option.default,
                        type=option.type, choices=option.choices, help=option.help)
    for name, (text, default) in SHARED_FLAGS.items():
        group.addoption(f"--fuzz-{name}", dest=f"fuzz_{name}", action=argparse.BooleanOptionalAction, default=default,
                        help=text)


def add_cli_options(parser: argparse.ArgumentParser, flag_defaults: dict[str, bool] | None = None) -> None:
    for option in SHARED_OPTIONS:
        parser.add_argument(f"--{option.name}", dest=option.name.replace("-", "_"), default=option.default,
                            type=option.type, choices=option.choices, help=option.help)
    for name, (text, default) in SHARED_FLAGS.items():
        parser.add_argument(f"--{name}", dest=name, action=argparse.BooleanOptionalAction,
                            default=(flag_defaults or {}).get(name, default), help=text)


def parse_targets(text: str) -> tuple[str, ...]:
    from fuzz.execution.check import MINDSPORE_TARGETS

    targets = tuple(t.strip() for t in text.split(",") if t.strip())
    unknown = [t for t in targets if t not in MINDSPORE_TARGETS]
    if unknown or not targets:
        raise ValueError(f"unknown targets {unknown or text!r}; choose from {', '.join(MINDSPORE_TARGETS)}")
    return targets
