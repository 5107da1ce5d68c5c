"""The layers of the package, checked from the source of every module.

Reads each module with ``ast`` (nothing is imported, so a lazy import inside a function or
under ``TYPE_CHECKING`` counts as much as one at the top) and fails on:

- a forbidden third-party import: the core uses neither Qt nor the ORM, the store no Qt;
- an import that climbs up a layer (see ``ALLOWED`` and ARCHITECTURE.md);
- an import circle between two or more modules of the package.

The subprocess check that importing the core really leaves PySide6 and SQLAlchemy out of
``sys.modules`` is in ``tests/core``; this test covers every module, even those no test imports.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "partnerdesk"

#: Third-party top-level packages a layer must never import.
#: Qt lives in ``qt``, ``ui``, ``app`` and ``__main__`` only: the self-test and the command
#: line orchestrate and print (their Qt work is in ``qt/selfcheck.py``, ``ui/selfcheck.py``).
NO_QT = {"PySide6", "shiboken6"}
FORBIDDEN = {
    "core": NO_QT | {"sqlalchemy", "alembic"},
    "store": NO_QT,
    "report": NO_QT | {"sqlalchemy", "alembic"},
    "qt": {"sqlalchemy", "alembic"},
    "selftest": NO_QT,
    "cli": NO_QT,
    "partnerdesk": NO_QT,
    "paths": NO_QT,
    "resources": NO_QT,
    "logging_setup": NO_QT,
}

BASE = {"partnerdesk", "paths", "resources", "logging_setup"}
#: For each area (first name below ``partnerdesk``), the areas of the package it may import.
#: ``partnerdesk`` itself is the package's ``__init__`` (version, names, exit codes).
ALLOWED = {
    "partnerdesk": set(),
    "paths": {"partnerdesk"},
    "resources": {"partnerdesk"},
    "logging_setup": {"partnerdesk", "paths"},
    "core": BASE | {"core"},
    "store": BASE | {"core", "store"},
    "report": BASE | {"core", "report"},
    "qt": BASE | {"core", "qt"},
    "ui": BASE | {"core", "store", "report", "qt", "ui"},
    "app": BASE | {"core", "store", "report", "qt", "ui", "app"},
    "selftest": BASE | {"core", "store", "report", "qt", "ui", "app", "selftest"},
    "cli": BASE | {"core", "store", "report", "qt", "app", "selftest", "cli"},
    "__main__": {"cli"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {
        module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "__pycache__" not in p.parts
    }


@cache
def imports_of(name: str) -> frozenset[str]:
    """Every absolute module name *name* imports, at any depth of its code."""
    tree = ast.parse(modules()[name].read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{name}: relative import (line {node.lineno})"
            assert node.module is not None
            found.add(node.module)
            # ``from partnerdesk.store import backup`` imports the module store.backup.
            found.update(
                f"{node.module}.{alias.name}"
                for alias in node.names
                if f"{node.module}.{alias.name}" in modules()
            )
    return frozenset(found)


def area(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def internal_imports(name: str) -> set[str]:
    return {imported for imported in imports_of(name) if imported in modules() and imported != name}


def test_the_walk_sees_every_layer():
    areas = {area(name) for name in modules()}
    assert {"core", "store", "qt", "ui", "cli", "app"} <= areas
    assert len(modules()) > 80
    assert "partnerdesk.core.matching" in modules()


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_no_forbidden_third_party_import(layer):
    offences = sorted(
        f"{name} imports {imported}"
        for name in modules()
        if area(name) == layer
        for imported in imports_of(name)
        if imported.split(".")[0] in FORBIDDEN[layer]
    )
    assert offences == []


def test_every_area_is_assigned_a_layer():
    assert {area(name) for name in modules()} <= ALLOWED.keys()


def test_nothing_climbs_up():
    offences = sorted(
        f"{name} imports {imported}"
        for name in modules()
        for imported in internal_imports(name)
        if area(imported) != area(name) and area(imported) not in ALLOWED[area(name)]
    )
    assert offences == []


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = len(index)
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(sorted(graph[succ]))))
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
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
    return found


def test_cycle_finder_finds_a_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_circle_in_the_package():
    graph = {name: internal_imports(name) for name in modules()}
    # A package's __init__ is imported with each of its modules; that is not a circle.
    for name, targets in graph.items():
        graph[name] = {t for t in targets if not name.startswith(t + ".")}
    assert [c for c in cycles(graph) if c not in KNOWN_CYCLES] == []


#: Circles of function-level imports that exist and are yet to be broken: none now.
KNOWN_CYCLES: list[list[str]] = []
