"""Guest engagements and loans from the window: send a dancer to the other company, bring her
home, lend the selected items, take them back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from wardrobe.records import (
    CostumeRecord,
    DancerRecord,
    EngagementRecord,
    LoanRecord,
    PackingList,
)

from ..dialogs.engagement_dialogs import (
    EngageDialog,
    LendDialog,
    PackDialog,
    ReturnLoanDialog,
    SwapDialog,
    TravelScanDialog,
)
from ..operations.undoable import push
from ..runtime.context import AppContext
from ..runtime.core import costumes, engagements, loans, pointe
from ..text import formatting
from ..text.language import filled


class EngagementActions(QObject):
    """``changed``: an engagement began or ended (lists, shoes and alerts are read again)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db = ctx.db
        self.printed: Callable[[Any], None] | None = None  # the window's "written to …"

    def _dancer(self, dancer: DancerRecord | None) -> DancerRecord | None:
        if dancer is None and self.ctx.selection is not None:
            dancer = self.ctx.selection.dancer()
        if dancer is None:
            self.ctx.say(self.tr("Choose a dancer first."), 5000)
        return dancer

    # -- engagements ---------------------------------------------------------------------
    def send_guest(self, dancer: DancerRecord | None = None) -> None:
        who = self._dancer(dancer)
        if who is None:
            return
        if who.engaged_at:
            self.ctx.say(filled(self.tr("%1 is already a guest at %2."), who.name, who.engaged_at))
            return
        db = self.db

        def pairs_on_hand() -> int:
            return sum(
                s.pairs_on_hand
                for s in pointe.list_specs(db, who.company_id)
                if s.dancer_id == who.id
            )

        def perform(values: dict[str, Any]) -> Callable[[], EngagementRecord]:
            return lambda: engagements.send(db, who.id, **values)

        def saved(done: EngagementRecord) -> None:
            self.ctx.say(
                filled(
                    self.tr("%1 dances for %2 from %3."),
                    done.dancer,
                    done.host,
                    formatting.day(done.starts_on),
                ),
                10_000,
            )
            self.changed.emit()

        def open_dialog(pairs: int) -> None:
            dialog = EngageDialog(
                who, self.ctx.lists.companies, pairs, self.ctx.runner, perform, self.ctx.host
            )
            dialog.saved.connect(saved)
            self.ctx.open_dialog(dialog)

        self.ctx.runner.run(pairs_on_hand, open_dialog)

    def swap(self) -> None:
        """Dancers of the two companies exchanged on the same dates, in one action."""
        companies = self.ctx.lists.companies
        if len(companies) < 2:
            self.ctx.say(self.tr("A swap needs two companies."), 8000)
            return
        db = self.db

        def perform(values: dict[str, Any]) -> Callable[[], list[EngagementRecord]]:
            return lambda: engagements.swap(
                db, values["pairs"], values["starts_on"], values["until"]
            )

        def saved(done: list[EngagementRecord]) -> None:
            self.ctx.say(
                self.tr("%n dancer(s) exchanged: pack their costumes next.", "", len(done)),
                10_000,
            )
            self.changed.emit()

        def open_dialog() -> None:
            dialog = SwapDialog(
                list(companies),
                self.ctx.lists.dancers(),
                self.ctx.runner,
                perform,
                self.ctx.host,
            )
            dialog.saved.connect(saved)
            self.ctx.open_dialog(dialog)

        self.ctx.with_roster(open_dialog)

    def end_engagement(self, dancer: DancerRecord | None = None) -> None:
        who = self._dancer(dancer)
        if who is None:
            return
        if not who.engaged_at:
            self.ctx.say(filled(self.tr("%1 is not a guest anywhere."), who.name))
            return
        answer = QMessageBox.question(
            self.ctx.host,
            self.tr("End the guest engagement"),
            filled(
                self.tr(
                    "Bring %1 home from %2 today? The pointe shoes come back to %3; the items "
                    "lent alongside stay on loan until each is scanned back."
                ),
                who.name,
                who.engaged_at,
                who.company,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.db

        def finish() -> tuple[EngagementRecord, list[LoanRecord]]:
            done = engagements.finish(db, who.id)
            return done, loans.list_loans(db, engagement_id=done.id)

        self.ctx.runner.run(finish, self._finished)

    def _finished(self, result: tuple[EngagementRecord, list[LoanRecord]]) -> None:
        done, still = result
        self.changed.emit()
        if not still:
            self.ctx.say(filled(self.tr("%1 is back at %2."), done.dancer, done.home), 10_000)
            return
        QMessageBox.information(
            self.ctx.host,
            self.tr("What must return"),
            filled(self.tr("%1 is back at %2. Still to return:"), done.dancer, done.home)
            + "\n"
            + "\n".join(f"{loan.tag}  {loan.name}" for loan in still),
        )

    # -- what travels with a guest --------------------------------------------------------
    def pack(self, dancer: DancerRecord | None = None) -> None:
        """Her costumes ticked to travel with her, lent with her engagement; then her
        packing list to print."""
        who = self._dancer(dancer)
        if who is None:
            return
        db = self.db

        def read() -> tuple[list[CostumeRecord], PackingList]:
            return loans.travel_candidates(db, who.id), loans.packing_list(db, who.id)

        def perform(tags: list[str]) -> Callable[[], PackingList]:
            return lambda: loans.pack(db, who.id, tags) if tags else loans.packing_list(db, who.id)

        def open_dialog(found: tuple[list[CostumeRecord], PackingList]) -> None:
            candidates, packing = found
            dialog = PackDialog(
                who,
                candidates,
                [loan.tag for loan in packing.items],
                self.ctx.runner,
                perform,
                self.ctx.host,
            )
            dialog.saved.connect(self.print_packing_list)
            self.ctx.open_dialog(dialog)

        self.ctx.runner.run(read, open_dialog)

    def print_packing_list(self, packing: PackingList) -> None:
        from ..dialogs.print_dialog import PrintDialog

        db, dancer_id = self.db, packing.engagement.dancer_id

        def render(path: Path, _progress: Any, _options: dict) -> Any:
            from wardrobe.reports.packing_list import render_packing_list

            return render_packing_list(loans.packing_list(db, dancer_id), path)

        dialog = PrintDialog(
            self.tr("Print the packing list"),
            filled(
                self.tr("What travels with %1: %n item(s).", "", len(packing.items)),
                packing.engagement.dancer,
            ),
            self.ctx.runner,
            render,
            f"packing-{packing.engagement.dancer}",
            parent=self.ctx.host,
        )
        if self.printed is not None:
            dialog.saved.connect(self.printed)
        self.ctx.open_dialog(dialog)

    def travel(self, dancer: DancerRecord | None = None) -> None:
        """Her items scanned leaving, then arriving: what was not scanned is missing."""
        who = self._dancer(dancer)
        if who is None:
            return
        db = self.db

        def scan(tag: str, arriving: bool) -> Callable[[], LoanRecord]:
            return lambda: loans.travel_scan(db, tag, arriving=arriving)

        def open_dialog(packing: PackingList) -> None:
            dialog = TravelScanDialog(packing, self.ctx.runner, scan, self.ctx.host)
            dialog.finished.connect(lambda _r: self.changed.emit())
            self.ctx.open_dialog(dialog)

        self.ctx.runner.run(lambda: loans.packing_list(db, who.id), open_dialog)

    # -- loans ---------------------------------------------------------------------------
    def _items(self, items: list[CostumeRecord] | None) -> list[CostumeRecord]:
        if items is None and self.ctx.selection is not None:
            items = self.ctx.selection.costumes()
        if not items:
            self.ctx.say(self.tr("Choose the items first: scan their tags or select them."))
        return items or []

    def lend(self, items: list[CostumeRecord] | None = None) -> None:
        chosen = self._items(items)
        if not chosen:
            return
        db, tags = self.db, [i.tag for i in chosen]

        def perform(values: dict[str, Any]) -> Callable[[], Any]:
            def work() -> tuple[list[LoanRecord], list[CostumeRecord]]:
                lent = loans.lend(db, tags, values["to"], due_on=values["due_on"])
                return lent, [costumes.get_item(db, tag) for tag in tags]

            return work

        def saved(result: tuple[list[LoanRecord], list[CostumeRecord]]) -> None:
            lent, after = result
            for record in after:
                self.ctx.saved(record)
            first = lent[0]
            push(
                self.ctx,
                filled(self.tr("%n item(s) lent to %1.", "", len(lent)), first.borrower),
                lambda _v: self._lend_again(tags, first.borrower, first.due_on),
                lambda _v: self._take_back(tags, None),
                None,
                version_of=lambda _r: None,
            )
            self.print_agreement([loan.tag for loan in lent])

        dialog = LendDialog(
            chosen, self.ctx.lists.companies, self.ctx.runner, perform, self.ctx.host
        )
        dialog.saved.connect(saved)
        self.ctx.open_dialog(dialog)

    # -- the steps undo and redo run on the worker (refused in a sentence when the items are
    # no longer as the action left them: back already, lent again elsewhere) -------------------
    def _lend_again(self, tags: list[str], borrower: str, due: Any) -> list[CostumeRecord]:
        loans.lend(self.db, tags, borrower, due_on=due)
        return [costumes.get_item(self.db, tag) for tag in tags]

    def _take_back(self, tags: list[str], condition: str | None) -> list[CostumeRecord]:
        loans.give_back(self.db, tags, condition=condition)
        return [costumes.get_item(self.db, tag) for tag in tags]

    def _lend_back(self, lent: dict[str, tuple[str, Any, str]]) -> list[CostumeRecord]:
        """The undo of a return: each item lent again to whom it was, its condition as it
        was (a new loan line in its history: nothing is erased)."""
        for tag, (borrower, due, condition) in lent.items():
            loans.lend(self.db, [tag], borrower, due_on=due)
            costumes.set_condition(self.db, tag, condition)
        return [costumes.get_item(self.db, tag) for tag in lent]

    def print_agreement(self, tags: list[str]) -> None:
        """The loan agreement to sign, offered as soon as the items are lent."""
        from ..dialogs.print_dialog import PrintDialog

        db = self.db

        def render(path: Path, _progress: Any, _options: dict) -> Any:
            from wardrobe.reports.loan_agreement import render_loan_agreement

            lender, lent = loans.agreement(db, tags)
            return render_loan_agreement(lender, lent, path)

        dialog = PrintDialog(
            self.tr("Print the loan agreement"),
            self.tr(
                "The agreement to sign: %n item(s), their values and condition.", "", len(tags)
            ),
            self.ctx.runner,
            render,
            "loan-agreement",
            parent=self.ctx.host,
        )
        if self.printed is not None:
            dialog.saved.connect(self.printed)
        self.ctx.open_dialog(dialog)

    def return_loan(self, items: list[CostumeRecord] | None = None) -> None:
        chosen = [i for i in self._items(items) if i.lent_to]
        if not chosen:
            self.ctx.say(self.tr("None of the chosen items is on loan."))
            return
        db, tags = self.db, [i.tag for i in chosen]

        chosen_condition: list[str | None] = [None]

        def perform(values: dict[str, Any]) -> Callable[[], Any]:
            chosen_condition[0] = values["condition"]

            def work() -> list[CostumeRecord]:
                loans.give_back(db, tags, condition=values["condition"])
                return [costumes.get_item(db, tag) for tag in tags]

            return work

        def saved(after: list[CostumeRecord]) -> None:
            for record in after:
                self.ctx.saved(record)
            lent = {i.tag: (i.lent_to, i.lent_until, i.condition) for i in chosen}
            push(
                self.ctx,
                self.tr("%n item(s) back from loan.", "", len(after)),
                lambda _v: self._take_back(tags, chosen_condition[0]),
                lambda _v: self._lend_back(lent),
                None,
                version_of=lambda _r: None,
            )

        dialog = ReturnLoanDialog(chosen, self.ctx.runner, perform, self.ctx.host)
        dialog.saved.connect(saved)
        self.ctx.open_dialog(dialog)
