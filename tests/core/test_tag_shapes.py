"""What reads as a tag of this inventory at the desk: its companies' tags, the shapes of the tags
it holds, place labels and order numbers; never a plain number or a date."""

from wardrobe.services import costumes, tag_shapes


def test_the_companies_tags_labels_and_orders_read_as_tags(shop):
    shapes = tag_shapes.read(shop)
    assert shapes.codes == {"BN", "MBT"}
    for text in ("BN-000100", "bn-12", "MBT-000219", "LOC-BN-12", "PO-MBT-0017"):
        assert shapes.reads_as_tag(text), text
    for text in ("XY-000001", "PO-XX-0001", "LOC-ZZ-3", "tutu", "BN-", "BN-12 3"):
        assert not shapes.reads_as_tag(text), text


def test_numbers_and_dates_typed_fast_never_read_as_tags(shop):
    shapes = tag_shapes.read(shop)
    for text in ("165.5", "1200", "2026-12-07", "07/12/2026", "12,5", "38"):
        assert not shapes.reads_as_tag(text), text


def test_a_tag_of_its_own_shape_is_learned_from_the_inventory(shop):
    assert not tag_shapes.read(shop).reads_as_tag("TUTU-0042")
    costumes.log_item(shop, company="BN", tag="TUTU-0007", name="Jupe — essai", piece_type="skirt")
    shapes = tag_shapes.read(shop)
    assert shapes.reads_as_tag("TUTU-0042")  # same shape: letters, dash, digits
    assert not shapes.reads_as_tag("TUTU0042")
    # An item just logged at the desk teaches the window at once.
    assert shapes.with_tag("ROBE/12").reads_as_tag("ROBE/99")


def test_an_inventory_of_all_digit_tags_reads_them_but_not_dates(shop):
    costumes.log_item(shop, company="BN", tag="004512", name="Jupon", piece_type="skirt")
    shapes = tag_shapes.read(shop)
    assert shapes.reads_as_tag("004513")
    assert not shapes.reads_as_tag("2026-12-07")
