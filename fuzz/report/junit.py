"""junit.xml: one test case per property, one failure per new finding, for CI dashboards.

Known findings are not failures (they are triaged), so they are listed in the test case's
<system-out>, where a dashboard shows them without turning the build red; so is what each mapping
rule's removal made differ (one test case, "mapping rules, confirmed", never a failure).
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from typing import Any

from fuzz.campaign.summary import RunSummary
from fuzz.model.finding import Finding
from fuzz.report.common import (
    error_line,
    mapping_rule_sections,
    number,
    precision_words,
    printable,
    repro_script_command,
    verdict_words,
)

# XML 1.0 cannot hold control characters or lone surrogates, and ElementTree writes them anyway: an
# error message with an ANSI colour code would make the whole file unparseable.
_NOT_XML = re.compile("[\ufffe\uffff\ud800-\udfff]")


def _xml(text: Any) -> str:
    return _NOT_XML.sub("\ufffd", printable(text))


def _seconds(value: Any) -> str:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return "0"
    return f"{seconds:.3f}" if math.isfinite(seconds) and seconds >= 0 else "0"


def _details(f: Finding) -> list[str]:
    if not f.kind.carries_numbers:
        lines = [error_line(f.errors[0], f.frameworks[0]), error_line(f.errors[1], f.frameworks[1])]
    else:
        lines = [f"error / tolerance {number(f.ratio)} (max abs {number(f.max_abs_error)}, rule "
                 f"{f.tolerance.rule if f.tolerance else None}) at step {f.step}; {verdict_words(f)}"]
    if f.precision is not None:
        lines.append(precision_words(f))
    lines.append(f"severity: {f.severity}; replays: {f.replay_text}")
    return lines + ([f.traceback] if f.traceback else [])


def render_junit(findings: list[Finding], summary: RunSummary) -> str:
    """A <testsuite> whose failures count the new findings; valid XML whatever the strings hold."""
    properties = list(summary.examples)
    properties += [p for p in dict.fromkeys(f.property for f in findings) if p not in properties]
    examples = summary.examples
    failures = sum(1 for f in findings if f.is_new)
    rules = mapping_rule_sections(summary, findings)
    suite = ET.Element("testsuite", name="bn-difffuzz", tests=str(len(properties) + bool(rules)),
                       failures=str(failures),
                       errors="0", skipped="0", time=_seconds(summary.duration_s))
    if summary.started_at:
        suite.set("timestamp", _xml(summary.started_at))
    for prop in properties:
        case = ET.SubElement(suite, "testcase", classname="fuzz", name=_xml(prop))
        mine = [f for f in findings if f.property == prop]
        for f in (f for f in mine if f.is_new):
            failure = ET.SubElement(case, "failure", type=f.kind,
                                    message=_xml(f"{f.kind} {f.id}: {f.case_summary}"))
            failure.text = _xml("\n".join([repro_script_command(f), *_details(f)]))
        known = [f for f in mine if not f.is_new]
        lines = [f"{examples[prop]} examples"] if prop in examples else []
        lines += [f"known {f.id} ({f.known_id}) x{f.count}: {f.case_summary}" for f in known]
        if lines:
            ET.SubElement(case, "system-out").text = _xml("\n".join(lines))
    if rules:
        lines = []
        for section in rules:
            for rows in section.pairings:
                lines.append(f"{section.rule} on {rows.pairing}: {rows.line}")
                for r in rows.kinds:
                    repro = repro_script_command(r.finding) if r.finding else "no exemplar stored"
                    lines.append(f"  {r.kind} in {r.cases} cases, {r.magnitude}; {repro}; with the rule: {r.with_rule}")
        ET.SubElement(ET.SubElement(suite, "testcase", classname="fuzz", name="mapping rules, confirmed"),
                      "system-out").text = _xml("\n".join(lines))
    ET.indent(suite)
    return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"
