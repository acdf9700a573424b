"""Versions agree everywhere; the citation file is valid; diff classifies changes; release plans."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import jsonschema
import pyarrow.parquet as pq
import pytest
import yaml

import steppe
from steppe.build import build_files, write
from steppe.diff import diff_packages, render
from steppe.resources import repo_root
from steppe.schema import TABLES

ROOT = repo_root()


def test_one_version_everywhere():
    version = steppe.__version__
    assert json.loads((ROOT / "datapackage.json").read_text())["version"] == version
    assert str(yaml.safe_load((ROOT / "CITATION.cff").read_text())["version"]) == version
    for table in TABLES:
        meta = pq.read_schema(ROOT / "data" / "release" / f"{table}.parquet").metadata
        assert meta[b"steppe_version"].decode() == version, table
        assert steppe.load(table).attrs["steppe_version"] == version
    zenodo = ROOT / ".zenodo.json"
    if zenodo.exists():
        assert json.loads(zenodo.read_text())["version"] == version
    changelog = (ROOT / "CHANGELOG.md").read_text()
    released = [line.split()[1] for line in changelog.splitlines() if line.startswith("## ") and line[3].isdigit()]
    if version != "0.0.0":
        assert released and released[0] == version, "CHANGELOG.md's newest release section must be the version"


def test_citation_file_is_valid_cff():
    schema = json.loads((ROOT / "tests" / "fixtures" / "cff-1.2.0-schema.json").read_text())
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text())
    # YAML reads an unquoted date as a date object; the schema expects its text.
    if "date-released" in cff:
        cff["date-released"] = str(cff["date-released"])
    jsonschema.validate(cff, schema)
    assert cff["type"] == "dataset"


def test_zenodo_metadata_matches_citation():
    zenodo = ROOT / ".zenodo.json"
    if not zenodo.exists():
        pytest.skip("written at the first release")
    sys.path.insert(0, str(ROOT / "scripts"))
    from release import zenodo_from_cff

    assert json.loads(zenodo.read_text()) == zenodo_from_cff(yaml.safe_load((ROOT / "CITATION.cff").read_text()))


@pytest.mark.parametrize("fmt, marker", [("bibtex", "@misc{"), ("apa", "[Data set]"), ("ris", "TY  - DATA"),
                                         ("cff", "cff-version: 1.2.0")])
def test_cite_formats_carry_the_version(fmt, marker):
    text = steppe.cite(fmt)
    assert marker in text and steppe.__version__ in text


def test_cite_rejects_unknown_format():
    with pytest.raises(ValueError, match="unknown citation format"):
        steppe.cite("mla")


def _copy_package(tmp_path, name):
    dst = tmp_path / name
    dst.mkdir()
    shutil.copy(ROOT / "datapackage.json", dst)
    shutil.copytree(ROOT / "schemas", dst / "schemas")
    shutil.copytree(ROOT / "data" / "release", dst / "data" / "release")
    return dst


def test_diff_of_identical_packages_is_empty(tmp_path):
    assert diff_packages(ROOT, _copy_package(tmp_path, "same")).bump == "none"


def test_diff_classifies_a_corrected_value_as_patch(tmp_path, curated):
    line = curated.find("events", event_id="KAZ-2022-09-17-amendment")
    curated.set("events", line, "title", "A corrected title")
    new = tmp_path / "new"
    write(build_files(curated.path), new)
    diff = diff_packages(ROOT, new)
    events = next(t for t in diff.tables if t.table == "events")
    assert events.changed == {"KAZ-2022-09-17-amendment": ["title"]}
    assert diff.bump == "patch"
    assert "events: +0 -0 ~1 rows" in render(diff)


def test_diff_classifies_added_rows_as_minor_and_removed_columns_as_major(tmp_path, curated):
    rows = curated.rows("leaders")
    new_row = list(rows[-1])
    new_row[0] = "UZB-test-2026"
    new_row[rows[0].index("start")] = "2026-11-29"
    curated.set("leaders", len(rows), "end", "2026-11-29")
    curated.append("leaders", new_row)
    new = tmp_path / "new"
    write(build_files(curated.path), new)
    assert diff_packages(ROOT, new).bump == "minor"
    schema = json.loads((new / "schemas" / "leaders.json").read_text())
    schema["fields"] = [f for f in schema["fields"] if f["name"] != "acting"]
    (new / "schemas" / "leaders.json").write_text(json.dumps(schema))
    assert diff_packages(ROOT, new).bump == "major"


@pytest.mark.slow
def test_release_dry_run_prints_a_plan(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    result = subprocess.run([sys.executable, "scripts/release.py", "99.0.0", "--dry-run"], cwd=clone,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "release 99.0.0" in result.stdout and "plan:" in result.stdout
    assert "tag v99.0.0" in result.stdout
    low = subprocess.run([sys.executable, "scripts/release.py", "0.0.0", "--dry-run"], cwd=clone,
                         capture_output=True, text=True)
    assert "would refuse" in low.stdout


@pytest.mark.slow
def test_release_finds_the_previous_release_without_tags(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--no-tags", str(ROOT), str(clone)], check=True)
    for tag in subprocess.run(["git", "tag"], cwd=clone, capture_output=True, text=True).stdout.split():
        subprocess.run(["git", "tag", "-d", tag], cwd=clone, check=True, capture_output=True)
    result = subprocess.run([sys.executable, "scripts/release.py", "99.0.0", "--dry-run"], cwd=clone,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    released = subprocess.run(["git", "log", "--format=%H %s"], cwd=clone, capture_output=True, text=True).stdout
    latest = next(line.split()[0] for line in released.splitlines() if " Release 0." in line)
    assert f"at commit {latest[:12]}, untagged" in result.stdout
