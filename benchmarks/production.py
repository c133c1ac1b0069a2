"""A production of 40 parts and 60 roles with three casts, on the company-scale inventory: its
whole plot resolved (every dancer's pieces in every part), its costume plot printed, and the
doubles check, each beside a floor measured in the same run.

    .venv/bin/python benchmarks/production.py --db /tmp/scale230.db [--scale 230]

Builds the inventory with `demo --scale` if it is empty (230: about 100,000 costume items), then
the production once (60 roles, 40 parts, a look per role for each half of the show, each worn
in every other part; three casts of three dancers a role, a double in every tenth; the items
made for each dancer). Floors: the same rows read with hand-written SQL through sqlite3 (what
resolving and checking cannot do without); bare reportlab drawing the plot's own strings.
Medians of 5 runs, app and floor in turns. Targets (issue 28): plot < 200 ms, PDF < 2 s, check
< 100 ms.
"""

from __future__ import annotations

import argparse
import io
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fitting_sheets import drawn_by  # noqa: E402
from fitting_sheets import floor as bare_reportlab  # noqa: E402
from scale import paired, print_medians, scaled_demo  # noqa: E402

from wardrobe.reports.costume_plot import costume_plot_sheet, render_costume_plot  # noqa: E402
from wardrobe.services import (  # noqa: E402
    casting,
    costume_plot,
    costumes,
    item_fields,
    looks,
    plot_cell,
    production_checks,
    running_order,
)
from wardrobe.store.database import Database  # noqa: E402

TITLE = "Benchmark: Le Lac des cygnes (intégral)"
PARTS, ROLES, CASTS = 40, 60, 3
PIECES = (("tutu", "plateau"), ("headpiece", "plumes"), ("tights", "collant"))


def build(db: Database, path: Path) -> int:
    """The production, once; returns its id."""
    for production in running_order.productions(db, "BN"):
        if production.title == TITLE:
            return production.id
    raw = sqlite3.connect(path)
    dancer_ids = [
        r[0]
        for r in raw.execute(
            "SELECT id FROM dancers WHERE company_id = 1 AND active AND doubles_dancer_id IS NULL "
            "ORDER BY id LIMIT ?",
            (ROLES * CASTS + ROLES // 10,),
        )
    ]
    doubles = dancer_ids[ROLES * CASTS :]
    for n, double in enumerate(doubles):  # a double of each tenth role's first-cast dancer
        raw.execute(
            "UPDATE dancers SET doubles_dancer_id = ? WHERE id = ?",
            (dancer_ids[n * 10 * CASTS], double),
        )
    raw.commit()
    raw.close()
    production = running_order.add_production(db, "BN", TITLE)
    parts = [
        running_order.add_part(
            db, production.id, act=str(n // 10 + 1), scene=str(n % 10 + 1), starts_min=n * 4
        )
        for n in range(PARTS)
    ]
    for r in range(ROLES):
        role_id = casting.add_role(db, production.id, f"Rôle {r + 1}")[0]
        cast = [dancer_ids[r * CASTS + c] for c in range(CASTS)]
        for c, dancer_id in enumerate(cast):
            casting.cast(db, role_id, dancer_id, cast_number=c + 1)
        if r % 10 == 0:
            cast.append(doubles[r // 10])
            casting.cast(db, role_id, doubles[r // 10])
        for half in range(2):
            look = looks.save_look(
                db, role_id, name=f"Tenue {half + 1}", pieces=list(PIECES), notes=""
            )
            worn = [p.id for p in parts[half * 20 : (half + 1) * 20][r % 2 :: 2]]
            looks.wear(db, look.id, worn)
        for dancer_id in cast:
            for kind, said in PIECES:
                costumes.log_item(
                    db,
                    company="BN",
                    name=f"{said} — Rôle {r + 1}",
                    piece_type=kind,
                    production=TITLE,
                    role=f"Rôle {r + 1}",
                    colour="blanc",
                    built_for=dancer_id,
                    tutu=item_fields.TutuSpec("classical", 12) if kind == "tutu" else None,
                )
    return production.id


RAW = {
    "parts": "SELECT id, position, act, scene FROM production_parts WHERE production_id = ?",
    "roles": "SELECT id, name FROM roles WHERE production_id = ?",
    "castings": "SELECT c.dancer_id, c.role_id, c.cast_number, d.doubles_dancer_id, d.name "
    "FROM castings c JOIN roles r ON r.id = c.role_id JOIN dancers d ON d.id = c.dancer_id "
    "WHERE r.production_id = ?",
    "looks": "SELECT l.id, l.role_id, l.name, p.id, p.piece_type FROM looks l JOIN roles r ON "
    "r.id = l.role_id JOIN look_pieces p ON p.look_id = l.id WHERE r.production_id = ?",
    "worn": "SELECT lp.part_id, lp.role_id, lp.look_id FROM look_parts lp JOIN roles r ON "
    "r.id = lp.role_id WHERE r.production_id = ?",
    "items": "SELECT id, tag, status, colour, role_id, piece_type, built_for_id, location_id "
    "FROM costume_items WHERE production_id = ?",
}


def raw_read(raw: sqlite3.Connection, production_id: int) -> int:
    """The floor: every row resolving and checking read, as hand-written SQL."""
    return sum(len(raw.execute(sql, (production_id,)).fetchall()) for sql in RAW.values())


def resolve(db: Database, production_id: int) -> int:
    """Every dancer's pieces in every part she is on stage in."""
    with db.read() as session:
        dressing = costume_plot.read_dressing(session, production_id)
    worn = 0
    for part in dressing.parts:
        for cast in dressing.casts:
            look = dressing.look_of(cast.role_id, part.id)
            if look is not None:
                worn += len(dressing.pieces_for(look, cast.dancer_id))
    return worn


def cell_of(db: Database, production_id: int) -> tuple[int, int]:
    """A cell with a look worn in it (the first role's first part)."""
    plot = costume_plot.plot(db, production_id)
    return next(iter(plot.cells))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--scale", type=int, default=230)
    args = parser.parse_args()
    path = Path(args.db)
    db = scaled_demo(path, args.scale)
    started = time.perf_counter()
    production_id = build(db, path)
    print(f"production ready in {time.perf_counter() - started:.1f} s")
    raw = sqlite3.connect(path)
    items = raw.execute("SELECT count(*) FROM costume_items").fetchone()[0]
    worn = resolve(db, production_id)
    rows = []
    app, floor, _, _ = paired(
        lambda: resolve(db, production_id), lambda: raw_read(raw, production_id)
    )
    rows.append((f"whole plot resolved ({worn:,} pieces worn)", app, floor, "< 200 ms"))
    sheet = costume_plot_sheet(db, production_id)
    drawn = drawn_by(lambda out: render_costume_plot(sheet, out))
    app, floor, _, _ = paired(
        lambda: render_costume_plot(costume_plot_sheet(db, production_id), io.BytesIO()),
        lambda: bare_reportlab(drawn),
    )
    rows.append((f"costume plot PDF ({len(drawn)} pages)", app, floor, "< 2 s"))
    found = production_checks.check(db, production_id)
    app, floor, _, _ = paired(
        lambda: production_checks.check(db, production_id),
        lambda: raw_read(raw, production_id),
    )
    rows.append((f"doubles check ({len(found)} found)", app, floor, "< 100 ms"))
    role_id, part_id = cell_of(db, production_id)
    app, floor, _, _ = paired(
        lambda: plot_cell.plot_cell(db, production_id, role_id, part_id),
        lambda: raw_read(raw, production_id),
    )
    rows.append(("one cell read whole (the window's panel)", app, floor, "(read at a pause)"))
    print(f"\n{items:,} items; {PARTS} parts, {ROLES} roles, {CASTS} casts\n")
    print_medians(rows)


if __name__ == "__main__":
    main()
