"""The one table of options (fuzz/interface/options.py): the run, replay and pytest parsers hold
exactly its options with its defaults, each help ending with its default; a job of --jobs parses
back every option its parent was given; `RunConfig`, tox's nightly env and the README agree with
the CLI's default budget."""

from __future__ import annotations

import argparse
import configparser
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from _pytest.config.argparsing import Parser

from fuzz.campaign import defaults
from fuzz.campaign.runner import FuzzRun, RunConfig
from fuzz.execution.isolation import WorkerLimits
from fuzz.interface import cli
from fuzz.interface.options import (
    OPTIONS,
    PYTEST,
    REPLAY,
    RUN,
    Option,
    add_pytest_options,
    options_for,
    worker_limits,
)

ROOT = Path(__file__).resolve().parents[1]

#: a value other than the default for every run option, as command-line text (True/False: a switch);
#: an option added to the table must be given one here
NON_DEFAULT: dict[str, Any] = {
    "budget": "12.5", "max-examples": "7", "seed": "99", "out": "/tmp/fuzz-out", "previous": "/tmp/fuzz-previous",
    "shrink": False, "database": "github:owner/repo", "database-readonly": True, "chunk": "9", "jobs": "3",
    "shard": "2/5", "targets": "mindspore.mint", "backend": "all", "known": "/tmp/known.toml", "timeout": "2.5",
    "memory-limit": "1024", "isolate": False, "naive-port": True, "fail-on": "wrong_value,state",
}


def _subparser(name: str) -> argparse.ArgumentParser:
    parser = cli.build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return commands.choices[name]


def _argparse_actions(parser: argparse.ArgumentParser) -> dict[str, argparse.Action]:
    return {flag: action for action in parser._actions for flag in action.option_strings
            if flag.startswith("--") and flag != "--help"}


def _pytest_options() -> tuple[argparse.Namespace, dict[str, dict[str, Any]]]:
    parser = Parser(_ispytest=True)
    add_pytest_options(parser)
    attrs = {name: argument.attrs() for argument in parser.getgroup("fuzz").options for name in argument.names()}
    return parser.parse([]), attrs


def _check_help(option: Option, front: str, text: str) -> None:
    assert text == option.help_for(front), option.name
    assert text.endswith(f"(default: {option.default_text(front)})"), text


@pytest.mark.parametrize("front", [RUN, REPLAY])
def test_the_cli_parsers_hold_exactly_the_table_with_its_defaults_and_helps(front):
    parser = _subparser(front)
    actions = _argparse_actions(parser)
    defaults_parsed = parser.parse_args(["findings.jsonl"] if front == REPLAY else [])
    for option in options_for(front):
        action = actions[f"--{option.name}"]
        assert action.dest == option.dest
        assert action.default == option.default_for(front) == getattr(defaults_parsed, option.dest), option.name
        _check_help(option, front, action.help)
        if option.switch:
            assert f"--no-{option.name}" in action.option_strings
    if front == RUN:  # no run option is added by hand, outside the table
        table = {f"--{o.name}" for o in options_for(RUN)} | {f"--no-{o.name}" for o in options_for(RUN) if o.switch}
        assert set(actions) == table


def test_the_pytest_options_are_the_table_with_its_defaults_and_helps():
    parsed, attrs = _pytest_options()
    for option in options_for(PYTEST):
        found = attrs[f"--fuzz-{option.name}"]
        assert found["dest"] == option.pytest_dest
        assert found["default"] == option.default_for(PYTEST) == getattr(parsed, option.pytest_dest), option.name
        _check_help(option, PYTEST, found["help"])
    assert {n for n in attrs if not n.startswith("--no-")} == {f"--fuzz-{o.name}" for o in options_for(PYTEST)}


def test_helps_say_the_defaults_in_words():
    run, replay = _argparse_actions(_subparser(RUN)), _argparse_actions(_subparser(REPLAY))
    _, pytest_attrs = _pytest_options()
    assert run["--budget"].help.endswith("(default: 3600 s; none with --max-examples)")
    assert run["--chunk"].help.endswith("(default: 40)")
    assert run["--memory-limit"].help.endswith("(default: 8192)")
    assert run["--shard"].help.endswith("(default: 1/1)")
    assert run["--timeout"].help.endswith("(default: 20 times the slowest case the worker has served, "
                                          "at least 5 s and at most 120 s)")
    assert run["--isolate"].help.endswith("(default: on)")
    assert pytest_attrs["--fuzz-isolate"]["help"].endswith("(default: off)")
    assert run["--max-examples"].help.endswith("(default: none: the budget decides)")
    assert pytest_attrs["--fuzz-max-examples"]["help"].endswith("(default: the Hypothesis profile's max_examples)")
    assert replay["--known"].help == run["--known"].help
    assert "(default: 3600 s; none with" in _subparser(RUN).format_help().replace("\n", " ")  # argparse renders it


def _non_default_args() -> argparse.Namespace:
    assert set(NON_DEFAULT) == {o.name for o in options_for(RUN)}, "give every run option a non-default value here"
    argv = ["run"]
    for name, value in NON_DEFAULT.items():
        argv += [f"--{name}" if value else f"--no-{name}"] if isinstance(value, bool) else [f"--{name}", value]
    args = cli.build_parser().parse_args(argv)
    for option in options_for(RUN):
        assert getattr(args, option.dest) != option.default, option.name
    return args


def test_a_job_parses_back_every_run_option_its_parent_was_given(tmp_path):
    args = _non_default_args()
    forwarded = [o for o in options_for(RUN) if o.forward]
    assert {o.name for o in options_for(RUN) if not o.forward} == {"jobs", "shard", "out", "seed", "previous",
                                                                        "fail-on"}
    for index in (1, 2, 3):
        child = cli.build_parser().parse_args(cli.job_argv(args, tmp_path, index, seed=1234))
        for option in forwarded:
            assert getattr(child, option.dest) == getattr(args, option.dest), option.name
        assert (child.seed, child.shard, child.out) == (1234, (index, 3), tmp_path / f"shard-{index}")
        assert child.jobs == 1 and child.previous is None  # the parent runs the jobs and compares the merged run


def test_a_job_of_a_run_with_defaults_parses_back_to_the_defaults(tmp_path):
    args = cli.build_parser().parse_args(["run", "--jobs", "2"])
    child = cli.build_parser().parse_args(cli.job_argv(args, tmp_path, 1, seed=5))
    for option in options_for(RUN):
        if option.forward:
            assert getattr(child, option.dest) == getattr(args, option.dest) == option.default, option.name


class _Stop(Exception):
    pass


def test_run_jobs_starts_each_job_with_its_job_argv(tmp_path, monkeypatch):
    import fuzz.campaign.merge

    args = _non_default_args()
    started: list[tuple[list[str], str]] = []

    class FakeChild:
        def __init__(self, command: list[str], env: dict[str, str]) -> None:
            started.append((command, env["FUZZ_JOB"]))

        def wait(self) -> int:
            return 0

    def no_merge(*_: Any, **__: Any) -> Any:
        raise _Stop

    monkeypatch.setattr(subprocess, "Popen", FakeChild)
    monkeypatch.setattr(fuzz.campaign.merge, "merge_runs", no_merge)
    with pytest.raises(_Stop):
        cli._run_jobs(args, tmp_path)
    assert started == [([sys.executable, "-m", "fuzz", *cli.job_argv(args, tmp_path, i, 99)], str(i))
                       for i in (1, 2, 3)]


def test_run_config_from_the_cli_defaults_is_runconfig_defaults(tmp_path, monkeypatch):
    monkeypatch.delenv("FUZZ_JOB", raising=False)
    parse = cli.build_parser().parse_args
    pairings = RunConfig(out=tmp_path).pairings
    config = cli.run_config(parse(["run"]), tmp_path, pairings)
    assert config == RunConfig(out=tmp_path)
    assert config.budget_s == RunConfig(out=tmp_path).budget_s == defaults.BUDGET_S
    assert cli.run_config(parse(["run", "--max-examples", "5"]), tmp_path, pairings).budget_s is None
    assert cli.run_config(parse(["run", "--max-examples", "5", "--budget", "7"]), tmp_path, pairings).budget_s == 7.0


def test_run_config_takes_every_option_with_a_field(tmp_path, monkeypatch):
    monkeypatch.setenv("FUZZ_JOB", "2")
    args = _non_default_args()
    args.database = str(tmp_path / "db")
    config = cli.run_config(args, tmp_path, ())
    for option in OPTIONS:
        if option.field:
            owner, _, name = option.field.rpartition(".")
            assert getattr(config.limits if owner else config, name) == getattr(args, option.dest), option.name
    assert config.limits.threads == 1 and config.database is not None


def test_worker_limits_of_the_pytest_options():
    given = {"timeout": 3.0, "memory-limit": 100}
    assert worker_limits(lambda option: given[option.name], PYTEST) == WorkerLimits(timeout_s=3.0, memory_mb=100)


def test_tox_and_the_readme_say_the_run_default_budget():
    tox = configparser.ConfigParser(interpolation=None)
    tox.read(ROOT / "tox.ini")
    found = re.search(r"--budget \{env:FUZZ_BUDGET:([0-9.]+)\}", tox["testenv:nightly"]["commands"])
    assert found and float(found.group(1)) == defaults.BUDGET_S
    assert f"budget (default {defaults.BUDGET_S:g} s" in (ROOT / "README.md").read_text()


def test_a_run_gets_its_known_differences_and_skipped_pairings_when_built(tmp_path):
    from fuzz.oracle.known import KnownDifferences

    known = KnownDifferences.load()
    skipped = [{"pairing": "torch.nn@gpu~mindspore.nn@gpu", "reason": "no GPU"}]
    run = FuzzRun(RunConfig(out=tmp_path), checkers={}, known=known, skipped=skipped)
    assert run.known is known and run.state.skipped == skipped
