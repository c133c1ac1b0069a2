"""A date's call sheet and pull list, printed in the company's language on its paper: Paris's
dress rehearsal in French on A4, each dancer with her call time and tags, what is not ready;
New York's pull list in English on Letter, in the walking order of the store, pulled pieces
ticked."""

from __future__ import annotations

from wardrobe.cli import main
from wardrobe.reports.call_sheets import render_call_sheet, render_pull_list
from wardrobe.services import calls, pulls, schedule

from .conftest import flat, page_size, pdf_pages


def _first(demo_db, company, kind):
    return next(e for e in schedule.events(demo_db) if e.company == company and e.kind == kind)


def test_paris_s_call_sheet_is_french_on_a4(demo_db, pdf):
    event = _first(demo_db, "Le Ballet National", "dress_rehearsal")
    call = calls.call(demo_db, event.id)
    render_call_sheet(call, "fr", "A4", pdf)
    assert page_size(pdf) == (595, 842)
    text = flat(" ".join(pdf_pages(pdf)))
    assert "Feuille de convocation : Casse-Noisette" in text and "générale" in text
    first = call.dancers[0]
    assert first.dancer in text and first.called_at.strftime("%H:%M") in text
    assert first.looks[0].pieces[0].tag in text
    assert "Pas prêt" in text and call.not_ready[0].said.say("fr") in text


def test_new_york_s_pull_list_walks_the_store_and_ticks_what_is_pulled(demo_db, pdf, tmp_path):
    event = _first(demo_db, "Metropolitan Ballet Theater", "dress_rehearsal")
    listed = pulls.pull_list(demo_db, event.id)
    pulls.pull(demo_db, event.id, listed.rows[0].tag)
    render_pull_list(pulls.pull_list(demo_db, event.id), "en", "Letter", pdf)
    assert page_size(pdf) == (612, 792)
    text = flat(" ".join(pdf_pages(pdf)))
    assert "Pull list: The Nutcracker" in text and f"1 of {len(listed.rows)}" in text
    places = [r.place for r in listed.rows if r.place]
    assert text.index(places[0]) < text.index(places[-1])  # in walking order
    out = tmp_path / "pull.pdf"
    assert main(["--db", demo_db.url, "pull-list", str(event.id), "-o", str(out)]) == 0
    assert (
        main(["--db", demo_db.url, "call-sheet", str(event.id), "-o", str(tmp_path / "c.pdf")]) == 0
    )
    assert out.stat().st_size > 0
