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
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from .__about__ import __version__
from .columns import conform, csv_column, to_arrow
from .curated import LINE, read_curated
from .derive import country_year, treaty_in_force_dates
from .problems import DataError, Problem
from .resources import DESCRIPTOR, RELEASE_DIR, SCHEMAS_DIR
from .schema import CURATED_TABLES, TABLES, table_schema
from .tracker import adoptions, all_spells, policy_year

#: Package-level metadata (title, licences, the day the data is current to).
DATASET_META = "dataset.json"


@dataclass
class Build:
    """What a build produced: the tables and the bytes of every output file by relative path."""

    tables: dict[str, pd.DataFrame]
    files: dict[str, bytes]


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
    return json.loads(path.read_text(encoding="utf-8"))


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
    from .validate import check_tables, model_problems

    meta = read_meta(src)
    current_to = pd.Timestamp(meta["current_to"])
    frames, problems = read_curated(Path(src))
    problems += check_tables(frames, current_to)
    if problems:
        raise DataError(problems)
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


def build_files(src: Path) -> Build:
    """Validate and derive, then render every output file in memory.

    Example:
        >>> from steppe.resources import default_curated_dir
        >>> "data/release/events.parquet" in build_files(default_curated_dir()).files
        True
    """
    meta, tables = prepare(src)
    files: dict[str, bytes] = {}
    for table in TABLES:
        files[(RELEASE_DIR / f"{table}.parquet").as_posix()] = parquet_bytes(tables[table], table)
        files[(RELEASE_DIR / f"{table}.csv").as_posix()] = csv_bytes(tables[table], table)
    desc = descriptor(meta, tables, files)
    files[DESCRIPTOR] = (json.dumps(desc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return Build(tables=tables, files=files)


def write(build: Build, out: Path) -> list[Path]:
    """Write a build under ``out`` (and its schemas, so the folder is a complete package).

    All files go to a temporary folder inside ``out`` first and are then moved into place.

    Example:
        >>> import tempfile
        >>> from steppe.resources import default_curated_dir
        >>> paths = write(build_files(default_curated_dir()), Path(tempfile.mkdtemp()))
        >>> any(p.name == "datapackage.json" for p in paths)
        True
    """
    from .resources import schemas_dir

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    files = dict(build.files)
    src_schemas = schemas_dir()
    if src_schemas.resolve() != (out / SCHEMAS_DIR).resolve():
        for table in TABLES:
            rel = (SCHEMAS_DIR / f"{table}.json").as_posix()
            files[rel] = (src_schemas / f"{table}.json").read_bytes()
    written = []
    with tempfile.TemporaryDirectory(dir=out, prefix=".steppe-build-") as tmp:
        for rel, data in files.items():
            target = Path(tmp) / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        for rel in sorted(files):
            final = out / rel
            final.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(Path(tmp) / rel), final)
            written.append(final)
    return written


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
