"""Fuzz target: both frameworks accept, or both reject, the same use (valid and invalid ones).

When both reject, their exception types and messages are recorded in the comparison (and shown in
reports); only acceptance versus rejection is a violation.
"""

from hypothesis import given

from fuzz.oracle.compare import Kind
from fuzz.model.finding import ErrorParityViolation
from fuzz.interface.properties import check_case, repro_on_failure
from fuzz.oracle.text import render_violation
from strategies import batchnorm_cases, invalid_cases


@given(case=batchnorm_cases())
def test_error_parity_valid_uses(case, checker):
    with repro_on_failure(case, checker.right.target):
        result = check_case(checker, case)
        for violation in result.new_of(Kind.ERROR_PARITY):
            raise ErrorParityViolation(render_violation(violation, case))


@given(case=invalid_cases())
def test_error_parity_invalid_uses(case, checker):
    with repro_on_failure(case, checker.right.target):
        result = check_case(checker, case)
        for violation in result.new_of(Kind.ERROR_PARITY):
            raise ErrorParityViolation(render_violation(violation, case))
