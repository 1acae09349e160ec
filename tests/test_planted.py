"""Each compared channel can fail: a defect planted in torch.nn.BatchNorm1d is caught by its property.

The fuzz targets themselves (fuzz/test_*.py) are run here with a planted defect, and must raise
their own exception class; run without the defect they pass (tests/test_fuzz_targets_pass.py is
`pytest fuzz/` itself, run by CI).
"""

import pytest
from fuzz.model import finding
from fuzz.testing.planted import PLANTED_KINDS, plant

TARGETS = {
    "output": ("fuzz.test_output", "test_output", finding.OutputMismatch),
    "running_mean": ("fuzz.test_running_mean", "test_running_mean", finding.RunningMeanMismatch),
    "running_var": ("fuzz.test_running_var", "test_running_var", finding.RunningVarMismatch),
    "grad_input": ("fuzz.test_grad_input", "test_grad_input", finding.GradInputMismatch),
    "grad_weight": ("fuzz.test_grad_weight", "test_grad_weight", finding.GradWeightMismatch),
    "grad_bias": ("fuzz.test_grad_bias", "test_grad_bias", finding.GradBiasMismatch),
    "error_parity": ("fuzz.test_error_parity", "test_error_parity_valid_uses", finding.ErrorParityViolation),
    "nan_parity": ("fuzz.test_nan_parity", "test_nan_parity", finding.NanParityViolation),
}


@pytest.fixture(scope="module")
def checker():
    from fuzz.execution.check import Checker

    return Checker("mindspore.nn")


def test_every_planted_kind_has_a_target():
    assert set(TARGETS) == set(PLANTED_KINDS)


@pytest.mark.parametrize("kind", PLANTED_KINDS)
def test_planted_defect_is_caught_by_its_property(kind, checker):
    import importlib

    module_name, function_name, expected = TARGETS[kind]
    prop = getattr(importlib.import_module(module_name), function_name)
    fixture = "checker" if kind == "error_parity" else "value_checker"
    undo = plant(kind)
    try:
        with pytest.raises(expected) as caught:
            prop(**{fixture: checker})  # Hypothesis draws the cases under the active profile
    finally:
        undo()
    assert "Replay: python -m fuzz replay-case" in "".join(getattr(caught.value, "__notes__", []))


def test_properties_pass_without_a_planted_defect(checker):
    from fuzz.test_running_var import test_running_var

    test_running_var(value_checker=checker)
