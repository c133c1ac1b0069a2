"""Every PDF the app prints embeds every font it names: none falls back to what a viewer has
(reportlab's Helvetica was named in every file, never embedded)."""

import pytest
from pypdf import PdfReader

from wardrobe.reports.data import fitting_sheets
from wardrobe.reports.fitting_sheet import render_fitting_sheets
from wardrobe.reports.reorder_list import render_reorder_list
from wardrobe.reports.tag_labels import LAYOUTS, render_labels
from wardrobe.services import costumes, dancers


def fonts_of(path) -> dict[str, bool]:
    """Each font the file names, and whether its program is in the file."""
    found = {}
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
    return found


def _sheets(db, pdf):
    dancer = next(d for d in dancers.list_dancers(db) if d.company == "Le Ballet National")
    render_fitting_sheets(fitting_sheets(db, dancer=dancer.name), pdf)


def _reorder_paris(db, pdf):
    render_reorder_list(db, pdf, company="Paris")


def _reorder_new_york(db, pdf):
    render_reorder_list(db, pdf, company="New York")


def _labels(db, pdf):
    render_labels(costumes.list_items(db)[:30], pdf, layout=LAYOUTS["L7160"])


def _purchase_order(db, pdf):
    from wardrobe.reports.purchase_order import render_purchase_order
    from wardrobe.services import companies, order_drafts

    order = order_drafts.draft_from_alerts(db, "MBT").orders[0]
    render_purchase_order(order, companies.get_company(db, "MBT"), pdf)


def _stocktake_report(db, pdf):
    from wardrobe.reports.stocktake_report import render_stocktake_report
    from wardrobe.services import stocktake

    place = next(i.location for i in costumes.list_items(db, "BN") if i.location)
    stocktake.start(db, place, "BN")
    render_stocktake_report(stocktake.finish(db, place, company="BN"), pdf)


def _count_sheet(db, pdf):
    from wardrobe.reports.count_sheet import render_count_sheet
    from wardrobe.services import companies, stock

    render_count_sheet(stock.list_materials(db, "BN"), companies.get_company(db, "BN"), pdf)


def _place_labels(db, pdf):
    from wardrobe.reports.tag_labels import render_place_labels
    from wardrobe.services import places

    render_place_labels(places.places(db, "MBT")[:10], pdf, layout=LAYOUTS["5160"])


@pytest.mark.parametrize(
    "printout",
    [
        _sheets,
        _reorder_paris,
        _reorder_new_york,
        _labels,
        _purchase_order,
        _stocktake_report,
        _count_sheet,
        _place_labels,
    ],
)
def test_every_font_a_printout_names_is_embedded(demo_db, pdf, printout):
    printout(demo_db, pdf)
    named = fonts_of(pdf)
    assert named and all(named.values()), named
    assert not any("Helvetica" in name for name in named)
