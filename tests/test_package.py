"""Importing and loading: light import, typed frames, version attached, accessors."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

import steppe
from steppe.schema import TABLES, table_schema


def test_import_does_not_pull_heavy_dependencies():
    code = "import steppe, sys; print(sorted(m for m in ('pandera', 'frictionless', 'matplotlib') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("table", TABLES)
def test_load_returns_typed_validated_frame(table):
    df = steppe.load(table)
    assert df.attrs["steppe_version"] == steppe.__version__
    for field in table_schema(table).fields:
        dtype = df[field.name].dtype
        if field.enum:
            assert isinstance(dtype, pd.CategoricalDtype) and list(dtype.categories) == list(field.enum)
        elif field.type == "date":
            assert str(dtype) == "datetime64[ns]"
        elif field.type == "integer":
            assert str(dtype) == "Int64"
        elif field.type == "boolean":
            assert str(dtype) == "boolean"


@pytest.mark.parametrize("table", TABLES)
def test_each_table_has_an_accessor(table):
    accessor = getattr(steppe, table)
    assert accessor.__doc__
    pd.testing.assert_frame_equal(accessor(), steppe.load(table))


def test_unknown_table_is_named_in_the_error():
    with pytest.raises(KeyError, match="unknown table 'treaties'"):
        steppe.load("treaties")
