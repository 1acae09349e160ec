"""The nightly workflow is valid against GitHub's workflow schema, and the check can fail."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "nightly.yml"


def lint(path: Path) -> subprocess.CompletedProcess:
    tool = shutil.which("check-jsonschema") or str(Path(sys.executable).with_name("check-jsonschema"))
    if not Path(tool).exists():
        pytest.fail("check-jsonschema is not installed: pip install -e '.[dev]'")
    return subprocess.run([tool, "--builtin-schema", "vendor.github-workflows", str(path)], capture_output=True,
                          text=True, timeout=120)


def test_the_nightly_workflow_validates():
    proc = lint(WORKFLOW)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_broken_workflow_is_caught(tmp_path):
    broken = tmp_path / "nightly.yml"
    broken.write_text(WORKFLOW.read_text().replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest", 1))
    assert lint(broken).returncode != 0


def test_the_workflow_covers_every_backend_shards_merge_and_the_database():
    text = WORKFLOW.read_text()
    for needle in ("schedule:", "backend: [cpu, gpu, ascend]", "self-hosted", "--shard", "python -m fuzz merge",
                   "upload-artifact", "hypothesis-example-db", "--database-readonly", "github:",
                   "--targets mindspore.nn+graph,mindspore.nn+jit,torch.nn+compile", "needs: [fuzz, fuzz-compiled]"):
        assert needle in text, needle
