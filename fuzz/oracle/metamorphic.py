"""Metamorphic relations: each framework checked against itself, with no second framework needed.

A case with `relation` set (`fuzz.model.case.RELATIONS`) is run as usual (the differential
comparison is unchanged) and, on each side, also as the relation's *follow-up* cases, made from the
stored case alone (`follow_ups`): the transform's parameters (the scale a and shift b, the
permutations, the second input y) come from a generator seeded by the case's own JSON text, and
the transformed inputs are literal `InputSpec.values`, so a finding replays from its record.  What
each follow-up's outcome must equal, as a function of the source's, is the relation's
`expectations`; `check_relation` compares them, side by side, each side with itself.

The relations (`RELATION_SPECS`; `applies` says when, and a case where one does not apply is
skipped with a note, never judged):

- affine_input: for a = 2^k > 0 (exact in binary) and b, BN(a*x + b) with eps*a^2 and initial
  running statistics a*mean + b, a^2*var equals BN(x); the running statistics follow as
  a*mean + b and a^2*var.  Every step, train and eval.  float32 inputs and parameters wider than
  float16 only (a*x + b, a*mean + b rounded to float16 are another input and state, `fuzz.model.relations`).
- batch_permutation: permuting the batch (a random cycle that moves every row) permutes the outputs
  and leaves the running statistics unchanged.
- channel_permutation: permuting the channels of the input, the parameters and the buffers
  permutes the outputs and the running statistics.
- flatten_length: (N, C, L) input equals the (N*L, C) input made from it, train and eval.  Rank 3.
- batchnorm2d: BatchNorm1d on (N, C, L) equals the framework's BatchNorm2d on (N, C, L, 1)
  (`Case.batchnorm2d`; torch.nn and both MindSpore targets have one), gradients included.
- eval_additivity: a step normalised with the running statistics is a per-channel affine map,
  f(x + y) - f(y) = f(x) - f(0).  Needs such a step: eval with tracked statistics.
- gradient_sums: a step normalised with its batch statistics has an input gradient that sums to
  zero over each channel, and grad_bias is the upstream gradient summed over the channel.  A check
  of the source outcome alone (no follow-up).  Needs grad and such a step.

Only elements finite on both sides of a relation are compared (NaN/Inf where a float16 value
overflows are the NaN-parity property's to judge).  Follow-ups run without gradients except
batchnorm2d's (the upstream gradient is drawn for the source's shape and is not permuted with it).

The tolerance of a relation (`_allowance`) is the sum of the case tolerances
(fuzz/oracle/tolerance.py `case_tolerances`) of every outcome the relation combines, mapped the
way the relation maps their values (permuted with the channels, scaled by a for the running mean
and a^2 for the running variance): the relation holds exactly in exact arithmetic, each outcome
may be off its exact value by its own tolerance, so their combination may be off by the sum (as
the pair tolerance of the differential comparison is both sides' sum).  To that is added, per
channel, how far the float64 reference itself is from keeping the relation on the same inputs
(the reference gap): a transformed input is rounded to the case's dtype (a*x + b, x + y in
float16), which changes the exact answer a little, and no framework can keep a relation its
inputs no longer hold exactly.  So the reference never breaks a relation, and a relation a side
breaks is that side's finding: a `Violation` of `Kind.METAMORPHIC` blaming it (BLAME_LEFT or
BLAME_RIGHT), with the failing `Comparison` as `pair` (`actual` is what the follow-up gave,
`expected` what the relation derives from the source, both the same side's).  When both sides
break it, each gets its own violation (two findings, each blamed on its framework): a defect both
frameworks share is exactly what the differential oracle cannot see, and a relation each side is
checked against on its own has no "other side" to compare with.  A follow-up a side rejects
where the source ran is a violation too (the quantity `status`).
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass, replace
from typing import Any, Callable, Sequence

import numpy as np
from numpy.typing import NDArray

from fuzz.model.case import RELATIONS, Case, InputSpec, MindSporeOptions, Step, numpy_dtype
from fuzz.model.outcome import Outcome
from fuzz.model.relations import APPLIES, batch_stats_step, running_stats_step
from fuzz.model.vocabulary import Kind, Quantity, Verdict
from fuzz.oracle.compare import compare_arrays
from fuzz.oracle.comparison import Comparison, Violation
from fuzz.oracle.tolerance import Tolerance

#: the powers of two the affine relation scales by: a*x is exact in binary floating point
SCALES = (0.25, 0.5, 2.0, 4.0)
#: the largest eps MindSpore accepts (ops.BatchNorm's check_float_range(epsilon, 0, 1)); eps*a^2 stays below
EPS_MAX = 1.0

Tolerances = list[dict[Quantity, Tolerance]]


@dataclass(frozen=True)
class Expectation:
    """One array a relation says must equal another: `actual` from a follow-up (or the source), and
    `expected` derived from the source; both of one side.  Channel is axis 1 (axis 0 for 1-D
    statistics).  `tolerance` is `_allowance`'s, before the reference gap is added."""

    quantity: Quantity
    step: int
    actual_label: str
    expected_label: str
    actual: NDArray[Any]
    expected: NDArray[Any]
    tolerance: Tolerance


@dataclass(frozen=True)
class RelationSpec:
    """What one relation asserts and when it applies (see the module docstring)."""

    name: str
    statement: str
    applies: Callable[[Case], str | None]  # why the relation does not apply to a case (None: it applies)
    follow_ups: Callable[[Case], tuple[Case, ...]]
    expectations: Callable[[Case, Sequence[Outcome], Sequence[Tolerances]], list[Expectation]]


# ------------------------------------------------------------------------------------ helpers

def relation_rng(case: Case) -> np.random.Generator:
    """The generator of a relation's parameters: seeded by the case's JSON text (the source's), so the
    same stored case always makes the same follow-ups."""
    return np.random.default_rng(zlib.crc32(case.dumps().encode()))


def _inputs(case: Case) -> list[NDArray[Any]]:
    """Each step's input as float64 (the values the frameworks get, in the case's dtype)."""
    return [step.input.generate(case.shape, case.dtype).astype(np.float64) for step in case.steps]


def _spec(values: NDArray[Any], like: InputSpec) -> InputSpec:
    """Literal input values, in the layout of the source step's input."""
    return InputSpec(values=tuple(np.asarray(values, dtype=np.float64).reshape(-1).tolist()), layout=like.layout)


def _with_inputs(case: Case, inputs: Sequence[NDArray[Any] | None], shape: tuple[int, ...] | None = None,
                 **changes: Any) -> Case:
    """A follow-up: `case` with the steps' inputs replaced where given, no relation, no gradients."""
    steps = tuple(step if x is None else Step(step.mode, _spec(x, step.input)) for step, x in zip(case.steps, inputs))
    return case.with_(steps=steps, shape=shape or case.shape, relation=None, grad=changes.pop("grad", False),
                      **changes)


def _channel_axes(ndim: int) -> tuple[int, ...]:
    return tuple(axis for axis in range(ndim) if axis != 1)


def _map_unmapped(options: MindSporeOptions, how: Callable[[str, NDArray[Any]], NDArray[Any]]) -> MindSporeOptions:
    """MindSpore's own initial values (`MindSporeOptions.unmapped_init`) transformed as the case's are."""
    if not options.unmapped_init:
        return options
    mapped = tuple((name, tuple(float(v) for v in how(name, np.asarray(values))))
                   for name, values in options.unmapped_init)
    return replace(options, unmapped_init=mapped)


def _scaled(tolerance: Tolerance, factor: float = 1.0, order: NDArray[Any] | None = None) -> Tolerance:
    """A source tolerance in the follow-up's terms: its atol permuted with the channels and scaled as
    the values are (rtol is relative to the value, which is scaled already)."""
    atol = tolerance.atol if order is None else tolerance.atol[order]
    return Tolerance(tolerance.rule, tolerance.rtol, factor * atol)


def _allowance(name: str, quantity: Quantity, parts: Sequence[Tolerance]) -> Tolerance:
    """The sum of the tolerances of the outcomes a relation combines (see the module docstring)."""
    return Tolerance(f"metamorphic {name} {quantity.value}: sum of {len(parts)} outcomes' "
                     f"{parts[0].rule}", sum(p.rtol for p in parts), np.sum([p.atol for p in parts], axis=0))


def _steps_both(outcomes: Sequence[Outcome]) -> int:
    return min(len(o.steps) for o in outcomes)


def _compared(case: Case) -> tuple[Quantity, ...]:
    return (Quantity.OUTPUT, Quantity.RUNNING_MEAN, Quantity.RUNNING_VAR)


# ---------------------------------------------------------------------------- affine_input

def affine_parameters(case: Case) -> tuple[float, float]:
    """(a, b): a a power of two with eps*a^2 <= EPS_MAX; b a multiple of 1/8 of a*2^k (2^k the input's
    spread rounded down to a power of two), at most 4 of the follow-up's standard deviations: the
    shift leaves |mean| / std, the conditioning, nearly as it was, so a follow-up is not an input
    the tolerance policy calls harder than the case itself (a float16 input shifted by 30 of its
    deviations loses what float16 cannot hold)."""
    rng = relation_rng(case)
    eps = float(case.eps)
    scales = [a for a in SCALES if eps * a * a <= EPS_MAX]
    a = float(rng.choice(scales))
    spread = max((float(np.std(x)) for x in _inputs(case) if x.size), default=1.0)
    unit = 2.0 ** math.floor(math.log2(spread)) if spread > 0 else 1.0
    return a, float(rng.integers(-32, 33)) / 8 * unit * a


def _affine_follow_ups(case: Case) -> tuple[Case, ...]:
    a, b = affine_parameters(case)
    inputs = [a * x + b for x in _inputs(case)]

    def moved(name: str, values: NDArray[Any]) -> NDArray[Any]:
        result: NDArray[Any] = (a * values + b if name == "running_mean" else a * a * values if name == "running_var"
                                else values)
        return result

    mean, var = case.initial("running_mean"), case.initial("running_var")
    changes: dict[str, Any] = {"eps": float(case.eps) * a * a, "omit": case.omit - {"eps"},
                               "mindspore": _map_unmapped(case.mindspore, moved)}
    if case.track_running_stats:
        changes.update(running_mean=tuple(float(v) for v in a * mean + b),
                       running_var=tuple(float(v) for v in a * a * var))
    return (_with_inputs(case, inputs, **changes),)


def _affine_expectations(case: Case, outcomes: Sequence[Outcome], tolerances: Sequence[Tolerances]
                         ) -> list[Expectation]:
    a, b = affine_parameters(case)
    source, follow = outcomes
    out = []
    for index in range(_steps_both(outcomes)):
        for quantity in _compared(case):
            src, fu = source.steps[index].get(quantity), follow.steps[index].get(quantity)
            if src is None or fu is None:
                continue
            factor = {Quantity.RUNNING_MEAN: a, Quantity.RUNNING_VAR: a * a}.get(quantity, 1.0)
            expected = src.astype(np.float64) * factor + (b if quantity is Quantity.RUNNING_MEAN else 0.0)
            tol = _allowance("affine_input", quantity, (_scaled(tolerances[0][index][quantity], factor),
                                                        tolerances[1][index][quantity]))
            label = {Quantity.RUNNING_MEAN: f"{a:g}*mean+{b:g}", Quantity.RUNNING_VAR: f"{a * a:g}*var"}.get(
                quantity, "BN(x)")
            out.append(Expectation(quantity, index, f"BN({a:g}*x+{b:g}, eps*{a * a:g})", label, fu, expected, tol))
    return out


# ------------------------------------------------------------------------ permutations

def _cycle(case: Case, axis: int) -> NDArray[Any]:
    """A random cycle through every index of `axis` of the case's shape (none stays where it was, for 2 or more)."""
    n = case.shape[axis]
    order = relation_rng(case).permutation(n)
    perm = np.empty(n, dtype=np.int64)
    perm[order] = order[(np.arange(n) + 1) % n]
    return perm


def batch_permutation(case: Case) -> NDArray[Any]:
    """A random cycle through all N rows."""
    return _cycle(case, 0)


def channel_permutation(case: Case) -> NDArray[Any]:
    """A random cycle through the C channels (with the parameters and buffers)."""
    return _cycle(case, 1)


def _batch_follow_ups(case: Case) -> tuple[Case, ...]:
    perm = batch_permutation(case)
    return (_with_inputs(case, [x[perm] for x in _inputs(case)]),)


def _channel_follow_ups(case: Case) -> tuple[Case, ...]:
    perm = channel_permutation(case)
    changes: dict[str, Any] = {name: tuple(float(v) for v in np.asarray(getattr(case, name))[perm])
                               for name in ("weight", "bias", "running_mean", "running_var")
                               if getattr(case, name) is not None}
    changes["mindspore"] = _map_unmapped(case.mindspore, lambda _, values: values[perm])
    return (_with_inputs(case, [x[:, perm] for x in _inputs(case)], **changes),)


def _permutation_expectations(name: str, permute: Callable[[Case], NDArray[Any]], axis_of_output: int,
                              ) -> Callable[[Case, Sequence[Outcome], Sequence[Tolerances]], list[Expectation]]:
    def expectations(case: Case, outcomes: Sequence[Outcome], tolerances: Sequence[Tolerances]) -> list[Expectation]:
        perm = permute(case)
        source, follow = outcomes
        out = []
        for index in range(_steps_both(outcomes)):
            for quantity in _compared(case):
                src, fu = source.steps[index].get(quantity), follow.steps[index].get(quantity)
                if src is None or fu is None:
                    continue
                statistic = quantity is not Quantity.OUTPUT
                if statistic:
                    moved = src[perm] if axis_of_output == 1 else src
                else:
                    moved = np.take(src, perm, axis=axis_of_output)
                order = perm if axis_of_output == 1 else None
                tol = _allowance(name, quantity, (_scaled(tolerances[0][index][quantity], order=order),
                                                  tolerances[1][index][quantity]))
                what = "batch" if axis_of_output == 0 else "channels"
                label = f"BN(x) with its {what} permuted" if not statistic else (
                    f"{quantity.value} permuted" if axis_of_output == 1 else f"{quantity.value} of BN(x)")
                out.append(Expectation(quantity, index, f"BN(x with its {what} permuted)", label, fu, moved, tol))
        return out

    return expectations


# ------------------------------------------------------------------------- flatten_length

def _flatten(x: NDArray[Any]) -> NDArray[Any]:
    """(N, C, L) -> (N*L, C), row n*L + l holding x[n, :, l]."""
    n, c, length = x.shape
    flat: NDArray[Any] = x.transpose(0, 2, 1).reshape(n * length, c)
    return flat


def _flatten_follow_ups(case: Case) -> tuple[Case, ...]:
    n, c, length = case.shape
    return (_with_inputs(case, [_flatten(x) for x in _inputs(case)], shape=(n * length, c)),)


def _flatten_expectations(case: Case, outcomes: Sequence[Outcome], tolerances: Sequence[Tolerances]
                          ) -> list[Expectation]:
    source, follow = outcomes
    out = []
    for index in range(_steps_both(outcomes)):
        for quantity in _compared(case):
            src, fu = source.steps[index].get(quantity), follow.steps[index].get(quantity)
            if src is None or fu is None:
                continue
            expected = _flatten(src) if quantity is Quantity.OUTPUT and src.ndim == 3 else src
            tol = _allowance("flatten_length", quantity,
                             (tolerances[0][index][quantity], tolerances[1][index][quantity]))
            out.append(Expectation(quantity, index, "BN(x as (N*L, C))", "BN(x) as (N*L, C)", fu, expected, tol))
    return out


# ---------------------------------------------------------------------------- batchnorm2d

def _batchnorm2d_expectations(case: Case, outcomes: Sequence[Outcome], tolerances: Sequence[Tolerances]
                              ) -> list[Expectation]:
    source, follow = outcomes
    out = []
    for index in range(_steps_both(outcomes)):
        for quantity in Quantity:
            src, fu = source.steps[index].get(quantity), follow.steps[index].get(quantity)
            if src is None or fu is None or quantity not in tolerances[0][index]:
                continue
            tol = _allowance("batchnorm2d", quantity, (tolerances[0][index][quantity], tolerances[1][index][quantity]))
            out.append(Expectation(quantity, index, "BatchNorm2d on (N, C, L, 1)", "BatchNorm1d on (N, C, L)", fu,
                                   src, tol))
    return out


# ------------------------------------------------------------------------ eval_additivity

def additive_inputs(case: Case) -> list[NDArray[Any] | None]:
    """The second input y of each step normalised with the running statistics (None elsewhere): as
    spread and offset as the step's own input, from the relation's generator, in the case's dtype."""
    rng = relation_rng(case)
    out: list[NDArray[Any] | None] = []
    for index, x in enumerate(_inputs(case)):
        y = rng.standard_normal(case.shape) * (float(np.std(x)) or 1.0) + float(np.mean(x)) * rng.uniform(-1, 1)
        y = y.astype(numpy_dtype(case.dtype)).astype(np.float64)
        out.append(y if running_stats_step(case, index) else None)
    return out


def _additivity_follow_ups(case: Case) -> tuple[Case, ...]:
    xs, ys = _inputs(case), additive_inputs(case)
    sums = [None if y is None else x + y for x, y in zip(xs, ys)]
    zeros = [None if y is None else np.zeros_like(y) for y in ys]
    return (_with_inputs(case, sums), _with_inputs(case, ys), _with_inputs(case, zeros))


def _additivity_expectations(case: Case, outcomes: Sequence[Outcome], tolerances: Sequence[Tolerances]
                             ) -> list[Expectation]:
    source, plus, second, zero = outcomes
    out = []
    for index in range(_steps_both(outcomes)):
        if not running_stats_step(case, index):
            continue
        arrays = [o.steps[index].output for o in (plus, second, source, zero)]
        if any(a is None for a in arrays):
            continue
        f_sum, f_y, f_x, f_0 = (np.asarray(a, dtype=np.float64) for a in arrays)
        tol = _allowance("eval_additivity", Quantity.OUTPUT, [t[index][Quantity.OUTPUT] for t in tolerances])
        out.append(Expectation(Quantity.OUTPUT, index, "f(x+y) - f(y)", "f(x) - f(0)", f_sum - f_y, f_x - f_0, tol))
    return out


# --------------------------------------------------------------------------- gradient_sums

def _gradient_expectations(case: Case, outcomes: Sequence[Outcome], tolerances: Sequence[Tolerances]
                           ) -> list[Expectation]:
    (source,) = outcomes
    out = []
    for index in range(len(source.steps)):
        if not batch_stats_step(case, index):
            continue
        step, tol = source.steps[index], tolerances[0][index]
        grad_input = step.grad_input
        if grad_input is not None and Quantity.GRAD_INPUT in tol and grad_input.size:
            g = grad_input.astype(np.float64)
            axes = _channel_axes(g.ndim)
            # each element within its tolerance of the exact gradient: the sum within the sum of the
            # allowances of the exact sum, zero
            allowed = tol[Quantity.GRAD_INPUT].allowed(g).sum(axis=axes)
            out.append(Expectation(Quantity.GRAD_INPUT, index, "sum of grad_input over the channel", "0",
                                   g.sum(axis=axes), np.zeros(g.shape[1]),
                                   Tolerance(f"metamorphic gradient_sums grad_input: sum of the elements' "
                                             f"{tol[Quantity.GRAD_INPUT].rule}", 0.0, allowed)))
        if step.grad_bias is not None and Quantity.GRAD_BIAS in tol and step.output is not None:
            upstream = case.upstream_gradient(index, tuple(step.output.shape), case.dtype).astype(np.float64)
            expected = upstream.sum(axis=_channel_axes(upstream.ndim)) if upstream.size else np.zeros(case.channels)
            out.append(Expectation(Quantity.GRAD_BIAS, index, "grad_bias", "upstream gradient summed over the channel",
                                   step.grad_bias.astype(np.float64), expected,
                                   _allowance("gradient_sums", Quantity.GRAD_BIAS, (tol[Quantity.GRAD_BIAS],))))
    return out


# ------------------------------------------------------------------------ applicability

RELATION_SPECS: dict[str, RelationSpec] = {
    spec.name: spec for spec in (
        RelationSpec("affine_input", "BN(a*x + b) with eps*a^2 equals BN(x); the running statistics move as "
                     "a*mean + b and a^2*var", APPLIES["affine_input"], _affine_follow_ups, _affine_expectations),
        RelationSpec("batch_permutation", "permuting the batch permutes the outputs and leaves the statistics "
                     "unchanged", APPLIES["batch_permutation"], _batch_follow_ups,
                     _permutation_expectations("batch_permutation", batch_permutation, 0)),
        RelationSpec("channel_permutation", "permuting the channels (with the parameters and buffers) permutes "
                     "everything", APPLIES["channel_permutation"], _channel_follow_ups,
                     _permutation_expectations("channel_permutation", channel_permutation, 1)),
        RelationSpec("flatten_length", "(N, C, L) input equals the (N*L, C) input made from it",
                     APPLIES["flatten_length"], _flatten_follow_ups, _flatten_expectations),
        RelationSpec("batchnorm2d", "BatchNorm1d on (N, C, L) equals BatchNorm2d on (N, C, L, 1)",
                     APPLIES["batchnorm2d"],
                     lambda case: (case.with_(relation=None, batchnorm2d=True),), _batchnorm2d_expectations),
        RelationSpec("eval_additivity", "with running statistics the module is a per-channel affine map: "
                     "f(x + y) - f(y) = f(x) - f(0)", APPLIES["eval_additivity"], _additivity_follow_ups,
                     _additivity_expectations),
        RelationSpec("gradient_sums", "with batch statistics the input gradient sums to zero over each channel "
                     "and grad_bias is the upstream gradient summed over the channel",
                     APPLIES["gradient_sums"], lambda case: (), _gradient_expectations),
    )
}
assert tuple(RELATION_SPECS) == RELATIONS, "every relation of fuzz.model.case.RELATIONS needs its spec, in order"


def relation_of(case: Case) -> RelationSpec:
    if case.relation is None or case.relation not in RELATION_SPECS:
        raise ValueError(f"a relation check needs a case with relation one of {RELATIONS}, got {case.relation!r}")
    return RELATION_SPECS[case.relation]


def not_applicable(case: Case) -> str | None:
    """Why the case's relation does not apply to it (None: it applies, or the case has none)."""
    if case.relation is None:
        return None
    return relation_of(case).applies(case)


def follow_ups(case: Case) -> tuple[Case, ...]:
    """The follow-up cases each side runs for the case's relation (none where it does not apply)."""
    if case.relation is None or not_applicable(case) is not None:
        return ()
    with np.errstate(all="ignore"):  # a hostile input's Inf and NaN carry into the follow-ups' inputs, as meant
        return relation_of(case).follow_ups(case)


# ------------------------------------------------------------------------------ comparing

def _channel_gap(actual: NDArray[Any], expected: NDArray[Any]) -> NDArray[Any]:
    """Per channel, the largest |actual - expected| (of the reference: how far it is from the relation)."""
    diff: NDArray[Any] = np.abs(actual.astype(np.float64) - expected.astype(np.float64))
    if diff.ndim >= 2:
        gap: NDArray[Any] = diff.max(axis=_channel_axes(diff.ndim)) if diff.size else np.zeros(diff.shape[1])
        return gap
    return diff


@dataclass(frozen=True)
class RelationResult:
    """What checking one case's relation showed: every comparison made, the violations, and a note
    when it was not judged (does not apply, the source was rejected)."""

    comparisons: tuple[Comparison, ...] = ()
    violations: tuple[Violation, ...] = ()
    note: str | None = None


def check_relation(case: Case, sides: Sequence[Sequence[Outcome]], reference: Sequence[Outcome],
                   tolerances: Sequence[Tolerances], names: tuple[str, str]) -> RelationResult:
    """Compare each side with itself under the case's relation.

    sides: per side (left, right), its outcomes of the source and of every follow-up, in order;
    reference: the float64 reference's, the same; tolerances: `case_tolerances` of the source and
    of every follow-up.
    """
    with np.errstate(all="ignore"):  # Inf - Inf in a relation's arithmetic is NaN, judged as NaN
        return _check_relation(case, sides, reference, tolerances, names)


def _check_relation(case: Case, sides: Sequence[Sequence[Outcome]], reference: Sequence[Outcome],
                    tolerances: Sequence[Tolerances], names: tuple[str, str]) -> RelationResult:
    spec = relation_of(case)
    why = spec.applies(case)
    if why is not None:
        return RelationResult(note=f"relation {spec.name} not checked: {why}")
    if any(o.error is not None or o.fault is not None for o in reference):
        return RelationResult(note=f"relation {spec.name} not checked: the reference does not run every case")
    reference_gaps: dict[tuple[Quantity, int, str], NDArray[Any]] = {}
    for exp in spec.expectations(case, reference, tolerances):
        if np.isfinite(exp.actual).all() and np.isfinite(exp.expected).all():
            reference_gaps[(exp.quantity, exp.step, exp.actual_label)] = _channel_gap(exp.actual, exp.expected)
    comparisons: list[Comparison] = []
    violations: list[Violation] = []
    notes: list[str] = []
    for which, (outcomes, name) in enumerate(zip(sides, names)):
        verdict = Verdict.BLAME_LEFT if which == 0 else Verdict.BLAME_RIGHT
        source = outcomes[0]
        if source.error is not None or source.fault is not None:
            notes.append(f"{name} did not run the source case")
            continue
        faulted = next((o for o in outcomes[1:] if o.fault is not None), None)
        if faulted is not None and faulted.fault is not None:
            errors = (faulted.error, None) if which == 0 else (None, faulted.error)
            violations.append(Violation(faulted.fault, None, names, verdict=verdict, errors=errors))
            continue
        rejected = next((o for o in outcomes[1:] if o.error is not None), None)
        if rejected is not None and rejected.error is not None:
            errors = (rejected.error, None) if which == 0 else (None, rejected.error)
            violations.append(Violation(Kind.METAMORPHIC, rejected.error.step, names, verdict=verdict, errors=errors))
            continue
        broken: set[Quantity] = set()
        for exp in spec.expectations(case, outcomes, tolerances):
            gap = reference_gaps.get((exp.quantity, exp.step, exp.actual_label))
            if gap is None:
                continue  # the reference has no finite value here: nothing to hold the side to
            tol = exp.tolerance
            tol = Tolerance(f"{tol.rule} + reference gap", tol.rtol, tol.atol + gap)
            actual, expected = exp.actual, exp.expected
            finite = np.isfinite(actual) & np.isfinite(expected)
            if not finite.all():
                # NaN/Inf (a float16 value or gradient past its range) are the NaN-parity property's to
                # judge; a relation is about the values both sides of it have
                actual, expected = np.where(finite, actual, 0.0), np.where(finite, expected, 0.0)
            comparison = compare_arrays(actual, expected, tol, quantity=exp.quantity, step=exp.step,
                                        actual_name=f"{name}: {exp.actual_label}",
                                        expected_name=f"{name}: {exp.expected_label}")
            comparisons.append(comparison)
            if not comparison.ok and exp.quantity not in broken:
                broken.add(exp.quantity)  # the first step a quantity breaks the relation in
                violations.append(Violation(Kind.METAMORPHIC, exp.step, names, pair=comparison, verdict=verdict))
    note = f"relation {spec.name}: " + "; ".join(notes) if notes else None
    return RelationResult(tuple(comparisons), tuple(violations), note)


def violation_side(violation: Violation) -> int:
    """0 for a metamorphic violation of the left side, 1 of the right."""
    return 0 if violation.verdict is Verdict.BLAME_LEFT else 1

