"""Check the curated sources: the metadata, the schemas, the Table Schemas' constraints
and the integrity rules (``check_sources``, which ``steppe validate`` runs and every build
runs first), and map pandera model failures to problems (``model_problems``).

Every problem is returned at once; nothing here writes files. The sources' constraints (required cells, vocabularies, patterns, ranges,
unique keys) are checked a column at a time straight from the Table Schemas, which keeps
``steppe validate`` free of pandera's import and per-check overhead; the build then
checks every table it writes, curated and derived, against its pandera model.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path

import pandas as pd

from .curated import LINE, read_curated
from .integrity import integrity_problems
from .problems import DataError, Problem
from .schema import TABLES, TableSchema, table_schema

#: Package-level metadata (title, licences, the day the data is current to).
DATASET_META = "dataset.json"


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


@cache
def _pattern(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def constraint_problems(table: str, df: pd.DataFrame, file: str | None = None) -> list[Problem]:
    """Check a curated frame against its Table Schema's constraints, a column at a time:
    required cells, vocabularies, patterns, minimum and maximum, and a unique primary key.
    Problems read exactly as ``model_problems`` words them.

    Example:
        >>> from steppe.curated import typed_frame
        >>> s = table_schema("countries")
        >>> df = typed_frame([{"country": "kaz", "name": "Kazakhstan", "is_core": True}], s, s.curated_fields)
        >>> [str(p) for p in constraint_problems("countries", df) if p.column == "country"]
        ["countries.csv: column 'country': got 'kaz', expected text matching '^[A-Z]{3}$'"]
    """
    schema: TableSchema = table_schema(table)
    file = file or f"{table}.csv"
    lines = df[LINE].tolist() if LINE in df.columns else [None] * len(df)
    problems = []
    for field in schema.fields:
        if field.name not in df.columns:
            continue
        column = df[field.name]
        missing = column.isna().to_numpy()
        if field.required and missing.any():
            problems += [Problem(file, _int(lines[i]), field.name, "", "a value (the column is required)")
                         for i in missing.nonzero()[0]]
        if not field.enum and not field.pattern and field.minimum is None and field.maximum is None:
            continue
        present = (~missing).nonzero()[0]
        values = column.to_numpy(dtype=object)[present]
        if field.enum:
            allowed = set(field.enum)
            expected = "one of " + ", ".join(field.enum)
            problems += [Problem(file, _int(lines[i]), field.name, _text(v), expected)
                         for i, v in zip(present, values) if v not in allowed]
        if field.pattern:
            match = _pattern(field.pattern).match  # re.match, as pandera's str_matches
            problems += [Problem(file, _int(lines[i]), field.name, _text(v), f"text matching '{field.pattern}'")
                         for i, v in zip(present, values) if not match(str(v))]
        if field.minimum is not None:
            problems += [Problem(file, _int(lines[i]), field.name, _text(v), f"a value of at least {field.minimum}")
                         for i, v in zip(present, values) if v < field.minimum]
        if field.maximum is not None:
            problems += [Problem(file, _int(lines[i]), field.name, _text(v), f"a value of at most {field.maximum}")
                         for i, v in zip(present, values) if v > field.maximum]
    key = [k for k in schema.primary_key if k in df.columns]
    if key and len(key) == len(schema.primary_key):
        for i in df.duplicated(subset=key, keep=False).to_numpy().nonzero()[0]:
            shown = ", ".join(_text(df[k].iat[i]) or "" for k in key)
            problems.append(Problem(file, _int(lines[i]), None, shown,
                                    "a primary key (" + ", ".join(schema.primary_key) + ") no other row has"))
    return problems


def _int(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


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
    """Every problem in a set of curated frames: the schemas' constraints, then cross-table integrity.

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
        problems += [p for p in constraint_problems(table, df) if (p.file, p.line, p.column) not in reported]
    if cross_table:
        problems += integrity_problems(frames, current_to)
    else:
        problems.append(Problem("(all files)", None, None, None,
                                "readable files first: the cross-table checks (foreign keys, spells, links) "
                                "run once every file and row above can be read"))
    return problems


def read_meta(src: Path) -> dict:
    """The dataset metadata kept beside the curated tables.

    Example:
        >>> from steppe.resources import default_curated_dir
        >>> read_meta(default_curated_dir())["name"]
        'steppe'
    """
    path = Path(src) / DATASET_META
    if not path.is_file():
        raise DataError([Problem(DATASET_META, None, None, None, f"the file {path} to exist")])
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise DataError([Problem(DATASET_META, None, None, None, "UTF-8 text")]) from None
    except json.JSONDecodeError as err:
        raise DataError([Problem(DATASET_META, err.lineno, None, None,
                                 f"valid JSON ({err.msg} at column {err.colno})")]) from None
    problems = []
    for key in ("name", "title", "description", "licenses", "contributors", "current_to"):
        if key not in meta:
            problems.append(Problem(DATASET_META, None, key, None, f"a {key!r} entry"))
    current = meta.get("current_to")
    if current is not None:
        try:
            day = pd.Timestamp(dt.date.fromisoformat(str(current)))
        except ValueError:
            problems.append(Problem(DATASET_META, None, "current_to", str(current), "a calendar date YYYY-MM-DD"))
        else:
            first = int(meta.get("first_year", 1991))
            if day.year < first or day > pd.Timestamp(dt.date.today()):
                problems.append(Problem(DATASET_META, None, "current_to", str(current),
                                        f"a day between {first}-01-01 and today: the data cannot be current "
                                        "to a day that has not come"))
    if problems:
        raise DataError(problems)
    return meta


def read_schemas() -> list[Problem]:
    """Every Table Schema parses as JSON (a broken one is reported with its file and line).

    Example:
        >>> read_schemas()
        []
    """
    from .resources import schemas_dir

    problems = []
    for table in TABLES:
        path = schemas_dir() / f"{table}.json"
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            problems.append(Problem(f"schemas/{table}.json", None, None, None, "the file to exist"))
        except json.JSONDecodeError as err:
            problems.append(Problem(f"schemas/{table}.json", err.lineno, None, None,
                                    f"valid JSON ({err.msg} at column {err.colno})"))
    return problems


def check_sources(src: Path) -> tuple[dict, dict[str, pd.DataFrame]]:
    """Read the schemas, the metadata and every curated table, and run every check on
    them; raise DataError listing all problems. Returns the metadata and the frames.

    Example:
        >>> from steppe.resources import default_curated_dir
        >>> meta, frames = check_sources(default_curated_dir())
        >>> meta["current_to"] >= "2026-01-01"
        True
    """

    broken = read_schemas()
    if broken:
        raise DataError(broken)
    meta = read_meta(src)
    current_to = pd.Timestamp(meta["current_to"])
    frames, problems = read_curated(Path(src))
    problems += check_tables(frames, current_to, cross_table=not any(p.unreadable for p in problems),
                             known=problems)
    if problems:
        raise DataError(problems)
    return meta, frames
