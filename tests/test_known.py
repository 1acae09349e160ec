"""Tests for fuzz/oracle/known.py and fuzz/known_differences.toml: loading, matching, stale entries."""

from __future__ import annotations

import json
import tomllib
import warnings

import numpy as np
import pytest

from fuzz.model.case import Case, InputSpec, MindSporeOptions, Mode, Step
from fuzz.model.outcome import ErrorInfo, Phase
from fuzz.model.vocabulary import Kind, Verdict
from fuzz.oracle.comparison import Violation
from fuzz.oracle.known import (
    DEFAULT_PATH,
    FACT_KEYS,
    KnownDifference,
    KnownDifferences,
    KnownDifferencesError,
    StaleKnownDifference,
    facts,
)

TORCH, MS = "torch.nn", "mindspore.nn"
ONE_VALUE = "Expected more than 1 value per channel when training, got input size torch.Size([1, 3])"


def error_parity(torch_error: ErrorInfo | None = None, ms_error: ErrorInfo | None = None, step: int = 0) -> Violation:
    return Violation(Kind.ERROR_PARITY, step, (TORCH, MS), errors=(torch_error, ms_error))


def torch_raises(message: str, phase: Phase = Phase.FORWARD) -> ErrorInfo:
    return ErrorInfo("ValueError", message, phase, 0)


def ms_raises(message: str, phase: Phase = Phase.CONSTRUCT) -> ErrorInfo:
    return ErrorInfo("ValueError", message, phase, 0)


# --------------------------------------------------------------------------------------------
# The committed file

def test_the_committed_file_loads_and_every_entry_is_valid():
    known = KnownDifferences.load()
    assert len(known.entries) >= 10
    ids = [e.id for e in known.entries]
    assert len(ids) == len(set(ids))
    kinds = {k.value for k in Kind}
    for entry in known.entries:
        assert entry.when and set(entry.when) <= FACT_KEYS, entry.id
        assert entry.kinds and set(entry.kinds) <= kinds, entry.id
        assert entry.classification in ("documented", "suspected-defect"), entry.id
        assert entry.reason and entry.source, entry.id
    assert set(known.hits) == set(ids) and not any(known.hits.values())


def test_the_committed_file_is_the_default_path_and_every_entry_is_loaded():
    raw = tomllib.loads(DEFAULT_PATH.read_text(encoding="utf-8"))["difference"]
    assert [r["id"] for r in raw] == [e.id for e in KnownDifferences.load(DEFAULT_PATH).entries]


def test_facts_offer_exactly_the_known_keys():
    case = Case(shape=(1, 3))
    assert set(facts(error_parity(torch_raises(ONE_VALUE)), case, "cpu")) == FACT_KEYS


# --------------------------------------------------------------------------------------------
# Malformed files

VALID_ENTRY = """
[[difference]]
id = "first"
kinds = ["error_parity"]
classification = "documented"
when = { dtype = "float32" }
reason = "r"
source = "s"
"""


def entry(id="second", kinds='["output"]', classification='"documented"', when='{ dtype = "float16" }',
          reason='"r"', source='"s"', extra="") -> str:
    fields = {"id": f'"{id}"', "kinds": kinds, "classification": classification, "when": when, "reason": reason,
              "source": source}
    lines = [f"{k} = {v}" for k, v in fields.items() if v is not None]
    return "\n[[difference]]\n" + "\n".join(lines) + ("\n" + extra if extra else "") + "\n"


MALFORMED = [
    # (second entry, words the message must contain)
    (entry(source=None), ["entry 2", "source"]),
    (entry(reason=None, source=None), ["entry 2", "reason", "source"]),
    (entry(extra='owner = "me"'), ["entry 2", "owner"]),
    (entry(kinds='["output", "outptu"]'), ["entry 2", "second", "outptu"]),
    (entry(when='{ dtyp = "float16" }'), ["entry 2", "second", "dtyp"]),
    (entry(when='{ eps = { maximum = 1e-3 } }'), ["entry 2", "second", "when.eps", "maximum"]),
    (entry(when="{}"), ["entry 2", "second", "empty"]),
    (entry(classification='"bug"'), ["entry 2", "second", "classification"]),
    (entry(id="first"), ["duplicate", "first"]),
]


@pytest.mark.parametrize("second, words", MALFORMED, ids=[w[-1] for _, w in MALFORMED])
def test_malformed_entries_raise_naming_the_entry(tmp_path, second, words):
    path = tmp_path / "known.toml"
    path.write_text(VALID_ENTRY + second, encoding="utf-8")
    with pytest.raises(KnownDifferencesError) as info:
        KnownDifferences.load(path)
    for word in words:
        assert word in str(info.value)


def test_the_valid_entry_alone_loads(tmp_path):
    path = tmp_path / "known.toml"
    path.write_text(VALID_ENTRY + entry(), encoding="utf-8")
    assert [e.id for e in KnownDifferences.load(path).entries] == ["first", "second"]


def test_invalid_toml_and_a_missing_file_raise(tmp_path):
    path = tmp_path / "known.toml"
    path.write_text("[[difference]\nid = ", encoding="utf-8")
    with pytest.raises(KnownDifferencesError, match="not valid TOML"):
        KnownDifferences.load(path)
    with pytest.raises(KnownDifferencesError, match="does not exist"):
        KnownDifferences.load(tmp_path / "absent.toml")


UNCHECKED = [
    pytest.param(entry(when='{ error_message = [{ contain = "x" }] }'), id="unknown-operator-in-a-list"),
    pytest.param(entry(when='{ dtype = { not = { contain = "x" } } }'), id="unknown-operator-under-not"),
    pytest.param(entry(when='["dtype"]'), id="when-not-a-table"),
    pytest.param(entry(reason="1"), id="reason-not-text"),
    pytest.param(entry(when='{ eps = { min = "small" } }'), id="min-not-a-number"),
]


@pytest.mark.parametrize("second", UNCHECKED)
def test_malformed_nested_entries_raise_naming_the_entry(tmp_path, second):
    path = tmp_path / "known.toml"
    path.write_text(VALID_ENTRY + second, encoding="utf-8")
    with pytest.raises(KnownDifferencesError, match="second"):
        KnownDifferences.load(path)


def test_a_typo_in_a_list_alternative_does_not_match_everything():
    typo = KnownDifference("typo", ("error_parity",), {"error_message": [{"contain": "eps"}]}, "r", "s", "documented")
    assert not typo.matches({"kind": "error_parity", "error_message": "an unrelated failure"})


# --------------------------------------------------------------------------------------------
# Matching operators

def known(when: dict, kinds: tuple[str, ...] = ("output",)) -> KnownDifference:
    return KnownDifference("e", kinds, when, "r", "s", "documented")


FACT = {"kind": "output", "dtype": "float16", "values_per_channel": 4, "eps": 1e-5, "error_message": "the eps must be",
        "affine": True, "momentum": "None"}
OPERATORS = [
    ({"dtype": "float16"}, True),
    ({"dtype": "float32"}, False),
    ({"affine": True}, True),
    ({"affine": False}, False),
    ({"dtype": ["float32", "float16"]}, True),
    ({"dtype": ["float32", "float64"]}, False),
    ({"values_per_channel": {"min": 4}}, True),
    ({"values_per_channel": {"min": 5}}, False),
    ({"values_per_channel": {"max": 4}}, True),
    ({"values_per_channel": {"max": 3}}, False),
    ({"values_per_channel": {"min": 2, "max": 8}}, True),
    ({"eps": {"max": 6e-8}}, False),
    ({"momentum": {"min": 0}}, False),  # a min/max never matches a non-number
    ({"error_message": {"contains": "eps must"}}, True),
    ({"error_message": {"contains": "momentum"}}, False),
    ({"error_message": [{"contains": "momentum"}, {"contains": "eps"}]}, True),
    ({"dtype": {"not": "float32"}}, True),
    ({"dtype": {"not": "float16"}}, False),
    ({"dtype": {"not": ["float16", "float32"]}}, False),
    ({"values_per_channel": {"not": {"min": 2}}}, False),
    ({"dtype": "float16", "values_per_channel": 4}, True),
    ({"dtype": "float16", "values_per_channel": 5}, False),  # every condition must hold
    ({"absent_fact": "x"}, False),
]


@pytest.mark.parametrize("when, matches", OPERATORS, ids=[str(w) for w, _ in OPERATORS])
def test_matching_operators(when, matches):
    assert known(when).matches(FACT) is matches


def test_an_entry_matches_only_its_kinds():
    assert not known({"dtype": "float16"}, kinds=("running_var",)).matches(FACT)
    assert known({"dtype": "float16"}, kinds=("running_var", "output")).matches(FACT)


def test_nan_matches_nan():
    assert known({"eps": float("nan")}).matches(dict(FACT, eps=float("nan")))
    assert not known({"eps": float("nan")}).matches(FACT)


# --------------------------------------------------------------------------------------------
# Entries match the violation they are meant for, and not a neighbour

def one_step(shape, mode=Mode.TRAIN, **kwargs) -> Case:
    return Case(shape=shape, steps=(Step(mode, InputSpec()),), **kwargs)


UNDERFLOW = "float16-eps-underflow-zero-variance"


def constant(shape, **kwargs) -> Case:
    """One training step whose input has a constant channel."""
    return Case(shape=shape, steps=(Step(Mode.TRAIN, InputSpec(constant_channels=(1,))),), **kwargs)


ENTRY_CASES = [
    # (entry id or None, violation, case)
    ("torch-rejects-one-value-per-channel", error_parity(torch_raises(ONE_VALUE)), one_step((1, 3))),
    ("torch-rejects-one-value-per-channel", error_parity(torch_raises(ONE_VALUE)), one_step((1, 3, 1))),
    ("torch-rejects-one-value-per-channel", error_parity(torch_raises(ONE_VALUE)),
     one_step((1, 3), Mode.EVAL, track_running_stats=False)),
    (None, error_parity(torch_raises(ONE_VALUE)), one_step((2, 3))),               # two values per channel
    (None, error_parity(torch_raises(ONE_VALUE)), one_step((1, 3), Mode.EVAL)),    # running statistics
    (None, error_parity(ms_error=ms_raises(ONE_VALUE)), one_step((1, 3))),         # the other side rejects
    (None, error_parity(torch_raises("some other failure")), one_step((1, 3))),
    ("mindspore-validates-eps-range", error_parity(ms_error=ms_raises("For 'BatchNorm', the eps must be in (0,1]")),
     one_step((4, 3), eps=0.0)),
    (None, error_parity(ms_error=ms_raises("For 'BatchNorm', the eps must be in (0,1]")),
     one_step((4, 3))),  # valid use
    ("mindspore-validates-momentum-range", error_parity(ms_error=ms_raises("the 'momentum' must be in range [0, 1]")),
     one_step((4, 3), momentum=1.5)),
    ("mindspore-validates-momentum-range", error_parity(ms_error=ms_raises("the momentum must be in [0, 1]")),
     one_step((4, 3), momentum=-0.1)),
    (None, error_parity(ms_error=ms_raises("the momentum is weird")), one_step((4, 3), momentum=-0.1)),
    ("mindspore-empty-batch-decays-moving-statistics",
     Violation(Kind.RUNNING_VAR, 0, (TORCH, MS), verdict=Verdict.BLAME_RIGHT), one_step((0, 3))),
    (None, Violation(Kind.RUNNING_VAR, 0, (TORCH, MS), verdict=Verdict.BLAME_LEFT), one_step((0, 3))),
    (None, Violation(Kind.OUTPUT, 0, (TORCH, MS), verdict=Verdict.BLAME_RIGHT), one_step((0, 3))),
    (None, Violation(Kind.RUNNING_VAR, 0, (TORCH, MS), verdict=Verdict.BLAME_RIGHT), one_step((1, 3))),
    ("mindspore-float16-params-moving-statistics-not-updated",
     Violation(Kind.RUNNING_MEAN, 0, (TORCH, MS), verdict=Verdict.BLAME_RIGHT),
     one_step((4, 3), param_dtype="float16")),
    (None, Violation(Kind.RUNNING_MEAN, 0, (TORCH, MS), verdict=Verdict.BLAME_RIGHT),
     one_step((4, 3), param_dtype="float16", mindspore=MindSporeOptions(use_batch_statistics=False))),
    # the mechanism, not the symptoms: eps that rounds to 0 in float16 and a channel of one float16 value
    (UNDERFLOW, Violation(Kind.NAN_PARITY, 0, (TORCH, MS), verdict=Verdict.BLAME_LEFT),
     constant((4, 3), dtype="float16", eps=1e-8)),
    (UNDERFLOW, Violation(Kind.NAN_PARITY, 0, (TORCH, MS), verdict=Verdict.BLAME_RIGHT),  # either side blamed
     constant((4, 3), dtype="float16", eps=1e-9)),
    (UNDERFLOW, Violation(Kind.GRAD_INPUT, 0, (TORCH, MS), verdict=Verdict.PAIR_ONLY),  # or neither
     Case(shape=(162, 17), dtype="float16", eps=1e-9, steps=(Step(Mode.TRAIN, InputSpec(offset=100.0, scale=0.01)),))),
    (None, Violation(Kind.NAN_PARITY, 0, (TORCH, MS), verdict=Verdict.BLAME_LEFT),
     constant((4, 3), dtype="float16", eps=1e-7)),  # eps is a float16 number: var + eps > 0
    (None, Violation(Kind.NAN_PARITY, 0, (TORCH, MS), verdict=Verdict.BLAME_LEFT),
     constant((4, 3), dtype="float32", eps=1e-8)),
    (None, Violation(Kind.NAN_PARITY, 0, (TORCH, MS), verdict=Verdict.BLAME_LEFT),
     one_step((4, 3), dtype="float16", eps=1e-8)),  # no channel of one value: no zero variance
    (None, Violation(Kind.NAN_PARITY, 1, (TORCH, MS), verdict=Verdict.BLAME_LEFT),  # the constant channel is in
     Case(shape=(4, 3), dtype="float16", eps=1e-8, steps=(Step(Mode.TRAIN, InputSpec()),  # an eval step, which
                                                          Step(Mode.EVAL, InputSpec(constant_channels=(1,)))))),
]


@pytest.mark.parametrize("expected, violation, case", ENTRY_CASES,
                         ids=[f"{i}-{e or 'new'}" for i, (e, _, _) in enumerate(ENTRY_CASES)])
def test_entries_match_their_violation_and_not_a_neighbour(expected, violation, case):
    entry = KnownDifferences.load().classify(violation, case, "cpu")
    assert (entry.id if entry else None) == expected


def test_mint_kernel_entry_is_for_the_mint_pair_on_cpu_only():
    case = one_step((4, 3))
    missing = ErrorInfo("RuntimeError", "The kernel BatchNormExt unregistered", Phase.FORWARD, 0)
    mint = Violation(Kind.ERROR_PARITY, 0, (TORCH, "mindspore.mint"), errors=(None, missing))
    known = KnownDifferences.load()
    assert known.classify(mint, case, "cpu").id == "mindspore-mint-batchnorm-kernel-missing-on-cpu"
    assert known.classify(mint, case, "ascend") is None
    assert known.classify(error_parity(ms_error=missing), case, "cpu") is None


def test_facts_of_an_error_parity_violation():
    fact = facts(error_parity(torch_raises(ONE_VALUE)), one_step((1, 3, 1), eps=0.5), "cpu")
    assert fact["rejected_by"] == TORCH and fact["error_type"] == "ValueError" and fact["error_phase"] == "forward"
    assert fact["blamed"] == "none" and fact["values_per_channel"] == 1 and fact["batch_statistics"] is True
    assert fact["rank"] == 3 and fact["eps"] == 0.5 and fact["momentum"] == 0.1 and fact["param_dtype"] == "default"
    assert fact["frameworks"] == "torch.nn~mindspore.nn" and fact["rules_off"] == "none"


def test_facts_of_a_value_violation():
    case = Case(shape=(4, 3), momentum=None, eps="1e-5",
                steps=(Step(Mode.TRAIN, InputSpec()), Step(Mode.EVAL, InputSpec())),
                rules_off=frozenset({"train_mode", "momentum"}))
    fact = facts(Violation(Kind.OUTPUT, 1, (TORCH, MS), verdict=Verdict.BLAME_LEFT), case, "cpu")
    assert fact["blamed"] == TORCH and fact["rejected_by"] == "none" and fact["error_message"] == ""
    assert fact["step_mode"] == "eval" and fact["batch_statistics"] is False
    assert fact["momentum"] == "None" and fact["eps"] == "1e-5" and fact["valid_use"] is False
    assert fact["rules_off"] == "momentum,train_mode"


def test_facts_of_arguments_of_another_type_and_of_a_layout():
    """A number of any type is its value (an entry's `eps = { max = 6e-8 }` covers numpy.float32 too);
    a bool argument of another type is its text, never false; the layout is the violation's step's."""
    case = Case(shape=(4, 3), eps=np.float32(5e-11), momentum=0, affine=0, track_running_stats=np.bool_(True),
                num_features=np.int64(3), steps=(Step(Mode.TRAIN, InputSpec(layout="strided")),
                                                 Step(Mode.EVAL, InputSpec(layout="transposed"))))
    fact = facts(Violation(Kind.OUTPUT, 1, (TORCH, MS), verdict=Verdict.BLAME_LEFT), case, "cpu")
    assert fact["eps"] == float(np.float32(5e-11)) and fact["momentum"] == 0.0 and type(fact["momentum"]) is float
    assert fact["affine"] == "0" and fact["track_running_stats"] == "np.bool_(True)"
    assert fact["num_features"] == "np.int64(3)"
    assert fact["input_layout"] == "transposed" and fact["input_views_so_far"] is True
    assert facts(Violation(Kind.OUTPUT, 0, (TORCH, MS)), case, "cpu")["input_layout"] == "strided"
    later = case.with_(steps=(Step(Mode.TRAIN, InputSpec(layout="strided")), Step(Mode.EVAL, InputSpec())))
    assert facts(Violation(Kind.OUTPUT, 1, (TORCH, MS)), later, "cpu")["input_layout"] == "contiguous"
    assert facts(Violation(Kind.OUTPUT, 1, (TORCH, MS)), later, "cpu")["input_views_so_far"] is True
    assert facts(Violation(Kind.OUTPUT, 0, (TORCH, MS)), one_step((4, 3)), "cpu")["input_views_so_far"] is False
    flat = Case(shape=(3,), num_features=3, steps=(Step(Mode.TRAIN, InputSpec(layout="transposed")),))
    assert facts(Violation(Kind.OUTPUT, 0, (TORCH, MS)), flat, "cpu")["input_layout"] == "contiguous"  # no view
    json.dumps(fact)  # plain JSON: finding ids are made from facts


# --------------------------------------------------------------------------------------------
# Hits and stale entries

def test_classify_counts_hits_and_stale_lists_the_rest():
    known = KnownDifferences.load()
    violation = error_parity(torch_raises(ONE_VALUE))
    for _ in range(3):
        assert known.classify(violation, one_step((1, 3)), "cpu").id == "torch-rejects-one-value-per-channel"
    assert known.classify(violation, one_step((2, 3)), "cpu") is None
    assert known.hits["torch-rejects-one-value-per-channel"] == 3
    stale = [e.id for e in known.stale()]
    assert "torch-rejects-one-value-per-channel" not in stale
    assert len(stale) == len(known.entries) - 1


def test_warn_stale_warns_once_per_stale_entry_by_id():
    known = KnownDifferences.load()
    known.classify(error_parity(torch_raises(ONE_VALUE)), one_step((1, 3)), "cpu")
    with pytest.warns(StaleKnownDifference) as record:
        known.warn_stale()
    messages = [str(w.message) for w in record if w.category is StaleKnownDifference]
    assert len(messages) == len(known.entries) - 1
    assert any(UNDERFLOW in m for m in messages)
    assert not any("torch-rejects-one-value-per-channel" in m for m in messages)


def test_no_warning_when_every_entry_matched():
    entries = [known({"dtype": "float16"}),
               KnownDifference("f", ("output",), {"dtype": "float32"}, "r", "s", "documented")]
    diffs = KnownDifferences(entries)
    diffs.classify(Violation(Kind.OUTPUT, 0, (TORCH, MS), verdict=Verdict.BLAME_LEFT),
                   one_step((4, 3), dtype="float16"), "cpu")
    diffs.classify(Violation(Kind.OUTPUT, 0, (TORCH, MS), verdict=Verdict.BLAME_LEFT), one_step((4, 3)), "cpu")
    assert diffs.stale() == []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        diffs.warn_stale()


def test_duplicate_ids_are_refused_when_built_directly():
    with pytest.raises(KnownDifferencesError, match="duplicate"):
        KnownDifferences([known({"dtype": "float16"}), known({"dtype": "float32"})])


def test_the_first_matching_entry_wins():
    wide = KnownDifference("wide", ("output",), {"dtype": ["float16", "float32"]}, "r", "s", "documented")
    narrow = KnownDifference("narrow", ("output",), {"dtype": "float16"}, "r", "s", "documented")
    diffs = KnownDifferences([wide, narrow])
    v = Violation(Kind.OUTPUT, 0, (TORCH, MS), verdict=Verdict.BLAME_LEFT)
    assert diffs.classify(v, one_step((4, 3), dtype="float16"), "cpu").id == "wide"
    assert diffs.hits == {"wide": 1, "narrow": 0}


@pytest.mark.parametrize("text, said", [
    ("The kernel BatchNormExt unregistered.\n\n-----\n- C++ Call Stack: (For framework developers)\n-----\nx.cc:848",
     "The kernel BatchNormExt unregistered."),
    # a message that opens with MindSpore's banner: the sentence after it is what entries match on
    ("----------------------------------------------------\n- Kernel select failed:\n"
     "----------------------------------------------------\n"
     "Select CPU operator[StridedSlice] fail! Unsupported data type!",
     "Select CPU operator[StridedSlice] fail! Unsupported data type!"),
    ("-----\n-----", "-----"),  # nothing but banner: the first line, not an empty message
    ("", ""),
])
def test_an_error_message_is_its_first_line_that_says_something(text, said):
    assert ErrorInfo.from_exception(TypeError(text), Phase.FORWARD).message == said


#: facts that only say where a difference was seen (which side, dtype, backend, mode), not how it arises
SCOPE_FACTS = frozenset({"kind", "frameworks", "blamed", "blamed_target", "backend", "dtype", "param_dtype", "mode",
                         "compares", "rejected_by", "quantity", "step_mode"})
#: entries written before issue 15 whose only conditions are scope facts: each covers one dtype
#: combination's gradients (or outputs) on one side; narrowing them needs their mechanism measured
#: (the closing note of issue 15 lists them).  No entry may join them.
WHOLE_DTYPE_ENTRIES = frozenset({"mindspore-float16-params-gradients", "torch-cpu-float16-normalisation-precision",
                                 "mindspore-float16-params-with-float32-input-gradients"})


def test_every_entry_names_a_fact_of_its_mechanism_beyond_where_it_was_seen():
    broad = {e.id for e in KnownDifferences.load().entries if set(e.when) <= SCOPE_FACTS}
    assert broad <= WHOLE_DTYPE_ENTRIES, f"covering a whole kind or dtype: {sorted(broad - WHOLE_DTYPE_ENTRIES)}"
