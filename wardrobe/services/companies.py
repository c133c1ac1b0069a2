"""Companies: the ballet companies sharing one inventory, each with its language and units."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from ..domain.units import Units
from ..errors import Duplicate, InvalidInput
from ..language.i18n import N_, Text
from ..models import Company
from ..records import CompanyRecord
from ..store.database import Database
from ..store.sorting import alphabetical
from . import convert, lookup, text_checks

LANGUAGES = ("fr", "en")


def create_company(
    db: Database,
    *,
    name: str,
    code: str,
    city: str,
    language: str,
    units: str,
    currency: str,
    paper: str | None = None,
    address: str = "",
    time_zone: str | None = None,
) -> CompanyRecord:
    """A company sharing the inventory; its time zone (an IANA name, "Europe/Paris"), when not
    given, is taken from its units: New York's counting in inches, Paris's in centimetres."""
    with db.write() as session:
        clean = text_checks.required_text(name, N_("company"), 120)
        tag_code = code.strip().upper()
        if not tag_code.isalnum() or not 1 <= len(tag_code) <= 8 or not tag_code.isascii():
            raise InvalidInput(
                field=N_("code"), detail=Text("1 to 8 letters or digits, used in tags")
            )
        if language not in LANGUAGES:
            raise InvalidInput(
                field=N_("language"),
                detail=Text("use one of {languages}", languages=", ".join(LANGUAGES)),
            )
        try:
            system = Units(units)
        except ValueError:
            raise InvalidInput(field=N_("units"), detail=Text("use metric or imperial")) from None
        for other in session.scalars(select(Company)):
            if other.name.casefold() == clean.casefold() or other.code == tag_code:
                raise Duplicate(what=N_("company"), key=clean)
        row = Company(
            name=clean,
            code=tag_code,
            city=text_checks.required_text(city, N_("city"), 80),
            language=language,
            units=system.value,
            currency=currency.strip().upper()[:3],
            paper=paper or ("A4" if system is Units.METRIC else "Letter"),
            season_start_month=9,
            safety_weeks=4,
            address=text_checks.long_text(address, N_("address"), 600, required=False),
            time_zone=clock(time_zone)
            if time_zone
            else ("Europe/Paris" if system is Units.METRIC else "America/New_York"),
        )
        session.add(row)
        session.flush()
        return convert.company_record(row)


def clock(time_zone: str) -> str:
    """An IANA time zone name, checked ("Europe/Paris", "America/New_York")."""
    name = time_zone.strip()
    try:
        ZoneInfo(name)
    except (ValueError, ZoneInfoNotFoundError):
        raise InvalidInput(
            field=N_("time zone"),
            detail=Text("“{name}” is not a time zone (write it Europe/Paris)", name=name),
        ) from None
    return name


def list_companies(db: Database) -> list[CompanyRecord]:
    with db.read() as session:
        return [
            convert.company_record(c)
            for c in session.scalars(
                select(Company).order_by(alphabetical(Company.name, db.engine))
            )
        ]


def get_company(db: Database, company: lookup.Ref) -> CompanyRecord:
    with db.read() as session:
        return convert.company_record(lookup.company(session, company))


def set_address(db: Database, company: lookup.Ref, address: str) -> CompanyRecord:
    """The postal address printed on the company's purchase orders (several lines)."""
    with db.write() as session:
        row = lookup.company(session, company)
        row.address = text_checks.long_text(address, N_("address"), 600, required=False)
        session.flush()
        return convert.company_record(row)
