"""Hypothesis strategies for BatchNorm1d cases, composed from small named pieces.

`batchnorm_cases()` draws valid uses (what the value properties compare); `invalid_cases()` draws
invalid uses (what the error-parity property compares); `cases_of(family)` names them by family.
Sizes are bounded by `limits`.
"""

from strategies.cases import batchnorm_cases, invalid_cases
from strategies.families import cases_of
from strategies.inputs import input_specs
from strategies.params import dtypes, eps_values, initial_values, momenta, param_dtypes
from strategies.shapes import input_shapes
from strategies.steps import step_sequences

__all__ = [
    "batchnorm_cases", "invalid_cases", "cases_of", "input_specs", "dtypes", "eps_values", "initial_values", "momenta",
    "param_dtypes", "input_shapes", "step_sequences",
]
