import json
import subprocess
import sys

import pytest

from wardrobe.cli import main
from wardrobe.store.database import open_database


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "cli.db")


def test_demo_then_alerts_shows_low_shoes_and_tulle_with_order_quantities(db_path, capsys):
    assert main(["--db", db_path, "demo"]) == 0
    assert "costume items" in capsys.readouterr().out
    assert main(["--db", db_path, "alerts"]) == 0
    out = capsys.readouterr().out
    assert "Le Ballet National:" in out and "Metropolitan Ballet Theater:" in out
    assert "pairs last" in out and "Order " in out and "Tulle raide blanc" in out


def test_alerts_as_json(db_path, capsys):
    main(["--db", db_path, "demo"])
    capsys.readouterr()
    assert main(["alerts", "--json", "--db", db_path]) == 0  # --db after the command works too
    data = json.loads(capsys.readouterr().out)
    assert {"material", "pointe"} == {a["kind"] for a in data}
    assert all(a["message"] and a["supplier"] is not None for a in data)


def test_find_answers_with_accents_optional(db_path, capsys):
    main(["--db", db_path, "demo"])
    capsys.readouterr()
    assert main(["--db", db_path, "find", "casse noisette fee dragee", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and all(h["kind"] == "costume" for h in hits)
    assert main(["--db", db_path, "find", "zzzz"]) == 0
    assert "Nothing matches" in capsys.readouterr().out


def test_a_refused_demo_is_one_clear_line_and_a_non_zero_exit(db_path, capsys):
    main(["--db", db_path, "demo"])
    capsys.readouterr()
    assert main(["--db", db_path, "demo"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("wardrobe: This inventory already holds data")
    assert "Traceback" not in err and err.count("\n") == 1


def test_an_unusable_database_is_one_clear_line(tmp_path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    assert main(["--db", str(bad), "alerts"]) == 1
    assert "cannot be used" in capsys.readouterr().err


def test_the_installed_command_runs_without_a_traceback(db_path):
    open_database(db_path).close()  # an empty inventory (a read never creates one)
    result = subprocess.run(
        [sys.executable, "-m", "wardrobe.cli", "--db", db_path, "find", "O'Brien \"(x"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Nothing matches" in result.stdout


def test_the_version_says_the_app_the_schema_qt_and_python(capsys):
    import platform
    import tomllib
    from pathlib import Path

    import pytest

    import wardrobe
    from db import HEAD

    with pytest.raises(SystemExit):
        main(["--version"])
    said = capsys.readouterr().out.strip()
    assert said.startswith(f"wardrobe {wardrobe.__version__} · inventory schema {HEAD} · Qt 6.")
    assert said.endswith(f"· Python {platform.python_version()}")
    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    assert "version" not in project["project"]  # one place: wardrobe.__version__
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "wardrobe.__version__"}
