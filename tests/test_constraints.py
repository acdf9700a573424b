"""The sources' constraint checks (column at a time, from the Table Schemas) find exactly
what the pandera models find, for every table and every kind of constraint."""

from __future__ import annotations

import pandas as pd
import pytest

from steppe.curated import read_curated
from steppe.resources import default_curated_dir
from steppe.schema import CURATED_TABLES, table_schema
from steppe.validate import constraint_problems, model_problems


@pytest.fixture(scope="module")
def frames():
    frames, problems = read_curated(default_curated_dir())
    assert problems == []
    return frames


def _faults(table: str, df: pd.DataFrame):
    """(what, frame) pairs: one broken cell or row per constraint of the table."""
    schema = table_schema(table)
    for field in schema.curated_fields:
        if field.required:
            bad = df.copy()
            bad.loc[0, field.name] = None
            yield f"{field.name} blank", bad
        if field.pattern:
            bad = df.copy()
            bad[field.name] = bad[field.name].astype("string")
            bad.loc[0, field.name] = "not such a value!"
            yield f"{field.name} pattern", bad
        if field.minimum is not None:
            bad = df.copy()
            bad.loc[0, field.name] = field.minimum - 1
            yield f"{field.name} below minimum", bad
        if field.maximum is not None:
            bad = df.copy()
            bad.loc[0, field.name] = field.maximum + 1
            yield f"{field.name} above maximum", bad
    yield "duplicate key", pd.concat([df, df.iloc[[len(df) - 1]]], ignore_index=True)


@pytest.mark.parametrize("table", CURATED_TABLES)
def test_constraints_find_what_the_models_find(frames, table):
    checked = 0
    for what, bad in _faults(table, frames[table]):
        fast = set(constraint_problems(table, bad))
        assert fast, f"{table}: {what} went unreported"
        assert fast == set(model_problems(table, bad)), f"{table}: {what}"
        checked += 1
    assert checked >= 2  # at least a required column and the key


def test_constraints_pass_the_real_sources(frames):
    assert [p for t in CURATED_TABLES for p in constraint_problems(t, frames[t])] == []
