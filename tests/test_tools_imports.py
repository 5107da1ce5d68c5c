"""The developer tools (``tools/``) name only what the package still has.

They are not part of the package, so the suite does not run them; a function they import
lazily (``from partnerdesk.x import y`` inside a function) can vanish in a refactor and break
``make screenshots`` unnoticed. ``make lint`` type-checks them (mypy's ``files`` in
pyproject.toml); this test resolves every such import within the suite as well.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[1] / "tools"


def _package_imports() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted(TOOLS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("partnerdesk"):
                found += [(path.name, node.module or "", alias.name) for alias in node.names]
    return found


def test_every_name_the_tools_import_exists():
    imports = _package_imports()
    assert len(imports) > 20  # the walk found the tools' imports
    missing = [
        f"{tool}: from {module} import {name}"
        for tool, module, name in imports
        if not hasattr(importlib.import_module(module), name)
        and importlib.util.find_spec(f"{module}.{name}") is None
    ]
    assert missing == []
