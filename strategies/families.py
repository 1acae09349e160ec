"""The case family each `Family` names (fuzz/model/vocabulary.py), as one table for the fuzz
targets of `pytest fuzz/` and the properties of `python -m fuzz run`."""

from __future__ import annotations

from typing import Callable

from hypothesis import strategies as st

from fuzz.model.case import Case
from fuzz.model.vocabulary import Family
from strategies.cases import batchnorm_cases, invalid_cases
from strategies.large import large_cases
from strategies.relations import relation_cases

FAMILIES: dict[Family, Callable[[], st.SearchStrategy[Case]]] = {
    Family.VALID: lambda: batchnorm_cases(),
    Family.WITH_GRAD: lambda: batchnorm_cases(grad=True),
    Family.HOSTILE: lambda: batchnorm_cases(nonfinite=True),
    Family.INVALID: lambda: invalid_cases(),
    Family.RELATIONS: lambda: relation_cases(),
    Family.LARGE: lambda: large_cases(),
}
assert set(FAMILIES) == set(Family), "every family needs its strategy"


def cases_of(family: Family) -> st.SearchStrategy[Case]:
    """The strategy drawing `family`'s cases."""
    return FAMILIES[family]()
