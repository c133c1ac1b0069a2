"""An inventory with both companies and nothing else, to import into."""

import pytest

from wardrobe.store.database import open_database

from ..conftest import two_companies


@pytest.fixture
def empty_shop(tmp_path):
    db = open_database(tmp_path / "fresh.db")
    two_companies(db)
    yield db
    db.close()
