"""Commands that print: fitting sheets, the reorder list, tag labels (PDF, written whole)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from ..errors import InvalidInput
from ..files.output_file import checked_output, written_whole
from ..language.i18n import N_, Text
from ..reports.fitting_sheet import PrintResult
from ..services import companies
from ..store.database import Database
from .speech import said, tell, warn


def _output(path: str) -> Path:
    """Where to write a PDF: the folder must exist; the file is written whole or not at all."""
    target = Path(path).expanduser()
    if target.suffix.lower() != ".pdf":
        raise InvalidInput(
            field=N_("output"), detail=Text("{path}: give a file name ending in .pdf", path=path)
        )
    return checked_output(target)


def _write_pdf(target: Path, render: Callable[[Path], PrintResult]) -> PrintResult:
    """Renders into a private temporary file beside the target, then renames: never half a
    PDF (a fitting sheet holds measurements: the user's alone)."""
    with written_whole(target) as partial:
        return render(partial)


def _report(args: argparse.Namespace, result: PrintResult, target: Path, what: str) -> int:
    tell(
        args,
        N_("{what}: {pages} page(s) written to {target}."),
        what=what,
        pages=result.pages,
        target=target,
    )
    for warning in result.warnings:
        warn(args, N_("wardrobe: warning: {warning}"), warning=warning)
    return 0


def fitting_sheet(db: Database, args: argparse.Namespace) -> int:
    from ..reports.data import fitting_sheets
    from ..reports.fitting_sheet import render_fitting_sheets

    target = _output(args.output)
    for given, field in ((args.dancer, N_("dancer")), (args.production, N_("production"))):
        if given is not None and not given.strip():  # "" is no one, never everyone
            raise InvalidInput(field=field, detail=Text("this cannot be left empty"))
    if args.dancer:
        batch = fitting_sheets(
            db, dancer=args.dancer, production=args.only_production, company=args.company
        )
    elif args.production:
        batch = fitting_sheets(db, production=args.production, company=args.company)
    else:
        batch = fitting_sheets(db, company=args.company)
    result = _write_pdf(target, lambda path: render_fitting_sheets(batch, path))
    what = said(args, N_("{count} fitting sheet(s)"), count=len(batch.sheets))
    return _report(args, result, target, what)


def reorder_list(db: Database, args: argparse.Namespace) -> int:
    from ..reports.reorder_list import render_reorder_list

    target = _output(args.output)
    result = _write_pdf(target, lambda path: render_reorder_list(db, path, company=args.company))
    return _report(args, result, target, said(args, N_("Reorder list")))


def labels(db: Database, args: argparse.Namespace) -> int:
    """Tag labels for items, or (``--places``) labels for places: the same sheets."""
    from ..reports.tag_labels import layout_for, render_labels, render_place_labels
    from ..services import costumes, places

    target = _output(args.output)
    render: Callable = render_labels
    if args.places:
        wanted = [part.strip() for part in args.places.split(",") if part.strip()]
        items: list = [places.place(db, ref, args.company) for ref in wanted]
        render = render_place_labels
    elif args.all:
        items = costumes.list_items(db, args.company)
    else:
        tags = [t for t in (part.strip() for part in args.tags.split(",")) if t]
        items = [costumes.get_item(db, tag) for tag in tags]
    papers = {c.id: c.paper for c in companies.list_companies(db)}
    paper = papers.get(items[0].company_id, "A4") if items else "A4"
    layout = layout_for(args.layout, paper)
    result = _write_pdf(target, lambda path: render(items, path, layout=layout, start=args.start))
    what = said(
        args, N_("{count} label(s) on {layout} sheets"), count=len(items), layout=layout.name
    )
    return _report(args, result, target, what)


def costume_book(db: Database, args: argparse.Namespace) -> int:
    from ..reports.costume_book import costume_book as read_book
    from ..reports.costume_book import render_costume_book

    target = _output(args.output)
    book = read_book(db, args.production, args.company)
    result = _write_pdf(target, lambda path: render_costume_book(book, path))
    what = said(
        args,
        N_("Costume book of {production} ({pieces} pieces, {photos} with a photo)"),
        production=book.production,
        pieces=book.pieces,
        photos=book.photographed,
    )
    return _report(args, result, target, what)
