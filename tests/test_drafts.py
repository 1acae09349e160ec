"""Issue drafts (issue 14, in part): one per suspected defect, in the blamed framework's tracker
template, its manifestations grouped, documented differences and mapping rules left out."""

from __future__ import annotations

from fuzz.model.case import Case
from fuzz.report.drafts import suspected_defects, write_issue_drafts
from fuzz.testing.records import finding_of

MINDSPORE_HEADINGS = ("## Describe the current behavior", "## Environment", "Hardware Environment",
                      "**MindSpore version (source or binary)**", "**Python version**",
                      "**OS platform and distribution**", "## Steps to reproduce the issue",
                      "## Describe the expected behavior", "## Related log")
TORCH_HEADINGS = ("### 🐛 Describe the bug", "Why the reference's value is the right one", "### Versions")


def _finding(fid, kind="output", blamed="none", status="new", known=None, classification=None, **extra):
    fields = dict(id=fid, kind=kind, frameworks=["torch.nn", "mindspore.nn"], backend="cpu",
                  case=Case(shape=(4, 3)), case_summary="BatchNorm1d(3) on (4, 3) float32, train", step=0,
                  max_abs_error=1.0, max_rel_error=1.0, ratio=7.5, tolerance=None,
                  verdict={"torch.nn": "blame_left", "mindspore.nn": "blame_right"}.get(blamed, "not_judged"),
                  blamed=blamed, status=status, versions={"mindspore": "2.10.0", "torch": "2.13.0+cpu",
                                                          "python": "3.11.7"},
                  property="valid_uses[torch.nn@cpu~mindspore.nn@cpu]", known_id=known,
                  known_reason="the mechanism, in words" if known else None, known_source="a source" if known else None,
                  classification=classification,
                  evidence={"index": [1], "left": 1.5, "right": 2.5, "reference": 1.5000001})
    fields.update(extra)
    return finding_of(**fields)


FINDINGS = [
    _finding("output-aaaaaaaaaa", blamed="torch.nn"),  # new, torch's
    _finding("running_var-bbbbbbbbbb", kind="running_var", blamed="mindspore.nn", status="known",
             known="mindspore-some-defect", classification="suspected-defect"),
    _finding("output-cccccccccc", blamed="mindspore.nn", status="known", known="mindspore-some-defect",
             classification="suspected-defect"),  # the same defect's second manifestation
    _finding("output-dddddddddd", blamed="mindspore.nn", status="known", known="documented-entry",
             classification="documented"),
    _finding("output-eeeeeeeeee", blamed="mindspore.nn", status="known", known="mapping-rule:momentum",
             classification="mapping-rule"),
    _finding("error_parity-ffffffffff", kind="error_parity"),  # new, blamed on neither side
]


def _keys() -> dict[str, str]:
    """finding id -> the key of its defect."""
    return {f.id: d.key for d in suspected_defects(FINDINGS) for f in d.findings}


def test_suspected_defects_group_manifestations_and_leave_out_documented_ones():
    defects = {d.key: d for d in suspected_defects(FINDINGS)}
    keys = _keys()
    assert set(defects) == {keys["output-aaaaaaaaaa"], "mindspore-some-defect", keys["error_parity-ffffffffff"]}
    assert keys["output-aaaaaaaaaa"].startswith("new-torch.nn-")
    assert keys["error_parity-ffffffffff"].startswith("new-pair-")
    assert {f.id for f in defects["mindspore-some-defect"].findings} == {"running_var-bbbbbbbbbb", "output-cccccccccc"}


def test_each_draft_holds_the_fields_of_its_trackers_template(tmp_path):
    calls = []

    def collect_env():
        calls.append(1)
        return "PyTorch version: 2.13.0+cpu (collect_env, faked)"

    written = write_issue_drafts(FINDINGS, tmp_path, collect_env=collect_env)
    keys = _keys()
    assert set(written) == {keys["output-aaaaaaaaaa"], "mindspore-some-defect"}
    mindspore = written["mindspore-some-defect"].read_text()
    for heading in MINDSPORE_HEADINGS:
        assert heading in mindspore, heading
    assert "running_var-bbbbbbbbbb" in mindspore and "output-cccccccccc" in mindspore  # both manifestations
    assert "the mechanism, in words" in mindspore and "2.10.0" in mindspore and "python repro/" in mindspore
    torch = written[keys["output-aaaaaaaaaa"]].read_text()
    for heading in TORCH_HEADINGS:
        assert heading in torch, heading
    assert "PyTorch version: 2.13.0+cpu (collect_env, faked)" in torch
    assert "| 1.5 | 2.5 | 1.5000001 | 7.5 |" in torch  # the blamed side's value, the other's, the reference's
    assert calls == [1]
    index = (tmp_path / "README.md").read_text()
    assert f"`{keys['error_parity-ffffffffff']}` | neither" in index and "documented-entry" not in index


def test_a_rebuild_leaves_no_draft_of_a_defect_that_is_gone(tmp_path):
    """Drafts are rebuilt from the findings alone: one written by an earlier build for a defect that
    triage has since covered (or regrouped) does not stay behind as if still to file."""
    (tmp_path / "output-0000000000.md").write_text("an earlier build's draft\n")
    written = write_issue_drafts(FINDINGS, tmp_path, collect_env=lambda: "faked")
    assert sorted(p.name for p in tmp_path.glob("*.md")) == sorted([*(p.name for p in written.values()), "README.md"])
