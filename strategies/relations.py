"""Cases for the metamorphic relations: `relation_cases()` draws a valid case and a relation that
applies to it (fuzz/oracle/metamorphic.py says what each asserts and when it applies)."""

from __future__ import annotations

from hypothesis import assume
from hypothesis import strategies as st

from fuzz.model.case import RELATIONS, Case
from fuzz.model.relations import applicable_relations
from strategies.cases import batchnorm_cases

#: the valid case a relation is drawn for (built once: see strategies.inputs.draw_distribution);
#: gradient_sums needs gradients, so its cases are drawn with them
_VALID_BASE = batchnorm_cases()
_WITH_GRAD = batchnorm_cases(grad=True)
_RELATIONS = st.sampled_from(RELATIONS)


def _documented_types(case: Case) -> Case:
    """`case` with eps and momentum as the floats they hold: a relation is checked on valid uses
    only, and the valid family sometimes passes them as another type that holds the same number."""
    momentum = None if case.momentum is None else float(case.momentum)
    return case.with_(eps=float(case.eps), momentum=momentum)


@st.composite
def relation_cases(draw: st.DrawFn) -> Case:
    """A relation, and a valid case (`batchnorm_cases`, eps and momentum as Python floats) it applies
    to: where the relation drawn does not apply (flatten_length to an (N, C) input), the next one in
    `fuzz.model.case.RELATIONS` order that does; a case none applies to (an empty batch) is rejected.
    Shrinks as `batchnorm_cases` does, and toward the first relation (affine_input)."""
    wanted = draw(_RELATIONS, label="relation")
    case = _documented_types(draw(_WITH_GRAD if wanted == "gradient_sums" else _VALID_BASE, label="case"))
    relations = applicable_relations(case)
    assume(relations)
    start = RELATIONS.index(wanted)
    relation = next(r for r in RELATIONS[start:] + RELATIONS[:start] if r in relations)
    return case.with_(relation=relation)
