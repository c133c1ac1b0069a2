"""Materials and pointe-shoe specifications: created and edited in dialogs, from the keyboard."""

from PySide6.QtCore import Qt

from wardrobe.services import pointe, stock

from .conftest import active_dialog, do, on_top, show_section, shown, wait_idle


def test_a_new_material_needs_a_name_and_a_minimum(window, qtbot, demo_db):
    before = len(stock.list_materials(demo_db))
    show_section(qtbot, window, "materials")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = on_top(window)
    assert dialog.objectName() == "materialDialog"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "name" in dialog.message.text()
    dialog.name.setText("Tulle souple, noir, 300 cm")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "minimum" in dialog.message.text() and dialog.isVisible()
    dialog.minimum.setText("30")
    dialog.opening.setText("45,5")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert saved.args[0].on_hand == 45_500 and saved.args[0].unit == "m"
    assert len(stock.list_materials(demo_db)) == before + 1


def test_editing_a_material_from_its_row(window, qtbot, demo_db):
    show_section(qtbot, window, "materials")
    material = window.sections.materials.model.record(0)
    window.sections.materials.page.select_key(material.id)
    window.sections.materials.page.table.setFocus()
    qtbot.keyClick(window.sections.materials.page.table, Qt.Key.Key_Return)
    dialog = active_dialog(qtbot, window)
    assert dialog.objectName() == "materialDialog" and dialog.name.text() == material.name
    dialog.minimum.setText("-4")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert dialog.isVisible() and "outside" in dialog.message.text()
    dialog.minimum.setText("999")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # above the target of before: refused
    wait_idle(qtbot, window)
    assert dialog.isVisible() and "target" in dialog.message.text()
    dialog.target.setText("1500")
    with qtbot.waitSignal(window.alerts_ready, timeout=5000):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    after = stock.get_material(demo_db, material.id)
    assert after.is_low and after.on_hand == material.on_hand
    assert any(
        a.kind == "material" and a.item_id == material.id for a in window.sections.alerts.alerts
    )


def test_a_new_pointe_specification_for_a_dancer(window, qtbot, demo_db):
    show_section(qtbot, window, "pointe")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = on_top(window)
    assert dialog.objectName() == "pointeDialog"
    dialog.maker.setEditText("Grishko")
    qtbot.keyClick(dialog.model, Qt.Key.Key_Return)
    assert "size" in dialog.message.text()
    dialog.model.setText("2007")
    dialog.size_field.setText("5.5")
    dialog.width_field.setEditText("XXX")
    dialog.rate.setText("25")  # pairs a week: a typing mistake
    qtbot.keyClick(dialog.model, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert dialog.isVisible() and "Pairs per week" in dialog.message.text()
    dialog.rate.setText("2,5")
    dialog.on_hand.setText("30")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        qtbot.keyClick(dialog.model, Qt.Key.Key_Return)
    spec = saved.args[0]
    assert spec.description.startswith("Grishko 2007, 5.5, XXX")
    assert spec.pairs_on_hand == 30 and spec.pairs_per_week == 2.5


def test_enter_on_a_pointe_row_opens_its_specification(window, qtbot, demo_db):
    show_section(qtbot, window, "pointe")
    spec = shown(qtbot, window.sections.pointe.model, 0)
    window.sections.pointe.page.select_key(spec.id)
    window.sections.pointe.page.table.setFocus()
    qtbot.keyClick(window.sections.pointe.page.table, Qt.Key.Key_Return)
    dialog = active_dialog(qtbot, window)
    assert dialog.objectName() == "pointeDialog" and dialog.record.id == spec.id
    dialog.lead.setText(str(spec.lead_time_weeks + 10))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.lead, Qt.Key.Key_Return)
    assert [s for s in pointe.list_specs(demo_db) if s.id == spec.id][
        0
    ].lead_time_weeks == spec.lead_time_weeks + 10


def test_the_tulle_form_offers_tulle_and_net_only(window, qtbot, demo_db):
    from wardrobe.language.vocabulary import NET_KINDS
    from wardrobe.services import costumes, stock

    tutu = next(
        r for r in costumes.list_items(demo_db) if r.tutu and r.company.startswith("Le Ballet")
    )
    do(window, "use_tulle", tutu)
    dialog = active_dialog(qtbot, window)
    offered = {dialog.material.itemData(i) for i in range(dialog.material.count())}
    kinds = {m.id: m.kind for m in stock.list_materials(demo_db)}
    assert offered and {kinds[i] for i in offered} <= set(NET_KINDS)
    same_company_ribbons = [
        m
        for m in stock.list_materials(demo_db)
        if m.company_id == tutu.company_id and m.kind in ("ribbon", "elastic")
    ]
    assert same_company_ribbons and not offered & {m.id for m in same_company_ribbons}
    dialog.reject()


def test_new_york_widths_are_in_inches_in_the_list_the_dialog_and_the_store(window, qtbot, demo_db):
    show_section(qtbot, window, "materials")
    model = window.sections.materials.model
    rows = [shown(qtbot, model, r) for r in range(model.rowCount())]
    bobbinet = next(m for m in rows if m.company == "Metropolitan Ballet Theater" and m.width_mm)
    paris = next(m for m in rows if m.company == "Le Ballet National" and m.width_mm)
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    width = column.index("Width")
    text_of = {m.id: model.index(r, width).data() for r, m in enumerate(rows)}
    assert text_of[bobbinet.id].endswith(" in") and "cm" not in text_of[bobbinet.id]
    assert text_of[paris.id].endswith(" cm")
    window.sections.materials.page.select_key(bobbinet.id)
    window.sections.materials.page.table.setFocus()
    qtbot.keyClick(window.sections.materials.page.table, Qt.Key.Key_Return)
    dialog = active_dialog(qtbot, window)
    assert dialog.form.labelForField(dialog.width_field).text() == "&Width (in)"
    assert dialog.width_field.text() + " in" == text_of[bobbinet.id]
    dialog.width_field.setText("54")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert stock.get_material(demo_db, bobbinet.id).width_mm == 1372  # 54 x 25.4 mm
