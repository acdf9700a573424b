"""Treaty data: complete status grid, statuses consistent with actions, comparisons."""

from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

import steppe
from steppe.cli import main
from steppe.integrity import treaty_problems

CORE = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]


def treaties() -> list[str]:
    inst = steppe.load("instruments")
    return sorted(inst.loc[inst["kind"] != "soft_law", "instrument"])


def test_every_state_and_treaty_has_exactly_one_status_row():
    status = steppe.load("treaty_status")
    grid = status.groupby(["country", "instrument"], observed=True).size()
    expected = pd.MultiIndex.from_product([CORE, treaties()], names=["country", "instrument"])
    assert len(treaties()) == 17
    assert grid.reindex(expected).fillna(0).eq(1).all()
    assert len(status) == len(expected)


def test_statuses_agree_with_actions_and_actions_follow_opening():
    tables = {t: steppe.load(t).assign(_line=pd.NA) for t in ("instruments", "treaty_actions", "treaty_status")}
    assert treaty_problems(tables) == []


def test_party_flags_in_panel_match_status_table():
    status = steppe.load("treaty_status")
    latest = steppe.as_of(status["as_of"].max())
    for row in status.to_dict("records"):
        flag = latest.set_index("country").loc[row["country"], "party_" + row["instrument"].replace("-", "_")]
        # A state that is a party by its status row is a party in the derived answer too.
        if row["status"] == "party":
            assert flag, (row["country"], row["instrument"])


def test_consent_entry_into_force_follows_the_rule():
    actions = steppe.load("treaty_actions").set_index(["country", "instrument", "action"])
    # Palermo: in force on the 30th day after Kazakhstan's deposit of 31 July 2008.
    assert actions.loc[("KAZ", "UNTOC", "ratification"), "in_force_date"] == pd.Timestamp("2008-08-30")
    # Tajikistan deposited the Rome Statute before it entered into force (1 July 2002).
    assert actions.loc[("TJK", "ROME", "ratification"), "in_force_date"] == pd.Timestamp("2002-07-01")


def test_compare_ratifications_covers_the_grid():
    table = steppe.compare.ratifications()
    assert len(table) == len(CORE) * 17
    party = table[table["status"] == "party"]
    assert party["consent_date"].notna().all() and (party["delay_days"].dropna() >= 0).all()


def test_compare_rejects_unknown_codes():
    with pytest.raises(KeyError, match="unknown instrument"):
        steppe.compare.ratifications(["PALERMO"])


def test_compare_command_prints_the_full_matrix_as_markdown():
    result = CliRunner().invoke(main, ["compare", "ratifications", "--format", "markdown"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("| country | CAT |") and len(lines) == 2 + len(CORE)
    assert all(line.count("|") == 19 for line in lines)
