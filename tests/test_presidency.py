"""Presidential rules: spells cover independence to today, link to their events, and as-of agrees."""

from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

import steppe
from steppe.cli import main

CORE = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]


@pytest.mark.parametrize("table, start, end", [("term_limits", "valid_from", "valid_to"),
                                                ("death_penalty", "valid_from", "valid_to")])
def test_spells_run_from_independence_to_today(table, start, end):
    spells = steppe.load(table)
    independence = steppe.load("countries").set_index("country")["independence_date"]
    for country in CORE:
        mine = spells[spells["country"] == country].sort_values(start)
        assert len(mine), country
        assert mine[start].iloc[0] <= independence[country], country
        assert mine[end].iloc[:-1].tolist() == mine[start].iloc[1:].tolist(), country
        assert pd.isna(mine[end].iloc[-1]), f"{country}: the last spell must be open (in force)"


def test_spell_events_exist_and_start_the_spell():
    events = steppe.load("events").set_index("event_id")
    for table in ("term_limits", "death_penalty"):
        for row in steppe.load(table).dropna(subset=["event_id"]).to_dict("records"):
            ev = events.loc[row["event_id"]]
            assert row["valid_from"] in (ev["date"], ev["in_force_date"]), (table, row["event_id"])


def test_every_referendum_has_a_result():
    events = steppe.load("events")
    results = set(steppe.load("referendums")["event_id"])
    assert set(events.loc[events["kind"] == "referendum", "event_id"]) == results


def test_leaders_do_not_overlap():
    leaders = steppe.load("leaders").sort_values(["country", "start"])
    for country, mine in leaders.groupby("country", observed=True):
        ends = mine["end"].iloc[:-1].to_numpy()
        starts = mine["start"].iloc[1:].to_numpy()
        assert (ends <= starts).all(), country


@pytest.mark.parametrize("day", ["1996-01-01", "2003-07-01", "2010-01-01", "2016-09-01", "2023-06-01"])
def test_as_of_agrees_with_the_spells(day):
    answer = steppe.as_of(day).set_index("country")
    spells = steppe.load("term_limits")
    t = pd.Timestamp(day)
    for country in CORE:
        mine = spells[(spells["country"] == country) & (spells["valid_from"] <= t)
                      & (spells["valid_to"].isna() | (spells["valid_to"] > t))]
        assert len(mine) == 1
        expected = mine.iloc[0]
        got = answer.loc[country]
        for col in ("term_years", "max_terms"):
            assert (pd.isna(got[col]) and pd.isna(expected[col])) or got[col] == expected[col], (country, col)
        assert got["limit_kind"] == expected["limit_kind"] or pd.isna(expected["limit_kind"])


def test_known_rules():
    """A few rules checked against the constitutions' texts (see the rows' sources)."""
    kaz = steppe.as_of("2023-06-01").set_index("country").loc["KAZ"]
    assert (kaz["term_years"], kaz["max_terms"], kaz["limit_kind"]) == (7, 1, "lifetime")
    assert kaz["constitutional_review"] == "court" and kaz["death_penalty"] == "abolished_all"
    assert steppe.as_of("2016-09-01").set_index("country").loc["KAZ", "constitutional_review"] == "council"
    assert pd.isna(steppe.as_of("2020-01-01").set_index("country").loc["TKM", "max_terms"])
    # Turkmenistan dropped the two-consecutive-term clause with the 1999 life presidency
    tkm = steppe.as_of("2003-01-01").set_index("country").loc["TKM"]
    assert (tkm["limit_kind"], bool(tkm["incumbent_exempt"])) == ("none", True) and pd.isna(tkm["max_terms"])
    # Tajikistan had no presidency between the 1992 abolition and the 1994 Constitution
    assert steppe.as_of("1993-06-01").set_index("country").loc["TJK", "limit_kind"] == "no_office"
    # Kyrgyzstan: the 2021 mandate counts as the first of two terms (Constitutional Court, 2026)
    kgz = steppe.as_of("2026-11-30").set_index("country").loc["KGZ"]
    assert (kgz["term_years"], kgz["max_terms"], kgz["limit_kind"]) == (5, 2, "lifetime")


@pytest.mark.parametrize("day", ["1996-01-01", "2010-01-01", "2026-11-30"])
def test_as_of_command_prints_complete_rows(day):
    result = CliRunner().invoke(main, ["as-of", day, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = pd.read_csv(pd.io.common.StringIO(result.output))
    assert sorted(rows["country"]) == CORE
    assert rows[["term_years", "president", "constitutional_review", "death_penalty"]].notna().all().all()


def test_panel_is_the_as_of_answer_at_year_end():
    panel = steppe.country_year().set_index(["country", "year"])
    snap = steppe.as_of("2012-12-31").set_index("country")
    for country in CORE:
        for col in ("term_years", "limit_kind", "constitutional_review", "nhri_status", "party_OPCAT"):
            a, b = panel.loc[(country, 2012), col], snap.loc[country, col]
            assert (pd.isna(a) and pd.isna(b)) or a == b, (country, col)


def test_term_limit_comparison_counts_the_coded_events():
    table = steppe.compare.term_limits(until="2026-11-30").set_index("country")
    events = steppe.load("events")
    coded = events.groupby(["country", "term_limit_effect"], observed=True).size()
    for country in CORE:
        for effect in steppe.compare.EFFECTS:
            assert table.loc[country, effect] == coded.get((country, effect), 0), (country, effect)


def test_term_limit_comparison_years_cover_the_spells():
    until = pd.Timestamp("2026-11-30")
    table = steppe.compare.term_limits(until=until).set_index("country")
    spells = steppe.load("term_limits")
    for country in CORE:
        first = spells.loc[spells["country"] == country, "valid_from"].min()
        total = table.loc[country, ["years_binding", "years_exempt", "years_no_limit", "years_unknown"]].sum()
        assert abs(total - (until - first).days / 365.25) < 0.25, country
    # Turkmenistan had no limit on the number of terms from 1999 to today
    assert table.loc["TKM", "rule_at_end"] == "7-year term, no limit on terms"
    assert table.loc["TKM", "years_no_limit"] > 26


def test_compare_term_limits_command():
    result = CliRunner().invoke(main, ["compare", "term-limits", "--until", "2010-01-01", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = pd.read_csv(pd.io.common.StringIO(result.output)).set_index("country")
    assert sorted(rows.index) == CORE
    assert rows.loc["KAZ", "rule_at_end"] == "5-year term, at most 2 consecutive, incumbent exempt"
    bad = CliRunner().invoke(main, ["compare", "term-limits", "--until", "2010-02-30"])
    assert bad.exit_code == 2 and "'2010-02-30' is not a date; expected a calendar day written YYYY-MM-DD" in bad.output


def test_every_constitution_is_a_constitution_event():
    events = steppe.events()
    constitutions = events[events["kind"] == "constitution"]
    assert set(constitutions.query("country == 'KGZ'")["event_id"]) >= {
        "KGZ-1993-05-05-constitution", "KGZ-2010-06-27-constitution", "KGZ-2021-04-11-constitution"}
    links = steppe.referendums().dropna(subset=["adopted_event_id"]).set_index("adopted_event_id")["event_id"]
    adopted = constitutions[constitutions["adopted_by"] == "referendum"]
    assert len(adopted) >= 8 and set(adopted["event_id"]) <= set(links.index)
    assert not links.index.duplicated().any()
