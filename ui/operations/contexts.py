"""The translation contexts of the operations' sentences, named as the catalogue knows them:
``CountActions.tr("…")`` (with ``"", n`` for a plural) is what lupdate reads, and what finds
the French at run time. Each area's module says its sentences through one of these."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class Context:
    """A translation context named as the class: ``tr`` as ``QObject.tr`` would say it."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, source, disambiguation, n)


class AlterationActions(Context):
    pass


class ChartActions(Context):
    pass


class CostumeActions(Context):
    pass


class CountActions(Context):
    pass


class DancerActions(Context):
    pass


class EngagementActions(Context):
    pass


class FileActions(Context):
    pass


class OrderActions(Context):
    pass


class PhotoActions(Context):
    pass


class PrintActions(Context):
    pass


class StockActions(Context):
    pass


class ProductionActions(Context):
    pass


class ScheduleActions(Context):
    pass


class BuildActions(Context):
    pass
