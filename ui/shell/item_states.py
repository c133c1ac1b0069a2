"""The item operations of the menus and the toolbar, greyed where they cannot apply to the item
selected in Costumes (as Picard's ``_update_actions`` does): Check in greyed for an item in
store, Tulle for an item that is no tutu, everything with no row chosen. Asked again whenever
the row, the list or a saved record changes."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ..operations.items import ITEM_OPERATIONS, ItemOp
from ..runtime.context import AppContext
from ..sections.costumes import CostumesSection

# History also reads a dancer's in Dancers; Back from loan takes the selected rows in its own
# dialog: both are the window's to refuse, not greyed by the item.
_NOT_GREYED = (ItemOp.HISTORY, ItemOp.RETURN_LOAN)


class ItemStates(QObject):
    def __init__(
        self, ctx: AppContext, costumes: CostumesSection, commands: dict[str, QAction]
    ) -> None:
        super().__init__(costumes.page)
        self.ctx, self.costumes, self.commands = ctx, costumes, commands
        costumes.page.current_changed.connect(self.update)
        costumes.model.modelReset.connect(self.update)
        costumes.model.dataChanged.connect(self.update)
        ctx.bus.changed.connect(self.update)
        self.update()

    def update(self, *_args: object) -> None:
        index = self.costumes.page.table.currentIndex()
        item = self.costumes.current()
        for operation in ITEM_OPERATIONS:
            if operation.key in _NOT_GREYED:
                continue
            if not index.isValid():
                enabled = False  # no row chosen
            elif item is None:
                enabled = True  # its row is being read: it is asked again when it arrives
            else:
                enabled = operation.offered(item) and operation.applies(self.ctx, item)
            self.commands[operation.key].setEnabled(enabled)
