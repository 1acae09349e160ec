"""Findings grouped into defects: what the maintainers' report gives one section each.

One defect shows as several findings (its output in a training step, the running variance after
it, the gradients, NaN in an eval step that inherits it...).  A finding a known-difference entry
covers belongs to that entry's defect.  A new finding belongs to the defect of its mechanism: the
side the reference blamed (or, where it blamed none, the pair and their exceptions), what sort of
difference it is (numbers, accept/reject, a dead worker, a broken relation), the dtypes, and the
facts of its case that make a difference arise (fuzz/oracle/mechanism.py).  Sections are ordered by
severity (`Severity`: silent wrong values first, precision last), then by the worst ratio.

Pure: built from stored findings, no framework imported.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from enum import StrEnum

from fuzz.model.finding import Finding
from fuzz.model.targets import api_of
from fuzz.model.vocabulary import Kind, Severity, Status
from fuzz.oracle.mechanism import Mechanism, mechanism_of

#: a mapping-rule confirmation's entry id starts so (fuzz/execution/check.py): never a defect
MAPPING_RULE_PREFIX = "mapping-rule:"


class Classification(StrEnum):
    """What a defect is, as far as the run knows."""

    DOCUMENTED = "documented"  # the APIs say they differ so (a known entry)
    SUSPECTED = "suspected-defect"  # a known entry: the reference blames one side
    NEW = "new"  # no entry covers it yet: to triage

    @property
    def words(self) -> str:
        return CLASSIFICATION_WORDS[self]

    @classmethod
    def of(cls, finding: Finding) -> Classification:
        if finding.status is Status.NEW:
            return cls.NEW
        return cls.DOCUMENTED if finding.classification == "documented" else cls.SUSPECTED


CLASSIFICATION_WORDS = {Classification.DOCUMENTED: "documented difference",
                        Classification.SUSPECTED: "suspected defect (triaged)",
                        Classification.NEW: "new: not triaged yet (a suspected defect until an entry says otherwise)"}


@dataclass(frozen=True)
class Defect:
    """One root cause and every finding that shows it, the exemplar first."""

    key: str  # the known entry's id, or `new-<side>-<hash>` of the mechanism
    title: str  # the entry's id, or the mechanism in words
    classification: Classification
    blamed: str  # the side (API and mode) the reference blamed, or "neither"
    mechanism: Mechanism  # the exemplar's
    findings: tuple[Finding, ...]

    @property
    def anchor(self) -> str:
        """The id of the defect's section in report.md and report.html."""
        return "defect-" + self.key.replace(":", "-")

    @property
    def exemplar(self) -> Finding:
        return self.findings[0]

    @property
    def severity(self) -> Severity:
        return self.exemplar.severity

    @property
    def ratio(self) -> float:
        return max((f.ratio for f in self.findings if not math.isnan(f.ratio)), default=0.0)

    @property
    def framework(self) -> str:
        """mindspore, torch, another package (an imported class), or neither."""
        if self.blamed == "neither":
            return "neither"
        return api_of(self.blamed.partition("@")[0]).split(".")[0].split(":")[0]

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(sorted({f.kind.value for f in self.findings}))

    @property
    def is_new(self) -> bool:
        return self.classification is Classification.NEW

    @property
    def reason(self) -> str:
        return self.exemplar.known_reason or ""

    @property
    def source(self) -> str:
        return self.exemplar.known_source or ""


def _family(finding: Finding) -> str:
    """What sort of difference: the part of a new defect's key its kind contributes."""
    if finding.kind in (Kind.ERROR_PARITY, Kind.ERROR_CLASS):
        types = [e.type if e is not None else "accepted" for e in finding.errors]
        return "error:" + "~".join(types)
    if finding.kind.is_fault:
        return "fault:" + finding.kind.value
    if finding.kind is Kind.METAMORPHIC and finding.case is not None:
        return f"relation:{finding.case.relation}"
    return "values"


def _blamed(finding: Finding) -> str:
    return finding.blamed if finding.blamed and finding.blamed != "none" else "neither"


def _rank(finding: Finding) -> tuple[bool, int, float]:
    """A finding its stored case always shows first (the exemplar is what maintainers replay), then
    the most severe, then the worst ratio (an infinite one first)."""
    ratio = finding.ratio if not math.isnan(finding.ratio) else 0.0
    return finding.flaky, list(Severity).index(finding.severity), -ratio


def _mechanism(finding: Finding) -> Mechanism:
    return mechanism_of(finding.case, finding.step) if finding.case is not None else Mechanism(())


def _new_key(finding: Finding, mechanism: Mechanism) -> tuple[str, str]:
    """(key, title) of a new finding's defect."""
    case = finding.case
    dtypes = (case.dtype + (f"/{case.param_dtype}" if case.param_dtype else "")) if case is not None else "-"
    blamed = _blamed(finding)
    side = blamed if blamed != "neither" else " vs ".join(finding.frameworks)
    parts = (side, _family(finding), dtypes, *mechanism.facts)
    digest = hashlib.sha256("|".join(parts).encode()).hexdigest()[:8]
    family = _family(finding)
    what = ("accepts/rejects or raises differently (" + family.partition(":")[2] + ")" if family.startswith("error:")
            else family.partition(":")[2] + " of the worker" if family.startswith("fault:")
            else "breaks relation " + family.partition(":")[2] if family.startswith("relation:")
            else "wrong values")
    title = f"{side}: {what} on {dtypes}; {mechanism.words()}"
    name = api_of(blamed.partition("@")[0]).replace(":", ".") if blamed != "neither" else "pair"
    return f"new-{name}-{digest}", title


def group_defects(findings: list[Finding]) -> list[Defect]:
    """Every finding in one defect (mapping-rule confirmations excepted: they confirm the mapping),
    the defects in report order: by severity, then by the worst ratio."""
    groups: dict[str, list[Finding]] = {}
    titles: dict[str, str] = {}
    for finding in findings:
        known = finding.known_id or ""
        if known.startswith(MAPPING_RULE_PREFIX):
            continue
        # a new finding's key holds its mechanism; a known one's is its entry (its mechanism is read once,
        # of the exemplar, below)
        key, title = (known, known) if known else _new_key(finding, _mechanism(finding))
        groups.setdefault(key, []).append(finding)
        titles.setdefault(key, title)
    defects = []
    for key, members in groups.items():
        members.sort(key=_rank)
        exemplar = members[0]
        blamed = next((_blamed(f) for f in members if _blamed(f) != "neither"), "neither")
        defects.append(Defect(key, titles[key], Classification.of(exemplar), blamed, _mechanism(exemplar),
                              tuple(members)))
    defects.sort(key=lambda d: (*_rank(d.exemplar)[1:], d.key))
    return defects


def defect_of(defects: list[Defect]) -> dict[str, Defect]:
    """finding id -> its defect."""
    return {f.id: d for d in defects for f in d.findings}
