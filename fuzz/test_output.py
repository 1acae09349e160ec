"""Fuzz target: the forward output of every step agrees (torch vs MindSpore vs float64 reference)."""

from hypothesis import given

from fuzz.oracle.compare import Kind
from fuzz.model.finding import OutputMismatch
from fuzz.interface.properties import check_case, repro_on_failure
from fuzz.oracle.text import render_violation
from strategies import batchnorm_cases


@given(case=batchnorm_cases())
def test_output(case, value_checker):
    with repro_on_failure(case, value_checker.right.target):
        result = check_case(value_checker, case)
        for violation in result.new_of(Kind.OUTPUT):
            raise OutputMismatch(render_violation(violation, case))
