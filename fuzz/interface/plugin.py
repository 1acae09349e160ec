"""The pytest plugin: options, Hypothesis profile selection, fixtures, and the stale-entry summary.

Loaded for every pytest run of this project (`-p fuzz.interface.plugin` in pyproject.toml), so `pytest fuzz/`
and `pytest tests/` share one definition of every option.  With `--fuzz-naive-port` every property
also runs on each naive-port pairing (a mapping rule switched off; fuzz/execution/check.py
`NaiveChecker`), whose differences confirm the rule and never fail a test; the terminal summary
says, per rule, what they were.
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
    pairings = [(p, reasons.get(p.name)) for p in pairings_for(spec, targets)[0]]
    if config.getoption("fuzz_naive_port"):
        from fuzz.model.case import MAPPING_RULES

        # whether a rule changes what its target is given is known once the target runs: the checker fixture
        pairings += [(p.without(rule), why) for p, why in list(pairings) for rule in MAPPING_RULES
                     if p.left.framework == "torch" and p.right.framework == "mindspore"]
    config._fuzz_pairings = pairings
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
#: what the naive-port pairings showed in this session, per pairing (the run's `mapping_rules`)
RULE_TALLY: dict[str, Any] = {}
#: naive-port pairings whose rule changes nothing their target is given: the reason
_NOT_APPLICABLE: dict[str, str] = {}


def _naive_checker(base: Any, pairing: Any) -> Any:
    """A naive-port checker sharing `base`'s sides, whose every result is counted in `RULE_TALLY`."""
    from fuzz.campaign.summary import tally_rule
    from fuzz.execution.check import NaiveChecker

    class Tallied(NaiveChecker):
        def finish(self, case: Any) -> Any:
            result = super().finish(case)
            tally_rule(RULE_TALLY, pairing.name, result)
            return result

    return Tallied(base, pairing.naive)


@pytest.fixture(scope="session")
def checker(pairing: Any, known_differences: Any, pytestconfig: Any) -> Any:
    """The checker of one pairing, built once per session (frameworks import once); a naive-port
    pairing shares its mapped pairing's, and is skipped where its rule changes nothing."""
    from fuzz.execution.adapters import AdapterUnavailable
    from fuzz.execution.check import Checker, naive_pairings

    isolate = pytestconfig.getoption("fuzz_isolate")
    if pairing.name in _NOT_APPLICABLE:
        pytest.skip(_NOT_APPLICABLE[pairing.name])
    key = (pairing.name, isolate)
    base_key = (pairing.base.name, isolate)
    if key not in _CHECKERS:
        limits = worker_limits(lambda option: pytestconfig.getoption(option.pytest_dest), PYTEST)
        try:
            if base_key not in _CHECKERS:
                _CHECKERS[base_key] = Checker.for_pairing(pairing.base, known_differences, isolate=isolate,
                                                          limits=limits)
        except AdapterUnavailable as exc:
            pytest.skip(f"{pairing.name} is unavailable: {exc}")
        if pairing.naive:
            _, left_out = naive_pairings(pairing.base, _CHECKERS[base_key], rules=(pairing.naive,))
            if left_out:
                _NOT_APPLICABLE[pairing.name] = left_out[0]["reason"]
                pytest.skip(left_out[0]["reason"])
            _CHECKERS[key] = _naive_checker(_CHECKERS[base_key], pairing)
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
    if RULE_TALLY or _NOT_APPLICABLE:
        terminalreporter.section("mapping rules, confirmed (each switched off on a naive-port pairing)")
        for name, tally in sorted(RULE_TALLY.items()):
            kinds = ", ".join(f"{kind} in {t.cases}" for kind, t in sorted(tally.kinds.items()) if t.cases)
            terminalreporter.write_line(f"{name}: {tally.cases} cases; "
                                        + (f"differ only without the rule: {kinds}" if kinds
                                           else "removing this rule changed nothing"))
        for name, reason in sorted(_NOT_APPLICABLE.items()):
            terminalreporter.write_line(f"{name}: not run: {reason}")
