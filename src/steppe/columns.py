"""Column types: the one mapping from Table Schema types to pandas dtypes, Arrow types and CSV text.

Dates are Arrow ``date32`` in Parquet and ``datetime64[ns]`` in pandas; vocabularies are
Arrow dictionaries and pandas categoricals with the schema's categories; integers stay
integers (nullable); list fields are stored as ';'-separated text, as in the CSV files.
"""

from __future__ import annotations

import math

import pandas as pd
import pyarrow as pa

from .schema import Field, table_schema


def arrow_type(field: Field) -> pa.DataType:
    """The Arrow type a field is written with.

    Example:
        >>> arrow_type(table_schema("events").field("date"))
        DataType(date32[day])
    """
    if field.enum:
        return pa.dictionary(pa.int32(), pa.string())
    return {
        "string": pa.string(),
        "list": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
    }[field.type]


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Return ``df`` with the schema's columns, in order, cast to the model dtypes.

    Example:
        >>> conform(pd.DataFrame({"country": ["KAZ"]}), "countries").dtypes["is_core"]
        BooleanDtype
    """
    out = {}
    n = len(df)
    for f in table_schema(table).fields:
        col = df[f.name] if f.name in df.columns else pd.Series([None] * n, index=df.index)
        if _already(col, f):
            # Parquet files carry pandas metadata, so most columns arrive typed: keep them.
            out[f.name] = col
        elif f.enum:
            out[f.name] = pd.Categorical(col.astype("object").where(col.notna(), None), categories=list(f.enum))
        elif f.type in ("string", "list"):
            out[f.name] = col.astype("object").where(col.notna(), None).astype("string")
        elif f.type == "date":
            out[f.name] = pd.to_datetime(col).astype("datetime64[ns]")
        elif f.type == "integer":
            out[f.name] = col.astype("Int64")
        elif f.type == "number":
            out[f.name] = col.astype("Float64")
        elif f.type == "boolean":
            out[f.name] = col.astype("object").where(col.notna(), None).astype("boolean")
    return pd.DataFrame(out, index=df.index)


_READY = {"string": "string", "list": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean",
          "date": "datetime64[ns]"}


def _already(col: pd.Series, field: Field) -> bool:
    """The column already has the dtype ``conform`` would give it."""
    if field.enum:
        return isinstance(col.dtype, pd.CategoricalDtype) and list(col.cat.categories) == list(field.enum) \
            and not col.cat.ordered
    return str(col.dtype) == _READY[field.type] and (field.type not in ("string", "list")
                                                      or col.dtype.storage == "python")


def to_arrow(df: pd.DataFrame, table: str, metadata: dict[str, str]) -> pa.Table:
    """Convert a conformed frame to an Arrow table with the schema's types.

    Example:
        >>> t = to_arrow(conform(pd.DataFrame({"country": ["KAZ"]}), "countries"), "countries", {})
        >>> t.schema.field("independence_date").type
        DataType(date32[day])
    """
    arrays, fields = [], []
    for f in table_schema(table).fields:
        col = df[f.name]
        if f.enum:
            codes = pd.Series(col.cat.codes, dtype="int32")
            arr = pa.DictionaryArray.from_arrays(
                pa.array(codes.where(codes >= 0, None), type=pa.int32(), from_pandas=True),
                pa.array(list(f.enum), type=pa.string()))
        elif f.type == "date":
            arr = pa.array(pd.to_datetime(col).astype("datetime64[ns]"), type=pa.timestamp("ns"),
                           from_pandas=True).cast(pa.date32())
        else:
            arr = pa.array(col, type=arrow_type(f), from_pandas=True)
        arrays.append(arr)
        fields.append(pa.field(f.name, arr.type, nullable=not f.required))
    metadata = {**metadata, "pandas": pandas_metadata(df)}
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields, metadata=metadata))


def pandas_metadata(df: pd.DataFrame) -> str:
    """The ``pandas`` schema metadata of a conformed frame, so that ``pandas.read_parquet``
    alone restores nullable integers, booleans, strings and categoricals (dates come back
    as Python dates). Library versions are left out: they would make identical data differ.

    Example:
        >>> import json
        >>> meta = json.loads(pandas_metadata(conform(pd.DataFrame({"country": ["KAZ"]}), "countries")))
        >>> [c["numpy_type"] for c in meta["columns"] if c["name"] == "is_core"]
        ['boolean']
    """
    import json

    meta = json.loads(pa.Schema.from_pandas(df, preserve_index=False).metadata[b"pandas"])
    meta.pop("creator", None)
    meta.pop("pandas_version", None)
    return json.dumps(meta, sort_keys=True)


def csv_cell(value, field: Field) -> str:
    """How one value is written in the published CSV files (blank = unknown).

    Example:
        >>> csv_cell(pd.Timestamp("1995-08-30"), table_schema("events").field("date"))
        '1995-08-30'
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if field.type == "date":
        return pd.Timestamp(value).date().isoformat()
    if field.type == "boolean":
        return "true" if bool(value) else "false"
    if field.type == "integer":
        return str(int(value))
    if field.type == "number":
        v = float(value)
        return str(int(v)) if math.isfinite(v) and v.is_integer() else repr(v)
    return str(value)


def csv_column(col: pd.Series, field: Field) -> list[str]:
    """A whole column as ``csv_cell`` writes each value, formatted in one pass.

    Example:
        >>> csv_column(pd.Series([True, None], dtype="boolean"), table_schema("countries").field("is_core"))
        ['true', '']
    """
    missing = col.isna().to_numpy()
    if field.type == "date":
        text = pd.to_datetime(col).dt.strftime("%Y-%m-%d")
    elif field.type == "boolean":
        text = col.astype("object").map({True: "true", False: "false"})
    elif field.type == "integer":
        text = col.astype("Int64").astype("string")
    elif field.type == "number":
        text = col.astype("object").map(lambda v: csv_cell(v, field))
    else:
        text = col.astype("object").astype(str)
    return ["" if m else t for m, t in zip(missing, text.astype("object").tolist())]


def plain_values(col: pd.Series, field: Field) -> list:
    """A column as plain Python values for other formats: ``datetime.date``, ``bool``,
    ``int``, ``float`` or ``str``, and ``None`` for a blank.

    Example:
        >>> plain_values(pd.Series([pd.Timestamp("1995-08-30"), pd.NaT]), table_schema("events").field("date"))
        [datetime.date(1995, 8, 30), None]
    """
    convert = {"date": lambda v: v.date(), "boolean": bool, "integer": int, "number": float}.get(field.type, str)
    return [None if pd.isna(v) else convert(v) for v in col.astype("object")]
