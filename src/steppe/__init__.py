"""STEPPE: constitutional and legal reform in Central Asia, 1991 to today.

Example:
    >>> import steppe
    >>> steppe.load("countries").shape[0]
    5

Importing this package is light: pandas and pyarrow load when data is first touched,
pandera, frictionless and matplotlib only in the functions that use them.
"""

from __future__ import annotations

import importlib

from .__about__ import __version__
from .load import arrow_table, data_dir, load
from .schema import TABLES

#: Public names and the module each lives in; imported on first use.
_LAZY = {
    "as_of": "asof", "indicators_on": "asof",
    **{t: "accessors" for t in TABLES},
}
_SUBMODULES = ("compare",)

__all__ = ["__version__", "TABLES", "load", "arrow_table", "data_dir", "cite", *_LAZY, *_SUBMODULES]


def __getattr__(name):
    if name in _LAZY:
        value = getattr(importlib.import_module(f"steppe.{_LAZY[name]}"), name)
    elif name in _SUBMODULES:
        value = importlib.import_module(f"steppe.{name}")
    elif name == "cite":
        value = importlib.import_module("steppe.citation").cite
    else:
        raise AttributeError(f"module 'steppe' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__():
    return sorted(__all__)
