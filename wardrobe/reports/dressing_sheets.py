"""The sheets of who dresses whom on a date, and of what came back: a dressing list per room
(each on its own page, to hang there: its dancers, their looks in running order and pieces),
each dresser's track (her dancers, then her quick changes in show order: when, where, what
comes off and goes on), the preset sheet per place, the laundry list and the exception report."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import PageBreak

from ..records import DayDressing, QuickChange, WornPiece
from ..services.call_returns import ExceptionLine, ExceptionReport
from .call_sheets import DateSheet
from .fitting_sheet import PrintResult
from .layout import grid_table

Target = str | Path | BinaryIO


def _worn(worn: WornPiece) -> str:
    what = worn.piece.description or worn.piece.piece_type
    return f"{worn.tag} {what}" if worn.tag else what


def render_dressing_lists(
    dressing: DayDressing, language: str, paper: str, target: Target
) -> PrintResult:
    sheet = DateSheet("dressing_lists", dressing.event, language, paper, target)
    labels, p = sheet.labels, sheet.p
    if not dressing.rooms:
        sheet.story.append(p(labels["nobody_called"], "body"))
    for index, room in enumerate(dressing.rooms):
        if index:
            sheet.story.append(PageBreak())
        title = room.name or labels["no_room"]
        if room.dresser:
            title = labels["room_dresser"].format(room=title, dresser=room.dresser)
        sheet.story.append(p(title, "h2"))
        rows = [[p(labels[k], "head") for k in ("called_at", "dancer", "looks_and_pieces")]]
        for dancer in room.dancers:
            lines = [
                f"{look.part.label} · {look.look}: " + ", ".join(_worn(w) for w in look.pieces)
                for look in dancer.looks
            ]
            rows.append(
                [
                    p(dancer.called_at.strftime("%H:%M"), "cell_bold"),
                    p(f"{dancer.dancer}\n{', '.join(dancer.roles)}"),
                    p("\n".join(lines) or "—", "small"),
                ]
            )
        sheet.story.append(grid_table(rows, sheet.width, [10, 26, 64]))
    return sheet.build()


def _change_rows(sheet: DateSheet, changes: tuple[QuickChange, ...], *, who: bool) -> list:
    labels, p = sheet.labels, sheet.p
    heads = ("at", "place", "dancer", "comes_off", "goes_on")
    rows = [[p(labels[k], "head") for k in heads]]
    for change in changes:
        place = labels.word(change.place) if change.place else labels["no_place_set"]
        dancer = [
            change.dancer,
            f"{change.part_from.label} → {change.part_to.label} · {change.look_to}",
        ]
        if change.notes:
            dancer.append(change.notes)
        if who:
            dancer.append(change.dresser or labels["no_dresser"])
        rows.append(
            [
                p(
                    f"{change.at.strftime('%H:%M')}\n"
                    + labels["minutes_to_change"].format(minutes=change.minutes),
                    "cell_bold",
                ),
                p(place),
                p("\n".join(dancer)),
                p("\n".join(_worn(w) for w in change.off) or "—", "small"),
                p("\n".join(_worn(w) for w in change.on) or "—", "small"),
            ]
        )
    return rows


def render_tracks(dressing: DayDressing, language: str, paper: str, target: Target) -> PrintResult:
    sheet = DateSheet("tracks", dressing.event, language, paper, target)
    labels, p = sheet.labels, sheet.p
    story = sheet.story
    story.append(p(labels["quick_change_rule"].format(minutes=dressing.minutes), "body"))
    for problem in dressing.problems:
        story.append(p("⚠ " + problem.say(labels.language), "body"))
    if not dressing.tracks:
        story.append(p(labels["no_tracks"], "body"))
    for index, track in enumerate(dressing.tracks):
        if index:
            story.append(PageBreak())
        story.append(p(track.dresser, "h2"))
        story.append(p(labels["dresses"].format(dancers=", ".join(track.dancers) or "—"), "body"))
        if track.changes:
            story.append(
                grid_table(
                    _change_rows(sheet, track.changes, who=False), sheet.width, [11, 17, 26, 23, 23]
                )
            )
        else:
            story.append(p(labels["no_quick_changes"], "body"))
    return sheet.build()


def render_presets(dressing: DayDressing, language: str, paper: str, target: Target) -> PrintResult:
    sheet = DateSheet("presets", dressing.event, language, paper, target)
    labels, p = sheet.labels, sheet.p
    if not dressing.presets:
        sheet.story.append(p(labels["no_presets"], "body"))
    for preset in dressing.presets:
        sheet.story.append(
            p(labels.word(preset.place) if preset.place else labels["no_place_set"], "h2")
        )
        rows = [[p(labels[k], "head") for k in ("set", "at", "dancer", "goes_on")]]
        for change in preset.changes:
            rows.append(
                [
                    p("☐"),
                    p(change.at.strftime("%H:%M"), "cell_bold"),
                    p(f"{change.dancer}\n{change.part_to.label} · {change.look_to}"),
                    p("\n".join(_worn(w) for w in change.on), "small"),
                ]
            )
        sheet.story.append(grid_table(rows, sheet.width, [8, 12, 40, 40]))
    return sheet.build()


def _lines(sheet: DateSheet, lines: tuple[ExceptionLine, ...], last: str) -> list:
    p = sheet.p
    rows = [[p(sheet.labels[k], "head") for k in ("tag", "piece", last)]]
    for line in lines:
        third = line.dancer if last == "had_it_last" else line.said.say(sheet.labels.language)
        rows.append([p(line.tag, "cell_bold"), p(line.name), p(third)])
    return [grid_table(rows, sheet.width, [18, 40, 42])]


def render_laundry_list(
    report: ExceptionReport, language: str, paper: str, target: Target
) -> PrintResult:
    sheet = DateSheet("laundry_list", report.event, language, paper, target)
    labels, p = sheet.labels, sheet.p
    sheet.story.append(p(labels["laundry_count"].format(pieces=len(report.laundry)), "body"))
    rows = [[p(labels[k], "head") for k in ("washed", "tag", "piece", "worn_by")]]
    for line in report.laundry:
        rows.append([p("☐"), p(line.tag, "cell_bold"), p(line.name), p(line.dancer)])
    sheet.story.append(grid_table(rows, sheet.width, [10, 18, 42, 30]))
    return sheet.build()


def render_exception_report(
    report: ExceptionReport, language: str, paper: str, target: Target
) -> PrintResult:
    sheet = DateSheet("exception_report", report.event, language, paper, target)
    labels, p = sheet.labels, sheet.p
    story = sheet.story
    for key, lines, last in (
        ("not_back", report.missing, "had_it_last"),
        ("damaged", report.damaged, "said"),
        ("to_mend", report.to_mend, "said"),
        ("laundry", report.laundry, "had_it_last"),
    ):
        story.append(p(labels[key].format(count=len(lines)), "h2"))
        if lines:
            story.extend(_lines(sheet, lines, last))
        else:
            story.append(p(labels["no_item"], "body"))
    return sheet.build()
