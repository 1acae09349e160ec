"""report.md: the maintainers' report in Markdown, from findings and the run summary.

Strings from findings (case summaries, error messages) come from fuzzed inputs and framework error
text, so they go into code spans, where Markdown renders nothing (no emphasis, no raw HTML); in
tables their pipes are escaped, since GitHub splits table rows on `|` before it reads code spans.
"""

from __future__ import annotations

import re
from typing import Any

from fuzz.campaign.summary import CHANGE_LABELS, Changes, RunSummary
from fuzz.model.finding import Finding
from fuzz.model.outcome import ErrorInfo
from fuzz.model.vocabulary import Kind, Severity, Status
from fuzz.report.common import (
    MAPPING_RULES_NOTE,
    NO_RELEASE_FIXED,
    NO_RELEASE_INTRODUCED,
    UNMAPPABLE_NOTE,
    case_json,
    expected_labels,
    finding_versions,
    headline,
    history_brief,
    history_words,
    mapping_rule_sections,
    number,
    ordered,
    overview,
    precision_rows,
    precision_words,
    printable,
    repro_path,
    repro_script_command,
    unswitchable_rules,
    verdict_words,
    version_rows,
)
from fuzz.report.defects import Classification, Defect, defect_of, group_defects
from fuzz.report.drafts import draft_path


def _cell(value: Any) -> str:
    """Prose in a table cell or a line: one line, no table-breaking pipes, no raw HTML."""
    return printable(str(value).replace("\r", " ").replace("\n", " ")).replace("|", "\\|").replace("<", "&lt;")


def _code(value: Any, table: bool = False) -> str:
    """A code span that holds any string: a fence longer than any run of backticks inside it."""
    text = printable(str(value).replace("\r", " ").replace("\n", " "))
    if table:
        text = text.replace("|", "\\|")
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _fenced(text: str, language: str) -> list[str]:
    fence = "`" * max(3, max((len(run) for run in re.findall("`{3,}", text)), default=0) + 1)
    return [f"{fence}{language}", text, fence]


def _error(error: ErrorInfo | None, name: str) -> str:
    if error is None:
        return f"{_cell(name)}: accepted"
    step = f" of step {error.step}" if error.step is not None else ""
    return (f"{_cell(name)}: raised {_code(error.type)} in {_cell(error.phase.value)}{step}: "
            f"{_code(error.message)}")


def _abs_error(value: float | None, reference: float | None) -> str:
    return "-" if value is None or reference is None else number(abs(value - reference))


def _evidence(f: Finding) -> list[str]:
    """Both sides beside the float64 reference (or the relation's value) at the worst element, and the
    error against the tolerance; for an acceptance or exception difference, what each side did."""
    left, right = f.frameworks
    out: list[str] = []
    if not f.kind.carries_numbers:
        out += [f"- {_error(f.errors[0], left)}", f"- {_error(f.errors[1], right)}", ""]
    else:
        ev = f.evidence
        head = [_cell(name) + (" (blamed)" if f.blamed == name else "") for name in (left, right)]
        expected, error_row = expected_labels(f)
        out += [f"Values at index `{list(ev.index)}` of step {f.step}:", "",
                f"| | {head[0]} | {head[1]} | {expected} |",
                "|---|---|---|---|",
                f"| value | {number(ev.left)} | {number(ev.right)} | {number(ev.reference)} |",
                f"| {error_row} | {_abs_error(ev.left, ev.reference)} | "
                f"{_abs_error(ev.right, ev.reference)} | |", ""]
        tol = f.tolerance
        out += [f"Max absolute error {number(f.max_abs_error)}, max relative error {number(f.max_rel_error)}; "
                f"worst error / tolerance **{number(f.ratio)}** (rule {_code(tol.rule if tol else None)}, "
                f"rtol {number(tol.rtol if tol else None)}, atol {number(tol.atol_min if tol else None)} to "
                f"{number(tol.atol_max if tol else None)}); "
                f"input conditioning {number(f.conditioning)}.", ""]
    return out


def _section(f: Finding, versions: str = "") -> list[str]:
    """Everything a maintainer needs to judge one finding and replay it."""
    left, right = f.frameworks
    out = [f"### {f.id}", "",
           f"**{f.kind}** ({f.status}; severity {f.severity}), property {_code(f.property)}, {_cell(left)} vs "
           f"{_cell(right)} on "
           f"{_cell(f.backend)}; met {f.count}x; replays: {f.replay_text}; shrunk: {f.shrunk}.", "",
           f"Minimal case: {_code(f.case_summary)}", ""]
    if f.kind is Kind.METAMORPHIC and f.case is not None and f.case.relation is not None:
        # the relation is the case's; the quantity it broke is named by the tolerance rule
        rule = f.tolerance.rule if f.tolerance else "a follow-up case rejected"
        out += [f"Metamorphic relation {_code(f.case.relation)} broken by {_cell(f.blamed)} against itself "
                f"({_code(rule)}).", ""]
    out += _evidence(f)
    if f.precision is not None:
        out += [_cell(precision_words(f)), "", f"| measure | {_cell(left)} | {_cell(right)} |", "|---|---:|---:|"]
        out += [f"| {m} | {a} | {b} |" for m, a, b in precision_rows(f)] + [""]
    out += [f"Verdict: {_cell(verdict_words(f))}.", ""]
    if versions:
        out += [f"Versions: {_cell(versions)}.", ""]
    if f.flaky:
        out += [f"**Flaky**: the stored case alone showed this finding in {f.reproduced} of {f.replays} replays: "
                "it depends on what ran before it or on chance.", ""]
    if f.traceback:
        out += ["Where the harness broke:", "", *_fenced(f.traceback, "text"), ""]
    if not f.is_new:
        out += [f"Known difference {_code(f.known_id)} ({_cell(f.classification or 'unclassified')}): "
                f"{_cell(f.known_reason)}", "", f"Source: {_cell(f.known_source)}", ""]
    out += ["Repro (the script is next to this report):", "", *_fenced(repro_script_command(f), "bash"), "",
            "Case:", "", *_fenced(case_json(f.case), "json"), ""]
    return out


def _mapping_rules(summary: RunSummary, findings: list[Finding]) -> list[str]:
    """'Mapping rules, confirmed': per rule, what its removal made differ, and its absence with it."""
    sections = mapping_rule_sections(summary, findings)
    if not sections:
        return []
    out = ["## Mapping rules, confirmed", "", MAPPING_RULES_NOTE, ""]
    for section in sections:
        out += [f"### Rule {_code(section.rule)}", "", f"{_cell(section.statement or 'not in the mapping')} "
                f"(source: {_cell(section.source or '-')})", ""]
        for rows in section.pairings:
            out += [f"- {_code(rows.pairing)}: {_cell(rows.line)}"]
            if rows.kinds:
                out += ["", "  | kind | cases | magnitude | exemplar | repro | with the rule |",
                        "  |---|---:|---|---|---|---|"]
                for row in rows.kinds:
                    exemplar = f"[`{_cell(row.finding)}`](#{_cell(row.finding)})" if row.finding else "-"
                    path = _cell(repro_path(row.finding))
                    repro = f"[`{path}`]({path})" if row.finding else "-"
                    out.append(f"  | {_cell(row.kind)} | {row.cases} | {_cell(row.magnitude)} | {exemplar} | "
                               f"{repro} | {_cell(row.with_rule)} |")
                out.append("")
        out.append("")
    unswitchable = unswitchable_rules()
    if unswitchable:
        out += ["Rules a case cannot switch off yet, so not measured: " + ", ".join(_code(r) for r in unswitchable)
                + ".", ""]
    return out



def _summary(defects: list[Defect], comparison: Changes | None, matrix: dict[str, Any] | None,
             findings: list[Finding]) -> list[str]:
    """The first page: distinct defects per framework and severity, what is new, what a release fixed."""
    ov = overview(defects, comparison, matrix, findings)
    out = ["## Summary", "",
           ov.words + "; per framework the reference blamed and severity (most costly first), `defects (new)`:", "",
           "| framework | " + " | ".join(s.value for s in Severity) + " | all |",
           "|---|" + "---:|" * (len(Severity) + 1)]
    for framework, cells, total in ov.count_rows():
        out.append(f"| {_cell(framework)} | " + " | ".join(cells) + f" | {total} |")
    out += ["", f"- **{ov.new_label}** ({len(ov.new)}): "
            + (", ".join(f"[`{_cell(d.key)}`](#{d.anchor})" for d in ov.new) or "none")]
    if ov.since_previous:
        out.append(f"- **Gone since the previous run** ({len(ov.fixed_ids)} findings): "
                   + (", ".join(_code(i) for i in ov.fixed_ids) or "none"))
    if matrix:
        fixed, introduced = ov.fixed, ov.introduced
        out.append(f"- **Fixed by a release** ({len(fixed)}): "
                   + (", ".join(f"[`{_cell(d.key)}`](#{d.anchor}) in {r.framework} {r.fixed_in}" for d, r in fixed)
                      or NO_RELEASE_FIXED))
        out.append(f"- **Introduced by a release** ({len(introduced)}): "
                   + (", ".join(f"[`{_cell(d.key)}`](#{d.anchor}) in {r.framework} {r.introduced_in}"
                                for d, r in introduced) or NO_RELEASE_INTRODUCED))
    else:
        out.append("- **Versions**: not replayed under other versions (`python -m fuzz matrix "
                   "DIR/findings.jsonl --mindspore ...` adds since when each defect exists)")
    out += ["", "| # | defect | severity | blamed | classification | findings | worst error / tolerance | versions |",
            "|---:|---|---|---|---|---:|---:|---|"]
    for number_, d in enumerate(defects, 1):
        rows = version_rows(d, matrix)
        versions = "; ".join(history_brief(r) for r in rows) or "-"
        out.append(f"| {number_} | [`{_cell(d.key)}`](#{d.anchor}) | {d.severity} | {_cell(d.blamed)} | "
                   f"{d.classification} | {len(d.findings)} | {number(d.ratio)} | {_cell(versions)} |")
    return out + [""]


def _defect(index: int, d: Defect, matrix: dict[str, Any] | None) -> list[str]:
    """One defect: its minimal case, the evidence, the versions row, the repro, the classification,
    and every finding that shows it."""
    f = d.exemplar
    out = [f'<a id="{d.anchor}"></a>', "", f"### {index}. {_cell(d.title)}", "",
           f"**{d.severity}**; blamed: **{_cell(d.blamed)}**; {d.classification.words}; "
           f"{len(d.findings)} findings of kinds {', '.join(d.kinds)}; key {_code(d.key)}.", "",
           f"Minimal case ([`{_cell(f.id)}`](#{_cell(f.id)}), step {f.step}): {_code(f.case_summary)}", "",
           f"Mechanism (facts of the case): {_cell(d.mechanism.words())}.", ""]
    out += _evidence(f)
    out += [f"Verdict: {_cell(verdict_words(f))}.", ""]
    rows = version_rows(d, matrix)
    if rows:
        for row in rows:
            out += [f"| {row.framework} | " + " | ".join(row.versions) + " |", "|---|" + "---|" * len(row.versions),
                    "| signature | " + " | ".join(c or "-" for c in row.conventions) + " |",
                    f"| [`{_cell(row.finding)}`](#{_cell(row.finding)}) | " + " | ".join(row.cells) + " |", "",
                    f"Versions: {_cell(history_words(row))}.", ""]
    else:
        out += ["Versions: not replayed under other versions.", ""]
    out += ["Repro (standalone, beside this report; exit 1 while the difference is present):", "",
            *_fenced(repro_script_command(f), "bash"), ""]
    if d.classification is Classification.NEW:
        out += ["Classification: new, no known entry covers it: a suspected defect of "
                f"{_cell(d.blamed)} until triaged.", ""]
    else:
        out += [f"Classification: {d.classification.words} ({_code(d.key)}): {_cell(d.reason)}", "",
                f"Source: {_cell(d.source or '-')}", ""]
    draft = draft_path(d)
    if draft:
        out += [f"Issue draft: [`{draft}`]({draft}).", ""]
    out += ["| finding | kind | pairing | step | error / tolerance | case |", "|---|---|---|---:|---:|---|"]
    out += [f"| [`{_cell(m.id)}`](#{_cell(m.id)}) | {m.kind} | {_cell(' vs '.join(m.frameworks))} | "
            f"{'-' if m.step is None else m.step} | {number(m.ratio)} | {_code(m.case_summary, table=True)} |"
            for m in d.findings]
    return out + [""]


def _matrix(matrix: dict[str, Any] | None) -> list[str]:
    """The version matrix (`python -m fuzz matrix`, matrix.json beside the findings): per framework,
    one row per defect's exemplar, a cell per version, and since when it exists."""
    if not matrix:
        return []
    out = ["## Versions (python -m fuzz matrix)", ""]
    for framework, table in sorted(matrix.items()):
        versions = list(table.get("versions", []))
        out += [f"### {framework}", "", "| finding | " + " | ".join(versions) + " | introduced in | last absent | "
                "fixed in |", "|---|" + "---|" * len(versions) + "---|---|---|"]
        for row in table.get("rows", []):
            cells = [(row.get("cells", {}).get(v) or {}).get("cell", "-") for v in versions]
            out.append(f"| [`{_cell(row['finding'])}`](#{_cell(row['finding'])}) | " + " | ".join(cells)
                       + f" | {row.get('introduced_in') or '-'} | {row.get('last_absent') or '-'} | "
                       f"{row.get('fixed_in') or '-'} |")
        out.append("")
    return out


def render_markdown(findings: list[Finding], summary: RunSummary, comparison: Changes | None = None,
                    matrix: dict[str, Any] | None = None) -> str:
    """The whole report: run facts, the one-page summary, one section per defect, changes since the
    previous run, the version matrix where one was made, then every finding in detail."""
    findings = ordered(findings)
    defects = group_defects(findings)
    by_finding = defect_of(defects)
    out = ["# BatchNorm1d differential fuzzing report", ""]
    out += ["| | |", "|---|---|"] + [f"| {_cell(k)} | {_cell(v)} |" for k, v in headline(summary, findings)] + [""]
    out += _summary(defects, comparison, matrix, findings)
    if defects:
        out += ["## Defects", "", "One section per root cause, most costly first: a known entry, or for new findings "
                "the blamed side, the sort of difference, the dtypes and the facts of the case (its mechanism).", ""]
        for index, defect in enumerate(defects, 1):
            out += _defect(index, defect, matrix)
    examples = summary.examples
    if examples:
        out += ["## Examples per property", "", "| property | examples |", "|---|---:|"]
        out += [f"| {_code(k, table=True)} | {v} |" for k, v in sorted(examples.items())] + [""]
    by_kind = summary.findings_by_kind
    if by_kind:
        out += ["## Findings by kind", "", "| kind | " + " | ".join(s.value for s in Status) + " |", "|---|---:|---:|"]
        out += [f"| {_cell(k)} | " + " | ".join(str(c.get(s.value, 0)) for s in Status) + " |"
                for k, c in sorted(by_kind.items())] + [""]
    if summary.unmappable:
        out += ["## Unmappable cases", "", UNMAPPABLE_NOTE, "",
                "| target: reason | cases | the value passed as it is |", "|---|---:|---|"]
        out += [f"| {_cell(reason)} | {u.count} | {_code(u.as_is or 'no as-is form', table=True)} |"
                for reason, u in summary.unmappable.items()] + [""]
    out += _mapping_rules(summary, findings)
    if comparison:
        out += ["## Since the previous run", ""]
        for label in CHANGE_LABELS:
            ids = getattr(comparison, label)
            out.append(f"- **{label}** ({len(ids)}): " + (", ".join(_code(i) for i in ids) or "none"))
        out.append("")
    out += _matrix(matrix)
    out += ["## Findings", "", "Every finding, each with its details below.", ""]
    if not findings:
        out += ["No findings.", ""]
    else:
        out += ["| id | kind | severity | status | blamed | error / tolerance | count | replays | case |",
                "|---|---|---|---|---|---:|---:|---|---|"]
        for f in findings:
            status = f.status.value if f.is_new else f"known: {f.known_id}"
            out.append(f"| [`{_cell(f.id)}`](#{_cell(f.id)}) | {_cell(f.kind)} | {_cell(f.severity)} | "
                       f"{_cell(status)} | {_cell(f.blamed)} | {number(f.ratio)} | {f.count} | "
                       f"{_cell(f.replay_text)} | {_code(f.case_summary, table=True)} |")
        out.append("")
    for f in findings:
        out += _section(f, finding_versions(f, by_finding, matrix))
    return "\n".join(out)
