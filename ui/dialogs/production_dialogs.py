"""The production's forms: a part of the running order, a look (its pieces typed one a line,
"tutu: white plate"), a dancer cast in a role. They collect and check; the window performs
(undoably)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QSpinBox, QWidget

from wardrobe.domain.look_pieces import parse_pieces
from wardrobe.errors import WardrobeError
from wardrobe.records import DancerRecord, PartRecord, PlotProblem

from ..runtime.tasks import TaskRunner
from ..text.error_text import error_text
from ..text.labels import word
from ..text.language import current_language, filled
from .action_dialogs import ActionDialog, Perform
from .forms import Invalid, choice, line, number_field


class PartDialog(ActionDialog):
    """A new part of the running order, after ``after`` (the part chosen), else at the end."""

    def __init__(
        self,
        production: str,
        after: PartRecord | None,
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(filled(self.tr("New part of %1"), production), runner, perform, parent)
        self.setObjectName("partDialog")
        self.after = after
        if after is not None:
            self.heading(filled(self.tr("After %1 %2"), after.label, after.title))
        self.act = line(self, self.tr("Act or episode"), placeholder=self.tr("II"))
        self.scene = line(self, self.tr("Scene"), placeholder=self.tr("2"))
        self.title = line(self, self.tr("Title"), placeholder=self.tr("The Kingdom of the Shades"))
        self.starts = number_field(line(self, self.tr("Starts"), placeholder=self.tr("minutes")))
        self.length = number_field(line(self, self.tr("Length"), placeholder=self.tr("minutes")))
        self.form.addRow(self.tr("&Act or episode"), self.act)
        self.form.addRow(self.tr("S&cene"), self.scene)
        self.form.addRow(self.tr("&Title"), self.title)
        self.form.addRow(self.tr("&Starts, minutes from the curtain"), self.starts)
        self.form.addRow(self.tr("&Running time, minutes"), self.length)
        self.act.setFocus()

    def collect(self) -> dict[str, Any]:
        if not self.act.text().strip():
            raise Invalid(self.tr("Give the act (or the episode)."), self.act)
        return {
            "act": self.act.text(),
            "scene": self.scene.text(),
            "title": self.title.text(),
            "starts_min": self.starts.text(),
            "length_min": self.length.text(),
            "position": self.after.position + 1 if self.after is not None else None,
        }


class LookDialog(ActionDialog):
    """A new look of a role: its name, its pieces one a line, how it is worn; worn at once in
    the part chosen when that box is ticked."""

    def __init__(
        self,
        roles: list[tuple[int, str]],
        role_id: int | None,
        part: PartRecord | None,
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("New look"), runner, perform, parent)
        self.setObjectName("lookDialog")
        self.role = choice(self, self.tr("Role"), [(name, rid) for rid, name in roles], role_id)
        self.name = line(self, self.tr("Look"), placeholder=self.tr("e.g. White swan"))
        self.pieces = QPlainTextEdit(self)
        self.pieces.setAccessibleName(self.tr("Pieces"))
        self.pieces.setPlaceholderText(self.tr("one a line, its type first:\ntutu: white plate"))
        self.pieces.setTabChangesFocus(True)
        self.pieces.setFixedHeight(90)
        self.notes = line(self, self.tr("How it is worn"), placeholder=self.tr("gloves off"))
        self.form.addRow(self.tr("&Role"), self.role)
        self.form.addRow(self.tr("&Look"), self.name)
        self.form.addRow(self.tr("&Pieces"), self.pieces)
        self.form.addRow(self.tr("&How it is worn"), self.notes)
        self.worn_here = QCheckBox(self)
        self.part = part
        if part is not None:
            self.worn_here.setText(filled(self.tr("&Worn in %1"), part.label))
            self.worn_here.setChecked(True)
            self.form.addRow("", self.worn_here)
        self.name.setFocus()

    def collect(self) -> dict[str, Any]:
        if self.role.currentData() is None:
            raise Invalid(self.tr("Choose the role that wears it."), self.role)
        if not self.name.text().strip():
            raise Invalid(self.tr("Give the look a name."), self.name)
        try:
            pieces = parse_pieces(self.pieces.toPlainText())
        except WardrobeError as error:
            raise Invalid(error_text(error), self.pieces) from None
        if not pieces:
            raise Invalid(self.tr("A look has at least one piece."), self.pieces)
        return {
            "role_id": int(self.role.currentData()),
            "name": self.name.text(),
            "pieces": pieces,
            "notes": self.notes.text(),
            "part_id": self.part.id
            if self.part is not None and self.worn_here.isChecked()
            else None,
        }


class CastDialog(ActionDialog):
    """A dancer of the company cast in a role: which cast, an alternate or not."""

    def __init__(
        self,
        roles: list[tuple[int, str]],
        role_id: int | None,
        dancers: list[DancerRecord],
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Cast a dancer"), runner, perform, parent)
        self.setObjectName("castDialog")
        self.role = choice(self, self.tr("Role"), [(name, rid) for rid, name in roles], role_id)
        self.dancer = choice(self, self.tr("Dancer"), [(d.name, d.id) for d in dancers])
        self.cast = QSpinBox(self)
        self.cast.setRange(1, 9)
        self.cast.setAccessibleName(self.tr("Cast"))
        self.alternate = QCheckBox(self.tr("An &alternate of that cast"), self)
        self.form.addRow(self.tr("&Role"), self.role)
        self.form.addRow(self.tr("&Dancer"), self.dancer)
        self.form.addRow(self.tr("&Cast"), self.cast)
        self.form.addRow("", self.alternate)
        self.dancer.setFocus()

    def collect(self) -> dict[str, Any]:
        if self.role.currentData() is None:
            raise Invalid(self.tr("Choose the role."), self.role)
        if self.dancer.currentData() is None:
            raise Invalid(self.tr("Choose the dancer."), self.dancer)
        return {
            "role_id": int(self.role.currentData()),
            "dancer_id": int(self.dancer.currentData()),
            "cast_number": self.cast.value(),
            "alternate": self.alternate.isChecked(),
        }


class GiveCopyDialog(ActionDialog):
    """For each piece of the look a dancer wears in a part: the copy of the role's given to
    her, chosen among the role's copies of its type (made for no one), or none. What the
    production's check would find anew with the copies chosen is said under them at once
    (``foresee(chosen)`` gives the read), before anything is saved."""

    def __init__(
        self,
        dancer: str,
        look: Any,
        copies: list[tuple[str, str, str]],
        given: dict[int, str],
        foresee: Callable[[dict[int, str | None]], Callable[[], list[PlotProblem]]],
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(filled(self.tr("Copies for %1"), dancer), runner, perform, parent)
        self.setObjectName("giveCopyDialog")
        self.heading(filled(self.tr("%1 · %2"), look.role, look.name))
        self.foresee = foresee
        self.asked = 0  # the latest read asked: an earlier one answering late is ignored
        self.boxes = {}
        for piece in look.pieces:
            offered = [(self.tr("— none —"), None)] + [
                (f"{tag} · {name}", tag) for tag, kind, name in copies if kind == piece.piece_type
            ]
            box = choice(self, piece.description or piece.piece_type, offered, given.get(piece.id))
            box.currentIndexChanged.connect(lambda _i: self.look_ahead())
            self.form.addRow(piece.description or word(piece.piece_type), box)
            self.boxes[piece.id] = box
        self.warning = QLabel(self)
        self.warning.setObjectName("foreseenProblems")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("What the check would find"))
        self.warning.setStyleSheet("#foreseenProblems { color: #b9770e; font-weight: bold; }")
        self.warning.hide()
        self.layout_.insertWidget(self.layout_.indexOf(self.message), self.warning)

    def collect(self) -> dict[int, str | None]:
        return {piece_id: box.currentData() for piece_id, box in self.boxes.items()}

    def look_ahead(self) -> None:
        self.asked += 1
        asked = self.asked
        self.runner.run(self.foresee(self.collect()), lambda found: self._foreseen(asked, found))

    def _foreseen(self, asked: int, found: list[PlotProblem]) -> None:
        if asked != self.asked:
            return
        language = current_language()
        lines = [
            filled(self.tr("%1 · %2: %3"), p.part, p.role, p.said.say(language)) for p in found
        ]
        self.warning.setText(
            self.tr("Careful, with these copies:") + "\n" + "\n".join(lines) if lines else ""
        )
        self.warning.setVisible(bool(lines))
        self.fit_height()


class EditPartDialog(PartDialog):
    """A part of the running order as it is, to rename or re-time."""

    def __init__(
        self,
        production: str,
        part: PartRecord,
        runner: TaskRunner,
        perform: Perform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(production, None, runner, perform, parent)
        self.setObjectName("editPartDialog")
        self.setWindowTitle(filled(self.tr("Part %1 of %2"), part.label, production))
        self.act.setText(part.act)
        self.scene.setText(part.scene)
        self.title.setText(part.title)
        self.starts.setText("" if part.starts_min is None else str(part.starts_min))
        self.length.setText("" if part.length_min is None else str(part.length_min))

    def collect(self) -> dict[str, Any]:
        values = super().collect()
        values.pop("position")
        return values


class EditLookDialog(LookDialog):
    """A look as it is (its role fixed), to rename, change its pieces or how it is worn."""

    def __init__(
        self, look: Any, runner: TaskRunner, perform: Perform, parent: QWidget | None = None
    ) -> None:
        super().__init__([(look.role_id, look.role)], look.role_id, None, runner, perform, parent)
        self.setObjectName("editLookDialog")
        self.setWindowTitle(filled(self.tr("Look %1 of %2"), look.name, look.role))
        self.role.setEnabled(False)
        self.name.setText(look.name)
        self.pieces.setPlainText(
            "\n".join(
                f"{p.piece_type}: {p.description}" if p.description else p.piece_type
                for p in look.pieces
            )
        )
        self.notes.setText(look.notes)
