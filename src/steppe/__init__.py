"""STEPPE: constitutional and legal reform in Central Asia, 1991 to today.

Example:
    >>> import steppe
    >>> steppe.load("countries").shape[0]
    5

Importing this package stays light: pandera, frictionless and matplotlib are imported
only by the functions that use them.
"""

from .__about__ import __version__
from .accessors import (claims, corrections, countries, country_year, death_penalty, events, institutions,
                        instruments, leaders, nhri_accreditations, referendums, sources,
                        term_limits, treaty_actions, treaty_status)
from .asof import as_of
from .load import load
from .schema import TABLES

__all__ = [
    "__version__", "TABLES", "load", "as_of", "claims", "corrections", "countries", "country_year",
    "death_penalty", "events", "institutions", "instruments", "leaders",
    "nhri_accreditations", "referendums", "sources", "term_limits", "treaty_actions",
    "treaty_status",
]


def __getattr__(name):
    # Submodules with heavier needs load on first use: steppe.compare, steppe.cite.
    import importlib

    if name == "compare":
        return importlib.import_module("steppe.compare")
    if name == "cite":
        return importlib.import_module("steppe.citation").cite
    raise AttributeError(f"module 'steppe' has no attribute {name!r}")
