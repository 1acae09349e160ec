"""Fuzz target: NaN and Inf appear at the same positions, hostile inputs included."""

from hypothesis import given

from fuzz.oracle.compare import Kind
from fuzz.model.finding import NanParityViolation
from fuzz.interface.properties import check_case, repro_on_failure
from fuzz.oracle.text import render_violation
from strategies import batchnorm_cases


@given(case=batchnorm_cases(nonfinite=True))
def test_nan_parity(case, value_checker):
    with repro_on_failure(case, value_checker.right.target):
        result = check_case(value_checker, case)
        for violation in result.new_of(Kind.NAN_PARITY):
            raise NanParityViolation(render_violation(violation, case))
