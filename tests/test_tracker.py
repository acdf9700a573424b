"""The policy tracker: complete spells for every indicator and state, levels from the
codebook, derived indicators equal to the tables they follow from, adoption dates and the
event-history frame computed as documented."""

from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

import steppe
from steppe.cli import main
from steppe.load import current_to

CORE = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
POLICIES = steppe.policies()


def test_every_indicator_covers_every_state_from_independence_to_today_without_gaps():
    spells = steppe.policy_spells()
    independence = steppe.countries().set_index("country")["independence_date"]
    for policy_id in POLICIES["policy_id"]:
        for country in CORE:
            mine = spells[(spells["policy_id"] == policy_id) & (spells["country"] == country)].sort_values("valid_from")
            assert len(mine), (policy_id, country)
            assert mine["valid_from"].iloc[0] == independence[country], (policy_id, country)
            assert pd.isna(mine["valid_to"].iloc[-1]), (policy_id, country)
            assert (mine["valid_to"].iloc[:-1].to_numpy() == mine["valid_from"].iloc[1:].to_numpy()).all(), (policy_id, country)


def test_every_level_comes_from_its_indicators_codebook():
    spells = steppe.policy_spells()
    levels = steppe.policy_levels()
    allowed = set(zip(levels["policy_id"], levels["level"]))
    coded = spells[spells["level"] != "unknown"]
    assert set(zip(coded["policy_id"], coded["level"])) <= allowed
    assert coded["level_rank"].notna().all() and spells.loc[spells["level"] == "unknown", "level_rank"].isna().all()


def test_at_least_twelve_curated_indicators_are_sourced_for_all_five_states():
    curated = POLICIES.loc[POLICIES["source_kind"] == "curated", "policy_id"]
    assert len(curated) >= 12
    spells = steppe.policy_spells()
    mine = spells[spells["policy_id"].isin(curated)]
    assert (mine["source_kind"] == "curated").all()
    known = mine[mine["level"] != "unknown"]
    assert known["source_ids"].notna().all() and known["confidence"].notna().all()


@pytest.mark.parametrize("day", ["1996-06-30", "2005-03-30", "2012-12-31", "2019-06-01", "2023-06-01"])
def test_derived_indicators_agree_with_the_tables_they_come_from(day):
    rules = steppe.as_of(day).set_index("country")
    spells = steppe.policy_spells()
    on_day = spells[(spells["valid_from"] <= day) & (spells["valid_to"].isna() | (spells["valid_to"] > day))]
    level = on_day.set_index(["country", "policy_id"])["level"]
    review = {"court": "court", "council": "council_or_chamber", "chamber": "council_or_chamber", "none": "none"}
    for country in CORE:
        r = rules.loc[country]
        assert level[(country, "constitutional_review")] == review[r["constitutional_review"]]
        assert level[(country, "ombudsman")] == ("yes" if r["ombudsman"] else "no")
        assert level[(country, "npm")] == ("yes" if r["npm"] else "no")
        assert level[(country, "death_penalty")] == r["death_penalty"]
        assert level[(country, "nhri_status")] == r["nhri_status"]
        assert (level[(country, "treaty_opcat")] == "party") == bool(r["party_OPCAT"])
        assert (level[(country, "treaty_untoc")] == "party") == bool(r["party_UNTOC"])
        if pd.isna(r["limit_kind"]):
            assert level[(country, "term_limit")] == "unknown"
        elif r["limit_kind"] in ("none", "no_office"):
            assert level[(country, "term_limit")] == "none"
        else:
            assert level[(country, "term_limit")] == ("exempt" if r["incumbent_exempt"] else "binding")


def test_adoption_is_the_first_spell_at_or_above_the_adoption_level():
    spells = steppe.policy_spells()
    adoptions = steppe.policy_adoptions().set_index(["country", "policy_id"])
    levels = steppe.policy_levels().set_index(["policy_id", "level"])["rank"]
    bar = {p: levels[(p, a)] for p, a in zip(POLICIES["policy_id"], POLICIES["adoption_level"])}
    for (country, policy_id), mine in spells.groupby(["country", "policy_id"]):
        reached = mine[mine["level_rank"].ge(bar[policy_id]).fillna(False)].sort_values("valid_from")
        row = adoptions.loc[(country, policy_id)]
        if reached.empty:
            assert not row["adopted"] and pd.isna(row["adoption_date"])
        else:
            assert row["adopted"] and row["adoption_date"] == reached["valid_from"].iloc[0]


def test_known_adoptions_and_reversals():
    a = steppe.policy_adoptions().set_index(["country", "policy_id"])
    assert str(a.loc[("KGZ", "trafficking_law"), "adoption_date"].date()) == "2005-03-17"
    assert a.loc[("KGZ", "trafficking_law"), "adoption_order"] == 2  # after Tajikistan (July 2004)
    assert a.loc[("TJK", "trafficking_law"), "adoption_order"] == 1
    assert str(a.loc[("KAZ", "relatives_ban"), "adoption_date"].date()) == "2022-06-08"
    # The First-President exemption (2000-2019) took Kazakhstan below a binding limit.
    kaz = a.loc[("KAZ", "term_limit")]
    assert kaz["at_independence"] and kaz["reversals"] == 2
    assert str(kaz["last_reversal_date"].date()) == "2000-05-01"


def test_policy_year_is_the_level_at_31_december_and_joins_the_panel():
    py = steppe.policy_year()
    panel = steppe.country_year()
    assert len(py) == len(panel) * len(POLICIES)
    merged = py.merge(panel[["country", "year"]], on=["country", "year"], how="left", indicator=True)
    assert (merged["_merge"] == "both").all()
    uzb = py[(py["country"] == "UZB") & (py["policy_id"] == "gender_quota")].set_index("year")
    assert uzb.loc[2003, "level"] == "none" and uzb.loc[2024, "value"] == 40


def test_event_history_has_one_row_per_state_year_at_risk_and_ends_at_adoption():
    eh = steppe.compare.event_history("domestic_violence_law")
    adoptions = steppe.policy_adoptions().query("policy_id == 'domestic_violence_law'").set_index("country")
    at_risk = eh[~eh["after_adoption"]]
    assert not at_risk.duplicated(["country", "year"]).any()
    for country, rows in at_risk.groupby("country"):
        assert rows["year"].min() == 1991
        if adoptions.loc[country, "adopted"]:
            assert rows["year"].max() == adoptions.loc[country, "adoption_date"].year
            assert rows["adopted"].sum() == 1 and rows["adopted"].iloc[-1] == 1
        else:
            assert rows["year"].max() == current_to().year and rows["adopted"].sum() == 0
    kaz = at_risk[at_risk["country"] == "KAZ"].set_index("year")
    assert kaz.loc[2009, "prior_adopters"] == 1  # Kyrgyzstan, 2003


def test_compare_adoptions_and_innovativeness_commands():
    result = CliRunner().invoke(main, ["compare", "adoptions", "--domain", "gender", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = pd.read_csv(pd.io.common.StringIO(result.output)).set_index("country")
    assert rows.loc["KGZ", "domestic_violence_law"] == "2003-03-25 #1"
    bad = CliRunner().invoke(main, ["compare", "adoptions", "--domain", "economy"])
    assert bad.exit_code == 2 and "unknown domain 'economy'" in bad.output
    scores = steppe.compare.innovativeness()
    assert sorted(scores["country"]) == CORE
    # Each indicator's standardised places average to zero over the states it ranks, so
    # the scores weighted by the indicators they cover average to about zero.
    weighted = (scores["innovativeness"] * scores["indicators"]).sum() / scores["indicators"].sum()
    assert abs(weighted) < 0.001
    # An indicator a state has not adopted and whose level today is unknown (Turkmenistan's
    # arrest_by_court) is left out of its score, not counted as not adopted.
    table = steppe.compare.adoptions()
    unknown = table[~table["adopted"] & (table["level_now"] == "unknown")]
    assert "arrest_by_court" in set(unknown.loc[unknown["country"] == "TKM", "policy_id"])
    counts = scores.set_index("country")["indicators"]
    assert counts["TKM"] == counts["KGZ"] - (unknown["country"] == "TKM").sum()


@pytest.mark.parametrize("args", [["adoptions"], ["adoptions", "--domain", "gender"], ["policy", "--policy", "gender_quota"],
                                  ["diffusion", "--domain", "treaty"], ["diffusion"]])
def test_tracker_plots_render(tmp_path, args):
    out = tmp_path / "figure.png"
    result = CliRunner().invoke(main, ["plot", *args, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000


def test_indicators_on_a_day_agree_with_the_indicator_year_panel():
    day = steppe.indicators_on(["2012-12-31", "2022-12-31"])
    assert len(day) == 2 * 5 * len(POLICIES)
    py = steppe.policy_year()
    py = py[py["year"].isin([2012, 2022])].assign(date=lambda d: pd.to_datetime(d["year"].astype(str) + "-12-31"))
    merged = day.merge(py, on=["country", "date", "policy_id"], suffixes=("", "_panel"))
    assert len(merged) == len(day)
    assert (merged["level"] == merged["level_panel"]).all()
    result = CliRunner().invoke(main, ["as-of", "2022-12-31", "--indicators", "--format", "csv"])
    assert result.exit_code == 0 and result.output.count("\n") == 5 * len(POLICIES) + 1


def test_curated_indicators_agree_with_the_institutions_they_presuppose():
    days = pd.date_range("1992-01-01", "2026-12-01", freq="QS")
    levels = steppe.indicators_on(days).pivot_table(index=["country", "date"], columns="policy_id",
                                                    values="level", aggfunc="first")
    petition = levels["constitutional_petition"] == "direct"
    assert (levels.loc[petition, "constitutional_review"] != "none").all()
    immune = levels["ombudsman_immunity"].isin(["statutory", "constitutional"])
    assert (levels.loc[immune, "ombudsman"] == "yes").all()
    assert immune.sum() > 20 and petition.sum() > 100


def test_judicial_indicators_follow_their_acts():
    adoptions = steppe.load("policy_adoptions").set_index(["country", "policy_id"])
    court = {c: adoptions.loc[(c, "arrest_by_court"), "adoption_date"] for c in CORE}
    # Uzbekistan first (1 Jan 2008, by the 2005 decree and 2007 law); Turkmenistan not known to have moved.
    assert str(court["UZB"].date()) == "2008-01-01" and adoptions.loc[("UZB", "arrest_by_court"), "adoption_order"] == 1
    assert str(court["TJK"].date()) == "2010-04-01"
    assert pd.isna(court["TKM"])
    jury = steppe.indicators_on("2026-06-30").set_index(["country", "policy_id"])["level"]
    assert jury[("KAZ", "jury_trial")] == "held" and jury[("KGZ", "jury_trial")] == "provided"
    assert jury[("TJK", "jury_trial")] == "none" and jury[("UZB", "jury_trial")] == "provided"


def test_administrative_procedure_laws_in_order_of_adoption():
    adoptions = steppe.load("policy_adoptions")
    apa = adoptions[adoptions["policy_id"] == "administrative_procedure_law"].sort_values("adoption_order")
    assert apa["country"].astype(str).tolist() == ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
    assert str(apa["adoption_date"].iloc[-1].date()) == "2018-01-08"
    # Kazakhstan's 2020 Code replaced its 2000 law without a change of level: no reversal.
    assert (apa["reversals"] == 0).all()


def test_childrens_ombudsman_levels_today():
    level = steppe.indicators_on("2026-06-30").set_index(["country", "policy_id"])["level"]
    assert level[("UZB", "childrens_ombudsman")] == "dedicated" and level[("TJK", "childrens_ombudsman")] == "unit"
    assert level[("TKM", "childrens_ombudsman")] == "none"
    assert steppe.indicators_on("2020-06-30").set_index(["country", "policy_id"])["level"][("UZB", "childrens_ombudsman")] == "unit"


def test_access_to_information_laws():
    adoptions = steppe.load("policy_adoptions").set_index(["country", "policy_id"])
    ati = {c: adoptions.loc[(c, "access_to_information_law")] for c in CORE}
    assert str(ati["UZB"]["adoption_date"].date()) == "1997-04-24" and ati["UZB"]["adoption_order"] == 1
    assert str(ati["KAZ"]["adoption_date"].date()) == "2015-11-16"
    assert not ati["TKM"]["adopted"]


def test_national_leader_laws():
    level = steppe.indicators_on("2020-06-30").set_index(["country", "policy_id"])["level"]
    assert level[("KAZ", "national_leader_law")] == "law" and level[("TJK", "national_leader_law")] == "law"
    assert level[("UZB", "national_leader_law")] == "none" and level[("TKM", "national_leader_law")] == "none"
    today = steppe.indicators_on("2026-06-30").set_index(["country", "policy_id"])["level"]
    assert today[("KAZ", "national_leader_law")] == "none" and today[("TKM", "national_leader_law")] == "law"
    # Kazakhstan repealed its law: one reversal.
    adoptions = steppe.load("policy_adoptions").set_index(["country", "policy_id"])
    assert adoptions.loc[("KAZ", "national_leader_law"), "reversals"] == 1


def test_adoption_matrix_does_not_say_no_where_today_is_unknown():
    matrix = steppe.compare.adoption_matrix(steppe.compare.adoptions(policies=["arrest_by_court", "jury_trial"]))
    # Turkmenistan's prosecutors held the power in 2010; what holds today is not known.
    assert matrix.loc["TKM", "arrest_by_court"] == "unknown"
    assert matrix.loc["TKM", "jury_trial"] == "no"


def test_domestic_violence_offence():
    level = steppe.indicators_on("2024-06-30").set_index(["country", "policy_id"])["level"]
    assert level[("UZB", "domestic_violence_offence")] == "offence" and level[("KGZ", "domestic_violence_offence")] == "offence"
    assert {level[(c, "domestic_violence_offence")] for c in ("KAZ", "TJK", "TKM")} == {"none"}
    assert steppe.indicators_on("2022-06-30").set_index(["country", "policy_id"])["level"][("UZB", "domestic_violence_offence")] == "none"


def test_legal_aid_law():
    adoptions = steppe.load("policy_adoptions").query("policy_id == 'legal_aid_law'").set_index("country")
    # Kyrgyzstan's 2009 law came first, Uzbekistan's 2023 law last; Turkmenistan has none.
    assert str(adoptions.loc["KGZ", "adoption_date"].date()) == "2009-07-17" and adoptions.loc["KGZ", "adoption_order"] == 1
    assert str(adoptions.loc["KAZ", "adoption_date"].date()) == "2013-07-03" and str(adoptions.loc["UZB", "adoption_date"].date()) == "2023-06-16"
    assert adoptions.loc["TKM", "level_now"] == "none" and not adoptions.loc["TKM", "adopted"]
    # Kazakhstan's 2018 combined bar and legal aid law keeps the level at `law`.
    level = steppe.indicators_on("2019-01-01").set_index(["country", "policy_id"])["level"]
    assert level[("KAZ", "legal_aid_law")] == "law" and level[("UZB", "legal_aid_law")] == "none"


def test_start_precision_follows_the_source():
    adoptions = steppe.load("policy_adoptions").set_index(["country", "policy_id"])["adoption_date_precision"]
    # Tajikistan's legal aid law is known only to the year, Kyrgyzstan's to the day.
    assert adoptions[("TJK", "legal_aid_law")] == "year" and adoptions[("KGZ", "legal_aid_law")] == "day"
    spells = steppe.load("policy_spells").set_index(["country", "policy_id", "valid_from"])["valid_from_precision"]
    # Derived spells inherit it: the 2000 ruling that reset Nazarbayev's count is dated to the month,
    # Turkmenistan's 1998 moratorium too; a treaty action is dated to the day.
    assert spells[("KAZ", "term_limit", pd.Timestamp("2000-05-01"))] == "month"
    assert spells[("TKM", "death_penalty", pd.Timestamp("1998-12-01"))] == "month"
    assert set(steppe.load("policy_spells").query("policy_id == 'treaty_cat'")["valid_from_precision"]) == {"day"}


def test_indicators_on_says_when_a_start_is_not_known_to_the_day():
    days = steppe.indicators_on(["2012-04-15", "2012-05-01", "2019-12-31"]).set_index(["country", "policy_id", "date"]).sort_index()
    torture = days.loc[("TJK", "torture_definition")]
    # Art. 143-1 is dated only to April 2012: mid-April the old level may still have held.
    assert torture.loc[pd.Timestamp("2012-04-15"), "level"] == "aligned"
    assert bool(torture.loc[pd.Timestamp("2012-04-15"), "start_uncertain"])
    assert not bool(torture.loc[pd.Timestamp("2012-05-01"), "start_uncertain"])
    # The day before a year-only start is certain: the law came in 2020, not earlier.
    aid = days.loc[("TJK", "legal_aid_law", pd.Timestamp("2019-12-31"))]
    assert aid["level"] == "none" and not bool(aid["start_uncertain"]) and aid["since_precision"] == "day"


def test_states_whose_dates_cannot_be_ordered_share_a_place():
    order = steppe.load("policy_adoptions").set_index(["policy_id", "country"])["adoption_order"]
    # Kyrgyzstan's torture article is dated only to 2003, Uzbekistan's to 30 Aug 2003:
    # either may have come first.
    assert order[("torture_definition", "KGZ")] == order[("torture_definition", "UZB")] == 1
    assert order[("torture_definition", "KAZ")] == 3
    # Tajikistan's children's commissioner dates only from 2016, Kazakhstan's from 25 Mar 2016.
    assert order[("childrens_ombudsman", "TJK")] == order[("childrens_ombudsman", "KAZ")] == 2
    assert order[("childrens_ombudsman", "UZB")] == 4
    # Dates known to the day keep their strict order.
    assert [order[("legal_aid_law", c)] for c in ("KGZ", "KAZ", "TJK", "UZB")] == [1, 2, 3, 4]


def test_indicator_panel_is_the_long_panel_made_wide():
    wide = steppe.compare.indicator_panel()
    long = steppe.load("policy_year")
    assert len(wide) == long[["country", "year"]].drop_duplicates().shape[0]
    back = wide.melt(id_vars=["country", "year"], var_name="policy_id", value_name="adopted")
    merged = back.merge(long.astype({"country": "object", "policy_id": "object"}), on=["country", "year", "policy_id"],
                        suffixes=("", "_long"))
    assert len(merged) == len(long)
    assert merged["adopted"].astype("Int64").equals(merged["adopted_long"].astype("Int64"))
    cell = wide.set_index(["country", "year"])
    # Unknown levels stay blank, never 0.
    assert pd.isna(cell.loc[("KAZ", 1995), "anticorruption_body"])
    runner = CliRunner()
    result = runner.invoke(main, ["compare", "indicator-panel", "--values", "level", "--policy", "legal_aid_law",
                                  "--country", "UZB"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "country,year,legal_aid_law" and "UZB,2022,none" in lines and "UZB,2023,law" in lines
    bad = runner.invoke(main, ["compare", "indicator-panel", "--domain", "economy"])
    assert bad.exit_code == 2 and "unknown domain 'economy'" in bad.output


def test_derived_spells_name_the_act_that_set_the_level():
    adoptions = steppe.load("policy_adoptions").set_index(["policy_id", "country"])["event_id"]
    assert adoptions[("death_penalty", "KGZ")] == "KGZ-2007-06-25-law-death-penalty"
    assert adoptions[("ombudsman", "KAZ")] == "KAZ-2002-09-19-decree-ombudsman"
    spells = steppe.load("policy_spells").set_index(["country", "policy_id", "valid_from"])["event_id"]
    assert spells[("KAZ", "term_limit", pd.Timestamp("2000-05-01"))] == "KAZ-2000-05-01-court-decision"
    # Nazarbayev's resignation ended his exemption: no act, so no event.
    assert pd.isna(spells[("KAZ", "term_limit", pd.Timestamp("2019-03-20"))])
    # Treaty indicators follow depositary actions, which are not events.
    assert steppe.load("policy_spells").query("policy_id == 'treaty_cat'")["event_id"].isna().all()


def test_derived_spells_carry_the_sources_of_the_rows_behind_them():
    spells = steppe.load("policy_spells").set_index(["country", "policy_id", "valid_from"])
    abolished = spells.loc[("KAZ", "death_penalty", pd.Timestamp("2021-12-29"))]
    assert "adilet-kaz-law-2021-01-02-404" in abolished["source_ids"].split(";") and abolished["confidence"] == "medium"
    # A treaty level takes the depositary action's sources; an accreditation, the decision's.
    assert "untc-iv-9" in spells.loc[("KAZ", "treaty_cat", pd.Timestamp("1998-08-26")), "source_ids"].split(";")
    assert spells.loc[("KAZ", "nhri_status", pd.Timestamp("2012-03-01")), "source_ids"].startswith("icc-sca-report-2012-03")
    derived = steppe.load("policy_spells").query("source_kind == 'derived'")
    # Only a level no row holds up (no body, no treaty action yet) is left without sources.
    bare = derived[derived["source_ids"].isna()]
    assert set(bare["level"]) <= {"none", "no", "not_accredited"} and not bare.empty
    assert derived.loc[derived["level"] == "unknown", "confidence"].isna().all()
    # The year-end panel carries the confidence of the spell in force.
    year = steppe.load("policy_year").set_index(["country", "year", "policy_id"])["confidence"]
    assert year[("TJK", 2020, "legal_aid_law")] == "medium" and year[("UZB", 2023, "legal_aid_law")] == "high"
    wide = steppe.compare.indicator_panel("confidence", policies=["legal_aid_law"]).set_index(["country", "year"])
    assert wide.loc[("TJK", 2020), "legal_aid_law"] == "medium"


def test_diffusion_curve_adds_up():
    curve = steppe.compare.diffusion()
    panel = steppe.load("policy_year").astype({"policy_id": "object"})
    now = panel.assign(a=panel["adopted"].fillna(False).astype(int)).groupby(["policy_id", "year"])["a"].sum()
    assert curve.set_index(["policy_id", "year"])["adopted_now"].equals(now.rename("adopted_now").astype(curve["adopted_now"].dtype))
    last = curve.sort_values("year").groupby("policy_id").tail(1).set_index("policy_id")["cumulative_adopters"]
    adopted = steppe.load("policy_adoptions").astype({"policy_id": "object"}).groupby("policy_id")["adopted"].sum()
    assert (last == adopted.reindex(last.index)).all()
    # Unknown levels leave the denominator: the share is of states with a known level.
    row = curve.set_index(["policy_id", "year"]).loc[("anticorruption_body", 2012)]
    assert row["known"] < row["states"] and row["share_adopted"] == round(row["adopted_now"] / row["known"], 2)
    result = CliRunner().invoke(main, ["compare", "diffusion", "--policy", "legal_aid_law", "--format", "csv"])
    assert result.exit_code == 0 and "legal_aid_law,2009,1,1,1,5,5,0.2" in result.output.splitlines()


def test_as_of_names_rules_whose_start_is_not_known_to_the_day():
    days = steppe.as_of(["2000-05-15", "2000-06-01", "1998-12-10"]).set_index(["country", "date"])["uncertain_rules"]
    # The Constitutional Council's ruling behind Nazarbayev's exemption is dated only to May 2000.
    assert days[("KAZ", pd.Timestamp("2000-05-15"))] == "term_limits"
    assert pd.isna(days[("KAZ", pd.Timestamp("2000-06-01"))])
    # Turkmenistan's moratorium is dated only to December 1998.
    assert days[("TKM", pd.Timestamp("1998-12-10"))] == "death_penalty"
    assert days.notna().sum() == 2
