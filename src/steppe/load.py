"""Load the built tables as typed, validated pandas frames.

Example:
    >>> import steppe
    >>> steppe.load("countries")["country"].tolist()
    ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .__about__ import __version__
from .resources import RELEASE_DIR, package_root
from .schema import TABLES

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

# pandas, pyarrow and pandera are imported inside the functions: `import steppe` (and so
# `steppe --help`) must not pay for them.


@lru_cache(maxsize=None)
def _read(table: str, root: str) -> pd.DataFrame:
    import pyarrow.parquet as pq

    from .columns import conform

    path = package_root() / RELEASE_DIR / f"{table}.parquet"
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: run `steppe build` in a checkout, or reinstall steppe")
    arrow = pq.read_table(path)
    version = (arrow.schema.metadata or {}).get(b"steppe_version", b"").decode() or __version__
    df = conform(arrow.to_pandas(date_as_object=False), table)
    df.attrs["steppe_version"] = version
    df.attrs["steppe_table"] = table
    return df


def load(table: str, validate: bool = True) -> pd.DataFrame:
    """Load one table of the release as a pandas DataFrame with typed columns.

    Dates are ``datetime64[ns]``, vocabularies categoricals, counts nullable integers;
    ``df.attrs["steppe_version"]`` holds the dataset version. With ``validate`` (the
    default) the frame is checked against the table's pandera model.

    Example:
        >>> import steppe
        >>> df = steppe.load("events")
        >>> df.attrs["steppe_version"] == steppe.__version__
        True
    """
    if table not in TABLES:
        raise KeyError(f"unknown table {table!r}; expected one of: {', '.join(TABLES)}")
    df = _read(table, str(package_root())).copy()
    df.attrs = dict(_read(table, str(package_root())).attrs)
    if validate:
        from .models import MODELS

        MODELS[table].validate(df, lazy=True)
    return df


def tables(names=None) -> dict[str, pd.DataFrame]:
    """Several tables at once, keyed by name (all of them by default).

    Example:
        >>> sorted(tables(["countries", "events"]))
        ['countries', 'events']
    """
    return {t: load(t, validate=False) for t in (names or TABLES)}


def data_dir():
    """The folder holding ``datapackage.json`` and ``data/release/`` (Parquet and CSV files),
    for reading the files with DuckDB, R or any other tool.

    Example:
        >>> (data_dir() / "data" / "release" / "events.parquet").is_file()
        True
    """
    return package_root()


def current_to() -> pd.Timestamp:
    """The last day the release is current to (the end of its temporal coverage).

    Example:
        >>> str(current_to().date()) >= "2026-01-01"
        True
    """
    import json

    import pandas as pd

    from .resources import DESCRIPTOR

    descriptor = json.loads((package_root() / DESCRIPTOR).read_text(encoding="utf-8"))
    return pd.Timestamp(descriptor["temporalCoverage"]["end"])
