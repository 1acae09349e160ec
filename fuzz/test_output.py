"""Fuzz target: the forward output of every step agrees (torch vs MindSpore vs float64 reference)."""

from hypothesis import given

from fuzz.compare import Kind
from fuzz.finding import OutputMismatch
from fuzz.properties import check_case, repro_on_failure
from fuzz.render.text import render_violation
from strategies import batchnorm_cases


@given(case=batchnorm_cases())
def test_output(case, value_checker):
    with repro_on_failure(case, value_checker.right.target):
        result = check_case(value_checker, case)
        for violation in result.new_of(Kind.OUTPUT):
            raise OutputMismatch(render_violation(violation, case))
