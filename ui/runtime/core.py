"""The core's services as the window reaches them: each module is imported the first time
one of its functions is called (on the worker, mostly), so that the window is built and shown
before SQLAlchemy's ORM, the inventory's models and the services are loaded (on a small
machine they take longer to import than Qt itself)."""

from __future__ import annotations

import importlib
from typing import Any


class Later:
    """A core module, imported at the first use of one of its names."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<{self._name}, imported when first used>"


alterations = Later("wardrobe.services.alterations")
catalog = Later("wardrobe.services.catalog")
circulation = Later("wardrobe.services.circulation")
companies = Later("wardrobe.services.companies")
costume_pages = Later("wardrobe.services.costume_pages")
calls = Later("wardrobe.services.calls")
builds = Later("wardrobe.services.builds")
build_work = Later("wardrobe.services.build_work")
build_calendar = Later("wardrobe.services.build_calendar")
patterns = Later("wardrobe.services.patterns")
costs = Later("wardrobe.services.costs")
call_returns = Later("wardrobe.services.call_returns")
dressing_plan = Later("wardrobe.services.dressing_plan")
quick_changes = Later("wardrobe.services.quick_changes")
casting = Later("wardrobe.services.casting")
costume_plot = Later("wardrobe.services.costume_plot")
holds = Later("wardrobe.services.holds")
costumes = Later("wardrobe.services.costumes")
dancer_pages = Later("wardrobe.services.dancer_pages")
dancers = Later("wardrobe.services.dancers")
doubles = Later("wardrobe.services.doubles")
edit_undo = Later("wardrobe.services.edit_undo")
engagements = Later("wardrobe.services.engagements")
history_events = Later("wardrobe.services.history_events")
importing = Later("wardrobe.transfer.importing")
item_fields = Later("wardrobe.services.item_fields")
loans = Later("wardrobe.services.loans")
look_photos = Later("wardrobe.services.look_photos")
looks = Later("wardrobe.services.looks")
lookup = Later("wardrobe.services.lookup")
order_drafts = Later("wardrobe.services.order_drafts")
orders = Later("wardrobe.services.orders")
photos = Later("wardrobe.services.photos")
places = Later("wardrobe.services.places")
pointe = Later("wardrobe.services.pointe")
pulls = Later("wardrobe.services.pulls")
plot_cell = Later("wardrobe.services.plot_cell")
production_checks = Later("wardrobe.services.production_checks")
stock = Later("wardrobe.services.stock")
stock_movements = Later("wardrobe.services.stock_movements")
stocktake = Later("wardrobe.services.stocktake")
tag_shapes = Later("wardrobe.services.tag_shapes")
usage_charts = Later("wardrobe.services.usage_charts")
running_order = Later("wardrobe.services.running_order")
schedule = Later("wardrobe.services.schedule")
calendar_export = Later("wardrobe.transfer.calendar_export")
