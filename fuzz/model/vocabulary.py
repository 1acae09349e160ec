"""The harness's one vocabulary: compared quantities, kinds of finding, verdicts, statuses, and what
each kind brings with it (its exception class, its colour in reports, whether it carries numbers,
which cases its fuzz target draws).

Adding a kind of finding is one entry in `KINDS` plus the comparison that produces it
(`fuzz/oracle/compare.py`); everything else (exceptions, fuzz targets, reports, known-difference
validation, planted-defect tests) reads this table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Quantity(StrEnum):
    """The arrays compared per step."""

    OUTPUT = "output"
    RUNNING_MEAN = "running_mean"
    RUNNING_VAR = "running_var"
    GRAD_INPUT = "grad_input"
    GRAD_WEIGHT = "grad_weight"
    GRAD_BIAS = "grad_bias"


class Kind(StrEnum):
    """Kinds of finding: one per compared quantity, then the ones that are not a value."""

    OUTPUT = "output"
    RUNNING_MEAN = "running_mean"
    RUNNING_VAR = "running_var"
    GRAD_INPUT = "grad_input"
    GRAD_WEIGHT = "grad_weight"
    GRAD_BIAS = "grad_bias"
    ERROR_PARITY = "error_parity"
    ERROR_CLASS = "error_class"
    NAN_PARITY = "nan_parity"
    STATE = "state"
    PRECISION = "precision"
    METAMORPHIC = "metamorphic"
    CRASH = "crash"
    TIMEOUT = "timeout"

    @property
    def spec(self) -> KindSpec:
        return KINDS[self]

    @property
    def quantity(self) -> Quantity | None:
        """The quantity whose values this kind compares (None: not a value comparison)."""
        return KINDS[self].quantity

    @property
    def carries_numbers(self) -> bool:
        """A finding of this kind has values and an error/tolerance ratio (else: errors only)."""
        return KINDS[self].numbers

    @property
    def is_fault(self) -> bool:
        """A worker died or hung on the case (crash, timeout): no outcome to compare."""
        return KINDS[self].fault

    @property
    def severity(self) -> Severity:
        return KINDS[self].severity

    @property
    def exception(self) -> type[DifferenceFound]:
        return EXCEPTIONS[self]


class Severity(StrEnum):
    """How much a kind of finding costs a user, most first: the order reports sort by, and what
    `--fail-on` chooses from."""

    WRONG_VALUE = "wrong_value"  # a silent wrong output, gradient or statistic
    STATE = "state"  # the module's state is not what its documentation promises
    NONFINITE = "nonfinite"  # NaN/Inf where the other side (or the reference) has a number
    FAULT = "fault"  # the process died or hung
    ERROR = "error"  # accept/reject or the exception class differs
    PRECISION = "precision"  # inside the tolerance, but several times less accurate than the peer


class Verdict(StrEnum):
    """What the float64 reference says of a disagreement (fuzz/oracle/verdict.py decides)."""

    AGREE = "agree"
    BLAME_LEFT = "blame_left"
    BLAME_RIGHT = "blame_right"
    PAIR_ONLY = "pair_only"  # frameworks disagree where the reference has no value
    ILL_CONDITIONED = "ill_conditioned"
    NOT_JUDGED = "not_judged"  # error parity, crashes, hangs: nothing numeric to judge

    @property
    def is_violation(self) -> bool:
        return self in (Verdict.BLAME_LEFT, Verdict.BLAME_RIGHT, Verdict.PAIR_ONLY)


class Status(StrEnum):
    """A finding is new, or covered by an entry of the known-differences list."""

    NEW = "new"
    KNOWN = "known"


class ReplayStatus(StrEnum):
    """What replaying a stored finding's case showed."""

    REPRODUCES = "reproduces"  # the same finding id again
    KNOWN = "known"  # a violation of its kind, now covered by the known-differences list
    GONE = "gone"


#: how `python -m fuzz replay` prints each status (the version matrix reads them back)
REPLAY_LABELS = {ReplayStatus.REPRODUCES: "reproduces", ReplayStatus.KNOWN: "known now", ReplayStatus.GONE: "gone"}


class Family(StrEnum):
    """The families of cases a fuzz target draws (strategies/): each names a strategy call."""

    VALID = "valid_uses"  # batchnorm_cases()
    WITH_GRAD = "gradients"  # batchnorm_cases(grad=True)
    HOSTILE = "hostile_inputs"  # batchnorm_cases(nonfinite=True)
    INVALID = "invalid_uses"  # invalid_cases()
    RELATIONS = "relations"  # relation_cases() (strategies/relations.py)
    LARGE = "large_batches"  # large_cases() (strategies/large.py)


@dataclass(frozen=True)
class KindSpec:
    """Everything the harness says of one kind besides how it is compared."""

    exception: str  # the name of its exception class (Hypothesis tells failures apart by class and line)
    colour: str  # in report plots
    numbers: bool  # carries values and a ratio (False: an error, a crash or a hang)
    families: tuple[Family, ...]  # the fuzz targets of `pytest fuzz/` (none: found only by isolated runs)
    quantity: Quantity | None = None
    summary: str = ""  # what its fuzz target asserts, in words
    fault: bool = False  # made by a worker that died or hung (isolation), not by comparing outcomes
    severity: Severity = Severity.WRONG_VALUE


KINDS: dict[Kind, KindSpec] = {
    Kind.OUTPUT: KindSpec("OutputMismatch", "#1f77b4", True, (Family.VALID,), Quantity.OUTPUT,
                          "the forward output of every step agrees"),
    Kind.RUNNING_MEAN: KindSpec("RunningMeanMismatch", "#ff7f0e", True, (Family.VALID,), Quantity.RUNNING_MEAN,
                                "the running mean after every step agrees (when both keep one)"),
    Kind.RUNNING_VAR: KindSpec("RunningVarMismatch", "#2ca02c", True, (Family.VALID,), Quantity.RUNNING_VAR,
                               "the running variance after every step agrees (when both keep one)"),
    Kind.GRAD_INPUT: KindSpec("GradInputMismatch", "#d62728", True, (Family.WITH_GRAD,), Quantity.GRAD_INPUT,
                              "the gradient with respect to the input agrees"),
    Kind.GRAD_WEIGHT: KindSpec("GradWeightMismatch", "#9467bd", True, (Family.WITH_GRAD,), Quantity.GRAD_WEIGHT,
                               "the gradient with respect to the weight (gamma) agrees"),
    Kind.GRAD_BIAS: KindSpec("GradBiasMismatch", "#8c564b", True, (Family.WITH_GRAD,), Quantity.GRAD_BIAS,
                             "the gradient with respect to the bias (beta) agrees"),
    Kind.ERROR_PARITY: KindSpec("ErrorParityViolation", "#e377c2", False, (Family.VALID, Family.INVALID), None,
                                "both frameworks accept, or both reject, the same use", severity=Severity.ERROR),
    Kind.ERROR_CLASS: KindSpec("ErrorClassMismatch", "#c49c94", False, (Family.INVALID,), None,
                               "when both frameworks reject a use, their exception classes correspond "
                               "(a porter's except clause depends on it)", severity=Severity.ERROR),
    Kind.NAN_PARITY: KindSpec("NanParityViolation", "#7f7f7f", True, (Family.HOSTILE,), None,
                              "NaN and Inf appear at the same positions, hostile inputs included",
                              severity=Severity.NONFINITE),
    Kind.STATE: KindSpec("StateMismatch", "#aec7e8", False, (Family.VALID,), None,
                         "each side's whole state (its own state API) is what its documentation promises after "
                         "every step, and state one side keeps does not move where the other keeps none",
                         severity=Severity.STATE),
    Kind.PRECISION: KindSpec("PrecisionLoss", "#dbdb8d", True, (Family.WITH_GRAD,), None,
                             "inside the tolerance, neither side is several times further from the float64 "
                             "reference (or from a known exact answer) than the other",
                             severity=Severity.PRECISION),
    Kind.METAMORPHIC: KindSpec("MetamorphicViolation", "#9edae5", True, (Family.RELATIONS,), None,
                               "each framework keeps the relations BatchNorm1d's definition implies (scaling, "
                               "permutation, reshaping, additivity in eval, gradient sums), checked against itself"),
    Kind.CRASH: KindSpec("WorkerCrashed", "#bcbd22", False, (), fault=True, severity=Severity.FAULT),
    Kind.TIMEOUT: KindSpec("WorkerHung", "#17becf", False, (), fault=True, severity=Severity.FAULT),
}
assert set(KINDS) == set(Kind), "every kind needs its entry in KINDS"

#: the kind that compares each quantity
QUANTITY_KIND: dict[Quantity, Kind] = {spec.quantity: kind for kind, spec in KINDS.items() if spec.quantity}
assert set(QUANTITY_KIND) == set(Quantity), "every compared quantity needs its kind"

#: kinds with a fuzz target of their own (`pytest fuzz/`), in table order
TARGET_KINDS: tuple[Kind, ...] = tuple(kind for kind, spec in KINDS.items() if spec.families)


class DifferenceFound(AssertionError):
    """A new (not known) difference between the frameworks; one subclass per kind."""

    kind: Kind


#: the exception class of each kind, made from the table (named as the table says, in this module)
EXCEPTIONS: dict[Kind, type[DifferenceFound]] = {}
for _kind, _spec in KINDS.items():
    _cls = type(_spec.exception, (DifferenceFound,), {"kind": _kind, "__module__": __name__,
                                                       "__doc__": f"A new {_kind.value} finding."})
    globals()[_spec.exception] = _cls  # importable (and picklable) by its name
    EXCEPTIONS[_kind] = _cls
del _kind, _spec, _cls
