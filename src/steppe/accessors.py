"""One typed accessor per table: ``steppe.treaty_actions()`` returns ``DataFrame[TreatyActions]``.

The annotations name the pandera models without importing pandera at ``import steppe``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .load import load

if TYPE_CHECKING:  # pragma: no cover - typing only
    from pandera.typing import DataFrame

    from .models import (Claims, Corrections, Countries, CountryYear, DeathPenalty, ElectionResults, Elections,
                         Events, Institutions,
                         Instruments, Leaders, NhriAccreditations, Policies, PolicyAdoptions, PolicyLevels,
                         PolicySpells, PolicyYear, Referendums, Sources, TermLimits, TreatyActions,
                         TreatyStatus)


def countries() -> DataFrame[Countries]:
    """The states, with ISO, Correlates of War and V-Dem codes.

    Example:
        >>> countries().set_index("country").loc["KAZ", "iso2"]
        'KZ'
    """
    return load("countries")


def sources() -> DataFrame[Sources]:
    """Every cited source. Example: ``steppe.sources()["kind"].value_counts()``."""
    return load("sources")


def instruments() -> DataFrame[Instruments]:
    """Tracked treaties, protocols and soft-law standards.

    Example:
        >>> "UNTOC" in set(instruments()["instrument"])
        True
    """
    return load("instruments")


def treaty_actions() -> DataFrame[TreatyActions]:
    """Depositary actions (signature, ratification, accession, ...) with dates.

    Example:
        >>> set(treaty_actions()["country"]) <= {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
        True
    """
    return load("treaty_actions")


def treaty_status() -> DataFrame[TreatyStatus]:
    """Status of every core state on every tracked treaty. Example: ``steppe.treaty_status()``."""
    return load("treaty_status")


def events() -> DataFrame[Events]:
    """Constitutions, amendments, referendums, laws and decisions.

    Example:
        >>> events()["kind"].dtype.name
        'category'
    """
    return load("events")


def referendums() -> DataFrame[Referendums]:
    """Referendum results. Example: ``steppe.referendums()[["event_id", "yes_pct"]]``."""
    return load("referendums")


def term_limits() -> DataFrame[TermLimits]:
    """Spells of presidential term rules. Example: ``steppe.term_limits().query("country == 'KAZ'")``."""
    return load("term_limits")


def institutions() -> DataFrame[Institutions]:
    """Ombudsmen, constitutional review bodies, torture-prevention mechanisms.

    Example: ``steppe.institutions().query("kind == 'ombudsman'")``.
    """
    return load("institutions")


def nhri_accreditations() -> DataFrame[NhriAccreditations]:
    """GANHRI accreditation decisions. Example: ``steppe.nhri_accreditations()``."""
    return load("nhri_accreditations")


def death_penalty() -> DataFrame[DeathPenalty]:
    """Spells of death-penalty status. Example: ``steppe.death_penalty()``."""
    return load("death_penalty")


def leaders() -> DataFrame[Leaders]:
    """Presidents and acting presidents. Example: ``steppe.leaders().query("end.isna()")``."""
    return load("leaders")


def claims() -> DataFrame[Claims]:
    """Published claims about reforms and their verdicts. Example: ``steppe.claims()``."""
    return load("claims")


def corrections() -> DataFrame[Corrections]:
    """Corrections of values published in earlier releases. Example: ``steppe.corrections()``."""
    return load("corrections")


def country_year() -> DataFrame[CountryYear]:
    """The derived country-year panel (rules at 31 December).

    Example:
        >>> bool(country_year().groupby("country").size().min() > 30)
        True
    """
    return load("country_year")


def policies() -> DataFrame[Policies]:
    """The reform indicators of the policy tracker: question, levels, adoption level.

    Example:
        >>> "trafficking_law" in set(policies()["policy_id"])
        True
    """
    return load("policies")


def policy_levels() -> DataFrame[PolicyLevels]:
    """The codebook of the indicators: each level's rank, label and coding rule.

    Example:
        >>> policy_levels().query("policy_id == 'term_limit'")["level"].tolist()
        ['binding', 'exempt', 'none']
    """
    return load("policy_levels")


def policy_spells() -> DataFrame[PolicySpells]:
    """Spells of every indicator's level, curated and derived, from independence to today.

    Example:
        >>> s = policy_spells().query("country == 'KAZ' and policy_id == 'death_penalty'")
        >>> s["level"].tolist()
        ['retentionist', 'moratorium', 'abolished_all']
    """
    return load("policy_spells")


def policy_adoptions() -> DataFrame[PolicyAdoptions]:
    """Per state and indicator: adoption date, act, order among the five, lag, reversals.

    Example:
        >>> a = policy_adoptions().set_index(["country", "policy_id"])
        >>> int(a.loc[("KGZ", "treaty_opcat"), "adoption_order"])
        2
    """
    return load("policy_adoptions")


def policy_year() -> DataFrame[PolicyYear]:
    """Every indicator's level at 31 December of each year (long; joins ``country_year``).

    Example:
        >>> len(policy_year()) == len(country_year()) * policies().shape[0]
        True
    """
    return load("policy_year")


def elections() -> DataFrame[Elections]:
    """Presidential election rounds: counts, turnout, winner, basis of shares, observation.

    Example:
        >>> elections().set_index("event_id").loc["KAZ-2022-11-20-election", "winner"]
        'KAZ-tokayev-2019'
    """
    return load("elections")


def election_results() -> DataFrame[ElectionResults]:
    """Each candidate's votes and share in each presidential election round.

    Example:
        >>> r = election_results().query("event_id == 'UZB-2023-07-09-election'")
        >>> len(r)
        4
    """
    return load("election_results")
