"""The Table Schemas are complete, and the pandera models agree with them field by field."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from steppe.modelgen import generate
from steppe.models import MODELS
from steppe.resources import repo_root, schemas_dir
from steppe.schema import TABLES, table_schema

#: Columns holding a closed vocabulary: each must declare constraints.enum.
VOCABULARIES = {"kind", "action", "status", "confidence", "verdict", "limit_kind", "date_precision",
                "office", "entry", "exit", "legal_basis", "yes_pct_basis", "term_limit_effect",
                "adopted_by", "nhri_status", "constitutional_review", "death_penalty"}
DTYPES = {"string": "string", "list": "string", "integer": "Int64", "number": "Float64",
          "boolean": "boolean", "date": "datetime64[ns]"}


def test_every_table_has_exactly_one_schema_file():
    files = sorted(p.stem for p in schemas_dir().glob("*.json"))
    assert files == sorted(TABLES)


@pytest.mark.parametrize("table", TABLES)
def test_schema_is_documented_and_keyed(table):
    raw = json.loads((schemas_dir() / f"{table}.json").read_text())
    assert raw["name"] == table
    assert isinstance(raw["primaryKey"], list) and raw["primaryKey"]
    names = [f["name"] for f in raw["fields"]]
    assert len(names) == len(set(names))
    assert set(raw["primaryKey"]) <= set(names)
    for field in raw["fields"]:
        assert field.get("description", "").strip(), f"{table}.{field['name']} has no description"
        if field["name"] in VOCABULARIES and field["type"] == "string":
            assert field.get("constraints", {}).get("enum"), f"{table}.{field['name']} lacks an enum"
    for fk in raw.get("foreignKeys", []):
        ref = fk["reference"]["resource"] or table
        assert ref in TABLES
        ref_fields = [f.name for f in table_schema(ref).fields]
        assert set(fk["reference"]["fields"]) <= set(ref_fields)
        assert set(fk["fields"]) <= set(names)


@pytest.mark.parametrize("table", TABLES)
def test_foreign_keys_declared_for_shared_ids(table):
    """country, instrument, event_id and institution_id always point at their table."""
    schema = table_schema(table)
    declared = {tuple(fk["fields"]) for fk in schema.foreign_keys}
    owners = {"country": "countries", "instrument": "instruments", "event_id": "events",
              "institution_id": "institutions"}
    for name, owner in owners.items():
        if name in schema.field_names and owner != table and not (table == "referendums" and name != "event_id"):
            if name in schema.primary_key and len(schema.primary_key) == 1:
                continue
            assert (name,) in declared, f"{table}.{name} has no foreign key to {owner}"


@pytest.mark.parametrize("table", TABLES)
def test_pandera_model_matches_table_schema(table):
    model = MODELS[table].to_schema()
    schema = table_schema(table)
    assert list(model.columns) == schema.field_names
    assert sorted(model.unique or []) == sorted(schema.primary_key)
    for field in schema.fields:
        col = model.columns[field.name]
        assert col.nullable == (not field.required), field.name
        checks = {c.name: c for c in col.checks}
        if field.enum:
            assert isinstance(col.dtype.type, pd.CategoricalDtype), field.name
            assert list(col.dtype.type.categories) == list(field.enum)
            assert list(checks["isin"].statistics["allowed_values"]) == list(field.enum)
        else:
            assert str(col.dtype) == DTYPES[field.type] or (field.type in ("string", "list") and "string" in str(col.dtype)), (field.name, str(col.dtype))
        if field.pattern:
            assert checks["str_matches"].statistics["pattern"] == field.pattern


def test_generated_models_are_current():
    committed = (repo_root() / "src" / "steppe" / "models.py").read_text(encoding="utf-8")
    assert committed == generate(), "run: python scripts/generate_models.py"
