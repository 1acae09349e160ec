"""Plain-text rendering of violations and comparisons: the only place they become sentences."""

from __future__ import annotations

from fuzz.model.case import Case
from fuzz.model.outcome import ErrorInfo
from fuzz.model.vocabulary import Kind, Verdict
from fuzz.oracle.comparison import Comparison, Violation


def _fmt(value: float) -> str:
    return f"{value:.3g}"


def render_comparison(comparison: Comparison) -> str:
    """`Mismatched elements: 2 / 16 (12.5%)` / `Greatest absolute difference: ...` for one comparison."""
    c = comparison
    head = f"{c.quantity.value} after step {c.step}: {c.actual} vs {c.expected}"
    if c.shape_note:
        return f"{head}: {c.shape_note}"
    pct = 100.0 * c.mismatched / c.total if c.total else 0.0
    atol_max = c.tolerance.atol_range()[1]
    lines = [
        head,
        f"  Mismatched elements: {c.mismatched} / {c.total} ({pct:.1f}%)",
        f"  Greatest absolute difference: {_fmt(c.max_abs)} at index {c.max_abs_at}",
        f"  Greatest relative difference: {_fmt(c.max_rel)} at index {c.max_rel_at}",
        f"  Worst error / tolerance: {_fmt(c.ratio)} at index {c.ratio_at} (rule {c.tolerance.rule}, "
        f"rtol={_fmt(c.tolerance.rtol)}, atol up to {_fmt(atol_max)})",
    ]
    if c.nonfinite_mismatched:
        lines.append(f"  NaN/Inf at different positions: {c.nonfinite_mismatched}")
    return "\n".join(lines)


def render_error(name: str, error: ErrorInfo | None) -> str:
    if error is None:
        return f"{name}: accepted"
    where = error.phase.value + (f" of step {error.step}" if error.step is not None else "")
    return f"{name}: raised {error.type} in {where}: {error.message}"


def _render_metamorphic(violation: Violation, case: Case) -> str:
    """`metamorphic relation batch_permutation broken by torch.nn in running_var after step 0: ...`"""
    from fuzz.oracle.metamorphic import RELATION_SPECS  # (imported here: it imports the comparator)

    left, right = violation.frameworks
    blamed = {Verdict.BLAME_LEFT: left, Verdict.BLAME_RIGHT: right}.get(violation.verdict, "neither side")
    relation = case.relation or "?"
    statement = RELATION_SPECS[relation].statement if relation in RELATION_SPECS else ""
    step = f" after step {violation.step}" if violation.step is not None else ""
    what = (f"in {violation.pair.quantity.value}{step}" if violation.pair is not None
            else f"by rejecting a follow-up case{step} where it ran the case itself")
    return (f"metamorphic relation {relation} broken by {blamed} {what} ({statement}); "
            f"verdict: {violation.verdict.value}")


def render_violation(violation: Violation, case: Case) -> str:
    """A violation as a short story: what differs, between whom, by how much, and on what case."""
    left, right = violation.frameworks
    if violation.kind is Kind.ERROR_PARITY:
        lines = [f"error parity: {left} and {right} do not both accept or both reject this case",
                 "  " + render_error(left, violation.errors[0]), "  " + render_error(right, violation.errors[1])]
    elif violation.kind is Kind.ERROR_CLASS:
        lines = [f"error class: {left} and {right} both reject this case with classes that do not correspond",
                 "  " + render_error(left, violation.errors[0]), "  " + render_error(right, violation.errors[1])]
    elif violation.kind is Kind.METAMORPHIC:
        lines = [_render_metamorphic(violation, case)]
        if violation.pair is not None:
            lines.append(render_comparison(violation.pair))
        else:
            lines += ["  " + render_error(name, error) for name, error in zip(violation.frameworks, violation.errors)
                      if error is not None]
    elif violation.kind is Kind.STATE and violation.state is not None:
        step = f" after step {violation.step}" if violation.step is not None else ""
        lines = [f"state{step} ({left} vs {right}); verdict: {violation.verdict.value}",
                 "  " + violation.state.describe()]
    elif violation.kind is Kind.PRECISION and violation.precision is not None:
        blamed = left if violation.precision.blamed_side == "left" else right
        lines = [f"precision: {blamed} is several times less accurate than its peer ({left} vs {right}), "
                 "inside the tolerance", "  " + violation.precision.describe()]
        for comparison in violation.versus_reference:
            if comparison is not None:
                lines.append(render_comparison(comparison))
    else:
        step = f" after step {violation.step}" if violation.step is not None else ""
        if violation.kind is Kind.NAN_PARITY and violation.pair is not None:
            head = f"NaN/Inf at different positions in {violation.pair.quantity.value}{step} ({left} vs {right})"
        else:
            head = f"{violation.kind.value}{step} is not close ({left} vs {right})"
        lines = [f"{head}; verdict: {violation.verdict.value}"]
        for comparison in (violation.pair, *violation.versus_reference):
            if comparison is not None:
                lines.append(render_comparison(comparison))
    lines.append(f"[{case.describe()}]")
    return "\n".join(lines)
