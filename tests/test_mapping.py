"""Tests for fuzz/model/mapping.py: each rule that turns torch's terms into a MindSpore API's arguments."""

from __future__ import annotations

import numpy as np
import pytest

from fuzz.model.case import Case, InitVia, InputSpec, MindSporeOptions, Mode, Step
from fuzz.model.mapping import (
    MS_INIT_KWARGS,
    MS_NAMES,
    MS_NN_ARGUMENTS,
    RULES,
    STATE_NAMES,
    Convention,
    ModulePlan,
    Unmappable,
    convention_of,
    mindspore_mint_plan,
    mindspore_nn_plan,
    torch_plan,
)

TRAIN, EVAL = Mode.TRAIN, Mode.EVAL
LEGACY, TORCH = Convention.MINDSPORE_LEGACY, Convention.TORCH
INITIAL = dict(weight=(2.0, -1.0, 0.5), bias=(0.1, 0.2, 0.3), running_mean=(1.0, 2.0, 3.0), running_var=(4.0, 5.0, 6.0))


def modes(*ms: Mode) -> tuple[Step, ...]:
    return tuple(Step(m, InputSpec(seed=i)) for i, m in enumerate(ms))


def legacy(case: Case) -> ModulePlan:
    plan = mindspore_nn_plan(case, LEGACY)
    assert isinstance(plan, ModulePlan), plan
    return plan


def all_plans(case: Case) -> dict[str, ModulePlan | Unmappable]:
    return {"torch": torch_plan(case), "ms-legacy": mindspore_nn_plan(case, LEGACY),
            "ms-torch-like": mindspore_nn_plan(case, TORCH), "mint": mindspore_mint_plan(case, TORCH)}


# --------------------------------------------------------------------------------------------
# convention_of reads the class's signature

class LegacyBatchNorm:
    def __init__(self, num_features, eps=1e-5, momentum=0.9, affine=True, gamma_init="ones", beta_init="zeros",
                 moving_mean_init="zeros", moving_var_init="ones", use_batch_statistics=None, data_format="NCHW",
                 dtype=None):
        pass


class LegacySubclass(LegacyBatchNorm):
    pass


class TorchLikeBatchNorm:
    def __init__(self, num_features, eps=1e-5, momentum=0.1, affine=True, track_running_stats=True, dtype=None):
        pass


class AlmostLegacy:
    def __init__(self, num_features, use_batch_stats=None, **kwargs):  # not the exact name
        pass


@pytest.mark.parametrize("cls, convention", [
    (LegacyBatchNorm, LEGACY), (LegacySubclass, LEGACY), (TorchLikeBatchNorm, TORCH), (AlmostLegacy, TORCH),
])
def test_convention_of_reads_use_batch_statistics_from_the_signature(cls, convention):
    assert convention_of(cls) is convention


# --------------------------------------------------------------------------------------------
# momentum: MindSpore's legacy momentum weighs the old value

@pytest.mark.parametrize("momentum", [0.1, 0.0, 1.0, 0.25, 0.99, 1e-7])
def test_legacy_momentum_is_one_minus_torch_momentum(momentum):
    plan = legacy(Case(shape=(4, 3), momentum=momentum))
    assert plan.kwargs["momentum"] == 1.0 - momentum
    assert "momentum" in plan.rules and plan.convention is LEGACY and plan.target == "mindspore.nn"


@pytest.mark.parametrize("momentum", [0.1, 0.0, 1.0, 0.25])
@pytest.mark.parametrize("which", ["torch", "ms-torch-like", "mint"])
def test_momentum_passes_unchanged_in_torch_convention(which, momentum):
    plan = all_plans(Case(shape=(4, 3), momentum=momentum))[which]
    assert plan.kwargs["momentum"] == momentum
    assert "momentum" not in plan.rules and plan.convention is TORCH


def test_momentum_none_is_unmappable_to_the_legacy_signature_with_a_reason():
    plan = mindspore_nn_plan(Case(shape=(4, 3), momentum=None), LEGACY)
    assert isinstance(plan, Unmappable)
    assert (plan.target, plan.rule) == ("mindspore.nn", "momentum")
    assert "momentum=None" in plan.reason and "cumulative" in plan.reason


@pytest.mark.parametrize("which", ["torch", "ms-torch-like", "mint"])
def test_momentum_none_passes_through_in_torch_convention(which):
    plan = all_plans(Case(shape=(4, 3), momentum=None))[which]
    assert isinstance(plan, ModulePlan) and plan.kwargs["momentum"] is None


@pytest.mark.parametrize("momentum", [0.1, 0.75, None])
def test_rules_off_momentum_passes_momentum_unchanged(momentum):
    plan = legacy(Case(shape=(4, 3), momentum=momentum, rules_off=frozenset({"momentum"})))
    assert plan.kwargs["momentum"] == momentum
    assert "momentum" not in plan.rules


@pytest.mark.parametrize("momentum", ["0.1", True])
def test_a_wrongly_typed_momentum_passes_through_to_be_rejected(momentum):
    plan = legacy(Case(shape=(4, 3), momentum=momentum))
    assert plan.kwargs["momentum"] is momentum and "momentum" not in plan.rules


# --------------------------------------------------------------------------------------------
# parameter names and initial values

def test_legacy_uses_mindspore_parameter_names():
    assert MS_NAMES == {"weight": "gamma", "bias": "beta", "running_mean": "moving_mean",
                        "running_var": "moving_variance"}
    plan = legacy(Case(shape=(4, 3), **INITIAL))
    assert set(plan.assigned_init) == {"gamma", "beta", "moving_mean", "moving_variance"}
    for torch_name, ms_name in MS_NAMES.items():
        np.testing.assert_array_equal(plan.assigned_init[ms_name], INITIAL[torch_name])
    assert plan.constructor_init == {} and "parameter_names" in plan.rules


def test_torch_keeps_torch_parameter_names():
    plan = torch_plan(Case(shape=(4, 3), **INITIAL))
    assert set(plan.assigned_init) == set(INITIAL)
    np.testing.assert_array_equal(plan.assigned_init["running_var"], INITIAL["running_var"])


def test_only_given_initial_values_are_assigned():
    plan = legacy(Case(shape=(4, 3), weight=INITIAL["weight"], running_var=INITIAL["running_var"]))
    assert set(plan.assigned_init) == {"gamma", "moving_variance"}
    assert legacy(Case(shape=(4, 3))).assigned_init == {} and torch_plan(Case(shape=(4, 3))).assigned_init == {}


def test_init_via_constructor_uses_init_kwargs_and_assigns_nothing():
    case = Case(shape=(4, 3), mindspore=MindSporeOptions(init_via=InitVia.CONSTRUCTOR), **INITIAL)
    plan = legacy(case)
    assert set(plan.constructor_init) == {"gamma_init", "beta_init", "moving_mean_init", "moving_var_init"}
    assert set(MS_INIT_KWARGS.values()) == set(plan.constructor_init)
    for torch_name, kwarg in MS_INIT_KWARGS.items():
        np.testing.assert_array_equal(plan.constructor_init[kwarg], INITIAL[torch_name])
    assert plan.assigned_init == {}
    only_bias = legacy(case.with_(weight=None, running_mean=None, running_var=None))
    assert set(only_bias.constructor_init) == {"beta_init"}


def test_affine_false_passes_no_weight_or_bias():
    plan = legacy(Case(shape=(4, 3), affine=False, **INITIAL))
    assert set(plan.assigned_init) == {"moving_mean", "moving_variance"}
    assert plan.kwargs["affine"] is False and "affine" in plan.rules
    assert set(torch_plan(Case(shape=(4, 3), affine=False, **INITIAL)).assigned_init) == {"running_mean", "running_var"}


# --------------------------------------------------------------------------------------------
# train mode and statistics

@pytest.mark.parametrize("which", ["torch", "ms-legacy", "ms-torch-like", "mint"])
def test_train_flags_follow_the_steps(which):
    plan = all_plans(Case(shape=(4, 3), steps=modes(TRAIN, EVAL, EVAL, TRAIN)))[which]
    assert plan.train_flags == (True, False, False, True)


def test_legacy_applies_the_train_mode_rule():
    assert "train_mode" in legacy(Case(shape=(4, 3))).rules


def test_rules_off_train_mode_leaves_the_mode_alone_like_the_seed_documents_port():
    case = Case(shape=(4, 3), steps=modes(TRAIN, EVAL, TRAIN), rules_off=frozenset({"train_mode"}))
    plan = legacy(case)
    assert plan.train_flags == (None, None, None)
    assert "train_mode" not in plan.rules
    assert torch_plan(case).train_flags == (True, False, True)  # torch is never mis-ported


def test_track_running_stats_false_is_use_batch_statistics_true():
    case = Case(shape=(4, 3), track_running_stats=False, **INITIAL)
    plan = legacy(case)
    assert plan.kwargs["use_batch_statistics"] is True
    assert "track_running_stats" in plan.rules
    assert set(plan.assigned_init) == {"gamma", "beta"}  # no running statistics to set
    assert "track_running_stats" not in plan.kwargs
    torch = torch_plan(case)
    assert torch.kwargs["track_running_stats"] is False and set(torch.assigned_init) == {"weight", "bias"}


def test_use_batch_statistics_is_absent_unless_asked_for():
    assert "use_batch_statistics" not in legacy(Case(shape=(4, 3))).kwargs
    explicit = legacy(Case(shape=(4, 3), mindspore=MindSporeOptions(pass_use_batch_statistics=True)))
    assert "use_batch_statistics" in explicit.kwargs and explicit.kwargs["use_batch_statistics"] is None


def test_frozen_statistics_is_use_batch_statistics_false_and_torch_all_eval():
    case = Case(shape=(4, 3), steps=modes(TRAIN, EVAL, TRAIN), mindspore=MindSporeOptions(use_batch_statistics=False))
    plan = legacy(case)
    assert plan.kwargs["use_batch_statistics"] is False and "frozen_statistics" in plan.rules
    assert plan.train_flags == (True, False, True)
    torch = torch_plan(case)
    assert torch.train_flags == (False, False, False) and "frozen_statistics" in torch.rules
    assert mindspore_nn_plan(case, TORCH).train_flags == (False, False, False)


def test_frozen_statistics_without_tracking_is_unmappable():
    case = Case(shape=(4, 3), track_running_stats=False, mindspore=MindSporeOptions(use_batch_statistics=False))
    plan = mindspore_nn_plan(case, LEGACY)
    assert isinstance(plan, Unmappable) and plan.rule == "frozen_statistics"


def test_mint_takes_use_batch_statistics_as_torch_does_by_its_mode():
    """mint has torch's signature: use_batch_statistics=False/True is the module kept in eval/train."""
    steps = modes(TRAIN, EVAL, TRAIN)
    frozen = mindspore_mint_plan(Case(shape=(4, 3), steps=steps, mindspore=MindSporeOptions(
        use_batch_statistics=False)), TORCH)
    batch = mindspore_mint_plan(Case(shape=(4, 3), steps=steps, mindspore=MindSporeOptions(
        use_batch_statistics=True)), TORCH)
    assert isinstance(frozen, ModulePlan) and isinstance(batch, ModulePlan)
    assert frozen.train_flags == (False, False, False) and "use_batch_statistics" not in frozen.kwargs
    assert batch.train_flags == (True, True, True) and "batch_statistics" in batch.rules


def test_use_batch_statistics_is_drawn_on_its_own_and_mapped_per_step():
    steps = modes(EVAL, TRAIN)
    for value, torch_flags, rule in ((True, (True, True), "batch_statistics"),
                                     (False, (False, False), "frozen_statistics")):
        case = Case(shape=(4, 3), steps=steps, mindspore=MindSporeOptions(use_batch_statistics=value))
        plan = legacy(case)
        assert plan.kwargs["use_batch_statistics"] is value and rule in plan.rules
        assert plan.train_flags == (False, True)  # the Cell follows the steps; the argument fixes the statistics
        assert torch_plan(case).train_flags == torch_flags
    # without torch's statistics, MindSpore always gets True whatever was drawn (the track_running_stats rule)
    untracked = legacy(Case(shape=(4, 3), track_running_stats=False, mindspore=MindSporeOptions(
        use_batch_statistics=None, pass_use_batch_statistics=True)))
    assert untracked.kwargs["use_batch_statistics"] is True


def test_mindspore_only_initial_values_reach_the_cell_only_where_torch_has_none():
    options = MindSporeOptions(unmapped_init=(("weight", (2.0, 3.0, 4.0)), ("running_mean", (1.0, 1.0, 1.0))))
    no_affine = legacy(Case(shape=(4, 3), affine=False, mindspore=options))
    assert set(no_affine.assigned_init) == {"gamma"}  # torch tracks: its running_mean (default) wins
    for via, field, name in ((InitVia.CONSTRUCTOR, "constructor_init", "gamma_init"),
                             (InitVia.CHECKPOINT, "checkpoint_init", "gamma")):
        plan = legacy(Case(shape=(4, 3), affine=False, mindspore=MindSporeOptions(via, unmapped_init=(
            ("weight", (2.0, 3.0, 4.0)),))))
        assert set(getattr(plan, field)) == {name}
    assert torch_plan(Case(shape=(4, 3), affine=False, mindspore=options)).assigned_init == {}


def test_checkpoint_names_are_not_the_attribute_names():
    """A checkpoint names the moving statistics mean/variance; their attributes are moving_mean/moving_variance."""
    assert STATE_NAMES["mindspore.nn"] == {"weight": "gamma", "bias": "beta", "running_mean": "mean",
                                           "running_var": "variance"}
    plan = legacy(Case(shape=(4, 3), mindspore=MindSporeOptions(init_via=InitVia.CHECKPOINT), **INITIAL))
    assert set(plan.checkpoint_init) == {"gamma", "beta", "mean", "variance"} and not plan.assigned_init
    naive = legacy(Case(shape=(4, 3), rules_off=frozenset({"parameter_names"}),
                        mindspore=MindSporeOptions(init_via=InitVia.CHECKPOINT), **INITIAL))
    assert set(naive.checkpoint_init) == set(INITIAL)  # the naive port: torch's names, as they are


def test_every_argument_of_mindspores_signature_is_drawn():
    """MS_NN_ARGUMENTS says where each argument of the installed class comes from; a new one fails here."""
    ms = pytest.importorskip("mindspore")
    import inspect

    params = [p for p in inspect.signature(ms.nn.BatchNorm1d.__init__).parameters if p != "self"]
    assert set(params) == set(MS_NN_ARGUMENTS), "an argument the harness does not draw, or one gone"


# --------------------------------------------------------------------------------------------
# arguments that are omitted, passed through, or typed

ALL_OMITTED = frozenset({"eps", "momentum", "affine", "track_running_stats"})


@pytest.mark.parametrize("which", ["torch", "ms-legacy", "ms-torch-like", "mint"])
def test_omitted_arguments_are_absent_from_kwargs(which):
    plan = all_plans(Case(shape=(4, 3), omit=ALL_OMITTED))[which]
    assert plan.kwargs == {"num_features": 3}


@pytest.mark.parametrize("omitted", sorted(ALL_OMITTED))
def test_each_omitted_argument_alone_is_absent(omitted):
    case = Case(shape=(4, 3), omit=frozenset({omitted}))
    for which, plan in all_plans(case).items():
        assert omitted not in plan.kwargs, which
    expected = {"num_features", "eps", "momentum", "affine", "track_running_stats"} - {omitted}
    assert set(torch_plan(case).kwargs) == expected


def test_explicit_arguments_are_present():
    plan = legacy(Case(shape=(4, 3), eps=0.5, momentum=0.3, affine=True))
    assert plan.kwargs == {"num_features": 3, "eps": 0.5, "momentum": 0.7, "affine": True}
    assert torch_plan(Case(shape=(4, 3), eps=0.5, momentum=0.3)).kwargs == {
        "num_features": 3, "eps": 0.5, "momentum": 0.3, "affine": True, "track_running_stats": True}


@pytest.mark.parametrize("num_features, expected", [(None, 3), (3, 3), (4, 4), ("3", "3"), (3.0, 3.0), (0, 0)])
def test_num_features_passes_through(num_features, expected):
    case = Case(shape=(4, 3), num_features=num_features)
    for which, plan in all_plans(case).items():
        assert plan.kwargs["num_features"] == expected and type(plan.kwargs["num_features"]) is type(expected), which


def test_param_dtype_is_the_dtype_argument():
    case = Case(shape=(4, 3), param_dtype="float16")
    for which, plan in all_plans(case).items():
        assert plan.kwargs["dtype"] == "float16", which
    assert "dtype" not in legacy(Case(shape=(4, 3))).kwargs


def test_every_applied_rule_is_documented_with_a_source():
    for rule in RULES.values():
        assert rule.statement and rule.source, rule
    case = Case(shape=(4, 3), affine=False, track_running_stats=False, steps=modes(TRAIN, EVAL))
    applied = set(legacy(case).rules)
    for options in (MindSporeOptions(use_batch_statistics=False), MindSporeOptions(use_batch_statistics=True),
                    MindSporeOptions(init_via=InitVia.CHECKPOINT)):
        applied |= set(legacy(Case(shape=(4, 3), mindspore=options, **INITIAL)).rules)
    assert applied == set(RULES)


def test_torch_like_mindspore_plan_is_torchs_with_its_own_target():
    case = Case(shape=(4, 3), momentum=0.3, **INITIAL)
    plan, torch = mindspore_nn_plan(case, TORCH), torch_plan(case)
    assert plan.target == "mindspore.nn" and plan.kwargs == torch.kwargs and plan.train_flags == torch.train_flags
    assert mindspore_mint_plan(case, TORCH).target == "mindspore.mint"


def test_mint_plan_keeps_its_target_under_the_legacy_convention():
    assert mindspore_mint_plan(Case(shape=(4, 3)), LEGACY).target == "mindspore.mint"


def test_a_wrong_type_of_use_batch_statistics_reaches_mindspore_as_it_is():
    import numpy

    for value in (1, "True", numpy.bool_(True)):
        case = Case(shape=(4, 3), mindspore=MindSporeOptions(use_batch_statistics=value))
        assert legacy(case).kwargs["use_batch_statistics"] is value
        assert Case.loads(case.dumps()).mindspore.use_batch_statistics == value
        assert type(Case.loads(case.dumps()).mindspore.use_batch_statistics) is type(value)
        assert not case.is_valid_use and torch_plan(case).train_flags == (True,)  # torch: its own mode
