"""Spreadsheets in and out: import (all or nothing) and export of dancers, costumes,
materials and pointe-shoe specifications, as CSV or .xlsx."""
