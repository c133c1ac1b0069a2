"""Use charts: the selected dancer's (or specification's) pairs issued per week, or the
selected material's use per month. The plotting library loads when the first chart opens."""

from __future__ import annotations

from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING

from wardrobe.records import DancerRecord, MaterialRecord, PointeSpecRecord

from ..runtime.bus import DANCERS, MATERIALS, POINTE
from ..runtime.context import AppContext
from ..runtime.core import usage_charts
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from .contexts import ChartActions
from .operation import Operation

if TYPE_CHECKING:
    from wardrobe.services.usage_charts import MaterialUse, PointeUse


def chart(ctx: AppContext, shown: object, detail: object = None) -> None:
    """``shown``: the selected row (a material, a specification, a dancer); a dancer's
    chart is of her active specification (``detail`` holds it)."""
    db = ctx.db
    if isinstance(shown, MaterialRecord):
        material_id = shown.id
        ctx.runner.run(lambda: usage_charts.material_use(db, material_id), partial(_material, ctx))
        return
    spec = shown if isinstance(shown, PointeSpecRecord) else None
    if isinstance(shown, DancerRecord) and detail is not None:
        spec = next((s for s in getattr(detail, "pointe", ()) if s.active), None)
    if spec is None:
        ctx.say(
            ChartActions.tr(
                "Choose a material, a pointe specification or a dancer with pointe shoes.",
            ),
            8000,
        )
        return
    spec_id = spec.id
    ctx.runner.run(lambda: usage_charts.pointe_use(db, spec_id), partial(_pointe, ctx))


def _pointe(ctx: AppContext, use: PointeUse) -> None:
    from ..dialogs.chart_dialog import ChartDialog

    dialog = ChartDialog(
        filled(ChartActions.tr("Pointe shoes of %1"), use.dancer),
        ctx.host,
    )
    dialog.show_pointe(use)
    ctx.open_dialog(dialog)


def _material(ctx: AppContext, use: MaterialUse) -> None:
    from ..dialogs.chart_dialog import ChartDialog

    dialog = ChartDialog(filled(ChartActions.tr("Use of %1"), use.name), ctx.host)
    dialog.show_material(use)
    ctx.open_dialog(dialog)


# -- declared once ---------------------------------------------------------------------------
class ChartOp(StrEnum):
    CHART = "chart"


def _chart_of_selection(ctx: AppContext, _record: object) -> None:
    """The use chart of what the section shows selected: a dancer (her pointe shoes), a
    specification, a material."""
    selection = ctx.selection
    name = selection.section() if selection is not None else ""
    if selection is None or name not in (DANCERS, POINTE, MATERIALS):
        chart(ctx, None)
    elif name == DANCERS:
        chart(ctx, selection.dancer(), selection.dancer_detail())
    else:
        chart(ctx, selection.stock_item())


OPERATIONS = (
    Operation(
        ChartOp.CHART,
        QT_TRANSLATE_NOOP("Actions", "Use c&hart…"),
        ("Ctrl+Shift+G",),
        "",
        QT_TRANSLATE_NOOP(
            "Actions", "Pairs issued a week, or tulle used a month, against the levels"
        ),
        run=_chart_of_selection,
    ),
)
