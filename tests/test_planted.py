"""Each compared channel can fail: a defect planted in torch.nn.BatchNorm1d is caught by its property.

The fuzz targets themselves (fuzz/test_properties.py) are run here with a planted defect, and must raise
their own exception class; run without the defect they pass (CI runs `pytest fuzz/` itself).
"""

import pytest

import fuzz.test_properties as targets
from fuzz.model.vocabulary import EXCEPTIONS, KINDS, TARGET_KINDS, Kind
from fuzz.testing.planted import PLANTED_KINDS, plant


def _target(kind: str):
    """The fuzz target of `kind` (its first family's, for a kind with several)."""
    families = KINDS[Kind(kind)].families
    suffix = f"_{families[0].value}" if len(families) > 1 else ""
    return getattr(targets, f"test_{kind}{suffix}")


@pytest.fixture(scope="module")
def checker():
    from fuzz.execution.check import Checker

    return Checker.of("mindspore.nn")


def test_every_planted_kind_has_a_target():
    assert set(PLANTED_KINDS) == {k.value for k in TARGET_KINDS}
    assert all(callable(_target(kind)) for kind in PLANTED_KINDS)


@pytest.mark.parametrize("kind", PLANTED_KINDS)
def test_planted_defect_is_caught_by_its_property(kind, checker):
    prop, expected = _target(kind), EXCEPTIONS[Kind(kind)]
    fixture = "value_checker" if Kind(kind).carries_numbers else "checker"
    undo = plant(kind)
    try:
        with pytest.raises(expected) as caught:
            prop(**{fixture: checker})  # Hypothesis draws the cases under the active profile
    finally:
        undo()
    assert "Replay: python -m fuzz replay-case" in "".join(getattr(caught.value, "__notes__", []))


def test_properties_pass_without_a_planted_defect(checker):
    targets.test_running_var(value_checker=checker)
