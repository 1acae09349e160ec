"""The differential fuzz targets: one property per compared channel and per kind of finding.

Made from the vocabulary (fuzz/model/vocabulary.py `KINDS`): every kind with case families gets
`test_<kind>` (or `test_<kind>_<family>` when it has several), drawing that family's cases and
failing with the kind's own exception on a new violation of that kind.  Each runs once per backend
pairing (fuzz/interface/plugin.py).  Value kinds use the `value_checker` fixture (skipped, with its
reason, where the target rejects even a plain case); error parity uses `checker`.
"""

from __future__ import annotations

from typing import Callable

from hypothesis import given

from fuzz.execution.check import Checker
from fuzz.interface.properties import check_property
from fuzz.model.case import Case
from fuzz.model.vocabulary import KINDS, TARGET_KINDS, Family, Kind
from strategies import cases_of


def _target(kind: Kind, family: Family) -> Callable[..., None]:
    # the two variants differ in the fixture they ask for; the caller renames the one returned
    test: Callable[..., None]
    if kind.carries_numbers:
        def test_values(case: Case, value_checker: Checker) -> None:
            check_property(kind, case, value_checker)
        test = test_values
    else:
        def test_errors(case: Case, checker: Checker) -> None:
            check_property(kind, case, checker)
        test = test_errors
    test.__doc__ = f"{KINDS[kind].summary} ({family.value})."
    return given(case=cases_of(family))(test)


for _kind in TARGET_KINDS:
    for _family in KINDS[_kind].families:
        _name = f"test_{_kind.value}" + (f"_{_family.value}" if len(KINDS[_kind].families) > 1 else "")
        globals()[_name] = _target(_kind, _family)
        globals()[_name].__name__ = globals()[_name].__qualname__ = _name
