"""The report formats: every finding shown, every string escaped, self-contained HTML with both
plots, valid JUnit with one failure per new finding, and empty reports."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from fuzz.finding import Evidence, Finding
from fuzz.render.html import render_html
from fuzz.render.junit import render_junit
from fuzz.render.markdown import render_markdown

HOSTILE = "<script>alert(1)</script>|x"


def finding(**changes) -> Finding:
    base = dict(id="output-0123456789", kind="output", frameworks=("torch.nn", "mindspore.nn"), backend="cpu",
                case={"shape": [2, 3]}, case_summary="BatchNorm1d(3) on (2, 3) float32, train", step=0,
                max_abs_error=0.5, max_rel_error=0.1, ratio=12.0,
                tolerance={"rule": "float32-batch-stats", "rtol": 1.3e-6, "atol_max": 1e-5, "atol_min": 1e-6},
                verdict="blame_right", blamed="mindspore.nn", status="new", versions={"torch": "2.13.0"},
                property="valid_uses[torch.nn@cpu~mindspore.nn@cpu]", evidence=Evidence((0, 1), 1.0, 1.5, 1.0),
                conditioning=3.0, reproducible=True)
    base.update(changes)
    return Finding(**base)


FINDINGS = [
    finding(),
    finding(id="error_parity-aaaaaaaaaa", kind="error_parity", status="known", known_id="k1", known_reason="because",
            known_source="docs", classification="documented", verdict="not_judged", blamed="none", ratio=1.0,
            errors=({"type": "ValueError", "message": HOSTILE, "phase": "forward", "step": 0}, None),
            property="invalid_uses[torch.nn@cpu~mindspore.nn@cpu]"),
    finding(id="nan_parity-bbbbbbbbbb", kind="nan_parity", ratio=float("inf"), conditioning=float("nan"),
            case_summary=HOSTILE),
]
SUMMARY = {"duration_s": 12.5, "examples": {"valid_uses[torch.nn@cpu~mindspore.nn@cpu]": 40,
                                            "invalid_uses[torch.nn@cpu~mindspore.nn@cpu]": 40},
           "versions": {"torch": "2.13.0"}, "backends": {"used": ["cpu"], "skipped": [
               {"pairing": "torch.nn@gpu~mindspore.nn@gpu", "reason": "no GPU"}]}, "seed": 1}


def test_markdown_has_a_row_per_finding_and_escapes_pipes():
    text = render_markdown(FINDINGS, SUMMARY, {"new": ["output-0123456789"], "fixed": ["x"], "persisting": []})
    rows = [line for line in text.splitlines() if line.startswith("| [`")]
    assert len(rows) == len(FINDINGS)
    assert "<script>alert(1)</script>\\|x" in text
    assert "Since the previous run" in text and "python repro/output-0123456789.py" in text
    assert "no GPU" in text


def test_html_escapes_everything_and_is_self_contained():
    html = render_html(FINDINGS, SUMMARY)
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    for external in ('src="http', "href=\"http", "<link", "<script"):
        assert external not in html
    assert 'id="plot-ratio"' in html and 'id="plot-conditioning"' in html and 'id="findings-table"' in html
    assert html.count('class="finding"') == len(FINDINGS)


def test_junit_has_one_testcase_per_property_and_a_failure_per_new_finding():
    root = ET.fromstring(render_junit(FINDINGS, SUMMARY))
    assert root.get("tests") == "2" and root.get("failures") == "2"
    failures = root.findall(".//failure")
    assert len(failures) == 2 and {f.get("type") for f in failures} == {"output", "nan_parity"}
    assert "k1" in root.find(".//system-out").text


def test_empty_reports_render():
    assert "No findings." in render_markdown([], {})
    assert "no findings" in render_html([], {})
    assert ET.fromstring(render_junit([], {})).get("failures") == "0"
