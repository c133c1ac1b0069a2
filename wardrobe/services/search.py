"""Finding costumes, dancers and materials by what a person types; accents and case optional."""

from __future__ import annotations

from sqlalchemy import and_, select

from ..language.folding import like_pattern, search_tokens
from ..models import Company, CostumeItem, Dancer, Material
from ..records import SearchHit
from ..store.database import Database


def _matches(column, tokens: list[str]):  # noqa: ANN001, ANN202
    return and_(*(column.like(like_pattern(t), escape="\\") for t in tokens))


def find(db: Database, query: str, *, limit: int = 50) -> list[SearchHit]:
    """Every word of the query must appear (in any order) in the record's searchable text.

    Any text is a valid query: quotes, dashes, ``%`` and ``_`` are matched literally.
    """
    tokens = search_tokens(query)  # refused in a sentence past its words or characters
    if not tokens:
        return []
    hits: list[SearchHit] = []
    with db.read() as session:
        tag_query = query.strip().upper()
        exact = session.execute(
            select(
                CostumeItem.id,
                CostumeItem.tag,
                CostumeItem.name,
                CostumeItem.piece_type,
                CostumeItem.colour,
                Company.name,
            )
            .join(Company, Company.id == CostumeItem.company_id)
            .where(CostumeItem.tag == tag_query)
        ).first()
        seen: set[int] = set()
        if exact is not None:
            hits.append(_costume_hit(exact))
            seen.add(exact[0])
        for d_id, name, rank, active, company in session.execute(
            select(Dancer.id, Dancer.name, Dancer.rank, Dancer.active, Company.name)
            .join(Company, Company.id == Dancer.company_id)
            .where(_matches(Dancer.search_text, tokens))
            .order_by(Dancer.name)
            .limit(limit)
        ):
            detail = rank if active else f"{rank} (inactive)".strip()
            hits.append(SearchHit("dancer", d_id, name, name, detail, company))
        for row in session.execute(
            select(
                CostumeItem.id,
                CostumeItem.tag,
                CostumeItem.name,
                CostumeItem.piece_type,
                CostumeItem.colour,
                Company.name,
            )
            .join(Company, Company.id == CostumeItem.company_id)
            .where(_matches(CostumeItem.search_text, tokens))
            .order_by(CostumeItem.tag)
            .limit(limit)
        ):
            if row[0] not in seen:
                hits.append(_costume_hit(row))
        for m_id, name, kind, colour, company in session.execute(
            select(Material.id, Material.name, Material.kind, Material.colour, Company.name)
            .join(Company, Company.id == Material.company_id)
            .where(_matches(Material.search_text, tokens))
            .order_by(Material.name)
            .limit(limit)
        ):
            detail = ", ".join(p for p in (kind, colour) if p)
            hits.append(SearchHit("material", m_id, name, name, detail, company))
    return hits[:limit]


def _costume_hit(row) -> SearchHit:  # noqa: ANN001
    c_id, tag, name, piece, colour, company = row
    return SearchHit(
        "costume", c_id, tag, name, ", ".join(p for p in (piece, colour) if p), company
    )
