"""Hypothesis profiles, registered by name and chosen explicitly.

Hypothesis loads its own built-in `ci` profile whenever the CI environment variable is set; we
register our own `ci` (and load it explicitly from the plugin) so that CI gets what is written here.
- dev: the quick default for a developer's `pytest fuzz/`.
- ci: bounded and derandomized, no example database, so CI is stable and repeatable.
- nightly: large, randomised, with a saved example database so failures found once are retried.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

#: checks that misfire on a harness whose every example costs milliseconds by design.
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example,
          HealthCheck.function_scoped_fixture]


def register_profiles() -> None:
    settings.register_profile("dev", max_examples=40, deadline=None, suppress_health_check=_QUIET, print_blob=True)
    settings.register_profile("ci", parent=settings.get_profile("dev"), max_examples=120, derandomize=True,
                              database=None)
    database = os.environ.get("FUZZ_EXAMPLE_DB", ".hypothesis/examples")
    settings.register_profile("nightly", parent=settings.get_profile("dev"), max_examples=3000,
                              database=DirectoryBasedExampleDatabase(database))


def default_profile() -> str:
    return "ci" if os.environ.get("CI") else "dev"
