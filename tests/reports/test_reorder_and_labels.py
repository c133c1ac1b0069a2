import pypdfium2 as pdfium
import pytest
import zxingcpp

from tests.core.conftest import shop  # noqa: F401
from wardrobe.errors import InvalidInput
from wardrobe.reports.reorder_list import render_reorder_list
from wardrobe.reports.tag_labels import LAYOUTS, layout_for, render_labels
from wardrobe.services import alerts, costumes, item_fields, pointe, stock_movements

from .conftest import flat, page_size, pdf_pages

TULLE = "Tulle raide blanc, 300 cm"


def test_the_reorder_list_groups_by_supplier_with_quantities_and_totals(shop, pdf):  # noqa: F811
    stock_movements.use_for_tutu(shop, "BN-000100", TULLE, "4")  # 48 m left, minimum 60, target 200
    pointe.issue_pairs(shop, "Héloïse Laâge", 30)  # 60 pairs: will not last 20 + 4 weeks
    render_reorder_list(shop, pdf, company="Paris")
    text = flat(" ".join(pdf_pages(pdf)))
    assert "Liste de réapprovisionnement" in text and "Le Ballet National" in text
    assert text.index("Freed of London") < text.index("Tissus du Marais")
    assert "152 m" in text and "988,00 €" in text  # 152 m x 6,50 €
    assert "48 paires" in text and "4 560,00 €" in text  # 48 pairs x 95 €
    assert "Héloïse Laâge" in text and "marque de l’artisan : crown" in text
    assert "Total à commander : 988,00 € + 4 560,00 €" not in text  # one currency: one sum
    assert "Total à commander : 5 548,00 €" in text


def test_the_totals_match_the_alerts(demo_db, pdf):
    render_reorder_list(demo_db, pdf, company="New York")
    text = flat(" ".join(pdf_pages(pdf)))
    expected = sum(a.order_cost or 0 for a in alerts.compute_alerts(demo_db, "New York"))
    assert f"Total to order: ${expected / 100:,.2f}" in text
    assert page_size(pdf) == (612, 792)


def test_nothing_low_says_so(shop, pdf):  # noqa: F811
    render_reorder_list(shop, pdf, company="New York")
    assert "Nothing is below its level" in flat(pdf_pages(pdf)[0])


def decoded(path, page=0):
    image = pdfium.PdfDocument(str(path))[page].render(scale=200 / 72).to_pil()
    return [
        (b.text, b.position.top_left.x, b.position.top_left.y)
        for b in zxingcpp.read_barcodes(image)
    ]


def test_labels_carry_decodable_code128_barcodes_of_their_tags(demo_db, pdf):
    items = costumes.list_items(demo_db, "Paris")[:21]
    result = render_labels(items, pdf, layout=layout_for(None, "A4"))
    assert result.pages == 1 and page_size(pdf) == (595, 842)
    assert sorted(text for text, _x, _y in decoded(pdf)) == sorted(i.tag for i in items)
    text = pdf_pages(pdf)[0]
    assert items[0].name in text


def test_a_half_used_sheet_starts_at_the_first_free_label(demo_db, pdf):
    layout = LAYOUTS["5160"]
    items = costumes.list_items(demo_db, "New York")[:35]
    result = render_labels(items, pdf, layout=layout, start=11)  # the first row of 3 used + 7
    assert result.pages == 2 and page_size(pdf) == (612, 792)
    first = decoded(pdf, 0)
    assert len(first) == layout.per_sheet - 10 and len(decoded(pdf, 1)) == 35 - 20
    top = min(y for _t, _x, y in first)
    assert top > 200 * 3.5  # nothing in the first three and a third rows (200 dpi)


@pytest.mark.parametrize(("layout", "start"), [("XYZ", 1), ("L7160", 0), ("L7160", 22)])
def test_bad_label_options_are_refused(demo_db, pdf, layout, start):
    items = costumes.list_items(demo_db, "Paris")[:3]
    with pytest.raises(InvalidInput):
        render_labels(items, pdf, layout=layout_for(layout, "A4"), start=start)
    assert not pdf.exists()


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_long_name_shrinks_to_fit_its_label_whole_and_the_barcode_still_reads(
    demo_db, pdf, layout
):
    name = "Tutu romantique de la Sylphide, acte II, ailes peintes"  # 55 characters
    costumes.log_item(
        demo_db,
        company="BN",
        tag="BN-990001",
        name=name,
        piece_type="tutu",
        tutu=item_fields.TutuSpec("romantic", 8),
    )
    item = costumes.get_item(demo_db, "BN-990001")
    render_labels([item], pdf, layout=LAYOUTS[layout])
    assert name in flat(pdf_pages(pdf)[0])  # whole, on one line, not cut
    assert [text for text, _x, _y in decoded(pdf)] == ["BN-990001"]


def test_a_paris_reorder_list_writes_half_sizes_with_a_comma(demo_db, pdf):
    import re

    render_reorder_list(demo_db, pdf, company="Paris")
    text = flat(" ".join(pdf_pages(pdf)))
    assert re.search(r"pointure \d+,5", text) and not re.search(r"pointure \d+\.\d", text)


def test_a_paris_fitting_sheet_writes_a_half_shoe_size_with_a_comma(demo_db, pdf):
    import re
    from datetime import date

    from wardrobe.reports.data import fitting_sheets
    from wardrobe.reports.fitting_sheet import render_fitting_sheets
    from wardrobe.services import dancers

    who = next(d for d in dancers.list_dancers(demo_db) if d.company == "Le Ballet National")
    dancers.record_measurements(
        demo_db, who.id, {"waist": 640}, shoe_size="37.5", measured_on=date.today(), stored=True
    )
    render_fitting_sheets(fitting_sheets(demo_db, dancer=who.name), pdf)
    text = flat(" ".join(pdf_pages(pdf)))
    assert "37,5" in text and not re.search(r"37\.5", text)
