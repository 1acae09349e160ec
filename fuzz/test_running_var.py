"""Fuzz target: the running variance after every step agrees."""

from hypothesis import given

from fuzz.oracle.compare import Kind
from fuzz.model.finding import RunningVarMismatch
from fuzz.interface.properties import check_case, repro_on_failure
from fuzz.oracle.text import render_violation
from strategies import batchnorm_cases


@given(case=batchnorm_cases())
def test_running_var(case, value_checker):
    with repro_on_failure(case, value_checker.right.target):
        result = check_case(value_checker, case)
        for violation in result.new_of(Kind.RUNNING_VAR):
            raise RunningVarMismatch(render_violation(violation, case))
