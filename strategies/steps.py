"""Sequences of train/eval steps, each with its own input; up to MAX_STEPS, shrinking toward one train step."""

from __future__ import annotations

from hypothesis import strategies as st

from fuzz.case import Mode, Step
from strategies.inputs import input_specs
from strategies.limits import MAX_STEPS


def step_modes() -> st.SearchStrategy[Mode]:
    return st.sampled_from((Mode.TRAIN, Mode.EVAL))


@st.composite
def step_sequences(draw: st.DrawFn, shape: tuple[int, ...], dtype: str, nonfinite: bool = False,
                   max_steps: int = MAX_STEPS) -> tuple[Step, ...]:
    count = draw(st.integers(1, max_steps), label="steps")
    return tuple(
        Step(draw(step_modes(), label=f"step {i} mode"), draw(input_specs(shape, dtype, nonfinite), label=f"step {i} input"))
        for i in range(count)
    )
