"""The run's progress line: live (carriage return) on a terminal, plain lines every few seconds in CI."""

from __future__ import annotations

import io

from fuzz.campaign.runner import Progress, RunState


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_gets_one_live_line():
    stream = FakeTerminal()
    progress = Progress(interval_s=5.0, stream=stream)
    state = RunState(examples={"valid_uses[x]": 120})
    progress.update(state, budget_s=60.0, force=True)
    progress.update(state, budget_s=60.0, force=True)
    progress.close()
    text = stream.getvalue()
    assert text.count("\r") == 2 and text.endswith("\n") and text.count("\n") == 1
    assert "120 examples" in text and "s left" in text and "findings: 0 (0 new)" in text


def test_ci_gets_plain_lines_at_most_every_interval():
    stream = io.StringIO()
    progress = Progress(interval_s=3600.0, stream=stream)
    state = RunState(examples={"valid_uses[x]": 7})
    progress.update(state, budget_s=None, force=True)
    for _ in range(100):
        progress.update(state, budget_s=None)  # within the interval: nothing more is written
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1 and "\r" not in stream.getvalue() and "no budget" in lines[0]


def test_a_long_shrink_says_so_on_the_line():
    stream = io.StringIO()
    progress = Progress(interval_s=5.0, stream=stream)
    progress.update(RunState(examples={"valid_uses[x]": 7}), budget_s=60.0, force=True, doing="shrinking output-1")
    assert stream.getvalue().rstrip().endswith("shrinking output-1")
