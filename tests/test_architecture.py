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


# The window's layers: each subpackage of ui/ and the subpackages it may import. A lower layer
# never imports a higher one, so there is no import circle and no part reaches into the shell.
UI_LAYERS = {
    "text": set(),  # formatting, sentences, icons
    "models": {"text"},  # table and tree models
    "runtime": {"text"},  # context, change bus, worker, undo, scanner
    "dialogs": {"text", "models", "runtime"},
    "sections": {"text", "models", "runtime"},
    "actions": {"text", "runtime", "dialogs"},
    "shell": {"text", "models", "runtime", "dialogs", "sections", "actions"},
    "launcher": {"shell"},
}


def ui_imports(path: Path) -> set[str]:
    """The ui/ subpackages a module imports, however it spells them."""
    parts = path.relative_to(ROOT).with_suffix("").parts  # ("ui", "shell", "main_window")
    package = list(parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = [*base, *(node.module.split(".") if node.module else [])]
                names = [module] if node.module else [[*module, a.name] for a in node.names]
            else:
                names = [node.module.split(".")] if node.module else []
        elif isinstance(node, ast.Import):
            names = [a.name.split(".") for a in node.names]
        else:
            continue
        for name in names:
            if len(name) >= 2 and name[0] == "ui":
                found.add(name[1])
    return found


def test_each_part_of_the_window_imports_only_the_layers_below_it():
    offenders = {}
    for path in (ROOT / "ui").rglob("*.py"):
        parts = path.relative_to(ROOT / "ui").with_suffix("").parts
        layer = parts[0]
        if layer == "__init__":
            continue
        allowed = UI_LAYERS[layer] | {layer}
        wrong = ui_imports(path) - allowed
        if wrong:
            offenders[str(path.relative_to(ROOT))] = sorted(wrong)
    assert offenders == {}


def test_every_subpackage_has_a_layer_and_no_module_is_a_god_object():
    folders = {p.name for p in (ROOT / "ui").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders <= set(UI_LAYERS)
    lengths = {
        str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
        for p in (ROOT / "ui").rglob("*.py")
    }
    too_long = {name: n for name, n in lengths.items() if n > 400}
    assert too_long == {}
    shell = ROOT / "ui" / "shell" / "main_window.py"
    assert len(shell.read_text(encoding="utf-8").splitlines()) < 300
