"""Derived values: treaty entry into force from the instrument's rule."""

from __future__ import annotations

import pandas as pd
import pytest

from steppe.derive import entry_into_force, party_column


@pytest.mark.parametrize("deposit, rule, general, expected", [
    ("2008-07-31", "P30D", "2003-09-29", "2008-08-30"),      # 30th day after deposit
    ("2006-01-24", "P3M", "1976-03-23", "2006-04-24"),       # three months after deposit
    ("2000-05-05", "first-of-month-after-P60D", "2002-07-01", "2002-07-01"),  # before general EIF
    ("2011-11-10", "first-of-month-after-P60D", "2002-07-01", "2012-02-01"),  # 60th day is 9 Jan
    ("1998-08-26", "P30D", "1987-06-26", "1998-09-25"),
])
def test_entry_into_force(deposit, rule, general, expected):
    got = entry_into_force(pd.Timestamp(deposit), rule, pd.Timestamp(general))
    assert got == pd.Timestamp(expected)


def test_unknown_rule_is_refused():
    with pytest.raises(ValueError, match="unknown entry-into-force rule"):
        entry_into_force(pd.Timestamp("2000-01-01"), "30 days", None)


def test_party_column_names_are_stata_safe():
    assert party_column("ICCPR-OP2") == "party_ICCPR_OP2"
