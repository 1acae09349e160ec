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


SHARED_OPTIONS: tuple[Option, ...] = (
    Option("max-examples", "examples per property (overrides the Hypothesis profile's max_examples)", positive_int),
    Option("targets", "comma-separated MindSpore targets to compare with torch.nn "
           "(mindspore.nn, mindspore.mint); default: both", str, "mindspore.nn,mindspore.mint"),
    Option("backend", "backend to run the frameworks on", str, "cpu", ("cpu",)),
    Option("known", "path of the known-differences TOML file (default: the committed fuzz/known_differences.toml)", str),
)


def add_pytest_options(parser: Any) -> None:
    group = parser.getgroup("fuzz", "BatchNorm1d differential fuzzing")
    for option in SHARED_OPTIONS:
        group.addoption(f"--fuzz-{option.name}", dest=f"fuzz_{option.name.replace('-', '_')}", default=option.default,
                        type=option.type, choices=option.choices, help=option.help)


def add_cli_options(parser: argparse.ArgumentParser) -> None:
    for option in SHARED_OPTIONS:
        parser.add_argument(f"--{option.name}", dest=option.name.replace("-", "_"), default=option.default,
                            type=option.type, choices=option.choices, help=option.help)


def parse_targets(text: str) -> tuple[str, ...]:
    from fuzz.check import MINDSPORE_TARGETS

    targets = tuple(t.strip() for t in text.split(",") if t.strip())
    unknown = [t for t in targets if t not in MINDSPORE_TARGETS]
    if unknown or not targets:
        raise ValueError(f"unknown targets {unknown or text!r}; choose from {', '.join(MINDSPORE_TARGETS)}")
    return targets
