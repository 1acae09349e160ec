"""The pytest plugin: options, Hypothesis profile selection, fixtures, and the stale-entry summary.

Loaded for every pytest run of this project (`-p fuzz.interface.plugin` in pyproject.toml), so `pytest fuzz/`
and `pytest tests/` share one definition of every option.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import settings

from fuzz.interface.options import PYTEST, add_pytest_options, parse_targets, worker_limits
from fuzz.interface.profiles import default_profile, register_profiles

register_profiles()  # must precede Hypothesis' own pytest_configure, which loads --hypothesis-profile


def pytest_addoption(parser: Any) -> None:
    add_pytest_options(parser)


def pytest_configure(config: Any) -> None:
    if not config.getoption("hypothesis_profile", None):
        settings.load_profile(default_profile())
    max_examples = config.getoption("fuzz_max_examples")
    if max_examples:
        base = settings.get_current_profile_name()
        settings.register_profile(f"{base}+max_examples", parent=settings.get_profile(base), max_examples=max_examples)
        settings.load_profile(f"{base}+max_examples")
    from fuzz.execution.backends import BackendError, pairings_for, resolve

    try:
        targets = parse_targets(config.getoption("fuzz_targets"))
        spec = config.getoption("fuzz_backend")
        usable, skipped = resolve(spec, targets)
    except (ValueError, BackendError) as exc:
        raise pytest.UsageError(str(exc)) from None
    reasons = {s["pairing"]: s["reason"] for s in skipped}
    config._fuzz_pairings = [(p, reasons.get(p.name)) for p in pairings_for(spec, targets)[0]]
    config.addinivalue_line("markers", "fuzz: a differential fuzz property over real frameworks")


def pytest_generate_tests(metafunc: Any) -> None:
    """One instance of each property per pairing; unavailable pairings are shown as skips with the reason."""
    if "pairing" in metafunc.fixturenames:
        params = [pytest.param(p, id=p.name,
                               marks=[pytest.mark.skip(reason=f"{p.name} unavailable: {why}")] if why else [])
                  for p, why in metafunc.config._fuzz_pairings]
        metafunc.parametrize("pairing", params, scope="session")


@pytest.fixture(scope="session")
def known_differences(pytestconfig: Any) -> Any:
    from fuzz.oracle.known import KnownDifferences

    path = pytestconfig.getoption("fuzz_known")
    known = KnownDifferences.load(path) if path else KnownDifferences.load()
    pytestconfig._fuzz_known = known
    return known


_CHECKERS: dict[tuple[str, str], Any] = {}


@pytest.fixture(scope="session")
def checker(pairing: Any, known_differences: Any, pytestconfig: Any) -> Any:
    """The checker of one pairing, built once per session (frameworks import once)."""
    from fuzz.execution.adapters import AdapterUnavailable
    from fuzz.execution.check import Checker

    isolate = pytestconfig.getoption("fuzz_isolate")
    key = (pairing.name, isolate)
    if key not in _CHECKERS:
        limits = worker_limits(lambda option: pytestconfig.getoption(option.pytest_dest), PYTEST)
        try:
            _CHECKERS[key] = Checker.for_pairing(pairing, known_differences, isolate=isolate, limits=limits)
        except AdapterUnavailable as exc:
            pytest.skip(f"{pairing.name} is unavailable: {exc}")
    return _CHECKERS[key]


@pytest.fixture(scope="session")
def value_checker(checker: Any) -> Any:
    """The checker, for properties that compare values: skipped (with the reason) when the target
    rejects even a plain valid case on this backend, since there would be no values to compare.
    The error-parity property still runs against such a target and reports the rejection."""
    from fuzz.model.case import Case

    probe = checker.right.run(Case(shape=(4, 2)))
    if probe.error is not None:
        pytest.skip(f"{checker.names[1]} on {checker.backend} rejects every case, so no values to compare "
                    f"({probe.error.type}: {probe.error.message}); error parity covers it")
    return checker


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: Any) -> None:
    known = getattr(config, "_fuzz_known", None)
    if known is None:
        return
    stale = known.stale()
    hit = {k: v for k, v in known.hits.items() if v}
    terminalreporter.section("known differences")
    for entry_id, count in sorted(hit.items()):
        terminalreporter.write_line(f"matched {count:6d}x  {entry_id}")
    for entry in stale:
        terminalreporter.write_line(f"STALE (matched nothing in this run): {entry.id}", yellow=True)
    from fuzz.interface.properties import UNMAPPABLE

    if UNMAPPABLE:
        terminalreporter.section("unmappable cases (not compared; the value passed as it is)")
        for reason, u in sorted(UNMAPPABLE.items()):
            terminalreporter.write_line(f"{u.count:6d}x  {reason}" + (f"  -> as is: {u.as_is}" if u.as_is else ""))
