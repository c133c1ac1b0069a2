"""Printing with reportlab: fitting sheets, reorder lists and tag labels. No Qt here."""
