"""One desk of the concurrency test: a bounded loop of real actions on a shared inventory."""

from __future__ import annotations

import random
import time
from collections import Counter

from wardrobe.errors import NotEnoughStock
from wardrobe.services import costumes, pointe, stock_movements
from wardrobe.store.database import open_database


def work(url: str, desk: int, seconds: float, spec_ids: list[int], material_ids: list[int]) -> dict:
    """Returns what this desk did: per spec pairs issued and received, per material mm
    received, and the tags it was given."""
    rng = random.Random(desk)
    db = open_database(url)
    db.user = f"desk {desk}"
    pairs: Counter[int] = Counter()
    received: Counter[int] = Counter()
    tags: list[str] = []
    refused = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        action = rng.choice(("log", "issue", "receive", "tulle"))
        try:
            if action == "log":
                tags.append(
                    costumes.log_item(
                        db, company="BN", name=f"Desk {desk} bodice", piece_type="bodice"
                    ).tag
                )
            elif action == "issue":
                spec = rng.choice(spec_ids)
                pointe.issue_pairs(db, spec, 1)
                pairs[spec] -= 1
            elif action == "receive":
                spec = rng.choice(spec_ids)
                pointe.receive_pairs(db, spec, 2)
                pairs[spec] += 2
            else:
                material = rng.choice(material_ids)
                after = stock_movements.receive_material(db, material, "1")
                received[material] += 1
                del after
        except NotEnoughStock:
            refused += 1
    db.close()
    return {"pairs": dict(pairs), "received": dict(received), "tags": tags, "refused": refused}
