"""Costumes with their photos, as one file to move an inventory: a zip holding the costumes'
spreadsheet (the same CSV as `export costumes`) and every photo, with a manifest saying whose
photo each file is, which is the main one, and a fitting photo's day and caption. Importing it
imports the spreadsheet and each photo (prepared like any other on the way in) in one
transaction, all or nothing; a photo the item already has is not added twice.

A zip is read with bounds: its members are counted and their sizes checked before anything is
unpacked (an archive can claim terabytes), and each photo passes the same checks as a file."""

from __future__ import annotations

import csv
import hashlib
import io
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..files.images import MAX_FILE_BYTES, prepare
from ..files.output_file import checked_output, written_whole
from ..language.i18n import N_, Text
from ..models import CostumeItem, Photo
from ..services import photos
from ..store.database import Database
from .exporting import export
from .importing import Bound, import_file
from .report import ImportReport

SHEET = "costumes.csv"
MANIFEST = "photos.csv"
MANIFEST_HEADERS = ["tag", "file", "main", "kind", "taken_on", "caption", "sha256"]
MAX_MEMBERS = 200_000
MAX_SHEET_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class ArchiveImport:
    report: ImportReport
    photos_added: int
    photos_already_there: int


def export_archive(db: Database, path: str | Path) -> tuple[int, int]:
    """Writes the zip whole or not at all; returns (items, photos)."""
    from ..services import costumes

    target = Path(path).expanduser()
    if not target.parent.is_dir():
        raise InvalidInput(
            field=N_("file"),
            detail=Text("the folder {parent} does not exist", parent=target.parent),
        )
    checked_output(target)
    written = 0
    with tempfile.TemporaryDirectory() as folder, written_whole(target) as partial:
        sheet = Path(folder) / SHEET
        items = export(db, "costumes", sheet)
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(sheet, SHEET)
            manifest = io.StringIO()
            writer = csv.writer(manifest)
            writer.writerow(MANIFEST_HEADERS)
            for item in costumes.list_items(db):
                for photo in photos.list_photos(db, item.tag):
                    data = photos.photo_bytes(db, item.tag, photo.number)
                    name = f"photos/{_safe(item.tag)}-{photo.number}.jpg"
                    # Already JPEG: stored as they are, not compressed again.
                    archive.writestr(name, data, compress_type=zipfile.ZIP_STORED)
                    writer.writerow(
                        [
                            item.tag,
                            name,
                            "yes" if photo.is_main else "",
                            photo.kind,
                            photo.taken_on.isoformat() if photo.taken_on else "",
                            photo.caption,
                            hashlib.sha256(data).hexdigest(),
                        ]
                    )
                    written += 1
            archive.writestr(MANIFEST, manifest.getvalue())
    return items, written


def _safe(tag: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in tag)


def import_archive(
    db: Database, path: str | Path, *, apply: bool = True, company: str | None = None
) -> ArchiveImport:
    source = Path(path).expanduser()
    try:
        archive = zipfile.ZipFile(source)
    except (OSError, zipfile.BadZipFile) as error:
        raise InvalidInput(
            field=N_("file"),
            detail=Text(
                "{name} is not a readable zip archive ({reason})",
                name=source.name,
                reason=str(error),
            ),
        ) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise InvalidInput(
                field=N_("file"), detail=Text("{name} holds too many files", name=source.name)
            )
        by_name = {m.filename: m for m in members}
        if SHEET not in by_name:
            raise InvalidInput(
                field=N_("file"),
                detail=Text(
                    "{name} holds no {sheet}: not an archive of costumes",
                    name=source.name,
                    sheet=SHEET,
                ),
            )
        if by_name[SHEET].file_size > MAX_SHEET_BYTES:
            raise InvalidInput(field=N_("file"), detail=Text("its spreadsheet is too large"))
        wanted = _manifest(archive, by_name)
        # Every row of the list of photos is checked before anything is written (its item,
        # its caption, its photo): a bad one refuses the archive with the spreadsheet
        # untouched. Each photo is prepared again as it is added, one at a time, so that
        # memory does not grow with the archive; each distinct file is decoded once here.
        _check_rows(db, wanted, _member(archive, SHEET))
        checked: set[str] = set()
        for _tag, name, *_rest in wanted:
            if name in checked:
                continue
            checked.add(name)
            member = by_name.get(name)
            if member is None or member.file_size > MAX_FILE_BYTES:
                raise InvalidInput(
                    field=N_("photo"),
                    detail=Text("{name} is missing from the archive or too large", name=name),
                )
            prepare(_member(archive, name))
        with tempfile.TemporaryDirectory() as folder, db.write() as session:
            # The spreadsheet and every photo in one transaction: all of it or none (a photo
            # refused at the last moment, a full disk, the program killed).
            joined = Bound(db, session)
            sheet = Path(folder) / SHEET
            sheet.write_bytes(_member(archive, SHEET))
            report = import_file(joined, "costumes", sheet, apply=apply, company=company)
            if not apply or report.problems:
                return ArchiveImport(report, 0, 0)  # rolled back by the import
            added, already = _add_photos(joined, session, archive, wanted)
        return ArchiveImport(report, added, already)


def _add_photos(
    db: Database, session: Session, archive: zipfile.ZipFile, wanted: list[tuple]
) -> tuple[int, int]:
    """Adds each photo of the list not already on its item (by its checksum); each one
    leaves the session once stored, so that memory does not grow with the archive."""
    added = already = 0
    stored: dict[str, set[str]] = {}
    for tag, name, main, kind, taken_on, caption, digest in wanted:
        key = tag.strip().upper()
        if key not in stored:
            stored[key] = {
                hashlib.sha256(data).hexdigest()
                for data in session.scalars(
                    select(Photo.data).join(CostumeItem).where(CostumeItem.tag == key)
                )
            }
        if digest and digest in stored[key]:
            already += 1
            continue
        photos.add_photo(
            db,
            tag,
            _member(archive, name),
            main=main,
            kind=kind if kind in photos.KINDS else "item",
            taken_on=date.fromisoformat(taken_on) if taken_on else None,
            caption=caption,
        )
        del stored[key]  # read again if the item comes back: the photo just added counts
        session.expunge_all()
        added += 1
    return added, already


def _member(archive: zipfile.ZipFile, name: str) -> bytes:
    """One file of the archive, or a sentence: encrypted, damaged (its checksum), packed in a
    way this app cannot unpack."""
    try:
        return archive.read(name)
    except (RuntimeError, NotImplementedError, zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise InvalidInput(
            field=N_("file"),
            detail=Text(
                "{name} in the archive cannot be read (encrypted, damaged or packed in an "
                "unknown way: {reason})",
                name=name,
                reason=str(error)[:120],
            ),
        ) from None


def _check_rows(db: Database, wanted: list[tuple], sheet: bytes) -> None:
    """Each photo's item is in the inventory or in the archive's spreadsheet, and its caption
    can be stored: else a sentence naming the row, before anything is written."""
    from ..services import text_checks

    text = sheet.decode("utf-8-sig", errors="replace")
    in_sheet = {(row.get("tag") or "").strip().upper() for row in csv.DictReader(io.StringIO(text))}
    known = {tag for tag, *_rest in wanted if tag.strip().upper() in in_sheet}
    unknown = sorted({tag for tag, *_rest in wanted} - known)
    if unknown:
        with db.read() as session:
            there = set(
                session.scalars(
                    select(CostumeItem.tag).where(
                        CostumeItem.tag.in_([t.strip().upper() for t in unknown])
                    )
                )
            )
        missing = [t for t in unknown if t.strip().upper() not in there]
        if missing:
            raise InvalidInput(
                field=N_("photo"),
                detail=Text(
                    "the list of photos names {tag}, which is neither in the inventory nor in "
                    "the spreadsheet; nothing was imported",
                    tag=missing[0],
                ),
            )
    for number, (tag, _name, _main, _kind, _day, caption, _digest) in enumerate(wanted, 2):
        try:
            text_checks.optional_text(caption, N_("caption"), 400)
        except InvalidInput as problem:
            raise InvalidInput(
                field=N_("photo"),
                detail=Text(
                    "row {number} of the list of photos ({tag}): the caption cannot be stored "
                    "({detail}); nothing was imported",
                    number=number,
                    tag=tag,
                    detail=problem.params.get("detail", ""),
                ),
            ) from None


def _manifest(archive: zipfile.ZipFile, by_name: dict) -> list[tuple]:
    if MANIFEST not in by_name:
        return []
    if by_name[MANIFEST].file_size > MAX_SHEET_BYTES:
        raise InvalidInput(field=N_("file"), detail=Text("its list of photos is too large"))
    text = _member(archive, MANIFEST).decode("utf-8", errors="replace")
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text)):  # counted as read: 6 million rows took hours
            rows.append(row)
            if len(rows) > MAX_MEMBERS + 1:
                raise InvalidInput(field=N_("file"), detail=Text("its list of photos is too long"))
    except csv.Error:  # a cell longer than any this app stores, a quote never closed
        raise InvalidInput(
            field=N_("file"),
            detail=Text(
                "its list of photos is not readable (a cell too long, or a quote left open)"
            ),
        ) from None
    if not rows or rows[0][: len(MANIFEST_HEADERS)] != MANIFEST_HEADERS:
        raise InvalidInput(field=N_("file"), detail=Text("its list of photos is not readable"))
    if len(rows) > MAX_MEMBERS + 1:
        raise InvalidInput(field=N_("file"), detail=Text("its list of photos is too long"))
    found, seen = [], set()
    for row in rows[1:]:
        if len(row) < len(MANIFEST_HEADERS):
            continue
        tag, name, main, kind, taken_on, caption, digest = row[: len(MANIFEST_HEADERS)]
        if (tag.strip().upper(), name) in seen:  # the same photo of the same item: once
            continue
        seen.add((tag.strip().upper(), name))
        try:
            day = date.fromisoformat(taken_on).isoformat() if taken_on else ""
        except ValueError:
            day = ""
        found.append((tag, name, main == "yes", kind, day, caption, digest))
    return found
