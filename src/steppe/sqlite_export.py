"""The release as one SQLite database (``steppe export --format sqlite``), for Datasette,
the sqlite3 shell or any SQL tool.

Each table keeps the schema's columns, primary key and foreign keys; dates are ISO text,
booleans 0/1, list columns ';'-separated text as in the CSV files. ``row_sources`` links
every curated row to each of its sources, and ``events`` and ``sources`` have full-text
search on their titles, summaries and notes. Needs ``pip install "steppe[web]"``.
"""

from __future__ import annotations

from pathlib import Path

from .load import load
from .schema import TABLES, table_schema

#: SQLite column type per Table Schema type.
SQL_TYPES = {"string": str, "list": str, "date": str, "integer": int, "number": float, "boolean": int}
#: Full-text search columns.
FTS = {"events": ["title", "summary", "notes"], "sources": ["title", "notes"]}


def rows_of(table: str):
    """The table's rows as dicts of SQLite values (ISO dates, 0/1 booleans, None for blanks).

    Example:
        >>> next(rows_of("countries"))["is_core"]
        1
    """
    from .columns import plain_values

    df = load(table, validate=False)
    fields = table_schema(table).fields
    columns = []
    for f in fields:
        values = plain_values(df[f.name], f)
        if f.type == "date":
            values = [None if v is None else v.isoformat() for v in values]
        elif f.type == "boolean":
            values = [None if v is None else int(v) for v in values]
        columns.append(values)
    names = [f.name for f in fields]
    for values in zip(*columns):
        yield dict(zip(names, values))


def export_sqlite(path: Path, tables=None) -> Path:
    """Write the release (all tables by default) into a new SQLite file at ``path``.

    Example:
        >>> import tempfile, sqlite3
        >>> db = export_sqlite(Path(tempfile.mkdtemp()) / "steppe.db")
        >>> sqlite3.connect(db).execute("select count(*) from countries").fetchone()[0]
        5
    """
    import sqlite_utils

    path = Path(path)
    if path.exists():
        path.unlink()
    db = sqlite_utils.Database(path)
    wanted = list(tables or TABLES)
    # Referenced tables first, so that foreign keys can be declared on creation.
    for table in wanted:
        schema = table_schema(table)
        columns = {f.name: SQL_TYPES[f.type] for f in schema.fields}
        db[table].create(columns, pk=list(schema.primary_key) if len(schema.primary_key) > 1 else schema.primary_key[0],
                         not_null={f.name for f in schema.fields if f.required})
        db[table].insert_all(rows_of(table), batch_size=1000)
    for table in wanted:
        keys = []
        for fk in table_schema(table).foreign_keys:
            other = fk["reference"]["resource"] or table
            if other in wanted:
                keys.append((table, fk["fields"][0], other, fk["reference"]["fields"][0]))
        if keys:
            db.add_foreign_keys(keys)
    _row_sources(db, wanted)
    for table, columns in FTS.items():
        if table in wanted:
            db[table].enable_fts(columns, create_triggers=False)
    db.conn.execute("VACUUM")
    db.conn.close()
    return path


def _row_sources(db, tables: list[str]) -> None:
    """One row per (table, row key, source): join any row to the sources it cites."""
    rows = []
    for table in tables:
        schema = table_schema(table)
        if "source_ids" not in schema.field_names:
            continue
        for row in db[table].rows:
            if row["source_ids"]:
                key = "|".join(str(row[k]) for k in schema.primary_key)
                rows += [{"table_name": table, "row_key": key, "source_id": s} for s in row["source_ids"].split(";")]
    db["row_sources"].create({"table_name": str, "row_key": str, "source_id": str},
                             pk=("table_name", "row_key", "source_id"),
                             foreign_keys=[("source_id", "sources", "source_id")] if "sources" in tables else [])
    db["row_sources"].insert_all(rows, batch_size=5000)
