"""Use charts: the selected dancer's (or specification's) pairs issued per week, or the
selected material's use per month. The plotting library loads when the first chart opens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from wardrobe.records import DancerRecord, MaterialRecord, PointeSpecRecord

from ..runtime.context import AppContext
from ..runtime.core import usage_charts
from ..text.language import filled

if TYPE_CHECKING:
    from wardrobe.services.usage_charts import MaterialUse, PointeUse


class ChartActions(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db

    def chart(self, shown: object, detail: object = None) -> None:
        """``shown``: the selected row (a material, a specification, a dancer); a dancer's
        chart is of her active specification (``detail`` holds it)."""
        db = self.db
        if isinstance(shown, MaterialRecord):
            material_id = shown.id
            self.ctx.runner.run(lambda: usage_charts.material_use(db, material_id), self._material)
            return
        spec = shown if isinstance(shown, PointeSpecRecord) else None
        if isinstance(shown, DancerRecord) and detail is not None:
            spec = next((s for s in getattr(detail, "pointe", ()) if s.active), None)
        if spec is None:
            self.ctx.say(
                self.tr("Choose a material, a pointe specification or a dancer with pointe shoes."),
                8000,
            )
            return
        spec_id = spec.id
        self.ctx.runner.run(lambda: usage_charts.pointe_use(db, spec_id), self._pointe)

    def _pointe(self, use: PointeUse) -> None:
        from ..dialogs.chart_dialog import ChartDialog

        dialog = ChartDialog(filled(self.tr("Pointe shoes of %1"), use.dancer), self.ctx.host)
        dialog.show_pointe(use)
        self.ctx.open_dialog(dialog)

    def _material(self, use: MaterialUse) -> None:
        from ..dialogs.chart_dialog import ChartDialog

        dialog = ChartDialog(filled(self.tr("Use of %1"), use.name), self.ctx.host)
        dialog.show_material(use)
        self.ctx.open_dialog(dialog)
