"""Fuzz target: the gradient with respect to the weight (gamma) agrees."""

from hypothesis import given

from fuzz.oracle.compare import Kind
from fuzz.model.finding import GradWeightMismatch
from fuzz.interface.properties import check_case, repro_on_failure
from fuzz.oracle.text import render_violation
from strategies import batchnorm_cases


@given(case=batchnorm_cases(grad=True))
def test_grad_weight(case, value_checker):
    with repro_on_failure(case, value_checker.right.target):
        result = check_case(value_checker, case)
        for violation in result.new_of(Kind.GRAD_WEIGHT):
            raise GradWeightMismatch(render_violation(violation, case))
