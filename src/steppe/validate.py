"""Validate tables: the pandera models (types, vocabularies, keys) and the integrity rules.

``check_tables`` returns every problem at once; nothing here writes files.
"""

from __future__ import annotations

import pandas as pd

from .curated import LINE
from .integrity import integrity_problems
from .problems import Problem
from .schema import TableSchema, table_schema


def _line_of(df: pd.DataFrame, index) -> int | None:
    if LINE in df.columns and index is not None and index in df.index:
        value = df.at[index, LINE]
        return None if pd.isna(value) else int(value)
    return None


def _text(value) -> str | None:
    """A cell as the CSV shows it (dates without a time)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value)


def model_problems(table: str, df: pd.DataFrame, file: str | None = None) -> list[Problem]:
    """Check one frame against its pandera model; map each failure to a file line.

    Example:
        >>> from steppe.curated import typed_frame
        >>> s = table_schema("countries")
        >>> model_problems("countries", typed_frame([], s, s.fields))
        []
    """
    from pandera.errors import SchemaErrors

    from .models import MODELS

    schema: TableSchema = table_schema(table)
    file = file or f"{table}.csv"
    model = MODELS[table].to_schema()
    frame = df.drop(columns=[LINE], errors="ignore")
    if LINE in df.columns:
        # Curated sources lack the derived columns: check only the columns they hold.
        present = [c for c in model.columns if c in frame.columns]
        model = model.select_columns(present)
    problems = []
    duplicate_lines = set()
    try:
        model.validate(frame, lazy=True)
    except SchemaErrors as err:
        for case in err.failure_cases.to_dict("records"):
            column = case.get("column")
            check = str(case.get("check"))
            value = case.get("failure_case")
            index = case.get("index")
            column = None if column is None or pd.isna(column) else str(column)
            if "uniqueness" in check or "unique" in check:
                # One problem per duplicated row, naming the whole key.
                if index in duplicate_lines:
                    continue
                duplicate_lines.add(index)
                key = ", ".join(_text(frame.at[index, k]) for k in schema.primary_key) if index in frame.index else None
                problems.append(Problem(file, _line_of(df, index), None, key,
                                        "a primary key (" + ", ".join(schema.primary_key) + ") no other row has"))
                continue
            if check == "not_nullable":
                expected, value = "a value (the column is required)", ""
            elif check.startswith("str_matches"):
                expected = "text matching " + check.removeprefix("str_matches(").rstrip(")")
            elif check.startswith("greater_than_or_equal_to"):
                expected = "a value of at least " + check.split("(", 1)[1].rstrip(")")
            elif check.startswith("less_than_or_equal_to"):
                expected = "a value of at most " + check.split("(", 1)[1].rstrip(")")
            elif check.startswith("isin"):
                expected = "one of " + ", ".join(schema.field(column).enum or ())
            else:
                expected = check
            problems.append(Problem(file, _line_of(df, index), column, _text(value), expected))
    return problems


def check_tables(frames: dict[str, pd.DataFrame], current_to: pd.Timestamp, cross_table: bool = True,
                 known: list[Problem] = ()) -> list[Problem]:
    """Every problem in a set of curated frames: model checks, then cross-table integrity.

    One root cause gives one problem: a model failure at a cell already reported by the
    reader (``known``) is left out, and while a file or some of its rows could not be read
    (``cross_table=False``) the cross-table rules, whose failures would only echo it, are
    not run; a closing problem says so.

    Example:
        >>> from steppe.curated import read_curated
        >>> from steppe.resources import default_curated_dir
        >>> frames, _ = read_curated(default_curated_dir())
        >>> check_tables(frames, pd.Timestamp("2026-12-04"))
        []
    """
    reported = {(p.file, p.line, p.column) for p in known}
    problems = []
    for table, df in frames.items():
        problems += [p for p in model_problems(table, df) if (p.file, p.line, p.column) not in reported]
    if cross_table:
        problems += integrity_problems(frames, current_to)
    else:
        problems.append(Problem("(all files)", None, None, None,
                                "readable files first: the cross-table checks (foreign keys, spells, links) "
                                "run once every file and row above can be read"))
    return problems
