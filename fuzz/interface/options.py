"""The one table of options (`OPTIONS`), so that no front end, default or job can drift from another.

`python -m fuzz run --NAME`, `pytest --fuzz-NAME` (and replay's `--known`) are built from it
(`add_options`, `add_pytest_options`); `Option.field` says which `RunConfig` / `WorkerLimits` field
an option sets (`worker_limits`, and `run_config` in cli.py); the jobs of `--jobs` get every
forwarded option back as text (`forwarded_argv`), so an option added here reaches them unasked.
Each help text ends with "(default: ...)", rendered from the default itself.  Defaults that
`RunConfig` or `WorkerLimits` also need are read from them (fuzz/campaign/defaults.py, the
`WorkerLimits` dataclass), never written a second time here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fuzz.campaign import defaults
from fuzz.execution.isolation import (
    TIMEOUT_CEILING_S,
    TIMEOUT_FACTOR,
    TIMEOUT_FLOOR_S,
    WorkerLimits,
)
from fuzz.model.vocabulary import Severity

#: the front ends: `python -m fuzz run`, the pytest plugin, `python -m fuzz replay`
RUN, PYTEST, REPLAY = "run", "pytest", "replay"
_SAME = object()


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


def shard_spec(text: str) -> tuple[int, int]:
    index, sep, count = text.partition("/")
    try:
        i, n = int(index), int(count)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected I/N such as 2/4, got {text!r}") from None
    if not sep or n < 1 or not 1 <= i <= n:
        raise argparse.ArgumentTypeError(f"expected I/N with 1 <= I <= N, got {text!r}")
    return i, n


def _shard_text(value: tuple[int, int]) -> str:
    return f"{value[0]}/{value[1]}"


def severities(text: str) -> tuple[Severity, ...]:
    """--fail-on: `all`, or comma-separated severities (wrong_value, state, ..., precision)."""
    names = [part.strip() for part in text.split(",") if part.strip()]
    if names == ["all"]:
        return tuple(Severity)
    known = {s.value for s in Severity}
    unknown = [name for name in names if name not in known]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown severities {unknown or text!r}; choose from all or "
                                         f"{', '.join(s.value for s in Severity)}")
    return tuple(Severity(name) for name in names)


def _severities_text(value: tuple[Severity, ...]) -> str:
    return "all" if set(value) == set(Severity) else ",".join(s.value for s in value)


@dataclass(frozen=True)
class Option:
    """One option.  `type` parses its text (`bool`: an on/off switch, --NAME / --no-NAME) and
    `text` writes a value back as text (for the jobs of --jobs); `shown` is the default in words
    where the value alone would not say it."""

    name: str  # without prefix: --NAME for run and replay, --fuzz-NAME for pytest
    help: str  # what it does; "(default: ...)" is appended
    type: Callable[[str], Any] = str
    default: Any = None
    shown: str | None = None
    fronts: tuple[str, ...] = (RUN,)
    pytest_default: Any = _SAME  # where pytest's default differs (isolation is off there)
    pytest_shown: str | None = None  # where pytest's default means something else
    field: str | None = None  # the RunConfig field it sets, or "limits.<WorkerLimits field>"
    forward: bool = True  # given to each job of --jobs; False: _run_jobs sets it, or only the parent uses it
    metavar: str | None = None
    text: Callable[[Any], str] = str

    @property
    def dest(self) -> str:
        return self.name.replace("-", "_")

    @property
    def pytest_dest(self) -> str:
        return f"fuzz_{self.dest}"

    @property
    def switch(self) -> bool:
        return self.type is bool

    def default_for(self, front: str) -> Any:
        return self.default if front != PYTEST or self.pytest_default is _SAME else self.pytest_default

    def default_text(self, front: str) -> str:
        value = self.default_for(front)
        if front == PYTEST and self.pytest_shown is not None:
            return self.pytest_shown
        if self.shown is not None:
            return self.shown
        if isinstance(value, bool):
            return "on" if value else "off"
        if value is None:
            return "none"
        return f"{value:g}" if isinstance(value, float) else self.text(value)

    def help_for(self, front: str) -> str:
        return f"{self.help} (default: {self.default_text(front)})"

    def argv(self, value: Any) -> list[str]:
        """`value` as run options that parse back to it ([] for None: the default of every such option)."""
        if self.switch:
            return [f"--{self.name}" if value else f"--no-{self.name}"]
        return [] if value is None else [f"--{self.name}", self.text(value)]


OPTIONS: tuple[Option, ...] = (
    Option("budget", "fuzzing time in seconds, counted once the framework workers are ready", positive_float,
           shown=f"{defaults.BUDGET_S:g} s; none with --max-examples", field="budget_s", metavar="SECONDS"),
    Option("max-examples", "examples per property and pairing", positive_int,
           shown="none: the budget decides", pytest_shown="the Hypothesis profile's max_examples",
           fronts=(RUN, PYTEST), field="max_examples", metavar="N"),
    Option("seed", "make the run repeatable", int, shown="drawn from the clock, recorded in summary.json",
           field="seed", forward=False, metavar="N"),
    Option("out", "output folder", Path, shown="reports/run-<UTC time>", forward=False, metavar="DIR"),
    Option("previous", "a previous run's folder: report new/fixed/persisting (with --jobs the merged run is "
           "compared, not each job)", Path, forward=False, metavar="DIR"),
    Option("shrink", "shrink each new finding (--no-shrink: record findings as met)", bool, defaults.SHRINK,
           field="shrink"),
    Option("database", "Hypothesis example database shared between runs: a folder, or github:OWNER/REPO "
           "(the hypothesis-example-db artifact of CI)", metavar="DIR|github:OWNER/REPO"),
    Option("database-readonly", "read the example database but never write it (pull-request runs)", bool, False),
    Option("chunk", "cases per round and property, drawn 8 to a Hypothesis example", positive_int, defaults.CHUNK,
           field="chunk", metavar="N"),
    Option("jobs", "run N worker sets in parallel on this machine (each a shard i/N), then merge", positive_int, 1,
           forward=False, metavar="N"),
    Option("shard", "do shard I of N of this run's work (deterministic); merge the shards' folders afterwards",
           shard_spec, (1, 1), field="shard", forward=False, metavar="I/N", text=_shard_text),
    Option("targets", "comma-separated targets to compare with torch.nn: mindspore.nn, mindspore.mint, a compiled "
           "mode (mindspore.nn+graph, mindspore.nn+jit, mindspore.mint+graph, torch.nn+compile; a compiled MindSpore "
           "target is also compared with its own eager mode), or a class by import path (package.module:Class)",
           str, "mindspore.nn,mindspore.mint", fronts=(RUN, PYTEST), metavar="LIST"),
    Option("backend", "backend pairing: cpu, gpu, ascend, all, or an explicit pair such as torch:gpu,mindspore:cpu "
           "(a missing backend named explicitly is an error; `all` skips what is missing and says why)", str, "cpu",
           fronts=(RUN, PYTEST), metavar="SPEC"),
    Option("known", "path of the known-differences TOML file", shown="the committed fuzz/known_differences.toml",
           fronts=(RUN, PYTEST, REPLAY), metavar="PATH"),
    Option("timeout", "seconds one case may take in an isolated worker before it is a timeout finding",
           positive_float, shown=f"{TIMEOUT_FACTOR:g} times the slowest case the worker has served, at least "
           f"{TIMEOUT_FLOOR_S:g} s and at most {TIMEOUT_CEILING_S:g} s", fronts=(RUN, PYTEST),
           field="limits.timeout_s", metavar="SECONDS"),
    Option("memory-limit", "MB of resident memory an isolated worker may use before its case is a crash finding",
           positive_int, WorkerLimits().memory_mb, fronts=(RUN, PYTEST), field="limits.memory_mb", metavar="MB"),
    Option("isolate", "run each framework in a long-lived worker process, so a crash or hang becomes a finding",
           bool, defaults.ISOLATE, fronts=(RUN, PYTEST), pytest_default=False, field="isolate"),
    Option("naive-port", "also run each torch-vs-MindSpore pairing with each mapping rule switched off, one at a "
           "time, as a port that never read the mapping would: what differs only then confirms the rule (the "
           "reports' 'Mapping rules, confirmed'), never a new finding", bool, defaults.NAIVE_PORT,
           fronts=(RUN, PYTEST), field="naive_port"),
    Option("fail-on", "severities whose new findings make the exit status 1: all, or a comma-separated list of "
           + ", ".join(s.value for s in Severity) + " (every new finding is recorded and reported either way)",
           severities, tuple(Severity), shown="all", forward=False, metavar="LIST", text=_severities_text),
)

BY_NAME: dict[str, Option] = {option.name: option for option in OPTIONS}


def options_for(front: str) -> tuple[Option, ...]:
    return tuple(option for option in OPTIONS if front in option.fronts)


def _add(add: Callable[..., Any], flag: str, dest: str, option: Option, front: str) -> None:
    text = option.help_for(front).replace("%", "%%")  # argparse formats help with %
    if option.switch:
        add(flag, dest=dest, action=argparse.BooleanOptionalAction, default=option.default_for(front), help=text)
    else:
        add(flag, dest=dest, type=option.type, default=option.default_for(front), metavar=option.metavar, help=text)


def add_options(parser: argparse.ArgumentParser, front: str) -> None:
    """The options of `front` (RUN or REPLAY) as --NAME, each into args.<dest>."""
    for option in options_for(front):
        _add(parser.add_argument, f"--{option.name}", option.dest, option, front)


def add_pytest_options(parser: Any) -> None:
    """The pytest options as --fuzz-NAME, each read with config.getoption(option.pytest_dest)."""
    group = parser.getgroup("fuzz", "BatchNorm1d differential fuzzing")
    for option in options_for(PYTEST):
        _add(group.addoption, f"--fuzz-{option.name}", option.pytest_dest, option, PYTEST)


def worker_limits(value: Callable[[Option], Any], front: str, **fixed: Any) -> WorkerLimits:
    """The WorkerLimits set by the options of `front` (`value(option)`: its parsed value), with `fixed` added."""
    given = {option.field.partition(".")[2]: value(option) for option in options_for(front)
             if option.field and option.field.startswith("limits.")}
    return WorkerLimits(**given, **fixed)


def budget_s(budget: float | None, max_examples: int | None) -> float | None:
    """--budget; else `defaults.BUDGET_S`, unless --max-examples bounds the run instead."""
    if budget is not None:
        return budget
    return None if max_examples else defaults.BUDGET_S


def forwarded_argv(args: argparse.Namespace) -> list[str]:
    """Every forwarded run option of `args` as text, values at their default left out (a job parses
    the same table): what each job of --jobs is given besides --seed, --shard and --out."""
    argv: list[str] = []
    for option in options_for(RUN):
        value = getattr(args, option.dest)
        if option.forward and value != option.default:
            argv += option.argv(value)
    return argv


def parse_targets(text: str) -> tuple[str, ...]:
    """--targets: comma-separated targets compared with torch.nn (fuzz/model/targets.py names them)."""
    from fuzz.execution.adapters import CHOOSABLE_TARGETS
    from fuzz.model.targets import TargetName, TargetNameError

    targets = tuple(t.strip() for t in text.split(",") if t.strip())
    if not targets:
        raise ValueError(f"no targets in {text!r}; choose from {', '.join(CHOOSABLE_TARGETS)} or package.module:Class")
    for target in targets:
        try:
            name = TargetName.parse(target)
        except TargetNameError as exc:
            raise ValueError(f"unknown target: {exc}") from None
        if str(name) == "torch.nn":
            raise ValueError("torch.nn is the side every target is compared with, not a target; "
                             f"choose from {', '.join(CHOOSABLE_TARGETS)} or package.module:Class")
    return targets
