"""An inventory's address: a password is never printed, by any path; a mistyped path is
said, and nothing is created there by a command that only reads."""

import pytest

from wardrobe.cli import main

SECRET = "S3cret-pw"
URLS = [
    f"mysql://wardrobe:{SECRET}@127.0.0.1/x",
    f"postgresql+psycopg2://wardrobe:{SECRET}@127.0.0.1/x",
    f"postgresql+asyncpg://wardrobe:{SECRET}@127.0.0.1/x",
    f"oracle://wardrobe:{SECRET}@127.0.0.1/x",
    f"mssql+pyodbc://wardrobe:{SECRET}@127.0.0.1/x",
    f"a://wardrobe:{SECRET}@b://c",
    "a://b://c",
]


@pytest.mark.parametrize("url", URLS)
def test_a_password_is_never_printed(url, capsys):
    assert main(["--db", url, "alerts"]) == 1
    said = capsys.readouterr()
    assert SECRET not in said.err + said.out
    assert said.err.startswith("wardrobe: ") and "unexpected error" not in said.err


@pytest.mark.parametrize(
    "command",
    [
        ["alerts"],
        ["find", "tutu"],
        ["export", "dancers", "{tmp}/out.csv"],
        ["check"],
        ["fitting-sheet", "--all", "-o", "{tmp}/s.pdf"],
        ["reorder-list", "-o", "{tmp}/r.pdf"],
        ["labels", "--all", "-o", "{tmp}/l.pdf"],
        ["import", "dancers", "{tmp}/in.csv"],
        ["backup"],
    ],
)
def test_a_read_on_a_path_that_does_not_exist_creates_nothing(tmp_path, capsys, command):
    (tmp_path / "in.csv").write_text("name,company\nZoé,BN\n", encoding="utf-8")
    target = tmp_path / "no" / "such" / "dir" / "x.db"
    argv = ["--db", str(target), *[c.replace("{tmp}", str(tmp_path)) for c in command]]
    assert main(argv) == 1
    assert "there is no inventory there" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()


def test_demo_creates_a_new_inventory_where_asked(tmp_path, capsys):
    target = tmp_path / "new" / "x.db"
    assert main(["--db", str(target), "demo"]) == 0
    assert target.exists()
