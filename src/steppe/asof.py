"""The rules in force on any day, for every core state."""

from __future__ import annotations

import pandas as pd

from .derive import rules_on
from .load import tables

_NEEDED = ("countries", "term_limits", "institutions", "nhri_accreditations", "death_penalty",
           "leaders", "treaty_actions", "instruments")


def as_of(date) -> pd.DataFrame:
    """One row per state with the rules in force on ``date`` (a string or date).

    Columns: country, date, term_years, max_terms, limit_kind, incumbent_exempt,
    constitutional_review, ombudsman, nhri_status, npm, death_penalty, president,
    president_name and one ``party_<INSTRUMENT>`` flag per tracked treaty.

    Example:
        >>> import steppe
        >>> steppe.as_of("2023-06-01").set_index("country").loc["KAZ", "constitutional_review"]
        'court'
    """
    day = pd.Timestamp(date)
    frame = rules_on(day, tables(_NEEDED))
    frame.attrs["steppe_version"] = tables(["countries"])["countries"].attrs.get("steppe_version")
    return frame
