"""Presidential elections: every state's rounds since its first presidential vote, with
candidates, consistent counts, winners that match the leaders, and the comparison."""

from __future__ import annotations

import pandas as pd
from click.testing import CliRunner

import steppe
from steppe.cli import main

CORE = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]


def rounds() -> pd.DataFrame:
    events = steppe.events()[["event_id", "country", "date", "kind"]]
    return steppe.elections().merge(events, on="event_id", suffixes=("", "_event"))


def test_every_state_has_its_elections_from_the_first_to_the_latest():
    r = rounds()
    expected = {"KAZ": ["1991-12-01", "1999-01-10", "2005-12-04", "2011-04-03", "2015-04-26", "2019-06-09",
                        "2022-11-20"],
                "UZB": ["1991-12-29", "2000-01-09", "2007-12-23", "2015-03-29", "2016-12-04", "2021-10-24",
                        "2023-07-09"],
                "TKM": ["1992-06-21", "2007-02-11", "2012-02-12", "2017-02-12", "2022-03-12"],
                "KGZ": ["1991-10-12", "1995-12-24", "2000-10-29", "2005-07-10", "2009-07-23", "2011-10-30",
                        "2017-10-15", "2021-01-10"],
                "TJK": ["1991-11-24", "1994-11-06", "1999-11-06", "2006-11-06", "2013-11-06", "2020-10-11"]}
    for country, days in expected.items():
        have = set(r.loc[(r["country"] == country) & (r["kind"] != "indirect"), "date"].dt.strftime("%Y-%m-%d"))
        assert set(days) <= have, (country, sorted(set(days) - have))
    assert (r["kind_event"] == "election").all()


def test_every_round_has_candidates_and_every_row_is_sourced():
    results = steppe.election_results()
    r = steppe.elections()
    assert set(r["event_id"]) == set(results["event_id"])
    assert r["source_ids"].notna().all() and r["confidence"].notna().all()
    counted = results[results["candidate"] != "against_all"].groupby("event_id").size()
    known = r.dropna(subset=["candidates"]).set_index("event_id")["candidates"]
    assert (counted.reindex(known.index).fillna(0) <= known).all()


def test_votes_add_up_or_say_why_not():
    results = steppe.election_results()
    for row in steppe.elections().dropna(subset=["valid_votes"]).to_dict("records"):
        mine = results[results["event_id"] == row["event_id"]]
        if mine["votes"].notna().all():
            total = int(mine["votes"].sum())
            assert total == row["valid_votes"] or pd.notna(row["notes"]), row["event_id"]


def test_winners_are_the_leaders_in_office_after_the_vote_and_come_first():
    r = rounds()
    leaders = steppe.leaders().set_index("leader_id")
    results = steppe.election_results()
    for row in r.dropna(subset=["winner"]).to_dict("records"):
        tenure = leaders.loc[row["winner"]]
        assert tenure["country"] == row["country"]
        assert tenure["start"] <= row["date"] + pd.Timedelta(days=120)
        assert pd.isna(tenure["end"]) or tenure["end"] > row["date"]
        mine = results[results["event_id"] == row["event_id"]]
        if mine["pct"].notna().any() and pd.notna(row["winner_pct"]):
            assert row["winner_pct"] >= mine["pct"].max() - 0.005


def test_known_results():
    r = steppe.elections().set_index("event_id")
    assert r.loc["KAZ-2022-11-20-election", "winner_pct"] == 81.31
    assert r.loc["UZB-2023-07-09-election", "winner_pct"] == 87.05
    assert r.loc["KGZ-2021-01-10-election", "kind"] == "early"
    assert r.loc["KAZ-1990-04-24-election", "kind"] == "indirect"


def test_panel_and_as_of_carry_the_last_election():
    day = steppe.as_of("2023-01-01").set_index("country")
    assert str(day.loc["KAZ", "last_election"].date()) == "2022-11-20"
    assert day.loc["KAZ", "last_election_winner_pct"] == 81.31
    panel = steppe.country_year().set_index(["country", "year"])
    assert str(panel.loc[("UZB", 2016), "last_election"].date()) == "2016-12-04"


def test_compare_elections_on_real_data():
    table = steppe.compare.elections().set_index("country")
    assert sorted(table.index) == CORE
    assert table.loc["KAZ", "early"] == 5 and table.loc["TKM", "uncontested"] == 2
    assert table.loc["TKM", "median_winner_pct"] > 95
    assert 0 <= table["contested_share"].min() and table["contested_share"].max() <= 1
    result = CliRunner().invoke(main, ["compare", "elections", "--until", "2000-01-01", "--format", "csv"])
    assert result.exit_code == 0, result.output
    early = pd.read_csv(pd.io.common.StringIO(result.output)).set_index("country")
    assert early.loc["KAZ", "elections"] == 3  # 1990 (indirect), 1991, 1999
