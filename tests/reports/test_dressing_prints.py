"""A date's dressing sheets and what came back, printed in the company's language on its paper:
Paris's dressing lists (a page per room) and dressers' tracks in French on A4, with the quick
changes and their places; New York's presets, laundry list and exception report in English on
Letter; each from the command line too, and the plan shown and set there."""

from __future__ import annotations

import json

from wardrobe.cli import main
from wardrobe.reports.dressing_sheets import (
    render_dressing_lists,
    render_exception_report,
    render_laundry_list,
    render_tracks,
)
from wardrobe.services import call_returns, dressing_plan, quick_changes, schedule

from .conftest import flat, page_size, pdf_pages


def _first(demo_db, company, kind):
    return next(e for e in schedule.events(demo_db) if e.company == company and e.kind == kind)


def test_paris_s_dressing_lists_and_tracks_are_french_on_a4(demo_db, pdf, tmp_path):
    event = _first(demo_db, "Le Ballet National", "shooting_day")
    day = quick_changes.day_dressing(demo_db, event.id)
    result = render_dressing_lists(day, "fr", "A4", pdf)
    assert result.pages == len(day.rooms) and page_size(pdf) == (595, 842)
    pages = [flat(p) for p in pdf_pages(pdf)]
    for room, page in zip(day.rooms, pages, strict=True):
        assert "Listes des loges : Casse-Noisette" in page and room.name in page
        dancer = room.dancers[0]
        assert dancer.dancer in page and dancer.looks[0].pieces[0].tag in page
    tracks = tmp_path / "tracks.pdf"
    render_tracks(day, "fr", "A4", tracks)
    text = flat(" ".join(pdf_pages(tracks)))
    change = next(c for c in day.quick_changes if c.role == "Drosselmeyer")
    assert "Parcours des habilleuses" in text and "côté cour" in text
    assert change.dancer in text and change.off[0].tag in text and "08:24" in text


def test_new_york_s_exception_report_and_laundry_list_are_english_on_letter(demo_db, pdf, tmp_path):
    event = _first(demo_db, "Metropolitan Ballet Theater", "dress_rehearsal")
    out = call_returns.call_out(demo_db, event.id)
    for tag in out.went[1:]:
        call_returns.call_in(demo_db, event.id, tag)
    report = call_returns.exception_report(demo_db, event.id)
    render_exception_report(report, "en", "Letter", pdf)
    assert page_size(pdf) == (612, 792)
    text = flat(" ".join(pdf_pages(pdf)))
    assert "Exception report: The Nutcracker" in text and "Not back (1)" in text
    assert out.went[0] in text and report.missing[0].dancer in text
    laundry = tmp_path / "laundry.pdf"
    render_laundry_list(report, "en", "Letter", laundry)
    washed = flat(" ".join(pdf_pages(laundry)))
    assert f"{len(report.laundry)} piece(s) to wash." in washed
    assert all(line.tag in washed for line in report.laundry)


def test_the_command_line_prints_every_sheet_and_sets_the_plan(demo_db, tmp_path, capsys):
    event = _first(demo_db, "Le Ballet National", "shooting_day")
    db = ["--db", demo_db.url]
    for command in ("dressing-lists", "tracks", "presets", "laundry", "missing"):
        target = tmp_path / f"{command}.pdf"
        assert main([*db, command, str(event.id), "-o", str(target)]) == 0, command
        assert target.stat().st_size > 0
    capsys.readouterr()
    assert main([*db, "dressing", "Casse-Noisette", "--json"]) == 0
    named = json.loads(capsys.readouterr().out)
    assert {r["name"] for r in named["rooms"]} >= {"Loge 12", "Loge 30"}
    named["quick_changes"][0]["dresser"] = ""
    named["quick_changes"][0]["place"] = ""
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(named), encoding="utf-8")
    assert main([*db, "dressing", "Casse-Noisette", "--set", str(plan_file)]) == 0
    assert main([*db, "quick-changes", str(event.id)]) == 1  # a change with no place now
    assert "has no place" in capsys.readouterr().out
    named["rooms"][0]["dresser"] = "Nobody"
    plan_file.write_text(json.dumps(named), encoding="utf-8")
    before = dressing_plan.dressing_plan(demo_db, event.production_id)
    assert main([*db, "dressing", "Casse-Noisette", "--set", str(plan_file)]) != 0
    assert "no dresser is called “Nobody”" in capsys.readouterr().err
    assert dressing_plan.dressing_plan(demo_db, event.production_id) == before
