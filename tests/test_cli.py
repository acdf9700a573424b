"""The command line: build --check, validate, info, show, as-of."""

from __future__ import annotations

import json

from click.testing import CliRunner

from steppe.cli import main


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_build_check_passes_on_committed_outputs():
    result = run("build", "--check")
    assert result.exit_code == 0, result.output
    assert "current" in result.output


def test_build_check_fails_when_an_output_is_stale(tmp_path):
    out = tmp_path / "pkg"
    assert run("build", "--out", str(out)).exit_code == 0
    (out / "data" / "release" / "events.csv").write_text("tampered\n")
    result = run("build", "--out", str(out), "--check")
    assert result.exit_code == 1
    assert "data/release/events.csv" in result.output


def test_validate():
    result = run("validate")
    assert result.exit_code == 0 and result.output.startswith("valid:")


def test_info_lists_tables_and_coverage():
    result = run("info")
    assert result.exit_code == 0
    for word in ("treaty_actions", "country_year", "coverage by country", "KAZ", "UZB"):
        assert word in result.output


def test_show_filters_by_country_as_json():
    result = run("show", "leaders", "--country", "kaz", "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert rows and {r["country"] for r in rows} == {"KAZ"}


def test_show_csv_has_header():
    result = run("show", "countries", "--format", "csv")
    assert result.output.splitlines()[0].startswith("country,name,iso2")


def test_as_of_rejects_a_bad_date():
    result = run("as-of", "1st of May")
    assert result.exit_code != 0
    assert "is not a date; expected a calendar day written YYYY-MM-DD" in result.output


def test_export_dta_round_trips(tmp_path):
    import pandas as pd

    result = run("export", "--format", "dta", "--out", str(tmp_path), "country_year", "leaders", "corrections")
    assert result.exit_code == 0, result.output
    panel = pd.read_stata(tmp_path / "country_year.dta")
    assert len(panel) == len(__import__("steppe").country_year())
    leaders = pd.read_stata(tmp_path / "leaders.dta")
    assert "_end" in leaders.columns and str(leaders["start"].dtype).startswith("datetime64")


def test_plot_writes_images(tmp_path):
    import pytest

    pytest.importorskip("matplotlib")
    for figure in ("term-limits", "ratifications"):
        out = tmp_path / f"{figure}.png"
        result = run("plot", figure, "--out", str(out))
        assert result.exit_code == 0, result.output
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 10_000
