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
    "models": {"text", "runtime"},  # table and tree models (the services through runtime.core)
    "runtime": {"text"},  # context, change bus, worker, undo, scanner
    "dialogs": {"text", "models", "runtime"},
    "operations": {"text", "runtime", "dialogs"},  # each user action declared once
    "sections": {"text", "models", "runtime", "operations"},  # a view's buttons run operations
    "shell": {"text", "models", "runtime", "dialogs", "sections", "operations"},
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


def test_no_module_of_the_core_or_the_window_is_over_400_lines():
    lengths = {
        str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
        for folder in ("wardrobe", "ui")
        for p in (ROOT / folder).rglob("*.py")
    }
    assert {name: n for name, n in lengths.items() if n > 400} == {}


def _modules(package: str) -> dict[str, Path]:
    found = {}
    for path in (ROOT / package).rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _import_graph(package: str) -> dict[str, set[str]]:
    """Each module of ``package`` and the modules of it that it imports, wherever the import
    stands (a function's own import included: a circle put off until run time is one too)."""
    modules = _modules(package)

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        parts = path.relative_to(ROOT).with_suffix("").parts
        here = list(parts[:-1])
        wanted: list[str] = []
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                wanted += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = here[: len(here) - node.level + 1] if node.level else []
                module = ".".join([*base, *(node.module.split(".") if node.module else [])])
                wanted += [f"{module}.{alias.name}" for alias in node.names]
        graph[name] = {found for w in wanted if (found := known(w)) and found != name}
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for node in graph:
        if node not in index:
            visit(node)
    return circles


def test_no_import_circle_in_the_core_the_window_or_the_migrations():
    assert {package: _circles(_import_graph(package)) for package in ("wardrobe", "ui", "db")} == {
        "wardrobe": [],
        "ui": [],
        "db": [],
    }


def test_a_circle_would_be_seen():
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_each_migration_carries_the_code_it_ran_with():
    """A migration that imports the live core changes when the core does (0004 used to import
    wardrobe.text.fold)."""
    offenders = {
        path.name: sorted(imported_modules(path) & {"wardrobe", "ui"})
        for path in (ROOT / "db" / "versions").glob("*.py")
    }
    assert {name: found for name, found in offenders.items() if found} == {}


# The core's folders and what each may import (the README's map says the same). The base —
# language, domain and the refusals in errors.py — is plain Python (no database): its parts use
# one another, module by module, with no circle. Each layer above imports only those below it.
BASE = {"language", "domain", "errors"}
CORE_LAYERS = {
    "language": BASE,
    "domain": BASE,
    "errors": BASE,
    "version": {"wardrobe"},  # the package's own __version__
    "models": BASE,
    "records": BASE,
    "files": BASE,
    "store": BASE | {"models", "files"},
    "services": BASE | {"models", "records", "files", "store"},
    "reports": BASE | {"models", "records", "store", "services"},
    "transfer": BASE | {"models", "records", "files", "store", "services"},
    "demo": BASE | {"models", "store", "services"},
    "cli": BASE
    | {"models", "records", "files", "store", "services", "reports", "transfer", "demo", "version"},
}


def _core_part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "wardrobe"


def test_each_part_of_the_core_imports_only_the_layers_below_it():
    offenders = {}
    for module, imported in _import_graph("wardrobe").items():
        part = _core_part(module)
        if part in ("wardrobe", "__main__"):
            continue
        wrong = {_core_part(other) for other in imported} - CORE_LAYERS[part] - {part}
        if wrong:
            offenders[module] = sorted(wrong)
    assert offenders == {}


def test_the_readme_maps_every_folder_of_the_core_and_the_window():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("## Layout") :]
    folders = {
        f"{p.name}/"
        for package in ("wardrobe", "ui")
        for p in (ROOT / package).iterdir()
        if p.is_dir() and p.name != "__pycache__"
    }
    assert {folder for folder in folders if f"  {folder}" not in layout} == set()
    core = {p.name for p in (ROOT / "wardrobe").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert set(CORE_LAYERS) - {"version", "errors"} == core  # every folder has its layer
