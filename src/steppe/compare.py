"""Cross-country comparisons computed from the curated tables.

Example:
    >>> import steppe
    >>> m = steppe.compare.ratifications(["UNTOC", "OPCAT"])
    >>> sorted(m["instrument"].unique())
    ['OPCAT', 'UNTOC']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from .derive import CONSENT, treaty_status_from
from .load import load

if TYPE_CHECKING:  # pragma: no cover - typing only
    from pandera.typing import DataFrame

    from .models import (AdoptionComparison, Diffusion, ElectionComparison, EventHistory, Innovativeness,
                         RatificationComparison, TermLimitComparison)


def _typed(frame: pd.DataFrame, view: str) -> pd.DataFrame:
    """The frame with the columns and dtypes its view schema (``schemas/views/``) defines."""
    from .columns import conform

    attrs = dict(frame.attrs)
    out = conform(frame.reset_index(drop=True), view)
    out.attrs = attrs
    return out


def _requested(wanted, known, what: str, hint: str) -> list[str]:
    """The requested codes (one or a list), or KeyError naming the unknown ones.

    Example:
        >>> _requested("UNTOC", {"UNTOC", "CAT"}, "instrument(s)", "codes from steppe.instruments()")
        ['UNTOC']
    """
    wanted = [wanted] if isinstance(wanted, str) else list(wanted)
    unknown = sorted(set(wanted) - set(known))
    if unknown:
        raise KeyError(f"unknown {what}: {', '.join(unknown)}; expected {hint}")
    return wanted


def core_countries(countries=None) -> list[str]:
    """The five core states, or the requested ones among them (codes in any case).

    Example:
        >>> core_countries(["uzb", "kaz"])
        ['KAZ', 'UZB']
    """
    core = load("countries", validate=False)
    core = core.loc[core["is_core"].astype(bool), "country"].tolist()
    if countries is None:
        return core
    upper = countries.upper() if isinstance(countries, str) else [c.upper() for c in countries]
    wanted = _requested(upper, core, "country code(s)", ", ".join(core))
    return [c for c in core if c in wanted]


def ratifications(instruments=None, countries=None) -> DataFrame[RatificationComparison]:
    """One row per state × treaty: status today, consent and signature dates, and the delay.

    ``delay_days`` counts the days from the later of the instrument's opening for
    signature (its adoption where the opening day is not recorded) and the state's
    independence, to the state's consent: a state cannot consent before it exists, so a
    treaty opened in 1966 is counted from 1991 for these states. ``delay_from`` says
    which start was used (opened_for_signature, adopted or independence). Soft-law
    standards are left out: they have no depositary actions.

    Example:
        >>> import steppe
        >>> r = steppe.compare.ratifications(["UNTOC"], ["KAZ"]).iloc[0]
        >>> (r["status"], r["consent_action"], str(r["consent_date"].date()))
        ('party', 'ratification', '2008-07-31')
    """
    inst = load("instruments", validate=False)
    inst = inst[inst["kind"] != "soft_law"]
    if instruments is not None:
        wanted = _requested(instruments, inst["instrument"], "instrument(s)", "codes from steppe.instruments()")
        inst = inst[inst["instrument"].isin(wanted)]
    core = core_countries(countries)
    actions = load("treaty_actions", validate=False)
    independence = load("countries", validate=False).set_index("country")["independence_date"]
    rows = []
    for country in core:
        for meta in inst.sort_values("instrument").to_dict("records"):
            mine = actions[(actions["country"] == country) & (actions["instrument"] == meta["instrument"])]
            consent = mine[mine["action"].isin(CONSENT)].sort_values("date")
            signed = mine[mine["action"] == "signature"].sort_values("date")
            start = meta["opened_for_signature_date"]
            delay_from = "opened_for_signature"
            if pd.isna(start):
                start, delay_from = meta["adopted_date"], "adopted"
            if pd.notna(start) and independence[country] > start:
                start, delay_from = independence[country], "independence"
            status = treaty_status_from(mine)
            row = {"country": country, "instrument": meta["instrument"], "status": status,
                   "consent_action": pd.NA, "consent_date": pd.NaT, "in_force_date": pd.NaT,
                   "signature_date": signed["date"].iloc[0] if len(signed) else pd.NaT,
                   "delay_days": pd.NA, "delay_from": delay_from}
            if status == "party":
                first = consent.iloc[0]
                row.update(consent_action=str(first["action"]), consent_date=first["date"],
                           in_force_date=first["in_force_date"],
                           delay_days=int((first["date"] - start).days) if pd.notna(start) else pd.NA)
            rows.append(row)
    out = pd.DataFrame(rows)
    out["delay_days"] = out["delay_days"].astype("Int64")
    out.attrs["steppe_version"] = actions.attrs.get("steppe_version")
    return _typed(out, "ratification_comparison")


def ratification_matrix(table: pd.DataFrame) -> pd.DataFrame:
    """Pivot ``ratifications()`` into a country × instrument matrix of readable cells.

    A cell reads '2008-07-31 (2788 d)' for a consent (with the delay), 'signed 2000-12-13'
    for a signature only, and 'none' for no action.

    Example:
        >>> import steppe
        >>> m = ratification_matrix(steppe.compare.ratifications(["UNTOC"]))
        >>> m.loc["KAZ", "UNTOC"]
        '2008-07-31 (2788 d)'
    """
    def cell(r) -> str:
        if r["status"] == "party":
            delay = "" if pd.isna(r["delay_days"]) else f" ({int(r['delay_days'])} d)"
            return r["consent_date"].date().isoformat() + delay
        if r["status"] == "signatory":
            return "signed " + r["signature_date"].date().isoformat()
        return "none"

    cells = table.assign(cell=table.apply(cell, axis=1))
    matrix = cells.pivot(index="country", columns="instrument", values="cell")
    matrix.columns.name = None
    return matrix


#: Term-limit effects in the order of the evasion typology (see the README's codebook).
EFFECTS = ["extension", "exemption", "reset", "interpretation", "removal", "tightening"]


def term_limits(countries=None, until=None) -> DataFrame[TermLimitComparison]:
    """One row per state: term-limit changes by kind, years under each kind of rule, tenures.

    Counts are events whose ``term_limit_effect`` is each kind of the Versteeg et al.
    (2020) typology. The years are counted day by day (``as_of`` on every day) from the
    first recorded rule up to ``until`` (default: the day the release is current to):
    ``years_binding`` while a limit on the number of terms applied to the sitting
    president, ``years_exempt`` while a limit existed but the sitting president was the
    person exempt from it, ``years_no_limit`` with no limit or no presidency,
    ``years_unknown`` where the rule is not known. ``longest_tenure_years`` is the longest
    continuous tenure in ``leaders``, counted to ``until`` for a sitting one.
    ``rule_at_end`` describes the rule in force on ``until``.

    Example:
        >>> import steppe
        >>> r = steppe.compare.term_limits(["TKM"], until="2026-11-30").iloc[0]
        >>> (int(r["exemption"]), int(r["extension"]), r["rule_at_end"])
        (1, 2, '7-year term, no limit on terms')
    """
    from .derive import rules_at
    from .load import current_to, load, tables

    end = pd.Timestamp(until) if until is not None else current_to()
    core = core_countries(countries)
    events = load("events", validate=False)
    spells = load("term_limits", validate=False)
    leaders = load("leaders", validate=False)
    needed = ["countries", "term_limits", "institutions", "nhri_accreditations", "death_penalty",
              "leaders", "treaty_actions", "instruments"]
    first = spells["valid_from"].min()
    days = rules_at(pd.date_range(first, max(first, end - pd.Timedelta(days=1))), tables(needed))
    days = days[days["date"] < end]
    kind = pd.Series("binding", index=days.index)
    kind[days["incumbent_exempt"].fillna(False).astype(bool)] = "exempt"
    kind[days["limit_kind"].isin(["none", "no_office"])] = "no_limit"
    kind[days["limit_kind"].isna()] = "unknown"
    at_end = rules_at([end], tables(needed)).set_index("country")
    rows = []
    for country in core:
        row = {"country": country}
        mine = events[(events["country"] == country) & (events["date"] <= end)]
        for effect in EFFECTS:
            row[effect] = int((mine["term_limit_effect"] == effect).sum())
        # Only days a recorded rule covers count; days before a state's first rule do not.
        covered = spells[spells["country"] == country]["valid_from"].min()
        mine_days = days[(days["country"] == country) & (days["date"] >= covered)]
        counts = kind[mine_days.index].value_counts()
        for k in ("binding", "exempt", "no_limit", "unknown"):
            row["years_" + k] = round(int(counts.get(k, 0)) / 365.25, 1)
        tenure = leaders[(leaders["country"] == country) & (leaders["start"] <= end)]
        lengths = (tenure["end"].fillna(end).clip(upper=end) - tenure["start"]).dt.days / 365.25
        row["longest_tenure_years"] = round(float(lengths.max()), 1) if len(lengths) else float("nan")
        row["rule_at_end"] = _describe(at_end.loc[country])
        rows.append(row)
    out = pd.DataFrame(rows)
    out.attrs["steppe_version"] = events.attrs.get("steppe_version")
    out.attrs["until"] = end.date().isoformat()
    return _typed(out, "term_limit_comparison")


def _describe(spell) -> str:
    """A spell's rule in words, e.g. '5-year term, at most 2 consecutive, incumbent exempt'."""
    if spell is None or pd.isna(spell["limit_kind"]):
        return "unknown"
    if spell["limit_kind"] == "no_office":
        return "no presidency"
    term = "term" if pd.isna(spell["term_years"]) else f"{int(spell['term_years'])}-year term"
    if spell["limit_kind"] == "none":
        text = term + ", no limit on terms"
    else:
        most = int(spell["max_terms"])
        if spell["limit_kind"] == "consecutive":
            text = term + f", at most {most} consecutive"
        else:
            text = (f"single {term}" if most == 1 else term + f", at most {most} in a lifetime")
    exempt = spell["incumbent_exempt"]
    return text + (", incumbent exempt" if pd.notna(exempt) and bool(exempt) else "")


def _indicators(domain=None, policies=None) -> pd.DataFrame:
    """The rows of ``policies`` for one domain and/or a list of ids (KeyError naming the
    accepted values otherwise)."""
    meta = load("policies", validate=False)
    if domain is not None:
        known = sorted(meta["domain"].astype(str).unique())
        if domain not in known:
            raise KeyError(f"unknown domain {domain!r}; expected one of {', '.join(known)}")
        meta = meta[meta["domain"] == domain]
    if policies is not None:
        wanted = _requested(policies, meta["policy_id"], "indicator(s)", "ids from steppe.policies()")
        meta = meta[meta["policy_id"].isin(wanted)]
    return meta


def adoptions(domain=None, countries=None, policies=None) -> DataFrame[AdoptionComparison]:
    """One row per state × indicator: when the state adopted it, its place among the five
    and its lag behind the region's first adopter (from ``policy_adoptions``).

    ``domain`` keeps one policy domain (``steppe.policies()["domain"]``); ``policies`` a
    list of indicator ids. ``lag_years`` is ``lag_days`` / 365.25, rounded to 0.1.

    Example:
        >>> import steppe
        >>> a = steppe.compare.adoptions(policies=["trafficking_law"]).set_index("country")
        >>> a.loc[["KGZ", "KAZ"], ["adoption_order", "adoption_date"]].astype(str).values.tolist()
        [['2', '2005-03-17'], ['5', '2024-07-05']]
    """
    table = load("policy_adoptions", validate=False)
    meta = _indicators(domain, policies)
    core = core_countries(countries)
    out = table[table["policy_id"].isin(meta["policy_id"]) & table["country"].isin(core)].copy()
    out = out.merge(meta[["policy_id", "domain"]], on="policy_id", how="left")
    out["lag_years"] = (out["lag_days"].astype("Float64") / 365.25).round(1)
    columns = ["country", "policy_id", "domain", "adopted", "adoption_date", "adoption_date_precision",
               "adoption_level", "adoption_order",
               "lag_days", "lag_years", "at_independence", "after_unknown", "reversals", "level_now", "event_id"]
    out = out[columns].sort_values(["policy_id", "country"], ignore_index=True)
    out.attrs["steppe_version"] = table.attrs.get("steppe_version")
    return _typed(out, "adoption_comparison")


#: How many characters of an ISO date to show for each precision.
_SHOWN = {"day": 10, "month": 7, "year": 4}


def adoption_matrix(table: pd.DataFrame) -> pd.DataFrame:
    """Pivot ``adoptions()`` into a state × indicator matrix of readable cells.

    A cell reads '2005-03-17 #1' for the first adopter, '2008-04-17 #3 +3.1y' for a later
    one (place and lag); a date known only to the month or year is written '2012-04' or
    '2020', and states whose dates cannot be ordered share a place. 'no' when never adopted, 'unknown' when not adopted by the last
    known level and the level today is not known (it may have been adopted since); '≤'
    marks an adoption that an unknown period precedes (it may be earlier), '*' a level
    held since independence.

    Example:
        >>> import steppe
        >>> m = adoption_matrix(steppe.compare.adoptions(policies=["trafficking_law"]))
        >>> m.loc["KGZ", "trafficking_law"]
        '2005-03-17 #2 +0.7y'
        >>> m.loc["TJK", "trafficking_law"]
        '2004-07 #1'
    """
    def cell(r) -> str:
        if not r["adopted"]:
            return "unknown" if r["level_now"] == "unknown" else "no"
        day = r["adoption_date"].date().isoformat()
        text = ("≤" if r["after_unknown"] else "") + day[:_SHOWN.get(r.get("adoption_date_precision"), 10)]
        text += f" #{int(r['adoption_order'])}"
        if r["lag_days"] and r["lag_days"] > 0 and r["adoption_order"] > 1:
            text += f" +{r['lag_years']}y"
        return text + ("*" if r["at_independence"] else "")

    cells = table.assign(cell=table.apply(cell, axis=1))
    matrix = cells.pivot(index="country", columns="policy_id", values="cell")
    matrix.columns.name = None
    return matrix


#: What a cell of the wide indicator panel can hold.
PANEL_VALUES = ("adopted", "level_rank", "level", "confidence")


def indicator_panel(values: str = "adopted", domain=None, countries=None, policies=None) -> pd.DataFrame:
    """The indicator-year panel in wide form, as a country-year regression wants it: one
    row per state and year (the level on 31 December), one column per indicator (in the
    codebook's order) holding ``values``: ``adopted`` (1 at or above the adoption level,
    else 0; blank where the level is unknown), ``level_rank`` (blank where unknown),
    ``level`` (the code, ``unknown`` included) or ``confidence`` (of the spell in force). ``domain`` and ``policies`` choose the
    indicators as in ``adoptions``.

    Example:
        >>> import steppe
        >>> p = steppe.compare.indicator_panel(policies=["legal_aid_law"]).set_index(["country", "year"])
        >>> [int(p.loc[("TJK", y), "legal_aid_law"]) for y in (2019, 2020)]
        [0, 1]
        >>> steppe.compare.indicator_panel("level", domain="judiciary").columns.tolist()[2:]
        ['arrest_by_court', 'jury_trial', 'legal_aid_law']
    """
    if values not in PANEL_VALUES:
        raise ValueError(f"unknown values {values!r}; expected one of {', '.join(PANEL_VALUES)}")
    meta = _indicators(domain, policies)
    core = core_countries(countries)
    panel = load("policy_year", validate=False)
    panel = panel[panel["policy_id"].isin(meta["policy_id"]) & panel["country"].isin(core)]
    panel = panel.astype({"country": "object", "policy_id": "object"})
    cells = {"adopted": panel["adopted"].astype("Int64"), "level_rank": panel["level_rank"].astype("Int64"),
             "level": panel["level"].astype("string"), "confidence": panel["confidence"].astype("string")}[values]
    wide = panel.assign(cell=cells).pivot(index=["country", "year"], columns="policy_id", values="cell")
    wide = wide.reindex(columns=[p for p in meta["policy_id"] if p in wide.columns]).reset_index()
    wide.columns.name = None
    wide.attrs["steppe_version"] = load("policy_year", validate=False).attrs.get("steppe_version")
    wide.attrs["values"] = values
    return wide


def diffusion(domain=None, policies=None, countries=None) -> DataFrame[Diffusion]:
    """The diffusion curve of each indicator: per year, the states adopting it that year,
    those that had ever adopted it by 31 December, those at or above the adoption level
    then (reversals excluded) and the share of states with a known level that had.
    ``domain`` and ``policies`` choose the indicators as in ``adoptions``.

    Example:
        >>> import steppe
        >>> d = steppe.compare.diffusion(policies=["legal_aid_law"]).set_index("year")
        >>> d.loc[[2008, 2009, 2013, 2020, 2023], "cumulative_adopters"].tolist()
        [0, 1, 2, 3, 4]
        >>> float(d.loc[2023, "share_adopted"])
        0.8
    """
    meta = _indicators(domain, policies)
    core = core_countries(countries)
    panel = load("policy_year", validate=False)
    panel = panel[panel["policy_id"].isin(meta["policy_id"]) & panel["country"].isin(core)]
    panel = panel.astype({"country": "object", "policy_id": "object"})
    adopt = load("policy_adoptions", validate=False)
    adopt = adopt[adopt["policy_id"].isin(meta["policy_id"]) & adopt["country"].isin(core) & adopt["adopted"]]
    first = adopt.assign(year=adopt["adoption_date"].dt.year).astype({"policy_id": "object"})
    first = first.groupby(["policy_id", "year"]).size().rename("new_adopters")
    known = panel["adopted"].notna()
    out = (panel.assign(_now=panel["adopted"].fillna(False).astype(int), _known=known.astype(int), _one=1)
           .groupby(["policy_id", "year"])
           .agg(adopted_now=("_now", "sum"), known=("_known", "sum"), states=("_one", "sum")).reset_index())
    out = out.merge(first.reset_index(), on=["policy_id", "year"], how="left")
    out["new_adopters"] = out["new_adopters"].fillna(0).astype(int)
    # An adoption dated before the panel's first year counts from that year on.
    first_year = first.reset_index()
    first_year = first_year[first_year["year"] < first_year["policy_id"].map(out.groupby("policy_id")["year"].min())]
    earlier = first_year.groupby("policy_id")["new_adopters"].sum()
    out["cumulative_adopters"] = (out.groupby("policy_id")["new_adopters"].cumsum()
                                  + out["policy_id"].map(earlier).fillna(0).astype(int))
    out["share_adopted"] = (out["adopted_now"] / out["known"].where(out["known"] > 0)).round(2)
    columns = ["policy_id", "year", "new_adopters", "cumulative_adopters", "adopted_now", "known", "states",
               "share_adopted"]
    out = out[columns].sort_values(["policy_id", "year"], ignore_index=True)
    out.attrs["steppe_version"] = panel.attrs.get("steppe_version")
    return _typed(out, "diffusion")


def event_history(policy_id: str, countries=None) -> DataFrame[EventHistory]:
    """Country-year rows for a discrete-time event-history model of adoption (Berry and
    Berry 1990): one row per state and year from the first year at risk to the year of
    adoption, plus the later years flagged ``after_adoption`` (drop them to fit a hazard).

    A state is at risk from the first panel year (its first full year of independence)
    until the year the indicator first reaches its adoption level; ``adopted`` is 1 in
    that year, else 0. A state coded at the adoption level from independence is never at
    risk. ``prior_adopters`` counts the other core states that had adopted by the end of
    the previous year (the regional diffusion term); ``level_known`` is false where the
    year-end level is unknown.

    Example:
        >>> import steppe
        >>> eh = steppe.compare.event_history("trafficking_law")
        >>> kgz = eh[(eh["country"] == "KGZ") & ~eh["after_adoption"]]
        >>> (int(kgz["year"].min()), int(kgz["year"].max()), int(kgz["adopted"].sum()))
        (1991, 2005, 1)
    """
    meta = load("policies", validate=False)
    if policy_id not in set(meta["policy_id"]):
        raise KeyError(f"unknown indicator {policy_id!r}; expected an id from steppe.policies()")
    core = core_countries(countries)
    panel = load("policy_year", validate=False)
    panel = panel[panel["policy_id"] == policy_id]
    adopt = load("policy_adoptions", validate=False)
    adopt = adopt[adopt["policy_id"] == policy_id].set_index("country")
    year_of = {c: (int(adopt.at[c, "adoption_date"].year) if bool(adopt.at[c, "adopted"]) else None)
               for c in adopt.index}
    rows = []
    for country in core:
        if bool(adopt.at[country, "at_independence"]):
            continue
        adopted_in = year_of[country]
        for r in panel[panel["country"] == country].sort_values("year").to_dict("records"):
            year = int(r["year"])
            prior = sum(1 for c, y in year_of.items() if c != country and y is not None and y < year)
            rows.append({"country": country, "year": year, "policy_id": policy_id,
                         "adopted": int(adopted_in == year), "after_adoption": adopted_in is not None and year > adopted_in,
                         "prior_adopters": prior, "level": r["level"], "level_known": r["level"] != "unknown"})
    out = pd.DataFrame(rows, columns=["country", "year", "policy_id", "adopted", "after_adoption",
                                      "prior_adopters", "level", "level_known"])
    out.attrs["steppe_version"] = panel.attrs.get("steppe_version")
    return _typed(out, "event_history")


def innovativeness(policies=None) -> DataFrame[Innovativeness]:
    """Each state's static innovativeness over the indicators (as in SPID, Boehmke et al.):
    the mean of its standardised adoption order, sign reversed so that higher = earlier.

    For each indicator adopted by at least one state and not held by all from
    independence, the states are ranked by adoption date (ties share the lower place;
    states that never adopted share the place after the last adopter); the ranks are
    standardised within the indicator (mean 0, standard deviation 1) and averaged over
    indicators per state. A state that has not adopted an indicator and whose level today
    is unknown is left out of that indicator (it may have adopted it since), so
    ``indicators``, which counts the indicators that entered a state's mean, can differ.

    Example:
        >>> import steppe
        >>> scores = steppe.compare.innovativeness()
        >>> sorted(scores.columns)
        ['adopted', 'country', 'indicators', 'innovativeness']
        >>> int(scores.set_index("country").loc["TKM", "indicators"]) < int(scores["indicators"].max())
        True
    """
    table = load("policy_adoptions", validate=False)
    if policies is not None:
        table = table[table["policy_id"].isin(list(policies))]
    scores = []
    for policy_id, mine in table.groupby("policy_id", observed=True):
        mine = mine[mine["adopted"] | (mine["level_now"] != "unknown")]
        if not mine["adopted"].any() or mine["at_independence"].all():
            continue
        last = mine["adoption_order"].max()
        place = mine["adoption_order"].astype("Float64").fillna(float(last) + 1)
        if place.std(ddof=0) == 0:
            continue
        z = (place - place.mean()) / place.std(ddof=0)
        scores.append(pd.DataFrame({"country": mine["country"].astype(str), "z": -z.astype(float),
                                    "adopted": mine["adopted"].astype(bool)}))
    allz = pd.concat(scores, ignore_index=True)
    out = allz.groupby("country").agg(innovativeness=("z", "mean"), indicators=("z", "size"),
                                      adopted=("adopted", "sum")).reset_index()
    out["innovativeness"] = out["innovativeness"].round(3)
    return _typed(out.sort_values("innovativeness", ascending=False, ignore_index=True), "innovativeness")


def elections(countries=None, until=None) -> DataFrame[ElectionComparison]:
    """One row per state: its presidential elections up to ``until`` (default: all), how
    many were early, indirect or needed a second round, the median winner's share and
    turnout, and the share of contests with a real runner-up.

    Counts are of elections (a run-off counts with its first round); shares are medians
    over the rounds that decided an election, on each row's own basis (``pct_basis``;
    mostly shares of ballots cast or of valid votes, as the commissions published them).
    ``contested_share`` is the fraction of popular elections whose second-placed
    candidate (not 'against all') had more than 10 %.

    Example:
        >>> import steppe
        >>> e = steppe.compare.elections(["KAZ"]).iloc[0]
        >>> (int(e["elections"]), int(e["early"]), float(e["contested_share"]))
        (8, 5, 0.29)
    """
    core = core_countries(countries)
    rounds = load("elections", validate=False)
    events = load("events", validate=False)[["event_id", "country", "date"]]
    results = load("election_results", validate=False)
    rounds = rounds.merge(events, on="event_id")
    if until is not None:
        rounds = rounds[rounds["date"] <= pd.Timestamp(until)]
    deciding = rounds[rounds["winner"].notna()]
    second = results.assign(_rank=results[results["candidate"] != "against_all"].groupby("event_id")["pct"]
                            .rank(ascending=False, method="first"))
    second = second[second["_rank"] == 2].set_index("event_id")["pct"]
    rows = []
    for country in core:
        mine = rounds[rounds["country"] == country]
        won = deciding[deciding["country"] == country]
        popular = won[won["kind"] != "indirect"]
        runner = second.reindex(popular["event_id"])
        rows.append({
            "country": country,
            "elections": int((mine["round"] == 1).sum()),
            "early": int(((mine["kind"] == "early") & (mine["round"] == 1)).sum()),
            "indirect": int((mine["kind"] == "indirect").sum()),
            "second_rounds": int((mine["round"] == 2).sum()),
            "first": mine["date"].min(), "last": mine["date"].max(),
            "median_winner_pct": won["winner_pct"].astype("Float64").median(),
            "median_turnout_pct": popular["turnout_pct"].astype("Float64").median(),
            "contested_share": round(float((runner.astype("Float64") > 10).fillna(False).mean()), 2)
            if len(popular) else float("nan"),
            "uncontested": int((popular["candidates"] == 1).sum()),
        })
    out = pd.DataFrame(rows)
    out.attrs["steppe_version"] = rounds.attrs.get("steppe_version")
    return _typed(out, "election_comparison")
