"""junit.xml: one test case per property, one failure per new finding, for CI dashboards."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from fuzz.finding import Finding
from fuzz.render.common import error_line, repro_command


def render_junit(findings: list[Finding], summary: dict[str, Any]) -> str:
    properties = list((summary.get("examples") or {}).keys())
    for f in findings:
        if f.property not in properties:
            properties.append(f.property)
    failures = sum(1 for f in findings if f.status == "new")
    suite = ET.Element("testsuite", name="bn-difffuzz", tests=str(len(properties)), failures=str(failures),
                       errors="0", time=str(summary.get("duration_s") or 0))
    for prop in properties:
        case = ET.SubElement(suite, "testcase", classname="fuzz", name=prop)
        mine = [f for f in findings if f.property == prop]
        for f in (f for f in mine if f.status == "new"):
            failure = ET.SubElement(case, "failure", message=f"{f.kind} {f.id}: {f.case_summary}", type=f.kind)
            failure.text = "\n".join([repro_command(f), error_line(f.errors[0], f.frameworks[0]),
                                      error_line(f.errors[1], f.frameworks[1])])
        known = [f for f in mine if f.status == "known"]
        if known:
            ET.SubElement(case, "system-out").text = "\n".join(f"known {f.id} ({f.known_id}) x{f.count}" for f in known)
    ET.indent(suite)
    return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"
