"""A realistic demo inventory of two companies, for trying the app and for load tests."""

from .generate import DemoSummary, fill_demo

__all__ = ["DemoSummary", "fill_demo"]
