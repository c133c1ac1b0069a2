"""A production in scenes from the command line: its running order, looks, costume plot and
checks, read through the same services as the window."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ..errors import InvalidInput, NotFound
from ..language.folding import fold
from ..language.i18n import N_, Text
from ..language.vocabulary import word
from ..records import PartRecord, Plot, ProductionRecord
from ..services import (
    casting,
    companies,
    costume_plot,
    looks,
    production_checks,
    running_order,
)
from ..store.database import Database
from .printing import _output, _report, _write_pdf
from .speech import said, tell

HOW = {
    "made": N_("made for her"),
    "assigned": N_("given to her"),
    "to_assign": N_("to assign"),
    "to_make": N_("to make"),
}


def _production(db: Database, args: argparse.Namespace) -> ProductionRecord:
    if args.company:
        return running_order.find_production(db, args.company, args.production)
    found = [
        p for p in running_order.productions(db) if fold(p.title) == fold(args.production.strip())
    ]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFound(what=N_("production"), key=args.production)
    raise InvalidInput(
        field=N_("production"),
        detail=Text(
            "{count} companies have a production called “{title}”: give --company",
            count=len(found),
            title=args.production,
        ),
    )


def _part(part: PartRecord, args: argparse.Namespace) -> dict[str, Any]:
    return {
        "position": part.position,
        "part": part.label,
        "title": part.title,
        "starts_min": part.starts_min,
        "length_min": part.length_min,
    }


def show(db: Database, args: argparse.Namespace) -> int:
    production = _production(db, args)
    parts = running_order.parts(db, production.id)
    casts = casting.casts(db, production.id)
    worn = looks.looks(db, production.id)
    roles = casting.roles(db, production.id)
    if args.json:
        document = {
            "production": production.title,
            "company": production.company,
            "parts": [_part(p, args) for p in parts],
            "roles": [
                {
                    "role": name,
                    "casts": [
                        {
                            "dancer": c.dancer,
                            "cast": c.cast_number,
                            "alternate": c.alternate,
                            "double_of": c.double_of,
                        }
                        for c in casts
                        if c.role_id == role_id
                    ],
                    "looks": [lk.name for lk in worn if lk.role_id == role_id],
                }
                for role_id, name in roles
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    tell(
        args,
        N_("{title} ({company}): {parts} part(s), {roles} role(s), {looks} look(s)."),
        title=production.title,
        company=production.company,
        parts=len(parts),
        roles=len(roles),
        looks=len(worn),
    )
    for role_id, name in roles:
        dancers = [
            said(
                args,
                N_("{dancer} (cast {cast}{double})"),
                dancer=c.dancer,
                cast=c.cast_number,
                double=Text(N_(", double of {principal}"), principal=c.double_of)
                if c.double_of
                else "",
            )
            for c in casts
            if c.role_id == role_id
        ]
        print(f"  {name}: {', '.join(dancers) or '—'}")
    return 0


def parts(db: Database, args: argparse.Namespace) -> int:
    production = _production(db, args)
    found = running_order.parts(db, production.id)
    if args.json:
        print(json.dumps([_part(p, args) for p in found], ensure_ascii=False, indent=2))
        return 0
    for part in found:
        start = f"+{part.starts_min} min" if part.starts_min is not None else ""
        print(f"{part.position:>3}  {part.label:<8} {part.title:<40} {start}".rstrip())
    return 0


def looks_(db: Database, args: argparse.Namespace) -> int:
    production = _production(db, args)
    labels = {p.id: p.label for p in running_order.parts(db, production.id)}
    found = looks.looks(db, production.id)
    if args.json:
        document = [
            {
                "role": lk.role,
                "look": lk.name,
                "notes": lk.notes,
                "pieces": [{"type": p.piece_type, "description": p.description} for p in lk.pieces],
                "parts": [labels[i] for i in lk.part_ids],
            }
            for lk in found
        ]
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    for look in found:
        worn_in = ", ".join(labels[i] for i in look.part_ids) or "—"
        print(f"{look.role} · {look.name}  [{worn_in}]")
        for piece in look.pieces:
            kind = word(piece.piece_type, args.language)
            print(f"    {kind}{': ' + piece.description if piece.description else ''}")
        if look.notes:
            print(f"    ({look.notes})")
    return 0


def _grid(plot: Plot, width: int = 14) -> list[str]:
    """Roles down, parts across; a look changed since the part before is marked with *."""
    labels = [p.label for p in plot.parts]
    head = " " * 18 + "".join(f"{label[: width - 1]:<{width}}" for label in labels)
    lines = [head.rstrip()]
    for role_id, role in plot.roles:
        cells = []
        for part in plot.parts:
            name, changed = plot.cells.get((role_id, part.id), ("", False))
            text = ("*" if changed else "") + name
            cells.append(f"{text[: width - 1]:<{width}}")
        lines.append((f"{role[:17]:<18}" + "".join(cells)).rstrip())
    return lines


def plot(db: Database, args: argparse.Namespace) -> int:
    production = _production(db, args)
    if getattr(args, "output", None):
        return _print_plot(db, args, production)
    if args.dancer:
        return _dancer_plot(db, args, production)
    grid = costume_plot.plot(db, production.id, args.cast)
    if args.json:
        document = {
            "parts": [p.label for p in grid.parts],
            "roles": [
                {
                    "role": role,
                    "looks": {
                        p.label: grid.cells[(role_id, p.id)][0]
                        for p in grid.parts
                        if (role_id, p.id) in grid.cells
                    },
                }
                for role_id, role in grid.roles
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    print("\n".join(_grid(grid)))
    return 0


def _dancer_plot(db: Database, args: argparse.Namespace, production: ProductionRecord) -> int:
    hers = costume_plot.dancer_plot(db, production.id, args.dancer)
    if args.json:
        document = [
            {
                "part": d.part.label,
                "role": d.role,
                "look": d.look,
                "pieces": [
                    {
                        "type": w.piece.piece_type,
                        "tag": w.tag,
                        "how": w.how,
                        "where": w.location,
                        "status": w.status,
                    }
                    for w in d.pieces
                ],
            }
            for d in hers
        ]
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    for dressed in hers:
        print(f"{dressed.part.label:<8} {dressed.role} · {dressed.look}")
        for worn in dressed.pieces:
            kind = word(worn.piece.piece_type, args.language)
            what = worn.tag or said(args, HOW[worn.how])
            where = f"  ({worn.location})" if worn.location else ""
            print(f"    {kind}: {what}{where}")
    return 0


def check(db: Database, args: argparse.Namespace) -> int:
    """Prints each problem; exits 1 when there is one, so that a script can stop."""
    production = _production(db, args)
    found = production_checks.check(db, production.id)
    if args.json:
        document = [
            {
                "kind": p.kind,
                "part": p.part,
                "role": p.role,
                "dancers": list(p.dancers),
                "tags": list(p.tags),
                "said": p.said.say(args.language),
            }
            for p in found
        ]
        print(json.dumps(document, ensure_ascii=False, indent=2))
    elif not found:
        tell(args, N_("{title}: every double dressed alike, no conflict."), title=production.title)
    for problem in [] if args.json else found:
        print(f"{problem.part:<8} {problem.role}: {problem.said.say(args.language)}")
    return 1 if found else 0


def _print_plot(db: Database, args: argparse.Namespace, production: ProductionRecord) -> int:
    """The costume plot (of one cast), or a dancer's own plot, as a PDF."""
    from ..reports.continuity_book import dancer_plot_sheet, render_dancer_plot
    from ..reports.costume_plot import costume_plot_sheet, render_costume_plot

    target = _output(args.output)
    if args.dancer:
        hers = dancer_plot_sheet(db, production.id, args.dancer)
        result = _write_pdf(target, lambda path: render_dancer_plot(hers, path))
        what = said(args, N_("{dancer}'s plot"), dancer=hers.dancer)
    else:
        sheet = costume_plot_sheet(db, production.id, args.cast)
        result = _write_pdf(target, lambda path: render_costume_plot(sheet, path))
        what = said(args, N_("Costume plot of {production}"), production=production.title)
    return _report(args, result, target, what)


def costume_plot_pdf(db: Database, args: argparse.Namespace) -> int:
    """`wardrobe costume-plot --production P [--cast N] [--dancer D] -o F.pdf`."""
    return _print_plot(db, args, _production(db, args))


def continuity_book_pdf(db: Database, args: argparse.Namespace) -> int:
    from ..reports.continuity_book import continuity_book, render_continuity_book

    production = _production(db, args)
    target = _output(args.output)
    book = continuity_book(db, production.id)
    result = _write_pdf(target, lambda path: render_continuity_book(book, path))
    what = said(args, N_("Continuity book of {production}"), production=production.title)
    return _report(args, result, target, what)


def import_sheets(db: Database, args: argparse.Namespace) -> int:
    """Its running order, looks and plot from a workbook (or CSV files): all or nothing."""
    from ..transfer.production_sheets import import_production
    from .spreadsheets import _said_report

    if args.company is None:
        owners = companies.list_companies(db)
        if len(owners) != 1:
            raise InvalidInput(
                field=N_("company"),
                detail=Text(
                    "say whose production it is (--company), {count} companies here",
                    count=len(owners),
                ),
            )
        args.company = owners[0].name
    report = import_production(
        db, args.company, args.production, args.files, apply=not args.dry_run
    )
    args.file = ", ".join(args.files)
    return _said_report(args, report)


def export_sheets(db: Database, args: argparse.Namespace) -> int:
    from ..transfer.production_export import export_production

    production = _production(db, args)
    count = export_production(db, production.id, args.file)
    tell(
        args,
        N_("{production}: its running order, {count} look(s) and its plot written to {file}."),
        production=production.title,
        count=count,
        file=args.file,
    )
    return 0


ACTIONS = {
    "show": show,
    "parts": parts,
    "looks": looks_,
    "plot": plot,
    "check": check,
    "import": import_sheets,
    "export": export_sheets,
}
