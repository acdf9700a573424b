"""Derived answers, computed from the curated events and spells, never edited by hand:
each state's entry-into-force date for its treaty consents, the rules in force on a
day or many days (``rules_at``) and the country-year panel (the rules at 31 December of each year).
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


def _core(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    countries = tables["countries"]
    core = countries[countries["is_core"].fillna(False).astype(bool)]
    return core[["country", "independence_date"]].astype({"country": "object"}).sort_values("country")


def _grid(days, tables) -> pd.DataFrame:
    """Every core state × every day, sorted by day (as ``merge_asof`` needs)."""
    days = pd.DatetimeIndex(pd.to_datetime(pd.Series(days))).astype("datetime64[ns]")
    core = _core(tables)
    grid = pd.DataFrame({
        "country": pd.Series(core["country"].tolist() * len(days), dtype="object"),
        "date": days.repeat(len(core)),
        "_independence": pd.Series(core["independence_date"].tolist() * len(days), dtype="datetime64[ns]"),
    })
    grid["_row"] = range(len(grid))
    return grid.sort_values(["date", "_row"], kind="mergesort", ignore_index=True)


def _spell_at(grid: pd.DataFrame, spells: pd.DataFrame, start: str, end: str, columns: list[str],
              by: str = "country", on: str = "date") -> pd.DataFrame:
    """The columns of the spell (of the same ``by`` key) in force on each grid row's day.

    Spells of one key never overlap (the build checks it), so the last spell starting on or
    before the day is the only candidate; it holds unless it ended on or before that day.
    """
    right = spells[[by, start, end, *columns]].dropna(subset=[start]).astype({by: "object"})
    right = right.rename(columns={start: "_start", end: "_end"}).sort_values("_start", kind="mergesort")
    right["_start"] = right["_start"].astype("datetime64[ns]")
    left = grid[[by, on]].astype({by: "object", on: "datetime64[ns]"}).reset_index()
    hit = pd.merge_asof(left.sort_values(on, kind="mergesort"), right, left_on=on, right_on="_start", by=by,
                        direction="backward").set_index("index").reindex(grid.index)
    live = hit["_start"].notna() & (hit["_end"].isna() | (hit["_end"] > hit[on]))
    out = hit[columns].copy()
    for c in columns:
        out[c] = out[c].astype("object").where(live, None)
    return out


def rules_at(days, tables: dict[str, pd.DataFrame], current_to=None) -> pd.DataFrame:
    """One row per core state and day with the rules in force: the one implementation behind
    ``steppe.as_of`` (any number of days) and the country-year panel (31 December).

    ``tables`` maps table names to frames as ``steppe.load`` returns them. Each lookup is a
    vectorised interval join (``merge_asof``), so a year of days costs about as much as one.
    Rows before a state's independence leave the institutional columns and treaty flags
    blank (not applicable); term rules and the president are given where a spell covers the
    day (the Soviet-era presidencies of 1990). ``beyond_coverage`` is true for days after
    ``current_to``, the day the data is current to.

    Example:
        >>> import steppe
        >>> from steppe.load import tables
        >>> r = rules_at(["1985-01-01", "2020-01-01"], tables(), current_to="2026-11-30")
        >>> r.query("country == 'KAZ'")[["independent", "president", "ombudsman"]].values.tolist()
        [[False, None, None], [True, 'KAZ-tokayev-2019', True]]
    """
    grid = _grid(days, tables)
    independent = grid["date"] >= grid["_independence"]
    terms = tables["term_limits"]
    terms = terms[terms["office"] == "president"]
    out = pd.DataFrame({"country": grid["country"], "date": grid["date"]})
    out["independent"] = independent
    out["beyond_coverage"] = (grid["date"] > pd.Timestamp(current_to)) if current_to is not None else False
    rule = _spell_at(grid, terms, "valid_from", "valid_to",
                     ["term_years", "max_terms", "limit_kind", "incumbent_exempt", "exempt_leader_id"])
    lead = _spell_at(grid, tables["leaders"], "start", "end", ["leader_id", "name"])
    out["term_years"], out["max_terms"], out["limit_kind"] = rule["term_years"], rule["max_terms"], rule["limit_kind"]
    # The spell says who is exempt; the incumbent is exempt only while that person holds office.
    named = rule["exempt_leader_id"]
    exempt = rule["incumbent_exempt"].astype("object")
    out["incumbent_exempt"] = exempt.where(named.isna(), named == lead["leader_id"])
    inst = tables["institutions"]
    review = _spell_at(grid, inst[inst["kind"].isin(list(REVIEW))], "established", "abolished", ["kind"])["kind"]
    out["constitutional_review"] = review.map(REVIEW, na_action="ignore").fillna("none")
    omb = _spell_at(grid, inst[inst["kind"] == "ombudsman"], "established", "abolished", ["institution_id"])
    out["ombudsman"] = omb["institution_id"].notna()
    acc = tables["nhri_accreditations"].rename(columns={"institution_id": "_institution"})
    acc = acc.assign(_until=pd.NaT)
    decided = _spell_at(grid.assign(_institution=omb["institution_id"].fillna("")), acc, "decision_date", "_until",
                        ["status"], by="_institution")["status"]
    decided = decided.astype("object").where(decided != "none_found", None)  # searched, no decision: unknown
    out["nhri_status"] = decided.astype("object").where(decided.notna(),
                                                        out["ombudsman"].map({True: "unknown", False: "not_accredited"}))
    npm = _spell_at(grid, inst[inst["kind"] == "npm"], "established", "abolished", ["institution_id"])
    out["npm"] = npm["institution_id"].notna()
    out["death_penalty"] = _spell_at(grid, tables["death_penalty"], "valid_from", "valid_to", ["status"])["status"]
    out["president"], out["president_name"] = lead["leader_id"], lead["name"]
    if "elections" in tables and "events" in tables:
        votes = tables["elections"].merge(tables["events"][["event_id", "country", "date"]], on="event_id")
        votes = votes.rename(columns={"date": "last_election"}).assign(_until=pd.NaT)
        votes["_day"] = votes["last_election"]
        last = _spell_at(grid, votes, "_day", "_until",
                         ["last_election", "winner_pct", "turnout_pct"])
        out["last_election"] = pd.to_datetime(last["last_election"])
        out["last_election_winner_pct"] = last["winner_pct"]
        out["last_election_turnout_pct"] = last["turnout_pct"]
    for instrument, party in _party_flags(grid, tables).items():
        out[party_column(instrument)] = party
    # Before independence the state's own institutions and treaty consents do not apply.
    unknown = ~independent
    for c in ["constitutional_review", "ombudsman", "nhri_status", "npm", "death_penalty",
              *[c for c in out.columns if c.startswith("party_")]]:
        out[c] = out[c].astype("object").where(~unknown, None)
    out["_row"] = grid["_row"]
    return out.sort_values("_row", kind="mergesort").drop(columns="_row").reset_index(drop=True)


def _party_flags(grid: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> dict[str, pd.Series]:
    """Per tracked treaty, whether each grid row's state was a party that day.

    The state's last consent or denunciation on or before the day decides (a denunciation
    on the day of a consent wins, as in ``treaty_status_from``).
    """
    instruments = tables["instruments"]
    treaties = sorted(instruments.loc[instruments["kind"] != "soft_law", "instrument"])
    actions = tables["treaty_actions"]
    acts = actions[actions["action"].isin([*CONSENT, "denunciation"])].copy()
    acts["_party"] = acts["action"].isin(CONSENT)
    acts["_order"] = (~acts["_party"]).astype(int)
    acts = acts.sort_values(["date", "_order"], kind="mergesort").drop_duplicates(
        ["country", "instrument", "date"], keep="last").assign(_until=pd.NaT)
    flags = {}
    for instrument in treaties:
        mine = acts[acts["instrument"] == instrument]
        hit = _spell_at(grid, mine, "date", "_until", ["_party"])["_party"]
        flags[instrument] = hit.fillna(False).astype(bool)
    return flags


def country_year(tables: dict[str, pd.DataFrame], first_year: int, last_year: int) -> pd.DataFrame:
    """The country-year panel: rules at 31 December (``rules_at``), and counts of events by domain.

    Example:
        >>> import steppe
        >>> panel = steppe.country_year()
        >>> int(panel["year"].min())
        1991
    """
    schema = table_schema("country_year")
    years = list(range(first_year, last_year + 1))
    panel = rules_at([pd.Timestamp(year=y, month=12, day=31) for y in years], tables)
    panel.insert(1, "year", panel["date"].dt.year)
    events = tables["events"]
    domains = [f.name.removeprefix("events_") for f in schema.fields if f.name.startswith("events_")]
    tagged = pd.DataFrame({"country": events["country"].astype("object"), "year": events["date"].dt.year,
                           "domain": events["domains"].astype("object").str.split(";")}).explode("domain")
    counts = pd.crosstab([tagged["country"], tagged["year"]], tagged["domain"])
    counts = counts.reindex(columns=domains, fill_value=0).add_prefix("events_")
    panel = panel.merge(counts, left_on=["country", "year"], right_index=True, how="left")
    for d in domains:
        panel["events_" + d] = panel["events_" + d].fillna(0).astype(int)
    return panel.sort_values(["country", "year"], ignore_index=True)
