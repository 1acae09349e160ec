"""report.md: the maintainers' report in Markdown, from findings and the run summary."""

from __future__ import annotations

import json
from typing import Any

from fuzz.finding import Finding
from fuzz.render.common import error_line, headline, number, ordered, repro_command, verdict_words


def _cell(value: Any) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def render_markdown(findings: list[Finding], summary: dict[str, Any], comparison: dict | None = None) -> str:
    findings = ordered(findings)
    out = ["# BatchNorm1d differential fuzzing report", ""]
    out += ["| | |", "|---|---|"] + [f"| {_cell(k)} | {_cell(v)} |" for k, v in headline(summary, findings)] + [""]
    examples = summary.get("examples") or {}
    if examples:
        out += ["## Examples per property", "", "| property | examples |", "|---|---|"]
        out += [f"| {_cell(k)} | {v} |" for k, v in sorted(examples.items())] + [""]
    if comparison:
        out += ["## Since the previous run", ""]
        for label in ("new", "fixed", "persisting"):
            ids = comparison.get(label) or []
            out.append(f"- **{label}** ({len(ids)}): " + (", ".join(f"`{i}`" for i in ids) or "none"))
        out.append("")
    out += ["## Findings", ""]
    if not findings:
        out += ["No findings.", ""]
    else:
        out += ["| id | kind | status | blamed | error / tolerance | count | reproducible | case |",
                "|---|---|---|---|---|---|---|---|"]
        for f in findings:
            status = f.status if f.status == "new" else f"known: {f.known_id}"
            out.append(f"| [`{f.id}`](#{f.id}) | {f.kind} | {_cell(status)} | {_cell(f.blamed)} | {number(f.ratio)} | "
                       f"{f.count} | {number(f.reproducible)} | {_cell(f.case_summary)} |")
        out.append("")
    for f in findings:
        out += [f"### {f.id}", "", f"**{f.kind}** ({f.status}), property `{_cell(f.property)}`, "
                f"{' vs '.join(f.frameworks)} on {f.backend}; met {f.count}x; reproducible: {number(f.reproducible)}; "
                f"shrunk: {f.shrunk}.", "", f"Minimal case: `{_cell(f.case_summary)}`", ""]
        if f.kind == "error_parity" or f.kind in ("crash", "timeout"):
            out += [f"- {_cell(error_line(f.errors[0], f.frameworks[0]))}",
                    f"- {_cell(error_line(f.errors[1], f.frameworks[1]))}", ""]
        else:
            ev = f.evidence
            out += [f"Values at index `{list(ev.index)}` of step {f.step}:", "",
                    f"| {_cell(f.frameworks[0])} | {_cell(f.frameworks[1])} | float64 reference |", "|---|---|---|",
                    f"| {number(ev.left)} | {number(ev.right)} | {number(ev.reference)} |", ""]
            tol = f.tolerance or {}
            out += [f"Max absolute error {number(f.max_abs_error)}, max relative error {number(f.max_rel_error)}; "
                    f"worst error / tolerance {number(f.ratio)} (rule `{_cell(tol.get('rule'))}`, "
                    f"rtol {number(tol.get('rtol'))}, atol {number(tol.get('atol_min'))}..{number(tol.get('atol_max'))}); "
                    f"input conditioning {number(f.conditioning)}.", ""]
        out += [f"Verdict: {verdict_words(f)}.", ""]
        if f.status == "known":
            out += [f"Known difference `{f.known_id}` ({f.classification}): {_cell(f.known_reason)}", "",
                    f"Source: {_cell(f.known_source)}", ""]
        out += ["Repro:", "", "```bash", repro_command(f), "```", "", "<details><summary>case JSON</summary>", "",
                "```json", json.dumps(f.case, indent=1, sort_keys=True), "```", "", "</details>", ""]
    return "\n".join(out)
