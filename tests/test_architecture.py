"""The core stays Qt-free: nothing under wardrobe/ or db/ imports PySide6 or ui."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_the_core_never_imports_qt_or_the_gui():
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_modules(path) & {"PySide6", "ui", "shiboken6"})
        for folder in ("wardrobe", "db")
        for path in (ROOT / folder).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}
