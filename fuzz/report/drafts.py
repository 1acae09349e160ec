"""Issue drafts, ready to file: `issues/<defect>.md` in a run folder, one per suspected defect.

A defect (fuzz/report/defects.py) is a known-difference entry classified as a suspected defect,
or the mechanism of new findings no entry covers; its findings are its manifestations.  The draft
follows the tracker of the framework the float64 reference blames: MindSpore's bug template (hardware and software
environment, current and expected behaviour, steps to reproduce, related log) or PyTorch's (a
description with a self-contained reproduction, the justification of which result is right with
the reference's numbers, and the environment as `python -m torch.utils.collect_env` prints it).
A defect blamed on neither side (an acceptance or exception-class difference, a pair the
reference cannot decide) is listed in `issues/README.md` without a draft.  Built from the stored
findings alone; no framework is imported here (collect_env runs in a subprocess, once).
"""

from __future__ import annotations

import platform
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from fuzz.model.finding import Finding
from fuzz.report.defects import Classification, Defect, group_defects

#: the draft templates, by the framework a defect is blamed on
TRACKERS = {"mindspore": "MindSpore bug report (gitee.com/mindspore/mindspore, .gitee/ISSUE_TEMPLATE)",
            "torch": "PyTorch bug report (github.com/pytorch/pytorch, .github/ISSUE_TEMPLATE/bug-report.yml)"}


def suspected_defects(findings: list[Finding]) -> list[Defect]:
    """The defects to file (fuzz/report/defects.py): new ones and suspected-defect entries (never a
    mapping rule's confirmation or a documented difference), in report order."""
    return [d for d in group_defects(findings) if d.classification is not Classification.DOCUMENTED]


def blamed_framework(defect: Defect) -> str | None:
    """torch or mindspore: the framework whose tracker gets the draft (None: blamed on neither side)."""
    return defect.framework if defect.framework in TRACKERS else None


def draft_path(defect: Defect) -> str | None:
    """Where a defect's draft is, relative to the report (None: it has none)."""
    if defect.classification is Classification.DOCUMENTED or blamed_framework(defect) is None:
        return None
    return f"issues/{defect.key.replace(':', '-').replace('/', '-')}.md"


_ENVIRONMENT: list[str] = []
#: how long a saved collect_env report is used again (it costs ~5 s: it imports torch and runs lscpu, pip)
ENVIRONMENT_MAX_AGE_S = 24 * 3600


def _collect_env() -> str:
    """`python -m torch.utils.collect_env`'s report: once per process, and kept for a day in the
    temporary folder per interpreter and torch version, so that the reports at the end of a run do not
    wait for it each time."""
    if _ENVIRONMENT:
        return _ENVIRONMENT[0]
    import hashlib
    import importlib.metadata
    import tempfile
    import time

    try:
        torch_version = importlib.metadata.version("torch")
    except importlib.metadata.PackageNotFoundError:
        torch_version = "none"
    key = hashlib.sha256(f"{sys.executable} {torch_version}".encode()).hexdigest()[:16]
    saved = Path(tempfile.gettempdir()) / f"bn-difffuzz-collect-env-{key}.txt"
    try:
        if time.time() - saved.stat().st_mtime < ENVIRONMENT_MAX_AGE_S:
            _ENVIRONMENT.append(saved.read_text(encoding="utf-8"))
            return _ENVIRONMENT[0]
    except OSError:
        pass
    _ENVIRONMENT.append(_run_collect_env())
    try:
        saved.write_text(_ENVIRONMENT[0], encoding="utf-8")
    except OSError:
        pass
    return _ENVIRONMENT[0]


def _run_collect_env() -> str:
    try:
        done = subprocess.run([sys.executable, "-m", "torch.utils.collect_env"], capture_output=True, text=True,
                              timeout=180)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"(python -m torch.utils.collect_env did not run here: {exc})"
    return done.stdout.strip() or f"(python -m torch.utils.collect_env printed nothing; exit {done.returncode})"


def _value(value: float | None) -> str:
    return "-" if value is None else f"{value:.9g}"


def _manifestations(group: list[Finding]) -> list[str]:
    lines = ["| finding | kind | pairing | step | blamed side | its value | the other side's | float64 reference | "
             "error / tolerance |", "|---|---|---|---:|---|---:|---:|---:|---:|"]
    for f in group:
        right_blamed = f.blamed == f.frameworks[1]
        blamed, other = (f.evidence.right, f.evidence.left) if right_blamed else (f.evidence.left, f.evidence.right)
        step = f.step if f.step is not None else "-"
        lines.append(f"| `{f.id}` | {f.kind.value} | {' vs '.join(f.frameworks)} | {step} | {f.blamed} | "
                     f"{_value(blamed)} | {_value(other)} | {_value(f.evidence.reference)} | {f.ratio:.3g} |")
    return lines


def _what(group: list[Finding]) -> list[str]:
    first = group[0]
    lines = [f"Minimal case: `{first.case_summary}`", ""]
    if first.known_reason:
        lines += [first.known_reason, "", f"Source: {first.known_source or '-'}", ""]
    if first.tolerance is not None:
        lines += [f"Tolerance (rule `{first.tolerance.rule}`): rtol {first.tolerance.rtol:.3g}, atol "
                  f"{first.tolerance.atol_min:.3g} to {first.tolerance.atol_max:.3g}; the finding is "
                  f"{first.ratio:.3g} times it.", ""]
    return lines + ["Every manifestation (one row each; the values at the worst element):", "",
                    *_manifestations(group), ""]


def _steps(group: list[Finding]) -> list[str]:
    first = group[0]
    return ["Each finding has a standalone script (numpy, torch and mindspore only) that rebuilds the case,",
            "runs both sides as the harness did and exits 1 while the difference is present:", "", "```bash",
            *[f"python repro/{f.id}.py" for f in group[:3]], "```", "",
            "The case as the harness stores it (`python -m fuzz replay-case CASE_JSON` replays it):", "", "```json",
            first.case.dumps() if first.case is not None else "{}", "```"]


def _sides(finding: Finding) -> str:
    """Which side departs from the documented semantics and which agrees with the float64 reference
    (another framework, or the same API in another execution mode: `mindspore.nn+graph`)."""
    blamed = finding.blamed
    other = finding.frameworks[0] if blamed == finding.frameworks[1] else finding.frameworks[1]
    return (f"`{blamed}` (BatchNorm1d) departs from the documented semantics, as the float64 reference (the same "
            f"formula in float64 NumPy) computes them, where `{other}` does not")


def _versions(finding: Finding) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(finding.versions.items()))


def render_mindspore(defect: Defect) -> str:
    key, group, first = defect.key, list(defect.findings), defect.exemplar
    device = first.backend.upper()
    return "\n".join([
        f"<!-- {TRACKERS['mindspore']}; drafted by bn-difffuzz for {key} -->",
        f"# [BatchNorm1d] {first.case_summary[:120]}", "",
        "## Describe the current behavior / 问题描述", "",
        f"{_sides(first)}:", "",
        *_what(group),
        "## Environment / 环境信息", "",
        f"- **Hardware Environment(`Ascend`/`GPU`/`CPU`) / 硬件环境**: {device}",
        f"- **MindSpore version (source or binary)**: {first.versions.get('mindspore', '-')} (binary, PyPI)",
        f"- **Python version**: {first.versions.get('python', platform.python_version())}",
        f"- **OS platform and distribution**: {platform.platform()}",
        f"- **Everything the run recorded**: {_versions(first)}", "",
        "## Related testcase / 关联用例", "", f"bn-difffuzz property `{first.property}`", "",
        "## Steps to reproduce the issue / 重现步骤", "", *_steps(group), "",
        "## Describe the expected behavior / 预期结果", "",
        "The value the float64 reference gives (the column above), within the tolerance, as torch gives it.", "",
        "## Related log / screenshot / 日志 / 截图", "",
        *[f"- `{f.id}`: " + (f"{e.type} in {e.phase.value}: {e.message}" if (e := f.errors[1] or f.errors[0])
                             else "no exception") for f in group], "",
        "## Special notes for this issue / 备注", "",
        f"Found by differential fuzzing against torch.nn.BatchNorm1d; findings: {', '.join(f.id for f in group)}.", ""])


def render_torch(defect: Defect, collect_env: Callable[[], str]) -> str:
    key, group, first = defect.key, list(defect.findings), defect.exemplar
    return "\n".join([
        f"<!-- {TRACKERS['torch']}; drafted by bn-difffuzz for {key} -->",
        f"# [BatchNorm1d] {first.case_summary[:120]}", "",
        "### 🐛 Describe the bug", "",
        f"{_sides(first)}:", "",
        *_what(group),
        "Why the reference's value is the right one: it evaluates the documented formula "
        "(y = (x - E[x]) / sqrt(Var[x] + eps) * weight + bias, running statistics updated with the "
        "unbiased batch variance) in float64 on the very float values torch was given; the tolerance "
        "allows the float rounding a correct float32/float16 kernel makes, and the finding exceeds it "
        "by the factor shown.", "",
        "Reproduction (self-contained: numpy, torch, mindspore):", "", *_steps(group), "",
        "### Versions", "", "```", collect_env(), "```", "",
        f"Recorded by the run: {_versions(first)}", ""])


def write_issue_drafts(findings: list[Finding], directory: Path,
                       collect_env: Callable[[], str] = _collect_env) -> dict[str, Path]:
    """One draft per suspected defect blamed on a framework, and an index (`README.md`); key -> path."""
    defects = suspected_defects(findings)
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob("*.md"):  # a rebuild's drafts replace the last build's (defects regroup)
        stale.unlink()
    environment: list[str] = []

    def cached_env() -> str:  # run once per build, only if a torch draft needs it
        if not environment:
            environment.append(collect_env())
        return environment[0]

    written: dict[str, Path] = {}
    index = ["# Issue drafts", "", "One per suspected defect (a suspected-defect entry, or a new finding no entry "
             "covers), in the template of the tracker of the framework the float64 reference blames.", "",
             "| defect | framework | findings | draft |", "|---|---|---:|---|"]
    for defect in defects:
        key, framework, relative = defect.key, blamed_framework(defect), draft_path(defect)
        if framework is None or relative is None:
            index.append(f"| `{key}` | neither (not blamed on one side) | {len(defect.findings)} | - |")
            continue
        path = directory / Path(relative).name
        text = render_mindspore(defect) if framework == "mindspore" else render_torch(defect, cached_env)
        path.write_text(text, encoding="utf-8")
        written[key] = path
        index.append(f"| `{key}` | {framework} | {len(defect.findings)} | [{path.name}]({path.name}) |")
    (directory / "README.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    return written
