"""Answers at the edges: who is exempt on a day, what as_of accepts, blank before a state
existed, days beyond the data's coverage, typed files and frames, user mistakes on the
command line."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import warnings

import pandas as pd
import pytest
from click.testing import CliRunner

import steppe
from steppe.asof import BeyondCoverageWarning
from steppe.cli import main
from steppe.models import MODELS


def exempt_on(day: str) -> pd.Series:
    return steppe.as_of(day).set_index("country")["incumbent_exempt"]


def test_exemption_follows_the_person_not_the_spell():
    # The First-President exemption outlived Nazarbayev's tenure (until June 2022), but it
    # never covered Tokayev.
    assert exempt_on("2019-03-19")["KAZ"]
    assert not exempt_on("2019-03-21")["KAZ"]
    assert not exempt_on("2021-06-01")["KAZ"]
    # Niyazov's life presidency lapsed with his death on 21 Dec 2006, before the rule changed.
    assert exempt_on("2006-12-20")["TKM"]
    assert not exempt_on("2006-12-23")["TKM"]
    # Resets in Rahmonov's favour (1999, 2003) exempt the incumbent, as their text says.
    assert exempt_on("2005-01-01")["TJK"]
    spells = steppe.term_limits().set_index(["country", "valid_from"])
    assert spells.loc[("TJK", pd.Timestamp("2003-06-22")), "exempt_leader_id"] == "TJK-rahmon-1994"


def test_every_exempting_spell_names_a_tenure_of_its_state():
    spells = steppe.term_limits()
    leaders = steppe.leaders().set_index("leader_id")
    exempting = spells[spells["incumbent_exempt"].fillna(False)]
    assert len(exempting) >= 15
    assert exempting["exempt_leader_id"].notna().all()
    assert (leaders.loc[exempting["exempt_leader_id"], "country"].to_numpy() == exempting["country"].to_numpy()).all()
    assert spells.loc[~spells["incumbent_exempt"].fillna(False), "exempt_leader_id"].isna().all()


@pytest.mark.parametrize("bad", [20200101, None, "01/02/2003", "2003", "1995-02-30", True,
                                 pd.Timestamp("2020-01-01", tz="UTC"), pd.NaT])
def test_as_of_refuses_what_is_not_a_day(bad):
    with pytest.raises(ValueError, match="expected a date written YYYY-MM-DD"):
        steppe.as_of(bad)


@pytest.mark.parametrize("day", ["2016-09-01", dt.date(2016, 9, 1), dt.datetime(2016, 9, 1, 15, 30),
                                 pd.Timestamp("2016-09-01")])
def test_as_of_accepts_every_form_of_a_day(day):
    frame = steppe.as_of(day)
    assert (frame["date"] == pd.Timestamp("2016-09-01")).all()
    assert frame.set_index("country").loc["KAZ", "constitutional_review"] == "council"


def test_before_independence_institutions_and_treaties_are_blank():
    frame = steppe.as_of("1985-01-01")
    assert not frame["independent"].any()
    for col in ["constitutional_review", "ombudsman", "nhri_status", "npm", "death_penalty", "party_CAT"]:
        assert frame[col].isna().all(), col
    # Kyrgyzstan's Soviet-era presidency (from Oct 1990) is a recorded fact, given as such.
    kgz = steppe.as_of("1991-01-01").set_index("country").loc["KGZ"]
    assert (kgz["independent"], kgz["limit_kind"], kgz["president"]) == (False, "consecutive", "KGZ-akayev-1990")
    assert pd.isna(kgz["ombudsman"])


def test_days_beyond_coverage_warn_and_are_marked():
    with pytest.warns(BeyondCoverageWarning, match="current to"):
        late = steppe.as_of("2030-01-01")
    assert late["beyond_coverage"].all() and late.attrs["beyond_coverage"]
    with warnings.catch_warnings():
        warnings.simplefilter("error", BeyondCoverageWarning)
        assert not steppe.as_of("2020-01-01")["beyond_coverage"].any()
    result = CliRunner().invoke(main, ["as-of", "2030-01-01", "--format", "csv"])
    assert result.exit_code == 0
    assert "warning: the data is current to" in result.stderr


def test_as_of_has_the_same_types_on_every_day():
    frames = [steppe.as_of(d) for d in ("1985-01-01", "1993-06-01", "2020-01-01")]
    for frame in frames:
        assert frame.dtypes.equals(frames[0].dtypes)
        MODELS["as_of"].validate(frame)
    assert str(frames[0]["term_years"].dtype) == "Int64"


def test_as_of_over_many_days_equals_one_day_at_a_time():
    days = pd.date_range("2019-03-15", "2019-03-25")
    many = steppe.as_of(days).set_index(["country", "date"])
    for day in days[::5]:
        one = steppe.as_of(day).set_index(["country", "date"])
        pd.testing.assert_frame_equal(many.loc[one.index], one)


def test_pandas_alone_reads_typed_columns():
    path = steppe.data_dir() / "data" / "release" / "term_limits.parquet"
    df = pd.read_parquet(path)
    assert str(df["term_years"].dtype) == "Int64"
    assert str(df["incumbent_exempt"].dtype) == "boolean"
    assert isinstance(df["limit_kind"].dtype, pd.CategoricalDtype)
    assert isinstance(df["valid_from"].dropna().iloc[0], dt.date)


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_user_mistakes_are_messages_not_tracebacks(monkeypatch):
    unknown_country = run("show", "events", "--country", "XYZ")
    assert unknown_country.exit_code == 2 and "unknown country code(s): XYZ" in unknown_country.output
    unknown_instrument = run("plot", "ratifications", "--instrument", "NOPE", "--out", "x.png")
    assert unknown_instrument.exit_code == 2 and "unknown instrument(s): NOPE" in unknown_instrument.output

    def no_checkout():
        raise FileNotFoundError("no checkout")

    import steppe.resources

    monkeypatch.setattr(steppe.resources, "default_curated_dir", no_checkout)
    for command in (["build"], ["validate"]):
        result = run(*command)
        assert result.exit_code == 2 and "pass --src" in result.output, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_show_prints_capped_cells_and_release_booleans():
    table = run("show", "term_limits", "--country", "kaz")
    assert table.exit_code == 0
    notes = steppe.term_limits().query("country == 'KAZ'")["notes"].dropna()
    long_note = notes[notes.str.len() > 60].iloc[0]
    assert long_note not in table.output and long_note[:57] + "..." in table.output
    assert "nan" not in table.output and "<NA>" not in table.output
    csv = run("show", "term_limits", "--country", "KAZ", "--format", "csv").output.splitlines()
    assert ",true," in csv[2] and ",false," in csv[1]


def test_python_m_steppe_and_info_name_the_data_folder():
    result = subprocess.run([sys.executable, "-m", "steppe", "info"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert f"data files: {steppe.data_dir()}" in result.stdout


def test_ratification_delays_count_from_independence_for_older_treaties():
    r = steppe.compare.ratifications(["ICCPR", "UNTOC"], ["KAZ"]).set_index("instrument")
    iccpr = r.loc["ICCPR"]
    assert iccpr["delay_from"] == "independence"
    assert iccpr["delay_days"] == (iccpr["consent_date"] - pd.Timestamp("1991-12-16")).days
    assert r.loc["UNTOC", "delay_from"] == "opened_for_signature"


def test_stata_labels_end_at_words_and_booleans_are_labelled(tmp_path):
    from steppe.export import export_stata

    export_stata(tmp_path, ["term_limits"])
    with pd.io.stata.StataReader(tmp_path / "term_limits.dta") as reader:
        labels = reader.variable_labels()
        values = reader.value_labels()
    description = steppe.schema.table_schema("term_limits").field("incumbent_exempt").description
    assert len(labels["incumbent_exempt"]) <= 80 and labels["incumbent_exempt"].endswith("...")
    assert description.startswith(labels["incumbent_exempt"].removesuffix("..."))
    assert description[len(labels["incumbent_exempt"]) - 3] == " "
    assert values["incumbent_exempt"] == {0: "false", 1: "true"}


def test_readme_example_outputs_leave_git_status_clean():
    from steppe.resources import repo_root

    readme = (repo_root() / "README.md").read_text(encoding="utf-8")
    outputs = sorted({p for p in re.findall(r"--out ([\w.-]+)", readme) if not p.isupper()})
    assert {"steppe-dta", "terms.png"} <= set(outputs)
    for path in outputs:
        check = subprocess.run(["git", "check-ignore", "-q", path], cwd=repo_root())
        assert check.returncode == 0, f"{path} (written by a README command) is not ignored by git"


def test_a_tampered_release_file_is_refused_on_load(tmp_path, monkeypatch):
    import shutil

    from steppe.load import ReleaseFileError, _read

    root = steppe.data_dir()
    copy = tmp_path / "pkg"
    shutil.copytree(root / "data" / "release", copy / "data" / "release")
    shutil.copy(root / "datapackage.json", copy / "datapackage.json")
    shutil.copytree(root / "schemas", copy / "schemas")
    monkeypatch.setenv("STEPPE_DATA", str(copy))
    _read.cache_clear()
    assert len(steppe.load("leaders")) > 20
    # Swap two files: each is a valid Parquet file, but not the one the descriptor names.
    events, leaders = copy / "data/release/events.parquet", copy / "data/release/leaders.parquet"
    events.write_bytes(leaders.read_bytes())
    truncated = copy / "data/release/countries.parquet"
    truncated.write_bytes(truncated.read_bytes()[:-100])
    _read.cache_clear()
    with pytest.raises(ReleaseFileError, match="events.parquet is not the file this release published"):
        steppe.load("events")
    with pytest.raises(ReleaseFileError, match="countries.parquet is not the file"):
        steppe.load("countries")
    with pytest.raises(ReleaseFileError, match="events.parquet is not the file"):
        steppe.arrow_table("events", ["event_id"])
    assert steppe.arrow_table("leaders", []).num_rows > 20
    for command in (["show", "events"], ["info"]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 1 and "rebuild it with `steppe build`" in result.output, command
    result = CliRunner().invoke(main, ["show", "events"])
    assert result.exit_code == 1 and "rebuild it with `steppe build`" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    _read.cache_clear()


@pytest.mark.parametrize("view,make", [
    ("ratification_comparison", lambda: steppe.compare.ratifications()),
    ("term_limit_comparison", lambda: steppe.compare.term_limits()),
    ("adoption_comparison", lambda: steppe.compare.adoptions()),
    ("event_history", lambda: steppe.compare.event_history("gender_quota")),
    ("innovativeness", lambda: steppe.compare.innovativeness()),
    ("election_comparison", lambda: steppe.compare.elections()),
])
def test_comparisons_return_frames_typed_by_their_models(view, make):
    from steppe.schema import table_schema

    frame = make()
    MODELS[view].validate(frame)
    assert list(frame.columns) == table_schema(view).field_names
