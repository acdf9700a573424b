"""Read the hand-edited CSV sources into typed frames, remembering each row's line number.

A value that cannot be parsed as its schema type is reported (file, line, column, value,
expected type) and the whole run fails: nothing is dropped or guessed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from pathlib import Path

import numpy as np
import pandas as pd

from .problems import DataError, Problem
from .schema import CURATED_TABLES, TableSchema, table_schema

#: Name of the column holding each row's line in its CSV file (1 = header).
LINE = "_line"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Characters no cell may hold: control characters (a newline inside a quoted cell is
#: fine), zero-width and direction marks, byte-order marks inside the text.
_INVISIBLE = re.compile("[\x00-\x09\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
#: A text cell starting with one of these is run as a formula by spreadsheets.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_BOM = b"\xef\xbb\xbf"
#: Texts that pandas (by default) or the Table Schemas' missingValues read as a blank: a
#: cell holding one would silently turn into "unknown" for the release's readers.
MISSING_MARKERS = frozenset({"nan", "NaN", "-nan", "-NaN", "NA", "N/A", "n/a", "#N/A", "#NA", "NULL", "null",
                             "None", "<NA>", "#N/A N/A"})
_INT = re.compile(r"^-?\d+$")
_NAT = np.datetime64("NaT")
_BOOL = {"true": True, "false": False}


def curated_path(src: Path, table: str) -> Path:
    """The CSV file of a curated table.

    Example:
        >>> curated_path(Path("data/curated"), "events").as_posix()
        'data/curated/events.csv'
    """
    return Path(src) / f"{table}.csv"


def _parse(value: str, ftype: str):
    """Parse one cell; raise ValueError with the expected form when it does not fit."""
    if ftype in ("string", "list"):
        return value
    if ftype == "date":
        if not _DATE.match(value):
            raise ValueError("a date written YYYY-MM-DD")
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError("a real calendar date YYYY-MM-DD") from None
    if ftype == "integer":
        if not _INT.match(value):
            raise ValueError("a whole number")
        return int(value)
    if ftype == "number":
        try:
            number = float(value)
        except ValueError:
            raise ValueError("a number") from None
        if not math.isfinite(number):
            raise ValueError("a finite number (not nan or inf)")
        return number
    if ftype == "boolean":
        if value not in _BOOL:
            raise ValueError("true or false")
        return _BOOL[value]
    raise ValueError(f"a value of unsupported type {ftype}")


def typed_frame(rows: list[dict], schema: TableSchema, fields) -> pd.DataFrame:
    """Build a frame with the dtypes the pandera models expect from parsed Python values.

    Example:
        >>> s = table_schema("countries")
        >>> typed_frame([], s, s.curated_fields).dtypes["is_core"]
        BooleanDtype
    """
    cols = {}
    for f in fields:
        values = [r.get(f.name) for r in rows]
        if f.enum:
            code = {level: i for i, level in enumerate(f.enum)}  # anything else becomes a blank (-1)
            cols[f.name] = pd.Categorical.from_codes([code.get(v, -1) for v in values], categories=list(f.enum))
        elif f.type in ("string", "list"):
            cols[f.name] = pd.array(values, dtype="string")
        elif f.type == "date":
            days = np.array([_NAT if v is None else v for v in values], dtype="datetime64[D]")
            cols[f.name] = pd.array(days.astype("datetime64[ns]"))
        elif f.type == "integer":
            cols[f.name] = pd.array(values, dtype="Int64")
        elif f.type == "number":
            cols[f.name] = pd.array(values, dtype="Float64")
        elif f.type == "boolean":
            cols[f.name] = pd.array(values, dtype="boolean")
    return pd.DataFrame(cols, index=pd.RangeIndex(len(rows)))


def read_table(src: Path, table: str) -> tuple[pd.DataFrame, list[Problem]]:
    """Read one curated CSV; return the typed frame (with a ``_line`` column) and its problems.

    Example:
        >>> from steppe.resources import default_curated_dir
        >>> df, problems = read_table(default_curated_dir(), "countries")
        >>> problems
        []
    """
    schema = table_schema(table)
    path = curated_path(src, table)
    name = path.name
    if not path.is_file():
        return typed_frame([], schema, schema.curated_fields), [
            Problem(name, None, None, None, f"the file {path} to exist", unreadable=True)
        ]
    problems: list[Problem] = []
    expected = [f.name for f in schema.curated_fields]

    def empty() -> pd.DataFrame:  # an unreadable file's frame, built only when needed
        return typed_frame([], schema, schema.curated_fields)

    data = path.read_bytes()
    if data.startswith(_BOM):
        data = data[len(_BOM):]  # spreadsheets add it; it is not part of the header
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        return empty(), [Problem(name, line, None, repr(data[err.start:err.start + 8]),
                               "UTF-8 text (this looks like another encoding, e.g. Windows-1251 from a "
                               "spreadsheet: save the file as CSV UTF-8)", unreadable=True)]
    if "\x00" in text:
        line = text[:text.index("\x00")].count("\n") + 1
        return empty(), [Problem(name, line, None, None, "text without NUL bytes (the file is damaged or "
                               "not a CSV file)", unreadable=True)]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, [])
    except csv.Error as err:
        return empty(), [Problem(name, 1, None, None, f"a readable CSV header ({err})", unreadable=True)]
    if header != expected:
        missing = [c for c in expected if c not in header]
        extra = [c for c in header if c not in expected]
        detail = []
        if missing:
            detail.append("missing " + ", ".join(missing))
        if extra:
            detail.append("unknown " + ", ".join(extra))
        if not detail:
            detail.append("columns in schema order")
        problems.append(Problem(name, 1, None, ",".join(header),
                                f"the header {','.join(expected)} ({'; '.join(detail)})", unreadable=True))
        return empty(), problems
    rows, lines = [], []
    # One search of the whole text spares a search per cell in the usual clean file (a
    # file with CRLF line ends has a carriage return, so its cells are searched one by one).
    invisible = _INVISIBLE.search(text) is not None
    while True:
        line = reader.line_num + 1  # the first line of the next record (cells may hold newlines)
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            reason = str(err)
            if "field larger than field limit" in reason:
                expected_text = f"cells of at most {csv.field_size_limit():,} characters"
            elif "end of data" in reason:
                expected_text = "a closing quote for the cell opened here (a quote is unclosed)"
            else:
                expected_text = ("well-formed quoting: a quote opened in this record closes where no cell ends "
                                 f"(a stray quote joins the lines after it; {reason})")
            problems.append(Problem(name, line, None, None, expected_text, unreadable=True))
            break
        if len(record) != len(expected):
            if "\n" in ",".join(record):
                hint = " (a stray quote may have joined it to the next lines)"
            elif len(record) > len(expected):
                hint = " (a cell holding a comma must be in double quotes)"
            else:
                hint = ""
            problems.append(Problem(name, line, None, ",".join(record)[:200],
                                    f"{len(expected)} cells, found {len(record)}{hint}", unreadable=True))
            continue
        row = {}
        for f, cell in zip(schema.curated_fields, record):
            if invisible and _INVISIBLE.search(cell):
                bad = _INVISIBLE.search(cell).group()
                problems.append(Problem(name, line, f.name, cell[:80],
                                        f"text without control or invisible characters (found U+{ord(bad):04X})"))
                cell = _INVISIBLE.sub("", cell)
            if f.type in ("string", "list") and cell.startswith(FORMULA_START):
                problems.append(Problem(name, line, f.name, cell[:80],
                                        "text that does not start with =, +, -, @, a tab or a carriage return "
                                        "(spreadsheets run such a cell as a formula)"))
            if cell != cell.strip():
                problems.append(Problem(name, line, f.name, cell, "no leading or trailing spaces"))
            # The corrections log keeps an old value verbatim, even one such marker.
            if f.type in ("string", "list") and cell.strip() in MISSING_MARKERS and not (
                    table == "corrections" and f.name in ("old_value", "new_value")):
                problems.append(Problem(name, line, f.name, cell, "a blank cell for an unknown value (tools "
                                        "reading the release would take this text for a missing value)"))
            if f.type == "list" and any(part != part.strip() for part in cell.split(f.delimiter or ";")):
                problems.append(Problem(name, line, f.name, cell, "items separated by ';' without spaces"))
            if cell == "":
                row[f.name] = None
                continue
            try:
                row[f.name] = _parse(cell, f.type)
            except ValueError as err:
                problems.append(Problem(name, line, f.name, cell, str(err)))
                row[f.name] = None
                continue
            # Categoricals would turn an unknown value into a blank: catch it here.
            if f.enum and cell not in f.enum:
                problems.append(Problem(name, line, f.name, cell, "one of " + ", ".join(f.enum)))
                row[f.name] = None
        rows.append(row)
        lines.append(line)
    df = typed_frame(rows, schema, schema.curated_fields)
    df[LINE] = pd.array(lines, dtype="Int64")
    return df, problems


def read_curated(src: Path) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    """Read every curated table from the folder ``src``.

    Example:
        >>> from steppe.resources import default_curated_dir
        >>> frames, problems = read_curated(default_curated_dir())
        >>> "events" in frames
        True
    """
    frames, problems = {}, []
    for table in CURATED_TABLES:
        df, found = read_table(src, table)
        frames[table] = df
        problems.extend(found)
        if df.empty and not found:
            problems.append(Problem(curated_path(src, table).name, 2, None, None,
                                    "at least one row (the table is empty: were its rows deleted?)", unreadable=True))
    known = {f"{t}.csv" for t in CURATED_TABLES} | {"dataset.json"}
    for path in sorted(Path(src).iterdir()):
        if path.name not in known and not path.name.startswith("."):
            problems.append(Problem(path.name, None, None, None,
                                    "only the curated tables (" + ", ".join(sorted(known)) + ") in this folder: "
                                    "a file here that is no table would be silently ignored"))
    return frames, problems


def require_clean(problems: list[Problem]) -> None:
    """Raise DataError when any problem was found."""
    if problems:
        raise DataError(problems)
