"""Translate a case (torch's terms) into each BatchNorm1d API's constructor arguments and calls.

The mapping is itself under test: each rule names its source, and a case can switch rules off
(`Case.rules_off`) to show what a naive port produces.  A case with no faithful translation is
returned as `Unmappable` with the reason; it is never silently dropped.

Conventions are read from the class's signature at run time (`convention_of`), because MindSpore
announces that `nn.BatchNorm1d` moves to torch's signature after 2.9: the rules follow what the
installed class actually takes, and the convention found is recorded in every outcome.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import numpy as np

from fuzz.model.case import Case, InitVia, Mode, is_real_number
from fuzz.model.targets import api_of

SEED_DOC = "shared/seed/mindspore-batchnorm1d-mapping.md"
MS_NN_DOC = "mindspore.nn.BatchNorm1d docstring (2.10)"
TORCH_DOC = "torch.nn.BatchNorm1d docs"


class Convention(str, Enum):
    """Which signature a BatchNorm1d class has."""

    TORCH = "torch"  # momentum weighs the new batch (default 0.1), track_running_stats
    MINDSPORE_LEGACY = "mindspore-legacy"  # momentum weighs the old value (default 0.9), use_batch_statistics


def convention_of(cls: type[Any]) -> Convention:
    """Read the convention from the signature: `use_batch_statistics` marks MindSpore's own."""
    params = inspect.signature(cls.__init__).parameters
    if "use_batch_statistics" in params:
        return Convention.MINDSPORE_LEGACY
    return Convention.TORCH


@dataclass(frozen=True)
class Rule:
    name: str
    statement: str
    source: str


TORCH_NAMES = ("weight", "bias", "running_mean", "running_var")
#: the `parameter_names` rule: torch name -> mindspore.nn.BatchNorm1d's attribute
MS_NAMES = dict(zip(TORCH_NAMES, ("gamma", "beta", "moving_mean", "moving_variance")))
#: torch name -> attribute of the Cell, per MindSpore target: where adapters and repro scripts find
#: the weights and statistics (mint.nn.BatchNorm1d keeps torch's names)
CELL_PARAM_NAMES: dict[str, dict[str, str]] = {
    "mindspore.nn": MS_NAMES,
    "mindspore.mint": {n: n for n in TORCH_NAMES},
}
#: Exception classes that correspond across the frameworks, for a porter's `except` clause.  Both
#: raise Python's built-in classes, and a class corresponds to itself; neither documents another
#: class as raised in place of its own (torch documents no exception classes for BatchNorm1d; the
#: MindSpore 2.10 docstring's Raises lists TypeError for a non-int num_features or non-float eps,
#: ValueError for num_features < 1 or momentum outside [0, 1]), so the table of pairs of different
#: classes is empty: each such pair met is an `error_class` finding, triaged in
#: fuzz/known_differences.toml with its source.
EQUIVALENT_EXCEPTIONS: frozenset[tuple[str, str]] = frozenset()


def exceptions_correspond(left: str, right: str) -> bool:
    """Would an `except` clause written for `left`'s class (torch) catch `right`'s (the port)?"""
    return left == right or (left, right) in EQUIVALENT_EXCEPTIONS


MS_INIT_KWARGS = dict(zip(TORCH_NAMES, ("gamma_init", "beta_init", "moving_mean_init", "moving_var_init")))

#: torch's name -> the name each target's state API (`state_dict()`, `parameters_dict()`) and its
#: checkpoints use.  Not the attribute names: mindspore.nn's `moving_mean` attribute is the Parameter
#: named `mean` (measured on 2.10: `parameters_dict()` and `save_checkpoint` give mean, variance,
#: gamma, beta), so a porter who copies state by attribute name needs this table instead.
#: `num_batches_tracked` is torch's (and mint's) alone.
STATE_NAMES: dict[str, dict[str, str]] = {
    "torch.nn": {n: n for n in (*TORCH_NAMES, "num_batches_tracked")},
    "mindspore.nn": dict(zip(TORCH_NAMES, ("gamma", "beta", "mean", "variance"))),
    "mindspore.mint": {n: n for n in (*TORCH_NAMES, "num_batches_tracked")},
}

#: Every argument of MindSpore 2.10's nn.BatchNorm1d and where the case draws it
#: (tests/test_mapping.py compares this with the class's signature at run time, so an argument a
#: new release adds is noticed).
MS_NN_ARGUMENTS: dict[str, str] = {
    "num_features": "Case.num_features (the input's C unless an invalid use)",
    "eps": "Case.eps",
    "momentum": "1 - Case.momentum (the momentum rule)",
    "affine": "Case.affine",
    "gamma_init": "Case.weight, or MindSporeOptions.unmapped_init with affine=False (init_via constructor)",
    "beta_init": "Case.bias, or MindSporeOptions.unmapped_init with affine=False (init_via constructor)",
    "moving_mean_init": "Case.running_mean, or unmapped_init with track_running_stats=False",
    "moving_var_init": "Case.running_var, or unmapped_init with track_running_stats=False",
    "use_batch_statistics": "MindSporeOptions.use_batch_statistics (True when torch keeps no statistics)",
    "data_format": "MindSporeOptions.data_format",
    "dtype": "Case.param_dtype",
}

RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        Rule("momentum", "MindSpore momentum = 1 - torch momentum", f"{SEED_DOC} (使用方式)"),
        Rule("parameter_names", f"{', '.join(MS_NAMES.values())} = {', '.join(MS_NAMES)}", f"{SEED_DOC} (使用方式)"),
        Rule(
            "train_mode",
            "torch Module.train()/eval() = Cell.set_train(True/False); a Cell starts in eval mode, "
            "a Module in train mode",
            f"{SEED_DOC} (代码示例: the Cell without set_train prints its input unchanged); {MS_NN_DOC}",
        ),
        Rule(
            "track_running_stats",
            "track_running_stats=False (always batch statistics) = use_batch_statistics=True",
            f"{MS_NN_DOC}: use_batch_statistics; {TORCH_DOC}: track_running_stats",
        ),
        Rule(
            "frozen_statistics",
            "use_batch_statistics=False (always moving statistics, never updated) = a torch module kept in eval mode",
            f"{MS_NN_DOC}: use_batch_statistics",
        ),
        Rule(
            "batch_statistics",
            "use_batch_statistics=True (batch statistics, moving statistics updated in every step, eval "
            "included) = a torch module kept in train mode",
            f"{MS_NN_DOC}: use_batch_statistics ('use the mean value and variance value of current batch data "
            "and track running mean and running variance')",
        ),
        Rule(
            "affine",
            "affine=False: torch has no weight/bias; MindSpore keeps gamma and beta, fixed (requires_grad=False) "
            "at their initial values, and still applies them: the mapping passes no gamma_init/beta_init",
            f"{MS_NN_DOC}: affine ('When set to True, gamma and beta can be learned'); "
            "mindspore/nn/layer/normalization.py _BatchNorm.__init__",
        ),
        Rule(
            "state_names",
            "state and checkpoint names: gamma, beta, mean, variance = weight, bias, running_mean, running_var "
            "(STATE_NAMES); torch's num_batches_tracked has no counterpart",
            "measured: mindspore 2.10 nn.BatchNorm1d parameters_dict() and save_checkpoint; torch state_dict()",
        ),
    )
}


@dataclass(frozen=True)
class Unmappable:
    """A case that one target cannot express faithfully."""

    target: str
    rule: str
    reason: str


@dataclass(frozen=True)
class ModulePlan:
    """What an adapter does: build the module with `kwargs`, set `initial`, then run the steps.

    kwargs: constructor arguments in the target's own names (values are plain Python / NumPy;
        the adapter turns dtype names and arrays into its framework's objects).
    constructor_init: initial values passed to the constructor (MindSpore's `*_init`).
    assigned_init: initial values assigned after construction, keyed by the target's attribute names.
    checkpoint_init: initial values saved to a checkpoint and loaded into the module, keyed by the
        names its checkpoints use (`STATE_NAMES`).
    train_flags: per step, True/False to call train()/set_train(), or None to leave the mode alone.
    rules: the rules applied, by name.
    """

    target: str
    convention: Convention
    kwargs: dict[str, Any]
    constructor_init: dict[str, Any] = field(default_factory=dict)
    assigned_init: dict[str, Any] = field(default_factory=dict)
    train_flags: tuple[bool | None, ...] = ()
    rules: tuple[str, ...] = ()
    checkpoint_init: dict[str, Any] = field(default_factory=dict)  # by state name, loaded from a checkpoint


def _num_features(case: Case) -> Any:
    return case.num_features if case.num_features is not None else case.channels


def _torch_style_kwargs(case: Case) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"num_features": _num_features(case)}
    for name in ("eps", "momentum", "affine", "track_running_stats"):
        if name not in case.omit:
            kwargs[name] = getattr(case, name)
    if case.param_dtype is not None:
        kwargs["dtype"] = case.param_dtype
    return kwargs


def _initial_values(case: Case) -> dict[str, Any]:
    """Initial values given by the case: weight/bias only with affine, stats only when tracked."""
    names = []
    if case.affine:
        names += ["weight", "bias"]
    if case.track_running_stats:
        names += ["running_mean", "running_var"]
    return {n: case.initial(n) for n in names if getattr(case, n) is not None}


def _train_flags(case: Case) -> tuple[bool | None, ...]:
    return tuple(case.training_steps)


def _torch_rules(case: Case) -> tuple[str, ...]:
    if case.mindspore.frozen_statistics:
        return ("frozen_statistics",)
    if case.mindspore.always_batch_statistics and case.track_running_stats:
        return ("batch_statistics",)
    return ()


def torch_plan(case: Case) -> ModulePlan:
    """torch.nn.BatchNorm1d is the case's own convention: arguments pass through unchanged (the
    module kept in eval or train mode where MindSpore's use_batch_statistics fixes the statistics)."""
    return ModulePlan(
        target="torch.nn",
        convention=Convention.TORCH,
        kwargs=_torch_style_kwargs(case),
        assigned_init=_initial_values(case),
        train_flags=_train_flags(case),
        rules=_torch_rules(case),
    )


def mindspore_nn_plan(case: Case, convention: Convention) -> ModulePlan | Unmappable:
    """Apply the seed document's rules to MindSpore's legacy signature (or pass through if torch-like)."""
    target = "mindspore.nn"
    if convention is Convention.TORCH:
        plan = torch_plan(case)
        return ModulePlan(target, convention, plan.kwargs, {}, plan.assigned_init, plan.train_flags, plan.rules)

    rules: list[str] = []
    kwargs: dict[str, Any] = {"num_features": _num_features(case)}
    if "eps" not in case.omit:
        kwargs["eps"] = case.eps
    if "momentum" not in case.omit:
        if "momentum" in case.rules_off:
            kwargs["momentum"] = case.momentum
        elif case.cumulative_average:
            # torch's momentum=None (`fuzz.model.case.update_weight`); MindSpore's momentum is a
            # fixed float, so no constructor argument reproduces it.
            return Unmappable(target, "momentum", "torch momentum=None (cumulative moving average) has no "
                              "MindSpore counterpart: nn.BatchNorm1d takes a fixed float momentum")
        elif is_real_number(case.momentum):
            # 1.0 - m, as a porter writes it: a float for a Python number, a NumPy float stays one
            kwargs["momentum"] = 1.0 - case.momentum if isinstance(case.momentum, (int, float)) else 1 - case.momentum
            rules.append("momentum")
        else:
            kwargs["momentum"] = case.momentum  # a wrong type passes through to be rejected (or not)
    if "affine" not in case.omit:
        kwargs["affine"] = case.affine
    if not case.affine:
        rules.append("affine")

    options = case.mindspore
    if not case.track_running_stats and "track_running_stats" not in case.rules_off:
        kwargs["use_batch_statistics"] = True  # whatever was drawn: torch normalises with batch statistics
        rules.append("track_running_stats")
    elif not case.track_running_stats and "track_running_stats" in case.rules_off:
        kwargs["track_running_stats"] = False  # the naive port: torch's argument, passed as it is
    elif options.frozen_statistics:
        kwargs["use_batch_statistics"] = False
        rules.append("frozen_statistics")
    elif options.always_batch_statistics:
        kwargs["use_batch_statistics"] = True
        rules.append("batch_statistics")
    elif options.use_batch_statistics is not None:
        kwargs["use_batch_statistics"] = options.use_batch_statistics  # a wrong type, passed as it is
    elif options.pass_use_batch_statistics:
        kwargs["use_batch_statistics"] = None
    if options.frozen_statistics and not case.track_running_stats:
        return Unmappable(target, "frozen_statistics", "use_batch_statistics=False needs tracked running statistics")
    if options.data_format is not None:
        kwargs["data_format"] = options.data_format
    if case.param_dtype is not None:
        kwargs["dtype"] = case.param_dtype

    # the case's initial values, then MindSpore's own where torch keeps nothing (affine=False, no tracking)
    values = dict(_initial_values(case))
    values.update({n: np.asarray(v, dtype=np.float64) for n, v in options.unmapped_init
                   if n not in values and not _torch_keeps(case, n)})
    naive_names = "parameter_names" in case.rules_off
    constructor_init: dict[str, Any] = {}
    assigned: dict[str, Any] = {}
    checkpoint: dict[str, Any] = {}
    if options.init_via is InitVia.CONSTRUCTOR:
        constructor_init = {MS_INIT_KWARGS[n]: v for n, v in values.items()}
    elif options.init_via is InitVia.CHECKPOINT:
        checkpoint = {(n if naive_names else STATE_NAMES[target][n]): v for n, v in values.items()}
    else:
        assigned = {(n if naive_names else MS_NAMES[n]): v for n, v in values.items()}
    if values and not naive_names:
        rules.append("state_names" if options.init_via is InitVia.CHECKPOINT else "parameter_names")

    if "train_mode" in case.rules_off:
        flags: tuple[bool | None, ...] = tuple(None for _ in case.steps)
    else:
        # the steps' own modes: use_batch_statistics (True or False) already fixes the statistics
        flags = tuple(step.mode is Mode.TRAIN for step in case.steps)
        rules.append("train_mode")
    return ModulePlan(target, convention, kwargs, constructor_init, assigned, flags, tuple(rules), checkpoint)


def _torch_keeps(case: Case, name: str) -> bool:
    """torch has a counterpart of MindSpore's initial `name` (weight/bias with affine, stats when tracked)."""
    return case.affine if name in ("weight", "bias") else case.track_running_stats


def mindspore_mint_plan(case: Case, convention: Convention) -> ModulePlan | Unmappable:
    """mint.nn.BatchNorm1d takes torch's own signature: no momentum mapping at all."""
    if convention is not Convention.TORCH:  # a legacy signature: the nn rules apply, the target stays mint
        plan = mindspore_nn_plan(case, convention)
        if isinstance(plan, Unmappable):
            return Unmappable("mindspore.mint", plan.rule, plan.reason)
        return ModulePlan("mindspore.mint", plan.convention, plan.kwargs, plan.constructor_init, plan.assigned_init,
                          plan.train_flags, plan.rules, plan.checkpoint_init)
    # torch's signature: the torch plan as it is, use_batch_statistics as the module's mode (torch_plan);
    # with train_mode off, the naive port leaves the Cell in the eval mode it starts in
    plan = torch_plan(case)
    if "train_mode" in case.rules_off:
        return ModulePlan("mindspore.mint", convention, plan.kwargs, {}, plan.assigned_init,
                          tuple(None for _ in case.steps), plan.rules)
    return ModulePlan("mindspore.mint", convention, plan.kwargs, {}, plan.assigned_init, plan.train_flags,
                      ("train_mode", *plan.rules))


#: the plan each target's adapter follows, by target name
PLANNERS = {
    "torch.nn": lambda case, convention: torch_plan(case),
    "mindspore.nn": mindspore_nn_plan,
    "mindspore.mint": mindspore_mint_plan,
}


def plan_for(target: str, case: Case, convention: Convention) -> ModulePlan | Unmappable | None:
    """The plan `target`'s adapter runs `case` by, whatever mode it runs in (None: a target this
    module does not plan, such as a planted fault).  A class by import path is planned by its
    signature's convention: torch's terms as they are, or mindspore.nn's rules."""
    api = api_of(target)
    if ":" in api:
        return torch_plan(case) if convention is Convention.TORCH else mindspore_nn_plan(case, convention)
    planner = PLANNERS.get(api)
    return None if planner is None else planner(case, convention)


def state_names(target: str, convention: Convention) -> dict[str, str]:
    """torch name -> the name `target`'s state API uses; a torch-convention class keeps torch's names."""
    if convention is Convention.TORCH:
        return STATE_NAMES["torch.nn"]
    return STATE_NAMES.get(api_of(target), STATE_NAMES["mindspore.nn"])
