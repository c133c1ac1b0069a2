"""The workroom's calendar: each open build's stages still to do, spread over the weeks left
until it is due, as hours a week for the maker each stage is given to (or the workroom, for
those given to no one) against what she can work; a build that cannot be ready in time, a week
over what its maker can work, and a build due after the first date of the schedule that needs
its production, each said in a sentence (the start-up banner and `wardrobe build calendar`)."""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..language.i18n import Text
from ..language.vocabulary import WORDS
from ..models import Build, Company, Event, Maker
from ..records import LateBuild, MakerWeek
from ..store.database import Database

WORKROOM = ""


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def calendar(
    db: Database, company_id: int | None = None, today: date | None = None
) -> tuple[list[MakerWeek], list[LateBuild]]:
    today = today or date.today()
    with db.read() as session:
        stmt = select(Build).where(Build.status == "open").options(selectinload(Build.stages))
        if company_id is not None:
            stmt = stmt.where(Build.company_id == company_id)
        rows = session.scalars(stmt.order_by(Build.due_on, Build.id)).all()
        makers = session.scalars(select(Maker)).all()
        names = dict(session.execute(select(Company.id, Company.name)).all())
        capacity = {(m.company_id, m.name): float(m.hours_per_week) for m in makers}
        pool: dict[int, float] = defaultdict(float)
        for m in makers:
            pool[m.company_id] += m.hours_per_week
        load: dict[tuple[int, str, date], float] = defaultdict(float)
        late: list[LateBuild] = []
        for row in rows:
            weeks = max(1, math.ceil(((row.due_on - _monday(today)).days + 1) / 7))
            left = [s for s in row.stages if s.done_on is None]
            hours = sum(s.minutes for s in left) / 60
            for stage in left:
                for n in range(weeks):
                    week = _monday(today) + timedelta(weeks=n)
                    load[(row.company_id, stage.maker, week)] += stage.minutes / 60 / weeks
            who = {s.maker for s in left}
            can = sum(
                capacity.get((row.company_id, name), 0.0) if name else pool[row.company_id]
                for name in who
            )
            days_left = (row.due_on - today).days
            if hours and (days_left < 0 or hours > can * max(days_left, 0) / 7):
                late.append(
                    LateBuild(
                        row.id,
                        row.title,
                        row.due_on,
                        Text(
                            "B-{number:04d} {title} cannot be ready by {due}: {hours:g} h left, "
                            "{can:g} h a week of its makers until then.",
                            number=row.id,
                            title=row.title,
                            due=row.due_on.isoformat(),
                            hours=round(hours, 1),
                            can=round(can, 1),
                        ),
                    )
                )
            first = _first_date(session, row, today)
            if first is not None and first.starts_at.date() < row.due_on:
                late.append(
                    LateBuild(
                        row.id,
                        row.title,
                        row.due_on,
                        Text(
                            "B-{number:04d} {title} is due {due}, after the {kind} of {day}.",
                            number=row.id,
                            title=row.title,
                            due=row.due_on.isoformat(),
                            kind=Text(WORDS[first.kind]),
                            day=first.starts_at.strftime("%Y-%m-%d"),
                        ),
                    )
                )
        weeks_found = []
        for (company, maker, week), hours in sorted(
            load.items(), key=lambda kv: (kv[0][2], kv[0][1])
        ):
            can = capacity.get((company, maker), 0.0) if maker else pool[company]
            weeks_found.append(MakerWeek(maker, week, round(hours, 1), can, names[company]))
            if hours > can:
                late.append(
                    LateBuild(
                        0,
                        maker,
                        week,
                        Text(
                            "{maker}: {hours:g} h of builds in the week of {week}, {can:g} h "
                            "to work.",
                            maker=maker or Text("The workroom"),
                            hours=round(hours, 1),
                            week=week.isoformat(),
                            can=can,
                        ),
                    )
                )
        return weeks_found, late


def _first_date(session, row: Build, today: date) -> Event | None:  # noqa: ANN001
    if row.production_id is None:
        return None
    return session.scalars(
        select(Event)
        .where(
            Event.production_id == row.production_id,
            Event.starts_at >= datetime.combine(today, datetime.min.time()),
            Event.kind.in_(("performance", "dress_rehearsal", "shooting_day")),
        )
        .order_by(Event.starts_at)
        .limit(1)
    ).first()
