"""The build: deterministic, current with the committed outputs, typed Parquet, valid package."""

from __future__ import annotations

import hashlib
import json

import pyarrow.parquet as pq
import pytest

from steppe.build import build_files, stale_files
from steppe.columns import arrow_type
from steppe.resources import default_curated_dir, repo_root
from steppe.schema import TABLES, table_schema

ROOT = repo_root()


def test_two_builds_are_byte_identical(fresh_build):
    again = build_files(default_curated_dir())
    assert again.files.keys() == fresh_build.files.keys()
    for rel, data in fresh_build.files.items():
        assert hashlib.sha256(data).digest() == hashlib.sha256(again.files[rel]).digest(), rel


def test_committed_outputs_are_current(fresh_build):
    assert stale_files(fresh_build, ROOT) == [], "run `steppe build` and commit the outputs"


@pytest.mark.parametrize("table", TABLES)
def test_parquet_types_follow_the_schema(table):
    arrow = pq.read_schema(ROOT / "data" / "release" / f"{table}.parquet")
    schema = table_schema(table)
    assert arrow.names == schema.field_names
    for field in schema.fields:
        assert arrow.field(field.name).type == arrow_type(field), field.name
    assert arrow.metadata[b"steppe_table"] == table.encode()


def test_descriptor_lists_every_table_with_hash_and_size():
    desc = json.loads((ROOT / "datapackage.json").read_text())
    assert desc["$schema"].startswith("https://datapackage.org/profiles/2.0/")
    for key in ("name", "title", "version", "licenses", "contributors", "sources"):
        assert desc[key], key
    by_name = {r["name"]: r for r in desc["resources"]}
    for table in TABLES:
        for name, fmt in ((table, "parquet"), (table + "_csv", "csv")):
            res = by_name[name]
            data = (ROOT / res["path"]).read_bytes()
            assert res["format"] == fmt and res["mediatype"]
            assert res["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
            assert res.get("bytes", len(data)) == len(data)
            assert json.loads((ROOT / res["schema"]).read_text())["name"] == table


def test_frictionless_validates_the_package():
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(ROOT / "datapackage.json"))
    errors = [e.message for task in report.tasks for e in task.errors] + [e.message for e in report.errors]
    assert report.valid, errors[:10]


def test_manifest_matches_the_data(fresh_build):
    """Row counts, column signatures and date ranges: regenerate on purpose and review the diff."""
    from scripts_manifest import manifest

    expected = json.loads((ROOT / "tests" / "manifest.json").read_text())
    assert manifest(fresh_build.tables) == expected, "run: python scripts/update_manifest.py and review"
