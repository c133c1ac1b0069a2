"""Two desks reserving the last metres of net at once (two real processes): both builds are
made, one holds the metres, the other is told in a sentence that they are not free (the rest
goes on the reorder list); what is reserved adds up over the open builds."""

import subprocess
import sys

from wardrobe.domain.units import STOCK_UNITS
from wardrobe.services import builds, integrity, patterns, stock

NET = "Tulle raide blanc, 300 cm"


def test_the_last_metres_are_reserved_once_and_the_other_desk_is_told(demo_db):
    net = stock.get_material(demo_db, NET)
    free = (net.on_hand - net.reserved) // STOCK_UNITS["m"]
    patterns.add_pattern(demo_db, "BN", "Jupe", piece_type="skirt", materials=[(NET, str(free))])
    demo_db.engine.dispose()  # the desks open their own connections
    command = [
        sys.executable,
        "-m",
        "wardrobe.cli",
        "--db",
        demo_db.url,
        "build",
        "new",
        "Jupe",
        "--company",
        "BN",
        "--due",
        "2027-03-01",
        "--count",
        "1",
    ]
    desks = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outcomes = [(desk.wait(timeout=120), *desk.communicate()) for desk in desks]
    assert [code for code, _o, _e in outcomes] == [0, 0], outcomes
    told = [out for _code, out, _err in outcomes if "the rest is on the reorder list" in out]
    assert len(told) == 1, outcomes  # one desk got the metres, the other was told
    made = builds.builds(demo_db, "BN", status="open")
    assert len(made) == 2
    assert stock.get_material(demo_db, NET).reserved == net.reserved + 2 * free * 1000
    assert [p for p in integrity.check(demo_db) if p.code == "reservations"] == []
