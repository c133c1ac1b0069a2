"""The wheel's build step: the translators' sources compiled into what the app reads, in the
build folder (never in the checkout): ``resources/locale/<lang>/LC_MESSAGES/wardrobe.mo`` from
its ``.po`` (Babel), ``resources/translations/wardrobe_<lang>.qm`` from its ``.ts`` (Qt's
``lrelease``). Everything else is in ``pyproject.toml``."""

from __future__ import annotations

import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout, compiled by scripts/setup.sh
        built = Path(self.build_lib) / "resources"
        self._gettext(built)
        self._qt(built)

    def _gettext(self, built: Path) -> None:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        for po in sorted((HERE / "resources" / "locale").glob("*/LC_MESSAGES/*.po")):
            target = built / po.relative_to(HERE / "resources").with_suffix(".mo")
            target.parent.mkdir(parents=True, exist_ok=True)
            with po.open("rb") as source:
                catalog = read_po(source)
            with target.open("wb") as out:
                write_mo(out, catalog)

    def _qt(self, built: Path) -> None:
        import PySide6

        lrelease = Path(PySide6.__file__).resolve().parent / "lrelease"
        for ts in sorted((HERE / "resources" / "translations").glob("*.ts")):
            target = built / "translations" / f"{ts.stem}.qm"
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(target)], check=True)


setup(cmdclass={"build_py": BuildWithCatalogues})
