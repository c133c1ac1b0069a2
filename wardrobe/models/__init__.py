"""ORM models (SQLAlchemy 2.0 typed). The schema itself is made only by the migrations in db/."""

from .audit import AuditEntry
from .base import Base
from .builds import (
    Build,
    BuildMaterial,
    BuildPiece,
    BuildStage,
    Maker,
    Pattern,
    PatternMaterial,
    PatternStage,
)
from .costumes import Alteration, CostumeItem, Tutu
from .dressing import DancerDressing, Dresser, DressingRoom, QuickChangeSetting
from .engagements import Engagement, Loan
from .orders import OrderCounter, OrderLine, PurchaseOrder, Stocktake, StocktakeScan
from .people import Casting, Company, Dancer, Location, MeasurementSet, Production, Role
from .photos import Photo
from .productions import (
    Look,
    LookInPart,
    LookPhoto,
    LookPiece,
    PieceAssignment,
    ProductionPart,
)
from .schedule import Event, EventChange, PullItem
from .stock import Material, PointeSpec, StockEntry, Supplier, TagCounter

__all__ = [
    "Alteration",
    "AuditEntry",
    "Base",
    "Build",
    "BuildMaterial",
    "BuildPiece",
    "BuildStage",
    "Casting",
    "Company",
    "CostumeItem",
    "Dancer",
    "DancerDressing",
    "Dresser",
    "DressingRoom",
    "Engagement",
    "Event",
    "EventChange",
    "Loan",
    "Location",
    "Look",
    "LookInPart",
    "LookPhoto",
    "LookPiece",
    "Maker",
    "Material",
    "MeasurementSet",
    "OrderCounter",
    "OrderLine",
    "Pattern",
    "PatternMaterial",
    "PatternStage",
    "Photo",
    "PieceAssignment",
    "PointeSpec",
    "Production",
    "ProductionPart",
    "PullItem",
    "PurchaseOrder",
    "QuickChangeSetting",
    "Role",
    "StockEntry",
    "Stocktake",
    "StocktakeScan",
    "Supplier",
    "TagCounter",
    "Tutu",
]
