"""The user's source document (shared/seed/mindspore-batchnorm1d-mapping.md), its example reproduced.

The document builds MindSpore's BatchNorm1d with momentum 0.8 (mapped from torch's 0.2) but never
calls set_train: the Cell stays in eval mode and prints its input nearly unchanged, while torch's
Module starts in train mode and normalises.  Both printed outputs are checked to their printed
precision, and the harness must flag the naive port and accept the faithful one.
"""

import numpy as np
import pytest

from fuzz.model.case import Case, InputSpec, Mode, Step
from fuzz.model.vocabulary import Kind

X = (0.7, 0.5, 0.5, 0.6, 0.5, 0.4, 0.6, 0.9)
MINDSPORE_PRINTED = np.array([[0.6999965, 0.4999975, 0.4999975, 0.59999704],
                              [0.4999975, 0.399998, 0.59999704, 0.89999545]])
TORCH_PRINTED = np.array([[0.9995, 0.9980, -0.9980, -0.9998], [-0.9995, -0.9980, 0.9980, 0.9998]])


def seed_case(**changes) -> Case:
    case = Case(shape=(2, 4), momentum=0.2, steps=(Step(Mode.TRAIN, InputSpec(values=X)),),
                rules_off=frozenset({"train_mode"}))
    return case.with_(**changes)


@pytest.fixture(scope="module")
def checker():
    from fuzz.execution.check import Checker

    return Checker.of("mindspore.nn")


def test_both_printed_outputs_are_reproduced(checker):
    result = checker.check(seed_case())
    torch_out, ms_out = result.left.steps[0].output, result.right.steps[0].output
    # MindSpore printed 7-8 significant digits, torch 4 decimals: compare to half a printed unit
    np.testing.assert_allclose(ms_out, MINDSPORE_PRINTED, rtol=0, atol=5e-8)
    np.testing.assert_allclose(torch_out, TORCH_PRINTED, rtol=0, atol=5e-5)


def test_naive_port_is_flagged_and_blames_mindspore(checker):
    result = checker.check(seed_case())
    outputs = result.comparison.of_kind(Kind.OUTPUT)
    assert outputs, "the naive port (no set_train) must disagree on the output"
    assert outputs[0].verdict.value == "blame_right"
    assert [entry.id for _, entry in result.known] == [] or all(v.kind is not Kind.OUTPUT for v, _ in result.known)


def test_faithful_mapping_agrees(checker):
    result = checker.check(seed_case(rules_off=frozenset()))
    # the only difference left is state torch keeps and MindSpore has no counterpart of (its
    # num_batches_tracked), a documented known difference; no value differs
    assert result.new == ()
    assert {(v.kind, entry.id) for v, entry in result.known} <= {
        (Kind.STATE, "torch-num-batches-tracked-has-no-mindspore-counterpart")}
    # and MindSpore's moving statistics follow momentum 0.8 (= 1 - 0.2), as torch's do with 0.2
    np.testing.assert_allclose(result.right.steps[0].running_mean, [0.12, 0.09, 0.11, 0.15], rtol=1e-6)
    np.testing.assert_allclose(result.left.steps[0].running_var, [0.804, 0.801, 0.801, 0.809], rtol=1e-6)
