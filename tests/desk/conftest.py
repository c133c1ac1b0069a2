"""The desk on a real X server: Xvfb, the app started as a user starts it (its own process, its
own inventory and settings), and ``xdotool`` typing at a scanner's speed, a key every 4 ms, then
Enter, with no pause between two scans. Offscreen key events arrive in a neat row; a real
server's arrive while windows open, queue and burst, which is where the desk broke. What each
scan did is read from the app's desk log (``WARDROBE_LOG``), what was saved from the inventory.

Needs Xvfb and xdotool (``scripts/desk-tools.sh`` installs them; the README's test command runs
it). Where they are missing the suite is skipped with that said."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import POSTGRES

APP = Path(sys.executable).with_name("wardrobe")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The desk suite runs once, on SQLite (the keyboard's timing is the same on both)."""
    if POSTGRES:
        dropped = [item for item in items if "tests/desk/" in item.nodeid]
        items[:] = [item for item in items if "tests/desk/" not in item.nodeid]
        config.hook.pytest_deselected(items=dropped)


@pytest.fixture(scope="session")
def x_display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"the desk suite needs {' and '.join(missing)} (scripts/desk-tools.sh)")
    for number in range(91, 140):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            break
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            pytest.fail(f"Xvfb did not start on {display}")
        time.sleep(0.05)
    yield display
    server.terminate()
    server.wait(10)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("desk-demo") / "demo.db"
    subprocess.run([str(APP), "--db", str(path), "demo"], check=True, capture_output=True)
    return path


class Desk:
    """The app on the X server, and what a desk does to it."""

    def __init__(self, display: str, inventory: Path, home: Path) -> None:
        self.display = display
        self.inventory = inventory
        self.log_path = home / "desk.log"
        self.env = {
            **{k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"},
            "DISPLAY": display,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "WARDROBE_LOG": str(self.log_path),
            "LANG": "C.UTF-8",
        }
        self.app: subprocess.Popen | None = None

    def start(self) -> None:
        self.app = subprocess.Popen(
            [str(APP), "--db", str(self.inventory)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.wait_for(lambda: "lists loaded" in self.log_text(), "the window's lists", 30)
        self.wait_window("Wardrobe")

    def stop(self) -> str:
        if self.app is None:
            return ""
        self.app.terminate()
        try:
            _, err = self.app.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            self.app.kill()
            _, err = self.app.communicate()
        self.app = None
        return err.decode(errors="replace")

    # -- the keyboard ----------------------------------------------------------------------
    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True)

    def scan(self, *tags: str) -> None:
        """Each tag as a scanner types it, the next straight after: no pause between scans."""
        for tag in tags:
            self.xdotool("type", "--delay", "4", tag)
            self.xdotool("key", "Return")

    def type(self, text: str, delay_ms: int) -> None:
        self.xdotool("type", "--delay", str(delay_ms), text)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "30", *keys)

    # -- what happened -----------------------------------------------------------------------
    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8") if self.log_path.exists() else ""

    def scans(self) -> list[tuple[str, str]]:
        """(tag, what the scan did), in the order the app applied them."""
        out = []
        for line in self.log_text().splitlines():
            rest = line.split(" wardrobe.desk ", 1)[-1]
            if ": " in rest:
                tag, _, outcome = rest.partition(": ")
                out.append((tag.strip("'"), outcome))
        return out

    def wait_scans(self, count: int, timeout: float = 20) -> list[tuple[str, str]]:
        self.wait_for(lambda: len(self.scans()) >= count, f"{count} scans applied", timeout)
        time.sleep(0.3)  # anything more that comes (there should be nothing) shows too
        return self.scans()

    def windows(self, name: str) -> list[str]:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", name],
            env=self.env,
            capture_output=True,
            text=True,
        )
        return found.stdout.split()

    def wait_window(self, name: str, timeout: float = 15) -> None:
        self.wait_for(lambda: bool(self.windows(name)), f"a window named {name!r}", timeout)

    def wait_focus(self, name: str, timeout: float = 15) -> None:
        """Until the window named so has the keyboard, as a person sees it on top before
        pressing Escape (a scan needs no such wait)."""

        def focused() -> bool:
            found = subprocess.run(
                ["xdotool", "getwindowfocus"], env=self.env, capture_output=True, text=True
            )
            return found.stdout.strip() in self.windows(name)

        self.wait_for(focused, f"the keyboard in the window named {name!r}", timeout)

    def wait_for(self, ready, what: str, timeout: float) -> None:  # noqa: ANN001
        deadline = time.monotonic() + timeout
        while not ready():
            if self.app is not None and self.app.poll() is not None:
                pytest.fail(f"the app ended while waiting for {what}: {self.stop()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"waited {timeout} s for {what}; desk log:\n{self.log_text()}")
            time.sleep(0.05)

    # -- the inventory ---------------------------------------------------------------------
    def items(self) -> dict[str, tuple]:
        """Every item's tag → (name, version, status, location, dancer out to)."""
        with sqlite3.connect(f"file:{self.inventory}?mode=ro", uri=True) as conn:
            return {
                row[0]: row[1:]
                for row in conn.execute(
                    "SELECT tag, name, version, status, location_id, out_to_id FROM costume_items"
                )
            }

    def query(self, sql: str, *args: object) -> list[tuple]:
        with sqlite3.connect(f"file:{self.inventory}?mode=ro", uri=True) as conn:
            return conn.execute(sql, args).fetchall()


@pytest.fixture(params=["quiet", "loaded"])
def desk(request, x_display: str, demo_file: Path, tmp_path: Path) -> Iterator[Desk]:
    """The app on a copy of the demo; ``loaded``: two CPU-bound processes beside it (this
    machine has two cores), as on a desk computer busy with something else."""
    inventory = tmp_path / "inventory.db"
    shutil.copy(demo_file, inventory)
    home = tmp_path / "desk-home"
    home.mkdir()
    load: list[subprocess.Popen] = []
    if request.param == "loaded":
        burn = "import time\nend = time.monotonic() + 120\nwhile time.monotonic() < end: pass"
        load = [subprocess.Popen([sys.executable, "-c", burn]) for _ in range(2)]
    desk = Desk(x_display, inventory, home)
    try:
        desk.start()
        yield desk
    finally:
        for process in load:
            process.kill()
            process.wait()
        errors = desk.stop()
        if os.environ.get("DESK_DEBUG"):
            (Path(os.environ["DESK_DEBUG"]) / f"{request.node.name}.err").write_text(errors)
    assert "Traceback" not in errors, errors  # an exception in a Qt handler is only printed
