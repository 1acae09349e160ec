"""Tests for fuzz/campaign/store.py and the Finding record of fuzz/model/finding.py: append, read back,
skip bad lines."""

from __future__ import annotations

import json
import math
import warnings
from dataclasses import fields, replace

import pytest

from fuzz.campaign.store import CorruptFindingLine, FindingStore, read_findings
from fuzz.model.case import Case
from fuzz.model.finding import FINDING_SCHEMA, Evidence, Finding, FindingError, signature
from fuzz.model.vocabulary import EXCEPTIONS, DifferenceFound, Kind
from fuzz.testing.records import finding_of

INF, NAN = float("inf"), float("nan")


def finding(id: str = "output-0123456789", **changes) -> Finding:
    base = finding_of(
        id=id, kind="output", frameworks=("torch.nn", "mindspore.nn"), backend="cpu",
        case=Case(shape=(4, 3)).to_json(), case_summary=Case(shape=(4, 3)).describe(), step=1,
        max_abs_error=0.5, max_rel_error=0.25, ratio=12.0,
        tolerance={"rule": "float32-batch-stats", "rtol": 1.3e-6, "atol_max": 1e-5, "atol_min": 1e-6},
        verdict="blame_left", blamed="torch.nn", status="new", versions={"torch": "2.13.0", "mindspore": "2.10.0"},
        property="output", errors=({"type": "ValueError", "message": "m", "phase": "forward", "step": 0}, None),
        evidence=Evidence((2, 1), 1.5, 1.0, 1.0), conditioning=3.5, found_at="2025-01-01T00:00:00",
    )
    return finding_of(**{**{f.name: getattr(base, f.name) for f in fields(base)}, **changes})


def write_lines(path, *lines: str) -> None:
    path.write_text("".join(lines), encoding="utf-8")


def corrupt_warnings(record) -> list[str]:
    return [str(w.message) for w in record if issubclass(w.category, CorruptFindingLine)]


# --------------------------------------------------------------------------------------------
# FindingStore and read_findings

def test_appended_findings_read_back_last_line_per_id_in_first_seen_order(tmp_path):
    path = tmp_path / "run" / "findings.jsonl"  # the folder is created
    a, b, c = finding("a"), finding("b", kind="running_var"), finding("c", status="known", known_id="x")
    with FindingStore(path) as store:
        for f in (a, b, replace(a, count=2, shrunk=True), c, replace(b, count=5)):
            store.append(f)
    assert len(path.read_text().splitlines()) == 5
    found = read_findings(path)
    assert [f.id for f in found] == ["a", "b", "c"]
    assert found == [replace(a, count=2, shrunk=True), replace(b, count=5), c]


def test_each_append_is_on_disk_at_once(tmp_path):
    path = tmp_path / "findings.jsonl"
    store = FindingStore(path)
    try:
        store.append(finding("a"))
        assert read_findings(path) == [finding("a")]  # read while the store is still open
    finally:
        store.close()


def test_a_second_store_appends_to_the_same_file(tmp_path):
    path = tmp_path / "findings.jsonl"
    with FindingStore(path) as store:
        store.append(finding("a"))
    with FindingStore(path) as store:
        store.append(finding("b"))
    assert [f.id for f in read_findings(path)] == ["a", "b"]


def test_a_truncated_last_line_is_skipped_with_a_warning_naming_it(tmp_path):
    path = tmp_path / "findings.jsonl"
    whole = finding("a").dumps() + "\n" + finding("b").dumps() + "\n"
    write_lines(path, whole, finding("c").dumps()[:57])  # killed mid-write: no newline, half a line
    with pytest.warns(CorruptFindingLine) as record:
        found = read_findings(path)
    assert [f.id for f in found] == ["a", "b"]
    messages = corrupt_warnings(record)
    assert len(messages) == 1 and f"{path}:3:" in messages[0]


BAD_LINES = [
    "this is not json\n",
    "\x00\x01garbage\xff\n",
    "[1, 2, 3]\n",
    '{"id": "only-an-id"}\n',
    json.dumps(dict(finding("x").to_json(), status="open")) + "\n",
    json.dumps(dict(finding("x").to_json(), kind="bogus")) + "\n",
    json.dumps(dict(finding("x").to_json(), schema=99)) + "\n",
    json.dumps(dict(finding("x").to_json(), colour="red")) + "\n",
    json.dumps(dict(finding("x").to_json(), frameworks=5)) + "\n",
]


@pytest.mark.parametrize("bad", BAD_LINES, ids=range(len(BAD_LINES)))
def test_a_garbage_line_is_skipped_with_a_warning_and_the_others_are_read(tmp_path, bad):
    path = tmp_path / "findings.jsonl"
    write_lines(path, finding("a").dumps() + "\n", "\n", bad, finding("b").dumps() + "\n")
    with pytest.warns(CorruptFindingLine) as record:
        found = read_findings(path)
    assert [f.id for f in found] == ["a", "b"]
    messages = corrupt_warnings(record)
    assert len(messages) == 1 and ":3:" in messages[0]  # the blank line 2 is skipped silently


def test_warn_false_skips_bad_lines_silently(tmp_path):
    path = tmp_path / "findings.jsonl"
    write_lines(path, "garbage\n", finding("a").dumps() + "\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert [f.id for f in read_findings(path, warn=False)] == ["a"]


def test_a_missing_file_raises(tmp_path):
    with pytest.raises(FileNotFoundError, match="no findings file"):
        read_findings(tmp_path / "absent.jsonl")


@pytest.mark.parametrize("change", [{"ratio": "big"}, {"evidence": "none"}, {"evidence": [1, 2]}], ids=str)
def test_a_hand_edited_line_of_the_wrong_type_is_skipped_with_a_warning(tmp_path, change):
    path = tmp_path / "findings.jsonl"
    write_lines(path, finding("a").dumps() + "\n", json.dumps(dict(finding("x").to_json(), **change)) + "\n")
    with pytest.warns(CorruptFindingLine):
        assert [f.id for f in read_findings(path)] == ["a"]


# --------------------------------------------------------------------------------------------
# Finding: JSON round trip and validation

def test_finding_json_round_trip():
    f = finding()
    text = f.dumps()
    again = Finding.from_json(json.loads(text))
    assert again == f
    assert again.frameworks == ("torch.nn", "mindspore.nn") and again.evidence.index == (2, 1)
    assert isinstance(again.errors, tuple) and again.errors[1] is None
    assert json.loads(text)["schema"] == FINDING_SCHEMA


def test_finding_json_round_trip_with_inf_and_nan_ratios():
    f = finding(max_abs_error=INF, max_rel_error=NAN, ratio=INF, conditioning=-INF)
    text = f.dumps()
    data = json.loads(text, parse_constant=lambda token: pytest.fail(f"non-standard JSON token {token}"))
    stored = (data["max_abs_error"], data["max_rel_error"], data["ratio"], data["conditioning"])
    assert stored == ("inf", "nan", "inf", "-inf")
    again = Finding.from_json(data)
    assert again.max_abs_error == INF and again.ratio == INF and again.conditioning == -INF
    assert isinstance(again.max_rel_error, float) and math.isnan(again.max_rel_error)
    assert again.dumps() == text


def test_finding_json_round_trip_keeps_nonfinite_evidence_as_floats():
    f = finding(evidence=Evidence((0, 0), NAN, 1.0, INF), tolerance={"rule": "r", "atol_max": INF})
    again = Finding.from_json(json.loads(f.dumps()))
    assert isinstance(again.evidence.left, float) and math.isnan(again.evidence.left)
    assert again.evidence.reference == INF and again.tolerance.atol_max == INF


BAD_FINDINGS = [
    (dict(status="open"), "status"),
    (dict(status="New"), "status"),
    (dict(kind="bogus"), "kind"),
    (dict(kind="Output"), "kind"),
]


@pytest.mark.parametrize("change, word", BAD_FINDINGS, ids=[str(c) for c, _ in BAD_FINDINGS])
def test_a_finding_with_a_bad_status_or_kind_raises_finding_error(change, word):
    with pytest.raises(FindingError, match=word) as info:
        finding(**change)
    assert "output-0123456789" in str(info.value)  # and names the finding


@pytest.mark.parametrize("data, word", [
    ([1, 2], "JSON object"),
    ({"schema": 99}, "schema"),
    ({"id": "x"}, "malformed"),
    (dict(finding().to_json(), colour="red"), "colour"),
])
def test_malformed_finding_json_raises_finding_error(data, word):
    with pytest.raises(FindingError, match=word):
        Finding.from_json(data)


@pytest.mark.parametrize("kind", [k.value for k in Kind])
def test_every_kind_is_a_valid_finding_kind(kind):
    assert finding(kind=kind).kind == kind


def test_every_kind_has_its_own_exception_class():
    # crash and timeout too: the run's shrink raises one for a crash finding (without it, shrinking
    # a crash ended the whole run with a KeyError)
    assert set(EXCEPTIONS) == set(Kind)
    assert len(set(EXCEPTIONS.values())) == len(EXCEPTIONS)
    for kind, cls in EXCEPTIONS.items():
        assert issubclass(cls, DifferenceFound) and issubclass(cls, AssertionError) and cls.kind is kind


def test_signature_is_stable_and_tells_findings_apart():
    features = {"dtype": "float16", "blamed": "torch.nn"}
    first = signature(Kind.OUTPUT, ("torch.nn", "mindspore.nn"), "cpu", features)
    assert first == signature(Kind.OUTPUT, ("torch.nn", "mindspore.nn"), "cpu", dict(reversed(features.items())))
    assert first.startswith("output-") and len(first) == len("output-") + 10
    assert first != signature(Kind.OUTPUT, ("torch.nn", "mindspore.mint"), "cpu", features)
    assert first != signature(Kind.RUNNING_VAR, ("torch.nn", "mindspore.nn"), "cpu", features)
    assert first != signature(Kind.OUTPUT, ("torch.nn", "mindspore.nn"), "cpu", {**features, "dtype": "float32"})
