"""The committed list of documented differences: loading, matching, and stale-entry reporting.

Entries live in `fuzz/known_differences.toml`.  Each names the violation kinds it covers, the
framework pair, the side the evidence blames, and a `when` table of facts about the violation and
its case that must all hold.  Entries are meant to be narrow (for example: a training step with one
value per channel, torch raises and MindSpore returns), never a whole channel or dtype, so that a
new defect in the same channel still fails.

`when` keys are the fields of `facts()`.  A value matches by equality, a list by membership, and a
table by its operators: `min`, `max` (inclusive), `contains` (substring, for strings), `not`.
"""

from __future__ import annotations

import math
import tomllib
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from fuzz.model.case import DEFAULT_THREADS, Case, InitVia, is_real_number
from fuzz.model.numbers import describe_scalar
from fuzz.model.outcome import Outcome
from fuzz.model.targets import api_of, mode_of
from fuzz.model.vocabulary import Kind, Verdict
from fuzz.oracle.comparison import Violation
from fuzz.oracle.mechanism import (
    FACT_WORDS,
    channel_conditioning,
    error_over_cancellation,
    mechanism_of,
    offset_over_scale,
)
from fuzz.oracle.precision import constant_channels

#: the committed list, at the top of the fuzz folder where its users triage it
DEFAULT_PATH = Path(__file__).parent.parent / "known_differences.toml"


class KnownDifferencesError(ValueError):
    """The known-differences file is malformed; the message names the entry and the problem."""


def facts(violation: Violation, case: Case, backend: str, reference: Outcome | None = None,
          first_step: int | None = None) -> dict[str, Any]:
    """What an entry's `when` table can test, for one violation of one case.

    `reference` is the case's float64 reference outcome where the caller has it (else the mechanism
    computes it); `first_step` the earliest step any violation of the case is in (else this one's)."""
    left, right = violation.frameworks
    step_index = violation.step if violation.step is not None else 0
    step_index = min(step_index, len(case.steps) - 1)
    training = case.training_steps[step_index]
    state = violation.state
    left_error, right_error = violation.errors
    rejecting = left_error or right_error
    blamed = {Verdict.BLAME_LEFT: left, Verdict.BLAME_RIGHT: right}.get(violation.verdict, "none")
    if violation.kind in (Kind.ERROR_PARITY, Kind.ERROR_CLASS):  # neither side is "wrong" to accept or reject
        blamed = "none"
    rejected_by = (left if left_error else right) if rejecting else "none"
    about = blamed if blamed != "none" else rejected_by  # the side the finding is about, if any
    mechanism = mechanism_of(case, step_index, reference).facts
    conditioning = max((offset_over_scale(s.input) for s in case.steps[:step_index + 1]), default=0.0)
    return {
        # the facts of the mechanism (fuzz/oracle/mechanism.py), each true or false: what makes a
        # difference arise, whatever kind, verdict or side a manifestation of it shows
        # (`constant_in_dtype`: a channel of one value in the case's dtype, exactly or rounded together
        # like 100 +- 0.01 in float16, in a step up to the violation's with batch statistics)
        **{name: name in mechanism for name in FACT_WORDS},
        "kind": violation.kind.value,
        # sides by their API (`mindspore.nn+graph` is mindspore.nn): an entry covers every execution
        # mode of its API unless it names `mode`
        "frameworks": f"{_api(left)}~{_api(right)}",
        "blamed": _api(blamed),
        "blamed_target": blamed,  # the side as named, its mode included (finding ids tell the two modes apart)
        # the execution mode (fuzz/model/targets.py) of the side the finding is about: blamed, else
        # the one that rejected ("" when neither)
        "mode": mode_of(about.partition("@")[0]).value if about != "none" else "",
        # what the pairing compares: two execution modes of one API (the mode oracle), one API on two
        # backends, or two implementations
        "compares": ("modes" if _api(left) == _api(right) and left != right and "@" not in left
                     else "backends" if _api(left).partition("@")[0] == _api(right).partition("@")[0]
                     else "implementations"),
        "backend": backend,
        "rejected_by": _api(rejected_by),
        "error_type": rejecting.type if rejecting else "",
        "error_message": rejecting.message if rejecting else "",
        "error_phase": rejecting.phase.value if rejecting else "",
        # each side's own exception (when both reject, the error-class kind compares them)
        "left_error_type": left_error.type if left_error else "",
        "right_error_type": right_error.type if right_error else "",
        "right_error_message": right_error.message if right_error else "",
        "step_mode": "train" if training else "eval",
        # the step the case's first divergence shows in (any kind, this pairing): a difference that
        # only the k-th call of a module shows, or a later step that inherits an earlier one's
        "first_divergence_step": min(first_step, step_index) if first_step is not None else step_index,
        "batch_statistics": training or not case.track_running_stats,
        "values_per_channel": case.values_per_channel,
        "batch_size": case.shape[0] if case.shape else 0,
        "rank": len(case.shape),
        "dtype": case.dtype,
        "param_dtype": case.param_dtype or "default",
        # the number a real eps or momentum holds, whatever its type (eps=1, numpy.float32), so that
        # `eps = { max = 6e-8 }` covers every type; anything else as text
        "eps": float(case.eps) if is_real_number(case.eps) else str(case.eps),
        "momentum": float(case.momentum) if is_real_number(case.momentum) else str(case.momentum),
        # a bool, or (an invalid use) the text of what was passed instead: affine=0 is "0", never false
        "affine": case.affine if type(case.affine) is bool else describe_scalar(case.affine),
        "track_running_stats": (case.track_running_stats if type(case.track_running_stats) is bool
                                else describe_scalar(case.track_running_stats)),
        "nonfinite_input": any(s.input.has_nonfinite for s in case.steps),
        # how the violation's step input reached the frameworks: "contiguous", "transposed", "strided"
        "input_layout": (case.steps[step_index].input.layout.value
                         if case.steps[step_index].input.layout.views(case.shape) else "contiguous"),
        # whether any step up to the violation's had its input as a view: what a later step inherits
        "input_views_so_far": any(s.input.layout.views(case.shape) for s in case.steps[:step_index + 1]),
        "valid_use": case.is_valid_use,
        "num_features_matches": case.num_features is None
        or bool(case.num_features == (case.shape[1] if len(case.shape) > 1 else None)),  # (not numpy.bool_)
        "num_features": (case.channels if case.num_features is None else describe_scalar(case.num_features)
                         if isinstance(case.num_features, np.generic) else case.num_features),
        "rules_off": ",".join(sorted(case.rules_off)) or "none",
        "frozen_statistics": case.mindspore.frozen_statistics,
        "init_via_constructor": case.mindspore.init_via is InitVia.CONSTRUCTOR,
        "init_via": case.mindspore.init_via.value,
        # "none", "true", "false"; another type as the text of what was passed ("'False'", "np.bool_(True)")
        "use_batch_statistics": (str(case.mindspore.use_batch_statistics).lower()
                                 if case.mindspore.use_batch_statistics is None
                                 or type(case.mindspore.use_batch_statistics) is bool
                                 else describe_scalar(case.mindspore.use_batch_statistics)),
        "mindspore_only_initial": ",".join(n for n, _ in case.mindspore.unmapped_init) or "none",
        # a state finding: which side's entry (its torch name, else its own), and how it departs
        "state_side": ("left" if state.side == left else "right") if state else "",
        "state_name": (state.torch_name or state.name) if state else "",
        "state_change": state.change.value if state else "",
        # the compared quantity of a value, NaN-parity, precision or metamorphic finding ("" for others)
        "quantity": (violation.pair.quantity.value if violation.pair is not None
                     else violation.precision.quantity if violation.precision is not None else ""),
        # a precision finding: which measure (rmse, max_rel, exact, bias), and the blamed side's
        # measure over its peer's
        "precision_criterion": violation.precision.criterion.value if violation.precision else "",
        "precision_ratio": violation.precision.ratio if violation.precision else 0.0,
        # the blamed side's measure over the floor it had to pass (a few ulps of the quantity): how far
        # beyond rounding the loss is, whatever the peer did
        "precision_over_floor": violation.precision.over_floor if violation.precision else 0.0,
        # a missed exact output: the miss as an error of the channel's mean, in ulps of its value
        "precision_mean_ulps": violation.precision.mean_ulps if violation.precision else 0.0,
        # the violation's step normalises with batch statistics over a channel of one value (its exact
        # mean is that value, its variance 0: fuzz/oracle/precision.py `constant_channels`)
        "constant_channel": bool(constant_channels(case, step_index).any()),
        "threads": "default" if case.threads == DEFAULT_THREADS else str(case.threads),
        "relation": case.relation or "none",
        # the largest |offset| / scale of the step inputs up to the violation's (InputSpec; for literal
        # values |mean| / std): a large offset over a small spread is where a variance cancels, and a
        # later step inherits statistics that cancelled before it
        "offset_over_scale": conditioning,
        # the blamed side's worst relative error against the reference (else the pair's) over what a
        # one-pass variance loses to cancellation at that offset (unit roundoff x (|mean| / std)^2): an
        # entry of a cancellation bounds it, so that an error cancellation does not explain stays new
        # (the offset read from the inputs too: a channel of one value at 1e7 cancels entirely)
        "error_over_cancellation": error_over_cancellation(
            _relative_error(violation, blamed), case, max(conditioning, channel_conditioning(case, step_index))),
        # the worst error / tolerance of the evidence, so an entry can cover a known inaccuracy of
        # a given size and still let a far larger one through as new
        "ratio": violation.ratio if violation.kind is not Kind.ERROR_PARITY else 1.0,
    }


def _relative_error(violation: Violation, blamed: str) -> float:
    """The worst elementwise relative error of the blamed side against the reference, else of the
    pair (a relation's two outcomes, or neither side blamed); NaN where no comparison has one."""
    left, right = violation.versus_reference
    chosen = left if blamed == violation.frameworks[0] else right if blamed == violation.frameworks[1] else None
    comparisons = [chosen] if chosen is not None else [violation.pair, left, right]
    errors = [c.max_rel for c in comparisons if c is not None and math.isfinite(c.max_rel)]
    return max(errors, default=math.nan)


def _api(side: str) -> str:
    """A side's name with its API in place of its target (`mindspore.nn+graph@gpu` -> `mindspore.nn@gpu`)."""
    target, at, backend = side.partition("@")
    return api_of(target) + at + backend


FACT_KEYS = frozenset({*FACT_WORDS,
    "kind", "frameworks", "blamed", "blamed_target", "mode", "compares", "backend", "rejected_by", "error_type",
    "error_message", "error_phase",
    "left_error_type", "right_error_type", "right_error_message",
    "step_mode", "first_divergence_step",
    "batch_statistics", "values_per_channel", "batch_size", "rank", "dtype", "param_dtype", "eps",
    "momentum", "affine", "track_running_stats", "nonfinite_input", "valid_use", "num_features_matches",
    "num_features", "rules_off", "frozen_statistics", "init_via_constructor", "ratio",
    "init_via", "use_batch_statistics", "mindspore_only_initial", "state_side", "state_name", "state_change",
    "input_layout", "input_views_so_far", "quantity", "precision_criterion", "precision_ratio",
    "precision_over_floor", "precision_mean_ulps", "threads", "relation", "constant_channel", "offset_over_scale",
    "error_over_cancellation",
})
_OPERATORS = {"min", "max", "contains", "not"}


def condition_holds(expected: Any, actual: Any) -> bool:
    if isinstance(expected, dict):
        for op, value in expected.items():
            if op == "min" and not (isinstance(actual, (int, float)) and not math.isnan(actual) and actual >= value):
                return False
            if op == "max" and not (isinstance(actual, (int, float)) and not math.isnan(actual) and actual <= value):
                return False
            if op == "contains" and str(value) not in str(actual):
                return False
            if op == "not" and condition_holds(value, actual):
                return False
            if op not in _OPERATORS:
                return False  # never reached for a loaded file (validated); a typo must not match everything
        return True
    if isinstance(expected, list):
        return any(condition_holds(e, actual) for e in expected)
    if isinstance(expected, float) and isinstance(actual, float) and math.isnan(expected):
        return math.isnan(actual)
    return bool(expected == actual)


@dataclass(frozen=True)
class KnownDifference:
    id: str
    kinds: tuple[str, ...]
    when: dict[str, Any]
    reason: str
    source: str
    classification: str  # "documented" (the APIs say so) or "suspected-defect" (the reference blames one side)

    def matches(self, fact: dict[str, Any]) -> bool:
        if fact["kind"] not in self.kinds:
            return False
        return all(condition_holds(expected, fact.get(key)) for key, expected in self.when.items())


def _condition_problem(value: Any) -> str | None:
    """What is wrong with one `when` condition, looking inside lists and `not` (None if nothing)."""
    if isinstance(value, list):
        return next((p for p in map(_condition_problem, value) if p), None)
    if isinstance(value, dict):
        unknown = set(value) - _OPERATORS
        if unknown:
            return f"uses unknown operators {sorted(unknown)}; known: {sorted(_OPERATORS)}"
        if not value:
            return "is an empty table"
        for op in ("min", "max"):
            if op in value and (isinstance(value[op], bool) or not isinstance(value[op], (int, float))):
                return f"'{op}' must be a number, got {value[op]!r}"
        if "not" in value:
            return _condition_problem(value["not"])
    return None


def _validate(raw: dict[str, Any], where: str) -> KnownDifference:
    required = {"id", "kinds", "when", "reason", "source", "classification"}
    missing = required - set(raw)
    if missing:
        raise KnownDifferencesError(f"{where}: missing {sorted(missing)}")
    unknown = set(raw) - required
    if unknown:
        raise KnownDifferencesError(f"{where}: unknown fields {sorted(unknown)}")
    kinds = tuple(raw["kinds"])
    bad_kinds = set(kinds) - {k.value for k in Kind}
    if bad_kinds:
        raise KnownDifferencesError(f"{where} ({raw['id']}): unknown kinds {sorted(bad_kinds)}")
    if not isinstance(raw["when"], dict):
        raise KnownDifferencesError(f"{where} ({raw['id']}): 'when' must be a table of facts")
    for field_name in ("id", "reason", "source", "classification"):
        if not isinstance(raw[field_name], str):
            raise KnownDifferencesError(f"{where} ({raw['id']!r}): '{field_name}' must be a string")
    bad_keys = set(raw["when"]) - FACT_KEYS
    if bad_keys:
        raise KnownDifferencesError(f"{where} ({raw['id']}): unknown 'when' keys {sorted(bad_keys)}; "
                                    f"known keys: {', '.join(sorted(FACT_KEYS))}")
    for key, value in raw["when"].items():
        problem = _condition_problem(value)
        if problem:
            raise KnownDifferencesError(f"{where} ({raw['id']}): 'when.{key}' {problem}")
    if not raw["when"]:
        raise KnownDifferencesError(f"{where} ({raw['id']}): an empty 'when' would cover whole kinds; narrow it")
    if raw["classification"] not in ("documented", "suspected-defect"):
        raise KnownDifferencesError(f"{where} ({raw['id']}): classification is 'documented' or 'suspected-defect'")
    return KnownDifference(raw["id"], kinds, dict(raw["when"]), raw["reason"].strip(), raw["source"].strip(),
                           raw["classification"])


class KnownDifferences:
    """The loaded list, with a record of which entries matched something (for stale reporting)."""

    def __init__(self, entries: Iterable[KnownDifference]) -> None:
        self.entries = tuple(entries)
        ids = [e.id for e in self.entries]
        duplicates = {i for i in ids if ids.count(i) > 1}
        if duplicates:
            raise KnownDifferencesError(f"duplicate known-difference ids: {sorted(duplicates)}")
        self.hits: dict[str, int] = {e.id: 0 for e in self.entries}

    @classmethod
    def load(cls, path: Path | str = DEFAULT_PATH) -> KnownDifferences:
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise KnownDifferencesError(f"known-differences file {path} does not exist") from exc
        except tomllib.TOMLDecodeError as exc:
            raise KnownDifferencesError(f"{path} is not valid TOML: {exc}") from exc
        unknown = set(data) - {"difference"}
        if unknown:
            raise KnownDifferencesError(f"{path}: unknown top-level tables {sorted(unknown)}; "
                                        "entries are [[difference]]")
        raw_entries = data.get("difference", [])
        if not isinstance(raw_entries, list) or not all(isinstance(r, dict) for r in raw_entries):
            raise KnownDifferencesError(f"{path}: 'difference' must be an array of tables ([[difference]])")
        return cls(_validate(raw, f"{path.name} entry {i + 1}") for i, raw in enumerate(raw_entries))

    def classify(self, violation: Violation, case: Case, backend: str, reference: Outcome | None = None,
                 first_step: int | None = None) -> KnownDifference | None:
        """The first entry covering this violation (and count the hit), or None if it is new."""
        fact = facts(violation, case, backend, reference, first_step)
        for entry in self.entries:
            if entry.matches(fact):
                self.hits[entry.id] += 1
                return entry
        return None

    def stale(self) -> list[KnownDifference]:
        """Entries that matched nothing so far: a stale entry hides nothing and may be a bug."""
        return [e for e in self.entries if self.hits[e.id] == 0]

    def warn_stale(self) -> None:
        for entry in self.stale():
            warnings.warn(f"known difference {entry.id!r} matched nothing in this run", StaleKnownDifference,
                          stacklevel=2)


class StaleKnownDifference(UserWarning):
    """A known-difference entry that matched no violation in a run."""

