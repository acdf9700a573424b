"""The policy tracker, derived: spells of the indicators that follow from tables already
curated, every indicator's adoption date (the SPID shape) and the indicator-year panel.

Curated indicators are researched by hand (``data/curated/policy_spells.csv``); derived
ones (term limits, review body, ombudsman, NHRI status, NPM, death penalty, treaty consent)
are computed here from the curated tables, never typed in twice. Both end in one
``policy_spells`` table of the same shape.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .derive import CONSENT, REVIEW, _spell_at, rules_at

UNKNOWN = "unknown"
_REVIEW_LEVEL = {"court": "court", "council": "council_or_chamber", "chamber": "council_or_chamber",
                 "none": "none"}


def treaty_policy(instrument: str) -> str:
    """The policy_id of consent to a treaty.

    Example:
        >>> treaty_policy("UNTOC-TIP")
        'treaty_untoc_tip'
    """
    return "treaty_" + instrument.lower().replace("-", "_")


def _levels_from_rules(rules: pd.DataFrame) -> dict[str, pd.Series]:
    """Each derived indicator's level on each row of a ``rules_at`` frame."""
    kind = rules["limit_kind"].astype("object")
    exempt = rules["incumbent_exempt"].astype("object")
    term = pd.Series("binding", index=rules.index, dtype="object")
    term[exempt.fillna(False).astype(bool)] = "exempt"
    term[kind.isin(["none", "no_office"])] = "none"
    term[kind.isna()] = UNKNOWN
    single = pd.Series("no", index=rules.index, dtype="object")
    single[rules["max_terms"].astype("Float64").fillna(0).eq(1).astype(bool)] = "yes"
    single[kind.isna()] = UNKNOWN
    yes_no = {True: "yes", False: "no"}
    return {
        "term_limit": term,
        "single_term": single,
        "constitutional_review": rules["constitutional_review"].astype("object").map(_REVIEW_LEVEL),
        "ombudsman": rules["ombudsman"].astype("object").map(yes_no),
        "nhri_status": rules["nhri_status"].astype("object"),
        "npm": rules["npm"].astype("object").map(yes_no),
        "death_penalty": rules["death_penalty"].astype("object"),
    }


def _collapse(frame: pd.DataFrame) -> pd.DataFrame:
    """Runs of equal level per (country, policy_id) as half-open spells; the last is open."""
    frame = frame.sort_values(["country", "policy_id", "valid_from"], kind="mergesort", ignore_index=True)
    key = frame["country"] + "|" + frame["policy_id"]
    changed = (key != key.shift()) | (frame["level"] != frame["level"].shift())
    spells = frame[changed].copy()
    spells_key = key[changed]
    spells["valid_to"] = spells["valid_from"].shift(-1).where(spells_key == spells_key.shift(-1))
    return spells.reset_index(drop=True)


def derived_spells(tables: dict[str, pd.DataFrame], policies: pd.DataFrame, current_to) -> pd.DataFrame:
    """Spells of every derived indicator, from independence to ``current_to``.

    The rules are read (``rules_at``) on every day any source table changes, so a level
    changes exactly where a curated spell, tenure, institution, decision or treaty action
    starts or ends; runs of one level become one spell.

    Example:
        >>> import steppe
        >>> from steppe.load import tables
        >>> t = tables()
        >>> s = derived_spells(t, t["policies"], "2026-11-30")
        >>> s.query("country == 'KAZ' and policy_id == 'term_limit'")["level"].tolist()
        ['binding', 'exempt', 'binding', 'exempt', 'binding']
    """
    end = pd.Timestamp(current_to)
    countries = tables["countries"]
    core = countries[countries["is_core"].fillna(False).astype(bool)]
    start = core["independence_date"].min()
    dates = [core["independence_date"]]
    for table, columns in (("term_limits", ["valid_from", "valid_to"]), ("leaders", ["start", "end"]),
                           ("institutions", ["established", "abolished"]),
                           ("nhri_accreditations", ["decision_date"]),
                           ("death_penalty", ["valid_from", "valid_to"]), ("treaty_actions", ["date"])):
        for column in columns:
            dates.append(tables[table][column])
    days = pd.to_datetime(pd.concat(dates, ignore_index=True)).dropna()
    days = sorted(set(days[(days >= start) & (days <= end)]))
    rules = rules_at(days, tables)
    rules = rules[rules["independent"].astype(bool)].reset_index(drop=True)
    wanted = set(policies.loc[policies["source_kind"] == "derived", "policy_id"])
    frames = []
    for policy_id, level in _levels_from_rules(rules).items():
        if policy_id in wanted:
            frames.append(pd.DataFrame({"country": rules["country"], "policy_id": policy_id,
                                        "valid_from": rules["date"], "level": level.fillna(UNKNOWN)}))
    frames.append(_treaty_levels(tables, core, end, wanted))
    spells = _collapse(pd.concat(frames, ignore_index=True))
    starts = _starts(tables)
    found = [starts.get(_SOURCE.get(p), {}).get((c, day), (None, "day"))
             for c, p, day in zip(spells["country"].astype("object"), spells["policy_id"], spells["valid_from"])]
    spells["event_id"] = pd.array([event for event, _ in found], dtype="string")
    spells["valid_from_precision"] = [precision for _, precision in found]
    spells["source_ids"], spells["confidence"] = _attribution(spells, tables)
    spells.loc[spells["level"] == UNKNOWN, "confidence"] = pd.NA  # as on curated unknown spells
    derived_from = policies.set_index("policy_id")["derived_from"]
    spells["notes"] = "derived from " + spells["policy_id"].map(derived_from).astype("object")
    spells["source_kind"] = "derived"
    return spells


#: The source rows whose start sets the level of each derived indicator (treaty actions
#: are dated to the day and are not events; accreditation decisions are not events).
_SOURCE = {"term_limit": "term_limits", "single_term": "term_limits", "death_penalty": "death_penalty",
           "constitutional_review": "review", "ombudsman": "ombudsman", "npm": "npm", "nhri_status": "nhri"}
_COARSER = {"day": 0, "month": 1, "year": 2}


def _starts(tables: dict[str, pd.DataFrame]) -> dict[str, dict[tuple, tuple]]:
    """Per source of the derived indicators, (country, day) → (act, precision) for every
    row starting that day: the act (event) that set it up where recorded, and the date's
    precision (the coarsest where several rows start on one day)."""
    events = tables["events"]
    event_day = dict(zip(events["event_id"], zip(events["date"], events["date_precision"].astype("object"))))
    found: dict[str, dict[tuple, tuple]] = {s: {} for s in ("term_limits", "death_penalty", "review", "ombudsman",
                                                          "npm", "nhri")}

    def note(source: str, country, day, event, precision) -> None:
        event = None if event is None or pd.isna(event) else event
        precision = precision if precision in _COARSER else "day"
        had_event, had = found[source].get((country, day), (None, "day"))
        found[source][(country, day)] = (event or had_event,
                                         precision if _COARSER[precision] > _COARSER[had] else had)

    for source in ("term_limits", "death_penalty"):
        t = tables[source]
        for country, day, event in zip(t["country"].astype("object"), t["valid_from"], t["event_id"]):
            act = event_day.get(event)
            # A spell starting on its act's (maybe imprecise) date has that date's precision.
            note(source, country, day, event, act[1] if act is not None and act[0] == day else "day")
    institutions = tables["institutions"]
    country_of = dict(zip(institutions["institution_id"], institutions["country"].astype("object")))
    for kind, country, day, event, precision in zip(
            institutions["kind"].astype("object"), institutions["country"].astype("object"),
            institutions["established"], institutions["event_id"], institutions["established_precision"].astype("object")):
        source = "review" if kind in REVIEW else kind
        if source in found:
            note(source, country, day, event, precision)
        if kind == "ombudsman":  # the NHRI status follows the ombudsman, not the courts
            note("nhri", country, day, None, precision)
    nhri = tables["nhri_accreditations"]
    for institution, day, precision in zip(nhri["institution_id"], nhri["decision_date"],
                                           nhri["date_precision"].astype("object")):
        note("nhri", country_of.get(institution), day, None, precision)
    return found


def _attribution(spells: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> tuple[pd.Series, pd.Series]:
    """``source_ids`` and ``confidence`` of each derived spell: those of the curated row
    in force where the spell starts (the term-limit or death-penalty spell, the review
    body, ombudsman or mechanism, the accreditation decision of that day, the state's
    last treaty action). Blank where no row holds the level up (no body; no action yet)."""
    sources = pd.Series(None, index=spells.index, dtype="object")
    confidence = pd.Series(None, index=spells.index, dtype="object")
    grid = spells[["country", "policy_id", "valid_from"]].rename(columns={"valid_from": "date"})
    grid = grid.astype({"country": "object", "policy_id": "object"})

    def fill(mask, rows: pd.DataFrame, start: str, end: str | None, by: str = "country") -> None:
        mask = mask & sources.isna()
        if not mask.any() or rows.empty:
            return
        rows = rows.assign(_never=pd.NaT) if end is None else rows
        hit = _spell_at(grid[mask], rows, start, end or "_never", ["source_ids", "confidence"], by=by)
        sources[mask] = hit["source_ids"]
        confidence[mask] = hit["confidence"]

    policy = grid["policy_id"]
    fill(policy.isin(["term_limit", "single_term"]), tables["term_limits"], "valid_from", "valid_to")
    fill(policy == "death_penalty", tables["death_penalty"], "valid_from", "valid_to")
    institutions = tables["institutions"].astype({"kind": "object"})
    for policy_id, kinds in (("constitutional_review", list(REVIEW)), ("ombudsman", ["ombudsman"]), ("npm", ["npm"])):
        fill(policy == policy_id, institutions[institutions["kind"].isin(kinds)], "established", "abolished")
    decisions = tables["nhri_accreditations"].merge(institutions[["institution_id", "country"]], on="institution_id")
    on_day = grid.merge(decisions.rename(columns={"decision_date": "date"})[["country", "date", "source_ids", "confidence"]],
                        on=["country", "date"], how="left").set_index(grid.index)
    nhri = (policy == "nhri_status") & on_day["source_ids"].notna()
    sources[nhri], confidence[nhri] = on_day.loc[nhri, "source_ids"], on_day.loc[nhri, "confidence"]
    fill(policy == "nhri_status", institutions[institutions["kind"] == "ombudsman"], "established", "abolished")
    actions = tables["treaty_actions"].astype({"country": "object", "instrument": "object"})
    actions = actions.assign(_key=actions["country"] + "|" + actions["instrument"].map(treaty_policy))
    grid["_key"] = grid["country"] + "|" + policy
    # The last action on or before the start (an action before independence counts from then).
    fill(policy.str.startswith("treaty_"), actions, "date", None, by="_key")
    return sources.astype("string"), confidence.astype("string")


def _treaty_levels(tables, core: pd.DataFrame, end: pd.Timestamp, wanted: set[str]) -> pd.DataFrame:
    """Level (none / signatory / party) of each treaty indicator after each depositary action:
    a signature makes a signatory, a consent a party, a denunciation ends the party status."""
    instruments = tables["instruments"]
    treaties = sorted(instruments.loc[instruments["kind"] != "soft_law", "instrument"])
    treaties = [t for t in treaties if treaty_policy(t) in wanted]
    independence = core[["country", "independence_date"]].astype({"country": "object"})
    start = independence.merge(pd.DataFrame({"instrument": treaties}), how="cross")
    start = start.assign(valid_from=start["independence_date"], level="none", _order=0)
    acts = tables["treaty_actions"].astype({"country": "object", "instrument": "object", "action": "object"})
    acts = acts[acts["instrument"].isin(treaties) & (acts["date"] <= end)]
    acts = acts.merge(independence, on="country").sort_values(["country", "instrument", "date"], kind="mergesort")
    key = [acts["country"], acts["instrument"]]
    signed = (acts["action"] == "signature").groupby(key).cummax()
    party = pd.Series(pd.NA, index=acts.index, dtype="boolean")
    party[acts["action"].isin(CONSENT)] = True
    party[acts["action"] == "denunciation"] = False
    party = party.groupby(key).ffill().fillna(False).astype(bool)
    acts = acts.assign(valid_from=acts[["date", "independence_date"]].max(axis=1), _order=1,
                       level=pd.Series("none", index=acts.index).where(~signed, "signatory").where(~party, "party"))
    frame = pd.concat([start, acts], ignore_index=True).sort_values(
        ["country", "instrument", "valid_from", "_order"], kind="mergesort")
    frame["policy_id"] = frame["instrument"].map(treaty_policy)
    # Several actions on one day: the last one decides the day's level.
    frame = frame.drop_duplicates(["country", "policy_id", "valid_from"], keep="last")
    return frame[["country", "policy_id", "valid_from", "level"]]


def level_ranks(levels: pd.DataFrame) -> dict[tuple[str, str], int]:
    """(policy_id, level) → rank, from the ``policy_levels`` table.

    Example:
        >>> import steppe
        >>> level_ranks(steppe.load("policy_levels"))[("death_penalty", "abolished_all")]
        3
    """
    return {(p, lv): int(r) for p, lv, r in zip(levels["policy_id"], levels["level"], levels["rank"])}


def all_spells(tables: dict[str, pd.DataFrame], current_to) -> pd.DataFrame:
    """Curated and derived spells together, with each level's rank and the spell's kind.

    Example:
        >>> import steppe
        >>> from steppe.load import tables
        >>> s = all_spells(tables(), "2026-11-30")
        >>> sorted(s["source_kind"].unique())
        ['curated', 'derived']
    """
    curated = tables["policy_spells"]
    curated = curated[curated["policy_id"].isin(
        tables["policies"].loc[tables["policies"]["source_kind"] == "curated", "policy_id"])].copy()
    curated["source_kind"] = "curated"
    derived = derived_spells(tables, tables["policies"], current_to)
    spells = pd.concat([curated.astype({"country": "object", "policy_id": "object", "level": "object"}),
                        derived], ignore_index=True)
    ranks = level_ranks(tables["policy_levels"])
    spells["level_rank"] = pd.array([ranks.get(k) for k in zip(spells["policy_id"], spells["level"])],
                                    dtype="Int64")
    return spells.sort_values(["country", "policy_id", "valid_from"], kind="mergesort", ignore_index=True)


def adoptions(spells: pd.DataFrame, policies: pd.DataFrame, levels: pd.DataFrame) -> pd.DataFrame:
    """Per state and indicator: first day at or above the adoption level, the act, the
    state's order among the five and lag behind the first adopter, and later reversals
    (drops from at or above the adoption level to below it; unknown periods are skipped).

    Example:
        >>> import steppe
        >>> a = steppe.load("policy_adoptions").set_index(["country", "policy_id"])
        >>> str(a.loc[("KGZ", "death_penalty"), "adoption_date"].date())
        '2007-06-25'
    """
    ranks = level_ranks(levels)
    threshold = {p: ranks[(p, a)] for p, a in zip(policies["policy_id"], policies["adoption_level"])}
    s = spells.sort_values(["country", "policy_id", "valid_from"], kind="mergesort", ignore_index=True)
    s = s.astype({"country": "object", "policy_id": "object", "level": "object"})
    bar = s["policy_id"].map(threshold)
    rank = s["level_rank"].astype("Float64")
    up = (rank >= bar).fillna(False).astype(bool)
    position = s.groupby(["country", "policy_id"]).cumcount()
    before = s.groupby(["country", "policy_id"])["level"].shift()
    first = s[up].groupby(["country", "policy_id"]).head(1)
    # Reversals: among the known spells, a drop below the bar right after one at or above it.
    known = s[rank.notna()]
    known_up = up[known.index]
    prev_up = known_up.groupby([known["country"], known["policy_id"]]).shift().fillna(False).astype(bool)
    reversal = known[prev_up & ~known_up]
    out = s.groupby(["country", "policy_id"], sort=True).agg(level_now=("level", "last")).reset_index()
    firsts = pd.DataFrame({"country": first["country"], "policy_id": first["policy_id"],
                           "adoption_date": first["valid_from"],
                           "adoption_date_precision": first["valid_from_precision"].astype("object"),
                           "adoption_level": first["level"],
                           "event_id": first["event_id"].astype("object").where(first["event_id"].notna(), None),
                           "at_independence": position[first.index] == 0,
                           "after_unknown": before[first.index] == UNKNOWN})
    rev = reversal.groupby(["country", "policy_id"]).agg(reversals=("valid_from", "size"),
                                                          last_reversal_date=("valid_from", "max")).reset_index()
    out = out.merge(firsts, on=["country", "policy_id"], how="left").merge(rev, on=["country", "policy_id"], how="left")
    out["adopted"] = out["adoption_date"].notna()
    out["at_independence"] = out["at_independence"].astype("boolean").fillna(False).astype(bool)
    out["after_unknown"] = out["after_unknown"].astype("boolean").fillna(False).astype(bool)
    out["reversals"] = out["reversals"].fillna(0).astype(int)
    first_day = out.groupby("policy_id")["adoption_date"].transform("min")
    out["lag_days"] = (out["adoption_date"] - first_day).dt.days.astype("Int64")
    out["adoption_order"] = _places(out)
    return out


#: How long a date of each precision stands for: the day, or the whole month or year.
PRECISION_WINDOW = {"day": pd.DateOffset(days=1), "month": pd.DateOffset(months=1), "year": pd.DateOffset(years=1)}


def window_ends(days: pd.Series, precisions: pd.Series) -> pd.Series:
    """The first day after the period each date stands for: the next day for a date known
    to the day, the 1st of the next month or year for one known only to the month or year
    (blank precision counts as day; blank dates stay blank).

    Example:
        >>> days = pd.Series(pd.to_datetime(["2020-01-01", "2012-04-01", "2008-11-06"]))
        >>> window_ends(days, pd.Series(["year", "month", "day"])).dt.date.astype(str).tolist()
        ['2021-01-01', '2012-05-01', '2008-11-07']
    """
    precisions = pd.Series(precisions, index=days.index).astype("object").fillna("day")
    ends = pd.Series(pd.NaT, index=days.index, dtype="datetime64[ns]")
    for precision, offset in PRECISION_WINDOW.items():
        chosen = (precisions == precision).to_numpy()
        ends[chosen] = pd.to_datetime(days[chosen]) + offset
    return ends


def _places(adoptions: pd.DataFrame) -> pd.Series:
    """Each adopter's place: 1 + the states that certainly adopted before it, i.e. whose
    adoption window (the day, or the month or year where only that is known) ended on or
    before its own start. States adopting the same day share a place, and so do states
    whose dates cannot be ordered (a year-only date and a day inside that year)."""
    places = pd.Series(pd.NA, index=adoptions.index, dtype="Int64")
    adopted = adoptions[adoptions["adoption_date"].notna()]
    ends = window_ends(adopted["adoption_date"], adopted["adoption_date_precision"])
    for _, group in adopted.groupby("policy_id").groups.items():
        starts = adopted.loc[group, "adoption_date"].to_numpy()
        finished = np.sort(ends[group].to_numpy())
        places[group] = np.searchsorted(finished, starts, side="right") + 1
    return places


def policy_year(spells: pd.DataFrame, policies: pd.DataFrame, levels: pd.DataFrame,
                first_year: int, last_year: int) -> pd.DataFrame:
    """Every indicator's level at 31 December of each year (long format).

    Example:
        >>> import steppe
        >>> py = steppe.load("policy_year")
        >>> py.query("country == 'UZB' and year == 2019 and policy_id == 'treaty_opcat'")["level"].item()
        'none'
    """
    ranks = level_ranks(levels)
    threshold = {p: ranks[(p, a)] for p, a in zip(policies["policy_id"], policies["adoption_level"])}
    keys = spells[["country", "policy_id"]].drop_duplicates()
    years = pd.DataFrame({"year": range(first_year, last_year + 1)})
    grid = keys.merge(years, how="cross")
    grid["date"] = pd.to_datetime(grid["year"].astype(str) + "-12-31").astype("datetime64[ns]")
    grid["_key"] = grid["country"] + "|" + grid["policy_id"]
    grid = grid.sort_values(["date", "_key"], kind="mergesort", ignore_index=True)
    sp = spells.assign(_key=spells["country"] + "|" + spells["policy_id"])
    hit = _spell_at(grid, sp, "valid_from", "valid_to", ["level", "level_rank", "value", "confidence"], by="_key")
    out = grid[["country", "year", "policy_id"]].copy()
    out["level"] = hit["level"].fillna(UNKNOWN)
    out["level_rank"] = pd.array(hit["level_rank"], dtype="Int64")
    out["value"] = pd.array(hit["value"], dtype="Float64")
    bar = out["policy_id"].map(threshold)
    out["adopted"] = pd.array([None if pd.isna(r) else bool(r >= b) for r, b in zip(out["level_rank"], bar)],
                              dtype="boolean")
    out["confidence"] = hit["confidence"].astype("string")
    return out.sort_values(["country", "year", "policy_id"], ignore_index=True)


__all__ = ["UNKNOWN", "REVIEW", "PRECISION_WINDOW", "treaty_policy", "derived_spells", "all_spells", "adoptions",
           "policy_year", "level_ranks", "window_ends"]
