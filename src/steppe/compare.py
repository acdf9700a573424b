"""Cross-country comparisons computed from the curated tables.

Example:
    >>> import steppe
    >>> m = steppe.compare.ratifications(["UNTOC", "OPCAT"])
    >>> sorted(m["instrument"].unique())
    ['OPCAT', 'UNTOC']
"""

from __future__ import annotations

import pandas as pd

from .derive import CONSENT, treaty_status_from
from .load import load


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
    wanted = [countries.upper()] if isinstance(countries, str) else [c.upper() for c in countries]
    unknown = sorted(set(wanted) - set(core))
    if unknown:
        raise KeyError(f"unknown country code(s): {', '.join(unknown)}; expected {', '.join(core)}")
    return [c for c in core if c in wanted]


def ratifications(instruments=None, countries=None) -> pd.DataFrame:
    """One row per state × treaty: status today, consent and signature dates, and the delay.

    ``delay_days`` counts the days from the instrument's opening for signature (its
    adoption where the opening day is not recorded, see ``delay_from``) to the state's
    consent. Soft-law standards are left out: they have no depositary actions.

    Example:
        >>> import steppe
        >>> r = steppe.compare.ratifications(["UNTOC"], ["KAZ"]).iloc[0]
        >>> (r["status"], r["consent_action"], str(r["consent_date"].date()))
        ('party', 'ratification', '2008-07-31')
    """
    inst = load("instruments", validate=False)
    inst = inst[inst["kind"] != "soft_law"]
    if instruments is not None:
        wanted = [instruments] if isinstance(instruments, str) else list(instruments)
        unknown = sorted(set(wanted) - set(inst["instrument"]))
        if unknown:
            raise KeyError(f"unknown instrument(s): {', '.join(unknown)}; expected codes from steppe.instruments()")
        inst = inst[inst["instrument"].isin(wanted)]
    core = core_countries(countries)
    actions = load("treaty_actions", validate=False)
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
    return out


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


def term_limits(countries=None, until=None) -> pd.DataFrame:
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
    return out


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
