from wardrobe.cli import main

from .conftest import flat, pdf_pages


def test_the_print_commands_write_their_pdfs(tmp_path, capsys):
    db = str(tmp_path / "w.db")
    main(["--db", db, "demo"])
    sheets, order, labels = (tmp_path / n for n in ("sheets.pdf", "order.pdf", "labels.pdf"))
    assert (
        main(["--db", db, "fitting-sheet", "--production", "casse noisette", "-o", str(sheets)])
        == 0
    )
    assert main(["--db", db, "reorder-list", "-o", str(order)]) == 0
    assert (
        main(
            [
                "--db",
                db,
                "labels",
                "--tags",
                "BN-000001, mbt-000002",
                "--start",
                "4",
                "-o",
                str(labels),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "fitting sheet(s)" in out and "Reorder list" in out and "2 label(s) on L7160" in out
    assert "Fiche d’essayage" in flat(pdf_pages(sheets)[0])
    assert len(pdf_pages(order)) >= 2  # Paris on A4, then New York on Letter


def test_a_refused_print_writes_no_file(tmp_path, capsys):
    db = str(tmp_path / "w.db")
    main(["--db", db, "demo"])
    target = tmp_path / "x.pdf"
    assert main(["--db", db, "labels", "--tags", "BN-000001,NOPE-9", "-o", str(target)]) == 1
    assert main(["--db", db, "fitting-sheet", "--dancer", "Nobody", "-o", str(target)]) == 1
    assert main(["--db", db, "reorder-list", "-o", str(tmp_path / "x.txt")]) == 1
    assert main(["--db", db, "reorder-list", "-o", str(tmp_path / "no" / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "NOPE-9" in err and "Nobody" in err and ".pdf" in err and "does not exist" in err
    assert not target.exists() and not list(tmp_path.glob(".*.partial"))
