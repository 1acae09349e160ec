"""The harness's layout: no import cycle among its modules, and no arrow up the pipeline.

Every import is counted, at module level or inside a function, and also those only for type
checkers: each is a dependency a reader has to hold in mind.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: the pipeline, lowest first: a module may import its own layer and the layers before it
LAYERS = ("fuzz.model", "strategies", "fuzz.oracle", "fuzz.execution", "fuzz.campaign", "fuzz.report",
          "fuzz.interface", "fuzz.testing")


def _modules() -> dict[str, Path]:
    found = {}
    for package in ("fuzz", "strategies"):
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The project modules `name` imports (a `from package import module` counts the module)."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            targets = [f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in MODULES else node.module
                       for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target and target != name:
                out.add(target)
    return out


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _layer(name: str) -> int | None:
    for index, prefix in enumerate(LAYERS):
        if name == prefix or name.startswith(prefix + "."):
            return index
    return None  # fuzz itself, fuzz.__main__, the fuzz targets: above everything


def _cycles() -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in GRAPH[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in GRAPH:
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_the_harness():
    assert {"fuzz.model.case", "fuzz.oracle.compare", "fuzz.campaign.runner", "fuzz.test_properties"} <= set(MODULES)
    assert "fuzz.model.case" in GRAPH["fuzz.oracle.compare"]


def test_no_import_cycle():
    assert _cycles() == []


def test_an_upward_arrow_would_be_seen():
    assert _layer("fuzz.report.common") > _layer("fuzz.campaign.summary") > _layer("fuzz.model.finding")
    assert "fuzz.campaign.summary" in GRAPH["fuzz.report.common"]


def test_a_planted_cycle_is_found(monkeypatch):
    monkeypatch.setitem(GRAPH, "fuzz.model.case", GRAPH["fuzz.model.case"] | {"fuzz.oracle.compare"})
    assert any("fuzz.model.case" in c and "fuzz.oracle.compare" in c for c in _cycles())


@pytest.mark.parametrize("name", sorted(n for n in MODULES if _layer(n) is not None))
def test_no_module_imports_a_later_layer(name):
    mine = _layer(name)
    assert mine is not None
    upward = sorted(t for t in GRAPH[name] if (_layer(t) if _layer(t) is not None else len(LAYERS)) > mine)
    assert upward == [], f"{name} ({LAYERS[mine]}) imports {upward}"
