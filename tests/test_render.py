"""The report formats: every finding shown, every string escaped, self-contained HTML with both
plots whatever the numbers (0, 1 or many findings; inf, nan, 0), valid JUnit with one failure per
new finding, and empty reports."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from fuzz.campaign.summary import Changes, RunSummary
from fuzz.model.finding import Evidence, Finding
from fuzz.report.html import render_html
from fuzz.report.junit import render_junit
from fuzz.report.markdown import render_markdown
from fuzz.testing import screenshot as screenshot_module
from fuzz.testing.records import finding_of

HOSTILE = "<script>alert(1)</script>|x"
VALID = "valid_uses[torch.nn@cpu~mindspore.nn@cpu]"
INVALID = "invalid_uses[torch.nn@cpu~mindspore.nn@cpu]"


def finding(**changes) -> Finding:
    base = dict(id="output-0123456789", kind="output", frameworks=("torch.nn", "mindspore.nn"), backend="cpu",
                case={"shape": [2, 3], "steps": [{"mode": "train", "input": {"offset": 1.0}}]},
                case_summary="BatchNorm1d(3) on (2, 3) float32, train", step=0,
                max_abs_error=0.5, max_rel_error=0.1, ratio=12.0,
                tolerance={"rule": "float32-batch-stats", "rtol": 1.3e-6, "atol_max": 1e-5, "atol_min": 1e-6},
                verdict="blame_right", blamed="mindspore.nn", status="new", versions={"torch": "2.13.0"},
                property=VALID, evidence=Evidence((0, 1), 1.0, 1.5, 1.0), conditioning=3.0, reproducible=True)
    base.update(changes)
    return finding_of(**base)


FINDINGS = [
    finding(),
    finding(id="error_parity-aaaaaaaaaa", kind="error_parity", status="known", known_id="k1", known_reason="because",
            known_source="docs", classification="documented", verdict="not_judged", blamed="none", ratio=1.0,
            errors=({"type": "ValueError", "message": HOSTILE, "phase": "forward", "step": 0}, None),
            property=INVALID),
    finding(id="nan_parity-bbbbbbbbbb", kind="nan_parity", ratio=float("inf"), conditioning=float("nan"),
            case_summary=HOSTILE),
    finding(id="grad_input-cccccccccc", kind="grad_input", ratio=float("nan"), conditioning=0.0,
            verdict="ill_conditioned", blamed="none", evidence=Evidence((1,), float("nan"), 2.0, None)),
    finding(id="error_parity-dddddddddd", kind="error_parity", verdict="not_judged", blamed="none", ratio=1.0,
            errors=(None, {"type": "RuntimeError", "message": "bad \x1b[31m`tick`\x00", "phase": "construct",
                           "step": None}), property=INVALID, case_summary="uses `backticks` | and pipes"),
]
NEW = [f for f in FINDINGS if f.status == "new"]
SUMMARY_JSON = {"duration_s": 12.5, "examples": {VALID: 40, INVALID: 40}, "versions": {"torch": "2.13.0"},
           "findings_by_kind": {"output": {"new": 1, "known": 0}}, "started_at": "2026-11-24T22:00:00+00:00",
           "backends": {"used": ["cpu"], "skipped": [{"backend": "gpu", "reason": "no GPU"}]}, "seed": 1,
           "interrupted": False}
SUMMARY = RunSummary.from_json(SUMMARY_JSON)
COMPARISON = Changes(new=("output-0123456789",), fixed=("x",), persisting=())


def without_code_spans(markdown: str) -> str:
    """The markdown as a renderer would read it outside code: fenced blocks and code spans dropped."""
    markdown = re.sub(r"^(`{3,}).*?^\1$", "", markdown, flags=re.S | re.M)
    return re.sub(r"(`+)(?!`).*?(?<!`)\1(?!`)", "", markdown)


def test_markdown_has_a_row_per_finding_and_escapes_pipes():
    text = render_markdown(FINDINGS, SUMMARY, COMPARISON)
    table = text[text.index("\n## Findings\n"):]  # (the defect sections list them too, each under its defect)
    rows = [line for line in table.splitlines() if line.startswith("| [`")]
    assert len(rows) == len(FINDINGS)
    assert all(len(re.findall(r"(?<!\\)\|", line)) == 10 for line in rows)  # 9 cells whatever the strings hold
    assert "<script>alert(1)</script>\\|x" in text
    assert "<script" not in without_code_spans(text)
    assert "Since the previous run" in text and "python repro/output-0123456789.py" in text
    assert "no GPU" in text and "Findings by kind" in text


def test_markdown_case_json_blocks_parse():
    text = render_markdown(FINDINGS, SUMMARY)
    blocks = re.findall(r"^```json\n(.*?)\n```$", text, flags=re.S | re.M)
    assert len(blocks) == len(FINDINGS) and json.loads(blocks[0]) == FINDINGS[0].case.to_json()


def test_html_escapes_everything_and_is_self_contained():
    html = render_html(FINDINGS, SUMMARY, COMPARISON)
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    for external in ('src="http', 'href="http', "<link", "<script", "url(", "@import"):
        assert external not in html
    assert 'id="findings-table"' in html and html.count('class="finding"') == len(FINDINGS)
    assert "Since the previous run" in html and "python repro/grad_input-cccccccccc.py" in html


MANY = [finding(id=f"output-{i:010d}", ratio=10.0**i, conditioning=2.0**i) for i in range(-5, 60)]


@pytest.mark.parametrize("findings", [[], FINDINGS[:1], FINDINGS, MANY], ids=["none", "one", "varied", "many"])
def test_html_plots_render_for_any_number_of_findings(findings):
    html = render_html(findings, SUMMARY)
    svgs = re.findall(r"<svg .*?</svg>", html, flags=re.S)
    assert len(svgs) == 2 and html.count('class="plot"') == 2
    assert 'id="plot-ratio"' in html and 'id="plot-conditioning"' in html
    for svg in svgs:
        root = ET.fromstring(svg)  # well-formed, and every coordinate a number
        for element in root.iter():
            for name in ("x", "y", "cx", "cy", "width", "height", "x1", "y1", "x2", "y2"):
                if name in element.attrib:
                    assert float(element.get(name)) == float(element.get(name))  # not nan
    clipped = any(not 0 < f.ratio < float("inf") or not 0 < f.conditioning < float("inf") for f in findings)
    assert ("drawn hollow" in html) == clipped


def test_html_findings_table_has_a_row_per_finding():
    html = render_html(FINDINGS, SUMMARY)
    table = re.search(r'<table id="findings-table">.*?</table>', html, flags=re.S).group(0)
    assert table.count("<tr>") == len(FINDINGS) + 1


def test_junit_has_one_testcase_per_property_and_a_failure_per_new_finding():
    root = ET.fromstring(render_junit(FINDINGS, SUMMARY))
    assert root.get("tests") == "2" and root.get("failures") == str(len(NEW)) and root.get("time") == "12.500"
    assert [case.get("name") for case in root.iter("testcase")] == [VALID, INVALID]
    failures = root.findall(".//failure")
    assert len(failures) == len(NEW) and {f.get("type") for f in failures} == {f.kind for f in NEW}
    assert any(HOSTILE in f.get("message") for f in failures)
    assert all(f.text.startswith("python repro/") for f in failures)
    assert "k1" in "".join(out.text for out in root.iter("system-out"))


def test_junit_names_properties_that_only_findings_mention():
    root = ET.fromstring(render_junit([finding(property="hostile_inputs[x]")], RunSummary(examples={VALID: 1})))
    assert [case.get("name") for case in root.iter("testcase")] == [VALID, "hostile_inputs[x]"]


def test_control_characters_are_made_visible_in_every_format():
    for text in (render_markdown(FINDINGS, SUMMARY), render_html(FINDINGS, SUMMARY), render_junit(FINDINGS, SUMMARY)):
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", text) and "\\x1b[31m" in text


def test_empty_reports_render():
    assert "No findings." in render_markdown([], RunSummary())
    assert "No findings." in render_html([], RunSummary()) and "no numeric findings" in render_html([], RunSummary())
    assert ET.fromstring(render_junit([], RunSummary())).get("failures") == "0"


def test_screenshot_names_the_missing_browser(tmp_path, monkeypatch):
    page = tmp_path / "report.html"
    page.write_text("<html></html>")
    monkeypatch.setattr(screenshot_module.shutil, "which", lambda name: None)
    with pytest.raises(RuntimeError, match="chromium, chromium-browser, google-chrome"):
        screenshot_module.screenshot(page, tmp_path / "report.png")


def test_a_flaky_finding_and_a_harness_crash_are_shown_in_every_format():
    flaky = finding(id="output-eeeeeeeeee", replays=8, reproduced=3, flaky=True, reproducible=False)
    crash = finding(id="crash-ffffffffff", kind="crash", verdict="not_judged", blamed="none", ratio=float("inf"),
                    errors=({"type": "crash", "message": "harness: KeyError: x", "phase": "forward", "step": None},
                            None), traceback='File "fuzz/campaign/runner.py", line 1, in _shrink\nKeyError: x')
    summary = RunSummary.from_json({**SUMMARY_JSON, "shrinking": {"shrinks": 3, "shrunk": 2, "seconds": 12.5},
                                    "harness_errors": 1, "workers": {"a/torch.nn": {"restarts": 4}}, "restart_s": 2.5})
    markdown, html = render_markdown([flaky, crash], summary), render_html([flaky, crash], summary)
    junit = render_junit([flaky, crash], summary)
    for text in (markdown, html):
        assert "2 of 3 shrinks ended with a shrunk case" in text and "4 after crashes" in text
        assert "1 findings shown by their stored case in fewer than all replays" in text
    for text in (markdown, html, junit):
        assert "flaky (3 of 8 replays)" in text
        assert "KeyError: x" in text and "in _shrink" in text
    assert "**Flaky**" in markdown and "<b>Flaky</b>" in html
    ET.fromstring(junit)


def test_a_renderer_that_breaks_still_leaves_every_report(tmp_path, monkeypatch, capsys):
    """A defect in one renderer must not end the run without its reports: the file holds the
    findings and the traceback instead."""
    import fuzz.report.build
    from fuzz.campaign.store import FindingStore

    store = FindingStore(tmp_path / "findings.jsonl")
    store.append(FINDINGS[0])
    store.close()

    def broken(*args, **kwargs):
        raise ZeroDivisionError("planted renderer defect")

    monkeypatch.setattr(fuzz.report.build, "render_html", broken)
    monkeypatch.setattr(fuzz.report.build, "render_junit", broken)
    fuzz.report.build.build_reports(tmp_path, SUMMARY)
    for name in ("report.md", "report.html", "junit.xml"):
        assert (tmp_path / name).is_file()
    assert "planted renderer defect" in (tmp_path / "report.html").read_text()
    assert FINDINGS[0].id in (tmp_path / "report.html").read_text()
    ET.fromstring((tmp_path / "junit.xml").read_text())
    assert "could not render report.html" in capsys.readouterr().err


def test_reports_and_repro_scripts_are_built_without_importing_a_framework(tmp_path):
    """Each side's convention is stored in the finding, so building reports (on a machine without
    MindSpore, or in CI) never imports a framework."""
    import subprocess
    import sys
    from pathlib import Path

    from fuzz.campaign.store import FindingStore

    with FindingStore(tmp_path / "findings.jsonl") as store:
        store.append(finding(conventions=("torch", "mindspore-legacy")))
    code = ("import sys; from pathlib import Path; from fuzz.report.build import build_reports; "
            "build_reports(Path(sys.argv[1])); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('mindspore', 'torch')))")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=Path(__file__).resolve().parents[1],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    script = (tmp_path / "repro" / "output-0123456789.py").read_text()
    assert "no standalone repro" not in script and "mindspore-legacy" not in script.split("PAYLOAD")[0]
    assert '"gamma"' in script  # planned for mindspore.nn's own signature, from the stored convention
