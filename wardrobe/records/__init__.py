"""Plain frozen records the services return; the GUI and the command line never see ORM objects.

Every type a service hands out, by area (``items``, ``people``, ``stock``, ``orders``,
``productions``, ``schedule``), named here as well so that ``from wardrobe.records import
CostumeRecord`` is the one way to reach one."""

from __future__ import annotations

from .items import (
    AlterationRecord,
    CompanyRecord,
    CostumeRecord,
    DancerDetail,
    DoublePair,
    DoublesReport,
    EngagementRecord,
    LoanRecord,
    PackingList,
    TutuRecord,
)
from .orders import DraftedOrders, OrderLineRecord, OrderRecord, SupplierLeadTime
from .people import DancerRecord, MeasurementRecord, SearchHit, current_measurements
from .productions import (
    CastRecord,
    DancerInPart,
    LookPieceRecord,
    LookRecord,
    PartRecord,
    Plot,
    PlotProblem,
    ProductionRecord,
    WornPiece,
)
from .schedule import (
    Call,
    CalledDancer,
    CalledLook,
    CallReadiness,
    EventChangeRecord,
    EventRecord,
    NotReady,
    PointeToIssue,
)
from .stock import (
    Alert,
    LedgerMismatch,
    MaterialRecord,
    PointeSpecRecord,
    StockEntryRecord,
    SupplierAlerts,
)

__all__ = [
    "Alert",
    "AlterationRecord",
    "Call",
    "CallReadiness",
    "CalledDancer",
    "CalledLook",
    "CastRecord",
    "CompanyRecord",
    "CostumeRecord",
    "DancerDetail",
    "DancerInPart",
    "DancerRecord",
    "DoublePair",
    "DoublesReport",
    "DraftedOrders",
    "EngagementRecord",
    "EventChangeRecord",
    "EventRecord",
    "LedgerMismatch",
    "LoanRecord",
    "LookPieceRecord",
    "LookRecord",
    "MaterialRecord",
    "MeasurementRecord",
    "NotReady",
    "OrderLineRecord",
    "OrderRecord",
    "PackingList",
    "PartRecord",
    "Plot",
    "PlotProblem",
    "PointeSpecRecord",
    "PointeToIssue",
    "ProductionRecord",
    "SearchHit",
    "StockEntryRecord",
    "SupplierAlerts",
    "SupplierLeadTime",
    "TutuRecord",
    "WornPiece",
    "current_measurements",
]
