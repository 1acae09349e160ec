"""Defaults of a run, read by both `RunConfig` and the option table of the CLI and the pytest plugin
(fuzz/interface/options.py): one value each, so the dataclass and the front ends cannot disagree
(campaign does not import interface, hence this module)."""

from __future__ import annotations

#: seconds of fuzzing when neither --budget nor --max-examples is given (tox's nightly env says it too)
BUDGET_S = 3600.0
#: cases per round and property
CHUNK = 40
SHRINK = True
ISOLATE = True
#: naive-port pairings (each mapping rule switched off, one at a time): off, except in the nightly
#: job (.github/workflows/nightly.yml and tox's nightly env pass --naive-port)
NAIVE_PORT = False
