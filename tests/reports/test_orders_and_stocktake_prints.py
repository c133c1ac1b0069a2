"""What is printed for orders and counts: the purchase order a supplier receives, the
stocktake report, the material count sheet and place labels whose barcodes scan back to
their place; and the command line that prints them."""

from __future__ import annotations

import json

from wardrobe.cli import main
from wardrobe.services import order_drafts, places

from .conftest import flat, page_size, pdf_pages
from .test_reorder_and_labels import decoded


def test_the_purchase_order_names_both_parties_its_lines_and_total(demo_db, pdf):
    from wardrobe.reports.purchase_order import render_purchase_order
    from wardrobe.services import companies

    order = next(
        o
        for o in order_drafts.draft_from_alerts(demo_db, "BN").orders
        if o.supplier == "Tissus du Marais"
    )
    company = companies.get_company(demo_db, "BN")
    render_purchase_order(order, company, pdf)
    text = flat(" ".join(pdf_pages(pdf)))
    assert f"Bon de commande {order.number}" in text
    assert "8, rue Scribe" in text and "75009 Paris" in text  # the company's address
    assert "commandes@tissus-du-marais.example" in text
    assert "Brouillon, non envoyé" in text
    for line in order.lines:
        assert line.what in text
    total = f"{order.total / 100:,.2f}".replace(",", " ").replace(".", ",")
    assert f"{total} €" in text.split("Total")[-1]
    assert page_size(pdf) == (595, 842)
    assert [text for text, _x, _y in decoded(pdf)] == [order.number]  # scanned on delivery


def test_place_labels_scan_back_to_their_places(demo_db, tmp_path):
    racks = [p for p in places.places(demo_db, "BN") if p.kind == "rack"][:5]
    target = tmp_path / "places.pdf"
    wanted = ",".join([racks[0].path] + [p.code for p in racks[1:]])
    assert main(["--db", demo_db.url, "labels", "--places", wanted, "-o", str(target)]) == 0
    found = sorted(text for text, _x, _y in decoded(target))
    assert found == sorted(p.code for p in racks)
    assert racks[0].path in pdf_pages(target)[0]
    assert places.place(demo_db, found[0]).code == found[0]


def test_orders_from_the_command_line(demo_db, tmp_path, capsys):
    db = ["--db", demo_db.url, "--lang", "en"]
    assert main([*db, "orders", "draft", "--company", "New York"]) == 0
    drafted = capsys.readouterr().out
    assert "(draft) to" in drafted
    assert main([*db, "orders", "list", "--json", "--status", "draft"]) == 0
    listed = json.loads(capsys.readouterr().out)
    number = listed["orders"][0]["number"]
    assert all(o["status"] == "draft" for o in listed["orders"])
    assert any(t["learned_weeks"] for t in listed["lead_times"])
    target = tmp_path / "po.pdf"
    assert main([*db, "orders", "send", number, "-o", str(target)]) == 0
    assert f"({'sent'}) to" in capsys.readouterr().out
    assert f"Purchase order {number}" in flat(pdf_pages(target)[0])
    assert main([*db, "alerts", "--json"]) == 0
    alerts = json.loads(capsys.readouterr().out)
    assert any(number in a["orders"] for a in alerts)
    assert main([*db, "alerts"]) == 0
    assert f"Covered by order {number}" in capsys.readouterr().out
    assert main([*db, "orders", "receive", number, "--line", "1", "--quantity", "900"]) == 1
    assert "more than was ordered" in capsys.readouterr().err
    assert main([*db, "orders", "receive", number, "--line", "1", "--quantity", "1"]) == 0
    assert "(part received)" in capsys.readouterr().out
    assert main([*db, "orders", "receive", number]) == 1  # neither --all nor --line
    assert main([*db, "orders", "receive", number, "--all"]) == 0
    assert "(received)" in capsys.readouterr().out
    assert main([*db, "orders", "cancel", number]) == 1
    assert "received in full" in capsys.readouterr().err


def test_a_stocktake_from_the_command_line_with_its_report(demo_db, tmp_path, capsys):
    from wardrobe.services import costumes

    items = [i for i in costumes.list_items(demo_db, "BN") if i.status == "in_store"]
    place = items[0].location
    here = [i for i in items if i.location == place]
    other = next(i for i in items if i.location != place)
    db = ["--db", demo_db.url, "--lang", "fr"]
    assert main([*db, "stocktake", "start", place]) == 0
    tags = [i.tag for i in here[1:]] + [other.tag, "XX-000", here[1].tag]
    assert main([*db, "stocktake", "scan", place, *tags]) == 0
    said = capsys.readouterr().out
    assert "déjà scanné" in said and "aucun article" in said.lower()
    report = tmp_path / "count.pdf"
    assert main([*db, "stocktake", "finish", place, "--json", "-o", str(report)]) == 0
    done = json.loads(capsys.readouterr().out)
    assert [m["tag"] for m in done["missing"]] == [here[0].tag]
    assert [m["tag"] for m in done["misplaced"]] == [other.tag]
    assert done["unknown"] == ["XX-000"]
    assert len(done["found"]) == len(here) - 1
    text = flat(" ".join(pdf_pages(report)))
    assert f"Inventaire : {place}" in text and here[0].tag in text and "XX-000" in text
    assert main([*db, "stocktake", "scan", place, here[0].tag]) == 1  # finished: start again
    assert main([*db, "stocktake", "start", "Nulle part / Bac 0"]) == 1
    assert "Nulle part" in capsys.readouterr().err


def test_the_count_sheet_lists_every_material_without_its_recorded_quantity(demo_db, tmp_path):
    from wardrobe.services import stock

    target = tmp_path / "count.pdf"
    assert main(["--db", demo_db.url, "count-sheet", "--company", "MBT", "-o", str(target)]) == 0
    text = flat(" ".join(pdf_pages(target)))
    assert "Count sheet" in text and "Counted" in text
    for material in stock.list_materials(demo_db, "MBT"):
        assert material.name in text
    assert page_size(target) == (612, 792)


def test_the_reorder_list_charts_each_low_net_against_its_minimum(demo_db, pdf):
    from wardrobe.reports.reorder_list import render_reorder_list
    from wardrobe.services import alerts, stock

    low = [
        a
        for a in alerts.compute_alerts(demo_db, "MBT")
        if a.kind == "material"
        and stock.get_material(demo_db, a.item_id).kind in ("tulle", "stiff net")
    ]
    assert low, "the demo has low tulle in New York"
    render_reorder_list(demo_db, pdf, company="MBT")
    text = flat(" ".join(pdf_pages(pdf)))
    charts = text.split("Tulle and net below their minimum")[-1]
    for alert in low:
        assert alert.what in charts
    assert charts.count("Minimum") == len(low)  # the dashed line's label, once a chart


def test_a_price_per_unit_names_one_unit_and_an_empty_list_agrees_in_french(demo_db, tmp_path):
    """ "$91.00 / pair", "2,00 € / carte" (never "/ pairs"); under an empty list of items the
    French report says "Aucun article." (not "Aucune.", which agrees with nothing here)."""
    from wardrobe.reports.purchase_order import render_purchase_order
    from wardrobe.services import companies

    said = []
    for code in ("BN", "MBT"):
        company = companies.get_company(demo_db, code)
        for order in order_drafts.draft_from_alerts(demo_db, code).orders:
            target = tmp_path / f"{order.number}.pdf"
            render_purchase_order(order, company, target)
            said.append(flat(" ".join(pdf_pages(target))))
    import re

    text = " ".join(said)
    assert "/ pairs" not in text and "/ paires" not in text and "/ cartes" not in text
    assert re.search(r"\$[\d,.]+ / pair\b", text)  # New York's pointe shoes
    assert re.search(r"€ / (carte|paire)\b", text)  # Paris: the unit in French

    place = next(p for p in places.places(demo_db, "BN") if p.kind == "rack")
    db = ["--db", demo_db.url, "--lang", "fr"]
    assert main([*db, "stocktake", "start", place.code]) == 0
    report = tmp_path / "empty.pdf"
    assert main([*db, "stocktake", "finish", place.code, "-o", str(report)]) == 0
    text = flat(" ".join(pdf_pages(report)))
    assert "Aucun article." in text and "Aucune étiquette." in text
    assert "Aucune." not in text
