"""What every report format says, computed once: finding rows, verdicts in words, the repro command."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any

from fuzz.campaign.summary import Changes, RuleTally, RunSummary, pairing_of
from fuzz.execution.check import confirmed_rule
from fuzz.model.case import MAPPING_RULES, Case
from fuzz.model.finding import Finding
from fuzz.model.mapping import RULES
from fuzz.model.numbers import encode_float
from fuzz.model.outcome import ErrorInfo
from fuzz.model.vocabulary import Kind, Severity, Verdict
from fuzz.report.defects import Defect

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def printable(value: Any) -> str:
    """Control characters (ANSI colours in error messages, NUL) as visible \\xNN escapes: raw, they
    make the file binary to grep and invalid as XML."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))


def case_json(case: Case | None) -> str:
    """The case as JSON with one line per field (and per step): indent=1 would put every input value
    on its own line, hundreds of lines for one case."""
    lines = []
    for key, value in sorted((case.to_json() if case is not None else {}).items()):
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            inner = ",\n".join(f"  {json.dumps(v, sort_keys=True)}" for v in value)
            lines.append(f" {json.dumps(key)}: [\n{inner}\n ]")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, sort_keys=True)}")
    return "{\n" + ",\n".join(lines) + "\n}" if lines else "{}"


VERDICTS = {
    Verdict.BLAME_LEFT: "the float64 reference blames {left}",
    Verdict.BLAME_RIGHT: "the float64 reference blames {right}",
    Verdict.PAIR_ONLY: "the frameworks disagree where the reference has no value",
    Verdict.ILL_CONDITIONED: "both are off the reference by a similar factor (ill-conditioned input)",
    Verdict.NOT_JUDGED: "acceptance differs (nothing numeric to judge)",
    Verdict.AGREE: "both agree with the reference",
}
assert set(VERDICTS) == set(Verdict)


def expected_labels(f: Finding) -> tuple[str, str]:
    """The heading of the column the frameworks' values are held to, and of their error row: the
    float64 reference, or for a metamorphic finding the value the relation expects of the blamed side."""
    if f.kind is Kind.METAMORPHIC:
        return "value the relation expects", "abs. error vs the relation"
    return "float64 reference", "abs. error vs reference"


def verdict_words(finding: Finding) -> str:
    left, right = finding.frameworks
    return VERDICTS[finding.verdict].format(left=left, right=right)


def number(value: Any) -> str:
    """A number for a report: 4 significant digits, NaN/Inf as stored ('nan', 'inf', '-inf'), None as '-'."""
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    if isinstance(value, float) and not math.isfinite(value):
        return str(encode_float(value))
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def repro_path(finding_id: str) -> str:
    """Where a finding's standalone repro script is, relative to the report."""
    return f"repro/{finding_id}.py"


def repro_script_command(finding: Finding | str) -> str:
    """The command that runs the finding's (or the finding id's) standalone repro script, written
    beside the report."""
    return f"python {repro_path(finding if isinstance(finding, str) else finding.id)}"


def ordered(findings: list[Finding]) -> list[Finding]:
    """New findings first, then by severity (`Severity`, most costly first), kind, worst ratio first."""
    rank = {severity: index for index, severity in enumerate(Severity)}

    def key(f: Finding) -> tuple[bool, int, str, float]:
        ratio = f.ratio if math.isfinite(f.ratio) else 1e308
        return (not f.is_new, rank[f.severity], f.kind.value, -ratio)
    return sorted(findings, key=key)


#: the error measures of a precision finding, in the order the reports show them
PRECISION_MEASURES = (("max_abs", "max absolute error"), ("max_rel", "max relative error"), ("rmse", "RMSE"),
                      ("mean_rel", "mean relative error"), ("sign_balance", "sign balance (above - below)"),
                      ("compared", "elements compared"), ("compared_relative", "of them, in the relative domain"))

#: the measures taken over the relative domain only
RELATIVE_MEASURES = frozenset({"max_rel", "mean_rel"})


def precision_rows(f: Finding) -> list[tuple[str, str, str]]:
    """A precision finding's measures, one (measure, left, right) row each; [] for other findings."""
    if f.precision is None:
        return []
    p = f.precision

    def shown(side: Any, name: str) -> str:
        # a relative measure over no element (outside the relative domain, or an exact zero) is no number
        measured = name not in RELATIVE_MEASURES or side.compared_relative > 0
        return number(getattr(side, name)) if measured else "-"

    return [(label, shown(p.left, name), shown(p.right, name)) for name, label in PRECISION_MEASURES]


def precision_words(f: Finding) -> str:
    """What made a precision finding, and against what exact or reference values, in one sentence."""
    if f.precision is None:
        return ""
    p = f.precision
    against = "known exact answers" if p.exact else "the float64 reference"
    return (f"Precision ({p.criterion.value}, against {against}): {p.describe()}; the blamed side's measure is "
            f"{number(p.over_floor)} times the floor.")


def error_line(error: ErrorInfo | None, name: str) -> str:
    if error is None:
        return f"{name}: accepted"
    step = f" of step {error.step}" if error.step is not None else ""
    return f"{name}: raised {error.type} in {error.phase.value}{step}: {error.message}"


UNMAPPABLE_NOTE = ("Cases a target cannot express faithfully: nothing of them is compared, each is counted here, "
                   "and the value was also handed to the target as it is, which is what a porter tries first.")


def headline(summary: RunSummary, findings: list[Finding]) -> list[tuple[str, str]]:
    new = sum(1 for f in findings if f.is_new)
    confirming = sum(1 for f in findings if confirmed_rule(f.known_id))
    rows = [
        ("started", summary.started_at or "-"),
        ("duration", f"{number(summary.duration_s)} s" + (" (interrupted)" if summary.interrupted else "")),
        ("examples", f"{summary.examples_total} ({number(summary.examples_per_s)}/s)"),
        ("findings", f"{len(findings)} ({new} new, {len(findings) - new} known"
                     + (f", of them {confirming} confirming mapping rules" if confirming else "") + ")"),
        ("seed", str(summary.seed) + ("" if summary.seed_given else " (from the clock)")),
        ("versions", ", ".join(f"{k} {v}" for k, v in sorted(summary.versions.items()))),
        ("backends used", ", ".join(summary.backends_used) or "-"),
    ]
    flaky = sum(1 for f in findings if f.flaky)
    if flaky:
        rows.append(("flaky", f"{flaky} findings shown by their stored case in fewer than all replays"))
    shrinking = summary.shrinking
    if shrinking.shrinks:
        rows.append(("shrinking", f"{shrinking.shrunk} of {shrinking.shrinks} shrinks ended with a "
                                  f"shrunk case, {number(shrinking.seconds)} s"))
    if summary.restarts:
        rows.append(("worker restarts", f"{summary.restarts} after crashes, hangs or memory faults; "
                                        f"{number(summary.restart_s)} s waited for them"))
    if summary.unmappable:
        cases = sum(u.count for u in summary.unmappable.values())
        rows.append(("unmappable", f"{cases} cases of {len(summary.unmappable)} reasons (listed, never dropped)"))
    for target, tally in summary.compiles.items():
        share = f", {tally.compile_s / summary.duration_s:.0%} of the run" if summary.duration_s else ""
        rows.append(("compiled", f"{target}: {tally.compiles} compiles in {tally.cases} cases ({tally.per_case:g} per "
                                 f"case, {number(tally.seconds_per_case)} s per case{share})"))
    if summary.harness_errors:
        rows.append(("harness errors", f"{summary.harness_errors} (each a crash finding with its traceback)"))
    for skipped in summary.backends_skipped:
        rows.append(("skipped", f"{skipped.get('pairing') or skipped.get('backend')}: {skipped.get('reason')}"))
    if summary.note:
        rows.append(("note", summary.note))
    return rows




MAPPING_RULES_NOTE = ("Each torch-vs-MindSpore pairing also ran its cases with one mapping rule switched off, as a "
                      "port that never read the mapping would (the naive-port pairing, named PAIRING!naive:RULE), "
                      "each case beside itself with the rule: a kind of difference shown only without the rule is "
                      "what the rule is for. These findings confirm the rules; they are never new findings.")


@dataclass(frozen=True)
class RuleKindRow:
    """One kind of difference a rule's removal made on one pairing, and its absence with the rule."""

    kind: str
    cases: int  # cases that showed it only without the rule
    magnitude: str  # worst error / tolerance and greatest absolute difference, in words
    finding: str  # the exemplar finding's id ("" if none stored)
    with_rule: str  # what the same cases and the mapped pairing showed with the rule, in words


@dataclass(frozen=True)
class RulePairingRows:
    pairing: str  # the mapped pairing
    line: str  # what removing the rule did there, in one sentence
    kinds: tuple[RuleKindRow, ...]


@dataclass(frozen=True)
class RuleSection:
    rule: str
    statement: str
    source: str
    pairings: tuple[RulePairingRows, ...]


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _pairing_rows(tally: RuleTally, findings: list[Finding]) -> RulePairingRows:
    if tally.not_applicable:
        return RulePairingRows(tally.pairing, f"not run: {tally.not_applicable}", ())
    counted = [(kind, t) for kind, t in sorted(tally.kinds.items()) if t.cases]
    also = [(kind, t) for kind, t in sorted(tally.kinds.items()) if t.also_with_rule and not t.cases]
    unmappable = (f" ({tally.unmappable} of them without a faithful form even so: not compared)"
                  if tally.unmappable else "")
    if not counted:
        line = (f"removing this rule changed nothing in {_plural(tally.cases, 'case')}{unmappable}." if tally.cases
                else "no case ran without it (the budget ended first).")
    elif tally.cases:
        line = (f"without it {tally.differing} of {_plural(tally.cases, 'case')} differ from torch where the same "
                f"cases with it do not{unmappable}.")
    else:
        line = "without it the cases differ (how many ran is not known: rebuilt from findings.jsonl alone)."
    if also:
        line += (" Shown with the rule as well, so the mapped pairing's to report and not counted here: "
                 + ", ".join(f"{kind} in {_plural(t.also_with_rule, 'case')}" for kind, t in also) + ".")
    rows = []
    for kind, t in counted:
        carries = Kind(kind).carries_numbers if kind in {k.value for k in Kind} else True
        magnitude = (f"error / tolerance up to {number(t.max_ratio)}, frameworks up to {number(t.max_abs)} apart"
                     if carries else "one accepts, the other rejects" if kind == Kind.ERROR_PARITY.value
                     else "their state departs from what is documented" if kind == Kind.STATE.value
                     else "the frameworks' errors differ")
        new_mapped = sum(1 for f in findings
                         if f.is_new and f.kind.value == kind and pairing_of(f.property) == tally.pairing)
        with_rule = "absent from these cases"
        if t.also_with_rule:
            with_rule += f" ({_plural(t.also_with_rule, 'other case')} showed it both ways: not counted)"
        with_rule += f"; {_plural(new_mapped, 'new finding')} of this kind on {tally.pairing}"
        rows.append(RuleKindRow(kind, t.cases, magnitude, t.finding, with_rule))
    return RulePairingRows(tally.pairing, line, tuple(rows))


def mapping_rule_sections(summary: RunSummary, findings: list[Finding]) -> list[RuleSection]:
    """'Mapping rules, confirmed': per mapping rule (statement and source), per pairing, what the
    cases showed without it (kind, cases, magnitude, exemplar) and with it; empty when the run had
    no naive-port pairing."""
    if not summary.mapping_rules:
        return []
    by_rule: dict[str, list[RuleTally]] = {}
    for tally in summary.mapping_rules.values():
        by_rule.setdefault(tally.rule, []).append(tally)
    sections = []
    for rule in [*MAPPING_RULES, *sorted(set(by_rule) - set(MAPPING_RULES))]:
        stated = RULES.get(rule)
        tallies = sorted(by_rule.get(rule, []), key=lambda t: t.pairing)
        rows = tuple(_pairing_rows(t, findings) for t in tallies) or (
            RulePairingRows("-", "not run on any pairing of this run", ()),)
        sections.append(RuleSection(rule, stated.statement if stated else "", stated.source if stated else "", rows))
    return sections


def unswitchable_rules() -> list[str]:
    """Rules of the mapping a case cannot switch off (not in `MAPPING_RULES`): not measured."""
    return [name for name in RULES if name not in MAPPING_RULES]


@dataclass(frozen=True)
class VersionRow:
    """A defect's exemplar under the versions of one framework (`python -m fuzz matrix`)."""

    framework: str
    finding: str
    versions: tuple[str, ...]
    cells: tuple[str, ...]  # reproduces / absent / cannot_run / "-" (not run)
    conventions: tuple[str, ...]  # the BatchNorm1d signature found in each version ("" unknown)
    introduced_in: str | None
    last_absent: str | None
    fixed_in: str | None
    # the framework varied is the peer of the side the reference blamed (a torch defect replayed under
    # MindSpore versions): a change there switches the comparison on or off, not the defect
    peer: bool = False


def version_rows(defect: Defect, matrix: dict[str, Any] | None) -> list[VersionRow]:
    """The matrix rows of a defect's findings (the exemplar's when the matrix ran it), per framework."""
    ids = [f.id for f in defect.findings]
    rows = []
    for framework, table in sorted((matrix or {}).items()):
        by_id = {row.get("finding"): row for row in table.get("rows", [])}
        found = next((by_id[i] for i in ids if i in by_id), None)
        if found is None:
            continue
        versions = tuple(table.get("versions", []))
        conventions = table.get("conventions", {})
        rows.append(VersionRow(framework, found["finding"], versions,
                               tuple((found.get("cells", {}).get(v) or {}).get("cell", "-") for v in versions),
                               tuple(conventions.get(v, "") for v in versions),
                               found.get("introduced_in"), found.get("last_absent"), found.get("fixed_in"),
                               defect.framework not in (framework, "neither")))
    return rows


def history_words(row: VersionRow) -> str:
    """Since when and until when a defect shows, in words."""
    if row.introduced_in is None:
        return f"shown by no {row.framework} version tried"
    if row.peer:
        shown = (f"the difference shows beside {row.framework} {row.introduced_in}"
                 + (f" and not beside {row.last_absent}" if row.last_absent else " and every older version tried")
                 + (f", nor beside {row.fixed_in}" if row.fixed_in else ""))
        return shown + f" ({row.framework} is the peer here, not the side blamed)"
    since = (f"introduced in {row.framework} {row.introduced_in} (absent in {row.last_absent})" if row.last_absent
             else f"present since {row.framework} {row.introduced_in} (the oldest tried)")
    return since + (f", fixed in {row.fixed_in}" if row.fixed_in else ", not fixed in any version tried")


def history_brief(row: VersionRow) -> str:
    """A matrix row in a few words, for a table cell."""
    if row.introduced_in is None:
        return f"{row.framework}: not shown"
    if len(row.versions) == 1:
        return f"{row.framework} {row.introduced_in}: shown"
    since = (f"since {row.introduced_in}" if row.last_absent else f"{row.introduced_in} (oldest) on")
    return (f"{row.framework}{' (peer)' if row.peer else ''}: {since}"
            + (f", gone in {row.fixed_in}" if row.fixed_in else ""))


@dataclass(frozen=True)
class Overview:
    """The report's first page: defects per framework and severity, what changed, what a release fixed."""

    counts: dict[str, dict[Severity, tuple[int, int]]]  # framework -> severity -> (defects, of them new)
    words: str  # how many defects in how many findings, in one sentence without its end
    new: tuple[Defect, ...]  # new since the previous run (or, without one, not triaged yet)
    since_previous: bool  # whether `new` is against a previous run
    fixed_ids: tuple[str, ...]  # the previous run's finding ids this run shows no more
    releases: tuple[tuple[Defect, VersionRow], ...]  # defects a version of their own framework fixed or introduced

    @property
    def new_label(self) -> str:
        return "New since the previous run" if self.since_previous else "New (no entry covers them yet)"

    def count_rows(self) -> list[tuple[str, list[str], str]]:
        """Per framework: `defects (new)` per severity ("-" for none), and over all severities."""
        rows = []
        for framework, per in sorted(self.counts.items()):
            cells = [f"{per[s][0]} ({per[s][1]})" if s in per else "-" for s in Severity]
            rows.append((framework, cells, f"{sum(t for t, _ in per.values())} ({sum(n for _, n in per.values())})"))
        return rows

    @property
    def fixed(self) -> list[tuple[Defect, VersionRow]]:
        return [(d, r) for d, r in self.releases if r.fixed_in]

    @property
    def introduced(self) -> list[tuple[Defect, VersionRow]]:
        return [(d, r) for d, r in self.releases if r.last_absent]


#: what the summary says where the matrix found no release that fixed, or introduced, a defect
NO_RELEASE_FIXED = "none of the versions tried fixes a defect of this run"
NO_RELEASE_INTRODUCED = "none: every defect the matrix replayed shows in the oldest version tried"


def overview(defects: list[Defect], comparison: Changes | None, matrix: dict[str, Any] | None,
             findings: list[Finding]) -> Overview:
    grouped = sum(len(d.findings) for d in defects)
    words = (f"{len(defects)} distinct defects in {grouped} findings"
             + (f" ({len(findings) - grouped} more confirm mapping rules)" if len(findings) > grouped else ""))
    counts: dict[str, dict[Severity, tuple[int, int]]] = {}
    for defect in defects:
        per = counts.setdefault(defect.framework, {})
        total, fresh = per.get(defect.severity, (0, 0))
        per[defect.severity] = (total + 1, fresh + defect.is_new)
    if comparison is not None:
        new_ids = set(comparison.new)
        new = tuple(d for d in defects if any(f.id in new_ids for f in d.findings))
    else:
        new = tuple(d for d in defects if d.is_new)
    releases = tuple((d, row) for d in defects for row in version_rows(d, matrix)
                     if (row.fixed_in or row.last_absent) and not row.peer)
    return Overview(counts, words, new, comparison is not None, tuple(comparison.fixed) if comparison else (), releases)


def finding_versions(finding: Finding, defects: dict[str, Defect], matrix: dict[str, Any] | None) -> str:
    """Since when a finding's defect exists, by the matrix row of the defect's exemplar ("" without one)."""
    defect = defects.get(finding.id)
    if defect is None:
        return ""
    return "; ".join(f"{history_words(row)} (replayed: {row.finding})" for row in version_rows(defect, matrix))
