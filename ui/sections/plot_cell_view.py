"""Beside the costume plot, the cell chosen, whole: its part and the role's casts (a double
beside her principal), the look worn there with its newest reference photo and how it is worn,
and for each dancer of the role her pieces: the tag and where each is now, or still to make or
to assign."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..text.labels import word
from ..text.language import filled

PHOTO_URL = "look-photo://newest"


class PlotCellView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plotCell")
        self.setAccessibleName(self.tr("The cell chosen"))
        self.setOpenLinks(False)
        self.setMinimumWidth(260)
        self.show_cell(None)

    def show_cell(self, cell: Any) -> None:
        """``cell``: a ``PlotCell`` read on the worker, or None (nothing chosen)."""
        if cell is None:
            said = self.tr("Choose a cell of the plot: a role, in a part.")
            self.setHtml(f"<i>{escape(said)}</i>")
            return
        photo = cell.photos[0] if cell.photos else None
        if photo is not None:
            image = QImage.fromData(photo.thumb)
            self.document().addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(PHOTO_URL), image
            )
        self.setHtml(self._html(cell, photo))

    def _html(self, cell: Any, photo: Any) -> str:
        part = cell.part
        html = [
            f"<h3>{escape(cell.role)}</h3>",
            f"<p><b>{escape(part.label)}</b> {escape(part.title)}{self._minutes(part)}</p>",
        ]
        look = cell.look
        if look is None:
            html.append("<p><i>" + escape(self.tr("Not on stage in this part.")) + "</i></p>")
        else:
            title = escape(self.tr("Look:"))
            worn = escape(filled(self.tr("worn in %1"), ", ".join(cell.worn_in)))
            html.append(f"<p>{title} <b>{escape(look.name)}</b><br><small>{worn}</small></p>")
            if look.notes:
                html.append(f"<p><i>{escape(look.notes)}</i></p>")
            if photo is not None:
                said = filled(self.tr("%1, %2"), photo.worn_by, photo.taken_on.isoformat())
                html.append(
                    f"<p><img src='{PHOTO_URL}' width='160'><br>"
                    f"<small>{escape(said.strip(', '))}</small></p>"
                )
        html.append(self._dancers(cell))
        return "".join(html)

    def _minutes(self, part: Any) -> str:
        if part.starts_min is None:
            return ""
        return " · " + escape(filled(self.tr("%1 min from the curtain"), str(part.starts_min)))

    def _dancers(self, cell: Any) -> str:
        if not cell.casts:
            return "<p><i>" + escape(self.tr("No one is cast in this role yet.")) + "</i></p>"
        worn = {c.dancer_id: pieces for c, pieces in cell.dressed}
        rows = []
        for cast in cell.casts:
            rows.append(f"<p><b>{escape(cast.dancer)}</b> <small>{escape(self._who(cast))}</small>")
            for piece in worn.get(cast.dancer_id, ()):
                rows.append("<br>&nbsp;&nbsp;" + escape(self._piece(piece)))
            rows.append("</p>")
        return "".join(rows)

    def _who(self, cast: Any) -> str:
        said = filled(self.tr("cast %1"), str(cast.cast_number))
        if cast.alternate:
            said = filled(self.tr("%1, alternate"), said)
        if cast.double_of:
            said = filled(self.tr("%1, double of %2"), said, cast.double_of)
        return said

    def _piece(self, worn: Any) -> str:
        what = worn.piece.description or word(worn.piece.piece_type)
        if worn.how == "to_make":
            return filled(self.tr("%1: to make"), what)
        if worn.how == "to_assign":
            return filled(self.tr("%1: a copy to give"), what)
        where = worn.location if worn.status == "in_store" else word(worn.status)
        if worn.lent_to:
            where = filled(self.tr("lent to %1"), worn.lent_to)
        said = filled(self.tr("%1: %2 · %3"), what, worn.tag, where)
        if worn.how == "assigned":
            said = filled(self.tr("%1 (a copy)"), said)
        if worn.open_alteration:
            said = filled(self.tr("%1 · in the alteration list"), said)
        return said
