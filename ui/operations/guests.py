"""Guest engagements from the window: send a dancer to the other company (or swap dancers
between the two), pack and print what travels with her, scan it leaving and arriving, bring
her home."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

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
    PackDialog,
    SwapDialog,
    TravelScanDialog,
)
from ..runtime.bus import COSTUMES, DANCERS, POINTE, STOCK, of_kinds
from ..runtime.context import AppContext
from ..runtime.core import engagements, loans, pointe
from ..text import formatting
from ..text.language import filled
from ..text.noop import QT_TRANSLATE_NOOP
from . import print_out
from .contexts import EngagementActions
from .operation import Operation


def _dancer(ctx: AppContext, dancer: DancerRecord | None) -> DancerRecord | None:
    if dancer is None and ctx.selection is not None:
        dancer = ctx.selection.dancer()
    if dancer is None:
        ctx.say(EngagementActions.tr("Choose a dancer first."), 5000)
    return dancer


# -- engagements ---------------------------------------------------------------------
def send_guest(ctx: AppContext, dancer: DancerRecord | None = None) -> None:
    who = _dancer(ctx, dancer)
    if who is None:
        return
    if who.engaged_at:
        ctx.say(
            filled(
                EngagementActions.tr("%1 is already a guest at %2."),
                who.name,
                who.engaged_at,
            )
        )
        return
    db = ctx.db

    def pairs_on_hand() -> int:
        return sum(
            s.pairs_on_hand for s in pointe.list_specs(db, who.company_id) if s.dancer_id == who.id
        )

    def perform(values: dict[str, Any]) -> Callable[[], EngagementRecord]:
        return lambda: engagements.send(db, who.id, **values)

    def saved(done: EngagementRecord) -> None:
        ctx.say(
            filled(
                EngagementActions.tr("%1 dances for %2 from %3."),
                done.dancer,
                done.host,
                formatting.day(done.starts_on),
            ),
            10_000,
        )
        ctx.announce(of_kinds(DANCERS, POINTE, STOCK, ids=(who.id,)))

    def open_dialog(pairs: int) -> None:
        dialog = EngageDialog(who, ctx.lists.companies, pairs, ctx.runner, perform, ctx.host)
        dialog.saved.connect(saved)
        ctx.open_dialog(dialog)

    ctx.runner.run(pairs_on_hand, open_dialog)


def swap(ctx: AppContext) -> None:
    """Dancers of the two companies exchanged on the same dates, in one action."""
    companies = ctx.lists.companies
    if len(companies) < 2:
        ctx.say(EngagementActions.tr("A swap needs two companies."), 8000)
        return
    db = ctx.db

    def perform(values: dict[str, Any]) -> Callable[[], list[EngagementRecord]]:
        return lambda: engagements.swap(db, values["pairs"], values["starts_on"], values["until"])

    def saved(done: list[EngagementRecord]) -> None:
        ctx.say(
            EngagementActions.tr(
                "%n dancer(s) exchanged: pack their costumes next.",
                "",
                len(done),
            ),
            10_000,
        )
        ids = tuple(e.dancer_id for e in done)
        ctx.announce(of_kinds(DANCERS, POINTE, STOCK, ids=ids))

    def open_dialog() -> None:
        dialog = SwapDialog(
            list(companies),
            ctx.lists.dancers(),
            ctx.runner,
            perform,
            ctx.host,
        )
        dialog.saved.connect(saved)
        ctx.open_dialog(dialog)

    ctx.with_roster(open_dialog)


def end_engagement(ctx: AppContext, dancer: DancerRecord | None = None) -> None:
    who = _dancer(ctx, dancer)
    if who is None:
        return
    if not who.engaged_at:
        ctx.say(
            filled(
                EngagementActions.tr("%1 is not a guest anywhere."),
                who.name,
            )
        )
        return
    answer = QMessageBox.question(
        ctx.host,
        EngagementActions.tr("End the guest engagement"),
        filled(
            EngagementActions.tr(
                "Bring %1 home from %2 today? The pointe shoes come back to %3; the items "
                "lent alongside stay on loan until each is scanned back.",
            ),
            who.name,
            who.engaged_at,
            who.company,
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    db = ctx.db

    def finish() -> tuple[EngagementRecord, list[LoanRecord]]:
        done = engagements.finish(db, who.id)
        return done, loans.list_loans(db, engagement_id=done.id)

    ctx.runner.run(finish, partial(_finished, ctx))


def _finished(ctx: AppContext, result: tuple[EngagementRecord, list[LoanRecord]]) -> None:
    done, still = result
    ctx.announce(of_kinds(DANCERS, POINTE, STOCK, ids=(done.dancer_id,)))
    if not still:
        ctx.say(
            filled(
                EngagementActions.tr("%1 is back at %2."),
                done.dancer,
                done.home,
            ),
            10_000,
        )
        return
    QMessageBox.information(
        ctx.host,
        EngagementActions.tr("What must return"),
        filled(
            EngagementActions.tr("%1 is back at %2. Still to return:"),
            done.dancer,
            done.home,
        )
        + "\n"
        + "\n".join(f"{loan.tag}  {loan.name}" for loan in still),
    )


# -- what travels with a guest --------------------------------------------------------
def pack(ctx: AppContext, dancer: DancerRecord | None = None) -> None:
    """Her costumes ticked to travel with her, lent with her engagement; then her
    packing list to print."""
    who = _dancer(ctx, dancer)
    if who is None:
        return
    db = ctx.db

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
            ctx.runner,
            perform,
            ctx.host,
        )
        dialog.saved.connect(partial(print_packing_list, ctx))
        ctx.open_dialog(dialog)

    ctx.runner.run(read, open_dialog)


def print_packing_list(ctx: AppContext, packing: PackingList) -> None:
    from ..dialogs.print_dialog import PrintDialog

    db, dancer_id = ctx.db, packing.engagement.dancer_id

    def render(path: Path, _progress: Any, _options: dict) -> Any:
        from wardrobe.reports.packing_list import render_packing_list

        return render_packing_list(loans.packing_list(db, dancer_id), path)

    dialog = PrintDialog(
        EngagementActions.tr("Print the packing list"),
        filled(
            EngagementActions.tr("What travels with %1: %n item(s).", "", len(packing.items)),
            packing.engagement.dancer,
        ),
        ctx.runner,
        render,
        f"packing-{packing.engagement.dancer}",
        parent=ctx.host,
    )
    dialog.saved.connect(partial(print_out.announce, ctx))
    ctx.open_dialog(dialog)


def travel(ctx: AppContext, dancer: DancerRecord | None = None) -> None:
    """Her items scanned leaving, then arriving: what was not scanned is missing."""
    who = _dancer(ctx, dancer)
    if who is None:
        return
    db = ctx.db

    def scan(tag: str, arriving: bool) -> Callable[[], LoanRecord]:
        return lambda: loans.travel_scan(db, tag, arriving=arriving)

    def open_dialog(packing: PackingList) -> None:
        dialog = TravelScanDialog(packing, ctx.runner, scan, ctx.host)
        # What was scanned leaving or arriving: its loan, and the overdue alerts.
        dialog.finished.connect(lambda _r: ctx.announce(of_kinds(COSTUMES, STOCK)))
        ctx.open_dialog(dialog)

    ctx.runner.run(lambda: loans.packing_list(db, who.id), open_dialog)


# -- declared once ---------------------------------------------------------------------------
class GuestOp(StrEnum):
    ENGAGE = "engage"
    SWAP = "swap"
    END = "end_engagement"
    PACK = "pack"
    TRAVEL = "travel"


OPERATIONS = (
    Operation(
        GuestOp.ENGAGE,
        QT_TRANSLATE_NOOP("Actions", "Send as a &guest…"),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "The selected dancer dances for the other company a while"
        ),
        run=send_guest,
    ),
    Operation(
        GuestOp.SWAP,
        QT_TRANSLATE_NOOP("Actions", "&Swap dancers between the companies…"),
        run=lambda ctx, _record: swap(ctx),
    ),
    Operation(
        GuestOp.END,
        QT_TRANSLATE_NOOP("Actions", "&End the guest engagement…"),
        run=end_engagement,
    ),
    Operation(
        GuestOp.PACK, QT_TRANSLATE_NOOP("Actions", "&Pack and print the packing list…"), run=pack
    ),
    Operation(
        GuestOp.TRAVEL, QT_TRANSLATE_NOOP("Actions", "Scan &leaving or arriving…"), run=travel
    ),
)
