"""Export tables for other tools: Stata .dta files (value labels for vocabularies, %td dates)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
from pandas.io.stata import InvalidColumnName

from .load import load
from .schema import TABLES, table_schema

#: Stata's limit for a fixed-width string; longer text goes into strL columns.
STATA_STR_MAX = 2045


def to_stata_frame(table: str) -> pd.DataFrame:
    """A table as pandas must hand it to ``to_stata``: booleans as 0/1, dates as datetimes.

    Example:
        >>> to_stata_frame("countries")["is_core"].tolist()
        [1, 1, 1, 1, 1]
    """
    df = load(table, validate=False).copy()
    for field in table_schema(table).fields:
        col = df[field.name]
        if field.type == "boolean":
            df[field.name] = col.astype("Int8").astype("float64") if col.isna().any() else col.astype("int8")
        elif field.type == "integer":
            df[field.name] = col.astype("float64") if col.isna().any() else col.astype("int64")
        elif field.type == "number":
            df[field.name] = col.astype("float64")
        elif field.enum and df.empty:
            # pandas cannot write value labels for an empty categorical.
            df[field.name] = col.astype("object")
        elif field.type in ("string", "list") and not field.enum:
            df[field.name] = col.astype("object").where(col.notna(), "")
    return df


def variable_label(text: str, limit: int = 80) -> str:
    """A description cut to Stata's 80-character label at a word boundary ('...' marks a cut).

    Example:
        >>> variable_label("Date the act entered into force, where it differs from `date` and is known.")
        'Date the act entered into force, where it differs from `date` and is known.'
        >>> variable_label("word " * 30)
        'word word word word word word word word word word word word word word word...'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 3].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "..."


def _longest(col: pd.Series) -> int:
    """Longest UTF-8 byte length in a text column (0 for an empty one)."""
    return max((len(str(v).encode("utf-8")) for v in col), default=0)


def export_stata(out: Path, tables=None) -> list[Path]:
    """Write one ``TABLE.dta`` per table (Stata 14+ format, UTF-8) into ``out``.

    Example:
        >>> import tempfile
        >>> [p.name for p in export_stata(Path(tempfile.mkdtemp()), ["countries"])]
        ['countries.dta']
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables or TABLES:
        df = to_stata_frame(table)
        schema = table_schema(table)
        long_text = [c for c in df.columns if df[c].dtype == object and _longest(df[c]) > STATA_STR_MAX]
        labels = {f.name: variable_label(f.description) for f in schema.fields}
        booleans = {f.name: {0: "false", 1: "true"} for f in schema.fields if f.type == "boolean"}
        path = out / f"{table}.dta"
        with warnings.catch_warnings():
            # Stata reserves 'end': pandas writes leaders.end as '_end' (documented in the README).
            warnings.simplefilter("ignore", InvalidColumnName)
            df.to_stata(path, write_index=False, version=118, convert_strl=long_text,
                        convert_dates={f.name: "td" for f in schema.fields if f.type == "date"},
                        variable_labels=labels, data_label=variable_label(schema.title),
                        value_labels=booleans or None)
        written.append(path)
    return written
