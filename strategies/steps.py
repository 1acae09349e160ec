"""Sequences of train/eval steps, each with its own input; up to MAX_STEPS, shrinking toward one train step.

Each step draws its mode and seed; it keeps the previous step's distribution unless it draws a new
one (a train step on small values followed by an eval step far off is reachable, and shrinking
heads for one shared distribution).
"""

from __future__ import annotations

from hypothesis import strategies as st

from fuzz.model.case import Mode, Step
from strategies.inputs import draw_distribution, draw_input_spec
from strategies.limits import MAX_STEPS

_MODES = st.sampled_from((Mode.TRAIN, Mode.EVAL))
_BOOLS = st.booleans()
_COUNTS = {n: st.integers(1, n) for n in range(1, MAX_STEPS + 1)}


def draw_step_sequence(draw: st.DrawFn, shape: tuple[int, ...], dtype: str, nonfinite: bool = False,
                       max_steps: int = MAX_STEPS) -> tuple[Step, ...]:
    """The steps of a case (a function of `draw`: see `strategies.inputs.draw_distribution`)."""
    count = draw(_COUNTS[max_steps] if max_steps in _COUNTS else st.integers(1, max_steps), label="steps")
    distribution = draw_distribution(draw, shape, dtype)
    steps = []
    for i in range(count):
        if i and draw(_BOOLS, label=f"step {i} new distribution"):
            distribution = draw_distribution(draw, shape, dtype)
        mode = draw(_MODES, label=f"step {i} mode")
        steps.append(Step(mode, draw_input_spec(draw, shape, dtype, nonfinite, distribution)))
    return tuple(steps)


@st.composite
def step_sequences(draw: st.DrawFn, shape: tuple[int, ...], dtype: str, nonfinite: bool = False,
                   max_steps: int = MAX_STEPS) -> tuple[Step, ...]:
    """`draw_step_sequence` as a strategy."""
    return draw_step_sequence(draw, shape, dtype, nonfinite, max_steps)
