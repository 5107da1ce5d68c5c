"""Every translated text is a literal where it is translated, so ``pyside6-lupdate`` finds it.

A wrapper such as ``def _tr(text): return translate("Ctx", text)`` hides its texts from
lupdate: they never reach the ``.ts`` files, ``make translations-check`` cannot see them
missing, and the English UI shows German. This test reads every module and refuses a
``tr()``/``translate()`` call whose text is not a string literal.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "partnerdesk"


def _text_argument(call: ast.Call) -> ast.expr | None:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name == "tr" and call.args:
        return call.args[0]
    context = call.args[0] if call.args else None
    is_context = isinstance(context, ast.Constant) and isinstance(context.value, str)
    if name == "translate" and len(call.args) >= 2 and is_context:  # not QTransform's
        return call.args[1]
    return None


def _hidden_texts(package: Path = PACKAGE) -> list[str]:
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            text = _text_argument(node)
            if text is None:
                continue
            literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
            if not literal:
                where = path.relative_to(package.parent)
                found.append(f"{where}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


def test_every_translated_text_is_a_literal():
    assert _hidden_texts() == []


def test_the_check_sees_a_wrapper(tmp_path):
    module = tmp_path / "partnerdesk" / "wrapped.py"
    module.parent.mkdir()
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('View', text)\n"
        "def fine():\n"
        "    return QCoreApplication.translate('View', 'Hallo')\n",
        encoding="utf-8",
    )
    assert [line.split(":")[0] for line in _hidden_texts(module.parent)] == [
        "partnerdesk/wrapped.py"
    ]
