"""Build the release: read and validate the curated sources, derive, and write Parquet,
CSV and ``datapackage.json``.

Nothing is written unless every check passes; files are written to a temporary folder
first and only then moved into place, so a failed build leaves earlier outputs untouched.
The same sources always give byte-identical files.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from .__about__ import __version__
from .columns import conform, csv_column, to_arrow
from .curated import LINE
from .derive import country_year, treaty_in_force_dates
from .problems import DataError
from .resources import DESCRIPTOR, RELEASE_DIR, SCHEMAS_DIR
from .schema import CURATED_TABLES, TABLES, table_schema
from .tracker import adoptions, all_spells, policy_year
from .validate import DATASET_META, check_sources, read_meta, read_schemas  # noqa: F401 (part of the build API)


@dataclass
class Build:
    """What a build produced: the tables and the bytes of every output file by relative path."""

    tables: dict[str, pd.DataFrame]
    files: dict[str, bytes]


def _sorted(df: pd.DataFrame, table: str) -> pd.DataFrame:
    key = list(table_schema(table).primary_key)
    return df.sort_values(key, kind="mergesort", ignore_index=True)


def prepare(src: Path) -> tuple[dict, dict[str, pd.DataFrame]]:
    """Read, validate and derive every table; raise DataError listing all problems.

    Example:
        >>> from steppe.resources import default_curated_dir
        >>> meta, tables = prepare(default_curated_dir())
        >>> sorted(tables)[0]
        'claims'
    """
    from .validate import model_problems

    meta, frames = check_sources(src)
    current_to = pd.Timestamp(meta["current_to"])
    tables = {t: conform(_sorted(frames[t].drop(columns=[LINE]), t), t) for t in CURATED_TABLES}
    tables["treaty_actions"]["in_force_date"] = treaty_in_force_dates(
        tables["treaty_actions"], tables["instruments"]).to_numpy()
    first = int(meta.get("first_year", 1991))
    tables["country_year"] = conform(_sorted(country_year(tables, first, current_to.year), "country_year"),
                                     "country_year")
    spells = all_spells(tables, current_to)
    tables["policy_spells"] = conform(_sorted(spells, "policy_spells"), "policy_spells")
    tables["policy_adoptions"] = conform(_sorted(adoptions(spells, tables["policies"], tables["policy_levels"]),
                                                 "policy_adoptions"), "policy_adoptions")
    tables["policy_year"] = conform(_sorted(policy_year(spells, tables["policies"], tables["policy_levels"],
                                                        first, current_to.year), "policy_year"), "policy_year")
    derived_problems = []
    for t in TABLES:
        derived_problems += model_problems(t, tables[t], file=f"derived table {t}")
    if derived_problems:
        raise DataError(derived_problems)
    return meta, tables


def parquet_bytes(df: pd.DataFrame, table: str) -> bytes:
    """The Parquet file of a table (no timestamps, so identical input gives identical bytes).

    Example:
        >>> from steppe.columns import conform
        >>> parquet_bytes(conform(pd.DataFrame(), "countries"), "countries")[:4]
        b'PAR1'
    """
    sink = io.BytesIO()
    arrow = to_arrow(df, table, {"steppe_version": __version__, "steppe_table": table})
    pq.write_table(arrow, sink, compression="snappy")
    return sink.getvalue()


def csv_bytes(df: pd.DataFrame, table: str) -> bytes:
    """The CSV file of a table: UTF-8, ',' separated, '\\n' line ends, blank = unknown.

    Example:
        >>> csv_bytes(conform(pd.DataFrame(), "countries"), "countries").splitlines()[0][:20]
        b'country,name,iso2,is'
    """
    fields = table_schema(table).fields
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([f.name for f in fields])
    writer.writerows(zip(*(csv_column(df[f.name], f) for f in fields)))
    return buf.getvalue().encode("utf-8")


def descriptor(meta: dict, tables: dict[str, pd.DataFrame], files: dict[str, bytes]) -> dict:
    """The Frictionless Data Package (v2) descriptor of a build.

    Example:
        >>> from steppe.resources import default_curated_dir
        >>> b = build_files(default_curated_dir())
        >>> json.loads(b.files["datapackage.json"])["resources"][0]["format"]
        'parquet'
    """
    resources = []
    for table in TABLES:
        schema = table_schema(table)
        for fmt, suffix, mediatype in (("parquet", "", "application/vnd.apache.parquet"),
                                       ("csv", "_csv", "text/csv")):
            path = (RELEASE_DIR / f"{table}.{fmt}").as_posix()
            data = files[path]
            res = {
                "name": table + suffix,
                "type": "table",
                "path": path,
                "format": fmt,
                "mediatype": mediatype,
            }
            if fmt == "csv":
                res["encoding"] = "utf-8"
            if fmt == "csv":
                # frictionless 5 cannot count the bytes of a Parquet source and reports a
                # mismatch, so Parquet resources carry only the hash (tests check both).
                res["bytes"] = len(data)
            res.update({
                "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
                "title": schema.title + ("" if fmt == "parquet" else " (CSV)"),
                "description": schema.description,
                "schema": (SCHEMAS_DIR / f"{table}.json").as_posix(),
            })
            resources.append(res)
    sources = tables["sources"]
    desc = {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": meta["name"],
        "title": meta["title"],
        "description": meta["description"],
        "version": __version__,
        "homepage": meta.get("homepage"),
        "keywords": meta.get("keywords", []),
        "licenses": meta["licenses"],
        "contributors": meta["contributors"],
        "temporalCoverage": {"start": f"{meta.get('first_year', 1991)}-01-01", "end": meta["current_to"]},
        "sources": [{"title": t, "path": u} for t, u in zip(sources["title"], sources["url"])],
        "resources": resources,
    }
    return {k: v for k, v in desc.items() if v is not None}


def _fingerprint(src: Path) -> str:
    """A digest of everything a build reads: the curated folder, the schemas, the version."""
    from .resources import schemas_dir

    digest = hashlib.sha256(__version__.encode())
    for folder in (Path(src), schemas_dir()):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


_BUILDS: dict[str, Build] = {}


def build_files(src: Path) -> Build:
    """Validate and derive, then render every output file in memory.

    The same inputs always give the same files, so a build is kept per process under a
    digest of its inputs and a repeated call on unchanged sources returns (a copy of) it.

    Example:
        >>> from steppe.resources import default_curated_dir
        >>> "data/release/events.parquet" in build_files(default_curated_dir()).files
        True
    """
    key = _fingerprint(src)
    if key not in _BUILDS:
        _BUILDS.clear()  # keep one: the sources a process builds are usually the same
        _BUILDS[key] = _build_files(src)
    kept = _BUILDS[key]
    return Build(tables={t: df.copy() for t, df in kept.tables.items()}, files=dict(kept.files))


def _build_files(src: Path) -> Build:
    meta, tables = prepare(src)
    files: dict[str, bytes] = {}
    for table in TABLES:
        files[(RELEASE_DIR / f"{table}.parquet").as_posix()] = parquet_bytes(tables[table], table)
        files[(RELEASE_DIR / f"{table}.csv").as_posix()] = csv_bytes(tables[table], table)
    desc = descriptor(meta, tables, files)
    files[DESCRIPTOR] = (json.dumps(desc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return Build(tables=tables, files=files)


def write(build: Build, out: Path, progress=None) -> list[Path]:
    """Write a build under ``out`` (and its schemas, so the folder is a complete package).

    Publication is atomic and exclusive (see ``steppe.publish``): a lock keeps a second
    build out, and a build killed part-way leaves either the old release or, once the
    next build or load completes its journal, the whole new one.

    Example:
        >>> import tempfile
        >>> from steppe.resources import default_curated_dir
        >>> paths = write(build_files(default_curated_dir()), Path(tempfile.mkdtemp()))
        >>> any(p.name == "datapackage.json" for p in paths)
        True
    """
    from .publish import publish
    from .resources import schemas_dir

    out = Path(out)
    files = dict(build.files)
    src_schemas = schemas_dir()
    if src_schemas.resolve() != (out / SCHEMAS_DIR).resolve():
        for table in TABLES:
            rel = (SCHEMAS_DIR / f"{table}.json").as_posix()
            files[rel] = (src_schemas / f"{table}.json").read_bytes()
    return publish(files, out, progress)


def stale_files(build: Build, out: Path) -> list[str]:
    """Output files under ``out`` that differ from (or are missing in) a fresh build.

    Example:
        >>> from steppe.resources import default_curated_dir, default_out_dir
        >>> stale_files(build_files(default_curated_dir()), default_out_dir())
        []
    """
    stale = []
    for rel, data in sorted(build.files.items()):
        path = Path(out) / rel
        if not path.is_file() or path.read_bytes() != data:
            stale.append(rel)
    return stale
