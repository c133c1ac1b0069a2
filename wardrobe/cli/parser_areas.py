"""The command line's commands of three areas, each declared with its options: photos, orders and
stocktakes, guest engagements and loans."""

from __future__ import annotations

import argparse
from typing import Any

from ..language.i18n import N_
from ..language.vocabulary import CONDITIONS
from ..models.orders import ORDER_STATUSES
from .argument_types import whole_number


def photo_commands(commands: Any, db_option: argparse.ArgumentParser, t: Any) -> None:
    """Photos of the items, and the costume book that prints them."""
    tag = t(N_("the item's tag"))
    photo = commands.add_parser(
        "photo", parents=[db_option], help=t(N_("add, list, save and remove an item's photos"))
    )
    actions = photo.add_subparsers(dest="action", metavar=t(N_("ACTION")), required=True)
    add = actions.add_parser(
        "add",
        parents=[db_option],
        help=t(N_("add a photo (made upright, stripped of its metadata, resized)")),
    )
    add.add_argument("tag", help=tag)
    add.add_argument("file", help=t(N_("the picture: JPEG, PNG, WebP, GIF")))
    add.add_argument("--main", action="store_true", help=t(N_("make it the item's main photo")))
    listing = actions.add_parser("list", parents=[db_option], help=t(N_("the item's photos")))
    listing.add_argument("tag", help=tag)
    listing.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
    save = actions.add_parser(
        "save", parents=[db_option], help=t(N_("write the stored photos as JPEG files"))
    )
    save.add_argument("tag", help=tag)
    save.add_argument("dir", help=t(N_("the folder to write them in")))
    remove = actions.add_parser("remove", parents=[db_option], help=t(N_("remove a photo")))
    remove.add_argument("tag", help=tag)
    remove.add_argument(
        "number", type=whole_number, metavar="N", help=t(N_("its number, as photo list shows it"))
    )
    book = commands.add_parser(
        "costume-book",
        parents=[db_option],
        help=t(N_("print a production's costume book: each role's pieces with their photos")),
    )
    book.add_argument("--production", required=True, help=t(N_("the production's title")))
    book.add_argument("--company", help=t(N_("only this company (name, code or city)")))
    book.add_argument("-o", "--output", required=True, metavar="FILE.pdf")


def order_commands(commands: Any, db_option: argparse.ArgumentParser, t: Any) -> None:
    """Purchase orders, stocktakes and count sheets (the window is where staff do this)."""
    company = t(N_("only this company (name, code or city)"))
    number = t(N_("the order's number, PO-BN-0001"))
    orders = commands.add_parser(
        "orders", parents=[db_option], help=t(N_("draft, send, receive and list purchase orders"))
    )
    actions = orders.add_subparsers(dest="action", metavar=t(N_("ACTION")), required=True)
    draft = actions.add_parser(
        "draft",
        parents=[db_option],
        help=t(N_("one draft order per supplier from the alerts, rounded to packs")),
    )
    draft.add_argument("--company", help=company)
    listing = actions.add_parser(
        "list", parents=[db_option], help=t(N_("the orders with their status"))
    )
    listing.add_argument("--company", help=company)
    listing.add_argument(
        "--status",
        choices=ORDER_STATUSES,
        help=t(N_("only the orders of this status")),
    )
    listing.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
    send = actions.add_parser(
        "send", parents=[db_option], help=t(N_("write the order's PDF and mark it sent"))
    )
    send.add_argument("number", help=number)
    send.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    receive = actions.add_parser(
        "receive", parents=[db_option], help=t(N_("a delivery against an order"))
    )
    receive.add_argument("number", help=number)
    receive.add_argument(
        "--all", action="store_true", help=t(N_("everything the order still awaits"))
    )
    receive.add_argument("--line", type=whole_number, help=t(N_("the line delivered")))
    receive.add_argument(
        "--quantity", help=t(N_("how much of it, in the line's unit (metres, yards, pairs)"))
    )
    cancel = actions.add_parser("cancel", parents=[db_option], help=t(N_("call an order off")))
    cancel.add_argument("number", help=number)
    charge = actions.add_parser(
        "charge", parents=[db_option], help=t(N_("charge an order to a production's costs"))
    )
    charge.add_argument("number", help=number)
    charge.add_argument("--production", help=t(N_("the production's title (none: uncharged)")))
    charge.add_argument("--company", help=company)

    place = t(N_("the place as the window shows it (Réserve / Bac 3) or its label's code"))
    counting = commands.add_parser(
        "stocktake", parents=[db_option], help=t(N_("count a place with a scanner"))
    )
    steps = counting.add_subparsers(dest="action", metavar=t(N_("ACTION")), required=True)
    start = steps.add_parser(
        "start", parents=[db_option], help=t(N_("start counting a place, or resume its count"))
    )
    start.add_argument("place", help=place)
    start.add_argument("--company", help=company)
    scan = steps.add_parser(
        "scan", parents=[db_option], help=t(N_("tags found in the place being counted"))
    )
    scan.add_argument("place", help=place)
    scan.add_argument("tags", nargs="+", metavar="TAG", help=t(N_("the tags scanned")))
    scan.add_argument("--company", help=company)
    finish = steps.add_parser(
        "finish",
        parents=[db_option],
        help=t(N_("end the count: mark what is missing, say what was found where")),
    )
    finish.add_argument("place", help=place)
    finish.add_argument("--company", help=company)
    finish.add_argument(
        "--move-misplaced",
        action="store_true",
        help=t(N_("move every misplaced item to the counted place")),
    )
    finish.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
    finish.add_argument("-o", "--output", metavar="FILE.pdf", help=t(N_("the report (PDF)")))

    sheet = commands.add_parser(
        "count-sheet",
        parents=[db_option],
        help=t(N_("print a count sheet of a company's materials (PDF)")),
    )
    sheet.add_argument("--company", required=True, help=company)
    sheet.add_argument("-o", "--output", required=True, metavar="FILE.pdf")


def engagement_commands(commands: Any, db_option: argparse.ArgumentParser, t: Any) -> None:
    """Guest engagements, swaps and loans (the window is where staff do this)."""
    day = t(N_("a date: 2026-11-28, or as your language writes it"))
    engage = commands.add_parser(
        "engage",
        parents=[db_option],
        help=t(N_("send a dancer to the other company as a guest, from a date")),
    )
    engage.add_argument("dancer", help=t(N_("the dancer's name (accents optional) or number")))
    engage.add_argument("--to", required=True, help=t(N_("the host company")))
    engage.add_argument("--from", dest="starts_on", required=True, help=day)
    engage.add_argument("--until", help=t(N_("the last day (none: open-ended)")))
    engage.add_argument(
        "--pairs", type=whole_number, help=t(N_("the pointe pairs taken along (default: all)"))
    )

    swap = commands.add_parser(
        "swap",
        parents=[db_option],
        help=t(N_("exchange dancers of the two companies on the same dates")),
    )
    swap.add_argument(
        "dancers",
        nargs="+",
        help=t(N_("dancers two by two: each followed by the one exchanged for")),
    )
    swap.add_argument("--from", dest="starts_on", required=True, help=day)
    swap.add_argument("--until", required=True, help=day)

    listing = commands.add_parser(
        "engagements", parents=[db_option], help=t(N_("list the guest engagements under way"))
    )
    listing.add_argument("--company", help=t(N_("only this company (name, code or city)")))
    listing.add_argument("--all", action="store_true", help=t(N_("the ended ones too")))
    listing.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))

    end = commands.add_parser(
        "end-engagement",
        parents=[db_option],
        help=t(N_("bring a dancer home: the pointe shoes come back; lists what must return")),
    )
    end.add_argument("dancer", help=t(N_("the dancer's name (accents optional) or number")))
    end.add_argument("--on", help=t(N_("the day of return (default: today)")))
    end.add_argument(
        "--pairs", type=whole_number, help=t(N_("the pointe pairs brought back (default: all)"))
    )

    lend = commands.add_parser(
        "lend",
        parents=[db_option],
        help=t(N_("lend items to the other company or an outside borrower until a date")),
    )
    lend.add_argument("tags", help=t(N_("the items' tags, comma-separated")))
    lend.add_argument(
        "--to", dest="borrower", required=True, help=t(N_("a company, or a borrower's name"))
    )
    lend.add_argument("--until", help=t(N_("the due date (needed for an outside borrower)")))
    lend.add_argument(
        "--with-dancer", help=t(N_("they travel with this dancer on a guest engagement"))
    )
    lend.add_argument(
        "--agreement",
        metavar="FILE.pdf",
        help=t(N_("print the loan agreement to sign (PDF) here too")),
    )
    lend.add_argument(
        "--anyway",
        action="store_true",
        help=t(N_("even if a date of the schedule needs an item then (a supervisor's word)")),
    )

    back = commands.add_parser(
        "return-loan", parents=[db_option], help=t(N_("take lent items back"))
    )
    back.add_argument("tags", help=t(N_("the items' tags, comma-separated")))
    back.add_argument(
        "--condition",
        choices=CONDITIONS,
        help=t(N_("their condition on return (default: as they went)")),
    )

    packing = commands.add_parser(
        "packing-list",
        parents=[db_option],
        help=t(N_("print what travels with a guest dancer (PDF); --pack adds items first")),
    )
    packing.add_argument("dancer", help=t(N_("the dancer's name (accents optional) or number")))
    packing.add_argument(
        "--pack", dest="tags", help=t(N_("lend these items alongside first, comma-separated"))
    )
    packing.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    travel = commands.add_parser(
        "travel",
        parents=[db_option],
        help=t(N_("scan a guest's items leaving or arriving; says what is missing at arrival")),
    )
    travel.add_argument("dancer", help=t(N_("the dancer's name (accents optional) or number")))
    way = travel.add_mutually_exclusive_group(required=True)
    way.add_argument("--leaving", dest="leaving", help=t(N_("the items' tags, comma-separated")))
    way.add_argument("--arriving", dest="arriving", help=t(N_("the items' tags, comma-separated")))

    doubles = commands.add_parser(
        "doubles",
        parents=[db_option],
        help=t(N_("print a production's doubles: twin pieces side by side, measures that differ")),
    )
    doubles.add_argument("--production", required=True, help=t(N_("the production's title")))
    doubles.add_argument("--company", help=t(N_("only this company (name, code or city)")))
    doubles.add_argument(
        "--tolerance",
        type=float,
        default=2.0,
        help=t(N_("the difference worth saying, in cm (default 2)")),
    )
    doubles.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    loans = commands.add_parser("loans", parents=[db_option], help=t(N_("list the open loans")))
    loans.add_argument("--company", help=t(N_("only this company (name, code or city)")))
    loans.add_argument("--overdue", action="store_true", help=t(N_("only those past due")))
    loans.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))


def production_commands(commands: Any, db_option: argparse.ArgumentParser, t: Any) -> None:
    """A production in scenes: its running order, looks, costume plot and checks."""
    production = commands.add_parser(
        "production",
        parents=[db_option],
        help=t(N_("a production's running order, looks, costume plot and checks")),
    )
    actions = production.add_subparsers(dest="action", metavar=t(N_("ACTION")), required=True)
    helps = {
        "show": N_("its parts, roles, casts and looks in a few lines"),
        "parts": N_("the running order"),
        "looks": N_("each role's looks, their pieces and the parts they are worn in"),
        "plot": N_("the costume plot: roles down, parts across (or a dancer's own)"),
        "check": N_("doubles dressed alike, and the plot's conflicts (exits 1 if any)"),
    }
    for name, said_help in helps.items():
        action = actions.add_parser(name, parents=[db_option], help=t(said_help))
        action.add_argument("production", help=t(N_("the production's title")))
        action.add_argument("--company", help=t(N_("only this company (name, code or city)")))
        action.add_argument("--json", action="store_true", help=t(N_("machine-readable output")))
        if name == "plot":
            _plot_options(action, t)
            action.add_argument("-o", "--output", metavar="FILE.pdf", help=t(N_("print it")))
    sheets = actions.add_parser(
        "import",
        parents=[db_option],
        help=t(N_("its running order, looks and plot from a spreadsheet, all or nothing")),
    )
    sheets.add_argument("production", help=t(N_("the production's title")))
    sheets.add_argument("files", nargs="+", metavar="FILE", help=t(N_("an .xlsx or .csv file")))
    sheets.add_argument("--company", help=t(N_("whose production it is (name, code or city)")))
    sheets.add_argument(
        "--dry-run", action="store_true", help=t(N_("say what it would do; change nothing"))
    )
    out = actions.add_parser(
        "export", parents=[db_option], help=t(N_("write it as a workbook of three sheets"))
    )
    out.add_argument("production", help=t(N_("the production's title")))
    out.add_argument("file", metavar="FILE.xlsx")
    out.add_argument("--company", help=t(N_("only this company (name, code or city)")))
    costume_plot = commands.add_parser(
        "costume-plot",
        parents=[db_option],
        help=t(N_("print a production's costume plot (landscape), or a dancer's own plot")),
    )
    book = commands.add_parser(
        "continuity-book",
        parents=[db_option],
        help=t(N_("print a production's continuity book, part by part")),
    )
    for printed in (costume_plot, book):
        printed.add_argument("--production", required=True, help=t(N_("the production's title")))
        printed.add_argument("--company", help=t(N_("only this company (name, code or city)")))
        printed.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    _plot_options(costume_plot, t)


def _plot_options(parser: argparse.ArgumentParser, t: Any) -> None:
    parser.add_argument(
        "--cast", type=whole_number, metavar="N", help=t(N_("only this cast's dancers"))
    )
    parser.add_argument("--dancer", help=t(N_("her own plot: her pieces part by part")))
