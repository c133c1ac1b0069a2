"""The build backend: setuptools', plus what a wheel needs to carry the app's languages.

A wheel (and an sdist's wheel, ``pipx install .``) holds the compiled catalogues: the core's
gettext ``.mo`` and the window's Qt ``.qm``, made from their sources (``.po``, ``.ts``) by the
``build_py`` step in ``setup.py``; nothing compiled is ever committed. That step needs Babel
and Qt's ``lrelease`` (in PySide6-Essentials), asked for here for wheels only: an editable
install (the README's set-up) compiles them in the checkout itself (``scripts/setup.sh``) and
needs nothing more than setuptools."""

from __future__ import annotations

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - every hook setuptools gives, unchanged

CATALOGUE_TOOLS = ["babel>=2.12", "PySide6-Essentials>=6.8,<6.12"]


def get_requires_for_build_wheel(config_settings=None):  # noqa: ANN001, ANN201
    return _setuptools.get_requires_for_build_wheel(config_settings) + CATALOGUE_TOOLS
