"""Derived answers, computed from the curated events and spells, never edited by hand:
each state's entry-into-force date for its treaty consents, the rules in force on a
day (``rules_on``) and the country-year panel (the rules at 31 December of each year).
"""

from __future__ import annotations

import re

import pandas as pd

from .schema import table_schema

CONSENT = ("ratification", "accession", "succession", "acceptance", "approval")
REVIEW = {"constitutional_court": "court", "constitutional_council": "council",
          "constitutional_chamber": "chamber"}


def entry_into_force(deposit: pd.Timestamp, rule: str | None, general: pd.Timestamp | None) -> pd.Timestamp:
    """The day an instrument enters into force for a state that deposited on ``deposit``.

    ``rule`` is the instrument's ``eif_rule``; a state that deposits before the instrument's
    general entry into force is bound from that general date.

    Example:
        >>> entry_into_force(pd.Timestamp("2008-07-31"), "P30D", pd.Timestamp("2003-09-29")).date()
        datetime.date(2008, 8, 30)
        >>> entry_into_force(pd.Timestamp("2006-01-24"), "P3M", pd.Timestamp("1976-03-23")).date()
        datetime.date(2006, 4, 24)
    """
    if pd.isna(deposit) or not rule:
        return pd.NaT
    m = re.fullmatch(r"(first-of-month-after-)?P(\d+)([DM])", rule)
    if not m:
        raise ValueError(f"unknown entry-into-force rule {rule!r}")
    first_of_month, n, unit = m.group(1), int(m.group(2)), m.group(3)
    day = deposit + (pd.DateOffset(days=n) if unit == "D" else pd.DateOffset(months=n))
    if first_of_month:
        day = (day + pd.offsets.MonthBegin(1)).normalize()
    if general is not None and pd.notna(general) and general > day:
        return general
    return day


def treaty_in_force_dates(actions: pd.DataFrame, instruments: pd.DataFrame) -> pd.Series:
    """Entry-into-force date of each consent action (NaT for other actions).

    Example:
        >>> import steppe
        >>> dates = treaty_in_force_dates(steppe.load("treaty_actions"), steppe.load("instruments"))
        >>> len(dates) == len(steppe.load("treaty_actions"))
        True
    """
    meta = instruments.set_index("instrument")
    out = []
    for row in actions.to_dict("records"):
        if row["action"] in CONSENT and row["instrument"] in meta.index:
            m = meta.loc[row["instrument"]]
            out.append(entry_into_force(row["date"], m["eif_rule"], m["in_force_date"]))
        else:
            out.append(pd.NaT)
    return pd.Series(pd.array(out, dtype="datetime64[ns]"), index=actions.index, name="in_force_date")


def treaty_status_from(actions: pd.DataFrame) -> str:
    """party, signatory or none, from one state's actions on one instrument.

    A party has deposited consent with no later denunciation; a signatory has signed only.

    Example:
        >>> a = pd.DataFrame({"action": ["signature"], "date": [pd.Timestamp("2000-12-13")]})
        >>> treaty_status_from(a)
        'signatory'
    """
    consent = actions.loc[actions["action"].isin(CONSENT), "date"]
    denounced = actions.loc[actions["action"] == "denunciation", "date"]
    if len(consent) and (denounced.empty or denounced.max() < consent.max()):
        return "party"
    if (actions["action"] == "signature").any():
        return "signatory"
    return "none"


def party_column(instrument: str) -> str:
    """Name of the panel's party flag for an instrument (hyphens become underscores).

    Example:
        >>> party_column("UNTOC-TIP")
        'party_UNTOC_TIP'
    """
    return "party_" + instrument.replace("-", "_")


def _in_spell(df: pd.DataFrame, day: pd.Timestamp, start: str, end: str) -> pd.DataFrame:
    return df[(df[start] <= day) & (df[end].isna() | (df[end] > day))]


def rules_on(day, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per core state with the rules in force on ``day``.

    ``tables`` maps table names to frames as ``steppe.load`` returns them. Treaty flags are
    true once consent has been deposited (the depositary then lists the state as a party).

    Example:
        >>> import steppe
        >>> t = {n: steppe.load(n) for n in ("countries", "term_limits", "institutions",
        ...      "nhri_accreditations", "death_penalty", "leaders", "treaty_actions", "instruments")}
        >>> rules_on("2023-06-01", t).loc[0, "country"]
        'KAZ'
    """
    day = pd.Timestamp(day)
    countries = tables["countries"]
    core = sorted(countries.loc[countries["is_core"].fillna(False).astype(bool), "country"])
    terms = _in_spell(tables["term_limits"], day, "valid_from", "valid_to")
    terms = terms[terms["office"] == "president"]
    inst = _in_spell(tables["institutions"], day, "established", "abolished")
    acc = tables["nhri_accreditations"]
    acc = acc[acc["decision_date"] <= day]
    dp = _in_spell(tables["death_penalty"], day, "valid_from", "valid_to")
    leaders = _in_spell(tables["leaders"], day, "start", "end")
    instruments = tables["instruments"]
    treaties = sorted(instruments.loc[instruments["kind"] != "soft_law", "instrument"])
    actions = tables["treaty_actions"]
    actions = actions[actions["date"] <= day]
    columns = ["country", "date", "term_years", "max_terms", "limit_kind", "incumbent_exempt",
               "constitutional_review", "ombudsman", "nhri_status", "npm", "death_penalty",
               "president", "president_name"] + [party_column(i) for i in treaties]
    rows = []
    for c in core:
        row: dict = {"country": c, "date": day}
        t = terms[terms["country"] == c]
        if len(t):
            t = t.iloc[0]
            row.update(term_years=t["term_years"], max_terms=t["max_terms"], limit_kind=t["limit_kind"],
                       incumbent_exempt=t["incumbent_exempt"])
        else:
            row.update(term_years=pd.NA, max_terms=pd.NA, limit_kind=pd.NA, incumbent_exempt=pd.NA)
        mine = inst[inst["country"] == c]
        review = mine[mine["kind"].isin(list(REVIEW))]
        row["constitutional_review"] = REVIEW[str(review.iloc[0]["kind"])] if len(review) else "none"
        ombudsman = mine[mine["kind"] == "ombudsman"]
        row["ombudsman"] = bool(len(ombudsman))
        status = "not_accredited"
        if len(ombudsman):
            status = "unknown"
            decisions = acc[acc["institution_id"].isin(ombudsman["institution_id"])]
            if len(decisions):
                status = str(decisions.sort_values("decision_date").iloc[-1]["status"])
        row["nhri_status"] = status
        row["npm"] = bool((mine["kind"] == "npm").any())
        d = dp[dp["country"] == c]
        row["death_penalty"] = str(d.iloc[0]["status"]) if len(d) else pd.NA
        lead = leaders[leaders["country"] == c]
        row["president"] = lead.sort_values("start").iloc[-1]["leader_id"] if len(lead) else pd.NA
        row["president_name"] = lead.sort_values("start").iloc[-1]["name"] if len(lead) else pd.NA
        for instrument in treaties:
            mine_a = actions[(actions["country"] == c) & (actions["instrument"] == instrument)]
            row[party_column(instrument)] = treaty_status_from(mine_a) == "party"
        rows.append(row)
    return pd.DataFrame(rows, columns=columns)


def country_year(tables: dict[str, pd.DataFrame], first_year: int, last_year: int) -> pd.DataFrame:
    """The country-year panel: rules at 31 December, and counts of events by domain.

    Example:
        >>> import steppe
        >>> panel = steppe.country_year()
        >>> int(panel["year"].min())
        1991
    """
    schema = table_schema("country_year")
    events = tables["events"]
    domains = [f.name.removeprefix("events_") for f in schema.fields if f.name.startswith("events_")]
    frames = []
    for year in range(first_year, last_year + 1):
        snap = rules_on(pd.Timestamp(year=year, month=12, day=31), tables)
        snap["year"] = year
        in_year = events[events["date"].dt.year == year]
        for d in domains:
            counts = {c: int(sum(d in str(v).split(";") for v in g["domains"]))
                      for c, g in in_year.groupby("country", observed=True)}
            snap["events_" + d] = [counts.get(c, 0) for c in snap["country"]]
        frames.append(snap)
    panel = pd.concat(frames, ignore_index=True)
    return panel.sort_values(["country", "year"], ignore_index=True)
