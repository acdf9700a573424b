"""The rules in force on any day (or many days), for every core state."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from typing import TYPE_CHECKING

import pandas as pd

from .columns import conform
from .derive import rules_at
from .load import current_to, tables

if TYPE_CHECKING:  # pragma: no cover - typing only
    from pandera.typing import DataFrame

    from .models import AsOf

_NEEDED = ("countries", "term_limits", "institutions", "nhri_accreditations", "death_penalty",
           "leaders", "treaty_actions", "instruments", "elections", "events")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ACCEPTED = "a date written YYYY-MM-DD, a datetime.date, a datetime.datetime or a pandas Timestamp (without a time zone)"


class BeyondCoverageWarning(UserWarning):
    """Asked about a day after the day the data is current to."""


def parse_day(value) -> pd.Timestamp:
    """One day asked about, as a Timestamp; anything ambiguous is refused with ``ValueError``.

    Example:
        >>> parse_day("2016-09-01").date()
        datetime.date(2016, 9, 1)
        >>> parse_day(20160901)
        Traceback (most recent call last):
        ...
        ValueError: 20160901 is not a day: expected a date written YYYY-MM-DD, a datetime.date, a datetime.datetime or a pandas Timestamp (without a time zone)
    """
    if isinstance(value, str):
        if not _ISO.match(value):
            raise ValueError(f"{value!r} is not a day: expected {ACCEPTED}")
        try:
            return pd.Timestamp(dt.date.fromisoformat(value))
        except ValueError:
            raise ValueError(f"{value!r} is not a calendar date: expected {ACCEPTED}") from None
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        if pd.isna(value):
            raise ValueError(f"NaT is not a day: expected {ACCEPTED}")
        if value.tzinfo is not None:
            raise ValueError(f"{value!r} has a time zone: expected {ACCEPTED}")
        return pd.Timestamp(value).normalize()
    if isinstance(value, dt.date):
        return pd.Timestamp(value)
    raise ValueError(f"{value!r} is not a day: expected {ACCEPTED}")


def as_of(date) -> DataFrame[AsOf]:
    """One row per state with the rules in force on ``date``; a list of days gives one row
    per state and day (one vectorised lookup, so a year of days is as quick as one).

    ``date`` is a ``YYYY-MM-DD`` string, a ``datetime.date``/``datetime``, a ``Timestamp``,
    or a list (or ``DatetimeIndex``) of them. Integers, bare years, other formats, ``None``
    and time-zone-aware values raise ``ValueError``.

    Columns (typed by the ``AsOf`` model, the same whatever the day): country, date,
    independent, beyond_coverage, term_years, max_terms, limit_kind, incumbent_exempt
    (the sitting president is the person the rule exempts), uncertain_rules (the rules
    whose start is known only to a month or year containing the day), constitutional_review,
    ombudsman, nhri_status, npm, death_penalty, president, president_name, the latest
    presidential election round by then (last_election, its winner's share and turnout)
    and one ``party_<INSTRUMENT>`` flag per tracked treaty. Blank means unknown or not applicable:
    before a state's independence its institutions and treaty flags are blank. A day after
    the data's ``current_to`` warns (``BeyondCoverageWarning``) and its rows carry
    ``beyond_coverage = True``.

    The reform indicators of the policy tracker are answered by the companion function
    ``steppe.indicators_on(date)``, in long form (one row per state, day and indicator),
    so that this frame keeps one column per rule.

    Example:
        >>> import steppe
        >>> steppe.as_of("2023-06-01").set_index("country").loc["KAZ", "constitutional_review"]
        'court'
        >>> kaz = steppe.as_of(["2019-01-01", "2020-01-01"]).query("country == 'KAZ'")
        >>> kaz[["president", "incumbent_exempt"]].values.tolist()  # Nazarbayev left in March 2019
        [['KAZ-nazarbayev-1990', True], ['KAZ-tokayev-2019', False]]
        >>> len(steppe.as_of(pd.date_range("2020-01-01", "2020-12-31")))
        1830
        >>> steppe.as_of("2000-05-15").set_index("country").loc["KAZ", "uncertain_rules"]  # a ruling dated May 2000
        'term_limits'
    """
    many = isinstance(date, (list, tuple, pd.DatetimeIndex, pd.Series))
    days = [parse_day(d) for d in (list(date) if many else [date])]
    if not days:
        raise ValueError(f"no day given: expected {ACCEPTED}")
    end = current_to()
    frame = rules_at(days, tables(_NEEDED), current_to=end)
    frame["uncertain_rules"] = _uncertain_rules(frame)
    frame = conform(frame, "as_of")
    late = frame["beyond_coverage"].any()
    if late:
        warnings.warn(f"the data is current to {end.date()}: rules after that day are the last known, "
                      "not confirmed (rows marked beyond_coverage)", BeyondCoverageWarning, stacklevel=2)
    frame.attrs["steppe_version"] = tables(["countries"])["countries"].attrs.get("steppe_version")
    frame.attrs["current_to"] = end.date().isoformat()
    frame.attrs["beyond_coverage"] = bool(late)
    return frame


#: The derived indicator that carries each rule of ``as_of`` and its start precision.
_RULES = {"term_limit": "term_limits", "constitutional_review": "constitutional_review", "ombudsman": "ombudsman",
          "nhri_status": "nhri_status", "npm": "npm", "death_penalty": "death_penalty"}
_COARSE = ["month", "year"]


def _uncertain_rules(frame: pd.DataFrame) -> pd.Series:
    """For each row (state and day) of ``rules_at``, the rules whose spell starts on a date
    known only to the month or year containing that day, joined by ';' (blank if none)."""
    from .tracker import window_ends

    spells = tables(["policy_spells"])["policy_spells"]
    spells = spells[spells["policy_id"].isin(list(_RULES))
                    & spells["valid_from_precision"].isin(_COARSE)].astype({"country": "object"})
    out = pd.Series(pd.NA, index=frame.index, dtype="string")
    if spells.empty:
        return out
    spells = spells.assign(rule=spells["policy_id"].astype("object").map(_RULES),
                           _end=window_ends(spells["valid_from"], spells["valid_from_precision"]))
    rows = frame[["country", "date"]].astype({"country": "object"}).reset_index()
    hit = rows.merge(spells[["country", "valid_from", "_end", "rule"]], on="country")
    hit = hit[(hit["date"] >= hit["valid_from"]) & (hit["date"] < hit["_end"])]
    joined = hit.groupby("index")["rule"].agg(lambda r: ";".join(sorted(set(r))))
    out[joined.index] = joined.to_numpy()
    return out


def indicators_on(date) -> pd.DataFrame:
    """Every reform indicator's level on ``date`` (or each day of a list), in long form: one
    row per state, day and indicator, with ``level``, ``level_rank``, ``value``,
    ``adopted`` (at or above the adoption level; blank when unknown), the act that set
    the level, the day the level has held ``since`` with that day's precision, and
    ``start_uncertain``: true where that start is known only to the month or year and the
    day asked about falls within it, so the level before may still have held. The
    companion of ``as_of``; it accepts the same days and warns the same way beyond coverage.

    Example:
        >>> import steppe
        >>> day = steppe.indicators_on("2022-07-01").set_index(["country", "policy_id"])
        >>> day.loc[("KAZ", "relatives_ban"), "level"], bool(day.loc[("KAZ", "relatives_ban"), "adopted"])
        ('ban', True)
        >>> tjk = steppe.indicators_on("2020-06-30").set_index(["country", "policy_id"]).loc[("TJK", "legal_aid_law")]
        >>> tjk["level"], str(tjk["since"].date()), tjk["since_precision"], bool(tjk["start_uncertain"])
        ('law', '2020-01-01', 'year', True)
    """
    from .derive import _spell_at
    from .tracker import UNKNOWN, level_ranks, window_ends

    many = isinstance(date, (list, tuple, pd.DatetimeIndex, pd.Series))
    days = [parse_day(d) for d in (list(date) if many else [date])]
    if not days:
        raise ValueError(f"no day given: expected {ACCEPTED}")
    end = current_to()
    if any(d > end for d in days):
        warnings.warn(f"the data is current to {end.date()}: levels after that day are the last known",
                      BeyondCoverageWarning, stacklevel=2)
    t = tables(["policies", "policy_levels", "policy_spells"])
    spells = t["policy_spells"].astype({"country": "object", "policy_id": "object"})
    keys = spells[["country", "policy_id"]].drop_duplicates()
    grid = keys.merge(pd.DataFrame({"date": pd.DatetimeIndex(days).astype("datetime64[ns]")}), how="cross")
    grid["_key"] = grid["country"] + "|" + grid["policy_id"]
    grid = grid.sort_values(["date", "_key"], kind="mergesort", ignore_index=True)
    spells = spells.assign(_key=spells["country"] + "|" + spells["policy_id"], since=spells["valid_from"])
    hit = _spell_at(grid, spells, "valid_from", "valid_to",
                    ["level", "value", "event_id", "since", "valid_from_precision"], by="_key")
    out = grid[["country", "date", "policy_id"]].copy()
    out["level"] = hit["level"].astype("object")
    ranks = level_ranks(t["policy_levels"])
    bar = {p: ranks[(p, a)] for p, a in zip(t["policies"]["policy_id"], t["policies"]["adoption_level"])}
    out["level_rank"] = pd.array([ranks.get((p, lv)) for p, lv in zip(out["policy_id"], out["level"])], dtype="Int64")
    out["value"] = pd.array(hit["value"], dtype="Float64")
    out["adopted"] = pd.array([None if pd.isna(r) or lv == UNKNOWN else bool(r >= bar[p])
                               for p, lv, r in zip(out["policy_id"], out["level"], out["level_rank"])],
                              dtype="boolean")
    out["event_id"] = hit["event_id"].astype("string")
    out["since"] = pd.to_datetime(hit["since"])
    precision = hit["valid_from_precision"].astype("object")
    out["since_precision"] = precision.astype("string")
    # A start known only to the month or year may lie after the day asked about: then the
    # level before it may still have held.
    inside = precision.isin(_COARSE) & (out["date"] < window_ends(out["since"], precision))
    out["start_uncertain"] = pd.array(inside.where(out["since"].notna()), dtype="boolean")
    out = out.sort_values(["date", "country", "policy_id"], ignore_index=True)
    out.attrs["current_to"] = end.date().isoformat()
    return out
