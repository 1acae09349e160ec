"""Fuzz target: the gradient with respect to the input agrees, for a fixed upstream gradient."""

from hypothesis import given

from fuzz.oracle.compare import Kind
from fuzz.model.finding import GradInputMismatch
from fuzz.interface.properties import check_case, repro_on_failure
from fuzz.oracle.text import render_violation
from strategies import batchnorm_cases


@given(case=batchnorm_cases(grad=True))
def test_grad_input(case, value_checker):
    with repro_on_failure(case, value_checker.right.target):
        result = check_case(value_checker, case)
        for violation in result.new_of(Kind.GRAD_INPUT):
            raise GradInputMismatch(render_violation(violation, case))
