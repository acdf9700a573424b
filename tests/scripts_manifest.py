"""How the manifest fixture is computed (shared by the test and scripts/update_manifest.py)."""

from __future__ import annotations

import pandas as pd

from steppe.columns import arrow_type
from steppe.schema import TABLES, table_schema


def manifest(tables: dict[str, pd.DataFrame]) -> dict:
    """Per table: rows, column:type signature, earliest and latest date in any date column."""
    out = {}
    for table in TABLES:
        df = tables[table]
        schema = table_schema(table)
        dates = [df[f.name] for f in schema.fields if f.type == "date"]
        values = pd.concat(dates).dropna() if dates else pd.Series(dtype="datetime64[ns]")
        out[table] = {
            "rows": int(len(df)),
            "columns": [f"{f.name}:{arrow_type(f)}" for f in schema.fields],
            "dates": [values.min().date().isoformat(), values.max().date().isoformat()] if len(values) else None,
        }
    return out
