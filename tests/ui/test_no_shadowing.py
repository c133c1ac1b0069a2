"""No widget stores a field under the name of one of its Qt methods.

``self.done = QDateEdit(...)`` in a dialog made ``accept()`` call the date field (a crash);
``self.size`` or ``self.width`` would break any code asking a widget its size.
"""

import ast
import importlib
import inspect
from pathlib import Path

from PySide6.QtCore import QObject

UI = Path(__file__).resolve().parents[2] / "ui"


def assigned_attributes(cls) -> set[str]:
    source = inspect.getsource(cls)
    names = set()
    for node in ast.walk(ast.parse(source.lstrip())):
        is_store = isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store)
        if is_store and isinstance(node.value, ast.Name) and node.value.id == "self":
            names.add(node.attr)
    return names


def test_no_widget_field_hides_a_qt_method():
    clashes = []
    for path in sorted(UI.rglob("*.py")):
        module = importlib.import_module(
            ".".join(path.relative_to(UI.parent).with_suffix("").parts)
        )
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, QObject):
                continue
            qt_bases = [b for b in cls.__mro__ if b.__module__.startswith("PySide6")]
            qt_names = {n for base in qt_bases for n in vars(base)}
            for attribute in assigned_attributes(cls) & qt_names:
                clashes.append(f"{cls.__name__}.{attribute}")
    assert clashes == []
