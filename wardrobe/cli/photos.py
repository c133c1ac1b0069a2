"""Photos from the command line: the same services as the window."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..errors import InvalidInput
from ..files.output_file import checked_output, write_private
from ..language.i18n import N_, Text
from ..services import photos
from ..store.database import Database
from .speech import tell


def add(db: Database, args: argparse.Namespace) -> int:
    added = photos.add_photo(db, args.tag, Path(args.file), main=args.main)
    tell(
        args,
        N_("Photo {number} of {tag} added ({width} x {height} px){main}."),
        number=added.number,
        tag=added.tag,
        width=added.width,
        height=added.height,
        main=Text(N_(", the main one")) if added.is_main else "",
    )
    if added.note == "first_frame":
        tell(args, N_("It was an animation: its first frame was kept."))
    return 0


def listing(db: Database, args: argparse.Namespace) -> int:
    found = photos.list_photos(db, args.tag)
    if args.json:
        document = [
            {
                "number": p.number,
                "kind": p.kind,
                "main": p.is_main,
                "taken_on": p.taken_on.isoformat() if p.taken_on else None,
                "caption": p.caption,
                "width": p.width,
                "height": p.height,
                "bytes": p.byte_size,
                "added_at": p.added_at.isoformat(timespec="seconds"),
                "added_by": p.added_by,
            }
            for p in found
        ]
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    if not found:
        tell(args, N_("{tag} has no photo."), tag=args.tag.upper())
    for p in found:
        tell(
            args,
            N_("{number}. {width} x {height} px, {size} KB{main}{fitting}"),
            number=p.number,
            width=p.width,
            height=p.height,
            size=round(p.byte_size / 1024),
            main=Text(N_(", main")) if p.is_main else "",
            fitting=Text(N_(", fitting of {day}"), day=p.taken_on) if p.kind == "fitting" else "",
        )
    return 0


def save(db: Database, args: argparse.Namespace) -> int:
    """Each stored photo as a JPEG file in DIR: TAG-1.jpg, TAG-2.jpg..."""
    folder = Path(args.dir).expanduser()
    if not folder.is_dir():
        raise InvalidInput(
            field=N_("folder"), detail=Text("the folder {folder} does not exist", folder=folder)
        )
    found = photos.list_photos(db, args.tag)
    for p in found:
        target = checked_output(folder / f"{p.tag}-{p.number}.jpg")
        write_private(target, photos.photo_bytes(db, p.tag, p.number))
    tell(args, N_("{count} photo(s) written to {folder}."), count=len(found), folder=folder)
    return 0


def remove(db: Database, args: argparse.Namespace) -> int:
    removed = photos.remove_photo(db, args.tag, args.number)
    tell(
        args,
        N_("Photo {number} of {tag} removed."),
        number=removed.record.number,
        tag=removed.record.tag,
    )
    return 0
