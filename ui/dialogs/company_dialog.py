"""Setting up a company: name, tag code, city, language, units, currency, and the postal
address its purchase orders carry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from wardrobe.records import CompanyRecord
from wardrobe.store.database import Database

from ..runtime.core import companies
from ..runtime.tasks import TaskRunner
from .forms import FormDialog, Invalid, choice, line, required


class CompanyDialog(FormDialog):
    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New company"), runner, parent)
        self.setObjectName("companyDialog")
        self.db = db
        self.name = line(self, self.tr("Name"), placeholder=self.tr("e.g. Le Ballet National"))
        self.code = line(self, self.tr("Tag code"), placeholder="BN")
        self.code.setMaxLength(8)
        self.city = line(self, self.tr("City"))
        self.language = choice(
            self, self.tr("Language"), [("Français", "fr"), ("English", "en")], "en"
        )
        self.units = choice(
            self,
            self.tr("Units"),
            [
                (self.tr("metric (cm, m)"), "metric"),
                (self.tr("imperial (inches, yards)"), "imperial"),
            ],
            "metric",
        )
        self.currency = line(self, self.tr("Currency"), "EUR")
        self.currency.setMaxLength(3)
        self.address = QPlainTextEdit(self)
        self.address.setAccessibleName(self.tr("Postal address"))
        self.address.setPlaceholderText(self.tr("Printed on purchase orders, several lines"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(80)
        for label, widget in (
            (self.tr("&Name"), self.name),
            (self.tr("&Tag code"), self.code),
            (self.tr("&City"), self.city),
            (self.tr("&Language"), self.language),
            (self.tr("&Units"), self.units),
            (self.tr("Cu&rrency"), self.currency),
            (self.tr("&Address"), self.address),
        ):
            self.form.addRow(label, widget)
        self.name.setFocus()

    def collect(self) -> dict[str, Any]:
        name = required(self.name, self.tr("Give the company's name."))
        code = self.code.text().strip()
        if not code.isalnum() or not code.isascii():
            raise Invalid(
                self.tr(
                    "The tag code is 1 to 8 letters or digits; tags start with it, e.g. BN-000001."
                ),
                self.code,
            )
        city = required(self.city, self.tr("Give the company's city."))
        currency = self.currency.text().strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise Invalid(
                self.tr("The currency is a three-letter code, e.g. EUR or USD."), self.currency
            )
        return dict(
            name=name,
            code=code,
            city=city,
            language=self.language.currentData(),
            units=self.units.currentData(),
            currency=currency,
            address=self.address.toPlainText(),
        )

    def work(self, values: dict[str, Any]) -> Callable[[], CompanyRecord]:
        db = self.db
        return lambda: companies.create_company(db, **values)
