"""Load the built tables as typed, validated pandas frames.

Example:
    >>> import steppe
    >>> steppe.load("countries")["country"].tolist()
    ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .__about__ import __version__
from .resources import RELEASE_DIR, package_root
from .schema import TABLES

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

# pandas, pyarrow and pandera are imported inside the functions: `import steppe` (and so
# `steppe --help`) must not pay for them.


class ReleaseFileError(RuntimeError):
    """A release file is missing, or is not the file its ``datapackage.json`` describes."""


@lru_cache(maxsize=None)
def _expected_hashes(root: str) -> dict[str, str]:
    """Path → sha256 of every resource in the descriptor at ``root`` (read once per process).

    A publication that a killed build left half done is completed first (its journal says
    what to move), so a reader sees either the old release or the whole new one.
    """
    import json

    from .publish import JOURNAL, BuildLocked, exclusive, recover
    from .resources import DESCRIPTOR

    if (Path(root) / JOURNAL).is_file():
        try:
            with exclusive(Path(root)):
                recover(Path(root))
        except BuildLocked:
            raise ReleaseFileError(f"a build is publishing into {root}; load again when it has finished") from None
        except OSError as err:
            raise ReleaseFileError(f"a build into {root} was interrupted and the folder is read-only ({err}): "
                                   "run `steppe build` there, or reinstall steppe") from None

    descriptor = json.loads((Path(root) / DESCRIPTOR).read_text(encoding="utf-8"))
    return {r["path"]: r.get("hash", "").removeprefix("sha256:") for r in descriptor.get("resources", [])}


def _verified_bytes(table: str, root: str) -> bytes:
    """The table's Parquet file, after checking its sha256 against ``datapackage.json``."""
    import hashlib

    rel = (RELEASE_DIR / f"{table}.parquet").as_posix()
    path = Path(root) / rel
    fix = "rebuild it with `steppe build` in a checkout, or reinstall steppe"
    if not path.is_file():
        raise ReleaseFileError(f"{path} is missing: {fix}")
    data = path.read_bytes()
    expected = _expected_hashes(root).get(rel)
    if not expected:
        raise ReleaseFileError(f"{path} is not listed in {Path(root) / 'datapackage.json'}: {fix}")
    if hashlib.sha256(data).hexdigest() != expected:
        raise ReleaseFileError(f"{path} is not the file this release published (its sha256 differs from "
                               f"datapackage.json; {len(data)} bytes): it was changed, truncated or swapped; {fix}")
    return data


@lru_cache(maxsize=None)
def _read(table: str, root: str) -> pd.DataFrame:
    import io

    import pyarrow.parquet as pq

    from .columns import conform

    arrow = pq.read_table(io.BytesIO(_verified_bytes(table, root)))
    version = (arrow.schema.metadata or {}).get(b"steppe_version", b"").decode() or __version__
    df = conform(arrow.to_pandas(date_as_object=False), table)
    df.attrs["steppe_version"] = version
    df.attrs["steppe_table"] = table
    return df


def load(table: str, validate: bool | str = True) -> pd.DataFrame:
    """Load one table of the release as a pandas DataFrame with typed columns.

    Dates are ``datetime64[ns]``, vocabularies categoricals, counts nullable integers;
    ``df.attrs["steppe_version"]`` holds the dataset version. The file is first checked
    against the sha256 that ``datapackage.json`` records for it (once per process), so a
    changed, truncated or swapped file raises ``ReleaseFileError`` instead of giving other
    data. The build validated each file against its pandera model before publishing it,
    so the verified file needs no second check; ``validate="model"`` checks the frame
    against the model again (``True``, the default, and ``False`` rely on the hash).

    Example:
        >>> import steppe
        >>> df = steppe.load("events")
        >>> df.attrs["steppe_version"] == steppe.__version__
        True
        >>> steppe.load("countries", validate="model").shape
        (5, 13)
    """
    if table not in TABLES:
        raise KeyError(f"unknown table {table!r}; expected one of: {', '.join(TABLES)}")
    root = str(package_root())
    cached = _read(table, root)
    df = cached.copy()
    df.attrs = dict(cached.attrs)
    if validate == "model":
        from .models import MODELS

        MODELS[table].validate(df, lazy=True)
    return df


def arrow_table(table: str, columns: list[str] | None = None):
    """One table of the release as a ``pyarrow.Table`` (optionally only some columns),
    checked against its sha256 like ``load`` but without pandas: for Arrow-native tools
    (Polars, DuckDB) and quick summaries.

    Example:
        >>> arrow_table("countries", ["country"]).column("country").to_pylist()
        ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']
        >>> arrow_table("events", []).num_rows > 200
        True
    """
    import io

    import pyarrow.parquet as pq

    if table not in TABLES:
        raise KeyError(f"unknown table {table!r}; expected one of: {', '.join(TABLES)}")
    data = _verified_bytes(table, str(package_root()))
    # Without the pandas metadata pyarrow need not import pandas to read the file.
    return pq.ParquetFile(io.BytesIO(data)).read(columns=columns, use_pandas_metadata=False)


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
