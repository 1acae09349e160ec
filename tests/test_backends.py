"""Backend discovery, pairing selection, skip reasons and the explicit-request error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fuzz.execution import backends
from fuzz.execution.backends import BackendError, BackendStatus, discover, pairings_for, resolve

ROOT = Path(__file__).resolve().parents[1]


def test_discovery_says_why_anything_is_unavailable():
    found = discover()
    assert {(s.framework, s.backend) for s in found} == {(f, b) for f in ("torch", "mindspore")
                                                         for b in backends.BACKENDS}
    assert all(s.available or len(s.reason) > 10 for s in found)
    cpu = {s.framework: s for s in found if s.backend == "cpu"}
    assert cpu["torch"].available and cpu["mindspore"].available


@pytest.mark.parametrize("spec, expected", [
    ("cpu", ["torch.nn@cpu~mindspore.nn@cpu"]),
    ("cuda", ["torch.nn@gpu~mindspore.nn@gpu"]),
    ("ascend", ["torch.nn@ascend~mindspore.nn@ascend"]),
    ("torch:gpu,mindspore:cpu", ["torch.nn@gpu~mindspore.nn@cpu"]),
    ("torch:cpu,torch:cuda", ["torch.nn@cpu~torch.nn@gpu"]),
    ("mindspore:cpu,mindspore.mint:cpu", ["mindspore.nn@cpu~mindspore.mint@cpu"]),
])
def test_backend_specs(spec, expected):
    pairings, explicit = pairings_for(spec)
    assert [p.name for p in pairings] == expected and explicit


def test_all_includes_cross_device_pairings_and_is_not_explicit():
    pairings, explicit = pairings_for("all", ("mindspore.nn", "mindspore.mint"))
    names = {p.name for p in pairings}
    assert not explicit
    assert {"torch.nn@cpu~mindspore.mint@cpu", "torch.nn@gpu~mindspore.nn@gpu", "torch.nn@cpu~torch.nn@gpu",
            "mindspore.nn@cpu~mindspore.nn@ascend"} <= names


@pytest.mark.parametrize("spec", ["tpu", "torch:tpu,mindspore:cpu", "jax:cpu,mindspore:cpu", "torch:cpu", "a,b,c"])
def test_malformed_specs_raise_a_sentence(spec):
    with pytest.raises(BackendError, match="--backend|FRAMEWORK:BACKEND"):
        pairings_for(spec)


@pytest.fixture
def only_cpu(monkeypatch):
    def fake(framework, backend):
        return BackendStatus(framework, backend, backend == "cpu",
                             "" if backend == "cpu" else f"no {backend} here (test)")
    monkeypatch.setattr(backends, "status", fake)


def test_explicit_missing_backend_is_an_error(only_cpu):
    with pytest.raises(BackendError, match="no gpu here"):
        resolve("gpu")


def test_all_skips_missing_backends_with_reasons(only_cpu):
    usable, skipped = resolve("all")
    assert [p.name for p in usable] == ["torch.nn@cpu~mindspore.nn@cpu"]
    assert skipped and all("here (test)" in s["reason"] for s in skipped)


def _an_unavailable_side() -> str:
    for s in discover():
        if not s.available:
            return f"{s.framework}:{s.backend}"
    pytest.fail("every backend is available on this machine: extend the test with a missing one")


def test_cli_exits_2_for_a_missing_backend_asked_for_by_name(tmp_path):
    side = _an_unavailable_side()
    spec = f"{side},mindspore:cpu" if side.startswith("torch") else f"torch:cpu,{side}"
    proc = subprocess.run([sys.executable, "-m", "fuzz", "run", "--backend", spec, "--max-examples", "1",
                           "--out", str(tmp_path / "run")], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2, proc.stderr
    assert "not available here" in proc.stderr and "Traceback" not in proc.stderr


def test_pytest_shows_unavailable_pairings_as_skips_with_reasons():
    proc = subprocess.run([sys.executable, "-m", "pytest", "fuzz/test_properties.py::test_running_mean",
                           "--fuzz-backend", "all", "--fuzz-targets", "mindspore.nn", "--fuzz-max-examples", "3",
                           "-rs", "-q", "-p", "no:cacheprovider"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:]
    unavailable = [s for s in discover() if not s.available]
    assert "SKIPPED" in proc.stdout and "unavailable:" in proc.stdout
    assert all(s.reason[:30] in proc.stdout for s in unavailable)
    assert "1 passed" in proc.stdout


def test_summary_lists_skipped_pairings(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "fuzz", "run", "--backend", "all", "--max-examples", "2",
                           "--chunk", "2", "--no-isolate", "--seed", "1", "--out", str(tmp_path / "run")], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    import json

    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert "torch.nn@cpu~mindspore.nn@cpu" in summary["backends"]["used"]
    skipped = {s["pairing"] for s in summary["backends"]["skipped"]}
    requested = {p.name for p in pairings_for("all", ("mindspore.nn", "mindspore.mint"))[0]}  # the default targets
    assert skipped == requested - set(summary["backends"]["used"])
